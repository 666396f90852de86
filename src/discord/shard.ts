/**
 * `npm run start:sharded`: runs Brano as several processes, one per shard, with discord.js's ShardingManager.
 * Each child is the ordinary `main` (it reads its shard ids from the environment the manager sets).
 * One shard serves up to 2,500 guilds; beyond one machine, give each host a `shardList` and a shared REST proxy.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { realpathSync } from 'node:fs';

/** Entry point. */
async function main(): Promise<void> {
  const { loadConfigOrExit, PROJECT_ROOT } = await import('../config.js');
  const { createLogger } = await import('./logger.js');
  const cfg = await loadConfigOrExit();
  const logger = createLogger({ level: cfg.logLevel, redact: [cfg.discordToken], base: { role: 'shard-manager' } });
  if (!cfg.discordToken) {
    logger.error('DISCORD_TOKEN is not set: sharding needs a bot token (see .env.example)');
    process.exit(1);
  }
  // `auto` asks the real Discord for a count; with a custom API base there may be no such answer.
  const totalShards = cfg.shardCount === 'auto' && cfg.apiUrl ? 1 : cfg.shardCount;
  const { ShardingManager } = await import('discord.js');
  const manager = new ShardingManager(resolve(PROJECT_ROOT, 'dist/src/main.js'), { token: cfg.discordToken, totalShards, respawn: true, mode: 'process' });
  manager.on('shardCreate', (shard) => {
    logger.info('shard started', { shard: shard.id });
    shard.on('death', () => logger.warn('shard process exited', { shard: shard.id }));
  });
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { err: reason }));
  const stop = (signal: string) => {
    logger.info('stopping shards', { signal });
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(0);
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  await manager.spawn();
}

const invokedPath = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : '';
if (import.meta.url === invokedPath) void main();
