import { describe, expect, it } from 'vitest';
import { ANSWER_KINDS, ANSWER_SENTENCE_FEATURES, answerSentenceInputs, answerSentenceScores, pickScores, type SentenceEvidence } from '../../src/core/answerSentence.js';
import { ANSWER_SENTENCE_MODEL } from '../../src/core/answerSentenceModel.js';
import { ask } from '../../src/core/ask.js';
import { parseArticle } from '../../src/core/corpus.js';
import { buildPassageIndex } from '../../src/core/passageIndex.js';

const col = (name: string) => ANSWER_SENTENCE_FEATURES.indexOf(name);

// Two sentences that hold the same question words, the second one also the kind of answer asked for.
const evidence = (texts: string[], cueMet: number[][], question: string): SentenceEvidence => ({
  choosing: texts.map(() => 1),
  ranking: texts.map(() => 1),
  present: texts.map(() => Uint8Array.of(1, 1)),
  mass: [2, 3],
  name: [true, false],
  cueMet,
  asked: [ANSWER_KINDS.indexOf('time')],
  texts,
  questionWords: new Set(question.toLowerCase().match(/[\p{L}\p{N}]+/gu)),
  exact: texts.map(() => 0.5),
  grams: texts.map(() => 0.6),
  synonym: texts.map(() => 0),
  density: texts.map(() => 1),
});

