import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusStore } from '../src/corpusStore.js';
import { SnapshotCache, clearSnapshots, snapshotContext } from '../src/snapshotCache.js';
import { createCore, type BranoCore } from '../src/core/brano.js';
import { loadCorpus } from '../src/core/corpus.js';
import { decodeSnapshot, encodeSnapshot } from '../src/core/snapshot.js';
import { paragraphsMade } from '../src/core/lazyArticle.js';
import { synthArticles } from '../scripts/synthCorpus.js';
import { loadLexicons } from '../src/lexicons.js';
import { coreFingerprint } from '../src/discord/askPool.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const SQUAD = join(FIXTURES, 'squad-it-dev', 'corpus');
const SEED = join(import.meta.dirname, '..', 'corpus');

const readLines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { question?: string; q?: string })
    .map((l) => l.question ?? l.q ?? '');

/** Everything a user can get from a core, as one string: answers, summaries, sections, people. */
function everything(core: BranoCore, questions: readonly string[]): string {
  const out: unknown[] = [];
  for (const q of questions) out.push(core.ask(q, { limit: 5 }));
  for (const a of core.articles) out.push(core.summarize({ article: a.slug, length: 'medium' }));
  out.push(core.sections(), core.people());
  return JSON.stringify(out);
}

describe('article snapshots', () => {
  let cacheDir: string;
  beforeEach(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'brano-cache-'));
  });
  afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('GIVEN the seed article and the SQuAD-it dev set WHEN served from snapshots (articles, then articles and their passage index) THEN every answer, summary, section and speaker is the same, byte for byte', () => {
    for (const [dir, questions] of [
      [SEED, readLines(join(FIXTURES, 'questions.it.jsonl'))],
      [SQUAD, readLines(join(FIXTURES, 'squad-it-dev', 'questions.jsonl')).filter((_, i) => i % 16 === 0)],
    ] as const) {
      const expected = everything(createCore(loadCorpus(dir), { lexicons: loadLexicons(dir) }), questions);
      const writing = new SnapshotCache(cacheDir, snapshotContext(dir));
      expect(JSON.stringify(loadCorpus(dir, writing))).toBe(JSON.stringify(loadCorpus(dir)));
      const reading = new SnapshotCache(cacheDir, snapshotContext(dir));
      const fromSnapshots = loadCorpus(dir, reading);
      // Every file known unchanged by its stamp: no file read, no paragraph read yet.
      expect(reading.stats).toEqual({ loaded: fromSnapshots.length, built: 0, refused: 0, indexLoaded: 0, indexWritten: 0, sectionsLoaded: 0, sectionsWritten: 0, stamped: fromSnapshots.length, paragraphsRead: 0 });
      expect(JSON.stringify(fromSnapshots)).toBe(JSON.stringify(loadCorpus(dir)));
      expect(everything(createCore(fromSnapshots, { lexicons: loadLexicons(dir) }), questions)).toBe(expected);

      // Articles from snapshots with the passage index built and stored, then with it read back by a fresh cache.
      const indexing = new SnapshotCache(cacheDir, snapshotContext(dir));
      expect(everything(createCore(loadCorpus(dir, indexing), { lexicons: loadLexicons(dir), cache: indexing }), questions)).toBe(expected);
      expect(indexing.stats).toMatchObject({ indexLoaded: 0, indexWritten: 1 });
      const warm = new SnapshotCache(cacheDir, snapshotContext(dir));
      expect(everything(createCore(loadCorpus(dir, warm), { lexicons: loadLexicons(dir), cache: warm }), questions)).toBe(expected);
      expect(warm.stats).toMatchObject({ loaded: fromSnapshots.length, built: 0, refused: 0, indexLoaded: 1, indexWritten: 0, sectionsWritten: 0 });
      expect(indexing.stats.sectionsWritten).toBe(dir === SQUAD ? fromSnapshots.length : 0);
      // Every article without headings was segmented by the summaries above, once, and read back the second time.
      expect(warm.stats.sectionsLoaded).toBe(indexing.stats.sectionsWritten);
    }
  });

  it('GIVEN a snapshot file damaged in any byte, cut short, or emptied THEN it is refused, the article rebuilt and the file rewritten', () => {
    const context = snapshotContext(SEED);
    loadCorpus(SEED, new SnapshotCache(cacheDir, context));
    const folder = join(cacheDir, 'articles');
    const [file] = readdirSync(folder);
    const good = readFileSync(join(folder, file!));
    // Bytes changed in the head, in the first paragraph's part and in the last byte (each flipped, so it differs).
    const flipped = (at: number) => Buffer.from(good).fill(good[at]! ^ 0xff, at, at + 1);
    const firstPart = good.readUInt32LE(12) + 32;
    const damaged = [flipped(100), flipped(firstPart + 5), good.subarray(0, good.length - 7), Buffer.alloc(0), flipped(good.length - 1)];
    for (const bytes of damaged) {
      writeFileSync(join(folder, file!), bytes);
      const cache = new SnapshotCache(cacheDir, context);
      const articles = loadCorpus(SEED, cache);
      // The corpus manifest knows the file unchanged; the snapshot is read (and refused) when the paragraphs are.
      expect(JSON.stringify(articles)).toBe(JSON.stringify(loadCorpus(SEED)));
      expect(cache.stats.built).toBe(1);
      expect(cache.stats.refused).toBe(1);
      expect(readFileSync(join(folder, file!)).equals(good)).toBe(true);
    }
  });

  it('GIVEN a snapshot written for other inputs (another version, lexicon or file) THEN decoding refuses it', () => {
    const [article] = loadCorpus(SEED);
    const bytes = encodeSnapshot(article!, 'key-a');
    expect(decodeSnapshot(bytes, 'key-a')?.paragraphs.length).toBe(article!.paragraphs.length);
    expect(decodeSnapshot(bytes, 'key-b')).toBeUndefined();
  });

  it('GIVEN another Brano context (version, lexicons) THEN no snapshot of the old one is used', () => {
    loadCorpus(SEED, new SnapshotCache(cacheDir, 'context-1'));
    const cache = new SnapshotCache(cacheDir, 'context-2');
    loadCorpus(SEED, cache);
    expect(cache.stats).toMatchObject({ loaded: 0, built: 1, refused: 0 });
  });

  it('GIVEN npm run cache:clear THEN the next load rebuilds every article', () => {
    const context = snapshotContext(SEED);
    loadCorpus(SEED, new SnapshotCache(cacheDir, context));
    clearSnapshots(cacheDir);
    const cache = new SnapshotCache(cacheDir, context);
    loadCorpus(SEED, cache);
    expect(cache.stats).toMatchObject({ loaded: 0, built: 1, refused: 0 });
  });
});

