/**
 * An article's snapshot: the parsed article (front matter, written sections, paragraph texts, sentence offsets) and
 * its analysis (each sentence's terms with offsets), in a binary form read back without parsing Markdown, splitting
 * sentences or stemming: UTF-8 for the texts and typed arrays for every number.
 *
 * The snapshot holds what is expensive and stable — the analysis. The global index, sections found by segmentation
 * and the people registry are rebuilt from it, so a change to ranking or scoring never makes a snapshot wrong.
 *
 * Layout (little-endian): a head — `BRANOSN2`, u32 header length, u32 head length (every byte before the head's
 * checksum), header JSON (key, file, slug, meta, sections, each paragraph's section index, how many terms the article
 * uses), padding to 4 bytes, the paragraph table (per paragraph: where its part starts, its sentence count, its packed
 * analysis's length, its text's UTF-8 length, a CRC-32 of its part), where each of the article's terms ends in the
 * term bytes, the term bytes, padding — then a SHA-256 of the head, then one part per paragraph: its sentence offsets,
 * its packed analysis, its text, padded to 4 bytes.
 *
 * Opening a snapshot reads and checks its head only (magic, format, key, checksum, the table's fit with the file's
 * size); a paragraph's part is read and checked (CRC-32, every offset and length) when that paragraph is first made,
 * so an answer that weighs one paragraph of an article reads that paragraph, not the article. A part that fails its
 * checks throws {@link DamagedSnapshotError}: the caller then rebuilds the article from its file.
 *
 * A paragraph's analysis is mapped to the shared dictionary when it is first needed, decoding only the terms it uses,
 * because a corpus whose passage index is stored too (src/core/indexSnapshot.ts) needs the terms of only the
 * paragraphs it shows.
 */
import { createHash } from 'node:crypto';
import * as zlib from 'node:zlib';
import { articleLang, sentenceViews } from './corpus.js';
import { packedSentenceTerms, rememberSentenceTerms, termId, termOf } from './sentenceTerms.js';
import type { Article, ArticleMeta, Paragraph, Section } from './types.js';

const MAGIC = 'BRANOSN2';
const CHECKSUM = 32;
const PREFIX = 16;
// u32 entries per paragraph in the table: part start, sentences, packed length, text bytes, CRC-32.
const ROW = 5;

/**
 * Version of what a snapshot holds: bump it when parsing, sentence splitting or analysis changes its output, so
 * older snapshots are rebuilt rather than trusted.
 */
export const SNAPSHOT_FORMAT = 4;

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
  /** The term bytes' length. */
  readonly termBytes: number;
  /** The paragraph parts' length, after the head's checksum. */
  readonly body: number;
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
  }
  const n = article.paragraphs.length;
  // Each paragraph's part: sentence offsets, packed analysis, UTF-8 text, padding.
  const parts: Buffer[] = [];
  const table = new Uint32Array(ROW * n + terms.length);
  let body = 0;
  article.paragraphs.forEach((p, i) => {
    const data = packed[i]!;
    const text = Buffer.from(p.text, 'utf8');
    const ints = new Uint32Array(2 * p.sentences.length + data.length);
    p.sentences.forEach((s, k) => {
      ints[2 * k] = s.start;
      ints[2 * k + 1] = s.end;
    });
    ints.set(new Uint32Array(data.buffer, data.byteOffset, data.length), 2 * p.sentences.length);
    const part = Buffer.alloc(pad4(ints.byteLength + text.length));
    Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength).copy(part);
    text.copy(part, ints.byteLength);
    table.set([body, p.sentences.length, data.length, text.length, crc32(part)], ROW * i);
    parts.push(part);
    body += part.length;
  });
  let termEnd = 0;
  terms.forEach((t, i) => (table[ROW * n + i] = termEnd += Buffer.byteLength(t, 'utf8')));
  const termBytes = Buffer.from(terms.join(''), 'utf8');
  const header: Header = {
    format: SNAPSHOT_FORMAT,
    key,
    file: article.file,
    slug: article.slug,
    meta: article.meta,
    sections: article.sections,
    sectionOf: article.paragraphs.map((p) => sectionIndex.get(p.sectionId) ?? 0),
    termCount: terms.length,
    termBytes: termBytes.length,
    body,
  };
  if (termBytes.length !== termEnd) throw new Error('snapshot: the term bytes do not add up');
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const tableStart = pad4(PREFIX + headerBytes.length);
  const termsStart = tableStart + table.byteLength;
  const headLength = pad4(termsStart + termBytes.length);
  const out = Buffer.alloc(headLength + CHECKSUM + body);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(headerBytes.length, 8);
  out.writeUInt32LE(headLength, 12);
  headerBytes.copy(out, PREFIX);
  Buffer.from(table.buffer, table.byteOffset, table.byteLength).copy(out, tableStart);
  termBytes.copy(out, termsStart);
  createHash('sha256').update(out.subarray(0, headLength)).digest().copy(out, headLength);
  let at = headLength + CHECKSUM;
  for (const part of parts) {
    part.copy(out, at);
    at += part.length;
  }
  return out;
}

