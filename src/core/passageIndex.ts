/**
 * The passages of a corpus, indexed twice: whole paragraphs and single sentences. Answers fuse both, so a
 * paragraph ranks by its overall topic and the sentence inside it that says the answer is found.
 * The index also carries what query analysis needs: the thesaurus and a character-trigram view of the
 * vocabulary, for words typed with a slip or in an unusual form.
 */
import { analyze } from './analysis.js';
import { articleLang } from './corpus.js';
import { hasAutomaticSections } from './segmentation.js';
import { NAME_FLAG, packedTermCount, termId, termOf, withPackedTerms, type PackedParagraph } from './sentenceTerms.js';
import { TfIdfIndex, TfIdfIndexBuilder, type TfIdfIndexData, type WeightingOptions } from './tfidfIndex.js';
import { Thesaurus } from './thesaurus.js';
import { NO_SYNONYMS, type Synonyms } from './synonyms.js';
import type { BilingualLexicon } from './crossLingual.js';
import type { Article, Paragraph } from './types.js';
import { articleShape, paragraphAt, paragraphsMade } from './lazyArticle.js';

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

/** BM25 parameters with every value set. */
export interface Weighting {
  /** Term-frequency saturation. */
  readonly k1: number;
  /** Length normalisation. */
  readonly b: number;
}

/** Paragraph and sentence indexes over every article. */
export interface PassageIndex {
  readonly articles: readonly Article[];
  readonly paragraphs: readonly ParagraphRef[];
  /** Every sentence as a reference (made when first read; `sentenceParagraph` answers the common question). */
  readonly sentences: readonly SentenceRef[];
  /** The paragraph document of each sentence document. */
  readonly sentenceParagraph: Int32Array;
  /** Paragraph document id → first sentence document id. */
  readonly firstSentence: Int32Array;
  readonly paragraphIndex: TfIdfIndex;
  readonly sentenceIndex: TfIdfIndex;
  /** The weighting each index was built with (needed to score candidates exactly). */
  readonly weighting: { readonly paragraph: Weighting; readonly sentence: Weighting };
  /** Average document length, in terms, of each index. */
  readonly averageLength: { readonly paragraph: number; readonly sentence: number };
  /** Words a question may be widened with. */
  readonly thesaurus: Thesaurus;
  /** How English words of a question become Italian index terms. */
  readonly bilingual: BilingualLexicon;
  /** General Italian synonyms the re-ranker weighs (synonyms.ts). */
  readonly synonyms: Synonyms;
  /** Terms the corpus writes with a capital inside a sentence: names ("Turow", "Llama", "OpenAI"). */
  readonly names: ReadonlySet<string>;
  /**
   * Indexed terms spelt almost like a term (one or two edits, by length), for typos and odd inflections.
   * The trigram index it searches is built with the passage index.
   * @param term - an analysed term the index does not hold
   * @returns close terms, closest first (at most 3)
   */
  similarTerms(term: string): readonly string[];
}

/** Weighting used for each granularity, and where query expansions come from. */
export interface PassageIndexOptions {
  readonly paragraph?: WeightingOptions;
  readonly sentence?: WeightingOptions;
  /** The thesaurus, loaded outside the core (src/lexicons.ts); default: none. */
  readonly thesaurus?: Thesaurus;
  /** The English→Italian lexicon, loaded outside the core (src/lexicons.ts); default: none (words tried as written). */
  readonly bilingual?: BilingualLexicon;
  /** General Italian synonyms, loaded outside the core (src/lexicons.ts); default: none. */
  readonly synonyms?: Synonyms;
  /** Whether a section's title counts as words of each of its paragraphs (default true). */
  readonly sectionTitles?: boolean;
  /**
   * Where a built index is kept between runs: an index stored for exactly these articles is read back instead of
   * being built, and a built one is handed over to be stored.
   */
  readonly cache?: PassageIndexCache;
}

/**
 * What a passage index is made of besides the articles, as plain arrays and strings: enough to read it back with
 * {@link passageIndexFromData} without analysing or indexing anything (see src/core/indexSnapshot.ts for its bytes).
 */
