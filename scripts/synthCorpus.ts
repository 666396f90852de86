/**
 * A seeded synthetic corpus in Brano's corpus format, for benchmarks and load tests: articles with front matter,
 * `## ` sections and 40–100-word paragraphs whose words follow a Zipf distribution over a real Italian vocabulary
 * (natural's Italian stopwords, the words of corpus/llama2.md, and a list of common Italian words).
 *
 * `node dist/scripts/synthCorpus.js --paragraphs 10000 --seed 1 --out DIR` writes one `*.md` file per article.
 */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scriptArgs } from './scriptArgs.js';
import { pathToFileURL } from 'node:url';
import { realpathSync } from 'node:fs';
import { PROJECT_ROOT } from '../src/config.js';
import { COMMON_ITALIAN_WORDS } from './italianWords.js';
import { isStopword } from '../src/core/analysis.js';

const require = createRequire(import.meta.url);

/** What to generate. */
export interface SynthOptions {
  /** Total paragraphs. */
  readonly paragraphs: number;
  /** PRNG seed: the same seed gives the same corpus. */
  readonly seed: number;
  /** Paragraphs per article (default 20; the last article may be shorter). */
  readonly paragraphsPerArticle?: number;
  /** Paragraph length range in words (default 40–100). */
  readonly minWords?: number;
  readonly maxWords?: number;
}

/** One generated article file. */
export interface SynthArticle {
  /** File name, e.g. `synth-00042.md`. */
  readonly file: string;
  /** The file's text. */
  readonly text: string;
  /** Its paragraph texts, in order. */
  readonly paragraphs: readonly string[];
}

/**
 * A small, fast, seeded PRNG (mulberry32).
 * @param seed - any integer
 * @returns a function giving floats in [0, 1)
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A sampler of ranks 0…n-1 with probability ∝ 1 / (rank + 1)^s.
 * @param n - how many ranks
 * @param s - the exponent (1 ≈ natural language)
 * @param rnd - the random source
 * @returns a function giving a rank
 */
