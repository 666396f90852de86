import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TfIdfIndex, termLookupTable, type Hit, type WeightedTerm } from '../../src/core/tfidfIndex.js';

/** The reference: BM25 written the obvious way, every document scored, then sorted (ties by document id). */
function naiveTopK(docs: readonly (readonly string[])[], query: readonly WeightedTerm[], k: number, k1 = 1.2, b = 0.75): Hit[] {
  const n = docs.length;
  const avgdl = n ? docs.reduce((a, d) => a + d.length, 0) / n || 1 : 1;
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  // Same query semantics as the index: repeated terms merge, first appearance fixes the order.
  const merged = new Map<string, number>();
  for (const { term, weight } of query) if (df.has(term)) merged.set(term, (merged.get(term) ?? 0) + weight);
  const hits: Hit[] = [];
  docs.forEach((terms, doc) => {
    let score = 0;
    for (const [term, weight] of merged) {
      if (weight === 0) continue;
      const tf = terms.filter((t) => t === term).length;
      if (!tf) continue;
      const f = df.get(term)!;
      const idf = Math.log(1 + (n - f + 0.5) / (f + 0.5));
      const norm = k1 * (1 - b + (b * terms.length) / avgdl);
      score += weight * Math.fround((idf * (tf * (k1 + 1))) / (tf + norm));
    }
    if (score > 0) hits.push({ doc, score });
  });
  hits.sort((x, y) => y.score - x.score || x.doc - y.doc);
  return hits.slice(0, k);
}

const word = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'common', 'rare');
// Many short documents over a tiny vocabulary: lots of equal scores, so tie order is exercised.
const corpus = fc.array(fc.array(word, { minLength: 0, maxLength: 8 }), { minLength: 0, maxLength: 120 });
const query = fc.array(
  fc.record({ term: fc.oneof(word, fc.constant('unknown')), weight: fc.constantFrom(1, 1, 1, 0.5, 0.25, 2, 0) }),
  { minLength: 0, maxLength: 6 },
);