export interface PassageIndexData {
  /** The settings it was built with; an index is only read back for the same ones. */
  readonly settings: { readonly weighting: { readonly paragraph: Weighting; readonly sentence: Weighting }; readonly sectionTitles: boolean };
  readonly paragraph: TfIdfIndexData;
  readonly sentence: TfIdfIndexData;
  /** Terms written as names, in the order first seen. */
  readonly names: readonly string[];
  /**
   * The same names as ids in the paragraph vocabulary, when known (an index read back): names are then told by their
   * id, without making a set of their strings.
   */
  readonly nameIds?: Int32Array;
  /** The typo index: the vocabulary it covers (by document id) and its character-trigram index. */
  readonly vocabulary: { readonly terms: readonly string[]; readonly grams: TfIdfIndexData };
}

/** Keeps built indexes between runs (a snapshot cache, src/snapshotCache.ts). */
export interface PassageIndexCache {
  /**
   * The index stored for exactly these articles (same files, same contents, same Brano and lexicons), if any.
   * @param articles - the corpus, in order
   * @returns the stored index, or undefined
   */
  load(articles: readonly Article[]): PassageIndexData | undefined;
  /**
   * Stores an index just built for these articles (a cache that cannot write, or does not know the articles, skips it).
   * @param articles - the corpus, in order
   * @param data - the index
   */
  save(articles: readonly Article[], data: PassageIndexData): void;
}

/**
 * The weighting chosen by measurement on test/fixtures/questions.it.jsonl and the sample set: a grid over
 * k1 ∈ {0.6–1.8} and b ∈ {0.2–0.9} for each granularity left these values at the top (the surface is flat).
 */
export const DEFAULT_WEIGHTING: { readonly paragraph: Weighting; readonly sentence: Weighting } = {
  paragraph: { k1: 1.2, b: 0.75 },
  sentence: { k1: 1.2, b: 0.5 },
};

/**
 * The title over a paragraph, as written: the article's title over an article without headings and over the lead
 * of one with headings, else its section's title (none over a section made up by the loader).
 * @param article - the article
 * @param paragraph - one of its paragraphs
 * @returns the title's text, and whether it is the article's, or undefined
 */
export function titleOver(article: Article, paragraph: Paragraph): { readonly text: string; readonly article: boolean } | undefined {
  if (hasAutomaticSections(article)) return { text: article.meta.title, article: true };
  const section = article.sections.find((s) => s.id === paragraph.sectionId);
  if (!section || section.automatic) return undefined;
  return section.lead ? { text: article.meta.title, article: true } : { text: section.title, article: false };
}

/**
 * The terms a section title adds to each of its paragraphs.
 * @param article - the article
 * @param paragraph - one of its paragraphs
 * @returns analysed terms of its section's title (empty for a section made up by the loader)
 */
export function sectionTitleTerms(article: Article, paragraph: Paragraph): string[] {
  // Automatic titles add nothing (and reading them would segment the article); in an article without headings the
  // article's title heads each of its paragraphs, and counts twice over the lead it sums up: a news title often names
  // the place or the person the body then leaves implicit ("Palazzo in fiamme, panico a Volla" over "Il neo sindaco
  // eletto Andrea Viscovo …", "In Kenya…" over a lead that says "Nairobi"), and in a folder of articles it tells a
  // paragraph's article from the others (SQuAD-it dev, whole folder: R@1 0.786 → 0.794, R@3 0.885 → 0.895, with the
  // title over the lead alone; each question asked of its own article, where every paragraph shares the title, R@3
  // 0.902 → 0.900 and Answer@1 0.758 → 0.760). In an article with headings, the paragraphs before the first one (its
  // lead, under "Introduzione") are headed by the article's title the same way.
  return [...headingTerms(article, paragraph), ...introTerms(article, paragraph)];
}

/** The terms of the title over a paragraph and of its article's source, the same over every paragraph of a section. */
function headingTerms(article: Article, paragraph: Paragraph): string[] {
  const title = titleOver(article, paragraph);
  const source = sourceTerms(article);
  if (title === undefined) return [...source];
  const terms = analyze(title.text, articleLang(article)).map((t) => t.term);
  return [...(title.article && paragraph.number === 1 ? [...terms, ...terms] : terms), ...source];
}

/**
 * The words of a paragraph that only announces the next one's words, a sentence ending with a colon ("In merito
 * interviene il vulcanologo Marco Neri:", "Di seguito il comunicato del sindaco:"): they head the paragraph it
 * announces, as a title does, so that a question naming the speaker finds what was said.
 * @param article - the article
 * @param paragraph - one of its paragraphs
 * @returns the announcing paragraph's terms, or none
 */
