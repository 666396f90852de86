/**
 * `npm run bench`: first what a user waits for — start-up to the first answer and whole `ask --batch` runs, each a fresh
 * process from spawn to exit with its peak RSS, on a realistic corpus (SQuAD-it dev articles copied with perturbed
 * vocabularies): Brano from the files (no snapshot, writing snapshots, warm snapshots) against MiniSearch with its
 * defaults and natural's TfIdf, both reading and indexing the raw text of the same files. Then the index internals
 * below, labelled as such: Brano's TfIdfIndex against natural's TfIdf (as shipped) and MiniSearch on the same
 * pre-analysed terms, plus Brano's whole ask pipeline and the cold CLI's first answer.
 *
 * Every engine runs in a fresh child process (`node --expose-gc`), so build time, memory and query latency are not
 * disturbed by the others. All engines index the same Brano-analysed terms (tokenised, stopwords removed, stemmed
 * by src/core/analysis.ts), computed once by the parent: the comparison is of indexes, not of tokenisers.
 * `--minisearch-raw` adds MiniSearch with its own defaults on the raw paragraph text.
 *
 * Options: `--json`, `--real-sizes 2000,10000` (realistic corpus; up to 100000), `--headings no|yes|both`,
 * `--batch-sizes 10000`, `--batch-questions 100`, `--natural-max 30000`, `--sizes 16,10000` (16 or fewer = the real article), `--queries N` (default 300),
 * `--natural-queries N` (default 300 up to 20,000 paragraphs, 20 above), `--ask-queries N` (default 100),
 * `--cli-runs N` (default 10; 0 skips the CLI timing), `--reload-articles N` (default 1000; 0 skips),
 * `--discord-burst N` (default 500; 0 skips), `--burst-rounds N` (default 5), `--record-queries N` (default 400; 0 skips), `--dev-ask N` (questions timed
 * through `ask` over the SQuAD-it dev corpus, default 400; 0 skips), `--seed S`, `--minisearch-raw`.
 * Files go under .bench/ (gitignored).
 *
 * "Discord burst": Brano's real discord.js client (`startBot`, as `npm start`, recording questions) against the fake
 * Discord of the end-to-end tests, on the real article; N interactions are sent at once and the interaction → callback
 * latency is measured by the fake, which runs in a worker thread of its own (scripts/benchFakeDiscord.ts) so that
 * Discord's work is not done on the bot's event loop, and which checks every request body against Discord's schema
 * once the burst is answered (on arrival, the checking would share the machine's cores with the bot and delay every
 * later callback by it). A do-nothing discord.js bot gets the same burst, in turn with Brano's, `--burst-rounds` times (each
 * a fresh process, the same seed): on two cores one burst's p99 moves by a third with what else the machine does, so
 * the ratio reported is the median of the rounds' ratios, with every round's figures beside it. The fake lives in test/support/ and is compiled with this script (tsc emits every file a
 * compiled file imports, so it lands in dist/test/support/); it needs the devDependencies ws and ajv, which `npm ci`
 * installs, and the pinned copy of Discord's OpenAPI file (test/fixtures/discord-api-spec/openapi.json) to check every
 * body — without that file the bench stops with an error. `BENCH_BURST_PROFILE=DIR` writes a CPU profile of the bot's
 * thread during each burst (Brano's and the do-nothing bot's) to DIR.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync, realpathSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../src/config.js';
import { analyze } from '../src/core/analysis.js';
import { TfIdfIndex, type WeightedTerm } from '../src/core/tfidfIndex.js';
import { loadCorpus } from '../src/core/corpus.js';
import { synthArticles, synthQueries, writeSynthCorpus } from './synthCorpus.js';
import { SQUAD_DIR, writeRealCorpus } from './realCorpus.js';
import type { BurstFigures, BurstQuestions } from './benchFakeDiscord.js';

const require = createRequire(import.meta.url);
const BENCH_DIR = join(PROJECT_ROOT, '.bench');
const SCRIPT = join(PROJECT_ROOT, 'dist', 'scripts', 'bench.js');
const CLI = join(PROJECT_ROOT, 'dist', 'src', 'cli.js');
const RELOAD_PARAGRAPHS_PER_ARTICLE = 10;
const CLI_QUESTION = 'In che anno Google ha lanciato Android?';
/** Hits asked of every engine per query. */
const TOP_K = 10;

type Engine = 'brano' | 'natural' | 'minisearch' | 'minisearch-raw';

/** What a child reports for one engine at one size. */
export interface EngineResult {
  readonly engine: Engine;
  readonly paragraphs: number;
  readonly buildMs: number;
  /** Δ(heapUsed + arrayBuffers) across the build, after full GCs, in MB. */
  readonly memoryMB: number;
  readonly queries: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
}

/** Brano's whole pipeline (load, createCore, ask) at one size. */
export interface AskResultFigures {
  readonly paragraphs: number;
  readonly sentences: number;
  readonly loadMs: number;
  readonly createCoreMs: number;
  readonly memoryMB: number;
  readonly queries: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Ask's candidate searches, measured separately on the same queries (p50 each). */
  readonly parts: Record<string, number>;
}

/** A background reload of a generated corpus while asks keep arriving. */
export interface ReloadFigures {
  /** A /reload when no file changed (the store's parsed articles and the snapshots serve every file). */
  readonly unchangedReloadMs: number;
  readonly articles: number;
  readonly paragraphs: number;
  readonly reloadMs: number;
  readonly buildMs: number;
  readonly longestStepMs: number;
  readonly eventLoopDelayMaxMs: number;
  readonly eventLoopDelayP99Ms: number;
  /** Asks answered while the reload ran. */
  readonly asksServed: number;
}

/** A burst of interactions through the real client and the fake Discord (figures measured by the fake). */
export interface DiscordBurstFigures extends BurstFigures {
  /** CPU milliseconds the bot's event-loop thread spent from the burst's start to its last answer (Linux only). */
  readonly botCpuMs?: number | undefined;
  /** Worker threads answering `/ask` (the ask pool), and how many questions they answered in the burst and warm-up. */
  readonly askWorkers?: number;
  readonly answeredOffThread?: number;
}

/** One size's figures. */
/** What recording questions costs (see runRecordChild). */
export interface RecordFigures {
  readonly questions: number;
  /** Rows the "on" rounds left in the question log (warm-up included). */
  readonly recordedRows: number;
  readonly onPerSecond: number;
  readonly offPerSecond: number;
  /** Extra milliseconds per answer with recording on (can be ≤ 0 within noise). */
  readonly costPerAnswerMs: number;
}

export interface SizeResult {
  readonly paragraphs: number;
  readonly source: 'real article' | 'synthetic';
  readonly analysisMs: number;
  readonly tokens: number;
  readonly engines: EngineResult[];
  readonly ask?: AskResultFigures;
}

/** One way of getting from files on disk to answers, timed as a user waits: a fresh process, start to exit. */
export interface StartupRow {
  readonly engine: 'brano (no snapshot)' | 'brano (writing snapshot)' | 'brano (warm snapshot)' | 'minisearch' | 'natural';
  /** Start of the process to its exit after the first answer (or after the whole batch). */
  readonly wallMs: number;
  /** Peak resident set size of the process (maxRSS), MB. */
  readonly peakRssMB: number;
}

/** Start-up on a realistic corpus (SQuAD-it dev articles, perturbed copies) of one size. */
export interface StartupFigures {
  readonly paragraphs: number;
  readonly articles: number;
  readonly headings: boolean;
  readonly corpusMB: number;
  /** Cold start to the first answer. */
  readonly first: StartupRow[];
  /** Read, index, then answer `batchQuestions` questions (`ask --batch`), when measured at this size. */
  readonly batch?: StartupRow[];
  readonly batchQuestions?: number;
  /** In one process with the corpus loaded: a question, then two misspelt ones (the typo index must not make the first wait). */
  readonly typo?: TypoFigures;
}

/** Whether the first misspelt question waits for something built on the spot: one process, one corpus. */
export interface TypoFigures {
  /** A correctly spelt question first (the JIT warms up on it). */
  readonly spelt: { readonly question: string; readonly ms: number };
  readonly first: { readonly question: string; readonly ms: number };
  readonly second: { readonly question: string; readonly ms: number };
}

