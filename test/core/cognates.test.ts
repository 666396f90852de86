import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analysis.js';
import { cognates, englishBaseForms, italianSpellings, parseEnglishExceptions, type ItalianVocabulary } from '../../src/core/cognates.js';
import { translateEnglishQuery } from '../../src/core/crossLingual.js';
import { loadEnglishExceptions, loadLexicons } from '../../src/lexicons.js';
import { buildPassageIndex } from '../../src/core/passageIndex.js';
import type { Article } from '../../src/core/types.js';
import { loadCorpus } from '../../src/core/corpus.js';
import { join, resolve } from 'node:path';

/** An index vocabulary holding the terms of some Italian text, as the passage index would. */
const vocabularyOf = (italian: string): ItalianVocabulary => {
  const terms = new Set(analyze(italian, 'it').map((t) => t.term));
  return { has: (t) => terms.has(t), similarTerms: () => [] };
};
const termOf = (italian: string) => analyze(italian, 'it')[0]!.term;

describe('englishBaseForms (WordNet detachment rules and exception lists)', () => {
  it('GIVEN a regular inflection THEN the base form is among the candidates', () => {
    expect(englishBaseForms('tallest')).toContain('tall');
    expect(englishBaseForms('died')).toContain('die');
    expect(englishBaseForms('countries')).toContain('country');
  });

  it('GIVEN an irregular form THEN WordNet 3.0’s exception lists give its base', () => {
    const exceptions = loadEnglishExceptions();
    expect(englishBaseForms('children', exceptions)).toContain('child');
    expect(englishBaseForms('analyses', exceptions)).toContain('analysis');
    expect(englishBaseForms('wrote', exceptions)).toContain('write');
  });

  it('GIVEN exception lines THEN multi-word entries are left out', () => {
    const parsed = parseEnglishExceptions('# comment\nmice mouse\nattorneys_general attorney_general\n');
    expect(parsed.get('mice')).toEqual(['mouse']);
    expect(parsed.has('attorneys_general')).toBe(false);
  });
});

describe('italianSpellings (English → Italian spelling correspondences)', () => {
  it.each([
    ['combustion', 'combustione'],
    ['pharmacist', 'farmacista'],
    ['theory', 'teoria'],
    ['university', 'università'],
    ['famous', 'famoso'],
    ['oxygen', 'ossigeno'],
    ['distance', 'distanza'],
    ['history', 'istoria'],
    ['governor', 'governatore'],
    ['museum', 'museo'],
    ['doctor', 'dottore'],
    ['concept', 'concetto'],
    ['absolute', 'assoluto'],
    ['advent', 'avvento'],
    ['transport', 'trasporto'],
    ['initial', 'iniziale'],
    ['latium', 'lazio'],
    ['dioscorides', 'dioscoride'],
    ['plant', 'pianta'],
    ['florid', 'fiorido'],
    ['blank', 'bianco'],
    ['plane', 'piano'],
    ['transmitted', 'trasmesso'],
    ['produced', 'prodotto'],
    ['expert', 'esperto'],
    ['described', 'descritto'],
    ['excluded', 'escluso'],
    ['proposed', 'proposto'],
    ['divided', 'diviso'],
    ['transmit', 'trasmettere'],
  ])('GIVEN "%s" THEN one spelling stems like the Italian "%s"', (english, italian) => {
    const stems = italianSpellings(english).flatMap((s) => analyze(s, 'it').map((t) => t.term));
    expect(stems).toContain(termOf(italian));
  });
});

