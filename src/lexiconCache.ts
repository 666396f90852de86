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
const CODE_MODULES = ['core/analysis', 'core/lemmas', 'core/thesaurus', 'core/crossLingual', 'lexiconCache', 'lexicons'];
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
