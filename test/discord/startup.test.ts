import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PROJECT_ROOT, readConfig } from '../../src/config.js';
import { startMode, toReloadResult } from '../../src/main.js';
import { CorpusStore } from '../../src/corpusStore.js';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMANDS } from '../../commands/index.js';
import { buildRegistry, handleInteraction } from '../../src/discord/router.js';
import { createClient } from '../../src/discord/client.js';
import { botContext, fakeInteraction, FIXTURE_DIR } from './fakes.js';

/** Every module a file imports at load time (type-only imports and dynamic imports excluded). */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const m of source.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm)) {
    const spec = (m[1] ?? m[2])!;
    if (spec.startsWith('.')) {
      const ts = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
      if (existsSync(ts)) staticImports(ts, seen);
    } else {
      seen.add(spec);
    }
  }
  return seen;
}

describe('start-up', () => {
  it('GIVEN a token THEN Discord; GIVEN none on a terminal THEN the chat; GIVEN none without a terminal THEN refuse', () => {
    expect(startMode('x'.repeat(60), false)).toBe('discord');
    expect(startMode(undefined, true)).toBe('chat');
    expect(startMode(undefined, false)).toBe('refuse');
  });

  it('GIVEN the CLI entry THEN nothing it loads at start-up imports discord.js (cold start stays fast)', () => {
    const entry = staticImports(resolve(PROJECT_ROOT, 'src/cli.ts'));
    const commands = staticImports(resolve(PROJECT_ROOT, 'src/cliCommands.ts'));
    const graph = new Set([...entry, ...commands]);
    expect([...graph].filter((m) => m.startsWith('discord') || m.startsWith('@discordjs'))).toEqual([]);
    expect(commands.size).toBeGreaterThan(3);
  });

  it('GIVEN DISCORD_* settings THEN they are validated with messages that name the variable', () => {
    expect(readConfig({ DISCORD_SHARD_COUNT: '4', DISCORD_API_URL: 'http://127.0.0.1:9/api' })).toMatchObject({ shardCount: 4, apiUrl: 'http://127.0.0.1:9/api' });
    expect(() => readConfig({ DISCORD_SHARD_COUNT: 'many' })).toThrow(/DISCORD_SHARD_COUNT/);
    expect(() => readConfig({ DISCORD_API_URL: 'ftp://x' })).toThrow(/DISCORD_API_URL/);
  });

  it('GIVEN no rate-limit settings THEN 5 commands per 20 s; GIVEN bad ones THEN the message names the variable', () => {
    expect(readConfig({})).toMatchObject({ cooldownCommands: 5, cooldownSeconds: 20 });
    expect(readConfig({ COOLDOWN_COMMANDS: '1', COOLDOWN_SECONDS: '3' })).toMatchObject({ cooldownCommands: 1, cooldownSeconds: 3 });
    expect(() => readConfig({ COOLDOWN_COMMANDS: '0' })).toThrow(/COOLDOWN_COMMANDS/);
    expect(() => readConfig({ COOLDOWN_COMMANDS: '2.5' })).toThrow(/COOLDOWN_COMMANDS/);
  });

  it('GIVEN no ASK_WORKERS THEN one answering worker where there is a second core; GIVEN a bad value THEN the message names the variable', () => {
    expect(readConfig({}).askWorkers).toBe(availableParallelism() > 1 ? 1 : 0);
    expect(readConfig({ ASK_WORKERS: '0' }).askWorkers).toBe(0);
    expect(readConfig({ ASK_WORKERS: '3' }).askWorkers).toBe(3);
    expect(() => readConfig({ ASK_WORKERS: 'two' })).toThrow(/ASK_WORKERS/);
    expect(() => readConfig({ ASK_WORKERS: '-1' })).toThrow(/ASK_WORKERS/);
  });

  it('GIVEN DISCORD_API_URL THEN the client sends REST requests there and pings nobody by default', () => {
    const client = createClient({ apiUrl: 'http://127.0.0.1:9/api', options: { rest: { offset: 0 } } });
    expect(client.options.rest?.api).toBe('http://127.0.0.1:9/api');
    expect(client.options.rest?.offset).toBe(0);
    expect(client.options.allowedMentions).toEqual({ parse: [] });
    void client.destroy();
  });

  it('GIVEN an interaction THEN the core is taken once at its start (a reload meanwhile does not change its answer)', async () => {
    const bot = botContext();
    let calls = 0;
    const counting = { ...bot, core: () => (calls++, bot.core()) };
    await handleInteraction(fakeInteraction('command', { commandName: 'ask', options: { question: 'vendemmia' } }) as never, buildRegistry(COMMANDS), counting);
    expect(calls).toBe(1);
  });

  it('GIVEN the corpus store of npm start THEN /reload reports the article count, and a broken file as corpus: file:line while the old core serves', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brano-reload-'));
    try {
      cpSync(FIXTURE_DIR, dir, { recursive: true });
      const store = await CorpusStore.open(dir);
      const before = store.core;
      expect(toReloadResult(await store.reload())).toEqual({ ok: true, articles: 2 });
      writeFileSync(join(dir, 'rotto.md'), '---\ntitle: "senza fine\n');
      const failed = toReloadResult(await store.reload());
      expect(failed.ok).toBe(false);
      expect(!failed.ok && failed.error).toMatch(/^corpus: rotto\.md(:\d+)?: /);
      expect(store.core).not.toBe(before);
      expect(store.core.articles.length).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
