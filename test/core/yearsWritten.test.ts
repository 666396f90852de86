/**
 * A year asked about that the article never writes: "Quanti sfratti sono stati eseguiti nel 2024?" of a piece giving
 * 2022's figures is declined; the years it writes, dates itself by, writes short or as a decade are answered.
 */
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/brano.js';
import { parseArticle } from '../../src/core/corpus.js';
import { questionYears, yearsWritten } from '../../src/core/yearsWritten.js';
import { installItalianData } from '../../src/lexicons.js';

installItalianData();

const piece = (date: string, ...paragraphs: string[]) =>
  parseArticle(`---\ntitle: "Allarme sfratti a Valdora"\nlang: it\n${date ? `date: "${date}"\n` : ''}---\n\n${paragraphs.join('\n\n')}\n`, 'sfratti.md');

const evictions = piece(
  '2023-03-10',
  'Secondo i dati della prefettura, nel corso del 2021 a Valdora sono state eseguite 1.210 esecuzioni di sfratto, la maggior parte per morosità.',
  'Gli inquilini in difficoltà possono chiedere un contributo al Comune, che ha stanziato un fondo per la stagione 2021-22.',
  'Negli anni Ottanta gli sfratti erano meno di cento all’anno, ricorda il sindacato degli inquilini.',
);

describe('years asked about', () => {
  it('GIVEN a question naming a year after a word that governs a date THEN that year is asked about; an amount, a round century or a bare number is not', () => {
    expect(questionYears('Quanti sfratti ci sono stati nel 2024?')).toEqual(['2024']);
    expect(questionYears('How many evictions were there in 2019?')).toEqual(['2019']);
    expect(questionYears('Cosa è successo a ottobre 2022?')).toEqual(['2022']);
    expect(questionYears('Chi regnava nei primi anni del 1200?')).toEqual([]);
    expect(questionYears('Chi paga 1500 euro al mese?')).toEqual([]);
    expect(questionYears('Quante case costano più di 2000 euro?')).toEqual([]);
  });

  it('GIVEN an article THEN the years it writes, the second year of a short range, its decades and the year of its date are written; others are not', () => {
    const years = yearsWritten(evictions);
    for (const y of ['2021', '2022', '1985', '2023']) expect(years.has(y), y).toBe(true);
    for (const y of ['2024', '2019', '1975']) expect(years.has(y), y).toBe(false);
  });
});

describe('a question about a year the article does not speak of', () => {
  const core = createCore([evictions]);

  it('GIVEN a piece on 2021 evictions dated 2023 WHEN asked for 2024’s or 2019’s THEN it declines; for 2021, 2022 (the range) or 2023 (its date) it answers', () => {
    for (const q of ['Quanti sfratti sono stati eseguiti a Valdora nel 2024?', 'How many evictions were carried out in Valdora in 2019?']) expect(core.ask(q).answered, q).toBe(false);
    const given = core.ask('Quanti sfratti sono stati eseguiti a Valdora nel 2021?');
    expect(given.answered).toBe(true);
    expect(given.passages[0]!.paragraph).toBe(1);
    expect(core.ask('Quanti sfratti sono stati eseguiti a Valdora nel 2023?').answered).toBe(true);
    expect(core.ask('Chi può chiedere il contributo per la stagione del 2022?').answered).toBe(true);
  });

  it('GIVEN the same piece without a date WHEN asked for 2023 THEN it declines', () => {
    const undated = createCore([piece('', ...evictions.paragraphs.map((p) => p.text))]);
    expect(undated.ask('Quanti sfratti sono stati eseguiti a Valdora nel 2023?').answered).toBe(false);
  });
});
