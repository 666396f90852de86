/**
 * The terminal chat: the Discord commands at a prompt. A plain line is a question; `/name args` runs a command
 * with the same options as the CLI (`/summarize --section licenza`, `/quote Lambert`).
 */
import { createInterface } from 'node:readline';
import type { CliCommand, CommandContext } from '../cli.js';

/**
 * Splits a command line into words, honouring "double" and 'single' quotes.
 * @param line - what the user typed after the command name
 * @returns the words
 */
export function splitWords(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|“([^”]*)”|(\S+)/g;
  for (const m of line.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}

/**
 * Runs the chat until /quit or end of input.
 * @param ctx - the CLI context (streams, core, style)
 * @param commands - the CLI's commands
 * @returns the exit code
 */
export async function runChat(ctx: CommandContext, commands: readonly CliCommand[]): Promise<number> {
  const { io, style } = ctx;
  const { runCli } = await import('../cli.js');
  const core = ctx.core();
  const interactive = io.stdin.isTTY === true;
  const say = (s: string) => io.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
  const available = commands.filter((c) => c.name !== 'chat');
  const help = [
    style.bold('Brano') + ' — fai una domanda sull’articolo / ask a question about the article.',
    ...available.map((c) => `  /${c.name.padEnd(10)} ${c.summary}`),
    '  /help       this list   /quit  leave',
    style.dim('A line without "/" is a question, e.g.  Chi ha rilasciato Llama 2?'),
  ].join('\n');
  const titles = core.articles.map((a) => a.meta.title).join(', ');
  say(`${style.bold('Brano')} · ${titles}\n${style.dim('Type /help for the commands, /quit to leave.')}`);
  const rl = createInterface({ input: io.stdin, output: interactive ? io.stdout : undefined, terminal: interactive, crlfDelay: Infinity });
  const prompt = () => {
    if (interactive) rl.prompt();
  };
  rl.setPrompt(style.accent('brano› '));
  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (!line) {
      prompt();
      continue;
    }
    if (line === '/quit' || line === '/exit' || line === '/esci') break;
    if (line === '/help' || line === '/aiuto' || line === '?') {
      say(help);
      prompt();
      continue;
    }
    let argv: string[];
    if (line.startsWith('/')) {
      const [name = '', ...words] = splitWords(line.slice(1));
      const command = available.find((c) => c.name === name.toLowerCase());
      if (!command) {
        say(style.error(`Unknown command /${name}. `) + 'Type /help for the list.');
        prompt();
        continue;
      }
      // No need to keep the words together: ask and quote join their free words back into one text.
      argv = [command.name, ...words];
    } else {
      argv = ['ask', line];
    }
    await runCli(argv, io, () => core);
    say('');
    prompt();
  }
  rl.close();
  return 0;
}