/** CRC-32 (IEEE): zlib's where Node has it (20.15 and later), else computed here. */
const crc32: (data: Uint8Array) => number = (zlib as { crc32?: (data: Uint8Array) => number }).crc32 ?? tableCrc32;

let crcTable: Uint32Array | undefined;
function tableCrc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let i = 0; i < 256; i++) {
      let c = i;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[i] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A stored snapshot read at positions: its bytes, or its file (opened for each read). */
export interface SnapshotSource {
  /** Its size in bytes. */
  readonly size: number;
  /**
   * Reads bytes at a position.
   * @param target - where to put them (its whole length is wanted)
   * @param position - where they start
   * @returns how many were read
   */
  read(target: Uint8Array, position: number): number;
}

/** A snapshot part that fails its checks when read (the head was sound when opened). */
export class DamagedSnapshotError extends Error {
  constructor(file: string, what: string) {
    super(`snapshot of ${file}: ${what}`);
    this.name = 'DamagedSnapshotError';
  }
}

/**
 * An article read back from its snapshot whose paragraphs are made when first asked for, one by one: the snapshot's
 * head is checked when opened, each paragraph's part when that paragraph is made.
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
   * @throws DamagedSnapshotError when its part cannot be read or fails its checks
   */
  paragraph(i: number): Paragraph;
  /**
   * The whole article (every part read at once and checked).
   * @throws DamagedSnapshotError when a part cannot be read or fails its checks
   */
  article(): Article;
}

/**
 * Reads an article back from its snapshot, every paragraph checked, and hands its analysis to the shared dictionary
 * so nothing analyses it again.
 * @param bytes - the snapshot
 * @param key - the key it must have been written with
 * @returns the article, or undefined when the bytes are not a sound snapshot for this key
 */
export function decodeSnapshot(bytes: Uint8Array, key: string): Article | undefined {
  try {
    return open(bytesSource(bytes), key)?.article();
  } catch {
    return undefined;
  }
}

/**
 * Opens an article's snapshot: checks its head (checksum, key, the paragraph table against the size), and makes its
 * paragraphs when first asked for, each read and checked then.
 * @param source - the snapshot's bytes, or its file
 * @param key - the key it must have been written with
 * @returns the stored article, or undefined when the head is not sound for this key
 */
export function openSnapshot(source: Uint8Array | SnapshotSource, key: string): StoredArticle | undefined {
  try {
    return open(source instanceof Uint8Array ? bytesSource(source) : source, key);
  } catch {
    return undefined;
  }
}

/** Bytes in memory read as a snapshot source (also the stored index's, whose file reads the same way). */
export function bytesSource(bytes: Uint8Array): SnapshotSource {
  return {
    size: bytes.length,
    read(target, position) {
      const part = bytes.subarray(position, position + target.length);
      target.set(part);
      return part.length;
    },
  };
}