describe('TfIdfIndex', () => {
  it('GIVEN two documents WHEN searching a term of the second THEN the second ranks first', () => {
    const index = TfIdfIndex.build([['llama', 'meta'], ['android', 'google']]);
    expect(index.search([{ term: 'android', weight: 1 }], 1)).toEqual([{ doc: 1, score: expect.any(Number) }]);
    expect(index.size).toBe(2);
    expect(index.vocabularySize).toBe(4);
    expect(index.has('meta')).toBe(true);
    expect(index.has('openai')).toBe(false);
  });

  it('GIVEN random corpora and queries THEN search returns exactly the exhaustive top-k, ties by document id', () => {
    fc.assert(
      fc.property(corpus, query, fc.integer({ min: 1, max: 15 }), (docs, q, k) => {
        const index = TfIdfIndex.build(docs);
        expect(index.search(q, k)).toEqual(naiveTopK(docs, q, k));
      }),
      { numRuns: 400 },
    );
  });

  it('GIVEN an index read back from its content with a stored term table THEN every term, known or not, is found as in the built index, and search gives the same hits', () => {
    const vocabulary = ['a', 'b', 'c', 'd', 'e', 'città', 'perché', 'llama2', 'x-y', 'ab', 'ba'];
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...vocabulary), { maxLength: 8 }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.constantFrom(...vocabulary, 'zz', 'citta', ''), { minLength: 1, maxLength: 4 }),
        (docs, query) => {
          const built = TfIdfIndex.build(docs);
          const data = built.toData();
          const read = TfIdfIndex.fromData({ ...data, lookup: termLookupTable(data.terms) });
          for (const t of [...vocabulary, 'zz', 'citta', '']) {
            expect([read.has(t), read.df(t), read.idf(t)]).toEqual([built.has(t), built.df(t), built.idf(t)]);
          }
          expect(read.vocabularySize).toBe(built.vocabularySize);
          const q = query.map((term) => ({ term, weight: 1 }));
          expect(read.search(q, 5)).toEqual(built.search(q, 5));
        },
      ),
    );
  });

  it('GIVEN a stored term table that misses a term, names one that does not exist or is too small THEN reading the index back fails', () => {
    const data = TfIdfIndex.build([['a', 'b'], ['c']]).toData();
    const table = termLookupTable(data.terms);
    const missing = table.slice();
    missing[missing.indexOf(1)] = -1;
    const outside = table.slice();
    outside[outside.indexOf(-1)] = 7;
    for (const lookup of [missing, outside, table.subarray(0, 4)]) expect(() => TfIdfIndex.fromData({ ...data, lookup })).toThrow(RangeError);
  });

  it('GIVEN random corpora and queries THEN the top-k is the head of scoreAll sorted', () => {
    fc.assert(
      fc.property(corpus, query, fc.integer({ min: 1, max: 10 }), (docs, q, k) => {
        const index = TfIdfIndex.build(docs, { k1: 0.9, b: 0.4 });
        const all = index.scoreAll(q);
        const expected = [...all]
          .map((score, doc) => ({ doc, score }))
          .filter((h) => h.score > 0)
          .sort((x, y) => y.score - x.score || x.doc - y.doc)
          .slice(0, k);
        expect(index.search(q, k)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN a large corpus with a term in every document THEN pruned search equals exhaustive scoring', () => {
    // Big enough that MaxScore (not the exhaustive path) runs, with a common term and a few rare ones.
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const vocab = Array.from({ length: 300 }, (_, i) => `w${i}`);
    const docs = Array.from({ length: 3000 }, () => {
      const len = 5 + Math.floor(rnd() * 30);
      const terms = ['common'];
      for (let i = 0; i < len; i++) terms.push(vocab[Math.floor(vocab.length * rnd() ** 3)]!);
      return terms;
    });
    const index = TfIdfIndex.build(docs);
    for (let i = 0; i < 200; i++) {
      const q: WeightedTerm[] = [{ term: 'common', weight: 1 }];
      const m = 1 + Math.floor(rnd() * 5);
      for (let j = 0; j < m; j++) q.push({ term: vocab[Math.floor(vocab.length * rnd())]!, weight: rnd() < 0.3 ? 0.5 : 1 });
      const k = 1 + Math.floor(rnd() * 20);
      expect(index.search(q, k)).toEqual(naiveTopK(docs, q, k));
    }
  });

  it('GIVEN negative weights THEN search still matches the exhaustive scores', () => {
    const docs = [['a', 'b'], ['a'], ['b'], ['a', 'c'], ['c']];
    const index = TfIdfIndex.build(docs);
    const q = [{ term: 'a', weight: 1 }, { term: 'b', weight: -0.5 }];
    expect(index.search(q, 5)).toEqual(naiveTopK(docs, q, 5));
  });

  it('GIVEN a range of documents THEN scoreRange equals that slice of scoreAll', () => {
    fc.assert(
      fc.property(corpus, query, fc.nat(130), fc.nat(130), (docs, q, x, y) => {
        const index = TfIdfIndex.build(docs);
        const [from, to] = x <= y ? [x, y] : [y, x];
        const all = index.scoreAll(q);
        expect([...index.scoreRange(q, from, to)]).toEqual([...all.slice(from, Math.min(to, docs.length))]);
      }),
      { numRuns: 200 },
    );
  });

  it('GIVEN terms THEN df, idf, docLength, maxTermImpact and maxScore describe the corpus', () => {
    const index = TfIdfIndex.build([['x', 'x', 'y'], ['y'], ['z', 'y', 'y']]);
    expect(index.df('y')).toBe(3);
    expect(index.df('x')).toBe(1);
    expect(index.df('nope')).toBe(0);
    expect(index.idf('x')).toBeGreaterThan(index.idf('y'));
    expect(index.idf('nope')).toBe(0);
    expect(index.docLength(0)).toBe(3);
    expect(index.docLength(9)).toBe(0);
    expect(index.postingCount).toBe(5);
    const q = [{ term: 'x', weight: 1 }, { term: 'z', weight: 0.5 }];
    const best = index.search(q, 1)[0]!;
    expect(index.maxScore(q)).toBeGreaterThanOrEqual(best.score);
    expect(index.maxTermImpact('x')).toBeCloseTo(index.search([{ term: 'x', weight: 1 }], 1)[0]!.score, 6);
  });

  it('GIVEN an empty corpus, an empty query or k ≤ 0 THEN search returns nothing', () => {
    expect(TfIdfIndex.build([]).search([{ term: 'a', weight: 1 }], 3)).toEqual([]);
    const index = TfIdfIndex.build([['a']]);
    expect(index.search([], 3)).toEqual([]);
    expect(index.search([{ term: 'a', weight: 1 }], 0)).toEqual([]);
    expect(index.search([{ term: 'a', weight: 1 }], Infinity)).toHaveLength(1);
    expect(index.search([{ term: 'a', weight: 1 }], Number.NaN)).toEqual([]);
  });
});
