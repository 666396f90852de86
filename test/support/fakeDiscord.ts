/**
 * A fake Discord on 127.0.0.1 for end-to-end tests of the real, unmodified discord.js client.
 *
 * It serves the REST routes a slash-command bot uses (gateway discovery, command registration, interaction
 * callbacks, webhook edits and follow-ups) and a JSON/text gateway (hello, identify → READY + GUILD_CREATE, heartbeats,
 * sequence numbers, resume with replay). Tests push interactions with {@link FakeDiscord.interact} and get back what
 * the bot answered. Discord's rules are enforced — the 3-second first-callback deadline, one callback per
 * interaction, edits only after an acknowledgement, every request body valid against Discord's own OpenAPI schema,
 * `allowed_mentions` that cannot ping anyone — and every breach is listed in {@link FakeDiscord.violations}.
 * Faults (gateway reconnect / invalid session / close, REST 429 and 5xx) can be injected.
 *
 * @example
 * ```ts
 * const fake = await startFakeDiscord();
 * const client = new Client({ intents: [GatewayIntentBits.Guilds], ...fake.clientOptions() });
 * client.on(Events.InteractionCreate, handler);
 * const ready = once(client, Events.ClientReady);
 * await client.login(fake.token);
 * await ready;
 * const outcome = await fake.interact(fake.slashCommand('ask', { question: 'Who wrote it?' }, { locale: 'it' }));
 * expect(outcome.callback?.data?.['content']).toContain('¶');
 * expect(fake.violations).toEqual([]);
 * await client.destroy();
 * await fake.close();
 * ```
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { RawData } from 'ws';
import {
  ApplicationCommandType,
  GatewayOpcodes,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
} from 'discord.js';
import type { APIEmbed, APIInteraction, APIMessage, APIMessageTopLevelComponent, ClientOptions } from 'discord.js';
import { DISCORD_OPENAPI_PATH, getDiscordSpec } from './discordSpec.js';
import type { DiscordSpec } from './discordSpec.js';
import {
  buildAutocomplete,
  buildButton,
  buildMessage,
  buildMessageContextMenu,
  buildModalSubmit,
  buildSlashCommand,
  buttonRow,
  createWorld,
  guildCreatePayload,
  nextSnowflake,
  readyPayload,
} from './fakeDiscordPayloads.js';
import type {
  CommandShape,
  FakeWorld,
  FakeWorldOptions,
  InteractionContext,
  MessageInit,
  OptionsInput,
} from './fakeDiscordPayloads.js';
import { TIME_SCALE } from './timeScale.js';

export * from './fakeDiscordPayloads.js';
export { DISCORD_OPENAPI_PATH, DiscordSpec, getDiscordSpec } from './discordSpec.js';
export type { BodyCheck, SpecOperation } from './discordSpec.js';

/** Options of {@link startFakeDiscord}. Every field is optional. */
export interface FakeDiscordOptions {
  /** Bot token the fake accepts on REST (`Authorization: Bot …`) and in IDENTIFY/RESUME. Default: random. */
  readonly token?: string;
  /** `heartbeat_interval` sent in HELLO, in ms (Discord: 41 250). Default 41 250; tests may use ~100–500. */
  readonly heartbeatIntervalMs?: number;
  /** Time from an interaction's creation to its first callback before Discord answers 404 10062. Default 3000. */
  readonly callbackDeadlineMs?: number;
  /** Lifetime of an interaction token for webhook edits and follow-ups. Default 15 minutes. */
  readonly tokenLifetimeMs?: number;
  /**
   * After a deferred callback (type 5 or 6), how long {@link FakeDiscord.interact} waits for the first edit or
   * follow-up before resolving anyway. Default 10 000.
   */
  readonly deferredSettleMs?: number;
  /** Answer schema-invalid bodies with 400 `50035 Invalid Form Body`, as Discord does. Default `true`. */
  readonly rejectInvalidBodies?: boolean;
  /**
   * Hold request bodies and check them against the schema when {@link FakeDiscord.checkHeldBodies} is called,
   * instead of on arrival. For measuring a bot's latency on a small machine: Discord checks bodies on its own
   * servers, while the fake's checking runs on the cores the measured bot uses and, done on arrival, delays every
   * later callback by it (bots with larger bodies the more). Every body is still checked and every violation
   * recorded; none is refused. Default `false`.
   */
  readonly checkBodiesLater?: boolean;
  /** Require `allowed_mentions: { parse: [] }` (no users, no roles) on every message body. Default `true`. */
  readonly requireSafeMentions?: boolean;
  /** Path of Discord's `openapi.json`. Default {@link DISCORD_OPENAPI_PATH} (the pinned copy under `test/fixtures/`). */
  readonly specPath?: string;
  /** Names used in the fake world. */
  readonly world?: FakeWorldOptions;
}

/** Selects requests for fault injection. */
export type RouteMatcher =
  /**
   * A spec path template (`/interactions/{interaction_id}/{interaction_token}/callback`) or a concrete path, optionally
   * prefixed with the method (`'POST /webhooks/{webhook_id}/{webhook_token}'`); see {@link FakeRoutes}.
   */
  | string
  /** Tested against `'METHOD /concrete/path'` (path relative to `/api/v10`, without query). */
  | RegExp
  /** Arbitrary predicate. */
  | ((call: RequestCall) => boolean);

/** A request as seen by route matchers. */
export interface RequestCall {
  /** Upper-case HTTP method. */
  readonly method: string;
  /** Path relative to `/api/v10`, without query string. */
  readonly path: string;
  /** Spec path template, when the spec knows the route. */
  readonly template: string | undefined;
}

/** Route matchers for the routes a slash-command bot uses. */
export const FakeRoutes = {
  /** Initial response to an interaction. */
  interactionCallback: 'POST /interactions/{interaction_id}/{interaction_token}/callback',
  /** `editReply()`. */
  editOriginal: 'PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original',
  /** `followUp()`. */
  followUp: 'POST /webhooks/{webhook_id}/{webhook_token}',
  /** Editing a follow-up message. */
  editMessage: 'PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}',
  /** Bulk overwrite of global commands. */
  putGlobalCommands: 'PUT /applications/{application_id}/commands',
  /** Bulk overwrite of guild commands. */
  putGuildCommands: 'PUT /applications/{application_id}/guilds/{guild_id}/commands',
  /** Gateway discovery (`login()`). */
  gatewayBot: 'GET /gateway/bot',
} as const;

/** The accepted first callback of an interaction. */
export interface RecordedCallback {
  /** Callback type (4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete, 9 modal). */
  readonly type: InteractionResponseType;
  /** `data` of the body, if any (e.g. `content`, `embeds`, `flags`, `choices`). */
  readonly data: Readonly<Record<string, unknown>> | undefined;
  /** The whole request body. */
  readonly body: unknown;
  /** `Date.now()` when the fake received it. */
  readonly at: number;
  /** Milliseconds from the INTERACTION_CREATE dispatch to this callback. */
  readonly latencyMs: number;
  /** Whether the bot asked for `?with_response=true`. */
  readonly withResponse: boolean;
  /**
   * For message callbacks (types 4 and 7 with data): whether `allowed_mentions` was `{ parse: [] }` with no users
   * or roles. `undefined` for callbacks that carry no message.
   */
  readonly safeMentions: boolean | undefined;
}

/** An accepted webhook request about an interaction (edit, follow-up or deletion). */
export interface RecordedWebhookCall {
  /** What the request did. */
  readonly kind: 'edit' | 'followUp' | 'delete';
  /** Id of the message it created, edited or deleted. */
  readonly messageId: string;
  /** The request body (`undefined` for deletions). */
  readonly body: unknown;
  /** `Date.now()` when the fake received it. */
  readonly at: number;
  /** Whether the body's `allowed_mentions` was `{ parse: [] }` with no users or roles (`undefined` for deletions). */
  readonly safeMentions: boolean | undefined;
}

/** A request about an interaction that the fake refused the way Discord would. */
export interface RejectedCall {
  /** `'METHOD template'`. */
  readonly route: string;
  /** HTTP status returned. */
  readonly status: number;
  /** Discord JSON error code returned (10062, 40060, 50035, …). */
  readonly code: number;
  /** Why. */
  readonly reason: string;
  /** `Date.now()` when it happened. */
  readonly at: number;
}

/**
 * Everything the bot did about one interaction. The object is live: edits and follow-ups that arrive after
 * {@link FakeDiscord.interact} resolved are appended to it.
 */
