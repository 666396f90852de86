/**
 * Compiles the lexicons of the shipped corpus (Brano's general layer and `corpus/lexicon`) and of the general layer
 * alone into the cache at build time, so the first question after an install is as fast as every later one. Run by
 * `npm run build` (and so by `npm ci`).
 */
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/core/projectRoot.js';
import { loadLexicons } from '../src/lexicons.js';
import { stem } from '../src/core/analysis.js';

loadLexicons(join(PROJECT_ROOT, 'corpus'));
loadLexicons();
// the first Italian word stemmed compiles the Morph-it! lemma table (src/core/lemmas.ts)
stem('parole', 'it');
