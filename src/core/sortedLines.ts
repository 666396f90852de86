/**
 * Look-up in a compiled text of sorted lines, searched in place (binary search over the text itself, so loading it
 * parses nothing): the lemma table's "form stem" lines (lemmas.ts) and the general vocabulary's one word a line
 * (generalWords.ts).
 */

/**
 * The line whose first field (up to the first space, or the whole line) is `key`, by binary search.
 * @param text - lines sorted in code-unit order of their first field
 * @param key - the first field looked for
 * @returns the rest of its line after the space ('' for a line that is the key alone), or undefined
 * @example
 * findSortedLine('nacque nasc\nvinse vinc', 'vinse') // 'vinc'
 * findSortedLine('casa\ncitta', 'citta') // ''
 */
export function findSortedLine(text: string, key: string): string | undefined {
  let lo = 0;
  let hi = text.length;
  // Invariant: the line for `key`, if any, starts in [lo, hi).
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = text.lastIndexOf('\n', mid - 1) + 1;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // The first field ends at the line's first space; the search stays inside the line (a text with no spaces, such
    // as the vocabulary's, would otherwise be scanned to its end at every step).
    let fieldEnd = start;
    while (fieldEnd < end && text.charCodeAt(fieldEnd) !== 32) fieldEnd++;
    const field = text.slice(start, fieldEnd);
    if (field === key) return fieldEnd < end ? text.slice(fieldEnd + 1, end) : '';
    if (field < key) lo = end + 1;
    else hi = start;
  }
  return undefined;
}
