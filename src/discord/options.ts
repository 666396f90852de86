/**
 * Shared pieces of command definitions and option reading: localised names and descriptions, the `article`
 * and `private` options every answering command takes, and tolerant readers for option values.
 */
import type { LocalizationMap, SlashCommandBooleanOption, SlashCommandStringOption } from 'discord.js';
import { resolveArticle } from './autocomplete.js';
import { strings } from './i18n.js';
import type { HandlerContext, OptionReader, Reply } from './interactions.js';
import { safeTextWithin, wellFormed } from './limits.js';
import { note } from './replier.js';

/** Texts of a command or option: base (English) name, Italian name, Italian and English descriptions. */
export interface Texts {
  readonly name: string;
  readonly it: string;
  readonly en: string;
  readonly nameIt: string;
}

interface Localisable {
  setName(name: string): unknown;
  setNameLocalizations(map: LocalizationMap | null): unknown;
  setDescription(description: string): unknown;
  setDescriptionLocalizations(map: LocalizationMap | null): unknown;
}

/**
 * Sets a command's or option's name and description with it / en-US / en-GB localisations. The base name is
 * English (routing sees it); the base description is Italian, Brano's default language.
 * @param target - a builder
 * @param texts - the texts
 * @returns the builder
 */
export function localise<T extends Localisable>(target: T, texts: Texts): T {
  target.setName(texts.name);
  target.setNameLocalizations({ it: texts.nameIt, 'en-US': texts.name, 'en-GB': texts.name });
  target.setDescription(texts.it);
  target.setDescriptionLocalizations({ it: texts.it, 'en-US': texts.en, 'en-GB': texts.en });
  return target;
}

/**
 * The optional `article` option (autocompleted with slugs and titles).
 * @param o - the option builder
 * @returns the option
 */
export function articleOption(o: SlashCommandStringOption): SlashCommandStringOption {
  return localise(o, { name: 'article', nameIt: 'articolo', it: 'Solo questo articolo', en: 'Only this article' }).setAutocomplete(true).setMaxLength(100);
}

/**
 * The optional `private` option (answer only the user sees).
 * @param o - the option builder
 * @returns the option
 */
export function privateOption(o: SlashCommandBooleanOption): SlashCommandBooleanOption {
  return localise(o, { name: 'private', nameIt: 'privato', it: 'Risposta visibile solo a te', en: 'An answer only you can see' });
}

/**
 * Reads the `article` option every answering command takes.
 * @param options - the interaction's options
 * @param ctx - the handler context (its core resolves the article, its language words the note)
 * @returns `{ slug }` (undefined for all articles), or `{ reply }`: the note naming the articles there are
 */
export function articleFilter(options: OptionReader, ctx: HandlerContext): { slug: string | undefined } | { reply: Reply } {
  const article = resolveArticle(ctx.core, options.getString('article'));
  if (!('error' in article)) return article;
  return { reply: note(strings(ctx.lang).noSuchArticle(safeTextWithin(stringOption(options, 'article'), 100), article.error)) };
}

/** Longest text read from any string option: Discord enforces each option's own max_length; this guards the core anyway. */
export const OPTION_MAX = 1000;

/**
 * Reads a string option, tolerating its absence, cut to a length the core can handle quickly.
 * @param options - the interaction's options
 * @param name - option name
 * @param max - longest value kept (the option's registered max_length)
 * @returns the value (well-formed, never split inside a surrogate pair), or '' when absent
 */
export function stringOption(options: OptionReader, name: string, max: number = OPTION_MAX): string {
  const v = options.getString(name);
  if (typeof v !== 'string') return '';
  let end = Math.min(v.length, max);
  if (end < v.length && /[\uD800-\uDBFF]/.test(v[end - 1] ?? '')) end--;
  return wellFormed(v.slice(0, end));
}

/**
 * Reads an integer option within bounds.
 * @param options - the interaction's options
 * @param name - option name
 * @param min - smallest value
 * @param max - largest value
 * @param fallback - the default
 * @returns the value clamped to [min, max], or the default
 */
export function intOption(options: OptionReader, name: string, min: number, max: number, fallback: number): number {
  const v = options.getInteger(name);
  return typeof v === 'number' && Number.isFinite(v) ? Math.max(min, Math.min(max, Math.trunc(v))) : fallback;
}

/**
 * Reads a choice option.
 * @param options - the interaction's options
 * @param name - option name
 * @param allowed - the accepted values
 * @returns the value when it is one of `allowed`, else undefined
 */
export function choiceOption<T extends string>(options: OptionReader, name: string, allowed: readonly T[]): T | undefined {
  const v = options.getString(name);
  return allowed.find((a) => a === v);
}