describe('the corpus manifest', () => {
  let dir: string;
  let cacheDir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'brano-corpus-'));
    cacheDir = mkdtempSync(join(tmpdir(), 'brano-cache-'));
    for (const n of readdirSync(SQUAD).filter((n) => n.endsWith('.md')).sort().slice(0, 8)) writeFileSync(join(dir, n), readFileSync(join(SQUAD, n)));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });
  const load = () => {
    const cache = new SnapshotCache(cacheDir, snapshotContext(dir));
    const articles = loadCorpus(dir, cache);
    return { cache, articles, core: createCore(articles, { lexicons: loadLexicons(dir), cache }) };
  };
  const question = 'Quando è iniziata la crisi petrolifera del 1973?';

  it('GIVEN a warm start THEN no article is read before a question weighs its paragraphs, each is read once, and the answers are the ones built without snapshots', () => {
    const plain = createCore(loadCorpus(dir), { lexicons: loadLexicons(dir) });
    load();
    const warm = load();
    expect(warm.cache.stats).toMatchObject({ loaded: 8, stamped: 8, built: 0, indexLoaded: 1, paragraphsRead: 0 });
    expect(JSON.stringify(warm.core.ask(question, { limit: 1 }))).toBe(JSON.stringify(plain.ask(question, { limit: 1 })));
    const read = warm.cache.stats.paragraphsRead;
    expect(read).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(warm.core.ask(question, { limit: 3 }))).toBe(JSON.stringify(plain.ask(question, { limit: 3 })));
    const afterSecond = warm.cache.stats.paragraphsRead;
    expect(afterSecond).toBeLessThanOrEqual(8);
    // The same question again reads nothing more: an article read once stays read.
    expect(JSON.stringify(warm.core.ask(question, { limit: 3 }))).toBe(JSON.stringify(plain.ask(question, { limit: 3 })));
    expect(warm.cache.stats.paragraphsRead).toBe(afterSecond);
  });

  it('GIVEN a warm start with the cited articles’ sections stored THEN an answer reads their sections back and reads no article whole, only the paragraphs it weighs', () => {
    const plain = createCore(loadCorpus(dir), { lexicons: loadLexicons(dir) });
    // The first answer segments the articles it cites and stores their sections.
    const first = load();
    first.core.ask(question, { limit: 3 });
    expect(first.cache.stats.sectionsWritten).toBeGreaterThanOrEqual(1);
    const warm = load();
    expect(JSON.stringify(warm.core.ask(question, { limit: 3 }))).toBe(JSON.stringify(plain.ask(question, { limit: 3 })));
    expect(warm.cache.stats).toMatchObject({ sectionsLoaded: first.cache.stats.sectionsWritten, sectionsWritten: 0 });
    expect(warm.cache.stats.paragraphsRead).toBeGreaterThanOrEqual(1);
    expect(warm.core.articles.filter((a) => paragraphsMade(a)).map((a) => a.slug)).toEqual([]);
  });

  it('GIVEN a warm start whose article snapshots are damaged past their heads THEN a question finds the damage in the paragraphs it weighs, reads those articles from their files, writes their snapshots again and answers as without snapshots', () => {
    const plain = createCore(loadCorpus(dir), { lexicons: loadLexicons(dir) });
    load();
    const folder = join(cacheDir, 'articles');
    const good = new Map(readdirSync(folder).map((n) => [n, readFileSync(join(folder, n))]));
    for (const [n, bytes] of good) {
      // Every byte after the head's checksum flipped: the head is sound, each paragraph's part fails its check.
      const damaged = Buffer.from(bytes);
      for (let at = damaged.readUInt32LE(12) + 32; at < damaged.length; at++) damaged[at] = damaged[at]! ^ 0x5a;
      writeFileSync(join(folder, n), damaged);
    }
    const warm = load();
    expect(warm.cache.stats).toMatchObject({ stamped: 8, paragraphsRead: 0, refused: 0 });
    expect(JSON.stringify(warm.core.ask(question, { limit: 3 }))).toBe(JSON.stringify(plain.ask(question, { limit: 3 })));
    const { refused, built, paragraphsRead } = warm.cache.stats;
    expect(refused).toBeGreaterThanOrEqual(1);
    expect(built).toBe(refused);
    expect(refused).toBe(paragraphsRead);
    // Exactly the articles found damaged have their snapshots written again, as they were first written.
    expect([...good].filter(([n, bytes]) => readFileSync(join(folder, n)).equals(bytes))).toHaveLength(refused);
  });

  it('GIVEN a warm start THEN the core’s fingerprint (which the ask workers compare) reads no article and is the one of the same corpus loaded without snapshots; a changed file changes it', () => {
    const plain = createCore(loadCorpus(dir), { lexicons: loadLexicons(dir) });
    load();
    const warm = load();
    expect(coreFingerprint(warm.core)).toBe(coreFingerprint(plain));
    expect(warm.cache.stats).toMatchObject({ stamped: 8, paragraphsRead: 0, sectionsLoaded: 0, sectionsWritten: 0 });
    const [file] = readdirSync(dir).sort();
    writeFileSync(join(dir, file!), `${readFileSync(join(dir, file!), 'utf8')}\n\nUn paragrafo aggiunto dopo.\n`);
    expect(coreFingerprint(load().core)).not.toBe(coreFingerprint(plain));
  });

  it('GIVEN a file touched without changing its content THEN it is read and hashed once, served from its snapshot, and known by its new stamp the next time', () => {
    load();
    const [file] = readdirSync(dir).sort();
    writeFileSync(join(dir, file!), readFileSync(join(dir, file!)));
    const touched = load();
    expect(touched.cache.stats).toMatchObject({ loaded: 8, stamped: 7, built: 0, indexLoaded: 1 });
    expect(load().cache.stats).toMatchObject({ loaded: 8, stamped: 8, built: 0, indexLoaded: 1 });
  });

  it('GIVEN a file rewritten with other text of the same size and its modification time put back THEN its new stamp (change time) gives it away and it is rebuilt', () => {
    load();
    const [file] = readdirSync(dir).sort();
    const path = join(dir, file!);
    const before = statSync(path);
    const text = readFileSync(path, 'utf8');
    const changed = text.replace(/ la /, ' le ');
    expect(changed).not.toBe(text);
    expect(changed.length).toBe(text.length);
    writeFileSync(path, changed);
    utimesSync(path, before.atime, before.mtime);
    const again = load();
    expect(again.cache.stats).toMatchObject({ stamped: 7, built: 1, indexLoaded: 0, indexWritten: 1 });
    expect(JSON.stringify(again.articles)).toBe(JSON.stringify(loadCorpus(dir)));
  });

  it('GIVEN a manifest damaged in any byte, cut short or emptied THEN it is ignored: every file is read and hashed, nothing is rebuilt, and the manifest is written again', () => {
    load();
    const folder = join(cacheDir, 'corpus');
    const [file] = readdirSync(folder);
    const good = readFileSync(join(folder, file!));
    for (const bytes of [Buffer.from(good).fill(0x41, 40, 41), good.subarray(0, good.length - 5), Buffer.alloc(0)]) {
      writeFileSync(join(folder, file!), bytes);
      const again = load();
      expect(again.cache.stats).toMatchObject({ loaded: 8, stamped: 0, built: 0, refused: 0, indexLoaded: 1 });
      expect(readFileSync(join(folder, file!)).equals(good)).toBe(true);
    }
  });
});

