import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN_MIN_COVERAGE } from '../../src/core/ask.js';
import { ENGLISH_ANSWER_FEATURE_NAMES, englishAnswerInputs } from '../../src/core/answerDecision.js';
import { createCore } from '../../src/core/brano.js';
import { loadCorpus, parseArticle } from '../../src/core/corpus.js';
import { ENGLISH_ANSWER_MODEL } from '../../src/core/englishAnswerModel.js';
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

describe('the English answer model', () => {
  const corpusDir = resolve(import.meta.dirname, '../../corpus');
  const shipped = createCore(loadCorpus(corpusDir), { lexicons: loadLexicons(corpusDir) });

  it('GIVEN the shipped English model THEN it was fitted on the inputs the decision reads: one weight, mean and spread for each', () => {
    expect(ENGLISH_ANSWER_MODEL.features).toEqual(ENGLISH_ANSWER_FEATURE_NAMES);
    for (const v of [ENGLISH_ANSWER_MODEL.weights, ENGLISH_ANSWER_MODEL.mean, ENGLISH_ANSWER_MODEL.scale]) expect(v).toHaveLength(ENGLISH_ANSWER_FEATURE_NAMES.length);
    const r = shipped.ask('who is the ceo of microsoft', { ranking: { englishAnswerThreshold: 0 } });
    expect(englishAnswerInputs(r.decision!)).toHaveLength(ENGLISH_ANSWER_FEATURE_NAMES.length);
  });

  // Hugging Face is named in the shipped article; its address is not given anywhere. The words of the question all
  // translate and reach the article, so the rules on the translation alone would answer it.
  it('GIVEN an English question naming a company of the article to ask for a fact it does not give THEN the model declines it', () => {
    const q = 'what is the address of Hugging Face?';
    expect(shipped.ask(q, { ranking: { englishAnswerThreshold: 0 } }).answered).toBe(true);
    const r = shipped.ask(q);
    expect(r.lang).toBe('en');
    expect(r.answered, JSON.stringify(r.decision)).toBe(false);
    expect(r.reason).toBe('low-confidence');
  });

  it('GIVEN an English question the article answers (where Lambert works: at Hugging Face) THEN it is still answered', () => {
    const r = shipped.ask('where does Nathan Lambert work?');
    expect(r.answered, JSON.stringify(r.decision)).toBe(true);
    expect(r.passages[0]?.paragraph).toBe(10);
  });
});

describe('ranking overrides for English questions', () => {
  const town = createCore(
    [
      parseArticle(
        ['---', 'title: "Notizie dal Comune"', 'lang: it', '---', '', 'La piscina comunale aprirà in primavera.', '', 'Il mercato tornerà in piazza dopo i lavori.', '', 'La biblioteca resterà chiusa ad agosto.', '', 'Il teatro ospiterà tre concerti a luglio.', '', 'Lo stadio avrà nuovi spogliatoi.', '', 'Il cimitero sarà ampliato entro l’anno.'].join('\n'),
        'comune.md',
      ),
    ],
    { lexicons: loadLexicons() },
  );
  it('GIVEN an English question whose first paragraph covers little of it THEN it is declined by default, and ranked when the override sets the minimum coverage to 0', () => {
    const q = 'pool market library theatre stadium cemetery';
    expect(town.ask(q).answered).toBe(false);
    const ranked = town.ask(q, { ranking: { answerThreshold: 0, englishAnswerThreshold: 0, maxOrphanShare: 1, declineFactsNotGiven: false, minCoverage: 0 } });
    expect(ranked.answered).toBe(true);
    expect(ranked.passages.length).toBeGreaterThan(0);
  });
});
