/**
 * Extractive summaries: the article's own sentences, verbatim, in document order, each with its ¶.
 *
 * A sentence's salience blends four signals, each scaled to [0, 1] within the text being summarised:
 * - centrality: LexRank (continuous, Erkan & Radev 2004) over TF-IDF cosine similarity between sentences, with a
 *   position prior (earlier is likelier) as the random walk's teleport distribution;
 * - facts: the figures and names it carries, since a summary should say who, what and how much;
 * - heading: similarity to its section's heading, the editor's own summary of the section (Edmundson's title
 *   method); for automatic sections the heading is made of the section's most distinctive words;
 * - position: the same prior, directly.
 * A sentence that leans on the one before (a demonstrative, a connective, or in Italian a verb with no subject:
 * "Questa volta è …", "Ha il supporto di …") weighs less on its own, and is taken along with a picked sentence it
 * follows when short. Sentences are picked greedily by Maximal Marginal Relevance (Carbonell & Goldstein 1998)
 * on salience per unit of (softened) length — the budget is in characters — minus similarity to what is already
 * picked, minus a charge for each sentence already taken from the same section, so a whole-article summary
 * spreads over its sections; a section summary instead earns a bonus for each word of its heading it covers,
 * since headings list what a section treats ("dati, licenza e regole d’uso"). Every summary fits
 * `SUMMARY_MAX_CHARS`.
 *
 * A topic summary ranks by relevance instead: the query's BM25 score in the passage index, at paragraph and
 * sentence level, drawing only on the paragraphs really about the topic (scoring at least half the best one and
 * holding most of the query's words), preferring sentences that cover query words not yet covered, and filling
 * up with their neighbours from those paragraphs when few sentences name the topic.
 *
 * The weights (`DEFAULT_TUNING`) were chosen on the seed article in the middle of a plateau rather than at a
 * single best point: the long summary keeps the same key facts when any one weight is scaled by ×0.5 to ×1.5
 * (λ by ×0.75 to ×1.5).
 */
import { tokenize, analyze, type Lang } from './analysis.js';
import { queryTerms } from './ask.js';
import type { PassageIndex } from './passageIndex.js';
import { rankSections, SECTION_MATCH_THRESHOLD } from './sectionLookup.js';
import { cosine, inverseDocumentFrequencies, tfidfVector, type SparseVector } from './termVectors.js';
import type { Article, Paragraph, Section, SummaryLength, SummaryOptions, SummaryResult } from './types.js';

/** The most characters a summary's sentences add up to. */
export const SUMMARY_MAX_CHARS = 1500;

/** How many sentences each length aims for (fewer when the text is short or the budget is spent). */
export const SUMMARY_SIZES: Readonly<Record<SummaryLength, { readonly min: number; readonly max: number }>> = {
  short: { min: 2, max: 3 },
  medium: { min: 4, max: 5 },
  long: { min: 6, max: 8 },
};

/** A paragraph counts as being about a topic when it scores at least this share of the best paragraph… */
const TOPIC_PARAGRAPH_SHARE = 0.5;
/** …and holds at least this share of the query words (by idf) that the best-covering paragraph holds. */
const TOPIC_COVERAGE_SHARE = 0.6;

/** One candidate sentence. */
interface Unit {
  readonly paragraph: Paragraph;
  readonly sentence: number;
  readonly text: string;
  readonly section: string;
  /** Position in the article, from 0. */
  readonly order: number;
  readonly vector: SparseVector;
  /** Names and figures it mentions. */
  readonly facts: number;
  /** Relative position in the article, 0 (first) to 1 (last). */
  readonly place: number;
  /** Whether it leans on the sentence before it ("Questa volta è …", "Afferma che …"). */
  readonly dependent: boolean;
}

/** What is computed once per article. */
interface ArticleModel {
  readonly article: Article;
  readonly lang: Lang;
  readonly units: readonly Unit[];
  readonly headingVectors: ReadonlyMap<string, SparseVector>;
}

/** Weights of the salience signals and of the selection, for tuning and experiments. */
export interface SummaryTuning {
  /** LexRank centrality. */
  readonly centrality: number;
  /** Names and figures. */
  readonly facts: number;
  /** Similarity to the section heading. */
  readonly heading: number;
  /** Position prior. */
  readonly position: number;
  /** MMR λ: salience against redundancy. */
  readonly lambda: number;
  /** Charge per sentence already taken from the same section (whole-article summaries). */
  readonly sectionCharge: number;
  /** Salience multiplier of a sentence that leans on the one before ("Questa volta è …"). */
  readonly dependent: number;
  /** Selection divides salience by (length / mean length) to this power, so long sentences must earn their room. */
  readonly lengthExponent: number;
}

