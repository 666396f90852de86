/**
 * The snapshot cache: one file per article under `CACHE_DIR/articles/` (default `.cache/` in the project), named by
 * a key made of the file's name and content hash, Brano's version, the snapshot format and the lexicons' hashes. A
 * loader asks it for each file it reads: an unchanged article comes back from its snapshot (no Markdown parsing, no
 * sentence splitting, no stemming), a new or changed one is parsed, analysed and written. A snapshot that is missing,
 * corrupt or written for other inputs is never trusted: the article is rebuilt and the file rewritten. Files are
 * written to a temporary name and renamed, so shards of one machine can share the folder.
 *
 * `npm run cache:clear` (this module run as a program) deletes the snapshots.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { PROJECT_ROOT } from './core/projectRoot.js';
import { GENERAL_LEXICON_DIR } from './lexicons.js';
import { SNAPSHOT_FORMAT, decodeSnapshot, encodeSnapshot } from './core/snapshot.js';
import { INDEX_SNAPSHOT_FORMAT, decodeIndexSnapshot, encodeIndexSnapshot } from './core/indexSnapshot.js';
import { italianLemmasId } from './core/analysis.js';
import { LEXICON_CACHE_DIR } from './lexiconCache.js';
import type { ArticleSource } from './core/corpus.js';
import type { PassageIndexCache, PassageIndexData } from './core/passageIndex.js';
import type { SectionCache } from './core/segmentation.js';
import type { Article, Section } from './core/types.js';

const require = createRequire(import.meta.url);

/** How many articles a cache served from snapshots and how many it had to build. */
export interface SnapshotStats {
  /** Articles read back from their snapshot. */
  loaded: number;
  /** Articles parsed and analysed (no snapshot, or one that could not be trusted). */
  built: number;
  /** Snapshot files found but refused (corrupt, or written for other inputs under the same name). */
  refused: number;
  /** Passage indexes read back from an index snapshot. */
  indexLoaded: number;
  /** Passage indexes written (none stored for those articles, or the stored one could not be trusted). */
  indexWritten: number;
  /** Articles whose automatic sections were read back instead of computed. */
  sectionsLoaded: number;
  /** Articles whose automatic sections were computed and stored. */
  sectionsWritten: number;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

function lexiconHashes(dirs: readonly string[]): string {
  const h = createHash('sha256');
  for (const dir of dirs) {
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
    } catch {
      // a corpus without its own lexicon folder
    }
    for (const n of names) h.update(`${dir}/${n}\0`).update(readFileSync(join(dir, n))).update('\0');
  }
  return h.digest('hex');
}

// The core's code: what it stores (analysis, index, sections) is only as valid as the code that made it.
const CORE_DIR = fileURLToPath(new URL('./core/', import.meta.url));

// The hash of the core's files is kept beside the compiled lexicons (written by `npm run build`, or by the first
// start after the code changed), under the files' names, sizes and modification times: a start then only lists
// and stats the files instead of reading and hashing them all.
const CODE_HASH_FILE = join(LEXICON_CACHE_DIR, '..', 'core-hash.json');

/**
 * The hash of the core's code (every file of src/core, or dist/src/core for the built code).
 * @returns a hex digest
 */
export function codeHash(): string {
  const names = readdirSync(CORE_DIR).filter((n) => /\.[jt]s$/.test(n)).sort();
  const stamp = names.map((n) => {
    const st = statSync(join(CORE_DIR, n));
    return `${n} ${st.size} ${st.mtimeMs}`;
  }).join('\n');
  try {
    const stored = JSON.parse(readFileSync(CODE_HASH_FILE, 'utf8')) as { stamp?: unknown; hash?: unknown };
    if (stored.stamp === stamp && typeof stored.hash === 'string') return stored.hash;
  } catch {
    // none stored yet
  }
  const h = createHash('sha256');
  for (const n of names) h.update(`${n}\0`).update(readFileSync(join(CORE_DIR, n))).update('\0');
  const hash = h.digest('hex');
  try {
    writeAtomically(dirname(CODE_HASH_FILE), CODE_HASH_FILE, Buffer.from(JSON.stringify({ stamp, hash })));
  } catch {
    // a read-only install hashes the files on every start
  }
  return hash;
}

