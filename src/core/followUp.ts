/**
 * Follow-up questions: "e lui?", "e Microsoft?", "perché?", "what about the licence?", "chi l'ha detto?".
 * A question that leans on the one before it is rewritten, before searching, into one that stands on its own,
 * using a short context of the conversation: the last question, its article and best passage, and the people in
 * them. Questions that stand on their own are left exactly as they are.
 *
 * The rules are tables of grammar (pronouns, the words that open an ellipsis), the same for every article; the
 * people come from the corpus (`BranoCore.people()`), passed in.
 */
import { foldAccents, isStopword, type Lang } from './analysis.js';
import { escapeRegExp } from './guardedPattern.js';
import { detectLanguage } from './language.js';
import { isPersonNoun, REPORTING_VERBS } from './speakerLexicon.js';
import { ROLE_SET } from './speakerSyntax.js';
import { statementSubject, statementTopic, statementTopicSubject } from './statementQuestion.js';

/** What a conversation remembers of its last answered question. */
export interface ConversationContext {
  /** The question as it was searched (already resolved if it was itself a follow-up). */
  readonly question: string;
  /** Its language. */
  readonly lang: Lang;
  /** The article and ¶ of the best passage, when there was one. */
  readonly article?: string;
  readonly paragraph?: number;
  /** People named in the question or the best passage, the most salient first (canonical names). */
  readonly people: readonly string[];
  /**
   * The question to name when a later follow-up leans on this one: the question itself, or for an elliptic one
   * ("perché?") the question it leant on in turn.
   */
  readonly shownQuestion?: string;
}

/** A person the corpus knows, with the names that refer to them. */
export interface KnownPerson {
  readonly name: string;
  readonly aliases: readonly string[];
  /** `source` for organisations and documents: "lui" and "he" never stand for them. */
  readonly kind?: 'person' | 'source';
}

/** How a question was read. */
export interface FollowUp {
  /** The question to search: the original when it stands on its own. */
  readonly question: string;
  /** Why it was rewritten; `standalone` when it was not. */
  readonly kind: 'standalone' | 'pronoun' | 'ellipsis' | 'elliptic-question';
  /**
   * How to show the reading to the user when the question searched is only words ("perché: pensa Lambert Llama 2?"):
   * what they asked, then the question it leans on ("perché? — Cosa pensa Lambert di Llama 2?").
   */
  readonly shown?: string;
}

/** Personal pronouns that stand for a person named before, by language. */
const PERSON_PRONOUNS: Readonly<Record<Lang, readonly string[]>> = {
  it: ['lui', 'lei', 'egli', 'ella', 'costui', 'costei'],
  en: ['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself'],
};

/** Pronouns and clitics that stand for what was just said ("chi l'ha detto?", "who said that?"). */
const THING_PRONOUNS: Readonly<Record<Lang, readonly string[]>> = {
  it: ['lo', 'l', 'ne', 'ciò', 'questo', 'questa', 'quello', 'quella', 'esso', 'essa', 'dirlo', 'farlo', 'saperlo'],
  en: ['it', 'that', 'this', 'them', 'they', 'those', 'these'],
};

/**
 * Forms of "avere" and "essere" after which an elided "l'" is the pronoun ("chi l'ha detto?", "l'hanno fatto"); before
 * anything else it is the article ("chi ha scritto l'articolo?").
 */
const ELIDED_PRONOUN_BEFORE: ReadonlySet<string> = new Set([
  'ho', 'hai', 'ha', 'abbiamo', 'avete', 'hanno', 'aveva', 'avevano', 'avevo', 'avra', 'avranno', 'avrebbe', 'avrebbero', 'abbia', 'abbiano', 'avesse',
  'e', 'era', 'erano', 'sono', 'sara', 'sarebbe', 'sia', 'fosse',
]);

/**
 * Whether the words hold a pronoun that stands for what was just said.
 * @param ws - the question's words, folded
 * @returns true for "chi l'ha detto", "who said that"; false for "chi ha scritto l'articolo"
 */
