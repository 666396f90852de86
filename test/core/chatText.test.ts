import { describe, expect, it } from 'vitest';
import { readChatQuestion, smallTalkOf } from '../../src/core/chatText.js';

describe('reading a question typed in a chat', () => {
  it.each([
    ['raga chi e lambert', 'chi è lambert'],
    ['@everyone chi è nadella', 'chi è nadella'],
    ['<@123456789> <@!42> cosa dice <#77> la licenza?', 'cosa dice la licenza?'],
    ['scusate ma chi ha scritto la memo?', 'chi ha scritto la memo?'],
    ['tipo cosa diceva la memo lol', 'cosa diceva la memo'],
    ['ciao! quanto è costato llama 2?', 'quanto è costato llama 2?'],
    ['buongiorno, che ha detto Turow?', 'che ha detto Turow?'],
  ])('GIVEN fillers, greetings and mentions around a question (%s) THEN only the question is left', (line, question) => {
    expect(readChatQuestion(line, 'it').text).toBe(question);
  });

  it.each([
    ['xke meta nn dice qlc sui dati?', 'perché meta non dice qualcosa sui dati?'],
    ['cmq quanti utenti servono x la licenza', 'quanti utenti servono per la licenza'],
    ['ki e il ceo? ke ha detto?', 'chi è il ceo? che ha detto?'],
    ['i modelli proprietari sn ancora avanti cn ChatGPT?', 'i modelli proprietari sono ancora avanti con ChatGPT?'],
    ['da dove vengono sti lupi?', 'da dove vengono questi lupi?'],
    ['ma ste bollette quanto costano', 'queste bollette quanto costano'],
  ])('GIVEN Italian chat abbreviations (%s) THEN they are spelt out', (line, question) => {
    expect(readChatQuestion(line, 'it').text).toBe(question);
  });

  it.each([
    ['cos e pytorch', "cos'è pytorch"],
    ["cos'e llama 2?", "cos'è llama 2?"],
    ['quando e uscito?', 'quando è uscito?'],
    ['qual e il limite', 'qual è il limite'],
    ['perche costa di piu', 'perché costa di più'],
    ['llama 2 e gratis?', 'llama 2 e gratis?'],
  ])('GIVEN a question typed without accents (%s) THEN the accents of question words and of "è" after them come back, and a lone "e" elsewhere stays "and"', (line, question) => {
    expect(readChatQuestion(line, 'it').text).toBe(question);
  });

  it.each([
    ['whos jon turow', 'who is jon turow'],
    ['how many users before u need a license', 'how many users before you need a license'],
    ['which companies r partners lol', 'which companies are partners'],
    ['hey guys what did the memo say', 'what did the memo say'],
  ])('GIVEN English chat forms (%s) THEN they are read in full', (line, question) => {
    expect(readChatQuestion(line).text).toBe(question);
  });

  it.each([
    ['**chi** è `lambert`?', 'chi è lambert?'],
    ['> chi è _lambert_?', 'chi è lambert?'],
    ['-# cos è llama 2', 'cos è llama 2'],
    ['chi è *Nadella*?', 'chi è Nadella?'],
    ['||chi|| è __Turow__ ~~davvero~~?', 'chi è Turow davvero?'],
  ])('GIVEN Discord markdown %j THEN its marks are dropped and its words kept: %j', (line, read) => {
    expect(readChatQuestion(line, 'it').text).toBe(read);
  });

  it('GIVEN a lone * or _ inside a word or number THEN it is no markdown: 2*3, snake_case', () => {
    expect(readChatQuestion('quanto fa 2*3 in snake_case?', 'it').text).toBe('quanto fa 2*3 in snake_case?');
  });

  it('GIVEN a number or a name that looks like an abbreviation THEN it is kept: x86, U2, 4x', () => {
    expect(readChatQuestion('gira su x86 o 4x?', 'it').text).toBe('gira su x86 o 4x?');
    expect(readChatQuestion('did U2 play', 'en').text).toBe('did U2 play');
  });

  it.each([
    ['ciao', 'hello'],
    ['Ciao a tutti!', 'hello'],
    ['buongiorno brano', 'hello'],
    ['<@123> hi there 👋', 'hello'],
    ['grazie', 'thanks'],
    ['ok grazie mille!', 'thanks'],
    ['thanks a lot', 'thanks'],
    ['ciao e grazie', 'thanks'],
  ] as const)('GIVEN a line that only greets or thanks (%s) THEN it is small talk (%s)', (line, kind) => {
    expect(smallTalkOf(line)).toBe(kind);
    expect(readChatQuestion(line).smallTalk).toBe(kind);
  });

  it.each(['ok', 'ciao, chi è Lambert?', 'grazie, ma chi è Turow?', 'Chi ha detto grazie?', ''])('GIVEN %j THEN it is not small talk', (line) => {
    expect(smallTalkOf(line)).toBeUndefined();
  });

  it('GIVEN a line of only mentions or punctuation THEN it is returned as typed (the analysis finds nothing to ask)', () => {
    expect(readChatQuestion('@everyone ?!', 'it').text).toBe('@everyone ?!');
  });
});
