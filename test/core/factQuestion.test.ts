import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/brano.js';
import { parseArticle } from '../../src/core/corpus.js';
import { askedFact, continuesCount, countedWords, holdsMoney, statesCountOf, statesFact, statesPartyOf } from '../../src/core/factQuestion.js';
import { analyze, isStopword } from '../../src/core/analysis.js';
import { parseThesaurus } from '../../src/core/thesaurus.js';
import { parseBilingualLexicon } from '../../src/core/crossLingual.js';
import { installItalianData, loadLexicons } from '../../src/lexicons.js';

installItalianData();

// A made-up local news piece: what the works cost is given in its third paragraph only; no ticket price anywhere.
const piece = parseArticle(
  `---
title: "Riapre il teatro comunale di Borgo Alto"
lang: it
---

Dopo tre anni di lavori riapre il teatro comunale di Borgo Alto, chiuso nel 2021 per le infiltrazioni d'acqua nel tetto.

Il sindaco Paolo Ferri ha tagliato il nastro davanti a trecento persone. «Il teatro torna alla città», ha detto.

I lavori di restauro del teatro sono costati 850mila euro, coperti in gran parte da un contributo della Regione.

La stagione del teatro si apre a ottobre con una commedia di Goldoni; seguiranno concerti e spettacoli per le scuole.
`,
  'teatro.md',
);
const core = createCore([piece]);
// The same piece, which gives no time of day anywhere.
const unsaidTimes = core;

/**
 * "Quanti dipendenti ha la Fonderia Sarti?" over a three-paragraph piece whose second paragraph ends without the
 * count ("L’azienda cerca nuovi mercati.") and with it (`count`).
 */
function askSarti(title: string, first: string, second: string, count: string) {
  const text = (last: string) => `---\ntitle: "${title}"\nlang: it\n---\n\n${first}\n\n${second} ${last}\n\nI sindacati chiedono un incontro in prefettura entro marzo.\n`;
  const q = 'Quanti dipendenti ha la Fonderia Sarti?';
  return {
    unsaid: createCore([parseArticle(text('L’azienda cerca nuovi mercati.'), 'sarti.md')]).ask(q),
    said: createCore([parseArticle(text(count), 'sarti.md')]).ask(q),
  };
}

