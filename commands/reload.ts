/**
 * `/reload`: reloads the corpus from disk (members with Manage Server only). Interactions already running
 * keep the core they started with; on failure the previous corpus keeps serving.
 */
import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.js';
import { strings } from '../src/discord/i18n.js';
import { LIMITS, clamp, safeTextWithin } from '../src/discord/limits.js';
import { localise } from '../src/discord/options.js';
import { note } from '../src/discord/replier.js';

/**
 * Writes `default_member_permissions` as a number. The builder writes the bit set as a string (as Discord's
 * prose docs show it); Discord's OpenAPI schema types it as an integer, which Discord accepts too. A number
 * satisfies both, so the registration body validates against the schema.
 * @param data - the command JSON
 * @returns the same JSON with the permissions as a number
 */
export function withIntegerPermissions(data: RESTPostAPIChatInputApplicationCommandsJSONBody): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const bits = data.default_member_permissions;
  return { ...data, default_member_permissions: (bits == null ? null : Number(bits)) as unknown as string | null };
}

/** The `/reload` command. */
export const reload: SlashCommand = {
  kind: 'slash',
  name: 'reload',
  data: withIntegerPermissions(localise(new SlashCommandBuilder(), {
    name: 'reload',
    nameIt: 'ricarica',
    it: 'Ricarica gli articoli dal disco (gestori del server)',
    en: 'Reload the articles from disk (server managers)',
  })
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .toJSON()),
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
