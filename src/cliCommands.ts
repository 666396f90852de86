/**
 * Brano's command line: `ask`, `quote`, `people`, `summarize`, `sections` and `chat` over the same core the
 * Discord bot uses. Every command has `--json` (one JSON object on stdout, nothing else) and human output.
 * The program's entry is `cli.ts`, which runs this module from the single-file build when there is one.
 */
import { createRequire } from 'node:module';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readConfig } from './config.js';
import { reportFaultsOnce } from './faults.js';
import { openQuestionLog } from './store/questionLog.js';
import { askHuman, askJson } from './terminal/askView.js';
import { isSummaryError, summaryHuman, summaryJson } from './terminal/summaryView.js';
import { peopleHuman, peopleJson, quoteHuman, quoteJson } from './terminal/quoteView.js';
import { makeStyle, wantsColour, type Style } from './terminal/style.js';
import type { BranoCore } from './core/brano.js';
import type { Lang } from './core/analysis.js';
import type { SummaryLength } from './core/types.js';
import type { PeriodStats, QuestionLog } from './store/questionLog.js';

/** Where the CLI reads and writes, so tests can run it in-process. */
export interface CliIO {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
}

/** What a command gets. */
export interface CommandContext {
  readonly io: CliIO;
  /** Builds (once) and returns the core; commands that need no corpus never call it. */
  readonly core: () => BranoCore;
  readonly style: Style;
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: string[];
  /** The question log (opened once, on first use, from DATA_DIR, RETENTION_DAYS and BRANO_RECORD in the environment). */
  readonly questions: () => QuestionLog;
}

/** A CLI command. */
export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly help: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  run(ctx: CommandContext): Promise<number> | number;
}

/** A usage mistake: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  /** @param message - what was wrong */
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const write = (stream: NodeJS.WritableStream, text: string) => stream.write(text.endsWith('\n') ? text : `${text}\n`);

/**
 * Reads an integer option within bounds.
 * @param raw - the option's text
 * @param name - the option, for the message
 * @param min - smallest allowed
 * @param max - largest allowed
 * @returns the number
 * @throws UsageError when it is not an integer in range
 */
export function intOption(raw: string | boolean | undefined, name: string, min: number, max: number): number | undefined {
  if (raw === undefined || typeof raw === 'boolean') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} takes a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  return n;
}

/**
 * Reads the `--lang` option.
 * @param raw - the option's text
 * @returns the language, or undefined for automatic
 * @throws UsageError for anything but it/en/auto
 */
export function langOption(raw: string | boolean | undefined): Lang | undefined {
  if (raw === undefined || raw === 'auto' || typeof raw === 'boolean') return undefined;
  if (raw === 'it' || raw === 'en') return raw;
  throw new UsageError(`--lang takes it, en or auto, got ${JSON.stringify(raw)}`);
}

/**
 * A string option's value.
 * @param ctx - the command's context
 * @param name - the option
 * @returns its text, or undefined when it was not given
 */
function stringValue(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.values[name];
  return typeof v === 'string' ? v : undefined;
}

/**
 * Reads the `--article` option and checks the article exists.
 * @param ctx - the command's context
 * @returns the slug, or undefined for every article
 * @throws UsageError for an unknown slug
 */
function articleOption(ctx: CommandContext): string | undefined {
  const article = stringValue(ctx, 'article');
  const core = ctx.core();
  if (article && !core.articles.some((a) => a.slug === article)) {
    throw new UsageError(`no article "${article}"; articles: ${core.articles.map((a) => a.slug).join(', ')}`);
  }
  return article;
}

