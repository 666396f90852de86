/**
 * The years an article speaks of, and the years a question asks about: "Quanti sfratti sono stati eseguiti a Torino
 * nel 2023?" of a piece that gives 2022's figures is not answered by them. News pieces give a year's figures, and a
 * reader asks for another year's; an article that never writes the year (nor dates itself by it) does not speak of it.
 */
import type { Article } from './types.js';
import { ENGLISH_MONTHS, ITALIAN_MONTHS } from './calendarWords.js';

// A year as a question writes it: four figures after a word that governs a date ("nel 2023", "del 1973", "entro il
// 2030", "ottobre 2022", "in 2019", "since 1990"), not an amount ("1500 euro", "2000 persone").
// (the months' names as calendarWords.ts lists them)
const YEAR_AFTER = new RegExp(
  `(?:^|[\\s(])(?:nel|nell['’]anno|del|dal|al|il|entro\\s+il|fino\\s+al|anno|stagione|inverno|estate|primavera|autunno|${ITALIAN_MONTHS}|in|of|since|by|from|to|until|year|season|winter|summer|spring|autumn|fall|${ENGLISH_MONTHS})\\s+(1[0-9]\\d\\d|20\\d\\d)(?![\\d%.,]\\d|\\s*(?:%|euro|€|dollari|\\$))\\b`,
  'giu',
);
// A century written as its round year ("nei primi anni del 1200") is no one year.
const ROUND_CENTURY = /^1[0-8]00$/u;
// The decades written in words or with an apostrophe ("anni Ottanta", "anni '80", "gli anni 2010").
const DECADE_WORDS: Readonly<Record<string, number>> = { venti: 20, trenta: 30, quaranta: 40, cinquanta: 50, sessanta: 60, settanta: 70, ottanta: 80, novanta: 90 };
const DECADE = /\banni\s+(?:['’]?(\d0)\b|(venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta)\b|(\d{3}0)\b)/giu;

/**
 * The years a question names as dates.
 * @param question - the question as typed
 * @returns the years, as written (four figures)
 * @example
 * questionYears('Quanti sfratti ci sono stati nel 2023?') // ['2023']
 * questionYears('Quanto costano 1500 euro di affitto?') // []
 */
export function questionYears(question: string): string[] {
  return [...question.matchAll(YEAR_AFTER)].map((m) => m[1]!).filter((y) => !ROUND_CENTURY.test(y));
}

const cache = new WeakMap<Article, ReadonlySet<string>>();

/**
 * Every year an article writes or dates itself by: four figures anywhere in its title or body; the second year of a
 * range written short ("2022-23", "2022/23"); a year written with an apostrophe ("nel '73", read as 1973 and 2073); the
 * years of a decade ("anni Ottanta", "anni '80"); the year of its front matter's date.
 * @param article - the article
 * @returns the years, four figures each
 */
export function yearsWritten(article: Article): ReadonlySet<string> {
  let years = cache.get(article);
  if (years) return years;
  const found = new Set<string>();
  const text = [article.meta.title, ...article.paragraphs.map((p) => p.text)].join('\n');
  for (const m of text.matchAll(/(?<!\d)(1\d{3}|20\d{2})(?:\s*[-–/]\s*(\d{2})(?!\d))?/gu)) {
    found.add(m[1]!);
    if (m[2]) found.add(`${m[1]!.slice(0, 2)}${m[2]}`);
  }
  for (const m of text.matchAll(/['’](\d{2})(?!\d)/gu)) for (const c of ['19', '20']) found.add(`${c}${m[1]!}`);
  for (const m of text.matchAll(DECADE)) {
    const start = m[3] ? Number(m[3]) : 1900 + (m[1] ? Number(m[1]) : DECADE_WORDS[m[2]!.toLowerCase()]!);
    for (let y = start; y < start + 10; y++) found.add(String(y));
  }
  const dated = /(1\d{3}|20\d{2})/u.exec(article.meta.date ?? '');
  if (dated) found.add(dated[1]!);
  cache.set(article, (years = found));
  return years;
}

/**
 * Whether a question names years as dates and the article writes none of them.
 * @param question - the question as typed
 * @param article - the article of the first passage
 * @param indexed - whether the article's indexed text holds a year as a term: asked first, so that an article a
 *   snapshot serves is read whole only when none of the years is there as written
 * @returns true when the article does not speak of the years asked about
 */
export function yearsUnwritten(question: string, article: Article, indexed: (year: string) => boolean = () => false): boolean {
  const asked = questionYears(question);
  if (!asked.length || asked.some(indexed)) return false;
  const written = yearsWritten(article);
  return asked.every((y) => !written.has(y));
}
