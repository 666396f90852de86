/**
 * Questions about the article itself rather than what it says — who wrote it, when, where it comes from, what it is
 * called — are answered from its front matter (`author`, `date`, `source`, `title`), not from a paragraph. The question forms are the table
 * below, general Italian and English.
 */
import type { Article } from './types.js';

/** A front-matter field a question may ask for. */
export type ArticleField = 'author' | 'date' | 'source' | 'title';

/** The front matter's answer for one article. */
export interface ArticleInfo {
  readonly field: ArticleField;
  /** Article slug. */
  readonly article: string;
  /** Article title. */
  readonly articleTitle: string;
  /** The field's value, or null when the front matter does not give it. */
  readonly value: string | null;
  /** The article's English title (`title_en`), when its front matter gives one. */
  readonly titleEn?: string;
}

// The article as a question names it: "l'articolo", "questo pezzo", "the article", "this story"; in a chat the
// elision's apostrophe is often left out ("l articolo", "dell autore").
const IT_ARTICLE = String.raw`(?:l(?:['’]\s*|\s+)|quest(?:['’]\s*|\s+)|il\s+|questo\s+)?(?:articolo|pezzo|testo)`;
const EN_ARTICLE = String.raw`(?:the|this)\s+(?:article|piece|text|story|post)`;

/** Question forms, each with the field it asks for. */
const FORMS: readonly { readonly field: ArticleField; readonly form: RegExp }[] = [
  { field: 'author', form: new RegExp(String.raw`^chi\s+(?:ha\s+scritto|scrive|firma|ha\s+firmato)\s+${IT_ARTICLE}$`, 'iu') },
  { field: 'author', form: new RegExp(String.raw`^(?:chi\s+è\s+)?l(?:['’]\s*|\s+)autor[ei](?:\s+(?:di|del(?:l(?:['’]\s*|\s+))?)\s*${IT_ARTICLE})?$`, 'iu') },
  { field: 'author', form: new RegExp(String.raw`^(?:di\s+)?chi\s+è\s+${IT_ARTICLE}$`, 'iu') },
  { field: 'author', form: new RegExp(String.raw`^who\s+(?:wrote|authored|is\s+the\s+author\s+of|writes)\s+${EN_ARTICLE}$`, 'iu') },
  { field: 'author', form: /^who\s+is\s+the\s+author$/iu },
  { field: 'date', form: new RegExp(String.raw`^quando\s+è\s+stat[oa]\s+(?:scritt[oa]|pubblicat[oa])\s+${IT_ARTICLE}$`, 'iu') },
  { field: 'date', form: new RegExp(String.raw`^(?:di\s+quando\s+è|che\s+data\s+ha)\s+${IT_ARTICLE}$`, 'iu') },
  { field: 'date', form: new RegExp(String.raw`^when\s+was\s+${EN_ARTICLE}\s+(?:written|published)$`, 'iu') },
  { field: 'source', form: new RegExp(String.raw`^(?:da\s+dove\s+viene|qual\s*(?:è|e)\s+la\s+fonte\s+del(?:l(?:['’]\s*|\s+))?)\s*${IT_ARTICLE}$`, 'iu') },
  { field: 'source', form: new RegExp(String.raw`^(?:where\s+does\s+${EN_ARTICLE}\s+come\s+from|what\s+is\s+the\s+source\s+of\s+${EN_ARTICLE})$`, 'iu') },
  { field: 'title', form: new RegExp(String.raw`^(?:(?:qual\s*(?:è|e)\s+)?il\s+titolo\s+(?:di|del(?:l(?:['’]\s*|\s+))?)\s*|come\s+si\s+(?:intitola|chiama)\s+)${IT_ARTICLE}$`, 'iu') },
  { field: 'title', form: new RegExp(String.raw`^(?:what(?:\s+is|'s|’s)\s+(?:the\s+title\s+of\s+${EN_ARTICLE}|${EN_ARTICLE}\s+called|(?:the|this)\s+(?:article|piece|story|post)['’]s\s+title))$`, 'iu') },
];

/**
 * Which front-matter field a question asks for, if it asks about the article itself.
 * @param question - the question, read as a chat line already
 * @returns the field, or undefined for any other question
 * @example
 * articleFieldAsked("Chi ha scritto l'articolo?") // 'author'
 */
export function articleFieldAsked(question: string): ArticleField | undefined {
  const q = asAsked(question);
  // Every form names the article or its author: a question that does neither is not tried against the forms,
  // whose case-insensitive Unicode patterns are slow to compile on a cold start.
  if (!NAMES_ARTICLE.test(q)) return undefined;
  return FORMS.find((f) => f.form.test(q))?.field;
}

/** "Di cosa parla l'articolo?", "What is the article about?": the question is answered with each article's lead. */
const ABOUT_FORMS: readonly RegExp[] = [
  new RegExp(String.raw`^(?:di\s+(?:cosa|che\s+cosa|che)\s+(?:parla|tratta)|cosa\s+(?:dice|racconta)|(?:qual\s*(?:è|e)\s+)?l(?:['’]\s*|\s+)argomento\s+(?:di|del(?:l(?:['’]\s*|\s+))?)|riassumi|(?:fammi\s+)?un\s+riassunto\s+(?:di|del(?:l(?:['’]\s*|\s+))?))\s*${IT_ARTICLE}$`, 'iu'),
  new RegExp(String.raw`^(?:what(?:\s+is|'s|’s)\s+${EN_ARTICLE}\s+about|what\s+does\s+${EN_ARTICLE}\s+(?:say|cover|talk\s+about)|summari[sz]e\s+${EN_ARTICLE})$`, 'iu'),
];

/**
 * Whether a question asks what the article is about ("Di cosa parla l'articolo?", "What is the article about?").
 * @param question - the question, read as a chat line already
 * @returns true for those forms
 */
export function articleAboutAsked(question: string): boolean {
  const q = asAsked(question);
  return BARE_ABOUT.test(q) || (NAMES_ARTICLE.test(q) && ABOUT_FORMS.some((f) => f.test(q)));
}

/** The same question with the article left implicit, as a chat asks it: "di cosa parla?", "what's it about?". */
const BARE_ABOUT = /^(?:di\s+(?:cosa|che\s+cosa|che)\s+(?:parla|tratta)|what(?:\s+is|'s|’s)\s+(?:it|this)\s+about)$/iu;

// A question as the forms read it: composed, without its closing marks, one space between words.
const asAsked = (question: string) => question.normalize('NFC').trim().replace(/[?!.…\s]+$/u, '').replace(/\s+/gu, ' ');

// The words one of which every form holds (the article's nouns, "autore"/"author"), matched as the forms match.
const NAMES_ARTICLE = /articolo|pezzo|testo|autor|author|article|piece|text|story|post/iu;

/**
 * The front matter's answer for each article in scope.
 * @param articles - the corpus
 * @param field - the field asked for
 * @param article - only this article (slug)
 * @returns one entry per article
 */
export function articleInfo(articles: readonly Article[], field: ArticleField, article?: string): ArticleInfo[] {
  return articles
    .filter((a) => !article || a.slug === article)
    .map((a) => ({
      field,
      article: a.slug,
      articleTitle: a.meta.title,
      value: a.meta[field]?.trim() || null,
      ...(field === 'title' && a.meta.titleEn ? { titleEn: a.meta.titleEn } : {}),
    }));
}
