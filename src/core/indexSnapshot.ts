/**
 * A corpus's passage index in a binary form read back without analysing or indexing anything: the posting arrays
 * of the paragraph, sentence and typo indexes as they are in memory, and their vocabularies once, as one string table.
 *
 * Layout (little-endian): `BRANOIX1`, u32 header length, header JSON (format, key, settings, how many strings, each
 * array's name, type and length), padding to 4 bytes, the string table (u32 UTF-8 byte length, the strings joined by
 * NUL, padded), the arrays one after the other (with the paragraph vocabulary's hash table, so terms are looked up
 * without building a Map), and a SHA-256 of everything before it. Any mismatch (magic, format,
 * key, lengths, checksum) makes {@link decodeIndexSnapshot} return undefined: the index is then built again.
 */
import { createHash } from 'node:crypto';
import type { PassageIndexData } from './passageIndex.js';
import { termLookupTable, type TfIdfIndexData } from './tfidfIndex.js';

const MAGIC = 'BRANOIX1';
const CHECKSUM = 32;

/** Version of the index snapshot's layout and of what it holds: bump it when indexing changes its output. */
export const INDEX_SNAPSHOT_FORMAT = 2;

type ArrayType = 'i32' | 'u32' | 'f32';
type Typed = Int32Array | Uint32Array | Float32Array;

interface Header {
  readonly format: number;
  readonly key: string;
  readonly settings: PassageIndexData['settings'];
  readonly strings: number;
  readonly arrays: readonly { readonly name: string; readonly type: ArrayType; readonly length: number }[];
}

const pad4 = (n: number) => (n + 3) & ~3;
const INDEXES = ['paragraph', 'sentence', 'grams'] as const;
const FIELDS = ['termStart', 'postingDocs', 'postingImpacts', 'maxImpact', 'idfs', 'docLengths'] as const;
const typeOf = (a: Typed): ArrayType => (a instanceof Int32Array ? 'i32' : a instanceof Uint32Array ? 'u32' : 'f32');

/**
 * Writes a passage index's content.
 * @param data - the index's content ({@link passageIndexData})
 * @param key - what it is valid for (the articles' snapshot keys); checked on reading
 * @returns the bytes
 */
export function encodeIndexSnapshot(data: PassageIndexData, key: string): Uint8Array {
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
  for (const name of INDEXES) {
    arrays.push([`${name}.terms`, refs(indexes[name].terms)]);
    for (const f of FIELDS) arrays.push([`${name}.${f}`, indexes[name][f]]);
  }
  // The paragraph index's vocabulary (the sentence index shares it) with its hash table, so reading it back inserts
  // no term into a Map.
  arrays.push(['paragraph.lookup', termLookupTable(data.paragraph.terms)]);
  arrays.push(['names', refs(data.names)], ['vocabulary', refs(data.vocabulary.terms)]);
  const strings = [...table.keys()];
  if (strings.some((t) => t.includes('\0'))) throw new Error('index snapshot: a term holds a NUL character');
  const header: Header = { format: INDEX_SNAPSHOT_FORMAT, key, settings: data.settings, strings: strings.length, arrays: arrays.map(([name, a]) => ({ name, type: typeOf(a), length: a.length })) };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const stringBytes = Buffer.from(strings.join('\0'), 'utf8');
  const tableStart = pad4(12 + headerBytes.length);
  const arraysStart = pad4(tableStart + 4 + stringBytes.length);
  const total = arraysStart + arrays.reduce((n, [, a]) => n + a.byteLength, 0) + CHECKSUM;
  const out = Buffer.alloc(total);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(headerBytes.length, 8);
  headerBytes.copy(out, 12);
  out.writeUInt32LE(stringBytes.length, tableStart);
  stringBytes.copy(out, tableStart + 4);
  let at = arraysStart;
  for (const [, a] of arrays) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += a.byteLength;
  }
  createHash('sha256').update(out.subarray(0, total - CHECKSUM)).digest().copy(out, total - CHECKSUM);
  return out;
}

