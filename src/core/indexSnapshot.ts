/**
 * A corpus's passage index in a binary form read back without analysing or indexing anything: the posting arrays
 * of the paragraph, sentence and typo indexes as they are in memory, and their vocabularies once, as one string table.
 * The postings, most of the bytes, are read term by term when a question first names a term, so a start-up reads
 * the head of the file and the postings of the questions it answers.
 *
 * Layout (little-endian): `BRANOIX3`, u32 header length, u32 head length (every byte before the head's checksum),
 * header JSON (format, key, settings, how many strings, each array's name, type and length), padding to 4 bytes, the
 * string table's bytes (u32 UTF-8 byte length, the strings one after the other, padded), the head's arrays one after
 * the other (where each string ends in the table, so a string is found without scanning the table, and the hash
 * tables of the paragraph and trigram vocabularies, so terms are looked up without building a Map), a SHA-256 of the head, then each index's
 * posting documents, impacts and a checksum of each term's postings. Any mismatch in the head (magic, format, key,
 * lengths, checksum) or in the file's size makes {@link decodeIndexSnapshot} return undefined: the index is then built
 * again. A term whose postings do not match their checksum when read is refused then (see {@link PostingSource}).
 *
 * Reading the head back makes no string and visits no term: a string of the table is decoded when first read (a
 * question's terms, the candidates of their look-up), so a warm start's cost does not grow with the vocabulary beyond
 * reading and checking the head's bytes.
 */
import { createHash } from 'node:crypto';
import type { PassageIndexData } from './passageIndex.js';
import { termLookupTable, type PostingSource, type TfIdfIndexData } from './tfidfIndex.js';
import { bytesSource } from './snapshot.js';

const MAGIC = 'BRANOIX3';
const CHECKSUM = 32;
const PREFIX = 16;

/** Version of the index snapshot's layout and of what it holds: bump it when indexing changes its output. */
export const INDEX_SNAPSHOT_FORMAT = 5;

/** A stored index file, read at positions (the snapshot cache keeps it open, so a replaced file is not mixed in). */
export interface IndexSnapshotFile {
  /** Its size in bytes. */
  readonly size: number;
  /**
   * Reads bytes at a position.
   * @param target - where to put them (its whole length is wanted)
   * @param position - where they start in the file
   * @returns how many were read
   */
  read(target: Uint8Array, position: number): number;
}

type ArrayType = 'i32' | 'u32' | 'f32';
type Typed = Int32Array | Uint32Array | Float32Array;

interface ArrayEntry {
  readonly name: string;
  readonly type: ArrayType;
  readonly length: number;
}

interface Header {
  readonly format: number;
  readonly key: string;
  readonly settings: PassageIndexData['settings'];
  readonly strings: number;
  /**
   * Whether the names' table ids are their ids in the paragraph vocabulary (stored first, so every paragraph term sits
   * at its own table id): names are then told by id.
   */
  readonly namesAreTermIds: boolean;
  readonly arrays: readonly ArrayEntry[];
  /**
   * Each index's postings after the head: its documents' length (its impacts have as many), then its terms' posting
   * checksums (as many as its terms).
   */
  readonly postings: readonly { readonly name: string; readonly length: number; readonly terms: number }[];
}

const pad4 = (n: number) => (n + 3) & ~3;
/** How many neighbouring terms' posting checksums are read at once (the block holding a term asked for). */
export const SUMS_BLOCK = 1024;
const INDEXES = ['paragraph', 'sentence', 'grams'] as const;
const FIELDS = ['termStart', 'maxImpact', 'idfs', 'docLengths'] as const;
const typeOf = (a: Typed): ArrayType => (a instanceof Int32Array ? 'i32' : a instanceof Uint32Array ? 'u32' : 'f32');
const bytesOf = (a: Typed) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/**
 * The checksum of a term's postings: FNV-1a over their 32-bit words (documents, then impacts' bits), so any one
 * changed word changes it.
 */
function postingSum(docs: Int32Array, impactBits: Int32Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let p = from; p < to; p++) h = Math.imul(h ^ docs[p]!, 0x01000193);
  for (let p = from; p < to; p++) h = Math.imul(h ^ impactBits[p]!, 0x01000193);
  return h >>> 0;
}

const bitsOf = (a: Float32Array) => new Int32Array(a.buffer, a.byteOffset, a.length);

function postingSums(index: TfIdfIndexData): Uint32Array {
  const v = index.terms.length;
  const sums = new Uint32Array(v);
  const bits = bitsOf(index.postingImpacts);
  for (let t = 0; t < v; t++) sums[t] = postingSum(index.postingDocs, bits, index.termStart[t]!, index.termStart[t + 1]!);
  return sums;
}

