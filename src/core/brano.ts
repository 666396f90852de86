/**
 * Brano's core, assembled once at start-up from the parsed corpus: every capability the commands use,
 * as plain functions over in-memory indexes. Nothing here knows about Discord or the terminal.
 */
import { ask, type AskOptions, type AskResult } from './ask.js';
import { defaultThesaurus } from './thesaurus.js';
import { buildPassageIndex, type PassageIndex } from './passageIndex.js';
import { buildPeople, type PeopleRegistry, type QuoteOptions } from './people.js';
import { rankSections, type SectionMatch } from './sectionLookup.js';
import { segmentArticle } from './segmentation.js';
import { createSummarizer } from './summarize.js';
import type { Article, Person, QuoteResult, Section, SummaryOptions, SummaryResult } from './types.js';

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
  /**
   * Ranks sections for what a user typed (id, number in the list, or a loose title), for lookup and autocomplete.
   * @param query - the user's text; empty lists every section
   * @param article - an article slug, to search only its sections
   */
  findSection(query: string, article?: string): SectionMatch<SectionInfo>[];
  /**
   * Summarises an article, a section or a topic with the article's own sentences, cited and in order.
   * @param options - article, section or topic, and length
   */
  summarize(options?: SummaryOptions): SummaryResult;
  /**
   * Everyone the corpus quotes (people, organisations, documents), in order of their first statement;
   * the same person in two articles is one entry.
   * @returns the speakers with their aliases, role and statements
   */
  people(): Person[];
  /**
   * What someone said: every statement the corpus attributes to them, direct and reported, with article and ¶.
   * @param name - full name, surname, first name or a source's noun phrase; case, accents and typos forgiven
   * @param options - only `direct` or `reported` statements, only one article
   * @returns the statements, or `person: null` with close names when nobody by that name speaks
   * @example
   * core.quote('Lambert', { kind: 'direct' }).quotes[0]?.paragraph // 11
   */
  quote(name: string, options?: QuoteOptions): QuoteResult;
}

/** How to assemble the core. */
export interface CoreOptions {
  /** The corpus folder: its `lexicon/*.txt` lists are merged with Brano's own thesaurus. */
  readonly corpusDir?: string;
}

/**
 * Builds the core from parsed articles. Articles written without `## ` headings are first split into
 * automatic sections.
 * @param parsed - the corpus
 * @param options - the corpus folder, for its own lexicon
 * @returns the core, ready to answer
 * @example
 * const core = createCore(loadCorpus('corpus'));
 * core.ask('Chi guida lo sviluppo dell’AI di Google?').passages[0]?.paragraph // 15
 */
export function createCore(parsed: readonly Article[], options: CoreOptions = {}): BranoCore {
  const articles = parsed.map((a) => segmentArticle(a));
  const index = buildPassageIndex(articles, { thesaurus: defaultThesaurus(options.corpusDir) });
  const summarizer = createSummarizer(articles, index);
  const sections = (article?: string): SectionInfo[] =>
    articles
      .filter((a) => !article || a.slug === article)
      .flatMap((a) => a.sections.map((s) => ({ ...s, article: a.slug, articleTitle: a.meta.title })));
  // Speakers are found on first use: most questions never need them, and start-up stays fast on big corpora.
  let people: PeopleRegistry | undefined;
  const registry = () => (people ??= buildPeople(articles));
  return {
    articles,
    index,
    ask: (question, options) => ask(index, question, options),
    sections,
    findSection: (query, article) => rankSections(sections(article), query),
    summarize: (options) => summarizer.summarize(options),
    people: () => [...registry().people],
    quote: (name, options) => registry().quote(name, options),
  };
}
