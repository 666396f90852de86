import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/brano.js';
import { loadCorpus } from '../../src/core/corpus.js';
import { loadLexicons } from '../../src/lexicons.js';
import type { AskResult } from '../../src/core/ask.js';

// `ask` scores in full only the candidates whose bound can still reach its best few (ask.ts, `sentenceBound`).
// Observing the first stage's candidates (`onCandidates` with a large `observeDepth`) makes it score every one of
// them: the answers must be the same either way.
const ROOT = resolve(import.meta.dirname, '../..');
const DEV = join(ROOT, 'test/fixtures/squad-it-dev');
const lines = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
const devQuestions = lines(join(DEV, 'questions.jsonl')).map((q) => String(q['question']));
const englishQuestions = lines(join(ROOT, 'test/fixtures/english-dev/questions.jsonl')).map((q) => String(q['question']));
const shippedQuestions = lines(join(ROOT, 'test/fixtures/questions.it.jsonl')).map((q) => String(q['q']));

const everyCandidate = { onCandidates: () => undefined, observeDepth: 100_000 };
const same = (a: AskResult, b: AskResult) => expect(JSON.stringify(a)).toBe(JSON.stringify(b));

describe('ask scores only the candidates that can still rank among its best', () => {
  const dev = createCore(loadCorpus(join(DEV, 'corpus')), { lexicons: loadLexicons(join(DEV, 'corpus')) });

  it('GIVEN 100 SQuAD-it dev questions over the whole dev corpus THEN the answers equal those with every candidate scored', () => {
    const sample = devQuestions.filter((_, i) => i % 40 === 0);
    expect(sample.length).toBeGreaterThanOrEqual(100);
    for (const q of sample) same(dev.ask(q), dev.ask(q, everyCandidate));
  });

  it('GIVEN the same questions with 10 passages asked for, or one article only THEN the answers equal those with every candidate scored', () => {
    devQuestions
      .filter((_, i) => i % 160 === 5)
      .forEach((q, i) => {
        same(dev.ask(q, { limit: 10 }), dev.ask(q, { limit: 10, ...everyCandidate }));
        const article = dev.articles[i % dev.articles.length]!.slug;
        same(dev.ask(q, { article }), dev.ask(q, { article, ...everyCandidate }));
      });
  });

  it('GIVEN English questions over the dev corpus THEN the answers equal those with every candidate scored', () => {
    for (const q of englishQuestions.filter((_, i) => i % 8 === 0)) same(dev.ask(q), dev.ask(q, everyCandidate));
  });

  it('GIVEN the shipped article and a third of its question set THEN the answers equal those with every candidate scored', () => {
    const shipped = createCore(loadCorpus(join(ROOT, 'corpus')), { lexicons: loadLexicons(join(ROOT, 'corpus')) });
    for (const q of shippedQuestions.filter((_, i) => i % 3 === 0)) same(shipped.ask(q), shipped.ask(q, everyCandidate));
  });
});
