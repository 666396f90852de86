/**
 * Terminal styling: colour and emphasis only on a terminal, never when NO_COLOR is set or output is piped.
 */
import { styleText } from 'node:util';

type Format = Parameters<typeof styleText>[0];

/** Text styles for human output. Each returns its input unchanged when colour is off. */
export interface Style {
  readonly enabled: boolean;
  bold(s: string): string;
  dim(s: string): string;
  accent(s: string): string;
  match(s: string): string;
  error(s: string): string;
}

/**
 * Makes the styles for one output stream.
 * @param enabled - whether to colour (a TTY without NO_COLOR)
 * @returns the styles
 */
export function makeStyle(enabled: boolean): Style {
  const f = (format: Format) => (s: string) => (enabled && s ? styleText(format, s) : s);
  return {
    enabled,
    bold: f('bold'),
    dim: f('dim'),
    accent: f('cyan'),
    match: f(['yellow', 'bold']),
    error: f('red'),
  };
}

/**
 * Whether a stream should get colour.
 * @param stream - the output stream
 * @param env - the environment (NO_COLOR, FORCE_COLOR)
 * @returns true for an interactive terminal without NO_COLOR
 */
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] && env['FORCE_COLOR'] !== '0') return true;
  return stream.isTTY === true;
}

/**
 * Applies emphasis to spans of a text: the best sentence in bold, matched terms highlighted.
 * @param text - the excerpt
 * @param highlight - [start, end) of the best sentence
 * @param matches - [start, end) spans of matched terms
 * @param style - the styles
 * @returns the styled text (the plain text when colour is off)
 */
export function emphasise(
  text: string,
  highlight: readonly [number, number],
  matches: readonly (readonly [number, number])[],
  style: Style,
): string {
  if (!style.enabled) return text;
  const marks = new Array<number>(text.length + 1).fill(0);
  for (const [a, b] of matches) for (let i = a; i < b; i++) marks[i] = 2;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const inSentence = i >= highlight[0] && i < highlight[1];
    const kind = marks[i]! === 2 ? 2 : inSentence ? 1 : 0;
    let j = i + 1;
    while (j < text.length && (marks[j]! === 2 ? 2 : j >= highlight[0] && j < highlight[1] ? 1 : 0) === kind) j++;
    const piece = text.slice(i, j);
    out += kind === 2 ? style.match(piece) : kind === 1 ? style.bold(piece) : style.dim(piece);
    i = j;
  }
  return out;
}
