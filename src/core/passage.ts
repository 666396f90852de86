/**
 * A ranked passage rebuilt from where it stands (article, ¶, best sentence), without searching again: what a
 * Discord button needs to show result N of an answer exactly as it was ranked, with nothing stored between presses.
 */
import { analyze, type Lang } from './analysis.js';
import { excerptSpan, type Passage } from './ask.js';
import { translateEnglishQuery } from './crossLingual.js';
import { detectLanguage } from './language.js';
import type { Article, Paragraph } from './types.js';

/**
 * The index terms of a question, as `ask` matches them in the text (English questions become Italian terms).
 * @param question - the user's question
 * @returns the stemmed terms, for {@link passageAt}'s matched words
 */
export function questionTerms(question: string): ReadonlySet<string> {
  const q = question.normalize('NFC');
  const lang = detectLanguage(q);
  const terms = lang === 'en' ? translateEnglishQuery(q).terms.map((t) => t.term) : analyze(q, lang).map((t) => t.term);
  return new Set(terms);
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
 * The best sentence of a passage `ask` returned: the one its highlight marks.
 * @param paragraph - the passage's paragraph
 * @param passage - the passage
 * @returns the sentence index within the paragraph
 */
export function bestSentenceOf(paragraph: Paragraph, passage: Pick<Passage, 'excerpt' | 'highlight'>): number {
  const at = paragraph.text.indexOf(passage.excerpt);
  return at < 0 ? 0 : sentenceAt(paragraph, at + passage.highlight[0]);
}

/**
 * Rebuilds a passage as `ask` cuts it: the excerpt around the sentence, the sentence highlighted, and the words
 * matching `terms` marked. `score` is 0: a rebuilt passage keeps its place in the answer, not its score.
 * @param article - the article
 * @param paragraph - ¶ number
 * @param sentence - index of the best sentence within the paragraph
 * @param terms - the question's terms ({@link questionTerms}); none leaves `matches` empty
 * @returns the passage, or undefined when the article has no such ¶ or sentence (the corpus changed)
 * @example
 * passageAt(article, 3, 1, questionTerms('mercato tedesco'))?.excerpt
 */
export function passageAt(article: Article, paragraph: number, sentence: number, terms: ReadonlySet<string> = new Set()): Passage | undefined {
  const p = article.paragraphs[paragraph - 1];
  const best = p?.number === paragraph ? p.sentences[sentence] : undefined;
  if (!p || !best) return undefined;
  const lang: Lang = article.meta.lang.startsWith('en') ? 'en' : 'it';
  const hits = terms.size ? analyze(p.text, lang).filter((t) => terms.has(t.term)) : [];
  const [start, end] = excerptSpan(p.text, p.sentences, sentence, hits.map((h) => h.start));
  const section = article.sections.find((s) => s.id === p.sectionId);
  return {
    article: article.slug,
    articleTitle: article.meta.title,
    paragraph: p.number,
    section: p.sectionId,
    sectionTitle: section?.title ?? '',
    excerpt: p.text.slice(start, end),
    highlight: [Math.max(0, best.start - start), Math.min(end, best.end) - start],
    matches: hits.filter((h) => h.start >= start && h.end <= end).map((h) => [h.start - start, h.end - start] as const),
    score: 0,
  };
}