/** The whole run. */
export interface BenchReport {
  readonly seed: number;
  readonly node: string;
  readonly cpus: number;
  /** 1-minute load average at the start and the end: other work on the machine skews the tails. */
  readonly loadAverage: readonly [number, number];
  readonly sizes: SizeResult[];
  readonly startup: StartupFigures[];
  readonly reload?: ReloadFigures;
  readonly discord?: DiscordBurstFigures | { readonly skipped: string };
  /** The same burst answered by a discord.js bot that does nothing (the floor for Brano's Discord latency). */
  readonly discordBaseline?: DiscordBurstFigures;
  /**
   * Every round of the two bursts (Brano's, then the do-nothing bot's), and the median of their p99 ratios; `discord`
   * and `discordBaseline` are the round with the median ratio.
   */
  readonly discordRounds?: { readonly rounds: readonly { readonly branoP99Ms: number; readonly baselineP99Ms: number; readonly ratio: number }[]; readonly medianRatio: number };
  readonly record?: RecordFigures;
  readonly cli?: { runs: number; nodeP50Ms: number; nodeMinMs: number; npmP50Ms: number; npmOverheadMs: number; goalMs: number };
  readonly summary?: ColdSummaryFigures;
  readonly devAsk?: DevAskFigures;
  readonly totalSeconds: number;
}

/**
 * The q-quantile of samples (nearest rank).
 * @param samples - the values
 * @param q - 0…1
 * @returns the quantile, 0 for no samples
 */
export function quantile(samples: readonly number[], q: number): number {
  if (!samples.length) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
}

function memory(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

interface QueryFile {
  readonly warmup: { text: string; terms: string[] }[];
  readonly measured: { text: string; terms: string[] }[];
}

function dataPaths(size: number, seed: number) {
  const base = join(BENCH_DIR, `data-${size}-${seed}`);
  return { terms: `${base}.terms.txt`, paragraphs: `${base}.paragraphs.json`, queries: `${base}.queries.json`, corpus: size <= 16 ? join(PROJECT_ROOT, 'corpus') : join(BENCH_DIR, `corpus-${size}-${seed}`) };
}

// ---------------------------------------------------------------- child side

function timeQueries(queries: QueryFile, limit: number, run: (q: { text: string; terms: string[] }) => unknown): number[] {
  // Warm-up (JIT) on other queries: up to 100 of them, or 3 s, whichever comes first.
  const warmStart = performance.now();
  for (const q of queries.warmup) {
    if (performance.now() - warmStart > 3000) break;
    run(q);
  }
  const times: number[] = [];
  for (const q of queries.measured.slice(0, limit)) {
    const t = performance.now();
    run(q);
    times.push(performance.now() - t);
  }
  return times;
}

interface NaturalTfIdf {
  addDocument(doc: string[]): void;
  tfidfs(terms: string[]): number[];
}
interface MiniSearchLike {
  addAll(docs: readonly object[]): void;
  search(query: string): { id: number }[];
}

async function runEngineChild(engine: Engine, size: number, seed: number, limit: number): Promise<EngineResult> {
  const paths = dataPaths(size, seed);
  const queries = JSON.parse(readFileSync(paths.queries, 'utf8')) as QueryFile;
  const input = {
    raw: engine === 'minisearch-raw' ? (JSON.parse(readFileSync(paths.paragraphs, 'utf8')) as string[]) : [],
    docs: engine === 'minisearch-raw' ? [] : readFileSync(paths.terms, 'utf8').split('\n').map((l) => (l ? l.split(' ') : [])),
  };
  gc();
  const before = memory();
  const t = performance.now();
  let query: (q: { text: string; terms: string[] }) => unknown;
  if (engine === 'brano') {
    const index = TfIdfIndex.build(input.docs);
    query = (q) => index.search(q.terms.map((term): WeightedTerm => ({ term, weight: 1 })), TOP_K);
  } else if (engine === 'natural') {
    const TfIdf = require('natural/lib/natural/tfidf/tfidf.js') as new () => NaturalTfIdf;
    const tfidf = new TfIdf();
    for (const d of input.docs) tfidf.addDocument(d);
    query = (q) => tfidf.tfidfs(q.terms);
  } else {
    const { default: MiniSearch } = (await import('minisearch')) as unknown as { default: new (o: object) => MiniSearchLike };
    if (engine === 'minisearch') {
      // Same analysed terms as the others: arrays go through untouched (stringifyField/tokenize/processTerm).
      const ms = new MiniSearch({
        fields: ['terms'],
        stringifyField: (v: unknown) => v,
        tokenize: (v: string | string[]) => (typeof v === 'string' ? v.split(' ') : v),
        processTerm: (term: string) => term,
      });
      ms.addAll(input.docs.map((terms, id) => ({ id, terms })));
      query = (q) => ms.search(q.terms.join(' ')).slice(0, TOP_K);
    } else {
      const ms = new MiniSearch({ fields: ['text'] });
      ms.addAll(input.raw.map((text, id) => ({ id, text })));
      query = (q) => ms.search(q.text).slice(0, TOP_K);
    }
  }
  const buildMs = performance.now() - t;
  gc();
  const memoryMB = (memory() - before) / 1e6;
  // The inputs are no longer needed by any engine: free them so queries run on a lean heap.
  input.docs = [];
  input.raw = [];
  gc();
  const times = timeQueries(queries, limit, query);
  return {
    engine,
    paragraphs: size,
    buildMs: round(buildMs, 1),
    memoryMB: round(memoryMB, 1),
    queries: times.length,
    p50Ms: round(quantile(times, 0.5)),
    p99Ms: round(quantile(times, 0.99)),
    meanMs: round(times.reduce((a, b) => a + b, 0) / (times.length || 1)),
  };
}

/** The paragraphs of a corpus file as a peer sees them: the body's blocks, headings left out. */
function rawParagraphs(text: string): string[] {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body.split(/\n\s*\n/).map((b) => b.trim()).filter((b) => b && !b.startsWith('## '));
}

/**
 * A peer engine from the files, as Brano starts: read every file, index the raw text with the engine's own defaults,
 * answer the questions (top 10 each).
 */
async function runPeerFilesChild(engine: 'minisearch' | 'natural', corpus: string, questionsFile: string): Promise<{ paragraphs: number; answered: number }> {
  const { readdirSync } = await import('node:fs');
  const questions = readFileSync(questionsFile, 'utf8').split('\n').filter(Boolean);
  const paragraphs: string[] = [];
  for (const name of readdirSync(corpus).filter((n) => n.endsWith('.md')).sort()) paragraphs.push(...rawParagraphs(readFileSync(join(corpus, name), 'utf8')));
  let answered = 0;
  if (engine === 'minisearch') {
    const { default: MiniSearch } = (await import('minisearch')) as unknown as { default: new (o: object) => MiniSearchLike };
    const ms = new MiniSearch({ fields: ['text'] });
    ms.addAll(paragraphs.map((text, id) => ({ id, text })));
    for (const q of questions) if (ms.search(q).slice(0, TOP_K).length) answered++;
  } else {
    const TfIdf = require('natural/lib/natural/tfidf/tfidf.js') as new () => NaturalTfIdf & { addDocument(doc: string): void; tfidfs(q: string, cb?: unknown): number[] };
    const tfidf = new TfIdf();
    for (const p of paragraphs) tfidf.addDocument(p);
    for (const q of questions) {
      const scores = tfidf.tfidfs(q);
      if (scores.some((x) => x > 0)) answered++;
    }
  }
  return { paragraphs: paragraphs.length, answered };
}

/**
 * A word of a question misspelt: two neighbouring letters swapped in its longest word of 7 or more letters.
 * @param question - a question
 * @returns the question with the typo, or undefined when no word is long enough
 */
export function misspell(question: string): string | undefined {
  const words = question.match(/\p{L}{7,}/gu);
  if (!words) return undefined;
  const word = words.reduce((a, b) => (b.length > a.length ? b : a));
  const i = Math.floor(word.length / 2);
  const typo = word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1);
  return typo === word ? undefined : question.replace(word, typo);
}

/**
 * As a server starts (the core built up front), then a correctly spelt question, and two misspelt ones, each timed.
 * @param corpus - the corpus folder
 * @returns the three timings
 */
async function runTypoChild(corpus: string): Promise<TypoFigures> {
  const [{ createCore }, { loadLexicons }] = await Promise.all([import('../src/core/brano.js'), import('../src/lexicons.js')]);
  const core = createCore(loadCorpus(corpus), { lexicons: loadLexicons(corpus) });
  const questions = squadQuestions(400);
  const typos = questions.map(misspell).filter((q): q is string => q !== undefined);
  const timed = (question: string) => {
    const t = performance.now();
    core.ask(question);
    return { question, ms: round(performance.now() - t, 1) };
  };
  const spelt = timed(questions[0]!);
  return { spelt, first: timed(typos[1]!), second: timed(typos[2]!) };
}

