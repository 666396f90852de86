/**
 * Automatic topic segmentation for articles written without `## ` headings.
 *
 * Segments are runs of whole paragraphs found by Utiyama & Isahara's (2001) statistical model: a split is good
 * when each segment's words are well predicted by that segment's own word distribution, and every extra segment
 * pays a price of log n. Dynamic programming finds the cheapest split, so the number of sections comes from the
 * text, with no similarity threshold to tune. On the seed article with its headings removed this places the
 * breaks closer to the editor's than TextTiling's depth scores over TF-IDF blocks did (Pk 0.33 against 0.60),
 * and it finds every break of a text with plain topic shifts. Each segment is titled with the noun phrase most
 * central to it ("Corrente alternata", "Colorado Springs"), in the form the article writes it.
 */
import { isStopword, stem, tokenize, type Lang } from './analysis.js';
import { articleLang, slugify } from './corpus.js';
import type { Article, Paragraph, Section } from './types.js';
import { officeNouns } from './speakerLexicon.js';
import { paragraphAt, paragraphCount, paragraphsMade, shareContentDigest, shareParagraphAt, shareShape } from './lazyArticle.js';

/** Tuning of the segmenter. */
export interface SegmentationOptions {
  /** Fewest paragraphs in a segment (default 2: a one-paragraph section is rarely a topic of its own). */
  readonly minParagraphs?: number;
  /** Articles with fewer paragraphs stay one section (default 6: a news item of five paragraphs or fewer tells one story; split in two, each half is titled by a phrase of two paragraphs, "Mese", "Processi"). */
  readonly minArticleParagraphs?: number;
  /** Multiplier of the per-segment cost log n in the statistical model (default 1). */
  readonly segmentPenalty?: number;
  /**
   * Most paragraphs in a segment (default 20): keeps sections of a readable size, and the search linear in the
   * article's length (each paragraph is compared with at most this many before it).
   */
  readonly maxParagraphs?: number;
}

const DEFAULT_MAX_PARAGRAPHS = 20;

/**
 * Optimal segmentation under Utiyama & Isahara's (2001) statistical model: each segment's words are drawn from
 * its own Laplace-smoothed unigram model, each segment costs log n, and dynamic programming finds the cheapest
 * split. The number of segments comes out of the model, with no threshold to tune.
 * @param paragraphs - each paragraph as its sentences, each sentence as its analysed terms
 * @param options - minimum segment size
 * @returns break numbers g, ascending: a new segment starts at ¶g+1
 */