describe('the answer sentence model', () => {
  it('GIVEN sentences THEN numbers and names the question did not type are counted, and only the kinds it asks for', () => {
    const e = evidence(['La società ABC finanziò il parco.', 'Nel 1954 ABC finanziò il parco con Walt Disney.'], [[0, 0, 0, 0, 0], [0, 1, 0, 0, 0]], 'In quale anno ABC finanziò il parco?');
    const [first, second] = answerSentenceInputs(e);
    expect(first![col('newNumbers')]).toBe(0);
    expect(first![col('newNames')]).toBe(0); // "ABC" is typed by the question
    expect(second![col('newNumbers')]).toBeCloseTo(Math.log(2));
    expect(second![col('newNames')]).toBeCloseTo(Math.log(3)); // "Walt", "Disney"
    expect(second![col('timeMet')]).toBe(1);
    expect(second![col('newNumbersAsked')]).toBeCloseTo(Math.log(2)); // a time is asked: a new number counts
    expect(second![col('newNamesAsked')]).toBe(0); // no person or place is asked
    expect([first![col('chosen')], second![col('chosen')]]).toEqual([1, 0]);
    expect(second![col('exactShare')]).toBe(0.5);
    expect(second![col('gramShare')]).toBe(0.6);
    expect(second![col('synonymShare')]).toBe(0);
    expect(second![col('density')]).toBe(1);
    expect(first!.length).toBe(ANSWER_SENTENCE_FEATURES.length);
  });

  it('GIVEN two sentences that hold the question words alike THEN the shipped model prefers the one with the year asked for', () => {
    const e = evidence(['La società ABC accettò di finanziare il parco di Disneyland.', 'Nel 1954 la società ABC accettò di finanziare il parco di Disneyland.'], [[0, 0, 0, 0, 0], [0, 1, 0, 0, 0]], 'In quale anno ABC accettò di finanziare Disneyland?');
    const [a, b] = answerSentenceScores(e, ANSWER_SENTENCE_MODEL);
    expect(b).toBeGreaterThan(a!);
  });

  it('GIVEN an input the search could not read THEN the model counts it as its training average', () => {
    const e = evidence(['La società ABC finanziò il parco.', 'Nel 1954 ABC finanziò il parco con Walt Disney.'], [[0, 0, 0, 0, 0], [0, 1, 0, 0, 0]], 'In quale anno ABC finanziò il parco?');
    const rows = answerSentenceInputs({ ...e, grams: [NaN, NaN] });
    const atMean = rows.map((x) => x.map((v, j) => (j === col('gramShare') ? ANSWER_SENTENCE_MODEL.mean[j]! : v)));
    const scores = pickScores(rows, ANSWER_SENTENCE_MODEL);
    expect(scores.every(Number.isFinite)).toBe(true);
    expect(scores).toEqual(pickScores(atMean, ANSWER_SENTENCE_MODEL));
    expect(scores).not.toEqual(pickScores(answerSentenceInputs(e), ANSWER_SENTENCE_MODEL));
  });

  it('GIVEN a question and a paragraph THEN each sentence reads how it holds the question\'s words as the re-ranker reads a passage', () => {
    const text = 'Il castello fu costruito dai Visconti. Nel 1368 i Visconti costruirono il castello di Pavia. La città ospitò la corte.';
    const index = buildPassageIndex([parseArticle(`---\ntitle: Pavia\nlang: it\n---\n\n${text}\n`, 'pavia')]);
    const observed: number[][][] = [];
    ask(index, 'Quando costruirono il castello di Pavia i Visconti?', { sentenceModel: null, onSentences: (o) => observed.push(o.inputs) });
    const [rows] = observed;
    expect(rows).toHaveLength(3);
    const [a, b, c] = rows!;
    // The second sentence writes "costruirono" as typed and holds "Pavia"; the first only another form of the verb.
    expect(b![col('exactShare')]).toBeGreaterThan(a![col('exactShare')]!);
    expect(b![col('gramShare')]).toBeGreaterThan(a![col('gramShare')]!);
    expect(c![col('exactShare')]).toBe(0);
    expect(c![col('density')]).toBe(1); // no concept of the question
    for (const row of rows!) for (const name of ['exactShare', 'gramShare', 'synonymShare', 'density']) expect(row[col(name)]).toBeGreaterThanOrEqual(0);
  });

  it('GIVEN a long paragraph THEN the excerpt is cut around the sentence the model picks, and around the search\'s best without a model', () => {
    const text = [
      'Alla fine di quell anno Walt Disney e Roy contattarono ABC perché la rete accettasse di finanziare Disneyland in cambio di un programma.',
      'Walt voleva che la rete investisse cinquecentomila dollari e raccolse una garanzia di quattro milioni e mezzo di dollari in prestiti aggiuntivi, un terzo del bilancio destinato al parco, mentre il fratello trattava con le banche della costa occidentale e con i costruttori della contea di Orange per i terreni, le strade di accesso e i parcheggi.',
      'Nel 1954, dopo lunghe trattative con i dirigenti della rete, ABC accettò di finanziare Disneyland in cambio del diritto di trasmettere un nuovo programma domenicale notturno.',
    ].join(' ');
    const index = buildPassageIndex([parseArticle(`---\ntitle: ABC\nlang: it\n---\n\n${text}\n`, 'abc')]);
    const question = 'In quale anno ABC ha accettato di finanziare Disneyland?';
    // A model that always picks the last sentence.
    const last = { features: ANSWER_SENTENCE_FEATURES, mean: ANSWER_SENTENCE_FEATURES.map(() => 0), scale: ANSWER_SENTENCE_FEATURES.map(() => 1), weights: ANSWER_SENTENCE_FEATURES.map((n) => (n === 'position' ? 1 : 0)) };
    const observed: number[][][] = [];
    const withModel = ask(index, question, { sentenceModel: last });
    const without = ask(index, question, { sentenceModel: null, onSentences: (o) => observed.push(o.inputs) });
    expect(text.length).toBeGreaterThan(400);
    expect(withModel.passages[0]?.excerpt).toContain('Nel 1954');
    expect(without.passages[0]?.excerpt).toMatch(/^Alla fine/);
    expect(without.passages[0]?.excerpt).not.toContain('Nel 1954');
    // The fitting hook sees every sentence of the shown paragraph.
    expect(observed.map((rows) => rows.length)).toEqual([3]);
  });
});
