/**
 * Human and JSON views of who said what (`quote`) and of everyone who speaks (`people`) for the terminal.
 */
import type { Lang } from '../core/analysis.js';
import { isNonResponse } from '../core/speakerLexicon.js';
import type { Person, QuoteResult } from '../core/types.js';
import type { Style } from './style.js';

/**
 * The JSON object of the CLI contract for a quote look-up.
 * @param result - the core's answer
 * @returns `{query, person, role?, quotes:[{article, paragraph, text, kind}], suggestions}`
 */
export function quoteJson(result: QuoteResult): Record<string, unknown> {
  return {
    query: result.query,
    person: result.person,
    ...(result.role ? { role: result.role } : {}),
    quotes: result.quotes.map((q) => ({ article: q.article, paragraph: q.paragraph, text: q.text, kind: q.kind })),
    suggestions: result.suggestions,
    ...(result.mentions ? { mentions: result.mentions } : {}),
  };
}

/**
 * The JSON object of the CLI contract for the list of speakers; `quotes` is how many statements each has.
 * @param people - the core's speakers
 * @returns `{people:[{name, aliases, role, kind, quotes}]}`
 */
export function peopleJson(people: readonly Person[]): Record<string, unknown> {
  return {
    people: people.map((p) => ({ name: p.name, aliases: p.aliases, role: p.role ?? null, kind: p.kind, quotes: p.quotes.length })),
  };
}

const MESSAGES = {
  it: {
    empty: 'Scrivi un nome: per esempio «Lambert».',
    nobody: (name: string, several = false) => `${several ? 'Negli articoli' : 'Nell’articolo'} nessuno di nome ${name} prende la parola.`,
    mentioned: (where: string) => `Compare solo in ${where}, senza prendere la parola.`,
    didYouMean: (names: string) => `Forse cercavi: ${names}?`,
    severalHolders: (office: string, names: string) => `Più persone che parlano hanno il ruolo di ${office}: ${names}. Scrivi il nome.`,
    speakers: (names: string) => `Parlano: ${names}.`,
    noneOfKind: (kind: 'direct' | 'reported') => (kind === 'direct' ? 'Nessuna citazione diretta.' : 'Nessuna affermazione riportata.'),
    reported: 'riportata',
    noResponse: 'nessuna risposta',
    count: (n: number) => (n === 1 ? '1 affermazione' : `${n} affermazioni`),
    nobodySpeaks: (several: boolean) => (several ? 'Negli articoli non parla nessuno.' : 'Nell’articolo non parla nessuno.'),
    source: 'fonte',
  },
  en: {
    empty: 'Type a name, for example “Lambert”.',
    nobody: (name: string, several = false) => `Nobody called ${name} speaks in the article${several ? 's' : ''}.`,
    mentioned: (where: string) => `Only mentioned in ${where}, without speaking.`,
    didYouMean: (names: string) => `Did you mean: ${names}?`,
    severalHolders: (office: string, names: string) => `More than one speaker is ${office}: ${names}. Type the name.`,
    speakers: (names: string) => `Speakers: ${names}.`,
    noneOfKind: (kind: 'direct' | 'reported') => (kind === 'direct' ? 'No direct quotations.' : 'No reported statements.'),
    reported: 'reported',
    noResponse: 'no response',
    count: (n: number) => (n === 1 ? '1 statement' : `${n} statements`),
    nobodySpeaks: (several: boolean) => `Nobody speaks in the article${several ? 's' : ''}.`,
    source: 'source',
  },
} as const;

/** How to render a quote look-up. */
export interface QuoteViewOptions {
  readonly lang?: Lang;
  /** Every speaker's name, listed when the name is unknown and nothing is close. */
  readonly speakers?: readonly string[];
  /** The kind filter the user asked for, to say "no direct quotations" rather than nothing. */
  readonly kind?: 'direct' | 'reported';
  /** Show the article slug with each ¶, and speak of "the articles" (when the corpus has more than one article). */
  readonly showArticle?: boolean;
}

/**
 * Human-readable statements of a speaker: direct ones in “…”, reported ones as the article words them, each with ¶.
 * @param result - the core's answer
 * @param style - terminal styles
 * @param options - language, speakers for the unknown-name message, kind filter
 * @returns lines of text
 */
export function quoteHuman(result: QuoteResult, style: Style, options: QuoteViewOptions = {}): string {
  const m = MESSAGES[options.lang ?? 'it'];
  if (!result.query.trim()) return m.empty;
  if (!result.person && result.office) return m.severalHolders(result.office, result.suggestions.join(', '));
  if (!result.person) {
    const nobody = style.bold(m.nobody(result.query.trim(), options.showArticle));
    const lines: string[] = [];
    if (result.suggestions.length) lines.push(`${nobody} ${m.didYouMean(result.suggestions.join(', '))}`);
    else lines.push(nobody);
    if (result.mentions?.length) {
      lines.push(m.mentioned(result.mentions.map((x) => `${options.showArticle ? `${x.article} ` : ''}¶${x.paragraph}`).join(', ')));
    }
    if (!result.suggestions.length && options.speakers?.length) lines.push(m.speakers(options.speakers.join(', ')));
    return lines.join('\n');
  }
  const lines = [style.bold(result.person) + (result.role ? style.dim(` — ${result.role}`) : '')];
  if (!result.quotes.length) lines.push(options.kind ? m.noneOfKind(options.kind) : m.count(0));
  for (const q of result.quotes) {
    const where = `${options.showArticle ? `${q.article} ` : ''}¶${q.paragraph}`;
    // "non ha risposto a una richiesta di commento" is reported, but it is labelled as what it is: no answer
    const text = q.kind === 'direct' ? `“${q.text}”` : `${q.text} ${style.dim(`(${isNonResponse(q.text) ? m.noResponse : m.reported})`)}`;
    lines.push(`  ${style.accent(where.padEnd(5))} ${text}`);
  }
  return lines.join('\n');
}

/**
 * Human-readable list of speakers: name, role, how many statements.
 * @param people - the core's speakers
 * @param style - terminal styles
 * @param lang - language of the messages
 * @param several - whether the corpus has more than one article (for "nobody speaks in the articles")
 * @returns lines of text
 */
export function peopleHuman(people: readonly Person[], style: Style, lang: Lang = 'it', several = false): string {
  const m = MESSAGES[lang];
  if (!people.length) return m.nobodySpeaks(several);
  return people
    .map((p) => {
      const role = p.role ?? (p.kind === 'source' ? m.source : '');
      // (the role is shown after the dash; as an alias it would be said twice)
      const shown = p.aliases.filter((a) => !p.role || a.toLowerCase() !== p.role.toLowerCase());
      const aliases = shown.length ? style.dim(` (${shown.join(', ')})`) : '';
      return `  ${style.bold(p.name)}${aliases}${role ? ` — ${role}` : ''}  ${style.accent(m.count(p.quotes.length))}`;
    })
    .join('\n');
}
