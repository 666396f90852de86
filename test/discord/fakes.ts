/**
 * Test helpers for the Discord handlers: the real core built from the fixture corpus, tiny fake interactions that
 * record what would be sent, and the bodies as Discord's HTTP API would receive them.
 */
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { PROJECT_ROOT } from '../../src/config.js';
import { createCore, type BranoCore } from '../../src/core/brano.js';
import { loadCorpus } from '../../src/core/corpus.js';
import { Cooldowns } from '../../src/discord/cooldowns.js';
import type { BotContext, ReloadResult } from '../../src/discord/interactions.js';
import type { Choice, MessageBody } from '../../src/discord/limits.js';
import type { Logger } from '../../src/discord/logger.js';
import { DISCORD_OPENAPI_PATH } from '../support/discordSpec.js';
import { SCALED_DEFER_AFTER_MS } from '../support/timeScale.js';
import { loadLexicons } from '../../src/lexicons.js';

/** The fixture corpus folder: two Italian articles, one with a long slug and markdown in its text. */
export const FIXTURE_DIR = resolve(PROJECT_ROOT, 'test/fixtures/discord');

/** Questions the fixture corpus answers, one per topic of its two articles. */
export const FIXTURE_QUESTIONS: readonly string[] = [
  'Quando è cominciata la vendemmia sui colli?',
  'Quante bottiglie produce la cantina Colle Alto?',
  'Che cosa chiede il comitato dei pendolari?',
  'Quanto costeranno i lavori sulla linea?',
  'Perché i pendolari non vogliono gli autobus sostitutivi?',
  'Quali vitigni piantano i produttori contro la siccità?',
];

let cached: BranoCore | undefined;

/**
 * The real core built from the fixture corpus (once per test file): the same `createCore` that `npm start` uses.
 * @returns the core
 */
export function fixtureCore(): BranoCore {
  return (cached ??= createCore(loadCorpus(FIXTURE_DIR), { lexicons: loadLexicons(FIXTURE_DIR) }));
}

/** A log line captured by {@link memoryLogger}. */
export interface LogRecord {
  level: string;
  msg: string;
  fields?: Record<string, unknown> | undefined;
}

/**
 * A logger that keeps records in memory.
 * @returns the logger and its records
 */
