/**
 * The question log: what readers asked, whether the articles answered, the passages shown and the 👍/👎 they gave,
 * in one SQLite file (`<DATA_DIR>/brano.sqlite`, WAL mode, created on first use). Moderators read it through
 * `/stats` and `brano stats` to see what the chosen article does not answer.
 *
 * Never stored: user ids or names. A 👍/👎 is keyed by an HMAC of (user id, answer id) under a random secret kept in
 * the database itself, so a second press by the same user on the same answer replaces the first, and nothing in the
 * file says who pressed.
 *
 * The log must never break an answer: every operation catches its own failure (a locked, read-only, full or corrupt
 * file), logs it once, and stays quiet while the failure lasts (writes are skipped for {@link RETRY_MS} after one
 * fails, so a stuck file does not slow every answer down). A later success re-arms the log line.
 *
 * Why better-sqlite3: a synchronous, well-kept SQLite binding; a write is a few microseconds, so recording inline
 * costs the answer nothing measurable (see `npm run bench`).
 */
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance as loopClock } from 'node:perf_hooks';
import type Database from 'better-sqlite3';

// The SQLite binding is loaded when a log is first opened: a command that records nothing (`ask` on the command
// line) never pays for it.
const require = createRequire(import.meta.url);
const sqlite = () => require('better-sqlite3') as typeof Database;

/** Where a question came from. */
export type QuestionSource = 'discord' | 'chat' | 'cli';

/** One passage an answer showed. */
export interface ShownPassage {
  readonly article: string;
  readonly paragraph: number;
  /** The section title the passage stands in, if any (used to count the most asked topics). */
  readonly section?: string | undefined;
}

/** A question to record. */
export interface QuestionRecord {
  /** The answer's id (feedback refers to it); see {@link newAnswerId}. */
  readonly answerId: string;
  readonly question: string;
  /** `it` or `en`. */
  readonly lang: string;
  /** The article the question was limited to, if any. */
  readonly article?: string | undefined;
  /** False when Brano declined (not in the article, empty question). */
  readonly answered: boolean;
  /** The passages returned, best first. */
  readonly passages: readonly ShownPassage[];
  /** The Discord server (null in DMs and in the terminal). */
  readonly guildId?: string | null | undefined;
  readonly source: QuestionSource;
}

/** A 👍 (1) or 👎 (-1). */
export type Vote = 1 | -1;

/** A declined question and how often it (or a near-identical wording) was asked. */
export interface UnansweredQuestion {
  /** The most recent wording. */
  readonly question: string;
  readonly count: number;
}

/** What `/stats` and `brano stats` show for one period. */
export interface PeriodStats {
  readonly days: number;
  readonly asked: number;
  readonly declined: number;
  /** declined / asked (0 when nothing was asked). */
  readonly declinedShare: number;
  readonly up: number;
  readonly down: number;
  /** The sections most asked about (the best passage's section), most first. */
  readonly topics: readonly { readonly topic: string; readonly count: number }[];
  /** The declined questions, near-identical wordings grouped, most asked first (at most 10). */
  readonly unanswered: readonly UnansweredQuestion[];
}

