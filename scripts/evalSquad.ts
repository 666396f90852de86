/**
 * `node dist/scripts/evalSquad.js [DIR] [options]`: passage retrieval measured in process on SQuAD-style data
 * (DIR/corpus/*.md and DIR/questions.jsonl, default test/fixtures/squad-it-dev), with the same metrics as the
 * evaluation kit's score-squad: R1/R3/MRR (rank of the gold ¶ among the first three passages), Answer1 (the first
 * excerpt holds a gold answer, case-insensitive), abstained (answerable questions declined), answerOutsideExcerpt
 * (the gold ¶ came first but its excerpt misses the answer) and offTopicDeclined (questions of other articles
 * declined by an article).
 *
 * Options:
 *   --mode article|corpus|both   each question asked of its own article alone, of the whole folder, or both (default both)
 *   --negatives N                per article, N questions of other articles, which it should decline (default 20)
 *   --sample N                   the same deterministic sample of N questions as score-squad's --sample
 *   --split dev|val|all          articles in alphabetical order, alternately dev (even) and validation (odd) (default all)
 *   --ranking JSON               ranking parameters to override (see RankingParams)
 *   --weighting JSON             BM25 parameters of the indexes, e.g. {"paragraph":{"k1":1.2,"b":0.75}}
 *   --misses FILE                writes the questions whose gold ¶ is not first, with what came first, and those whose
 *                               gold ¶ came first with an excerpt that misses the answer (outside: true)
 *   --features FILE              writes one JSON line per asked question: decision features and whether it should be answered
 *   --json                       prints only the JSON report
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scriptArgs } from './scriptArgs.js';
import { PROJECT_ROOT } from '../src/config.js';
import { createCore, type BranoCore } from '../src/core/brano.js';
import { ask } from '../src/core/ask.js';
import { buildPassageIndex, type PassageIndexOptions } from '../src/core/passageIndex.js';
import { segmentArticle } from '../src/core/segmentation.js';
import type { Article } from '../src/core/types.js';
import { loadCorpus } from '../src/core/corpus.js';
import { installItalianData, loadLexicons } from '../src/lexicons.js';
import type { AskResult, RankingParams } from '../src/core/ask.js';

installItalianData();

interface Question {
  readonly id: string;
  readonly article: string;
  readonly question: string;
  readonly paragraph: number;
  readonly answers: readonly string[];
}

const { values, positionals } = scriptArgs({
  allowPositionals: true,
  options: {
    mode: { type: 'string', default: 'both' },
    negatives: { type: 'string', default: '20' },
    sample: { type: 'string', default: '0' },
    split: { type: 'string', default: 'all' },
    ranking: { type: 'string' },
    weighting: { type: 'string' },
    misses: { type: 'string' },
    features: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
}, import.meta.url);
const dir = resolve(positionals[0] ?? join(PROJECT_ROOT, 'test', 'fixtures', 'squad-it-dev'));
// One configuration, or a list of them measured in turn on the same cores (for comparing settings).
const parsedRanking = values.ranking ? (JSON.parse(values.ranking) as Partial<RankingParams> | Partial<RankingParams>[]) : undefined;
const configs: (Partial<RankingParams> | undefined)[] = Array.isArray(parsedRanking) ? parsedRanking : [parsedRanking];
const negatives = Number(values.negatives);
const sample = Number(values.sample);

let qs = readFileSync(join(dir, 'questions.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Question);
// The kit's sample: the same generator and seed, so figures can be compared question for question.
if (sample && sample < qs.length) {
  let s = 11;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  qs = qs
    .map((q) => [rnd(), q] as const)
    .sort((a, b) => a[0] - b[0])
    .slice(0, sample)
    .map((x) => x[1]);
}
const allArticles = loadCorpus(join(dir, 'corpus'));
// The lexicons the CLI would serve this corpus folder with: Brano's general layer and the folder's own, if any.
const lexicons = loadLexicons(join(dir, 'corpus'));
const slugs = allArticles.map((a) => a.slug).sort();
const inSplit = (slug: string) => values.split === 'all' || (slugs.indexOf(slug) % 2 === 0) === (values.split === 'dev');
const allQs = qs;
qs = qs.filter((q) => inSplit(q.article));

const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');
const hasAnswer = (text: string, q: Question) => q.answers.some((a) => norm(text).includes(norm(a)));

interface Tally {
  n: number;
  r1: number;
  r3: number;
  mrr: number;
  a1: number;
  abst: number;
  /** The gold ¶ came first but its excerpt misses the answer. */
  outside: number;
}
const tally = (): Tally => ({ n: 0, r1: 0, r3: 0, mrr: 0, a1: 0, abst: 0, outside: 0 });
const misses: unknown[] = [];
const features: unknown[] = [];

