/**
 * `/quote` on news-style pieces written for the tests (test/fixtures/quotes/news-style/: invented names and
 * content, the constructions of Italian agency copy), each with a gold file written from the text before Brano was
 * run on it; measured by the runner that measures any folder of pieces (scripts/quoteEval.ts).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { figures, pieceFolders, sameStatement, scoreQuoteSet, sumTallies } from '../../scripts/quoteEval.js';

const NEWS_STYLE = fileURLToPath(new URL('../fixtures/quotes/news-style', import.meta.url));
const scores = scoreQuoteSet(NEWS_STYLE);
const total = sumTallies(scores.map((s) => s.tally));
const f = figures(total);
const why = scores.flatMap((s) => s.misses).join('\n');

describe('speaker attribution on news-style pieces written for the tests (every gold speaker and name form)', () => {
  it('GIVEN the set THEN it holds at least 4 pieces, 10 speakers’ name forms and 10 non-speakers', () => {
    expect(scores.length).toBeGreaterThanOrEqual(4);
    expect(total.queries).toBeGreaterThanOrEqual(10);
    expect(total.notPeople).toBeGreaterThanOrEqual(10);
  });

  it('GIVEN every name form of every speaker THEN at least 95% resolve to that speaker', () => {
    expect(f.nameResolved, why).toBeGreaterThanOrEqual(0.95);
  });

  it('GIVEN the gold quotations and reported statements THEN direct recall is at least 0.95 and reported recall at least 0.95', () => {
    expect(f.directRecall, why).toBeGreaterThanOrEqual(0.95);
    expect(f.reportedRecall, why).toBeGreaterThanOrEqual(0.95);
  });

  it('GIVEN every statement returned THEN at least 95% are gold (required or optional)', () => {
    expect(f.precision, why).toBeGreaterThanOrEqual(0.95);
  });

  it('GIVEN names that say nothing in a piece (people only mentioned, organisations, titles in quotation marks) THEN none gets a person or quotes', () => {
    expect(total.falseSpeakers, why).toBe(0);
  });
});

describe('the runner’s matching (the evaluation’s)', () => {
  it('GIVEN a returned text inside the gold one, or the gold inside the returned THEN they match, quotation marks and case aside', () => {
    expect(sameStatement('“Il porto resterà aperto”', 'il porto resterà aperto anche durante i lavori')).toBe(true);
    expect(sameStatement('Il porto resterà aperto anche durante i lavori', '«il PORTO resterà aperto»')).toBe(true);
  });

  it('GIVEN a shorter text under 12 characters, or different words THEN they do not match', () => {
    expect(sameStatement('il porto', 'il porto resterà aperto')).toBe(false);
    expect(sameStatement('il porto resterà chiuso', 'il porto resterà aperto')).toBe(false);
  });

  it('GIVEN a folder without any gold.json or one that does not exist THEN it says what it expected', () => {
    const empty = mkdtempSync(join(tmpdir(), 'brano-eval-'));
    try {
      expect(() => pieceFolders(empty)).toThrow(/no piece with a gold\.json/);
      expect(() => pieceFolders(join(empty, 'missing'))).toThrow(/no such folder/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('GIVEN one piece’s folder THEN it is measured alone', () => {
    expect(pieceFolders(join(NEWS_STYLE, 'cerimonia-biblioteche'))).toEqual([join(NEWS_STYLE, 'cerimonia-biblioteche')]);
  });
});
