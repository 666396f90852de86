import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../src/core/brano.js';
import { loadCorpus } from '../src/core/corpus.js';
import { CorpusStore, onSighup, type ReloadOutcome } from '../src/corpusStore.js';
import { GENERAL_LEXICON_DIR, LexiconFileError, WIKTIONARY_PHRASES_FILE, lexiconKind, loadLexicons } from '../src/lexicons.js';
import { analyze } from '../src/core/analysis.js';
import { parseBilingualLexicon, translateEnglishQuery } from '../src/core/crossLingual.js';

// A corpus folder of one article whose bike paragraph says "biciclette" and "cortile" only: a question about "bici"
// (or, in English, "racks") reaches it only through the folder's own lexicon.
const ARTICLE = `---
title: "La biblioteca di quartiere"
lang: it
---

La biblioteca di quartiere apre alle nove del mattino e chiude alle sette di sera, dal lunedì al sabato.

Le biciclette si lasciano nel cortile interno, accanto all'ingresso del personale.

Per prendere in prestito un libro basta presentare un documento d'identità al banco.
`;

const ITALIAN = 'Dove sono le rastrelliere per le bici?';
const BIKES = '= bici, bicicletta, biciclette\nrastrelliera > biciclette, cortile\n';
const ENGLISH = 'Where are the racks?';

