/**
 * Extractive summaries: the article's own sentences, verbatim, in document order, each with its ¶.
 *
 * A sentence's salience blends four signals, each scaled to [0, 1] within the text being summarised:
 * - centrality: LexRank (continuous, Erkan & Radev 2004) over TF-IDF cosine similarity between sentences, with a
 *   position prior (earlier is likelier) as the random walk's teleport distribution;
 * - facts: the names and figures it carries, each weighed by how rare it is in the article, so the names the
 *   whole article is about ("Llama 2", "Meta") count little and those of one fact ("Casa Bianca", "700") a lot;
 * - heading: similarity to its section's heading, the editor's own summary of the section (Edmundson's title
 *   method); for automatic sections the heading is made of the section's most distinctive words;
 * - position: the same prior, directly.
 * Words in quotation marks and introductions of people ("Jon Turow, un investitore presso …,", "…, dice
 * Lambert") weigh less: they tell who speaks and what they think more than what happened. A sentence that leans
 * on the one before (a demonstrative, a connective, an Italian verb with no subject: "Questa volta è …", a bare
 * quotation, or who said the one before: "Così il ministro X.", "Lo ha detto X") weighs less on its own, and is
 * taken along with a picked sentence it follows when short.
 *
 * A whole-article summary starts from the lead: news and encyclopaedia articles put what matters most first, so
 * the lede, the first sentence of ¶1 that stands on its own, is picked first. It then fills its character budget by a
 * monotone submodular objective (Lin & Bilmes 2011),
 * greedily on gain per unit of (softened) length: how well the picked sentences represent every sentence of the
 * article, each saturating once the summary says enough like it; a diversity reward, the square root of the
 * salience picked in each paragraph (a news paragraph makes one point); and the words of each section heading
 * covered. Every section first gets its best sentence, then each section's share of the summary follows its
 * share of the article. A sentence that leans on the one before is picked only after it; a sentence too similar to
 * a picked one (`NEAR_DUPLICATE`) never is. A text with no more sentences than the length asked for, within the
 * budget, is its own summary.
 *
 * A section summary picks by Maximal Marginal Relevance (Carbonell & Goldstein 1998) on salience per unit of
 * softened length, with a bonus for each word of its heading it covers, since headings list what a section
 * treats ("dati, licenza e regole d’uso").
 *
 * A topic summary ranks by relevance instead: the query's BM25 score in the passage index, at paragraph and
 * sentence level, drawing only on the paragraphs really about the topic (scoring at least half the best one and
 * holding most of the query's words) of the article that treats it most, preferring sentences that cover query
 * words not yet covered; when few of its sentences name the topic, the sentences naming it in articles that treat it
 * as much come next, then their neighbours from those paragraphs. A topic written in English
 * is turned into the article's Italian terms through the bilingual lexicon.
 *
 * Every summary fits `SUMMARY_MAX_CHARS`. The weights (`DEFAULT_TUNING`) were chosen on the seed article, with
 * and without its headings, in the middle of a plateau: the long summary keeps the same key facts when the
 * saturation is 0.1 to 0.3 and the framing weight 0.5 to 1.
 */
import { tokenize, analyze, foldAccents, splitSentences, type Lang } from './analysis.js';
import { nameMeets, queryTerms, translateForIndex } from './ask.js';
import { interviewPrompts } from './interview.js';
import { closingOpeners, findQuotations, quotationRuns } from './quotes.js';
import { detectLanguage } from './language.js';
import { articleLang } from './corpus.js';
import type { PassageIndex } from './passageIndex.js';
import type { WeightedTerm } from './tfidfIndex.js';
import { rankSections, SECTION_MATCH_THRESHOLD } from './sectionLookup.js';
import { cosine, inverseDocumentFrequencies, tfidfVector, type SparseVector } from './termVectors.js';
import type { Article, Paragraph, Section, SummaryLength, SummaryOptions, SummaryResult } from './types.js';
import { sentenceTerms } from './sentenceTerms.js';

/** The most characters a summary's sentences add up to. */
export const SUMMARY_MAX_CHARS = 1500;

/** How many sentences each length aims for (fewer when the text is short or the character budget is spent). */
export const SUMMARY_SIZES: Readonly<Record<SummaryLength, { readonly min: number; readonly max: number }>> = {
  short: { min: 2, max: 3 },
  medium: { min: 4, max: 5 },
  long: { min: 6, max: 12 },
};

/**
 * The length of a whole-article summary when none is asked for: long for an article of `LONG_FROM` sentences or more,
 * medium from `MEDIUM_FROM`, short below — a summary holds about a quarter of the article or less, so a news brief of
 * ten sentences is not summarised by eight of them.
 * @param sentences - the article's sentences
 * @returns the length
 */
export function articleSummaryLength(sentences: number): SummaryLength {
  return sentences >= LONG_FROM ? 'long' : sentences >= MEDIUM_FROM ? 'medium' : 'short';
}
const LONG_FROM = 24;
const MEDIUM_FROM = 12;

/** A paragraph counts as being about a topic when it scores at least this share of the best paragraph… */
const TOPIC_PARAGRAPH_SHARE = 0.5;
/** …and holds at least this share of the query words (by idf) that the best-covering paragraph holds. */
const TOPIC_COVERAGE_SHARE = 0.6;

/** Sentences shorter than this are fragments ("“Non so cosa succederà”."): they rarely stand on their own. */
const FRAGMENT_CHARS = 40;

/** One candidate sentence. */
interface Unit {
  readonly paragraph: Paragraph;
  readonly sentence: number;
  readonly text: string;
  readonly section: string;
  /** Position in the article, from 0. */
  readonly order: number;
  readonly vector: SparseVector;
  /** What its names and figures tell (see `factWeights`). */
  readonly facts: number;
  /** Relative position in the article, 0 (first) to 1 (last). */
  readonly place: number;
  /** Whether it leans on the sentence before it ("Questa volta è …", "Afferma che …"). */
  readonly dependent: boolean;
  /** Whether it is a bare quotation whose speaker the next sentence names ("“…”. Lo dice il ministro X …"): picked,
   * it brings that sentence along, or a summary would quote nobody. */
  readonly saidBy: boolean;
  /** Whether it asks a question ("E adesso?", an interviewer's): it says nothing of its own. */
  readonly asks: boolean;
  /** Whether it is part of something it does not hold whole: it ends on a colon ("… per decidere il da farsi:"), opens
   * a quotation it does not close ("A prendere la parola è X: “Chiediamo quattro cose."), or closes one opened before. */
  readonly unfinished: boolean;
  /** Whether it is part of an interview's answer (interview.ts): its quotations are what the article says. */
  readonly answer: boolean;
  /** Whether it is part of an interviewer's paragraph, a question or the prompt for one (interview.ts). */
  readonly prompt: boolean;
}

/** What is computed once per article. */
interface ArticleModel {
  readonly article: Article;
  readonly lang: Lang;
  readonly units: readonly Unit[];
  readonly headingVectors: ReadonlyMap<string, SparseVector>;
  /** The terms of each paragraph's sentences. */
  readonly paragraphTerms: ReadonlyMap<Paragraph, ReadonlySet<string>>;
}

