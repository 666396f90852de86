/**
 * English → Italian cognates: an English word the lexicon does not know ("combustion", "pharmacist",
 * "photosynthesis") is rewritten by general spelling correspondences between the two languages (-tion → -zione,
 * -ty → -tà, -ous → -oso, ph → f, th → t, x → ss, ct → tt, ti → zi, …) into the Italian words it may be, and those are looked up in
 * the article's own index: only Italian words the article uses are kept, so no dictionary is needed and nothing
 * invents a word. English inflection is undone first by WordNet's detachment rules (morphy) and its exception
 * lists (children → child, analyses → analysis), passed in as data.
 *
 * The tables are rules of the two languages' spelling, not entries for any article; each row is exercised in
 * test/core/cognates.test.ts.
 */
import { analyze } from './analysis.js';
import { editDistance } from './passageIndex.js';

/** The Italian index of one corpus, as the cognate search reads it. */
export interface ItalianVocabulary {
  /** Whether the index holds a term. */
  has(term: string): boolean;
  /** Indexed terms spelt almost like a term (one or two edits), closest first. */
  similarTerms(term: string): readonly string[];
  /** Whether the index holds a term as (part of) a name, written with a capital inside a sentence. */
  writtenAsName?(term: string): boolean;
}

/** English irregular forms → their base forms (WordNet's exception lists: noun.exc, verb.exc, adj.exc). */
export type EnglishExceptions = ReadonlyMap<string, readonly string[]>;

/** An Italian index term found for an English word, with how close the match is (1 = exact). */
export interface Cognate {
  readonly term: string;
  readonly similarity: number;
}

/**
 * WordNet's detachment rules (morphy): an inflected ending and what replaces it to give a base form. Every rule
 * that fits is tried; a base that is not a real word simply finds nothing in the index.
 */
const DETACHMENT: readonly (readonly [string, string])[] = [
  ['ies', 'y'],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['es', 'e'],
  ['es', ''],
  ['s', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
  ['er', ''],
  ['est', ''],
];

/**
 * English endings and the Italian endings that correspond to them, longest first; the first row that fits is
 * used, and its Italian endings are alternatives. `''` matches any word (the Italian vowel endings of a bare stem:
 * "metal" → metallo, "form" → forma).
 */
const SUFFIXES: readonly (readonly [string, readonly string[]])[] = [
  // Latin verbs whose Italian participle is irregular: transmitted → trasmesso, reduced → ridotto, described →
  // descritto, included → incluso, proposed → proposto, divided → diviso; and their infinitives.
  ['mitted', ['messo', 'messa', 'messi']],
  ['duced', ['dotto', 'dotta', 'dotti']],
  ['scribed', ['scritto', 'scritta', 'scritti']],
  ['cluded', ['cluso', 'clusa', 'clusi']],
  ['posed', ['posto', 'posta', 'posti']],
  ['vided', ['viso', 'visa', 'visi']],
  ['mit', ['mettere']],
  ['duce', ['durre']],
  ['scribe', ['scrivere']],
  ['clude', ['cludere']],
  ['graphy', ['grafia']],
  ['logy', ['logia']],
  ['ssion', ['ssione']],
  ['ction', ['zione']],
  ['ption', ['zione']],
  ['tion', ['zione']],
  ['sion', ['sione']],
  ['ical', ['ico', 'ica']],
  ['ally', ['almente']],
  ['ly', ['mente']],
  ['ity', ['ità']],
  ['ty', ['tà']],
  ['ous', ['oso', 'osa']],
  ['ism', ['ismo']],
  ['ium', ['io']],
  ['eum', ['eo']],
  ['um', ['o']],
  ['ist', ['ista']],
  ['ment', ['mento']],
  ['ance', ['anza']],
  ['ence', ['enza']],
  ['ancy', ['anza']],
  ['ency', ['enza']],
  ['ant', ['ante']],
  ['ent', ['ente']],
  ['ary', ['ario', 'aria']],
  ['ory', ['orio', 'oria']],
  ['ure', ['ura']],
  ['ive', ['ivo', 'iva']],
  ['ize', ['izzare']],
  ['ise', ['izzare']],
  ['ate', ['ato', 'are']],
  ['able', ['abile']],
  ['ible', ['ibile']],
  ['ic', ['ico', 'ica']],
  ['ides', ['ide']],
  ['es', ['e']],
  ['al', ['ale']],
  ['ar', ['are']],
  ['or', ['ore', 'atore']],
  ['er', ['ere', 'ero', 'ro', 'atore', 'tore']],
  ['cy', ['zia']],
  ['gy', ['gia']],
  ['y', ['ia', 'io']],
  ['e', ['o', 'a', 'e']],
  ['', ['o', 'a', 'e']],
];

/** Spelling correspondences inside a word (English → Italian), applied left to right, all of them. */
const SPELLING: readonly (readonly [RegExp, string])[] = [
  [/^h/g, ''],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ch(?=[aou])/g, 'c'],
  [/ck/g, 'cc'],
  [/k/g, 'c'],
  [/^ex/g, 'es'],
  [/x/g, 'ss'],
  [/w/g, 'v'],
  [/ae|oe/g, 'e'],
  [/y/g, 'i'],
  [/j/g, 'gi'],
];

