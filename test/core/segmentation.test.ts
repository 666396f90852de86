import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analysis.js';
import { createCore } from '../../src/core/brano.js';
import { parseArticle } from '../../src/core/corpus.js';
import {
  boundaryAgreement,
  cutTitle,
  hasAutomaticSections,
  pk,
  sectionsPending,
  segmentArticle,
  segmentArticleLazily,
  segmentBoundaries,
  segmentTitles,
  windowDiff,
} from '../../src/core/segmentation.js';
import type { Article } from '../../src/core/types.js';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');
const load = (path: string): Article => parseArticle(readFileSync(resolve(FIXTURES, path), 'utf8'), path.split('/').at(-1)!);
const units = (a: Article) => a.paragraphs.map((p) => p.sentences.map((s) => analyze(s.text, 'it').map((t) => t.term)));

/** The breaks the seed article's editor chose (after ¶2, 4, 6, 8, 9, 13), read from its `## ` headings. */
const curatedBreaks = (): number[] => load('summaries/llama2.md').sections.slice(1).map((s) => s.from - 1);

describe('cutTitle', () => {
  it('GIVEN a title that fits THEN it is whole; a longer one THEN it is cut at a word with "…", within 100 characters', () => {
    expect(cutTitle('Ia, il Disegno di legge delega è legge')).toBe('Ia, il Disegno di legge delega è legge');
    const long = 'Il DDL sull’Intelligenza Artificiale approvato al Senato: la replica di Alessio Butti alle accuse di Matteo Renzi';
    const cut = cutTitle(long);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(long[cut.length - 1]).toBe(' ');
    expect(cutTitle('x'.repeat(150))).toBe(`${'x'.repeat(99)}…`);
  });
});

describe('segmentBoundaries', () => {
  it('GIVEN four topics of three paragraphs each THEN finds exactly the three topic shifts', () => {
    expect(segmentBoundaries(units(load('segmentation/quattro-temi.md')))).toEqual([3, 6, 9]);
  });

  it('GIVEN the seed article with its headings removed THEN lands close to the editor’s sections (Pk ≤ 0.4, recall within ±1 ≥ 0.6)', () => {
    const article = load('segmentation/llama2-senza-titoli.md');
    const reference = curatedBreaks();
    expect(reference).toEqual([2, 4, 6, 8, 9, 13]);
    const found = segmentBoundaries(units(article));
    const n = article.paragraphs.length;
    // Measured: Pk 0.33, WindowDiff 0.33, precision/recall within ±1 0.8/0.67; "no breaks" scores Pk 0.40.
    expect(pk(reference, found, n)).toBeLessThanOrEqual(0.4);
    expect(pk(reference, found, n)).toBeLessThan(pk(reference, [], n));
    expect(windowDiff(reference, found, n)).toBeLessThanOrEqual(0.4);
    const { precision, recall } = boundaryAgreement(reference, found, 1);
    expect(precision).toBeGreaterThanOrEqual(0.6);
    expect(recall).toBeGreaterThanOrEqual(0.6);
  });

  it('GIVEN fewer paragraphs than the minimum THEN keeps the text whole', () => {
    expect(segmentBoundaries([[['pizza']], [['calcio']], [['stelle']]])).toEqual([]);
  });

  it('GIVEN a news item of five paragraphs on two subjects THEN it stays one story; with six the shift is found', () => {
    const five = [[['pizza', 'forno']], [['pizza', 'forno']], [['pizza', 'forno']], [['stelle', 'telescopio']], [['stelle', 'telescopio']]];
    expect(segmentBoundaries(five)).toEqual([]);
    expect(segmentBoundaries([...five, [['stelle', 'telescopio']]])).toEqual([3]);
    expect(segmentBoundaries(five, { minArticleParagraphs: 4 })).toEqual([3]);
  });

  it('GIVEN a minimum segment size THEN no segment is shorter', () => {
    const found = segmentBoundaries(units(load('segmentation/llama2-senza-titoli.md')), { minParagraphs: 3 });
    const starts = [0, ...found, 16];
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(3);
  });
});

describe('segmentation agreement measures', () => {
  it('GIVEN identical boundaries THEN Pk and WindowDiff are 0 and precision and recall 1', () => {
    expect(pk([3, 6], [3, 6], 10)).toBe(0);
    expect(windowDiff([3, 6], [3, 6], 10)).toBe(0);
    expect(boundaryAgreement([3, 6], [3, 6])).toEqual({ precision: 1, recall: 1 });
  });

  it('GIVEN a boundary one unit off THEN it counts within ±1 but not exactly', () => {
    expect(boundaryAgreement([3, 6], [4, 6], 1)).toEqual({ precision: 1, recall: 1 });
    expect(boundaryAgreement([3, 6], [4, 6], 0)).toEqual({ precision: 0.5, recall: 0.5 });
    expect(pk([3, 6], [4, 6], 10, 2)).toBeGreaterThan(0);
  });
});

