/**
 * The corpus: Markdown files, one article each, with front matter, `## ` section headings and verbatim paragraphs.
 * This is the only core module that touches the file system.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { splitSentences, type Lang } from './analysis.js';
import { contentDigest, recordContentDigest } from './lazyArticle.js';
import type { Article, ArticleMeta, Paragraph, Section, Sentence } from './types.js';

/** A corpus file that cannot be served. The message names the file and, where it can, the line. */
export class CorpusError extends Error {
  /**
   * @param file - the file's name
   * @param line - 1-based line number, or undefined when the problem is the whole file
   * @param problem - what is wrong, in a sentence
   */
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: string,
  ) {
    super(`corpus: ${file}${line ? `:${line}` : ''}: ${problem}`);
    this.name = 'CorpusError';
  }
}

/**
 * A sentence held as offsets into its paragraph: its text is cut from the paragraph when asked for, so the corpus
 * holds each paragraph's text once.
 */
class SentenceView implements Sentence {
  readonly #paragraph: string;
  readonly start: number;
  readonly end: number;
  constructor(paragraph: string, start: number, end: number) {
    this.#paragraph = paragraph;
    this.start = start;
    this.end = end;
  }
  get text(): string {
    return this.#paragraph.slice(this.start, this.end);
  }
  toJSON(): Sentence {
    return { text: this.text, start: this.start, end: this.end };
  }
}

/**
 * A paragraph's sentences as offsets into its text (see {@link SentenceView}).
 * @param paragraph - the paragraph text
 * @param spans - its sentences, by start and end offset
 * @returns sentences whose text is read from the paragraph
 */
export function sentenceViews(paragraph: string, spans: readonly { readonly start: number; readonly end: number }[]): Sentence[] {
  return spans.map((s) => new SentenceView(paragraph, s.start, s.end));
}

const META_KEYS = new Set(['title', 'title_en', 'lang', 'source', 'author', 'date', 'url']);

/**
 * Turns a heading or file name into an identifier: lower case, accents dropped, words joined by hyphens.
 * @param s - any text
 * @returns a slug such as `la-strategia-open-source-di-meta`
 */
export function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '-')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

function unquote(v: string): string {
  const t = v.trim();
  // (a quoted value may be followed by a comment, as in YAML: `title: "…"  # from the page's address`; an unquoted
  // one is kept whole, "#" and all)
  const double = /^"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/u.exec(t);
  if (double) return double[1]!.replace(/\\"/g, '"').replace(/\\\\/g, '\\');
  const single = /^'((?:[^']|'')*)'\s*(?:#.*)?$/u.exec(t);
  if (single) return single[1]!.replace(/''/g, "'");
  if (t.length >= 2 && ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'")))) {
    const inner = t.slice(1, -1);
    return t.startsWith('"') ? inner.replace(/\\"/g, '"').replace(/\\\\/g, '\\') : inner.replace(/''/g, "'");
  }
  return t;
}

const BEYOND_LATIN1 = /[\u0100-\uffff]/;

/**
 * A copy of a string that shares no memory with the string it was cut from, stored one byte a character when every
 * character allows it.
 * @param s - a string (possibly a slice of a larger one)
 * @returns an equal string of its own
 */
function ownString(s: string): string {
  return BEYOND_LATIN1.test(s) ? Buffer.from(s, 'utf16le').toString('utf16le') : Buffer.from(s, 'latin1').toString('latin1');
}

/**
 * Parses one corpus file's text.
 * @param text - the file's content (already decoded)
 * @param file - the file name, used for the slug and in error messages
 * @returns the article
 * @throws CorpusError when the front matter, title or body is missing or malformed
 * @example
 * const article = parseArticle(readFileSync('corpus/llama2.md', 'utf8'), 'llama2.md');
 * article.paragraphs[8]?.number // 9
 */
