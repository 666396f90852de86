import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { TIME_SCALE } from './test/support/timeScale.js';

/**
 * Tests that hold a real clock (Discord's 3 s callback deadline on the fake Discord, waits for a quiet period,
 * a corpus reload in the background) run in their own project, one file at a time, after every other file has
 * finished: on a busy 2-core machine the parallel unit tests would otherwise eat the time those tests measure.
 * Timeouts (and the fake Discord's deadline, see test/support/timeScale.ts) grow with the machine's load. A timeout
 * only catches a hang, so it is generous: the longest test (the SQuAD-it answers served from snapshots, byte for byte,
 * test/snapshotCache.test.ts) takes about 40 s beside the other files on a quiet 2-core machine, one to three minutes on a
 * busy one, and over six minutes when the suite runs at low priority beside other full-speed work; the load average
 * the factor is read from at start can rise fourfold later in the run.
 */
const TIMEOUT_MS = 300_000 * TIME_SCALE;
/**
 * The unit files run in as many workers as the machine has cores, and at least two: vitest's own default (cores − 1)
 * leaves a 2-core machine with one worker and half its CPU idle, since most of a file's time is its own work.
 */
const UNIT_WORKERS = Math.max(2, availableParallelism());
const TIMED = ['test/discord/e2e.test.ts', 'test/discord/e2eRecording.test.ts', 'test/discord/e2eAskPool.test.ts', 'test/discord/askPool.test.ts', 'test/fakeDiscord.test.ts', 'test/corpusStore.test.ts'];

export default defineConfig({
  test: {
    testTimeout: TIMEOUT_MS,
    hookTimeout: TIMEOUT_MS,
    setupFiles: ['test/support/italianLemmas.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: TIMED, maxWorkers: UNIT_WORKERS, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'timed', include: TIMED, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
