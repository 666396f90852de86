/**
 * The discord.js client: built with mentions disabled by default and an optional REST base (a proxy, or a fake
 * Discord in tests), wired to the router, logged. The gateway needs only the Guilds intent: interactions
 * arrive regardless of intents.
 */
import {
  Client,
  Events,
  GatewayIntentBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type ClientOptions,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { Command } from './command.js';
import type { AutocompleteLike, BotContext, ButtonLike, CommandLike, InteractionBase, MessageCommandLike, ModalSubmitLike } from './interactions.js';
import { buildRegistry, handleInteraction } from './router.js';

/**
 * Compile-time proof that discord.js's interactions give the handlers everything their small types promise:
 * each entry is `never` (and the assignment below fails to compile) when a discord.js class stops matching.
 */
export type InteractionTypesMatch = [
  ChatInputCommandInteraction extends CommandLike ? true : never,
  AutocompleteInteraction extends AutocompleteLike ? true : never,
  ButtonInteraction extends ButtonLike ? true : never,
  MessageContextMenuCommandInteraction extends MessageCommandLike ? true : never,
  ModalSubmitInteraction extends ModalSubmitLike ? true : never,
  Interaction extends InteractionBase ? true : never,
];
const _typesMatch: InteractionTypesMatch = [true, true, true, true, true, true];
void _typesMatch;

/** Settings for {@link createClient}. */
export interface ClientSettings {
  /** REST API base, e.g. `http://127.0.0.1:PORT/api`; discord.js's default when absent. */
  readonly apiUrl?: string | undefined;
  /** Extra client options (tests: rest offset and retries, ws identify throttling, waitGuildTimeout). */
  readonly options?: Partial<ClientOptions>;
}

/**
 * How discord.js turns the embeds, components, forms and autocomplete choices it is given into request JSON. Brano
 * builds them as Discord's own JSON (`APIEmbed`, button rows, modals, choices: snake_case already, typed by
 * discord-api-types), so they are sent as they are; discord.js's default rewrites every key of every answer from
 * camelCase (lodash.snakecase per key), work that shows in a burst's latency and changes nothing here.
 * @param data - an embed, component row, modal or choice in Discord's JSON
 * @returns the same object
 */
export function apiJson(data: unknown): unknown {
  return data;
}

/**
 * Creates the client (not logged in).
 * @param settings - REST base and extra options
 * @returns the client, with `allowedMentions: { parse: [] }` as every message's default
 */
export function createClient(settings: ClientSettings = {}): Client {
  const extra = settings.options ?? {};
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    jsonTransformer: apiJson,
    ...extra,
    allowedMentions: { parse: [] },
    rest: { ...extra.rest, ...(settings.apiUrl ? { api: settings.apiUrl } : {}) },
  });
}

/** Settings for {@link startBot}. */
export interface StartSettings extends ClientSettings {
  readonly token: string;
  readonly commands: readonly Command[];
  readonly bot: BotContext;
}

/**
 * Creates the client, wires the router and logs in. Resolves when the client is ready.
 * @param settings - token, commands, bot context, REST base
 * @returns the ready client
 */
export async function startBot(settings: StartSettings): Promise<Client<true>> {
  const { bot } = settings;
  const registry = buildRegistry(settings.commands);
  const client = createClient(settings);
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, registry, bot));
  client.on(Events.Error, (err) => bot.logger.error('client error', { err }));
  client.on(Events.Warn, (message) => bot.logger.warn('client warning', { message }));
  client.on(Events.ShardDisconnect, (event, shard) => bot.logger.warn('shard disconnected', { shard, code: event.code }));
  client.on(Events.ShardReconnecting, (shard) => bot.logger.info('shard reconnecting', { shard }));
  client.on(Events.ShardResume, (shard, replayed) => bot.logger.info('shard resumed', { shard, replayed }));
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(settings.token);
  const c = await ready;
  bot.logger.info('connected to Discord', { user: c.user.tag, guilds: c.guilds.cache.size, shards: c.ws.shards.size });
  return c;
}
