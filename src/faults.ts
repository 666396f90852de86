/**
 * How the terminal and the bot hear of an article one step could not read (src/core/brano.ts `onFault`): one line on
 * stderr per article and step, the first time, saying what is left out. The rest of the corpus is served as usual.
 */
import type { ArticleFault } from './core/brano.js';

/**
 * A fault's error as one line: its name and message ("TypeError: …"), or what it is as text.
 * @param error - what the failed step threw
 * @returns the line
 */
export const faultError = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/**
 * A fault reporter that tells each article and step once.
 * @param write - where the line goes (default: stderr)
 * @returns the `onFault` handler for `createCore` / `createCoreAsync`
 * @example
 * createCore(articles, { onFault: reportFaultsOnce() });
 * // brano: could not read who speaks in piste-ciclabili (TypeError: …); its quotations are left out of /quote and /people
 */
export function reportFaultsOnce(write: (line: string) => void = (line) => process.stderr.write(line)): (fault: ArticleFault) => void {
  const told = new Set<string>();
  return (fault) => {
    const key = `${fault.step}\n${fault.article}`;
    if (told.has(key)) return;
    told.add(key);
    write(`brano: could not read who speaks in ${fault.article} (${faultError(fault.error)}); its quotations are left out of /quote and /people\n`);
  };
}
