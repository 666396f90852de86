/**
 * Who says what: speaker attribution at index time.
 *
 * Every sentence of every paragraph is read for reporting verbs and constructions ("dice", "afferma che",
 * "si rifiuta di dire", "è ottimista che", "secondo X") and for quotations (“…”, «…», "…"). Each one gets a
 * speaker by general rules, in this order:
 * 1. inverted attribution after a comma or a closing quotation mark: "“…”, dice Lambert", "…, afferma Meta",
 *    "“…”, diceva la memo di Google", with the role from an apposition after the name;
 * 2. a subject right before the verb: a name ("Turow paragona"), a name with its apposition
 *    ("Jon Turow, un investitore presso …, afferma"), a title and a name ("il CEO Satya Nadella ha parlato"),
 *    a document ("la memo citava"), a pronoun ("Egli ritiene");
 * 3. no subject: the speaker of an earlier verb of the same sentence ("…, ma crede che"), or the one in focus
 *    ("Afferma che…", "Ma è ottimista…", "“…”, dice."), carried across sentences and paragraphs.
 * A quotation with no verb of its own continues the quotation of the sentence before ("“…”, dice. “…”"); one
 * quoted from a document of no named owner ("descritti nei materiali di rilascio come “…”") goes to the
 * organisation that last spoke. Plural verbs and relative clauses ("i politici, che temono che") never take a
 * carried speaker. Names are recognised from capitalised sequences; a surname or first name alone is linked to
 * the full name the article gives elsewhere.
 */
import { foldAccents, isStopword } from './analysis.js';
import { quoteSentences, type QuoteSentence } from './quotes.js';
import {
  ARTICLES,
  BETWEEN_SUBJECT_AND_VERB,
  CATAPHORIC_OPENERS,
  CLAUSE_OPENERS,
  DOCUMENT_NOUNS,
  FLOOR_GIVERS,
  isTitleQuotation,
  NOT_NAMES,
  OPENING_AUXILIARIES,
  ORGANISATION_WORDS,
  PRONOUNS,
  REPORTING_VERB_RE,
  ROLE_ABBREVIATIONS,
  ROLE_NOUNS,
  ROLE_SUBJECT_AUXILIARIES,
  SHARED_STANCES,
  SOURCE_MARKERS,
  TITLE_WORDS,
  VERB_WORDS,
  verbEntry,
  type ReportingVerb,
} from './speakerLexicon.js';
import type { Article, Quote } from './types.js';

/** What a speaker is: a named person, an organisation, or a document that speaks for itself. */
export type SpeakerSort = 'person' | 'organisation' | 'document';

/** A speaker found in one article, with its statements. */
export interface SpeakerDraft {
  /** Canonical name: the full name, or for a document its noun phrase ("memo di Google"). */
  readonly name: string;
  /** Other names the article uses for it. */
  readonly aliases: readonly string[];
  /** The role from an apposition or title, when given. */
  readonly role?: string;
  readonly sort: SpeakerSort;
  /** Extra words that describe it ("trapelata", words of the role), accepted in look-ups. */
  readonly descriptors: readonly string[];
  readonly quotes: readonly Quote[];
}

interface Tok {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
  readonly cap: boolean;
  /** First word of the sentence (or of a quotation), where a capital letter proves nothing. */
  readonly initial: boolean;
}