describe('the passage index snapshot', () => {
  let cacheDir: string;
  beforeEach(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'brano-cache-'));
  });
  afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

  const questions = readLines(join(FIXTURES, 'questions.it.jsonl')).slice(0, 40);
  const open = () => {
    const cache = new SnapshotCache(cacheDir, snapshotContext(SEED));
    const core = createCore(loadCorpus(SEED, cache), { lexicons: loadLexicons(SEED), cache });
    return { cache, answers: everything(core, questions) };
  };

  it('GIVEN an index snapshot damaged in its head, cut short or emptied THEN it is refused, the index rebuilt and stored again, and the answers are unchanged', () => {
    const first = open();
    expect(first.cache.stats.indexWritten).toBe(1);
    const folder = join(cacheDir, 'index');
    const [file] = readdirSync(folder);
    const good = readFileSync(join(folder, file!));
    // Bytes of the head (its length at byte 12) flipped, so each differs: near its start, in its middle, its last.
    const head = good.readUInt32LE(12);
    const flipped = (at: number) => Buffer.from(good).fill(good[at]! ^ 0xff, at, at + 1);
    for (const bytes of [flipped(200), flipped(head >> 1), flipped(head - 1), good.subarray(0, good.length - 5), Buffer.alloc(0)]) {
      writeFileSync(join(folder, file!), bytes);
      const again = open();
      expect(again.cache.stats).toMatchObject({ indexLoaded: 0, indexWritten: 1 });
      expect(again.answers).toBe(first.answers);
      expect(readFileSync(join(folder, file!)).equals(good)).toBe(true);
    }
  });

  it('GIVEN an index snapshot whose postings are damaged THEN its head is read, the damage is found when a question reads them, the index is rebuilt and stored again, and the answers are unchanged', () => {
    const first = open();
    const folder = join(cacheDir, 'index');
    const [file] = readdirSync(folder);
    const good = readFileSync(join(folder, file!));
    // The postings follow the head (its length at byte 12) and the head's 32-byte checksum.
    const damaged = Buffer.from(good).fill(0x55, good.readUInt32LE(12) + 32);
    writeFileSync(join(folder, file!), damaged);
    const again = open();
    expect(again.cache.stats).toMatchObject({ indexLoaded: 1, indexWritten: 1 });
    expect(again.answers).toBe(first.answers);
    expect(readFileSync(join(folder, file!)).equals(good)).toBe(true);
  });

  it('GIVEN an index stored for another version of an article THEN it is not used', () => {
    open();
    const other = new SnapshotCache(cacheDir, 'another-context');
    const articles = loadCorpus(SEED, other);
    expect(other.load(articles)).toBeUndefined();
  });

  it('GIVEN articles that did not come from the cache THEN it neither reads nor stores an index for them', () => {
    const cache = new SnapshotCache(cacheDir, snapshotContext(SEED));
    createCore(loadCorpus(SEED), { lexicons: loadLexicons(SEED), cache }).ask('Chi ha rilasciato Llama 2?');
    expect(cache.stats).toMatchObject({ indexLoaded: 0, indexWritten: 0 });
  });
});

