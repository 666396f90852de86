/**
 * An article's snapshot: the parsed article (front matter, written sections, paragraph texts, sentence offsets) and
 * its analysis (each sentence's terms with offsets), in a binary form read back without parsing Markdown, splitting
 * sentences or stemming: one UTF-8 block for the texts and typed arrays for every number.
 *
 * The snapshot holds what is expensive and stable — the analysis. The global index, sections found by segmentation
 * and the people registry are rebuilt from it, so a change to ranking or scoring never makes a snapshot wrong.
 *
 * Layout (little-endian): `BRANOSN1`, u32 header length, header JSON (key, file, slug, meta, sections, each
 * paragraph's section index, how many terms the article uses), padding to 4 bytes, then blocks — texts (UTF-8 byte
 * length + bytes, padded), the article's own term list (UTF-8 byte length + the terms joined by NUL, padded),
 * paragraph text ends, sentence offsets, packed analysis — and a SHA-256 of everything before it. Any mismatch
 * (magic, key, lengths, checksum, offsets) makes {@link decodeSnapshot} return undefined.
 *
 * Reading a snapshot back does not read its terms: a paragraph's analysis is mapped to the shared dictionary when it
 * is first needed, decoding only the terms it uses, because a corpus whose passage index is stored too (src/core/indexSnapshot.ts) needs the terms of
 * only the paragraphs it shows.
 */
import { createHash } from 'node:crypto';
import { articleLang, sentenceViews } from './corpus.js';
import { packedSentenceTerms, rememberSentenceTerms, termId, termOf } from './sentenceTerms.js';
import type { Article, ArticleMeta, Paragraph, Section } from './types.js';

const MAGIC = 'BRANOSN1';
const CHECKSUM = 32;

/**
 * Version of what a snapshot holds: bump it when parsing, sentence splitting or analysis changes its output, so
 * older snapshots are rebuilt rather than trusted.
 */
export const SNAPSHOT_FORMAT = 3;

interface Header {
  readonly format: number;
  readonly key: string;
  readonly file: string;
  readonly slug: string;
  readonly meta: ArticleMeta;
  readonly sections: readonly Section[];
  readonly sectionOf: readonly number[];
  /** How many distinct terms the packed analysis uses (its local ids are 0 … termCount − 1). */
  readonly termCount: number;
}

const pad4 = (n: number) => (n + 3) & ~3;

/**
 * Writes an article's snapshot. Its paragraphs are analysed now unless the analysis is already kept.
 * @param article - the parsed article (as the loader returns it: its written sections, not automatic ones)
 * @param key - what the snapshot is valid for (file content, Brano's version, lexicons); checked on reading
 * @returns the bytes
 */
export function encodeSnapshot(article: Article, key: string): Uint8Array {
  const lang = articleLang(article);
  const sectionIndex = new Map(article.sections.map((s, i) => [s.id, i]));
  const local = new Map<number, number>();
  const terms: string[] = [];
  const packed: Int32Array[] = [];
  let packedLength = 0;
  let sentenceCount = 0;
  for (const p of article.paragraphs) {
    const data = packedSentenceTerms(p, lang);
    const n = data[0]!;
    const copy = Int32Array.from(data);
    for (let at = n + 2; at < copy.length; at += 3) {
      const id = copy[at]!;
      let l = local.get(id);
      if (l === undefined) {
        l = terms.length;
        terms.push(termOf(id));
        local.set(id, l);
      }
      copy[at] = l;
    }
    packed.push(copy);
    packedLength += copy.length;
    sentenceCount += p.sentences.length;
  }
  const header: Header = {
    format: SNAPSHOT_FORMAT,
    key,
    file: article.file,
    slug: article.slug,
    meta: article.meta,
    sections: article.sections,
    sectionOf: article.paragraphs.map((p) => sectionIndex.get(p.sectionId) ?? 0),
    termCount: terms.length,
  };
  if (terms.some((t) => t.includes('\0'))) throw new Error('snapshot: a term holds a NUL character');
  const termBytes = Buffer.from(terms.join('\0'), 'utf8');
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const text = article.paragraphs.map((p) => p.text).join('');
  const textBytes = Buffer.from(text, 'utf8');
  const n = article.paragraphs.length;
  const ints = new Uint32Array(n + 1 + 1 + n + 2 * sentenceCount + 1 + packedLength);
  let at = 0;
  // paragraph text ends (UTF-16 units)
  let end = 0;
  ints[at++] = n;
  for (const p of article.paragraphs) ints[at++] = end += p.text.length;
  // sentences: count per paragraph, then (start, end) pairs
  ints[at++] = sentenceCount;
  for (const p of article.paragraphs) ints[at++] = p.sentences.length;
  for (const p of article.paragraphs) for (const s of p.sentences) {
    ints[at++] = s.start;
    ints[at++] = s.end;
  }
  ints[at++] = packedLength;
  for (const data of packed) {
    ints.set(new Uint32Array(data.buffer, data.byteOffset, data.length), at);
    at += data.length;
  }
  const headerStart = 12;
  const textStart = pad4(headerStart + headerBytes.length);
  const termsStart = pad4(textStart + 4 + textBytes.length);
  const intsStart = pad4(termsStart + 4 + termBytes.length);
  const total = intsStart + ints.byteLength + CHECKSUM;
  const out = Buffer.alloc(total);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(headerBytes.length, 8);
  headerBytes.copy(out, headerStart);
  out.writeUInt32LE(textBytes.length, textStart);
  textBytes.copy(out, textStart + 4);
  out.writeUInt32LE(termBytes.length, termsStart);
  termBytes.copy(out, termsStart + 4);
  Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength).copy(out, intsStart);
  createHash('sha256').update(out.subarray(0, total - CHECKSUM)).digest().copy(out, total - CHECKSUM);
  return out;
}

