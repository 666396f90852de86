/**
 * The decision to answer or decline, as a logistic model over general evidence of the first passage: how much of
 * the question's information it holds (whole paragraph, best sentence, words as typed), how many of the question's
 * words the article never uses, whether the kind of answer asked for is there, how clearly it ranks first, how the
 * re-ranker scores the passage it puts first. The
 * weights are data learned by `scripts/fitAnswerModel.ts` from the SQuAD-it dev articles (each question against
 * its own article, questions of other articles against it, the whole corpus) and the shipped article's question
 * set with its off-topic questions; they live in `answerModel.ts`, which that script writes.
 */
import { ANSWER_MODEL } from './answerModel.js';
import { ENGLISH_ANSWER_MODEL } from './englishAnswerModel.js';

/** The evidence the decision to answer rests on, measured on the first passage. */
export interface AnswerFeatures {
  /** Share of the question's idf mass the first paragraph matches. */
  readonly coverage: number;
  /** The same share over the question's words that are not names. */
  readonly wordCoverage: number;
  /** The same share counting only the words as typed (no synonym or near spelling). */
  readonly typedCoverage: number;
  /** Share of the question's idf mass the first passage's best sentence matches. */
  readonly sentenceCoverage: number;
  /** The same for the best sentence with its neighbours. */
  readonly windowCoverage: number;
  /** Fused score of the first passage (0–1 scale). */
  readonly score: number;
  /** How far the first passage stands above the second, relative to the first (1 when there is no second). */
  readonly margin: number;
  /** Whether the question asks for a kind of answer (who, when, how many…) at all. */
  readonly cueAsked: boolean;
  /** Whether the best sentence holds the kind of answer asked for. */
  readonly cueMet: boolean;
  /** Share of the question's idf mass carried by typed words the article never uses. */
  readonly unknownShare: number;
  /** The largest share of that mass carried by one such word. */
  readonly unknownMax: number;
  /** How many concepts (words or phrases) the question was read as. */
  readonly concepts: number;
  /** Share of those concepts the first paragraph holds in some form, each counted once. */
  readonly conceptShare: number;
  /** The same for its best sentence. */
  readonly sentenceConceptShare: number;
  /** The largest share of the question's idf mass that one concept leaves unmatched in the first paragraph. */
  readonly uncoveredMax: number;
  /** Share of the question's idf mass carried by typed words that neither the article nor any synonym reaches. */
  readonly orphanShare: number;
  /** Share of the question's concepts, each counted once, whose typed words the article never uses. */
  readonly unknownConceptShare: number;
  /** Whether a name the question writes (a capitalised word) is one the article never uses. */
  readonly unknownName: boolean;
  /** Share of the idf mass of the question's words other than names that the best sentence and its neighbours hold
   * (as typed, near-spelt or by an exact equivalent). */
  readonly contentCoverage?: number;
  /** Share of the question's names the corpus knows that neither the first paragraph nor the one before mentions. */
  readonly namesMissing?: number;
  /** Share of that mass carried by words the corpus never uses (as typed, near-spelt or by an exact equivalent). */
  readonly contentUnknown?: number;
  /** Share of the mass of the question's words other than names carried by words that neither the corpus nor any
   * synonym or near spelling of them reaches ("parametri" asked of an article that never speaks of parameters). */
  readonly contentOrphan?: number;
  /** How many of the question's concepts are words other than names (an office written right before a name aside). */
  readonly contentConcepts?: number;
  /** How many of the question's concepts are offices written right before a name ("il sindaco Daniele Natalia"). */
  readonly apposedOffices?: number;
  /** Whether the question names someone or something the corpus knows. */
  readonly hasName?: boolean;
  /** Share of the question's idf mass, each concept weighed by how rare it is within the first passage's article,
   * that the best sentence and its neighbours hold (as typed, near-spelt or by an exact equivalent): matching the
   * names an article repeats in most paragraphs says little. */
  readonly localCoverage?: number;
  /** For an English question: the share of its topic words that found an Italian term the corpus uses (names
   * weighing less; see `englishCoverage` in crossLingual.ts). */
  readonly translatedShare?: number;
  /** For an English question: how many of its topic words found an Italian term the corpus uses. */
  readonly translatedFound?: number;
  /** The re-ranker's score (rerank.ts) of the passage it puts first, when it ordered the passages. */
  readonly rerankScore?: number;
}

