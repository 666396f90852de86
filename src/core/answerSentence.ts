/**
 * Which sentence of a paragraph says the answer: the excerpt shown for a passage is cut around it. A paragraph
 * holds the question's words in several sentences, and the one that holds most of them is often the one that sets
 * the scene ("ABC accettasse di finanziare parte del progetto Disneyland") while the answer stands in the next
 * ("Intorno al 1954, ABC accettò di finanziare Disneyland"). A linear model over each sentence's evidence, fitted
 * listwise on the training half of the SQuAD-it dev articles (`scripts/fitAnswerSentence.ts`), picks it: the
 * question's words the sentence holds (with and without names), how near they stand, whether the sentence holds
 * the kind of answer asked for (a year for "quando", a number for "quanti", a name for "chi"), and what it holds
 * that the question does not (numbers and names the question never typed: the answer is something the asker
 * lacks).
 */
import { linearScore, type StandardisedLinear } from './answerDecision.js';
import { GenerationalMemo } from './analysis.js';

/** The kinds of answer a question asks for, in the order of `SentenceEvidence.cueMet`'s columns. */
export const ANSWER_KINDS = ['amount', 'time', 'person', 'place', 'cause'] as const;

/** What the search knows about each sentence of one paragraph, for one question. */
export interface SentenceEvidence {
  /** Each sentence's score with names discounted (the reading that chooses a sentence). */
  readonly choosing: readonly number[];
  /** Each sentence's score with names at full weight (the reading that ranks paragraphs). */
  readonly ranking: readonly number[];
  /** Which of the question's concepts each sentence holds (1: held). */
  readonly present: readonly Uint8Array[];
  /** Each concept's information mass, and whether it is a name. */
  readonly mass: readonly number[];
  readonly name: readonly boolean[];
  /** Per sentence, per kind of `ANSWER_KINDS`: 1 when the question asks for that kind and the sentence holds one. */
  readonly cueMet: readonly (readonly number[])[];
  /** Which kinds the question asks for (indexes into `ANSWER_KINDS`). */
  readonly asked: readonly number[];
  /** The sentences' texts. */
  readonly texts: readonly string[];
  /** The question's words, lower-cased. */
  readonly questionWords: ReadonlySet<string>;
  /** Per sentence, as the re-ranker reads a passage: the share of the question's mass it holds in the spelling typed,
   * in character n-grams, and only through a general synonym, and how close together it holds the question's
   * concepts (1: a single concept, or all of them adjacent). NaN where the search cannot read it (the spellings of
   * a translated question): the model counts it as its average. */
  readonly exact: readonly number[];
  readonly grams: readonly number[];
  readonly synonym: readonly number[];
  readonly density: readonly number[];
}

/** Names of the model's inputs, as `answerSentenceInputs` orders them. */
export const ANSWER_SENTENCE_FEATURES: readonly string[] = [
  'choosingShare',
  'rankingShare',
  'chosen',
  'massShare',
  'wordShare',
  'nameShare',
  'amountMet',
  'timeMet',
  'personMet',
  'placeMet',
  'causeMet',
  'newNumbers',
  'newNames',
  'newNumbersAsked',
  'newNamesAsked',
  'first',
  'position',
  'logLength',
  'neighbourMassShare',
  'rarestHeld',
  'exactShare',
  'gramShare',
  'synonymShare',
  'density',
];

const WORD = /[\p{L}\p{N}]+/gu;

const NUMBER_START = /^\p{N}/u;
const CAPITAL_START = /^\p{Lu}/u;

/** A sentence's numbers and capitalised words (past its first word), lower-cased: the same for every question. */
interface MarkedWords {
  readonly numbers: readonly string[];
  readonly names: readonly string[];
}

// Sentences recur from question to question (a corpus's paragraphs are few): each is read once.
const markedWords = new GenerationalMemo<string, MarkedWords>(20_000);

function marked(text: string): MarkedWords {
  let found = markedWords.get(text);
  if (found) return found;
  const numbers: string[] = [];
  const names: string[] = [];
  let first = true;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = m[0];
    if (NUMBER_START.test(w)) numbers.push(w.toLowerCase());
    else if (!first && CAPITAL_START.test(w)) names.push(w.toLowerCase());
    first = false;
  }
  found = { numbers, names };
  markedWords.set(text, found);
  return found;
}