class Reader {
  at: number;
  constructor(
    private readonly ints: Uint32Array,
    start = 0,
  ) {
    this.at = start;
  }
  next(): number {
    if (this.at >= this.ints.length) throw new RangeError('snapshot: truncated');
    return this.ints[this.at++]!;
  }
  block(length: number): Uint32Array {
    if (length < 0 || this.at + length > this.ints.length) throw new RangeError('snapshot: truncated');
    const out = this.ints.subarray(this.at, this.at + length);
    this.at += length;
    return out;
  }
}

/**
 * An article read back from its snapshot whose paragraphs are made when first asked for, one by one: the snapshot is
 * checked whole when opened, and an answer that weighs one paragraph of an article makes that one only.
 */
export interface StoredArticle {
  readonly slug: string;
  readonly file: string;
  readonly meta: ArticleMeta;
  readonly sections: readonly Section[];
  /** How many sentences each paragraph has (its length is the paragraph count). */
  readonly shape: Uint32Array;
  /**
   * One paragraph (the same object every time, and the one {@link StoredArticle.article} lists).
   * @param i - its index, from 0
   */
  paragraph(i: number): Paragraph;
  /** The whole article. */
  article(): Article;
}

/**
 * Reads an article back from its snapshot, and hands its analysis to the shared dictionary so nothing analyses it
 * again.
 * @param bytes - the snapshot
 * @param key - the key it must have been written with
 * @returns the article, or undefined when the bytes are not a sound snapshot for this key
 */
export function decodeSnapshot(bytes: Uint8Array, key: string): Article | undefined {
  return openSnapshot(bytes, key)?.article();
}

/**
 * Opens an article's snapshot: checks it whole (checksum, key, every offset and length), and makes its paragraphs
 * when first asked for.
 * @param bytes - the snapshot
 * @param key - the key it must have been written with
 * @returns the stored article, or undefined when the bytes are not a sound snapshot for this key
 */
export function openSnapshot(bytes: Uint8Array, key: string): StoredArticle | undefined {
  try {
    return open(bytes, key);
  } catch {
    return undefined;
  }
}