/** Weights of the salience signals and of the selection, for tuning and experiments. */
export interface SummaryTuning {
  /** LexRank centrality. */
  readonly centrality: number;
  /** Names and figures. */
  readonly facts: number;
  /** Similarity to the section heading. */
  readonly heading: number;
  /** Position prior. */
  readonly position: number;
  /** Salience multiplier of a sentence that leans on the one before ("Questa volta è …"). */
  readonly dependent: number;
  /** Salience lost by a sentence wholly in quotation marks (in proportion to its quoted share). */
  readonly quoted: number;
  /** Salience lost by a sentence wholly made of introductions of people (in proportion to their share). */
  readonly framing: number;
  /** MMR λ (section summaries): salience against redundancy. */
  readonly lambda: number;
  /** Section summaries divide salience by (length / mean length) to this power. */
  readonly lengthExponent: number;
  /** Whole-article summaries divide gains by (length / mean length) to this power: the budget is in characters. */
  readonly articleLengthExponent: number;
  /** Sentences shorter than this share of the mean length pay as if they had it, so fragments are no bargain. */
  readonly lengthFloor: number;
  /** Coverage saturation (Lin & Bilmes α): share of a sentence's total similarity beyond which it is represented. */
  readonly saturation: number;
  /** Weight of the diversity reward (square root of the salience picked in each paragraph). */
  readonly diversity: number;
  /** Gain of a sentence that covers all the words of its section heading not yet covered. */
  readonly headingCoverage: number;
  /** How far past its share of the article a section may go (0.2 = 20%). */
  readonly quotaSlack: number;
  /** How much a section's first sentence longer than its share loses: value × (share / length)^this. */
  readonly quotaExponent: number;
}

/** The tuning Brano uses. */
export const DEFAULT_TUNING: SummaryTuning = {
  centrality: 0.3,
  facts: 0.3,
  heading: 0.2,
  position: 0.15,
  dependent: 0.8,
  quoted: 0.3,
  framing: 1,
  lambda: 0.7,
  lengthExponent: 0.3,
  articleLengthExponent: 1,
  lengthFloor: 0.5,
  saturation: 0.2,
  diversity: 2,
  headingCoverage: 0.2,
  quotaSlack: 0.2,
  quotaExponent: 1,
};

/**
 * The names and figures a sentence mentions, each once: a run of capitalised words not standing first is one
 * name ("Casa Bianca", "Hugging Face"), a number right after a name belongs to it ("Llama 2"), other numbers
 * and percentages are figures, and so are cardinals written out ("sette").
 * @param text - the sentence
 * @returns keys (lower case), figures marked with a leading `#`
 */
// Cardinal numbers written out ("sette importanti aziende", "Otto modelli su dieci") are figures too. "Uno",
// "una", "one" are left out: they are mostly articles and pronouns.
const NUMBER_WORDS = new Set([
  'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici', 'tredici',
  'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove', 'venti', 'trenta', 'quaranta',
  'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta', 'cento', 'mille', 'duemila', 'tremila', 'diecimila',
  'trentamila', 'centomila', 'cinquecento', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'thousand', 'million', 'billion',
]);

function factKeys(text: string): string[] {
  const keys = new Set<string>();
  const tokens = tokenize(text).filter((t) => t.kind !== 'compound');
  const capital = (x: (typeof tokens)[number] | undefined) => !!x && x.kind === 'word' && /^\p{Lu}/u.test(x.surface);
  let name: string[] = [];
  let end = -1;
  const flush = () => {
    if (name.length) keys.add(name.join(' '));
    name = [];
  };
  tokens.forEach((t, i) => {
    const adjacent = t.start - end <= 1;
    if (t.kind === 'word' && NUMBER_WORDS.has(t.lower)) {
      flush();
      keys.add(`#${t.lower}`);
    } else if (t.kind === 'number' || (t.kind === 'alnum' && /^\d/.test(t.lower))) {
      // A number right after a name is part of it ("Llama 2"), not a figure.
      if (name.length && adjacent) name.push(t.lower);
      else {
        flush();
        keys.add(`#${t.lower}`);
      }
      flush();
    } else if (i > 0 && capital(t)) {
      if (!(name.length && adjacent)) flush();
      name.push(t.lower);
    } else flush();
    end = t.end;
  });
  flush();
  return [...keys];
}

/** How many of a sentence's rarest names and figures count towards its facts. */
const FACT_KEYS_COUNTED = 3;

/**
 * What the names and figures of each sentence tell: each weighs its inverse sentence frequency in the article,
 * figures double, so the names the whole article is about ("Llama 2", "Meta") weigh little and the ones that
 * carry a particular fact ("Android", "Casa Bianca", "700") a lot.
 * @param keys - each sentence's names and figures (see `factKeys`)
 * @returns one weight per sentence, the sum of its `FACT_KEYS_COUNTED` heaviest keys
 */
function factWeights(keys: readonly (readonly string[])[]): number[] {
  const df = new Map<string, number>();
  for (const ks of keys) for (const k of ks) df.set(k, (df.get(k) ?? 0) + 1);
  const n = Math.max(2, keys.length);
  const perKey = new Map([...df].map(([k, d]) => [k, (k.startsWith('#') ? 2 : 1) * (Math.log(n / d) / Math.log(n))]));
  return keys.map((ks) =>
    ks
      .map((k) => perKey.get(k)!)
      .sort((a, b) => b - a)
      .slice(0, FACT_KEYS_COUNTED)
      .reduce((a, w) => a + w, 0),
  );
}

// "Lo ha detto", "lo dice", "lo annuncia": the words before were theirs.
const SAYS_IT =
  'lo\\s+(?:ha|hanno|aveva|avevano|dice|dicono|afferma|affermano|spiega|spiegano|sottolinea|sottolineano|annuncia|annunciano|scrive|scrivono|riferisce|conferma|confermano|ricorda|ribadisce|precisa|assicura|chiarisce|denuncia|rende|fa|fanno)';

// Openings that refer back to the previous sentence: demonstratives, pronouns, connectives, (Italian drops the
// subject) a reporting verb with no one named, who said the words before ("Così il ministro X.", "Lo ha detto X"), who
// agrees with them ("Sulla stessa linea anche X", "Dello stesso avviso il sindaco"), and the first person of someone
// named before ("Abbiamo avuto molte occasioni" after "Gotti: È mancato il gol …", "Avremmo potuto …" inside a
// quotation run over paragraphs); a pronoun standing for a noun before ("Quelli di Prysmian ammontano a …" after "Ricavi
// in crescita …"), a demonstrative after a preposition ("Di queste 9 sono destinate …", "Per questo …") and a
// superlative whose noun is left out ("La più forte è stata avvertita …" after the quake's magnitude: the strongest of
// what the sentence before counted); an office going on with what the person named before said ("Il consigliere ha
// aggiunto che …", "La sindaca ribadisce …"). ("Così come …", just as, compares: it leans on nothing.)
const DEPENDENT_START: Record<Lang, RegExp> = {
  it: new RegExp(String.raw`^(?:(?:ora|oggi|poi|quindi|intanto|infatti)\s+)?(?:questa|questo|queste|questi|ciò|tale|tali|egli|ella|essa|esso|essi|esse|lui|lei|loro|ma|e|anche|però|inoltre|anzi|tuttavia|invece|pertanto|dunque|perciò|infatti|quindi|ad\s+esempio|per\s+esempio|d['’]altra\s+parte|dall['’]altra(?:\s+parte)?|dall['’]altro\s+lato|ha|hanno|è|era|erano|sono|sta|stanno|non|afferma|dice|sostiene|crede|ritiene|aggiunge|spiega|sosteneva|diceva|io|noi|ho|abbiamo|avevamo|siamo|eravamo|credo|penso|\p{L}+iamo|\p{L}+emmo|così(?!\s+come)|cosi['’](?!\s*come)|sulla\s+stessa\s+(?:linea|lunghezza\s+d['’]onda)|dello\s+stesso\s+(?:avviso|parere|tenore)|della\s+stessa\s+(?:opinione|idea)|quell[oaie]\s+(?:di|del|dello|della|dei|degli|delle)|(?:di|tra|fra|per|con|su|a|da|in)\s+(?:questa|questo|queste|questi|tale|tali)|(?:il|la|lo|i|gli|le)\s+(?:più|meno)\s+\p{L}+\s+(?:è|era|sono|erano|fu|furono|resta|rimane)|${SAYS_IT})(?![\p{L}\p{N}])|^(?:il|lo|la|l['’])\s*\p{Ll}+\s+(?:ha\s+(?:poi\s+|inoltre\s+|anche\s+)?(?:aggiunto|ribadito)|aggiunge|ribadisce)(?![\p{L}])`, 'iu'),
  en: /^(?:this|these|those|it|he|she|they|but|and|also|however|moreover|says|said|we|i)(?![\p{L}\p{N}])/iu,
};

