/**
 * Brano's core, assembled once at start-up from the parsed corpus: every capability the commands use,
 * as plain functions over in-memory indexes. Nothing here knows about Discord or the terminal.
 */
import { ask, type AskOptions, type AskResult } from './ask.js';
import { buildPassageIndex, type PassageIndex } from './passageIndex.js';
import type { Article, Section } from './types.js';

/** A section with the article it belongs to. */
export interface SectionInfo extends Section {
  /** Article slug. */
  readonly article: string;
  /** Article title. */
  readonly articleTitle: string;
}

/** The assembled core. */
export interface BranoCore {
  readonly articles: readonly Article[];
  readonly index: PassageIndex;
  /**
   * Answers a question with ranked verbatim passages, or abstains.
   * @param question - the user's question
   * @param options - limit, language, article
   */
  ask(question: string, options?: AskOptions): AskResult;
  /**
   * Every section of every article (or of one), in order.
   * @param article - an article slug, to list only its sections
   */
  sections(article?: string): SectionInfo[];
}

/**
 * Builds the core from parsed articles.
 * @param articles - the corpus
 * @returns the core, ready to answer
 * @example
 * const core = createCore(loadCorpus('corpus'));
 * core.ask('Chi guida lo sviluppo dell’AI di Google?').passages[0]?.paragraph // 15
 */
export function createCore(articles: readonly Article[]): BranoCore {
  const index = buildPassageIndex(articles);
  return {
    articles,
    index,
    ask: (question, options) => ask(index, question, options),
    sections: (article) =>
      articles
        .filter((a) => !article || a.slug === article)
        .flatMap((a) => a.sections.map((s) => ({ ...s, article: a.slug, articleTitle: a.meta.title }))),
  };
}
