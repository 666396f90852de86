/**
 * `/about [private]`: what Brano serves: the articles with their source, author and date, counts, version.
 */
import { SlashCommandBuilder, type APIEmbedField } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.js';
import { ANSWER_COLOUR } from '../src/discord/embeds.js';
import { strings } from '../src/discord/i18n.js';
import { LIMITS, plainText, safeTextWithin } from '../src/discord/limits.js';
import { localise, privateOption } from '../src/discord/options.js';

/** The `/about` command. */
export const about: SlashCommand = {
  kind: 'slash',
  name: 'about',
  data: localise(new SlashCommandBuilder(), {
    name: 'about',
    nameIt: 'info',
    it: 'Informazioni sull’articolo e su Brano',
    en: 'About the article and Brano',
  })
    .addBooleanOption(privateOption)
    .toJSON(),
  noCooldown: true,
  execute(interaction, ctx) {
    const t = strings(ctx.lang);
    const { core } = ctx;
    const paragraphs = core.articles.reduce((n, a) => n + a.paragraphs.length, 0);
    const sectionCount = core.articles.reduce((n, a) => n + a.sections.length, 0);
    const fields: APIEmbedField[] = core.articles.slice(0, 20).map((a) => ({
      name: safeTextWithin((ctx.lang === 'en' && a.meta.titleEn) || a.meta.title, LIMITS.fieldName),
      value: safeTextWithin(
        [
          `${a.slug} · ${a.paragraphs.length} ¶ · ${a.sections.length} ${t.sections.toLowerCase()}`,
          a.meta.source ? `${t.source}: ${a.meta.source}` : '',
          a.meta.author ? `${t.author}: ${a.meta.author}` : '',
          a.meta.date ? `${t.date}: ${a.meta.date}` : '',
        ]
          .filter(Boolean)
          .join('\n'),
        LIMITS.fieldValue,
      ),
    }));
    let people: number | undefined;
    try {
      people = core.people().length;
    } catch {
      people = undefined;
    }
    const counts = [
      `${t.articles}: ${core.articles.length}`,
      `${t.paragraphs}: ${paragraphs}`,
      `${t.sections}: ${sectionCount}`,
      ...(people !== undefined ? [`${t.people}: ${people}`] : []),
    ].join(' · ');
    return {
      body: {
        embeds: [
          {
            title: t.aboutTitle,
            description: `${t.aboutLine}\n\n${counts}`,
            fields,
            color: ANSWER_COLOUR,
            footer: { text: plainText(`Brano ${ctx.bot.version}`, 60) },
          },
        ],
      },
      ephemeral: interaction.options.getBoolean('private') === true,
    };
  },
};
