import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus, parseArticle } from '../../src/core/corpus.js';

const ROOT = resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
const corpusDir = (files: Record<string, string | Uint8Array>) => {
  const dir = mkdtempSync(join(tmpdir(), 'brano-corpus-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const GOOD = '---\ntitle: "Prova"\nlang: it\n---\n\n## Sezione\n\nPrimo paragrafo.\n\nSecondo paragrafo.\n';

const loadError = (files: Record<string, string | Uint8Array>): CorpusError => {
  try {
    loadCorpus(corpusDir(files));
  } catch (err) {
    expect(err).toBeInstanceOf(CorpusError);
    return err as CorpusError;
  }
  throw new Error('expected loadCorpus to throw');
};

describe('loadCorpus errors name the file and the line', () => {
  it('GIVEN a file without front matter THEN the error names the file and line 1', () => {
    const err = loadError({ 'nofront.md': 'Solo testo.\n' });
    expect(err.message).toMatch(/^corpus: nofront\.md:1: missing front matter/);
  });

  it('GIVEN front matter without a title THEN the error says so with file and line', () => {
    const err = loadError({ 'notitle.md': '---\nlang: it\n---\n\nTesto.\n' });
    expect(err.message).toMatch(/^corpus: notitle\.md:1: .*no "title"/);
  });

  it('GIVEN a file whose body is empty THEN the error points at the line after the front matter', () => {
    const err = loadError({ 'empty.md': '---\ntitle: Vuoto\n---\n\n\n' });
    expect(err.message).toMatch(/^corpus: empty\.md:4: the body has no paragraphs/);
  });

  it('GIVEN bytes that are not UTF-8 THEN the error names the file and the line holding them', () => {
    const bytes = Buffer.concat([Buffer.from('---\ntitle: X\n---\n\nRiga buona.\n\nRiga '), Buffer.from([0xc3, 0x28]), Buffer.from(' rotta.\n')]);
    const err = loadError({ 'bad.md': bytes });
    expect(err.message).toBe('corpus: bad.md:7: not valid UTF-8 text');
  });

  it('GIVEN two files with the same slug THEN the error names both files', () => {
    const err = loadError({ 'llama-2.md': GOOD, 'llama_2.md': GOOD });
    expect(err.message).toMatch(/duplicate slug "llama-2"/);
    expect(err.message).toMatch(/llama-2\.md/);
    expect(err.message).toMatch(/llama_2\.md/);
  });

  it('GIVEN two sections with the same title THEN the error names the file and the second heading line', () => {
    const text = '---\ntitle: T\n---\n\n## Uno\n\nA.\n\n## Uno\n\nB.\n';
    expect(() => parseArticle(text, 'dup.md')).toThrow(/^corpus: dup\.md:9: duplicate section "Uno"/);
  });

  it('GIVEN a heading at the end of the body THEN the error names it and its line', () => {
    const text = '---\ntitle: T\n---\n\n## Uno\n\nA.\n\n## Due\n';
    expect(() => parseArticle(text, 'cut.md')).toThrow(/^corpus: cut\.md:9: section "Due" has no paragraphs/);
  });

  it('GIVEN a heading right under another, no paragraph between THEN both title one section and ¶ numbers are unchanged', () => {
    const text = '---\ntitle: T\n---\n\nApertura.\n\n## Nel Nord Est\n\n## A Trieste non aprono\n\nB.\n\nC.\n\n## Pordenone\n\nD.\n';
    const a = parseArticle(text, 'nested.md');
    expect(a.sections.map((s) => [s.title, s.from, s.to])).toEqual([
      ['Introduzione', 1, 1],
      ['Nel Nord Est — A Trieste non aprono', 2, 3],
      ['Pordenone', 4, 4],
    ]);
    expect(a.paragraphs.map((p) => p.text)).toEqual(['Apertura.', 'B.', 'C.', 'D.']);
  });

  it('GIVEN a folder without articles THEN the error names the folder', () => {
    const dir = corpusDir({ 'note.txt': 'x' });
    expect(() => loadCorpus(dir)).toThrow(/has no \*\.md articles/);
  });
});

describe('the served corpus', () => {
  const [article] = loadCorpus(join(ROOT, 'corpus'));
  const seed = readFileSync(join(ROOT, 'test/fixtures/seed/article-llama2.txt'), 'utf8');
  const seedBlocks = seed.split(/\r?\n\s*\r?\n/).map((b) => b.replace(/^\s+|\s+$/g, '')).filter(Boolean);

  it('GIVEN corpus/llama2.md THEN it holds one article of 16 paragraphs with the seed titles', () => {
    expect(article!.paragraphs).toHaveLength(16);
    expect(article!.meta.title).toBe(seedBlocks[0]);
    expect(article!.meta.titleEn).toBe(seedBlocks[1]);
  });

  it('GIVEN each corpus paragraph THEN its bytes equal the seed article paragraph of the same number', () => {
    const seedParagraphs = seedBlocks.slice(2);
    expect(seedParagraphs).toHaveLength(article!.paragraphs.length);
    article!.paragraphs.forEach((p, i) => {
      expect(Buffer.from(p.text, 'utf8').equals(Buffer.from(seedParagraphs[i]!, 'utf8')), `¶${p.number}`).toBe(true);
    });
  });

  it('GIVEN the lexicon folder inside corpus/ THEN the loader does not read it as an article', () => {
    expect(loadCorpus(join(ROOT, 'corpus')).map((a) => a.slug)).toEqual(['llama2']);
  });
});

describe('parsing a file with characters beyond Latin-1', () => {
  it('GIVEN a file whose text holds curly quotes, dashes and other scripts in some paragraphs THEN every paragraph, title and heading reads exactly as written', () => {
    const body = ['L’Italia è una repubblica — dal 1946.', 'Città e più: nessun carattere oltre il Latin-1 qui.', 'Ελλάδα, 日本 e “virgolette” 😀.'];
    const file = `---\ntitle: "L’articolo — prova"\nlang: it\n---\n\n## Storia d’Italia\n\n${body[0]}\n\n${body[1]}\n\n## Altro\n\n${body[2]}\n`;
    const article = parseArticle(file, 'prova.md');
    expect(article.meta.title).toBe('L’articolo — prova');
    expect(article.sections.map((s) => s.title)).toEqual(['Storia d’Italia', 'Altro']);
    expect(article.paragraphs.map((p) => p.text)).toEqual(body);
    expect(article.paragraphs.map((p) => p.sentences.map((s) => s.text).join(' '))).toEqual(body);
  });
});

describe('front matter values with a comment after them', () => {
  it('GIVEN `title: "…"  # note` and `source: \'…\' # note` THEN the values are what the quotes hold; an unquoted value keeps its "#"', () => {
    const article = parseArticle(['---', 'title: "Farmaci introvabili, scatta l\'allarme"  # rebuilt from the address', "source: 'Reggio Oggi' # a local paper", 'author: Redazione #1', '---', '', 'Il primo paragrafo.', ''].join('\n'), 'farmaci.md');
    expect(article.meta.title).toBe("Farmaci introvabili, scatta l'allarme");
    expect(article.meta.source).toBe('Reggio Oggi');
    expect(article.meta.author).toBe('Redazione #1');
  });
});
