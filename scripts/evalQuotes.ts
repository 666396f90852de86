/**
 * `node dist/scripts/evalQuotes.js DIR [--json] [--verbose]`: measures `/quote` on a folder of news pieces with
 * gold files (layout and matching in scripts/quoteEval.ts). Prints one line per piece, one per outlet (the part of
 * the piece's folder name before the first "-") and the total; `--json` prints the same as one JSON object;
 * `--verbose` lists every miss, extra statement and false speaker.
 */
import { parseArgs } from 'node:util';
import { figures, scoreQuoteSet, sumTallies, type PieceScore, type QuoteFigures } from './quoteEval.js';
import { installItalianData } from '../src/lexicons.js';

const USAGE = 'usage: node dist/scripts/evalQuotes.js DIR [--json] [--verbose]  (DIR: a folder of pieces, each with gold.json)';

function row(label: string, f: QuoteFigures): string {
  const n = (x: number | null) => (x === null ? '  –  ' : x.toFixed(2));
  return `${label.padEnd(32)} q=${String(f.queries).padStart(3)}  names ${n(f.nameResolved)}  direct ${n(f.directRecall)}  reported ${n(f.reportedRecall)}  precision ${n(f.precision)}  false ${f.falseSpeakers}`;
}

function main(): number {
  installItalianData();
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean' }, verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const dir = positionals[0];
  if (!dir || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  let scores: PieceScore[];
  try {
    scores = scoreQuoteSet(dir);
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const outlets = new Map<string, PieceScore[]>();
  for (const s of scores) {
    const outlet = s.piece.split('-')[0] ?? s.piece;
    outlets.set(outlet, [...(outlets.get(outlet) ?? []), s]);
  }
  const total = figures(sumTallies(scores.map((s) => s.tally)));
  if (values.json) {
    console.log(
      JSON.stringify({
        pieces: Object.fromEntries(scores.map((s) => [s.piece, figures(s.tally)])),
        outlets: Object.fromEntries([...outlets].map(([o, ss]) => [o, figures(sumTallies(ss.map((s) => s.tally)))])),
        total,
      }),
    );
  } else {
    for (const s of scores) console.log(row(s.piece, figures(s.tally)));
    console.log('');
    for (const [o, ss] of outlets) console.log(row(`${o} (${ss.length})`, figures(sumTallies(ss.map((s) => s.tally)))));
    console.log('');
    console.log(row(`total (${scores.length} pieces)`, total));
  }
  if (values.verbose) for (const s of scores) for (const m of s.misses) console.log(`✗ ${m}`);
  return 0;
}

process.exitCode = main();
