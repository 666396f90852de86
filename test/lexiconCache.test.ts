import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedParse } from '../src/lexiconCache.js';
import { parseThesaurus, Thesaurus } from '../src/core/thesaurus.js';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'brano-lexcache-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const parseVia = (dir: string, text: string, counter: { n: number }) =>
  cachedParse('thesaurus-test', text, () => (counter.n++, parseThesaurus(text)), (t) => t.snapshot(), Thesaurus.fromSnapshot, dir);

describe('compiled lexicon cache', () => {
  it('GIVEN the same text twice THEN parses once and the cached thesaurus answers like the parsed one', () => {
    const dir = tempDir();
    const counter = { n: 0 };
    const text = 'rilasciare, pubblicare, lanciare\nsoldi > dollari';
    const first = parseVia(dir, text, counter);
    const second = parseVia(dir, text, counter);
    expect(counter.n).toBe(1);
    expect(second.lookup(['pubblic']).map((e) => e.text)).toEqual(first.lookup(['pubblic']).map((e) => e.text));
    expect(second.lookup(['sold']).map((e) => e.text)).toEqual(['dollari']);
    expect(second.maxPhraseLength).toBe(first.maxPhraseLength);
  });

  it('GIVEN an edited text THEN the cache misses and the new groups are used', () => {
    const dir = tempDir();
    const counter = { n: 0 };
    parseVia(dir, 'capo, dirigente', counter);
    const edited = parseVia(dir, 'capo, dirigente, boss', counter);
    expect(counter.n).toBe(2);
    expect(edited.lookup(['capo']).map((e) => e.text)).toContain('boss');
  });

  it('GIVEN a corrupt cache entry THEN the text is parsed again and the entry replaced', () => {
    const dir = tempDir();
    const counter = { n: 0 };
    parseVia(dir, 'auto, macchina', counter);
    for (const f of readdirSync(dir)) writeFileSync(join(dir, f), 'not a snapshot');
    const again = parseVia(dir, 'auto, macchina', counter);
    expect(counter.n).toBe(2);
    expect(again.lookup(['macchin']).map((e) => e.text)).toEqual(['auto']);
    expect(parseVia(dir, 'auto, macchina', counter).lookup(['auto']).length).toBe(1);
    expect(counter.n).toBe(2);
  });

  it('GIVEN a cache folder that cannot be written THEN the text is still parsed', () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, '');
    const counter = { n: 0 };
    const th = parseVia(join(file, 'sub'), 'gatto, micio', counter);
    expect(th.lookup(['gatt']).map((e) => e.text)).toEqual(['micio']);
  });
});
