import { describe, expect, it } from 'vitest';
import { bothCases, cased, casedPattern } from '../../src/core/casedPattern.js';
import { CATAPHORIC_OPENERS, SHARED_STANCES } from '../../src/core/speakerLexicon.js';

describe('patterns whose words match in either case while a capital means a capital', () => {
  it('GIVEN a pattern written for the `i` flag THEN its words match in either case, as under the flag', () => {
    const re = casedPattern("^(?:così|cosi['’])\\s+ha\\s+detto", 'u');
    for (const text of ['Così ha detto', 'così ha detto', 'COSÌ HA DETTO', 'Cosi’ ha detto']) expect(re.test(text), text).toBe(true);
    expect(re.flags).not.toContain('i');
    // classes and ranges get the other case too; escapes, group syntax and names are left as they are
    expect(casedPattern('^stat[oa]\\s[a-c]+$', 'u').test('STATO ABC')).toBe(true);
    expect(bothCases('(?<nome>x)(?:y)(?=z)(?<!w)\\p{Lu}\\s{2,3}')).toBe('(?<nome>[xX])(?:[yY])(?=[zZ])(?<![wW])\\p{Lu}\\s{2,3}');
    expect(bothCases('[^\\p{L}]')).toBe('[^\\p{L}]');
  });

  it('GIVEN `\\p{Lu}` or `\\p{Ll}` in it THEN they keep their case, which the `i` flag folds away', () => {
    const opener = /^come\s+(?=\p{Lu})/iu;
    expect(opener.test('Come noto, il piano è in ritardo')).toBe(true);
    expect(cased(opener).test('Come noto, il piano è in ritardo')).toBe(false);
    expect(cased(opener).test('Come Ada Neri, Luca Rossi non è d’accordo')).toBe(true);
    expect(cased(/^\p{Ll}+$/iu).test('Roma')).toBe(false);
  });

  it('GIVEN the speaker constructions that ask for a capitalised name THEN a lower-case word is no name', () => {
    const stance = SHARED_STANCES.find((s) => s.id === 'come-x')!;
    expect(stance.re.test('Come Ada Neri, presidente dell’Ordine, Luca Rossi non è d’accordo.')).toBe(true);
    expect(stance.re.test('Come previsto, la riforma è rinviata.')).toBe(false);
    const cosi = CATAPHORIC_OPENERS.find((s) => s.id === 'cosi')!;
    expect(cosi.re.test('Così Paolo Serra, presidente delle Associazioni bibliotecarie.')).toBe(true);
    expect(cosi.re.test('Così il sindaco durante la cerimonia.')).toBe(true);
    expect(cosi.re.test('Così adesso ci sono cinque candidati.')).toBe(false);
    for (const row of [...CATAPHORIC_OPENERS, ...SHARED_STANCES]) expect(row.re.test(row.example), row.id).toBe(true);
  });
});
