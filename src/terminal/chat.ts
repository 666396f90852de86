/**
 * The terminal chat: Brano's commands at a prompt, with natural arguments. A plain line is a question;
 * `/summarize la licenza`, `/quote Lambert`, `/sections`, `/about`; "aiuto", "ciao", "grazie" are understood.
 * A follow-up ("e lui?", "perché?", "what about the licence?") is read against the last answer, and says how.
 * The CLI's flags still work (`/summarize --section 3 --length short`), but the chat never prints CLI usage.
 * Brano speaks one language per session: `LANG`'s when it is Italian or English, otherwise the first question's.
 * Output wraps to the terminal's width at word boundaries; a closed output pipe ends the chat quietly.
 */
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import type { CliCommand, CommandContext } from '../cliCommands.js';
import type { Lang } from '../core/analysis.js';
import type { AskResult } from '../core/ask.js';
import type { BranoCore } from '../core/brano.js';
import { askInConversation, type ConversationContext } from '../core/followUp.js';
import { SECTION_MATCH_THRESHOLD } from '../core/sectionLookup.js';
import type { SummaryLength, SummaryResult } from '../core/types.js';
import { askHuman } from './askView.js';
import { peopleHuman, quoteHuman } from './quoteView.js';
import { summaryHuman } from './summaryView.js';
import type { Style } from './style.js';
import { wrapText } from './wrap.js';
import { newAnswerId } from '../store/questionLog.js';

const require = createRequire(import.meta.url);
// Deep import: natural's entry point loads database clients and prints to stdout.
const { DamerauLevenshteinDistance } = require('natural/lib/natural/distance/levenshtein_distance.js') as {
  DamerauLevenshteinDistance: (a: string, b: string) => number;
};

/**
 * Splits a command line into words, honouring "double" and 'single' quotes.
 * @param line - what the user typed after the command name
 * @returns the words
 */
