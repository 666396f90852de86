import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli, type CliIO } from '../../src/cliCommands.js';
import { createCore, type BranoCore } from '../../src/core/brano.js';
import { loadCorpus, parseArticle } from '../../src/core/corpus.js';

const seedCore = createCore(loadCorpus(fileURLToPath(new URL('../../corpus', import.meta.url))));
const fixtureCore = createCore(loadCorpus(fileURLToPath(new URL('../fixtures/quotes', import.meta.url))));

async function run(argv: string[], core: BranoCore = seedCore): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const io: CliIO = { stdout, stderr, stdin: new PassThrough(), env: { NO_COLOR: '1' } };
  const code = await runCli(argv, io, () => core);
  return { code, out, err };
}

describe('CLI quote and people', () => {
  it('GIVEN quote --json Lambert THEN stdout is one JSON object with query, person, role and quotes {article, paragraph, text, kind}', async () => {
    const { code, out } = await run(['quote', '--json', 'Lambert']);
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(out) as { query: string; person: string; role: string; quotes: Record<string, unknown>[]; suggestions: string[] };
    expect(json.query).toBe('Lambert');
    expect(json.person).toBe('Nathan Lambert');
    expect(json.role).toContain('Hugging Face');
    expect(json.quotes.length).toBeGreaterThan(3);
    for (const q of json.quotes) {
      expect(Object.keys(q).sort()).toEqual(['article', 'kind', 'paragraph', 'text']);
      expect(['direct', 'reported']).toContain(q['kind']);
    }
  });

  it('GIVEN quote --json --kind direct THEN only direct quotations come back', async () => {
    const json = JSON.parse((await run(['quote', '--json', '--kind', 'direct', 'Turow'])).out) as { quotes: { kind: string }[] };
    expect(json.quotes.length).toBe(3);
    expect(json.quotes.every((q) => q.kind === 'direct')).toBe(true);
  });

  it('GIVEN a name that says nothing THEN person is null, quotes empty, and the human output says so in Italian', async () => {
    const json = JSON.parse((await run(['quote', '--json', 'PyTorch'])).out) as { person: null; quotes: unknown[] };
    expect(json).toMatchObject({ person: null, quotes: [] });
    const human = await run(['quote', 'Gogle']);
    expect(human.out).toContain('Nell’articolo nessuno di nome Gogle prende la parola.');
    expect(human.out).toContain('Forse cercavi: memo di Google?');
    const english = await run(['quote', '--lang', 'en', 'Gogle']);
    expect(english.out).toContain('Nobody called Gogle speaks in the article. Did you mean: memo di Google?');
  });

  it('GIVEN someone who is mentioned but never speaks THEN the answer says where they appear', async () => {
    const prize = createCore([
      parseArticle(
        '---\ntitle: "Premio"\nlang: it\n---\n\nIl premio è stato consegnato oggi.\n\nAlla cerimonia era presente anche Bruno Ferraris, direttore del museo. “La fotografia racconta quello che le parole non sanno dire”, ha detto la curatrice Elsa Monti.\n',
        'premio.md',
      ),
    ]);
    const json = JSON.parse((await run(['quote', '--json', 'Ferraris'], prize)).out) as { person: null; mentions: { paragraph: number }[] };
    expect(json.person).toBeNull();
    expect(json.mentions.map((m) => m.paragraph)).toEqual([2]);
    expect((await run(['quote', 'Ferraris'], prize)).out).toContain('Compare solo in ¶2, senza prendere la parola.');
  });

  it('GIVEN quote NAME without --json THEN direct quotations are in “…” with ¶ and reported ones are marked', async () => {
    const { out } = await run(['quote', 'Lambert']);
    expect(out).toContain('¶11');
    expect(out).toContain('“Penso che si possa sostenere');
    expect(out).toContain('(riportata)');
  });

  it('GIVEN quote Meta THEN “Meta non ha risposto a una domanda …” is labelled as no response, not as a statement, and --json keeps kind "reported"', async () => {
    const { out } = await run(['quote', 'Meta']);
    const line = out.split('\n').find((l) => l.includes('non ha risposto'));
    expect(line).toMatch(/¶8 .*\(nessuna risposta\)$/);
    const json = JSON.parse((await run(['quote', '--json', 'Meta'])).out) as { quotes: { paragraph: number; kind: string; text: string }[] };
    expect(json.quotes.find((q) => q.text.includes('non ha risposto'))).toMatchObject({ paragraph: 8, kind: 'reported' });
  });

  it('GIVEN people --json THEN each speaker has name, aliases, role and the number of quotes', async () => {
    const json = JSON.parse((await run(['people', '--json'])).out) as { people: { name: string; aliases: string[]; role: string | null; quotes: number }[] };
    const lambert = json.people.find((p) => p.name === 'Nathan Lambert');
    expect(lambert).toMatchObject({ aliases: expect.arrayContaining(['Lambert']) as unknown, quotes: 6 });
    expect(json.people.every((p) => typeof p.quotes === 'number' && Array.isArray(p.aliases) && 'role' in p)).toBe(true);
  });

  it('GIVEN a corpus of several articles THEN --article keeps one article and the human view names it', async () => {
    const json = JSON.parse((await run(['quote', '--json', '--article', 'intervista-bis', 'Verdi'], fixtureCore)).out) as { quotes: { article: string }[] };
    expect(json.quotes.map((q) => q.article)).toEqual(['intervista-bis']);
    expect((await run(['quote', 'Verdi'], fixtureCore)).out).toContain('soggetti ¶1');
  });

  it('GIVEN a bad --kind, no name or an unknown article THEN exit code 2 with the usage', async () => {
    expect((await run(['quote', '--kind', 'both', 'Lambert'])).code).toBe(2);
    const none = await run(['quote']);
    expect(none.code).toBe(2);
    // The example and the list of who speaks come from the corpus being read.
    expect(none.err).toMatch(/give a name \(e\.g\. quote \p{Lu}[\p{L}-]+\); who speaks: .*Nathan Lambert/u);
    expect((await run(['quote'], fixtureCore)).err).not.toContain('Lambert');
    const r = await run(['quote', '--article', 'nope', 'Lambert']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Usage: quote');
  });
});
