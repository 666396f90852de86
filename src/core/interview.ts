/**
 * Articles printed as interviews: the interviewer's paragraphs ask ("E adesso?", or a prompt of one sentence: "Nel
 * centro storico uno degli interventi più attesi è il Palazzo Pretorio") and the paragraph after each answers, opening
 * with a quotation. An article is read as one when at least two paragraphs that end with a question are answered so, or,
 * for answers printed without quotation marks ("Come è strutturato?" / "Abbiamo suddiviso il territorio …"), when at
 * least three paragraphs of questions only are each followed by one that asks nothing.
 * `ask` shows an answer in place of the question that holds the words asked about; summaries take the answers as the
 * content they are. Paragraphs are read one by one, so that an article read lazily is not made whole for it.
 */
import type { Paragraph } from './types.js';

/** A text that opens with a quotation mark. */
export const OPENS_QUOTATION = /^\s*[“«"„]/u;
/** A text that ends with a question mark (closing marks may follow). */
export const QUESTION_END = /\?[\s”»"]*$/u;
/**
 * A prompt that asks, or trails off for the interviewee to go on ("Quindi sei tranquillo...", "Sentire la canzone su
 * questo palco…"), as web interviews print the interviewer's lines.
 */
export const PROMPT_END = /(?:\?|\.\.\.|…)[\s”»"]*$/u;

/**
 * Whether a paragraph is answered by the next one: it opens with no quotation mark, the next one opens with one.
 * @param here - the paragraph
 * @param next - the paragraph after it in the same article, if any
 * @returns true when the next paragraph answers it
 */
export function answeredByNext(here: Paragraph, next: Paragraph | undefined): boolean {
  return next !== undefined && !OPENS_QUOTATION.test(here.text) && OPENS_QUOTATION.test(next.text);
}

/**
 * Whether a paragraph is nothing but questions: each of its sentences ends with a question mark ("Come è strutturato?",
 * "Cosa ha provato? E oggi?").
 * @param p - the paragraph
 * @returns true for a paragraph of questions only
 */
export function onlyAsks(p: Paragraph): boolean {
  return p.sentences.length > 0 && p.sentences.every((s) => QUESTION_END.test(s.text));
}

/** How many paragraphs of questions only, each followed by one that asks nothing, make an interview without quotation marks. */
const PLAIN_QUESTIONS = 3;

/**
 * The interviewer's paragraphs of an article printed as an interview: every paragraph answered by the next that asks a
 * question or is one sentence, when at least two that ask are answered so; or, for answers printed without quotation
 * marks, every paragraph of questions only followed by one that asks nothing, when at least three are; none otherwise.
 * @param count - how many paragraphs the article has
 * @param at - its paragraph at an index, from 0
 * @returns the prompts' indexes, from 0 (empty for an article that is no interview); each one's answer is the next
 * @example
 * interviewPrompts(article.paragraphs.length, (i) => article.paragraphs[i]!)
 */
export function interviewPrompts(count: number, at: (i: number) => Paragraph): ReadonlySet<number> {
  const prompts: number[] = [];
  const plain: number[] = [];
  let questions = 0;
  for (let i = 0; i + 1 < count; i++) {
    const here = at(i);
    const next = at(i + 1);
    if (onlyAsks(here) && !QUESTION_END.test(next.text)) plain.push(i);
    if (!answeredByNext(here, next)) continue;
    const asks = PROMPT_END.test(here.text);
    if (asks) questions++;
    if (asks || here.sentences.length === 1) prompts.push(i);
  }
  return new Set(questions >= 2 ? prompts : plain.length >= PLAIN_QUESTIONS ? plain : []);
}
