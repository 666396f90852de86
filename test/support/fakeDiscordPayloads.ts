/**
 * The world a fake Discord serves (one application, one guild, one text channel, a bot and a human member) and
 * builders for the gateway payloads and interactions Discord would send about it.
 *
 * Payloads are typed with discord-api-types (re-exported by discord.js), so a missing required field is a compile
 * error rather than a runtime surprise in discord.js.
 */
import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonStyle,
  ChannelType,
  ComponentType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  InteractionContextType,
  InteractionType,
  MessageType,
  PermissionFlagsBits,
} from 'discord.js';
import type {
  APIActionRowComponent,
  APIApplicationCommandAutocompleteGuildInteraction,
  APIApplicationCommandInteractionDataBasicOption,
  APIChatInputApplicationCommandGuildInteraction,
  APIComponentInMessageActionRow,
  APIEmbed,
  APIGuildMember,
  APIInteractionGuildMember,
  APIMessage,
  APIMessageApplicationCommandGuildInteraction,
  APIMessageComponentButtonInteraction,
  APIMessageTopLevelComponent,
  APIModalSubmitGuildInteraction,
  APIRole,
  APITextChannel,
  APIUser,
  ApplicationFlags,
  ChannelFlags,
  GatewayGuildCreateDispatchData,
  GatewayReadyDispatchData,
  GuildMemberFlags,
  Locale,
  RoleFlags,
  UserFlags,
} from 'discord.js';

/** Discord's epoch (2015-01-01T00:00:00Z) in milliseconds. */
const DISCORD_EPOCH = 1_420_070_400_000n;

let snowflakeIncrement = 0n;
let lastSnowflakeMs = 0n;

/**
 * Returns a fresh, process-unique snowflake (18–19 decimal digits for current dates), time-ordered like Discord's.
 */
export function nextSnowflake(): string {
  let ms = BigInt(Date.now());
  if (ms <= lastSnowflakeMs) ms = lastSnowflakeMs;
  if (ms !== lastSnowflakeMs) {
    lastSnowflakeMs = ms;
    snowflakeIncrement = 0n;
  }
  snowflakeIncrement += 1n;
  if (snowflakeIncrement > 0xfffn) {
    // 4096 ids in one millisecond: borrow the next millisecond.
    lastSnowflakeMs += 1n;
    snowflakeIncrement = 1n;
  }
  return (((lastSnowflakeMs - DISCORD_EPOCH) << 22n) | (1n << 17n) | snowflakeIncrement).toString();
}

/** Returns a fresh interaction token (opaque, URL-safe, as long as Discord's). */
export function nextInteractionToken(): string {
  return `aW50ZXJhY3Rpb246${randomBytes(96).toString('base64url')}`;
}

/** Permission bit string granted to ordinary members (view, send, embed, history, slash commands, …). */
export const MEMBER_PERMISSIONS = (
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.UseExternalEmojis
).toString();

/** Permission bit string of the bot in the fake guild (members' permissions plus message management). */
export const BOT_PERMISSIONS = (BigInt(MEMBER_PERMISSIONS) | PermissionFlagsBits.ManageMessages).toString();

/** Identities and ids of everything the fake Discord knows about. */
export interface FakeWorld {
  /** Application id (also the bot user's id, as for modern Discord apps). */
  readonly applicationId: string;
  /** The bot user. */
  readonly botUser: APIUser;
  /** A human member of the guild who sends the interactions. */
  readonly user: APIUser;
  /** Guild id (also the id of its `@everyone` role). */
  readonly guildId: string;
  /** Guild name. */
  readonly guildName: string;
  /** Id of the guild's text channel (type 0) where interactions happen. */
  readonly channelId: string;
  /** Name of that text channel. */
  readonly channelName: string;
  /** ISO timestamp used for `joined_at` fields. */
  readonly joinedAt: string;
}

/** Overrides for {@link createWorld}. */
export interface FakeWorldOptions {
  /** Bot username (default `Brano`). */
  readonly botUsername?: string;
  /** Guild name (default `Fake Guild`). */
  readonly guildName?: string;
  /** Text channel name (default `general`). */
  readonly channelName?: string;
}

