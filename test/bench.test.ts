import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticle, loadCorpus } from '../src/core/corpus.js';
import { isStopword } from '../src/core/analysis.js';
import { mulberry32, synthArticles, synthQueries, synthVocabulary, writeSynthCorpus, zipfSampler } from '../scripts/synthCorpus.js';
import { quantile } from '../scripts/bench.js';

describe('synthetic corpus generator', () => {
  it('GIVEN a size and a seed THEN it writes valid corpus articles of 40–100-word paragraphs', () => {
    const articles = [...synthArticles({ paragraphs: 45, seed: 3 })];
    expect(articles.map((a) => a.paragraphs.length)).toEqual([20, 20, 5]);
    for (const a of articles) {
      const parsed = parseArticle(a.text, a.file);
      expect(parsed.meta.lang).toBe('it');
      expect(parsed.paragraphs.map((p) => p.text)).toEqual(a.paragraphs);
      expect(parsed.sections.length).toBe(Math.ceil(a.paragraphs.length / 5));
      for (const p of a.paragraphs) {
        const words = p.split(/\s+/).length;
        expect(words).toBeGreaterThanOrEqual(40);
        expect(words).toBeLessThanOrEqual(100);
      }
    }
  });

  it('GIVEN the same seed THEN the corpus is the same, and another seed gives another corpus', () => {
    const a = [...synthArticles({ paragraphs: 10, seed: 11 })];
    const b = [...synthArticles({ paragraphs: 10, seed: 11 })];
    const c = [...synthArticles({ paragraphs: 10, seed: 12 })];
    expect(a).toEqual(b);
    expect(a[0]!.text).not.toBe(c[0]!.text);
  });

  it('GIVEN a folder THEN writeSynthCorpus writes files that loadCorpus serves', () => {
    const dir = mkdtempSync(join(tmpdir(), 'brano-synth-'));
    try {
      expect(writeSynthCorpus(dir, { paragraphs: 30, seed: 1, paragraphsPerArticle: 7 })).toEqual({ articles: 5, paragraphs: 30 });
      expect(readdirSync(dir)).toHaveLength(5);
      const corpus = loadCorpus(dir);
      expect(corpus.flatMap((x) => x.paragraphs)).toHaveLength(30);
      expect(readFileSync(join(dir, corpus[0]!.file), 'utf8')).toMatch(/^---\ntitle: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('GIVEN the vocabulary THEN it mixes function words, real article words and common Italian words, Zipf-ranked', () => {
    const { words, stopwords } = synthVocabulary();
    expect(words.slice(0, 3)).toEqual(['di', 'e', 'il']);
    expect(words).toContain('llama');
    expect(words).toContain('governo');
    expect(new Set(words).size).toBe(words.length);
    const sample = zipfSampler(words.length, 1, mulberry32(1));
    const counts = new Map<number, number>();
    for (let i = 0; i < 20000; i++) {
      const r = sample();
      counts.set(r, (counts.get(r) ?? 0) + 1);
    }
    expect(counts.get(0)!).toBeGreaterThan(counts.get(9) ?? 0);
    expect(counts.get(0)!).toBeGreaterThan(5 * (counts.get(99) ?? 0));
    expect(stopwords.has('di')).toBe(true);
  });

  it('GIVEN a seed THEN queries are 3–6 distinct content words, reproducible', () => {
    const queries = synthQueries(50, 4);
    expect(synthQueries(50, 4)).toEqual(queries);
    for (const q of queries) {
      const words = q.split(' ');
      expect(words.length).toBeGreaterThanOrEqual(3);
      expect(words.length).toBeLessThanOrEqual(6);
      expect(new Set(words).size).toBe(words.length);
      for (const w of words) expect(isStopword(w, 'it')).toBe(false);
    }
  });
});

describe('bench statistics', () => {
  it('GIVEN samples THEN quantile takes the nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(quantile(xs, 0.5)).toBe(50);
    expect(quantile(xs, 0.99)).toBe(99);
    expect(quantile([7], 0.99)).toBe(7);
    expect(quantile([], 0.5)).toBe(0);
  });
});
