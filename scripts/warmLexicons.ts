/**
 * Compiles, at build time, what a start would otherwise compute: the lexicons of the shipped corpus (Brano's general
 * layer and `corpus/lexicon`) and of the general layer alone, the Italian lemma table, the English exception
 * lists, the general vocabulary of both languages and the general synonyms into the compiled-lexicon cache, the hash of the core's code that keys article snapshots, and the V8 code
 * cache of the CLI's single-file build, so the first question after an install is as fast as every later one. Run by
 * `npm run build` (and so by `npm ci`), after `scripts/bundleCli.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/core/projectRoot.js';
import { installItalianData, loadGeneralWords, loadLexicons, loadSynonyms } from '../src/lexicons.js';
import { stem } from '../src/core/analysis.js';
import { codeHash } from '../src/snapshotCache.js';
import { CLI_CODE_CACHE_DIR } from '../src/cli.js';

installItalianData();
loadLexicons(join(PROJECT_ROOT, 'corpus'));
loadLexicons();
// the first Italian word stemmed compiles the Morph-it! lemma table (src/core/lemmas.ts)
stem('parole', 'it');
// the first look-up compiles the general vocabulary (Morph-it! forms, WordNet lemmas; src/core/generalWords.ts)
const words = loadGeneralWords();
words.italian.has('parola');
words.english.has('word');
words.italianStems.has('parol');
// the first look-up compiles the general synonyms (MultiWordNet; src/core/synonyms.ts)
loadSynonyms().lookup('parol');
codeHash();

// The CLI's code cache holds the functions a run compiled: make it from a run like a user's, which answers from
// article snapshots. A first run writes them (into a throw-away folder, not the user's CACHE_DIR), the second
// reads them and leaves the code cache.
const snapshots = mkdtempSync(join(tmpdir(), 'brano-warm-'));
try {
  for (let run = 0; run < 2; run++) {
    rmSync(CLI_CODE_CACHE_DIR, { recursive: true, force: true });
    const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist', 'src', 'cli.js'), 'ask', '--batch'], {
      input: 'Chi ha rilasciato Llama 2?\nWhere will Microsoft offer Llama 2?\n',
      encoding: 'utf8',
      env: { ...process.env, CORPUS_DIR: join(PROJECT_ROOT, 'corpus'), CACHE_DIR: snapshots, BRANO_RECORD: '0' },
    });
    if (r.status !== 0) throw new Error(`warm-up: the CLI failed: ${r.stderr}`);
  }
} finally {
  rmSync(snapshots, { recursive: true, force: true });
}
