/**
 * Compiles Brano's own lexicons into the cache at build time, so the first question after an install is as
 * fast as every later one. Run by `npm run build` (and so by `npm ci`).
 */
import { defaultBilingualLexicon } from '../src/core/crossLingual.js';
import { defaultThesaurus } from '../src/core/thesaurus.js';
import { stem } from '../src/core/analysis.js';

// the first Italian word stemmed compiles the Morph-it! lemma table (lemmas.ts)
stem('parole', 'it');
defaultThesaurus();
defaultBilingualLexicon();
