/**
 * Articles whose paragraphs are read when first needed. A corpus served from a snapshot knows, without reading any
 * article, each article's front matter, sections and shape (how many paragraphs, how many sentences in each): that
 * is enough to read a stored passage index back and to answer, and only the articles an answer shows (or a summary,
 * a section list or the people registry reads) have their paragraphs made. A start-up from a warm snapshot so does
 * work that grows with the number of articles, not with their text.
 */
import type { Article, ArticleMeta, Paragraph, Section } from './types.js';

/** What is known of an article before its paragraphs are read. */
export interface ArticleHead {
  readonly slug: string;
  readonly file: string;
  readonly meta: ArticleMeta;
  readonly sections: readonly Section[];
}

// The sentence count of each paragraph, for articles whose paragraphs may not be made yet.
const shapes = new WeakMap<Article, Uint32Array>();
// Whether an article's paragraphs are made (absent: an ordinary article, always made).
const made = new WeakMap<Article, () => boolean>();

// Where one paragraph of an article not read yet is made alone.
const singles = new WeakMap<Article, (at: number) => Paragraph>();

/**
 * An article whose `paragraphs` are made on first read (once), by `materialise`.
 * @param head - its slug, file, front matter and sections
 * @param sentences - how many sentences each paragraph has (its length is the paragraph count); the paragraphs
 *   `materialise` returns must have exactly this shape
 * @param materialise - makes the paragraphs (reads them from a snapshot, or parses the file); may throw
 * @param single - makes one paragraph alone (the same object `materialise` then lists), for {@link paragraphAt}
 * @returns the article
 */
export function lazyArticle(head: ArticleHead, sentences: Uint32Array, materialise: () => readonly Paragraph[], single?: (at: number) => Paragraph): Article {
  let paragraphs: readonly Paragraph[] | undefined;
  // Fields in the order a parsed article has them, so both print alike.
  const article: Article = {
    slug: head.slug,
    file: head.file,
    meta: head.meta,
    get paragraphs() {
      return (paragraphs ??= materialise());
    },
    sections: head.sections,
  };
  shapes.set(article, sentences);
  made.set(article, () => paragraphs !== undefined);
  if (single) singles.set(article, single);
  return article;
}

/**
 * One paragraph of an article: of an article not read yet that can make its paragraphs one by one, that paragraph
 * alone (the same object its `paragraphs` will list); else `article.paragraphs[at]`.
 * @param article - an article
 * @param at - the paragraph's index, from 0
 * @returns the paragraph, or undefined when there is none
 */
export function paragraphAt(article: Article, at: number): Paragraph | undefined {
  const single = singles.get(article);
  if (single && !paragraphsMade(article)) return at >= 0 && at < paragraphCount(article) ? single(at) : undefined;
  return article.paragraphs[at];
}

/**
 * Records how a copy of an article not read yet makes one paragraph alone (see {@link paragraphAt}).
 * @param copy - the copy
 * @param single - makes its paragraph at an index (the same object its `paragraphs` will list)
 */
export function shareParagraphAt(copy: Article, single: (at: number) => Paragraph): void {
  singles.set(copy, single);
}

/**
 * An article's shape, when known without reading its paragraphs.
 * @param article - an article
 * @returns the sentence count of each paragraph, or undefined for an article whose shape is only known by reading it
 */
export function articleShape(article: Article): Uint32Array | undefined {
  return shapes.get(article);
}

/**
 * Records that a copy of an article (same paragraphs, read lazily through the original) has the original's shape.
 * @param copy - the copy
 * @param original - the article it reads its paragraphs from
 * @param isMade - whether the copy's paragraphs are made
 */
export function shareShape(copy: Article, original: Article, isMade: () => boolean): void {
  const shape = shapes.get(original);
  if (!shape) return;
  shapes.set(copy, shape);
  made.set(copy, isMade);
}

/**
 * Whether an article's paragraphs have been made (always true for an ordinary article).
 * @param article - an article
 * @returns false only for a lazy article not read yet
 */
export function paragraphsMade(article: Article): boolean {
  return made.get(article)?.() ?? true;
}

/**
 * How many paragraphs an article has, without reading a lazy article's paragraphs.
 * @param article - an article
 * @returns its paragraph count
 */
export function paragraphCount(article: Article): number {
  return shapes.get(article)?.length ?? article.paragraphs.length;
}

// The digest of each article's file content, where the loader knew it.
const digests = new WeakMap<Article, string>();

/**
 * Records the digest of the file content an article was made from (the loader hashes what it reads; a snapshot
 * cache knows it without reading).
 * @param article - an article
 * @param digest - a hash of its file's bytes
 */
export function recordContentDigest(article: Article, digest: string): void {
  digests.set(article, digest);
}

/**
 * The digest of the file content an article was made from, known without reading its paragraphs.
 * @param article - an article (or a copy made by {@link shareContentDigest})
 * @returns the digest, or undefined for an article not made by a loader (built by hand)
 */
export function contentDigest(article: Article): string | undefined {
  return digests.get(article);
}

/**
 * Records that a copy of an article (the same text, read through the original) has the original's content digest.
 * @param copy - the copy
 * @param original - the article it was made from
 */
export function shareContentDigest(copy: Article, original: Article): void {
  const digest = digests.get(original);
  if (digest !== undefined) digests.set(copy, digest);
}
