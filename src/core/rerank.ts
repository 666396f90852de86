/**
 * The second ranking stage: the first stage's best few candidate paragraphs (ask.ts) re-ordered by a small linear
 * model over general evidence of each (question, paragraph, best sentence) pair — how much of the question the
 * paragraph, its best sentence and their neighbours hold (and how much as the question writes it: a typed word in
 * the spelling typed, or a synonym the question was widened with, and how much in character n-grams of its words, so that another form of
 * a word or a misspelt name counts in part; how much only through a general synonym from a wordnet, which the
 * first stage does not search), the question's names found,
 * how close together its words stand, whether the kind of answer asked for is there, the article's title, where the
 * paragraph stands in its article, how it relates to the other candidates. Nothing in it is about one article or one question: the weights are data learned by
 * `scripts/fitReranker.ts` (a listwise logistic loss on the SQuAD-it dev articles of even alphabetical position,
 * checked on the odd ones) and live in `rerankModel.ts`, which that script writes.
 */
import { RERANK_MODEL } from './rerankModel.js';
import { linearScore, type StandardisedLinear } from './answerDecision.js';

/** What the second stage knows of one candidate paragraph, measured by the first stage (ask.ts). */
export interface CandidateEvidence {
  /** The first stage's fused score (paragraph and best sentence, 0–1 scale). */
  readonly score: number;
  /** The paragraph's BM25 over the question's concepts, as a share of the most the question can score. */
  readonly paragraphScore: number;
  /** Its best sentence's BM25 (with proximity, cue and neighbour evidence), on the same scale. */
  readonly sentenceScore: number;
  /** Share of the question's idf mass the paragraph holds. */
  readonly coverage: number;
  /** The same over the question's words that are not names. */
  readonly wordCoverage: number;
  /** Share of the question's idf mass the best sentence holds. */
  readonly sentenceCoverage: number;
  /** The same for the best sentence with its neighbours. */
  readonly windowCoverage: number;
  /** Share of the question's concepts (each counted once) the paragraph holds in some form. */
  readonly conceptShare: number;
  /** The same for the best sentence. */
  readonly sentenceConceptShare: number;
  /** Share of the question's neighbouring concept pairs found close together in one sentence (by information). */
  readonly proximity: number;
  /** Whether the question asks for a kind of answer (who, when, how many…). */
  readonly cueAsked: boolean;
  /** Whether the best sentence holds that kind of answer. */
  readonly cueMet: boolean;
  /** Whether the question's rarest concept is in the paragraph. */
  readonly rarestFound: boolean;
  /** Where the paragraph stands in its article, 0 (first) to 1 (last). */
  readonly position: number;
  /** The paragraph's length relative to the corpus average. */
  readonly length: number;
  /** Share of the question's names and numbers the paragraph holds (1 when it has none). */
  readonly nameShare: number;
  /** The same for the best sentence. */
  readonly sentenceNameShare: number;
  /** How tightly the question's concepts stand in the best sentence: the concepts found there over the fewest
   * words that hold them all (1 for one concept or none). */
  readonly density: number;
  /** Share of the question's idf mass the article's title holds (a title field, BM25F-like). */
  readonly titleShare: number;
  /** Share of the question's idf mass the paragraph holds as the question words it: each typed word in the
   * spelling typed, or a synonym or translation the question was widened with (a typed word met only in another
   * form of its stem does not count). */
  readonly exactCoverage: number;
  /** The same for the best sentence. */
  readonly sentenceExactCoverage: number;
  /** Share of the question's idf mass the paragraph holds in character n-grams of its words (another form of a
   * word, a compound or a misspelt name counting in part). */
  readonly gramCoverage: number;
  /** The same for the best sentence. */
  readonly sentenceGramCoverage: number;
  /** Share of the question's idf mass held by the concepts the paragraph holds whole: every word of the typed form or
   * of one the question was widened with. */
  readonly wholeCoverage: number;
  /** Share of the question's idf mass held by the concepts the paragraph holds only through a general synonym of the
   * typed word (synonyms.ts: MultiWordNet's synsets), none of the forms the question was widened with. */
  readonly synonymCoverage: number;
  /** The paragraph's article (its slug): the inputs weigh how much of the candidates' score its article holds. */
  readonly article: string;
}

