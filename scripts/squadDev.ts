/**
 * The SQuAD-it dev articles the fitting scripts learn from (test/fixtures/squad-it-dev): its questions, its articles,
 * the lexicons the CLI would serve that folder with, and which half each article belongs to (articles in
 * alphabetical order, the training half at even positions, the validation half at odd ones).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { loadCorpus } from '../src/core/corpus.js';
import type { Article } from '../src/core/types.js';
import { loadLexicons, type LoadedLexicons } from '../src/lexicons.js';

/** One question with its gold paragraph and answers. */
export interface SquadQuestion {
  readonly id: string;
  readonly article: string;
  readonly question: string;
  readonly paragraph: number;
  readonly answers: readonly string[];
}

/** The dev set as the fitting scripts read it. */
export interface SquadDev {
  readonly questions: readonly SquadQuestion[];
  readonly articles: Article[];
  readonly lexicons: LoadedLexicons;
  /** 0 for the training half, 1 for the validation half. */
  readonly halfOf: (slug: string) => 0 | 1;
}

/**
 * Reads the dev set.
 * @returns its questions, articles, lexicons and halves
 */
export function loadSquadDev(): SquadDev {
  const dir = join(PROJECT_ROOT, 'test', 'fixtures', 'squad-it-dev');
  const questions = readFileSync(join(dir, 'questions.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as SquadQuestion);
  const articles = loadCorpus(join(dir, 'corpus'));
  const slugs = articles.map((a) => a.slug).sort();
  return { questions, articles, lexicons: loadLexicons(join(dir, 'corpus')), halfOf: (slug) => (slugs.indexOf(slug) % 2) as 0 | 1 };
}
