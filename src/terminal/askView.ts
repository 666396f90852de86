/**
 * Human and JSON views of an answer for the terminal.
 */
import type { AskResult, Passage } from '../core/ask.js';
import type { Lang } from '../core/analysis.js';
import { CUT_MARK } from '../core/excerpt.js';
import type { ArticleField } from '../core/articleInfo.js';
import { emphasise, type Style } from './style.js';
import { cutAtWord } from './wrap.js';

/** How an answer is shown. */
export interface AskViewOptions {
  /** The language of Brano's own words (default: the question's). The passages stay verbatim. */
  readonly lang?: Lang;
  /** The terminal's width: the other passages get two lines each instead of a fixed 160 characters. */
  readonly width?: number;
  /** How many articles the question was asked of (the messages say "the articles" for more than one). */
  readonly articles?: number;
}

/**
 * The JSON object of the CLI contract for an answer.
 * @param result - the core's answer
 * @returns `{question, answered, passages:[{article, paragraph, section, excerpt, score, ...}]}`
 */
export function askJson(result: AskResult): Record<string, unknown> {
  return {
    question: result.question,
    answered: result.answered,
    ...(result.reason ? { reason: result.reason } : {}),
    ...(result.smallTalk ? { smallTalk: result.smallTalk } : {}),
    ...(result.info ? { info: result.info.map((i) => ({ article: i.article, field: i.field, value: i.value })) } : {}),
    lang: result.lang,
    passages: result.passages.map((p) => ({
      article: p.article,
      paragraph: p.paragraph,
      section: p.section,
      sectionTitle: p.sectionTitle,
      excerpt: p.excerpt,
      score: p.score,
    })),
  };
}

/**
 * The attribution line of a passage: `¶9 · Section · Article` (the section left out when it is titled as the article,
 * or its title cut short, as a short article's one automatic section is).
 * @param p - the passage
 * @returns the line
 */
export function attribution(p: Passage): string {
  const asArticle = p.sectionTitle === p.articleTitle || (p.sectionTitle.endsWith('…') && p.articleTitle.startsWith(p.sectionTitle.slice(0, -1)));
  const section = p.sectionTitle && !asArticle ? ` · ${p.sectionTitle}` : '';
  return `¶${p.paragraph}${section} · ${p.articleTitle}`;
}

/** How much of another article's title labels its passage among the others shown. */
const ARTICLE_LABEL_CHARS = 40;

const MESSAGES = {
  it: {
    empty: 'Scrivi una domanda: per esempio «Di cosa parla l’articolo?»',
    none: 'L’articolo non sembra rispondere a questa domanda.',
    noneMany: 'Gli articoli non sembrano rispondere a questa domanda.',
    // A question asking for a sum, an age, a party, a length of time, a size or a count that the best passages do not state (factQuestion.ts).
    unsaid: { money: 'L’articolo non riporta cifre su questo.', age: 'L’articolo non dice l’età.', origin: 'L’articolo non dice di dove è.', party: 'L’articolo non dice il partito.', since: 'L’articolo non dice da quanto tempo.', measure: 'L’articolo non dà questa misura.', count: 'L’articolo non dà questo numero.', date: 'L’articolo non dà la data.', year: 'L’articolo non dice l’anno.', score: 'L’articolo non dà il risultato.', hours: 'L’articolo non dà gli orari.' },
    closest: 'Il passo più vicino (non una risposta):',
    more: 'Altri passi:',
    original: '',
    hello: 'Ciao! Chiedimi qualcosa sull’articolo, per esempio «Di cosa parla l’articolo?»',
    helloMany: 'Ciao! Chiedimi qualcosa sugli articoli, per esempio «Di cosa parla l’articolo?»',
    thanks: 'Prego! Altre domande?',
    titles: (n: number) => `I titoli dei ${n} articoli:`,
    info: (field: ArticleField, title: string, value: string | null) =>
      field === 'title'
        ? `Il titolo dell’articolo è «${title}».`
        : value === null
        ? `«${title}»: l’articolo non dice ${field === 'author' ? 'chi l’ha scritto' : field === 'date' ? 'quando è stato scritto' : 'da dove viene'}.`
        : `«${title}»: ${field === 'author' ? 'autore' : field === 'date' ? 'data' : 'fonte'}: ${value}.`,
  },
  en: {
    empty: 'Type a question, for example “What is the article about?”',
    none: 'The article does not seem to answer this question.',
    noneMany: 'The articles do not seem to answer this question.',
    unsaid: { money: 'The article gives no sum of money for this.', age: 'The article does not give the age.', origin: 'The article does not say where they are from.', party: 'The article does not give the party.', since: 'The article does not say for how long.', measure: 'The article does not give that measurement.', count: 'The article does not give that number.', date: 'The article does not give the date.', year: 'The article does not give the year.', score: 'The article does not give the score.', hours: 'The article does not give the opening hours.' },
    closest: 'The closest passage (not an answer):',
    more: 'More passages:',
    // The passage stays verbatim in the article's language; say so, in the user's language.
    original: 'From the article, verbatim in the original Italian:',
    hello: 'Hello! Ask me something about the article, for example “What is the article about?”',
    helloMany: 'Hello! Ask me something about the articles, for example “What is the article about?”',
    thanks: 'You’re welcome! Anything else?',
    titles: (n: number) => `The ${n} articles’ titles:`,
    info: (field: ArticleField, title: string, value: string | null, titleEn?: string) =>
      field === 'title'
        ? `The article’s title is “${title}”${titleEn ? ` (in English, “${titleEn}”)` : ''}.`
        : value === null
        ? `“${title}”: the article does not say ${field === 'author' ? 'who wrote it' : field === 'date' ? 'when it was written' : 'where it comes from'}.`
        : `“${title}”: ${field}: ${value}.`,
  },
} as const;