export function parseArticle(text: string, file: string): Article {
  const normalized = text.normalize('NFC').replace(/^\uFEFF/, '');
  // What the article keeps is cut from the file's text and would keep all of it alive, at two bytes a character when
  // one character anywhere in the file is beyond Latin-1: the paragraphs, titles and front matter of such a file get
  // strings of their own (one byte a character unless they themselves hold such a character).
  const own = BEYOND_LATIN1.test(normalized) ? ownString : (s: string) => s;
  const lines = normalized.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') throw new CorpusError(file, 1, 'missing front matter: the file must start with a line "---"');
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) throw new CorpusError(file, 1, 'front matter is not closed: add a line "---" after it');
  const raw: Record<string, string> = {};
  for (let i = 1; i < close; i++) {
    const line = lines[i] ?? '';
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!m) throw new CorpusError(file, i + 1, `front matter line is not "key: value": ${JSON.stringify(line.slice(0, 80))}`);
    const key = m[1]!.toLowerCase();
    if (!META_KEYS.has(key)) throw new CorpusError(file, i + 1, `unknown front matter key "${key}" (known: ${[...META_KEYS].join(', ')})`);
    if (key in raw) throw new CorpusError(file, i + 1, `front matter key "${key}" appears twice`);
    raw[key] = own(unquote(m[2] ?? ''));
  }
  const title = raw['title']?.trim();
  if (!title) throw new CorpusError(file, 1, 'front matter has no "title"');
  const lang = (raw['lang'] ?? 'it').trim().toLowerCase();
  if (!/^[a-z]{2}(-[a-z]{2})?$/.test(lang)) throw new CorpusError(file, 1, `"lang" must be a language code such as "it", not ${JSON.stringify(lang)}`);
  const meta: ArticleMeta = {
    title,
    lang,
    ...(raw['title_en'] ? { titleEn: raw['title_en'] } : {}),
    ...(raw['source'] ? { source: raw['source'] } : {}),
    ...(raw['author'] ? { author: raw['author'] } : {}),
    ...(raw['date'] ? { date: raw['date'] } : {}),
    ...(raw['url'] ? { url: raw['url'] } : {}),
  };

  // Body: blocks separated by blank lines; a block starting with "## " is a heading.
  const paragraphs: Paragraph[] = [];
  const headings: { title: string; line: number; firstParagraph: number }[] = [];
  let block: string[] = [];
  const flush = () => {
    if (!block.length) return;
    const textBlock = own(block.join('\n'));
    block = [];
    paragraphs.push({ number: paragraphs.length + 1, text: textBlock, sectionId: '', sentences: sentenceViews(textBlock, splitSentences(textBlock)) });
  };
  for (let i = close + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.trim()) {
      flush();
      continue;
    }
    const h = /^##\s+(.*\S)\s*$/.exec(line);
    if (h && !block.length) {
      // A heading right under another, with no paragraph between (a heading and its subheading), titles the same
      // section: "Nel Nord Est — A Trieste non aprono 20 imprenditori".
      const over = headings[headings.length - 1];
      if (over && over.firstParagraph === paragraphs.length + 1) over.title = `${over.title} — ${own(h[1]!)}`;
      else headings.push({ title: own(h[1]!), line: i + 1, firstParagraph: paragraphs.length + 1 });
      continue;
    }
    if (/^#\s/.test(line) && !block.length) {
      throw new CorpusError(file, i + 1, 'a "# " heading in the body: the title belongs in the front matter, sections use "## "');
    }
    block.push(line);
  }
  flush();
  if (!paragraphs.length) throw new CorpusError(file, close + 2, 'the body has no paragraphs');

  const sections: Section[] = [];
  const used = new Set<string>();
  const addSection = (sectionTitle: string, from: number, to: number, line: number, lead = false) => {
    if (to < from) throw new CorpusError(file, line, `section "${sectionTitle}" has no paragraphs`);
    const id = slugify(sectionTitle) || `sezione-${sections.length + 1}`;
    if (used.has(id)) throw new CorpusError(file, line, `duplicate section "${sectionTitle}"`);
    used.add(id);
    sections.push({ id, title: sectionTitle, from, to, ...(lead ? { lead: true } : {}) });
  };
  const first = headings[0];
  if (first && first.firstParagraph > 1) addSection('Introduzione', 1, first.firstParagraph - 1, close + 2, true);
  headings.forEach((h, k) => {
    const next = headings[k + 1];
    addSection(h.title, h.firstParagraph, (next ? next.firstParagraph : paragraphs.length + 1) - 1, h.line);
  });
  if (!sections.length) sections.push({ id: 'articolo', title: meta.title, from: 1, to: paragraphs.length, automatic: true });

  const withSections = paragraphs.map((p) => {
    const s = sections.find((x) => p.number >= x.from && p.number <= x.to)!;
    return { ...p, sectionId: s.id };
  });
  const slug = slugify(basename(file).replace(/\.md$/i, ''));
  if (!slug) throw new CorpusError(file, undefined, 'the file name gives no usable identifier');
  return { slug, file, meta, paragraphs: withSections, sections };
}

/**
 * Decodes a corpus file's bytes as strict UTF-8.
 * @param bytes - the file's content
 * @param name - the file name used in messages
 * @returns the text
 * @throws CorpusError naming the line of the first bad bytes
 */
export function decodeCorpusFile(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The first line holding a replacement character is where the bad bytes are.
    const lossy = new TextDecoder('utf-8').decode(bytes).split('\n');
    const line = lossy.findIndex((l) => l.includes('\uFFFD')) + 1;
    throw new CorpusError(name, line || undefined, 'not valid UTF-8 text');
  }
}