/**
 * Reads a passage index's content back.
 * @param bytes - the snapshot
 * @param key - the key it must have been written with
 * @returns the content, or undefined when the bytes are not a sound index snapshot for this key
 */
export function decodeIndexSnapshot(bytes: Uint8Array, key: string): PassageIndexData | undefined {
  try {
    return decode(bytes, key);
  } catch {
    return undefined;
  }
}

function decode(bytes: Uint8Array, key: string): PassageIndexData | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 12 + CHECKSUM || buf.toString('latin1', 0, 8) !== MAGIC) return undefined;
  const headerLength = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + headerLength)) as Header;
  // The key is checked before the checksum: a stale snapshot is refused without hashing it.
  if (header.format !== INDEX_SNAPSHOT_FORMAT || header.key !== key) return undefined;
  const body = buf.subarray(0, buf.length - CHECKSUM);
  if (!createHash('sha256').update(body).digest().equals(buf.subarray(buf.length - CHECKSUM))) return undefined;
  const tableStart = pad4(12 + headerLength);
  const tableLength = buf.readUInt32LE(tableStart);
  const strings = header.strings ? buf.toString('utf8', tableStart + 4, tableStart + 4 + tableLength).split('\0') : [];
  if (strings.length !== header.strings) return undefined;
  // Typed arrays need 4-byte alignment; a file read into a pooled buffer may not have it.
  const aligned = body.byteOffset % 4 === 0 ? body : Buffer.from(body);
  let at = pad4(tableStart + 4 + tableLength);
  const arrays = new Map<string, Typed>();
  for (const { name, type, length } of header.arrays) {
    if (!Number.isInteger(length) || length < 0 || at + 4 * length > aligned.length) return undefined;
    const offset = aligned.byteOffset + at;
    arrays.set(name, type === 'i32' ? new Int32Array(aligned.buffer, offset, length) : type === 'u32' ? new Uint32Array(aligned.buffer, offset, length) : new Float32Array(aligned.buffer, offset, length));
    at += 4 * length;
  }
  if (at !== aligned.length) return undefined;
  const get = <T extends Typed>(name: string, kind: new (...args: never[]) => T): T => {
    const a = arrays.get(name);
    if (!(a instanceof kind)) throw new RangeError(`index snapshot: no ${name}`);
    return a;
  };
  // Lists stored with the same ids (the paragraph and sentence vocabularies) come back as one array.
  const made: { ids: Int32Array; words: string[] }[] = [];
  const words = (name: string): string[] => {
    const ids = get(name, Int32Array);
    const same = made.find((m) => m.ids.length === ids.length && Buffer.from(m.ids.buffer, m.ids.byteOffset, m.ids.byteLength).equals(Buffer.from(ids.buffer, ids.byteOffset, ids.byteLength)));
    if (same) return same.words;
    const out = Array.from(ids, (i) => {
      const s = strings[i];
      if (s === undefined) throw new RangeError('index snapshot: a string outside the table');
      return s;
    });
    made.push({ ids, words: out });
    return out;
  };
  const lookup = arrays.get('paragraph.lookup');
  const index = (name: (typeof INDEXES)[number]): TfIdfIndexData => ({
    ...(name === 'paragraph' && lookup instanceof Int32Array ? { lookup } : {}),
    terms: words(`${name}.terms`),
    termStart: get(`${name}.termStart`, Int32Array),
    postingDocs: get(`${name}.postingDocs`, Int32Array),
    postingImpacts: get(`${name}.postingImpacts`, Float32Array),
    maxImpact: get(`${name}.maxImpact`, Float32Array),
    idfs: get(`${name}.idfs`, Float32Array),
    docLengths: get(`${name}.docLengths`, Uint32Array),
  });
  return {
    settings: header.settings,
    paragraph: index('paragraph'),
    sentence: index('sentence'),
    names: words('names'),
    vocabulary: { terms: words('vocabulary'), grams: index('grams') },
  };
}
