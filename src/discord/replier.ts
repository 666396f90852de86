/**
 * Sends what handlers decide, applying Discord's rules on the way out: every body is fitted to the limits and
 * carries `allowedMentions: { parse: [] }`; ephemeral replies get flag 64; the right call is chosen for the
 * interaction's state (reply, edit of a deferred reply, follow-up, or update of a button's message).
 */
import { MessageFlags } from 'discord.js';
import { fitBody, fitChoices, type Choice, type MessageBody } from './limits.js';
import type { AutocompleteLike, ButtonLike, Repliable, Reply, SendBody } from './interactions.js';

/**
 * The body discord.js receives for a reply.
 * @param reply - the handler's reply
 * @returns the fitted body with mentions disabled and the ephemeral flag when asked
 */
export function toSendBody(reply: Reply): SendBody {
  return {
    ...fitBody(reply.body),
    allowedMentions: { parse: [] },
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/**
 * A short ephemeral message.
 * @param content - the text (already safe markdown)
 * @returns the reply
 */
export function note(content: string): Reply {
  return { body: { content }, ephemeral: true };
}

function editBody(body: MessageBody): MessageBody & { allowedMentions: { parse: never[] } } {
  return { ...fitBody(body), allowedMentions: { parse: [] } };
}

/**
 * Sends a reply in whatever way the interaction's state allows.
 * @param interaction - the interaction (possibly already deferred or replied to)
 * @param reply - what to send
 * @param deferredEphemeral - whether the deferral (if any) was ephemeral
 * @returns when Discord has accepted it
 */
export async function send(interaction: Repliable | ButtonLike, reply: Reply, deferredEphemeral = false): Promise<void> {
  if (reply.modal && 'showModal' in interaction && !interaction.replied && !interaction.deferred) {
    await interaction.showModal(reply.modal);
    return;
  }
  if (reply.update && 'update' in interaction && !interaction.replied && !interaction.deferred) {
    await interaction.update(editBody(reply.body));
    return;
  }
  if (!interaction.replied && !interaction.deferred) {
    await interaction.reply(toSendBody(reply));
    return;
  }
  if (interaction.deferred && !interaction.replied) {
    if (reply.ephemeral && !deferredEphemeral) {
      // A public "thinking…" cannot become ephemeral: remove it and send the note privately.
      await interaction.deleteReply();
      await interaction.followUp(toSendBody(reply));
      return;
    }
    await interaction.editReply(editBody(reply.body));
    return;
  }
  await interaction.followUp(toSendBody(reply));
}

/**
 * Answers an autocomplete request within Discord's limits.
 * @param interaction - the request
 * @param choices - candidate choices, best first
 * @returns when sent
 */
export async function respond(interaction: AutocompleteLike, choices: readonly Choice[]): Promise<void> {
  await interaction.respond(fitChoices(choices));
}
