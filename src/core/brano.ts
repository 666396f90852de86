/**
 * Brano's core, assembled once at start-up from the parsed corpus: every capability the commands use,
 * as plain functions over in-memory indexes. Nothing here knows about Discord or the terminal.
 */
import { plainChatText } from './chatText.js';
import { ask, passageLimit, type AskOptions, type AskResult } from './ask.js';
import type { Thesaurus } from './thesaurus.js';
import type { Synonyms } from './synonyms.js';
import { translateEnglishQuery, type BilingualLexicon } from './crossLingual.js';
import { buildPassageIndex, passageIndexSteps, type PassageIndex, type PassageIndexCache, type PassageIndexData } from './passageIndex.js';
import { buildPeople, type ArticleFault, type PeopleRegistry, type QuoteOptions } from './people.js';
import { namesSource, nearBest, preferStatements, statementSubject, statementsByTopic, statementTopic, statementTopicSubject } from './statementQuestion.js';
import { rankSections, type SectionMatch } from './sectionLookup.js';
import { sectionsPending, segmentArticleLazily, type SectionCache } from './segmentation.js';
import { createSummarizer } from './summarize.js';
import type { Article, Person, QuoteResult, Section, SummaryOptions, SummaryResult } from './types.js';

/** How many of the search's passages a statement question looks among for the person's own. */
const STATEMENT_CANDIDATES = 10;
/** A search that ranks without the decision to decline (an English topic still needs enough of its words translated,
 * and more than a name matched): the topic of a statement question only orders the person's statements ("cosa ha detto
 * Masci quando ha visto le fiamme?": "quando ha visto le fiamme" answers nothing alone, yet tells which of Masci's
 * statements is about the flames). */
const RANK_ONLY: NonNullable<AskOptions['ranking']> = { answerThreshold: 0, englishAnswerThreshold: 0, maxOrphanShare: 1, declineFactsNotGiven: false, minCoverage: 0 };

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
  /**
   * Computes, in the background, the automatic sections of every article not segmented yet (each is otherwise
   * segmented on first use), giving the event loop a turn after each article.
   * @param yieldToLoop - gives the event loop a turn; in Node, `setImmediate` from `node:timers/promises`
   * @returns how many articles were segmented
   */
  prepareSections(yieldToLoop: () => Promise<void>): Promise<number>;
}

/**
 * The lexical knowledge a core uses, as parsed data: read outside the core (src/lexicons.ts: Brano's general layer
 * merged with the corpus folder's own `lexicon/`) and passed in, again on every reload.
 */
export interface Lexicons {
  /** Italian words a question may be widened with. */
  readonly thesaurus: Thesaurus;
  /** How English words of a question become Italian index terms. */
  readonly bilingual: BilingualLexicon;
  /** General Italian synonyms the re-ranker weighs (synonyms.ts); default: none. */
  readonly synonyms?: Synonyms;
}

/** How to assemble the core. */
export interface CoreOptions {
  /** The lexicons (src/lexicons.ts `loadLexicons`); without them a question is matched only as typed. */
  readonly lexicons?: Lexicons;
  /**
   * Build the passage index when first needed (a question, a topic summary, `core.index`) instead of now: for a
   * one-shot command such as `summarize --article` or `sections`, which never needs it. `createCore` only; a
   * server builds it up front (`createCoreAsync`), so no question waits for it.
   */
  readonly indexOnDemand?: boolean;
  /**
   * Where built structures are kept between runs (a snapshot cache): the passage index stored for exactly these
   * articles is read back instead of built, and so are automatic sections; newly built ones are stored.
   */
  readonly cache?: CoreCache;
  /**
   * Told when one article cannot be read for one step (its speakers): that article is left out of the step, the rest
   * of the corpus is served as usual. The same article may be reported again when the step runs again.
   */
  readonly onFault?: (fault: ArticleFault) => void;
}

/** Keeps the passage index and automatic sections between runs (src/snapshotCache.ts). */
export type CoreCache = PassageIndexCache & SectionCache;

export type { ArticleFault } from './people.js';

/** How `createCoreAsync` shares the event loop. */
export interface AsyncBuildOptions {
  /** Gives the event loop a turn; in Node, `setImmediate` from `node:timers/promises`. */
  readonly yieldToLoop: () => Promise<void>;
  /** Articles segmented or analysed between two turns (default 1). */
  readonly yieldEvery?: number;
  /** Told how long each stretch between two turns held the loop, in ms. */
  readonly onStep?: ((ms: number) => void) | undefined;
}

/**
 * Builds the core from parsed articles. Articles written without `## ` headings are first split into
 * automatic sections.
 * @param parsed - the corpus
 * @param options - the lexicons, and whether to build the index on demand
 * @returns the core, ready to answer
 * @example
 * const core = createCore(loadCorpus('corpus'), { lexicons: loadLexicons('corpus') });
 * core.ask('Chi guida lo sviluppo dell’AI di Google?').passages[0]?.paragraph // 15
 */
