import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask, type ObservedCandidate } from '../../src/core/ask.js';
import { loadCorpus, parseArticle } from '../../src/core/corpus.js';
import { buildPassageIndex } from '../../src/core/passageIndex.js';
import { RERANK_FEATURE_NAMES, rerank, rerankInputs, type CandidateEvidence, type RerankModel } from '../../src/core/rerank.js';
import { RERANK_MODEL } from '../../src/core/rerankModel.js';
import { parseSynonyms } from '../../src/core/synonyms.js';
import { parseThesaurus } from '../../src/core/thesaurus.js';
import { loadLexicons } from '../../src/lexicons.js';

const ROOT = resolve(import.meta.dirname, '../..');
const MINI = join(ROOT, 'test/fixtures/corpora/mini');
const mini = buildPassageIndex(loadCorpus(MINI), loadLexicons(MINI));
const OFF: RerankModel = { features: [], mean: [], scale: [], weights: [], depth: 0 };

const evidence = (over: Partial<CandidateEvidence>): CandidateEvidence => ({
  score: 0.5,
  paragraphScore: 0.5,
  sentenceScore: 0.5,
  coverage: 0.5,
  wordCoverage: 0.5,
  sentenceCoverage: 0.5,
  windowCoverage: 0.5,
  conceptShare: 0.5,
  sentenceConceptShare: 0.5,
  proximity: 0,
  cueAsked: false,
  cueMet: false,
  rarestFound: true,
  position: 0.5,
  length: 1,
  nameShare: 1,
  sentenceNameShare: 1,
  density: 0.5,
  titleShare: 0,
  exactCoverage: 0.5,
  sentenceExactCoverage: 0.5,
  gramCoverage: 0.5,
  sentenceGramCoverage: 0.5,
  wholeCoverage: 0.5,
  synonymCoverage: 0,
  article: 'a',
  ...over,
});

// A model that weighs one input only.
const only = (name: string, names = RERANK_FEATURE_NAMES): RerankModel => ({
  features: names,
  mean: names.map(() => 0),
  scale: names.map(() => 1),
  weights: names.map((n) => (n === name ? 1 : 0)),
  depth: 10,
});

describe('the re-ranker', () => {
  it('GIVEN a model that weighs the share of the question the best sentence holds THEN the candidate holding more of it comes first', () => {
    const order = rerank([evidence({ score: 0.6, sentenceCoverage: 0.3 }), evidence({ score: 0.55, sentenceCoverage: 0.9 })], only('sentenceCoverage'));
    expect(order.map((o) => o.index)).toEqual([1, 0]);
  });

  it('GIVEN candidates the model cannot tell apart THEN the first stage’s order stands', () => {
    const order = rerank([evidence({}), evidence({}), evidence({})], only('sentenceCoverage'));
    expect(order.map((o) => o.index)).toEqual([0, 1, 2]);
  });

  it('GIVEN candidates THEN the inputs compare each with the first stage’s first (its rank, its share of the top score)', () => {
    const x = rerankInputs([evidence({ score: 0.8 }), evidence({ score: 0.4 })]);
    expect(x[1]![RERANK_FEATURE_NAMES.indexOf('scoreShareOfTop')]).toBeCloseTo(0.5);
    expect(x[1]![RERANK_FEATURE_NAMES.indexOf('logRank')]).toBeCloseTo(Math.log(2));
    expect(x.every((row) => row.length === RERANK_FEATURE_NAMES.length)).toBe(true);
  });

  it('GIVEN candidates from two articles THEN each one’s article share is its article’s part of the candidates’ summed score', () => {
    const x = rerankInputs([evidence({ score: 0.6, article: 'a' }), evidence({ score: 0.3, article: 'b' }), evidence({ score: 0.1, article: 'a' })]);
    const share = RERANK_FEATURE_NAMES.indexOf('articleShare');
    expect(x.map((row) => row[share])).toEqual([0.7, 0.3, 0.7].map((v) => expect.closeTo(v, 6)));
  });

  it('GIVEN an incumbent bonus THEN the first stage’s first keeps its place unless the model prefers another by more than the bonus', () => {
    const model = { ...only('sentenceCoverage'), incumbent: 0.3 };
    const close = [evidence({ sentenceCoverage: 0.5 }), evidence({ sentenceCoverage: 0.7 })];
    expect(rerank(close, model).map((o) => o.index)).toEqual([0, 1]);
    const clear = [evidence({ sentenceCoverage: 0.2 }), evidence({ sentenceCoverage: 0.9 })];
    expect(rerank(clear, model).map((o) => o.index)).toEqual([1, 0]);
  });

  it('GIVEN the shipped model THEN it has one weight, mean and spread per input and re-orders more than one candidate', () => {
    expect(RERANK_MODEL.features).toEqual(RERANK_FEATURE_NAMES);
    expect(RERANK_MODEL.weights.length).toBe(RERANK_FEATURE_NAMES.length);
    expect(RERANK_MODEL.mean.length).toBe(RERANK_FEATURE_NAMES.length);
    expect(RERANK_MODEL.scale.length).toBe(RERANK_FEATURE_NAMES.length);
    expect(RERANK_MODEL.depth).toBeGreaterThan(1);
  });
});