function pointsBackAtThing(ws: readonly string[]): boolean {
  return ws.some((w, i) => (w === 'l' ? ELIDED_PRONOUN_BEFORE.has(ws[i + 1] ?? '') : THING_PRONOUNS.it.includes(w) || THING_PRONOUNS.en.includes(w)));
}

/** Words that open an ellipsis: "e X?", "what about X?". Longest first. */
const ELLIPSIS_OPENERS: Readonly<Record<Lang, readonly string[]>> = {
  it: ['e invece', 'e riguardo a', 'e riguardo', 'e per quanto riguarda', 'e per', 'e su', 'e di', 'e con', 'ed', 'e', 'invece'],
  en: ['what about', 'how about', 'and what about', 'and about', 'and', 'also'],
};

/** Question words: "e cosa sosteneva?" and "and why?" ask again about the same thing. */
// Question words that inside a phrase are often something else ("la legge che …", "un modello come Llama").
const AMBIGUOUS_INSIDE: ReadonlySet<string> = new Set(['che', 'come']);
const QUESTION_WORDS: readonly string[] = [
  'chi', 'cosa', 'che', 'perche', 'quando', 'dove', 'come', 'quanto', 'quanti', 'quante', 'quale', 'quali',
  'who', 'what', 'why', 'when', 'where', 'how', 'which', 'whom',
];

/** English month and day names (written with a capital, unlike Italian ones). */
const CALENDAR_NAMES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** A follow-up with at most this many content words of its own leans on the question before it. */
const ELLIPTIC_CONTENT_WORDS = 1;

