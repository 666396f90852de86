/**
 * Who says what: speaker attribution at index time — the engine that applies the construction tables.
 *
 * Every sentence of every paragraph is read for reporting verbs and constructions (`REPORTING_VERBS`: "dice",
 * "afferma che", "ha criticato", "è ottimista che") and for quotations (“…”, «…», "…", a colon standing for a
 * missing opening mark; titles after "ospite di" left out). The speaker of each comes from tables, in this order:
 * 1. verbless sources (`SOURCE_MARKERS`: "secondo X", "Per X, …") and speakers named after the statement
 *    (`CATAPHORIC_OPENERS`: "“…”. Lo ha detto X", "Ne è convinto X, che …");
 * 2. the subject of each verb (`SUBJECT_RULES` in speakerRules.ts: by where the verb stands, then corrections);
 *    a name, a role ("il ministro", resolved to the person of that role named before or after), a document, or the
 *    one in focus, carried across sentences and paragraphs;
 * 3. quotations with no verb of their own (`QUOTE_OWNERS`: an inserted "– ha detto X –", "X, Party: “…”", the
 *    continuation of the quotation before, a document's owner);
 * 4. who comes into focus without speaking (`FLOOR_GIVERS`: "ha dato la parola a X"; "la premier ha …"), and who
 *    shares a stance by comparison (`SHARED_STANCES`: "Come X, Y non è d’accordo").
 * Names are recognised from capitalised sequences (speakerSyntax.ts); a surname or first name alone is linked to
 * the full name the article gives elsewhere.
 */
import { answeredByNext, interviewPrompts, OPENS_QUOTATION, PROMPT_END, QUESTION_END } from './interview.js';
import { analyze, foldAccents, isStopword } from './analysis.js';
import { escapeRegExp, wholeWord } from './guardedPattern.js';
import { isPartyName } from './factQuestion.js';
import { closingOpeners, quotationRuns, quoteSentences, type QuoteSentence } from './quotes.js';
import { ARTICLES, CATAPHORIC_OPENERS, CLAUSE_OPENERS, FOCUS_AUXILIARIES, isCommonItalianWord, isTitleQuotation, notAnItalianWord, ORGANISATION_WORDS, reportingVerbAt, reportingVerbPattern, SOURCE_MARKERS, SPEECH_NOUNS, VERB_WORDS, verbEntry } from './speakerLexicon.js';
import { floorSubject, FOCUS_RULES, namedOpeningSubject, onePersonWithOffice, QUOTE_OWNERS, speechNounIntro, speechNounOpening, SUBJECT_RULES, verbContext, type OwnerContext, type SubjectReading } from './speakerRules.js';
import {
  COURTESY_CLOSING_OFFICE,
  ELIDED_PREFIX,
  PARTICLES,
  FIRST_PERSON,
  isNameToken,
  capitalisedOffice,
  complementEnd,
  fullNamesBefore,
  gerundInsertEnd,
  adjunctBeforeOfficeEnd,
  isPreposition,
  isRoleLike,
  nameStartBack,
  isInstitutionName,
  institutionInitials,
  isRoleTok,
  isTitle,
  jointColonSpeakers,
  jointSubjectsFrom,
  jointSubjectsOf,
  lex,
  letters,
  lineLabel,
  nameEndForward,
  opensAdjunct,
  opensWithVerb,
  ORG_ANAPHORS,
  ROLE_SET,
  personStartInRun,
  quoteInserts,
  roleStem,
  sharedStance,
  speakerLabel,
  antecedentName,
  cleftAt,
  sliceText,
  subjectAfter,
  subjectBefore,
  subjectForward,
  titleNameStart,
  titleGovernor,
  titleSpeaker,
  titleLabelSpeaker,
  commonWordBeforeName,
  endsApposition,
  type Subject,
  type Tok,
  type VerbHit,
  usualOffice,
} from './speakerSyntax.js';
import type { Article, Quote, Section } from './types.js';

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

