/**
 * End to end: the real discord.js client, started by `startBot` exactly as `npm start` does, against the fake
 * Discord on 127.0.0.1 (which enforces the 3 s deadline, one callback per interaction, Discord's OpenAPI request
 * schemas and safe mentions). Commands are registered with `deployCommands` first, as `npm run deploy` does. The
 * corpus is served by the real CorpusStore over a temporary copy of the fixture corpus, as `npm start` serves it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PermissionFlagsBits, REST, type APIEmbed, type APIInteraction, type APIMessage, type APIUser, type Client } from 'discord.js';
import { COMMANDS } from '../../commands/index.js';
import { deployCommands } from '../../src/discord/deploy.js';
import type { BranoCore } from '../../src/core/brano.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { CorpusStore } from '../../src/corpusStore.js';
import { decodeAskButton, decodeFollowUp, type AskAction } from '../../src/discord/buttons.js';
import { Cooldowns } from '../../src/discord/cooldowns.js';
import type { BotContext } from '../../src/discord/interactions.js';
import { toReloadResult } from '../../src/main.js';
import { FakeRoutes, MEMBER_PERMISSIONS, percentile, type FakeDiscord, type InteractionOutcome } from '../support/fakeDiscord.js';
import { startE2eBot, type E2eBot } from '../support/e2eBot.js';
import { SCALED_DEADLINE_MS, SCALED_DEFER_AFTER_MS, TIME_SCALE } from '../support/timeScale.js';
import { FIXTURE_DIR, FIXTURE_QUESTIONS, memoryLogger } from './fakes.js';

let fake: FakeDiscord;
let client: Client<true>;
let e2e: E2eBot | undefined;
let store: CorpusStore;
let dir: string;
const logger = memoryLogger();
/** Test switches: a frozen clock makes cooldowns bite; a failing core makes handlers throw. */
const clock = { frozen: false, t: 0 };
let failing = false;

const failingCore = (core: BranoCore): BranoCore =>
  Object.assign(Object.create(core) as BranoCore, {
    ask: () => {
      throw new Error('index unavailable');
    },
  });

const bot: BotContext = {
  core: () => (failing ? failingCore(store.core) : store.core),
  reload: () => store.reload().then(toReloadResult),
  version: '9.9.9-e2e',
  // The clock moves an hour per look unless frozen: cooldowns never bite except in the cooldown scenario.
  cooldowns: new Cooldowns(30, () => (clock.frozen ? clock.t : (clock.t += 3_600_000))),
  logger,
  deferAfterMs: SCALED_DEFER_AFTER_MS,
};

const other: APIUser = { id: '390000000000000777', username: 'someone-else', discriminator: '0', global_name: 'someone', avatar: null };
const manager = (BigInt(MEMBER_PERMISSIONS) | PermissionFlagsBits.ManageGuild).toString();
const EPHEMERAL = 64;

const embedOf = (o: InteractionOutcome): APIEmbed | undefined => {
  const fromCallback = (o.callback?.data?.['embeds'] as APIEmbed[] | undefined)?.[0];
  const fromEdit = ((o.edits[0]?.body as { embeds?: APIEmbed[] } | undefined)?.embeds ?? [])[0];
  return fromCallback ?? fromEdit;
};
const contentOf = (o: InteractionOutcome): string => String((o.edits[0]?.body as { content?: string } | undefined)?.content ?? o.callback?.data?.['content'] ?? '');
const flagsOf = (o: InteractionOutcome): number => Number(o.callback?.data?.['flags'] ?? 0);
const customIds = (o: InteractionOutcome): string[] => {
  const data = (o.callback?.data ?? o.edits[0]?.body) as Record<string, unknown> | undefined;
  return ((data?.['components'] as { components: { custom_id: string }[] }[] | undefined) ?? []).flatMap((r) => r.components.map((c) => c.custom_id));
};
const button = (o: InteractionOutcome, action: AskAction): string => {
  const id = customIds(o).find((c) => decodeAskButton(c)?.action === action);
  if (!id) throw new Error(`no "${action}" button among ${customIds(o).join(', ')}`);
  return id;
};