/** The question log's interface (what the bot, the chat and the CLI use). */
export interface QuestionLog {
  /** Whether questions are recorded at all (false with `BRANO_RECORD=0`). */
  readonly enabled: boolean;
  /**
   * Records a question. Never throws.
   * @param record - the question and its outcome
   * @returns whether it was stored
   */
  record(record: QuestionRecord): boolean;
  /**
   * Records a question without holding up the answer: the row is queued and written, with the others queued by then,
   * in one transaction on the next turn of the event loop (after the answers of this one are on their way), or, when
   * the queue was written less than {@link WRITE_EVERY_MS} ago, once that time has passed and the event loop is no
   * longer busy (see {@link QuestionLogOptions.busy}) — so a burst of questions is written after its answers are on
   * their way, in one transaction, not amid them. `record`, `feedback`, `stats` and `close` write the queue first. A
   * failure is logged once, as for {@link QuestionLog.record}. Never throws.
   * @param record - the question and its outcome
   */
  enqueue(record: QuestionRecord): void;
  /**
   * Records a user's 👍/👎 on an answer: once per user and answer, the last press counts. Never throws.
   * @param answerId - the answer
   * @param userId - the user (only its keyed hash is stored)
   * @param vote - 1 or -1
   * @param guildId - the server, if any
   * @returns whether it was stored
   */
  feedback(answerId: string, userId: string, vote: Vote, guildId?: string | null): boolean;
  /**
   * Statistics of the last `days` days. Never throws.
   * @param days - the period
   * @param guildId - only this server's questions (undefined: all)
   * @returns the figures, or undefined when the database cannot be read
   */
  stats(days: number, guildId?: string): PeriodStats | undefined;
  /** Closes the file. */
  close(): void;
}

/** What the log's failures are reported to (the bot's logger, or a line on stderr). */
export interface LogSink {
  error(msg: string, fields?: Record<string, unknown>): void;
}

/** Options of {@link openQuestionLog}. */
export interface QuestionLogOptions {
  /** Folder of the database file (created on first use). */
  readonly dataDir: string;
  /** Rows older than this many days are deleted (on open and once a day). */
  readonly retentionDays: number;
  /** False: record nothing, open nothing. */
  readonly enabled: boolean;
  readonly logger: LogSink;
  /** Clock (ms since the epoch). */
  readonly now?: () => number;
  /**
   * Whether the event loop has been busy since the last call (a burst of interactions being answered): a write due
   * within a burst waits for it to end, up to {@link MAX_WRITE_WAIT_MS}. Default {@link loopBusy}.
   */
  readonly busy?: () => boolean;
}

/**
 * Whether the event loop spent more than half of the time since the previous call running code: the bot is answering
 * a burst, and the question log's writes (synchronous SQLite) would hold up the answers still to be sent.
 * @returns a function answering that, for one caller
 */
export function loopBusy(): () => boolean {
  let mark = loopClock.eventLoopUtilization();
  return () => {
    const since = loopClock.eventLoopUtilization(mark);
    mark = loopClock.eventLoopUtilization();
    return since.utilization > 0.5;
  };
}

/** The database file's name inside DATA_DIR. */
export const DB_FILE = 'brano.sqlite';
/** After a failed write, writes are skipped for this long. */
export const RETRY_MS = 30_000;
/**
 * Queued questions are written at most this often: one transaction costs about as much as four rows, so in a burst of
 * questions the rows of several turns share one; a question asked after a quiet spell is written on the next turn.
 */
export const WRITE_EVERY_MS = 50;
/** The longest a queued question waits for a busy event loop to calm down before it is written anyway. */
export const MAX_WRITE_WAIT_MS = 2000;
const DAY_MS = 86_400_000;
/** Declined questions read to group (the most recent ones). */
const UNANSWERED_SCAN = 5000;

/**
 * The schema, one entry per version; `PRAGMA user_version` says how many have run. Append, never edit.
 */
export const MIGRATIONS: readonly ((db: Database.Database) => void)[] = [
  (db) => {
    db.exec(`
      CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL);
      CREATE TABLE questions (
        id INTEGER PRIMARY KEY,
        answer_id TEXT NOT NULL UNIQUE,
        asked_at INTEGER NOT NULL,
        source TEXT NOT NULL,
        guild_id TEXT,
        question TEXT NOT NULL,
        lang TEXT NOT NULL,
        article TEXT,
        answered INTEGER NOT NULL CHECK (answered IN (0, 1)),
        passages TEXT NOT NULL
      );
      CREATE INDEX questions_asked_at ON questions (asked_at);
      CREATE TABLE feedback (
        voter TEXT PRIMARY KEY,
        answer_id TEXT NOT NULL,
        vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
        guild_id TEXT,
        at INTEGER NOT NULL
      );
      CREATE INDEX feedback_at ON feedback (at);
    `);
    db.prepare('INSERT INTO meta (name, value) VALUES (?, ?)').run('hmac-secret', randomBytes(32));
  },
];

