/**
 * Adversarial input: every handler gets ≥ 10,000 odd inputs from a seeded generator (empty, 6,000 characters,
 * zero-width and RTL marks, emoji, lone surrogates, markdown and code fences, mass mentions, role and channel
 * mentions, regex metacharacters, …). No exception may escape or even reach the router's catch, every body
 * must be within Discord's limits (our limits module AND Discord's OpenAPI schema), and nothing may ping.
 */
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { articleKey, ASK_PREFIX, decodeAskButton, encodeFollowUp } from '../../src/discord/buttons.js';
import { choiceViolations, violations, type Choice } from '../../src/discord/limits.js';
import { buildRegistry, handleInteraction } from '../../src/discord/router.js';
import { mulberry32 } from '../../scripts/synthCorpus.js';
import { botContext, discordSchema, fakeInteraction, messages, fixtureCore, schemaProblems, type Fake, type FakeOptions } from './fakes.js';

const RUNS = 10_000;
const SEED = 0xb4a20;


// The core's own quotes and summaries when it has them; the test doubles otherwise.
const core = fixtureCore();
const corpusWords = core.articles.flatMap((a) => a.paragraphs.flatMap((p) => p.text.split(/\s+/))).slice(0, 400);
const PIECES = [
  '', ' ', '\n', '\t', '\0', '\u200b', '\u200d', '\ufeff', '\u202e', '\u200f', '\u061c', '\u2066',
  '👍', '👍🏽', '👨‍👩‍👧', '🇮🇹', '\ud800', '\udc00', '\udbff\udfff',
  '**', '__', '*', '_', '~~', '||', '`', '```', '```js\n', '> ', '# ', '-# ', '- ', '1. ', '[x](https://example.com)', '\\', '\\\\',
  '@everyone', '@here', '@EVERYONE', '<@123456789012345678>', '<@!1>', '<@&123>', '<#123>', '</ask:123>', '<t:0:R>', '<:emoji:123>',
  '.*', '+?', '^$', '{2,}', '(?:', ')', '[^', ']', '|', '$&', '$1', '\\d', '(?<x>',
  'a2|x|', 'a1|x|', '|', '¶', '“', '’', 'l’IA', 'perché', 'È', 'ß', 'İ', 'ﬁ', 'e\u0301',
];
const SLUGS = core.articles.map((a) => a.slug);

function oddString(rand: () => number): string {
  const r = rand();
  if (r < 0.03) return '';
  if (r < 0.06) return 'x'.repeat(6000);
  if (r < 0.08) return PIECES[Math.floor(rand() * PIECES.length)]!.repeat(1 + Math.floor(rand() * 3000));
  const parts: string[] = [];
  const n = 1 + Math.floor(rand() * 12);
  for (let i = 0; i < n; i++) {
    const k = rand();
    if (k < 0.45) parts.push(PIECES[Math.floor(rand() * PIECES.length)]!);
    else if (k < 0.9) parts.push(corpusWords[Math.floor(rand() * corpusWords.length)]!);
    else parts.push(String.fromCharCode(Math.floor(rand() * 0x10000)));
    if (rand() < 0.5) parts.push(' ');
  }
  return parts.join('');
}

function maybe<T>(rand: () => number, value: () => T): T | undefined {
  return rand() < 0.5 ? value() : undefined;
}

function oddArticle(rand: () => number): string | undefined {
  const r = rand();
  if (r < 0.4) return undefined;
  if (r < 0.7) return SLUGS[Math.floor(rand() * SLUGS.length)];
  return oddString(rand);
}

const LOCALES = ['it', 'en-US', 'en-GB', 'de', 'fr', 'zz', ''];

const registry = buildRegistry(COMMANDS);
const schema = discordSchema();

interface Tally {
  interactions: number;
  bodies: number;
  choices: number;
}