export function segmentBoundaries(paragraphs: readonly (readonly (readonly string[])[])[], options: SegmentationOptions = {}): number[] {
  const minParagraphs = Math.max(1, options.minParagraphs ?? 2);
  const maxParagraphs = Math.max(minParagraphs, options.maxParagraphs ?? DEFAULT_MAX_PARAGRAPHS);
  const P = paragraphs.length;
  if (P < Math.max(2, options.minArticleParagraphs ?? 6)) return [];
  // Words as small integers, so counting needs no hashing.
  const ids = new Map<string, number>();
  const words = paragraphs.map((p) => {
    const flat = p.flat();
    const out = new Int32Array(flat.length);
    flat.forEach((w, x) => {
      let id = ids.get(w);
      if (id === undefined) ids.set(w, (id = ids.size));
      out[x] = id;
    });
    return out;
  });
  const vocabulary = ids.size;
  const total = words.reduce((a, w) => a + w.length, 0);
  const penalty = (options.segmentPenalty ?? 1) * Math.log(Math.max(2, total));
  // ln(f + 1) for every count f a word can reach.
  const ln = new Float64Array(total + 2);
  for (let f = 0; f < ln.length; f++) ln[f] = Math.log(f + 1);
  // cost(i, j) = Σ_w f_w · ln((n + k) / (f_w + 1)) = n · ln(n + k) − Σ_w f_w · ln(f_w + 1), for the words of
  // paragraphs i..j-1; growing j from each i keeps the second sum incremental. Segments are at most
  // `maxParagraphs` long, so the table is O(words · maxParagraphs): linear in the article.
  const cost: Float64Array[] = [];
  const counts = new Int32Array(vocabulary);
  for (let i = 0; i < P; i++) {
    let n = 0;
    let sum = 0;
    // row[m]: the cost of the segment of the m paragraphs from i.
    const row = new Float64Array(maxParagraphs + 1).fill(NaN);
    const last = Math.min(P, i + maxParagraphs);
    for (let j = i; j < last; j++) {
      for (const w of words[j]!) {
        const f = counts[w]!;
        sum += (f + 1) * ln[f + 1]! - f * ln[f]!;
        counts[w] = f + 1;
        n++;
      }
      row[j + 1 - i] = n * Math.log(n + vocabulary) - sum;
    }
    for (let j = i; j < last; j++) for (const w of words[j]!) counts[w] = 0;
    cost.push(row);
  }
  const best = new Array<number>(P + 1).fill(Infinity);
  const back = new Array<number>(P + 1).fill(0);
  best[0] = 0;
  for (let j = minParagraphs; j <= P; j++) {
    for (let i = Math.max(0, j - maxParagraphs); i <= j - minParagraphs; i++) {
      if (i > 0 && i < minParagraphs) continue;
      const c = best[i]! + cost[i]![j - i]! + penalty;
      if (Number.isNaN(c)) continue;
      if (c < best[j]!) {
        best[j] = c;
        back[j] = i;
      }
    }
  }
  const out: number[] = [];
  for (let j = P; j > 0; j = back[j]!) if (back[j]! > 0) out.push(back[j]!);
  return out.sort((a, b) => a - b);
}

/**
 * Pk (Beeferman et al. 1999): the probability that two units `k` apart are wrongly judged to be in the same or in
 * different segments. 0 is perfect; always answering "one segment" or "all boundaries" scores about 0.5.
 * @param reference - the true boundaries (break numbers, as from `segmentBoundaries`)
 * @param hypothesis - the found boundaries
 * @param units - number of units (paragraphs)
 * @param k - window; default half the mean reference segment length (at least 1)
 * @returns Pk in [0, 1]
 */
export function pk(reference: readonly number[], hypothesis: readonly number[], units: number, k?: number): number {
  const w = k ?? Math.max(1, Math.round(units / (reference.length + 1) / 2));
  const seg = (bounds: readonly number[]) => (i: number) => bounds.filter((b) => b < i).length;
  const r = seg(reference);
  const h = seg(hypothesis);
  let errors = 0;
  let total = 0;
  for (let i = 1; i + w <= units; i++) {
    total++;
    if ((r(i) === r(i + w)) !== (h(i) === h(i + w))) errors++;
  }
  return total ? errors / total : 0;
}

/**
 * WindowDiff (Pevzner & Hearst 2002): the share of windows of `k` units in which the number of boundaries differs.
 * @param reference - the true boundaries
 * @param hypothesis - the found boundaries
 * @param units - number of units
 * @param k - window; default as in `pk`
 * @returns WindowDiff in [0, 1]
 */
export function windowDiff(reference: readonly number[], hypothesis: readonly number[], units: number, k?: number): number {
  const w = k ?? Math.max(1, Math.round(units / (reference.length + 1) / 2));
  const count = (bounds: readonly number[], i: number) => bounds.filter((b) => b >= i && b < i + w).length;
  let errors = 0;
  let total = 0;
  for (let i = 1; i + w <= units; i++) {
    total++;
    if (count(reference, i) !== count(hypothesis, i)) errors++;
  }
  return total ? errors / total : 0;
}

