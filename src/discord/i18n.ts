/**
 * What Brano says on Discord, in Italian and English. Replies follow the user's Discord locale: English for
 * `en-*`, Italian for `it` and for everything else (Brano's articles are Italian).
 */

import type { ArticleField } from '../core/articleInfo.js';

/** A reply language. */
export type ReplyLang = 'it' | 'en';

/**
 * Picks the reply language from a Discord locale.
 * @param locale - `interaction.locale` (`it`, `en-US`, `en-GB`, `de`, …)
 * @returns `en` for English locales, `it` otherwise
 */
export function replyLang(locale: string | null | undefined): ReplyLang {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'it';
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const it = {
  notInArticle: 'L’articolo non risponde a questa domanda.',
  notInArticles: 'Gli articoli non rispondono a questa domanda.',
  /** A question asking for a sum, an age, a party, a length of time, a size or a count that the best passages do not state. */
  unsaid: { money: 'L’articolo non riporta cifre su questo.', age: 'L’articolo non dice l’età.', origin: 'L’articolo non dice di dove è.', party: 'L’articolo non dice il partito.', since: 'L’articolo non dice da quanto tempo.', measure: 'L’articolo non dà questa misura.', count: 'L’articolo non dà questo numero.', date: 'L’articolo non dà la data.', year: 'L’articolo non dice l’anno.', score: 'L’articolo non dà il risultato.', hours: 'L’articolo non dà gli orari.' },
  hello: 'Ciao! Chiedimi qualcosa sull’articolo, per esempio: *Di cosa parla l’articolo?*',
  helloMany: 'Ciao! Chiedimi qualcosa sugli articoli, per esempio: *Di cosa parla l’articolo?*',
  thanks: 'Prego! Altre domande?',
  /** A question about the article itself, from its front matter (title and value already escaped). */
  /** Several articles' titles (already escaped): the heading, then one line each. */
  articleTitles: (n: number) => `I titoli dei ${n} articoli:`,
  articleTitleItem: (title: string, _titleEn?: string) => `- *${title}*`,
  articleInfo: (field: ArticleField, title: string, value: string | null, _titleEn?: string) =>
    field === 'title'
      ? `Il titolo dell’articolo è *${title}*.`
      : value === null
      ? `*${title}*: l’articolo non dice ${field === 'author' ? 'chi l’ha scritto' : field === 'date' ? 'quando è stato scritto' : 'da dove viene'}.`
      : `*${title}*: ${field === 'author' ? 'autore' : field === 'date' ? 'data' : 'fonte'}: ${value}.`,
  emptyQuestion: 'Scrivi una domanda con qualche parola significativa, per esempio: *Di cosa parla l’articolo?*',
  closest: 'Il passaggio più vicino (non è una risposta)',
  resultOf: (i: number, n: number) => `Risultato ${i} di ${n}`,
  paragraphLabel: 'Paragrafo intero',
  contextLabel: 'Paragrafi vicini',
  nextLabel: 'Successivo',
  prevLabel: 'Precedente',
  backLabel: 'Torna al passaggio',
  followUpLabel: 'Chiedi ancora',
  followUpTitle: 'Chiedi ancora su questa risposta',
  followUpField: 'La tua domanda',
  followUpPlaceholder: 'Per esempio: e lui cosa ne pensa? Perché?',
  readAs: (q: string) => `Inteso come: ${q}`,
  wholeParagraph: (n: number) => `¶${n} — paragrafo intero`,
  neighbours: (from: number, to: number) => `¶${from}–${to} — paragrafi vicini`,
  expired: 'Questo pulsante non è più valido (l’articolo è cambiato o il messaggio è vecchio). Ripeti il comando.',
  noSuchArticle: (q: string, list: string) => `Non trovo l’articolo “${q}”. Articoli: ${list}.`,
  cooldown: (s: number) => `Un attimo: puoi usare di nuovo un comando tra ${plural(s, 'secondo', 'secondi')}.`,
  error: (id: string) => `Qualcosa è andato storto. Se succede ancora, comunica questo codice: \`${id}\`.`,
  unknownCommand: 'Non conosco questo comando: forse i comandi sono stati aggiornati. Riprova tra poco.',
  noText: 'Quel messaggio non contiene testo da cercare.',
  searchedFor: 'Cercato nell’articolo',
  unknownPerson: (q: string, several = false) => `Nessuno di nome “${q}” parla ${several ? 'negli articoli' : 'nell’articolo'}.`,
  didYouMean: (list: string) => `Forse cercavi: ${list}.`,
  severalHolders: (office: string, list: string) => `Più persone che parlano hanno il ruolo di ${office}: ${list}. Scrivi il nome.`,
  whoSpeaks: (list: string) => `Parlano: ${list}.`,
  noQuotes: (name: string, kind: string) => `${name} non ha citazioni ${kind === 'direct' ? 'dirette' : 'riportate'} nell’articolo.`,
  direct: 'diretta',
  reported: 'riportata',
  noResponse: 'nessuna risposta',
  moreQuotes: (n: number) => `…e ${plural(n, 'altra citazione', 'altre citazioni')}.`,
  unknownSection: (q: string) => `Non trovo la sezione “${q}”.`,
  sectionsAre: 'Sezioni',
  noTopic: (q: string) => `L’articolo non parla di “${q}”.`,
  nothingToSummarize: 'Non ho trovato frasi da riassumere.',
  summaryOf: 'Riassunto',
  sections: 'Sezioni',
  articles: 'Articoli',
  paragraphs: 'Paragrafi',
  people: 'Persone citate',
  source: 'Fonte',
  author: 'Autore',
  date: 'Data',
  version: 'Versione',
  aboutTitle: 'Brano',
  aboutLine: 'Rispondo alle domande sull’articolo con i passaggi che lo dicono, parola per parola, con ¶ e sezione.',
  helpTitle: 'Come usare Brano',
  helpIntro: 'Rispondo solo con frasi dell’articolo, indicando ¶ (paragrafo) e sezione. Se l’articolo non lo dice, lo dico.',
  helpPrivate: 'Aggiungi `privato: True` per una risposta visibile solo a te.',
  reloadOk: (n: number) => `Corpus ricaricato: ${plural(n, 'articolo', 'articoli')}.`,
  reloadFailed: (e: string) => `Ricaricamento non riuscito; continuo con il corpus precedente.\n${e}`,
  reloadDenied: 'Solo chi può gestire il server può ricaricare il corpus.',
  upLabel: 'Utile',
  downLabel: 'Non utile',
  feedbackThanks: (up: boolean): string => (up ? 'Grazie: segnato come utile 👍' : 'Grazie: segnato come non utile 👎. Chi gestisce il server lo vede in /statistiche.'),
  feedbackOff: 'Non registro i giudizi su questo server.',
  feedbackFailed: 'Non sono riuscito a registrare il giudizio; riprova più tardi.',
  statsDenied: 'Solo chi può gestire il server può vedere le statistiche.',
  statsOff: 'La registrazione delle domande è disattivata (BRANO_RECORD=0): non ho statistiche.',
  statsUnavailable: 'Non riesco a leggere il registro delle domande in questo momento; riprova più tardi.',
  statsTitle: 'Che cosa hanno chiesto',
  statsPeriod: (d: number) => `Ultimi ${d} giorni`,
  statsLine: (asked: number, declinedPct: number, up: number, down: number) => `${plural(asked, 'domanda', 'domande')}, ${declinedPct}% senza risposta · 👍 ${up} · 👎 ${down}`,
  statsTopics: 'Argomenti più chiesti',
  statsUnanswered: (d: number) => `Domande a cui l’articolo non risponde (${d} giorni)`,
  statsNone: 'nessuna',
};

type Strings = typeof it;

const en: Strings = {
  notInArticle: 'The article does not answer this question.',
  notInArticles: 'The articles do not answer this question.',
  unsaid: { money: 'The article gives no sum of money for this.', age: 'The article does not give the age.', origin: 'The article does not say where they are from.', party: 'The article does not give the party.', since: 'The article does not say for how long.', measure: 'The article does not give that measurement.', count: 'The article does not give that number.', date: 'The article does not give the date.', year: 'The article does not give the year.', score: 'The article does not give the score.', hours: 'The article does not give the opening hours.' },
  hello: 'Hello! Ask me something about the article, for example: *What is the article about?*',
  helloMany: 'Hello! Ask me something about the articles, for example: *What is the article about?*',
  thanks: 'You’re welcome! Anything else?',
  articleTitles: (n: number) => `The ${n} articles’ titles:`,
  articleTitleItem: (title: string, titleEn?: string) => `- *${title}*${titleEn ? ` (*${titleEn}*)` : ''}`,
  articleInfo: (field: ArticleField, title: string, value: string | null, titleEn?: string) =>
    field === 'title'
      ? `The article’s title is *${title}*${titleEn ? ` (in English, *${titleEn}*)` : ''}.`
      : value === null
      ? `*${title}*: the article does not say ${field === 'author' ? 'who wrote it' : field === 'date' ? 'when it was written' : 'where it comes from'}.`
      : `*${title}*: ${field}: ${value}.`,
  emptyQuestion: 'Ask a question with a few meaningful words, for example: *What is the article about?*',
  closest: 'Closest passage (not an answer)',
  resultOf: (i, n) => `Result ${i} of ${n}`,
  paragraphLabel: 'Whole paragraph',
  contextLabel: 'Neighbouring paragraphs',
  nextLabel: 'Next',
  prevLabel: 'Previous',
  backLabel: 'Back to the passage',
  followUpLabel: 'Follow up',
  followUpTitle: 'Ask a follow-up about this answer',
  followUpField: 'Your question',
  followUpPlaceholder: 'For example: what about the licence? Why?',
  readAs: (q) => `Read as: ${q}`,
  wholeParagraph: (n) => `¶${n} — whole paragraph`,
  neighbours: (from, to) => `¶${from}–${to} — neighbouring paragraphs`,
  expired: 'This button no longer works (the article changed or the message is old). Run the command again.',
  noSuchArticle: (q, list) => `I can’t find the article “${q}”. Articles: ${list}.`,
  cooldown: (s) => `One moment: you can use a command again in ${plural(s, 'second', 'seconds')}.`,
  error: (id) => `Something went wrong. If it happens again, mention this code: \`${id}\`.`,
  unknownCommand: 'I don’t know this command: the commands may have just been updated. Try again shortly.',
  noText: 'That message has no text to search for.',
  searchedFor: 'Searched in the article',
  unknownPerson: (q, several = false) => `Nobody called “${q}” speaks in the article${several ? 's' : ''}.`,
  didYouMean: (list) => `Did you mean: ${list}?`,
  severalHolders: (office, list) => `More than one speaker is ${office}: ${list}. Type the name.`,
  whoSpeaks: (list) => `Speaking: ${list}.`,
  noQuotes: (name, kind) => `${name} has no ${kind} quotes in the article.`,
  direct: 'direct',
  reported: 'reported',
  noResponse: 'no response',
  moreQuotes: (n) => `…and ${plural(n, 'more quote', 'more quotes')}.`,
  unknownSection: (q) => `I can’t find the section “${q}”.`,
  sectionsAre: 'Sections',
  noTopic: (q) => `The article says nothing about “${q}”.`,
  nothingToSummarize: 'I found no sentences to summarise.',
  summaryOf: 'Summary',
  sections: 'Sections',
  articles: 'Articles',
  paragraphs: 'Paragraphs',
  people: 'People quoted',
  source: 'Source',
  author: 'Author',
  date: 'Date',
  version: 'Version',
  aboutTitle: 'Brano',
  aboutLine: 'I answer questions about the article with the passages that say so, word for word, with ¶ and section.',
  helpTitle: 'How to use Brano',
  helpIntro: 'I answer only with sentences from the article, giving the ¶ (paragraph) and section. When the article does not say, I say so.',
  helpPrivate: 'Add `private: True` for an answer only you can see.',
  reloadOk: (n) => `Corpus reloaded: ${plural(n, 'article', 'articles')}.`,
  reloadFailed: (e) => `Reload failed; still serving the previous corpus.\n${e}`,
  reloadDenied: 'Only members who can manage the server can reload the corpus.',
  upLabel: 'Helpful',
  downLabel: 'Not helpful',
  feedbackThanks: (up) => (up ? 'Thanks: marked as helpful 👍' : 'Thanks: marked as not helpful 👎. The server’s managers see it in /stats.'),
  feedbackOff: 'I do not record feedback on this server.',
  feedbackFailed: 'I could not record your feedback; try again later.',
  statsDenied: 'Only members who can manage the server can see the statistics.',
  statsOff: 'Recording questions is turned off (BRANO_RECORD=0): there are no statistics.',
  statsUnavailable: 'I cannot read the question log right now; try again later.',
  statsTitle: 'What readers asked',
  statsPeriod: (d) => `Last ${d} days`,
  statsLine: (asked, declinedPct, up, down) => `${plural(asked, 'question', 'questions')}, ${declinedPct}% declined · 👍 ${up} · 👎 ${down}`,
  statsTopics: 'Most asked topics',
  statsUnanswered: (d) => `Questions the article does not answer (${d} days)`,
  statsNone: 'none',
};

/**
 * The strings for a language.
 * @param lang - the reply language
 * @returns every message Brano shows on Discord
 */
export function strings(lang: ReplyLang): Strings {
  return lang === 'en' ? en : it;
}
