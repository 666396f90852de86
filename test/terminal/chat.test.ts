import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { cli } from '../support/cliHarness.js';
import { closestCommand, envLang, smallTalk } from '../../src/terminal/chat.js';
import { cutAtWord, wrapText } from '../../src/terminal/wrap.js';

/** Runs the chat with these lines on stdin; returns what it printed. */
async function chat(lines: string[], env: NodeJS.ProcessEnv = { NO_COLOR: '1' }): Promise<string> {
  const run = await cli(['chat'], { stdin: `${lines.join('\n')}\n`, env });
  expect(run.code).toBe(0);
  expect(run.stderr).toBe('');
  return run.stdout;
}

describe('chat commands with natural arguments', () => {
  it('GIVEN /summarize with plain words THEN the section they name, or the topic; never CLI usage', async () => {
    const out = await chat(['/summarize licenza', '/summarize la parte su lambert', '/summarize il modello open source breve']);
    expect(out).toContain('I limiti dell’apertura: dati, licenza e regole d’uso');
    expect(out).toContain('Lambert: l’evento dell’anno e la trasparenza');
    expect(out).toMatch(/il modello open source/);
    expect(out).not.toMatch(/Usage|--topic|--json/);
  });

  it('GIVEN /summarize with an article’s name as /sections lists it THEN that article is summarised', async () => {
    const mini = resolve(import.meta.dirname, '..', 'fixtures', 'corpora', 'mini');
    const run = await cli(['chat'], { stdin: '/summarize ciclismo\n/summarize biblioteca\n', corpus: mini, env: { NO_COLOR: '1' } });
    const cited = [...run.stdout.matchAll(/^(\w+) ¶\d+/gmu)].map((m) => m[1]);
    expect(cited.length).toBeGreaterThan(1);
    expect(cited.indexOf('biblioteca')).toBeGreaterThan(cited.lastIndexOf('ciclismo'));
    expect(run.stdout).not.toMatch(/Nessuna sezione e nessun passo/);
  });

  it('GIVEN a length word THEN the summary is shorter or longer accordingly', async () => {
    const count = (s: string) => (s.match(/^¶\d+/gmu) ?? []).length;
    const short = await chat(['/summarize lambert breve']);
    const long = await chat(['/summarize lambert lungo']);
    expect(count(short)).toBeGreaterThan(0);
    expect(count(long)).toBeGreaterThan(count(short));
  });

  it('GIVEN a section that matches nothing convincingly THEN the sections are listed instead of a guess', async () => {
    const out = await chat(['/summarize --section meteo']);
    expect(out).toMatch(/Nessuna sezione e nessun passo parlano di «meteo»\. Le sezioni:/);
    expect(out).toContain('Turow: un nuovo Android');
    expect(out).toContain('La strategia open source di Meta');
  });

  it('GIVEN “/summarize --topic WORDS” or “--section WORDS” typed without quotation marks THEN all the words are the topic or the section', async () => {
    const out = await chat(['/summarize --topic modello open source', '/summarize --section la strategia open source']);
    expect(out).toMatch(/^modello open source$/mu);
    expect(out).toMatch(/^La strategia open source di Meta$/mu);
  });

  it('GIVEN /quote alone THEN who speaks; GIVEN /ask alone THEN what to type; GIVEN /about THEN the article', async () => {
    const out = await chat(['/quote', '/ask', '/about']);
    expect(out).toMatch(/Nathan Lambert .*affermazioni/);
    expect(out).toMatch(/Scrivi la domanda dopo \/ask/);
    expect(out).toMatch(/1 articolo · 16 paragrafi · 7 sezioni/);
    expect(out).not.toMatch(/Usage|--json/);
  });

  it('GIVEN /quote NAME then "e OTHER?" THEN the other name is looked up the same way; a question after it is searched as usual', async () => {
    const out = await chat(['/quote Lambert', 'e Turow?', 'e Rossi?', 'chi ha rilasciato Llama 2?', 'e Turow?']);
    const blocks = out.split('\n\n');
    expect(blocks.some((b) => /^Jon Turow — un investitore/m.test(b))).toBe(true);
    expect(out).toContain('Nell’articolo nessuno di nome Rossi prende la parola.');
    // After an answer, "e Turow?" is a follow-up question, not a look-up of quotations.
    expect(out).toMatch(/Inteso come: [^\n]*Turow/);
  });

  it('GIVEN a mistyped command THEN "did you mean"; GIVEN nothing close THEN a pointer to the help', async () => {
    const out = await chat(['/sumarize', '/qoute Lambert', '/xyzzy']);
    expect(out).toContain('Non conosco il comando /sumarize. Forse intendevi /summarize?');
    expect(out).toContain('Non conosco il comando /qoute. Forse intendevi /quote?');
    expect(out).toContain('Non conosco il comando /xyzzy. Scrivi «aiuto» per l’elenco.');
  });

  it('GIVEN "aiuto", "ciao", "grazie" THEN help with syntax and examples, a greeting, a reply; none is searched', async () => {
    const out = await chat(['aiuto', 'ciao', 'grazie!', 'esci', 'Chi ha rilasciato Llama 2?']);
    // The examples fit the article: a section it has, a person it quotes.
    expect(out).toMatch(/\/summarize \[SEZIONE o ARGOMENTO\] \[breve\|medio\|lungo\]\n\s+es\. \/summarize partner e distribuzione breve/);
    expect(out).toMatch(/es\. \/quote \p{Lu}\p{L}+\n/u);
    expect(out).toMatch(/Ciao! Chiedimi qualcosa/);
    expect(out).toMatch(/Prego!/);
    expect(out).toMatch(/Alla prossima!/);
    expect(out).not.toMatch(/L’articolo non sembra rispondere/);
    // "esci" ended the chat: the question after it was not answered.
    expect(out).not.toMatch(/¶\d+ ·/);
  });
});

