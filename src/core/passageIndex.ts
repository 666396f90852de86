/**
 * The passages of a corpus, indexed twice: whole paragraphs and single sentences. Answers fuse both, so a
 * paragraph ranks by its overall topic and the sentence inside it that says the answer is found.
 */
import { analyze, type Lang } from './analysis.js';
import { TfIdfIndex, type WeightingOptions } from './tfidfIndex.js';
import type { Article, Paragraph } from './types.js';

/** A paragraph's place in the corpus. */
export interface ParagraphRef {
  readonly article: Article;
  readonly paragraph: Paragraph;
}

/** A sentence's place in the corpus. */
export interface SentenceRef {
  /** Index into `paragraphs`. */
  readonly paragraphDoc: number;
  /** Index of the sentence within its paragraph. */
  readonly sentence: number;
}

/** Paragraph and sentence indexes over every article. */
export interface PassageIndex {
  readonly articles: readonly Article[];
  readonly paragraphs: readonly ParagraphRef[];
  readonly sentences: readonly SentenceRef[];
  /** Paragraph document id → first sentence document id. */
  readonly firstSentence: Int32Array;
  readonly paragraphIndex: TfIdfIndex;
  readonly sentenceIndex: TfIdfIndex;
}

/** Weighting used for each granularity. */
export interface PassageIndexOptions {
  readonly paragraph?: WeightingOptions;
  readonly sentence?: WeightingOptions;
}

/**
 * Builds the paragraph and sentence indexes. Section titles are indexed with their paragraphs' text, so
 * a question about "la licenza" reaches the paragraphs under the heading that names it.
 * @param articles - the parsed corpus
 * @param options - weighting per granularity
 * @returns the passage index
 */
export function buildPassageIndex(articles: readonly Article[], options: PassageIndexOptions = {}): PassageIndex {
  const paragraphs: ParagraphRef[] = [];
  const sentences: SentenceRef[] = [];
  const paragraphDocs: string[][] = [];
  const sentenceDocs: string[][] = [];
  const first: number[] = [];
  for (const article of articles) {
    const lang: Lang = article.meta.lang.startsWith('en') ? 'en' : 'it';
    for (const paragraph of article.paragraphs) {
      const doc = paragraphs.length;
      paragraphs.push({ article, paragraph });
      first.push(sentences.length);
      const terms: string[] = [];
      paragraph.sentences.forEach((s, i) => {
        const sTerms = analyze(s.text, lang).map((t) => t.term);
        sentences.push({ paragraphDoc: doc, sentence: i });
        sentenceDocs.push(sTerms);
        for (const t of sTerms) terms.push(t);
      });
      paragraphDocs.push(terms);
    }
  }
  return {
    articles,
    paragraphs,
    sentences,
    firstSentence: Int32Array.from(first),
    paragraphIndex: TfIdfIndex.build(paragraphDocs, options.paragraph ?? { k1: 1.2, b: 0.75 }),
    sentenceIndex: TfIdfIndex.build(sentenceDocs, options.sentence ?? { k1: 1.2, b: 0.5 }),
  };
}