async function runAskChild(size: number, seed: number, limit: number): Promise<AskResultFigures> {
  const paths = dataPaths(size, seed);
  const queries = JSON.parse(readFileSync(paths.queries, 'utf8')) as QueryFile;
  const { createCore } = await import('../src/core/brano.js');
  const { loadLexicons } = await import('../src/lexicons.js');
  const { DEFAULT_RANKING } = await import('../src/core/ask.js');
  gc();
  const before = memory();
  let t = performance.now();
  const articles = loadCorpus(paths.corpus);
  const loadMs = performance.now() - t;
  t = performance.now();
  const core = createCore(articles, { lexicons: loadLexicons(paths.corpus) });
  const createCoreMs = performance.now() - t;
  gc();
  const memoryMB = (memory() - before) / 1e6;
  const times = timeQueries(queries, limit, (q) => core.ask(q.text));
  // Stage one of ask, timed alone on the same queries: the candidate searches over paragraphs (k) and sentences
  // (2k). Stage two scores only those candidates, so its cost follows k, not the size of the corpus.
  const index = core.index;
  const k = DEFAULT_RANKING.candidates;
  const measured = queries.measured.slice(0, Math.min(limit, 30));
  const termsOf = (text: string) => [...new Set(analyze(text, 'it').map((x) => x.term))].map((term) => ({ term, weight: 1 }));
  const part = (f: (terms: WeightedTerm[]) => unknown) => {
    for (const q of queries.warmup.slice(0, 30)) f(termsOf(q.text));
    const times = measured.map((q) => {
      const terms = termsOf(q.text);
      const s = performance.now();
      f(terms);
      return performance.now() - s;
    });
    return round(quantile(times, 0.5));
  };
  const parts = {
    [`paragraphIndex.search(k=${k})`]: part((q) => index.paragraphIndex.search(q, k)),
    [`sentenceIndex.search(k=${2 * k})`]: part((q) => index.sentenceIndex.search(q, 2 * k)),
  };
  return {
    paragraphs: index.paragraphs.length,
    sentences: index.sentences.length,
    loadMs: round(loadMs, 1),
    createCoreMs: round(createCoreMs, 1),
    memoryMB: round(memoryMB, 1),
    queries: times.length,
    p50Ms: round(quantile(times, 0.5)),
    p99Ms: round(quantile(times, 0.99)),
    parts,
  };
}

async function runReloadChild(articles: number, seed: number): Promise<ReloadFigures> {
  const dir = join(BENCH_DIR, `reload-${articles}-${seed}`);
  if (!existsSync(join(dir, '.complete'))) {
    writeSynthCorpus(dir, { paragraphs: articles * RELOAD_PARAGRAPHS_PER_ARTICLE, seed, paragraphsPerArticle: RELOAD_PARAGRAPHS_PER_ARTICLE });
    writeFileSync(join(dir, '.complete'), '');
  }
  const { CorpusStore, loadCorpusAsync } = await import('../src/corpusStore.js');
  const { createCore } = await import('../src/core/brano.js');
  const { loadLexicons } = await import('../src/lexicons.js');
  // A store without a parse cache: the reload parses every file, as when the whole corpus changed.
  const store = new CorpusStore(dir, createCore(await loadCorpusAsync(dir), { lexicons: loadLexicons(dir) }));
  const questions = synthQueries(50, seed);
  const delay = monitorEventLoopDelay({ resolution: 5 });
  const latencies: number[] = [];
  delay.enable();
  const reloading = store.reload();
  // Interactions keep arriving every 2 ms while the reload runs.
  const timer = setInterval(() => {
    const t = performance.now();
    store.core.ask(questions[latencies.length % questions.length]!);
    latencies.push(performance.now() - t);
  }, 2);
  const outcome = await reloading;
  // A block only shows once the loop turns again: keep probing a little after the swap.
  await new Promise((r) => setTimeout(r, 50));
  clearInterval(timer);
  delay.disable();
  if (!outcome.ok) throw new Error(outcome.error);
  // The usual /reload: nothing (or little) changed. The store keeps what it parsed and analysed, and a snapshot cache
  // serves what it has not seen.
  const { SnapshotCache, snapshotContext } = await import('../src/snapshotCache.js');
  const cacheDir = join(BENCH_DIR, `reload-cache-${articles}-${seed}`);
  const warm = await CorpusStore.open(dir, undefined, new SnapshotCache(cacheDir, snapshotContext(dir)));
  const unchanged = await warm.reload();
  if (!unchanged.ok) throw new Error(unchanged.error);
  return {
    unchangedReloadMs: round(unchanged.ms, 1),
    articles: outcome.articles,
    paragraphs: outcome.paragraphs,
    reloadMs: round(outcome.ms, 1),
    buildMs: round(outcome.buildMs, 1),
    longestStepMs: round(outcome.longestStepMs, 1),
    eventLoopDelayMaxMs: round(delay.max / 1e6, 1),
    eventLoopDelayP99Ms: round(delay.percentile(99) / 1e6, 1),
    asksServed: latencies.length,
  };
}

/** The fake Discord in its worker thread (scripts/benchFakeDiscord.ts): where it listens, and how to run a burst. */
interface FakeDiscordThread {
  readonly restUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly guildId: string;
  /**
   * Sends 50 interactions to warm up, then `count` at once; resolves with the figures the fake measured and the CPU
   * time the bot's thread (this one) spent on the burst.
   */
  burst(count: number, seed: number, questions: BurstQuestions): Promise<DiscordBurstFigures>;
  close(): Promise<void>;
}

/**
 * CPU time of this process's main thread (the bot's event loop), from Linux's per-thread accounting (10 ms ticks).
 * Unlike the process's CPU time it leaves out the fake Discord's thread; unlike latency it hardly moves with the
 * machine's load, so it shows what the burst costs the bot even on a busy machine.
 * @returns milliseconds, or undefined where /proc is not available
 */
function mainThreadCpuMs(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime), counted after the command name: indexes 11 and 12 here.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/**
 * With `BENCH_BURST_PROFILE=DIR`, profiles the bot's thread (this one) during the burst only — not the start-up nor the
 * warm-up, which a whole-process `--cpu-prof` mixes in — and writes `DIR/<name>.cpuprofile` (open it in Chrome's
 * DevTools, or compare self-times between Brano's burst and the do-nothing bot's).
 * @returns the running profile, or undefined when the variable is not set
 */
async function startBurstProfile(): Promise<{ stop(name: string): Promise<void> } | undefined> {
  const dir = process.env['BENCH_BURST_PROFILE'];
  if (!dir) return undefined;
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  return {
    async stop(name) {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    },
  };
}

/**
 * Starts the fake Discord in a worker thread of its own, so that Discord's work (building the interactions, checking
 * every body against the OpenAPI schema) does not run on the bot's event loop.
 * @returns the running fake
 */
async function startFakeDiscordThread(): Promise<FakeDiscordThread> {
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(join(PROJECT_ROOT, 'dist', 'scripts', 'benchFakeDiscord.js'));
  type FromFake = import('./benchFakeDiscord.js').FromFake;
  const next = () =>
    new Promise<FromFake>((resolveMessage, reject) => {
      const onError = (err: Error) => reject(err);
      worker.once('error', onError);
      worker.once('message', (m: FromFake) => {
        worker.off('error', onError);
        if (m.kind === 'error') reject(new Error(`bench: the fake Discord failed: ${m.message}`));
        else resolveMessage(m);
      });
    });
  const ready = await next();
  if (ready.kind !== 'ready') throw new Error('bench: the fake Discord did not start');
  return {
    restUrl: ready.restUrl,
    token: ready.token,
    applicationId: ready.applicationId,
    guildId: ready.guildId,
    async burst(count, seed, questions) {
      const warm = next();
      worker.postMessage({ kind: 'warm-up', seed, questions });
      if ((await warm).kind !== 'warm') throw new Error('bench: the fake Discord did not warm up');
      const reply = next();
      const profile = await startBurstProfile();
      const cpu0 = mainThreadCpuMs();
      worker.postMessage({ kind: 'burst', count, seed, questions });
      const m = await reply;
      const cpu = mainThreadCpuMs();
      await profile?.stop(`burst-${process.pid}`);
      if (m.kind !== 'figures') throw new Error('bench: the fake Discord sent no figures');
      return { ...m.figures, botCpuMs: cpu0 === undefined || cpu === undefined ? undefined : cpu - cpu0 };
    },
    async close() {
      const exited = new Promise((resolveExit) => worker.once('exit', resolveExit));
      worker.postMessage({ kind: 'close' });
      await exited;
    },
  };
}

