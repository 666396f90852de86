/**
 * A thesaurus of everyday Italian: groups of words and short phrases that a reader may use for one another
 * ("pubblicato" for "rilasciato", "big tech" for "giganti tecnologici"). Questions are widened with it so that
 * an answer is found when the user's words are not the article's. The data lives in text files (Brano's general
 * `src/lexicon/it-*.txt` and a corpus folder's own `lexicon/*.txt`, format documented at the top of
 * `src/lexicon/it-general.txt`); this module parses their text. Reading the files is src/lexicons.ts's job.
 *
 * A member of several words that analysis reduces to one term ("uscire fuori" → "usc", "a capo" → "cap") is a
 * target of its group like any other, but a key only together with its other words, around any form of its word
 * ({@link phraseSurface}): a question's bare "uscito" does not borrow the group of "uscire fuori". A word followed
 * only by prepositions it governs ("lavorare per") and a comparative ("più forte") keep the word's sense and stay
 * keys by the term alone.
 */
import { analyze, foldAccents, tokenize, type Lang } from './analysis.js';

/** One member of a group, as index terms: a word gives one term, a phrase several. */
export interface ThesaurusEntry {
  /** The analysed terms of the member, in order. */
  readonly terms: readonly string[];
  /** The member as written in the file. */
  readonly text: string;
  /** The word unstemmed, for a one-word member the stemmer changes: brand names are indexed that way. */
  readonly plain?: string;
  /** True for a member that starts with a negation: a key matched as written, never a target. */
  readonly negated?: boolean;
  /** True for an exact equivalent (an abbreviation, a numeral, a spelling variant: lines starting with "="). */
  readonly equivalent?: boolean;
  /** True for a form made from a listed word (a conjugation, the other number): a key, never a target. */
  readonly derived?: boolean;
  /**
   * True for a phrase whose other words analysis drops ("uscire fuori" → "usc", "a capo" → "cap"): it is a
   * target like any member, but a key only where the question holds those words too (see {@link phraseSurface}).
   */
  readonly collapsed?: boolean;
}

/** A thesaurus file or line that cannot be used. */
export class ThesaurusError extends Error {
  /**
   * @param file - the file's name
   * @param line - 1-based line number
   * @param problem - what is wrong
   */
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`thesaurus: ${file}:${line}: ${problem}`);
    this.name = 'ThesaurusError';
  }
}

const keyOf = (terms: readonly string[]): string => terms.join(' ');
// A character that is neither a letter nor a digit, and a run of them: what parts a phrase's words.
const NOT_WORD = /[^\p{L}\p{N}]/u;
const NOT_WORD_RUN = /[^\p{L}\p{N}]+/u;
// Adds the letter-and-digit runs of a spelling of several runs to `words`.
function addPhraseWords(surface: string, words: Set<string>): void {
  if (NOT_WORD.test(surface)) for (const piece of surface.split(NOT_WORD_RUN)) if (piece) words.add(piece);
}
/**
 * A text as the thesaurus keeps its spellings: NFC, lower-case, accents folded, typographic apostrophes plain, spaces
 * single.
 * @param text - a word or phrase as written
 * @returns its spelling key
 */
export const surfaceOf = (text: string): string =>
  foldAccents(text.normalize('NFC').toLowerCase()).replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ').trim();

const addTargets = (out: Map<string, ThesaurusEntry>, own: ThesaurusEntry | string, targets: Iterable<ThesaurusEntry>, equivalent: boolean) => {
  const ownKey = typeof own === 'string' ? own : keyOf(own.terms);
  for (const t of targets) {
    if (t.negated || t.derived) continue;
    const tk = keyOf(t.terms);
    if (tk === ownKey || (typeof own !== 'string' && t.text === own.text)) continue;
    if (out.has(tk) && !(equivalent || t.equivalent)) continue;
    out.set(tk, equivalent && !t.equivalent ? { ...t, equivalent: true } : t);
  }
};

/**
 * The groups of one spelling: the key it is analysed as, the members it expands to, and whether a member is written
 * so in the file (`listed`) rather than only made from a listed word (a conjugated form).
 */
