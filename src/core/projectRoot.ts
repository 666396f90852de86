/**
 * Where the project lives on disk. Found from this module's own place rather than the working directory, so the
 * sources (src/core) and the built code (dist/src/core) find the same folder wherever Brano is started from.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder (where `package.json` and `corpus/` live), wherever the code runs from. */
export const PROJECT_ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
})();
