/**
 * The people registry: every speaker of the corpus (people, organisations, documents) with their names, role and
 * statements, merged across articles, and a look-up that forgives case, accents and typos ("lambret",
 * "Al Dahle", "la memo di google") but never turns a name that says nothing (a product, a company that is only
 * mentioned) into a speaker.
 */
import { createRequire } from 'node:module';
// Deep imports: natural's entry point loads database clients and prints to stdout (see analysis.ts).
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { foldAccents, stem } from './analysis.js';
import { isOfficeWord } from './roleHolder.js';
import { extractMentions, extractSpeakers, type SpeakerDraft } from './speakers.js';
import type { Article, Person, Quote, QuoteResult } from './types.js';

const require = createRequire(import.meta.url);
// Loaded on first use: its module pulls in underscore, which a start-up that looks up no name should not pay for.
let damerau: ((a: string, b: string) => number) | undefined;
const DamerauLevenshteinDistance = (a: string, b: string): number =>
  (damerau ??= (require('natural/lib/natural/distance/levenshtein_distance.js') as { DamerauLevenshteinDistance: (a: string, b: string) => number }).DamerauLevenshteinDistance)(a, b);

/** Options of a quote look-up. */
export interface QuoteOptions {
  /** Only direct quotations or only reported speech. */
  readonly kind?: 'direct' | 'reported';
  /** Only statements from this article (slug). */
  readonly article?: string;
}

/** The speakers of a corpus and how to find them by name. */
export interface PeopleRegistry {
  /** Every speaker, in order of first statement. */
  readonly people: readonly Person[];
  /**
   * Finds the speaker a name refers to.
   * @param name - what the user typed: full name, surname, first name, a source's noun phrase
   * @returns the speaker, or null
   */
  find(name: string): Person | null;
  /**
   * What a speaker said.
   * @param name - the name as typed
   * @param options - kind and article filters
   * @returns the statements, or person null with close names
   */
  quote(name: string, options?: QuoteOptions): QuoteResult;
}

// No name, even with its role, is this long: longer text is a pasted passage, not a name, and fuzzy matching
// it word by word against every alias would only cost time.
const MAX_NAME_CHARS = 200;

// Where a typed name ends and context begins: a bracket, a comma, a dash, or a preposition ("Nadella di Microsoft").
const CONTEXT_AFTER_NAME = /\s*[(,;:]\s*|\s+[–—-]\s+|\s+(?:di|del|della|dello|dei|degli|delle|da|dal|dalla|presso|at|of|from)\s+/iu;

// Words users put around a name that are not part of it.
const NAME_STOPWORDS = new Set([
  'il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'un', 'una', 'uno', 'di', 'del', 'della', 'dello', 'dei', 'degli', 'delle',
  'dell', 'da', 'the', 'of', 'sig', 'signor', 'signore', 'signora', 'dott', 'dottor', 'dottoressa', 'dr', 'prof',
  'mr', 'mrs', 'ms', 'e', 'and', 's',
]);

/**
 * The comparable words of a name: lower case, accents and punctuation gone, articles dropped.
 * @param s - a name as written or typed
 * @returns its words
 */
export function nameTokens(s: string): string[] {
  return foldAccents(s.normalize('NFC'))
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !NAME_STOPWORDS.has(w));
}

/**
 * How alike two words of a name are: 1 for equal, Jaro-Winkler from 0.9 up, 0.9 for one edit in a long word.
 * Short words (under 4 letters) must be equal; other words must share their first letter and differ in length by
 * at most two letters.
 * @param a - a word
 * @param b - another word
 * @returns a similarity in [0, 1], 0 when they are different words
 */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (Math.min(a.length, b.length) < 4) return 0;
  // A typo keeps the first letter and about the length; "jonathan" is not "nathan", "memoria" is not "memo".
  if (a[0] !== b[0] || Math.abs(a.length - b.length) > 2) return 0;
  const jw = jaroWinkler(a, b);
  // (a typo is an edit or two: "giorgetti" shares "giorg" with "giorgia" and is another name)
  if (jw >= 0.9 && DamerauLevenshteinDistance(a, b) <= 2) return jw;
  if (Math.min(a.length, b.length) >= 5 && DamerauLevenshteinDistance(a, b) <= 1) return 0.9;
  return 0;
}

