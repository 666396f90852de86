import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/brano.js';
import { parseArticle } from '../../src/core/corpus.js';
import { queryTerms, questionCues } from '../../src/core/ask.js';
import { installItalianData } from '../../src/lexicons.js';

installItalianData();

// A news item that names its mayor and never uses the verb "chiamare".
const school = parseArticle(
  `---
title: "La ministra inaugura la scuola De Amicis"
lang: it
source: agenzia
---

La ministra è giunta stamattina a Valdora per l’inaugurazione della scuola Edmondo De Amicis, ristrutturata dal Comune.

Il tema della scuola è tra i più caldi del momento e maggioranza e opposizione erano presenti all’evento.

“Nessun ruolo è stato più decisivo dell’altro”, ha spiegato il sindaco di Valdora, Ottorino Neri.
`,
  'scuola.md',
);

describe('a question that asks for a name ("come si chiama …?")', () => {
  it('GIVEN "come si chiama" THEN its words frame the question and are not searched', () => {
    const terms = queryTerms('come si chiama il sindaco di Valdora?', 'it').map((t) => t.term);
    expect(terms).toEqual(queryTerms('il sindaco di Valdora?', 'it').map((t) => t.term));
  });

  it('GIVEN an article that never uses "chiamare" THEN "come si chiama il sindaco?" is answered with the paragraph naming the mayor', () => {
    const core = createCore([school]);
    for (const q of ['come si chiama il sindaco di Valdora?', 'sindaco di valdora come si chiama?']) {
      const r = core.ask(q);
      expect(r.answered, q).toBe(true);
      expect(r.passages[0]?.paragraph, q).toBe(3);
    }
  });
});

describe('a question that asks where something is or when it takes place ("dove si trova …?", "quando si tiene …?")', () => {
  it('GIVEN "dove si trova" or "quando si tiene" THEN the verb frames the question and is not searched; the question still asks for a place or a time', () => {
    const terms = (q: string) => queryTerms(q, 'it').map((t) => t.term);
    expect(terms('Dove si trova Bielany Forest?')).toEqual(terms('Bielany Forest?'));
    expect(terms('Quando si tiene il festival Wianki?')).toEqual(terms('il festival Wianki?'));
    expect(terms('Dove si svolge il festival?')).toContain(terms('svolge')[0]);
    expect(questionCues('Dove si trova Bielany Forest?')).toEqual(['place']);
    expect(questionCues('Quando si tiene il festival Wianki?')).toEqual(['time']);
  });
});