/**
 * Boundary precision and recall with a tolerance: a found boundary counts when a true one lies within `tolerance`
 * units (each true boundary matched at most once).
 * @param reference - the true boundaries
 * @param hypothesis - the found boundaries
 * @param tolerance - allowed offset in units (default 1)
 * @returns precision and recall
 */
export function boundaryAgreement(
  reference: readonly number[],
  hypothesis: readonly number[],
  tolerance = 1,
): { precision: number; recall: number } {
  const free = new Set(reference);
  let hits = 0;
  for (const h of hypothesis) {
    const match = [...free].sort((a, b) => Math.abs(a - h) - Math.abs(b - h))[0];
    if (match !== undefined && Math.abs(match - h) <= tolerance) {
      hits++;
      free.delete(match);
    }
  }
  return {
    precision: hypothesis.length ? hits / hypothesis.length : reference.length ? 0 : 1,
    recall: reference.length ? hits / reference.length : 1,
  };
}

const MAX_TITLE = 100;

/**
 * A title of at most `MAX_TITLE` characters: whole when it fits, else cut at a word boundary with "…".
 * @param title - the article's title
 */
export function cutTitle(title: string): string {
  if (title.length <= MAX_TITLE) return title;
  const head = title.slice(0, MAX_TITLE - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > MAX_TITLE / 2 ? head.slice(0, space) : head).replace(/[\s,;:–—-]+$/u, '')}…`;
}
/** Titles longer than this read as sentences, not headings. */
const MAX_PHRASE_CHARS = 60;
/** Most words in a title: a name ("George Sylvester Viereck") or a noun with its modifier ("corrente alternata"). */
const MAX_PHRASE_WORDS = 3;

// Articles and articulated prepositions: the words after one are a noun (or an adjective and a noun), the kind of
// phrase a title is made of; adverbs and verbs ("oggi", "lavorano") never follow them.
const DETERMINER: Record<Lang, RegExp> = {
  it: /^(?:il|lo|la|i|gli|le|l|un|uno|una|del|dello|della|dei|degli|delle|dell|al|allo|alla|ai|agli|alle|all|dal|dallo|dalla|dai|dagli|dalle|dall|nel|nello|nella|nei|negli|nelle|nell|sul|sullo|sulla|sui|sugli|sulle|sull)$/,
  en: /^(?:the|a|an|of|its|their|this|these)$/,
};

/**
 * Whether a word can stand in a title's noun phrase by its ending: never an Italian adverb (-mente) or a gerund,
 * nor an English adverb or gerund.
 * @param word - the word, lower case
 * @param lang - its language
 */
function phraseWord(word: string, lang: Lang): boolean {
  return lang === 'it' ? !/(?:mente|ando|endo)$/.test(word) : !/(?:ly|ing)$/.test(word);
}

/**
 * Italian finite verb endings (present and past plurals, imperfect, past simple, future, conditional,
 * subjunctive): after a noun, a word ending so is most often the verb of the sentence ("i paleoclimatologi
 * misurano"), not a modifier of the noun. English needs no such rule: its phrases end at the verb's own stopword
 * neighbours less often, and the rule is left out rather than guessed.
 */
const FINITE_VERB_IT = /(?:ano|ono|ava|avano|eva|evano|iva|ivano|ò|ì|ebbe|ebbero|arono|erono|irono|isce|iscono|sse|ssero|rà|rò|ranno|rebbe|rebbero|possa|piuttosto)$/;

/** Whether a lower-case word may follow the noun in a title's phrase. */
function modifierWord(word: string, lang: Lang): boolean {
  return phraseWord(word, lang) && !(lang === 'it' && FINITE_VERB_IT.test(word));
}

/**
 * Whether the capitalised run starting at token `i` follows a preposition that an office governs, within the five
 * words before it ("assessore alle …", "ministro dello Sviluppo …").
 * @param tokens - the sentence's tokens
 * @param i - where the run starts
 * @returns true after an office and its preposition
 */
function afterOffice(tokens: readonly { readonly lower: string; readonly kind: string }[], i: number): boolean {
  if (!OFFICE_PREPOSITION.test(tokens[i - 1]?.lower ?? '')) return false;
  for (let p = i - 2; p >= Math.max(0, i - 6); p--) if (officeNouns().has(tokens[p]!.lower.replace(/^(?:l|dell|all|dall|nell)['’]/u, ''))) return true;
  return false;
}

// The prepositions that join an office to what it is in charge of.
const OFFICE_PREPOSITION = /^(?:di|del|dello|della|dei|degli|delle|dell['’]|a|al|allo|alla|ai|agli|alle|all['’]|per)$/u;

/** A candidate title found in a sentence: a name, or the noun phrase after a determiner. */
interface Phrase {
  /** Stems of its words, joined by spaces: the same phrase however it is inflected or capitalised. */
  readonly key: string;
  /** Its stems. */
  readonly stems: readonly string[];
  /** As written. */
  readonly form: string;
  /** Whether it is a name (capitalised words inside a sentence). */
  readonly name: boolean;
  /**
   * For a run after an office and its preposition ("l’assessore alle Finanze Barbara Zilli"), its last two words:
   * the person, when the article also writes them, or the last one, on their own ("ha affermato Zilli"); otherwise
   * the run is one name ("consigliere di Open Sinistra Fvg").
   */
  readonly person?: Phrase;
  /** Whether `person` follows an office ("l’assessore alle Finanze …"): then the surname written alone elsewhere makes
   * it the person; after anything else ("su Facebook Francesco Turco"), the two words written as a run of their own. */
  readonly afterOffice?: boolean;
}

/**
 * The noun phrases of a sentence: runs of capitalised words not standing first ("Colorado Springs", "George
 * Westinghouse"), and the one to three content words right after an article or articulated preposition ("la
 * corrente alternata" → "corrente", "corrente alternata"), each as written.
 * @param text - a sentence
 * @param lang - its language
 * @returns the phrases, with the stems of every content word of the sentence
 */
function sentencePhrases(text: string, lang: Lang): { phrases: Phrase[]; stems: string[]; alone: string[] } {
  const tokens = tokenize(text).filter((t) => t.kind !== 'compound');
  const capital = tokens.map((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.surface));
  const content = tokens.map((t) => t.kind === 'word' && t.lower.length >= 3 && !isStopword(t.lower, lang));
  const stems = tokens.map((t, i) => (content[i] ? stem(t.lower, lang) : ''));
  const joined = (a: number, b: number) => {
    const gap = text.slice(tokens[a]!.end, tokens[b]!.start);
    return gap === ' ' || gap === "' " || gap === "'" || gap === '’';
  };
  const phrases: Phrase[] = [];
  // Capitalised words standing alone inside the sentence ("ha affermato Zilli"), and runs of two.
  const alone: string[] = [];
  const phrase = (lo: number, hi: number, name: boolean): Phrase | undefined => {
    const ks = stems.slice(lo, hi + 1);
    if (ks.some((k) => !k)) return undefined;
    const form = text.slice(tokens[lo]!.start, tokens[hi]!.end);
    if (form.length > MAX_PHRASE_CHARS) return undefined;
    return { key: ks.join(' '), stems: ks, form, name };
  };
  const add = (lo: number, hi: number, name: boolean, person?: Phrase, office = false) => {
    const p = phrase(lo, hi, name);
    if (p) phrases.push(person ? { ...p, person, afterOffice: office } : p);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (capital[i] && content[i] && i > 0) {
      // A name: the longest run of capitalised words starting here (only at a run's start).
      if (capital[i - 1] && joined(i - 1, i) && content[i - 1]) continue;
      // (not the first word of a quotation, or of a sentence inside one, that goes on in lower case, capitalised as any
      // sentence's first word: "Alessandro Fei (Top Volley Latina)- « Dobbiamo allenarci …. Dobbiamo crescere »"; a
      // name quoted alone, "“Cajun”", stays one)
      const next = tokens[i + 1];
      if (/[«“".!?…]\s*$/u.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start)) && next?.kind === 'word' && !capital[i + 1] && text.slice(tokens[i]!.end, next.start) === ' ') continue;
      let lo = i;
      let hi = i;
      while (hi + 1 < tokens.length && capital[hi + 1] && content[hi + 1] && tokens[hi + 1]!.start - tokens[hi]!.end === 1) hi++;
      // ("il Presidente Marco Marsilio", "del Sindaco Gualtieri": an office capitalised by deference is no part of the
      // name after it)
      if (hi > lo && officeNouns().has(tokens[lo]!.lower)) lo++;
      // "l’assessore alle Finanze Barbara Zilli", "il ministro della Difesa Carlo Benvenuti": after an office and the
      // preposition of what it is in charge of, a run of three capitalised words or more is that and then the person,
      // whose name (the last two words) is the phrase; after anything else ("Lo scrive su Facebook Francesco Turco")
      // too, when the article writes those two words as a name of their own
      const office = afterOffice(tokens, i);
      const person = hi - lo >= 2 ? phrase(hi - 1, hi, true) : undefined;
      // (a word alone, "Zilli", or a run of two, "Gianluca Staccoli")
      if (hi - lo <= 1) alone.push(text.slice(tokens[lo]!.start, tokens[hi]!.end));
      if (hi - lo < MAX_PHRASE_WORDS) add(lo, hi, true, person, office);
      else if (person && office) phrases.push(person);
      continue;
    }
    if (DETERMINER[lang].test(tokens[i]!.lower) && i + 1 < tokens.length && joined(i, i + 1)) {
      // The noun after a determiner, and the noun with the adjective or noun that follows it.
      let hi = i + 1;
      if (!content[hi] || capital[hi] || !phraseWord(tokens[hi]!.lower, lang)) continue;
      add(hi, hi, false);
      while (hi + 1 < tokens.length && hi - i < MAX_PHRASE_WORDS - 1 && content[hi + 1] && tokens[hi + 1]!.start - tokens[hi]!.end === 1 && (capital[hi + 1] || modifierWord(tokens[hi + 1]!.lower, lang))) {
        hi++;
        add(i + 1, hi, false);
      }
    }
  }
  return { phrases, stems: stems.filter(Boolean), alone };
}

/**
 * A title for each segment of an article: the noun phrase, as the section writes it, that is most central to the
 * section — its words frequent there, concentrated there rather than spread over the article, and rare in the
 * article's other paragraphs — and distinct from the other sections' titles. A name ("Colorado Springs") or a
 * noun with its modifier ("corrente alternata"), never a list. Every paragraph is read once.
 * @param segments - each segment's paragraphs, in order
 * @param lang - the article's language
 * @returns one title per segment ('' when a segment has no noun phrase)
 */
export function segmentTitles(segments: readonly (readonly Paragraph[])[], lang: Lang): string[] {
  return titlesOf(segments.map((segment) => segment.map((p) => p.sentences.map((s) => sentencePhrases(s.text, lang)))));
}

/** Each sentence's noun phrases and content-word stems, as `sentencePhrases` reads them. */
type ReadSentence = ReturnType<typeof sentencePhrases>;

/**
 * `segmentTitles` over sentences already read.
 * @param segments - for each segment, for each paragraph, each sentence's phrases and stems
 * @returns one title per segment
 */
function titlesOf(segments: readonly (readonly (readonly ReadSentence[])[])[]): string[] {
  const df = new Map<string, number>();
  const everywhere = new Map<string, number>();
  const inside = segments.map(() => new Map<string, number>());
  const found = segments.map(() => new Map<string, { phrase: Phrase; count: number; forms: Map<string, number> }>());
  let paragraphs = 0;
  // The capitalised words the article writes alone, and runs of two: a surname ("Zilli") or a name ("Gianluca
  // Staccoli") written on its own elsewhere makes a run ending in it a person's name.
  const aloneWords = new Set(segments.flatMap((segment) => segment.flatMap((p) => p.flatMap((x) => x.alone))));
  segments.forEach((segment, k) => {
    for (const p of segment) {
      paragraphs++;
      const seen = new Set<string>();
      for (const { phrases, stems } of p) {
        for (const w of stems) {
          seen.add(w);
          everywhere.set(w, (everywhere.get(w) ?? 0) + 1);
          inside[k]!.set(w, (inside[k]!.get(w) ?? 0) + 1);
        }
        for (const read of phrases) {
          const theirs = read.person && (aloneWords.has(read.person.form) || (read.afterOffice === true && aloneWords.has(read.person.form.split(' ').pop()!)));
          const phrase = theirs ? read.person! : read;
          const entry = found[k]!.get(phrase.key) ?? { phrase, count: 0, forms: new Map<string, number>() };
          entry.count++;
          entry.forms.set(phrase.form, (entry.forms.get(phrase.form) ?? 0) + 1);
          found[k]!.set(phrase.key, entry);
        }
      }
      for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
    }
  });
  const weight = (k: number, w: string) => {
    const f = inside[k]!.get(w) ?? 0;
    return (f / (everywhere.get(w) ?? f)) * Math.log(1 + f) * Math.log((paragraphs + 1) / (df.get(w) ?? 1));
  };
  const ranked = found.map((phrases, k) =>
    [...phrases.values()]
      .map(({ phrase, count, forms }) => {
        // Each word's weight counts; a longer phrase is worth it only if its words are central too.
        const words = phrase.stems.reduce((a, w) => a + weight(k, w), 0) / Math.sqrt(phrase.stems.length);
        // Said more than once.
        const score = words * (1 + Math.log(count)) * (phrase.name ? 1.2 : 1);
        return { phrase, forms, score };
      })
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score || a.phrase.key.localeCompare(b.phrase.key)),
  );
  // The clearest sections choose first; a title shares no word with another section's.
  const titles = segments.map(() => '');
  const taken = new Set<string>();
  const order = ranked.map((r, k) => ({ k, top: r[0]?.score ?? 0 })).sort((a, b) => b.top - a.top || a.k - b.k);
  for (const { k } of order) {
    const pick = ranked[k]!.find((c) => c.phrase.stems.every((w) => !taken.has(w)));
    if (!pick) continue;
    for (const w of pick.phrase.stems) taken.add(w);
    // The form the section writes most often.
    const form = [...pick.forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    titles[k] = form.charAt(0).toUpperCase() + form.slice(1);
  }
  return titles;
}

/**
 * Splits an article without written sections into automatic ones. Articles whose sections come from `## `
 * headings are returned unchanged. Time and memory are linear in the article's length.
 * @param article - a parsed article
 * @param options - segmenter tuning
 * @returns the article with `automatic: true` sections and each paragraph's `sectionId` set
 * @example
 * const article = segmentArticle(parseArticle(text, 'senza-titoli.md'));
 * article.sections.map((s) => s.title) // e.g. ['Corrente alternata', 'Colorado Springs', …]
 */