/** The tuning Brano uses. */
export const DEFAULT_TUNING: SummaryTuning = {
  centrality: 0.3,
  facts: 0.3,
  heading: 0.2,
  position: 0.15,
  lambda: 0.7,
  sectionCharge: 0.1,
  dependent: 0.8,
  lengthExponent: 0.3,
};

function langOf(article: Article): Lang {
  return article.meta.lang.startsWith('en') ? 'en' : 'it';
}

/**
 * Counts the facts a sentence carries: figures (numbers, percentages, years) count double, names (capitalised
 * words not standing first) count once, up to two, since a run of names is more often an introduction
 * ("Jon Turow, un investitore presso Madrona Ventures a Seattle") than news.
 * @param text - the sentence
 * @returns a small number, 0 for a sentence with neither
 */
function factCount(text: string): number {
  const figures = new Set<string>();
  const names = new Set<string>();
  const tokens = tokenize(text).filter((t) => t.kind !== 'compound');
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const capital = (x: typeof t | undefined) => !!x && x.kind === 'word' && /^\p{Lu}/u.test(x.surface);
    if (t.kind === 'number' || (t.kind === 'alnum' && /^\d/.test(t.lower))) {
      // A number right after a name is part of it ("Llama 2"), not a figure.
      if (capital(prev) && t.start - prev!.end === 1) names.add(`${prev!.lower} ${t.lower}`);
      else figures.add(t.lower);
    } else if (i > 0 && capital(t)) {
      names.add(t.lower);
    }
  });
  return 2 * Math.min(figures.size, 2) + Math.min(names.size, 2);
}

// Openings that refer back to the previous sentence: demonstratives, pronouns, connectives, and (Italian
// drops the subject) a reporting verb with no one named.
const DEPENDENT_START: Record<Lang, RegExp> = {
  it: /^(?:questa|questo|queste|questi|ciò|tale|tali|egli|ella|essa|esso|essi|esse|lui|lei|loro|ma|e|anche|però|inoltre|anzi|ha|hanno|è|era|erano|sono|sta|stanno|non|afferma|dice|sostiene|crede|ritiene|aggiunge|spiega|sosteneva|diceva)(?![\p{L}\p{N}])/iu,
  en: /^(?:this|these|those|it|he|she|they|but|and|also|however|moreover|says|said)(?![\p{L}\p{N}])/iu,
};

function buildModel(article: Article): ArticleModel {
  const lang = langOf(article);
  const raw = article.paragraphs.flatMap((p) => p.sentences.map((s, i) => ({ p, i, text: s.text, terms: analyze(s.text, lang).map((t) => t.term) })));
  const idf = inverseDocumentFrequencies(raw.map((r) => r.terms));
  const n = Math.max(1, raw.length - 1);
  const units = raw.map((r, order) => ({
    paragraph: r.p,
    sentence: r.i,
    text: r.text,
    section: r.p.sectionId,
    order,
    vector: tfidfVector(r.terms, idf),
    facts: factCount(r.text),
    place: order / n,
    dependent: DEPENDENT_START[lang].test(r.text),
  }));
  const headingVectors = new Map<string, SparseVector>();
  for (const s of article.sections) {
    headingVectors.set(s.id, tfidfVector(analyze(s.title, lang).map((t) => t.term), idf));
  }
  return { article, lang, units, headingVectors };
}

/**
 * Where a sentence stands, as a weight: news puts what matters first.
 * @param u - the sentence
 * @returns a weight from 1 (last) to 1.5 (first)
 */
function positionPrior(u: Unit): number {
  return 1 + 0.5 * (1 - u.place);
}

/**
 * LexRank with a prior: the stationary distribution of a random walk over the sentence similarity graph that
 * jumps, with probability 1 − `damping`, to a sentence drawn from `prior`.
 * @param units - the sentences
 * @param weights - the teleport distribution (any positive scale)
 * @param damping - share of steps that follow similarity edges
 * @returns one centrality per sentence (sums to 1)
 */
