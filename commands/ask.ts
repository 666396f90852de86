/**
 * `/ask question [results] [private] [article]`: the best passage, verbatim, with its ¶, section and article,
 * and buttons to page through the results, read the whole paragraph or its neighbours. Abstains honestly.
 */
import { ButtonStyle, SlashCommandBuilder, type APIModalInteractionResponseCallbackData } from 'discord.js';
import type { AskResult, Passage } from '../src/core/ask.js';
import type { BranoCore } from '../src/core/brano.js';
import { conversationContext, resolveFollowUp } from '../src/core/followUp.js';
import { detectLanguage } from '../src/core/language.js';
import { excerptOrigin } from '../src/core/excerpt.js';
import { passageAt, passageShape, questionTerms } from '../src/core/passage.js';
import type { Article, Paragraph } from '../src/core/types.js';
import { articleChoices } from '../src/discord/autocomplete.js';
import {
  articleKey,
  ASK_PREFIX,
  askButtonIds,
  decodeAskButton,
  decodeFollowUp,
  encodeFollowUp,
  fitResults,
  FOLLOW_UP_PREFIX,
  resolveArticleKey,
  resultsCheck,
  type AskButtonState,
} from '../src/discord/buttons.js';
import type { SlashCommand } from '../src/discord/command.js';
import { NOTE_COLOUR, findParagraph, paragraphsEmbed, passageEmbed, type Span } from '../src/discord/embeds.js';
import { strings } from '../src/discord/i18n.js';
import { decodeFeedback, FEEDBACK_PREFIX, feedbackIdOf, withFeedbackRow } from '../src/discord/feedback.js';
import type { CommandLike, HandlerContext, Reply } from '../src/discord/interactions.js';
import { newAnswerId, type ShownPassage } from '../src/store/questionLog.js';
import { fitBody, safeText, type Button, type ButtonRow, type MessageBody } from '../src/discord/limits.js';
import { articleFilter, articleOption, intOption, localise, privateOption, stringOption } from '../src/discord/options.js';
import { note } from '../src/discord/replier.js';
import { knownAnswer, memoisedAnswer } from '../src/discord/answerMemo.js';

/** Results a question pages through by default, and at most. */
export const DEFAULT_RESULTS = 3;
const MAX_RESULTS = 10;
/** Longest question (the option's max_length). */
const QUESTION_MAX = 300;
/** Above this many paragraphs a search may take long enough that the router defers first. */
export const LARGE_CORPUS = 20_000;

/** The custom_id of the follow-up form's one text field. */
const FOLLOW_UP_FIELD = 'question';

/**
 * The Follow up form: one text field for the question, its custom_id carrying the answer's context.
 * @param customId - the Follow up button's custom_id (the form keeps it)
 * @param t - the reply strings
 * @returns the modal
 */
function followUpForm(customId: string, t: ReturnType<typeof strings>): APIModalInteractionResponseCallbackData {
  return {
    custom_id: customId,
    title: t.followUpTitle,
    components: [
      {
        type: 1,
        components: [
          { type: 4, custom_id: FOLLOW_UP_FIELD, style: 1, label: t.followUpField, placeholder: t.followUpPlaceholder, required: true, min_length: 1, max_length: QUESTION_MAX },
        ],
      },
    ],
  };
}

/** What an answer view shows. */
type View = 'passage' | 'paragraph' | 'context';

/** A question and whose answer it is. */
export interface AskQuery {
  readonly question: string;
  readonly limit: number;
  /** Article filter (slug), when the user gave one. */
  readonly article: string | undefined;
  /** Whose buttons these are. */
  readonly user: string;
  /** The server it was asked in (recorded with the question; null in DMs). */
  readonly guildId?: string | null | undefined;
}

/** What the buttons of a shown result carry: the answer's results, the one shown, the asker, the question. */
type Carried = Omit<AskButtonState, 'action'>;

/**
 * The buttons of a shown result: paging, whole paragraph, neighbours, and Follow up (which carries the question and
 * the passage shown, so a follow-up is read in their context).
 * @param carried - the answer's results and the index shown
 * @param view - the view shown
 * @param t - the reply strings
 * @param question - the question the answer was for, when known
 * @returns one row of at most five buttons
 */