// Numbers and capitalised words (past the sentence's first word) the question did not type.
function newTokens(text: string, questionWords: ReadonlySet<string>): { numbers: number; names: number } {
  const { numbers, names } = marked(text);
  let n = 0;
  for (const w of numbers) if (!questionWords.has(w)) n++;
  let c = 0;
  for (const w of names) if (!questionWords.has(w)) c++;
  return { numbers: n, names: c };
}

/**
 * The model's inputs for each sentence of a paragraph.
 * @param e - the paragraph's sentences as the search read them
 * @returns one row per sentence, in `ANSWER_SENTENCE_FEATURES` order
 */
export function answerSentenceInputs(e: SentenceEvidence): number[][] {
  const n = e.texts.length;
  const top = (xs: readonly number[]) => Math.max(0, ...xs) || 1;
  const topChoosing = top(e.choosing);
  const topRanking = top(e.ranking);
  const chosen = e.choosing.reduce((bi, x, i) => (x > e.choosing[bi]! ? i : bi), 0);
  let total = 0;
  let words = 0;
  let names = 0;
  let rarest = -1;
  e.mass.forEach((m, ci) => {
    total += m;
    if (e.name[ci]) names += m;
    else words += m;
    if (rarest < 0 || m > e.mass[rarest]!) rarest = ci;
  });
  const share = (present: Uint8Array, keep: (ci: number) => boolean, of: number) => {
    if (!of) return 0;
    let s = 0;
    for (let ci = 0; ci < e.mass.length; ci++) if (present[ci] && keep(ci)) s += e.mass[ci]!;
    return s / of;
  };
  const massShare = e.present.map((p) => share(p, () => true, total));
  const askedNumber = e.asked.some((k) => k <= 1);
  const askedName = e.asked.some((k) => k === 2 || k === 3);
  return e.texts.map((text, i) => {
    const present = e.present[i]!;
    const fresh = newTokens(text, e.questionWords);
    const met = e.cueMet[i] ?? [];
    const numbers = Math.log1p(fresh.numbers);
    const newNames = Math.log1p(fresh.names);
    return [
      e.choosing[i]! / topChoosing,
      e.ranking[i]! / topRanking,
      i === chosen ? 1 : 0,
      massShare[i]!,
      share(present, (ci) => !e.name[ci], words),
      share(present, (ci) => e.name[ci]!, names),
      ...ANSWER_KINDS.map((_, k) => met[k] ?? 0),
      numbers,
      newNames,
      askedNumber ? numbers : 0,
      askedName ? newNames : 0,
      i === 0 ? 1 : 0,
      n > 1 ? i / (n - 1) : 0,
      Math.log(1 + text.length / 100),
      Math.max(massShare[i - 1] ?? 0, massShare[i + 1] ?? 0),
      rarest >= 0 && present[rarest] ? 1 : 0,
      e.exact[i] ?? 0,
      e.grams[i] ?? 0,
      e.synonym[i] ?? 0,
      e.density[i] ?? 0,
    ];
  });
}

/** A fitted sentence model: standardised linear weights over `ANSWER_SENTENCE_FEATURES`. */
export interface AnswerSentenceModel extends StandardisedLinear {
  /** A bonus to the sentence the search scored best, in the model's score: another takes its place only when the
   * model clearly prefers it (chosen with the fit on the training data; 0 when absent). */
  readonly incumbent?: number;
}

/**
 * Each sentence's score by the model (higher: more likely to say the answer).
 * @param e - the paragraph's sentences as the search read them
 * @param model - the fitted weights
 * @returns one score per sentence
 */
export function answerSentenceScores(e: SentenceEvidence, model: AnswerSentenceModel): number[] {
  return pickScores(answerSentenceInputs(e), model);
}

/**
 * The model's scores of sentences already read into inputs, the incumbent bonus added to the search's best.
 * @param inputs - one row per sentence (`answerSentenceInputs`)
 * @param model - the fitted weights
 * @returns one score per sentence
 */
export function pickScores(inputs: readonly (readonly number[])[], model: AnswerSentenceModel): number[] {
  const chosen = ANSWER_SENTENCE_FEATURES.indexOf('chosen');
  // An input the search could not read (NaN) counts as its average on the training data.
  const known = (x: readonly number[]) => (x.some(Number.isNaN) ? x.map((v, j) => (Number.isNaN(v) ? (model.mean[j] ?? 0) : v)) : x);
  return inputs.map((x) => linearScore(model, known(x)) + (x[chosen] === 1 ? (model.incumbent ?? 0) : 0));
}
