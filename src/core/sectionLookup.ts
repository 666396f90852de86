/**
 * Finding a section from what a user types: its id, its number in the list, or its title written loosely —
 * without accents or capitals, with partial words ("licen"), with typos ("strattegia"), or in other words of
 * the same stem ("licenze").
 */
// Deep import: natural's entry point loads database clients and prints to stdout.
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { foldAccents, isStopword, stem } from './analysis.js';
import type { Section } from './types.js';

/** A section with how well it matches a query (1 = certain). */
export interface SectionMatch<S extends Section = Section> {
  readonly section: S;
  readonly score: number;
}

/** The least score at which a match is taken as the section the user meant. */
export const SECTION_MATCH_THRESHOLD = 0.8;

// Words that say "a section" rather than which one.
const FILLER = new Set(['sezione', 'sezioni', 'parte', 'capitolo', 'paragrafo', 'section', 'part', 'chapter', 'about', 'sulla', 'sul']);

function words(s: string): string[] {
  return foldAccents(s.normalize('NFC'))
    .toLowerCase()
    .replace(/[’'`´]/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function contentWords(s: string): string[] {
  const all = words(s);
  const kept = all.filter((w) => !FILLER.has(w) && !isStopword(w, 'it') && !isStopword(w, 'en'));
  return kept.length ? kept : all;
}

function wordSimilarity(q: string, t: string): number {
  if (q === t) return 1;
  if (/\d/.test(q) || /\d/.test(t)) return 0;
  // A shared stem says "same word" only when it is long enough to mean something: "meteo" and "meta" share "met".
  const sameStem = (lang: 'it' | 'en') => {
    const s = stem(q, lang);
    return s.length >= 4 && s === stem(t, lang);
  };
  if (sameStem('it') || sameStem('en')) return 0.95;
  if (q.length >= 3 && t.startsWith(q)) return 0.9;
  if (t.length >= 4 && q.startsWith(t)) return 0.85;
  if (Math.min(q.length, t.length) < 4) return 0;
  const jw = jaroWinkler(q, t);
  if (jw >= 0.88) return jw * 0.9;
  // Cognates across Italian and English share a long stem: "licensing" / "licenza", "strategy" / "strategia".
  let common = 0;
  while (common < q.length && q[common] === t[common]) common++;
  return common >= 5 && common >= 0.6 * Math.min(q.length, t.length) ? 0.85 : 0;
}

/**
 * Scores one section against a query.
 * @param section - the section
 * @param query - what the user typed
 * @returns a score in [0, 1]
 */
function scoreSection(section: Section, query: string): number {
  const q = words(query).join(' ');
  if (!q) return 0;
  if (query.trim().toLowerCase() === section.id || q === words(section.id).join(' ')) return 1;
  const title = words(section.title).join(' ');
  if (q === title) return 1;
  const titleWords = [...new Set([...contentWords(section.title), ...words(section.id)])];
  const queryWords = contentWords(query);
  let sum = 0;
  for (const w of queryWords) {
    let best = 0;
    for (const t of titleWords) best = Math.max(best, wordSimilarity(w, t));
    sum += best;
  }
  const byWords = sum / queryWords.length;
  return title.includes(q) && q.length >= 3 ? Math.max(byWords, 0.95) : byWords;
}

/**
 * Ranks sections for a query: exact id or title, the section's number in the list (1-based, "3" or "sezione 3"),
 * then fuzzy title matches. An empty query lists every section in order (for autocomplete).
 * @param sections - the candidate sections, in document order
 * @param query - an id, a number, or words of the title
 * @returns matches with a score above 0, best first (ties keep document order)
 * @example
 * rankSections(article.sections, 'licenza')[0]?.section.id // 'i-limiti-dell-apertura-dati-licenza-e-regole-d-uso'
 */
export function rankSections<S extends Section>(sections: readonly S[], query: string): SectionMatch<S>[] {
  const trimmed = query.trim();
  if (!trimmed) return sections.map((section) => ({ section, score: 0 }));
  const numbered = /^(?:(?:sezione|section|parte|part|capitolo|chapter|n\.?|#)\s*)?(\d{1,3})$/iu.exec(trimmed);
  if (numbered) {
    const s = sections[Number(numbered[1]) - 1];
    if (s) return [{ section: s, score: 1 }];
  }
  const q = words(trimmed).join(' ');
  return sections
    .map((section, i) => ({ section, score: scoreSection(section, trimmed), i, lead: words(section.title).join(' ').startsWith(q) ? 0 : 1 }))
    .filter((m) => m.score > 0)
    // Equal scores: a title that starts with the words typed ("regole" → "Regole, concorrenza e futuro") first.
    .sort((a, b) => b.score - a.score || a.lead - b.lead || a.i - b.i)
    .map(({ section, score }) => ({ section, score: Math.round(score * 1000) / 1000 }));
}

/**
 * The section a query names, when one matches well enough.
 * @param sections - the candidate sections, in document order
 * @param query - an id, a number, or words of the title
 * @returns the best section scoring at least `SECTION_MATCH_THRESHOLD`, or undefined
 */
export function findSection<S extends Section>(sections: readonly S[], query: string): S | undefined {
  const best = rankSections(sections, query)[0];
  return best && best.score >= SECTION_MATCH_THRESHOLD ? best.section : undefined;
}
