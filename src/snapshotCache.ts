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
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { PROJECT_ROOT } from './core/projectRoot.js';
import { GENERAL_LEXICON_DIR } from './lexicons.js';
import { DamagedSnapshotError, SNAPSHOT_FORMAT, decodeSnapshot, encodeSnapshot, openSnapshot, type SnapshotSource } from './core/snapshot.js';
import { INDEX_SNAPSHOT_FORMAT, decodeIndexSnapshot, encodeIndexSnapshot } from './core/indexSnapshot.js';
import { italianLemmasId } from './core/analysis.js';
import { LEXICON_CACHE_DIR } from './lexiconCache.js';
import { decodeCorpusFile, fileDigest, parseArticle, type ArticleSource, type FileStamp } from './core/corpus.js';
import { lazyArticle, recordContentDigest } from './core/lazyArticle.js';
import type { PassageIndexCache, PassageIndexData } from './core/passageIndex.js';
import type { SectionCache } from './core/segmentation.js';
import type { Article, ArticleMeta, Paragraph, Section } from './core/types.js';

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
  /** Of the articles read back, those known unchanged by their file's stamp in the corpus manifest (file not read). */
  stamped: number;
  /** Of those, the articles whose paragraphs were then needed and read from their snapshot (or file). */
  paragraphsRead: number;
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
function writeAtomically(folder: string, path: string, data: Uint8Array | readonly Uint8Array[]): void {
  mkdirSync(folder, { recursive: true });
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  if (data instanceof Uint8Array) writeFileSync(tmp, data);
  else {
    // Written piece by piece, so a large file is never copied into one buffer.
    const fd = openSync(tmp, 'w');
    try {
      for (const piece of data) for (let done = 0; done < piece.length; ) done += writeSync(fd, piece, done);
    } catch (err) {
      closeSync(fd);
      unlinkSync(tmp);
      throw err;
    }
    closeSync(fd);
  }
  try {
    renameSync(tmp, path);
  } catch (err) {
    unlinkSync(tmp);
    throw err;
  }
}

// The corpus manifest: for each article file, the stamp it had when stored, its snapshot key, front matter, sections
// and shape, so a start whose files all kept their stamps reads one file instead of every article and snapshot.
const MANIFEST_MAGIC = 'BRANOMF1';
const MANIFEST_FORMAT = 2;

interface ManifestEntry {
  readonly name: string;
  readonly size: number;
  readonly mtimeNs: string;
  readonly ctimeNs: string;
  readonly ino: string;
  /** The article's snapshot key (content hash and context). */
  readonly key: string;
  /** The hash of the file's content ({@link fileDigest}). */
  readonly digest: string;
  readonly slug: string;
  readonly meta: ArticleMeta;
  readonly sections: readonly Section[];
  /** How many paragraphs; their sentence counts follow the header, article after article. */
  readonly paragraphs: number;
}

interface ManifestHeader {
  readonly format: number;
  readonly context: string;
  readonly dir: string;
  readonly entries: readonly ManifestEntry[];
}

// An article served from the manifest, opened: its paragraphs one by one, or all.
interface Stored {
  paragraph(at: number): Paragraph;
  paragraphs(): readonly Paragraph[];
}

interface Known {
  readonly entry: ManifestEntry;
  readonly sentences: Uint32Array;
}

const sameStamp = (e: ManifestEntry, s: FileStamp) => e.size === s.size && e.mtimeNs === String(s.mtimeNs) && e.ctimeNs === String(s.ctimeNs) && e.ino === String(s.ino);

function encodeManifest(header: ManifestHeader, sentences: readonly Uint32Array[]): Uint8Array {
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const countsStart = (12 + headerBytes.length + 3) & ~3;
  const countsLength = sentences.reduce((n, a) => n + a.length, 0);
  const total = countsStart + 4 * countsLength + 32;
  const out = Buffer.alloc(total);
  out.write(MANIFEST_MAGIC, 0, 'latin1');
  out.writeUInt32LE(headerBytes.length, 8);
  headerBytes.copy(out, 12);
  let at = countsStart;
  for (const a of sentences) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, at);
    at += a.byteLength;
  }
  createHash('sha256').update(out.subarray(0, total - 32)).digest().copy(out, total - 32);
  return out;
}

