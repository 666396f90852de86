/**
 * Quotation marks and quote-aware sentences: where the quoted words of a paragraph are (“…”, «…», "…"),
 * sentences that never break inside a quotation, and a "frame" of each sentence with the quoted words blanked
 * out, so that words inside a quotation ("si possa sostenere") are never read as the article's own reporting verbs.
 */
import { RANK_ABBREVIATIONS, reportingVerbAt } from './speakerLexicon.js';
import { inShortBracket } from './sentences.js';

/** A quotation inside a text. */
export interface Quotation {
  /** Offset of the opening mark. */
  readonly start: number;
  /** Offset one past the closing mark. */
  readonly end: number;
  /** The quoted words, verbatim, without the marks. */
  readonly inner: string;
}

/** A sentence of a paragraph that never splits a quotation, with the quotations it holds. */
export interface QuoteSentence {
  /** Verbatim text (a substring of the paragraph). */
  readonly text: string;
  /** Offset of its first character inside the paragraph. */
  readonly start: number;
  /** Offset one past its last character. */
  readonly end: number;
  /** Its quotations, offsets relative to the sentence. */
  readonly quotations: readonly Quotation[];
  /** The sentence with every quotation's inner words replaced by spaces (same length, marks kept). */
  readonly frame: string;
}

const PAIRS: Readonly<Record<string, string>> = { '“': '”', '«': '»', '"': '"', '„': '“' };

/**
 * Finds the quotations of a text: typographic “…”, guillemets «…» and straight "…" (paired in order; two apostrophes
 * count as a straight mark, two typographic single marks as a typographic one, ‘’ opening and ’’ closing; "<<" and ">>"
 * as guillemets).
 * A straight mark with no straight mark after it may close with a typographic one ("…»), and a typographic one with no
 * closing mark of its own with a straight one («…"); a closing ” right before a
 * word opens a quotation (”…”); any other opening mark without its closing mark quotes nothing; a closing mark
 * without its opening mark quotes from the colon before it.
 * @param text - a paragraph or sentence
 * @returns quotations in order, never nested
 * @example
 * findQuotations('“Sì”, dice.').map((q) => q.inner) // ['Sì']
 */