describe('segmentArticle', () => {
  it('GIVEN an article without headings THEN its automatic sections tile it with readable titles and unique slug ids', () => {
    const article = segmentArticle(load('segmentation/quattro-temi.md'));
    expect(article.sections.map((s) => [s.from, s.to])).toEqual([
      [1, 3],
      [4, 6],
      [7, 9],
      [10, 12],
    ]);
    const topics = [
      ['pizza', 'impasto', 'mozzarella', 'pizzaiolo', 'forno', 'cornicione'],
      ['gol', 'squadra', 'allenatore', 'attaccante', 'tifosi', 'campionato', 'derby'],
      ['telescopio', 'galassia', 'stelle', 'astronomi', 'luce', 'atmosfere'],
      ['orto', 'pomodori', 'piantine', 'irrigazione', 'semi'],
    ];
    article.sections.forEach((s, k) => {
      // A phrase of the section's own text that names its topic, not a list of words.
      const words = s.title.toLowerCase().split(/\s+/);
      expect(words.some((w) => topics[k]!.includes(w)), s.title).toBe(true);
      expect(s.title, s.title).not.toMatch(/,/);
      const text = article.paragraphs.slice(s.from - 1, s.to).map((p) => p.text).join('\n').toLowerCase();
      expect(text, s.title).toContain(s.title.toLowerCase());
    });
    expect(new Set(article.sections.map((s) => s.title.toLowerCase())).size).toBe(article.sections.length);
    for (const s of article.sections) {
      expect(s.automatic).toBe(true);
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.title.length).toBeLessThanOrEqual(100);
      expect(s.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
    expect(new Set(article.sections.map((s) => s.id)).size).toBe(article.sections.length);
    for (const p of article.paragraphs) {
      const s = article.sections.find((x) => x.id === p.sectionId)!;
      expect(p.number).toBeGreaterThanOrEqual(s.from);
      expect(p.number).toBeLessThanOrEqual(s.to);
    }
  });

  it('GIVEN “l’assessore alle Finanze Aldo Bruni” and “ha affermato Bruni” THEN the section is titled by the person, “Aldo Bruni”; an office’s complement whose last words the article never writes alone stays whole', () => {
    const a = parseArticle(
      [
        '---\ntitle: "Bilancio"\nlang: it\n---\n',
        'Il bilancio regionale è stato approvato ieri sera dal consiglio dopo due giorni di lavori.',
        'La manovra vale trecento milioni di euro, in gran parte per gli ospedali.',
        'L’assessore alle Finanze Aldo Bruni ha difeso la manovra davanti all’aula.',
        '“Sono risorse per la sanità”, ha affermato Bruni durante il dibattito.',
        'Il consigliere di Sinistra Unita Veneto ha criticato le scelte della giunta.',
        'Per il gruppo la sanità resta sottofinanziata, e il consigliere di Sinistra Unita Veneto chiede più fondi.',
      ].join('\n\n'),
      'bilancio.md',
    );
    const p = a.paragraphs;
    expect(segmentTitles([[p[0]!, p[1]!], [p[2]!, p[3]!], [p[4]!, p[5]!]], 'it')).toEqual(['Bilancio regionale', 'Aldo Bruni', 'Sinistra Unita Veneto']);
  });

  it('GIVEN an office capitalised by deference before a name (“il Presidente Aldo Bruni”) THEN the section is titled by the name alone; a run ending in a name the article writes on its own (“su Facebook Aldo Bruni” … “Aldo Bruni”) by that name', () => {
    const a = parseArticle(
      [
        '---\ntitle: "Aeroporto"\nlang: it\n---\n',
        'L’aeroporto di Valdora ha superato il milione di passeggeri per la prima volta nella sua storia.',
        'I voli internazionali sono cresciuti del venti per cento rispetto all’anno scorso.',
        'Il Presidente Aldo Bruni ha parlato di una svolta per la regione e per il turismo.',
        'Il Presidente Aldo Bruni ha ringraziato i lavoratori dello scalo per l’impegno.',
        'Lo ha scritto su Facebook Marco Neri, sindaco di Borgo Alto, che ha parlato di orgoglio.',
        'Secondo Marco Neri la nuova pista aprirà entro l’estate del prossimo anno.',
      ].join('\n\n'),
      'aeroporto.md',
    );
    const p = a.paragraphs;
    expect(segmentTitles([[p[0]!, p[1]!], [p[2]!, p[3]!], [p[4]!, p[5]!]], 'it')).toEqual([expect.any(String), 'Aldo Bruni', 'Marco Neri']);
  });

  it('GIVEN a round-up whose quotations open with a capitalised verb (“Aldo Bruni (Volley Valdora)- « Dobbiamo allenarci …»”) THEN the verb titles no section', () => {
    const a = parseArticle(
      [
        '---\ntitle: "Volley, le interviste"\nlang: it\n---\n',
        'VOLLEY VALDORA – KIOENE BORGO 2-3 (28-26, 18-25, 25-19, 17-25, 15-17)',
        'Aldo Bruni (Volley Valdora)- « Dobbiamo allenarci su alcuni fondamentali. Dobbiamo crescere ».',
        'Carlo Neri (Kioene Borgo)- « Dobbiamo ringraziare il pubblico. Dobbiamo pensare solo a crescere ».',
        'SORA – MILANO 3-0 (25-18, 25-18, 25-22)',
        'Paolo Sala (Sora)- « Faccio i complimenti al mio staff per la partita ».',
        'Marco Riva (Milano)- « Forse non siamo mai riusciti a entrare bene in partita ».',
      ].join('\n\n'),
      'volley.md',
    );
    const p = a.paragraphs;
    const titles = segmentTitles([[p[0]!, p[1]!, p[2]!], [p[3]!, p[4]!, p[5]!]], 'it');
    expect(titles.map((t) => t.toLowerCase())).not.toContain('dobbiamo');
  });

  it('GIVEN titles THEN each is a phrase as its own section writes it (names keep their capitals, stems never show)', () => {
    const article = segmentArticle(load('segmentation/llama2-senza-titoli.md'));
    for (const s of article.sections) {
      const text = article.paragraphs.slice(s.from - 1, s.to).map((p) => p.text).join('\n');
      const at = text.toLowerCase().indexOf(s.title.toLowerCase());
      expect(at, s.title).toBeGreaterThanOrEqual(0);
      // Apart from the first letter, written exactly as in the text.
      expect(text.slice(at + 1, at + s.title.length), s.title).toBe(s.title.slice(1));
    }
  });

  it('GIVEN an article without headings loaded lazily THEN it is segmented only when its sections are first read, and reads the same', () => {
    const parsed = load('segmentation/quattro-temi.md');
    const lazy = segmentArticleLazily(parsed);
    expect(sectionsPending(lazy)).toBe(true);
    expect(hasAutomaticSections(lazy)).toBe(true);
    const eager = segmentArticle(parsed);
    expect(lazy.paragraphs.map((p) => p.sectionId)).toEqual(eager.paragraphs.map((p) => p.sectionId));
    expect(sectionsPending(lazy)).toBe(false);
    expect(lazy.sections).toEqual(eager.sections);
    const written = load('summaries/llama2.md');
    expect(segmentArticleLazily(written)).toBe(written);
    expect(hasAutomaticSections(written)).toBe(false);
  });

  it('GIVEN an article with written sections THEN returns it unchanged', () => {
    const article = load('summaries/llama2.md');
    expect(segmentArticle(article)).toBe(article);
  });

  it('GIVEN createCore over an article without headings THEN serves the automatic sections everywhere', () => {
    const core = createCore([load('segmentation/quattro-temi.md')]);
    const sections = core.sections();
    expect(sections).toHaveLength(4);
    expect(sections.every((s) => s.automatic)).toBe(true);
    const answer = core.ask('Quanti gol ha segnato la squadra nel derby?');
    expect(answer.passages[0]?.section).toBe(sections[1]!.id);
  });

  it('GIVEN createCore over two articles without headings THEN neither is segmented at start-up; an answer or a section list segments only the article it cites', () => {
    const core = createCore([load('segmentation/quattro-temi.md'), load('segmentation/llama2-senza-titoli.md')]);
    expect(core.articles.map(sectionsPending)).toEqual([true, true]);
    const answer = core.ask('Quanti gol ha segnato la squadra nel derby?', { article: 'quattro-temi' });
    expect(answer.passages[0]?.section).toBe(core.sections('quattro-temi')[1]!.id);
    expect(core.articles.map(sectionsPending)).toEqual([false, true]);
    expect(core.sections('llama2-senza-titoli').length).toBeGreaterThan(1);
    expect(core.articles.map(sectionsPending)).toEqual([false, false]);
  });

  it('GIVEN a core just built THEN prepareSections segments every pending article once, giving the loop a turn after each', async () => {
    const core = createCore([load('segmentation/quattro-temi.md'), load('segmentation/llama2-senza-titoli.md'), load('summaries/llama2.md')]);
    let turns = 0;
    const turn = () => {
      turns++;
      return Promise.resolve();
    };
    expect(await core.prepareSections(turn)).toBe(2);
    expect(turns).toBe(2);
    expect(core.articles.some(sectionsPending)).toBe(false);
    expect(await core.prepareSections(turn)).toBe(0);
  });
});
