/**
 * How an excerpt reads: it starts at a sentence start, or with "…" where a sentence longer than an excerpt had to
 * be cut at its start or where the sentence it starts at is inside a quotation opened before it (“… Stesso discorso
 * per il carrello …” afferma X: the reader would meet a closing mark with no opening one); where it is cut before a
 * sentence ends, it ends at a word with "…". The text between the marks is verbatim.
 */

/** The mark of a cut. */
export const CUT_MARK = '…';

/** An excerpt with its marks, and where its verbatim part stands. */
export interface MarkedExcerpt {
  /** The excerpt as shown: the verbatim text with "…" where it is cut. */
  readonly text: string;
  /** Characters of mark before the verbatim text (0 or 1). */
  readonly lead: number;
  /** The verbatim text's [start, end) in the paragraph. */
  readonly span: readonly [number, number];
}

// Punctuation and spaces that should not stand before a trailing "…" ("aziende o," → "aziende o…").
const TRAILING = /[\s,;:–—-]+$/u;

/**
 * Marks the cuts of a span of a paragraph: "…" before a start that is not a sentence start, "…" after an end that
 * is not a sentence end (the end moved back to a word boundary first), keeping the whole within `max` characters.
 * @param text - the paragraph
 * @param sentences - its sentence spans
 * @param start - the span's start
 * @param end - the span's end
 * @param max - the longest excerpt, marks included
 * @returns the excerpt and where its verbatim part stands
 * @example
 * markExcerpt('Uno due tre. Quattro cinque sei.', [{ start: 0, end: 12 }, { start: 13, end: 32 }], 0, 20, 400).text // 'Uno due tre. Quattro…'
 */
export function markExcerpt(text: string, sentences: readonly { start: number; end: number }[], start: number, end: number, max: number): MarkedExcerpt {
  const lead = startsCleanly(text, sentences, start) ? 0 : CUT_MARK.length;
  const endsSentence = (e: number) => e >= text.length || sentences.some((s) => s.end === e) || /^\s*$/u.test(text.slice(e, nextStart(sentences, e)));
  let e = end;
  if (!endsSentence(e) && /[\p{L}\p{N}]/u.test(text[e] ?? '')) {
    // Cut inside a word: back to the last word boundary.
    const sp = text.lastIndexOf(' ', e);
    if (sp > start) e = sp;
  }
  let cut = !endsSentence(e);
  if (cut) e = start + text.slice(start, e).replace(TRAILING, '').length;
  // The marks must fit: give back whole words at the end when they do not.
  while (lead + (e - start) + (cut ? CUT_MARK.length : 0) > max) {
    const sp = text.lastIndexOf(' ', e - 1);
    if (sp <= start) {
      e = start + Math.max(0, max - lead - CUT_MARK.length);
      break;
    }
    e = start + text.slice(start, sp).replace(TRAILING, '').length;
    cut = true;
  }
  return { text: (lead ? CUT_MARK : '') + text.slice(start, e) + (cut ? CUT_MARK : ''), lead, span: [start, e] };
}

/**
 * Where an excerpt's text stands in its paragraph: the paragraph offset of the excerpt's first character (one before
 * the verbatim text when the excerpt opens with "…").
 * @param paragraph - the paragraph, with its sentences
 * @param passage - the excerpt's verbatim span
 * @returns add it to an offset inside the excerpt to get the offset inside the paragraph
 */
export function excerptOrigin(
  paragraph: { readonly text: string; readonly sentences: readonly { readonly start: number }[] },
  passage: { readonly span: readonly [number, number] },
): number {
  const start = passage.span[0];
  return startsCleanly(paragraph.text, paragraph.sentences, start) ? start : start - CUT_MARK.length;
}

// Typographic quotation marks, which tell an opening from a closing one.
const OPENING = /[“«]/gu;
const CLOSING = /[”»]/gu;

/**
 * Whether an excerpt starting at an offset starts as a reader expects: at the paragraph's start, or at a sentence's
 * that is not inside a quotation opened before it (typographic marks counted; straight ones tell nothing).
 * @param text - the paragraph
 * @param sentences - its sentence spans
 * @param start - where the excerpt starts
 */
function startsCleanly(text: string, sentences: readonly { readonly start: number }[], start: number): boolean {
  if (start === 0) return true;
  if (!sentences.some((s) => s.start === start)) return false;
  const before = text.slice(0, start);
  return (before.match(OPENING)?.length ?? 0) <= (before.match(CLOSING)?.length ?? 0);
}

// Where the sentence after an offset starts (the paragraph's end when none does).
function nextStart(sentences: readonly { start: number; end: number }[], at: number): number {
  for (const s of sentences) if (s.start >= at) return s.start;
  return Number.MAX_SAFE_INTEGER;
}
