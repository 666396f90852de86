/**
 * `/sections [article] [private]`: the sections of the article(s), with their ¶ ranges and ids.
 */
import { SlashCommandBuilder } from 'discord.js';
import { articleChoices } from '../src/discord/autocomplete.js';
import type { SlashCommand } from '../src/discord/command.js';
import { ANSWER_COLOUR } from '../src/discord/embeds.js';
import { strings } from '../src/discord/i18n.js';
import { LIMITS, clamp, safeTextWithin } from '../src/discord/limits.js';
import { articleFilter, articleOption, localise, privateOption } from '../src/discord/options.js';

/** The `/sections` command. */
export const sections: SlashCommand = {
  kind: 'slash',
  name: 'sections',
  data: localise(new SlashCommandBuilder(), {
    name: 'sections',
    nameIt: 'sezioni',
    it: 'Le sezioni dell’articolo, con i loro ¶',
    en: 'The article’s sections, with their ¶',
  })
    .addStringOption(articleOption)
    .addBooleanOption(privateOption)
    .toJSON(),
  execute(interaction, ctx) {
    const t = strings(ctx.lang);
    const article = articleFilter(interaction.options, ctx);
    if ('reply' in article) return article.reply;
    const list = ctx.core.sections(article.slug);
    const lines: string[] = [];
    let current = '';
    for (const s of list) {
      if (s.article !== current && ctx.core.articles.length > 1) {
        if (current) lines.push('');
        lines.push(`**${safeTextWithin(s.articleTitle, 200)}** (\`${s.article.replace(/`/g, '')}\`)`);
      }
      current = s.article;
      const range = s.from === s.to ? `¶${s.from}` : `¶${s.from}–${s.to}`;
      lines.push(`\`${range}\` ${safeTextWithin(s.title, 200)} · \`${s.id.replace(/`/g, '')}\``);
    }
    const title = article.slug || ctx.core.articles.length === 1 ? (ctx.core.articles.find((a) => a.slug === (article.slug ?? ctx.core.articles[0]?.slug))?.meta.title ?? t.sections) : t.sections;
    let description = '';
    for (const line of lines) {
      if (description.length + line.length + 1 > LIMITS.embedDescription - 2) {
        description += '\n…';
        break;
      }
      description += (description ? '\n' : '') + line;
    }
    return {
      body: {
        embeds: [
          {
            title: safeTextWithin(title, LIMITS.embedTitle),
            description: clamp(description || '—', LIMITS.embedDescription),
            color: ANSWER_COLOUR,
            footer: { text: `${t.sections}: ${list.length}` },
          },
        ],
      },
      ephemeral: interaction.options.getBoolean('private') === true,
    };
  },
  autocomplete(interaction, ctx) {
    const focused = interaction.options.getFocused(true);
    return focused.name === 'article' ? articleChoices(ctx.core, focused.value) : [];
  },
};
