/**
 * `/reload`: reloads the corpus from disk (members with Manage Server only). Interactions already running
 * keep the core they started with; on failure the previous corpus keeps serving.
 */
import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.js';
import { strings } from '../src/discord/i18n.js';
import { LIMITS, clamp, safeTextWithin } from '../src/discord/limits.js';
import { localise } from '../src/discord/options.js';
import { note } from '../src/discord/replier.js';

/** The `/reload` command. */
export const reload: SlashCommand = {
  kind: 'slash',
  name: 'reload',
  data: localise(new SlashCommandBuilder(), {
    name: 'reload',
    nameIt: 'ricarica',
    it: 'Ricarica gli articoli dal disco (gestori del server)',
    en: 'Reload the articles from disk (server managers)',
  })
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .toJSON(),
  ephemeral: true,
  defer: () => true,
  async execute(interaction, ctx) {
    const t = strings(ctx.lang);
    // Discord hides the command from others, but a server can override that; check again here.
    if (!interaction.guildId || !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return note(t.reloadDenied);
    const result = await ctx.bot.reload();
    ctx.bot.logger.info('corpus reload', { user: interaction.user.id, ok: result.ok, ...(result.ok ? { articles: result.articles } : { error: result.error }) });
    return note(result.ok ? t.reloadOk(result.articles) : clamp(t.reloadFailed(safeTextWithin(result.error, 1500)), LIMITS.content));
  },
};