function buttons(carried: Carried, view: View, t: ReturnType<typeof strings>, question: string | undefined): ButtonRow[] {
  const id = askButtonIds(carried);
  const count = carried.results.length;
  const row: Button[] = [];
  if (count > 1) {
    row.push({ type: 2, style: ButtonStyle.Secondary, label: t.prevLabel, custom_id: id('p'), disabled: carried.index === 0 });
    row.push({ type: 2, style: ButtonStyle.Secondary, label: t.nextLabel, custom_id: id('x'), disabled: carried.index >= count - 1 });
  }
  row.push(view === 'paragraph' ? { type: 2, style: ButtonStyle.Primary, label: t.backLabel, custom_id: id('b') } : { type: 2, style: ButtonStyle.Primary, label: t.paragraphLabel, custom_id: id('w') });
  row.push(view === 'context' ? { type: 2, style: ButtonStyle.Primary, label: t.backLabel, custom_id: id('b') } : { type: 2, style: ButtonStyle.Secondary, label: t.contextLabel, custom_id: id('c') });
  const shown = carried.results[carried.index];
  if (shown && question) {
    row.push({ type: 2, style: ButtonStyle.Success, label: t.followUpLabel, custom_id: encodeFollowUp({ article: shown.article, paragraph: shown.paragraph, question }) });
  }
  return [{ type: 1, components: row }];
}

/**
 * Renders one result of an answer in a view, with the buttons that page through the answer's results.
 * @param passage - the result
 * @param found - its article and paragraph
 * @param carried - the answer's results and the index shown
 * @param view - passage, whole paragraph or neighbours
 * @param title - the embed title: the question as typed (`text`), or a title already in Discord markdown
 * @param t - the reply strings
 * @returns the message body
 */
function render(
  passage: Passage,
  found: { article: Article; paragraph: Paragraph },
  carried: Carried,
  view: View,
  title: { text: string } | { markdown: string },
  t: ReturnType<typeof strings>,
): MessageBody {
  const count = carried.results.length;
  const position = count > 1 ? t.resultOf(carried.index + 1, count) : '';
  const plain = 'text' in title ? title.text : passage.articleTitle;
  let embed;
  if (view === 'passage') {
    embed = passageEmbed(passage, { title: plain, paragraph: found.paragraph, note: position });
  } else {
    const { article, paragraph } = found;
    const offset = excerptOrigin(paragraph, passage);
    const shift = (s: Span): Span => [s[0] + offset, s[1] + offset];
    const emphasis = passage.span[1] <= paragraph.text.length ? { bold: shift(passage.highlight), underline: passage.matches.map(shift) } : undefined;
    const numbers = view === 'paragraph' ? [paragraph.number] : [paragraph.number - 1, paragraph.number, paragraph.number + 1];
    embed = paragraphsEmbed(article, numbers, paragraph.number, emphasis, plain, position);
  }
  if ('markdown' in title) embed = { ...embed, title: title.markdown };
  const question = carried.question ?? ('text' in title ? title.text : unescapeTitle(title.markdown));
  return { embeds: [embed], components: buttons(carried, view, t, question) };
}

/**
 * Answers a question: its best passage (public unless `ephemeral`) with buttons carrying the ranked results, or
 * an ephemeral "not in the article" with the closest passage.
 * @param core - the core
 * @param ctx - language
 * @param query - the question
 * @param ephemeral - whether the answer is private
 * @returns the reply
 */
export function answer(core: BranoCore, ctx: Pick<HandlerContext, 'lang'> & Partial<Pick<HandlerContext, 'bot'>>, query: AskQuery, ephemeral: boolean): Reply {
  return answerWith(core.ask(query.question, askOptions(query)), core, ctx, query, ephemeral);
}

/**
 * {@link answer}, with the question answered by the bot's ask pool (worker threads) when it has one, so the event
 * loop keeps acknowledging other interactions meanwhile, and a question the server asked before (or is asking now)
 * answered from the core's memo (src/discord/answerMemo.ts); the reply is the same.
 * @param core - the core the interaction took
 * @param ctx - language and bot context
 * @param query - the question
 * @param ephemeral - whether the answer is private
 * @returns the reply
 */
