/**
 * Writes the CLI's commands and all the code they load (Brano's modules, dotenv, the parts of natural it uses) as one
 * CommonJS file, `dist/src/cli.bundle.cjs`, with a manifest of the files it was made from, so that `node
 * dist/src/cli.js` starts from one file and V8's code cache (see `src/codeCache.ts`). Modules loaded only by some
 * commands (the chat, summaries, the question log's SQLite binding) stay lazy inside the bundle: nothing runs before
 * it is needed. Run by `npm run build` (and so by `npm ci`) after the TypeScript is compiled.
 *
 * rolldown (MIT, the bundler of Vite, which the test runner already installs) does the bundling.
 */
import { existsSync, rmSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { build } from 'rolldown';
import { PROJECT_ROOT } from '../src/core/projectRoot.js';
import { manifestFileOf, writeBundleManifest } from '../src/codeCache.js';

const DIST_SRC = join(PROJECT_ROOT, 'dist', 'src');
const BUNDLE = join(DIST_SRC, 'cli.bundle.cjs');

rmSync(manifestFileOf(BUNDLE), { force: true }); // a failed build leaves no manifest, so no stale bundle is used
const output = await build({
  input: join(DIST_SRC, 'cliCommands.js'),
  platform: 'node',
  // better-sqlite3 is a native addon, loaded (lazily) from node_modules as usual
  external: ['better-sqlite3'],
  logLevel: 'warn',
  write: true,
  output: { format: 'cjs', file: BUNDLE, codeSplitting: false, comments: { legal: true, annotation: false, jsdoc: false } },
});
const inputs = new Set<string>();
for (const chunk of output.output) {
  if (chunk.type !== 'chunk') continue;
  for (const id of chunk.moduleIds) if (isAbsolute(id) && existsSync(id)) inputs.add(id);
}
writeBundleManifest(BUNDLE, [...inputs]);