const TOKEN_RE = /[\p{L}\p{M}\d]+(?:[-’'][\p{L}\p{M}\d]+)*[’']?|[^\s\p{L}\p{M}\d]/gu;

function lex(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    const word = /^[\p{L}\p{M}\d]/u.test(t);
    const prev = out[out.length - 1];
    const initial = !prev || (!prev.word && /^[“«"„(.!?…:]$/.test(prev.text));
    out.push({ text: t, lower: t.toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + t.length, word, cap: word && /^\p{Lu}/u.test(t), initial });
  }
  return out;
}

const CLOSE_MARKS = new Set(['”', '»', '"']);
const OPEN_MARKS = new Set(['“', '«', '"', '„']);
const ROLE_SET = new Set(ROLE_NOUNS);
const DOC_SET = new Set(DOCUMENT_NOUNS);
const ORG_ANAPHORS = new Set(['azienda', 'società', 'compagnia', 'impresa']);
const PREPOSITIONS = new Set([
  'di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', "dell'", 'a', 'al', 'alla', 'allo', 'ai', 'agli', 'alle', "all'",
  'da', 'dal', 'dalla', 'dallo', 'dai', 'dagli', 'dalle', "dall'", 'con', 'su', 'sul', 'sulla', 'per', 'tra', 'fra', 'in',
  'nel', 'nella', 'nei', 'negli', 'nelle', "nell'", 'verso', 'contro', 'presso',
]);
const POSSESSIVE_PREPS = new Set(['di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', "dell'"]);

const ELIDED = /^(?:l|d|dell|nell|all|dall|sull|un|quest|quell|c|s|m|t|v|n)['’]/i;
const isNameToken = (t: Tok | undefined): boolean =>
  !!t && t.cap && !NOT_NAMES.has(t.lower) && !VERB_WORDS.has(t.lower) && !ELIDED.test(t.text) && !(t.initial && (isStopword(t.lower, 'it') || /(?:ando|endo)$/.test(t.lower)));
const isTitle = (t: Tok) => TITLE_WORDS.has(t.lower.replace(/\.$/, '')) || (!t.cap && ROLE_SET.has(t.lower));
const isRoleLike = (words: readonly Tok[]) => {
  const w = words.filter((t) => t.word);
  let i = 0;
  if (w[i] && ARTICLES.has(w[i]!.lower)) i++;
  else if (w[i] && /^(?:l|un)'/.test(w[i]!.lower)) return ROLE_SET.has(w[i]!.lower.replace(/^(?:l|un)'/, ''));
  return w.slice(i, i + 3).some((t) => ROLE_SET.has(t.lower));
};

/** A resolved subject of a reporting verb. */
type Subject =
  | { kind: 'name'; name: string; role?: string; at: number }
  | { kind: 'document'; head: string; owner?: string; descriptors: string[]; at: number }
  | { kind: 'organisation-anaphor'; at: number }
  | { kind: 'focus'; at: number }
  | { kind: 'coordinated'; at: number }
  | { kind: 'role'; role: string; at: number }
  | { kind: 'none' };

interface VerbHit {
  readonly tokStart: number;
  readonly tokEnd: number;
  readonly form: string;
  readonly plural: boolean;
  readonly gerund: boolean;
  /** A stance verb ("ha criticato"): what it says is a statement even when a quotation follows. */
  readonly stance?: boolean;
  readonly inverted: boolean;
  /** Offset (in the sentence) of the comma before an inverted verb: the statement ends there. */
  readonly statementEnd: number;
  readonly subject: Subject;
  /** The statement came before the verb, in earlier sentences ("“…”. Lo ha detto X"). */
  readonly cataphoric?: boolean;
}

/** Walks back over a capitalised name ending at token index `j`; returns its first token index. */
function nameStartBack(toks: readonly Tok[], j: number): number {
  let i = j;
  while (i - 1 >= 0 && isNameToken(toks[i - 1]) && !isTitle(toks[i - 1]!) && toks[i - 1]!.end + 1 >= toks[i]!.start) i--;
  return i;
}

/** Reads a capitalised name forward from token index `i`; returns the index one past its end. */
function nameEndForward(toks: readonly Tok[], i: number): number {
  let k = i;
  while (isNameToken(toks[k]) && (k === i || toks[k]!.start <= toks[k - 1]!.end + 1)) k++;
  // "Llama 2": a small number right after a name belongs to it
  if (k > i && toks[k] && /^\d{1,2}$/.test(toks[k]!.text) && toks[k]!.start === toks[k - 1]!.end + 1) k++;
  return k;
}

function sliceText(frame: string, toks: readonly Tok[], from: number, to: number): string {
  return frame.slice(toks[from]!.start, toks[to - 1]!.end);
}

/** A document noun phrase starting at token `i` ("la memo di Google trapelata"), read forward. */
function documentForward(toks: readonly Tok[], frame: string, i: number, limit = toks.length): { head: string; owner?: string; descriptors: string[]; end: number } | undefined {
  let k = i;
  if (toks[k] && (ARTICLES.has(toks[k]!.lower) || /^(?:l|un)'$/.test(toks[k]!.lower))) k++;
  const first = toks[k];
  if (!first) return undefined;
  let head = first.lower;
  if (/^(?:l|un)'/.test(head)) head = head.replace(/^(?:l|un)'/, '');
  else if (k === i && !/^(?:l|un)'/.test(first.lower)) return undefined;
  if (!DOC_SET.has(head)) return undefined;
  k++;
  const descriptors: string[] = [];
  let owner: string | undefined;
  for (let n = 0; n < 4 && k < limit && toks[k]; n++) {
    const t = toks[k]!;
    if (POSSESSIVE_PREPS.has(t.lower) && k + 1 < limit && isNameToken(toks[k + 1]) && owner === undefined) {
      const end = nameEndForward(toks, k + 1);
      owner = sliceText(frame, toks, k + 1, end);
      k = end;
      continue;
    }
    if (t.word && !t.cap && /^\p{Ll}+$/u.test(t.text) && /[oaie]$/.test(t.lower) && !POSSESSIVE_PREPS.has(t.lower) && !ARTICLES.has(t.lower) && t.lower.length > 3) {
      descriptors.push(t.lower);
      k++;
      continue;
    }
    break;
  }
  return { head, ...(owner ? { owner } : {}), descriptors, end: k };
}

/** The subject written before token `j` (the verb's first token), if any. */
function subjectBefore(toks: readonly Tok[], frame: string, vStart: number): Subject {
  let j = vStart - 1;
  while (j >= 0 && toks[j]!.word && BETWEEN_SUBJECT_AND_VERB.has(toks[j]!.lower)) j--;
  if (j < 0) return { kind: 'focus', at: 0 };
  const t = toks[j]!;
  if (PRONOUNS.has(t.lower)) return { kind: 'focus', at: t.start };
  if (t.word && CLAUSE_OPENERS.has(t.lower)) {
    let i = j;
    while (i >= 0 && toks[i]!.word && CLAUSE_OPENERS.has(toks[i]!.lower)) i--;
    if (i < 0) return { kind: 'focus', at: 0 };
    if (toks[i]!.text === ',' || toks[i]!.text === ';') return { kind: 'coordinated', at: toks[i + 1]!.start };
    return { kind: 'none' };
  }
  if (isNameToken(t) || (t.word && /^\d{1,2}$/.test(t.text) && isNameToken(toks[j - 1]))) {
    const end = j;
    const last = isNameToken(t) ? j : j - 1;
    const start = nameStartBack(toks, last);
    if (!isNameToken(toks[start])) return { kind: 'none' };
    // "Llama 2 afferma": products with a number are not speakers
    if (end !== last) return { kind: 'none' };
    const name = sliceText(frame, toks, start, end + 1);
    const titles: Tok[] = [];
    let p = start - 1;
    while (p >= 0 && toks[p]!.word && isTitle(toks[p]!)) titles.unshift(toks[p--]!);
    // "la proposta di Rossi dice": a name governed by a preposition is not the subject
    if (p >= 0 && PREPOSITIONS.has(toks[p]!.lower)) return { kind: 'none' };
    return { kind: 'name', name, ...(titles.length ? { role: titles.map((x) => x.text).join(' ') } : {}), at: toks[start]!.start };
  }
  if (t.text === ',') {
    // "Name, apposition, verb"
    let p = j - 1;
    while (p >= 0 && toks[p]!.text !== ',' && j - p < 30 && !OPEN_MARKS.has(toks[p]!.text) && !CLOSE_MARKS.has(toks[p]!.text)) p--;
    // "Google, invece, ha detto": an adverb between commas leaves the subject before it
    if (p >= 1 && toks[p]!.text === ',' && p < j - 1 && toks.slice(p + 1, j).every((x) => x.word && (BETWEEN_SUBJECT_AND_VERB.has(x.lower) || CLAUSE_OPENERS.has(x.lower)))) {
      return subjectBefore(toks, frame, p);
    }
    const segment = toks.slice(p + 1, j);
    // "Dario Costa, Verdi, si associa": a full name opening the clause, then a short apposition naming the party
    if (p >= 2 && toks[p]!.text === ',' && segment.length && segment.length <= 2 && segment.every((x) => isNameToken(x))) {
      const start = nameStartBack(toks, p - 1);
      if (p - start >= 2 && isNameToken(toks[start]) && (start === 0 || /^[.,;:“«"„]$/.test(toks[start - 1]!.text))) {
        return { kind: 'name', name: sliceText(frame, toks, start, p), at: toks[start]!.start };
      }
    }
    // "Il suo vice, Dario Fo, sostiene": the name is the apposition, the role comes first
    if (p >= 0 && toks[p]!.text === ',' && segment.length && segment.every((x) => isNameToken(x)) && nameEndForward(toks, p + 1) === j) {
      const before = toks.slice(0, p);
      let from = before.length;
      while (from > 0 && toks[from - 1]!.text !== ',' && toks[from - 1]!.word) from--;
      const role = from < p && isRoleLike(toks.slice(from, p)) ? sliceText(frame, toks, from, p) : undefined;
      return { kind: 'name', name: sliceText(frame, toks, p + 1, j), ...(role ? { role } : {}), at: toks[from]?.start ?? 0 };
    }
    if (p >= 1 && toks[p]!.text === ',' && isNameToken(toks[p - 1])) {
      const appos = toks.slice(p + 1, j);
      const start = nameStartBack(toks, p - 1);
      if (appos.length && isRoleLike(appos)) {
        return { kind: 'name', name: sliceText(frame, toks, start, p), role: sliceText(frame, toks, p + 1, j), at: toks[start]!.start };
      }
    }
    return { kind: 'coordinated', at: toks[j + 1]?.start ?? t.end };
  }
  // "il leader di Confartigiani, Dario Costa, che al congresso chiede di …": a relative clause on a name
  for (let c = j; c >= Math.max(1, j - 6) && toks[c]!.word && !isNameToken(toks[c]); c--) {
    if (toks[c]!.lower !== 'che' || toks[c - 1]?.text !== ',' || !isNameToken(toks[c - 2])) continue;
    const start = nameStartBack(toks, c - 2);
    // only a person's full name in apposition (", Dario Costa, che"), not "degli Stati Uniti, che"
    const run = toks.slice(start, c - 1);
    const introduced = toks[start - 1]?.text === ',' || isRoleTok(toks[start - 1]) || (!!toks[start - 1] && isTitle(toks[start - 1]!));
    if (c - 2 - start >= 1 && introduced && !run.some((x) => ORGANISATION_WORDS.has(x.lower) || /^\p{Lu}{2,}$/u.test(x.text))) {
      return { kind: 'name', name: sliceText(frame, toks, start, c - 1), at: toks[start]!.start };
    }
  }
  if (t.word && (t.lower === 'che' || t.lower === 'cui' || t.lower === 'quale' || t.lower === 'quali')) return { kind: 'none' };
  // a document or an organisation anaphor as subject: "la memo citava", "l’azienda afferma"
  for (let p = j; p >= Math.max(0, j - 5); p--) {
    const doc = documentForward(toks, frame, p, j + 1);
    if (doc && doc.end === j + 1) return { kind: 'document', head: doc.head, ...(doc.owner ? { owner: doc.owner } : {}), descriptors: doc.descriptors, at: toks[p]!.start };
  }
  const bare = t.lower.replace(/^l'/, '');
  if (ORG_ANAPHORS.has(bare) && (t.lower.startsWith("l'") || ARTICLES.has(toks[j - 1]?.lower ?? ''))) return { kind: 'organisation-anaphor', at: t.start };
  return { kind: 'none' };
}

/** The subject written right after an inverted verb ("…, dice Lambert, un ricercatore …"). */
function subjectAfter(toks: readonly Tok[], frame: string, vEnd: number): Subject | 'nothing' | undefined {
  let k = vEnd + 1;
  while (toks[k] && toks[k]!.word && (toks[k]!.lower === 'anche' || toks[k]!.lower === 'inoltre' || toks[k]!.lower === 'poi')) k++;
  const t = toks[k];
  if (!t || (!t.word && /^[,.;:!?…)]$/.test(t.text))) return 'nothing';
  const titles: Tok[] = [];
  let n = k;
  if ((ARTICLES.has(toks[n]?.lower ?? '') || /^l'/.test(toks[n]?.lower ?? '')) && toks[n + 1] && isTitle(toks[n + 1]!)) n++;
  if (/^l'/.test(toks[n]?.lower ?? '') && ROLE_SET.has(toks[n]!.lower.slice(2)) && isNameToken(toks[n + 1])) titles.push(toks[n++]!);
  while (toks[n] && isTitle(toks[n]!) && isNameToken(toks[n + 1])) titles.push(toks[n++]!);
  if (isNameToken(toks[n])) {
    const end = nameEndForward(toks, n);
    if (/\d/.test(toks[end - 1]!.text)) return undefined;
    const name = sliceText(frame, toks, n, end);
    let role = titles.length ? titles.map((x) => x.text).join(' ').replace(ELIDED_PREFIX, '') : undefined;
    if (toks[end]?.text === ',') {
      let q = end + 1;
      while (toks[q] && !/^[,.;:!?…]$/.test(toks[q]!.text)) q++;
      const appos = toks.slice(end + 1, q);
      if (appos.length && isRoleLike(appos)) role = sliceText(frame, toks, end + 1, q);
    }
    return { kind: 'name', name, ...(role ? { role } : {}), at: toks[n]!.start };
  }
  const doc = documentForward(toks, frame, k);
  if (doc) return { kind: 'document', head: doc.head, ...(doc.owner ? { owner: doc.owner } : {}), descriptors: doc.descriptors, at: t.start };
  return undefined;
}

const ELIDED_PREFIX = /^(?:l|un|all|dall|dell|nell|sull|coll)['’]/i;
const PARTICLES = new Set(['de', 'di', 'da', 'del', 'della', 'dei', 'la', 'lo', 'le', 'van', 'von', 'der', 'mc', 'al', 'el', 'dal']);
/** A role noun, also elided ("l’assessore") or an abbreviation in capitals ("l’AD"). */
const isRoleTok = (t: Tok | undefined): boolean => {
  if (!t || !t.word) return false;
  const bare = t.text.replace(ELIDED_PREFIX, '');
  return ROLE_ABBREVIATIONS.has(bare) || (bare === bare.toLowerCase() && ROLE_SET.has(bare.toLowerCase())) || (t.cap && !ELIDED_PREFIX.test(t.text) && ROLE_SET.has(t.lower) && TITLE_WORDS.has(t.lower));
};
const isPreposition = (t: Tok | undefined): boolean => !!t && t.word && (PREPOSITIONS.has(t.lower) || /^(?:dell|nell|all|dall|sull)'$/.test(t.lower));
/** "dell’Agenzia": a preposition elided onto a capitalised word. */
const isElidedComplement = (t: Tok | undefined): boolean => !!t && t.word && /^(?:dell|nell|all|dall|sull|d)'\p{Lu}/u.test(t.text.replace(/’/g, "'"));

/**
 * Where the person begins in a capitalised run that follows a role and a preposition: "il ministro della
 * Difesa Carlo Benvenuti", "il presidente di Ferrovie Lacustri Bruno Galli": the organisation comes first, the
 * person is the last two words (three with a particle: "Maria De Santis").
 */
function personStartInRun(toks: readonly Tok[], i: number, end: number): number {
  if (end - i < 3 || !isPreposition(toks[i - 1])) return i;
  let p = i - 2;
  let role = false;
  for (let n = 0; n < 4 && p >= 0 && toks[p]!.word; n++, p--) if (isRoleTok(toks[p]) || isTitle(toks[p]!)) role = true;
  if (!role) return i;
  const start = PARTICLES.has(toks[end - 2]!.lower) && end - i >= 4 ? end - 3 : end - 2;
  return start;
}

/** The role a speaker is referred to by, for matching "il ministro" with "ministro dell’Agricoltura": its first role noun, gender and number folded. */
function roleStem(role: string): string | undefined {
  for (const w of role.split(/[\s,()]+/)) {
    const bare = w.replace(ELIDED_PREFIX, '');
    if (ROLE_ABBREVIATIONS.has(bare)) return bare.toLowerCase();
    const lower = bare.toLowerCase();
    if (ROLE_SET.has(lower) && !ARTICLES.has(lower)) return lower.length > 4 ? lower.replace(/[aeio]$/, '') : lower;
  }
  return undefined;
}

/**
 * The speaker written after a verb or an opener, past adjuncts ("Lo scrive su un social il ministro …,
 * Ugo Fabbri"): the first name not governed by a preposition ("accompagnata dal presidente Mario Ruggeri" is
 * not the subject), with the role before it ("il presidente della Regione, Marta Ferri") or after it
 * ("Paolo Serra, presidente delle Associazioni …"); a role alone ("ha aggiunto il ministro") when no name
 * follows. Stops at a clause boundary: a stop, a colon, a gerund, "che".
 * @param freeStart - the first noun phrase counts as a subject even after a preposition (the object of "dare la parola a")
 */
function subjectForward(toks: readonly Tok[], frame: string, from: number, to = toks.length, freeStart = false): Subject | undefined {
  const limit = Math.min(to, from + 45);
  let depth = 0;
  // start of the current noun phrase and whether a preposition governs it
  let npStart = -1;
  let governed = false;
  let lastRunComplement = false;
  let roleAt = -1;
  let firstRole = -1;
  let firstGoverned = false;
  for (let k = from; k < limit; k++) {
    const t = toks[k]!;
    if (!t.word) {
      if (t.text === '(') depth++;
      else if (t.text === ')') depth = Math.max(0, depth - 1);
      else if (/^[.;:!?…]$/.test(t.text)) break;
      continue;
    }
    if (depth) continue;
    if (!t.cap && (t.lower === 'che' || t.lower === 'cui' || (/(?:ando|endo)$/.test(t.lower) && t.lower.length > 5))) break;
    const prevWord = (() => {
      for (let p = k - 1; p >= from; p--) if (toks[p]!.word) return toks[p];
      return undefined;
    })();
    const prevTok = toks[k - 1];
    if (isPreposition(t)) continue;
    if (isRoleTok(t) || (ARTICLES.has(t.lower) && isRoleTok(toks[k + 1]))) {
      if (npStart < 0 || (!isPreposition(prevWord) && prevTok?.text !== ',')) {
        npStart = k;
        governed = !(freeStart && k === from) && (isPreposition(prevWord) || /^(?:dell|nell|all|dall|sull)'/.test(t.lower));
        roleAt = k;
        if (firstRole < 0) firstRole = k;
        if (firstRole === k) firstGoverned = governed;
      }
      continue;
    }
    if (isNameToken(t) && !isElidedComplement(t)) {
      let end = nameEndForward(toks, k);
      if (/\d/.test(toks[end - 1]!.text)) end--;
      if (end <= k) continue;
      const complement = isPreposition(prevWord) && prevTok?.word === true;
      const conjoined = lastRunComplement && prevWord && /^(?:e|ed|o)$/.test(prevWord.lower);
      let start = k;
      if (complement || conjoined) {
        start = personStartInRun(toks, k, end);
        if (start === k) {
          lastRunComplement = true;
          k = end - 1;
          continue;
        }
      } else if (governed || (npStart < 0 && isPreposition(prevWord))) {
        lastRunComplement = true;
        k = end - 1;
        continue;
      }
      // "il presidente Unione-Frutticoltori Veneti, Sandro Toldo": an organisation, then the person in apposition
      if (toks[end]?.text === ',' && isNameToken(toks[end + 1]) && !complement) {
        const next = nameEndForward(toks, end + 1);
        if (next - (end + 1) >= 2 && end - k <= 3 && (!toks[next] || /^[,.;:]$/.test(toks[next]!.text) || !toks[next]!.word)) {
          start = end + 1;
          end = next;
        }
      }
      const name = sliceText(frame, toks, start, end);
      let role: string | undefined;
      if (roleAt >= 0 && roleAt < start) {
        let r0 = roleAt;
        if (ARTICLES.has(toks[r0]!.lower)) r0++;
        let r1 = start;
        while (r1 > r0 && !toks[r1 - 1]!.word) r1--;
        if (r1 > r0) role = sliceText(frame, toks, r0, r1).replace(ELIDED_PREFIX, '').replace(/[\s,]+$/, '');
      }
      if (!role && toks[end]?.text === ',') {
        let q = end + 1;
        let d = 0;
        while (toks[q] && (d > 0 || !/^[,.;:!?…]$/.test(toks[q]!.text))) {
          if (toks[q]!.text === '(') d++;
          else if (toks[q]!.text === ')') d--;
          q++;
        }
        const appos = toks.slice(end + 1, q);
        if (appos.length && !isPreposition(appos[0]) && isRoleLike(appos)) role = sliceText(frame, toks, end + 1, q);
      }
      return { kind: 'name', name, ...(role ? { role } : {}), at: toks[start]!.start };
    }
    if (ARTICLES.has(t.lower) && npStart >= 0 && !isPreposition(prevWord)) npStart = -1;
  }
  if (firstRole >= 0 && !firstGoverned) {
    // a role with no name: "ha aggiunto il ministro", "ha sottolineato il capo dello Stato"
    let r0 = firstRole;
    if (ARTICLES.has(toks[r0]!.lower)) r0++;
    let r1 = r0 + 1;
    while (r1 < limit && toks[r1] && toks[r1]!.word && !/(?:ando|endo)$/.test(toks[r1]!.lower) && toks[r1]!.lower !== 'che' && r1 - r0 < 6) r1++;
    return { kind: 'role', role: sliceText(frame, toks, r0, r1).replace(ELIDED_PREFIX, ''), at: toks[firstRole]!.start };
  }
  return undefined;
}

/**
 * "la premier ha scherzato …", "l’assessore è arrivato …", "il sindaco Aldo Bruni ha aperto …": a role with its
 * article, and the name when given, as the subject of a verb (not governed by a preposition).
 */
function roleSubject(toks: readonly Tok[]): Subject | undefined {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const elided = /^l'/.test(t.lower) && isRoleTok(t);
    const withArticle = ARTICLES.has(t.lower) && isRoleTok(toks[i + 1]);
    if (!elided && !withArticle) continue;
    if (isPreposition(toks[i - 1])) continue;
    const last = elided ? i : i + 1;
    const role = (elided ? t.text : toks[i + 1]!.text).replace(ELIDED_PREFIX, '');
    // "il sindaco Aldo Bruni ha aperto …": the role and the name
    const nameEnd = isNameToken(toks[last + 1]) ? nameEndForward(toks, last + 1) : last + 1;
    if (!ROLE_SUBJECT_AUXILIARIES.has(toks[nameEnd]?.lower ?? '')) continue;
    if (nameEnd > last + 1) return { kind: 'name', name: toks.slice(last + 1, nameEnd).map((x) => x.text).join(' '), role, at: toks[last + 1]!.start };
    return { kind: 'role', role, at: t.start };
  }
  return undefined;
}

/** The person a sentence opens by comparing its subject with ("Come Ada Neri, presidente di …, Rossi …"). */
function sharedStance(toks: readonly Tok[], frame: string): Subject | undefined {
  for (const row of SHARED_STANCES) {
    const m = row.re.exec(frame);
    if (!m) continue;
    const k = toks.findIndex((t) => t.start >= m.index + m[0].length);
    if (k < 0 || !isNameToken(toks[k])) return undefined;
    const end = nameEndForward(toks, k);
    // the name is set off by a comma: "Come Ada Neri, …" (not "come Google fa da anni")
    if (toks[end]?.text !== ',') return undefined;
    let q = end + 1;
    // the apposition up to a relative clause: "il ricercatore di AI che ora guida …" → "ricercatore di AI"
    while (toks[q] && !/^[,.;:!?…]$/.test(toks[q]!.text) && toks[q]!.lower !== 'che') q++;
    const appos = toks.slice(end + 1, q);
    const from = appos.length && ARTICLES.has(appos[0]!.lower) ? end + 2 : end + 1;
    const role = appos.length && !isPreposition(appos[0]) && isRoleLike(appos) && q > from ? sliceText(frame, toks, from, q).replace(ELIDED_PREFIX, '') : undefined;
    return { kind: 'name', name: sliceText(frame, toks, k, end), ...(role ? { role } : {}), at: toks[k]!.start };
  }
  return undefined;
}

const DASHES = new Set(['–', '—', '-']);
/** Verbs that report speech only when inserted in a quotation ("– ha concluso Ferri –"); elsewhere "concludere" ends things. */
const INSERT_ONLY_VERB_RE = /^(?:(?:ha|aveva)\s+(?:concluso|proseguito|continuato)|conclude|prosegue|continua)(?![\p{L}])/iu;

/**
 * A reporting verb inserted in a quotation between dashes ("“Bisogna … – ha detto Vitale – Serve anche …”",
 * "“La Medaglia – ha sottolineato il capo dello Stato – premia …”", "- ha detto -"): the quoted words
 * without the inserts, and the speaker the insert names (a name or a role), or `carried` when it names nobody.
 * @param inner - the quoted words
 */
function quoteInserts(inner: string): { pieces: { text: string; offset: number }[]; subject?: Subject; carried: boolean } {
  const dashes: number[] = [];
  for (let i = 0; i < inner.length; i++) {
    if (!DASHES.has(inner[i]!)) continue;
    const before = inner[i - 1] ?? ' ';
    const after = inner[i + 1] ?? ' ';
    if (/\s/.test(before) || /\s/.test(after)) dashes.push(i);
  }
  const inserts: { from: number; to: number }[] = [];
  let subject: Subject | undefined;
  for (let d = 0; d + 1 < dashes.length; d++) {
    const from = dashes[d]!;
    const to = dashes[d + 1]!;
    const raw = inner.slice(from + 1, to);
    const content = raw.trim();
    if (!content || content.length > 90) continue;
    REPORTING_VERB_RE.lastIndex = 0;
    const m = REPORTING_VERB_RE.exec(content) ?? INSERT_ONLY_VERB_RE.exec(content);
    if (!m || m.index !== 0 || verbEntry(m[0]).plural) continue;
    inserts.push({ from, to: to + 1 });
    if (!subject) {
      const ctoks = lex(content);
      const vEnd = ctoks.findIndex((t) => t.end >= m[0].length);
      const found = subjectForward(ctoks, content, vEnd + 1);
      if (found) subject = found;
    }
    d++;
  }
  if (!inserts.length) return { pieces: [{ text: inner, offset: 0 }], carried: false };
  const pieces: { text: string; offset: number }[] = [];
  let at = 0;
  for (const ins of [...inserts, { from: inner.length, to: inner.length }]) {
    const text = inner.slice(at, ins.from);
    const lead = text.length - text.trimStart().length;
    pieces.push({ text: text.trim(), offset: at + lead });
    at = ins.to;
  }
  // "“La Medaglia – ha sottolineato il capo dello Stato – premia …”": a piece too short to stand alone keeps the quotation whole
  const kept = pieces.some((x) => letters(x.text) < 15) ? [{ text: inner, offset: 0 }] : pieces;
  return { pieces: kept, ...(subject ? { subject } : {}), carried: !subject };
}

/**
 * "Sara Gobbi, Verdi: “…”", "Dello stesso tono, Marco Riva, Ps: “…”", "Laura Pini: “…”": a full
 * name (with at most a short apposition after it) right before the colon that opens a quotation.
 * @param quoteStart - offset of the quotation's opening mark
 */
function colonSpeaker(toks: readonly Tok[], frame: string, quoteStart: number): Subject | undefined {
  if (!/:\s*$/.test(frame.slice(0, quoteStart))) return undefined;
  let j = toks.findIndex((t) => t.start >= quoteStart) - 1;
  while (j >= 0 && toks[j]!.text !== ':') j--;
  if (j < 1) return undefined;
  let end = j;
  // ", Rete": a short apposition after the name (a party, an organisation)
  let c = end - 1;
  while (c >= 0 && c >= end - 4 && toks[c]!.text !== ',' && toks[c]!.word) c--;
  if (c >= 1 && c < end - 1 && toks[c]!.text === ',' && isNameToken(toks[c - 1])) end = c;
  const start = nameStartBack(toks, end - 1);
  if (end - start < 2 || !isNameToken(toks[start]) || !isNameToken(toks[end - 1]) || toks.slice(start, end).some((t) => ORGANISATION_WORDS.has(t.lower))) return undefined;
  const before = toks[start - 1];
  if (before && before.text !== ',' && !(before.text === '.' || OPEN_MARKS.has(before.text))) return undefined;
  const role = end < j ? sliceText(frame, toks, end + 1, j) : undefined;
  return { kind: 'name', name: sliceText(frame, toks, start, end), ...(role && isRoleLike(toks.slice(end + 1, j)) ? { role } : {}), at: toks[start]!.start };
}

/** Whether the sentence opens with a verb (its subject carried over): "Ora sta osservando…", "Afferma che…". */
function opensWithVerb(toks: readonly Tok[], firstVerbTok: number | undefined): boolean {
  let i = 0;
  while (toks[i] && toks[i]!.word && CLAUSE_OPENERS.has(toks[i]!.lower)) i++;
  if (firstVerbTok !== undefined && i === firstVerbTok) return true;
  return !!toks[i] && OPENING_AUXILIARIES.has(toks[i]!.lower);
}

/** What a rule finding a reporting verb's subject sees. Values read around the verb are computed on first use. */
interface VerbContext {
  readonly s: QuoteSentence;
  readonly toks: readonly Tok[];
  readonly vStart: number;
  readonly vEnd: number;
  readonly entry: ReportingVerb;
  /** The token before the verb. */
  readonly prev: Tok | undefined;
  /** The verbs found earlier in the sentence. */
  readonly hits: readonly VerbHit[];
  /** The sentence opens with a verb (its subject carried over). */
  readonly verbInitial: boolean;
  /** The verb follows a comma or a closing quotation mark, where Italian puts the subject after it. */
  readonly afterComma: boolean;
  /** It follows a quotation ("“…”, dice", "“…”. Dice"). */
  readonly afterQuote: boolean;
  /** Where the statement before an inverted verb ends (the comma or the closing mark). */
  readonly commaAt: number;
  /** The subject right after the verb; 'nothing' when a punctuation mark follows it. */
  after(): Subject | 'nothing' | undefined;
  /** The subject before the verb, when a comma precedes it ("Name, apposition, verb"). */
  before(): Subject | undefined;
}

function verbContext(s: QuoteSentence, toks: readonly Tok[], vStart: number, vEnd: number, entry: ReportingVerb, hits: readonly VerbHit[], verbInitial: boolean): VerbContext {
  const prev = toks[vStart - 1];
  const afterComma = !!prev && (prev.text === ',' || CLOSE_MARKS.has(prev.text));
  let after: Subject | 'nothing' | undefined | null = null;
  let before: Subject | undefined | null = null;
  return {
    s,
    toks,
    vStart,
    vEnd,
    entry,
    prev,
    hits,
    verbInitial,
    afterComma,
    afterQuote: afterComma && (CLOSE_MARKS.has(prev!.text) || CLOSE_MARKS.has(toks[vStart - 2]?.text ?? '')),
    commaAt: !prev ? 0 : prev.text === ',' ? prev.start : prev.end,
    after: () => (after === null ? (after = subjectAfter(toks, s.frame, vEnd)) : after),
    before: () => (before === null ? (before = prev?.text === ',' ? subjectBefore(toks, s.frame, vStart) : undefined) : before),
  };
}

/** A subject found for a verb, and whether it comes after the verb (the statement then ends before it). */
interface SubjectReading {
  readonly subject: Subject;
  readonly inverted?: boolean;
  readonly statementEnd?: number;
}

/**
 * A rule for a reporting verb's subject. `position` rules are tried in order where the verb stands (after a comma,
 * after "come"); the first reading wins, else the subject is the one written before the verb. `refine` rules then
 * correct that subject in order.
 */
interface SubjectRule {
  readonly id: string;
  readonly phase: 'position' | 'refine';
  /** A text written to show the construction, and who speaks in its last paragraph, `null` for nobody (tested in test/core/attribution.test.ts). */
  readonly example: readonly string[];
  readonly speaker: string | null;
  readonly read: (ctx: VerbContext, current?: Subject) => SubjectReading | undefined;
}

const SUBJECT_RULES: readonly SubjectRule[] = [
  {
    // "Gemma Mele, Ministra del Turismo, ha dichiarato: “…”": the subject and its apposition come first
    id: 'apposition-before-verb',
    phase: 'position',
    example: ['Gemma Mele, Ministra del Turismo, ha dichiarato: “Il teatro di provincia è stato una scuola di libertà”.'],
    speaker: 'Gemma Mele',
    read: (c) => {
      if (!c.afterComma || c.afterQuote || c.after() !== 'nothing') return undefined;
      const before = c.before();
      return before?.kind === 'name' ? { subject: before } : undefined;
    },
  },
  {
    // "“…”, dice.", "In un mondo che cambia, ha riconosciuto, è difficile …": no subject after the verb, the one in focus speaks
    id: 'verb-alone-after-comma',
    phase: 'position',
    example: ['Il sindaco Aldo Bruni ha aperto la seduta.', '“Il bilancio è in ordine”, ha detto. Con questi costi, ha ammesso, sarà difficile assumere.'],
    speaker: 'Aldo Bruni',
    read: (c) => {
      if (!c.afterComma || c.after() !== 'nothing' || c.entry.gerund) return undefined;
      // a verb between commas: the whole sentence is the statement
      const statementEnd = c.toks[c.vEnd + 1]?.text === ',' && !c.afterQuote ? c.s.text.length : c.commaAt;
      return { subject: { kind: 'focus', at: c.commaAt }, inverted: true, statementEnd };
    },
  },
  {
    // "“…”, dice Lambert, un ricercatore …", "…, afferma Meta": the subject right after an inverting verb
    id: 'name-after-verb',
    phase: 'position',
    example: ['“Il bilancio è in ordine”, dice Aldo Bruni, sindaco di Valdora.'],
    speaker: 'Aldo Bruni',
    read: (c) => {
      const after = c.after();
      if (!c.afterComma || !after || after === 'nothing' || !(c.entry.inverts || c.afterQuote)) return undefined;
      return { subject: after, inverted: true, statementEnd: c.commaAt };
    },
  },
  {
    // "“…”, ha spiegato in un post l’AD Laura Pini", "“…”, ha aggiunto il ministro", "“…”, ha detto ancora"
    id: 'subject-past-adjuncts-after-quote',
    phase: 'position',
    example: ['“Abbiamo preso impegni precisi”, ha spiegato in un post sul sito aziendale l’AD Laura Pini.'],
    speaker: 'Laura Pini',
    read: (c) => {
      if (!c.afterQuote || c.after() === 'nothing' || c.entry.gerund || c.entry.plural) return undefined;
      return { subject: subjectForward(c.toks, c.s.frame, c.vEnd + 1) ?? { kind: 'focus', at: c.commaAt }, inverted: true, statementEnd: c.commaAt };
    },
  },
  {
    // "come ha evidenziato l’AD: “…”"
    id: 'come-verb-subject',
    phase: 'position',
    example: ['“Il piano è realistico”, ha detto l’AD di Ferrovie Lacustri Laura Pini.', 'Lo dicono i conti, come ha evidenziato l’AD: “Entro dicembre avremo raddoppiato la rete”.'],
    speaker: 'Laura Pini',
    read: (c) => {
      if (c.afterComma || c.prev?.lower !== 'come' || c.entry.plural) return undefined;
      const fwd = subjectForward(c.toks, c.s.frame, c.vEnd + 1);
      return fwd ? { subject: fwd } : undefined;
    },
  },
  {
    // "Nel pomeriggio replica il capogruppo dei Verdi, Paolo Neri: “…”": a speech verb, its subject, a colon and the quotation
    id: 'verb-subject-colon',
    phase: 'refine',
    example: ['La giunta difende il bilancio. Nel pomeriggio replica il capogruppo Marco Riva: “Questi conti non stanno in piedi”.'],
    speaker: 'Marco Riva',
    read: (c, current) => {
      if (!(current?.kind === 'none' || current?.kind === 'focus') || !c.entry.inverts || c.entry.plural || c.entry.gerund || PRONOUNS.has(c.prev?.lower ?? '')) return undefined;
      const colon = c.toks.findIndex((t, k) => k > c.vEnd && /^[:.;!?]$/.test(t.text));
      if (colon <= c.vEnd + 1 || c.toks[colon]!.text !== ':' || !c.s.quotations.some((q) => q.start >= c.toks[colon]!.end)) return undefined;
      const fwd = subjectForward(c.toks, c.s.frame, c.vEnd + 1, colon);
      return fwd && (fwd.kind === 'name' || fwd.kind === 'role') ? { subject: fwd } : undefined;
    },
  },
  {
    // "Dice Rossi: «…»": a speech verb opening the sentence with its subject after it
    id: 'verb-first',
    phase: 'refine',
    example: ['Dice Aldo Bruni: «Il bilancio è in ordine»'],
    speaker: 'Aldo Bruni',
    read: (c, current) => {
      if (current?.kind !== 'focus' || !c.entry.inverts || PRONOUNS.has(c.prev?.lower ?? '')) return undefined;
      const after = c.after();
      return after && after !== 'nothing' && after.kind === 'name' ? { subject: after } : undefined;
    },
  },
  {
    // "…, ma crede che": the subject of an earlier verb of the sentence, or of a sentence that opens with a verb
    id: 'coordinated-needs-an-earlier-subject',
    phase: 'refine',
    example: ['Aldo Bruni afferma che il bilancio è in ordine.', 'La giunta ha approvato i conti, ma crede che servano più controlli.'],
    speaker: null,
    read: (c, current) => (current?.kind === 'coordinated' && !c.hits.some((h) => h.subject.kind !== 'none') && !c.verbInitial ? { subject: { kind: 'none' } } : undefined),
  },
  {
    // "i consiglieri, che temono che …": a plural verb never takes a singular speaker carried over
    id: 'plural-never-carried',
    phase: 'refine',
    example: ['Aldo Bruni afferma che il bilancio è in ordine.', 'Dicono che i conti siano stati truccati.'],
    speaker: null,
    read: (c, current) => (c.entry.plural && (current?.kind === 'focus' || current?.kind === 'coordinated') ? { subject: { kind: 'none' } } : undefined),
  },
];

/** The rules for a reporting verb's subject, with the example each is tested on. */
export const SUBJECT_RULE_EXAMPLES: readonly { readonly id: string; readonly example: readonly string[]; readonly speaker: string | null }[] = SUBJECT_RULES.map(({ id, example, speaker }) => ({ id, example, speaker }));

function findVerbs(s: QuoteSentence, toks: readonly Tok[]): VerbHit[] {
  const hits: VerbHit[] = [];
  const frame = s.frame;
  const tokAt = (offset: number) => toks.findIndex((t) => t.start <= offset && offset < t.end);
  REPORTING_VERB_RE.lastIndex = 0;
  const matches = [...frame.matchAll(REPORTING_VERB_RE)];
  // "secondo X", "Per X, …", "A detta di X, …": an attribution without a verb
  for (const row of SOURCE_MARKERS) {
    for (const m of frame.matchAll(row.re)) {
      const first = tokAt(m.index + m[0].length - m[0].trimStart().length);
      const last = tokAt(m.index + m[0].trimEnd().length - 1);
      const prev = toks[first - 1];
      if (row.notAfter && prev?.word && row.notAfter.test(prev.lower)) continue;
      const subj = subjectAfter(toks, frame, last);
      if (!subj || subj === 'nothing' || !(subj.kind === 'name' || (row.documents && subj.kind === 'document'))) continue;
      if (row.commaAfter && !/^[^,]*?,/.test(frame.slice(subj.at))) continue;
      hits.push({ tokStart: first, tokEnd: last, form: row.id, plural: false, gerund: false, inverted: false, statementEnd: s.text.length, subject: subj });
    }
  }
  // "“…”. Lo ha detto X", "Così X", "Sono queste le richieste ribadite dal presidente …, X": the speaker comes after
  const opened: [number, number][] = [];
  for (const row of CATAPHORIC_OPENERS) {
    const m = row.re.exec(frame);
    if (!m) continue;
    const endAt = m.index + m[0].length;
    const k = toks.findIndex((t) => t.end > endAt);
    if (k < 0) continue;
    const freeStart = !/\s$/.test(m[0]) && toks[k]!.start < endAt;
    const subj = subjectForward(toks, frame, k, toks.length, freeStart || row.id === 'sono-queste-le-parole-di');
    if (!subj) continue;
    // "“…”: lo ha detto X", "“…”, così X commentando": a quotation before the opener, in the same sentence, is theirs
    const lead = m[0].length - m[0].replace(/^[^\p{L}]*/u, '').length;
    const colon = m[0].includes(':') ? m.index + m[0].lastIndexOf(':') : /[”»"]/.test(m[0].slice(0, lead)) ? m.index + lead : -1;
    opened.push([m.index, endAt]);
    hits.push({ tokStart: Math.max(0, tokAt(colon >= 0 ? colon : m.index)), tokEnd: k - 1, form: row.id, plural: false, gerund: false, inverted: colon >= 0, statementEnd: colon >= 0 ? colon : 0, subject: subj, cataphoric: true });
    break;
  }
  const firstVerbTok = matches.length ? tokAt(matches[0]!.index) : undefined;
  const verbInitial = opensWithVerb(toks, firstVerbTok);
  for (const m of matches) {
    if (opened.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const vStart = tokAt(m.index);
    const vEnd = tokAt(m.index + m[0].length - 1);
    if (vStart < 0 || vEnd < 0) continue;
    const entry = verbEntry(m[0]);
    const prev = toks[vStart - 1];
    // "si parla di": impersonal, nobody speaks
    if (prev?.lower === 'si' && /^parla/i.test(m[0])) continue;
    const ctx = verbContext(s, toks, vStart, vEnd, entry, hits, verbInitial);
    let reading: SubjectReading | undefined;
    for (const rule of SUBJECT_RULES) if (rule.phase === 'position' && (reading = rule.read(ctx))) break;
    let subject = reading?.subject ?? subjectBefore(toks, frame, vStart);
    const inverted = reading?.inverted ?? false;
    const statementEnd = reading?.statementEnd ?? s.text.length;
    for (const rule of SUBJECT_RULES) if (rule.phase === 'refine') subject = rule.read(ctx, subject)?.subject ?? subject;
    hits.push({ tokStart: vStart, tokEnd: vEnd, form: m[0], plural: entry.plural, gerund: entry.gerund, ...(entry.stance ? { stance: true } : {}), inverted, statementEnd, subject });
  }
  return hits.sort((a, b) => a.tokStart - b.tokStart);
}

/** The sentence without the quotations that are titles ("ospite di “Mattinale”"); they stay blanked in the frame. */
function withoutTitles(s: QuoteSentence): QuoteSentence {
  const quotations = s.quotations.filter((q) => !isTitleQuotation(s.frame.slice(0, q.start), q.inner));
  return quotations.length === s.quotations.length ? s : { ...s, quotations };
}

/** What a rule for a sentence's quotations sees: the sentence, who spoke the quotation before, who is in focus. */
interface OwnerContext {
  readonly s: QuoteSentence;
  readonly toks: readonly Tok[];
  /** The speaker of the quotation in the sentence right before, when there was one. */
  readonly previous?: Entity;
  readonly focus?: Entity;
  /** The organisation that last spoke. */
  readonly orgFocus?: Entity;
  /** The entity a subject stands for (`carried` answers "the one speaking" for a role or an empty insert). */
  readonly resolve: (subject: Subject, carried?: Entity) => Entity | undefined;
}

/** A rule giving the quotations of a sentence with no reporting verb of its own to someone. */
interface QuoteOwnerRule {
  readonly id: string;
  /** A text written to show the construction; its quotations are `speaker`'s (tested in test/core/attribution.test.ts). */
  readonly example: readonly string[];
  readonly speaker: string;
  /** The owner comes into focus, for the sentences after. */
  readonly focuses: boolean;
  readonly owner: (ctx: OwnerContext) => Entity | undefined;
}

/**
 * Who owns the quotations of a sentence that has no reporting verb outside them, tried in order; the first rule
 * that names someone takes every quotation of the sentence (inserts "– ha detto X –" taken out).
 */
const QUOTE_OWNERS: readonly QuoteOwnerRule[] = [
  {
    // "“Il lavoro – ha concluso Ferri – vale …”", "“… - ha aggiunto - …”": a verb inserted in the quotation
    id: 'inserted-verb',
    example: ['Il sindaco Aldo Bruni ha aperto la seduta.', '“Il bilancio di quest’anno – ha detto Bruni – è in ordine e i revisori lo hanno confermato”.'],
    speaker: 'Aldo Bruni',
    focuses: true,
    owner: ({ s, previous, focus, resolve }) => {
      const inserted = s.quotations.map((q) => quoteInserts(q.inner)).find((x) => x.subject || x.carried);
      if (!inserted) return undefined;
      const carried = previous ?? focus;
      return inserted.subject ? resolve(inserted.subject, carried) : carried;
    },
  },
  {
    // "Sara Gobbi, Verdi: “…”", "Laura Pini: “…”": a full name and a colon introduce the quotation
    id: 'name-colon',
    example: ['In aula, Sara Gobbi, Verdi: “Il bilancio non tiene conto dei quartieri”.'],
    speaker: 'Sara Gobbi',
    focuses: true,
    owner: ({ s, toks, resolve }) => {
      const intro = colonSpeaker(toks, s.frame, s.quotations[0]!.start);
      return intro ? resolve(intro) : undefined;
    },
  },
  {
    // "“…”, dice Rossi. “…”": a sentence that is mostly quotation continues the quotation right before it
    id: 'continues-quotation',
    example: ['“Il bilancio è in ordine”, ha detto Aldo Bruni. “I revisori lo hanno confermato ieri in commissione”.'],
    speaker: 'Aldo Bruni',
    focuses: false,
    owner: ({ s, previous }) => {
      const quoted = s.quotations.reduce((n, q) => n + letters(q.inner), 0);
      return previous && quoted >= 0.6 * letters(s.text) ? previous : undefined;
    },
  },
  {
    // "descritti nei materiali di rilascio come “…”", "la lettera di Acme parla di “…”": a document's owner, or the organisation that last spoke
    id: 'document-owner',
    example: ['La lettera di Acme Industria parla di “una crisi senza precedenti per il settore”.'],
    speaker: 'Acme Industria',
    focuses: false,
    owner: ({ s, toks, orgFocus, resolve }) => {
      const doc = toks.findIndex((t) => t.word && DOC_SET.has(t.lower.replace(/^(?:l|un)'/, '')));
      if (doc < 0) return undefined;
      const phrase = documentForward(toks, s.frame, doc) ?? documentForward(toks, s.frame, doc - 1);
      return phrase?.owner ? resolve({ kind: 'name', name: phrase.owner, at: 0 }) : orgFocus;
    },
  },
];

/** The rules for quotations without a verb of their own, with the example each is tested on. */
export const QUOTE_OWNER_EXAMPLES: readonly { readonly id: string; readonly example: readonly string[]; readonly speaker: string }[] = QUOTE_OWNERS.map(({ id, example, speaker }) => ({ id, example, speaker }));

interface ReadSentence {
  readonly s: QuoteSentence;
  readonly toks: readonly Tok[];
}
const readCache = new WeakMap<Article, { p: Article['paragraphs'][number]; sentences: ReadSentence[] }[]>();

/** Quote-aware sentences and their tokens, computed once per article for speakers and mentions. */
function readArticle(article: Article): { p: Article['paragraphs'][number]; sentences: ReadSentence[] }[] {
  let read = readCache.get(article);
  if (!read) {
    read = article.paragraphs.map((p) => ({ p, sentences: quoteSentences(p.text).map((s) => ({ s: withoutTitles(s), toks: lex(s.frame) })) }));
    readCache.set(article, read);
  }
  return read;
}

/** An entity while one article is read. */
interface Entity {
  key: string;
  name: string;
  sort: SpeakerSort;
  role?: string;
  aliases: Set<string>;
  descriptors: Set<string>;
  quotes: (Quote & { offset: number })[];
  owner?: string;
  head?: string;
  /** A role not yet given a name ("la premier ha scherzato …"): it becomes the person introduced later with that role. */
  placeholder?: boolean;
  /** The named person a placeholder turned out to be. */
  mergedInto?: Entity;
}

/** The entity an entity stands for now (a placeholder once its person is named). */
const live = <T extends Entity | undefined>(e: T): T => {
  let x: Entity | undefined = e;
  while (x?.mergedInto) x = x.mergedInto;
  return x as T;
};

const fold = (s: string) => foldAccents(s).toLowerCase().replace(/’/g, "'");
const letters = (s: string) => (s.match(/[\p{L}\p{N}]/gu) ?? []).length;

/**
 * Finds every statement of one article and who makes it.
 * @param article - a parsed article
 * @returns its speakers, each with their quotes in document order
 * @example
 * extractSpeakers(article).find((s) => s.name === 'Nathan Lambert')?.quotes[0]?.paragraph // 10
 */
export function extractSpeakers(article: Article): SpeakerDraft[] {
  const sentencesByParagraph = readArticle(article);

  // Full names the article gives anywhere, so "Lambert" links to "Nathan Lambert"; roles from appositions.
  const fullNames: string[] = [];
  const roles = new Map<string, string>();
  for (const { sentences } of sentencesByParagraph) {
    for (const { s, toks } of sentences) {
      for (let i = 0; i < toks.length; i++) {
        if (!isNameToken(toks[i]) || (i > 0 && isNameToken(toks[i - 1]) && !isTitle(toks[i - 1]!))) continue;
        if (isTitle(toks[i]!)) continue;
        let end = i;
        while (isNameToken(toks[end]) && (end === i || toks[end]!.start <= toks[end - 1]!.end + 1)) end++;
        const from = personStartInRun(toks, i, end);
        const words = toks.slice(from, end);
        const name = sliceText(s.frame, toks, from, end);
        if (words.length >= 2 && !words.some((w) => ORGANISATION_WORDS.has(w.lower))) {
          if (!fullNames.includes(name)) fullNames.push(name);
          if (toks[end]?.text === ',') {
            let q = end + 1;
            while (toks[q] && !/^[,.;:!?…]$/.test(toks[q]!.text)) q++;
            const appos = toks.slice(end + 1, q);
            if (appos.length && !isPreposition(appos[0]) && isRoleLike(appos) && !roles.has(name)) roles.set(name, sliceText(s.frame, toks, end + 1, q));
          }
        }
      }
    }
  }
  const resolveName = (name: string): string => {
    const words = name.split(/\s+/);
    if (words.length >= 2) return name;
    const f = fold(name);
    // "ABC" is not the surname of "WATCH ABC": names with a word in capitals are brands, not people
    const people = fullNames.filter((n) => !n.split(/\s+/).some((w) => /^\p{Lu}{2,}$/u.test(w)));
    const bySurname = people.filter((n) => fold(n.split(/\s+/).pop()!) === f || fold(n.split(/\s+/).slice(1).join(' ')) === f);
    if (bySurname.length === 1) return bySurname[0]!;
    const byFirst = people.filter((n) => fold(n.split(/\s+/)[0]!) === f);
    if (byFirst.length === 1) return byFirst[0]!;
    return name;
  };

  const entities = new Map<string, Entity>();
  /** A person named with a role takes over what was said by that role before the name was given. */
  const claimPlaceholder = (person: Entity) => {
    const stem = roleStem(person.role!);
    const placeholder = stem ? entities.get(`r:${stem}`) : undefined;
    if (!placeholder || placeholder.mergedInto || placeholder === person) return;
    placeholder.mergedInto = person;
    for (const q of placeholder.quotes) if (!person.quotes.some((x) => x.paragraph === q.paragraph && x.text === q.text && x.kind === q.kind)) person.quotes.push(q);
    placeholder.quotes = [];
  };
  const entityFor = (subject: Subject, focus: Entity | undefined, orgFocus: Entity | undefined, coordinated: Entity | undefined): Entity | undefined => {
    switch (subject.kind) {
      case 'name': {
        const full = resolveName(subject.name);
        const key = `n:${fold(full)}`;
        let e = entities.get(key);
        if (!e) {
          const words = full.split(/\s+/);
          const role = subject.role ?? roles.get(full);
          const person = !!role || (words.length >= 2 && !words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase())));
          e = { key, name: full, sort: person ? 'person' : 'organisation', aliases: new Set([full]), descriptors: new Set(), quotes: [] };
          if (role) e.role = role;
          if (person && words.length >= 2) {
            e.aliases.add(words[words.length - 1]!);
            e.aliases.add(words.slice(1).join(' '));
            e.aliases.add(words[0]!);
          }
          entities.set(key, e);
        } else if (subject.role && !e.role) {
          e.role = subject.role;
        }
        if (subject.name !== full) e.aliases.add(subject.name);
        if (e.sort === 'person' && e.role) claimPlaceholder(e);
        return e;
      }
      case 'document': {
        const key = `d:${subject.head}`;
        let e = entities.get(key);
        if (!e) {
          e = { key, name: subject.head, sort: 'document', aliases: new Set([subject.head]), descriptors: new Set(), quotes: [], head: subject.head };
          entities.set(key, e);
        }
        if (subject.owner && !e.owner) e.owner = subject.owner;
        for (const d of subject.descriptors) e.descriptors.add(d);
        return e;
      }
      case 'organisation-anaphor':
        return live(orgFocus);
      case 'focus':
        return live(focus);
      case 'coordinated':
        return live(coordinated);
      case 'role': {
        // "ha aggiunto il ministro": the last person introduced with that role, else the person in focus
        const stem = roleStem(subject.role);
        const byRole = [...entities.values()].reverse().find((e) => e.sort === 'person' && !e.mergedInto && e.role && stem && roleStem(e.role) === stem);
        if (byRole) return live(byRole);
        if (coordinated?.sort === 'person' && !coordinated.placeholder) return coordinated;
        if (!stem) return undefined;
        // "la premier ha scherzato …, ha riconosciuto, …": the person of that role is named later
        const key = `r:${stem}`;
        let e = entities.get(key);
        if (!e) {
          e = { key, name: subject.role, sort: 'person', role: subject.role, aliases: new Set(), descriptors: new Set(), quotes: [], placeholder: true };
          entities.set(key, e);
        }
        return live(e);
      }
      case 'none':
        return undefined;
    }
  };

  let focus: Entity | undefined;
  let orgFocus: Entity | undefined;
  // the speaker of the last sentence that held a direct quotation, and where it was
  let lastDirect: { entity: Entity; paragraph: number; sentence: number } | undefined;

  for (const { p, sentences } of sentencesByParagraph) {
    // sentences of this paragraph nobody has said yet, for a speaker named after them ("“…”. Lo ha detto X")
    let pending: number[] = [];
    sentences.forEach(({ s, toks }, si) => {
      pending.push(si);
      const settle = () => {
        pending = [];
      };
      const hits = findVerbs(s, toks);
      const attributed: { entity: Entity; hit: VerbHit; at: number }[] = [];
      for (const hit of hits) {
        const coordinated = attributed.length ? attributed[attributed.length - 1]!.entity : focus;
        const e = entityFor(hit.subject, focus, orgFocus, coordinated);
        if (!e) continue;
        let at = 'at' in hit.subject ? hit.subject.at : 0;
        const prevHit = attributed[attributed.length - 1];
        if (hit.inverted && prevHit && prevHit.entity !== e) {
          // "“A”, scrive Bodo … “B”, ha dichiarato il ministro": B is the second speaker's
          const prevEnd = toks[prevHit.hit.tokEnd]!.end;
          const q = s.quotations.find((x) => x.start >= prevEnd && x.end <= toks[hit.tokStart]!.start);
          if (q) at = q.start;
        }
        attributed.push({ entity: e, hit, at });
      }
      const add = (speaker: Entity, text: string, kind: Quote['kind'], offset: number, sentence: QuoteSentence = s) => {
        const e = live(speaker);
        // a stretch cut before the next speaker keeps no dangling ", mentre" / ", e"
        const clean = text
          .trim()
          .replace(/(?:[,;:]?\s+(?:mentre|e|ed|ma|però|invece|while|and|but))+\s*$/iu, '')
          .replace(/^[,;:\s]+|[,;:\s]+$/g, '');
        if (letters(clean) < 3) return;
        if (e.quotes.some((q) => q.paragraph === p.number && q.text === clean && q.kind === kind)) return;
        e.quotes.push({ article: article.slug, paragraph: p.number, text: clean, kind, offset: sentence.start + offset });
      };

      // "ha dato la parola alla vicepresidente, Franca Neri": who speaks next
      const giveFloor = (): Entity | undefined => {
        for (const row of FLOOR_GIVERS) {
          const m = row.re.exec(s.frame);
          if (!m) continue;
          const endAt = m.index + m[0].length;
          const k = toks.findIndex((t) => t.end > endAt);
          const subj = k >= 0 ? subjectForward(toks, s.frame, k, toks.length, true) : undefined;
          const who = subj?.kind === 'name' ? entityFor(subj, focus, orgFocus, undefined) : undefined;
          if (who) return who;
        }
        return undefined;
      };
      // quoted words with their inserted reporting verbs taken out ("“… – ha detto Vitale – …”")
      const direct = (e: Entity, q: QuoteSentence['quotations'][number], sentence: QuoteSentence = s) => {
        const ins = quoteInserts(q.inner);
        const who = ins.subject ? (entityFor(ins.subject, focus, orgFocus, e) ?? e) : e;
        for (const piece of ins.pieces) add(who, piece.text, 'direct', q.start + 1 + piece.offset, sentence);
        return who;
      };
      const cat = attributed.find((a) => a.hit.cataphoric);
      if (cat) {
        // the statement is what the paragraph said before, that nobody had said yet
        let spoke = false;
        for (const pi of pending) {
          if (pi === si) continue;
          const ps = sentences[pi]!.s;
          for (const q of ps.quotations) {
            direct(cat.entity, q, ps);
            spoke = true;
          }
          const outside = ps.frame.replace(/[“”«»"„]/g, '');
          if (pi === si - 1 && letters(outside) >= 15) add(cat.entity, ps.text, 'reported', 0, ps);
        }
        if (cat.hit.inverted && cat.hit.statementEnd > 0) {
          // "Nuovi treni entro l’estate: lo ha rimarcato l’AD …"
          for (const q of s.quotations) if (q.end <= cat.hit.statementEnd) direct(cat.entity, q);
          if (letters(s.frame.slice(0, cat.hit.statementEnd)) >= 12) add(cat.entity, s.text.slice(0, cat.hit.statementEnd), 'reported', 0);
          spoke = true;
        }
        attributed.splice(attributed.indexOf(cat), 1);
        if (!attributed.length) {
          // "Ne è convinta X, che si augura di “…”": fragments quoted after the speaker are theirs too
          const named = toks[cat.hit.tokEnd]?.end ?? 0;
          for (const q of s.quotations) {
            if (q.start < named) continue;
            direct(cat.entity, q);
            spoke = true;
          }
        }
        pending = [];
        focus = cat.entity;
        if (cat.entity.sort === 'organisation') orgFocus = cat.entity;
        lastDirect = spoke ? { entity: cat.entity, paragraph: p.number, sentence: si } : undefined;
        if (!attributed.length) {
          const floor = giveFloor();
          if (floor) {
            focus = floor;
            lastDirect = undefined;
          }
          return;
        }
      }

      if (attributed.length) {
        settle();
        // Group consecutive verbs of the same speaker; with several speakers, each gets its own stretch.
        const groups: { entity: Entity; hits: VerbHit[]; from: number }[] = [];
        for (const a of attributed) {
          const g = groups[groups.length - 1];
          if (g && g.entity === a.entity) g.hits.push(a.hit);
          else groups.push({ entity: a.entity, hits: [a.hit], from: groups.length ? a.at : 0 });
        }
        groups.forEach((g, gi) => {
          const to = groups[gi + 1]?.from ?? s.text.length;
          const quotations = s.quotations.filter((q) => q.start >= g.from && q.end <= to);
          for (const q of quotations) direct(g.entity, q);
          const inverted = g.hits.find((h) => h.inverted);
          let text: string;
          if (inverted && g.hits.length === 1) {
            text = s.text.slice(g.from, inverted.statementEnd);
            const frameText = s.frame.slice(g.from, inverted.statementEnd);
            // "è intervenuta la sindaca …: “…”, ha detto Basso": what comes before the colon only introduces the quotation
            const outside = frameText.replace(/^[^“”«»"„]*:\s*(?=[“«"„])/, '').replace(/[“”«»"„]/g, '');
            if (quotations.length && letters(outside) < 12) text = '';
          } else {
            text = s.text.slice(g.from, to);
            // "Fermi ha dichiarato: «…»": nothing is said outside the quotation but who says it
            if (quotations.length && !g.hits.some((h) => h.stance)) {
              const known = new Set(
                [g.entity.name, ...g.entity.aliases, g.entity.role ?? '', g.entity.head ?? '', g.entity.owner ?? '', ...g.hits.map((h) => h.form)]
                  .flatMap((x) => x.split(/[\s’']+/))
                  .map(fold),
              );
              const rest = toks.filter((t) => t.start >= g.from && t.end <= to && t.word && !known.has(fold(t.text)) && !isStopword(t.lower, 'it'));
              if (letters(rest.map((t) => t.text).join('')) < 15) text = '';
            }
          }
          if (text) add(g.entity, text, 'reported', g.from);
          // "Come Ada Neri, …, Rossi non è d’accordo": the person compared with the speaker shares the stance
          const sharer = gi === 0 && text ? sharedStance(toks, s.frame) : undefined;
          const other = sharer ? entityFor(sharer, focus, orgFocus, undefined) : undefined;
          if (other && other !== live(g.entity)) add(other, text, 'reported', g.from);
        });
        const last = groups[groups.length - 1]!.entity;
        focus = last;
        for (const g of groups) if (g.entity.sort === 'organisation') orgFocus = g.entity;
        if (!s.quotations.length) lastDirect = undefined;
        else lastDirect = { entity: groups.find((g) => s.quotations.some((q) => q.start >= g.from))?.entity ?? last, paragraph: p.number, sentence: si };
        return;
      }

      if (s.quotations.length) {
        const follows =
          lastDirect &&
          ((lastDirect.paragraph === p.number && lastDirect.sentence === si - 1) ||
            (si === 0 && lastDirect.paragraph === p.number - 1 && lastDirect.sentence === (sentencesByParagraph[p.number - 2]?.sentences.length ?? 0) - 1));
        const ctx: OwnerContext = {
          s,
          toks,
          ...(follows ? { previous: lastDirect!.entity } : {}),
          ...(focus ? { focus } : {}),
          ...(orgFocus ? { orgFocus } : {}),
          resolve: (subject, carried) => entityFor(subject, focus, orgFocus, carried),
        };
        for (const rule of QUOTE_OWNERS) {
          const who = rule.owner(ctx);
          if (!who) continue;
          let last = who;
          for (const q of s.quotations) last = direct(who, q);
          settle();
          if (rule.focuses) focus = last;
          lastDirect = { entity: last, paragraph: p.number, sentence: si };
          return;
        }
      }
      lastDirect = undefined;
      const floor = giveFloor();
      if (floor) {
        focus = floor;
        pending = [];
        return;
      }
      // "la premier ha scherzato …": the person of that role comes into focus, even before their name is given
      const role = roleSubject(toks);
      if (role) {
        focus = entityFor(role, focus, orgFocus, undefined) ?? focus;
        return;
      }
      // a document introduced with an indefinite article comes into focus ("è trapelata una memo anonima")
      for (let i = 0; i < toks.length; i++) {
        if (!/^(?:una?|un')$/.test(toks[i]!.lower) && !/^un'/.test(toks[i]!.lower)) continue;
        const doc = documentForward(toks, s.frame, i);
        if (doc) {
          focus = entityFor({ kind: 'document', head: doc.head, ...(doc.owner ? { owner: doc.owner } : {}), descriptors: doc.descriptors, at: 0 }, focus, orgFocus, undefined);
          break;
        }
      }
    });
  }

  const out: SpeakerDraft[] = [];
  for (const e of entities.values()) {
    // a role never given a name is left out: nobody could look it up
    if (!e.quotes.length || e.placeholder) continue;
    let name = e.name;
    const aliases = new Set(e.aliases);
    if (e.sort === 'document' && e.head) {
      if (e.owner) {
        name = `${e.head} di ${e.owner}`;
        aliases.add(`${e.owner} ${e.head}`);
      }
      aliases.add(name);
    }
    // "ministro della Difesa", "AD di Ferrovie Lacustri": a role that carries its organisation names the person too
    if (e.sort === 'person' && e.role) {
      const words = e.role.split(/\s+/);
      if (words.length <= 6 && words.slice(1).some((w) => /^\p{Lu}/u.test(w.replace(ELIDED_PREFIX, '')))) aliases.add(e.role);
    }
    aliases.delete(name);
    const quotes = e.quotes.sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset).map(({ article: a, paragraph, text, kind }) => ({ article: a, paragraph, text, kind }));
    const descriptors = new Set(e.descriptors);
    if (e.role) for (const w of e.role.split(/[\s’']+/)) if (w.length > 2 && !isStopword(w.toLowerCase(), 'it')) descriptors.add(fold(w));
    // "l’azienda Meta": a company may be looked up with the nouns the article uses for it
    if (e.sort === 'organisation') for (const w of ORG_ANAPHORS) descriptors.add(w);
    out.push({
      name,
      aliases: [...aliases],
      ...(e.role ? { role: e.role } : {}),
      sort: e.sort,
      descriptors: [...descriptors],
      quotes,
    });
  }
  return out;
}

/** Where a name is mentioned. */
export interface Mention {
  /** The name as written ("Demis Hassabis", "PyTorch", "Llama 2"). */
  readonly name: string;
  readonly article: string;
  readonly paragraph: number;
}

/**
 * Every capitalised name the article mentions outside quotations, speaker or not, with its ¶, so that a
 * look-up of someone who says nothing can answer "mentioned in ¶15" rather than only "unknown".
 * @param article - a parsed article
 * @returns mentions in document order, one per name and paragraph
 */
export function extractMentions(article: Article): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<string>();
  for (const { p, sentences } of readArticle(article)) {
    for (const { s, toks } of sentences) {
      for (let i = 0; i < toks.length; i++) {
        if (!isNameToken(toks[i]) || isTitle(toks[i]!) || (i > 0 && isNameToken(toks[i - 1]) && !isTitle(toks[i - 1]!))) continue;
        const end = nameEndForward(toks, i);
        const name = sliceText(s.frame, toks, i, end);
        const key = `${fold(name)}|${p.number}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ name, article: article.slug, paragraph: p.number });
        i = end - 1;
      }
    }
  }
  return out;
}