/** A linear model over standardised inputs: input names, their means and spreads, and weights. */
export interface StandardisedLinear {
  readonly features: readonly string[];
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly weights: readonly number[];
}

/**
 * The weighted sum of standardised inputs, added to `start` (a bias) term by term.
 * @param model - means, spreads and weights
 * @param x - the inputs, in the model's order
 * @param start - what the sum starts from
 * @returns the sum
 */
export function linearScore(model: StandardisedLinear, x: readonly number[], start = 0): number {
  let s = start;
  for (let i = 0; i < x.length; i++) s += (model.weights[i] ?? 0) * ((x[i]! - (model.mean[i] ?? 0)) / (model.scale[i] || 1));
  return s;
}

/** A fitted logistic model: feature names, their means and spreads, weights, bias and the answering threshold. */
export interface AnswerModel extends StandardisedLinear {
  readonly bias: number;
  /** Answer when the probability reaches this. */
  readonly threshold: number;
}

/**
 * The model's inputs for some evidence, in the order of `ANSWER_FEATURE_NAMES`.
 * @param f - the evidence
 * @returns the input vector
 */
export function answerInputs(f: AnswerFeatures): number[] {
  return [
    f.coverage,
    f.wordCoverage,
    f.typedCoverage,
    f.sentenceCoverage,
    f.windowCoverage,
    f.score,
    f.margin,
    f.cueAsked && !f.cueMet ? 1 : 0,
    f.unknownShare,
    f.unknownMax,
    Math.log(Math.max(1, f.concepts)),
    f.coverage * f.coverage,
    f.typedCoverage * f.typedCoverage,
    f.sentenceCoverage * f.sentenceCoverage,
    Math.log(f.score + 1e-3),
    f.conceptShare,
    f.sentenceConceptShare,
    f.conceptShare * f.typedCoverage,
    f.uncoveredMax,
    f.orphanShare,
    f.unknownConceptShare,
    f.unknownName ? 1 : 0,
    1 - (f.contentCoverage ?? 1),
    f.contentUnknown ?? 0,
    f.namesMissing ?? 0,
    f.hasName ? 1 : 0,
    f.hasName ? 1 - (f.contentCoverage ?? 1) : 0,
    f.localCoverage ?? 1,
    f.rerankScore ?? 0,
    Math.log(Math.max(1, f.concepts)) * Math.log(f.score + 1e-3),
    Math.log(Math.max(1, f.concepts)) * (f.rerankScore ?? 0),
  ];
}

/** Names of the model's inputs, as `answerInputs` orders them. */
export const ANSWER_FEATURE_NAMES: readonly string[] = [
  'coverage',
  'wordCoverage',
  'typedCoverage',
  'sentenceCoverage',
  'windowCoverage',
  'score',
  'margin',
  'cueMissing',
  'unknownShare',
  'unknownMax',
  'logConcepts',
  'coverage²',
  'typedCoverage²',
  'sentenceCoverage²',
  'logScore',
  'conceptShare',
  'sentenceConceptShare',
  'conceptShare×typedCoverage',
  'uncoveredMax',
  'orphanShare',
  'unknownConceptShare',
  'unknownName',
  'contentMissing',
  'contentUnknown',
  'namesMissing',
  'hasName',
  'hasName×contentMissing',
  'localCoverage',
  'rerankScore',
  'logConcepts×logScore',
  'logConcepts×rerankScore',
];

/**
 * How likely the first passage answers the question, by the fitted model.
 * @param f - the evidence
 * @param model - the model (default: the one shipped)
 * @returns a probability, 0–1
 */
export function answerProbability(f: AnswerFeatures, model: AnswerModel = ANSWER_MODEL): number {
  return logistic(model, answerInputs(f));
}

// A logistic model's probability for its inputs.
const logistic = (model: AnswerModel, x: readonly number[]): number => 1 / (1 + Math.exp(-linearScore(model, x, model.bias)));