/** Every query word matches a distinct alias word and every alias word is matched: the mean similarity, or 0. */
function tokensMatch(q: readonly string[], a: readonly string[]): number {
  if (!q.length || q.length !== a.length) return 0;
  const used = new Set<number>();
  let sum = 0;
  for (const w of q) {
    let best = -1;
    let bestSim = 0;
    a.forEach((x, i) => {
      if (used.has(i)) return;
      const sim = wordSimilarity(w, x);
      if (sim > bestSim) {
        bestSim = sim;
        best = i;
      }
    });
    if (best < 0) return 0;
    used.add(best);
    sum += bestSim;
  }
  return sum / q.length;
}

interface Entry {
  person: Person;
  /** Word lists of the name and every alias. */
  forms: string[][];
  /** Words that may accompany the name in a query ("trapelata", role words). */
  descriptors: Set<string>;
  /** The last word of a person's name ("dahle" for Al-Dahle), accepted alone. */
  surname?: string;
}

function scoreEntry(q: readonly string[], e: Entry): number {
  let best = 0;
  const compactQ = q.join('');
  for (const f of e.forms) {
    best = Math.max(best, tokensMatch(q, f));
    const compactF = f.join('');
    if (compactQ.length >= 5 && Math.abs(compactQ.length - compactF.length) <= 2) {
      const jw = compactQ === compactF ? 1 : jaroWinkler(compactQ, compactF);
      if (jw >= 0.93) best = Math.max(best, jw * 0.99);
    }
  }
  if (e.surname && q.length === 1) best = Math.max(best, wordSimilarity(q[0]!, e.surname) * 0.95);
  // A full name that ends the other, read with words before it: "Massimiliano Nobis" for "Fim Cisl Massimiliano
  // Nobis" (news copy runs an organisation into the name after it), "Maria Anna Salvemini" for "Anna Salvemini"
  if (e.person.kind === 'person') {
    const f = nameTokens(e.person.name);
    if (q.length >= 2 && f.length > q.length) best = Math.max(best, tokensMatch(q, f.slice(-q.length)) * 0.9);
    else if (f.length >= 2 && q.length > f.length) best = Math.max(best, tokensMatch(q.slice(-f.length), f) * 0.85);
  }
  // "protezione animali" of "Ente Nazionale Protezione Animali": two words or more of a body's name, in their order
  if (e.person.kind !== 'person' && q.length >= 2) {
    for (const f of e.forms) for (let i = 1; i + q.length <= f.length; i++) best = Math.max(best, tokensMatch(q, f.slice(i, i + q.length)) * 0.9);
  }
  // "Nathan Lambert di Hugging Face", "la memo trapelata": a name plus words that describe it
  for (const form of e.forms) {
    if (q.length <= form.length || q.length > form.length + 3) continue;
    const rest = [...q];
    let sum = 0;
    for (const w of form) {
      const i = rest.findIndex((x) => wordSimilarity(x, w) > 0);
      if (i < 0) {
        sum = -1;
        break;
      }
      sum += wordSimilarity(rest[i]!, w);
      rest.splice(i, 1);
    }
    if (sum > 0 && rest.every((w) => [...e.descriptors].some((d) => wordSimilarity(w, d) > 0))) best = Math.max(best, (0.9 * sum) / form.length);
  }
  return best;
}

function suggestionScore(q: readonly string[], e: Entry): number {
  let best = 0;
  for (const f of e.forms) for (const a of f) for (const w of q) best = Math.max(best, a === w ? 1 : Math.min(a.length, w.length) >= 3 ? jaroWinkler(w, a) : 0);
  return best;
}

/** A speaker draft with its article, for merging. */
interface Draft extends SpeakerDraft {
  readonly article: string;
}

/**
 * Two full names that are one person under a short first name: the same surname and the same office with its place
 * or body named ("sindaco di Pozzuoli"), the shorter first name the longer one's ending, as Italian short forms are
 * made ("Gigi" for "Luigi", "Enzo" for "Vincenzo", "Sandro" for "Alessandro"; "Mario" and "Dario" are two names).
 */
function sameHolder(a: string, roleA: string, b: string, roleB: string): boolean {
  const x = nameTokens(a);
  const y = nameTokens(b);
  if (x.length !== 2 || y.length !== 2 || x[1] !== y[1] || x[0] === y[0]) return false;
  if (nameTokens(roleA).join(' ') !== nameTokens(roleB).join(' ') || !/\s\p{Lu}/u.test(roleA)) return false;
  const [short, long] = x[0]!.length < y[0]!.length ? [x[0]!, y[0]!] : [y[0]!, x[0]!];
  return short.length >= 4 && long.length > short.length && long.endsWith(short.slice(-3));
}

