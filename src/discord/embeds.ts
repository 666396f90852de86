/**
 * Renders core results as Discord embeds: verbatim text escaped first, then Brano's own emphasis added at the
 * offsets the core gives (the best sentence in bold, matched words underlined). No embed carries a link.
 */
import type { APIEmbed } from 'discord.js';
import type { Passage } from '../core/ask.js';
import type { Article, Paragraph } from '../core/types.js';
import { LIMITS, clamp, plainText, safeText, safeTextWithin } from './limits.js';

/** Embed colour of answers. */
export const ANSWER_COLOUR = 0x2f6f4f;
/** Embed colour of notes (no answer, closest passage). */
export const NOTE_COLOUR = 0x8a8a8a;

/** A span of text to emphasise, [start, end). */
export type Span = readonly [number, number];

/**
 * Formats verbatim text with emphasis: markdown in the text is escaped, then `**` marks the `bold` span and
 * `__` marks the `underline` spans, properly nested even where they cross.
 * @param text - the verbatim text
 * @param bold - the span to put in bold (the best sentence), if any
 * @param underline - spans to underline (matched words)
 * @returns Discord markdown
 */
export function emphasise(text: string, bold: Span | undefined, underline: readonly Span[]): string {
  const n = text.length;
  const cuts = new Set<number>([0, n]);
  const inRange = (s: Span) => s[0] >= 0 && s[1] <= n && s[0] < s[1];
  const b = bold && inRange(bold) ? bold : undefined;
  const u = underline.filter(inRange);
  if (b) b.forEach((x) => cuts.add(x));
  for (const s of u) s.forEach((x) => cuts.add(x));
  // Keep surrogate pairs whole: a cut between the two halves moves before the pair.
  const whole = (x: number) => (x > 0 && x < n && /[\uDC00-\uDFFF]/.test(text[x]!) && /[\uD800-\uDBFF]/.test(text[x - 1]!) ? x - 1 : x);
  const points = [...new Set([...cuts].map(whole))].sort((x, y) => x - y);
  let out = '';
  let wasB = false;
  let wasU = false;
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (from === to) continue;
    const piece = text.slice(from, to);
    const isB = b !== undefined && from >= b[0] && to <= b[1];
    const isU = !/^\s*$/.test(piece) && u.some((s) => from >= s[0] && to <= s[1]);
    if (wasU && (!isU || wasB !== isB)) out += '__';
    if (wasB !== isB) out += '**';
    if (isU && (!wasU || wasB !== isB)) out += '__';
    out += safeText(piece);
    wasB = isB;
    wasU = isU;
  }
  if (wasU) out += '__';
  if (wasB) out += '**';
  return out;
}

/**
 * Finds a paragraph.
 * @param articles - the corpus
 * @param slug - the article
 * @param number - the ¶
 * @returns the article and paragraph, when both exist
 */
export function findParagraph(articles: readonly Article[], slug: string, number: number): { article: Article; paragraph: Paragraph } | undefined {
  const article = articles.find((a) => a.slug === slug);
  const paragraph = article?.paragraphs[number - 1];
  return article && paragraph && paragraph.number === number ? { article, paragraph } : undefined;
}

/**
 * The attribution line of a passage: `¶N · section · article`.
 * @param paragraph - ¶ number
 * @param sectionTitle - its section's title
 * @param article - article slug
 * @returns escaped markdown
 */
export function attribution(paragraph: number, sectionTitle: string, article: string): string {
  return [`¶${paragraph}`, sectionTitle ? safeTextWithin(sectionTitle, 200) : '', safeTextWithin(article, 80)].filter(Boolean).join(' · ');
}

/**
 * The embed of one passage of an answer.
 * @param passage - the passage
 * @param options - the question (title), the paragraph (to mark the sentences left out with "…"), a footer note
 * @returns the embed
 */
export function passageEmbed(passage: Passage, options: { title: string; paragraph?: Paragraph | undefined; note?: string; colour?: number }): APIEmbed {
  // The excerpt carries its own "…" where it is cut (excerpt.ts); a paragraph's other sentences left out get " …".
  const p = options.paragraph;
  const before = p && passage.span[0] > 0 && !passage.excerpt.startsWith('…') ? '… ' : '';
  const after = p && passage.span[1] < p.text.trimEnd().length && !passage.excerpt.endsWith('…') ? ' …' : '';
  const body = emphasise(passage.excerpt, passage.highlight, passage.matches);
  const footer = [passage.articleTitle, options.note].filter(Boolean).join(' · ');
  return {
    title: safeTextWithin(options.title, LIMITS.embedTitle),
    description: clamp(`${before}${body}${after}\n\n${attribution(passage.paragraph, passage.sectionTitle, passage.article)}`, LIMITS.embedDescription),
    color: options.colour ?? ANSWER_COLOUR,
    footer: { text: plainText(footer || '\u200b', LIMITS.footerText) },
  };
}

/**
 * The embed of whole paragraphs (one, or one with its neighbours), the central one emphasised like the answer.
 * @param article - the article
 * @param numbers - the ¶ numbers to show, in order
 * @param centre - the ¶ of the answer
 * @param emphasis - spans in the centre paragraph's coordinates (best sentence, matched words), when known
 * @param title - the embed title (already plain text; it is escaped here)
 * @param note - footer note
 * @returns the embed
 */
export function paragraphsEmbed(
  article: Article,
  numbers: readonly number[],
  centre: number,
  emphasis: { bold?: Span; underline: readonly Span[] } | undefined,
  title: string,
  note: string,
): APIEmbed {
  const shown = numbers.map((n) => article.paragraphs[n - 1]).filter((p): p is Paragraph => p !== undefined);
  const budget = Math.floor((LIMITS.embedDescription - 120) / Math.max(1, shown.length)) - 20;
  const blocks = shown.map((p) => {
    const section = article.sections.find((s) => s.id === p.sectionId)?.title ?? '';
    const head = `**¶${p.number}**${section ? ` · ${safeTextWithin(section, 100)}` : ''}`;
    let text: string;
    if (p.number === centre && emphasis) {
      text = emphasise(p.text, emphasis.bold, emphasis.underline);
      if (text.length > budget) text = safeTextWithin(p.text, budget);
    } else {
      text = safeTextWithin(p.text, budget);
    }
    return `${head}\n${text}`;
  });
  return {
    title: safeTextWithin(title, LIMITS.embedTitle),
    description: clamp(blocks.join('\n\n') || '\u200b', LIMITS.embedDescription),
    color: ANSWER_COLOUR,
    footer: { text: plainText([article.meta.title, note].filter(Boolean).join(' · '), LIMITS.footerText) },
  };
}
