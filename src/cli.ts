/**
 * The `brano` program (`node dist/src/cli.js`, `npm run cli`). The commands live in `cliCommands.ts`; this entry only
 * loads them. `npm run build` also writes them, with the code they use, as one CommonJS file (`cli.bundle.cjs`,
 * see `scripts/bundleCli.ts`): a cold start then reads one file, with V8's code cache, instead of resolving and
 * compiling some sixty modules, which was most of the wait for a first answer. When that build is missing or older
 * than the modules (after a plain `tsc`), or when running from the TypeScript sources, the modules are loaded.
 */
import { realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleIsCurrent, runBundle } from './codeCache.js';

type Main = (argv: readonly string[]) => Promise<void>;

/** The single-file build of `cliCommands.ts`, beside this file. */
export const CLI_BUNDLE = join(dirname(fileURLToPath(import.meta.url)), 'cli.bundle.cjs');
/** Where the bundle's code cache is kept: `dist/.cache/code`. */
export const CLI_CODE_CACHE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '.cache', 'code');

/**
 * The CLI's `main`: from the current single-file build when there is one, otherwise from the modules.
 * @returns the function that runs one invocation
 */
async function loadMain(): Promise<Main> {
  if (!import.meta.url.endsWith('.ts') && bundleIsCurrent(CLI_BUNDLE)) {
    try {
      const main = runBundle(CLI_BUNDLE, CLI_CODE_CACHE_DIR).exports['main'];
      if (typeof main === 'function') return main as Main;
    } catch {
      // an unreadable build: the modules below are the same program
    }
  }
  return (await import('./cliCommands.js')).main;
}

const invokedPath = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : '';
if (import.meta.url === invokedPath) void loadMain().then((main) => main(process.argv.slice(2)));
