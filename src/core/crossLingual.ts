/**
 * English questions over Italian articles: an English question becomes Italian index terms through a
 * bilingual lexicon (Brano's general src/lexicon/en-it.txt merged with a corpus folder's own `lexicon/*en-it.txt`,
 * read by src/lexicons.ts and passed in), so the answer is still the verbatim Italian passage.
 *
 * Phrases are read before single words ("White House" → "Casa Bianca", "training data" → "dati di
 * addestramento"). English words are matched after English stemming, so one entry covers the inflected forms.
 * A content word the lexicon does not know is tried as written, through the Italian analyser: names, numbers
 * and loanwords (Meta, Llama 2, 700, open source, startup, cloud) are the same in both languages. Before that, an
 * unknown word of six letters or more that is one typing slip from exactly one listed word takes that entry, and
 * chat shorthand for amounts ("700M", "$10B") is spelt out.
 */
import type { GeneralWords } from './generalWords.js';
import { acronymAsWord, analyze, foldAccents, isStopword, stem, tokenize, type Token } from './analysis.js';
import { editDistance } from './passageIndex.js';
import type { WeightedTerm } from './tfidfIndex.js';
import { cognates, englishBaseForms, type EnglishExceptions, type ItalianVocabulary } from './cognates.js';

/** What one English key of the lexicon maps to. */
export interface LexiconSense {
  /** Italian index terms (as `analyze(italian, 'it')` produces them), each with its weight. */
  readonly terms: ReadonlyMap<string, number>;
  /** True for question cues (entries with a weight below 0.5): hints about the answer, not topic words. */
  readonly cue: boolean;
  /** The Italian equivalents as listed, each as its index terms ("dati di addestramento" → dat, addestr). */
  readonly alternatives: readonly (readonly string[])[];
}

/** A parsed bilingual lexicon. */
export interface BilingualLexicon {
  /** English key → Italian terms: stemmed words joined by one space, `~` + the words as written, or `=` + a lone stopword. */
  readonly entries: ReadonlyMap<string, LexiconSense>;
  /** Longest key, in words. */
  readonly maxWords: number;
  /**
   * WordNet's exception lists (children → child), for undoing irregular inflection before a cognate is looked
   * for; loaded with the lexicons (src/lexicons.ts). Without them only the regular detachment rules apply.
   */
  readonly exceptions?: EnglishExceptions;
  /**
   * The general vocabulary of Italian and English (generalWords.ts; loaded with the lexicons): a question's word that
   * neither it nor the articles know is read as a name, whatever its case.
   */
  readonly words?: GeneralWords;
  /**
   * The last dictionary (src/lexicons.ts `wordnetBilingual`: WordNet's English senses aligned with MultiWordNet's
   * Italian synsets), an English word as written → its Italian sense: consulted only for a word this lexicon, the
   * word's base form and the article's cognates all leave unknown.
   */
  readonly fallback?: (word: string) => LexiconSense | undefined;
  /**
   * Proper nouns' Italian names (Wiktionary's, `src/lexicon/wiktionary/names-en-it.txt`, read by src/lexicons.ts with
   * the wordnets' in-place look-up: Jupiter = Giove, Beijing = Pechino), a name as written → its sense: consulted only
   * for a capitalised word of the question that the article does not write and that has no cognate there.
   */
  readonly names?: (name: string) => LexiconSense | undefined;
}

/** A malformed lexicon line. */
export class LexiconError extends Error {
  /**
   * @param source - the file (or label) being parsed
   * @param line - 1-based line number
   * @param problem - what is wrong
   */
  constructor(
    readonly source: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`lexicon: ${source}:${line}: ${problem}`);
    this.name = 'LexiconError';
  }
}

/** Longest English phrase a key may have, in words. */
const MAX_KEY_WORDS = 5;
/** Entries weighing less than this are question cues. */
const CUE_WEIGHT = 0.5;
/** Weight of an entry reached through a related word rather than the word itself. */
const NEAR_WEIGHT = 0.7;
/** Weight of an entry reached by correcting one typing slip (requirment → requirement). */
const TYPO_WEIGHT = 0.8;
/** Shortest word corrected for a typing slip: shorter words have too many neighbours one edit away. */
const TYPO_MIN_LENGTH = 6;
/** Coverage weight of a name or number the index holds. */
const NAME_FOUND = 2;
/** Coverage weight of a name or number the index lacks: a name the article never mentions is about something else. */
const NAME_MISSED = 3;
/** Share of a word read as a typing slip that counts as found: a real word of another topic can look like a slip. */
const GUESS_FOUND = 0.5;
/** Coverage weight of a word the lexicon translates into terms the index lacks: known vocabulary, not a gap. */
const KNOWN_MISSED = 1.25;
/** Coverage weight of a word neither the lexicon nor the article knows: often only a gap in the general layer. */
const UNKNOWN_MISSED = 1;
/** Weight of an entry's terms reached only through another word with the same stem. */
const STEM_ONLY_WEIGHT = 0.5;
/** How alternatives share an entry's weight: weight / alternatives^SHARE_EXPONENT. */
const SHARE_EXPONENT = 0.5;

/**
 * The stemmed key of an English word or phrase: its word tokens (compounds like `llama2` left out),
 * lower-cased and reduced with the English stemmer.
 * @param english - a word or phrase
 * @returns the key, words separated by one space ('' when it has no words)
 */
export function englishKey(english: string): string {
  return keyOf(tokenize(english.normalize('NFC')).filter((t) => t.kind !== 'compound'));
}

// The written form of a word or phrase, marked apart from stemmed keys.
function surfaceKey(tokens: readonly { lower: string }[]): string {
  return `~${tokens.map((t) => t.lower).join(' ')}`;
}

// A lexicon entry as found for a run of tokens; `borrowed` are terms reached only through another word that
// stems alike.
interface Found extends LexiconSense {
  readonly borrowed: ReadonlySet<string>;
  /** True when the entry was found only under the stemmed key (no entry written as the token is). */
  readonly stemOnly?: boolean;
}

// The entry for a run of tokens: by stems; when the lexicon lists that very form, its own terms keep their
// weight and those only reached through a word that stems alike (customize for customer) count half, and are
// marked borrowed: "founded" is not "found" (find), so finding "troveranno" does not put it on topic.
function lookup(lexicon: BilingualLexicon, tokens: readonly { lower: string }[]): Found | undefined {
  const stemmed = lexicon.entries.get(keyOf(tokens));
  const written = lexicon.entries.get(surfaceKey(tokens));
  if (!written || !stemmed) {
    const only = written ?? stemmed;
    return only && { ...only, borrowed: new Set(), stemOnly: !written };
  }
  return preferOwn(written, stemmed, written.cue);
}

