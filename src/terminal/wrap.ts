/**
 * Wrapping text to the terminal's width at word boundaries. Colour codes take no room; a line's leading
 * indentation (and a "¶12 " or "— " lead-in) is repeated on the lines it wraps onto, so lists stay aligned.
 */
import { stripVTControlCharacters } from 'node:util';

/** The narrowest width worth wrapping to; below it text is left as it is. */
const MIN_WIDTH = 20;

/**
 * Visible width of a piece of text: colour codes take no room.
 * @param s - the text, maybe styled
 * @returns its width in columns (one per code point)
 */
function visibleWidth(s: string): number {
  return [...stripVTControlCharacters(s)].length;
}

/**
 * Wraps one line.
 * @param line - the line, maybe styled
 * @param width - the terminal's width in columns
 * @returns the line broken at spaces so no piece is wider than `width` (a single longer word stays whole)
 */
function wrapLine(line: string, width: number): string[] {
  if (visibleWidth(line) <= width) return [line];
  const plain = stripVTControlCharacters(line);
  // Continuation lines hang under the text after a short marker such as "¶12 " or "— " when there is one.
  const marker = /^\s*(?:¶\d+(?:–\d+)?\s+|[—•-]\s+|\d+\.\s+)/.exec(plain)?.[0] ?? /^\s*/.exec(plain)![0];
  const hang = ' '.repeat(Math.min(visibleWidth(marker), Math.floor(width / 3)));
  // Break only at a space before a word: runs of spaces used for alignment stay inside a piece.
  const pieces = line.split(/ (?=\S)/);
  const out: string[] = [];
  let current = '';
  let currentWidth = 0;
  let empty = true;
  for (const piece of pieces) {
    const w = visibleWidth(piece);
    if (!empty && currentWidth + 1 + w > width && stripVTControlCharacters(current).trim()) {
      out.push(current.trimEnd());
      current = hang + piece;
      currentWidth = hang.length + w;
      continue;
    }
    current += (empty ? '' : ' ') + piece;
    currentWidth += (empty ? 0 : 1) + w;
    empty = false;
  }
  out.push(current);
  return out;
}

/**
 * Wraps text to a width at word boundaries.
 * @param text - lines of text, maybe styled
 * @param width - the terminal's width in columns; undefined (output is not a terminal) leaves the text as it is
 * @returns the wrapped text
 * @example
 * wrapText('uno due tre quattro cinque sei sette otto nove dieci undici dodici', 20)
 * // 'uno due tre quattro\ncinque sei sette\notto nove dieci\nundici dodici'
 */
export function wrapText(text: string, width: number | undefined): string {
  if (!width || width < MIN_WIDTH) return text;
  return text
    .split('\n')
    .flatMap((line) => wrapLine(line, width))
    .join('\n');
}

/**
 * Cuts a text at a word boundary so it fits in `max` characters, with an ellipsis when it was cut.
 * @param text - plain text
 * @param max - the most characters to keep, ellipsis included
 * @returns the text, or its beginning ending at a whole word and "…"
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:.]+$/u, '')}…`;
}
