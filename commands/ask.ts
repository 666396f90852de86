/**
 * `/ask question [results] [private] [article]`: the best passage, verbatim, with its ¶, section and article,
 * and buttons to page through the results, read the whole paragraph or its neighbours. Abstains honestly.
 */
import { ButtonStyle, SlashCommandBuilder } from 'discord.js';
import type { BranoCore } from '../src/core/brano.js';
import { articleChoices, resolveArticle } from '../src/discord/autocomplete.js';
import { articleKey, ASK_PREFIX, decodeAskButton, encodeAskButton, resolveArticleKey, type AskAction, type AskButtonState } from '../src/discord/buttons.js';
import type { SlashCommand } from '../src/discord/command.js';
import { NOTE_COLOUR, findParagraph, paragraphsEmbed, passageEmbed, type Span } from '../src/discord/embeds.js';
import { strings } from '../src/discord/i18n.js';
import type { HandlerContext, Reply } from '../src/discord/interactions.js';
import { safeTextWithin, type Button, type ButtonRow } from '../src/discord/limits.js';
import { articleOption, intOption, localise, privateOption, stringOption } from '../src/discord/options.js';
import { note } from '../src/discord/replier.js';

/** Results a question pages through by default, and at most. */
export const DEFAULT_RESULTS = 3;
const MAX_RESULTS = 10;
/** Longest question (the option's max_length). */
const QUESTION_MAX = 300;
/** Above this many paragraphs a search may take long enough that the router defers first. */
export const LARGE_CORPUS = 20_000;

/** What an answer view shows. */
type View = 'passage' | 'paragraph' | 'context';

/** A question and where its answer stands. */
export interface AskQuery {
  readonly question: string;
  readonly limit: number;
  /** Article filter (slug), when the user gave one. */
  readonly article: string | undefined;
  /** Result shown (0-based). */
  readonly index: number;
  /** Whose buttons these are. */
  readonly user: string;
}

function buttons(query: AskQuery, shown: { article: string; paragraph: number }, count: number, view: View, t: ReturnType<typeof strings>): ButtonRow[] {
  const state = (action: AskAction): string =>
    encodeAskButton({
      action,
      user: query.user,
      index: query.index,
      limit: query.limit,
      filter: query.article ? articleKey(query.article) : null,
      article: articleKey(shown.article),
      paragraph: shown.paragraph,
      question: query.question,
    } satisfies AskButtonState);
  const row: Button[] = [];
  if (count > 1) {
    row.push({ type: 2, style: ButtonStyle.Secondary, label: t.prevLabel, custom_id: state('p'), disabled: query.index === 0 });
    row.push({ type: 2, style: ButtonStyle.Secondary, label: t.nextLabel, custom_id: state('x'), disabled: query.index >= count - 1 });
  }
  row.push(view === 'paragraph' ? { type: 2, style: ButtonStyle.Primary, label: t.backLabel, custom_id: state('b') } : { type: 2, style: ButtonStyle.Primary, label: t.paragraphLabel, custom_id: state('w') });
  row.push(view === 'context' ? { type: 2, style: ButtonStyle.Primary, label: t.backLabel, custom_id: state('b') } : { type: 2, style: ButtonStyle.Secondary, label: t.contextLabel, custom_id: state('c') });
  return [{ type: 1, components: row }];
}

/**
 * Answers a question: the passage at `query.index` (public unless `ephemeral`), or an ephemeral
 * "not in the article" with the closest passage.
 * @param core - the core
 * @param ctx - language
 * @param query - the question and position
 * @param ephemeral - whether the answer is private
 * @param view - which view to render
 * @param pin - for the paragraph views: the paragraph the button was on (kept even if the results moved)
 * @returns the reply, or undefined when `query.index` is past the results (a stale button)
 */
