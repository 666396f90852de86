import { describe, expect, it } from 'vitest';
import { askHuman, askJson, attribution } from '../../src/terminal/askView.js';
import { makeStyle } from '../../src/terminal/style.js';
import type { AskResult, Passage } from '../../src/core/ask.js';

const style = makeStyle(false);
const passage: Passage = {
  article: 'llama2',
  articleTitle: 'Titolo',
  paragraph: 15,
  section: 'regole',
  sectionTitle: 'Regole',
  excerpt: 'Demis Hassabis guida lo sviluppo di AI di Google.',
  span: [0, 49],
  highlight: [0, 48],
  matches: [],
  score: 0.7,
};

describe('attribution', () => {
  it('GIVEN a section titled as the article, or as its title cut short THEN the line names the article only; another section is named', () => {
    const long = 'Il DDL sull’Intelligenza Artificiale approvato al Senato: la replica del sottosegretario alle accuse del senatore';
    expect(attribution({ ...passage, articleTitle: long, sectionTitle: `${long.slice(0, 90)}…` })).toBe(`¶15 · ${long}`);
    expect(attribution({ ...passage, articleTitle: 'Titolo', sectionTitle: 'Titolo' })).toBe('¶15 · Titolo');
    expect(attribution(passage)).toBe('¶15 · Regole · Titolo');
  });
});

