/**
 * `/help`: how to use Brano, in the user's language (only they see it).
 */
import { SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.js';
import { ANSWER_COLOUR } from '../src/discord/embeds.js';
import { strings } from '../src/discord/i18n.js';
import { localise } from '../src/discord/options.js';

const USAGE = {
  it: [
    '`/chiedi domanda [risultati] [privato]` — il passaggio che risponde, con ¶, sezione e articolo; i pulsanti mostrano gli altri risultati, il paragrafo intero e quelli vicini; **Chiedi ancora** fa una domanda su quella risposta («e lui?», «perché?»).',
    '`/cita persona [tipo]` — cosa ha detto una persona citata (dirette o riportate).',
    '`/riassumi [sezione] [argomento] [lunghezza]` — un riassunto fatto di frasi dell’articolo.',
    '`/sezioni` — le sezioni con i loro ¶.',
    '`/info` — l’articolo, la fonte e i numeri.',
    '👍 / 👎 sotto una risposta — dici se ti è stata utile; chi gestisce il server vede in `/statistiche` cosa si chiede e a cosa l’articolo non risponde.',
    'Menu del messaggio → App → **Cerca nell’articolo** — cerca il testo di un messaggio.',
    'Con più articoli, ogni comando accetta `articolo`.',
  ],
  en: [
    '`/ask question [results] [private]` — the passage that answers, with ¶, section and article; the buttons show the other results, the whole paragraph and its neighbours; **Follow up** asks about that answer (“what about him?”, “why?”).',
    '`/quote person [kind]` — what someone quoted said (direct or reported).',
    '`/summarize [section] [topic] [length]` — a summary made of the article’s sentences.',
    '`/sections` — the sections with their ¶.',
    '`/about` — the article, its source and the figures.',
    '👍 / 👎 under an answer — say whether it helped; server managers see in `/stats` what is asked and what the article does not answer.',
    'Message menu → Apps → **Search the article** — searches a message’s text.',
    'With several articles, every command takes `article`.',
  ],
} as const;

/** The `/help` command. */
export const help: SlashCommand = {
  kind: 'slash',
  name: 'help',
  data: localise(new SlashCommandBuilder(), { name: 'help', nameIt: 'aiuto', it: 'Come usare Brano', en: 'How to use Brano' }).toJSON(),
  noCooldown: true,
  execute(_interaction, ctx) {
    const t = strings(ctx.lang);
    return {
      body: {
        embeds: [{ title: t.helpTitle, description: [t.helpIntro, '', ...USAGE[ctx.lang], '', t.helpPrivate].join('\n'), color: ANSWER_COLOUR }],
      },
      ephemeral: true,
    };
  },
};
