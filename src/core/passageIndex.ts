/**
 * The passages of a corpus, indexed twice: whole paragraphs and single sentences. Answers fuse both, so a
 * paragraph ranks by its overall topic and the sentence inside it that says the answer is found.
 * The index also carries what query analysis needs: the thesaurus and a character-trigram view of the
 * vocabulary, for words typed with a slip or in an unusual form.
 */
import { analyze } from './analysis.js';
import { articleLang } from './corpus.js';
import { hasAutomaticSections } from './segmentation.js';
import { NAME_FLAG, packedSentenceTerms, termId, termOf } from './sentenceTerms.js';
import { TfIdfIndex, type WeightingOptions } from './tfidfIndex.js';
import { Thesaurus } from './thesaurus.js';
import type { BilingualLexicon } from './crossLingual.js';
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
  readonly sentences: readonly SentenceRef[];
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
  /** Whether a section's title counts as words of each of its paragraphs (default true). */
  readonly sectionTitles?: boolean;
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
 * The terms a section title adds to each of its paragraphs.
 * @param article - the article
 * @param paragraph - one of its paragraphs
 * @returns analysed terms of its section's title (empty for a section made up by the loader)
 */
export function sectionTitleTerms(article: Article, paragraph: Paragraph): string[] {
  // Automatic titles add nothing (and reading them would segment the article).
  if (hasAutomaticSections(article)) return [];
  const section = article.sections.find((s) => s.id === paragraph.sectionId);
  if (!section || section.automatic) return [];
  return analyze(section.title, articleLang(article)).map((t) => t.term);
}

const trigrams = (term: string): string[] => {
  const padded = `^${term}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
};

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
  const paragraphs: ParagraphRef[] = [];
  const sentences: SentenceRef[] = [];
  // Documents as streams of term ids (the shared dictionary's), one length per document: no per-document arrays.
  const pStream: number[] = [];
  const pLengths: number[] = [];
  const sStream: number[] = [];
  const sLengths: number[] = [];
  const first: number[] = [];
  const withTitles = options.sectionTitles ?? true;
  const names = new Set<string>();
  for (const article of articles) {
    const lang = articleLang(article);
    const titleIds = new Map<string, number[]>();
    const automatic = hasAutomaticSections(article);
    for (const paragraph of article.paragraphs) {
      const doc = paragraphs.length;
      paragraphs.push({ article, paragraph });
      first.push(sentences.length);
      const before = pStream.length;
      // Automatic titles add nothing; reading an automatic section id would segment the article.
      if (withTitles && !automatic) {
        let ids = titleIds.get(paragraph.sectionId);
        if (!ids) titleIds.set(paragraph.sectionId, (ids = sectionTitleTerms(article, paragraph).map(termId)));
        for (const id of ids) pStream.push(id);
      }
      const packed = packedSentenceTerms(paragraph, lang);
      const n = packed[0]!;
      for (let i = 0; i < n; i++) {
        const from = packed[1 + i]!;
        const to = packed[2 + i]!;
        for (let k = from; k < to; k++) {
          const base = n + 2 + k * 3;
          const id = packed[base]!;
          sStream.push(id);
          pStream.push(id);
          if (packed[base + 2]! & NAME_FLAG) names.add(termOf(id));
        }
        sentences.push({ paragraphDoc: doc, sentence: i });
        sLengths.push(to - from);
      }
      pLengths.push(pStream.length - before);
    }
    yield;
  }
  const weighting = {
    paragraph: { ...DEFAULT_WEIGHTING.paragraph, ...options.paragraph },
    sentence: { ...DEFAULT_WEIGHTING.sentence, ...options.sentence },
  };
  const paragraphIds = Int32Array.from(pStream);
  pStream.length = 0;
  const paragraphIndex = TfIdfIndex.buildFromIds(paragraphIds, Uint32Array.from(pLengths), termOf, weighting.paragraph);
  yield;
  const sTotal = sStream.length;
  const sentenceIndex = TfIdfIndex.buildFromIds(Int32Array.from(sStream), Uint32Array.from(sLengths), termOf, weighting.sentence);
  sStream.length = 0;
  yield;

  // The vocabulary as documents of character trigrams: a typo shares most trigrams with the word meant. Built with
  // the index, so the first misspelt question waits no longer than the next; the term streams are not kept.
  const seen = new Set<number>();
  const vocabularyTerms: string[] = [];
  for (const id of paragraphIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const t = termOf(id);
    if (!/\d/.test(t) && t.length >= 3) vocabularyTerms.push(t);
  }
  const vocabulary = { terms: vocabularyTerms, grams: TfIdfIndex.build(vocabularyTerms.map(trigrams), { k1: 0, b: 0 }) };
  const averageLength = {
    paragraph: pLengths.length ? paragraphIds.length / pLengths.length || 1 : 1,
    sentence: sLengths.length ? sTotal / sLengths.length || 1 : 1,
  };
  const similarCache = new Map<string, readonly string[]>();

  return {
    articles,
    paragraphs,
    sentences,
    firstSentence: Int32Array.from(first),
    paragraphIndex,
    sentenceIndex,
    weighting,
    averageLength,
    thesaurus: options.thesaurus ?? new Thesaurus(),
    bilingual: options.bilingual ?? { entries: new Map(), maxWords: 1 },
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
}
