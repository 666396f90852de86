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
import { mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { PROJECT_ROOT } from './core/projectRoot.js';
import { PROJECT_LEXICON_DIR } from './core/thesaurus.js';
import { SNAPSHOT_FORMAT, decodeSnapshot, encodeSnapshot } from './core/snapshot.js';
import { lemmaTableId } from './core/lemmas.js';
import type { ArticleSource } from './core/corpus.js';
import type { Article } from './core/types.js';

const require = createRequire(import.meta.url);

/** How many articles a cache served from snapshots and how many it had to build. */
export interface SnapshotStats {
  /** Articles read back from their snapshot. */
  loaded: number;
  /** Articles parsed and analysed (no snapshot, or one that could not be trusted). */
  built: number;
  /** Snapshot files found but refused (corrupt, or written for other inputs under the same name). */
  refused: number;
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

/**
 * What every snapshot of a corpus depends on besides its file: Brano's version, the snapshot format, natural's
 * version (its stemmers and stopwords), the Italian lemma table's identity, and the content of the lexicons (Brano's
 * and the corpus's own).
 * @param corpusDir - the corpus folder (its `lexicon/` counts)
 * @returns a hash
 */
export function snapshotContext(corpusDir: string): string {
  const version = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version?: string }).version ?? '0';
  const natural = (require('natural/package.json') as { version: string }).version;
  return sha256(`brano ${version}\0format ${SNAPSHOT_FORMAT}\0natural ${natural}\0lemmas ${lemmaTableId()}\0${lexiconHashes([PROJECT_LEXICON_DIR, join(corpusDir, 'lexicon')])}`);
}

/** Articles from snapshots in a cache folder, built and stored when missing or stale. */
export class SnapshotCache implements ArticleSource {
  /** Counts since the cache was made. */
  readonly stats: SnapshotStats = { loaded: 0, built: 0, refused: 0 };
  private readonly folder: string;

  /**
   * @param cacheDir - the cache folder (`CACHE_DIR`)
   * @param context - {@link snapshotContext} of the corpus
   */
  constructor(
    cacheDir: string,
    private readonly context: string,
  ) {
    this.folder = join(cacheDir, 'articles');
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
        return article;
      }
      this.stats.refused++;
    }
    const article = parse();
    this.stats.built++;
    try {
      const data = encodeSnapshot(article, key);
      mkdirSync(this.folder, { recursive: true });
      const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(tmp, data);
      try {
        renameSync(tmp, path);
      } catch (err) {
        unlinkSync(tmp);
        throw err;
      }
    } catch {
      // A cache that cannot be written (read-only disk, full disk) costs speed, never an answer.
    }
    return article;
  }
}

/**
 * Deletes every snapshot in a cache folder.
 * @param cacheDir - the cache folder
 */
export function clearSnapshots(cacheDir: string): void {
  rmSync(join(cacheDir, 'articles'), { recursive: true, force: true });
}

async function main(): Promise<void> {
  const { loadConfigOrExit } = await import('./config.js');
  const cfg = await loadConfigOrExit();
  clearSnapshots(cfg.cacheDir);
  process.stdout.write(`brano: snapshots deleted from ${join(cfg.cacheDir, 'articles')}\n`);
}

const invokedPath = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : '';
if (import.meta.url === invokedPath) void main();
