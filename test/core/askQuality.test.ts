import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/ask.js';
import { loadCorpus } from '../../src/core/corpus.js';
import { buildPassageIndex } from '../../src/core/passageIndex.js';
import { loadLexicons } from '../../src/lexicons.js';

// Paraphrased Italian questions (our own wording, not the article's; the later batches deliberately colloquial,
// the last three — ids b1-, b2-, b3- — written without looking at the results and scored before any change for
// them): the dev set the weighting was chosen on. Floors sit a little under the measured figures (315 answerable:
// R@1 0.892, Answer@1 0.870, 2 wrong abstentions; 52 of 59 off-topic abstained).
interface Question {
  readonly id: string;
  readonly lang: string;
  readonly q: string;
  readonly gold: readonly number[];
  readonly answer?: string;
}

const ROOT = resolve(import.meta.dirname, '../..');
const questions: Question[] = readFileSync(join(ROOT, 'test/fixtures/questions.it.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Question);
const onTopic = questions.filter((q) => q.gold.length > 0);
const offTopic = questions.filter((q) => q.gold.length === 0);
const articles = loadCorpus(join(ROOT, 'corpus'));
const { thesaurus, bilingual } = loadLexicons(join(ROOT, 'corpus'));
const index = buildPassageIndex(articles, { thesaurus, bilingual });
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

describe('answer quality on the paraphrased Italian question set', () => {
  const results = onTopic.map((q) => ({ q, r: ask(index, q.q) }));

  it('GIVEN the question file THEN it holds at least 250 answerable questions, each answer verbatim in its gold paragraph', () => {
    expect(onTopic.length).toBeGreaterThanOrEqual(250);
    for (const q of onTopic) {
      const texts = q.gold.map((g) => articles[0]!.paragraphs[g - 1]!.text);
      expect(texts.some((t) => t.includes(q.answer!)), q.id).toBe(true);
    }
  });

  it('GIVEN each answerable question THEN R@1 ≥ 0.87 and Answer@1 ≥ 0.85 with at most two wrong abstentions', () => {
    let r1 = 0;
    let a1 = 0;
    let abstained = 0;
    for (const { q, r } of results) {
      const p = r.answered ? r.passages[0] : undefined;
      if (!p) abstained++;
      if (p && q.gold.includes(p.paragraph)) r1++;
      if (p && p.excerpt.length <= 400 && norm(p.excerpt).includes(norm(q.answer!))) a1++;
    }
    expect(r1 / onTopic.length).toBeGreaterThanOrEqual(0.87);
    expect(a1 / onTopic.length).toBeGreaterThanOrEqual(0.85);
    expect(abstained).toBeLessThanOrEqual(2);
  });

  it('GIVEN the off-topic questions THEN Brano abstains on at least 74% of them', () => {
    const abstained = offTopic.filter((q) => !ask(index, q.q).answered).length;
    expect(offTopic.length).toBeGreaterThanOrEqual(5);
    expect(abstained / offTopic.length).toBeGreaterThanOrEqual(0.74);
  });

  it('GIVEN natural’s TfIdf over the same paragraphs THEN Brano’s R@1 is clearly higher', () => {
    const require = createRequire(import.meta.url);
    // Deep import: natural's entry point loads database clients and prints to stdout.
    const TfIdf = require('natural/lib/natural/tfidf/tfidf.js') as new () => {
      addDocument(text: string): void;
      tfidfs(text: string): number[];
    };
    const tfidf = new TfIdf();
    const paragraphs = articles[0]!.paragraphs;
    for (const p of paragraphs) tfidf.addDocument(p.text);
    let naturalR1 = 0;
    let branoR1 = 0;
    for (const { q, r } of results) {
      const scores = tfidf.tfidfs(q.q);
      const best = scores.reduce((bi, s, i) => (s > scores[bi]! ? i : bi), 0);
      if (q.gold.includes(paragraphs[best]!.number)) naturalR1++;
      if (r.answered && q.gold.includes(r.passages[0]!.paragraph)) branoR1++;
    }
    expect(branoR1).toBeGreaterThan(naturalR1 + 0.15 * onTopic.length);
  });
});

// The same set with the article's own lexicon (corpus/lexicon/llama2-*.txt) left out, as a user who drops the
// article into a corpus folder of their own would serve it: Brano's general layer alone. Measured: R@1 0.857,
// Answer@1 0.832, 6 wrong abstentions, 55 of 59 off-topic abstained (with the article's lexicon: 0.892 / 0.870 / 2).
describe('answer quality on the paraphrased Italian question set, general lexicon layer only', () => {
  const general = loadLexicons();
  const plain = buildPassageIndex(articles, { thesaurus: general.thesaurus, bilingual: general.bilingual });

  it('GIVEN each answerable question THEN R@1 ≥ 0.83 and Answer@1 ≥ 0.81 with at most 8 wrong abstentions, and the article’s lexicon does better', () => {
    let r1 = 0;
    let a1 = 0;
    let abstained = 0;
    let withLexicon = 0;
    for (const q of onTopic) {
      const r = ask(plain, q.q);
      const p = r.answered ? r.passages[0] : undefined;
      if (!p) abstained++;
      if (p && q.gold.includes(p.paragraph)) r1++;
      if (p && p.excerpt.length <= 400 && norm(p.excerpt).includes(norm(q.answer!))) a1++;
      const own = ask(index, q.q);
      if (own.answered && q.gold.includes(own.passages[0]!.paragraph)) withLexicon++;
    }
    expect(r1 / onTopic.length).toBeGreaterThanOrEqual(0.83);
    expect(a1 / onTopic.length).toBeGreaterThanOrEqual(0.81);
    expect(abstained).toBeLessThanOrEqual(8);
    expect(withLexicon).toBeGreaterThan(r1);
  });

  it('GIVEN the off-topic questions THEN Brano still abstains on at least 74% of them', () => {
    const abstained = offTopic.filter((q) => !ask(plain, q.q).answered).length;
    expect(abstained / offTopic.length).toBeGreaterThanOrEqual(0.74);
  });
});