function open(bytes: Uint8Array, key: string): StoredArticle | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 12 + CHECKSUM || buf.toString('latin1', 0, 8) !== MAGIC) return undefined;
  const body = buf.subarray(0, buf.length - CHECKSUM);
  if (!createHash('sha256').update(body).digest().equals(buf.subarray(buf.length - CHECKSUM))) return undefined;
  const headerLength = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + headerLength)) as Header;
  if (header.format !== SNAPSHOT_FORMAT || header.key !== key) return undefined;
  const textStart = pad4(12 + headerLength);
  const textLength = buf.readUInt32LE(textStart);
  const text = buf.toString('utf8', textStart + 4, textStart + 4 + textLength);
  const termsStart = pad4(textStart + 4 + textLength);
  const termsLength = buf.readUInt32LE(termsStart);
  const intsStart = pad4(termsStart + 4 + termsLength);
  if (intsStart > body.length) return undefined;
  // A term of the article's list is decoded when a paragraph that uses it is first needed, and only then: an
  // answer needs a few paragraphs of an article, which use a small share of its terms.
  // A copy, so the file's bytes are not kept alive with it.
  const termBlock = Buffer.from(body.subarray(termsStart + 4, termsStart + 4 + termsLength));
  const articleTerms = header.termCount;
  if (!Number.isInteger(articleTerms) || articleTerms < 0) return undefined;
  // Where each term starts in the list (the last entry: one past the end, as if a separator followed it), found
  // when a term is first needed.
  let termStarts: Uint32Array | undefined;
  const startsOfTerms = (): Uint32Array => {
    if (termStarts) return termStarts;
    const starts = new Uint32Array(articleTerms + 1);
    let separators = 0;
    for (let at = termBlock.indexOf(0); at >= 0 && separators < articleTerms; at = termBlock.indexOf(0, at + 1)) starts[++separators] = at + 1;
    starts[articleTerms] = termsLength + 1;
    return (termStarts = starts);
  };
  // The term list must hold exactly termCount terms: one separator fewer.
  let separators = 0;
  for (let at = termBlock.indexOf(0); at >= 0 && separators < articleTerms; at = termBlock.indexOf(0, at + 1)) separators++;
  if (articleTerms ? separators !== articleTerms - 1 : termsLength !== 0) return undefined;
  let globalIds: Int32Array | undefined;
  const idOf = (local: number): number => {
    globalIds ??= new Int32Array(articleTerms).fill(-1);
    let id = globalIds[local]!;
    if (id < 0) {
      const starts = startsOfTerms();
      globalIds[local] = id = termId(termBlock.toString('utf8', starts[local]!, starts[local + 1]! - 1));
    }
    return id;
  };
  const intsBytes = body.length - intsStart;
  if (intsBytes < 0 || intsBytes % 4) return undefined;
  // Typed arrays need 4-byte alignment; a file read into a pooled buffer may not have it.
  const aligned = (body.byteOffset + intsStart) % 4 === 0 ? body : Buffer.from(body);
  const ints = new Uint32Array(aligned.buffer, aligned.byteOffset + intsStart, intsBytes / 4);
  const r = new Reader(ints);
  const n = r.next();
  if (n !== header.sectionOf.length || n === 0) return undefined;
  const ends = r.block(n);
  if (ends[n - 1] !== text.length) return undefined;
  const sentenceCount = r.next();
  const counts = r.block(n);
  const offsets = r.block(2 * sentenceCount);
  const packedLength = r.next();
  const packedAll = new Int32Array(r.block(packedLength).slice().buffer);
  if (r.at !== ints.length) return undefined;
  const lang = articleLang({ meta: header.meta } as Article);
  // Every paragraph checked now (text ends, sentence offsets, packed analysis), its first sentence and its packed
  // analysis's place kept, so a paragraph is made later without checks that could fail.
  const firstSentence = new Uint32Array(n);
  const packedAt = new Uint32Array(n + 1);
  let from = 0;
  let s = 0;
  let p = 0;
  for (let i = 0; i < n; i++) {
    const to = ends[i]!;
    if (to < from) return undefined;
    firstSentence[i] = s;
    for (let k = 0; k < counts[i]!; k++, s++) {
      if (s >= sentenceCount) return undefined;
      const start = offsets[2 * s]!;
      const end = offsets[2 * s + 1]!;
      if (start > end || end > to - from) return undefined;
    }
    if (!header.sections[header.sectionOf[i]!]) return undefined;
    const sentences = packedAll[p]!;
    if (sentences !== counts[i]) return undefined;
    const termCount = packedAll[p + sentences + 1]!;
    const length = sentences + 2 + termCount * 3;
    if (!(termCount >= 0) || p + length > packedLength) return undefined;
    for (let at = p + sentences + 2; at < p + length; at += 3) if (packedAll[at]! >>> 0 >= articleTerms) return undefined;
    p += length;
    packedAt[i + 1] = p;
    from = to;
  }
  if (s !== sentenceCount || p !== packedLength) return undefined;
  const madeParagraphs: (Paragraph | undefined)[] = new Array<Paragraph | undefined>(n);
  const paragraph = (i: number): Paragraph => {
    const known = madeParagraphs[i];
    if (known) return known;
    if (!(i >= 0 && i < n)) throw new RangeError(`snapshot: ${header.file} has no paragraph ${i + 1}`);
    const paragraphText = text.slice(i ? ends[i - 1]! : 0, ends[i]!);
    const spans: { start: number; end: number }[] = [];
    for (let k = 0, at = firstSentence[i]!; k < counts[i]!; k++, at++) spans.push({ start: offsets[2 * at]!, end: offsets[2 * at + 1]! });
    const made: Paragraph = { number: i + 1, text: paragraphText, sectionId: header.sections[header.sectionOf[i]!]!.id, sentences: sentenceViews(paragraphText, spans) };
    const packed = packedAll.subarray(packedAt[i]!, packedAt[i + 1]!);
    const sentences = counts[i]!;
    rememberSentenceTerms(made, lang, () => {
      for (let at = sentences + 2; at < packed.length; at += 3) packed[at] = idOf(packed[at]!);
      return packed;
    });
    return (madeParagraphs[i] = made);
  };
  let article: Article | undefined;
  return {
    slug: header.slug,
    file: header.file,
    meta: header.meta,
    sections: header.sections,
    shape: Uint32Array.from(counts),
    paragraph,
    article: () => (article ??= { slug: header.slug, file: header.file, meta: header.meta, paragraphs: Array.from({ length: n }, (_, i) => paragraph(i)), sections: header.sections }),
  };
}
