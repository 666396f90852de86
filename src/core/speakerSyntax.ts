/**
 * The syntax speaker attribution reads: tokens of a sentence's frame (quotations blanked), capitalised names,
 * titles and roles, document noun phrases, and the subject of a reporting verb written before it, right after it
 * or past adjuncts; verbs inserted in a quotation between dashes; a full name before a colon. Pure functions over
 * tokens, used by the construction tables (speakerRules.ts) and the attribution engine (speakers.ts).
 */
import { isStopword, isWrittenStopword } from './analysis.js';
import { ITALIAN_WEEKDAYS } from './calendarWords.js';
import { cased } from './casedPattern.js';
import { escapeRegExp, wholeWord } from './guardedPattern.js';
import { AGE_NOUN_STEM } from './factQuestion.js';
import {
  ARTICLES,
  BETWEEN_SUBJECT_AND_VERB,
  CLAUSE_OPENERS,
  FOCUS_AUXILIARIES,
  DOCUMENT_NOUNS,
  INQUIRY_NOUNS,
  NOT_NAMES,
  OPENING_AUXILIARIES,
  ORGANISATION_WORDS,
  PRONOUNS,
  reportingVerbPattern,
  ROLE_ABBREVIATIONS,
  ROLE_NOUN_SET,
  ROLE_EQUIVALENTS,
  ITALIAN_REGIONS,
  RANK_ABBREVIATIONS,
  isPersonNoun,
  notAnItalianWord,
  ROLE_SUBJECT_AUXILIARIES,
  ROLE_VERB_AUXILIARIES,
  COLON_SUBJECT_AUXILIARIES,
  SHARED_STANCES,
  SPEECH_INFINITIVES,
  SPEECH_NOUNS,
  TITLE_WORDS,
  VERB_WORDS,
  verbEntry,
  isCommonItalianWord,
} from './speakerLexicon.js';

/** Letters and digits in a text, for "long enough to be a statement". */
export const letters = (s: string): number => (s.match(/[\p{L}\p{N}]/gu) ?? []).length;

export interface Tok {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
  readonly cap: boolean;
  /** First word of the sentence (or of a quotation), where a capital letter proves nothing. */
  readonly initial: boolean;
  /** Inside a name though a function word by itself: a capitalised particle between two capitalised words ("Sal Da
   * Vinci", "Lucio Dalla" aside) or an elided surname after a given name ("Gigi D’Alessio", "Luca Dell’Orto"). */
  readonly particle?: boolean;
  /** A capitalised word of a street's or a place's name after its lower-case noun ("via Dante", "piazza Garibaldi",
   * "corso Vittorio Emanuele"): no person's name. */
  readonly place?: boolean;
}

/** Words of a speaker talking about themselves: "io", "noi", "mi", "nostro", "ho", "abbiamo", "siamo", "-iamo". */
export const FIRST_PERSON = /(?<![\p{L}\p{M}])(?:io|noi|mi|ci|me|mio|mia|miei|mie|nostr[oaie]|ho|abbiamo|siamo|sono|credo|penso|eravamo|ero|avevo|voglio|vorrei|devo|dovrei|posso|potrei|so|sapevo|faccio|sto|stavo|vado|dico|sarei|avrei|spero|ringrazio|\p{L}+iamo|\p{L}{2,}(?:avamo|evamo|ivamo))(?![\p{L}\p{M}])/iu;

