import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/brano.js';
import { parseArticle } from '../../src/core/corpus.js';
import { ANSWER_FEATURE_NAMES, answerInputs } from '../../src/core/answerDecision.js';
import { ANSWER_MODEL } from '../../src/core/answerModel.js';
import { installItalianLemmas } from '../../src/lexicons.js';

installItalianLemmas();

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

describe('the decision to answer or decline', () => {
  it('GIVEN the shipped model THEN it was fitted on the inputs the decision reads: one weight, mean and spread for each', () => {
    expect(ANSWER_MODEL.features).toEqual(ANSWER_FEATURE_NAMES);
    for (const v of [ANSWER_MODEL.weights, ANSWER_MODEL.mean, ANSWER_MODEL.scale]) expect(v).toHaveLength(ANSWER_FEATURE_NAMES.length);
    const r = core.ask('Chi ha fondato la Vetreria Orsini?', { ranking: { answerThreshold: 0 } });
    expect(answerInputs(r.decision!)).toHaveLength(ANSWER_FEATURE_NAMES.length);
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