/**
 * Brano as `npm start` runs it (`startBot`, the question log recording to a fresh file, the ask pool of `ASK_WORKERS`, no
 * rate limit) against the fake Discord in its own thread; the fake sends the burst and measures it.
 * @param count - interactions sent at once
 * @param seed - the payload order
 * @param burstMix - where the /ask questions come from
 * @returns the burst's figures
 */
async function runDiscordChild(count: number, seed: number, burstMix: BurstQuestions): Promise<DiscordBurstFigures | { skipped: string }> {
  const [{ REST }, { COMMANDS }, { CorpusStore }, { startBot }, { Cooldowns }, { deployCommands }, { fakeClientOptions }, { openQuestionLog }, { startAskPool }, { readConfig }] = await Promise.all([
    import('discord.js'),
    import('../commands/index.js'),
    import('../src/corpusStore.js'),
    import('../src/discord/client.js'),
    import('../src/discord/cooldowns.js'),
    import('../src/discord/deploy.js'),
    import('../test/support/fakeDiscord.js'),
    import('../src/store/questionLog.js'),
    import('../src/discord/askPool.js'),
    import('../src/config.js'),
  ]);
  const store = await CorpusStore.open(join(PROJECT_ROOT, 'corpus'));
  const quiet = () => {};
  const logger = { debug: quiet, info: quiet, warn: quiet, error: quiet };
  const dataDir = join(BENCH_DIR, `discord-burst-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const questions = openQuestionLog({ dataDir, retentionDays: 90, enabled: true, logger });
  // The ask pool as `npm start` starts it (ASK_WORKERS, default one worker on a machine with a second core).
  const workers = readConfig(process.env).askWorkers;
  const askPool = workers > 0 ? startAskPool({ corpusDir: join(PROJECT_ROOT, 'corpus'), cacheDir: undefined, size: workers, logger }) : undefined;
  await askPool?.ready();
  const bot = { core: () => store.core, reload: async () => ({ ok: false as const, error: 'not in the bench' }), version: 'bench', cooldowns: new Cooldowns(0), logger, questions, ...(askPool ? { askPool } : {}) };
  const fake = await startFakeDiscordThread();
  const rest = new REST({ api: fake.restUrl, offset: 0 }).setToken(fake.token);
  await deployCommands(rest, { applicationId: fake.applicationId, guildId: fake.guildId }, COMMANDS.map((c) => c.data));
  const client = await startBot({ token: fake.token, apiUrl: fake.restUrl, commands: COMMANDS, bot, options: fakeClientOptions(fake.restUrl) });
  try {
    const figures = await fake.burst(count, seed, burstMix);
    return askPool ? { ...figures, askWorkers: workers, answeredOffThread: askPool.answered.worker } : figures;
  } finally {
    await client.destroy();
    await fake.close();
    await askPool?.close();
    questions.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The burst's question source from the command line.
 * @param value - `--burst-questions`
 * @returns `sentences` (default) or `distinct`
 * @throws Error on another value
 */
function burstQuestions(value: string | boolean | undefined): BurstQuestions {
  if (value === undefined || value === 'sentences' || value === 'distinct') return value ?? 'sentences';
  throw new Error(`bench: --burst-questions takes sentences or distinct, got ${JSON.stringify(value)}`);
}

// ------------------------------------------- Discord burst: a do-nothing discord.js bot, for the ratio

/**
 * The same burst as {@link runDiscordChild} (the same interactions from the same fake Discord in its own thread),
 * answered by a discord.js client built with the same options that does nothing but reply "ok" (and an empty list to
 * autocomplete). Its latencies are what discord.js costs on this machine; Brano's p99 over this one's is the figure
 * to keep near 1.
 * @param count - interactions sent at once
 * @param seed - the payload order
 * @param questions - where the /ask questions come from
 * @returns the burst's figures
 */
async function runDiscordBaselineChild(count: number, seed: number, questions: BurstQuestions): Promise<DiscordBurstFigures> {
  const [{ Events, REST }, { COMMANDS }, { createClient }, { deployCommands }, { fakeClientOptions }] = await Promise.all([
    import('discord.js'),
    import('../commands/index.js'),
    import('../src/discord/client.js'),
    import('../src/discord/deploy.js'),
    import('../test/support/fakeDiscord.js'),
  ]);
  const fake = await startFakeDiscordThread();
  const rest = new REST({ api: fake.restUrl, offset: 0 }).setToken(fake.token);
  await deployCommands(rest, { applicationId: fake.applicationId, guildId: fake.guildId }, COMMANDS.map((c) => c.data));
  const client = createClient({ apiUrl: fake.restUrl, options: fakeClientOptions(fake.restUrl) });
  // A late answer is refused by the fake Discord (as by Discord); the fake counts it, the bot carries on.
  const ignore = () => undefined;
  client.on(Events.InteractionCreate, (i) => {
    if (i.isAutocomplete()) void i.respond([]).catch(ignore);
    else if (i.isRepliable()) void i.reply({ content: 'ok' }).catch(ignore);
  });
  const ready = new Promise((resolveReady) => client.once(Events.ClientReady, resolveReady));
  await client.login(fake.token);
  await ready;
  try {
    return await fake.burst(count, seed, questions);
  } finally {
    await client.destroy();
    await fake.close();
  }
}

/**
 * The line comparing Brano's burst with the do-nothing bot's.
 * @param brano - Brano's burst
 * @param baseline - the do-nothing bot's burst
 * @returns the table line
 */
function discordRatioLine(brano: DiscordBurstFigures, baseline: DiscordBurstFigures): string {
  // A burst with unanswered interactions has no honest p99 (the missing ones are left out of the latencies).
  const ratio = baseline.p99Ms > 0 && !brano.unanswered && !baseline.unanswered ? fmt(brano.p99Ms / baseline.p99Ms) : '– (unanswered interactions)';
  const cpu =
    brano.botCpuMs !== undefined && baseline.botCpuMs !== undefined && baseline.botCpuMs > 0
      ? `; bot thread's CPU for the burst: Brano ${fmt(brano.botCpuMs)} ms, do-nothing ${fmt(baseline.botCpuMs)} ms (${fmt(brano.botCpuMs / baseline.botCpuMs)}×)`
      : '';
  const shown = baseline.answerP99Ms > 0 && !brano.unanswered && !baseline.unanswered ? `; answer shown: ${fmt(brano.answerP99Ms / baseline.answerP99Ms)}×` : '';
  return `  same burst, do-nothing discord.js bot: p50 ${fmt(baseline.p50Ms)} ms, p99 ${fmt(baseline.p99Ms)} ms, unanswered ${baseline.unanswered}; Brano p99 / do-nothing p99 = ${ratio}× (goal ≤ 1.3×)${shown}${cpu}`;
}

// ------------------------------------------- the question log's cost: answers per second, recording on and off

/**
 * `/ask` answers (the Discord handler's `answer`, the real article) per second with the question log recording to a
 * fresh SQLite file, and with recording off, in alternating rounds so load on the machine falls on both alike.
 * @param count - questions per round and setting
 * @param seed - seed of the question order
 * @returns answers per second for each setting, and what recording costs per answer
 */
async function runRecordChild(count: number, seed: number): Promise<RecordFigures> {
  const [{ answer }, { CorpusStore }, { openQuestionLog }, { Cooldowns }, { rmSync, mkdtempSync }] = await Promise.all([
    import('../commands/ask.js'),
    import('../src/corpusStore.js'),
    import('../src/store/questionLog.js'),
    import('../src/discord/cooldowns.js'),
    import('node:fs'),
  ]);
  const store = await CorpusStore.open(join(PROJECT_ROOT, 'corpus'));
  const dataDir = mkdtempSync(join(BENCH_DIR, 'data-'));
  const quiet = () => {};
  const logger = { debug: quiet, info: quiet, warn: quiet, error: quiet };
  const questions = openQuestionLog({ dataDir, retentionDays: 90, enabled: true, logger });
  const base = { core: () => store.core, reload: async () => ({ ok: false as const, error: 'not in the bench' }), version: 'bench', cooldowns: new Cooldowns(0), logger };
  const settings = { on: { lang: 'it' as const, bot: { ...base, questions } }, off: { lang: 'it' as const, bot: base } };
  const words = store.core.articles.flatMap((a) => a.paragraphs.flatMap((p) => p.sentences.map((s) => s.text.split(/\s+/).slice(0, 8).join(' '))));
  let x = seed >>> 0 || 1;
  const pick = () => words[(x = (Math.imul(x, 1103515245) + 12345) >>> 0) % words.length]!;
  const { setImmediate: nextTurn } = await import('node:timers/promises');
  // One answer per turn of the event loop, as interactions arrive: the log writes its queue on the next turn, inside
  // the timed round (the worst case for its batching: one row per transaction).
  const round1 = async (setting: keyof typeof settings, n: number): Promise<number> => {
    const t = performance.now();
    for (let i = 0; i < n; i++) {
      answer(store.core, settings[setting], { question: pick(), limit: 3, article: undefined, user: '390000000000000111', guildId: '390000000000000001' }, false);
      await nextTurn();
    }
    return performance.now() - t;
  };
  await round1('on', 20);
  await round1('off', 20);
  const spent = { on: 0, off: 0 };
  const rounds = 4;
  const per = Math.max(1, Math.ceil(count / rounds));
  for (let r = 0; r < rounds; r++) {
    spent.on += await round1('on', per);
    spent.off += await round1('off', per);
  }
  const recorded = questions.stats(1)?.asked ?? 0;
  questions.close();
  rmSync(dataDir, { recursive: true, force: true });
  const n = per * rounds;
  return {
    questions: n,
    recordedRows: recorded,
    onPerSecond: round((n / spent.on) * 1000, 1),
    offPerSecond: round((n / spent.off) * 1000, 1),
    costPerAnswerMs: round((spent.on - spent.off) / n, 3),
  };
}

// ---------------------------------------------------------------- parent side

function runChild(args: string[]): Promise<unknown> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=8192', SCRIPT, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`bench: child ${args.join(' ')} exited with ${code}`));
      try {
        resolvePromise(JSON.parse(out.trim().split('\n').pop() ?? ''));
      } catch (err) {
        reject(new Error(`bench: child ${args.join(' ')} printed no result (${(err as Error).message})`));
      }
    });
  });
}