function lexRank(units: readonly Unit[], weights: readonly number[], damping = 0.85): number[] {
  const n = units.length;
  if (!n) return [];
  const priorSum = weights.reduce((a, w) => a + w, 0);
  const prior = weights.map((w) => w / priorSum);
  const sim: number[][] = units.map(() => new Array<number>(n).fill(0));
  const rowSum = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const c = cosine(units[i]!.vector, units[j]!.vector);
      sim[i]![j] = c;
      sim[j]![i] = c;
      rowSum[i]! += c;
      rowSum[j]! += c;
    }
  }
  let rank = prior.slice();
  for (let iter = 0; iter < 100; iter++) {
    let dangling = 0;
    for (let j = 0; j < n; j++) if (!rowSum[j]) dangling += rank[j]!;
    const next = prior.map((p) => (1 - damping + damping * dangling) * p);
    for (let j = 0; j < n; j++) {
      if (!rowSum[j]) continue;
      const share = (damping * rank[j]!) / rowSum[j]!;
      const row = sim[j]!;
      for (let i = 0; i < n; i++) if (row[i]) next[i]! += share * row[i]!;
    }
    const delta = next.reduce((a, v, i) => a + Math.abs(v - rank[i]!), 0);
    rank = next;
    if (delta < 1e-9) break;
  }
  return rank;
}

function scaled(values: readonly number[]): number[] {
  const max = Math.max(0, ...values);
  return values.map((v) => (max > 0 ? v / max : 0));
}

/**
 * Salience of each sentence of a text (a whole article or one section).
 * @param model - the article's model
 * @param units - the sentences to rank
 * @param tuning - signal weights
 * @returns one score per sentence, in [0, 1]
 */
function salience(model: ArticleModel, units: readonly Unit[], tuning: SummaryTuning): number[] {
  const prior = units.map(positionPrior);
  const centrality = scaled(lexRank(units, prior));
  const facts = scaled(units.map((u) => u.facts));
  const headingRaw = units.map((u) => cosine(u.vector, model.headingVectors.get(u.section) ?? new Map<string, number>()));
  // Scaled within each section, so every section's best match to its heading stands out equally.
  const bestPerSection = new Map<string, number>();
  units.forEach((u, i) => bestPerSection.set(u.section, Math.max(bestPerSection.get(u.section) ?? 0, headingRaw[i]!)));
  const headings = units.map((u, i) => headingRaw[i]! / (bestPerSection.get(u.section) || 1));
  const position = scaled(prior);
  return units.map((u, i) => {
    let s =
      tuning.centrality * centrality[i]! +
      tuning.facts * facts[i]! +
      tuning.heading * headings[i]! +
      tuning.position * position[i]!;
    if (u.dependent) s *= tuning.dependent;
    // A fragment ("“Non so cosa succederà”.") rarely stands on its own in a summary.
    return u.text.length < 40 ? s * 0.5 : s;
  });
}

interface SelectOptions {
  readonly max: number;
  /** Weight of salience against redundancy (MMR λ). */
  readonly lambda: number;
  /** Charge per sentence already taken from the same section. */
  readonly sectionCharge: number;
  /** Query terms, for coverage in topic summaries. */
  readonly queryTerms?: readonly string[];
  /** Whether a short sentence that leans on a picked one comes along with it. */
  readonly bundle: boolean;
}

/** The longest follow-up sentence that is taken along with the sentence it leans on. */
const BUNDLE_MAX_CHARS = 120;

/**
 * Greedy MMR selection within the character budget.
 * @param units - candidates
 * @param scores - their salience or relevance
 * @param options - size, λ, section charge, query coverage
 * @returns the picked sentences in document order
 */
function select(units: readonly Unit[], scores: readonly number[], options: SelectOptions): Unit[] {
  const chosen: number[] = [];
  const covered = new Set<string>();
  let chars = 0;
  while (chosen.length < options.max) {
    let best = -1;
    let bestValue = -Infinity;
    units.forEach((u, i) => {
      if (chosen.includes(i) || chars + u.text.length > SUMMARY_MAX_CHARS) return;
      let redundancy = 0;
      let same = 0;
      for (const j of chosen) {
        redundancy = Math.max(redundancy, cosine(u.vector, units[j]!.vector));
        if (units[j]!.section === u.section) same++;
      }
      let coverage = 0;
      if (options.queryTerms?.length) {
        const fresh = options.queryTerms.filter((t) => !covered.has(t) && u.vector.has(t)).length;
        coverage = 0.3 * (fresh / options.queryTerms.length);
      }
      const value = options.lambda * scores[i]! - (1 - options.lambda) * redundancy - options.sectionCharge * same + coverage;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    });
    if (best < 0) break;
    const picked = [best];
    const next = units[best + 1];
    if (
      options.bundle &&
      next?.dependent &&
      next.paragraph === units[best]!.paragraph &&
      next.text.length <= BUNDLE_MAX_CHARS &&
      !chosen.includes(best + 1) &&
      chosen.length + 2 <= options.max &&
      chars + units[best]!.text.length + next.text.length <= SUMMARY_MAX_CHARS
    ) {
      // "Meta ha rilasciato Llama 2." + "Questa volta è open source …": the follow-up completes the statement.
      picked.push(best + 1);
    }
    for (const i of picked) {
      chosen.push(i);
      chars += units[i]!.text.length;
      for (const t of options.queryTerms ?? []) if (units[i]!.vector.has(t)) covered.add(t);
    }
  }
  return chosen.map((i) => units[i]!).sort((a, b) => a.order - b.order);
}

