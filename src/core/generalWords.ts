/**
 * The general vocabulary of Italian and English: every Italian word form Morph-it! lists (nouns, verbs, adjectives
 * with their inflections) and every English single-word lemma of WordNet 3.0. It answers one question: is a word a
 * common word? A word of a question that neither the articles nor this vocabulary nor the thesaurus knows is most
 * likely a name ("sundar pichai"), whatever its case, and one that the articles write as a name and Italian does not
 * know ("openai", "jon", "hugging face") is that name typed in lower case. WordNet, which lists many rare words and
 * famous names ("jon", "llama", "lambert"), only says that a word the articles never use is no name.
 *
 * The data is read outside the core (src/lexicons.ts compiles it into the compiled-lexicon cache at build time) and
 * handed in as two sorted texts, one folded lower-case word a line, looked up by binary search: loading it parses
 * nothing, and it is read only when a question first holds a word the articles do not.
 */
import { foldAccents } from './analysis.js';
import { englishBaseForms, type EnglishExceptions } from './cognates.js';
import { findSortedLine } from './sortedLines.js';

/** A list of words. */
export interface WordList {
  /**
   * Whether a word is listed.
   * @param word - a lower-cased word, accents folded
   * @returns true when listed
   */
  has(word: string): boolean;
}

/** The common words of the two languages Brano reads. */
export interface GeneralWords {
  /** Morph-it!'s Italian word forms. */
  readonly italian: WordList;
  /** WordNet 3.0's English single-word lemmas. */
  readonly english: WordList;
  /** The stems of Morph-it!'s forms, as the analysis stems Italian words: a derived or inflected form Morph-it! does
   * not list ("gravemente", "fargli", "socievolezza") meets the word it comes from. */
  readonly italianStems: WordList;
}

/**
 * The text a word list is kept as: its words lower-cased, accents folded, letters only, sorted, one a line.
 * @param words - the words
 * @returns the text {@link wordListOf} reads
 * @example
 * compileWordList(['Città', 'casa']) // 'casa\ncitta'
 */
export function compileWordList(words: Iterable<string>): string {
  const set = new Set<string>();
  for (const w of words) {
    const folded = foldAccents(w.toLowerCase());
    if (/^\p{L}+$/u.test(folded)) set.add(folded);
  }
  return [...set].sort(compare).join('\n');
}

// Code-unit order, the order the binary search walks.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A word list over a compiled text ({@link compileWordList}).
 * @param text - sorted words, one a line (or a function that gives it, called on the first look-up)
 * @returns the list
 * @example
 * wordListOf('casa\ncitta').has('citta') // true
 */
export function wordListOf(text: string | (() => string)): WordList {
  let body: string | undefined = typeof text === 'string' ? text : undefined;
  const memo = new Map<string, boolean>();
  return {
    has(word: string): boolean {
      let known = memo.get(word);
      if (known !== undefined) return known;
      body ??= (text as () => string)();
      known = findSortedLine(body, word) !== undefined;
      if (memo.size > 10_000) memo.clear();
      memo.set(word, known);
      return known;
    },
  };
}

/**
 * Whether a word typed in a question is a common word of Italian or English: listed as it is, an Italian adverb of a
 * listed adjective ("gravemente"), or (English) one of its base forms is listed ("released" → "release", "children" →
 * "child").
 * @param words - the vocabulary
 * @param lower - the word as typed, lower-cased
 * @param exceptions - WordNet's exception lists, for irregular English forms
 * @returns true for a common word
 * @example
 * isCommonWord({ italian: wordListOf(''), english: wordListOf('release'), italianStems: wordListOf('') }, 'released') // true
 */
export function isCommonWord(words: GeneralWords, lower: string, exceptions?: EnglishExceptions): boolean {
  const folded = foldAccents(lower);
  if (words.italian.has(folded) || words.english.has(folded)) return true;
  // An Italian adverb is an adjective with "-mente" ("gravemente", "rapidamente", "facilmente" from "facile").
  const adjective = folded.endsWith('mente') ? folded.slice(0, -5) : '';
  if (adjective.length >= 3 && (words.italian.has(adjective) || words.italian.has(`${adjective}e`))) return true;
  return englishBaseForms(folded, exceptions).some((b) => b !== folded && words.english.has(b));
}
