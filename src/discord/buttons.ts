/**
 * Button state, kept in the button's `custom_id` so a press works after a restart with nothing stored. The answer's
 * ranked results travel with it, so Next and Previous show exactly the results the question had, without searching
 * again.
 *
 * Format (at most 100 characters, fields separated by `|`, the question last so it may contain `|`):
 *
 *     a2|<action>|<asker>|<index>|<check>|<articles>|<results>|<question>
 *
 * - `a2`: the `/ask` answer, format version 2 (a press with another prefix or version, such as version 1 which
 *   carried the question instead of the results, is "expired").
 * - action: `p` previous result, `x` next result, `w` whole paragraph, `c` neighbouring paragraphs, `b` back to the passage.
 * - asker: the asker's user id in base 36 (the only one whose press edits the message).
 * - index: the result shown (0-based).
 * - check: 4 base-36 characters hashed from the texts of the results' paragraphs ({@link resultsCheck}): a press
 *   after a reload that changed one of them is "expired" instead of showing other words.
 * - articles: the article keys the results refer to, comma-separated: the slug when short, else `~` and a base-36
 *   hash of it.
 * - results: comma-separated, one per ranked result: the article's position in `articles` (one digit), the ¶ in base
 *   36, `.`, the best sentence's index in base 36, then one base-36 digit each for the whole sentences the excerpt
 *   holds before and after it — e.g. `03.110` is ¶3 of the first article, sentence 1, with sentence 0 before it.
 * - question: the whole question when it fits in what is left, else empty (the press then shows the results
 *   without marking the matched words).
 */
import { LIMITS, wellFormed } from './limits.js';

/** The `/ask` button actions. */
export type AskAction = 'p' | 'x' | 'w' | 'c' | 'b';

/** Where one ranked result stands. */
export interface ResultRef {
  /** Article key ({@link articleKey}). */
  readonly article: string;
  readonly paragraph: number;
  /** Index of the best sentence within the paragraph. */
  readonly sentence: number;
  /** Whole sentences the excerpt holds before the best one (0–35). */
  readonly before: number;
  /** Whole sentences the excerpt holds after the best one (0–35). */
  readonly after: number;
}

/** The state of an `/ask` answer, as carried by its buttons. */
export interface AskButtonState {
  readonly action: AskAction;
  /** The asker's user id. */
  readonly user: string;
  /** The result shown (0-based). */
  readonly index: number;
  /** {@link resultsCheck} of the results' paragraphs when the answer was given. */
  readonly check: string;
  /** The answer's results, in rank order. */
  readonly results: readonly ResultRef[];
  /** The question, when it fit; undefined when it did not. */
  readonly question: string | undefined;
}

/** Prefix of `/ask` buttons. */
export const ASK_PREFIX = 'a2';
/** Most results a custom_id carries. */
export const MAX_BUTTON_RESULTS = 10;

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

function head(state: Omit<AskButtonState, 'question'>): string {
  const keys = [...new Set(state.results.map((r) => r.article))];
  const digit = (n: number) => Math.max(0, Math.min(35, n)).toString(36);
  const results = state.results.map((r) => `${keys.indexOf(r.article)}${r.paragraph.toString(36)}.${r.sentence.toString(36)}${digit(r.before)}${digit(r.after)}`);
  return [ASK_PREFIX, state.action, compactId(state.user), state.index, state.check, keys.join(','), results.join(','), ''].join('|');
}

/**
 * A short fingerprint of the paragraphs an answer's results stand in.
 * @param texts - the paragraphs' texts, in rank order
 * @returns 4 base-36 characters
 */
export function resultsCheck(texts: readonly string[]): string {
  return shortHash(texts.join('\u0000')).padStart(4, '0').slice(-4);
}

/**
 * The leading results whose buttons fit the custom_id limit (the question travels only if room is left).
 * @param user - the asker's user id
 * @param results - the ranked results
 * @returns at most {@link MAX_BUTTON_RESULTS} of them, as many as fit
 */
export function fitResults(user: string, results: readonly ResultRef[]): ResultRef[] {
  const kept = results.slice(0, MAX_BUTTON_RESULTS);
  while (kept.length > 1 && head({ action: 'x', user, index: kept.length - 1, check: '0000', results: kept }).length > LIMITS.customId) kept.pop();
  return kept;
}

/**
 * Encodes an `/ask` button's state.
 * @param state - the state (results already cut with {@link fitResults})
 * @returns a custom_id of at most 100 characters; the question is left out when it does not fit whole
 * @throws Error when the results alone do not fit (a programmer error: use {@link fitResults})
 */
export function encodeAskButton(state: AskButtonState): string {
  const h = head(state);
  if (h.length > LIMITS.customId) throw new Error(`discord: ask button state is ${h.length} characters long`);
  const q = wellFormed(state.question ?? '').replace(/\s+/g, ' ').trim();
  return q.length <= LIMITS.customId - h.length ? h + q : h;
}

