/**
 * Italian lemmas for the analysis: a word's inflected form is conflated with its dictionary form where the Porter
 * stemmer alone would keep them apart, above all the irregular verbs ("vinse", "nacque", "scrisse", "disse" meet
 * "vincere", "nascere", "scrivere", "dire"). The data is Morph-it! (Zanchetta and Baroni 2005, CC BY-SA 2.0 /
 * LGPL), as shipped by the npm packages `italian-verbs-dict`, `italian-words-dict` and `italian-adjectives-dict`
 * (Apache-2.0 code, data under Morph-it!'s licence).
 *
 * Only what changes a stem is kept: each form whose dictionary form stems differently, with that stem, one
 * "form stem" line each in a sorted text, looked up by binary search, so loading it parses nothing. The text is
 * compiled here from the packages' data, which src/lexicons.ts reads (once, at build time, into the
 * compiled-lexicon cache) and hands to the analysis (`useItalianLemmas`): the core reads no files.
 *
 * A form that is a noun or an adjective goes to its noun or adjective (so participles used as adjectives, "vinto",
 * "scritto", keep their own stem); a form that is only a verb form goes to its verb. A form whose readings disagree
 * (two verbs: "porto" of "porgere" and "portare"; two nouns) is left to the stemmer. Verb forms first (participles to
 * their verb) ranked about as well on the SQuAD-it dev and validation halves but changed which sentences automatic
 * summaries pick, for the worse on the team's key-fact set. Instead, questions search a participle's verb stem
 * beside its own and the other way round ({@link compileVariantText}), leaving the index and summaries as they were.
 */
import { findSortedLine } from './sortedLines.js';

/** A compiled lemma table: a word's stem by way of its dictionary form, when that differs from its own stem. */
export interface LemmaTable {
  /**
   * The stem of a word's dictionary form.
   * @param word - a lower-cased Italian word
   * @returns the stem, or undefined when Morph-it! does not change the word's own stem
   */
  lemmaStem(word: string): string | undefined;
  /**
   * The other stems of the same verb (see {@link compileVariantText}): for a past participle's own stem ("mort" of
   * "morto"), its verb's ("mor" of "morire", "morì"), and the other way round.
   * @param stem - a stem the analysis produced
   * @returns the variant stems, none when the word has no such participle
   */
  variants(stem: string): readonly string[];
  /** How many forms the table holds. */
  readonly size: number;
}

/** Version of the rules that turn the data into the table ({@link compileLemmaText}): bump it when they change. */
export const LEMMA_RULES_VERSION = 3;

/** The Morph-it! data as its three packages ship it: lemma → forms (nested objects of strings). */
export interface LemmaData {
  /** `italian-verbs-dict`'s verbs.json. */
  readonly verbs: Record<string, unknown>;
  /** `italian-words-dict`'s words.json: a noun's gender ("G") and plural ("P"). */
  readonly nouns: Record<string, unknown>;
  /** `italian-adjectives-dict`'s adjectives.json. */
  readonly adjectives: Record<string, unknown>;
}

type Forms = Map<string, Set<string>>;

function collect(into: Forms, value: unknown, lemma: string): void {
  if (typeof value === 'string') {
    const form = value.toLowerCase();
    let set = into.get(form);
    if (!set) into.set(form, (set = new Set()));
    set.add(lemma);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) collect(into, v, lemma);
  }
}

/**
 * Compiles the lemma text from the Morph-it! data: sorted "form stem" lines.
 * @param data - the three packages' data (src/lexicons.ts reads it)
 * @param stemOf - the stemmer the table refines (the analysis's own, so stems compare)
 * @returns the text
 */