// The definite article and a possessive opening an office ("l’allenatore dell’Atalanta", "Il suo vice"); a description
// keeps its indefinite one ("un investitore presso …").
// (written in both cases, with no `i` flag, so that the office after it is in lower case: under `i`, \p{Ll} is any letter)
const ROLE_ARTICLE = /^(?:(?:[Ii]l|[Ll]o|[Ll]a|[Ii]|[Gg]li|[Ll]e)\s+|[Ll]['’]\s*)(?:(?:suo|sua|suoi|sue|loro)\s+)?(?=\p{Ll})/u;
// The article before an office capitalised by deference ("Il Prefetto di Agrigento"; group 1 the office's first word).
const DEFERENT_ARTICLE = /^(?:[Ii]l|[Ll]o|[Ll]a|[Ll]['’])\s*(?=(\p{Lu}\p{Ll}+))/u;
/** An office as a person holds it, its article left out: "l’allenatore dell’Atalanta" → "allenatore dell’Atalanta",
 * "Il Prefetto di Agrigento" → "Prefetto di Agrigento". */
const bareRole = (role: string): string => {
  // (an honorific written before the name after the office's comma is no part of the office: "il parroco, don Mario
  // Rossi", "il vescovo di Foligno, monsignor X")
  role = role.replace(COURTESY_CLOSING_OFFICE, '');
  // (nor a bracket the office's words leave open: "sindaco di Senigallia (Ancona", the name after it)
  role = role.replace(/\s*\([^()]*$/u, '');
  // (nor the relative pronoun that goes on after it: "direttore della Reggia di Capodimonte che …"; with the verb of
  // saying after it too, "presidente di Federalberghi Trieste che afferma", while "presidente dell’associazione che
  // gestisce la struttura" says which association)
  role = role.replace(/\s+(?:che|cui)$/u, '');
  const relative = /\s+che\s+/u.exec(role);
  if (relative && reportingVerbAt(role, relative.index + relative[0].length)) role = role.slice(0, relative.index);
  // (nor the occasion it was said at, after the office: "funzionaria della Soprintendenza durante la presentazione
  // dei risultati", "Direttore Generale Trenitalia alla presentazione del nuovo brand" — after a body's name, an
  // office's own complement follows the office itself: "Assessore al benessere")
  role = role.replace(/\s+(?:durante|in occasione|a margine|nel corso|nell['’]ambito)\s.*$/u, '');
  const occasion = /(?<![\p{L}])(\p{Lu}[\p{L}.-]*)\s+(?:(?:al|alla|allo|ai|agli|alle)\s+|all['’]\s*)\p{Ll}.*$/u.exec(role);
  if (occasion && occasion.index > 0 && !ROLE_SET.has(occasion[1]!.toLowerCase())) role = role.slice(0, occasion.index + occasion[1]!.length);
  // (an office the sentence's frame reads in its usual form, padded to keep its offsets: "il primo cittadino" is
  // "il sindaco" there, written once)
  role = role.replace(/\s{2,}/gu, ' ');
  // (nor another person's office and name before the comma that sets this one off: "parroco don Augusto Neri,
  // l’arcivescovo di Trento" is the archbishop's)
  const own = /^.*\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+,\s*((?:il|lo|la|l['’])\s*\p{Ll}.*)$/u.exec(role);
  if (own) role = own[1]!;
  const bare = role.replace(ROLE_ARTICLE, '');
  if (bare !== role) return bare;
  const m = DEFERENT_ARTICLE.exec(role);
  return m && ROLE_SET.has(m[1]!.toLowerCase()) ? role.slice(m[0].length) : role;
};

/** A source credited in brackets at the end of a paragraph: "(da bolognabasket.it)", "(fonte: Ansa)". */
const CREDIT = /\s*\((?:da|fonte|fonti|via)\b[^()]{1,60}\)\s*$/iu;

// The first person singular in someone's own words ("io", "ho", "credo", "il mio"): a person speaking for themselves.
const FIRST_PERSON_SINGULAR = /(?<![\p{L}\p{M}])(?:io|mi|me|mio|mia|miei|mie|ho|credo|penso|ero|avevo|voglio|vorrei|devo|dovrei|posso|potrei|so|sapevo|faccio|sto|stavo|vado|dico|sarei|avrei|spero|ringrazio)(?![\p{L}\p{M}])/iu;

// Where a speaker spoke, a gerund or participle of taking part and the place or occasion up to the next stop:
// "intervenendo all’assemblea di Confindustria", "parlando ai giornalisti", "ospite di Radio Uno".
const ATTENDING = /(?<![\p{L}])(?:intervenendo|intervenut[oaie]|parlando|partecipando|ospite|collegat[oaie])\s+(?:(?:a|ad|al|allo|alla|ai|agli|alle|in|nel|nello|nella|nei|negli|nelle|di|del|della|dello|durante)(?![\p{L}])|(?:all|nell|dell)['’])[^,;:.?!“”«»"„]*/giu;
// Words after a name that open no clause of its own: "Così X e Y", "Così X, che …", "Così X stesso".
const CLAUSE_AFTER_NAME = new Set(['e', 'ed', 'che', 'il', 'la', 'poi', 'anche', 'stesso', 'stessa', 'via', 'tramite']);
// A clause that says something, in a reporting sentence closed by a colon ("ha spiegato che …:", "ha ricordato come …:").
const ANNOUNCED_CONTENT = /(?<![\p{L}])(?:che|come|perché|perche['’]|se|quanto|dove|quando)(?![\p{L}])/iu;

// A quotation right after a verb of asking, or after whom it asks (the preposition and up to three words).
const ASKED_BEFORE_QUOTATION = /^\s*(?:(?:(?:a|ad|al|alla|allo|ai|agli|alle)\s+|all['’]\s*)(?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+\s*)?[“«"„]/u;

/**
 * Whether a verb stands right after a quotation ("“…”, ha ripetuto X", "“…” – ha concluso X –": its comma or dash
 * and an adverb between) or right before one ("ha ironizzato: “…”": at most three words, its subject, and a colon
 * between); only the text around it is read.
 */
function nextToQuotation(frame: string, from: number, to: number): boolean {
  // (also a quotation right after a verb of asking or urging, its object: "Confagricoltura chiede “alla Giunta
  // regionale di …”" — not after one of calling, "che egli definisce “il suo segreto”", which names)
  const asking = /^(?:chied|esort|invit|ha chiesto|hanno chiesto|ha esortato|hanno esortato)/u.test(frame.slice(from, to));
  // (with whom is asked between: "Costa chiede alla Giunta “se sia già in possesso …”")
  return /[”»"]\s*(?:,\s*)?[,–—-]?\s*(?:\p{L}+\s+)?$/u.test(frame.slice(Math.max(0, from - 60), from)) || /^(?:\s+[\p{L}’']+){0,3}\s*:\s*[“«"„]/u.test(frame.slice(to, to + 120)) || (asking && ASKED_BEFORE_QUOTATION.test(frame.slice(to, to + 80)));
}

/**
 * Whether a verb opens an insert set off by dashes inside a sentence's words ("È indispensabile – concludono Adoc e
 * Codacons – arrivare …"): a dash after a word before it, and another, within a few words, with the sentence going
 * on after it. There the journalistic verbs that elsewhere do other things ("conclude", "prosegue") can only report.
 * @param frame - the sentence, quotations blanked
 * @param from - the verb's start
 * @param to - the verb's end
 */
function opensDashInsert(frame: string, from: number, to: number): boolean {
  return /[\p{L}\p{N},]\s+[–—-]\s*$/u.test(frame.slice(Math.max(0, from - 8), from)) && /^\s+[^–—\-.;:!?]{2,80}?\s[–—-]\s+\p{L}/u.test(frame.slice(to, to + 100));
}

// A short line with no stop, colon or semicolon at its end: a title or a heading ("Prime impressioni del gruppo").
const unpunctuatedLine = (text: string): boolean => text.length < 150 && !/[.!?…:;]\s*$/u.test(text);

// A paragraph that only names a topic, with a colon: "Sul mercato:", "Sulla Champions League:", "Su Koulibaly:".
const TOPIC_LINE = /^\s*(?:su|sul|sulla|sullo|sui|sugli|sulle|sull['’]|riguardo\s+a(?:l|lla|llo|i|gli|lle|ll['’])?|a\s+proposito\s+d(?:i|el|ella|ello|ei|egli|elle|ell['’]))\s*[\p{L}\p{N}'’ -]{1,40}:\s*$/iu;

// A passive verb of calling and its agent's preposition, right after what is so called: "viene definito da",
// "è stata descritta dal".
const PASSIVE_CALLING = /^\s*(?:viene|vengono|venne|è\s+stat[oa]|sono\s+stat[ie])\s+(?:definit|descritt|chiamat|bollat)[oaie]\s+(?:anche\s+)?(?:da|dal|dalla|dallo|dai|dagli|dalle|dall['’])\s*/iu;

// Words that open no verb after a source set off by commas (conjunctions, relatives, articles, prepositions).
const INSERT_NOT_VERB = /(?:mentre|che|cui|e|ed|ma|o|oppure|dove|quando|come|se|perché|poi|anche|il|lo|la|l|i|gli|le|un|una|uno|di|del|della|dello|dei|degli|delle|a|al|alla|ai|da|dal|dalla|in|nel|nella|con|su|sul|sulla|per|tra|fra)/u;

function findVerbs(s: QuoteSentence, toks: readonly Tok[]): VerbHit[] {
  const hits: VerbHit[] = [];
  const frame = s.frame;
  const tokAt = (offset: number) => toks.findIndex((t) => t.start <= offset && offset < t.end);
  const reporting = reportingVerbPattern();
  reporting.lastIndex = 0;
  const matches = [...frame.matchAll(reporting)];
  // "secondo X", "Per X, …", "A detta di X, …": an attribution without a verb
  for (const row of SOURCE_MARKERS) {
    for (const m of frame.matchAll(row.re)) {
      const first = tokAt(m.index + m[0].length - m[0].trimStart().length);
      const last = tokAt(m.index + m[0].trimEnd().length - 1);
      const prev = toks[first - 1];
      if (row.notAfter && prev?.word && row.notAfter.test(prev.lower)) continue;
      if (row.antecedent) {
        // the name right before the comma, which the relative pronoun takes up; the statement is what follows it
        const named = antecedentName(toks, frame, first);
        // (what follows is a quotation and nothing more: "…, per il quale “…”." — the quotation is all they say)
        const quotedOnly = /^\s*[“«"„][^“«"„”»]*[”»"]\s*[.;!?]?\s*$/u.test(s.text.slice(toks[last]!.end));
        if (named) hits.push({ tokStart: first, tokEnd: last, form: row.id, plural: false, gerund: false, inverted: false, statementEnd: s.text.length, statementStart: toks[last]!.end, subject: named, ...(quotedOnly ? { quotedOnly } : {}) });
        continue;
      }
      // (an agent in quotation marks is a title, a paper's: "come riferito da “Il Messaggero”, sono stati lo chef X …"
      // names no one who speaks)
      if (row.agent && /^\s*[“«"„‘]/u.test(frame.slice(toks[last]!.end))) continue;
      // (an agent after its preposition, "come dichiarato dal neo sindaco X", read as a subject)
      const subj = row.agent ? subjectForward(toks, frame, last + 1, toks.length, true) : subjectAfter(toks, frame, last);
      // ("Secondo i consiglieri di opposizione “…”": the group who last spoke together, while one of them speaks)
      if (!subj || subj === 'nothing' || !(subj.kind === 'name' || (row.documents && subj.kind === 'document') || (row.id === 'secondo' && subj.kind === 'pair'))) continue;
      // (the agent is a person: "come previsto dal regolamento" names no one)
      if (row.agent && !(subj.kind === 'name' && (subj.role || subj.name.includes(' ')))) continue;
      // ("Per l’avvocato Fabio Anselmo è uno scandalo": a full name with its office needs no comma to be a source)
      const office = subj.kind === 'name' && !!subj.role && subj.name.includes(' ');
      // ("Per Alessio Schiavo presidente di … “…”": a full name whose words run on to a quotation, no comma or stop
      // between, is a source as well)
      // (or a surname with the office before it: "Per la presidente Tesei “…”"; a colon may stand before the quotation:
      // "Per il sindaco Rasero: “…”")
      const quoted = subj.kind === 'name' && (subj.name.includes(' ') || !!subj.role) && /^[^,.;:!?“«"„]*:?\s*[“«"„]/u.test(frame.slice(subj.at));
      const comma = /^[^,]*?,/.test(frame.slice(subj.at));
      if (row.commaAfter && !office && !quoted && !comma) continue;
      // (an insert's source ends at its comma, and the sentence's verb comes next: ", per Nardella, è …"; not ", per
      // Roma e Milano è …", nor "Secondo posto … per Santiago Buitrago, mentre il terzo …", where "per" gives to whom)
      if (row.insert && !(subj.kind === 'name' && new RegExp(`^${escapeRegExp(subj.name)}\\s*,\\s*(?!${INSERT_NOT_VERB.source}(?![\\p{L}']))\\p{Ll}`, 'u').test(frame.slice(subj.at)))) continue;
      // "Per il rettore … Attilio Mastino e per il presidente della Fondazione …, Pietro de Sarlo, «…»": a second source
      // joined to the first, a full name with its office, before the quotation: they say it together
      let also: Subject | undefined;
      if (row.id === 'per-x' && subj.kind === 'name') {
        // ("Per i difensori del senatore X, Biagio Bosco e Stefano Pellegrino “…”": the two after the plural office)
        const pair = /^(?:i|gli|le)$/.test(toks[last + 1]?.lower ?? '') ? jointSubjectsFrom(frame, subj.at, /[,.;:!?“”«»"„(]/u) : [];
        if (pair.length === 2 && pair.every((x) => x.kind === 'name' && x.name.includes(' '))) also = pair[1];
        const joined = /^[^,.;:!?“«"„]*?,?\s+e\s+per\s+(?=(?:il|la|lo|l['’])\s*\p{L})/iu.exec(frame.slice(subj.at));
        const other = joined ? subjectAfter(toks, frame, tokAt(subj.at + joined[0].length) - 1) : undefined;
        if (!also && other && other !== 'nothing' && other.kind === 'name' && other.role && other.name.includes(' ') && /^[^.;:!?“«"„]*[“«"„]/u.test(frame.slice(other.at))) also = other;
      }
      // "come sottolineato dal direttore del museo Luca Bassi e dal sindaco Anna Neri partirà …": a second agent
      // joined to the first by "e da" (or by "che da" after "sia da": "come specificato sia dal sindaco X che dal
      // comandante Y"), a full name, says it with them
      if (row.agent && subj.kind === 'name') {
        const joiner = /\ssia\s+\S+\s*$/iu.test(m[0]) ? '(?:e|che)' : 'e';
        const joined = new RegExp(`^${escapeRegExp(subj.name)},?\\s+${joiner}\\s+(?:da|dal|dalla|dallo|dall['’])\\s*(?=\\p{L})`, 'iu').exec(frame.slice(subj.at));
        const other = joined ? subjectForward(toks, frame, tokAt(subj.at + joined[0].length), toks.length, true) : undefined;
        if (other && other.kind === 'name' && other.name.includes(' ')) also = other;
      }
      const source = row.insert && subj.kind === 'name' && !subj.name.includes(' ') ? { ...subj, known: true } : subj;
      hits.push({ tokStart: first, tokEnd: last, form: row.id, plural: false, gerund: false, inverted: false, statementEnd: s.text.length, subject: source, ...(quoted && !office && !comma ? { quotedOnly: true } : {}), ...(also ? { also } : {}) });
    }
  }
  // "È Luca Bassi a spiegare che …", "È X (Misto), con un’interrogazione, a sollecitare la Giunta …": a cleft's
  // subject says the sentence (its quotations are left to the cleft's rule in QUOTE_OWNERS)
  const cleft = s.quotations.length ? undefined : cleftAt(toks, frame);
  if (cleft) hits.push({ tokStart: cleft.verb - 1, tokEnd: cleft.verb, form: 'cleft', plural: false, gerund: false, inverted: false, statementEnd: s.text.length, subject: cleft.subject });
  // "“…”. Lo ha detto X", "Così X", "Sono queste le richieste ribadite dal presidente …, X": the speaker comes after
  const opened: [number, number][] = [];
  for (const row of CATAPHORIC_OPENERS) {
    const m = row.re.exec(frame) ?? wordsOfAfterQuotation(row, frame);
    if (!m) continue;
    const endAt = m.index + m[0].length;
    const k = toks.findIndex((t) => t.end > endAt);
    if (k < 0) continue;
    const freeStart = !/\s$/.test(m[0]) && toks[k]!.start < endAt;
    // ("Lo scrive su Facebook Francesco Turco", "Lo ha detto all’agenzia Ansa il ministro …": where it was said first)
    // (and over a gerund's clause between commas, or a short adjunct before an office: "Lo ha detto, parlando
    // all’emittente Canale 50, il comandante …", "A comunicarlo, attraverso il proprio profilo Facebook, il primo
    // cittadino …")
    const from = freeStart ? k : complementEnd(toks, (gerundInsertEnd(toks, k) ?? adjunctBeforeOfficeEnd(toks, k) ?? k - 1) + 1);
    let subj = subjectForward(toks, frame, from, toks.length, freeStart || WORDS_OF.has(row.id));
    // "Così in una nota i segretari generali di Cgil, Cisl e Uil, rispettivamente A, B e C": a plural office, then
    // the people who hold it, in order
    const respectively = /^\s*(?:i|gli|le)\s[^.;:!?“”«»"]*?,\s*rispettivamente\s+(?=\p{Lu})/u.exec(frame.slice(endAt));
    if (respectively) {
      const at = toks.findIndex((t) => t.start >= endAt + respectively[0].length);
      const named = at >= 0 ? subjectForward(toks, frame, at, toks.length, true) : undefined;
      if (named?.kind === 'name') subj = named;
    }
    if (!subj) continue;
    // "“…”, così il Festival viene definito da Ave Marchi e Pietro Luigi Biagioni": what is so called is not who
    // speaks; the agent of the passive verb of calling is (two joined by "e" say it together)
    let also: Subject | undefined;
    let called = false;
    if (subj.kind === 'name') {
      const from = subj.at + subj.name.length;
      const passive = PASSIVE_CALLING.exec(frame.slice(from));
      const a = passive ? toks.findIndex((t) => t.start >= from + passive[0].length) : -1;
      const agent = a >= 0 ? subjectForward(toks, frame, a, toks.length, true) : undefined;
      if (passive && !(agent?.kind === 'name' && (agent.role || agent.name.includes(' ')))) continue;
      if (agent?.kind === 'name') {
        const joint = jointSubjectsFrom(frame, toks[a]!.start, /[,.;:!?“”«»"(]/u);
        subj = agent;
        called = true;
        if (joint.length === 2 && joint[0]!.kind === 'name' && joint[0]!.name === agent.name) also = joint[1];
      }
    }
    // "Così l’assessore X prosegue i suoi viaggi …": "così" with no verb of its own, then a clause's verb after the
    // person — the sentence tells what they do, not that the words before were theirs
    if (row.id === 'cosi' && !called && subj.kind === 'name' && !/\p{L}\s+\p{L}/u.test(m[0].replace(/^[^\p{L}]*/u, ''))) {
      const named = subj;
      const next = toks.find((t) => t.start >= named.at + named.name.length);
      if (next?.word && !next.cap && !opensAdjunct(next) && !CLAUSE_AFTER_NAME.has(next.lower)) continue;
    }
    // "“…”: lo ha detto X", "“…”, così X commentando": a quotation before the opener, in the same sentence, is theirs
    const lead = m[0].length - m[0].replace(/^[^\p{L}]*/u, '').length;
    const colon = m[0].includes(':') ? m.index + m[0].lastIndexOf(':') : /[”»"]/.test(m[0].slice(0, lead)) ? m.index + lead : -1;
    // (a verb after the person, read with the match, says nothing of its own: "È quanto X tiene a sottolineare")
    opened.push([m.index, endAt + (m.groups?.through?.length ?? 0)]);
    hits.push({ tokStart: Math.max(0, tokAt(colon >= 0 ? colon : m.index)), tokEnd: k - 1, form: row.id, plural: false, gerund: false, inverted: colon >= 0, statementEnd: colon >= 0 ? colon : 0, subject: subj, cataphoric: true, ...(also ? { also } : {}) });
    break;
  }
  // ("«…». A dirlo è Antonino Rocca, responsabile …": a cleft whose clitic takes up the words before only names who
  // said them, as the opener read on the same person does; the sentence itself says nothing)
  const opener = hits.find((h) => h.cataphoric);
  const cleftHit = cleft ? hits.findIndex((h) => h.form === 'cleft') : -1;
  if (cleft && opener && cleftHit >= 0 && 'at' in opener.subject && 'at' in cleft.subject && opener.subject.at === cleft.subject.at) hits.splice(cleftHit, 1);
  // ("«…». Così Serena Neri, segretaria della Cgil, commenta i dati …": the verb right after the person's apposition
  // is the opener's own, read with it; it says nothing of its own)
  if (opener?.form === 'cosi' && opener.subject.kind === 'name') {
    const named = opener.subject;
    let j = toks.findIndex((t) => t.start >= named.at + named.name.length);
    if (toks[j]?.text === ',') {
      const close = toks.findIndex((t, i) => i > j && i - j <= 12 && t.text === ',');
      j = close > 0 ? close + 1 : -1;
    }
    if (j > 0) opened.push([toks[j]!.start, toks[j]!.start + 1]);
  }
  const firstVerbTok = matches.length ? tokAt(matches[0]!.index) : undefined;
  const verbInitial = opensWithVerb(toks, firstVerbTok);
  for (const m of matches) {
    if (opened.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const vStart = tokAt(m.index);
    const vEnd = tokAt(m.index + m[0].length - 1);
    if (vStart < 0 || vEnd < 0) continue;
    const entry = verbEntry(m[0]);
    if (entry.afterQuoteOnly && !nextToQuotation(frame, m.index, m.index + m[0].length) && !opensDashInsert(frame, m.index, m.index + m[0].length)) continue;
    const prev = toks[vStart - 1];
    // ("Anche Dario Pensa del rifugio …": a verb's form capitalised inside a sentence, right after a name, is a surname)
    if (toks[vStart]!.cap && prev?.word && isNameToken(prev)) continue;
    // "si parla di": impersonal, nobody speaks
    if (prev?.lower === 'si' && /^parla/i.test(m[0])) continue;
    // "La replica dell’Agenzia: «…»", "la denuncia di X": a verb's form after an article is the noun
    // (but "Il motivo lo spiega X: «…»", "La ragione la spiega X": an object pronoun before a form that is no noun)
    if (vStart === vEnd && prev?.word && /^(?:la|il|lo|una|un|le)$/.test(prev.lower) && !objectPronoun(prev, m[0])) continue;
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

// "Il piano, definito dai sindacalisti di "dismissione", "predatorio", …": a participle of calling and its agent, a
// group no name is given for, before short quoted words (and the ones listed after them).
const CALLED_BY_UNNAMED = /(?<![\p{L}])(?:definit|bollat|etichettat|giudicat)[oaie]\s+(?:da|dal|dalla|dallo|dai|dagli|dalle|dall['’])\s*(?:\p{Ll}+\s+){0,3}?\p{Ll}+\s+(?:(?:di|come)\s+)?$/u;

/**
 * The sentence without the quotations that are titles ("ospite di “Mattinale”") or what someone unnamed called
 * something ("definito dai sindacalisti di “predatorio”"); they stay blanked in the frame.
 */
function withoutTitles(s: QuoteSentence): QuoteSentence {
  const dropped: number[] = [];
  const quotations = s.quotations.filter((q, i) => {
    const before = s.frame.slice(0, q.start);
    const short = q.inner.trim().split(/\s+/u).length <= 6 && !/[.!?;]/u.test(q.inner);
    // (a list of such words: "“dismissione”, “predatorio”" after the first)
    const listed = i > 0 && dropped.includes(i - 1) && /^\s*,?\s*(?:e\s+)?$/u.test(s.frame.slice(s.quotations[i - 1]!.end, q.start));
    if (isTitleQuotation(before, q.inner) || officeTitle(before, q.inner) || (nameQuotation(q.inner) && !/:\s*$/u.test(before) && !splitQuotation(s, i)) || (short && (CALLED_BY_UNNAMED.test(before) || listed))) {
      dropped.push(i);
      return false;
    }
    return true;
  });
  return quotations.length === s.quotations.length ? s : { ...s, quotations };
}

/**
 * Whether quoted words are the name of the body an office is of ("X, presidente dell’associazione “Amici del cuore”",
 * "direttore della Uosd “Obiettivi di salute e screening”", "direttore editoriale di “Avvocati”"): a few words opening
 * with a capital, no sentence in them, governed as the office's complement right after it.
 */
function officeTitle(before: string, inner: string): boolean {
  if (!/^\s*\p{Lu}/u.test(inner) || /[.!?;:]/u.test(inner) || inner.trim().split(/\s+/u).length > 8) return false;
  const toks = lex(before);
  const preposition = titleGovernor(toks, toks.length);
  if (preposition < 0) return false;
  // (the office right before the preposition, or before the word the preposition is elided onto, with an adjective
  // between them: "direttore editoriale di")
  return [1, 2].some((d) => isRoleTok(toks[preposition - d]));
}

/**
 * Whether quoted words are a name (a shop's, a brand's, a work's: "alla guida di “Spizzy”"), not words said: one to
 * three capitalised words, none of them a stopword and one of them no Italian word, and nothing else ("«Vergogna»" is a
 * word shouted; after a colon, "ha consigliato: “Resign”", they are said).
 */
function nameQuotation(inner: string): boolean {
  const words = inner.trim().split(/\s+/u);
  return (
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}[\p{L}\p{N}'’&.-]*$/u.test(w) && !isStopword(w.toLowerCase(), 'it')) &&
    words.some((w) => notAnItalianWord(w.replace(/[.’']+$/u, '')))
  );
}

/** Whether the sentence's quotation `i` is the first part of words an insert interrupts ("“La VTA” spiega il prof. X “è …”"): another quotation follows it closely, no colon between. */
function splitQuotation(s: QuoteSentence, i: number): boolean {
  const next = s.quotations[i + 1];
  if (!next) return false;
  const between = s.frame.slice(s.quotations[i]!.end, next.start);
  return between.length <= 80 && !between.includes(':');
}

interface ReadSentence {
  readonly s: QuoteSentence;
  readonly toks: readonly Tok[];
}
/** A paragraph as the speakers are read from it: its sentences, and where a quotation run over paragraphs meets it. */
interface ReadParagraph {
  readonly p: Article['paragraphs'][number];
  readonly sentences: ReadSentence[];
  readonly run: { readonly openStart: boolean; readonly openEnd: boolean };
}
// A heading that is only a name of one to three words, with a number after it or not ("MENCARELLI 1", "Marco Rossi"),
// or a bracket ("Barelli (Fin)").
const HEADING_NAME = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:\s+\d{1,2}|\s*\([^()]{1,30}\))?$/u;
// What a heading may say of the words under it before the name: "La replica di Barelli", "Le parole di Marco Rossi",
// "Il commento del presidente Rossi", "Parla Rossi".
const HEADING_VOICE =
  /^(?:(?:(?:la|il|le|lo|l['’])\s*)?(?:replica|risposta|commento|intervento|parole|appello|accusa|denuncia|testimonianza|racconto|sfogo|posizione|versione|opinione|parere|analisi|punto\s+di\s+vista)\s+(?:di|del|della|dello|dell['’])\s*|(?:parla|interviene|risponde|replica|dice)\s+)/iu;

const readCache = new WeakMap<Article, ReadParagraph[]>();

const VIRTUAL_OPEN = '“';
const VIRTUAL_CLOSE = '”';

/** Quote-aware sentences and their tokens, computed once per article for speakers and mentions. */
function readArticle(article: Article): ReadParagraph[] {
  let read = readCache.get(article);
  if (!read) {
    // A quotation run over several paragraphs is read in each as if its marks were there: a closing mark where the
    // paragraph ends inside it, an opening one where it starts inside it (offsets then count the added mark).
    // (a quotation closed with its opening mark, “…“, is read as closed: see closingOpeners)
    const texts = article.paragraphs.map((p) => closingOpeners(p.text));
    const runs = quotationRuns(texts);
    read = article.paragraphs.map((p, i) => {
      const { openStart, openEnd } = runs[i]!;
      // (the mark that pairs with the one written: « … » or “ … ”)
      // (straight marks pair with straight marks: "… siamo orgogliosi", ha detto)
      const firstMark = /[“”«»"]/u.exec(p.text)?.[0];
      const open = openStart || lostOpening(texts[i]!) ? (firstMark === '»' ? '«' : firstMark === '"' ? '"' : VIRTUAL_OPEN) : '';
      // (a guillemet left open, whatever nested quotation follows it: «… sono stata “ufficialmente” informata …)
      const guillemet = p.text.lastIndexOf('«');
      const lastMark = /[“”«»"](?=[^“”«»"]*$)/u.exec(p.text)?.[0];
      const close = openEnd ? (guillemet >= 0 && !p.text.includes('»', guillemet) ? '»' : lastMark === '"' ? '"' : VIRTUAL_CLOSE) : '';
      const text = `${open}${texts[i]!}${close}`;
      return { p, sentences: quoteSentences(text).map((s) => ({ s: withoutTitles(s), toks: lex(s.frame) })), run: runs[i]! };
    });
    readCache.set(article, read);
  }
  return read;
}

/** Where a paragraph's text opens a quotation at a colon with no mark ("Rossi:Sono …”"), which quotes.ts reads. */
const COLON_OPENING = /:\s?\p{Lu}/u;

/**
 * Whether a paragraph opens a quotation whose opening mark hasty copy left out: it starts with a word, and its first
 * quotation mark is a closing one (”, ») standing after a word or a stop, within its first 600 characters, with no
 * colon opening the quotation before it ("Sono molto soddisfatto – ha detto Rossi – di aver … filiera”.", "Una
 * mazzata …»: così il presidente …"). A quotation run over paragraphs that ends in it was read before
 * (`quotationRuns`): this is the paragraph that no other leaves open.
 */
function lostOpening(text: string): boolean {
  const mark = /[“”«»"„]/u.exec(text);
  if (!mark || !/[”»]/u.test(mark[0]) || mark.index > 600 || !/^\s*[\p{Lu}\d]/u.test(text)) return false;
  const before = text.slice(0, mark.index);
  return /[\p{L}\p{N}.!?…]$/u.test(before) && !COLON_OPENING.test(before);
}

/** "Quest’ultimo", "E quest’ultima" opening a sentence: the last person named. */
const LATEST_NAMED = /^\s*(?:(?:e|ed|ma|però)\s+)?quest['’]ultim[oa](?![\p{L}])/iu;

/** The last full name of a sentence (two or more words), with where it starts. */
function lastFullName(toks: readonly Tok[], frame: string): { name: string; at: number } | undefined {
  let last: { name: string; at: number } | undefined;
  for (let i = 0; i < toks.length; i++) {
    const run = personRunAt(toks, i);
    if (!run) continue;
    const words = toks.slice(run.from, run.end);
    if (words.length >= 2 && !words.some((w) => ORGANISATION_WORDS.has(w.lower))) last = { name: sliceText(frame, toks, run.from, run.end), at: toks[run.from]!.start };
    i = run.end - 1;
  }
  return last;
}

/**
 * Whether a sentence names nobody who could speak: no name (a capitalised first word only when it is a common Italian
 * word), no office, no quotation and no verb of saying.
 */
function namesNobody(s: QuoteSentence, toks: readonly Tok[]): boolean {
  if (s.quotations.length || s.frame.search(reportingVerbPattern()) >= 0) return false;
  return !toks.some((t, k) => isRoleTok(t) || (isNameToken(t) && (k > 0 || !isCommonItalianWord(t.lower))));
}

/**
 * Whether a sentence is a quotation: it opens with one (after a dateline, "Roma – ", "ROMA (ITALPRESS) – ", "Roma, 27
 * set. (askanews) – "), and quotations are most of its letters.
 */
const opensWithQuotation = (s: QuoteSentence) =>
  /^\s*(?:\p{Lu}[\p{L}’' ]{1,30}(?:,\s*\d{1,2}\s+\p{L}{3,9}\.?)?(?:\s*\([^()]{1,30}\))?\s[–—-]\s*)?[“«"„]/u.test(s.text) && s.quotations.reduce((n, q) => n + letters(q.inner), 0) >= 0.8 * letters(s.text);

/** Every run of two or more capitalised words in a sentence ("Isacco Bashevis Singer", "New York"), as written. */
function nameRuns(toks: readonly Tok[], frame: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!isNameToken(toks[i])) continue;
    let e = i;
    while (isNameToken(toks[e + 1]) && toks[e]!.end + 1 >= toks[e + 1]!.start) e++;
    if (e > i) out.push(sliceText(frame, toks, i, e + 1));
    i = e;
  }
  return out;
}

// An initial: one capital letter and its full stop, then a name ("J." of "J. P. Morgan").
const isInitial = (toks: readonly Tok[], k: number): boolean =>
  /^\p{Lu}$/u.test(toks[k]?.text ?? '') && toks[k + 1]?.text === '.' && toks[k + 1]!.start === toks[k]!.end && isNameToken(toks[k + 2]) && toks[k + 2]!.start <= toks[k + 1]!.end + 1;

/**
 * The name run that starts at token `i`, as the article's full names are read: a capitalised word that is no title and
 * does not go on a run begun before it (a title before it starts a new one: "Dott. Mario Rossi"), the capitalised words
 * written right after it (initials too: "J. P. Morgan"), and where the person's name starts in them (`personStartInRun`).
 * @param toks - a sentence's tokens
 * @param i - the token
 * @returns the person's name as [from, end) of `toks`, or undefined when no run starts at `i`
 */
function personRunAt(toks: readonly Tok[], i: number): { from: number; end: number } | undefined {
  if (!isNameToken(toks[i]) || (i > 0 && isNameToken(toks[i - 1]) && !isTitle(toks[i - 1]!)) || isTitle(toks[i]!)) return undefined;
  // (not inside a name after its initials: "P. Morgan" of "J. P. Morgan")
  if (i >= 2 && isInitial(toks, i - 2)) return undefined;
  let end = i;
  for (;;) {
    if (!toks[end]) break;
    const joined = end === i || toks[end]!.start <= toks[end - 1]!.end + 1;
    // (initials before the surname are part of the name: "J. P. Morgan", "George W. Bush")
    if (joined && isInitial(toks, end)) end += 2;
    // (up to an office capitalised out of deference after the name: "Franco Fiumara Direttore Centrale …")
    else if (joined && isNameToken(toks[end]) && !(end > i + 1 && capitalisedOffice(toks, end))) end++;
    else break;
  }
  // (a run that ends on initials names nobody by them: "la classe A.")
  while (end - 2 >= i && toks[end - 1]?.text === '.') end -= 2;
  if (end <= i) return undefined;
  let from = personStartInRun(toks, i, end);
  // (a title capitalised inside the run opens the name: "dall’Arcivescovo di Palermo Monsignore Corrado Bassi")
  for (let k = end - 2; k > from; k--) {
    if (isTitle(toks[k]!)) {
      from = k + 1;
      break;
    }
  }
  return { from, end };
}

/**
 * Full names written only inside a quotation ("“Al mio fianco come sempre Stefano Tosoni …”", then "“…” riprende
 * Tosoni"): they name someone the article speaks of as well, so a surname alone may stand for them, after the names
 * written outside quotations, which a surname links to first.
 * @param paragraphs - the article as `readArticle` reads it
 * @returns the names, in order of appearance
 */
function namesInQuotations(paragraphs: readonly ReadParagraph[]): string[] {
  const out: string[] = [];
  for (const { sentences } of paragraphs)
    for (const { s } of sentences)
      for (const q of s.quotations) {
        const toks = lex(q.inner);
        for (let i = 0; i < toks.length; i++) {
          const run = personRunAt(toks, i);
          if (!run) continue;
          // (a longer run is a party's or a body's name before the person's, "del Capogruppo di Forza Italia Marco
          // Melgrati": the last two words, a given name and a surname)
          const from = run.end - run.from > 3 ? run.end - 2 : run.from;
          const words = toks.slice(from, run.end);
          if (words.length >= 2 && words.length <= 3 && !words.some((w) => ORGANISATION_WORDS.has(w.lower))) out.push(sliceText(q.inner, toks, from, run.end));
        }
      }
  return out;
}

/**
 * Openers whose pronoun takes up what was said ("Lo ha annunciato X", "Ad annunciarlo è stato X", "È quanto ha detto
 * X"): a paragraph of them alone makes the paragraph before that person's reported statement ("Così X" is left to
 * quotations).
 */
const TAKES_UP_WHAT_WAS_SAID: ReadonlySet<string> = new Set(['lo-ha-detto', 'ad-affermarlo-e', 'e-quanto-ha-detto', 'e-quanto-x-dice']);
/**
 * "Il presidio continuerà “…”, sono le parole del segretario X": an opener that names whose words these are,
 * standing after the sentence's last quotation and a comma rather than opening the sentence. The match's index is
 * the closing mark's, so the quotation before it is theirs as when the sentence opens with it.
 * @param row - the opener
 * @param frame - the sentence
 * @returns the match, or null
 */
function wordsOfAfterQuotation(row: (typeof CATAPHORIC_OPENERS)[number], frame: string): RegExpExecArray | null {
  if (!WORDS_OF.has(row.id)) return null;
  // (the last closing mark, with no opening mark after it: found by scanning back, as most sentences have none)
  const close = Math.max(frame.lastIndexOf('”'), frame.lastIndexOf('»'), frame.lastIndexOf('"'));
  if (close < 0 || !/^\s*,\s*\p{L}/u.test(frame.slice(close + 1, close + 8)) || /[“«"]/u.test(frame.slice(close + 1))) return null;
  const m = row.re.exec(frame.slice(close));
  if (!m) return null;
  m.index += close;
  return m;
}

/** Cataphoric openers that name whose words the paragraph before quoted ("Sono le parole di X", "È il racconto di X"). */
const WORDS_OF: ReadonlySet<string> = new Set(['sono-queste-le-parole-di', 'sono-le-parole-di', 'e-il-racconto-di']);
/** Cataphoric openers that also give the person the floor: the quotation right after is theirs ("È X a dare la notizia. «…»"). */
const TAKES_THE_FLOOR: ReadonlySet<string> = new Set(['e-x-a-dare-la-notizia']);

/** An agency's dateline opening a paragraph: "(ANSA) - TERNI, 30 DIC - ", "ROMA (ITALPRESS) – ". */
const AGENCY_DATELINE = /^(?:\([^()]{2,20}\)\s*[-–—]\s*)?\p{Lu}[\p{Lu}’' ]{1,30}(?:,\s*\d{1,2}\s+\p{L}{3,9}\.?)?(?:\s*\([^()]{1,30}\))?\s*[-–—]\s+/u;

/** An agency's name alone in brackets opening a paragraph: "(LaPresse) ", "(Adnkronos) ". */
const AGENCY_NAME = /^\(\p{Lu}[\p{L}]{1,15}\)\s+(?=\p{Lu})/u;

// Forms of reporting verbs that are also everyday nouns, besides the nouns of saying ("la conferma di X", "la nota").
const NOUN_FORMS: ReadonlySet<string> = new Set(['conferma', 'conferme', 'protesta', 'proteste', 'condanna', 'minaccia', 'domanda', 'domande', 'nota', 'note', 'stima']);

/**
 * Whether "lo", "la" or "le" before a one-word form of a reporting verb is its object pronoun, not an article: the
 * form is no noun ("Il motivo lo spiega X", "La ragione la spiega X"; not "la replica di X", "la conferma").
 * @param prev - the word before the verb
 * @param form - the verb's form as written
 * @returns true when the word is a pronoun
 */
function objectPronoun(prev: Tok, form: string): boolean {
  const f = form.toLowerCase();
  return /^(?:lo|la|le)$/.test(prev.lower) && !SPEECH_NOUNS.has(f) && !NOUN_FORMS.has(f);
}

/** A dateline written as a sentence of its own ("Genova.", "Roma –") before a paragraph's quotation. */
const DATELINE_ALONE = /^\s*\p{Lu}[\p{L}’' ]{1,30}\s*[.–—-]\s*$/u;

/** A text without a stray quotation mark (or space) at either end. */
const withoutStrayMarks = (text: string) => text.trim().replace(/^[“”«»"„\s]+|[“”«»"„\s]+$/gu, '');

// A paragraph that is only a dateline: a place in capitals, with its province in brackets or alone ("VENTURINA TERME
// (Livorno)", "VERONA").
const DATELINE_PARAGRAPH = /^\s*\p{Lu}[\p{Lu}'’ -]{2,40}\s*(?:\(\p{Lu}[\p{L} .]{1,25}\))?\.?\s*$/u;

/** The labels of an interview's answers and questions ("R: …", "Risposta: …"; "D: …", "Domanda: …"). */
const ANSWER_LABEL = /^\s*(?:R|Risposta)\s*:\s*/u;
const QUESTION_LABEL = /^\s*(?:D|Domanda)\s*:\s*/u;
/** A paragraph that is one quotation, opening mark first and closing mark last (a full stop or comma may follow). */
const WHOLE_QUOTATION = /^\s*(?:“[^“”]*”|«[^«»]*»|"[^"]*"|„[^„“”]*[“”])[.,;]?\s*$/u;
/** "intervista a Carmine Doronzo", "intervista con la sindaca Anna Neri": who an interview is with. */
const INTERVIEWED = /(?<![\p{L}])[Ii]ntervista (?:a|ad|con|al|alla|allo|all['’])\s*(?:(?:\p{Ll}+)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/gu;
/** "Bruno Piraccini, lei è …", "Anna Neri, lei ha …": a full name addressed in the formal second person at the head of
 * a sentence — an interviewer speaking to the interviewee. */
const ADDRESSED_AS_LEI = /(?:^|[.?!…]\s+)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+lei\s/gu;
/** "Pari, in trent’anni Cetacea ha fatto passi da gigante? “Siamo nati …”": a paragraph opening on a name set off by a
 * comma, its first sentence a question answered by a quotation — an interviewer addressing the interviewee. */
const ADDRESSED_AND_ANSWERED = /^\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),\s+[^.?!…“«"„”»]+\?\s*[“«"„]/u;
/** "Signor Doronzo, …", "Sindaca Neri, …": whom a question addresses. */
const ADDRESSED = /(?<![\p{L}])(?:Signor|Signora|Sig\.|Dottor|Dottoressa|Dott\.|Professor|Professoressa|Prof\.|Sindaco|Sindaca|Presidente|Onorevole|Assessore|Assessora|Ministro|Ministra)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*[,?!]/gu;


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
  /** A placeholder whose office the article writes as a title ("il Presidente"): kept under that name if never named. */
  titled?: boolean;
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

/**
 * Whether `text` names a person by a capitalised word of their name or aliases ("Il rettore De Toni ha …").
 * @param text - the text
 * @param e - the entity
 * @returns false for bodies and roles without a name
 */
function namesSpeaker(text: string, e: Entity): boolean {
  const person = live(e);
  if (person.sort !== 'person') return false;
  const parts = new Set([person.name, ...person.aliases].flatMap((x) => x.split(/[\s’']+/u)).filter((w) => /^\p{Lu}\p{L}{2,}/u.test(w)).map(fold));
  return (text.match(/\p{Lu}[\p{L}]+/gu) ?? []).some((w) => parts.has(fold(w)));
}

// A capitalised word alone after a preposition of place ("di Sanremo.", "a Roma,"), no capitalised word after it.
// The same after "secondo" or "con" too, or in capitals: a body's name ("secondo Coldiretti", "da Federalberghi", "per
// la CGIL" is not — "la" comes between).
const BODY_ALONE = /(?<![\p{L}])(?:[Dd]i|[Aa]|[Dd]a|[Ii]n|[Pp]er|[Ss]econdo|[Cc]on)\s+(\p{Lu}[\p{Lu}\p{Ll}]+)(?![\p{L}\p{M}'’]|\s+\p{Lu})/gu;
const PLACE_ALONE = /(?<![\p{L}])(?:di|a|da|in|per)\s+(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}'’]|\s+\p{Lu})/gu;

/**
 * Whether a sentence only names what the words before it were: the copula and a noun of saying ("È stato il commento
 * che …", "Era la replica del sindaco").
 * @param frame - the sentence, quotations blanked
 */
function namesTheWords(frame: string): boolean {
  const m = /^[^\p{L}]*(?:è|e['’]|era|fu)(?:\s+stat[oa])?\s+(?:il|lo|la|le|i|gli|l['’])\s*(\p{L}+)/iu.exec(frame);
  return !!m && SPEECH_NOUNS.has(m[1]!.toLowerCase());
}

/**
 * Whether a paragraph's quotation marks quote only a word or three each ("per i più “agèes”"): marks that set off a
 * term, not someone's words.
 * @param text - the paragraph
 * @param quotations - its quotations
 */
function onlyScareQuotes(text: string, quotations: readonly { inner: string }[]): boolean {
  const marks = text.match(/[“”«»"„]/gu)?.length ?? 0;
  return marks === 2 * quotations.length && quotations.every((q) => q.inner.trim().split(/\s+/u).length <= 3);
}

/**
 * Whether a capitalised word is the last of the names a complement lists ("dell’Istruzione, Università e Ricerca"):
 * after "e" or a comma, over capitalised words each after a comma or "e", back to a preposition of the complement
 * ("di", "del", "dell’Istruzione"). A list of people ("i ministri Rossi, Bianchi e Anna Maria Verdi") has no
 * preposition before it.
 * @param toks - the sentence's tokens
 * @param i - the word's index
 */
function closesListedComplement(toks: readonly Tok[], i: number): boolean {
  let j = i - 1;
  for (let items = 0; items < 6; items++) {
    if (!(toks[j]?.lower === 'e' || toks[j]?.text === ',')) return false;
    const item = toks[j - 1];
    if (!item?.word) return false;
    if (/^(?:dell|degli|della|del|dei|delle|di)['’]?\p{Lu}/u.test(item.text)) return true;
    if (!item.cap) return false;
    if (/^(?:di|del|della|dello|dei|degli|delle)$/u.test(toks[j - 2]?.lower ?? '')) return true;
    j -= 2;
  }
  return false;
}

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
  // (two words opening a sentence before a comma, the first a common word: perhaps someone addressed, see below)
  const addressed = new Set<string>();
  const roles = new Map<string, string>();
  // The title too: news copy often gives the full name there only ("sopralluogo della sindaca Irene Galli", then "Galli").
  const titleToks = lex(article.meta.title);
  const body = article.paragraphs.map((x) => x.text).join('\n');
  const titleRead = { sentences: [{ s: { frame: article.meta.title }, toks: titleToks }] };
  const placesAlone = new Set<string>();
  for (const m of `${article.meta.title}\n${body}`.matchAll(PLACE_ALONE)) placesAlone.add(m[1]!);
  const bodiesAlone = new Set<string>();
  for (const m of `${article.meta.title}\n${body}`.matchAll(BODY_ALONE)) bodiesAlone.add(m[1]!);
  for (const { sentences } of [titleRead, ...sentencesByParagraph]) {
    for (const { s, toks } of sentences) {
      for (let i = 0; i < toks.length; i++) {
        const run = personRunAt(toks, i);
        if (!run) continue;
        const { end } = run;
        let { from } = run;
        if (sentences === titleRead.sentences) from = titleNameStart(toks, s.frame, from, end, body);
        // ("Raggiante Davide Vezzoli, quinta E: …": a common word capitalised as the sentence's first, an adjective of how
        // they are, before a full name whose given name is no common word)
        else if (from === 0 && end >= 3 && commonWordBeforeName(toks, 0) && !PARTICLES.has(toks[1]!.lower)) from = 1;
        // "il Festival di Sanremo Blanco e Mahmood", "a Roma Giuseppe Conte": a place the article writes alone
        // after a preposition elsewhere, then a name — two names side by side, not one
        if (from === i && end - i >= 2 && isPreposition(toks[i - 1]) && placesAlone.has(toks[i]!.text)) from = i + 1;
        // "all’agenzia Ansa Francesca Bianco": the complement's own name, then the person's
        if (from === i && end - i >= 3) for (let k = Math.max(0, i - 4); k < i; k++) if (complementEnd(toks, k) === i + 1) from = i + 1;
        // "il presidente Federalberghi Bernabò Bocca": after an office, a name the article writes alone elsewhere ("da
        // Federalberghi"), then the person's
        if (from === i && end - i >= 3 && isRoleTok(toks[i - 1]) && bodiesAlone.has(toks[i]!.text)) from = i + 1;
        // "il capogruppo Pd Bassi", "il consigliere Forza Italia Mario Rossi": after an office, a party's name, then the
        // person's
        if (from === i && isRoleTok(toks[i - 1])) {
          const party = [3, 2, 1].find((n) => end - i > n && isPartyName(sliceText(s.frame, toks, i, i + n)));
          if (party) {
            from = i + party;
            const person = sliceText(s.frame, toks, from, end);
            if (!roles.has(person)) roles.set(person, `${toks[i - 1]!.text.replace(/^\p{L}+['’]/u, '')} ${sliceText(s.frame, toks, i, from)}`);
          }
        }
        // "del ministro dell’Istruzione, Università e Ricerca Stefania Giannini": the last of the names a complement
        // lists, then the person's
        if (from === i && end - i >= 3 && closesListedComplement(toks, i)) from = i + 1;
        // "Coach De Raffaele: …", "Sindaco Mario Rossi": an office capitalised as a label's first word, then the name
        if (from === i && end - i >= 2 && i === 0 && ROLE_SET.has(toks[i]!.lower)) from = i + 1;
        const words = toks.slice(from, end);
        const name = sliceText(s.frame, toks, from, end);
        if (words.length >= 2 && !words.some((w) => ORGANISATION_WORDS.has(w.lower))) {
          if (!fullNames.includes(name)) fullNames.push(name);
          if (from === 0 && words.length === 2 && toks[end]?.text === ',' && isCommonItalianWord(words[0]!.text) && !PARTICLES.has(words[0]!.lower)) addressed.add(name);
          if (toks[end]?.text === ',') {
            let q = end + 1;
            // (up to a quotation too: "ministro dell’Ambiente al forum Connact Energy “…”" — a title, or their words)
            while (toks[q] && !endsApposition(toks[q]!)) q++;
            const appos = toks.slice(end + 1, q);
            // (not an office set before the next full name: "dal parroco don Augusto Neri, l’arcivescovo di Trento, Lauro
            // Bassi, ha benedetto …" — the archbishop is Lauro Bassi)
            const nextNamed = toks[q]?.text === ',' && isNameToken(toks[q + 1]) && isNameToken(toks[q + 2]);
            // (nor the offices of several, "A e B, rispettivamente vice segretaria e segretario …")
            if (appos.length && !isPreposition(appos[0]) && appos[0]!.lower !== 'rispettivamente' && isRoleLike(appos) && !nextNamed && !roles.has(name)) roles.set(name, sliceText(s.frame, toks, end + 1, q));
          }
        }
      }
    }
  }
  // "Tornerai Matteo, e di nuovo, più forte di prima.": a sentence that opens with a common word and a name that
  // opens another full name of the article ("Matteo Berrettini"), then a comma, addresses that person: no name.
  for (const n of addressed) {
    const second = n.split(/\s+/u)[1]!;
    if (fullNames.some((x) => x !== n && x.startsWith(`${second} `))) fullNames.splice(fullNames.indexOf(n), 1);
  }
  // Full names written only inside a quotation, read when a surname first needs them (see `namesInQuotations`).
  let quotedNames: string[] | undefined;
  let bodyFolded: string | undefined;
  let titleFolded: string | undefined;
  // Whether a sentence writes a one-word name alone beside a longer name it opens: "Trenitalia, Trenord, Trenitalia
  // Tper" lists two companies, not one by its first word.
  const writtenApart = (word: string, full: string): boolean => {
    const alone = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'gu');
    return sentencesByParagraph.some(({ sentences }) => sentences.some(({ s }) => s.text.includes(full) && (s.text.match(alone)?.length ?? 0) > s.text.split(full).length - 1));
  };
  const resolveName = (name: string): string => {
    const words = name.split(/\s+/);
    // ("il vincitore e nuova Maglia Rosa Primož Roglič ha detto": a title of common words, capitalised, before a full
    // name the article writes on its own elsewhere is no part of it — not "Vittorio Cogliati Dezza", nor "Chiesa
    // Metodista Unita", whose words after the first are a name's)
    if (words.length >= 3) {
      const tail = fullNames.filter((n) => {
        const w = n.split(/\s+/);
        const before = words.slice(0, words.length - w.length);
        return w.length >= 2 && before.length > 0 && fold(words.slice(-w.length).join(' ')) === fold(n) && before.every(isCommonItalianWord) && !isCommonItalianWord(w[0]!);
      });
      if (tail.length) return tail.reduce((a, b) => (b.length > a.length ? b : a));
    }
    // (a surname with its particle, "Di Maio", "Della Valle", is a surname alone)
    if (words.length >= 2 && !PARTICLES.has(words[0]!.toLowerCase())) return name;
    const f = fold(name);
    // "ABC" is not the surname of "WATCH ABC": names with a word in capitals are brands, not people
    const isPerson = (n: string) => !n.split(/\s+/).some((w) => /^\p{Lu}{2,}$/u.test(w));
    // (one person whatever the accents: "Primož Roglič" and "Primoz Roglic" in the same article; the first written
    // is the name)
    // (and whatever the spaces: "Gianluca Sassi" in the title, "Gian Luca Sassi" in the body — the body's spelling is
    // the name)
    const one = (names: string[]) => new Set(names.map((n) => fold(n).replace(/[\s-]+/g, ''))).size === 1;
    const inBody = (n: string) => (bodyFolded ??= fold(body)).includes(fold(n));
    const pick = (names: string[]) => names.find(inBody) ?? names[0]!;
    const surnameOf = (list: readonly string[]) => list.filter((n) => isPerson(n) && (fold(n.split(/\s+/).pop()!) === f || fold(n.split(/\s+/).slice(1).join(' ')) === f));
    const bySurname = surnameOf(fullNames);
    if (bySurname.length && one(bySurname)) return pick(bySurname);
    // (a surname several full names share — "Tesla" of "Nikola Tesla" and of his father "Milutin Tesla" — is the one
    // the article's title names, who the article is about)
    const titled = bySurname.filter((n) => inBody(n) && (titleFolded ??= fold(article.meta.title)).includes(fold(n)));
    if (titled.length && one(titled)) return titled[0]!;
    // (a full name only the title gives yields to the one the body writes: the body's surnames are the body's people)
    const written = bySurname.filter(inBody);
    if (written.length && written.length < bySurname.length && one(written)) return written[0]!;
    // (and to the one of them who has already spoken: "… prima dell’uscente Luca Sartori. Quest’ultimo … ha evidenziato
    // …", then "– ha detto Sartori –", Marco Sartori named beside them saying nothing)
    const spoke = bySurname.filter((n) => (entities.get(`n:${fold(n)}`)?.quotes.length ?? 0) > 0);
    if (spoke.length === 1) return spoke[0]!;
    const byFirst = fullNames.filter((n) => isPerson(n) && fold(n.split(/\s+/)[0]!) === f);
    if (byFirst.length && one(byFirst) && !byFirst.some((n) => writtenApart(name, n))) return pick(byFirst);
    // (a surname no name outside quotations has: the full name a quotation gives it)
    const quoted = bySurname.length || byFirst.length ? [] : surnameOf((quotedNames ??= namesInQuotations(sentencesByParagraph)));
    if (quoted.length && one(quoted)) return quoted[0]!;
    return name;
  };

  /**
   * The people these texts name with an office of this stem ("il sindaco Diego Ferrara", "Il medico, Anna Bruni,"),
   * each once; the name goes with the office nearest it ("Il medico, marito della senatrice Nicoletta Spelgatti" names
   * the senator).
   */
  const namedWithRole = (stem: string | undefined, texts: readonly { toks: readonly Tok[]; frame: string }[]): Map<string, Subject> => {
    const named = new Map<string, Subject>();
    if (!stem) return named;
    for (const { toks, frame } of texts) {
      toks.forEach((t, k) => {
        if (!t.word || roleStem(t.text) !== stem) return;
        // (an office its preposition governs names its holder as well: "in presenza dell’assessore Rosy Silvestrini")
        const subject = subjectForward(toks, frame, k, toks.length, true);
        // "Gianluca Festa, nuovo allenatore del Como": with no name after it, the full name before the office in
        // apposition (not across a verb: "X, è stato il sindaco")
        let b = k - 1;
        // (nor a verb of speaking: "Strage di Paderno Dugnano, parla l’avvocato del 17enne")
        while (b >= 0 && k - b <= 3 && toks[b]!.word && !toks[b]!.cap && !/^(?:è|e'|era|fu|sarà|stat[oaie]|sono|ha|hanno|aveva)$/u.test(toks[b]!.lower) && !VERB_WORDS.has(toks[b]!.lower)) b--;
        if (subject?.kind !== 'name' && toks[b]?.text === ',' && isNameToken(toks[b - 1])) {
          const start = nameStartBack(toks, b - 1);
          if (b - start >= 2 && toks.slice(start, b).every((x) => isNameToken(x))) {
            named.set(fold(resolveName(sliceText(frame, toks, start, b))), { kind: 'name', name: sliceText(frame, toks, start, b), role: sliceText(frame, toks, b + 1, k + 1), at: toks[start]!.start, person: true });
            return;
          }
        }
        if (subject?.kind !== 'name' || roleStem(subject.role ?? '') !== stem) return;
        const at = toks.findIndex((x) => x.start === subject.at);
        if (toks.slice(k + 1, at).some((x) => isRoleTok(x) && roleStem(x.text) !== stem)) return;
        named.set(fold(resolveName(subject.name)), subject);
      });
    }
    return named;
  };
  // The people the title and the whole body name with an office of this stem, looked up once per office.
  const namedAnywhere = new Map<string, Map<string, Subject>>();
  const namedInArticle = (stem: string): Map<string, Subject> => {
    let named = namedAnywhere.get(stem);
    if (!named) {
      const texts = [{ toks: titleToks, frame: article.meta.title }, ...sentencesByParagraph.flatMap(({ sentences }) => sentences.map(({ s, toks }) => ({ toks, frame: s.frame })))];
      namedAnywhere.set(stem, (named = namedWithRole(stem, texts)));
    }
    return named;
  };

  const entities = new Map<string, Entity>();
  // What an office's words say besides the office itself ("il consigliere di Avantinsieme": avantinsieme), folded.
  const officeDetails = (role: string, stem: string): Set<string> =>
    new Set(usualOffice(role).split(/[\s,’'()]+/).map((w) => fold(w)).filter((w) => w.length > 2 && !isStopword(w, 'it') && roleStem(w) !== stem));
  // The words in brackets right after a name anywhere in the article ("Lorenzo Neri (Avantinsieme)"), folded.
  const bracketAfter = (name: string): Set<string> => {
    const words = new Set<string>();
    const after = new RegExp(`${escapeRegExp(name)}\\s*\\(([^()]{1,40})\\)`, 'gu');
    for (const text of [article.meta.title, ...article.paragraphs.map((p) => p.text)]) for (const m of text.matchAll(after)) for (const w of m[1]!.split(/[\s,’']+/)) words.add(fold(w));
    return words;
  };
  /** A person named with a role takes over what was said by that role before the name was given. */
  const claimPlaceholder = (person: Entity) => {
    const stem = roleStem(person.role!);
    const placeholder = stem ? entities.get(`r:${stem}`) : undefined;
    if (!placeholder || placeholder.mergedInto || placeholder === person) return;
    // ("il tecnico veneziano" is not "il tecnico di Milano": roles that both say more, and nothing alike, are two people)
    // (an office written another way is compared as its usual form: "il governatore dell’Emilia-Romagna" says what
    // "il presidente della Regione" does)
    const said = officeDetails(placeholder.role ?? '', stem!);
    const own = officeDetails(person.role!, stem!);
    if (said.size && own.size && ![...said].some((w) => own.has(w))) return;
    placeholder.mergedInto = person;
    for (const q of placeholder.quotes) if (!person.quotes.some((x) => x.paragraph === q.paragraph && x.text === q.text && x.kind === q.kind)) person.quotes.push(q);
    placeholder.quotes = [];
  };
  // "il presidente Federalberghi Bernabò Bocca": the body the office is of, written alone elsewhere in the article
  // ("da Federalberghi"), then the person's full name — the person, with the body in their office
  const bodyInOffice = (subject: Subject): Subject => {
    if (subject.kind !== 'name') return subject;
    const words = subject.name.split(/\s+/u);
    // ("il capogruppo Pd Bassi", "la consigliera Forza Italia Anna Neri": a party's name run into the person's is the
    // party they speak for, with their office)
    const party = [3, 2, 1].find((n) => words.length > n && isPartyName(words.slice(0, n).join(' ')) && !PARTICLES.has(words[n]!.toLowerCase()));
    if (party) {
      const name = words.slice(party).join(' ');
      const affiliation = words.slice(0, party).join(' ');
      const office = subject.role ?? roles.get(subject.name) ?? roles.get(name);
      return { ...subject, name, role: !office ? affiliation : office.endsWith(affiliation) ? office : `${office} ${affiliation}`, person: true };
    }
    if (!subject.role) return subject;
    // "ha aggiunto il segretario Cgil": one capitalised word after an office, the body in the office of someone the
    // article named ("il segretario generale della Cgil, Maurizio Landini"), is that office, not a person "Cgil"
    const stem = roleStem(subject.role.split(/\s+/u).pop() ?? '');
    if (words.length === 1 && stem && !resolveName(subject.name).includes(' ')) {
      const inOffice = wholeWord(subject.name);
      if ([...entities.values()].some((e) => !e.mergedInto && e.sort === 'person' && e.role && roleStem(e.role.split(/\s+/u)[0]!) === stem && inOffice.test(e.role))) return { kind: 'role', role: `${subject.role} ${subject.name}`, at: subject.at };
    }
    if (words.length < 3 || !bodiesAlone.has(words[0]!) || PARTICLES.has(words[1]!.toLowerCase()) || !roleStem(subject.role.split(/\s+/u).pop() ?? '')) return subject;
    return { ...subject, name: words.slice(1).join(' '), role: `${subject.role} ${words[0]}` };
  };
  const entityFor = (given: Subject, focus: Entity | undefined, orgFocus: Entity | undefined, coordinated: Entity | undefined): Entity | undefined => {
    const subject = bodyInOffice(given);
    switch (subject.kind) {
      case 'name': {
        const full = resolveName(subject.name);
        if (subject.known && full === subject.name) return undefined;
        const key = `n:${fold(full)}`;
        let e = entities.get(key);
        if (!e) {
          const words = full.split(/\s+/);
          const role = subject.role ?? roles.get(full);
          // (an institution named with its complements or adjectives, "Ferrovie dello Stato", or after a head noun that names
          // bodies, "Ente Nazionale Protezione Animali", is no person)
          const institution = isInstitutionName(full) && (/\s\p{Ll}/u.test(full) || ORGANISATION_WORDS.has(words[0]!.toLowerCase()));
          // (nor is a saint's name, a place's in news: "San Damiano", "Sant’Elpidio")
          const saint = /^(?:San\s|Sant['’]\s?)\p{Lu}/u.test(full);
          const person = !saint && (!!role || !!subject.person || (words.length >= 2 && !institution && !words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()))));
          e = { key, name: full, sort: person ? 'person' : 'organisation', aliases: new Set([full]), descriptors: new Set(), quotes: [] };
          // (an institution is also looked up by its initials: "FS", "BCE")
          const initials = !person && institution ? institutionInitials(full) : undefined;
          if (initials) e.aliases.add(initials);
          if (role) e.role = bareRole(role);
          // (a surname with its particle alone, "De Raffaele", has no first name: it is its only alias)
          if (person && words.length >= 2 && !(words.length === 2 && PARTICLES.has(words[0]!.toLowerCase()))) {
            // (a surname with its particle is written whole, "Di Maio" of "Luigi Di Maio", never "Maio")
            if (!(words.length >= 3 && PARTICLES.has(words[words.length - 2]!.toLowerCase()))) e.aliases.add(words[words.length - 1]!);
            e.aliases.add(words.slice(1).join(' '));
            // (an initial alone names nobody: "J." of "J. P. Morgan")
            if (!/^\p{Lu}\.$/u.test(words[0]!)) e.aliases.add(words[0]!);
          }
          entities.set(key, e);
        } else if (subject.role && !e.role) {
          e.role = bareRole(subject.role);
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
        // (an office written another way is read as its usual form: "il governatore dell’Emilia-Romagna" is "il
        // presidente della Regione" named before)
        const stem = roleStem(usualOffice(subject.role));
        // "il Presidente annuncia": an office written as a title is the name it goes by, if no person is given
        const titled = (e: Entity): Entity => {
          if (e.placeholder && !e.titled && /^\p{Lu}/u.test(subject.role)) {
            e.titled = true;
            e.name = subject.role;
          }
          return e;
        };
        const byRole = [...entities.values()].reverse().find((e) => e.sort === 'person' && !e.mergedInto && e.role && stem && roleStem(e.role) === stem);
        // "– ha detto il capo della Protezione civile nazionale –" where the article named "il capo della Protezione
        // civile siciliana, Salvo Cocina" and "il capo della Protezione civile nazionale, Fabrizio Curcio": of several
        // it names with the office, the one whose office is written the same way, complement included (before the last
        // one who spoke with the office written otherwise)
        if (stem && subject.role.includes(' ') && !(byRole?.role && fold(byRole.role) === fold(subject.role))) {
          const named = [...namedInArticle(stem).values()];
          const same = named.filter((x) => x.kind === 'name' && !!x.role && fold(x.role) === fold(subject.role));
          if (named.length >= 2 && same.length === 1) return entityFor(same[0]!, undefined, undefined, undefined);
        }
        if (byRole) return live(titled(byRole));
        // "– tuona il consigliere di Avantinsieme –" where the article named "il consigliere Lorenzo Neri (Avantinsieme)"
        // and, later, "il consigliere Fabio Rossi": of those it names with the office, the one whose office, or the
        // bracket after whose name, holds what the office is said to be of
        if (stem && subject.role.includes(' ')) {
          const details = officeDetails(subject.role, stem);
          const holders = details.size ? [...namedInArticle(stem).values()].filter((x) => x.kind === 'name' && [...officeDetails(x.role ?? '', stem), ...bracketAfter(x.name)].some((w) => details.has(w))) : [];
          if (holders.length === 1) return entityFor(holders[0]!, undefined, undefined, undefined);
        }
        // "Il sindaco Dario Neri ha aperto la seduta …" then, after another person of another office spoke, "Il sindaco,
        // visibilmente commosso, ha detto": the one person the article names with that office
        if (stem && coordinated?.sort === 'person' && !coordinated.placeholder && coordinated.role && roleStem(coordinated.role) !== stem) {
          const named = namedInArticle(stem);
          if (named.size === 1) return entityFor([...named.values()][0]!, undefined, undefined, undefined);
        }
        // "Daniela Pastro racconta …" then "“…” – ha affermato l’assessore – …": a person in focus with no office of
        // their own is not the one person the article names with that office
        if (stem && coordinated?.sort === 'person' && !coordinated.placeholder && !coordinated.role) {
          const named = namedInArticle(stem);
          const [other] = [...named.values()];
          // (the office in the same word, gender included: "ribatte la consigliera" is not "il consigliere X")
          const word = (role: string) => role.split(/[\s,()]+/).map((w) => w.replace(ELIDED_PREFIX, '').toLowerCase()).find((w) => roleStem(w) === stem);
          // (an office named by a phrase, "il primo cittadino" for "il sindaco", has no such word to compare)
          const asked = word(subject.role);
          if (named.size === 1 && !named.has(fold(coordinated.name)) && other?.kind === 'name' && other.role && (asked === undefined || word(other.role) === asked)) return entityFor(other, undefined, undefined, undefined);
        }
        // (not one who holds another office while the article names someone else with the office asked: "Il rettore X
        // ha guidato il corteo e in coda il ministro Y" then "Nel suo intervento il ministro ha ricordato …" is not the
        // rector's; "il vicepremier Matteo Salvini … ha aggiunto il ministro delle Infrastrutture" is Salvini's)
        const otherHolder = () => {
          const own = new Set([coordinated!.name, ...coordinated!.aliases].flatMap((n) => [fold(n), fold(n.split(/\s+/u).pop() ?? '')]));
          return [...namedInArticle(stem!).values()].some((x) => x.kind === 'name' && !own.has(fold(x.name)) && !own.has(fold(x.name.split(/\s+/u).pop() ?? '')));
        };
        if (coordinated?.sort === 'person' && !coordinated.placeholder && !(stem && coordinated.role && roleStem(coordinated.role) && roleStem(coordinated.role) !== stem && otherHolder())) {
          // ("Il motivo lo spiega Daniele Zanzi: «…»" after "il vicesindaco Zanzi", then "«…» ha spiegato il
          // vicesindaco": the office the article gives them elsewhere is theirs)
          const office = !coordinated.role && stem ? namedInArticle(stem).get(fold(coordinated.name)) : undefined;
          if (office?.kind === 'name' && office.role) coordinated.role = office.role;
          return coordinated;
        }
        if (!stem) return undefined;
        // "la premier ha scherzato …, ha riconosciuto, …": the person of that role is named later
        const key = `r:${stem}`;
        let e = entities.get(key);
        if (!e) {
          e = { key, name: subject.role, sort: 'person', role: subject.role, aliases: new Set(), descriptors: new Set(), quotes: [], placeholder: true };
          entities.set(key, e);
        }
        return live(titled(e));
      }
      case 'pair':
        // the first of the two who last spoke together, while one of them is still the one speaking
        return pair && focus && pair.includes(live(focus)) ? live(pair[0]) : undefined;
      case 'none':
        return undefined;
    }
  };

  // The two who last made a statement together ("Giani e Monni hanno detto …"), for "i due consiglieri", "entrambi".
  let pair: readonly Entity[] | undefined;
  // Those who made the last statement together, while none of them has spoken alone since: a quotation that only goes
  // on after it ("«…», affermano A e B. «…»") is theirs too.
  let spokeTogether: readonly Entity[] | undefined;
  let focus: Entity | undefined;
  // A focus that came only from a sentence's named subject (FOCUS_RULES 'named-subject'), with the focus before it:
  // it holds for that paragraph and the next, until someone speaks or another person is named.
  let tentative: { entity: Entity; paragraph: number; before: Entity | undefined; said?: number } | undefined;
  let orgFocus: Entity | undefined;
  // (the paragraph it last spoke in)
  let orgFocusAt = 0;
  // the speaker of the last sentence that held a direct quotation, and where it was
  // (`reported`: their words were reported, not quoted; a quotation continues them only as a paragraph of its own)
  // (`named`: a reported statement whose sentence names its speaker, not one carried over from before)
  let lastDirect: { entity: Entity; paragraph: number; sentence: number; reported?: boolean; named?: boolean; mentioned?: boolean; bridged?: boolean } | undefined;

  // Words a label gives someone (a label on its line, or at the head of the paragraph): direct statements of theirs.
  const sayDirect = (e: Entity, paragraph: number, said: readonly { text: string; offset: number }[]) => {
    for (const { text, offset } of said) if (letters(text) >= 3) e.quotes.push({ article: article.slug, paragraph, text, kind: 'direct', offset });
  };
  // "Massimo Spagnolli:" on a line of its own: the paragraph after it is what they said.
  let labelled: Entity | undefined;
  // Who says them together with `labelled` ("X e Y hanno spiegato:").
  let labelledToo: Entity[] = [];
  // Whether the paragraph before was theirs, spoken plainly in the first person with no quotation marks: the next one
  // like it goes on ("hanno spiegato:" then two such paragraphs).
  let plainRun = false;
  // The paragraphs of the quotation run being read (one over several paragraphs) that nobody has said yet.
  let inRun: { paragraph: number; sentences: readonly ReadSentence[] }[] = [];
  // The person a sentence of this paragraph gave the floor to (FOCUS_RULES' `takesFloor`).
  let floorIn: { entity: Entity; paragraph: number } | undefined;
  // A paragraph of quotations nobody said ("“Questa è l’eccellenza italiana …”"), for a speaker named at the start of
  // the next one ("Così il presidente del Consiglio Giuseppe Conte al termine della visita …").
  let unsaid: { paragraph: number; sentences: readonly ReadSentence[] } | undefined;
  // A paragraph of quotations given only because they went on from the speaker before ("“…”, ha concluso X." then
  // "«Da tempo desideravo visitare i Laboratori»."): a speaker named by the next paragraph's opener ("Così il
  // presidente della Repubblica, Sergio Mattarella, …") takes it back.
  let goneOn: { paragraph: number; sentences: readonly ReadSentence[]; entity: Entity } | undefined;
  // The sentences of the paragraph being read that went on with the quotation before them (from the speaker before),
  // and whose they were given.
  const wentOnHere = new Map<number, Entity>();
  // Takes back from a speaker the quotations of a paragraph's sentences they were given only because the words went on
  // from theirs (each direct quote of that paragraph whose text lies inside one of those quotations).
  const takeBack = (own: Entity, paragraph: number, said: readonly ReadSentence[]) => {
    const texts = said.flatMap(({ s }) => s.quotations.map((q) => q.inner.trim()));
    own.quotes.splice(0, own.quotes.length, ...own.quotes.filter((q) => !(q.paragraph === paragraph && q.kind === 'direct' && texts.some((t) => t.includes(q.text)))));
  };
  // A paragraph whose sentences nobody said: with no quotation ("Due nuovi corsi di laurea per il Polo di Terni: …"),
  // for a paragraph that is only "Ad annunciarlo è stato il rettore X, durante una conferenza stampa"; with quotations
  // its sentences need not open with ("È stata una giornata di tregenda …: “Il Mose è in preallarme …”"), for "Sono
  // le parole del sindaco X" opening the next.
  let unspoken: { paragraph: number; sentences: readonly ReadSentence[]; text: string; quoted: boolean } | undefined;
  const namedBefore = (name: string, paragraph: number) => article.paragraphs.some((x) => x.number < paragraph && x.text.includes(name));
  // Paragraphs after a label that are theirs: the first may speak plainly in the first person, later ones only quote.
  let afterLabel = 0;
  // A title that quotes someone ("Delusione Tudor, “partita strana …”") over a body that opens with quotations of
  // nobody named: they are that person's, as long as the paragraphs quote in the first person and report nobody else.
  // (or names with no quotation marks, a press conference's: "Cosmi: in questi giorni priorità ad alcuni aspetti, …")
  const opensQuoting = (text: string | undefined) => OPENS_QUOTATION.test(text ?? '');
  // (a title's label yields to a body that names who said its first quotation right after it: "Lega: acqua bene
  // comune …" over "“L’acqua è un bene comune …”" and "Lo ha dichiarato il consigliere leghista X")
  const namesAfterOpening = opensQuoting(article.paragraphs[0]?.text) && CATAPHORIC_OPENERS.some((row) => row.re.test(article.paragraphs[1]?.text ?? ''));
  const titleQuotes = titleSpeaker(titleToks, article.meta.title, body) ?? (namesAfterOpening ? undefined : titleLabelSpeaker(titleToks, article.meta.title, body));
  // (the body may open with a topic's heading line before the quotation: "Prime impressioni del gruppo")
  const headingLine = (text: string | undefined) => !!text && unpunctuatedLine(text) && !/[“«"„”»]/u.test(text);
  const quotedInTitle = opensQuoting(article.paragraphs[0]?.text) || (headingLine(article.paragraphs[0]?.text) && opensQuoting(article.paragraphs[1]?.text)) ? titleQuotes : undefined;
  // (the paragraphs after such a title, or after a name alone on its line, are theirs only as first-person quotations)
  let byTitle = false;
  // The words the title quotes, as index terms: a quotation of the body that repeats them is the title's speaker's.
  const titleMark = titleQuotes ? /[“«"„]/u.exec(article.meta.title) : null;
  const titleTerms = titleMark ? new Set(analyze(article.meta.title.slice(titleMark.index + 1), 'it').map((t) => t.term)) : undefined;
  // The person the title quotes, as the rules on the title's words give statements to them.
  const titleEntity = (): Entity | undefined => (titleQuotes ? entityFor({ kind: 'name', name: resolveName(titleQuotes), at: 0, person: true }, undefined, undefined, undefined) : undefined);
  if (quotedInTitle) {
    labelled = entityFor({ kind: 'name', name: quotedInTitle, at: 0, person: true }, undefined, undefined, undefined);
    byTitle = true;
  }
  // An interview printed as questions and answers ("D: … / R: «…»"): the answers are the interviewee's — the one
  // person the title quotes, the title or the lead says is interviewed ("intervista a X"), or the questions address
  // ("Signor Doronzo, …").
  const questions = article.paragraphs.filter((x) => QUESTION_LABEL.test(x.text));
  let interviewee: Entity | undefined;
  if (questions.length && article.paragraphs.some((x) => ANSWER_LABEL.test(x.text))) {
    const found = new Map<string, string>();
    const note = (name: string | undefined) => {
      if (name) found.set(fold(resolveName(name)), resolveName(name));
    };
    note(titleQuotes);
    for (const text of [article.meta.title, article.paragraphs[0]?.text ?? '']) for (const m of text.matchAll(INTERVIEWED)) note(m[1]);
    for (const q of questions) for (const m of q.text.matchAll(ADDRESSED)) note(m[1]);
    if (found.size === 1) interviewee = entityFor({ kind: 'name', name: [...found.values()][0]!, at: 0, person: true }, undefined, undefined, undefined);
  }
  // An interview written without labels, its questions addressing one person as "lei" ("Bruno Piraccini, lei non è
  // solo presidente …? "Beh, …""): a sentence opening with a quotation that nobody else says is that person's answer.
  const addressedAsLei = new Set<string>();
  for (const x of article.paragraphs) {
    for (const m of x.text.matchAll(ADDRESSED_AS_LEI)) addressedAsLei.add(m[1]!);
    // (or by name alone, a surname the article writes in full elsewhere, when the question is answered by a quotation
    // in the same paragraph: "Pari, in trent’anni …? “Siamo nati …”")
    const named = ADDRESSED_AND_ANSWERED.exec(x.text)?.[1];
    const full = named ? resolveName(named) : undefined;
    if (full && /\s/u.test(full) && fullNames.includes(full)) addressedAsLei.add(full);
  }
  // Or printed as questions, each a paragraph of its own ending with "?", each answered by a paragraph that opens with a
  // quotation, one of them addressing the person as "lei" ("Lei è amministratore delegato di …?"): the one person the
  // lead names in full is asked.
  const namesIn = (paragraphs: typeof sentencesByParagraph): ReadonlySet<string> =>
    new Set(paragraphs.flatMap(({ sentences }) => sentences.flatMap(({ s, toks }) => fullNamesBefore(toks, s.frame, s.frame.length))).map(resolveName));
  const onePersonIn = (paragraphs: typeof sentencesByParagraph): string | undefined => {
    const names = namesIn(paragraphs);
    return names.size === 1 ? [...names][0] : undefined;
  };
  // (the people the lead names in full, read once; a first paragraph that is only a dateline, "VENTURINA TERME
  // (Livorno)", names a place: the lead is the paragraph after it)
  let leadNamed: ReadonlySet<string> | undefined;
  const leadAt = DATELINE_PARAGRAPH.test(sentencesByParagraph[0]?.p.text ?? '') ? 1 : 0;
  const leadNames = (): ReadonlySet<string> => (leadNamed ??= namesIn(sentencesByParagraph.slice(leadAt, leadAt + 1)));
  const leadPerson = (): string | undefined => (leadNames().size === 1 ? [...leadNames()][0] : undefined);
  // (a lead naming several people, one of them with an office in apposition, as an interview introduces whom it asks:
  // "Samuele B. aveva solo 15 anni … Luigi Altamura, comandante della polizia locale di Verona: … Cosa serve?")
  const leadOfficeHolder = (): string | undefined => {
    const held = new Set<string>();
    for (const { s, toks } of sentencesByParagraph[leadAt]?.sentences ?? []) {
      for (let k = 1; k + 2 < toks.length; k++) {
        if (toks[k + 1]!.text !== ',' || !isNameToken(toks[k]) || toks[k + 2]!.cap || !isRoleTok(toks[k + 2])) continue;
        const first = nameStartBack(toks, k);
        if (k > first) held.add(resolveName(sliceText(s.frame, toks, first, k + 1)));
      }
    }
    return held.size === 1 ? [...held][0] : undefined;
  };
  const asked = sentencesByParagraph.filter(({ p }, i) => i > 0 && PROMPT_END.test(p.text) && answeredByNext(p, sentencesByParagraph[i + 1]?.p));
  // Or, without "lei", when at least two of those answers are each a paragraph that is one quotation from its first
  // character to its last ("Partiamo dalla viabilità, cosa può dire …? / "Stiamo parlando di opere strategiche …"."):
  // the answers are the person's the title quotes, or else the one person the lead names in full, or else, with a lead
  // that names nobody (an interview opening on its first question), the one person named in full outside the answers.
  const wholeAnswers = asked.filter(({ p }) => WHOLE_QUOTATION.test(article.paragraphs[p.number]?.text ?? '')).length;
  const outsideAnswers = () => onePersonIn(sentencesByParagraph.filter(({ p }) => !OPENS_QUOTATION.test(p.text)));
  const leadNamesSomeone = () => leadNames().size > 0;
  // (with "lei" the lead's person first; a lead that is itself a quotation naming nobody leaves the title's person, or
  // the one person named outside the answers: «Non credo …». / Ministro Luigi Di Maio, …? / «…» / … se lei e Salvini …?)
  const unlabelled =
    !interviewee && !addressedAsLei.size && asked.length >= 2
      ? asked.some(({ p }) => /(?<![\p{L}])[Ll]ei(?![\p{L}])/u.test(p.text))
        ? leadPerson() ?? (leadNamesSomeone() ? undefined : titleQuotes ? resolveName(titleQuotes) : outsideAnswers())
        : wholeAnswers >= 2
          ? titleQuotes
            ? resolveName(titleQuotes)
            : leadPerson() ?? (leadNamesSomeone() ? leadOfficeHolder() : outsideAnswers())
          : undefined
      : undefined;
  const questioned = !interviewee && addressedAsLei.size === 1 ? [...addressedAsLei][0]! : unlabelled;
  // (when the lead names several people, and the title quotes no one, the one person who speaks in the lead answers:
  // "Lo zoologo Paolo Forconi … commenta: “…”" after a bear's and a village's names; read when an answer is met, the
  // lead's statements being attributed by then)
  const leadSpeakerAnswers = questioned === undefined && !interviewee && !addressedAsLei.size && asked.length >= 2 && wholeAnswers >= 2 && !titleQuotes && leadNamesSomeone();
  const leadSpeaker = (): Entity | undefined => {
    const speakers = new Set([...entities.values()].map(live).filter((e) => e.sort === 'person' && e.quotes.some((q) => q.paragraph === 1)));
    return speakers.size === 1 ? [...speakers][0] : undefined;
  };
  // An interview whose answers are printed without quotation marks (interview.ts: "Come è strutturato?" / "Abbiamo
  // suddiviso il territorio …"): each answer, a paragraph with no quotation of its own, is the words of the person the
  // title quotes or the lead names.
  const prompts = interviewPrompts(article.paragraphs.length, (i) => article.paragraphs[i]!);
  const plainAnswers = new Set(prompts.size && [...prompts].every((i) => !OPENS_QUOTATION.test(article.paragraphs[i + 1]!.text)) ? [...prompts].map((i) => i + 2) : []);
  // (with a lead that names nobody, an interview opening on its first question, the one person the title names in full:
  // "Intervista all'autore Maria Loreta Rossetti")
  const titlePerson = (): string | undefined => {
    const names = new Set(fullNamesBefore(titleToks, article.meta.title, article.meta.title.length).map(resolveName));
    return names.size === 1 ? [...names][0] : undefined;
  };
  const addressee = questioned ?? (!interviewee && plainAnswers.size ? (titleQuotes ? resolveName(titleQuotes) : (leadPerson() ?? (leadNamesSomeone() ? undefined : titlePerson()))) : undefined);
  // The interviewee's office where the article writes it before the name ("è chiaro l’assessore ai Lavori pubblici
  // Tommaso Landi quando gli chiediamo …"), read once.
  let addresseeRole: { role?: string } | undefined;
  const intervieweeRole = (): { role?: string } => {
    if (addresseeRole) return addresseeRole;
    addresseeRole = {};
    for (const { sentences } of sentencesByParagraph) {
      for (const { s, toks } of sentences) {
        for (let k = 0; k < toks.length; k++) {
          if (!isRoleTok(toks[k]!)) continue;
          const subject = subjectForward(toks, s.frame, k, toks.length, true);
          // (as written, one space between words, without a bracket its end cut open: "sindaco di Barzanò (Lc")
          let role = subject?.kind === 'name' && subject.role ? subject.role.replace(/\s+/gu, ' ').replace(/\s*\([^)]*$/u, '').trim() : '';
          // (an office opening its sentence is written with a capital only for that: "Ministro Luigi Di Maio, …")
          if (k === 0 && /^\p{Lu}\p{Ll}/u.test(role)) role = role[0]!.toLowerCase() + role.slice(1);
          if (role && subject?.kind === 'name' && addressee && fold(resolveName(subject.name)) === fold(addressee)) return (addresseeRole = { role });
        }
      }
    }
    // ... or the office a question addresses them by ("Sindaco, nel frattempo però, con il cantiere …").
    for (const { p, sentences } of sentencesByParagraph) {
      const toks = sentences[0]?.toks ?? [];
      if (!OPENS_QUOTATION.test(p.text) && toks[0] && isRoleTok(toks[0]) && toks[1]?.text === ',') return (addresseeRole = { role: toks[0].text.toLowerCase() });
    }
    return addresseeRole;
  };
  const intervieweeEntity = (name: string) => entityFor({ kind: 'name', name, at: 0, person: true, ...intervieweeRole() }, undefined, undefined, undefined);
  // A heading written in the file that is only a person's name, the person named in the article ("## MENCARELLI 1",
  // "## Marco Rossi" over an interview's voices): the paragraphs under it are theirs, as after a label on its line.
  const headingSpeaker = (section: Section): string | undefined => {
    if (section.automatic || section.lead) return undefined;
    const title = section.title.trim();
    let rest = title.replace(HEADING_VOICE, '');
    // (and the office before the name: "Il commento del presidente Rossi")
    const [first, ...more] = rest.split(/\s+/u);
    if (rest !== title && more.length && first && ROLE_SET.has(first.toLowerCase())) rest = more.join(' ');
    const m = HEADING_NAME.exec(rest);
    if (!m) return undefined;
    // (written in capitals, the name is read as the article writes it: "MENCARELLI" is "Mencarelli")
    const name = m[1]!.replace(/\p{Lu}+/gu, (w) => (w.length > 1 && m[1] === m[1]!.toUpperCase() ? w[0]! + w.slice(1).toLowerCase() : w));
    if (name.split(/\s+/u).some((w) => isStopword(w.toLowerCase(), 'it'))) return undefined;
    const named = wholeWord(name);
    // (a heading that says whose words follow, "La replica di Barelli", needs no other mention)
    return rest !== title || named.test(article.meta.title) || article.paragraphs.some((x) => named.test(x.text)) ? name : undefined;
  };
  // Whether `labelled` was given by a heading.
  let byHeading = false;
  for (const { p, sentences, run } of sentencesByParagraph) {
    const section = article.sections.find((x) => x.id === p.sectionId);
    const voice = section && section.from === p.number ? headingSpeaker(section) : undefined;
    if (voice && !placesAlone.has(voice)) {
      labelled = entityFor({ kind: 'name', name: voice, at: 0, person: true }, focus, orgFocus, undefined);
      labelledToo = [];
      afterLabel = 0;
      byTitle = false;
      plainRun = false;
      byHeading = true;
    } else if (byHeading && section && section.from === p.number && !section.automatic) {
      // (another heading ends the voice)
      labelled = undefined;
      byHeading = false;
    }
    const before = unsaid?.paragraph === p.number - 1 ? unsaid : undefined;
    const continued = goneOn?.paragraph === p.number - 1 ? goneOn : undefined;
    const justBefore = unspoken?.paragraph === p.number - 1 ? unspoken : undefined;
    const unclaimed = justBefore && !justBefore.quoted ? justBefore : undefined;
    const wordsBefore = justBefore?.quoted ? justBefore : undefined;
    unspoken = undefined;
    goneOn = undefined;
    wentOnHere.clear();
    unsaid = undefined;
    const label = sentences.length === 1 ? speakerLabel(sentences[0]!.toks, sentences[0]!.s.frame) : undefined;
    // A label names a person the article introduced before, or gives a role, or announces their words ("Le parole di
    // X"); "Nuova Zelanda:" names no speaker.
    // A name alone with no colon ("Blanco") is a label only for no place the article writes alone ("a Milano"), and
    // only over quotations in the first person.
    const bareLabel = label?.bare === true && label.subject.kind === 'name' && !placesAlone.has(label.subject.name);
    if (label && label.subject.kind === 'name' && (!label.bare || bareLabel) && (label.announces || label.subject.role || namedBefore(label.subject.name, p.number))) {
      labelled = entityFor(label.subject, focus, orgFocus, undefined);
      afterLabel = 0;
      byTitle = label.bare === true;
      // (a paragraph that opens on a verb of saying with no subject, then its quotation, is theirs: "Chef Alfio
      // Ghezzi", then "Ha detto: “…”")
      const next = article.paragraphs[p.number]?.text ?? '';
      if (labelled && live(labelled).sort === 'person' && reportingVerbAt(next.charAt(0).toLowerCase() + next.slice(1), 0) && /^[^.;!?“«"]{0,30}:\s*[“«"]/u.test(next)) focus = labelled;
      continue;
    }
    // A title line between their quotations ("La multa per diffamazione solo per casi limite") keeps them speaking.
    // (and a topic line with its colon, "Sul mercato:", "Su Koulibaly:", between the words of the one given the floor)
    const topicLine = sentences.length === 1 && !sentences[0]!.s.quotations.length && TOPIC_LINE.test(p.text);
    const lineAlone = sentences.length === 1 && !sentences[0]!.s.quotations.length && p.text.length < 150;
    const titleLine = lineAlone && unpunctuatedLine(p.text);
    // (or a question put to them, alone on its line: "Che giocatori compreremo?"; or a prompt trailing off before their
    // quoted answer: "Sterling intanto ha risolto il contratto col Chelsea…")
    const questionLine = lineAlone && (/\?\s*$/u.test(p.text) || (opensQuoting(article.paragraphs[p.number]?.text) && /(?:…|\.\.\.)\s*$/u.test(p.text)));
    if (labelled && (((afterLabel > 0 || byTitle) && titleLine) || topicLine || questionLine)) continue;
    const speaking = labelled;
    afterLabel++;
    // (a paragraph inside a quotation run over several paragraphs opens with the run's mark, as it is read)
    const quotesOnly = /^[“«"„”]/u.test(sentences[0]?.s.text ?? p.text.trim()) && sentences.some(({ s }) => s.quotations.length);
    // What follows is theirs when it reports nobody else and speaks in the first person (right after the label) or
    // is a quotation.
    const unquoted = sentences.every(({ s }) => !s.quotations.length);
    const theirs = byTitle ? quotesOnly && FIRST_PERSON.test(p.text) : quotesOnly || ((afterLabel === 1 || (plainRun && unquoted)) && FIRST_PERSON.test(p.text));
    // (nor inside its quotations: "“Vorrei ricordare – ha commentato l’assessore X – come …”" is X's)
    const namesInsert = () => sentences.some(({ s }) => s.quotations.some((q) => ['name', 'role'].includes(quoteInserts(q.inner).subject?.kind ?? '')));
    if (speaking && theirs && sentences.every(({ s, toks }) => !findVerbs(s, toks).length) && !namesInsert()) {
      const e = live(speaking);
      // (a short quotation right before a colon or a question mark is the interviewer's, naming a work: "Come è nata
      // "Brividi": «…»")
      const asked = (s: QuoteSentence, q: QuoteSentence['quotations'][number]) => q.inner.trim().split(/\s+/).length <= 4 && /^\s*[:?]/u.test(s.text.slice(q.end));
      // (an insert naming nobody cut out: "“Che cosa ci aspettiamo? -risponde- Ci aspettiamo …”")
      const quoted = sentences.flatMap(({ s }) => s.quotations.filter((q) => !asked(s, q)).flatMap((q) => quoteInserts(q.inner).pieces.map((piece) => ({ text: piece.text, offset: s.start + q.start + 1 + piece.offset }))));
      // Its quotations, or the whole paragraph when it has none (a stray mark at either end left out).
      const said = quoted.length ? quoted : [{ text: withoutStrayMarks(p.text), offset: 0 }];
      sayDirect(e, p.number, said);
      for (const other of labelledToo) sayDirect(live(other), p.number, said);
      plainRun = !quoted.length;
      focus = e;
      // (a quotation opening the next paragraph may go on with them)
      lastDirect = { entity: e, paragraph: p.number, sentence: sentences.length - 1 };
      continue;
    }
    labelled = undefined;
    labelledToo = [];
    plainRun = false;
    byTitle = false;
    // An interview's answer printed without quotation marks, whole.
    // (a word or two in quotation marks, "per i più “agèes”", is the answer's own: no quotation of someone else)
    if (addressee && plainAnswers.has(p.number) && onlyScareQuotes(p.text, sentences.flatMap(({ s }) => s.quotations))) {
      const e = live(intervieweeEntity(addressee));
      if (e) {
        sayDirect(e, p.number, [{ text: p.text.trim(), offset: p.text.length - p.text.trimStart().length }]);
        focus = e;
        continue;
      }
    }
    // "R: «Porterò in consiglio …»": an answer of the interview.
    const answer = interviewee ? ANSWER_LABEL.exec(p.text) : null;
    if (interviewee && answer) {
      const from = answer[0].length;
      const quoted = sentences.flatMap(({ s }) => s.quotations.filter((q) => s.start + q.start >= from).map((q) => ({ text: q.inner.trim(), offset: s.start + q.start + 1 })));
      const rest = p.text.slice(from);
      const said = OPENS_QUOTATION.test(rest) && quoted.length ? quoted : [{ text: withoutStrayMarks(rest.trim()), offset: from }];
      const e = live(interviewee);
      sayDirect(e, p.number, said);
      focus = e;
      continue;
    }
    // "Gotti: È mancato il gol, … ci abbiamo provato", "- Dionisi: “Non è facile …”": a paragraph that opens with
    // who speaks; their words are its quotations, or, with none, the rest of it when it speaks in the first person.
    // (not the article's dateline: "Reggio Calabria – “…”", "Reggio Emilia (RE) – “…”" opening its first paragraph
    // name a place, as a round-up's "Anna Neri – “…”" further on, or "Aldo Bruni (Top Volley Valdora)- «…»" anywhere,
    // names who speaks)
    const openingLabel = sentences.length ? lineLabel(sentences[0]!.toks, sentences[0]!.s.frame) : undefined;
    // (or one word with its province written out: "Fiesco (Cremona) – Oltre alla ruota, …")
    const subject = openingLabel?.subject;
    const oneWordPlace = subject?.kind === 'name' && !subject.name.includes(' ') && /^\p{Lu}\p{Ll}+$/u.test(subject.role ?? '');
    const dateline = openingLabel?.dashed && p.number === 1 && (!subject?.role || /^\p{Lu}{2,3}$/u.test(subject.role) || oneWordPlace);
    const inline = dateline ? undefined : openingLabel;
    if (inline) {
      const from = sentences[0]!.s.start + inline.from;
      const rest = p.text.slice(from);
      const quoted = sentences.flatMap(({ s }) => s.quotations.filter((q) => s.start + q.start >= from).map((q) => ({ text: q.inner.trim(), offset: s.start + q.start + 1 })));
      const opensQuote = /^\s*[“«"„”]/u.test(rest);
      // Unquoted words, or a quotation whose marks do not pair ("“Non è facile … in rosa“."): the rest of the
      // paragraph, in the first person and reporting nobody else.
      // (after a round-up's dash, verbs of saying that name no subject report nobody else: "… e ho detto alla squadra
      // che …", "Fantinelli? Pensava di aver perso una lente")
      const plain = !(opensQuote && quoted.length) && FIRST_PERSON.test(rest) && sentences.every(({ s, toks }) => findVerbs(s, toks).every((h) => inline.dashed === true && (h.subject.kind === 'focus' || h.subject.kind === 'none')));
      // One word ("Gotti:") names someone only when they speak in the first person.
      const single = !inline.subject.name.includes(' ');
      // (not the source a round-up credits at the end: "… uno sforzo in più. (da bolognabasket.it)")
      const said = opensQuote && quoted.length ? quoted : plain && !inline.quotedOnly ? [{ text: withoutStrayMarks(rest.trim().replace(CREDIT, '').replace(/[“”«»"„]+\.?$/u, '')), offset: from }] : [];
      if (said.length && (!single || said.some(({ text }) => FIRST_PERSON.test(text)))) {
        const e = live(entityFor(inline.subject, focus, orgFocus, undefined));
        if (e) {
          sayDirect(e, p.number, said);
          focus = e;
          continue;
        }
      }
    }
    // the last sentence of the paragraph that names a speaker after their words ("Lo ha detto X"), found once
    let openerAt: number | undefined;
    const lastOpener = (): number => {
      if (openerAt === undefined) {
        openerAt = -1;
        for (let k = sentences.length - 1; k >= 0 && openerAt < 0; k--) if (CATAPHORIC_OPENERS.some((row) => row.re.test(sentences[k]!.s.frame))) openerAt = k;
      }
      return openerAt;
    };
    // sentences of this paragraph nobody has said yet, for a speaker named after them ("“…”. Lo ha detto X")
    let pending: number[] = [];
    sentences.forEach(({ s, toks }, si) => {
      pending.push(si);
      if (tentative) {
        // (once they have spoken, the focus is theirs for good)
        if (focus !== tentative.entity || live(tentative.entity).quotes.length > (tentative.said ?? 0)) tentative = undefined;
        else {
          const own = new Set([live(tentative.entity).name, ...live(tentative.entity).aliases].map(fold));
          const another = nameRuns(toks, s.frame).some((n) => !own.has(fold(n)));
          if (p.number > tentative.paragraph + 1 || another) {
            focus = tentative.before;
            tentative = undefined;
          }
        }
      }
      // "… al posto di Luca Bianchi. Quest’ultimo ha spiegato che …": "quest’ultimo" opening the sentence takes up the
      // last person named in full in the sentence before, who comes into focus
      if (LATEST_NAMED.test(s.text)) {
        const before = si > 0 ? sentences[si - 1] : sentencesByParagraph[p.number - 2]?.sentences.at(-1);
        const named = before ? lastFullName(before.toks, before.s.frame) : undefined;
        const who = named ? entityFor({ kind: 'name', name: named.name, at: named.at, person: true }, focus, orgFocus, undefined) : undefined;
        if (who?.sort === 'person') focus = who;
      }
      // the paragraph a statement is added to (the one before, for its quotations said by a speaker named here)
      let paragraph = p.number;
      const settle = () => {
        pending = [];
      };
      const hits = findVerbs(s, toks);
      const attributed: { entity: Entity; hit: VerbHit; at: number }[] = [];
      for (const hit of hits) {
        // "È d’accordo?": a question whose subject is only carried over is the interviewer's, not a statement
        if (hit.subject.kind === 'focus' && /\?\s*$/u.test(s.frame)) continue;
        const coordinated = attributed.length ? attributed[attributed.length - 1]!.entity : focus;
        // ("Irama: «L’album è una necessità»" over "“Sto finendo di scrivere …”, spiega ai nostri microfoni.": a verb
        // whose subject is carried over, before anyone has been in focus, is the person the title quotes)
        const e = entityFor(hit.subject, focus, orgFocus, coordinated) ?? (hit.subject.kind === 'focus' && !focus && ![...entities.values()].some((x) => x.quotes.length) ? titleEntity() : undefined);
        if (!e) continue;
        let at = 'at' in hit.subject ? hit.subject.at : 0;
        const prevHit = attributed[attributed.length - 1];
        if (hit.inverted && prevHit && prevHit.entity !== e) {
          // "“A”, scrive Bodo … “B”, ha dichiarato il ministro": B is the second speaker's
          const prevEnd = toks[prevHit.hit.tokEnd]!.end;
          const q = s.quotations.find((x) => x.start >= prevEnd && x.end <= toks[hit.tokStart]!.start);
          if (q) at = q.start;
          else if (at > toks[hit.tokEnd]!.end) {
            // ("Orsini lo ha definito …, e lo ha denunciato anche Draghi": with no quotation between, the second's
            // statement is their clause, from the comma before their verb)
            let c = hit.tokStart - 1;
            while (c > prevHit.hit.tokEnd && !/^[,;]$/.test(toks[c]!.text)) c--;
            if (c > prevHit.hit.tokEnd) at = toks[c + 1]!.start;
          }
        }
        attributed.push({ entity: e, hit, at });
      }
      // "Giani e Monni hanno detto …": a statement made together is each speaker's.
      const jointWith = new Map<Entity, Entity[]>();
      for (const a of attributed) {
        const joint = (a.hit.also ? [a.hit.subject, a.hit.also] : jointSubjectsOf(toks, s.frame, a.hit))
          .map((x) => entityFor(x, focus, orgFocus, undefined))
          .filter((x): x is Entity => x !== undefined);
        if (joint.length >= 2 && joint.includes(a.entity) && new Set(joint).size === joint.length) jointWith.set(a.entity, joint.filter((x) => x !== a.entity));
        // "…, concludono i due consiglieri": the pair again
        else if (a.hit.subject.kind === 'pair' && pair && pair.length >= 2) jointWith.set(a.entity, pair.filter((x) => live(x) !== a.entity));
      }
      // ("Ugualmente, aggiungono, «…», evidenziano Ibba e Campus": the verb alone is the named verb's, said again)
      const together = pair;
      if (attributed.some((a) => a.hit.subject.kind !== 'pair' && together?.some((x) => live(x) === a.entity))) {
        for (let k = attributed.length - 1; k >= 0; k--) if (attributed[k]!.hit.subject.kind === 'pair') attributed.splice(k, 1);
      }
      for (const [e, partners] of jointWith) pair = [e, ...partners];
      const add = (speaker: Entity, text: string, kind: Quote['kind'], offset: number, sentence: QuoteSentence = s) => {
        const partners = jointWith.get(speaker) ?? [];
        for (const partner of partners) addOne(partner, text, kind, offset, sentence);
        addOne(speaker, text, kind, offset, sentence);
        spokeTogether = partners.length ? [speaker, ...partners] : undefined;
      };
      const addOne = (speaker: Entity, text: string, kind: Quote['kind'], offset: number, sentence: QuoteSentence) => {
        const e = live(speaker);
        // a stretch cut before the next speaker keeps no dangling ", mentre" / ", e", nor a list's bullet before it
        const clean = text
          .trim()
          .replace(/^[-–—•*]\s+/u, '')
          .replace(/(?:[,;:]?\s+(?:mentre|e|ed|ma|però|invece|while|and|but))+\s*$/iu, '')
          // the stop of an insert ("– ha spiegato il ministro -. Abbiamo …") is no part of the words after it
          .replace(/^(?:[,;:\s]|\.(?!\.))+|[,;:\s]+$/gu, '');
        if (letters(clean) < 3) return;
        if (e.quotes.some((q) => q.paragraph === paragraph && q.text === clean && q.kind === kind)) return;
        e.quotes.push({ article: article.slug, paragraph, text: clean, kind, offset: sentence.start + offset });
      };

      // "ha dato la parola alla vicepresidente, Franca Neri": who speaks next
      const giveFloor = (): Entity | undefined => {
        const subject = floorSubject(toks, s.frame);
        return subject ? entityFor(subject, focus, orgFocus, undefined) : undefined;
      };
      // quoted words with their inserted reporting verbs taken out ("“… – ha detto Vitale – …”")
      const direct = (e: Entity, q: QuoteSentence['quotations'][number], sentence: QuoteSentence = s) => {
        const ins = quoteInserts(q.inner);
        const who = ins.subject ? (entityFor(ins.subject, focus, orgFocus, e) ?? e) : e;
        // A statement made together is each speaker's.
        const together = (ins.also ?? []).map((x) => entityFor(x, focus, orgFocus, undefined)).filter((x): x is Entity => x !== undefined && x !== who);
        // ("«… – continuano – …»" after "così definito da A e B": both go on)
        if (ins.plural && pair?.some((x) => live(x) === live(who))) together.push(...pair.filter((x) => live(x) !== live(who) && !together.includes(x)));
        for (const speaker of [who, ...together]) for (const piece of ins.pieces) add(speaker, piece.text, 'direct', q.start + 1 + piece.offset, sentence);
        // ("“… – hanno detto A, B e C – …”": they spoke together, for "dicono i capigruppo" next)
        if (ins.also?.length && together.length) pair = [who, ...together.filter((x) => live(x) !== live(who))];
        if (together.length) spokeTogether = [who, ...together];
        return who;
      };
      // the quotations of an earlier paragraph, given to a speaker named in this one (added to that paragraph)
      const quotationsOf = (e: Entity, earlier: { readonly paragraph: number; readonly sentences: readonly ReadSentence[] }) => {
        paragraph = earlier.paragraph;
        for (const { s: ps } of earlier.sentences) for (const q of ps.quotations) direct(e, q, ps);
        paragraph = p.number;
      };
      // "“Ho sempre detto che …”. Il presidente del Consiglio Giuseppe Conte commenta i risultati …": a paragraph that
      // opens with a quotation nobody has said, then a sentence with no quotation whose speaker is named — the
      // quotation is theirs
      const opening = si === 1 && pending.includes(0) && !s.quotations.length && opensWithQuotation(sentences[0]!.s);
      // "«Le nostre operazioni hanno una finalità …»." then "Il questore Danilo Gagliardi spiega così i recenti servizi
      // …": an article that opens with quotations nobody said, then a paragraph whose first sentence has a person,
      // named with their office or in full, say something — the quotations are theirs
      if (si === 0 && before?.paragraph === 1 && !attributed.some((a) => a.hit.cataphoric)) {
        const lede = attributed.find((a) => !a.hit.inverted && a.hit.subject.kind === 'name' && (!!a.hit.subject.role || a.hit.subject.name.includes(' ')) && live(a.entity).sort === 'person');
        if (lede) {
          quotationsOf(lede.entity, before);
        }
      }
      // "«Fiducia in Tria? … io ho fiducia in tutti i miei ministri …». Il premier Giuseppe Conte confida nelle qualità
      // …" under "Conte: «Mi fido di Tria …»": an article that opens with a quotation in the first person nobody said,
      // then a sentence that opens on the person the title quotes, named in full after their office — the quotation
      // is theirs, whatever the verb
      if (opening && p.number === 1 && !attributed.length && titleQuotes && sentences[0]!.s.quotations.some((q) => FIRST_PERSON.test(q.inner))) {
        const named = onePersonWithOffice(toks, s.frame);
        const at = named?.kind === 'name' ? toks.findIndex((t) => t.start === named.at) : -1;
        const e = named?.kind === 'name' && at >= 0 && at <= 3 && fold(resolveName(named.name)) === fold(resolveName(titleQuotes)) ? live(entityFor(named, focus, orgFocus, undefined)) : undefined;
        if (e) {
          for (const q of sentences[0]!.s.quotations) direct(e, q, sentences[0]!.s);
          pending = [si];
          focus = e;
        }
      }
      // "«… cosa inusuale per il nostro settore …». Aldo Werdin, presidente Ugal Federalberghi Riviera di Levante tiene fra
      // le mani i dati …": a paragraph that opens with a quotation in the first person nobody said, then a sentence that
      // opens on a full name and an office in apposition — the quotation is theirs, whatever the verb (or with none, and
      // a quotation after the office that is a title: "“… lavoriamo per ridurlo”. Gilberto Pichetto Fratin, ministro
      // dell’Ambiente, al forum Connact Energy “Energia: le politiche Ue …”.")
      const openingTitled = si === 1 && pending.includes(0) && s.quotations.length > 0 && opensWithQuotation(sentences[0]!.s);
      if ((opening || openingTitled) && !attributed.length && sentences[0]!.s.quotations.some((q) => FIRST_PERSON.test(q.inner))) {
        const end = nameEndForward(toks, 0, false);
        const apposed = end >= 2 && toks[end]?.text === ',' && isRoleTok(toks[end + 1]) && !toks.slice(0, end).some((t) => ORGANISATION_WORDS.has(t.lower)) && s.quotations.every((q) => q.start > toks[end + 1]!.end);
        const e = apposed ? live(entityFor({ kind: 'name', name: sliceText(s.frame, toks, 0, end), at: toks[0]!.start, person: true }, focus, orgFocus, undefined)) : undefined;
        if (e?.sort === 'person') {
          for (const q of sentences[0]!.s.quotations) direct(e, q, sentences[0]!.s);
          pending = [si];
          focus = e;
        }
      }
      // "«…». È la replica dell’assessore X all’interrogazione …": after sentences that are quotations nobody said, a
      // sentence opening with a noun of saying and whose it is — the quotations are theirs
      // (also when they were given to the speaker before only because they went on from the paragraph before: "«…».
      // Le parole del sindaco X." opening a paragraph after someone else's)
      const earlier = Array.from({ length: si }, (_, pi) => pi);
      if (si > 0 && pending.includes(si) && earlier.every((pi) => wentOnHere.has(pi) || (pending.includes(pi) && opensWithQuotation(sentences[pi]!.s)))) {
        const subject = speechNounOpening(s, toks);
        const who = subject ? live(entityFor(subject, focus, orgFocus, undefined)) : undefined;
        if (who) {
          for (const pi of earlier) {
            const previous = wentOnHere.get(pi);
            if (previous && live(previous) !== who) takeBack(live(previous), p.number, [sentences[pi]!]);
          }
          for (const pi of earlier) for (const q of sentences[pi]!.s.quotations) direct(who, q, sentences[pi]!.s);
          pending = [si];
          focus = who;
        }
      }
      const cat = attributed.find((a) => a.hit.cataphoric) ?? (opening ? attributed.find((a) => !a.hit.inverted && a.hit.subject.kind === 'name' && live(a.entity).sort === 'person') : undefined);
      if (cat) {
        // the statement is what the paragraph said before, that nobody had said yet
        let spoke = false;
        // (a sentence that holds its own quotation before the opener, "“…”, così il legale ha motivato …", says that;
        // the sentence before it is no report of theirs)
        const quotesBefore = s.quotations.some((q) => q.start < (toks[cat.hit.tokStart]?.start ?? 0));
        for (const pi of pending) {
          if (pi === si) continue;
          const ps = sentences[pi]!.s;
          for (const q of ps.quotations) {
            direct(cat.entity, q, ps);
            spoke = true;
          }
          const outside = ps.frame.replace(/[“”«»"„]/g, '');
          // The sentence as reported speech too, unless its quotation is most of it (then the direct quote says it).
          const quoted = ps.quotations.reduce((n, q) => n + letters(q.inner), 0);
          // (not a sentence that only names what the words were: "«…». È stato il commento che … per X. A dirlo è …")
          // ("(LaPresse) Inaccettabile che …": without the agency's name opening the paragraph)
          const agency = pi === 0 ? (AGENCY_NAME.exec(ps.text)?.[0].length ?? 0) : 0;
          if (pi === si - 1 && !quotesBefore && letters(outside) >= 15 && letters(outside) >= quoted && !namesTheWords(ps.frame)) add(cat.entity, ps.text.slice(agency), 'reported', agency, ps);
        }
        if (si === 0 && !before && continued && cat.hit.cataphoric && !s.quotations.length && live(continued.entity) !== cat.entity) {
          // the quotations of the paragraph before, given to the speaker before them only because they went on
          takeBack(live(continued.entity), continued.paragraph, continued.sentences);
          quotationsOf(cat.entity, continued);
          spoke = true;
        }
        // (with more sentences after it only for "È quanto afferma X", whose "quanto" takes up what was said: "E' quanto
        // afferma la Coldiretti nel commentare … La vendemmia - sottolinea la Coldiretti - …")
        if (si === 0 && (sentences.length === 1 || cat.hit.form === 'e-quanto-ha-detto' || cat.hit.form === 'e-quanto-x-dice') && !before && !continued && unclaimed && cat.hit.cataphoric && TAKES_UP_WHAT_WAS_SAID.has(cat.hit.form) && cat.hit.tokStart === 0 && !s.quotations.length) {
          // "Due nuovi corsi di laurea …." then a paragraph of its own, "Ad annunciarlo è stato il rettore X": what the
          // paragraph before said is theirs, reported
          paragraph = unclaimed.paragraph;
          const dateline = AGENCY_DATELINE.exec(unclaimed.text)?.[0].length ?? 0;
          add(cat.entity, unclaimed.text.slice(dateline), 'reported', dateline, unclaimed.sentences[0]!.s);
          paragraph = p.number;
        }
        if (si === 0 && !before && wordsBefore && !s.quotations.length && WORDS_OF.has(cat.hit.form)) {
          // "Sono le parole del sindaco X", "È il racconto di X": the quotations of the paragraph before, which nobody said
          quotationsOf(cat.entity, wordsBefore);
          spoke = true;
        }
        if (si === 0 && before && cat.hit.cataphoric) {
          // the quotations of the paragraph before, which nobody said: "“…”." then "Così il premier Conte …"
          quotationsOf(cat.entity, before);
          spoke = true;
        }
        if (cat.hit.inverted && cat.hit.statementEnd > 0) {
          // "Nuovi treni entro l’estate: lo ha rimarcato l’AD …"
          for (const q of s.quotations) if (q.end <= cat.hit.statementEnd) direct(cat.entity, q);
          if (letters(s.frame.slice(0, cat.hit.statementEnd)) >= 12) add(cat.entity, s.text.slice(0, cat.hit.statementEnd), 'reported', 0);
          spoke = true;
        }
        attributed.splice(attributed.indexOf(cat), 1);
        if (!attributed.length && cat.hit.form !== 'e-il-racconto-di') {
          // "Ne è convinta X, che si augura di “…”": fragments quoted after the speaker are theirs too (not after "È il
          // racconto di X", whose words came before: "… destinato al boss X, meglio noto come “…”" names someone)
          const named = toks[cat.hit.tokEnd]?.end ?? 0;
          for (const q of s.quotations) {
            if (q.start < named) continue;
            direct(cat.entity, q);
            spoke = true;
          }
        }
        pending = [];
        focus = cat.entity;
        if (cat.entity.sort === 'organisation') {
          orgFocus = cat.entity;
          orgFocusAt = p.number;
        }
        // ("«…». È X a dare la notizia. «…»": who takes the floor goes on in the quotation after; a person just named as
        // the source of what was said before, "A confermarlo è il direttore X.", goes on in a quotation right after,
        // as after their reported words)
        lastDirect =
          spoke || TAKES_THE_FLOOR.has(cat.hit.form)
            ? { entity: cat.entity, paragraph: p.number, sentence: si }
            : !s.quotations.length && live(cat.entity).sort === 'person'
              ? { entity: cat.entity, paragraph: p.number, sentence: si, reported: true, named: true }
              : undefined;
        if (!attributed.length) {
          const floor = giveFloor();
          if (floor) {
            focus = floor;
            // (the quotation right after is theirs: "… ha dato la parola a X. «…»")
            lastDirect = { entity: floor, paragraph: p.number, sentence: si };
          } else if (si === sentences.length - 1 && !s.quotations.length && /:\s*$/u.test(s.text) && cat.entity.sort === 'person') {
            // "Queste le parole di X al termine del match:", "Così X in conferenza stampa:" closing the paragraph: the
            // words of the paragraph after are theirs
            labelled = cat.entity;
            byTitle = true;
            afterLabel = 0;
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
        // (who says the sentence's last quotation when an insert in it names another speaker: "Non solo isolati,
        // spiegano, ma …: “Ci vogliono 40 minuti – racconta Antonio Cruciani – …”" — the quotation after goes on with them)
        let insertSpeaker: Entity | undefined;
        groups.forEach((g, gi) => {
          const to = groups[gi + 1]?.from ?? s.text.length;
          const inverted = g.hits.find((h) => h.inverted);
          // (a verb inside a bracket says only what the bracket holds: "… trascorso «tutti insieme» («come un unico
          // corpo», ha fatto notare il vescovo X), condotto da …")
          const open = inverted && g.hits.length === 1 ? s.frame.lastIndexOf('(', inverted.statementEnd) : -1;
          const from = inverted && open >= g.from && s.frame.indexOf(')', open) > inverted.statementEnd ? open + 1 : g.from;
          const quotations = s.quotations.filter((q) => q.start >= from && q.end <= to);
          for (const q of quotations) {
            const who = direct(g.entity, q);
            insertSpeaker = q === s.quotations[s.quotations.length - 1] && live(who) !== live(g.entity) ? who : undefined;
          }
          let text: string;
          if (inverted && g.hits.length === 1) {
            text = s.text.slice(from, inverted.statementEnd);
            const frameText = s.frame.slice(from, inverted.statementEnd);
            // "è intervenuta la sindaca …: “…”, ha detto Basso": what comes before the colon only introduces the quotation
            // (nor does a verb of saying alone: "Ugualmente, aggiungono, «…», evidenziano Ibba e Campus")
            const outside = frameText.replace(/^[^“”«»"„]*:\s*(?=[“«"„])/, '').replace(/[“”«»"„]/g, '').replace(reportingVerbPattern(), '');
            if (quotations.length && letters(outside) < 12) text = '';
            // ("Il rettore De Toni ha consegnato una targa al professor X, «…» ha detto De Toni": what is told of the
            // speaker by name before the quotation is the writer's account, not the speaker's words)
            if (quotations.length && namesSpeaker(s.frame.slice(g.from, quotations[0]!.start), g.entity)) text = '';
          } else {
            // ("…, secondo cui il voto …": the statement is what the relative clause says)
            text = g.hits.length === 1 && g.hits[0]!.quotedOnly && quotations.length ? '' : s.text.slice(g.hits.length === 1 ? (g.hits[0]!.statementStart ?? g.from) : g.from, to).replace(/^\s+/u, '');
            // "Fermi ha dichiarato: «…»": nothing is said outside the quotation but who says it
            if (quotations.length && !g.hits.some((h) => h.stance)) {
              const known = new Set(
                [g.entity, ...(jointWith.get(g.entity) ?? [])]
                  .flatMap((e) => [e.name, ...e.aliases, e.role ?? '', e.head ?? '', e.owner ?? ''])
                  .concat(g.hits.map((h) => h.form))
                  // "il presidente si è detto “…”": the role that names the speaker says nothing either
                  .concat(g.hits.flatMap((h) => (h.subject.kind === 'role' ? [h.subject.role] : [])))
                  .flatMap((x) => x.split(/[\s’']+/))
                  .map(fold),
              );
              // ("…”, spiega Rossi, intervenendo al convegno dell’Anci, …": where they spoke sets the scene, says nothing)
              const scenes = [...s.frame.slice(0, to).matchAll(ATTENDING)].map((m) => [m.index, m.index + m[0].length] as const);
              const rest = toks.filter((t) => t.start >= g.from && t.end <= to && t.word && !known.has(fold(t.text.replace(ELIDED_PREFIX, ''))) && !isStopword(t.lower, 'it') && !scenes.some(([a, b]) => t.start >= a && t.end <= b));
              if (letters(rest.map((t) => t.text).join('')) < 15) text = '';
              // "In diretta da Villa Pamphili, il premier ha spiegato: “…”.": a verb whose colon opens the quotation,
              // and nothing after it, says only the quotation; what stands before the verb sets the scene
              const verbEnd = toks[g.hits[g.hits.length - 1]!.tokEnd]?.end ?? 0;
              const last = quotations[quotations.length - 1]!;
              // ("Conte ribadisce la sua visione politica: “…”": a few words naming what the quotation is, with no
              // clause of their own, introduce it too)
              // (or, after "parlare", the topic it governs, names included: "ha parlato anche del mancato arrivo di
              // Michael Folorunsho: “…”")
              const topic = /^parl/iu.test(toks[g.hits[g.hits.length - 1]!.tokEnd]?.lower ?? '') && /^\s+(?:(?:anche|poi|quindi|inoltre|ancora|pure)\s+)?(?:di|del|dello|della|dei|degli|delle|dell['’])(?:\s+(?!che\b|di\s+\p{Ll}+(?:are|ere|ire)\b)[\p{L}’']+){1,8}\s*:\s*[“«"„]/u.test(s.frame.slice(verbEnd, verbEnd + 160));
              const intro = /^((?:\s+[\p{L}’']+){0,6})\s*:\s*[“«"„]/u.exec(s.frame.slice(verbEnd, verbEnd + 120));
              // (not a clause: "si dichiarò colpevole e disse al tribunale: …" states something before the quotation)
              const introduces = topic || (!!intro && !/(?<![\p{L}])(?:che|di|a|ad|per|e|ed|ma)(?![\p{L}])/iu.test(intro[1]!));
              if (introduces && g.hits.length === 1 && letters(s.frame.slice(last.end, to).replace(/[“”«»"„]/gu, '')) < 12) text = '';
            }
          }
          // "“…”, ha commentato Honsell, aggiungendo che …": the quotation that opens the statement is given as the
          // speaker's direct words; the statement reported beside it starts after it
          const opening = quotations[0];
          let textFrom = g.from;
          if (text && opening && !/\S/u.test(s.text.slice(g.from, opening.start)) && text.startsWith(s.text.slice(opening.start, opening.end).trimStart())) {
            const last = quotations[quotations.length - 1]!;
            const after = s.text.slice(last.end, s.text.indexOf(text, g.from) + text.length).replace(/^[\s,;:.–—-]+/u, '');
            if (letters(after) >= 12) {
              text = after;
              textFrom = s.text.indexOf(after, last.end);
            }
          }
          // ("Il sindaco X ha spiegato:", "Il tecnico X ha parlato ai microfoni di Dazn nel post partita:" closing its
          // paragraph: the words are the paragraphs after it, see below; what follows the verb before the colon says
          // nothing unless a clause of its own opens there, "ha spiegato che …:")
          const rest = s.frame.slice(toks[g.hits[g.hits.length - 1]!.tokEnd]?.end ?? s.frame.length);
          if (text && !s.quotations.length && si === sentences.length - 1 && /:\s*$/u.test(rest) && (/^[^\p{L}]*(?:[\p{L}’']+[^\p{L}]*){0,4}:\s*$/u.test(rest) || !ANNOUNCED_CONTENT.test(rest))) text = '';
          // ("Nel suo intervento il Ceo di StartupItalia ha poi aggiunto. «…»": a verb with nothing after it, right before
          // a sentence that opens with a quotation, announces those words and says nothing itself)
          if (text && !s.quotations.length && !/\p{L}/u.test(rest) && OPENS_QUOTATION.test(sentences[si + 1]?.s.text ?? '')) text = '';
          if (text) add(g.entity, text, 'reported', textFrom);
          // "Come Ada Neri, …, Rossi non è d’accordo": the person compared with the speaker shares the stance
          const sharer = gi === 0 && text ? sharedStance(toks, s.frame) : undefined;
          const other = sharer ? entityFor(sharer, focus, orgFocus, undefined) : undefined;
          if (other && other !== live(g.entity)) add(other, text, 'reported', textFrom);
        });
        const last = groups[groups.length - 1]!.entity;
        focus = last;
        for (const g of groups)
          if (g.entity.sort === 'organisation') {
            orgFocus = g.entity;
            orgFocusAt = p.number;
          }
        // "Il presidente della Regione X e l’assessore Y hanno spiegato:" closing the paragraph: the paragraphs after it,
        // in the first person with no quotation marks, are their words
        if (si === sentences.length - 1 && !s.quotations.length && /:\s*$/u.test(s.text)) {
          const people = [...new Set(groups.flatMap((g) => [g.entity, ...(jointWith.get(g.entity) ?? [])]).map(live))].filter((e) => e.sort === 'person');
          if (people.length) {
            labelled = people[0];
            labelledToo = people.slice(1);
            byTitle = false;
            afterLabel = 0;
            plainRun = false;
          }
        }
        // (a person's reported words go on in a quotation right after them: "L’avvocato X si è detto ottimista." then
        // "“Abbiamo chiarito la posizione …”"; also when the subject is carried from before: "Il prefetto X non ci sta.
        // Denuncia la situazione e dice basta agli sbarchi. “…”")
        const named = groups[groups.length - 1]!.hits.some((h) => h.subject.kind === 'name' || h.subject.kind === 'role' || h.subject.kind === 'focus');
        if (!s.quotations.length) lastDirect = live(last).sort === 'person' ? { entity: last, paragraph: p.number, sentence: si, reported: true, named } : undefined;
        else lastDirect = { entity: insertSpeaker ?? groups.find((g) => s.quotations.some((q) => q.start >= g.from))?.entity ?? last, paragraph: p.number, sentence: si };
        // "Rossi non ha parlato nel post-partita, al suo posto è intervenuto l’AD Giovanni Carnevali": who takes the
        // floor after the last verb is in focus for the sentences after
        if (!s.quotations.length) {
          const verbEnd = toks[groups[groups.length - 1]!.hits.at(-1)!.tokEnd]?.end ?? s.frame.length;
          const after = floorSubject(
            toks.filter((t) => t.start >= verbEnd),
            ' '.repeat(verbEnd) + s.frame.slice(verbEnd),
          );
          const floor = after ? entityFor(after, focus, orgFocus, undefined) : undefined;
          if (floor) {
            focus = floor;
            // (the quotation right after is theirs: "… ha dato la parola a X. «…»")
            lastDirect = { entity: floor, paragraph: p.number, sentence: si };
          }
        }
        return;
      }

      // Where the last direct words stand from this sentence: the sentence right before it in this paragraph, or the last
      // sentence of the paragraph before when this one opens its paragraph.
      const afterLastDirect = (): 'sentence' | 'paragraph' | undefined => {
        if (!lastDirect) return undefined;
        if (lastDirect.paragraph === p.number && lastDirect.sentence === si - 1) return 'sentence';
        const lastOfBefore = (sentencesByParagraph[p.number - 2]?.sentences.length ?? 0) - 1;
        return si === 0 && lastDirect.paragraph === p.number - 1 && lastDirect.sentence === lastOfBefore ? 'paragraph' : undefined;
      };

      if (s.quotations.length) {
        // A quotation right after another continues it, unless a later sentence of the paragraph names who said it
        // ("“Governare”. Così risponde X", "“…”. Lo ha detto X" after someone else's quotation).
        const announced = () => lastOpener() > si;
        // "In un video anche Silvio Berlusconi attacca Conte: “…”": a sentence that names another person before its
        // quotation does not go on with the quotation before
        const namesSomeoneElse = (previous: Entity) => {
          const own = new Set([live(previous).name, ...live(previous).aliases].map(fold));
          const surnames = new Set([...own].map((n) => n.split(/\s+/).pop()!));
          return fullNamesBefore(toks, s.frame, s.quotations[0]!.start).some((n) => !own.has(fold(n)) && !surnames.has(fold(n).split(/\s+/).pop()!));
        };
        const follows =
          lastDirect &&
          // (after a reported statement, in the same paragraph, only when its sentence named the speaker and this one
          // opens with the quotation: "Il premier Conte ha risposto alle dichiarazioni di Salvini. “Leggo nella nota …”")
          ((afterLastDirect() === 'sentence' && (!lastDirect.reported || (lastDirect.named && OPENS_QUOTATION.test(s.text)))) ||
            (afterLastDirect() === 'paragraph' && (!lastDirect.reported || OPENS_QUOTATION.test(p.text)))) &&
          (!lastDirect.mentioned || s.quotations.some((q) => FIRST_PERSON.test(q.inner))) &&
          !announced() &&
          !namesSomeoneElse(lastDirect.entity);
        const ctx: OwnerContext<Entity> = {
          s,
          toks,
          ...(follows ? { previous: lastDirect!.entity } : {}),
          ...(focus ? { focus } : {}),
          ...(orgFocus ? { orgFocus, orgFocusNear: p.number - orgFocusAt <= 1 || s.frame.includes(live(orgFocus)!.name) } : {}),
          resolve: (subject, carried) => entityFor(subject, focus, orgFocus, carried),
          quotedInTitle: (e) => titleQuotes !== undefined && fold(live(e).name) === fold(resolveName(titleQuotes)),
          unnamedRole: (e) => live(e).placeholder === true,
          documentSource: (e) => live(e).sort === 'document',
          titleQuotesSomeone: titleQuotes !== undefined,
          announced: announced(),
          titleSpeaker: titleEntity,
          ...(addressee ? { interviewee: () => intervieweeEntity(addressee) } : leadSpeakerAnswers ? { interviewee: leadSpeaker } : {}),
          echoesTitle: (quotation) => {
            if (!titleQuotes || !titleTerms || titleTerms.size < 2) return undefined;
            const terms = new Set(analyze(quotation, 'it').map((t) => t.term));
            let shared = 0;
            for (const t of titleTerms) if (terms.has(t)) shared++;
            return shared >= 2 && shared * 2 >= titleTerms.size ? titleEntity() : undefined;
          },
        };
        // ("«…» – commenta però il comitato – «…»": an insert naming a group no name is given for; the words are nobody's
        // the article names, and they do not go on with whoever spoke before)
        // (nor a quotation an unnamed speaker says after it: "«…», dice un gioielliere del centro")
        if (s.quotations.some((q) => quoteInserts(q.inner).subject?.kind === 'none') || hits.some((h) => h.inverted && h.subject.kind === 'none')) {
          lastDirect = undefined;
          return;
        }
        for (const rule of QUOTE_OWNERS) {
          const who = rule.owner(ctx);
          if (!who) continue;
          if (rule.id === 'continues-quotation') wentOnHere.set(si, who);
          let last = who;
          // (a quotation going on after a statement made together is each one's)
          const partners = rule.id === 'continues-quotation' && spokeTogether?.some((x) => live(x) === live(who)) ? spokeTogether.filter((x) => live(x) !== live(who)) : [];
          for (const q of s.quotations) last = direct(who, q);
          for (const partner of partners) for (const q of s.quotations) direct(partner, q);
          if (partners.length) spokeTogether = [who, ...partners];
          // ("Ma gli avvocati A e B, difensori …: «…»": the second of two named before the colon says it too)
          if (rule.id === 'joint-colon') {
            for (const x of jointColonSpeakers(toks, s.frame, s.quotations[0]!.start).slice(1)) {
              const other = entityFor(x, focus, orgFocus, undefined);
              if (other && live(other) !== live(who)) for (const q of s.quotations) direct(other, q);
            }
          }
          // ("“…”, il commento degli assessori A e B": a noun of saying after the quotation whose owners are two)
          if (rule.id === 'speech-noun-after') {
            const at = s.frame.indexOf(live(who).name, s.quotations[s.quotations.length - 1]!.end);
            const joint = at > 0 ? jointSubjectsFrom(s.frame, at) : [];
            const others = joint.length >= 2 && joint[0]!.kind === 'name' && joint[0]!.name === live(who).name ? joint.slice(1).map((x) => entityFor(x, focus, orgFocus, undefined)) : [];
            for (const other of others) if (other && live(other) !== live(who)) for (const q of s.quotations) direct(other, q);
          }
          settle();
          if (rule.focuses) focus = last;
          lastDirect = { entity: last, paragraph: p.number, sentence: si };
          return;
        }
      }
      // "“…” -risponde- …”" then "Significa che potremo seguire il Festival? “Assolutamente sì …”": the writer's
      // question, naming nobody, right after someone's words and answered by a quotation opening the next sentence —
      // the answer goes on with them
      const answer = sentences[si + 1];
      if (afterLastDirect() && !lastDirect!.reported && QUESTION_END.test(s.text) && !s.quotations.length && answer && opensWithQuotation(answer.s) && !nameRuns(toks, s.frame).length) {
        lastDirect = { entity: lastDirect!.entity, paragraph: p.number, sentence: si };
        return;
      }
      // "«… - spiega don X -. …»" then "La richiesta alle famiglie è stata di 100 euro al mese. «C’è chi ha donato di
      // più …»": one sentence naming nobody (no name, office, quotation or verb of saying), at a paragraph's start or
      // after the direct words in the same paragraph, keeps them the last words for the quotation right after it (so
      // does a dateline alone opening the paragraph: "LIVORNO. «…»")
      const bridge =
        lastDirect && !lastDirect.reported && !lastDirect.bridged && !s.quotations.length && si < sentences.length - 1 && (lastDirect.paragraph === p.number ? lastDirect.sentence === si - 1 : si === 0 && lastDirect.paragraph === p.number - 1) && (namesNobody(s, toks) || (si === 0 && DATELINE_ALONE.test(s.text)))
          ? { ...lastDirect, paragraph: p.number, sentence: si, bridged: true }
          : undefined;
      lastDirect = undefined;
      // nobody speaks: someone may come into focus ("ha dato la parola a X", "la premier ha …", "una memo")
      for (const rule of FOCUS_RULES) {
        const subject = rule.find(toks, s.frame);
        if (rule.knownPersonOnly && (subject?.kind !== 'name' || resolveName(subject.name) === subject.name)) continue;
        const who = subject ? entityFor(subject, focus, orgFocus, undefined) : undefined;
        if (!who) continue;
        tentative = rule.tentative ? { entity: who, paragraph: p.number, before: tentative?.before ?? focus, said: live(who).quotes.length } : undefined;
        focus = who;
        // "«Gli incendi? … è solo dell'uomo»." then "Il colonnello Pier Luigi Fedele, comandante del gruppo forestale,
        // non ci gira intorno.": an article that opens with a paragraph of quotations nobody said, then names a person
        // with their office as the subject of its next paragraph's first sentence — the quotations are theirs
        if (rule.id === 'named-subject' && si === 0 && before?.paragraph === 1 && who.sort === 'person') {
          quotationsOf(who, before);
          tentative = undefined;
        }
        if (rule.clearsPending) pending = [];
        if (rule.takesFloor && si === sentences.length - 1) {
          labelled = who;
          byTitle = true;
          afterLabel = 0;
        }
        // ("A comunicarlo sono il sindaco X e l'assessora Y": the two given the floor together, for a plural insert next)
        if (rule.takesFloor && subject?.kind === 'name') {
          const joint = jointSubjectsFrom(s.frame, subject.at);
          const other = joint.length === 2 && joint[0]!.kind === 'name' && joint[0]!.name === subject.name ? entityFor(joint[1]!, focus, orgFocus, undefined) : undefined;
          if (other && live(other) !== live(who)) pair = [who, other];
        }
        floorIn = rule.takesFloor ? { entity: who, paragraph: p.number } : undefined;
        // ("A parlare è stato X. «…»": the quotation right after is theirs)
        if (rule.takesFloor) lastDirect = { entity: who, paragraph: p.number, sentence: si };
        // ("Il capo della protezione civile, Angelo Borrelli, calma le acque. “… i tecnici ci dicono …”": a person named
        // with their office as the sentence's subject, a quotation in the first person opening the next — theirs, as
        // after a sentence that only names them with it)
        // (the one person the sentence names: "Il sindaco X ha incontrato l’assessora Y. «Abbiamo parlato …»" is either's)
        else if (rule.id === 'named-subject' && who.sort === 'person' && subject?.kind === 'name' && subject.role && fullNamesBefore(toks, s.frame, s.frame.length).length === 1) {
          lastDirect = { entity: who, paragraph: p.number, sentence: si, reported: true, named: true, mentioned: true };
        }
        return;
      }
      if (bridge) lastDirect = bridge;
      // "Nel dianese il week end fa ben sperare il presidente di Federalberghi X. “… Abbiamo poche camere …”": a
      // sentence where nobody speaks that names one person in full with their office, and nobody else; a quotation in
      // the first person opening the sentence right after is theirs
      // (not when the sentence's own subject is carried over, its verb opening it: "Ha poi illustrato l’investimento, di cui
      // 400mila dal sottosegretario X" goes on with whoever spoke before)
      let first = 0;
      while (toks[first]?.word && CLAUSE_OPENERS.has(toks[first]!.lower)) first++;
      if (!s.quotations.length && !(toks[first]?.word && FOCUS_AUXILIARIES.has(toks[first]!.lower))) {
        const withOffice = onePersonWithOffice(toks, s.frame, true);
        // (or a full name opening the sentence as its subject: only the quotation right after is theirs — nothing
        // brings them into focus for a pronoun further on: "John Wesley tornò in Inghilterra …" then "Essa sostiene …")
        const named = withOffice ?? namedOpeningSubject(toks, s.frame);
        const who = named ? entityFor(named, focus, orgFocus, undefined) : undefined;
        if (who?.sort === 'person') {
          lastDirect = { entity: who, paragraph: p.number, sentence: si, reported: true, named: true, mentioned: true };
          // (and comes into focus as a sentence's named subject does: "Il quale commenta: «…»", "«…», spiega.")
          if (withOffice) {
            tentative = { entity: who, paragraph: p.number, before: tentative?.before ?? focus, said: live(who).quotes.length };
            focus = who;
          }
        }
      }
      // "Poi è il turno del tecnico X, che compie una breve analisi della gara. Le sue parole:": a last sentence that
      // only announces, with a colon, what the person given the floor says next
      if (si === sentences.length - 1 && floorIn?.paragraph === p.number && live(floorIn.entity) === focus && !s.quotations.length && /:\s*$/u.test(s.text) && !nameRuns(toks, s.frame).length) {
        labelled = focus;
        byTitle = true;
        afterLabel = 0;
      } else if (si === sentences.length - 1 && !s.quotations.length && /:\s*$/u.test(s.text)) {
        // "Amareggiato, dall’altra, il tecnico di Milano Sergio Scariolo:": a paragraph's last sentence that names one
        // person and ends with a colon introduces the words of the paragraph after
        const names = fullNamesBefore(toks, s.frame, s.text.length);
        // (read from the noun phrase that holds the name: after the adjuncts set off by commas before it)
        const at = names.length === 1 ? s.frame.lastIndexOf(names[0]!) : -1;
        let from = 0;
        toks.forEach((t, k) => {
          if (t.text === ',' && t.start < at) from = k + 1;
        });
        // (or the one the writer talked to, named right after the verb: "A margine dell’evento abbiamo parlato con Emilio
        // Campana, direttore del dipartimento:")
        const talked = at < 0 && !names.length ? TALKED_TO.exec(s.frame) : null;
        if (talked) from = toks.findIndex((t) => t.start >= talked.index + talked[0].length);
        const subject = at >= 0 || (talked && from >= 0) ? subjectForward(toks, s.frame, from, toks.length, true) : undefined;
        // (or whose a noun of saying opening the sentence is, named in full or with their office: "Ecco le dichiarazioni
        // di X, allenatore della Salernitana:", "Di seguito le parole del tecnico X:")
        const owner = subject?.kind === 'name' && (subject.name === names[0] || (talked && subject.name.includes(' '))) ? subject : speechNounIntro(s, toks);
        // (or an office, "Ecco alcune parole del tecnico:", when the person in focus holds no other: theirs)
        const holder = owner?.kind === 'role' && focus?.sort === 'person' && !focus.placeholder && (!focus.role || roleStem(focus.role) === roleStem(owner.role)) ? entityFor(owner, focus, orgFocus, focus) : undefined;
        const who = owner?.kind === 'name' && (owner === subject || owner.role || owner.name.includes(' ')) ? entityFor(owner, focus, orgFocus, undefined) : holder === focus ? holder : undefined;
        if (who?.sort === 'person') {
          focus = who;
          labelled = who;
          byTitle = true;
          afterLabel = 0;
        }
      }
    });
    if (sentences.length && pending.length === sentences.length) unspoken = { paragraph: p.number, sentences, text: p.text, quoted: sentences.some(({ s }) => s.quotations.length > 0) };
    if (wentOnHere.size && wentOnHere.size === sentences.length && sentences.every(({ s }) => opensWithQuotation(s)) && lastDirect) goneOn = { paragraph: p.number, sentences, entity: lastDirect.entity };
    // Nobody said this paragraph of quotations: a speaker named at the start of the next one may have.
    if (sentences.length && pending.length === sentences.length && sentences.every(({ s }, i) => opensWithQuotation(s) || (i === 0 && !s.quotations.length && DATELINE_ALONE.test(s.text)))) unsaid = { paragraph: p.number, sentences };
    // A quotation run over paragraphs and closed with its speaker ("“Ci siamo finalmente lasciati …" … "… siamo
    // orgogliosi di accogliervi”, ha detto il rettore."): the paragraphs inside it nobody said are that speaker's.
    // (a paragraph that opens the quotation again, «… as Italian copy runs one on, is inside it too)
    // (the same for a paragraph given to the speaker before it only because its quotation went on from theirs: "«La
    // nostra finalità … »" then "L'obiettivo è … a bordo», avverte il questore X" — the run is X's)
    // (every speaker of the quotation closing the run, when two said it together: "«…», – dichiarano gli allenatori X e Y")
    const runOwners = (): Entity[] => {
      const first = sentences[0]?.s.quotations[0];
      const head = first ? fold(first.inner.trim()).slice(0, 20) : '';
      return head ? [...entities.values()].filter((e) => !e.mergedInto && e.quotes.some((q) => q.paragraph === p.number && q.kind === 'direct' && fold(q.text).startsWith(head))) : [];
    };
    const sayRun = (owner: Entity, w: { readonly paragraph: number; readonly sentences: readonly ReadSentence[] }) =>
      sayDirect(owner, w.paragraph, w.sentences.flatMap(({ s }) => s.quotations.map((q) => ({ text: q.inner.trim(), offset: s.start + q.start + 1 }))));
    if (continued && run.openStart && !inRun.length) {
      const own = live(continued.entity);
      const owners = runOwners().filter((e) => e !== own);
      if (owners.length) {
        takeBack(own, continued.paragraph, continued.sentences);
        for (const owner of owners) sayRun(owner, continued);
      }
    }
    if (inRun.length) for (const owner of runOwners()) for (const w of inRun) sayRun(owner, w);
    const nobodys = sentences.length > 0 && pending.length === sentences.length && sentences.every(({ s }) => s.quotations.length > 0 && opensWithQuotation(s));
    inRun = run.openEnd && nobodys ? [...inRun, { paragraph: p.number, sentences }] : [];
  }

  // A role that spoke and was never named as a speaker ("– ha dichiarato il sindaco –") is the one person the title,
  // or the paragraph of its first words or the one before, names with that role ("Chieti, sopralluogo del sindaco
  // Diego Ferrara"): news copy names someone once, often only in the title, and then calls them by their office.
  const unnamed = [...entities.values()].filter((e) => e.placeholder && !e.mergedInto && e.quotes.length);
  // The people named in full beside an office standing alone as a clause's subject, with its article after a comma, a
  // conjunction or the sentence's start ("La città ha ospitato X …, ma il regista ha abbandonato …"): in the first
  // sentence of the body that has both.
  const namedBesideOffice = (stem: string): string[] => {
    for (const { sentences } of sentencesByParagraph) {
      for (const { s, toks } of sentences) {
        const k = toks.findIndex((t, i) => t.word && !t.cap && roleStem(t.lower) === stem && ARTICLES.has(toks[i - 1]?.lower ?? '') && (i < 2 || !toks[i - 2]!.word || /^(?:ma|e|ed|mentre|però|poi)$/u.test(toks[i - 2]!.lower)) && !isNameToken(toks[i + 1]));
        const names = k >= 0 ? fullNamesBefore(toks, s.frame, s.frame.length) : [];
        if (names.length) return names;
      }
    }
    return [];
  };
  if (unnamed.length) {
    const title = article.meta.title;
    for (const e of unnamed) {
      const first = Math.min(...e.quotes.map((q) => q.paragraph));
      const texts: { toks: readonly Tok[]; frame: string }[] = [{ toks: titleToks, frame: title }];
      for (const { p, sentences } of sentencesByParagraph) if (p.number >= first - 1 && p.number <= first) for (const { s, toks } of sentences) texts.push({ toks, frame: s.frame });
      const stem = roleStem(usualOffice(e.role!));
      const near = namedWithRole(stem, texts);
      // (else the one person the whole article names with that office: "… al dirigente scolastico X" in its opening,
      // "“…” ha concluso il dirigente" three paragraphs on)
      // (a person's name, not an office written in capitals: "l’Alto Rappresentante")
      const named = near.size || !stem ? near : new Map([...namedInArticle(stem)].filter(([, x]) => x.kind === 'name' && !x.name.split(/\s+/).some((w) => roleStem(w))));
      if (named.size === 1) {
        entityFor([...named.values()][0]!, undefined, undefined, undefined);
        continue;
      }
      // (else the one person named in full in the first sentence where the office stands as a clause's subject beside
      // a full name, when that person speaks and has no other office: "La città ha ospitato Paolo Sorrentino …, ma il
      // regista ha abbandonato la sala", then "Il regista, però, ha glissato …: “…”")
      const persons = stem ? namedBesideOffice(stem) : [];
      const person = persons.length === 1 ? [...entities.values()].map(live).find((x) => x.sort === 'person' && !x.placeholder && fold(x.name) === fold(resolveName(persons[0]!))) : undefined;
      if (person && (!person.role || roleStem(person.role) === stem)) entityFor({ kind: 'name', name: person.name, role: e.role!, at: 0, person: true }, undefined, undefined, undefined);
    }
    // Else, the one role that spoke is the person the title quotes ("Zandobbio – Mosè: “I primi mesi sono stati
    // intensi”" over "il sindaco … “…”, sorride"): an interview's title gives the name, its body the office.
    const left = unnamed.filter((e) => !e.mergedInto);
    const quoted = left.length === 1 && unnamed.length === 1 ? titleQuotes : undefined;
    if (quoted && ![...entities.values()].some((e) => !e.placeholder && e.quotes.length && fold(e.name) === fold(resolveName(quoted)))) {
      entityFor({ kind: 'name', name: quoted, role: left[0]!.role!, at: 0, person: true }, undefined, undefined, undefined);
    }
  }

  // A statement read with the marks of a quotation run over paragraphs is given without the marks the paragraph lacks.
  const verbatim = (text: string, paragraph: number): string => {
    const own = article.paragraphs[paragraph - 1]?.text ?? '';
    if (own.includes(text)) return text;
    const bare = text.replace(/^[“«]/u, '').replace(/[”»]$/u, '');
    return own.includes(bare) ? bare : text;
  };
  // The office the body gives a full name wherever it writes it after one ("il segretario generale della Uil Carmelo
  // Barbagallo"), whether or not the person speaks there.
  const officeGiven = (full: string): string | undefined => {
    const first = full.split(/\s+/u)[0]!;
    for (const { sentences } of sentencesByParagraph) {
      for (const { s, toks } of sentences) {
        if (!s.frame.includes(full)) continue;
        for (let k = 0; k < toks.length; k++) {
          if (toks[k]!.text !== first) continue;
          // (from the office's first word: "segretario generale della Uil", not "generale della Uil")
          // (not across a clause's seam, "vicebrigadiere, ma gli avvocati X", "Generale, il Consiglio …", nor a time's,
          // "il ruolo di presidente prima dell’uscente X")
          for (let r = Math.max(0, k - 8); r < k; r++) {
            if (!isRoleTok(toks[r]) || toks.slice(r, k).some((t, i, run) => /^(?:ma|però|mentre|prima|dopo)$/u.test(t.lower) || (t.text === ',' && ARTICLES.has(run[i + 1]?.lower ?? '')))) continue;
            // (nor a label in capitals or with figures, "CLASSIFICA GENERALE 1 - X (Squadra)", nor a word of another
            // name, "leader della Classifica Generale, sponsorizzata da Enel - X")
            if (/^\p{Lu}{2,}$/u.test(toks[r]!.text) || (toks[r]!.cap && toks[r - 1]?.word && toks[r - 1]!.cap)) continue;
            const found = subjectForward(toks, s.frame, r, toks.length, true);
            // ("calciatore belga di nome X": the office without "di nome")
            if (found?.kind === 'name' && found.name === full && found.role && !/\d/u.test(found.role)) return found.role.replace(/\s+di\s+nome$/u, '');
          }
        }
      }
    }
    return undefined;
  };
  // The capitalised words the title and body write, read once, for the people called by their first letters (below).
  let capitalised: ReadonlySet<string> | undefined;
  const capitalisedWords = (): ReadonlySet<string> => (capitalised ??= new Set([...`${article.meta.title}\n${body}`.matchAll(/(?<![\p{L}\p{M}])\p{Lu}\p{Ll}+/gu)].map((m) => m[0])));
  // Whether the title, headings or body write a capitalised word as only a name is written: inside a sentence, after a
  // word or a comma, in capitals, or before an auxiliary.
  let written: string | undefined;
  const writtenAsName = (word: string) => {
    const text = (written ??= [article.meta.title, ...article.sections.filter((x) => !x.automatic && !x.lead).map((x) => x.title), body].join('\n'));
    if (text.includes(word.toUpperCase()) || new RegExp(`[\\p{L}\\p{N},;][ \\t\\u00a0]+${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'u').test(text)) return true;
    return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}\\s+(\\p{L}+)`, 'gu'))].some((m) => FOCUS_AUXILIARIES.has(m[1]!.toLowerCase()));
  };
  const out: SpeakerDraft[] = [];
  for (const e of entities.values()) {
    // a role never given a name is left out: nobody could look it up — unless written as a title, the office's own
    // name ("il Presidente annuncia …": Presidente)
    if (!e.quotes.length || (e.placeholder && !e.titled)) continue;
    // ("Situazione critica anche per i bidelli: …": a common word that a sentence capitalises as its first, read as a
    // name before a word that may be an adjective as well as a verb of saying, is no one when nothing quoted is given
    // to it and the article never writes it as a name elsewhere: capitalised inside a sentence, or in capitals, "##
    // LA REPLICA DI BARELLI", or before an auxiliary, "Acme ha detto")
    if (!e.role && /^\p{Lu}\p{Ll}+$/u.test(e.name) && e.quotes.every((q) => q.kind === 'reported') && isCommonItalianWord(e.name) && !writtenAsName(e.name)) continue;
    // "«… Ho affittato uno studio …» – ha attaccato il Jova": a name of one word whose own words say "I" is a person's
    // (a singer's, a player's), not an organisation's
    if (e.sort === 'organisation' && !/\s/u.test(e.name) && !ORGANISATION_WORDS.has(e.name.toLowerCase()) && e.quotes.some((q) => q.kind === 'direct' && FIRST_PERSON_SINGULAR.test(q.text))) e.sort = 'person';
    let name = e.name;
    const aliases = new Set(e.aliases);
    // (a person who speaks under their surname, named in full with their office only where they say nothing: "hanno
    // portato il segretario generale della Uil Carmelo Barbagallo a chiedere …" then "– ha detto Barbagallo –")
    if (e.sort === 'person' && !e.role && /\s/u.test(e.name)) {
      const office = officeGiven(e.name);
      if (office) e.role = office;
    }
    // (the office as a description, without its definite article or possessive, however it was found)
    const role = e.role ? bareRole(e.role) : undefined;
    if (e.sort === 'document' && e.head) {
      if (e.owner) {
        name = `${e.head} di ${e.owner}`;
        aliases.add(`${e.owner} ${e.head}`);
      }
      aliases.add(name);
    }
    // "ministro della Difesa", "AD di Ferrovie Lacustri": a role that carries its organisation names the person too
    if (e.sort === 'person' && role) {
      const words = role.split(/\s+/);
      if (words.length <= 6 && words.slice(1).some((w) => /^\p{Lu}/u.test(w.replace(ELIDED_PREFIX, '')))) aliases.add(role);
    }
    // ("– afferma il senatore ANDREA Crisanti", "Mario ROSSI": a person's name in capitals, as press releases print it,
    // is written as a name; the form printed still finds them)
    // (a word of four letters or more with two vowels: not initials, "ESPN Deportes")
    const capitals = (w: string) => /^\p{Lu}{4,}$/u.test(w) && (w.match(/[AEIOUÀÈÉÌÒÙ]/gu)?.length ?? 0) >= 2;
    if (e.sort === 'person' && /\s/u.test(name) && name.split(/\s+/u).some(capitals)) {
      const printed = name;
      const asName = (text: string) => text.replace(/(?<![\p{L}\p{M}])\p{Lu}+(?![\p{L}\p{M}])/gu, (w) => (capitals(w) ? w[0] + w.slice(1).toLowerCase() : w));
      for (const alias of [...aliases]) {
        aliases.delete(alias);
        aliases.add(asName(alias));
      }
      name = asName(name);
      aliases.add(printed);
    }
    // ("– ha attaccato il Jova –" in an article on Jovanotti: a person called by the first letters of the one name the
    // article writes that begins so is also found by that name)
    if (e.sort === 'person' && /^\p{Lu}\p{Ll}{3,}$/u.test(name)) {
      const longer = [...capitalisedWords()].filter((w) => w.length > name.length + 1 && w.startsWith(name));
      if (longer.length === 1) aliases.add(longer[0]!);
    }
    aliases.delete(name);
    const quotes = e.quotes
      .sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset)
      .map(({ article: a, paragraph, text, kind }) => ({ article: a, paragraph, text: verbatim(text, paragraph), kind }));
    const descriptors = new Set(e.descriptors);
    if (role) for (const w of role.split(/[\s’']+/)) if (w.length > 2 && !isStopword(w.toLowerCase(), 'it')) descriptors.add(fold(w));
    // "l’azienda Meta": a company may be looked up with the nouns the article uses for it
    if (e.sort === 'organisation') for (const w of ORG_ANAPHORS) descriptors.add(w);
    out.push({
      name,
      aliases: [...aliases],
      ...(role && !(e.titled && fold(e.role!) === fold(name)) ? { role } : {}),
      sort: e.sort,
      descriptors: [...descriptors],
      quotes,
    });
  }
  return out;
}

// A verb of talking to someone in the first person, the writer's, right before that person (with their article and
// office): "abbiamo parlato con", "ho intervistato", "abbiamo raggiunto".
const TALKED_TO = /(?<![\p{L}])(?:[Aa]bbiamo|[Hh]o|[Aa]vevamo|[Aa]vevo)\s+(?:parlato|discusso|chiacchierato|intervistato|sentito|raggiunto|interpellato|incontrato)\s+(?:con\s+)?(?=(?:(?:il|la|lo|l['’])\s*(?:\p{Ll}+\s+){0,4})?\p{Lu})/u;

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
