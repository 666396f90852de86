import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analysis.js';
import { lazySynonyms, parseSynonyms } from '../../src/core/synonyms.js';
import { SYNONYMS_FILE, loadSynonyms } from '../../src/lexicons.js';

// src/lexicon/multiwordnet/it-synsets.txt: MultiWordNet's Italian synsets (CC BY 3.0), compiled by
// scripts/compileMultiWordNet.ts; src/core/synonyms.ts reads it by analysed term.
const ROOT = resolve(import.meta.dirname, '../..');
const term = (word: string) => analyze(word, 'it')[0]!.term;

describe('general synonyms', () => {
  it('GIVEN a synset THEN each one-word lemma lends the others, as analysed terms, and a phrase lends its words together but is no key', () => {
    const table = parseSynonyms('# a comment\n\npubblicare, rilasciare, dare alle stampe\n');
    expect(table.get(term('pubblicare'))).toEqual([[term('rilasciare')], analyze('dare alle stampe', 'it').map((t) => t.term)]);
    expect(table.get(term('rilasciare'))).toContainEqual([term('pubblicare')]);
    expect([...table.keys()]).toHaveLength(2);
  });

  it('GIVEN a word in two synsets THEN it lends the members of both, each once', () => {
    const table = parseSynonyms('fondare, istituire\nfondare, istituire, basare\n');
    expect(table.get(term('fondare'))).toEqual([[term('istituire')], [term('basare')]]);
  });

  it('GIVEN a lazy source THEN the table is read at the first look-up, once', () => {
    let reads = 0;
    const synonyms = lazySynonyms(() => {
      reads++;
      return parseSynonyms('costruire, erigere');
    });
    expect(reads).toBe(0);
    expect(synonyms.lookup(term('costruire'))).toEqual([[term('erigere')]]);
    expect(synonyms.lookup('nessuno')).toEqual([]);
    expect(reads).toBe(1);
  });

  describe('loaded through the compiled-lexicon cache', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'brano-synonyms-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('GIVEN a synset file parsed once and read back from the cache THEN the look-ups are the same, and a missing file gives none', () => {
      const file = join(dir, 'synsets.txt');
      writeFileSync(file, 'costruire, edificare, erigere\nautomobile, auto, macchina\n');
      const cache = join(dir, 'cache');
      const parsed = loadSynonyms(file, cache);
      const first = parsed.lookup(term('costruire'));
      expect(first).toContainEqual([term('erigere')]);
      const read = loadSynonyms(file, cache);
      expect(read.lookup(term('costruire'))).toEqual(first);
      expect(read.lookup(term('automobile'))).toEqual(parsed.lookup(term('automobile')));
      expect(loadSynonyms(join(dir, 'missing.txt'), cache).lookup(term('costruire'))).toEqual([]);
    });
  });

  it('GIVEN the shipped file THEN it names its source, version and licence, and links everyday synonyms', () => {
    const head = readFileSync(SYNONYMS_FILE, 'utf8').slice(0, 2000);
    expect(head).toMatch(/MultiWordNet/);
    expect(head).toMatch(/Creative Commons Attribution 3\.0/);
    expect(head).toMatch(/omw-data at commit [0-9a-f]{40}/);
    expect(SYNONYMS_FILE.startsWith(join(ROOT, 'src', 'lexicon'))).toBe(true);
    const shipped = loadSynonyms();
    expect(shipped.lookup(term('pubblicare'))).toContainEqual([term('rilasciare')]);
    expect(shipped.lookup(term('automobile'))).toContainEqual([term('macchina')]);
  });
});