// The buffer lent to one read at a time (see `readAt`).
let lentBytes = Buffer.from(new ArrayBuffer(65536));

// Bytes read from a source into a buffer of their own, or (`lend`) into a shared one valid until the next lent read
// (aligned for typed arrays either way), or undefined when cut short.
function readAt(source: SnapshotSource, position: number, length: number, lend = false): Buffer | undefined {
  if (lend && lentBytes.length < length) lentBytes = Buffer.from(new ArrayBuffer(pad4(Math.max(length, 2 * lentBytes.length))));
  const out = lend ? lentBytes.subarray(0, length) : Buffer.from(new ArrayBuffer(pad4(length)), 0, length);
  return readInto(source, out, position) ? out : undefined;
}

// Fills `target` with the bytes from `position` on; false when the source is cut short.
function readInto(source: SnapshotSource, target: Buffer, position: number): boolean {
  let done = 0;
  while (done < target.length) {
    const n = source.read(target.subarray(done), position + done);
    if (!(n > 0)) return false;
    done += n;
  }
  return true;
}

// The head is read with this many bytes first: most articles' heads fit, and a small article comes whole.
const FIRST_READ = 16384;

function open(source: SnapshotSource, key: string): StoredArticle | undefined {
  if (source.size < PREFIX + CHECKSUM) return undefined;
  let first = readAt(source, 0, Math.min(source.size, FIRST_READ));
  if (!first || first.toString('latin1', 0, 8) !== MAGIC) return undefined;
  const headerLength = first.readUInt32LE(8);
  const headLength = first.readUInt32LE(12);
  if (headLength < PREFIX + headerLength || headLength + CHECKSUM > source.size) return undefined;
  if (headLength + CHECKSUM > first.length) {
    // The rest of the head read after the bytes already read.
    const full = Buffer.from(new ArrayBuffer(pad4(headLength + CHECKSUM)), 0, headLength + CHECKSUM);
    full.set(first);
    if (!readInto(source, full.subarray(first.length), first.length)) return undefined;
    first = full;
  }
  const head = first;
  const header = JSON.parse(head.toString('utf8', PREFIX, PREFIX + headerLength)) as Header;
  // The key is checked before the checksum: a stale snapshot is refused without hashing it.
  if (header.format !== SNAPSHOT_FORMAT || header.key !== key) return undefined;
  if (!createHash('sha256').update(head.subarray(0, headLength)).digest().equals(head.subarray(headLength, headLength + CHECKSUM))) return undefined;
  const n = header.sectionOf.length;
  const articleTerms = header.termCount;
  if (n === 0 || !Number.isInteger(articleTerms) || articleTerms < 0 || !Number.isInteger(header.body) || !Number.isInteger(header.termBytes)) return undefined;
  const bodyStart = headLength + CHECKSUM;
  if (bodyStart + header.body !== source.size) return undefined;
  const tableStart = pad4(PREFIX + headerLength);
  const termsStart = tableStart + 4 * (ROW * n + articleTerms);
  if (pad4(termsStart + header.termBytes) !== headLength) return undefined;
  const table = new Uint32Array(head.buffer, head.byteOffset + tableStart, ROW * n + articleTerms);
  // Every part's place checked now: one after the other, filling the body exactly.
  const shape = new Uint32Array(n);
  let end = 0;
  for (let i = 0; i < n; i++) {
    const at = ROW * i;
    const sentences = table[at + 1]!;
    if (table[at] !== end || !header.sections[header.sectionOf[i]!]) return undefined;
    shape[i] = sentences;
    end += pad4(4 * (2 * sentences + table[at + 2]!) + table[at + 3]!);
  }
  if (end !== header.body) return undefined;
  const ends = table.subarray(ROW * n);
  // A copy, so the head's buffer is not kept alive with the article.
  const termBlock = Buffer.from(head.subarray(termsStart, termsStart + header.termBytes));
  // The whole body, when the first read brought it or the whole article was asked for.
  let whole: Buffer | undefined = first.length === source.size ? first.subarray(bodyStart) : undefined;
  const damaged = (what: string) => new DamagedSnapshotError(header.file, what);
  let globalIds: Int32Array | undefined;
  const idOf = (local: number): number => {
    globalIds ??= new Int32Array(articleTerms).fill(-1);
    let id = globalIds[local]!;
    if (id < 0) {
      const from = local ? ends[local - 1]! : 0;
      const to = ends[local]!;
      if (!(from <= to && to <= termBlock.length)) throw damaged('a term outside its bytes');
      globalIds[local] = id = termId(termBlock.toString('utf8', from, to));
    }
    return id;
  };
  const lang = articleLang({ meta: header.meta } as Article);
  const madeParagraphs: (Paragraph | undefined)[] = new Array<Paragraph | undefined>(n);
  const paragraph = (i: number): Paragraph => {
    const known = madeParagraphs[i];
    if (known) return known;
    if (!(i >= 0 && i < n)) throw new RangeError(`snapshot: ${header.file} has no paragraph ${i + 1}`);
    const at = ROW * i;
    const sentences = table[at + 1]!;
    const packedLength = table[at + 2]!;
    const intsBytes = 4 * (2 * sentences + packedLength);
    const length = pad4(intsBytes + table[at + 3]!);
    // Read in place (the body is aligned: every part starts on a multiple of 4), or into a buffer shared by every
    // read: what the paragraph keeps (its text, its analysis) is copied out of it below.
    let part: Buffer | undefined;
    if (whole) part = whole.subarray(table[at]!, table[at]! + length);
    else {
      try {
        part = readAt(source, bodyStart + table[at]!, length, true);
      } catch {
        part = undefined;
      }
    }
    if (!part) throw damaged(`paragraph ${i + 1} cannot be read`);
    if (crc32(part) !== table[at + 4]) throw damaged(`paragraph ${i + 1} does not match its checksum`);
    const paragraphText = part.toString('utf8', intsBytes, intsBytes + table[at + 3]!);
    const offsets = new Uint32Array(part.buffer, part.byteOffset, 2 * sentences);
    const spans: { start: number; end: number }[] = [];
    for (let k = 0; k < sentences; k++) {
      const start = offsets[2 * k]!;
      const stop = offsets[2 * k + 1]!;
      if (start > stop || stop > paragraphText.length) throw damaged(`paragraph ${i + 1} has a sentence outside its text`);
      spans.push({ start, end: stop });
    }
    // A copy, so the part's text bytes are not kept alive with the analysis.
    const packed = new Int32Array(part.buffer, part.byteOffset + 8 * sentences, packedLength).slice();
    const termCount = packed[sentences + 1]!;
    if (packed[0] !== sentences || !(termCount >= 0) || sentences + 2 + 3 * termCount !== packedLength) throw damaged(`paragraph ${i + 1} has an analysis that does not fit`);
    for (let t = sentences + 2; t < packedLength; t += 3) if (packed[t]! >>> 0 >= articleTerms) throw damaged(`paragraph ${i + 1} names a term the article does not have`);
    const made: Paragraph = { number: i + 1, text: paragraphText, sectionId: header.sections[header.sectionOf[i]!]!.id, sentences: sentenceViews(paragraphText, spans) };
    rememberSentenceTerms(made, lang, () => {
      for (let t = sentences + 2; t < packedLength; t += 3) packed[t] = idOf(packed[t]!);
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
    shape,
    paragraph,
    article: () => {
      if (article) return article;
      if (!whole) {
        try {
          whole = readAt(source, bodyStart, header.body);
        } catch {
          whole = undefined;
        }
        if (!whole) throw damaged('its paragraphs cannot be read');
      }
      const paragraphs = Array.from({ length: n }, (_, i) => paragraph(i));
      whole = undefined;
      return (article = { slug: header.slug, file: header.file, meta: header.meta, paragraphs, sections: header.sections });
    },
  };
}
