/**
 * The construction tables of speaker attribution that need the sentence's syntax: who is the subject of a
 * reporting verb (by where the verb stands, then corrections), and who owns the quotations of a sentence with no
 * reporting verb of its own. Each row has an id, an example text and who speaks in it; speakers.ts applies the
 * rows in order. A new construction is a new row with its example (tested in test/core/attribution.test.ts).
 */
import { isStopword } from './analysis.js';
import { OPENS_QUOTATION } from './interview.js';
import type { QuoteSentence } from './quotes.js';
import { ARTICLES, CLAUSE_OPENERS, FLOOR_GIVERS, FOCUS_AUXILIARIES, HAVE_FORMS, PRONOUNS, SPEECH_NOUNS, type ReportingVerb } from './speakerLexicon.js';
import {
  clauseSubject,
  focusedAfterOpening,
  cleftSubject,
  CLOSE_MARKS,
  OPEN_MARKS,
  colonSpeaker,
  wordsJoinedSpeaker,
  jointColonSpeakers,
  complementColonSpeaker,
  DOC_SET,
  isDocumentAt,
  isInstitutionName,
  documentForward,
  FIRST_PERSON,
  colonBeforeQuotation,
  nameStartBack,
  fullNamesBefore,
  isNameToken,
  isPreposition,
  governedTitleOpen,
  personRun,
  POSSESSIVE_PREPS,
  isRoleLike,
  isRoleTok,
  isTitle,
  jointSubjectsFrom,
  letters,
  nameEndForward,
  ownerAfterPreposition,
  sliceText,
  ELIDED_PREFIX,
  PREPOSITIONS,
  quoteInserts,
  ROLE_SET,
  roleColonSpeaker,
  roleSubject,
  speechNounSpeaker,
  subjectAfter,
  subjectBefore,
  subjectColonSpeaker,
  subjectForward,
  complementEnd,
  type Subject,
  type Tok,
  type VerbHit,
} from './speakerSyntax.js';

/**
 * Whether ", verb Subject," is an insert the sentence goes on after ("La crescita nulla del Pil, spiega l’Istat, è la
 * sintesi …"): no quotation before it, a comma after the subject, and then a word that neither starts an apposition
 * or a relative clause ("…, dice Aldo Bruni, sindaco di Valdora", "…, che …") nor an adjunct. The whole sentence is
 * then the statement, as for a verb alone between commas.
 */
function continuesAfterInsert(c: VerbContext): boolean {
  if (c.afterQuote) return false;
  let k = c.vEnd + 1;
  while (c.toks[k] && !/^[,.;:!?…]$/.test(c.toks[k]!.text)) k++;
  const next = c.toks[k + 1];
  if (c.toks[k]?.text !== ',' || !next?.word || next.cap) return false;
  // ("Alla luce dei risultati, ha detto il ceo X, il gruppo ha confermato la guidance": a subject with its article
  // and its auxiliary within a few words is the sentence's clause going on, not an apposition)
  if (ARTICLES.has(next.lower)) {
    for (let j = k + 2; j <= k + 4 && c.toks[j]?.word && !c.toks[j]!.cap; j++) {
      if (/^(?:quale|quali)$/u.test(c.toks[j]!.lower)) return false;
      if (j > k + 2 && FOCUS_AUXILIARIES.has(c.toks[j]!.lower)) return !ROLE_SET.has(c.toks[k + 2]!.lower);
    }
    return false;
  }
  return !ROLE_SET.has(next.lower) && !PREPOSITIONS.has(next.lower) && !/^(?:che|cui|quale|quali|ex|secondo|durante|oggi|ieri)$/.test(next.lower);
}

/**
 * The one full name a sentence writes, closing it right before the colon that opens its quotation, with no
 * preposition governing it ("Soddisfatto il direttore di Confcommercio Luca Dal Poz: «…»").
 * @param quoteStart - offset of the quotation's opening mark
 */
function closingColonName(toks: readonly Tok[], frame: string, quoteStart: number): Subject | undefined {
  const colon = colonBeforeQuotation(toks, frame, quoteStart);
  const names = fullNamesBefore(toks, frame, quoteStart);
  if (colon < 2 || names.length !== 1) return undefined;
  // (the name ends right at the colon, and no preposition governs it: "Lettera a X: «…»" is addressed to X)
  const at = frame.lastIndexOf(names[0]!, toks[colon]!.start);
  if (at < 0 || frame.slice(at + names[0]!.length, toks[colon]!.start).trim()) return undefined;
  if (isPreposition(toks[toks.findIndex((t) => t.start >= at) - 1])) return undefined;
  return { kind: 'name', name: names[0]!, at, person: true };
}

