/**
 * The message context-menu command "Cerca nell'articolo" / "Search the article": searches the article for a
 * message's text. The answer is private: the user looked up someone else's words, not asked in the channel.
 */
import { ApplicationCommandType, ContextMenuCommandBuilder } from 'discord.js';
import type { MessageCommand } from '../src/discord/command.js';
import { strings } from '../src/discord/i18n.js';
import { note } from '../src/discord/replier.js';
import { answerOffThread, DEFAULT_RESULTS } from './ask.js';

/** The context-menu command's base name (what `interaction.commandName` holds). */
export const SEARCH_MESSAGE_NAME = 'Search the article';

/** The "Search the article" message command. */
export const searchMessage: MessageCommand = {
  kind: 'message',
  name: SEARCH_MESSAGE_NAME,
  data: new ContextMenuCommandBuilder()
    .setName(SEARCH_MESSAGE_NAME)
    .setNameLocalizations({ it: "Cerca nell'articolo", 'en-US': SEARCH_MESSAGE_NAME, 'en-GB': SEARCH_MESSAGE_NAME })
    .setType(ApplicationCommandType.Message)
    .toJSON(),
  execute(interaction, ctx) {
    const t = strings(ctx.lang);
    const text = (interaction.targetMessage.content ?? '').trim();
    if (!text) return note(t.noText);
    const query = { question: text, limit: DEFAULT_RESULTS, article: undefined, user: interaction.user.id, guildId: interaction.guildId };
    return answerOffThread(ctx.core, ctx, query, true);
  },
};