describe('cognates (matched against the article’s own index)', () => {
  it('GIVEN an English word whose Italian cognate the article uses THEN that term is found, exactly', () => {
    const vocabulary = vocabularyOf('La combustione rapida richiede ossigeno; i farmacisti lavorano in ospedale.');
    expect(cognates('combustion', vocabulary).map((c) => c.term)).toContain(termOf('combustione'));
    expect(cognates('oxygen', vocabulary)[0]).toEqual({ term: termOf('ossigeno'), similarity: 1 });
    expect(cognates('pharmacists', vocabulary).map((c) => c.term)).toContain(termOf('farmacisti'));
  });

  it('GIVEN a name the article writes in its Italian form THEN the English name reaches it and still counts as a name', () => {
    const vocabulary = vocabularyOf('Il medico greco Dioscoride scrisse un trattato sulle piante medicinali.');
    const q = translateEnglishQuery('What did Dioscorides write about plants?', loadLexicons().bilingual, { vocabulary });
    const name = q.words.find((w) => w.text === 'Dioscorides')!;
    expect(name).toMatchObject({ via: 'cognate', name: true });
    expect(name.terms).toContain(termOf('Dioscoride'));
  });

  it('GIVEN a cognate the article does not use THEN nothing is invented', () => {
    const vocabulary = vocabularyOf('La combustione rapida richiede ossigeno.');
    expect(cognates('university', vocabulary)).toEqual([]);
    expect(cognates('the', vocabulary)).toEqual([]);
  });

  it('GIVEN an English word the Italian stemmer would cut inside ("turnout" + o read as "turn-outo") THEN a shorter word the article uses ("turno") is no cognate, and the dictionary’s translation is read; GIVEN a bare stem with an Italian vowel ("form": forma, "problem": problema) THEN it still is', () => {
    const vocabulary = vocabularyOf('Al primo turno l’affluenza era alta; la forma cambia.');
    expect(cognates('turnout', vocabulary)).toEqual([]);
    const q = translateEnglishQuery('What was the turnout?', loadLexicons().bilingual, { vocabulary });
    expect(q.words.find((w) => w.text === 'turnout')!.terms).toContain(termOf('affluenza'));
    expect(q.words.find((w) => w.text === 'turnout')!.terms).not.toContain(termOf('turno'));
    expect(cognates('form', vocabulary).map((c) => c.term)).toContain(termOf('forma'));
    expect(cognates('problem', vocabularyOf('Il problema resta.')).map((c) => c.term)).toContain(termOf('problema'));
  });

  it('GIVEN an English word that looks like an Italian word the article uses but whose wordnet translations never meet it (“joke” / “gioco”) THEN the translations are read, not the false friend; a true cognate (“cathedral” / “cattedrale”) stays', () => {
    const vocabulary = vocabularyOf('Ho cercato di giocare meglio, il gioco era duro. La cattedrale è chiusa.');
    expect(cognates('joke', vocabulary).map((c) => c.term)).toContain(termOf('gioco'));
    const joke = translateEnglishQuery('What did Rossi joke about?', loadLexicons().bilingual, { vocabulary }).words.find((w) => w.text === 'joke')!;
    expect(joke.terms).toContain(termOf('scherzare'));
    expect(joke.terms).not.toContain(termOf('gioco'));
    const cathedral = translateEnglishQuery('When did the cathedral close?', loadLexicons().bilingual, { vocabulary }).words.find((w) => w.text === 'cathedral')!;
    expect(cathedral.terms).toContain(termOf('cattedrale'));
  });

  it('GIVEN a long English word spelt exactly as an Italian word the article uses, which the wordnets’ translations leave out (“territories” / “territori”: circoscrizione, regione …) THEN the cognate is read beside them; a short one (“joke”) stays a false friend', () => {
    const vocabulary = vocabularyOf('La lezione sui territori e le regioni. Il gioco era duro.');
    const lexicon = loadLexicons().bilingual;
    const territories = translateEnglishQuery('Who spoke about territories?', lexicon, { vocabulary }).words.find((w) => w.text === 'territories')!;
    expect(territories.terms).toContain(termOf('territorio'));
    expect(territories.terms).toContain(termOf('regione'));
    const joke = translateEnglishQuery('What did Rossi joke about?', lexicon, { vocabulary }).words.find((w) => w.text === 'joke')!;
    expect(joke.terms).not.toContain(termOf('gioco'));
  });

  it('GIVEN a near spelling in the index THEN it counts only above the similarity threshold', () => {
    const vocabulary: ItalianVocabulary = { has: () => false, similarTerms: () => ['popol'] };
    // "population" → popul- (popolazione): one letter apart in five.
    expect(cognates('population', vocabulary, new Map(), 0.8).map((c) => c.term)).toEqual(['popol']);
    expect(cognates('population', vocabulary, new Map(), 0.9)).toEqual([]);
  });
});

describe('English questions through the general layer and the cognates', () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  const articles: Article[] = loadCorpus(join(ROOT, 'test/fixtures/squad-it-dev/corpus')).filter((a) => a.slug === 'ossigeno');
  const index = buildPassageIndex(articles);
  const vocabulary: ItalianVocabulary = { has: (t) => index.paragraphIndex.has(t), similarTerms: (t) => index.similarTerms(t) };

  it('GIVEN a common English word THEN the general layer gives its Italian translation', () => {
    const q = translateEnglishQuery('what happens to water in the air', loadLexicons().bilingual, { vocabulary });
    const water = q.words.find((w) => w.text === 'water')!;
    expect(water.via).toBe('lexicon');
    expect(water.terms).toContain(termOf('acqua'));
    expect(q.words.find((w) => w.text === 'air')!.terms).toContain(termOf('aria'));
  });

  it('GIVEN a word the layer lacks but the article spells alike THEN its cognate is one concept, found in the index', () => {
    const q = translateEnglishQuery('who discovered photosynthesis', loadLexicons().bilingual, { vocabulary });
    const word = q.words.find((w) => w.text === 'photosynthesis')!;
    expect(word.via).toBe('cognate');
    expect(word.terms).toContain(termOf('fotosintesi'));
    // its alternatives are one concept: one entry in `words`, however many Italian terms it reached
    expect(q.words.filter((w) => w.text === 'photosynthesis')).toHaveLength(1);
  });
});
