import { describe, expect, it } from 'vitest';
import { findSection, rankSections, SECTION_MATCH_THRESHOLD } from '../../src/core/sectionLookup.js';
import type { Section } from '../../src/core/types.js';

const SECTIONS: Section[] = [
  { id: 'la-memo-trapelata', title: 'La memo trapelata', from: 1, to: 2 },
  { id: 'la-strategia-open-source-di-meta', title: 'La strategia open source di Meta', from: 3, to: 4 },
  { id: 'i-limiti-dell-apertura-dati-licenza-e-regole-d-uso', title: 'I limiti dell’apertura: dati, licenza e regole d’uso', from: 5, to: 6 },
  { id: 'regole-concorrenza-e-futuro', title: 'Regole, concorrenza e futuro', from: 7, to: 9 },
];
const idOf = (q: string) => findSection(SECTIONS, q)?.id;

describe('findSection', () => {
  it('GIVEN an id, a title or a number THEN finds the section with certainty', () => {
    expect(rankSections(SECTIONS, 'regole-concorrenza-e-futuro')[0]).toEqual({ section: SECTIONS[3], score: 1 });
    expect(idOf('La memo trapelata')).toBe('la-memo-trapelata');
    expect(idOf('2')).toBe('la-strategia-open-source-di-meta');
    expect(idOf('sezione 3')).toBe('i-limiti-dell-apertura-dati-licenza-e-regole-d-uso');
  });

  it('GIVEN accents, capitals, apostrophes or partial words THEN still finds it', () => {
    expect(idOf('LIMITI DELL APERTURA')).toBe('i-limiti-dell-apertura-dati-licenza-e-regole-d-uso');
    expect(idOf('licen')).toBe('i-limiti-dell-apertura-dati-licenza-e-regole-d-uso');
    expect(idOf('la parte sulla licenza')).toBe('i-limiti-dell-apertura-dati-licenza-e-regole-d-uso');
    expect(idOf('licenze')).toBe('i-limiti-dell-apertura-dati-licenza-e-regole-d-uso');
  });

  it('GIVEN typos THEN Jaro-Winkler similarity still finds it', () => {
    expect(idOf('strattegia')).toBe('la-strategia-open-source-di-meta');
    expect(idOf('concorenza')).toBe('regole-concorrenza-e-futuro');
  });

  it('GIVEN a word two titles share THEN the title that starts with it comes first', () => {
    expect(idOf('regole')).toBe('regole-concorrenza-e-futuro');
  });

  it('GIVEN words no title has, or a number out of range THEN finds nothing', () => {
    expect(idOf('pizza')).toBeUndefined();
    // A word that only shares a short stem with a title word ("meteo", "meta": "met") is not a match.
    expect(idOf('meteo')).toBeUndefined();
    expect(idOf('9')).toBeUndefined();
    expect(rankSections(SECTIONS, 'xyz')).toEqual([]);
    expect(rankSections(SECTIONS, 'meta pizza')[0]?.score ?? 0).toBeLessThan(SECTION_MATCH_THRESHOLD);
  });

  it('GIVEN an empty query THEN lists every section in order (for autocomplete)', () => {
    expect(rankSections(SECTIONS, '  ').map((m) => m.section.id)).toEqual(SECTIONS.map((s) => s.id));
  });
});
