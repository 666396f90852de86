/**
 * `/sections [article] [private]`: the sections of the article(s), with their ¶ ranges and ids.
 */
import { SlashCommandBuilder } from 'discord.js';
import { articleChoices } from '../src/discord/autocomplete.js';
import type { SlashCommand } from '../src/discord/command.js';
import type { Reply } from '../src/discord/interactions.js';
import { ANSWER_COLOUR } from '../src/discord/embeds.js';
import { strings, type ReplyLang } from '../src/discord/i18n.js';
import type { BranoCore } from '../src/core/brano.js';
import { LIMITS, clamp, fitBody, safeTextWithin, type MessageBody } from '../src/discord/limits.js';
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
    const article = articleFilter(interaction.options, ctx);
    if ('reply' in article) return article.reply;
    return { body: sectionsBody(ctx.core, article.slug, ctx.lang), ephemeral: interaction.options.getBoolean('private') === true };
  },
  // A list costs next to nothing (made once per core, article and language): a late /sections gets it at once.
  ready(interaction, ctx) {
    return sections.execute(interaction, ctx) as Reply;
  },
  autocomplete(interaction, ctx) {
    const focused = interaction.options.getFocused(true);
    return focused.name === 'article' ? articleChoices(ctx.core, focused.value) : [];
  },
};

/** Each core's section lists as shown, by article and language: a core's sections never change (a reload makes a new core). */
const SHOWN = new WeakMap<BranoCore, Map<string, MessageBody>>();
/** Section lists kept per core. */
const SHOWN_MAX = 256;

/**
 * The message listing the sections of one article, or of all.
 * @param core - the core
 * @param slug - the article (undefined: every article)
 * @param lang - the reply language
 * @returns the body (made once per core, article and language; not to be changed)
 */
function sectionsBody(core: BranoCore, slug: string | undefined, lang: ReplyLang): MessageBody {
  const key = `${lang}\u0000${slug ?? ''}`;
  let shown = SHOWN.get(core);
  const known = shown?.get(key);
  if (known) return known;
  // Fitted once here, not again each time the list is shown.
  const body = fitBody(renderSections(core, slug, lang));
  if (!shown) SHOWN.set(core, (shown = new Map()));
  // A corpus of thousands of articles keeps the lists last asked for, not one per article.
  if (shown.size >= SHOWN_MAX) shown.clear();
  shown.set(key, body);
  return body;
}

/**
 * Renders the section list: each article's title (when there are several) and its sections with ¶ ranges and ids.
 * @param core - the core
 * @param slug - the article (undefined: every article)
 * @param lang - the reply language
 * @returns the body
 */
function renderSections(core: BranoCore, slug: string | undefined, lang: ReplyLang): MessageBody {
  const t = strings(lang);
  const list = core.sections(slug);
  const lines: string[] = [];
  let current = '';
  for (const s of list) {
    if (s.article !== current && core.articles.length > 1) {
      if (current) lines.push('');
      lines.push(`**${safeTextWithin(s.articleTitle, 200)}** (\`${s.article.replace(/`/g, '')}\`)`);
    }
    current = s.article;
    const range = s.from === s.to ? `¶${s.from}` : `¶${s.from}–${s.to}`;
    lines.push(`\`${range}\` ${safeTextWithin(s.title, 200)} · \`${s.id.replace(/`/g, '')}\``);
  }
  const title = slug || core.articles.length === 1 ? (core.articles.find((a) => a.slug === (slug ?? core.articles[0]?.slug))?.meta.title ?? t.sections) : t.sections;
  let description = '';
  for (const line of lines) {
    if (description.length + line.length + 1 > LIMITS.embedDescription - 2) {
      description += '\n…';
      break;
    }
    description += (description ? '\n' : '') + line;
  }
  return {
    embeds: [
      {
        title: safeTextWithin(title, LIMITS.embedTitle),
        description: clamp(description || '—', LIMITS.embedDescription),
        color: ANSWER_COLOUR,
        footer: { text: `${t.sections}: ${list.length}` },
      },
    ],
  };
}
