import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/brano.js';
import { parseArticle } from '../../src/core/corpus.js';
import { ANSWER_FEATURE_NAMES, answerInputs, answerProbability, factNotGiven, type AnswerFeatures } from '../../src/core/answerDecision.js';
import { ANSWER_MODEL } from '../../src/core/answerModel.js';
import { installItalianData } from '../../src/lexicons.js';

installItalianData();

// A made-up article whose subject, the Vetreria Orsini, is named in every paragraph: matching its name says nothing
// about which fact a question asks for.
const orsini = parseArticle(
  `---
title: "La Vetreria Orsini"
lang: it
---

La Vetreria Orsini è una bottega di Murano fondata nel 1921 da Piero Orsini, che vi lavorava il vetro soffiato con i due figli.

Negli anni Cinquanta la Vetreria Orsini cominciò a esportare lampadari negli Stati Uniti, dove un grande magazzino di New York ne ordinò trecento.

Oggi la Vetreria Orsini è guidata da Marta Orsini, nipote del fondatore, che ha aperto una scuola per giovani maestri vetrai.

Nel 2019 l'acqua alta allagò i forni della Vetreria Orsini, che riaprì dopo sei mesi grazie a una raccolta di fondi tra i clienti.
`,
  'orsini.md',
);
const core = createCore([orsini]);

// A made-up piece naming a mayor and giving no age.
const storm = parseArticle(
  `---
title: "Maltempo, frane e strade interrotte"
lang: it
---

Una frana ha chiuso via Calzatora ad Anagni, una strada rifatta negli anni Novanta.

«Il costone della collina è franato», ha spiegato il sindaco Daniele Natalia. «La strada è stata chiusa».
`,
  'maltempo.md',
);
const mayor = createCore([storm]);

describe('the decision to answer or decline', () => {
  it('GIVEN the shipped model THEN it was fitted on the inputs the decision reads: one weight, mean and spread for each', () => {
    expect(ANSWER_MODEL.features).toEqual(ANSWER_FEATURE_NAMES);
    for (const v of [ANSWER_MODEL.weights, ANSWER_MODEL.mean, ANSWER_MODEL.scale]) expect(v).toHaveLength(ANSWER_FEATURE_NAMES.length);
    const r = core.ask('Chi ha fondato la Vetreria Orsini?', { ranking: { answerThreshold: 0 } });
    expect(answerInputs(r.decision!)).toHaveLength(ANSWER_FEATURE_NAMES.length);
  });

  it("GIVEN a question typed in Italian THEN the decision reads the re-ranker's score of the passage it puts first, and a passage it scores higher is likelier answered", () => {
    const r = core.ask('Quanti lampadari ordinò il magazzino di New York?', { ranking: { answerThreshold: 0 } });
    const f = r.decision!;
    expect(f.rerankScore).toBeTypeOf('number');
    for (const concepts of [1, 3, 8]) {
      const at = { ...f, concepts };
      expect(answerProbability({ ...at, rerankScore: f.rerankScore! + 1 })).toBeGreaterThan(answerProbability(at));
    }
  });

  it.each(['Quanti anni ha Marta Orsini?', 'Chi è il sindaco di Murano?'])(
    'GIVEN %s, naming someone or something of the article to ask for a fact it does not give, THEN it is declined',
    (q) => {
      const r = core.ask(q);
      expect(r.answered, JSON.stringify(r.decision)).toBe(false);
      expect(r.reason).toBe('low-confidence');
    },
  );

  it.each([
    ['Chi ha fondato la Vetreria Orsini?', 1],
    ['Quanti lampadari ordinò il magazzino di New York?', 2],
    ['Chi guida oggi la Vetreria Orsini?', 3],
  ])('GIVEN %s, a fact the article gives about its subject, THEN ¶%i answers', (q, p) => {
    const r = core.ask(q);
    expect(r.answered, JSON.stringify(r.decision)).toBe(true);
    expect(r.passages[0]!.paragraph).toBe(p);
  });
});