export function segmentArticle(article: Article, options: SegmentationOptions = {}): Article {
  if (!article.sections.every((s) => s.automatic)) return article;
  const lang = articleLang(article);
  // Each sentence is read once: its content words drive the split, its noun phrases the titles.
  const read = article.paragraphs.map((p) => p.sentences.map((s) => sentencePhrases(s.text, lang)));
  const bounds = segmentBoundaries(
    read.map((p) => p.map((s) => s.stems)),
    options,
  );
  const starts = [1, ...bounds.map((g) => g + 1)];
  const ranges = starts.map((from, i) => [from, (starts[i + 1] ?? article.paragraphs.length + 1) - 1] as const);
  const titles = starts.length > 1 ? titlesOf(ranges.map(([from, to]) => read.slice(from - 1, to))) : [];
  const used = new Set<string>();
  const sections: Section[] = ranges.map(([from, to], i) => {
    // A segment with no phrase of its own (an article of one section) goes by the article's title, cut at a word
    // with "…" when too long; its id stays the one the title's first characters give.
    const title = titles[i] || cutTitle(article.meta.title);
    const base = slugify(titles[i] || article.meta.title.slice(0, MAX_TITLE)) || `sezione-${i + 1}`;
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    return { id, title, from, to, automatic: true };
  });
  const sectionOf: string[] = [];
  for (const s of sections) for (let n = s.from; n <= s.to; n++) sectionOf[n] = s.id;
  const paragraphs = article.paragraphs.map((p) => ({ ...p, sectionId: sectionOf[p.number]! }));
  return { ...article, paragraphs, sections };
}

