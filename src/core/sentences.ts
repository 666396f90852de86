/**
 * Sentence splitting for Italian (and English) prose: one splitter for the index, excerpts, quotes and summaries.
 *
 * A sentence ends at `.`, `!`, `?`, `…` or `...`, together with the quotation marks and brackets that close right
 * after it (`…fare.”`, `…vero?»`) and any Wikipedia citation marks (`.[12]`, `. 162-164 Nel …`), when the next
 * sentence starts: a capital letter, a digit, or an opening quotation mark or bracket. It does not end
 * - before a lower-case word (`in c. a. e relativo`, `ecc. ma possono`);
 * - after an abbreviation that always leads into something (`sig. Costa`, `art. 5`, `n. 139/2004`, `St. Louis`);
 * - after an initial (`Allan L. Benson`, `J. P. Morgan`, `S. W. A. T.`) or an abbreviation that can close a
 *   phrase (`ecc.`, `S.p.A.`, `Inc.`), unless the next word is a capitalised function word, which is how a new
 *   sentence opens (`…, ecc. Il ministro …`, `… S. W. A. T. Nello stesso anno …`);
 * - inside a number (`1.000`, `3.5`) or inside an elided bracket (`[…]`);
 * - inside a quotation opened within the sentence that goes on for more sentences and closes soon after
 *   (`disse:"Sono addolorato. Era un amico."` is one sentence). A quotation that opens its sentence is sentences of
 *   its own (`«Sono orgoglioso. Ho trovato le risorse», dice.` is two), as an interview prints its answers.
 *
 * Brano keeps its own splitter rather than natural's `SentenceTokenizer`: that one rebuilds its pattern on every
 * call and matches abbreviations without a word boundary, so `ing.` swallows the end of "marketing." and `Co.`
 * of "pubblico.". The rules here are tables compiled once.
 */
import type { Sentence } from './types.js';

/** How an abbreviation behaves before a capitalised word. */
type AbbreviationKind = 'leads' | 'closes';

/**
 * Abbreviations, written as before their final dot. `leads`: a title or a reference that is always followed by
 * what it names (never the end of a sentence); `closes`: it can end a phrase, so a capitalised function word
 * after it starts a new sentence. Entries in lower case also match with a capital first letter ("Art. 5").
 * Single letters are initials and are handled apart.
 */
const ABBREVIATIONS: Readonly<Record<string, AbbreviationKind>> = {
  // Italian titles and forms of address
  sig: 'leads', sigg: 'leads', 'sig.ra': 'leads', sigra: 'leads', dott: 'leads', 'dott.ssa': 'leads', dottssa: 'leads',
  prof: 'leads', 'prof.ssa': 'leads', ing: 'leads', avv: 'leads', arch: 'leads', geom: 'leads', rag: 'leads',
  mons: 'leads', cav: 'leads', egr: 'leads', gent: 'leads', spett: 'leads', sra: 'leads', 'ill.mo': 'leads',
  // also words ("on", "gen"), or titles that can close a name ("Sr")
  on: 'closes', sen: 'closes', gen: 'closes', fr: 'closes', sr: 'closes',
  // "il col. Florimondo Forleo": as a word, "col" (con il) never ends a sentence
  col: 'leads',
  // references and measures
  pag: 'leads', pagg: 'leads', pp: 'leads', art: 'leads', artt: 'leads', nr: 'leads', nn: 'leads', vol: 'leads',
  voll: 'leads', cap: 'leads', capp: 'leads', fig: 'leads', figg: 'leads', tab: 'leads', cfr: 'leads', vd: 'leads',
  es: 'leads', 'p.es': 'leads', ca: 'leads', 'c.a': 'leads', tel: 'leads', cell: 'leads', fax: 'leads', num: 'leads', par: 'leads', lett: 'leads',
  'ad es': 'leads', vs: 'leads', 'e.g': 'leads', 'i.e': 'leads', cit: 'closes', op: 'leads',
  // a song's credits ("Shablo feat. Guè")
  feat: 'leads',
  // English titles and places
  Mr: 'leads', Mrs: 'leads', Ms: 'leads', Dr: 'leads', St: 'leads', Mt: 'leads', Ft: 'leads', Gov: 'leads',
  Rep: 'leads', Rev: 'leads', Lt: 'leads', Capt: 'leads', Sgt: 'leads',
  // abbreviations that can end a phrase
  ecc: 'closes', etc: 'closes', 'S.p.A': 'closes', 'S.p.a': 'closes', 's.p.a': 'closes', 'S.r.l': 'closes',
  's.r.l': 'closes', 'S.n.c': 'closes', 'S.a.s': 'closes', Inc: 'closes', Ltd: 'closes', Co: 'closes',
  Corp: 'closes', Bros: 'closes', Jr: 'closes', 'a.C': 'closes', 'd.C': 'closes', 'U.S': 'closes', 'U.S.A': 'closes',
  'U.K': 'closes', 'D.C': 'closes', 'a.m': 'closes', 'p.m': 'closes',
};