export function answerOffThread(core: BranoCore, ctx: Pick<HandlerContext, 'lang'> & Partial<Pick<HandlerContext, 'bot'>>, query: AskQuery, ephemeral: boolean): Reply | Promise<Reply> {
  const pool = ctx.bot?.askPool;
  const options = askOptions(query);
  // An answer the memo holds is replied to at once, in the turn its interaction arrived.
  const known = knownAnswer(core, query.question, options);
  if (known) return answerWith(known, core, ctx, query, ephemeral);
  return memoisedAnswer(core, query.question, options, () => (pool ? pool.ask(core, query.question, options) : core.ask(query.question, options))).then((result) =>
    answerWith(result, core, ctx, query, ephemeral),
  );
}

const askOptions = (query: AskQuery) => ({ limit: query.limit, ...(query.article ? { article: query.article } : {}) });

// The reply to a question, from the core's answer to it.
function answerWith(result: AskResult, core: BranoCore, ctx: Pick<HandlerContext, 'lang'> & Partial<Pick<HandlerContext, 'bot'>>, query: AskQuery, ephemeral: boolean): Reply {
  const t = strings(ctx.lang);
  // Recorded whatever the answer (a declined question is what /stats is for), once the answer is on its way; the log
  // never throws.
  const log = ctx.bot?.questions;
  const answerId = log?.enabled ? newAnswerId() : undefined;
  // A greeting or a thanks is not a question: /stats would count it as declined.
  if (log && answerId && result.reason !== 'small-talk') {
    log.enqueue({
      answerId,
      question: query.question,
      lang: result.lang,
      article: query.article,
      answered: result.answered,
      passages: shownPassages(result),
      guildId: query.guildId,
      source: 'discord',
    });
  }
  if (!result.answered) {
    const closest = result.closest?.[0];
    const several = !query.article && core.articles.length > 1;
    if (result.smallTalk) return note(result.smallTalk === 'hello' ? (several ? t.helloMany : t.hello) : t.thanks);
    if (result.info) {
      // (several articles' titles are a list)
      if (result.info.length > 1 && result.info[0]!.field === 'title') return note([t.articleTitles(result.info.length), ...result.info.map((i) => t.articleTitleItem(safeText(i.articleTitle), i.titleEn === undefined ? undefined : safeText(i.titleEn)))].join('\n'));
      return note(result.info.map((i) => t.articleInfo(i.field, safeText(i.articleTitle), i.value === null ? null : safeText(i.value), i.titleEn === undefined ? undefined : safeText(i.titleEn))).join('\n'));
    }
    const content = result.reason === 'empty-question' ? t.emptyQuestion : result.unsaid ? t.unsaid[result.unsaid] : several ? t.notInArticles : t.notInArticle;
    if (!closest) return note(content);
    const paragraph = findParagraph(core.articles, closest.article, closest.paragraph)?.paragraph;
    return { body: { content, embeds: [passageEmbed(closest, { title: query.question, paragraph, note: t.closest, colour: NOTE_COLOUR })] }, ephemeral: true };
  }
  const body = answerBody(result, core, ctx.lang, query);
  if (!body) return note(t.notInArticle);
  return { body: withFeedbackRow(body, ephemeral ? undefined : answerId, t), ephemeral };
}

/** The passages each answer showed, as recorded (one list per answer, so an answer asked again records the same). */
const SHOWN = new WeakMap<AskResult, readonly ShownPassage[]>();

/**
 * The passages an answer showed, as the question log records them.
 * @param result - the core's answer
 * @returns its passages' article, ¶ and section, best first
 */
function shownPassages(result: AskResult): readonly ShownPassage[] {
  let shown = SHOWN.get(result);
  if (!shown) SHOWN.set(result, (shown = result.passages.map((p) => ({ article: p.article, paragraph: p.paragraph, section: p.sectionTitle }))));
  return shown;
}

