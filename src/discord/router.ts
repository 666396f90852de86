/**
 * The interaction router: finds the command, applies the cooldown, defers when the work may be slow, runs the
 * handler and sends its reply. It holds the one try/catch of the Discord side: any failure is logged with an
 * error id and answered with an ephemeral message carrying that id.
 */
import { randomUUID } from 'node:crypto';
import { MessageFlags } from 'discord.js';
import type { Command, MessageCommand, SlashCommand } from './command.js';
import { strings, replyLang, type ReplyLang } from './i18n.js';
import { DEFAULT_DEFER_AFTER_MS, type AutocompleteLike, type BotContext, type ButtonLike, type CommandLike, type HandlerContext, type InteractionBase, type MessageCommandLike, type ModalSubmitLike, type Repliable, type Reply } from './interactions.js';
import { note, respond, send } from './replier.js';

/** Commands by name and by button prefix. */
export interface Registry {
  readonly byName: ReadonlyMap<string, Command>;
  readonly byButtonPrefix: ReadonlyMap<string, SlashCommand>;
}

/**
 * Indexes the command list.
 * @param commands - every command
 * @returns the registry
 * @throws Error when two commands share a name or a button prefix
 */
export function buildRegistry(commands: readonly Command[]): Registry {
  const byName = new Map<string, Command>();
  const byButtonPrefix = new Map<string, SlashCommand>();
  for (const c of commands) {
    if (byName.has(c.name)) throw new Error(`discord: two commands named "${c.name}"`);
    byName.set(c.name, c);
    if (c.kind === 'slash' && c.buttonPrefix) {
      for (const prefix of typeof c.buttonPrefix === 'string' ? [c.buttonPrefix] : c.buttonPrefix) {
        if (byButtonPrefix.has(prefix)) throw new Error(`discord: two commands with button prefix "${prefix}"`);
        byButtonPrefix.set(prefix, c);
      }
    }
  }
  return { byName, byButtonPrefix };
}

/**
 * A short id to quote in an error message and find in the logs.
 * @returns eight hex characters
 */
export function newErrorId(): string {
  return randomUUID().slice(0, 8);
}

/**
 * Runs a command's work and, if the answer is not ready by the time Discord's deadline draws near, defers first
 * (Discord shows "thinking…"; the answer then edits that message). An interaction that arrives already late (a
 * burst on a busy machine) is deferred before the work starts, since work on the event loop would hold back the
 * deferral too.
 * @param i - the interaction (not yet answered, or already deferred)
 * @param work - produces the reply
 * @param bot - the bot context (its `deferAfterMs`)
 * @param ephemeral - whether a deferral should be private
 * @param ready - the reply when it costs nothing to make (see `SlashCommand.ready`), for an interaction already late
 * @returns the reply, to be sent with {@link send}
 */
async function inTime(i: Repliable, work: () => Reply | Promise<Reply>, bot: BotContext, ephemeral: boolean, ready?: () => Reply | undefined): Promise<Reply> {
  if (i.deferred || i.replied) return work();
  const after = bot.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS;
  // The age from the interaction's snowflake, bounded so that a skewed clock neither defers everything nor nothing.
  const age = i.createdTimestamp === undefined ? 0 : Math.min(Math.max(Date.now() - i.createdTimestamp, 0), after);
  const defer = () => i.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  if (after - age <= 0) {
    // A reply ready at once goes out as it is: a deferral would cost Discord and the bot a second request.
    const now = ready?.();
    if (now) return now;
    await defer();
    return work();
  }
  const made = work();
  // An answer made in this turn (a question the memo holds, a list) goes out at once: no timer could have fired.
  if (!(made instanceof Promise)) return made;
  const answer = made;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), after - age);
  });
  try {
    const first = await Promise.race([answer, late]);
    if (first !== undefined) return first;
  } finally {
    clearTimeout(timer);
  }
  await defer();
  return answer;
}

/**
 * Whether a failure is Discord's "Unknown interaction" (JSON error code 10062): the interaction was not acknowledged
 * within Discord's 3 s and can no longer be answered at all.
 * @param err - what a reply threw
 * @returns true for that error
 */
export function expired(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 10062;
}

/** What the handling of one interaction has done so far, for its log line and its error report. */
interface Progress {
  what: string;
  /** Whether a deferral was private (an error message then edits it privately). */
  deferredEphemeral: boolean;
}

/**
 * Handles one interaction. Never rejects: failures are logged and answered. Each kind of interaction has a function of
 * its own below: the slash commands and autocomplete a burst is made of run through short functions the JIT compiles
 * quickly, and the kinds it never sees (buttons, forms, context menus, failures) add nothing to them.
 * @param interaction - a discord.js interaction (or a test's stand-in)
 * @param registry - the commands
 * @param bot - the bot context
 * @returns when the interaction has been answered
 */