function user(id: string, username: string, bot: boolean): APIUser {
  return {
    id,
    username,
    discriminator: '0',
    global_name: bot ? null : username,
    avatar: null,
    ...(bot ? { bot: true } : {}),
    public_flags: 0 as UserFlags,
    flags: 0 as UserFlags,
  };
}

/** Creates a world with fresh ids. */
export function createWorld(options: FakeWorldOptions = {}): FakeWorld {
  const applicationId = nextSnowflake();
  return {
    applicationId,
    botUser: user(applicationId, options.botUsername ?? 'Brano', true),
    user: user(nextSnowflake(), 'tester', false),
    guildId: nextSnowflake(),
    guildName: options.guildName ?? 'Fake Guild',
    channelId: nextSnowflake(),
    channelName: options.channelName ?? 'general',
    joinedAt: new Date().toISOString(),
  };
}

/** The `d` of the `READY` dispatch for a new session. */
export function readyPayload(world: FakeWorld, sessionId: string, resumeGatewayUrl: string): GatewayReadyDispatchData {
  return {
    v: 10,
    user: { ...world.botUser, verified: true, mfa_enabled: false },
    guilds: [{ id: world.guildId, unavailable: true }],
    session_id: sessionId,
    resume_gateway_url: resumeGatewayUrl,
    shard: [0, 1],
    application: { id: world.applicationId, flags: 0 as ApplicationFlags, flags_new: '0' },
  };
}

function role(world: FakeWorld): APIRole {
  return {
    id: world.guildId,
    name: '@everyone',
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: MEMBER_PERMISSIONS,
    managed: false,
    mentionable: false,
    flags: 0 as RoleFlags,
  };
}

