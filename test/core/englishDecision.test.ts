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
  it('GIVEN a question whose translated words all meet one paragraph THEN the untranslated ones are gaps and it is answered', () => {
    const q = 'how much grain goes through the port wharfage sluices';
    expect(share(q)).toBeLessThan(EN_MIN_COVERAGE);
    const r = core.ask(q, { bilingual });
    expect(r.answered).toBe(true);
    expect(r.passages[0]?.paragraph).toBe(2);
  });

  it('GIVEN as many translated words scattered over paragraphs THEN it is declined', () => {
    const q = 'cathedral grain sluices wharfage';
    expect(share(q)).toBeLessThan(EN_MIN_COVERAGE);
    expect(core.ask(q, { bilingual }).answered).toBe(false);
  });
});