async function check(fake: Fake, bot: ReturnType<typeof botContext>, tally: Tally, label: () => string): Promise<void> {
  await handleInteraction(fake as never, registry, bot);
  tally.interactions++;
  const errors = bot.logger.records.filter((r) => r.level === 'error' || r.level === 'warn');
  if (errors.length) throw new Error(`${label()}: handler failed: ${JSON.stringify(errors[0]?.fields?.['err'] instanceof Error ? (errors[0]?.fields?.['err'] as Error).stack : errors[0])}`);
  if (!fake.calls.length) throw new Error(`${label()}: nothing was sent`);
  for (const m of messages(fake)) {
    const problems = violations(m);
    if (problems.length) throw new Error(`${label()}: ${problems.join('; ')}`);
    tally.bodies++;
  }
  for (const c of fake.calls.filter((x) => x.method === 'respond')) {
    const problems = choiceViolations(c.body as Choice[]);
    if (problems.length) throw new Error(`${label()}: ${problems.join('; ')}`);
    tally.choices++;
  }
  const problems = schemaProblems(fake, schema);
  if (problems.length) throw new Error(`${label()}: schema: ${problems[0]}`);
}

type Gen = (rand: () => number) => FakeOptions & { kind: 'command' | 'autocomplete' | 'button' | 'message' | 'modal' };

const ManageGuild = 1n << 5n;
const AUTOCOMPLETED = [['ask', 'article'], ['quote', 'person'], ['quote', 'article'], ['summarize', 'section'], ['summarize', 'article'], ['sections', 'article'], ['nope', 'x']] as const;
const GENERATORS: Record<string, Gen> = {
  ask: (r) => ({
    kind: 'command',
    commandName: 'ask',
    options: { question: oddString(r), results: maybe(r, () => Math.floor(r() * 40) - 10), private: maybe(r, () => r() < 0.5), article: oddArticle(r) },
  }),
  quote: (r) => ({
    kind: 'command',
    commandName: 'quote',
    options: { person: r() < 0.2 ? ['Rossi', 'bianchi', 'Luca Verdi', 'maria'][Math.floor(r() * 4)]! : oddString(r), kind: maybe(r, () => (r() < 0.6 ? ['direct', 'reported'][Math.floor(r() * 2)]! : oddString(r))), article: oddArticle(r), private: maybe(r, () => r() < 0.5) },
  }),
  summarize: (r) => ({
    kind: 'command',
    commandName: 'summarize',
    options: { section: maybe(r, () => (r() < 0.3 ? core.sections()[Math.floor(r() * core.sections().length)]!.id : oddString(r))), topic: maybe(r, () => oddString(r)), length: maybe(r, () => (r() < 0.6 ? ['short', 'medium', 'long'][Math.floor(r() * 3)]! : oddString(r))), article: oddArticle(r), private: maybe(r, () => r() < 0.5) },
  }),
  sections: (r) => ({ kind: 'command', commandName: 'sections', options: { article: oddArticle(r), private: maybe(r, () => r() < 0.5) } }),
  about: (r) => ({ kind: 'command', commandName: 'about', options: { private: maybe(r, () => r() < 0.5) } }),
  help: () => ({ kind: 'command', commandName: 'help' }),
  reload: (r) => ({ kind: 'command', commandName: 'reload', permissions: r() < 0.3 ? null : r() < 0.5 ? 0n : ManageGuild, guildId: r() < 0.1 ? null : '400000000000000001' }),
  searchMessage: (r) => ({ kind: 'message', commandName: 'Search the article', targetContent: oddString(r) }),
  followUpForm: (r) => {
    const id = encodeFollowUp({ article: r() < 0.8 ? articleKey(SLUGS[Math.floor(r() * SLUGS.length)]!) : 'nope', paragraph: 1 + Math.floor(r() * 40), question: oddString(r) });
    const customId = r() < 0.7 ? id : r() < 0.85 ? id.slice(0, Math.floor(r() * id.length)) : oddString(r);
    return { kind: 'modal', customId, options: { question: oddString(r) } };
  },
  autocomplete: (r) => {
    const [commandName, focused] = AUTOCOMPLETED[Math.floor(r() * AUTOCOMPLETED.length)]!;
    return { kind: 'autocomplete', commandName, focused, options: { [focused]: oddString(r), article: oddArticle(r) } };
  },
};

