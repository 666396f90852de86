import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedParse, isStoredTable, LazyTable, storeTable } from '../src/lexiconCache.js';
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

describe('a table read back entry by entry', () => {
  const source = new Map<string, unknown>([
    ['zeta', { terms: ['z'], text: 'zeta' }],
    ['alfa', new Map([['a', 1]])],
    ['~written', ['x', 'y']],
    ['mezzo', null],
  ]);
  const stored = () => structuredClone(storeTable(source));

  it('GIVEN a stored map THEN every key finds its value, and keys it does not hold find nothing', () => {
    const table = new LazyTable<unknown>(stored());
    for (const [k, v] of source) {
      expect(table.has(k)).toBe(true);
      expect(table.get(k)).toEqual(v);
    }
    for (const k of ['', 'alf', 'alfaa', 'zz', '~writte']) {
      expect(table.has(k)).toBe(false);
      expect(table.get(k)).toBeUndefined();
    }
    expect(table.size).toBe(4);
  });

  it('GIVEN a stored map THEN iteration keeps its order, as a Map would', () => {
    const table = new LazyTable<unknown>(stored());
    expect([...table.keys()]).toEqual([...source.keys()]);
    expect([...table].map(([k]) => k)).toEqual([...source.keys()]);
    expect([...table.values()]).toEqual([...source.values()]);
    const seen: string[] = [];
    table.forEach((_, k) => seen.push(k));
    expect(seen).toEqual([...source.keys()]);
  });

  it('GIVEN a value asked for twice THEN the same decoded object comes back', () => {
    const table = new LazyTable<unknown>(stored());
    expect(table.get('alfa')).toBe(table.get('alfa'));
  });

  it('GIVEN data that is not a stored table (parts missing or sizes that disagree) THEN it is refused', () => {
    const good = stored();
    expect(isStoredTable(good)).toBe(true);
    expect(isStoredTable(null)).toBe(false);
    expect(isStoredTable({ ...good, keys: good.keys.slice(1) })).toBe(false);
    expect(isStoredTable({ ...good, bytes: good.bytes.subarray(1) })).toBe(false);
    expect(isStoredTable({ ...good, offsets: [...good.offsets] })).toBe(false);
  });
});
