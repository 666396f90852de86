import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, type BranoCore } from '../../src/core/brano.js';
import { loadCorpus } from '../../src/core/corpus.js';
import { answerProbability, type AnswerFeatures } from '../../src/core/answerDecision.js';
import { ANSWER_MODEL } from '../../src/core/answerModel.js';
import { loadLexicons } from '../../src/lexicons.js';
import { ask, type AskOptions } from '../../src/core/ask.js';
import type { RerankModel } from '../../src/core/rerank.js';

// SQuAD-it dev articles Brano was not written for (test/fixtures/squad-it-dev, CC BY-SA 4.0), measured as the
// evaluation kit's score-squad measures them (article mode: each question asked of its own article alone; questions
// of other articles, which it should decline, drawn the kit's way). A fixed sample keeps the run short: every
// fourth question (on it: R@1 0.789, R@3 0.897, Answer@1 0.744, 2.0 % refused). On the whole set
// (`score-squad --mode article --negatives 20`) the same code measures R@1 0.771, R@3 0.890, Answer@1 0.731, 2.4 %
// refused, 90.2 % of other-article questions declined (in process, evalSquad; the issue asks for 0.80, 0.92, 0.78,
// ≤ 2 % and ≥ 90 %: not all reached); the floors sit a little under the sample's figures.
interface Question {
  readonly article: string;
  readonly question: string;
  readonly paragraph: number;
  readonly answers: readonly string[];
}
const ROOT = resolve(import.meta.dirname, '../..');
const DIR = join(ROOT, 'test/fixtures/squad-it-dev');
const all: Question[] = readFileSync(join(DIR, 'questions.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Question);
const sample = all.filter((_, i) => i % 4 === 0);
const articles = loadCorpus(join(DIR, 'corpus'));
// Served as the CLI would serve that folder: Brano's general lexicon layer (the folder has no lexicon of its own).
const lexicons = loadLexicons(join(DIR, 'corpus'));
const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');

describe('retrieval on unseen Wikipedia articles (SQuAD-it dev)', () => {
  const cores = new Map<string, BranoCore>(articles.map((a) => [a.slug, createCore([a], { lexicons })]));
  let r1 = 0;
  let r3 = 0;
  let a1 = 0;
  let refused = 0;
  for (const q of sample) {
    const r = cores.get(q.article)!.ask(q.question, { limit: 3 });
    if (!r.answered) {
      refused++;
      continue;
    }
    const rank = r.passages.findIndex((p) => p.article === q.article && p.paragraph === q.paragraph);
    if (rank === 0) r1++;
    if (rank >= 0 && rank < 3) r3++;
    if (q.answers.some((a) => norm(r.passages[0]!.excerpt).includes(norm(a)))) a1++;
  }
  let negatives = 0;
  let declined = 0;
  for (const a of articles) {
    const others = all.filter((q) => q.article !== a.slug);
    for (let k = 0; k < 20; k++) {
      negatives++;
      if (!cores.get(a.slug)!.ask(others[(k * 7919 + a.slug.length * 131) % others.length]!.question).answered) declined++;
    }
  }
  const n = sample.length;

  it('GIVEN each sampled question asked of its own article THEN R@1 ≥ 0.78, R@3 ≥ 0.89 and Answer@1 ≥ 0.735', () => {
    expect(n).toBeGreaterThanOrEqual(1000);
    expect(r1 / n).toBeGreaterThanOrEqual(0.78);
    expect(r3 / n).toBeGreaterThanOrEqual(0.89);
    expect(a1 / n).toBeGreaterThanOrEqual(0.735);
  });

  it('GIVEN the same questions THEN at most 3 % of them are declined', () => {
    expect(refused / n).toBeLessThanOrEqual(0.03);
  });

  it('GIVEN 20 questions of other articles asked of each article THEN at least 88 % are declined', () => {
    expect(declined / negatives).toBeGreaterThanOrEqual(0.88);
  });
});

// The re-ranker (src/core/rerank.ts) was fitted on the articles of even alphabetical position only; the odd ones
// check it. Every fourth of their questions asked of the whole folder: the first stage alone puts the gold
// paragraph first for 0.741 of them, the re-ranked order for 0.773 (R@3 0.864 → 0.877).
describe('the re-ranker on the articles it was not fitted on (SQuAD-it dev, whole folder)', () => {
  const OFF: RerankModel = { features: [], mean: [], scale: [], weights: [], depth: 0 };
  const slugs = articles.map((a) => a.slug).sort();
  const held = all.filter((q, i) => slugs.indexOf(q.article) % 2 === 1 && i % 4 === 0);
  const core = createCore(articles, { lexicons });
  const measure = (options: AskOptions) => {
    let r1 = 0;
    let r3 = 0;
    for (const q of held) {
      // (the search alone, ask.ts: the core's later stage that puts a named source's statements first is no part of
      // what the re-ranker adds)
      const rank = ask(core.index, q.question, { limit: 3, ranking: { answerThreshold: 0 }, ...options }).passages.findIndex((p) => p.article === q.article && p.paragraph === q.paragraph);
      if (rank === 0) r1++;
      if (rank >= 0 && rank < 3) r3++;
    }
    return { r1: r1 / held.length, r3: r3 / held.length };
  };
  const reranked = measure({});
  const firstStage = measure({ rerankModel: OFF });

  it('GIVEN the held-out articles’ questions THEN the re-ranked order reaches R@1 ≥ 0.765 and R@3 ≥ 0.87, at least 2.5 points of R@1 above the first stage', () => {
    expect(held.length).toBeGreaterThanOrEqual(400);
    expect(reranked.r1).toBeGreaterThanOrEqual(0.765);
    expect(reranked.r3).toBeGreaterThanOrEqual(0.87);
    // (counted in questions, so that a margin of exactly 2.5 points is not lost to rounding)
    expect(Math.round((reranked.r1 - firstStage.r1) * held.length)).toBeGreaterThanOrEqual(Math.ceil(0.025 * held.length));
  });
});

describe('the answer model', () => {
  const evidence = (over: Partial<AnswerFeatures>): AnswerFeatures => ({
    coverage: 1,
    wordCoverage: 1,
    typedCoverage: 1,
    sentenceCoverage: 1,
    windowCoverage: 1,
    score: 0.9,
    margin: 0.4,
    cueAsked: true,
    cueMet: true,
    unknownShare: 0,
    unknownMax: 0,
    concepts: 4,
    conceptShare: 1,
    sentenceConceptShare: 1,
    uncoveredMax: 0,
    orphanShare: 0,
    unknownConceptShare: 0,
    unknownName: false,
    ...over,
  });

  it('GIVEN a passage holding every word of the question in one sentence THEN the model answers', () => {
    expect(answerProbability(evidence({}))).toBeGreaterThanOrEqual(ANSWER_MODEL.threshold);
  });

  it('GIVEN a passage matching one common word while the question’s rare words are not in the article THEN the model declines', () => {
    const weak = evidence({
      coverage: 0.1,
      wordCoverage: 0.1,
      typedCoverage: 0.1,
      sentenceCoverage: 0.1,
      windowCoverage: 0.1,
      score: 0.2,
      margin: 0.02,
      cueMet: false,
      unknownShare: 0.8,
      unknownMax: 0.5,
      conceptShare: 0.25,
      sentenceConceptShare: 0.25,
      uncoveredMax: 0.5,
      orphanShare: 0.5,
      unknownConceptShare: 0.5,
    });
    expect(answerProbability(weak)).toBeLessThan(ANSWER_MODEL.threshold);
  });

  it('GIVEN the shipped model THEN it has one weight, mean and spread per input', () => {
    expect(ANSWER_MODEL.weights.length).toBe(ANSWER_MODEL.features.length);
    expect(ANSWER_MODEL.mean.length).toBe(ANSWER_MODEL.features.length);
    expect(ANSWER_MODEL.scale.length).toBe(ANSWER_MODEL.features.length);
    expect(ANSWER_MODEL.features.length).toBeGreaterThan(0);
  });
});
