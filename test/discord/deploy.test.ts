import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { deployCommands, formatReport, sameCommand, type DeployRest } from '../../src/discord/deploy.js';
import { discordSchema } from './fakes.js';

const local = COMMANDS.map((c) => c.data);

/** A REST double that holds the registered commands the way Discord returns them. */
function fakeRest(registered: Record<string, unknown>[]) {
  const calls: { method: string; route: string; body?: unknown }[] = [];
  const rest: DeployRest = {
    async get(route) {
      calls.push({ method: 'GET', route });
      return registered;
    },
    async put(route, { body }) {
      calls.push({ method: 'PUT', route, body });
      return body;
    },
  };
  return { rest, calls };
}

// How Discord echoes a registered command: ids, version, defaults filled in, permissions as a string.
const asRegistered = (c: (typeof local)[number], i: number) => ({
  id: String(1000 + i),
  application_id: '111111111111111111',
  version: '1',
  type: 1,
  dm_permission: true,
  nsfw: false,
  integration_types: [0],
  contexts: null,
  default_member_permissions: null,
  ...JSON.parse(JSON.stringify(c)),
  ...('default_member_permissions' in c && c.default_member_permissions != null ? { default_member_permissions: String(c.default_member_permissions) } : {}),
});

describe('npm run deploy', () => {
  it('GIVEN nothing registered THEN every command is added, to the guild when a guild id is given', async () => {
    const { rest, calls } = fakeRest([]);
    const report = await deployCommands(rest, { applicationId: '111111111111111111', guildId: '222222222222222222' }, local);
    expect(report.added).toEqual(COMMANDS.map((c) => c.name));
    expect(report.sent).toBe(true);
    expect(calls.map((c) => `${c.method} ${c.route}`)).toEqual([
      'GET /applications/111111111111111111/guilds/222222222222222222/commands',
      'PUT /applications/111111111111111111/guilds/222222222222222222/commands',
    ]);
  });

  it('GIVEN the same commands registered (as Discord echoes them) THEN all unchanged and nothing sent', async () => {
    const { rest, calls } = fakeRest(local.map(asRegistered));
    const report = await deployCommands(rest, { applicationId: '111111111111111111' }, local);
    expect(report.unchanged.length).toBe(local.length);
    expect(report.scope).toBe('global');
    expect(calls.map((c) => c.method)).toEqual(['GET']);
    expect(formatReport(report)).toContain('Nothing changed');
  });

  it('GIVEN a changed description and a stale command THEN updated and removed are reported', async () => {
    const registered = local.map(asRegistered);
    registered[0] = { ...registered[0]!, description: 'old text' };
    registered.push({ id: '9', type: 1, name: 'obsolete', description: 'x' });
    const { rest } = fakeRest(registered);
    const report = await deployCommands(rest, { applicationId: '111111111111111111' }, local);
    expect(report.updated).toEqual([local[0]!.name]);
    expect(report.removed).toEqual(['obsolete']);
    expect(report.sent).toBe(true);
  });

  it('GIVEN an option removed locally THEN the command counts as updated', () => {
    const c = JSON.parse(JSON.stringify(local[0])) as { options: unknown[] };
    const remote = asRegistered(local[0]!, 0);
    c.options.pop();
    expect(sameCommand(c, remote)).toBe(false);
    expect(sameCommand(local[0], remote)).toBe(true);
  });

  it('GIVEN the command list THEN the registration body is valid for Discord’s schema, names are unique and localised', () => {
    const schema = discordSchema();
    expect(schema.putCommands(local), JSON.stringify(schema.putCommands.errors)).toBe(true);
    expect(new Set(local.map((c) => `${c.type}:${c.name}`)).size).toBe(local.length);
    for (const c of local) {
      expect(c.name_localizations?.it, c.name).toBeTruthy();
      expect(c.name_localizations?.['en-US'], c.name).toBeTruthy();
      expect(c.name_localizations?.['en-GB'], c.name).toBeTruthy();
    }
    const reload = local.find((c) => c.name === 'reload')!;
    expect(Number(reload.default_member_permissions)).toBe(32);
  });
});
