/**
 * The end-to-end set-up shared by the Discord suites: a fake Discord with deadlines scaled for the machine, Brano's
 * commands deployed to it as `npm run deploy` does, and the real discord.js client started by `startBot` exactly as
 * `npm start` does.
 */
import { REST, type Client } from 'discord.js';
import { COMMANDS } from '../../commands/index.js';
import { startBot } from '../../src/discord/client.js';
import { deployCommands } from '../../src/discord/deploy.js';
import type { BotContext } from '../../src/discord/interactions.js';
import { startFakeDiscord, type FakeDiscord } from './fakeDiscord.js';
import { SCALED_DEADLINE_MS, TIME_SCALE } from './timeScale.js';

/** A running fake Discord with Brano connected to it. */
export interface E2eBot {
  readonly fake: FakeDiscord;
  readonly client: Client<true>;
  /** Stops the client, then the fake Discord. */
  close(): Promise<void>;
}

/**
 * Starts a fake Discord, deploys Brano's commands to it and connects the bot.
 * @param bot - the bot context the client answers with
 * @returns the fake, the client and a way to stop both
 */
export async function startE2eBot(bot: BotContext): Promise<E2eBot> {
  // The heartbeat interval is the time the ACK has to arrive in (discord.js drops a zombie connection), so it scales too.
  const fake = await startFakeDiscord({ heartbeatIntervalMs: 300 * TIME_SCALE, callbackDeadlineMs: SCALED_DEADLINE_MS });
  try {
    const rest = new REST({ api: fake.restUrl, offset: 0 }).setToken(fake.token);
    await deployCommands(rest, { applicationId: fake.world.applicationId, guildId: fake.world.guildId }, COMMANDS.map((c) => c.data));
    const client = await startBot({ token: fake.token, apiUrl: fake.restUrl, commands: COMMANDS, bot, options: fake.clientOptions() });
    return {
      fake,
      client,
      async close() {
        await client.destroy();
        await fake.close();
      },
    };
  } catch (err) {
    await fake.close();
    throw err;
  }
}
