/**
 * `npm start`: with DISCORD_TOKEN, Brano connects to Discord; without it, on a terminal, it opens the terminal
 * chat (and says how to connect Discord); without it and without a terminal, it exits 1 saying what is missing.
 * Logs go to stderr, as JSON lines unless stderr is a terminal; stdout stays clean.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BranoCore, CoreCache } from './core/brano.js';
import type { ArticleSource } from './core/corpus.js';
import { reportFaultsOnce } from './faults.js';
import type { ReloadOutcome } from './corpusStore.js';
import type { BotContext, ReloadResult } from './discord/interactions.js';

/** What `npm start` does. */
export type StartMode = 'discord' | 'chat' | 'refuse';

/**
 * Decides what `npm start` does.
 * @param token - the bot token, if configured
 * @param interactive - whether stdin and stdout are both terminals
 * @returns `discord` with a token; else `chat` on a terminal; else `refuse` (exit 1 with a message)
 */
export function startMode(token: string | undefined, interactive: boolean): StartMode {
  if (token) return 'discord';
  return interactive ? 'chat' : 'refuse';
}

/**
 * What `/reload` shows for a corpus store's reload.
 * @param outcome - the store's outcome
 * @returns the article count, or the error (`corpus: file:line: …`; the previous corpus keeps serving)
 */
export function toReloadResult(outcome: ReloadOutcome): ReloadResult {
  return outcome.ok ? { ok: true, articles: outcome.articles } : { ok: false, error: outcome.error };
}

/**
 * The snapshot cache for a corpus, unless the command line says `--no-cache`.
 * @param corpusDir - the corpus folder
 * @param cacheDir - the cache folder (`CACHE_DIR`)
 * @param argv - the command line
 * @returns the cache, or undefined to parse every file
 */
export async function snapshotSource(corpusDir: string, cacheDir: string, argv: readonly string[]): Promise<(ArticleSource & CoreCache) | undefined> {
  if (argv.includes('--no-cache')) return undefined;
  const { SnapshotCache, snapshotContext } = await import('./snapshotCache.js');
  return new SnapshotCache(cacheDir, snapshotContext(corpusDir));
}

/** Entry point. */
async function main(): Promise<void> {
  const { loadConfigOrExit, PROJECT_ROOT } = await import('./config.js');
  const cfg = await loadConfigOrExit();
  (await import('./lexicons.js')).installItalianData();
  const mode = startMode(cfg.discordToken, process.stdin.isTTY === true && process.stdout.isTTY === true);
  if (mode !== 'discord' || !cfg.discordToken) {
    if (mode === 'chat') {
      process.stderr.write('brano: no DISCORD_TOKEN, so here is the terminal chat. To connect Discord, set DISCORD_TOKEN in .env (see .env.example) and run npm run deploy, then npm start.\n');
      const [{ runCli }, { loadCorpus }, { createCore }, { loadLexicons }] = await Promise.all([
        import('./cliCommands.js'),
        import('./core/corpus.js'),
        import('./core/brano.js'),
        import('./lexicons.js'),
      ]);
      const source = await snapshotSource(cfg.corpusDir, cfg.cacheDir, process.argv);
      // The chat answers from the corpus folder's lexicon, like the bot.
      const onFault = reportFaultsOnce();
      const build = (): BranoCore => createCore(loadCorpus(cfg.corpusDir, source), { lexicons: loadLexicons(cfg.corpusDir), onFault, ...(source ? { cache: source } : {}) });
      process.exitCode = await runCli(['chat'], { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }, build);
      return;
    }
    process.stderr.write('brano: DISCORD_TOKEN is not set and there is no terminal for the chat. Set DISCORD_TOKEN (see .env.example) to run the Discord bot.\n');
    process.exit(1);
  }

  const { createLogger } = await import('./discord/logger.js');
  const shard = process.env['SHARDS'];
  const logger = createLogger({ level: cfg.logLevel, redact: [cfg.discordToken], ...(shard ? { base: { shard } } : {}) });
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { err: reason }));

  const { CorpusStore, onSighup } = await import('./corpusStore.js');
  let store: InstanceType<typeof CorpusStore>;
  try {
    // (an article whose speakers cannot be read is left out of /quote and /people: logged once, as a warning)
    const onFault = reportFaultsOnce((line) => logger.warn(line.replace(/^brano: /u, '').trim()));
    store = await CorpusStore.open(cfg.corpusDir, undefined, await snapshotSource(cfg.corpusDir, cfg.cacheDir, process.argv), onFault);
  } catch (err) {
    // A broken corpus or lexicon file is the user's to fix: its message names file and line, no stack trace.
    const known = err instanceof Error && (err.name === 'CorpusError' || err.name === 'LexiconFileError');
    logger.error('cannot load the corpus', known ? { error: err.message, corpusDir: cfg.corpusDir } : { err, corpusDir: cfg.corpusDir });
    process.exit(1);
  }
  const version = (JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  onSighup(store, { info: (message) => logger.info(message), error: (message) => logger.error(message) });

  const [{ startBot }, { COMMANDS }, { Cooldowns }, { openQuestionLog }] = await Promise.all([
    import('./discord/client.js'),
    import('../commands/index.js'),
    import('./discord/cooldowns.js'),
    import('./store/questionLog.js'),
  ]);
  const questions = openQuestionLog({ dataDir: cfg.dataDir, retentionDays: cfg.retentionDays, enabled: cfg.record, logger });
  const cacheDir = process.argv.includes('--no-cache') ? undefined : cfg.cacheDir;
  const askPool = cfg.askWorkers > 0 ? (await import('./discord/askPool.js')).startAskPool({ corpusDir: cfg.corpusDir, cacheDir, size: cfg.askWorkers, logger }) : undefined;
  const first = store.core;
  logger.info('starting', { version, articles: first.articles.length, paragraphs: first.index.paragraphs.length, apiUrl: cfg.apiUrl ?? 'default' });
  const bot: BotContext = { core: () => store.core, reload: () => store.reload().then(toReloadResult), version, cooldowns: new Cooldowns(cfg.cooldownSeconds, Date.now, cfg.cooldownCommands), logger, questions, ...(askPool ? { askPool } : {}) };
  let client: Awaited<ReturnType<typeof startBot>> | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    await client?.destroy();
    await askPool?.close();
    questions.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  try {
    client = await startBot({ token: cfg.discordToken, apiUrl: cfg.apiUrl, commands: COMMANDS, bot });
  } catch (err) {
    logger.error('cannot connect to Discord', { err });
    process.exit(1);
  }
  // Automatic sections are computed on first use; once connected, the rest are computed between interactions.
  const { setImmediate: nextTurn } = await import('node:timers/promises');
  store.core.prepareSections(() => nextTurn()).then(
    (articles) => logger.info('automatic sections ready', { articles }),
    (err: unknown) => logger.error('automatic sections failed', { err }),
  );
}

const invokedPath = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : '';
if (import.meta.url === invokedPath) void main();