/**
 * What every snapshot of a corpus depends on besides its file: Brano's version, the snapshot format, the core's code
 * (so a change to analysis, indexing or segmentation never serves what older code stored), natural's version (its
 * stemmers and stopwords), the Italian lemma table's identity, and the content of the lexicons (Brano's general layer and the corpus's own).
 * @param corpusDir - the corpus folder (its `lexicon/` counts)
 * @returns a hash
 */
export function snapshotContext(corpusDir: string): string {
  const version = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version?: string }).version ?? '0';
  const natural = (require('natural/package.json') as { version: string }).version;
  return sha256(`brano ${version}\0format ${SNAPSHOT_FORMAT}\0code ${codeHash()}\0natural ${natural}\0lemmas ${italianLemmasId()}\0${lexiconHashes([GENERAL_LEXICON_DIR, join(corpusDir, 'lexicon')])}`);
}

/**
 * Writes a file under a temporary name and renames it, so a reader (another shard) sees the old file or the new one,
 * never half of one.
 */
function writeAtomically(folder: string, path: string, data: Uint8Array): void {
  mkdirSync(folder, { recursive: true });
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, data);
  try {
    renameSync(tmp, path);
  } catch (err) {
    unlinkSync(tmp);
    throw err;
  }
}

/**
 * Articles from snapshots in a cache folder, built and stored when missing or stale; and the passage index of the
 * whole corpus, under `CACHE_DIR/index/`, keyed by every article's snapshot key, so a start with no changed file
 * reads the index instead of building it.
 */
export class SnapshotCache implements ArticleSource, PassageIndexCache, SectionCache {
  /** Counts since the cache was made. */
  readonly stats: SnapshotStats = { loaded: 0, built: 0, refused: 0, indexLoaded: 0, indexWritten: 0, sectionsLoaded: 0, sectionsWritten: 0 };
  private readonly folder: string;
  private readonly indexFolder: string;
  private readonly sectionFolder: string;
  // The snapshot key of each article this cache served (read back or built).
  private readonly keys = new WeakMap<Article, string>();

  /**
   * @param cacheDir - the cache folder (`CACHE_DIR`)
   * @param context - {@link snapshotContext} of the corpus
   */
  constructor(
    cacheDir: string,
    private readonly context: string,
  ) {
    this.folder = join(cacheDir, 'articles');
    this.indexFolder = join(cacheDir, 'index');
    this.sectionFolder = join(cacheDir, 'sections');
  }

  /**
   * The article of a corpus file: from its snapshot when one was written for exactly these bytes and inputs, else
   * parsed (and analysed) now and stored.
   * @param name - the file name
   * @param bytes - the file's content
   * @param parse - parses the file (throws CorpusError for a broken file, which is never cached)
   * @returns the article
   */
  article(name: string, bytes: Uint8Array, parse: () => Article): Article {
    const key = sha256(`${this.context}\0${name}\0${sha256(bytes)}`);
    const path = join(this.folder, `${key.slice(0, 40)}.snap`);
    let stored: Uint8Array | undefined;
    try {
      stored = readFileSync(path);
    } catch {
      // no snapshot yet
    }
    if (stored) {
      const article = decodeSnapshot(stored, key);
      if (article && article.file === name) {
        this.stats.loaded++;
        this.keys.set(article, key);
        return article;
      }
      this.stats.refused++;
    }
    const article = parse();
    this.stats.built++;
    this.keys.set(article, key);
    try {
      writeAtomically(this.folder, path, encodeSnapshot(article, key));
    } catch {
      // A cache that cannot be written (read-only disk, full disk) costs speed, never an answer.
    }
    return article;
  }

