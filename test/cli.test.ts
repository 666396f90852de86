import { describe, expect, it } from 'vitest';
import { cli } from './support/cliHarness.js';

describe('CLI ask', () => {
  it('GIVEN --json THEN prints exactly one JSON object with the contract fields and ¶9 first for the Android question', async () => {
    const run = await cli(['ask', '--json', 'In che anno Google ha lanciato Android?']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!);
    expect(out.question).toBe('In che anno Google ha lanciato Android?');
    expect(out.answered).toBe(true);
    const first = out.passages[0];
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['article', 'paragraph', 'section', 'excerpt', 'score']));
    expect(first.paragraph).toBe(9);
    expect(first.article).toBe('llama2');
    expect(first.excerpt).toContain('2007');
    expect(first.excerpt.length).toBeLessThanOrEqual(400);
  });

  it('GIVEN --limit N THEN returns at most N passages', async () => {
    const out = JSON.parse((await cli(['ask', '--json', '--limit', '1', 'Che cosa offre Microsoft?'])).stdout);
    expect(out.passages.length).toBe(1);
  });

  it('GIVEN --batch THEN prints one JSON line per stdin line, in order, including empty lines', async () => {
    const run = await cli(['ask', '--batch'], { stdin: 'Chi guida lo sviluppo dell’AI di Google?\n\nQuanti utenti richiedono una licenza separata?\n' });
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.question)).toEqual(['Chi guida lo sviluppo dell’AI di Google?', '', 'Quanti utenti richiedono una licenza separata?']);
    expect(lines[1].answered).toBe(false);
    expect(lines[2].passages[0].paragraph).toBe(8);
  });

  it('GIVEN no question THEN exits 2 with the usage on stderr and nothing on stdout', async () => {
    const run = await cli(['ask', '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/Usage: ask/);
  });

  it('GIVEN a bad --limit THEN says which values are allowed', async () => {
    const run = await cli(['ask', '--limit', 'zero', 'Llama 2']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--limit takes a whole number from 1 to 25/);
  });

  it('GIVEN an unknown option THEN exits 2 naming it', async () => {
    const run = await cli(['ask', '--frobnicate', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/frobnicate/);
  });

  it('GIVEN human output THEN shows the excerpt and the ¶ · section · article attribution', async () => {
    const run = await cli(['ask', 'In che anno Google ha lanciato Android?']);
    expect(run.stdout).toMatch(/2007/);
    expect(run.stdout).toMatch(/¶9 · .+ · La Llama Open Source di Meta/);
  });

  it('GIVEN an article whose one section is titled as the article THEN the attribution names it once', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'brano-short-'));
    writeFileSync(join(dir, 'porto.md'), '---\ntitle: "Il porto di Valmare riapre"\nlang: it\n---\n\nIl porto di Valmare riapre lunedì dopo tre mesi di lavori sul molo nord.\n');
    const run = await cli(['ask', 'Quando riapre il porto di Valmare?'], { corpus: dir });
    expect(run.stdout).toMatch(/¶1 · Il porto di Valmare riapre\n/);
    expect(run.stdout).not.toMatch(/Il porto di Valmare riapre · Il porto di Valmare riapre/);
  });
});

describe('CLI sections and help', () => {
  it('GIVEN sections --json THEN the sections tile the article from ¶1 to ¶16', async () => {
    const out = JSON.parse((await cli(['sections', '--json'])).stdout);
    let next = 1;
    for (const s of out.sections) {
      expect(s.article).toBe('llama2');
      expect(s.from).toBe(next);
      expect(s.to).toBeGreaterThanOrEqual(s.from);
      next = s.to + 1;
    }
    expect(next).toBe(17);
    expect(out.sections.length).toBeGreaterThanOrEqual(4);
    expect(out.sections.length).toBeLessThanOrEqual(7);
  });

  it('GIVEN --help on any command THEN prints its usage and exits 0', async () => {
    for (const name of ['ask', 'sections', 'chat']) {
      const run = await cli([name, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`Usage: ${name}`));
    }
    const top = await cli(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/Commands:/);
  });

  it('GIVEN an unknown command THEN exits 2 and lists the commands', async () => {
    const run = await cli(['frob']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command "frob"/);
  });
});

describe('terminal chat', () => {
  it('GIVEN a plain question, /sections and /quit on stdin THEN answers both and stops', async () => {
    const run = await cli(['chat'], { stdin: 'In che anno Google ha lanciato Android?\n/sections\n/nope\n/quit\nnot read\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/2007/);
    expect(run.stdout).toMatch(/¶1–2/);
    expect(run.stdout).toMatch(/Non conosco il comando \/nope\. Scrivi «aiuto» per l’elenco/);
  });
});
