/**
 * Each sentence is analysed once. The index build analyses every sentence of the corpus; the terms are kept here,
 * packed (term ids into one shared dictionary, offsets in a typed array), so answering, summarising and segmenting
 * read them instead of tokenising and stemming the same text again. A snapshot loaded from the cache hands its
 * stored analysis in through {@link rememberSentenceTerms}.
 *
 * Entries are keyed by the paragraph's `sentences` array, which an article keeps when it is copied (sections set by
 * segmentation keep the paragraph's sentences), and live as long as the article does (a WeakMap).
 */
import { analyze, type Lang, type Term } from './analysis.js';
import type { Paragraph, Sentence } from './types.js';

// The dictionary of every term seen: ids are small integers, the strings are held once.
const termIds = new Map<string, number>();
const termStrings: string[] = [];

/**
 * The id of a term in the shared dictionary, adding it when new.
 * @param term - an analysed term
 * @returns its id
 */
export function termId(term: string): number {
  let id = termIds.get(term);
  if (id === undefined) {
    id = termStrings.length;
    termStrings.push(term);
    termIds.set(term, id);
  }
  return id;
}

/**
 * The term with an id from {@link termId}.
 * @param id - a term id
 * @returns the term
 */
export function termOf(id: number): string {
  return termStrings[id]!;
}

/**
 * A paragraph's analysis, packed: `data[0]` = sentence count n; `data[1 … n + 1]` = where each sentence's terms start
 * (in triples, counted from the first triple); then one (term id, start, end) triple per term, offsets within the
 * sentence; the end's bit {@link NAME_FLAG} marks a term written as a name (a capital inside a sentence, or inside
 * the word). Produced by {@link packParagraph} or read from a snapshot.
 */
export type PackedParagraph = Int32Array;

/** Set on a packed term's end offset when the word is written as a name ("Turow", "Llama" mid-sentence, "OpenAI"). */
export const NAME_FLAG = 1 << 30;
const OFFSET_MASK = NAME_FLAG - 1;

interface Entry {
  readonly lang: Lang;
  /** The analysis, or how to get it (a snapshot's, with its ids mapped to the shared dictionary on first use). */
  packed: PackedParagraph | (() => PackedParagraph);
}

const memo = new WeakMap<readonly Sentence[], Entry>();

/**
 * Analyses a paragraph's sentences and packs the result.
 * @param paragraph - the paragraph
 * @param lang - its article's language
 * @returns the packed analysis
 */
export function packParagraph(paragraph: Pick<Paragraph, 'sentences'>, lang: Lang): PackedParagraph {
  const perSentence = paragraph.sentences.map((s) => analyze(s.text, lang));
  const n = perSentence.length;
  let total = 0;
  for (const terms of perSentence) total += terms.length;
  const data = new Int32Array(n + 2 + total * 3);
  data[0] = n;
  let at = 0;
  perSentence.forEach((terms, i) => {
    data[1 + i] = at;
    const text = paragraph.sentences[i]!.text;
    terms.forEach((t, k) => {
      const base = n + 2 + at * 3;
      const surface = text.slice(t.start, t.end);
      const name = (k > 0 && /^\p{Lu}/u.test(surface)) || /^.+\p{Lu}/u.test(surface);
      data[base] = termId(t.term);
      data[base + 1] = t.start;
      data[base + 2] = name ? t.end | NAME_FLAG : t.end;
      at++;
    });
  });
  data[n + 1] = at;
  return data;
}

/**
 * Records a paragraph's analysis (from a snapshot), so nothing analyses it again.
 * @param paragraph - the paragraph
 * @param lang - its article's language
 * @param packed - its analysis, with ids of the shared dictionary; or a function that gives it when first needed (a
 *   snapshot read back whose index is stored too needs the terms of few paragraphs: those shown in answers)
 */
export function rememberSentenceTerms(paragraph: Pick<Paragraph, 'sentences'>, lang: Lang, packed: PackedParagraph | (() => PackedParagraph)): void {
  memo.set(paragraph.sentences, { lang, packed });
}

/**
 * Whether a paragraph's analysis is kept (from an index build or a snapshot).
 * @param paragraph - the paragraph
 * @param lang - its article's language
 * @returns true when {@link sentenceTerms} will not analyse it again
 */
export function isAnalysed(paragraph: Pick<Paragraph, 'sentences'>, lang: Lang): boolean {
  return memo.get(paragraph.sentences)?.lang === lang;
}

/**
 * A paragraph's packed analysis: the one kept from the build, or made now (and kept).
 * @param paragraph - the paragraph
 * @param lang - its article's language
 * @returns the packed analysis
 */
export function packedSentenceTerms(paragraph: Pick<Paragraph, 'sentences'>, lang: Lang): PackedParagraph {
  const known = memo.get(paragraph.sentences);
  if (known && known.lang === lang) return typeof known.packed === 'function' ? (known.packed = known.packed()) : known.packed;
  const packed = packParagraph(paragraph, lang);
  memo.set(paragraph.sentences, { lang, packed });
  return packed;
}

/**
 * The index terms of each sentence of a paragraph, as `analyze(sentence.text, lang)` gives them, analysed once.
 * @param paragraph - the paragraph
 * @param lang - its article's language
 * @returns one term list per sentence, offsets within the sentence
 * @example
 * sentenceTerms(article.paragraphs[0]!, 'it')[0]?.map((t) => t.term)
 */
export function sentenceTerms(paragraph: Pick<Paragraph, 'sentences'>, lang: Lang): Term[][] {
  const data = packedSentenceTerms(paragraph, lang);
  const n = data[0]!;
  const out: Term[][] = [];
  for (let i = 0; i < n; i++) {
    const terms: Term[] = [];
    for (let k = data[1 + i]!; k < data[2 + i]!; k++) {
      const base = n + 2 + k * 3;
      terms.push({ term: termStrings[data[base]!]!, start: data[base + 1]!, end: data[base + 2]! & OFFSET_MASK });
    }
    out.push(terms);
  }
  return out;
}
