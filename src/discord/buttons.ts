/**
 * Button state, kept in the button's `custom_id` so a press works after a restart with nothing stored.
 *
 * Format (at most 100 characters, fields separated by `|`, the question last so it may contain `|`):
 *
 *     a1|<action>|<asker>|<index>|<limit>|<filter>|<article>|<paragraph>|<question>
 *
 * - `a1`: the `/ask` answer, format version 1 (a press with another prefix or version is "expired").
 * - action: `p` previous result, `x` next result, `w` whole paragraph, `c` neighbouring paragraphs, `b` back to the passage.
 * - asker: the asker's user id in base 36 (the only one whose press edits the message).
 * - index: the result shown (0-based); limit: how many results the question asked for (1–10).
 * - filter: the `article` option of the question, `-` for all; article: the article of the result shown.
 *   Both are an article key: the slug when short, else `~` and a base-36 hash of it.
 * - paragraph: the ¶ of the result shown.
 * - question: the question, cut to what fits (a cut question is searched again as cut).
 */
import { LIMITS, wellFormed } from './limits.js';

/** The `/ask` button actions. */
export type AskAction = 'p' | 'x' | 'w' | 'c' | 'b';

/** The state of an `/ask` answer, as carried by its buttons. */
export interface AskButtonState {
  readonly action: AskAction;
  /** The asker's user id. */
  readonly user: string;
  readonly index: number;
  readonly limit: number;
  /** Article key of the question's article filter, or null. */
  readonly filter: string | null;
  /** Article key of the result shown. */
  readonly article: string;
  readonly paragraph: number;
  readonly question: string;
}

/** Prefix of `/ask` buttons. */
export const ASK_PREFIX = 'a1';
const MAX_RESULTS = 10;

/**
 * A short, stable hash of a string (FNV-1a, 32 bits, base 36).
 * @param s - the string
 * @returns up to 7 base-36 characters
 */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/**
 * The key an article is known by inside a custom_id.
 * @param slug - the article slug
 * @returns the slug when it is short and plain, else `~` + its hash
 */
export function articleKey(slug: string): string {
  return slug.length <= 12 && /^[a-z0-9-]+$/.test(slug) ? slug : `~${shortHash(slug)}`;
}

/**
 * Finds the article a key names.
 * @param key - an article key
 * @param slugs - the articles being served
 * @returns the slug, or undefined when no article has that key (the corpus changed)
 */
export function resolveArticleKey(key: string, slugs: readonly string[]): string | undefined {
  return slugs.find((s) => articleKey(s) === key);
}

/**
 * Writes a user id (a snowflake) in base 36.
 * @param id - decimal snowflake
 * @returns base-36 text, or the id unchanged when it is not a number
 */
export function compactId(id: string): string {
  return /^\d{1,20}$/.test(id) ? BigInt(id).toString(36) : id;
}

/**
 * Reads a base-36 user id back.
 * @param s - base-36 text
 * @returns the decimal snowflake, or undefined when malformed
 */
export function expandId(s: string): string | undefined {
  if (!/^[0-9a-z]{1,14}$/.test(s)) return undefined;
  let n = 0n;
  for (const ch of s) n = n * 36n + BigInt(parseInt(ch, 36));
  return n.toString();
}

/**
 * Encodes an `/ask` button's state.
 * @param state - the state
 * @returns a custom_id of at most 100 characters
 */
export function encodeAskButton(state: AskButtonState): string {
  const head = [ASK_PREFIX, state.action, compactId(state.user), state.index, state.limit, state.filter ?? '-', state.article, state.paragraph, ''].join('|');
  const room = LIMITS.customId - head.length;
  let q = wellFormed(state.question).replace(/\s+/g, ' ').trim();
  if (q.length > room) {
    let end = Math.max(0, room);
    const code = q.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end--;
    q = q.slice(0, end);
  }
  return head + q;
}

/**
 * Decodes an `/ask` button's state.
 * @param customId - the button's custom_id
 * @returns the state, or undefined for a custom_id that is foreign, from another version, or malformed
 */
export function decodeAskButton(customId: string): AskButtonState | undefined {
  if (customId.length > LIMITS.customId) return undefined;
  const m = /^a1\|([pxwcb])\|([0-9a-z]{1,14})\|(\d{1,2})\|(\d{1,2})\|(-|[a-z0-9-]{1,12}|~[0-9a-z]{1,7})\|([a-z0-9-]{1,12}|~[0-9a-z]{1,7})\|(\d{1,6})\|(.*)$/s.exec(customId);
  if (!m) return undefined;
  const user = expandId(m[2]!);
  const index = Number(m[3]);
  const limit = Number(m[4]);
  const paragraph = Number(m[7]);
  if (!user || limit < 1 || limit > MAX_RESULTS || index >= limit || paragraph < 1) return undefined;
  return {
    action: m[1] as AskAction,
    user,
    index,
    limit,
    filter: m[5] === '-' ? null : m[5]!,
    article: m[6]!,
    paragraph,
    question: m[8]!,
  };
}
