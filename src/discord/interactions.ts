/**
 * What Brano's handlers need from a Discord interaction, as small structural types. discord.js's interaction
 * classes satisfy them (checked at compile time in client.ts), and a test can build one from a plain object.
 */
import type { APIModalInteractionResponseCallbackData, MessageFlags } from 'discord.js';
import type { BranoCore } from '../core/brano.js';
import type { Choice, MessageBody } from './limits.js';
import type { Cooldowns } from './cooldowns.js';
import type { Logger } from './logger.js';
import type { ReplyLang } from './i18n.js';
import type { QuestionLog } from '../store/questionLog.js';
import type { AskPool } from './askPool.js';

/** Outcome of reloading the corpus. */
export type ReloadResult = { ok: true; articles: number } | { ok: false; error: string };

/**
 * Default of {@link BotContext.deferAfterMs}: Discord drops an interaction with no first callback 3 s after its
 * creation; deferring at 1.5 s leaves room for the deferral's own round trip on a slow link or a busy machine.
 */
export const DEFAULT_DEFER_AFTER_MS = 1500;

/** Everything the Discord side needs, built once by `main`. */
export interface BotContext {
  /** The current core; an interaction takes it once at its start and keeps it. */
  core(): BranoCore;
  /** Reloads the corpus (the previous core keeps serving on failure). */
  reload(): Promise<ReloadResult>;
  /** Brano's version (from package.json). */
  readonly version: string;
  readonly cooldowns: Cooldowns;
  readonly logger: Logger;
  /**
   * How long after an interaction was created a command still working on its answer defers ("Brano is thinking…"),
   * so that Discord's 3-second deadline is met on a busy machine. Default {@link DEFAULT_DEFER_AFTER_MS}.
   */
  readonly deferAfterMs?: number;
  /** Where questions and 👍/👎 are recorded (absent: nothing is recorded, answers carry no feedback buttons). */
  readonly questions?: QuestionLog;
  /** Worker threads that answer `/ask` questions off the event loop (absent: answered on it). */
  readonly askPool?: AskPool;
}

/** A body as handed to discord.js: the message plus mention safety and, for new messages, flags. */
export type SendBody = MessageBody & { allowedMentions: { parse: never[] }; flags?: MessageFlags.Ephemeral };

/** The parts every interaction has. */
export interface InteractionBase {
  readonly id: string;
  readonly user: { readonly id: string };
  readonly locale: string;
  readonly guildId: string | null;
  /** When Discord created the interaction (ms since the epoch, from its snowflake); absent in some test stand-ins. */
  readonly createdTimestamp?: number;
  isChatInputCommand(): boolean;
  isAutocomplete(): boolean;
  isButton(): boolean;
  isMessageContextMenuCommand(): boolean;
  isModalSubmit(): boolean;
}

/** An interaction that can be answered with a message. */
export interface Repliable extends InteractionBase {
  readonly replied: boolean;
  readonly deferred: boolean;
  reply(body: SendBody): Promise<unknown>;
  deferReply(options: { flags?: MessageFlags.Ephemeral }): Promise<unknown>;
  editReply(body: MessageBody & { allowedMentions: { parse: never[] } }): Promise<unknown>;
  followUp(body: SendBody): Promise<unknown>;
  deleteReply(): Promise<unknown>;
}

/** Option getters of a slash command. */
export interface OptionReader {
  getString(name: string, required?: boolean): string | null;
  getInteger(name: string, required?: boolean): number | null;
  getBoolean(name: string, required?: boolean): boolean | null;
}

/** A slash command. */
export interface CommandLike extends Repliable {
  readonly commandName: string;
  readonly options: OptionReader;
  /** The member's permissions in a guild (null in DMs). */
  readonly memberPermissions: { has(permission: bigint): boolean } | null;
}

/** An autocomplete request. */
export interface AutocompleteLike extends InteractionBase {
  readonly commandName: string;
  readonly options: OptionReader & { getFocused(full: true): { name: string; value: string } };
  respond(choices: Choice[]): Promise<unknown>;
}

/** A button press. */
export interface ButtonLike extends Repliable {
  readonly customId: string;
  /** The message the button is on (its embed titles, already in Discord markdown). */
  readonly message?: { readonly embeds: readonly { readonly title?: string | null | undefined }[]; readonly components?: readonly unknown[] };
  update(body: MessageBody & { allowedMentions: { parse: never[] } }): Promise<unknown>;
  /** Opens a form (the interaction's one answer). */
  showModal(modal: APIModalInteractionResponseCallbackData): Promise<unknown>;
}

/** A form submitted from a modal Brano opened. */
export interface ModalSubmitLike extends Repliable {
  readonly customId: string;
  readonly fields: { getTextInputValue(customId: string): string };
}

/** A message context-menu command. */
export interface MessageCommandLike extends Repliable {
  readonly commandName: string;
  readonly targetMessage: { readonly content: string };
}

/** What a handler decides to send. */
export interface Reply {
  readonly body: MessageBody;
  /** Only the user sees it. */
  readonly ephemeral: boolean;
  /** For buttons: edit the message the button is on instead of sending a new one. */
  readonly update?: boolean;
  /** For buttons: open this form instead of sending a message (`body` is then unused). */
  readonly modal?: APIModalInteractionResponseCallbackData;
}

/** What every handler gets besides the interaction. */
export interface HandlerContext {
  /** The core this interaction started with. */
  readonly core: BranoCore;
  readonly lang: ReplyLang;
  readonly bot: BotContext;
}