/** Capitalised words that open sentences rather than names: articles, prepositions, pronouns, conjunctions. */
const OPENERS = new Set(
  (
    'il lo la i gli le l un uno una del dello della dei degli delle dell al allo alla ai agli alle all dal dallo ' +
    'dalla dai dagli dalle dall nel nello nella nei negli nelle nell sul sullo sulla sui sugli sulle sull di a da ' +
    'in con su per tra fra e ed o ma però quindi inoltre anche poi infine dopo prima durante mentre quando se ' +
    'come dove perché poiché sebbene benché anzi tuttavia pertanto questo questa questi queste quello quella ' +
    'quelli quelle ciò egli ella esso essa essi esse lui lei loro non ci si ne vi c è era sono fu furono ha hanno ' +
    'alcuni alcune molti molte tutti tutte ogni nessuno altri altre secondo oggi ieri allora così già oltre ' +
    'nonostante invece infatti dunque perciò eppure inizialmente successivamente attualmente entro verso fino ' +
    'circa sempre spesso ora qui cioè sia né ancora solo soltanto persino quasi dal ' +
    'the a an in on at of for by with from this that these those it he she they we but and or so then however ' +
    'after before during when while if as there here his her their its'
  ).split(' '),
);

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\d/;
const SPACE = /\s/u;
/** Quotation marks and brackets that close right after a sentence's final mark. */
const CLOSERS = new Set(['"', '”', '»', '’', "'", ')', ']', '›']);
/** The longest stretch a quotation still open at a sentence's end may run on before it closes, in characters. */
const QUOTATION_SPAN = 300;
/** Marks that open a sentence. */
const OPENERS_MARKS = new Set(['"', '“', '«', '‘', "'", '(', '[', '‹', '-', '—', '–']);
/** The end of a sentence: dots, ellipses, exclamation and question marks, possibly several. */
const TERMINAL = /[.!?…]+/gu;
/** A Wikipedia citation mark right after a sentence: `[12]`, `[citazione necessaria]` (sticky: matched in place). */
const BRACKET_CITATION = /(?:\[[^\]\n]{1,40}\])+/uy;
/**
 * Page or note numbers left in the text after a sentence (`. 162-164 Nel febbraio …`, `. 121.154 Ha vissuto`,
 * with a stray quotation mark: `. "245 All' epoca`).
 */
