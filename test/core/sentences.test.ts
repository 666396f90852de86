import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/sentences.js';
import { quoteSentences } from '../../src/core/quotes.js';

/**
 * Real Italian text: paragraphs of the SQuAD-it dev articles in test/fixtures/squad-it-dev/corpus (Wikipedia,
 * machine-translated, with its leftovers: citation numbers, spaced apostrophes) and of the seed article in
 * corpus/llama2.md. Each case: a stretch of a paragraph as written, and the sentences a reader sees in it.
 */
const REAL: readonly (readonly [string, readonly string[]])[] = [
  // initials in names
  [
    'Nel febbraio 1912, un articolo -"Nikola Tesla, Dreamer" di Allan L. Benson è stato pubblicato in World Today.',
    ['Nel febbraio 1912, un articolo -"Nikola Tesla, Dreamer" di Allan L. Benson è stato pubblicato in World Today.'],
  ],
  [
    'Nel 1974, ABC ha presentato in anteprima la serie di detective S. W. A. T. Nello stesso anno, la rete prese la decisione di competere con il notiziario telefonico mattutino della NBC Today.',
    ['Nel 1974, ABC ha presentato in anteprima la serie di detective S. W. A. T.', 'Nello stesso anno, la rete prese la decisione di competere con il notiziario telefonico mattutino della NBC Today.'],
  ],
  ['La società E. W. Scripps Company è il maggiore operatore di stazioni ABC in termini di portata complessiva del mercato.', ['La società E. W. Scripps Company è il maggiore operatore di stazioni ABC in termini di portata complessiva del mercato.']],
  ['Nel 1944 Noble acquistò successivamente i diritti della "American Broadcasting Company" da George B. Storer nel 1944.', ['Nel 1944 Noble acquistò successivamente i diritti della "American Broadcasting Company" da George B. Storer nel 1944.']],
  ['Dopo la fusione, Thomas S. Murphy lasciò ABC e Robert Iger divenne presidente.', ['Dopo la fusione, Thomas S. Murphy lasciò ABC e Robert Iger divenne presidente.']],
  ['Nel 1973, Nixon nominò William E. Simon il primo amministratore dell\' Ufficio federale per l\' energia.', ['Nel 1973, Nixon nominò William E. Simon il primo amministratore dell\' Ufficio federale per l\' energia.']],
  ['Il giorno dopo l\' assassinio di John F. Kennedy, il primo episodio fu trasmesso.', ['Il giorno dopo l\' assassinio di John F. Kennedy, il primo episodio fu trasmesso.']],
  ['Wilson e lo scrittore di staff C. E. Webber. Anche lo scrittore lavorò alla serie.', ['Wilson e lo scrittore di staff C. E. Webber.', 'Anche lo scrittore lavorò alla serie.']],
  ['Un calciatore belga ha sostenuto che egli dovrebbe essere in grado di trasferire da R. F. C. C. a USL Dunkerque al termine del suo contratto.', ['Un calciatore belga ha sostenuto che egli dovrebbe essere in grado di trasferire da R. F. C. C. a USL Dunkerque al termine del suo contratto.']],
  ['Steven R. Ward scrisse:"Nel complesso, la guerra fu un disastro."', ['Steven R. Ward scrisse:"Nel complesso, la guerra fu un disastro."']],
  ['Le pagine della legge ariana da Dr. E. H. Schulz e Dr. R. Frercks furono diffuse.', ['Le pagine della legge ariana da Dr. E. H. Schulz e Dr. R. Frercks furono diffuse.']],
  // abbreviations
  [
    'Gli ingegneri che lavoravano per la Westinghouse Electric & Manufacturing Company riferirono a George Westinghouse che Tesla aveva un motore in c. a. e relativo sistema di alimentazione - qualcosa per il quale Westinghouse aveva cercato di ottenere brevetti.',
    ['Gli ingegneri che lavoravano per la Westinghouse Electric & Manufacturing Company riferirono a George Westinghouse che Tesla aveva un motore in c. a. e relativo sistema di alimentazione - qualcosa per il quale Westinghouse aveva cercato di ottenere brevetti.'],
  ],
  ['Tuttavia, in linea di principio, il sig. Costa aveva il diritto di far valere che il Trattato era in contrasto con il diritto nazionale.', ['Tuttavia, in linea di principio, il sig. Costa aveva il diritto di far valere che il Trattato era in contrasto con il diritto nazionale.']],
  ['In Geraets-Smits contro Stichting Ziekenfonds, la sig. ra Geraets-Smits ha sostenuto che avrebbe dovuto essere rimborsata.', ['In Geraets-Smits contro Stichting Ziekenfonds, la sig. ra Geraets-Smits ha sostenuto che avrebbe dovuto essere rimborsata.']],
  [
    'L\' articolo 102 consente al Consiglio europeo di regolamentare le fusioni tra imprese (l\' attuale regolamento è il regolamento (CE) n. 139/2004). Il test generale consiste nel determinare se una concentrazione potrebbe ostacolare la concorrenza.',
    ['L\' articolo 102 consente al Consiglio europeo di regolamentare le fusioni tra imprese (l\' attuale regolamento è il regolamento (CE) n. 139/2004).', 'Il test generale consiste nel determinare se una concentrazione potrebbe ostacolare la concorrenza.'],
  ],
  ['In gara anche Lucio Corsi, Shablo feat. Guè, Joshua e Tormento. Rocco Hunt torna sul palco.', ['In gara anche Lucio Corsi, Shablo feat. Guè, Joshua e Tormento.', 'Rocco Hunt torna sul palco.']],
  ['Poche grandi città (come Boston) avevano solo due stazioni televisive, molte altre città (come Pittsburgh e St. Louis) ne avevano una sola.', ['Poche grandi città (come Boston) avevano solo due stazioni televisive, molte altre città (come Pittsburgh e St. Louis) ne avevano una sola.']],
  ['KQTV è concesso in licenza a St. Joseph, Missouri, che è designato da Nielsen come mercato separato.', ['KQTV è concesso in licenza a St. Joseph, Missouri, che è designato da Nielsen come mercato separato.']],
  ['La rete è entrata negli anni\' 90 con Step by Step, Hangin\' con Mr. Cooper, Boy Meets World e Family Matters.', ['La rete è entrata negli anni\' 90 con Step by Step, Hangin\' con Mr. Cooper, Boy Meets World e Family Matters.']],
  ['Il Dr. Thomas Coke, già sacerdote della Chiesa d\' Inghilterra, fu ordinato sovrintendente.', ['Il Dr. Thomas Coke, già sacerdote della Chiesa d\' Inghilterra, fu ordinato sovrintendente.']],
  ['Il dispensario è soggetto alla legislazione farmaceutica; i requisiti per le condizioni di conservazione, testi obbligatori, attrezzature, ecc. sono specificati nella legislazione.', ['Il dispensario è soggetto alla legislazione farmaceutica; i requisiti per le condizioni di conservazione, testi obbligatori, attrezzature, ecc. sono specificati nella legislazione.']],
  ['La maggior parte del diritto dell\' UE è applicata dai tribunali degli Stati membri (la Corte d\' appello inglese, la Cour du travail belga, ecc. ma possono sottoporre domande al giudice dell\' UE.', ['La maggior parte del diritto dell\' UE è applicata dai tribunali degli Stati membri (la Corte d\' appello inglese, la Cour du travail belga, ecc. ma possono sottoporre domande al giudice dell\' UE.']],
  ['Le fasi includono la progettazione, la stima dei costi di costruzione e di offerta, ecc. I più grandi progetti di costruzione sono detti megaprogetti.', ['Le fasi includono la progettazione, la stima dei costi di costruzione e di offerta, ecc.', 'I più grandi progetti di costruzione sono detti megaprogetti.']],
  ['Il ministro deve rappresentare i ministri delle finanze, i ministri degli esteri, ecc. Il ministro deve avere l\' autorità di impegnare il governo.', ['Il ministro deve rappresentare i ministri delle finanze, i ministri degli esteri, ecc.', 'Il ministro deve avere l\' autorità di impegnare il governo.']],
  ['Il Dieskau fu inviato a Forte St. Frèdèric per far fronte alla minaccia.', ['Il Dieskau fu inviato a Forte St. Frèdèric per far fronte alla minaccia.']],
  ['Il 22 dicembre, Disney-ABC Television Group ha annunciato una partnership con Apple Inc. per rendere i singoli episodi disponibili su iTunes.', ['Il 22 dicembre, Disney-ABC Television Group ha annunciato una partnership con Apple Inc. per rendere i singoli episodi disponibili su iTunes.']],
  ['Disney ha ridenominato la sua nuova controllata ABC Inc. Oltre alla rete ABC, l\' acquisizione ha integrato nella società dieci stazioni.', ['Disney ha ridenominato la sua nuova controllata ABC Inc.', 'Oltre alla rete ABC, l\' acquisizione ha integrato nella società dieci stazioni.']],
  ['Il TAR è stato inoltre approvato dall\' European Geosciences Union (cfr."Endorsements of the IPCC").', ['Il TAR è stato inoltre approvato dall\' European Geosciences Union (cfr."Endorsements of the IPCC").']],
  // numbers with dots and commas
  ['Walt voleva ABC di investire 500.000 dollari e ha accumulato una garanzia di 4,5 milioni di dollari in prestiti aggiuntivi. Intorno al 1954, ABC accettò di finanziare Disneyland.', ['Walt voleva ABC di investire 500.000 dollari e ha accumulato una garanzia di 4,5 milioni di dollari in prestiti aggiuntivi.', 'Intorno al 1954, ABC accettò di finanziare Disneyland.']],
  ['La rete ha una portata nazionale stimata del 96,26% di tutte le famiglie negli Stati Uniti (o 300.794.157 americani con almeno un televisore).', ['La rete ha una portata nazionale stimata del 96,26% di tutte le famiglie negli Stati Uniti (o 300.794.157 americani con almeno un televisore).']],
  ['Tesla pensava che l\' aereo avrebbe venduto per meno di 1.000 dollari. Il 7 gennaio 1900 Tesla lasciò il Colorado Springs.', ['Tesla pensava che l\' aereo avrebbe venduto per meno di 1.000 dollari.', 'Il 7 gennaio 1900 Tesla lasciò il Colorado Springs.']],
  ['Ha trasmesso The $10.000/$20.000 Pyramid, Family Feud e Hot Streak.', ['Ha trasmesso The $10.000/$20.000 Pyramid, Family Feud e Hot Streak.']],
  // quotations that end a sentence inside the marks
  [
    'Un comandante dell\'Unione spiegò che Jacksonville era diventata “pateticamente dilaniata, un mero scheletro di ciò che era, una vittima di guerra.” Poi la città fu ricostruita.',
    ['Un comandante dell\'Unione spiegò che Jacksonville era diventata “pateticamente dilaniata, un mero scheletro di ciò che era, una vittima di guerra.”', 'Poi la città fu ricostruita.'],
  ],
  ['Secondo Tesla, Edison ha osservato:"Ci sono cinquantamila dollari in esso per voi, se lo potete fare." Tesla lavorò per quasi un anno.', ['Secondo Tesla, Edison ha osservato:"Ci sono cinquantamila dollari in esso per voi, se lo potete fare."', 'Tesla lavorò per quasi un anno.']],
  ['Swezey ricordava una mattina quando Tesla lo chiamò alle 3:"Stavo dormendo nella mia stanza come un defunto.". Improvvisamente, l\' anello telefonico mi risvegliò.', ['Swezey ricordava una mattina quando Tesla lo chiamò alle 3:"Stavo dormendo nella mia stanza come un defunto.".', 'Improvvisamente, l\' anello telefonico mi risvegliò.']],
  ['“L’impatto sulla comunità non può essere sottovalutato”, diceva la memo di Google trapelata. “All’improvviso chiunque può sperimentare”.', ['“L’impatto sulla comunità non può essere sottovalutato”, diceva la memo di Google trapelata.', '“All’improvviso chiunque può sperimentare”.']],
  ['“Gli sviluppatori e gli imprenditori sono molto ingegnosi, e troveranno cosa possono ottenere da Llama 2”, dice. “Non so cosa succederà”.', ['“Gli sviluppatori e gli imprenditori sono molto ingegnosi, e troveranno cosa possono ottenere da Llama 2”, dice.', '“Non so cosa succederà”.']],
  [
    'Tesla è citato dal New York Times come dicendo:"Sono troppo addolorato per parlare. Cosa posso dire"? Tesla potrebbe aver inavvertitamente catturato un\' immagine radiografica.',
    ['Tesla è citato dal New York Times come dicendo:"Sono troppo addolorato per parlare. Cosa posso dire"?', 'Tesla potrebbe aver inavvertitamente catturato un\' immagine radiografica.'],
  ],
  // citation marks left in Wikipedia text
  [
    'Tesla ha preso un martello a slitta per terminare l\' esperimento, così come arrivò la polizia. 162-164 Nel febbraio 1912, un articolo fu pubblicato.',
    ['Tesla ha preso un martello a slitta per terminare l\' esperimento, così come arrivò la polizia.', 'Nel febbraio 1912, un articolo fu pubblicato.'],
  ],
  [
    'Nel suo laboratorio Tesla lavorò per un periodo di 84 ore senza dormire o riposare. 208 Kenneth Swezey, giornalista che Tesla aveva amicizia, ha confermato che Tesla dormiva raramente.',
    ['Nel suo laboratorio Tesla lavorò per un periodo di 84 ore senza dormire o riposare.', 'Kenneth Swezey, giornalista che Tesla aveva amicizia, ha confermato che Tesla dormiva raramente.'],
  ],
  ['L\' aereo della NBC è atterrato in America Latina[dove? che porta ABC a conoscere le filiali in quella regione.', ['L\' aereo della NBC è atterrato in America Latina[dove? che porta ABC a conoscere le filiali in quella regione.']],
  // question and exclamation marks in titles and sentences
  ['Uno dei suoi affiliati, WCVB-TV ha debuttato al mattino show Good Day! Primo in anteprima nel 1973 come Good Morning, è stato innovativo.', ['Uno dei suoi affiliati, WCVB-TV ha debuttato al mattino show Good Day!', 'Primo in anteprima nel 1973 come Good Morning, è stato innovativo.']],
  ['Sono andati in onda Dirty Sexy Money, Pushing Daisies, Eli Stone e Samantha Who? Uno dei programmi di sostituzione andò in onda più tardi.', ['Sono andati in onda Dirty Sexy Money, Pushing Daisies, Eli Stone e Samantha Who?', 'Uno dei programmi di sostituzione andò in onda più tardi.']],
  // plain boundaries, and the words natural's splitter mistook for abbreviations ("-ing.", "-co.", "-art.")
  ['Ha avviato una grande campagna di marketing. Il pubblico ha risposto bene.', ['Ha avviato una grande campagna di marketing.', 'Il pubblico ha risposto bene.']],
  ['Il modello di Meta è pubblico. Chiunque lo può scaricare.', ['Il modello di Meta è pubblico.', 'Chiunque lo può scaricare.']],
  ['Il Parlamento scozzese si riunisce a Holyrood. Ha 129 membri.', ['Il Parlamento scozzese si riunisce a Holyrood.', 'Ha 129 membri.']],
  ['La peste arrivò in Europa nel 1347. Uccise un terzo della popolazione.', ['La peste arrivò in Europa nel 1347.', 'Uccise un terzo della popolazione.']],
];

