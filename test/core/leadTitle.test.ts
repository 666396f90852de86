import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/brano.js';
import { parseArticle } from '../../src/core/corpus.js';
import { installItalianLemmas } from '../../src/lexicons.js';

installItalianLemmas();

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

describe("an article without headings: its title heads the lead", () => {
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

  it('GIVEN the title\'s word alone, whatever the decision THEN only the lead holds it, not the other paragraphs', () => {
    const core = createCore([news, other]);
    for (const q of ['Kenya?', 'Kenya e Valmare?']) {
      const r = core.ask(q, { limit: 3, ranking: { answerThreshold: 0 } });
      expect(r.passages.map((p) => `${p.article} ${p.paragraph}`).filter((p) => p.startsWith('kenya')), q).toEqual(['kenya 1']);
    }
  });
});
