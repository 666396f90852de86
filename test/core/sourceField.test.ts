import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/brano.js';
import { parseArticle } from '../../src/core/corpus.js';
import { sectionTitleTerms } from '../../src/core/passageIndex.js';
import { tmpdir } from 'node:os';
import { installItalianData, loadLexicons } from '../../src/lexicons.js';

installItalianData();

// Two local papers' pieces on a covered market, neither naming its own town: each paper is named after it.
const article = (slug: string, source: string, body: string) =>
  parseArticle(`---\ntitle: "Il mercato coperto riapre"\nlang: it\nsource: "${source}"\n---\n\n${body}\n`, `${slug}.md`);
const first = article(
  'mercato-a',
  "La Gazzetta di Borgofranco",
  "L’Amministrazione comunale, alla presenza dell’assessore al commercio Loredana Bellini, annuncia il rinnovo della convenzione con il Mercato Coperto per dieci anni.\n\nIl Mercato Coperto, inaugurato nel 1925, è un luogo simbolo della città.",
);
const second = article(
  'mercato-b',
  'Buongiorno Valdarena',
  'Il cantiere del Mercato Coperto di viale Dante chiude: la struttura riaprirà a settembre.\n\nIl trasloco dei banchi, spiega l’assessore al commercio Sara Palli, durerà una settimana.',
);

describe("an article's source: the place a local paper is named after", () => {
  it('GIVEN a question naming the town only the source names THEN that paper’s paragraph answers it', () => {
    const core = createCore([first, second]);
    const r = core.ask("chi è l'assessore al commercio di borgofranco");
    expect(r.answered).toBe(true);
    expect([r.passages[0]!.article, r.passages[0]!.paragraph]).toEqual(['mercato-a', 1]);
    const where = core.ask('dove si trova il mercato coperto di Valdarena?');
    expect(where.passages[0]?.article).toBe('mercato-b');
  });

  it('GIVEN an English question naming that town THEN it is answered, not refused for a name the articles never write', () => {
    // (the general lexicons only: the temporary folder has no lexicon of its own)
    const core = createCore([first, second], { lexicons: loadLexicons(tmpdir()) });
    const r = core.ask("when was Borgofranco's covered market opened?");
    expect(r.answered).toBe(true);
    expect([r.passages[0]!.article, r.passages[0]!.paragraph]).toEqual(['mercato-a', 2]);
  });

  it('GIVEN a source with notes in brackets or after a comma, in capitals or in lower case THEN only its name’s capitalised words count', () => {
    const terms = (source: string) => sectionTitleTerms(article('x', source, 'Testo del pezzo.'), article('x', source, 'Testo del pezzo.').paragraphs[0]!);
    const title = terms('');
    expect(terms('SQuAD-it (Wikipedia), CC BY-SA 4.0')).toEqual(title);
    expect(terms('ANSA')).toEqual(title);
    expect(terms('veb.it')).toEqual(title);
    expect(terms('NewsRimini').length).toBe(title.length + 2);
  });
});
