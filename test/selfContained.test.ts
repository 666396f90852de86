/**
 * The repository is self-contained: a fresh clone in an empty folder installs and passes its tests. Nothing the
 * product, its scripts or its tests run may read a path outside the checkout.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISCORD_OPENAPI_PATH } from './support/discordSpec.js';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = /\.(ts|mts|cts|js|mjs|cjs|json|sh)$/;

/** Every source file under a folder of the repository (fixtures are data, not code, and are left out). */
function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'fixtures' && name !== 'node_modules') out.push(...sources(path));
    } else if (SOURCE.test(name)) out.push(path);
  }
  return out;
}

describe('a fresh clone needs nothing beside it', () => {
  const files = ['src', 'test', 'scripts', 'commands'].flatMap((d) => sources(join(ROOT, d)));

  it('GIVEN the source, scripts and tests THEN there are files to check', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('GIVEN every file under src/, test/, scripts/ and commands/ THEN none names the folder beside the checkout', () => {
    // The needle is built so that this file does not name it either.
    const needle = ['..', 'shared'].join('/');
    const offenders = files.filter((f) => readFileSync(f, 'utf8').includes(needle)).map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('GIVEN the pinned OpenAPI description THEN it lies inside the repository and is a real OpenAPI document', () => {
    expect(relative(ROOT, DISCORD_OPENAPI_PATH).startsWith('..')).toBe(false);
    const spec = JSON.parse(readFileSync(DISCORD_OPENAPI_PATH, 'utf8')) as { openapi?: string; paths?: object };
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths ?? {})).toContain('/interactions/{interaction_id}/{interaction_token}/callback');
  });
});