export function splitWords(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|“([^”]*)”|(\S+)/g;
  for (const m of line.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}

/** Brano's own words in the chat, per language. */
const MESSAGES = {
  it: {
    welcome: (titles: readonly string[]) =>
      titles.length === 1 ? `Brano · ${titles[0]}` : `Brano · ${titles.length} articoli: ${titles.slice(0, 3).map((t) => `«${t}»`).join(' · ')}${titles.length > 3 ? ` e altri ${titles.length - 3}` : ''}`,
    hint: (articles: number) => `Fai una domanda ${articles === 1 ? 'sull’articolo' : 'sugli articoli'}, oppure scrivi «aiuto» per i comandi e /esci per uscire.`,
    readAs: 'Inteso come:',
    helpTitle: 'Una riga senza «/» è una domanda. I comandi:',
    unknown: (name: string) => `Non conosco il comando /${name}.`,
    didYouMean: (name: string) => `Forse intendevi /${name}?`,
    seeHelp: 'Scrivi «aiuto» per l’elenco.',
    askEmpty: 'Scrivi la domanda dopo /ask, oppure senza niente davanti: per esempio «Di cosa parla l’articolo?»',
    hello: 'Ciao! Chiedimi qualcosa sull’articolo, per esempio «Di cosa parla l’articolo?»',
    thanks: 'Prego! Altre domande?',
    bye: 'Alla prossima!',
    noSection: (q: string) => `Nessuna sezione e nessun passo parlano di «${q}». Le sezioni:`,
    badFlags: (msg: string) => `Non ho capito le opzioni (${msg}).`,
    about: 'Brano risponde alle domande sull’articolo con i passi che lo dicono, parola per parola, con ¶ e sezione.',
    counts: (a: number, p: number, s: number) => `${a} ${a === 1 ? 'articolo' : 'articoli'} · ${p} paragrafi · ${s} sezioni`,
    source: 'fonte',
    author: 'autore',
    date: 'data',
  },
  en: {
    welcome: (titles: readonly string[]) =>
      titles.length === 1 ? `Brano · ${titles[0]}` : `Brano · ${titles.length} articles: ${titles.slice(0, 3).map((t) => `“${t}”`).join(' · ')}${titles.length > 3 ? ` and ${titles.length - 3} more` : ''}`,
    hint: (articles: number) => `Ask a question about the ${articles === 1 ? 'article' : 'articles'}, or type “help” for the commands and /quit to leave.`,
    readAs: 'Read as:',
    helpTitle: 'A line without “/” is a question. The commands:',
    unknown: (name: string) => `There is no command /${name}.`,
    didYouMean: (name: string) => `Did you mean /${name}?`,
    seeHelp: 'Type “help” for the list.',
    askEmpty: 'Type your question after /ask, or on its own: for example “What is the article about?”',
    hello: 'Hello! Ask me something about the article, for example “What is the article about?”',
    thanks: 'You’re welcome! Anything else?',
    bye: 'Bye!',
    noSection: (q: string) => `No section and no passage is about “${q}”. The sections:`,
    badFlags: (msg: string) => `I did not understand the options (${msg}).`,
    about: 'Brano answers questions about the article with the passages that say so, verbatim, with ¶ and section.',
    counts: (a: number, p: number, s: number) => `${a} ${a === 1 ? 'article' : 'articles'} · ${p} paragraphs · ${s} sections`,
    source: 'source',
    author: 'author',
    date: 'date',
  },
} as const;

type Messages = (typeof MESSAGES)[Lang];

/** What a chat command gets. */
interface ChatTurn {
  readonly core: BranoCore;
  readonly style: Style;
  readonly lang: Lang;
  readonly m: Messages;
  readonly width: number | undefined;
  /** What the user typed after the command name. */
  readonly args: string;
  /** Sets the session's language from a question when nothing fixed it yet. */
  readonly settle: (lang: Lang) => Lang;
  /** The conversation so far, for follow-ups ("e lui?", "perché?"); `quoted`: the name the last turn looked up with /quote. */
  readonly conversation: Conversation;
  /** Records an answered or declined question in the question log (never throws). */
  readonly record: (question: string, result: AskResult) => void;
}

/** The conversation so far: the last answer's context, and the name the last turn looked up with /quote, if it did. */
interface Conversation {
  context?: ConversationContext;
  quoted?: string | undefined;
}

/** "e Istat?", "and Meta?", "what about Rossi?": after a /quote, another name asked the same way. */
const NEXT_NAME = /^(?:e|ed|e\s+invece|invece|and|what\s+about|how\s+about)\s+(.+?)\s*\?*$/iu;

/** A chat command: its names, its syntax and an example per language, and what it does. */
interface ChatCommand {
  readonly name: string;
  /** Other names, e.g. the Italian ones Discord shows. */
  readonly aliases: readonly string[];
  readonly syntax: Readonly<Record<Lang, string>>;
  /** An example that fits the corpus being read (a person it quotes, a section it has), in the session's language. */
  readonly example: string | ((core: BranoCore, lang: Lang) => string);
  run(turn: ChatTurn): string;
}

/** Words for a summary's length, in either language. */
const LENGTH_WORDS: Readonly<Record<string, SummaryLength>> = {
  short: 'short', breve: 'short', corto: 'short', corta: 'short',
  medium: 'medium', medio: 'medium', media: 'medium',
  long: 'long', lungo: 'long', lunga: 'long', esteso: 'long',
};

/**
 * Answers a question in the conversation: a follow-up is read against the last answer and says how it was read.
 * The session's language settles on the first question.
 * @param turn - the turn
 * @param question - the question
 * @returns the answer's text
 */
function answer(turn: ChatTurn, question: string): string {
  const { result, readAs, context } = askInConversation(turn.core, question, turn.conversation.context);
  turn.conversation.context = context;
  // A follow-up is recorded as it was read ("e lui?" alone says nothing about what readers wanted).
  turn.record(readAs ?? question, result);
  const lang = turn.settle(result.lang);
  const text = askHuman(result, turn.style, { lang, articles: turn.core.articles.length, ...(turn.width ? { width: turn.width } : {}) });
  return readAs ? `${turn.style.dim(`${MESSAGES[lang].readAs} ${readAs}`)}
${text}` : text;
}

/**
 * The sections as a numbered list.
 * @param core - the core
 * @param style - terminal styles
 * @returns lines
 */
function sectionList(core: BranoCore, style: Style): string[] {
  const lines: string[] = [];
  let current = '';
  for (const s of core.sections()) {
    if (core.articles.length > 1 && s.article !== current) {
      lines.push(style.bold(s.articleTitle));
      current = s.article;
    }
    const range = s.from === s.to ? `¶${s.from}` : `¶${s.from}–${s.to}`;
    lines.push(`  ${style.accent(range.padEnd(8))} ${s.title}`);
  }
  return lines;
}

/**
 * A summary's text, or for a miss the list of sections in the session's language.
 * @param turn - the turn
 * @param result - the core's summary
 * @param asked - what the user asked for, for the message
 * @returns the text
 */
function summaryText(turn: ChatTurn, result: SummaryResult, asked: string): string {
  if (result.kind === 'summary') return summaryHuman(result, turn.style, { articleNames: turn.core.articles.length > 1 });
  if (result.kind === 'unknown-article') return summaryHuman(result, turn.style);
  return [turn.m.noSection(asked), ...sectionList(turn.core, turn.style)].join('\n');
}

const CHAT_COMMANDS: readonly ChatCommand[] = [
  {
    name: 'ask',
    aliases: ['chiedi', 'domanda'],
    syntax: { it: '/ask DOMANDA', en: '/ask QUESTION' },
    example: (_core, lang) => (lang === 'en' ? '/ask What is the article about?' : '/ask Di cosa parla l’articolo?'),
    run: (turn) => (turn.args.trim() ? answer(turn, turn.args) : turn.m.askEmpty),
  },
  {
    name: 'quote',
    aliases: ['cita', 'citazioni'],
    syntax: { it: '/quote [NOME]   (senza nome: chi parla)', en: '/quote [NAME]   (no name: who speaks)' },
    example: (core) => {
      const person = core.people().find((p) => p.kind === 'person');
      return person ? `/quote ${person.name.split(/\s+/).pop()}` : '/quote';
    },
    run(turn) {
      const name = turn.args.trim();
      turn.conversation.quoted = name || undefined;
      if (!name) return peopleHuman(turn.core.people(), turn.style, turn.lang, turn.core.articles.length > 1);
      const speakers = turn.core.people().map((p) => p.name);
      return quoteHuman(turn.core.quote(name), turn.style, { lang: turn.lang, speakers, showArticle: turn.core.articles.length > 1 });
    },
  },
  {
    name: 'people',
    aliases: ['persone', 'chi'],
    syntax: { it: '/people', en: '/people' },
    example: '/people',
    run: (turn) => peopleHuman(turn.core.people(), turn.style, turn.lang, turn.core.articles.length > 1),
  },
  {
    name: 'summarize',
    aliases: ['riassumi', 'riassunto', 'summary', 'summarise'],
    syntax: {
      it: '/summarize [SEZIONE o ARGOMENTO] [breve|medio|lungo]',
      en: '/summarize [SECTION or TOPIC] [short|medium|long]',
    },
    example: (core, lang) => {
      // A short section title names a part to summarise; otherwise the whole article.
      const section = core.articles[0]?.sections.find((x, i) => i > 0 && x.title.length <= 30);
      const short = lang === 'en' ? 'short' : 'breve';
      return section ? `/summarize ${section.title.toLowerCase()} ${short}` : `/summarize ${short}`;
    },
    run(turn) {
      let parsed;
      try {
        parsed = parseArgs({
          args: splitWords(turn.args),
          options: { section: { type: 'string' }, topic: { type: 'string' }, length: { type: 'string' }, article: { type: 'string' } },
          allowPositionals: true,
          strict: true,
        });
      } catch (err) {
        return `${turn.m.badFlags((err as Error).message)}\n${turn.m.seeHelp}`;
      }
      const { values } = parsed;
      let length = values.length !== undefined ? LENGTH_WORDS[values.length.toLowerCase()] : undefined;
      if (values.length !== undefined && !length) return `${turn.m.badFlags(`--length ${values.length}`)}\n${turn.m.seeHelp}`;
      const free: string[] = [];
      for (const w of parsed.positionals) {
        const l = LENGTH_WORDS[w.toLowerCase()];
        if (l && !length) length = l;
        else free.push(w);
      }
      const text = free.join(' ').trim();
      const article = values.article;
      const base = { ...(length ? { length } : {}), ...(article ? { article } : {}) };
      // ("/summarize --topic maglia rosa": typed without quotation marks, the words after the flag's are its value too)
      const section = values.section !== undefined ? [values.section, ...free].join(' ').trim() : undefined;
      const topic = values.topic !== undefined ? [values.topic, ...free].join(' ').trim() : undefined;
      if (section !== undefined) return summaryText(turn, turn.core.summarize({ ...base, section }), section);
      if (topic !== undefined) return summaryText(turn, turn.core.summarize({ ...base, topic }), topic);
      if (!text) return summaryText(turn, turn.core.summarize(base), '');
      // Free words: an article by its name as `/sections` lists it ("/summarize dimaio"), a section when one matches
      // convincingly, otherwise a topic.
      const named = !article && free.length === 1 ? turn.core.articles.find((a) => a.slug.toLowerCase() === text.toLowerCase()) : undefined;
      if (named) return summaryText(turn, turn.core.summarize({ ...base, article: named.slug }), '');
      const best = turn.core.findSection(text, article)[0];
      if (best && best.score >= SECTION_MATCH_THRESHOLD) {
        return summaryText(turn, turn.core.summarize({ ...base, section: best.section.id, ...(article ? {} : { article: best.section.article }) }), text);
      }
      return summaryText(turn, turn.core.summarize({ ...base, topic: text }), text);
    },
  },
  {
    name: 'sections',
    aliases: ['sezioni'],
    syntax: { it: '/sections', en: '/sections' },
    example: '/sections',
    run: (turn) => sectionList(turn.core, turn.style).join('\n'),
  },
  {
    name: 'about',
    aliases: ['info'],
    syntax: { it: '/about', en: '/about' },
    example: '/about',
    run(turn) {
      const { core, m, style } = turn;
      const paragraphs = core.articles.reduce((n, a) => n + a.paragraphs.length, 0);
      const sections = core.articles.reduce((n, a) => n + a.sections.length, 0);
      const lines = [m.about, '', m.counts(core.articles.length, paragraphs, sections)];
      for (const a of core.articles) {
        lines.push('', style.bold((turn.lang === 'en' && a.meta.titleEn) || a.meta.title));
        if (a.meta.source) lines.push(`  ${m.source}: ${a.meta.source}`);
        if (a.meta.author) lines.push(`  ${m.author}: ${a.meta.author}`);
        if (a.meta.date) lines.push(`  ${m.date}: ${a.meta.date}`);
      }
      return lines.join('\n');
    },
  },
];
const quoteCommand = CHAT_COMMANDS.find((c) => c.name === 'quote')!;

/** Commands the chat itself handles. */
const HELP_NAMES = ['help', 'aiuto', '?'];
const QUIT_NAMES = ['quit', 'exit', 'esci', 'bye'];

/** Whole lines that are talk rather than a question, in either language. */
const SMALL_TALK: ReadonlyArray<{ readonly words: readonly string[]; readonly kind: 'help' | 'hello' | 'thanks' | 'quit' | 'people' }> = [
  { kind: 'help', words: ['help', 'aiuto', '?', 'comandi', 'commands', 'help me', 'aiutami'] },
  { kind: 'hello', words: ['ciao', 'salve', 'buongiorno', 'buonasera', 'hello', 'hi', 'hey'] },
  { kind: 'thanks', words: ['grazie', 'grazie mille', 'thanks', 'thank you', 'ok grazie', 'perfetto grazie'] },
  { kind: 'quit', words: ['esci', 'quit', 'exit', 'bye', 'arrivederci', 'addio'] },
  // who speaks in the article: the list /quote gives with no name
  {
    kind: 'people',
    words: [
      'chi parla', "chi parla nell'articolo", 'chi parla nell’articolo', 'chi parla negli articoli', 'chi viene citato', 'chi è citato',
      'chi è stato citato', 'chi sono le persone citate', 'chi interviene', 'chi prende la parola', 'chi ha parlato', "chi ha parlato nell'articolo",
      'chi ha parlato nell’articolo', 'chi ha parlato negli articoli', 'who speaks', 'who is quoted', 'who speaks in the article',
      'who is quoted in the article', 'who spoke', 'who was quoted', 'who speaks in the articles', 'who is quoted in the articles',
    ],
  },
];

/**
 * What kind of small talk a line is, if it is only that.
 * @param line - what the user typed
 * @returns the kind, or undefined for a question
 */
export function smallTalk(line: string): 'help' | 'hello' | 'thanks' | 'quit' | 'people' | undefined {
  const folded = line.toLowerCase().replace(/[!.,;:¡]+/gu, '').replace(/\s+/g, ' ').trim();
  // "chi parla?": the question mark does not make the list of who speaks a question
  const bare = folded.replace(/\s*\?+$/u, '');
  return SMALL_TALK.find((t) => t.words.includes(folded) || (t.kind === 'people' && t.words.includes(bare)))?.kind;
}

/**
 * The command closest to a mistyped name, when one is close enough to be meant.
 * @param name - what the user typed after "/"
 * @returns the command's name, or undefined
 */
export function closestCommand(name: string): string | undefined {
  const n = name.toLowerCase();
  let best: { name: string; d: number } | undefined;
  for (const c of [...CHAT_COMMANDS.map((c) => [c.name, ...c.aliases] as const), HELP_NAMES.slice(0, 2), QUIT_NAMES.slice(0, 3)]) {
    for (const alias of c) {
      const d = DamerauLevenshteinDistance(n, alias);
      if (!best || d < best.d) best = { name: c[0]!, d };
    }
  }
  // One edit in a short name, two in a longer one: "/sumarize", "/qoute", "/seciton".
  return best && best.d <= (n.length <= 4 ? 1 : 2) ? best.name : undefined;
}

/**
 * The chat's help: each command with its syntax and an example.
 * @param lang - the session's language
 * @param style - terminal styles
 * @param core - the corpus (its examples)
 * @returns the text
 */
function helpText(lang: Lang, style: Style, core: BranoCore): string {
  const m = MESSAGES[lang];
  const rows = CHAT_COMMANDS.map((c) => `  ${style.bold(c.syntax[lang])}\n      ${style.dim(lang === 'it' ? 'es.' : 'e.g.')} ${typeof c.example === 'string' ? c.example : c.example(core, lang)}`);
  const quit = lang === 'it' ? '  /esci   (o /quit) per uscire' : '  /quit   (or /esci) to leave';
  return [m.helpTitle, ...rows, quit].join('\n');
}

/**
 * The session's language from the environment.
 * @param env - the environment
 * @returns Italian or English when LC_ALL, LC_MESSAGES or LANG says so, else undefined
 */
export function envLang(env: NodeJS.ProcessEnv): Lang | undefined {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  if (/^it(?:[_.-]|$)/i.test(locale)) return 'it';
  if (/^en(?:[_.-]|$)/i.test(locale)) return 'en';
  return undefined;
}

/**
 * The width to wrap to.
 * @param stdout - the output stream
 * @param env - the environment (COLUMNS when the stream does not know)
 * @returns the terminal's width, or undefined when output is not a terminal
 */
function terminalWidth(stdout: CommandContext['io']['stdout'], env: NodeJS.ProcessEnv): number | undefined {
  const columns = (stdout as { columns?: number }).columns;
  if (stdout.isTTY && columns) return columns;
  const fromEnv = Number(env['COLUMNS']);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : undefined;
}

/**
 * Runs the chat until /quit or end of input.
 * @param ctx - the CLI context (streams, core, style)
 * @param _commands - the CLI's commands (the chat has its own, with natural arguments)
 * @returns the exit code
 */
export async function runChat(ctx: CommandContext, _commands: readonly CliCommand[]): Promise<number> {
  const { io, style } = ctx;
  const core = ctx.core();
  const interactive = io.stdin.isTTY === true;
  const fixed = envLang(io.env);
  let lang: Lang = fixed ?? 'it';
  let settled = fixed !== undefined;
  const settle = (l: Lang): Lang => {
    if (!settled) {
      lang = l;
      settled = true;
    }
    return lang;
  };
  let closed = false;
  const conversation: Conversation = {};
  const record = (question: string, result: AskResult): void => {
    ctx.questions().record({
      answerId: newAnswerId(),
      question,
      lang: result.lang,
      answered: result.answered,
      passages: result.passages.map((p) => ({ article: p.article, paragraph: p.paragraph, section: p.sectionTitle })),
      guildId: null,
      source: 'chat',
    });
  };
  // Loaded here: a one-shot command never reads lines.
  const { createInterface } = require('node:readline') as typeof import('node:readline');
  const rl = createInterface({ input: io.stdin, output: interactive ? io.stdout : undefined, terminal: interactive, crlfDelay: Infinity });
  // A closed pipe (`brano chat | head`) ends the chat quietly.
  io.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    closed = true;
    rl.close();
  });
  const say = (s: string) => {
    if (closed) return;
    const text = wrapText(s, terminalWidth(io.stdout, io.env));
    io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  };
  const prompt = () => {
    if (interactive && !closed) rl.prompt();
  };
  const titles = core.articles.map((a) => a.meta.title);
  say(`${style.bold(MESSAGES[lang].welcome(titles))}\n${style.dim(MESSAGES[lang].hint(titles.length))}`);
  rl.setPrompt(style.accent('brano› '));
  prompt();
  for await (const raw of rl) {
    if (closed) break;
    const line = raw.trim();
    if (!line) {
      prompt();
      continue;
    }
    const turn = (args: string): ChatTurn => ({ core, style, lang, m: MESSAGES[lang], width: terminalWidth(io.stdout, io.env), args, settle, conversation, record });
    const m = MESSAGES[lang];
    // Only the turn right after a /quote may continue it.
    const quoted = conversation.quoted;
    conversation.quoted = undefined;
    const nextName = quoted && !line.startsWith('/') ? NEXT_NAME.exec(line)?.[1] : undefined;
    // A name ("e Rossi?") is looked up as the last one was, even one nobody speaks as (the reply says so).
    if (nextName && (/^\p{Lu}/u.test(nextName) || core.quote(nextName).person)) {
      say(quoteCommand.run(turn(nextName)));
    } else if (line.startsWith('/')) {
      const [name = '', ...rest] = line.slice(1).split(/\s+/);
      const lower = name.toLowerCase();
      const args = rest.join(' ');
      if (QUIT_NAMES.includes(lower)) break;
      if (HELP_NAMES.includes(lower) || lower === '') {
        say(helpText(lang, style, core));
      } else {
        const command = CHAT_COMMANDS.find((c) => c.name === lower || c.aliases.includes(lower));
        if (command) {
          say(command.run(turn(args)));
        } else {
          const near = closestCommand(lower);
          say(style.error(m.unknown(name)) + ' ' + (near ? m.didYouMean(near) : m.seeHelp));
        }
      }
    } else {
      const talk = smallTalk(line);
      if (talk === 'quit') {
        say(m.bye);
        break;
      }
      if (talk === 'help') say(helpText(lang, style, core));
      else if (talk === 'hello') say(m.hello);
      else if (talk === 'thanks') say(m.thanks);
      else if (talk === 'people') say(peopleHuman(core.people(), style, lang, core.articles.length > 1));
      else say(answer(turn(line), line));
    }
    say('');
    prompt();
  }
  rl.close();
  return 0;
}
