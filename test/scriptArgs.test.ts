import { describe, expect, it, vi } from 'vitest';
import { missingOption, scriptArgs, scriptUsage } from '../scripts/scriptArgs.js';

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

  it('GIVEN a required option missing THEN the message and the usage go to stderr and the script exits 2, with no stack trace', () => {
    const errors: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    try {
      expect(() => missingOption('--dsl FILE is required', new URL('../scripts/compileWiktionary.ts', import.meta.url).href)).toThrow('exit 2');
      expect(errors.join('\n')).toMatch(/^--dsl FILE is required\n\n`node dist\/scripts\/compileWiktionary\.js --dsl FILE/);
      expect(errors.join('\n')).toContain('(--help for every option)');
    } finally {
      error.mockRestore();
      exit.mockRestore();
    }
  });
});
