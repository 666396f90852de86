/**
 * `node dist/scripts/learnTranslationTable.js --out FILE [--iterations 15] [--min-t 0.01] [--min-seen 2]
 * [--keep-answer] [--folds K --leave-out I]`: learns a word-translation table between the stems of a question and
 * the stems of the sentence that answers it (a translation-based language model, Berger & Lafferty 1999; Xue, Jeon &
 * Croft 2008), for the re-ranker's experiments (the inputs read from it and their figures, measured and not kept, are in the header of
 * scripts/fitReranker.ts).
 *
 * Examples: the SQuAD-it dev set's TRAINING half only (scripts/squadDev.ts: articles of even alphabetical position);
 * each question's content stems (src/core/analysis.ts `analyze`, stopwords out, each stem once) against the stems of
 * the gold paragraph's first sentence that holds the first answer written as given (questions whose answer no
 * sentence holds are left out), the answer's own stems taken out of the sentence unless --keep-answer (a question
 * never types its answer, so those stems would only teach noise). The model is IBM Model 1, the question generated
 * from the sentence: t(q | p), the probability that passage stem p gives question stem q, with a NULL word on the
 * passage side, learned by --iterations rounds of expectation–maximisation from a uniform start; a stem is its own
 * translation like any other pair (identical stems are most often aligned together, so t(w | w) stays large).
 * With --folds K --leave-out I, the training half's articles (alphabetical) are dealt into K folds in turn and fold
 * I teaches nothing: the table for that fold's own questions, so that the re-ranker's training lists read a table
 * that has not seen their question (without this, the re-ranker learns from the training lists a table that knows
 * their answers by heart: R@1 on the training half 0.858 in own-article mode against 0.786 on the validation half).
 * The table keeps pairs with t ≥ --min-t seen together in at least --min-seen examples (NULL rows left out).
 *
 * Output: one pair a line, `q<TAB>p<TAB>t<TAB>seen`, sorted by p then by t falling. SQuAD-it is CC BY-SA 4.0: a table
 * learned from it is a derived work and needs that licence beside it if it is ever shipped.
 */
import { writeFileSync } from 'node:fs';
import { missingOption, scriptArgs } from './scriptArgs.js';
import { analyze } from '../src/core/analysis.js';
import { installItalianData } from '../src/lexicons.js';
import { loadSquadDev } from './squadDev.js';

installItalianData();

const { values } = scriptArgs({
  options: {
    out: { type: 'string' },
    iterations: { type: 'string', default: '15' },
    'min-t': { type: 'string', default: '0.01' },
    'min-seen': { type: 'string', default: '2' },
    'keep-answer': { type: 'boolean', default: false },
    folds: { type: 'string', default: '1' },
    'leave-out': { type: 'string' },
  },
}, import.meta.url);
if (!values.out) missingOption('--out FILE is required', import.meta.url);
const iterations = Number(values.iterations);
const minT = Number(values['min-t']);
const minSeen = Number(values['min-seen']);

const { questions, articles, halfOf } = loadSquadDev();
const bySlug = new Map(articles.map((a) => [a.slug, a]));
// Out-of-fold tables: the training half's articles dealt alternately into --folds folds, one left out.
const trainingSlugs = articles.map((a) => a.slug).filter((slug) => halfOf(slug) === 0).sort();
const folds = Number(values.folds);
const leftOut = values['leave-out'] === undefined ? -1 : Number(values['leave-out']);
const inFold = (slug: string) => trainingSlugs.indexOf(slug) % folds;
const stemsOf = (text: string) => [...new Set(analyze(text, 'it').map((t) => t.term))];

// Stems as integers; 0 is the passage side's NULL word.
const ids = new Map<string, number>([['<null>', 0]]);
const names = ['<null>'];
const idOf = (s: string) => {
  let id = ids.get(s);
  if (id === undefined) {
    id = names.length;
    ids.set(s, id);
    names.push(s);
  }
  return id;
};

// The training pairs: question stems, answering sentence stems (with NULL).
const pairs: { q: number[]; p: number[] }[] = [];
let skipped = 0;
for (const question of questions) {
  if (halfOf(question.article) !== 0 || inFold(question.article) === leftOut) continue;
  const paragraph = bySlug.get(question.article)?.paragraphs[question.paragraph - 1];
  const answer = question.answers[0]?.toLowerCase();
  const sentence = answer ? paragraph?.sentences.find((s) => s.text.toLowerCase().includes(answer)) : undefined;
  if (!sentence || !answer) {
    skipped++;
    continue;
  }
  const answerStems = values['keep-answer'] ? new Set<string>() : new Set(stemsOf(answer));
  const q = stemsOf(question.question).map(idOf);
  const p = stemsOf(sentence.text).filter((s) => !answerStems.has(s)).map(idOf);
  if (q.length && p.length) pairs.push({ q, p: [0, ...p] });
}

// Pair keys: passage id × the vocabulary size + question id.
const V = names.length;
const key = (p: number, q: number) => p * V + q;
const seen = new Map<number, number>();
for (const { q, p } of pairs) for (const qi of q) for (const pi of p) seen.set(key(pi, qi), (seen.get(key(pi, qi)) ?? 0) + 1);
const questionVocabulary = new Set(pairs.flatMap((x) => x.q)).size;
let t = new Map<number, number>([...seen.keys()].map((k) => [k, 1 / questionVocabulary]));

for (let it = 0; it < iterations; it++) {
  const count = new Map<number, number>();
  const total = new Float64Array(V);
  let logLikelihood = 0;
  for (const { q, p } of pairs) {
    for (const qi of q) {
      let z = 0;
      for (const pi of p) z += t.get(key(pi, qi))!;
      logLikelihood += Math.log(z / p.length);
      for (const pi of p) {
        const c = t.get(key(pi, qi))! / z;
        count.set(key(pi, qi), (count.get(key(pi, qi)) ?? 0) + c);
        total[pi] = total[pi]! + c;
      }
    }
  }
  t = new Map([...count].map(([k, c]) => [k, c / total[Math.floor(k / V)]!]));
  console.error(`iteration ${it + 1}: log-likelihood ${logLikelihood.toFixed(1)}`);
}

const rows: [string, string, number, number][] = [];
for (const [k, value] of t) {
  const p = Math.floor(k / V);
  const q = k % V;
  if (p === 0 || value < minT || seen.get(k)! < minSeen) continue;
  rows.push([names[q]!, names[p]!, value, seen.get(k)!]);
}
rows.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : b[2] - a[2]));
writeFileSync(values.out, rows.map((r) => `${r[0]}\t${r[1]}\t${r[2].toPrecision(4)}\t${r[3]}`).join('\n') + '\n');
const self = rows.filter((r) => r[0] === r[1]).length;
console.log(`${pairs.length} pairs (${skipped} questions without an answering sentence), ${V - 1} stems; table: ${rows.length} pairs, ${self} of them a stem to itself, ${new Set(rows.map((r) => r[1])).size} passage stems`);
