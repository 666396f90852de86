/**
 * End to end, the question log: the real discord.js client started by `startBot` against the fake Discord (every
 * body validated against Discord's OpenAPI description), with a question log in a temporary DATA_DIR.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PermissionFlagsBits, type APIEmbed, type APIMessage, type APIUser } from 'discord.js';
import { CorpusStore } from '../../src/corpusStore.js';
import { decodeAskButton } from '../../src/discord/buttons.js';
import { SCALED_DEFER_AFTER_MS } from '../support/timeScale.js';
import { Cooldowns } from '../../src/discord/cooldowns.js';
import { decodeFeedback } from '../../src/discord/feedback.js';
import type { BotContext } from '../../src/discord/interactions.js';
import { DB_FILE, openQuestionLog, type QuestionLog } from '../../src/store/questionLog.js';
import { MEMBER_PERMISSIONS, type FakeDiscord, type InteractionOutcome } from '../support/fakeDiscord.js';
import { startE2eBot, type E2eBot } from '../support/e2eBot.js';
import { FIXTURE_DIR, memoryLogger } from './fakes.js';

let fake: FakeDiscord;
let e2e: E2eBot | undefined;
let store: CorpusStore;
let dataDir: string;
let questions: QuestionLog;
/** The log the bot records to: the test's main one, or another for a test of its own. */
let active: QuestionLog;
const recording: QuestionLog = {
  get enabled() {
    return active.enabled;
  },
  record: (r) => active.record(r),
  enqueue: (r) => active.enqueue(r),
  feedback: (...a) => active.feedback(...a),
  stats: (...a) => active.stats(...a),
  close: () => active.close(),
};
const logger = memoryLogger();
let clock = 0;

const asker: APIUser = { id: '390000000000000111', username: 'asker', discriminator: '0', global_name: 'asker', avatar: null };
const other: APIUser = { id: '390000000000000777', username: 'someone-else', discriminator: '0', global_name: 'someone', avatar: null };
const manager = (BigInt(MEMBER_PERMISSIONS) | PermissionFlagsBits.ManageGuild).toString();
const EPHEMERAL = 64;
const DECLINED = 'Chi ha vinto il campionato mondiale di scacchi nel 1972?';

const customIds = (o: InteractionOutcome): string[] => {
  const data = (o.edits[0]?.body ?? o.callback?.data) as Record<string, unknown> | undefined;
  return ((data?.['components'] as { components: { custom_id: string }[] }[] | undefined) ?? []).flatMap((r) => r.components.map((c) => c.custom_id));
};
const contentOf = (o: InteractionOutcome): string => String((o.edits[0]?.body as { content?: string } | undefined)?.content ?? o.callback?.data?.['content'] ?? '');
const embedOf = (o: InteractionOutcome): APIEmbed | undefined =>
  (o.callback?.data?.['embeds'] as APIEmbed[] | undefined)?.[0] ?? ((o.edits[0]?.body as { embeds?: APIEmbed[] } | undefined)?.embeds ?? [])[0];
const flagsOf = (o: InteractionOutcome): number => Number(o.callback?.data?.['flags'] ?? (o.edits[0]?.body as { flags?: number } | undefined)?.flags ?? 0);

function expectAnsweredOnce(outcomes: readonly InteractionOutcome[]): void {
  expect(fake.violations).toEqual([]);
  for (const o of outcomes) {
    expect(o.callback, `${o.label} ${o.id} unanswered`).toBeDefined();
    expect(o.callbackAttempts, `${o.label} ${o.id} callbacks`).toBe(1);
    expect(o.expired, o.label).toBe(false);
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'brano-e2e-data-'));
  store = await CorpusStore.open(FIXTURE_DIR);
  questions = openQuestionLog({ dataDir, retentionDays: 90, enabled: true, logger });
  active = questions;
  const bot: BotContext = {
    core: () => store.core,
    reload: () => Promise.resolve({ ok: true, articles: store.core.articles.length }),
    version: '9.9.9-e2e',
    // The clock moves an hour per look: the rate limit never bites here.
    cooldowns: new Cooldowns(30, () => (clock += 3_600_000)),
    logger,
    questions: recording,
    deferAfterMs: SCALED_DEFER_AFTER_MS,
  };
  e2e = await startE2eBot(bot);
  ({ fake } = e2e);
});

