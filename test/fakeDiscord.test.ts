// Self-test of the fake Discord: the real discord.js client, with a tiny inline bot, driven through every
// interaction kind, gateway faults (op 7, op 9, close 4000), REST faults (429, 500), a burst, and Discord's rules.
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  ChannelType,
  Client,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  InteractionResponseType,
  MessageFlags,
} from 'discord.js';
import type { Interaction } from 'discord.js';
import { FakeRoutes, startFakeDiscord } from './support/fakeDiscord.js';
import type { FakeDiscord, FakeDiscordOptions } from './support/fakeDiscord.js';
import { SCALED_DEADLINE_MS, TIME_SCALE } from './support/timeScale.js';

/** The inline bot under test: one behaviour per command so every response style is exercised. */
async function handle(interaction: Interaction, errors: unknown[]): Promise<void> {
  try {
    if (interaction.isChatInputCommand()) {
      switch (interaction.commandName) {
        case 'echo': {
          const text = interaction.options.getString('text', true);
          const times = interaction.options.getInteger('times') ?? 1;
          const loud = interaction.options.getBoolean('loud') ?? false;
          const greeting = interaction.locale === 'it' ? 'Ciao' : 'Hello';
          await interaction.reply({
            content: `${greeting}: ${Array.from({ length: times }, () => text).join(' ')}`,
            embeds: [new EmbedBuilder().setTitle('Echo').setDescription(text)],
            ...(loud ? {} : { flags: MessageFlags.Ephemeral }),
          });
          return;
        }
        case 'slow': {
          await interaction.deferReply({ flags: MessageFlags.Ephemeral });
          await interaction.editReply({ content: 'done' });
          await interaction.followUp({ content: 'and more' });
          return;
        }
        case 'file': {
          await interaction.reply({ content: 'see file', files: [{ attachment: Buffer.from('hi'), name: 'a.txt' }] });
          return;
        }
        case 'late': {
          await sleep(interaction.options.getInteger('ms', true));
          await interaction.reply({ content: 'too late' });
          return;
        }
        case 'menu': {
          const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
            new ButtonBuilder().setCustomId('more').setLabel('More').setStyle(ButtonStyle.Primary),
          );
          const response = await interaction.reply({ content: 'pick', components: [row], withResponse: true });
          await interaction.followUp({ content: `created ${response.resource?.message?.id ?? 'nothing'}` });
          return;
        }
        default:
          await interaction.reply({ content: `unknown ${interaction.commandName}` });
          return;
      }
    }
    if (interaction.isAutocomplete()) {
      const typed = interaction.options.getFocused();
      await interaction.respond(
        ['alpha', 'beta', 'gamma'].filter((c) => c.startsWith(typed)).map((c) => ({ name: c, value: c })),
      );
      return;
    }
    if (interaction.isButton() && interaction.customId === 'later') {
      await interaction.deferUpdate();
      await interaction.editReply({ content: 'edited later' });
      return;
    }
    if (interaction.isButton()) {
      await interaction.update({ content: `clicked ${interaction.customId}`, components: [] });
      return;
    }
    if (interaction.isMessageContextMenuCommand()) {
      await interaction.reply({ content: `Quoted: ${interaction.targetMessage.content}` });
    }
  } catch (error) {
    errors.push(error);
  }
}

interface Harness {
  readonly fake: FakeDiscord;
  readonly client: Client;
  /** Errors the bot's handler caught (e.g. DiscordAPIError from a refused callback). */
  readonly botErrors: unknown[];
  /**
   * Resolves when every interaction handed to the bot so far has been handled to its end (a handler that sends several
   * requests in turn may pause longer than the fake's quiet period on a busy machine, so idleness alone cannot tell).
   */
  handled(): Promise<void>;
}

/** Everything started by a test, stopped after it: clients first (or they would try to reconnect), then fakes. */
const clients: Client[] = [];
const fakes: FakeDiscord[] = [];

/**
 * discord.js drops a connection as a zombie when a heartbeat's ACK has not arrived by the next beat, so the heartbeat
 * interval is a wall-clock deadline too, scaled like the others (test/support/timeScale.ts).
 */