export function createCore(parsed: readonly Article[], options: CoreOptions = {}): BranoCore {
  if (options.indexOnDemand) {
    const articles = parsed.map((a) => segmentArticleLazily(a, sectionOptions(options)));
    let index: PassageIndex | undefined;
    const indexOf = () => (index ??= buildPassageIndex(articles, indexOptions(parsed, options)));
    return Object.defineProperty(assemble(articles, indexOf, options.onFault), 'index', { get: indexOf, enumerable: true }) as BranoCore;
  }
  const steps = coreSteps(parsed, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * Builds the same core as `createCore`, giving the event loop a turn between articles (while segmenting and
 * analysing them) and between the final index builds, so a server keeps answering during a rebuild.
 * @param parsed - the corpus
 * @param options - the lexicons, and whether to build the index on demand
 * @param build - how to give the loop a turn, how often, and who hears how long each step took
 * @returns the core, ready to answer
 * @throws Error `createCoreAsync: …` when `yieldEvery` is not a positive integer
 * @example
 * import { setImmediate } from 'node:timers/promises';
 * const core = await createCoreAsync(articles, { lexicons: loadLexicons(corpusDir) }, { yieldToLoop: () => setImmediate() });
 */
export async function createCoreAsync(parsed: readonly Article[], options: CoreOptions, build: AsyncBuildOptions): Promise<BranoCore> {
  const every = build.yieldEvery ?? 1;
  if (!Number.isInteger(every) || every < 1) throw new Error(`createCoreAsync: yieldEvery must be a positive integer, not ${every}`);
  const steps = coreSteps(parsed, options);
  let pending = 0;
  let started = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) {
      build.onStep?.(performance.now() - started);
      return step.value;
    }
    if (++pending < every) continue;
    pending = 0;
    build.onStep?.(performance.now() - started);
    await build.yieldToLoop();
    started = performance.now();
  }
}

// The passage index's share of the options: the lexicons, when given.
const lexiconOptions = (options: CoreOptions) => (options.lexicons ? { thesaurus: options.lexicons.thesaurus, bilingual: options.lexicons.bilingual, ...(options.lexicons.synonyms ? { synonyms: options.lexicons.synonyms } : {}) } : {});

// The whole build, pausing after each article segmented or analysed and between the final index builds.
function* coreSteps(parsed: readonly Article[], options: CoreOptions): Generator<void, BranoCore, void> {
  // An article without headings is segmented when its sections are first read (a summary, its section list, an
  // answer citing it), not at start-up.
  const articles: Article[] = parsed.map((a) => segmentArticleLazily(a, sectionOptions(options)));
  const index = yield* passageIndexSteps(articles, indexOptions(parsed, options));
  return { ...assemble(articles, () => index, options.onFault), index };
}

const sectionOptions = (options: CoreOptions) => (options.cache ? { cache: options.cache } : {});

// The index is stored under the articles as loaded (the cache knows those), not their lazily segmented copies.
function indexOptions(parsed: readonly Article[], options: CoreOptions) {
  const cache = options.cache;
  return {
    ...lexiconOptions(options),
    ...(cache ? { cache: { load: () => cache.load(parsed), save: (_: unknown, data: PassageIndexData) => cache.save(parsed, data) } } : {}),
  };
}

/**
 * The core's functions over its articles and their index.
 * @param articles - the corpus, automatic sections computed on first use
 * @param indexOf - the passage index (built already, or on the first call)
 * @param onFault - who hears of an article a step could not read
 * @returns the core
 */