/** What a rule finding a reporting verb's subject sees. Values read around the verb are computed on first use. */
export interface VerbContext {
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

export function verbContext(s: QuoteSentence, toks: readonly Tok[], vStart: number, vEnd: number, entry: ReportingVerb, hits: readonly VerbHit[], verbInitial: boolean): VerbContext {
  // ("“…”, ci racconta X", "“…”, mi dice X": a clitic pronoun of the one spoken to stands with the verb)
  const clitic = /^(?:mi|ci|ti|vi|gli)$/.test(toks[vStart - 1]?.lower ?? '') && !!toks[vStart - 2] && !toks[vStart - 2]!.word ? 1 : 0;
  const prev = toks[vStart - 1 - clitic];
  vStart -= clitic;
  // ("“Lo Stato” – ha concluso il Comandante – “ha dimostrato …”": a dash after the closing mark sets the verb off too)
  // (also after the comma: "«…», – dichiarano gli allenatori X e Y")
  const dashAfterQuote = !!prev && /^[–—-]$/u.test(prev.text) && (CLOSE_MARKS.has(toks[vStart - 2]?.text ?? '') || (toks[vStart - 2]?.text === ',' && CLOSE_MARKS.has(toks[vStart - 3]?.text ?? '')));
  // ("Cuneo - ha ricordato la sindaca X, ospita 11 corsi": a dash opening an insert in words not quoted)
  const dashInsert = !!prev && /^[–—-]$/u.test(prev.text) && !!toks[vStart - 2]?.word;
  // (an apostrophe typed for the closing mark closes the quotation too: "“… questa squadra’ dice X")
  const closes = (t: Tok | undefined) => !!t && (CLOSE_MARKS.has(t.text) || (/^['’]$/u.test(t.text) && s.quotations.some((q) => q.end === t.end)));
  const afterComma = !!prev && (prev.text === ',' || closes(prev) || dashAfterQuote || dashInsert);
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
    // (not after a title closing an apposition: "X, direttore editoriale di “Avvocati”, ha ricordato …")
    afterQuote: afterComma && (closes(prev) || closes(toks[vStart - 2])) && !titledApposition(toks, s.frame, vStart),
    commaAt: !prev ? 0 : prev.text === ',' || dashAfterQuote ? prev.start : prev.end,
    after: () => (after === null ? (after = subjectAfter(toks, s.frame, vEnd)) : after),
    before: () => (before === null ? (before = prev?.text === ',' ? subjectBefore(toks, s.frame, vStart) : undefined) : before),
  };
}

/**
 * Whether a verb that does not otherwise put its subject after it ("ricorda", "cita", "risponde": "la città ricorda
 * Mario Rossi" honours him) opens an insert set off by commas or dashes whose subject closes it ("Nel 2019, ricorda
 * l’associazione, sono stati 26 …", "I dati – ricorda Rossi – sono chiari"): there it can only report.
 * @param c - the verb's context (after a comma or a dash)
 * @param after - the subject read right after the verb
 */
function insertsSubject(c: VerbContext, after: Subject): boolean {
  if (!c.prev || !/^[,–—-]$/u.test(c.prev.text) || after.kind === 'document') return false;
  // (not a name with an apposition after it: "Oggi, ricorda Mario Rossi, il sindaco scomparso")
  if (after.kind === 'name' && after.role && c.s.frame.indexOf(after.role, after.at) > after.at) return false;
  return (c.prev.text === ',' ? CLOSED_BY_COMMA : CLOSED_BY_DASH).test(c.s.frame.slice(c.toks[c.vEnd]!.end));
}
// The subject after an inserted verb, then the insert's closing comma or dash and the sentence going on.
const CLOSED_BY_COMMA = /^\s+[^,;:.!?–—]{2,70}?\s*,\s+\p{L}/u;
const CLOSED_BY_DASH = /^\s+[^,;:.!?–—]{2,70}?\s*[–—-]\s+\p{L}/u;

/**
 * Whether the quotation closed right before the comma before a verb is a short title ending a name's apposition
 * ("Giandiego Monteleone, direttore editoriale di “Avvocati”, ha ricordato …"): the verb's subject is that name.
 */
function titledApposition(toks: readonly Tok[], frame: string, vStart: number): boolean {
  // (with the apposition's closing comma or without it: "X, direttore della Uosd “Obiettivi di salute” ha ricordato …")
  const close = toks[vStart - 1]?.text === ',' ? vStart - 2 : vStart - 1;
  if (!CLOSE_MARKS.has(toks[close]?.text ?? '') || governedTitleOpen(toks, close) < 0) return false;
  const subject = subjectBefore(toks, frame, vStart);
  return subject.kind === 'name' && (!!subject.role || subject.name.includes(' '));
}

/** A subject found for a verb, and whether it comes after the verb (the statement then ends before it). */
export interface SubjectReading {
  readonly subject: Subject;
  readonly inverted?: boolean;
  readonly statementEnd?: number;
}

/**
 * A rule for a reporting verb's subject. `position` rules are tried in order where the verb stands (after a comma,
 * after "come"); the first reading wins, else the subject is the one written before the verb. `refine` rules then
 * correct that subject in order.
 */
export interface SubjectRule {
  readonly id: string;
  readonly phase: 'position' | 'refine';
  /** A text written to show the construction, and who speaks in its last paragraph, `null` for nobody (tested in test/core/attribution.test.ts). */
  readonly example: readonly string[];
  readonly speaker: string | null;
  readonly read: (ctx: VerbContext, current?: Subject) => SubjectReading | undefined;
}

// Words that go on with the same speaker before a colon ("E ancora: “…”", "Infine: “…”"), besides the stopwords.
const GOING_ON: ReadonlySet<string> = new Set(['ancora', 'infine', 'inoltre', 'anzi', 'poi']);

// Clitic pronouns, which stand right before their verb ("si chiede", "ne parla", "lo ha detto").
const CLITICS: ReadonlySet<string> = new Set(['si', 'ci', 'vi', 'ne', 'mi', 'ti', 'gli', 'lo', 'la', 'li', 'le']);

export const SUBJECT_RULES: readonly SubjectRule[] = [
  {
    // "Gemma Mele, Ministra del Turismo, ha dichiarato: “…”": the subject and its apposition come first
    id: 'apposition-before-verb',
    phase: 'position',
    example: ['Gemma Mele, Ministra del Turismo, ha dichiarato: “Il teatro di provincia è stato una scuola di libertà”.'],
    speaker: 'Gemma Mele',
    read: (c) => {
      if (!c.afterComma || c.afterQuote || c.after() !== 'nothing') return undefined;
      const before = c.before();
      // (or an office: "Il sindaco, visibilmente commosso, ha detto: …")
      return before?.kind === 'name' || before?.kind === 'role' ? { subject: before } : undefined;
    },
  },
  {
    // "“…”, dice.", "In un mondo che cambia, ha riconosciuto, è difficile …": no subject after the verb, the one in focus speaks
    id: 'verb-alone-after-comma',
    phase: 'position',
    example: ['Il sindaco Aldo Bruni dice che la seduta è aperta.', '“Il bilancio è in ordine”, ha detto. Con questi costi, ha ammesso, sarà difficile assumere.'],
    speaker: 'Aldo Bruni',
    read: (c) => {
      if (!c.afterComma || c.after() !== 'nothing' || c.entry.gerund) return undefined;
      // "Lo Chef, senza nascondere la commozione, ha commentato: «…»": the verb introduces the quotation after its
      // colon; who opens the sentence before the first comma says it, and nothing before the colon is a statement
      const first = c.toks.findIndex((t) => t.text === ',');
      if (!c.afterQuote && c.toks[c.vEnd + 1]?.text === ':' && c.s.quotations.some((q) => q.start > c.toks[c.vEnd]!.end) && first > 0) {
        const opener = subjectForward(c.toks, c.s.frame, 0, first, true);
        // (a name of one word is left to the focus: "Lo Chef" capitalises an office)
        const named = opener?.kind === 'role' || (opener?.kind === 'name' && /\s/u.test(opener.name));
        return { subject: named ? opener : { kind: 'focus', at: c.commaAt }, inverted: true, statementEnd: c.s.text.length };
      }
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
      if (!c.afterComma || !after || after === 'nothing' || !(c.entry.inverts || c.afterQuote || insertsSubject(c, after))) return undefined;
      // (an insert set off by dashes in words not quoted: the whole sentence is what they said)
      const unquotedInsert = !c.afterQuote && /^[–—-]$/u.test(c.prev?.text ?? '');
      return { subject: after, inverted: true, statementEnd: unquotedInsert || continuesAfterInsert(c) ? c.s.text.length : c.commaAt };
    },
  },
  {
    // "“…”, ha spiegato in un post l’AD Laura Pini", "“…”, ha aggiunto il ministro", "“…”, ha detto ancora"
    id: 'subject-past-adjuncts-after-quote',
    phase: 'position',
    example: ['“Abbiamo preso impegni precisi”, ha spiegato in un post sul sito aziendale l’AD Laura Pini.'],
    speaker: 'Laura Pini',
    read: (c) => {
      if (!c.afterQuote || c.after() === 'nothing' || c.entry.gerund) return undefined;
      // (past a complement naming who it was said to: "spiega all’Adnkronos Salute il virologo …, Fabrizio Pregliasco")
      const fwd = subjectForward(c.toks, c.s.frame, complementEnd(c.toks, c.vEnd + 1));
      // (a plural verb: only two or more people named together past the adjuncts — “…” scrivono in una nota congiunta
      // A, B e C — say it; their words are each one's)
      if (c.entry.plural) {
        if (fwd?.kind !== 'name') return undefined;
        const joint = jointSubjectsFrom(c.s.frame, fwd.at);
        const first = joint[0];
        return joint.length >= 2 && joint.every((x) => x.kind === 'name') && first?.kind === 'name' && first.name === fwd.name ? { subject: fwd, inverted: true, statementEnd: c.commaAt } : undefined;
      }
      // ("“…”, dice un gioielliere del centro", "dicono alcuni residenti": someone the article leaves unnamed says it,
      // not the one in focus)
      const next = c.toks[complementEnd(c.toks, c.vEnd + 1)];
      // (an office or a trade after the indefinite article too: "dice un commerciante di Ravenna")
      const unnamed = (!fwd || fwd.kind === 'role') && !!next?.word && !next.cap && (/^(?:un|una|uno|alcuni|alcune|qualcuno)$/u.test(next.lower) || /^un['’]\p{L}/u.test(next.lower));
      if (unnamed) return { subject: { kind: 'none' }, inverted: true, statementEnd: c.commaAt };
      return { subject: fwd ?? { kind: 'focus', at: c.commaAt }, inverted: true, statementEnd: c.commaAt };
    },
  },
  {
    // "come ha evidenziato l’AD: “…”"
    id: 'come-verb-subject',
    phase: 'position',
    example: ['“Il piano è realistico”, ha detto l’AD di Ferrovie Lacustri Laura Pini.', 'Lo dicono i conti, come ha evidenziato l’AD: “Entro dicembre avremo raddoppiato la rete”.'],
    speaker: 'Laura Pini',
    read: (c) => {
      // (with the clitic of the one told: "…, come ci ha spiegato il sindaco X")
      const come = c.prev?.lower === 'come' || (/^(?:ci|mi|vi|gli|le)$/u.test(c.prev?.lower ?? '') && c.toks[c.vStart - 2]?.lower === 'come');
      if (c.afterComma || !come || c.entry.plural) return undefined;
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
    // "L’avvocata X scopre la pecca nel fascicolo: “…”, rileva.": a verb alone after a quotation that a colon opens is
    // said by the person the sentence names before the colon, not by the one in focus before
    id: 'colon-subject-then-verb-alone',
    phase: 'refine',
    example: ['Il sindaco Aldo Bruni ha aperto la seduta.', 'La consigliera Sara Gobbi scopre l’errore nel bilancio: “Qui mancano due milioni”, rileva.'],
    speaker: 'Sara Gobbi',
    read: (c, current) => {
      if (current?.kind !== 'focus' || !c.afterQuote || c.entry.plural || c.after() !== 'nothing') return undefined;
      const verbAt = c.toks[c.vStart]!.start;
      const quoted = c.s.quotations.filter((q) => q.end <= verbAt).at(-1);
      if (!quoted || c.s.quotations.some((q) => q.end <= quoted.start)) return undefined;
      // (also who is given the floor, or named with their office, right before the colon: "È intervenuto il ministro
      // dei Trasporti, Matteo Salvini: “…”, ha ribadito.")
      const before = c.s.frame.slice(0, quoted.start);
      // (or the subject of a verb before the colon: "Replica il ministro …, Matteo Salvini: “…”, ha ribadito.")
      const colonBefore = /:\s*$/u.test(before);
      const colonAfterVerb = colonBefore ? c.hits.find((h) => h.subject.kind === 'name' && h.subject.at < quoted.start && (c.toks[h.tokEnd]?.end ?? Infinity) <= quoted.start)?.subject : undefined;
      // (or whose words "quelle" joins to those before: "Alle parole di X si aggiungono quelle del segretario Y: “…”, sostiene.")
      // (or the one full name closing a sentence with no verb before the colon: "Soddisfatto il direttore di
      // Confcommercio Luca Dal Poz: «…», spiega.")
      const intro = wordsJoinedSpeaker(c.toks, c.s.frame, quoted.start) ?? colonAfterVerb ?? (colonBefore ? floorSubject(c.toks, before) : undefined) ?? colonSpeaker(c.toks, c.s.frame, quoted.start) ?? subjectColonSpeaker(c.toks, c.s.frame, quoted.start) ?? closingColonName(c.toks, c.s.frame, quoted.start);
      // (not the sentence's capitalised first word alone, which names someone only where the article names them in full:
      // "Questioni familiari ed economiche, le ragioni dell’addio: “…” racconta." goes on with the one in focus)
      return intro?.kind === 'name' && !intro.known ? { subject: intro } : undefined;
    },
  },
  {
    // "Poi la benedizione di mons. Pennacchio “Che la piazza sia il salotto della città” ha detto.": a verb alone after
    // the sentence's one quotation, which opens right after a name, is said by that name, not by the one in focus
    id: 'name-then-quotation-then-verb-alone',
    phase: 'refine',
    example: ['Il sindaco Aldo Bruni ha aperto la cerimonia.', 'Poi la benedizione di monsignor Sara Gobbi “Che la piazza sia il salotto della città” ha detto.'],
    speaker: 'Sara Gobbi',
    read: (c, current) => {
      if (current?.kind !== 'focus' || !c.afterQuote || c.entry.plural || c.after() !== 'nothing' || c.hits.some((h) => h.subject.kind !== 'none')) return undefined;
      const verbAt = c.toks[c.vStart]!.start;
      const quoted = c.s.quotations.filter((q) => q.end <= verbAt);
      if (quoted.length !== 1) return undefined;
      const open = c.toks.findIndex((t) => t.start >= quoted[0]!.start);
      const last = c.toks[open - 1];
      if (open < 1 || !OPEN_MARKS.has(c.toks[open]!.text) || !isNameToken(last) || c.toks[open]!.start - last!.end > 1) return undefined;
      const start = nameStartBack(c.toks, open - 1);
      return { subject: { kind: 'name', name: sliceText(c.s.frame, c.toks, start, open), at: c.toks[start]!.start } };
    },
  },
  {
    // "Gli fa eco il collega di Confesercenti, Mimmo Alessi: «…»": a dative clitic opening the sentence, then the verb,
    // then its subject (the one the clitic stands for spoke before)
    id: 'clitic-then-verb',
    phase: 'refine',
    example: ['«Il bilancio è in ordine», ha detto il presidente Sara Gobbi.', 'Gli fa eco il collega di Confesercenti, Aldo Bruni: «Anche per noi è andata benissimo».'],
    speaker: 'Aldo Bruni',
    read: (c) => {
      let i = 0;
      while (c.toks[i]?.word && CLAUSE_OPENERS.has(c.toks[i]!.lower)) i++;
      if (i !== c.vStart - 1 || !/^(?:gli|le)$/.test(c.toks[i]!.lower)) return undefined;
      const stop = c.toks.findIndex((t, k) => k > c.vEnd && /^[:;.]$/.test(t.text));
      const fwd = subjectForward(c.toks, c.s.frame, c.vEnd + 1, stop > 0 ? stop : c.toks.length);
      return fwd?.kind === 'name' ? { subject: fwd, inverted: true, statementEnd: stop > 0 ? c.toks[stop]!.start : c.s.text.length } : undefined;
    },
  },
  {
    // "Dice Rossi: «…»": a speech verb opening the sentence with its subject after it
    id: 'verb-first',
    phase: 'refine',
    example: ['Dice Aldo Bruni: «Il bilancio è in ordine»'],
    speaker: 'Aldo Bruni',
    read: (c, current) => {
      // ("A Manghi ha poi replicato il consigliere Sassi, “…”": a fronted complement, a name its preposition governs,
      // opens the sentence, and the subject follows the verb)
      const fronted = current?.kind === 'none' && c.vStart <= 6 && isPreposition(c.toks[0]) && c.toks.slice(0, c.vStart).every((t) => t.word);
      if ((current?.kind !== 'focus' && !fronted) || PRONOUNS.has(c.prev?.lower ?? '')) return undefined;
      const after = c.entry.inverts ? c.after() : undefined;
      if (after && after !== 'nothing' && after.kind === 'name') return { subject: after };
      // "Parla di medicina del futuro il governatore del Veneto Luca Zaia, …: “…”": the verb opening the sentence,
      // its complement, then its subject, a person named with their office, up to the first comma or colon (also
      // for a verb whose object follows it: the governed noun phrase is passed over)
      if (c.vStart !== 0) return undefined;
      // ("Esprimono soddisfazione i legali di X, A e B, dopo …": a plural verb, its object, then the people named
      // together, each one's bracket or office aside — the first of them stands for all)
      if (c.entry.plural) {
        const joint = c.toks[c.vEnd + 1] ? jointSubjectsFrom(c.s.frame, c.toks[c.vEnd + 1]!.start) : [];
        return joint.length >= 2 && joint.every((x) => x.kind === 'name') ? { subject: joint[0]! } : undefined;
      }
      const stop = c.toks.findIndex((t, k) => k > c.vEnd && /^[,:;.]$/.test(t.text));
      const fwd = subjectForward(c.toks, c.s.frame, c.vEnd + 1, stop > 0 ? stop : c.toks.length);
      return fwd?.kind === 'name' && fwd.role && fwd.name.includes(' ') ? { subject: fwd } : undefined;
    },
  },
  {
    // "Nel suo saluto ha sottolineato come …", "In conferenza stampa ha spiegato che …": a sentence that opens with one
    // complement (a preposition, then words in lower case, no article but the preposition's and no office) right before
    // its verb, and names no one after it, leaves the subject unsaid — the person in focus
    id: 'fronted-complement-then-verb',
    phase: 'refine',
    example: ['Il vescovo Aldo Bruni ha fatto ieri il suo ingresso nella diocesi.', 'Nel suo saluto ha sottolineato che la comunità è unita.'],
    speaker: 'Aldo Bruni',
    read: (c, current) => {
      if (current?.kind !== 'none' || c.entry.plural || c.hits.some((h) => h.subject.kind !== 'none')) return undefined;
      let opener = 0;
      while (c.toks[opener]?.word && CLAUSE_OPENERS.has(c.toks[opener]!.lower)) opener++;
      const complement = c.toks.slice(opener, c.vStart);
      const elided = /^(?:[Nn]ell|[Aa]ll|[Dd]all|[Ss]ull)['’]\p{Ll}+$/u.test(complement[0]?.text ?? '');
      const fronted =
        complement.length >= (elided ? 1 : 2) &&
        complement.length <= 5 &&
        (isPreposition(complement[0]) || elided) &&
        !POSSESSIVE_PREPS.has(complement[0]!.lower) &&
        complement.slice(1).every((t, i) => t.word && /^\p{Ll}+$/u.test(t.text) && !isRoleTok(t) && !isTitle(t) && !(ARTICLES.has(t.lower) && !isPreposition(complement[i]))) &&
        // (not a verb with its clitic, impersonal or not: "A questo punto si chiede l’intervento del ministro")
        !CLITICS.has(complement[complement.length - 1]!.lower) &&
        !CLITICS.has(c.toks[c.vStart]!.lower);
      if (!fronted) return undefined;
      const after = c.after();
      return after && after !== 'nothing' && after.kind !== 'none' ? undefined : { subject: { kind: 'focus', at: c.toks[opener]!.start } };
    },
  },
  {
    // "La vicepresidente della giunta Sonia Viale oppone un netto rifiuto, dicendo che …": a gerund of saying after a
    // clause of another verb says what that clause's subject says
    id: 'gerund-takes-the-clause-subject',
    phase: 'refine',
    example: ['Di fronte alla richiesta, la vicepresidente della giunta Anna Bruni oppone un netto rifiuto, dicendo che bastano le risposte scritte.'],
    speaker: 'Anna Bruni',
    read: (c, current) => {
      if (current?.kind !== 'coordinated' || !c.entry.gerund || c.hits.some((h) => h.subject.kind !== 'none')) return undefined;
      const subject = clauseSubject(c.toks, c.s.frame, c.vStart);
      return subject ? { subject } : undefined;
    },
  },
  {
    // "…con l’onorevole Sara Moretto, che ha concluso il suo intervento dicendo al ministro: “…”": a gerund of saying
    // inside the clause of a verb in a compound tense says what that verb's subject says
    id: 'gerund-takes-the-auxiliary-subject',
    phase: 'refine',
    example: ['In aula sono arrivati i deputati con l’onorevole Anna Bruni, che ha concluso il suo intervento dicendo al ministro: “Venga a riferire in parlamento”.'],
    speaker: 'Anna Bruni',
    read: (c, current) => {
      // (or coordinated, when the clause before names no one who speaks: "Il fiume si è alzato, facendo scattare
      // quello che l’assessore X ha definito “…”, sottolineando che …")
      // (or a name written right against the gerund, the object of the verb before it: "la sindaca X ha introdotto la
      // questione Imu dicendo che …" — a gerund's subject is the clause's, never the word before it)
      const before = c.toks[c.vStart - 1];
      const object = current?.kind === 'name' && before?.word === true && before.cap && before.end === current.at + current.name.length;
      if (!(current?.kind === 'none' || current?.kind === 'focus' || current?.kind === 'coordinated' || object) || !c.entry.gerund || c.hits.some((h) => h.subject.kind !== 'none')) return undefined;
      // (over the comma before the gerund and a quotation the verb takes as its object: "che l’assessore X ha definito
      // “un livello di attenzione”, sottolineando però che …")
      let k = c.vStart - 1;
      if (c.toks[k]?.text === ',') k--;
      while (k > 0 && c.vStart - k < 12 && (c.toks[k]!.word || OPEN_MARKS.has(c.toks[k]!.text) || CLOSE_MARKS.has(c.toks[k]!.text)) && !FOCUS_AUXILIARIES.has(c.toks[k]!.lower)) k--;
      if (k <= 0 || !c.toks[k]!.word || !FOCUS_AUXILIARIES.has(c.toks[k]!.lower)) return undefined;
      const subject = subjectBefore(c.toks, c.s.frame, k);
      return subject.kind === 'name' && (subject.role || subject.name.includes(' ')) ? { subject } : undefined;
    },
  },
  {
    // "…, e lo ha denunciato recentemente anche Draghi": a clause opened by the pronoun of what was said, the verb,
    // then its subject after it
    id: 'pronoun-verb-then-subject',
    phase: 'position',
    example: ['Quello dei prezzi è il problema delle aziende, e lo ha denunciato recentemente anche Aldo Bruni.'],
    speaker: 'Aldo Bruni',
    read: (c) => {
      // (the pronoun before the verb, or opening the verb's own form: "la definisce")
      const inForm = /^(?:lo|la|l')$/.test(c.toks[c.vStart]?.lower ?? '');
      if (!inForm && !/^(?:lo|la|l')$/.test(c.prev?.lower ?? '')) return undefined;
      const before = c.toks[c.vStart - (inForm ? 1 : 2)];
      if (before?.word && !CLAUSE_OPENERS.has(before.lower)) return undefined;
      let after = c.after();
      // ("La definisce la battaglia della sua vita il sindaco di Colleferro Sanna.": a verb of calling puts what the
      // pronoun is called first, then its subject — an office with its article after the complement's noun phrase)
      if ((!after || after === 'nothing' || after.kind !== 'name') && /^(?:definisc|chiam)/u.test(c.toks[inForm ? c.vStart + 1 : c.vStart]?.lower ?? '')) {
        for (let j = c.vEnd + 2; j < c.toks.length && j <= c.vEnd + 10 && c.toks[j]!.word; j++) {
          if (!ARTICLES.has(c.toks[j]!.lower) || !isRoleTok(c.toks[j + 1])) continue;
          after = subjectAfter(c.toks, c.s.frame, j - 1);
          break;
        }
      }
      // (the whole sentence is what they say: what the pronoun takes up stands before the verb)
      return after && after !== 'nothing' && after.kind === 'name' ? { subject: after, inverted: true, statementEnd: c.s.text.length } : undefined;
    },
  },
  {
    // "Oggi il ministro dell’Economia X difende la manovra e ribadisce che …": a verb of saying coordinated with the
    // verb of a clause that a full name opens says what that name's person says
    id: 'coordinated-takes-the-clause-subject',
    phase: 'refine',
    example: ['Dopo il no della premier Anna Neri, oggi il ministro dell’Economia Aldo Bruni difende la manovra e ribadisce che il governo è nel giusto.'],
    speaker: 'Aldo Bruni',
    read: (c, current) => {
      if ((current?.kind !== 'coordinated' && current?.kind !== 'none') || c.hits.some((h) => h.subject.kind !== 'none') || c.toks[c.vStart - 1]?.lower !== 'e') return undefined;
      const subject = clauseSubject(c.toks, c.s.frame, c.vStart - 1);
      return subject ? { subject } : undefined;
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
    // "Quando i carabinieri lo hanno avvicinato, gli hanno chiesto: “…” e vedendosi braccato, ha risposto: “…”": who
    // answers, in the sentence where others asked, is the one they asked, not the person in focus before
    id: 'answer-to-another-question',
    phase: 'refine',
    example: ['Lo ha detto il procuratore Aldo Bruni in conferenza stampa.', 'Quando i carabinieri lo hanno avvicinato, gli hanno chiesto: “Lei è il signor Rossi?” e lui ha risposto: “No”.'],
    speaker: null,
    read: (c, current) =>
      current?.kind === 'focus' && /(?:^|\s|\))(?:risponde|risposto|rispondendo)$/u.test(c.entry.source) && c.hits.some((h) => /(?:^|\s)(?:chied|chies|domand)/u.test(h.form) && h.subject.kind !== 'focus' && h.subject.kind !== 'none')
        ? { subject: { kind: 'none' } }
        : undefined,
  },
  {
    // "i consiglieri, che temono che …": a plural verb never takes a singular speaker carried over; it takes the two
    // who last spoke together ("«…», affermano Campus e Ibba. Aggiungono che …"), while one of them is speaking
    id: 'plural-never-carried',
    phase: 'refine',
    example: ['Aldo Bruni afferma che il bilancio è in ordine.', 'Dicono che i conti siano stati truccati.'],
    speaker: null,
    read: (c, current) => (c.entry.plural && (current?.kind === 'focus' || current?.kind === 'coordinated') ? { subject: { kind: 'pair', at: current.at } } : undefined),
  },
];

/** The rules for a reporting verb's subject, with the example each is tested on. */
export const SUBJECT_RULE_EXAMPLES: readonly { readonly id: string; readonly example: readonly string[]; readonly speaker: string | null }[] = SUBJECT_RULES.map(({ id, example, speaker }) => ({ id, example, speaker }));

/** What a rule for a sentence's quotations sees: the sentence, who spoke the quotation before, who is in focus. */
export interface OwnerContext<E> {
  readonly s: QuoteSentence;
  readonly toks: readonly Tok[];
  /** The speaker of the quotation in the sentence right before, when there was one. */
  readonly previous?: E;
  readonly focus?: E;
  /** The organisation that last spoke. */
  readonly orgFocus?: E;
  /** Whether it spoke in this paragraph or the one before, or the sentence names it. */
  readonly orgFocusNear?: boolean;
  /** The entity a subject stands for (`carried` answers "the one speaking" for a role or an empty insert). */
  readonly resolve: (subject: Subject, carried?: E) => E | undefined;
  /** Whether an entity is the person the article's title quotes ("Ornella Vanoni, “…”"): an interview's subject. */
  readonly quotedInTitle?: (e: E) => boolean;
  /** The person the title quotes, when a quotation repeats most of the title's quoted words (two at least). */
  readonly echoesTitle?: (quotation: string) => E | undefined;
  /** Whether the article's title quotes someone by name, and that person ("Lazio, Baroni: “…”"). */
  readonly titleQuotesSomeone?: boolean;
  /** Whether a later sentence of the paragraph names the speaker of what was said before it ("“…”. Così X …"). */
  readonly announced?: boolean;
  readonly titleSpeaker?: () => E | undefined;
  /** Whether an entity is an office never yet given a person ("il mister" before any name). */
  readonly unnamedRole?: (e: E) => boolean;
  /** Whether an entity is a document (a letter, a note) rather than someone who speaks. */
  readonly documentSource?: (e: E) => boolean;
  /** The one person an interview without labels addresses as "lei" ("Bruno Piraccini, lei …?"). */
  readonly interviewee?: () => E | undefined;
}

/** A rule giving the quotations of a sentence with no reporting verb of its own to someone. */
export interface QuoteOwnerRule {
  readonly id: string;
  /** A text written to show the construction; its quotations are `speaker`'s (tested in test/core/attribution.test.ts). */
  readonly example: readonly string[];
  /** The example article's title, when the rule reads it. */
  readonly title?: string;
  readonly speaker: string;
  /** Who says the example's quotations together with `speaker`, when the rule gives them to several. */
  readonly together?: string;
  /** The owner comes into focus, for the sentences after. */
  readonly focuses: boolean;
  readonly owner: <E>(ctx: OwnerContext<E>) => E | undefined;
}

/**
 * A rule's owner when the words before the quotation's colon name who speaks ("Laura Pini: “…”", "Il sindaco: «…»").
 * @param find - reads the speaker from the sentence's tokens, its text and the quotation's opening mark
 */
function introducedBy(find: (toks: readonly Tok[], frame: string, quoteStart: number) => Subject | undefined): QuoteOwnerRule['owner'] {
  return ({ s, toks, resolve }) => {
    const intro = find(toks, s.frame, s.quotations[0]!.start);
    return intro ? resolve(intro) : undefined;
  };
}

// "“…” è stato l’invito del sindaco", "«…», questo il commento di X", "«…», le parole scelte da X": a noun of saying after
// the quotation (group 1), whose it is after "di" or, after a participle (group "by"), after "da".
// (an adjective of order or manner before the noun, and a short complement after it: "è la prima analisi a caldo di X")
// The copula that names the words just quoted: "è", "è stato", "sono state", "fu".
const COPULA = String.raw`(?:è|era|fu)\s+stat[oa]|(?:sono|erano|furono)\s+stat[ei]|è|era|fu`;
const SPEECH_NOUN_AFTER = new RegExp(String.raw`^[^\p{L}]*(?:(?:${COPULA}|questo|questa|queste|questi|ecco)\s+)?(?:il|lo|la|le|i|gli|l['’])\s*(?:(?:prim[oaie]|ultim[oaie]|brev[ei]|lung[oa]|amar[oa]|sec(?:co|ca))\s+)?(presa\s+di\s+posizione|\p{L}+)\s+(?:a\s+caldo\s+|a\s+fine\s+gara\s+|congiunt[oaie]\s+|unitari[oaie]\s+)?(?<by>(?:scelt|usat|utilizzat|pronunciat|rilasciat|affidat|espress|scritt|dett)[oaie]\s+(?=d))?`, 'iu');
// The same noun of saying named by the copula right after the quotation: "“…” è il commento di X", "“…” è stato l’invito di".
const COPULA_NOUN_AFTER = new RegExp(String.raw`^[^\p{L}]*(?:${COPULA}|sono|erano)\s`, 'iu');
/**
 * "«…». È la replica dell’assessore ai Lavori pubblici Ferdinando De Fornari all’interrogazione …": a sentence that opens
 * with a noun of saying and whose it is (`SPEECH_NOUNS`), after quotations nobody said, names their speaker.
 * @param s - the sentence
 * @param toks - its tokens
 * @returns the subject the noun's preposition governs, a name or an office, or undefined
 * @example
 * speechNounOpening(sentence('È la replica del sindaco Aldo Bruni alle critiche.'), toks) // { kind: 'name', name: 'Aldo Bruni', … }
 */
export function speechNounOpening(s: QuoteSentence, toks: readonly Tok[]): Subject | undefined {
  const m = SPEECH_NOUN_OPENING.exec(s.frame) ?? WORDS_NOUN_OPENING.exec(s.frame);
  if (m) return SPEECH_NOUNS.has(m[1]!.toLowerCase()) ? speechNounOwner(toks, s.frame, m[0].length) : undefined;
  // "«…». La puntualizzazione della primaria del reparto, Maria Coppola.": the noun with only its article, in a
  // sentence that is nothing but the noun and whose it is (with their office), names the speaker too (not "La replica
  // del sindaco non si è fatta attendere", which goes on)
  const bare = BARE_SPEECH_NOUN.exec(s.frame);
  if (!bare || !SPEECH_NOUNS.has(bare[1]!.toLowerCase())) return undefined;
  const owner = speechNounOwner(toks, s.frame, bare[0].length);
  if (owner?.kind !== 'name') return undefined;
  const after = s.frame.slice(owner.at + owner.name.length);
  return /^\s*(?:,[^,.;:!?“”«»"]{1,80},?)?\s*[.!…]?\s*$/u.test(after) ? owner : undefined;
}
// The noun of saying with only its article opening a sentence (group 1).
const BARE_SPEECH_NOUN = /^\s*(?:il|lo|la|le|i|gli|l['’])\s*(\p{L}+)\s+/iu;

/**
 * Whose words a noun of saying gives, from the preposition right after it ("la replica del sindaco Aldo Bruni", "il
 * commento dell’assessora"): the name or office it governs.
 * @param toks - the sentence's tokens
 * @param frame - the text they were read from
 * @param after - the offset the noun (and what the pattern read after it) ends at
 * @returns the subject, a name or an office, or undefined
 */
function speechNounOwner(toks: readonly Tok[], frame: string, after: number, agent = false): Subject | undefined {
  const k = toks.findIndex((t) => t.start >= after);
  const preposition = agent ? /^(?:da|dal|dalla|dallo|dai|dagli|dalle|dall'\p{L}+)$/u : /^(?:di|del|della|dello|dei|degli|delle|dell'\p{L}+)$/u;
  if (!toks[k]?.word || !preposition.test(toks[k]!.lower)) return undefined;
  const subject = ownerAfterPreposition(toks, frame, k);
  return subject && (subject.kind === 'name' || subject.kind === 'role') ? subject : undefined;
}
// "È la replica …", "Questo il commento …", "Così la risposta …" opening a sentence: group 1 the noun.
// "Le parole del sindaco, X, sono …": the words themselves with only their article (a reply or a comment so named
// may answer the quotation rather than be it: "La replica del sindaco non si è fatta attendere").
const WORDS_NOUN_OPENING = /^\s*(?:le|la)\s+(parole|dichiarazioni|dichiarazione)\s+/iu;
const SPEECH_NOUN_OPENING = /^\s*(?:(?:è|era|fu|questa\s+è|questo\s+è|questo|questa|queste|questi|ecco|così|cosi['’])\s+)(?:il|lo|la|le|i|gli|l['’])\s*(?:(?:prim[oaie]|ultim[oaie]|brev[ei]|sec(?:co|ca))\s+)?(\p{L}+)\s+/iu;
// "Queste le parole di …:", "Di seguito le dichiarazioni di …:", "Le parole del tecnico …:": a noun of saying opening
// a sentence that announces, with a colon, the words after it (group 1 the noun).
const SPEECH_NOUN_INTRO = /^[^\p{L}]*(?:(?:queste|questa|questo|questi|ecco|di\s+seguito|così|cosi['’])\s*,?\s+)?(?:il|lo|la|le|i|gli|l['’]|alcune|alcuni)\s*(?:(?:prim[oaie]|ultim[oaie]|brev[ei])\s+)?(\p{L}+)\s+/iu;
/**
 * "Queste le parole di Stefano Colantuono al termine del match:", "Ecco le dichiarazioni del tecnico X:": a sentence
 * ending with a colon that opens with a noun of saying (`SPEECH_NOUNS`) and whose it is, announcing the words after.
 * @param s - the sentence
 * @param toks - its tokens
 * @returns the name or office the noun's preposition governs, or undefined
 * @example
 * speechNounIntro(sentence('Queste le parole di Aldo Bruni a fine gara:'), toks) // { kind: 'name', name: 'Aldo Bruni', … }
 */
export function speechNounIntro(s: QuoteSentence, toks: readonly Tok[]): Subject | undefined {
  if (!/:\s*$/u.test(s.frame)) return undefined;
  const m = SPEECH_NOUN_INTRO.exec(s.frame);
  // (or a document's noun: "Di seguito il comunicato del sindaco X:")
  return m && (SPEECH_NOUNS.has(m[1]!.toLowerCase()) || DOC_SET.has(m[1]!.toLowerCase())) ? speechNounOwner(toks, s.frame, m[0].length) : undefined;
}
// "«…», sono state le sue prime parole": after the quotation, the possessive takes up the focus.
const POSSESSIVE_AFTER = /^[^\p{L}]*(?:(?:(?:sono|erano|furono)\s+stat[ei]|sono|erano|furono|queste\s+sono|ecco)\s+)?(?:queste\s+)?le\s+sue\s+(?:prime\s+|ultime\s+)?(?:parole|dichiarazioni|considerazioni|affermazioni)(?![\p{L}])/iu;
// "Queste le sue dichiarazioni:", "Ecco le sue parole a fine gara:", "Di seguito le sue considerazioni:": a sentence that
// only announces the focus's words (singular: "le loro" would take up several people).
const POSSESSIVE_INTRO = /^[^\p{L}]*(?:(?:queste|ecco|così|di\s+seguito)\s+(?:sono\s+)?)?le\s+sue\s+(?:parole|dichiarazioni|considerazioni|affermazioni|riflessioni)(?:\s+[\p{L}’']+){0,4}\s*:\s*$/iu;

/**
 * Who owns the quotations of a sentence that has no reporting verb outside them, tried in order; the first rule
 * that names someone takes every quotation of the sentence (inserts "– ha detto X –" taken out).
 */
export const QUOTE_OWNERS: readonly QuoteOwnerRule[] = [
  {
    // "È stato il sindaco a spiegare: «…»", "Era stato lo stesso sindaco a evidenziare …: «Eppure servirebbe - aveva
    // scherzato - …»": the cleft's subject says the quotations (an insert with no subject of its own included)
    id: 'cleft',
    example: ['Il sindaco Aldo Bruni ha ricevuto il defibrillatore dal presidente Pietro Lodi, che ha detto: «Speriamo di non usarlo mai».', 'Era stato lo stesso sindaco a evidenziare come il municipio ne fosse sprovvisto: «Eppure servirebbe - aveva scherzato - con tutte le volte che mi fate arrabbiare».'],
    speaker: 'Aldo Bruni',
    focuses: true,
    owner: ({ s, toks, resolve }) => {
      const cleft = cleftSubject(toks, s.frame);
      return cleft ? resolve(cleft) : undefined;
    },
  },
  {
    // "“Il lavoro – ha concluso Ferri – vale …”", "“… - ha aggiunto - …”": a verb inserted in the quotation
    id: 'inserted-verb',
    example: ['Il sindaco Aldo Bruni dice che la seduta è aperta.', '“Il bilancio di quest’anno – ha detto Bruni – è in ordine e i revisori lo hanno confermato”.'],
    speaker: 'Aldo Bruni',
    focuses: true,
    owner: ({ s, toks, previous, focus, resolve, documentSource }) => {
      const inserted = s.quotations.map((q) => quoteInserts(q.inner)).find((x) => x.subject || x.carried);
      if (!inserted) return undefined;
      const carried = previous ?? focus;
      if (inserted.subject) return resolve(inserted.subject, carried);
      // ("I sindaci X e Y indirizzano una lettera alla Asl." then "«… – scrivono i due amministratori – …»": a plural
      // insert says people speak together, not the document in focus)
      if (inserted.plural && carried !== undefined && documentSource?.(carried)) return undefined;
      // ("Un contributo apprezzato anche dal primario del reparto, Marco Martini: “… - spiega - …”": a full name
      // introducing the quotation with a colon is who goes on, not whoever spoke before)
      const first = s.quotations[0]!;
      if (/:\s*[“«"„]?$/u.test(s.frame.slice(0, first.start + 1)) && fullNamesBefore(toks, s.frame, first.start).length) return undefined;
      return carried;
    },
  },
  {
    // "A prendere la parola è X: «…»", "Tocca poi a X: «…»", "Il primario X ha passato la parola alla caposala Y: «…»":
    // who takes the floor, then a colon and their words (before the rules that read a name or a subject before the
    // colon: whoever gives the floor does not speak the words after it)
    id: 'floor-colon',
    // (and any task so given: "A guidare la prima squadra sarà X: «…»", "A svolgere la funzione di direttore è X: «…»")
    example: ['A prendere la parola per primo è Aldo Bruni: «Sono contento di essere qui».'],
    speaker: 'Aldo Bruni',
    focuses: true,
    owner: introducedBy((toks, frame, quoteStart) => {
      const before = frame.slice(0, quoteStart);
      // (an office too, right before the colon: "A prendere la parola è il governatore dell’Emilia-Romagna: “…”" is
      // the region's president named before)
      return /:\s*$/u.test(before) ? (floorSubject(toks, before, true) ?? cleftColonSubject(toks, before)) : undefined;
    }),
  },
  {
    // "Ma gli avvocati Aldo Neri e Sara Gobbi, difensori degli imputati: «…»": two people named in full before the
    // colon say it together (the second one's too: speakers.ts)
    id: 'joint-colon',
    example: ['I giudici hanno confermato la condanna, ma gli avvocati Aldo Neri e Sara Gobbi, difensori degli imputati: «Ricorreremo in Cassazione».'],
    speaker: 'Aldo Neri',
    together: 'Sara Gobbi',
    focuses: true,
    owner: introducedBy((toks, frame, quoteStart) => jointColonSpeakers(toks, frame, quoteStart)[0]),
  },
  {
    // "Sara Gobbi, Verdi: “…”", "Laura Pini: “…”": a full name and a colon introduce the quotation
    id: 'name-colon',
    example: ['In aula, Sara Gobbi, Verdi: “Il bilancio non tiene conto dei quartieri”.'],
    speaker: 'Sara Gobbi',
    focuses: true,
    owner: introducedBy(colonSpeaker),
  },
  {
    // "Stefano Di Gennaro del ristorante Quintessenza di Trani (Bt): «…»": a full name, where the person is from, a colon
    id: 'name-complement-colon',
    example: ['Aldo Bruni del ristorante Il Faro di Lerici (Sp): «Sono molto emozionato e voglio condividere la stella con i miei collaboratori».'],
    speaker: 'Aldo Bruni',
    focuses: true,
    owner: introducedBy(complementColonSpeaker),
  },
  {
    // "L’appello del sindaco Aldo Bruni: «…»", "Duro attacco di Sara Gobbi (Verdi) al direttore: “…”": a noun of
    // saying and whose it is introduce the quotation
    id: 'speech-noun-colon',
    example: ['La replica di Sara Gobbi non si è fatta attendere: “Sono accuse senza fondamento, lo dimostreremo in aula”.'],
    speaker: 'Sara Gobbi',
    focuses: true,
    owner: introducedBy(speechNounSpeaker),
  },
  {
    // "In un video anche Sara Gobbi attacca il sindaco: “…”": the one full name before the colon, subject of the verb
    // after it
    id: 'subject-colon',
    example: ['In un video su Facebook anche Sara Gobbi attacca il sindaco e la giunta: “Il bilancio non tiene conto dei quartieri”.'],
    speaker: 'Sara Gobbi',
    focuses: true,
    owner: introducedBy(subjectColonSpeaker),
  },
  {
    // "“… Siamo curiosi” è stato l’invito del primo cittadino", "«…», questo il commento della ministra Anna Neri", "“…”,
    // la presa di posizione congiunta di Fim e Fiom": a noun of saying after the quotation, and whose it is (before a
    // sentence that is mostly quotation goes on with the speaker before: "«…», la replica di X" is X's)
    id: 'speech-noun-after',
    example: ['Il sindaco Aldo Bruni ha salutato gli studenti.', '“Chiedetevi sempre il perché. Siamo curiosi” è stato l’invito del primo cittadino.'],
    speaker: 'Aldo Bruni',
    focuses: true,
    owner: ({ s, toks, resolve }) => {
      const opening = letters(s.frame.slice(0, s.quotations[0]!.start)) === 0;
      // (after the last quotation, or after one that the noun's relative goes on from: "“…”, le parole del presidente
      // Pasini, che specifica, “…”")
      let end = -1;
      let m: RegExpExecArray | null = null;
      for (let i = s.quotations.length - 1; i >= 0 && !m; i--) {
        const found = SPEECH_NOUN_AFTER.exec(s.frame.slice(s.quotations[i]!.end));
        if (found && SPEECH_NOUNS.has(found[1]!.toLowerCase().replace(/\s+/gu, ' '))) [m, end] = [found, s.quotations[i]!.end];
      }
      if (!m) return undefined;
      // (words before the quotation only when the copula names it: "La conferma della chiusura “rappresenta un
      // tradimento” è il commento di X", the quoted predicate's subject written before it)
      if (!opening && !COPULA_NOUN_AFTER.test(s.frame.slice(end))) return undefined;
      // (also of several: "“…”, il commento degli assessori A e B", each of whom says it: speakers.ts)
      // ("«…», le parole scelte da Giovanni Neri": the participle's agent is whose they are)
      const subject = speechNounOwner(toks, s.frame, end + m[0].length, m.groups?.by !== undefined);
      return subject ? resolve(subject) : undefined;
    },
  },
  {
    // "“Questo è il frangiflutti … Prima l’acqua arrivava fin qua”: il ristoratore Carlo Franchini è preoccupato …": a
    // sentence opening on a quotation that a colon closes, then the person it presents, named in full or with an
    // office, as the subject of what follows
    id: 'quotation-colon-subject',
    example: ['“Qui manca un metro e sessanta d’acqua. Prima l’acqua arrivava fin qua”: il ristoratore Aldo Bruni è preoccupato per il livello del lago.'],
    speaker: 'Aldo Bruni',
    focuses: true,
    owner: ({ s, toks, resolve }) => {
      const q = s.quotations[0]!;
      // (after a dateline too: "Trevignano Romano (askanews) - “…”: …")
      if (letters(s.frame.slice(0, q.start)) !== 0 && !DATELINE.test(s.frame.slice(0, q.start))) return undefined;
      const m = /^\s*:\s*/u.exec(s.frame.slice(q.end));
      if (!m) return undefined;
      const k = toks.findIndex((t) => t.start >= q.end + m[0].length);
      const subject = k >= 0 ? subjectForward(toks, s.frame, k, toks.length, true) : undefined;
      return subject?.kind === 'name' && subject.at <= (toks[k + 4]?.start ?? Infinity) && (subject.role || subject.name.includes(' ')) ? resolve(subject) : undefined;
    },
  },
  {
    // "«Spero di essere di ispirazione», sono state le sue prime parole": the possessive after the quotation takes up
    // the person in focus
    id: 'possessive-after',
    example: ['Il nuovo presidente del circolo è invece Aldo Bruni, ex velista.', '«Spero di portare il circolo in serie A», sono state le sue prime parole.'],
    speaker: 'Aldo Bruni',
    focuses: true,
    owner: ({ s, focus }) =>
      letters(s.frame.slice(0, s.quotations[0]!.start)) === 0 && POSSESSIVE_AFTER.test(s.frame.slice(s.quotations[s.quotations.length - 1]!.end)) ? focus : undefined,
  },
  {
    // "“…”, dice Rossi. “…”": a sentence that is mostly quotation continues the quotation right before it
    id: 'continues-quotation',
    example: ['“Il bilancio è in ordine”, ha detto Aldo Bruni. “I revisori lo hanno confermato ieri in commissione”.'],
    speaker: 'Aldo Bruni',
    focuses: false,
    owner: ({ s, toks, previous }) => {
      const quoted = s.quotations.reduce((n, q) => n + letters(q.inner), 0);
      // ("Lucia Uva: “…”. La difesa: “…”": a label before the colon introduces someone else; "E ancora: “…”" goes on)
      // (a label of a few words opening the sentence, not a sentence of its own: "L’impegno sarà sulla comunicazione: “…”")
      const label = s.quotations.length ? /^\s*([\p{L}’' ]+):\s*$/u.exec(s.text.slice(0, s.quotations[0]!.start)) : null;
      if (label && label[1]!.trim().split(/\s+/).length <= 3 && !label[1]!.trim().split(/\s+/).every((w) => isStopword(w.toLowerCase(), 'it') || GOING_ON.has(w.toLowerCase()))) return undefined;
      // (nor does a full name right before the colon of any of its quotations: "Spazio anche all’ironia di Valerio Neri:
      // “…”", "«Molto contento» anche il sindaco di Ollolai Michele Columbu: «…»")
      for (const q of s.quotations) {
        const colon = colonBeforeQuotation(toks, s.frame, q.start);
        if (colon >= 2 && personRun(toks.slice(nameStartBack(toks, colon - 1), colon))) return undefined;
      }
      return previous && quoted >= 0.6 * letters(s.text) ? previous : undefined;
    },
  },
  {
    // "Queste le sue dichiarazioni: “…”", "Ecco le sue parole a fine gara: «…»": the possessive takes up the person
    // in focus
    id: 'possessive-colon',
    example: ['Aldo Bruni, amministratore delegato del Lerici, ha parlato al posto dell’allenatore.', 'Queste le sue dichiarazioni: “Non meritavamo un arbitraggio di questo tipo”.'],
    speaker: 'Aldo Bruni',
    focuses: true,
    owner: ({ s, focus }) => (POSSESSIVE_INTRO.test(s.frame.slice(0, s.quotations[0]!.start)) ? focus : undefined),
  },
  {
    // "Il sindaco: «…»", "Il mister gialloblù: “…”": an office and a colon introduce the quotation (the person of
    // that office named before, or named later, or the one the title quotes)
    id: 'role-colon',
    example: ['Il sindaco Aldo Bruni ha visitato il cantiere di via Roma.', 'Il sindaco: «Restate a casa, la piena arriverà stanotte».'],
    speaker: 'Aldo Bruni',
    focuses: true,
    owner: introducedBy(roleColonSpeaker),
  },
  {
    // "Di ben altro umore, ovviamente, il runner-up Joao Sousa: “Sono molto arrabbiato …”": a sentence with no verb
    // whose one full name stands right before the colon, with no preposition before it ("Lettera a X: «…»" is
    // addressed to X), and a quotation in the first person after it
    id: 'name-closing-colon',
    example: ['Di ben altro umore, ovviamente, lo sconfitto Aldo Bruni: “Sono molto arrabbiato per questa finale”.'],
    speaker: 'Aldo Bruni',
    focuses: true,
    owner: ({ s, toks, resolve }) => {
      const q = s.quotations[0]!;
      const colon = colonBeforeQuotation(toks, s.frame, q.start);
      if (colon < 2 || !FIRST_PERSON.test(q.inner)) return undefined;
      const start = nameStartBack(toks, colon - 1);
      // (a full name governed by "di" is whose the words are, when no one else is named in full: "Spazio anche
      // all’ironia caustica di X: “…”")
      const whose = POSSESSIVE_PREPS.has(toks[start - 1]?.lower.replace(/’/gu, "'") ?? '') && personRun(toks.slice(start, colon));
      const names = fullNamesBefore(toks, s.frame, q.start);
      if (whose && !names.length) names.push(sliceText(s.frame, toks, start, colon));
      if (names.length !== 1) return undefined;
      if (sliceText(s.frame, toks, start, colon) !== names[0] || colon - start < 2 || (!whose && complementName(toks, start))) return undefined;
      return resolve({ kind: 'name', name: names[0]!, at: toks[start]!.start, person: true });
    },
  },
  {
    // "Lazio, Baroni: “Meritavamo la vittoria”" over "Marco Baroni ha parlato a Dazn … “… forse meritavamo la
    // vittoria”": in an article whose title quotes someone, a quotation in the first person, once the body has named
    // them and they are in focus, is theirs (with nobody in focus it is left to the rules after, and to a speaker named
    // after it: "«…». Lo ha detto il capogruppo Elio Rana")
    id: 'title-speaker-first-person',
    example: ['Aldo Bruni, allenatore del Lerici, ha parlato dopo la partita. Il pareggio brucia ancora. “Abbiamo giocato bene e meritavamo la vittoria”.'],
    title: 'Lerici, Bruni: “Meritavamo di vincere”',
    speaker: 'Aldo Bruni',
    focuses: true,
    owner: ({ s, focus, titleSpeaker, titleQuotesSomeone, quotedInTitle, unnamedRole, announced }) => {
      // (an office never named, "il mister", stands for the person the title quotes once the article is read)
      if (!titleQuotesSomeone || !focus || !(quotedInTitle?.(focus) || unnamedRole?.(focus))) return undefined;
      // (nor when the paragraph names its speaker after it: "“Adoro questo posto …”. Così la Swiatek durante la
      // premiazione" under a title quoting Paolini)
      if (announced) return undefined;
      if (!s.quotations.some((q) => FIRST_PERSON.test(q.inner))) return undefined;
      return unnamedRole?.(focus) ? focus : titleSpeaker?.();
    },
  },
  {
    // "Sulla carriera: «…»", "Poi, parlando di Sanremo: «…»": in an interview whose title quotes its subject, a
    // topic and a colon introduce the subject's words in the first person, once the subject is in focus (no name
    // before the colon but in a complement)
    id: 'topic-colon',
    example: ['Ornella Bruni si racconta in una lunga intervista alla Gazzetta del Lago. Sulla sua carriera: «Ho sempre avuto tanti dubbi su di me».'],
    title: 'Ornella Bruni, «sul palco mi sento a casa»',
    speaker: 'Ornella Bruni',
    focuses: false,
    owner: ({ s, toks, focus, quotedInTitle }) => {
      if (!focus || !quotedInTitle?.(focus)) return undefined;
      const q = s.quotations[0]!;
      if (!/:\s*$/.test(s.frame.slice(0, q.start))) return undefined;
      const intro = toks.filter((t) => t.end <= q.start);
      const words = intro.filter((t) => t.word);
      if (!words.length || words.length > 14) return undefined;
      if (intro.some((t, k) => isNameToken(t) && !t.initial && !(k > 0 && PREPOSITIONS.has(intro[k - 1]!.lower)))) return undefined;
      return FIRST_PERSON.test(q.inner) ? focus : undefined;
    },
  },
  {
    // "descritti nei materiali di rilascio come “…”", "la lettera di Acme parla di “…”": a document's owner, or the organisation that last spoke
    id: 'document-owner',
    example: ['La lettera di Acme Industria parla di “una crisi senza precedenti per il settore”.'],
    speaker: 'Acme Industria',
    focuses: false,
    owner: ({ s, toks, focus, orgFocus, orgFocusNear, resolve }) => {
      const doc = toks.findIndex((t, k) => t.word && DOC_SET.has(t.lower.replace(/^(?:l|un)'/, '')) && isDocumentAt(toks, k));
      if (doc < 0) return undefined;
      // ("in uno studio di Brooklyn dove la parola chiave era “…”": a noun that "dove" takes up is a place, not a
      // document)
      const quoteAt = s.quotations.find((q) => q.start > toks[doc]!.start)?.start ?? s.frame.length;
      if (toks.some((t, k) => k > doc && t.start < quoteAt && t.lower === 'dove')) return undefined;
      const phrase = documentForward(toks, s.frame, doc) ?? documentForward(toks, s.frame, doc - 1);
      // (a surname alone, "il comunicato del sindaco Marrandino", of a person the article names in full)
      if (phrase?.owner) return resolve({ kind: 'name', name: phrase.owner, at: 0, ...(phrase.owner.includes(' ') ? {} : { known: true }) });
      // "Tesla ha fatto previsioni in un articolo stampato: “…”": the name the sentence opens with, its subject, wrote
      // the document (a surname only when the article names that person in full) — not a document with a name of its
      // own, which others wrote ("Zinn ha identificato il diritto sancito nella Dichiarazione d’Indipendenza di “…”")
      let end = 0;
      while (end < doc && isNameToken(toks[end]) && (end === 0 || toks[end - 1]!.end + 1 >= toks[end]!.start)) end++;
      const subject = end > 0 && !toks[doc]!.cap && !isTitle(toks[0]!) && !isPreposition(toks[end]) ? resolve({ kind: 'name', name: sliceText(s.frame, toks, 0, end), at: 0, ...(end === 1 ? { known: true } : {}) }) : undefined;
      // "Nella sua lettera egli accludeva una copia della sua “…”": the document of the person in focus
      const theirs = [toks[doc - 1], toks[doc - 2]].some((t) => !!t && /^(?:sua|suo|sue|suoi|propria|proprio)$/u.test(t.lower));
      // (an organisation that spoke paragraphs before is no owner of a document named now)
      return subject ?? (theirs && focus ? focus : undefined) ?? (orgFocusNear ? orgFocus : undefined);
    },
  },
  {
    // "Bruni: “Situazione critica al porto”" over a body that opens with “Il porto è in una situazione critica …”:
    // before anyone has spoken, a quotation that repeats the title's quoted words is the person the title quotes;
    // after someone else, only in a sentence that names that person before it ("Nel suo discorso Jennifer Kent ha
    // invitato le registe a esprimersi perché “… la marea sta cambiando”" under "Kent: “La marea sta cambiando”")
    id: 'title-echo',
    example: ['“Il porto di Lerici è in una situazione critica da mesi, e nessuno interviene”. Il consigliere Aldo Bruni chiede un incontro al sindaco.'],
    title: 'Bruni: “Situazione critica al porto di Lerici”',
    speaker: 'Aldo Bruni',
    focuses: true,
    owner: ({ s, toks, previous, focus, echoesTitle, resolve, quotedInTitle }) => {
      const echo = s.quotations.map((q) => echoesTitle?.(q.inner)).find((e) => e !== undefined);
      if (!echo || !(previous || focus)) return echo;
      const named = fullNamesBefore(toks, s.frame, s.quotations[0]!.start).some((name) => {
        const e = resolve({ kind: 'name', name, at: 0 });
        return e !== undefined && quotedInTitle?.(e) === true;
      });
      return named ? echo : undefined;
    },
  },
  {
    // "Bruno Neri, lei guida la cooperativa da cinquant’anni. Come è andata nel 2024? "Bene, …"": in an interview
    // written without labels, whose questions address one person as "lei", a sentence opening with a quotation that
    // nobody else says is that person's answer
    id: 'interview-answer',
    example: ['Bruno Neri, lei guida la cooperativa da cinquant’anni. Come è andata nel 2024? "Bene, ma la pioggia di ottobre ha fatto danni".'],
    speaker: 'Bruno Neri',
    focuses: true,
    owner: ({ s, interviewee }) => (interviewee && OPENS_QUOTATION.test(s.text) ? interviewee() : undefined),
  },
  {
    // "La speranza dell’assessora Micol Lanzi è che “…”", "Per la deputata di Fratelli d’Italia X, invece, “…”": a
    // quotation of a few words or more that no construction gives to anyone, in a sentence that names one person in
    // full, with their office, and nobody else, is that person's (a nickname or a title, a word or two, is left alone)
    id: 'one-person-named',
    example: ['La speranza dell’assessore Aldo Bruni è che “i cittadini siano accoglienti e si godano questo spettacolo”.'],
    speaker: 'Aldo Bruni',
    focuses: true,
    owner: ({ s, toks, resolve }) => {
      if (s.quotations.reduce((n, q) => n + q.inner.trim().split(/\s+/).length, 0) < 5) return undefined;
      const named = onePersonWithOffice(toks, s.frame);
      return named ? resolve(named) : undefined;
    },
  },
];

/** The rules for quotations without a verb of their own, with the example each is tested on. */
export const QUOTE_OWNER_EXAMPLES: readonly { readonly id: string; readonly example: readonly string[]; readonly title?: string; readonly speaker: string; readonly together?: string }[] = QUOTE_OWNERS.map(({ id, example, title, speaker, together }) => ({
  id,
  example,
  ...(title ? { title } : {}),
  speaker,
  ...(together ? { together } : {}),
}));

/**
 * "ha dato la parola alla vicepresidente, Franca Neri": the person brought to the floor (`FLOOR_GIVERS`), who
 * speaks next.
 * @param offices - an office written without a name counts too ("A prendere la parola è il sindaco: «…»")
 */
export function floorSubject(toks: readonly Tok[], frame: string, offices = false): Subject | undefined {
  for (const row of FLOOR_GIVERS) {
    const m = row.re.exec(frame);
    if (!m) continue;
    // "Il ministro, Giuseppe Valditara, è intervenuto a Radio Uno …": who takes the floor is named before the verb
    const at = toks.findIndex((t) => t.start >= m.index);
    const before = row.subjectFirst && at > 0 ? subjectBefore(toks, frame, at) : undefined;
    if (before?.kind === 'name') return before;
    if (before && before.kind !== 'none' && before.kind !== 'focus' && before.kind !== 'coordinated') continue;
    const endAt = m.index + m[0].length;
    const k = toks.findIndex((t) => t.end > endAt);
    const subj = k >= 0 ? subjectForward(toks, frame, k, toks.length, true) : undefined;
    if ((subj?.kind === 'name' || (offices && subj?.kind === 'role')) && (!row.nameRightAfter || subj.at === toks[k]!.start || subj.at === toks[k + 1]?.start)) return subj;
  }
  return undefined;
}

// The writer asking someone ("abbiamo chiesto a", "ho domandato al", "chiediamo alla", "abbiamo intervistato"), then
// the one asked.
const WRITER_ASKS = /(?<![\p{L}])(?:(?:l['’]\s*|lo\s+|gli\s+|le\s+)?(?:abbiamo|ho)\s+(?:(?:chiesto|domandato)\s+(?:\p{L}+\s+){0,6}?(?:(?:ad?|al|alla|allo)\s+|all['’]\s*)|intervistato\s+(?:(?:il|la|lo)\s+|l['’]\s*)?)|(?:chiediamo|domandiamo)\s+(?:(?:ad?|al|alla|allo)\s+|all['’]\s*))(?=\p{L})/iu;

/**
 * The person named right after a pattern's match, read forward as a subject, when named with an office or in full.
 * @param re - the pattern (not global)
 * @param toks - the sentence's tokens
 * @param frame - the sentence
 * @returns the person and the first token after the match, or undefined
 */
function personAfter(re: RegExp, toks: readonly Tok[], frame: string): { person: Extract<Subject, { kind: 'name' }>; first: Tok } | undefined {
  const m = re.exec(frame);
  if (!m) return undefined;
  const k = toks.findIndex((t) => t.start >= m.index + m[0].length);
  const subj = k >= 0 ? subjectForward(toks, frame, k, toks.length, true) : undefined;
  return subj?.kind === 'name' && (subj.role || subj.name.includes(' ')) ? { person: subj, first: toks[k]! } : undefined;
}

// "È toccato (anche) al …", "Spetta ora alla …", "Tocca al …": to whom a task fell (the person follows).
const FALLS_TO = /^[^\p{L}]*(?:(?:[Èè]|[Ee]['’])\s+(?:toccat[oa]|spettat[oa])|[Tt]occa|[Ss]petta)\s+(?:(?:anche|ora|poi|invece|quindi)\s+)?(?:(?:ad?|al|alla|allo)\s+|all['’]\s*)(?=\p{L})/u;

/** A rule bringing someone into focus in a sentence where nobody speaks. */
export interface FocusRule {
  readonly id: string;
  /** A text written to show the construction; every statement in it is `speaker`'s (tested in test/core/attribution.test.ts). */
  readonly example: readonly string[];
  readonly speaker: string;
  /** The sentences before are no longer waiting for a speaker named after them ("“…”. Lo ha detto X"). */
  readonly clearsPending: boolean;
  /** The person takes the floor: the paragraphs right after that are only quotations in the first person, reporting
   * nobody, are theirs (as after a title that quotes them). */
  readonly takesFloor?: boolean;
  /** The focus holds only for that paragraph and the next, until someone speaks or another person is named. */
  readonly tentative?: boolean;
  /** The name found counts only as the surname of a person the article names in full (checked by the caller). */
  readonly knownPersonOnly?: boolean;
  readonly find: (toks: readonly Tok[], frame: string) => Subject | undefined;
}

/** Who comes into focus in a sentence with no statement, tried in order; the first that names someone wins. */
export const FOCUS_RULES: readonly FocusRule[] = [
  {
    id: 'floor-given',
    example: ['A fare gli onori di casa il direttore del consorzio, Pietro Lodi, che ha dato la parola alla vicepresidente, Franca Neri. “In questi anni - ha detto - ho visto crescere una comunità intera”.'],
    speaker: 'Franca Neri',
    clearsPending: true,
    takesFloor: true,
    find: floorSubject,
  },
  {
    // "Abbiamo chiesto a Dario Toma qualche considerazione sull’edizione 2025.": the person the writer puts a question
    // to answers next ("“Che cosa ci aspettiamo? -risponde- …”"); someone else's asking ("Il sindaco ha chiesto al
    // ministro …") is no interview
    id: 'asked-by-writer',
    example: ['Abbiamo chiesto ad Aldo Bruni, presidente del festival, cosa bolle in pentola.', '“Che cosa ci aspettiamo? – risponde – Un’edizione in linea con le precedenti”.'],
    speaker: 'Aldo Bruni',
    clearsPending: true,
    takesFloor: true,
    find: (toks, frame) => {
      const found = personAfter(WRITER_ASKS, toks, frame);
      return found && found.person.at === found.first.start ? found.person : undefined;
    },
  },
  {
    // "È toccato anche al presidente Aurelio De Laurentiis affrontare questo tema, …: ecco il video delle sue
    // dichiarazioni.": the one it fell to to speak on it, named in full or with their office, takes the floor
    id: 'falls-to',
    example: ['È toccato anche al presidente Aldo Bruni affrontare il tema del mercato, davanti a numerose telecamere.', '“Se qualcuno pagherà la clausola saremo lieti di sostituire i nostri calciatori”.'],
    speaker: 'Aldo Bruni',
    clearsPending: true,
    takesFloor: true,
    find: (toks, frame) => {
      const subj = personAfter(FALLS_TO, toks, frame)?.person;
      if (!subj || isInstitutionName(subj.name)) return undefined;
      // (then the infinitive of what fell to them: "affrontare", "aprire", "commentare")
      const after = toks.findIndex((t) => t.start >= subj.at + subj.name.length);
      return after >= 0 && toks[after]!.word && /^\p{Ll}+(?:are|ere|ire)$/u.test(toks[after]!.text) ? subj : undefined;
    },
  },
  {
    // "Non è tardato ad arrivare il commento del patron Silvio Berlusconi.": a noun of saying, with its article, and
    // whose it is, a person named with their office or in full, in a sentence with no statement — their words follow
    // ("“…”, ha detto in un’intervista")
    id: 'speech-noun-owner',
    example: ['Non è tardato ad arrivare il commento del patron Aldo Bruni.', '“Il mio Valdora in B? Mai avuto dubbi”, ha detto in un’intervista.'],
    speaker: 'Aldo Bruni',
    clearsPending: false,
    find: (toks, frame) => {
      // (a sentence ending with a colon introduces the words of the paragraph after: left to that reading)
      if (/:\s*$/u.test(frame)) return undefined;
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i]!;
        const elided = /^l['’]/u.test(t.text);
        if (!t.word || !SPEECH_NOUNS.has(t.lower.replace(ELIDED_PREFIX, '')) || !(elided || ARTICLES.has(toks[i - 1]?.lower ?? ''))) continue;
        // (not what the sentence is about: "Sulle critiche del sindaco X …", "dopo le parole di X")
        if (isPreposition(toks[elided ? i - 1 : i - 2]) || /^(?:dopo|prima|contro|verso)$/u.test(toks[elided ? i - 1 : i - 2]?.lower ?? '')) continue;
        const prep = toks[i + 1];
        if (!prep?.word || !/^(?:di|del|della|dello|dei|degli|delle|dell')/u.test(prep.lower)) continue;
        const subj = ownerAfterPreposition(toks, frame, i + 1);
        if (subj?.kind === 'name' && (subj.role || subj.name.includes(' ')) && !isInstitutionName(subj.name)) return subj;
      }
      return undefined;
    },
  },
  {
    // "Soddisfatto anche Ciro Lembo, sindaco di Capri.": a verbless opening, a focusing adverb and a full name (with its
    // office) make the whole sentence — the person's words follow ("“… – dice – …”")
    id: 'verbless-focus',
    example: ['Soddisfatto anche Aldo Bruni, sindaco di Valdora.', '“Finalmente si comincia – dice – e la applicheremo appena potremo”.'],
    speaker: 'Aldo Bruni',
    clearsPending: false,
    find: (toks, frame) => {
      const n = toks.findIndex((t) => t.word && /^(?:anche|pure|invece)$/u.test(t.lower)) + 1;
      if (n < 2 || !isNameToken(toks[n]) || !focusedAfterOpening(toks, n)) return undefined;
      const end = nameEndForward(toks, n, false);
      if (end - n < 2) return undefined;
      // (then nothing but an office in apposition before the stop)
      let stop = end;
      if (toks[end]?.text === ',') {
        stop = end + 1;
        while (toks[stop] && toks[stop]!.word) stop++;
      }
      if (toks[stop] && !/^[.;]$/u.test(toks[stop]!.text)) return undefined;
      if (stop > end && !isRoleLike(toks.slice(end + 1, stop))) return undefined;
      return { kind: 'name', name: sliceText(frame, toks, n, end), ...(stop > end ? { role: sliceText(frame, toks, end + 1, stop) } : {}), at: toks[n]!.start, person: true };
    },
  },
  {
    // "Il primo parastronauta è invece John McFall (Gran Bretagna).": a full name said to be someone, then their words
    id: 'named-by-copula',
    example: ['Il nuovo presidente del circolo è invece Aldo Bruni (Lerici).', '«Spero di portare il circolo in serie A», ha detto.'],
    speaker: 'Aldo Bruni',
    clearsPending: false,
    find: (toks, frame) => {
      const c = toks.findIndex((t) => t.word && /^(?:è|era|sarà)$/.test(t.lower));
      if (c < 1) return undefined;
      let n = c + 1;
      if (toks[n]?.word && /^stat[oa]$/.test(toks[n]!.lower)) n++;
      while (toks[n]?.word && /^(?:invece|ora|oggi|adesso|anche|proprio|sicuramente|certamente|senz['’]altro)$/.test(toks[n]!.lower)) n++;
      // ("… è stato sicuramente il direttore generale dell’Azienda sanitaria, Giuseppina Panizzoli.": the office, a
      // comma, then the full name closing the sentence)
      if (ARTICLES.has(toks[n]?.lower ?? '') && ROLE_SET.has(toks[n + 1]?.lower ?? '')) {
        let c = n + 2;
        while (toks[c] && toks[c]!.text !== ',' && c - n < 16 && (toks[c]!.word || /^['’-]$/.test(toks[c]!.text))) c++;
        if (toks[c]?.text !== ',' || !isNameToken(toks[c + 1])) return undefined;
        const end = nameEndForward(toks, c + 1, false);
        if (end - (c + 1) < 2 || (toks[end] && !/^[.;]$/.test(toks[end]!.text))) return undefined;
        return { kind: 'name', name: sliceText(frame, toks, c + 1, end), role: sliceText(frame, toks, n + 1, c), at: toks[c + 1]!.start, person: true };
      }
      if (!isNameToken(toks[n])) return undefined;
      const end = nameEndForward(toks, n, false);
      const next = toks[end];
      if (end - n < 2 || (next && !/^[,.;(]$/.test(next.text))) return undefined;
      return { kind: 'name', name: sliceText(frame, toks, n, end), at: toks[n]!.start, person: true };
    },
  },
  {
    // "L’assessore regionale ai Trasporti, Franco Lucente, ha incontrato ieri le due società.": the named subject of a
    // sentence with no statement comes into focus (then "“…”, spiega." is theirs)
    id: 'named-subject',
    example: ['L’assessore regionale ai Trasporti, Aldo Bruni, ha incontrato ieri i pendolari.', '“Sono consapevole dei disagi che vivono ogni giorno”, spiega.'],
    speaker: 'Aldo Bruni',
    clearsPending: false,
    tentative: true,
    find: (toks, frame) => {
      let v = toks.findIndex((t) => t.word && FOCUS_AUXILIARIES.has(t.lower));
      // ("Il colonnello Pier Luigi Fedele, comandante del gruppo forestale, non ci gira intorno.": with no auxiliary,
      // the verb stands right after the apposition that closes the sentence's opening subject)
      if (v < 2) {
        const first = toks.findIndex((t) => t.text === ',');
        const second = first > 0 ? toks.findIndex((t, k) => k > first && t.text === ',') : -1;
        v = second > first + 1 && second < 25 && toks[second + 1]?.word && !toks[second + 1]!.cap ? second + 1 : -1;
      }
      // ("Il vicepresidente Stefano Campi lancia l’allarme.": with no auxiliary and no apposition, the verb stands
      // right after the office and the full name that open the sentence)
      if (v < 2) v = verbAfterOpeningName(toks);
      if (v < 2) return undefined;
      const subject = subjectBefore(toks, frame, v);
      if (subject.kind !== 'name' || !subject.name.includes(' ') || subject.name.split(/\s+/).some((w) => /^\p{Lu}{2,}$/u.test(w))) return undefined;
      // (with the office that says a person is meant: "Palazzo Gilardoni è cardioprotetto" names a building; or, with
      // none, a full name opening the sentence: "Debora Miranda, ieri mattina, s’è presentata allo sportello")
      return subject.role || subject.at === 0 ? subject : undefined;
    },
  },
  {
    // "Rossi ha preso la palla al balzo e ha deciso di attaccare. «… – ha detto – …»": a surname alone as the subject,
    // of a person the article names in full, comes into focus the same way
    id: 'surname-subject',
    example: ['Si fa più forte la tensione tra Aldo Bruni e Sara Gobbi.', 'Bruni ha preso la palla al balzo. «Le scuse si accettano – ha detto parlando dopo la consigliera – ma la vicenda resta».'],
    speaker: 'Aldo Bruni',
    clearsPending: false,
    tentative: true,
    knownPersonOnly: true,
    find: (toks) => {
      let i = 0;
      while (toks[i]?.word && CLAUSE_OPENERS.has(toks[i]!.lower)) i++;
      // (with "avere": someone who did something; "Varsavia era la città …" describes a place)
      if (!isNameToken(toks[i]) || isNameToken(toks[i + 1]) || !toks[i + 1]?.word || !HAVE_FORMS.has(toks[i + 1]!.lower)) return undefined;
      return { kind: 'name', name: toks[i]!.text, at: toks[i]!.start };
    },
  },
  {
    // "la premier ha scherzato …": the person of that role, even before their name is given
    id: 'role-subject',
    example: [
      'Arrivata al mercato, la sindaca ha sorriso ai commercianti. Con questi costi, ha ammesso, sarà difficile tenere aperti tutti i banchi.',
      '“Il mercato è il cuore del quartiere”. Lo ha detto la sindaca Irene Basso, davanti ai commercianti.',
    ],
    speaker: 'Irene Basso',
    clearsPending: false,
    find: (toks) => roleSubject(toks),
  },
  {
    // "è trapelata una memo anonima": a document introduced with an indefinite article
    id: 'indefinite-document',
    example: ['Ieri è trapelata una memo interna della giunta. Afferma che i cantieri sono in ritardo di un anno.'],
    speaker: 'memo',
    clearsPending: false,
    find: (toks, frame) => {
      for (let i = 0; i < toks.length; i++) {
        if (!/^(?:una?|un')$/.test(toks[i]!.lower) && !/^un'/.test(toks[i]!.lower)) continue;
        // (the object of someone's verb is what they say, not a source of its own: "ha voluto lanciare un messaggio")
        if (toks.slice(Math.max(0, i - 3), i).some((t) => t.word && HAVE_FORMS.has(t.lower))) continue;
        const doc = documentForward(toks, frame, i);
        if (doc) return { kind: 'document', head: doc.head, ...(doc.owner ? { owner: doc.owner } : {}), descriptors: doc.descriptors, at: 0 };
      }
      return undefined;
    },
  },
];

/**
 * Where the verb of a sentence that opens with a person's office and full name stands, when nothing else marks it:
 * the word right after the name, if it can be a verb ("Il vicepresidente Stefano Campi lancia …"; not "… Campi e
 * …", "… Campi di …", "… Campi, che …").
 * @param toks - the sentence's tokens
 * @returns the verb's token index, or -1
 */
function verbAfterOpeningName(toks: readonly Tok[]): number {
  let i = 0;
  while (toks[i]?.word && CLAUSE_OPENERS.has(toks[i]!.lower)) i++;
  const start = i;
  while (i < start + 8 && toks[i]?.word && !isNameToken(toks[i])) i++;
  if (i === start || !isNameToken(toks[i])) return -1;
  const end = nameEndForward(toks, i, false);
  const next = toks[end];
  if (end - i < 2 || !next?.word || next.cap || ARTICLES.has(next.lower) || PREPOSITIONS.has(next.lower) || /^(?:e|ed|o|né|che|cui|il|quale|quali|ex|come|insieme|oggi|ieri)$/.test(next.lower)) return -1;
  return end;
}

// Adjectives that follow an office's noun: "locale", "nazionale", "regionale", "provinciale", "esecutivo", "uscente".
const OFFICE_ADJECTIVE = /^\p{Ll}+(?:ale|ali|ivo|iva|ico|ica|ese|ario|aria|ente|nte)$/u;

/**
 * The one person a sentence names in full, with their office right before the name, when it names nobody else:
 * "La speranza dell’assessora Micol Lanzi …", "… il presidente locale di Federalberghi Aldo Bruni.".
 * @param toks - the sentence's tokens
 * @param frame - the sentence, quotations blanked
 * @param adjectives - whether adjectives may stand between the office and its complement ("il presidente locale di
 *   Federalberghi", "il segretario nazionale")
 * @returns the person, with the office as their role, or undefined
 */
export function onePersonWithOffice(toks: readonly Tok[], frame: string, adjectives = false): Subject | undefined {
  // (an office must stand before the name: most sentences hold none, and reading their names is the costly part)
  if (!toks.some((t) => isRoleTok(t) || isTitle(t))) return undefined;
  const names = fullNamesBefore(toks, frame, frame.length);
  if (names.length !== 1) return undefined;
  const at = frame.indexOf(names[0]!);
  const k = toks.findIndex((t) => t.start === at);
  // (named with an office right before: "dell’assessora", "del sindaco di Paliano", "la deputata di Fratelli
  // d’Italia" — its complement between, no other word; a hymn's or an award's name is no one, nor the object of
  // someone else's verb, "Il giudice ha ascoltato X")
  let r = k - 1;
  const reach = adjectives ? 6 : 5;
  // (with `adjectives`, the complement's noun in lower case too, and a word after it: "Il capo della protezione civile,
  // Angelo Borrelli,")
  while (r >= 0 && k - r <= reach && !isRoleTok(toks[r]) && !isTitle(toks[r]!) && (!toks[r]!.word || toks[r]!.cap || isPreposition(toks[r]) || /^d['’]/u.test(toks[r]!.lower) || (adjectives && (OFFICE_ADJECTIVE.test(toks[r]!.lower) || isPreposition(toks[r - 1]) || isPreposition(toks[r - 2]))))) r--;
  if (r < 0 || k - r > reach || !(isRoleTok(toks[r]) || isTitle(toks[r]!))) return undefined;
  // (an office of two nouns is read whole: "il segretario generale della Uil", not "generale della Uil")
  while (r > 0 && isRoleTok(toks[r - 1]) && !toks[r - 1]!.cap) r--;
  // (an office that is the complement of the noun before it is someone else's: "il portavoce del sindaco, Mario Rossi",
  // "la mamma del premier, Rosa Bossi" — the office is the whole phrase)
  if (r >= 2 && POSSESSIVE_PREPS.has(toks[r - 1]!.lower) && toks[r - 2]!.word && !toks[r - 2]!.cap && !isPreposition(toks[r - 2]) && !ARTICLES.has(toks[r - 2]!.lower)) r -= 2;
  // (not someone's relation, the possessive naming whose: "Sinner ha fatto una rivelazione sul futuro del suo
  // allenatore Darren Cahill: “…”" is the player's words about his coach)
  if (POSSESSIVE.test(toks[r - 1]?.lower ?? '')) return undefined;
  // (nor whom someone meets or opposes: "L’allevatore ha chiesto un incontro col prefetto X: “Vediamo se me lo
  // concede”" are the farmer's words about the prefect)
  const governor = ARTICLES.has(toks[r - 1]?.lower ?? '') ? toks[r - 2] : toks[r - 1];
  if (/^(?:con|col|coi|contro)$/u.test(governor?.lower ?? '')) return undefined;
  const role = sliceText(frame, toks, r, k).replace(ELIDED_PREFIX, '').replace(/[\s,;:–—-]+$/u, '');
  return { kind: 'name', name: names[0]!, at, person: true, ...(isRoleTok(toks[r]) && role ? { role } : {}) };
}

/**
 * The one person a sentence names, in full, as the subject that opens it (after "Anche", "Poi", "E"), followed by
 * their verb, their affiliation or an apposition: "Anche Dario Pensa del rifugio Pialleral vede nelle previsioni …".
 * A quotation in the first person opening the next sentence is then theirs (as after `onePersonWithOffice`).
 * @param toks - the sentence's tokens
 * @param frame - the text they were read from
 * @returns the person, or undefined
 */
export function namedOpeningSubject(toks: readonly Tok[], frame: string): Subject | undefined {
  let k = 0;
  while (k < 2 && toks[k]?.word && OPENING_ADVERBS.has(toks[k]!.lower)) k++;
  if (!isNameToken(toks[k]) || isTitle(toks[k]!)) return undefined;
  const names = fullNamesBefore(toks, frame, frame.length);
  if (names.length !== 1 || frame.indexOf(names[0]!) !== toks[k]!.start) return undefined;
  const end = nameEndForward(toks, k);
  const next = toks[end];
  // (its verb in lower case, or "del"/"della" and what they belong to, or a comma before an apposition)
  if (!next || !(next.text === ',' || (next.word && !next.cap && !ARTICLES.has(next.lower) && (!isPreposition(next) || POSSESSIVE_PREPS.has(next.lower))))) return undefined;
  if (isInstitutionName(names[0]!)) return undefined;
  return { kind: 'name', name: names[0]!, at: toks[k]!.start, person: true };
}
// What may stand before a sentence's subject without being part of it.
const OPENING_ADVERBS = new Set(['anche', 'pure', 'poi', 'e', 'ma', 'infine', 'intanto', 'invece', 'quindi']);

// A dateline opening a piece: a place in capitals or capitalised words, an agency in brackets, a dash.
const DATELINE = /^\s*\p{Lu}[\p{L}' ]{0,40}(?:\s*\([^()]{1,30}\))?\s*[-–—]\s*[“«"„]?$/u;

/**
 * Whether a preposition governs the name starting at a token, right before it or before its office and article ("un
 * incontro col prefetto Antonio Corona", "con il sindaco Aldo Bruni"): the name is then a complement, not the subject.
 * @param toks - the sentence's tokens
 * @param start - the name's first token
 */
function complementName(toks: readonly Tok[], start: number): boolean {
  let j = start - 1;
  for (let words = 0; j >= 0 && toks[j]!.word && !toks[j]!.cap && !isPreposition(toks[j]); j--) if (!ARTICLES.has(toks[j]!.lower) && ++words > 2) return false;
  return isPreposition(toks[j]);
}

// A cleft after a clause it is coordinated with, its verb any infinitive, right before the colon: "Il bilancio degli
// attacchi è pesante ed è lo stesso Lallo a presentarlo: “…”", "…, ed è stato il sindaco a tracciarne il quadro: “…”".
const COORDINATED_CLEFT = /[\s,;](?:ed|e|ma|così|e\s+così)\s+(?:è|e['’]|era|fu)\s+(?:stat[oaie]\s+)?(?=\S)([^.;:!?]{1,80}?)\s(?:a|ad)\s+\p{Ll}+(?:are|ere|ire|arl[oaie]|erl[oaie]|irl[oaie]|arne|erne|irne|argli|ergli|irgli)(?![\p{L}])[^.;:!?“”«»"]{0,60}:\s*$/du;

/**
 * The person a cleft coordinated with the clause before it names, before the colon that opens their words (see
 * `COORDINATED_CLEFT`): named in full, with an office, or by a surname the caller resolves; an office alone too.
 * @param toks - the sentence's tokens
 * @param before - the sentence up to the quotation
 * @returns the subject, or undefined
 */
function coordinatedCleftSubject(toks: readonly Tok[], before: string): Subject | undefined {
  const m = COORDINATED_CLEFT.exec(before);
  const [at, end] = m?.indices?.[1] ?? [];
  if (at === undefined || end === undefined) return undefined;
  const from = toks.findIndex((t) => t.start >= at);
  const to = toks.findIndex((t) => t.start >= end);
  const subj = from >= 0 ? subjectForward(toks, before, from, to > from ? to : toks.length, true) : undefined;
  return subj?.kind === 'name' || subj?.kind === 'role' ? subj : undefined;
}

// Possessive adjectives before an office ("il suo allenatore", "la loro portavoce").
const POSSESSIVE = /^(?:suo|sua|suoi|sue|loro|mio|mia|miei|mie|tuo|tua|nostro|nostra|nostri|nostre|vostro|vostra)$/u;

// "A guidare la squadra sarà …", "A svolgere la funzione di direttore generale è …": who is given a task, by a cleft.
const TASK_CLEFT = /^[^\p{L}]*A\s+\p{Ll}+(?:are|ere|ire)(?:lo|la|li|le|ne|si)?(?![\p{L}])[^.;:!?]{0,100}?\s(?:è|e['’]|sarà|sono|saranno|è\s+stat[oa])\s+(?:(?:invece|poi|ora|quindi)\s+)?/u;

/**
 * The person a sentence gives a task to by a cleft, before the colon that opens their words: "A guidare la prima
 * squadra sarà Stefano Tronconi: “…”".
 * @param toks - the sentence's tokens
 * @param before - the sentence up to the quotation
 * @returns the person named in full or with their office, or undefined
 */
function cleftColonSubject(toks: readonly Tok[], before: string): Subject | undefined {
  const m = TASK_CLEFT.exec(before);
  if (!m) return coordinatedCleftSubject(toks, before);
  const k = toks.findIndex((t) => t.start >= m[0].length);
  const colon = toks.findIndex((t, i) => i > k && t.text === ':');
  const subj = k >= 0 ? subjectForward(toks, before, k, colon > 0 ? colon : toks.length, true) : undefined;
  return subj?.kind === 'name' && (subj.role || subj.name.includes(' ')) ? subj : undefined;
}