function prepare(size: number, seed: number, queryCount: number): { source: SizeResult['source']; analysisMs: number; tokens: number; paragraphs: number } {
  const paths = dataPaths(size, seed);
  let paragraphs: string[];
  let source: SizeResult['source'];
  if (size <= 16) {
    source = 'real article';
    paragraphs = loadCorpus(paths.corpus).flatMap((a) => a.paragraphs.map((p) => p.text)).slice(0, size);
  } else {
    source = 'synthetic';
    const marker = join(paths.corpus, '.complete');
    const write = !existsSync(marker);
    if (write) rmSync(paths.corpus, { recursive: true, force: true });
    mkdirSync(paths.corpus, { recursive: true });
    paragraphs = [];
    for (const a of synthArticles({ paragraphs: size, seed })) {
      if (write) writeFileSync(join(paths.corpus, a.file), a.text);
      paragraphs.push(...a.paragraphs);
    }
    if (write) writeFileSync(marker, '');
  }
  const t = performance.now();
  const terms = paragraphs.map((p) => analyze(p, 'it').map((x) => x.term));
  const analysisMs = performance.now() - t;
  writeFileSync(paths.terms, terms.map((d) => d.join(' ')).join('\n'));
  writeFileSync(paths.paragraphs, JSON.stringify(paragraphs));
  const toQuery = (text: string) => ({ text, terms: [...new Set(analyze(text, 'it').map((x) => x.term))] });
  const queries: QueryFile = { warmup: synthQueries(100, seed + 1000).map(toQuery), measured: synthQueries(queryCount, seed).map(toQuery) };
  writeFileSync(paths.queries, JSON.stringify(queries));
  return { source, analysisMs: round(analysisMs, 1), tokens: terms.reduce((a, d) => a + d.length, 0), paragraphs: paragraphs.length };
}

function timeCommand(cmd: string, args: string[], runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(cmd, args, { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, CORPUS_DIR: join(PROJECT_ROOT, 'corpus'), NO_COLOR: '1' } });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`bench: ${cmd} ${args.join(' ')} failed: ${r.stderr}`);
    if (i === 0) JSON.parse(r.stdout); // the contract: one JSON object on stdout
  }
  return times;
}

/** The cold whole-article summary of one article of the SQuAD-it dev corpus (24 articles without headings). */
export interface ColdSummaryFigures {
  readonly article: string;
  readonly articles: number;
  readonly runs: number;
  readonly p50Ms: number;
  readonly minMs: number;
  readonly goalMs: number;
}

const SUMMARY_CORPUS = SQUAD_DIR;
const SUMMARY_ARTICLE = 'nikola-tesla';

/**
 * `node dist/src/cli.js summarize --json --article nikola-tesla` over the SQuAD-it dev corpus, from a cold start
 * each time: what a user waits for when the first request of a fresh process is a summary.
 * @param runs - how many cold runs
 * @returns the timings
 */
function coldSummary(runs: number): ColdSummaryFigures {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [CLI, 'summarize', '--json', '--article', SUMMARY_ARTICLE], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, CORPUS_DIR: SUMMARY_CORPUS, NO_COLOR: '1' } });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`bench: cold summary failed: ${r.stderr}`);
    if (i === 0 && !(JSON.parse(r.stdout) as { sentences?: unknown[] }).sentences?.length) throw new Error('bench: cold summary returned no sentences');
  }
  const articles = loadCorpus(SUMMARY_CORPUS).length;
  return { article: SUMMARY_ARTICLE, articles, runs, p50Ms: round(quantile(times, 0.5), 1), minMs: round(Math.min(...times), 1), goalMs: 1000 };
}

/** `ask` per question over the SQuAD-it dev corpus (24 articles, about 2,000 ¶), the whole corpus answering. */
export interface DevAskFigures {
  readonly paragraphs: number;
  readonly questions: number;
  readonly p50Ms: number;
  readonly p90Ms: number;
  readonly goalMs: number;
}

/**
 * Times `core.ask` in this process over the SQuAD-it dev corpus as the CLI serves that folder (Brano's general
 * lexicon layer): after 50 warm-up questions, every question at an even spacing through the set, one at a time.
 * @param questions - how many questions to time
 * @returns p50 and p90 per question
 */
async function devAsk(questions: number): Promise<DevAskFigures> {
  const { createCore } = await import('../src/core/brano.js');
  const { loadLexicons } = await import('../src/lexicons.js');
  const qs = squadQuestions(Number.POSITIVE_INFINITY);
  const articles = loadCorpus(SUMMARY_CORPUS);
  const core = createCore(articles, { lexicons: loadLexicons(SUMMARY_CORPUS) });
  for (const q of qs.slice(0, 50)) core.ask(q);
  const step = Math.max(1, Math.floor(qs.length / questions));
  const times: number[] = [];
  for (let i = 0; i < qs.length && times.length < questions; i += step) {
    const t = performance.now();
    core.ask(qs[i]!);
    times.push(performance.now() - t);
  }
  const paragraphs = articles.reduce((n, a) => n + a.paragraphs.length, 0);
  return { paragraphs, questions: times.length, p50Ms: round(quantile(times, 0.5), 2), p90Ms: round(quantile(times, 0.9), 2), goalMs: 5 };
}

// Reports the process's peak RSS on stderr when it exits, from inside (works for any node program, no /usr/bin/time).
const RSS_PROBE = `--import=data:text/javascript,process.on('exit',()=>process.stderr.write('\\nbench-maxrss '+process.resourceUsage().maxRSS+'\\n'))`;

/** Runs a node program as a user would, timing it from spawn to exit, with its peak RSS. */
function timedNode(args: string[], env: NodeJS.ProcessEnv, input?: string): { wallMs: number; peakRssMB: number; stdout: string } {
  const t = performance.now();
  const r = spawnSync(process.execPath, [RSS_PROBE, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, input, maxBuffer: 1 << 30 });
  const wallMs = performance.now() - t;
  if (r.status !== 0) throw new Error(`bench: node ${args.join(' ')} failed: ${r.stderr.slice(-2000)}`);
  const m = /bench-maxrss (\d+)/.exec(r.stderr);
  return { wallMs: round(wallMs, 0), peakRssMB: m ? round(Number(m[1]) / 1024, 0) : NaN, stdout: r.stdout };
}