function guildMember(world: FakeWorld, who: APIUser): APIGuildMember {
  return {
    user: who,
    nick: null,
    avatar: null,
    banner: null,
    roles: [],
    joined_at: world.joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

/** The guild's text channel as it appears in `GUILD_CREATE`. */
export function textChannel(world: FakeWorld): APITextChannel {
  return {
    id: world.channelId,
    type: ChannelType.GuildText,
    guild_id: world.guildId,
    name: world.channelName,
    position: 0,
    permission_overwrites: [],
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    parent_id: null,
    flags: 0 as ChannelFlags,
  };
}

/** The `d` of the `GUILD_CREATE` dispatch: one available guild with a text channel, `@everyone` and two members. */
export function guildCreatePayload(world: FakeWorld): GatewayGuildCreateDispatchData {
  return {
    id: world.guildId,
    name: world.guildName,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: world.user.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [role(world)],
    emojis: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: 'en-US' as Locale,
    public_updates_channel_id: null,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    nsfw_level: GuildNSFWLevel.Default,
    stickers: [],
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    region: 'us-west',
    joined_at: world.joinedAt,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [guildMember(world, world.botUser), guildMember(world, world.user)],
    channels: [textChannel(world)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** Fields a test may set on a message built by {@link buildMessage}. */
export interface MessageInit {
  readonly id?: string;
  readonly author?: APIUser;
  readonly content?: string;
  readonly embeds?: APIEmbed[];
  readonly components?: APIMessageTopLevelComponent[];
  readonly flags?: number;
  readonly type?: MessageType;
  readonly interactionMetadata?: APIMessage['interaction_metadata'];
}

/** Builds a complete message object in the world's text channel (authored by the bot unless `author` is given). */
export function buildMessage(world: FakeWorld, init: MessageInit = {}): APIMessage {
  const author = init.author ?? world.botUser;
  const fromBot = author.id === world.botUser.id;
  return {
    id: init.id ?? nextSnowflake(),
    channel_id: world.channelId,
    author,
    content: init.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: init.embeds ?? [],
    pinned: false,
    type: init.type ?? MessageType.Default,
    flags: init.flags ?? 0,
    components: init.components ?? [],
    ...(fromBot ? { application_id: world.applicationId, webhook_id: world.applicationId } : {}),
    ...(init.interactionMetadata ? { interaction_metadata: init.interactionMetadata } : {}),
  };
}

/** A one-button action row (primary style) for bot messages. */
export function buttonRow(customId: string, label = 'More'): APIActionRowComponent<APIComponentInMessageActionRow> {
  return {
    type: ComponentType.ActionRow,
    components: [{ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: customId, label }],
  };
}

/** Who sends an interaction and where; every field is optional. */
export interface InteractionContext {
  /** User locale, e.g. `'it'` or `'en-US'` (default `'en-US'`). */
  readonly locale?: `${Locale}`;
  /** Guild locale (default `'en-US'`). */
  readonly guildLocale?: `${Locale}`;
  /** The invoking user (default: the world's human member). */
  readonly user?: APIUser;
  /** The member's permission bit string in the channel (default {@link MEMBER_PERMISSIONS}). */
  readonly permissions?: string;
  /** The bot's permission bit string in the channel (default {@link BOT_PERMISSIONS}). */
  readonly appPermissions?: string;
  /** Role ids of the member (default none). */
  readonly roles?: string[];
}

/** A slash-command option value; its Discord type is inferred unless the command is registered. */
export type OptionValue = string | number | boolean;

/** An option given explicitly with its Discord type. */
export interface TypedOption {
  readonly name: string;
  readonly type:
    | ApplicationCommandOptionType.String
    | ApplicationCommandOptionType.Integer
    | ApplicationCommandOptionType.Number
    | ApplicationCommandOptionType.Boolean;
  readonly value: OptionValue;
}

/** Options of a slash command: `{ question: 'hi', count: 3 }` or a list of {@link TypedOption}. */
export type OptionsInput = Readonly<Record<string, OptionValue>> | readonly TypedOption[];

/** What the builders need to know about a registered command. */
export interface CommandShape {
  readonly id: string;
  readonly name: string;
  readonly type: number;
  readonly guildId: string | undefined;
  /** Declared option types by option name. */
  readonly optionTypes: ReadonlyMap<string, number>;
}

function inferType(value: OptionValue): TypedOption['type'] {
  if (typeof value === 'boolean') return ApplicationCommandOptionType.Boolean;
  if (typeof value === 'string') return ApplicationCommandOptionType.String;
  return Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
}

function normaliseOptions(input: OptionsInput, command: CommandShape | undefined): TypedOption[] {
  if (Array.isArray(input)) return [...(input as readonly TypedOption[])];
  return Object.entries(input as Readonly<Record<string, OptionValue>>).map(([name, value]) => {
    const declared = command?.optionTypes.get(name);
    const type =
      declared === ApplicationCommandOptionType.String ||
      declared === ApplicationCommandOptionType.Integer ||
      declared === ApplicationCommandOptionType.Number ||
      declared === ApplicationCommandOptionType.Boolean
        ? declared
        : inferType(value);
    return { name, type, value };
  });
}

function dataOption(option: TypedOption): APIApplicationCommandInteractionDataBasicOption {
  switch (option.type) {
    case ApplicationCommandOptionType.String:
      return { name: option.name, type: option.type, value: String(option.value) };
    case ApplicationCommandOptionType.Boolean:
      return { name: option.name, type: option.type, value: Boolean(option.value) };
    default:
      return { name: option.name, type: option.type, value: Number(option.value) };
  }
}

/** Common interaction envelope fields for the world's guild channel. */
function envelope(world: FakeWorld, ctx: InteractionContext) {
  const invoker = ctx.user ?? world.user;
  const member: APIInteractionGuildMember = {
    ...guildMember(world, invoker),
    roles: ctx.roles ?? [],
    permissions: ctx.permissions ?? MEMBER_PERMISSIONS,
    user: invoker,
  };
  const channel = { ...textChannel(world), permissions: ctx.appPermissions ?? BOT_PERMISSIONS };
  return {
    id: nextSnowflake(),
    application_id: world.applicationId,
    token: nextInteractionToken(),
    version: 1 as const,
    guild_id: world.guildId,
    guild: { id: world.guildId, locale: (ctx.guildLocale ?? 'en-US') as Locale, features: [] },
    channel_id: world.channelId,
    channel,
    member,
    app_permissions: ctx.appPermissions ?? BOT_PERMISSIONS,
    locale: (ctx.locale ?? 'en-US') as Locale,
    guild_locale: (ctx.guildLocale ?? 'en-US') as Locale,
    entitlements: [],
    authorizing_integration_owners: { '0': world.guildId },
    context: InteractionContextType.Guild,
    attachment_size_limit: 10_485_760,
  };
}

/** Builds a guild slash-command interaction (type 2, data.type 1) with top-level options (no subcommands). */
export function buildSlashCommand(
  world: FakeWorld,
  name: string,
  options: OptionsInput,
  ctx: InteractionContext,
  command: CommandShape | undefined,
): APIChatInputApplicationCommandGuildInteraction {
  const opts = normaliseOptions(options, command).map(dataOption);
  return {
    ...envelope(world, ctx),
    type: InteractionType.ApplicationCommand,
    data: {
      id: command?.id ?? nextSnowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      ...(command?.guildId ? { guild_id: command.guildId } : {}),
      ...(opts.length > 0 ? { options: opts } : {}),
    },
  };
}

/**
 * Builds an autocomplete interaction (type 4). The focused option's value is sent as typed text (a string), as
 * Discord does for every option type.
 */
export function buildAutocomplete(
  world: FakeWorld,
  name: string,
  options: OptionsInput,
  focused: string,
  ctx: InteractionContext,
  command: CommandShape | undefined,
): APIApplicationCommandAutocompleteGuildInteraction {
  const typed = normaliseOptions(options, command);
  if (!typed.some((o) => o.name === focused)) {
    throw new Error(`autocomplete: focused option "${focused}" is not among the options given`);
  }
  const opts = typed.map((o) =>
    o.name === focused && o.type !== ApplicationCommandOptionType.Boolean
      ? { name: o.name, type: o.type, value: String(o.value), focused: true }
      : dataOption(o),
  );
  return {
    ...envelope(world, ctx),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: command?.id ?? nextSnowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      ...(command?.guildId ? { guild_id: command.guildId } : {}),
      options: opts as APIApplicationCommandAutocompleteGuildInteraction['data']['options'],
    },
  };
}

/** Builds a button interaction (type 3, component_type 2) on `message`, which must be in the world's channel. */
export function buildButton(
  world: FakeWorld,
  customId: string,
  message: APIMessage,
  ctx: InteractionContext,
): APIMessageComponentButtonInteraction {
  return {
    ...envelope(world, ctx),
    type: InteractionType.MessageComponent,
    data: { custom_id: customId, component_type: ComponentType.Button },
    message,
  };
}

/**
 * Builds a modal submission (type 5) from a form the bot opened with custom_id `customId`: one action row per text
 * field, as Discord sends for forms made of action rows and text inputs. When `message` is given (the form was
 * opened from a button on it), the submission carries it, as Discord does.
 */
export function buildModalSubmit(
  world: FakeWorld,
  customId: string,
  fields: Readonly<Record<string, string>>,
  ctx: InteractionContext,
  message?: APIMessage,
): APIModalSubmitGuildInteraction {
  return {
    ...envelope(world, ctx),
    type: InteractionType.ModalSubmit,
    data: {
      custom_id: customId,
      components: Object.entries(fields).map(([id, value]) => ({
        type: ComponentType.ActionRow,
        components: [{ type: ComponentType.TextInput, custom_id: id, value }],
      })),
    },
    ...(message ? { message } : {}),
  } as APIModalSubmitGuildInteraction;
}

/** Builds a message context-menu interaction (type 2, data.type 3) targeting `target`. */
export function buildMessageContextMenu(
  world: FakeWorld,
  name: string,
  target: APIMessage,
  ctx: InteractionContext,
  command: CommandShape | undefined,
): APIMessageApplicationCommandGuildInteraction {
  return {
    ...envelope(world, ctx),
    type: InteractionType.ApplicationCommand,
    data: {
      id: command?.id ?? nextSnowflake(),
      name,
      type: ApplicationCommandType.Message,
      ...(command?.guildId ? { guild_id: command.guildId } : {}),
      target_id: target.id,
      resolved: { messages: { [target.id]: target } },
    },
  };
}
