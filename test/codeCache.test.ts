import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleIsCurrent, codeCacheFileOf, manifestFileOf, runBundle, writeBundleManifest } from '../src/codeCache.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A folder with one input module and a CommonJS "bundle" made from it, recorded in a manifest. */
function fixture(): { dir: string; input: string; bundle: string; cacheDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'brano-code-cache-'));
  dirs.push(dir);
  const input = join(dir, 'input.js');
  writeFileSync(input, 'export const answer = 42;\n');
  const bundle = join(dir, 'app.bundle.cjs');
  writeFileSync(bundle, 'function square(x) { return x * x; }\nexports.answer = square(6) + 6;\nexports.filename = __filename;\n');
  // whole seconds, which a copy keeps exactly (the code cache's file name holds the bundle's modification time)
  const built = new Date(Math.floor(Date.now() / 1000) * 1000);
  utimesSync(bundle, built, built);
  writeBundleManifest(bundle, [input]);
  return { dir, input, bundle, cacheDir: join(dir, 'code') };
}

/**
 * Runs the bundle as the CLI does, then what the process would do at exit.
 * @param bundle - the bundle
 * @param cacheDir - the code-cache folder
 * @returns what the bundle exported and whether a code cache was used
 */
/**
 * The same build in another folder (timestamps kept, so its manifest and code-cache name still hold): V8 keeps
 * scripts it compiled in this process by file name, so only a script under a new name reads its code cache, as the
 * next run of the CLI, a new process, does.
 * @param from - a fixture
 * @returns the copy
 */
function nextProcess(from: { dir: string; bundle: string }): { dir: string; bundle: string; cacheDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'brano-code-cache-'));
  dirs.push(dir);
  cpSync(from.dir, dir, { recursive: true, preserveTimestamps: true });
  return { dir, bundle: join(dir, 'app.bundle.cjs'), cacheDir: join(dir, 'code') };
}

function run(bundle: string, cacheDir: string): { answer: unknown; filename: unknown; codeCache: string } {
  const atExit: (() => void)[] = [];
  const r = runBundle(bundle, cacheDir, (write) => atExit.push(write));
  for (const write of atExit) write();
  return { answer: r.exports['answer'], filename: r.exports['filename'], codeCache: r.codeCache };
}

describe('running the CLI from its single-file build with V8 code cache', () => {
  it('GIVEN a bundle whose inputs are as recorded THEN it is current; GIVEN an input edited since THEN it is not', () => {
    const { input, bundle } = fixture();
    expect(bundleIsCurrent(bundle)).toBe(true);
    writeFileSync(input, 'export const answer = 43;\n');
    expect(bundleIsCurrent(bundle)).toBe(false);
  });

  it('GIVEN an input touched with the same size THEN the bundle is stale (modification time counts)', () => {
    const { input, bundle } = fixture();
    utimesSync(input, new Date(), new Date(Date.now() + 5_000));
    expect(bundleIsCurrent(bundle)).toBe(false);
  });

  it('GIVEN no manifest, or an input that is gone THEN the bundle is not current', () => {
    const a = fixture();
    rmSync(manifestFileOf(a.bundle));
    expect(bundleIsCurrent(a.bundle)).toBe(false);
    const b = fixture();
    rmSync(b.input);
    expect(bundleIsCurrent(b.bundle)).toBe(false);
  });

  it('GIVEN a first run THEN it writes the code cache at exit; GIVEN the next run THEN V8 uses it and the exports are the same', () => {
    const first = fixture();
    expect(run(first.bundle, first.cacheDir)).toEqual({ answer: 42, filename: first.bundle, codeCache: 'none' });
    expect(readdirSync(first.cacheDir)).toEqual([codeCacheFileOf(first.bundle, first.cacheDir).slice(first.cacheDir.length + 1)]);
    const next = nextProcess(first);
    expect(run(next.bundle, next.cacheDir)).toEqual({ answer: 42, filename: next.bundle, codeCache: 'used' });
  });

  it('GIVEN a damaged code-cache file THEN V8 refuses it, the bundle still runs and the cache is written again', () => {
    const first = fixture();
    run(first.bundle, first.cacheDir);
    const damaged = nextProcess(first);
    const cacheFile = codeCacheFileOf(damaged.bundle, damaged.cacheDir);
    writeFileSync(cacheFile, 'not a code cache');
    expect(run(damaged.bundle, damaged.cacheDir)).toEqual({ answer: 42, filename: damaged.bundle, codeCache: 'none' });
    expect(readFileSync(cacheFile, 'utf8')).not.toBe('not a code cache');
    const next = nextProcess(damaged);
    expect(run(next.bundle, next.cacheDir).codeCache).toBe('used');
  });

  it('GIVEN the bundle rebuilt THEN the old cache is replaced by one for the new build', () => {
    const { bundle, cacheDir } = fixture();
    run(bundle, cacheDir);
    writeFileSync(bundle, 'exports.answer = 7 * 6;\nexports.filename = __filename;\n');
    utimesSync(bundle, new Date(), new Date(Date.now() + 5_000));
    expect(run(bundle, cacheDir)).toEqual({ answer: 42, filename: bundle, codeCache: 'none' });
    expect(readdirSync(cacheDir)).toEqual([codeCacheFileOf(bundle, cacheDir).slice(cacheDir.length + 1)]);
  });
});