export interface InteractionOutcome {
  /** Interaction id. */
  readonly id: string;
  /** Interaction token. */
  readonly token: string;
  /** Interaction type (2 command, 3 component, 4 autocomplete, 5 modal submit). */
  readonly type: InteractionType;
  /** Short description, e.g. `/ask`, `autocomplete /ask`, `component more`, `message menu "Quote"`. */
  readonly label: string;
  /** `Date.now()` when the test created it. */
  readonly createdAt: number;
  /** `Date.now()` when INTERACTION_CREATE was first written to a gateway socket. */
  readonly dispatchedAt: number | undefined;
  /** The accepted first callback, if any. */
  readonly callback: RecordedCallback | undefined;
  /** Callback requests that reached the fake (injected faults not counted; 1 is the only correct value). */
  readonly callbackAttempts: number;
  /** Accepted edits (`editReply`, edits of follow-ups, `update` after `deferUpdate`) and deletions. */
  readonly edits: readonly RecordedWebhookCall[];
  /** Accepted follow-up messages. */
  readonly followUps: readonly RecordedWebhookCall[];
  /** Requests refused with a Discord error (late or second callback, invalid body, edit before ack, …). */
  readonly rejected: readonly RejectedCall[];
  /** Current state of the original response message (after edits); `undefined` if none or deleted. */
  readonly original: APIMessage | undefined;
  /** Current state of the follow-up messages, in creation order. */
  readonly followUpMessages: readonly APIMessage[];
  /** True when no callback arrived within the deadline (Discord shows "The application did not respond"). */
  readonly expired: boolean;
}

/** When {@link FakeDiscord.interact} resolves. */
export interface InteractOptions {
  /**
   * `'response'` (default): when the user can see an answer — on a non-deferred callback, or after a deferral at
   * the first edit/follow-up (or `deferredSettleMs`). `'callback'`: as soon as the first callback is accepted.
   * Either way it also resolves when the deadline passes without a callback (`expired: true`).
   */
  readonly until?: 'response' | 'callback';
}

/** A request log entry. */
export interface RecordedRequest extends RequestCall {
  /** Status the fake answered. */
  readonly status: number;
  /** `Date.now()` when the request arrived. */
  readonly at: number;
  /** Set when the answer was an injected fault. */
  readonly fault?: 'rate-limit' | 'failure';
}

/** Latency summary in milliseconds (nearest-rank percentiles). */
export interface LatencySummary {
  readonly count: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

/** Counters and latencies, see {@link FakeDiscord.stats}. */
export interface FakeDiscordStats {
  /** Interactions created by the test. */
  readonly interactions: number;
  /** Interactions with an accepted callback. */
  readonly answered: number;
  /** Ids of interactions without an accepted callback. */
  readonly unanswered: readonly string[];
  /** Callback requests per interaction id that reached the fake (faults excluded). Every value should be 1. */
  readonly callbacksPerInteraction: Readonly<Record<string, number>>;
  /** Ids with more than one callback request. */
  readonly answeredMoreThanOnce: readonly string[];
  /** Dispatch → callback latency of every answered interaction, in creation order. */
  readonly latenciesMs: readonly number[];
  /** Percentiles of {@link FakeDiscordStats.latenciesMs}; `undefined` when nothing was answered. */
  readonly latency: LatencySummary | undefined;
  /** Gateway counters. */
  readonly gateway: {
    readonly connections: number;
    readonly identifies: number;
    readonly resumes: number;
    readonly failedResumes: number;
    readonly heartbeats: number;
    /** Close codes of finished gateway connections, in order. */
    readonly closeCodes: readonly number[];
    /** Paths the client connected to, in order (`/gateway` or `/resume-gateway`). */
    readonly connectionPaths: readonly string[];
  };
  /** HTTP requests received. */
  readonly requests: number;
  /** Requests answered with an injected 429 or 5xx. */
  readonly injectedFaults: number;
}

/** A registered application command as the fake stores and returns it. */
export interface StoredCommand {
  readonly id: string;
  readonly application_id: string;
  readonly version: string;
  readonly type: number;
  readonly name: string;
  readonly description: string;
  readonly guild_id?: string;
  readonly [field: string]: unknown;
}

/**
 * Nearest-rank percentile of a list of numbers.
 *
 * @param values - Samples (any order).
 * @param p - Percentile in (0, 100].
 * @returns The smallest sample such that at least `p`% of samples are ≤ it; `NaN` for an empty list.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

/**
 * Client options that point discord.js at a fake Discord's REST base (see {@link FakeDiscord.clientOptions}); for a
 * client in another thread than the fake.
 *
 * @param restUrl - The fake's {@link FakeDiscord.restUrl}.
 * @returns REST base, no rate-limit offset, 3 retries, 5 s × TIME_SCALE timeout, a no-op identify throttle, no mentions.
 */
export function fakeClientOptions(restUrl: string): Pick<ClientOptions, 'rest' | 'ws' | 'allowedMentions'> {
  return {
    rest: { api: restUrl, offset: 0, retries: 3, timeout: 5000 * TIME_SCALE },
    ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) },
    allowedMentions: { parse: [] },
  };
}

/**
 * Starts a fake Discord on an ephemeral 127.0.0.1 port.
 *
 * @param options - See {@link FakeDiscordOptions}.
 * @returns The running fake; call {@link FakeDiscord.close} when done.
 */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = new FakeDiscord(options);
  await fake.listen();
  return fake;
}

// ---------------------------------------------------------------------------------------------------------------
// Internals

type JsonRecord = Record<string, unknown>;

interface MutableOutcome {
  id: string;
  token: string;
  type: InteractionType;
  label: string;
  createdAt: number;
  dispatchedAt: number | undefined;
  callback: RecordedCallback | undefined;
  callbackAttempts: number;
  edits: RecordedWebhookCall[];
  followUps: RecordedWebhookCall[];
  rejected: RejectedCall[];
  expired: boolean;
  readonly original: APIMessage | undefined;
  readonly followUpMessages: readonly APIMessage[];
}

interface InteractionRecord {
  readonly payload: APIInteraction;
  readonly outcome: MutableOutcome;
  readonly until: 'response' | 'callback';
  /** Messages of this interaction by id (original response and follow-ups). */
  readonly messages: Map<string, APIMessage>;
  originalId: string | undefined;
  readonly followUpIds: string[];
  settled: boolean;
  resolve: (outcome: InteractionOutcome) => void;
  deadlineTimer: NodeJS.Timeout | undefined;
  settleTimer: NodeJS.Timeout | undefined;
}

interface LoggedDispatch {
  readonly s: number;
  readonly t: string;
  readonly d: unknown;
  readonly interactionId: string | undefined;
  delivered: boolean;
}

interface PendingDispatch {
  readonly t: string;
  readonly d: unknown;
  readonly interactionId: string | undefined;
}

interface GatewaySession {
  readonly id: string;
  seq: number;
  readonly log: LoggedDispatch[];
  socket: GatewayConnection | undefined;
}

interface GatewayConnection {
  readonly id: number;
  readonly ws: WebSocket;
  readonly path: string;
  /** `live`: dispatches are sent; `draining`: told to go away (or resuming), dispatches only logged. */
  state: 'hello' | 'live' | 'draining' | 'closed';
  session: GatewaySession | undefined;
}

interface Fault {
  readonly matcher: RouteMatcher;
  remaining: number;
  readonly kind: 'rate-limit' | 'failure';
  readonly status: number;
  readonly retryAfterSeconds: number;
  readonly global: boolean;
  readonly scope: string;
}

interface RouteContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly method: string;
  readonly path: string;
  readonly template: string;
  /** `'METHOD template'` for messages. */
  readonly route: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: unknown;
}

interface RouteDef {
  readonly method: string;
  readonly template: string;
  readonly regexp: RegExp;
  readonly paramNames: readonly string[];
  readonly literals: number;
  readonly auth: boolean;
  readonly handler: (ctx: RouteContext) => void;
}

/** Discord JSON error. */
class DiscordError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

const API_PREFIX = '/api/v10';
const GATEWAY_PATH = '/gateway';
const RESUME_GATEWAY_PATH = '/resume-gateway';
const MAX_BODY_BYTES = 10 * 1024 * 1024;
const MAX_LOGGED_DISPATCHES = 10_000;
const EMBED_TOTAL_LIMIT = 6000;
const LOADING_FLAG = 128;
/** Message flags a bot may set when creating a message through an interaction. */
const CREATABLE_FLAGS = MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds | MessageFlags.IsComponentsV2;