const askCommand: CliCommand = {
  name: 'ask',
  summary: 'answer a question with the passages that say so',
  usage: 'ask [--json] [--batch] [--limit N] [--lang it|en|auto] [--article SLUG] QUESTION',
  help: [
    'Finds the paragraphs that answer QUESTION and prints the best one verbatim, with its ¶ number, section and article.',
    'Says so honestly when the article does not answer.',
    '',
    '  --json          one JSON object: {"question","answered","passages":[{"article","paragraph","section","excerpt","score"}]}',
    '  --batch         read one question per line from stdin; print one JSON line per question, in order',
    '  --limit N       how many passages (1–25, default 3)',
    '  --lang L        language of the question: it, en or auto (default auto)',
    '  --article SLUG  search only this article',
  ].join('\n'),
  options: {
    json: { type: 'boolean' },
    batch: { type: 'boolean' },
    limit: { type: 'string' },
    lang: { type: 'string' },
    article: { type: 'string' },
  },
  async run(ctx) {
    const limit = intOption(ctx.values['limit'], 'limit', 1, 25) ?? 3;
    const lang = langOption(ctx.values['lang']);
    const article = articleOption(ctx);
    const core = ctx.core();
    const opts = { limit, ...(lang ? { lang } : {}), ...(article ? { article } : {}) };
    if (ctx.values['batch']) {
      if (ctx.positionals.length) throw new UsageError('--batch reads questions from stdin; do not pass QUESTION too');
      // Loaded here: one question on the command line never reads lines.
      const { createInterface } = createRequire(import.meta.url)('node:readline') as typeof import('node:readline');
      const rl = createInterface({ input: ctx.io.stdin, crlfDelay: Infinity });
      for await (const line of rl) write(ctx.io.stdout, JSON.stringify(askJson(core.ask(line, opts))));
      return 0;
    }
    const question = ctx.positionals.join(' ').trim();
    if (!question) throw new UsageError('give a question, e.g. ask "Di cosa parla l’articolo?"');
    const result = core.ask(question, opts);
    write(ctx.io.stdout, ctx.values['json'] ? JSON.stringify(askJson(result)) : askHuman(result, ctx.style, { articles: article ? 1 : core.articles.length }));
    return 0;
  },
};

/**
 * Reads the `--length` option.
 * @param raw - the option's text
 * @returns the length, or undefined for the default
 * @throws UsageError for anything but short/medium/long
 */
export function lengthOption(raw: string | boolean | undefined): SummaryLength | undefined {
  if (raw === undefined || typeof raw === 'boolean') return undefined;
  if (raw === 'short' || raw === 'medium' || raw === 'long') return raw;
  throw new UsageError(`--length takes short, medium or long, got ${JSON.stringify(raw)}`);
}

const summarizeCommand: CliCommand = {
  name: 'summarize',
  summary: 'summarise the article, a section or a topic with its own sentences',
  usage: 'summarize [--json] [--section ID|TITLE|N] [--topic TEXT] [--length short|medium|long] [--article SLUG]',
  help: [
    'Picks the article’s most telling sentences and prints them verbatim, in the article’s order, each with its ¶.',
    'Without --section or --topic it summarises the whole article.',
    '',
    '  --json            one JSON object: {"title","article","sentences":[{"article","paragraph","text"}]}',
    '  --section S       one section: its id, its number in `sections`, or words of its title (typos are fine)',
    '  --topic TEXT      the sentences most relevant to TEXT, from the paragraphs about it',
    '  --length L        short (2–3 sentences), medium (4–5) or long (6–12, up to the budget); default for the',
    '                    whole article long from 24 sentences, medium from 12, short below (about a quarter of it),',
    '                    medium otherwise; always at most 1,500 characters',
    '  --article SLUG    this article (default: the first)',
    '',
    'An unknown section prints the list of sections and exits with status 1',
    '(with --json: {"error":"unknown-section","sections":[…]} on stdout).',
  ].join('\n'),
  options: {
    json: { type: 'boolean' },
    section: { type: 'string' },
    topic: { type: 'string' },
    length: { type: 'string' },
    article: { type: 'string' },
  },
  run(ctx) {
    const length = lengthOption(ctx.values['length']);
    const section = stringValue(ctx, 'section');
    const topic = stringValue(ctx, 'topic');
    const article = stringValue(ctx, 'article');
    if (ctx.positionals.length) throw new UsageError('summarize takes no free text: use --topic "…" or --section "…"');
    if (section !== undefined && topic !== undefined) throw new UsageError('give --section or --topic, not both');
    if (topic !== undefined && !topic.trim()) throw new UsageError('--topic needs some words, e.g. --topic "la licenza"');
    if (section !== undefined && !section.trim()) throw new UsageError('--section needs an id, a number or words of a title');
    const result = ctx.core().summarize({
      ...(section !== undefined ? { section } : {}),
      ...(topic !== undefined ? { topic } : {}),
      ...(length ? { length } : {}),
      ...(article !== undefined ? { article } : {}),
    });
    const failed = isSummaryError(result);
    const articles = ctx.core().articles;
    if (ctx.values['json']) write(ctx.io.stdout, JSON.stringify(summaryJson(result)));
    else {
      write(failed ? ctx.io.stderr : ctx.io.stdout, summaryHuman(result, ctx.style, { articleNames: articles.length > 1 }));
      // A folder of several articles: say which one was summarised and how to pick another.
      if (result.kind === 'summary' && article === undefined && topic === undefined && articles.length > 1) {
        const others = articles.map((a) => a.slug).filter((slug) => slug !== result.article);
        const listed = others.slice(0, 5).join(', ') + (others.length > 5 ? `, … (${others.length} in all)` : '');
        write(ctx.io.stderr, `(the first of ${articles.length} articles; --article SLUG for another: ${listed})`);
      }
    }
    return failed ? 1 : 0;
  },
};