/**
 * Human-readable answer: the excerpt with the best sentence and matched terms emphasised, then its attribution.
 * @param result - the core's answer
 * @param style - terminal styles
 * @param options - the language of the messages and the terminal's width
 * @returns lines of text
 */
export function askHuman(result: AskResult, style: Style, options: AskViewOptions = {}): string {
  const m = MESSAGES[options.lang ?? result.lang];
  const moreChars = options.width ? Math.max(60, 2 * (options.width - 6)) : 160;
  if (!result.answered) {
    if (result.reason === 'empty-question') return m.empty;
    if (result.smallTalk) return result.smallTalk === 'hello' && (options.articles ?? 1) > 1 ? m.helloMany : m[result.smallTalk];
    if (result.info) {
      // (several articles' titles are a list, each with its English title to an English question)
      if (result.info.length > 1 && result.info[0]!.field === 'title') {
        const open = result.lang === 'en' ? '“' : '«';
        const close = result.lang === 'en' ? '”' : '»';
        return [m.titles(result.info.length), ...result.info.map((i) => `  ${open}${i.articleTitle}${close}${result.lang === 'en' && i.titleEn ? ` (${open}${i.titleEn}${close})` : ''}`)].join('\n');
      }
      return result.info.map((i) => m.info(i.field, i.articleTitle, i.value, i.titleEn)).join('\n');
    }
    const lines = [style.bold(result.unsaid ? m.unsaid[result.unsaid] : (options.articles ?? 1) > 1 ? m.noneMany : m.none)];
    const c = result.closest?.[0];
    if (c) lines.push('', style.dim(m.closest), `  ${c.excerpt}`, `  ${style.accent(attribution(c))}`);
    return lines.join('\n');
  }
  const [first, ...rest] = result.passages;
  const lines: string[] = [];
  if (first) {
    if (m.original) lines.push(style.dim(m.original));
    lines.push(emphasise(first.excerpt, first.highlight, first.matches, style), style.accent(`— ${attribution(first)}`));
  }
  if (rest.length) {
    lines.push('', style.dim(m.more));
    for (const p of rest) {
      // A sentence the excerpt had to cut at its start keeps the excerpt's opening "…".
      const from = p.excerpt.startsWith(CUT_MARK) && p.highlight[0] <= CUT_MARK.length ? 0 : p.highlight[0];
      // (a sentence of a quotation that goes on after it, "«Il nostro auspicio è … entro l’anno.", says it goes on)
      const sentence = goesOn(p.excerpt.slice(from, p.highlight[1]));
      // (a passage of another article than the first's names it)
      const where = p.article === first?.article ? `¶${p.paragraph}` : `¶${p.paragraph} (${cutAtWord(p.articleTitle, ARTICLE_LABEL_CHARS)})`;
      lines.push(`  ${style.accent(where)} ${cutAtWord(sentence, moreChars)}`);
    }
  }
  return lines.join('\n');
}

/**
 * A sentence shown alone with "…" after it when it opens a quotation it does not close (the quotation goes on in the
 * sentences after it).
 * @param sentence - the sentence
 * @returns the sentence, marked when it leaves a quotation open
 */
function goesOn(sentence: string): string {
  const count = (re: RegExp) => sentence.match(re)?.length ?? 0;
  const open = count(/«/gu) > count(/»/gu) || count(/“/gu) > count(/”/gu) || count(/"/gu) % 2 === 1;
  return open && !sentence.endsWith('…') ? `${sentence} …` : sentence;
}
