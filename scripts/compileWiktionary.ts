/**
 * `node dist/scripts/compileWiktionary.js --dsl FILE [--info FILE] [--out FILE]`: compiles an English→Italian list of
 * phrases from the English Wiktionary's translation tables, as Matthias Buchmeier's extraction gives them
 * (https://en.wiktionary.org/wiki/User:Matthias_Buchmeier) in the DSL form of the Open DSL Dictionary Project
 * (github.com/open-dsl-dict/wiktionary-dict, `dsl/oneway/en-it-enwiktionary.dsl.dz`, version 20150102; CC BY-SA 3.0
 * or GFDL). Writes two files:
 *   - `src/lexicon/wiktionary/phrases-en-it.txt` (default `--out`): the English headwords of two to four words
 *     ("building site" = cantiere, "take part" = partecipare, "Milky Way" = Via Lattea), read by src/lexicons.ts under
 *     Brano's own layers and the wordnets' phrases (a phrase they define keeps their entry alone), where a phrase wins
 *     over its words;
 *   - `names-en-it.txt` beside it: proper nouns of one word, and nouns English writes capitalised, and their Italian
 *     names when these differ (Jupiter = Giove, Beijing = Pechino, Christmas = Natale), sorted as written;
 *     src/core/crossLingual.ts consults it for a capitalised word of a question that the article does not write and
 *     has no cognate there. People's given names and surnames are left out (their glosses say so): "John" is no
 *     "Giovanni" in an article about John Smith. (With the capitalised nouns, 39 lines more: on the English questions
 *     of the news development folders outside the repository, ¶ R@1 118 → 119 of 185; the English dev set unchanged.)
 *
 * Measured and not kept: the headwords of one word as a last dictionary after the wordnets' (for English words no
 * other layer knows: "pottery", "downtown", "rely"): the English dev set unchanged, one more wrong abstention on the
 * shipped article's English set with the general layer alone.
 *
 * What is kept: headwords of two to four words written with letters, hyphens and apostrophes only, that are nouns,
 * verbs, adjectives, adverbs, numerals, abbreviations or proper nouns other than people's names (no phrases of the
 * `<phrase>` kind, proverbs or affixes); for each, the Italian translations of its senses in the dictionary's order
 * (Wiktionary lists a word's senses from the commonest), each translation a word or phrase of one to three words once its grammatical marks
 * ([p]<m>[/p]) and glosses in brackets are removed, at most eight; a sense that only points to another headword
 * ("SEE: <<apartment>>") takes that headword's translations after the phrase's own.
 *
 * Options:
 *   --dsl FILE    the dictionary (`en-it-enwiktionary.dsl.dz`, gzip or plain; UTF-16 as distributed)
 *   --info FILE   its information file (`en-it-enwiktionary_info.txt`), whose licence lines are copied into the headers
 *   --out FILE    where to write (default src/lexicon/wiktionary/phrases-en-it.txt)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { missingOption, scriptArgs } from './scriptArgs.js';
import { PROJECT_ROOT } from '../src/core/projectRoot.js';

const { values } = scriptArgs({ options: { dsl: { type: 'string' }, info: { type: 'string' }, out: { type: 'string' } } }, import.meta.url);
if (!values.dsl) missingOption('--dsl FILE (en-it-enwiktionary.dsl.dz) is required', import.meta.url);
const out = values.out ?? join(PROJECT_ROOT, 'src', 'lexicon', 'wiktionary', 'phrases-en-it.txt');

// The DSL file: gzip (dictzip) around UTF-16 little-endian text.
let raw = readFileSync(values.dsl);
if (raw[0] === 0x1f && raw[1] === 0x8b) raw = gunzipSync(raw);
const text = (raw[0] === 0xff && raw[1] === 0xfe) || raw[1] === 0 ? raw.toString('utf16le') : raw.toString('utf8');

/** Parts of speech whose headwords are kept (names, phrases and affixes are not). */
const KEPT_POS = new Set(['n', 'v', 'adj', 'adv', 'num', 'abbr', 'initialism', 'acronym']);
const ENGLISH = /^[a-z]+(?:['-][a-z]+)*(?: [a-z]+(?:['-][a-z]+)*){0,3}$/;
const MAX_TRANSLATIONS = 8;
const QUESTION_WORD = /^(?:how|what|who|whom|whose|when|where|why|which) /;