function record(t: Tally, q: Question, r: AskResult, mode: string): void {
  t.n++;
  features.push({ mode, should: true, q: q.question, gold: r.passages.findIndex((p) => p.article === q.article && p.paragraph === q.paragraph), ...r.decision });
  if (!r.answered || !r.passages.length) {
    t.abst++;
    misses.push({ mode, q: q.question, article: q.article, gold: q.paragraph, refused: true, closest: r.closest?.[0]?.paragraph, confidence: r.confidence });
    return;
  }
  const rank = r.passages.slice(0, 3).findIndex((p) => p.article === q.article && p.paragraph === q.paragraph);
  if (rank === 0) t.r1++;
  if (rank >= 0 && rank < 3) t.r3++;
  if (rank >= 0) t.mrr += 1 / (rank + 1);
  if (hasAnswer(r.passages[0]!.excerpt, q)) t.a1++;
  else if (rank === 0) {
    t.outside++;
    misses.push({ mode, q: q.question, article: q.article, gold: q.paragraph, rank, outside: true, answers: q.answers, excerpt: r.passages[0]!.excerpt });
  }
  if (rank !== 0) {
    const first = r.passages[0]!;
    misses.push({ mode, q: q.question, article: q.article, gold: q.paragraph, rank, got: `${first.article}#${first.paragraph}`, excerpt: first.excerpt.slice(0, 160) });
  }
}
const summary = (t: Tally) => {
  const f = (x: number) => +(x / Math.max(1, t.n)).toFixed(3);
  return { n: t.n, R1: f(t.r1), R3: f(t.r3), MRR: f(t.mrr), Answer1: f(t.a1), abstained: f(t.abst), answerOutsideExcerpt: f(t.outside) };
};

const weighting = values.weighting ? (JSON.parse(values.weighting) as Pick<PassageIndexOptions, 'paragraph' | 'sentence'>) : undefined;
type Asker = Pick<BranoCore, 'ask'>;
// The core as the CLI builds it, or, with --weighting, its passage index built with other BM25 parameters.
const build = (articles: Article[]): Asker => {
  if (!weighting) return createCore(articles, { lexicons });
  const index = buildPassageIndex(articles.map((a) => segmentArticle(a)), { ...weighting, thesaurus: lexicons.thesaurus, bilingual: lexicons.bilingual });
  return { ask: (q, o) => ask(index, q, o) };
};
const started = performance.now();
const articleCores = new Map<string, Asker>();
const articleCore = (slug: string): Asker => {
  let core = articleCores.get(slug);
  if (!core) {
    const article = allArticles.find((a) => a.slug === slug);
    if (!article) throw new Error(`no article ${slug}`);
    articleCores.set(slug, (core = build([article])));
  }
  return core;
};
let corpusCore: Asker | undefined;
const reports: Record<string, unknown>[] = [];
for (const ranking of configs) {
  const report: Record<string, unknown> = ranking ? { ranking } : {};
  reports.push(report);
  misses.length = 0;
  features.length = 0;
  const opts = { limit: 3, ...(ranking ? { ranking } : {}) };
  if (values.mode !== 'corpus') {
    const t = tally();
    let negN = 0;
    let negDeclined = 0;
    for (const slug of [...new Set(qs.map((q) => q.article))]) {
      const core = articleCore(slug);
      for (const q of qs.filter((x) => x.article === slug)) record(t, q, core.ask(q.question, opts), 'article');
      if (negatives) {
        // The kit's choice of other-article questions (from the whole sample, as score-squad draws them).
        const others = allQs.filter((q) => q.article !== slug);
        for (let k = 0; k < negatives; k++) {
          const q = others[(k * 7919 + slug.length * 131) % others.length]!;
          const r = core.ask(q.question, opts);
          features.push({ mode: 'article', should: false, gold: -1, q: q.question, from: q.article, to: slug, ...r.decision });
          negN++;
          if (!r.answered || !r.passages.length) negDeclined++;
        }
      }
    }
    report['article'] = { ...summary(t), ...(negN ? { offTopicDeclined: +(negDeclined / negN).toFixed(3) } : {}) };
  }
  if (values.mode !== 'article') {
    const t = tally();
    corpusCore ??= build(allArticles);
    for (const q of qs) record(t, q, corpusCore.ask(q.question, opts), 'corpus');
    report['corpus'] = summary(t);
  }
  if (!values.json) for (const [k, v] of Object.entries(report)) console.log(k.padEnd(8), JSON.stringify(v));
}
const seconds = +((performance.now() - started) / 1000).toFixed(1);
if (values.misses) writeFileSync(values.misses, misses.map((m) => JSON.stringify(m)).join('\n') + '\n');
if (values.features) writeFileSync(values.features, features.map((m) => JSON.stringify(m)).join('\n') + '\n');
console.log(JSON.stringify(reports.length === 1 ? { ...reports[0], seconds } : { reports, seconds }));
