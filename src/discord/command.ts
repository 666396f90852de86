/**
 * The shape of a Discord command module: its registration JSON and its handlers.
 */
import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import type { BranoCore } from '../core/brano.js';
import type { Choice } from './limits.js';
import type { AutocompleteLike, ButtonLike, CommandLike, HandlerContext, MessageCommandLike, ModalSubmitLike, Reply } from './interactions.js';

/** A slash command. */
export interface SlashCommand {
  readonly kind: 'slash';
  /** Base (English) name; what `interaction.commandName` holds. */
  readonly name: string;
  /** What `npm run deploy` registers. */
  readonly data: RESTPostAPIApplicationCommandsJSONBody;
  /** Whether to defer before running (work that may take more than a moment), given the core. */
  defer?(core: BranoCore): boolean;
  /** Every reply is private (and so is the deferral). */
  readonly ephemeral?: boolean;
  /** Skips the per-user cooldown (cheap, personal commands such as /help). */
  readonly noCooldown?: boolean;
  /**
   * Runs the command.
   * @param interaction - the interaction
   * @param ctx - core, language, bot context
   * @returns what to send
   */
  execute(interaction: CommandLike, ctx: HandlerContext): Reply | Promise<Reply>;
  /**
   * The reply, when it costs nothing to make (an answer the server gave before, a list made before); undefined when
   * making it takes work. An interaction that reaches Brano already late gets this as its reply instead of a
   * deferral followed by an edit (two requests to Discord instead of one). It must do what `execute` would (record
   * the question, say).
   * @param interaction - the interaction
   * @param ctx - core, language, bot context
   * @returns the reply, or undefined
   */
  ready?(interaction: CommandLike, ctx: HandlerContext): Reply | undefined;
  /**
   * Autocomplete for the focused option.
   * @param interaction - the autocomplete request
   * @param ctx - core, language, bot context
   * @returns candidate choices (the replier fits them to Discord's limits)
   */
  autocomplete?(interaction: AutocompleteLike, ctx: HandlerContext): Choice[];
  /** custom_id prefixes of the buttons (and forms) this command's answers carry. */
  readonly buttonPrefix?: string | readonly string[];
  /**
   * Handles a press on one of this command's buttons.
   * @param interaction - the press
   * @param ctx - core, language, bot context
   * @returns what to send (`update: true` to edit the message)
   */
  button?(interaction: ButtonLike, ctx: HandlerContext): Reply | Promise<Reply>;
  /**
   * Handles a form opened by one of this command's buttons (its custom_id has one of `buttonPrefix`).
   * @param interaction - the submission
   * @param ctx - core, language, bot context
   * @returns what to send
   */
  modalSubmit?(interaction: ModalSubmitLike, ctx: HandlerContext): Reply | Promise<Reply>;
}

/** A message context-menu command. */
export interface MessageCommand {
  readonly kind: 'message';
  readonly name: string;
  readonly data: RESTPostAPIApplicationCommandsJSONBody;
  /**
   * Runs the command on the message it was used on.
   * @param interaction - the interaction
   * @param ctx - core, language, bot context
   * @returns what to send
   */
  execute(interaction: MessageCommandLike, ctx: HandlerContext): Reply | Promise<Reply>;
}

/** Any command Brano registers. */
export type Command = SlashCommand | MessageCommand;
