import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readConfig } from '../../src/config.js';
import { DB_FILE, groupQuestions, loopBusy, MAX_WRITE_WAIT_MS, MIGRATIONS, migrate, newAnswerId, openQuestionLog, RETRY_MS, voterKey, WRITE_EVERY_MS, type QuestionRecord } from '../../src/store/questionLog.js';

const DAY = 86_400_000;
const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'brano-log-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) {
    try {
      chmodSync(d, 0o755);
    } catch {
      // gone already
    }
    rmSync(d, { recursive: true, force: true });
  }
});

function errors() {
  const lines: { msg: string; fields?: Record<string, unknown> }[] = [];
  return { lines, logger: { error: (msg: string, fields?: Record<string, unknown>) => void lines.push({ msg, ...(fields ? { fields } : {}) }) } };
}

// The questions a log in `dir` has written, in the order written, read from the file itself.
function writtenRows(dir: string): { question: string; asked_at: number }[] {
  const db = new Database(join(dir, DB_FILE), { readonly: true });
  const rows = db.prepare('SELECT question, asked_at FROM questions ORDER BY id').all() as { question: string; asked_at: number }[];
  db.close();
  return rows;
}

const q = (over: Partial<QuestionRecord> = {}): QuestionRecord => ({
  answerId: newAnswerId(),
  question: 'Chi ha rilasciato Llama 2?',
  lang: 'it',
  answered: true,
  passages: [{ article: 'llama2', paragraph: 3, section: 'Rilascio' }],
  guildId: 'g1',
  source: 'discord',
  ...over,
});

describe('question log: the file', () => {
  it('GIVEN a question THEN the database is created in DATA_DIR on first use, in WAL mode, at the latest schema version, with the row and no user id', () => {
    const dir = join(tempDir(), 'nested');
    const log = openQuestionLog({ dataDir: dir, retentionDays: 90, enabled: true, logger: errors().logger });
    expect(existsSync(dir)).toBe(false);
    expect(log.record(q({ question: 'Quanti parametri?', passages: [{ article: 'llama2', paragraph: 7 }] }))).toBe(true);
    expect(log.feedback('a1', '123456789012345678', 1, 'g1')).toBe(true);
    log.close();
    const db = new Database(join(dir, DB_FILE), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const row = db.prepare('SELECT question, lang, answered, passages, guild_id, source FROM questions').get();
    expect(row).toEqual({ question: 'Quanti parametri?', lang: 'it', answered: 1, passages: '[{"article":"llama2","paragraph":7}]', guild_id: 'g1', source: 'discord' });
    const dump = JSON.stringify([db.prepare('SELECT * FROM questions').all(), db.prepare('SELECT * FROM feedback').all()]);
    expect(dump).not.toContain('123456789012345678');
    db.close();
  });

  it('GIVEN a database at an older schema version THEN opening runs the missing migrations only; GIVEN a newer one THEN it is refused', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(MIGRATIONS.length);
    const secret = db.prepare("SELECT value FROM meta WHERE name = 'hmac-secret'").get() as { value: Buffer };
    expect(secret.value.length).toBe(32);
    // Running again changes nothing (the secret stays).
    migrate(db);
    expect((db.prepare("SELECT value FROM meta WHERE name = 'hmac-secret'").get() as { value: Buffer }).value.equals(secret.value)).toBe(true);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    expect(() => migrate(db)).toThrow(/newer/);
    db.close();
  });

  it('GIVEN BRANO_RECORD=0 THEN nothing is recorded and no file is created', () => {
    const dir = tempDir();
    const log = openQuestionLog({ dataDir: join(dir, 'd'), retentionDays: 90, enabled: readConfig({ BRANO_RECORD: '0' }).record, logger: errors().logger });
    expect(log.enabled).toBe(false);
    expect(log.record(q())).toBe(false);
    expect(existsSync(join(dir, 'd'))).toBe(false);
  });

  it('GIVEN the settings THEN DATA_DIR, RETENTION_DAYS and BRANO_RECORD are read with defaults and clear errors', () => {
    expect(readConfig({})).toMatchObject({ retentionDays: 90, record: true });
    expect(readConfig({}).dataDir).toMatch(/data$/);
    expect(readConfig({ DATA_DIR: '/tmp/x', RETENTION_DAYS: '7', BRANO_RECORD: 'off' })).toMatchObject({ dataDir: '/tmp/x', retentionDays: 7, record: false });
    expect(() => readConfig({ RETENTION_DAYS: 'forever' })).toThrow(/RETENTION_DAYS/);
    expect(() => readConfig({ BRANO_RECORD: 'maybe' })).toThrow(/BRANO_RECORD/);
  });
});

