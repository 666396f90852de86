/**
 * Questions that ask who holds an office — "chi è il rettore dell'università di Firenze?", "chi è l'allenatore dello
 * Spoleto?" — are answered by the passage that names the holder next to the office: "il rettore Luigi Dei", "il
 * presidente della Croce Bianca, Giovanni Carlevarino", "Stanislao Saeli, procuratore militare a Verona". A passage
 * that holds the office's complement ("Firenze", "università") without naming anyone in it scores as well or better
 * on the question's words, yet does not answer. The offices are the role nouns of the speaker lexicon
 * (`ROLE_NOUNS`), general Italian.
 *
 * Measured and left out: declining an office question when none of the first five passages of the article names
 * anyone beside the office (the development news folders: 7 more questions the pieces do not answer declined, but
 * 10 right answers refused of 479 Italian questions; SQuAD-it own-article R@1 0.798 → 0.797).
 */
import { foldAccents, stem } from './analysis.js';
import { roleOwner } from './definitional.js';
import { escapeRegExp } from './guardedPattern.js';
import { officeNouns, ROLE_EQUIVALENTS, ROLE_NOUNS } from './speakerLexicon.js';
import { isInstitutionName } from './speakerSyntax.js';

// "chi è il …", "chi è la nuova …", "ma chi era l’attuale …", "come si chiama il …": group 1 the adjective before
// the office, if any, group 2 the office.
const ASKS_HOLDER = /^(?:ma\s+)?(?:chi\s+(?:è|e['’]|era|sono|erano|sarà|sara['’])|come\s+si\s+chiam(?:a|ava|ano|avano))\s+(?:(?:il|la|lo|i|gli|le)\s+|l['’]\s*)(?:(nuov[oa]|attuale|ex|primo|prima|vero|vera)\s+)?(\p{L}+)/iu;

// "chi presiede …", "chi dirige …", "chi allena …", "chi comanda …", "chi coordina …" (also "chi è che presiede"):
// the verb of an office asks who holds it. Group 1 is the verb.
const ASKS_HOLDER_VERB = /^(?:ma\s+)?chi\s+(?:(?:è|e['’])\s+che\s+)?(presied(?:e|eva|erà|ono)|dirig(?:e|eva|erà|ono)|allen(?:a|ava|erà|ano)|comand(?:a|ava|erà|ano)|coordin(?:a|ava|erà|ano))\s/iu;
// Each office's verb, as ASKS_HOLDER_VERB reads it.
const OFFICE_OF_VERB: readonly (readonly [RegExp, string])[] = [
  [/^presied/u, 'presidente'],
  [/^dirig/u, 'direttore'],
  [/^allen/u, 'allenatore'],
  [/^comand/u, 'comandante'],
  [/^coordin/u, 'coordinatore'],
];

/**
 * The office a question asks the holder of.
 * @param question - the question as typed
 * @returns the office as written ("rettore"), or undefined when the question asks something else
 * @example
 * askedOffice("chi è il rettore dell'università di Firenze?") // 'rettore'
 * askedOffice('chi ha vinto il Giro?') // undefined
 */
export function askedOffice(question: string): string | undefined {
  const text = question.normalize('NFC').trim();
  const v = ASKS_HOLDER_VERB.exec(text);
  if (v) return OFFICE_OF_VERB.find(([re]) => re.test(v[1]!.toLowerCase()))![1];
  const m = ASKS_HOLDER.exec(text);
  if (!m) return undefined;
  const office = m[2]!.toLowerCase();
  // "il primo cittadino": the mayor
  if (/^prim[oa]$/iu.test(m[1] ?? '') && /^cittadin[oa]$/u.test(office)) return office.endsWith('a') ? 'sindaca' : 'sindaco';
  return officeNouns().has(office) || ROLE_EQUIVALENTS.has(office) ? office : undefined;
}

/**
 * What the office a question asks the holder of belongs to, read from the question ({@link askedOffice}'s forms): the
 * complement of the office ("Taormina" of "come si chiama il sindaco di Taormina?"), or what the office's verb
 * governs ("Agrimercato" of "chi presiede Agrimercato?", "San Salvo" of "chi comanda la polizia locale di San
 * Salvo?").
 * @param question - the question as typed
 * @returns what the office belongs to, or undefined when the question names none
 * @example
 * askedOfficeOwner('chi presiede Agrimercato?') // 'Agrimercato'
 */
export function askedOfficeOwner(question: string): string | undefined {
  const text = question.normalize('NFC').trim();
  const end = (s: string) => s.replace(/[?!.\s]+$/u, '');
  const object = officeVerbObject(text);
  if (object !== undefined) return roleOwner(object) ?? (object.replace(OPENING_ARTICLE, '') || undefined);
  const m = ASKS_HOLDER.exec(text);
  if (!m) return undefined;
  // (up to a relative clause on the office: "chi è l’assessore alla Sanità che non si è presentato?")
  const asked = end(text.slice(m.index + m[0].length - m[2]!.length)).replace(/[\s,]+(?:che|il quale|la quale|cui)(?![\p{L}]).*$/iu, '');
  // (or what the office is in charge of: "l’assessore alla Sanità", "il consigliere delegato ai Trasporti")
  return roleOwner(asked) ?? PORTFOLIO.exec(asked)?.[1];
}

/**
 * What an office's verb governs, whole, when it is a name with a complement of its own ("Osservatorio del Lago" of
 * "chi dirige l’Osservatorio del Lago?", where {@link askedOfficeOwner} reads "Lago"): an office may be written
 * beside either.
 * @param question - the question as typed
 * @returns the object without its article, or undefined when the question asks otherwise or the object is no such name
 * @example
 * askedOfficeObject('chi dirige il Museo del Mare?') // 'Museo del Mare'
 * askedOfficeObject('chi comanda la polizia locale di San Salvo?') // undefined
 */
export function askedOfficeObject(question: string): string | undefined {
  const object = officeVerbObject(question.normalize('NFC').trim())?.replace(OPENING_ARTICLE, '');
  return object && /^\p{Lu}/u.test(object) && roleOwner(object) ? object : undefined;
}

// The article opening a noun phrase ("l’Osservatorio", "la polizia").
const OPENING_ARTICLE = /^(?:il|lo|la|i|gli|le|l['’])\s*/iu;

// What an office's verb governs in a question, with its article ("l’Osservatorio del Lago" of "chi dirige
// l’Osservatorio del Lago?"), or undefined when no office's verb asks.
function officeVerbObject(text: string): string | undefined {
  const v = ASKS_HOLDER_VERB.exec(text);
  return v ? text.slice(v.index + v[0].length).replace(/[?!.\s]+$/u, '') : undefined;
}

// An office's portfolio, after an articulated "a" right after the office or its participle: group 1 ("Sanità" in
// "assessore alla Sanità", "Trasporti" in "consigliere delegato ai Trasporti").
const PORTFOLIO = /^\p{L}+(?:\s+(?:delegat[oaie]|regional[ei]|comunal[ei]|provincial[ei]))?\s+(?:al|alla|allo|ai|agli|alle|all['’])\s*(\p{Lu}.*)$/u;

// "who is the …", "who's the new …", "so who was the current …": group 1 is the office, the noun right after the
// article (a noun before it, "deputy mayor", "public works councillor", makes another office: left alone).
const ASKS_HOLDER_EN = /^(?:so\s+|and\s+)?who(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+the\s+(?:(?:new|current|present|former)\s+)?(\p{L}+)(?=\s+(?:of|at|in|for)\b|\s*[?!.]*$)/iu;

let officeStems: Map<string, string> | undefined;

/**
 * Whether an Italian index term is the stem of an office ("sindac", "assessor", "rettor").
 * @param term - an index term
 * @returns true for an office
 */
export function isOfficeTerm(term: string): boolean {
  return stemsOfOffices().has(term);
}


/**
 * Whether a word is an office, as written ("questore", "sindaca").
 * @param word - a lower-cased word
 * @returns true for an office
 */
export function isOfficeWord(word: string): boolean {
  return officeNouns().has(word) || isOfficeTerm(stem(word, 'it'));
}

function stemsOfOffices(): Map<string, string> {
  if (!officeStems) {
    officeStems = new Map();
    for (const r of ROLE_NOUNS) {
      const s = r.includes(' ') ? undefined : stem(r, 'it');
      if (s !== undefined && !officeStems.has(s)) officeStems.set(s, r);
    }
  }
  return officeStems;
}

// The stem an office in "-tore" takes when written for a woman ("direttric" of "direttore", folded), or undefined.
function feminineStem(office: string): string | undefined {
  const folded = foldAccents(office.toLowerCase());
  return folded.endsWith('tore') ? `${folded.slice(0, -4)}tric` : undefined;
}

// An office in "-tore" as written for a woman, "-trice", as an alternative for a pattern on folded text ("|direttric[ei]"),
// its first letter in either case when `cased`; empty for any other office.
function feminineOffice(office: string, cased = false): string {
  const stem = feminineStem(office);
  if (!stem) return '';
  return `|${cased ? `[${stem[0]}${stem[0]!.toUpperCase()}]${stem.slice(1)}` : stem}[ei]`;
}

/**
 * A test of whether a sentence writes an office with what it belongs to side by side ("Il sindaco di Sava, …"; case and
 * accents folded).
 * @param office - the office ({@link askedOffice}), in any gender and number
 * @param owner - what it belongs to, as the question writes it ("Sava")
 * @returns the test
 * @example
 * officeBeside('sindaco', 'Sava')('Il sindaco di Sava, Gaetano Picchieri, evidenzia …') // true
 */
export function officeBeside(office: string, owner: string): (sentence: string) => boolean {
  const re = new RegExp(
    `(?<![\\p{L}])(?:${foldAccents(office.toLowerCase()).replace(/[aeiou]$/u, '')}\\p{L}{0,4}${feminineOffice(office)})\\s+(?:di|del|della|dello|dei|degli|delle|dell'\\s*|a|ad|al|alla|allo|ai|agli|alle|all'\\s*)\\s*${escapeRegExp(foldAccents(owner.toLowerCase()))}(?![\\p{L}])`,
    'u',
  );
  return (sentence) => re.test(foldAccents(sentence.toLowerCase()).replace(/’/g, "'"));
}

/**
 * A test of whether a sentence names the holder right after the office written alone, with nothing it belongs to
 * ("commenta il sindaco Pasqualino Piunti", "il sindaco, Mario Rossi,"; not "il sindaco di Paliano Domenico
 * Alfieri"): in a local piece that office is the place's the piece is about (case and accents folded for the office).
 * @param office - the office ({@link askedOffice}), in any gender and number
 * @returns the test
 * @example
 * holderUnqualified('sindaco')('«Bene – commenta il sindaco Pasqualino Piunti – così»') // true
 * holderUnqualified('sindaco')('il sindaco di Paliano Domenico Alfieri') // false
 */
export function holderUnqualified(office: string): (sentence: string) => boolean {
  const stem = foldAccents(office.toLowerCase()).replace(/[aeiou]$/u, '');
  const re = new RegExp(`(?<![\\p{L}])(?:[${stem[0]}${stem[0]!.toUpperCase()}]${stem.slice(1)}(?:[aeiou]|he|hi|essa)?${feminineOffice(office, true)}),?\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}`, 'u');
  return (sentence) => re.test(foldAccents(sentence));
}

/**
 * The office an English question asks the holder of, as the Italian role noun its translation gives.
 * @param question - the question as typed
 * @param translations - the Italian index terms the question's English words were translated to, by the word as
 *   written (lower case): each alternative a list of terms
 * @returns the Italian office ("sindaco"), or undefined when the question asks something else
 * @example
 * englishAskedOffice('Who is the mayor of Anagni?', new Map([['mayor', [['sindac']]]])) // 'sindaco'
 */
export function englishAskedOffice(question: string, translations: ReadonlyMap<string, readonly (readonly string[])[]>): string | undefined {
  const m = ASKS_HOLDER_EN.exec(question.normalize('NFC').trim());
  if (!m) return undefined;
  for (const alt of translations.get(m[1]!.toLowerCase()) ?? []) {
    // (an office the index keeps as written, as it does an acronym: "ceo")
    const office = alt.length === 1 ? (stemsOfOffices().get(alt[0]!) ?? (officeNouns().has(alt[0]!) ? alt[0] : undefined)) : undefined;
    if (office) return office;
  }
  return undefined;
}

const TOKEN = /[\p{L}\p{M}\d]+(?:['’-][\p{L}\p{M}\d]+)*|[^\s\p{L}\p{M}\d]/gu;
const PREPOSITION = /^(?:di|del|della|dello|dei|degli|delle|dell['’].*|a|al|alla|ai|all['’].*|da|dal|dalla|in|nel|nella|per|presso)$/iu;
const STOP = /^[.;:!?«»“”"()[\]]$/u;
const DASH = /^[-–—]$/u;
// Articles, alone or joined to a preposition, before an office ("il prefetto", "del sindaco", "l’assessore").
const ARTICLE = /^(?:il|lo|la|l['’]|i|gli|le|del|dello|della|dell['’]|dei|degli|delle|al|allo|alla|all['’]|ai|dal|dalla|col|nel|nella)$/iu;
// Titles written before a name, not offices held ("il dottor", "l’ingegner", "don").
const TITLE = /^(?:dott(?:or|ore|oressa)?|ing(?:egner|egnere)?|avv(?:ocato|ocatessa)?|prof(?:essor|essore|essoressa)?|arch(?:itetto)?|geom(?:etra)?|don|monsignor|mons|padre|suor|cav(?:alier|aliere)?|on(?:orevole)?)$/iu;

/**
 * Whether a sentence writes, before the office it names a holder of, another name than what the question says the
 * office belongs to: "Durante una conferenza per i clienti di Microsoft …, il CEO Satya Nadella" names Microsoft's CEO,
 * not Meta's. (Case and accents folded for the comparison; the sentence's first word is no such name.)
 * @param text - a sentence that names a holder of the office ({@link namesHolder})
 * @param office - the office asked about
 * @param owner - what the question says it belongs to ("Meta")
 * @returns true when a capitalised word before the office, within twelve words, is not part of the owner
 * @example
 * ownedByAnother('Ai clienti di Microsoft il CEO Satya Nadella ha parlato.', 'ceo', 'Meta') // true
 * ownedByAnother('A Gassino il sindaco Guido Savio ha parlato.', 'sindaco', 'Gassino') // false
 */
export function ownedByAnother(text: string, office: string, owner: string): boolean {
  const toks = Array.from(text.matchAll(TOKEN), (m) => m[0]);
  const stem = (ROLE_EQUIVALENTS.get(office) ?? office).replace(/[aeiou]$/u, '').toLowerCase();
  // (an office written another way counts as its usual form, as in `namesHolder`: "il CEO" for "l’AD")
  const at = toks.findIndex((t) => {
    const bare = t.toLowerCase().replace(/^(?:l|dell|all|dall|nell|sull|coll)['’]/u, '');
    const l = ROLE_EQUIVALENTS.get(bare) ?? bare;
    return l.startsWith(stem) && l.length - stem.length <= 2;
  });
  if (at <= 0) return false;
  // ("Rev. Paul T. Stallsworth, presidente della Taskforce …": the name right before an office with no name after it,
  // an apposition, is its holder's; the owner, if any, follows the office)
  let b = at - 1;
  while (b > 0 && (toks[b] === ',' || /^(?:il|la|lo|l['’])$/iu.test(toks[b]!))) b--;
  if (/^\p{Lu}/u.test(toks[b] ?? '') && !/^\p{Lu}/u.test(toks[at + 1] ?? '')) return false;
  const own = foldAccents(owner.toLowerCase());
  const capital = (w: string | undefined) => !!w && /^\p{Lu}/u.test(w);
  for (let k = at - 1, words = 0; k >= 1 && words < 12; k--) {
    const t = toks[k]!;
    // (nor before a dash: the words before an insert are someone's quotation, not the office's clause — "“La
    // pubblicazione dei dati da parte di Istat – commenta il sindaco X – …”")
    if (STOP.test(t) || DASH.test(t)) break;
    if (!/^[\p{L}]/u.test(t)) continue;
    words++;
    // (not an office's portfolio: "assessore al Bilancio della giunta del sindaco …")
    if (/^(?:al|alla|allo|ai|agli|alle|all['’])$/iu.test(toks[k - 1]!) && isOfficeWord((toks[k - 2] ?? '').toLowerCase().replace(/^(?:l|dell|all|dall|nell|sull)['’]/u, ''))) continue;
    // (nor the name of someone in apposition to another office: "è stata Ada Nasti, assessore al Bilancio …")
    let end = k;
    while (capital(toks[end + 1])) end++;
    if (capital(t) && toks[end + 1] === ',' && isOfficeWord((toks[end + 2] ?? '').toLowerCase()) && (capital(toks[k - 1]) || end > k)) continue;
    // (nor an institution's head noun alone, the town's or region's of the story: "la vita amministrativa del Comune")
    if (end === k && isInstitutionName(t)) continue;
    // (a capital inside the running text: not one opening a sentence or a quotation, "«Si tratta …")
    if (/^\p{Lu}/u.test(t) && /^[\p{L}]/u.test(toks[k - 1]!) && !TITLE.test(t) && !own.includes(foldAccents(t.toLowerCase()))) return true;
  }
  return false;
}

/**
 * Whether a sentence names the holder of an office next to it: the office, then (over lower-case words and its
 * complement) a name of two words or more that is not governed by a preposition, or one of three words or more after
 * one (an organisation then the person: "il sindaco di Ceva Mario Rossi"); or a name of two words or more, a comma,
 * and the office ("Stanislao Saeli, procuratore militare").
 * @param text - a sentence
 * @param office - the office ({@link askedOffice}), matched in any gender and number ("sindaco", "sindaca")
 * @returns true when it names the holder
 * @example
 * namesHolder('Ha parlato il rettore Luigi Dei.', 'rettore') // true
 * namesHolder('Dopo i saluti del rettore gli studenti sono usciti.', 'rettore') // false
 */
export function namesHolder(text: string, office: string): boolean {
  // (an office written in two words is one token: "vice presidente" as "vicepresidente")
  const toks = Array.from(text.matchAll(TOKEN), (m) => m[0]).reduce<string[]>((out, t) => {
    if (/^vice$/iu.test(out[out.length - 1] ?? '') && isOfficeWord(t.toLowerCase())) out[out.length - 1] += t;
    else out.push(t);
    return out;
  }, []);
  // (an office written another way counts as its usual form: "il mister", "l’AD", "il primo cittadino")
  const usual = (w: string) => ROLE_EQUIVALENTS.get(w) ?? w;
  const stem = usual(office).replace(/[aeiou]$/u, '');
  const feminine = feminineStem(usual(office));
  const isOffice = (w: string, k: number) => {
    // (an office after an elided article or preposition is one token: "dell’assessore", "l’allenatore")
    const l = usual(w.toLowerCase().replace(/^(?:l|dell|all|dall|nell|sull|coll)['’]/u, '').replace(/^vice-/u, 'vice'));
    if (stem === 'sindac' && /^cittadin[oa]$/u.test(l) && /^prim[oa]$/iu.test(toks[k - 1] ?? '')) return true;
    // (an office in "-tore" is written "-trice" for a woman: "la direttrice" holds the office of "direttore")
    if (feminine && l.startsWith(feminine) && /^(?:e|i)$/u.test(l.slice(feminine.length))) return true;
    return l.startsWith(stem) && l.length - stem.length <= 2 && /^(?:|[aeiou]|he|hi|essa)$/u.test(l.slice(stem.length));
  };
  const cap = (w: string | undefined) => !!w && /^\p{Lu}/u.test(w);
  for (let i = 0; i < toks.length; i++) {
    if (!isOffice(toks[i]!, i)) continue;
    // "Stanislao Saeli, procuratore …", "Saeli, il procuratore …"
    let b = i - 1;
    if (/^(?:il|la|lo|l['’])$/iu.test(toks[b] ?? '')) b--;
    // (not a list of offices and their holders: "il prefetto di Messina Francesca Ferrandino, il sindaco di Taormina")
    // (a middle initial is part of the name: "Paul T. Stallsworth, presidente della Taskforce")
    const initial = (k: number) => toks[k] === '.' && /^\p{Lu}$/u.test(toks[k - 1] ?? '') && cap(toks[k - 2]);
    const before = toks[b - 2] !== undefined && initial(b - 2) ? b - 3 : b - 2;
    if (toks[b] === ',' && cap(toks[b - 1]) && cap(toks[before])) {
      let n = before;
      while (cap(toks[n - 1])) n--;
      // (an office after an article, within the four words before the name: not a title, "del dottor Nicola Cainazzo,
      // presidente del Coni", nor a word of the clause before, "il settore primario” sottolinea Francesco Vincenzi,")
      const listed = toks.slice(Math.max(0, n - 4), n).some((t, k, words) => isOfficeWord(t.toLowerCase()) && !TITLE.test(t) && ARTICLE.test(words[k - 1] ?? '') && !words.slice(k).some((x) => STOP.test(x)));
      if (!listed) return true;
    }
    let governed = false;
    for (let j = i + 1; j < toks.length && j - i <= 10; j++) {
      const t = toks[j]!;
      // (a short bracket after the place, its province or a party, is passed over: "il primo cittadino di Barzanò (Lc),
      // Gualtiero Chiricò")
      const close = t === '(' ? toks.indexOf(')', j) : -1;
      if (close > j && close - j <= 3) {
        j = close;
        continue;
      }
      // (a title cut short with its stop, even glued to the name: "il sindaco dott.Giuseppe Castronuovo")
      if (t === '.' && TITLE.test(toks[j - 1] ?? '') && cap(toks[j + 1])) continue;
      if (STOP.test(t)) break;
      // another office after a comma: the name after it is that office's ("il sindaco di Taormina, il questore di
      // Messina Giuseppe Cucchiara")
      // (an office as its stem says only in lower case: "Mario", "Ricerca" stem as "marò" and "ricercatore" do)
      if (toks.slice(i + 1, j).includes(',') && (cap(t) ? officeNouns().has(t.toLowerCase()) : isOfficeWord(t.toLowerCase()))) break;
      if (t === ',') {
        governed = false;
        continue;
      }
      if (!cap(t)) {
        governed = PREPOSITION.test(t);
        continue;
      }
      let end = j;
      while (cap(toks[end + 1])) end++;
      const words = end - j + 1;
      // (a run that holds another office is that office's holder: "il ministro Giannini insieme al Pro Rettore Fabrizio
      // Figorilli")
      const another = toks.slice(j, end + 1).some((w) => officeNouns().has(w.toLowerCase()) && !isOffice(w, j));
      if (words >= (governed ? 3 : 2) && !another) return true;
      governed = false;
      j = end;
    }
  }
  return false;
}