export interface SurfaceGroups {
  readonly key: string;
  readonly out: Map<string, ThesaurusEntry>;
  readonly listed?: true;
}

/** A thesaurus as plain data, for the compiled-lexicon cache. */
export interface ThesaurusSnapshot {
  readonly expansions: ReadonlyMap<string, Map<string, ThesaurusEntry>>;
  readonly bySurface: ReadonlyMap<string, SurfaceGroups>;
  readonly longest: number;
  /** The words of its phrases ({@link Thesaurus.mayBeInPhrase}), when known: read back with the tables, they need not
   * be gathered from every spelling again. */
  readonly phraseWords?: readonly string[];
}

// Anything that reads like a map: a Map, or a table the compiled-lexicon cache decodes entry by entry.
const isMapLike = (x: unknown): x is ReadonlyMap<string, unknown> =>
  !!x && typeof (x as ReadonlyMap<string, unknown>).get === 'function' && typeof (x as ReadonlyMap<string, unknown>).has === 'function';

/** Groups of interchangeable words, looked up by analysed terms. */
export class Thesaurus {
  // key (terms joined by a space) → the entries a question holding that key may also search
  // (read-only when read back from a snapshot: see `writable`)
  private expansions: ReadonlyMap<string, Map<string, ThesaurusEntry>> = new Map();
  // the same, keyed by the member as written: a word the file lists verbatim expands only to its own groups,
  // so "moda" does not borrow the groups of "modo", with which it shares the stem "mod"
  private bySurface: ReadonlyMap<string, SurfaceGroups> = new Map();
  private longest = 1;
  // The letter-and-digit runs of the spellings made of several runs ("punto di vista" → punto, di, vista; "{usc}
  // fuori" → usc, fuori), read from the keys the first time a question needs them (and again after a change).
  private phraseWords: Set<string> | undefined;

  // The tables as Maps that can be added to: a thesaurus read back from a snapshot may hold read-only tables
  // (decoded entry by entry), which are copied the first time a group is added.
  private writable(): { expansions: Map<string, Map<string, ThesaurusEntry>>; bySurface: Map<string, SurfaceGroups> } {
    this.phraseWords = undefined;
    if (!(this.expansions instanceof Map)) this.expansions = new Map(this.expansions);
    if (!(this.bySurface instanceof Map)) this.bySurface = new Map(this.bySurface);
    return { expansions: this.expansions as Map<string, Map<string, ThesaurusEntry>>, bySurface: this.bySurface as Map<string, SurfaceGroups> };
  }

  /** Number of keys that expand to something. */
  get size(): number {
    return this.expansions.size;
  }

  /** Longest key, in terms (phrases are matched up to this length). */
  get maxPhraseLength(): number {
    return this.longest;
  }

  /**
   * Adds a group: every key member expands to every target member but itself.
   * @param keys - members a question may hold
   * @param targets - members searched in their place
   * @param equivalent - whether the members mean exactly the same (they then weigh almost as much as typed words)
   */
  addGroup(keys: readonly ThesaurusEntry[], targets: readonly ThesaurusEntry[], equivalent = false): void {
    const tables = this.writable();
    for (const k of keys.flatMap((e) => (e.plain ? [e, { ...e, terms: [e.plain] }] : [e]))) {
      const key = keyOf(k.terms);
      if (!k.negated && !k.collapsed) {
        let out = tables.expansions.get(key);
        if (!out) {
          out = new Map();
          tables.expansions.set(key, out);
        }
        this.longest = Math.max(this.longest, k.terms.length);
        addTargets(out, k, targets, equivalent);
      }
      // A spelling the file lists as written keeps only its own groups; a form made from a listed word ("lavorò" of
      // "lavorare", which folds to "lavoro") joins a spelling's groups only where no member is written so.
      const surface = surfaceOf(k.text);
      let bySurface = tables.bySurface.get(surface);
      if (bySurface?.listed && k.derived) continue;
      if (!bySurface || (!bySurface.listed && !k.derived)) tables.bySurface.set(surface, (bySurface = { key, out: new Map(), ...(k.derived ? {} : { listed: true }) }));
      addTargets(bySurface.out, k, targets, equivalent);
    }
  }