const NUMBER_CITATION = /["“]?\d{1,4}(?:\s?[-–,.:]\s?\d{1,4})*(?=\s+\p{Lu})/uy;
/** A month written short after a day, as datelines write it: "19 mar", "27 sett". */
const DATELINE_MONTH = /(?<![\p{L}\p{N}])\d{1,2}\s(?:gen|feb|mar|apr|mag|giu|lug|ago|sett?|ott|nov|dic)$/iu;
/** A letter or digit of a word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** The word after a boundary (sticky: matched in place). */
const WORD_AFTER = /[\p{L}\p{N}]+/uy;

/**
 * Matches a sticky pattern at an offset, without copying the text.
 * @param re - a pattern with the `y` flag
 * @param text - the text
 * @param at - where the match must start
 * @returns the matched text, or undefined
 */
function matchAt(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  return re.exec(text)?.[0];
}

/**
 * The word before a dot, with inner dots (`S.p.A`, `a.C`): scanned backwards from the dot, so each lookup costs
 * the word's length, not the text's.
 * @param text - the text
 * @param dot - offset of the dot
 * @returns the word, or undefined when the dot follows no letter or digit
 */
function wordBefore(text: string, dot: number): string | undefined {
  let i = dot;
  while (i > 0 && (WORD_CHAR.test(text.charAt(i - 1)) || (text.charAt(i - 1) === '.' && i - 1 > 0 && WORD_CHAR.test(text.charAt(i - 2))))) i--;
  while (i < dot && text.charAt(i) === '.') i++;
  return i < dot ? text.slice(i, dot) : undefined;
}

function abbreviationKind(word: string): AbbreviationKind | 'initial' | undefined {
  if (word.length === 1 && LETTER.test(word)) return 'initial';
  // Runs of initials written without spaces ("J.R", "U.S") behave like a closing abbreviation.
  const exact = ABBREVIATIONS[word] ?? ABBREVIATIONS[word.charAt(0).toLowerCase() + word.slice(1)];
  if (exact) return exact;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return 'closes';
  return undefined;
}

/**
 * Whether a stop stands inside a short bracket, where it abbreviates a name ("(Capitano Pol. Cornedo)"): the bracket
 * opened within a few words before and closes within a few words after, with no other mark of a sentence's end.
 * @param text - the paragraph
 * @param markStart - where the stop is
 * @param markLength - how long its run of marks is
 */
export function inShortBracket(text: string, markStart: number, markLength = 1): boolean {
  const open = text.lastIndexOf('(', markStart);
  if (open < 0 || markStart - open > 30 || text.slice(open, markStart).includes(')')) return false;
  const close = text.indexOf(')', markStart);
  return close > 0 && close - markStart <= 30 && !/[.!?…;:]/u.test(text.slice(markStart + markLength, close));
}

/**
 * Whether a sentence ends at a terminal mark, given the text around it.
 * @param text - the paragraph
 * @param markStart - where the terminal run starts
 * @param mark - the terminal run (`.`, `?!`, `...`)
 * @param next - offset of the first character of the next sentence (after spaces, closers and citations)
 */
function endsHere(text: string, markStart: number, mark: string, next: number): boolean {
  const c = text.charAt(next);
  const following = matchAt(WORD_AFTER, text, next) ?? '';
  // What follows must look like a sentence's start.
  const opens = UPPER.test(c) || DIGIT.test(c) || (OPENERS_MARKS.has(c) && !LOWER.test(text.charAt(next + 1)));
  if (!opens) return false;
  const before = text.charAt(markStart - 1);
  // "[…]" and "(...)" elide text inside a sentence.
  if ((mark === '…' || mark.startsWith('...')) && (before === '[' || before === '(')) return false;
  if (mark !== '.') return true;
  // A list's number opening the paragraph ("1. Che cos’è per Lei scrivere?") is the item's, not a sentence.
  if (/^\s*\d{1,2}$/u.test(text.slice(0, markStart))) return false;
  if (inShortBracket(text, markStart, mark.length)) return false;
  const word = wordBefore(text, markStart);
  if (!word) return true;
  // A dateline's month after its day ("Milano, 19 mar. – La società …", "Roma, 27 set. (askanews)") ends nothing.
  if (DATELINE_MONTH.test(text.slice(Math.max(0, markStart - 8), markStart))) return false;
  const kind = abbreviationKind(word);
  if (!kind) return true;
  if (kind === 'leads') return false;
  // An initial or a closing abbreviation: a new sentence opens with a capitalised function word, a name goes on.
  if (kind === 'initial' && /^\p{L}$/u.test(following) && text.charAt(next + 1) === '.') return false; // "J. P."
  return OPENERS.has(following.toLowerCase()) && UPPER.test(following.charAt(0));
}

/**
 * Splits a paragraph into sentences, each a verbatim substring with its offsets, in order. Spaces between
 * sentences and citation marks left between them (`[12]`, `162-164`) belong to no sentence; nothing else is lost.
 * @param paragraph - the paragraph text
 * @param options - `wholeQuotations`: a quotation that opens its sentence also stays one sentence when it closes
 *   soon (a summary shows a quotation whole, never half of it)
 * @returns its sentences (none for blank text)
 * @example
 * splitSentences('Lo disse Allan L. Benson. Poi partì.').map((s) => s.text) // ['Lo disse Allan L. Benson.', 'Poi partì.']
 */
export function splitSentences(paragraph: string, options: { readonly wholeQuotations?: boolean } = {}): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    while (from < to && SPACE.test(paragraph.charAt(from))) from++;
    while (to > from && SPACE.test(paragraph.charAt(to - 1))) to--;
    if (to > from) out.push({ text: paragraph.slice(from, to), start: from, end: to });
  };
  // Quotation marks opened and not yet closed before the candidate boundary (read once, left to right), and where
  // the outermost open one of each kind was opened.
  let curly = 0;
  let guillemets = 0;
  let straight = 0;
  let curlyAt = -1;
  let guillemetsAt = -1;
  let straightAt = -1;
  let read = 0;
  const insideQuotation = (at: number, sentenceStart: number): boolean => {
    for (; read < at; read++) {
      const c = paragraph.charAt(read);
      if (c === '“') {
        if (!curly++) curlyAt = read;
      } else if (c === '”') curly = Math.max(0, curly - 1);
      else if (c === '«') {
        if (!guillemets++) guillemetsAt = read;
      } else if (c === '»') guillemets = Math.max(0, guillemets - 1);
      else if (c === '"' && straight++ % 2 === 0) straightAt = read;
    }
    const [close, openedAt] = curly > 0 ? ['”', curlyAt] : guillemets > 0 ? ['»', guillemetsAt] : straight % 2 ? ['"', straightAt] : ['', -1];
    if (!close) return false;
    // A quotation that opens its sentence ("«Sono orgoglioso. Ho trovato le risorse»", an interview's answer) is
    // sentences of its own, each read apart; one opened inside a sentence ("ha detto: «Sono addolorato. Era un
    // amico»") stays part of it when it closes soon. A stray mark does not glue text.
    if (!options.wholeQuotations && /^\s*$/u.test(paragraph.slice(sentenceStart, openedAt))) return false;
    const closing = paragraph.indexOf(close, at);
    return closing >= 0 && closing - at <= QUOTATION_SPAN;
  };
  TERMINAL.lastIndex = 0;
  for (let m = TERMINAL.exec(paragraph); m; m = TERMINAL.exec(paragraph)) {
    const markStart = m.index;
    let end = markStart + m[0].length;
    // Inside a number ("1.000", "3.5") or a run of letters ("S.p.A"): not a boundary.
    if (!SPACE.test(paragraph.charAt(end)) && end < paragraph.length && !CLOSERS.has(paragraph.charAt(end)) && paragraph.charAt(end) !== '[') continue;
    while (CLOSERS.has(paragraph.charAt(end))) end++;
    let next = end;
    const bracket = matchAt(BRACKET_CITATION, paragraph, next);
    if (bracket) next += bracket.length;
    let gap = next;
    while (SPACE.test(paragraph.charAt(next))) next++;
    if (next === gap && next < paragraph.length) continue; // "fine.Poi" or ".)x": no space, no boundary
    if (next >= paragraph.length) break;
    // Page or note numbers between two sentences belong to neither.
    const numbers = matchAt(NUMBER_CITATION, paragraph, next);
    let citation = false;
    if (numbers && paragraph.charAt(markStart) === '.') {
      citation = true;
      gap = next;
      next += numbers.length;
      while (SPACE.test(paragraph.charAt(next))) next++;
    }
    if (!endsHere(paragraph, markStart, m[0], next) || insideQuotation(end, start)) continue;
    push(start, end);
    start = citation ? gap + (numbers?.length ?? 0) : next;
  }
  push(start, paragraph.length);
  return out;
}