export async function handleInteraction(interaction: InteractionBase, registry: Registry, bot: BotContext): Promise<void> {
  const started = performance.now();
  // Answers the ask pool's workers finished while the event loop was busy with this burst go out now, not after it.
  bot.askPool?.collect();
  const lang = replyLang(interaction.locale);
  const progress: Progress = { what: 'unknown', deferredEphemeral: false };
  try {
    // The core is taken once: a reload during this interaction does not change what it answers from.
    const ctx: HandlerContext = { core: bot.core(), lang, bot };
    if (interaction.isAutocomplete()) await autocomplete(interaction as unknown as AutocompleteLike, registry, ctx, progress);
    else if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) await command(interaction, registry, ctx, progress);
    else await otherKind(interaction, registry, ctx, progress);
    bot.logger.debug('interaction', { what: progress.what, user: interaction.user.id, ms: Math.round(performance.now() - started) });
  } catch (err) {
    await failed(err, interaction, bot, lang, progress, started);
  }
}

async function autocomplete(i: AutocompleteLike, registry: Registry, ctx: HandlerContext, progress: Progress): Promise<void> {
  progress.what = `autocomplete:${i.commandName}`;
  const command = registry.byName.get(i.commandName);
  await respond(i, command?.kind === 'slash' && command.autocomplete ? command.autocomplete(i, ctx) : []);
}

// A slash command or a message context-menu command.
async function command(interaction: InteractionBase, registry: Registry, ctx: HandlerContext, progress: Progress): Promise<void> {
  const { bot } = ctx;
  const i = interaction as unknown as CommandLike | MessageCommandLike;
  progress.what = i.commandName;
  const command = registry.byName.get(i.commandName);
  const slash = command?.kind === 'slash' && interaction.isChatInputCommand() ? command : undefined;
  const message = command?.kind === 'message' && interaction.isMessageContextMenuCommand() ? command : undefined;
  if (!slash && !message) {
    await send(i, note(strings(ctx.lang).unknownCommand));
    return;
  }
  if (!slash?.noCooldown) {
    const wait = bot.cooldowns.take(i.user.id);
    if (wait > 0) {
      await send(i, note(strings(ctx.lang).cooldown(wait)));
      return;
    }
  }
  // A private command's deferral is private too, so that its answer can edit it.
  const deferredEphemeral = slash?.ephemeral === true || (slash !== undefined && (i as CommandLike).options.getBoolean('private') === true);
  progress.deferredEphemeral = deferredEphemeral;
  if (slash?.defer?.(ctx.core)) await i.deferReply(deferredEphemeral ? { flags: MessageFlags.Ephemeral } : {});
  const reply = await inTime(
    i,
    () => (slash ? slash.execute(i as CommandLike, ctx) : (message as MessageCommand).execute(i as MessageCommandLike, ctx)),
    bot,
    deferredEphemeral,
    slash?.ready ? () => slash.ready!(i as CommandLike, ctx) : undefined,
  );
  await send(i, reply, deferredEphemeral);
}

// A button, a submitted form, or a kind Brano registers nothing for.
async function otherKind(interaction: InteractionBase, registry: Registry, ctx: HandlerContext, progress: Progress): Promise<void> {
  const t = strings(ctx.lang);
  if (interaction.isButton()) {
    const i = interaction as unknown as ButtonLike;
    progress.what = `button:${i.customId.slice(0, 3)}`;
    const command = registry.byButtonPrefix.get(i.customId.split('|', 1)[0] ?? '');
    await send(i, command?.button ? await command.button(i, ctx) : note(t.expired));
  } else if (interaction.isModalSubmit()) {
    // A form from a button (a follow-up question): a new question, so it counts against the rate limit.
    const i = interaction as unknown as ModalSubmitLike;
    progress.what = `modal:${i.customId.slice(0, 3)}`;
    const command = registry.byButtonPrefix.get(i.customId.split('|', 1)[0] ?? '');
    const wait = ctx.bot.cooldowns.take(i.user.id);
    if (wait > 0) await send(i, note(t.cooldown(wait)));
    else if (!command?.modalSubmit) await send(i, note(t.expired));
    else {
      const submit = command.modalSubmit.bind(command);
      await send(i, await inTime(i, () => submit(i, ctx), ctx.bot, false));
    }
  } else if ('reply' in interaction) {
    // A kind Brano registers nothing for (a modal, a user command): answer rather than let it time out.
    await send(interaction as unknown as Repliable, note(t.unknownCommand));
  }
}

// Logs a failure and, where the interaction can still be answered, tells the user its error id.
async function failed(err: unknown, interaction: InteractionBase, bot: BotContext, lang: ReplyLang, progress: Progress, started: number): Promise<void> {
  const { what } = progress;
  if (expired(err)) {
    // Discord dropped the interaction before its first callback (a burst on a busy machine): its token is gone, so
    // an error message cannot be sent either.
    bot.logger.warn('interaction expired before it was answered', { what, user: interaction.user.id, interaction: interaction.id, ms: Math.round(performance.now() - started) });
    return;
  }
  const id = newErrorId();
  bot.logger.error('interaction failed', { errorId: id, what, user: interaction.user.id, interaction: interaction.id, err });
  if (!interaction.isAutocomplete()) {
    await send(interaction as unknown as Repliable, note(strings(lang).error(id)), progress.deferredEphemeral).catch((e: unknown) =>
      bot.logger.warn('could not report an error to the user', { errorId: id, err: e }),
    );
  }
}