  /**
   * Drops the spellings that only repeat their stem's groups: a form made from a listed word (not written in a file)
   * whose groups are all its stem's finds the same by the stem, and most are. Called once every file is merged (a
   * later file may add groups to a stem), it keeps the compiled lexicon small and its loading fast.
   * @returns this thesaurus
   */
  compact(): this {
    const tables = this.writable();
    for (const [surface, { key, out, listed }] of tables.bySurface) {
      if (listed || /[\s{]/u.test(surface)) continue;
      const byStem = tables.expansions.get(key);
      if (!byStem || byStem.size !== out.size) continue;
      let same = true;
      for (const [k, e] of out) {
        if (byStem.get(k)?.equivalent !== e.equivalent) {
          same = false;
          break;
        }
      }
      if (same) tables.bySurface.delete(surface);
    }
    return this;
  }

  /**
   * The thesaurus as plain data (Maps and objects), for the compiled-lexicon cache.
   * @returns a snapshot that {@link Thesaurus.fromSnapshot} turns back into an equal thesaurus
   */
  snapshot(): ThesaurusSnapshot {
    return { expansions: this.expansions, bySurface: this.bySurface, longest: this.longest, phraseWords: [...this.phraseWordSet()] };
  }

  /**
   * Rebuilds a thesaurus from {@link Thesaurus.snapshot}'s data.
   * @param data - the snapshot
   * @returns the thesaurus
   * @throws Error when the data is not a snapshot (the cache then parses the text instead)
   */
  static fromSnapshot(data: unknown): Thesaurus {
    const snap = data as Partial<ThesaurusSnapshot> | null;
    if (!snap || !isMapLike(snap.expansions) || !isMapLike(snap.bySurface) || typeof snap.longest !== 'number') {
      throw new Error('thesaurus: not a snapshot');
    }
    const th = new Thesaurus();
    th.expansions = snap.expansions;
    th.bySurface = snap.bySurface;
    th.longest = snap.longest;
    if (Array.isArray(snap.phraseWords)) th.phraseWords = new Set(snap.phraseWords);
    return th;
  }

  /**
   * Merges another thesaurus into this one.
   * @param other - the thesaurus to add
   * @returns this thesaurus
   */
  merge(other: Thesaurus): this {
    const tables = this.writable();
    for (const [key, out] of other.expansions) {
      const mine = tables.expansions.get(key) ?? new Map<string, ThesaurusEntry>();
      addTargets(mine, key, out.values(), false);
      tables.expansions.set(key, mine);
      this.longest = Math.max(this.longest, key.split(' ').length);
    }
    for (const [surface, { key, out, listed }] of other.bySurface) {
      // As within one file: a spelling some file writes keeps only the groups that write it.
      let mine = tables.bySurface.get(surface);
      if (mine?.listed && !listed) continue;
      if (!mine || (listed && !mine.listed)) mine = { key, out: new Map<string, ThesaurusEntry>(), ...(listed ? { listed } : {}) };
      addTargets(mine.out, key, out.values(), false);
      tables.bySurface.set(surface, mine);
    }
    return this;
  }

  /**
   * What a word or phrase of a question may also be searched as.
   * @param terms - the analysed terms of the word or phrase
   * @param surface - the word or phrase as the user wrote it: when the file lists it verbatim, only its own
   *   groups are used (words that merely share its stem are left out)
   * @returns the other members of its groups (empty when it has none)
   */
  lookup(terms: readonly string[], surface?: string): readonly ThesaurusEntry[] {
    const key = keyOf(terms);
    const exact = surface === undefined ? undefined : this.bySurface.get(surfaceOf(surface));
    const out = exact && exact.key === key ? exact.out : this.expansions.get(key);
    return out ? [...out.values()] : [];
  }

  /**
   * Whether the file lists this exact text (accents and case ignored) as a member that a question may hold.
   * @param surface - words as the user wrote them
   * @returns true when it is listed verbatim
   */
  hasSurface(surface: string): boolean {
    return this.bySurface.has(surfaceOf(surface));
  }

  /**
   * Whether a spelling of several words could hold this word: false when no listed phrase has it as one of its
   * letter-and-digit runs, so that a question's word need not be tried with its neighbours (see ask.ts
   * `listedSurface`). Only the phrases' words are read, never their groups.
   * @param word - a run of letters and digits, lower-case and accent-folded as spellings are kept (or an analysed
   *   term, as `{term}` phrases hold it)
   * @returns true when some phrase holds it
   */
  mayBeInPhrase(word: string): boolean {
    return this.phraseWordSet().has(word);
  }

  // The words of the phrases, gathered from the spellings the first time they are needed.
  private phraseWordSet(): Set<string> {
    if (!this.phraseWords) {
      const words = new Set<string>();
      for (const surface of this.bySurface.keys()) addPhraseWords(surface, words);
      this.phraseWords = words;
    }
    return this.phraseWords;
  }

  /**
   * Whether a word or phrase is a key.
   * @param terms - analysed terms
   * @returns true when it expands to something
   */
  has(terms: readonly string[]): boolean {
    return this.expansions.has(keyOf(terms));
  }
}

// Analysis drops function words, so "senza costi" would search "costi": a member that starts with a negation
// is never searched. It still works as a key, matched as written ("senza spendere" → "gratis").
const NEGATED = /^(non|senza|mai|nessun[oa]?|not|without|no)\s/iu;

// Endings of the conjugated forms a question may use for an infinitive listed in the file, and of the other
// number and gender of a noun or adjective. The Porter stemmer
// does not bring every form back to the infinitive's stem ("ricavare" → "ricav", "ricava" → "ric"; "usare" →
// "us", "usano" → "usan"), so each form's own stem joins the group too.
const CONJUGATIONS: Readonly<Record<string, readonly string[]>> = {
  are: ['a', 'ano', 'ava', 'avano', 'ato', 'ata', 'ati', 'ate', 'ando', 'erà', 'eranno', 'erebbe', 'i', 'iamo', 'ò'],
  ere: ['e', 'ono', 'eva', 'evano', 'uto', 'uta', 'uti', 'endo', 'erà', 'eranno', 'erebbe', 'i', 'iamo', 'é'],
  ire: ['e', 'ono', 'isce', 'iscono', 'iva', 'ivano', 'ito', 'ita', 'iti', 'endo', 'irà', 'iranno', 'irebbe', 'ì'],
  // singular and plural of nouns and adjectives ("telefono" → "telef", "telefoni" → "telefon"); a change of
  // gender would mostly make non-words whose short stems meet unrelated words
  o: ['i'],
  a: ['e'],
  e: ['i'],
  i: ['o'],
};

/**
 * The stems of an Italian infinitive's common conjugated forms (or of a noun's or adjective's other number and
 * gender) that differ from the word's own stem.
 * @param word - a lower-case, accent-folded word; infinitives in -are, -ere, -ire and words ending in a vowel give forms
 * @returns the extra forms with their stems (empty for any other word)
 * @example
 * conjugatedStems('ricavare') // [{ form: 'ricava', term: 'ric' }, …]
 */
export function conjugatedStems(word: string): { form: string; term: string }[] {
  const own = analyze(word, 'it')[0]?.term;
  const seen = new Set(own ? [own] : []);
  return conjugatedForms(word).filter((f) => f.term.length >= 3 && !seen.has(f.term) && seen.add(f.term));
}

/**
 * Every common conjugated form of an Italian infinitive (or the other number of a noun or adjective), with its
 * stem, whether or not the stem differs from the word's own.
 * @param word - a lower-case, accent-folded word
 * @returns the forms with their stems (empty for a word without such forms)
 * @example
 * conjugatedForms('iniziare').map((f) => f.form) // ['inizia', 'iniziano', …, 'iniziata', …]
 */
export function conjugatedForms(word: string): { form: string; term: string }[] {
  const m = /^([a-z]{2,})(are|ere|ire)$/u.exec(word) ?? /^([a-z]{3,})([oaei])$/u.exec(word);
  if (!m) return [];
  const out: { form: string; term: string }[] = [];
  for (const ending of CONJUGATIONS[m[2]!]!) {
    // "rilasciare" + "iamo" is "rilasciamo"
    const form = m[1]!.endsWith('i') && ending.startsWith('i') ? m[1]! + ending.slice(1) : m[1]! + ending;
    const term = analyze(form, 'it')[0]?.term;
    if (term) out.push({ form, term });
  }
  return out;
}

/**
 * A phrase as the thesaurus keys its collapsed members: its words lower-cased and without accents, the word that
 * carries its one term replaced by that term in braces ("uscire fuori" → "{usc} fuori", "è uscito fuori" at
 * "uscito" → "è {usc} fuori"), so that any form of that word with the same stem matches.
 * @param text - the phrase
 * @param start - where the word carrying the term starts in `text`
 * @param term - the word's analysed term
 * @returns the key, or undefined when no word of `text` starts at `start`
 */
export function phraseSurface(text: string, start: number, term: string): string | undefined {
  const words = tokenize(text).filter((t) => t.kind !== 'compound');
  if (!words.some((w) => w.start === start)) return undefined;
  return words.map((w) => (w.start === start ? `{${term}}` : foldAccents(w.lower))).join(' ');
}

// A member of several words that analysis reduces to one term ("uscire fuori" → "usc"): a target, and a key
// only with its other words ("{usc} fuori", see `phraseSurface`), for each form of the word the stemmer
// parts from it ("tirare fuori" also as "tira fuori").
function collapsedEntries(text: string, lang: Lang, negated: boolean): ThesaurusEntry[] | undefined {
  const analysed = analyze(text, lang);
  const words = tokenize(text).filter((t) => t.kind !== 'compound');
  if (analysed.length !== 1 || words.length < 2) return undefined;
  const { term, start, end } = analysed[0]!;
  const head = foldAccents(text.slice(start, end).toLowerCase());
  const forms = [term, ...(lang === 'it' ? conjugatedStems(head).map((f) => f.term) : [])];
  const keys = forms.flatMap((t) => {
    const surface = phraseSurface(text, start, t);
    return surface ? [{ terms: [t], text: surface, derived: true, collapsed: true, ...(negated ? { negated } : {}) }] : [];
  });
  const others = words.filter((w) => w.start !== start).map((w) => foldAccents(w.lower));
  const keepsKey = words[0]!.start === start ? others.every((w) => GOVERNED.has(w)) : others.every((w) => COMPARATIVE.has(w));
  // A member that stays a key by its word alone ("lavorare per") is also a group of that word as the question
  // writes it: "lavora" and "lavorare" borrow it as they borrow the groups listing "lavorare" on its own.
  const spellings: ThesaurusEntry[] =
    keepsKey && !negated && lang === 'it'
      ? [{ terms: [term], text: head }, ...conjugatedForms(head).flatMap((f) => (f.term === term && f.form !== head ? [{ terms: [term], text: f.form, derived: true }] : []))]
      : [];
  return [{ terms: [term], text, ...(keepsKey ? {} : { collapsed: true }), ...(negated ? { negated } : {}) }, ...keys, ...spellings];
}

// The other words of a collapsed member that leave it a key by its one term, the word's own sense: prepositions
// after it, which the word governs ("lavorare per", "basato su", "competere con"), and the comparative "più" before
// it ("più forte"). Any other word turns it into another expression ("uscire fuori", "tirare fuori",
// "vedere come", "in testa", "a parte", "numero uno"), a key only with its words.
const GOVERNED = new Set(['di', 'a', 'ad', 'da', 'in', 'con', 'su', 'per', 'tra', 'fra', 'presso', 'verso', 'contro']);
const COMPARATIVE = new Set(['piu']);

// A single word kept as written beside its stem: the index keeps brand names unstemmed ("OpenAI" → "openai").
const plainOf = (raw: string, terms: readonly string[]): { plain?: string } =>
  terms.length === 1 && /^[\p{L}\p{N}]+$/u.test(raw) && raw !== terms[0] ? { plain: raw } : {};

function entriesOf(text: string, lang: Lang): ThesaurusEntry[] {
  const collapsed = collapsedEntries(text, lang, NEGATED.test(text));
  if (collapsed) return collapsed;
  const terms = analyze(text, lang).map((t) => t.term);
  if (NEGATED.test(text)) return terms.length ? [{ terms, text, negated: true }] : [];
  const raw = foldAccents(text.trim().toLowerCase());
  if (lang === 'it' && terms.length === 1) {
    // Each form is a key by its own stem where the stemmer parts it from the word; every form is also a spelling
    // of the word, so that a question's "iniziata" borrows the groups of "iniziare" and not those of "iniziativa",
    // which shares its stem ("iniz").
    // (a stem of its own: one `conjugatedStems` gives)
    const own = analyze(raw, 'it')[0]?.term;
    const ownStem = (f: { term: string }) => f.term !== own && f.term.length >= 3;
    const forms = conjugatedForms(raw).filter((f) => f.form !== raw && (ownStem(f) || f.term === terms[0]));
    // (the word kept as written too, as below, only where no form has a stem of its own)
    if (forms.length) return [{ terms, text, ...(forms.some(ownStem) ? {} : plainOf(raw, terms)) }, ...forms.map((f) => ({ terms: [f.term], text: f.form, derived: true }))];
  }
  // A single word is also kept as written: the index keeps brand names unstemmed ("OpenAI" → "openai").
  const plain = plainOf(raw, terms);
  if (plain.plain) return [{ terms, text, ...plain }];
  if (terms.length) return [{ terms, text }];
  // A stopword on its own ("ai" for intelligenza artificiale) is still a legitimate target: the index keeps
  // acronyms written in capitals, so the raw folded word can match them.
  return /^[\p{L}\p{N}]{2,}$/u.test(raw) ? [{ terms: [raw], text }] : [];
}

/**
 * Parses thesaurus text (format in `src/lexicon/it-general.txt`).
 * @param text - the file's content
 * @param file - its name, for error messages
 * @param lang - the language its words are analysed in
 * @returns the thesaurus
 * @throws ThesaurusError naming file and line for a malformed line
 * @example
 * parseThesaurus('rilasciare, pubblicare').lookup(['pubblic'])[0]?.terms // ['rilasc']
 */
export function parseThesaurus(text: string, file = 'thesaurus', lang: Lang = 'it'): Thesaurus {
  const th = new Thesaurus();
  text
    .normalize('NFC')
    .split(/\r?\n/)
    .forEach((rawLine, i) => {
      let line = rawLine.trim();
      if (!line || line.startsWith('#')) return;
      const equivalent = line.startsWith('=');
      if (equivalent) line = line.slice(1).trim();
      const parts = line.split('>');
      if (parts.length > 2) throw new ThesaurusError(file, i + 1, 'more than one ">" on a line');
      const side = (s: string) =>
        s
          .split(',')
          .map((m) => m.trim())
          .filter(Boolean)
          .flatMap((m) => entriesOf(m, lang));
      const left = side(parts[0] ?? '');
      if (equivalent && parts.length === 2) throw new ThesaurusError(file, i + 1, 'an "=" line lists equivalents and cannot use ">"');
      if (parts.length === 2) {
        const right = side(parts[1] ?? '');
        if (!left.length || !right.length) throw new ThesaurusError(file, i + 1, '"a > b" needs words on both sides');
        th.addGroup(left, right);
      } else {
        // Counted as written: one word's own derived forms ("rastrelliera" → "rastrelliere") do not make a group.
        const members = (parts[0] ?? '').split(',').filter((m) => m.trim()).length;
        if (members < 2 || left.length < 2) throw new ThesaurusError(file, i + 1, 'a group needs at least two members separated by commas');
        th.addGroup(left, left, equivalent);
      }
    });
  return th;
}
