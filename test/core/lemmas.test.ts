import { afterEach, describe, expect, it } from 'vitest';
import { italianLemmasId, stem, useItalianLemmas } from '../../src/core/analysis.js';
import { LEMMA_RULES_VERSION, compileLemmaText, lemmaTableOf } from '../../src/core/lemmas.js';
import { italianLemmaSource, lemmaDataVersion, readLemmaData } from '../../src/lexicons.js';

describe('the lemma table over a compiled text', () => {
  const table = lemmaTableOf(['disse dir', 'nacque nasc', 'scrisse scriv', 'uscì usc', 'vinse vinc'].join('\n'));

  it('GIVEN a form the text lists THEN its dictionary form’s stem is found, first, last and middle line alike', () => {
    expect(table.lemmaStem('disse')).toBe('dir');
    expect(table.lemmaStem('scrisse')).toBe('scriv');
    expect(table.lemmaStem('vinse')).toBe('vinc');
    expect(table.lemmaStem('uscì')).toBe('usc');
    expect(table.size).toBe(5);
  });

  it('GIVEN a word the text does not list (before, between and after its lines, or a prefix of a form) THEN nothing is found', () => {
    for (const w of ['abate', 'dir', 'nacqu', 'nacquero', 'zucca', '']) expect(table.lemmaStem(w)).toBeUndefined();
  });

  it('GIVEN an empty text THEN the table is empty and finds nothing', () => {
    const empty = lemmaTableOf('');
    expect(empty.size).toBe(0);
    expect(empty.lemmaStem('vinse')).toBeUndefined();
  });
});

describe('Morph-it! lemmas in the analysis', () => {
  it('GIVEN the data packages THEN their versions identify the data', () => {
    expect(lemmaDataVersion()).toMatch(/^italian-verbs-dict@\d+\.\d+\.\d+ italian-words-dict@\d+\.\d+\.\d+ italian-adjectives-dict@\d+\.\d+\.\d+$/);
  });

  it('GIVEN irregular past forms THEN they stem like their infinitive (the stemmer alone keeps them apart)', () => {
    expect(stem('vinse', 'it')).toBe(stem('vincere', 'it'));
    expect(stem('nacque', 'it')).toBe(stem('nascere', 'it'));
    expect(stem('scrisse', 'it')).toBe(stem('scrivere', 'it'));
    expect(stem('disse', 'it')).toBe(stem('dire', 'it'));
  });

  it('GIVEN a past participle that is also an adjective ("vinto", "scritto") THEN it keeps its own stem', () => {
    expect(stem('vinto', 'it')).toBe('vint');
    expect(stem('scritto', 'it')).toBe('scritt');
  });

  it('GIVEN other irregular verb forms (future, present) THEN they meet their infinitive too', () => {
    expect(stem('vincerà', 'it')).toBe(stem('vincere', 'it'));
    expect(stem('nasce', 'it')).toBe(stem('nascere', 'it'));
  });

  it('GIVEN regular forms and words Morph-it! does not know THEN the stemmer’s stems stay as they were', () => {
    expect(stem('città', 'it')).toBe('citt');
    expect(stem('llama', 'it')).toBe('llam');
    expect(stem('usato', 'it')).toBe(stem('usare', 'it'));
  });

  it('GIVEN a form of two verbs ("volto": volgere, voltare; "porto": porgere, portare) THEN the compiled table leaves it to the stemmer', () => {
    const table = lemmaTableOf(compileLemmaText(readLemmaData()!, (w) => w));
    expect(table.lemmaStem('volto')).toBeUndefined();
    expect(table.lemmaStem('porto')).toBeUndefined();
    expect(table.lemmaStem('vinse')).toBe('vincere');
    expect(table.size).toBeGreaterThan(10_000);
  });
});

describe('the lemma table is language data installed from outside the core', () => {
  afterEach(() => useItalianLemmas(italianLemmaSource()));

  it('GIVEN no table installed THEN Italian words are stemmed by the Porter stemmer alone and the analysis says so in its id', () => {
    useItalianLemmas(undefined);
    expect(italianLemmasId()).toBe('none');
    expect(stem('vinse', 'it')).not.toBe(stem('vincere', 'it'));
  });

  it('GIVEN a table installed THEN stems follow it, the stems cached before are dropped, and its id identifies the analysis', () => {
    useItalianLemmas(undefined);
    expect(stem('vinse', 'it')).not.toBe('vinc');
    useItalianLemmas({ id: 'test table', load: () => lemmaTableOf('vinse vinc') });
    expect(italianLemmasId()).toBe('test table');
    expect(stem('vinse', 'it')).toBe('vinc');
  });

  it('GIVEN Brano’s own table THEN its id names the data packages and the rules', () => {
    expect(italianLemmaSource().id).toBe(`${lemmaDataVersion()} rules ${LEMMA_RULES_VERSION}`);
  });
});