const deferred = new WeakMap<Article, () => boolean>();

/** Keeps automatic sections between runs (a snapshot cache, src/snapshotCache.ts). */
export interface SectionCache {
  /**
   * The automatic sections stored for exactly this article (same file, contents, Brano and lexicons), if any.
   * @param article - the article as loaded
   * @returns its sections, or undefined
   */
  loadSections(article: Article): readonly Section[] | undefined;
  /**
   * Stores an article's automatic sections just computed.
   * @param article - the article as loaded
   * @param sections - its sections
   */
  saveSections(article: Article, sections: readonly Section[]): void;
}

/** How to segment lazily. */
export interface LazySegmentationOptions extends SegmentationOptions {
  /** Where sections computed before are kept: stored ones are used instead of segmenting again. */
  readonly cache?: SectionCache;
}

/** An article's automatic sections, and the section of each paragraph. */
interface Segmented {
  readonly sections: readonly Section[];
  /** The section id of the paragraph at an index (from 0). */
  sectionIdAt(at: number): string;
}

/**
 * Stored automatic sections of an article, as `segmentArticle` would give them; the article's paragraphs are not read
 * (their count is enough, known without reading an article served from a snapshot).
 * @param article - the article without its automatic sections
 * @param sections - sections stored for it
 * @returns the sections, or undefined when they do not cover its paragraphs in order, once each
 */
