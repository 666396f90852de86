/**
 * The served corpus, reloadable while Brano answers: holds the current BranoCore, rebuilds a new one in the
 * background on request (SIGHUP, or a call), and swaps it in with one assignment. Every interaction takes the core
 * that is current when it starts and keeps it to the end, so a reload never loses or mixes an answer. A broken file
 * keeps the last good core and reports `corpus: file:line: problem`.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { createCoreAsync, type ArticleFault, type BranoCore, type CoreCache } from './core/brano.js';
import { CorpusError, articleFileNames, claimSlug, decodeCorpusFile, fileStamp, parseArticle, type ArticleSource, type FileStamp } from './core/corpus.js';
import { paragraphCount } from './core/lazyArticle.js';
import type { Article } from './core/types.js';
import { reportFaultsOnce } from './faults.js';
import { LexiconFileError, loadLexicons } from './lexicons.js';

/**
 * Builds a core from parsed articles (default: `backgroundBuilder`). May be async, to build in steps; a builder
 * that does should report each step's duration to `onStep`, else the whole build counts as one block.
 */
export type CoreBuilder = (articles: readonly Article[], onStep?: (ms: number) => void) => BranoCore | Promise<BranoCore>;

/**
 * The default builder: `createCoreAsync` with the lexicons read afresh (Brano's general layer and the folder's own
 * `lexicon/`, src/lexicons.ts), giving the event loop a turn between articles so interactions are answered while a
 * core is built. A lexicon file that cannot be used throws `lexicon: file:line: …`, so a reload keeps the last core.
 * @param dir - the corpus folder
 * @param cache - where the passage index and automatic sections are kept between runs (a snapshot cache), if anywhere
 * @param onFault - who hears of an article whose speakers cannot be read (default: one line on stderr per article)
 * @returns a builder of cores for that folder
 */
export function backgroundBuilder(dir: string, cache?: CoreCache, onFault: (fault: ArticleFault) => void = reportFaultsOnce()): CoreBuilder {
  return (articles, onStep) => createCoreAsync(articles, { lexicons: loadLexicons(dir), onFault, ...(cache ? { cache } : {}) }, { yieldToLoop: () => yieldToLoop(), onStep });
}

/**
 * Whether an article source also keeps passage indexes and sections (a snapshot cache does).
 * @param source - an article source
 * @returns true when it has their `load` and `save` functions
 */
function keepsIndexes(source: ArticleSource | undefined): source is ArticleSource & CoreCache {
  const s = source as Partial<CoreCache> | undefined;
  return typeof s?.load === 'function' && typeof s.save === 'function' && typeof s.loadSections === 'function' && typeof s.saveSections === 'function';
}

/** How a reload went. */
export type ReloadOutcome =
  | {
      readonly ok: true;
      /** The generation now served (1 = the first load). */
      readonly generation: number;
      readonly articles: number;
      readonly paragraphs: number;
      /** Wall time of the whole reload. */
      readonly ms: number;
      /** Wall time of building the core, including the turns the event loop got meanwhile. */
      readonly buildMs: number;
      /** The longest stretch the reload held the event loop (one article's parse, or one step of the build). */
      readonly longestStepMs: number;
    }
  | {
      readonly ok: false;
      /** `corpus: file:line: problem` or `lexicon: file:line: problem` — the core in service is unchanged. */
      readonly error: string;
      /** The generation still served. */
      readonly generation: number;
    };

/** Something that emits SIGHUP: the process, or an EventEmitter in tests. */
export interface SignalSource {
  on(event: 'SIGHUP', listener: () => void): unknown;
  off(event: 'SIGHUP', listener: () => void): unknown;
}

/** Where reload messages go: `console`, or a pino logger, fits. */
export interface ReloadLog {
  info(message: string): void;
  error(message: string): void;
}

/** Parsed articles by file name and content digest, so a reload parses only the files that changed. */
export type ParseCache = Map<string, { readonly digest: string; readonly stamp?: FileStamp; readonly article: Article }>;