/**
 * Each outcome was answered by exactly one accepted callback, every message body it sent (callback, edits,
 * follow-ups) had `allowed_mentions: { parse: [] }`, and Discord saw no rule broken so far.
 */
function expectAnsweredOnce(outcomes: readonly InteractionOutcome[]): void {
  expect(fake.violations).toEqual([]);
  for (const o of outcomes) {
    expect(o.callback, `${o.label} ${o.id} unanswered`).toBeDefined();
    expect(o.callbackAttempts, `${o.label} ${o.id} callbacks`).toBe(1);
    expect(o.expired, o.label).toBe(false);
    if (o.callback?.type === 4 || o.callback?.type === 7) expect(o.callback.safeMentions, o.label).toBe(true);
    for (const w of [...o.edits, ...o.followUps]) if (w.kind !== 'delete') expect(w.safeMentions, o.label).toBe(true);
  }
}

/** Sends interactions and waits until the fake is idle. */
async function interactAll(payloads: readonly APIInteraction[]): Promise<InteractionOutcome[]> {
  const outcomes = await Promise.all(payloads.map((p) => fake.interact(p)));
  await fake.waitForIdle();
  return outcomes;
}

const QUESTIONS = FIXTURE_QUESTIONS;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'brano-e2e-'));
  cpSync(FIXTURE_DIR, dir, { recursive: true });
  store = await CorpusStore.open(dir);
  e2e = await startE2eBot(bot);
  ({ fake, client } = e2e);
});