export function answer(
  core: BranoCore,
  ctx: Pick<HandlerContext, 'lang'>,
  query: AskQuery,
  ephemeral: boolean,
  view: View = 'passage',
  pin?: { article: string; paragraph: number },
): Reply | undefined {
  const t = strings(ctx.lang);
  const result = core.ask(query.question, { limit: query.limit, ...(query.article ? { article: query.article } : {}) });
  if (!result.answered) {
    if (query.index > 0 || view !== 'passage') return undefined;
    const closest = result.closest?.[0];
    const content = result.reason === 'empty-question' ? t.emptyQuestion : t.notInArticle;
    if (!closest) return note(content);
    const paragraph = findParagraph(core.articles, closest.article, closest.paragraph)?.paragraph;
    return { body: { content, embeds: [passageEmbed(closest, { title: query.question, paragraph, note: t.closest, colour: NOTE_COLOUR })] }, ephemeral: true };
  }
  const passage = result.passages[query.index];
  if (!passage) return undefined;
  const pinned = pin && view !== 'passage' ? findParagraph(core.articles, pin.article, pin.paragraph) : undefined;
  if (pin && view !== 'passage' && !pinned) return undefined;
  const found = pinned ?? findParagraph(core.articles, passage.article, passage.paragraph);
  const matches = found !== undefined && found.article.slug === passage.article && found.paragraph.number === passage.paragraph;
  const count = result.passages.length;
  const position = t.resultOf(query.index + 1, count);
  let embed;
  if (view === 'passage' || !found) {
    embed = passageEmbed(passage, { title: query.question, paragraph: found?.paragraph, note: count > 1 ? position : '' });
  } else {
    const { article, paragraph } = found;
    const offset = matches ? paragraph.text.indexOf(passage.excerpt) : -1;
    const shift = (s: Span): Span => [s[0] + offset, s[1] + offset];
    const emphasis = offset >= 0 ? { bold: shift(passage.highlight), underline: passage.matches.map(shift) } : undefined;
    const numbers = view === 'paragraph' ? [paragraph.number] : [paragraph.number - 1, paragraph.number, paragraph.number + 1];
    embed = paragraphsEmbed(article, numbers, paragraph.number, emphasis, query.question, count > 1 ? position : '');
  }
  return { body: { embeds: [embed], components: buttons(query, found ? { article: found.article.slug, paragraph: found.paragraph.number } : passage, count, view, t) }, ephemeral };
}

/** The `/ask` command. */
export const ask: SlashCommand = {
  kind: 'slash',
  name: 'ask',
  data: localise(new SlashCommandBuilder(), {
    name: 'ask',
    nameIt: 'chiedi',
    it: 'Fai una domanda sull’articolo: rispondo con il passaggio che lo dice',
    en: 'Ask about the article: I answer with the passage that says so',
  })
    .addStringOption((o) => localise(o, { name: 'question', nameIt: 'domanda', it: 'La tua domanda', en: 'Your question' }).setRequired(true).setMaxLength(QUESTION_MAX))
    .addIntegerOption((o) =>
      localise(o, { name: 'results', nameIt: 'risultati', it: 'Quanti passaggi scorrere (1–10, predefinito 3)', en: 'How many passages to page through (1–10, default 3)' })
        .setMinValue(1)
        .setMaxValue(MAX_RESULTS),
    )
    .addBooleanOption(privateOption)
    .addStringOption(articleOption)
    .toJSON(),
  buttonPrefix: ASK_PREFIX,
  defer: (core) => core.index.paragraphs.length > LARGE_CORPUS,
  execute(interaction, ctx) {
    const t = strings(ctx.lang);
    const article = resolveArticle(ctx.core, interaction.options.getString('article'));
    if ('error' in article) return note(t.noSuchArticle(safeTextWithin(stringOption(interaction.options, 'article'), 100), article.error));
    const query: AskQuery = {
      question: stringOption(interaction.options, 'question', QUESTION_MAX),
      limit: intOption(interaction.options, 'results', 1, MAX_RESULTS, DEFAULT_RESULTS),
      article: article.slug,
      index: 0,
      user: interaction.user.id,
    };
    return answer(ctx.core, ctx, query, interaction.options.getBoolean('private') === true) ?? note(t.notInArticle);
  },
  autocomplete(interaction, ctx) {
    const focused = interaction.options.getFocused(true);
    return focused.name === 'article' ? articleChoices(ctx.core, focused.value) : [];
  },
  button(interaction, ctx) {
    const t = strings(ctx.lang);
    const state = decodeAskButton(interaction.customId);
    if (!state) return note(t.expired);
    const slugs = ctx.core.articles.map((a) => a.slug);
    const filter = state.filter === null ? undefined : resolveArticleKey(state.filter, slugs);
    if (state.filter !== null && !filter) return note(t.expired);
    const index = state.action === 'p' ? state.index - 1 : state.action === 'x' ? state.index + 1 : state.index;
    if (index < 0 || index >= state.limit) return note(t.expired);
    const view: View = state.action === 'w' ? 'paragraph' : state.action === 'c' ? 'context' : 'passage';
    // Someone else's public answer is not theirs to change: they get their own private copy, with buttons of their own.
    const asker = interaction.user.id === state.user;
    const query: AskQuery = { question: state.question, limit: state.limit, article: filter, index, user: interaction.user.id };
    const pinned = resolveArticleKey(state.article, slugs);
    if (!pinned) return note(t.expired);
    const reply = answer(ctx.core, ctx, query, !asker, view, { article: pinned, paragraph: state.paragraph });
    if (!reply || reply.ephemeral !== !asker || !reply.body.components) return note(t.expired);
    return asker ? { ...reply, update: true } : reply;
  },
};
