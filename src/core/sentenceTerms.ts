/**
 * Each sentence is analysed once. The index build analyses every sentence of the corpus; the terms are kept here,
 * packed (term ids into one shared dictionary, offsets in a typed array), so answering, summarising and segmenting
 * read them instead of tokenising and stemming the same text again. A snapshot loaded from the cache hands its
 * stored analysis in through {@link rememberSentenceTerms}.
 *
 * Entries are keyed by the paragraph's `sentences` array, which an article keeps when it is copied (sections set by
 * segmentation keep the paragraph's sentences), and live as long as the article does (a WeakMap).
 */
import { analysisGeneration, foldAccents, GenerationalMemo, joinsAsCompound, lifeSpanTerms, lowerOf, scanTokens, stopwordInContext, tokenKind, tokenTerms, type Lang, type Term, type Token } from './analysis.js';
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
  /**
   * The analysis as handed in (a snapshot's, with its ids mapped to the shared dictionary on first use, or how to get
   * it), or undefined when it is held compact in `bytes`.
   */
  packed: PackedParagraph | (() => PackedParagraph) | undefined;
  /** The analysis made here, held compact (see `keep`) from `bytes[at]` on. */
  readonly bytes: Uint8Array | undefined;
  readonly at: number;
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

// The triples of the paragraph being analysed.
let scratch = new Int32Array(3 * 256);

// Analyses a paragraph into a packed analysis: returns it, in a buffer of its own or lent (valid until the next call).
function pack(paragraph: Pick<Paragraph, 'sentences'>, lang: Lang, lend: boolean): PackedParagraph {
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
    const text = sentences[i]!.text;
    scanTokens(text, (match, start) => {
      const w = wordEntry(match, lang);
      const end = start + match.length;
      // "il Po", "il secondo trimestre": a stopword its spelling or a determiner makes a content word
      const determined = w.ids.length ? undefined : stopwordInContext(match, w.lower, text[end], prev && start - prevEnd === 1 ? prev.lower : undefined, lang, text.slice(end, end + 12));
      if (determined) push(termId(determined), start, ((at > first && w.upperFirst) || w.innerUpper) ? end | NAME_FLAG : end);
      for (const id of w.ids) push(id, start, ((at > first && w.upperFirst) || w.innerUpper) ? end | NAME_FLAG : end);
      // "Llama 2" also yields "llama2" (see `tokenize`), flagged as the word before the number is.
      if (prev && start - prevEnd === 1 && joinsAsCompound(prev.kind, prev.lower, w.kind, w.lower)) {
        push(termId(foldAccents(prev.lower + w.lower)), prevStart, ((at > first && prev.upperFirst) || prev.innerUpper) ? end | NAME_FLAG : end);
      }
      prev = w;
      prevStart = start;
      prevEnd = end;
    });
    for (const t of lifeSpanTerms(text, lang)) push(termId(t.term), t.start, t.end);
  }
  starts[n] = at;
  const length = n + 2 + at * 3;
  const data = lend ? lent(length) : new Int32Array(length);
  data[0] = n;
  data.set(starts, 1);
  data.set(scratch.subarray(0, at * 3), n + 2);
  return data;
}

// A buffer lent for one packed analysis at a time (see `withPackedTerms`), and whether it is lent now.
let lending = false;
let lentBuffer = new Int32Array(1024);
function lent(length: number): Int32Array {
  if (lentBuffer.length < length) lentBuffer = new Int32Array(Math.max(length, 2 * lentBuffer.length));
  return lentBuffer.subarray(0, length);
}

/**
 * Analyses a paragraph's sentences and packs the result: each sentence's terms exactly as `analyze(sentence.text,
 * lang)` gives them.
 * @param paragraph - the paragraph
 * @param lang - its article's language
 * @returns the packed analysis
 */
export function packParagraph(paragraph: Pick<Paragraph, 'sentences'>, lang: Lang): PackedParagraph {
  return pack(paragraph, lang, false);
}