/** The abbreviations the issue names that the fixtures do not happen to contain, in sentences written for the test. */
const CONSTRUCTED: readonly (readonly [string, readonly string[]])[] = [
  ['Vedi art. 5 del regolamento. Il testo è chiaro.', ['Vedi art. 5 del regolamento.', 'Il testo è chiaro.']],
  ['Lo spiega il vol. II a pag. 12 del trattato. Poi cambia argomento.', ['Lo spiega il vol. II a pag. 12 del trattato.', 'Poi cambia argomento.']],
  ['La Fiat S.p.A. Nel 2000 aveva ca. 200.000 dipendenti.', ['La Fiat S.p.A.', 'Nel 2000 aveva ca. 200.000 dipendenti.']],
  ['Lo ha detto il dott. Rossi, poi se ne è andato... Nessuno lo ha più visto.', ['Lo ha detto il dott. Rossi, poi se ne è andato...', 'Nessuno lo ha più visto.']],
  ['Aspettò… e poi tornò. Fine.', ['Aspettò… e poi tornò.', 'Fine.']],
  ['Ne parlò J. P. Morgan. Tesla lavorò.[12] Poi partì.', ['Ne parlò J. P. Morgan.', 'Tesla lavorò.', 'Poi partì.']],
  ['Il testo citato [...] Non è chiaro.', ['Il testo citato [...] Non è chiaro.']],
  // (a contact's numbers: "cell.", "tel.", "fax" lead into them)
  ['Per candidarsi: Anna Neri cell. 348.1234567, Marco Riva tel. 0566.12345 o fax 0566.12346. Poi si fissa un colloquio.', ['Per candidarsi: Anna Neri cell. 348.1234567, Marco Riva tel. 0566.12345 o fax 0566.12346.', 'Poi si fissa un colloquio.']],
];