describe('the chat over another corpus', () => {
  it('GIVEN a folder of articles other than the shipped one THEN the welcome counts and names them, and no example speaks of the shipped article', async () => {
    const run = await cli(['chat'], { stdin: 'aiuto\nciao\n/esci\n', corpus: resolve(import.meta.dirname, '..', 'fixtures', 'corpora', 'mini') });
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/^Brano · \d+ articoli: «[^»]+»/m);
    expect(out).toMatch(/Fai una domanda sugli articoli/);
    expect(out).toMatch(/Chiedimi qualcosa sull’articolo, per esempio «Di cosa parla l’articolo\?»/);
    expect(out).not.toMatch(/Llama|Lambert|licenza/);
  });
});

describe('follow-ups in the chat', () => {
  it('GIVEN a question about Lambert, then "e lui cosa ne pensa?" and "perché?" THEN each is read in context and says how', async () => {
    const out = await chat(['Chi è Nathan Lambert?', 'e lui cosa ne pensa?', 'perché?']);
    expect(out).toContain('Inteso come: Lambert cosa ne pensa?');
    expect(out).toContain('Inteso come: perché? — Lambert cosa ne pensa?');
    expect(out).toMatch(/— ¶11 · Lambert/);
  });

  it('GIVEN the same follow-up at the start of a session THEN it is not rewritten', async () => {
    const out = await chat(['e lui cosa ne pensa?']);
    expect(out).not.toContain('Inteso come');
  });
});