function withStoredSections(article: Article, sections: readonly Section[]): Segmented | undefined {
  const n = paragraphCount(article);
  const ids = new Set<string>();
  let next = 1;
  for (const s of sections) {
    if (!s || s.from !== next || !(s.to >= s.from) || s.to > n || !s.automatic || typeof s.id !== 'string' || typeof s.title !== 'string' || ids.has(s.id)) return undefined;
    ids.add(s.id);
    next = s.to + 1;
  }
  if (next !== n + 1) return undefined;
  const copies: Section[] = sections.map((s) => ({ id: s.id, title: s.title, from: s.from, to: s.to, automatic: true }));
  const sectionOf: string[] = [];
  for (const s of copies) for (let k = s.from; k <= s.to; k++) sectionOf[k] = s.id;
  return { sections: copies, sectionIdAt: (at) => sectionOf[at + 1]! };
}

// The section id of a paragraph of a lazily segmented article: read from the segmented article (segmenting it).
const SECTION_ID: PropertyDescriptor = {
  get(this: UnsegmentedParagraph) {
    return UnsegmentedParagraph.sectionIdOf(this);
  },
  enumerable: true,
};

/**
 * A paragraph of an article whose automatic sections are not computed yet: the paragraph's number, text and sentences,
 * and a `sectionId` that segments the article when first read. Its own properties are a plain paragraph's, in the
 * same order (so it prints and copies like one); the accessor is shared by every instance, which keeps them compact
 * objects of one shape (an object literal with a getter of its own is a dictionary of its properties: several
 * hundred bytes per paragraph of a large corpus).
 */
