/**
 * MultiWordNet's Italian lemmas as the Open Multilingual Wordnet distributes them (`wns/ita/wn-data-ita.tab` of the
 * omw-data repository: synset offset-pos, `ita:lemma`, lemma; CC BY 3.0), read by the scripts that compile Brano's
 * general data from them (compileMultiWordNet.ts, compileEnglishItalian.ts).
 */
import { readFileSync } from 'node:fs';

const WORD = /^[a-zàèéìòùáíóúç]+(?:['-][a-zàèéìòùáíóúç]+)*'?$/u;

/**
 * Whether an Italian lemma is kept: lower-case words (no names, Latin species names, abbreviations or the data's
 * "GAP!" marks), one to three of them.
 * @param lemma - the lemma, spaces collapsed
 * @returns true to keep it
 */
export function keptItalianLemma(lemma: string): boolean {
  const words = lemma.split(' ');
  return words.length <= 3 && lemma.length >= 2 && words.every((w) => WORD.test(w));
}

/**
 * Reads the kept Italian lemmas of each synset.
 * @param file - the wn-data-ita.tab file
 * @returns the file's first comment line (its source and licence) and, by synset ("06539770-n"), its kept lemmas in
 * the file's order, without repeats
 */
export function readItalianSynsets(file: string): { header: string; synsets: Map<string, string[]> } {
  const synsets = new Map<string, string[]>();
  let header = '';
  for (const line of readFileSync(file, 'utf8').normalize('NFC').split('\n')) {
    if (line.startsWith('#')) {
      header ||= line.slice(1).trim().replace(/\s+/g, ' ');
      continue;
    }
    const [synset, type, raw] = line.split('\t');
    if (type !== 'ita:lemma' || !synset || !raw) continue;
    const lemma = raw.trim().replace(/\s+/g, ' ');
    if (!keptItalianLemma(lemma)) continue;
    const members = synsets.get(synset) ?? [];
    if (!members.includes(lemma)) members.push(lemma);
    synsets.set(synset, members);
  }
  return { header, synsets };
}