describe('lexicons per corpus folder', () => {
  let dir: string;
  let cacheDir: string;
  const lexiconFile = (name: string, text: string) => {
    mkdirSync(join(dir, 'lexicon'), { recursive: true });
    writeFileSync(join(dir, 'lexicon', name), text);
  };
  // The store as the bot builds it (the default builder reads the lexicons afresh on every reload), with the
  // compiled-lexicon cache in a temporary folder.
  const openStore = () =>
    CorpusStore.open(dir, async (articles) => createCore(articles, { lexicons: loadLexicons(dir, { cacheDir }) }));
  const paragraphOf = (store: CorpusStore, question: string) => {
    const r = store.core.ask(question);
    return r.answered ? r.passages[0]?.paragraph : undefined;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'brano-lexicons-'));
    cacheDir = mkdtempSync(join(tmpdir(), 'brano-lexcache-'));
    writeFileSync(join(dir, 'biblioteca.md'), ARTICLE);
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('GIVEN file names THEN "…en-it.txt" is English→Italian, any other .txt a thesaurus, anything else no lexicon', () => {
    expect(lexiconKind('en-it.txt')).toBe('bilingual');
    expect(lexiconKind('llama2-en-it.txt')).toBe('bilingual');
    expect(lexiconKind('llama2-it.txt')).toBe('thesaurus');
    expect(lexiconKind('it-general.txt')).toBe('thesaurus');
    expect(lexiconKind('README.md')).toBeUndefined();
  });

  it('GIVEN a corpus folder without a lexicon THEN the general layer loads alone, with its question words and common English', () => {
    const general = loadLexicons(dir, { cacheDir });
    expect(general.files.every((f) => f.includes(join('src', 'lexicon')))).toBe(true);
    expect(general.files.length).toBeGreaterThanOrEqual(2);
    expect(general.thesaurus.size).toBeGreaterThan(300);
    expect(general.bilingual.entries.size).toBeGreaterThan(300);
    // general Italian: "soldi" also searches "dollari"; general English: "library" → "biblioteca", "document" → "documento"
    expect(general.thesaurus.lookup(['sold']).map((e) => e.text)).toContain('dollari');
    expect(loadLexicons(undefined, { cacheDir }).thesaurus.size).toBe(general.thesaurus.size);
    const core = createCore(loadCorpus(dir), { lexicons: general });
    expect(core.ask('When does the library open in the morning?').passages[0]?.paragraph).toBe(1);
    expect(core.ask('What document do I need to borrow a book?').passages[0]?.paragraph).toBe(3);
  });

  it('GIVEN the shipped corpus THEN its own llama2 files are merged over the general layer, which knows none of the article’s phrases', () => {
    const corpus = join(GENERAL_LEXICON_DIR, '..', '..', 'corpus');
    const shipped = loadLexicons(corpus, { cacheDir });
    expect(shipped.files.map((f) => f.split(/[\\/]/).pop())).toEqual(['cldr-en-it.txt', 'common-en-it.txt', 'en-it.txt', 'it-attributes.txt', 'it-general.txt', 'llama2-en-it.txt', 'llama2-it.txt']);
    expect(shipped.thesaurus.size).toBeGreaterThan(loadLexicons(undefined, { cacheDir }).thesaurus.size);
    // the article's typo is the article's: only its own lexicon makes "avventaggio" an equivalent of "vantaggio"
    expect(shipped.thesaurus.hasSurface('avventaggio')).toBe(true);
    expect(loadLexicons(undefined, { cacheDir }).thesaurus.hasSurface('avventaggio')).toBe(false);
  });

  it('GIVEN a lexicon file that changes WHEN the store reloads THEN the question is answered from the new lexicon, in Italian and English', async () => {
    const store = await openStore();
    expect(paragraphOf(store, ITALIAN)).toBeUndefined();
    expect(paragraphOf(store, ENGLISH)).toBeUndefined();

    lexiconFile('biblioteca-it.txt', `# everyday words of the library\n${BIKES}`);
    lexiconFile('biblioteca-en-it.txt', 'rack, racks, bike rack = biciclette; cortile\n');
    const outcome = await store.reload();
    expect(outcome).toMatchObject({ ok: true, generation: 2 });
    expect(paragraphOf(store, ITALIAN)).toBe(2);
    expect(paragraphOf(store, ENGLISH)).toBe(2);

    // and a group taken out again is gone after the next reload
    lexiconFile('biblioteca-it.txt', '# everyday words of the library\n');
    await store.reload();
    expect(paragraphOf(store, ITALIAN)).toBeUndefined();
  });

  it('GIVEN SIGHUP THEN the lexicons are reread like on /reload', async () => {
    const store = await openStore();
    const signals = new EventEmitter();
    const done = new Promise<string>((resolve) => {
      const log = { info: (m: string) => m.includes('reloaded') && resolve(m), error: (m: string) => resolve(m) };
      onSighup(store, log, signals as unknown as NodeJS.Process);
    });
    lexiconFile('biblioteca-it.txt', BIKES);
    signals.emit('SIGHUP');
    expect(await done).toMatch(/reloaded 1 articles/);
    expect(paragraphOf(store, ITALIAN)).toBe(2);
  });

  it.each([
    ['biblioteca-it.txt', `${BIKES}rastrelliera\n`, 3, 'a group needs at least two members'],
    ['biblioteca-it.txt', `# ok\n${BIKES}cane > fido > bau\n`, 4, 'more than one ">"'],
    ['biblioteca-en-it.txt', 'rack = biciclette\nbike rack biciclette\n', 2, 'expected "english = italian"'],
    ['biblioteca-en-it.txt', 'rack = biciclette @7\n', 1, 'weight must be in (0, 1]'],
  ])('GIVEN a broken %s WHEN the store reloads THEN the reload fails with file:line and the last good core keeps answering', async (name, text, line, problem) => {
    lexiconFile('biblioteca-it.txt', BIKES);
    const store = await openStore();
    const before = store.core;
    expect(paragraphOf(store, ITALIAN)).toBe(2);

    lexiconFile(name, text);
    const outcome: ReloadOutcome = await store.reload();
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error).toContain(`lexicon: `);
      expect(outcome.error).toContain(`${join('lexicon', name)}:${line}: ${problem}`);
      expect(outcome.generation).toBe(1);
    }
    expect(store.core).toBe(before);
    expect(store.lastError).toMatch(/^lexicon: /);
    expect(paragraphOf(store, ITALIAN)).toBe(2);
  });

  it('GIVEN a lexicon file that is not UTF-8 THEN it is named, with no line', async () => {
    mkdirSync(join(dir, 'lexicon'));
    writeFileSync(join(dir, 'lexicon', 'biblioteca-it.txt'), Buffer.from([0x63, 0x61, 0xff, 0x0a]));
    expect(() => loadLexicons(dir, { cacheDir })).toThrow(LexiconFileError);
    expect(() => loadLexicons(dir, { cacheDir })).toThrow(/biblioteca-it\.txt: not valid UTF-8$/);
  });

  it('GIVEN a broken lexicon at start-up THEN opening the store fails with the file and line, not a crash inside the core', async () => {
    lexiconFile('biblioteca-it.txt', 'solo\n');
    await expect(CorpusStore.open(dir)).rejects.toThrow(LexiconFileError);
    await expect(CorpusStore.open(dir)).rejects.toThrow(/^lexicon: .*biblioteca-it\.txt:1: a group needs at least two members/);
  });
});

describe('lexicons read back from the compiled cache', () => {
  let cacheDir: string;
  beforeEach(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'brano-lexread-'));
  });
  afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('GIVEN the general layer parsed once and then read back from the cache THEN every thesaurus key and English entry is the same', () => {
    const parsed = loadLexicons(undefined, { cacheDir });
    const read = loadLexicons(undefined, { cacheDir });
    expect(read.thesaurus.size).toBe(parsed.thesaurus.size);
    expect(read.thesaurus.maxPhraseLength).toBe(parsed.thesaurus.maxPhraseLength);
    const { expansions, bySurface } = parsed.thesaurus.snapshot();
    for (const key of expansions.keys()) expect(read.thesaurus.lookup(key.split(' '))).toEqual(parsed.thesaurus.lookup(key.split(' ')));
    for (const [surface, { key }] of bySurface) {
      expect(read.thesaurus.hasSurface(surface)).toBe(true);
      expect(read.thesaurus.lookup(key.split(' '), surface)).toEqual(parsed.thesaurus.lookup(key.split(' '), surface));
    }
    expect([...read.bilingual.entries.keys()]).toEqual([...parsed.bilingual.entries.keys()]);
    for (const [key, sense] of parsed.bilingual.entries) expect(read.bilingual.entries.get(key)).toEqual(sense);
    expect(read.bilingual.maxWords).toBe(parsed.bilingual.maxWords);
  });
});

