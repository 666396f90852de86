/**
 * Answering a question: rank paragraphs by fused paragraph and sentence evidence, pick the sentence that says
 * it, cut a verbatim excerpt around it, and abstain when the corpus does not answer.
 */
import { analyze, type Lang } from './analysis.js';
import type { PassageIndex } from './passageIndex.js';
import { detectLanguage } from './language.js';
import { englishCoverage, translateEnglishQuery } from './crossLingual.js';
import type { WeightedTerm } from './tfidfIndex.js';

/** One ranked passage of an answer. */
export interface Passage {
  /** Article slug. */
  readonly article: string;
  /** Article title. */
  readonly articleTitle: string;
  /** ¶ number within the article. */
  readonly paragraph: number;
  /** Section id. */
  readonly section: string;
  /** Section title. */
  readonly sectionTitle: string;
  /** Verbatim text of the paragraph, at most 400 characters, holding the best sentence. */
  readonly excerpt: string;
  /** Where the best sentence stands inside `excerpt` ([start, end)). */
  readonly highlight: readonly [number, number];
  /** Spans of `excerpt` that matched query terms ([start, end) pairs), for emphasis. */
  readonly matches: readonly (readonly [number, number])[];
  /** Relevance, comparable within one answer. */
  readonly score: number;
}

/** The answer to a question. */
export interface AskResult {
  readonly question: string;
  readonly answered: boolean;
  readonly passages: readonly Passage[];
  /** Why there is no answer, when `answered` is false. */
  readonly reason?: 'empty-question' | 'no-match' | 'low-confidence';
  /** Passages that came closest when Brano abstained (not an answer; shown as "closest"). */
  readonly closest?: readonly Passage[];
  /** Language the question was analysed in. */
  readonly lang: Lang;
}

/** Options for `ask`. */
export interface AskOptions {
  /** How many passages at most (default 3). */
  readonly limit?: number;
  /** Language of the question (default: detected from the question). */
  readonly lang?: Lang;
  /** Only this article (slug). */
  readonly article?: string;
}

/** Longest excerpt, in characters. */
export const EXCERPT_MAX = 400;
/** Share of an English question's topic words that must reach the index for an answer. */
export const EN_MIN_COVERAGE = 0.6;
/** Longest question analysed; the rest is ignored. */
export const QUESTION_MAX = 1000;

/**
 * Turns a question into weighted index terms.
 * @param question - the user's text
 * @param lang - its language
 * @returns weighted terms (typed terms weigh 1)
 */
export function queryTerms(question: string, lang: Lang): WeightedTerm[] {
  const seen = new Map<string, number>();
  for (const t of analyze(question, lang)) seen.set(t.term, 1);
  return [...seen].map(([term, weight]) => ({ term, weight }));
}

/**
 * Cuts a verbatim excerpt of at most `max` characters around a sentence: the sentence, then its neighbours
 * while they fit; a sentence longer than `max` is cut at a word boundary around its matched words.
 * @param text - the paragraph
 * @param sentences - its sentence spans
 * @param best - index of the sentence to hold
 * @param focus - offsets inside the paragraph that the excerpt should keep if it must cut (matched words)
 * @param max - the limit
 * @returns the excerpt's [start, end) in the paragraph
 */
export function excerptSpan(
  text: string,
  sentences: readonly { start: number; end: number }[],
  best: number,
  focus: readonly number[] = [],
  max = EXCERPT_MAX,
): [number, number] {
  const s = sentences[best];
  if (!s) return [0, Math.min(text.length, max)];
  if (s.end - s.start > max) {
    // Centre the window on the matched words, then snap to word boundaries.
    const inside = focus.filter((f) => f >= s.start && f < s.end);
    const centre = inside.length ? inside.reduce((a, b) => a + b, 0) / inside.length : s.start + max / 2;
    let start = Math.max(s.start, Math.min(Math.round(centre - max / 2), s.end - max));
    let end = Math.min(s.end, start + max);
    if (start > s.start) {
      const sp = text.indexOf(' ', start);
      if (sp >= 0 && sp < end) start = sp + 1;
    }
    if (end < s.end) {
      const sp = text.lastIndexOf(' ', end);
      if (sp > start) end = sp;
    }
    return [start, end];
  }
  let lo = best;
  let hi = best;
  let start = s.start;
  let end = s.end;
  // Prefer the following sentence (answers often continue), then the previous one.
  for (;;) {
    const next = sentences[hi + 1];
    const prev = sentences[lo - 1];
    if (next && next.end - start <= max) {
      hi++;
      end = next.end;
      continue;
    }
    if (prev && end - prev.start <= max) {
      lo--;
      start = prev.start;
      continue;
    }
    break;
  }
  return [start, end];
}