describe('questions asking for a sum of money', () => {
  it('GIVEN questions in Italian and English THEN those asking what something costs, is worth, earned or was spent are told from other “quanto” and “how much” questions', () => {
    for (const q of [
      'Quanto è costata la rotatoria?',
      'quanto costano i lavori?',
      'Quanto vale l’ecografo donato?',
      'Quanto hanno incassato le multe?',
      'A quanto ammonta il danno?',
      'Qual è il fatturato annuo di Wartsila?',
      'How much did the new bodycams cost?',
      'How much money is being invested in the plant?',
      'What is the price of a ticket?',
      'How much is a ticket to the concert?',
      'Quanto si paga per entrare?',
      'Quanto ci è costato il ponte?',
    ]) {
      expect(askedFact(q), q).toBe('money');
    }
    for (const q of ['Quanto spesso si vota?', 'Quanti dipendenti ha la ditta?', 'Quanto è alto il campanile?', 'How much wine is in stock?', 'How much is the river polluted?', 'How many drivers were fined?', 'Chi ha pagato il conto?']) {
      expect(askedFact(q), q).not.toBe('money');
    }
  });

  it('GIVEN a text THEN a sum with a currency sign or word, or a price of nothing, is a sum, and so is a figure in millions or billions counting nothing named after it; a word merely beginning like one is not', () => {
    for (const t of ['I lavori sono costati 400mila euro.', 'una spesa di € 79.106', 'un contratto da 3 milioni di dollari', 'L’ingresso è gratuito.', 'costa 10 $', 'un dividendo pari a 12 centesimi per azione', 'i ricavi hanno toccato i 251,8 milioni, con un +21,7%', 'un fatturato di 1,6 mld', 'salendo dai 54,7 milioni del 2022']) expect(holdsMoney(t), t).toBe(true);
    for (const t of ['I lavori sono finiti a maggio.', 'In Europa e in Eurasia', 'trecento persone', 'una dollarizzazione', 'una città di 3 milioni di abitanti', 'oltre 2 milioni d’italiani']) expect(holdsMoney(t), t).toBe(false);
  });

  it('GIVEN a question asking what something costs THEN the passage giving the sum comes first, in Italian and English, however many of its other words another passage holds', () => {
    // ("rifare il tetto": the first paragraph speaks of the roof, the third of what the works cost)
    for (const q of ['Quanto è costato rifare il tetto del teatro?', 'How much did it cost to reopen the theatre?']) {
      const r = core.ask(q);
      expect(r.answered, q).toBe(true);
      expect(r.passages[0]?.paragraph, q).toBe(3);
      expect(r.passages[0]?.excerpt).toContain('850mila euro');
      // the scores still fall in order
      expect(r.passages.map((p) => p.score)).toEqual([...r.passages.map((p) => p.score)].sort((a, b) => b - a));
    }
  });

  it('GIVEN a question asking for the sum of one thing over a piece giving only the sum of another THEN it is declined, in Italian and English', () => {
    for (const q of ['Quanto costa il biglietto per la commedia di Goldoni?', 'How much does a ticket for the Goldoni comedy cost?']) {
      const r = core.ask(q);
      expect(r.answered, q).toBe(false);
      expect(r.unsaid, q).toBe('money');
    }
    // a question with nothing besides its words of asking takes the sum the piece gives
    expect(core.ask('Quanto è costato?').passages[0]?.paragraph).toBe(3);
  });

  it('GIVEN a question asking for a sum a piece does not give THEN it is declined, in Italian and English; the other questions about the same things are answered', () => {
    // The same piece without the paragraph on what the works cost: it names no sum at all.
    const unpriced = createCore([parseArticle(piece.paragraphs.filter((p) => p.number !== 3).map((p) => p.text).join('\n\n').replace(/^/, '---\ntitle: "Riapre il teatro"\nlang: it\n---\n\n'), 'teatro.md')]);
    for (const q of ['Quanto costa il biglietto per la commedia di Goldoni?', 'How much does a ticket for the Goldoni comedy cost?', 'Quanto è costato il restauro del teatro?', 'Quanto guadagna il sindaco Paolo Ferri?']) {
      const r = unpriced.ask(q);
      expect(r.answered, q).toBe(false);
      expect(r.passages).toEqual([]);
    }
    expect(unpriced.ask('Quando si apre la stagione del teatro?').answered).toBe(true);
    expect(unpriced.ask('Cosa ha detto il sindaco Paolo Ferri?').answered).toBe(true);
  });

  it('GIVEN questions asking someone’s age or party THEN they are told from questions on how long something lasted and from the age of things', () => {
    for (const q of ['quanto deve pagare Paola Neri?', 'quanto dovranno spendere i residenti?', 'Quanto paga Paola Neri?']) expect(askedFact(q), q).toBe('money');
    for (const q of ['Quanti anni ha Nicolino Cilli?', 'Quanti anni ha il sindaco di Albosaggia Graziano Murada?', 'How old is Angelino Alfano?', 'What age is coach Raffaele Capozziello?']) expect(askedFact(q), q).toBe('age');
    for (const q of ['Quanti anni ha giocato Thomas Davis nella NFL?', 'Da quanti anni Marco Martini dirige la pediatria?', 'how old is the pottery from black hammock island', 'Quanti anni servono per la laurea?', 'Quanti anni aveva chiesto l’accusa per Alessandro Casarsa?', 'Quanti anni ha preso Paolo Russo?']) expect(askedFact(q), q).not.toBe('age');
    expect(askedFact('Quanti anni ha Russo?')).toBe('age');
    for (const q of ['A quale partito appartiene il sindaco Luca Ornago?', 'Di quale partito è l’assessore Fanelli?', 'Nadia Conticelli di che partito è?', 'Which political party does Clemente Mastella belong to?']) expect(askedFact(q), q).toBe('party');
    expect(askedFact('Chi ha vinto la partita?')).toBeUndefined();
  });

  it('GIVEN “Di che gruppo politico è X?”, “Which political group is X in?” THEN a party is asked; a group of another kind is not', () => {
    for (const q of ['Natalini di che gruppo politico è?', 'A quale gruppo politico appartiene la consigliera Rosa Bini?', 'In quale schieramento politico siede Bini?', 'Which political group is Natalini in?']) expect(askedFact(q), q).toBe('party');
    for (const q of ['Di che gruppo fa parte il cantante?', 'Quale gruppo ha vinto il festival?', 'Which group won the contest?']) expect(askedFact(q), q).toBeUndefined();
  });

  it('GIVEN a text THEN an age, a party or a side of a council is recognised as written, and what only looks like one is not', () => {
    for (const t of ['Il sindaco Paolo Rossi, 52 anni, ha giurato.', 'il 45enne di Varese', 'Rossi (52) ha detto', 'nato nel 1950 a Roma', 'Nato nel 1950 a Roma', 'classe 1978', 'Francesco Rossi, classe ‘72, nativo di Subiaco', 'morto a soli 27 anni', 'l’uomo, un ottantenne, è passato lo stesso', 'la ventenne di Lucca', 'la ventiquattrenne keniana', 'un trentatreenne di Bari', 'il quindicenne fermato ieri']) expect(statesFact('age', t), t).toBe(true);
    for (const t of ['dopo 52 anni di attesa', 'chiuso 9 anni fa', 'da 20 anni', 'nel 1950 il teatro', 'una pena di 15 anni e 8 mesi di reclusione', 'una condanna a 12 anni', 'senza alcun riconoscimento in 7 anni', 'tra 10 anni sarà finito', '“Da 5 anni ho l’onore di presiedere questa squadra”', 'una vertenza lunga almeno 4 anni', 'un impegno perenne', 'una cerimonia solenne']) expect(statesFact('age', t), t).toBe(false);
    for (const t of ['la consigliera regionale del Pd Nadia Conticelli', 'la deputata di Fratelli d’Italia Beatriz Colombo', 'Anna Bruni (M5s)', 'il senatore leghista', 'la lista civica del sindaco', 'il centrodestra', 'Luca Caselli di Alleanza Nazionale Pdl', 'il consigliere dell’Italia dei Valori']) expect(statesFact('party', t), t).toBe(true);
    for (const t of ['un’azione decisa', '(ANSA) - ROMA', 'la partita di calcio', 'le richieste dei sindaci Carla Neri (Valdora) e Paolo Sala (Montebello), presenti i Comuni di Valdora e Montebello']) expect(statesFact('party', t), t).toBe(false);
    expect(statesFact('party', 'ha detto Stefano Sirri (Alleanza Sarda), presenti i Comuni di Valdora e Montebello')).toBe(true);
  });

  it('GIVEN “Quanti anni ha X?” or “A quale partito appartiene X?” over a piece that gives neither THEN they are declined, in Italian and English; over one that gives them, answered with that paragraph', () => {
    const unsaid = createCore([parseArticle(piece.paragraphs.map((p) => p.text).join('\n\n').replace(/^/, '---\ntitle: "Riapre il teatro"\nlang: it\n---\n\n'), 'teatro.md')]);
    for (const q of ['Quanti anni ha Paolo Ferri?', 'How old is Paolo Ferri?', 'A quale partito appartiene il sindaco Paolo Ferri?', 'Which party does Paolo Ferri belong to?']) {
      const r = unsaid.ask(q);
      expect(r.answered, q).toBe(false);
      expect(r.passages).toEqual([]);
    }
    const said = createCore([
      parseArticle(
        piece.paragraphs
          .map((p) => p.text)
          .concat(['Paolo Ferri, 52 anni, è sindaco dal 2019 con il Pd e una lista civica.'])
          .join('\n\n')
          .replace(/^/, '---\ntitle: "Riapre il teatro"\nlang: it\n---\n\n'),
        'teatro.md',
      ),
    ]);
    for (const q of ['Quanti anni ha Paolo Ferri?', 'How old is Paolo Ferri?', 'A quale partito appartiene il sindaco Paolo Ferri?']) {
      const r = said.ask(q);
      expect(r.answered, q).toBe(true);
      expect(r.passages[0]?.paragraph, q).toBe(5);
    }
  });

  it('GIVEN “Quanti anni ha X?” over a paragraph that names X and gives someone else’s age (“una ragazza muore a soli 27 anni … Il conducente è X”) THEN it is declined as a fact not given; an age in the sentence naming X, or in one of the two after it, answers', () => {
    const text = (last: string) =>
      `---\ntitle: "Condannato il pirata della strada"\nlang: it\n---\n\nUna lite per una precedenza finisce in tragedia. Elena, sulla moto, muore sul colpo a soli 27 anni; il suo ragazzo resta ferito. ${last}\n\nIl tribunale ha deciso una pena di 15 anni per il conducente del furgone.\n`;
    const other = createCore([parseArticle(text('Il conducente del furgone è Mauro Gilli, elettricista torinese.'), 'pirata.md')]);
    const r = other.ask('Quanti anni ha Mauro Gilli?');
    expect(r.answered).toBe(false);
    expect(r.unsaid).toBe('age');
    for (const last of [
      'Il conducente del furgone è Mauro Gilli, 45 anni, elettricista torinese.',
      'Il conducente del furgone è Mauro Gilli. L’elettricista torinese ha 45 anni.',
      // (or two sentences after it, the person taken up by what they are)
      'Il conducente del furgone è Mauro Gilli. Non si è fermato a prestare soccorso. A 45 anni l’elettricista torinese rischia il carcere.',
    ]) {
      const said = createCore([parseArticle(text(last), 'pirata.md')]).ask('Quanti anni ha Mauro Gilli?');
      expect(said.answered, last).toBe(true);
      expect(said.passages[0]?.paragraph, last).toBe(1);
    }
  });

  it('GIVEN “Which party does X lead?” over a paragraph that names X and, in another sentence, someone else’s party THEN it is declined as a fact not given; a party in the sentence naming X answers; an age stated of the one the question names by what they are (“il gioielliere … secondo X”) answers', () => {
    const text = (last: string) =>
      `---\ntitle: "Legge di bilancio"\nlang: it\n---\n\nDopo il no della premier Giorgia Melani alla patrimoniale, oggi il ministro difende la manovra. Dall’opposizione la segretaria del Partito Democratico, Elena Schiavi, replica. ${last}\n\nLa prossima settimana si apre la discussione in commissione Bilancio.\n`;
    for (const q of ['Which party does Giorgia Melani lead?', 'A quale partito appartiene Giorgia Melani?']) {
      const r = createCore([parseArticle(text('Il confronto continua.'), 'bilancio.md')]).ask(q);
      expect(r.answered, q).toBe(false);
      expect(r.unsaid, q).toBe('party');
      const said = createCore([parseArticle(text('Giorgia Melani, leader di Fratelli d’Italia, tace.'), 'bilancio.md')]).ask(q);
      expect(said.answered, q).toBe(true);
      expect(said.passages[0]?.paragraph, q).toBe(1);
    }
    // (an age may be stated of the one the question names by what they are, the name being a source's)
    const jeweller = createCore([
      parseArticle(
        '---\ntitle: "Condannato il gioielliere"\nlang: it\n---\n\nIl gioielliere di Grinzane, 71 anni, è stato condannato per omicidio. Il vicepremier Matteo Salvo ha commentato la sentenza.\n\nLa difesa farà ricorso in appello.\n',
        'gioielliere.md',
      ),
    ]).ask('Quanti anni ha il gioielliere secondo Salvo?');
    expect(jeweller.answered).toBe(true);
    expect(jeweller.passages[0]?.paragraph).toBe(1);
  });

  it('GIVEN “Quanti dipendenti ha X?” over a piece whose only numbers are dates THEN it is declined as a number not given; a number in a sentence with the question’s words answers, that paragraph first', () => {
    expect(askedFact('Quanti dipendenti ha la Berco?')).toBe('count');
    expect(askedFact('How many senators abstained?')).toBe('count');
    for (const q of ['Per quanti anni è stato rinnovato l’accordo?', 'Quante volte ha vinto?']) expect(askedFact(q), q).not.toBe('count');
    expect(statesFact('count', 'Sono arrivati in centinaia.')).toBe(true);
    expect(statesFact('count', 'La fabbrica ha chiuso ieri.')).toBe(false);
    const { unsaid, said } = askSarti(
      'Vertenza alla Fonderia Sarti',
      'Il 14 febbraio i lavoratori della Fonderia Sarti hanno scioperato davanti ai cancelli dello stabilimento di Valdora.',
      'La Fonderia Sarti produce componenti per l’industria automobilistica dal 1978.',
      'Oggi la fonderia conta 240 dipendenti.',
    );
    expect(unsaid.answered).toBe(false);
    expect(unsaid.unsaid).toBe('count');
    expect(said.answered).toBe(true);
    expect(said.passages[0]?.paragraph).toBe(2);
  });

  it('GIVEN “How many years did X get?” over a sentence naming X and, right after it, one that gives the count of someone it takes up (“Il giovane, punito con 22 anni …”) THEN it is answered; a count two sentences away is no count of X', () => {
    const text = (between: string) =>
      `---\ntitle: "Omicidio, ricorso in appello"\nlang: it\n---\n\nEcco il ricorso in appello presentato dai legali di Aldo Bruni.${between} Il giovane, punito con 22 anni di reclusione per concorso in omicidio, ha appellato la sentenza.\n\nLa prossima udienza è fissata per marzo.\n`;
    const lexicons = loadLexicons();
    const next = createCore([parseArticle(text(''), 'bruni.md')], { lexicons });
    for (const q of ['how many years did Bruni get?', 'Quanti anni di reclusione ha avuto Bruni?']) {
      expect(next.ask(q).answered, q).toBe(true);
      expect(next.ask(q).passages[0]?.paragraph, q).toBe(1);
    }
    const far = createCore([parseArticle(text(' La famiglia della vittima si è costituita parte civile.'), 'bruni.md')], { lexicons }).ask('how many years did Bruni get?');
    expect(far.answered).toBe(false);
    expect(far.unsaid).toBe('count');
  });

  it('GIVEN “Di dove è X?”, “Dove è nato X?”, “Where is X from?” over a piece that never says where X comes from THEN it is declined as a fact not given; a place of birth or a hometown beside the name answers; “Da dove vengono i testi …?” asks about no one', () => {
    for (const q of ['Di dove è Aldo Bruni?', 'dove è nato Bruni?', 'Dove è nato probabilmente Aldo Bruni?', 'where is Bruni from?', 'Where was Aldo Bruni born?']) expect(askedFact(q), q).toBe('origin');
    for (const q of ['Da dove vengono i testi usati per allenare Llama 2?', 'Dove è nato il laboratorio di Tesla?', 'where is the data from?', 'Dove lavora Aldo Bruni?']) expect(askedFact(q), q).not.toBe('origin');
    for (const t of ['Aldo Bruni, nato a Valdora nel 1970, ha detto', 'nacque probabilmente nel 1162 a Delüün Boldog', 'Bruni, nativo di Subiaco, è ministro', 'il 57enne di Itri', 'I legali di Giuseppe Ruggieri, di Itri, hanno depositato il ricorso.', 'originaria della Puglia']) expect(statesFact('origin', t), t).toBe(true);
    for (const t of ['Aldo Bruni è nato come progetto nel 2020.', 'Il ricercatore Aldo Bruni lavora presso Hugging Face.']) expect(statesFact('origin', t), t).toBe(false);
    const text = (second: string) => `---\ntitle: "Il nuovo direttore"\nlang: it\n---\n\nAldo Bruni è il nuovo direttore del museo civico di Borgo Alto.${second} Ha lavorato per vent’anni a Milano.\n\nIl museo riaprirà a marzo con una mostra sul Novecento.\n`;
    const unsaid = createCore([parseArticle(text(''), 'museo.md')], { lexicons: loadLexicons() });
    for (const q of ['Di dove è Aldo Bruni?', 'where is Aldo Bruni from?']) {
      expect(unsaid.ask(q).answered, q).toBe(false);
      expect(unsaid.ask(q).unsaid, q).toBe('origin');
    }
    const said = createCore([parseArticle(text(' Bruni, nato a Valdora, ha diretto a lungo la Pinacoteca.'), 'museo.md')]).ask('Di dove è Aldo Bruni?');
    expect(said.answered).toBe(true);
    expect(said.passages[0]?.paragraph).toBe(1);
  });

  it('GIVEN “Quanti soci ha X?” over a piece that never writes “soci” and gives other numbers of X THEN it is declined as a number not given; the counted word, or a general synonym of it, in the sentence with the number answers', () => {
    expect(countedWords('Quanti dipendenti ha Tod’s?', (w) => isStopword(w, 'it')).map((w) => w.word)).toEqual(['dipendenti']);
    expect(countedWords('Quanti sono gli iscritti al circolo?', (w) => isStopword(w, 'it')).map((w) => w.word)).toEqual(['iscritti']);
    expect(countedWords('How many scheduled flights a week?', (w) => isStopword(w, 'en')).map((w) => w.word)).toEqual(['scheduled', 'flights']);
    expect(countedWords('Quante centinaia di anni è durato?', (w) => isStopword(w, 'it')).map((w) => w.word)).toEqual(['anni']);
    expect(countedWords('Chi ha vinto?', (w) => isStopword(w, 'it'))).toEqual([]);
    const text = (last: string) =>
      `---\ntitle: "Il circolo Aurora compie trent’anni"\nlang: it\n---\n\nIl circolo Aurora di Valdora festeggia domenica i suoi trent’anni con una cena in piazza.\n\nIl circolo Aurora gestisce 3 campi da bocce e 2 sale da gioco. ${last}\n\nLa festa comincia alle 19 con la banda del paese.\n`;
    const q = 'Quanti soci ha il circolo Aurora?';
    const unsaid = createCore([parseArticle(text('Il presidente vuole rinnovare la sede.'), 'aurora.md')]).ask(q);
    expect(unsaid.answered).toBe(false);
    expect(unsaid.unsaid).toBe('count');
    const said = createCore([parseArticle(text('Il circolo Aurora conta oggi 240 soci.'), 'aurora.md')]).ask(q);
    expect(said.answered).toBe(true);
    expect(said.passages[0]?.paragraph).toBe(2);
    // "ragazzi" counted as "giovani": a synonym from the general wordnet
    const synonyms = { lookup: (t: string) => (t === analyze('ragazzi', 'it')[0]!.term ? [[analyze('giovani', 'it')[0]!.term]] : []) };
    const young = (last: string) =>
      `---\ntitle: "Incidente sulla provinciale"\nlang: it\n---\n\nUn incidente nella notte sulla provinciale per Valdora: l’auto è uscita di strada alle 3.\n\n${last} I soccorsi sono arrivati da Borgo Alto.\n`;
    const byWordnet = createCore([parseArticle(young('Quattro giovani sono rimasti coinvolti.'), 'incidente.md')], { lexicons: { thesaurus: parseThesaurus(''), bilingual: parseBilingualLexicon(''), synonyms } });
    expect(byWordnet.ask('Quanti ragazzi sono rimasti coinvolti?').answered).toBe(true);
    const none = createCore([parseArticle(young('Due auto sono rimaste coinvolte.'), 'incidente.md')], { lexicons: { thesaurus: parseThesaurus(''), bilingual: parseBilingualLexicon(''), synonyms } });
    expect(none.ask('Quanti ragazzi sono rimasti coinvolti?').unsaid).toBe('count');
  });

  it('GIVEN a count written in compound number words (“tra i seimila e i settemila”) or as an ordinal (“il quarto suicidio”, “il trentanovesimo in Italia”) THEN it states a count, and “Quanti X?” is answered by its paragraph; “primo” and “secondo” are no counts', () => {
    for (const said of ['Tra i seimila e i settemila i fedeli alla processione.', 'Si tratta del trentanovesimo in Italia da inizio anno.', 'Erano duecentocinquanta.', 'È il ventunesimo caso.'])
      expect(statesFact('count', said), said).toBe(true);
    for (const unsaid of ['Secondo il sindaco la processione è andata bene.', 'Il primo cittadino ha parlato ai fedeli.', 'Il battesimo si è svolto nella medesima chiesa.'])
      expect(statesFact('count', unsaid), unsaid).toBe(false);
    const suicides = (w: string) => w.startsWith('suicid');
    expect(statesCountOf('Si tratta del quarto suicidio in carcere nella regione.', suicides)).toBe(true);
    const text = `---\ntitle: "Detenuto si toglie la vita in cella"\nlang: it\n---\n\nUn uomo di 56 anni si è tolto la vita questa mattina nella casa circondariale di Valdora.\n\nIl garante regionale ha chiesto più attenzione alla prevenzione del suicidio in carcere.\n\nSi tratta del quarto suicidio in carcere nella regione e del trentanovesimo in Italia da inizio anno.\n`;
    const answer = createCore([parseArticle(text, 'valdora.md')]).ask('quanti suicidi in carcere in Italia da inizio anno?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.paragraph).toBe(3);
  });

  it('GIVEN “Quante forze di polizia hanno collaborato?” over a lead giving another count near “forze della polizia” and a later paragraph writing “nove forze di polizia” THEN the later paragraph, which writes the count beside what is counted, comes first', () => {
    const text = `---\ntitle: "Cocaina nei container, maxi sequestro"\nlang: it\n---\n\nUna vasta operazione condotta dalla polizia di Valdora in collaborazione con le forze della polizia straniera ha portato al sequestro di circa due tonnellate di cocaina arrivate nei container.\n\nSono state eseguite anche 24 ordinanze di custodia cautelare.\n\nIl procuratore ha detto che nove forze di polizia del mondo hanno operato in stretta collaborazione con un unico obiettivo di contrasto al traffico internazionale.\n`;
    const answer = createCore([parseArticle(text, 'valdora.md')]).ask('Quante forze di polizia hanno collaborato?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.paragraph).toBe(3);
  });

  it('GIVEN “Quante persone …?” over a piece that counts people by a noun naming them (“dai 3 mila residenti alle 12 mila presenze”) THEN the count is given; a piece with numbers beside no such noun does not give it', () => {
    const ask = (said: string) =>
      createCore([
        parseArticle(`---\ntitle: "Guardia medica chiusa a Valdora"\nlang: it\n---\n\nA Valdora la guardia medica è rimasta chiusa per tutto il fine settimana.\n\n«La nostra è una comunità che durante l’estate ${said}», precisa il sindaco di Valdora Marco Riva.\n`, 'valdora.md'),
      ]).ask("Quante persone ci sono a Valdora d'estate?");
    const given = ask('passa dai 3 mila residenti alle 12 mila presenze');
    expect(given.answered).toBe(true);
    expect(given.passages[0]?.paragraph).toBe(2);
    expect(ask('cambia molto e il turno del medico dura 12 ore').unsaid).toBe('count');
  });

  it('GIVEN a count of tens elided before a vowel (“compie vent’anni”, “trent’anni di attività”) THEN it states a count, and “Quanti anni ha/compie X?” is answered by its paragraph rather than declined', () => {
    for (const said of ['L’Università del Sannio compie vent’anni.', 'Dopo trent’anni di attività chiude la bottega.', 'Sono passati quarant’anni.'])
      expect(statesFact('count', said), said).toBe(true);
    expect(statesCountOf('L’ateneo compie vent’anni.', (w) => w === 'anni')).toBe(true);
    expect(statesFact('count', 'Un evento da non perdere per la città.')).toBe(true);
    // (and an age: "ha trent’anni", not "da trent’anni", "vent’anni fa")
    for (const t of ['L’ateneo compie vent’anni.', 'Marco ha trent’anni.']) expect(statesFact('age', t), t).toBe(true);
    for (const t of ['Da vent’anni lavora qui.', 'Vent’anni fa la città era diversa.', 'Per trent’anni ha insegnato.']) expect(statesFact('age', t), t).toBe(false);
    expect(statesFact('count', 'La festa si è tenuta ieri in piazza.')).toBe(false);
    const text = `---\ntitle: "L’ateneo di Valdora festeggia"\nlang: it\n---\n\nValdora – L’Università di Valdora compie vent’anni. Il primo appuntamento per celebrare la ricorrenza si è tenuto oggi con l’inaugurazione delle residenze.\n\nSi tratta di cinquanta posti letto tra stanze singole e doppie.\n\n«Un altro passo in avanti per realizzare un’università di grande qualità», ha dichiarato il presidente della Regione.\n`;
    const core = createCore([parseArticle(text, 'valdora.md')]);
    for (const q of ['quanti anni ha l’università di Valdora', 'quanti anni compie l’università di Valdora']) {
      const r = core.ask(q);
      expect(r.answered, q).toBe(true);
      expect(r.passages[0]?.paragraph, q).toBe(1);
    }
  });

  it('GIVEN “Quanto costa la nuova struttura del mercato ittico?” over a piece whose every paragraph names the market but the one giving the cost THEN that paragraph answers, though it ranks below the first three', () => {
    const text = `---\ntitle: "Il nuovo mercato ittico di Valdora"\nlang: it\n---\n\nValdora | C'è entusiasmo fra gli operatori della pesca per il progetto del nuovo mercato ittico all'interno del porto. La nuova struttura offrirà un migliore servizio.\n\nIl progetto dell'amministrazione di realizzare una nuova struttura da adibire a mercato ittico sembra aver raccolto molti consensi fra gli operatori, domani in comune ci sarà una riunione.\n\nPer la nuova struttura del mercato all'interno del porto serviranno circa 1.200 mila euro, finanziati per l'80% con fondi europei.\n\n"L'attuale mercato ittico è in funzione da 40 anni - ha precisato Lorenzo Bassi, rappresentante dei pescatori - e la nuova struttura sarà più funzionale".\n\nNon meno entusiasta il rappresentante dei vongolari, che con la nuova struttura del mercato ittico ipotizza un rilancio di tutta l'attività portuale.\n\nIl nuovo mercato ittico sarà più piccolo e funzionale del vecchio, ha spiegato il sindaco.\n\nLa nuova struttura del mercato ittico avrà anche una sala per le aste del pesce, ha annunciato l'assessore.\n`;
    const r = createCore([parseArticle(text, 'valdora.md')]).ask('quanto costa la nuova struttura del mercato ittico');
    expect(r.answered).toBe(true);
    expect(r.passages[0]?.paragraph).toBe(3);
  });

  it('GIVEN a subject naming what is counted, its complements running past five words, then “sono (stati) (più di) N” THEN the sentence gives the count; a number that no copula gives to it does not', () => {
    const events = (w: string) => w === 'eventi';
    expect(statesCountOf('Gli eventi della sequenza sismica in Italia centrale sono stati più di 52.700, ha calcolato l’istituto.', events)).toBe(true);
    expect(statesCountOf('Gli eventi della lunga sequenza sismica registrata in Italia centrale erano circa 3.000.', events)).toBe(true);
    expect(statesCountOf('Gli eventi della sequenza sismica in Italia centrale hanno colpito 52 comuni.', events)).toBe(false);
    expect(statesCountOf('Gli eventi della sequenza sismica che ha colpito molti comuni della regione negli ultimi mesi sono 300.', events)).toBe(false);
  });

  it('GIVEN “Quanti X ha Y?” over a piece that writes X and other numbers, but no number beside X THEN it is declined as a number not given', () => {
    const counted = (w: string) => w === 'dipendenti';
    for (const said of ['La Berco conta 1.500 dipendenti.', 'I dipendenti della Berco sono oltre 1.500.', 'Sono stati ben 1840 i dipendenti in sciopero.', 'Una trentina di dipendenti.', 'Diversi dipendenti hanno scioperato.', 'Servivano nuovi dipendenti e la Berco ne ha assunti 40.'])
      expect(statesCountOf(said, counted), said).toBe(true);
    for (const unsaid of ['I dipendenti della Berco hanno scioperato nel 2023 per tre giorni consecutivi davanti ai cancelli.', 'Nel 1840 i dipendenti erano pochi.', 'Il 14 febbraio 2024 i dipendenti hanno incontrato il sindaco.', 'I dipendenti hanno scioperato.', 'Ne ha assunti 40.'])
      expect(statesCountOf(unsaid, counted), unsaid).toBe(false);
    const { unsaid, said } = askSarti(
      'Sciopero alla Fonderia Sarti',
      'I dipendenti della Fonderia Sarti hanno incrociato le braccia ieri mattina davanti ai cancelli dello stabilimento, per la terza volta in 2 mesi.',
      'La Fonderia Sarti ha chiuso l’anno con un utile di 4 milioni.',
      'Lo stabilimento dà lavoro a 240 dipendenti.',
    );
    expect(unsaid.answered).toBe(false);
    expect(unsaid.unsaid).toBe('count');
    expect(said.answered).toBe(true);
    expect(said.passages.map((p) => p.paragraph)).toContain(2);
  });

  it('GIVEN a question asking the time of day THEN the passage giving one comes first; where none does, the question is left to the other evidence (not declined)', () => {
    for (const q of ['A che ora parte il primo bus?', 'What time does the race start?']) expect(askedFact(q), q).toBe('clock');
    expect(askedFact('Qual è il villaggio che ora è il centro della città?')).toBeUndefined();
    for (const t of ['alle ore 7.20', 'ore 9,30', 'intorno alle 2:30', 'tutti i giorni dalle 14', 'dopo la mezzanotte']) expect(statesFact('clock', t), t).toBe(true);
    for (const t of ['costa 3,50 euro', 'il 12.50 %', 'nel 2019', 'le 11 persone']) expect(statesFact('clock', t), t).toBe(false);
    // (an hour in words: "all’una", "alle tre di notte"; a number word alone after "alle" is a count)
    for (const t of ['all’una di notte è scattato l’allarme', "verso l'una", 'alle tre di notte', 'dalle sei del mattino', 'alle dieci e mezza']) expect(statesFact('clock', t), t).toBe(true);
    for (const t of ['alle due squadre', 'le tre del gruppo', 'all’una e all’altra parte']) expect(statesFact('clock', t), t).toBe(false);
    const race = createCore([
      parseArticle(
        `---
title: "Maratona di Borgo Alto"
lang: it
---

Domenica si corre la maratona di Borgo Alto, alla sua decima edizione, con mille iscritti.

La partenza della maratona sarà in piazza Roma, davanti al municipio, e l’arrivo allo stadio comunale.

Il via è fissato alle 9.30; chi corre la mezza maratona partirà mezz’ora dopo.
`,
        'maratona.md',
      ),
    ]);
    for (const q of ['A che ora è la partenza della maratona?', 'A che ora partirà la maratona?']) {
      const r = race.ask(q);
      expect(r.answered, q).toBe(true);
      expect(r.passages[0]?.paragraph, q).toBe(3);
    }
    const r = unsaidTimes.ask('A che ora si apre la stagione del teatro?');
    expect(r.answered).toBe(true);
    expect(r.unsaid).toBeUndefined();
  });

  it('GIVEN “Di quale partito è X?” over a sentence naming X beside someone else’s party THEN it is declined as a party not given; a party beside X’s own name, or after the names coordinated with X, answers', () => {
    expect(statesPartyOf('gli assessori Fanelli e Galella hanno risposto ai consiglieri Polese e Braia (Iv) e Cifarelli (Pd).', 'Fanelli')).toBe(false);
    expect(statesPartyOf('gli assessori Fanelli e Galella hanno risposto ai consiglieri Polese e Braia (Iv) e Cifarelli (Pd).', 'Polese')).toBe(true);
    expect(statesPartyOf('promosso dai consiglieri di Forza Italia Marco Scajola e Roberta Gasco, con il quale', 'Gasco')).toBe(true);
    expect(statesPartyOf('Per la deputata di Fratelli d’Italia Beatriz Colombo, invece, è una scelta culturale.', 'Colombo')).toBe(true);
    // Forza Italia's initials, not a province's code in brackets
    expect(statesPartyOf('È giunto anche un commento dal deputato regionale di FI Giorgio Assi: “…”.', 'Assi')).toBe(true);
    expect(statesFact('party', 'Il sindaco di Sesto Fiorentino (FI) Mario Rossi ha parlato.')).toBe(false);
    expect(statesPartyOf('Giorgia Meloni ha risposto. La segretaria del Partito Democratico, Elly Schlein, ha replicato.', 'Meloni')).toBe(false);
    const text = (second: string) =>
      `---\ntitle: "Tribunali senza personale"\nlang: it\n---\n\nGli avvocati di Valdora protestano per la mancanza di cancellieri nel tribunale.\n\n${second}\n`;
    const other = createCore([parseArticle(text('L’incontro, promosso con l’onorevole Devis Dori (Alleanza Verdi e Sinistra), ha segnalato le criticità al capo di gabinetto del ministero, Alberto Rizzo.'), 'tribunali.md')]);
    const r = other.ask('A quale partito appartiene Alberto Rizzo?');
    expect(r.answered).toBe(false);
    expect(r.unsaid).toBe('party');
    const own = createCore([parseArticle(text('L’incontro, promosso con l’onorevole Devis Dori (Alleanza Verdi e Sinistra), ha segnalato le criticità al ministero.'), 'tribunali.md')]);
    const said = own.ask('A quale partito appartiene Devis Dori?');
    expect(said.answered).toBe(true);
    expect(said.passages[0]?.paragraph).toBe(2);
  });

  it('GIVEN a question asking for opening hours, for the day or the year something happens, or for a match’s score THEN a piece giving none declines it (“L’articolo non dà gli orari / la data / il risultato”, “non dice l’anno”); a piece giving them answers with that paragraph', () => {
    for (const q of ['Quali sono gli orari di apertura della biblioteca?', 'What are the opening hours of the museum?']) expect(askedFact(q), q).toBe('hours');
    for (const q of ['In che data riaprirà il teatro?', 'In che giorno si terrà il consiglio?', 'Entro quale data si presenta la domanda?', 'On what date will the strike take place?']) expect(askedFact(q), q).toBe('date');
    for (const q of ['Quando riaprirà il teatro?', 'In che anno è nato?']) expect(askedFact(q), q).not.toBe('date');
    for (const t of ['il 14 febbraio', 'entro fine marzo', 'sabato mattina', 'domani', 'il 14/02/2025', 'dal 3.11.2024']) expect(statesFact('date', t), t).toBe(true);
    for (const t of ['nel 2019', 'alle 21.10', 'tra due settimane', '3,5 milioni']) expect(statesFact('date', t), t).toBe(false);
    for (const q of ['In che anno è stato costruito il teatro?', 'What year did the library open?']) expect(askedFact(q), q).toBe('year');
    for (const t of ['nel 1978', 'dal 2019']) expect(statesFact('year', t), t).toBe(true);
    for (const t of ['12.000 volumi', 'il 14 febbraio', '2.019 euro']) expect(statesFact('year', t), t).toBe(false);
    for (const q of ['Qual è stato il punteggio finale della partita?', 'Con quale risultato è finita la partita?', 'What was the final score?']) expect(askedFact(q), q).toBe('score');
    expect(askedFact('Qual è stato il risultato della protesta?')).toBeUndefined();
    for (const t of ['ha vinto 63-66', 'finisce 3 a 0', 'con 35 punti']) expect(statesFact('score', t), t).toBe(true);
    for (const t of ['la stagione 2023-2024', 'alle 21.10', 'il 14/02']) expect(statesFact('score', t), t).toBe(false);
    const text = (second: string) =>
      `---\ntitle: "Riapre la biblioteca di Valdora"\nlang: it\n---\n\nLa biblioteca comunale di Valdora riapre dopo due anni di lavori, con una sala per i ragazzi e 12.000 volumi.\n\n${second}\n\nIl sindaco Paolo Ferri ha ringraziato i volontari che hanno riordinato i libri.\n`;
    const silent = createCore([parseArticle(text('La biblioteca sarà aperta con nuovi servizi per gli studenti e una sala di lettura.'), 'biblioteca.md')], { lexicons: loadLexicons() });
    for (const [q, kind] of [['Quali sono gli orari di apertura della biblioteca?', 'hours'], ['In che data riapre la biblioteca?', 'date'], ['On what date does the library reopen?', 'date'], ['In che anno è stata costruita la biblioteca?', 'year']] as const) {
      const r = silent.ask(q);
      expect(r.answered, q).toBe(false);
      expect(r.unsaid, q).toBe(kind);
    }
    const said = createCore([parseArticle(text('La biblioteca, costruita nel 1925, riapre sabato 14 marzo e sarà aperta dal lunedì al venerdì dalle 9 alle 18.'), 'biblioteca.md')]);
    for (const q of ['Quali sono gli orari di apertura della biblioteca?', 'In che data riapre la biblioteca?', 'In che anno è stata costruita la biblioteca?']) {
      const r = said.ask(q);
      expect(r.answered, q).toBe(true);
      expect(r.passages[0]?.paragraph, q).toBe(2);
    }
  });

  it('GIVEN a question asking for how long something has been so THEN the passage giving a length of time or a year answers it; a piece giving none about what is asked declines it', () => {
    for (const q of ['Da quanti anni Marco Martini dirige la pediatria?', 'Da quanto tempo era chiuso il teatro?', 'How long has Sara Neri been a councillor?']) expect(askedFact(q), q).toBe('since');
    for (const t of ['chiuso nel 2021', 'da nove anni', 'trent’anni di attesa', 'dagli anni Cinquanta', 'nel XIV secolo']) expect(statesFact('since', t), t).toBe(true);
    for (const t of ['il sindaco ha tagliato il nastro', 'trecento persone']) expect(statesFact('since', t), t).toBe(false);
    const closed = core.ask('Da quanto tempo era chiuso il teatro?');
    expect(closed.answered).toBe(true);
    expect(closed.passages[0]?.paragraph).toBe(1);
    const mayor = core.ask('Da quanti anni Paolo Ferri è sindaco?');
    expect(mayor.answered).toBe(false);
    expect(mayor.unsaid).toBe('since');
  });
  it('GIVEN a question about a person asking for how long, over a passage that gives a length of time and holds the person but not the question’s noun (“presidente” for “presiedere”) THEN it is answered, not declined as a fact not given', () => {
    const team = createCore([
      parseArticle(
        '---\ntitle: "Presentata la squadra di pallavolo"\nlang: it\n---\n\nPresentata ieri la squadra femminile di pallavolo, pronta per il nuovo campionato di serie B2.\n\n“Da cinque anni ho l’onore di presiedere questa squadra” dice Massimo Oggiani, che ringrazia gli sponsor.\n\nIn sala anche il sindaco Carlo Neri e l’assessore allo sport.\n',
        'squadra.md',
      ),
    ]);
    const r = team.ask('da quanto tempo Oggiani è presidente della squadra?');
    expect(r.answered).toBe(true);
    expect(r.passages[0]?.paragraph).toBe(2);
  });
});


describe('a fact another piece on the story gives', () => {
  const article = (slug: string, title: string, ...paragraphs: string[]) => parseArticle(`---\ntitle: "${title}"\nlang: it\n---\n\n${paragraphs.join('\n\n')}\n`, `${slug}.md`);
  const lexicons = loadLexicons();
  it('GIVEN two pieces on one story, the first passage’s piece never giving the count asked for and the other giving it THEN the other’s passage answers first; GIVEN neither gives it THEN the count is not given', () => {
    const interview = article('intervista', 'Giochi di Valdora, Bruni: le medaglie contano', '"Conta di più il numero delle medaglie o la qualità delle medaglie? Meglio poche d’oro che tante senza ori". Aldo Bruni è stato chiaro sulle prospettive della squadra ai Giochi di Valdora.', 'La squadra partirà per Valdora a febbraio con il nuovo allenatore.');
    const figures = article('numeri', 'Giochi di Valdora, i numeri', 'I Giochi di Valdora sono la prima edizione diffusa fra tre regioni. Per Bruni l’obiettivo sono 18 medaglie, una in più dell’ultima edizione.');
    const both = createCore([interview, figures], { lexicons }).ask('Quante medaglie deve vincere la squadra secondo Bruni?');
    expect(both.answered).toBe(true);
    expect(both.passages[0]?.article).toBe('numeri');
    const alone = createCore([interview], { lexicons }).ask('Quante medaglie deve vincere la squadra secondo Bruni?');
    expect(alone.answered).toBe(false);
    expect(alone.unsaid).toBe('count');
  });

  it('GIVEN a question naming a place only the first passage’s piece names, which gives no count, and another piece on another place giving one THEN the other piece does not answer: the count is not given', () => {
    const skiing = article('monteverde', 'Monteverde, la stagione sciistica', 'A Monteverde il prezzo dello skipass giornaliero è stato ritoccato per la stagione sciistica, dice il gestore degli impianti.', 'Gli impianti di Monteverde chiuderanno a metà aprile.');
    const prices = article('valdora', 'Valdora, gli skipass', 'A Valdora lo skipass giornaliero costa 52 euro e il settimanale 270 euro per la stagione sciistica.');
    const r = createCore([skiing, prices], { lexicons }).ask('Quanto costa lo skipass giornaliero a Monteverde?');
    expect(r.answered).toBe(false);
    // (asked of the place that gives it, the other piece answers)
    const there = createCore([skiing, prices], { lexicons }).ask('Quanto costa lo skipass giornaliero a Valdora?');
    expect(there.passages[0]?.article).toBe('valdora');
  });
});

describe('a count in the sentence after the one naming what is counted', () => {
  it('GIVEN “… i cani ospiti erano una cinquantina. Oggi sono 71.” THEN “Quanti cani ci sono adesso nel canile?” is answered with that paragraph; a number alone after a sentence naming something else counts nothing', () => {
    expect(continuesCount('Oggi sono 71.', 'Nel 2021 i cani ospiti al canile erano una cinquantina.', (w) => w === 'cani')).toBe(true);
    expect(continuesCount('Oggi sono 71.', 'Nel 2021 il canile ha cambiato gestione.', (w) => w === 'cani')).toBe(false);
    expect(continuesCount('Oggi sono arrivati i volontari.', 'I cani ospiti erano una cinquantina.', (w) => w === 'cani')).toBe(false);
    const text = [
      '---',
      'title: "Canile di Borgonuovo, servizio a rischio"',
      'lang: it',
      '---',
      '',
      'Nel 2021 i cani ospiti al canile consortile di Borgonuovo erano una cinquantina. Oggi sono 71. Tanti per una struttura come quella, del cui futuro si parlerà a settembre.',
      '',
      'La presidente dell’associazione che gestisce la struttura chiede ai sindaci un aiuto per le spese veterinarie.',
      '',
      'A settembre è prevista un’assemblea con i sindaci dei comuni convenzionati.',
    ].join('\n');
    const r = createCore([parseArticle(text, 'canile.md')]).ask('Quanti cani ci sono adesso nel canile di Borgonuovo?');
    expect(r.answered).toBe(true);
    expect(r.passages[0]?.paragraph).toBe(1);
  });
});

describe('questions asking for a size, a weight or a distance', () => {
  it('GIVEN questions in Italian and English THEN those asking how big, heavy, tall, far or deep something is ask a measure; “how long”, a cost or a count do not', () => {
    for (const q of ['Quanto pesava il carico?', 'quanto è grande il capannone', 'Quanto è alto il campanile?', 'quanto dista la banca più vicina?', 'Qual è l’altezza della torre?', 'che superficie ha il parco?', 'How heavy was the load?', 'how far is the nearest bank?', 'How deep was the epicentre?', 'what size is the stand?']) {
      expect(askedFact(q), q).toBe('measure');
    }
    for (const q of ['How long is the contract?', 'Quanto costa il biglietto?', 'Quanti metri di pista sono stati rifatti?', 'Quanto tempo ci vuole?', 'qual è la dimensione della città rispetto alle altre?', 'Quanto spesso si svolgono le elezioni?']) {
      expect(askedFact(q), q).not.toBe('measure');
    }
  });

  it('GIVEN a text THEN a number with a unit of length, area, weight or temperature states a measure, and so does a sum; a number counting something else does not', () => {
    for (const t of ['un carico di oltre 700 chilogrammi', 'a circa un chilometro dal mare', 'un’area di 2mila metri quadrati', 'circa 2,7 km di profondità', 'alta circa 40 m', 'febbri fino a 41 °C', 'un disavanzo di 700 milioni di euro']) expect(statesFact('measure', t), t).toBe(true);
    for (const t of ['trecento persone', 'uno ha detto che è finita', 'nel 2023', 'tre capannoni']) expect(statesFact('measure', t), t).toBe(false);
  });

  it('GIVEN a piece that writes no number near what is asked THEN a question asking how tall something is gets “the article does not give that measurement”', () => {
    const tower = parseArticle('---\ntitle: "Restauro del campanile"\nlang: it\n---\n\nIl campanile della chiesa di San Rocco sarà restaurato con i fondi della parrocchia.\n\nI lavori al campanile inizieranno in primavera, dice il parroco.\n', 'campanile.md');
    const r = createCore([tower], { lexicons: loadLexicons() }).ask('quanto è alto il campanile di San Rocco?');
    expect(r.answered).toBe(false);
    expect(r.unsaid).toBe('measure');
  });
});