describe('stored automatic sections', () => {
  let dir: string;
  let cacheDir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'brano-corpus-'));
    cacheDir = mkdtempSync(join(tmpdir(), 'brano-cache-'));
    const [file] = readdirSync(SQUAD).filter((n) => n.endsWith('.md')).sort();
    writeFileSync(join(dir, file!), readFileSync(join(SQUAD, file!)));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });
  const sectionsOf = () => {
    const cache = new SnapshotCache(cacheDir, snapshotContext(dir));
    const sections = JSON.stringify(createCore(loadCorpus(dir, cache), { lexicons: loadLexicons(dir), cache }).sections());
    return { cache, sections };
  };

  it('GIVEN an article without headings segmented once THEN the next start reads its sections back, the same ones', () => {
    const expected = JSON.stringify(createCore(loadCorpus(dir), { lexicons: loadLexicons(dir) }).sections());
    const first = sectionsOf();
    expect(first.cache.stats).toMatchObject({ sectionsLoaded: 0, sectionsWritten: 1 });
    expect(first.sections).toBe(expected);
    const again = sectionsOf();
    expect(again.cache.stats).toMatchObject({ sectionsLoaded: 1, sectionsWritten: 0 });
    expect(again.sections).toBe(expected);
  });

  it('GIVEN a stored sections file that is damaged or does not cover the article THEN the article is segmented again and the file rewritten', () => {
    const expected = sectionsOf().sections;
    const folder = join(cacheDir, 'sections');
    const [file] = readdirSync(folder);
    const stored = JSON.parse(readFileSync(join(folder, file!), 'utf8')) as { key: string; sections: { to: number }[] };
    const short = { ...stored, sections: stored.sections.slice(0, -1) };
    for (const bytes of ['{"key":', JSON.stringify(short), JSON.stringify({ ...stored, key: 'other' })]) {
      writeFileSync(join(folder, file!), bytes);
      const again = sectionsOf();
      expect(again.cache.stats).toMatchObject({ sectionsWritten: 1 });
      expect(again.sections).toBe(expected);
    }
  });
});