const HEARTBEAT_MS = 250 * TIME_SCALE;

/** What `vi.waitFor` allows (its default, 1 s, × TIME_SCALE). */
const WAIT = { timeout: 1000 * TIME_SCALE };

async function startBot(options: FakeDiscordOptions = {}): Promise<Harness> {
  const fake = await startFakeDiscord({ heartbeatIntervalMs: HEARTBEAT_MS, callbackDeadlineMs: SCALED_DEADLINE_MS, ...options });
  const client = new Client({ intents: [GatewayIntentBits.Guilds], ...fake.clientOptions() });
  fakes.push(fake);
  clients.push(client);
  const botErrors: unknown[] = [];
  const handlers: Promise<void>[] = [];
  client.on(Events.InteractionCreate, (interaction) => void handlers.push(handle(interaction, botErrors)));
  const ready = once(client, Events.ClientReady);
  await client.login(fake.token);
  await ready;
  return { fake, client, botErrors, handled: async () => void (await Promise.all(handlers)) };
}

/** A fake with no bot connected, for requests sent straight over HTTP. */
async function bareFake(): Promise<FakeDiscord> {
  const fake = await startFakeDiscord({ callbackDeadlineMs: 60_000 });
  fakes.push(fake);
  return fake;
}

afterEach(async () => {
  for (const client of clients.splice(0)) await client.destroy();
  for (const fake of fakes.splice(0)) await fake.close();
});