/** A fitted linear ranking model: input names, their means and spreads, and weights. */
export interface RerankModel extends StandardisedLinear {
  /** How many of the first stage's candidates it re-orders. */
  readonly depth: number;
  /** A bonus to the first stage's first candidate, in the model's score: it loses its place only to a candidate the
   * model clearly prefers (chosen with the fit on the training data; 0 when absent). */
  readonly incumbent?: number;
}

/** Names of the model's inputs, as `rerankInputs` orders them. */
export const RERANK_FEATURE_NAMES: readonly string[] = [
  'score',
  'scoreShareOfTop',
  'logRank',
  'paragraphScore',
  'sentenceScore',
  'coverage',
  'wordCoverage',
  'sentenceCoverage',
  'windowCoverage',
  'conceptShare',
  'sentenceConceptShare',
  'proximity',
  'cueMissing',
  'rarestFound',
  'position',
  'logLength',
  'coverage×sentenceCoverage',
  'nameShare',
  'sentenceNameShare',
  'density',
  'paragraphScoreShareOfBest',
  'sentenceScoreShareOfBest',
  'sentenceCoverageBelowBest',
  'coverageBelowBest',
  'titleShare',
  'articleShare',
  'exactCoverage',
  'sentenceExactCoverage',
  'gramCoverage',
  'sentenceGramCoverage',
  'wholeCoverage',
  'synonymCoverage',
];

/**
 * The model's inputs for each candidate of one question, in the first stage's order (some inputs compare a
 * candidate with the first one).
 * @param candidates - the evidence, best first by the first stage
 * @returns one input vector per candidate, in the order of `RERANK_FEATURE_NAMES`
 */
export function rerankInputs(candidates: readonly CandidateEvidence[]): number[][] {
  const top = candidates[0]?.score || 1;
  const best = (f: (c: CandidateEvidence) => number) => Math.max(0, ...candidates.map(f)) || 1;
  const bestParagraph = best((c) => c.paragraphScore);
  const bestSentence = best((c) => c.sentenceScore);
  const bestSentenceCoverage = Math.max(0, ...candidates.map((c) => c.sentenceCoverage));
  const bestCoverage = Math.max(0, ...candidates.map((c) => c.coverage));
  // Each article's share of the candidates' summed score.
  const byArticle = new Map<string, number>();
  let mass = 0;
  for (const c of candidates) {
    byArticle.set(c.article, (byArticle.get(c.article) ?? 0) + c.score);
    mass += c.score;
  }
  return candidates.map((c, rank) => [
    c.score,
    c.score / top,
    Math.log(1 + rank),
    c.paragraphScore,
    c.sentenceScore,
    c.coverage,
    c.wordCoverage,
    c.sentenceCoverage,
    c.windowCoverage,
    c.conceptShare,
    c.sentenceConceptShare,
    c.proximity,
    c.cueAsked && !c.cueMet ? 1 : 0,
    c.rarestFound ? 1 : 0,
    c.position,
    Math.log(Math.max(0.05, c.length)),
    c.coverage * c.sentenceCoverage,
    c.nameShare,
    c.sentenceNameShare,
    c.density,
    c.paragraphScore / bestParagraph,
    c.sentenceScore / bestSentence,
    bestSentenceCoverage - c.sentenceCoverage,
    bestCoverage - c.coverage,
    c.titleShare,
    mass ? byArticle.get(c.article)! / mass : 1,
    c.exactCoverage,
    c.sentenceExactCoverage,
    c.gramCoverage,
    c.sentenceGramCoverage,
    c.wholeCoverage,
    c.synonymCoverage,
  ]);
}

/**
 * The model's score of one input vector (higher ranks first).
 * @param x - inputs from `rerankInputs`
 * @param model - the model (default: the one shipped)
 * @returns the score
 */
export function rerankScore(x: readonly number[], model: RerankModel = RERANK_MODEL): number {
  return linearScore(model, x);
}

/**
 * The new order of the first stage's best candidates: their indexes (into `candidates`) by the model's score, best
 * first; ties keep the first stage's order.
 * @param candidates - the evidence of the first `model.depth` candidates, best first by the first stage
 * @param model - the model (default: the one shipped)
 * @returns the indexes of `candidates`, re-ordered, with the model's score of each
 * @example
 * rerank(evidence).map((r) => r.index) // [2, 0, 1, …]
 */
export function rerank(candidates: readonly CandidateEvidence[], model: RerankModel = RERANK_MODEL): { index: number; score: number }[] {
  return rerankInputs(candidates)
    .map((x, index) => ({ index, score: rerankScore(x, model) + (index === 0 ? (model.incumbent ?? 0) : 0) }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
}
