/**
 * Definitional questions — "cos'è X", "chi è X", "cosa sono X", "what is X", "who is X" — are answered with the
 * paragraph that introduces or defines X: the first paragraph of the article where a sentence holds X in a
 * defining construction (an apposition "X, un ricercatore …", a copula "X è un …", a title before a name "il CEO
 * X", a naming "varianti chiamate X", a description before it "il suo modello …, X"), else the first paragraph that
 * mentions X at all. Question forms and constructions are the tables below; both are general Italian and English
 * grammar, the same for every article.
 */
import { articleLang } from './corpus.js';
import type { Lang } from './analysis.js';
import type { PassageIndex } from './passageIndex.js';
import { sentenceTerms } from './sentenceTerms.js';
import { officeNouns } from './speakerLexicon.js';
import { escapeRegExp } from './guardedPattern.js';

/** Question forms that ask what or who something is; the group `x` is what is asked about. */
const QUESTION_FORMS: readonly { readonly lang: Lang; readonly form: RegExp }[] = [
  // "cos'è", and as it is typed in a chat: "cos è", "cosè"
  { lang: 'it', form: /^(?:ma\s+)?(?:che\s+)?cos(?:['’]\s*|\s+)?è\s+(?<x>.+)$/iu },
  { lang: 'it', form: /^(?:che\s+)?cosa\s+(?:è|sono|era|erano)\s+(?<x>.+)$/iu },
  { lang: 'it', form: /^che\s+(?:è|sono)\s+(?<x>.+)$/iu },
  { lang: 'it', form: /^chi\s+(?:è|sono|era|erano)\s+(?<x>.+)$/iu },
  { lang: 'it', form: /^cosa\s+(?:significa|vuol\s+dire|si\s+intende\s+per)\s+(?<x>.+)$/iu },
  { lang: 'en', form: /^what\s*(?:is|are|was|were|['’]s)\s+(?<x>.+)$/iu },
  { lang: 'en', form: /^who\s*(?:is|are|was|were|['’]s)\s+(?<x>.+)$/iu },
  { lang: 'en', form: /^what\s+does\s+(?<x>.+?)\s+(?:mean|stand\s+for)$/iu },
];

/** A word naming a word ("la sigla Juice", "il termine open source", "the acronym GDP"): what is asked about is what
 * follows it. */
const WORD_FOR_A_WORD = /^(?:sigla|acronimo|abbreviazione|parola|termine|espressione|acronym|abbreviation|word|term|expression)\s+(?=\S)/iu;

/** Leading determiners of what is asked about ("il CEO di Microsoft" asks about "CEO di Microsoft"). */
const DETERMINER = /^(?:(?:il|lo|la|i|gli|le|un|uno|una|the|a|an|questo|questa|quel|quella|this|that)\s+|(?:l|un)['’]\s*)/iu;

/** Heads that make "cos'è …" / "what is …" ask about an event or a reason rather than a thing: not definitional. */
const NOT_A_THING = /^(?:successo|accaduto|capitato|cambiato|stato|stata|happening|happened|going\s+on|the\s+(?:reason|point|problem|difference)|la\s+(?:ragione|differenza)|il\s+(?:motivo|problema))\b/iu;

/** The most words what is asked about may have: a longer one is a description, better searched as a question. */
const MAX_TARGET_WORDS = 4;

/** Nouns of a role or a kind that, after a determiner, name what follows them ("il CEO X", "la startup X"). */
const ROLE = /(?:^|\s)(?:ceo|ad|cto|cfo|presidente|president|vicepresidente|ministr[oa]|direttor[ei]|direttrice|fondator[ei]|fondatrice|ricercat(?:ore|rice|ori)|professor[ei]|professoressa|dottor|senator[ei]|deputat[oa]|sindac[oa]|segretari[oa]|portavoce|investitor[ei]|analista|giornalista|scrittor[ei]|scrittrice|autor[ei]|autrice|startup|aziend[ae]|societ[àa]|grupp[oi]|marchi[oi]|piattaform[ae]|servizi[oi]|sistem[ai]|modell[oi]|progett[oi]|software|app|applicazion[ei]|librerie?|strument[oi]|chief|executive|founder|researcher|investor|company|companies|platform|model|tool)(?=\s|$)/iu;

/**
 * Defining constructions around X in a sentence: `after` is matched on the text right after X, `before` on the text
 * right before it (and `role` on what `before` matched, when given).
 */
const CONSTRUCTIONS: readonly { readonly name: string; readonly after?: RegExp; readonly before?: RegExp; readonly role?: RegExp }[] = [
  // "Nathan Lambert, un ricercatore …", "PyTorch, un popolare strumento …", "Ahmad Al-Dahle, vice presidente per …"
  {
    name: 'apposition',
    after: /^\s*,\s*(?:(?:un|uno|una|un['’]|il|lo|la|l['’]|i|gli|le|the|a|an)\s|\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?\s+(?:di|del|della|dello|dei|degli|delle|per|presso|at|of)\s)/u,
  },
  // "Gianni Prosperini, assessore regionale allo Sport …", "Anna Neri, vicesindaca": an office of Brano's list of
  // offices right after the comma (or a dash: "Serena Bertolucci – direttore di Palazzo Ducale"), whatever follows it
  { name: 'apposition', after: new RegExp(`^\\s*(?:,|[–—-])\\s*(?:ex\\s+)?(?:${[...officeNouns()].filter((r) => r !== 'ex' && r !== 'vice').map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu') },
  // "X (…)": a gloss in brackets
  { name: 'gloss', after: /^\s*\(/u },
  // "Llama 2 è il primo modello …", "X è una startup", "X is a …"
  { name: 'copula', after: /^\s*(?:è|sono|era|erano|fu|is|are|was|were)\s+(?:un|uno|una|un['’]|il|lo|la|l['’]|i|gli|le|the|a|an)\b/u },
  // "il CEO Satya Nadella", "le startup di intelligenza artificiale Hugging Face", "the chief executive X"
  { name: 'title', before: /(?:^|\s)(?:il|lo|la|l['’]|i|gli|le|the|dal|del|della|dello|dei|degli|delle|al|alla|allo|ai|agli|alle)\s*(?:[\p{L}-]+\s+){1,4}$/u, role: ROLE },
  // "varianti chiamate Alpaca e Vicuna", "un modello noto come X", "called X", "known as X"
  { name: 'naming', before: /(?:chiamat[oaie]|dett[oaie]|not[oaie]\s+come|conosciut[oaie]\s+come|denominat[oaie]|called|named|known\s+as)\s+$/iu },
  // "il suo modello inaspettatamente popolare, Llama 2": a description in lower case, a comma, then X
  { name: 'description', before: /(?:^|\s)(?:il|lo|la|l['’]|i|gli|le|un|uno|una|the|a|an)\s+[\p{Ll}\s-]{3,80},\s*$/u },
];

/**
 * What a definitional question asks about.
 * @param question - the question, read as a chat line already (chatText.ts)
 * @param lang - its language
 * @returns the words asked about ("Llama 2", "CEO di Microsoft"), or undefined for any other question
 * @example
 * definitionTarget("cos'è Llama 2?", 'it') // 'Llama 2'
 * definitionTarget('Chi ha rilasciato Llama 2?', 'it') // undefined
 */
export function definitionTarget(question: string, lang: Lang): string | undefined {
  const q = question.normalize('NFC').trim().replace(/[?!.…\s]+$/u, '');
  for (const { lang: l, form } of QUESTION_FORMS) {
    if (l !== lang) continue;
    const x = form.exec(q)?.groups?.['x']?.trim();
    if (!x || NOT_A_THING.test(x)) continue;
    const target = x.replace(DETERMINER, '').trim().replace(WORD_FOR_A_WORD, '').replace(/^["“«'‘]\s*|\s*["”»'’]$/gu, '').trim();
    const words = target.split(/\s+/u).filter(Boolean);
    if (!words.length || words.length > MAX_TARGET_WORDS + 2) return undefined;
    return target;
  }
  return undefined;
}

/**
 * Whether what a definitional question asks about is a role of someone or something ("il CEO di Apple", "the
 * founder of OpenAI"): a role or kind noun, then "di"/"of" and what it belongs to. When no sentence of the article
 * holds them together, the article does not say who or what that is, and the question is declined.
 * @param target - what is asked about ({@link definitionTarget})
 * @returns true for a role of something
 * @example
 * asksRoleOf('CEO di Apple') // true
 * asksRoleOf('Llama 2') // false
 */
export function asksRoleOf(target: string): boolean {
  const m = ROLE_OF.exec(target);
  return !!m && ROLE.test(m[1]!) && m[1]!.split(/\s+/u).length <= 2;
}

// What is asked about read as a noun, "di"/"of", and what it belongs to (group 1 the noun, group 2 the owner).
// (the elided preposition first: "del" would otherwise read "dell’istruzione" as "del" + "l’istruzione")
const ROLE_OF = /^(.+?)\s+(?:dell['’]\s*|(?:di|del|della|dello|dei|degli|delle|of|at)\s+)(\S.*)$/iu;

/**
 * What an office asked about belongs to: "Gassino" in "sindaco di Gassino".
 * @param target - what is asked about ({@link definitionTarget})
 * @returns the words after the preposition, or undefined when none follows
 */
export function roleOwner(target: string): string | undefined {
  return ROLE_OF.exec(target)?.[2];
}

/** What is asked about, as index terms: each concept is satisfied by any one of its alternatives (all its terms). */
export type TargetConcepts = readonly (readonly (readonly string[])[])[];

/**
 * The concepts of what is asked about, from its query terms (as `queryTerms` or `englishConcepts` give them): each
 * concept's typed form, and its other forms (near spellings, translations) when the typed form is not in the index.
 * @param terms - the query terms of the words asked about
 * @param index - the passage index (which terms it holds, and near spellings of the ones it lacks)
 * @returns the concepts, each a list of alternatives (the terms of each alternative go together)
 */
export function targetConcepts(
  terms: readonly { readonly term: string; readonly concept: number; readonly entry: number; readonly typed: boolean }[],
  index: Pick<PassageIndex, 'paragraphIndex' | 'similarTerms'>,
): TargetConcepts {
  const byConcept = new Map<number, Map<number, { terms: string[]; typed: boolean }>>();
  for (const t of terms) {
    let entries = byConcept.get(t.concept);
    if (!entries) byConcept.set(t.concept, (entries = new Map()));
    let e = entries.get(t.entry);
    if (!e) entries.set(t.entry, (e = { terms: [], typed: t.typed }));
    e.terms.push(t.term);
  }
  const out: string[][][] = [];
  for (const entries of byConcept.values()) {
    const list = [...entries.values()];
    const known = list.filter((e) => e.typed && e.terms.every((t) => index.paragraphIndex.has(t)));
    if (known.length) {
      out.push(known.map((e) => e.terms));
      continue;
    }
    const alts = list.map((e) => e.terms).filter((ts) => ts.every((t) => index.paragraphIndex.has(t)));
    for (const e of list) if (e.terms.length === 1) for (const s of index.similarTerms(e.terms[0]!)) alts.push([s]);
    out.push(alts);
  }
  return out;
}

/** Where the definition stands. */
export interface Definition {
  /** The paragraph's document id in the passage index. */
  readonly doc: number;
  /** The sentence that introduces or defines what was asked about. */
  readonly sentence: number;
  /** The construction found, or `mention` for a first mention without one. */
  readonly construction: string;
}

/**
 * Finds the paragraph that introduces or defines something: in the article that mentions it most, the first
 * paragraph with a sentence holding it in a defining construction, else the first paragraph that mentions it.
 * @param index - the passage index
 * @param concepts - what is asked about, as index terms (every concept must be in one sentence)
 * @param article - only this article (slug)
 * @returns the paragraph and sentence, or undefined when no sentence holds every concept
 */
export function findDefinition(index: PassageIndex, concepts: TargetConcepts, article?: string): Definition | undefined {
  if (!concepts.length || concepts.length > MAX_TARGET_WORDS) return undefined;
  const query = concepts.flatMap((alts) => alts.flatMap((terms) => terms.map((term) => ({ term, weight: 1 }))));
  const hits = index.paragraphIndex.search(query, 200);
  const holds = (set: ReadonlySet<string>) => concepts.every((alts) => alts.some((terms) => terms.length > 0 && terms.every((t) => set.has(t))));
  const found: { doc: number; sentence: number; construction: string; slug: string }[] = [];
  const mentions = new Map<string, number>();
  for (const { doc } of hits) {
    const { article: a, paragraph } = index.paragraphs[doc]!;
    if (article && a.slug !== article) continue;
    const lang = articleLang(a);
    const perSentence = sentenceTerms(paragraph, lang);
    let first: { sentence: number; construction: string } | undefined;
    perSentence.forEach((terms, i) => {
      const set = new Set(terms.map((t) => t.term));
      if (!holds(set)) return;
      mentions.set(a.slug, (mentions.get(a.slug) ?? 0) + 1);
      const construction = constructionAround(paragraph.sentences[i]!.text, terms, concepts);
      if (!first || (first.construction === 'mention' && construction !== 'mention')) first = { sentence: i, construction };
    });
    if (first) found.push({ doc, slug: a.slug, ...first });
  }
  if (!found.length) return undefined;
  // The article that mentions it most; within it, the first defining paragraph, else the first mention.
  const slug = [...mentions.entries()].sort((x, y) => y[1] - x[1])[0]![0];
  const inArticle = found.filter((f) => f.slug === slug).sort((x, y) => x.doc - y.doc);
  const best = inArticle.find((f) => f.construction !== 'mention') ?? inArticle[0]!;
  return { doc: best.doc, sentence: best.sentence, construction: best.construction };
}

// The defining construction a sentence holds what is asked about in, or `mention`.
function constructionAround(text: string, terms: readonly { term: string; start: number; end: number }[], concepts: TargetConcepts): string {
  // Where the words asked about stand: from the first to the last term of the concepts, when they stand together.
  const wanted = new Set(concepts.flatMap((alts) => alts.flat()));
  const at = terms.filter((t) => wanted.has(t.term));
  for (let i = 0; i < at.length; i++) {
    let j = i;
    const covered = new Set<string>([at[i]!.term]);
    while (j + 1 < at.length && at[j + 1]!.start - at[j]!.end <= 4) covered.add(at[++j]!.term);
    if (!concepts.every((alts) => alts.some((ts) => ts.every((t) => covered.has(t))))) continue;
    const start = at[i]!.start;
    const end = Math.max(...at.slice(i, j + 1).map((t) => t.end));
    const before = text.slice(Math.max(0, start - 100), start);
    const after = text.slice(end, end + 40);
    for (const c of CONSTRUCTIONS) {
      if (c.after?.test(after)) return c.name;
      const m = c.before?.exec(before);
      if (m && (!c.role || c.role.test(m[0]))) return c.name;
    }
  }
  return 'mention';
}
