/**
 * Autocomplete choices for the `article`, `section` and `person` options: what the user typed matched
 * loosely (case and accents ignored), prefix matches first, within Discord's 25 choices of ≤ 100 characters.
 */
import { fitChoices, LIMITS, type Choice } from './limits.js';
import type { BranoCore } from '../core/brano.js';

const foldText = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

// What users type (every user types the same first letters) and the article names looked up are folded again and
// again: their folded forms are kept (a bounded map, emptied when full, so a reload's new titles never pile up).
const FOLDED_MAX = 10_000;
const folded = new Map<string, string>();
const fold = (s: string) => {
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size >= FOLDED_MAX) folded.clear();
    folded.set(s, (f = foldText(s)));
  }
  return f;
};

interface Candidate {
  /** Shown to the user. */
  readonly name: string;
  /** Sent back as the option's value. */
  readonly value: string;
  /** Texts the typed words are matched against. */
  readonly keys: readonly string[];
}

/** A candidate ready to rank: its choice already within Discord's limits, its keys and their words folded. */
interface Prepared {
  readonly choice: Choice;
  /** The folded keys. */
  readonly keys: readonly string[];
  /** The folded keys' words (split at spaces and hyphens). */
  readonly words: readonly string[];
}

/**
 * Prepares candidates for ranking (once per list: see {@link choicesOf}).
 * @param candidates - everything that could be chosen, in natural order
 * @returns each candidate Discord accepts (a value of 1–100 characters), with its choice fitted and its keys folded
 */
function prepare(candidates: readonly Candidate[]): Prepared[] {
  const out: Prepared[] = [];
  for (const c of candidates) {
    const [choice] = fitChoices([c]);
    if (!choice) continue;
    const keys = c.keys.map(foldText);
    out.push({ choice, keys, words: keys.flatMap((k) => k.split(/[\s-]+/)) });
  }
  return out;
}

/**
 * Ranks prepared candidates against what the user typed.
 * @param prepared - the candidates, in natural order
 * @param typed - the focused option's current text
 * @returns up to 25 choices with distinct values: prefix matches (of a key or of a key's word), then substring
 *   matches, in natural order within each
 */
function rankPrepared(prepared: readonly Prepared[], typed: string): Choice[] {
  const q = fold(typed.slice(0, 200));
  const seen = new Set<string>();
  const out: Choice[] = [];
  const inside: Choice[] = [];
  for (const c of prepared) {
    if (!q || c.keys.some((k) => k.startsWith(q)) || c.words.some((w) => w.startsWith(q))) {
      if (seen.has(c.choice.value)) continue;
      seen.add(c.choice.value);
      out.push(c.choice);
      if (out.length === LIMITS.choices) return out;
    } else if (c.keys.some((k) => k.includes(q))) inside.push(c.choice);
  }
  for (const c of inside) {
    if (seen.has(c.value)) continue;
    seen.add(c.value);
    out.push(c);
    if (out.length === LIMITS.choices) break;
  }
  return out;
}

/**
 * Ranks candidates against what the user typed.
 * @param candidates - everything that could be chosen, in natural order
 * @param typed - the focused option's current text
 * @returns up to 25 choices: prefix matches, then substring matches, in natural order within each
 */
export function rankChoices(candidates: readonly Candidate[], typed: string): Choice[] {
  return rankPrepared(prepare(candidates), typed);
}

/** Each core's prepared candidate lists, and the choices last given, by list and typed text. */
interface CoreChoices {
  readonly lists: Map<string, Prepared[]>;
  readonly given: Map<string, Choice[]>;
}
const CHOICES = new WeakMap<BranoCore, CoreChoices>();
/** Prepared lists and given answers kept per core (each map is emptied when full). */
const LISTS_MAX = 256;
const GIVEN_MAX = 2048;

/**
 * The choices for what the user typed, from one of the core's candidate lists. A core's articles, sections and people
 * never change (a reload makes a new core), so each list is prepared once, and the answer to a text typed before —
 * every user types the same first letters — is given again.
 * @param core - the core
 * @param list - which list (e.g. `section\u0000<slug>`)
 * @param candidates - makes the list's candidates, the first time it is asked for
 * @param typed - the focused option's current text
 * @returns the choices (shared between calls: not to be changed)
 */
function choicesOf(core: BranoCore, list: string, candidates: () => readonly Candidate[], typed: string): Choice[] {
  let memo = CHOICES.get(core);
  if (!memo) CHOICES.set(core, (memo = { lists: new Map(), given: new Map() }));
  const key = `${list}\u0000${fold(typed.slice(0, 200))}`;
  const known = memo.given.get(key);
  if (known) return known;
  let prepared = memo.lists.get(list);
  if (!prepared) {
    if (memo.lists.size >= LISTS_MAX) memo.lists.clear();
    memo.lists.set(list, (prepared = prepare(candidates())));
  }
  const choices = rankPrepared(prepared, typed);
  if (memo.given.size >= GIVEN_MAX) memo.given.clear();
  memo.given.set(key, choices);
  return choices;
}

/**
 * Choices for an `article` option.
 * @param core - the core
 * @param typed - what the user typed
 * @returns choices named "title (slug)" with the slug as value
 */
export function articleChoices(core: BranoCore, typed: string): Choice[] {
  return choicesOf(
    core,
    'article',
    () => core.articles.map((a) => ({ name: `${a.meta.title} (${a.slug})`, value: a.slug, keys: [a.slug, a.meta.title, a.meta.titleEn ?? ''] })),
    typed,
  );
}

/**
 * Choices for a `section` option.
 * @param core - the core
 * @param typed - what the user typed
 * @param article - only this article's sections, when given
 * @returns choices named "¶from–to title" with the section id as value
 */
export function sectionChoices(core: BranoCore, typed: string, article?: string): Choice[] {
  const many = core.articles.length > 1;
  return choicesOf(
    core,
    `section\u0000${article ?? ''}`,
    () =>
      core.sections(article).map((s) => ({
        name: `¶${s.from}${s.to !== s.from ? `–${s.to}` : ''} ${s.title}${many && !article ? ` (${s.article})` : ''}`,
        value: s.id,
        keys: [s.title, s.id],
      })),
    typed,
  );
}

/**
 * Choices for a `person` option.
 * @param core - the core
 * @param typed - what the user typed
 * @returns choices named "Name — role" with the canonical name as value
 */
export function personChoices(core: BranoCore, typed: string): Choice[] {
  return choicesOf(
    core,
    'person',
    () => core.people().map((p) => ({ name: p.role ? `${p.name} — ${p.role}` : p.name, value: p.name, keys: [p.name, ...p.aliases] })),
    typed,
  );
}

/**
 * Reads an `article` option: a slug, a title, or an unambiguous start of either.
 * @param core - the core
 * @param value - the option's value (null when not given)
 * @returns `{ slug }` (undefined slug for "all articles"), or `{ error }` naming the articles
 */
export function resolveArticle(core: BranoCore, value: string | null): { slug: string | undefined } | { error: string } {
  const q = fold(value ?? '');
  if (!q) return { slug: undefined };
  const exact = core.articles.find((a) => fold(a.slug) === q || fold(a.meta.title) === q || fold(a.meta.titleEn ?? '') === q);
  if (exact) return { slug: exact.slug };
  const starts = core.articles.filter((a) => fold(a.slug).startsWith(q) || fold(a.meta.title).startsWith(q));
  if (starts.length === 1) return { slug: starts[0]!.slug };
  return { error: core.articles.map((a) => a.slug).join(', ') };
}