describe('question log: feedback', () => {
  it('GIVEN 👍 then 👎 by one user on one answer THEN one press is stored, the last; GIVEN another user THEN a second', () => {
    const log = openQuestionLog({ dataDir: tempDir(), retentionDays: 90, enabled: true, logger: errors().logger });
    const id = newAnswerId();
    log.record(q({ answerId: id }));
    log.feedback(id, '111111111111111111', 1, 'g1');
    log.feedback(id, '111111111111111111', -1, 'g1');
    expect(log.stats(7, 'g1')).toMatchObject({ up: 0, down: 1 });
    log.feedback(id, '222222222222222222', 1, 'g1');
    expect(log.stats(7, 'g1')).toMatchObject({ up: 1, down: 1 });
    log.close();
  });

  it('GIVEN a user and an answer THEN the key is a keyed hash: same inputs same key, another user, answer or secret another key', () => {
    const s1 = Buffer.alloc(32, 1);
    const s2 = Buffer.alloc(32, 2);
    const k = voterKey(s1, 'u1', 'a1');
    expect(k).toMatch(/^[0-9a-f]{64}$/);
    expect(voterKey(s1, 'u1', 'a1')).toBe(k);
    expect(new Set([k, voterKey(s1, 'u2', 'a1'), voterKey(s1, 'u1', 'a2'), voterKey(s2, 'u1', 'a1')]).size).toBe(4);
    expect(newAnswerId()).toMatch(/^[0-9a-z]{12}$/);
  });
});

describe('question log: statistics and retention', () => {
  it('GIVEN questions over 40 days THEN 7 and 30 days count their own, the share declined, the topics, and the declined questions grouped when near-identical', () => {
    let now = Date.UTC(2026, 0, 1);
    const log = openQuestionLog({ dataDir: tempDir(), retentionDays: 90, enabled: true, logger: errors().logger, now: () => now });
    log.record(q({ question: 'Qual è il meteo?', answered: false, passages: [] }));
    now += 20 * DAY;
    log.record(q({ question: 'Chi ha fondato Meta?', answered: false, passages: [] }));
    now += 15 * DAY;
    log.record(q());
    log.record(q({ passages: [{ article: 'llama2', paragraph: 9, section: 'Licenza' }] }));
    log.record(q({ passages: [{ article: 'llama2', paragraph: 9, section: 'Licenza' }] }));
    log.record(q({ question: 'Quanto costa un caffè?', answered: false, passages: [] }));
    log.record(q({ question: 'quanto costa un caffe', answered: false, passages: [] }));
    log.record(q({ question: 'Quanto costa il caffè a Roma?', answered: false, passages: [] }));
    log.record(q({ question: 'altro server', guildId: 'g2', answered: false, passages: [] }));
    const week = log.stats(7, 'g1')!;
    expect(week).toMatchObject({ days: 7, asked: 6, declined: 3, declinedShare: 0.5 });
    expect(week.topics).toEqual([
      { topic: 'Licenza', count: 2 },
      { topic: 'Rilascio', count: 1 },
    ]);
    expect(week.unanswered).toEqual([
      { question: 'quanto costa un caffe', count: 2 },
      { question: 'Quanto costa il caffè a Roma?', count: 1 },
    ]);
    expect(log.stats(30, 'g1')).toMatchObject({ asked: 7, declined: 4 });
    expect(log.stats(30)).toMatchObject({ asked: 8, declined: 5 });
    log.close();
  });

  it('GIVEN rows older than RETENTION_DAYS THEN they are deleted on open and again a day later', () => {
    const dir = tempDir();
    let now = Date.UTC(2026, 0, 1);
    const first = openQuestionLog({ dataDir: dir, retentionDays: 10, enabled: true, logger: errors().logger, now: () => now });
    first.record(q({ question: 'vecchia' }));
    first.feedback('x', 'u', 1);
    now += 5 * DAY;
    first.record(q({ question: 'recente' }));
    first.close();
    now += 6 * DAY;
    const second = openQuestionLog({ dataDir: dir, retentionDays: 10, enabled: true, logger: errors().logger, now: () => now });
    expect(second.stats(3650)).toMatchObject({ asked: 1, up: 0 });
    now += 4 * DAY + 1;
    second.record(q({ question: 'nuova' }));
    // "recente" is now 10 days and 1 ms old: the daily purge removed it.
    expect(second.stats(3650)).toMatchObject({ asked: 1 });
    second.close();
  });

  it('GIVEN many wordings THEN groups keep the most recent wording and at most 10 groups', () => {
    const many = Array.from({ length: 30 }, (_, i) => `domanda numero ${i} diversa ${i * 7}`);
    expect(groupQuestions(many)).toHaveLength(10);
    expect(groupQuestions(['Chi è Lambert?', 'chi e lambert', 'CHI È LAMBERT!!'])).toEqual([{ question: 'Chi è Lambert?', count: 3 }]);
  });
});

