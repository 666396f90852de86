/**
 * Every command Brano registers on Discord, in the order `/help` and the deploy report list them.
 */
import type { Command } from '../src/discord/command.js';
import { about } from './about.js';
import { ask } from './ask.js';
import { help } from './help.js';
import { quote } from './quote.js';
import { reload } from './reload.js';
import { searchMessage } from './searchMessage.js';
import { sections } from './sections.js';
import { stats } from './stats.js';
import { summarize } from './summarize.js';

/** The explicit command list. */
export const COMMANDS: readonly Command[] = [ask, quote, summarize, sections, about, help, stats, reload, searchMessage];