const sectionsCommand: CliCommand = {
  name: 'sections',
  summary: 'list the sections of the articles',
  usage: 'sections [--json] [--article SLUG]',
  help: '  --json          one JSON object: {"sections":[{"article","id","title","from","to"}]}\n  --article SLUG  only this article',
  options: { json: { type: 'boolean' }, article: { type: 'string' } },
  run(ctx) {
    const core = ctx.core();
    const article = stringValue(ctx, 'article');
    const sections = core.sections(article);
    if (ctx.values['json']) {
      write(ctx.io.stdout, JSON.stringify({ sections: sections.map((s) => ({ article: s.article, id: s.id, title: s.title, from: s.from, to: s.to })) }));
      return 0;
    }
    let current = '';
    const lines: string[] = [];
    for (const s of sections) {
      if (s.article !== current) {
        if (current) lines.push('');
        lines.push(ctx.style.bold(s.articleTitle));
        current = s.article;
      }
      const range = s.from === s.to ? `¶${s.from}` : `¶${s.from}–${s.to}`;
      lines.push(`  ${ctx.style.accent(range.padEnd(8))} ${s.title}  ${ctx.style.dim(s.id)}`);
    }
    write(ctx.io.stdout, lines.join('\n'));
    return 0;
  },
};

const quoteCommand: CliCommand = {
  name: 'quote',
  summary: 'what someone said: their statements, quoted and reported, with ¶',
  usage: 'quote [--json] [--kind direct|reported] [--article SLUG] [--lang it|en] NAME',
  help: [
    'Lists every statement the article attributes to NAME: their words in quotation marks (direct) and what the',
    'article reports they say or think (reported), each verbatim with its ¶. NAME may be a full name, a surname,',
    'a first name or a source such as "memo di Google"; case, accents and small typos do not matter.',
    'A name that says nothing in the article gets close names instead.',
    '',
    '  --json          one JSON object: {"query","person","role","quotes":[{"article","paragraph","text","kind"}],"suggestions"}',
    '                  person is the canonical name, or null when nobody by that name speaks',
    '  --kind K        only direct quotations or only reported statements',
    '  --article SLUG  only statements from this article',
    '  --lang L        language of the messages: it (default) or en',
  ].join('\n'),
  options: { json: { type: 'boolean' }, kind: { type: 'string' }, article: { type: 'string' }, lang: { type: 'string' } },
  run(ctx) {
    const kind = ctx.values['kind'];
    if (kind !== undefined && kind !== 'direct' && kind !== 'reported') throw new UsageError(`--kind takes direct or reported, got ${JSON.stringify(kind)}`);
    const lang = langOption(ctx.values['lang']) ?? 'it';
    const name = ctx.positionals.join(' ').trim();
    const core = ctx.core();
    if (!name) {
      // The example and the list come from the corpus being read.
      const people = core.people();
      const person = people.find((p) => p.kind === 'person') ?? people[0];
      const example = person ? ` (e.g. quote ${person.name.split(/\s+/).pop()})` : '';
      const who = people.length ? `; who speaks: ${people.slice(0, 8).map((p) => p.name).join(', ')}${people.length > 8 ? ', …' : ''}` : '; nobody speaks in the corpus';
      throw new UsageError(`give a name${example}${who}`);
    }
    const article = articleOption(ctx);
    const result = core.quote(name, { ...(kind ? { kind } : {}), ...(article ? { article } : {}) });
    if (ctx.values['json']) {
      write(ctx.io.stdout, JSON.stringify(quoteJson(result)));
      return 0;
    }
    const speakers = core.people().map((p) => p.name);
    write(ctx.io.stdout, quoteHuman(result, ctx.style, { lang, speakers, ...(kind ? { kind } : {}), showArticle: core.articles.length > 1 }));
    return 0;
  },
};

