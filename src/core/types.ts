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
  /** True for the paragraphs before the file's first heading, gathered as "Introduzione": the article's lead. */
  readonly lead?: boolean;
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

/** A statement the article attributes to someone. */
export interface Quote {
  /** Article slug. */
  readonly article: string;
  /** ¶ number. */
  readonly paragraph: number;
  /** Verbatim text of the statement (without the quotation marks for direct quotes). */
  readonly text: string;
  /** `direct`: their words in quotation marks; `reported`: what the article says they said or think. */
  readonly kind: 'direct' | 'reported';
}

/** Someone (or something: a leaked memo, a company) the article quotes. */
export interface Person {
  /** Canonical name ("Nathan Lambert", "Google memo"). */
  readonly name: string;
  /** Other names that refer to them ("Lambert", "Nathan"). */
  readonly aliases: readonly string[];
  /** Their role from the article's apposition, when given. */
  readonly role?: string;
  /** `person` or a non-person `source` (a document, an organisation). */
  readonly kind: 'person' | 'source';
  /** Their statements, in document order. */
  readonly quotes: readonly Quote[];
}

/** The answer to "what did NAME say?". `person` is null for nobody who speaks in the corpus. */
export interface QuoteResult {
  readonly query: string;
  readonly person: string | null;
  readonly role?: string;
  readonly quotes: readonly Quote[];
  /** Close speaker names when `person` is null. */
  readonly suggestions: readonly string[];
  /** When `person` is null but the name is mentioned without speaking: where ("PyTorch" → ¶6). */
  readonly mentions?: readonly { readonly article: string; readonly paragraph: number }[];
  /** When `person` is null because the look-up was an office several speakers hold ("il ministro"): the office, as
   * looked up; `suggestions` are its holders. */
  readonly office?: string;
}

/** A sentence of a summary: verbatim, with its article and ¶. */
export interface SummarySentence {
  readonly article: string;
  readonly paragraph: number;
  readonly text: string;
}

/** How long a summary is. Every length fits 1,500 characters. */
export type SummaryLength = 'short' | 'medium' | 'long';

/** What to summarise: the whole article, one section (id or fuzzy title), or a topic. */
export interface SummaryOptions {
  readonly article?: string;
  readonly section?: string;
  readonly topic?: string;
  readonly length?: SummaryLength;
}

/** A summary, or why there is none (expected misses are values, not exceptions). */
export type SummaryResult =
  | { readonly kind: 'summary'; readonly title: string; readonly article: string; readonly sentences: readonly SummarySentence[] }
  | { readonly kind: 'unknown-section'; readonly query: string; readonly sections: readonly Section[] }
  | { readonly kind: 'unknown-article'; readonly query: string; readonly articles: readonly string[] }
  | { readonly kind: 'no-match'; readonly topic: string };