function merge(drafts: readonly Draft[]): { person: Person; descriptors: Set<string> }[] {
  const merged: { name: string; aliases: Set<string>; role?: string; kind: Person['kind']; sort: SpeakerDraft['sort']; quotes: Quote[]; descriptors: Set<string> }[] = [];
  const key = (s: string) => nameTokens(s).join(' ');
  const multi = drafts.filter((d) => d.sort === 'person' && nameTokens(d.name).length >= 2);
  for (const d of drafts) {
    let target = merged.find((m) => key(m.name) === key(d.name));
    if (!target && nameTokens(d.name).length === 1) {
      // "Lambert" in one article, "Nathan Lambert" in another: one person when the surname is unique
      const candidates = [...new Set(multi.filter((m) => nameTokens(m.name).at(-1) === key(d.name)).map((m) => key(m.name)))];
      if (candidates.length === 1) {
        target = merged.find((m) => key(m.name) === candidates[0]);
        // (also when the article naming them in full comes later: "Sinner" in one, "Jannik Sinner" in the next)
        const full = target ? undefined : multi.find((m) => key(m.name) === candidates[0]);
        if (full) merged.push((target = { name: full.name, aliases: new Set(), kind: 'person', sort: full.sort, quotes: [], descriptors: new Set() }));
      }
    }
    // "Luigi Manzoni, sindaco di Pozzuoli" in one article, "Gigi Manzoni, sindaco di Pozzuoli" in another: one person
    // when the office and its place or body are the same and one first name is the other's short form
    if (!target && d.sort === 'person' && d.role) target = merged.find((m) => m.sort === 'person' && m.role && sameHolder(m.name, m.role, d.name, d.role!));
    // "ENPA" in one article, "l’Ente Nazionale Protezione Animali (ENPA)" in another: one body, named in full
    if (!target && d.sort === 'organisation') {
      const initials = (names: Iterable<string>) => [...names].filter((n) => /^\p{Lu}{3,}$/u.test(n)).map(key);
      target = merged.find((m) => m.sort === 'organisation' && (initials(d.aliases).includes(key(m.name)) || initials(m.aliases).includes(key(d.name))));
      if (target && initials(d.aliases).includes(key(target.name))) {
        target.aliases.add(target.name);
        target.name = d.name;
      }
    }
    if (!target) {
      target = { name: d.name, aliases: new Set(), kind: d.sort === 'person' ? 'person' : 'source', sort: d.sort, quotes: [], descriptors: new Set() };
      if (d.role) target.role = d.role;
      merged.push(target);
    }
    if (d.name !== target.name) target.aliases.add(d.name);
    for (const a of d.aliases) if (a !== target.name) target.aliases.add(a);
    if (!target.role && d.role) target.role = d.role;
    for (const w of d.descriptors) target.descriptors.add(w);
    target.quotes.push(...d.quotes);
  }
  return merged.map((m) => ({
    person: { name: m.name, aliases: [...m.aliases], ...(m.role ? { role: m.role } : {}), kind: m.kind, quotes: m.quotes },
    descriptors: m.descriptors,
  }));
}

/** What the registry may read besides the articles. */
export interface PeopleOptions {
  /**
   * The Italian index terms an English word translates to (the bilingual lexicon's senses): an office typed in English
   * ("the mayor", "the mayor of Teramo") is looked up as the Italian office the speakers hold ("sindaco").
   */
  readonly italianTerms?: (english: string) => readonly string[];
  /**
   * Told when an article's speakers cannot be read (an error in the reading of one sentence): that article then
   * has no speakers in the registry, and the others keep theirs.
   */
  readonly onFault?: (fault: ArticleFault) => void;
}

/** An article one step could not read: which article, which step, and the error. */
export interface ArticleFault {
  readonly article: string;
  readonly step: 'speakers';
  readonly error: unknown;
}

// One article's speakers, or none when reading them fails (told to `onFault`): one odd sentence costs that article's
// quotations, not the whole registry.
function speakersOrNone(article: Article, onFault: PeopleOptions['onFault']): SpeakerDraft[] {
  try {
    return extractSpeakers(article);
  } catch (error) {
    onFault?.({ article: article.slug, step: 'speakers', error });
    return [];
  }
}

/**
 * Reads every article for its speakers and builds the registry.
 * @param articles - the corpus
 * @param options - how to read an office typed in English
 * @returns the registry
 * @example
 * const people = buildPeople(loadCorpus('corpus'));
 * people.quote('lambret', { kind: 'direct' }).quotes[0]?.paragraph // 11
 */