/**
 * Rendered answers, by the core's answer they show: a question the server answers from its memo
 * (src/discord/answerMemo.ts) gets the same answer object back, and the same asker in the same language the same body
 * (the 👍/👎 row, which differs per answer, is added after). Entries go when their answer object does.
 */
const RENDERED = new WeakMap<AskResult, Map<string, MessageBody | null>>();

/**
 * The body showing an answered question's best passage with the buttons that carry its results, or null when none of
 * its passages is in the corpus any more.
 * @param result - the core's answer (answered)
 * @param core - the core that gave it
 * @param lang - the reply language
 * @param query - the question and its asker
 * @returns the message body, shared with earlier identical answers (not to be changed)
 */
function answerBody(result: AskResult, core: BranoCore, lang: HandlerContext['lang'], query: AskQuery): MessageBody | null {
  const key = `${lang}\u0000${query.user}\u0000${query.question}`;
  let byAsker = RENDERED.get(result);
  const known = byAsker?.get(key);
  if (known !== undefined) return known;
  const t = strings(lang);
  const ranked = result.passages.flatMap((passage) => {
    const found = findParagraph(core.articles, passage.article, passage.paragraph);
    return found ? [{ passage, found, ref: { article: articleKey(passage.article), paragraph: passage.paragraph, ...passageShape(found.paragraph, passage) } }] : [];
  });
  const first = ranked[0];
  let body: MessageBody | null = null;
  if (first) {
    const results = fitResults(query.user, ranked.map((r) => r.ref));
    const check = resultsCheck(ranked.slice(0, results.length).map((r) => r.found.paragraph.text));
    const carried: Carried = { user: query.user, index: 0, check, results, question: query.question };
    // Fitted once here, not again each time the answer is shown.
    body = fitBody(render(first.passage, first.found, carried, 'passage', { text: query.question }, t));
  }
  if (!byAsker) RENDERED.set(result, (byAsker = new Map()));
  // A few askers and languages per answer are the rule; a bound keeps an answer asked by a whole server small.
  if (byAsker.size >= 16) byAsker.clear();
  byAsker.set(key, body);
  return body;
}

/**
 * The words of a title Brano escaped for Discord (markdown escapes and the zero-width spaces that defuse mentions
 * removed), to find the question's words in the text again.
 * @param title - an embed title Brano sent
 * @returns plain text
 */
export function unescapeTitle(title: string): string {
  return title.replace(/\\([^\p{L}\p{N}\s])/gu, '$1').replace(/\u200b/g, '');
}

/**
 * The question an `/ask` interaction asks, or the note for an article option that names no article.
 * @param interaction - the command
 * @param ctx - core and language
 * @returns the query, or `{ reply }`
 */