export function introTerms(article: Article, paragraph: Paragraph): string[] {
  // (read alone, as the paragraphs an answer weighs are: an article not read yet is not read whole; its shape tells a
  // paragraph of more than one sentence without making it)
  const shape = articleShape(article);
  if (paragraph.number < 2 || (shape && shape[paragraph.number - 2] !== 1)) return [];
  const before = paragraphAt(article, paragraph.number - 2);
  if (!before || before.sentences.length !== 1 || !/:\s*$/u.test(before.text)) return [];
  return analyze(before.text, articleLang(article)).map((t) => t.term);
}

// The words a source's name is made of stand over each of its paragraphs, as its title's do: a local paper is named
// after the place its articles seldom write ("La Gazzetta d'Asti", "Buongiorno Novara", "NewsRimini": "chi è
// l'assessore al commercio di Asti?" asked of a piece that never writes "Asti"). Its capitalised words only, split
// at inner capitals; a name in capitals ("ANSA") or in lower case ("veb.it") says nothing of a place, nor do the notes
// after the name, in brackets or after a comma ("SQuAD-it (Wikipedia), CC BY-SA 4.0" names a dataset and its licence).
const sourceCache = new WeakMap<Article, readonly string[]>();
function sourceTerms(article: Article): readonly string[] {
  let terms = sourceCache.get(article);
  if (!terms) {
    const name = (article.meta.source ?? '').replace(/\s*\(.*$/su, '').replace(/,.*$/su, '');
    const words = name.match(/\p{Lu}\p{Ll}{2,}/gu) ?? [];
    sourceCache.set(article, (terms = [...new Set(analyze(words.join(' '), articleLang(article)).map((t) => t.term))]));
  }
  return terms;
}

const trigrams = (term: string): string[] => {
  const padded = `^${term}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
};

// The index of terms as documents of their trigrams: `TfIdfIndex.build(terms.map(trigrams), { k1: 0, b: 0 })`, without
// holding every term's trigrams as strings at once (a large corpus's vocabulary has millions of them).
function trigramIndex(terms: readonly string[]): TfIdfIndex {
  let total = 0;
  for (const term of terms) total += term.length; // `^term$` has as many trigrams as the term has characters
  const stream = new Int32Array(total);
  const lengths = new Uint32Array(terms.length);
  const ids = new Map<string, number>();
  const grams: string[] = [];
  let at = 0;
  for (let d = 0; d < terms.length; d++) {
    const padded = `^${terms[d]!}$`;
    for (let i = 0; i + 3 <= padded.length; i++) {
      const g = padded.slice(i, i + 3);
      let id = ids.get(g);
      if (id === undefined) {
        id = grams.length;
        ids.set(g, id);
        grams.push(g);
      }
      stream[at++] = id;
    }
    lengths[d] = padded.length - 2;
  }
  return TfIdfIndex.buildFromIds(stream, lengths, (id) => grams[id]!, { k1: 0, b: 0 });
}

/**
 * Optimal-string-alignment distance (edits, counting a swap of two neighbours as one), stopping early above `max`.
 * @param a - a string
 * @param b - another string
 * @param max - the largest distance of interest
 * @returns the distance, or max + 1 when larger
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Builds the paragraph and sentence indexes. Section titles are indexed with their paragraphs' text, so
 * a question about "la licenza" reaches the paragraphs under the heading that names it.
 * @param articles - the parsed corpus
 * @param options - weighting per granularity, thesaurus
 * @returns the passage index
 * @example
 * const index = buildPassageIndex(loadCorpus('corpus'));
 * index.paragraphs.length // 16
 */
export function buildPassageIndex(articles: readonly Article[], options: PassageIndexOptions = {}): PassageIndex {
  const steps = passageIndexSteps(articles, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * `buildPassageIndex` in steps, for a caller that gives the event loop a turn in between: the generator pauses
 * after analysing each article and between the final index builds, and returns the same index.
 * @param articles - the parsed corpus
 * @param options - weighting per granularity, thesaurus
 * @returns a generator whose return value is the passage index
 * @example
 * const steps = passageIndexSteps(articles);
 * let step = steps.next();
 * while (!step.done) { await turn(); step = steps.next(); }
 * const index = step.value;
 */
export function* passageIndexSteps(articles: readonly Article[], options: PassageIndexOptions = {}): Generator<void, PassageIndex, void> {
  const settings = indexSettings(options);
  const stored = options.cache?.load(articles);
  if (stored) {
    const index = passageIndexFromData(articles, repairable(articles, stored, options, settings), options);
    if (index) return index;
  }
  const index = yield* buildSteps(articles, options, settings);
  options.cache?.save(articles, passageIndexData(index));
  return index;
}

/**
 * Stored content whose lazily read postings, should a term's turn out damaged, are taken from the index built again
 * from the articles (which is then stored in place of the damaged one).
 */
function repairable(articles: readonly Article[], data: PassageIndexData, options: PassageIndexOptions, settings: PassageIndexData['settings']): PassageIndexData {
  let fresh: PassageIndexData | undefined;
  const rebuild = (): PassageIndexData => {
    if (!fresh) {
      const steps = buildSteps(articles, options, settings);
      let step = steps.next();
      while (!step.done) step = steps.next();
      fresh = passageIndexData(step.value);
      options.cache?.save(articles, fresh);
    }
    return fresh;
  };
  const withRepair = (index: TfIdfIndexData, pick: (built: PassageIndexData) => TfIdfIndexData): TfIdfIndexData => {
    const source = index.postings;
    if (!source) return index;
    return { ...index, postings: { read: (term, docs, impacts) => source.read(term, docs, impacts), repair: () => pick(rebuild()) } };
  };
  return {
    ...data,
    paragraph: withRepair(data.paragraph, (built) => built.paragraph),
    sentence: withRepair(data.sentence, (built) => built.sentence),
    vocabulary: { terms: data.vocabulary.terms, grams: withRepair(data.vocabulary.grams, (built) => built.vocabulary.grams) },
  };
}

const sameWeighting = (a: Weighting, b: Weighting) => a.k1 === b.k1 && a.b === b.b;

function indexSettings(options: PassageIndexOptions): PassageIndexData['settings'] {
  return {
    weighting: {
      paragraph: { ...DEFAULT_WEIGHTING.paragraph, ...options.paragraph },
      sentence: { ...DEFAULT_WEIGHTING.sentence, ...options.sentence },
    },
    sectionTitles: options.sectionTitles ?? true,
  };
}

// What an index keeps for `passageIndexData` beyond its public fields.
const indexParts = new WeakMap<PassageIndex, { readonly settings: PassageIndexData['settings']; readonly vocabulary: Vocabulary }>();

interface Vocabulary {
  readonly terms: readonly string[];
  readonly grams: TfIdfIndex;
}

/**
 * A passage index's content, for storing it (see {@link PassageIndexCache}).
 * @param index - an index built by this module
 * @returns its arrays and strings
 * @throws Error when the index was not built here
 */
export function passageIndexData(index: PassageIndex): PassageIndexData {
  const parts = indexParts.get(index);
  if (!parts) throw new Error('passageIndexData: not an index built by buildPassageIndex');
  return {
    settings: parts.settings,
    paragraph: index.paragraphIndex.toData(),
    sentence: index.sentenceIndex.toData(),
    names: [...index.names],
    vocabulary: { terms: parts.vocabulary.terms, grams: parts.vocabulary.grams.toData() },
  };
}

// A paragraph of an article not read yet: the article's paragraphs are read on first use of `paragraph`.
class UnreadParagraphRef implements ParagraphRef {
  constructor(
    readonly article: Article,
    private readonly at: number,
  ) {}
  get paragraph(): Paragraph {
    const p = paragraphAt(this.article, this.at);
    if (!p) throw new Error(`passage index: ${this.article.file} has no paragraph ${this.at + 1}`);
    return p;
  }
}

/**
 * The passage index of a corpus read back from its stored content: the same index {@link buildPassageIndex} builds
 * for these articles and options, without analysing or indexing.
 * @param articles - the corpus the data was stored for, in the same order
 * @param data - the stored content
 * @param options - the options it must have been built with (weighting, section titles), and the thesaurus
 * @returns the index, or undefined when the data does not fit the articles or the options
 */
export function passageIndexFromData(articles: readonly Article[], data: PassageIndexData, options: PassageIndexOptions = {}): PassageIndex | undefined {
  const settings = indexSettings(options);
  if (
    settings.sectionTitles !== data.settings.sectionTitles ||
    !sameWeighting(settings.weighting.paragraph, data.settings.weighting.paragraph) ||
    !sameWeighting(settings.weighting.sentence, data.settings.weighting.sentence)
  ) {
    return undefined;
  }
  // An article not read yet (served from a snapshot) is indexed by its shape; its paragraphs are read when shown.
  const shapes = articles.map((article) => (paragraphsMade(article) ? undefined : articleShape(article)));
  let paragraphCount = 0;
  let sentenceCount = 0;
  articles.forEach((article, i) => {
    const shape = shapes[i];
    if (shape) {
      paragraphCount += shape.length;
      for (let k = 0; k < shape.length; k++) sentenceCount += shape[k]!;
    } else {
      paragraphCount += article.paragraphs.length;
      for (const paragraph of article.paragraphs) sentenceCount += paragraph.sentences.length;
    }
  });
  // Typed arrays of their exact size: a corpus has hundreds of thousands of sentences.
  const paragraphs = new Array<ParagraphRef>(paragraphCount);
  const sentenceParagraph = new Int32Array(sentenceCount);
  const first = new Int32Array(paragraphCount);
  let doc = 0;
  let sentence = 0;
  articles.forEach((article, i) => {
    const shape = shapes[i];
    const count = shape ? shape.length : article.paragraphs.length;
    for (let k = 0; k < count; k++, doc++) {
      paragraphs[doc] = shape ? new UnreadParagraphRef(article, k) : { article, paragraph: article.paragraphs[k]! };
      first[doc] = sentence;
      const n = shape ? shape[k]! : article.paragraphs[k]!.sentences.length;
      sentenceParagraph.fill(doc, sentence, sentence + n);
      sentence += n;
    }
  });
  try {
    const paragraphIndex = TfIdfIndex.fromData(data.paragraph);
    const sentenceIndex = TfIdfIndex.fromData(data.sentence, { index: paragraphIndex, terms: data.paragraph.terms });
    const grams = TfIdfIndex.fromData(data.vocabulary.grams);
    if (paragraphIndex.size !== paragraphs.length || sentenceIndex.size !== sentenceParagraph.length || grams.size !== data.vocabulary.terms.length) return undefined;
    return assembleIndex({
      articles,
      paragraphs,
      sentenceParagraph,
      first,
      paragraphIndex,
      sentenceIndex,
      settings,
      names: data.nameIds ? new NameSet(paragraphIndex, data.nameIds, data.names) : new Set(data.names),
      vocabulary: { terms: data.vocabulary.terms, grams },
      thesaurus: options.thesaurus,
      bilingual: options.bilingual,
      synonyms: options.synonyms,
    });
  } catch {
    return undefined;
  }
}

/**
 * The names of an index read back, told by their id in the paragraph vocabulary; the set of their strings is made only
 * for the uses that list them.
 */
class NameSet implements ReadonlySet<string> {
  private readonly flags: Uint8Array;
  private all: Set<string> | undefined;
  constructor(
    private readonly index: TfIdfIndex,
    ids: Int32Array,
    private readonly list: readonly string[],
  ) {
    this.flags = new Uint8Array(index.vocabularySize);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (id >>> 0 >= this.flags.length) throw new RangeError('passage index: a name outside the vocabulary');
      this.flags[id] = 1;
    }
    if (ids.length !== list.length) throw new RangeError('passage index: names and their ids differ');
  }
  private strings(): Set<string> {
    return (this.all ??= new Set(this.list));
  }
  has(term: string): boolean {
    const id = this.index.termIdOf(term);
    return id !== undefined && this.flags[id] === 1;
  }
  get size(): number {
    return this.strings().size;
  }
  forEach(fn: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const v of this.strings()) fn.call(thisArg, v, v, this);
  }
  entries(): SetIterator<[string, string]> {
    return this.strings().entries();
  }
  keys(): SetIterator<string> {
    return this.strings().keys();
  }
  values(): SetIterator<string> {
    return this.strings().values();
  }
  [Symbol.iterator](): SetIterator<string> {
    return this.strings()[Symbol.iterator]();
  }
}

function* buildSteps(articles: readonly Article[], options: PassageIndexOptions, settings: PassageIndexData['settings']): Generator<void, PassageIndex, void> {
  const paragraphs: ParagraphRef[] = [];
  const first: number[] = [];
  const withTitles = settings.sectionTitles;
  // The paragraph index and the sentence index are built side by side, in two sweeps over the corpus, article by
  // article. Each document's term ids (the shared dictionary's: a paragraph's section-title terms, then its own; a
  // sentence's own) are handed to its index's builder straight from the paragraph's analysis: no stream of the whole
  // corpus's ids is made.
  const weighting = settings.weighting;
  const paragraphBuilder = new TfIdfIndexBuilder(termOf, weighting.paragraph);
  const sentenceBuilder = new TfIdfIndexBuilder(termOf, weighting.sentence);
  let scratch = new Int32Array(1024);
  // Hands a paragraph's documents to the builders (`count` in the first sweep, `fill` in the second).
  const handOver = (title: readonly number[], packed: PackedParagraph, sweep: 'count' | 'fill') => {
    const n = packed[0]!;
    const length = title.length + packedTermCount(packed);
    if (length > scratch.length) scratch = new Int32Array(Math.max(length, 2 * scratch.length));
    let at = 0;
    for (const id of title) scratch[at++] = id;
    for (let i = 0; i < n; i++) {
      const from = at;
      for (let k = packed[1 + i]!; k < packed[2 + i]!; k++) scratch[at++] = packed[n + 2 + k * 3]!;
      sentenceBuilder[sweep](scratch, from, at);
    }
    paragraphBuilder[sweep](scratch, 0, at);
  };

  // First sweep: each paragraph analysed once (the analysis is kept, see sentenceTerms.ts), its documents counted,
  // and the names noted.
  const titles: (readonly number[])[] = [];
  const noTitle: readonly number[] = [];
  const sentenceDocs = new IdStream();
  const names = new Set<string>();
  for (const article of articles) {
    const lang = articleLang(article);
    const titleIds = new Map<string, readonly number[]>();
    const automatic = hasAutomaticSections(article);
    for (const paragraph of article.paragraphs) {
      const doc = paragraphs.length;
      paragraphs.push({ article, paragraph });
      first.push(sentenceDocs.length);
      // Automatic titles add nothing; reading an automatic section id would segment the article.
      let ids = noTitle;
      if (withTitles && !automatic) {
        const key = paragraph.number === 1 ? '\0lead' : paragraph.sectionId;
        const known = titleIds.get(key);
        if (known) ids = known;
        else titleIds.set(key, (ids = headingTerms(article, paragraph).map(termId)));
      } else if (withTitles) {
        // (an article without headings: its title, the same over each paragraph after the lead, worked out once)
        const key = paragraph.number === 1 ? 'lead' : '';
        ids = titleIds.get(key) ?? headingTerms(article, paragraph).map(termId);
        titleIds.set(key, ids);
      }
      // (a paragraph announced by the one before it adds that one's words: `introTerms`)
      const intro = withTitles ? introTerms(article, paragraph) : [];
      if (intro.length) ids = [...ids, ...intro.map(termId)];
      titles.push(ids);
      withPackedTerms(paragraph, lang, (packed) => {
        const n = packed[0]!;
        for (let i = 0; i < n; i++) sentenceDocs.push(doc);
        const end = n + 2 + 3 * packedTermCount(packed);
        for (let base = n + 2; base < end; base += 3) if (packed[base + 2]! & NAME_FLAG) names.add(termOf(packed[base]!));
        handOver(ids, packed, 'count');
      });
    }
    yield;
  }
  const sentenceParagraph = sentenceDocs.take();

  // Second sweep: the same documents again, read from the kept analyses, into the postings.
  for (let doc = 0; doc < paragraphs.length; ) {
    const article = paragraphs[doc]!.article;
    const lang = articleLang(article);
    for (; doc < paragraphs.length && paragraphs[doc]!.article === article; doc++) {
      const title = titles[doc]!;
      withPackedTerms(paragraphs[doc]!.paragraph, lang, (packed) => handOver(title, packed, 'fill'));
    }
    yield;
  }
  const paragraphIndex = paragraphBuilder.finish();
  yield;
  const sentenceIndex = sentenceBuilder.finish();
  yield;

  // The vocabulary as documents of character trigrams: a typo shares most trigrams with the word meant. Built with
  // the index, so the first misspelt question waits no longer than the next. The paragraph index lists its terms in
  // order of first appearance in the corpus.
  const vocabularyTerms = paragraphIndex.toData().terms.filter((t) => !/\d/.test(t) && t.length >= 3);
  const vocabulary = { terms: vocabularyTerms, grams: trigramIndex(vocabularyTerms) };
  return assembleIndex({ articles, paragraphs, sentenceParagraph, first, paragraphIndex, sentenceIndex, settings, names, vocabulary, thesaurus: options.thesaurus, bilingual: options.bilingual, synonyms: options.synonyms });
}

/** A growing run of integers in a typed array (a corpus's term stream holds millions: no boxed JavaScript array). */
class IdStream {
  private data = new Int32Array(1024);
  length = 0;
  push(x: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = x;
  }
  /** The integers pushed, as an array of their exact length; the stream is emptied. */
  take(): Int32Array {
    const out = this.data.slice(0, this.length);
    this.data = new Int32Array(0);
    this.length = 0;
    return out;
  }
}

interface IndexParts {
  readonly articles: readonly Article[];
  readonly paragraphs: ParagraphRef[];
  readonly sentenceParagraph: Int32Array;
  /** Each paragraph document's first sentence document. */
  readonly first: readonly number[] | Int32Array;
  readonly paragraphIndex: TfIdfIndex;
  readonly sentenceIndex: TfIdfIndex;
  readonly settings: PassageIndexData['settings'];
  readonly names: ReadonlySet<string>;
  readonly vocabulary: Vocabulary;
  readonly thesaurus: Thesaurus | undefined;
  readonly bilingual: BilingualLexicon | undefined;
  readonly synonyms: Synonyms | undefined;
}

// The index object over its parts, built or read back.
function assembleIndex(parts: IndexParts): PassageIndex {
  const { articles, paragraphs, sentenceParagraph, first, paragraphIndex, sentenceIndex, settings, names, vocabulary } = parts;
  const firstSentence = first instanceof Int32Array ? first : Int32Array.from(first);
  let sentences: SentenceRef[] | undefined;
  const pTotal = paragraphIndex.totalLength;
  const sTotal = sentenceIndex.totalLength;
  const averageLength = {
    paragraph: paragraphs.length ? pTotal / paragraphs.length || 1 : 1,
    sentence: sentenceParagraph.length ? sTotal / sentenceParagraph.length || 1 : 1,
  };
  const similarCache = new Map<string, readonly string[]>();

  const index: PassageIndex = {
    articles,
    paragraphs,
    get sentences() {
      return (sentences ??= Array.from(sentenceParagraph, (paragraphDoc, doc) => ({ paragraphDoc, sentence: doc - firstSentence[paragraphDoc]! })));
    },
    sentenceParagraph,
    firstSentence,
    paragraphIndex,
    sentenceIndex,
    weighting: settings.weighting,
    averageLength,
    thesaurus: parts.thesaurus ?? new Thesaurus(),
    bilingual: parts.bilingual ?? { entries: new Map(), maxWords: 1 },
    synonyms: parts.synonyms ?? NO_SYNONYMS,
    names,
    similarTerms(term) {
      const cached = similarCache.get(term);
      if (cached) return cached;
      let out: string[] = [];
      if (term.length >= 5 && !/\d/.test(term)) {
        const max = term.length >= 8 ? 2 : 1;
        const v = vocabulary;
        const hits = v.grams.search(
          trigrams(term).map((g) => ({ term: g, weight: 1 })),
          50,
        );
        out = hits
          .map((h) => ({ t: v.terms[h.doc]!, d: editDistance(term, v.terms[h.doc]!, max) }))
          .filter((x) => x.d <= max)
          .sort((a, b) => a.d - b.d || paragraphIndex.idf(a.t) - paragraphIndex.idf(b.t))
          .slice(0, 3)
          .map((x) => x.t);
      }
      if (similarCache.size > 10_000) similarCache.clear();
      similarCache.set(term, out);
      return out;
    },
  };
  indexParts.set(index, { settings, vocabulary });
  return index;
}
