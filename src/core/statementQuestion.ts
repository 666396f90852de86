/**
 * Questions about what someone said: "cosa ha detto Renzi?", "che ne pensa il ministro Rossi?", "what did Lambert
 * say?". The passages that hold that person's statements answer them better than those that only name the person
 * ("Butti ha risposto alle insinuazioni di Renzi …" names Renzi twice; "Renzi ha accusato il governo …" is what he
 * said): `preferStatements` puts the search's passages that hold the person's statements first.
 */
import type { AskResult, Passage } from './ask.js';

// Italian: "(che) cosa ha detto X", "cosa aveva dichiarato X", "cosa dice X", "che ne pensa X", "cosa sostiene X".
const SAID_IT =
  /^(?:e\s+)?(?:ma\s+)?(?:(?:che\s+)?cosa|cos['’]|che)\s+(?:(?:ne\s+)?(?:ha|hanno|aveva|avevano)\s+(?:detto|dichiarato|affermato|sostenuto|spiegato|raccontato|commentato|risposto|replicato|scritto|annunciato|pensato|chiesto|proposto|sottolineato|ribadito|denunciato)|(?:ne\s+)?(?:dice|dicono|pensa|pensano|sostiene|sostengono|afferma|affermano|dichiara|dichiarano|racconta|spiega|risponde|replica|scrive|chiede|chiedono|propone|propongono))\s+(?<name>[^?!.]+?)\s*[?!.]*$/iu;
// English: "what did X say", "what does X think", "what has X said" (nothing after the verb: "… say about the licence"
// asks about a topic).
const SAID_EN = /^(?:and\s+|so\s+)?what\s+(?:did|does|do|has|have|had)\s+(?<name>[^?!.]+?)\s+(?:say|said|think|thought|claim|claimed|tell|told|argue|argued|state|stated|write|wrote)\s*[?!.]*$/iu;
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
const SAID_EN_TOPIC = /^(?:and\s+|so\s+)?what\s+(?:did|does|do|has|have|had)\s+(?<name>[^?!.]+?)\s+(?:say|said|think|thought|claim|claimed|tell|told|argue|argued|state|stated|write|wrote)\s+(?<topic>(?:about|on|regarding|concerning)\s+[^?!.]+?)\s*[?!.]*$/iu;

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