/**
 * Loads a corpus folder like `loadCorpus`, without holding the event loop: files are read asynchronously and the
 * loop gets a turn between articles.
 * @param dir - the corpus folder
 * @param onStep - told how long each synchronous step (one article's parse) took, in ms
 * @param cache - parsed articles of a previous load; unchanged files are reused, and the cache is updated
 * @param source - a snapshot cache for the files `cache` does not hold (default: parse them)
 * @returns the articles, in file-name order
 * @throws CorpusError naming the file (and line) when a file is broken, two share a slug, or there are none
 */
export async function loadCorpusAsync(dir: string, onStep: (ms: number) => void = () => {}, cache?: ParseCache, source?: ArticleSource): Promise<Article[]> {
  let entries: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a folder');
    entries = await readdir(dir);
  } catch (err) {
    throw new CorpusError(dir, undefined, `cannot read the corpus folder (${(err as Error).message})`);
  }
  const names = articleFileNames(dir, entries);
  const seen = new Map<string, string>();
  const articles: Article[] = [];
  if (cache) for (const name of [...cache.keys()]) if (!names.includes(name)) cache.delete(name);
  for (const name of names) {
    const path = join(dir, name);
    let stamp: FileStamp;
    try {
      stamp = fileStamp(await stat(path, { bigint: true }));
    } catch (err) {
      throw new CorpusError(name, undefined, `cannot read the file (${(err as Error).message})`);
    }
    const previous = cache?.get(name);
    // Unchanged since the last load (same stamp): neither read nor hashed.
    let article = previous && sameStamp(previous.stamp, stamp) ? previous.article : source?.known?.(dir, name, stamp);
    let digest = previous?.digest ?? '';
    const read = !article;
    if (!article) {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(path);
      } catch (err) {
        throw new CorpusError(name, undefined, `cannot read the file (${(err as Error).message})`);
      }
      const t = performance.now();
      digest = cache ? createHash('sha1').update(bytes).digest('hex') : '';
      const parse = () => parseArticle(decodeCorpusFile(bytes, name), name);
      article = previous && previous.digest === digest ? previous.article : source ? source.article(name, bytes, parse, stamp) : parse();
      onStep(performance.now() - t);
    }
    cache?.set(name, { digest, stamp, article });
    claimSlug(seen, article);
    articles.push(article);
    // A turn for the event loop after each file parsed or read, and every 64 known unchanged.
    if (read || articles.length % 64 === 0) await yieldToLoop();
  }
  source?.loaded?.(dir, articles);
  return articles;
}

const sameStamp = (a: FileStamp | undefined, b: FileStamp) => a !== undefined && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs && a.ino === b.ino;

/** The current core of a corpus folder, with background reload and atomic swap. */
export class CorpusStore {
  private current: BranoCore;
  private gen = 1;
  private running: Promise<ReloadOutcome> | undefined;
  private queued: Promise<ReloadOutcome> | undefined;
  private error: string | undefined;
  private readonly parsed: ParseCache;

  /**
   * @param dir - the corpus folder
   * @param core - the core already built from it
   * @param build - how to build a core from articles (default `backgroundBuilder(dir)`)
   * @param parsed - the parse cache of the load that built `core`, if any
   * @param source - where files that changed come from: a snapshot cache, or (default) parsing
   */
  constructor(
    readonly dir: string,
    core: BranoCore,
    private readonly build: CoreBuilder = backgroundBuilder(dir),
    parsed: ParseCache = new Map(),
    private readonly source?: ArticleSource,
  ) {
    this.current = core;
    this.parsed = parsed;
  }

