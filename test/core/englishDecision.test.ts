import { describe, expect, it } from 'vitest';
import { EN_MIN_COVERAGE } from '../../src/core/ask.js';
import { createCore } from '../../src/core/brano.js';
import { parseArticle } from '../../src/core/corpus.js';
import { englishCoverage, translateEnglishQuery } from '../../src/core/crossLingual.js';
import { loadLexicons } from '../../src/lexicons.js';

// When to answer an English question some of whose words the general layer cannot translate ("wharfage",
// "sluices": no entry, no cognate in the article).
const article = parseArticle(
  [
    '---',
    'title: "Città"',
    'lang: it',
    '---',
    '',
    'Il museo della città conserva dipinti del Rinascimento e sculture in marmo donate dalle famiglie nobili.',
    '',
    'Il porto commerciale movimenta ogni anno milioni di tonnellate di grano e di petrolio destinate ai mercati europei.',
    '',
    'La cattedrale fu costruita nel dodicesimo secolo in stile romanico e restaurata dopo il terremoto.',
  ].join('\n'),
  'citta.md',
);
const core = createCore([article]);
const bilingual = loadLexicons().bilingual;
const share = (q: string) => englishCoverage(translateEnglishQuery(q, bilingual), (t) => core.index.paragraphIndex.has(t));

describe('answering English questions with untranslated words', () => {
  it('GIVEN a question whose three translated words meet one paragraph THEN the untranslated ones are gaps and it is answered', () => {
    const q = 'how much grain goes through the commercial port wharfage sluices quayside';
    expect(share(q)).toBeLessThan(EN_MIN_COVERAGE);
    const r = core.ask(q, { bilingual });
    expect(r.answered).toBe(true);
    expect(r.passages[0]?.paragraph).toBe(2);
  });

  it('GIVEN only two translated words, however well they meet one paragraph THEN it is declined', () => {
    const q = 'how much grain goes through the port wharfage sluices';
    expect(share(q)).toBeLessThan(EN_MIN_COVERAGE);
    expect(core.ask(q, { bilingual }).answered).toBe(false);
  });

  it('GIVEN as many translated words scattered over paragraphs THEN it is declined', () => {
    const q = 'cathedral grain sluices wharfage';
    expect(share(q)).toBeLessThan(EN_MIN_COVERAGE);
    expect(core.ask(q, { bilingual }).answered).toBe(false);
  });
});

describe('a year before 1900 answers "when"', () => {
  const history = parseArticle(
    [
      '---',
      'title: "Chimici"',
      'lang: it',
      '---',
      '',
      "Alla fine del secolo Roberto Valli ha dimostrato che l' aria è necessaria per la combustione. Il chimico piemontese Carlo Bardella (1702-1771) perfezionò quest' opera dimostrando che il fuoco richiede solo una parte dell' aria. In un esperimento ha scoperto che una candela accesa in un contenitore chiuso si spegne.",
      '',
      'I suoi allievi fondarono a Torino una scuola di chimica che formò farmacisti e medici per un secolo.',
    ].join('\n'),
    'chimici.md',
  );
  const historyCore = createCore([history]);

  // The sentence that names them holds no other time than "(1702-1771)".
  it('GIVEN "when did NAME live" and the years of their life in the text THEN it is answered from that paragraph', () => {
    const r = historyCore.ask('When did Carlo Bardella live?', { bilingual });
    expect(r.answered).toBe(true);
    expect(r.passages[0]?.paragraph).toBe(1);
  });

  it('GIVEN the same question in Italian THEN it is answered from that paragraph too', () => {
    const r = historyCore.ask('Quando è vissuto Carlo Bardella?');
    expect(r.answered).toBe(true);
    expect(r.passages[0]?.paragraph).toBe(1);
  });
});