/**
 * Writes a passage index's content.
 * @param data - the index's content ({@link passageIndexData}); its postings must all be read
 * @param key - what it is valid for (the articles' snapshot keys); checked on reading
 * @returns the bytes, in pieces to be written one after the other (the postings are the index's own arrays, not copied)
 */
export function encodeIndexSnapshot(data: PassageIndexData, key: string): Uint8Array[] {
  const table = new Map<string, number>();
  const refs = (terms: readonly string[]): Int32Array => {
    const out = new Int32Array(terms.length);
    terms.forEach((t, i) => {
      let id = table.get(t);
      if (id === undefined) table.set(t, (id = table.size));
      out[i] = id;
    });
    return out;
  };
  const indexes: Record<(typeof INDEXES)[number], TfIdfIndexData> = { paragraph: data.paragraph, sentence: data.sentence, grams: data.vocabulary.grams };
  const arrays: [string, Typed][] = [];
  let paragraphIds: Int32Array | undefined;
  for (const name of INDEXES) {
    const ids = refs(indexes[name].terms);
    // The sentence index's vocabulary is stored once when it is the paragraph index's (it usually is).
    if (name === 'paragraph') paragraphIds = ids;
    if (!(name === 'sentence' && paragraphIds && sameInts(ids, paragraphIds))) arrays.push([`${name}.terms`, ids]);
    for (const f of FIELDS) arrays.push([`${name}.${f}`, indexes[name][f]]);
  }
  // The paragraph index's vocabulary (the sentence index shares it) with its hash table, so reading it back inserts
  // no term into a Map.
  arrays.push(['paragraph.lookup', termLookupTable(data.paragraph.terms)], ['grams.lookup', termLookupTable(data.vocabulary.grams.terms)]);
  arrays.push(['names', refs(data.names)], ['vocabulary', refs(data.vocabulary.terms)]);
  const nameIds = arrays.find(([name]) => name === 'names')![1] as Int32Array;
  const terms = data.paragraph.terms.length;
  const namesAreTermIds = !!paragraphIds && paragraphIds.every((id, i) => id === i) && nameIds.every((id) => id < terms);
  const strings = [...table.keys()];
  // Where each string ends in the table's bytes.
  const ends = new Uint32Array(strings.length);
  let end = 0;
  strings.forEach((t, i) => (ends[i] = end += Buffer.byteLength(t, 'utf8')));
  arrays.push(['strings.ends', ends]);
  const header: Header = {
    format: INDEX_SNAPSHOT_FORMAT,
    key,
    settings: data.settings,
    strings: strings.length,
    namesAreTermIds,
    arrays: arrays.map(([name, a]) => ({ name, type: typeOf(a), length: a.length })),
    postings: INDEXES.map((name) => ({ name, length: indexes[name].postingDocs.length, terms: indexes[name].terms.length })),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const stringBytes = Buffer.from(strings.join(''), 'utf8');
  if (stringBytes.length !== end) throw new Error('index snapshot: the string table does not add up');
  const tableStart = pad4(PREFIX + headerBytes.length);
  const arraysStart = pad4(tableStart + 4 + stringBytes.length);
  const headLength = arraysStart + arrays.reduce((n, [, a]) => n + a.byteLength, 0);
  const head = Buffer.alloc(headLength + CHECKSUM);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(headerBytes.length, 8);
  head.writeUInt32LE(headLength, 12);
  headerBytes.copy(head, PREFIX);
  head.writeUInt32LE(stringBytes.length, tableStart);
  stringBytes.copy(head, tableStart + 4);
  let at = arraysStart;
  for (const [, a] of arrays) {
    head.set(bytesOf(a), at);
    at += a.byteLength;
  }
  createHash('sha256').update(head.subarray(0, headLength)).digest().copy(head, headLength);
  const out: Uint8Array[] = [head];
  for (const name of INDEXES) out.push(bytesOf(indexes[name].postingDocs), bytesOf(indexes[name].postingImpacts), bytesOf(postingSums(indexes[name])));
  return out;
}

const sameInts = (a: Int32Array, b: Int32Array) => a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

/**
 * Reads a passage index's content back: the head now, each term's postings when first used.
 * @param source - the snapshot's bytes, or the open file
 * @param key - the key it must have been written with
 * @returns the content, or undefined when the head is not sound for this key or the file's size does not fit it
 */
export function decodeIndexSnapshot(source: Uint8Array | IndexSnapshotFile, key: string): PassageIndexData | undefined {
  try {
    return decode(source instanceof Uint8Array ? bytesSource(source) : source, key);
  } catch {
    return undefined;
  }
}

/** The string table: each string decoded when first read (a large corpus's table holds hundreds of thousands). */
interface StringTable {
  readonly count: number;
  /** The strings of these table ids, as a read-only array read lazily (an id outside the table throws when read). */
  list(ids: Int32Array): readonly string[];
}

function stringTable(bytes: Uint8Array, ends: Uint32Array): StringTable | undefined {
  const count = ends.length;
  // Ends only grow (checked when a string is read), so the last is the table's length.
  if (count ? ends[count - 1] !== bytes.length : bytes.length !== 0) return undefined;
  const table = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoded = new Array<string | undefined>(count);
  const at = (id: number): string => {
    const known = decoded[id];
    if (known !== undefined) return known;
    if (!(id >= 0 && id < count)) throw new RangeError('index snapshot: a string outside the table');
    const start = id ? ends[id - 1]! : 0;
    const end = ends[id]!;
    if (start > end) throw new RangeError('index snapshot: the string table runs backwards');
    return (decoded[id] = table.toString('utf8', start, end));
  };
  return { count, list: (ids) => lazyList(ids.length, (i) => at(ids[i]!)) };
}

// Whether a property key is an array index ("0", "17"; not "01" or "-1").
function isIndex(prop: string | symbol): prop is string {
  if (typeof prop !== 'string' || prop.length === 0 || prop.length > 10 || (prop.length > 1 && prop.charCodeAt(0) === 48)) return false;
  for (let i = 0; i < prop.length; i++) {
    const c = prop.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * A read-only array whose items are made when first read: a Proxy over an array of the right length, answering
 * indexes, `length` and `in` itself, so array methods and iteration see every item.
 */
function lazyList(length: number, item: (i: number) => string): readonly string[] {
  const target: string[] = new Array<string>(length);
  const inRange = (prop: string | symbol): number => {
    if (!isIndex(prop)) return -1;
    const i = Number(prop);
    return i < length ? i : -1;
  };
  return new Proxy(target, {
    get(t, prop, receiver) {
      const i = inRange(prop);
      return i >= 0 ? item(i) : Reflect.get(t, prop, receiver);
    },
    has(t, prop) {
      return inRange(prop) >= 0 || Reflect.has(t, prop);
    },
    getOwnPropertyDescriptor(t, prop) {
      const i = inRange(prop);
      return i >= 0 ? { value: item(i), writable: false, enumerable: true, configurable: true } : Reflect.getOwnPropertyDescriptor(t, prop);
    },
    ownKeys(t) {
      return [...Array.from({ length }, (_, i) => String(i)), ...Reflect.ownKeys(t).filter((k) => !isIndex(k))];
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}

function readExactly(file: IndexSnapshotFile, target: Uint8Array, position: number): boolean {
  let done = 0;
  while (done < target.length) {
    const n = file.read(target.subarray(done), position + done);
    if (!(n > 0)) return false;
    done += n;
  }
  return true;
}

function decode(file: IndexSnapshotFile, key: string): PassageIndexData | undefined {
  if (file.size < PREFIX + CHECKSUM) return undefined;
  const prefix = Buffer.alloc(PREFIX);
  if (!readExactly(file, prefix, 0) || prefix.toString('latin1', 0, 8) !== MAGIC) return undefined;
  const headerLength = prefix.readUInt32LE(8);
  const headLength = prefix.readUInt32LE(12);
  if (headLength < PREFIX + headerLength || headLength + CHECKSUM > file.size) return undefined;
  // A buffer of its own (aligned for typed arrays, not from the pool).
  const buf = Buffer.from(new ArrayBuffer(pad4(headLength + CHECKSUM)), 0, headLength + CHECKSUM);
  if (!readExactly(file, buf, 0)) return undefined;
  const header = JSON.parse(buf.toString('utf8', PREFIX, PREFIX + headerLength)) as Header;
  // The key is checked before the checksum: a stale snapshot is refused without hashing it.
  if (header.format !== INDEX_SNAPSHOT_FORMAT || header.key !== key || !Array.isArray(header.arrays) || !Array.isArray(header.postings)) return undefined;
  if (!createHash('sha256').update(buf.subarray(0, headLength)).digest().equals(buf.subarray(headLength))) return undefined;
  const tableStart = pad4(PREFIX + headerLength);
  const tableLength = buf.readUInt32LE(tableStart);
  if (tableStart + 4 + tableLength > headLength) return undefined;
  let at = pad4(tableStart + 4 + tableLength);
  const arrays = new Map<string, Typed>();
  for (const { name, type, length } of header.arrays) {
    if (!Number.isInteger(length) || length < 0 || at + 4 * length > headLength) return undefined;
    const offset = buf.byteOffset + at;
    arrays.set(name, type === 'i32' ? new Int32Array(buf.buffer, offset, length) : type === 'u32' ? new Uint32Array(buf.buffer, offset, length) : new Float32Array(buf.buffer, offset, length));
    at += 4 * length;
  }
  if (at !== headLength) return undefined;
  const ends = arrays.get('strings.ends');
  const strings = ends instanceof Uint32Array && ends.length === header.strings ? stringTable(buf.subarray(tableStart + 4, tableStart + 4 + tableLength), ends) : undefined;
  if (!strings) return undefined;
  // Where each index's postings lie in the file.
  const postingsAt = new Map<string, { docsAt: number; impactsAt: number; sumsAt: number; length: number; terms: number }>();
  let fileAt = headLength + CHECKSUM;
  for (const { name, length, terms } of header.postings) {
    if (!Number.isInteger(length) || length < 0 || !Number.isInteger(terms) || terms < 0) return undefined;
    postingsAt.set(name, { docsAt: fileAt, impactsAt: fileAt + 4 * length, sumsAt: fileAt + 8 * length, length, terms });
    fileAt += 8 * length + 4 * terms;
  }
  if (fileAt !== file.size) return undefined;
  const get = <T extends Typed>(name: string, kind: new (...args: never[]) => T): T => {
    const a = arrays.get(name);
    if (!(a instanceof kind)) throw new RangeError(`index snapshot: no ${name}`);
    return a;
  };
  // Lists stored with the same ids (the paragraph and sentence vocabularies) come back as one array.
  const made: { ids: Int32Array; words: readonly string[] }[] = [];
  const words = (name: string): readonly string[] => {
    const ids = get(name, Int32Array);
    const same = made.find((m) => m.ids.length === ids.length && Buffer.from(m.ids.buffer, m.ids.byteOffset, m.ids.byteLength).equals(Buffer.from(ids.buffer, ids.byteOffset, ids.byteLength)));
    if (same) return same.words;
    const out = strings.list(ids);
    made.push({ ids, words: out });
    return out;
  };
  // The hash tables of the vocabularies (the sentence index shares the paragraph index's).
  const lookups = { paragraph: arrays.get('paragraph.lookup'), grams: arrays.get('grams.lookup') };
  const index = (name: (typeof INDEXES)[number]): TfIdfIndexData => {
    const place = postingsAt.get(name);
    if (!place) throw new RangeError(`index snapshot: no postings of ${name}`);
    const termStart = get(`${name}.termStart`, Int32Array);
    if (place.terms + 1 !== termStart.length) throw new RangeError('index snapshot: posting checksums do not fit the terms');
    // The terms' checksums, read a block of neighbouring terms at a time (one read instead of one per term).
    let sums: Uint32Array | undefined;
    let sumsRead: Uint8Array | undefined;
    const postings: PostingSource = {
      read(term, docs, impacts) {
        const from = termStart[term]!;
        const to = termStart[term + 1]!;
        if (!(from >= 0 && to >= from && to <= place.length && docs.length === to - from && impacts.length === to - from)) return false;
        sums ??= new Uint32Array(place.terms);
        sumsRead ??= new Uint8Array(Math.ceil(place.terms / SUMS_BLOCK));
        const block = Math.floor(term / SUMS_BLOCK);
        try {
          if (to > from && !(readExactly(file, bytesOf(docs), place.docsAt + 4 * from) && readExactly(file, bytesOf(impacts), place.impactsAt + 4 * from))) return false;
          if (!sumsRead[block]) {
            const first = block * SUMS_BLOCK;
            if (!readExactly(file, bytesOf(sums.subarray(first, Math.min(place.terms, first + SUMS_BLOCK))), place.sumsAt + 4 * first)) return false;
            sumsRead[block] = 1;
          }
        } catch {
          return false;
        }
        return postingSum(docs, bitsOf(impacts), 0, to - from) === sums[term];
      },
    };
    return {
      ...(name !== 'sentence' && lookups[name] instanceof Int32Array ? { lookup: lookups[name] } : {}),
      // The sentence index's vocabulary is the paragraph index's when stored once.
      terms: words(arrays.has(`${name}.terms`) ? `${name}.terms` : 'paragraph.terms'),
      termStart,
      // Read term by term (see `postings`).
      postingDocs: new Int32Array(0),
      postingImpacts: new Float32Array(0),
      maxImpact: get(`${name}.maxImpact`, Float32Array),
      idfs: get(`${name}.idfs`, Float32Array),
      docLengths: get(`${name}.docLengths`, Uint32Array),
      postings,
    };
  };
  const paragraph = index('paragraph');
  const nameIds = get('names', Int32Array);
  return {
    settings: header.settings,
    paragraph,
    sentence: index('sentence'),
    names: words('names'),
    ...(header.namesAreTermIds === true ? { nameIds } : {}),
    vocabulary: { terms: words('vocabulary'), grams: index('grams') },
  };
}