export function memoryLogger(): Logger & { records: LogRecord[] } {
  const records: LogRecord[] = [];
  const log = (level: string) => (msg: string, fields?: Record<string, unknown>) => void records.push({ level, msg, fields });
  return { records, debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/**
 * A bot context over a core.
 * @param overrides - what to change (core, cooldown, reload)
 * @returns the context
 */
export function botContext(
  overrides: { core?: BranoCore; cooldownSeconds?: number; reload?: () => Promise<ReloadResult>; now?: () => number; deferAfterMs?: number } = {},
): BotContext & { logger: ReturnType<typeof memoryLogger> } {
  const core = overrides.core ?? fixtureCore();
  return {
    core: () => core,
    reload: overrides.reload ?? (async () => ({ ok: true, articles: core.articles.length })),
    version: '9.9.9-test',
    cooldowns: new Cooldowns(overrides.cooldownSeconds ?? 0, overrides.now),
    logger: memoryLogger(),
    deferAfterMs: overrides.deferAfterMs ?? SCALED_DEFER_AFTER_MS,
  };
}

/** One call a fake interaction received, with the body as Discord's HTTP API would get it. */
export interface SentCall {
  method: 'reply' | 'deferReply' | 'editReply' | 'followUp' | 'deleteReply' | 'update' | 'respond' | 'showModal';
  /** The body handed to discord.js. */
  body: unknown;
  /** The HTTP route Discord would receive, and its JSON body. */
  http: { route: 'callback' | 'editOriginal' | 'followUp' | 'deleteOriginal'; json: unknown };
}

type Kind = 'command' | 'autocomplete' | 'button' | 'message' | 'modal' | 'other';

/** Options of a fake interaction. */
export interface FakeOptions {
  user?: string;
  locale?: string;
  guildId?: string | null;
  /** Permission bits the member has (null: no member, e.g. a DM). */
  permissions?: bigint | null;
  /** Option values by name. */
  options?: Record<string, string | number | boolean | null | undefined>;
  /** The focused option (autocomplete). */
  focused?: string;
  customId?: string;
  /** Embed titles of the message a button is on. */
  messageTitles?: string[];
  commandName?: string;
  targetContent?: string;
  /** How long ago Discord created the interaction (default: just now). */
  createdAgoMs?: number;
  /** Make a method fail, to test error handling. */
  failOn?: SentCall['method'];
}

function apiMessage(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    if (v === undefined) continue;
    if (k === 'allowedMentions') out['allowed_mentions'] = v;
    else out[k] = v;
  }
  return out;
}

/** A fake interaction, and what was sent through it. */
export type Fake = Record<string, unknown> & { calls: SentCall[]; replied: boolean; deferred: boolean };

/**
 * Builds a fake interaction of the given kind. Its methods behave like discord.js's where it matters
 * (state flags, "already replied" errors) and record the HTTP body Discord would receive.
 * @param kind - command, autocomplete, button or message (context menu)
 * @param o - its contents
 * @returns the fake
 */
export function fakeInteraction(kind: Kind, o: FakeOptions = {}): Fake {
  const values = o.options ?? {};
  const calls: SentCall[] = [];
  const state = { replied: false, deferred: false };
  const record = (method: SentCall['method'], body: unknown, http: SentCall['http']) => {
    if (o.failOn === method) throw new Error(`fake: ${method} failed`);
    calls.push({ method, body, http });
  };
  const getter = <T>(type: string) => (name: string, required?: boolean): T | null => {
    const v = values[name];
    if (v === undefined || v === null) {
      if (required) throw new TypeError(`fake: option "${name}" is required`);
      return null;
    }
    if (typeof v !== type) throw new TypeError(`fake: option "${name}" is not a ${type}`);
    return v as T;
  };
  const fake: Fake = {
    id: '1200000000000000001',
    createdTimestamp: Date.now() - (o.createdAgoMs ?? 0),
    user: { id: o.user ?? '300000000000000001' },
    locale: o.locale ?? 'it',
    guildId: o.guildId === undefined ? '400000000000000001' : o.guildId,
    memberPermissions: o.permissions === undefined || o.permissions === null ? null : { has: (p: bigint) => ((o.permissions as bigint) & p) === p },
    commandName: o.commandName ?? '',
    customId: o.customId ?? '',
    ...(o.messageTitles ? { message: { embeds: o.messageTitles.map((title) => ({ title })) } } : {}),
    targetMessage: { content: o.targetContent ?? '' },
    options: {
      getString: getter<string>('string'),
      getInteger: getter<number>('number'),
      getBoolean: getter<boolean>('boolean'),
      getFocused: () => ({ name: o.focused ?? '', value: String(values[o.focused ?? ''] ?? '') }),
    },
    isChatInputCommand: () => kind === 'command',
    isAutocomplete: () => kind === 'autocomplete',
    isButton: () => kind === 'button',
    isMessageContextMenuCommand: () => kind === 'message',
    isModalSubmit: () => kind === 'modal',
    // A form's text fields are read like options: `options: { question: '…' }`.
    fields: { getTextInputValue: (id: string) => String(values[id] ?? '') },
    get replied() {
      return state.replied;
    },
    get deferred() {
      return state.deferred;
    },
    calls,
    async reply(body: Record<string, unknown>) {
      if (state.replied || state.deferred) throw new Error('fake: InteractionAlreadyReplied');
      const { flags, ...rest } = body;
      record('reply', body, { route: 'callback', json: { type: 4, data: apiMessage({ ...rest, flags }) } });
      state.replied = true;
    },
    async deferReply(options: { flags?: number } = {}) {
      if (state.replied || state.deferred) throw new Error('fake: InteractionAlreadyReplied');
      record('deferReply', options, { route: 'callback', json: { type: 5, ...(options.flags ? { data: { flags: options.flags } } : {}) } });
      state.deferred = true;
    },
    async editReply(body: Record<string, unknown>) {
      if (!state.replied && !state.deferred) throw new Error('fake: InteractionNotReplied');
      record('editReply', body, { route: 'editOriginal', json: apiMessage(body) });
      state.replied = true;
    },
    async followUp(body: Record<string, unknown>) {
      if (!state.replied && !state.deferred) throw new Error('fake: InteractionNotReplied');
      record('followUp', body, { route: 'followUp', json: apiMessage(body) });
    },
    async deleteReply() {
      if (!state.replied && !state.deferred) throw new Error('fake: InteractionNotReplied');
      record('deleteReply', undefined, { route: 'deleteOriginal', json: undefined });
    },
    async update(body: Record<string, unknown>) {
      if (state.replied || state.deferred) throw new Error('fake: InteractionAlreadyReplied');
      record('update', body, { route: 'callback', json: { type: 7, data: apiMessage(body) } });
      state.replied = true;
    },
    async showModal(modal: Record<string, unknown>) {
      if (state.replied || state.deferred) throw new Error('fake: InteractionAlreadyReplied');
      record('showModal', modal, { route: 'callback', json: { type: 9, data: modal } });
      state.replied = true;
    },
    async respond(choices: Choice[]) {
      if (state.replied) throw new Error('fake: InteractionAlreadyReplied');
      record('respond', choices, { route: 'callback', json: { type: 8, data: { choices } } });
      state.replied = true;
    },
  };
  return fake;
}

/**
 * The message bodies a fake sent (reply, editReply, followUp, update), as handed to discord.js.
 * @param fake - the fake
 * @returns the bodies
 */
export function messages(fake: Fake): (MessageBody & { allowedMentions?: { parse?: string[] }; flags?: number })[] {
  return fake.calls.filter((c) => ['reply', 'editReply', 'followUp', 'update'].includes(c.method)).map((c) => c.body as MessageBody);
}

/** The last message body a fake sent. */
export function lastMessage(fake: Fake): MessageBody & { allowedMentions?: { parse?: string[] }; flags?: number } {
  const all = messages(fake);
  const last = all[all.length - 1];
  if (!last) throw new Error(`no message sent; calls: ${fake.calls.map((c) => c.method).join(', ')}`);
  return last;
}

/** Validators of request bodies against Discord's OpenAPI description. */
export interface SchemaValidators {
  /** The whole callback body (any of Discord's callback types). */
  callback: ValidateFunction;
  /** The callback branches by type: 4/5 message, 6/7 update, 8 autocomplete, 9 modal (a body valid for its branch is valid for the whole). */
  callbackByType: Record<number, ValidateFunction>;
  editOriginal: ValidateFunction;
  followUp: ValidateFunction;
  putCommands: ValidateFunction;
}

let validators: SchemaValidators | undefined;

/**
 * Compiles validators for the request bodies Brano sends, from the pinned copy of Discord's OpenAPI description
 * ({@link DISCORD_OPENAPI_PATH}). A missing or unreadable spec throws: a schema check is never skipped.
 * @returns the validators
 */
export function discordSchema(): SchemaValidators {
  if (validators) return validators;
  let spec: unknown;
  try {
    spec = JSON.parse(readFileSync(DISCORD_OPENAPI_PATH, 'utf8'));
  } catch (error) {
    throw new Error(`Discord's OpenAPI spec could not be read from ${DISCORD_OPENAPI_PATH}`, { cause: error });
  }
  const ajv = new Ajv2020({ strict: false, validateFormats: false });
  ajv.addSchema(spec as object, 'discord');
  const op = (path: string, method: string) =>
    ajv.compile({ $ref: `discord#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}/requestBody/content/application~1json/schema` });
  const component = (name: string) => ajv.compile({ $ref: `discord#/components/schemas/${name}` });
  const message = component('CreateMessageInteractionCallbackRequest');
  const update = component('UpdateMessageInteractionCallbackRequest');
  validators = {
    callback: op('/interactions/{interaction_id}/{interaction_token}/callback', 'post'),
    callbackByType: {
      4: message,
      5: message,
      6: update,
      7: update,
      8: component('ApplicationCommandAutocompleteCallbackRequest'),
      9: component('ModalInteractionCallbackRequest'),
    },
    editOriginal: op('/webhooks/{webhook_id}/{webhook_token}/messages/@original', 'patch'),
    followUp: op('/webhooks/{webhook_id}/{webhook_token}', 'post'),
    putCommands: op('/applications/{application_id}/commands', 'put'),
  };
  return validators;
}

/**
 * Checks every HTTP body a fake sent against Discord's schema.
 * @param fake - the fake
 * @param schema - the validators
 * @returns problems found (empty when all bodies are valid)
 */
export function schemaProblems(fake: Fake, schema: SchemaValidators): string[] {
  const problems: string[] = [];
  for (const c of fake.calls) {
    if (c.http.route === 'deleteOriginal') continue;
    const type = (c.http.json as { type?: number } | undefined)?.type;
    const validate = c.http.route === 'callback' ? (schema.callbackByType[type ?? -1] ?? schema.callback) : schema[c.http.route];
    if (!validate(c.http.json)) problems.push(`${c.method}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  }
  return problems;
}