// Evidence of a short question about a known name whose best passage holds none of its other words.
const namesOnly: AnswerFeatures = {
  coverage: 0.2, wordCoverage: 0, typedCoverage: 0.2, sentenceCoverage: 0.2, windowCoverage: 0.2, score: 0.5, margin: 0.1,
  cueAsked: true, cueMet: true, unknownShare: 0, unknownMax: 0, concepts: 3, conceptShare: 0.7, sentenceConceptShare: 0.7,
  uncoveredMax: 0.8, orphanShare: 0, unknownConceptShare: 0, unknownName: false,
  contentCoverage: 0, contentUnknown: 0, contentOrphan: 0, contentConcepts: 1, namesMissing: 0, hasName: true, localCoverage: 0.5,
};

describe('a fact the article does not give', () => {
  it('GIVEN one word besides names that nothing in the corpus reaches, and a passage holding only names its article repeats everywhere, THEN it is declined', () => {
    const f = { ...namesOnly, contentUnknown: 1, contentOrphan: 1, orphanShare: 0.9, concepts: 4, localCoverage: 0.02 };
    expect(factNotGiven(f)).toBe(true);
    // The passage holds rarer words of the question (a name the article seldom uses): left to the model.
    expect(factNotGiven({ ...f, localCoverage: 0.3 })).toBe(false);
    // Two words besides names: left to the model.
    expect(factNotGiven({ ...f, contentConcepts: 2 })).toBe(false);
    // A word the corpus lacks but a synonym of which it uses ("uscito" for "rilasciato"): left to the model.
    expect(factNotGiven({ ...f, contentOrphan: 0 })).toBe(false);
  });

  it('GIVEN one word besides names that the article uses but not near them, and no answer of the kind asked for, THEN a short question is declined', () => {
    const f = { ...namesOnly, cueMet: false };
    expect(factNotGiven(f)).toBe(true);
    expect(factNotGiven({ ...f, cueMet: true })).toBe(false);
    expect(factNotGiven({ ...f, cueAsked: false })).toBe(false);
    expect(factNotGiven({ ...f, concepts: 4 })).toBe(false);
    expect(factNotGiven({ ...f, contentCoverage: 0.5 })).toBe(false);
    expect(factNotGiven({ ...f, hasName: false })).toBe(false);
    // an office written right before the name is part of who is asked about: "quanti anni ha il sindaco X Y?"
    expect(factNotGiven({ ...f, concepts: 4, apposedOffices: 1 })).toBe(true);
  });

  it('GIVEN “quanti anni ha il sindaco Name Surname?” over a piece naming the mayor and giving no age THEN it is declined as “quanti anni ha Name Surname?” is; an office governing a name (“i membri del Parlamento”) stays a word asked about', () => {
    expect(mayor.ask('Quanti anni ha Daniele Natalia?').answered).toBe(false);
    const r = mayor.ask('Quanti anni ha il sindaco Daniele Natalia?');
    expect(r.answered).toBe(false);
    expect(r.decision?.apposedOffices).toBe(1);
    expect(mayor.ask('Perché è chiusa la strada secondo il sindaco Daniele Natalia?').decision?.apposedOffices).toBe(1);
    expect(core.ask('Chi ha ordinato i lampadari della Vetreria Orsini?').decision?.apposedOffices ?? 0).toBe(0);
    expect(mayor.ask('Cosa ha spiegato il sindaco di Anagni?').decision?.apposedOffices ?? 0).toBe(0);
  });

  it('GIVEN “How old is Name Surname?” over a piece that gives no age THEN it asks for an amount, as “quanti anni” does, and is declined as the Italian question is', () => {
    for (const q of ['How old is Daniele Natalia?', 'What age is Daniele Natalia?']) {
      const r = mayor.ask(q);
      expect(r.lang).toBe('en');
      expect(r.decision?.cueAsked).toBe(true);
      expect(r.answered).toBe(false);
    }
    // the question words alone decide nothing: what the mayor explained is answered
    expect(mayor.ask('What did mayor Daniele Natalia explain?').answered).toBe(true);
  });
});
