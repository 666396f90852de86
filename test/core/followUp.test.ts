import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { coreFor } from '../support/cliHarness.js';
import { askInConversation, conversationContext, resolveFollowUp, type ConversationContext } from '../../src/core/followUp.js';

const core = coreFor();
const people = core.people();
const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');

interface Pair {
  readonly id: string;
  readonly lang: 'it' | 'en';
  readonly context: string;
  readonly followUp: string;
  readonly gold: readonly number[];
}
const pairs: Pair[] = readFileSync(resolve(FIXTURES, 'followups', 'llama2.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Pair);

const contextAfter = (question: string): ConversationContext => askInConversation(core, question, undefined).context;

describe('reading a follow-up', () => {
  it('GIVEN "e lui?" after a question about Lambert THEN it asks about Lambert and the topic before', () => {
    const read = resolveFollowUp('e lui cosa ne pensa?', contextAfter('Chi ha rilasciato il primo modello alla pari con ChatGPT?'), people);
    expect(read.kind).toBe('pronoun');
    expect(read.question).toMatch(/^Lambert cosa ne pensa: .*ChatGPT/);
  });

  it('GIVEN "e Turow?" after a question naming Lambert THEN the same question about Turow', () => {
    expect(resolveFollowUp('e Turow?', contextAfter('Cosa pensa Lambert di Llama 2?'), people)).toEqual({ question: 'Cosa pensa Turow di Llama 2?', kind: 'ellipsis' });
  });

  it('GIVEN "e il ministro?" or "e Neri?" after "cosa ha detto il prefetto?" THEN the same question of that office or that person, its topic kept; an office and a thing are told apart', () => {
    const known = [
      { name: 'Aldo Bruni', aliases: ['Bruni', 'Aldo', 'prefetto di Valdora'], kind: 'person' as const },
      { name: 'Carla Neri', aliases: ['Neri', 'Carla', 'ministro della Difesa'], kind: 'person' as const },
    ];
    const context = { question: 'cosa ha detto il prefetto?', lang: 'it' as const, people: ['Aldo Bruni'] };
    expect(resolveFollowUp('e il ministro?', context, known)).toEqual({ question: 'cosa ha detto il ministro?', kind: 'ellipsis' });
    expect(resolveFollowUp('e Neri?', context, known)).toEqual({ question: 'cosa ha detto Neri?', kind: 'ellipsis' });
    expect(resolveFollowUp('e la sindaca di Ala?', context, known)).toEqual({ question: 'cosa ha detto la sindaca di Ala?', kind: 'ellipsis' });
    const topic = { question: 'cosa ha detto Bruni sugli abusi?', lang: 'it' as const, people: ['Aldo Bruni'] };
    expect(resolveFollowUp('e il ministro?', topic, known)).toEqual({ question: 'cosa ha detto il ministro sugli abusi?', kind: 'ellipsis' });
    // (a thing in place of the office is no one who speaks: "e la caserma?" asks about the caserma)
    expect(resolveFollowUp('e la caserma?', context, known).question).not.toMatch(/^cosa ha detto/);
  });

  it('GIVEN "e sui ritardi?" after "cosa ha detto il sindaco di Valdora?" THEN the same question on that topic (a topic asked before gives way), and then "e Neri?" asks it of Neri; an office written as a title ("Sindaco", a person never named) is no one to swap', () => {
    const known = [
      { name: 'Aldo Bruni', aliases: ['Bruni', 'Aldo'], kind: 'person' as const },
      { name: 'Carla Neri', aliases: ['Neri', 'Carla'], kind: 'person' as const },
      { name: 'Sindaco', aliases: ['Sindaco'], kind: 'person' as const },
    ];
    const context = { question: 'cosa ha detto il sindaco di Valdora?', lang: 'it' as const, people: ['Aldo Bruni'] };
    expect(resolveFollowUp('e sui ritardi?', context, known)).toEqual({ question: 'cosa ha detto il sindaco di Valdora sui ritardi?', kind: 'ellipsis' });
    const topic = { question: 'cosa ha detto il sindaco di Valdora sui ritardi?', lang: 'it' as const, people: ['Aldo Bruni'] };
    expect(resolveFollowUp('e sulla torre?', topic, known)).toEqual({ question: 'cosa ha detto il sindaco di Valdora sulla torre?', kind: 'ellipsis' });
    expect(resolveFollowUp('e Neri?', topic, known)).toEqual({ question: 'cosa ha detto Neri sui ritardi?', kind: 'ellipsis' });
    const english = { question: 'what did the mayor say?', lang: 'en' as const, people: ['Aldo Bruni'] };
    expect(resolveFollowUp('and about the delays?', english, known)).toEqual({ question: 'what did the mayor say about the delays?', kind: 'ellipsis' });
  });

  it('GIVEN "e Di Maio?" after a question naming another speaker THEN the same question about Di Maio, the surname written with its particle', () => {
    const known = [
      { name: 'Francesco Lollobrigida', aliases: ['Lollobrigida', 'Francesco'], kind: 'person' as const },
      { name: 'Luigi Di Maio', aliases: ['Maio', 'Di Maio', 'Luigi'], kind: 'person' as const },
    ];
    const context = { question: 'cosa pensa Lollobrigida del Pnrr?', lang: 'it' as const, people: ['Francesco Lollobrigida'] };
    expect(resolveFollowUp('e Di Maio?', context, known)).toEqual({ question: 'cosa pensa Di Maio del Pnrr?', kind: 'ellipsis' });
    expect(resolveFollowUp('e lui cosa ne pensa?', { ...context, people: ['Luigi Di Maio'] }, known).question).toMatch(/^Di Maio cosa ne pensa/);
  });

  it('GIVEN "e di dove è?", "quanti anni ha?" after a question naming one person THEN the question is asked of that person, the preposition kept; after “chi ha vinto …?” of the one its answer names; after another question naming nobody the person of the answer is not put in', () => {
    const known = [{ name: 'Francesco Lollobrigida', aliases: ['Lollobrigida', 'Francesco'], kind: 'person' as const }];
    const context = { question: 'chi è Lollobrigida?', lang: 'it' as const, people: ['Francesco Lollobrigida'] };
    expect(resolveFollowUp('e di dove è?', context, known)).toEqual({ question: 'di dove è Lollobrigida?', kind: 'pronoun' });
    expect(resolveFollowUp('quanti anni ha?', context, known)).toEqual({ question: 'quanti anni ha Lollobrigida?', kind: 'pronoun' });
    expect(resolveFollowUp('dove è nato?', context, known)).toEqual({ question: 'dove è nato Lollobrigida?', kind: 'pronoun' });
    // (a person the articles only name, asked about by "chi è X?")
    expect(resolveFollowUp('cosa ha disposto?', { question: 'chi è Sergio Abramo?', lang: 'it', people: [] }, known)).toEqual({ question: 'cosa ha disposto Sergio Abramo?', kind: 'pronoun' });
    // (after a question asking who did something, the person its answer names first)
    const won = { question: 'chi ha vinto la gara di Valdora?', lang: 'it' as const, people: ['Francesco Lollobrigida'] };
    expect(resolveFollowUp('e quanti anni ha?', won, known)).toEqual({ question: 'quanti anni ha Lollobrigida?', kind: 'pronoun' });
    const thing = { question: 'quando è uscita la manovra?', lang: 'it' as const, people: ['Francesco Lollobrigida'] };
    expect(resolveFollowUp('quanto costa?', thing, known).question).not.toMatch(/Lollobrigida/);
    // ("there was, there were" has no person for its subject: the question stands alone)
    expect(resolveFollowUp("quanti business angel c'erano?", context, known).question).not.toMatch(/Lollobrigida/);
    expect(resolveFollowUp('quanti ospiti ci sono?', context, known).question).not.toMatch(/Lollobrigida/);
  });

  it('GIVEN "and in Catanzaro?", "e a Catanzaro?" after a question naming one place or thing and no person THEN the same question with the new place in its stead; with two named before, the names are kept beside it', () => {
    const none: { name: string; aliases: string[]; kind: 'person' }[] = [];
    const after = (question: string) => ({ question, lang: 'it' as const, people: [] });
    expect(resolveFollowUp('and in Catanzaro?', after('who closed the schools in Serra?'), none)).toEqual({ question: 'who closed the schools in Catanzaro?', kind: 'ellipsis' });
    expect(resolveFollowUp('e a Catanzaro?', after('chi ha chiuso le scuole a Serra?'), none)).toEqual({ question: 'chi ha chiuso le scuole a Catanzaro?', kind: 'ellipsis' });
    expect(resolveFollowUp('e a Catanzaro?', after('le scuole di Serra e Vibo sono chiuse?'), none).question).not.toMatch(/^le scuole di Catanzaro/);
  });

  it('GIVEN "e la Ternana?" after a question naming one thing with its article ("chi allena lo Spezia?", "… dello Spezia?") THEN the same question with the new name and its article, joined to the preposition as Italian joins them; a bare name keeps the names beside it', () => {
    const none: { name: string; aliases: string[]; kind: 'person' }[] = [];
    const after = (question: string, lang: 'it' | 'en' = 'it') => ({ question, lang, people: [] });
    expect(resolveFollowUp('e la Ternana?', after('chi allena lo Spezia?'), none)).toEqual({ question: 'chi allena la Ternana?', kind: 'ellipsis' });
    expect(resolveFollowUp('e la Ternana?', after('chi è l’allenatore dello Spezia?'), none)).toEqual({ question: 'chi è l’allenatore della Ternana?', kind: 'ellipsis' });
    expect(resolveFollowUp('e l’Atalanta?', after('chi è l’allenatore dello Spezia?'), none)).toEqual({ question: 'chi è l’allenatore dell’Atalanta?', kind: 'ellipsis' });
    expect(resolveFollowUp('and the ECB?', after('who runs the Fed?', 'en'), none)).toEqual({ question: 'who runs the ECB?', kind: 'ellipsis' });
    expect(resolveFollowUp('e la Ternana?', after('chi allena Spezia?'), none).question).toBe('la Ternana (Spezia)?');
    // (a thing in lower case is no name put in the other's place)
    expect(resolveFollowUp('e la classifica?', after('chi allena lo Spezia?'), none).question).not.toBe('chi allena la classifica?');
  });

  it('GIVEN "perché è arrabbiato?" after a question naming one person THEN it is asked of that person', () => {
    const known = [{ name: 'Fabio Gallo', aliases: ['Gallo', 'Fabio'], kind: 'person' as const }];
    expect(resolveFollowUp('perché è arrabbiato?', { question: 'cosa ha detto Gallo?', lang: 'it', people: ['Fabio Gallo'] }, known)).toEqual({ question: 'perché è arrabbiato Gallo?', kind: 'pronoun' });
  });

  it('GIVEN "e Zuckerberg?" (a name the article does not quote) after a question naming Lambert THEN the same question about that name', () => {
    expect(resolveFollowUp('e Zuckerberg?', contextAfter('Chi è Nathan Lambert?'), people)).toEqual({ question: 'Chi è Zuckerberg?', kind: 'ellipsis' });
    // A thing named after a question about no person keeps the earlier names beside it.
    expect(resolveFollowUp('e Amazon?', contextAfter('Quali partner rendono disponibile Llama 2?'), people).question).toBe('Amazon (Llama 2)?');
  });

  it('GIVEN "e Microsoft?" or "what about the licence?" THEN the new subject, with the names asked about before', () => {
    expect(resolveFollowUp('e Microsoft?', contextAfter('Quali partner rendono disponibile Llama 2?'), people).question).toBe('Microsoft (Llama 2)?');
    expect(resolveFollowUp('what about the licence?', contextAfter('What training data was used for Llama 2?'), people).question).toBe('the licence (Llama 2)?');
    // an opener before a question of its own ("e su Azure quanti modelli ci sono?") leaves it standing alone
    expect(resolveFollowUp('e su Azure quanti modelli ci sono?', contextAfter('Quali partner rendono disponibile Llama 2?'), people).kind).toBe('standalone');
    expect(resolveFollowUp('and on Azure which models are there?', contextAfter('Which partners offer Llama 2?'), people).kind).toBe('standalone');
  });

  it('GIVEN "da quali aziende?" or "in che anno?" (a question word asking for a kind of thing, nothing named) THEN the question with the topic before; a question with a verb of its own stands alone', () => {
    const ctx = contextAfter('Chi ha investito nei modelli open source?');
    expect(resolveFollowUp('da quali aziende?', ctx, people)).toEqual({ question: 'da quali aziende: investito modelli open source?', kind: 'elliptic-question', shown: 'da quali aziende? — Chi ha investito nei modelli open source?' });
    expect(resolveFollowUp('in che anno?', ctx, people).question).toBe('in che anno: investito modelli open source?');
    expect(resolveFollowUp('quali aziende hanno rilasciato modelli?', ctx, people).kind).toBe('standalone');
    expect(resolveFollowUp('che cos’è Llama?', ctx, people).kind).toBe('standalone');
  });

  it('GIVEN "perché?" or "chi l\'ha detto?" THEN the question word with the topic before', () => {
    const ctx = contextAfter('Cosa richiede la licenza di Llama 2 alle grandi aziende?');
    expect(resolveFollowUp('perché?', ctx, people)).toEqual({ question: 'perché: richiede licenza Llama 2 grandi aziende?', kind: 'elliptic-question', shown: 'perché? — Cosa richiede la licenza di Llama 2 alle grandi aziende?' });
    expect(resolveFollowUp("chi l'ha detto?", ctx, people).question).toMatch(/^chi l'ha detto: .*licenza/);
  });

  it('GIVEN a verb of saying or thinking with no subject ("e cosa pensa di Llama 2?") after a question about a person THEN that person is its subject; a subject of its own, or a document asked about, leaves it as it is', () => {
    const lambert = contextAfter('Chi è Nathan Lambert?');
    expect(resolveFollowUp('e cosa pensa di Llama 2?', lambert, people)).toEqual({ question: 'cosa pensa Lambert di Llama 2?', kind: 'pronoun' });
    expect(resolveFollowUp('cosa ne pensa?', lambert, people)).toEqual({ question: 'cosa ne pensa Lambert?', kind: 'pronoun' });
    expect(resolveFollowUp('e cosa ha detto sul memo di Google?', contextAfter('Chi è Jon Turow?'), people)).toEqual({ question: 'cosa ha detto Turow sul memo di Google?', kind: 'pronoun' });
    expect(resolveFollowUp("cosa dice l'articolo di Meta?", lambert, people).kind).toBe('standalone');
    expect(resolveFollowUp('cosa dice Turow di Meta?', lambert, people).kind).toBe('standalone');
    // (the answer it leads to: Lambert's words on Llama 2, ¶11; Turow's on the memo, ¶15)
    const turn = askInConversation(core, 'e cosa pensa di Llama 2?', lambert);
    expect(turn.result.passages[0]?.paragraph).toBe(11);
    expect(askInConversation(core, 'e cosa ha detto sul memo di Google?', contextAfter('Chi è Jon Turow?')).result.passages[0]?.paragraph).toBe(15);
  });

  it('GIVEN "perché?" then "e quando?" in a conversation THEN each reading is shown as what was asked and the question the chain leans on', () => {
    const first = askInConversation(core, 'Cosa richiede la licenza di Llama 2 alle grandi aziende?', undefined);
    const why = askInConversation(core, 'perché?', first.context);
    expect(why.readAs).toBe('perché? — Cosa richiede la licenza di Llama 2 alle grandi aziende?');
    expect(askInConversation(core, 'e quando?', why.context).readAs).toBe('quando? — Cosa richiede la licenza di Llama 2 alle grandi aziende?');
  });

  it('GIVEN no context, or a question that stands on its own THEN it is left exactly as it is', () => {
    expect(resolveFollowUp('e lui?', undefined, people)).toEqual({ question: 'e lui?', kind: 'standalone' });
    expect(resolveFollowUp('Cosa pensa Turow del memo di Google?', contextAfter('Chi è Nathan Lambert?'), people).kind).toBe('standalone');
  });

  it('GIVEN "he" when the last answer names only an organisation THEN "he" is not read as the organisation', () => {
    const ctx = conversationContext('Cosa offre Meta?', 'it', undefined, people);
    expect(ctx.people).toEqual(['Meta']);
    expect(resolveFollowUp('does he agree?', ctx, people).kind).toBe('standalone');
  });

  it('GIVEN "e lui…?" opening an ellipsis when the last answer names no person THEN it is read about the last topic, a version number kept with its name', () => {
    const ctx = conversationContext("cos'è llama 2?", 'it', undefined, people);
    expect(ctx.people).toEqual([]);
    expect(resolveFollowUp('e lui cosa ne pensa?', ctx, people)).toEqual({ question: 'cosa ne pensa: llama 2?', kind: 'pronoun' });
    expect(resolveFollowUp('e Microsoft?', ctx, people).question).toBe('Microsoft (llama 2)?');
  });

  it('GIVEN "what about X?" after a question dated by an English month or day THEN the date is not carried over as a subject', () => {
    const ctx = contextAfter('Who said the centres would open in October?');
    expect(resolveFollowUp('what about the decree?', ctx, people).question).toBe('the decree?');
    expect(resolveFollowUp('what about the licence?', contextAfter('What did Meta release on Tuesday with Llama 2?'), people).question).toBe('the licence (Meta Llama 2)?');
    expect(resolveFollowUp('what about the licence?', contextAfter('What did Meta release in July 2023?'), people).question).toBe('the licence (Meta)?');
  });

  it('GIVEN an elided article "l\'" that is not a pronoun ("chi ha scritto l\'articolo?") THEN the question stands on its own', () => {
    const ctx = contextAfter('What is the licence of Llama 2?');
    expect(resolveFollowUp("chi ha scritto l'articolo?", ctx, people)).toEqual({ question: "chi ha scritto l'articolo?", kind: 'standalone' });
    expect(resolveFollowUp("chi l'ha scritto?", ctx, people).kind).toBe('elliptic-question');
    expect(resolveFollowUp("chi l'aveva detto?", ctx, people).kind).toBe('elliptic-question');
  });
});

describe('follow-up set (test/fixtures/followups: Italian and English pairs)', () => {
  const results = pairs.map((p) => {
    const first = askInConversation(core, p.context, undefined);
    const turn = askInConversation(core, p.followUp, first.context);
    const top = turn.result.answered ? turn.result.passages[0]?.paragraph : undefined;
    const bare = core.ask(p.followUp);
    const bareTop = bare.answered ? bare.passages[0]?.paragraph : undefined;
    return { ...p, hit: top !== undefined && p.gold.includes(top), bareHit: bareTop !== undefined && p.gold.includes(bareTop) };
  });

  it('GIVEN at least 40 pairs in both languages THEN the set is what the quality figure is measured on', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(40);
    expect(pairs.filter((p) => p.lang === 'it').length).toBeGreaterThanOrEqual(15);
    expect(pairs.filter((p) => p.lang === 'en').length).toBeGreaterThanOrEqual(15);
  });

  it('GIVEN each follow-up after its context THEN at least 85% are answered with the right paragraph, and the context is what makes the difference', () => {
    const rate = results.filter((r) => r.hit).length / results.length;
    const bareRate = results.filter((r) => r.bareHit).length / results.length;
    expect(rate, results.filter((r) => !r.hit).map((r) => r.id).join(' ')).toBeGreaterThanOrEqual(0.85);
    expect(rate).toBeGreaterThan(bareRate);
  });

  it('GIVEN the standalone question sets asked in the middle of a conversation THEN none is rewritten, so each is answered as without context', () => {
    const contexts = [contextAfter('Chi è Nathan Lambert?'), contextAfter('Cosa richiede la licenza di Llama 2 alle grandi aziende?')];
    const rewritten: string[] = [];
    for (const file of ['questions.it.jsonl', 'questions.en.jsonl']) {
      for (const line of readFileSync(resolve(FIXTURES, file), 'utf8').trim().split('\n')) {
        const { q } = JSON.parse(line) as { q: string };
        for (const ctx of contexts) if (resolveFollowUp(q, ctx, people).kind !== 'standalone') rewritten.push(q);
      }
    }
    expect(rewritten).toEqual([]);
  });
});