afterAll(async () => {
  await e2e?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Brano on a fake Discord (real discord.js client)', () => {
  it('GIVEN startBot THEN hello → identify → READY → GUILD_CREATE → ready, and heartbeats are acknowledged', async () => {
    expect(client.isReady()).toBe(true);
    expect(client.guilds.cache.has(fake.world.guildId)).toBe(true);
    const deadline = Date.now() + 3000 * TIME_SCALE;
    while (fake.stats().gateway.heartbeats < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const g = fake.stats().gateway;
    expect(g.identifies).toBe(1);
    expect(g.connections).toBe(1);
    expect(g.heartbeats).toBeGreaterThanOrEqual(2);
  });

  it('GIVEN npm run deploy twice THEN the second run finds everything unchanged and sends nothing', async () => {
    expect(fake.registeredCommands().guild.map((c) => c.name).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
    const rest = new REST({ api: fake.restUrl, offset: 0 }).setToken(fake.token);
    const again = await deployCommands(rest, { applicationId: fake.world.applicationId, guildId: fake.world.guildId }, COMMANDS.map((c) => c.data));
    expect({ added: again.added, updated: again.updated, removed: again.removed, sent: again.sent }).toEqual({ added: [], updated: [], removed: [], sent: false });
  });

  it('GIVEN /ask with results THEN a public answer; every button works: next, previous, whole paragraph, back, neighbours, back; a foreign press gets a private copy', async () => {
    const question = 'Che cosa pensano i produttori del vino, delle vigne e della regione? @everyone';
    const expected = store.core.ask(question, { limit: 4 }).passages;
    expect(expected.length).toBe(4);
    const asked = await fake.interact(fake.slashCommand('ask', { question, results: 4 }, { locale: 'it' }));
    expect(asked.callback?.type).toBe(4);
    expect(flagsOf(asked) & EPHEMERAL).toBe(0);
    expect(embedOf(asked)?.description).toContain(`¶${expected[0]!.paragraph} ·`);
    expect(embedOf(asked)?.footer?.text).toContain('Risultato 1 di 4');
    expect(embedOf(asked)?.title).toContain('@\u200beveryone');
    const message = asked.original as APIMessage;
    expect(message).toBeDefined();
    const press = (customId: string, user?: APIUser) => fake.interact(fake.button(customId, { message, locale: 'it', ...(user ? { user } : {}) }));

    const next = await press(button(asked, 'x'));
    expect(next.callback?.type).toBe(7);
    expect(embedOf(next)?.description).toContain(`¶${expected[1]!.paragraph} ·`);
    expect(embedOf(next)?.footer?.text).toContain('Risultato 2 di 4');
    expect(embedOf(next)?.title).toBe(embedOf(asked)?.title);
    const last = await press(button(next, 'x'));
    expect(embedOf(last)?.description).toContain(`¶${expected[2]!.paragraph} ·`);
    const fourth = await press(button(last, 'x'));
    expect(embedOf(fourth)?.description).toContain(`¶${expected[3]!.paragraph} · ${expected[3]!.sectionTitle} · ${expected[3]!.article}`);
    expect(customIds(fourth).some((id) => decodeAskButton(id)?.action === 'x')).toBe(true);
    const previous = await press(button(last, 'p'));
    expect(previous.callback?.type).toBe(7);
    expect(embedOf(previous)?.description).toBe(embedOf(next)?.description);

    const whole = await press(button(asked, 'w'));
    expect(whole.callback?.type).toBe(7);
    expect(embedOf(whole)?.description).toContain(`**¶${expected[0]!.paragraph}**`);
    const back = await press(button(whole, 'b'));
    expect(embedOf(back)?.description).toBe(embedOf(asked)?.description);
    const near = await press(button(asked, 'c'));
    const shown = [...(embedOf(near)?.description ?? '').matchAll(/\*\*¶(\d+)\*\*/g)].map((m) => Number(m[1]));
    expect(shown).toContain(expected[0]!.paragraph);
    expect(shown.length).toBeGreaterThan(1);
    const back2 = await press(button(near, 'b'));
    expect(embedOf(back2)?.description).toBe(embedOf(asked)?.description);

    const theirs = await press(button(asked, 'x'), other);
    expect(theirs.callback?.type).toBe(4);
    expect(flagsOf(theirs) & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedOf(theirs)?.description).toBe(embedOf(next)?.description);
    expect(customIds(theirs).map((id) => decodeAskButton(id)?.user)).toContain(other.id);
    await fake.waitForIdle();
    expectAnsweredOnce([asked, next, last, fourth, previous, whole, back, near, back2, theirs]);
  });

  it('GIVEN an answer about Maria Rossi, its Follow up button, and "e Bianchi?" in the form THEN the form opens and the question is answered in context, saying how it was read', async () => {
    const asked = await fake.interact(fake.slashCommand('ask', { question: 'Chi è Maria Rossi?' }, { locale: 'it' }));
    expect(flagsOf(asked) & EPHEMERAL).toBe(0);
    const followId = customIds(asked).find((id) => decodeFollowUp(id));
    expect(decodeFollowUp(followId!)).toEqual({ article: 'vini', paragraph: 1, question: 'Chi è Maria Rossi?' });
    const message = asked.original as APIMessage;
    const opened = await fake.interact(fake.button(followId!, { message, locale: 'it' }));
    expect(opened.callback?.type).toBe(9);
    const form = opened.callback?.data as { custom_id: string; title: string; components: { components: { custom_id: string; label: string }[] }[] };
    expect(form.custom_id).toBe(followId);
    expect(form.title).toBe('Chiedi ancora su questa risposta');
    expect(form.components[0]!.components[0]!.label).toBe('La tua domanda');

    const answered = await fake.interact(fake.modalSubmit(form.custom_id, { [form.components[0]!.components[0]!.custom_id]: 'e Bianchi?' }, { locale: 'it', message }));
    expect(answered.callback?.type).toBe(4);
    expect(flagsOf(answered) & EPHEMERAL).toBe(0);
    expect(contentOf(answered)).toBe('Inteso come: Chi è Bianchi?');
    expect(embedOf(answered)?.description?.replace(/\*\*|__/g, '')).toContain('Giulio Bianchi, presidente del consorzio');
    // The answer to the follow-up can be followed up in turn, in its own context.
    expect(customIds(answered).map((id) => decodeFollowUp(id)?.question)).toContain('Chi è Bianchi?');

    // The same words asked on their own are not read against anything.
    const alone = await fake.interact(fake.slashCommand('ask', { question: 'e Bianchi?' }, { locale: 'it' }));
    expect(contentOf(alone)).not.toContain('Inteso come');
    await fake.waitForIdle();
    expectAnsweredOnce([asked, opened, answered, alone]);
  });

  it('GIVEN /ask private, a question the article does not answer, and an English user THEN private answers; the miss is private; English replies', async () => {
    const [priv, miss, english, articleChoices] = await interactAll([
      fake.slashCommand('ask', { question: 'Quanto costeranno i lavori sulla linea?', private: true }, { locale: 'it' }),
      fake.slashCommand('ask', { question: 'Chi ha vinto il campionato di calcio?' }, { locale: 'it' }),
      fake.slashCommand('ask', { question: 'How much will the works on the line cost?', results: 2 }, { locale: 'en-US' }),
      fake.autocomplete('ask', { question: 'x', article: 'treni' }, 'article', { locale: 'it' }),
    ]);
    expect(priv!.callback?.type).toBe(4);
    expect(flagsOf(priv!) & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedOf(priv!)?.description).toContain('40 milioni');
    expect(flagsOf(miss!) & EPHEMERAL).toBe(EPHEMERAL);
    expect(contentOf(miss!)).toContain('Gli articoli non rispondono');
    expect(flagsOf(english!) & EPHEMERAL).toBe(0);
    expect(embedOf(english!)?.description?.replace(/\*\*|__/g, '')).toContain('I lavori costeranno 40 milioni di euro');
    expect(embedOf(english!)?.description).toContain('__');
    expect(embedOf(english!)?.footer?.text).toContain('Result 1 of 2');
    expect(customIds(english!).length).toBeGreaterThan(0);
    expect(articleChoices!.callback?.type).toBe(8);
    expect(JSON.stringify(articleChoices!.callback?.data?.['choices'])).toContain('treni-regionali-e-pendolari-della-valle');
    expectAnsweredOnce([priv!, miss!, english!, articleChoices!]);
  });

  it('GIVEN /quote and its autocomplete THEN the speaker’s quotes with ¶; GIVEN /summarize and its section autocomplete THEN a deferred, edited summary', async () => {
    const [quote, who, summary, sections] = await interactAll([
      fake.slashCommand('quote', { person: 'Maria Rossi', kind: 'direct' }, { locale: 'it' }),
      fake.autocomplete('quote', { person: 'ros' }, 'person', { locale: 'it' }),
      fake.slashCommand('summarize', { section: 'le-cantine-e-il-mercato' }, { locale: 'en-US' }),
      fake.autocomplete('summarize', { section: 'cant' }, 'section', { locale: 'it' }),
    ]);
    expect(quote!.callback?.type).toBe(4);
    expect(embedOf(quote!)?.title).toBe('Maria Rossi');
    expect(embedOf(quote!)?.description).toContain('“Non avevamo mai raccolto così presto”');
    expect(embedOf(quote!)?.description).toContain('¶1');
    expect(who!.callback?.data?.['choices']).toEqual([{ name: 'Maria Rossi — direttrice della cantina Colle Alto', value: 'Maria Rossi' }]);
    expect(summary!.callback?.type).toBe(5);
    expect(summary!.edits.length).toBe(1);
    expect(embedOf(summary!)?.description).toContain('¶3');
    const choices = sections!.callback?.data?.['choices'] as { value: string }[];
    expect(choices.map((c) => c.value)).toContain('le-cantine-e-il-mercato');
    expectAnsweredOnce([quote!, who!, summary!, sections!]);
  });

  it('GIVEN /sections, /about, /help in Italian and English THEN each answers in the user’s language', async () => {
    const [sections, about, helpIt, helpEn] = await interactAll([
      fake.slashCommand('sections', {}, { locale: 'it' }),
      fake.slashCommand('about', {}, { locale: 'en-US' }),
      fake.slashCommand('help', {}, { locale: 'it' }),
      fake.slashCommand('help', {}, { locale: 'en-US' }),
    ]);
    expect(JSON.stringify(sections!.callback?.data)).toContain('Le cantine e il mercato');
    expect(JSON.stringify(about!.callback?.data)).toContain('9.9.9-e2e');
    expect(embedOf(helpIt!)?.title).not.toBe(embedOf(helpEn!)?.title);
    expect(embedOf(helpEn!)?.title).toBe('How to use Brano');
    expect(flagsOf(helpEn!) & EPHEMERAL).toBe(EPHEMERAL);
    expectAnsweredOnce([sections!, about!, helpIt!, helpEn!]);
  });

  it('GIVEN the message command THEN a private answer', async () => {
    const [o] = await interactAll([fake.messageContextMenu('Search the article', 'i pendolari chiedono una corsa in più?', { locale: 'it' })]);
    expect(o!.callback?.type).toBe(4);
    expect(flagsOf(o!) & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedOf(o!)?.description).toContain('treni-regionali');
    expectAnsweredOnce([o!]);
  });

  it('GIVEN /reload by a manager THEN a private deferral and the report; by a member THEN a private refusal; in English THEN English', async () => {
    const ok = await fake.interact(fake.slashCommand('reload', {}, { locale: 'it', permissions: manager }));
    expect(ok.callback?.type).toBe(5);
    expect(flagsOf(ok) & EPHEMERAL).toBe(EPHEMERAL);
    expect(contentOf(ok)).toContain(`${store.core.articles.length} articoli`);
    const no = await fake.interact(fake.slashCommand('reload', {}, { locale: 'it' }));
    expect(flagsOf(no) & EPHEMERAL).toBe(EPHEMERAL);
    expect(contentOf(no)).toContain('gestire il server');
    const en = await fake.interact(fake.slashCommand('reload', {}, { locale: 'en-US', permissions: manager }));
    expect(contentOf(en)).toContain('Corpus reloaded');
    await fake.waitForIdle();
    expectAnsweredOnce([ok, no, en]);
  });

  it('GIVEN expired, malformed or foreign button ids, a cooldown, and a handler that fails THEN private notes', async () => {
    const [oldFormat, garbage, pastEnd] = await interactAll([
      fake.button('a1|x|abc|0|3|-|vini|1|vendemmia', { locale: 'en-US' }),
      fake.button('garbage', { locale: 'it' }),
      fake.button('a2|x|abc|1|0000|vini|01.000,02.000|vendemmia', { locale: 'it' }),
    ]);
    for (const o of [oldFormat!, garbage!, pastEnd!]) {
      expect(o.callback?.type).toBe(4);
      expect(flagsOf(o) & EPHEMERAL).toBe(EPHEMERAL);
    }
    expect(contentOf(oldFormat!)).toContain('no longer works');
    expect(contentOf(garbage!)).toContain('non è più valido');

    clock.frozen = true;
    const spammer: APIUser = { id: '390000000000000888', username: 'fast', discriminator: '0', global_name: 'fast', avatar: null };
    const first = await fake.interact(fake.slashCommand('sections', {}, { locale: 'it', user: spammer }));
    const second = await fake.interact(fake.slashCommand('sections', {}, { locale: 'en-US', user: spammer }));
    clock.frozen = false;
    expect(flagsOf(first) & EPHEMERAL).toBe(0);
    expect(flagsOf(second) & EPHEMERAL).toBe(EPHEMERAL);
    expect(contentOf(second)).toMatch(/One moment: you can use a command again in \d+ seconds/);

    failing = true;
    const broken = await fake.interact(fake.slashCommand('ask', { question: 'vendemmia' }, { locale: 'en-US' }));
    failing = false;
    expect(flagsOf(broken) & EPHEMERAL).toBe(EPHEMERAL);
    const code = /`([0-9a-f]{8})`/.exec(contentOf(broken))?.[1];
    expect(code).toBeDefined();
    expect(logger.records.some((r) => r.level === 'error' && r.fields?.['errorId'] === code)).toBe(true);
    await fake.waitForIdle();
    expectAnsweredOnce([oldFormat!, garbage!, pastEnd!, first, second, broken]);
  });
});

describe('faults: after each, every interaction sent is answered exactly once', () => {
  it('GIVEN op 7 RECONNECT THEN the client resumes at resume_gateway_url and the interaction sent meanwhile is replayed', async () => {
    const before = fake.stats().gateway;
    const resumed = fake.nextSession();
    fake.reconnect();
    const during = [fake.interact(fake.slashCommand('help', {}, { locale: 'en-US' })), fake.interact(fake.slashCommand('ask', { question: QUESTIONS[0]! }, { locale: 'it' }))];
    expect(await resumed).toBe('resumed');
    const outcomes = await Promise.all(during);
    await fake.waitForIdle();
    const after = fake.stats().gateway;
    expect(after.resumes).toBe(before.resumes + 1);
    expect(after.identifies).toBe(before.identifies);
    expect(after.connectionPaths.at(-1)).not.toBe(after.connectionPaths[0]);
    expectAnsweredOnce(outcomes);
  });

  it('GIVEN op 9 INVALID_SESSION THEN the client identifies again and the interaction sent meanwhile arrives after the new READY', async () => {
    const before = fake.stats().gateway;
    const session = fake.nextSession();
    fake.invalidateSession(false);
    const during = fake.interact(fake.slashCommand('sections', {}, { locale: 'it' }));
    expect(await session).toBe('identified');
    const outcome = await during;
    await fake.waitForIdle();
    expect(fake.stats().gateway.identifies).toBe(before.identifies + 1);
    expectAnsweredOnce([outcome]);
  });

  it('GIVEN the socket closed with 4000 THEN the client resumes and answers', async () => {
    const session = fake.nextSession();
    fake.closeSocket(4000);
    const during = fake.interact(fake.slashCommand('about', {}, { locale: 'it' }));
    expect(await session).toBe('resumed');
    const outcome = await during;
    await fake.waitForIdle();
    expect(fake.stats().gateway.closeCodes).toContain(4000);
    expectAnsweredOnce([outcome]);
  });

  it('GIVEN a 429 with Retry-After on a callback THEN discord.js waits and the retry is the one answer', async () => {
    const faults = fake.stats().injectedFaults;
    fake.rateLimitNext(FakeRoutes.interactionCallback, 0.3);
    const outcome = await fake.interact(fake.slashCommand('ask', { question: QUESTIONS[1]! }, { locale: 'it' }));
    await fake.waitForIdle();
    expect(fake.stats().injectedFaults).toBe(faults + 1);
    expect(outcome.callback?.latencyMs).toBeGreaterThanOrEqual(250);
    expect(embedOf(outcome)?.description).toContain('300.000');
    expectAnsweredOnce([outcome]);
  });

  it('GIVEN a 500 on a callback THEN discord.js retries and the retry is the one answer', async () => {
    const faults = fake.stats().injectedFaults;
    fake.failNext(FakeRoutes.interactionCallback, 500);
    const outcome = await fake.interact(fake.slashCommand('sections', {}, { locale: 'it' }));
    await fake.waitForIdle();
    expect(fake.stats().injectedFaults).toBe(faults + 1);
    expect(outcome.callback?.type).toBe(4);
    expectAnsweredOnce([outcome]);
  });
});

describe('load', () => {
  it('GIVEN a burst of 500 interactions THEN every one is answered once within Discord’s deadline (latency p50/p99 reported)', async () => {
    const users = Array.from({ length: 25 }, (_, i): APIUser => ({ id: `3910000000000${String(i).padStart(5, '0')}`, username: `u${i}`, discriminator: '0', global_name: null, avatar: null }));
    const payloads = Array.from({ length: 500 }, (_, i) => {
      const ctx = { locale: i % 3 === 0 ? ('en-US' as const) : ('it' as const), user: users[i % users.length]! };
      switch (i % 5) {
        case 0:
        case 1:
          return fake.slashCommand('ask', { question: QUESTIONS[i % QUESTIONS.length]!, results: 3 }, ctx);
        case 2:
          return fake.autocomplete('quote', { person: 'b' }, 'person', ctx);
        case 3:
          return fake.slashCommand('sections', {}, ctx);
        default:
          return fake.slashCommand('quote', { person: 'Bianchi' }, ctx);
      }
    });
    const started = performance.now();
    const outcomes = await interactAll(payloads);
    const wall = performance.now() - started;
    expectAnsweredOnce(outcomes);
    const latencies = outcomes.map((o) => o.callback!.latencyMs);
    const figures = { interactions: outcomes.length, p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: Math.max(...latencies), wallMs: Math.round(wall) };
    console.log(`discord burst: ${JSON.stringify(figures)}`);
    mkdirSync(resolve(PROJECT_ROOT, '.bench'), { recursive: true });
    writeFileSync(resolve(PROJECT_ROOT, '.bench/discord-e2e-burst.json'), `${JSON.stringify(figures, null, 2)}\n`);
    expect(figures.max).toBeLessThan(SCALED_DEADLINE_MS);
  });

  it('GIVEN /reload while interactions arrive (a new article on disk) THEN the reload reports it and every interaction is answered once', async () => {
    const generation = store.generation;
    writeFileSync(join(dir, 'vini-bis.md'), readFileSync(join(dir, 'vini.md'), 'utf8').replace('title: "Il vino dei colli', 'title: "Ancora il vino dei colli'));
    const asks = (n: number, offset: number) => Array.from({ length: n }, (_, i) => fake.slashCommand('ask', { question: QUESTIONS[(i + offset) % QUESTIONS.length]! }, { locale: 'it' }));
    const payloads = [...asks(60, 0), fake.slashCommand('reload', {}, { locale: 'it', permissions: manager }), ...asks(60, 3)];
    const outcomes = await interactAll(payloads);
    expectAnsweredOnce(outcomes);
    const reload = outcomes[60]!;
    expect(contentOf(reload)).toContain('3 articoli');
    expect(store.generation).toBe(generation + 1);
    for (const o of outcomes.filter((x) => x !== reload)) expect(embedOf(o)?.description).toMatch(/¶\d+ · /);
    const [later] = await interactAll([fake.slashCommand('ask', { question: QUESTIONS[0]!, article: 'vini-bis' }, { locale: 'it' })]);
    expect(embedOf(later!)?.description).toContain('vini-bis');
  });

  it('GIVEN everything above THEN Discord saw no rule broken (schemas, mentions, deadlines), every interaction answered once, and only the provoked error logged', async () => {
    await fake.waitForIdle();
    expect(fake.violations).toEqual([]);
    const stats = fake.stats();
    expect(stats.unanswered).toEqual([]);
    expect(stats.answeredMoreThanOnce).toEqual([]);
    expect(stats.interactions).toBeGreaterThan(600);
    expect(logger.records.filter((r) => r.level === 'error').map((r) => r.msg)).toEqual(['interaction failed']);
  });
});