// Openings that name who said the quotation right before: "Così il ministro X.", "Lo dice il vicepremier X …", "A
// dirlo è X".
const NAMES_WHO_SAID: Record<Lang, RegExp> = {
  it: new RegExp(String.raw`^(?:così(?!\s+come)|cosi['’](?!\s*come)|${SAYS_IT}|ad?\s+(?:dirlo|affermarlo|sostenerlo|spiegarlo|sottolinearlo|dichiararlo|scriverlo)|(?:sono\s+)?(?:queste\s+)?le\s+parole\s+(?:di|del|della|dello|dell['’]))(?![\p{L}\p{N}])`, 'iu'),
  en: /^(?:so\s+says|so\s+said|that\s+is\s+what|this\s+is\s+what)(?![\p{L}\p{N}])/iu,
};

// A connective set off by commas after the sentence's first words ("Lunedì 18 novembre, infatti, verrà presentato …",
// "The plan, however, …"), or a demonstrative opening the clause after them ("Secondo l’associazione, questi aumenti
// equivalgono …", "According to the union, these cuts …"): the sentence goes on from the one before.
const DEPENDENT_INSERT: Record<Lang, RegExp> = {
  // (and after a source with no comma: "Per le associazioni questo elemento dimostra …")
  it: /^(?:[^.;:!?“"«]{0,60}?,\s*(?:(?:infatti|quindi|dunque|però|tuttavia|inoltre|invece|comunque|pertanto|perciò|allora|poi)\s*,|(?:questa|questo|queste|questi|tale|tali)\s+\p{L})|(?:per|secondo)\s+[^.;:!?“"«,]{1,40}?\s(?:questa|questo|queste|questi)\s+\p{L})/iu,
  en: /^[^.;:!?“"«]{0,60}?,\s*(?:(?:however|therefore|though|thus|moreover|meanwhile|then|instead|too)\s*,|(?:this|these|those|such)\s+\p{L})/iu,
};

/** A byline: "di" or "by" and a name of two or three capitalised words, alone in its sentence. */
const BYLINE = /^(?:[Dd]i|[Bb]y|[Aa] cura di)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\.?$/u;

// A dateline: a place in capitals, its province in brackets if any, and the mark after it ("L'AQUILA.", "ROMA (Lazio) –").
const DATELINE = String.raw`\p{Lu}[\p{Lu}'’ ]{2,}(?:\s*\([^()]{1,30}\))?\s*[.,:–—-]`;

// A sentence that is nothing but a quotation ("“All’improvviso chiunque può sperimentare”.", after a dateline if any:
// "L'AQUILA. «…»") has its speaker in the sentence before, or names none.
const UNATTRIBUTED_QUOTE = new RegExp(String.raw`^\s*(?:${DATELINE}\s*)?[“"«][^”"»]*[”"»][\s.!?…]*$`, 'u');

// A question, not inside a quotation: it ends with its question mark.
const ASKS = /^[^“"«]*\?[\s)]*$/u;

/**
 * Whether a sentence is part of something it does not hold whole: it ends on a colon, or opens a quotation it does
 * not close (the rest of the quotation is in the sentences after it), or closes one opened before it.
 * @param text - the sentence
 * @returns true for "… per decidere il da farsi:" and "A prendere la parola è X: “Chiediamo quattro cose."
 */
function unfinished(text: string): boolean {
  if (/:\s*$/u.test(text)) return true;
  if (balancedMarks(text)) return false;
  const quoted = findQuotations(text);
  // (a mark that no quotation found in the sentence starts, holds or ends: an opening one whose words run on, or the
  // closing one of words begun in the sentences before, "Infine, chiediamo certezze sullo stabilimento di Bologna"."")
  for (const m of text.matchAll(/[“”«»"]/gu)) if (!quoted.some((q) => q.start <= m.index && m.index < q.end)) return true;
  return false;
}

/**
 * A paragraph's sentences as a summary takes them: a quotation of several sentences that closes soon is one ("«Sono
 * orgoglioso. Ho trovato le risorse»"), where the index reads each of its sentences apart.
 * @param p - the paragraph
 * @param lang - its article's language
 * @param run - whether the paragraph starts or ends inside a quotation run over paragraphs
 * @returns each unit's first sentence, text and terms
 */
function summaryUnits(p: Paragraph, lang: Lang, run?: { readonly openStart: boolean; readonly openEnd: boolean }): { p: Paragraph; i: number; text: string; terms: string[]; inside: boolean }[] {
  const terms = sentenceTerms(p, lang);
  const inside = insideQuotation(p);
  // (a paragraph entered inside a quotation run is in it up to the sentence holding its first closing mark; one left
  // inside a run is in it from the sentence holding its last opening mark)
  if (run?.openStart) {
    const close = p.text.search(/[”»"]/u);
    p.sentences.forEach((s, i) => (inside[i] ||= close < 0 || s.start <= close));
  }
  if (run?.openEnd) {
    const open = Math.max(p.text.lastIndexOf('“'), p.text.lastIndexOf('«'), p.text.lastIndexOf('"'));
    p.sentences.forEach((s, i) => (inside[i] ||= open >= 0 && s.end > open));
  }
  const out: { p: Paragraph; i: number; text: string; terms: string[]; inside: boolean }[] = [];
  const whole = splitSentences(p.text, { wholeQuotations: true });
  if (whole.length === p.sentences.length) return p.sentences.map((s, i) => ({ p, i, text: s.text, terms: terms[i]!.map((t) => t.term), inside: inside[i]! }));
  let w = 0;
  p.sentences.forEach((s, i) => {
    while (w < whole.length - 1 && whole[w]!.end <= s.start) w++;
    const last = out.at(-1);
    // (a sentence inside the same whole quotation as the one before joins it)
    if (last && i > 0 && whole[w]!.start <= p.sentences[i - 1]!.start) {
      last.text = p.text.slice(p.sentences[last.i]!.start, s.end);
      last.terms.push(...terms[i]!.map((t) => t.term));
    } else out.push({ p, i, text: s.text, terms: terms[i]!.map((t) => t.term), inside: inside[i]! });
  });
  return out;
}

/**
 * Whether a text's quotation marks pair up by count: as many “ as ”, « as », and an even number of straight marks
 * (no quotation opens in it and runs on, or ends in it having opened before). A cheap test before reading the
 * quotations themselves.
 * @param text - a sentence
 * @returns true when the marks pair up, or there are none
 */
function balancedMarks(text: string): boolean {
  let open = 0;
  let close = 0;
  let guillemets = 0;
  let straight = 0;
  for (const ch of text) {
    if (ch === '“') open++;
    else if (ch === '”') close++;
    else if (ch === '«') guillemets++;
    else if (ch === '»') guillemets--;
    else if (ch === '"') straight++;
  }
  return open === close && guillemets === 0 && straight % 2 === 0;
}

/**
 * Where a paragraph's sentences start inside a quotation opened in a sentence before ("“Chiediamo quattro cose. La
 * prima è … Infine … Riva Alta". Poi …": "La prima è …" is the middle of someone's words).
 * @param p - the paragraph
 * @returns for each sentence, whether a quotation of the paragraph opens before it and closes after its start
 */
function insideQuotation(p: Paragraph): boolean[] {
  // (only where some sentence's marks do not pair up can a quotation run from one sentence into the next)
  const quoted = p.sentences.every((s) => balancedMarks(s.text)) ? [] : findQuotations(p.text);
  return p.sentences.map((s, i) => i > 0 && quoted.some((q) => q.start < s.start && s.start < q.end - 1));
}

function buildModel(article: Article): ArticleModel {
  const lang = articleLang(article);
  // An interview's answers: the paragraphs after the interviewer's.
  const prompts = new Set([...interviewPrompts(article.paragraphs.length, (i) => article.paragraphs[i]!)].map((i) => article.paragraphs[i]!));
  const answers = new Set([...prompts].map((p) => article.paragraphs[p.number]!));
  // Quotations run over paragraphs (quotes.ts): a sentence from where one opens to where it closes is part of words
  // that the sentences around it hold, and names nobody who says them.
  const runs = quotationRuns(article.paragraphs.map((p) => closingOpeners(p.text)));
  const raw = article.paragraphs
    .flatMap((p, k) => summaryUnits(p, lang, runs[k]))
    // A byline opening the article ("di Nicola Ricchitelli.", "By Jane Doe.") says nothing of its content.
    .filter((r, k) => !(k === 0 && BYLINE.test(r.text)));
  const idf = inverseDocumentFrequencies(raw.map((r) => r.terms));
  const n = Math.max(1, raw.length - 1);
  const keys = raw.map((r) => factKeys(r.text));
  const facts = factWeights(keys);
  const units = raw.map((r, order) => ({
    paragraph: r.p,
    sentence: r.i,
    text: r.text,
    section: r.p.sectionId,
    order,
    vector: tfidfVector(r.terms, idf),
    facts: facts[order]!,
    place: order / n,
    // (the article's first sentence leans on nothing: "Questo mese siamo stati a colloquio con …" opens the piece)
    dependent: order > 0 && (DEPENDENT_START[lang].test(r.text) || DEPENDENT_INSERT[lang].test(r.text) || (UNATTRIBUTED_QUOTE.test(r.text) && !answers.has(r.p))),
    // (or the next paragraph's first sentence, when the quotation closes its own: "«…»." then "Lo ha detto il presidente
    // della Regione X, …")
    saidBy: UNATTRIBUTED_QUOTE.test(r.text) && (raw[order + 1]?.p === r.p || (raw[order + 1]?.i === 0 && raw[order + 1]?.p.number === r.p.number + 1)) && NAMES_WHO_SAID[lang].test(raw[order + 1]?.text ?? ''),
    asks: ASKS.test(r.text),
    unfinished: unfinished(r.text) || r.inside,
    answer: answers.has(r.p),
    prompt: prompts.has(r.p),
  }));
  const headingVectors = new Map<string, SparseVector>();
  for (const s of article.sections) {
    headingVectors.set(s.id, tfidfVector(analyze(s.title, lang).map((t) => t.term), idf));
  }
  const paragraphTerms = new Map<Paragraph, Set<string>>();
  for (const u of units) {
    let terms = paragraphTerms.get(u.paragraph);
    if (!terms) paragraphTerms.set(u.paragraph, (terms = new Set()));
    for (const t of u.vector.keys()) terms.add(t);
  }
  return { article, lang, units, headingVectors, paragraphTerms };
}

/**
 * Where a sentence stands, as a weight: news puts what matters first.
 * @param u - the sentence
 * @returns a weight from 1 (last) to 1.5 (first)
 */
function positionPrior(u: Unit): number {
  return 1 + 0.5 * (1 - u.place);
}

/**
 * LexRank with a prior: the stationary distribution of a random walk over the sentence similarity graph that
 * jumps, with probability 1 − `damping`, to a sentence drawn from `prior`.
 * @param units - the sentences
 * @param weights - the teleport distribution (any positive scale)
 * @param similarity - their pairwise cosine similarity, when already computed
 * @param damping - share of steps that follow similarity edges
 * @returns one centrality per sentence (sums to 1)
 */
function lexRank(units: readonly Unit[], weights: readonly number[], similarity?: Similarity, damping = 0.85): number[] {
  const n = units.length;
  if (!n) return [];
  const priorSum = weights.reduce((a, w) => a + w, 0);
  const prior = weights.map((w) => w / priorSum);
  // Similarity to oneself is no edge of the graph.
  const sim = similarity ?? similarityMatrix(units);
  const rowSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = sim[i]!;
    let total = 0;
    for (let j = 0; j < n; j++) if (j !== i) total += row[j]!;
    rowSum[i] = total;
  }
  let rank = prior.slice();
  for (let iter = 0; iter < 100; iter++) {
    let dangling = 0;
    for (let j = 0; j < n; j++) if (!rowSum[j]) dangling += rank[j]!;
    const next = prior.map((p) => (1 - damping + damping * dangling) * p);
    for (let j = 0; j < n; j++) {
      if (!rowSum[j]) continue;
      const share = (damping * rank[j]!) / rowSum[j]!;
      const row = sim[j]!;
      for (let i = 0; i < n; i++) if (i !== j && row[i]) next[i]! += share * row[i]!;
    }
    const delta = next.reduce((a, v, i) => a + Math.abs(v - rank[i]!), 0);
    rank = next;
    if (delta < 1e-9) break;
  }
  return rank;
}

/** Pairwise similarity of sentences: row i holds sentence i's similarity to each sentence. */
type Similarity = readonly Readonly<ArrayLike<number>>[];

/**
 * Pairwise cosine similarity of sentences, each pair computed once; 1 on the diagonal.
 * @param units - the sentences
 * @returns the symmetric matrix
 */
function similarityMatrix(units: readonly Unit[]): Float64Array[] {
  const n = units.length;
  const sim = units.map(() => new Float64Array(n));
  // Dot products through the terms sentences share (an inverted list per term), so pairs with no word in common
  // cost nothing; then divided by the norms, each computed once.
  const postings = new Map<string, { doc: number; weight: number }[]>();
  const norms = new Float64Array(n);
  units.forEach((u, doc) => {
    let sq = 0;
    for (const [term, weight] of u.vector) {
      sq += weight * weight;
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push({ doc, weight });
    }
    norms[doc] = Math.sqrt(sq);
  });
  for (const list of postings.values()) {
    for (let a = 0; a < list.length; a++) {
      const x = list[a]!;
      const row = sim[x.doc]!;
      for (let b = a + 1; b < list.length; b++) row[list[b]!.doc]! += x.weight * list[b]!.weight;
    }
  }
  for (let i = 0; i < n; i++) {
    const row = sim[i]!;
    for (let j = i + 1; j < n; j++) {
      const c = row[j] ? row[j]! / (norms[i]! * norms[j]!) : 0;
      row[j] = c;
      sim[j]![i] = c;
    }
    row[i] = 1;
  }
  return sim;
}

function scaled(values: readonly number[]): number[] {
  const max = Math.max(0, ...values);
  return values.map((v) => (max > 0 ? v / max : 0));
}

/**
 * Salience of each sentence of a text (a whole article or one section).
 * @param model - the article's model
 * @param units - the sentences to rank
 * @param tuning - signal weights
 * @param similarity - the sentences' pairwise cosine similarity, when already computed
 * @returns one score per sentence, in [0, 1]
 */
function salience(model: ArticleModel, units: readonly Unit[], tuning: SummaryTuning, similarity?: Similarity): number[] {
  const prior = units.map(positionPrior);
  const centrality = scaled(lexRank(units, prior, similarity));
  const facts = scaled(units.map((u) => u.facts));
  const headingRaw = units.map((u) => cosine(u.vector, model.headingVectors.get(u.section) ?? new Map<string, number>()));
  // Scaled within each section, so every section's best match to its heading stands out equally.
  const bestPerSection = new Map<string, number>();
  units.forEach((u, i) => bestPerSection.set(u.section, Math.max(bestPerSection.get(u.section) ?? 0, headingRaw[i]!)));
  const headings = units.map((u, i) => headingRaw[i]! / (bestPerSection.get(u.section) || 1));
  const position = scaled(prior);
  return units.map((u, i) => {
    let s =
      tuning.centrality * centrality[i]! +
      tuning.facts * facts[i]! +
      tuning.heading * headings[i]! +
      tuning.position * position[i]!;
    if (u.dependent) s *= tuning.dependent;
    // (a question says nothing of its own, nor does the interviewer's paragraph that asks it: an interview's summary is
    // its answers)
    if (u.asks || u.prompt) s *= 0.5;
    s *= 1 - (u.answer ? 0 : tuning.quoted * quotedShare(u.text)) - tuning.framing * framingShare(u.text);
    // A fragment ("“Non so cosa succederà”.") rarely stands on its own in a summary.
    return u.text.length < FRAGMENT_CHARS ? s * 0.5 : s;
  });
}

/**
 * How much of a sentence is inside quotation marks: words someone said, which tell what they think more often
 * than what happened.
 * @param text - the sentence
 * @returns a share from 0 to 1
 */
function quotedShare(text: string): number {
  let inside = 0;
  for (const m of text.matchAll(/[“«"][^”»"]*[”»"]/gu)) inside += m[0].length;
  return text.length ? inside / text.length : 0;
}

// "Ahmad Al-Dahle, vice presidente per l’IA generativa di Meta, …": a name, then a phrase that says who it is.
const APPOSITION = /\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*)*,\s+((?:un|una|uno|un’|il|lo|la|l’|i|gli|le|vice|che|the|an?|who)(?![\p{L}])[^,]*),/gu;
// "…, dice Lambert", "…, afferma Nathan Lambert": who said it.
const REPORTING = /,\s*(?:dice|diceva|afferma|sostiene|spiega|aggiunge|says|said|adds)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu;

/**
 * How much of a sentence introduces people rather than saying what happened: appositions after a name ("Jon
 * Turow, un investitore presso Madrona Ventures a Seattle,") and reporting clauses ("…, dice Lambert").
 * @param text - the sentence
 * @returns a share from 0 to 1
 */
function framingShare(text: string): number {
  let framing = 0;
  for (const m of text.matchAll(APPOSITION)) framing += m[1]!.length;
  for (const m of text.matchAll(REPORTING)) framing += m[0].length;
  return text.length ? Math.min(1, framing / text.length) : 0;
}

interface SelectOptions {
  readonly max: number;
  /** Weight of salience against redundancy (MMR λ). */
  readonly lambda: number;
  /** Query terms (topic summaries) or heading terms (section summaries): each one covered earns a share. */
  readonly queryTerms?: readonly string[];
  /** Whether a short sentence that leans on a picked one comes along with it. */
  readonly bundle: boolean;
}

/** The longest follow-up sentence that is taken along with the sentence it leans on. */
const BUNDLE_MAX_CHARS = 120;

/**
 * Greedy MMR selection within the character budget.
 * @param units - candidates
 * @param scores - their salience or relevance
 * @param options - size, λ, query coverage
 * @returns the picked sentences in document order
 */
function select(units: readonly Unit[], scores: readonly number[], options: SelectOptions): Unit[] {
  const chosen: number[] = [];
  const covered = new Set<string>();
  let chars = 0;
  while (chosen.length < options.max) {
    let best = -1;
    let bestValue = -Infinity;
    units.forEach((u, i) => {
      if (chosen.includes(i) || chars + u.text.length > SUMMARY_MAX_CHARS) return;
      let redundancy = 0;
      for (const j of chosen) redundancy = Math.max(redundancy, cosine(u.vector, units[j]!.vector));
      let coverage = 0;
      if (options.queryTerms?.length) {
        const fresh = options.queryTerms.filter((t) => !covered.has(t) && u.vector.has(t)).length;
        coverage = 0.3 * (fresh / options.queryTerms.length);
      }
      const value = options.lambda * scores[i]! - (1 - options.lambda) * redundancy + coverage;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    });
    if (best < 0) break;
    const picked = [best];
    const next = units[best + 1];
    if (
      options.bundle &&
      next &&
      (next.dependent || units[best]!.saidBy) &&
      next.paragraph === units[best]!.paragraph &&
      (next.text.length <= BUNDLE_MAX_CHARS || units[best]!.saidBy) &&
      !chosen.includes(best + 1) &&
      chosen.length + 2 <= options.max &&
      chars + units[best]!.text.length + next.text.length <= SUMMARY_MAX_CHARS
    ) {
      // "Meta ha rilasciato Llama 2." + "Questa volta è open source …": the follow-up completes the statement.
      picked.push(best + 1);
    }
    for (const i of picked) {
      chosen.push(i);
      chars += units[i]!.text.length;
      for (const t of options.queryTerms ?? []) if (units[i]!.vector.has(t)) covered.add(t);
    }
  }
  return chosen.map((i) => units[i]!).sort((a, b) => a.order - b.order);
}

/** Options of the coverage-based selection of whole-article summaries. */
interface CoverageOptions {
  readonly max: number;
  /** Share of a sentence's total similarity to the article beyond which being represented earns nothing more. */
  readonly saturation: number;
  /** Weight of the diversity reward (salience, with diminishing returns within each section). */
  readonly diversity: number;
  /** Each sentence's cost (its softened length). */
  readonly costs: readonly number[];
  /** Sentences shorter than this are left out, unless taken along with the one they follow. */
  readonly minChars: number;
  /** Each section's heading terms: a sentence earns the share of its section heading's terms it adds. */
  readonly headingTerms: ReadonlyMap<string, readonly string[]>;
  /** Weight of that share. */
  readonly headingGain: number;
  /** How far past its share of the article a section may go (0.2 = 20%). */
  readonly quotaSlack: number;
  /** How much a section's first sentence longer than its share loses (its value × (share / length)^this). */
  readonly quotaExponent: number;
  /** The sentence picked before any other: the lead's main sentence. */
  readonly lead?: number;
  /** Fewest sentences wanted: when the strict pass picks fewer, fragments and leaning sentences fill up. */
  readonly min: number;
}

/** Two sentences this similar (TF-IDF cosine) say the same thing: a summary holds only one of them. */
export const NEAR_DUPLICATE = 0.6;

/**
 * The lead's main sentence: news and encyclopaedia articles put what matters most first, so a whole-article
 * summary starts from the lede, the first sentence of ¶1 that stands on its own (not a fragment, not leaning on the
 * sentence before, not opening on someone's words); else from the most salient of ¶1's sentences that stand on their
 * own, or its most salient sentence at all when none does.
 * @param units - the article's sentences, in order
 * @param rewards - their salience
 * @returns the index of that sentence, or undefined for an empty article
 */
function leadSentence(units: readonly Unit[], rewards: readonly number[], titleTerms: ReadonlySet<string>): number | undefined {
  const first = units[0]?.paragraph;
  const lead = units.map((u, k) => k).filter((k) => units[k]!.paragraph === first);
  const whole = (k: number) => !units[k]!.dependent && !units[k]!.unfinished && units[k]!.text.length <= SUMMARY_MAX_CHARS;
  const standing = lead.filter((k) => units[k]!.text.length >= FRAGMENT_CHARS && whole(k));
  // (else a short sentence of five words or more that stands on its own: "L’estate in Riviera fatica a partire.")
  const short = lead.filter((k) => whole(k) && !UNATTRIBUTED_QUOTE.test(units[k]!.text) && /[.!?…]["”»’]?\s*$/u.test(units[k]!.text) && units[k]!.text.split(/\s+/u).length >= 5);
  // The lede: the first of them that does not open on someone's words ("MACERATA – «Ho sbagliato …»" is a quotation
  // set before what happened, which the next sentence tells).
  // (one that only sets the scene — no word of the title, no name, no figure: "Un boato, la polvere che si alza, le
  // urla." over "Crolla il controsoffitto in una scuola" — gives way to the first that writes a word of the title,
  // "… una parte del controsoffitto è crollata …")
  const told = (k: number) => [...units[k]!.vector.keys()].some((t) => titleTerms.has(t));
  const ledes = standing.filter((k) => !OPENS_QUOTING.test(units[k]!.text));
  const scene = ledes[0] !== undefined && units[ledes[0]]!.facts === 0 && !told(ledes[0]);
  const lede = (scene ? ledes.find(told) : undefined) ?? ledes[0];
  if (lede !== undefined) return lede;
  // (with none, a lead that opens with a quotation and names who said it right after — "L'AQUILA. «…»." then "Lo ha
  // detto il presidente della Regione X, nel corso del suo intervento …" — starts from the quotation, which brings the
  // sentence naming the speaker along)
  // (past a dateline standing as a sentence of its own, "L'AQUILA.")
  const opening = lead.find((k) => !DATELINE_SENTENCE.test(units[k]!.text));
  if (opening !== undefined && units[opening]!.saidBy && units[opening]!.text.length <= SUMMARY_MAX_CHARS) return opening;
  const pool = standing.length ? standing : short.length ? short : lead.filter((k) => units[k]!.text.length <= SUMMARY_MAX_CHARS);
  return pool.sort((a, b) => rewards[b]! - rewards[a]! || a - b)[0];
}

// A dateline read as a sentence of its own ("L'AQUILA."; the mark after it may be left out).
const DATELINE_SENTENCE = new RegExp(String.raw`^\s*${DATELINE}?\s*$`, 'u');

// A sentence that opens with a quotation mark, after a dateline in capitals if any ("ROMA – «…").
const OPENS_QUOTING = /^\s*(?:\p{Lu}[\p{Lu}' ]*\s+[–—-]\s*)?[“"«‘]/u;

/**
 * Budgeted selection for a whole article by a monotone submodular objective (Lin & Bilmes 2011): how well the
 * summary represents every sentence of the article, each sentence saturating once the summary says enough like
 * it, plus a diversity reward — the square root of the salience picked in each section, so a section's first
 * sentence is worth more than its second. Greedy on gain per cost, until the character budget or the sentence
 * count is spent; saturation is what lets a sentence with a fact said nowhere else (an agreement, a figure)
 * win over a fourth way of saying what the article is about.
 * @param units - candidates, in document order
 * @param sim - their pairwise cosine similarity
 * @param rewards - their salience (not divided by cost)
 * @param options - size, saturation, diversity weight, costs
 * @returns the picked sentences in document order
 */
function selectByCoverage(units: readonly Unit[], sim: Similarity, rewards: readonly number[], options: CoverageOptions): Unit[] {
  const n = units.length;
  const cap = sim.map((row) => {
    let total = 0;
    for (let i = 0; i < n; i++) total += row[i]!;
    return options.saturation * total;
  });
  const capTotal = cap.reduce((a, x) => a + x, 0) || 1;
  const rewardTotal = Math.sqrt(rewards.reduce((a, x) => a + x, 0)) || 1;
  const have = new Array<number>(n).fill(0);
  const paragraphReward = new Map<number, number>();
  const covered = new Set<string>();
  const chosen: number[] = [];
  let chars = 0;
  // Each section's share of the summary: its share of the article's characters, of the character budget.
  const size = new Map<string, number>();
  for (const u of units) size.set(u.section, (size.get(u.section) ?? 0) + u.text.length);
  const articleChars = units.reduce((a, u) => a + u.text.length, 0) || 1;
  const quota = new Map([...size].map(([s, c]) => [s, (SUMMARY_MAX_CHARS * c) / articleChars]));
  const used = new Map<string, number>();
  const take = (k: number) => {
    chosen.push(k);
    chars += units[k]!.text.length;
    used.set(units[k]!.section, (used.get(units[k]!.section) ?? 0) + units[k]!.text.length);
    const row = sim[k]!;
    for (let i = 0; i < n; i++) have[i]! += row[i]!;
    const u = units[k]!;
    paragraphReward.set(u.paragraph.number, (paragraphReward.get(u.paragraph.number) ?? 0) + rewards[k]!);
    for (const t of options.headingTerms.get(u.section) ?? []) if (u.vector.has(t)) covered.add(`${u.section}\u0000${t}`);
  };
  let relaxed = false;
  // A sentence that leans on the one before it ("Egli ritiene …") is a candidate only once that one is picked; a
  // near-duplicate of a picked sentence never is.
  // (`anyLength`: the lead, short as it may be, was chosen to stand on its own)
  const fits = (k: number, anyLength = false) =>
    !chosen.includes(k) &&
    chars + units[k]!.text.length <= SUMMARY_MAX_CHARS &&
    (units[k]!.text.length >= options.minChars || relaxed || anyLength) &&
    // (the lead's quotation leans on nothing when the sentence after it names who said it)
    (!units[k]!.dependent || chosen.includes(k - 1) || relaxed || (anyLength && units[k]!.saidBy)) &&
    ((!units[k]!.asks && !units[k]!.prompt) || relaxed) &&
    // (never a piece of something it does not hold whole: a summary shorter by one reads better)
    !units[k]!.unfinished &&
    // (a bare quotation only with the sentence naming who said it)
    (!units[k]!.saidBy || (!chosen.includes(k + 1) && chosen.length + 2 <= options.max && chars + units[k]!.text.length + units[k + 1]!.text.length <= SUMMARY_MAX_CHARS)) &&
    chosen.every((j) => sim[k]![j]! < NEAR_DUPLICATE && units[j]!.text !== units[k]!.text);
  const takeSaid = (k: number) => {
    take(k);
    if (units[k]!.saidBy) take(k + 1);
  };
  if (options.lead !== undefined && fits(options.lead, true)) takeSaid(options.lead);
  // A strict pass, then, when it picked fewer than asked, a relaxed one that also takes fragments and sentences
  // leaning on an unpicked one.
  for (;;) {
    while (chosen.length < options.max) {
      let best = -1;
      let bestValue = 0;
      const taken = new Set(chosen.map((j) => units[j]!.section));
      // Every section first gets its best sentence, while one of its sentences still fits.
      const open = new Set(units.filter((u, k) => !taken.has(u.section) && fits(k)).map((u) => u.section));
      // Then each section's share of the summary follows its share of the article, while any sentence fits it.
      const withinQuota = (k: number) => {
        const u = units[k]!;
        return !taken.has(u.section) || (used.get(u.section) ?? 0) + u.text.length <= (1 + options.quotaSlack) * quota.get(u.section)!;
      };
      const quotaBinds = !open.size && units.some((_, k) => fits(k) && withinQuota(k));
      for (let k = 0; k < n; k++) {
        const u = units[k]!;
        if (!fits(k) || (open.size && !open.has(u.section)) || (quotaBinds && !withinQuota(k))) continue;
        // The similarity is symmetric: row k is read in order.
        const row = sim[k]!;
        let gain = 0;
        for (let i = 0; i < n; i++) gain += Math.min(have[i]! + row[i]!, cap[i]!) - Math.min(have[i]!, cap[i]!);
        const before = paragraphReward.get(u.paragraph.number) ?? 0;
        const diverse = Math.sqrt(before + rewards[k]!) - Math.sqrt(before);
        let heading = 0;
        const terms = options.headingTerms.get(u.section) ?? [];
        if (terms.length) heading = terms.filter((t) => !covered.has(`${u.section}\u0000${t}`) && u.vector.has(t)).length / terms.length;
        let value = (gain / capTotal + options.diversity * (diverse / rewardTotal) + options.headingGain * heading) / options.costs[k]!;
        // A section's first sentence longer than its share costs the other sections room.
        if (!taken.has(u.section)) value *= Math.min(1, ((1 + options.quotaSlack) * quota.get(u.section)!) / u.text.length) ** options.quotaExponent;
        if (value > bestValue) {
          bestValue = value;
          best = k;
        }
      }
      if (best < 0) break;
      takeSaid(best);
      const next = units[best + 1];
      if (
        !units[best]!.saidBy &&
        next?.dependent &&
        ((!next.asks && !next.prompt) || relaxed) &&
        !next.unfinished &&
        next.paragraph === units[best]!.paragraph &&
        next.text.length <= BUNDLE_MAX_CHARS &&
        !chosen.includes(best + 1) &&
        chosen.length < options.max &&
        chars + next.text.length <= SUMMARY_MAX_CHARS
      ) {
        take(best + 1);
      }
    }
    if (relaxed || chosen.length >= Math.min(options.min, n)) break;
    // Fragments fill a summary that ran out of whole sentences, not the room a full one left ("Guarda il filmato").
    if (units.some((u, k) => !chosen.includes(k) && u.text.length >= options.minChars && chars + u.text.length > SUMMARY_MAX_CHARS)) break;
    relaxed = true;
  }
  // An article that is all quotation running over its paragraphs has no sentence that stands whole: its opening
  // sentences, in order, as far as the budget goes, rather than nothing ("“Il governo ignora …", then "…”: lo
  // affermano in una nota i deputati A, B e C.").
  if (!chosen.length) {
    for (let k = 0; k < n && chosen.length < options.max && chars + units[k]!.text.length <= SUMMARY_MAX_CHARS && !/:\s*$/u.test(units[k]!.text); k++) take(k);
  }
  return chosen.map((i) => units[i]!).sort((a, b) => a.order - b.order);
}

/**
 * The index terms of a topic: analysed in the article's language, or, for an English topic over an Italian
 * article ("the licence", "training data"), translated through the bilingual lexicon.
 * @param topic - what the user typed
 * @param lang - the article's language
 * @param index - the passage index (its English→Italian lexicon, and the names its corpus writes)
 * @returns weighted index terms
 */
function topicTerms(topic: string, lang: Lang, index: PassageIndex): WeightedTerm[] {
  const text = topic.normalize('NFC');
  // (its names and cognates read against the index, as a question's are: "the strike in Sicily" → "Sicilia")
  if (lang === 'it' && detectLanguage(text) === 'en') return translateForIndex(text, index).terms;
  // A word that only shares its stem with a name ("meteo", "Meta") is searched as written (see `nameMeets`).
  const written = new Map<string, string>();
  for (const t of analyze(text, lang)) {
    const plain = foldAccents(text.slice(t.start, t.end).toLowerCase());
    if (!nameMeets(index, lang, t.term, plain)) written.set(t.term, plain);
    else written.delete(t.term);
  }
  return queryTerms(text, lang).map((t) => (written.has(t.term) ? { ...t, term: written.get(t.term)! } : t));
}

/** A section together with its article, as the lookup sees it. */
type ScopedSection = Section & { readonly article: string };

/** Summaries over a corpus; article models are built on first use and kept. */
export interface Summarizer {
  /**
   * Summarises an article, one of its sections, or a topic.
   * @param options - what to summarise and how long
   * @returns the summary, or why there is none
   */
  summarize(options?: SummaryOptions): SummaryResult;
}

/**
 * Creates the summarizer for a corpus.
 * @param articles - the corpus (with sections, automatic or written)
 * @param passages - the passage index built from the same articles, for topic relevance (or a function that
 *   returns it, called on the first topic summary)
 * @param tuning - weights to override (experiments); Brano uses `DEFAULT_TUNING`
 * @returns the summarizer
 * @example
 * const { summarize } = createSummarizer(articles, buildPassageIndex(articles));
 * summarize({ section: 'licenza', length: 'short' }).kind // 'summary'
 */
export function createSummarizer(articles: readonly Article[], passages: PassageIndex | (() => PassageIndex), tuning: Partial<SummaryTuning> = {}): Summarizer {
  const tune: SummaryTuning = { ...DEFAULT_TUNING, ...tuning };
  const models = new Map<string, ArticleModel>();
  const modelOf = (article: Article) => {
    let m = models.get(article.slug);
    if (!m) {
      m = buildModel(article);
      models.set(article.slug, m);
    }
    return m;
  };
  // Only topic summaries need the index: whole-article and section summaries never wait for it.
  let topicIndex: { index: PassageIndex; docOf: Map<string, number> } | undefined;
  const indexed = () => {
    if (!topicIndex) {
      const index = typeof passages === 'function' ? passages() : passages;
      const docOf = new Map<string, number>();
      index.paragraphs.forEach((ref, doc) => docOf.set(`${ref.article.slug}\u0000${ref.paragraph.number}`, doc));
      topicIndex = { index, docOf };
    }
    return topicIndex;
  };

  const result = (model: ArticleModel, title: string, picked: readonly Unit[]): SummaryResult => ({
    kind: 'summary',
    title,
    article: model.article.slug,
    sentences: picked.map((u) => ({ article: model.article.slug, paragraph: u.paragraph.number, text: u.text })),
  });

  // Salience depends only on the text summarised (an article or a section), so it is computed once per text.
  const scoreCache = new Map<string, { rewards: number[]; costs: number[]; sim: Similarity }>();
  const summarizeText = (model: ArticleModel, scope: string, units: readonly Unit[], length: SummaryLength, whole: boolean) => {
    const key = `${model.article.slug}\u0000${scope}`;
    let cached = scoreCache.get(key);
    if (!cached) {
      const mean = units.reduce((a, u) => a + u.text.length, 0) / Math.max(1, units.length);
      const exponent = whole ? tune.articleLengthExponent : tune.lengthExponent;
      // Budgeted selection: value per (softened) unit of length, as in budgeted maximum coverage.
      const costs = units.map((u) => (Math.max(u.text.length, tune.lengthFloor * mean) / mean) ** exponent);
      const sim = whole ? similarityMatrix(units) : [];
      cached = { rewards: salience(model, units, tune, whole ? sim : undefined), costs, sim };
      scoreCache.set(key, cached);
    }
    const { rewards, costs, sim } = cached;
    // A text no longer than the summary asked for is its own summary.
    if (units.length <= SUMMARY_SIZES[length].max && units.reduce((a, u) => a + u.text.length, 0) <= SUMMARY_MAX_CHARS) return [...units];
    if (whole) {
      const lead = leadSentence(units, rewards, new Set(analyze(model.article.meta.title, articleLang(model.article)).map((t) => t.term)));
      return selectByCoverage(units, sim, rewards, {
        max: SUMMARY_SIZES[length].max,
        min: SUMMARY_SIZES[length].min,
        ...(lead !== undefined ? { lead } : {}),
        saturation: tune.saturation,
        diversity: tune.diversity,
        costs,
        minChars: FRAGMENT_CHARS,
        headingTerms: new Map([...model.headingVectors].map(([id, v]) => [id, [...v.keys()]])),
        headingGain: tune.headingCoverage,
        quotaSlack: tune.quotaSlack,
        quotaExponent: tune.quotaExponent,
      });
    }
    // A section's heading often lists what it covers ("dati, licenza e regole d’uso"): each word covered counts.
    const heading = [...(model.headingVectors.get(scope)?.keys() ?? [])];
    return select(
      units,
      rewards.map((x, i) => x / costs[i]!),
      { max: SUMMARY_SIZES[length].max, lambda: tune.lambda, bundle: true, ...(heading.length > 1 ? { queryTerms: heading } : {}) },
    );
  };

  const summarizeTopic = (topic: string, candidates: readonly Article[], length: SummaryLength): SummaryResult => {
    const { index, docOf } = indexed();
    interface TopicPick {
      model: ArticleModel;
      matched: Unit[];
      scores: number[];
      /** Sentences of the topic's paragraphs without query words, with their paragraph's relevance. */
      context: { unit: Unit; weight: number }[];
      top: number;
      terms: string[];
    }
    let best: TopicPick | undefined;
    const picks: TopicPick[] = [];
    // The topic's terms and their scores over the whole corpus depend only on the language the topic is read in:
    // computed once per language, not once per article.
    const byLang = new Map<Lang, { terms: WeightedTerm[]; pScores: Float64Array; sScores: Float64Array }>();
    for (const article of candidates) {
      const model = modelOf(article);
      let read = byLang.get(model.lang);
      if (!read) {
        const terms = topicTerms(topic, model.lang, index);
        read = { terms, pScores: index.paragraphIndex.scoreAll(terms), sScores: index.sentenceIndex.scoreAll(terms) };
        byLang.set(model.lang, read);
      }
      const { terms, pScores, sScores } = read;
      if (!terms.length) continue;
      const paragraphScore = (p: Paragraph) => pScores[docOf.get(`${article.slug}\u0000${p.number}`) ?? -1] ?? 0;
      const topP = Math.max(0, ...article.paragraphs.map(paragraphScore));
      if (topP <= 0) continue;
      // Share of the query's idf mass a paragraph holds: "Hugging Face" alone is not "WizardLM e le variazioni su Hugging Face".
      const totalIdf = terms.reduce((a, q) => a + index.paragraphIndex.idf(q.term), 0) || 1;
      const coverage = new Map<number, number>();
      for (const p of article.paragraphs) {
        const have = model.paragraphTerms.get(p);
        coverage.set(p.number, terms.reduce((a, q) => a + (have?.has(q.term) ? index.paragraphIndex.idf(q.term) : 0), 0) / totalIdf);
      }
      const topCoverage = Math.max(0, ...coverage.values());
      const matched: Unit[] = [];
      const rel: number[] = [];
      const context: { unit: Unit; weight: number }[] = [];
      for (const u of model.units) {
        const pScore = paragraphScore(u.paragraph);
        if (pScore < TOPIC_PARAGRAPH_SHARE * topP || (coverage.get(u.paragraph.number) ?? 0) < TOPIC_COVERAGE_SHARE * topCoverage) continue;
        const doc = docOf.get(`${article.slug}\u0000${u.paragraph.number}`);
        const sScore = doc === undefined ? 0 : (sScores[index.firstSentence[doc]! + u.sentence] ?? 0);
        if (sScore > 0) {
          matched.push(u);
          rel.push(sScore);
        } else {
          context.push({ unit: u, weight: pScore / topP });
        }
      }
      if (!matched.length) continue;
      const sentenceRel = scaled(rel);
      const scores = matched.map((u, i) => 0.6 * sentenceRel[i]! + 0.4 * (paragraphScore(u.paragraph) / topP));
      const pick = { model, matched, scores, context, top: topP, terms: terms.map((q) => q.term) };
      picks.push(pick);
      if (!best || topP > best.top) best = pick;
    }
    if (!best) return { kind: 'no-match', topic };
    const size = SUMMARY_SIZES[length];
    const picked = select(best.matched, best.scores, { max: size.max, lambda: 0.8, queryTerms: best.terms, bundle: false });
    // Too few of the best article's sentences name the topic: the ones other articles devote as much to it name it
    // too ("dividendo" in two companies' results), before any sentence that does not name it.
    const others: { model: ArticleModel; unit: Unit }[] = [];
    let room = SUMMARY_MAX_CHARS - picked.reduce((a, u) => a + u.text.length, 0);
    const elsewhere = picks
      .filter((x) => x !== best && x.top >= TOPIC_PARAGRAPH_SHARE * best!.top)
      .flatMap((x) => x.matched.map((unit, i) => ({ model: x.model, unit, score: x.scores[i]! * (x.top / best!.top) })))
      .sort((a, b) => b.score - a.score);
    for (const o of elsewhere) {
      if (picked.length + others.length >= size.min) break;
      if (o.unit.text.length > room) continue;
      others.push(o);
      room -= o.unit.text.length;
    }
    // Too few sentences name the topic: add the ones around them in the same paragraphs, which carry the rest of
    // what the article says about it ("… 700 milioni di utenti …" → "Non è chiaro il motivo, ma questa clausola …").
    let chars = SUMMARY_MAX_CHARS - room;
    const rest = best.context.slice();
    while (picked.length + others.length < size.min && rest.length) {
      const next = (u: Unit) => picked.some((p) => p.paragraph === u.paragraph && Math.abs(p.sentence - u.sentence) === 1);
      const ranked = rest
        .filter((c) => chars + c.unit.text.length <= SUMMARY_MAX_CHARS)
        .map((c) => ({ c, score: c.weight * (next(c.unit) ? 1 : 0.5) }))
        .sort((x, y) => y.score - x.score || x.c.unit.order - y.c.unit.order);
      const choice = ranked[0];
      if (!choice) break;
      picked.push(choice.c.unit);
      chars += choice.c.unit.text.length;
      rest.splice(rest.indexOf(choice.c), 1);
    }
    const own = result(best.model, topic.trim(), picked.sort((x, y) => x.order - y.order));
    if (!others.length || own.kind !== 'summary') return own;
    // (the other articles' sentences after the best article's, each article's in its order)
    const order = new Map<ArticleModel, number>();
    others.forEach((o, i) => order.set(o.model, order.get(o.model) ?? i));
    others.sort((a, b) => (a.model === b.model ? a.unit.order - b.unit.order : order.get(a.model)! - order.get(b.model)!));
    return { ...own, sentences: [...own.sentences, ...others.map((o) => ({ article: o.model.article.slug, paragraph: o.unit.paragraph.number, text: o.unit.text }))] };
  };

  return {
    summarize(options = {}) {
      let scope = articles;
      if (options.article !== undefined) {
        const a = articles.find((x) => x.slug === options.article);
        if (!a) return { kind: 'unknown-article', query: options.article, articles: articles.map((x) => x.slug) };
        scope = [a];
      }
      if (options.topic !== undefined && options.topic.trim()) {
        return summarizeTopic(options.topic, scope, options.length ?? 'medium');
      }
      if (options.section !== undefined) {
        const sections: ScopedSection[] = scope.flatMap((a) => a.sections.map((s) => ({ ...s, article: a.slug })));
        const match = rankSections(sections, options.section)[0];
        if (!match || match.score < SECTION_MATCH_THRESHOLD) {
          return { kind: 'unknown-section', query: options.section, sections };
        }
        const article = scope.find((a) => a.slug === match.section.article)!;
        const model = modelOf(article);
        const units = model.units.filter((u) => u.section === match.section.id);
        return result(model, match.section.title, summarizeText(model, match.section.id, units, options.length ?? 'medium', false));
      }
      const article = scope[0];
      if (!article) return { kind: 'unknown-article', query: '', articles: [] };
      const model = modelOf(article);
      return result(model, article.meta.title, summarizeText(model, '', model.units, options.length ?? articleSummaryLength(model.units.length), true));
    },
  };
}