/**
 * Latin clusters that Italian assimilated (fact → fatto, concept → concetto, admit → ammettere, absent → assente,
 * obtain → ottenere, advent → avvento, transport → trasporto), "ti" before a vowel, which Italian writes "zi"
 * (initial → iniziale, Latium → Lazio), and l after p, f, c, b, which became i (plant → pianta, florid → fiorido,
 * blank → bianco; Latin clarus → chiaro). English keeps some of them unassimilated in words Italian borrowed back, so
 * each row adds a spelling and keeps the one before it.
 */
const ASSIMILATION: readonly (readonly [RegExp, string])[] = [
  [/ct/g, 'tt'],
  [/pt/g, 'tt'],
  [/dm/g, 'mm'],
  [/bs/g, 'ss'],
  [/bt/g, 'tt'],
  [/dv/g, 'vv'],
  [/ns(?=[^aeiou])/g, 's'],
  [/ti(?=[aeiou])/g, 'zi'],
  [/pl/g, 'pi'],
  [/fl/g, 'fi'],
  [/cl/g, 'chi'],
  [/bl(?=[aeiou])/g, 'bi'],
];
/** Most spellings one base form yields through the assimilation rows (they combine). */
const MAX_SPELLINGS = 8;

/** Shortest English word tried as a cognate: short words are too often unrelated look-alikes (pan, con). */
const MIN_WORD = 4;
/** Shortest Italian stem accepted: a stem of three letters matches too many words. */
const MIN_TERM = 4;

/**
 * The base forms of an English word: the word, its WordNet exceptions, and what each detachment rule leaves.
 * @param word - a lower-case English word
 * @param exceptions - WordNet's exception lists
 * @returns candidate base forms, the word first
 */
export function englishBaseForms(word: string, exceptions: EnglishExceptions = new Map()): string[] {
  const out = new Set([word, ...(exceptions.get(word) ?? [])]);
  for (const [ending, base] of DETACHMENT) {
    const stem = word.slice(0, word.length - ending.length);
    if (word.endsWith(ending) && stem.length + base.length >= 3) out.add(stem + base);
  }
  return [...out];
}

/**
 * The Italian spellings an English base form may correspond to ("combustion" → combustione, "pharmacist" →
 * farmacista, "photosynthesis" → fotosintesi…), before any lookup.
 * @param base - a lower-case English base form
 * @returns candidate Italian words
 */
export function italianSpellings(base: string): string[] {
  return [...new Set(spellingsWithEndings(base).map((s) => s.spelling))];
}

/**
 * The Italian spellings of an English base form, each with the length of the Italian ending it was given (0 for the
 * base respelt whole).
 */
