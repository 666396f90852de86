import { describe, expect, it } from 'vitest';
import { compileWordList, isCommonWord, wordListOf } from '../../src/core/generalWords.js';
import { installItalianData, loadGeneralWords } from '../../src/lexicons.js';
import { stem } from '../../src/core/analysis.js';

installItalianData();

describe('the general vocabulary of Italian and English', () => {
  it('GIVEN words with capitals, accents and digits THEN the list keeps them lower-cased, folded, letters only, sorted once each', () => {
    expect(compileWordList(['Città', 'casa', 'casa', 'llama2', 'perché'])).toBe('casa\ncitta\nperche');
  });

  it('GIVEN a compiled list THEN each listed word is found and a word between two listed ones is not', () => {
    const list = wordListOf(compileWordList(['alfa', 'beta', 'gamma', 'delta']));
    for (const w of ['alfa', 'beta', 'delta', 'gamma']) expect(list.has(w), w).toBe(true);
    for (const w of ['al', 'bet', 'betaa', 'zeta', '']) expect(list.has(w), w).toBe(false);
  });

  it('GIVEN an inflected English word THEN it is common when a base form is listed (regular ending or WordNet exception)', () => {
    const words = { italian: wordListOf('portatile'), english: wordListOf('child\nrelease'), italianStems: wordListOf('') };
    expect(isCommonWord(words, 'released')).toBe(true);
    expect(isCommonWord(words, 'children', new Map([['children', ['child']]]))).toBe(true);
    expect(isCommonWord(words, 'portatile')).toBe(true);
    expect(isCommonWord(words, 'pichai')).toBe(false);
  });

  it('GIVEN an Italian adverb in -mente THEN it is common when its adjective is listed ("gravemente", "facilmente")', () => {
    const words = { italian: wordListOf('facile\ngrave'), english: wordListOf(''), italianStems: wordListOf('') };
    expect(isCommonWord(words, 'gravemente')).toBe(true);
    expect(isCommonWord(words, 'facilmente')).toBe(true);
    expect(isCommonWord(words, 'clemente')).toBe(false);
  });

  describe('as Brano loads it (Morph-it! forms, WordNet 3.0 lemmas)', () => {
    // From the compiled-lexicon cache `npm run build` fills, as Brano reads it.
    const words = loadGeneralWords();

    it('GIVEN Italian word forms, folded as chat types them THEN Italian knows them', () => {
      for (const w of ['portatile', 'parametri', 'fondatore', 'citta', 'meta']) expect(words.italian.has(w), w).toBe(true);
    });

    it('GIVEN English lemmas THEN English knows them', () => {
      for (const w of ['parameter', 'release', 'charge']) expect(words.english.has(w), w).toBe(true);
    });

    it('GIVEN Italian words Morph-it! lists THEN their stems are listed as the analysis stems them', () => {
      for (const w of ['portatile', 'socievole']) expect(words.italianStems.has(stem(w, 'it')), w).toBe(true);
    });

    it('GIVEN names of people and companies THEN neither language lists them', () => {
      for (const w of ['sundar', 'pichai', 'zuckerberg', 'nadella', 'openai', 'databricks']) expect(isCommonWord(words, w), w).toBe(false);
    });
  });
});