const peopleCommand: CliCommand = {
  name: 'people',
  summary: 'everyone the article quotes, with role and number of statements',
  usage: 'people [--json] [--lang it|en]',
  help: [
    'Lists the speakers: people, organisations and documents the article quotes, with the names that refer to',
    'them, their role and how many statements each has (see `quote NAME` for the statements themselves).',
    '',
    '  --json          one JSON object: {"people":[{"name","aliases","role","kind","quotes"}]}',
    '                  quotes is the NUMBER of statements; kind is person or source; role is null when not given',
    '  --lang L        language of the messages: it (default) or en',
  ].join('\n'),
  options: { json: { type: 'boolean' }, lang: { type: 'string' } },
  run(ctx) {
    const lang = langOption(ctx.values['lang']) ?? 'it';
    const core = ctx.core();
    const people = core.people();
    write(ctx.io.stdout, ctx.values['json'] ? JSON.stringify(peopleJson(people)) : peopleHuman(people, ctx.style, lang, core.articles.length > 1));
    return 0;
  },
};

const chatCommand: CliCommand = {
  name: 'chat',
  summary: 'a terminal chat with the same commands as on Discord',
  usage: 'chat',
  help: [
    'Type a question, or a command with plain words: /summarize la licenza, /quote Lambert, /sections, /people,',
    '/about, /help (or just "aiuto"); /quit to leave. Brano answers in LANG\'s language when it is Italian or',
    'English, otherwise in the first question\'s. Output wraps to the terminal\'s width.',
  ].join('\n'),
  options: {},
  async run(ctx) {
    const { runChat } = await import('./terminal/chat.js');
    return runChat(ctx, COMMANDS);
  },
};

/**
 * The human form of the question log's figures.
 * @param periods - one entry per period
 * @param style - terminal styles
 * @returns the text
 */
export function statsHuman(periods: readonly PeriodStats[], style: Style): string {
  const lines: string[] = [];
  for (const p of periods) {
    if (lines.length) lines.push('');
    lines.push(style.bold(`Last ${p.days} days`));
    lines.push(`  ${p.asked} questions, ${Math.round(p.declinedShare * 100)}% declined (${p.declined}) · 👍 ${p.up} · 👎 ${p.down}`);
    lines.push(`  Most asked topics: ${p.topics.length ? p.topics.map((t) => `${t.topic} (${t.count})`).join(' · ') : 'none'}`);
    lines.push('  Questions the articles do not answer:');
    if (!p.unanswered.length) lines.push(style.dim('    none'));
    for (const [i, q] of p.unanswered.entries()) lines.push(`    ${i + 1}. ${q.question}${q.count > 1 ? style.dim(` ×${q.count}`) : ''}`);
  }
  return lines.join('\n');
}

const statsCommand: CliCommand = {
  name: 'stats',
  summary: 'what readers asked: questions, share declined, 👍/👎, topics, questions the articles do not answer',
  usage: 'stats [--json] [--days N]',
  help: [
    'Reads the question log (DATA_DIR/brano.sqlite): every server and the terminal chat together.',
    'Without --days it shows the last 7 and the last 30 days.',
    '',
    '  --json     one JSON object: {"periods":[{"days","asked","declined","declinedShare","up","down",',
    '             "topics":[{"topic","count"}],"unanswered":[{"question","count"}]}]}',
    '  --days N   only the last N days (1–3650)',
    '',
    'With BRANO_RECORD=0, or a log that cannot be read, it says so and exits with status 1.',
  ].join('\n'),
  options: { json: { type: 'boolean' }, days: { type: 'string' } },
  run(ctx) {
    const days = intOption(ctx.values['days'], 'days', 1, 3650);
    if (ctx.positionals.length) throw new UsageError('stats takes no free text');
    const log = ctx.questions();
    const fail = (error: string, message: string) => {
      if (ctx.values['json']) write(ctx.io.stdout, JSON.stringify({ error }));
      write(ctx.io.stderr, `brano stats: ${message}`);
      return 1;
    };
    if (!log.enabled) return fail('recording-off', 'recording is turned off (BRANO_RECORD=0): there is nothing to show');
    const periods = (days ? [days] : [7, 30]).map((d) => log.stats(d));
    log.close();
    if (periods.some((p) => p === undefined)) return fail('unavailable', 'the question log cannot be read (see the error above)');
    const ok = periods as PeriodStats[];
    write(ctx.io.stdout, ctx.values['json'] ? JSON.stringify({ periods: ok }) : statsHuman(ok, ctx.style));
    return 0;
  },
};

/** Every CLI command, in the order `--help` lists them. */
export const COMMANDS: CliCommand[] = [askCommand, quoteCommand, peopleCommand, summarizeCommand, sectionsCommand, chatCommand, statsCommand];

/**
 * The top-level help text.
 * @returns the text
 */
