import { describe, expect, it } from 'vitest';
import { scriptArgs, scriptUsage } from '../scripts/scriptArgs.js';

describe('developer scripts’ options', () => {
  it('GIVEN a script THEN its usage is its header comment without the comment marks', () => {
    const usage = scriptUsage(new URL('../scripts/evalSquad.ts', import.meta.url).href);
    expect(usage.startsWith('`node dist/scripts/evalSquad.js [DIR] [options]`')).toBe(true);
    expect(usage).toContain('--negatives N');
    expect(usage).not.toMatch(/^\s*\*/m);
  });

  it('GIVEN valid options THEN they are parsed as parseArgs parses them', () => {
    const { values, positionals } = scriptArgs(
      { args: ['--mode', 'corpus', 'dir'], allowPositionals: true, options: { mode: { type: 'string', default: 'both' }, json: { type: 'boolean', default: false } } },
      new URL('../scripts/evalSquad.ts', import.meta.url).href,
    );
    expect(values).toEqual({ mode: 'corpus', json: false });
    expect(positionals).toEqual(['dir']);
  });
});