export const TOKEN_RE = /[\p{L}\p{M}\d]+(?:[-’'][\p{L}\p{M}\d]+)*[’']?|[^\s\p{L}\p{M}\d]/gu;

// Titles written cut short with a stop before a name ("prof.", "dott.", "avv.", "on."), after which a capital does not
// open a sentence.
const DOTTED_TITLES: ReadonlySet<string> = new Set(['prof', 'dott', 'dr', 'ing', 'avv', 'arch', 'geom', 'rag', 'sig', 'sigg', 'mons', 'cav', 'on', 'sen']);
const DOTTED_RANKS: ReadonlySet<string> = new Set(RANK_ABBREVIATIONS);

// Lower-case nouns before a street's or a place's name ("via Dante", "piazza Garibaldi", "località Pian del Lago").
const STREET_NOUNS: ReadonlySet<string> = new Set(['via', 'viale', 'piazza', 'piazzale', 'piazzetta', 'corso', 'largo', 'vicolo', 'lungomare', 'lungolago', 'lungotevere', 'lungarno', 'contrada', 'località', 'frazione', 'rione']);

// Nouns of the land whose complement with "di" is a place's name ("il versante di Costa Venturina", "la valle di …").
const LAND_NOUNS: ReadonlySet<string> = new Set(['versante', 'versanti', 'frazione', 'frazioni', 'borgo', 'borgata', 'valle', 'vallata', 'monte', 'colle', 'collina', 'lago', 'fiume', 'torrente', 'quartiere', 'paese', 'comune', 'territorio', 'provincia', 'zona', 'spiaggia', 'litorale', 'golfo', 'isola', 'porto', 'passo', 'parco', 'riserva', 'oasi']);

// The domains a website's name ends with in news ("Repubblica.it", "ilFattoQuotidiano.it", "Today.it").
const WEB_DOMAINS = /^(?:it|com|net|org|eu|info|news|tv)$/u;

// The text of tokens i..j as written, joined without spaces (they touch).
const joinedText = (toks: readonly Tok[], i: number, j: number): string => toks.slice(i, j + 1).map((t) => t.text).join('');

export function lex(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    const word = /^[\p{L}\p{M}\d]/u.test(t);
    const prev = out[out.length - 1];
    const initial = !prev || (!prev.word && /^[“«"„(.!?…:]$/.test(prev.text));
    // ("E' Cinzia a raccontare …", "non e' vero": "è" written with an apostrophe, as on a keyboard without "È", is the
    // verb, never a name's first word)
    const lower = /^e['’]$/iu.test(t) ? 'è' : t.toLowerCase().replace(/’/g, "'");
    out.push({ text: t, lower, start: m.index, end: m.index + t.length, word, cap: word && /^\p{Lu}/u.test(t), initial });
  }
  // A website's name ("spiega a ilFattoQuotidiano.it il geologo …", "Repubblica.it"): its stop ends no sentence, and
  // name and domain are one word, capitalised as the site writes itself.
  for (let i = out.length - 3; i >= 0; i--) {
    const [site, stop, domain] = [out[i]!, out[i + 1]!, out[i + 2]!];
    if (!site.word || stop.text !== '.' || stop.start !== site.end || domain.start !== stop.end || !WEB_DOMAINS.test(domain.text)) continue;
    const text = joinedText(out, i, i + 2);
    out.splice(i, 3, { ...site, text, lower: text.toLowerCase().replace(/’/g, "'"), end: domain.end, cap: site.cap || /\p{Lu}/u.test(site.text) });
  }
  // An office's abbreviation written with stops ("l’a.d. di Fine Foods", "il d.g."): its letters and stops are one word.
  for (let i = 0; i + 3 < out.length; i++) {
    const first = /^(?:(?:l|un|all|dall|dell|nell|sull)['’])?(\p{L})$/iu.exec(out[i]!.text);
    if (!first) continue;
    let j = i;
    let letters = first[1]!;
    while (out[j + 1]?.text === '.' && out[j + 1]!.start === out[j]!.end && (j === i || /^\p{L}$/u.test(out[j]!.text))) {
      const next = out[j + 2];
      if (next && /^\p{L}$/u.test(next.text) && next.start === out[j + 1]!.end) {
        letters += next.text;
        j += 2;
      } else break;
    }
    const stop = out[j + 1]?.text === '.' && out[j + 1]!.start === out[j]!.end ? 1 : 0;
    if (j === i || !ROLE_ABBREVIATIONS.has(letters.toUpperCase())) continue;
    const end = out[j + stop]!.end;
    const text = joinedText(out, i, j + stop);
    out.splice(i, j + stop - i + 1, { ...out[i]!, text, lower: text.toLowerCase().replace(/’/g, "'"), end });
    // (the word after it does not open a sentence for following a stop)
    if (out[i + 1]?.initial) out[i + 1] = { ...out[i + 1]!, initial: false };
  }
  // A rank cut short with a stop before a name ("il col. Florimondo Forleo", "il gen. Rossi"): the letters and the stop
  // are one word, a title ("col" alone is "con il").
  for (let i = 0; i + 2 < out.length; i++) {
    const stop = out[i + 1]!;
    if (!DOTTED_RANKS.has(out[i]!.lower) || stop.text !== '.' || stop.start !== out[i]!.end || !out[i + 2]!.cap) continue;
    const text = `${out[i]!.text}.`;
    out.splice(i, 2, { ...out[i]!, text, lower: text.toLowerCase(), end: stop.end });
    out[i + 1] = { ...out[i + 1]!, initial: false };
  }
  // A title cut short with a stop ("il prof. D’Amelio", "il dott. Rossi"): the word after it does not open a sentence.
  for (let i = 2; i < out.length; i++) {
    const stop = out[i - 1]!;
    if (out[i]!.initial && stop.text === '.' && stop.start === out[i - 2]!.end && DOTTED_TITLES.has(out[i - 2]!.lower)) out[i] = { ...out[i]!, initial: false };
  }
  // A surname cut to its initial after a given name ("Alessandra G.", as news writes ordinary people it protects): the
  // letter and its stop are one word of the name.
  for (let i = out.length - 2; i >= 1; i--) {
    const t = out[i]!;
    const stop = out[i + 1]!;
    const prev = out[i - 1]!;
    if (!/^\p{Lu}$/u.test(t.text) || stop.text !== '.' || stop.start !== t.end || !prev.cap || prev.text.length < 3 || prev.end + 1 !== t.start) continue;
    out.splice(i, 2, { ...t, text: `${t.text}.`, lower: `${t.lower}.`, end: stop.end });
  }
  // A street's or a place's name after its lower-case noun ("un gioielliere di via Dante", "corso Vittorio Emanuele")
  // names no one, though written as a person's name.
  // (so is an electoral list's, though it is often a candidate's name: "candidato con la lista Silvia Salis sindaca")
  // (a run of capitalised words one space apart, from `i`: the index of its last)
  const runEnd = (i: number) => {
    let k = i;
    while (k + 1 < out.length && out[k + 1]!.cap && out[k + 1]!.word && out[k]!.end + 1 === out[k + 1]!.start) k++;
    return k;
  };
  const markPlace = (from: number, to: number) => {
    for (let m = from; m <= to; m++) out[m] = { ...out[m]!, place: true };
  };
  for (let i = 1; i < out.length; i++) {
    if (!out[i]!.cap || !out[i]!.word || out[i]!.initial || !(STREET_NOUNS.has(out[i - 1]!.lower) || out[i - 1]!.lower === 'lista') || out[i - 1]!.cap || out[i - 1]!.end + 1 !== out[i]!.start) continue;
    markPlace(i, runEnd(i));
  }
  // So is a name of one or two words after a noun of the land and "di" ("il versante di Costa Venturina", "la frazione
  // di Monte Rosso"): a place, whatever surnames its words are (not a longer run, which may go on with a person's
  // name: "il comune di Bari Antonio Decaro").
  for (let i = 2; i < out.length; i++) {
    if (!out[i]!.cap || out[i]!.initial || out[i - 1]!.lower !== 'di' || !LAND_NOUNS.has(out[i - 2]!.lower) || out[i - 2]!.cap) continue;
    const k = runEnd(i);
    if (k - i <= 1) markPlace(i, k);
  }
  // A capitalised particle or an elided surname right after a capitalised word (one space between) belongs to the name:
  // "Sal Da Vinci", "Alessandro La Cava", "Gigi D’Alessio"; at a sentence's start ("Da Palazzo Chigi …") or before a
  // word in lower case it stays what it is.
  for (let i = 1; i < out.length; i++) {
    const t = out[i]!;
    const prev = out[i - 1]!;
    if (!t.cap || t.initial || !prev.cap || prev.end + 1 !== t.start) continue;
    const next = out[i + 1];
    const between = PARTICLES.has(t.lower) && next?.cap && t.end + 1 === next.start;
    // "il rettore Luigi Dei ha detto": a preposition is written in lower case inside a sentence, so a capitalised one
    // closing a name (no capitalised word after it) is a surname
    const closing = SURNAME_PARTICLES.has(t.lower) && !prev.initial && prev.text.length >= 3 && !(next?.word && next.cap);
    if (between || closing || ELIDED_SURNAME.test(t.text)) out[i] = { ...t, particle: true };
  }
  // A foreign or noble particle in lower case between a given name and a surname: "Michele de Pascale", "Ursula von
  // der Leyen" (none of them an Italian preposition, so between two capitalised words they are the name's)
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i]!;
    const prev = out[i - 1]!;
    if (t.cap || !LOWER_PARTICLES.has(t.lower) || !prev.cap || prev.end + 1 !== t.start) continue;
    let j = i + 1;
    while (out[j] && LOWER_PARTICLES.has(out[j]!.lower) && !out[j]!.cap && out[j]!.start === out[j - 1]!.end + 1) j++;
    const next = out[j];
    if (next?.word && next.cap && next.start === out[j - 1]!.end + 1) for (let k = i; k < j; k++) out[k] = { ...out[k]!, particle: true };
  }
  // Inside a sentence a preposition is written in lower case, so a capitalised one before a capitalised word is part
  // of a name: a surname that opens with its particle ("ha continuato Della Valle", "ha detto Di Maio"), or a given
  // name that is also a preposition ("– osserva Nella Milazzo, segretaria regionale –", after a word, not opening a
  // sentence of its own).
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i]!;
    const next = out[i + 1]!;
    if (!t.cap || t.initial || t.particle || !next.cap || !next.word || t.end + 1 !== next.start) continue;
    const surname = SURNAME_PARTICLES.has(t.lower);
    const given = !surname && t.word && PREPOSITIONS.has(t.lower) && t.text.length >= 4 && !next.initial && out[i - 1]!.word;
    if (surname || given) out[i] = { ...t, particle: true };
  }
  // ... and at the start of a title or a label, before the colon that quotes them ("Di Maio: «…»"): a preposition opens
  // no such run.
  if (out[0]?.cap && !out[0].particle && SURNAME_PARTICLES.has(out[0].lower) && out[1]?.word && out[1].cap && out[0].end + 1 === out[1].start) {
    let k = 1;
    while (out[k + 1]?.word && out[k + 1]!.cap && out[k]!.end + 1 === out[k + 1]!.start) k++;
    if (out[k + 1]?.text === ':' && k <= 2) out[0] = { ...out[0], particle: true };
  }
  // An elided surname alone inside a sentence ("– commenta D’Ambrosio –"): the elided preposition is written in lower
  // case there ("d’Italia"), so a capitalised one is the surname's.
  for (let i = 1; i < out.length; i++) {
    const t = out[i]!;
    if (!t.initial && !t.particle && ELIDED_SURNAME.test(t.text)) out[i] = { ...t, particle: true };
  }
  // A number of one or two figures inside a name, between two capitalised words ("Movimento 5 Stelle", "Radio 24
  // Ore"), is a word of it.
  for (let i = 1; i + 1 < out.length; i++) {
    const t = out[i]!;
    const prev = out[i - 1]!;
    const next = out[i + 1]!;
    if (/^\d{1,2}$/u.test(t.text) && prev.cap && next.cap && next.word && prev.end + 1 === t.start && t.end + 1 === next.start) out[i] = { ...t, particle: true };
  }
  // An institution's capitalised name after the elided article or preposition ("L’Ente Nazionale Protezione Animali",
  // "l’Associazione Nazionale Alpini", "dell’Ufficio Studi"): the article is a word of its own, so that the name opens
  // with its head noun (and "Studi" is no name of its own).
  for (let i = out.length - 2; i >= 0; i--) {
    const t = out[i]!;
    const next = out[i + 1]!;
    const m = /^((?:[lL]|[dDnNsS]ell|[dD]all|[aA]ll|[sS]ull)['’])(\p{Lu}\p{Ll}+)$/u.exec(t.text);
    if (!m || !INSTITUTION_HEADS.has(m[2]!.toLowerCase()) || !next.word || !next.cap || t.end + 1 !== next.start) continue;
    // (after an office, a full name there is its holder's: "il presidente dell’Ente Mario Ruggeri")
    const after = out[i + 2];
    if (!/^[lL]/u.test(m[1]!) && isRoleTok(out[i - 1]) && after?.word && after.cap && next.end + 1 === after.start) continue;
    const cut = t.start + m[1]!.length;
    out.splice(i, 1, { ...t, text: m[1]!, lower: m[1]!.toLowerCase().replace('’', "'"), end: cut, cap: false }, { text: m[2]!, lower: m[2]!.toLowerCase(), start: cut, end: t.end, word: true, cap: true, initial: false });
  }
  return out;
}

// Particles that open an Italian surname written alone ("Di Maio", "Della Valle", "Del Rio", "Dal Molin"); "La", "Lo"
// are left out ("a La Repubblica").
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['di', 'de', 'del', 'della', 'dello', 'dei', 'degli', 'da', 'dal', 'dalla', 'dall']);

// Particles written in lower case inside a name, none of them an Italian preposition: "de Pascale", "von der Leyen".
const LOWER_PARTICLES: ReadonlySet<string> = new Set(['de', 'von', 'van', 'der', 'den', 'dos', 'das', 'du']);

// An elided preposition that begins a surname: "D’Alessio", "Dell’Orto", "Dall’Oglio".
const ELIDED_SURNAME = /^(?:D|Dell|Dall)['’]\p{Lu}\p{Ll}+$/u;

export const CLOSE_MARKS = new Set(['”', '»', '"']);
export const OPEN_MARKS = new Set(['“', '«', '"', '„']);
/** Where an office in apposition after a name ends: a stop, a comma, a colon or a quotation mark (“spiega X, pescatore
 * con la licenza “non hanno un grande prezzo””: the quotation is no part of the office). */
export const endsApposition = (t: { readonly text: string }): boolean => /^[,.;:!?…]$/.test(t.text) || OPEN_MARKS.has(t.text) || CLOSE_MARKS.has(t.text);
// A person's age as a noun: "23enne", "trentenne" (factQuestion.ts's AGE_NOUN_STEM).
const AGE_NOUN = new RegExp(`^${AGE_NOUN_STEM}e$`, 'u');
/**
 * Role nouns, with the Italian prefixes that make a deputy, a second, a new or an outstanding office of one:
 * "vicesindaco", "viceministra", "vicequestore", "prorettore", "sottoprefetto", "cosegretario", "neodirettore",
 * "supercampionessa" are roles as their noun is; and a person named by their age ("la 23enne").
 */
export const ROLE_SET: Pick<ReadonlySet<string>, 'has'> = {
  has: (word) =>
    ROLE_NOUN_SET.has(word) ||
    (/^(?:vice|pro|sotto|co|neo|super)-?\p{Ll}{4,}$/u.test(word) && ROLE_NOUN_SET.has(word.replace(/^(?:vice|pro|sotto|co|neo|super)-?/, ''))) ||
    // a former office written with its prefix: "l’ex-presidente", "ex-vicesindaco"
    (/^ex-\p{Ll}{4,}$/u.test(word) && ROLE_SET.has(word.slice(3))) ||
    // a person named by their age, as news does: "la 23enne bergamasca Ilaria Neri", "– rivela la 23enne –", "il
    // trentenne"
    AGE_NOUN.test(word),
};
export const DOC_SET = new Set(DOCUMENT_NOUNS);
/**
 * Whether token `k` is a document noun that may speak: an inquiry's noun after a preposition ("dopo un’indagine",
 * "nell’inchiesta") is when something happened, not who says it.
 */
export function isDocumentAt(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!t?.word) return false;
  const head = t.lower.replace(/^(?:l|un|nell|dell|all|dall|sull)['’]/, '');
  if (!DOC_SET.has(head)) return false;
  if (!INQUIRY_NOUNS.has(head)) return true;
  if (/^(?:nell|dell|all|dall|sull)['’]/.test(t.lower)) return false;
  const before = toks[k - 1] && (ARTICLES.has(toks[k - 1]!.lower) || /^(?:l|un)['’]?$/.test(toks[k - 1]!.lower)) && !/^(?:l|un)['’]/.test(t.lower) ? toks[k - 2] : toks[k - 1];
  return !(before && (PREPOSITIONS.has(before.lower.replace(/’/g, "'")) || ADJUNCT_OPENERS.has(before.lower)));
}
export const ORG_ANAPHORS = new Set(['azienda', 'società', 'compagnia', 'impresa', 'istituto', 'ente', 'agenzia', 'associazione', 'organizzazione']);
export const PREPOSITIONS = new Set([
  'di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', "dell'", 'a', 'ad', 'al', 'alla', 'allo', 'ai', 'agli', 'alle', "all'",
  'da', 'dal', 'dalla', 'dallo', 'dai', 'dagli', 'dalle', "dall'", 'con', 'su', 'sul', 'sulla', 'per', 'tra', 'fra', 'in',
  'nel', 'nella', 'nei', 'negli', 'nelle', "nell'", 'verso', 'contro', 'presso', 'col', 'coi', 'sullo', 'sui', 'sugli', 'sulle', "sull'",
]);
export const POSSESSIVE_PREPS = new Set(['di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', "dell'"]);

export const ELIDED = /^(?:l|d|dell|nell|all|dall|sull|un|quest|quell|c|s|m|t|v|n)['’]/i;
// A name elided onto its articulated preposition: "dell’Emilia-Romagna", "all’Università" (with "d’" too, any elided
// complement: `isElidedComplement`).
const ELIDED_PREPOSITION_NAME = /^(?:dell|dall|all|nell|sull)['’]\p{Lu}/u;
// (nor a stopword typed without its accent, when longer than a short word: "Sara Mazzi, assessore …" opens with a
// name, not "sarà")
// (a sentence's first word that is a gerund, or an adverb made from an adjective — "Successivamente", "Finalmente",
// "Particolarmente", not "Clemente" — is no name)
export const isNameToken = (t: Tok | undefined): boolean =>
  !!t && !t.place && (t.particle === true || (t.cap && (!NOT_NAMES.has(t.lower) && !VERB_WORDS.has(t.lower) && !ELIDED.test(t.text) && !ROLE_ABBREVIATIONS.has(t.text) && !(t.initial && ((isStopword(t.lower, 'it') && (t.lower.length <= 3 || isWrittenStopword(t.lower))) || /(?:ando|endo)$/.test(t.lower) || /^\p{Ll}{3,}[alr]mente$/u.test(t.lower))))));
/** "l’Istat", "l’Inps", "l’Onu": a name after the elided article (an organisation); `elidedName` gives it. */
const ELIDED_NAME = /^[lL]['’](\p{Lu}[\p{L}\p{N}-]*)$/u;
/**
 * The name a token holds after the elided article ("l’Istat" → "Istat"), if it is one.
 * @param t - a token
 * @returns the name and where it starts, or undefined
 */
export function elidedName(t: Tok | undefined): { name: string; at: number } | undefined {
  const m = t?.word ? ELIDED_NAME.exec(t.text) : null;
  // "l’AD", "l’Ad": a role, not a name
  // "l’Istituto", "l’Agenzia": the organisation named before, not a name of its own
  // "l’Arcivescovo", "l’Assessore": an office capitalised by deference, not a name
  return m && !ROLE_ABBREVIATIONS.has(m[1]!.toUpperCase()) && !ROLE_SET.has(m[1]!.toLowerCase()) && !ORG_ANAPHORS.has(m[1]!.toLowerCase()) && !NOT_NAMES.has(m[1]!.toLowerCase()) && !VERB_WORDS.has(m[1]!.toLowerCase()) ? { name: m[1]!, at: t!.start + 2 } : undefined;
}
/** A role noun in the plural: "difensori", "avvocati", "assessore", "sindacaliste". */
const isPluralRole = (w: string): boolean =>
  // ("capigruppo", "capisquadra": a "capo" compound is plural in its first part)
  (/^capi\p{Ll}{4,}$/u.test(w) && ROLE_SET.has(w.replace(/^capi/, 'capo'))) ||
  // ("segretari", "commissari", "funzionari": the plural of a noun in -io drops its o)
  (/i$/.test(w) && (ROLE_SET.has(w.replace(/i$/, 'e')) || ROLE_SET.has(w.replace(/i$/, 'o')) || ROLE_SET.has(w.replace(/i$/, 'a')) || ROLE_SET.has(`${w}o`))) || (/e$/.test(w) && ROLE_SET.has(w.replace(/e$/, 'a')));
export const isTitle = (t: Tok) => TITLE_WORDS.has(t.lower.replace(/\.$/, '')) || (!t.cap && ROLE_SET.has(t.lower)) || dottedOffice(t) || abbreviatedOffice(t) || (t.text.endsWith('.') && DOTTED_RANKS.has(t.lower.slice(0, -1)));
// "il d.g.", "l’a.d.": an office's abbreviation written with stops (one token: see `lex`).
const dottedOffice = (t: Tok) => t.text.includes('.') && ROLE_ABBREVIATIONS.has(t.text.replace(ELIDED_PREFIX, '').replace(/\./gu, '').toUpperCase());
// "il CT Luciano Spalletti", "il dg Matranga": an office's abbreviation in capitals, or one of those no Italian word
// spells in lower case ("ad" is the preposition), before the name.
const LOWER_CASE_ABBREVIATIONS: ReadonlySet<string> = new Set(['dg', 'ds', 'ct', 'dt']);
const abbreviatedOffice = (t: Tok) => t.word && (ROLE_ABBREVIATIONS.has(t.text) || (t.text === t.lower && LOWER_CASE_ABBREVIATIONS.has(t.lower)));
export const isRoleLike = (words: readonly Tok[]) => {
  const w = words.filter((t) => t.word);
  // "Mara Carfagna, e il ministro dell’Interno, Matteo Salvini": a conjunction joins another person, no role
  if (w[0] && /^(?:e|ed|o|oppure|né)$/.test(w[0].lower)) return false;
  let i = 0;
  // "uno dei difensori degli imputati", "una delle assessore": one of those holding an office
  if (w[0] && /^(?:uno|una|un)$/.test(w[0].lower) && /^(?:dei|degli|delle)$/.test(w[1]?.lower ?? '')) return !!w[2] && isPluralRole(w[2].lower);
  // ("Davide Stival, l’avvocato Daniele Scrofani, …": an office in lower case with its article, then a full name, is
  // another person; "Name (allenatore Golfo Paradiso)", "Name, Responsabile Provveditorato …" name a team or a body)
  // (also after the office's complement in lower case, the name governed by no preposition: "il sindaco di casa
  // Antonello Tabbò")
  const fullName = (names: readonly Tok[]) => names.length >= 2 && names.every((t) => isNameToken(t) && !ORGANISATION_WORDS.has(t.lower));
  const anotherPerson = (office: Tok, after: readonly Tok[]) => {
    if (office.cap) return false;
    if (fullName(after)) return true;
    const n = after.findIndex((t) => t.cap);
    return n >= 2 && !isPreposition(after[n - 1]) && after.slice(0, n).every((t) => !t.cap) && fullName(after.slice(n));
  };
  // (a verb makes it a clause: "…, il sindaco X ed il prefetto Y hanno tagliato il nastro"; not one in a relative
  // clause of the office: "un esperto di clima che era stato co-presidente …")
  const verb = w.findIndex((t) => FOCUS_AUXILIARIES.has(t.lower));
  if (verb >= 0 && !w.slice(0, verb).some((t) => /^(?:che|cui|quale|quali)$/.test(t.lower))) return false;
  if (w[i] && ARTICLES.has(w[i]!.lower)) i++;
  else if (w[i] && /^(?:l|un)'/.test(w[i]!.lower)) {
    const noun = w[i]!.lower.replace(/^(?:l|un)'/, '');
    return (ROLE_SET.has(noun) || (!w[i]!.cap && isPersonNoun(noun))) && !anotherPerson(w[i]!, w.slice(i + 1));
  }
  // An office, or (written in lower case, first or after one word that is no preposition) a noun naming a person by
  // trade, kinship or condition: "archeologa della Soprintendenza", "noto pediatra", "vicino di casa"
  // (or an office's abbreviation in lower case before its complement: "ad di Sace", "dg dell’Asl" — "ad" before "di" is
  // no preposition)
  const abbreviation = (k: number) => ROLE_ABBREVIATIONS.has(w[i + k]!.text.toUpperCase()) && POSSESSIVE_PREPS.has((w[i + k + 1]?.lower ?? '').replace(/['’].*$/u, "'"));
  // (after the indefinite article, a word that names a person only as a noun may be the adjective of the noun after
  // it: "una grande gioia" — not before another person's noun, "un giovane avvocato", "una cara amica")
  const indefinite = i === 1 && /^(?:un|una|uno)$/u.test(w[0]!.lower);
  const adjectival = (k: number) => {
    const next = w[i + k + 1];
    return indefinite && k === 0 && !ROLE_SET.has(w[i]!.lower) && !!next && /^\p{Ll}+$/u.test(next.text) && !isPreposition(next) && !/^(?:e|ed|o)$/u.test(next.lower) && !ROLE_SET.has(next.lower) && !isPersonNoun(next.lower);
  };
  const isRole = (t: Tok, k: number) => ROLE_SET.has(t.lower) || (k === 0 && abbreviation(0)) || (k <= 1 && !t.cap && (k === 0 || (!w[i]!.cap && !isPreposition(w[i]))) && isPersonNoun(t.lower) && !adjectival(k));
  // ("ribadito dal sindaco", "moglie del sindaco": an office governed by a preposition is someone else's)
  const r = w.slice(i, i + 3).findIndex(isRole);
  return r >= 0 && !w.slice(i, i + r).some((t) => isPreposition(t)) && !(i > 0 && anotherPerson(w[i + r]!, w.slice(i + r + 1)));
};


/** A resolved subject of a reporting verb. */
export type Subject =
  /** `known`: the name counts only as the surname of a person the article names in full elsewhere. */
  | { kind: 'name'; name: string; role?: string; at: number; person?: boolean; known?: boolean }
  | { kind: 'document'; head: string; owner?: string; descriptors: string[]; at: number }
  | { kind: 'organisation-anaphor'; at: number }
  | { kind: 'focus'; at: number }
  | { kind: 'coordinated'; at: number }
  | { kind: 'role'; role: string; at: number }
  /** "i due consiglieri", "entrambi", "i tre sindaci": the two or more who last spoke together. */
  | { kind: 'pair'; at: number }
  | { kind: 'none' };

export interface VerbHit {
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
  /** Offset (in the sentence) where the statement starts, when not at the speaker's group: after "…, secondo cui". */
  readonly statementStart?: number;
  readonly subject: Subject;
  /** The statement came before the verb, in earlier sentences ("“…”. Lo ha detto X"). */
  readonly cataphoric?: boolean;
  /** The source's words run on to a quotation ("Per X presidente di … “…”"): the quotation is all they say. */
  readonly quotedOnly?: boolean;
  /** A second source joined to the subject ("Per A e per B, «…»"): they say it together. */
  readonly also?: Subject;
}

/**
 * The person a relative pronoun takes up from right before its comma ("… dal sindaco Aldo Bruni, secondo cui …",
 * "il segretario Pd Nicola Zingaretti, secondo cui …"): a full name, or a name after an office (after an office and
 * its party, the last two words), also before an office in apposition ("Aldo Bruni, presidente del gruppo, secondo
 * cui …"); none for a document's or an organisation's name ("il trattato CE, secondo il quale").
 * @param comma - the comma's token index
 */
export function antecedentName(toks: readonly Tok[], frame: string, comma: number): Subject | undefined {
  if (!isNameToken(toks[comma - 1])) {
    // (the name before the office in apposition: "le parole di Aldo Bruni, presidente del gruppo, secondo cui …")
    let p = comma - 1;
    while (p > 0 && comma - p <= 12 && toks[p]!.word) p--;
    return p > 0 && p < comma - 1 && toks[p]!.text === ',' && isNameToken(toks[p - 1]) && isRoleLike(toks.slice(p + 1, comma)) ? antecedentName(toks, frame, p) : undefined;
  }
  let start = nameStartBack(toks, comma - 1);
  if (comma - start >= 3 && isRoleTok(toks[start - 1])) start = comma - 2;
  const run = toks.slice(start, comma);
  if (!run.every((t) => t.cap) || !(run.length >= 2 || isRoleTok(toks[start - 1])) || run.some((t) => ORGANISATION_WORDS.has(t.lower))) return undefined;
  return { kind: 'name', name: sliceText(frame, toks, start, comma), at: toks[start]!.start };
}

/** Walks back over a capitalised name ending at token index `j`; returns its first token index. */
export function nameStartBack(toks: readonly Tok[], j: number): number {
  let i = j;
  while (i - 1 >= 0 && isNameToken(toks[i - 1]) && !isTitle(toks[i - 1]!) && toks[i - 1]!.end + 1 >= toks[i]!.start) i--;
  return i;
}

/** Words an office takes between its article and itself ("l’ex presidente", "il neo sindaco", "l’attuale ministro"). */
const PRE_ROLE: ReadonlySet<string> = new Set(['ex', 'neo', 'vice', 'attuale', 'allora', 'nuovo', 'nuova', 'stesso', 'stessa', 'già']);

/** Head nouns of institutions, whose names run on with lower-case adjectives and complements (see `institutionEnd`). */
const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'ministero', 'banca', 'agenzia', 'istituto', 'corte', 'camera', 'cassa', 'ferrovie', 'presidenza', 'autorità',
  'federazione', 'confederazione', 'associazione', 'tribunale', 'procura', 'protezione', 'guardia', 'dipartimento',
  'direzione', 'fondazione', 'università', 'accademia', 'osservatorio', 'commissione', 'consorzio', 'organizzazione',
  'croce', 'polizia', 'segreteria', 'conferenza', 'ospedale', 'policlinico', 'museo', 'parco', 'ufficio', 'ente',
  // local government and its offices ("il Comune di Bagnacavallo", "la Prefettura di Ravenna", "la Regione Veneto")
  'comune', 'regione', 'provincia', 'prefettura', 'questura', 'capitaneria', 'soprintendenza', 'azienda', 'consiglio',
  // parties and unions ("il Movimento Cinque Stelle", "il Partito democratico", "il Sindacato autonomo di polizia")
  'movimento', 'partito', 'sindacato', 'lista',
]);
/** Endings of the Italian adjectives an institution's name takes ("centrale", "europea", "civile", "nazionale", "costiera"). */
const INSTITUTION_ADJECTIVE = /^\p{Ll}{3,}(?:ale|ali|ile|ili|ic[oaie]|ian[oaie]|an[oaie]|ese|esi|e[oaie]|in[oaie]|iv[oaie]|ari[oa]|ari|ier[oaie]|ist[ai]|ion[ae]|str[ei])$/u;
const COMPLEMENTS: ReadonlySet<string> = new Set(['di', 'del', 'dello', 'della', 'dei', 'degli', 'delle']);

/**
 * Whether a name is an institution's ("Ferrovie dello Stato", "Banca centrale europea"): its first word is an
 * institution's head noun.
 * @param name - the name as read
 */
export function isInstitutionName(name: string): boolean {
  return INSTITUTION_HEADS.has(name.split(/\s+/)[0]!.toLowerCase());
}

/**
 * The initials an institution's name is abbreviated to: its words' first letters, prepositions and articles left
 * out ("Ferrovie dello Stato" → "FS", "Banca centrale europea" → "BCE"); none for a name of one word.
 * @param name - the name
 */
export function institutionInitials(name: string): string | undefined {
  const words = name.split(/[\s’']+/).filter((w) => w && !COMPLEMENTS.has(w.toLowerCase()) && !/^(?:d|dell|dall|nell|sull|e|ed|per|la|il|lo|le|gli|i)$/i.test(w));
  return words.length >= 2 ? words.map((w) => w[0]!.toUpperCase()).join('') : undefined;
}

// Past an institution's head noun: its adjectives and complements, as far as they go.
function institutionEnd(toks: readonly Tok[], k: number): number {
  const next = (at: number) => toks[at] && toks[at]!.start <= toks[at - 1]!.end + 1;
  for (let words = 0; words < 6; words++) {
    const t = toks[k];
    if (!t || !next(k)) break;
    if (t.word && !t.cap && INSTITUTION_ADJECTIVE.test(t.lower) && !isStopword(t.lower, 'it')) {
      k++;
      continue;
    }
    if (t.word && /^(?:d|dell|dall|nell|sull)['’]\p{Lu}/u.test(t.text)) {
      k++;
      continue;
    }
    if (COMPLEMENTS.has(t.lower) && isNameToken(toks[k + 1]) && next(k + 1)) {
      let m = k + 1;
      while (isNameToken(toks[m]) && m - k <= 3 && next(m)) m++;
      k = m;
      continue;
    }
    break;
  }
  return k;
}

/**
 * An institution named after an elided article or preposition, with more than its head noun: "l’Agenzia spaziale
 * europea", "dell’Agenzia Spaziale Europea", "l’Istituto superiore di sanità" ("l’Agenzia" alone is the organisation
 * named before, see `ORG_ANAPHORS`).
 * @param toks - the sentence's tokens
 * @param frame - its text
 * @param i - the elided token ("l’Agenzia", "dell’Istituto")
 * @returns the institution's name and where it starts, or undefined
 */
// An elided article or preposition before a capitalised word ("dell’Agenzia"; not "dell’agenzia").
const ELIDED_CAPITAL = cased(/^(?:l|dell|dall|nell|all|sull)['’](\p{Lu}\p{L}*)$/iu);

function elidedInstitution(toks: readonly Tok[], frame: string, i: number): { name: string; at: number; end: number } | undefined {
  const t = toks[i];
  const m = t?.word ? ELIDED_CAPITAL.exec(t.text) : null;
  if (!m || !INSTITUTION_HEADS.has(m[1]!.toLowerCase())) return undefined;
  let end = i + 1;
  while (isNameToken(toks[end]) && toks[end]!.start <= toks[end - 1]!.end + 1 && end - i <= 4) end++;
  end = institutionEnd(toks, end);
  if (end === i + 1) return undefined;
  return { name: `${m[1]} ${sliceText(frame, toks, i + 1, end)}`, at: t!.end - m[1]!.length, end };
}

// An office capitalised out of deference right after a full name, with its complement: "Spiega Francesco Gandelli
// Presidente di 50&Più", "Brigida Gallinaro Presidente regionale": the name ends before it ("Giuseppe Conte" and
// "Rosa Giudice, …" stay names: no complement follows).
export function capitalisedOffice(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!;
  const next = toks[k + 1];
  // (its adjective capitalised too: "Franco Fiumara Direttore Centrale Protezione Aziendale")
  return ROLE_SET.has(t.lower) && !!next && next.start === t.end + 1 && (POSSESSIVE_PREPS.has(next.lower) || OFFICE_ADJECTIVE.test(next.text) || (next.cap && OFFICE_ADJECTIVE.test(next.lower)));
}

// A capitalised word that is also a reporting verb, continuing a name: a surname ("Florio Noto", "Luca Conferma").
const surnameLikeVerb = (t: Tok | undefined): boolean => !!t && t.cap && !t.initial && t.word && VERB_WORDS.has(t.lower) && !NOT_NAMES.has(t.lower);

/** Reads a capitalised name forward from token index `i`; returns the index one past its end. */
export function nameEndForward(toks: readonly Tok[], i: number, institutions = true): number {
  let k = i;
  while ((isNameToken(toks[k]) || (k > i && surnameLikeVerb(toks[k]))) && (k === i || toks[k]!.start <= toks[k - 1]!.end + 1) && !(k > i + 1 && capitalisedOffice(toks, k))) k++;
  // An institution's name runs on with its adjectives and complements: "Banca centrale europea", "Ministero della
  // Salute", "Ferrovie dello Stato", "Banca d’Italia", "Corte dei Conti".
  if (institutions && k === i + 1 && INSTITUTION_HEADS.has(toks[i]!.lower)) k = institutionEnd(toks, k);
  // "Llama 2": a small number right after a name belongs to it
  if (k > i && toks[k] && /^\d{1,2}$/.test(toks[k]!.text) && toks[k]!.start === toks[k - 1]!.end + 1) k++;
  return k;
}

export function sliceText(frame: string, toks: readonly Tok[], from: number, to: number): string {
  return frame.slice(toks[from]!.start, toks[to - 1]!.end);
}

/** A document noun phrase starting at token `i` ("la memo di Google trapelata"), read forward. */
export function documentForward(toks: readonly Tok[], frame: string, i: number, limit = toks.length): { head: string; owner?: string; signer?: Subject; descriptors: string[]; end: number } | undefined {
  let k = i;
  if (toks[k] && (ARTICLES.has(toks[k]!.lower) || /^(?:l|un)'$/.test(toks[k]!.lower))) k++;
  const first = toks[k];
  if (!first) return undefined;
  let head = first.lower;
  if (/^(?:l|un)'/.test(head)) head = head.replace(/^(?:l|un)'/, '');
  else if (k === i && !/^(?:l|un)'/.test(first.lower)) return undefined;
  if (!DOC_SET.has(head) || !isDocumentAt(toks, k)) return undefined;
  k++;
  const descriptors: string[] = [];
  let owner: string | undefined;
  let signed: Subject | undefined;
  for (let n = 0; n < 4 && k < limit && toks[k]; n++) {
    const t = toks[k]!;
    if (POSSESSIVE_PREPS.has(t.lower) && k + 1 < limit && isNameToken(toks[k + 1]) && owner === undefined) {
      const end = nameEndForward(toks, k + 1);
      owner = sliceText(frame, toks, k + 1, end);
      k = end;
      continue;
    }
    // ("il comunicato firmato dal sindaco di Caiolo, Primavera Farina": whose it is, by its signature)
    if (owner === undefined && /^(?:firmat|sottoscritt)[oaie]$/.test(t.lower) && /^(?:da|dal|dalla|dallo|dai|dagli|dalle|dall')$/.test(toks[k + 1]?.lower.replace(/’/g, "'") ?? '')) {
      const signer = subjectForward(toks, frame, k + 2, limit, true);
      const at = signer?.kind === 'name' ? toks.findIndex((x) => x.start === signer.at) : -1;
      if (signer?.kind === 'name' && at >= 0 && (signer.role || signer.name.includes(' '))) {
        signed = signer;
        k = nameEndForward(toks, at);
        break;
      }
    }
    if (t.word && !t.cap && /^\p{Ll}+$/u.test(t.text) && /[oaie]$/.test(t.lower) && !POSSESSIVE_PREPS.has(t.lower) && !ARTICLES.has(t.lower) && t.lower.length > 3) {
      descriptors.push(t.lower);
      k++;
      continue;
    }
    break;
  }
  return { head, ...(owner ? { owner } : {}), ...(signed ? { signer: signed } : {}), descriptors, end: k };
}

// Words that open an adjunct of time or circumstance between commas ("…, dopo la vittoria, ha detto"), besides the
// prepositions ("…, al termine della gara, …": `isPreposition`).
// (also "presente": "L’assessore Santi, presente all’incontro, ha fatto presente …")
const ADJUNCT_OPENERS = new Set(['dopo', 'prima', 'durante', 'ieri', 'oggi', 'stamattina', 'stamani', 'stasera', 'stanotte', 'davanti', 'attraverso', 'tramite', 'intervenendo', 'parlando', 'rispondendo', 'commentando', 'presente', 'presenti']);

// Adverbs that single out the subject before its role: "Proprio il regista, X, …", "Anche il sindaco, X, …".
const FOCUSING_ADVERBS = new Set(['proprio', 'anche', 'pure', 'persino', 'perfino', 'soprattutto', 'infine', 'invece', 'poi']);

// A past participle opening an apposition: "premiato", "eletta", "arrivati", "intervenuto".
const PAST_PARTICIPLE = /^\p{Ll}{3,}(?:at|it|ut)[oaie]$/u;
// Adverbs of time a participle's apposition may open with: "appena rientrato", "già intervenuto".
const PARTICIPLE_ADVERBS: ReadonlySet<string> = new Set(['appena', 'già', 'ormai', 'subito']);
// A gerund: "riconoscendo", "parlando".
const GERUND = /^\p{Ll}{3,}(?:ando|endo)$/u;
// A weekday's name, which may open an adjunct of time: "Martedì dopo la tragedia della centrale, …".
const WEEKDAY = new RegExp(`^(?:${ITALIAN_WEEKDAYS})$`, 'u');

/**
 * Whether a word opens an adjunct rather than a clause: a preposition, a word of time or circumstance, a gerund or a
 * participle ("in conferenza stampa", "oggi", "commentando", "intervenuto").
 */
export const opensAdjunct = (t: Tok | undefined): boolean => !!t && (isPreposition(t) || ADJUNCT_OPENERS.has(t.lower) || PAST_PARTICIPLE.test(t.lower) || GERUND.test(t.lower));

// An institution named with its lower-case adjectives right before token `j` + 1 (the verb): its head noun capitalised
// after an article, at the clause's opening ("La Protezione civile", "l’Agenzia spaziale europea"); not after a
// preposition ("il capo della Protezione civile ha detto" is the head's).
function institutionBefore(toks: readonly Tok[], frame: string, j: number): Subject | undefined {
  const t = toks[j];
  if (!t?.word || t.cap || !INSTITUTION_ADJECTIVE.test(t.lower)) return undefined;
  for (let k = j - 1; k >= 0 && j - k <= 3; k--) {
    const head = toks[k]!;
    if (!head.word) return undefined;
    const elided = ELIDED_CAPITAL.exec(head.text);
    const plain = head.cap && INSTITUTION_HEADS.has(head.lower) && (k === 0 || ARTICLES.has(toks[k - 1]!.lower) || !toks[k - 1]!.word);
    if (!plain && !(elided && /^[lL]['’]/u.test(head.text) && INSTITUTION_HEADS.has(elided[1]!.toLowerCase()))) {
      if (head.cap) return undefined;
      continue;
    }
    if (institutionEnd(toks, k + 1) !== j + 1) return undefined;
    // (the article before the head opens the clause: nothing but an opener or an adverb of time before it)
    const from = plain && k > 0 && toks[k - 1]!.word ? k - 1 : k;
    const before = toks[from - 1];
    if (before?.word && !CLAUSE_OPENERS.has(before.lower) && !BETWEEN_SUBJECT_AND_VERB.has(before.lower) && !ADJUNCT_OPENERS.has(before.lower)) return undefined;
    const start = elided ? head.end - elided[1]!.length : head.start;
    return { kind: 'name', name: frame.slice(start, t.end), at: start };
  }
  return undefined;
}

/**
 * An institution named with a complement whose preposition is elided onto its first word ("il Museo Nazionale
 * dell’Alto Adige", "la Soprintendenza dell’Umbria", "il Parco Archeologico dell’Appia Antica"): the head noun and
 * its capitalised adjectives right before that word, after an article governed by nothing.
 * @param toks - the sentence's tokens
 * @param frame - its text
 * @param p - the token holding the elided preposition and the complement's first word
 * @param end - the complement's last token
 */
function elidedComplementBody(toks: readonly Tok[], frame: string, p: number, end: number): Subject | undefined {
  if (p < 2 || !isElidedComplement(toks[p])) return undefined;
  let h = p - 1;
  while (h > 0 && isNameToken(toks[h]) && !INSTITUTION_HEADS.has(toks[h]!.lower) && isNameToken(toks[h - 1])) h--;
  if (!isNameToken(toks[h]) || !INSTITUTION_HEADS.has(toks[h]!.lower) || !toks.slice(h, p).every((w) => isNameToken(w))) return undefined;
  if (!articleOpensBody(toks, h)) return undefined;
  return { kind: 'name', name: sliceText(frame, toks, h, end + 1), at: toks[h]!.start };
}

/**
 * Whether a body's head noun at token `head` has its definite article right before it, governed by no preposition:
 * the body is the clause's subject ("la Procura di Milano ha spiegato"), not a complement ("presso l’Università di
 * Oxford", "della Camera dei Lord").
 */
function articleOpensBody(toks: readonly Tok[], head: number): boolean {
  const governor = toks[head - 2];
  const governed = !!governor && (PREPOSITIONS.has(governor.lower) || /^(?:dell|nell|all|dall|sull)['’]?$/.test(governor.lower));
  return head >= 1 && /^(?:il|lo|la|l['’]?)$/.test(toks[head - 1]!.lower) && !governed;
}

// Whether the name ending at token `k` is governed by a preposition (a body in an office's complement: "dell’Unione
// Nazionale Consumatori", "della Regione Lazio", "di Confindustria").
function governedName(toks: readonly Tok[], k: number): boolean {
  const start = nameStartBack(toks, k);
  const before = toks[start - 1];
  return !!before?.word && (isPreposition(before) || ELIDED_PREPOSITION_NAME.test(before.text));
}

// The office a name stands in apposition to, the office with its article before the name's comma, whatever governs it:
// "Hanno intervistato il comandante provinciale dei carabinieri di Palermo, Arturo Guarino, il quale …" (a relative's
// antecedent, whose office need not open the clause).
function officeApposed(toks: readonly Tok[], frame: string, at: number): { role?: string } {
  const n = toks.findIndex((t) => t.start === at);
  if (n < 2 || toks[n - 1]!.text !== ',') return {};
  for (let r = n - 2; r >= 1 && n - r <= 10 && toks[r]!.word; r--) {
    if (!isRoleTok(toks[r])) continue;
    return roleNounPhrase(toks, r) ? { role: sliceText(frame, toks, r, n - 1).replace(ELIDED_PREFIX, '') } : {};
  }
  return {};
}

// Courtesy titles before a name, which hold no office ("dottoressa", "prof.", "ing.").
const COURTESY_TITLES: ReadonlySet<string> = new Set(['dottor', 'dottore', 'dottoressa', 'dott', 'dr', 'professore', 'professoressa', 'professor', 'prof', 'ingegner', 'ing', 'avv']);
// One of them, or an honorific of the clergy or of address, closing an office read before the name ("Direttore Generale
// ff, dottor", "il parroco, don", "il parroco don", "il vescovo di Foligno, monsignor"), with its article too
// ("comandante provinciale dei vigili del fuoco, l’ingegner"): no part of the office.
const HONORIFICS = ['don', 'donna', 'monsignor', 'monsignore', 'mons', 'padre', 'suor', 'fra', 'signor', 'signora', 'sig'];
export const COURTESY_CLOSING_OFFICE = new RegExp(`(?:,\\s*(?:(?:il|la|l['’])\\s*)?|(?<=\\p{L})\\s+)(?:${[...COURTESY_TITLES, ...HONORIFICS].join('|')})\\.?$`, 'iu');

// An office that opens its clause and ends at token `comma` (a comma): its article, the office and its complement or
// adjectives ("La Direttrice", "il direttore del museo"); undefined when a word before the article does not open a
// clause.
function officeOpening(toks: readonly Tok[], frame: string, comma: number): string | undefined {
  for (let r = comma - 1; r >= 0 && comma - r <= 8 && toks[r]!.word; r--) {
    const office = roleNounPhrase(toks, r);
    if (!office) continue;
    const before = toks[office.start - 1];
    // (or a subordinate clause: "i manifesti che la Direttrice, professoressa X, ha illustrato")
    if (before?.word && !CLAUSE_OPENERS.has(before.lower) && !/^(?:che|quando|mentre)$/u.test(before.lower)) return undefined;
    return sliceText(frame, toks, r, comma).replace(ELIDED_PREFIX, '');
  }
  return undefined;
}

// Verbs that after the impersonal "si" and before "che" say what people say or believe ("si dice che", "si crede che").
const IMPERSONAL_SAYING: ReadonlySet<string> = new Set(['dice', 'diceva', 'crede', 'credeva', 'pensa', 'pensava', 'ritiene', 'riteneva', 'sa', 'sapeva', 'sostiene', 'afferma', 'legge', 'racconta', 'raccontava', 'teme', 'temeva', 'spera', 'sperava']);
/** The subject written before token `j` (the verb's first token), if any. */
export function subjectBefore(toks: readonly Tok[], frame: string, vStart: number): Subject {
  // "È generalmente concordato, e spesso si crede, che …", "e si dice che …": a verb of saying or believing after the
  // impersonal "si", with the "che" of what is said or believed after it, has no speaker
  // (the verb followed by "che", a comma, a complement or an adverb: "si dice convinto che" is someone's)
  const next = toks[vStart + 1];
  if (toks[vStart - 1]?.lower === 'si' && IMPERSONAL_SAYING.has(toks[vStart]?.lower ?? '') && next && (next.lower === 'che' || next.text === ',' || isPreposition(next) || /^(?:all|dall|nell|sull|dell)'/u.test(next.lower) || /\p{Ll}{3,}mente$/u.test(next.lower))) {
    for (let k = vStart + 1; k < Math.min(toks.length, vStart + 12) && !/^[.;:!?“”«»"]$/u.test(toks[k]!.text); k++) if (toks[k]!.lower === 'che') return { kind: 'none' };
  }
  let j = vStart - 1;
  for (;;) {
    while (j >= 0 && toks[j]!.word && BETWEEN_SUBJECT_AND_VERB.has(toks[j]!.lower)) j--;
    // ("Sansa dal canto suo ha esordito", "X da parte sua ha replicato")
    if (j >= 2 && /^(?:dal canto|da parte|per parte) (?:suo|sua|loro)$/.test(`${toks[j - 2]!.lower} ${toks[j - 1]!.lower} ${toks[j]!.lower}`)) j -= 3;
    // ("X, che in merito ha affermato", "Y al riguardo ha detto")
    else if (j >= 1 && /^(?:in merito|al riguardo|a riguardo|in proposito)$/.test(`${toks[j - 1]!.lower} ${toks[j]!.lower}`)) j -= 2;
    else break;
  }
  // "La presidente X e il vicepresidente Y, a nome di tutto il Direttivo esprimono …", "Il sindaco X a nome della Giunta
  // ringrazia …": whom the subject speaks for, governed by "a nome di" or "per conto di" right before the verb, is no
  // subject; the subject stands before it (and its comma)
  for (let k = j; k >= 2 && j - k <= 8 && toks[k]!.word; k--) {
    if (!/^(?:di|del|della|dello|dei|degli|delle|dell')$/u.test(toks[k]!.lower) || !/^(?:a nome|per conto)$/u.test(`${toks[k - 2]!.lower} ${toks[k - 1]!.lower}`)) continue;
    j = toks[k - 3]?.text === ',' ? k - 4 : k - 3;
    break;
  }
  // "Paolo Rossi, direttore della Uosd “Obiettivi di salute” ha sottolineato …": a title closing an apposition left
  // unclosed, governed as the office's complement — the subject is read as if the verb stood before the title
  const title = CLOSE_MARKS.has(toks[j]?.text ?? '') ? governedTitleOpen(toks, j) : -1;
  if (title > 0) {
    const before = subjectBefore(toks, frame, title);
    // (the office without the preposition the title was governed by: "direttore di “Avvocati”" is "direttore")
    const role = before.kind === 'name' ? before.role?.replace(/\s+(?:di|del|della|dello|dei|degli|delle|dell['’])$/u, '') : undefined;
    if (before.kind === 'name' && (role || before.name.includes(' '))) return { ...before, ...(role ? { role } : {}) };
  }
  // "La Protezione civile raccomanda …", "la Polizia locale ha spiegato …", "l’Agenzia spaziale ha detto …": an
  // institution whose name runs on with lower-case adjectives, opening the clause after its article
  const institution = institutionBefore(toks, frame, j);
  if (institution) return institution;
  // "Lina Bassi rappresentante della Fismo nazionale parla di …": the lower-case adjectives of a body's name that a
  // preposition governs belong to that complement; the subject is read as if the verb followed the name
  {
    // (two joined by "e": "della Fismo nazionale e provinciale")
    const adjective = (t: Tok | undefined) => !!t && t.word && !t.cap && INSTITUTION_ADJECTIVE.test(t.lower);
    let k = j;
    while (k > j - 3 && k >= 1 && (adjective(toks[k]) || (k < j && /^(?:e|ed)$/u.test(toks[k]!.lower) && adjective(toks[k - 1])))) k--;
    if (k < j && isNameToken(toks[k]) && toks[k]!.end + 1 === toks[k + 1]!.start && isPreposition(toks[nameStartBack(toks, k) - 1])) j = k;
  }
  // "Tranchida nel ringraziare Cirio ha precisato …": an infinitive's clause after "nel", whose object may be a name,
  // between the subject and its verb
  // (the infinitive elided onto its preposition too: "Il sindaco Tardani nell’accogliere il vescovo si è detta …")
  for (let k = j - 1; k >= 1 && j - k <= 5; k--) {
    const infinitive = (/^(?:nel|nell'|col)$/u.test(toks[k]!.lower.replace('’', "'")) && /^\p{Ll}+(?:are|ere|ire)$/u.test(toks[k + 1]?.text ?? '')) || /^nell['’]\p{Ll}+(?:are|ere|ire)$/u.test(toks[k]!.text);
    if (!infinitive || !isNameToken(toks[k - 1])) continue;
    if (toks.slice(k + 1, j + 1).every((t) => t.word)) j = k - 1;
    break;
  }
  // "… del viceministro X, che commentando l’esposto sulla Garisenda ha parlato …": a gerund's clause, whose object may
  // be a name, between a relative "che" and its verb
  for (let k = j - 1; k >= 0 && j - k <= 12; k--) {
    if (!toks[k]!.word) break;
    if (toks[k]!.lower !== 'che' || !/^\p{Ll}+(?:ando|endo)$/u.test(toks[k + 1]?.text ?? '')) continue;
    j = k;
    break;
  }
  // ("L’assessore X rispondendo a Y ha spiegato …": the same clause right after the subject's name, no commas around it)
  for (let k = j; k >= 1 && j - k <= 8; k--) {
    if (!toks[k]!.word) break;
    if (!/^\p{Ll}{3,}(?:ando|endo)$/u.test(toks[k]!.text) || toks[k]!.lower === 'quando' || !isNameToken(toks[k - 1])) continue;
    j = k - 1;
    break;
  }
  // "Luca Caselli nella replica ha confermato …": a short complement with no name of its own between the subject and
  // its verb
  // (or after the apposition that closes with a comma: "X, padre di una vittima, alla lettura della sentenza ha …")
  // (or one of time, which may name a place: "Il sindaco Nanni dopo il summit in Regione aveva annunciato …")
  // (or after an office with its article opening the clause, a comma before the complement or none, and the words
  // that stand between subject and verb: "Il sindaco nel corso dell’incontro ha spiegato …", "Il legale comunque, nel
  // suo intervento in aula ha chiarito …")
  const officeSubjectAt = (k: number): number => {
    if (toks[k]?.text === ',') k--;
    while (k >= 0 && toks[k]!.word && BETWEEN_SUBJECT_AND_VERB.has(toks[k]!.lower)) k--;
    const phrase = k >= 0 && !toks[k]!.cap && isRoleTok(toks[k]) ? roleNounPhrase(toks, k) : undefined;
    return phrase && (phrase.start === 0 || !toks[phrase.start - 1]!.word || CLAUSE_OPENERS.has(toks[phrase.start - 1]!.lower)) ? k : -1;
  };
  for (let n = 1; n <= 12 && j - n >= 1; n++) {
    const at = j - n;
    const time = /^(?:dopo|durante|prima)$/.test(toks[at]!.lower);
    const inside = toks.slice(at + 1, j + 1);
    // (a longer one after a full name opening the sentence, which may name a place: "Sergio Mattarella nel suo primo
    // discorso di fine anno in questo secondo mandato al Quirinale ha toccato …")
    const nameStart = isNameToken(toks[at - 1]) ? nameStartBack(toks, at - 1) : -1;
    const opening = nameStart >= 0 && at - 1 > nameStart && (nameStart === 0 || !toks[nameStart - 1]!.word);
    const office = nameStart < 0 && n <= 6 ? officeSubjectAt(at - 1) : -1;
    // (or after a pronoun opening the clause, with its comma or none: "Quest’ultimo, nella sua relazione ha evidenziato …")
    const pronoun = n <= 6 ? (toks[at - 1]?.text === ',' ? at - 2 : at - 1) : -1;
    const pronounAt = pronoun >= 0 && PRONOUNS.has(toks[pronoun]!.lower) && (pronoun === 0 || !toks[pronoun - 1]!.word || CLAUSE_OPENERS.has(toks[pronoun - 1]!.lower)) ? pronoun : -1;
    const plain = (t: Tok, i: number) => (/^\p{Ll}+$/u.test(t.text) || (office >= 0 && /^\p{Ll}+['’]\p{Ll}+$/u.test(t.text)) || ((time || opening) && i > 0 && t.cap && t.word && !inside[i + 1]?.cap && !inside[i - 1]?.cap)) && !/^(?:quale|quali|cui|che|lui|lei|loro|esso|essa|sé)$/u.test(t.lower);
    if ((n <= 4 || (time && n <= 6) || (opening && n <= 12) || office >= 0 || pronounAt >= 0) && (isPreposition(toks[at]) || time) && !/^(?:di|del|della|dello|dei|degli|delle|dell['’])$/u.test(toks[at]!.lower) && (isNameToken(toks[at - 1]) || (toks[at - 1]!.text === ',' && n >= 2 && closesApposition(toks, at - 1)) || office >= 0 || pronounAt >= 0) && inside.every(plain)) {
      j = office >= 0 ? office : pronounAt >= 0 ? pronounAt : at - 1;
      break;
    }
  }
  // "… dal consigliere regionale Matteo Piloni. Il quale commenta …": a relative pronoun opening the sentence takes
  // up the person in focus
  if (j >= 1 && /^(?:quale)$/.test(toks[j]!.lower) && /^(?:il|la)$/.test(toks[j - 1]!.lower)) {
    let k = j - 2;
    while (k >= 0 && toks[k]!.word && CLAUSE_OPENERS.has(toks[k]!.lower)) k--;
    if (k < 0) return { kind: 'focus', at: toks[j - 1]!.start };
    // "… è il prefetto Filippo Romano, il quale sottolinea …": the full name right before the comma is its antecedent
    if (toks[j - 2]?.text === ',' && isNameToken(toks[j - 3])) {
      const antecedent = subjectBefore(toks, frame, j - 2);
      if (antecedent.kind === 'name' && (antecedent.role || antecedent.name.includes(' '))) return antecedent.role ? antecedent : { ...antecedent, ...officeApposed(toks, frame, antecedent.at) };
    }
  }
  // "Le opposizioni, per bocca della vicepresidente della commissione, Alice Aroni, hanno ribadito …": who speaks for
  // the subject, named after "per bocca di" / "per voce di" earlier in the clause
  const voice = voiceInClause(toks, frame, j);
  if (voice) return voice;
  // "La maggioranza intanto per bocca di Zamboni ha detto …", "… per voce del sindaco Rossi ha ribadito …": who speaks
  // for the subject, right before the verb
  if (j >= 3 && isNameToken(toks[j])) {
    const start = nameStartBack(toks, j);
    const office = isRoleTok(toks[start - 1]) ? 1 : 0;
    if (voicePreposition(toks, start - 1 - office)) {
      return { kind: 'name', name: sliceText(frame, toks, start, j + 1), ...(office ? { role: toks[start - 1]!.text } : {}), at: toks[start]!.start };
    }
  }
  // "Si pensa al futuro …", "Si dice che …": the impersonal "si" opening the sentence has no speaker
  if (j < 0 && toks[vStart - 1]?.lower === 'si') return { kind: 'none' };
  if (j < 0) return { kind: 'focus', at: 0 };
  j = unclosedAppositionSubject(toks, j);
  const t = toks[j]!;
  if (PRONOUNS.has(t.lower)) return { kind: 'focus', at: t.start };
  // "… ha detto il rettore. Che ha poi sottolineato come …": a relative opening the sentence takes up the one speaking
  if (t.lower === 'che' && j === 0 && t.cap) return { kind: 'focus', at: t.start };
  // "Una decisione strategica, tanto che ha sottolineato: «…»": the "che" of a clause of consequence ("tanto che", "al
  // punto che") is no relative; its verb's subject is left unsaid, as after a full stop
  if (t.lower === 'che' && j >= 1 && /^(?:tanto|talmente|punto)$/u.test(toks[j - 1]!.lower)) return { kind: 'focus', at: t.start };
  // "Lo scontro si conclude con Matteo Salvini che ha ironizzato: …": the relative's antecedent, a name right before
  // "che" (the preposition governing the name does not govern the relative's subject)
  if (t.lower === 'che') {
    // ("Giovanni Dolci, direttore sportivo, che ha voluto precisare …": the name before its office in apposition; also
    // when the office ends with its body's name, "Massimiliano Dona, presidente dell’Unione Nazionale Consumatori, che
    // in merito ha affermato")
    if (toks[j - 1]?.text === ',' && (!isNameToken(toks[j - 2]) || governedName(toks, j - 2))) {
      let p = j - 2;
      while (p > 0 && j - p < 12 && toks[p]!.word) p--;
      const appos = toks.slice(p + 1, j - 1);
      if (toks[p]?.text === ',' && isNameToken(toks[p - 1]) && appos.length && isRoleLike(appos)) {
        const start = nameStartBack(toks, p - 1);
        // (governed by a preposition only where it says whose words they are: "Parole positive anche da parte di X,
        // assessore …, che ha aggiunto", "Breve intervento di X, direttore …, che ha tenuto a ringraziare …")
        const from = toks[start - 1];
        // (the noun after its elided article too: "l’intervento di X, presidente …, che ha affermato")
        const noun = (toks[start - 2]?.lower ?? '').replace(/^(?:l|un)'/u, '');
        const whose = from?.lower === 'di' && (noun === 'parte' || SPEECH_NOUNS.has(noun) || noun === 'intervento');
        if (p - start >= 2 && (!isPreposition(from) || whose)) return { kind: 'name', name: sliceText(frame, toks, start, p), role: sliceText(frame, toks, p + 1, j - 1), at: toks[start]!.start };
      }
    }
    let a = toks[j - 1]?.text === ',' ? j - 2 : j - 1;
    // ("Santo Cascio (Progetto in Comune), che ha ricordato …": a party or a group in brackets after the name)
    if (toks[a]?.text === ')' && toks[j - 1]?.text === ',') {
      const o = parenthesisOpen(toks, a);
      if (o > 0 && a - o < 10) a = o - 1;
    }
    if (a >= 1 && isNameToken(toks[a])) {
      const start = nameStartBack(toks, a);
      // ("Sparf contro Stati Uniti, che ha ritenuto …" names a court case, not a speaker)
      // a name after "di" is a complement: "la grazia di Dio che sostiene …" is the grace's, not God's
      // (unless a person named in full owns what "di" governs and the verb brings in their words: "al bar di Anna
      // Neri che racconta: «…»")
      // (not an office's complement: "presidente di Federalberghi Trieste che afferma: «…»" is the president's)
      const ownerSpeaks = toks[start - 1]?.lower === 'di' && toks[j - 1]?.text !== ',' && personRun(toks.slice(start, a + 1)) && roleBeforePreposition(toks, start) < 0 && toks.slice(vStart, vStart + 5).some((x) => x.text === ':' || OPEN_MARKS.has(x.text));
      const caseName = !ownerSpeaks && /^(?:contro|v|vs|di|del|della|dello|dei|degli|delle|dell')$/.test(toks[start - 1]?.lower ?? '');
      // (one word only right before "che", no comma: "con Salvini che ha ironizzato")
      const whole = a > start || toks[j - 1]?.text !== ',';
      // ("del viceministro alle Infrastrutture Galeazzo Bignami, che …": the office's complement, then the person)
      const inRun = !caseName && isPreposition(toks[start - 1]) && toks[j - 1]?.text === ',' ? personStartInRun(toks, start, a + 1) : start;
      if (inRun > start) return { kind: 'name', name: sliceText(frame, toks, inRun, a + 1), at: toks[inRun]!.start };
      if (whole && !caseName && isNameToken(toks[start]) && toks.slice(start, a + 1).every((x) => x.cap)) return { kind: 'name', name: sliceText(frame, toks, start, a + 1), at: toks[start]!.start };
      // ("anche il Sindaco di San Benedetto Antonio Spazzafumo, che ha ricordato …": after an office and its
      // preposition, the place, then the person)
      const person = caseName && toks[j - 1]?.text === ',' ? personStartInRun(toks, start, a + 1) : start;
      if (person > start) return { kind: 'name', name: sliceText(frame, toks, person, a + 1), role: sliceText(frame, toks, roleBeforePreposition(toks, start), person), at: toks[person]!.start };
    }
  }
  if (t.word && CLAUSE_OPENERS.has(t.lower)) {
    let i = j;
    while (i >= 0 && toks[i]!.word && CLAUSE_OPENERS.has(toks[i]!.lower)) i--;
    if (i < 0) return { kind: 'focus', at: 0 };
    if (toks[i]!.text === ',' || toks[i]!.text === ';') return { kind: 'coordinated', at: toks[i + 1]!.start };
    // "Poi mister Diana che torna dopo avere allenato le giovanili e dichiara: …": a relative's antecedent, named
    // right before its "che", is the subject of the verb coordinated with the relative's own
    for (let c = i; c >= 1 && i - c <= 15 && toks[c]!.word; c--) {
      if (toks[c]!.lower !== 'che' || !isNameToken(toks[c - 1])) continue;
      const named = subjectBefore(toks, frame, c);
      if (named.kind === 'name' && (named.role || named.name.includes(' '))) return named;
      // ("Ha preso la parola anche Dara che non ha nascosto i ritardi ma ha evidenziato …": a surname alone, when the
      // article names that person in full)
      if (named.kind === 'name' && c - 1 === toks.findIndex((x) => x.start === named.at)) return { ...named, known: true };
      break;
    }
    return { kind: 'none' };
  }
  // "il Presidente ha detto", "il Sottosegretario ha sottolineato": an office capitalised by deference after its
  // article is a role, not a name (read below)
  // ("la Soprintendenza dell’Umbria ha detto": the complement one word, its preposition elided onto it)
  const elidedBody = elidedComplementBody(toks, frame, j, j);
  if (elidedBody) return elidedBody;
  const officeAlone = isRoleTok(t) && t.cap && ARTICLES.has(toks[j - 1]?.lower ?? '');
  if (!officeAlone && (isNameToken(t) || (t.word && /^\d{1,2}$/.test(t.text) && isNameToken(toks[j - 1])))) {
    const end = j;
    const last = isNameToken(t) ? j : j - 1;
    const start = nameStartBack(toks, last);
    if (!isNameToken(toks[start])) return { kind: 'none' };
    // "Llama 2 afferma": products with a number are not speakers
    if (end !== last) return { kind: 'none' };
    // "L’Amministrazione Comunale ricorda …": a capitalised noun with the article elided onto it, then only adjectives
    // of an institution ("Comunale", "Sanitaria", "Regionale"), is one name (an office before a person's name is read
    // below: "L’Assessore Marco Neri ha detto")
    const opener = toks[start - 1];
    const elided = elidedName(opener);
    if (elided && opener!.end + 1 === toks[start]!.start && toks.slice(start, end + 1).every((w) => INSTITUTION_ADJECTIVE.test(w.lower))) {
      return { kind: 'name', name: frame.slice(elided.at, toks[end]!.end), at: elided.at };
    }
    const name = sliceText(frame, toks, start, end + 1);
    const titles: Tok[] = [];
    let p = start - 1;
    // (with the adjectives that qualify the office between it and the name: "il direttore artistico Paola Pedrazzini")
    for (;;) {
      if (p >= 0 && toks[p]!.word && isTitle(toks[p]!)) titles.unshift(toks[p--]!);
      else if (p >= 1 && toks[p]!.word && !toks[p]!.cap && OFFICE_ADJECTIVE.test(toks[p]!.lower) && toks[p - 1]!.word && isTitle(toks[p - 1]!)) titles.unshift(toks[p--]!);
      // (and whatever word describes a person named by their age: "la ventiquattrenne keniana Rael Cherop Boiyo")
      else if (p >= 1 && toks[p]!.word && !toks[p]!.cap && AGE_NOUN.test(toks[p - 1]!.lower) && !isStopword(toks[p]!.lower, 'it') && !isPreposition(toks[p]) && !VERB_WORDS.has(toks[p]!.lower)) titles.unshift(toks[p--]!);
      else break;
    }
    // ("L’assessore Marco Neri ha detto": the office with its article elided onto it, which opens the phrase)
    const elidedOffice = p >= 0 && toks[p]!.word ? /^(?:l|un)['’](\p{L}+)$/iu.exec(toks[p]!.text) : null;
    if (elidedOffice && isTitle({ ...toks[p]!, text: elidedOffice[1]!, lower: elidedOffice[1]!.toLowerCase(), cap: /^\p{Lu}/u.test(elidedOffice[1]!) })) {
      titles.unshift({ ...toks[p]!, text: elidedOffice[1]! });
      p--;
    }
    // "la Procura di Milano ha spiegato": the complement of an institution's head noun is part of its name
    // (the head after its article, itself governed by nothing: "presso l’Università di Oxford", "della Camera dei
    // Lord" are complements)
    const head = p - 1;
    if (p >= 2 && COMPLEMENTS.has(toks[p]!.lower) && isNameToken(toks[head]) && INSTITUTION_HEADS.has(toks[head]!.lower) && articleOpensBody(toks, head) && nameEndForward(toks, head) === end + 1) {
      return { kind: 'name', name: sliceText(frame, toks, head, end + 1), at: toks[head]!.start };
    }
    // (the complement's preposition elided onto its first word: "il Museo Nazionale dell’Alto Adige spiega")
    if (toks[p] && toks[p]!.end + 1 === toks[start]!.start) {
      const body = elidedComplementBody(toks, frame, p, end);
      if (body) return body;
    }
    // "Il presidente del Consiglio Giuseppe Conte ha spiegato": after a role and its preposition, the run is the
    // organisation, then the person (the role their subject's, not a complement)
    const person = personStartInRun(toks, start, end + 1);
    // ("la vicepresidente FIAB Susanna Maggioni": the body right after the office, no preposition between, is the
    // office's)
    if (person > start && titles.length && p + titles.length === start - 1) {
      return { kind: 'name', name: sliceText(frame, toks, person, end + 1), role: sliceText(frame, toks, p + 1, person), at: toks[person]!.start };
    }
    const governor = person > start ? roleBeforePreposition(toks, start) : -1;
    if (governor >= 0) {
      // the role noun nearest before the preposition, itself governed by nothing ("la proposta del presidente …" is
      // the proposal's)
      const r = officeStart(toks, governor);
      // (over the words an office takes before it: "l’ex presidente", "il neo sindaco")
      let q = r - 1;
      while (q >= 0 && PRE_ROLE.has(toks[q]!.lower)) q--;
      // ("l’ex", "l’attuale": the article elided onto the word)
      const elided = q >= 0 && /^l['’]/u.test(toks[q]!.lower) && PRE_ROLE.has(toks[q]!.lower.slice(2));
      const article = elided || ARTICLES.has(toks[q]?.lower ?? '') || /^l['’]$/u.test(toks[q]?.lower ?? '');
      const before = article ? q - 1 : q;
      const governed = before >= 0 && (isPreposition(toks[before]) || COMPLEMENTS.has(toks[before]!.lower) || (toks[before]!.word && !article && !CLAUSE_OPENERS.has(toks[before]!.lower)));
      if (!governed) return { kind: 'name', name: sliceText(frame, toks, person, end + 1), role: sliceText(frame, toks, r, person).replace(ELIDED_PREFIX, ''), at: toks[person]!.start };
    }
    // "Il ministro dell’Economia Marco Neri ha detto", "L’assessore alla Cultura, Anna Rossi, ha detto": an office and
    // its complement right before the full name, the office's article governed by nothing
    if (!titles.length && p >= 1 && end > start) {
      let r = p;
      while (r >= 0 && p - r < 5 && !isRoleTok(toks[r])) r--;
      const last = r;
      r = officeStart(toks, r);
      const office = r >= 0 && isRoleTok(toks[r]) ? officeComplementPerson(toks, frame, last + 1, r) : undefined;
      if (office?.kind === 'name' && office.at === toks[start]!.start && office.name === name) {
        let q = r - 1;
        while (q >= 0 && PRE_ROLE.has(toks[q]!.lower)) q--;
        const elided = ELIDED_PREFIX.test(toks[r]!.text) && !/^(?:all|dall|dell|nell|sull|coll)['’]/iu.test(toks[r]!.text);
        const before = !elided && ARTICLES.has(toks[q]?.lower ?? '') ? q - 1 : q;
        // (at the head of its clause: "Secondo il ministro …" and "la proposta del ministro …" are complements)
        if ((elided || ARTICLES.has(toks[q]?.lower ?? '')) && (before < 0 || (toks[before]!.word ? CLAUSE_OPENERS.has(toks[before]!.lower) : /^[,;:(–—-]$/u.test(toks[before]!.text)))) return office;
      }
    }
    // "il presidente del Consiglio rileva": an office and the institution it heads, with the article, governed by
    // nothing, is the subject (the person holding that office)
    if (p >= 1 && COMPLEMENTS.has(toks[p]!.lower) && isRoleTok(toks[p - 1]) && ARTICLES.has(toks[p - 2]?.lower ?? '') && !isPreposition(toks[p - 3])) {
      return { kind: 'role', role: sliceText(frame, toks, p - 1, end + 1), at: toks[p - 2]!.start };
    }
    // "Rino Barca, segretario regionale Fsm-Cisl ribadisce …": the organisation ends an apposition left unclosed; the
    // subject is the full name before it
    const opened = unclosedApposition(toks, frame, start, end);
    if (opened) return opened;
    // "Sandro Gentile di Confesercenti ha spiegato", "Anna Neri della Cgil dice": a full name, then the organisation
    // it speaks for, governed by "di" — the person is the subject
    if (p >= 1 && POSSESSIVE_PREPS.has(toks[p]!.lower) && !titles.length && isNameToken(toks[p - 1])) {
      const first = nameStartBack(toks, p - 1);
      const words = toks.slice(first, p);
      if (words.length >= 2 && words.every((w) => isNameToken(w) && !isTitle(w) && !ORGANISATION_WORDS.has(w.lower) && !INSTITUTION_HEADS.has(w.lower)) && !isPreposition(toks[first - 1]) && opensClause(toks, toks[first]!.start)) {
        return { kind: 'name', name: sliceText(frame, toks, first, p), at: toks[first]!.start, person: true };
      }
    }
    // "La Cgil di Terni ha espresso …", "il Codacons di Pescara denuncia": an organisation with its article opening the
    // clause, then the place of its branch — the organisation there is the subject
    if (p >= 2 && toks[p]!.lower === 'di' && end - start <= 2 && isNameToken(toks[p - 1])) {
      const first = nameStartBack(toks, p - 1);
      const art = toks[first - 1];
      if (p - first <= 2 && /^(?:il|lo|la)$/u.test(art?.lower ?? '') && opensClause(toks, art!.start) && !toks.slice(first, p).some((w) => isTitle(w) || isRoleTok(w))) {
        return { kind: 'name', name: sliceText(frame, toks, first, end + 1), at: toks[first]!.start };
      }
    }
    // "la proposta di Rossi dice": a name governed by a preposition is not the subject
    // (unless an office's complement after the speaker's full name: "Claudio Groff coordinatore … della Provincia ha
    // detto")
    if (p >= 0 && PREPOSITIONS.has(toks[p]!.lower)) return unmarkedOfficeBefore(toks, frame, end) ?? { kind: 'none' };
    return { kind: 'name', name, ...(titles.length ? { role: titles.map((x) => x.text).join(' ') } : {}), at: toks[start]!.start };
  }
  // "Mario Rossi (Pd) ha detto", "Rossi (45 anni) ha detto": a parenthesis between the subject and its verb
  if (t.text === ')') {
    const open = parenthesisOpen(toks, j);
    if (open > 0) {
      const before = subjectBefore(toks, frame, open);
      if (before.kind === 'name' || before.kind === 'role') return before;
    }
  }
  if (t.text === ',') {
    // "L’azienda, per voce di Giuseppe Giacobello, responsabile relazioni industriali, ha definito …": who speaks
    // for the subject
    const voice = voiceBefore(toks, frame, j);
    if (voice) return voice;
    // "Mattia, che si considera molto fortunato (…), ha poi concluso", "Mario Rossi, 45 anni, ha detto": a relative
    // clause or an age set off by commas leaves the subject before it, a name opening its clause
    const inserted = insertedClause(toks, j);
    if (inserted !== undefined) {
      const before = subjectBefore(toks, frame, inserted);
      if (before.kind === 'name' && opensClause(toks, before.at)) return before;
    }
    // "Name, apposition, verb"
    let p = j - 1;
    // (a short title in quotation marks after the office's preposition is part of it: "Giandiego Monteleone, direttore
    // editoriale di “Avvocati”, ha ricordato …"; the role then stops before the title, whose words are masked)
    let titleAt = -1;
    for (; p >= 0 && toks[p]!.text !== ',' && j - p < 30; p--) {
      if (!OPEN_MARKS.has(toks[p]!.text) && !CLOSE_MARKS.has(toks[p]!.text)) continue;
      // (the title's words masked as a quotation's, or left as a title's: capitalised words)
      const open = titleAt < 0 && p === j - 1 && CLOSE_MARKS.has(toks[p]!.text) ? governedTitleOpen(toks, p) : -1;
      if (open < 0) break;
      titleAt = titleGovernor(toks, open);
      p = open;
    }
    // "Google, invece, ha detto": an adverb between commas leaves the subject before it
    if (p >= 1 && toks[p]!.text === ',' && p < j - 1 && toks.slice(p + 1, j).every((x) => x.word && (BETWEEN_SUBJECT_AND_VERB.has(x.lower) || CLAUSE_OPENERS.has(x.lower)))) {
      return subjectBefore(toks, frame, p);
    }
    // "Butti, come risulta dal resoconto, ha ricordato …": a comparative clause set off by commas leaves the subject
    // before it
    if (p >= 1 && toks[p]!.text === ',' && toks[p + 1]?.lower === 'come' && j - p <= 10 && toks.slice(p + 1, j).every((x) => x.word)) {
      return subjectBefore(toks, frame, p);
    }
    // "Vincenzo Italiano, allenatore dello Spezia, dopo la vittoria sul Chievo per 3-1, ha rilasciato …": an adjunct
    // of time or place set off by commas leaves the subject before it
    // (or a participle's phrase that is no role: "L’attore X, premiato con il Mastroianni, ha detto")
    const opener = toks[p + 1];
    // (or a gerund's: "Andrea Diana che, riconoscendo i meriti degli avversari, sottolinea …")
    // ("Alessandra Ricci, ad di Sace, ha detto": an office's abbreviation is no preposition)
    // (with an adverb of time before the participle: "Fabiano Tonielli, appena rientrato da Roma, ha dichiarato")
    const adjunct = (opensAdjunct(opener) || (PARTICIPLE_ADVERBS.has(opener?.lower ?? '') && PAST_PARTICIPLE.test(toks[p + 2]?.lower ?? ''))) && !isRoleLike(toks.slice(p + 1, j));
    if (p >= 1 && toks[p]!.text === ',' && j - p <= 20 && adjunct && toks.slice(p + 1, j).every((x) => x.word || /^[-–'’.%]$/u.test(x.text))) {
      // (read as if the verb stood right after the comma that opens the adjunct, "Name, apposition," then read whole,
      // or right before it: "Name, adjunct, verb")
      for (const at of [p + 1, p]) {
        const before = subjectBefore(toks, frame, at);
        if (before.kind === 'name' || before.kind === 'role') return before;
        // (a pronoun opening the clause: "Quest’ultimo, nella sua relazione, ha evidenziato …", "Lui, dopo la gara, ha
        // detto …")
        if (before.kind === 'focus' && PRONOUNS.has(toks[p - 1]?.lower ?? '')) return before;
      }
    }
    const segment = toks.slice(p + 1, j);
    // "Dario Costa, Verdi, si associa": a full name opening the clause, then a short apposition naming the party
    if (p >= 2 && toks[p]!.text === ',' && segment.length && segment.length <= 2 && segment.every((x) => isNameToken(x))) {
      const start = nameStartBack(toks, p - 1);
      if (p - start >= 2 && isNameToken(toks[start]) && (start === 0 || /^[.,;:“«"„]$/.test(toks[start - 1]!.text))) {
        return { kind: 'name', name: sliceText(frame, toks, start, p), at: toks[start]!.start };
      }
    }
    // "La Direttrice, dottoressa Ada Antonietti, ha illustrato …": an office opening the clause, then a courtesy title
    // and the name — the person is the name, the office theirs, the title none
    // (the title cut short with its stop: "il direttore del museo, prof. Mario Rossi, …")
    const named = toks[p + 2]?.text === '.' ? p + 3 : p + 2;
    if (p >= 1 && toks[p]!.text === ',' && segment.length >= 3 && COURTESY_TITLES.has(segment[0]!.lower.replace(/\.$/u, '')) && isNameToken(toks[named]) && nameEndForward(toks, named) === j && j - named >= 2) {
      const office = officeOpening(toks, frame, p);
      if (office) return { kind: 'name', name: sliceText(frame, toks, named, j), role: office, at: toks[named]!.start };
    }
    // "Il difensore d’ufficio, avvocatessa Valentina Nichele di Bassano, scopre": the apposition is an office without
    // its article, the name, and where the person is from
    // (not after a name opening the clause: "Alessandro Grasso, segretario Filt Cgil Sicilia, afferma …" is the name's
    // apposition, read below, whose body is capitalised)
    if (p >= 0 && toks[p]!.text === ',' && segment.length >= 3 && !segment[0]!.cap && isRoleTok(segment[0]) && !(isNameToken(toks[p - 1]) && opensClause(toks, toks[nameStartBack(toks, p - 1)]!.start))) {
      let n = p + 1;
      while (n < j && !toks[n]!.cap && isRoleTok(toks[n])) n++;
      const end = isNameToken(toks[n]) ? nameEndForward(toks, n) : n;
      const place = toks.slice(end + 1, j);
      const from = end < j && /^(?:di|da)$/.test(toks[end]!.lower) && place.length >= 1 && place.length <= 2 && place.every((x) => isNameToken(x));
      if (end - n >= 2 && (end === j || from)) return { kind: 'name', name: sliceText(frame, toks, n, end), role: sliceText(frame, toks, p + 1, n), at: toks[n]!.start };
    }
    // "…, mentre Gaetano Manfredi, Presidente ANCI, ha auspicato …": a full name opening its clause, then an office
    // capitalised with its body of one word, is the name and its office, not an office and its holder
    if (p >= 2 && toks[p]!.text === ',' && segment.length === 2 && isRoleTok(segment[0]) && segment[0]!.cap && isNameToken(toks[p - 1])) {
      const start = nameStartBack(toks, p - 1);
      // (its clause opened by a conjunction after a comma too: "…, mentre Gaetano Manfredi, …")
      const joined = /^(?:mentre|e|ed|ma)$/u.test(toks[start - 1]?.lower ?? '') && toks[start - 2]?.text === ',';
      if (p - start >= 2 && toks.slice(start, p).every((x) => isNameToken(x) && !isTitle(x)) && (opensClause(toks, toks[start]!.start) || joined)) {
        return { kind: 'name', name: sliceText(frame, toks, start, p), role: sliceText(frame, toks, p + 1, j), at: toks[start]!.start };
      }
    }
    // "Il suo vice, Dario Fo, sostiene": the name is the apposition, the role comes first
    if (p >= 0 && toks[p]!.text === ',' && segment.length && segment.every((x) => isNameToken(x)) && nameEndForward(toks, p + 1) === j) {
      const before = toks.slice(0, p);
      let from = before.length;
      while (from > 0 && toks[from - 1]!.text !== ',' && toks[from - 1]!.word) from--;
      // ("Proprio il regista, Brady Corbet, ha dichiarato": the focusing adverb is no part of the role)
      let roleFrom = from;
      while (roleFrom < p && FOCUSING_ADVERBS.has(toks[roleFrom]!.lower)) roleFrom++;
      // ("Alla cerimonia inaugurale il presidente del Museo, Massimo Terzi, …": after an adjunct opening the clause, the
      // office is the noun phrase its article opens)
      if (isPreposition(toks[roleFrom]) || /^(?:dell|nell|all|dall|sull)['’]\p{L}/u.test(toks[roleFrom]?.lower ?? '')) {
        for (let k = p - 2; k > roleFrom; k--) {
          if ((ARTICLES.has(toks[k]!.lower) && isRoleTok(toks[k + 1])) || /^l['’]\p{Ll}/u.test(toks[k]!.lower)) {
            if (isRoleLike(toks.slice(k, p))) roleFrom = k;
            break;
          }
        }
      }
      // ("Il Comandante Generale dell’Arma, Generale Salvatore Luongo, …": a rank before the name is no part of it)
      let first = p + 1;
      while (first < j - 1 && isTitle(toks[first]!) && isNameToken(toks[first + 1])) first++;
      const role = roleFrom < p && isRoleLike(toks.slice(roleFrom, p)) ? sliceText(frame, toks, roleFrom, p) : first > p + 1 ? sliceText(frame, toks, p + 1, first) : undefined;
      return { kind: 'name', name: sliceText(frame, toks, first, j), ...(role ? { role } : {}), at: toks[from]?.start ?? 0 };
    }
    if (p >= 1 && toks[p]!.text === ',' && isNameToken(toks[p - 1])) {
      const appos = toks.slice(p + 1, titleAt >= 0 ? titleAt : j);
      const start = nameStartBack(toks, p - 1);
      // (not a place a preposition governs, before the subject set off by commas: "da Pordenone, il presidente locale
      // Gianpiero Zanolin, spiega")
      if (appos.length && isRoleLike(appos) && !isPreposition(toks[start - 1])) {
        return { kind: 'name', name: sliceText(frame, toks, start, p), role: sliceText(frame, toks, p + 1, titleAt >= 0 ? titleAt : j), at: toks[start]!.start };
      }
      // "Paolo Camporini e Claudio Salvagni, difensori di Massimo Bossetti, chiedono …": two people named together, then
      // their office in the plural, which is no one's office alone (the verb's joint subjects are read from the clause:
      // `jointSubjectsOf`)
      if (titleAt < 0 && appos.length && !appos[0]!.cap && isPluralRole(appos[0]!.lower) && /^(?:e|ed)$/u.test(toks[start - 1]?.lower ?? '') && isNameToken(toks[start - 2])) {
        return { kind: 'name', name: sliceText(frame, toks, start, p), at: toks[start]!.start };
      }
      // "Marco Rossi, visibilmente commosso, ha detto …": a full name opening its clause, then a short phrase in lower
      // case that is no office and no clause (no verb, no conjunction, no relative) — the name is the subject
      const described =
        titleAt < 0 && appos.length <= 6 && p - start >= 2 && opensClause(toks, toks[start]!.start) &&
        toks.slice(start, p).every((x) => isNameToken(x)) &&
        appos.every((x) => x.word && !x.cap && !FOCUS_AUXILIARIES.has(x.lower) && !/^(?:e|ed|o|né|ma|che|cui|non|si)$/.test(x.lower));
      if (described) return { kind: 'name', name: sliceText(frame, toks, start, p), at: toks[start]!.start };
    }
    // "Il medico, marito della senatrice Nicoletta Spelgatti, si era dichiarato …": an office with its article opening
    // the clause, then an apposition, is the subject (the name inside the apposition is someone else)
    const office = p >= 1 && toks[p]!.text === ',' && segment.length ? roleNounPhrase(toks, p - 1) : undefined;
    if (office && (office.start === 0 || !toks[office.start - 1]!.word) && !/^(?:e|ed|o|né)$/.test(segment[0]!.lower)) {
      return { kind: 'role', role: office.role, at: toks[office.start]!.start };
    }
    return { kind: 'coordinated', at: toks[j + 1]?.start ?? t.end };
  }
  // "il leader di Confartigiani, Dario Costa, che al congresso chiede di …": a relative clause on a name
  for (let c = j; c >= Math.max(1, j - 6) && toks[c]!.word && !isNameToken(toks[c]); c--) {
    if (toks[c]!.lower !== 'che' || toks[c - 1]?.text !== ',' || !isNameToken(toks[c - 2])) continue;
    const start = nameStartBack(toks, c - 2);
    // only a person's full name in apposition (", Dario Costa, che"), not "degli Stati Uniti, che"
    const run = toks.slice(start, c - 1);
    // (or after "di": "il primo banco colpito è stato quello di Giovanni Papalia, che ha raccontato: …")
    const introduced =
      toks[start - 1]?.text === ',' ||
      isRoleTok(toks[start - 1]) ||
      (!!toks[start - 1] && isTitle(toks[start - 1]!)) ||
      (toks[start - 1]?.lower === 'di' && run.every((x) => !isTitle(x) && !isRoleTok(x) && !/['’]/u.test(x.text)));
    if (c - 2 - start >= 1 && introduced && !run.some((x) => ORGANISATION_WORDS.has(x.lower) || /^\p{Lu}{2,}$/u.test(x.text))) {
      return { kind: 'name', name: sliceText(frame, toks, start, c - 1), at: toks[start]!.start };
    }
  }
  if (t.word && (t.lower === 'che' || t.lower === 'cui' || t.lower === 'quale' || t.lower === 'quali')) return { kind: 'none' };
  // "Luca Marsico, uno dei difensori degli imputati ha commentato: …": an office in apposition, its closing comma left out
  const opened = t.word && !t.cap ? unclosedOffice(toks, frame, j) : undefined;
  if (opened) return opened;
  // "L’Istat sottolinea …": an organisation named after the elided article
  const org = elidedName(t);
  if (org && !isPreposition(toks[j - 1])) return { kind: 'name', name: org.name, at: org.at };
  // "il ministro ha detto", "l’assessora si è detta …": a role with its article and no name, not governed by a
  // preposition ("secondo il ministro" is a source marker; "al ministro ha scritto" is no subject)
  // "I legali infine sottolineano …": a plural office with its article opening the clause is the group that last
  // spoke together
  if (t.word && !t.cap && isPluralRole(t.lower) && /^(?:i|gli|le)$/.test(toks[j - 1]?.lower ?? '') && (j === 1 || !toks[j - 2]!.word || CLAUSE_OPENERS.has(toks[j - 2]!.lower))) {
    return { kind: 'pair', at: toks[j - 1]!.start };
  }
  const phrase = roleNounPhrase(toks, j);
  if (phrase && !isPreposition(toks[phrase.start - 1])) return { kind: 'role', role: phrase.role, at: toks[phrase.start]!.start };
  // "Il procuratore nazionale antimafia ha riferito …": the office with its adjectives, written whole, so that of
  // several the article names with the office the one it gives that way is found
  for (let b = j - 1; b >= j - 2 && b >= 1; b--) {
    const qualified = roleNounPhrase(toks, b);
    if (!qualified || isPreposition(toks[qualified.start - 1]) || !toks.slice(b + 1, j + 1).every((x) => x.word && !x.cap && officeQualifier(x.lower))) continue;
    return { kind: 'role', role: sliceText(frame, toks, b, j + 1).replace(ELIDED_PREFIX, ''), at: toks[qualified.start]!.start };
  }
  // a document or an organisation anaphor as subject: "la memo citava", "l’azienda afferma" (not one a preposition
  // governs: "che in una nota ha evidenziato …" says where, not who)
  for (let p = j; p >= Math.max(0, j - 5); p--) {
    const doc = documentForward(toks, frame, p, j + 1);
    if (doc && doc.end === j + 1 && !isPreposition(toks[p - 1])) return { kind: 'document', head: doc.head, ...(doc.owner ? { owner: doc.owner } : {}), descriptors: doc.descriptors, at: toks[p]!.start };
  }
  const bare = t.lower.replace(/^l'/, '');
  if (ORG_ANAPHORS.has(bare) && (t.lower.startsWith("l'") || ARTICLES.has(toks[j - 1]?.lower ?? ''))) return { kind: 'organisation-anaphor', at: t.start };
  return { kind: 'none' };
}

// Whether token `k` is the preposition of "per voce di", "per bocca della" (who speaks for a group).
function voicePreposition(toks: readonly Tok[], k: number): boolean {
  return POSSESSIVE_PREPS.has(toks[k]?.lower ?? '') && /^(?:voce|bocca)$/.test(toks[k - 1]?.lower ?? '') && toks[k - 2]?.lower === 'per';
}

/**
 * The person named after "per voce di" / "per bocca di" in the clause that ends at token `last` (right before its
 * verb): the first full name after the preposition, over the office that may stand before it ("per bocca della
 * vicepresidente della commissione Sanità, Alice Aroni e di Stefano Schirru (…) hanno ribadito"). The clause is read
 * back to its start (a stop, a colon or a quotation mark).
 * @returns the person, or undefined
 */
function voiceInClause(toks: readonly Tok[], frame: string, last: number): Subject | undefined {
  for (let k = last; k >= 2 && last - k < 30; k--) {
    const t = toks[k]!;
    if (!t.word && (/^[.;:!?]$/u.test(t.text) || OPEN_MARKS.has(t.text) || CLOSE_MARKS.has(t.text))) return undefined;
    if (!voicePreposition(toks, k)) continue;
    for (let n = k + 1; n <= last && n - k < 14; n++) {
      if (!isNameToken(toks[n])) continue;
      const end = nameEndForward(toks, n);
      // (a capitalised complement of the office, "della commissione Sanità", is no name: a name is two words or more)
      if (end - n >= 2) return { kind: 'name', name: sliceText(frame, toks, n, end), at: toks[n]!.start, person: true };
      n = end - 1;
    }
    return undefined;
  }
  return undefined;
}

/**
 * "…, per voce di X[, office], verb": the person named after "per voce di" in the phrase set off by commas that ends
 * at the comma `comma` (the office in apposition after it as their role).
 */
function voiceBefore(toks: readonly Tok[], frame: string, comma: number): Subject | undefined {
  for (let v = comma - 2; v >= 2 && comma - v < 20; v--) {
    const t = toks[v]!;
    if (!t.word && t.text !== ',' && !/^['’-]$/u.test(t.text)) return undefined;
    if (t.lower !== 'voce' || toks[v - 1]?.lower !== 'per' || toks[v - 2]?.text !== ',' || !POSSESSIVE_PREPS.has(toks[v + 1]?.lower ?? '')) continue;
    const end = nameEndForward(toks, v + 2);
    if (end - (v + 2) < 2 || !isNameToken(toks[v + 2]) || toks[end]?.text !== ',') return undefined;
    const role = end < comma && isRoleLike(toks.slice(end + 1, comma)) ? sliceText(frame, toks, end + 1, comma) : undefined;
    if (end !== comma && !role) return undefined;
    return { kind: 'name', name: sliceText(frame, toks, v + 2, end), ...(role ? { role } : {}), at: toks[v + 2]!.start, person: true };
  }
  return undefined;
}

/**
 * The opening parenthesis of the parenthesis closed at token `close`, over nested ones and within 40 tokens.
 * @returns its index, or -1
 */
function parenthesisOpen(toks: readonly Tok[], close: number): number {
  let depth = 0;
  for (let k = close; k >= 0 && close - k < 40; k--) {
    if (toks[k]!.text === ')') depth++;
    else if (toks[k]!.text === '(' && --depth === 0) return k;
    else if (OPEN_MARKS.has(toks[k]!.text) || CLOSE_MARKS.has(toks[k]!.text) || /^[.;:!?]$/.test(toks[k]!.text)) return -1;
  }
  return -1;
}

// The pronouns opening a relative clause on a name: "che", "il quale", "la quale".
const RELATIVE_OPENERS = /^(?:che|il quale|la quale|i quali|le quali)$/;

/**
 * The comma opening a relative clause or an age that ends at the comma `comma` ("Mattia, che si considera fortunato
 * (ora, in piena emergenza, …), ha concluso", "Mario Rossi, 45 anni, ha detto"); a parenthesis inside is skipped.
 * @returns the opening comma's index, or undefined
 */
function insertedClause(toks: readonly Tok[], comma: number): number | undefined {
  let k = comma - 1;
  while (k > 0 && comma - k < 40 && toks[k]!.text !== ',') {
    if (toks[k]!.text === ')') {
      k = parenthesisOpen(toks, k);
      if (k < 0) return undefined;
    } else if (!toks[k]!.word && !/^[-–'’%°]$/u.test(toks[k]!.text)) return undefined; // (a degree sign is a date's: "dal 1° ottobre")
    k--;
  }
  if (k <= 0 || toks[k]!.text !== ',' || !isNameToken(toks[k - 1])) return undefined;
  const words = toks.slice(k + 1, comma).filter((x) => x.word).map((x) => x.lower);
  const relative = RELATIVE_OPENERS.test(words.slice(0, words[0] === 'che' ? 1 : 2).join(' ')) && words.length >= 3;
  const age = /^\d{1,3} anni$/.test(words.join(' '));
  return relative || age ? k : undefined;
}

/**
 * Whether the subject written at offset `at` opens its clause (after punctuation, after its role or title, or after a
 * conjunction or adverb that opens the sentence).
 */
function opensClause(toks: readonly Tok[], at: number): boolean {
  const k = toks.findIndex((x) => x.start === at);
  const before = toks[k - 1];
  // (after a conjunction or an adverb opening the sentence: "E Paolo Neri del Pd ha colto l’occasione …")
  const opener = k > 0 && before!.word && CLAUSE_OPENERS.has(before!.lower) && (k === 1 || !toks[k - 2]!.word);
  return k === 0 || (k > 0 && (!before!.word || isRoleTok(before) || isTitle(before!) || opener));
}

/**
 * The named subject of the clause before a comma: the first full name (with its office) right before a lowercase
 * word, not governed by a preposition ("Di fronte alla richiesta, la vicepresidente Sonia Viale oppone un rifiuto,
 * …" → Sonia Viale).
 * @param toks - the sentence's tokens
 * @param frame - its text
 * @param before - the token the clause ends before
 * @returns the name, or undefined
 */
export function clauseSubject(toks: readonly Tok[], frame: string, before: number): Subject | undefined {
  // "L’Enac mette a disposizione un elenco … e chiarisce che …": an organisation named after its elided article opens
  // the sentence, its verb in lower case after it
  const org = elidedName(toks[0]);
  if (org && toks[1]?.word && !toks[1].cap && before > 1) return { kind: 'name', name: org.name, at: org.at };
  for (let k = 0; k < before; k++) {
    if (!isNameToken(toks[k]) || (k > 0 && isNameToken(toks[k - 1]))) continue;
    const end = nameEndForward(toks, k);
    // ("Stanislao Saeli, procuratore militare a Verona, ha giustificato …": an office in apposition between commas)
    const apposition = appositionEnd(toks, end, before);
    const next = apposition ?? end;
    if (next >= before || !toks[next]?.word || toks[next]!.cap) continue;
    // the name opens its clause, alone or after its office ("…, la vicepresidente della giunta Sonia Viale oppone"):
    // "… per contattare Giampedrone e …" is an object
    let b = k - 1;
    while (b >= 0 && toks[b]!.word) b--;
    let lead = toks.slice(b + 1, k);
    // (over the adverbs that open a clause: "…, oggi il ministro dell’Economia X difende …")
    while (lead.length && CLAUSE_OPENERS.has(lead[0]!.lower) && lead[0]!.lower !== 'e') lead = lead.slice(1);
    if (lead.length && !(lead.length <= 6 && (ARTICLES.has(lead[0]!.lower) || /^l'/.test(lead[0]!.lower) || isRoleTok(lead[0])) && lead.some((t) => isRoleTok(t) || isTitle(t) || ROLE_SET.has(t.lower.replace(/^l'/, ''))))) continue;
    const subject = subjectBefore(toks, frame, end);
    // (a full name, or a surname after its office: "Il ministro Giorgetti ha difeso …, sostenendo che …"; or a surname
    // alone opening the sentence, of a person the article names in full: "Pignoli ha chiesto …, sottolineando come …")
    if (subject.kind === 'name' && !subject.name.includes(' ') && !subject.role && b < 0 && !lead.length && k === 0) return { ...subject, known: true };
    if (subject.kind !== 'name' || !(subject.name.includes(' ') || subject.role)) return undefined;
    return apposition !== undefined && !subject.role ? { ...subject, role: sliceText(frame, toks, end + 1, apposition - 1) } : subject;
  }
  return undefined;
}

/**
 * After a name ending at token `end`, an office in apposition set off by commas ("…, procuratore militare a Verona,"):
 * the token after its closing comma, or undefined.
 */
function appositionEnd(toks: readonly Tok[], end: number, before: number): number | undefined {
  if (toks[end]?.text !== ',') return undefined;
  let r = end + 1;
  if (ARTICLES.has(toks[r]?.lower ?? '')) r++;
  if (!isRoleTok(toks[r])) return undefined;
  for (let q = r + 1; q < before && q - r < 12; q++) {
    // ("Secondo Daniel Goldhagen, il vescovo Martin Sasse, …": an office and a full name is another person)
    if (toks[q]!.text === ',') return q - r >= 3 && toks.slice(r + 1, q).every((t) => isNameToken(t)) ? undefined : q + 1;
    if (!toks[q]!.word && !/^['’-]$/u.test(toks[q]!.text)) return undefined;
  }
  return undefined;
}

// An adjective inside an organisation's name written in lower case: "(Partito) democratico", "(Partito) socialista",
// "(Unione) piemontese", "(Consiglio) regionale".
const ORG_ADJECTIVE = /^\p{Ll}{3,}(?:ale|ali|ic[oaie]|iv[oaie]|ari[oa]|ari|ier[oaie]|ist[aie]|es[ei]|an[oaie])$/u;

// An adjective qualifying an office: "regionale", "provinciale", "generale", "tecnico", "esecutivo", "straordinario".
const OFFICE_ADJECTIVE = /^\p{Ll}{3,}(?:ale|ali|ic[oaie]|iv[oaie]|ari[oa]|ari|ier[oaie])$/u;
// (also after the office's noun as its subject: "uscente", "antimafia", "aggiunto": "il procuratore nazionale
// antimafia ha riferito", "il procuratore aggiunto ha spiegato")
const officeQualifier = (word: string): boolean => OFFICE_ADJECTIVE.test(word) || /^(?:\p{Ll}{3,}ent[ei]|anti\p{Ll}{3,}|aggiunt[oaie])$/u.test(word);

/**
 * An office in lower case right after a full name, its comma left out ("spiega Claudio Groff coordinatore del settore
 * Grandi carnivori della Provincia"), up to the clause's next mark, a relative or a conjunction.
 * @param start - the name's first token
 * @param end - the token after the name
 * @returns the office as written, or undefined
 */
function officeUnmarked(toks: readonly Tok[], frame: string, start: number, end: number): string | undefined {
  const t = toks[end];
  if (end - start < 2 || !t || t.cap || !isRoleTok(t) || ELIDED_PREFIX.test(t.text)) return undefined;
  let q = end + 1;
  while (toks[q] && !/^[,.;:!?…()«»“”"–—-]$/u.test(toks[q]!.text) && !/^(?:che|cui|e|ed)$/u.test(toks[q]!.lower)) q++;
  const appos = toks.slice(end, q);
  return isRoleLike(appos) && !appos.some((x) => FOCUS_AUXILIARIES.has(x.lower)) ? sliceText(frame, toks, end, q) : undefined;
}

// The longest gerund clause set between commas after a reporting verb, in tokens.
const GERUND_INSERT_MAX = 14;

/**
 * Where a gerund's clause that opens at comma `k` closes: the comma after it, within the same sentence and
 * before any quotation mark ("Lo ha detto, parlando all’emittente Canale 50, il comandante …").
 * @returns the closing comma's token index, or undefined when no such clause opens at `k`
 */
export function gerundInsertEnd(toks: readonly Tok[], k: number): number | undefined {
  if (!toks[k + 1]?.word || toks[k + 1]!.cap || !GERUND.test(toks[k + 1]!.lower)) return undefined;
  return closingComma(toks, k, k + GERUND_INSERT_MAX, (t) => /^[.;:!?…«»“”"()–—]$/u.test(t.text));
}

/**
 * The comma that closes an insert opened at comma `k`, its first word at `k + 1`: the first comma up to token `last`,
 * unless a mark that `stops` it comes first.
 */
function closingComma(toks: readonly Tok[], k: number, last: number, stops: (mark: Tok) => boolean): number | undefined {
  for (let j = k + 2; j < toks.length && j <= last; j++) {
    if (toks[j]!.text === ',') return j;
    if (!toks[j]!.word && stops(toks[j]!)) return undefined;
  }
  return undefined;
}

// How many tokens an adjunct set off by commas after a verb of saying may hold ("a caldo", "ai microfoni del Tg1").
const ADJUNCT_INSERT_MAX = 6;

/**
 * Where a short adjunct that opens at comma `k` closes: the comma after it, the adjunct opened by a preposition, a
 * time word or a participle ("…, ha commentato, a caldo, Marco Mottola"), made of words only.
 * @returns the closing comma's token index, or undefined when no such adjunct opens at `k`
 */
function adjunctInsertEnd(toks: readonly Tok[], k: number): number | undefined {
  if (!toks[k + 1]?.word || toks[k + 1]!.cap || !opensAdjunct(toks[k + 1])) return undefined;
  return closingComma(toks, k, k + 1 + ADJUNCT_INSERT_MAX, (t) => !/^['’]$/u.test(t.text));
}

/**
 * Where a short adjunct between commas at `k` closes when an office with its article follows it: "A comunicarlo,
 * attraverso il proprio profilo Facebook, il primo cittadino …" (the adjunct's own name is no subject).
 * @returns the closing comma's token index, or undefined
 */
export function adjunctBeforeOfficeEnd(toks: readonly Tok[], k: number): number | undefined {
  const end = adjunctInsertEnd(toks, k);
  if (end === undefined) return undefined;
  const office = (j: number) => isRoleTok(toks[j]) || firstCitizenAt(toks, j);
  return ARTICLES.has(toks[end + 1]?.lower ?? '') && office(end + 2) ? end : undefined;
}

/** The subject written right after an inverted verb ("…, dice Lambert, un ricercatore …"). */
export function subjectAfter(toks: readonly Tok[], frame: string, vEnd: number): Subject | 'nothing' | undefined {
  let k = vEnd + 1;
  // (over adverbs: "lo ha denunciato recentemente anche Draghi", "l'ha detto perfino Franceschini")
  while (toks[k] && toks[k]!.word && (FOCUSING_ADVERBS.has(toks[k]!.lower) || toks[k]!.lower === 'inoltre' || (!toks[k]!.cap && /^\p{Ll}{4,}mente$/u.test(toks[k]!.lower)))) k++;
  const t = toks[k];
  // "Lo ha detto, parlando all’emittente Canale 50, il comandante …, Ugo Neri": a gerund's clause between commas
  // after the verb is set aside, and the subject follows it
  const gerundEnd = t?.text === ',' ? gerundInsertEnd(toks, k) : undefined;
  if (gerundEnd !== undefined) return subjectAfter(toks, frame, gerundEnd);
  // "“È uscita la verità”, ha commentato, a caldo, Marco Mottola": a short adjunct between commas after the verb, then
  // a name — the subject
  const adjunctEnd = t?.text === ',' ? adjunctInsertEnd(toks, k) : undefined;
  if (adjunctEnd !== undefined) {
    const subject = subjectAfter(toks, frame, adjunctEnd);
    if (subject && subject !== 'nothing' && subject.kind === 'name') return subject;
  }
  // ("“…”, sbotta, Alfio Cosentino.": a comma between the verb and a full name that ends the sentence)
  if (t?.text === ',' && isNameToken(toks[k + 1])) {
    const end = nameEndForward(toks, k + 1);
    if (end - (k + 1) >= 2 && personRun(toks.slice(k + 1, end)) && (!toks[end] || /^[.;!?…]$/u.test(toks[end]!.text))) return { kind: 'name', name: sliceText(frame, toks, k + 1, end), at: toks[k + 1]!.start };
  }
  if (!t || (!t.word && /^[,.;:!?…)]$/.test(t.text))) return 'nothing';
  // "«…», fanno sapere dalla Questura di Bologna.", "commentano dal Comune": an office or a body named after "da",
  // closing the clause, speaks through the people in it
  if (/^(?:da|dal|dalla|dallo|dai|dagli|dalle)$/u.test(t.lower) && isNameToken(toks[k + 1])) {
    const end = nameEndForward(toks, k + 1);
    if (!toks[end] || /^[,.;:!?…–—-]$/u.test(toks[end]!.text)) return { kind: 'name', name: sliceText(frame, toks, k + 1, end), at: toks[k + 1]!.start };
  }
  // "Nel 2019, ricorda l’associazione, sono stati …", "…, spiega la società.": the organisation named before, alone
  // after the verb
  const anaphor = t.lower.startsWith("l'") ? k : ARTICLES.has(t.lower) ? k + 1 : -1;
  if (anaphor >= 0 && ORG_ANAPHORS.has(toks[anaphor]?.lower.replace(/^l'/, '') ?? '') && (!toks[anaphor + 1] || /^[,.;:!?…–—-]$/u.test(toks[anaphor + 1]!.text))) return { kind: 'organisation-anaphor', at: t.start };
  // "…, dicono ancora gli operai per voce di Bruno Usai di Fiom Cgil, …": who speaks for the group
  const voice = spokesperson(toks, frame, k);
  if (voice) return voice;
  const pair = pairAfter(toks, k);
  if (pair) return pair;
  // "… ha dichiarato all’agenzia Ansa Francesca Bianco", "… ha detto a Repubblica il ministro Rossi": a complement
  // after the verb is not its subject; the subject is what follows it
  const past = complementEnd(toks, k);
  if (past > k) {
    const after = subjectAfter(toks, frame, past - 1);
    return after && after !== 'nothing' && after.kind === 'name' ? after : undefined;
  }
  const titles: Tok[] = [];
  let n = k + pluralOfficeBeforeNames(toks, k);
  if ((ARTICLES.has(toks[n]?.lower ?? '') || /^l'/.test(toks[n]?.lower ?? '')) && toks[n + 1] && isTitle(toks[n + 1]!)) n++;
  // "Per l’assessore all’Istruzione Tiziana Cimaroli", "ha detto l’assessore alla Cultura Mario Rossi": the office's
  // complement, then the person
  const office = toks[n] && (isTitle(toks[n]!) || (/^l'/.test(toks[n]!.lower) && ROLE_SET.has(toks[n]!.lower.slice(2))));
  // (over the office's adjectives: "l’assessore regionale alla Sanità, Filippo Saltamartini")
  let m = n + 1;
  while (office && m < n + 3 && toks[m]?.word && !toks[m]!.cap && !isPreposition(toks[m]) && OFFICE_ADJECTIVE.test(toks[m]!.lower)) m++;
  // ("il direttore Marketing e Comunicazione del gruppo Esselunga Roberto Selva": the office's department, two
  // capitalised words joined by "e", then its complement and the person)
  const department = office && isNameToken(toks[m]) && toks[m + 1]?.lower === 'e' && isNameToken(toks[m + 2]) && isPreposition(toks[m + 3]) ? m + 3 : m;
  const complemented = office ? officeComplementPerson(toks, frame, department, k) : undefined;
  if (complemented) return complemented;
  if (department > m) {
    // (the complement's noun in lower case, then the organisation's name run into the person's: "del gruppo Esselunga
    // Roberto Selva")
    const q = toks[department + 1]?.word && !toks[department + 1]!.cap ? department + 2 : department + 1;
    const end = isNameToken(toks[q]) ? nameEndForward(toks, q) : q;
    // (a run of three words or more that the look-up cannot part keeps its last two for the person)
    const start = end > q ? personStartInRun(toks, q, end) : q;
    const person = start === q && end - q >= 3 ? end - 2 : start;
    if (person > q && end - person >= 2) return { kind: 'name', name: sliceText(frame, toks, person, end), role: sliceText(frame, toks, n, person), at: toks[person]!.start };
  }
  if (/^l'/.test(toks[n]?.lower ?? '') && ROLE_SET.has(toks[n]!.lower.slice(2)) && isNameToken(toks[n + 1])) titles.push(toks[n++]!);
  while (toks[n] && isTitle(toks[n]!) && isNameToken(toks[n + 1])) titles.push(toks[n++]!);
  // "… ha concluso il Comandante Generale": offices capitalised by deference, and no name after them, are a role
  if (titles.length && toks[n] && isTitle(toks[n]!) && !isNameToken(toks[n + 1])) return undefined;
  // "… ha detto l’Agenzia spaziale europea": an institution named after the elided article, with its adjectives
  const institution = n === k ? elidedInstitution(toks, frame, n) : undefined;
  if (institution) return { kind: 'name', ...institution };
  // "… commenta l’Istat": an organisation named after the elided article
  const org = n === k ? elidedName(toks[n]) : undefined;
  if (org) return { kind: 'name', name: org.name, at: org.at };
  // "secondo la Banca d’Italia", "ha detto il Ministero della Salute": an institution after its article
  // (with more than its head noun: "la Banca" alone may be any bank)
  if (n === k && ARTICLES.has(toks[n]?.lower ?? '') && isNameToken(toks[n + 1]) && INSTITUTION_HEADS.has(toks[n + 1]!.lower) && nameEndForward(toks, n + 1) > n + 2) n++;
  // "– sottolinea la Coldiretti –", "ha detto il Codacons.": an organisation Italian names with its article, the name
  // closing the clause (no office: "il Presidente", nor a first name: "la Meloni" is a surname, read the same way)
  // (closing an insert or the sentence, or after "secondo": "scrisse il Grande Catechismo, un manuale …" names what
  // was written)
  else if (n === k && /^(?:il|lo|la|i|gli|le)$/.test(toks[n]?.lower ?? '') && isNameToken(toks[n + 1]) && !toks[n + 1]!.initial && !isTitle(toks[n + 1]!) && !ROLE_SET.has(toks[n + 1]!.lower)) {
    const close = nameEndForward(toks, n + 1);
    const next = toks[close];
    const closing = !next || /^[-–—.;!?]$/u.test(next.text) || (next.text === ',' && toks[vEnd]?.lower === 'secondo');
    if (close - (n + 1) <= 3 && closing && toks.slice(n + 1, close).every((t) => !t.initial && t.text.length >= 2)) n++;
  }
  // "“…” continua il Consigliere provinciale": an office capitalised by deference after its article, no name after
  // it, is the office, read as in lower case
  if (n > 0 && ARTICLES.has(toks[n - 1]!.lower) && toks[n]?.cap && !toks[n]!.initial && ROLE_SET.has(toks[n]!.lower) && !isNameToken(toks[n + 1])) {
    const lowered = toks.slice();
    lowered[n] = { ...toks[n]!, cap: false };
    return subjectAfter(lowered, frame, vEnd);
  }
  if (isNameToken(toks[n])) {
    const end = nameEndForward(toks, n);
    if (/\d/.test(toks[end - 1]!.text)) return undefined;
    // "il capo Dipartimento nazionale della Protezione civile, Fabrizio Curcio": after a role, one capitalised word
    // and the words of an office up to a comma name the office; the person is the full name after the comma.
    const word = nameEndForward(toks, n, false);
    if (titles.length && word - n === 1 && toks[word]?.word && !isNameToken(toks[word])) {
      let c = word;
      while (toks[c] && toks[c]!.word && c - word < 10) c++;
      const person = toks[c]?.text === ',' && isNameToken(toks[c + 1]) ? nameEndForward(toks, c + 1) : -1;
      if (person - (c + 1) >= 2) {
        return { kind: 'name', name: sliceText(frame, toks, c + 1, person), role: sliceText(frame, toks, n - titles.length, c).replace(ELIDED_PREFIX, ''), at: toks[c + 1]!.start };
      }
    }
    // "il Presidente Aeroporti di Roma Vincenzo Nunziata": after the office, the organisation and its complement,
    // then the person (the last words of the capitalised run after the preposition)
    // (or a party's one word, where it sits, then the person: "la vicecapogruppo Pd in Regione Katia Piccardo")
    if (titles.length && (POSSESSIVE_PREPS.has(toks[end]?.lower ?? '') || (end - n === 1 && seatThenPerson(toks, end))) && isNameToken(toks[end + 1])) {
      const runEnd = nameEndForward(toks, end + 1);
      const person = personStartInRun(toks, end + 1, runEnd);
      if (person > end + 1) return { kind: 'name', name: sliceText(frame, toks, person, runEnd), role: sliceText(frame, toks, n - titles.length, person).replace(ELIDED_PREFIX, ''), at: toks[person]!.start, person: true };
    }
    const name = sliceText(frame, toks, n, end);
    let role = titles.length ? titles.map((x) => x.text).join(' ').replace(ELIDED_PREFIX, '') : undefined;
    if (toks[end]?.text === ',') {
      let q = end + 1;
      // (up to a quotation mark too: "spiega X, pescatore con la licenza per pescarlo “non hanno un grande prezzo”")
      while (toks[q] && !endsApposition(toks[q]!)) q++;
      const appos = toks.slice(end + 1, q);
      // (a verb makes it a clause: "Secondo Biraben, il medico era presente …" says what Biraben holds)
      if (appos.length && isRoleLike(appos) && !appos.some((x) => FOCUS_AUXILIARIES.has(x.lower))) role = sliceText(frame, toks, end + 1, q);
    }
    // (after a verb, not after "per" or "secondo", whose source's words may run on to what they say)
    if (!isPreposition(toks[vEnd])) role ??= officeUnmarked(toks, frame, n, end);
    return { kind: 'name', name, ...(role ? { role } : {}), at: toks[n]!.start };
  }
  const doc = documentForward(toks, frame, k);
  // (a document signed by someone says what they say: "“…”, scrive il comunicato firmato dal sindaco X")
  if (doc?.signer) return doc.signer;
  if (doc) return { kind: 'document', head: doc.head, ...(doc.owner ? { owner: doc.owner } : {}), descriptors: doc.descriptors, at: t.start };
  return undefined;
}

/**
 * Where an office ending at token `r` starts, over a word of it before ("L’amministratore delegato" of "L’amministratore
 * delegato di Acme Name"), not over the words an office takes before it ("l’ex", "il neo": see `PRE_ROLE`).
 * @param toks - the sentence's tokens
 * @param r - the office's last token
 * @returns its first token
 */
function officeStart(toks: readonly Tok[], r: number): number {
  while (r > 0 && isRoleTok(toks[r]) && isRoleTok(toks[r - 1]) && !PRE_ROLE.has(toks[r - 1]!.lower.replace(/^l['’]/u, ''))) r--;
  return r;
}

// Words that open or carry a clause of their own, which no office's complement holds.
const CLAUSE_WORDS = /^(?:che|cui|ha|hanno|è|sono|era|erano|aveva|avevano|sarà|e|o|ma|non)$/u;

/**
 * The person after an office and its complement: "l’assessore all’Istruzione Tiziana Cimaroli" (the complement elided
 * onto its preposition), "l’assessore alla Cultura Mario Rossi" (the person the last two words of the capitalised
 * run, as {@link personStartInRun} reads it). A full name only.
 * @param toks - the sentence's tokens
 * @param frame - its text
 * @param n - the token after the office's words
 * @param from - the first token of the office (with its article)
 * @returns the person with the office and its complement as role, or undefined
 */
function officeComplementPerson(toks: readonly Tok[], frame: string, n: number, from: number): Subject | undefined {
  const t = toks[n];
  if (!t?.word) return undefined;
  let person: number;
  let end: number;
  // ("l’assessore alla Salute, Massimo Russo": the complement, a comma, then the person)
  let roleEnd: number | undefined;
  const apposed = (c: number): boolean => toks[c]?.text === ',' && isNameToken(toks[c + 1]);
  // (the office as written up to a token, without its article)
  const officeUpTo = (upTo: number): string => sliceText(frame, toks, from, upTo).replace(/^(?:il|lo|la|i|gli|le)\s+/iu, '').replace(ELIDED_PREFIX, '').replace(/[\s,]+$/u, '');
  if (ELIDED_PREPOSITION_NAME.test(t.text)) {
    if (apposed(n + 1)) roleEnd = n + 1;
    person = roleEnd === undefined ? n + 1 : n + 2;
    if (roleEnd === undefined && isPreposition(toks[n + 1]) && isNameToken(toks[n + 2])) {
      // ("il rettore dell’Università di Sassari Attilio Mastino": the complement's own complement, then the person,
      // the last words of the capitalised run)
      end = nameEndForward(toks, n + 2);
      person = personStartInRun(toks, n + 2, end);
      if (person === n + 2) return undefined;
    } else {
      if (!isNameToken(toks[person])) return undefined;
      end = nameEndForward(toks, person);
    }
  } else if (isPreposition(t) && isNameToken(toks[n + 1])) {
    end = nameEndForward(toks, n + 1);
    // ("della Federazione Italiana Medici di Famiglia Luca Puccetti": an institution's name of several words goes on
    // with its own complement when the person's full name follows in the same run)
    if (end - (n + 1) >= 2 && INSTITUTION_HEADS.has(toks[n + 1]!.lower) && COMPLEMENTS.has(toks[end]?.lower ?? '') && isNameToken(toks[end + 1]) && nameEndForward(toks, end + 1) - (end + 1) >= 3) {
      end = nameEndForward(toks, end + 1);
    }
    person = personStartInRun(toks, n + 1, end);
    // ("l’assessore alle Politiche Sociali del Comune di Salerno, Paola Rossi": the complement's own complements, each
    // "di" or "del…" and a capitalised run, then the person — a full name set off by a comma, or the last words of the
    // last run)
    // (a complement elided onto its name too: "l’assessore alla Sanità dell’Emilia-Romagna, Raffaele Donini")
    const elidedHop = (c: number): boolean => ELIDED_PREPOSITION_NAME.test(toks[c]?.text ?? '');
    const hop = (c: number): boolean => (POSSESSIVE_PREPS.has(toks[c]?.lower ?? '') && isNameToken(toks[c + 1])) || elidedHop(c);
    if (person === n + 1 && !apposed(end) && hop(end)) {
      let c = end;
      let last = end + 1;
      let elided = false;
      for (let hops = 0; hops < 3 && hop(c); hops++) {
        elided = elidedHop(c);
        last = elided ? c : c + 1;
        c = elided ? (isNameToken(toks[c + 1]) ? nameEndForward(toks, c + 1) : c + 1) : nameEndForward(toks, last);
      }
      const inRun = elided ? last : personStartInRun(toks, last, c);
      if (apposed(c) && nameEndForward(toks, c + 1) - (c + 1) >= 2) {
        roleEnd = c;
        person = c + 1;
        end = nameEndForward(toks, person);
      } else if (inRun > last) {
        person = inRun;
        end = c;
      }
    }
    // ("il presidente della Fondazione Intesa San Paolo Onlus, Pietro de Sarlo": a full name set off after the run
    // is the person; the run, however long, is all the organisation's)
    const apposedFull = apposed(end) && nameEndForward(toks, end + 1) - (end + 1) >= 2;
    if (apposedFull) person = n + 1;
    // ("il capogruppo del Partito democratico Andrea Fossati": an organisation's name runs on with an adjective or two
    // in lower case, then the person)
    let a = end;
    while (person === n + 1 && !apposedFull && a - end < 2 && toks[a]?.word && !toks[a]!.cap && ORG_ADJECTIVE.test(toks[a]!.lower)) a++;
    // (an institution's run may have taken the adjective already: then the person stands right after it)
    if (person === n + 1 && !apposedFull && isNameToken(toks[a]) && nameEndForward(toks, a) - a >= 2) {
      roleEnd = a;
      person = a;
      end = nameEndForward(toks, a);
    }
    // ("La definisce … il sindaco di Colleferro Sanna.": the office's place, then a surname closing the clause — the
    // surname of a person the article names in full, or no one)
    if (person === n + 1 && end - (n + 1) === 2 && !apposed(end) && (!toks[end] || /^[.,;:!?…–—-]$/u.test(toks[end]!.text))) {
      return { kind: 'name', name: toks[end - 1]!.text, role: officeUpTo(end - 1), at: toks[end - 1]!.start, known: true };
    }
    if (person === n + 1) {
      if ((end - (n + 1) > 2 && !apposedFull) || !apposed(end)) return undefined;
      roleEnd = end;
      person = end + 1;
      end = nameEndForward(toks, person);
    }
  } else if (isPreposition(t) && toks[n + 1]?.word && !toks[n + 1]!.cap) {
    // ("ha precisato la segretaria del sindacato per la grande distribuzione Carla Rossi (…), …": a complement in lower
    // case, then a full name that closes the clause — two words, or three with a particle: a longer run may open with
    // the body's name, "del gruppo Esselunga Roberto Selva")
    person = n + 1;
    while (person < n + 9 && toks[person]?.word && !toks[person]!.cap && !VERB_WORDS.has(toks[person]!.lower) && !CLAUSE_WORDS.test(toks[person]!.lower)) person++;
    if (!isNameToken(toks[person])) return undefined;
    end = nameEndForward(toks, person);
    if (end - person > 3 || (end - person === 3 && !PARTICLES.has(toks[person + 1]!.lower)) || (toks[end] && !/^[.,;:!?…(–—-]$/u.test(toks[end]!.text))) return undefined;
  } else return undefined;
  if (end - person < 2 || /\d/.test(toks[end - 1]!.text)) return undefined;
  return { kind: 'name', name: sliceText(frame, toks, person, end), role: officeUpTo(roleEnd ?? person), at: toks[person]!.start };
}

/**
 * "… concludono i due consiglieri", "… aggiungono entrambi", "… aggiungono i tre sindaci": the two or more who last
 * spoke together, named before — the words after "i due" are lowercase (an office and its complements) up to the
 * clause's end.
 * @param toks - the sentence's tokens
 * @param k - the first token after the verb
 * @returns the pair subject, or undefined
 */
function pairAfter(toks: readonly Tok[], k: number): Subject | undefined {
  const t = toks[k];
  if (!t?.word) return undefined;
  let n: number;
  // (a plural office that names its people after it is no group: "i difensori del giovane, gli avvocati A e B")
  if (pluralOfficeBeforeNames(toks, k)) return undefined;
  if (/^(?:entrambi|entrambe|ambedue)$/.test(t.lower)) n = k + 1;
  else if (/^(?:i|gli|le)$/.test(t.lower) && /^(?:due|tre|quattro|cinque)$/.test(toks[k + 1]?.lower ?? '')) n = k + 2;
  // "… dicono i capigruppo", "… concludono i consiglieri di opposizione": a plural office with no name after it
  else if (/^(?:i|gli|le)$/.test(t.lower) && toks[k + 1]?.word && !toks[k + 1]!.cap && isPluralRole(toks[k + 1]!.lower)) n = k + 2;
  else return undefined;
  while (n < k + 7 && toks[n]?.word && !toks[n]!.cap) n++;
  // (a name after them is read as a name: "entrambi i consiglieri Rossi e Bianchi")
  return toks[n]?.word ? undefined : { kind: 'pair', at: t.start };
}

/**
 * "… affermano i consiglieri Alessandro Campus e Giuseppe Ibba", "… spiegano i consiglieri di minoranza Rossi e
 * Bianchi": the plural office before two names joined by "e", which the first name's look-up steps over (the joint
 * subjects are both names, read by {@link jointSubjects}). An office in the plural before one name, or before
 * anything else, is no such lead-in.
 * @param toks - the sentence's tokens
 * @param k - the first token after the verb
 * @returns how many tokens the lead-in takes (0 when there is none)
 */
function pluralOfficeBeforeNames(toks: readonly Tok[], k: number): number {
  if (!/^(?:i|gli|le)$/.test(toks[k]?.lower ?? '') || !isPluralRole(toks[k + 1]?.lower ?? '')) return 0;
  // the office's complements ("di minoranza", "comunali"): a few lowercase words
  let n = k + 2;
  while (n < k + 6 && toks[n]?.word && !toks[n]!.cap) n++;
  // ("i difensori del giovane, gli avvocati Alessandro Vignola e Andrea Frascherelli": the office's complement names
  // nobody, then a comma and the two, after their own plural office or alone)
  if (toks[n]?.text === ',' && n > k + 2) {
    let m = n + 1;
    if (/^(?:i|gli|le)$/.test(toks[m]?.lower ?? '') && isPluralRole(toks[m + 1]?.lower ?? '')) m += 2;
    while (m < n + 5 && toks[m]?.word && !toks[m]!.cap) m++;
    const first = isNameToken(toks[m]) ? nameEndForward(toks, m) : m;
    return first > m && /^(?:e|ed)$/.test(toks[first]?.lower ?? '') && isNameToken(toks[first + 1]) ? m - k : 0;
  }
  if (!isNameToken(toks[n])) return 0;
  const end = nameEndForward(toks, n);
  if (/^(?:e|ed)$/.test(toks[end]?.lower ?? '') && isNameToken(toks[end + 1])) return n - k;
  // ("i difensori del senatore Antonio d’Alì, Biagio Bosco e Stefano Pellegrino": the complement names someone else,
  // then the two after a comma)
  // (a surname written with its particle in lower case, "d’Alì", may end that name)
  let comma = end;
  while (comma < end + 2 && toks[comma]?.word && /^(?:d|de|di|del|della|dell|dall)['’]?\p{L}*$/u.test(toks[comma]!.lower)) comma++;
  const second = nameEndForward(toks, comma + 1);
  return toks[comma]?.text === ',' && isNameToken(toks[comma + 1]) && /^(?:e|ed)$/.test(toks[second]?.lower ?? '') && isNameToken(toks[second + 1]) ? comma + 1 - k : 0;
}

// A cleft that puts the speaker before what they say: "È stato il sindaco a spiegare: «…»", "Era stato lo stesso
// sindaco a evidenziare come …: «…»".
// (after an adverbial of order: "A seguire è Simeri a parlare: «…»", "Poi è stato il sindaco a spiegare …")
const CLEFT_OPENING = /^[^\p{L}]*(?:(?:a\s+seguire|poi|quindi|infine|subito\s+dopo|dopo)\s*,?\s+)?(?:è|e['’]|era|fu|sarà)\s+(?:stat[oaie]\s+)?/iu;
// The verbs of a cleft besides the reporting verbs' infinitives (SPEECH_INFINITIVES): taking the floor and revealing.
const CLEFT_VERB = /^(?:rivelar(?:e|lo)|lanciare|parlare|intervenire|prendere)$/;
const isCleftVerb = (word: string): boolean => SPEECH_INFINITIVES.has(word) || CLEFT_VERB.test(word);

/** The subject of a cleft opening the sentence, a name or an office: see `cleftAt`. */
export function cleftSubject(toks: readonly Tok[], frame: string): Subject | undefined {
  return cleftAt(toks, frame)?.subject;
}

/**
 * A cleft opening the sentence and what it says: its subject and the token of its verb ("È Gian Luca Sassi (Misto),
 * con un’interrogazione in Assemblea, a sollecitare la Giunta …": Sassi, "sollecitare"). The verb is one of saying
 * (any reporting verb's infinitive); a party's bracket and an insert between commas may stand before "a".
 * @returns the subject and the verb's token index, or undefined
 */
export function cleftAt(toks: readonly Tok[], frame: string): { subject: Subject; verb: number } | undefined {
  const m = CLEFT_OPENING.exec(frame);
  if (!m) return invertedCleftAt(toks, frame);
  const from = toks.findIndex((t) => t.start >= m[0].length);
  if (from < 0) return undefined;
  let inserted = false;
  for (let k = from + 1; k < Math.min(toks.length - 1, from + 30); k++) {
    if (!toks[k]!.word) {
      // (a bracket or an insert between commas; any other mark ends the search)
      if (!/^[,()]$/.test(toks[k]!.text)) return undefined;
      inserted = true;
      continue;
    }
    if (!/^(?:a|ad)$/.test(toks[k]!.lower) || !isCleftVerb(toks[k + 1]!.lower)) continue;
    if (!inserted && k > from + 12) return undefined;
    // (with an insert, the subject is what the copula opens: "È X (Misto), con …, a chiedere")
    const subject = inserted ? subjectForward(toks, frame, from, k) : subjectBefore(toks, frame, k);
    return subject && (subject.kind === 'name' || subject.kind === 'role') ? { subject, verb: k + 1 } : undefined;
  }
  return undefined;
}

/**
 * A cleft whose verb comes first: "A fargli eco è Lamaro: «…»", "A replicare è stato il sindaco Nanni": "a" and a verb
 * of saying (an infinitive of a reporting verb, with a clitic, "rispondergli", or "fare eco"), then within a few words
 * the copula and its one subject.
 * @returns the subject and the verb's token index, or undefined
 */
function invertedCleftAt(toks: readonly Tok[], frame: string): { subject: Subject; verb: number } | undefined {
  if (!/^[^\p{L}]*(?:a|ad)\s/iu.test(frame) || toks.length < 4) return undefined;
  const verb = toks[0]!.word && /^(?:a|ad)$/.test(toks[0]!.lower) ? 1 : -1;
  const v = toks[verb]?.lower ?? '';
  // (an infinitive with its clitic: "rispondergli" → "rispondere", "fargli" → "fare")
  const bare = v.replace(/(?<=r)(?:gli|le|lo|la|ne|ci|si|mi|ti|vi)$/u, 'e');
  const speaks = isCleftVerb(bare) || (bare === 'fare' && toks[verb + 1]?.lower === 'eco');
  if (verb < 0 || !speaks) return undefined;
  for (let k = verb + 1; k < Math.min(toks.length - 1, verb + 16); k++) {
    const t = toks[k]!;
    if (!t.word) {
      if (!/^[,()]$/.test(t.text)) return undefined;
      continue;
    }
    // (a plural copula gives the floor to several, "A comunicarlo sono il sindaco X e l’assessora Y": FLOOR_GIVERS)
    if (/^(?:sono|erano|furono|saranno)$/u.test(t.lower)) return undefined;
    if (!/^(?:è|e['’]|era|fu|sarà)$/u.test(t.lower)) continue;
    const from = /^stat[oaie]$/u.test(toks[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    const subject = subjectForward(toks, frame, from);
    return subject && (subject.kind === 'name' || subject.kind === 'role') ? { subject, verb } : undefined;
  }
  return undefined;
}

/**
 * The person a group speaks through, within the few words after a verb: "dicono ancora gli operai per voce di Bruno
 * Usai", "spiegano i residenti per bocca del portavoce Anna Neri".
 * @param k - the first token after the verb
 */
function spokesperson(toks: readonly Tok[], frame: string, k: number): Subject | undefined {
  for (let j = k; j < k + 8 && toks[j]?.word; j++) {
    if (toks[j]!.lower !== 'per' || !/^(?:voce|bocca)$/.test(toks[j + 1]?.lower ?? '') || !/^(?:di|del|della|dello)$/.test(toks[j + 2]?.lower ?? '')) continue;
    let n = j + 3;
    const titles: Tok[] = [];
    while (toks[n] && isTitle(toks[n]!) && isNameToken(toks[n + 1])) titles.push(toks[n++]!);
    if (!isNameToken(toks[n])) return undefined;
    const end = nameEndForward(toks, n);
    if (end - n < 2) return undefined;
    return { kind: 'name', name: sliceText(frame, toks, n, end), ...(titles.length ? { role: titles.map((x) => x.text).join(' ') } : {}), at: toks[n]!.start, person: true };
  }
  return undefined;
}

/**
 * A sentence that opens "Full Name, role … Organisation" and goes on to its verb with no comma closing the apposition
 * ("Rino Barca, segretario regionale Fsm-Cisl ribadisce che …"): the full name, with the apposition as its role.
 * @param toks - the sentence's tokens
 * @param frame - the sentence (quotations blanked)
 * @param start - first token of the name right before the verb
 * @param end - its last token
 * @returns the subject, or undefined when the sentence does not open so
 */
function unclosedApposition(toks: readonly Tok[], frame: string, start: number, end: number): Subject | undefined {
  let c = start - 1;
  // (over the office's complements too, a capitalised run after its preposition: "Simone Cecchettini, il responsabile
  // regionale delle Marche della Lega Coop Pesca ha ricordato …")
  while (c >= 0 && toks[c]!.word && start - c <= 10) {
    const run = toks[c]!.cap ? nameStartBack(toks, c) : -1;
    if (!toks[c]!.cap && start - c <= 6) c--;
    else if (run >= 0 && run < start && isPreposition(toks[run - 1])) c = run - 1;
    else break;
  }
  // ("Irene Zubani, la vedova dell’imprenditore di Marcheno vorrebbe …": the office may take its article)
  const r = ARTICLES.has(toks[c + 1]?.lower ?? '') ? c + 2 : c + 1;
  // ("Paolo Viola, originario di Costigliole ha raccontato …": where the person comes from, a place of a word or two)
  const origin = /^(?:originari[oa]|nativ[oa]|residente)$/.test(toks[c + 1]?.lower ?? '') && /^(?:di|da|a)$/.test(toks[c + 2]?.lower ?? '') && c + 3 === start && end - start <= 1;
  if (c < 2 || toks[c]!.text !== ',' || !(isRoleTok(toks[r]) || origin)) return undefined;
  // ("Reggio Emilia, il sindaco Luca Vecchi ha detto …", "…, il presidente della cooperativa Mario Rossi ha spiegato
  // …": an office and its words right before a person's full name, no preposition governing it, name its holder, who
  // is the subject; the words before the comma are a place or a dateline, no one the office is said of)
  // (an office with no article, "Michele Bulgarelli, segretario generale Cgil Bologna aveva lanciato …", is the
  // apposition of the full name before it, the capitalised words after it its organisation)
  if (r === c + 2 && !isPreposition(toks[start - 1]) && personRun(toks.slice(start, end + 1))) return undefined;
  const first = nameStartBack(toks, c - 1);
  if (c - first < 2 || !isNameToken(toks[first])) return undefined;
  let o = first - 1;
  while (o >= 0 && toks[o]!.word && CLAUSE_OPENERS.has(toks[o]!.lower)) o--;
  if (o >= 0 && !openingAdjunctComma(toks, o)) return undefined;
  if (origin) return { kind: 'name', name: sliceText(frame, toks, first, c), at: toks[first]!.start, person: true };
  return { kind: 'name', name: sliceText(frame, toks, first, c), role: sliceText(frame, toks, r, end + 1), at: toks[first]!.start };
}

/**
 * Whether the comma at `c` closes an adjunct opening the sentence, a gerund's or a preposition's clause of words alone
 * ("Analizzando l’andamento dei saldi, …", "Nel corso dell’incontro, …"), after which the sentence's subject comes.
 * @param toks - the sentence's tokens
 * @param c - a token index
 */
function openingAdjunctComma(toks: readonly Tok[], c: number): boolean {
  if (toks[c]?.text !== ',' || c < 2 || c > 16) return false;
  const first = toks.findIndex((t) => t.word);
  if (first < 0 || first >= c || !toks.slice(first, c).every((t) => t.word)) return false;
  // (or a weekday's: "Martedì dopo la tragedia della centrale, …")
  return GERUND.test(toks[first]!.lower) || isPreposition(toks[first]) || WEEKDAY.test(toks[first]!.lower);
}

/**
 * "Claudio Groff coordinatore del settore Grandi carnivori della Provincia ha detto": a full name opening the sentence,
 * then an office in lower case with no comma before it, its complement up to the verb.
 * @param j - the last token before the verb
 */
function unmarkedOfficeBefore(toks: readonly Tok[], frame: string, j: number): Subject | undefined {
  for (let r = j; r >= 2 && j - r <= 12; r--) {
    const t = toks[r]!;
    if (!t.word || FOCUS_AUXILIARIES.has(t.lower) || /^(?:che|cui|e|ed)$/u.test(t.lower)) return undefined;
    if (t.cap || !isRoleTok(t) || ELIDED_PREFIX.test(t.text) || !isNameToken(toks[r - 1])) continue;
    const first = nameStartBack(toks, r - 1);
    let o = first - 1;
    while (o >= 0 && toks[o]!.word && CLAUSE_OPENERS.has(toks[o]!.lower)) o--;
    if (r - first < 2 || (o >= 0 && !openingAdjunctComma(toks, o)) || !toks.slice(first, r).every((x) => isNameToken(x) && !isTitle(x) && !ORGANISATION_WORDS.has(x.lower))) return undefined;
    return { kind: 'name', name: sliceText(frame, toks, first, r), role: sliceText(frame, toks, r, j + 1), at: toks[first]!.start };
  }
  return undefined;
}

/**
 * "Luca Marsico, uno dei difensori degli imputati ha commentato": a full name opening the sentence, then an apposition
 * that is an office, in lower case, up to the verb (its closing comma left out).
 * @param j - the last token before the verb
 */
function unclosedOffice(toks: readonly Tok[], frame: string, j: number): Subject | undefined {
  let c = j;
  while (c >= 0 && toks[c]!.word && !toks[c]!.cap && j - c < 8) c--;
  if (c < 2 || toks[c]!.text !== ',' || !isRoleLike(toks.slice(c + 1, j + 1))) return undefined;
  const first = nameStartBack(toks, c - 1);
  if (c - first < 2 || !toks.slice(first, c).every((x) => isNameToken(x))) return undefined;
  let o = first - 1;
  while (o >= 0 && toks[o]!.word && CLAUSE_OPENERS.has(toks[o]!.lower)) o--;
  if (o >= 0 && toks[o]!.word) return undefined;
  return { kind: 'name', name: sliceText(frame, toks, first, c), role: sliceText(frame, toks, c + 1, j + 1), at: toks[first]!.start };
}

/** Prepositions (with or without an article) that open a complement of a verb of saying: "ha detto a", "al", "alla". */
const TO_PREPOSITIONS: ReadonlySet<string> = new Set(['a', 'ad', 'al', 'alla', 'allo', 'ai', 'agli', 'alle']);
// Prepositions of where something is written or said: "su Facebook", "via Twitter".
const MEDIUM_PREPOSITIONS: ReadonlySet<string> = new Set(['su', 'sul', 'sulla', 'sui', 'sulle', 'via', 'tramite']);

/**
 * Where a complement right after a verb of saying ends, when a subject follows it: "all’agenzia Ansa" before
 * "Francesca Bianco", "a Repubblica" before "il ministro Rossi". The complement is a preposition (elided onto its noun
 * or not), a few words in lower case, then the one capitalised word that names them (an agency, a paper), followed by
 * a full name (after a noun in lower case only) or an article; "a Mario Rossi" (said to someone) has no subject after
 * it.
 * @param toks - the sentence's tokens
 * @param k - the first token after the verb
 * @returns the index of the first token after the complement, or `k` when none stands there
 */
export function complementEnd(toks: readonly Tok[], k: number): number {
  const t = toks[k];
  if (!t?.word) return k;
  // "Lo afferma incontrando i giornalisti a Catania il ministro …": a gerund's phrase, then the subject's article and
  // office (within ten words)
  if (!t.cap && GERUND.test(t.lower)) {
    for (let a = k + 1; a < toks.length && a - k <= 10 && toks[a]!.word; a++) {
      if (ARTICLES.has(toks[a]!.lower) && !isPreposition(toks[a - 1]) && isRoleTok(toks[a + 1]) && a > k + 2) return a;
    }
    return k;
  }
  const elided = /^(?:all|dall|sull|nell)['’]\p{Ll}/u.test(t.text);
  // "spiega all’Adnkronos Salute il virologo …": a preposition elided onto a name, the name's other capitalised words,
  // then the article of the subject
  if (/^(?:all|dall|sull|nell)['’]\p{Lu}/u.test(t.text)) {
    let run = 0;
    while (isNameToken(toks[k + 1 + run]) && toks[k + 1 + run]!.start <= (toks[k + run]?.end ?? 0) + 1) run++;
    if (run >= 1 && ARTICLES.has(toks[k + 1 + run]?.lower ?? '')) return k + 1 + run;
  }
  // "Lo scrive su Facebook Francesco Turco, …": where it is written, one capitalised word, then the person's full name
  // (or a noun before it, as the complements of "a" are read below: "ha spiegato sulla pagina Facebook del Comune il
  // sindaco …", "sul profilo Instagram il sindaco …")
  if (MEDIUM_PREPOSITIONS.has(t.lower)) {
    let run = 0;
    while (isNameToken(toks[k + 1 + run]) && (run === 0 || toks[k + 1 + run]!.start <= toks[k + run]!.end + 1)) run++;
    if (run >= 1) return run >= 3 && !toks[k + 2]!.particle ? k + 2 : k;
  }
  // "lo ha detto in conferenza stampa il premier …", "ha spiegato durante la seduta il sindaco …": a complement of
  // where or when, in lower-case words, then the subject's article and office
  if (isPreposition(t) || t.lower === 'durante') {
    const officeAt = (a: number) => ARTICLES.has(toks[a]?.lower ?? '') && isRoleTok(toks[a + 1]);
    let a = k + 1;
    while (toks[a]?.word && !toks[a]!.cap && !isPreposition(toks[a]) && a - k <= 4 && !officeAt(a)) a++;
    if (a > k + 1 && officeAt(a)) return a;
  }
  if (!elided && !TO_PREPOSITIONS.has(t.lower) && !MEDIUM_PREPOSITIONS.has(t.lower)) return k;
  // "… dice a Il Sole 24 Ore Bruno Felicetti", "a La Stampa Mario Rossi": a paper's name with its capitalised article
  // (and its numbers), then the person, the run's last two words
  if (toks[k + 1]?.cap && ARTICLES.has(toks[k + 1]!.lower)) {
    let e = k + 2;
    while ((isNameToken(toks[e]) || /^\d{1,4}$/.test(toks[e]?.text ?? '')) && toks[e]!.start <= toks[e - 1]!.end + 1) e++;
    if (e - (k + 2) >= 3 && isNameToken(toks[e - 2]) && isNameToken(toks[e - 1])) return e - 2;
  }
  let m = k + 1;
  while (toks[m]?.word && !toks[m]!.cap && !isPreposition(toks[m]) && m - k <= 3) m++;
  let run = 0;
  while (isNameToken(toks[m + run]) && (run === 0 || toks[m + run]!.start <= toks[m + run - 1]!.end + 1)) run++;
  // (a site named with its domain: "Lo aveva precisato a Fanpage.it il presidente …")
  if (run >= 1 && toks[m + run]?.text === '.' && toks[m + run]!.start === toks[m + run - 1]!.end && /^(?:it|com|net|org|eu)$/.test(toks[m + run + 1]?.text ?? '') && toks[m + run + 1]!.start === toks[m + run]!.end) run += 2;
  // (the capitalised word names the complement's noun: "all’agenzia Ansa", "al quotidiano Repubblica"; without a noun,
  // "a Turner Broadcasting System" is one name)
  const noun = elided || m > k + 1;
  if (run >= 3 && noun) return m + 1;
  // (a medium's name with digits, which no person's name has: "ha detto a Tgcom24 Gianmaria Manghi")
  if (run >= 3 && /\p{L}\d|\d\p{L}/u.test(toks[m]!.text)) return m + 1;
  if (run >= 1 && ARTICLES.has(toks[m + run]?.lower ?? '')) return m + run;
  // (the name's own complement before the article: "sulla pagina Facebook del Comune il sindaco …")
  if (run >= 1 && noun && COMPLEMENTS.has(toks[m + run]?.lower ?? '') && isNameToken(toks[m + run + 1])) {
    let e = m + run + 1;
    while (isNameToken(toks[e]) && e - (m + run) <= 3) e++;
    if (ARTICLES.has(toks[e]?.lower ?? '') && isRoleTok(toks[e + 1])) return e;
  }
  return k;
}

export const ELIDED_PREFIX = /^(?:l|un|all|dall|dell|nell|sull|coll)['’]/i;
/** Particles of Italian and foreign surnames ("Da Vinci", "Di Maio", "Del Piero", "La Russa", "Van Basten", "Dos Santos"). */
export const PARTICLES = new Set(['de', 'di', 'da', 'del', 'della', 'dei', 'la', 'lo', 'le', 'van', 'von', 'der', 'mc', 'al', 'el', 'dal', 'dalla', 'dos', 'das']);
/** A role noun, also elided ("l’assessore") or an abbreviation in capitals ("l’AD") or in lower case ("il dg"). */
export const isRoleTok = (t: Tok | undefined): boolean => {
  if (!t || !t.word) return false;
  const bare = t.text.replace(ELIDED_PREFIX, '');
  // ("l’a.d.", "l’ad", "il d.g.": an office's abbreviation with stops, or in lower case after an elided article)
  if (dottedOffice(t) || (ELIDED_PREFIX.test(t.text) && ROLE_ABBREVIATIONS.has(bare.toUpperCase()))) return true;
  // ("l’Assessore regionale dei Trasporti": an office capitalised by deference after the elided article is the office)
  // (and a former one, "L’ex-Presidente della Provincia")
  // (or after a preposition elided onto it: "presieduta dall’Arcivescovo di Palermo")
  const deferent = (/^(?:l|dall|dell|all|nell|sull)['’]\p{Lu}/iu.test(t.text) || /^[lL]['’]ex-\p{Lu}/u.test(t.text)) && ROLE_SET.has(bare.toLowerCase());
  return ROLE_ABBREVIATIONS.has(bare) || (bare === t.lower && LOWER_CASE_ABBREVIATIONS.has(bare)) || deferent || (bare === bare.toLowerCase() && ROLE_SET.has(bare.toLowerCase())) || (t.cap && !ELIDED_PREFIX.test(t.text) && ROLE_SET.has(t.lower) && TITLE_WORDS.has(t.lower));
};
/**
 * Where the complement governing a name's title opens, when the quotation mark at token `open` opens one: right after a
 * preposition ("direttore di “Avvocati”"), or after the noun a preposition governs ("direttore della Uosd “Obiettivi di
 * salute”", "responsabile del progetto “Scuola aperta”") or is elided onto ("presidente dell’associazione “Amici del
 * cuore”").
 * @returns the index of the preposition's token (the elided one's), or -1 when no preposition governs the title
 */
export function titleGovernor(toks: readonly Tok[], open: number): number {
  const k = open - 1;
  const t = toks[k];
  if (isPreposition(t)) return k;
  if (!t?.word || VERB_WORDS.has(t.lower)) return -1;
  if (isPreposition(toks[k - 1])) return k - 1;
  return /^(?:dell|nell|all|dall|sull)['’]\p{L}+$/u.test(t.lower) ? k : -1;
}

/**
 * The opening mark of a short title closed at token `close` and governed as a complement (`titleGovernor`), its words
 * masked or capitalised.
 * @returns the opening mark's token index, or -1
 */
export function governedTitleOpen(toks: readonly Tok[], close: number): number {
  let open = close - 1;
  while (open > close - 6 && isNameToken(toks[open])) open--;
  return OPEN_MARKS.has(toks[open]?.text ?? '') && toks[close]!.start - toks[open]!.end <= 40 && titleGovernor(toks, open) >= 0 ? open : -1;
}

// (a surname's particle, "Della Valle", governs nothing)
export const isPreposition = (t: Tok | undefined): boolean => !!t && t.word && !t.particle && (PREPOSITIONS.has(t.lower) || /^(?:dell|nell|all|dall|sull)'$/.test(t.lower));
/** "dell’Agenzia", "d’Italia": a preposition elided onto a capitalised word. */
export const isElidedComplement = (t: Tok | undefined): boolean => !!t && t.word && (ELIDED_PREPOSITION_NAME.test(t.text) || /^d['’]\p{Lu}/u.test(t.text));

/**
 * The full names (two capitalised words or more, no organisation's) a sentence's own words write before an offset,
 * each not governed by a preposition: "In un video anche Silvio Berlusconi attacca …: “…”" names Silvio Berlusconi,
 * "Da Palazzo Chigi …" names nobody.
 * @param toks - the sentence's tokens (its frame, quotations blanked)
 * @param frame - the frame they were read from
 * @param before - the offset they must end before
 * @returns the names as written
 */
export function fullNamesBefore(toks: readonly Tok[], frame: string, before: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < toks.length && toks[i]!.end <= before; i++) {
    if (!isNameToken(toks[i]) || isTitle(toks[i]!) || (i > 0 && isNameToken(toks[i - 1]))) continue;
    let e = i;
    // (a surname that is also a verb's form goes on with the name, as `nameEndForward` reads it: "Dario Pensa")
    while (e + 1 < toks.length && (isNameToken(toks[e + 1]) || surnameLikeVerb(toks[e + 1])) && toks[e + 1]!.end <= before && toks[e]!.end + 1 >= toks[e + 1]!.start) e++;
    // ("la segretaria dei Fratelli d’Italia Giorgia Meloni": after a role and its preposition, the person)
    const person = personStartInRun(toks, i, e + 1);
    const run = toks.slice(person, e + 1);
    const governed = person === i && (isPreposition(toks[i - 1]) || isElidedComplement(toks[i]));
    if (!governed && personRun(run)) out.push(sliceText(frame, toks, person, e + 1));
    i = e;
  }
  return out;
}

/**
 * Whether a capitalised run reads as a person's full name: two words or more, no institution's head first and no word
 * naming a body or a title (an institution's name is no person's: "si è mosso con la Regione Toscana").
 * @param run - the run's tokens
 */
export function personRun(run: readonly Tok[]): boolean {
  return run.length >= 2 && !INSTITUTION_HEADS.has(run[0]!.lower) && !run.some((t) => ORGANISATION_WORDS.has(t.lower) || isTitle(t));
}

// A name written as initials, or with capitals inside it: "FdI", "PD", "M5S", "Fsm-Cisl", "AdR".
const ACRONYM = /^\p{Lu}[\p{Ll}\d-]*[\p{Lu}\d][\p{L}\d-]*$/u;

/**
 * Where the person begins in a capitalised run that follows a role and a preposition: "il ministro della
 * Difesa Carlo Benvenuti", "il presidente di Ferrovie Lacustri Bruno Galli": the organisation comes first, the
 * person is the last two words (three with a particle: "Maria De Santis").
 */
export function personStartInRun(toks: readonly Tok[], i: number, end: number): number {
  // ("il consigliere regionale Pd Matteo Piloni": a party's initials between the office and the name)
  if (end - i >= 3 && !isPreposition(toks[i - 1]) && (ACRONYM.test(toks[i]!.text) || toks[i]!.text.length <= 2) && toks.slice(i + 1, end).every((t) => t.cap) && [1, 2, 3].some((b) => isRoleTok(toks[i - b]))) return i + 1;
  // ("il presidente di AdB Postacchini": an organisation written with a capital inside it, then a surname alone)
  if (end - i === 2 && isPreposition(toks[i - 1]) && /\p{Ll}\p{Lu}/u.test(toks[i]!.text) && ACRONYM.test(toks[i]!.text) && roleBeforePreposition(toks, i) >= 0) return i + 1;
  if (end - i < 3 || !isPreposition(toks[i - 1]) || roleBeforePreposition(toks, i) < 0) return i;
  // ("il capogruppo di FdI Carlo Riva Vercellotti": an organisation written as initials is one word; all the
  // capitalised words after it are the person)
  // (up to three words: four or more after it hold the rest of the body's name, "della CNA Veneto Ovest Cinzia
  // Fabris", read as any other run below)
  if (ACRONYM.test(toks[i]!.text) && end - i <= 4 && toks.slice(i + 1, end).every((t) => t.cap || PARTICLES.has(t.lower)) && toks[i + 1]!.cap) return i + 1;
  // (an institution's name that goes on with its own complement and the person after it holds no person yet: "della
  // Federazione Italiana Medici di Famiglia Luca Puccetti")
  if (INSTITUTION_HEADS.has(toks[i]!.lower) && COMPLEMENTS.has(toks[end]?.lower ?? '') && isNameToken(toks[end + 1]) && nameEndForward(toks, end + 1) - (end + 1) >= 3) return i;
  const start = PARTICLES.has(toks[end - 2]!.lower) && end - i >= 4 ? end - 3 : end - 2;
  // (the end of an institution's name, "Ferrovie dello Stato", is no person: the person's words are all capitalised)
  // (nor is a body's, "della Uil Scuola Rua")
  return toks.slice(start, end).every((t) => (t.cap && !ORGANISATION_WORDS.has(t.lower)) || PARTICLES.has(t.lower)) && toks[start]!.cap ? start : i;
}

/**
 * The office nearest before the preposition that governs a capitalised run starting at `i` ("il ministro della
 * Difesa …": ministro), among the nine words before it.
 * @returns its token index, or -1
 */
function roleBeforePreposition(toks: readonly Tok[], i: number): number {
  // (six words: "l’assessore al Commercio della città di Cuneo Luca Serale"; nine, over two coordinated bodies: "il
  // presidente di SiCamera e della Camera di Commercio del Basso Lazio Giovanni Acampora"; over the commas of a list
  // of complements, "il ministro dell’Istruzione, dell’Università e della Ricerca Anna Neri")
  for (let p = i - 2, n = 0; n < 9 && p >= 0 && (toks[p]!.word || (toks[p]!.text === ',' && isElidedComplement(toks[p + 1]))); n++, p--) if (isRoleTok(toks[p]) || isTitle(toks[p]!)) return p;
  return -1;
}

/** "primo cittadino", "prima cittadina": the mayor, as news calls them (`roleStem` reads it as "sindaco"). */
const firstCitizenAt = (toks: readonly Tok[], k: number): boolean => /^prim[oa]$/.test(toks[k]?.lower ?? '') && /^cittadin[oa]$/.test(toks[k + 1]?.lower ?? '');

const GOVERNOR_OF_REGION = new RegExp(
  `(?<![\\p{L}])governat(?:ore|rice)\\s+(?:della\\s+regione|(?:del|della|dell['’]\\s*|delle)\\s*(${ITALIAN_REGIONS.map(escapeRegExp).join('|')}))(?![\\p{L}])`,
  'iu',
);

/**
 * An office as its usual form, for comparing two ways of writing it: "il governatore dell’Emilia-Romagna" is
 * "presidente della Regione Emilia-Romagna" (news calls a region's president its governor); any other office as written.
 */
export function usualOffice(role: string): string {
  return role.replace(GOVERNOR_OF_REGION, (_m, region: string | undefined) => `presidente della Regione${region ? ` ${region}` : ''}`);
}

/** The role a speaker is referred to by, for matching "il ministro" with "ministro dell’Agricoltura": its first role noun, gender and number folded. */
export function roleStem(role: string): string | undefined {
  // ("il primo cittadino" is the mayor)
  if (/(?<![\p{L}])prim[oa]\s+cittadin[oa](?![\p{L}])/iu.test(role)) return 'sindac';
  for (const w of role.split(/[\s,()]+/)) {
    const bare = w.replace(ELIDED_PREFIX, '');
    // (an office written in another way is matched as its usual form: "il mister", "l’allenatore")
    const same = ROLE_EQUIVALENTS.get(bare.toLowerCase());
    if (same) return same.replace(/[aeio]$/, '');
    if (ROLE_ABBREVIATIONS.has(bare)) return bare.toLowerCase();
    // (a new holder of an office holds that office, "la neodirettrice" is "la direttrice", and an archbishop is the
    // bishop of his see)
    const lower = bare.toLowerCase().replace(/^(?:neo|arci)-?(?=\p{Ll}{4,})/u, (m, at: number, all: string) => (ROLE_NOUN_SET.has(all.slice(m.length)) ? '' : m));
    if (ROLE_SET.has(lower) && !ARTICLES.has(lower)) return lower.length > 4 ? lower.replace(/[aeio]$/, '') : lower;
  }
  return undefined;
}

// Marks that open a quoted title inside a sentence.
const TITLE_QUOTES: ReadonlySet<string> = new Set(["'", '‘', '"', '“', '«']);

/**
 * Where the search for a subject resumes after a relative clause inserted between commas at token `k` (its "che" or
 * "cui"): the closing comma, when a name of two words or more follows it ("…, di cui la scuola fa parte, Gabriella De
 * Santis"); -1 otherwise.
 */
function afterInsertedRelative(toks: readonly Tok[], k: number): number {
  let open = k - 1;
  if (toks[open]?.word && PREPOSITIONS.has(toks[open]!.lower)) open--;
  if (toks[open]?.text !== ',') return -1;
  for (let j = k + 1; j < toks.length && j - k < 15; j++) {
    const x = toks[j]!;
    if (x.text === ',') return isNameToken(toks[j + 1]) && nameEndForward(toks, j + 1) - (j + 1) >= 2 ? j : -1;
    if (!x.word) return -1;
  }
  return -1;
}

/**
 * The speaker written after a verb or an opener, past adjuncts ("Lo scrive su un social il ministro …,
 * Ugo Fabbri"): the first name not governed by a preposition ("accompagnata dal presidente Mario Ruggeri" is
 * not the subject), with the role before it ("il presidente della Regione, Marta Ferri") or after it
 * ("Paolo Serra, presidente delle Associazioni …"); a role alone ("ha aggiunto il ministro") when no name
 * follows. Stops at a clause boundary: a stop, a colon, a gerund, "che".
 * @param freeStart - the first noun phrase counts as a subject even after a preposition (the object of "dare la parola a")
 */
export function subjectForward(toks: readonly Tok[], frame: string, from: number, to = toks.length, freeStart = false): Subject | undefined {
  const limit = Math.min(to, from + 45);
  let depth = 0;
  // start of the current noun phrase and whether a preposition governs it
  let npStart = -1;
  let governed = false;
  let lastRunComplement = false;
  let roleAt = -1;
  let firstRole = -1;
  let firstGoverned = false;
  let verbAt = limit;
  // where the office's words end when a relative clause stands between them and the name
  let roleEnd = -1;
  for (let k = from; k < limit; k++) {
    const t = toks[k]!;
    if (!t.word) {
      if (t.text === '(') depth++;
      // (a bracket that closes without opening here ends what it holds: "A (capogruppo di Forza Italia), B (Misto)" — the
      // office is A's, not B's)
      else if (t.text === ')' && depth === 0 && k > from) break;
      else if (t.text === ')') depth = Math.max(0, depth - 1);
      else if (/^[.;:!?…]$/.test(t.text)) break;
      continue;
    }
    if (depth) continue;
    if (!t.cap && (t.lower === 'che' || t.lower === 'cui' || (/(?:ando|endo)$/.test(t.lower) && t.lower.length > 5))) {
      // "la dirigente dell'istituto, di cui la scuola fa parte, Gabriella De Santis": a relative clause between
      // commas inside the office's phrase, the person in apposition after it
      // (not a gerund's clause: "ha sottolineato il ministro, innescando la replica del leader della Cgil, Maurizio
      // Landini" names whom the gerund is about)
      const resume = roleAt >= 0 && (t.lower === 'che' || t.lower === 'cui') ? afterInsertedRelative(toks, k) : -1;
      if (resume < 0) break;
      if (roleEnd < 0) roleEnd = toks[k - 1]!.text === ',' ? k - 1 : k - 2;
      k = resume;
      continue;
    }
    // "Il mister ha raccontato di avere scelto la Sampdoria": a role followed by an auxiliary is that verb's subject,
    // and a name after the verb is not in apposition to it
    // (so is a verb of saying right after the office: "il cantante cita Anna Marchesini" cites her)
    if (roleAt >= 0 && !governed && !t.cap && (ROLE_VERB_AUXILIARIES.has(t.lower) || (k === roleAt + 1 && VERB_WORDS.has(t.lower)))) {
      verbAt = k;
      break;
    }
    const prevWord = (() => {
      for (let p = k - 1; p >= from; p--) if (toks[p]!.word) return toks[p];
      return undefined;
    })();
    const prevTok = toks[k - 1];
    if (isPreposition(t)) continue;
    // ("– afferma il primo cittadino ingauno –": the mayor, named by a phrase)
    if (isRoleTok(t) || firstCitizenAt(toks, k) || (ARTICLES.has(t.lower) && (isRoleTok(toks[k + 1]) || firstCitizenAt(toks, k + 1)))) {
      // (a role of two nouns, "l’amministratore delegato", is one role)
      if (npStart < 0 || (!isPreposition(prevWord) && prevTok?.text !== ',' && !isRoleTok(prevTok))) {
        npStart = k;
        governed = !(freeStart && k === from) && (isPreposition(prevWord) || /^(?:dell|nell|all|dall|sull)'/.test(t.lower));
        roleAt = k;
        if (firstRole < 0) firstRole = k;
        if (firstRole === k) firstGoverned = governed;
      }
      continue;
    }
    // "Lo comunica l’Istat": an organisation named after the elided article, opening the noun phrase
    const org = npStart < 0 && !isPreposition(prevWord) ? elidedName(t) : undefined;
    if (org) return { kind: 'name', name: org.name, at: org.at };
    // "il direttore generale dell’Azienda Ospedaliera di Terni, Andrea Casciari": an institution named after the
    // elided preposition is the office's complement however far its name runs; the person stands after the comma
    const institution = roleAt >= 0 && isElidedComplement(t) ? elidedInstitution(toks, frame, k) : undefined;
    if (institution && toks[institution.end]?.text === ',') {
      lastRunComplement = true;
      k = institution.end - 1;
      continue;
    }
    // "dell'istituto comprensivo 'Marconi'": a name in quotation marks is the title of a place or a work
    if (isNameToken(t) && prevTok && !prevTok.word && TITLE_QUOTES.has(prevTok.text)) {
      k = nameEndForward(toks, k) - 1;
      lastRunComplement = true;
      continue;
    }
    // ("– spiega la sindaca a La Voce di Genova –": a title opening with its capitalised article, after a preposition,
    // is a paper's or a work's; no person's name starts inside it)
    if (/^(?:La|Il|Lo|Le|Gli|I)$/u.test(t.text) && isPreposition(prevWord) && prevTok === prevWord && isNameToken(toks[k + 1]) && toks[k + 1]!.start === t.end + 1) {
      let e = nameEndForward(toks, k + 1);
      while (toks[e] && POSSESSIVE_PREPS.has(toks[e]!.lower) && isNameToken(toks[e + 1])) e = nameEndForward(toks, e + 1);
      k = e - 1;
      lastRunComplement = true;
      continue;
    }
    // ("il Magnifico Rettore, Prof. Aldo Bruni": a courtesy title, cut short with its stop, is no name)
    if (COURTESY_TITLES.has(t.lower) && toks[k + 1]?.text === '.' && isNameToken(toks[k + 2])) {
      k++;
      continue;
    }
    // "il vescovo della diocesi di Assisi – Nocera Umbra – Gualdo Tadino": places joined by dashes into one name are
    // the office's complement, not a person set off by dashes ("il sindaco di Roma – Mario Rossi – ha detto")
    if (isNameToken(t) && lastRunComplement && prevTok && DASHES.has(prevTok.text) && prevWord && isNameToken(prevWord)) {
      let end = nameEndForward(toks, k);
      let chained = false;
      while (toks[end] && DASHES.has(toks[end]!.text) && isNameToken(toks[end + 1])) {
        end = nameEndForward(toks, end + 1);
        chained = true;
      }
      // (or one dash, the name going on with its own complement: "il presidente di Confcommercio – Imprese per
      // l’Italia della provincia di Cuneo, Luca Chiapella")
      if (chained || (isPreposition(toks[end]) && toks[end]!.start === toks[end - 1]!.end + 1)) {
        k = end - 1;
        continue;
      }
    }
    if (isNameToken(t) && !isElidedComplement(t)) {
      let end = nameEndForward(toks, k);
      if (/\d/.test(toks[end - 1]!.text)) end--;
      if (end <= k) continue;
      // "– ha evidenziato il Magnifico Rettore –": an office capitalised by deference after its honorific, right after
      // the article, is an office, not a name
      if (end - k === 2 && !isRoleTok(t) && isRoleTok(toks[k + 1]) && prevTok?.word && ARTICLES.has(prevTok.lower) && npStart < 0) {
        let before = k - 2;
        while (before >= from && !toks[before]!.word) before--;
        npStart = k - 1;
        governed = !(freeStart && k - 1 === from) && before >= from && isPreposition(toks[before]);
        roleAt = k - 1;
        if (firstRole < 0) {
          firstRole = k - 1;
          firstGoverned = governed;
        }
        k = end - 1;
        continue;
      }
      // "il ministro dell’Istruzione, Università e Ricerca Stefania Giannini": the office's complement goes on after a
      // comma as a list of capitalised words joined by "e"; the person is the full name its last member runs into
      if (roleAt >= 0 && prevTok?.text === ',' && end - k === 1 && (isElidedComplement(prevWord) || lastRunComplement) && /^(?:e|ed)$/u.test(toks[end]?.lower ?? '') && isNameToken(toks[end + 1])) {
        const runEnd = nameEndForward(toks, end + 1);
        const person = PARTICLES.has(toks[runEnd - 2]?.lower ?? '') && runEnd - (end + 1) >= 4 ? runEnd - 3 : runEnd - 2;
        if (person > end + 1 && toks.slice(person, runEnd).every((x) => x.cap || PARTICLES.has(x.lower))) {
          let r0 = roleAt;
          if (ARTICLES.has(toks[r0]!.lower)) r0++;
          return { kind: 'name', name: sliceText(frame, toks, person, runEnd), role: sliceText(frame, toks, r0, person).replace(ELIDED_PREFIX, ''), at: toks[person]!.start };
        }
        lastRunComplement = true;
        k = runEnd - 1;
        continue;
      }
      // (or after a body's head noun and its lower-case adjectives, governed by a preposition: "nella Lista civica
      // LeAli Roberto Centi" — the body's own name, then the person's)
      let h = k - 1;
      while (h > from && toks[h]!.word && !toks[h]!.cap && INSTITUTION_ADJECTIVE.test(toks[h]!.lower)) h--;
      // (a run of two after them is the person's alone: "alla Protezione civile Marco Neri"; one word alone is the
      // body's name: "nella Lista civica LeAli a Spezia")
      const bodyHead = h < k - 1 && isNameToken(toks[h]) && INSTITUTION_HEADS.has(toks[h]!.lower) && isPreposition(toks[h - 1]);
      // ("il consigliere regionale Liguria": a region's name after an office is its complement, no person)
      if ((bodyHead && end - k === 1) || (roleAt >= 0 && ITALIAN_REGIONS.includes(sliceText(frame, toks, k, end)))) {
        lastRunComplement = true;
        k = end - 1;
        continue;
      }
      // ("la vicecapogruppo Pd in Regione Katia Piccardo": a party's one word right after the office, then where it
      // sits, is the office's; the person ends the run after the preposition)
      if (roleAt >= 0 && end - k === 1 && isRoleTok(prevWord) && seatThenPerson(toks, end)) {
        lastRunComplement = true;
        k = end - 1;
        continue;
      }
      const bodyAdjectives = bodyHead && end - k >= 3;
      const complement = (isPreposition(prevWord) && prevTok?.word === true) || bodyAdjectives;
      const conjoined = lastRunComplement && prevWord && /^(?:e|ed|o)$/.test(prevWord.lower);
      let start = k;
      // "il sindaco del Comune di Fiano Romano, Ottorino Ferilli": the office's complement, then the person in
      // apposition after the comma
      const apposed = complement && roleAt >= 0 && toks[end]?.text === ',' && isNameToken(toks[end + 1]) ? nameEndForward(toks, end + 1) : -1;
      // (the sentence may go on with an adjunct after the name: "…, Carlo Alberto Zanella in merito alle escursioni";
      // not a complement of the name, "…, Sindacato Autonomo Balneari della Confcommercio, …" is a body's)
      if (apposed - (end + 1) >= 2 && (!toks[apposed] || !toks[apposed]!.word || (!toks[apposed]!.cap && opensAdjunct(toks[apposed]) && !POSSESSIVE_PREPS.has(toks[apposed]!.lower)))) {
        start = end + 1;
        end = apposed;
      } else if (complement || conjoined) {
        // (after a body's adjectives, its name is the run's first word, the person's the rest: two words or more)
        start = bodyAdjectives && !(isPreposition(prevWord) && prevTok?.word === true) ? (toks.slice(k + 1, end).every((x) => x.cap || PARTICLES.has(x.lower)) ? k + 1 : k) : personStartInRun(toks, k, end);
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
      // (not an office capitalised by deference: "Umberto Musco, Responsabile Provveditorato Opere Pubbliche")
      if (toks[end]?.text === ',' && isNameToken(toks[end + 1]) && !complement && !ROLE_SET.has(toks[end + 1]!.lower)) {
        const next = nameEndForward(toks, end + 1);
        if (next - (end + 1) >= 2 && end - k <= 3 && (!toks[next] || /^[,.;:]$/.test(toks[next]!.text) || !toks[next]!.word)) {
          start = end + 1;
          end = next;
        }
      }
      // "il direttore sanitario Asp e presidente dell’Ordine dei medici Anselmo Madeddu": one capitalised word after an
      // office, then "e" and another office, is the first office's body; the person comes after the second
      // (not "il sindaco Rossi e presidente della Provincia", one person's two offices: a full name must follow)
      if (start === k && end - k === 1 && roleAt >= 0 && /^(?:e|ed)$/u.test(toks[end]?.lower ?? '') && isRoleTok(toks[end + 1]) && fullNameAfter(toks, end + 2, limit)) {
        lastRunComplement = true;
        continue;
      }
      // "il segretario regionale del Sib, Sindacato Italiano Balneari della Confcommercio, Romano Montagnoli": the body
      // spelt out after its initials, in apposition to the office's complement, is no person
      if (start === k && roleAt >= 0 && lastRunComplement && prevTok?.text === ',' && (ORGANISATION_WORDS.has(t.lower) || INSTITUTION_HEADS.has(t.lower))) {
        k = end - 1;
        continue;
      }
      const name = sliceText(frame, toks, start, end);
      let role: string | undefined;
      if (roleAt >= 0 && roleAt < start) {
        let r0 = roleAt;
        if (ARTICLES.has(toks[r0]!.lower)) r0++;
        let r1 = roleEnd > r0 && roleEnd < start ? roleEnd : start;
        while (r1 > r0 && !toks[r1 - 1]!.word) r1--;
        // ("il Direttore Generale ff, dottor Roberto Di Cicco": the courtesy title after the comma is no part of the office)
        if (r1 > r0) role = sliceText(frame, toks, r0, r1).replace(ELIDED_PREFIX, '').replace(/[\s,]+$/, '').replace(COURTESY_CLOSING_OFFICE, '');
      }
      if (!role && toks[end]?.text === ',') {
        let q = end + 1;
        let d = 0;
        while (toks[q] && (d > 0 || !endsApposition(toks[q]!))) {
          if (toks[q]!.text === '(') d++;
          else if (toks[q]!.text === ')') d--;
          q++;
        }
        const appos = toks.slice(end + 1, q);
        if (appos.length && !isPreposition(appos[0]) && isRoleLike(appos)) role = sliceText(frame, toks, end + 1, q);
      }
      role ??= officeUnmarked(toks, frame, start, end);
      return { kind: 'name', name, ...(role ? { role } : {}), at: toks[start]!.start };
    }
    if (ARTICLES.has(t.lower) && npStart >= 0 && !isPreposition(prevWord)) npStart = -1;
  }
  if (firstRole >= 0 && !firstGoverned) {
    // a role with no name: "ha aggiunto il ministro", "ha sottolineato il capo dello Stato"
    let r0 = firstRole;
    if (ARTICLES.has(toks[r0]!.lower)) r0++;
    let r1 = r0 + 1;
    while (r1 < verbAt && toks[r1] && toks[r1]!.word && !/(?:ando|endo)$/.test(toks[r1]!.lower) && toks[r1]!.lower !== 'che' && r1 - r0 < 6) r1++;
    return { kind: 'role', role: sliceText(frame, toks, r0, r1).replace(ELIDED_PREFIX, ''), at: toks[firstRole]!.start };
  }
  return undefined;
}

/**
 * Whether the preposition at `p` opens where an office is held ("in Regione", "al Senato", "nel Consiglio") and the
 * capitalised run after it ends in a person's name: "Pd in Regione Katia Piccardo".
 */
function seatThenPerson(toks: readonly Tok[], p: number): boolean {
  if (!/^(?:in|al|alla|nel|nella)$/u.test(toks[p]?.lower ?? '') || !isNameToken(toks[p + 1])) return false;
  return personStartInRun(toks, p + 1, nameEndForward(toks, p + 1)) > p + 1;
}

/** Whether a full name not governed by a preposition stands between `from` and `limit`, before any stop. */
function fullNameAfter(toks: readonly Tok[], from: number, limit: number): boolean {
  for (let j = from; j < limit && toks[j]; j++) {
    if (!toks[j]!.word && /^[.;:!?…,]$/u.test(toks[j]!.text)) return false;
    if (isNameToken(toks[j]) && !isElidedComplement(toks[j]!)) {
      const end = nameEndForward(toks, j);
      if (end - j >= 2 && !isPreposition(toks[j - 1])) return true;
      j = end - 1;
    }
  }
  return false;
}

/**
 * "la premier ha scherzato …", "l’assessore è arrivato …": a role with its article, and no name, as the subject
 * of a verb (not governed by a preposition). A role followed by a name ("la segretaria Carla Neri ha portato …")
 * is left alone: someone who does something is not thereby the one who speaks next.
 */
export function roleSubject(toks: readonly Tok[]): Subject | undefined {
  for (let j = 0; j < toks.length; j++) {
    const phrase = roleNounPhrase(toks, j);
    if (!phrase || isPreposition(toks[phrase.start - 1])) continue;
    if (!ROLE_SUBJECT_AUXILIARIES.has(toks[j + 1]?.lower ?? '')) continue;
    return { kind: 'role', role: phrase.role, at: toks[phrase.start]!.start };
  }
  return undefined;
}

/**
 * A role with its article ending at token `j`: "l’assessora" (one token) or "il ministro".
 * @param toks - the tokens
 * @param j - the role noun's index
 * @returns the role as written (without the elided article) and the phrase's first token, or undefined
 */
function roleNounPhrase(toks: readonly Tok[], j: number): { role: string; start: number } | undefined {
  const t = toks[j];
  if (!isRoleTok(t)) return undefined;
  const role = t!.text.replace(ELIDED_PREFIX, '');
  if (/^l'/.test(t!.lower)) return { role, start: j };
  if (ARTICLES.has(toks[j - 1]?.lower ?? '')) return { role, start: j - 1 };
  // "lo stesso sindaco", "la stessa assessora"
  return /^(?:stess[oaie]|medesim[oaie])$/.test(toks[j - 1]?.lower ?? '') && ARTICLES.has(toks[j - 2]?.lower ?? '') ? { role, start: j - 2 } : undefined;
}

/** The person a sentence opens by comparing its subject with ("Come Ada Neri, presidente di …, Rossi …"). */
export function sharedStance(toks: readonly Tok[], frame: string): Subject | undefined {
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

// (the minus sign, U+2212, as some copy types the dash: "« … − sottolineano il sindaco X e il vicesindaco Y −. …»")
// (an underscore typed for a dash: "… De Cuppis_ ha sottolineato il sindaco Stefano Aguzzi_ solo …")
export const DASHES = new Set(['–', '—', '-', '−', '_']);
/**
 * Verbs that report speech only when inserted in a quotation ("– ha concluso Ferri –", "– interviene l’assessore
 * Rossi –", "– puntualizza –"); elsewhere "concludere" ends things, "intervenire" is acting and "attaccare" has an
 * object, "riportare" also brings back or suffers ("ha riportato ferite"). The journalistic verbs of taking the floor,
 * going on, retorting, reporting and warning, present and present perfect.
 */
export const INSERT_ONLY_VERB_RE =
  /^(?:(?:ha|aveva)\s+(?:concluso|proseguito|continuato|puntualizzato|chiosato|ribattuto|attaccato|tuonato|esordito|rassicurato|ammonito|ironizzato|rilanciato|riportato|fatto\s+notare|fatto\s+presente)|è\s+(?:intervenut|sbottat)[oa]|conclude|prosegue|continua|interviene|puntualizza|chiosa|ribatte|attacca|tuona|sbotta|esordisce|rassicura|ammonisce|ironizza|rilancia|riporta|fa\s+notare|fa\s+presente|si\s+legge|(?:è|viene)\s+scritto)(?![\p{L}])/iu;

// The verb of saying an insert opens with ("ha detto il ministro …"), with the verbs read only as inserts when asked.
function openingVerb(content: string, insertOnly: boolean): RegExpExecArray | null {
  // (after a clitic pronoun: "– gli fa eco X –", "– le ha risposto X –")
  const clitic = /^(?:gli|le|mi|ci|ti|vi)\s+(?=\p{L})/iu.exec(content)?.[0] ?? '';
  const rest = content.slice(clitic.length);
  const reporting = reportingVerbPattern();
  reporting.lastIndex = 0;
  const m = reporting.exec(rest) ?? (insertOnly ? INSERT_ONLY_VERB_RE.exec(rest) : null);
  if (!m || m.index !== 0) return null;
  return clitic ? Object.assign([clitic + m[0]] as unknown as RegExpExecArray, { index: 0, input: content }) : m;
}

/**
 * Whether the words after an inserted verb of saying are a group named by a common noun after its article, and nothing
 * else ("però il comitato", "la famiglia", "i residenti della zona"): no person or office, and no name.
 * @param rest - the insert's words after its verb
 */
function groupAfterVerb(rest: string): boolean {
  const toks = lex(rest);
  let k = 0;
  // (over the adverbs that set the statement against another: "commenta però il comitato", "replica invece …")
  while (toks[k]?.word && /^(?:però|invece|ancora|anche|poi|quindi|dunque)$/u.test(toks[k]!.lower)) k++;
  const t = toks[k];
  if (!t?.word || t.cap) return false;
  const noun = /^(?:l|un)'\p{Ll}/u.test(t.lower) ? k : ARTICLES.has(t.lower) ? k + 1 : -1;
  const n = toks[noun];
  const bare = n?.lower.replace(/^(?:l|un)'/u, '') ?? '';
  if (!n?.word || n.cap || isRoleTok(n) || ROLE_SET.has(bare) || !/\p{L}{4,}$/u.test(bare)) return false;
  // (not one person the article speaks of, a person noun after the definite article: "– chiarisce il ragazzo –" is
  // the student in focus; nor a document, "– termina la nota –", whose owner speaks)
  if ((/^(?:il|lo|la)$/u.test(t.lower) || /^l'/u.test(t.lower)) && isPersonNoun(bare)) return false;
  if (documentForward(toks, rest, k)) return false;
  // (an adjective or a complement without names may follow: "il comitato cittadino", "i residenti della zona")
  return toks.slice(noun + 1).every((x) => x.word && !x.cap && !isRoleTok(x));
}

// The one speaker an insert names after its opening verb.
function subjectAfterOpening(content: string, verb: string): Subject | undefined {
  const ctoks = lex(content);
  const vEnd = ctoks.findIndex((t) => t.end >= verb.length);
  // ("– dice a Il Sole 24 Ore Bruno Felicetti, direttore … –": the one spoken to, then the speaker)
  const past = complementEnd(ctoks, vEnd + 1);
  const subject = subjectForward(ctoks, content, past > vEnd + 1 ? past : vEnd + 1);
  if (subject) return subject;
  // "– si legge in una nota di Coldiretti –": the document it is read in, and whose it is
  const k = vEnd + 1;
  if (!/^(?:in|nel|nella|nello|su|sul|sulla)$/.test(ctoks[k]?.lower ?? '')) return undefined;
  const doc = documentForward(ctoks, content, k + 1);
  return doc?.owner ? { kind: 'name', name: doc.owner, at: ctoks[k + 1]!.start } : undefined;
}

/**
 * Whose words a noun of saying gives: the person or office its preposition at token `k` governs ("del sindaco Aldo
 * Bruni", "di Sara Gobbi", "dell’assessora Giulia Neri": an elided article makes one token with the office).
 * @param toks - the sentence's tokens
 * @param frame - the text they were read from
 * @param k - the preposition's token
 * @param to - the token the subject must end before
 * @returns the subject read forward, or undefined
 */
export function ownerAfterPreposition(toks: readonly Tok[], frame: string, k: number, to = toks.length): Subject | undefined {
  return subjectForward(toks, frame, toks[k]!.lower.includes("'") ? k : k + 1, to, true);
}

// "– è il commento del presidente federale Franco Brasili –", "– le parole dell’assessore X –", "- sono state le parole
// di X -": a noun of saying, then whose it is (with the words that qualify it before it: "- le poche ma significative
// parole di X -").
const SPEECH_NOUN_INSERT = /^(?:(?:è|e['’]|era|fu|sono|erano|furono|questo|questa|queste|ecco)\s+(?:stat[oaie]\s+)?)?(?:il|lo|la|le|i|gli|l['’])\s*(?:\p{Ll}+\s+){0,3}?(\p{L}+)\s+(?=(?:dell['’]|(?:di|del|della|dello|dei|degli|delle)(?![\p{L}])))/iu;
// Nouns that give someone's words only inside a quotation's insert: "– il punto del comandante X –" (the update they
// give), "– la sintesi del sindaco X –", "– è il pensiero di Giovanna –"; elsewhere "il punto", "la sintesi" and "il
// pensiero" are anything's.
const INSERT_SPEECH_NOUNS: ReadonlySet<string> = new Set(['punto', 'sintesi', 'pensiero']);
// What may follow a full name standing alone in an insert: the firm or body they speak for ("di myCicero").
const NAME_INSERT_TAIL = /^(?:\s+(?:di|del|della|dello|dei|degli|delle|dell['’])\s*[^\s,;:.!?]+(?:\s+[^\s,;:.!?]+){0,3})?\s*$/u;

/**
 * The speaker an insert with no verb names: "– è il commento del presidente federale Franco Brasili –" (a noun of
 * saying and whose it is: a person named with an office or in full), "– Giorgio Fanesi di myCicero –" (a full name
 * alone, with at most the body they speak for).
 * @param content - the insert's words, dashes left out
 * @returns the speaker, or undefined when the insert is not one of these
 */
function verblessInsertSpeaker(content: string): Subject | undefined {
  const ctoks = lex(content);
  const noun = SPEECH_NOUN_INSERT.exec(content);
  if (noun) {
    if (!SPEECH_NOUNS.has(noun[1]!.toLowerCase()) && !INSERT_SPEECH_NOUNS.has(noun[1]!.toLowerCase())) return undefined;
    const k = ctoks.findIndex((t) => t.start >= noun[0].length);
    if (!ctoks[k]) return undefined;
    const subject = ownerAfterPreposition(ctoks, content, k);
    // (a surname alone, "– le parole di Rosso –", of a person the article names in full)
    if (subject?.kind === 'name' && !subject.role && !subject.name.includes(' ')) return { ...subject, known: true };
    return subject?.kind === 'name' && (subject.role || subject.name.includes(' ')) ? subject : undefined;
  }
  // "– ancora il Sindaco –", "– così l’assessore Mario Rossi –": the verb of saying left understood, its subject alone
  // (nothing after it but the stop)
  const elliptic = /^(?:ancora|così|cosi['’]?)\s+/iu.exec(content);
  if (elliptic) {
    const k = ctoks.findIndex((t) => t.start >= elliptic[0].length);
    const subject = k >= 0 ? subjectForward(ctoks, content, k, ctoks.length, true) : undefined;
    if (subject?.kind !== 'name' && subject?.kind !== 'role') return undefined;
    const said = subject.kind === 'name' ? subject.name : subject.role;
    const end = content.indexOf(said, subject.at) + said.length;
    return end > subject.at && /^[\s.,;]*$/u.test(content.slice(end)) ? subject : undefined;
  }
  if (!isNameToken(ctoks[0])) return undefined;
  const subject = subjectForward(ctoks, content, 0, ctoks.length, true);
  if (subject?.kind !== 'name' || subject.at !== 0 || !/^\p{Lu}\S*(?:\s+\p{Lu}\S*){1,2}$/u.test(subject.name)) return undefined;
  if (subject.name.split(/\s+/u).some((w) => ORGANISATION_WORDS.has(w.toLowerCase()))) return undefined;
  return NAME_INSERT_TAIL.test(content.slice(subject.name.length)) ? subject : undefined;
}

/**
 * A reporting verb inserted in a quotation between dashes ("“Bisogna … – ha detto Vitale – Serve anche …”",
 * "“La Medaglia – ha sottolineato il capo dello Stato – premia …”", "- ha detto -"): the quoted words
 * without the inserts, and the speaker the insert names (a name or a role), or `carried` when it names nobody.
 * @param inner - the quoted words
 */
// The longest plural insert naming nobody that is still cut out of a quotation ("– affermano –", "– hanno aggiunto –").
const PLURAL_INSERT_MAX = 24;
// Those just named, counted: "le 2 associazioni", "i due sindacati", "entrambi", "entrambe le sigle", "tutti e tre".
const COUNTED_GROUP = /^\s*(?:(?:le|i|gli)\s+(?:\d+|due|tre|quattro|cinque|sei)\s+\p{Ll}+|entramb[ie](?:\s+(?:le|i|gli)\s+\p{Ll}+)?|tutt[ie]\s+e\s+(?:due|tre|quattro))\s*$/u;

export function quoteInserts(inner: string): { pieces: { text: string; offset: number }[]; subject?: Subject; also?: Subject[]; carried: boolean; plural?: boolean } {
  const dashes: number[] = [];
  for (let i = 0; i < inner.length; i++) {
    if (!DASHES.has(inner[i]!)) continue;
    const before = inner[i - 1] ?? ' ';
    const after = inner[i + 1] ?? ' ';
    // (a closing dash written against the name and before the stop: "– aggiunge l’assessora Elisa Neri-. Una …")
    if (/\s/.test(before) || /\s/.test(after) || (/[.,;:]/u.test(after) && dashes.length % 2 === 1)) dashes.push(i);
  }
  const inserts: { from: number; to: number }[] = [];
  let subject: Subject | undefined;
  let also: Subject[] = [];
  // (a plural insert naming nobody: those who last spoke together go on)
  let pluralCarried = false;
  for (let d = 0; d + 1 < dashes.length; d++) {
    const from = dashes[d]!;
    const to = dashes[d + 1]!;
    const raw = inner.slice(from + 1, to);
    const content = raw.trim();
    if (!content) continue;
    const m = openingVerb(content, true);
    if (!m) {
      // (an insert with no verb that names who speaks: "– è il commento del presidente X –", "– Giorgio Fanesi di Y –")
      const named = content.length <= 160 ? verblessInsertSpeaker(content) : undefined;
      if (!named) continue;
      inserts.push({ from, to: to + 1 });
      subject ??= named;
      d++;
      continue;
    }
    // (a long insert only when it names its speaker right after the verb: "- ha spiegato il sindaco X, reduce da una
    // nottata senza sonno per vigilare sull’allerta meteo insieme all’assessore Y e alla protezione civile -")
    if (content.length > 160 && (content.length > 280 || verbEntry(m[0]).plural || subjectAfterOpening(content, m[0])?.kind !== 'name')) continue;
    const plural = verbEntry(m[0]).plural;
    // "– hanno detto il presidente Giani e l’assessora Monia Monni –": a statement made together, each subject named.
    // (their apposition after them left out: "– spiegano A, B e C, organizzatori dell’evento e genitori … –")
    let joint: Subject[] = [];
    // (over the adjectives that say how they say it: "– dichiarano sorpresi e felici A, B e C –")
    const manner = /^\s*(?:\p{Ll}+\s+(?:e\s+)?){1,3}(?=\p{Lu})/u.exec(content.slice(m[0].length))?.[0] ?? '';
    const plainManner = manner && !manner.split(/\s+/u).some((w) => ARTICLES.has(w) || PREPOSITIONS.has(w) || /^(?:i|gli|le|il|lo|la)$/u.test(w)) && /\se\s/u.test(` ${manner}`);
    for (let words = content.slice(m[0].length + (plainManner ? manner.length : 0)), tries = 0; plural && joint.length < 2 && tries < 3 && words; tries++) {
      joint = jointSubjects(words);
      words = words.slice(0, Math.max(0, words.lastIndexOf(',')));
    }
    // ("– affermano –" with nobody named: the insert is cut out all the same; who says it is carried over)
    // ("– proseguono le 2 associazioni –", "– aggiungono entrambi –": those who spoke together, counted, are nobody new)
    if (plural && joint.length < 2 && content.length > PLURAL_INSERT_MAX && !COUNTED_GROUP.test(content.slice(m[0].length))) continue;
    let found: Subject | undefined;
    if (!plural) {
      found = subjectAfterOpening(content, m[0]);
      // (an impersonal "– si legge –" names no one, and carries no one either)
      if (!found && /^(?:si\s+legge|(?:è|viene)\s+scritto)/iu.test(content)) continue;
      // (a group named by a common noun, "– commenta però il comitato –", "– aggiunge la famiglia –": someone the article
      // does not name speaks; the insert is cut out and the words are nobody's)
      if (!found && groupAfterVerb(content.slice(m[0].length))) found = { kind: 'none' };
      // One speaker's insert is short ("– ha detto il ministro della Difesa Carlo Benvenuti –"), unless it names them
      // with their office ("– spiega la professoressa Carolina Pagli del dipartimento di Scienze della Terra
      // dell’Università di Pisa –"): a longer aside that names nobody is the speaker's own words.
      if (content.length > 90 && !found) continue;
    }
    inserts.push({ from, to: to + 1 });
    if (!subject) {
      if (joint.length) [subject, ...also] = joint;
      else if (found) subject = found;
      else if (plural) pluralCarried = true;
    }
    d++;
  }
  // "«Investire di più è la chiave – sottolinea Paolo Barberis di Nana Bianca. Se l’Italia frena …»": the last dash
  // opens an insert that a full stop closes, the quotation going on after it — when it names who speaks right after
  // its verb, in a few words
  if (dashes.length % 2 === 1 && !subject) {
    const from = dashes[dashes.length - 1]!;
    const stop = /[.!?]\s+(?=\p{Lu})/u.exec(inner.slice(from + 1));
    const content = stop ? inner.slice(from + 1, from + 1 + stop.index).trim() : '';
    const m = content && content.length <= 90 ? openingVerb(content, true) : null;
    const found = m && !verbEntry(m[0]).plural ? subjectAfterOpening(content, m[0]) : undefined;
    if (found && (found.kind === 'name' || found.kind === 'role')) {
      inserts.push({ from, to: from + 1 + stop!.index + 1 });
      subject = found;
    }
  }
  // "“Il mio assistito ha risposto, ha dichiarato l’avvocato Orlando, ha negato ogni responsabilità”": with no dashes,
  // an insert set off by commas, when it opens with a verb of saying and names its speaker in a few words.
  let byComma = false;
  if (!inserts.length && !dashes.length) {
    const commas: number[] = [];
    for (let i = 0; i < inner.length; i++) if (inner[i] === ',' && /\s/.test(inner[i + 1] ?? '')) commas.push(i);
    for (let c = 0; c + 1 < commas.length && !subject; c++) {
      const content = inner.slice(commas[c]! + 1, commas[c + 1]).trim();
      if (!content || content.length > 90) continue;
      const m = openingVerb(content, false);
      if (!m || verbEntry(m[0]).plural) continue;
      const found = subjectAfterOpening(content, m[0]);
      if (!found || (found.kind !== 'name' && found.kind !== 'role')) continue;
      inserts.push({ from: commas[c]!, to: commas[c + 1]! + 1 });
      subject = found;
      byComma = true;
    }
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
  // (an insert set off by commas is read only when it names its speaker: its pieces stand as they are)
  const kept = byComma ? pieces.filter((x) => letters(x.text) >= 3) : pieces.some((x) => letters(x.text) < 15) ? [{ text: inner, offset: 0 }] : pieces;
  return { pieces: kept, ...(subject ? { subject } : {}), ...(also.length ? { also } : {}), carried: !subject, ...(!subject && pluralCarried ? { plural: true } : {}) };
}

/**
 * The subjects of a plural reporting verb joined by "e" ("il presidente Giani e l’assessora Monia Monni", "Mann,
 * Bradley e Hughes"): each side read as a subject on its own; fewer than two when a side names nobody (then the
 * verb's subject is a group). In a list, the names before the "e" are those its commas part, read from the "e"
 * back while each part is a name and nothing else ("In una lettera a Nature, Mann, Bradley e Hughes" names three).
 * @param words - the subject's words (after the verb, or before it up to the clause's start)
 * @param office - the first subject's office when the words start after it ("Alfio Neri e quello di Agrigento …"
 *   after "il presidente della Sicilia")
 * @returns the subjects, in order
 */
export function jointSubjects(words: string, office?: string): Subject[] {
  // ("A e B, rispettivamente vice segretaria e segretario della Uil": the offices listed after "rispettivamente", with
  // their own "e", name no one more)
  let sides = words.replace(/,\s*rispettivamente\s[\s\S]*$/u, '').split(CONJUNCTION);
  // ("i segretari di Fiom, Fsm e Ulm, Roberto Forresu, Giuseppe Masala e Renato Tocco": the bodies' own "e" comes
  // first; the people's list is joined by the last one, and what stands before that list names no one more)
  const bodiesFirst = sides.length === 3 && sides[1]!.includes(',');
  if (bodiesFirst) sides = [`${sides[0]} e ${sides[1]}`, sides[2]!];
  if (sides.length !== 2) return [];
  const read = (side: string): Subject | undefined => {
    const toks = lex(side);
    const found = subjectForward(toks, side, 0, toks.length, true);
    return found && (found.kind === 'name' || found.kind === 'role') ? found : undefined;
  };
  let last = read(sides[1]!);
  // ("il presidente della Sicilia X e quello di Agrigento Y": the office of the first, of another place or body)
  const same = /^(?:quell[oa])\s+(?=(?:di|del|della|dello|dell['’])(?![\p{L}]))/iu.exec(sides[1]!);
  if (!last && same) {
    const first = read(sides[0]!);
    const head = (first?.kind === 'name' ? first.role : undefined)?.split(/\s+/u)[0] ?? office?.split(/\s+/u)[0];
    if (head && ROLE_SET.has(head.toLowerCase())) last = read(`il ${head} ${sides[1]!.slice(same[0].length)}`);
  }
  if (!last) return [];
  const parts = sides[0]!.split(/\s*,\s*/u);
  // (the comma that closes the office of the one before the "e": "A, segretario X, e C")
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  const listed: Subject[] = [];
  // how many of the parts the list has taken
  let used = 0;
  for (let i = parts.length - 1; i > 0 && listed.length < 5; i--) {
    // (a name's bracket left out: "Sarah Disabato (M5s), Gianna Pentenero (Pd) e Alice Ravinale (Avs)")
    const part = parts[i]!.replace(NAME_BRACKET, '').trim();
    // (each name with its office set off after it: "Pierino Neri, segretario Anaao Assomed, Guido Bassi, presidente
    // Cimo-Fesmed, e Antonio Verdi, presidente Nursing Up")
    const opening = lex(part)[0];
    if (opening?.word && !opening.cap && isTitle(opening)) {
      const whose = parts[i - 1]!.replace(NAME_BRACKET, '').trim();
      const named = read(whose);
      if (named?.kind !== 'name' || named.role || named.name !== whose || !named.name.includes(' ')) break;
      listed.unshift({ ...named, role: part });
      used += 2;
      i--;
      continue;
    }
    const found = read(part);
    // (the first of the list may come with the office they share: "i consiglieri di opposizione A (…), B (…) e C")
    const shared = found?.kind === 'name' && opensWithPluralOffice(part);
    if (found?.kind !== 'name' || !part.endsWith(found.name) || (part.split(/\s+/u).length > 4 && !shared)) break;
    listed.unshift(found);
    used++;
    if (shared) break;
  }
  if (!listed.length) {
    const first = read(sides[0]!);
    return first ? [first, last] : [];
  }
  // what stands before the list is one more name only when it is one, whole (after a colon that announces the list:
  // "i quattro rappresentanti degli studenti: A, B, C e D")
  const head = parts.slice(0, parts.length - used).join(', ').replace(NAME_BRACKET, '').replace(/^[^:]*:\s*/u, '').trim();
  const first = read(head);
  // (or after the office they share: "i segretari sindacali A, B e C")
  const short = head.split(/\s+/u).length <= 4 || opensWithPluralOffice(head);
  return [...(first?.kind === 'name' && head.endsWith(first.name) && short && !bodiesFirst ? [first] : []), ...listed, last];
}

// Whether words open with an office in the plural and its article ("i consiglieri di opposizione …", "I segretari …").
const opensWithPluralOffice = (words: string): boolean => {
  const office = /^(?:[Ii]|[Gg]li|[Ll]e)\s+(\p{Ll}+)\s/u.exec(words);
  return office !== null && isPluralRole(office[1]!);
};

// A short bracket after a name in a list (a party, a group: "(Pd)", "(Alleanza Sardegna)").
const NAME_BRACKET = /\s*\([^()]{1,40}\)\s*$/u;

// "e" joining two subjects.
const CONJUNCTION = /\s+(?:e|ed)\s+/u;

// A text with each short bracket blanked, offsets kept: the names of a list without their parties ("A (Pd), B (Iv)").
const withoutBrackets = (text: string): string => text.replace(/\s*\([^()]{1,60}\)/gu, (m) => ' '.repeat(m.length));

// Verbless sources ("secondo X", "a detta di X") that may name two people (see SOURCE_MARKERS).
const JOINT_SOURCE_MARKERS: ReadonlySet<string> = new Set(['secondo', 'a-detta-di', 'da-x-la-soddisfazione']);

// A plural verb in an opener that names its speakers after it ("lo hanno detto", "lo ribadiscono", "ne sono convinti").
const PLURAL_OPENER = /(?<![\p{L}])(?:hanno|avevano|sono|erano|\p{L}{3,}(?:ano|ono))(?![\p{L}])/iu;

// Where a clause's subjects end: a stop, a colon, a quotation mark or a bracket (commas part the names of a list).
const SUBJECTS_EDGE = /[.;:!?“”«»"(]/u;

/**
 * The subjects joined by "e" that a sentence writes from an offset up to the first edge character after it (the whole
 * rest when the edge comes first or not at all): "Ave Marchi e Pietro Luigi Biagioni, orgogliosi …".
 * @param frame - the sentence with its quotations blanked
 * @param at - where the first subject starts
 * @param edge - the characters that end the subjects' words (by default a stop, a colon, a quotation mark or a bracket)
 * @param office - the first subject's office, written before the offset
 * @returns the subjects, in order (see {@link jointSubjects})
 */
export function jointSubjectsFrom(frame: string, at: number, edge: RegExp = SUBJECTS_EDGE, office?: string): Subject[] {
  const rest = frame.slice(at);
  const end = rest.search(edge);
  return jointSubjects(end > 0 ? rest.slice(0, end) : rest, office);
}

/**
 * The joint subjects of a plural reporting verb ("Il presidente Giani e l’assessora Monni hanno spiegato …",
 * "“…”, hanno detto Giani e Monni"): the words between the verb and the clause's edge (quotations blanked in
 * `frame`) read by {@link jointSubjects}.
 * @param toks - the sentence's tokens
 * @param frame - the sentence with its quotations blanked
 * @param hit - a plural verb
 * @returns two subjects, or none
 */
export function jointSubjectsOf(toks: readonly Tok[], frame: string, hit: VerbHit): Subject[] {
  const first = toks[hit.tokStart];
  const last = toks[hit.tokEnd];
  if (!first || !last) return [];
  // "Lo hanno detto X e Y": an opener naming its speakers after it, with a plural verb
  const opener = hit.cataphoric && PLURAL_OPENER.test(frame.slice(first.start, last.end));
  // "Secondo Giani e Monni, …": a verbless source naming two people, the first name right before the "e"
  // The words after the verb or marker, up to the clause's edge; with `brackets` false, each name's bracket left out
  // ("secondo Vittorio Pedretti (Comitato Marche) e Fabio Luna (CONI Marche)").
  const after = (edge: RegExp, brackets = true) => {
    let rest = frame.slice(last.end);
    if (!brackets) rest = withoutBrackets(rest);
    const at = rest.search(edge);
    return (at < 0 ? rest : rest.slice(0, at)).trim();
  };
  if (JOINT_SOURCE_MARKERS.has(hit.form)) {
    const words = after(/[,.;:!?“”«»"(]/u, false);
    const joint = jointSubjects(words);
    const named = joint[0];
    return named?.kind === 'name' && words.split(CONJUNCTION)[0]!.trim().endsWith(named.name) ? joint : [];
  }
  // "Così in una nota A, B e C per Cgil, Cisl e Uil": the people named together from the first, up to a preposition
  if (hit.cataphoric && hit.form === 'cosi' && hit.subject.kind === 'name') {
    // (each name's bracket left out: "Così i capigruppo A (Pd), B (Iv) e C (M5s)")
    const joint = jointSubjectsFrom(withoutBrackets(frame), hit.subject.at, /[.;:!?“”«»"(]|\s(?:per|di|del|della|dello|dei|degli|delle|in|a|al|alla|ai|con)\s/u);
    return joint.length >= 2 && joint.every((x) => x.kind === 'name') ? joint : [];
  }
  if (!hit.plural && !opener) return [];
  // (an opener's names may each take a bracket: "Sono le richieste dei sindaci A (Marzabotto) e B (Monzuno)")
  if (opener) {
    // (from the first subject, past the adjuncts before it: "lo affermano in una nota congiunta i deputati A, B e C")
    const named = hit.subject.kind === 'name' && hit.subject.at > last.end ? jointSubjectsFrom(withoutBrackets(frame), hit.subject.at, SUBJECTS_EDGE, hit.subject.role) : [];
    return named.length >= 2 ? named : jointSubjects(after(SUBJECTS_EDGE, false));
  }
  // (from the first subject, past the adjuncts before it: "“…” scrivono in una nota congiunta A, B e C")
  if (hit.inverted && hit.subject.kind === 'name' && hit.subject.at > last.end) return jointSubjectsFrom(frame, hit.subject.at, SUBJECTS_EDGE, hit.subject.role);
  if (hit.inverted) return jointSubjects(after(SUBJECTS_EDGE));
  // "Scrivono Luciano Perno (FP Cgil) e Giuseppe Summa (NurSind): …": a plural verb opening the sentence, its subjects
  // after it (each name's bracket left out)
  if (!/[\p{L}\p{N}]/u.test(frame.slice(0, first.start))) return jointSubjects(after(SUBJECTS_EDGE, false));
  const before = frame.slice(0, first.start);
  const edge = Math.max(...[...'.;:!?“”«»"'].map((c) => before.lastIndexOf(c)));
  const clause = before.slice(edge + 1).trim();
  // "Le opposizioni, per bocca della vicepresidente …, Alice Aroni e di Stefano Schirru (…) hanno ribadito": the two
  // the group speaks through (each name's bracket and the words after the last name left out)
  const voice = /(?<![\p{L}])per\s+(?:voce|bocca)\s+(?:di|del|della|dello|dei|degli|delle|dell['’])\s*(.+)$/iu.exec(clause);
  if (voice) {
    const named = voice[1]!.replace(/\s*\([^()]{1,40}\)/gu, '').split(/\s+e\s+(?:di|del|della|dello|dell['’])\s*/u);
    if (named.length !== 2) return [];
    const joint = jointSubjects(`${named[0]} e ${named[1]!.replace(/^((?:\p{Lu}[\p{L}'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*).*$/u, '$1')}`);
    return joint.every((x) => x.kind === 'name') ? joint : [];
  }
  // "Complimenti sono arrivati dal vice prefetto Bruno Togno e dal rappresentante della provincia Francesco Romualdi
  // che hanno sottolineato …": a relative on two people each governed by "da", each named in full after their office
  const from = /(?<![\p{L}])(?:dal|dalla|dallo|dall['’])\s*(.+?)\s+e\s+(?:dal|dalla|dallo|dall['’])\s*(.+?),?\s+che$/iu.exec(clause);
  if (from) {
    const fullName = (segment: string) => /((?:\p{Lu}[\p{L}'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)$/u.exec(segment.trim())?.[1];
    const [a, b] = [fullName(from[1]!), fullName(from[2]!)];
    if (!a || !b) return [];
    const joint = jointSubjects(`${a} e ${b}`);
    return joint.length === 2 && joint.every((x) => x.kind === 'name') ? joint : [];
  }
  // "Paolo Camporini e Claudio Salvagni, difensori di Massimo Bossetti, chiedono …": the people named together, then
  // their office in apposition between commas, read without it (its own "e" joins no one: "Gli avvocati A e B,
  // difensori del Comune e degli altri Comuni ricorrenti, hanno dichiarato")
  const apposed = /^(.+?),\s*\p{Ll}[^,]*,?$/u.exec(clause);
  const named = apposed ? jointSubjects(apposed[1]!) : [];
  if (named.length >= 2 && named.every((x) => x.kind === 'name')) return named;
  return jointSubjects(clause);
}

/**
 * A paragraph that only names who speaks next: "Massimo Spagnolli:", "Massimo Spagnolli (allenatore):", "Massimo
 * Spagnolli, allenatore del Trento:" — a full name of two to four words, an optional role, a colon, nothing else —
 * or a name of one to three words alone, with no colon ("Blanco") — or announces their words: "Le parole di Carlo
 * Bartoli, presidente dell’Ordine …", "Di seguito, le parole della presidente del Consiglio Giorgia Meloni".
 * @param toks - the paragraph's tokens (it is one sentence)
 * @param frame - its text
 * @returns the person, and whether the paragraph announces their words; undefined for any other paragraph
 */
export function speakerLabel(toks: readonly Tok[], frame: string): { subject: Subject; announces: boolean; bare?: boolean } | undefined {
  const words = toks.filter((t) => t.word).map((t) => t.lower);
  let w = 0;
  if (words[0] === 'di' && words[1] === 'seguito') w = 2;
  else if (words[0] === 'ecco') w = 1;
  // (a heading or a line ending with a colon, not a sentence: "Le parole di X sono state ricordate …." is none)
  if (words[w] === 'le' && words[w + 1] === 'parole' && !/[.!?…]\s*$/u.test(frame)) {
    const at = toks.findIndex((t) => t.word && t.lower === 'parole');
    const p = toks.findIndex((t, k) => k > at && t.word);
    if (p < 0 || !isPreposition(toks[p])) return undefined;
    // "Le parole di Carlo Bartoli, presidente dell’Ordine …": a full name right after the preposition, with its
    // apposition, read as after a verb
    if (isNameToken(toks[p + 1])) {
      const named = subjectAfter(toks, frame, p);
      return named && named !== 'nothing' && named.kind === 'name' && named.name.includes(' ') ? { subject: named, announces: true } : undefined;
    }
    // "le parole della presidente del Consiglio Giorgia Meloni": a role, then the name
    const subject = subjectForward(toks, frame, at + 1, toks.length, true);
    return subject?.kind === 'name' ? { subject, announces: true } : undefined;
  }
  // A name alone on its line, with no colon ("Blanco", "Giorgia Meloni"), as interviews print who answers below; the
  // caller takes it only for someone the article named before.
  // (with the office capitalised first, as a label writes it, its colon or none: "Chef Alfio Ghezzi", "Chef: Ivano
  // Ricchebono")
  const named = toks[1]?.text === ':' ? 2 : 1;
  if (toks.length - named >= 2 && toks.length - named <= 3 && toks[0]!.cap && ROLE_SET.has(toks[0]!.lower) && toks.slice(named).every((t) => isNameToken(t) && !ORGANISATION_WORDS.has(t.lower) && !isTitle(t))) {
    return { subject: { kind: 'name', name: sliceText(frame, toks, named, toks.length), role: toks[0]!.text, at: toks[named]!.start, person: true }, announces: false, bare: true };
  }
  if (toks.length <= 3 && toks.every((t) => isNameToken(t) && !ORGANISATION_WORDS.has(t.lower) && !isTitle(t))) {
    return { subject: { kind: 'name', name: sliceText(frame, toks, 0, toks.length), at: 0, person: true }, announces: false, bare: true };
  }
  const colon = toks.length - 1;
  if (colon < 2 || toks[colon]!.text !== ':') return undefined;
  // "Umore alto anche per Giorgio Levo:", "Soddisfazione per il sindaco Anna Neri:": a short verbless phrase, whose
  // mood or view it is after "per" (a full name, or a name with its office), and the colon ending the line
  const per = toks.findIndex((t, k) => k >= 1 && k <= 5 && t.word && t.lower === 'per');
  if (per > 0 && toks[0]!.cap && toks.slice(0, per).every((t, k) => t.word && !VERB_WORDS.has(t.lower) && (k === 0 || !t.cap))) {
    const subject = subjectForward(toks, frame, per + 1, colon, true);
    // (an office set off after the name: "Problemi anche per Silvio Neri, titolare della macelleria:")
    const rest = subject?.kind === 'name' ? frame.slice(subject.at + subject.name.length, toks[colon]!.start) : '';
    const apposed = /^\s*,\s*(\p{Ll}[^,;:.!?]{2,60}?)\s*$/u.exec(rest);
    const office = apposed && isRoleLike(lex(apposed[1]!)) ? apposed[1]! : undefined;
    if (subject?.kind === 'name' && (subject.name.includes(' ') || subject.role) && (!rest.trim() || office)) return { subject: office && !subject.role ? { ...subject, role: office } : subject, announces: true };
  }
  const end = nameEndForward(toks, 0);
  if (end < 2 || end > 4 || !toks.slice(0, end).every((t) => isNameToken(t)) || toks.slice(0, end).some((t) => ORGANISATION_WORDS.has(t.lower))) return undefined;
  const name = sliceText(frame, toks, 0, end);
  if (end === colon) return { subject: { kind: 'name', name, at: 0 }, announces: false };
  // "Giorgio Chiellini della Juventus:", "Giuseppe Marotta dell’Inter:": a full name and the club or body they speak
  // for, heading their answers
  const body = toks.slice(end + 1, colon);
  const elidedBody = end + 1 === colon && /^(?:dell|del)['’]\p{Lu}/u.test(toks[end]!.text);
  if (end >= 2 && (elidedBody || (POSSESSIVE_PREPS.has(toks[end]!.lower) && body.length >= 1 && body.length <= 3 && body.every((t) => isNameToken(t))))) {
    return { subject: { kind: 'name', name, at: 0, person: true }, announces: true };
  }
  const open = toks[end]!.text;
  const from = open === '(' || open === ',' ? end + 1 : -1;
  const to = open === '(' ? colon - 1 : colon;
  if (from < 0 || to <= from || (open === '(' && toks[to]!.text !== ')')) return undefined;
  // "Name, role, ha rilasciato un’intervista al Secolo per commentare …:": the role is the apposition up to the next
  // comma, the rest a clause of its own
  const comma = open === ',' ? toks.findIndex((t, k) => k > from && k < to && t.text === ',') : -1;
  const roleEnd = comma > 0 ? comma : to;
  if (!isRoleLike(toks.slice(from, roleEnd))) return undefined;
  return { subject: { kind: 'name', name, role: sliceText(frame, toks, from, roleEnd), at: 0 }, announces: false };
}

/** Words that head a line as labels, not as speakers ("Domanda: …", "Nota: …", "Aggiornamento: …"). */
const LINE_LABELS = new Set(['domanda', 'risposta', 'd', 'r', 'nota', 'note', 'attenzione', 'aggiornamento', 'fonte', 'foto', 'video', 'titolo', 'oggi', 'ieri', 'domani', 'ore', 'update', 'sintesi', 'premessa', 'conclusione', 'avviso', 'info', 'programma', 'formazione', 'formazioni', 'marcatori', 'arbitro', 'classifica', 'risultato', 'risultati', 'esempio', 'ps', 'p.s']);
const BULLETS = new Set(['-', '–', '—', '•', '*']);

/**
 * A paragraph that opens with who speaks, as interviews and round-ups of comments print them: "Gotti: È mancato il
 * gol …", "- Dionisi: “Non è facile …”", "Marco Camisa (allenatore): …" — a name of one to three words (after a
 * list bullet, with a role in brackets or after a comma), a colon, then their words; in a transcript, a name in
 * capitals and a full stop ("FEDERICO FORNARO (PD-IDP). …"); in a club's press notes, a full name (and a role) and a
 * full stop, then a quotation ("Francesco Grandolfo, attaccante. «…»", `quotedOnly`); in a round-up, a full name and a
 * dash before the quotation (`dashed`: what opens an article's first paragraph that way, with no bracket or a
 * province's, is its dateline, "Reggio Calabria – “…”", see speakers.ts).
 * @param toks - the paragraph's first sentence's tokens
 * @param frame - that sentence
 * @returns the speaker and the offset in the sentence where their words start
 */
export function lineLabel(toks: readonly Tok[], frame: string): { subject: Extract<Subject, { kind: 'name' }>; from: number; quotedOnly?: boolean; dashed?: boolean } | undefined {
  let i = 0;
  if (toks[0] && BULLETS.has(toks[0].text)) i = 1;
  // (a live blog's time before a dash: "18.02 – Chiamparino: «Ultima battaglia …»")
  else if (/^\d{1,2}$/u.test(toks[0]?.text ?? '') && /^[.:]$/u.test(toks[1]?.text ?? '') && /^\d{2}$/u.test(toks[2]?.text ?? '') && toks[2]!.start === toks[0]!.end + 1 && BULLETS.has(toks[3]?.text ?? '')) i = 4;
  let end = i;
  while (end < toks.length && end - i < 3 && isNameToken(toks[end]) && (end === i || toks[end]!.start <= toks[end - 1]!.end + 1)) end++;
  if (end === i || toks.slice(i, end).some((t) => ORGANISATION_WORDS.has(t.lower) || LINE_LABELS.has(t.lower))) return undefined;
  let role: string | undefined;
  let colon = end;
  const open = toks[end]?.text;
  if (open === '(' || open === ',') {
    colon = end + 1;
    // (the role runs to the colon, or the closing bracket: "Gemma Mele, Ministra del Turismo, ha dichiarato:" is none)
    // (in brackets, over an abbreviation's stop: "(Capitano Pol. Cornedo)")
    while (colon < toks.length && colon - end <= 8 && !(open === '(' ? /^[:),;]$/ : /^[:),;.]$/).test(toks[colon]!.text)) colon++;
    const to = colon;
    if (open === '(' && toks[colon]?.text === ')') colon++;
    // a role, or in brackets the organisation or party they speak for ("Ester Lodi (Confesercenti):")
    const inside = toks.slice(end + 1, to);
    const organisation = open === '(' && inside.length > 0 && inside.length <= 4 && inside[0]!.cap && inside.every((t) => t.word);
    if (!isRoleLike(inside) && !organisation) return undefined;
    role = sliceText(frame, toks, end + 1, to);
  }
  // A transcript's label is a name in capitals and a full stop ("FEDERICO FORNARO (PD-IDP). Signor Presidente …")
  const transcript = toks[colon]?.text === '.' && end - i >= 2 && toks.slice(i, end).every((t) => t.text === t.text.toUpperCase());
  // A club's press notes print a full name, with or without a role, and a full stop before the quotation
  // ("Francesco Grandolfo, attaccante. «…»"): a label only before a quotation (`quotedOnly`)
  const noted = !transcript && toks[colon]?.text === '.' && colon === toks.length - 1 && end - i >= 2;
  // A round-up's label with a dash before the quotation ("Alessandro Fei (Top Volley Latina)- «…»", "Anna Neri – “…”"):
  // a full name, with or without its bracket, not a dateline ("BELLUNO – «…»", "Melbourne (Australia) – «…»")
  // (or a surname alone, or words not quoted: "Dalmonte – Abbiamo giocato …", whose words then must be in the first
  // person, see speakers.ts)
  const dashed = DASHES.has(toks[colon]?.text ?? '') && (OPEN_MARKS.has(toks[colon + 1]?.text ?? '') || (toks[colon + 1]?.cap === true && toks[colon + 1]!.word)) && !toks.slice(i, end).every((t) => t.text === t.text.toUpperCase());
  if (toks[colon]?.text !== ':' && !transcript && !noted && !dashed) return undefined;
  // ("CONSIGLIERE TROIANO:", "Assessore Neri:": the office, then the name)
  if (!role && end - i >= 2 && ROLE_SET.has(toks[i]!.lower)) {
    role = toks[i]!.lower;
    i++;
  }
  // (a name in capitals is given as names are written: "FEDERICO FORNARO" → "Federico Fornaro", "DE AMICIS" → "De Amicis",
  // a round-up's "PALLADINO:" → "Palladino"; a short one stays as written, as acronyms are: "ONU:", "FIAT:")
  const written = sliceText(frame, toks, i, end);
  const capitals = toks.slice(i, end).every((t) => t.text === t.text.toUpperCase()) && toks.slice(i, end).some((t) => t.text.length >= 5);
  const name = transcript || capitals ? written.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase()) : written;
  return { subject: { kind: 'name', name, ...(role ? { role } : {}), at: toks[i]!.start, person: true }, from: toks[colon]!.end, ...(noted ? { quotedOnly: true } : {}), ...(dashed && toks[colon]?.text !== ':' ? { dashed: true } : {}) };
}

// The prepositions before the place or the programme where a title's speaker spoke ("a Radio Italia", "su Rai 3").
const VENUE_PREPOSITIONS: ReadonlySet<string> = new Set(['a', 'ad', 'al', 'allo', 'alla', "all'", 'su', 'sul', 'sulla', 'in', 'nel', 'nella', 'da', 'dal', 'dalla']);
/**
 * Who a news title quotes: "Tudor: “Partita strana …”", "Delusione Tudor, “partita strana …”", "Giorgia Meloni: «…»" —
 * a name of one to three words right before the colon or comma that opens the title's quotation. A title's first word
 * is capitalised whatever it is: before a comma, a name that starts with it keeps it only when the article's body
 * writes the whole name ("Delusione Tudor" → Tudor); before a colon, as titles print a name and its words, it stays (`titleNameStart`).
 * @param toks - the title's tokens
 * @param title - the title
 * @param body - the article's text, where a name that opens the title is looked for
 * @returns the name, or undefined when the title quotes nobody by name
 */
export function titleSpeaker(toks: readonly Tok[], title: string, body: string): string | undefined {
  const open = toks.findIndex((t) => OPEN_MARKS.has(t.text));
  if (open < 2 || !/^[:,]$/.test(toks[open - 1]!.text)) return undefined;
  const end = open - 1;
  let start = end;
  while (start > 0 && end - start < 3 && isNameToken(toks[start - 1]) && toks[start - 1]!.end + 1 >= toks[start]!.start) start--;
  // "Francesco Gabbani a Radio Italia Live: «…»", "Gotti a Dazn: «…»": the name after "a" is where they spoke; the
  // name that opens the title, right before it, speaks (a word alone, which any title's first word looks like, when
  // the body writes it)
  // ("Intervista a Mario Rossi: «…»": with no name before it, the name after "a" is who speaks, as before)
  if (start > 0 && VENUE_PREPOSITIONS.has(toks[start - 1]!.lower)) {
    let lead = 0;
    while (lead < start - 1 && isNameToken(toks[lead]) && !isTitle(toks[lead]!)) lead++;
    const name = lead === start - 1 && lead <= 3 ? sliceText(title, toks, 0, lead) : '';
    if (name && (lead >= 2 || body.includes(name)) && !toks.slice(0, lead).some((t) => ORGANISATION_WORDS.has(t.lower))) return name;
  }
  // "Sinner dopo il trionfo a Wimbledon: “…”", "Giro d’Italia, l’abruzzese Ciccone vince a Cogne: “…”", "Paolini dopo
  // la finale persa con Swiatek: “…”": a name a preposition governs is where or against whom; a name the body writes,
  // earlier in the same clause and governed by none, speaks
  if (start > 0 && PREPOSITIONS.has(toks[start - 1]!.lower)) {
    let from = start - 1;
    while (from > 0 && !/^[,:;–—-]$/u.test(toks[from - 1]!.text)) from--;
    for (let k = from; k < start - 1; k++) {
      if (!isNameToken(toks[k]) || isTitle(toks[k]!) || (k > 0 && isPreposition(toks[k - 1]))) continue;
      let e = k;
      while (e < start - 1 && e - k < 3 && isNameToken(toks[e]) && toks[e]!.end + 1 >= (toks[e + 1]?.start ?? Infinity)) e++;
      const name = sliceText(title, toks, k, e);
      const writes = wholeWord(name).test(body);
      if (writes && !commonWordIn(name, body) && !toks.slice(k, e).some((t) => ORGANISATION_WORDS.has(t.lower))) return name;
      k = e;
    }
  }
  if (start === end || toks.slice(start, end).some((t) => ORGANISATION_WORDS.has(t.lower) || isTitle(t))) return undefined;
  // ("Maturità, “I presidenti? Già tutti nominati”": a word opening the title that the body writes as a common word,
  // in lower case and never capitalised inside a sentence, is the topic, not who speaks)
  if (start === 0 && end === 1 && commonWordIn(toks[0]!.text, body)) return undefined;
  return sliceText(title, toks, titleNameStart(toks, title, start, end, body), end);
}

/**
 * Who a title names as speaking with no quotation marks, as sports pages print a press conference: "Cosmi: in questi
 * giorni priorità ad alcuni aspetti, ho visto applicazione e partecipazione", "Conferenza Andreazzoli: con la Lazio
 * differenza di categoria …" — a name of one to three words before the colon (after a common word naming the
 * occasion, "Conferenza"), none of whose words the body writes, when at least three of the words after it, and two in
 * five, stand in the body (the title sums up what the body quotes).
 * @param toks - the title's tokens
 * @param title - the title
 * @param body - the article's text
 * @returns the name, or undefined
 */
export function titleLabelSpeaker(toks: readonly Tok[], title: string, body: string): string | undefined {
  if (toks.some((t) => OPEN_MARKS.has(t.text) || CLOSE_MARKS.has(t.text) || t.text === '"')) return undefined;
  const colon = toks.findIndex((t) => t.text === ':');
  if (colon < 1 || colon > 4 || !toks.slice(0, colon).every((t) => isNameToken(t) && !isTitle(t) && !ORGANISATION_WORDS.has(t.lower))) return undefined;
  let start = 0;
  // ("Conferenza Andreazzoli:": the occasion, a common word, before the name)
  if (colon - start >= 2 && commonWordBeforeName(toks, 0)) start = 1;
  const name = sliceText(title, toks, start, colon);
  // (a name alone of one word is a word of the body too, capitalised: "Maturità: …" is a topic; and a person the body
  // names is read there, with their words: "Pichetto Fratin: bollette, …" over "… Gilberto Pichetto Fratin, ministro …")
  if ((colon - start === 1 && commonWordIn(name, body)) || toks.slice(start, colon).some((t) => wholeWord(t.text).test(body))) return undefined;
  const stems = (text: string) => (text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((w) => !isStopword(w, 'it')).map((w) => w.slice(0, 5));
  const said = stems(title.slice(toks[colon]!.end));
  const inBody = new Set(stems(body));
  const shared = said.filter((w) => inBody.has(w)).length;
  return said.length && shared >= 3 && shared * 5 >= said.length * 2 ? name : undefined;
}

/**
 * Whether a text writes a capitalised word as a common word: in lower case somewhere, and capitalised only where a
 * sentence starts.
 * @param word - the word as capitalised
 * @param text - the text
 * @returns true when the text writes it as a common word
 */
function commonWordIn(word: string, text: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return false;
  const asWord = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(lower)}(?![\\p{L}\\p{N}])`, 'u');
  const midSentence = new RegExp(`[\\p{L}\\p{N},;]\\s+${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'u');
  return asWord.test(text) && !midSentence.test(text);
}

/**
 * Where a run of capitalised words of a title starts as a name: a title's first word is capitalised whatever it is,
 * so a run that opens the title and is not followed by a colon keeps its first word only when the article's body writes
 * the whole run ("Delusione Tudor, …" → Tudor); before a colon, as titles print a name and its words ("Katia
 * Ricciarelli: «…»"), the run is the name.
 * @param toks - the title's tokens
 * @param title - the title
 * @param start - the run's first token
 * @param end - one past its last token
 * @param body - the article's text
 * @returns the name's first token
 */
export function titleNameStart(toks: readonly Tok[], title: string, start: number, end: number, body: string): number {
  if (start !== 0 || end - start < 2 || body.includes(sliceText(title, toks, start, end))) return start;
  // (before a colon too when that word is a common one and the next is none: "Conferenza Andreazzoli: …")
  return toks[end]?.text !== ':' || commonWordBeforeName(toks, start) ? start + 1 : start;
}

/**
 * Whether a capitalised run opens with a common Italian word before one that is none ("Conferenza Andreazzoli",
 * "Raggiante Davide Vezzoli"): where a title or a sentence capitalises its first word, that word is no part of the name.
 * @param toks - the tokens
 * @param i - the run's first token (a token follows it)
 */
export function commonWordBeforeName(toks: readonly Tok[], i: number): boolean {
  return isCommonItalianWord(toks[i]!.lower) && !isCommonItalianWord(toks[i + 1]!.lower);
}

/**
 * "Stefano Di Gennaro del ristorante Quintessenza di Trani (Bt): «…»", "Anna Neri della Coldiretti: “…”": as
 * round-ups print comments, a sentence that opens with a full name, then a complement saying where the person is
 * from (no verb), and the colon that opens the quotation.
 * @param toks - the sentence's tokens
 * @param frame - the sentence (quotations blanked)
 * @param quoteStart - offset of the quotation's opening mark
 * @returns the person, with the complement as their role, or undefined
 */
export function complementColonSpeaker(toks: readonly Tok[], frame: string, quoteStart: number): Subject | undefined {
  const colon = colonBeforeQuotation(toks, frame, quoteStart);
  let i = 0;
  while (toks[i] && !toks[i]!.word && /^[-–—•*]$/u.test(toks[i]!.text)) i++;
  if (colon < 0 || !isNameToken(toks[i]) || isTitle(toks[i]!)) return undefined;
  const end = nameEndForward(toks, i, false);
  const from = toks[end]?.lower.replace(/’/g, "'") ?? '';
  if (end - i < 2 || end >= colon || !(COMPLEMENTS.has(from) || /^(?:dell'|da|dal|dalla)$/u.test(from))) return undefined;
  if (colon - end > 14 || toks.slice(i, end).some((t) => ORGANISATION_WORDS.has(t.lower))) return undefined;
  // (no verb between the name and the colon: "Anna Neri della Coldiretti ha detto:" is read by the verb's rules)
  const reporting = reportingVerbPattern();
  reporting.lastIndex = 0;
  if (reporting.test(frame.slice(toks[end]!.start, toks[colon]!.start))) return undefined;
  if (toks.slice(end, colon).some((t) => t.word && AUXILIARY_WORDS.has(t.lower))) return undefined;
  return { kind: 'name', name: sliceText(frame, toks, i, end), role: sliceText(frame, toks, end, colon), at: toks[i]!.start, person: true };
}

/** Auxiliaries that say a stretch holds a verb ("Anna Neri del Pd ha …", "… è …"). */
const AUXILIARY_WORDS: ReadonlySet<string> = new Set(['ha', 'hanno', 'è', 'sono', 'era', 'erano', 'aveva', 'avevano', 'sarà', 'fu']);

/**
 * "Sara Gobbi, Verdi: “…”", "Dello stesso tono, Marco Riva, Ps: “…”", "Laura Pini: “…”": a full
 * name (with at most a short apposition after it) right before the colon that opens a quotation.
 * @param quoteStart - offset of the quotation's opening mark
 */
export function colonSpeaker(toks: readonly Tok[], frame: string, quoteStart: number): Subject | undefined {
  if (!/:\s*$/.test(frame.slice(0, quoteStart))) return undefined;
  let j = toks.findIndex((t) => t.start >= quoteStart) - 1;
  while (j >= 0 && toks[j]!.text !== ':') j--;
  if (j < 1) return undefined;
  let end = j;
  // "Marco Camisa (allenatore Sammargheritese):": the role in brackets after the name
  let bracketed: string | undefined;
  if (toks[end - 1]!.text === ')') {
    let o = end - 2;
    while (o >= 0 && toks[o]!.text !== '(' && toks[o]!.text !== ')' && end - o < 12) o--;
    if (o >= 1 && toks[o]!.text === '(' && o < end - 2 && isRoleLike(toks.slice(o + 1, end - 1))) {
      bracketed = sliceText(frame, toks, o + 1, end - 1);
      end = o;
    }
    // ("Roberto Saluzzo (Idt): “…”": a party's or a place's short bracket after a full name is left out)
    else if (o >= 2 && toks[o]!.text === '(' && o < end - 1 && end - o <= 4 && isNameToken(toks[o - 1]) && isNameToken(toks[o - 2])) end = o;
  }
  // ", Rete": a short apposition after the name (a party, an organisation)
  let c = end - 1;
  while (c >= 0 && c >= end - 4 && toks[c]!.text !== ',' && toks[c]!.word) c--;
  if (c >= 1 && c < end - 1 && toks[c]!.text === ',' && isNameToken(toks[c - 1])) end = c;
  // (or a longer one that holds an office, or a noun naming a person, with no verb: "Giorgio Munari, da novembre
  // Presidente di Monterosa Ski:", "Massimo Neri, primo avversario della squadra con Ferentino:")
  else {
    let o = end - 1;
    while (o >= 0 && o >= end - 8 && toks[o]!.text !== ',' && toks[o]!.word) o--;
    const apposition = toks.slice(o + 1, end);
    // (the person's noun heads the apposition, one adjective at most before it: "primo avversario", not "rifatta dal
    // costruttore")
    const personal = (t: Tok, k: number) =>
      isRoleTok(t) ||
      isTitle(t) ||
      (k <= 1 && !t.cap && isPersonNoun(t.lower) && apposition.slice(0, k).every((x) => !isPreposition(x) && !PAST_PARTICIPLE.test(x.lower)) && !apposition.some((x) => AUXILIARY_WORDS.has(x.lower) || VERB_WORDS.has(x.lower)));
    if (o >= 1 && o < end - 1 && toks[o]!.text === ',' && isNameToken(toks[o - 1]) && apposition.some(personal)) end = o;
    else {
      // (or an office's long name, with its own commas, right after the name's comma: "Alessandro Cochi, delegato del
      // Sindaco di Roma Capitale per le Politiche Sportive:", "Federico Mollicone, presidente Commissione Cultura,
      // Sport, Politiche giovanili e Comunicazione di Roma Capitale:")
      // (or an office or a person's noun after its article, and what the person does: "Sara Sandrin, la giovane autista
      // che prenderà il posto di Azzano:")
      const head = (at: number): boolean => {
        const k = ARTICLES.has(toks[at]?.lower ?? '') ? at + 1 : -1;
        return k > 0 && [k, k + 1].some((x) => x < end && (isRoleTok(toks[x]) || (!!toks[x] && !toks[x]!.cap && toks[x]!.word && isPersonNoun(toks[x]!.lower))));
      };
      for (o = end - 1; o >= 1 && o >= end - 16 && (toks[o]!.word || toks[o]!.text === ','); o--) {
        if (toks[o]!.text === ',' && (isRoleTok(toks[o + 1]) || head(o + 1)) && isNameToken(toks[o - 1]) && o < end - 2) {
          end = o;
          break;
        }
      }
    }
  }
  let start = nameStartBack(toks, end - 1);
  if (isTitle(toks[start]!) && isNameToken(toks[start + 1]) && !isTitle(toks[start + 1]!)) start++;
  // "Il Ministro Matteo Salvini: «…»": an office before the name, with its article opening the sentence (after its
  // adverbs)
  let title: string | undefined;
  if (start >= 1 && isTitle(toks[start - 1]!)) {
    let b = start - 2;
    if (ARTICLES.has(toks[b]?.lower ?? '')) b--;
    while (b >= 0 && toks[b]!.word && CLAUSE_OPENERS.has(toks[b]!.lower)) b--;
    if (b < 0 || toks[b]!.text === ',' || toks[b]!.text === '.' || OPEN_MARKS.has(toks[b]!.text)) title = toks[start - 1]!.text;
  }
  // "Il virologo Fabrizio Pregliasco: “…”", "L’immunologa Antonella Viola: “…”": a noun naming what the person does,
  // with its article opening the sentence, before a full name
  // (a surname alone after it when it is no word of Italian: "Il virologo Pregliasco: “…”")
  if (!title && start >= 1 && (end - start >= 2 || (end - start === 1 && end === j && notAnItalianWord(toks[start]!.text))) && toks[start - 1]!.word) {
    const noun = toks[start - 1]!;
    const elided = /^(?:[lL]|[uU]n)['’](\p{Ll}+)$/u.exec(noun.text);
    const word = elided ? elided[1]! : noun.cap ? '' : noun.lower;
    const article = toks[start - 2] && (ARTICLES.has(toks[start - 2]!.lower) || /^(?:l|un)['’]$/u.test(toks[start - 2]!.lower));
    let b = elided ? start - 2 : article ? start - 3 : -2;
    while (b >= 0 && toks[b]!.word && CLAUSE_OPENERS.has(toks[b]!.lower)) b--;
    // (or a specialist's noun the general list lacks: "virologo", "infettivologo", "ciclista")
    if (b >= -1 && word && (isPersonNoun(word) || /\p{L}{3}(?:olog[oa]|ist[ai])$/u.test(word)) && (b < 0 || toks[b]!.text === ',' || toks[b]!.text === '.' || OPEN_MARKS.has(toks[b]!.text))) title = word;
    if (title && end - start === 1) return { kind: 'name', name: toks[start]!.text, role: title, at: toks[start]!.start, person: true };
  }
  // "Entusiasta anche Matteoli: «…»", "Soddisfatto pure Rossi: «…»": a verbless opening, a focusing adverb and the one
  // name of someone the article has named
  if (end - start === 1 && isNameToken(toks[start]) && focusedAfterOpening(toks, start)) return { kind: 'name', name: toks[start]!.text, at: toks[start]!.start };
  // "Foscarini: “Il risultato è giusto …”": a surname alone, the whole sentence before the colon, as round-ups of
  // post-match comments and agency digests write them — when it is no word of Italian ("Sanità: «…»" is a label)
  if (end - start === 1 && end === j && (start === 0 || toks[start - 1]!.text === '.' || OPEN_MARKS.has(toks[start - 1]!.text)) && isNameToken(toks[start]) && /^\p{Lu}\p{Ll}{2,}$/u.test(toks[start]!.text) && notAnItalianWord(toks[start]!.text)) {
    return { kind: 'name', name: toks[start]!.text, at: toks[start]!.start };
  }
  if (end - start < 2 || !isNameToken(toks[start]) || !isNameToken(toks[end - 1]) || toks.slice(start, end).some((t) => ORGANISATION_WORDS.has(t.lower))) return undefined;
  const before = toks[start - 1];
  // ("Soddisfatto, a chiusura di stagione, anche Giorgio Munari, …: “…”": a full name after a verbless opening and "anche")
  if (!title && before && before.text !== ',' && !(before.text === '.' || OPEN_MARKS.has(before.text)) && !focusedAfterOpening(toks, start, true)) return undefined;
  if (bracketed) return { kind: 'name', name: sliceText(frame, toks, start, end), role: bracketed, at: toks[start]!.start };
  if (title) return { kind: 'name', name: sliceText(frame, toks, start, end), role: title, at: toks[start]!.start, person: true };
  // (an apposition's relative clause is what the person does, not the office: "la giovane autista che prenderà il posto
  // di Azzano" is "giovane autista")
  const relative = toks.findIndex((t, k) => k > end + 1 && k < j && t.lower === 'che');
  const roleEnd = relative > 0 ? relative : j;
  const role = end < j ? sliceText(frame, toks, end + 1, roleEnd) : undefined;
  return { kind: 'name', name: sliceText(frame, toks, start, end), ...(role && isRoleLike(toks.slice(end + 1, roleEnd)) ? { role } : {}), at: toks[start]!.start };
}

// Whether the name at `start` follows "anche", "pure" or "invece" after a verbless opening of one to three words
// ("Entusiasta anche", "Di diverso avviso invece").
// (with `adjuncts`, for a full name, the opening may run to eight words and commas: "Soddisfatto, a chiusura di
// stagione, anche")
export function focusedAfterOpening(toks: readonly Tok[], start: number, adjuncts = false): boolean {
  const adverb = toks[start - 1];
  if (!adverb?.word || !/^(?:anche|pure|invece)$/u.test(adverb.lower) || start - 1 < 1 || start - 1 > (adjuncts ? 8 : 3)) return false;
  // (the opening's first word capitalised as the sentence's, the others in lower case; "Presente anche X, …:" is who
  // was there, though "presente" is a word of "fa presente")
  return toks.slice(0, start - 1).every((t, i) => (t.word || (adjuncts && i > 0 && t.text === ',')) && (i === 0 ? t.cap : !t.cap) && !AUXILIARY_WORDS.has(t.lower) && (!VERB_WORDS.has(t.lower) || /^present[ei]$/u.test(t.lower)) && !ROLE_SET.has(t.lower));
}

// Two people named in full and joined by "e", opening their clause (after its conjunction, and an office in the plural
// with its article), then at most an apposition in lower case, and the colon. Written without the `i` flag, so that a
// capital means a capital.
const FULL_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:de|di|da|del|della|van|von|\p{Lu}[\p{L}'’-]+))*\s+\p{Lu}[\p{L}'’-]+`;
const JOINT_COLON = new RegExp(
  String.raw`(?:^|[,;]\s*(?:ma|e|mentre|poi)\s+|^\s*(?:[Mm]a|[Ee]|[Pp]oi)\s+)(?:(?:[Ii]|[Gg]li|[Ll]e)\s+\p{Ll}+\s+)?(${FULL_NAME})\s+e\s+(${FULL_NAME})(?:\s*,\s*\p{Ll}[^,:;.“”«»"]{0,80})?\s*:\s*$`,
  'du',
);

/**
 * "Ma gli avvocati Renato Borzone e Roberto Capra, difensori dei due americani: «…»", "Marta Neri e Luca Bassi: “…”":
 * two people named in full and joined by "e" opening the clause before the colon that opens the quotation (an office
 * in the plural with its article before them, an apposition after them) say it together.
 * @param quoteStart - offset of the quotation's opening mark
 * @returns the two, in order, or none
 */
export function jointColonSpeakers(toks: readonly Tok[], frame: string, quoteStart: number): Subject[] {
  const colon = colonBeforeQuotation(toks, frame, quoteStart);
  if (colon < 3) return [];
  const m = JOINT_COLON.exec(frame.slice(0, toks[colon]!.end));
  if (!m) return [];
  // (names, not organisations: "Cgil e Cisl Toscana:" is no pair of people)
  if ([m[1]!, m[2]!].some((n) => n.split(/\s+/u).some((w) => ORGANISATION_WORDS.has(w.toLowerCase())))) return [];
  return [1, 2].map((g): Subject => ({ kind: 'name', name: m[g]!, at: m.indices![g]![0], person: true }));
}

/** The token index of the colon right before a quotation's opening mark, or -1 when none stands there. */
export function colonBeforeQuotation(toks: readonly Tok[], frame: string, quoteStart: number): number {
  if (!/:\s*$/.test(frame.slice(0, quoteStart))) return -1;
  const colon = toks.findIndex((t) => t.start >= quoteStart) - 1;
  return colon >= 0 && toks[colon]!.text === ':' ? colon : -1;
}

// Where people post what they say: "sul profilo Facebook", "sulla pagina", "sulla bacheca", "nel post".
const POSTED_ON: ReadonlySet<string> = new Set(['profilo', 'pagina', 'bacheca', 'post', 'account', 'canale', 'blog', 'sito']);

/**
 * "L’appello del sindaco Aldo Bruni: «…»", "La replica di Sara Gobbi non si è fatta attendere: «…»", "Duro attacco
 * di Riccardo Neri (Pd), consigliere regionale, al direttore: “…”": a noun of saying among the sentence's first
 * words, then whose it is (a name right after the preposition, or a role and a name), and a colon that opens the
 * quotation (or, with no colon, the quotation right after the name: "Importanti anche le parole di Cappelli “…”").
 * @param quoteStart - offset of the quotation's opening mark
 */
export function speechNounSpeaker(toks: readonly Tok[], frame: string, quoteStart: number): Subject | undefined {
  const colon = colonBeforeQuotation(toks, frame, quoteStart);
  if (colon >= 2) return wordsJoinedBefore(toks, frame, colon) ?? speechNounBefore(toks, frame, colon);
  // ("Importanti anche le parole di Cappelli “…”": with no colon, the quotation right after whose words they are, a
  // name or an office and a name)
  const at = toks.findIndex((t) => t.start >= quoteStart);
  const end = at < 0 ? toks.length : at;
  if (end < 3 || !toks[end - 1]!.word || frame.slice(toks[end - 1]!.end, quoteStart).trim()) return undefined;
  const named = speechNounBefore(toks, frame, end);
  return named?.kind === 'name' && named.at + named.name.length === toks[end - 1]!.end ? named : undefined;
}

// "Alle parole di X si aggiungono quelle del segretario Y:", "A queste parole fanno eco quelle di Y:": the words of
// someone else joined to those before, taken up by "quelle", whose the preposition after it governs (group 1).
const WORDS_JOINED = /(?<![\p{L}])(?:si\s+aggiung(?:e|ono)|(?:fa|fanno)\s+eco|(?:segue|seguono)|si\s+(?:unisce|uniscono))\s+(?:(?:poi|anche|invece)\s+)?quell[ae]\s+(dell['’]|(?:di|del|della|dello|dei|degli|delle)(?![\p{L}]))/iu;

/**
 * "Alle parole di X si aggiungono quelle del segretario Y: “…”": the person whose words "quelle" joins to those before,
 * before the colon that opens the quotation (see WORDS_JOINED).
 * @param quoteStart - offset of the quotation's opening mark
 * @returns a name (in full, or with an office), or undefined
 */
export function wordsJoinedSpeaker(toks: readonly Tok[], frame: string, quoteStart: number): Subject | undefined {
  const colon = colonBeforeQuotation(toks, frame, quoteStart);
  return colon >= 2 ? wordsJoinedBefore(toks, frame, colon) : undefined;
}

// The person "quelle di X" names before the colon (see WORDS_JOINED): a name or an office and a name.
function wordsJoinedBefore(toks: readonly Tok[], frame: string, colon: number): Subject | undefined {
  const m = WORDS_JOINED.exec(frame.slice(0, toks[colon]!.start));
  if (!m) return undefined;
  const k = toks.findIndex((t) => t.start >= m.index + m[0].length - m[1]!.length);
  if (k < 0 || !toks[k]!.word) return undefined;
  const named = subjectAfter(toks, frame, k);
  return named && named !== 'nothing' && named.kind === 'name' && (named.role || named.name.includes(' ')) ? named : undefined;
}

// `speechNounSpeaker` up to `opening`, the token that opens the quotation (its colon, or the mark itself).
function speechNounBefore(toks: readonly Tok[], frame: string, opening: number): Subject | undefined {
  const words = toks.slice(0, opening).filter((t) => t.word).length;
  if (words > 30) return undefined;
  for (let i = 0, seen = 0; i < opening && seen < 6; i++) {
    const t = toks[i]!;
    if (!t.word) continue;
    seen++;
    // "Lo si legge sul profilo Facebook del sindaco X: «…»": where someone posts, with the platform's name
    const posted = POSTED_ON.has(t.lower.replace(ELIDED_PREFIX, '')) && (isPreposition(toks[i - 1]) || /^(?:sull|nell)['’]/u.test(t.lower));
    // (among the first five words: "Per finire riportiamo le dichiarazioni del Ministro X: «…»")
    if (!posted && (seen > 5 || !SPEECH_NOUNS.has(t.lower.replace(ELIDED_PREFIX, '')))) continue;
    // "Sulle critiche di Confindustria il presidente rileva: «…»": a noun governed by a preposition is what the
    // sentence is about, not whose words follow
    if (!posted && (isPreposition(toks[i - 1]) || /^(?:sull|dall|nell|all)['’]/u.test(t.lower))) return undefined;
    // ("Dopo le parole del dirigente X, l’assessore Y si è rivolto …: «…»": words said before, the noun governed with
    // its article, are not those quoted)
    if (!posted && ARTICLES.has(toks[i - 1]?.lower ?? '') && (isPreposition(toks[i - 2]) || /^(?:dopo|prima|oltre|durante)$/u.test(toks[i - 2]?.lower ?? ''))) return undefined;
    let p = i + 1;
    while (posted && isNameToken(toks[p]) && !isTitle(toks[p]!)) p++;
    // ("Saluti istituzionali del presidente X: «…»": an adjective or two after the noun)
    while (!posted && p - i <= 2 && toks[p]?.word && !toks[p]!.cap && !isPreposition(toks[p]) && !ARTICLES.has(toks[p]!.lower) && /^\p{Ll}+$/u.test(toks[p]!.text) && !/^(?:che|e|ed|o|non|quell[oaie])$/.test(toks[p]!.lower)) p++;
    // ("Valutazione non dissimile quella di X, amministratore delegato …: «…»": a comparison, then the pronoun taking the
    // noun up)
    if (!posted && toks[p]?.lower === 'non' && toks[p + 1]?.word && /^\p{Ll}+$/u.test(toks[p + 1]!.text) && /^quell[oaie]$/u.test(toks[p + 2]?.lower ?? '')) p += 2;
    if (!posted && /^quell[oaie]$/u.test(toks[p]?.lower ?? '') && p > i + 1) p++;
    const prep = toks[p];
    if (!prep?.word) return undefined;
    // "del sindaco Aldo Bruni", "di Sara Gobbi": a name right after the preposition, with its apposition
    // (or from whom it came: "È giunto anche un commento dal deputato regionale X: «…»")
    if (/^(?:di|del|della|dello|dei|degli|delle|dell'|da|dal|dalla|dallo|dai|dagli|dalle|dall')$/.test(prep.lower) && isNameToken(toks[p + 1])) {
      const named = subjectAfter(toks, frame, p);
      return named && named !== 'nothing' && named.kind === 'name' ? named : undefined;
    }
    // "dell’Onu", "dell’Agenzia spaziale europea": a name elided onto the preposition
    const institution = elidedInstitution(toks, frame, p);
    if (institution) return { kind: 'name', ...institution };
    if (isElidedComplement(prep)) {
      const end = isNameToken(toks[p + 1]) && toks[p + 1]!.start === prep.end + 1 ? nameEndForward(toks, p + 1) : p + 1;
      return { kind: 'name', name: `${prep.text.replace(/^\p{L}+['’]/u, '')}${end > p + 1 ? ` ${sliceText(frame, toks, p + 1, end)}` : ''}`, at: prep.start };
    }
    // "del sindaco Aldo Bruni", "dell’assessora Giulia Neri": a role, then the name (or the role alone)
    if (!/^(?:di|del|della|dello|dei|degli|delle|dell'\p{L}+|dal|dalla|dallo|dai|dagli|dalle|dall'\p{L}+)$/u.test(prep.lower)) return undefined;
    const subject = ownerAfterPreposition(toks, frame, p, opening);
    return subject && (subject.kind === 'name' || subject.kind === 'role') ? subject : undefined;
  }
  return undefined;
}

/**
 * "In un video anche Silvio Berlusconi attacca Conte: “…”", "la segretaria Giorgia Meloni affida a un video la
 * risposta: “…”": the one full name the sentence writes before the colon that opens the quotation, as the subject of
 * the word after it (a verb, though not one of saying).
 * @param quoteStart - offset of the quotation's opening mark
 */
export function subjectColonSpeaker(toks: readonly Tok[], frame: string, quoteStart: number): Subject | undefined {
  const colon = colonBeforeQuotation(toks, frame, quoteStart);
  if (colon < 2) return undefined;
  const names = fullNamesBefore(toks, frame, toks[colon]!.start);
  // "Intervenuto il commissario Scura ai microfoni della stampa, ha voluto concentrare il suo discorso …: «…»": a
  // participle opening the sentence, its subject right after it, is the subject of the clause before the colon
  if (toks[0]?.cap && PAST_PARTICIPLE.test(toks[0].lower) && names.length <= 1) {
    const after = subjectAfter(toks, frame, 0);
    if (after && after !== 'nothing' && after.kind === 'name' && (names.length === 0 || names[0] === after.name)) return after;
  }
  if (names.length === 0) {
    // "Infine Viscovo chiude la conferenza stampa: «…»": a surname alone, capitalised after the sentence's opening
    // adverbs (so a name, not the sentence's first word), right before its verb
    let i = 0;
    while (i < colon && toks[i]!.word && CLAUSE_OPENERS.has(toks[i]!.lower)) i++;
    const verb = toks[i + 1];
    // (also opening the sentence, "Conte invece apprezza e accetta: “…”", when the article names that person in full:
    // a capitalised first word is no name by itself)
    if (isNameToken(toks[i]) && verb?.word && !verb.cap && !isPreposition(verb) && !ARTICLES.has(verb.lower) && !/^(?:e|ed|o|che|come)$/.test(verb.lower)) {
      return { kind: 'name', name: toks[i]!.text, at: toks[i]!.start, ...(i === 0 ? { known: true } : {}) };
    }
    // "Il Presidente biancorosso ha stilato il bilancio …: «…»": an office with its article opening the sentence, a
    // word or two describing it, then its auxiliary
    const phrase = roleNounPhrase(toks, /^l'/.test(toks[i]?.lower ?? '') ? i : i + 1);
    if (!phrase || phrase.start !== i) return undefined;
    let v = /^l'/.test(toks[i]!.lower) ? i + 1 : i + 2;
    while (v < colon && v - i < 5 && toks[v]!.word && !toks[v]!.cap && !ROLE_SUBJECT_AUXILIARIES.has(toks[v]!.lower) && !isPreposition(toks[v])) v++;
    return v < colon && ROLE_SUBJECT_AUXILIARIES.has(toks[v]!.lower) && toks[v]!.lower !== 'si' ? { kind: 'role', role: phrase.role, at: toks[i]!.start } : undefined;
  }
  if (names.length > 1) {
    // "Dopo i saluti …, a Leda Masio e Mirella Oliveri, il presidente della croce rossa Pierangelo Bruno ha voluto
    // ringraziare il comune: «…»": of several names, the one that is the subject of the last clause before the colon,
    // its auxiliary right after it
    for (let k = colon - 1; k >= 1; k--) {
      if (!toks[k]!.word || !COLON_SUBJECT_AUXILIARIES.has(toks[k]!.lower) || !isNameToken(toks[k - 1])) continue;
      const subject = subjectBefore(toks, frame, k);
      return subject.kind === 'name' && subject.name.includes(' ') && names.includes(subject.name) ? subject : undefined;
    }
    return undefined;
  }
  for (let k = 1; k < colon; k++) {
    const next = toks[k]!;
    if (!next.word || next.cap || isNameToken(next) || isPreposition(next) || ARTICLES.has(next.lower) || /^(?:e|ed|o|ma|che|come)$/.test(next.lower)) continue;
    // (or after the comma closing the name's apposition: "Il difensore, avvocatessa X di Bassano, scopre …: «…»")
    if (!isNameToken(toks[k - 1]) && toks[k - 1]?.text !== ',') continue;
    const subject = subjectBefore(toks, frame, k);
    // (an apposition's office read without its article: "Mario Rossi, il sindaco di Lerici, ricorda …")
    if (subject.kind === 'name' && subject.name === names[0]) return subject.role ? { ...subject, role: subject.role.replace(/^(?:il|lo|la|l['’])\s*/iu, '') } : subject;
  }
  return undefined;
}

/**
 * "Il sindaco: «…»", "Poi il mister gialloblù: “…”", "L’assessora regionale: «…»": an office with its article, a few
 * words after it at most, and a colon that opens the quotation — the sentence's whole introduction.
 * @param quoteStart - offset of the quotation's opening mark
 * @returns the office as a role, or undefined
 */
export function roleColonSpeaker(toks: readonly Tok[], frame: string, quoteStart: number): Subject | undefined {
  const colon = colonBeforeQuotation(toks, frame, quoteStart);
  if (colon < 1) return undefined;
  let i = 0;
  while (i < colon && toks[i]!.word && CLAUSE_OPENERS.has(toks[i]!.lower)) i++;
  if (toks[i]?.text === ',') i++;
  const phrase = roleNounPhrase(toks, /^l'/.test(toks[i]?.lower ?? '') ? i : i + 1);
  if (!phrase || phrase.start !== i) return undefined;
  const roleEnd = /^l'/.test(toks[i]!.lower) ? i + 1 : i + 2;
  // (after the office, a few words without a verb or a name: "gialloblù", "regionale", "del Comune"; or a longer
  // complement of adjectives and prepositions, "provinciale dei vigili del fuoco di Fermo", with no clause in it)
  const between = toks.slice(roleEnd, colon);
  const complement = between.length <= 10 && (isPreposition(between[0]) || OFFICE_ADJECTIVE.test(between[0]?.lower ?? '')) && !between.some((t) => /^(?:che|cui|ha|hanno|è|sono|era|erano|aveva|avevano|sarà)$/u.test(t.lower));
  if ((colon - roleEnd > 4 && !complement) || between.some((t) => !t.word)) return undefined;
  // ("Il Presidente del CONI Giovanni Malagò: “…”": the office's complement, then the person's full name — theirs,
  // not whoever held an office of that name before)
  if (isNameToken(toks[colon - 1])) {
    const start = nameStartBack(toks, colon - 1);
    const person = personStartInRun(toks, start, colon);
    if (colon - person >= 2 && person > roleEnd && toks.slice(person, colon).every((t) => !isTitle(t) && !ORGANISATION_WORDS.has(t.lower))) {
      return { kind: 'name', name: sliceText(frame, toks, person, colon), role: sliceText(frame, toks, i, person).replace(/^(?:il|lo|la|l['’])\s*/iu, ''), at: toks[person]!.start };
    }
  }
  return { kind: 'role', role: phrase.role, at: toks[i]!.start };
}

/** Whether the sentence opens with a verb (its subject carried over): "Ora sta osservando…", "Afferma che…". */
export function opensWithVerb(toks: readonly Tok[], firstVerbTok: number | undefined): boolean {
  let i = 0;
  while (toks[i] && toks[i]!.word && CLAUSE_OPENERS.has(toks[i]!.lower)) i++;
  if (firstVerbTok !== undefined && i === firstVerbTok) return true;
  return !!toks[i] && OPENING_AUXILIARIES.has(toks[i]!.lower);
}

/**
 * Where the subject ends when an apposition after it is not closed before the verb and ends on a place: "Lo zoologo
 * Paolo Forconi, originario di Tolentino e trasferitosi a Pescasseroli commenta: “…”" — the place governed by its
 * preposition is no subject; the name before the comma that opens the apposition is, when the apposition opens with a
 * lower-case word (not an article, a pronoun or a relative) and holds only words, and the name is a person's in full
 * that no preposition governs.
 * @param toks - the sentence's tokens
 * @param j - the last token before the verb
 * @returns the last token of that name, or `j` unchanged
 */
function unclosedAppositionSubject(toks: readonly Tok[], j: number): number {
  if (!isNameToken(toks[j])) return j;
  const start = nameStartBack(toks, j);
  if (!isPreposition(toks[start - 1])) return j;
  let p = start - 2;
  while (p > 0 && start - p <= 14 && toks[p]!.word) p--;
  const first = toks[p + 1];
  // (a person named in full before the comma, not in a complement: "Come con i linfociti B, ciascun tipo di T
  // riconosce …" names no one)
  if (toks[p]?.text !== ',' || !isNameToken(toks[p - 1]) || p - 1 - nameStartBack(toks, p - 1) < 1 || governedName(toks, p - 1) || !first || first.cap || ARTICLES.has(first.lower) || PRONOUNS.has(first.lower) || /^(?:che|cui|quale|quali|e|ed|ma|o)$/u.test(first.lower) || isPreposition(first)) return j;
  return p - 1;
}

// Whether the comma at `c` closes an apposition opened by a comma right after a name: "X, padre di una vittima,".
function closesApposition(toks: readonly Tok[], c: number): boolean {
  for (let k = c - 1; k >= 1 && c - k <= 10; k--) {
    if (toks[k]!.text === ',') return k < c - 1 && isNameToken(toks[k - 1]);
    if (!toks[k]!.word) return false;
  }
  return false;
}