// A word's own entry with another word's that stems alike: the own terms at full weight, the other's at
// `STEM_ONLY_WEIGHT` and marked borrowed, the own alternatives first.
function preferOwn(own: LexiconSense, other: LexiconSense, cue: boolean): Found {
  const terms = new Map([...other.terms].map(([t, w]) => [t, w * STEM_ONLY_WEIGHT] as const));
  for (const [t, w] of own.terms) terms.set(t, w);
  return { terms, cue, alternatives: mergeAlternatives(own.alternatives, other.alternatives), borrowed: new Set([...other.terms.keys()].filter((t) => !own.terms.has(t))) };
}

// Two lists of alternatives without repeats.
function mergeAlternatives(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): (readonly string[])[] {
  const seen = new Set(a.map((x) => x.join(' ')));
  return [...a, ...b.filter((x) => !seen.has(x.join(' ')))];
}

// A lone stopword keys as itself, marked, so only that very word matches it: "at" must not reach the entry of
// "ate", which the stemmer also reduces to "at".
function keyOf(tokens: readonly { lower: string }[]): string {
  const only = tokens.length === 1 ? tokens[0]! : undefined;
  if (only && isStopword(only.lower, 'en')) return `=${only.lower}`;
  return tokens.map((t) => stem(t.lower, 'en')).join(' ');
}

/**
 * Parses the lexicon format documented at the top of src/lexicon/en-it.txt:
 * `english[, english…] = italian[; italian…] [@weight]`, `#` comments, blank lines.
 * @param text - the file's contents
 * @param source - a name for error messages
 * @returns the lexicon
 * @throws LexiconError for a line without `=`, without English or Italian, or with a bad weight
 */
export function parseBilingualLexicon(text: string, source = 'lexicon'): BilingualLexicon {
  const entries = new Map<string, { terms: Map<string, number>; cue: boolean; alternatives: (readonly string[])[] }>();
  let maxWords = 1;
  text.split(/\r?\n/).forEach((rawLine, i) => {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    if (eq < 0) throw new LexiconError(source, i + 1, 'expected "english = italian"');
    let right = line.slice(eq + 1).trim();
    let weight = 1;
    const w = /\s@([\d.]+)$/.exec(` ${right}`);
    if (w) {
      weight = Number(w[1]);
      if (!(weight > 0 && weight <= 1)) throw new LexiconError(source, i + 1, `weight must be in (0, 1], got ${w[1]}`);
      right = right.slice(0, right.length - w[0].length + 1).trim();
    }
    // Each variant is filed twice: as written, and stemmed. Lookups try the written form first, so words that
    // stem alike but mean different things (customer / customize, original / origin) keep their own entries.
    const keys = line
      .slice(0, eq)
      .split(',')
      .flatMap((e) => {
        const stemmed = englishKey(e);
        return stemmed ? [stemmed, surfaceKey(tokenize(e.normalize('NFC')).filter((t) => t.kind !== 'compound'))] : [];
      });
    if (!keys.length) throw new LexiconError(source, i + 1, 'no English word before "="');
    if (!right.replace(/[;\s]/g, '')) throw new LexiconError(source, i + 1, 'no Italian after "=" (write "-" for none)');
    const alternatives = new Map<string, string[]>();
    for (const italian of right.split(';')) {
      const terms = [...new Set(analyze(italian.normalize('NFC'), 'it').map((t) => t.term))];
      if (terms.length) alternatives.set(terms.join(' '), terms);
    }
    // Several Italian alternatives for one English word share its weight, so an ambiguous word does not
    // outweigh a precise one; the words of one Italian phrase each keep it, and inflections the Italian stemmer
    // keeps apart (offre, offrirà, offerte) count as one alternative.
    const share = weight / Math.pow(Math.max(1, senseGroups([...alternatives.values()].map((a) => a[0]!))), SHARE_EXPONENT);
    const terms = new Map<string, number>();
    for (const alt of alternatives.values()) for (const t of alt) terms.set(t, Math.max(terms.get(t) ?? 0, share));
    for (const key of new Set(keys)) {
      const words = key.split(' ').length;
      if (words > MAX_KEY_WORDS) throw new LexiconError(source, i + 1, `"${key}" is longer than ${MAX_KEY_WORDS} words`);
      maxWords = Math.max(maxWords, words);
      const sense = entries.get(key) ?? { terms: new Map<string, number>(), cue: weight < CUE_WEIGHT, alternatives: [] };
      for (const [term, wt] of terms) sense.terms.set(term, Math.max(sense.terms.get(term) ?? 0, wt));
      sense.alternatives = mergeAlternatives(sense.alternatives, [...alternatives.values()]);
      if (weight >= CUE_WEIGHT) sense.cue = false;
      entries.set(key, sense);
    }
  });
  return { entries, maxWords };
}

// How many groups of related stems: stems sharing a prefix of at least 3 letters and 60% of the shorter.
function senseGroups(stems: readonly string[]): number {
  const heads: string[] = [];
  for (const s of stems) {
    const same = heads.some((h) => {
      let k = 0;
      while (k < h.length && k < s.length && h[k] === s[k]) k++;
      return k >= 3 && k >= 0.6 * Math.min(h.length, s.length);
    });
    if (!same) heads.push(s);
  }
  return heads.length;
}

/**
 * Merges bilingual lexicons into one, as if their files were one: a later entry for the same English key adds
 * its Italian terms (the larger weight wins) and alternatives to the earlier one.
 * @param lexicons - parsed lexicons, in order (Brano's general one first, then a corpus folder's own)
 * @returns the merged lexicon (a new one; the inputs are left as they are)
 * @example
 * mergeBilingualLexicons([parseBilingualLexicon('port = porto'), parseBilingualLexicon('port = scalo')])
 *   .entries.get(englishKey('port'))?.alternatives.length // 2
 */
export function mergeBilingualLexicons(lexicons: readonly BilingualLexicon[]): BilingualLexicon {
  const entries = new Map<string, LexiconSense>();
  let maxWords = 1;
  for (const lex of lexicons) {
    maxWords = Math.max(maxWords, lex.maxWords);
    for (const [key, sense] of lex.entries) {
      const had = entries.get(key);
      entries.set(key, had ? mergeSenses(had, sense) : sense);
    }
  }
  return { entries, maxWords };
}

// Two senses of one English key as one: the Italian terms of both (the larger weight wins), their alternatives.
function mergeSenses(had: LexiconSense, sense: LexiconSense): LexiconSense {
  const terms = new Map(had.terms);
  for (const [t, w] of sense.terms) terms.set(t, Math.max(terms.get(t) ?? 0, w));
  return { terms, cue: had.cue && sense.cue, alternatives: mergeAlternatives(had.alternatives, sense.alternatives) };
}

