import { describe, expect, it } from 'vitest';
import { acronymAsWord, analyze } from '../../src/core/analysis.js';
import { createCore } from '../../src/core/brano.js';
import { parseArticle } from '../../src/core/corpus.js';
import { installItalianData } from '../../src/lexicons.js';

installItalianData();

// Italian news writes many acronyms with one capital ("Esa", "Nasa", "Onu"); readers type them in capitals.
const space = parseArticle(
  `---
title: "La nuova classe di astronauti europei"
lang: it
source: agenzia
---

È stata presentata a Parigi la nuova classe di astronauti europei dell’Esa, dopo il Consiglio ministeriale dell’agenzia.

Il primo parastronauta con disabilità è John McFall, ex atleta paralimpico britannico.

La Nasa collabora con l’agenzia europea per le missioni verso la Luna.
`,
  'astronauti.md',
);
const harbour = parseArticle(
  `---
title: "Il porto di Valmare cambia gestione"
lang: it
---

Il porto di Valmare passa a una nuova società di gestione, che promette più traghetti in estate.
`,
  'porto.md',
);

describe('an acronym typed in capitals that the article writes as a word', () => {
  it('GIVEN "ESA" THEN its word reading is the term of "Esa"; a word not in capitals has none', () => {
    expect(acronymAsWord('ESA', 'it')).toBe(analyze('Esa', 'it')[0]!.term);
    expect(acronymAsWord('NASA', 'it')).toBe(analyze('Nasa', 'it')[0]!.term);
    expect(acronymAsWord('Esa', 'it')).toBeUndefined();
    expect(acronymAsWord('esa', 'it')).toBeUndefined();
  });

  it('GIVEN an Italian or an English question naming "ESA" or "NASA" THEN the paragraph writing "Esa" or "Nasa" answers', () => {
    const core = createCore([space, harbour]);
    for (const [q, paragraph] of [
      ['Dove è stata presentata la nuova classe di astronauti dell’ESA?', 1],
      ['Where did ESA present its new astronauts?', 1],
      ['Con chi collabora la NASA?', 3],
      ['Who does NASA work with?', 3],
    ] as const) {
      const r = core.ask(q);
      expect(r.answered, q).toBe(true);
      expect(r.passages[0]?.article, q).toBe('astronauti');
      expect(r.passages[0]?.paragraph, q).toBe(paragraph);
    }
  });
});
