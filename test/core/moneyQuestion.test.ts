import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/brano.js';
import { parseArticle } from '../../src/core/corpus.js';
import { asksForMoney, holdsMoney } from '../../src/core/moneyQuestion.js';
import { installItalianLemmas } from '../../src/lexicons.js';

installItalianLemmas();

// A made-up local news piece: what the works cost is given in its third paragraph only; no ticket price anywhere.
const piece = parseArticle(
  `---
title: "Riapre il teatro comunale di Borgo Alto"
lang: it
---

Dopo tre anni di lavori riapre il teatro comunale di Borgo Alto, chiuso nel 2021 per le infiltrazioni d'acqua nel tetto.

Il sindaco Paolo Ferri ha tagliato il nastro davanti a trecento persone. «Il teatro torna alla città», ha detto.

I lavori di restauro del teatro sono costati 850mila euro, coperti in gran parte da un contributo della Regione.

La stagione del teatro si apre a ottobre con una commedia di Goldoni; seguiranno concerti e spettacoli per le scuole.
`,
  'teatro.md',
);
const core = createCore([piece]);

describe('questions asking for a sum of money', () => {
  it('GIVEN questions in Italian and English THEN those asking what something costs, is worth, earned or was spent are told from other “quanto” and “how much” questions', () => {
    for (const q of [
      'Quanto è costata la rotatoria?',
      'quanto costano i lavori?',
      'Quanto vale l’ecografo donato?',
      'Quanto hanno incassato le multe?',
      'A quanto ammonta il danno?',
      'Qual è il fatturato annuo di Wartsila?',
      'How much did the new bodycams cost?',
      'How much money is being invested in the plant?',
      'What is the price of a ticket?',
    ]) {
      expect(asksForMoney(q), q).toBe(true);
    }
    for (const q of ['Quanto spesso si vota?', 'Quanti dipendenti ha la ditta?', 'Quanto è alto il campanile?', 'How much wine is in stock?', 'How many drivers were fined?', 'Chi ha pagato il conto?']) {
      expect(asksForMoney(q), q).toBe(false);
    }
  });

  it('GIVEN a text THEN a sum with a currency sign or word, or a price of nothing, is a sum; a word merely beginning like one is not', () => {
    for (const t of ['I lavori sono costati 400mila euro.', 'una spesa di € 79.106', 'un contratto da 3 milioni di dollari', 'L’ingresso è gratuito.', 'costa 10 $']) expect(holdsMoney(t), t).toBe(true);
    for (const t of ['I lavori sono finiti a maggio.', 'In Europa e in Eurasia', 'trecento persone', 'una dollarizzazione']) expect(holdsMoney(t), t).toBe(false);
  });

  it('GIVEN a question asking what something costs THEN the passage giving the sum comes first, in Italian and English, however many of its other words another passage holds', () => {
    // ("rifare il tetto": the first paragraph speaks of the roof, the third of what the works cost)
    for (const q of ['Quanto è costato rifare il tetto del teatro?', 'How much did it cost to reopen the theatre?']) {
      const r = core.ask(q);
      expect(r.answered, q).toBe(true);
      expect(r.passages[0]?.paragraph, q).toBe(3);
      expect(r.passages[0]?.excerpt).toContain('850mila euro');
      // the scores still fall in order
      expect(r.passages.map((p) => p.score)).toEqual([...r.passages.map((p) => p.score)].sort((a, b) => b - a));
    }
  });

  it('GIVEN a question asking for a sum a piece does not give THEN it is declined, in Italian and English; the other questions about the same things are answered', () => {
    // The same piece without the paragraph on what the works cost: it names no sum at all.
    const unpriced = createCore([parseArticle(piece.paragraphs.filter((p) => p.number !== 3).map((p) => p.text).join('\n\n').replace(/^/, '---\ntitle: "Riapre il teatro"\nlang: it\n---\n\n'), 'teatro.md')]);
    for (const q of ['Quanto costa il biglietto per la commedia di Goldoni?', 'How much does a ticket for the Goldoni comedy cost?', 'Quanto è costato il restauro del teatro?', 'Quanto guadagna il sindaco Paolo Ferri?']) {
      const r = unpriced.ask(q);
      expect(r.answered, q).toBe(false);
      expect(r.passages).toEqual([]);
    }
    expect(unpriced.ask('Quando si apre la stagione del teatro?').answered).toBe(true);
    expect(unpriced.ask('Cosa ha detto il sindaco Paolo Ferri?').answered).toBe(true);
  });
});