/** Buttons: ids taken from real answers, then mutated; plus odd strings. */
async function buttonIds(rand: () => number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < 60; i++) {
    const fake = fakeInteraction('command', { commandName: 'ask', user: '300000000000000001', options: { question: oddString(rand) + ' vendemmia pendolari treno cantina', results: 1 + Math.floor(rand() * 10) } });
    await handleInteraction(fake as never, registry, botContext({ core }));
    for (const m of messages(fake)) for (const row of m.components ?? []) for (const b of row.components) ids.push(b.custom_id);
  }
  return ids;
}

function mutate(id: string, rand: () => number): string {
  const r = rand();
  if (r < 0.3) return id;
  if (r < 0.45) return id.slice(0, Math.floor(rand() * id.length));
  if (r < 0.6) return id + oddString(rand);
  if (r < 0.8) {
    const at = Math.floor(rand() * id.length);
    return id.slice(0, at) + PIECES[Math.floor(rand() * PIECES.length)]! + id.slice(at + 1);
  }
  if (r < 0.9) return `${ASK_PREFIX}|${oddString(rand)}`;
  return oddString(rand);
}

describe('fuzz: odd inputs to every handler', () => {
  const tallies: Record<string, Tally> = {};

  for (const [name, gen] of Object.entries(GENERATORS)) {
    it(`GIVEN ${RUNS} odd inputs to ${name} THEN nothing throws, every reply fits Discord's limits and schema, nothing pings`, async () => {
      const rand = mulberry32(SEED ^ name.length ^ name.charCodeAt(0) * 7919);
      const tally: Tally = (tallies[name] = { interactions: 0, bodies: 0, choices: 0 });
      const bot = botContext({ core });
      for (let i = 0; i < RUNS; i++) {
        const { kind, ...o } = gen(rand);
        bot.logger.records.length = 0;
        const fake = fakeInteraction(kind, { ...o, locale: LOCALES[Math.floor(rand() * LOCALES.length)]!, user: `30000000000000${String(Math.floor(rand() * 10000)).padStart(4, '0')}` });
        await check(fake, bot, tally, () => `${name} #${i} ${JSON.stringify(o).slice(0, 400)}`);
      }
      expect(tally.interactions).toBe(RUNS);
      expect(tally.bodies + tally.choices).toBeGreaterThanOrEqual(RUNS);
    });
  }

  it(`GIVEN ${RUNS} odd, stale, foreign and mutated button presses THEN each gets a valid reply (update, private copy or polite note)`, async () => {
    const rand = mulberry32(SEED ^ 0xb077);
    const real = await buttonIds(rand);
    expect(real.length).toBeGreaterThan(50);
    const tally: Tally = (tallies['button'] = { interactions: 0, bodies: 0, choices: 0 });
    let decoded = 0;
    const bot = botContext({ core });
    for (let i = 0; i < RUNS; i++) {
      const customId = mutate(real[Math.floor(rand() * real.length)]!, rand);
      if (decodeAskButton(customId)) decoded++;
      bot.logger.records.length = 0;
      const fake = fakeInteraction('button', { customId, user: rand() < 0.5 ? '300000000000000001' : '300000000000000002', locale: LOCALES[Math.floor(rand() * LOCALES.length)]! });
      await check(fake, bot, tally, () => `button #${i} ${JSON.stringify(customId)}`);
    }
    // Both valid and broken ids were exercised.
    expect(decoded).toBeGreaterThan(RUNS / 5);
    expect(decoded).toBeLessThan(RUNS);
  });

  it('GIVEN the runs THEN report the figures', () => {
    const total = Object.values(tallies).reduce((n, t) => n + t.interactions, 0);
    process.stderr.write(`fuzz: ${total} interactions; ${JSON.stringify(tallies)}\n`);
    expect(total).toBeGreaterThanOrEqual(RUNS * Object.keys(tallies).length);
  });
});
