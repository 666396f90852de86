/**
 * Text analysis shared by indexing and querying: one tokenizer, stopwords, stemming and sentence splitting.
 *
 * natural supplies the language data (Italian and English stopword lists, the Porter stemmers); sentences are
 * split by `sentences.ts`. Its own word tokenizers cut words at accented letters ("città" → "citt"), so the tokenizer here is
 * Brano's own: Unicode-aware, splitting Italian elisions (`dell’IA` → `dell` + `IA`) and keeping whole what users
 * type as one thing (`40%`, `700`, `Al-Dahle`, `4Chan`, `Llama 2`).
 */
// Deep imports: the package's entry point loads database clients and prints to stdout (see README).
import stemmerIt from 'natural/lib/natural/stemmers/porter_stemmer_it.js';
import stemmerEn from 'natural/lib/natural/stemmers/porter_stemmer.js';
import stopwordsIt from 'natural/lib/natural/util/stopwords_it.js';
import stopwordsEn from 'natural/lib/natural/util/stopwords.js';
import type { LemmaTable } from './lemmas.js';

const stopwordsItList = stopwordsIt.words;
const stopwordsEnList = stopwordsEn.words;

/** A language Brano analyses. */
export type Lang = 'it' | 'en';

/** One token of a text, with where it stands. */
export interface Token {
  /** The text as written. */
  readonly surface: string;
  /** Lower-cased, NFC, typographic apostrophes folded. */
  readonly lower: string;
  /** Offset of the first character in the analysed text. */
  readonly start: number;
  /** Offset one past the last character. */
  readonly end: number;
  /** What kind of token it is. */
  readonly kind: 'word' | 'number' | 'alnum' | 'compound';
}

/** An index term derived from a token: stemmed, accent-folded, stopwords gone. */
export interface Term {
  /** The normalised term used as the index key. */
  readonly term: string;
  /** Offset of the token it came from. */
  readonly start: number;
  /** End offset of the token it came from. */
  readonly end: number;
}

// Digits are in natural's Italian list; Brano keeps them, since "Llama 2" and "700" are what users ask about.
const EXTRA_IT = [
  'l', 'un', 'd', 'c', 's', 'n', 'm', 't', 'v', 'po', 'quest', 'quell', 'nessun', 'cos', 'cosa', 'così', 'sta',
  'essere', 'avere', 'fare', 'stato', 'stata', 'stati', 'state', 'già', 'poi', 'ancora', 'solo', 'molto', 'ogni',
  'dopo', 'prima', 'mentre', 'quando', 'dove', 'quale', 'quali', 'qual', 'perché', 'perche', 'sì', 'no', 'ecco',
  'oppure', 'però', 'quindi', 'dunque', 'invece', 'cioè', 'tale', 'tali', 'stesso', 'stessa', 'stessi', 'stesse',
  'cui', 'nonché', 'secondo', 'circa', 'verso', 'senza', 'sopra', 'sotto', 'dentro', 'fuori', 'presso', 'fino', 'può',
  'possono', 'potrebbe', 'potrebbero', 'deve', 'devono', 'dovrebbe', 'viene', 'vengono', 'dice', 'detto',
  // quantifiers and forms of "fare" that questions use as glue ("cosa ha fatto", "tiene tanto a")
  'tanto', 'tanta', 'tanti', 'tante', 'molti', 'molte', 'poco', 'pochi', 'poche', 'troppo', 'troppi', 'alcuni',
  'alcune', 'qualche', 'qualcosa', 'qualcuno', 'niente', 'nulla', 'fatto', 'fatta', 'fatti', 'fatte', 'fa',
  // modal and progressive glue ("chi poteva usarlo", "stanno andando verso"): forms of potere, dovere, volere,
  // stare, andare, and "tipo" of "che tipo di"
  'potere', 'posso', 'puoi', 'possiamo', 'potete', 'poteva', 'potevano', 'potrà', 'potranno', 'potrei', 'potremmo',
  'potuto', 'dovere', 'doveva', 'dovevano', 'dovrà', 'dovranno', 'dovuto', 'vuole', 'vogliono', 'voleva', 'volevano',
  'stava', 'stavano', 'stando', 'andando', 'tutta', 'tutte', 'tipo', 'tipi', 'esiste', 'esistono',
  // the article itself, as questions name it ("nominato nel pezzo", "secondo l'articolo")
  'articolo', 'pezzo',
  // conversational requests around a question ("dimmi", "vorrei sapere", "mi ricordi", "spiegami")
  'dimmi', 'dirmi', 'dici', 'dica', 'ditemi', 'vorrei', 'vorremmo', 'sapere', 'sai', 'sapete', 'spiegami',
  'spiegarmi', 'raccontami', 'ricordami', 'ricordi', 'puoi', 'potresti', 'quel', 'quei', 'quegli', 'va',
  'vanno', 'voluto', 'voluta', 'sa', 'saputo', 'sapresti', 'sapreste', 'dimmelo', 'parlami', 'elenca', 'elencami',
  'riassumi', 'scusa', 'scusami', 'ok', 'te', 'insomma', 'allora', 'esattamente', 'esatto', 'esatta', 'certo',
  'brevemente',
  'grazie', 'tantissimi', 'tantissime', 'moltissimi', 'moltissime',
];
const EXTRA_EN = [
  'does', 'did', 'do', 'done', 'doing', 'has', 'have', 'had', 'having', 'would', 'could', 'should', 'will', 'shall',
  'may', 'might', 'can', 'must', 'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'about',
  'say', 'says', 'said', 's', 't', 'd', 'll', 're', 've', 'm',
];

