import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/brano.js';
import { loadCorpus } from '../../src/core/corpus.js';
import { SUMMARY_MAX_CHARS } from '../../src/core/summarize.js';
import { loadLexicons } from '../../src/lexicons.js';

/**
 * The 24 SQuAD-it dev articles (Wikipedia paragraphs, no headings): every whole-article summary keeps the rules the
 * summary scorer checks, and every automatic section has a title a reader would write.
 */
const CORPUS = resolve(import.meta.dirname, '..', 'fixtures', 'squad-it-dev', 'corpus');
const core = createCore(loadCorpus(CORPUS), { lexicons: loadLexicons(CORPUS) });
const norm = (s: string) => s.normalize('NFC').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();

// A sentence cut after an initial ("… di Allan L.") or one of the abbreviations the issue names.
const ENDS_IN_INITIAL = /(?:^|[\s(.'’"])\p{L}\.$/u;
const ENDS_IN_ABBREVIATION = /(?:^|[\s('’"])(?:c|ca|ecc|sig|dott|pag|art|n|vol|S\.p\.A)\.$/u;
// "Padre, Martin Sekuli e Gospi": three or more names in a list.
const LIST_OF_THREE = /^[^,]+(?:,\s*[^,]+)+\s+(?:e|ed|and)\s+\S/u;
// "I linfociti B, quindi, mostrano …": a connective set off by commas in the opening clause goes on from the sentence before.
const GOES_ON = /^[^.;:!?]{0,60}?,\s*(?:infatti|quindi|dunque|però|tuttavia|inoltre|invece|pertanto)\s*,/iu;

describe('whole-article summaries of the SQuAD-it dev articles', () => {
  it('GIVEN the dev corpus THEN it holds the 24 articles, none with written headings', () => {
    expect(core.articles).toHaveLength(24);
    for (const a of core.articles) expect(a.sections.every((s) => s.automatic), a.slug).toBe(true);
  });

  it.each(core.articles.map((a) => a.slug))('GIVEN %s THEN its summary is verbatim, cited, in order, within 1,500 characters, holds a sentence of ¶1, no sentence cut at an initial or abbreviation and none going on from a sentence left out ("X, quindi, …")', (slug) => {
    const article = core.articles.find((a) => a.slug === slug)!;
    const result = core.summarize({ article: slug });
    expect(result.kind).toBe('summary');
    if (result.kind !== 'summary') return;
    expect(result.sentences.length).toBeGreaterThan(0);
    let last = 0;
    let chars = 0;
    for (const s of result.sentences) {
      expect(s.article).toBe(slug);
      const paragraph = article.paragraphs[s.paragraph - 1];
      expect(paragraph, `¶${s.paragraph}`).toBeDefined();
      expect(norm(paragraph!.text), s.text).toContain(norm(s.text));
      expect(s.paragraph).toBeGreaterThanOrEqual(last);
      last = s.paragraph;
      chars += norm(s.text).length;
      expect(s.text, 'ends in an initial').not.toMatch(ENDS_IN_INITIAL);
      expect(s.text, 'ends in an abbreviation').not.toMatch(ENDS_IN_ABBREVIATION);
    }
    expect(chars).toBeLessThanOrEqual(SUMMARY_MAX_CHARS);
    // (a sentence that goes on from the one before comes only after it)
    result.sentences.forEach((s, i) => {
      if (!GOES_ON.test(s.text)) return;
      const own = article.paragraphs[s.paragraph - 1]!.sentences.map((x) => norm(x.text));
      const before = own[own.indexOf(norm(s.text)) - 1];
      expect(before !== undefined && norm(result.sentences[i - 1]?.text ?? '') === before, s.text).toBe(true);
    });
    expect(result.sentences.some((s) => s.paragraph === 1)).toBe(true);
    expect(new Set(result.sentences.map((s) => s.text)).size).toBe(result.sentences.length);
  });
});

describe('automatic sections of the SQuAD-it dev articles', () => {
  it.each(core.articles.map((a) => a.slug))('GIVEN %s THEN its sections tile it, each titled by a phrase of its own text that is no list of names', (slug) => {
    const article = core.articles.find((a) => a.slug === slug)!;
    const sections = core.sections(slug);
    expect(sections.length).toBeGreaterThan(1);
    let next = 1;
    for (const s of sections) {
      expect(s.from).toBe(next);
      next = s.to + 1;
      const text = article.paragraphs
        .slice(s.from - 1, s.to)
        .map((p) => p.text)
        .join('\n')
        .toLowerCase();
      expect(text, s.title).toContain(s.title.toLowerCase());
      expect(s.title).not.toMatch(LIST_OF_THREE);
      expect(s.title.length).toBeLessThanOrEqual(100);
    }
    expect(next).toBe(article.paragraphs.length + 1);
    expect(new Set(sections.map((s) => s.title.toLowerCase())).size).toBe(sections.length);
  });
});
