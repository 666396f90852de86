/**
 * A compiled-lexicon cache: parsing the thesaurus and the bilingual lexicon means tokenising and stemming a few
 * thousand words, which would be most of a cold start. The parsed form is kept on disk (V8's structured
 * serialisation, which keeps Maps) under a key that hashes the lexicon text and the code that parses it, so an
 * edit to either simply misses the cache. Reading or writing the cache never fails a load: on any problem the
 * text is parsed as usual.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

const here = dirname(fileURLToPath(import.meta.url));
/** Where compiled lexicons are kept: `dist/.cache/lexicon` for the built code, `.cache/lexicon` for the sources. */
export const LEXICON_CACHE_DIR = join(here, '..', '.cache', 'lexicon');

// The parsers' behaviour depends on these modules and on natural's stemmers: their text salts every key.
const CODE_MODULES = ['core/analysis', 'core/lemmas', 'core/thesaurus', 'core/synonyms', 'core/crossLingual', 'core/cognates', 'lexiconCache', 'lexicons'];
let codeSalt: string | undefined;
function salt(): string {
  if (codeSalt === undefined) {
    const h = createHash('sha1');
    const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
    for (const m of CODE_MODULES) {
      try {
        h.update(readFileSync(join(here, `${m}${ext}`)));
      } catch {
        h.update(`missing:${m}`);
      }
    }
    try {
      const require = createRequire(import.meta.url);
      h.update((require('natural/package.json') as { version: string }).version);
    } catch {
      h.update('natural:unknown');
    }
    codeSalt = h.digest('hex');
  }
  return codeSalt;
}

/**
 * Parses a lexicon text through the cache.
 * @param kind - what the text is (part of the key: two parsers never share an entry)
 * @param text - the lexicon's text
 * @param parse - parses the text (run on a miss)
 * @param toSnapshot - what to store: plain data, Maps and arrays
 * @param fromSnapshot - rebuilds the parsed value from what was stored
 * @param dir - the cache folder (tests use a temporary one)
 * @returns the parsed value
 */
export function cachedParse<T>(
  kind: string,
  text: string,
  parse: () => T,
  toSnapshot: (value: T) => unknown,
  fromSnapshot: (snapshot: unknown) => T,
  dir: string = LEXICON_CACHE_DIR,
): T {
  const key = createHash('sha1').update(salt()).update('\0').update(kind).update('\0').update(text).digest('hex');
  const file = join(dir, `${kind}-${key}.bin`);
  try {
    return fromSnapshot(deserialize(readFileSync(file)));
  } catch {
    // a miss (or an unreadable entry): parse, then store for the next start
  }
  const value = parse();
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize(toSnapshot(value)));
    renameSync(tmp, file);
    prune(dir, kind);
  } catch {
    // a read-only install just parses every time
  }
  return value;
}

/** Entries kept per kind: the current lexicons and a few older ones (another corpus folder, a previous edit). */
const KEEP_PER_KIND = 6;

