/**
 * Each sentence is analysed once. The index build analyses every sentence of the corpus; the terms are kept here,
 * packed (term ids into one shared dictionary, offsets in a typed array), so answering, summarising and segmenting
 * read them instead of tokenising and stemming the same text again. A snapshot loaded from the cache hands its
 * stored analysis in through {@link rememberSentenceTerms}.
 *
 * Entries are keyed by the paragraph's `sentences` array, which an article keeps when it is copied (sections set by
 * segmentation keep the paragraph's sentences), and live as long as the article does (a WeakMap).
 */
import { analysisGeneration, foldAccents, GenerationalMemo, joinsAsCompound, lowerOf, scanTokens, tokenKind, tokenTerms, type Lang, type Term, type Token } from './analysis.js';
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

/**
 * How many terms a packed analysis holds (all its sentences').
 * @param packed - a paragraph's packed analysis
 * @returns the number of (term id, start, end) triples
 */
export function packedTermCount(packed: PackedParagraph): number {
  return packed[1 + packed[0]!]!;
}

/** Set on a packed term's end offset when the word is written as a name ("Turow", "Llama" mid-sentence, "OpenAI"). */
export const NAME_FLAG = 1 << 30;
const OFFSET_MASK = NAME_FLAG - 1;

interface Entry {
  readonly lang: Lang;
  /** The analysis, or how to get it (a snapshot's, with its ids mapped to the shared dictionary on first use). */
  packed: PackedParagraph | (() => PackedParagraph);
}

const memo = new WeakMap<readonly Sentence[], Entry>();

// What a word as written yields, worked out once per spelling and language: most words of a corpus recur, so the
// index build looks each one up instead of lower-casing, testing, stemming and finding its terms' ids again.
interface WordEntry {
  readonly kind: Token['kind'];
  readonly lower: string;
  /** Its terms' ids in the shared dictionary, as `analyze` gives the terms (none for a stopword). */
  readonly ids: readonly number[];
  /** Written with a capital first letter. */
  readonly upperFirst: boolean;
  /** Written with a capital after the first letter ("OpenAI"). */
  readonly innerUpper: boolean;
}

const WORD_MEMO_GENERATION = 30_000;
const words: Record<Lang, GenerationalMemo<string, WordEntry>> = { it: new GenerationalMemo(WORD_MEMO_GENERATION), en: new GenerationalMemo(WORD_MEMO_GENERATION) };
let wordsGeneration = -1;
const UPPER_FIRST = /^\p{Lu}/u;
const INNER_UPPER = /^.+\p{Lu}/u;

function wordEntry(match: string, lang: Lang): WordEntry {
  const memo = words[lang];
  let entry = memo.get(match);
  if (entry === undefined) {
    const lower = lowerOf(match);
    const kind = tokenKind(lower);
    // A word's match is the word as written: the characters analysis normalises are never inside one.
    entry = { kind, lower, ids: tokenTerms(kind, match, lower, lang).map(termId), upperFirst: UPPER_FIRST.test(match), innerUpper: INNER_UPPER.test(match) };
    memo.set(match, entry);
  }
  return entry;
}

let scratch = new Int32Array(3 * 256);

// Packed analyses are cut from shared slabs: a corpus has a paragraph's worth of ints per paragraph, and a buffer of
// its own for each would cost more in bookkeeping than many paragraphs' terms. A slab is small, so the paragraphs of
// an article dropped by a reload pin little with their neighbours.
const SLAB = 1 << 14;
let slab = new Int32Array(SLAB);
let slabUsed = 0;

function packedArray(length: number): Int32Array {
  if (length > SLAB / 4) return new Int32Array(length);
  if (slabUsed + length > SLAB) {
    slab = new Int32Array(SLAB);
    slabUsed = 0;
  }
  const out = slab.subarray(slabUsed, slabUsed + length);
  slabUsed += length;
  return out;
}

/**
 * Analyses a paragraph's sentences and packs the result: each sentence's terms exactly as `analyze(sentence.text,
 * lang)` gives them.
 * @param paragraph - the paragraph
 * @param lang - its article's language
 * @returns the packed analysis
 */
export function packParagraph(paragraph: Pick<Paragraph, 'sentences'>, lang: Lang): PackedParagraph {
  if (wordsGeneration !== analysisGeneration()) {
    words.it.clear();
    words.en.clear();
    wordsGeneration = analysisGeneration();
  }
  const sentences = paragraph.sentences;
  const n = sentences.length;
  const starts = new Int32Array(n + 1);
  let at = 0;
  const push = (id: number, start: number, end: number) => {
    if (3 * at + 3 > scratch.length) {
      const grown = new Int32Array(scratch.length * 2);
      grown.set(scratch);
      scratch = grown;
    }
    scratch[3 * at] = id;
    scratch[3 * at + 1] = start;
    scratch[3 * at + 2] = end;
    at++;
  };
  for (let i = 0; i < n; i++) {
    starts[i] = at;
    const first = at;
    let prev: WordEntry | undefined;
    let prevStart = 0;
    let prevEnd = -2;
    scanTokens(sentences[i]!.text, (match, start) => {
      const w = wordEntry(match, lang);
      const end = start + match.length;
      for (const id of w.ids) push(id, start, ((at > first && w.upperFirst) || w.innerUpper) ? end | NAME_FLAG : end);
      // "Llama 2" also yields "llama2" (see `tokenize`), flagged as the word before the number is.
      if (prev && start - prevEnd === 1 && joinsAsCompound(prev.kind, prev.lower, w.kind, w.lower)) {
        push(termId(foldAccents(prev.lower + w.lower)), prevStart, ((at > first && prev.upperFirst) || prev.innerUpper) ? end | NAME_FLAG : end);
      }
      prev = w;
      prevStart = start;
      prevEnd = end;
    });
  }
  starts[n] = at;
  const data = packedArray(n + 2 + at * 3);
  data[0] = n;
  data.set(starts, 1);
  data.set(scratch.subarray(0, at * 3), n + 2);
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
