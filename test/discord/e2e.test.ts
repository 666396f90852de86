/**
 * End to end: the real discord.js client, started by `startBot` exactly as `npm start` does, against the fake
 * Discord on 127.0.0.1 (which enforces the 3 s deadline, one callback per interaction, Discord's OpenAPI request
 * schemas and safe mentions). Commands are registered with `deployCommands` first, as `npm run deploy` does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermissionFlagsBits, REST, type APIEmbed, type APIMessage, type APIUser, type Client } from 'discord.js';
import { COMMANDS } from '../../commands/index.js';
import { decodeAskButton } from '../../src/discord/buttons.js';
import { startBot } from '../../src/discord/client.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { FakeRoutes, MEMBER_PERMISSIONS, startFakeDiscord, type FakeDiscord, type InteractionOutcome } from '../support/fakeDiscord.js';
import { botContext } from './fakes.js';

let fake: FakeDiscord;
let client: Client<true>;
const bot = botContext({ reload: async () => ({ ok: true, articles: 2 }) });

const other: APIUser = { id: '390000000000000777', username: 'someone-else', discriminator: '0', global_name: 'someone', avatar: null };
const embedOf = (o: InteractionOutcome): APIEmbed | undefined => {
  const fromCallback = (o.callback?.data?.['embeds'] as APIEmbed[] | undefined)?.[0];
  const fromEdit = ((o.edits[0]?.body as { embeds?: APIEmbed[] } | undefined)?.embeds ?? [])[0];
  return fromCallback ?? fromEdit;
};
const customIds = (data: Record<string, unknown> | undefined): string[] =>
  ((data?.['components'] as { components: { custom_id: string }[] }[] | undefined) ?? []).flatMap((r) => r.components.map((c) => c.custom_id));

beforeAll(async () => {
  fake = await startFakeDiscord({ heartbeatIntervalMs: 500 });
  const rest = new REST({ api: fake.restUrl, offset: 0 }).setToken(fake.token);
  await deployCommands(rest, { applicationId: fake.world.applicationId, guildId: fake.world.guildId }, COMMANDS.map((c) => c.data));
  client = await startBot({ token: fake.token, apiUrl: fake.restUrl, commands: COMMANDS, bot, options: fake.clientOptions() });
});

afterAll(async () => {
  await client?.destroy();
  await fake?.close();
});

describe('Brano on a fake Discord (real discord.js client)', () => {
  it('GIVEN npm run deploy twice THEN the second run finds everything unchanged and sends nothing', async () => {
    expect(fake.registeredCommands().guild.map((c) => c.name).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
    const rest = new REST({ api: fake.restUrl, offset: 0 }).setToken(fake.token);
    const again = await deployCommands(rest, { applicationId: fake.world.applicationId, guildId: fake.world.guildId }, COMMANDS.map((c) => c.data));
    expect({ added: again.added, updated: again.updated, removed: again.removed, sent: again.sent }).toEqual({ added: [], updated: [], removed: [], sent: false });
  });

  it('GIVEN /ask in Italian THEN a public embed with ¶ and buttons; the asker’s Next updates it; someone else gets a private copy', async () => {
    const asked = await fake.interact(fake.slashCommand('ask', { question: 'Quando è cominciata la vendemmia? @everyone', results: 3 }, { locale: 'it' }));
    expect(asked.callback?.type).toBe(4);
    expect(asked.callback?.data?.['flags']).toBeUndefined();
    expect(embedOf(asked)?.description).toContain('¶1');
    const ids = customIds(asked.callback?.data);
    const whole = ids.find((id) => decodeAskButton(id)?.action === 'w')!;
    const message = asked.original as APIMessage;
    expect(message).toBeDefined();

    const mine = await fake.interact(fake.button(whole, { message, locale: 'it' }));
    expect(mine.callback?.type).toBe(7);
    expect(embedOf(mine)?.description).toContain('**¶1**');

    const theirs = await fake.interact(fake.button(whole, { message, locale: 'en-GB', user: other }));
    expect(theirs.callback?.type).toBe(4);
    expect(Number(theirs.callback?.data?.['flags']) & 64).toBe(64);
    expect(customIds(theirs.callback?.data).map((id) => decodeAskButton(id)?.user)).toContain(other.id);
  });

  it('GIVEN an expired button THEN a polite private note', async () => {
    const o = await fake.interact(fake.button('a0|old-format', { locale: 'en-US' }));
    expect(o.callback?.type).toBe(4);
    expect(String(o.callback?.data?.['content'])).toContain('no longer works');
  });

  it('GIVEN /summarize THEN it defers and edits the answer in; GIVEN autocomplete THEN choices', async () => {
    const s = await fake.interact(fake.slashCommand('summarize', { section: 'le-cantine-e-il-mercato' }, { locale: 'en-US' }));
    expect(s.callback?.type).toBe(5);
    expect(s.edits.length).toBe(1);
    expect(embedOf(s)?.description).toContain('¶3');
    const a = await fake.interact(fake.autocomplete('quote', { person: 'ros' }, 'person', { locale: 'it' }));
    expect(a.callback?.type).toBe(8);
    expect(a.callback?.data?.['choices']).toEqual([{ name: 'Maria Rossi — direttrice della cantina Colle Alto', value: 'Maria Rossi' }]);
  });

  it('GIVEN the message command on a message THEN a private answer', async () => {
    const o = await fake.interact(fake.messageContextMenu('Search the article', 'i pendolari chiedono una corsa in più?', { locale: 'it' }));
    expect(o.callback?.type).toBe(4);
    expect(Number(o.callback?.data?.['flags']) & 64).toBe(64);
    expect(embedOf(o)?.description).toContain('treni-regionali');
  });

  it('GIVEN /reload by a manager THEN a private deferral and the report; by a member THEN a refusal', async () => {
    const manager = (BigInt(MEMBER_PERMISSIONS) | PermissionFlagsBits.ManageGuild).toString();
    const ok = await fake.interact(fake.slashCommand('reload', {}, { locale: 'it', permissions: manager }));
    expect(ok.callback?.type).toBe(5);
    expect(Number(ok.callback?.data?.['flags']) & 64).toBe(64);
    expect(String((ok.edits[0]?.body as { content?: string }).content)).toContain('2 articoli');
    const no = await fake.interact(fake.slashCommand('reload', {}, { locale: 'it' }));
    expect(String((no.edits[0]?.body as { content?: string } | undefined)?.content ?? no.callback?.data?.['content'])).toContain('gestire il server');
  });

  it('GIVEN a 500 on the first callback and a gateway reconnect THEN the answer still arrives once', async () => {
    fake.failNext(FakeRoutes.interactionCallback, 500);
    const retried = await fake.interact(fake.slashCommand('sections', {}, { locale: 'it' }));
    expect(retried.callback?.type).toBe(4);
    const resumed = fake.nextSession();
    fake.reconnect();
    const during = fake.interact(fake.slashCommand('help', {}, { locale: 'en-US' }));
    expect(await resumed).toBe('resumed');
    const o = await during;
    expect(o.callback?.type).toBe(4);
    expect(o.callbackAttempts).toBe(1);
  });

  it('GIVEN everything above THEN Discord saw no rule broken, every interaction answered once, and no error logged', async () => {
    await fake.waitForIdle();
    expect(fake.violations).toEqual([]);
    const stats = fake.stats();
    expect(stats.unanswered).toEqual([]);
    expect(stats.answeredMoreThanOnce).toEqual([]);
    expect(bot.logger.records.filter((r) => r.level === 'error')).toEqual([]);
  });
});
