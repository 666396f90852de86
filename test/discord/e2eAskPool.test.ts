/**
 * End to end with the ask pool (`ASK_WORKERS`): the real discord.js client against the fake Discord, `/ask` answered
 * by a worker thread. Every answer must be the one the bot gives without the pool.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIEmbed } from 'discord.js';
import { answer } from '../../commands/ask.js';
import { CorpusStore } from '../../src/corpusStore.js';
import { startAskPool, type AskPool } from '../../src/discord/askPool.js';
import { Cooldowns } from '../../src/discord/cooldowns.js';
import type { BotContext } from '../../src/discord/interactions.js';
import { toReloadResult } from '../../src/main.js';
import type { FakeDiscord } from '../support/fakeDiscord.js';
import { startE2eBot, type E2eBot } from '../support/e2eBot.js';
import { SCALED_DEFER_AFTER_MS } from '../support/timeScale.js';
import { FIXTURE_DIR, FIXTURE_QUESTIONS, memoryLogger } from './fakes.js';

let fake: FakeDiscord;
let e2e: E2eBot | undefined;
let store: CorpusStore;
let pool: AskPool;
let dir: string;
const logger = memoryLogger();

const QUESTIONS = [
  ...FIXTURE_QUESTIONS,
  'How much will the works on the line cost?',
  'Chi ha vinto il campionato di calcio?',
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'brano-e2e-pool-'));
  cpSync(FIXTURE_DIR, dir, { recursive: true });
  store = await CorpusStore.open(dir);
  pool = startAskPool({ corpusDir: dir, cacheDir: undefined, size: 1, logger });
  await pool.ready();
  const bot: BotContext = { core: () => store.core, reload: () => store.reload().then(toReloadResult), version: '9.9.9-e2e', cooldowns: new Cooldowns(0), logger, askPool: pool, deferAfterMs: SCALED_DEFER_AFTER_MS };
  e2e = await startE2eBot(bot);
  ({ fake } = e2e);
});

afterAll(async () => {
  await e2e?.close();
  await pool?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Brano with the ask pool on a fake Discord (real discord.js client)', () => {
  it('GIVEN questions sent at once THEN each is answered once, by the worker, with the reply the bot gives without the pool', async () => {
    const payloads = QUESTIONS.flatMap((question) => [fake.slashCommand('ask', { question, results: 3 }, { locale: 'it' }), fake.slashCommand('ask', { question, results: 1 }, { locale: 'en-US' })]);
    const outcomes = await Promise.all(payloads.map((p) => fake.interact(p)));
    await fake.waitForIdle();
    expect(fake.violations).toEqual([]);
    outcomes.forEach((o, i) => {
      const question = QUESTIONS[Math.floor(i / 2)]!;
      const user = fake.world.user.id;
      const expected = answer(store.core, { lang: i % 2 ? 'en' : 'it' }, { question, limit: i % 2 ? 1 : 3, article: undefined, user }, false);
      expect(o.callbackAttempts, question).toBe(1);
      expect(Number(o.callback?.data?.['flags'] ?? 0) === 64, question).toBe(expected.ephemeral === true);
      expect((o.callback?.data?.['embeds'] as APIEmbed[] | undefined) ?? [], question).toEqual(expected.body.embeds ?? []);
      expect(o.callback?.data?.['content'] ?? undefined, question).toEqual(expected.body.content);
      expect(o.callback?.data?.['components'] ?? [], question).toEqual(expected.body.components ?? []);
    });
    expect(pool.answered).toEqual({ worker: payloads.length, inline: 0 });
    expect(logger.records.filter((r) => r.level === 'error')).toEqual([]);
  });
});
