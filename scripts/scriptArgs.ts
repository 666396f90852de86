/**
 * Command-line options of the developer scripts: node's `parseArgs`, with `--help` printing the script's own header
 * comment (its usage and options) and an unknown or malformed option reported in one line with the usage, not a
 * stack trace.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * The header comment of a script file: its first doc comment, without the comment marks.
 * @param scriptUrl - the script's `import.meta.url`
 * @returns the text, or '' when the file has none
 */
export function scriptUsage(scriptUrl: string): string {
  const m = /\/\*\*([\s\S]*?)\*\//.exec(readFileSync(fileURLToPath(scriptUrl), 'utf8'));
  return m ? m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n').trim() : '';
}

/**
 * Parses a script's options; `--help` (or `-h`) prints its usage and exits 0, a bad option prints the error and the
 * usage's first lines and exits 2.
 * @param config - as for `parseArgs`
 * @param scriptUrl - the script's `import.meta.url`
 * @returns the parsed options
 */
export function scriptArgs<T extends ParseArgsConfig>(config: T, scriptUrl: string): ReturnType<typeof parseArgs<T>> {
  const args = config.args ?? process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(scriptUsage(scriptUrl));
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (err) {
    const head = scriptUsage(scriptUrl).split('\n\n')[0];
    console.error(`${(err as Error).message.split('\n')[0]}\n\n${head}\n\n(--help for every option)`);
    process.exit(2);
  }
}

/**
 * Stops a script whose required option is missing: the message and the usage's first lines on stderr, exit code 2
 * (as for a bad option), not a stack trace.
 * @param message - what is missing
 * @param scriptUrl - the script's `import.meta.url`
 */
export function missingOption(message: string, scriptUrl: string): never {
  const head = scriptUsage(scriptUrl).split('\n\n')[0];
  console.error(`${message}\n\n${head}\n\n(--help for every option)`);
  process.exit(2);
}