interface Entry {
  readonly translations: string[];
  readonly see: string[];
}
const entries = new Map<string, Entry>();
/** Proper nouns of one word, as written ("Jupiter"), with their Italian names. */
const names = new Map<string, string[]>();
// People's given names and surnames are no translation ("John" is no "Giovanni" in an article about John Smith).
const PERSONAL = /given name|surname|patronymic|nickname|diminutive|pet form|hypocoristic/i;
// Italian words only: letters (accented too), apostrophes, hyphens; one to three words; nothing that the lexicon
// format reads as a mark (= ; @ #).
const ITALIAN = /^[\p{L}][\p{L}'’-]*(?: [\p{L}][\p{L}'’-]*){0,2}$/u;
const translationsOf = (body: string): string[] => {
  const m = /^\[m1\](.*)\[\/m\]$/.exec(body);
  if (!m) return [];
  const cleaned = m[1]!
    .replace(/\[p\].*?\[\/p\]/g, '')
    .replace(/\[i\].*?\[\/i\]/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\([^)]*\)/g, '');
  return cleaned
    .split(/[,;/]/)
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter((t) => ITALIAN.test(t));
};
let head: string | undefined;
let pos: string | undefined;
let personal = false;
for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
  if (!line || line.startsWith('#')) continue;
  if (!line.startsWith('\t')) {
    head = line.trim();
    pos = undefined;
    continue;
  }
  if (head === undefined) continue;
  const body = line.trim();
  const posMark = /^\[b\].*?\[\/b\] \[p\]<([^>]+)>\[\/p\](.*)$/.exec(body);
  if (posMark) {
    pos = posMark[1];
    personal = PERSONAL.test(posMark[2]!);
    continue;
  }
  if ((pos === 'prop' || pos === 'n') && !personal && !head.includes(' ') && /^\p{Lu}[a-z]+(?:['-][A-Za-z]+)*$/u.test(head)) {
    // A proper noun of one word, or a noun English writes capitalised ("Christmas" = Natale, "Easter" = Pasqua): its
    // Italian names that differ from it.
    const list = names.get(head) ?? [];
    // (a proper noun's, capitalised as Italian writes it; a noun's as written, "Natale", "Pasqua", not "cristianesimo")
    for (const t of translationsOf(body)) if (/^\p{Lu}/u.test(t) && t !== head && !list.includes(t)) list.push(t);
    if (list.length) names.set(head, list);
    // (a noun is also a word of the phrases, as the target of their "SEE:")
    if (pos === 'prop') continue;
  }
  if (pos === undefined || !(KEPT_POS.has(pos) || (pos === 'prop' && !personal && head.includes(' ')))) continue;
  const key = head.toLowerCase();
  // Words of one word are read too, as the targets of a phrase's "SEE:".
  if (!ENGLISH.test(key)) continue;
  const entry = entries.get(key) ?? { translations: [], see: [] };
  entries.set(key, entry);
  const see = /^SEE: <<(.+)>>$/.exec(body);
  if (see) {
    entry.see.push(see[1]!.toLowerCase());
    continue;
  }
  for (const t of translationsOf(body)) {
    // (a proper noun's Italian name keeps its capitals: "Milky Way" = Via Lattea)
    const written = pos === 'prop' ? t : t.toLowerCase();
    if (!entry.translations.some((x) => x.toLowerCase() === written.toLowerCase())) entry.translations.push(written);
  }
}

const phrases: string[] = [];
for (const [key, entry] of [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
  // Phrases that open with a question word ("how long", "what about") are question cues, which Brano's own layer
  // reads (as hints of the answer's kind, not as topic words).
  if (!key.includes(' ') || QUESTION_WORD.test(key)) continue;
  const list = [...entry.translations];
  for (const target of entry.see) for (const t of entries.get(target)?.translations ?? []) if (!list.includes(t)) list.push(t);
  if (list.length) phrases.push(`${key} = ${list.slice(0, MAX_TRANSLATIONS).join('; ')}`);
}
const nameLines = [...names]
  .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  .map(([name, list]) => `${name} = ${list.slice(0, MAX_TRANSLATIONS).join('; ')}`);

// The information file's header lines (licence, version, URL), as the dictionary's notice.
const info = values.info
  ? readFileSync(values.info, 'utf8')
      .split(/\r?\n/)
      .filter((l) => /^# (English|License|Version|Size|URL|DSL|This DSL)/.test(l))
      .map((l) => `#   ${l.slice(2).trim()}`)
  : [];
const header = (what: string[]) => [
  "# Brano's general English → Italian phrases from the English Wiktionary's translation tables. Format as in",
  '# src/lexicon/en-it.txt. Licensed under the Creative Commons Attribution-ShareAlike 3.0 Unported License',
  '# (https://creativecommons.org/licenses/by-sa/3.0/) or the GNU Free Documentation License, as the original;',
  '# by the contributors of the English Wiktionary (https://en.wiktionary.org), extracted by Matthias Buchmeier',
  '# (https://en.wiktionary.org/wiki/User:Matthias_Buchmeier), as the Open DSL Dictionary Project distributes it',
  '# (https://github.com/open-dsl-dict/wiktionary-dict, dsl/oneway/en-it-enwiktionary.dsl.dz):',
  ...info,
  ...what,
  '#',
];
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  [
    ...header([
      '# Generated by scripts/compileWiktionary.ts (do not edit: rerun it): English phrases of two to four words, read by',
      "# src/lexicons.ts under Brano's own layers and the wordnets' phrases, where a phrase wins over its words.",
    ]),
    ...phrases,
    '',
  ].join('\n'),
);
const namesOut = join(dirname(out), 'names-en-it.txt');
writeFileSync(
  namesOut,
  [
    ...header([
      '# Generated by scripts/compileWiktionary.ts (do not edit: rerun it): English proper nouns of one word, and nouns English',
      '# writes capitalised, and their Italian names (Jupiter = Giove, Christmas = Natale; no given names or surnames),',
      '# consulted by src/core/crossLingual.ts for a capitalised word of a question that the article does not write. Lines are',
      '# sorted by the name as written (code-unit order).',
    ]),
    ...nameLines,
    '',
  ].join('\n'),
);
console.log(`${phrases.length} English phrases → ${out}; ${nameLines.length} names → ${namesOut}`);
