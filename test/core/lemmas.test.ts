import { afterEach, describe, expect, it } from 'vitest';
import { italianLemmasId, stem, stemVariants, useItalianLemmas } from '../../src/core/analysis.js';
import { LEMMA_RULES_VERSION, compileLemmaText, compileVariantText, lemmaTableOf } from '../../src/core/lemmas.js';
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
    expect(empty.variants('mort')).toEqual([]);
  });

  it('GIVEN a variant text THEN a stem’s variants are found, and a stem it does not list has none', () => {
    const withVariants = lemmaTableOf('', ['mor mort', 'mort mor', 'nasc nat', 'nat nasc', 'scriv scritt'].join('\n'));
    expect(withVariants.variants('mort')).toEqual(['mor']);
    expect(withVariants.variants('nasc')).toEqual(['nat']);
    expect(withVariants.variants('scriv')).toEqual(['scritt']);
    for (const s of ['mo', 'morte', 'zz', '']) expect(withVariants.variants(s)).toEqual([]);
  });
});

describe('participle variants compiled from Morph-it!', () => {
  it('GIVEN a verb whose past participle keeps its own stem THEN each stem lists the other, and a regular verb lists nothing', () => {
    const data = {
      verbs: { morire: { part: { past: { S: 'morto', SF: 'morta' } }, ind: { past: { S3: 'morì' } } }, amare: { part: { past: { S: 'amato' } } } },
      nouns: {},
      adjectives: {},
    };
    const stems: Record<string, string> = { morire: 'mor', morto: 'mort', morta: 'mort', amare: 'am', amato: 'am' };
    const table = lemmaTableOf('', compileVariantText(data, (w) => stems[w] ?? w));
    expect(table.variants('mort')).toEqual(['mor']);
    expect(table.variants('mor')).toEqual(['mort']);
    expect(table.variants('am')).toEqual([]);
  });

  it('GIVEN the installed table THEN the compound past meets the simple past of irregular verbs, both ways', () => {
    expect(stemVariants(stem('morto', 'it'))).toContain(stem('morì', 'it'));
    expect(stemVariants(stem('nacque', 'it'))).toContain(stem('nato', 'it'));
    expect(stemVariants(stem('scritto', 'it'))).toContain(stem('scrisse', 'it'));
    expect(stemVariants(stem('città', 'it'))).toEqual([]);
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
