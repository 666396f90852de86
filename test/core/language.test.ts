import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detectLanguage, languageEvidence } from '../../src/core/language.js';
import { loadCorpus } from '../../src/core/corpus.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('detectLanguage', () => {
  it.each([
    'Chi è Turow?',
    'Licenza di Llama?',
    'Quanto costa?',
    'Cos’è PyTorch?',
    "Cos'è PyTorch?",
    'Perché open source?',
    'Dati di addestramento?',
    'Chi guida Google?',
    'Llama 2 gratuito?',
    'Quando è uscito?',
    'Dove scaricarlo?',
    'Alpaca e Vicuna?',
    'sicurezza nazionale',
    'Le big tech sono intoccabili?',
    'Quante aziende hanno firmato l’accordo con la Casa Bianca?',
  ])('GIVEN the Italian question "%s" THEN it is Italian', (q) => {
    expect(detectLanguage(q)).toBe('it');
  });

  it.each([
    'Who is Turow?',
    'Llama 2 license?',
    'How much?',
    'What’s PyTorch?',
    'Why open source?',
    'Training data?',
    'Who leads Google?',
    'Is Llama free?',
    'When was it released?',
    'Where to download it?',
    'Alpaca and Vicuna?',
    'national security',
    'Acceptable use policy',
    "Doesn't Meta publish the data?",
    'How many companies signed the White House agreement?',
  ])('GIVEN the English question "%s" THEN it is English', (q) => {
    expect(detectLanguage(q)).toBe('en');
  });

  it.each(['Al-Dahle role?', 'AI boom?', 'Lambert opinion?', 'Microsoft OpenAI investment?', 'CEO of Microsoft?', 'Meta partners?'])(
    'GIVEN the terse English question "%s" with names and acronyms THEN it is English',
    (q) => {
      expect(detectLanguage(q)).toBe('en');
    },
  );

  it.each(['Quanto ha investito Microsoft in OpenAI?', 'Chi è il CEO di Microsoft?', 'Ruolo di Al-Dahle?', 'AI e lavoro: cosa dice Turow?'])(
    'GIVEN the Italian question "%s" with English names and acronyms THEN it stays Italian',
    (q) => {
      expect(detectLanguage(q)).toBe('it');
    },
  );

  it('GIVEN names only THEN the tie goes to Italian, the language of the articles', () => {
    expect(detectLanguage('Llama 2')).toBe('it');
    expect(detectLanguage('Demis Hassabis')).toBe('it');
    expect(detectLanguage('')).toBe('it');
  });

  it('GIVEN names inside a question THEN they do not sway it', () => {
    expect(detectLanguage('Chi è Jon Turow di Madrona Ventures?')).toBe('it');
    expect(detectLanguage('Who is Ahmad Al-Dahle at Meta?')).toBe('en');
  });

  it('GIVEN accents and elisions THEN they count for Italian', () => {
    expect(languageEvidence('la città').it).toBeGreaterThan(languageEvidence('la citta').it);
    expect(languageEvidence('dell’azienda').it).toBeGreaterThan(languageEvidence('dellazienda').it);
    expect(languageEvidence("it's Meta's").en).toBeGreaterThan(languageEvidence('its Metas').en);
  });

  it('GIVEN every sentence of the Italian article THEN each is Italian', () => {
    const sentences = loadCorpus(`${root}corpus`).flatMap((a) => a.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)));
    expect(sentences.length).toBeGreaterThan(40);
    expect(sentences.filter((s) => detectLanguage(s) !== 'it')).toEqual([]);
  });

  it('GIVEN every question of the English question set THEN each is English', () => {
    const questions = readFileSync(`${root}test/fixtures/questions.en.jsonl`, 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { q: string }).q);
    expect(questions.length).toBeGreaterThan(50);
    expect(questions.filter((q) => detectLanguage(q) !== 'en')).toEqual([]);
  });
});
