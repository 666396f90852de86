/**
 * Questions about what someone said: "cosa ha detto Renzi?", "che ne pensa il ministro Rossi?", "what did Lambert
 * say?". The passages that hold that person's statements answer them better than those that only name the person
 * ("Butti ha risposto alle insinuazioni di Renzi …" names Renzi twice; "Renzi ha accusato il governo …" is what he
 * said): `preferStatements` puts the search's passages that hold the person's statements first. A question that names
 * the source of its answer ("da quanto tempo è chiusa la cava secondo Alfieri?", "… according to Levo?") is asked the
 * same way, its source as the person and the rest as the topic; only the source's statements that score near the
 * search's best passage come first (`nearBest`).
 */
import type { AskResult, Passage } from './ask.js';
import { askedFact, statesFact } from './factQuestion.js';

// Italian: "(che) cosa ha detto X", "cosa aveva dichiarato X", "cosa dice X", "che ne pensa X", "cosa sostiene X".
const SAID_IT =
  /^(?:e\s+)?(?:ma\s+)?(?:(?:che\s+)?cosa|cos['’]|che)\s+(?:(?:ne\s+)?(?:ha|hanno|aveva|avevano)\s+(?:detto|dichiarato|affermato|sostenuto|spiegato|raccontato|commentato|risposto|replicato|scritto|annunciato|pensato|chiesto|proposto|sottolineato|ribadito|denunciato)|(?:ne\s+)?(?:dice|dicono|pensa|pensano|sostiene|sostengono|afferma|affermano|dichiara|dichiarano|racconta|spiega|risponde|replica|scrive|chiede|chiedono|propone|propongono))\s+(?<name>[^?!.]+?)\s*[?!.]*$/iu;
// The English verbs of saying such a question asks with, as the Italian ones above: base form and participle
// ("what did X stress", "what has X announced").
const SAID_EN_VERB = String.raw`(?:say|said|think|thought|claim|claimed|tell|told|argue|argued|state|stated|write|wrote|written|declare|declared|explain|explained|comment|commented|answer|answered|reply|replied|announce|announced|ask|asked|propose|proposed|suggest|suggested|stress|stressed|emphasi[sz]e|emphasi[sz]ed|underline|underlined|highlight|highlighted|reiterate|reiterated|repeat|repeated|denounce|denounced|critici[sz]e|critici[sz]ed|complain|complained|point\s+out|pointed\s+out|add|added|warn|warned)`;
// "what did X say", "what has X announced": the English question's opening, the name and the verb.
const SAID_EN_HEAD = String.raw`^(?:and\s+|so\s+)?what\s+(?:did|does|do|has|have|had)\s+(?<name>[^?!.]+?)\s+${SAID_EN_VERB}`;
// English: "what did X say", "what does X think", "what has X said" (nothing after the verb: "… say about the licence"
// asks about a topic).
const SAID_EN = new RegExp(String.raw`${SAID_EN_HEAD}\s*[?!.]*$`, 'iu');
// Words that start what the statement was about, or a clause, after the name: such a question is left to the search.
// (also whom it was said to: "cosa ha chiesto Musumeci a Curcio?" is asked of Musumeci's statements naming Curcio)
const TOPIC_START = /\s+(?:su|sul|sulla|sullo|sui|sugli|sulle|sull['’]\S*|riguardo|circa|a proposito|in merito|per|che|quando|dopo|a|ad|al|allo|alla|ai|agli|alle|all['’]\S*|about|on|regarding|concerning|of|to|that|when|after)(?=\s|$)/iu;
// What the name cannot be: pronouns, and words that ask about the article itself.
const NOT_A_NAME = /^(?:lui|lei|loro|egli|ella|he|she|they|it|l['’]articolo|the article|articolo|article|il testo|the text|you|tu|voi)$/iu;

/**
 * The person a question asks the statements of, as typed (with what follows the name, when it is not a topic
 * introduced by `TOPIC_START`: "Turow di Llama 2" is looked up as a name, and the registry finds Turow); undefined
 * for any other question.
 * @param question - the question, as plain text
 * @returns the name (with its article or role, as typed: "il ministro Rossi")
 * @example
 * statementSubject('Cosa ha detto Renzi?') // 'Renzi'
 * statementSubject('What did Lambert say?') // 'Lambert'
 * statementSubject('Cosa ha detto Lambert sulla licenza?') // undefined: the topic's words lead the search
 */
export function statementSubject(question: string): string | undefined {
  const q = question.trim();
  const italian = SAID_IT.exec(q)?.groups?.name?.trim();
  const typed = italian ?? SAID_EN.exec(q)?.groups?.name?.trim();
  // "cosa ha detto Biraben sulla peste?" asks about a topic: its words lead the search, as for any question ("of"
  // before the English verb is the office's complement, as "di" is: "what did the mayor of Teramo say?")
  if (!typed || TOPIC_START.test(italian ? typed : typed.replace(/\s+of(?=\s)/giu, ' ')) || typed.length > 80 || NOT_A_NAME.test(typed)) return undefined;
  return typed;
}

/**
 * The person a question asks the statements of on a topic ("cosa ha detto Truzzu su via Roma?" → Truzzu): the name
 * before the words that start the topic; undefined for any other question.
 * @param question - the question, as plain text
 * @returns the name, as typed
 * @example
 * statementTopicSubject('Cosa ha detto Lambert sulla licenza?') // 'Lambert'
 * statementTopicSubject('Cosa ha detto Lambert?') // undefined: see statementSubject
 */
export function statementTopicSubject(question: string): string | undefined {
  const q = question.trim();
  const source = sourceOf(q);
  if (source) return source.name;
  const italian = SAID_IT.exec(q)?.groups?.name?.trim();
  const topic = italian ? TOPIC_START.exec(italian) : null;
  const name = topic ? italian!.slice(0, topic.index).trim() : SAID_EN_TOPIC.exec(q)?.groups?.name?.trim();
  return name && name.length <= 80 && !NOT_A_NAME.test(name) ? name : undefined;
}

/**
 * The topic a question about someone's statements asks about ("cosa ha detto Lepore sui ritardi?" → "sui ritardi",
 * "what did the mayor say about the delays?" → "about the delays"); undefined for any other question.
 * @param question - the question, as plain text
 * @returns the topic's words, as typed
 */
export function statementTopic(question: string): string | undefined {
  const q = question.trim();
  const source = sourceOf(q);
  if (source) return source.topic;
  const italian = SAID_IT.exec(q)?.groups?.name?.trim();
  const topic = italian ? TOPIC_START.exec(italian) : null;
  const text = topic ? italian!.slice(topic.index) : SAID_EN_TOPIC.exec(q)?.groups?.topic;
  return text?.trim() || undefined;
}

/**
 * The result with the passages holding the person's statements in the order a search on the topic alone ranks them
 * (the others where they were): the words naming the person, found in every one of their statements, decide nothing.
 * @param result - the search's result
 * @param said - the paragraphs holding the person's statements, as `${article}#${paragraph}`
 * @param onTopic - the passages a search on the topic's words alone finds, best first
 * @returns the result, reordered
 */
export function statementsByTopic(result: AskResult, said: ReadonlySet<string>, onTopic: readonly Passage[]): AskResult {
  const key = (p: Passage) => `${p.article}#${p.paragraph}`;
  const rank = new Map(onTopic.map((p, i) => [key(p), i]));
  const holders = result.passages.filter((p) => said.has(key(p)));
  const ordered = [...holders].sort((a, b) => (rank.get(key(a)) ?? Infinity) - (rank.get(key(b)) ?? Infinity));
  let h = 0;
  return { ...result, passages: result.passages.map((p) => (said.has(key(p)) ? ordered[h++]! : p)) };
}

// English with a topic after the verb: "what did X say about the licence".
const SAID_EN_TOPIC = new RegExp(String.raw`${SAID_EN_HEAD}\s+(?<topic>(?:about|on|regarding|concerning|at|during)\s+[^?!.]+?)\s*[?!.]*$`, 'iu');

/**
 * A search's passages with those that hold the person's statements first (each group in the search's order), to
 * `limit` passages; the result as it was when none of them does.
 * @param result - the search's result, with more passages than will be shown
 * @param said - the paragraphs holding the person's statements, as `${article}#${paragraph}`
 * @param limit - how many passages to keep
 * @returns the result to show
 */
export function preferStatements(result: AskResult, said: ReadonlySet<string>, limit: number): AskResult {
  const holds = (p: Passage) => said.has(`${p.article}#${p.paragraph}`);
  const first = result.passages.filter(holds);
  const passages = first.length ? [...first, ...result.passages.filter((p) => !holds(p))] : result.passages;
  return { ...result, passages: passages.slice(0, limit), ...(result.closest ? { closest: result.closest.slice(0, limit) } : {}) };
}

// "… secondo Alfieri?", "Secondo il sindaco di Prelà quando …", "… according to Levo?": whose words the question asks
// the answer from (not the ordinal: "nel secondo tempo", "il secondo giorno"). The name runs up to a question word, a
// clause's preposition, an article or a verb after its first word, or a comma.
const NAME_STOP = String.raw`(?:cosa|che|chi|come|quando|dove|perch[eé]|quant[oaie]|qual[ei]?|per|a|ad|in|su|con|il|lo|la|i|gli|le|è|e|ha|hanno|sono|era|sia|non)`;
const SOURCE_IT = new RegExp(String.raw`(?:^|[\s,])(?<!(?:il|nel|al|del|dal|un|lo|per)\s)secondo\s+(?<name>(?:(?:il|la|lo|l['’]|i|gli|le)\s*)?[^\s,?!.;:]+(?:\s+(?!${NAME_STOP}(?![\p{L}]))[^\s,?!.;:]+){0,3})`, 'iu');
const SOURCE_EN = /(?:^|[\s,])according\s+to\s+(?<name>[^,?!.;:]+?)\s*(?=[,?!.;:]|$)/iu;

/**
 * The source a question names for its answer and the question without it: "secondo Alfieri" in "da quanto tempo è
 * chiusa colle fagiolara secondo alfieri?" → { name: 'alfieri', topic: 'da quanto tempo è chiusa colle fagiolara' }.
 * @param question - the question, as plain text
 * @returns the name, as typed, and the rest of the question; undefined when it names no source
 */
function sourceOf(question: string): { name: string; topic: string } | undefined {
  const m = SOURCE_IT.exec(question) ?? SOURCE_EN.exec(question);
  const name = m?.groups?.name?.trim();
  if (!m || !name || name.length > 80 || NOT_A_NAME.test(name)) return undefined;
  const topic = `${question.slice(0, m.index)} ${question.slice(m.index + m[0].length)}`.replace(/^[\s,]+|[\s,]+$/gu, '').replace(/\s+/gu, ' ');
  return topic.split(/\s+/u).length >= 2 ? { name, topic } : undefined;
}

/**
 * Whether a question names the source of its answer ("… secondo Alfieri?", "according to Levo").
 * @param question - the question, as plain text
 */
export function namesSource(question: string): boolean {
  return sourceOf(question.trim()) !== undefined;
}

/**
 * How close to the best passage's score a statement of the source a question names must score to come first: the
 * share measured on the development folders' questions naming a source (over 0.6 the source's statements that came
 * first were right; under it, the search's own first passage mostly was).
 */
const SOURCE_SCORE_SHARE = 0.6;

/**
 * The statements among a search's passages that score near its best.
 * @param result - the search's result
 * @param said - the paragraphs holding the person's statements, as `${article}#${paragraph}`
 * @returns those of them whose passage scores at least SOURCE_SCORE_SHARE of the first passage's score
 */
export function nearBest(result: AskResult, said: ReadonlySet<string>): ReadonlySet<string> {
  const first = result.passages[0];
  const best = first?.score ?? 0;
  // (a question asking for a fact — how many, when, how much — keeps the first passage that states it before a statement
  // that does not: "Quante medaglie deve vincere la squadra secondo Bruni?")
  const kind = askedFact(result.question);
  const states = (p: Passage) => !kind || statesFact(kind, p.excerpt) || !first || !statesFact(kind, first.excerpt);
  return new Set(result.passages.filter((p) => said.has(`${p.article}#${p.paragraph}`) && p.score >= SOURCE_SCORE_SHARE * best && states(p)).map((p) => `${p.article}#${p.paragraph}`));
}
