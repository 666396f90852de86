import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { createCore } from '../../src/core/brano.js';
import { loadCorpus } from '../../src/core/corpus.js';
import { passageAt, passageShape, questionTerms } from '../../src/core/passage.js';
import { loadLexicons } from '../../src/lexicons.js';

const core = createCore(loadCorpus(resolve(PROJECT_ROOT, 'corpus')), { lexicons: loadLexicons(resolve(PROJECT_ROOT, 'corpus')) });

describe('passageAt', () => {
  it('GIVEN every passage ask returns for questions made of the corpus’s own words THEN the passage rebuilt from (article, ¶, its shape, question terms) is the same', () => {
    let checked = 0;
    for (const article of core.articles) {
      for (const p of article.paragraphs) {
        for (const s of p.sentences) {
          const question = s.text.split(/\s+/).slice(0, 7).join(' ');
          const result = core.ask(question, { limit: 5 });
          for (const passage of result.passages) {
            const at = core.articles.find((a) => a.slug === passage.article)!;
            const paragraph = at.paragraphs[passage.paragraph - 1]!;
            const rebuilt = passageAt(at, passage.paragraph, passageShape(paragraph, passage), questionTerms(core.index, question));
            expect(rebuilt, `${question} → ¶${passage.paragraph}`).toEqual({ ...passage, score: 0 });
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('GIVEN an English question THEN its terms are the Italian index terms it matches', () => {
    const question = 'Who released the model?';
    const result = core.ask(question, { limit: 1 });
    const passage = result.passages[0] ?? result.closest?.[0];
    expect(passage).toBeDefined();
    const at = core.articles.find((a) => a.slug === passage!.article)!;
    const rebuilt = passageAt(at, passage!.paragraph, passageShape(at.paragraphs[passage!.paragraph - 1]!, passage!), questionTerms(core.index, question));
    expect(rebuilt?.matches).toEqual(passage!.matches);
    expect(rebuilt?.matches.length).toBeGreaterThan(0);
  });

  it('GIVEN a ¶ or sentences the article does not have THEN undefined; GIVEN no terms THEN no matched words', () => {
    const article = core.articles[0]!;
    const one = { sentence: 0, before: 0, after: 0 };
    expect(passageAt(article, 0, one)).toBeUndefined();
    expect(passageAt(article, article.paragraphs.length + 1, one)).toBeUndefined();
    expect(passageAt(article, 1, { ...one, sentence: 99 })).toBeUndefined();
    expect(passageAt(article, 1, { ...one, after: 99 })).toBeUndefined();
    const plain = passageAt(article, 1, one)!;
    expect(plain.matches).toEqual([]);
    expect(article.paragraphs[0]!.text).toContain(plain.excerpt.replace(/^…|…$/gu, ''));
  });
});