afterAll(async () => {
  await e2e?.close();
  questions?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the question log on a fake Discord (real discord.js client)', () => {
  it('GIVEN a public answer THEN it carries 👍/👎; GIVEN 👍 then 👎 by one user and 👍 by another THEN each press is acknowledged privately and one press per user and answer is stored, the last', async () => {
    const asked = await fake.interact(fake.slashCommand('ask', { question: 'Chi è Maria Rossi?' }, { locale: 'it', user: asker }));
    expect(flagsOf(asked) & EPHEMERAL).toBe(0);
    const presses = customIds(asked).filter((id) => decodeFeedback(id));
    expect(presses.map((id) => decodeFeedback(id)!.up)).toEqual([true, false]);
    const [up, down] = presses as [string, string];
    const answerId = decodeFeedback(up)!.answerId;
    const message = asked.original as APIMessage;
    const press = (id: string, user: APIUser) => fake.interact(fake.button(id, { message, locale: 'it', user }));

    const first = await press(up, asker);
    expect(first.callback?.type).toBe(4);
    expect(flagsOf(first) & EPHEMERAL).toBe(EPHEMERAL);
    expect(contentOf(first)).toContain('utile 👍');
    const second = await press(down, asker);
    expect(contentOf(second)).toContain('non utile 👎');
    const third = await press(up, other);
    expect(flagsOf(third) & EPHEMERAL).toBe(EPHEMERAL);
    // Paging the answer keeps its 👍/👎 row.
    const next = customIds(asked).find((id) => decodeAskButton(id)?.action === 'w')!;
    const paged = await press(next, asker);
    expect(paged.callback?.type).toBe(7);
    expect(customIds(paged)).toEqual(expect.arrayContaining([up, down]));
    await fake.waitForIdle();
    expectAnsweredOnce([asked, first, second, third, paged]);

    const db = new Database(join(dataDir, DB_FILE), { readonly: true });
    const votes = db.prepare('SELECT vote FROM feedback WHERE answer_id = ? ORDER BY vote').all(answerId) as { vote: number }[];
    expect(votes.map((v) => v.vote)).toEqual([-1, 1]);
    const row = db.prepare('SELECT question, lang, answered, guild_id FROM questions WHERE answer_id = ?').get(answerId);
    expect(row).toEqual({ question: 'Chi è Maria Rossi?', lang: 'it', answered: 1, guild_id: fake.world.guildId });
    db.close();
    // Nothing in the file names a user.
    const bytes = readFileSync(join(dataDir, DB_FILE)).toString('latin1') + readFileSync(join(dataDir, `${DB_FILE}-wal`)).toString('latin1');
    for (const u of [asker, other]) {
      expect(bytes).not.toContain(u.id);
      expect(bytes).not.toContain(u.username);
    }
  });

  it('GIVEN a question the article does not answer, asked twice THEN /stats for a manager lists it privately with the counts; for a member THEN a private refusal', async () => {
    expect(store.core.ask(DECLINED).answered).toBe(false);
    const misses = await Promise.all([DECLINED, `${DECLINED.toLowerCase()}!`].map((q) => fake.interact(fake.slashCommand('ask', { question: q }, { locale: 'it', user: asker }))));
    for (const m of misses) expect(customIds(m).some((id) => decodeFeedback(id))).toBe(false);
    const allowed = await fake.interact(fake.slashCommand('stats', {}, { locale: 'it', permissions: manager }));
    expect(flagsOf(allowed) & EPHEMERAL).toBe(EPHEMERAL);
    const embed = embedOf(allowed)!;
    expect(embed.title).toBe('Che cosa hanno chiesto');
    const fields = Object.fromEntries((embed.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields['Ultimi 7 giorni']).toMatch(/^3 domande, 67% senza risposta · 👍 1 · 👎 1$/);
    expect(fields['Ultimi 30 giorni']).toMatch(/^3 domande/);
    expect(fields['Domande a cui l’articolo non risponde (30 giorni)']).toContain('×2');
    expect(fields['Domande a cui l’articolo non risponde (30 giorni)']).toContain('campionato mondiale di scacchi');
    expect(fields['Argomenti più chiesti']).toMatch(/\(1\)/);

    const refused = await fake.interact(fake.slashCommand('stats', {}, { locale: 'it' }));
    expect(flagsOf(refused) & EPHEMERAL).toBe(EPHEMERAL);
    expect(contentOf(refused)).toBe('Solo chi può gestire il server può vedere le statistiche.');
    expect(embedOf(refused)).toBeUndefined();
    await fake.waitForIdle();
    expectAnsweredOnce([...misses, allowed, refused]);
  });

  it('GIVEN public /quote and /summarize answers THEN each carries 👍/👎; GIVEN 👍 then 👎 by one user on each THEN one press per user and answer is stored, the last; GIVEN private ones THEN no row', async () => {
    const [quoted, summary, quotedPrivately] = await Promise.all([
      fake.interact(fake.slashCommand('quote', { person: 'Maria Rossi' }, { locale: 'it', user: asker })),
      fake.interact(fake.slashCommand('summarize', { section: 'le-cantine-e-il-mercato' }, { locale: 'it', user: asker })),
      fake.interact(fake.slashCommand('quote', { person: 'Maria Rossi', private: true }, { locale: 'it', user: asker })),
    ]);
    expect(embedOf(quoted)?.title).toBe('Maria Rossi');
    expect(embedOf(summary)?.description).toContain('¶3');
    expect(customIds(quotedPrivately).some((id) => decodeFeedback(id))).toBe(false);
    const db = new Database(join(dataDir, DB_FILE), { readonly: true });
    const votesOf = (answerId: string) => db.prepare('SELECT vote FROM feedback WHERE answer_id = ?').all(answerId) as { vote: number }[];
    const answerIds: string[] = [];
    for (const shown of [quoted, summary]) {
      expect(flagsOf(shown) & EPHEMERAL).toBe(0);
      const presses = customIds(shown).filter((id) => decodeFeedback(id));
      expect(presses.map((id) => decodeFeedback(id)!.up)).toEqual([true, false]);
      const [up, down] = presses as [string, string];
      const message = shown.original as APIMessage;
      const first = await fake.interact(fake.button(up, { message, locale: 'it', user: asker }));
      expect(contentOf(first)).toContain('utile 👍');
      const second = await fake.interact(fake.button(down, { message, locale: 'it', user: asker }));
      expect(contentOf(second)).toContain('non utile 👎');
      expect(flagsOf(second) & EPHEMERAL).toBe(EPHEMERAL);
      const answerId = decodeFeedback(up)!.answerId;
      answerIds.push(answerId);
      expect(votesOf(answerId)).toEqual([{ vote: -1 }]);
      await fake.waitForIdle();
      expectAnsweredOnce([shown, first, second]);
    }
    expect(new Set(answerIds).size).toBe(2);
    db.close();
    expectAnsweredOnce([quotedPrivately]);
  });

  it('GIVEN the database file locked by another process while 100 questions arrive THEN every question is answered and one error is logged', async () => {
    const holder = new Database(join(dataDir, DB_FILE));
    holder.exec('BEGIN EXCLUSIVE');
    const before = logger.records.filter((r) => r.level === 'error').length;
    const payloads = Array.from({ length: 100 }, (_, i) => fake.slashCommand('ask', { question: i % 2 ? 'Chi è Maria Rossi?' : DECLINED }, { locale: 'it' }));
    // In waves of 20 (the lock held throughout): the deadline measures this 2-core test machine, not the log.
    const outcomes: InteractionOutcome[] = [];
    for (let i = 0; i < payloads.length; i += 20) outcomes.push(...(await Promise.all(payloads.slice(i, i + 20).map((p) => fake.interact(p)))));
    await fake.waitForIdle();
    holder.exec('ROLLBACK');
    holder.close();
    expectAnsweredOnce(outcomes);
    for (const [i, o] of outcomes.entries()) expect(embedOf(o) ?? contentOf(o), `question ${i}`).toBeTruthy();
    expect(outcomes.filter((o) => (flagsOf(o) & EPHEMERAL) === 0)).toHaveLength(50);
    const errors = logger.records.filter((r) => r.level === 'error').slice(before);
    expect(errors.map((r) => r.msg)).toEqual(['question log unavailable: answers go on, questions are not recorded']);
  });

  it('GIVEN a read-only database file (immutable for root, mode 0444 otherwise) while 100 questions arrive THEN every question is answered, one error is logged and the file is unchanged', async () => {
    const readOnlyDir = mkdtempSync(join(tmpdir(), 'brano-e2e-readonly-'));
    const file = join(readOnlyDir, DB_FILE);
    const first = openQuestionLog({ dataDir: readOnlyDir, retentionDays: 90, enabled: true, logger });
    expect(first.record({ answerId: 'kept00000001', question: 'Chi è Maria Rossi?', lang: 'it', answered: true, passages: [], source: 'discord' })).toBe(true);
    first.close();
    // Root ignores file modes, so for root the file is made immutable (chattr +i), which binds root too.
    const root = process.getuid?.() === 0;
    const lock = (on: boolean) => (root ? execFileSync('chattr', [on ? '+i' : '-i', file]) : chmodSync(file, on ? 0o444 : 0o644));
    lock(true);
    try {
      expect(() => closeSync(openSync(file, 'r+')), 'the database file must refuse writes').toThrow(/EPERM|EACCES/);
      active = openQuestionLog({ dataDir: readOnlyDir, retentionDays: 90, enabled: true, logger });
      const before = logger.records.filter((r) => r.level === 'error').length;
      const payloads = Array.from({ length: 100 }, (_, i) => fake.slashCommand('ask', { question: i % 2 ? 'Chi è Maria Rossi?' : DECLINED }, { locale: 'it' }));
      // In waves of 20, as for the locked file: the deadline measures this 2-core test machine, not the log.
      const outcomes: InteractionOutcome[] = [];
      for (let i = 0; i < payloads.length; i += 20) outcomes.push(...(await Promise.all(payloads.slice(i, i + 20).map((p) => fake.interact(p)))));
      await fake.waitForIdle();
      expectAnsweredOnce(outcomes);
      for (const [i, o] of outcomes.entries()) expect(embedOf(o) ?? contentOf(o), `question ${i}`).toBeTruthy();
      expect(outcomes.filter((o) => (flagsOf(o) & EPHEMERAL) === 0)).toHaveLength(50);
      const errors = logger.records.filter((r) => r.level === 'error').slice(before);
      expect(errors.map((r) => r.msg)).toEqual(['question log unavailable: answers go on, questions are not recorded']);
      active.close();
      const db = new Database(file, { readonly: true });
      expect(db.prepare('SELECT answer_id FROM questions').all()).toEqual([{ answer_id: 'kept00000001' }]);
      db.close();
    } finally {
      active.close();
      active = questions;
      lock(false);
      rmSync(readOnlyDir, { recursive: true, force: true });
    }
  });
});