// The manifest's entries by file name, or undefined when the bytes are not a sound manifest for this context and folder.
function decodeManifest(bytes: Buffer, context: string, dir: string): Map<string, Known> | undefined {
  try {
    if (bytes.length < 12 + 32 || bytes.toString('latin1', 0, 8) !== MANIFEST_MAGIC) return undefined;
    const body = bytes.subarray(0, bytes.length - 32);
    if (!createHash('sha256').update(body).digest().equals(bytes.subarray(bytes.length - 32))) return undefined;
    const headerLength = bytes.readUInt32LE(8);
    const header = JSON.parse(bytes.toString('utf8', 12, 12 + headerLength)) as ManifestHeader;
    if (header.format !== MANIFEST_FORMAT || header.context !== context || header.dir !== dir || !Array.isArray(header.entries)) return undefined;
    const countsStart = (12 + headerLength + 3) & ~3;
    const countsBytes = body.length - countsStart;
    if (countsBytes < 0 || countsBytes % 4) return undefined;
    const counts = new Uint32Array(countsBytes / 4);
    Buffer.from(counts.buffer).set(body.subarray(countsStart));
    const out = new Map<string, Known>();
    let at = 0;
    for (const entry of header.entries) {
      if (!Number.isInteger(entry.paragraphs) || entry.paragraphs < 1 || at + entry.paragraphs > counts.length) return undefined;
      out.set(entry.name, { entry, sentences: counts.subarray(at, at + entry.paragraphs) });
      at += entry.paragraphs;
    }
    return at === counts.length ? out : undefined;
  } catch {
    return undefined;
  }
}

const shapeOf = (paragraphs: readonly Paragraph[]) => Uint32Array.from(paragraphs, (p) => p.sentences.length);
const sameShape = (a: Uint32Array, b: Uint32Array) => a.length === b.length && a.every((x, i) => x === b[i]);

// The article snapshot files read last, kept open (oldest first): the paragraphs a question reads cluster in a few
// articles, so most reads find their file open. A corpus has thousands of files: only these few are kept.
const openSnapshotFiles = new Map<string, number>();
const OPEN_SNAPSHOT_FILES = 128;

function snapshotDescriptor(path: string): number {
  const fd = openSnapshotFiles.get(path);
  if (fd !== undefined) {
    openSnapshotFiles.delete(path);
    openSnapshotFiles.set(path, fd);
    return fd;
  }
  const opened = openSync(path, 'r');
  openSnapshotFiles.set(path, opened);
  if (openSnapshotFiles.size > OPEN_SNAPSHOT_FILES) {
    const [oldest, oldFd] = openSnapshotFiles.entries().next().value!;
    openSnapshotFiles.delete(oldest);
    closeSync(oldFd);
  }
  return opened;
}

/**
 * An article's snapshot file read at positions (an article's paragraphs are read one by one, perhaps much later; the
 * file stays open while it is among the last few read). Another shard may replace the file meanwhile, only with one
 * written for the same key, which holds the same bytes; a part that does not match is refused by its checksum.
 * @returns the source, or undefined when the file is missing
 */
function snapshotFile(path: string): SnapshotSource | undefined {
  let size: number;
  try {
    size = fstatSync(snapshotDescriptor(path)).size;
  } catch {
    return undefined;
  }
  return {
    size,
    read(target, position) {
      const fd = snapshotDescriptor(path);
      try {
        return readSync(fd, target, 0, target.length, position);
      } catch (err) {
        // A descriptor that fails is not used again.
        if (openSnapshotFiles.get(path) === fd) {
          openSnapshotFiles.delete(path);
          try {
            closeSync(fd);
          } catch {
            // already closed
          }
        }
        throw err;
      }
    },
  };
}

// Index files kept open for their postings, closed when the index that reads them is garbage.
const openIndexFiles = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

/**
 * Articles from snapshots in a cache folder, built and stored when missing or stale; and the passage index of the
 * whole corpus, under `CACHE_DIR/index/`, keyed by every article's snapshot key, so a start with no changed file
 * reads the index instead of building it.
 */
