/**
 * Scoring of the casual question set (test/fixtures/casual): questions about the shipped article typed as people
 * type in a chat, and questions that ask it for facts it does not give. Shared by `scripts/evalCasual.ts` and the
 * quality test, so both report the same figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AskResult } from '../src/core/ask.js';

/** One question of the set. */
export interface CasualQuestion {
  readonly id: string;
  readonly lang: 'it' | 'en';
  readonly q: string;
  /** The ¶ that answer it; empty for a question the article does not answer. */
  readonly gold: readonly number[];
  /** A verbatim piece of the gold ¶ that answers it. */
  readonly answer?: string;
  /** `tune` (rules may be studied on it) or `check` (reported beside it). */
  readonly half: 'tune' | 'check';
}

/** Figures on one half (or both) of the set. */
export interface CasualScore {
  readonly answerable: number;
  /** Share of answerable questions whose first passage is a gold ¶. */
  readonly r1: number;
  /** Answerable questions declined. */
  readonly wrongRefusals: number;
  readonly unanswerable: number;
  /** Share of unanswerable questions declined. */
  readonly declined: number;
  /** Answerable questions whose first passage is not gold, with what came first (`-` for a refusal). */
  readonly misses: readonly { readonly id: string; readonly q: string; readonly gold: readonly number[]; readonly got: string }[];
  /** Unanswerable questions that were answered, with the ¶ given. */
  readonly answered: readonly { readonly id: string; readonly q: string; readonly got: string }[];
}

/**
 * Reads the set.
 * @param root - the project's root
 * @returns the answerable and the unanswerable questions
 */
export function readCasualSet(root: string): { answerable: CasualQuestion[]; unanswerable: CasualQuestion[] } {
  const read = (file: string) =>
    readFileSync(join(root, 'test', 'fixtures', 'casual', file), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as CasualQuestion);
  return { answerable: read('answerable.jsonl'), unanswerable: read('unanswerable.jsonl') };
}

/**
 * Asks every question and scores the answers.
 * @param set - the questions (one half or both)
 * @param ask - how a question is answered (the core's `ask`)
 * @returns the figures
 */
export function scoreCasual(set: { answerable: readonly CasualQuestion[]; unanswerable: readonly CasualQuestion[] }, ask: (q: string) => AskResult): CasualScore {
  let hits = 0;
  let refused = 0;
  const misses: { id: string; q: string; gold: readonly number[]; got: string }[] = [];
  for (const q of set.answerable) {
    const r = ask(q.q);
    const first = r.answered ? r.passages[0] : undefined;
    if (!r.answered) refused++;
    if (first && q.gold.includes(first.paragraph)) hits++;
    else misses.push({ id: q.id, q: q.q, gold: q.gold, got: first ? `¶${first.paragraph}` : '-' });
  }
  const answered: { id: string; q: string; got: string }[] = [];
  for (const q of set.unanswerable) {
    const r = ask(q.q);
    if (r.answered) answered.push({ id: q.id, q: q.q, got: r.passages[0] ? `¶${r.passages[0].paragraph}` : 'reply' });
  }
  const n = set.unanswerable.length;
  return {
    answerable: set.answerable.length,
    r1: set.answerable.length ? hits / set.answerable.length : 0,
    wrongRefusals: refused,
    unanswerable: n,
    declined: n ? (n - answered.length) / n : 0,
    misses,
    answered,
  };
}
