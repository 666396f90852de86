/**
 * Runs the CLI in-process with captured streams, over a chosen corpus folder.
 */
import { PassThrough } from 'node:stream';
import { resolve } from 'node:path';
import { runCli } from '../../src/cliCommands.js';
import { createCore, type BranoCore } from '../../src/core/brano.js';
import { loadCorpus } from '../../src/core/corpus.js';
import { loadLexicons } from '../../src/lexicons.js';

/** The served corpus folder. */
export const CORPUS = resolve(import.meta.dirname, '..', '..', 'corpus');

const cores = new Map<string, BranoCore>();

/**
 * Builds (once per folder) the core for a corpus folder.
 * @param dir - corpus folder
 * @returns the core
 */
export function coreFor(dir: string = CORPUS): BranoCore {
  let core = cores.get(dir);
  if (!core) {
    core = createCore(loadCorpus(dir), { lexicons: loadLexicons(dir) });
    cores.set(dir, core);
  }
  return core;
}

/** What a CLI run printed. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `brano <argv>` in-process.
 * @param argv - arguments after the program name
 * @param options - stdin text, corpus folder, environment
 * @returns exit code and output
 */
export async function cli(argv: string[], options: { stdin?: string; corpus?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  stdin.end(options.stdin ?? '');
  // Nothing is recorded in the project's data/ folder unless a test asks for it (with its own DATA_DIR).
  const env = { BRANO_RECORD: '0', ...(options.env ?? { NO_COLOR: '1' }) };
  const code = await runCli(argv, { stdout, stderr, stdin, env }, () => coreFor(options.corpus));
  return { code, stdout: out, stderr: err };
}
