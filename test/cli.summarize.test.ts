import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { cli } from './support/cliHarness.js';

const MINI = resolve(import.meta.dirname, 'fixtures', 'corpora', 'mini');

describe('CLI summarize', () => {
  it('GIVEN --json THEN prints one JSON object with the title and cited verbatim sentences', async () => {
    const run = await cli(['summarize', '--json']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!);
    expect(typeof out.title).toBe('string');
    expect(out.sentences.length).toBeGreaterThan(0);
    for (const s of out.sentences) expect(Object.keys(s).sort()).toEqual(['article', 'paragraph', 'text']);
  });

  it('GIVEN a folder of several articles and no --article THEN the first is summarised, each sentence names its article, and stderr says how to pick another', async () => {
    const run = await cli(['summarize', '--length', 'short'], { corpus: MINI });
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').slice(2);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^biblioteca ¶\d+ /);
    expect(run.stderr).toMatch(/first of 2 articles; --article SLUG for another: ciclismo/);
    const json = await cli(['summarize', '--json', '--length', 'short'], { corpus: MINI });
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout).article).toBe('biblioteca');
    const chosen = await cli(['summarize', '--article', 'ciclismo', '--length', 'short'], { corpus: MINI });
    expect(chosen.stderr).toBe('');
    expect(chosen.stdout).toMatch(/ciclismo ¶\d+ /);
  });

  it('GIVEN one article THEN sentences carry their ¶ alone and nothing is said on stderr', async () => {
    const run = await cli(['summarize', '--length', 'short']);
    expect(run.stderr).toBe('');
    for (const line of run.stdout.trim().split('\n').slice(2)) expect(line).toMatch(/^¶\d+\s/);
  });

  it('GIVEN --section and --length short THEN summarises that section in at most three sentences', async () => {
    const out = JSON.parse((await cli(['summarize', '--json', '--section', 'licenza', '--length', 'short'])).stdout);
    expect(out.title).toMatch(/licenza/);
    expect(out.sentences.length).toBeLessThanOrEqual(3);
    for (const s of out.sentences) expect([7, 8]).toContain(s.paragraph);
  });

  it('GIVEN --topic THEN draws on the paragraphs about it', async () => {
    const out = JSON.parse((await cli(['summarize', '--json', '--topic', 'Microsoft e Amazon'])).stdout);
    expect(out.sentences.map((s: { paragraph: number }) => s.paragraph)).toEqual(expect.arrayContaining([4]));
  });

  it('GIVEN an unknown section with --json THEN exits 1 with the error and the sections on stdout', async () => {
    const run = await cli(['summarize', '--json', '--section', 'pizza napoletana']);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.error).toBe('unknown-section');
    expect(out.sections.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(out.sections[0])).toEqual(expect.arrayContaining(['id', 'title', 'from', 'to']));
  });

  it('GIVEN an unknown section without --json THEN exits 1 and lists the sections on stderr', async () => {
    const run = await cli(['summarize', '--section', 'pizza napoletana']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('pizza napoletana');
    expect(run.stderr).toContain('Partner e distribuzione');
  });

  it('GIVEN human output THEN prints the title, then each sentence after its ¶', async () => {
    const run = await cli(['summarize', '--section', '2']);
    expect(run.code).toBe(0);
    const [title, blank, ...rest] = run.stdout.trim().split('\n');
    expect(title).toBe('Partner e distribuzione');
    expect(blank).toBe('');
    for (const line of rest) expect(line).toMatch(/^¶[34]\s+\S/);
  });

  it('GIVEN a bad --length or both --section and --topic THEN exits 2 with the usage', async () => {
    for (const argv of [['--length', 'huge'], ['--section', '1', '--topic', 'licenza'], ['free text']]) {
      const run = await cli(['summarize', ...argv]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/Usage: summarize/);
    }
  });

  it('GIVEN a topic the article never mentions THEN exits 0 with no sentences and says why', async () => {
    const run = await cli(['summarize', '--json', '--topic', 'ricetta della pizza']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ sentences: [], reason: 'no-match' });
  });
});
