import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createCore, createCoreAsync, type BranoCore } from '../../src/core/brano.js';
import { loadCorpus, parseArticle } from '../../src/core/corpus.js';
import { synthArticles } from '../../scripts/synthCorpus.js';
import { loadLexicons } from '../../src/lexicons.js';

const turn = () => setImmediate();

const CORPORA = ['test/fixtures/corpora/mini', 'test/fixtures/discord', 'corpus'];

// Questions of the sample sets, plus each paragraph's opening words: equivalence needs many questions, not good ones.
function questionsFor(core: BranoCore): string[] {
  const sets = ['questions.it.jsonl', 'questions.en.jsonl'].flatMap((f) =>
    readFileSync(join(PROJECT_ROOT, 'test/fixtures', f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .slice(0, 15)
      .map((l) => (JSON.parse(l) as { q: string }).q),
  );
  const openings = core.articles.flatMap((a) => a.paragraphs.map((p) => p.text.split(/\s+/).slice(0, 8).join(' ')));
  return [...sets, ...openings];
}

// Everything a command can show, as plain data.
function everything(core: BranoCore): unknown {
  const sections = core.sections();
  return {
    articles: core.articles,
    sections,
    names: [...core.index.names].sort(),
    averageLength: core.index.averageLength,
    asks: questionsFor(core).map((q) => core.ask(q)),
    summaries: [
      core.summarize(),
      ...core.articles.map((a) => core.summarize({ article: a.slug })),
      ...sections.map((s) => core.summarize({ article: s.article, section: s.id })),
      core.summarize({ topic: core.articles[0]?.meta.title ?? '' }),
    ],
    people: core.people(),
    quotes: core.people().map((p) => core.quote(p.name)),
  };
}

describe('createCoreAsync', () => {
  it.each(CORPORA)('GIVEN the corpus %s THEN it builds a core that answers, lists and summarises exactly like createCore', async (folder) => {
    const dir = join(PROJECT_ROOT, folder);
    const articles = loadCorpus(dir);
    const steps: number[] = [];
    const built = await createCoreAsync(articles, { lexicons: loadLexicons(dir) }, { yieldToLoop: turn, onStep: (ms) => steps.push(ms) });
    expect(everything(built)).toEqual(everything(createCore(articles, { lexicons: loadLexicons(dir) })));
    // One step per article analysed, one between the two final index builds, and the last one.
    expect(steps.length).toBeGreaterThanOrEqual(articles.length + 2);
  });

  it('GIVEN articles without headings THEN they are segmented into the same automatic sections as createCore makes', async () => {
    const dir = join(PROJECT_ROOT, 'test/fixtures/segmentation');
    const articles = loadCorpus(dir);
    expect(articles.some((a) => a.sections.every((s) => s.automatic))).toBe(true);
    const built = await createCoreAsync(articles, {}, { yieldToLoop: turn, yieldEvery: 2 });
    expect(everything(built)).toEqual(everything(createCore(articles)));
  });

  it('GIVEN a 300-article corpus WHEN it is built THEN a timer keeps firing during the build, which it would not behind createCore', async () => {
    // Every other article loses its headings, so segmentation runs in the build too.
    const articles = [...synthArticles({ paragraphs: 1200, seed: 3, paragraphsPerArticle: 4, minWords: 20, maxWords: 40 })].map((a, i) =>
      parseArticle(i % 2 ? a.text.replace(/^## .*\n\n/gm, '') : a.text, a.file),
    );
    expect(articles).toHaveLength(300);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      createCore(articles);
      expect(ticks).toBe(0);
      const core = await createCoreAsync(articles, {}, { yieldToLoop: turn });
      expect(ticks).toBeGreaterThanOrEqual(3);
      expect(core.articles).toHaveLength(300);
    } finally {
      clearInterval(timer);
    }
  });

  it('GIVEN a yieldEvery that is not a positive integer THEN it throws', async () => {
    await expect(createCoreAsync([], {}, { yieldToLoop: turn, yieldEvery: 0 })).rejects.toThrow(/^createCoreAsync: yieldEvery must be a positive integer/);
  });
});
