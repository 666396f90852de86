/**
 * Human and JSON views of a summary for the terminal.
 */
import type { SummaryResult } from '../core/types.js';
import type { Style } from './style.js';

/**
 * The JSON object of the CLI contract for a summary, or for why there is none.
 * @param result - the core's summary
 * @returns `{title, article, sentences:[{article, paragraph, text}]}`; for a miss, `{error, …}` (unknown section
 * or article) or `{title, sentences: [], reason: 'no-match'}` (a topic the article does not treat)
 */
export function summaryJson(result: SummaryResult): Record<string, unknown> {
  switch (result.kind) {
    case 'summary':
      return {
        title: result.title,
        article: result.article,
        sentences: result.sentences.map((s) => ({ article: s.article, paragraph: s.paragraph, text: s.text })),
      };
    case 'unknown-section':
      return {
        error: 'unknown-section',
        query: result.query,
        sections: result.sections.map((s) => ({ ...('article' in s ? { article: s.article } : {}), id: s.id, title: s.title, from: s.from, to: s.to })),
      };
    case 'unknown-article':
      return { error: 'unknown-article', query: result.query, articles: result.articles };
    case 'no-match':
      return { title: result.topic, topic: result.topic, sentences: [], reason: 'no-match' };
  }
}

/**
 * Whether a result is a mistake in what was asked (an unknown section or article) rather than an answer.
 * @param result - the core's summary
 * @returns true for the misses that exit with status 1
 */
export function isSummaryError(result: SummaryResult): boolean {
  return result.kind === 'unknown-section' || result.kind === 'unknown-article';
}

/**
 * Human-readable summary: the title, then each sentence with its ¶. Misses explain themselves and, for an
 * unknown section, list the sections there are.
 * @param result - the core's summary
 * @param style - terminal styles
 * @param options - `articleNames`: write each sentence's article before its ¶ (a folder of several articles)
 * @returns lines of text
 */
export function summaryHuman(result: SummaryResult, style: Style, options: { readonly articleNames?: boolean } = {}): string {
  switch (result.kind) {
    case 'summary': {
      const lines = [style.bold(result.title), ''];
      // Over a folder of several articles a ¶ number alone does not say where the sentence stands.
      const where = (s: { article: string; paragraph: number }) => (options.articleNames ? `${s.article} ¶${s.paragraph}` : `¶${s.paragraph}`);
      const width = Math.max(4, ...result.sentences.map((s) => where(s).length));
      for (const s of result.sentences) lines.push(`${style.accent(where(s).padEnd(width))} ${s.text}`);
      return lines.join('\n');
    }
    case 'unknown-section': {
      const lines = [`Nessuna sezione corrisponde a «${result.query}». Sezioni disponibili:`];
      result.sections.forEach((s, i) => {
        const range = s.from === s.to ? `¶${s.from}` : `¶${s.from}–${s.to}`;
        lines.push(`  ${String(i + 1).padStart(2)}. ${s.title}  ${style.dim(`${s.id} · ${range}`)}`);
      });
      return lines.join('\n');
    }
    case 'unknown-article':
      return `Nessun articolo «${result.query}». Articoli: ${result.articles.join(', ') || '(nessuno)'}`;
    case 'no-match':
      return `L’articolo non sembra parlare di «${result.topic}».`;
  }
}
