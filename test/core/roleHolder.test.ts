import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/brano.js';
import { parseArticle } from '../../src/core/corpus.js';
import { askedOffice, askedOfficeObject, askedOfficeOwner, englishAskedOffice, holderUnqualified, namesHolder, officeBeside, ownedByAnother } from '../../src/core/roleHolder.js';
import { installItalianData, loadLexicons } from '../../src/lexicons.js';

installItalianData();

describe('who holds an office', () => {
  it('GIVEN “chi è il/la OFFICE …” THEN the office is read; other questions ask none', () => {
    expect(askedOffice("chi è il rettore dell'università di Firenze?")).toBe('rettore');
    expect(askedOffice("Chi è l'allenatore dello Spoleto?")).toBe('allenatore');
    expect(askedOffice('chi è la nuova sindaca di Valdora')).toBe('sindaca');
    expect(askedOffice('chi ha vinto il Giro?')).toBeUndefined();
    expect(askedOffice('chi è il vincitore del Giro?')).toBeUndefined();
    expect(askedOffice('chi è Luigi Dei?')).toBeUndefined();
  });

  it('GIVEN a sentence naming the holder beside the office, before or after it THEN it names the holder; the office alone, or an organisation after it, does not', () => {
    expect(namesHolder('Ha parlato il rettore Luigi Dei.', 'rettore')).toBe(true);
    // (an office written in two words, or with a hyphen)
    expect(namesHolder('Ahmad Al-Dahle, vice presidente per l’IA generativa di Meta, si rifiuta di rispondere.', 'vicepresidente')).toBe(true);
    expect(namesHolder('Ha parlato il vice-presidente Luigi Dei.', 'vicepresidente')).toBe(true);
    expect(namesHolder('Il vice ha parlato con Luigi Dei.', 'vicepresidente')).toBe(false);
    expect(namesHolder('Stanislao Saeli, procuratore militare a Verona, ha aperto un fascicolo.', 'procuratore')).toBe(true);
    expect(namesHolder('Ha parlato il presidente della pubblica assistenza savonese, Giovanni Carlevarino.', 'presidente')).toBe(true);
    expect(namesHolder('Presente il sindaco di Ceva Vincenzo Bezzone.', 'sindaco')).toBe(true);
    expect(namesHolder('Presente la sindaca Anna Neri.', 'sindaco')).toBe(true);
    // a school's head as the law names the office; a sports director as news abbreviates it
    expect(namesHolder('«Questa giornata – ha dichiarato il dirigente scolastico Claudio Fregoni – è importante».', 'preside')).toBe(true);
    expect(askedOffice('Chi è il preside del Silva-Ricci?')).toBe('preside');
    expect(namesHolder('Ha parlato il direttore sportivo Alessandro Rivi.', 'ds')).toBe(true);
    expect(namesHolder('Dopo i saluti del rettore gli studenti sono usciti.', 'rettore')).toBe(false);
    expect(namesHolder('Il presidente della Croce Bianca ha inaugurato la sede.', 'presidente')).toBe(false);
    expect(namesHolder('Il rettore. Luigi Dei era assente.', 'rettore')).toBe(false);
    // an office written another way
    expect(namesHolder('Grande soddisfazione da parte del primo cittadino, Paolo Cugini.', 'sindaco')).toBe(true);
    expect(namesHolder('Ha parlato il mister Gianluca Festa.', 'allenatore')).toBe(true);
    // a short bracket after the place (its province) is passed over; a long one is not
    expect(namesHolder('Siamo stati a colloquio con il primo cittadino di Barzanò (Lc), Gualtiero Chiricò.', 'sindaco')).toBe(true);
    expect(namesHolder('Il sindaco di Pisa (che ieri era a Roma con la giunta al completo) e Marco Neri.', 'sindaco')).toBe(false);
    expect(askedOffice("chi è l'ad di Aeroporti di Roma")).toBe('ad');
  });

  it('GIVEN capitals before the office that belong to no other owner — an office’s portfolio (“assessore al Bilancio”), the name of someone in apposition to another office (“Anna Neri, assessore …”), an institution’s head noun alone (“del Comune”) THEN the holder named is the office’s asked about; GIVEN “della Regione Lazio” THEN it is another’s', () => {
    const text = 'Ad illustrare il documento per la vita amministrativa del Comune è stata Anna Neri, assessore al Bilancio della giunta del sindaco Carla Bruni: “Verificate le entrate”.';
    expect(namesHolder(text, 'sindaco')).toBe(true);
    expect(ownedByAnother(text, 'sindaco', 'Valdora')).toBe(false);
    expect(ownedByAnother('Alla riunione della Regione Lazio il sindaco Carla Bruni ha parlato.', 'sindaco', 'Valdora')).toBe(true);
    const article = parseArticle(`---\ntitle: "Valdora, approvato il bilancio"\nlang: it\n---\n\nIl Consiglio comunale di Valdora ha approvato il bilancio con 22 voti favorevoli. ${text}\n`, 'valdora.md');
    const r = createCore([article]).ask('chi è il sindaco di Valdora?');
    expect(r.answered).toBe(true);
    expect(r.passages[0]?.excerpt).toContain('Carla Bruni');
  });

  it('GIVEN a holder named after another organisation in the same sentence (“per i clienti di Microsoft …, il CEO Satya Nadella”) THEN that is no holder of the office of the organisation asked about; the holder’s own name in apposition, or the owner asked about, is', () => {
    expect(ownedByAnother('Durante una conferenza per i clienti di Microsoft la scorsa settimana, il CEO Satya Nadella ha parlato.', 'ceo', 'Meta')).toBe(true);
    expect(ownedByAnother('Durante una conferenza per i clienti di Microsoft la scorsa settimana, il CEO Satya Nadella ha parlato.', 'ceo', 'Microsoft')).toBe(false);
    expect(ownedByAnother('Rev. Paul T. Stallsworth, presidente della Taskforce dei Metodisti, ha detto che …', 'presidente', 'TUMAS')).toBe(false);
    expect(ownedByAnother('A Gassino il sindaco Guido Savio ha parlato.', 'sindaco', 'Gassino')).toBe(false);
    // (the words before an insert's dash are the quotation's, not the office's clause)
    expect(ownedByAnother('“I dati pubblicati da parte di Istat ad agosto – commenta il sindaco Carla Bruni – ci dicono che siamo cresciuti”.', 'sindaco', 'Valdora')).toBe(false);
    expect(ownedByAnother('“I dati pubblicati da parte di Istat ad agosto - commenta il sindaco Carla Bruni - ci dicono che siamo cresciuti”.', 'sindaco', 'Valdora')).toBe(false);
    const meta = parseArticle(
      '---\ntitle: "Llama 2 di Meta"\nlang: it\n---\n\nMeta ha rilasciato Llama 2, il suo nuovo modello.\n\nMicrosoft offrirà il modello nel cloud. Durante una conferenza per i clienti di Microsoft, il CEO Satya Nadella ha parlato dell’IA open source di Meta.\n',
      'llama.md',
    );
    const core = createCore([meta]);
    expect(core.ask('chi è il CEO di Meta?').answered).toBe(false);
    expect(core.ask('who is the CEO of Meta?').answered).toBe(false);
    expect(core.ask('chi è il CEO di Microsoft?').passages[0]?.paragraph).toBe(2);
  });

  it('GIVEN “chi è il sindaco di X?” over an article on X naming the mayor in an insert after a quotation that names a data source THEN the mayor’s paragraph answers', () => {
    const piece = parseArticle(
      '---\ntitle: "Turismo, Valdora cresce nel 2023"\nlang: it\n---\n\nI turisti che hanno scelto Valdora sono aumentati del 7 per cento.\n\nGli arrivi sono stati 140 mila, le presenze 530 mila.\n\n“La pubblicazione dei dati da parte di Istat fino ad agosto – commenta il sindaco Carla Bruni – ci dice che siamo cresciuti rispetto allo scorso anno”.\n',
      'valdora-turismo.md',
    );
    const r = createCore([piece]).ask('chi è il sindaco di Valdora?');
    expect(r.answered).toBe(true);
    expect(r.passages[0]?.paragraph).toBe(3);
  });

  it('GIVEN “chi è il sindaco di X?” over an article titled on X whose paragraph names the mayor without X THEN it is answered with that paragraph; an office of a company the article never names is still declined', () => {
    const feast = parseArticle(
      '---\ntitle: "Gassino Torinese, una patronale riuscita"\nlang: it\n---\n\nLa festa patronale si è chiusa domenica con i fuochi d’artificio.\n\nGrande soddisfazione da parte del primo cittadino, Paolo Cugini, per la partecipazione.\n',
      'gassino.md',
    );
    const core = createCore([feast]);
    const r = core.ask('chi è il sindaco di Gassino?');
    expect(r.answered).toBe(true);
    expect(r.passages[0]).toMatchObject({ article: 'gassino', paragraph: 2 });
    const meta = parseArticle('---\ntitle: "Llama 2"\nlang: it\n---\n\nMeta ha rilasciato Llama 2, annunciato dal CEO Mark Zuckerberg.\n\nIl modello è gratuito per la ricerca.\n', 'llama.md');
    expect(createCore([meta]).ask('chi è il CEO di Apple?').answered).toBe(false);
  });

  it('GIVEN a piece whose dateline names the town and a later paragraph “commenta il sindaco NAME” THEN “chi è il sindaco di TOWN?” is answered with that paragraph; the mayor of another town named beside the office is not taken for it', () => {
    expect(holderUnqualified('sindaco')('«Bene – commenta il sindaco Pasqualino Piunti – così».')).toBe(true);
    expect(holderUnqualified('sindaco')('Il Sindaco, Anna Neri, ha parlato.')).toBe(true);
    expect(holderUnqualified('sindaco')('Presente il sindaco di Paliano Domenico Alfieri.')).toBe(false);
    expect(holderUnqualified('sindaco')('Il sindaco ha parlato.')).toBe(false);
    const gift = parseArticle(
      '---\ntitle: "Un concerto per il defibrillatore"\nlang: it\n---\n\nSAN VITO DEI NORMANNI – Fanno un concerto e con i proventi comprano un defibrillatore per la piazza.\n\nIl gruppo musicale ha suonato lo scorso 4 agosto presso la villa comunale.\n\n«Si tratta di una proposta lodevole – commenta il sindaco Mario Bianchi – realizzata grazie a una serata di beneficenza».\n',
      'dono.md',
    );
    const r = createCore([gift]).ask('chi è il sindaco di San Vito?');
    expect(r.answered).toBe(true);
    expect(r.passages[0]).toMatchObject({ article: 'dono', paragraph: 3 });
    const other = parseArticle(
      '---\ntitle: "Un concerto per il defibrillatore"\nlang: it\n---\n\nSAN VITO DEI NORMANNI – Fanno un concerto e con i proventi comprano un defibrillatore per la piazza.\n\nIl gruppo musicale ha suonato lo scorso 4 agosto presso la villa comunale.\n\n«Si tratta di una proposta lodevole – commenta il sindaco di Mesagne Mario Bianchi – realizzata grazie a una serata di beneficenza».\n',
      'dono.md',
    );
    expect(createCore([other]).ask('chi è il sindaco di San Vito?').answered).toBe(false);
  });

  it('GIVEN “come si chiama il OFFICE di X?” or “il primo cittadino” THEN the office is read; an office listed before another’s holder does not name it', () => {
    expect(askedOffice('Come si chiama il sindaco di Taormina?')).toBe('sindaco');
    expect(askedOffice('come si chiamava la preside della scuola?')).toBe('preside');
    expect(askedOffice('Come si chiama il primo cittadino di Albosaggia?')).toBe('sindaco');
    expect(askedOffice('Come si chiama il cane del sindaco?')).toBeUndefined();
    const list = 'Ha incontrato il prefetto di Messina Francesca Ferrandino, il sindaco di Taormina, il questore di Messina Giuseppe Cucchiara e il commissario Riccardo Carpino.';
    expect(namesHolder(list, 'sindaco')).toBe(false);
    expect(namesHolder(list, 'questore')).toBe(true);
    expect(namesHolder('Presenti il dottor Nicola Cainazzo, presidente del Coni, e il sindaco Mimmo Consales.', 'presidente')).toBe(true);
    expect(namesHolder('“Il settore primario” sottolinea Francesco Vincenzi, presidente dell’associazione.', 'presidente')).toBe(true);
    // a middle initial inside the name before the office
    expect(namesHolder('Rev. Paul T. Stallsworth, presidente della Taskforce, ha detto che il voto era vinto.', 'presidente')).toBe(true);
    const visit = parseArticle(
      '---\ntitle: "Il ministro in visita per il vertice"\nlang: it\n---\n\nIl ministro ha visitato i cantieri del vertice in Sicilia.\n\nNei giorni scorsi il sindaco Eligio Giardina aveva smentito le voci su Taormina come luogo non sicuro.\n\nIl ministro ha poi incontrato il prefetto di Messina Francesca Ferrandino, il sindaco di Taormina, il questore di Messina Giuseppe Cucchiara e il commissario Riccardo Carpino.\n',
      'vertice.md',
    );
    const r = createCore([visit]).ask('Come si chiama il sindaco di Taormina?');
    expect(r.answered).toBe(true);
    expect(r.passages[0]).toMatchObject({ article: 'vertice', paragraph: 2 });
  });

  it('GIVEN “chi presiede X?”, “chi comanda X?” (the verb of an office) THEN the office is asked, and the paragraph naming its holder beside X answers', () => {
    expect(askedOffice('Chi presiede Agrimercato?')).toBe('presidente');
    expect(askedOffice('chi comanda la polizia locale di San Salvo?')).toBe('comandante');
    expect(askedOffice('Chi allena la squadra?')).toBe('allenatore');
    expect(askedOffice('chi è che dirige il museo?')).toBe('direttore');
    expect(askedOffice('Chi guida la classifica?')).toBeUndefined();
    expect(askedOfficeOwner('Chi presiede Agrimercato?')).toBe('Agrimercato');
    expect(askedOfficeOwner('chi comanda la polizia locale di San Salvo?')).toBe('San Salvo');
    expect(askedOfficeOwner('Come si chiama il sindaco di Taormina?')).toBe('Taormina');
    expect(askedOfficeOwner('come si chiama il sindaco?')).toBeUndefined();
    const market = parseArticle(
      '---\ntitle: "Torna il mercato contadino"\nlang: it\n---\n\nDa sabato torna in piazza il mercato dei produttori agricoli, ogni settimana fino a dicembre.\n\nIl Comune e le associazioni agricole hanno firmato l’accordo che regola gli spazi e gli orari.\n\nAlla firma erano presenti il direttore di Coldiretti Roberto Gallizioli e il presidente di Agrimercato Michele Stragliati.\n',
      'mercato.md',
    );
    const r = createCore([market]).ask('Chi presiede Agrimercato?');
    expect(r.answered).toBe(true);
    expect(r.passages[0]).toMatchObject({ article: 'mercato', paragraph: 3 });
  });

  it('GIVEN an office in “-tore” held by a woman (“direttrice”) THEN she holds it; GIVEN “chi dirige X?” where the first article only mentions X and another names X’s director THEN that other article’s paragraph answers', () => {
    expect(namesHolder('Ha parlato Francesca Neri, direttrice dell’Osservatorio del Lago.', 'direttore')).toBe(true);
    expect(namesHolder('Ha parlato l’allenatrice Anna Neri.', 'allenatore')).toBe(true);
    expect(namesHolder('Ha parlato la direzione, poi Anna Neri.', 'direttore')).toBe(false);
    expect(officeBeside('direttore', 'Osservatorio del Lago')('Francesca Neri, direttrice dell’Osservatorio del Lago')).toBe(true);
    expect(holderUnqualified('direttore')('ha detto la Direttrice Anna Neri')).toBe(true);
    expect(askedOfficeObject('chi dirige l’Osservatorio del Lago?')).toBe('Osservatorio del Lago');
    expect(askedOfficeObject('chi comanda la polizia locale di San Salvo?')).toBeUndefined();
    const piece = (slug: string, title: string, body: string) => parseArticle(`---\ntitle: "${title}"\nlang: it\n---\n\n${body}\n`, `${slug}.md`);
    const core = createCore([
      piece('scosse', 'Scosse a Valdora, il sindaco sente l’Osservatorio del Lago', 'Il sindaco di Valdora ha scritto ai cittadini dopo le scosse della notte.\n\n"Sono in contatto con l’Osservatorio del Lago, che ci invita a non creare allarmismi. L’Osservatorio del Lago sta controllando la situazione", scrive il sindaco.'),
      piece('sciame', 'Sciame sismico nella notte', 'Le scosse registrate nella notte sono state undici, la più forte di magnitudo 2.4.\n\n«Rientra nella normale attività del territorio – ha dichiarato Francesca Neri, direttrice dell’Osservatorio del Lago –. Non c’è nulla di cui allarmarsi».'),
    ]);
    const r = core.ask('chi dirige l’Osservatorio del Lago?');
    expect(r.answered).toBe(true);
    expect(r.passages[0]).toMatchObject({ article: 'sciame', paragraph: 2 });
  });

  it('GIVEN “who is the OFFICE …” THEN the office is the Italian role noun its translation gives; a noun before the office, or another question, asks none', () => {
    const translations = new Map([['mayor', [['sindac']]], ['deputy', [['vic']]], ['winner', [['vincitor']]]]);
    expect(englishAskedOffice('Who is the mayor of Anagni?', translations)).toBe('sindaco');
    expect(englishAskedOffice("who's the current mayor", translations)).toBe('sindaco');
    expect(englishAskedOffice('Who is the deputy mayor?', translations)).toBeUndefined();
    expect(englishAskedOffice('Who is the winner of the race?', translations)).toBeUndefined();
    expect(englishAskedOffice('What did the mayor say?', translations)).toBeUndefined();
    // (an office the index keeps as written, as it does an acronym)
    expect(englishAskedOffice('who is the ceo of microsoft', new Map([['ceo', [['ceo']]]]))).toBe('ceo');
  });

  it('GIVEN a lead naming two towns, the mayor of the first in the next paragraph and of the second further on THEN each town’s mayor is answered, in Italian and English, by the paragraph after the one naming the town', () => {
    const storm = parseArticle(
      `---
title: "Maltempo, frane e strade interrotte"
lang: it
---

Il maltempo non ha dato tregua. Quella più rilevante si è avuta ad Anagni con una frana che ha chiuso via Calzatora.

«Il costone della collina è franato», ha spiegato il sindaco Daniele Natalia recatosi sul posto. «La strada è stata chiusa».

«Ringrazio quanti si sono adoperati», ha concluso Natalia.

Anche nella vicina Paliano si sono registrate problematiche. «La pioggia è tantissima», ha sottolineato il sindaco Domenico Alfieri.
`,
      'maltempo.md',
    );
    const council = parseArticle('---\ntitle: "Ro, la nuova giunta"\nlang: it\n---\n\nAntonio Giannini ha prestato il giuramento come nuovo sindaco.\n\nIl sindaco avrà anche le deleghe ai servizi finanziari.\n', 'ro.md');
    const core = createCore([storm, council], { lexicons: loadLexicons() });
    for (const q of ['chi è il sindaco di Anagni?', 'Who is the mayor of Anagni?']) {
      const r = core.ask(q, { limit: 5 });
      expect(r.answered).toBe(true);
      expect(r.passages[0]).toMatchObject({ article: 'maltempo', paragraph: 2 });
    }
    expect(core.ask('chi è il sindaco di Paliano?', { limit: 5 }).passages[0]).toMatchObject({ article: 'maltempo', paragraph: 4 });
  });

  it('GIVEN one mayor writing about two towns and the other town’s mayor named beside it later THEN “chi è il sindaco di Sava?” is answered by “Il sindaco di Sava, X”, also in English', () => {
    const crash = parseArticle(
      `---
title: "Quattro giovani morti nell’incidente"
lang: it
---

Quattro giovani hanno perso la vita nella notte in un incidente stradale tra Faggiano e Lizzano.

«Questa notte – scrive il sindaco di Manduria Gregorio Pecoraro -, la nostra comunità insieme a quella di Sava è stata scossa».

Il sindaco di Sava, Gaetano Picchieri, evidenzia che «le parole sembrano non bastare».
`,
      'incidente.md',
    );
    const core = createCore([crash], { lexicons: loadLexicons() });
    for (const q of ['chi è il sindaco di Sava?', 'Who is the mayor of Sava?']) expect(core.ask(q, { limit: 3 }).passages[0]).toMatchObject({ paragraph: 3 });
    expect(core.ask('chi è il sindaco di Manduria?', { limit: 3 }).passages[0]).toMatchObject({ paragraph: 2 });
    expect(officeBeside('sindaco', 'Sava')('Il sindaco di Sava, Gaetano Picchieri, evidenzia …')).toBe(true);
    expect(officeBeside('sindaco', 'Sava')('il sindaco di Manduria, con quelle di Torricella e Sava')).toBe(false);
  });

  it('GIVEN “chi è il rettore dell’università di Firenze?” over an article whose lead names the university and a later paragraph the rector THEN the later paragraph comes first', () => {
    const article = parseArticle(
      `---
title: "Università, benvenuto alle matricole in Palazzo Vecchio"
lang: it
---

Stamani si è svolta a Palazzo Vecchio un'iniziativa organizzata da Comune e Università di Firenze per dare il benvenuto alle matricole dell'università.

"Avete già iniziato i corsi - ha detto il rettore Luigi Dei -. State partendo per un bel viaggio".

Dopo i saluti del rettore le nuove studentesse e studenti hanno assistito a una lezione di medicina.
`,
      'firenze.md',
    );
    const other = parseArticle('---\ntitle: "Il porto di Valmare"\nlang: it\n---\n\nIl porto di Valmare passa a una nuova società, guidata dal presidente Carlo Neri.\n', 'porto.md');
    const core = createCore([article, other]);
    const r = core.ask("chi è il rettore dell'università di Firenze?", { limit: 3 });
    expect(r.passages[0]).toMatchObject({ article: 'firenze', paragraph: 2 });
    expect(r.passages.map((p) => p.score)).toEqual([...r.passages.map((p) => p.score)].sort((a, b) => b - a));
    // (an office held in another article is someone else: "chi è il presidente …" stays in the first passage's article)
    const p = core.ask('chi è il presidente del Comune di Firenze?', { limit: 3, ranking: { answerThreshold: 0 } });
    expect(p.passages[0]?.article).toBe('firenze');
  });

  it('GIVEN “chi è l’assessore alla Sanità che …?” THEN its portfolio is what the office belongs to (a relative clause after it left out), and “dell’assessore alla Sanità NAME” names the holder beside it: that paragraph comes first', () => {
    expect(askedOfficeOwner('Chi è l’assessore alla Sanità che non si è presentato?')).toBe('Sanità');
    expect(askedOfficeOwner("chi è l'assessore regionale all'Istruzione?")).toBe('Istruzione');
    expect(askedOfficeOwner('chi è il sindaco di Gualdo che ha parlato?')).toBe('Gualdo');
    expect(namesHolder('Protesta contro l’assenza dell’assessore alla Sanità Carlo Neri in commissione.', 'assessore')).toBe(true);
    expect(officeBeside('assessore', 'Sanità')('Protesta contro l’assenza dell’assessore alla Sanità Carlo Neri in commissione.')).toBe(true);
    const article = parseArticle(
      `---
title: "Protesta in consiglio regionale"
lang: it
---

Protesta oggi delle opposizioni in consiglio regionale contro l’assenza dell’assessore alla Sanità Carlo Neri in commissione.

I capigruppo di minoranza si sono presentati nel cortile del palazzo con un cartonato dell’assessore, che non si è presentato neppure oggi in commissione.
`,
      'protesta.md',
    );
    const core = createCore([article]);
    expect(core.ask('Chi è l’assessore alla Sanità che non si è presentato?', { limit: 2 }).passages[0]).toMatchObject({ paragraph: 1 });
  });

  it('GIVEN “chi presiede la Fondazione Grandis?” over a piece on the Fondazione “Sebastiano Grandis” whose paragraph says “la presidente della Fondazione, Anna Rizza” THEN that paragraph answers (the owner’s head noun beside the office, its name elsewhere in the piece)', () => {
    const article = parseArticle(
      `---
title: "Borgo, i vincitori delle borse di studio “Sebastiano Grandis”"
lang: it
---

Oggi pomeriggio si è svolta la cerimonia di consegna delle borse di studio messe in palio dalla Fondazione “Sebastiano Grandis”, voluta dal grande ingegnere.

“Il premio non ha solo un valore economico – ha sottolineato la presidente della Fondazione, Anna Ricci – ma è un riconoscimento”.

Alla cerimonia erano presenti anche l’assessora alla Scuola e la dirigente scolastica.
`,
      'borse.md',
    );
    const r = createCore([article]).ask('Chi presiede la Fondazione Grandis?');
    expect(r.answered).toBe(true);
    expect(r.passages[0]).toMatchObject({ paragraph: 2 });
  });

  it('GIVEN “il ministro della Cultura, Mario Rossi” or a complement listing names before the holder THEN it names the holder (a capitalised name is no office by its stem: “Mario”, “Ricerca”); GIVEN “il ministro Giannini insieme al Pro Rettore Fabrizio Figorilli” THEN the name after is the other office’s', () => {
    expect(namesHolder('Era presente il ministro della Cultura, Mario Rossi.', 'ministro')).toBe(true);
    expect(namesHolder('Alla presenza del ministro dell’Istruzione, Università e Ricerca Stefania Neri.', 'ministro')).toBe(true);
    expect(namesHolder('In coda il ministro Neri insieme al Pro Rettore Fabrizio Figorilli.', 'ministro')).toBe(false);
    // another office after a comma still takes the name after it
    expect(namesHolder('il sindaco di Taormina, il questore di Messina Giuseppe Cucchiara', 'sindaco')).toBe(false);
  });

  it('GIVEN “chi è il ministro dell’istruzione?” (either apostrophe) over a piece naming “il ministro dell’Istruzione, Università e Ricerca Stefania Neri” in its lead and “il ministro Neri” further on THEN the lead answers', () => {
    const article = parseArticle(
      `---
title: "Inaugurato l’anno accademico"
lang: it
---

Inaugurato stamani in un’Aula Magna affollata l’anno accademico, alla presenza del ministro dell’Istruzione, Università e Ricerca Stefania Neri.

Il Magnifico Rettore Franco Bruni ha guidato il corteo dei docenti e in coda il ministro Neri insieme al Pro Rettore Fabrizio Sala.

Dopo un minuto di silenzio il professore Bruni ha avviato gli interventi con la relazione sull’attività svolta.
`,
      'anno.md',
    );
    const core = createCore([article], { lexicons: loadLexicons() });
    for (const q of ["chi è il ministro dell'istruzione?", 'chi è il ministro dell’istruzione?', "Chi era il ministro dell'Istruzione?"]) {
      const r = core.ask(q);
      expect(r.answered).toBe(true);
      expect(r.passages[0]).toMatchObject({ paragraph: 1 });
    }
    expect(askedOfficeOwner("chi è il ministro dell'istruzione?")).toBe('istruzione');
    expect(askedOfficeOwner('chi è il sindaco del paese?')).toBe('paese');
  });
});