function words(s: string): string[] {
  return s
    .normalize('NFC')
    .replace(/[’'`´]/g, "' ")
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

const fold = (s: string) => foldAccents(s.toLowerCase());

/**
 * The content words of a text (not stopwords in either language, not pronouns).
 * @param text - the text
 * @returns its content words, in order
 */
function contentWords(text: string): string[] {
  const pronouns = new Set([...PERSON_PRONOUNS.it, ...PERSON_PRONOUNS.en, ...THING_PRONOUNS.it, ...THING_PRONOUNS.en]);
  return words(text).filter((w) => {
    const f = fold(w);
    return !pronouns.has(f) && !isStopword(f, 'it') && !isStopword(f, 'en') && (f.length > 1 || /\d/.test(f));
  });
}

/**
 * The known people a text names, in the order they appear.
 * @param text - the text
 * @param people - the corpus's people
 * @returns their canonical names, without repeats
 */
export function peopleIn(text: string, people: readonly KnownPerson[]): string[] {
  const folded = ` ${fold(text).replace(/[^\p{L}\p{N}-]+/gu, ' ')} `;
  const found: { name: string; at: number }[] = [];
  for (const p of people) {
    let at = -1;
    for (const alias of [p.name, ...p.aliases]) {
      const a = fold(alias).replace(/[^\p{L}\p{N}-]+/gu, ' ').trim();
      // Single lower-case words ("memo") are common nouns, not names; an office written as a title ("Sindaco") is the
      // office.
      if (!a || (!/\s/.test(a) && (alias === alias.toLowerCase() || ROLE_SET.has(a)))) continue;
      const i = folded.indexOf(` ${a} `);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    }
    if (at >= 0) found.push({ name: p.name, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

/**
 * The short name to write for a person in a rewritten question: their surname-like alias when they have one.
 * @param name - the canonical name
 * @param people - the corpus's people
 * @returns the name to use
 */
function shortName(name: string, people: readonly KnownPerson[]): string {
  const p = people.find((x) => x.name === name);
  const parts = name.split(/\s+/);
  // (the surname with its particle, "Di Maio" of "Luigi Di Maio", when that is an alias too)
  for (let k = 1; p && k < parts.length; k++) {
    const tail = parts.slice(k).join(' ');
    if (p.aliases.includes(tail)) return tail;
  }
  return name;
}

/**
 * Names written with a capital inside a question (not its first word), and numbers with the word they belong to
 * ("llama 2", "Windows 11"): the entities it is about.
 */
function namedEntities(question: string): string[] {
  const ws = words(question);
  const out: string[] = [];
  // English writes months and days with a capital: they date a question (with the number after them, "July
  // 2023"), they are not what it is about.
  const calendar = (w: string) => CALENDAR_NAMES.has(w.toLowerCase());
  ws.forEach((w, i) => {
    if (i === 0) return;
    if (/^\p{Lu}/u.test(w)) {
      if (!calendar(w)) out.push(w);
    } else if (/\d/.test(w)) {
      const before = ws[i - 1]!;
      if (calendar(before)) return;
      // A number after a word of its own names that thing's version; after a capitalised name, it joins it.
      if (/^\p{Lu}/u.test(before) && i - 1 > 0) out[out.length - 1] = `${before} ${w}`;
      else if (!/\d/.test(before) && !isStopword(fold(before), 'it') && !isStopword(fold(before), 'en') && fold(before).length > 1) out.push(`${before} ${w}`);
      else out.push(w);
    }
  });
  return out;
}

/**
 * The question with a leading ellipsis opener removed.
 * @param question - the question
 * @param lang - its language
 * @returns the rest, and whether an opener was there
 */
function stripOpener(question: string, lang: Lang): { rest: string; opened: boolean } {
  const q = question.trim();
  const lower = q.toLowerCase();
  for (const opener of [...ELLIPSIS_OPENERS[lang], ...ELLIPSIS_OPENERS[lang === 'it' ? 'en' : 'it']]) {
    if (!lower.startsWith(`${opener} `) && !lower.startsWith(`${opener},`)) continue;
    const rest = q.slice(opener.length + 1).trim();
    // ("e di dove è?": a preposition before a question word is the question's, "di dove", not the opener's)
    const openerWords = opener.split(' ');
    if (openerWords.length > 1 && QUESTION_WORDS.includes(fold(rest.split(/[\s,?]+/u)[0] ?? ''))) return { rest: q.slice(openerWords[0]!.length + 1).trim(), opened: true };
    return { rest, opened: true };
  }
  return { rest: q, opened: false };
}

// A pronoun as a word of its own (what stands before it is kept as $1).
const pronounPattern = (word: string) => new RegExp(`(^|[^\\p{L}])${word}(?=$|[^\\p{L}])`, 'iu');

const clean = (s: string) => s.replace(/\s+/g, ' ').replace(/\s+([?.,;:!])/g, '$1').trim();

// What the user asked, then the question it leans on: how an elliptic question's reading is shown.
const leaning = (asked: string, context: ConversationContext) => `${clean(asked).replace(/[?\s]+$/u, '')}? — ${context.shownQuestion ?? context.question}`;

/**
 * Reads a question in the context of the conversation: a question with a pronoun or an ellipsis is rewritten to
 * stand on its own; any other question is returned as it is.
 * @param question - what the user asked
 * @param context - the conversation's last question, or undefined at its start
 * @param people - the corpus's people (from `BranoCore.people()`)
 * @returns the question to search and how it was read
 * @example
 * resolveFollowUp('e lui?', { question: 'Chi è Nathan Lambert?', lang: 'it', people: ['Nathan Lambert'] }, people)
 * // { question: 'Lambert? Chi è Nathan Lambert', kind: 'pronoun' }
 */
export function resolveFollowUp(question: string, context: ConversationContext | undefined, people: readonly KnownPerson[]): FollowUp {
  const standalone: FollowUp = { question, kind: 'standalone' };
  const q = question.trim();
  if (!context || !q) return standalone;
  const lang = detectLanguage(q);
  const ws = words(q).map(fold);
  const own = contentWords(q);
  const named = peopleIn(q, people);
  // What the last question was about: with its people for "perché?", without them when a pronoun names one.
  const previousWords = contentWords(context.question);
  const previousTopic = previousWords.join(' ');
  const previousTopicWithoutPeople = previousWords.filter((w) => !peopleIn(w, people).length).join(' ');
  const { rest, opened } = stripOpener(q, lang);

  // "e lui cosa ne pensa?", "does he think…": a personal pronoun and no name of its own.
  const personPronoun = [...PERSON_PRONOUNS.it, ...PERSON_PRONOUNS.en].find((p) => ws.includes(p));
  const who = context.people.find((n) => people.find((p) => p.name === n)?.kind !== 'source');
  if (personPronoun && who && !named.length) {
    const name = shortName(who, people);
    const replaced = clean((opened ? rest : q).replace(pronounPattern(personPronoun), `$1${name}`));
    // "e lui?" has nothing of its own; "cosa ne pensa?", "what does he think of it?" point back at the topic.
    const ownWords = contentWords(replaced).filter((w) => fold(w) !== fold(name)).length;
    const pointsBack = pointsBackAtThing(ws);
    const elliptic = ownWords === 0 || (pointsBack && ownWords <= ELLIPTIC_CONTENT_WORDS);
    return {
      question: elliptic && previousTopicWithoutPeople ? clean(`${replaced.replace(/\?$/, '')}: ${previousTopicWithoutPeople}?`) : replaced,
      kind: 'pronoun',
    };
  }

  // "e cosa pensa di Llama 2?", "cosa dice del memo?": Italian leaves the subject out, and a verb of saying or thinking
  // with none names the person just talked about: "cosa pensa Lambert di Llama 2?".
  // (a document or an organisation named after the verb is what is talked about: "cosa ha detto del memo di Google?")
  if (lang === 'it' && !personPronoun && who && !named.some((n) => people.find((p) => p.name === n)?.kind !== 'source')) {
    const m = unsaidSubject().exec(clean(opened ? rest : q));
    if (m) return { question: clean(`${m[1]} ${shortName(who, people)}${m[2]}`), kind: 'pronoun' };
  }

  // "di dove è?", "quanti anni ha?", "dove è nato?" after "chi è Lollobrigida?": Italian leaves the subject out, and a
  // question word with a few words in lower case, naming nothing, asks it of the one person the last question named.
  // (or the person "chi è X?" asked about, though the articles only name them: "chi è Sergio Abramo?" + "cosa ha
  // disposto?")
  const speakersAsked = peopleIn(context.question, people).filter((n) => people.find((p) => p.name === n)?.kind !== 'source');
  const whoWas = /^chi\s+(?:è|e'|era|è\s+stato|è\s+stata)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s*\?*$/u.exec(context.question.trim())?.[1];
  // (or, after a question asking who did something, "chi ha vinto la tappa di Caorle?", the person its answer names
  // first: "quanti anni ha?" asks it of the winner)
  const answered = !speakersAsked.length && !whoWas && /^chi\s/iu.test(context.question.trim()) && who ? [shortName(who, people)] : [];
  const asked = speakersAsked.length ? speakersAsked.map((n) => shortName(n, people)) : whoWas ? [whoWas] : answered;
  if (lang === 'it' && !personPronoun && asked.length === 1 && !named.length && !namedEntities(q).length) {
    const m = /^((?:(?:di|da|a|in|con|per)\s+)?(?:chi|cosa|che|dove|quando|come|quanto|quanti|quante|quale|quali|perché|perche['’]?))\s+([\p{Ll}\s'’]+?)\s*\?*$/u.exec(clean(opened ? rest : q));
    const after = m ? m[2]!.split(/\s+/u) : [];
    // ("quanti business angel c'erano?": "there were" has no person for its subject)
    const existential = !!m && /(?:^|\s)(?:c['’]\s*|ci\s+)(?:è|e|era|erano|sono|saranno|sarà|furono|fu|sia|siano)(?![\p{L}])/iu.test(` ${m[2]}`);
    // (of the person an answer named, only a question with a verb of its own: "da quali aziende?" asks for a kind of
    // thing, and leans on the topic before)
    const kindOfThing = answered.length > 0 && after.length === 1 && /(?:quale|quali|quanti|quante|che)$/iu.test(m?.[1] ?? '');
    if (m && !existential && !kindOfThing && after.length >= 1 && after.length <= 3) return { question: `${m[1]} ${m[2]} ${asked[0]!}?`, kind: 'pronoun' };
  }

  // "e lui cosa ne pensa?" when the last answer named no person: the pronoun, opening an ellipsis or with nobody
  // at all in view, can only point at what was asked about.
  if (personPronoun && !who && !named.length && previousTopic && (opened || !context.people.length)) {
    const without = clean((opened ? rest : q).replace(pronounPattern(personPronoun), '$1')).replace(/\?+$/, '');
    return { question: clean(`${without}${without ? ': ' : ''}${previousTopic}?`), kind: 'pronoun' };
  }

  // "e Turow?", "what about Microsoft?", "e la licenza?": an opener and a few words.
  const asksAgain = QUESTION_WORDS.includes(fold(words(rest)[0] ?? ''));
  if (opened && asksAgain && contentWords(rest).length <= ELLIPTIC_CONTENT_WORDS && previousTopic && !named.length) {
    return { question: clean(`${rest.replace(/\?+$/, '')}: ${previousTopic}?`), kind: 'elliptic-question', shown: leaning(rest, context) };
  }
  // ("e in Emilia quanti evacuati?" asks a question of its own: a question word inside it, it stands alone)
  const asksInside = words(rest).some((w) => QUESTION_WORDS.includes(fold(w)) && !AMBIGUOUS_INSIDE.has(fold(w)));
  if (opened && !asksAgain && !asksInside && contentWords(rest).length <= 3 && !/\?.+/.test(rest)) {
    const restPeople = peopleIn(rest, people);
    const previousPeople = peopleIn(context.question, people);
    // A name the article does not quote ("e Rocca?" after "chi è Valeriani?"): capitalised words and nothing else.
    const restName = contentWords(rest).length && words(rest).every((w) => /^\p{Lu}/u.test(w)) ? words(rest).join(' ') : '';
    const restIsName = restPeople.length ? contentWords(rest).length <= restPeople.join(' ').split(' ').length : restName !== '';
    if (restIsName && previousPeople.length) {
      // Another person in the same question: "Cosa pensa Lambert di Llama 2?" + "e Turow?".
      let swapped = context.question;
      const newName = restPeople.length ? shortName(restPeople[0]!, people) : restName;
      const old = people.find((p) => p.name === previousPeople[0]);
      for (const alias of old ? [old.name, ...old.aliases].sort((a, b) => b.length - a.length) : []) {
        swapped = swapped.replace(new RegExp(`(^|[^\\p{L}])${escapeRegExp(alias)}(?=$|[^\\p{L}])`, 'giu'), `$1${newName}`);
      }
      if (swapped !== context.question) return { question: swapped, kind: 'ellipsis' };
    }
    // A place or a thing in the place of the one named before: "who closed the schools in Serra?" + "and in
    // Catanzaro?", "e a Milano?" (a preposition, then capitalised words and nothing else).
    const placed = /^(?:in|a|ad|at|for|of|di|da|per|su|con|to|from|nel|nella|al|alla)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)\s*\?*$/u.exec(rest.trim());
    const things = namedEntities(context.question).filter((e) => !peopleIn(e, people).length && !/\d/.test(e));
    if (placed && !restPeople.length && things.length === 1 && !previousPeople.length) {
      const swapped = context.question.replace(new RegExp(`(^|[^\\p{L}])${escapeRegExp(things[0]!)}(?=$|[^\\p{L}])`, 'u'), `$1${placed[1]!}`);
      if (swapped !== context.question) return { question: swapped, kind: 'ellipsis' };
    }
    // (or with its article where the one before had an article or a preposition joined to one: "chi allena lo
    // Spezia?" + "e la Ternana?" → "chi allena la Ternana?", "chi è l’allenatore dello Spezia?" → "… della Ternana?")
    // (no `i` flag: under it \p{Lu} is any letter, and "e la classifica?" names nothing)
    const articled = /^([Ii]l|[Ll]o|[Ll]a|[Ii]|[Gg]li|[Ll]e|[Ll]['’]|[Tt]he)\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)\s*\?*$/u.exec(rest.trim());
    if (articled && !restPeople.length && things.length === 1 && !previousPeople.length) {
      const before = new RegExp(`(^|[^\\p{L}])(${ARTICLED_WORDS})\\s*${escapeRegExp(things[0]!)}(?=$|[^\\p{L}])`, 'iu').exec(context.question);
      const joined = before ? joinArticle(before[2]!, articled[1]!) : undefined;
      if (before && joined !== undefined) {
        const at = before.index + before[1]!.length;
        const swapped = `${context.question.slice(0, at)}${joined}${/['’]$/u.test(joined) ? '' : ' '}${articled[2]!}${context.question.slice(before.index + before[0].length)}`;
        return { question: swapped, kind: 'ellipsis' };
      }
    }
    // Another person or office in a question about what someone said: "cosa ha detto il prefetto?" + "e il ministro?",
    // "e Pradella?" → "cosa ha detto il ministro?", "cosa ha detto Pradella?".
    const saidBy = statementSubject(context.question) ?? statementTopicSubject(context.question);
    const office = OFFICE_ALONE.exec(rest.replace(/\?+$/u, '').trim());
    if (saidBy && (restIsName || (office && isPersonNoun(office[1]!.toLowerCase())))) {
      const newOne = restIsName ? (restPeople.length ? shortName(restPeople[0]!, people) : restName) : rest.replace(/\?+$/u, '').trim();
      const swapped = context.question.replace(saidBy, newOne);
      if (swapped !== context.question) return { question: swapped, kind: 'ellipsis' };
    }
    // A topic in a question about what someone said: "cosa ha detto il sindaco?" + "e sui ritardi?" → "cosa ha detto il
    // sindaco sui ritardi?" (a topic asked before gives way: "… sul piano?" + "e sui ritardi?" → "… sui ritardi?").
    // (the opener may have taken the topic's preposition: "and about the delays?", "e su Garisenda?")
    const topic = TOPIC_ALONE.exec(q.trim().replace(/^(?:(?:and\s+)?(?:what|how)\s+|and\s+|e\s+|ed\s+)/iu, '').replace(/\?+$/u, '').trim());
    if (saidBy && topic) {
      const before = statementTopic(context.question);
      const bare = context.question.replace(/[\s?!.]+$/u, '');
      const base = before ? bare.slice(0, bare.lastIndexOf(before)).trimEnd() : bare;
      if (base) return { question: `${base} ${topic[0]}?`, kind: 'ellipsis' };
    }
    const keep = namedEntities(context.question).filter((e) => !peopleIn(e, people).length || !restPeople.length);
    const subject = rest.replace(/\?+$/, '');
    if (contentWords(rest).length) {
      return { question: clean(`${subject}${keep.length ? ` (${keep.join(' ')})` : ''}?`), kind: 'ellipsis' };
    }
    // "e perché?", "and when?": the question word alone.
    return { question: clean(`${subject} ${previousTopic}?`), kind: 'elliptic-question', shown: leaning(subject, context) };
  }

  // "perché?", "chi l'ha detto?", "who wrote it?", "what does it require?": too few words of its own; "da quali
  // regioni?", "in che anno?", "how many people?": a question word and one word of its own, naming nothing.
  const thing = pointsBackAtThing(ws);
  if ((own.length === 0 || ((thing || bareQuestion(q)) && own.length <= ELLIPTIC_CONTENT_WORDS)) && !named.length && previousTopic) {
    return { question: clean(`${(opened ? rest : q).replace(/\?+$/, '')}: ${previousTopic}?`), kind: 'elliptic-question', shown: leaning(opened ? rest : q, context) };
  }
  return standalone;
}

// What a statement was about, alone: "sui ritardi", "sulla Garisenda", "riguardo al piano", "about the delays".
const TOPIC_ALONE = /^(?:su|sul|sullo|sulla|sui|sugli|sulle|sull['’]|riguardo\s+(?:a|al|allo|alla|ai|agli|alle|all['’])|a\s+proposito\s+(?:di|del|dello|della|dei|degli|delle|dell['’])|in\s+merito\s+(?:a|al|allo|alla|ai|agli|alle|all['’])|about|on|regarding)(?![\p{L}]).*\S/iu;

// An office with its article, and at most its complement: "il ministro", "l’assessore", "la sindaca di Ala" (group 1 the noun).
const OFFICE_ALONE = /^(?:il|lo|la|l['’]|i|gli|le)\s*(\p{Ll}+)(?:\s+(?:di|del|dello|della|dei|degli|delle|dell['’])\s*\S+(?:\s+\S+)?)?$/iu;

// The articles and the prepositions joined to one that may stand before a name ("lo Spezia", "dello Spezia", "the Fed").
const ARTICLED_WORDS = "il|lo|la|i|gli|le|l['’]|the|del|dello|della|dei|degli|delle|dell['’]|al|allo|alla|ai|agli|alle|all['’]|dal|dallo|dalla|dai|dagli|dalle|dall['’]|nel|nello|nella|nei|negli|nelle|nell['’]|sul|sullo|sulla|sui|sugli|sulle|sull['’]";

/**
 * The word that stands before a new name where `before` stood before the old one: the new name's article, joined to
 * the old one's preposition if it had one ("dello" + "la" → "della"; "lo" + "la" → "la").
 * @param before - the article or joined preposition before the name asked about before
 * @param article - the new name's article
 * @returns the word, or undefined when the two do not go together (an English article for an Italian one)
 */
function joinArticle(before: string, article: string): string | undefined {
  const english = (w: string) => w.toLowerCase() === 'the';
  if (english(before) !== english(article)) return undefined;
  const prep = /^(?:del|dell|dal|dall|nel|nell|sul|sull|al|all)['’]?$|^(?:de|da|ne|su|a)(?:ll?o|ll?a|i|gli|ll?e)$/iu.test(before) ? /^(de|da|ne|su|a)/iu.exec(before)![1]!.toLowerCase() : '';
  if (!prep) return article;
  // (di: del, dello, della, dell’, dei, degli, delle; a: al, allo, alla …; in: nel …; su: sul …; da: dal …)
  const joined: Record<string, string> = { il: 'l', lo: 'llo', la: 'lla', "l'": "ll'", 'l’': 'll’', i: 'i', gli: 'gli', le: 'lle' };
  const tail = joined[article.toLowerCase()];
  return tail === undefined ? undefined : `${prep}${tail}`;
}

let subjectless: RegExp | undefined;

/**
 * "cosa pensa di X?", "che cosa ha detto sul memo?", "come lo giudica?": a question word, a singular verb of saying or
 * thinking (the speaker lexicon's, `REPORTING_VERBS`) and then only what it is about, or nothing. Group 1 runs to the
 * verb, group 2 is the rest.
 * @returns the pattern
 */
function unsaidSubject(): RegExp {
  subjectless ??= new RegExp(
    `^((?:che\\s+)?(?:cosa|che|come|perch[eé]|quando|dove)\\s+(?:(?:ne|lo|la|l['’]|ci|gli|le)\\s*)?(?:${REPORTING_VERBS.filter((v) => !v.plural && !v.gerund && !v.afterQuoteOnly)
      .map((v) => v.source)
      .join('|')}))((?:\\s+(?:di|del|dello|della|dei|degli|delle|dell['’]|su|sul|sullo|sulla|sui|sugli|sulle|sull['’]|a|al|alla|ai|all['’]|riguardo|circa|che)(?![\\p{L}]).*)?\\s*\\??)$`,
    'iu',
  );
  return subjectless;
}

// Words that may stand before a question word ("da quali", "in che", "from which").
const QUESTION_PREPOSITIONS: ReadonlySet<string> = new Set(['a', 'da', 'di', 'in', 'per', 'con', 'su', 'tra', 'fra', 'from', 'at', 'for', 'with', 'by', 'to', 'of']);
// Question words that ask for a kind of thing ("quali regioni?", "which ones?", "how many?").
const DETERMINER_QUESTION_WORDS: ReadonlySet<string> = new Set(['che', 'quale', 'quali', 'quanto', 'quanti', 'quante', 'which', 'what', 'how']);
// Forms of "to be" that make "chi è X?", "what is X?" a question about X itself, which stands on its own.
const BE_FORMS: ReadonlySet<string> = new Set(['e', 'sono', 'era', 'erano', 'fu', 'is', 'are', 'was', 'were', "cos'e", "com'e", "dov'e", "qual'e", "quand'e"]);

/**
 * Whether a question is a question word that asks for a kind of thing (at most a preposition before it) and one or
 * two words after it, none a name, a number or a form of "to be" ("chi è X?", "what is X?" stand on their own).
 * @param q - the question as typed
 * @returns true for "da quali regioni?", "in che anno?", "how many people?"
 */
function bareQuestion(q: string): boolean {
  const ws = words(q);
  let i = 0;
  if (ws[i] && QUESTION_PREPOSITIONS.has(fold(ws[i]!)) && ws.length > 1) i++;
  // "quali regioni", "che anno", "how many people": the question word asks for a kind of thing, with no verb after it
  if (!ws[i] || !DETERMINER_QUESTION_WORDS.has(fold(ws[i]!))) return false;
  const rest = ws.slice(i + 1);
  if (!rest.length || rest.length > 2) return false;
  if (rest.some((w) => BE_FORMS.has(fold(w)))) return false;
  return !rest.some((w) => /^\p{Lu}/u.test(w) || /\d/.test(w));
}

/**
 * The context to remember after a question was answered.
 * @param question - the question as searched
 * @param lang - its language
 * @param best - the best passage (article, ¶ and its text), when there was one
 * @param people - the corpus's people
 * @returns the context
 */
export function conversationContext(
  question: string,
  lang: Lang,
  best: { readonly article: string; readonly paragraph: number; readonly text: string } | undefined,
  people: readonly KnownPerson[],
): ConversationContext {
  const named = [...new Set([...peopleIn(question, people), ...(best ? peopleIn(best.text, people) : [])])];
  return { question, lang, ...(best ? { article: best.article, paragraph: best.paragraph } : {}), people: named };
}

/** What `askInConversation` needs of the core. */
export interface ConversationCore<R> {
  ask(question: string, options?: { readonly lang?: Lang; readonly article?: string; readonly limit?: number }): R;
  people(): readonly KnownPerson[];
}

/** An answer in a conversation. */
export interface ConversationTurn<R> {
  /** The core's answer to the question as read. */
  readonly result: R;
  /** How a follow-up was read (to show "Inteso come: …"; see `FollowUp.shown`), else undefined. */
  readonly readAs?: string;
  /** The context for the next question. */
  readonly context: ConversationContext;
}

/**
 * Answers a question in a conversation: resolves it against the context, asks the core, and returns the new
 * context (the last answered question; an unanswered one keeps the old context so "e lui?" still works after it).
 * @param core - the core (its `ask` and `people`)
 * @param question - what the user asked
 * @param context - the conversation so far, or undefined
 * @param options - options for `ask`
 * @returns the answer, how the question was read, and the next context
 */
export function askInConversation<
  R extends {
    readonly answered: boolean;
    readonly lang: Lang;
    readonly passages: readonly { readonly article: string; readonly paragraph: number; readonly excerpt: string }[];
  },
>(core: ConversationCore<R>, question: string, context: ConversationContext | undefined, options: { readonly limit?: number; readonly lang?: Lang } = {}): ConversationTurn<R> {
  const people = core.people();
  const read = resolveFollowUp(question, context, people);
  const result = core.ask(read.question, options);
  const best = result.answered ? result.passages[0] : undefined;
  // (a chain of elliptic questions — "perché?", then "e quando?" — is shown leaning on the question that started it)
  const shownQuestion = read.kind === 'standalone' ? question : read.kind === 'elliptic-question' ? (context?.shownQuestion ?? context?.question ?? read.question) : read.question;
  const next =
    best || !context
      ? { ...conversationContext(read.question, result.lang, best && { article: best.article, paragraph: best.paragraph, text: best.excerpt }, people), shownQuestion }
      : context;
  return { result, ...(read.kind !== 'standalone' ? { readAs: read.shown ?? read.question } : {}), context: next };
}
