/**
 * `node dist/scripts/evalEnglish.js [options]`: English questions over Italian articles, measured in process on
 * test/fixtures/english-dev (each question asked of its own article, language detected per question as Brano
 * does), with the definitions of the evaluation kit's score-squad: R1/R3 (rank of the gold ¶ among the first three
 * passages), Answer1 (the first excerpt holds the Italian answer, case-insensitive) and refused (questions declined).
 *
 * Options:
 *   --half tune|check|all   which half of the set (default all); tune on `tune`, report `check`
 *   --lexicon FILE          a corpus's own English→Italian lexicon file, added to Brano's general layer (default
 *                           `none`: the general layer alone, what the SQuAD-it folder, which has no lexicon of its own,
 *                           gets; `shipped` adds the shipped corpus's own, corpus/lexicon/*en-it.txt)
 *   --negatives N           per article, N questions of the other articles (same half), which it should decline (default 20)
 *   --misses FILE           writes the questions whose gold ¶ is not first, with what came first, and the other
 *                           articles' questions an article answered (offTopicOf: that article)
 *   --json                  prints only the JSON report
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptArgs } from './scriptArgs.js';
import { PROJECT_ROOT } from '../src/config.js';
import { createCore, type BranoCore } from '../src/core/brano.js';
import { loadCorpus } from '../src/core/corpus.js';
import { mergeBilingualLexicons, parseBilingualLexicon, type BilingualLexicon } from '../src/core/crossLingual.js';
import { installItalianData, loadLexicons } from '../src/lexicons.js';

installItalianData();

interface Question {
  readonly id: string;
  readonly article: string;
  readonly question: string;
  readonly paragraph: number;
  readonly answers: readonly string[];
  readonly half: 'tune' | 'check';
}

const { values } = scriptArgs({
  options: {
    half: { type: 'string', default: 'all' },
    lexicon: { type: 'string' },
    misses: { type: 'string' },
    negatives: { type: 'string', default: '20' },
    json: { type: 'boolean', default: false },
  },
}, import.meta.url);
const fixtures = join(PROJECT_ROOT, 'test', 'fixtures');
const qs = readFileSync(join(fixtures, 'english-dev', 'questions.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Question)
  .filter((q) => values.half === 'all' || q.half === values.half);

const general = loadLexicons().bilingual;
const bilingual: BilingualLexicon =
  values.lexicon === undefined || values.lexicon === 'none'
    ? general
    : values.lexicon === 'shipped'
      ? loadLexicons(join(PROJECT_ROOT, 'corpus')).bilingual
      : mergeBilingualLexicons([general, parseBilingualLexicon(readFileSync(values.lexicon, 'utf8'), values.lexicon)]);

const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');
const articles = loadCorpus(join(fixtures, 'squad-it-dev', 'corpus'));
const cores = new Map<string, BranoCore>();
const t = { n: 0, r1: 0, r3: 0, a1: 0, refused: 0, detectedItalian: 0 };
const misses: unknown[] = [];
const started = performance.now();
for (const q of qs) {
  let core = cores.get(q.article);
  if (!core) {
    const article = articles.find((a) => a.slug === q.article);
    if (!article) throw new Error(`evalEnglish: no article ${q.article}`);
    cores.set(q.article, (core = createCore([article])));
  }
  const r = core.ask(q.question, { limit: 3, ...(bilingual ? { bilingual } : {}) });
  t.n++;
  if (r.lang === 'it') t.detectedItalian++;
  if (!r.answered || !r.passages.length) {
    t.refused++;
    misses.push({ id: q.id, q: q.question, gold: q.paragraph, refused: true, closest: r.closest?.[0]?.paragraph });
    continue;
  }
  const rank = r.passages.slice(0, 3).findIndex((p) => p.paragraph === q.paragraph);
  if (rank === 0) t.r1++;
  if (rank >= 0) t.r3++;
  if (q.answers.some((a) => norm(r.passages[0]!.excerpt).includes(norm(a)))) t.a1++;
  if (rank !== 0) misses.push({ id: q.id, q: q.question, gold: q.paragraph, rank, got: r.passages[0]!.paragraph, excerpt: r.passages[0]!.excerpt.slice(0, 120) });
}
// Questions of the other articles, which an article should decline (the same choice as evalSquad's negatives).
let negN = 0;
let negDeclined = 0;
for (const [slug, core] of cores) {
  const others = qs.filter((q) => q.article !== slug);
  for (let k = 0; k < Math.min(Number(values.negatives), others.length); k++) {
    const q = others[(k * 7919 + slug.length * 131) % others.length]!;
    const r = core.ask(q.question, { limit: 3, ...(bilingual ? { bilingual } : {}) });
    negN++;
    if (!r.answered || !r.passages.length) negDeclined++;
    else misses.push({ id: q.id, q: q.question, offTopicOf: slug, got: r.passages[0]!.paragraph, excerpt: r.passages[0]!.excerpt.slice(0, 120) });
  }
}
const f = (x: number) => +(x / Math.max(1, t.n)).toFixed(3);
const report = {
  half: values.half,
  n: t.n,
  R1: f(t.r1),
  R3: f(t.r3),
  Answer1: f(t.a1),
  refused: f(t.refused),
  detectedItalian: t.detectedItalian,
  offTopicDeclined: +(negDeclined / Math.max(1, negN)).toFixed(3),
  seconds: +((performance.now() - started) / 1000).toFixed(1),
};
if (values.misses) writeFileSync(values.misses, misses.map((m) => JSON.stringify(m)).join('\n') + '\n');
console.log(JSON.stringify(report));
