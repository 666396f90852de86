/**
 * 👍/👎 on public answers. The buttons carry the answer's id in their custom_id (nothing else is needed to record a
 * press):
 *
 *     fb|<u or d>|<answer id>
 *
 * The answer id is the question log's ({@link newAnswerId}); a press is stored under a keyed hash of the user and that
 * id, so pressing again (or pressing the other button) replaces the earlier press.
 */
import { ButtonStyle } from 'discord.js';
import { newAnswerId } from '../store/questionLog.js';
import type { HandlerContext, Reply } from './interactions.js';
import { withRow, type ButtonRow, type MessageBody } from './limits.js';
import type { strings } from './i18n.js';

/** Prefix of the feedback buttons. */
export const FEEDBACK_PREFIX = 'fb';

/** A decoded feedback press. */
export interface FeedbackPress {
  readonly up: boolean;
  readonly answerId: string;
}

/**
 * The custom_id of a feedback button.
 * @param up - 👍 (true) or 👎
 * @param answerId - the answer's id
 * @returns the custom_id
 */
export function encodeFeedback(up: boolean, answerId: string): string {
  return `${FEEDBACK_PREFIX}|${up ? 'u' : 'd'}|${answerId}`;
}

/**
 * Reads a feedback button's custom_id.
 * @param customId - a custom_id
 * @returns the press, or undefined for anything else
 */
export function decodeFeedback(customId: string): FeedbackPress | undefined {
  const m = /^fb\|([ud])\|([0-9a-z]{1,24})$/.exec(customId);
  return m ? { up: m[1] === 'u', answerId: m[2]! } : undefined;
}

/**
 * The row of 👍/👎 buttons for an answer.
 * @param answerId - the answer's id
 * @param t - the reply strings
 * @returns one action row
 */
export function feedbackRow(answerId: string, t: ReturnType<typeof strings>): ButtonRow {
  return {
    type: 1,
    components: [
      { type: 2, style: ButtonStyle.Secondary, label: `👍 ${t.upLabel}`, custom_id: encodeFeedback(true, answerId) },
      { type: 2, style: ButtonStyle.Secondary, label: `👎 ${t.downLabel}`, custom_id: encodeFeedback(false, answerId) },
    ],
  };
}

/**
 * The answer id a message's feedback buttons carry, to keep them when a button edits the message.
 * @param message - the message a button is on
 * @returns the answer id, or undefined when the message has no feedback buttons
 */
export function feedbackIdOf(message: { readonly components?: readonly unknown[] } | undefined): string | undefined {
  for (const row of message?.components ?? []) {
    const items = (row as { components?: readonly { customId?: string | null; custom_id?: string }[] }).components ?? [];
    for (const c of items) {
      const press = decodeFeedback(c.customId ?? c.custom_id ?? '');
      if (press) return press.answerId;
    }
  }
  return undefined;
}

/**
 * Adds the 👍/👎 row to an answer's body.
 * @param body - the answer
 * @param answerId - its id (undefined: no row, e.g. a private answer or recording off)
 * @param t - the reply strings
 * @returns the body with the row below the others
 */
export function withFeedbackRow(body: MessageBody, answerId: string | undefined, t: ReturnType<typeof strings>): MessageBody {
  return answerId ? withRow(body, feedbackRow(answerId, t)) : body;
}

/**
 * Gives a public answer that is not a search (a /quote, a /summarize) its 👍/👎 row, under a new answer id. Presses
 * are recorded like those on /ask answers: once per user and answer, the last press counts.
 * @param reply - the command's reply
 * @param ctx - the handler context (its question log decides whether answers carry the row)
 * @param t - the reply strings
 * @returns the reply, with the row when it is public and recording is on
 */
export function withFeedback(reply: Reply, ctx: Pick<HandlerContext, 'bot'>, t: ReturnType<typeof strings>): Reply {
  if (reply.ephemeral || !ctx.bot.questions?.enabled) return reply;
  return { ...reply, body: withFeedbackRow(reply.body, newAnswerId(), t) };
}
