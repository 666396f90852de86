import { describe, expect, it } from 'vitest';
import { peopleHuman, quoteHuman } from '../../src/terminal/quoteView.js';
import { makeStyle } from '../../src/terminal/style.js';

const style = makeStyle(false);
const nobody = { query: 'Rossi', person: null, quotes: [], suggestions: [] };

describe('quoteHuman and peopleHuman on one article or several', () => {
  it('GIVEN a name nobody speaks as THEN the message speaks of the article, or of the articles when there are several', () => {
    expect(quoteHuman(nobody, style)).toBe('Nell’articolo nessuno di nome Rossi prende la parola.');
    expect(quoteHuman(nobody, style, { showArticle: true })).toBe('Negli articoli nessuno di nome Rossi prende la parola.');
    expect(quoteHuman(nobody, style, { lang: 'en', showArticle: true })).toBe('Nobody called Rossi speaks in the articles.');
  });

  it('GIVEN an office several speakers hold THEN the message names them and asks for the name, in the language asked', () => {
    const office = { query: 'il ministro', person: null, quotes: [], suggestions: ['Aldo Bruni', 'Anna Neri'], office: 'ministro' };
    expect(quoteHuman(office, style)).toBe('Più persone che parlano hanno il ruolo di ministro: Aldo Bruni, Anna Neri. Scrivi il nome.');
    expect(quoteHuman(office, style, { lang: 'en' })).toBe('More than one speaker is ministro: Aldo Bruni, Anna Neri. Type the name.');
  });

  it('GIVEN nobody who speaks THEN the list says so for one article or several, in the language asked', () => {
    expect(peopleHuman([], style)).toBe('Nell’articolo non parla nessuno.');
    expect(peopleHuman([], style, 'it', true)).toBe('Negli articoli non parla nessuno.');
    expect(peopleHuman([], style, 'en')).toBe('Nobody speaks in the article.');
    expect(peopleHuman([], style, 'en', true)).toBe('Nobody speaks in the articles.');
  });

  it('GIVEN a speaker whose role is also one of their aliases THEN the role is shown once, after the dash', () => {
    const zilli = { name: 'Barbara Zilli', aliases: ['Zilli', 'Barbara', 'L’assessore alle Finanze'], role: 'L’assessore alle Finanze', kind: 'person' as const, quotes: [] };
    expect(peopleHuman([zilli], style)).toBe('  Barbara Zilli (Zilli, Barbara) — L’assessore alle Finanze  0 affermazioni');
  });
});
