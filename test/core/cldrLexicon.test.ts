import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analysis.js';
import { createCore } from '../../src/core/brano.js';
import { parseArticle } from '../../src/core/corpus.js';
import { englishKey, parseBilingualLexicon, translateEnglishQuery } from '../../src/core/crossLingual.js';
import { loadLexicons } from '../../src/lexicons.js';

// src/lexicon/cldr-en-it.txt: the English and Italian display names of the same CLDR codes (Unicode-3.0), compiled by
// scripts/compileCldrLexicon.ts. One check per kind of name it takes, then one question end to end.
const ROOT = resolve(import.meta.dirname, '../..');
const cldr = parseBilingualLexicon(readFileSync(join(ROOT, 'src/lexicon/cldr-en-it.txt'), 'utf8'), 'cldr-en-it.txt');
const termsOf = (english: string) => [...(cldr.entries.get(englishKey(english))?.terms.keys() ?? [])];
const termOf = (italian: string) => analyze(italian, 'it').map((t) => t.term);

describe('the CLDR names in the general English→Italian layer', () => {
  it.each([
    ['a country (territories)', 'Egypt', 'Egitto'],
    ['a region (territories)', 'Western Africa', 'Africa occidentale'],
    ['a language, also the adjective (languages)', 'Hebrew', 'ebraico'],
    ['a city (exemplar cities of the time zones)', 'London', 'Londra'],
    ['a city spelt in the zone id (Europe/Lisbon)', 'Lisbon', 'Lisbona'],
    ['a unit, plural (units)', 'liters', 'litri'],
    ['an era (ca-gregorian)', 'before Christ', 'avanti Cristo'],
    ['an everyday noun (emoji names)', 'factory', 'fabbrica'],
  ])('GIVEN %s, "%s" THEN it reaches the Italian "%s"', (_kind, english, italian) => {
    expect(termsOf(english)).toEqual(expect.arrayContaining(termOf(italian)));
  });

  it('GIVEN a name spelt alike in both languages, a symbol’s name or an English stopword THEN it has no entry', () => {
    expect(cldr.entries.has(englishKey('Italia'))).toBe(false);
    expect(cldr.entries.has(englishKey('panda'))).toBe(false); // 🐼 panda = panda
    expect(cldr.entries.has(englishKey('divides'))).toBe(false); // ∣, a symbol, not a pictograph
    expect(cldr.entries.has('=because')).toBe(false); // ∵
  });

  it('GIVEN the file THEN it names its source, version and licence notice', () => {
    const head = readFileSync(join(ROOT, 'src/lexicon/cldr-en-it.txt'), 'utf8').slice(0, 4000);
    expect(head).toMatch(/cldr-localenames-full \d+\.\d+\.\d+/);
    expect(head).toMatch(/SPDX-License-Identifier: Unicode-3\.0/);
  });

  it('GIVEN an English question naming a city and an animal over an Italian article that names them in Italian THEN that paragraph answers', () => {
    const article = parseArticle(
      [
        '---',
        'title: "Viaggi"',
        'lang: it',
        '---',
        '',
        'Il treno per Parigi parte ogni mattina dalla stazione centrale e arriva dopo sei ore di viaggio.',
        '',
        'A Londra il museo di storia naturale espone lo scheletro di una balena lungo venticinque metri.',
        '',
        'Il porto della città accoglie ogni anno migliaia di navi da crociera e di traghetti.',
      ].join('\n'),
      'viaggi.md',
    );
    const core = createCore([article]);
    const question = 'How long is the whale skeleton in the London museum?';
    const words = translateEnglishQuery(question, loadLexicons().bilingual).words;
    expect(words.find((w) => w.text === 'London')?.terms).toEqual(termOf('Londra'));
    expect(words.find((w) => w.text === 'whale')?.terms).toEqual(termOf('balena'));
    const r = core.ask(question, { bilingual: loadLexicons().bilingual });
    expect(r.answered).toBe(true);
    expect(r.passages[0]?.paragraph).toBe(2);
  });
});
