/**
 * Compiles, at build time, what a start would otherwise compute: the lexicons of the shipped corpus (Brano's general
 * layer and `corpus/lexicon`) and of the general layer alone, the Italian lemma table and the English exception
 * lists into the compiled-lexicon cache, and the hash of the core's code that keys article snapshots, so the first
 * question after an install is as fast as every later one. Run by `npm run build` (and so by `npm ci`).
 */
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/core/projectRoot.js';
import { installItalianLemmas, loadLexicons } from '../src/lexicons.js';
import { stem } from '../src/core/analysis.js';
import { codeHash } from '../src/snapshotCache.js';

installItalianLemmas();
loadLexicons(join(PROJECT_ROOT, 'corpus'));
loadLexicons();
// the first Italian word stemmed compiles the Morph-it! lemma table (src/core/lemmas.ts)
stem('parole', 'it');
codeHash();