class UnsegmentedParagraph implements Paragraph {
  // Declared, not defined as fields: the constructor makes them in a parsed paragraph's order.
  declare readonly number: number;
  declare readonly text: string;
  declare readonly sectionId: string;
  declare readonly sentences: Paragraph['sentences'];
  readonly #at: number;
  readonly #sectionIdAt: (at: number) => string;
  constructor(p: Paragraph, at: number, sectionIdAt: (at: number) => string) {
    this.number = p.number;
    this.text = p.text;
    Object.defineProperty(this, 'sectionId', SECTION_ID);
    this.sentences = p.sentences;
    this.#at = at;
    this.#sectionIdAt = sectionIdAt;
  }
  static sectionIdOf(p: UnsegmentedParagraph): string {
    return p.#sectionIdAt(p.#at);
  }
}

/**
 * The same article with its automatic sections computed on first use: the first read of its `sections` or of a
 * paragraph's `sectionId` segments it (once), so a corpus loads without segmenting articles nobody asks about.
 * Articles with written sections are returned unchanged.
 * @param article - a parsed article
 * @param options - segmenter tuning, and where sections computed in an earlier run are kept
 * @returns an article that reads like `segmentArticle(article)`
 */
export function segmentArticleLazily(article: Article, options: LazySegmentationOptions = {}): Article {
  if (!article.sections.every((s) => s.automatic)) return article;
  let segmented: Segmented | undefined;
  const { cache, ...tuning } = options;
  const segment = (): Segmented => {
    const stored = cache?.loadSections(article);
    const known = stored && withStoredSections(article, stored);
    if (known) return known;
    const made = segmentArticle(article, tuning);
    cache?.saveSections(article, made.sections);
    return { sections: made.sections, sectionIdAt: (at) => made.paragraphs[at]!.sectionId };
  };
  const resolve = () => (segmented ??= segment());
  const sectionIdAt = (i: number) => resolve().sectionIdAt(i);
  // Each paragraph's copy is made once, alone (an answer weighing it) or with the others.
  const copies: (Paragraph | undefined)[] = [];
  const copyOf = (p: Paragraph, i: number): Paragraph => (copies[i] ??= new UnsegmentedParagraph(p, i, sectionIdAt));
  const copyParagraphs = (): Paragraph[] => article.paragraphs.map(copyOf);
  // An article read lazily from a snapshot stays unread until its paragraphs are needed.
  const unread = !paragraphsMade(article);
  let paragraphs: Paragraph[] | undefined = unread ? undefined : copyParagraphs();
  const lazy: Article = {
    slug: article.slug,
    file: article.file,
    meta: article.meta,
    get paragraphs() {
      return (paragraphs ??= copyParagraphs());
    },
    get sections() {
      return resolve().sections;
    },
  };
  if (unread) {
    shareShape(lazy, article, () => paragraphs !== undefined);
    shareParagraphAt(lazy, (i) => {
      const p = paragraphAt(article, i);
      if (!p) throw new RangeError(`${article.file} has no paragraph ${i + 1}`);
      return copyOf(p, i);
    });
  }
  shareContentDigest(lazy, article);
  deferred.set(lazy, () => segmented === undefined);
  return lazy;
}

/**
 * Whether an article's sections are automatic ones not computed yet (reading them would segment it now).
 * @param article - an article from `segmentArticleLazily`, or any other
 * @returns true only for a lazily segmented article not yet segmented
 */
export function sectionsPending(article: Article): boolean {
  return deferred.get(article)?.() ?? false;
}

/**
 * Whether an article's sections are automatic (found by segmentation, or the loader's single section of an article
 * without headings), known without segmenting it.
 * @param article - any article
 * @returns true when no section was written in the file
 */
export function hasAutomaticSections(article: Article): boolean {
  return deferred.has(article) || article.sections.every((s) => s.automatic);
}