/** Callback types Discord accepts for each interaction type. */
const ALLOWED_CALLBACKS: Readonly<Record<number, readonly number[]>> = {
  [InteractionType.Ping]: [InteractionResponseType.Pong],
  [InteractionType.ApplicationCommand]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
    InteractionResponseType.LaunchActivity,
  ],
  [InteractionType.MessageComponent]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
    InteractionResponseType.LaunchActivity,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [InteractionResponseType.ApplicationCommandAutocompleteResult],
  [InteractionType.ModalSubmit]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
  ],
};

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function interactionLabel(payload: APIInteraction): string {
  const data: unknown = 'data' in payload ? payload.data : undefined;
  const name = isRecord(data) && typeof data['name'] === 'string' ? data['name'] : '?';
  const customId = isRecord(data) && typeof data['custom_id'] === 'string' ? data['custom_id'] : '?';
  switch (payload.type) {
    case InteractionType.ApplicationCommand: {
      const commandType = isRecord(data) ? data['type'] : undefined;
      if (commandType === ApplicationCommandType.Message) return `message menu "${name}"`;
      if (commandType === ApplicationCommandType.User) return `user menu "${name}"`;
      return `/${name}`;
    }
    case InteractionType.ApplicationCommandAutocomplete:
      return `autocomplete /${name}`;
    case InteractionType.MessageComponent:
      return `component ${customId}`;
    case InteractionType.ModalSubmit:
      return `modal ${customId}`;
    default:
      return `interaction type ${String(payload.type)}`;
  }
}

function routeMatches(matcher: RouteMatcher, call: RequestCall): boolean {
  if (typeof matcher === 'function') return matcher(call);
  if (matcher instanceof RegExp) return matcher.test(`${call.method} ${call.path}`);
  const space = matcher.indexOf(' ');
  const method = space > 0 ? matcher.slice(0, space).toUpperCase() : undefined;
  const target = space > 0 ? matcher.slice(space + 1) : matcher;
  if (method !== undefined && method !== call.method) return false;
  return target === call.template || target === call.path;
}