describe('askHuman', () => {
  it('GIVEN another passage whose sentence opens a quotation it does not close THEN its line says the quotation goes on; a closed one is shown as it is', () => {
    const open: Passage = { ...passage, paragraph: 4, excerpt: '«Il nostro auspicio è liberare via Roma entro l’anno. L’impresa riprenderà dopo il 20».', highlight: [0, 53] };
    const closed: Passage = { ...passage, paragraph: 5, excerpt: '«Il nostro auspicio è liberare via Roma entro l’anno».', highlight: [0, 54] };
    const out = askHuman({ question: 'q', answered: true, passages: [passage, open, closed], lang: 'it' }, style);
    expect(out).toContain('¶4 «Il nostro auspicio è liberare via Roma entro l’anno. …');
    expect(out.endsWith('¶5 «Il nostro auspicio è liberare via Roma entro l’anno».')).toBe(true);
  });

  it('GIVEN an answer to an English question THEN the labels are English and the passage stays verbatim', () => {
    const out = askHuman({ question: 'Who leads AI at Google?', answered: true, passages: [passage], lang: 'en' }, style);
    expect(out).toContain('original Italian');
    expect(out).toContain(passage.excerpt);
    expect(out).toContain('¶15');
  });

  it('GIVEN a question declined because the article states no sum, age or party THEN the reply says which, in the question’s language, before the closest passage', () => {
    const declined = (lang: 'it' | 'en', unsaid: 'money' | 'age' | 'party' | 'origin'): AskResult => ({ question: 'q', answered: false, reason: 'low-confidence', passages: [], closest: [passage], lang, unsaid });
    expect(askHuman(declined('it', 'origin'), style)).toMatch(/^L’articolo non dice di dove è\./);
    expect(askHuman(declined('en', 'origin'), style)).toMatch(/^The article does not say where they are from\./);
    expect(askHuman(declined('it', 'age'), style)).toMatch(/^L’articolo non dice l’età\./);
    expect(askHuman(declined('it', 'money'), style)).toContain('non riporta cifre');
    expect(askHuman(declined('en', 'party'), style)).toMatch(/^The article does not give the party\.[\s\S]*Demis Hassabis/);
    const { unsaid: _unsaid, ...plain } = declined('it', 'age');
    expect(askHuman(plain, style)).toContain('non sembra rispondere');
  });

  it('GIVEN a question asking the article’s title THEN the title is given, with the English title to an English question', () => {
    const info = (lang: 'it' | 'en'): AskResult => ({ question: 'q', answered: false, reason: 'article-info', passages: [], lang, info: [{ field: 'title', article: 'a', articleTitle: 'Il porto', value: 'Il porto', titleEn: 'The harbour' }] });
    expect(askHuman(info('it'), style)).toBe('Il titolo dell’articolo è «Il porto».');
    expect(askHuman(info('en'), style)).toBe('The article’s title is “Il porto” (in English, “The harbour”).');
  });

  it('GIVEN several articles and a question asking the title THEN the titles are listed, once each', () => {
    const info = (title: string, titleEn?: string) => ({ field: 'title' as const, article: title, articleTitle: title, value: title, ...(titleEn ? { titleEn } : {}) });
    const result = (lang: 'it' | 'en'): AskResult => ({ question: 'q', answered: false, reason: 'article-info', passages: [], lang, info: [info('Il porto', 'The harbour'), info('La fiera')] });
    expect(askHuman(result('it'), style)).toBe('I titoli dei 2 articoli:\n  «Il porto»\n  «La fiera»');
    expect(askHuman(result('en'), style)).toBe('The 2 articles’ titles:\n  “Il porto” (“The harbour”)\n  “La fiera”');
  });

  it('GIVEN other passages from another article than the first THEN each is labelled with that article’s title, cut at a word; the first article’s are not', () => {
    const other: Passage = { ...passage, article: 'fiera', articleTitle: 'La fiera del libro torna in piazza con cento editori', paragraph: 2 };
    const same: Passage = { ...passage, paragraph: 3 };
    const out = askHuman({ question: 'q', answered: true, passages: [passage, same, other], lang: 'it' }, style);
    expect(out).toContain('  ¶3 Demis Hassabis');
    expect(out).toMatch(/ {2}¶2 \(La fiera del libro torna in piazza con…\) Demis Hassabis/u);
  });

  it('GIVEN an answer to an Italian question THEN no English label appears', () => {
    const out = askHuman({ question: 'Chi guida l’AI di Google?', answered: true, passages: [passage], lang: 'it' }, style);
    expect(out).not.toMatch(/original|passage/i);
    expect(out).toContain(passage.excerpt);
  });

  it('GIVEN an English question Brano cannot answer THEN it says so in English', () => {
    const result: AskResult = { question: 'Who painted the Mona Lisa?', answered: false, passages: [], reason: 'low-confidence', closest: [passage], lang: 'en' };
    const out = askHuman(result, style);
    expect(out).toContain('does not seem to answer');
    expect(out).toContain('closest passage');
    expect(out).not.toContain('L’articolo');
  });

  it('GIVEN an Italian question Brano cannot answer THEN it says so in Italian', () => {
    expect(askHuman({ question: 'Quanti abitanti ha Roma?', answered: false, passages: [], reason: 'no-match', lang: 'it' }, style)).toContain(
      'L’articolo non sembra rispondere',
    );
  });

  it('GIVEN a question asked of several articles that none answers, or a greeting, THEN the message speaks of the articles, in either language', () => {
    const it_: AskResult = { question: 'Quanti abitanti ha Roma?', answered: false, passages: [], reason: 'no-match', lang: 'it' };
    expect(askHuman(it_, style, { articles: 3 })).toContain('Gli articoli non sembrano rispondere');
    expect(askHuman(it_, style, { articles: 1 })).toContain('L’articolo non sembra rispondere');
    expect(askHuman({ ...it_, question: 'How many people live in Rome?', lang: 'en' }, style, { articles: 2 })).toContain('The articles do not seem to answer');
    const hello: AskResult = { question: 'ciao', answered: false, passages: [], reason: 'no-match', lang: 'it', smallTalk: 'hello' };
    expect(askHuman(hello, style, { articles: 3 })).toContain('sugli articoli');
    expect(askHuman(hello, style, { articles: 1 })).toContain('sull’articolo');
  });

  it('GIVEN a further passage whose sentence the excerpt cut at its start THEN its line keeps the opening "…"', () => {
    const cut: Passage = { ...passage, paragraph: 2, excerpt: '…Rocca si dimostra indifferente.', span: [20, 51], highlight: [1, 32] };
    const whole: Passage = { ...passage, paragraph: 3, excerpt: 'Prima frase. Seconda frase.', span: [0, 27], highlight: [13, 27] };
    const out = askHuman({ question: 'chi è Rocca?', answered: true, passages: [passage, cut, whole], lang: 'it' }, style);
    expect(out).toContain('¶2 …Rocca si dimostra indifferente.');
    expect(out).toContain('¶3 Seconda frase.');
  });

  it('GIVEN any answer THEN the JSON view carries its language', () => {
    expect(askJson({ question: 'q', answered: false, passages: [], lang: 'en' })['lang']).toBe('en');
  });
});
