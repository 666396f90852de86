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
  CLAUSE_OPENERS,
  DOCUMENT_NOUNS,
  NOT_NAMES,
  OPENING_AUXILIARIES,
  ORGANISATION_WORDS,
  PRONOUNS,
  REPORTING_VERB_RE,
  ROLE_NOUNS,
  TITLE_WORDS,
  VERB_WORDS,
  verbEntry,
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
  | { kind: 'none' };

interface VerbHit {
  readonly tokStart: number;
  readonly tokEnd: number;
  readonly form: string;
  readonly plural: boolean;
  readonly gerund: boolean;
  readonly inverted: boolean;
  /** Offset (in the sentence) of the comma before an inverted verb: the statement ends there. */
  readonly statementEnd: number;
  readonly subject: Subject;
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
      if (appos.length && isRoleLike(appos)) {
        const start = nameStartBack(toks, p - 1);
        return { kind: 'name', name: sliceText(frame, toks, start, p), role: sliceText(frame, toks, p + 1, j), at: toks[start]!.start };
      }
    }
    return { kind: 'coordinated', at: toks[j + 1]?.start ?? t.end };
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
    let role = titles.length ? titles.map((x) => x.text).join(' ') : undefined;
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

/** Whether the sentence opens with a verb (its subject carried over): "Ora sta osservando…", "Afferma che…". */
function opensWithVerb(toks: readonly Tok[], firstVerbTok: number | undefined): boolean {
  let i = 0;
  while (toks[i] && toks[i]!.word && CLAUSE_OPENERS.has(toks[i]!.lower)) i++;
  if (firstVerbTok !== undefined && i === firstVerbTok) return true;
  return !!toks[i] && OPENING_AUXILIARIES.has(toks[i]!.lower);
}