function assemble(articles: readonly Article[], indexOf: () => PassageIndex, onFault?: (fault: ArticleFault) => void): Omit<BranoCore, 'index'> {
  const summarizer = createSummarizer(articles, indexOf);
  // Built once per article, on first use: autocomplete asks for sections on every keystroke.
  const sectionLists = new Map<string, readonly SectionInfo[]>();
  const sectionsOf = (a: Article): readonly SectionInfo[] => {
    let list = sectionLists.get(a.slug);
    if (!list) sectionLists.set(a.slug, (list = a.sections.map((s) => ({ ...s, article: a.slug, articleTitle: a.meta.title }))));
    return list;
  };
  const sections = (article?: string): SectionInfo[] => articles.filter((a) => !article || a.slug === article).flatMap((a) => sectionsOf(a));
  // Speakers are found on first use: most questions never need them, and start-up stays fast on big corpora.
  let people: PeopleRegistry | undefined;
  // An office typed in English is read through the index's bilingual lexicon ("the mayor" → sindaco).
  const italianTerms = (english: string): readonly string[] => {
    const { bilingual } = indexOf();
    return bilingual.entries.size || bilingual.fallback ? translateEnglishQuery(english, bilingual).words.flatMap((w) => (w.cue ? [] : w.terms)) : [];
  };
  const peopleOptions = { italianTerms, ...(onFault ? { onFault } : {}) };
  const registry = () => (people ??= buildPeople(articles, peopleOptions));
  // The speakers of the few articles a statement question's passages come from (the last few sets kept).
  const speakerSets = new Map<string, PeopleRegistry>();
  const speakersOf = (some: readonly Article[]): PeopleRegistry => {
    const key = some.map((a) => a.slug).join('\n');
    let found = speakerSets.get(key);
    if (!found) {
      if (speakerSets.size >= 16) speakerSets.delete(speakerSets.keys().next().value!);
      speakerSets.set(key, (found = buildPeople(some, peopleOptions)));
    }
    return found;
  };
  return {
    articles,
    ask: (question, options) => {
      // The paragraphs holding a person's statements (as `/quote` finds them) in the articles of a search's passages,
      // as `${article}#${paragraph}`; undefined when the look-up finds nobody.
      const statementsIn = (result: AskResult, name: string): ReadonlySet<string> | undefined => {
        const shown = new Set(result.passages.map((p) => p.article));
        const found = speakersOf(articles.filter((a) => shown.has(a.slug))).quote(name, options?.article ? { article: options.article } : undefined);
        return found.person ? new Set(found.quotes.map((q) => `${q.article}#${q.paragraph}`)) : undefined;
      };
      // "cosa ha detto Renzi?": the passages holding that person's statements come first (statementQuestion.ts)
      const subject = statementSubject(plainChatText(question));
      const limit = passageLimit(options?.limit);
      if (!subject) {
        // "cosa ha detto Truzzu su via Roma?": the topic's words lead the search; of the passages a search shows by
        // default (however many are asked for), those holding that person's statements come first ("«Il nostro
        // auspicio è liberare via Roma …»" before the interviewer's question on via Roma)
        const plain = plainChatText(question);
        const onTopic = statementTopicSubject(plain);
        if (!onTopic) return ask(indexOf(), question, options);
        const sourced = namesSource(plain);
        const result = ask(indexOf(), question, { ...options, limit: Math.max(limit, passageLimit(undefined)) });
        // ("Secondo Landini cosa avrebbe evitato la tragedia?" over "Landini ha aggiunto: «… quello che è successo qui
        // non sarebbe successo …»": a question naming its source, declined for want of shared words though no fact
        // it asks for is missing, is answered by the passage that came closest when that passage is the source's own
        // statement)
        if (!result.answered && result.reason === 'low-confidence' && !result.unsaid && result.closest?.length && sourced) {
          const { reason: _reason, closest, ...declined } = result;
          const own = statementsIn({ ...declined, passages: closest }, onTopic);
          if (own?.has(`${closest[0]!.article}#${closest[0]!.paragraph}`)) return preferStatements({ ...declined, answered: true, passages: closest }, own, limit);
        }
        const found = result.passages.length >= 2 ? statementsIn(result, onTopic) : undefined;
        // ("… secondo Alfieri?": a source the question names weighs less than a topic asked of someone's statements)
        const said = found && sourced ? nearBest(result, found) : found;
        // (of their statements, those the topic's words alone rank first: "sui ritardi" before the one naming Bologna)
        const topic = said && said.size > 1 ? statementTopic(plain) : undefined;
        const byTopic = topic ? ask(indexOf(), topic, { ...options, limit: STATEMENT_CANDIDATES, ranking: { ...options?.ranking, ...RANK_ONLY } }) : undefined;
        return preferStatements(byTopic?.answered ? statementsByTopic(result, said!, byTopic.passages) : result, said ?? new Set(), limit);
      }
      const wide = ask(indexOf(), question, { ...options, limit: Math.max(limit, STATEMENT_CANDIDATES) });
      if (!wide.answered && wide.reason !== 'small-talk' && wide.reason !== 'article-info') {
        // "what did the prefect say?": an office alone may be too little for the search to answer on, yet name one
        // person who speaks (as `/quote` finds them); the question is then asked of that person's name
        const found = registry().quote(subject, options?.article ? { article: options.article } : undefined);
        if (found.person && found.quotes.length) {
          const plain = plainChatText(question);
          const named = ask(indexOf(), plain.replace(subject, found.person), { ...options, limit: Math.max(limit, STATEMENT_CANDIDATES) });
          const said = new Set(found.quotes.map((q) => `${q.article}#${q.paragraph}`));
          if (named.answered && named.passages.some((p) => said.has(`${p.article}#${p.paragraph}`))) return preferStatements({ ...named, question: wide.question }, said, limit);
        }
      }
      return preferStatements(wide, statementsIn(wide, subject) ?? new Set(), limit);
    },
    sections,
    findSection: (query, article) => rankSections(sections(article), query),
    summarize: (options) => summarizer.summarize(options?.topic !== undefined ? { ...options, topic: plainChatText(options.topic) } : options),
    people: () => [...registry().people],
    // The name as the chat typed it is the query; its mentions and markdown marks take no part in the look-up.
    quote: (name, options) => ({ ...registry().quote(plainChatText(name), options), query: name }),
    async prepareSections(yieldToLoop) {
      let done = 0;
      for (const a of articles) {
        if (!sectionsPending(a)) continue;
        sectionsOf(a);
        done++;
        await yieldToLoop();
      }
      return done;
    },
  };
}
