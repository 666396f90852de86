import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/brano.js';
import { parseArticle } from '../../src/core/corpus.js';
import { installItalianData } from '../../src/lexicons.js';

installItalianData();

// A news item as agencies write it: the title names the country, the body only its capital.
const news = parseArticle(
  `---
title: "In Kenya i manifestanti irrompono in Parlamento"
lang: it
source: agenzia
---

Roma, 25 giu. – Sono almeno 10 le persone morte negli scontri tra polizia e manifestanti a Nairobi, dove è in corso una protesta contro l'aumento delle tasse.

La polizia ha usato gas lacrimogeni. Circa 45 feriti sono stati ricoverati al Kenyatta National Hospital, il più grande ospedale del paese.
`,
  'kenya.md',
);
const other = parseArticle(
  `---
title: "Il porto di Valmare cambia gestione"
lang: it
---

## Il porto

Il porto di Valmare passa a una nuova società di gestione, che promette più traghetti in estate.
`,
  'porto.md',
);

describe("an article without headings: its title heads each paragraph, the lead twice", () => {
  it('GIVEN a question naming what only the title names THEN the lead answers it', () => {
    const core = createCore([news, other]);
    for (const q of ['quanti morti ci sono stati in Kenya?', 'quante persone sono morte in Kenya?']) {
      const r = core.ask(q);
      expect(r.answered, q).toBe(true);
      expect(r.passages[0]).toMatchObject({ article: 'kenya', paragraph: 1 });
      // The excerpt is still the paragraph's own text: the title adds words to search, not words to show.
      expect(r.passages[0]!.excerpt.startsWith('Roma, 25 giu.')).toBe(true);
    }
  });

  it('GIVEN the title\'s word alone, whatever the decision THEN each paragraph of that article holds it, and no paragraph of another', () => {
    const core = createCore([news, other]);
    const r = core.ask('Kenya?', { limit: 3, ranking: { answerThreshold: 0 } });
    expect(r.passages.map((p) => `${p.article} ${p.paragraph}`).sort()).toEqual(['kenya 1', 'kenya 2']);
    const both = core.ask('Kenya e Valmare?', { limit: 3, ranking: { answerThreshold: 0 } });
    expect(both.passages.map((p) => `${p.article} ${p.paragraph}`).sort()).toEqual(['kenya 1', 'kenya 2', 'porto 1']);
  });

  it('GIVEN a question on what a later paragraph says of the place the title and lead name THEN that paragraph comes first, not the lead that only names the place', () => {
    const fire = parseArticle('---\ntitle: "Palazzo in fiamme, panico a Valdora"\nlang: it\n---\n\nPanico per le strade di Valdora, dove ieri sera le fiamme hanno avvolto una palazzina di tre piani.\n\nIl sindaco Aldo Bruni ha convocato l\'unità di crisi del Comune per tutta la notte.\n', 'valdora.md');
    const elsewhere = parseArticle('---\ntitle: "Incendio in un magazzino a Lerici"\nlang: it\n---\n\nUn incendio ha distrutto un magazzino del porto. Il sindaco Carla Neri ha ringraziato i vigili del fuoco per la rapidità.\n', 'lerici.md');
    const core = createCore([fire, elsewhere]);
    for (const q of ['chi è il sindaco di Valdora?', 'sindaco di Valdora']) {
      // (the passage shown, or, declined, the closest one)
      const r = core.ask(q);
      expect((r.answered ? r.passages : r.closest)?.[0], q).toMatchObject({ article: 'valdora', paragraph: 2 });
    }
  });
});

describe('an article with headings: its title heads the lead before the first heading', () => {
  const festival = parseArticle(
    `---
title: "Blanco e Mahmood vincono Sanremo 2022 con Brividi"
lang: it
---

Un podio annunciato: vincono il Festival Blanco e Mahmood con “Brividi”, primi anche sulle piattaforme di streaming.

## I premi

Il Premio della critica Mia Martini va a Massimo Ranieri, il premio per il miglior testo a Fabrizio Moro.
`,
    'brividi.md',
  );
  const other = parseArticle('---\ntitle: "Il porto di Valmare cambia gestione"\nlang: it\n---\n\nIl porto di Valmare passa a una nuova società di gestione nel 2022.\n', 'porto.md');

  it('GIVEN a question naming what only the title names (the year) THEN the lead answers it, and the section keeps its heading', () => {
    const core = createCore([festival, other]);
    const r = core.ask('chi ha vinto Sanremo nel 2022?');
    expect(r.answered).toBe(true);
    expect(r.passages[0]).toMatchObject({ article: 'brividi', paragraph: 1, section: 'introduzione' });
    expect(festival.sections.map((s) => [s.id, s.lead === true])).toEqual([['introduzione', true], ['i-premi', false]]);
    // The title heads the lead only: the section under its own heading is found by its words.
    expect(core.ask('chi ha vinto il premio della critica?').passages[0]).toMatchObject({ article: 'brividi', paragraph: 2 });
  });
});