  /**
   * Loads a folder and builds its first core.
   * @param dir - the corpus folder
   * @param build - how to build a core (default `backgroundBuilder(dir)`: in steps, with the folder's lexicon, and the
   *   passage index kept in `source` when it is a snapshot cache)
   * @param source - a snapshot cache (src/snapshotCache.ts) to load unchanged articles (and the index of an unchanged
   *   corpus) from, at start and on reload
   * @param onFault - who hears of an article whose speakers cannot be read, with the default builder (default: one
   *   line on stderr per article)
   * @returns the store, serving generation 1
   * @throws CorpusError when the corpus cannot be served
   * @example
   * const store = await CorpusStore.open(config.corpusDir);
   * store.core.ask('Chi ha rilasciato Llama 2?');
   */
  static async open(dir: string, build?: CoreBuilder, source?: ArticleSource, onFault?: (fault: ArticleFault) => void): Promise<CorpusStore> {
    build ??= backgroundBuilder(dir, keepsIndexes(source) ? source : undefined, onFault);
    const parsed: ParseCache = new Map();
    const core = await build(await loadCorpusAsync(dir, undefined, parsed, source));
    return new CorpusStore(dir, core, build, parsed, source);
  }

  /** The core to use for one interaction: take it once at the start and keep it until the reply is sent. */
  get core(): BranoCore {
    return this.current;
  }

  /** How many cores have been served: 1 after opening, +1 per successful reload. */
  get generation(): number {
    return this.gen;
  }

  /** The last reload's error (`corpus: file:line: …`), cleared by a successful reload. */
  get lastError(): string | undefined {
    return this.error;
  }

  /** Whether a reload is under way. */
  get reloading(): boolean {
    return this.running !== undefined;
  }

  /**
   * Rebuilds the core from the folder in the background and swaps it in when it is ready. Requests made while a
   * reload runs share one follow-up reload (it may have read the files before they changed).
   * @returns how it went; a failure leaves the current core in service
   */
  reload(): Promise<ReloadOutcome> {
    if (!this.running) {
      this.running = this.rebuild().finally(() => {
        this.running = undefined;
      });
      return this.running;
    }
    this.queued ??= this.running.then(() => {
      this.queued = undefined;
      return this.reload();
    });
    return this.queued;
  }

  private async rebuild(): Promise<ReloadOutcome> {
    const started = performance.now();
    let longest = 0;
    try {
      const articles = await loadCorpusAsync(this.dir, (ms) => (longest = Math.max(longest, ms)), this.parsed, this.source);
      await yieldToLoop();
      const t = performance.now();
      let stepped = false;
      const core = await this.build(articles, (ms) => {
        stepped = true;
        longest = Math.max(longest, ms);
      });
      const buildMs = performance.now() - t;
      if (!stepped) longest = Math.max(longest, buildMs);
      this.current = core;
      this.gen++;
      this.error = undefined;
      return {
        ok: true,
        generation: this.gen,
        articles: articles.length,
        // counted without reading the paragraphs of articles served from the corpus manifest
        paragraphs: articles.reduce((a, x) => a + paragraphCount(x), 0),
        ms: performance.now() - started,
        buildMs,
        longestStepMs: longest,
      };
    } catch (err) {
      const error = err instanceof CorpusError || err instanceof LexiconFileError ? err.message : `corpus: reload failed: ${(err as Error).message}`;
      this.error = error;
      return { ok: false, error, generation: this.gen };
    }
  }
}

/**
 * Reloads the store on SIGHUP (`kill -HUP <pid>`), logging the outcome.
 * @param store - the store to reload
 * @param log - where to report
 * @param signals - the process to listen on (tests pass an EventEmitter)
 * @returns a function that stops listening
 */
export function onSighup(store: CorpusStore, log: ReloadLog, signals: SignalSource = process): () => void {
  const handler = () => {
    log.info(`corpus: reloading ${store.dir} (SIGHUP)`);
    void store.reload().then((r) => {
      if (r.ok) {
        log.info(`corpus: reloaded ${r.articles} articles, ${r.paragraphs} paragraphs in ${Math.round(r.ms)} ms (generation ${r.generation})`);
      } else {
        log.error(`${r.error} — still serving generation ${r.generation}`);
      }
    });
  };
  signals.on('SIGHUP', handler);
  return () => {
    signals.off('SIGHUP', handler);
  };
}