/** Posts JSON straight to the fake, bypassing discord.js (for bodies the client would never send). */
async function raw(fake: FakeDiscord, method: string, path: string, body?: unknown) {
  const response = await fetch(`${fake.restUrl}/v10${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

const SAFE = { allowed_mentions: { parse: [] } };

describe('gateway handshake', () => {
  it('makes the client ready with the guild and its text channel cached, and acknowledges heartbeats', async () => {
    const { fake, client } = await startBot({ heartbeatIntervalMs: 50 * TIME_SCALE });
    const guild = client.guilds.cache.get(fake.world.guildId);
    expect(guild?.available).toBe(true);
    expect(client.channels.cache.get(fake.world.channelId)?.type).toBe(ChannelType.GuildText);
    expect(client.user?.id).toBe(fake.world.applicationId);
    expect(client.user?.bot).toBe(true);
    expect(client.application?.id).toBe(fake.world.applicationId);
    await vi.waitFor(() => expect(fake.stats().gateway.heartbeats).toBeGreaterThanOrEqual(2), WAIT);
    expect(fake.stats().gateway).toMatchObject({ connections: 1, identifies: 1, resumes: 0 });
    expect(client.ws.ping).toBeGreaterThanOrEqual(0);
    expect(fake.violations).toEqual([]);
  });
});

describe('payload builders', () => {
  it('build guild interactions with 17–19-digit snowflakes, unique ids and tokens, locale and member permissions', async () => {
    const fake = await bareFake();
    const payloads = [
      fake.slashCommand('echo', { text: 'x', times: 2, ratio: 0.5, loud: false }, { locale: 'it', permissions: '2048' }),
      fake.autocomplete('echo', { text: 'x' }, 'text'),
      fake.button('more'),
      fake.messageContextMenu('Quote', 'hello'),
    ];
    const snowflake = /^[1-9][0-9]{16,18}$/;
    for (const p of payloads) {
      expect(p.id).toMatch(snowflake);
      expect(p.guild_id).toBe(fake.world.guildId);
      expect(p.channel?.id).toBe(fake.world.channelId);
      expect(p.entitlements).toEqual([]);
      expect(p.member?.user.id).toBe(fake.world.user.id);
      expect(typeof p.member?.permissions).toBe('string');
      expect(p.version).toBe(1);
    }
    expect(new Set(payloads.map((p) => p.id)).size).toBe(4);
    expect(new Set(payloads.map((p) => p.token)).size).toBe(4);
    const [slash, autocomplete, button, menu] = payloads;
    expect(slash?.locale).toBe('it');
    expect(slash?.member?.permissions).toBe('2048');
    expect(slash?.data).toMatchObject({
      type: 1,
      options: [
        { name: 'text', type: 3, value: 'x' },
        { name: 'times', type: 4, value: 2 },
        { name: 'ratio', type: 10, value: 0.5 },
        { name: 'loud', type: 5, value: false },
      ],
    });
    expect(autocomplete?.type).toBe(4);
    expect(autocomplete?.data).toMatchObject({ options: [{ name: 'text', focused: true }] });
    expect(button?.type).toBe(3);
    expect(button && 'message' in button ? button.message.author.id : undefined).toBe(fake.world.applicationId);
    expect(menu?.data).toMatchObject({ type: 3 });
  });
});

describe('command registration', () => {
  it('stores global and guild commands with ids and returns them on fetch', async () => {
    const { fake, client } = await startBot();
    const app = client.application;
    if (!app) throw new Error('no application');
    await app.fetch();
    expect(app.name).toBe(fake.world.botUser.username);
    const created = await app.commands.set([
      {
        name: 'echo',
        description: 'Echo text',
        options: [
          { type: 3, name: 'text', description: 'Text', required: true, autocomplete: true },
          { type: 4, name: 'times', description: 'Times' },
          { type: 5, name: 'loud', description: 'Public reply' },
        ],
      },
      { type: 3, name: 'Quote' },
    ]);
    expect(created.size).toBe(2);
    const fetched = await app.commands.fetch();
    expect([...fetched.keys()].sort()).toEqual([...created.keys()].sort());
    const guildCommands = await client.guilds.cache.get(fake.world.guildId)?.commands.set([
      { name: 'slow', description: 'Deferred reply' },
    ]);
    expect(guildCommands?.first()?.guildId).toBe(fake.world.guildId);
    const registered = fake.registeredCommands();
    expect(registered.global.map((c) => c.name).sort()).toEqual(['Quote', 'echo']);
    expect(registered.guild.map((c) => c.name)).toEqual(['slow']);
    // Builders take option types and ids from the registration: `times: 2` is an integer option.
    const payload = fake.slashCommand('echo', { text: 'hi', times: 2 });
    expect(payload.data.id).toBe(registered.global.find((c) => c.name === 'echo')?.id);
    const outcome = await fake.interact(payload);
    expect(outcome.callback?.data?.['content']).toBe('Hello: hi hi');
    expect(fake.violations).toEqual([]);
  });
});

describe('interactions', () => {
  it('answers a slash command with content, an embed and the ephemeral flag, in the user locale', async () => {
    const { fake } = await startBot();
    const outcome = await fake.interact(fake.slashCommand('echo', { text: 'ciao', times: 2 }, { locale: 'it' }));
    expect(outcome.callback?.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(outcome.callback?.data).toMatchObject({
      content: 'Ciao: ciao ciao',
      embeds: [{ title: 'Echo', description: 'ciao' }],
      flags: MessageFlags.Ephemeral,
      allowed_mentions: { parse: [] },
    });
    expect(outcome.callback?.safeMentions).toBe(true);
    expect(outcome.callbackAttempts).toBe(1);
    expect(outcome.original?.content).toBe('Ciao: ciao ciao');
    const english = await fake.interact(fake.slashCommand('echo', { text: 'hi', loud: true }, { locale: 'en-US' }));
    expect(english.callback?.data?.['content']).toBe('Hello: hi');
    expect(english.callback?.data?.['flags']).toBeUndefined();
    expect(fake.violations).toEqual([]);
  });

  it('records a deferred reply, its edit and a follow-up', async () => {
    const { fake, handled } = await startBot();
    const outcome = await fake.interact(fake.slashCommand('slow'));
    await handled();
    await fake.waitForIdle();
    expect(outcome.callback?.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(outcome.callback?.data?.['flags']).toBe(MessageFlags.Ephemeral);
    expect(outcome.edits.map((e) => e.kind)).toEqual(['edit']);
    expect(outcome.original?.content).toBe('done');
    expect(outcome.original?.flags).toBe(MessageFlags.Ephemeral);
    expect(outcome.followUpMessages.map((m) => m.content)).toEqual(['and more']);
    expect([...outcome.edits, ...outcome.followUps].map((c) => c.safeMentions)).toEqual([true, true]);
    expect(fake.violations).toEqual([]);
  });

  it('returns the created message when the bot asks for with_response=true', async () => {
    const { fake, handled } = await startBot();
    const outcome = await fake.interact(fake.slashCommand('menu'));
    await handled();
    await fake.waitForIdle();
    expect(outcome.callback?.withResponse).toBe(true);
    expect(outcome.followUpMessages[0]?.content).toBe(`created ${outcome.original?.id ?? '?'}`);
    expect(fake.violations).toEqual([]);
  });

  it('reads the JSON part of a multipart reply that carries a file', async () => {
    const { fake } = await startBot();
    const outcome = await fake.interact(fake.slashCommand('file'));
    expect(outcome.callback?.data).toMatchObject({ content: 'see file', attachments: [{ id: '0' }] });
    expect(fake.violations).toEqual([]);
  });

  it('answers autocomplete with choices for the focused option', async () => {
    const { fake } = await startBot();
    const outcome = await fake.interact(fake.autocomplete('echo', { text: 'b', times: 1 }, 'text'));
    expect(outcome.callback?.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(outcome.callback?.data).toEqual({ choices: [{ name: 'beta', value: 'beta' }] });
    expect(fake.violations).toEqual([]);
  });

  it('updates the bot message a button sits on', async () => {
    const { fake } = await startBot();
    const payload = fake.button('more');
    const outcome = await fake.interact(payload);
    expect(outcome.callback?.type).toBe(InteractionResponseType.UpdateMessage);
    expect(outcome.original?.id).toBe(payload.message.id);
    expect(outcome.original?.content).toBe('clicked more');
    expect(outcome.original?.components).toEqual([]);
    expect(fake.violations).toEqual([]);
  });

  it('edits the button message after a deferred update', async () => {
    const { fake } = await startBot();
    const payload = fake.button('later');
    const outcome = await fake.interact(payload);
    expect(outcome.callback?.type).toBe(InteractionResponseType.DeferredMessageUpdate);
    expect(outcome.edits).toHaveLength(1);
    expect(outcome.original?.id).toBe(payload.message.id);
    expect(outcome.original?.content).toBe('edited later');
    expect(fake.violations).toEqual([]);
  });

  it('answers a message context-menu command about its target message', async () => {
    const { fake } = await startBot();
    const outcome = await fake.interact(fake.messageContextMenu('Quote', 'The article says so.'));
    expect(outcome.callback?.data?.['content']).toBe('Quoted: The article says so.');
    expect(fake.violations).toEqual([]);
  });
});

describe("Discord's interaction rules", () => {
  it('refuses a first callback after the deadline with 404 10062 and reports it', async () => {
    const { fake, botErrors } = await startBot({ callbackDeadlineMs: 100 });
    const outcome = await fake.interact(fake.slashCommand('late', { ms: 250 }));
    expect(outcome.expired).toBe(true);
    await vi.waitFor(() => expect(botErrors).toHaveLength(1), WAIT);
    expect(outcome.callback).toBeUndefined();
    expect(outcome.rejected.map((r) => r.code)).toEqual([10062]);
    expect(botErrors).toHaveLength(1);
    expect(botErrors[0]).toBeInstanceOf(DiscordAPIError);
    expect((botErrors[0] as DiscordAPIError).code).toBe(10062);
    expect(fake.violations).toHaveLength(1);
    expect(fake.violations[0]).toMatch(/no callback within 100 ms/);
  });

  it('refuses a second callback with 400 40060', async () => {
    const { fake } = await startBot();
    const outcome = await fake.interact(fake.slashCommand('echo', { text: 'x' }));
    const again = await raw(fake, 'POST', `/interactions/${outcome.id}/${outcome.token}/callback`, {
      type: 4,
      data: { content: 'again', ...SAFE },
    });
    expect(again.status).toBe(400);
    expect(again.json?.['code']).toBe(40060);
    expect(fake.stats().callbacksPerInteraction[outcome.id]).toBe(2);
    expect(fake.violations).toEqual([expect.stringMatching(/second callback/)]);
  });

  it('refuses edits and follow-ups before the interaction is acknowledged', async () => {
    const fake = await bareFake();
    const pending = fake.slashCommand('echo', { text: 'x' });
    void fake.interact(pending);
    const app = fake.world.applicationId;
    const edit = await raw(fake, 'PATCH', `/webhooks/${app}/${pending.token}/messages/@original`, {
      content: 'early',
      ...SAFE,
    });
    const followUp = await raw(fake, 'POST', `/webhooks/${app}/${pending.token}?wait=true`, { content: 'x', ...SAFE });
    expect([edit.status, followUp.status]).toEqual([404, 404]);
    expect(fake.violations).toEqual([
      expect.stringMatching(/before the interaction was acknowledged/),
      expect.stringMatching(/before the interaction was acknowledged/),
    ]);
  });
});

describe('validation against Discord\'s OpenAPI schema', () => {
  async function unacked(fake: FakeDiscord, kind: 'slash' | 'autocomplete' = 'slash') {
    const payload =
      kind === 'slash' ? fake.slashCommand('echo', { text: 'x' }) : fake.autocomplete('echo', { text: 'x' }, 'text');
    void fake.interact(payload);
    return payload;
  }

  it('flags and refuses a reply of 2001 characters', async () => {
    const fake = await bareFake();
    const p = await unacked(fake);
    const result = await raw(fake, 'POST', `/interactions/${p.id}/${p.token}/callback`, {
      type: 4,
      data: { content: 'x'.repeat(2001), ...SAFE },
    });
    expect(result.status).toBe(400);
    expect(result.json?.['code']).toBe(50035);
    expect(fake.violations).toEqual([
      expect.stringContaining('/data/content must NOT have more than 2000 characters'),
    ]);
    // The refused body was not an acknowledgement: a valid reply is still accepted.
    const ok = await raw(fake, 'POST', `/interactions/${p.id}/${p.token}/callback`, { type: 4, data: { content: 'ok', ...SAFE } });
    expect(ok.status).toBe(204);
  });

  it('GIVEN checkBodiesLater THEN an invalid body is answered at once and flagged when the held bodies are checked, valid ones never', async () => {
    const fake = await startFakeDiscord({ callbackDeadlineMs: 60_000, checkBodiesLater: true });
    fakes.push(fake);
    const bad = await unacked(fake);
    const good = await unacked(fake);
    const refused = await raw(fake, 'POST', `/interactions/${bad.id}/${bad.token}/callback`, { type: 4, data: { content: 'x'.repeat(2001), ...SAFE } });
    const accepted = await raw(fake, 'POST', `/interactions/${good.id}/${good.token}/callback`, { type: 4, data: { content: 'ok', ...SAFE } });
    expect([refused.status, accepted.status]).toEqual([204, 204]);
    expect(fake.violations).toEqual([]);
    expect(fake.checkHeldBodies()).toBe(2);
    expect(fake.violations).toEqual([expect.stringContaining('/data/content must NOT have more than 2000 characters')]);
    // Checked once: nothing is held any more.
    expect(fake.checkHeldBodies()).toBe(0);
    expect(fake.violations).toHaveLength(1);
  });

  it('flags an embed description of 4097 characters in a follow-up', async () => {
    const fake = await bareFake();
    const p = await unacked(fake);
    await raw(fake, 'POST', `/interactions/${p.id}/${p.token}/callback`, { type: 5 });
    const result = await raw(fake, 'POST', `/webhooks/${fake.world.applicationId}/${p.token}?wait=true`, {
      embeds: [{ description: 'd'.repeat(4097) }],
      ...SAFE,
    });
    expect(result.status).toBe(400);
    expect(fake.violations).toEqual([
      expect.stringContaining('/embeds/0/description must NOT have more than 4096 characters'),
    ]);
  });

  it('flags 26 autocomplete choices', async () => {
    const fake = await bareFake();
    const p = await unacked(fake, 'autocomplete');
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `c${i}` }));
    const result = await raw(fake, 'POST', `/interactions/${p.id}/${p.token}/callback`, { type: 8, data: { choices } });
    expect(result.status).toBe(400);
    expect(fake.violations).toEqual([expect.stringContaining('/data/choices must NOT have more than 25 items')]);
  });

  it('flags message bodies that could ping someone or exceed 6000 embed characters', async () => {
    const fake = await bareFake();
    const p = await unacked(fake);
    await raw(fake, 'POST', `/interactions/${p.id}/${p.token}/callback`, { type: 4, data: { content: '<@1>' } });
    const embeds = Array.from({ length: 2 }, () => ({ description: 'e'.repeat(4000) }));
    await raw(fake, 'PATCH', `/webhooks/${fake.world.applicationId}/${p.token}/messages/@original`, {
      embeds,
      allowed_mentions: { parse: ['users'] },
    });
    expect(fake.stats().answered).toBe(1);
    expect(fake.violations).toEqual([
      expect.stringContaining('allowed_mentions missing'),
      expect.stringContaining('allowed_mentions.parse is ["users"]'),
      expect.stringContaining('embeds total 8000 characters'),
    ]);
  });

  it('answers unknown routes with 404 and records an anomaly', async () => {
    const fake = await bareFake();
    const result = await raw(fake, 'GET', '/channels/123/messages');
    expect(result.status).toBe(404);
    expect(fake.anomalies).toEqual([expect.stringContaining('unknown route GET /api/v10/channels/123/messages')]);
    expect(fake.violations).toHaveLength(1);
  });
});

describe('gateway faults', () => {
  it('op 7: the client resumes on resume_gateway_url and interactions sent meanwhile are answered once', async () => {
    const { fake } = await startBot();
    await fake.interact(fake.slashCommand('echo', { text: 'before' }));
    const resumed = fake.nextSession();
    fake.reconnect();
    const during = [1, 2, 3].map((i) => fake.interact(fake.slashCommand('echo', { text: `gap${i}` })));
    expect(await resumed).toBe('resumed');
    const outcomes = await Promise.all(during);
    expect(outcomes.map((o) => o.callback?.data?.['content'])).toEqual(['Hello: gap1', 'Hello: gap2', 'Hello: gap3']);
    const after = await fake.interact(fake.slashCommand('echo', { text: 'after' }));
    expect(after.callbackAttempts).toBe(1);
    const stats = fake.stats();
    expect(stats.gateway.connectionPaths).toEqual(['/gateway', '/resume-gateway']);
    expect(stats.gateway).toMatchObject({ identifies: 1, resumes: 1 });
    expect(Object.values(stats.callbacksPerInteraction)).toEqual([1, 1, 1, 1, 1]);
    expect(fake.violations).toEqual([]);
  });

  it('op 9 (not resumable): the client identifies again and interactions sent meanwhile are answered once', async () => {
    const { fake } = await startBot();
    const identified = fake.nextSession();
    fake.invalidateSession(false);
    const during = fake.interact(fake.slashCommand('echo', { text: 'gap' }));
    expect(await identified).toBe('identified');
    expect((await during).callback?.data?.['content']).toBe('Hello: gap');
    const after = await fake.interact(fake.slashCommand('echo', { text: 'after' }));
    expect(after.callbackAttempts).toBe(1);
    expect(fake.stats().gateway).toMatchObject({ identifies: 2, resumes: 0 });
    expect(fake.stats().answeredMoreThanOnce).toEqual([]);
    expect(fake.violations).toEqual([]);
  });

  it('op 9 (resumable): the client resumes on the same socket', async () => {
    const { fake } = await startBot();
    const resumed = fake.nextSession();
    fake.invalidateSession(true);
    const during = fake.interact(fake.slashCommand('echo', { text: 'gap' }));
    expect(await resumed).toBe('resumed');
    expect((await during).callbackAttempts).toBe(1);
    expect(fake.stats().gateway).toMatchObject({ connections: 1, identifies: 1, resumes: 1 });
    expect(fake.violations).toEqual([]);
  });

  it('close 4000: the client resumes and missed dispatches are replayed', async () => {
    const { fake } = await startBot();
    const resumed = fake.nextSession();
    fake.closeSocket(4000);
    const during = [fake.interact(fake.button('b1')), fake.interact(fake.slashCommand('echo', { text: 'gap' }))];
    expect(await resumed).toBe('resumed');
    const outcomes = await Promise.all(during);
    expect(outcomes.map((o) => o.callbackAttempts)).toEqual([1, 1]);
    expect(fake.stats().gateway.closeCodes).toEqual([4000]);
    expect(fake.violations).toEqual([]);
  });
});

describe('REST faults', () => {
  it('429 on a callback: the client waits Retry-After and the interaction is answered once', async () => {
    const { fake, client } = await startBot();
    const debug: string[] = [];
    client.rest.on('restDebug', (message) => debug.push(message));
    fake.rateLimitNext(FakeRoutes.interactionCallback, 0.3);
    const outcome = await fake.interact(fake.slashCommand('echo', { text: 'x' }));
    expect(outcome.callback?.latencyMs).toBeGreaterThanOrEqual(300);
    expect(outcome.callbackAttempts).toBe(1);
    // @discordjs/rest read Retry-After and X-RateLimit-Scope from the 429.
    const report = debug.find((m) => m.includes('429'));
    expect(report).toMatch(/Retry After\s*: 300ms/);
    expect(report).toMatch(/Scope\s*: user/);
    expect(fake.requests.filter((r) => r.fault === 'rate-limit')).toHaveLength(1);
    expect(fake.violations).toEqual([]);
  });

  it('429 on editReply: the edit is retried after Retry-After', async () => {
    const { fake, handled } = await startBot();
    fake.rateLimitNext(FakeRoutes.editOriginal, 0.2);
    const outcome = await fake.interact(fake.slashCommand('slow'));
    await handled();
    await fake.waitForIdle();
    expect(outcome.original?.content).toBe('done');
    expect(outcome.edits).toHaveLength(1);
    expect(fake.stats().injectedFaults).toBe(1);
    expect(fake.violations).toEqual([]);
  });

  it('500 on a callback: discord.js retries and the interaction is answered exactly once', async () => {
    const { fake, botErrors, handled } = await startBot();
    fake.failNext(FakeRoutes.interactionCallback, 500);
    const outcome = await fake.interact(fake.slashCommand('echo', { text: 'x' }));
    await handled();
    await fake.waitForIdle();
    expect(outcome.callback?.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(outcome.callbackAttempts).toBe(1);
    expect(outcome.rejected).toEqual([]);
    expect(fake.requests.filter((r) => r.fault === 'failure').map((r) => r.status)).toEqual([500]);
    expect(botErrors).toEqual([]);
    expect(fake.violations).toEqual([]);
  });
});

describe('load', () => {
  it('answers a burst of 500 interactions exactly once each', async () => {
    // Exactly-once delivery is the point here; the deadline is lifted so a slow CI machine cannot expire any.
    const { fake } = await startBot({ callbackDeadlineMs: 30_000 });
    const outcomes = await Promise.all(
      Array.from({ length: 500 }, (_, i) => fake.interact(fake.slashCommand('echo', { text: `n${i}`, loud: true }))),
    );
    await fake.waitForIdle();
    expect(outcomes.every((o, i) => o.callback?.data?.['content'] === `Hello: n${i}`)).toBe(true);
    const stats = fake.stats();
    expect(stats.answered).toBe(500);
    expect(stats.answeredMoreThanOnce).toEqual([]);
    expect(new Set(Object.values(stats.callbacksPerInteraction))).toEqual(new Set([1]));
    expect(stats.latency?.count).toBe(500);
    console.info(`burst of 500: p50 ${stats.latency?.p50} ms, p99 ${stats.latency?.p99} ms, max ${stats.latency?.max} ms`);
    expect(fake.violations).toEqual([]);
  });
});