describe('a corpus of 1,000 articles with snapshots', () => {
  let dir: string;
  let cacheDir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'brano-corpus-'));
    cacheDir = mkdtempSync(join(tmpdir(), 'brano-cache-'));
    for (const a of synthArticles({ paragraphs: 2000, seed: 5, paragraphsPerArticle: 2, minWords: 20, maxWords: 40 })) writeFileSync(join(dir, a.file), a.text);
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('GIVEN nothing changed THEN a restart reads every article and the passage index back, builds nothing, and answers the same', async () => {
    const first = await CorpusStore.open(dir, undefined, new SnapshotCache(cacheDir, snapshotContext(dir)));
    const restart = new SnapshotCache(cacheDir, snapshotContext(dir));
    const again = await CorpusStore.open(dir, undefined, restart);
    expect(restart.stats).toMatchObject({ loaded: 1000, built: 0, refused: 0, indexLoaded: 1, indexWritten: 0 });
    const reload = await again.reload();
    expect(reload.ok).toBe(true);
    // Neither the restart nor the reload read a file or an article's paragraphs: the manifest and the index suffice.
    expect(restart.stats).toMatchObject({ loaded: 1000, stamped: 1000, built: 0, refused: 0, indexLoaded: 2, indexWritten: 0, paragraphsRead: 0 });
    for (const q of ['quokka', 'Rottnest isola', 'il fiume e la montagna']) expect(JSON.stringify(again.core.ask(q))).toBe(JSON.stringify(first.core.ask(q)));
  });

  it('GIVEN one article changed THEN /reload and a restart each rebuild that one article only', async () => {
    const cache = new SnapshotCache(cacheDir, snapshotContext(dir));
    const store = await CorpusStore.open(dir, undefined, cache);
    expect(cache.stats).toMatchObject({ loaded: 0, built: 1000, refused: 0, indexLoaded: 0, indexWritten: 1 });
    const changed = readdirSync(dir).sort()[500]!;
    writeFileSync(join(dir, changed), `${readFileSync(join(dir, changed), 'utf8')}\nUn paragrafo nuovo sul quokka di Rottnest.\n`);

    const reload = await store.reload();
    expect(reload.ok).toBe(true);
    expect(cache.stats).toMatchObject({ loaded: 0, built: 1001, refused: 0, indexLoaded: 0, indexWritten: 2 });
    expect(store.core.ask('quokka Rottnest').passages[0]?.article).toBe(changed.replace(/\.md$/, ''));

    writeFileSync(join(dir, changed), `${readFileSync(join(dir, changed), 'utf8')}\nE un altro.\n`);
    const restart = new SnapshotCache(cacheDir, snapshotContext(dir));
    const again = await CorpusStore.open(dir, undefined, restart);
    expect(restart.stats).toMatchObject({ loaded: 999, built: 1, refused: 0, indexLoaded: 0, indexWritten: 1 });
    expect(again.core.ask('quokka Rottnest').passages[0]?.article).toBe(changed.replace(/\.md$/, ''));
  });
});