describe('ask with the re-ranker', () => {
  it('GIVEN an observer THEN it gets the first stage’s candidates in its order, each with its evidence', () => {
    let seen: readonly ObservedCandidate[] = [];
    ask(mini, 'Quanto è costato l’edificio della biblioteca?', { onCandidates: (c) => (seen = c), rerankModel: OFF });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[0]).toMatchObject({ article: 'biblioteca', paragraph: 2 });
    expect(seen[0]!.evidence.score).toBeGreaterThanOrEqual(seen[1]!.evidence.score);
    expect(seen[0]!.evidence.coverage).toBeGreaterThan(0);
  });

  it('GIVEN a typed word met in the spelling typed, in another form of its stem, or as a thesaurus synonym THEN only the other form falls short of the exact share', () => {
    const of = bridgeEvidence('Il mercato della piazza si tiene ogni sabato mattina, con banchi di frutta e verdura.\n');
    // As typed: the whole question. Another form of the verb's stem: the paragraph holds it, but not as typed.
    expect(of(1).exactCoverage).toBeCloseTo(1);
    expect(of(2).coverage).toBeCloseTo(1);
    expect(of(2).exactCoverage).toBeLessThan(0.9);
    expect(of(2).sentenceExactCoverage).toBeCloseTo(of(2).exactCoverage);
    // A synonym the thesaurus gives is not penalised.
    expect(of(3).exactCoverage).toBeCloseTo(1);
  });

  it('GIVEN a typed word met in another form of its stem, as a synonym, or not at all THEN the character n-gram share counts the other form in part and the synonym whole', () => {
    const of = bridgeEvidence(`Il ponte di pietra fu dipinto dai Romani${BRIDGE_TAIL}`);
    expect(of(1).gramCoverage).toBeCloseTo(1);
    expect(of(1).sentenceGramCoverage).toBeCloseTo(1);
    // "costruirono" shares "#cos", "cost", "ostr", "stru", "trui" with "costruito", not its ending.
    expect(of(2).gramCoverage).toBeLessThan(1);
    expect(of(2).gramCoverage).toBeGreaterThan(of(4).gramCoverage);
    expect(of(3).gramCoverage).toBeCloseTo(1);
    expect(of(4).gramCoverage).toBeLessThan(1);
  });

  it('GIVEN a typed word met as typed, as a thesaurus synonym, only as a general synonym, or not at all THEN only the general synonym counts in the synonym share, and the whole share counts the first two', () => {
    const of = bridgeEvidence(`Il ponte di pietra fu innalzato dai Romani${BRIDGE_TAIL}`, parseSynonyms('costruire, innalzare'));
    // ¶1 as typed, ¶3 through the thesaurus: held whole, nothing left to a general synonym.
    expect(of(1).wholeCoverage).toBeCloseTo(1);
    expect(of(1).synonymCoverage).toBe(0);
    expect(of(3).wholeCoverage).toBeCloseTo(1);
    expect(of(3).synonymCoverage).toBe(0);
    // ¶4 says "innalzato", which the question was not widened with: its share of the question is the verb's.
    expect(of(4).wholeCoverage).toBeLessThan(1);
    expect(of(4).synonymCoverage).toBeGreaterThan(0);
    expect(of(4).wholeCoverage + of(4).synonymCoverage).toBeCloseTo(1);
    // Without the general synonyms the verb is simply missing there.
    const without = bridgeEvidence(`Il ponte di pietra fu innalzato dai Romani${BRIDGE_TAIL}`);
    expect(without(4).synonymCoverage).toBe(0);
    expect(without(4).wholeCoverage).toBeCloseTo(of(4).wholeCoverage);
  });

  it('GIVEN a question typed in English THEN the model leaves the first stage’s order', () => {
    const q = 'How much did the library building cost?';
    const first = ask(mini, q, { rerankModel: OFF, limit: 5, ranking: { answerThreshold: 0 } });
    const reversed = ask(mini, q, { rerankModel: { ...only('score'), weights: only('score').weights.map((w) => -w) }, limit: 5, ranking: { answerThreshold: 0 } });
    expect(first.lang).toBe('en');
    expect(first.passages.length).toBeGreaterThan(1);
    expect(reversed.passages.map((p) => `${p.article}#${p.paragraph}`)).toEqual(first.passages.map((p) => `${p.article}#${p.paragraph}`));
  });

  it('GIVEN a model that ranks by position in the article THEN the passages come in that order, their scores still falling', () => {
    const q = 'Quando è stato costruito l’edificio della biblioteca?';
    const first = ask(mini, q, { rerankModel: OFF, limit: 5, ranking: { answerThreshold: 0 } });
    const byPosition = ask(mini, q, { rerankModel: { ...only('position'), weights: only('position').weights.map((w) => -w) }, limit: 5, ranking: { answerThreshold: 0 } });
    expect(new Set(byPosition.passages.map((p) => `${p.article}#${p.paragraph}`))).toEqual(new Set(first.passages.map((p) => `${p.article}#${p.paragraph}`)));
    const lengths = new Map(loadCorpus(MINI).map((a) => [a.slug, a.paragraphs.length]));
    const positions = byPosition.passages.map((p) => (p.paragraph - 1) / Math.max(1, lengths.get(p.article)! - 1));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const scores = byPosition.passages.map((p) => p.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

// The tail the bridge paragraphs of `bridgeEvidence` share.
const BRIDGE_TAIL = ' sul fiume nel primo secolo, e ancora oggi regge il traffico.\n';

/**
 * The re-ranker's evidence for "Quando fu costruito il ponte di pietra?" asked of an article whose paragraphs say it
 * with the word as typed (¶1), another form of its stem (¶2), a thesaurus synonym (¶3), and a fourth paragraph.
 * @param fourth - the fourth paragraph
 * @param synonyms - general synonyms (synonyms.ts), by analysed term (default: none)
 * @returns the evidence of a paragraph, by its number
 */
function bridgeEvidence(fourth: string, synonyms?: ReadonlyMap<string, readonly (readonly string[])[]>): (paragraph: number) => CandidateEvidence {
  const article = parseArticle(
    [
      '---\ntitle: "Città"\nlang: it\n---\n',
      `Il ponte di pietra fu costruito dai Romani${BRIDGE_TAIL}`,
      `I Romani costruirono il ponte di pietra${BRIDGE_TAIL}`,
      `Il ponte di pietra fu edificato dai Romani${BRIDGE_TAIL}`,
      fourth,
    ].join('\n'),
    'citta.md',
  );
  const index = buildPassageIndex([article], { thesaurus: parseThesaurus('costruire, edificare'), ...(synonyms ? { synonyms: { lookup: (t: string) => synonyms.get(t) ?? [] } } : {}) });
  let seen: readonly ObservedCandidate[] = [];
  ask(index, 'Quando fu costruito il ponte di pietra?', { onCandidates: (c) => (seen = c), rerankModel: OFF, ranking: { answerThreshold: 0 } });
  return (paragraph) => seen.find((c) => c.paragraph === paragraph)!.evidence;
}