function realCorpus(paragraphs: number, headings: boolean): { dir: string; articles: number; corpusMB: number } {
  const dir = join(BENCH_DIR, `real-${paragraphs}${headings ? '-h' : ''}`);
  const marker = join(dir, '.complete');
  let articles: number;
  if (existsSync(marker)) articles = Number(readFileSync(marker, 'utf8'));
  else {
    articles = writeRealCorpus(dir, { paragraphs, headings }).articles;
    writeFileSync(marker, String(articles));
  }
  const { readdirSync, statSync } = require('node:fs') as typeof import('node:fs');
  const bytes = readdirSync(dir).filter((n) => n.endsWith('.md')).reduce((a, n) => a + statSync(join(dir, n)).size, 0);
  return { dir, articles, corpusMB: round(bytes / 1e6, 1) };
}

/** Questions from the SQuAD-it dev set (real questions about the articles the corpus is made of). */
function squadQuestions(count: number): string[] {
  return readFileSync(join(SQUAD_DIR, '..', 'questions.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { question: string }).question)
    .slice(0, count);
}

function measureStartup(paragraphs: number, headings: boolean, batch: number, naturalMax: number, progress: (s: string) => void): StartupFigures {
  const corpus = realCorpus(paragraphs, headings);
  const cacheDir = join(BENCH_DIR, `cache-${paragraphs}${headings ? '-h' : ''}`);
  rmSync(cacheDir, { recursive: true, force: true });
  const env = { CORPUS_DIR: corpus.dir, CACHE_DIR: cacheDir };
  const [first] = squadQuestions(1);
  const qFile = join(BENCH_DIR, 'startup-first.txt');
  writeFileSync(qFile, `${first}\n`);
  const label = `${paragraphs} real paragraphs${headings ? ' with headings' : ''}`;
  const brano = (engine: StartupRow['engine'], args: string[], input?: string): StartupRow => {
    progress(`${label}: ${engine}${input ? ' batch' : ''}`);
    const r = timedNode([CLI, 'ask', '--json', ...args], env, input);
    return { engine, wallMs: r.wallMs, peakRssMB: r.peakRssMB };
  };
  const peer = (engine: 'minisearch' | 'natural', questions: string): StartupRow => {
    progress(`${label}: ${engine}`);
    const r = timedNode(['--max-old-space-size=8192', SCRIPT, '--child', `${engine}-files`, '--corpus', corpus.dir, '--questions', questions], {});
    return { engine, wallMs: r.wallMs, peakRssMB: r.peakRssMB };
  };
  const firstRows: StartupRow[] = [
    brano('brano (no snapshot)', ['--no-cache', first!]),
    brano('brano (writing snapshot)', [first!]),
    brano('brano (warm snapshot)', [first!]),
    peer('minisearch', qFile),
    ...(paragraphs <= naturalMax ? [peer('natural', qFile)] : []),
  ];
  let batchRows: StartupRow[] | undefined;
  if (batch > 0) {
    const questions = squadQuestions(batch);
    const bFile = join(BENCH_DIR, 'startup-batch.txt');
    writeFileSync(bFile, `${questions.join('\n')}\n`);
    const input = `${questions.join('\n')}\n`;
    batchRows = [brano('brano (no snapshot)', ['--batch', '--no-cache'], input), brano('brano (warm snapshot)', ['--batch'], input), peer('minisearch', bFile)];
  }
  progress(`${label}: first and second misspelt question`);
  const typo = JSON.parse(timedNode([SCRIPT, '--child', 'typo', '--corpus', corpus.dir], {}).stdout.trim().split('\n').pop() ?? '') as TypoFigures;
  return { paragraphs, articles: corpus.articles, headings, corpusMB: corpus.corpusMB, first: firstRows, ...(batchRows ? { batch: batchRows, batchQuestions: batch } : {}), typo };
}

function startupTable(figures: readonly StartupFigures[]): string[] {
  const lines: string[] = [];
  if (!figures.length) return lines;
  lines.push('', 'Start-up as a user waits (fresh process: read the files, analyse, index, answer; peak RSS of the process)');
  lines.push('on a realistic corpus: SQuAD-it dev articles copied with perturbed vocabularies (scripts/realCorpus.ts)');
  for (const f of figures) {
    const ms = f.first.find((r) => r.engine === 'minisearch');
    lines.push('', `  ${f.paragraphs.toLocaleString('en')} paragraphs, ${f.articles} articles, ${f.corpusMB} MB, ${f.headings ? 'with headings' : 'no headings'} — cold start to first answer`);
    lines.push(`    ${'engine'.padEnd(26)}${'wall ms'.padStart(10)}${'peak RSS MB'.padStart(13)}${'÷ MiniSearch'.padStart(14)}`);
    for (const r of f.first) lines.push(`    ${r.engine.padEnd(26)}${fmt(r.wallMs).padStart(10)}${fmt(r.peakRssMB).padStart(13)}${(ms && r.engine !== 'minisearch' ? `${fmt(r.wallMs / ms.wallMs)}× t, ${fmt(r.peakRssMB / ms.peakRssMB)}× RSS` : '').padStart(24)}`);
    if (f.batch) {
      const mb = f.batch.find((r) => r.engine === 'minisearch');
      lines.push(`    whole ask --batch run (read, index, ${f.batchQuestions} questions):`);
      for (const r of f.batch) lines.push(`    ${r.engine.padEnd(26)}${fmt(r.wallMs).padStart(10)}${fmt(r.peakRssMB).padStart(13)}${(mb && r.engine !== 'minisearch' ? `MiniSearch ÷ Brano = ${fmt(mb.wallMs / r.wallMs)}×` : '').padStart(28)}`);
    }
    if (f.typo) {
      const t = f.typo;
      lines.push(`    one process, corpus loaded: a spelt question ${fmt(t.spelt.ms)} ms, first misspelt question ${fmt(t.first.ms)} ms, second ${fmt(t.second.ms)} ms (first ÷ second = ${fmt(t.first.ms / t.second.ms)}×; "${t.first.question}")`);
    }
  }
  return lines;
}

const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));

