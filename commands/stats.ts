/**
 * `/stats` (members with Manage Server; the reply is private): what this server's readers asked in the last 7 and
 * 30 days — questions, share declined, 👍/👎, the most asked topics, and the questions the article could not answer
 * (the ten most asked, near-identical wordings counted together). Read from the question log.
 */
import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder, type APIEmbed } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.js';
import { strings } from '../src/discord/i18n.js';
import { LIMITS, clamp, safeTextWithin } from '../src/discord/limits.js';
import { localise } from '../src/discord/options.js';
import { note } from '../src/discord/replier.js';
import type { PeriodStats } from '../src/store/questionLog.js';
import { withIntegerPermissions } from './reload.js';

/** The periods `/stats` shows, in days. */
export const STATS_PERIODS = [7, 30] as const;

/**
 * The stats embed.
 * @param periods - the figures per period, shortest first
 * @param t - the reply strings
 * @returns one embed
 */
export function statsEmbed(periods: readonly PeriodStats[], t: ReturnType<typeof strings>): APIEmbed {
  const longest = periods[periods.length - 1]!;
  const fields = periods.map((p) => ({ name: t.statsPeriod(p.days), value: t.statsLine(p.asked, Math.round(p.declinedShare * 100), p.up, p.down) }));
  const topics = longest.topics.map((x) => `${safeTextWithin(x.topic, 80)} (${x.count})`).join(' · ');
  fields.push({ name: t.statsTopics, value: topics || t.statsNone });
  const unanswered = longest.unanswered.map((q, i) => `${i + 1}. ${safeTextWithin(q.question, 90)}${q.count > 1 ? ` ×${q.count}` : ''}`).join('\n');
  fields.push({ name: t.statsUnanswered(longest.days), value: clamp(unanswered || t.statsNone, LIMITS.fieldValue) });
  return { title: t.statsTitle, fields };
}

/** The `/stats` command. */
export const stats: SlashCommand = {
  kind: 'slash',
  name: 'stats',
  data: withIntegerPermissions(
    localise(new SlashCommandBuilder(), {
      name: 'stats',
      nameIt: 'statistiche',
      it: 'Che cosa hanno chiesto i lettori, e a cosa l’articolo non risponde (gestori del server)',
      en: 'What readers asked, and what the article does not answer (server managers)',
    })
      .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
      .setContexts(InteractionContextType.Guild)
      .toJSON(),
  ),
  ephemeral: true,
  noCooldown: true,
  execute(interaction, ctx) {
    const t = strings(ctx.lang);
    // Discord hides the command from others, but a server can override that; check again here.
    if (!interaction.guildId || !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return note(t.statsDenied);
    const log = ctx.bot.questions;
    if (!log?.enabled) return note(t.statsOff);
    const periods = STATS_PERIODS.map((d) => log.stats(d, interaction.guildId!));
    if (periods.some((p) => p === undefined)) return note(t.statsUnavailable);
    return { body: { embeds: [statsEmbed(periods as PeriodStats[], t)] }, ephemeral: true };
  },
};