export function buildPeople(articles: readonly Article[], options: PeopleOptions = {}): PeopleRegistry {
  const drafts: Draft[] = articles.flatMap((a) => speakersOrNone(a, options.onFault).map((d) => ({ ...d, article: a.slug })));
  const entries: Entry[] = merge(drafts).map(({ person, descriptors }) => {
    const words = nameTokens(person.name);
    return {
      person,
      forms: [words, ...person.aliases.map(nameTokens)].filter((f) => f.length),
      descriptors,
      ...(person.kind === 'person' && words.length >= 2 ? { surname: words[words.length - 1]! } : {}),
    };
  });
  const people = entries.map((e) => e.person);
  // names mentioned without speaking, so a look-up can say where they appear
  const mentioned = new Map<string, Entry & { places: { article: string; paragraph: number }[] }>();
  for (const m of articles.flatMap(extractMentions)) {
    const words = nameTokens(m.name);
    const key = words.join(' ');
    if (!key) continue;
    let entry = mentioned.get(key);
    if (!entry) {
      // "Ferraris", "bruno", "Bruno Ferraris": a mention is found by its full name, surname or first name
      const forms = words.length >= 2 ? [words, [words[0]!]] : [words];
      entry = { person: { name: m.name, aliases: [], kind: 'person', quotes: [] }, forms, descriptors: new Set(), places: [], ...(words.length >= 2 ? { surname: words[words.length - 1]! } : {}) };
      mentioned.set(key, entry);
    }
    entry.places.push({ article: m.article, paragraph: m.paragraph });
  }

  // The words of an article, its title's and its paragraphs', as names are looked up (read once, when asked).
  const wordsOf = new Map<string, ReadonlySet<string>>();
  const articleWords = (slug: string): ReadonlySet<string> => {
    let words = wordsOf.get(slug);
    if (!words) {
      const a = articles.find((x) => x.slug === slug);
      words = new Set(a ? nameTokens([a.meta.title, ...a.paragraphs.map((p) => p.text)].join(' ')) : []);
      wordsOf.set(slug, words);
    }
    return words;
  };

  // The speakers whose role an office word heads ("sindaco" → "sindaco di Barzanò").
  const holdersOf = (office: string): Person[] => {
    const head = stem(office, 'it');
    return entries.filter((e) => e.person.kind === 'person' && e.person.role && stem(nameTokens(e.person.role)[0] ?? '', 'it') === head).map((e) => e.person);
  };
  const onlyHolder = (office: string): Person | undefined => {
    const holders = holdersOf(office);
    return holders.length === 1 ? holders[0] : undefined;
  };

  const bestEntry = (q: readonly string[]): { entry: Entry; score: number } | undefined => {
    let best: { entry: Entry; score: number } | undefined;
    for (const entry of entries) {
      const score = scoreEntry(q, entry);
      if (score > (best?.score ?? 0)) best = { entry, score };
    }
    return best;
  };

  // The words of the offices the speakers hold, by their stem ("sindac" → "sindaco", "salut" → "salute"), for an
  // office typed in English.
  let officeWords: Map<string, string> | undefined;
  const roleWords = () => {
    if (!officeWords) {
      officeWords = new Map();
      for (const e of entries) {
        const words = e.person.kind === 'person' && e.person.role ? nameTokens(e.person.role) : [];
        if (!words[0] || !isOfficeWord(words[0])) continue;
        for (const w of words) if (w.length >= 3 && !officeWords.has(stem(w, 'it'))) officeWords.set(stem(w, 'it'), w);
      }
    }
    return officeWords;
  };
  // "the mayor of Teramo" → "sindaco teramo", "the health minister" → "salute ministro": each English word that
  // translates to a word of an office some speaker holds is that word (undefined when no word does).
  const inItalian = (q: readonly string[]): string[] | undefined => {
    const translate = options.italianTerms;
    if (!translate) return undefined;
    let changed = false;
    const out = q.map((w) => {
      if (isOfficeWord(w)) return w;
      const word = translate(w).map((t) => roleWords().get(t)).find((h) => h !== undefined);
      if (word) changed = true;
      return word ?? w;
    });
    return changed ? out : undefined;
  };

  // The office as a holder's role writes it: the word typed when one does ("assessore" for "l’assessore", though
  // "assessora" heads another's role), else the holders' own ("presidente" for "the president").
  const officeAsWritten = (word: string, holders: readonly Person[]): string => {
    const written = holders.map((h) => nameTokens(h.role ?? '')[0] ?? '');
    return written.includes(word) ? word : (written.find((w) => w) ?? word);
  };

  const find = (name: string): Person | null => findAsTyped(name) ?? findTranslated(name);
  const findTranslated = (name: string): Person | null => {
    const q = name.length > MAX_NAME_CHARS ? undefined : inItalian(nameTokens(name));
    return q ? findAsTyped(q.join(' ')) : null;
  };
  const findAsTyped = (name: string): Person | null => {
    if (name.length > MAX_NAME_CHARS) return null;
    const q = nameTokens(name);
    if (!q.length) return null;
    const hit = bestEntry(q);
    // (an office the article writes as a title, "il Sindaco", found by the office word alone of "il sindaco di
    // Bologna": the office's complement says which holder, below)
    const titledOnly = !!hit && q.length >= 2 && isOfficeWord(q[0]!) && hit.entry.forms.every((f) => f.every((w) => isOfficeWord(w)));
    if (hit && !titledOnly) return hit.entry.person;
    // "il sindaco", "the ceo": an office alone is the one person of the corpus whose role it heads ("Satya Nadella —
    // CEO"); with two or more ("un ricercatore …", "ricercatore di AI") it names nobody in particular.
    const holder = q.length === 1 && isOfficeWord(q[0]!) ? onlyHolder(q[0]!) : undefined;
    if (holder) return holder;
    // "il sindaco di Pozzuoli", "coordinatore grandi carnivori": an office and words of its complement are the one
    // holder whose role holds them all
    if (q.length >= 2 && isOfficeWord(q[0]!)) {
      const holders = holdersOf(q[0]!).filter((h) => {
        const role = nameTokens(h.role ?? '');
        return q.slice(1).every((w) => role.some((r) => wordSimilarity(w, r) >= 0.9));
      });
      if (holders.length === 1) return holders[0]!;
      // (or whose articles name it: "il sindaco di Bologna" is the one mayor quoted in an article that names Bologna)
      if (!holders.length) {
        const where = holdersOf(q[0]!).filter((h) => {
          const words = new Set(h.quotes.flatMap((x) => [...articleWords(x.article)]));
          return q.slice(1).every((w) => words.has(w));
        });
        if (where.length === 1) return where[0]!;
      }
    }
    if (hit) return hit.entry.person;
    // "Nadella di Microsoft", "Satya Nadella (Microsoft)": context the article does not tie to the name
    const head = name.split(CONTEXT_AFTER_NAME)[0] ?? '';
    const hq = nameTokens(head);
    if (!hq.length || hq.length >= q.length) return null;
    const byHead = bestEntry(hq);
    if (!byHead || byHead.score < 0.9) return null;
    // a first name with context is anyone's ("Jon di Google"): a person needs their surname
    const surname = byHead.entry.surname;
    if (surname && !hq.some((w) => wordSimilarity(w, surname) >= 0.9)) return null;
    return byHead.entry.person;
  };


  return {
    people,
    find,
    quote(name, options = {}) {
      const person = find(name);
      if (!person) {
        const typed = name.length > MAX_NAME_CHARS ? [] : nameTokens(name);
        const q = inItalian(typed) ?? typed;
        if (!q.length && name.trim()) return { query: name, person: null, quotes: [], suggestions: [] };
        // an office held by several speakers: who they are ("il ministro" → Luigi Di Maio, Francesco Lollobrigida)
        const holders = q.length === 1 && isOfficeWord(q[0]!) ? holdersOf(q[0]!) : [];
        if (holders.length > 1) return { query: name, person: null, quotes: [], suggestions: holders.map((h) => h.name), office: officeAsWritten(q[0]!, holders) };
        const suggestions = entries
          .map((e) => ({ e, s: q.length ? suggestionScore(q, e) : 1 }))
          .filter((x) => x.s >= 0.8)
          .sort((a, b) => b.s - a.s)
          .slice(0, 5)
          .map((x) => x.e.person.name);
        const places = [...mentioned.values()]
          .filter((e) => q.length && scoreEntry(q, e) > 0)
          .flatMap((e) => e.places)
          .filter((pl, i, all) => all.findIndex((x) => x.article === pl.article && x.paragraph === pl.paragraph) === i)
          .sort((a, b) => (a.article === b.article ? a.paragraph - b.paragraph : a.article < b.article ? -1 : 1));
        return { query: name, person: null, quotes: [], suggestions, ...(places.length ? { mentions: places } : {}) };
      }
      const quotes = person.quotes.filter((q) => (!options.kind || q.kind === options.kind) && (!options.article || q.article === options.article));
      return { query: name, person: person.name, ...(person.role ? { role: person.role } : {}), quotes, suggestions: [] };
    },
  };
}
