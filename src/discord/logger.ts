/**
 * A small structured logger: JSON lines on a pipe (for log collectors), readable lines on a terminal, always
 * on stderr so stdout stays clean. Secrets are redacted: keys that look like credentials, and any value
 * registered with `redact` (the bot token) wherever it appears.
 *
 * Why not pino: four levels and one output are all Brano needs, and this costs no start-up time and no
 * dependency to keep updated.
 */
import { styleText } from 'node:util';

/** Log levels, in increasing severity. */
export type Level = 'debug' | 'info' | 'warn' | 'error';

const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const SECRET_KEY = /token|authorization|password|secret/i;

/** Structured fields of a log record. */
export type Fields = Record<string, unknown>;

/** The logger's interface. */
export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
}

/** Options for {@link createLogger}. */
export interface LoggerOptions {
  readonly level?: Level;
  /** Where lines go (default: process.stderr). */
  readonly stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Force JSON (true) or readable (false) output; default: readable on a TTY. */
  readonly json?: boolean;
  /** Strings that must never appear in a log line (e.g. the token). */
  readonly redact?: readonly (string | undefined)[];
  /** Fields added to every record (e.g. the shard id). */
  readonly base?: Fields;
  /** Clock for timestamps. */
  readonly now?: () => Date;
}

function plain(value: unknown, depth = 0): unknown {
  if (value instanceof Error) {
    return { name: value.name, message: value.message, stack: value.stack, ...('code' in value ? { code: (value as { code: unknown }).code } : {}) };
  }
  if (typeof value === 'bigint') return value.toString();
  if (value && typeof value === 'object' && depth < 4) {
    if (Array.isArray(value)) return value.map((v) => plain(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEY.test(k) ? '[redacted]' : plain(v, depth + 1);
    return out;
  }
  return value;
}

/**
 * Creates a logger.
 * @param options - level, stream, format, secrets to redact
 * @returns the logger
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const stream = options.stream ?? process.stderr;
  const min = ORDER[options.level ?? 'info'];
  const json = options.json ?? stream.isTTY !== true;
  const secrets = (options.redact ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 8);
  const now = options.now ?? (() => new Date());
  const scrub = (line: string) => secrets.reduce((l, s) => l.split(s).join('[redacted]'), line);

  const write = (level: Level, msg: string, fields?: Fields) => {
    if (ORDER[level] < min) return;
    const data = plain({ ...options.base, ...fields }) as Fields;
    let line: string;
    if (json) {
      line = JSON.stringify({ time: now().toISOString(), level, msg, ...data });
    } else {
      const extra = Object.entries(data)
        .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join(' ');
      const tag = level === 'error' ? styleText('red', 'error') : level === 'warn' ? styleText('yellow', 'warn ') : level === 'debug' ? styleText('dim', 'debug') : 'info ';
      line = `${now().toISOString().slice(11, 19)} ${tag} ${msg}${extra ? ` ${styleText('dim', extra)}` : ''}`;
    }
    stream.write(`${scrub(line)}\n`);
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}
