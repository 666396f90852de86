/**
 * The shapes that flow through Brano's core: parsed articles, their sections and paragraphs.
 * Everything here is plain data; nothing knows about Discord, the terminal or the file system.
 */

/** A sentence of a paragraph, with its character offsets inside the paragraph text. */
export interface Sentence {
  /** Verbatim text of the sentence (a substring of the paragraph). */
  readonly text: string;
  /** Offset of the first character inside the paragraph. */
  readonly start: number;
  /** Offset one past the last character inside the paragraph. */
  readonly end: number;
}

/** A body paragraph of an article. */
export interface Paragraph {
  /** ¶ number, counted from 1 within its article. */
  readonly number: number;
  /** The paragraph exactly as written in the corpus file. */
  readonly text: string;
  /** Id of the section that holds it. */
  readonly sectionId: string;
  /** Its sentences, in order. */
  readonly sentences: readonly Sentence[];
}

/** A section of an article: a `## ` heading and the paragraphs under it. */
export interface Section {
  /** Stable identifier (a slug of the title, unique within the article). */
  readonly id: string;
  /** The heading text. */
  readonly title: string;
  /** First ¶ number (inclusive). */
  readonly from: number;
  /** Last ¶ number (inclusive). */
  readonly to: number;
  /** True when the section was found by automatic segmentation rather than written in the file. */
  readonly automatic?: boolean;
}

/** Front matter of a corpus file. */
export interface ArticleMeta {
  readonly title: string;
  readonly titleEn?: string;
  readonly lang: string;
  readonly source?: string;
  readonly author?: string;
  readonly date?: string;
  readonly url?: string;
}

/** A parsed article. */
export interface Article {
  /** Identifier derived from the file name (`llama2.md` → `llama2`). */
  readonly slug: string;
  /** The file it came from, for messages. */
  readonly file: string;
  readonly meta: ArticleMeta;
  readonly paragraphs: readonly Paragraph[];
  readonly sections: readonly Section[];
}