describe('the wordnets’ English phrases under Brano’s own layers', () => {
  // One cache for the group: each case's lexicons are keyed by the files they read, so the cases stay apart.
  let cacheDir: string;
  beforeAll(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'brano-phrases-'));
  });
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
  const words = (lexicons: ReturnType<typeof loadLexicons>, q: string, w: string) =>
    translateEnglishQuery(q, lexicons.bilingual).words.find((x) => x.text.toLowerCase().endsWith(w));

  it('GIVEN "go up" THEN the phrase translates as a whole (salire, aumentare); GIVEN "going to", which the general layer lists as naming no topic, THEN that entry stands alone', () => {
    const lexicons = loadLexicons(undefined, { cacheDir });
    expect(words(lexicons, 'How much did prices go up?', 'go up')?.terms).toEqual(expect.arrayContaining([...analyze('salire', 'it'), ...analyze('aumentare', 'it')].map((t) => t.term)));
    expect(words(lexicons, 'What is going to happen?', 'going to')?.terms).toEqual([]);
  });

  it('GIVEN a common English word with a frequent sense news writes in another word ("strike", "shot", "open", "raise") THEN the general layer gives both', () => {
    const lexicons = loadLexicons(undefined, { cacheDir });
    const terms = (w: string) => analyze(w, 'it').map((t) => t.term);
    expect(words(lexicons, 'Who called the strike?', 'strike')?.terms).toEqual(expect.arrayContaining([...terms('sciopero'), ...terms('colpire')]));
    expect(words(lexicons, 'How many shots were there?', 'shots')?.terms).toEqual(expect.arrayContaining([...terms('tiro'), ...terms('colpo')]));
    // ("open" a hospital, a shop: Italian news inaugurates it)
    expect(words(lexicons, 'What will open in September?', 'open')?.terms).toEqual(expect.arrayContaining([...terms('aprire'), ...terms('inaugurare')]));
    // ("raise" in its sense of collecting funds, which the wordnets leave untranslated)
    expect(words(lexicons, 'How much did the startups raise?', 'raise')?.terms).toEqual(expect.arrayContaining([...terms('raccogliere'), ...terms('aumentare')]));
  });

  it('GIVEN no phrases file THEN the lexicons load without it, and "go up" is no phrase', () => {
    const lexicons = loadLexicons(undefined, { cacheDir, wordnetPhrasesFile: join(cacheDir, 'missing.txt'), wiktionaryPhrasesFile: join(cacheDir, 'missing-too.txt') });
    expect(words(lexicons, 'How much did prices go up?', 'go up')).toBeUndefined();
  });

  it('GIVEN "building site", which only Wiktionary lists as a phrase, THEN it reads as cantiere; without Wiktionary\'s phrases it is two words', () => {
    const cantiere = analyze('cantiere', 'it').map((t) => t.term);
    expect(words(loadLexicons(undefined, { cacheDir }), 'Who visited the building site?', 'building site')?.terms).toEqual(expect.arrayContaining(cantiere));
    const without = loadLexicons(undefined, { cacheDir, wiktionaryPhrasesFile: join(cacheDir, 'missing.txt') });
    expect(words(without, 'Who visited the building site?', 'building site')).toBeUndefined();
    expect(translateEnglishQuery('Who visited the building site?', without.bilingual).terms.map((t) => t.term)).not.toEqual(expect.arrayContaining(cantiere));
  });

  it('GIVEN "put out", which the wordnets list as annoying and Wiktionary as extinguishing THEN the phrase has the senses of both; without Wiktionary\'s phrases only the wordnets\'', () => {
    const spegnere = analyze('spegnere', 'it')[0]!.term;
    const disturbare = analyze('disturbare', 'it')[0]!.term;
    expect(words(loadLexicons(undefined, { cacheDir }), 'When did they put out the fire?', 'put out')?.terms).toEqual(expect.arrayContaining([spegnere, disturbare]));
    const without = loadLexicons(undefined, { cacheDir, wiktionaryPhrasesFile: join(cacheDir, 'missing.txt') });
    expect(words(without, 'When did they put out the fire?', 'put out')?.terms).not.toContain(spegnere);
  });

  it('GIVEN the shipped Wiktionary phrases THEN every line parses, each key has two words or more, and the licence notice heads the file', () => {
    const text = readFileSync(WIKTIONARY_PHRASES_FILE, 'utf8');
    expect(text).toMatch(/Creative Commons Attribution-ShareAlike 3\.0/);
    const parsed = parseBilingualLexicon(text, 'phrases-en-it.txt');
    expect(parsed.entries.size).toBeGreaterThan(3000);
    for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) expect(line.split(' = ')[0]!.split(' ').length).toBeGreaterThanOrEqual(2);
  });
});