function findVerbs(s: QuoteSentence, toks: readonly Tok[]): VerbHit[] {
  const hits: VerbHit[] = [];
  const frame = s.frame;
  const tokAt = (offset: number) => toks.findIndex((t) => t.start <= offset && offset < t.end);
  REPORTING_VERB_RE.lastIndex = 0;
  const matches = [...frame.matchAll(REPORTING_VERB_RE)];
  // "secondo X": an attribution without a verb
  for (const m of frame.matchAll(/(?<![\p{L}\p{M}])[Ss]econdo\s+(?=[\p{Lu}]|(?:la|il|lo|l['’]|i|gli|le)\s*\p{L})/gu)) {
    const i = tokAt(m.index);
    const prev = toks[i - 1];
    if (prev && prev.word && (ARTICLES.has(prev.lower) || /^(?:del|dal|nel|al|sul|col)$/.test(prev.lower))) continue;
    const subj = subjectAfter(toks, frame, i);
    if (subj && subj !== 'nothing' && (subj.kind === 'name' || subj.kind === 'document')) {
      hits.push({ tokStart: i, tokEnd: i, form: 'secondo', plural: false, gerund: false, inverted: false, statementEnd: s.text.length, subject: subj });
    }
  }
  const firstVerbTok = matches.length ? tokAt(matches[0]!.index) : undefined;
  const verbInitial = opensWithVerb(toks, firstVerbTok);
  for (const m of matches) {
    const vStart = tokAt(m.index);
    const vEnd = tokAt(m.index + m[0].length - 1);
    if (vStart < 0 || vEnd < 0) continue;
    const entry = verbEntry(m[0]);
    const prev = toks[vStart - 1];
    // "si parla di": impersonal, nobody speaks
    if (prev?.lower === 'si' && /^parla/i.test(m[0])) continue;
    let subject: Subject | undefined;
    let inverted = false;
    let statementEnd = s.text.length;
    if (prev && (prev.text === ',' || CLOSE_MARKS.has(prev.text))) {
      const after = subjectAfter(toks, frame, vEnd);
      const commaAt = prev.text === ',' ? prev.start : prev.end;
      if (after === 'nothing') {
        if (!entry.gerund) {
          subject = { kind: 'focus', at: commaAt };
          inverted = true;
          statementEnd = commaAt;
        }
      } else if (after && entry.inverts) {
        subject = after;
        inverted = true;
        statementEnd = commaAt;
      }
    }
    subject ??= subjectBefore(toks, frame, vStart);
    // "Dice Rossi: «…»": a speech verb opening the sentence with its subject after it
    if (subject.kind === 'focus' && entry.inverts && !PRONOUNS.has(prev?.lower ?? '')) {
      const after = subjectAfter(toks, frame, vEnd);
      if (after && after !== 'nothing' && after.kind === 'name') subject = after;
    }
    // "…, ma crede che": the subject of an earlier verb of the sentence, or of a sentence that opens with a verb
    if (subject.kind === 'coordinated' && !hits.some((h) => h.subject.kind !== 'none') && !verbInitial) subject = { kind: 'none' };
    if (entry.plural && (subject.kind === 'focus' || subject.kind === 'coordinated')) subject = { kind: 'none' };
    hits.push({ tokStart: vStart, tokEnd: vEnd, form: m[0], plural: entry.plural, gerund: entry.gerund, inverted, statementEnd, subject });
  }
  return hits.sort((a, b) => a.tokStart - b.tokStart);
}

interface ReadSentence {
  readonly s: QuoteSentence;
  readonly toks: readonly Tok[];
}
const readCache = new WeakMap<Article, { p: Article['paragraphs'][number]; sentences: ReadSentence[] }[]>();

/** Quote-aware sentences and their tokens, computed once per article for speakers and mentions. */
function readArticle(article: Article): { p: Article['paragraphs'][number]; sentences: ReadSentence[] }[] {
  let read = readCache.get(article);
  if (!read) {
    read = article.paragraphs.map((p) => ({ p, sentences: quoteSentences(p.text).map((s) => ({ s, toks: lex(s.frame) })) }));
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
}

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
        const words = toks.slice(i, end);
        const name = sliceText(s.frame, toks, i, end);
        if (words.length >= 2 && !words.some((w) => ORGANISATION_WORDS.has(w.lower))) {
          if (!fullNames.includes(name)) fullNames.push(name);
          if (toks[end]?.text === ',') {
            let q = end + 1;
            while (toks[q] && !/^[,.;:!?…]$/.test(toks[q]!.text)) q++;
            const appos = toks.slice(end + 1, q);
            if (appos.length && isRoleLike(appos) && !roles.has(name)) roles.set(name, sliceText(s.frame, toks, end + 1, q));
          }
        }
      }
    }
  }
  const resolveName = (name: string): string => {
    const words = name.split(/\s+/);
    if (words.length >= 2) return name;
    const f = fold(name);
    const bySurname = fullNames.filter((n) => fold(n.split(/\s+/).pop()!) === f || fold(n.split(/\s+/).slice(1).join(' ')) === f);
    if (bySurname.length === 1) return bySurname[0]!;
    const byFirst = fullNames.filter((n) => fold(n.split(/\s+/)[0]!) === f);
    if (byFirst.length === 1) return byFirst[0]!;
    return name;
  };

  const entities = new Map<string, Entity>();
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
        return orgFocus;
      case 'focus':
        return focus;
      case 'coordinated':
        return coordinated;
      case 'none':
        return undefined;
    }
  };

  let focus: Entity | undefined;
  let orgFocus: Entity | undefined;
  // the speaker of the last sentence that held a direct quotation, and where it was
  let lastDirect: { entity: Entity; paragraph: number; sentence: number } | undefined;

  for (const { p, sentences } of sentencesByParagraph) {
    sentences.forEach(({ s, toks }, si) => {
      const hits = findVerbs(s, toks);
      const attributed: { entity: Entity; hit: VerbHit; at: number }[] = [];
      for (const hit of hits) {
        const coordinated = attributed.length ? attributed[attributed.length - 1]!.entity : focus;
        const e = entityFor(hit.subject, focus, orgFocus, coordinated);
        if (!e) continue;
        const at = 'at' in hit.subject ? hit.subject.at : 0;
        attributed.push({ entity: e, hit, at });
      }
      const add = (e: Entity, text: string, kind: Quote['kind'], offset: number) => {
        // a stretch cut before the next speaker keeps no dangling ", mentre" / ", e"
        const clean = text
          .trim()
          .replace(/(?:[,;:]?\s+(?:mentre|e|ed|ma|però|invece|while|and|but))+\s*$/iu, '')
          .replace(/^[,;:\s]+|[,;:\s]+$/g, '');
        if (letters(clean) < 3) return;
        if (e.quotes.some((q) => q.paragraph === p.number && q.text === clean && q.kind === kind)) return;
        e.quotes.push({ article: article.slug, paragraph: p.number, text: clean, kind, offset: s.start + offset });
      };

      if (attributed.length) {
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
          for (const q of quotations) add(g.entity, q.inner, 'direct', q.start + 1);
          const inverted = g.hits.find((h) => h.inverted);
          let text: string;
          if (inverted && g.hits.length === 1) {
            text = s.text.slice(g.from, inverted.statementEnd);
            const frameText = s.frame.slice(g.from, inverted.statementEnd);
            const outside = frameText.replace(/[“”«»"„]/g, '');
            if (quotations.length && letters(outside) < 12) text = '';
          } else {
            text = s.text.slice(g.from, to);
            // "Fermi ha dichiarato: «…»": nothing is said outside the quotation but who says it
            if (quotations.length) {
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
        });
        const last = groups[groups.length - 1]!.entity;
        focus = last;
        for (const g of groups) if (g.entity.sort === 'organisation') orgFocus = g.entity;
        if (!s.quotations.length) lastDirect = undefined;
        else lastDirect = { entity: groups.find((g) => s.quotations.some((q) => q.start >= g.from))?.entity ?? last, paragraph: p.number, sentence: si };
        return;
      }

      if (s.quotations.length) {
        const quoted = s.quotations.reduce((n, q) => n + letters(q.inner), 0);
        const follows =
          lastDirect &&
          ((lastDirect.paragraph === p.number && lastDirect.sentence === si - 1) ||
            (si === 0 && lastDirect.paragraph === p.number - 1 && lastDirect.sentence === (sentencesByParagraph[p.number - 2]?.sentences.length ?? 0) - 1));
        if (follows && quoted >= 0.6 * letters(s.text)) {
          for (const q of s.quotations) add(lastDirect!.entity, q.inner, 'direct', q.start + 1);
          lastDirect = { entity: lastDirect!.entity, paragraph: p.number, sentence: si };
          return;
        }
        // words quoted from a document: its named owner, or the organisation that last spoke
        const doc = toks.findIndex((t) => t.word && DOC_SET.has(t.lower.replace(/^(?:l|un)'/, '')));
        if (doc >= 0) {
          const phrase = documentForward(toks, s.frame, doc) ?? documentForward(toks, s.frame, doc - 1);
          const owner = phrase?.owner ? entityFor({ kind: 'name', name: phrase.owner, at: 0 }, focus, orgFocus, undefined) : orgFocus;
          if (owner) {
            for (const q of s.quotations) add(owner, q.inner, 'direct', q.start + 1);
            lastDirect = { entity: owner, paragraph: p.number, sentence: si };
            return;
          }
        }
      }
      lastDirect = undefined;
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
    if (!e.quotes.length) continue;
    let name = e.name;
    const aliases = new Set(e.aliases);
    if (e.sort === 'document' && e.head) {
      if (e.owner) {
        name = `${e.head} di ${e.owner}`;
        aliases.add(`${e.owner} ${e.head}`);
      }
      aliases.add(name);
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