/**
 * The article files of a folder listing: `*.md`, hidden files left out, in file-name order.
 * @param dir - the folder, for the message
 * @param entries - its entries
 * @returns the file names
 * @throws CorpusError when there are none
 */
export function articleFileNames(dir: string, entries: readonly string[]): string[] {
  const names = entries.filter((n) => n.toLowerCase().endsWith('.md') && !n.startsWith('.')).sort();
  if (!names.length) throw new CorpusError(dir, undefined, 'the corpus folder has no *.md articles');
  return names;
}

/**
 * Records an article's slug, refusing a second file with the same one.
 * @param seen - slug → file name of the articles loaded so far
 * @param article - the article just parsed
 * @throws CorpusError naming both files
 */
export function claimSlug(seen: Map<string, string>, article: Article): void {
  const other = seen.get(article.slug);
  if (other) throw new CorpusError(article.file, undefined, `duplicate slug "${article.slug}" (also used by ${other})`);
  seen.set(article.slug, article.file);
}

/**
 * The language an article is analysed in: English for `en…`, Italian otherwise.
 * @param article - the article
 * @returns its analysis language
 */
export function articleLang(article: Article): Lang {
  return article.meta.lang.startsWith('en') ? 'en' : 'it';
}

/**
 * Where a loader gets an article from a file's bytes: by parsing them, or from a stored snapshot of the same bytes
 * (see src/snapshotCache.ts).
 */
export interface ArticleSource {
  /**
   * @param name - the file name
   * @param bytes - the file's content
   * @param parse - parses the bytes (throws CorpusError for a broken file)
   * @param stamp - the file's stamp when it was read, so a later load can know it unchanged without reading it
   * @returns the article
   */
  article(name: string, bytes: Uint8Array, parse: () => Article, stamp?: FileStamp): Article;
  /**
   * The article of a file known unchanged by its stamp alone (same size, modification and change times, inode as
   * when it was stored), without reading the file; its paragraphs may be read when first needed.
   * @param dir - the corpus folder
   * @param name - the file name
   * @param stamp - the file's stamp now
   * @returns the article, or undefined when the file must be read
   */
  known?(dir: string, name: string, stamp: FileStamp): Article | undefined;
  /**
   * Told when a load is complete, with the files' stamps, so the source can store what it learnt in one place.
   * @param dir - the corpus folder
   * @param articles - the articles, in file-name order, as the source returned them
   */
  loaded?(dir: string, articles: readonly Article[]): void;
}

/** What identifies a file's version without reading it: size, modification and change times (ns), inode. */
export interface FileStamp {
  readonly size: number;
  readonly mtimeNs: bigint;
  readonly ctimeNs: bigint;
  readonly ino: bigint;
}

/**
 * A file's stamp from its `stat` with `bigint: true`.
 * @param st - the stat
 * @param st.size - size in bytes
 * @param st.mtimeNs - modification time (ns)
 * @param st.ctimeNs - change time (ns)
 * @param st.ino - inode
 * @returns the stamp
 */
export function fileStamp(st: { size: bigint; mtimeNs: bigint; ctimeNs: bigint; ino: bigint }): FileStamp {
  return { size: Number(st.size), mtimeNs: st.mtimeNs, ctimeNs: st.ctimeNs, ino: st.ino };
}

/**
 * The digest of a corpus file's content, as {@link contentDigest} reports it for the article made from it.
 * @param bytes - the file's content
 * @returns a hex SHA-256
 */
export function fileDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Loads every `*.md` file of a folder as an article, in file-name order.
 * @param dir - the corpus folder (`CORPUS_DIR`, default `corpus/`)
 * @param source - a snapshot cache to take unchanged articles from (default: parse every file)
 * @returns the articles
 * @throws CorpusError naming the file (and line) when a file is broken, two files share a slug, or the folder has none
 */
export function loadCorpus(dir: string, source?: ArticleSource): Article[] {
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    entries = readdirSync(dir);
  } catch (err) {
    throw new CorpusError(dir, undefined, `cannot read the corpus folder (${(err as Error).message})`);
  }
  const seen = new Map<string, string>();
  const articles = articleFileNames(dir, entries).map((name) => {
    const path = join(dir, name);
    const stamp = source ? fileStamp(statSync(path, { bigint: true })) : undefined;
    const known = stamp && source?.known?.(dir, name, stamp);
    let article: Article;
    if (known) article = known;
    else {
      const bytes = readFileSync(path);
      const parse = () => parseArticle(decodeCorpusFile(bytes, name), name);
      article = source ? source.article(name, bytes, parse, stamp) : parse();
      if (contentDigest(article) === undefined) recordContentDigest(article, fileDigest(bytes));
    }
    claimSlug(seen, article);
    return article;
  });
  source?.loaded?.(dir, articles);
  return articles;
}