describe('one interface language per session', () => {
  it('GIVEN LANG=en_US THEN Brano speaks English throughout, even to an Italian question', async () => {
    const out = await chat(['help', 'In che anno Google ha lanciato Android?', '/nope'], { NO_COLOR: '1', LANG: 'en_US.UTF-8' });
    expect(out).toMatch(/Ask a question about the article/);
    expect(out).toMatch(/\/summarize \[SECTION or TOPIC\] \[short\|medium\|long\]\n\s+e\.g\. \/summarize partner e distribuzione short/);
    // (the examples in the session's language)
    expect(out).toMatch(/e\.g\. \/ask What is the article about\?/);
    expect(out).toMatch(/2007/);
    expect(out).toMatch(/There is no command \/nope/);
    expect(out).not.toMatch(/Non conosco|Fai una domanda|Altri passi/);
  });

  it('GIVEN no LANG THEN the first question sets the language for the rest of the session', async () => {
    const out = await chat(['Who released Llama 2?', 'In che anno Google ha lanciato Android?', '/nope'], { NO_COLOR: '1', LANG: 'C.UTF-8' });
    expect(out).toMatch(/There is no command \/nope/);
    expect(out).not.toMatch(/Altri passi|Non conosco/);
  });

  it('GIVEN locale variables THEN Italian or English, anything else undecided', () => {
    expect([envLang({ LANG: 'it_IT.UTF-8' }), envLang({ LANG: 'en_GB' }), envLang({ LANG: 'de_DE' }), envLang({}), envLang({ LC_ALL: 'en', LANG: 'it_IT' })]).toEqual([
      'it',
      'en',
      undefined,
      undefined,
      'en',
    ]);
  });
});

describe('small talk and command names', () => {
  it('GIVEN whole lines of talk THEN their kind; GIVEN a question containing those words THEN a question', () => {
    expect(['Aiuto', 'help', 'Ciao!', 'grazie mille', 'Thank you.', 'esci'].map(smallTalk)).toEqual(['help', 'help', 'hello', 'thanks', 'thanks', 'quit']);
    expect(smallTalk('grazie a chi è stato rilasciato Llama 2?')).toBeUndefined();
  });

  it('GIVEN "chi parla?" or "who is quoted in the article?" THEN the people who speak are listed; a question about what someone says is searched', async () => {
    expect(['chi parla?', 'Chi viene citato?', 'who is quoted in the article?', 'chi ha parlato?', 'who spoke?', 'chi parla negli articoli?'].map(smallTalk)).toEqual([
      'people',
      'people',
      'people',
      'people',
      'people',
      'people',
    ]);
    expect(smallTalk('chi parla di Llama 2?')).toBeUndefined();
    const out = await chat(['chi parla?']);
    expect(out).toMatch(/Nathan Lambert.*affermazion/u);
    expect(out).not.toMatch(/L’articolo non sembra rispondere/);
  });

  it('GIVEN one or two typos THEN the command meant; GIVEN a different word THEN none', () => {
    expect(['sumarize', 'sectons', 'qoute', 'riassumi', 'abuot', 'peple'].map(closestCommand)).toEqual(['summarize', 'sections', 'quote', 'summarize', 'about', 'people']);
    expect(closestCommand('pizza')).toBeUndefined();
  });
});

describe('wrapping to the terminal width', () => {
  it('GIVEN a width THEN no line is wider, words are never broken, and nothing is lost', () => {
    const text = 'Llama 2 è il primo modello rilasciato apertamente alla pari con ChatGPT, afferma Nathan Lambert, un ricercatore.';
    const wrapped = wrapText(text, 30);
    for (const line of wrapped.split('\n')) expect(line.length).toBeLessThanOrEqual(30);
    expect(wrapped.split(/\s+/)).toEqual(text.split(/\s+/));
  });

  it('GIVEN colour codes THEN they take no room; GIVEN a "¶12 " lead-in THEN continuation lines hang under the text', () => {
    const styled = '\u001b[36m¶12\u001b[39m ' + 'parola '.repeat(12).trim();
    const lines = wrapText(styled, 24).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(stripVTControlCharacters(line).length).toBeLessThanOrEqual(24);
    for (const line of lines.slice(1)) expect(line.startsWith('    parola')).toBe(true);
  });

  it('GIVEN no width (output is not a terminal) THEN the text is unchanged', () => {
    const long = 'x '.repeat(200);
    expect(wrapText(long, undefined)).toBe(long);
  });

  it('GIVEN a sentence too long for its room THEN it is cut at a word, with an ellipsis', () => {
    expect(cutAtWord('uno due tre quattro cinque', 14)).toBe('uno due tre…');
    expect(cutAtWord('breve', 14)).toBe('breve');
  });
});