// The analyses made here are kept compact: a corpus's are a large share of what it holds in memory, and most of their
// numbers are small. Each number is written in 7-bit groups, low group first, the high bit set on all groups but the
// last: the sentence count, each sentence's term count, then per term its start (the zigzag-coded difference from the
// previous term's start in the sentence: a compound starts before the word that closes it), its id, and its length
// times two plus 1 for a name. The bytes are cut from shared slabs, small so that the paragraphs of an article dropped by a
// reload pin little with their neighbours.
const SLAB = 1 << 16;
let slab = new Uint8Array(SLAB);
let slabUsed = 0;
let encoded = new Uint8Array(4096);
let encodedLength = 0;

function put(value: number): void {
  if (encodedLength + 5 > encoded.length) {
    const grown = new Uint8Array(encoded.length * 2);
    grown.set(encoded);
    encoded = grown;
  }
  let v = value >>> 0;
  while (v >= 0x80) {
    encoded[encodedLength++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  encoded[encodedLength++] = v;
}

// A paragraph's analysis kept compact, or as a copy when it holds what the compact form does not (a negative number, a
// term ending before it starts: `pack` makes neither).
function keep(lang: Lang, packed: PackedParagraph): Entry {
  const n = packed[0]!;
  const total = n + 2 + 3 * (packed[1 + n]! - packed[1]!);
  if (packed[1] !== 0 || total !== packed.length) return { lang, packed: packed.slice(), bytes: undefined, at: 0 };
  encodedLength = 0;
  put(n);
  for (let i = 0; i < n; i++) put(packed[2 + i]! - packed[1 + i]!);
  for (let i = 0; i < n; i++) {
    let previous = 0;
    for (let k = packed[1 + i]!; k < packed[2 + i]!; k++) {
      const base = n + 2 + 3 * k;
      const id = packed[base]!;
      const start = packed[base + 1]!;
      const end = packed[base + 2]! & OFFSET_MASK;
      if (id < 0 || start < 0 || end < start || packed[base + 2]! < 0) return { lang, packed: packed.slice(), bytes: undefined, at: 0 };
      const delta = start - previous;
      put(delta >= 0 ? 2 * delta : -2 * delta - 1);
      previous = start;
      put(id);
      put(2 * (end - start) + (packed[base + 2]! & NAME_FLAG ? 1 : 0));
    }
  }
  let bytes: Uint8Array;
  let at = 0;
  if (encodedLength > SLAB / 4) bytes = encoded.slice(0, encodedLength);
  else {
    if (slabUsed + encodedLength > SLAB) {
      slab = new Uint8Array(SLAB);
      slabUsed = 0;
    }
    bytes = slab;
    at = slabUsed;
    slab.set(encoded.subarray(0, encodedLength), at);
    slabUsed += encodedLength;
  }
  return { lang, packed: undefined, bytes, at };
}

// A compact analysis unpacked, into the array `into` gives for its length (a new one when not given). Each number is
// read in place (most are one byte): this runs for every paragraph in each pass of an index build.
function unpack(bytes: Uint8Array, from: number, into?: (length: number) => Int32Array): PackedParagraph {
  let at = from;
  let b = bytes[at++]!;
  let v = b & 0x7f;
  for (let shift = 7; b >= 0x80; shift += 7) v = (v | ((b = bytes[at++]!) & 0x7f) << shift) >>> 0;
  const n = v;
  const countsAt = at;
  let terms = 0;
  for (let i = 0; i < n; i++) {
    b = bytes[at++]!;
    v = b & 0x7f;
    for (let shift = 7; b >= 0x80; shift += 7) v = (v | ((b = bytes[at++]!) & 0x7f) << shift) >>> 0;
    terms += v;
  }
  const length = n + 2 + 3 * terms;
  const out = into ? into(length) : new Int32Array(length);
  out[0] = n;
  out[1] = 0;
  at = countsAt;
  for (let i = 0; i < n; i++) {
    b = bytes[at++]!;
    v = b & 0x7f;
    for (let shift = 7; b >= 0x80; shift += 7) v = (v | ((b = bytes[at++]!) & 0x7f) << shift) >>> 0;
    out[2 + i] = out[1 + i]! + v;
  }
  let base = n + 2;
  for (let i = 0; i < n; i++) {
    let start = 0;
    for (let k = out[1 + i]!; k < out[2 + i]!; k++, base += 3) {
      b = bytes[at++]!;
      v = b & 0x7f;
      for (let shift = 7; b >= 0x80; shift += 7) v = (v | ((b = bytes[at++]!) & 0x7f) << shift) >>> 0;
      start += v & 1 ? -((v + 1) / 2) : v / 2;
      b = bytes[at++]!;
      v = b & 0x7f;
      for (let shift = 7; b >= 0x80; shift += 7) v = (v | ((b = bytes[at++]!) & 0x7f) << shift) >>> 0;
      out[base] = v;
      out[base + 1] = start;
      b = bytes[at++]!;
      v = b & 0x7f;
      for (let shift = 7; b >= 0x80; shift += 7) v = (v | ((b = bytes[at++]!) & 0x7f) << shift) >>> 0;
      out[base + 2] = (start + (v >>> 1)) | (v & 1 ? NAME_FLAG : 0);
    }
  }
  return out;
}

// The entry of a paragraph's analysis in a language: the kept one, or made now (and kept).
function entryOf(paragraph: Pick<Paragraph, 'sentences'>, lang: Lang): Entry {
  const known = memo.get(paragraph.sentences);
  if (known && known.lang === lang) return known;
  const entry = keep(lang, pack(paragraph, lang, !lending));
  memo.set(paragraph.sentences, entry);
  return entry;
}

/**
 * Records a paragraph's analysis (from a snapshot), so nothing analyses it again.
 * @param paragraph - the paragraph
 * @param lang - its article's language
 * @param packed - its analysis, with ids of the shared dictionary; or a function that gives it when first needed (a
 *   snapshot read back whose index is stored too needs the terms of few paragraphs: those shown in answers)
 */
export function rememberSentenceTerms(paragraph: Pick<Paragraph, 'sentences'>, lang: Lang, packed: PackedParagraph | (() => PackedParagraph)): void {
  memo.set(paragraph.sentences, { lang, packed, bytes: undefined, at: 0 });
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
 * @returns the packed analysis (the caller's to keep: an analysis kept compact is unpacked into a new array)
 */
export function packedSentenceTerms(paragraph: Pick<Paragraph, 'sentences'>, lang: Lang): PackedParagraph {
  const entry = entryOf(paragraph, lang);
  if (entry.bytes) return unpack(entry.bytes, entry.at);
  return typeof entry.packed === 'function' ? (entry.packed = entry.packed()) : entry.packed!;
}

/**
 * Reads a paragraph's packed analysis (the one kept, or made now and kept) without a copy of its own: the array is
 * lent to `read` only, and may be reused once it returns.
 * @param paragraph - the paragraph
 * @param lang - its article's language
 * @param read - reads the analysis
 * @returns what `read` returns
 */
export function withPackedTerms<T>(paragraph: Pick<Paragraph, 'sentences'>, lang: Lang, read: (packed: PackedParagraph) => T): T {
  if (lending) return read(packedSentenceTerms(paragraph, lang));
  const known = memo.get(paragraph.sentences);
  if (known && known.lang === lang && !known.bytes) return read(packedSentenceTerms(paragraph, lang));
  lending = true;
  try {
    if (known && known.lang === lang) return read(unpack(known.bytes!, known.at, lent));
    // Analysed now: kept, and read as made.
    const packed = pack(paragraph, lang, true);
    memo.set(paragraph.sentences, keep(lang, packed));
    return read(packed);
  } finally {
    lending = false;
  }
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
  return withPackedTerms(paragraph, lang, termLists);
}

function termLists(data: PackedParagraph): Term[][] {
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