/**
 * Answers a question from the passage index.
 * @param index - the corpus's passages
 * @param question - the user's question
 * @param options - limit, language, article filter
 * @returns ranked passages, or `answered: false` with a reason
 * @example
 * const result = ask(index, 'In che anno Google ha lanciato Android?');
 * result.passages[0]?.paragraph // 9
 */
export function ask(index: PassageIndex, question: string, options: AskOptions = {}): AskResult {
  const limit = Math.max(1, Math.min(options.limit ?? 3, 25));
  const q = question.normalize('NFC').slice(0, QUESTION_MAX);
  // English questions: Italian index terms through the bilingual lexicon (crossLingual.ts).
  const lang = options.lang ?? detectLanguage(q);
  const english = lang === 'en' ? translateEnglishQuery(q) : undefined;
  const terms = english ? english.terms : queryTerms(q, lang);
  if (!terms.length) return { question, answered: false, passages: [], reason: 'empty-question', lang };

  const pScores = index.paragraphIndex.scoreAll(terms);
  const sScores = index.sentenceIndex.scoreAll(terms);
  const maxQ = terms.reduce((a, t) => a + t.weight * index.sentenceIndex.maxTermImpact(t.term), 0) || 1;
  const maxP = terms.reduce((a, t) => a + t.weight * index.paragraphIndex.maxTermImpact(t.term), 0) || 1;

  const ranked: { doc: number; score: number; bestSentence: number }[] = [];
  index.paragraphs.forEach((ref, doc) => {
    if (options.article && ref.article.slug !== options.article) return;
    const first = index.firstSentence[doc]!;
    let best = 0;
    let bestScore = 0;
    for (let i = 0; i < ref.paragraph.sentences.length; i++) {
      const sc = sScores[first + i]!;
      if (sc > bestScore) {
        bestScore = sc;
        best = i;
      }
    }
    const score = 0.5 * (pScores[doc]! / maxP) + 0.5 * (bestScore / maxQ);
    if (score > 0) ranked.push({ doc, score, bestSentence: best });
  });
  ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
  if (!ranked.length) return { question, answered: false, passages: [], reason: 'no-match', lang };

  const termSet = new Set(terms.map((t) => t.term));
  const passages = ranked.slice(0, limit).map(({ doc, score, bestSentence }) => {
    const { article, paragraph } = index.paragraphs[doc]!;
    const alang: Lang = article.meta.lang.startsWith('en') ? 'en' : 'it';
    const hits = analyze(paragraph.text, alang).filter((t) => termSet.has(t.term));
    const [start, end] = excerptSpan(paragraph.text, paragraph.sentences, bestSentence, hits.map((h) => h.start));
    const bs = paragraph.sentences[bestSentence]!;
    const section = article.sections.find((s) => s.id === paragraph.sectionId);
    return {
      article: article.slug,
      articleTitle: article.meta.title,
      paragraph: paragraph.number,
      section: paragraph.sectionId,
      sectionTitle: section?.title ?? '',
      excerpt: paragraph.text.slice(start, end),
      highlight: [Math.max(0, bs.start - start), Math.min(end, bs.end) - start] as const,
      matches: hits.filter((h) => h.start >= start && h.end <= end).map((h) => [h.start - start, h.end - start] as const),
      score: Math.round(score * 1000) / 1000,
    } satisfies Passage;
  });
  const top = ranked[0]!.score;
  // English: topic words that found no Italian term in the index mean the article is about something else.
  if (english && englishCoverage(english, (t) => index.paragraphIndex.has(t)) < EN_MIN_COVERAGE) {
    return { question, answered: false, passages: [], reason: 'low-confidence', closest: passages.slice(0, 1), lang };
  }
  if (top < 0.25) return { question, answered: false, passages: [], reason: 'low-confidence', closest: passages.slice(0, 1), lang };
  return { question, answered: true, passages, lang };
}
