/**
 * Measures `/quote` on a folder of news pieces with gold files, in process.
 *
 * Layout: a folder per piece, each holding the piece (a corpus file, e.g. `piece.md`) and `gold.json`; a folder
 * that itself holds `gold.json` is one piece. Gold format (the project's quote gold files):
 * `{"people": {"Full Name": {"aliases": [...], "direct": [{"p": 2, "text": "..."}], "reported": [...], "optional": [...]}},
 *   "not_people": ["a name that says nothing in the piece", ...]}`.
 *
 * Matching: a returned quote matches a gold one when they share the paragraph and one text contains the other
 * (quotation marks and spacing ignored, case-folded, the shorter at least 12 characters); a gold direct quote must
 * come back as kind "direct"; "optional" statements count as correct when returned but are not required. A name
 * resolves when the returned person contains the gold name's last word. A `not_people` name is a false speaker when
 * it gets a person or any quote.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadCorpus } from '../src/core/corpus.js';
import { buildPeople } from '../src/core/people.js';

/** One gold statement: its paragraph and (part of) its text. */
export interface GoldQuote {
  readonly p: number;
  readonly text: string;
}

/** A piece's gold file. */
export interface QuoteGold {
  readonly people: Readonly<
    Record<string, { readonly aliases: readonly string[]; readonly direct: readonly GoldQuote[]; readonly reported: readonly GoldQuote[]; readonly optional?: readonly GoldQuote[] }>
  >;
  readonly not_people?: readonly string[];
}

/** Counts for one piece or a group of pieces. */
export interface QuoteTally {
  queries: number;
  nameOk: number;
  direct: number;
  directHit: number;
  reported: number;
  reportedHit: number;
  returned: number;
  correct: number;
  notPeople: number;
  falseSpeakers: number;
}

/** The figures of a tally (null where there is nothing to divide by). */
export interface QuoteFigures {
  readonly queries: number;
  readonly nameResolved: number | null;
  readonly directRecall: number | null;
  readonly reportedRecall: number | null;
  readonly precision: number | null;
  readonly falseSpeakers: string;
}

/** The result of measuring one piece: its tally and every miss, extra and false speaker, in words. */
export interface PieceScore {
  readonly piece: string;
  readonly tally: QuoteTally;
  readonly misses: readonly string[];
}

/** A tally with every count at zero. */
export function emptyTally(): QuoteTally {
  return { queries: 0, nameOk: 0, direct: 0, directHit: 0, reported: 0, reportedHit: 0, returned: 0, correct: 0, notPeople: 0, falseSpeakers: 0 };
}

/**
 * A text as the evaluation compares it: NFC, quotation marks dropped, spaces collapsed, lower case.
 * @param s - a text (or nothing)
 * @returns the normalised text
 */
export const norm = (s: string | null | undefined): string =>
  String(s ?? '')
    .normalize('NFC')
    .replace(/[“”«»"]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * Whether a returned text and a gold text are the same statement: one contains the other, the shorter at least
 * 12 characters (quotation marks, spacing and case ignored).
 * @param a - one text
 * @param b - the other
 * @returns true when they match
 * @example
 * sameStatement('“Il porto riapre a maggio”', 'il porto riapre') // true
 */
export function sameStatement(a: string, b: string): boolean {
  const [x, y] = [norm(a), norm(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 12 && long.includes(short);
}

/**
 * The folders of pieces under a directory: the directory itself when it holds `gold.json`, else every
 * sub-folder that does, sorted by name.
 * @param dir - a folder of pieces, or one piece
 * @returns the piece folders
 * @throws Error when no folder holds a gold.json
 */
export function pieceFolders(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`no such folder: ${dir}`);
  if (existsSync(join(dir, 'gold.json'))) return [dir];
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'gold.json')))
    .map((d) => join(dir, d.name))
    .sort();
  if (!folders.length) throw new Error(`no piece with a gold.json in ${dir} (expected DIR/<piece>/gold.json next to the piece)`);
  return folders;
}

/**
 * Measures `/quote` on one piece against its gold file.
 * @param folder - a folder holding the piece and gold.json
 * @returns the tally and the misses
 */
export function scorePiece(folder: string): PieceScore {
  const piece = basename(folder);
  const gold = JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')) as QuoteGold;
  const people = buildPeople(loadCorpus(folder));
  const t = emptyTally();
  const misses: string[] = [];
  for (const [name, g] of Object.entries(gold.people)) {
    const last = norm(name.split(' ').pop());
    const accepted = [...g.direct, ...g.reported, ...(g.optional ?? [])];
    for (const alias of g.aliases) {
      const out = people.quote(alias);
      t.queries++;
      if (norm(out.person).includes(last)) t.nameOk++;
      else misses.push(`${piece}: "${alias}" resolved to ${out.person}, expected ${name}`);
      for (const gq of g.direct) {
        t.direct++;
        if (out.quotes.some((q) => q.paragraph === gq.p && q.kind === 'direct' && sameStatement(q.text, gq.text))) t.directHit++;
        else misses.push(`${piece}: "${alias}" missing direct ¶${gq.p}: ${gq.text.slice(0, 70)}`);
      }
      for (const gq of g.reported) {
        t.reported++;
        if (out.quotes.some((q) => q.paragraph === gq.p && sameStatement(q.text, gq.text))) t.reportedHit++;
        else misses.push(`${piece}: "${alias}" missing reported ¶${gq.p}: ${gq.text.slice(0, 70)}`);
      }
      for (const q of out.quotes) {
        t.returned++;
        if (accepted.some((gq) => gq.p === q.paragraph && sameStatement(q.text, gq.text))) t.correct++;
        else misses.push(`${piece}: "${alias}" extra ¶${q.paragraph} (${q.kind}): ${q.text.slice(0, 70)}`);
      }
    }
  }
  for (const name of gold.not_people ?? []) {
    const out = people.quote(name);
    t.notPeople++;
    if (out.person !== null || out.quotes.length) {
      t.falseSpeakers++;
      misses.push(`${piece}: "${name}" is not a speaker but got ${out.person} with ${out.quotes.length} quotes`);
    }
  }
  return { piece, tally: t, misses };
}

/**
 * Adds tallies together.
 * @param tallies - the tallies
 * @returns their sum
 */
export function sumTallies(tallies: readonly QuoteTally[]): QuoteTally {
  const sum = emptyTally();
  for (const t of tallies) for (const k of Object.keys(sum) as (keyof QuoteTally)[]) sum[k] += t[k];
  return sum;
}

/**
 * The figures of a tally, rounded to three decimals.
 * @param t - a tally
 * @returns name resolution, direct and reported recall, precision and false speakers
 */
export function figures(t: QuoteTally): QuoteFigures {
  const r = (a: number, b: number) => (b ? +(a / b).toFixed(3) : null);
  return {
    queries: t.queries,
    nameResolved: r(t.nameOk, t.queries),
    directRecall: r(t.directHit, t.direct),
    reportedRecall: r(t.reportedHit, t.reported),
    precision: r(t.correct, t.returned),
    falseSpeakers: `${t.falseSpeakers}/${t.notPeople}`,
  };
}

/**
 * Measures `/quote` on every piece of a folder.
 * @param dir - a folder of pieces with gold files (or one piece)
 * @returns each piece's score
 */
export function scoreQuoteSet(dir: string): PieceScore[] {
  return pieceFolders(dir).map(scorePiece);
}