function spellingsWithEndings(base: string): { spelling: string; ending: number }[] {
  const respell = (s: string) => assimilated(SPELLING.reduce((acc, [re, it]) => acc.replace(re, it), s));
  const out = new Map<string, number>();
  // A long ending is distinctive enough to leave a stem of two letters (de-scribed, ex-cluded, di-vided).
  const row = SUFFIXES.find(([en]) => base.endsWith(en) && base.length - en.length >= (en.length >= 4 ? 2 : 3));
  if (row) {
    const [en, its] = row;
    const head = SPELLING.reduce((acc, [re, it]) => acc.replace(re, it), base.slice(0, base.length - en.length));
    for (const it of its) for (const s of assimilated(head + it)) if (!out.has(s)) out.set(s, it.length);
  }
  for (const s of respell(base)) if (!out.has(s)) out.set(s, 0);
  return [...out].map(([spelling, ending]) => ({ spelling, ending }));
}

// A spelling and those the assimilation rows make of it, the unassimilated one first.
function assimilated(spelling: string): string[] {
  const out = [spelling];
  for (const [re, it] of ASSIMILATION) {
    for (const s of out.slice()) {
      const t = s.replace(re, it);
      if (t !== s && !out.includes(t) && out.length < MAX_SPELLINGS) out.push(t);
    }
  }
  return out;
}

/**
 * The article's Italian terms that are cognates of an English word: each Italian spelling of each base form,
 * analysed like the index (stemmed), found as it is, or within one or two edits when its similarity
 * (1 − edits / length) reaches `threshold`.
 * @param word - a lower-case English word
 * @param vocabulary - the Italian index
 * @param exceptions - WordNet's exception lists
 * @param threshold - the least similarity of an inexact match
 * @returns the index terms found, most similar first (empty when none)
 * @example
 * cognates('combustion', vocabulary) // [{ term: 'combustion', similarity: 1 }] when the article says "combustione"
 */
export function cognates(word: string, vocabulary: ItalianVocabulary, exceptions: EnglishExceptions = new Map(), threshold = 0.8): Cognate[] {
  if (word.length < MIN_WORD || !/^\p{L}+$/u.test(word)) return [];
  const found = new Map<string, number>();
  const keep = (term: string, similarity: number) => found.set(term, Math.max(found.get(term) ?? 0, similarity));
  const tried = new Set<string>();
  for (const base of englishBaseForms(word, exceptions)) {
    // (the word as English writes it too: a loanword the article spells a letter off, "hackathon" as "hackaton")
    for (const { spelling, ending } of [...spellingsWithEndings(base), { spelling: base, ending: 0 }]) {
      for (const { term } of analyze(spelling, 'it')) {
        if (term.length < MIN_TERM || tried.has(term)) continue;
        // The Italian stemmer may take for an ending letters the English word has ("turnout" + o → "turn", as if
        // "-outo"): a stem shorter than the spelling less its Italian ending and one more letter is no cognate.
        if (term.length < spelling.length - ending - 1) continue;
        tried.add(term);
        if (vocabulary.has(term)) {
          keep(term, 1);
          continue;
        }
        for (const near of vocabulary.similarTerms(term)) {
          if (near.length < MIN_TERM) continue;
          const similarity = 1 - editDistance(term, near, 2) / Math.max(term.length, near.length);
          if (similarity >= threshold) keep(near, similarity);
        }
      }
    }
  }
  return [...found].map(([term, similarity]) => ({ term, similarity })).sort((a, b) => b.similarity - a.similarity);
}

/**
 * Parses WordNet exception files (`inflected base [base…]` per line, underscores for spaces).
 * @param texts - the contents of noun.exc, verb.exc, adj.exc…
 * @returns inflected form → base forms (single words only)
 */
export function parseEnglishExceptions(...texts: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      const [form, ...bases] = line.trim().split(/\s+/);
      if (!form || !bases.length || form.includes('_') || form.startsWith('#')) continue;
      const list = out.get(form) ?? [];
      for (const b of bases) if (!b.includes('_') && !list.includes(b)) list.push(b);
      out.set(form, list);
    }
  }
  return out;
}
