/**
 * Discord's rules, in one place: message and embed size limits, autocomplete limits, mention safety and the
 * escaping of user or corpus text before it is shown. The replier applies these to every body Brano sends; the
 * tests check every body against them (and against Discord's own OpenAPI schema).
 */
import type { APIEmbed } from 'discord.js';

/** Discord's limits (characters are counted in UTF-16 code units here, which is never less than Discord's count). */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  /** Acknowledge an interaction within this many milliseconds, or Discord drops it. */
  ackMs: 3000,
} as const;

/** The body of a message Brano sends (the subset of discord.js's reply options it uses). */
export interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  components?: ButtonRow[];
}

/** A row of buttons, as Discord's JSON. */
export interface ButtonRow {
  type: 1;
  components: Button[];
}

/** A button, as Discord's JSON (link buttons are never used: replies are link-free). */
export interface Button {
  type: 2;
  style: 1 | 2 | 3 | 4;
  label: string;
  custom_id: string;
  disabled?: boolean;
}

/** An autocomplete choice. */
export interface Choice {
  name: string;
  value: string;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes text safe to serialise: lone surrogates become U+FFFD and NUL characters are dropped.
 * @param text - any string, possibly malformed UTF-16
 * @returns well-formed text
 */
export function wellFormed(text: string): string {
  // Most text has no surrogate and no NUL at all: one scan, no copy.
  if (!MAYBE_MALFORMED.test(text)) return text;
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(/\0/g, '');
}
const MAYBE_MALFORMED = /[\uD800-\uDFFF\0]/;

/**
 * Cuts text to at most `max` UTF-16 code units, never inside a surrogate pair, ending with "…" when cut.
 * @param text - the text
 * @param max - the limit (at least 1)
 * @returns the text, or a prefix of it plus "…"
 */
export function clamp(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  // An odd run of backslashes at the cut would escape the ellipsis or a later mark; drop one.
  let slashes = 0;
  while (slashes < end && text[end - 1 - slashes] === '\\') slashes++;
  if (slashes % 2 === 1) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * Neutralises everything Discord would render as a mention or a ping: `@everyone`, `@here`, `<@id>`, `<@!id>`,
 * `<@&id>`, `<#id>` and `</command:id>`, by putting a zero-width space after `@` or `<`.
 * Replies also carry `allowed_mentions: { parse: [] }`; this keeps the text from even looking like a ping.
 * @param text - the text
 * @returns the text with mentions broken
 */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<([@#/])/g, '<\u200b$1');
}

/**
 * Escapes Discord markdown so text shows literally. Context-free on purpose (every special character, anywhere,
 * and the line-start ones at the start of the string too), so pieces of a text can be escaped separately and
 * joined with formatting marks between them. Discord drops a backslash before any punctuation, so extra
 * escapes never show.
 * @param text - verbatim text
 * @returns markdown that displays as `text`
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|[\]]/g, '\\$&')
    .replace(/(^|\n)([ \t]*)([>#+-])/g, '$1$2\\$3')
    .replace(/(^|\n)([ \t]*)(\d+)\./g, '$1$2$3\\.');
}

/**
 * Prepares text written by a user or found in the corpus for display inside markdown: well-formed, markdown
 * escaped, mentions neutralised.
 * @param text - the text
 * @returns safe markdown
 */
export function safeText(text: string): string {
  return NOTHING_TO_ESCAPE.test(text) ? text : neutraliseMentions(escapeMarkdown(wellFormed(text)));
}

// Text that holds none of the characters the three steps above act on (surrogates, NUL, markdown marks, a line
// start that could read as a quote, heading, list or numbered item, "@" or "<") comes out unchanged: most pieces of
// an answer's excerpt, which `emphasise` escapes one by one, so an answer is rendered without a dozen regex passes.
const NOTHING_TO_ESCAPE = /^(?![ \t]*(?:[>#+-]|\d+\.))[^\uD800-\uDFFF\0\\*_~`|[\]\n@<]*$/;

/**
 * Prepares text for places Discord shows without markdown (embed footers, autocomplete choices, button
 * labels): well-formed, mentions neutralised, cut to `max`. Escaping there would show the backslashes.
 * @param text - the text
 * @param max - the limit
 * @returns plain text of at most `max` characters
 */
export function plainText(text: string, max: number): string {
  return clamp(neutraliseMentions(wellFormed(text)), max);
}

/**
 * Like {@link safeText} but fits the result into `max` characters without cutting inside an escape.
 * @param text - the text
 * @param max - the limit
 * @returns safe markdown of at most `max` characters
 */
export function safeTextWithin(text: string, max: number): string {
  let raw = wellFormed(text);
  let out = safeText(raw);
  for (let i = 0; i < 6 && out.length > max; i++) {
    raw = raw.slice(0, Math.max(0, Math.floor((raw.length * (max - 1)) / out.length) - 1));
    out = `${safeText(raw)}…`;
  }
  return clamp(out, max);
}

/**
 * Characters an embed counts towards the 6,000 total.
 * @param embed - the embed
 * @returns the count
 */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/**
 * Whether an embed is within Discord's limits as it is (most are: Brano builds them to fit), so that fitting it would
 * only copy it.
 * @param embed - the embed
 * @param budget - characters the embed may use
 * @returns true when no part needs cutting or filling
 */
function fitsAlready(embed: APIEmbed, budget: number): boolean {
  if ((embed.title?.length ?? 0) > LIMITS.embedTitle || (embed.description?.length ?? 0) > LIMITS.embedDescription) return false;
  if ((embed.footer?.text.length ?? 0) > LIMITS.footerText || (embed.author?.name.length ?? 0) > LIMITS.authorName) return false;
  if (embed.fields && (embed.fields.length > LIMITS.embedFields || embed.fields.some((f) => !f.name || !f.value || f.name.length > LIMITS.fieldName || f.value.length > LIMITS.fieldValue))) return false;
  return embedLength(embed) <= budget;
}

/**
 * Fits an embed into Discord's limits: each part cut to its limit, then the description and fields shortened
 * until the whole fits the 6,000 total.
 * @param embed - the embed
 * @param budget - characters the embed may use (what is left of the 6,000 for this message)
 * @returns the embed itself when it fits already, else a copy within the limits
 */
export function fitEmbed(embed: APIEmbed, budget: number = LIMITS.embedTotal): APIEmbed {
  if (fitsAlready(embed, budget)) return embed;
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = clamp(out.title, LIMITS.embedTitle);
  if (out.description !== undefined) out.description = clamp(out.description, LIMITS.embedDescription);
  if (out.footer) out.footer = { ...out.footer, text: clamp(out.footer.text, LIMITS.footerText) };
  if (out.author) out.author = { ...out.author, name: clamp(out.author.name, LIMITS.authorName) };
  if (out.fields) {
    out.fields = out.fields
      .slice(0, LIMITS.embedFields)
      .map((f) => ({ ...f, name: clamp(f.name || '\u200b', LIMITS.fieldName), value: clamp(f.value || '\u200b', LIMITS.fieldValue) }));
  }
  let over = embedLength(out) - budget;
  if (over > 0 && out.fields?.length) {
    while (over > 0 && out.fields.length) {
      const last = out.fields[out.fields.length - 1]!;
      const size = last.name.length + last.value.length;
      if (last.value.length - over >= 40) {
        out.fields[out.fields.length - 1] = { ...last, value: clamp(last.value, last.value.length - over) };
        over = 0;
      } else {
        out.fields.pop();
        over -= size;
      }
    }
  }
  if (over > 0 && out.description) {
    out.description = clamp(out.description, Math.max(1, out.description.length - over));
    over = embedLength(out) - budget;
  }
  if (over > 0 && out.footer) {
    out.footer = { ...out.footer, text: clamp(out.footer.text, Math.max(1, out.footer.text.length - over)) };
    over = embedLength(out) - budget;
  }
  if (over > 0 && out.title) out.title = clamp(out.title, Math.max(1, out.title.length - over));
  return out;
}

/**
 * Bodies {@link fitBody} made: within the limits, so fitting one again would only copy it. An answer or a list made
 * once and shown many times (see commands/ask.ts, commands/sections.ts) is fitted once.
 */
const FITTED = new WeakSet<MessageBody>();

/**
 * Fits a message body into Discord's limits (content, embeds, components).
 * @param body - the body
 * @returns a body within the limits: the body itself when it came from this function (or {@link withRow}) already,
 *   else a new one (its embeds and rows are the given ones where those fit already); not to be changed
 */
export function fitBody(body: MessageBody): MessageBody {
  if (FITTED.has(body)) return body;
  const out: MessageBody = {};
  if (body.content !== undefined) out.content = clamp(body.content, LIMITS.content);
  if (body.embeds) {
    let budget: number = LIMITS.embedTotal;
    out.embeds = body.embeds.slice(0, LIMITS.embeds).map((e) => {
      const fitted = fitEmbed(e, budget);
      budget = Math.max(0, budget - embedLength(fitted));
      return fitted;
    });
  }
  if (body.components) {
    out.components = body.components.slice(0, LIMITS.actionRows).map((row) =>
      row.components.length <= LIMITS.buttonsPerRow && row.components.every((b) => b.label.length <= LIMITS.buttonLabel)
        ? row
        : { ...row, components: row.components.slice(0, LIMITS.buttonsPerRow).map((b) => ({ ...b, label: clamp(b.label, LIMITS.buttonLabel) })) },
    );
  }
  FITTED.add(out);
  return out;
}

/**
 * A body with one more row of buttons below the others; still within the limits, without fitting it again, when the
 * body was (see {@link fitBody}) and the row fits beside its rows.
 * @param body - the body
 * @param row - the row to add
 * @returns a new body
 */
export function withRow(body: MessageBody, row: ButtonRow): MessageBody {
  const out: MessageBody = { ...body, components: [...(body.components ?? []), row] };
  const fits =
    FITTED.has(body) &&
    (body.components?.length ?? 0) < LIMITS.actionRows &&
    row.components.length <= LIMITS.buttonsPerRow &&
    row.components.every((b) => b.label.length <= LIMITS.buttonLabel);
  if (fits) FITTED.add(out);
  return out;
}

/** Choices {@link fitChoices} gave for a list of candidates, by that list: lists shared between answers are fitted once. */
const FITTED_CHOICES = new WeakMap<readonly Choice[], Choice[]>();

/**
 * Fits autocomplete choices into Discord's limits: at most 25, names and values of 1–100 characters, values unique.
 * @param choices - candidate choices, best first (a list not changed after: the same list gets the same answer)
 * @returns the choices Discord accepts (shared between calls with the same list: not to be changed)
 */
export function fitChoices(choices: readonly Choice[]): Choice[] {
  const known = FITTED_CHOICES.get(choices);
  if (known) return known;
  const seen = new Set<string>();
  const out: Choice[] = [];
  for (const c of choices) {
    const value = wellFormed(c.value);
    const name = clamp(wellFormed(c.name), LIMITS.choiceName);
    if (!value || value.length > LIMITS.choiceValue || !name || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
    if (out.length === LIMITS.choices) break;
  }
  FITTED_CHOICES.set(choices, out);
  return out;
}

/**
 * Lists the ways a body breaks Discord's rules (empty when it is fine). Used by tests and as a last guard.
 * @param body - a body as sent (with `allowedMentions`)
 * @returns human-readable problems
 */
export function violations(body: MessageBody & { allowedMentions?: { parse?: readonly string[] } }): string[] {
  const problems: string[] = [];
  if (!body.allowedMentions || (body.allowedMentions.parse ?? ['x']).length !== 0) problems.push('allowedMentions.parse is not []');
  if ((body.content?.length ?? 0) > LIMITS.content) problems.push(`content ${body.content?.length} > ${LIMITS.content}`);
  if (/@(everyone|here)/i.test(body.content ?? '')) problems.push('raw @everyone/@here in content');
  if (/<[@#/]/.test(body.content ?? '')) problems.push('raw mention in content');
  if (!body.content && !body.embeds?.length) problems.push('empty message');
  const embeds = body.embeds ?? [];
  if (embeds.length > LIMITS.embeds) problems.push(`${embeds.length} embeds`);
  let total = 0;
  for (const e of embeds) {
    total += embedLength(e);
    if ((e.title?.length ?? 0) > LIMITS.embedTitle) problems.push('embed title too long');
    if ((e.description?.length ?? 0) > LIMITS.embedDescription) problems.push('embed description too long');
    if ((e.footer?.text.length ?? 0) > LIMITS.footerText) problems.push('footer too long');
    if ((e.fields?.length ?? 0) > LIMITS.embedFields) problems.push('too many fields');
    for (const f of e.fields ?? []) {
      if (f.name.length > LIMITS.fieldName || !f.name) problems.push('bad field name');
      if (f.value.length > LIMITS.fieldValue || !f.value) problems.push('bad field value');
    }
    if (e.url || e.author?.url || e.footer?.icon_url) problems.push('links in embed');
    const text = [e.title, e.description, e.footer?.text, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])].join('\n');
    if (/@(everyone|here)/i.test(text)) problems.push('raw @everyone/@here in embed');
    if (/<[@#/]/.test(text)) problems.push('raw mention in embed');
  }
  if (total > LIMITS.embedTotal) problems.push(`embeds total ${total} > ${LIMITS.embedTotal}`);
  const ids = new Set<string>();
  for (const row of body.components ?? []) {
    if (row.components.length > LIMITS.buttonsPerRow) problems.push('too many buttons in a row');
    for (const b of row.components) {
      if (b.custom_id.length > LIMITS.customId || !b.custom_id) problems.push(`custom_id length ${b.custom_id.length}`);
      if (ids.has(b.custom_id)) problems.push('duplicate custom_id');
      ids.add(b.custom_id);
      if (b.label.length > LIMITS.buttonLabel || !b.label) problems.push('bad button label');
    }
  }
  if ((body.components?.length ?? 0) > LIMITS.actionRows) problems.push('too many rows');
  return problems;
}

/**
 * Lists the ways autocomplete choices break Discord's rules.
 * @param choices - the choices sent
 * @returns problems (empty when fine)
 */
export function choiceViolations(choices: readonly Choice[]): string[] {
  const problems: string[] = [];
  if (choices.length > LIMITS.choices) problems.push(`${choices.length} choices`);
  for (const c of choices) {
    if (!c.name || c.name.length > LIMITS.choiceName) problems.push('bad choice name');
    if (!c.value || c.value.length > LIMITS.choiceValue) problems.push('bad choice value');
  }
  return problems;
}
