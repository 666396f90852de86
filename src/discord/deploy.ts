/**
 * Registers Brano's commands with Discord (`npm run deploy`): in one guild when DISCORD_GUILD_ID is set
 * (instant, for testing), else globally. It reads what is registered first and reports what changed:
 * added, updated, removed, unchanged; when nothing changed it sends nothing.
 */
import { pathToFileURL } from 'node:url';
import { realpathSync } from 'node:fs';
import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';

/** The REST calls deploy needs (a discord.js `REST` has them). */
export interface DeployRest {
  get(route: `/${string}`): Promise<unknown>;
  put(route: `/${string}`, options: { body: unknown }): Promise<unknown>;
}

/** What a deploy did. */
export interface DeployReport {
  readonly scope: 'guild' | 'global';
  readonly added: string[];
  readonly updated: string[];
  readonly removed: string[];
  readonly unchanged: string[];
  /** Whether the commands were sent (false when nothing changed). */
  readonly sent: boolean;
}

// Fields Discord adds or fills in itself; a difference there is not a change of ours.
const SERVER_FIELDS = new Set(['id', 'application_id', 'version', 'guild_id', 'default_permission', 'name_localized', 'description_localized', 'handler']);
const SERVER_DEFAULTS = new Set(['dm_permission', 'integration_types', 'contexts', 'nsfw']);

const isEmpty = (v: unknown) => v === undefined || v === null || v === false || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);

/**
 * Compares a command as Brano defines it with the one Discord holds, ignoring what Discord adds.
 * @param local - Brano's definition (or a part of it)
 * @param remote - Discord's (or the matching part)
 * @param top - whether these are whole commands (server defaults apply)
 * @returns true when they are the same
 */
export function sameCommand(local: unknown, remote: unknown, top = true): boolean {
  if (isEmpty(local) && isEmpty(remote)) return true;
  if (Array.isArray(local) || Array.isArray(remote)) {
    if (!Array.isArray(local) || !Array.isArray(remote) || local.length !== remote.length) return false;
    return local.every((l, i) => sameCommand(l, remote[i], false));
  }
  if (local && remote && typeof local === 'object' && typeof remote === 'object') {
    const l = local as Record<string, unknown>;
    const r = remote as Record<string, unknown>;
    for (const key of new Set([...Object.keys(l), ...Object.keys(r)])) {
      if (top && SERVER_FIELDS.has(key)) continue;
      if (top && SERVER_DEFAULTS.has(key) && l[key] === undefined) continue;
      if (!sameCommand(l[key], r[key], false)) return false;
    }
    return true;
  }
  // Discord returns permissions as strings and numbers as numbers; compare as text.
  return String(local) === String(remote);
}

const keyOf = (c: { name?: unknown; type?: unknown }) => `${String(c.type ?? 1)}:${String(c.name)}`;

/**
 * Registers the commands, reporting the difference with what was registered.
 * @param rest - REST client
 * @param target - application id and optional guild id
 * @param commands - the command definitions
 * @returns the report
 */
export async function deployCommands(
  rest: DeployRest,
  target: { applicationId: string; guildId?: string | undefined },
  commands: readonly RESTPostAPIApplicationCommandsJSONBody[],
): Promise<DeployReport> {
  const route: `/${string}` = target.guildId
    ? `/applications/${target.applicationId}/guilds/${target.guildId}/commands`
    : `/applications/${target.applicationId}/commands`;
  const existing = (await rest.get(route)) as { name: string; type?: number }[];
  const remote = new Map(existing.map((c) => [keyOf(c), c]));
  const report: DeployReport = { scope: target.guildId ? 'guild' : 'global', added: [], updated: [], removed: [], unchanged: [], sent: false };
  const local = new Set<string>();
  for (const c of commands) {
    const key = keyOf(c);
    local.add(key);
    const r = remote.get(key);
    if (!r) report.added.push(c.name);
    else if (sameCommand(c, r)) report.unchanged.push(c.name);
    else report.updated.push(c.name);
  }
  for (const [key, c] of remote) if (!local.has(key)) report.removed.push(c.name);
  if (report.added.length || report.updated.length || report.removed.length) {
    await rest.put(route, { body: commands });
    return { ...report, sent: true };
  }
  return report;
}

/**
 * The report as lines for the terminal.
 * @param report - the report
 * @returns text
 */
export function formatReport(report: DeployReport): string {
  const list = (xs: string[]) => (xs.length ? xs.join(', ') : '—');
  return [
    `Commands (${report.scope === 'guild' ? 'guild: instant' : 'global: may take up to an hour to appear'}):`,
    `  added:     ${list(report.added)}`,
    `  updated:   ${list(report.updated)}`,
    `  removed:   ${list(report.removed)}`,
    `  unchanged: ${list(report.unchanged)}`,
    report.sent ? 'Registered.' : 'Nothing changed; nothing sent.',
  ].join('\n');
}

/** `npm run deploy`. */
async function main(): Promise<void> {
  const { loadConfigOrExit } = await import('../config.js');
  const cfg = await loadConfigOrExit();
  if (!cfg.discordToken || !cfg.applicationId) {
    process.stderr.write('brano deploy: set DISCORD_TOKEN and DISCORD_APPLICATION_ID (Developer Portal → your app → General Information) in .env\n');
    process.exitCode = 1;
    return;
  }
  const { REST } = await import('discord.js');
  const { COMMANDS } = await import('../../commands/index.js');
  const rest = new REST(cfg.apiUrl ? { api: cfg.apiUrl } : {}).setToken(cfg.discordToken);
  try {
    const report = await deployCommands(rest, { applicationId: cfg.applicationId, guildId: cfg.guildId }, COMMANDS.map((c) => c.data));
    process.stdout.write(`${formatReport(report)}\n`);
  } catch (err) {
    const message = (err as Error).message.split(cfg.discordToken).join('[redacted]');
    process.stderr.write(`brano deploy: Discord refused the request: ${message}\n`);
    process.exitCode = 1;
  }
}

const invokedPath = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : '';
if (import.meta.url === invokedPath) void main();
