import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, type BranoCore } from '../../src/core/brano.js';
import { loadCorpus } from '../../src/core/corpus.js';
import { loadLexicons } from '../../src/lexicons.js';

// English questions over Italian SQuAD-it articles Brano has no word list for (test/fixtures/english-dev, written
// for Brano's tests; the article text is CC BY-SA 4.0), each asked of its own article with the general English
// layer alone (src/lexicon/*en-it.txt, cognates, WordNet's exception lists; no corpus lexicon), measured as
// `node dist/scripts/evalEnglish.js --lexicon none` does. Whole set today: R@1 0.861, R@3 0.922, Answer@1 0.814,
// 2.6 % refused, 88 % of other articles' questions declined (before the aligned wordnets' English → Italian list:
// 0.831, 0.905, 0.784, 4.8 %, 89 %). The issue asks for R@1 ≥ 0.65 and ≤ 5 % refused; the
// other floors sit a little under these figures.
interface Question {
  readonly article: string;
  readonly question: string;
  readonly paragraph: number;
  readonly answers: readonly string[];
  readonly half: 'tune' | 'check';
}
const ROOT = resolve(import.meta.dirname, '../..');
const questions: Question[] = readFileSync(join(ROOT, 'test/fixtures/english-dev/questions.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Question);
const articles = loadCorpus(join(ROOT, 'test/fixtures/squad-it-dev/corpus'));
const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');

describe('English questions over unseen Italian articles (english-dev)', () => {
  const bilingual = loadLexicons().bilingual;
  const cores = new Map<string, BranoCore>();
  const coreOf = (slug: string) => {
    let core = cores.get(slug);
    if (!core) cores.set(slug, (core = createCore(articles.filter((a) => a.slug === slug))));
    return core;
  };
  const tally = { n: 0, r1: 0, a1: 0, refused: 0 };
  for (const q of questions) {
    const r = coreOf(q.article).ask(q.question, { limit: 3, bilingual });
    tally.n++;
    if (!r.answered) tally.refused++;
    else {
      if (r.passages[0]?.paragraph === q.paragraph) tally.r1++;
      if (q.answers.some((a) => norm(r.passages[0]!.excerpt).includes(norm(a)))) tally.a1++;
    }
  }

  it('GIVEN the set THEN it holds at least 150 questions over at least 3 articles, none about Super Bowl 50, in two halves', () => {
    expect(questions.length).toBeGreaterThanOrEqual(150);
    expect(new Set(questions.map((q) => q.article)).size).toBeGreaterThanOrEqual(3);
    expect(questions.some((q) => q.article === 'super-bowl-50')).toBe(false);
    expect(questions.filter((q) => q.half === 'tune').length).toBeGreaterThan(100);
    expect(questions.filter((q) => q.half === 'check').length).toBeGreaterThan(100);
  });

  it('GIVEN each gold answer THEN it is verbatim text of its gold paragraph', () => {
    for (const q of questions) {
      const article = articles.find((a) => a.slug === q.article)!;
      const paragraph = article.paragraphs.find((p) => p.number === q.paragraph)!;
      expect(q.answers.some((a) => norm(paragraph.text).includes(norm(a))), q.question).toBe(true);
    }
  });

  it('GIVEN the general English layer alone THEN R@1 ≥ 0.84, Answer@1 ≥ 0.79 and at most 4 % refused', () => {
    expect(tally.r1 / tally.n).toBeGreaterThanOrEqual(0.84);
    expect(tally.a1 / tally.n).toBeGreaterThanOrEqual(0.79);
    expect(tally.refused / tally.n).toBeLessThanOrEqual(0.04);
  });

  it('GIVEN a question of another article THEN nine in ten are declined', () => {
    let declined = 0;
    let n = 0;
    for (const slug of new Set(questions.map((q) => q.article))) {
      for (const q of questions.filter((x) => x.article !== slug).filter((_, i) => i % 10 === 0)) {
        n++;
        if (!coreOf(slug).ask(q.question, { limit: 3, bilingual }).answered) declined++;
      }
    }
    expect(declined / n).toBeGreaterThanOrEqual(0.9);
  });
});
