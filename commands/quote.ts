/**
 * `/quote person [kind] [article] [private]`: what someone quoted in the article said, verbatim, with ¶.
 */
import { SlashCommandBuilder } from 'discord.js';
import { isNonResponse } from '../src/core/speakerLexicon.js';
import type { Quote } from '../src/core/types.js';
import { articleChoices, personChoices } from '../src/discord/autocomplete.js';
import { LARGE_CORPUS } from './ask.js';
import type { SlashCommand } from '../src/discord/command.js';
import { ANSWER_COLOUR } from '../src/discord/embeds.js';
import { withFeedback } from '../src/discord/feedback.js';
import { strings } from '../src/discord/i18n.js';
import { LIMITS, clamp, plainText, safeTextWithin } from '../src/discord/limits.js';
import { articleFilter, articleOption, choiceOption, localise, privateOption, stringOption } from '../src/discord/options.js';
import { note } from '../src/discord/replier.js';

const KINDS = ['direct', 'reported'] as const;
const PERSON_MAX = 100;

/**
 * Renders quotes as blockquotes with their ¶, as many as fit an embed description.
 * @param quotes - the quotes, in document order
 * @param t - the strings
 * @param showArticle - whether to name the article (several articles served)
 * @returns markdown of at most 4,096 characters
 */
export function quoteBlocks(quotes: readonly Quote[], t: ReturnType<typeof strings>, showArticle: boolean): string {
  const room = LIMITS.embedDescription - 200;
  const blocks: string[] = [];
  let used = 0;
  for (const q of quotes) {
    const text = safeTextWithin(q.text.replace(/\s*\n\s*/g, ' '), 900);
    // The core gives direct quotes without their quotation marks; put them back so they read as quotations.
    const shown = q.kind === 'direct' ? `“${text}”` : text;
    const block = `> ${shown}\n> — ¶${q.paragraph}${showArticle ? ` · ${safeTextWithin(q.article, 60)}` : ''} · *${q.kind === 'direct' ? t.direct : isNonResponse(q.text) ? t.noResponse : t.reported}*`;
    if (used + block.length + 2 > room) break;
    blocks.push(block);
    used += block.length + 2;
  }
  const rest = quotes.length - blocks.length;
  return blocks.join('\n\n') + (rest > 0 ? `\n\n${t.moreQuotes(rest)}` : '');
}

/** The `/quote` command. */
export const quote: SlashCommand = {
  kind: 'slash',
  name: 'quote',
  // The people registry is built on the first look-up: on a large corpus that first build can take seconds.
  defer: (core) => core.index.paragraphs.length > LARGE_CORPUS,
  data: localise(new SlashCommandBuilder(), {
    name: 'quote',
    nameIt: 'cita',
    it: 'Cosa ha detto una persona citata nell’articolo, parola per parola',
    en: 'What someone quoted in the article said, word for word',
  })
    .addStringOption((o) =>
      localise(o, { name: 'person', nameIt: 'persona', it: 'Nome o parte del nome', en: 'Name or part of it' }).setRequired(true).setAutocomplete(true).setMaxLength(PERSON_MAX),
    )
    .addStringOption((o) =>
      localise(o, { name: 'kind', nameIt: 'tipo', it: 'Solo citazioni dirette o solo discorso riportato', en: 'Only direct quotes or only reported speech' }).addChoices(
        { name: 'direct', name_localizations: { it: 'dirette', 'en-US': 'direct', 'en-GB': 'direct' }, value: 'direct' },
        { name: 'reported', name_localizations: { it: 'riportate', 'en-US': 'reported', 'en-GB': 'reported' }, value: 'reported' },
      ),
    )
    .addStringOption(articleOption)
    .addBooleanOption(privateOption)
    .toJSON(),
  execute(interaction, ctx) {
    const t = strings(ctx.lang);
    const article = articleFilter(interaction.options, ctx);
    if ('reply' in article) return article.reply;
    const name = stringOption(interaction.options, 'person', PERSON_MAX).trim();
    const kind = choiceOption(interaction.options, 'kind', KINDS);
    const speakers = () => safeTextWithin(ctx.core.people().map((p) => p.name).join(', '), 1200);
    if (!name) return note(t.whoSpeaks(speakers()));
    const result = ctx.core.quote(name, { ...(kind ? { kind } : {}), ...(article.slug ? { article: article.slug } : {}) });
    if (result.person === null) {
      if (result.office) return note(t.severalHolders(safeTextWithin(result.office, 100), safeTextWithin(result.suggestions.join(', '), 600)));
      const hint = result.suggestions.length ? t.didYouMean(safeTextWithin(result.suggestions.join(', '), 600)) : t.whoSpeaks(speakers());
      return note(`${t.unknownPerson(safeTextWithin(name, 100), ctx.core.articles.length > 1)}\n${hint}`);
    }
    const person = safeTextWithin(result.person, 200);
    if (!result.quotes.length) return note(t.noQuotes(person, kind === 'direct' ? t.direct : t.reported));
    const many = ctx.core.articles.length > 1;
    const role = result.role ? `*${safeTextWithin(result.role, 300)}*\n\n` : '';
    const titles = [...new Set(result.quotes.map((q) => ctx.core.articles.find((a) => a.slug === q.article)?.meta.title ?? q.article))];
    const reply = {
      body: {
        embeds: [
          {
            title: clamp(person, LIMITS.embedTitle),
            description: clamp(role + quoteBlocks(result.quotes, t, many), LIMITS.embedDescription),
            color: ANSWER_COLOUR,
            footer: { text: plainText(titles.join(' · '), LIMITS.footerText) },
          },
        ],
      },
      ephemeral: interaction.options.getBoolean('private') === true,
    };
    return withFeedback(reply, ctx, t);
  },
  autocomplete(interaction, ctx) {
    const focused = interaction.options.getFocused(true);
    if (focused.name === 'person') return personChoices(ctx.core, focused.value);
    if (focused.name === 'article') return articleChoices(ctx.core, focused.value);
    return [];
  },
};