describe('question log: a broken database never breaks an answer', () => {
  it('GIVEN the file locked by another writer THEN 100 records return false without throwing and one error is logged', () => {
    const dir = tempDir();
    const { lines, logger } = errors();
    const log = openQuestionLog({ dataDir: dir, retentionDays: 90, enabled: true, logger });
    expect(log.record(q())).toBe(true);
    const holder = new Database(join(dir, DB_FILE));
    holder.exec('BEGIN EXCLUSIVE');
    const results = Array.from({ length: 100 }, () => log.record(q()));
    expect(results.filter(Boolean)).toHaveLength(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.msg).toMatch(/question log unavailable/);
    holder.exec('ROLLBACK');
    holder.close();
    log.close();
  });

  it('GIVEN questions enqueued in one turn THEN none is written before the next turn, then all are, with the time each was asked; GIVEN stats THEN the queue is written first', async () => {
    const dir = tempDir();
    let clock = 1_000 * DAY;
    const log = openQuestionLog({ dataDir: dir, retentionDays: 90, enabled: true, logger: errors().logger, now: () => clock });
    expect(log.record(q({ question: 'prima' }))).toBe(true);
    const count = () => writtenRows(dir);
    for (let i = 0; i < 50; i++) {
      log.enqueue(q({ question: `domanda ${i}` }));
      clock += 1000;
    }
    expect(count()).toHaveLength(1);
    await new Promise((resolveTurn) => setImmediate(resolveTurn));
    const rows = count();
    expect(rows).toHaveLength(51);
    expect(rows[1]).toEqual({ question: 'domanda 0', asked_at: 1_000 * DAY });
    expect(rows[50]).toEqual({ question: 'domanda 49', asked_at: 1_000 * DAY + 49_000 });
    log.enqueue(q({ question: 'ultima', answered: false, passages: [] }));
    expect(log.stats(1)).toMatchObject({ asked: 52, declined: 1 });
    log.enqueue(q({ question: 'alla chiusura' }));
    log.close();
    expect(count().map((r) => r.question).at(-1)).toBe('alla chiusura');
  });

  it('GIVEN the queue written a moment ago THEN the questions that follow wait until WRITE_EVERY_MS has passed and go in together; GIVEN a 👍 or a recorded question meanwhile THEN the queue is written first', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'performance'] });
    try {
      const dir = tempDir();
      const log = openQuestionLog({ dataDir: dir, retentionDays: 90, enabled: true, logger: errors().logger, busy: () => false });
      const questions = () => writtenRows(dir).map((r) => r.question);
      log.enqueue(q({ question: 'uno' }));
      vi.advanceTimersByTime(0);
      expect(questions()).toEqual(['uno']);
      vi.advanceTimersByTime(10);
      log.enqueue(q({ question: 'due' }));
      log.enqueue(q({ question: 'tre' }));
      vi.advanceTimersByTime(WRITE_EVERY_MS - 11);
      expect(questions()).toEqual(['uno']);
      vi.advanceTimersByTime(1);
      expect(questions()).toEqual(['uno', 'due', 'tre']);
      // Quiet since: the next one goes on the next turn.
      vi.advanceTimersByTime(WRITE_EVERY_MS);
      log.enqueue(q({ question: 'quattro' }));
      vi.advanceTimersByTime(0);
      expect(questions()).toEqual(['uno', 'due', 'tre', 'quattro']);
      const answer = q({ question: 'cinque' });
      log.enqueue(answer);
      expect(log.feedback(answer.answerId, '390000000000000111', 1, 'g1')).toBe(true);
      expect(questions()).toEqual(['uno', 'due', 'tre', 'quattro', 'cinque']);
      log.enqueue(q({ question: 'sei' }));
      expect(log.record(q({ question: 'sette' }))).toBe(true);
      expect(questions()).toEqual(['uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette']);
      log.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('GIVEN a burst (questions within WRITE_EVERY_MS of a write) on a busy event loop THEN its rows wait until the loop is quiet, or MAX_WRITE_WAIT_MS at most, and go in together', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'performance'] });
    try {
      const dir = tempDir();
      let loopBusy = true;
      const log = openQuestionLog({ dataDir: dir, retentionDays: 90, enabled: true, logger: errors().logger, busy: () => loopBusy });
      const questions = () => writtenRows(dir).map((r) => r.question);
      // After a quiet spell the first question is written on the next turn, busy or not.
      log.enqueue(q({ question: 'uno' }));
      vi.advanceTimersByTime(0);
      expect(questions()).toEqual(['uno']);
      log.enqueue(q({ question: 'due' }));
      vi.advanceTimersByTime(WRITE_EVERY_MS * 4);
      log.enqueue(q({ question: 'tre' }));
      vi.advanceTimersByTime(WRITE_EVERY_MS * 4);
      expect(questions()).toEqual(['uno']);
      loopBusy = false;
      vi.advanceTimersByTime(WRITE_EVERY_MS);
      expect(questions()).toEqual(['uno', 'due', 'tre']);
      // A loop that stays busy holds a question back MAX_WRITE_WAIT_MS at most.
      loopBusy = true;
      log.enqueue(q({ question: 'quattro' }));
      vi.advanceTimersByTime(MAX_WRITE_WAIT_MS - WRITE_EVERY_MS);
      expect(questions()).toEqual(['uno', 'due', 'tre']);
      vi.advanceTimersByTime(WRITE_EVERY_MS * 2);
      expect(questions()).toEqual(['uno', 'due', 'tre', 'quattro']);
      // stats writes the queue first, busy or not.
      log.enqueue(q({ question: 'cinque' }));
      expect(log.stats(1)).toMatchObject({ asked: 5 });
      log.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('GIVEN loopBusy THEN it says whether the event loop ran code more than half of the time since the last call', async () => {
    const busy = loopBusy();
    const until = performance.now() + 30;
    while (performance.now() < until);
    expect(busy()).toBe(true);
    await new Promise((resolveLater) => setTimeout(resolveLater, 60));
    expect(busy()).toBe(false);
  });

  it('GIVEN the file locked by another writer THEN 100 enqueued questions are dropped without throwing and one error is logged', async () => {
    const dir = tempDir();
    const { lines, logger } = errors();
    const log = openQuestionLog({ dataDir: dir, retentionDays: 90, enabled: true, logger });
    expect(log.record(q())).toBe(true);
    const holder = new Database(join(dir, DB_FILE));
    holder.exec('BEGIN EXCLUSIVE');
    for (let i = 0; i < 100; i++) {
      expect(() => log.enqueue(q())).not.toThrow();
      if (i % 10 === 9) await new Promise((resolveTurn) => setImmediate(resolveTurn));
    }
    expect(lines.map((l) => l.msg)).toEqual(['question log unavailable: answers go on, questions are not recorded']);
    holder.exec('ROLLBACK');
    holder.close();
    log.close();
    const db = new Database(join(dir, DB_FILE), { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM questions').get()).toEqual({ n: 1 });
    db.close();
  });

  it('GIVEN a corrupt file THEN recording fails quietly with one error; GIVEN the time to retry THEN it tries again', () => {
    const dir = tempDir();
    writeFileSync(join(dir, DB_FILE), 'this is not a database, just text that is long enough to fill a header. '.repeat(20));
    const { lines, logger } = errors();
    let now = 1_000_000;
    const log = openQuestionLog({ dataDir: dir, retentionDays: 90, enabled: true, logger, now: () => now });
    for (let i = 0; i < 10; i++) expect(log.record(q())).toBe(false);
    expect(log.stats(7)).toBeUndefined();
    expect(lines).toHaveLength(1);
    now += RETRY_MS;
    expect(log.record(q())).toBe(false);
    expect(lines).toHaveLength(1);
  });

  it('GIVEN a DATA_DIR that cannot be created (a file is in the way) THEN recording fails quietly with one error', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    const { lines, logger } = errors();
    const log = openQuestionLog({ dataDir: join(dir, 'file', 'data'), retentionDays: 90, enabled: true, logger });
    for (let i = 0; i < 5; i++) expect(log.record(q())).toBe(false);
    expect(lines).toHaveLength(1);
  });
});
