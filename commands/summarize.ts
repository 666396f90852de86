/**
 * `/summarize [section] [topic] [length] [article] [private]`: a summary made of the article's own sentences,
 * in document order, each with its ¶.
 */
import { SlashCommandBuilder } from 'discord.js';
import type { SummarySentence } from '../src/core/types.js';
import { articleChoices, resolveArticle, sectionChoices } from '../src/discord/autocomplete.js';
import type { SlashCommand } from '../src/discord/command.js';
import { ANSWER_COLOUR } from '../src/discord/embeds.js';
import { withFeedback } from '../src/discord/feedback.js';
import { strings } from '../src/discord/i18n.js';
import { LIMITS, clamp, plainText, safeText, safeTextWithin } from '../src/discord/limits.js';
import { articleFilter, articleOption, choiceOption, localise, privateOption, stringOption } from '../src/discord/options.js';
import { note } from '../src/discord/replier.js';

const LENGTHS = ['short', 'medium', 'long'] as const;
const SECTION_MAX = 100;
const TOPIC_MAX = 200;

/**
 * Renders summary sentences grouped by paragraph: the sentences of one ¶ together, then `(¶N)`.
 * @param sentences - verbatim sentences in document order
 * @param showArticle - whether to name the article next to the ¶ (several articles)
 * @returns markdown of at most 4,096 characters
 */
export function summaryText(sentences: readonly SummarySentence[], showArticle: boolean): string {
  const groups: { key: string; label: string; texts: string[] }[] = [];
  for (const s of sentences) {
    const key = `${s.article}#${s.paragraph}`;
    const last = groups[groups.length - 1];
    if (last?.key === key) last.texts.push(s.text);
    else groups.push({ key, label: `¶${s.paragraph}${showArticle ? ` · ${safeTextWithin(s.article, 60)}` : ''}`, texts: [s.text] });
  }
  const out: string[] = [];
  let used = 0;
  for (const g of groups) {
    const block = `${safeText(g.texts.join(' ').replace(/\s*\n\s*/g, ' '))} *(${g.label})*`;
    if (used + block.length + 2 > LIMITS.embedDescription - 10) {
      if (!out.length) out.push(clamp(block, LIMITS.embedDescription - 10));
      break;
    }
    out.push(block);
    used += block.length + 2;
  }
  return out.join('\n\n');
}

/** The `/summarize` command. */
export const summarize: SlashCommand = {
  kind: 'slash',
  name: 'summarize',
  data: localise(new SlashCommandBuilder(), {
    name: 'summarize',
    nameIt: 'riassumi',
    it: 'Un riassunto fatto di frasi dell’articolo, con i loro ¶',
    en: 'A summary made of the article’s own sentences, with their ¶',
  })
    .addStringOption((o) => localise(o, { name: 'section', nameIt: 'sezione', it: 'Solo questa sezione', en: 'Only this section' }).setAutocomplete(true).setMaxLength(SECTION_MAX))
    .addStringOption((o) => localise(o, { name: 'topic', nameIt: 'argomento', it: 'Solo ciò che riguarda questo argomento', en: 'Only what concerns this topic' }).setMaxLength(TOPIC_MAX))
    .addStringOption((o) =>
      localise(o, { name: 'length', nameIt: 'lunghezza', it: 'Quanto lungo', en: 'How long' }).addChoices(
        { name: 'short', name_localizations: { it: 'breve', 'en-US': 'short', 'en-GB': 'short' }, value: 'short' },
        { name: 'medium', name_localizations: { it: 'medio', 'en-US': 'medium', 'en-GB': 'medium' }, value: 'medium' },
        { name: 'long', name_localizations: { it: 'lungo', 'en-US': 'long', 'en-GB': 'long' }, value: 'long' },
      ),
    )
    .addStringOption(articleOption)
    .addBooleanOption(privateOption)
    .toJSON(),
  // Summaries score every sentence of the corpus: acknowledge first.
  defer: () => true,
  execute(interaction, ctx) {
    const t = strings(ctx.lang);
    const article = articleFilter(interaction.options, ctx);
    if ('reply' in article) return article.reply;
    const section = stringOption(interaction.options, 'section', SECTION_MAX).trim();
    const topic = stringOption(interaction.options, 'topic', TOPIC_MAX).trim();
    const length = choiceOption(interaction.options, 'length', LENGTHS);
    const result = ctx.core.summarize({
      ...(article.slug ? { article: article.slug } : {}),
      ...(section ? { section } : {}),
      ...(topic ? { topic } : {}),
      ...(length ? { length } : {}),
    });
    switch (result.kind) {
      case 'unknown-section': {
        const list = result.sections.map((s) => `¶${s.from}${s.to !== s.from ? `–${s.to}` : ''} ${safeTextWithin(s.title, 120)} (\`${s.id.replace(/`/g, '')}\`)`).join('\n');
        return note(clamp(`${t.unknownSection(safeTextWithin(result.query, 100))}\n${t.sectionsAre}:\n${list}`, LIMITS.content));
      }
      case 'unknown-article':
        return note(t.noSuchArticle(safeTextWithin(result.query, 100), safeTextWithin(result.articles.join(', '), 1500)));
      case 'no-match':
        return note(result.topic.trim() ? t.noTopic(safeTextWithin(result.topic, 200)) : t.nothingToSummarize);
      case 'summary': {
        if (!result.sentences.length) return note(topic || section ? t.noTopic(safeTextWithin(topic || section, 200)) : t.nothingToSummarize);
        const title = ctx.core.articles.find((a) => a.slug === result.article)?.meta.title ?? result.article;
        const reply = {
          body: {
            embeds: [
              {
                title: safeTextWithin(`${t.summaryOf}: ${result.title}`, LIMITS.embedTitle),
                description: summaryText(result.sentences, ctx.core.articles.length > 1),
                color: ANSWER_COLOUR,
                footer: { text: plainText(title, LIMITS.footerText) },
              },
            ],
          },
          ephemeral: interaction.options.getBoolean('private') === true,
        };
        return withFeedback(reply, ctx, t);
      }
    }
  },
  autocomplete(interaction, ctx) {
    const focused = interaction.options.getFocused(true);
    if (focused.name === 'article') return articleChoices(ctx.core, focused.value);
    if (focused.name === 'section') {
      const article = resolveArticle(ctx.core, interaction.options.getString('article'));
      return sectionChoices(ctx.core, focused.value, 'slug' in article ? article.slug : undefined);
    }
    return [];
  },
};