const DIGITS = /^\d+$/;
// Plain ASCII has no accents to fold.
const ASCII = /^[ -~\t\n\r]*$/;
const STOPWORDS: Record<Lang, ReadonlySet<string>> = {
  it: new Set([...stopwordsItList, ...EXTRA_IT].filter((w) => !DIGITS.test(w)).map(foldAccents)),
  en: new Set([...stopwordsEnList, ...EXTRA_EN].filter((w) => !DIGITS.test(w))),
};

// The Italian stopwords as written, their accents kept ("sarà" is one, "Sara" a given name).
const WRITTEN_IT_STOPWORDS: ReadonlySet<string> = new Set([...stopwordsItList, ...EXTRA_IT]);

/**
 * Whether a lower-cased Italian word is a stopword as written, accents and all: "sara" is no "sarà" (see `isStopword`,
 * which folds accents, for words typed without them).
 * @param word - a lower-cased word
 */
export const isWrittenStopword = (word: string): boolean => WRITTEN_IT_STOPWORDS.has(word);

/**
 * A bounded memo of a pure function's results that keeps what recurs. Entries go into a young generation; when it is
 * full it becomes the old one (the previous old one is dropped), and a hit in the old generation is carried back into
 * the young one. A corpus's frequent words stay, its rare ones are forgotten, and a corpus whose vocabulary drifts
 * from article to article keeps the words of the article being read; a memo that was cleared when full would work
 * all of them out again, and one that stopped taking entries would miss every new article's own words.
 * At most twice `max` entries are held.
 */
export class GenerationalMemo<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  /**
   * @param max - entries per generation
   */
  constructor(private readonly max: number) {}

  /**
   * The value remembered for a key.
   * @param key - the key
   * @returns its value, or undefined when it is not remembered
   */
  get(key: K): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const older = this.old.get(key);
    if (older !== undefined) this.set(key, older);
    return older;
  }

  /**
   * Remembers a value.
   * @param key - the key
   * @param value - its value
   */
  set(key: K, value: V): void {
    if (this.young.size >= this.max) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  /** Forgets everything. */
  clear(): void {
    this.young.clear();
    this.old.clear();
  }
}

/**
 * Whether a lower-cased word is a stopword in a language (accents ignored).
 * @param word - a lower-cased word
 * @param lang - the language
 * @returns true for function words that carry no topic
 */
export function isStopword(word: string, lang: Lang): boolean {
  if (lang !== 'it' || ASCII.test(word)) return STOPWORDS[lang].has(word);
  let stop = accentedStopword.get(word);
  if (stop === undefined) {
    stop = STOPWORDS.it.has(foldAccents(word));
    accentedStopword.set(word, stop);
  }
  return stop;
}

// An accented word's answer is remembered, so no word is normalised twice.
const accentedStopword = new GenerationalMemo<string, boolean>(25_000);

/**
 * Removes diacritics: "città" → "citta", "perché" → "perche".
 * @param s - any text
 * @returns the text without combining marks
 */