/**
 * The custom_ids of one shown result's buttons, one per action: the state is encoded once and only the action (one
 * character at a fixed place) differs, so every id equals {@link encodeAskButton}'s for that action.
 * @param state - the state without its action (results already cut with {@link fitResults})
 * @returns the custom_id for an action
 */
export function askButtonIds(state: Omit<AskButtonState, 'action'>): (action: AskAction) => string {
  const tail = encodeAskButton({ ...state, action: 'x' }).slice(`${ASK_PREFIX}|x`.length);
  return (action) => `${ASK_PREFIX}|${action}${tail}`;
}

const KEY = /^(?:[a-z0-9-]{1,12}|~[0-9a-z]{1,7})$/;

/**
 * Decodes an `/ask` button's state.
 * @param customId - the button's custom_id
 * @returns the state, or undefined for a custom_id that is foreign, from another version, or malformed
 */
export function decodeAskButton(customId: string): AskButtonState | undefined {
  if (customId.length > LIMITS.customId) return undefined;
  const m = /^a2\|([pxwcb])\|([0-9a-z]{1,14})\|(\d)\|([0-9a-z]{4})\|([^|]+)\|([0-9a-z.,]+)\|(.*)$/s.exec(customId);
  if (!m) return undefined;
  const user = expandId(m[2]!);
  const index = Number(m[3]);
  const keys = m[5]!.split(',');
  if (!user || keys.length > MAX_BUTTON_RESULTS || !keys.every((k) => KEY.test(k)) || new Set(keys).size !== keys.length) return undefined;
  const results: ResultRef[] = [];
  for (const entry of m[6]!.split(',')) {
    const r = /^(\d)([0-9a-z]{1,4})\.([0-9a-z]{1,3})([0-9a-z])([0-9a-z])$/.exec(entry);
    const article = r ? keys[Number(r[1])] : undefined;
    if (!r || !article) return undefined;
    const paragraph = parseInt(r[2]!, 36);
    if (paragraph < 1) return undefined;
    const sentence = parseInt(r[3]!, 36);
    const before = parseInt(r[4]!, 36);
    if (before > sentence) return undefined;
    results.push({ article, paragraph, sentence, before, after: parseInt(r[5]!, 36) });
  }
  if (results.length > MAX_BUTTON_RESULTS || index >= results.length || keys.some((k) => !results.some((r) => r.article === k))) return undefined;
  return { action: m[1] as AskAction, user, index, check: m[4]!, results, question: m[7] || undefined };
}

/**
 * Prefix of the Follow up / Chiedi ancora button and of the form it opens:
 *
 *     a2f|<article>|<paragraph>|<question>
 *
 * - article: the article key ({@link articleKey}) of the passage the answer showed;
 * - paragraph: its ¶ in base 36;
 * - question: the question that answer was for (as searched), cut at a word when it does not fit whole.
 *
 * The form's submission is read in that context (`resolveFollowUp`), with nothing stored.
 */
export const FOLLOW_UP_PREFIX = 'a2f';

/** The conversation an answer's Follow up button carries. */
export interface FollowUpState {
  /** Article key ({@link articleKey}). */
  readonly article: string;
  readonly paragraph: number;
  readonly question: string;
}

/**
 * Encodes a Follow up button's (and its form's) custom_id.
 * @param state - the answer's question, article key and ¶
 * @returns a custom_id of at most 100 characters (the question cut at a word boundary when needed)
 */
export function encodeFollowUp(state: FollowUpState): string {
  const head = [FOLLOW_UP_PREFIX, state.article, state.paragraph.toString(36), ''].join('|');
  let q = wellFormed(state.question).replace(/\s+/g, ' ').trim();
  const room = LIMITS.customId - head.length;
  if (q.length > room) {
    const cut = q.slice(0, room);
    const space = cut.lastIndexOf(' ');
    q = space > room / 2 ? cut.slice(0, space) : cut;
  }
  return wellFormed(head + q).slice(0, LIMITS.customId);
}

/**
 * Decodes a Follow up custom_id.
 * @param customId - the button's or the form's custom_id
 * @returns the state, or undefined for anything else
 */
export function decodeFollowUp(customId: string): FollowUpState | undefined {
  if (customId.length > LIMITS.customId) return undefined;
  const m = /^a2f\|([^|]+)\|([0-9a-z]{1,4})\|(.*)$/s.exec(customId);
  if (!m || !KEY.test(m[1]!)) return undefined;
  const paragraph = parseInt(m[2]!, 36);
  return paragraph >= 1 ? { article: m[1]!, paragraph, question: m[3]! } : undefined;
}