export function zipfSampler(n: number, s: number, rnd: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cdf[r] = sum += 1 / (r + 1) ** s;
  return () => {
    const u = rnd() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** The vocabulary, most frequent first, and which of its words are function words. */
export interface SynthVocabulary {
  readonly words: readonly string[];
  readonly stopwords: ReadonlySet<string>;
}

let cachedVocabulary: SynthVocabulary | undefined;

// The most frequent Italian function words, most frequent first (they lead the Zipf ranking, as in real text).
const TOP_FUNCTION_WORDS = 'di e il la che a in per un è non una del con i si da le della al lo come ma ha più dei nel gli alla anche sono o se delle questo era'.split(' ');

/**
 * The ranked vocabulary: the commonest function words first, then natural's other Italian stopwords mixed with
 * the content words of corpus/llama2.md and the common-word list in a fixed shuffled order, then numbers.
 * @returns the vocabulary (the same on every call)
 */
export function synthVocabulary(): SynthVocabulary {
  if (cachedVocabulary) return cachedVocabulary;
  const stop = (require('natural/lib/natural/util/stopwords_it.js') as { words: string[] }).words.filter((w) => /^\p{L}+$/u.test(w));
  const stopwords = new Set([...stop, ...TOP_FUNCTION_WORDS]);
  const article = readFileSync(resolve(PROJECT_ROOT, 'corpus', 'llama2.md'), 'utf8').split(/^---$/m).slice(2).join('\n');
  const fromArticle = [...article.normalize('NFC').toLowerCase().matchAll(/\p{L}{2,}/gu)].map((m) => m[0]);
  const top = new Set(TOP_FUNCTION_WORDS);
  const rest = [...new Set([...stop, ...COMMON_ITALIAN_WORDS, ...fromArticle])].filter((w) => !top.has(w));
  const rnd = mulberry32(20230719);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  const numbers = [...Array.from({ length: 36 }, (_, i) => String(1990 + i)), ...Array.from({ length: 40 }, (_, i) => String((i + 1) * 5))];
  cachedVocabulary = { words: [...TOP_FUNCTION_WORDS, ...rest, ...numbers], stopwords };
  return cachedVocabulary;
}

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/**
 * Generates the articles of a synthetic corpus, lazily.
 * @param options - size, seed, shape
 * @returns the articles, in file-name order
 * @example
 * const first = synthArticles({ paragraphs: 100, seed: 1 }).next().value;
 */
export function* synthArticles(options: SynthOptions): Generator<SynthArticle> {
  const { words } = synthVocabulary();
  const rnd = mulberry32(options.seed);
  const sample = zipfSampler(words.length, 1.0, rnd);
  const perArticle = Math.max(1, options.paragraphsPerArticle ?? 20);
  const minWords = options.minWords ?? 40;
  const maxWords = Math.max(minWords, options.maxWords ?? 100);
  const articles = Math.ceil(options.paragraphs / perArticle);
  const width = Math.max(5, String(articles).length);
  const phrase = (n: number) => Array.from({ length: n }, () => words[sample()]!).join(' ');
  for (let a = 0; a < articles; a++) {
    const count = Math.min(perArticle, options.paragraphs - a * perArticle);
    const paragraphs: string[] = [];
    const lines = ['---', `title: "Articolo sintetico ${a + 1}: ${phrase(4)}"`, 'lang: it', 'source: Brano synthetic benchmark corpus', '---', ''];
    for (let p = 0; p < count; p++) {
      if (p % 5 === 0) lines.push(`## ${capitalise(phrase(3))} (parte ${p / 5 + 1})`, '');
      const length = minWords + Math.floor(rnd() * (maxWords - minWords + 1));
      const sentences: string[] = [];
      let left = length;
      while (left > 0) {
        const n = Math.min(left, 8 + Math.floor(rnd() * 13));
        left -= n;
        const ws = Array.from({ length: n }, () => words[sample()]!);
        if (n > 6 && rnd() < 0.4) ws[3] += ',';
        sentences.push(`${capitalise(ws.join(' '))}.`);
      }
      const text = sentences.join(' ');
      paragraphs.push(text);
      lines.push(text, '');
    }
    yield { file: `synth-${String(a + 1).padStart(width, '0')}.md`, text: lines.join('\n'), paragraphs };
  }
}

/**
 * Writes a synthetic corpus to a folder (emptied first).
 * @param dir - the folder
 * @param options - size, seed, shape
 * @returns how many articles and paragraphs were written
 */
export function writeSynthCorpus(dir: string, options: SynthOptions): { articles: number; paragraphs: number } {
  if (existsSync(dir)) rmSync(dir, { recursive: true });
  mkdirSync(dir, { recursive: true });
  let articles = 0;
  let paragraphs = 0;
  for (const article of synthArticles(options)) {
    writeFileSync(join(dir, article.file), article.text);
    articles++;
    paragraphs += article.paragraphs.length;
  }
  return { articles, paragraphs };
}

/**
 * Seeded queries of 3–6 content words (no function words, by natural's list or Brano's), drawn with the corpus's own Zipf weights, so common
 * words appear in queries as often as they would in real questions.
 * @param count - how many queries
 * @param seed - PRNG seed
 * @returns the queries
 */
export function synthQueries(count: number, seed: number): string[] {
  const { words, stopwords } = synthVocabulary();
  const rnd = mulberry32(seed ^ 0x9e3779b9);
  const sample = zipfSampler(words.length, 1.0, rnd);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 3 + Math.floor(rnd() * 4);
    const q: string[] = [];
    while (q.length < n) {
      const w = words[sample()]!;
      if (!stopwords.has(w) && !isStopword(w, 'it') && !q.includes(w)) q.push(w);
    }
    out.push(q.join(' '));
  }
  return out;
}

async function main(): Promise<void> {
  const { values } = scriptArgs({ options: { paragraphs: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } } }, import.meta.url);
  const paragraphs = Number(values.paragraphs ?? 10000);
  const seed = Number(values.seed ?? 1);
  const out = resolve(values.out ?? join(PROJECT_ROOT, '.bench', `corpus-${paragraphs}-${seed}`));
  if (!Number.isInteger(paragraphs) || paragraphs < 1) throw new Error('synth: --paragraphs takes a positive whole number');
  const written = writeSynthCorpus(out, { paragraphs, seed });
  process.stdout.write(`${written.articles} articles, ${written.paragraphs} paragraphs → ${out}\n`);
}

const invokedPath = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : '';
if (import.meta.url === invokedPath) void main();