export function foldAccents(s: string): string {
  if (ASCII.test(s)) return s;
  return s.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

/**
 * Canonical form for comparing text: NFC, typographic apostrophes and quotes made plain, zero-width and
 * bidirectional marks removed. Offsets are preserved (every replacement is one UTF-16 unit for one).
 * @param s - any text
 * @returns the text with the same length, ready to tokenize
 */
export function normalizeForAnalysis(s: string): string {
  return s.replace(/[‘’ʼ`´]/g, "'").replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g, ' ');
}

// number (with decimals and %), or a run of letters/digits possibly joined by hyphens.
const TOKEN_RE = /\d+(?:[.,]\d+)*\s?%|\d+(?:[.,]\d{3})+(?![\d])|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:-[\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

/**
 * Splits text into tokens. Apostrophes end a token, so Italian elisions split (`dell’IA` → `dell`, `ia`);
 * hyphenated names stay whole (`al-dahle`), numbers keep their percent sign (`40%`), a name followed by a
 * small number also yields a compound (`Llama 2` → `llama`, `2`, and `llama2`).
 * @param text - the text to split (offsets refer to it)
 * @returns tokens in order of appearance
 * @example
 * tokenize('dell’IA di Llama 2').map((t) => t.lower) // ['dell', 'ia', 'di', 'llama', '2', 'llama2']
 */
export function tokenize(text: string): Token[] {
  // Callers pass NFC text (the loader and the query entry points normalise); offsets then match one for one.
  const src = normalizeForAnalysis(text);
  const out: Token[] = [];
  let prev: Token | undefined;
  for (const m of src.matchAll(TOKEN_RE)) {
    const surface = text.slice(m.index, m.index + m[0].length);
    const lower = lowerOf(m[0]);
    const kind = tokenKind(lower);
    const tok: Token = { surface, lower, start: m.index, end: m.index + m[0].length, kind };
    if (prev && tok.start - prev.end === 1 && joinsAsCompound(prev.kind, prev.lower, kind, lower)) {
      out.push(tok, { surface: text.slice(prev.start, tok.end), lower: prev.lower + lower, start: prev.start, end: tok.end, kind: 'compound' });
    } else {
      out.push(tok);
    }
    prev = tok;
  }
  return out;
}

/**
 * Calls `visit` with each token match of a text, as {@link tokenize} finds them, without making token objects: the
 * matched text (the token as written; a number's inner space included) and its offset.
 * @param text - the text (NFC)
 * @param visit - told each match and where it starts
 */
export function scanTokens(text: string, visit: (match: string, start: number) => void): void {
  const src = normalizeForAnalysis(text);
  const re = new RegExp(TOKEN_RE);
  for (let m = re.exec(src); m; m = re.exec(src)) visit(m[0], m.index);
}

/**
 * A token's lower-cased form as {@link tokenize} gives it.
 * @param match - the matched text
 * @returns lower-cased, spaces (of "40 %") removed
 */
export function lowerOf(match: string): string {
  const lower = match.toLowerCase();
  // Only a percentage ("40 %") can hold a space.
  return match.endsWith('%') ? lower.replace(/\s/g, '') : lower;
}

/**
 * What kind of token a lower-cased token is.
 * @param lower - its lower-cased form
 * @returns number (digits, separators, %), alnum (letters with digits) or word
 */
export function tokenKind(lower: string): 'word' | 'number' | 'alnum' {
  return /^\d/.test(lower) && /^[\d.,%]+$/.test(lower) ? 'number' : /\d/.test(lower) ? 'alnum' : 'word';
}

/**
 * Whether a word and the small number right after it (one character between them) also make a compound
 * (`Llama 2` → `llama2`): the word is a content word of three letters or more, the number has one or two digits.
 * @param prevKind - the first token's kind
 * @param prevLower - its lower-cased form
 * @param kind - the second token's kind
 * @param lower - its lower-cased form
 * @returns true when {@link tokenize} adds the compound
 */
export function joinsAsCompound(prevKind: Token['kind'], prevLower: string, kind: Token['kind'], lower: string): boolean {
  return prevKind === 'word' && kind === 'number' && /^\d{1,2}$/.test(lower) && prevLower.length > 2 && !isStopword(prevLower, 'it') && !isStopword(prevLower, 'en');
}

/**
 * An acronym typed in capitals as the analysis reads the same letters written as a word: Italian news writes many
 * acronyms with one capital ("Nasa", "Esa", "Onu", "Istat"), which are stemmed as words, while "NASA" is kept whole
 * (see `tokenTerms`). A question's "ESA" then finds the article's "Esa" under this term.
 * @param surface - the word as typed
 * @param lang - its language
 * @returns the term of the word in lower case, or undefined when the word is no acronym in capitals
 * @example
 * acronymAsWord('ESA', 'it') === analyze('Esa', 'it')[0]?.term // true
 */
export function acronymAsWord(surface: string, lang: Lang): string | undefined {
  return ACRONYM.test(surface) ? stem(surface.toLowerCase(), lang) : undefined;
}

/**
 * The Italian Porter stemmer protects short words (its R1/R2 regions are empty), so "uso", "usare" and "usato"
 * come out as "uso", "usar", "usat", and "anno"/"anni" stay apart. For short stems only, drop a final vowel and an
 * infinitive or participle ending, keeping at least two letters; longer stems were already cut by the stemmer
 * ("colosseo" must not meet "colossi").
 */
function trimShortItalianStem(s: string): string {
  if (s.length > 5) return s;
  let t = s;
  if (t.length >= 3 && /[aeiou]$/.test(t)) t = t.slice(0, -1);
  else if (t.length >= 4 && /(ar|er|ir|at|it|ut)$/.test(t)) t = t.slice(0, -2);
  return t.length >= 2 ? t : s;
}

const ACRONYM = /^\p{Lu}{2,5}$/u;
const INNER_CAPITAL = /^.+\p{Lu}/u;
// A word of six letters or more all in capitals is a word set in capitals (a label, a dateline, a headline: "TOP VOLLEY
// LATINA – KIOENE PADOVA 2-3", "BELLUNO –"), stemmed as written in lower case; shorter ones are acronyms ("NASA",
// "ISTAT") and stay whole.
const CAPITALISED_WORD = /^\p{Lu}{6,}$/u;

const stemCache: Record<Lang, GenerationalMemo<string, string>> = { it: new GenerationalMemo(50_000), en: new GenerationalMemo(50_000) };

// natural's Porter stemmer for the language, accents folded, short Italian stems trimmed.
function porterStem(word: string, lang: Lang): string {
  const stemmer = lang === 'it' ? stemmerIt : stemmerEn;
  const s = foldAccents(stemmer.stem(word) || word);
  return lang === 'it' ? trimShortItalianStem(s) : s;
}

/**
 * Where the analysis takes its Italian lemmas from: general language data read outside the core
 * (src/lexicons.ts `italianLemmaSource`) and installed once per process with {@link useItalianLemmas}.
 */
export interface LemmaSource {
  /** Identifies the table (data and rules): anything stored with analysed terms is keyed by it. */
  readonly id: string;
  /**
   * Reads the table; called once, when the first Italian word is stemmed.
   * @param stemOf - the stemmer the table refines (the analysis's own Porter stemmer, so stems compare)
   * @returns the table
   */
  load(stemOf: (word: string) => string): LemmaTable;
}

let lemmaSource: LemmaSource | undefined;
// Read on the first Italian word stemmed: a sorted text searched in place (lemmas.ts), nothing to parse.
let lemmaTable: LemmaTable | undefined;
function italianLemmas(): LemmaTable | undefined {
  return lemmaSource && (lemmaTable ??= lemmaSource.load((w) => porterStem(w, 'it')));
}

/**
 * Installs the Italian lemma table the analysis refines its stems with (Morph-it!, see lemmas.ts): like the
 * stemmer, it is one for the whole process, so an entry point installs it before it analyses any text. Without
 * one, Italian words are stemmed by the Porter stemmer alone.
 * @param source - where the table comes from (read when first needed), or undefined for none
 * @example
 * useItalianLemmas(italianLemmaSource()); // src/lexicons.ts
 */
export function useItalianLemmas(source: LemmaSource | undefined): void {
  if (source === lemmaSource) return;
  lemmaSource = source;
  lemmaTable = undefined;
  stemCache.it.clear();
  lifeTerms.clear();
  generation++;
}

// Changes whenever stems may change (another lemma table installed), for callers that keep analysed words.
let generation = 0;

/**
 * A number that changes whenever the analysis of a word may change (another lemma table is installed), so a caller
 * that keeps analysed words knows when to forget them.
 * @returns the current generation
 */
export function analysisGeneration(): number {
  return generation;
}

/**
 * What identifies the Italian stems the analysis produces: the installed lemma table's id, or "none".
 * @returns an identifier, part of every key under which analysed terms are stored
 */
export function italianLemmasId(): string {
  return lemmaSource?.id ?? 'none';
}

/**
 * Stems one lower-cased word with natural's Porter stemmer for the language, then folds accents; an Italian word
 * that Morph-it! knows as a form of a word with another stem takes that stem (see lemmas.ts).
 * Numbers, alphanumerics and compounds are returned unchanged.
 * @param word - a lower-cased token
 * @param lang - the language
 * @returns the stem
 */
// An Italian agent noun in "-trice", "-trici" ("scrittrice", "attrici"), three letters at least before the ending.
const FEMININE_AGENT = /^\p{L}{3,}tric[ei]$/u;

export function stem(word: string, lang: Lang): string {
  if (/\d/.test(word)) return word;
  const cache = stemCache[lang];
  let s = cache.get(word);
  if (s === undefined) {
    if (word.includes('-')) {
      s = foldAccents(word);
    } else {
      // (an agent noun written for a woman is the one written for a man: "scrittrice" is "scrittore", "direttrice"
      // "direttore", as the stemmer alone parts them)
      const form = lang === 'it' && FEMININE_AGENT.test(word) ? word.replace(/tric[ei]$/u, 'tore') : word;
      // An Italian form meets its dictionary form ("vinse" → "vincere") where the stemmer alone would not.
      s = (lang === 'it' ? italianLemmas()?.lemmaStem(form) : undefined) ?? porterStem(form, lang);
    }
    cache.set(word, s);
  }
  return s;
}

/**
 * The other stems of an Italian word's verb (lemmas.ts `variants`): a past participle's own stem and its verb's,
 * each for the other ("mort" ↔ "mor": "è morto" / "morì"). None without a lemma table.
 * @param stemmed - a stem {@link stem} gave for an Italian word
 * @returns the variant stems
 */
export function stemVariants(stemmed: string): readonly string[] {
  return italianLemmas()?.variants(stemmed) ?? [];
}

/**
 * The index terms of a text: tokens, minus stopwords, stemmed. Hyphenated tokens also yield their parts.
 * The same function serves indexing and querying.
 * @param text - the text
 * @param lang - its language
 * @returns terms with offsets into `text`
 */
export function analyze(text: string, lang: Lang): Term[] {
  const out: Term[] = [];
  let prev: Token | undefined;
  for (const t of tokenize(text)) {
    if (t.kind === 'compound') {
      for (const term of tokenTerms(t.kind, t.surface, t.lower, lang)) out.push({ term, start: t.start, end: t.end });
      continue;
    }
    const terms = tokenTerms(t.kind, t.surface, t.lower, lang);
    const determined = terms.length ? undefined : stopwordInContext(t.surface, t.lower, text[t.end], prev && t.start - prev.end === 1 ? prev.lower : undefined, lang, text.slice(t.end, t.end + 12));
    if (determined) out.push({ term: determined, start: t.start, end: t.end });
    for (const term of terms) out.push({ term, start: t.start, end: t.end });
    prev = t;
  }
  for (const t of lifeSpanTerms(text, lang)) out.push(t);
  return out;
}

// An encyclopaedia's life span after a name: "(Lucca, 25 gennaio 1708 – Roma, 4 febbraio 1787)", "(Lucca 1708 - Roma
// 1787)", "(Cetona 1872 Siena 1958)", "Napoli, 20/12/1861 - 28/11/1906": when (and where) the person was born and
// died, said without the words. A range of bare years with no place ("(1407-1410)") is a time span of anything.
const LIFE_DATE = String.raw`(?:\d{1,2}°?\s+\p{L}+\s+\d{3,4}|\d{1,2}[/.]\d{1,2}[/.]\d{3,4}|\d{3,4})`;
// (a place with its region after a comma: "(Springs, Transvaal, 1923 - Johannesburg 2014)", "(Lorain, Ohio, 1931 - …")
const ONE_PLACE = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:d[aeiu]['’]\s*|d[aeiu]\s+)?\p{Lu}[\p{L}'’.-]*){0,3}`;
const LIFE_PLACE = String.raw`${ONE_PLACE}(?:,\s+${ONE_PLACE})?`;
// (and a birth alone, of the living: "(n. Nagasaki 1954)", "(nata a Roma nel 1960)")
const LIFE_SPAN = new RegExp(
  String.raw`\((?:(${LIFE_PLACE}),?\s+)?(${LIFE_DATE})(?:\s*[-–—]\s*|\s+(?=\p{Lu}))(?:(${LIFE_PLACE}),?\s+)?(${LIFE_DATE})\s*\)|(?<![\d/])(?:(${LIFE_PLACE}),\s+)?(\d{1,2}/\d{1,2}/\d{3,4})\s*[-–—]\s*(\d{1,2}/\d{1,2}/\d{3,4})(?![\d/])|\((?:n\.|nat[oa])\s+(?:a\s+)?(?:(${LIFE_PLACE}),?\s+(?:nel\s+)?)?(${LIFE_DATE})\s*\)`,
  'gdu',
);
// Cheap test before the whole pattern: a dash or a parenthesis near a number of three or four digits.
const LIFE_SPAN_GUARD = /\d{3,4}\s*(?:[-–—)]|\s\p{Lu})/u;
// The words a birth and a death are asked with, whose terms the dates carry.
const LIFE_WORDS: Record<Lang, readonly [readonly string[], readonly string[]]> = {
  it: [
    ['nato', 'nascita'],
    ['morto', 'morte'],
  ],
  en: [
    ['born', 'birth'],
    ['died', 'death'],
  ],
};
// Their terms, by language, worked out when first needed (forgotten with the stems when another lemma table is installed).
const lifeTerms = new Map<Lang, readonly [readonly string[], readonly string[]]>();
function lifeWordTerms(lang: Lang): readonly [readonly string[], readonly string[]] {
  let words = lifeTerms.get(lang);
  if (!words) {
    const of = (list: readonly string[]) => [...new Set(list.flatMap((w) => tokenTerms('word', w, w, lang)))];
    lifeTerms.set(lang, (words = [of(LIFE_WORDS[lang][0]), of(LIFE_WORDS[lang][1])]));
  }
  return words;
}

/**
 * The terms a text's life spans carry (see `LIFE_SPAN`): the birth date those of "nato" and "nascita", the death date
 * those of "morto" and "morte" ("born", "died" in English), so that "quando è nato X?" and "where did X die?" meet
 * "(Lucca 1708 - Roma 1787)". `analyze` and the packed analyses put them after the text's own terms.
 * @param text - the text (a sentence, a paragraph, a question)
 * @param lang - its language
 * @returns the terms, each at its date; none for a text without a life span
 * @example
 * lifeSpanTerms('Pittore (Lucca 1708 - Roma 1787).', 'it').map((t) => t.term) // ['nat', 'nasc', 'mort']
 */
export function lifeSpanTerms(text: string, lang: Lang): Term[] {
  const spans = lifeSpans(text);
  if (!spans.length) return [];
  const [born, died] = lifeWordTerms(lang);
  return spans.flatMap((m) => {
    const birth = m.indices![2] ?? m.indices![6] ?? m.indices![9]!;
    const death = m.indices![4] ?? m.indices![7];
    return [...born.map((term) => ({ term, start: birth[0], end: birth[1] })), ...(death ? died.map((term) => ({ term, start: death[0], end: death[1] })) : [])];
  });
}

/**
 * Whether a text gives where someone was born in a life span: "(Lucca, 25 gennaio 1708 – Roma, 4 febbraio 1787)",
 * "Napoli, 20/12/1861 - 28/11/1906".
 * @param text - the text
 * @returns true when a life span names the place of birth
 */
export function lifeSpanBirthplace(text: string): boolean {
  return lifeSpans(text).some((m) => (m[1] ?? m[5] ?? m[8]) !== undefined);
}

// The life spans of a text (see `LIFE_SPAN`), with their groups' offsets.
function lifeSpans(text: string): RegExpMatchArray[] {
  if (!LIFE_SPAN_GUARD.test(text)) return [];
  // (in parentheses, a place or a day and month on one side at least: "(1407-1410)" is a time span of anything)
  return [...text.matchAll(LIFE_SPAN)].filter((m) => !(m[2] !== undefined && m[1] === undefined && m[3] === undefined && /^\d+$/u.test(m[2]) && /^\d+$/u.test(m[4]!)));
}

// Stopwords that are content words after an article or an articulated preposition: "secondo" is "according to"
// ("secondo Rossi", "secondo i dati") but the ordinal in "il secondo trimestre", "nel secondo tempo". ("prima" read
// the same way, "la prima volta", cost the shipped article's Italian set and is left out.)
const ORDINAL_AFTER_DETERMINER: ReadonlySet<string> = new Set(['secondo']);
const DETERMINERS: ReadonlySet<string> = new Set([
  'il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'un', 'uno', 'una', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'dell',
  'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'all', 'dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle', 'dall', 'nel',
  'nello', 'nella', 'nei', 'negli', 'nelle', 'nell', 'sul', 'sullo', 'sulla', 'sui', 'sugli', 'sulle', 'sull', 'questo',
  'questa', 'quel', 'quello', 'quella',
]);

/**
 * The term a stopword takes from its context (see `apocopeName`, `determinedTerm`): "il Po", "il secondo trimestre".
 * @param surface - the word as written
 * @param lower - lower-cased
 * @param next - the character right after it
 * @param prevLower - the word right before it (one space between), lower-cased; undefined when none is
 * @param lang - the text's language
 * @param after - the text right after it (a few characters; "arrivato secondo al Giro")
 * @returns the term, or undefined when it stays a stopword
 */
export function stopwordInContext(surface: string, lower: string, next: string | undefined, prevLower: string | undefined, lang: Lang, after = ''): string | undefined {
  return apocopeName(surface, next, lang) ?? (prevLower !== undefined ? (determinedTerm(prevLower, lower, lang) ?? placedTerm(prevLower, lower, next, lang, after)) : undefined);
}

// "si è classificato secondo", "piazzata seconda", "è arrivato secondo." (a ranking's participle, and for "arrivato",
// "giunto" nothing after the word: "arrivato secondo le previsioni" is "according to")
const RANKED = /^(?:classificat|piazzat)[oaie]$/;
const ARRIVED = /^(?:arrivat|giunt)[oaie]$/;

/**
 * The ordinal's term of "secondo" placed by a ranking's participle right before it; undefined otherwise.
 * @param prevLower - the word before, lower-cased
 * @param lower - the word, lower-cased
 * @param next - the character right after it
 * @param lang - the text's language
 * @param after - the text right after it (a few characters)
 */
function placedTerm(prevLower: string, lower: string, next: string | undefined, lang: Lang, after = ''): string | undefined {
  if (lang !== 'it' || !ORDINAL_AFTER_DETERMINER.has(lower)) return undefined;
  return RANKED.test(prevLower) || (ARRIVED.test(prevLower) && (next === undefined || /[.,;:!?)\n]/u.test(next) || PLACE_AFTER.test(after))) ? stem(lower, lang) : undefined;
}

// "è arrivato secondo al Giro", "secondo in classifica", "secondo dietro Thomas": "secondo" before "a", "in", "dietro",
// "con", "tra" is no "according to" ("secondo a …" is not Italian), so the ordinal.
const PLACE_AFTER = /^\s+(?:a|ad|al|alla|allo|ai|agli|alle|all['’]|in|nel|nella|nello|nei|negli|nelle|dietro|con|tra|fra)(?![\p{L}])/iu;

/**
 * "il Po" (the river) against "un po'" (a little): the apocope is a stopword only with its apostrophe; written with a
 * capital and none, it is a name, and a term.
 * @param surface - the word as written
 * @param next - the character right after it
 * @param lang - the text's language
 * @returns the term, or undefined
 */
function apocopeName(surface: string, next: string | undefined, lang: Lang): string | undefined {
  return lang === 'it' && surface === 'Po' && next !== "'" && next !== '’' ? 'po' : undefined;
}

/**
 * The term of a stopword that a determiner right before it (one space between) makes a content word: "il secondo
 * trimestre" → the ordinal's term; undefined otherwise.
 * @param prevLower - the word before, lower-cased
 * @param lower - the word, lower-cased
 * @param lang - the text's language
 */
function determinedTerm(prevLower: string, lower: string, lang: Lang): string | undefined {
  return lang === 'it' && ORDINAL_AFTER_DETERMINER.has(lower) && DETERMINERS.has(prevLower) ? stem(lower, lang) : undefined;
}

const LETTERS_ONLY = /^\p{L}{2,}$/u;

// Italian ordinals from 11 to 99, written as their cardinal without its last vowel and "-esimo" ("undicesimo",
// "diciassettesima", "ventunesimo", "trentatreesimo", "novantanovesimi"); the first ten have words of their own and are
// left to the thesaurus, and "centesimo", "millesimo" also name a coin and a vintage.
const ORDINAL_WORD = /^\p{L}{4,}esim[oaie]$/u;
const CARDINAL_UNITS: Readonly<Record<string, number>> = { uno: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9 };
const CARDINAL_TEENS: Readonly<Record<string, number>> = { undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18, diciannove: 19 };
const CARDINAL_TENS: Readonly<Record<string, number>> = { venti: 20, trenta: 30, quaranta: 40, cinquanta: 50, sessanta: 60, settanta: 70, ottanta: 80, novanta: 90 };

// The number a cardinal from 11 to 99 written in letters stands for ("ventuno", "trentatre", "diciotto"), if it is one.
function cardinalNumber(word: string): number | undefined {
  const whole = CARDINAL_TEENS[word] ?? CARDINAL_TENS[word];
  if (whole !== undefined) return whole;
  for (const [tens, n] of Object.entries(CARDINAL_TENS)) {
    // (the tens drop their vowel before "uno" and "otto": "ventuno", "trentotto")
    for (const head of [tens, tens.slice(0, -1)]) {
      if (!word.startsWith(head)) continue;
      const unit = CARDINAL_UNITS[word.slice(head.length)];
      if (unit !== undefined && (head === tens) !== (unit === 1 || unit === 8)) return n + unit;
    }
  }
  return undefined;
}

// The number an Italian ordinal in "-esimo" stands for ("diciassettesima" → 17), if it is one from 11 to 99: the
// cardinal is what is left with its last vowel back, or as it is ("ventitreesimo", "ventiseiesimo").
function ordinalNumber(word: string): number | undefined {
  const base = word.replace(/esim[oaie]$/u, '');
  for (const vowel of ['e', 'i', 'o', 'a', '']) {
    const n = cardinalNumber(base + vowel);
    if (n !== undefined) return n;
  }
  return undefined;
}
const ORDINAL = /^(\d+)(?:ª|º|ᵃ|ᵒ|esim[oaie]|st|nd|rd|th)$/;
const UPPER_START = /^\p{Lu}/u;

/**
 * The index terms one token yields, as {@link analyze} gives them for it (all with the token's offsets).
 * @param kind - the token's kind
 * @param surface - the token as written
 * @param lower - its lower-cased form
 * @param lang - the text's language
 * @returns its terms, in order (none for a stopword)
 */
export function tokenTerms(kind: Token['kind'], surface: string, lower: string, lang: Lang): string[] {
  if (kind !== 'word') {
    // An ordinal written with its number ("31ª giornata", "2º posto", "76esima edizione", "31st round") is that
    // number, as "73° Festival" is (the degree sign is no letter): a question's "31" or "31st" meets it.
    const ordinal = ORDINAL.exec(lower);
    if (ordinal) return [ordinal[1]!];
    // "Covid-19", "Sars-CoV-2": a hyphenated name with digits (capitalised: "ossigeno-16" is no name) also yields
    // its words ("covid", "sars")
    if (kind !== 'alnum' || !lower.includes('-') || !UPPER_START.test(surface)) return [foldAccents(lower)];
    const out = [foldAccents(lower)];
    for (const part of lower.split('-')) if (LETTERS_ONLY.test(part) && !isStopword(part, lang)) out.push(stem(part, lang));
    return out;
  }
  // An acronym in capitals ("AI", "CEO") is a name even when its letters spell a function word.
  if (lower.length < 2 || (isStopword(lower, lang) && !ACRONYM.test(surface))) return [];
  // Brand names with inner capitals ("OpenAI", "PyTorch") are names, not inflected words: the stemmer would
  // turn "OpenAI" into "open" and mix it up with "open source".
  // A hyphenated word is also its closed spelling ("vice-presidente" and "vicepresidente", "e-mail" and "email"):
  // its whole term is that spelling's, and each part is a term of its own.
  const closed = lower.includes('-') ? lower.replaceAll('-', '') : lower;
  const term = INNER_CAPITAL.test(surface) && !CAPITALISED_WORD.test(surface) ? foldAccents(closed) : stem(closed, lang);
  if (!term) return [];
  const out = [term];
  // An Italian ordinal written in letters ("la diciassettesima tappa", "il ventunesimo secolo") is also its number, as
  // "17ª" is: a question's "17" meets it.
  const ordinal = lang === 'it' && ORDINAL_WORD.test(closed) ? ordinalNumber(foldAccents(closed)) : undefined;
  if (ordinal !== undefined) out.push(String(ordinal));
  if (lower.includes('-')) {
    for (const part of lower.split('-')) {
      if (part.length >= 2 && !isStopword(part, lang)) out.push(stem(part, lang));
    }
  }
  return out;
}

const paragraphMemo = new WeakMap<object, { readonly lang: Lang; readonly terms: readonly Term[] }>();

/**
 * `analyze(paragraph.text, lang)`, kept per paragraph: a passage's highlights need its paragraph's terms with their
 * offsets, and the same paragraphs are shown again and again (a paragraph's text never changes).
 * @param paragraph - a paragraph of the corpus
 * @param lang - its article's language
 * @returns its terms, offsets within the paragraph's text (shared: do not change them)
 * @example
 * paragraphAnalysis(article.paragraphs[0]!, 'it').filter((t) => wanted.has(t.term))
 */
export function paragraphAnalysis(paragraph: { readonly text: string }, lang: Lang): readonly Term[] {
  const known = paragraphMemo.get(paragraph);
  if (known && known.lang === lang) return known.terms;
  const terms = analyze(paragraph.text, lang);
  paragraphMemo.set(paragraph, { lang, terms });
  return terms;
}

/** Sentence splitting lives in its own module (Italian abbreviations, initials, citation marks); re-exported here. */
export { splitSentences } from './sentences.js';