function table(report: BenchReport): string {
  const lines: string[] = [];
  lines.push(`Brano bench — seed ${report.seed}, node ${report.node}, ${report.cpus} CPUs (load average ${report.loadAverage.join(' → ')}), top-${TOP_K} per query`);
  lines.push(...startupTable(report.startup));
  if (report.sizes.length) lines.push('', 'Index internals (not what a user waits for: every engine indexes the same pre-analysed terms, and "build" leaves out reading and analysis)');
  for (const s of report.sizes) {
    lines.push('', `${s.paragraphs.toLocaleString('en')} paragraphs (${s.source}), ${s.tokens.toLocaleString('en')} index terms, analysis ${fmt(s.analysisMs)} ms (done once for all engines, outside "build ms")`);
    lines.push(`  ${'engine'.padEnd(16)}${'build ms'.padStart(10)}${'mem MB'.padStart(9)}${'queries'.padStart(9)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}${'p50 ×Brano'.padStart(12)}`);
    const brano = s.engines.find((e) => e.engine === 'brano');
    for (const e of s.engines) {
      const ratio = brano && e.engine !== 'brano' && brano.p50Ms > 0 ? `${fmt(e.p50Ms / brano.p50Ms)}×` : '';
      lines.push(`  ${e.engine.padEnd(16)}${fmt(e.buildMs).padStart(10)}${fmt(e.memoryMB).padStart(9)}${String(e.queries).padStart(9)}${fmt(e.p50Ms).padStart(10)}${fmt(e.p99Ms).padStart(10)}${ratio.padStart(12)}`);
    }
    if (s.ask) {
      const a = s.ask;
      lines.push(`  createCore().ask: load ${fmt(a.loadMs)} ms + createCore ${fmt(a.createCoreMs)} ms (${a.sentences.toLocaleString('en')} sentences, ${fmt(a.memoryMB)} MB); ask p50 ${fmt(a.p50Ms)} ms, p99 ${fmt(a.p99Ms)} ms over ${a.queries}`);
      lines.push(`    candidate searches (p50 ms): ${Object.entries(a.parts).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);
    }
  }
  if (report.reload) {
    const r = report.reload;
    lines.push('', `Full reload of ${r.articles.toLocaleString('en')} articles (${r.paragraphs.toLocaleString('en')} paragraphs, every file parsed) while asks arrive every 2 ms: ${fmt(r.reloadMs)} ms, of which building the core ${fmt(r.buildMs)} ms (in steps, sharing the loop); longest block ${fmt(r.longestStepMs)} ms; ${r.asksServed} asks answered meanwhile; event-loop delay p99 ${fmt(r.eventLoopDelayP99Ms)} ms, max ${fmt(r.eventLoopDelayMaxMs)} ms`);
    lines.push(`/reload of the same ${r.articles.toLocaleString('en')} articles unchanged (kept analysis, snapshots): ${fmt(r.unchangedReloadMs)} ms`);
  }
  if (report.discord) {
    const d = report.discord;
    lines.push(
      '',
      'skipped' in d
        ? `Discord burst: skipped (${d.skipped})`
        : `Discord burst (real discord.js client, fake Discord, real article): ${d.interactions} interactions at once; interaction → callback p50 ${fmt(d.p50Ms)} ms, p99 ${fmt(d.p99Ms)} ms, max ${fmt(d.maxMs)} ms; ${d.deferred} deferred ("thinking…" first), interaction → answer shown p99 ${fmt(d.answerP99Ms)} ms; all done in ${fmt(d.wallMs)} ms; unanswered ${d.unanswered}, answered twice ${d.answeredMoreThanOnce}, rule violations ${d.violations} (${d.bodiesChecked} bodies checked against Discord's schema after the burst)`,
    );
    if (!('skipped' in d) && report.discordBaseline) lines.push(discordRatioLine(d, report.discordBaseline));
    if (report.discordRounds && report.discordRounds.rounds.length > 1) {
      const rounds = report.discordRounds.rounds.map((r) => `${fmt(r.branoP99Ms)} / ${fmt(r.baselineP99Ms)} ms = ${Number.isFinite(r.ratio) ? fmt(r.ratio) : '– (unanswered)'}×`);
      lines.push(`  ${rounds.length} rounds, each Brano then the do-nothing bot, p99 / p99: ${rounds.join(', ')}; median ratio ${fmt(report.discordRounds.medianRatio)}× (goal ≤ 1.3×; the lines above are that round's)`);
    }
  }
  if (report.record) {
    const r = report.record;
    lines.push('', `Question log (SQLite, WAL): /ask answers on the real article, ${r.questions} per setting in alternating rounds: recording on ${fmt(r.onPerSecond)}/s, off ${fmt(r.offPerSecond)}/s; recording costs ${fmt(r.costPerAnswerMs)} ms per answer (${r.recordedRows} rows written)`);
  }
  if (report.cli) {
    const c = report.cli;
    lines.push('', `Cold CLI, real article: node dist/src/cli.js ask --json "${CLI_QUESTION}" p50 ${fmt(c.nodeP50Ms)} ms (min ${fmt(c.nodeMinMs)}; goal ≤ ${c.goalMs}) over ${c.runs} runs; npm run -s cli p50 ${fmt(c.npmP50Ms)} ms (npm adds ${fmt(c.npmOverheadMs)} ms)`);
  }
  if (report.devAsk) {
    const a = report.devAsk;
    lines.push('', `ask on the SQuAD-it dev corpus (${a.paragraphs} ¶, whole corpus answering, in process): p50 ${fmt(a.p50Ms)} ms, p90 ${fmt(a.p90Ms)} ms per question over ${a.questions} questions (goal p50 ≤ ${a.goalMs} ms)`);
  }
  if (report.summary) {
    const m = report.summary;
    lines.push('', `Cold summary, SQuAD-it dev corpus (${m.articles} articles, no headings): node dist/src/cli.js summarize --json --article ${m.article} p50 ${fmt(m.p50Ms)} ms (min ${fmt(m.minMs)}; goal ≤ ${m.goalMs}) over ${m.runs} runs`);
  }
  lines.push('', `Total ${report.totalSeconds.toFixed(1)} s`);
  return lines.join('\n');
}

async function parent(values: Record<string, string | boolean | undefined>): Promise<void> {
  const started = performance.now();
  const { availableParallelism, loadavg } = await import('node:os');
  const loadStart = loadavg()[0]!;
  const num = (name: string, fallback: number) => {
    const v = values[name];
    if (v === undefined || typeof v === 'boolean') return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`bench: --${name} takes a whole number, got ${JSON.stringify(v)}`);
    return n;
  };
  const list = (name: string, fallback: string) => {
    const raw = String(values[name] ?? fallback).trim();
    const out = raw === '' || raw === '0' ? [] : raw.split(',').map((x) => Number(x.trim()));
    if (out.some((x) => !Number.isInteger(x) || x < 1)) throw new Error(`bench: --${name} takes positive whole numbers separated by commas (or 0 for none)`);
    return out;
  };
  const sizes = list('sizes', '16,10000');
  const realSizes = list('real-sizes', '2000,10000');
  const headingsMode = String(values['headings'] ?? 'no');
  if (!['no', 'yes', 'both'].includes(headingsMode)) throw new Error('bench: --headings takes no, yes or both');
  const batchSizes = list('batch-sizes', '10000');
  const seed = num('seed', 1);
  const queryCount = Math.max(1, num('queries', 300));
  const cliRuns = num('cli-runs', 10);
  const askQueries = num('ask-queries', 100);
  const engines: Engine[] = ['brano', 'natural', 'minisearch', ...(values['minisearch-raw'] ? (['minisearch-raw'] as const) : [])];
  const progress = (s: string) => process.stderr.write(values['json'] ? '' : `… ${s}\n`);
  mkdirSync(BENCH_DIR, { recursive: true });

  const startup: StartupFigures[] = [];
  for (const size of realSizes) {
    for (const headings of headingsMode === 'both' ? [false, true] : [headingsMode === 'yes']) {
      startup.push(measureStartup(size, headings, batchSizes.includes(size) && !headings ? num('batch-questions', 100) : 0, num('natural-max', 30000), progress));
    }
  }

  const results: SizeResult[] = [];
  for (const size of sizes) {
    progress(`${size} paragraphs: corpus and analysis`);
    const prep = prepare(size, seed, queryCount);
    const naturalQueries = num('natural-queries', prep.paragraphs > 20_000 ? 20 : queryCount);
    const out: EngineResult[] = [];
    for (const engine of engines) {
      progress(`${size} paragraphs: ${engine}`);
      const limit = engine === 'natural' ? naturalQueries : queryCount;
      out.push((await runChild(['--child', engine, '--size', String(size), '--seed', String(seed), '--queries', String(limit)])) as EngineResult);
    }
    let ask: AskResultFigures | undefined;
    if (askQueries > 0) {
      progress(`${size} paragraphs: createCore + ask`);
      ask = (await runChild(['--child', 'ask', '--size', String(size), '--seed', String(seed), '--queries', String(askQueries)])) as AskResultFigures;
    }
    results.push({ paragraphs: prep.paragraphs, source: prep.source, analysisMs: prep.analysisMs, tokens: prep.tokens, engines: out, ...(ask ? { ask } : {}) });
  }

  let reload: ReloadFigures | undefined;
  const reloadArticles = num('reload-articles', 1000);
  if (reloadArticles > 0) {
    progress(`reload of ${reloadArticles} articles under load`);
    reload = (await runChild(['--child', 'reload', '--size', String(reloadArticles), '--seed', String(seed)])) as ReloadFigures;
  }

  let discord: BenchReport['discord'];
  let discordBaseline: DiscordBurstFigures | undefined;
  let discordRounds: BenchReport['discordRounds'];
  const burst = num('discord-burst', 500);
  if (burst > 0) {
    if (values['deadline-ms'] !== undefined) process.env['BENCH_DEADLINE_MS'] = String(num('deadline-ms', 3000));
    const roundCount = Math.max(1, num('burst-rounds', 5));
    const burstArgs = ['--size', String(burst), '--seed', String(seed), '--burst-questions', burstQuestions(values['burst-questions'])];
    const rounds: { brano: BenchReport['discord']; baseline: DiscordBurstFigures; ratio: number }[] = [];
    for (let r = 1; r <= roundCount; r++) {
      progress(`discord burst of ${burst} interactions, round ${r} of ${roundCount}: Brano, then a do-nothing bot`);
      const brano = (await runChild(['--child', 'discord', ...burstArgs])) as BenchReport['discord'];
      if (brano && 'skipped' in brano) {
        discord = brano;
        break;
      }
      const baseline = (await runChild(['--child', 'discord-baseline', ...burstArgs])) as DiscordBurstFigures;
      // A burst with unanswered interactions has no honest p99: its round counts as no ratio at all.
      const ratio = brano && !brano.unanswered && !baseline.unanswered && baseline.p99Ms > 0 ? brano.p99Ms / baseline.p99Ms : Number.POSITIVE_INFINITY;
      rounds.push({ brano, baseline, ratio });
    }
    if (rounds.length) {
      const byRatio = [...rounds].sort((a, b) => a.ratio - b.ratio);
      const middle = byRatio[(byRatio.length - 1) >> 1]!;
      discord = middle.brano;
      discordBaseline = middle.baseline;
      const p99 = (f: BenchReport['discord']) => (f && !('skipped' in f) ? f.p99Ms : 0);
      discordRounds = {
        rounds: rounds.map((r) => ({ branoP99Ms: p99(r.brano), baselineP99Ms: r.baseline.p99Ms, ratio: round(r.ratio, 2) })),
        medianRatio: round(middle.ratio, 2),
      };
    }
  }

  let record: RecordFigures | undefined;
  const recordQueries = num('record-queries', 400);
  if (recordQueries > 0) {
    progress(`question log: ${recordQueries} answers recording on and off`);
    record = (await runChild(['--child', 'record', '--size', String(recordQueries), '--seed', String(seed)])) as RecordFigures;
  }

  let cli: BenchReport['cli'];
  if (cliRuns > 0) {
    progress('cold CLI');
    const node = timeCommand(process.execPath, [CLI, 'ask', '--json', CLI_QUESTION], cliRuns);
    const npm = timeCommand('npm', ['run', '-s', 'cli', '--', 'ask', '--json', CLI_QUESTION], Math.max(1, Math.ceil(cliRuns / 2)));
    const nodeP50 = quantile(node, 0.5);
    cli = { runs: cliRuns, nodeP50Ms: round(nodeP50, 1), nodeMinMs: round(Math.min(...node), 1), npmP50Ms: round(quantile(npm, 0.5), 1), npmOverheadMs: round(quantile(npm, 0.5) - nodeP50, 1), goalMs: 300 };
  }
  let devAskFigures: DevAskFigures | undefined;
  const devAskQuestions = num('dev-ask', 400);
  if (devAskQuestions > 0) {
    progress('ask on the SQuAD-it dev corpus');
    devAskFigures = await devAsk(devAskQuestions);
  }
  let summary: ColdSummaryFigures | undefined;
  const summaryRuns = num('summary-runs', 5);
  if (summaryRuns > 0) {
    progress('cold summary');
    summary = coldSummary(summaryRuns);
  }
  const report: BenchReport = { seed, node: process.version, cpus: availableParallelism(), loadAverage: [round(loadStart, 1), round(loadavg()[0]!, 1)], startup, sizes: results, ...(reload ? { reload } : {}), ...(discord ? { discord } : {}), ...(discordBaseline ? { discordBaseline } : {}), ...(discordRounds ? { discordRounds } : {}), ...(record ? { record } : {}), ...(cli ? { cli } : {}), ...(summary ? { summary } : {}), ...(devAskFigures ? { devAsk: devAskFigures } : {}), totalSeconds: round((performance.now() - started) / 1000, 1) };
  writeFileSync(join(BENCH_DIR, 'last.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(values['json'] ? `${JSON.stringify(report)}\n` : `${table(report)}\n`);
}

const BENCH_HELP = [
  'Usage: npm run bench -- [options]',
  '',
  "Brano's index against natural's TfIdf and MiniSearch on the same synthetic corpora (and the real article),",
  'the whole ask pipeline, a corpus reload under load, the cold CLI and a Discord burst through the fake Discord.',
  'Prints a table (progress on stderr); files go under .bench/.',
  '',
  '  --json                one JSON object on stdout instead of the table',
  '  --real-sizes LIST     start-up on the realistic corpus, paragraph counts (default 2000,10000; up to 100000; 0 = none)',
  '  --headings MODE       realistic corpus without headings (no, default), with (yes) or both',
  '  --batch-sizes LIST    realistic sizes where the whole ask --batch run is compared with MiniSearch (default 10000)',
  '  --batch-questions N   questions in that run (default 100, from the SQuAD-it dev set)',
  '  --natural-max N       largest realistic size natural TfIdf is run at (default 30000: it is slow)',
  '  --sizes LIST          index internals on synthetic corpora, default 16,10000 (16 or fewer = the real article; 0 = none)',
  '  --queries N           queries per engine (default 300)',
  '  --natural-queries N   queries for natural (default 300 up to 20,000 paragraphs, 20 above)',
  '  --ask-queries N       questions through the whole ask pipeline (default 100)',
  '  --cli-runs N          cold CLI runs (default 10; 0 skips)',
  '  --reload-articles N   articles reloaded under load (default 1000; 0 skips)',
  '  --discord-burst N     interactions sent at once to the fake Discord, to Brano and to a do-nothing bot (default 500; 0 skips)',
  '  --burst-rounds N      rounds of the burst, each to Brano then to the do-nothing bot; the median ratio is reported (default 5)',
  '  --burst-questions Q   the burst\'s /ask questions: sentences (default; the first words of the article\'s sentences, with',
  '                        repeats) or distinct (words from anywhere in a sentence, no question asked twice)',
  '  --deadline-ms N       the fake Discord\'s first-callback deadline in the burst (default 3000, Discord\'s; a longer one',
  '                        lets a machine too busy to answer 500 interactions in 3 s still give a p99; also BENCH_DEADLINE_MS)',
  '  --dev-ask N           questions timed through ask over the SQuAD-it dev corpus, in process (default 400; 0 skips)',
  '  --summary-runs N      cold whole-article summaries of nikola-tesla over the SQuAD-it dev corpus (default 5; 0 skips)',
  '  --record-queries N    /ask answers with the question log recording, and as many without (default 400; 0 skips)',
  '  --seed S              seed of the corpus and query generators (default 1)',
  '  --minisearch-raw      also MiniSearch with its own tokenizer on the raw text',
].join('\n');

async function main(): Promise<void> {
  const { installItalianData } = await import('../src/lexicons.js');
  installItalianData();
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean' },
      sizes: { type: 'string' },
      queries: { type: 'string' },
      'natural-queries': { type: 'string' },
      'ask-queries': { type: 'string' },
      'cli-runs': { type: 'string' },
      'reload-articles': { type: 'string' },
      'discord-burst': { type: 'string' },
      'burst-rounds': { type: 'string' },
      'summary-runs': { type: 'string' },
      'dev-ask': { type: 'string' },
      'record-queries': { type: 'string' },
      'burst-questions': { type: 'string' },
      'deadline-ms': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      seed: { type: 'string' },
      'minisearch-raw': { type: 'boolean' },
      child: { type: 'string' },
      size: { type: 'string' },
      'real-sizes': { type: 'string' },
      headings: { type: 'string' },
      'batch-sizes': { type: 'string' },
      'batch-questions': { type: 'string' },
      'natural-max': { type: 'string' },
      corpus: { type: 'string' },
      questions: { type: 'string' },
    },
  });
  if (values.help) {
    process.stdout.write(`${BENCH_HELP}\n`);
    return;
  }
  if (values.child) {
    const size = Number(values.size);
    const seed = Number(values.seed ?? 1);
    const limit = Number(values.queries ?? 300);
    const result =
      values.child === 'minisearch-files' || values.child === 'natural-files'
        ? await runPeerFilesChild(values.child === 'minisearch-files' ? 'minisearch' : 'natural', String(values.corpus), String(values.questions))
        : values.child === 'typo'
        ? await runTypoChild(String(values.corpus))
        : values.child === 'ask'
        ? await runAskChild(size, seed, limit)
        : values.child === 'reload'
          ? await runReloadChild(size, seed)
          : values.child === 'discord'
            ? await runDiscordChild(size, seed, burstQuestions(values['burst-questions']))
            : values.child === 'discord-baseline'
              ? await runDiscordBaselineChild(size, seed, burstQuestions(values['burst-questions']))
              : values.child === 'record'
                ? await runRecordChild(size, seed)
            : await runEngineChild(values.child as Engine, size, seed, limit);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  await parent(values);
}

const invokedPath = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : '';
if (import.meta.url === invokedPath) {
  main().catch((err: unknown) => {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exitCode = 1;
  });
}