function prune(dir: string, kind: string): void {
  const mine = readdirSync(dir)
    .filter((n) => n.startsWith(`${kind}-`) && n.endsWith('.bin'))
    .map((n) => ({ n, t: statSync(join(dir, n)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { n } of mine.slice(KEEP_PER_KIND)) unlinkSync(join(dir, n));
}

/**
 * A map as the cache stores it for reading on demand: its keys in their order, and each value serialised on its
 * own, so that reading the map back decodes nothing but the keys.
 */
export interface StoredTable {
  /** The keys, in the map's order. */
  readonly keys: readonly string[];
  /** Positions of the keys in code-unit order, for the binary search. */
  readonly sorted: Uint32Array;
  /** Where each value's bytes start in `bytes` (one more entry than keys: the end). */
  readonly offsets: Uint32Array;
  /** The values, each serialised with V8's structured serialisation. */
  readonly bytes: Uint8Array;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Stores a map so that {@link LazyTable} reads it back value by value.
 * @param map - the map (values: plain data, Maps, Sets, arrays)
 * @returns the stored form
 * @example
 * new LazyTable(storeTable(new Map([['a', 1]]))).get('a') // 1
 */
export function storeTable(map: ReadonlyMap<string, unknown>): StoredTable {
  const keys = [...map.keys()];
  const parts = keys.map((k) => serialize(map.get(k)));
  const offsets = new Uint32Array(keys.length + 1);
  for (let i = 0; i < parts.length; i++) offsets[i + 1] = offsets[i]! + parts[i]!.length;
  const sorted = Uint32Array.from(keys.map((_, i) => i).sort((a, b) => byCodeUnits(keys[a]!, keys[b]!)));
  return { keys, sorted, offsets, bytes: new Uint8Array(Buffer.concat(parts)) };
}

/**
 * Whether data read from the cache is a {@link StoredTable}.
 * @param data - what was read
 * @returns true when its parts are there and agree in size
 */
export function isStoredTable(data: unknown): data is StoredTable {
  const t = data as Partial<StoredTable> | null;
  return (
    !!t &&
    Array.isArray(t.keys) &&
    t.sorted instanceof Uint32Array &&
    t.offsets instanceof Uint32Array &&
    t.bytes instanceof Uint8Array &&
    t.sorted.length === t.keys.length &&
    t.offsets.length === t.keys.length + 1 &&
    t.offsets[t.keys.length] === t.bytes.length
  );
}

/**
 * A read-only map over a {@link StoredTable}: a key is found by binary search and its value decoded the first time
 * it is asked for, so a lexicon of thousands of entries is ready at once and a question pays only for the few
 * entries it looks up. Iteration follows the stored map's order (and decodes what it visits).
 */
export class LazyTable<V> implements ReadonlyMap<string, V> {
  private readonly decoded: (V | undefined)[];
  private readonly known: Uint8Array;

  /** @param table - the stored form ({@link storeTable}) */
  constructor(private readonly table: StoredTable) {
    this.decoded = new Array<V | undefined>(table.keys.length);
    this.known = new Uint8Array(table.keys.length);
  }

  /** Number of keys. */
  get size(): number {
    return this.table.keys.length;
  }

  // Position of a key in `keys`, or -1.
  private find(key: string): number {
    const { keys, sorted } = this.table;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = sorted[mid]!;
      const k = keys[at]!;
      if (k === key) return at;
      if (k < key) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  private at(i: number): V {
    if (!this.known[i]) {
      const { offsets, bytes } = this.table;
      this.decoded[i] = deserialize(bytes.subarray(offsets[i]!, offsets[i + 1]!)) as V;
      this.known[i] = 1;
    }
    return this.decoded[i] as V;
  }

  /**
   * @param key - a key
   * @returns whether the table holds it (nothing is decoded)
   */
  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  /**
   * @param key - a key
   * @returns its value, decoded on first use, or undefined
   */
  get(key: string): V | undefined {
    const i = this.find(key);
    return i < 0 ? undefined : this.at(i);
  }

  /**
   * Calls `fn` for every entry, in the stored order.
   * @param fn - the callback
   */
  forEach(fn: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    this.table.keys.forEach((k, i) => fn(this.at(i), k, this));
  }

  /** @returns the keys, in the stored order (nothing is decoded) */
  keys(): MapIterator<string> {
    return this.table.keys[Symbol.iterator]();
  }

  /** @returns the values, in the stored order */
  values(): MapIterator<V> {
    return this.table.keys.map((_, i) => this.at(i))[Symbol.iterator]();
  }

  /** @returns the entries, in the stored order */
  entries(): MapIterator<[string, V]> {
    return this.table.keys.map((k, i): [string, V] => [k, this.at(i)])[Symbol.iterator]();
  }

  /** @returns the entries, in the stored order */
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}