export class SnapshotCache implements ArticleSource, PassageIndexCache, SectionCache {
  /** Counts since the cache was made. */
  readonly stats: SnapshotStats = { loaded: 0, built: 0, refused: 0, indexLoaded: 0, indexWritten: 0, sectionsLoaded: 0, sectionsWritten: 0, stamped: 0, paragraphsRead: 0 };
  private readonly folder: string;
  private readonly indexFolder: string;
  private readonly sectionFolder: string;
  // The snapshot key of each article this cache served (read back or built).
  private readonly keys = new WeakMap<Article, string>();
  private readonly manifestFolder: string;
  // Per corpus folder: the manifest read at its first load (entries by file name; empty when none could be trusted).
  private readonly manifests = new Map<string, Map<string, Known>>();
  // What the manifest records of each article this cache served with a stamp.
  private readonly records = new WeakMap<Article, Known>();

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
    this.manifestFolder = join(cacheDir, 'corpus');
  }

  private manifestPath(dir: string): string {
    return join(this.manifestFolder, `${sha256(`${this.context}\0${resolve(dir)}`).slice(0, 40)}.manifest`);
  }

  private manifest(dir: string): Map<string, Known> {
    let known = this.manifests.get(dir);
    if (!known) {
      let bytes: Buffer | undefined;
      try {
        bytes = readFileSync(this.manifestPath(dir));
      } catch {
        // none yet
      }
      known = (bytes && decodeManifest(bytes, this.context, resolve(dir))) || new Map();
      this.manifests.set(dir, known);
    }
    return known;
  }

  /**
   * The article of a file whose stamp is the one stored in the corpus manifest, without reading the file: its front
   * matter, sections and shape come from the manifest, its paragraphs from its snapshot when first needed (or, should
   * the snapshot be gone or damaged by then, from the file, when its content is still the one stored).
   * @param dir - the corpus folder
   * @param name - the file name
   * @param stamp - the file's stamp now
   * @returns the article, or undefined when the file is not in the manifest or its stamp changed
   */
  known(dir: string, name: string, stamp: FileStamp): Article | undefined {
    const known = this.manifest(dir).get(name);
    if (!known || !sameStamp(known.entry, stamp)) return undefined;
    const { entry, sentences } = known;
    let stored: Stored | undefined;
    const open = () => (stored ??= this.materialise(dir, known));
    const article = lazyArticle(
      { slug: entry.slug, file: name, meta: entry.meta, sections: entry.sections },
      sentences,
      () => open().paragraphs(),
      (at) => open().paragraph(at),
    );
    this.stats.loaded++;
    this.stats.stamped++;
    this.keys.set(article, entry.key);
    this.records.set(article, known);
    recordContentDigest(article, entry.digest);
    return article;
  }

  // The paragraphs of an article served from the manifest: from its snapshot (each read and checked as it is
  // asked for), else from its file if unchanged. A paragraph whose stored part turns out damaged makes the article
  // read from its file and its snapshot written again; the paragraphs already made stay the ones handed out.
  private materialise(dir: string, known: Known): Stored {
    const { entry, sentences } = known;
    this.stats.paragraphsRead++;
    const path = join(this.folder, `${entry.key.slice(0, 40)}.snap`);
    const source = snapshotFile(path);
    const stored = source && openSnapshot(source, entry.key);
    if (!stored || stored.file !== entry.name || !sameShape(stored.shape, sentences)) {
      if (source) this.stats.refused++;
      return this.fromFile(dir, known, path);
    }
    const made: (Paragraph | undefined)[] = [];
    let rebuilt: Stored | undefined;
    const fallback = (): Stored => {
      if (!rebuilt) {
        this.stats.refused++;
        rebuilt = this.fromFile(dir, known, path);
      }
      return rebuilt;
    };
    const paragraph = (at: number): Paragraph => {
      let p = made[at];
      if (p) return p;
      if (!rebuilt) {
        try {
          p = stored.paragraph(at);
        } catch (err) {
          if (!(err instanceof DamagedSnapshotError)) throw err;
        }
      }
      return (made[at] = p ?? fallback().paragraph(at));
    };
    let all: readonly Paragraph[] | undefined;
    return {
      paragraph,
      paragraphs: () => {
        if (all) return all;
        if (!rebuilt) {
          try {
            return (all = stored.article().paragraphs.map((p, i) => (made[i] ??= p)));
          } catch (err) {
            if (!(err instanceof DamagedSnapshotError)) throw err;
          }
        }
        return (all = sentences.length ? Array.from(sentences, (_, i) => paragraph(i)) : []);
      },
    };
  }

  // An article served from the manifest whose snapshot is gone or damaged: parsed from its file, when its content is
  // still the one stored, and its snapshot written again.
  private fromFile(dir: string, { entry, sentences }: Known, path: string): Stored {
    const file = readFileSync(join(dir, entry.name));
    if (fileDigest(file) !== entry.digest || this.keyOf(entry.name, entry.digest) !== entry.key) {
      throw new Error(`corpus: ${entry.name} changed since the corpus was loaded; reload it`);
    }
    const article = parseArticle(decodeCorpusFile(file, entry.name), entry.name);
    if (!sameShape(shapeOf(article.paragraphs), sentences)) throw new Error(`corpus: ${entry.name} no longer reads as it was stored; reload the corpus`);
    this.stats.built++;
    try {
      writeAtomically(this.folder, path, encodeSnapshot(article, entry.key));
    } catch {
      // speed lost, never an answer
    }
    return {
      paragraph: (at) => {
        const p = article.paragraphs[at];
        if (!p) throw new RangeError(`corpus: ${entry.name} has no paragraph ${at + 1}`);
        return p;
      },
      paragraphs: () => article.paragraphs,
    };
  }

  /**
   * Stores the corpus manifest of a load when it differs from the stored one (a file added, removed or changed).
   * @param dir - the corpus folder
   * @param articles - the articles, in file-name order, as this cache served them
   */
  loaded(dir: string, articles: readonly Article[]): void {
    const entries: ManifestEntry[] = [];
    const sentences: Uint32Array[] = [];
    for (const a of articles) {
      const r = this.records.get(a);
      if (!r) return;
      entries.push(r.entry);
      sentences.push(r.sentences);
    }
    const before = this.manifest(dir);
    if (before.size === entries.length && entries.every((e) => before.get(e.name)?.entry === e)) return;
    try {
      const path = this.manifestPath(dir);
      writeAtomically(this.manifestFolder, path, encodeManifest({ format: MANIFEST_FORMAT, context: this.context, dir: resolve(dir), entries }, sentences));
      this.manifests.set(dir, new Map(entries.map((entry, i) => [entry.name, { entry, sentences: sentences[i]! }])));
    } catch {
      // speed lost, never an answer
    }
  }

  /**
   * The article of a corpus file: from its snapshot when one was written for exactly these bytes and inputs, else
   * parsed (and analysed) now and stored.
   * @param name - the file name
   * @param bytes - the file's content
   * @param parse - parses the file (throws CorpusError for a broken file, which is never cached)
   * @param stamp - the file's stamp, recorded in the corpus manifest so the next load needs only a `stat`
   * @returns the article
   */
  article(name: string, bytes: Uint8Array, parse: () => Article, stamp?: FileStamp): Article {
    const digest = fileDigest(bytes);
    const key = this.keyOf(name, digest);
    const served = this.served(name, key, bytes, parse);
    recordContentDigest(served, digest);
    if (stamp) {
      const entry: ManifestEntry = {
        name,
        size: stamp.size,
        mtimeNs: String(stamp.mtimeNs),
        ctimeNs: String(stamp.ctimeNs),
        ino: String(stamp.ino),
        key,
        digest,
        slug: served.slug,
        meta: served.meta,
        sections: served.sections,
        paragraphs: served.paragraphs.length,
      };
      this.records.set(served, { entry, sentences: shapeOf(served.paragraphs) });
    }
    return served;
  }

  // An article's snapshot key: its file's name and content, and everything the snapshot depends on.
  private keyOf(name: string, digest: string): string {
    return sha256(`${this.context}\0${name}\0${digest}`);
  }

  private served(name: string, key: string, bytes: Uint8Array, parse: () => Article): Article {
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
    // The file stays open while the index may read postings from it (closed once the index is let go), so a newer
    // index stored under the same name by another shard is never mixed in.
    let fd: number;
    try {
      fd = openSync(file.path, 'r');
    } catch {
      return undefined;
    }
    let data: PassageIndexData | undefined;
    try {
      const size = fstatSync(fd).size;
      const source = { size, read: (target: Uint8Array, position: number) => readSync(fd, target, 0, target.length, position) };
      data = decodeIndexSnapshot(source, file.key);
      if (data) openIndexFiles.register(source, fd);
    } catch {
      data = undefined;
    }
    if (!data) {
      closeSync(fd);
      return undefined;
    }
    this.stats.indexLoaded++;
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
  rmSync(join(cacheDir, 'corpus'), { recursive: true, force: true });
}

async function main(): Promise<void> {
  const { loadConfigOrExit } = await import('./config.js');
  const cfg = await loadConfigOrExit();
  clearSnapshots(cfg.cacheDir);
  process.stdout.write(`brano: snapshots deleted from ${join(cfg.cacheDir, 'articles')}\n`);
}

const invokedPath = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : '';
if (import.meta.url === invokedPath) void main();