export function compileLemmaText(data: LemmaData, stemOf: (word: string) => string): string {
  const { verbs: verbsData, nouns: nounsData, adjectives: adjectivesData } = data;
  const verbs: Forms = new Map();
  const nominal: Forms = new Map();
  for (const [lemma, forms] of Object.entries(verbsData)) {
    collect(verbs, lemma, lemma);
    collect(verbs, forms, lemma);
  }
  for (const [lemma, forms] of Object.entries(nounsData)) {
    collect(nominal, lemma, lemma);
    // a noun's entry holds its gender ("G") and plural ("P"); only the plural is a form
    collect(nominal, (forms as { P?: unknown }).P, lemma);
  }
  for (const [lemma, forms] of Object.entries(adjectivesData)) {
    collect(nominal, lemma, lemma);
    collect(nominal, forms, lemma);
  }
  const single = (lemmas: Set<string> | undefined) => {
    if (!lemmas) return undefined;
    const stems = new Set([...lemmas].map(stemOf));
    return stems.size === 1 ? [...stems][0] : undefined;
  };
  const lines: string[] = [];
  for (const form of new Set([...verbs.keys(), ...nominal.keys()])) {
    if (!/^\p{L}+$/u.test(form)) continue;
    const target = nominal.has(form) ? single(nominal.get(form)) : single(verbs.get(form));
    if (target && target !== stemOf(form)) lines.push(`${form} ${target}`);
  }
  return lines.sort(compare).join('\n');
}

/**
 * Compiles the participle variants from the Morph-it! data: sorted "stem variant…" lines. A past participle that is
 * also an adjective or a noun keeps its own stem in the analysis ("morto" → "mort", "nato" → "nat", so that summaries
 * and the index read "il morto", "i nati" as the words they are), while the verb's other forms go to the verb's stem
 * ("morì" → "mor", "nacque" → "nasc"). A question in the compound past ("quando è morto?") and a text in the simple
 * past ("morì nel 1943") then share no stem; each such pair of stems is listed here both ways, and a question's word
 * is searched under its variants as alternatives of the same word (ask.ts).
 * @param data - the three packages' data
 * @param stemOf - the analysis's stem of a word (with the lemma table installed, so a participle's stem is the one
 *   the index holds)
 * @returns the text
 */
export function compileVariantText(data: LemmaData, stemOf: (word: string) => string): string {
  const pairs = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    let set = pairs.get(a);
    if (!set) pairs.set(a, (set = new Set()));
    set.add(b);
  };
  for (const [lemma, forms] of Object.entries(data.verbs)) {
    if (!/^\p{L}+$/u.test(lemma)) continue;
    const past = (forms as { part?: { past?: unknown } } | null)?.part?.past;
    if (!past || typeof past !== 'object') continue;
    const verbStem = stemOf(lemma);
    for (const form of Object.values(past as Record<string, unknown>)) {
      if (typeof form !== 'string' || !/^\p{L}+$/u.test(form)) continue;
      const own = stemOf(form.toLowerCase());
      if (own === verbStem || own.length < 3) continue;
      add(own, verbStem);
      add(verbStem, own);
    }
  }
  return [...pairs]
    .map(([stem, set]) => `${stem} ${[...set].sort(compare).join(' ')}`)
    .sort(compare)
    .join('\n');
}

// Code-unit order, the order the binary search walks.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A table over a compiled text of sorted "form stem" lines.
 * @param text - the text ({@link compileLemmaText})
 * @returns the table
 * @example
 * lemmaTableOf('nacque nasc\nvinse vinc').lemmaStem('vinse') // 'vinc'
 */
export function lemmaTableOf(text: string, variantText = ''): LemmaTable {
  let size: number | undefined;
  return {
    variants(stem: string): readonly string[] {
      const line = findSortedLine(variantText, stem);
      return line === undefined ? [] : line.split(' ');
    },
    // Counted when asked for: the analysis never asks, and counting means reading the whole text.
    get size() {
      if (size === undefined) {
        size = text ? 1 : 0;
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) size++;
      }
      return size;
    },
    lemmaStem(word: string): string | undefined {
      return findSortedLine(text, word);
    },
  };
}