/** A section together with its article, as the lookup sees it. */
type ScopedSection = Section & { readonly article: string };

/** Summaries over a corpus; article models are built on first use and kept. */
export interface Summarizer {
  /**
   * Summarises an article, one of its sections, or a topic.
   * @param options - what to summarise and how long
   * @returns the summary, or why there is none
   */
  summarize(options?: SummaryOptions): SummaryResult;
}

/**
 * Creates the summarizer for a corpus.
 * @param articles - the corpus (with sections, automatic or written)
 * @param index - the passage index built from the same articles, for topic relevance
 * @param tuning - weights to override (experiments); Brano uses `DEFAULT_TUNING`
 * @returns the summarizer
 * @example
 * const { summarize } = createSummarizer(articles, buildPassageIndex(articles));
 * summarize({ section: 'licenza', length: 'short' }).kind // 'summary'
 */
export function createSummarizer(articles: readonly Article[], index: PassageIndex, tuning: Partial<SummaryTuning> = {}): Summarizer {
  const tune: SummaryTuning = { ...DEFAULT_TUNING, ...tuning };
  const models = new Map<string, ArticleModel>();
  const modelOf = (article: Article) => {
    let m = models.get(article.slug);
    if (!m) {
      m = buildModel(article);
      models.set(article.slug, m);
    }
    return m;
  };
  const docOf = new Map<string, number>();
  index.paragraphs.forEach((ref, doc) => docOf.set(`${ref.article.slug}\u0000${ref.paragraph.number}`, doc));

  const result = (model: ArticleModel, title: string, picked: readonly Unit[]): SummaryResult => ({
    kind: 'summary',
    title,
    article: model.article.slug,
    sentences: picked.map((u) => ({ article: model.article.slug, paragraph: u.paragraph.number, text: u.text })),
  });

  // Salience depends only on the text summarised (an article or a section), so it is computed once per text.
  const scoreCache = new Map<string, number[]>();
  const summarizeText = (model: ArticleModel, scope: string, units: readonly Unit[], length: SummaryLength, spread: boolean) => {
    const key = `${model.article.slug}\u0000${scope}`;
    let scores = scoreCache.get(key);
    if (!scores) {
      const mean = units.reduce((a, u) => a + u.text.length, 0) / Math.max(1, units.length);
      // Budgeted selection: salience per (softened) unit of length, as in budgeted maximum coverage.
      scores = salience(model, units, tune).map((x, i) => x / (units[i]!.text.length / mean) ** tune.lengthExponent);
      scoreCache.set(key, scores);
    }
    // A section's heading often lists what it covers ("dati, licenza e regole d’uso"): each word covered counts.
    const heading = spread ? [] : [...(model.headingVectors.get(scope)?.keys() ?? [])];
    return select(units, scores, {
      max: SUMMARY_SIZES[length].max,
      lambda: tune.lambda,
      sectionCharge: spread ? tune.sectionCharge : 0,
      bundle: true,
      ...(heading.length > 1 ? { queryTerms: heading } : {}),
    });
  };

  const summarizeTopic = (topic: string, candidates: readonly Article[], length: SummaryLength): SummaryResult => {
    interface TopicPick {
      model: ArticleModel;
      matched: Unit[];
      scores: number[];
      /** Sentences of the topic's paragraphs without query words, with their paragraph's relevance. */
      context: { unit: Unit; weight: number }[];
      top: number;
      terms: string[];
    }
    let best: TopicPick | undefined;
    for (const article of candidates) {
      const model = modelOf(article);
      const terms = queryTerms(topic.normalize('NFC'), model.lang);
      if (!terms.length) continue;
      const pScores = index.paragraphIndex.scoreAll(terms);
      const sScores = index.sentenceIndex.scoreAll(terms);
      const paragraphScore = (p: Paragraph) => pScores[docOf.get(`${article.slug}\u0000${p.number}`) ?? -1] ?? 0;
      const topP = Math.max(0, ...article.paragraphs.map(paragraphScore));
      if (topP <= 0) continue;
      // Share of the query's idf mass a paragraph holds: "Hugging Face" alone is not "WizardLM e le variazioni su Hugging Face".
      const totalIdf = terms.reduce((a, q) => a + index.paragraphIndex.idf(q.term), 0) || 1;
      const coverage = new Map<number, number>();
      for (const p of article.paragraphs) {
        const have = new Set(model.units.filter((u) => u.paragraph === p).flatMap((u) => [...u.vector.keys()]));
        coverage.set(p.number, terms.reduce((a, q) => a + (have.has(q.term) ? index.paragraphIndex.idf(q.term) : 0), 0) / totalIdf);
      }
      const topCoverage = Math.max(0, ...coverage.values());
      const matched: Unit[] = [];
      const rel: number[] = [];
      const context: { unit: Unit; weight: number }[] = [];
      for (const u of model.units) {
        const pScore = paragraphScore(u.paragraph);
        if (pScore < TOPIC_PARAGRAPH_SHARE * topP || (coverage.get(u.paragraph.number) ?? 0) < TOPIC_COVERAGE_SHARE * topCoverage) continue;
        const doc = docOf.get(`${article.slug}\u0000${u.paragraph.number}`);
        const sScore = doc === undefined ? 0 : (sScores[index.firstSentence[doc]! + u.sentence] ?? 0);
        if (sScore > 0) {
          matched.push(u);
          rel.push(sScore);
        } else {
          context.push({ unit: u, weight: pScore / topP });
        }
      }
      if (!matched.length) continue;
      const sentenceRel = scaled(rel);
      const scores = matched.map((u, i) => 0.6 * sentenceRel[i]! + 0.4 * (paragraphScore(u.paragraph) / topP));
      if (!best || topP > best.top) best = { model, matched, scores, context, top: topP, terms: terms.map((q) => q.term) };
    }
    if (!best) return { kind: 'no-match', topic };
    const size = SUMMARY_SIZES[length];
    const picked = select(best.matched, best.scores, { max: size.max, lambda: 0.8, sectionCharge: 0, queryTerms: best.terms, bundle: false });
    // Too few sentences name the topic: add the ones around them in the same paragraphs, which carry the rest of
    // what the article says about it ("… 700 milioni di utenti …" → "Non è chiaro il motivo, ma questa clausola …").
    let chars = picked.reduce((a, u) => a + u.text.length, 0);
    const rest = best.context.slice();
    while (picked.length < size.min && rest.length) {
      const next = (u: Unit) => picked.some((p) => p.paragraph === u.paragraph && Math.abs(p.sentence - u.sentence) === 1);
      const ranked = rest
        .filter((c) => chars + c.unit.text.length <= SUMMARY_MAX_CHARS)
        .map((c) => ({ c, score: c.weight * (next(c.unit) ? 1 : 0.5) }))
        .sort((x, y) => y.score - x.score || x.c.unit.order - y.c.unit.order);
      const choice = ranked[0];
      if (!choice) break;
      picked.push(choice.c.unit);
      chars += choice.c.unit.text.length;
      rest.splice(rest.indexOf(choice.c), 1);
    }
    return result(best.model, topic.trim(), picked.sort((x, y) => x.order - y.order));
  };

  return {
    summarize(options = {}) {
      let scope = articles;
      if (options.article !== undefined) {
        const a = articles.find((x) => x.slug === options.article);
        if (!a) return { kind: 'unknown-article', query: options.article, articles: articles.map((x) => x.slug) };
        scope = [a];
      }
      if (options.topic !== undefined && options.topic.trim()) {
        return summarizeTopic(options.topic, scope, options.length ?? 'medium');
      }
      if (options.section !== undefined) {
        const sections: ScopedSection[] = scope.flatMap((a) => a.sections.map((s) => ({ ...s, article: a.slug })));
        const match = rankSections(sections, options.section)[0];
        if (!match || match.score < SECTION_MATCH_THRESHOLD) {
          return { kind: 'unknown-section', query: options.section, sections };
        }
        const article = scope.find((a) => a.slug === match.section.article)!;
        const model = modelOf(article);
        const units = model.units.filter((u) => u.section === match.section.id);
        return result(model, match.section.title, summarizeText(model, match.section.id, units, options.length ?? 'medium', false));
      }
      const article = scope[0];
      if (!article) return { kind: 'unknown-article', query: '', articles: [] };
      const model = modelOf(article);
      return result(model, article.meta.title, summarizeText(model, '', model.units, options.length ?? 'long', true));
    },
  };
}
