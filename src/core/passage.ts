/**
 * A ranked passage rebuilt from where it stands (article, ¶, best sentence, the sentences around it that the
 * excerpt holds), without searching again: what a Discord button needs to show result N of an answer exactly as it
 * was ranked, with nothing stored between presses.
 */
import { paragraphAnalysis } from './analysis.js';
import { EXCERPT_MAX, excerptSpan, fillExcerpt, passageFromSpan, readQuestion, type Passage, type QueryExpansionSource } from './ask.js';
import { excerptOrigin } from './excerpt.js';
import { articleLang } from './corpus.js';
import type { Article, Paragraph } from './types.js';

/** Where a passage stands in its paragraph. */
export interface PassageShape {
  /** Index of the best sentence within the paragraph. */
  readonly sentence: number;
  /** Whole sentences the excerpt holds before the best one. */
  readonly before: number;
  /** Whole sentences the excerpt holds after the best one. */
  readonly after: number;
}

/**
 * The index terms of a question, as `ask` matches them in the text: the typed words and their thesaurus
 * expansions, or, for an English question, the Italian terms it translates to.
 * @param index - the passage index (its thesaurus and vocabulary widen the question, as in `ask`)
 * @param question - the user's question
 * @returns the terms, for {@link passageAt}'s matched words
 */
export function questionTerms(index: QueryExpansionSource, question: string): ReadonlySet<string> {
  return new Set(readQuestion(index, question).terms.map((t) => t.term));
}

/**
 * Which sentence of a paragraph holds an offset.
 * @param paragraph - the paragraph
 * @param offset - a character offset in its text
 * @returns the sentence index (the last sentence starting at or before the offset; 0 when none does)
 */
export function sentenceAt(paragraph: Paragraph, offset: number): number {
  let found = 0;
  paragraph.sentences.forEach((s, i) => {
    if (s.start <= offset) found = i;
  });
  return found;
}

/**
 * Where a passage `ask` returned stands: its best sentence (the one the highlight marks) and the whole sentences
 * its excerpt holds around it.
 * @param paragraph - the passage's paragraph
 * @param passage - the passage
 * @returns the shape, for {@link passageAt}
 */
export function passageShape(paragraph: Paragraph, passage: Pick<Passage, 'excerpt' | 'highlight' | 'span'>): PassageShape {
  const [at, end] = passage.span;
  if (at < 0 || end > paragraph.text.length) return { sentence: 0, before: 0, after: 0 };
  const sentence = sentenceAt(paragraph, excerptOrigin(paragraph, passage) + passage.highlight[0]);
  // Only whole sentences count: the part of a neighbour that fills the excerpt's room is cut again by `passageAt`.
  let first = sentenceAt(paragraph, at);
  if ((paragraph.sentences[first]?.start ?? at) < at) first++;
  let last = sentenceAt(paragraph, Math.max(at, end - 1));
  if ((paragraph.sentences[last]?.end ?? end) > end) last--;
  return { sentence, before: Math.max(0, sentence - Math.min(first, sentence)), after: Math.max(0, last - sentence) };
}

/**
 * Rebuilds a passage as `ask` cut it: the best sentence with the sentences around it that the excerpt held, the
 * sentence highlighted, and the words matching `terms` marked. A sentence too long for an excerpt is cut around the
 * matched words, as `ask` cuts it. `score` is 0: a rebuilt passage keeps its place in the answer, not its score.
 * @param article - the article
 * @param paragraph - ¶ number
 * @param shape - the best sentence and the sentences around it ({@link passageShape})
 * @param terms - the question's terms ({@link questionTerms}); none leaves `matches` empty
 * @returns the passage, or undefined when the article has no such ¶ or sentences (the corpus changed)
 * @example
 * passageAt(article, 3, { sentence: 1, before: 1, after: 0 }, questionTerms(core.index, 'mercato tedesco'))?.excerpt
 */
export function passageAt(article: Article, paragraph: number, shape: PassageShape, terms: ReadonlySet<string> = new Set()): Passage | undefined {
  const p = article.paragraphs[paragraph - 1];
  const best = p?.number === paragraph ? p.sentences[shape.sentence] : undefined;
  const from = p?.sentences[shape.sentence - shape.before];
  const to = p?.sentences[shape.sentence + shape.after];
  if (!p || !best || !from || !to) return undefined;
  const hits = terms.size ? paragraphAnalysis(p, articleLang(article)).filter((t) => terms.has(t.term)) : [];
  const lo = shape.sentence - shape.before;
  const hi = shape.sentence + shape.after;
  const [start, end] = to.end - from.start <= EXCERPT_MAX ? fillExcerpt(p.text, p.sentences, lo, hi) : excerptSpan(p.text, p.sentences, shape.sentence, hits.map((h) => h.start), EXCERPT_MAX, [], hits.map((h) => h.term));
  return passageFromSpan(article, p, shape.sentence, start, end, hits, 0);
}
