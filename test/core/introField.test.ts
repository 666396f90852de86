import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/brano.js';
import { parseArticle } from '../../src/core/corpus.js';
import { introTerms } from '../../src/core/passageIndex.js';
import { installItalianData, loadLexicons } from '../../src/lexicons.js';

installItalianData();

// A news piece where one paragraph only announces the words of the next ("… interviene il vulcanologo X:"), as
// agency copy sets a statement apart.
const piece = parseArticle(
  [
    '---',
    'title: "Il vulcano erutta, pista chiusa"',
    'lang: it',
    '---',
    '',
    'Il vulcano ha ripreso l’attività nella notte, con fontane di lava visibili dalla costa e una nube di cenere alta tre chilometri.',
    '',
    'La cenere è caduta sui paesi del versante sud: a Zafferana e a Milo le strade sono nere e i sindaci hanno vietato la circolazione dei motocicli.',
    '',
    'L’aeroporto ha chiuso una pista per la cenere e ha dirottato sei voli.',
    '',
    'In merito all’attività in corso interviene il vulcanologo Marco Ferraris:',
    '',
    '«Abbiamo avuto caduta di cenere su tutto il versante meridionale, fino al mare. Non è un fenomeno raro per questo vulcano».',
    '',
    'I sindaci dei paesi colpiti hanno chiesto lo stato di calamità per pulire le strade dalla cenere. Il prefetto ha convocato i sindaci:',
    '',
    '«Serve un piano per le scuole».',
    '',
    'Conclude Ferraris:',
    '',
    '«Il tremore è in calo, ma l’attività potrebbe riprendere nei prossimi giorni».',
  ].join('\n'),
  'vulcano.md',
);

describe('a paragraph that announces the next one’s words', () => {
  it('GIVEN a one-sentence paragraph ending with a colon THEN its words head the paragraph after it; a longer one, or none before, adds nothing', () => {
    const announced = introTerms(piece, piece.paragraphs[4]!);
    // (the speaker's name and office among them)
    expect(announced.some((t) => t.startsWith('ferrar'))).toBe(true);
    expect(announced.some((t) => t.startsWith('vulcanolog'))).toBe(true);
    expect(introTerms(piece, piece.paragraphs[6]!)).toEqual([]);
    expect(introTerms(piece, piece.paragraphs[0]!)).toEqual([]);
    expect(introTerms(piece, piece.paragraphs[3]!)).toEqual([]);
  });

  it('GIVEN “cosa ha detto X sulla cenere?” where X is named only in the paragraph announcing the words THEN the words come first, not the announcement', () => {
    const r = createCore([piece], { lexicons: loadLexicons() }).ask('cosa ha detto marco ferraris sulla cenere');
    expect(r.passages[0]?.paragraph).toBe(5);
  });
});