describe('splitSentences', () => {
  it('GIVEN a stop inside a short bracket (“Enrico Ferrari (Capitano Pol. Cornedo): “…””) THEN no sentence ends there, in the index’s sentences and in the quotations’; a bracket holding whole sentences still ends them', () => {
    const text = 'Enrico Ferrari (Capitano Pol. Cornedo): “È una gioia indimenticabile”. Poi è andato a casa.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Enrico Ferrari (Capitano Pol. Cornedo): “È una gioia indimenticabile”.', 'Poi è andato a casa.']);
    expect(quoteSentences(text).map((s) => s.text)).toEqual(['Enrico Ferrari (Capitano Pol. Cornedo): “È una gioia indimenticabile”.', 'Poi è andato a casa.']);
    expect(splitSentences('La squadra ha vinto (era attesa. Nessuno ne dubitava e tutti lo sapevano da settimane). Poi la festa.').length).toBe(3);
  });

  it('GIVEN a paragraph opening with a list’s number (“1. Che cos’è per Lei scrivere?”) THEN the number stays with its item; a number closing a sentence still ends it', () => {
    expect(splitSentences('1. Che cos’è per Lei scrivere, quali emozioni prova?').map((s) => s.text)).toEqual(['1. Che cos’è per Lei scrivere, quali emozioni prova?']);
    expect(splitSentences('12. Ebook o cartaceo? Cartaceo.').map((s) => s.text)).toEqual(['12. Ebook o cartaceo?', 'Cartaceo.']);
    expect(splitSentences('I voti sono stati 12. Poi la seduta è finita.').map((s) => s.text)).toEqual(['I voti sono stati 12.', 'Poi la seduta è finita.']);
  });

  it('GIVEN the issue’s five sentences with "-co.", "-ing." and "-n." endings THEN it returns five sentences', () => {
    const text = 'Il modello è pubblico. Tutti lo usano. Parla di marketing. Poi arriva il camion. Fine del discorso.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Il modello è pubblico.',
      'Tutti lo usano.',
      'Parla di marketing.',
      'Poi arriva il camion.',
      'Fine del discorso.',
    ]);
  });

  it('GIVEN at least 40 stretches of real Italian text THEN the table holds that many cases', () => {
    expect(REAL.length).toBeGreaterThanOrEqual(40);
  });

  it.each(REAL)('GIVEN real text %j THEN it splits where a reader does', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it.each(CONSTRUCTED)('GIVEN %j THEN it splits where a reader does', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('GIVEN any case THEN every sentence is the verbatim slice at its offsets, in order, without overlap', () => {
    for (const [text] of [...REAL, ...CONSTRUCTED]) {
      let last = 0;
      for (const s of splitSentences(text)) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.start).toBeGreaterThanOrEqual(last);
        last = s.end;
      }
    }
  });

  it('GIVEN a quotation of several sentences that opens its sentence THEN each of its sentences is read apart, unless whole quotations are asked for; GIVEN one opened inside a sentence THEN it stays part of it', () => {
    const answer = '«Il nostro auspicio è liberare via Roma dal cantiere entro l’anno. L’impresa riprenderà dopo il 20. Fine dei lavori prevista nel 2024». Poi si vedrà.';
    expect(splitSentences(answer).map((s) => s.text)).toEqual([
      '«Il nostro auspicio è liberare via Roma dal cantiere entro l’anno.',
      'L’impresa riprenderà dopo il 20.',
      'Fine dei lavori prevista nel 2024».',
      'Poi si vedrà.',
    ]);
    expect(splitSentences(answer, { wholeQuotations: true }).map((s) => s.text)).toEqual([
      '«Il nostro auspicio è liberare via Roma dal cantiere entro l’anno. L’impresa riprenderà dopo il 20. Fine dei lavori prevista nel 2024».',
      'Poi si vedrà.',
    ]);
    const straight = '"Sono troppo addolorato per parlare. Cosa posso dire", ha detto. "Ancora. Poi". Fine.';
    expect(splitSentences(straight).map((s) => s.text)).toEqual(['"Sono troppo addolorato per parlare.', 'Cosa posso dire", ha detto.', '"Ancora.', 'Poi".', 'Fine.']);
    expect(splitSentences(straight, { wholeQuotations: true }).map((s) => s.text)).toEqual(['"Sono troppo addolorato per parlare. Cosa posso dire", ha detto.', '"Ancora. Poi".', 'Fine.']);
    expect(splitSentences('Ha detto: «Sono addolorato. Era un amico». Poi è partito.').map((s) => s.text)).toEqual(['Ha detto: «Sono addolorato. Era un amico».', 'Poi è partito.']);
  });

  it('GIVEN an agency dateline with its month written short (“Milano, 19 mar. – La società …”) THEN the dateline opens the first sentence; a sentence ending on a day and a month written whole still ends', () => {
    expect(splitSentences('Milano, 19 mar. – La Latteria Valdora ha chiuso il 2023 in crescita. Il dividendo sale.').map((x) => x.text)).toEqual([
      'Milano, 19 mar. – La Latteria Valdora ha chiuso il 2023 in crescita.',
      'Il dividendo sale.',
    ]);
    expect(splitSentences('Roma, 27 sett. – Il governo ha approvato il decreto.').length).toBe(1);
    expect(splitSentences('La gara si corre il 19 marzo. La partenza è alle nove.').length).toBe(2);
  });

  it('GIVEN blank text THEN there are no sentences; GIVEN text with no final mark THEN it is one sentence', () => {
    expect(splitSentences('   \n ')).toEqual([]);
    expect(splitSentences('  senza punto finale ')).toEqual([{ text: 'senza punto finale', start: 2, end: 20 }]);
  });
});
