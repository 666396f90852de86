/**
 * Configuration: read from the environment (and `.env`) once, validated, with messages that say what to fix.
 * The rest of Brano receives a `Config` object and never reads `process.env` itself.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from './core/projectRoot.js';

/** Brano's settings. */
export interface Config {
  /** Bot token; absent means "no Discord: offer the terminal chat". Never logged. */
  readonly discordToken: string | undefined;
  /** Application (client) id, needed to register commands. */
  readonly applicationId: string | undefined;
  /** Guild to register commands in (instant); global registration when absent. */
  readonly guildId: string | undefined;
  /** REST API base, e.g. a REST proxy; discord.js's default when absent. */
  readonly apiUrl: string | undefined;
  /** Shards for `npm run start:sharded`: a number, or `auto` (Discord's recommendation). */
  readonly shardCount: number | 'auto';
  /** Folder of `*.md` articles. */
  readonly corpusDir: string;
  /** Where article snapshots are kept (`CACHE_DIR`, default `.cache/` in the project). */
  readonly cacheDir: string;
  /** The rate limit's window: a user may run `cooldownCommands` commands per this many seconds (0: no limit). */
  readonly cooldownSeconds: number;
  /** How many commands a user may run back to back before waiting for the window to refill. */
  readonly cooldownCommands: number;
  /** Log level. */
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Folder of the question log's database (created on first use). */
  readonly dataDir: string;
  /** Questions and feedback older than this many days are deleted. */
  readonly retentionDays: number;
  /** Whether questions and feedback are recorded (`BRANO_RECORD=0` turns it off). */
  readonly record: boolean;
  /** Worker threads answering `/ask` off the gateway's event loop (`ASK_WORKERS`; 0: answered on it). */
  readonly askWorkers: number;
}

/** A configuration value that cannot be used. */
export class ConfigError extends Error {
  /** @param message - what is wrong and how to fix it */
  constructor(message: string) {
    super(`config: ${message}`);
    this.name = 'ConfigError';
  }
}

/** The project's root folder (where `package.json` and `corpus/` live), wherever the code runs from. */
export { PROJECT_ROOT };

const SNOWFLAKE = /^\d{17,20}$/;

/**
 * Reads and validates the configuration.
 * @param env - the environment (usually `process.env` after `.env` was loaded)
 * @returns the configuration
 * @throws ConfigError naming the variable and the expected form
 */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const str = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };
  const token = str('DISCORD_TOKEN');
  if (token && (/\s/.test(token) || token.length < 20)) {
    throw new ConfigError('DISCORD_TOKEN does not look like a bot token (copy it from the Developer Portal → Bot → Reset Token)');
  }
  const snowflake = (name: string): string | undefined => {
    const v = str(name);
    if (v && !SNOWFLAKE.test(v)) throw new ConfigError(`${name} must be a Discord id (17–20 digits), got ${JSON.stringify(v.slice(0, 40))}`);
    return v;
  };
  const apiUrl = str('DISCORD_API_URL');
  if (apiUrl && !/^https?:\/\/[^\s]+$/.test(apiUrl)) throw new ConfigError(`DISCORD_API_URL must be an http(s) URL, got ${JSON.stringify(apiUrl.slice(0, 80))}`);
  const cooldownRaw = str('COOLDOWN_SECONDS') ?? '20';
  const cooldownSeconds = Number(cooldownRaw);
  if (!Number.isFinite(cooldownSeconds) || cooldownSeconds < 0 || cooldownSeconds > 3600) {
    throw new ConfigError(`COOLDOWN_SECONDS must be a number of seconds from 0 to 3600, got ${JSON.stringify(cooldownRaw)}`);
  }
  const commandsRaw = str('COOLDOWN_COMMANDS') ?? '5';
  const cooldownCommands = Number(commandsRaw);
  if (!Number.isInteger(cooldownCommands) || cooldownCommands < 1 || cooldownCommands > 1000) {
    throw new ConfigError(`COOLDOWN_COMMANDS must be a whole number of commands from 1 to 1000, got ${JSON.stringify(commandsRaw)}`);
  }
  const shardsRaw = (str('DISCORD_SHARD_COUNT') ?? 'auto').toLowerCase();
  const shardCount = shardsRaw === 'auto' ? 'auto' : Number(shardsRaw);
  if (shardCount !== 'auto' && (!Number.isInteger(shardCount) || shardCount < 1 || shardCount > 1000)) {
    throw new ConfigError(`DISCORD_SHARD_COUNT must be auto or a whole number from 1 to 1000, got ${JSON.stringify(shardsRaw.slice(0, 20))}`);
  }
  const logLevel = (str('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be debug, info, warn or error, got ${JSON.stringify(logLevel)}`);
  const retentionRaw = str('RETENTION_DAYS') ?? '90';
  const retentionDays = Number(retentionRaw);
  if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 3650) {
    throw new ConfigError(`RETENTION_DAYS must be a whole number of days from 1 to 3650, got ${JSON.stringify(retentionRaw.slice(0, 20))}`);
  }
  const recordRaw = (str('BRANO_RECORD') ?? '1').toLowerCase();
  if (!['0', '1', 'true', 'false', 'on', 'off', 'yes', 'no'].includes(recordRaw)) throw new ConfigError(`BRANO_RECORD must be 1 (record) or 0 (record nothing), got ${JSON.stringify(recordRaw.slice(0, 20))}`);
  // One worker by default where there is a second core; each holds a copy of the corpus and its index.
  const workersRaw = str('ASK_WORKERS') ?? (availableParallelism() > 1 ? '1' : '0');
  const askWorkers = Number(workersRaw);
  if (!Number.isInteger(askWorkers) || askWorkers < 0 || askWorkers > 16) {
    throw new ConfigError(`ASK_WORKERS must be a whole number of worker threads from 0 to 16, got ${JSON.stringify(workersRaw.slice(0, 20))}`);
  }
  return {
    discordToken: token,
    applicationId: snowflake('DISCORD_APPLICATION_ID'),
    guildId: snowflake('DISCORD_GUILD_ID'),
    apiUrl,
    shardCount,
    corpusDir: resolve(str('CORPUS_DIR') ?? resolve(PROJECT_ROOT, 'corpus')),
    cacheDir: resolve(str('CACHE_DIR') ?? resolve(PROJECT_ROOT, '.cache')),
    cooldownSeconds,
    cooldownCommands,
    logLevel: logLevel as Config['logLevel'],
    dataDir: resolve(str('DATA_DIR') ?? resolve(PROJECT_ROOT, 'data')),
    retentionDays,
    record: ['1', 'true', 'on', 'yes'].includes(recordRaw),
    askWorkers,
  };
}

/**
 * For entry points: loads `.env` (quietly: stdout stays clean), reads the configuration, and on a bad value
 * prints what to fix on stderr and exits 1.
 * @returns the configuration
 */
export async function loadConfigOrExit(): Promise<Config> {
  const { config } = await import('dotenv');
  config({ quiet: true });
  try {
    return readConfig(process.env);
  } catch (err) {
    process.stderr.write(`brano: ${(err as Error).message}\n`);
    process.exit(1);
  }
}