/** Random bytes drawn 2 KB at a time: one call into the system's generator per 256 answer ids, not one per id. */
const idBytes = { pool: Buffer.alloc(0), at: 0 };

/**
 * A new answer id: 12 random base-36 characters (fits a button's custom_id).
 * @returns the id
 */
export function newAnswerId(): string {
  if (idBytes.at + 8 > idBytes.pool.length) {
    idBytes.pool = randomBytes(2048);
    idBytes.at = 0;
  }
  const n = idBytes.pool.readBigUInt64BE(idBytes.at);
  idBytes.at += 8;
  return n.toString(36).padStart(13, '0').slice(-12);
}

/**
 * The key a press is stored under: HMAC-SHA256 of the user and the answer under the database's secret.
 * @param secret - the per-database secret
 * @param userId - the user
 * @param answerId - the answer
 * @returns 64 hex characters
 */
export function voterKey(secret: Buffer, userId: string, answerId: string): string {
  return createHmac('sha256', secret).update(`${userId}\u0000${answerId}`).digest('hex');
}

/**
 * Brings a database to the latest schema version.
 * @param db - an open database
 * @returns the version it is at
 */
export function migrate(db: Database.Database): number {
  const at = db.pragma('user_version', { simple: true }) as number;
  if (at > MIGRATIONS.length) throw new Error(`question log: the database is at schema version ${at}, newer than this Brano knows (${MIGRATIONS.length})`);
  for (let v = at; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      MIGRATIONS[v]!(db);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return MIGRATIONS.length;
}

/**
 * Lower case, without accents or punctuation, single spaces: two wordings that differ only in these are the same.
 * @param q - a question
 * @returns its normal form
 */
export function normaliseQuestion(q: string): string {
  return (q.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/**
 * Whether two normalised questions are near-identical: the same words but for at most one in five (Jaccard ≥ 0.8).
 * @param a - words of one
 * @param b - words of the other
 * @returns true when they count as one question
 */
function nearIdentical(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 || shared / union >= 0.8;
}

/**
 * Groups declined questions whose wordings are near-identical.
 * @param questions - declined questions, most recent first
 * @param limit - groups kept
 * @returns groups, most asked first (ties: most recent first)
 */
export function groupQuestions(questions: readonly string[], limit = 10): UnansweredQuestion[] {
  const groups: { question: string; words: Set<string>; count: number }[] = [];
  for (const q of questions) {
    const words = new Set(normaliseQuestion(q).split(' ').filter(Boolean));
    const group = groups.find((g) => nearIdentical(g.words, words));
    if (group) group.count++;
    else groups.push({ question: q, words, count: 1 });
  }
  return groups
    .map((g, i) => ({ g, i }))
    .sort((x, y) => y.g.count - x.g.count || x.i - y.i)
    .slice(0, limit)
    .map(({ g }) => ({ question: g.question, count: g.count }));
}

/** The passages column of each list of shown passages recorded (an answer asked again records the same list). */
const PASSAGES_JSON = new WeakMap<readonly ShownPassage[], string>();

/**
 * The passages column: the shown passages as a JSON array of `{ article, paragraph, section? }`.
 * @param passages - the passages an answer showed, best first
 * @returns the JSON text (made once per list)
 */
function passagesJson(passages: readonly ShownPassage[]): string {
  let json = PASSAGES_JSON.get(passages);
  if (json === undefined) {
    json = JSON.stringify(passages.map((p) => ({ article: p.article, paragraph: p.paragraph, ...(p.section ? { section: p.section } : {}) })));
    PASSAGES_JSON.set(passages, json);
  }
  return json;
}

/** A log that records nothing (`BRANO_RECORD=0`). */
const OFF: QuestionLog = { enabled: false, record: () => false, enqueue: () => {}, feedback: () => false, stats: () => undefined, close: () => {} };

/**
 * Opens the question log. The file is opened on first use, not here, so a bot that is never asked creates nothing.
 * @param options - folder, retention, on/off, where failures go
 * @returns the log (one that records nothing when disabled)
 */
export function openQuestionLog(options: QuestionLogOptions): QuestionLog {
  if (!options.enabled) return OFF;
  const now = options.now ?? Date.now;
  let db: Database.Database | undefined;
  let secret: Buffer | undefined;
  let statements: ReturnType<typeof prepare> | undefined;
  let lastPurge = 0;
  let failedAt: number | undefined;
  let reported = false;

  function prepare(d: Database.Database) {
    return {
      insert: d.prepare(
        'INSERT INTO questions (answer_id, asked_at, source, guild_id, question, lang, article, answered, passages) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      vote: d.prepare('INSERT INTO feedback (voter, answer_id, vote, guild_id, at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (voter) DO UPDATE SET vote = excluded.vote, at = excluded.at'),
      purgeQuestions: d.prepare('DELETE FROM questions WHERE asked_at < ?'),
      purgeFeedback: d.prepare('DELETE FROM feedback WHERE at < ?'),
    };
  }

  const open = () => {
    if (db && statements && secret) return { db, statements, secret };
    mkdirSync(options.dataDir, { recursive: true });
    const SQLite = sqlite();
    const d = new SQLite(join(options.dataDir, DB_FILE), { timeout: 25 });
    try {
      d.pragma('journal_mode = WAL');
      d.pragma('synchronous = NORMAL');
      migrate(d);
      const row = d.prepare('SELECT value FROM meta WHERE name = ?').get('hmac-secret') as { value: Buffer } | undefined;
      if (!row) throw new Error('question log: the database has no feedback secret');
      const s = prepare(d);
      db = d;
      secret = row.value;
      statements = s;
      return { db: d, statements: s, secret: row.value };
    } catch (err) {
      d.close();
      throw err;
    }
  };

  const purge = (t: number) => {
    const { statements: s } = open();
    const cutoff = t - options.retentionDays * DAY_MS;
    s.purgeQuestions.run(cutoff);
    s.purgeFeedback.run(cutoff);
    lastPurge = t;
  };

  /** Runs a database operation; a failure is logged once and the log pauses for RETRY_MS. */
  const guarded = <T>(what: string, run: (t: number) => T, fallback: T): T => {
    const t = now();
    if (failedAt !== undefined && t - failedAt < RETRY_MS) return fallback;
    try {
      if (t - lastPurge >= DAY_MS) purge(t);
      const out = run(t);
      failedAt = undefined;
      reported = false;
      return out;
    } catch (err) {
      failedAt = t;
      if (!reported) {
        reported = true;
        options.logger.error('question log unavailable: answers go on, questions are not recorded', { what, file: join(options.dataDir, DB_FILE), err });
      }
      if (db) {
        try {
          db.close();
        } catch {
          // already unusable; reopened on the next try
        }
        db = undefined;
        statements = undefined;
      }
      return fallback;
    }
  };

  const insert = (s: ReturnType<typeof prepare>, r: QuestionRecord, at: number) =>
    s.insert.run(r.answerId, at, r.source, r.guildId ?? null, r.question, r.lang, r.article ?? null, r.answered ? 1 : 0, passagesJson(r.passages));

  /** Questions not written yet, each with the time it was asked. */
  let queued: { record: QuestionRecord; at: number }[] = [];
  const busy = options.busy ?? loopBusy();
  /** When the oldest queued question was queued (performance.now()). */
  let oldestQueued = 0;
  let writeScheduled: { immediate: NodeJS.Immediate } | { timeout: NodeJS.Timeout } | undefined;
  /** When the queue was last written (performance.now(); the test clock `now` is for the rows' times only). */
  let lastWrite = -Infinity;
  const writeQueued = () => {
    if (writeScheduled) {
      if ('immediate' in writeScheduled) clearImmediate(writeScheduled.immediate);
      else clearTimeout(writeScheduled.timeout);
      writeScheduled = undefined;
    }
    if (!queued.length) return;
    const batch = queued;
    queued = [];
    lastWrite = performance.now();
    guarded(
      'record',
      () => {
        const o = open();
        o.db.transaction(() => {
          for (const q of batch) insert(o.statements, q.record, q.at);
        })();
        return true;
      },
      false,
    );
  };

  return {
    enabled: true,
    record(r) {
      writeQueued();
      return guarded(
        'record',
        (t) => {
          insert(open().statements, r, t);
          return true;
        },
        false,
      );
    },
    enqueue(r) {
      if (!queued.length) oldestQueued = performance.now();
      queued.push({ record: r, at: now() });
      if (writeScheduled) return;
      const wait = lastWrite + WRITE_EVERY_MS - performance.now();
      if (wait <= 0) {
        writeScheduled = { immediate: setImmediate(writeQueued) };
        return;
      }
      // Questions coming faster than one write per WRITE_EVERY_MS: a burst. Its rows wait until the loop is no longer
      // busy answering it (or MAX_WRITE_WAIT_MS), so no write holds up the burst's answers.
      busy();
      const writeWhenQuiet = () => {
        if (busy() && performance.now() - oldestQueued < MAX_WRITE_WAIT_MS) writeScheduled = { timeout: setTimeout(writeWhenQuiet, WRITE_EVERY_MS) };
        else writeQueued();
      };
      writeScheduled = { timeout: setTimeout(writeWhenQuiet, wait) };
    },
    feedback(answerId, userId, vote, guildId) {
      // Questions first: a 👍 never lands before the question it is about.
      writeQueued();
      return guarded(
        'feedback',
        (t) => {
          const o = open();
          o.statements.vote.run(voterKey(o.secret, userId, answerId), answerId, vote, guildId ?? null, t);
          return true;
        },
        false,
      );
    },
    stats(days, guildId) {
      writeQueued();
      return guarded<PeriodStats | undefined>(
        'stats',
        (t) => {
          const d = open().db;
          const since = t - days * DAY_MS;
          const where = guildId === undefined ? 'asked_at >= ?' : 'asked_at >= ? AND guild_id = ?';
          const args: unknown[] = guildId === undefined ? [since] : [since, guildId];
          const counts = d.prepare(`SELECT COUNT(*) AS asked, COALESCE(SUM(1 - answered), 0) AS declined FROM questions WHERE ${where}`).get(...args) as { asked: number; declined: number };
          const fbWhere = guildId === undefined ? 'at >= ?' : 'at >= ? AND guild_id = ?';
          const votes = d.prepare(`SELECT COALESCE(SUM(vote = 1), 0) AS up, COALESCE(SUM(vote = -1), 0) AS down FROM feedback WHERE ${fbWhere}`).get(...args) as { up: number; down: number };
          const topics = d
            .prepare(
              `SELECT COALESCE(json_extract(passages, '$[0].section'), json_extract(passages, '$[0].article')) AS topic, COUNT(*) AS count
               FROM questions WHERE ${where} AND answered = 1 AND json_array_length(passages) > 0 GROUP BY topic ORDER BY count DESC, topic LIMIT 5`,
            )
            .all(...args) as { topic: string; count: number }[];
          const declined = d.prepare(`SELECT question FROM questions WHERE ${where} AND answered = 0 ORDER BY asked_at DESC, id DESC LIMIT ${UNANSWERED_SCAN}`).all(...args) as { question: string }[];
          return {
            days,
            asked: counts.asked,
            declined: counts.declined,
            declinedShare: counts.asked ? counts.declined / counts.asked : 0,
            up: votes.up,
            down: votes.down,
            topics,
            unanswered: groupQuestions(declined.map((r) => r.question).filter((q) => q.trim() !== '')),
          };
        },
        undefined,
      );
    },
    close() {
      writeQueued();
      db?.close();
      db = undefined;
      statements = undefined;
    },
  };
}