  // Where the index of a corpus is stored and what it must be stored for: one file per set of article files (a
  // changed article rewrites it), keyed by every article's snapshot key in order. Undefined for an article this
  // cache did not serve.
  private indexFile(articles: readonly Article[]): { path: string; key: string } | undefined {
    const keys: string[] = [];
    for (const a of articles) {
      const k = this.keys.get(a);
      if (k === undefined) return undefined;
      keys.push(k);
    }
    const name = sha256(`${this.context}\0${articles.map((a) => a.file).join('\0')}`);
    return { path: join(this.indexFolder, `${name.slice(0, 40)}.idx`), key: sha256(`index ${INDEX_SNAPSHOT_FORMAT}\0${keys.join('\0')}`) };
  }

  /**
   * The automatic sections stored for an article this cache served, computed by an earlier run.
   * @param article - the article as this cache returned it
   * @returns its sections, or undefined when none are stored for exactly this article (or the file is damaged)
   */
  loadSections(article: Article): readonly Section[] | undefined {
    const key = this.keys.get(article);
    if (key === undefined) return undefined;
    try {
      const stored = JSON.parse(readFileSync(join(this.sectionFolder, `${key.slice(0, 40)}.json`), 'utf8')) as { key?: unknown; sections?: unknown };
      if (stored.key !== key || !Array.isArray(stored.sections)) return undefined;
      this.stats.sectionsLoaded++;
      return stored.sections as Section[];
    } catch {
      return undefined;
    }
  }

  /**
   * Stores an article's automatic sections (skipped for an article this cache did not serve).
   * @param article - the article as this cache returned it
   * @param sections - its automatic sections
   */
  saveSections(article: Article, sections: readonly Section[]): void {
    const key = this.keys.get(article);
    if (key === undefined) return;
    try {
      writeAtomically(this.sectionFolder, join(this.sectionFolder, `${key.slice(0, 40)}.json`), Buffer.from(JSON.stringify({ key, sections })));
      this.stats.sectionsWritten++;
    } catch {
      // speed lost, never an answer
    }
  }

  /**
   * The passage index stored for exactly these articles, as this cache served them; undefined when there is none, it
   * was written for other articles or contents, or it is damaged.
   * @param articles - the corpus, as this cache returned its articles, in order
   * @returns the index's content
   */
  load(articles: readonly Article[]): PassageIndexData | undefined {
    const file = this.indexFile(articles);
    if (!file) return undefined;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file.path);
    } catch {
      return undefined;
    }
    const data = decodeIndexSnapshot(bytes, file.key);
    if (data) this.stats.indexLoaded++;
    return data;
  }

  /**
   * Stores the passage index just built for these articles (skipped when an article did not come from this cache).
   * @param articles - the corpus, as this cache returned its articles, in order
   * @param data - the index's content
   */
  save(articles: readonly Article[], data: PassageIndexData): void {
    const file = this.indexFile(articles);
    if (!file) return;
    try {
      writeAtomically(this.indexFolder, file.path, encodeIndexSnapshot(data, file.key));
      this.stats.indexWritten++;
    } catch {
      // as for articles: speed lost, never an answer
    }
  }
}

/**
 * Deletes every snapshot in a cache folder.
 * @param cacheDir - the cache folder
 */
export function clearSnapshots(cacheDir: string): void {
  rmSync(join(cacheDir, 'articles'), { recursive: true, force: true });
  rmSync(join(cacheDir, 'index'), { recursive: true, force: true });
  rmSync(join(cacheDir, 'sections'), { recursive: true, force: true });
}

async function main(): Promise<void> {
  const { loadConfigOrExit } = await import('./config.js');
  const cfg = await loadConfigOrExit();
  clearSnapshots(cfg.cacheDir);
  process.stdout.write(`brano: snapshots deleted from ${join(cfg.cacheDir, 'articles')}\n`);
}

const invokedPath = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : '';
if (import.meta.url === invokedPath) void main();
