/**
 * General Italian synonyms from a wordnet (MultiWordNet's Italian synsets, `src/lexicon/multiwordnet/it-synsets.txt`,
 * read by src/lexicons.ts `loadSynonyms`): the lemmas that share a synset stand for one another. Unlike the
 * hand-written thesaurus (thesaurus.ts), the data is large and a word of several senses lends the synonyms of each,
 * so a question is not widened with it (the decision to answer reads the first stage, and synonyms matching nearly
 * anything made other articles' questions look answerable); the re-ranker (rerank.ts) weighs how much of the question
 * a candidate holds only through these synonyms, comparing candidates of one question.
 */
import { analyze } from './analysis.js';

/** Synonyms by analysed term. */
export interface Synonyms {
  /**
   * The synonyms of a word, by its analysed term.
   * @param term - an analysed Italian term
   * @returns each synonym as its analysed terms (a phrase gives several); empty when the word has none
   */
  lookup(term: string): readonly (readonly string[])[];
}

/** The synonyms of each analysed term, as parsed: term → synonyms, each as its analysed terms. */
export type SynonymTable = ReadonlyMap<string, readonly (readonly string[])[]>;

/**
 * Parses the synset file: one synset a line, lemmas separated by ", "; lines starting with "#" and blank lines are
 * ignored. Each one-word lemma is a key (by its analysed term, so lemmas sharing a stem share their synonyms).
 * @param text - the file's text
 * @returns each key term's synonyms: the other members of its synsets, as analysed terms, other than its own term
 * @example
 * parseSynonyms('pubblicare, rilasciare').get('pubblic') // [['rilasc']]
 */
export function parseSynonyms(text: string): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  const seen = new Map<string, Set<string>>();
  for (const raw of text.normalize('NFC').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const members = line
      .split(',')
      .map((m) => m.trim())
      .filter(Boolean)
      .map((lemma) => ({ lemma, terms: analyze(lemma, 'it').map((t) => t.term) }));
    for (const key of members) {
      if (key.terms.length !== 1 || key.lemma.includes(' ')) continue;
      const term = key.terms[0]!;
      let list = out.get(term);
      let keys = seen.get(term);
      if (!list || !keys) {
        out.set(term, (list = []));
        seen.set(term, (keys = new Set([term])));
      }
      for (const other of members) {
        const k = other.terms.join(' ');
        if (!other.terms.length || keys.has(k)) continue;
        keys.add(k);
        list.push(other.terms);
      }
    }
  }
  for (const [term, list] of out) if (!list.length) out.delete(term);
  return out;
}

/**
 * A synonym source over a table that is read only when first asked (the data is needed by the first question, not at
 * start-up).
 * @param load - reads the table
 * @returns the synonyms
 */
export function lazySynonyms(load: () => SynonymTable): Synonyms {
  let table: SynonymTable | undefined;
  return {
    lookup(term) {
      table ??= load();
      return table.get(term) ?? [];
    },
  };
}

/** No synonyms. */
export const NO_SYNONYMS: Synonyms = { lookup: () => [] };