function queryOf(interaction: CommandLike, ctx: HandlerContext): AskQuery | { reply: Reply } {
  const article = articleFilter(interaction.options, ctx);
  if ('reply' in article) return article;
  return {
    question: stringOption(interaction.options, 'question', QUESTION_MAX),
    limit: intOption(interaction.options, 'results', 1, MAX_RESULTS, DEFAULT_RESULTS),
    article: article.slug,
    user: interaction.user.id,
    guildId: interaction.guildId,
  };
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
  buttonPrefix: [ASK_PREFIX, FOLLOW_UP_PREFIX, FEEDBACK_PREFIX],
  defer: (core) => core.index.paragraphs.length > LARGE_CORPUS,
  execute(interaction, ctx) {
    const query = queryOf(interaction, ctx);
    if ('reply' in query) return query.reply;
    return answerOffThread(ctx.core, ctx, query, interaction.options.getBoolean('private') === true);
  },
  ready(interaction, ctx) {
    const query = queryOf(interaction, ctx);
    if ('reply' in query) return query.reply;
    const known = knownAnswer(ctx.core, query.question, askOptions(query));
    return known && answerWith(known, ctx.core, ctx, query, interaction.options.getBoolean('private') === true);
  },
  autocomplete(interaction, ctx) {
    const focused = interaction.options.getFocused(true);
    return focused.name === 'article' ? articleChoices(ctx.core, focused.value) : [];
  },
  button(interaction, ctx) {
    const t = strings(ctx.lang);
    const press = decodeFeedback(interaction.customId);
    if (press) {
      const log = ctx.bot.questions;
      if (!log?.enabled) return note(t.feedbackOff);
      return note(log.feedback(press.answerId, interaction.user.id, press.up ? 1 : -1, interaction.guildId) ? t.feedbackThanks(press.up) : t.feedbackFailed);
    }
    if (interaction.customId.startsWith(`${FOLLOW_UP_PREFIX}|`)) {
      return decodeFollowUp(interaction.customId) ? { body: {}, ephemeral: true, modal: followUpForm(interaction.customId, t) } : note(t.expired);
    }
    const state = decodeAskButton(interaction.customId);
    if (!state) return note(t.expired);
    const slugs = ctx.core.articles.map((a) => a.slug);
    const index = state.action === 'p' ? state.index - 1 : state.action === 'x' ? state.index + 1 : state.index;
    const ref = state.results[index];
    // The results must still stand where they stood: a reload that changed their paragraphs makes the buttons expire.
    const texts = state.results.map((r) => {
      const slug = resolveArticleKey(r.article, slugs);
      return slug ? findParagraph(ctx.core.articles, slug, r.paragraph)?.paragraph.text : undefined;
    });
    if (!ref || texts.some((x) => x === undefined) || resultsCheck(texts as string[]) !== state.check) return note(t.expired);
    // Without the question in the custom_id, the answer's title (the question, escaped when it was sent) stands in.
    const shownTitle = interaction.message?.embeds[0]?.title ?? undefined;
    const words = state.question ?? (shownTitle ? unescapeTitle(shownTitle) : undefined);
    const found = findParagraph(ctx.core.articles, resolveArticleKey(ref.article, slugs)!, ref.paragraph);
    const passage = found && passageAt(found.article, ref.paragraph, ref, words ? questionTerms(ctx.core.index, words) : undefined);
    if (!found || !passage) return note(t.expired);
    const view: View = state.action === 'w' ? 'paragraph' : state.action === 'c' ? 'context' : 'passage';
    const title = state.question ? { text: state.question } : shownTitle ? { markdown: shownTitle } : { text: passage.articleTitle };
    // Someone else's public answer is not theirs to change: they get their own private copy, with buttons of their own.
    const asker = interaction.user.id === state.user;
    const carried: Carried = { user: interaction.user.id, index, check: state.check, results: state.results, question: state.question };
    const body = render(passage, found, carried, view, title, t);
    // The asker's edit keeps the answer's 👍/👎 row; someone else's private copy has none.
    return asker ? { body: withFeedbackRow(body, feedbackIdOf(interaction.message), t), ephemeral: false, update: true } : { body, ephemeral: true };
  },
  async modalSubmit(interaction, ctx) {
    const t = strings(ctx.lang);
    const state = decodeFollowUp(interaction.customId);
    const slug = state && resolveArticleKey(state.article, ctx.core.articles.map((a) => a.slug));
    const found = state && slug ? findParagraph(ctx.core.articles, slug, state.paragraph) : undefined;
    if (!state || !slug || !found) return note(t.expired);
    const typed = interaction.fields.getTextInputValue(FOLLOW_UP_FIELD).trim().slice(0, QUESTION_MAX);
    const people = ctx.core.people();
    const context = conversationContext(state.question, detectLanguage(state.question), { article: slug, paragraph: state.paragraph, text: found.paragraph.text }, people);
    const read = resolveFollowUp(typed, context, people);
    const reply = await answerOffThread(ctx.core, ctx, { question: read.question, limit: DEFAULT_RESULTS, article: undefined, user: interaction.user.id, guildId: interaction.guildId }, false);
    if (read.kind === 'standalone') return reply;
    // Say how the question was read, above the answer (or the note that the article does not say).
    const readAs = safeText(t.readAs(read.shown ?? read.question));
    return { ...reply, body: { ...reply.body, content: reply.body.content ? `${readAs}\n${reply.body.content}` : readAs } };
  },
};