describe('the chief executive written three ways', () => {
  it('GIVEN “il ceo”, “l’AD” or “l’amministratore delegato” THEN each names the holder of the others, and another company’s “CEO” is owned by another', () => {
    expect(namesHolder('“Siamo soddisfatti”, ha commentato i risultati l’AD Renato Mazzoncini.', 'ceo')).toBe(true);
    expect(namesHolder('Risultati positivi, ha detto il ceo Valerio Battista.', 'ad')).toBe(true);
    expect(ownedByAnother('Durante una conferenza per i clienti di Microsoft il CEO Satya Nadella ha parlato.', 'ad', 'Meta')).toBe(true);
  });
});

describe('a holder named after a title cut short, and a holder’s name asked for when no one is named', () => {
  it('GIVEN “alla presenza del sindaco dott.Giuseppe Castelli” THEN it names the mayor, with the title glued to the name or spaced', () => {
    expect(namesHolder('Questa mattina alla presenza del sindaco dott.Giuseppe Castelli è stata riaperta la cappella.', 'sindaco')).toBe(true);
    expect(namesHolder('Ha parlato il sindaco dott. Giuseppe Castelli.', 'sindaco')).toBe(true);
    expect(namesHolder('Il sindaco ha ringraziato il dott. Rossi.', 'sindaco')).toBe(false);
  });

  it('GIVEN a piece naming the mayor of one town only by office THEN “come si chiama il sindaco di X?” is declined, as “chi è il sindaco di X?” is; with the mayor named it is answered', () => {
    const parking = parseArticle(
      `---
title: "Cassano, parcheggi a pagamento: dalle proteste alle proposte"
lang: it
---

A Cassano i parcheggi a pagamento dividono commercianti e residenti.

Maurizio Colletti di Confimprese ha subito sposato l'idea lanciata dal sindaco: «Dieci minuti li regala il Comune, venti i commercianti».
`,
      'cassano.md',
    );
    const named = parseArticle(
      `---
title: "Belmonte, la sosta di due ore"
lang: it
---

A Belmonte la sosta in centro sarà di due ore.

«I primi risultati sono buoni», spiega il sindaco Oscar Pellegrini.
`,
      'belmonte.md',
    );
    const core = createCore([parking, named], { lexicons: loadLexicons() });
    for (const q of ['come si chiama il sindaco di Cassano?', 'chi è il sindaco di Cassano?']) expect(core.ask(q, { limit: 3 }).answered, q).toBe(false);
    const r = core.ask('come si chiama il sindaco di Belmonte?', { limit: 3 });
    expect(r.answered).toBe(true);
    expect(r.passages[0]).toMatchObject({ article: 'belmonte', paragraph: 2 });
  });
});