/**
 * The English model's inputs: how much of the question the first passage and its best sentence's neighbourhood hold
 * (as a whole, without the words its article repeats everywhere, without the names), how long the question is, how
 * clearly the passage ranks first, whether the kind of answer asked for is there, and how well the question's words found Italian terms the corpus uses (an English
 * question's evidence reads through a translation).
 * @param f - the evidence
 * @returns the input vector, in the order of `ENGLISH_ANSWER_FEATURE_NAMES`
 */
export function englishAnswerInputs(f: AnswerFeatures): number[] {
  const contentMissing = 1 - (f.contentCoverage ?? 1);
  return [
    f.coverage,
    f.windowCoverage,
    f.margin,
    Math.log(Math.max(1, f.concepts)),
    Math.log(f.score + 1e-3),
    f.cueAsked && !f.cueMet ? 1 : 0,
    contentMissing,
    f.contentUnknown ?? 0,
    f.hasName ? 1 : 0,
    f.hasName ? contentMissing : 0,
    f.localCoverage ?? 1,
    f.translatedShare ?? 1,
    Math.log(1 + (f.translatedFound ?? 0)),
  ];
}

/** Names of the English model's inputs, as `englishAnswerInputs` orders them. */
export const ENGLISH_ANSWER_FEATURE_NAMES: readonly string[] = [
  'coverage',
  'windowCoverage',
  'margin',
  'logConcepts',
  'logScore',
  'cueMissing',
  'contentMissing',
  'contentUnknown',
  'hasName',
  'hasName×contentMissing',
  'localCoverage',
  'translatedShare',
  'logTranslatedFound',
];

/**
 * How likely the first passage answers an English question, by the model fitted on English questions over Italian
 * articles (their evidence reads differently: the words met are translations, not what the user typed).
 * @param f - the evidence
 * @param model - the model (default: the one shipped)
 * @returns a probability, 0–1
 */
export function englishAnswerProbability(f: AnswerFeatures, model: AnswerModel = ENGLISH_ANSWER_MODEL): number {
  return logistic(model, englishAnswerInputs(f));
}

/** The longest question, in concepts, that {@link factNotGiven} applies to. */
export const FACT_MAX_CONCEPTS = 2;

/** The longest question, in concepts (a name written in several words counting for each), that the one-word cases of
 * {@link factNotGiven} apply to when the word is one the article uses. */
export const FACT_ONE_WORD_MAX_CONCEPTS = 3;

/** The most of the question's article-weighed mass (`localCoverage`) a passage may hold for a question whose one word
 * besides names nothing in the corpus reaches to be declined: a passage that holds only the names its article
 * repeats everywhere. */
export const ORPHAN_MAX_LOCAL = 0.1;

/**
 * A short question about someone or something the corpus knows that asks for a fact the article does not give: the
 * best passage (its best sentence and neighbours) holds none of its words other than names (as typed, near-spelt or
 * by an exact equivalent), and
 * - it asks for a kind of answer (who, when, how many, where…) the passage does not hold, most of its other words are
 *   words the article never uses, and it is short ("quanti dipendenti ha Meta?", "dove ha studiato Lambert?"); or
 * - its one word besides names is one that neither the corpus nor any synonym or near spelling of it reaches, and the
 *   passage holds only names its article repeats in most paragraphs ("quanti parametri ha llama 2": an article that
 *   never speaks of parameters); or
 * - its one word besides names is one the article uses, but not near the names, and the passage holds no answer of
 *   the kind asked for ("quanti anni ha X" when the article gives no age next to X).
 * Longer questions are left to the model: in them an unmatched word is more often a loose wording of what the
 * article says.
 * @param f - the evidence
 * @returns true when the question should be declined
 */
export function factNotGiven(f: AnswerFeatures): boolean {
  if (f.hasName !== true || f.contentCoverage !== 0) return false;
  const unknown = f.contentUnknown ?? 0;
  const cueUnmet = f.cueAsked && !f.cueMet;
  if (unknown >= 0.5 && cueUnmet && f.concepts <= FACT_MAX_CONCEPTS) return true;
  if (f.contentConcepts === undefined || f.contentConcepts > 1) return false;
  if ((f.contentOrphan ?? 0) >= 0.5 && (f.localCoverage ?? 1) < ORPHAN_MAX_LOCAL) return true;
  return unknown < 0.5 && cueUnmet && f.concepts - (f.apposedOffices ?? 0) <= FACT_ONE_WORD_MAX_CONCEPTS;
}
