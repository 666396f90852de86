/**
 * Runs a single-file CommonJS build of a program with V8's code cache, so that a cold start neither resolves dozens
 * of modules one by one nor compiles again the functions the previous run compiled. The build records the files it
 * was made from (size and modification time); when one of them has changed since, the build is stale and the caller
 * loads the modules instead. The code cache is kept beside the build, one file per build and Node version, written
 * at the end of a run that had none (V8 itself refuses a cache made by another version or with other flags, and then
 * it is written again). Nothing here fails a run: a missing, stale or unreadable build or cache only means the slow
 * path.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { Script } from 'node:vm';

/** What the build records about its inputs: each file (relative to the manifest's folder), its size and mtime. */
export interface BundleManifest {
  readonly inputs: readonly (readonly [file: string, size: number, mtimeMs: number])[];
}

/** How a bundle was run. */
export interface BundleRun {
  /** The bundle's `module.exports`. */
  readonly exports: Record<string, unknown>;
  /** `used`: V8 accepted the stored code cache; `none`: there was none (or V8 refused it), one is written at exit. */
  readonly codeCache: 'used' | 'none';
}

/**
 * The manifest file that goes with a bundle.
 * @param bundleFile - the bundle
 * @returns `<bundle>.json`
 */
export function manifestFileOf(bundleFile: string): string {
  return `${bundleFile}.json`;
}

/**
 * Records the files a bundle was made from, for {@link bundleIsCurrent}.
 * @param bundleFile - the bundle just written
 * @param inputs - absolute paths of the files it was made from
 */
export function writeBundleManifest(bundleFile: string, inputs: readonly string[]): void {
  const dir = dirname(bundleFile);
  const manifest: BundleManifest = {
    inputs: inputs.map((file) => {
      const st = statSync(file);
      return [relative(dir, file), st.size, st.mtimeMs] as const;
    }),
  };
  writeFileSync(manifestFileOf(bundleFile), JSON.stringify(manifest));
}

/**
 * Whether a bundle can stand for its modules: it and its manifest exist, and every input file still has the size
 * and modification time it had when the bundle was made.
 * @param bundleFile - the bundle
 * @returns true when the bundle is current
 */
export function bundleIsCurrent(bundleFile: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(manifestFileOf(bundleFile), 'utf8')) as BundleManifest;
    const dir = dirname(bundleFile);
    if (!Array.isArray(manifest.inputs) || manifest.inputs.length === 0) return false;
    for (const [file, size, mtimeMs] of manifest.inputs) {
      const st = statSync(resolve(dir, file), { throwIfNoEntry: false });
      if (!st || st.size !== size || st.mtimeMs !== mtimeMs) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * The code-cache file for this bundle as it is now, under this Node version.
 * @param bundleFile - the bundle
 * @param cacheDir - where code caches are kept
 * @returns the file's path
 */
export function codeCacheFileOf(bundleFile: string, cacheDir: string): string {
  const st = statSync(bundleFile);
  return join(cacheDir, `${basename(bundleFile)}-${process.version}-${process.arch}-${st.size}-${Math.trunc(st.mtimeMs)}.bin`);
}

/**
 * Runs a CommonJS bundle in this context, as Node would load it, with the code cache from `cacheDir` when V8
 * accepts it; without one, stores the cache of every function compiled by the time the process exits.
 * @param bundleFile - the bundle (CommonJS)
 * @param cacheDir - where code caches are kept (created when needed)
 * @param atExit - runs the cache writer when the program ends (default: on the process's `exit` event)
 * @returns the bundle's exports and whether a cache was used
 * @throws whatever the bundle's top level throws, or a read error for the bundle itself
 */
export function runBundle(bundleFile: string, cacheDir: string, atExit: (write: () => void) => void = (write) => process.once('exit', write)): BundleRun {
  const source = readFileSync(bundleFile, 'utf8');
  const cacheFile = codeCacheFileOf(bundleFile, cacheDir);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // Node's own CommonJS wrapper, so the bundle sees `require`, `module`, `__filename` and `__dirname` as usual.
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapper, { filename: bundleFile, ...(cachedData ? { cachedData } : {}) });
  const used = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as Record<string, unknown> };
  const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  run(module.exports, createRequire(bundleFile), module, bundleFile, dirname(bundleFile));
  if (!used) atExit(() => storeCodeCache(script, cacheFile, `${basename(bundleFile)}-`));
  return { exports: module.exports, codeCache: used ? 'used' : 'none' };
}

/**
 * Writes a script's code cache (atomically) and removes older caches of the same bundle.
 * @param script - the script, after it ran
 * @param cacheFile - where to write
 * @param prefix - the names of this bundle's caches start so
 */
function storeCodeCache(script: Script, cacheFile: string, prefix: string): void {
  try {
    const dir = dirname(cacheFile);
    mkdirSync(dir, { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, cacheFile);
    const name = basename(cacheFile);
    for (const other of readdirSync(dir)) {
      if (other !== name && other.startsWith(prefix) && other.endsWith('.bin')) unlinkSync(join(dir, other));
    }
  } catch {
    // a read-only install compiles every time
  }
}
