import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CorpusStore } from '../../src/corpusStore.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { coreFingerprint, startAskPool, type AskPool } from '../../src/discord/askPool.js';

// The workers run the compiled worker (dist/src/discord/askWorker.js, built by `npm ci` / `npm run build`).
const quiet = { info: () => {}, warn: () => {} };
const QUESTIONS = ['In che anno Google ha lanciato Android?', 'Where will Microsoft offer Llama 2?', 'Quanti abitanti ha Roma?', 'chi è lambert', 'ciao!', ''];

const NEW_PARAGRAPH = '\n\nIl quokka è un piccolo marsupiale che vive sull’isola di Rottnest, in Australia occidentale.\n';

describe('the ask pool (answering off the event loop)', () => {
  let dir: string;
  let pool: AskPool | undefined;
  let errors: string[];
  const logger = () => ({ ...quiet, error: (message: string) => void errors.push(message) });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'brano-pool-'));
    cpSync(join(PROJECT_ROOT, 'corpus'), dir, { recursive: true });
    errors = [];
  });
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('GIVEN a worker holding the corpus THEN it answers every question exactly as the bot’s core does', async () => {
    const store = await CorpusStore.open(dir);
    pool = startAskPool({ corpusDir: dir, cacheDir: undefined, size: 1, logger: logger() });
    await pool.ready();
    for (const q of QUESTIONS) {
      for (const options of [{ limit: 3 }, { limit: 1, article: 'llama2' }]) expect(await pool.ask(store.core, q, options)).toEqual(store.core.ask(q, options));
    }
    expect(pool.answered).toEqual({ worker: QUESTIONS.length * 2, inline: 0 });
    expect(errors).toEqual([]);
  });

  it('GIVEN a reload that changed the corpus THEN questions are answered from the new core at once, and by the worker again once it has reloaded too', async () => {
    const store = await CorpusStore.open(dir);
    pool = startAskPool({ corpusDir: dir, cacheDir: undefined, size: 1, logger: logger() });
    await pool.ready();
    const before = coreFingerprint(store.core);
    writeFileSync(join(dir, 'llama2.md'), `${(await import('node:fs')).readFileSync(join(dir, 'llama2.md'), 'utf8')}${NEW_PARAGRAPH}`);
    const outcome = await store.reload();
    expect(outcome.ok).toBe(true);
    const core = store.core;
    expect(coreFingerprint(core)).not.toBe(before);
    const question = 'Dove vive il quokka?';
    // The worker still holds the old corpus: the main thread answers, from the new one.
    const first = await pool.ask(core, question, { limit: 3 });
    expect(first).toEqual(core.ask(question, { limit: 3 }));
    expect(first.passages[0]?.excerpt).toContain('quokka');
    expect(pool.answered.inline).toBe(1);
    // The worker noticed the new core and reloads the folder; then it answers again.
    for (let i = 0; i < 200 && pool.answered.worker === 0; i++) {
      await sleep(50);
      expect(await pool.ask(core, question, { limit: 3 })).toEqual(first);
    }
    expect(pool.answered.worker).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('GIVEN the event loop busy THEN collect() delivers a worker’s answer at once, without waiting for the loop’s next turn', async () => {
    const store = await CorpusStore.open(dir);
    pool = startAskPool({ corpusDir: dir, cacheDir: undefined, size: 1, logger: logger() });
    await pool.ready();
    const q = QUESTIONS[1]!;
    const asked = pool.ask(store.core, q, { limit: 3 });
    // The loop never turns in here: only collect() can deliver the answer (bounded, in case the worker never answers).
    const until = Date.now() + 30_000;
    while (pool.answered.worker === 0 && Date.now() < until) pool.collect();
    expect(pool.answered).toEqual({ worker: 1, inline: 0 });
    expect(await asked).toEqual(store.core.ask(q, { limit: 3 }));
    // Collected once: the event loop does not deliver it a second time.
    await sleep(50);
    expect(pool.answered).toEqual({ worker: 1, inline: 0 });
    expect(errors).toEqual([]);
  });

  it('GIVEN the pool closed THEN questions are answered on the main thread', async () => {
    const store = await CorpusStore.open(dir);
    pool = startAskPool({ corpusDir: dir, cacheDir: undefined, size: 1, logger: logger() });
    await pool.ready();
    await pool.close();
    const q = QUESTIONS[0]!;
    expect(await pool.ask(store.core, q, { limit: 3 })).toEqual(store.core.ask(q, { limit: 3 }));
    expect(pool.answered.inline).toBe(1);
  });

  it('GIVEN a corpus folder the worker cannot load THEN every question is answered on the main thread and the failure is logged once', async () => {
    const store = await CorpusStore.open(dir);
    pool = startAskPool({ corpusDir: join(dir, 'missing'), cacheDir: undefined, size: 1, logger: logger() });
    await pool.ready();
    const q = QUESTIONS[1]!;
    expect(await pool.ask(store.core, q, { limit: 3 })).toEqual(store.core.ask(q, { limit: 3 }));
    expect(pool.answered).toEqual({ worker: 0, inline: 1 });
    expect(errors).toHaveLength(1);
  });
});