export function topHelp(): string {
  return [
    'Brano — answers questions about an article with the passages that say so.',
    '',
    'Usage: npm run -s cli -- <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    'Every command takes --help; those that print results take --json.',
    'Environment: CORPUS_DIR (folder of *.md articles, default corpus/), NO_COLOR; the chat records its questions',
    'in DATA_DIR (default data/; RETENTION_DAYS, BRANO_RECORD=0 to record nothing).',
  ].join('\n');
}

/**
 * Runs one CLI invocation.
 * @param argv - the arguments after the program name
 * @param io - streams and environment
 * @param makeCore - builds the core (called at most once, only by commands that need it)
 * @returns the exit code (0 ok, 1 failure, 2 usage)
 */
export async function runCli(argv: readonly string[], io: CliIO, makeCore: () => BranoCore): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    write(io.stdout, topHelp());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    write(io.stderr, `brano: unknown command "${name}"\n\n${topHelp()}`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (err) {
    write(io.stderr, `brano ${name}: ${(err as Error).message}\nUsage: ${command.usage}`);
    return 2;
  }
  if (parsed.values['help']) {
    write(io.stdout, `Usage: ${command.usage}\n\n${command.summary[0]!.toUpperCase()}${command.summary.slice(1)}.\n${command.help}`);
    return 0;
  }
  let core: BranoCore | undefined;
  let questions: QuestionLog | undefined;
  const ctx: CommandContext = {
    questions: () => (questions ??= openLog(io)),
    io,
    core: () => (core ??= makeCore()),
    style: makeStyle(wantsColour(io.stdout, io.env)),
    values: parsed.values as CommandContext['values'],
    positionals: parsed.positionals,
  };
  try {
    return await command.run(ctx);
  } catch (err) {
    if (err instanceof Error && err.name === 'ConfigError') {
      write(io.stderr, `brano ${name}: ${err.message}`);
      return 1;
    }
    if (err instanceof UsageError) {
      write(io.stderr, `brano ${name}: ${err.message}\nUsage: ${command.usage}`);
      return 2;
    }
    write(io.stderr, `brano ${name}: ${(err as Error).message}`);
    return 1;
  }
}

/**
 * Opens the question log the environment describes; its one failure message goes to stderr.
 * @param io - the environment and stderr
 * @returns the log
 * @throws ConfigError for a bad DATA_DIR, RETENTION_DAYS or BRANO_RECORD
 */
function openLog(io: CliIO): QuestionLog {
  const cfg = readConfig(io.env);
  const logger = { error: (msg: string, fields?: Record<string, unknown>) => write(io.stderr, `brano: ${msg}${fields?.['err'] instanceof Error ? ` (${fields['err'].message})` : ''}`) };
  return openQuestionLog({ dataDir: cfg.dataDir, retentionDays: cfg.retentionDays, enabled: cfg.record, logger });
}

/**
 * Runs the program: reads `.env`, then one CLI invocation over the corpus folder the environment names, and sets
 * the exit code. The entry point (`cli.ts`) calls it.
 * @param argv - the arguments after the program name (`--no-cache`, anywhere, parses every article instead of
 * reading snapshots from CACHE_DIR)
 */
export async function main(argv: readonly string[]): Promise<void> {
  const { config } = await import('dotenv');
  config({ quiet: true });
  const { loadCorpus } = await import('./core/corpus.js');
  const { createCore } = await import('./core/brano.js');
  const { SnapshotCache, snapshotContext } = await import('./snapshotCache.js');
  const { installItalianData, loadLexicons } = await import('./lexicons.js');
  installItalianData();
  // Output piped into a program that stops reading (`| head`): stop quietly, as other command-line tools do.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  const io: CliIO = {
    stdout: process.stdout,
    stderr: process.stderr,
    // Node builds process.stdin on first use (a file or pipe stream); only `--batch` and the chat read it.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
  };
  const noCache = argv.includes('--no-cache');
  const code = await runCli(
    argv.filter((a) => a !== '--no-cache'),
    io,
    () => {
      const { corpusDir, cacheDir } = readConfig(process.env);
      // One command per process: the passage index is built only if that command needs it.
      const cache = noCache ? undefined : new SnapshotCache(cacheDir, snapshotContext(corpusDir));
      return createCore(loadCorpus(corpusDir, cache), { lexicons: loadLexicons(corpusDir), indexOnDemand: true, onFault: reportFaultsOnce(), ...(cache ? { cache } : {}) });
    },
  );
  process.exitCode = code;
}

