/**
 * Autocomplete choices for the `article`, `section` and `person` options: what the user typed matched
 * loosely (case and accents ignored), prefix matches first, within Discord's 25 choices of ≤ 100 characters.
 */
import { fitChoices, type Choice } from './limits.js';
import type { BranoCore } from '../core/brano.js';

const foldText = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

// The same titles and ids are folded on every keystroke of every user: their folded forms are kept (a bounded map,
// emptied when full, so a reload's new titles never pile up).
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

/**
 * Ranks candidates against what the user typed.
 * @param candidates - everything that could be chosen, in natural order
 * @param typed - the focused option's current text
 * @returns up to 25 choices: prefix matches, then substring matches, in natural order within each
 */
export function rankChoices(candidates: readonly Candidate[], typed: string): Choice[] {
  const q = fold(typed.slice(0, 200));
  if (!q) return fitChoices(candidates);
  const prefix: Candidate[] = [];
  const inside: Candidate[] = [];
  for (const c of candidates) {
    const keys = c.keys.map(fold);
    if (keys.some((k) => k.startsWith(q) || k.split(/[\s-]+/).some((w) => w.startsWith(q)))) prefix.push(c);
    else if (keys.some((k) => k.includes(q))) inside.push(c);
  }
  return fitChoices([...prefix, ...inside]);
}

/**
 * Choices for an `article` option.
 * @param core - the core
 * @param typed - what the user typed
 * @returns choices named "title (slug)" with the slug as value
 */
export function articleChoices(core: BranoCore, typed: string): Choice[] {
  return rankChoices(
    core.articles.map((a) => ({ name: `${a.meta.title} (${a.slug})`, value: a.slug, keys: [a.slug, a.meta.title, a.meta.titleEn ?? ''] })),
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
  return rankChoices(
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
  return rankChoices(
    core.people().map((p) => ({ name: p.role ? `${p.name} — ${p.role}` : p.name, value: p.name, keys: [p.name, ...p.aliases] })),
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