// The wordnets' sense of a word unknown to the lexicon: the word's and its base forms' ("injured": injured, injure),
// merged; none when the lexicon has no such list or it holds none of them.
function wordnetSense(lexicon: BilingualLexicon, word: string, exceptions: EnglishExceptions): LexiconSense | undefined {
  const found = lexicon.fallback ? englishBaseForms(word, exceptions).flatMap((b) => lexicon.fallback!(b) ?? []) : [];
  const sense = found.length ? found.reduce(mergeSenses) : undefined;
  return sense?.terms.size ? sense : undefined;
}

/** One content word (or phrase) of an English question and the Italian terms it became. */
export interface EnglishQueryWord {
  /** The words as written in the question. */
  readonly text: string;
  /** Offset of the first character in the question (once shorthand amounts like "700M" are spelt out). */
  readonly start: number;
  /** Where its Italian terms came from: a lexicon entry, a cognate the article uses, or the word tried as written. */
  readonly via: 'lexicon' | 'cognate' | 'as-is';
  /** The Italian index terms. */
  readonly terms: readonly string[];
  /** The same terms grouped as the lexicon's Italian equivalents: the words of one equivalent ("intelligenza
   * artificiale") belong together; each equivalent is one way the article may say the word. */
  readonly alternatives: readonly (readonly string[])[];
  /** True for question cues (why, when, how many): hints, not topic words. */
  readonly cue: boolean;
  /** True for a name or number (capitalised, or with digits), or a capitalised lexicon phrase (White House). */
  readonly name: boolean;
  /** Terms reached only through a different word that stems alike ("found" for "founded"): they help ranking
   * but are no evidence that the article covers the word. */
  readonly borrowed?: readonly string[];
  /** True when the word was read as a typing slip of a listed word: a guess, weaker evidence of the topic. */
  readonly guessed?: boolean;
}

/** An English question turned into Italian index terms. */
export interface EnglishQuery {
  /** Italian index terms with weights, for the passage index. */
  readonly terms: WeightedTerm[];
  /** The question's content words and phrases, in order, with their terms. */
  readonly words: readonly EnglishQueryWord[];
}

/** What an English question is translated against, besides the lexicon. */
export interface TranslationContext {
  /** The Italian index: English words the lexicon lacks are looked up there as cognates (none without it). */
  readonly vocabulary?: ItalianVocabulary;
  /** WordNet's exception lists, for irregular forms (default: the lexicon's). */
  readonly exceptions?: EnglishExceptions;
  /** The least similarity of an inexact cognate (default `COGNATE_THRESHOLD`). */
  readonly cognateThreshold?: number;
  /**
   * The exact Italian equivalents of a translation's terms (the Italian thesaurus's "=" lines: "ceo" = amministratore
   * delegato, a.d.), each as index terms; none without it.
   */
  readonly equivalents?: (terms: readonly string[]) => readonly (readonly string[])[];
}

/** How much an exact Italian equivalent of a translation counts (as an Italian question's equivalents do). */
const EQUIVALENT_WEIGHT = 0.9;

/** Least similarity (1 − edits / length) of a cognate found within one or two edits; chosen on the English dev set's tuning half. */
export const COGNATE_THRESHOLD = 0.8;

const NO_EXCEPTIONS: EnglishExceptions = new Map();

/**
 * Endings (as Italian stems show them) that make an adjective of a noun (energia → energetico, satellite →
 * satellitare, industria → industriale, università → universitario, governo → governativo, economia → economico), of
 * a place (Modena → modenese, Reggio → reggiano, Puglia → pugliese, Sicilia → siciliano), or a noun of a past participle or a verb (chiuso → chiusura, aperto →
 * apertura, discusso → discussione, espresso → espressione, asfaltato → asfaltatura, finanziato → finanziamento, gestisce → gestore).
 */
const DERIVING_ENDINGS = ['al', 'ar', 'ic', 'et', 'etic', 'ist', 'istic', 'iv', 'ativ', 'os', 'itar', 'ari', 'ier', 'es', 'ies', 'an', 'ian', 'ur', 'ion', 'atur', 'azion', 'ament', 'ator', 'or', 'ent', 'enz'];
/** How much an English word the article writes as typed counts beside its translations (chosen on the English dev
 * set: at 0.5 R@1 0.879, at 1 0.874, without it 0.874). */
const LOANWORD_WEIGHT = 0.5;

/** Letters from which an English word spelt exactly like an Italian word the article uses is no chance look-alike. */
const LONG_COGNATE = 8;

/** How much a derived word counts: as a near cognate. */
const DERIVED_WEIGHT = 0.8;

/**
 * The words an article derives from a translation's or a typed word's (the adjective of a noun, the noun of a
 * participle): a stem of `shortest` letters or more and one of `DERIVING_ENDINGS`, when the article uses that form
 * and not the word; with `back`, also the stem without such an ending ("gestion" → "gest" of "gestisce").
 * @param terms - the translation's index terms
 * @param vocabulary - the article's terms
 * @param shortest - the shortest stem derived from (default 5)
 * @param back - whether a word's ending is also taken off (default false)
 * @returns further alternatives, each with its weight as `similarity`
 */
export function derivedWords(terms: readonly string[], vocabulary: Pick<ItalianVocabulary, 'has'>, shortest = 5, back = false): { term: string; similarity: number }[] {
  const out: { term: string; similarity: number }[] = [];
  const add = (term: string) => {
    if (vocabulary.has(term) && !out.some((o) => o.term === term)) out.push({ term, similarity: DERIVED_WEIGHT });
  };
  for (const t of terms) {
    if (t.length < shortest || t.includes(' ')) continue;
    // (a verb's mobile diphthong is plain in its nouns: "presiede" → "presidente", "muove" → "movimento")
    const plain = /ie|uo/.test(t) ? [t.replace(/ie/, 'i'), t.replace(/ie/, 'e'), t.replace(/uo/, 'o')].filter((x) => x !== t) : [];
    for (const ending of DERIVING_ENDINGS) {
      add(t + ending);
      for (const x of plain) add(x + ending);
      // (and back: the noun typed, the article's verb or participle: "gestion" → "gest" of "gestisce")
      if (back && t.endsWith(ending) && t.length - ending.length >= shortest) add(t.slice(0, -ending.length));
    }
  }
  return out;
}

// A word written in capitals only: an acronym.
const ACRONYM_WORD = /^\p{Lu}{2,6}$/u;

// The month "maggio", as the index reads it (analysed when asked: the Italian lemmas are installed after loading).
const mayTerms = (): string[] => [...new Set(analyze('maggio', 'it').map((t) => t.term))];

/**
 * Whether "May" is the month: capitalised after the question's first word ("What closed on May 1st?", "since May"), or
 * next to a day or a year ("may 1", "1 may 2024"); "May I ask …" and "it may rain" are the verb.
 * @param tokens - the question's tokens
 * @param i - the token looked at
 */