function embedLength(embed: unknown): number {
  if (!isRecord(embed)) return 0;
  const text = (v: unknown): number => (typeof v === 'string' ? v.length : 0);
  let total = text(embed['title']) + text(embed['description']);
  if (isRecord(embed['footer'])) total += text(embed['footer']['text']);
  if (isRecord(embed['author'])) total += text(embed['author']['name']);
  if (Array.isArray(embed['fields'])) {
    for (const field of embed['fields']) if (isRecord(field)) total += text(field['name']) + text(field['value']);
  }
  return total;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new DiscordError(413, 40005, 'Request entity too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * A running fake Discord. Create it with {@link startFakeDiscord}.
 */
export class FakeDiscord {
  /** The world the fake serves (application, bot, guild, channel, human user). */
  readonly world: FakeWorld;
  /** Token the fake accepts; pass it to `client.login()`. */
  readonly token: string;
  /**
   * Every breach of Discord's rules the bot committed, as readable strings (schema violations, late or duplicate
   * callbacks, edits before acknowledgement, unsafe `allowed_mentions`, …), plus every {@link anomalies} entry.
   * Assert `expect(fake.violations).toEqual([])`.
   */
  readonly violations: string[] = [];
  /** Bodies waiting for {@link FakeDiscord.checkHeldBodies} (option `checkBodiesLater`). */
  private readonly heldBodies: { method: string; template: string; route: string; body: unknown; rec: InteractionRecord | undefined }[] = [];
  /** Things the fake did not expect (unknown routes, unsupported bodies, odd gateway traffic); also in violations. */
  readonly anomalies: string[] = [];
  /** Every HTTP request received, in arrival order. */
  readonly requests: RecordedRequest[] = [];

  private readonly options: Required<Omit<FakeDiscordOptions, 'world' | 'token' | 'specPath'>>;
  private readonly spec: DiscordSpec;
  private readonly server: http.Server;
  private readonly wss: WebSocketServer;
  private readonly routes: RouteDef[] = [];
  private readonly interactions = new Map<string, InteractionRecord>();
  private readonly byToken = new Map<string, InteractionRecord>();
  private readonly commands = new Map<string, Map<string, StoredCommand>>();
  private readonly connections = new Set<GatewayConnection>();
  private readonly faults: Fault[] = [];
  private readonly pending: PendingDispatch[] = [];
  private readonly sessionWaiters: ((kind: 'identified' | 'resumed') => void)[] = [];
  private readonly gatewayStats = {
    connections: 0,
    identifies: 0,
    resumes: 0,
    failedResumes: 0,
    heartbeats: 0,
    closeCodes: [] as number[],
    connectionPaths: [] as string[],
  };
  private session: GatewaySession | undefined;
  private nextConnectionId = 1;
  private inflight = 0;
  private lastActivity = Date.now();
  private injectedFaults = 0;
  private port = 0;
  private closed = false;

  /** Prefer {@link startFakeDiscord}; a constructed fake must be started with {@link FakeDiscord.listen}. */
  constructor(options: FakeDiscordOptions = {}) {
    this.world = createWorld(options.world);
    this.token = options.token ?? `fake.${randomBytes(18).toString('base64url')}`;
    this.options = {
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      callbackDeadlineMs: options.callbackDeadlineMs ?? 3000,
      tokenLifetimeMs: options.tokenLifetimeMs ?? 15 * 60_000,
      deferredSettleMs: options.deferredSettleMs ?? 10_000,
      rejectInvalidBodies: options.rejectInvalidBodies ?? true,
      checkBodiesLater: options.checkBodiesLater ?? false,
      requireSafeMentions: options.requireSafeMentions ?? true,
    };
    this.spec = getDiscordSpec(options.specPath ?? DISCORD_OPENAPI_PATH);
    this.server = http.createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => this.onUpgrade(req, socket, head));
    this.defineRoutes();
  }

  /** Starts listening on an ephemeral 127.0.0.1 port. */
  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** REST base to pass as discord.js `rest.api` (`http://127.0.0.1:PORT/api`; the client appends `/v10`). */
  get restUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Gateway URL returned by `GET /gateway/bot`. */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}${GATEWAY_PATH}`;
  }

  /** `resume_gateway_url` sent in READY (a distinct path, so tests can see the client resumed there). */
  get resumeGatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}${RESUME_GATEWAY_PATH}`;
  }

  /**
   * Client options that point discord.js at this fake: REST base, no rate-limit offset, 3 retries, 5 s × TIME_SCALE timeout,
   * a no-op identify throttle and `allowedMentions: { parse: [] }`. Spread them into `new Client({...})`.
   */
  clientOptions(): Pick<ClientOptions, 'rest' | 'ws' | 'allowedMentions'> {
    return fakeClientOptions(this.restUrl);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Payload builders

  /**
   * Builds a slash-command interaction. Option types come from the registered command when the bot registered one
   * with this name, else from the JS values (string → 3, integer → 4, other number → 10, boolean → 5).
   *
   * @param name - Command name.
   * @param options - `{ name: value }` or explicit {@link TypedOption}s.
   * @param ctx - Locale, user, permissions.
   */
  slashCommand(name: string, options: OptionsInput = {}, ctx: InteractionContext = {}) {
    return buildSlashCommand(this.world, name, options, ctx, this.findCommand(name, ApplicationCommandType.ChatInput));
  }

  /**
   * Builds an autocomplete interaction with `focused` marked.
   *
   * @param name - Command name.
   * @param options - Options typed so far (the focused one's value is the partial text).
   * @param focused - Name of the focused option.
   * @param ctx - Locale, user, permissions.
   */
  autocomplete(name: string, options: OptionsInput, focused: string, ctx: InteractionContext = {}) {
    return buildAutocomplete(
      this.world,
      name,
      options,
      focused,
      ctx,
      this.findCommand(name, ApplicationCommandType.ChatInput),
    );
  }

  /**
   * Builds a button click. Without `message`, the button sits on a fresh bot message in the channel.
   *
   * @param customId - The button's `custom_id`.
   * @param ctx - Locale, user, permissions, and optionally the message carrying the button.
   */
  button(customId: string, ctx: InteractionContext & { readonly message?: APIMessage } = {}) {
    const message = ctx.message ?? this.botMessage({ content: 'Message with a button', components: [buttonRow(customId)] });
    return buildButton(this.world, customId, message, ctx);
  }

  /**
   * Builds the submission of a form the bot opened (a modal), with its text fields' values.
   *
   * @param customId - The form's `custom_id` (as the bot sent it in its type 9 callback).
   * @param fields - Text field values by their `custom_id`.
   * @param ctx - Locale, user, permissions, and optionally the message whose button opened the form.
   */
  modalSubmit(customId: string, fields: Readonly<Record<string, string>>, ctx: InteractionContext & { readonly message?: APIMessage } = {}) {
    return buildModalSubmit(this.world, customId, fields, ctx, ctx.message);
  }

  /**
   * Builds a message context-menu command on `target` (default: a message from the human user).
   *
   * @param name - Command name.
   * @param target - The message, or the content of a new message by the human user.
   * @param ctx - Locale, user, permissions.
   */
  messageContextMenu(name: string, target: APIMessage | string = 'Some message', ctx: InteractionContext = {}) {
    const message = typeof target === 'string' ? this.userMessage(target) : target;
    return buildMessageContextMenu(
      this.world,
      name,
      message,
      ctx,
      this.findCommand(name, ApplicationCommandType.Message),
    );
  }

  /** A complete message authored by the bot in the world's channel. */
  botMessage(init: Omit<MessageInit, 'author'> = {}): APIMessage {
    return buildMessage(this.world, init);
  }

  /** A complete message authored by the human user in the world's channel. */
  userMessage(content: string): APIMessage {
    return buildMessage(this.world, { author: this.world.user, content });
  }

  // -------------------------------------------------------------------------------------------------------------
  // Driving the bot

  /**
   * Sends INTERACTION_CREATE to the bot and records what it does.
   *
   * If the gateway session is connected, the dispatch is written at once; if the session is between sockets
   * (reconnecting), it is logged and replayed on RESUME; if there is no session yet, it is delivered after the next
   * READY. The callback deadline runs from this call either way, as Discord's runs from the user's click.
   *
   * @param payload - An interaction, typically from a builder such as {@link FakeDiscord.slashCommand}.
   * @param options - When to resolve, see {@link InteractOptions}.
   * @returns The live outcome; never rejects (a missing answer shows as `expired`).
   */
  interact(payload: APIInteraction, options: InteractOptions = {}): Promise<InteractionOutcome> {
    if (this.closed) return Promise.reject(new Error('FakeDiscord is closed'));
    if (this.interactions.has(payload.id) || this.byToken.has(payload.token)) {
      return Promise.reject(new Error(`interaction id/token reused: ${payload.id}`));
    }
    const messages = new Map<string, APIMessage>();
    const followUpIds: string[] = [];
    let resolve: (outcome: InteractionOutcome) => void = () => {};
    const promise = new Promise<InteractionOutcome>((r) => {
      resolve = r;
    });
    const rec: InteractionRecord = {
      payload,
      outcome: {
        id: payload.id,
        token: payload.token,
        type: payload.type,
        label: interactionLabel(payload),
        createdAt: Date.now(),
        dispatchedAt: undefined,
        callback: undefined,
        callbackAttempts: 0,
        edits: [],
        followUps: [],
        rejected: [],
        expired: false,
        get original() {
          return rec.originalId === undefined ? undefined : messages.get(rec.originalId);
        },
        get followUpMessages() {
          return followUpIds.flatMap((id) => messages.get(id) ?? []);
        },
      },
      until: options.until ?? 'response',
      messages,
      originalId: undefined,
      followUpIds,
      settled: false,
      resolve,
      deadlineTimer: setTimeout(() => this.onDeadline(rec), this.options.callbackDeadlineMs).unref(),
      settleTimer: undefined,
    };
    this.interactions.set(payload.id, rec);
    this.byToken.set(payload.token, rec);
    this.enqueueDispatch('INTERACTION_CREATE', payload, payload.id);
    return promise;
  }

  /**
   * Sends an arbitrary gateway dispatch (sequenced, logged for resume, queued while there is no session).
   *
   * @param t - Event name, e.g. `'GUILD_UPDATE'`.
   * @param d - Event data.
   */
  dispatch(t: string, d: unknown): void {
    this.enqueueDispatch(t, d, undefined);
  }

  private enqueueDispatch(t: string, d: unknown, interactionId: string | undefined): void {
    const session = this.session;
    if (!session) {
      this.pending.push({ t, d, interactionId });
      return;
    }
    const entry: LoggedDispatch = { s: ++session.seq, t, d, interactionId, delivered: false };
    session.log.push(entry);
    if (session.log.length > MAX_LOGGED_DISPATCHES) session.log.shift();
    const socket = session.socket;
    if (socket?.state === 'live') this.sendDispatch(socket, entry);
  }

  /** Resolves at the next completed IDENTIFY (`'identified'`, after GUILD_CREATE) or RESUME (`'resumed'`). */
  nextSession(): Promise<'identified' | 'resumed'> {
    return new Promise((resolve) => this.sessionWaiters.push(resolve));
  }

  /**
   * Resolves when nothing is happening: no HTTP request in flight, every interaction settled, nothing waiting to be
   * dispatched, and no traffic for `quietMs`.
   *
   * @param options - `timeoutMs` (default 10 000 × TIME_SCALE, see timeScale.ts; then rejects with what is still pending), `quietMs` (default 30 ms × TIME_SCALE, at most 120 ms: gateway heartbeats count as traffic, and the tests beat every 250–300 ms × TIME_SCALE).
   */
  async waitForIdle(options: { readonly timeoutMs?: number; readonly quietMs?: number } = {}): Promise<void> {
    const timeoutMs = options.timeoutMs ?? 10_000 * TIME_SCALE;
    const quietMs = options.quietMs ?? Math.min(30 * TIME_SCALE, 120);
    const start = Date.now();
    for (;;) {
      const unsettled = [...this.interactions.values()].filter((r) => !r.settled);
      const undelivered =
        this.pending.length + (this.session?.log.filter((entry) => !entry.delivered).length ?? 0);
      const busy = this.inflight > 0 || unsettled.length > 0 || undelivered > 0;
      if (!busy && Date.now() - this.lastActivity >= quietMs) return;
      if (Date.now() - start > timeoutMs) {
        const labels = unsettled.slice(0, 5).map((r) => `${r.outcome.label} (${r.outcome.id})`);
        throw new Error(
          `waitForIdle timed out after ${timeoutMs} ms: ${this.inflight} request(s) in flight, ` +
            `${unsettled.length} unsettled interaction(s) [${labels.join(', ')}], ${undelivered} undelivered dispatch(es)`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Counters and dispatch → callback latencies. */
  stats(): FakeDiscordStats {
    const records = [...this.interactions.values()];
    const callbacksPerInteraction: Record<string, number> = {};
    for (const r of records) callbacksPerInteraction[r.outcome.id] = r.outcome.callbackAttempts;
    const latenciesMs = records.flatMap((r) => (r.outcome.callback ? [r.outcome.callback.latencyMs] : []));
    return {
      interactions: records.length,
      answered: records.filter((r) => r.outcome.callback).length,
      unanswered: records.filter((r) => !r.outcome.callback).map((r) => r.outcome.id),
      callbacksPerInteraction,
      answeredMoreThanOnce: records.filter((r) => r.outcome.callbackAttempts > 1).map((r) => r.outcome.id),
      latenciesMs,
      latency:
        latenciesMs.length === 0
          ? undefined
          : {
              count: latenciesMs.length,
              p50: percentile(latenciesMs, 50),
              p99: percentile(latenciesMs, 99),
              max: Math.max(...latenciesMs),
            },
      gateway: {
        ...this.gatewayStats,
        closeCodes: [...this.gatewayStats.closeCodes],
        connectionPaths: [...this.gatewayStats.connectionPaths],
      },
      requests: this.requests.length,
      injectedFaults: this.injectedFaults,
    };
  }

  /** Outcomes of every interaction created so far, in creation order. */
  outcomes(): InteractionOutcome[] {
    return [...this.interactions.values()].map((r) => r.outcome);
  }

  /** Commands registered by the bot: global ones and the world's guild's ones. */
  registeredCommands(): { readonly global: readonly StoredCommand[]; readonly guild: readonly StoredCommand[] } {
    return {
      global: [...(this.commands.get('global')?.values() ?? [])],
      guild: [...(this.commands.get(this.world.guildId)?.values() ?? [])],
    };
  }

  // -------------------------------------------------------------------------------------------------------------
  // Fault injection

  /**
   * Sends op 7 RECONNECT on the live socket. discord.js closes it, reconnects to `resume_gateway_url` and RESUMEs;
   * dispatches sent meanwhile (including interactions) are replayed.
   */
  reconnect(): void {
    const conn = this.requireLiveSocket('reconnect');
    this.sendOp(conn, GatewayOpcodes.Reconnect, null);
    conn.state = 'draining';
  }

  /**
   * Sends op 9 INVALID_SESSION.
   *
   * @param resumable - `false` (default): the session is dropped and the client re-identifies; dispatches it never
   * received are delivered after the new READY. `true`: the client RESUMEs on the same socket.
   */
  invalidateSession(resumable = false): void {
    const conn = this.requireLiveSocket('invalidateSession');
    this.sendOp(conn, GatewayOpcodes.InvalidSession, resumable);
    conn.state = 'draining';
    if (!resumable && this.session) {
      this.retireSession(this.session);
      conn.session = undefined;
    }
  }

  /**
   * Closes the live gateway socket with a close code (default 4000, "unknown error": discord.js resumes).
   *
   * @param code - WebSocket close code.
   * @param reason - Close reason.
   */
  closeSocket(code = 4000, reason = 'Closed by the fake Discord'): void {
    const conn = this.requireLiveSocket('closeSocket');
    conn.state = 'draining';
    conn.ws.close(code, reason);
  }

  /**
   * Answers the next matching request(s) with 429, `Retry-After` (seconds, may be fractional), `X-RateLimit-Scope`
   * and body `{ message, retry_after, global }`. The refused request is not recorded as a callback or edit.
   *
   * @param matcher - Which requests, e.g. {@link FakeRoutes.interactionCallback}.
   * @param retryAfterSeconds - Value of `Retry-After` and `retry_after`.
   * @param options - `count` (default 1), `global` (default false), `scope` (default `'user'`).
   */
  rateLimitNext(
    matcher: RouteMatcher,
    retryAfterSeconds: number,
    options: { readonly count?: number; readonly global?: boolean; readonly scope?: 'user' | 'global' | 'shared' } = {},
  ): void {
    this.faults.push({
      matcher,
      remaining: options.count ?? 1,
      kind: 'rate-limit',
      status: 429,
      retryAfterSeconds,
      global: options.global ?? false,
      scope: options.scope ?? (options.global ? 'global' : 'user'),
    });
  }

  /**
   * Answers the next matching request(s) with a server error before doing anything else, so the refused attempt is
   * not an acknowledgement and a client retry is the first real callback.
   *
   * @param matcher - Which requests.
   * @param status - HTTP status (default 500).
   * @param options - `count` (default 1).
   */
  failNext(matcher: RouteMatcher, status = 500, options: { readonly count?: number } = {}): void {
    this.faults.push({
      matcher,
      remaining: options.count ?? 1,
      kind: 'failure',
      status,
      retryAfterSeconds: 0,
      global: false,
      scope: 'user',
    });
  }

  /**
   * Stops the fake: resolves pending {@link interact} promises, closes gateway sockets and the HTTP server.
   * Destroy the discord.js client first, or it will try to reconnect.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const rec of this.interactions.values()) this.settle(rec);
    for (const conn of this.connections) conn.ws.terminate();
    this.connections.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // -------------------------------------------------------------------------------------------------------------
  // Recording

  /**
   * Checks the bodies held by `checkBodiesLater` against Discord's schema, recording a violation for each that breaks
   * it (as on arrival, but none is refused: it was answered already).
   * @returns how many bodies were checked
   */
  checkHeldBodies(): number {
    const held = this.heldBodies.splice(0);
    for (const h of held) {
      const check = this.spec.validateBody(h.method, h.template, h.body);
      if (!check.ok) this.violation(`${h.route}${h.rec ? ` [${this.describe(h.rec)}]` : ''}: violates Discord's schema: ${check.summary}`);
    }
    return held.length;
  }

  private violation(message: string): void {
    this.violations.push(message);
  }

  private anomaly(message: string): void {
    this.anomalies.push(message);
    this.violations.push(`anomaly: ${message}`);
  }

  private touch(): void {
    this.lastActivity = Date.now();
  }

  private onDeadline(rec: InteractionRecord): void {
    rec.deadlineTimer = undefined;
    if (rec.outcome.callback || rec.settled) return;
    rec.outcome.expired = true;
    this.violation(
      `interaction ${rec.outcome.id} (${rec.outcome.label}): no callback within ${this.options.callbackDeadlineMs} ms ` +
        `(Discord: "The application did not respond")`,
    );
    this.settle(rec);
  }

  private settle(rec: InteractionRecord): void {
    if (rec.settled) return;
    rec.settled = true;
    if (rec.deadlineTimer) clearTimeout(rec.deadlineTimer);
    if (rec.settleTimer) clearTimeout(rec.settleTimer);
    rec.deadlineTimer = undefined;
    rec.settleTimer = undefined;
    rec.resolve(rec.outcome);
  }

  private reject(rec: InteractionRecord | undefined, ctx: RouteContext, error: DiscordError): never {
    rec?.outcome.rejected.push({
      route: ctx.route,
      status: error.status,
      code: error.code,
      reason: error.message,
      at: Date.now(),
    });
    throw error;
  }

  private describe(rec: InteractionRecord): string {
    return `interaction ${rec.outcome.id} (${rec.outcome.label})`;
  }

  // -------------------------------------------------------------------------------------------------------------
  // HTTP

  private route(method: string, template: string, auth: boolean, handler: (ctx: RouteContext) => void): void {
    if (!this.spec.operation(method, template)) {
      throw new Error(`fake route ${method} ${template} is not an operation of Discord's OpenAPI spec`);
    }
    const paramNames: string[] = [];
    const source = template
      .split('/')
      .map((segment) => {
        const m = /^\{([^}]+)\}$/.exec(segment);
        if (m?.[1]) {
          paramNames.push(m[1]);
          return '([^/]+)';
        }
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    const literals = template.split('/').filter((s) => s !== '' && !s.startsWith('{')).length;
    this.routes.push({ method, template, regexp: new RegExp(`^${source}$`), paramNames, literals, auth, handler });
    this.routes.sort((a, b) => b.literals - a.literals);
  }

  private matchRoute(method: string, path: string): { def: RouteDef; params: Record<string, string> } | undefined {
    for (const def of this.routes) {
      if (def.method !== method) continue;
      const m = def.regexp.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      def.paramNames.forEach((name, i) => {
        params[name] = m[i + 1] ?? '';
      });
      return { def, params };
    }
    return undefined;
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.inflight++;
    this.touch();
    const at = Date.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // discord.js percent-encodes segments (`@original` arrives as `%40original`); match on decoded segments.
    const decoded = url.pathname
      .split('/')
      .map((segment) => {
        try {
          return decodeURIComponent(segment);
        } catch {
          return segment;
        }
      })
      .join('/');
    const path = decoded.startsWith(`${API_PREFIX}/`) ? decoded.slice(API_PREFIX.length) : decoded;
    const matched = url.pathname.startsWith(`${API_PREFIX}/`) ? this.matchRoute(method, path) : undefined;
    const template = matched?.def.template ?? this.spec.findOperation(method, path)?.template;
    const call: RequestCall = { method, path, template };
    let fault: RecordedRequest['fault'];
    try {
      const raw = await readBody(req);
      const injected = this.takeFault(call);
      if (injected) {
        fault = injected.kind;
        this.injectedFaults++;
        this.sendFault(res, injected);
        return;
      }
      if (!matched) {
        this.anomaly(`unknown route ${method} ${url.pathname}${template ? ` (spec: ${template})` : ''}`);
        throw new DiscordError(404, 0, '404: Not Found');
      }
      const ctx: RouteContext = {
        req,
        res,
        method,
        path,
        template: matched.def.template,
        route: `${method} ${matched.def.template}`,
        params: matched.params,
        query: url.searchParams,
        body: await this.parseBody(req, raw, `${method} ${matched.def.template}`),
      };
      if (matched.def.auth && req.headers.authorization !== `Bot ${this.token}`) {
        this.anomaly(`${ctx.route}: missing or wrong Authorization header`);
        throw new DiscordError(401, 0, '401: Unauthorized');
      }
      this.validateBody(ctx);
      matched.def.handler(ctx);
    } catch (error) {
      if (error instanceof DiscordError) {
        this.sendJson(res, error.status, { message: error.message, code: error.code });
      } else {
        this.anomaly(`fake failed on ${method} ${path}: ${error instanceof Error ? error.stack : String(error)}`);
        if (!res.headersSent) this.sendJson(res, 500, { message: '500: Internal Server Error', code: 0 });
      }
    } finally {
      this.requests.push({ method, path, template, status: res.statusCode, at, ...(fault ? { fault } : {}) });
      this.inflight--;
      this.touch();
    }
  }

  /**
   * Parses a JSON body, or the `payload_json` part of a multipart body (attached files are ignored).
   */
  private async parseBody(req: IncomingMessage, raw: Buffer, route: string): Promise<unknown> {
    if (raw.length === 0) return undefined;
    const type = req.headers['content-type'] ?? '';
    let text: string;
    if (type.startsWith('application/json')) {
      text = raw.toString('utf8');
    } else if (type.startsWith('multipart/form-data')) {
      let payload: unknown;
      try {
        payload = (await new Response(new Uint8Array(raw), { headers: { 'Content-Type': type } }).formData()).get(
          'payload_json',
        );
      } catch {
        payload = undefined;
      }
      if (typeof payload !== 'string') {
        this.anomaly(`${route}: multipart body without a payload_json part`);
        throw new DiscordError(400, 50035, 'Invalid Form Body');
      }
      text = payload;
    } else {
      this.anomaly(`${route}: unsupported request body type "${type}"`);
      throw new DiscordError(400, 50035, 'Invalid Form Body');
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      this.anomaly(`${route}: body is not valid JSON`);
      throw new DiscordError(400, 50109, 'The request body contains invalid JSON.');
    }
  }

  private validateBody(ctx: RouteContext): void {
    const op = this.spec.operation(ctx.method, ctx.template);
    if (!op?.hasJsonBody) return;
    if (ctx.body === undefined) {
      if (op.bodyRequired) {
        this.violation(`${ctx.route}: request body missing`);
        this.reject(this.interactionFor(ctx), ctx, new DiscordError(400, 50035, 'Invalid Form Body'));
      }
      return;
    }
    if (this.options.checkBodiesLater) {
      this.heldBodies.push({ method: ctx.method, template: ctx.template, route: ctx.route, body: ctx.body, rec: this.interactionFor(ctx) });
      return;
    }
    const check = this.spec.validateBody(ctx.method, ctx.template, ctx.body);
    if (check.ok) return;
    const rec = this.interactionFor(ctx);
    this.violation(`${ctx.route}${rec ? ` [${this.describe(rec)}]` : ''}: violates Discord's schema: ${check.summary}`);
    if (this.options.rejectInvalidBodies) {
      if (rec && ctx.template === '/interactions/{interaction_id}/{interaction_token}/callback') {
        rec.outcome.callbackAttempts++;
      }
      this.reject(rec, ctx, new DiscordError(400, 50035, `Invalid Form Body: ${check.summary}`));
    }
  }

  /** The interaction a request refers to, by interaction id or webhook token. */
  private interactionFor(ctx: RouteContext): InteractionRecord | undefined {
    const id = ctx.params['interaction_id'];
    if (id !== undefined) return this.interactions.get(id);
    const token = ctx.params['webhook_token'];
    return token === undefined ? undefined : this.byToken.get(token);
  }

  private takeFault(call: RequestCall): Fault | undefined {
    const index = this.faults.findIndex((f) => f.remaining > 0 && routeMatches(f.matcher, call));
    if (index < 0) return undefined;
    const fault = this.faults[index];
    if (!fault) return undefined;
    fault.remaining--;
    if (fault.remaining <= 0) this.faults.splice(index, 1);
    return fault;
  }

  private sendFault(res: ServerResponse, fault: Fault): void {
    if (fault.kind === 'failure') {
      this.sendJson(res, fault.status, { message: `${fault.status}: Internal Server Error`, code: 0 });
      return;
    }
    const seconds = String(fault.retryAfterSeconds);
    this.sendJson(
      res,
      429,
      { message: 'You are being rate limited.', retry_after: fault.retryAfterSeconds, global: fault.global },
      {
        'Retry-After': seconds,
        'X-RateLimit-Scope': fault.scope,
        'X-RateLimit-Limit': '1',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset-After': seconds,
        ...(fault.global ? { 'X-RateLimit-Global': 'true' } : {}),
      },
    );
  }

  private sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(text),
      ...headers,
    });
    res.end(text);
  }

  private sendEmpty(res: ServerResponse): void {
    res.writeHead(204);
    res.end();
  }

  private defineRoutes(): void {
    const world = this.world;
    this.route('GET', '/gateway/bot', true, ({ res }) =>
      this.sendJson(res, 200, {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      }),
    );
    this.route('GET', '/gateway', false, ({ res }) => this.sendJson(res, 200, { url: this.gatewayUrl }));
    this.route('GET', '/users/@me', true, ({ res }) => this.sendJson(res, 200, world.botUser));
    this.route('GET', '/applications/@me', true, ({ res }) =>
      this.sendJson(res, 200, {
        id: world.applicationId,
        name: world.botUser.username,
        icon: null,
        description: '',
        summary: '',
        type: null,
        bot_public: false,
        bot_require_code_grant: false,
        verify_key: 'f'.repeat(64),
        flags: 0,
        team: null,
        owner: world.user,
        bot: world.botUser,
        integration_types_config: { '0': {} },
      }),
    );
    for (const template of ['/applications/{application_id}/commands', '/applications/{application_id}/guilds/{guild_id}/commands']) {
      this.route('GET', template, true, (ctx) => this.sendJson(ctx.res, 200, [...this.commandScope(ctx).values()]));
      this.route('PUT', template, true, (ctx) => this.putCommands(ctx));
      this.route('POST', template, true, (ctx) => this.postCommand(ctx));
    }
    this.route('POST', '/interactions/{interaction_id}/{interaction_token}/callback', false, (ctx) =>
      this.onCallback(ctx),
    );
    this.route('POST', '/webhooks/{webhook_id}/{webhook_token}', false, (ctx) => this.onFollowUp(ctx));
    for (const template of [
      '/webhooks/{webhook_id}/{webhook_token}/messages/@original',
      '/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}',
    ]) {
      this.route('GET', template, false, (ctx) => this.onWebhookMessage(ctx, 'get'));
      this.route('PATCH', template, false, (ctx) => this.onWebhookMessage(ctx, 'edit'));
      this.route('DELETE', template, false, (ctx) => this.onWebhookMessage(ctx, 'delete'));
    }
  }

  // --- commands

  private commandScope(ctx: RouteContext): Map<string, StoredCommand> {
    if (ctx.params['application_id'] !== this.world.applicationId) {
      this.anomaly(`${ctx.route}: application id ${ctx.params['application_id'] ?? '?'} is not the bot's`);
      throw new DiscordError(404, 10002, 'Unknown Application');
    }
    const guildId = ctx.params['guild_id'];
    if (guildId !== undefined && guildId !== this.world.guildId) {
      this.anomaly(`${ctx.route}: guild ${guildId} is not the fake guild`);
      throw new DiscordError(403, 50001, 'Missing Access');
    }
    const key = guildId ?? 'global';
    let scope = this.commands.get(key);
    if (!scope) {
      scope = new Map();
      this.commands.set(key, scope);
    }
    return scope;
  }

  private storeCommand(scope: Map<string, StoredCommand>, input: JsonRecord, guildId: string | undefined) {
    const type = typeof input['type'] === 'number' ? input['type'] : ApplicationCommandType.ChatInput;
    const name = typeof input['name'] === 'string' ? input['name'] : '';
    const existing = [...scope.values()].find((c) => c.name === name && c.type === type);
    const command: StoredCommand = {
      default_member_permissions: null,
      nsfw: false,
      contexts: null,
      integration_types: [0],
      ...input,
      id: existing?.id ?? nextSnowflake(),
      application_id: this.world.applicationId,
      version: nextSnowflake(),
      type,
      name,
      description: typeof input['description'] === 'string' ? input['description'] : '',
      ...(guildId !== undefined ? { guild_id: guildId } : {}),
    };
    scope.set(command.id, command);
    return { command, created: existing === undefined };
  }

  private putCommands(ctx: RouteContext): void {
    const scope = this.commandScope(ctx);
    const list = Array.isArray(ctx.body) ? ctx.body.filter(isRecord) : [];
    const previous = new Map(scope);
    scope.clear();
    const stored = list.map((input) => {
      const old = [...previous.values()].find(
        (c) => c.name === input['name'] && c.type === (input['type'] ?? ApplicationCommandType.ChatInput),
      );
      if (old) scope.set(old.id, old);
      const { command } = this.storeCommand(scope, input, ctx.params['guild_id']);
      return command;
    });
    this.sendJson(ctx.res, 200, stored);
  }

  private postCommand(ctx: RouteContext): void {
    const scope = this.commandScope(ctx);
    const input = isRecord(ctx.body) ? ctx.body : {};
    const { command, created } = this.storeCommand(scope, input, ctx.params['guild_id']);
    this.sendJson(ctx.res, created ? 201 : 200, command);
  }

  private findCommand(name: string, type: ApplicationCommandType): CommandShape | undefined {
    for (const key of [this.world.guildId, 'global']) {
      for (const command of this.commands.get(key)?.values() ?? []) {
        if (command.name !== name || command.type !== type) continue;
        const optionTypes = new Map<string, number>();
        const options = command['options'];
        if (Array.isArray(options)) {
          for (const option of options) {
            if (isRecord(option) && typeof option['name'] === 'string' && typeof option['type'] === 'number') {
              optionTypes.set(option['name'], option['type']);
            }
          }
        }
        return { id: command.id, name, type, guildId: command.guild_id, optionTypes };
      }
    }
    return undefined;
  }

  // --- interaction callbacks and webhooks

  private onCallback(ctx: RouteContext): void {
    const rec = this.interactions.get(ctx.params['interaction_id'] ?? '');
    if (!rec || rec.payload.token !== ctx.params['interaction_token']) {
      this.violation(`${ctx.route}: callback for an unknown interaction ${ctx.params['interaction_id'] ?? '?'}`);
      throw new DiscordError(404, 10062, 'Unknown interaction');
    }
    const outcome = rec.outcome;
    outcome.callbackAttempts++;
    const body = isRecord(ctx.body) ? ctx.body : {};
    const type = typeof body['type'] === 'number' ? body['type'] : -1;
    if (outcome.callback) {
      this.violation(
        `${this.describe(rec)}: second callback (type ${type}) after type ${outcome.callback.type} → 400 40060`,
      );
      this.reject(rec, ctx, new DiscordError(400, 40060, 'Interaction has already been acknowledged.'));
    }
    const age = Date.now() - outcome.createdAt;
    if (age > this.options.callbackDeadlineMs) {
      if (!outcome.expired) {
        this.violation(`${this.describe(rec)}: first callback after ${age} ms (limit ${this.options.callbackDeadlineMs}) → 404 10062`);
      }
      outcome.expired = true;
      this.reject(rec, ctx, new DiscordError(404, 10062, 'Unknown interaction'));
    }
    if (!(ALLOWED_CALLBACKS[rec.payload.type] ?? []).includes(type)) {
      this.violation(`${this.describe(rec)}: callback type ${type} is not allowed for this interaction type`);
      this.reject(rec, ctx, new DiscordError(400, 50035, 'Invalid Form Body: interaction response type'));
    }
    const data = isRecord(body['data']) ? body['data'] : undefined;
    const safeMentions =
      data &&
      (type === InteractionResponseType.ChannelMessageWithSource || type === InteractionResponseType.UpdateMessage)
        ? this.checkMessageBody(`${ctx.route} [${this.describe(rec)}]`, data)
        : undefined;
    const now = Date.now();
    const withResponse = ctx.query.get('with_response') === 'true';
    outcome.callback = {
      type,
      data,
      body: ctx.body,
      at: now,
      latencyMs: now - (outcome.dispatchedAt ?? outcome.createdAt),
      withResponse,
      safeMentions,
    };
    if (rec.deadlineTimer) clearTimeout(rec.deadlineTimer);
    rec.deadlineTimer = undefined;
    const message = this.applyCallbackToMessages(rec, type, data);
    if (withResponse) {
      this.sendJson(ctx.res, 200, {
        interaction: {
          id: outcome.id,
          type: outcome.type,
          ...(message
            ? {
                response_message_id: message.id,
                response_message_loading: ((message.flags ?? 0) & LOADING_FLAG) !== 0,
                response_message_ephemeral: ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
              }
            : {}),
        },
        ...(message ? { resource: { type, message } } : {}),
      });
    } else {
      this.sendEmpty(ctx.res);
    }
    const deferred =
      type === InteractionResponseType.DeferredChannelMessageWithSource ||
      type === InteractionResponseType.DeferredMessageUpdate;
    if (!deferred || rec.until === 'callback') {
      this.settle(rec);
    } else {
      rec.settleTimer = setTimeout(() => this.settle(rec), this.options.deferredSettleMs);
      rec.settleTimer.unref();
    }
  }

  /** Creates or updates the original response message for an accepted callback; returns it, if any. */
  private applyCallbackToMessages(rec: InteractionRecord, type: number, data: JsonRecord | undefined) {
    const payload = rec.payload;
    const metadata = this.interactionMetadata(rec);
    const flags = typeof data?.['flags'] === 'number' ? data['flags'] : 0;
    const messageType =
      payload.type === InteractionType.ApplicationCommand
        ? 'data' in payload && payload.data.type === ApplicationCommandType.ChatInput
          ? MessageType.ChatInputCommand
          : MessageType.ContextMenuCommand
        : MessageType.Reply;
    let message: APIMessage | undefined;
    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource:
        message = buildMessage(this.world, {
          ...this.messageFields(data ?? {}),
          flags: flags & CREATABLE_FLAGS,
          type: messageType,
          ...(metadata ? { interactionMetadata: metadata } : {}),
        });
        break;
      case InteractionResponseType.DeferredChannelMessageWithSource:
        message = buildMessage(this.world, {
          flags: (flags & MessageFlags.Ephemeral) | LOADING_FLAG,
          type: messageType,
          ...(metadata ? { interactionMetadata: metadata } : {}),
        });
        break;
      case InteractionResponseType.UpdateMessage:
      case InteractionResponseType.DeferredMessageUpdate:
        if ('message' in payload && payload.message) {
          message = structuredClone(payload.message);
          if (type === InteractionResponseType.UpdateMessage && data) this.applyEdit(message, data);
        }
        break;
      default:
        break;
    }
    if (message) {
      rec.messages.set(message.id, message);
      rec.originalId = message.id;
    }
    return message;
  }

  private interactionMetadata(rec: InteractionRecord): APIMessage['interaction_metadata'] {
    const payload = rec.payload;
    const user = 'member' in payload && payload.member ? payload.member.user : this.world.user;
    const owners = { '0': this.world.guildId };
    if (payload.type === InteractionType.ApplicationCommand) {
      return { id: payload.id, type: payload.type, user, authorizing_integration_owners: owners };
    }
    if (payload.type === InteractionType.MessageComponent) {
      return {
        id: payload.id,
        type: payload.type,
        user,
        authorizing_integration_owners: owners,
        interacted_message_id: payload.message.id,
      };
    }
    return undefined;
  }

  private messageFields(body: JsonRecord): Omit<MessageInit, 'flags' | 'type'> {
    return {
      ...(typeof body['content'] === 'string' ? { content: body['content'] } : {}),
      ...(Array.isArray(body['embeds'])
        ? { embeds: body['embeds'].map((e) => ({ type: 'rich', ...(isRecord(e) ? e : {}) }) as APIEmbed) }
        : {}),
      ...(Array.isArray(body['components']) ? { components: body['components'] as APIMessageTopLevelComponent[] } : {}),
    };
  }

  private applyEdit(message: APIMessage, body: JsonRecord): void {
    const fields = this.messageFields(body);
    if ('content' in body) message.content = fields.content ?? '';
    if ('embeds' in body) message.embeds = fields.embeds ?? [];
    if ('components' in body) message.components = fields.components ?? [];
    const keepFlags = (message.flags ?? 0) & ~LOADING_FLAG;
    const requested = typeof body['flags'] === 'number' ? body['flags'] & ~MessageFlags.Ephemeral & CREATABLE_FLAGS : 0;
    message.flags = keepFlags | requested;
    message.edited_timestamp = new Date().toISOString();
  }

  /**
   * Checks rules on message bodies that the schema does not encode (mentions, total embed size).
   *
   * @returns Whether `allowed_mentions` was safe (`{ parse: [] }`, no users, no roles).
   */
  private checkMessageBody(where: string, body: JsonRecord): boolean {
    const problems: string[] = [];
    const mentions = body['allowed_mentions'];
    if (!isRecord(mentions)) {
      problems.push('allowed_mentions missing (a reply could ping users); expected { parse: [] }');
    } else {
      const parse = mentions['parse'];
      const users = mentions['users'];
      const roles = mentions['roles'];
      if (!Array.isArray(parse) || parse.length > 0) {
        problems.push(`allowed_mentions.parse is ${JSON.stringify(parse)}, expected []`);
      }
      if (Array.isArray(users) && users.length > 0) problems.push('allowed_mentions.users is not empty');
      if (Array.isArray(roles) && roles.length > 0) problems.push('allowed_mentions.roles is not empty');
    }
    if (this.options.requireSafeMentions) for (const problem of problems) this.violation(`${where}: ${problem}`);
    if (Array.isArray(body['embeds'])) {
      const total = body['embeds'].reduce<number>((sum, e) => sum + embedLength(e), 0);
      if (total > EMBED_TOTAL_LIMIT) {
        this.violation(`${where}: embeds total ${total} characters, Discord allows ${EMBED_TOTAL_LIMIT}`);
      }
    }
    return problems.length === 0;
  }

  /** Resolves the interaction behind a webhook request and enforces Discord's webhook-token rules. */
  private webhookInteraction(ctx: RouteContext): InteractionRecord {
    const rec = this.byToken.get(ctx.params['webhook_token'] ?? '');
    if (ctx.params['webhook_id'] !== this.world.applicationId) {
      this.violation(`${ctx.route}: webhook id ${ctx.params['webhook_id'] ?? '?'} is not the application id`);
      this.reject(rec, ctx, new DiscordError(404, 10015, 'Unknown Webhook'));
    }
    if (!rec) {
      this.violation(`${ctx.route}: unknown interaction token`);
      throw new DiscordError(401, 50027, 'Invalid Webhook Token');
    }
    if (Date.now() - rec.outcome.createdAt > this.options.tokenLifetimeMs) {
      this.violation(`${this.describe(rec)}: ${ctx.route} after the token expired`);
      this.reject(rec, ctx, new DiscordError(401, 50027, 'Invalid Webhook Token'));
    }
    if (!rec.outcome.callback) {
      this.violation(`${this.describe(rec)}: ${ctx.route} before the interaction was acknowledged`);
      this.reject(rec, ctx, new DiscordError(404, 10015, 'Unknown Webhook'));
    }
    return rec;
  }

  private onFollowUp(ctx: RouteContext): void {
    const rec = this.webhookInteraction(ctx);
    const body = isRecord(ctx.body) ? ctx.body : {};
    const safeMentions = this.checkMessageBody(`${ctx.route} [${this.describe(rec)}]`, body);
    const flags = typeof body['flags'] === 'number' ? body['flags'] : 0;
    const metadata = this.interactionMetadata(rec);
    const message = buildMessage(this.world, {
      ...this.messageFields(body),
      flags: flags & CREATABLE_FLAGS,
      type: rec.payload.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Reply,
      ...(metadata ? { interactionMetadata: metadata } : {}),
    });
    rec.messages.set(message.id, message);
    rec.followUpIds.push(message.id);
    rec.outcome.followUps.push({
      kind: 'followUp',
      messageId: message.id,
      body: ctx.body,
      at: Date.now(),
      safeMentions,
    });
    if (ctx.query.get('wait') === 'true') this.sendJson(ctx.res, 200, message);
    else this.sendEmpty(ctx.res);
    this.settle(rec);
  }

  private onWebhookMessage(ctx: RouteContext, action: 'get' | 'edit' | 'delete'): void {
    const rec = this.webhookInteraction(ctx);
    const requested = ctx.params['message_id'];
    const messageId = requested === undefined ? rec.originalId : requested;
    const message = messageId === undefined ? undefined : rec.messages.get(messageId);
    if (!message || messageId === undefined) {
      this.violation(`${this.describe(rec)}: ${ctx.route} on a message that does not exist`);
      this.reject(rec, ctx, new DiscordError(404, 10008, 'Unknown Message'));
    }
    switch (action) {
      case 'get':
        this.sendJson(ctx.res, 200, message);
        return;
      case 'edit': {
        const body = isRecord(ctx.body) ? ctx.body : {};
        const safeMentions = this.checkMessageBody(`${ctx.route} [${this.describe(rec)}]`, body);
        this.applyEdit(message, body);
        rec.outcome.edits.push({ kind: 'edit', messageId, body: ctx.body, at: Date.now(), safeMentions });
        this.sendJson(ctx.res, 200, message);
        break;
      }
      case 'delete':
        rec.messages.delete(messageId);
        rec.outcome.edits.push({ kind: 'delete', messageId, body: undefined, at: Date.now(), safeMentions: undefined });
        this.sendEmpty(ctx.res);
        break;
    }
    this.settle(rec);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Gateway

  private onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (this.closed || (url.pathname !== GATEWAY_PATH && url.pathname !== RESUME_GATEWAY_PATH)) {
      if (!this.closed) this.anomaly(`gateway connection to unknown path ${url.pathname}`);
      socket.destroy();
      return;
    }
    const v = url.searchParams.get('v');
    const encoding = url.searchParams.get('encoding');
    const compress = url.searchParams.get('compress');
    if (v !== '10' || encoding !== 'json' || compress !== null) {
      this.anomaly(`gateway connection with unsupported query ${url.search} (expected v=10&encoding=json)`);
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, url.pathname));
  }

  private onConnection(ws: WebSocket, path: string): void {
    const conn: GatewayConnection = { id: this.nextConnectionId++, ws, path, state: 'hello', session: undefined };
    this.connections.add(conn);
    this.gatewayStats.connections++;
    this.gatewayStats.connectionPaths.push(path);
    ws.on('message', (data: RawData, isBinary: boolean) => this.onGatewayMessage(conn, data, isBinary));
    ws.on('close', (code: number) => this.onGatewayClose(conn, code));
    ws.on('error', (error: Error) => {
      if (!this.closed) this.anomaly(`gateway socket error: ${error.message}`);
    });
    this.sendOp(conn, GatewayOpcodes.Hello, { heartbeat_interval: this.options.heartbeatIntervalMs, _trace: ['fake'] });
  }

  private onGatewayClose(conn: GatewayConnection, code: number): void {
    this.touch();
    conn.state = 'closed';
    this.connections.delete(conn);
    this.gatewayStats.closeCodes.push(code);
    if (conn.session?.socket === conn) conn.session.socket = undefined;
  }

  private onGatewayMessage(conn: GatewayConnection, data: RawData, isBinary: boolean): void {
    this.touch();
    let payload: unknown;
    try {
      if (isBinary) throw new Error('binary frame');
      payload = JSON.parse(Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8'));
    } catch {
      this.anomaly('gateway: received a frame that is not JSON text');
      conn.ws.close(4002, 'Error while decoding payload.');
      return;
    }
    const op = isRecord(payload) ? payload['op'] : undefined;
    const d = isRecord(payload) ? payload['d'] : undefined;
    switch (op) {
      case GatewayOpcodes.Heartbeat:
        this.gatewayStats.heartbeats++;
        this.sendOp(conn, GatewayOpcodes.HeartbeatAck, null);
        return;
      case GatewayOpcodes.Identify:
        this.onIdentify(conn, d);
        return;
      case GatewayOpcodes.Resume:
        this.onResume(conn, d);
        return;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
        return;
      default:
        this.anomaly(`gateway: unexpected opcode ${String(op)}`);
        conn.ws.close(4001, 'Unknown opcode.');
    }
  }

  private onIdentify(conn: GatewayConnection, d: unknown): void {
    if (conn.session) {
      this.anomaly('gateway: IDENTIFY on an already authenticated connection');
      conn.ws.close(4005, 'Already authenticated.');
      return;
    }
    if (!isRecord(d) || d['token'] !== this.token) {
      this.anomaly('gateway: IDENTIFY with a wrong token');
      conn.ws.close(4004, 'Authentication failed.');
      return;
    }
    if (typeof d['intents'] !== 'number') this.anomaly('gateway: IDENTIFY without numeric intents');
    this.gatewayStats.identifies++;
    if (this.session) this.retireSession(this.session);
    const session: GatewaySession = { id: randomBytes(16).toString('hex'), seq: 0, log: [], socket: conn };
    this.session = session;
    conn.session = session;
    conn.state = 'live';
    this.dispatch('READY', readyPayload(this.world, session.id, this.resumeGatewayUrl));
    this.dispatch('GUILD_CREATE', guildCreatePayload(this.world));
    for (const item of this.pending.splice(0)) this.enqueueDispatch(item.t, item.d, item.interactionId);
    this.notifySession('identified');
  }

  private onResume(conn: GatewayConnection, d: unknown): void {
    const session = this.session;
    const seq = isRecord(d) && typeof d['seq'] === 'number' ? d['seq'] : -1;
    const oldest = session?.log[0]?.s ?? (session ? session.seq + 1 : 0);
    const valid =
      session !== undefined &&
      isRecord(d) &&
      d['session_id'] === session.id &&
      d['token'] === this.token &&
      seq >= 0 &&
      seq <= session.seq &&
      seq + 1 >= oldest;
    if (!valid) {
      this.gatewayStats.failedResumes++;
      this.sendOp(conn, GatewayOpcodes.InvalidSession, false);
      conn.state = 'draining';
      return;
    }
    if (session.socket && session.socket !== conn) {
      session.socket.session = undefined;
      session.socket.state = 'draining';
    }
    session.socket = conn;
    conn.session = session;
    conn.state = 'live';
    this.gatewayStats.resumes++;
    for (const entry of session.log) if (entry.s > seq) this.sendDispatch(conn, entry);
    this.dispatch('RESUMED', { _trace: ['fake'] });
    this.notifySession('resumed');
  }

  /** Drops a session; interactions it never delivered move to the queue for the next one. */
  private retireSession(session: GatewaySession): void {
    for (const entry of session.log) {
      if (!entry.delivered && entry.interactionId !== undefined) {
        this.pending.push({ t: entry.t, d: entry.d, interactionId: entry.interactionId });
      }
    }
    if (session.socket) session.socket.session = undefined;
    session.socket = undefined;
    if (this.session === session) this.session = undefined;
  }

  private notifySession(kind: 'identified' | 'resumed'): void {
    for (const waiter of this.sessionWaiters.splice(0)) waiter(kind);
  }

  private requireLiveSocket(action: string): GatewayConnection {
    const socket = this.session?.socket;
    if (!socket || socket.state !== 'live') throw new Error(`${action}: no live gateway connection`);
    return socket;
  }

  private sendOp(conn: GatewayConnection, op: GatewayOpcodes, d: unknown): void {
    if (conn.ws.readyState !== WebSocket.OPEN) return;
    conn.ws.send(JSON.stringify({ op, d, s: null, t: null }));
    this.touch();
  }

  private sendDispatch(conn: GatewayConnection, entry: LoggedDispatch): void {
    if (conn.ws.readyState !== WebSocket.OPEN) return;
    conn.ws.send(JSON.stringify({ op: GatewayOpcodes.Dispatch, t: entry.t, s: entry.s, d: entry.d }));
    entry.delivered = true;
    this.touch();
    if (entry.interactionId !== undefined) {
      const rec = this.interactions.get(entry.interactionId);
      if (rec && rec.outcome.dispatchedAt === undefined) rec.outcome.dispatchedAt = Date.now();
    }
  }
}
