/**
 * The chat on a real terminal: the compiled CLI runs under util-linux `script`, which gives it a pseudo-terminal
 * (stdin and stdout are TTYs, `stty cols 60` sets the width), and lines are typed one at a time at the prompt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'src', 'cli.js');

/** Newest modification time of the TypeScript sources the compiled CLI is built from. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : entry.name.endsWith('.ts') ? statSync(path).mtimeMs : 0);
  }
  return newest;
}

beforeAll(() => {
  // `npm ci` builds dist/; rebuild when a source is newer so the terminal runs the code under test.
  if (!existsSync(CLI) || statSync(CLI).mtimeMs < Math.max(newestSource(join(ROOT, 'src')), newestSource(join(ROOT, 'commands')))) {
    const built = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(built.status, built.stdout + built.stderr).toBe(0);
    // (and the CLI's bundle, which a compile leaves out of date: the CLI would start from the modules, slower)
    const bundled = spawnSync(process.execPath, [join(ROOT, 'dist', 'scripts', 'bundleCli.js')], { cwd: ROOT, encoding: 'utf8' });
    expect(bundled.status, bundled.stdout + bundled.stderr).toBe(0);
  }
  const script = spawnSync('script', ['--version'], { encoding: 'utf8' });
  expect(script.status, 'util-linux `script` is needed for the terminal tests').toBe(0);
}, 180_000);

// Snapshots go to a folder of this run, not the project's .cache/: a snapshot left by an earlier build must not answer.
const CACHE_DIR = mkdtempSync(join(tmpdir(), 'brano-pty-cache-'));
afterAll(() => rmSync(CACHE_DIR, { recursive: true, force: true }));

const ENV = { ...process.env, NO_COLOR: '1', LANG: 'it_IT.UTF-8', SHELL: '/bin/bash', TERM: 'xterm', BRANO_RECORD: '0', CACHE_DIR };

/**
 * Runs a shell command on a pseudo-terminal 60 columns wide, typing each line when the chat shows its prompt.
 * @param command - the shell command
 * @param lines - what to type, one line per prompt
 * @param atOnce - type every line at the start instead of waiting for prompts
 * @returns everything the terminal showed (colour and cursor codes removed, CR LF as LF) and the exit code
 */
function onTerminal(command: string, lines: string[], atOnce = false): Promise<{ screen: string; code: number | null }> {
  return new Promise((done, fail) => {
    const child = spawn('script', ['-qec', `stty cols 60 rows 50; ${command}`, '/dev/null'], { cwd: ROOT, env: ENV });
    // Output into a pipe shows no prompt on the terminal: then everything is typed at once.
    if (atOnce) child.stdin.write(lines.map((l) => `${l}\r`).join(''));
    let raw = '';
    let typed = 0;
    let sinceType = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      raw += chunk.toString('utf8');
      const seen = stripVTControlCharacters(raw);
      // The prompt appears once per line read: type the next line after each new prompt.
      const prompts = seen.split('brano› ').length - 1;
      if (prompts > sinceType && typed < lines.length) {
        sinceType = prompts;
        child.stdin.write(`${lines[typed++]}\r`);
      }
    });
    child.on('error', fail);
    child.on('close', (code) => done({ screen: stripVTControlCharacters(raw).replace(/\r+\n/g, '\n'), code }));
  });
}

describe('the chat on a terminal 60 columns wide', () => {
  it('GIVEN natural /summarize arguments, a mistyped command and long answers THEN summaries, "did you mean", and lines wrapped at 60 columns at word boundaries', async () => {
    const { screen, code } = await onTerminal(`exec node ${CLI} chat`, [
      '/summarize licenza',
      '/summarize la parte su lambert breve',
      '/sumarize',
      'Cosa pensa Lambert di Llama 2?',
      '/quit',
    ]);
    expect(code).toBe(0);
    expect(screen).toContain('I limiti dell’apertura: dati, licenza e regole d’uso');
    expect(screen).toContain('Lambert: l’evento dell’anno e la trasparenza');
    expect(screen).toContain('Forse intendevi');
    expect(screen).toContain('/summarize?');
    expect(screen).not.toMatch(/Usage|--topic|Error/);
    const lines = screen.split('\n');
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(60);
    // Wrapped, not cut: the answers run over several lines, and every word of a wrapped paragraph is whole.
    const hanging = lines.filter((l) => /^ {5}\S/.test(l));
    expect(hanging.length).toBeGreaterThan(3);
    expect(screen.replace(/\n +/g, ' ')).toContain('Sebbene Llama 2 dia credibilità a Meta come leader nell’IA open source');
  }, 60_000);

  it('GIVEN the chat piped into `head -n 3` THEN it ends quietly: no EPIPE, no stack trace, exit status 0', async () => {
    const questions = Array.from({ length: 40 }, () => 'Chi ha rilasciato Llama 2?');
    const { screen } = await onTerminal(`node ${CLI} chat | head -n 3; echo "chat-exit=\${PIPESTATUS[0]}"`, [...questions, '/quit'], true);
    expect(screen).not.toMatch(/EPIPE|Error|at .*\.js:\d+/);
    // PIPESTATUS[0] is the chat's own exit status, not head's.
    expect(screen).toMatch(/chat-exit=0/);
  }, 60_000);
});