export function findQuotations(original: string): Quotation[] {
  const out: Quotation[] = [];
  // Two apostrophes stand for a straight double mark in typewritten copy (''Abbiamo …'', "Non c'è …''): read as one
  // mark here, the second apostrophe marked so the quotation's words leave it out.
  // "<<…>>", as some web copy writes guillemets, is read as «…» the same way.
  // Two typographic single marks stand for one typographic double mark the same way: ‘’ (or ‘‘) opens, ’’ closes.
  let text = original.includes("''") ? original.replace(/''/g, '"\u0001') : original;
  if (/‘[‘’]|’’/.test(text)) text = text.replace(/‘[‘’]/g, '“\u0001').replace(/’’/g, '”\u0001');
  if (text.includes('<<')) text = text.replace(/<<(?!<)/g, '«\u0001').replace(/>>(?!>)/g, '»\u0001');
  // "“… Capitale della Cultura 2024″ ha sottolineato": a double prime typed for the closing mark of an open quotation
  if (text.includes('″')) text = text.replace(/″/g, (m, k: number) => (text.lastIndexOf('“', k) > text.lastIndexOf('”', k) ? '”' : m));
  text = closingOpeners(singleMarks(singleTypographicMarks(text)));
  const wide = (at: number) => (text[at + 1] === '\u0001' ? 1 : 0);
  // Whether a mark stands where a closing one would: after a word or a stop, before a space, a stop or the end.
  const closingPlace = (at: number) => /[\p{L}\p{N}.!?…]/u.test(text[at - 1]!) && /^(?:[\s.,;:!?)]|$)/u.test(text.slice(at + 1 + wide(at)));
  const last = new Map<string, number>();
  const lastOf = (mark: string) => {
    let at = last.get(mark);
    if (at === undefined) last.set(mark, (at = text.lastIndexOf(mark)));
    return at;
  };
  let i = 0;
  while (i < text.length) {
    // A closing mark written for the opening one (”Finalmente …”), as hasty copy does: right before a word, after a
    // space, a colon or the text's start.
    const close = PAIRS[text[i]!] ?? (text[i] === '”' && /^[\s:(–—-]?$/u.test(text[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '') ? '”' : undefined);
    if (close === undefined) {
      i++;
      continue;
    }
    // (each closing mark's last position, found once: many opening marks with none after them read in linear time)
    let j = lastOf(close) > i ? text.indexOf(close, i + 1) : -1;
    // "Il dato … relativo ai prodotti ad "alta frequenza d'acquisto", cioè quelli … privarsi".": a straight mark that
    // opens (a space before it, a word after it) quotes inside the quotation; the quotation closes at the mark after
    // the inner one's closing mark
    // (several inner ones too, the last sharing the quotation's closing mark when nothing but a stop follows it: "…
    // questo piccolo e "ardito" festival di "musica attuale".")
    if (close === '"' && j > 0) {
      const opens = (at: number) => /\s/u.test(text[at - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[at + 1] ?? '');
      const closes = (at: number) => /[\p{L}\p{N}.!?…)]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + 1] ?? '');
      // (past the first inner one, only words or short names in quotation marks: "ardito", "musica attuale")
      const short = (from: number, to: number) => text.slice(from + 1, to).trim().split(/\s+/u).length <= 4;
      for (let at = j, n = 0; n < 4 && opens(at); n++) {
        const inner = text.indexOf('"', at + 1);
        if (inner < 0 || !closes(inner)) break;
        const outer = text.indexOf('"', inner + 1);
        if (outer < 0) {
          if (short(at, inner) && /^[\s.!?…]*$/u.test(text.slice(inner + 1))) j = inner;
          break;
        }
        if (closes(outer)) {
          j = outer;
          break;
        }
        if (!opens(outer) || !short(at, inner)) break;
        at = outer;
      }
    }
    // "Se dovesse … coscienza»": copy that opens with a straight mark and closes with a typographic one
    if (j < 0 && close === '"' && Math.max(lastOf('»'), lastOf('”')) > i) {
      const k = text.slice(i + 1).search(/[»”]/);
      if (k >= 0 && !/[«“]/.test(text.slice(i + 1, i + 1 + k))) j = i + 1 + k;
    }
    // "«Le nuove tecnologie … in regola\"": the mirror case, a typographic opening closed with a straight mark that
    // stands where a closing one would
    if (j < 0 && (close === '»' || close === '”') && lastOf('"') > i) {
      const k = text.slice(i + 1).search(/["«“]/);
      const at = i + 1 + k;
      if (k > 0 && text[at] === '"' && closingPlace(at)) j = at;
    }
    // "«Erano 10 anni che non ci mettevo piede – ha detto – è questo mi produce una certa emozione”.": a guillemet
    // closed with the other typographic mark, or the other way round, where a closing one would stand
    if (j < 0 && (close === '»' || close === '”')) {
      const other = close === '»' ? '”' : '»';
      const k = text.slice(i + 1).search(/["«“»”]/);
      const at = i + 1 + k;
      if (k > 0 && text[at] === other && closingPlace(at)) j = at;
    }
    // "Il sindaco Antonio Pasquini: “Serve una spinta maggiore … invitando le persone qui.": a quotation a colon opens
    // and nothing closes runs to the text's end
    // (also one opening the paragraph, as a quotation run over paragraphs opens each of them: "\"Ringrazio - dice X -
    // tutti i volontari …")
    const openEnded = j < 0 && (/:\s*$/u.test(text.slice(Math.max(0, i - 3), i)) || !text.slice(0, i).trim()) && !/["“”«»„]/u.test(text.slice(i + 1)) && /[.!?…]\s*$/u.test(text) && (text.length - i) >= 40;
    if (openEnded) {
      out.push({ start: i, end: text.length, inner: original.slice(i + 1 + wide(i)).replace(/\s+$/u, '') });
      break;
    }
    if (j < 0) {
      i++;
      continue;
    }
    // "“Questa infrastruttura è un fiore all’occhiello – ha affermato il sindaco Mario Rossi. “Un chiaro esempio …”": a
    // quotation left open, an insert after a dash closed by a full stop, and the next quotation opened: the first ends
    // at the dash
    const reopened = close === '”' || close === '»' ? text.indexOf(text[i]!, i + 1) : -1;
    if (reopened > i && reopened < j) {
      const words = text.slice(i + 1, reopened);
      const dash = /^(.*\S)\s+[–—-]\s+\p{Ll}[^–—\n]*[.!?]\s*$/su.exec(words);
      // (the same with the insert after a comma: "“visto il livello delle giacenze, ha commentato il commissario X.
      // Il vero problema, aggiunge, “è …”")
      const insert = dash ? dash[1]!.length : commaInsert(words);
      // (or closed with an apostrophe, as its closing mark, before a verb of saying: "“Da 5 anni presiedo questa
      // squadra’ dice X: …": the mark goes with the quotation)
      const apostrophe = insert === undefined ? apostropheClose(words) : undefined;
      const cut = insert ?? apostrophe;
      if (cut !== undefined) {
        const d = i + 1 + cut;
        const end = apostrophe === undefined ? d : d + 1;
        out.push({ start: i, end, inner: original.slice(i + 1 + wide(i), d) });
        i = end;
        continue;
      }
      // "“Chiediamo quattro cose … sullo stabilimento di Bologna". Poi alcune parole: “Non mi interessano …“, punge X":
      // a quotation closed with the one straight mark before the next opening one, where a closing mark would stand
      const straight = words.indexOf('"');
      if (straight >= 0 && words.indexOf('"', straight + 1) < 0 && closingPlace(i + 1 + straight)) {
        const d = i + 1 + straight;
        out.push({ start: i, end: d + 1 + wide(d), inner: original.slice(i + 1 + wide(i), d) });
        i = d + 1 + wide(d);
        continue;
      }
      // "“È pazzesco. Come ha detto il Papa, gli incidenti “sono delle calamità” che … morti”. Lo ha detto X": a
      // quotation quoting inside itself with the same marks closes at the mark that balances its own
      let depth = 0;
      for (let k = i; k < text.length; k++) {
        if (text[k] === text[i]) depth++;
        else if (text[k] === close && --depth === 0) {
          j = k;
          break;
        }
      }
    }
    const inner = original.slice(i + 1 + wide(i), j);
    const end = j + 1 + wide(j);
    // A straight quote that wraps a whole paragraph's worth of text is more likely a stray mark than a quotation, unless
    // a colon opens it and the text ends with it ("… ai microfoni: "I ragazzi … si affeziona".") or a reporting verb is
    // inserted in it between dashes ("\"Abbiamo lavorato … - spiega Marrazzo - Le polemiche …\"").
    // So is a reporting verb between commas right before it ("L’evento, spiega l’Ateneo, "si è aperto …".").
    const framed = ((/:\s*$/u.test(text.slice(Math.max(0, i - 4), i)) || insertBefore(text, i)) && /^[\s.,;!?…]*$/u.test(text.slice(end))) || insertsVerb(inner);
    // "“Il governo faccia la sua parte - hanno lanciato un appello il presidente X e quello di Y”.": an insert after a
    // dash that the closing mark ends, its own closing dash left out — the words end at the dash, and the insert,
    // outside them, names who said them
    const trailing = /^[\s.,;!?…]*$/u.test(text.slice(end)) ? trailingInsert(inner) : undefined;
    if (trailing !== undefined) {
      const cut = i + 1 + wide(i) + trailing;
      out.push({ start: i, end: cut, inner: inner.slice(0, trailing) });
      i = end;
      continue;
    }
    if (inner.trim() && !(text[j] === '"' && inner.length > 600 && !framed)) out.push({ start: i, end, inner });
    i = end;
  }
  return withUnmarkedOpenings(original, out);
}

/**
 * Where a quotation left open ends when a comma, a reporting verb and a full stop follow its words before the next
 * quotation opens: the offset of that comma in `words`, or undefined.
 * @param words - the text from after the opening mark to the next opening mark
 * @returns the comma's offset
 */
function commaInsert(words: string): number | undefined {
  for (const { at, verb } of marksBeforeVerb(words, /\S,\s+(?=\p{Ll})/gu)) {
    // (the insert ends its sentence before the quotation goes on)
    if (/[.!?]\s+\p{Lu}/u.test(words.slice(verb.index + verb[0].length))) return at;
  }
  return undefined;
}

/**
 * Where a quotation left open ends when an apostrophe typed for its closing mark stands before a reporting verb,
 * before the next quotation opens: the apostrophe's offset in `words`, or undefined.
 * @param words - the text from after the opening mark to the next opening mark
 * @returns the apostrophe's offset
 */
function apostropheClose(words: string): number | undefined {
  for (const { at } of marksBeforeVerb(words, /[\p{L}.!?]['’]\s+(?=\p{Ll})/gu)) return at;
  return undefined;
}

/**
 * The marks of a text that a reporting verb follows, after spaces.
 * @param words - the text
 * @param marks - a global pattern matching one character, the mark, then spaces
 * @yields each mark's offset, with the verb after it
 */
function* marksBeforeVerb(words: string, marks: RegExp): Generator<{ at: number; verb: RegExpExecArray }> {
  for (const c of words.matchAll(marks)) {
    const verb = reportingVerbAt(words, c.index + c[0].length);
    if (verb) yield { at: c.index + 1, verb };
  }
}

/**
 * Copy that closes a quotation with the opening mark ("“Io avrei scelto … identità“, ha detto"), as hasty copy writes
 * it: each “ right after a word or a stop and before a space, punctuation or the end is read as ”, in a copy of the
 * same length (offsets hold).
 * @param text - a paragraph
 * @returns the text with those marks as ”
 */
export function closingOpeners(text: string): string {
  if (!text.includes('“')) return text;
  // (pieces joined once: linear however many marks the text holds)
  const pieces: string[] = [];
  let from = 0;
  for (let k = text.indexOf('“'); k >= 0; k = text.indexOf('“', k + 1)) {
    if (!closesAsOpener(text, k)) continue;
    pieces.push(text.slice(from, k), '”');
    from = k + 1;
  }
  if (!pieces.length) return text;
  pieces.push(text.slice(from));
  return pieces.join('');
}

// Whether the “ at k closes a quotation, as hasty copy writes it: right after a word or a stop, before a space,
// punctuation or the end ("… la nostra identità“, ha detto"); or with punctuation right after it, which no opening
// mark has ("… è l’umiltà “, ha detto").
function closesAsOpener(text: string, k: number): boolean {
  if (text[k] !== '“') return false;
  return (/[\p{L}\p{N}.!?…]/u.test(text[k - 1] ?? '') && /^[\s,.;:!?)]?$/u.test(text[k + 1] ?? '')) || /^[,.;:!?)]$/u.test(text[k + 1] ?? '');
}

// A dash that opens an insert, then the insert's first word: "… libertà - spiega Marrazzo - Le …".
const INSERT_OPENING = /\s[-–—]\s+(?=\p{Ll})/gu;
/**
 * Whether quoted words have a reporting verb inserted between dashes ("- spiega Marrazzo -", "– ha detto –").
 * @param inner - the quoted words
 * @returns true when a dash opens an insert whose first words are a reporting verb, closed by another dash
 */
function insertsVerb(inner: string): boolean {
  for (const m of inner.matchAll(INSERT_OPENING)) {
    const at = m.index + m[0].length;
    const verb = reportingVerbAt(inner, at);
    if (verb && /^[^-–—.!?]{0,80}[-–—]/u.test(inner.slice(at + verb[0].length))) return true;
  }
  return false;
}

/**
 * Where quoted words end when their last words are an insert after a dash that opens with a reporting verb and runs to
 * the closing mark, with no dash of its own after it ("… la sua parte - hanno detto il presidente X e il sindaco Y").
 * @param inner - the quoted words
 * @returns the offset of the space before that dash, or undefined
 */
function trailingInsert(inner: string): number | undefined {
  const last = [...inner.matchAll(INSERT_OPENING)].at(-1);
  if (!last || last.index < 20) return undefined;
  const at = last.index + last[0].length;
  const rest = inner.slice(at);
  if (rest.length > 160 || /[-–—.!?;:“”«»"]/u.test(rest.replace(/[.!?]\s*$/u, ''))) return undefined;
  return reportingVerbAt(inner, at) ? last.index : undefined;
}

/**
 * Whether a reporting verb stands between commas right before offset `at` ("L’evento, spiega l’Ateneo, |"…"").
 * @param text - the text
 * @param at - the offset of an opening mark
 * @returns whether it does
 */
function insertBefore(text: string, at: number): boolean {
  const m = /,\s+(\p{Ll}[^,.;:!?"“”«»]{1,80}),\s*$/u.exec(text.slice(Math.max(0, at - 90), at));
  return !!m && reportingVerbAt(m[1]!, 0) !== null;
}

/**
 * Copy that quotes with typographic single marks (‘I cinghiali rappresentano un problema’, ha commentato …): an
 * opening ‘ (at the start, or after a space, a bracket, a colon or a dash) and the next ’ that closes (after a word or a
 * stop, before a space, a stop or the end — not the apostrophe of "l’agricoltura") are read as straight double marks,
 * in a copy of the same length.
 * @param text - the text
 * @returns the text with those marks as '"'
 */
function singleTypographicMarks(text: string): string {
  if (!text.includes('‘')) return text;
  const out = text.split('');
  for (let i = text.indexOf('‘'); i >= 0; i = text.indexOf('‘', i + 1)) {
    if (!(i === 0 || /[\s(:–—-]/u.test(text[i - 1]!)) || !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) continue;
    for (let j = text.indexOf('’', i + 1); j >= 0; j = text.indexOf('’', j + 1)) {
      if (text[j + 1] === '‘' || /[‘“«]/u.test(text.slice(i + 1, j))) break;
      if (/[\p{L}\p{N}.!?…]/u.test(text[j - 1]!) && (j + 1 >= text.length || /[\s.,;:!?)»”]/u.test(text[j + 1]!))) {
        out[i] = '"';
        out[j] = '"';
        i = j;
        break;
      }
    }
  }
  return out.join('');
}

/**
 * Typewritten copy that quotes with single apostrophes and writes accents as apostrophes ("'Si potra' andare da
 * Torino a Roma in 4 ore', spiega …"): in a text with no other quotation mark, an apostrophe that opens a quotation
 * (at the start, or after a space, a bracket or a colon, before a capital letter or a digit) and the next one that
 * closes it (before a stop, a comma, a colon, a bracket or the end; an accent's apostrophe goes on: "potra' andare")
 * are read as straight double marks, in a copy of the same length.
 * @param text - the text
 * @returns the text with those apostrophes as '"'
 */
function singleMarks(text: string): string {
  if (!text.includes("'") || /[“”«»"„]/u.test(text)) return text;
  // (code units, not code points: the positions must stay the text's own)
  const out = text.split('');
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "'") continue;
    if (open < 0) {
      if ((i === 0 || /[\s(:–—-]/u.test(text[i - 1]!)) && /[\p{Lu}\d]/u.test(text[i + 1] ?? '')) open = i;
      continue;
    }
    if (/[\p{L}\p{N}.!?…]/u.test(text[i - 1] ?? '') && (i + 1 >= text.length || /[.,;:!?)]/u.test(text[i + 1]!))) {
      out[open] = '"';
      out[i] = '"';
      open = -1;
    }
  }
  return out.join('');
}

/**
 * A closing mark whose opening mark was left out, in copy written in haste ("Rossi, Verdi:Sono posizioni …”"):
 * the quotation opens at the colon right before it, when the colon is followed by a capital letter and nothing
 * between the colon and the closing mark is quoted. The colon stands for the opening mark (`start`).
 */
const UNMARKED_OPENING = /:\s?(?=\p{Lu})/gu;
const LONE_CLOSERS = /[”»]/g;

function withUnmarkedOpenings(text: string, found: Quotation[]): Quotation[] {
  const out = [...found];
  for (const close of text.matchAll(LONE_CLOSERS)) {
    const j = close.index;
    if (out.some((q) => j >= q.start && j < q.end)) continue;
    const floor = Math.max(0, ...out.filter((q) => q.end <= j).map((q) => q.end), j - 600);
    const stretch = text.slice(floor, j);
    if (/[“«"„]/.test(stretch)) continue;
    let colon = -1;
    for (const m of stretch.matchAll(UNMARKED_OPENING)) colon = floor + m.index;
    if (colon < 0) continue;
    const inner = text.slice(colon + 1, j);
    if (inner.trim()) out.push({ start: colon, end: j + 1, inner });
  }
  return out.sort((a, b) => a.start - b.start);
}

// Abbreviations whose full stop ends no sentence, offices and ranks written with stops among them ("l’a.d. Mario
// Rossi", "il d.g.", "il col. Florimondo Forleo"); a month after a day ("Roma, 27 set. (askanews) –") as in datelines; a capital initial ("J. Smith"). Word
// edges are Unicode letters: "città." and "perché." end sentences.
const ABBREVIATION_WORD = new RegExp(
  String.raw`(?:(?<![\p{L}\p{M}])(?:sig|sigg|dott|prof|ing|avv|ecc|es|cfr|pag|art|vol|cap|fig|n|nr|mr|mrs|ms|dr|jr|sr|st|inc|ltd|co|vs|etc|${RANK_ABBREVIATIONS.join('|')}|a\.d|d\.g|a\.u|d\.s|c\.t|d\.t)|(?<![\p{L}\p{M}\d])\d{1,2}\s(?:gen|feb|mar|apr|mag|giu|lug|ago|sett?|ott|nov|dic|jan|jun|jul|aug|sept?|oct|dec))\.$`,
  'iu',
);
const INITIAL = /(?<![\p{L}\p{M}])\p{Lu}\.$/u;
const isAbbreviation = (s: string) => ABBREVIATION_WORD.test(s) || INITIAL.test(s);

/**
 * Splits a paragraph into sentences that never break inside a quotation: a sentence ends at `.`, `!`, `?` or
 * `…` outside quotation marks followed by a space, or at a closing mark right after such a stop
 * (`“… succederà.” Poi`), and also between `. “` when a new quotation opens a new sentence.
 * @param paragraph - the paragraph text
 * @returns sentences covering the paragraph, with their quotations and frames
 */
/** The first one or two characters of the next word after spaces, read at a position (sticky). */
const NEXT_WORD = /\s+(\S\S?)/y;

export function quoteSentences(paragraph: string): QuoteSentence[] {
  const quotations = findQuotations(paragraph);
  // Quotations are in order and never nested: one pointer follows the scan (linear in the paragraph).
  let at = 0;
  const inside = (pos: number) => {
    while (at < quotations.length && quotations[at]!.end - 1 <= pos) at++;
    const q = quotations[at];
    return !!q && pos > q.start && pos < q.end - 1;
  };
  const ends = new Set(quotations.map((q) => q.end));
  const starts = new Set(quotations.map((q) => q.start));
  const cuts: number[] = [];
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i]!;
    let end = -1;
    if (/[.!?…]/.test(ch) && !inside(i)) {
      end = i + 1;
      while (end < paragraph.length && /[.!?…)\]]/.test(paragraph[end]!)) end++;
      if (ch === '.' && (isAbbreviation(paragraph.slice(Math.max(0, i - 8), i + 1)) || inShortBracket(paragraph, i, end - i))) end = -1;
    } else if (ends.has(i + 1) && i > 0 && /[.!?…]/.test(paragraph[i - 1]!)) {
      end = i + 1;
    }
    if (end < 0) continue;
    // what follows, read in place (a copy of the rest at every stop made long paragraphs quadratic)
    NEXT_WORD.lastIndex = end;
    const next = NEXT_WORD.exec(paragraph);
    // (or a quotation opened with a single apostrophe, as typewritten copy does: "… Moretti. 'Si potra' …'")
    if (next && (/^[\p{Lu}\d“«"„(]/u.test(next[1]!) || next[1] === "''" || (/^'\p{Lu}/u.test(next[1]!) && starts.has(NEXT_WORD.lastIndex - 2)))) cuts.push(end);
  }
  const out: QuoteSentence[] = [];
  let from = 0;
  for (const cut of [...cuts, paragraph.length]) {
    const raw = paragraph.slice(from, cut);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) {
      const start = from + lead;
      const qs = quotations
        .filter((q) => q.start >= start && q.end <= start + text.length)
        .map((q) => ({ start: q.start - start, end: q.end - start, inner: q.inner }));
      // A run-in head in capitals opening the paragraph ("SOLINAS - “…”", "GIOIA IMMENSA – …") is no part of the
      // sentence's syntax: the frame leaves it blank.
      const head = start === 0 ? RUN_IN_HEAD.exec(text) : null;
      const masked = maskQuotations(text, qs);
      // (news calls the mayor "il primo cittadino": the frame reads the office, padded to keep every offset)
      const frame = masked.replace(FIRST_CITIZEN, (m) => (/a$/iu.test(m) ? 'sindaca' : 'sindaco').padEnd(m.length, ' '));
      out.push({ text, start, end: start + text.length, quotations: qs, frame: head ? ' '.repeat(head[0].length) + frame.slice(head[0].length) : frame });
    }
    from = cut;
  }
  return out;
}

const OPENERS = /[“«]/u;
const CLOSERS = /[”»]/u;
/** How many paragraphs a quotation may run over before its closing mark. */
const MAX_RUN = 8;

/**
 * Quotations that run over several paragraphs, as Italian copy prints a long statement: the opening mark in one
 * paragraph (“La squadra ci ha creduto …), the closing mark in a later one (… una gara fondamentale”.), the
 * paragraphs between unmarked (or, in the English way, each reopened with the opening mark). Only typographic marks
 * and guillemets: a straight mark does not say whether it opens or closes. A quotation is run on only when its
 * closing mark comes, within eight paragraphs.
 * @param paragraphs - the paragraphs' texts, in order
 * @returns for each paragraph, whether it starts inside a quotation and whether it ends inside one
 */
export function quotationRuns(paragraphs: readonly string[]): { openStart: boolean; openEnd: boolean }[] {
  const out = paragraphs.map(() => ({ openStart: false, openEnd: false }));
  // Whether a paragraph, entered inside or outside a quotation, ends inside one; and whether it closes one it was
  // entered in (a closing mark before any opening mark).
  // An opening mark with nothing but punctuation after it closes ("… in rosa“."), as hasty copy writes it.
  // (straight marks, which cannot say whether they open or close, count only in a run that a paragraph opens with
  // one: "\"Ci siamo finalmente lasciati …" … "… di accogliervi\", ha detto il rettore")
  const walk = (text: string, inside: boolean, straight: boolean) => {
    let closesEntered = false;
    let opened = false;
    // quotations open at this point: a quotation nested in another («… sono stata “ufficialmente” informata …) closes
    // before the one around it
    let depth = inside ? 1 : 0;
    // where the text's last word ends: an opening mark after it has only punctuation after it
    let lastWord = text.length - 1;
    while (lastWord >= 0 && /[\s.,;:!?…“”«»]/u.test(text[lastWord]!)) lastWord--;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      // (a straight mark opens before a word when no word or number ends right before it: ` "Sì`, `:"Io`, `,"confrontare`;
      // else it closes)
      const straightOpens = straight && ch === '"' && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && /[\p{L}\p{N}'‘’«…]/u.test(text[i + 1] ?? '');
      const closing = CLOSERS.test(ch) || (straight && ch === '"' && !straightOpens) || (OPENERS.test(ch) && i > lastWord);
      if (straightOpens) {
        depth++;
        opened = true;
      } else if (closing) {
        // the quotation the paragraph was entered in closes when no quotation opened in it is still open
        if (inside && depth === 1) closesEntered = true;
        depth = Math.max(0, depth - 1);
      } else if (OPENERS.test(ch)) {
        depth++;
        opened = true;
      }
    }
    return { endsInside: depth > 0, closesEntered, opened };
  };
  // Whether a paragraph starts by opening a quotation again (the English way of running one on).
  const reopens = paragraphs.map((p) => OPENERS.test(p.trimStart()[0] ?? ''));
  for (let i = 0; i < paragraphs.length; i++) {
    // A run of straight marks starts where a paragraph opens with one, or where a paragraph leaves one open after a
    // colon or a space, its only unpaired straight mark (`… le corse dei bus: "Sappiamo che ci sono disagi …` then
    // `… efficiente".`): that one runs on into the next paragraph alone.
    const opensRun = paragraphs[i]!.trimStart().startsWith('"');
    const straight = opensRun || leavesStraightOpen(paragraphs[i]!);
    if (!walk(paragraphs[i]!, false, straight).endsInside) continue;
    // The run: paragraphs entered inside the quotation, up to the one that closes it.
    let k = i + 1;
    let closed = -1;
    let stopped = false;
    for (; k < paragraphs.length && k <= i + (straight && !opensRun ? 1 : MAX_RUN); k++) {
      const text = paragraphs[k]!.trimStart();
      const w = walk(reopens[k] ? text.slice(1) : text, true, straight);
      if (!w.closesEntered && w.opened) {
        stopped = true;
        break;
      }
      if (!w.endsInside) {
        if (w.closesEntered) closed = k;
        stopped = true;
        break;
      }
    }
    // (a quotation opening the paragraph after one that announces it with a colon, and never closed, no other mark in
    // the paragraphs after it, runs to the article's end: a statement or a post printed whole, its closing mark left out)
    const announced = i > 0 && /:\s*$/u.test(paragraphs[i - 1]!) && (opensRun || OPENERS.test(paragraphs[i]!.trimStart()[0] ?? ''));
    if (closed < 0 && !stopped && k === paragraphs.length && k > i + 1 && announced) closed = k - 1;
    if (closed < 0) continue;
    out[i]!.openEnd = true;
    for (let j = i + 1; j <= closed; j++) {
      out[j]!.openStart = !reopens[j];
      out[j]!.openEnd = j < closed;
    }
    i = closed - 1;
  }
  return out;
}

/**
 * Whether a paragraph's last straight mark opens a quotation it never closes: an odd number of straight marks, the last
 * after a colon or a space and before a letter.
 * @param text - the paragraph
 * @returns whether it does
 */
function leavesStraightOpen(text: string): boolean {
  const marks = [...text.matchAll(/"/gu)].map((m) => m.index);
  const last = marks[marks.length - 1];
  return marks.length % 2 === 1 && last !== undefined && /[\s:]/u.test(text[last - 1] ?? ' ') && /\p{L}/u.test(text[last + 1] ?? '');
}

/** "il primo cittadino", "la prima cittadina": the mayor, as news calls them. */
const FIRST_CITIZEN = /(?<![\p{L}])(prim[oa])\s+cittadin[oa](?![\p{L}])/giu;

/** A run-in head: words in capitals, then a dash ("SOLINAS - ", "GIOIA IMMENSA – "). */
const RUN_IN_HEAD = /^\p{Lu}[\p{Lu}’' ]*\p{Lu}\s+[-–—]\s+/u;

/** Whether two typographic single marks standing for one double mark (‘’, ‘‘, ’’) start at `at`. */
const doubled = (text: string, at: number): boolean => /^[‘’]{2}/.test(text.slice(at, at + 2));

/**
 * Blanks out the inner words of quotations, keeping offsets and the marks themselves.
 * @param text - a sentence
 * @param quotations - its quotations (offsets into `text`)
 * @returns the text with each quotation's inner characters replaced by spaces
 */
export function maskQuotations(text: string, quotations: readonly Quotation[]): string {
  let out = '';
  let at = 0;
  for (const q of quotations) {
    // A mark of two apostrophes ('', or typographic ‘’ and ’’) is kept as the straight double mark it stands for, "<<"
    // and ">>" as guillemets.
    // A single apostrophe read as a mark (typewritten copy: 'Si potra' …') is a straight double mark too.
    const open = text.startsWith("''", q.start) || text[q.start] === "'" ? '"' : doubled(text, q.start) ? '“' : text.startsWith('<<', q.start) ? '«' : text[q.start]!;
    out += text.slice(at, q.start) + open + ' '.repeat(Math.max(0, q.end - q.start - 2));
    at = q.end - 1;
    if (text[q.end - 1] === "'" && !text.startsWith("''", q.end - 2)) {
      out += '"';
      at = q.end;
    }
    // (a double prime typed for the closing mark; a quotation left open ends at a word, masked with the rest)
    if (text[q.end - 1] === '″') {
      out += '”';
      at = q.end;
    } else if (/[\p{L}\p{N}]/u.test(text[q.end - 1] ?? '')) {
      out += ' ';
      at = q.end;
    }
    if (q.end - q.start >= 4 && (doubled(text, q.end - 2) || text.startsWith("''", q.end - 2) || text.startsWith('>>', q.end - 2))) {
      out += text[q.end - 1] === '>' ? '»' : text[q.end - 1] === "'" ? '"' : '”';
      at = q.end;
    }
    // ("«…»., ha continuato X": a stray full stop between the closing mark and the comma)
    if (text.startsWith('.,', q.end)) {
      out += text.slice(at, q.end) + ' ';
      at = q.end + 1;
    }
  }
  return out + text.slice(at);
}