function isMonthMay(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word' || t.lower !== 'may') return false;
  const number = (x: Token | undefined) => !!x && (x.kind === 'number' || (x.kind === 'alnum' && /^\d{1,2}(?:st|nd|rd|th)$/.test(x.lower)));
  return (t.surface === 'May' && i > 0) || number(tokens[i - 1]) || number(tokens[i + 1]);
}

// English prepositions that open a phrase of place or manner ("in front", "on top", "in charge").
const ENGLISH_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'by', 'to', 'into', 'onto', 'upon', 'under', 'over', 'behind', 'beside', 'below', 'above', 'across', 'along', 'among', 'within', 'without']);

// English contractions, written out before the words are looked up: "won't" is "will not" (not "won", of winning),
// "can't" "can not", "didn't" "did not", "they're" "they are".
const CONTRACTIONS: readonly (readonly [RegExp, string])[] = [
  [/\b([Ww])on['’]t\b/gu, '$1ill not'],
  [/\b([Cc])an['’]t\b/gu, '$1an not'],
  [/\b([Ss])han['’]t\b/gu, '$1hall not'],
  [/\b(\p{L}+)n['’]t\b/gu, '$1 not'],
  [/\b(\p{L}+)['’]re\b/gu, '$1 are'],
  [/\b(\p{L}+)['’]ve\b/gu, '$1 have'],
  [/\b(\p{L}+)['’]ll\b/gu, '$1 will'],
  [/\b([Ii])['’]m\b/gu, '$1 am'],
];

/**
 * An English question with its contractions written out.
 * @param question - the question
 * @returns the question, "won't" as "will not" and so on
 * @example
 * expandContractions("why won't Napoli sign him?") // 'why will not Napoli sign him?'
 */
export function expandContractions(question: string): string {
  return CONTRACTIONS.reduce((text, [re, to]) => text.replace(re, to), question);
}

/**
 * Turns an English question into Italian index terms: lexicon phrases first (longest match), then single
 * words; content words the lexicon does not know are kept as written (Italian analysis), since names and
 * loanwords are shared. Stopwords count only inside a lexicon phrase or when the lexicon lists them.
 * @param question - the English question
 * @param lexicon - the bilingual lexicon (the passage index carries the corpus's: `index.bilingual`)
 * @returns the weighted terms and the words they came from
 */
export function translateEnglishQuery(question: string, lexicon: BilingualLexicon, context: TranslationContext = {}): EnglishQuery {
  const { vocabulary, exceptions = lexicon.exceptions ?? NO_EXCEPTIONS, cognateThreshold = COGNATE_THRESHOLD } = context;
  const cognateAlternatives = (word: string) => (vocabulary ? cognates(word, vocabulary, exceptions, cognateThreshold) : []);
  const q = spellOutAmounts(expandContractions(question.normalize('NFC')));
  const all = tokenize(q);
  const tokens = all.filter((t) => t.kind !== 'compound');
  const covered = new Uint8Array(q.length);
  const words: EnglishQueryWord[] = [];
  const weights = new Map<string, number>();
  const add = (term: string, w: number) => weights.set(term, Math.max(weights.get(term) ?? 0, w));

  for (let i = 0; i < tokens.length; ) {
    let matched = 0;
    if (isMonthMay(tokens, i)) {
      // "on May 1st", "1 May 2024", "since May": the month, not the modal verb
      const tok = tokens[i]!;
      const terms = mayTerms();
      for (const term of terms) add(term, 1);
      words.push({ text: tok.surface, start: tok.start, via: 'lexicon', terms, alternatives: [terms], cue: false, name: false });
      covered.fill(1, tok.start, tok.end);
      i++;
      continue;
    }
    // A surname's particle, capitalised inside a name ("Luigi Di Maio", "De Luca"), is the name's, not a word to
    // translate ("Di" stems as "die" does): it is read as written, below.
    if (i > 0 && NAME_PARTICLES.has(tokens[i]!.lower) && /^\p{Lu}/u.test(tokens[i]!.surface) && tokens[i + 1]?.kind === 'word' && /^\p{Lu}/u.test(tokens[i + 1]!.surface)) {
      i++;
      continue;
    }
    // An Italian article opening an Italian title the question quotes ("the director of La vita davanti a sé"), its
    // next word one the article writes, is no English word to translate ("La" is no lanthanum): left out.
    if (ITALIAN_ARTICLES.has(tokens[i]!.lower) && tokens[i + 1]?.kind === 'word' && vocabulary && analyze(tokens[i + 1]!.surface, 'it').some((t) => vocabulary.has(t.term))) {
      covered.fill(1, tokens[i]!.start, tokens[i]!.end);
      i++;
      continue;
    }
    for (let n = Math.min(lexicon.maxWords, tokens.length - i); n >= 1 && !matched; n--) {
      let sense = lookup(lexicon, tokens.slice(i, i + n));
      // An irregular form found only through another word that stems alike ("rang": range) is read as its base form
      // ("ring"), by WordNet's exception lists.
      if (n === 1 && sense?.stemOnly) {
        const base = (exceptions.get(tokens[i]!.lower) ?? []).map((b) => lookup(lexicon, [{ lower: b }]) ?? wordnetSense(lexicon, b, exceptions)).find((x) => x !== undefined);
        if (base) sense = { ...base, borrowed: new Set(), stemOnly: false };
      }
      // A word found only through another that stems alike ("proposal" through "propose": proporre) takes the
      // wordnets' entry for itself first (proposta); the other word's translations stay, borrowed, at half weight.
      if (n === 1 && sense?.stemOnly) {
        const own = wordnetSense(lexicon, tokens[i]!.lower, exceptions);
        if (own) sense = { ...preferOwn(own, sense, sense.cue), stemOnly: false };
      }
      if (!sense) continue;
      // A phrase of prepositions and one noun after them ("in front": davanti, innanzi) whose translations the article
      // never uses is read as its noun alone, whose senses are wider ("front": fronte, "di fronte al cimitero"). (An
      // idiom of other words keeps its sense: "a lot" is molto, not lotto.)
      if (n > 1 && !sense.cue && vocabulary && ![...sense.terms.keys()].some((t) => vocabulary.has(t)) && tokens.slice(i, i + n - 1).every((t) => ENGLISH_PREPOSITIONS.has(t.lower))) continue;
      matched = n;
      const first = tokens[i]!;
      const last = tokens[i + n - 1]!;
      const text = q.slice(first.start, last.end);
      const span = tokens.slice(i, i + n);
      // A word the lexicon maps to itself (Llama 3, open source) or a capitalised phrase (White House) names a
      // thing as precisely as a name kept as written.
      const shared = analyze(text, 'it').some((t) => sense.terms.has(t.term));
      const properPhrase = n > 1 && span.every(looksLikeName);
      for (const [term, w] of sense.terms) add(term, w);
      // A translation the article does not use: the word's cognates the article does use are further alternatives,
      // the adjectives the article derives from the translation ("energy" → energia → "energetici"), and the
      // wordnets' other translations of the word that the article uses ("capacity": capacità, and capienza), at half
      // weight and never as a stem of fewer than four letters ("world" → creato → "cr", which "crea" also gives).
      const unused = n === 1 && !sense.cue && sense.terms.size && vocabulary && ![...sense.terms.keys()].some((t) => vocabulary.has(t));
      const wider = unused ? [...(wordnetSense(lexicon, first.lower, exceptions)?.terms ?? [])].filter(([t]) => t.length >= 4 && vocabulary!.has(t)).map(([term, w]) => ({ term, similarity: w * 0.5 })) : [];
      const extra = unused ? [...cognateAlternatives(first.lower), ...derivedWords([...sense.terms.keys()], vocabulary!), ...wider] : [];
      const written = n === 1 && vocabulary ? analyze(first.surface, 'it').filter((t) => vocabulary.has(t.term) && !sense.terms.has(t.term)) : [];
      // An acronym the article writes as it is ("RAM", "USB") is that too, whatever the dictionary says ("ram": montone)
      if (ACRONYM_WORD.test(first.surface)) for (const t of written) extra.push({ term: t.term, similarity: 1 });
      // A word the article itself writes as it is typed, in lower case, whatever the dictionary says: a loanword
      // ("match", "manager", "post") or a word both languages spell alike. Written only inside a name ("Face" of
      // "Hugging Face") it is that name's, not the word's.
      if (!sense.cue) {
        for (const t of written) if (!vocabulary?.writtenAsName?.(t.term) && !extra.some((c) => c.term === t.term)) extra.push({ term: t.term, similarity: LOANWORD_WEIGHT });
      }
      for (const c of extra) add(c.term, c.similarity);
      words.push({
        text,
        start: first.start,
        via: 'lexicon',
        terms: [...sense.terms.keys(), ...extra.map((c) => c.term)],
        alternatives: [...sense.alternatives, ...extra.map((c) => [c.term])],
        cue: sense.cue,
        name: (shared && looksLikeName(first)) || properPhrase,
        ...(sense.borrowed.size ? { borrowed: [...sense.borrowed] } : {}),
      });
      covered.fill(1, first.start, last.end);
    }
    const tok = tokens[i]!;
    if (!matched && tok.kind === 'word' && tok.lower.includes('-')) {
      // "laptop-friendly", "instruction-following": the parts the lexicon knows stand for the whole.
      const terms = new Map<string, number>();
      let alternatives: (readonly string[])[] = [];
      for (const part of tok.lower.split('-')) {
        const sense = lookup(lexicon, [{ lower: part }]);
        for (const [term, w] of sense?.terms ?? []) terms.set(term, Math.max(terms.get(term) ?? 0, w));
        alternatives = mergeAlternatives(alternatives, sense?.alternatives ?? []);
      }
      if (terms.size) {
        for (const [term, w] of terms) add(term, w);
        words.push({ text: tok.surface, start: tok.start, via: 'lexicon', terms: [...terms.keys()], alternatives, cue: false, name: false });
        covered.fill(1, tok.start, tok.end);
      }
    }
    if (!matched && !covered[tok.start] && tok.kind === 'word' && !looksLikeName(tok) && !isStopword(tok.lower, 'en')) {
      // An irregular form (children, wrote, analyses): the entry of its base form, by WordNet's exception lists.
      // Then a regular one the stemmer does not undo (tallest → tall), by WordNet's detachment rules.
      const base = [...(exceptions.get(tok.lower) ?? []), ...englishBaseForms(tok.lower).slice(1)]
        .map((b) => lookup(lexicon, [{ lower: b }]))
        .find((x) => x !== undefined);
      const asIs = analyze(tok.surface, 'it').map((t) => t.term);
      // A word the article itself uses as written (a loanword, a name in lower case) needs no cognate.
      const written = asIs.some((t) => vocabulary?.has(t));
      // A place typed in lower case whose Italian name the article writes ("in venice": Venezia), as the name
      // capitalised would be read.
      const place = !written && !base && vocabulary ? lexicon.names?.(tok.surface.charAt(0).toUpperCase() + tok.surface.slice(1)) : undefined;
      if (place && [...place.terms.keys()].some((t) => vocabulary!.has(t))) {
        for (const [term, w] of place.terms) add(term, w);
        words.push({ text: tok.surface, start: tok.start, via: 'lexicon', terms: [...place.terms.keys()], alternatives: place.alternatives, cue: false, name: true });
        covered.fill(1, tok.start, tok.end);
        i++;
        continue;
      }
      let found = written ? [] : cognateAlternatives(tok.lower);
      // (a look-alike the wordnets' translations of the word never meet is a false friend: "joke" is scherzo,
      // facezia…, not the "gioco" it resembles; a long word spelt exactly as the rules say is a cognate all the same,
      // the wordnets' lists keeping only their senses' most used words: "territory" is circoscrizione, regione … and
      // territorio)
      const sense = found.length && !base && lexicon.fallback ? wordnetSense(lexicon, tok.lower, exceptions) : undefined;
      const meets = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));
      const translations = sense ? [...sense.terms.keys()] : [];
      if (sense && !found.some((c) => translations.some((t) => meets(c.term, t)))) found = tok.lower.length >= LONG_COGNATE ? found.filter((c) => c.similarity === 1) : [];
      // Then a word none of these knows and the article does not write (whole either: "ceo" for "CEO"): the
      // wordnets' translations of its most used senses, counting as much as Brano's own (at 0.5 or 0.7 the English
      // dev set read no better).
      // (An inflected form whose base form the wordnets list is read as that word even when it also looks like an
      // Italian word: "drivers" is autista, conducente…, whatever "diversi" it resembles; the look-alike stays an
      // alternative.)
      const inflected = () => !!lexicon.fallback && englishBaseForms(tok.lower, exceptions).slice(1).some((b) => lexicon.fallback!(b));
      const known = base ?? ((found.length && !inflected()) || written || vocabulary?.has(foldAccents(tok.lower)) ? undefined : wordnetSense(lexicon, tok.lower, exceptions));
      if (known && vocabulary && ![...known.terms.keys()].some((t) => vocabulary.has(t))) found.push(...derivedWords([...known.terms.keys()], vocabulary));
      if (known || found.length) {
        for (const [term, w] of known?.terms ?? []) add(term, w);
        for (const c of found) add(c.term, c.similarity);
        // The word as written stays an alternative: a loanword or a name typed in lower case.
        for (const t of asIs) add(t, 1);
        words.push({
          text: tok.surface,
          start: tok.start,
          via: known ? 'lexicon' : 'cognate',
          terms: [...new Set([...(known?.terms.keys() ?? []), ...found.map((c) => c.term), ...asIs])],
          alternatives: [...(known?.alternatives ?? []), ...found.map((c) => [c.term]), ...asIs.map((t) => [t])],
          cue: known?.cue ?? false,
          name: false,
        });
        covered.fill(1, tok.start, tok.end);
      }
    }
    if (!matched && !covered[tok.start] && tok.kind === 'word' && looksLikeName(tok) && vocabulary && !isStopword(tok.lower, 'en')) {
      // A name the article writes in its Italian form (Byzantium: Bisanzio, Dioscorides: Dioscoride): its cognates,
      // when the name as written is not in the article. It stays a name, so a miss still weighs as one.
      const asIs = analyze(tok.surface, 'it').map((t) => t.term);
      const inArticle = asIs.some((t) => vocabulary.has(t));
      // (also the adjective the article makes of a place: Modena → "Modenese", Bologna → "bolognese"; and a name in
      // the English plural, "iPhones", the name the article writes, "iPhone")
      const singular = !inArticle && /[^s]s$/u.test(tok.surface) ? analyze(tok.surface.slice(0, -1), 'it').filter((t) => vocabulary.has(t.term)).map((t) => ({ term: t.term, similarity: 1 })) : [];
      // (a place's stem may be short: "Puglia" → "pugliese", "Sicilia" → "siciliano")
      // (a name whose Italian form the article writes is that name, not a word made from it: "Milan" is "Milano", not
      // "milanese")
      const nameSense = inArticle ? undefined : lexicon.names?.(tok.surface);
      const nameWritten = !!nameSense && [...nameSense.terms.keys()].some((t) => vocabulary.has(t));
      const found = inArticle || nameWritten ? [] : [...singular, ...cognateAlternatives(tok.lower), ...derivedWords(asIs, vocabulary, 4)];
      // An English acronym the article writes the Italian way (GDP: PIL, EU: UE, UN: ONU): the wordnets' entry. A
      // name the article writes in Italian (Jupiter: Giove, Beijing: Pechino): its Italian name. A capitalised word
      // standing alone, as English writes adjectives of peoples and places ("the Iberian lynx": iberico): the
      // wordnets' entry too — not a word of a longer name ("George Bush" is no bush).
      const alone = !(tokens[i - 1] && looksLikeName(tokens[i - 1]!) && tokens[i - 1]!.kind === 'word') && !(tokens[i + 1] && looksLikeName(tokens[i + 1]!) && tokens[i + 1]!.kind === 'word');
      const acronym =
        !inArticle && !found.length
          ? /^\p{Lu}{2,5}$/u.test(tok.surface)
            ? wordnetSense(lexicon, tok.lower, exceptions)
            : (nameSense ?? (alone ? wordnetSense(lexicon, tok.lower, exceptions) : undefined))
          : undefined;
      // A word of a capitalised run the article does not write ("the Budget Committee", as English writes the names
      // of bodies): its translations the article uses ("commissione Bilancio"), as a common word's. A name's word
      // (George Bush) has none the article writes: every word of the run must have one.
      const common = !inArticle && !found.length && !acronym && !alone ? usedTranslations(lexicon, tok.lower, exceptions, vocabulary) : undefined;
      if (common && runOf(tokens, i).every((t) => t === tok || !!usedTranslations(lexicon, t.lower, exceptions, vocabulary))) {
        for (const [term, w] of common.terms) add(term, w);
        for (const t of asIs) add(t, 1);
        words.push({ text: tok.surface, start: tok.start, via: 'lexicon', terms: [...new Set([...common.terms.keys(), ...asIs])], alternatives: [...common.alternatives, ...asIs.map((t) => [t])], cue: false, name: false });
        covered.fill(1, tok.start, tok.end);
      } else if (acronym) {
        for (const [term, w] of acronym.terms) add(term, w);
        for (const t of asIs) add(t, 1);
        const terms = [...new Set([...acronym.terms.keys(), ...asIs])];
        words.push({ text: tok.surface, start: tok.start, via: 'lexicon', terms, alternatives: [...acronym.alternatives, ...asIs.map((t) => [t])], cue: false, name: true });
        covered.fill(1, tok.start, tok.end);
      } else if (found.length) {
        for (const c of found) add(c.term, c.similarity);
        for (const t of asIs) add(t, 1);
        const terms = [...new Set([...found.map((c) => c.term), ...asIs])];
        words.push({ text: tok.surface, start: tok.start, via: 'cognate', terms, alternatives: terms.map((t) => [t]), cue: false, name: true });
        covered.fill(1, tok.start, tok.end);
      }
    }
    // A word the article writes as it is (a name typed in lower case: "victoria") is not a slip or a derivation.
    const inArticle = () => !!vocabulary && analyze(tok.surface, 'it').some((t) => vocabulary.has(t.term));
    if (!matched && !covered[tok.start] && tok.kind === 'word' && !looksLikeName(tok) && !isStopword(tok.lower, 'en') && !inArticle()) {
      // An unlisted derivation ("distributor", "creativeness"): the nearest listed word with the same root.
      const near = nearestKey(lexicon, stem(tok.lower, 'en'));
      if (near) {
        for (const [term, w] of near.terms) add(term, w * NEAR_WEIGHT);
        words.push({ text: tok.surface, start: tok.start, via: 'lexicon', terms: [...near.terms.keys()], alternatives: near.alternatives, cue: near.cue, name: false });
        covered.fill(1, tok.start, tok.end);
      }
    }
    if (!matched && !covered[tok.start] && tok.kind === 'word' && !looksLikeName(tok) && !isStopword(tok.lower, 'en') && !inArticle()) {
      // A typing slip ("requirment", "licsense"): the one listed word a single edit away.
      const near = typoKey(lexicon, tok.lower);
      if (near) {
        for (const [term, w] of near.terms) add(term, w * TYPO_WEIGHT);
        words.push({ text: tok.surface, start: tok.start, via: 'lexicon', terms: [...near.terms.keys()], alternatives: near.alternatives, cue: near.cue, name: false, guessed: true });
        covered.fill(1, tok.start, tok.end);
      }
    }
    const ordinal = !matched && !covered[tok.start] ? ordinalTerms(tok.lower) : undefined;
    if (ordinal) {
      // "19th century": Italian writes ordinals, centuries above all, in Roman numerals (XIX secolo) or as 19°.
      for (const t of ordinal) add(t, 1);
      words.push({ text: tok.surface, start: tok.start, via: 'lexicon', terms: ordinal, alternatives: ordinal.map((t) => [t]), cue: false, name: true });
      covered.fill(1, tok.start, tok.end);
    }
    i += matched || 1;
  }

  // Words the lexicon did not cover: Italian analysis of the words as written (compounds like "Llama 2" too).
  const asIs = analyze(q, 'it').filter((t) => !covered[t.start]);
  for (const tok of all) {
    if (covered[tok.start] && tok.kind !== 'compound') continue;
    if (tok.kind === 'word' && (tok.lower.length < 2 || isStopword(tok.lower, 'en'))) continue;
    if (tok.kind === 'compound' && covered[tok.end - 1]) continue;
    const terms = [...new Set(asIs.filter((t) => t.start === tok.start && t.end === tok.end).map((t) => t.term))];
    // A brand typed in lower case ("pytorch", "openai") is indexed whole, as the analyser keeps names with inner
    // capitals ("PyTorch"): try the unstemmed word too.
    const whole = foldAccents(tok.lower);
    if (tok.kind === 'word' && !looksLikeName(tok) && terms.length && !terms.includes(whole)) terms.push(whole);
    // An acronym typed in capitals that the article writes as a word ("ESA" asked, "Esa" written).
    const asWord = tok.kind === 'word' && vocabulary && !terms.some((t) => vocabulary.has(t)) ? acronymAsWord(tok.surface, 'it') : undefined;
    if (asWord && vocabulary!.has(asWord)) terms.push(asWord);
    // A number with English thousands separators ("12,000") as Italian writes it ("12.000"), which never writes it so.
    if (tok.kind === 'number' && /^\d{1,3}(?:,\d{3})+$/u.test(tok.lower)) terms.splice(0, terms.length, tok.lower.replace(/,/gu, '.'));
    if (!terms.length) continue;
    for (const term of terms) add(term, 1);
    if (tok.kind === 'compound') continue;
    words.push({ text: tok.surface, start: tok.start, via: 'as-is', terms, alternatives: terms.map((t) => [t]), cue: false, name: looksLikeName(tok) });
  }
  words.sort((a, b) => a.start - b.start);
  const joined = vocabulary ? withViceCompounds(q, words, vocabulary, add) : words;
  // A translation the article does not use: its exact Italian equivalents are further alternatives ("CEO" → ceo →
  // "amministratore delegato").
  const widened = context.equivalents && vocabulary ? joined.map((w) => withEquivalents(w, context.equivalents!, vocabulary, weights, add)) : joined;
  return { terms: [...weights].map(([term, weight]) => ({ term, weight })), words: widened };
}

/** The run of capitalised words (`looksLikeName`) around token `i`. */
function runOf(tokens: readonly Token[], i: number): readonly Token[] {
  const inRun = (t: Token | undefined) => !!t && t.kind === 'word' && looksLikeName(t);
  let r0 = i;
  while (inRun(tokens[r0 - 1])) r0--;
  let r1 = i + 1;
  while (inRun(tokens[r1])) r1++;
  return tokens.slice(r0, r1);
}

/**
 * The translations of an English word that an article uses: Brano's lexicons' entry for it, else the wordnets', each
 * alternative kept only when the article's index holds all its terms.
 * @returns the sense with only those alternatives, or undefined when the article uses none
 */
function usedTranslations(lexicon: BilingualLexicon, word: string, exceptions: EnglishExceptions, vocabulary: ItalianVocabulary): LexiconSense | undefined {
  const sense = lookup(lexicon, [{ lower: word }]) ?? wordnetSense(lexicon, word, exceptions);
  if (!sense || sense.cue) return undefined;
  const alternatives = sense.alternatives.filter((alt) => alt.length > 0 && alt.every((t) => vocabulary.has(t)));
  if (!alternatives.length) return undefined;
  const used = new Set(alternatives.flat());
  return { ...sense, terms: new Map([...sense.terms].filter(([t]) => used.has(t))), alternatives };
}

// English "deputy" or "vice" before an office ("deputy mayor", "vice-president").
const VICE_WORD = /^(?:deputy|vice)(?:[-‐](\p{L}+))?$/u;

/**
 * "Deputy mayor", "vice-president": Italian writes the office with "vice" joined to it (vicesindaco, vicepreside,
 * vicepresidente), one word that neither "deputy" nor "mayor" finds. Where the article writes such a word for a
 * translation of the office, the office and its "deputy" become one word of the question whose alternatives are
 * the joined forms the article uses. An office the article does not write joined is left as it was.
 * @param q - the question
 * @param words - its words, in order
 * @param vocabulary - the article's vocabulary
 * @param add - records a term's weight
 * @returns the words, with each such pair merged
 */
function withViceCompounds(q: string, words: readonly EnglishQueryWord[], vocabulary: ItalianVocabulary, add: (term: string, w: number) => void): EnglishQueryWord[] {
  const out: EnglishQueryWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const m = VICE_WORD.exec(w.text.toLowerCase());
    // "deputy mayor": the office is the next word, right after; "vice-principal": the part after the hyphen.
    const next = m && !m[1] ? words[i + 1] : undefined;
    const adjacent = next !== undefined && /^\s+$/u.test(q.slice(w.start + w.text.length, next.start));
    const office = m?.[1] ? w : adjacent && !next!.cue && !next!.name ? next : undefined;
    if (!office) {
      out.push(w);
      continue;
    }
    const joined = [...new Set(office.alternatives.filter((a) => a.length === 1).map((a) => `vice${a[0]!}`))].filter((t) => vocabulary.has(t));
    if (!joined.length) {
      out.push(w);
      continue;
    }
    for (const t of joined) add(t, 1);
    // (The office alone is no alternative: "sindaco" names the mayor, not the deputy.)
    out.push({
      ...w,
      text: office === w ? w.text : q.slice(w.start, office.start + office.text.length),
      terms: office === w ? [...new Set([...joined, ...w.terms])] : joined,
      alternatives: [...joined.map((t) => [t]), ...(office === w ? w.alternatives : [])],
      via: 'lexicon',
    });
    if (office !== w) i++;
  }
  return out;
}

// A question word with the exact equivalents of its alternatives the article does not use, each added at
// `EQUIVALENT_WEIGHT` of the weakest term it stands for.
function withEquivalents(
  w: EnglishQueryWord,
  equivalents: NonNullable<TranslationContext['equivalents']>,
  vocabulary: ItalianVocabulary,
  weights: ReadonlyMap<string, number>,
  add: (term: string, w: number) => void,
): EnglishQueryWord {
  if (w.cue) return w;
  const seen = new Set(w.alternatives.map((a) => a.join(' ')));
  const extra: (readonly string[])[] = [];
  for (const alt of w.alternatives) {
    if (!alt.length || alt.every((t) => vocabulary.has(t))) continue;
    for (const eq of equivalents(alt)) {
      const key = eq.join(' ');
      if (!eq.length || seen.has(key)) continue;
      seen.add(key);
      extra.push(eq);
      const weight = Math.min(...alt.map((t) => weights.get(t) ?? 1)) * EQUIVALENT_WEIGHT;
      for (const t of eq) add(t, weight);
    }
  }
  return extra.length ? { ...w, terms: [...new Set([...w.terms, ...extra.flat()])], alternatives: [...w.alternatives, ...extra] } : w;
}

// The single-word entry sharing the longest root with a stem: at least 6 letters and 80% of the longer word,
// so "distributor" reaches "distribution" but "eventually" does not reach "event".
function nearestKey(lexicon: BilingualLexicon, stemmed: string): LexiconSense | undefined {
  if (stemmed.length < 6) return undefined;
  let best: string | undefined;
  let bestLength = 0;
  // Keys only: the lexicon may decode its entries on demand, and only the winner's is needed.
  for (const key of lexicon.entries.keys()) {
    if (key.length < 6 || key.includes(' ') || key.startsWith('=') || key.startsWith('~')) continue;
    let k = 0;
    while (k < key.length && k < stemmed.length && key[k] === stemmed[k]) k++;
    if (k >= 6 && k >= 0.8 * Math.max(key.length, stemmed.length) && k > bestLength) {
      best = key;
      bestLength = k;
    }
  }
  return best === undefined ? undefined : lexicon.entries.get(best);
}

/** Roman numerals: value and symbol, largest first. */
const ROMAN: readonly (readonly [number, string])[] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/**
 * The Italian index terms of an English ordinal written with digits ("19th", "3rd"): the number and its Roman
 * numeral, as Italian writes centuries, popes and sovereigns (XIX secolo, Enrico VIII).
 * @param word - a lower-case token
 * @returns the terms, or undefined when the token is not such an ordinal
 * @example
 * ordinalTerms('19th') // ['19', 'xix']
 */
export function ordinalTerms(word: string): string[] | undefined {
  const m = /^(\d{1,4})(?:st|nd|rd|th)$/.exec(word);
  const n = m ? Number(m[1]) : 0;
  if (!n || n > 3999) return undefined;
  let rest = n;
  let roman = '';
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      roman += symbol;
      rest -= value;
    }
  }
  return [String(n), roman];
}

// Chat shorthand for amounts ("700M users", "$10B", "10bn") spelt out as the lexicon lists them ("700 million"); a
// lower-case "m" or "mm" after a number with no currency before it is a length ("the 200m freestyle", "12mm").
function spellOutAmounts(q: string): string {
  return q.replace(/([$€£]\s?)?(\d+(?:[.,]\d+)?)\s?(k|m|mm|mn|mln|b|bn)\b/gi, (_, money: string | undefined, n: string, unit: string) => {
    const u = unit.toLowerCase();
    if (!money && (unit === 'm' || unit === 'mm')) return `${n} ${unit === 'm' ? 'metres' : 'millimetres'}`;
    return `${money ?? ''}${n} ${u === 'k' ? 'thousand' : u.startsWith('b') ? 'billion' : 'million'}`;
  });
}

// The single written word of the lexicon one edit (or one swap of neighbours) away from a word, when exactly
// one entry's terms are that close; entries that name no topic ("-") are skipped, so a misspelt topic word is
// never silenced by a filler word.
function typoKey(lexicon: BilingualLexicon, word: string): LexiconSense | undefined {
  if (word.length < TYPO_MIN_LENGTH || !/^\p{L}+$/u.test(word)) return undefined;
  let found: LexiconSense | undefined;
  // Keys first: the lexicon may decode its entries on demand, and only the close ones are needed.
  for (const key of lexicon.entries.keys()) {
    if (!key.startsWith('~') || key.includes(' ')) continue;
    const written = key.slice(1);
    // Slips rarely touch the first letter; requiring it keeps real words apart ("nuclear" is not "unclear").
    if (written.length < TYPO_MIN_LENGTH - 1 || written === word || written[0] !== word[0]) continue;
    if (editDistance(word, written, 1) > 1) continue;
    const sense = lexicon.entries.get(key)!;
    if (!sense.terms.size) continue;
    if (found && sameTerms(found, sense)) continue;
    if (found) return undefined;
    found = sense;
  }
  return found;
}

function sameTerms(a: LexiconSense, b: LexiconSense): boolean {
  return a.terms.size === b.terms.size && [...a.terms.keys()].every((t) => b.terms.has(t));
}

// Italian articles that are no English words, as an Italian title quoted in an English question opens with them.
const ITALIAN_ARTICLES: ReadonlySet<string> = new Set(['il', 'lo', 'la', 'gli', 'le', 'della', 'dello', 'delle', 'degli', 'dei']);

// The particles of surnames ("Di Maio", "De Luca", "Della Valle", "Van Gogh", "Von Trier").
const NAME_PARTICLES: ReadonlySet<string> = new Set(['di', 'de', 'del', 'della', 'dello', 'dei', 'degli', 'da', 'dal', 'dalla', 'dall', 'von', 'van', 'der', 'den', 'dos', 'das', 'du']);

// Capitalised or with digits: a name, a product, a number. A capitalised first word counts too: questions
// open with a question word, so a first word that is neither that nor in the lexicon is most often a name.
function looksLikeName(tok: Token): boolean {
  return tok.kind !== 'word' || /^\p{Lu}/u.test(tok.surface) || /^\p{Ll}+\p{Lu}/u.test(tok.surface);
}

/**
 * Italian index terms for an English question (see `translateEnglishQuery`).
 * @param question - the English question
 * @param lexicon - the bilingual lexicon (the passage index carries the corpus's: `index.bilingual`)
 * @returns weighted Italian terms, ready for the passage index
 * @example
 * englishQueryTerms('Who signed the agreement with the White House?').map((t) => t.term)
 * // includes 'cas', 'bianc' (Casa Bianca), 'stipul', 'accord'
 */
export function englishQueryTerms(question: string, lexicon: BilingualLexicon): WeightedTerm[] {
  return translateEnglishQuery(question, lexicon).terms;
}

/**
 * How much of an English question reached the index: the share of its topic words (cues left out) with at
 * least one Italian term the index contains. Names and numbers count more: a question about a name the article
 * never mentions (the Mona Lisa, ChatGPT Plus) is about something else (three times), one about a name it does
 * mention is on topic (twice). A word the lexicon knows whose Italian the article lacks ("founded") is known
 * vocabulary on another subject and counts twice; an unknown word missing counts once, being more often a gap
 * in the lexicon. A word read as a typing slip counts half when found: "prayer" may be a real word, not "player".
 * @param query - the translated question
 * @param inIndex - whether the index holds a term
 * @returns a fraction from 0 to 1 (1 when the question has no topic words)
 */
export function englishCoverage(query: EnglishQuery, inIndex: (term: string) => boolean): number {
  let total = 0;
  let found = 0;
  for (const w of query.words) {
    if (w.cue || !w.terms.length) continue;
    const hit = w.terms.some((t) => inIndex(t) && !w.borrowed?.includes(t));
    total += hit ? (w.name ? NAME_FOUND : 1) : w.name ? NAME_MISSED : w.via === 'lexicon' && !w.guessed ? KNOWN_MISSED : UNKNOWN_MISSED;
    if (hit) found += w.name ? NAME_FOUND : w.guessed ? GUESS_FOUND : 1;
  }
  return total ? found / total : 1;
}
