import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/brano.js';
import { parseArticle } from '../../src/core/corpus.js';
import { namesSource, nearBest, preferStatements, statementSubject, statementsByTopic, statementTopic, statementTopicSubject } from '../../src/core/statementQuestion.js';
import type { AskResult, Passage } from '../../src/core/ask.js';
import { loadLexicons } from '../../src/lexicons.js';

describe('statementSubject', () => {
  it('GIVEN a question asking only what someone said, in Italian or English THEN it gives the name as typed', () => {
    expect(statementSubject('Cosa ha detto Renzi?')).toBe('Renzi');
    expect(statementSubject('che cosa ha dichiarato il ministro Rossi')).toBe('il ministro Rossi');
    expect(statementSubject('che ne pensa Laura Pini?')).toBe('Laura Pini');
    expect(statementSubject('cosa dice Lambert?')).toBe('Lambert');
    expect(statementSubject('What did Lambert say?')).toBe('Lambert');
    expect(statementSubject('what does Nadella think?')).toBe('Nadella');
  });

  it('GIVEN a topic after the name, a pronoun, the article itself, or another question THEN it gives nothing', () => {
    expect(statementSubject('Cosa ha detto Lutero sulla chiesa?')).toBeUndefined();
    expect(statementSubject('What did Lambert say about the licence?')).toBeUndefined();
    expect(statementSubject('cosa ha detto lui?')).toBeUndefined();
    expect(statementSubject('what did the article say?')).toBeUndefined();
    // an English office's complement is part of who is asked about, as the Italian "di" is
    expect(statementSubject('what did the mayor of Teramo say?')).toBe('the mayor of Teramo');
    expect(statementSubject('cosa ha detto il sindaco di Teramo?')).toBe('il sindaco di Teramo');
    expect(statementSubject('what did the mayor of Teramo say about the schools?')).toBeUndefined();
    expect(statementSubject('chi è Renzi?')).toBeUndefined();
    expect(statementSubject('cosa ha fatto Renzi?')).toBeUndefined();
  });
});

describe('statementTopicSubject', () => {
  it('GIVEN a question asking what someone said on a topic, in Italian or English THEN it gives the name; without a topic, or with a pronoun, nothing', () => {
    expect(statementTopicSubject('Cosa ha detto Lutero sulla chiesa?')).toBe('Lutero');
    expect(statementTopicSubject('cosa pensa il sindaco dei cantieri per via Roma?')).toBe('il sindaco dei cantieri');
    expect(statementTopicSubject('What did Lambert say about the licence?')).toBe('Lambert');
    expect(statementTopicSubject('what does the mayor think about via Roma')).toBe('the mayor');
    expect(statementTopicSubject('Cosa ha detto Lambert?')).toBeUndefined();
    expect(statementTopicSubject('cosa ha detto lui sulla chiesa?')).toBeUndefined();
    expect(statementTopicSubject('chi è Renzi?')).toBeUndefined();
  });
});

describe('statementTopic', () => {
  it('GIVEN a question asking what someone said on a topic THEN it gives the topic’s words as typed; without a topic, nothing', () => {
    expect(statementTopic('cosa ha detto il sindaco di Valdora sui ritardi?')).toBe('sui ritardi');
    expect(statementTopic('What did the mayor of Valdora say about the delays?')).toBe('about the delays');
    expect(statementTopic('cosa ha detto il sindaco di Valdora?')).toBeUndefined();
    expect(statementTopic('what did the mayor say?')).toBeUndefined();
  });
});

describe('preferStatements', () => {
  const passage = (paragraph: number): Passage => ({ article: 'a', articleTitle: 'A', paragraph, section: 's', sectionTitle: 'S', excerpt: `¶${paragraph}`, span: [0, 3], highlight: [0, 3], matches: [], score: 1 / paragraph });
  const result: AskResult = { question: 'q', answered: true, passages: [1, 2, 3, 4].map(passage), lang: 'it' };

  it('GIVEN the passages a search on the topic alone ranks THEN the person’s statements take their places in that order, the others stay where they were', () => {
    const onTopic = [4, 2].map(passage);
    expect(statementsByTopic(result, new Set(['a#2', 'a#4']), onTopic).passages.map((p) => p.paragraph)).toEqual([1, 4, 3, 2]);
    // (a statement the topic search did not find comes after those it did)
    expect(statementsByTopic(result, new Set(['a#1', 'a#4']), [passage(4)]).passages.map((p) => p.paragraph)).toEqual([4, 2, 3, 1]);
  });

  it('GIVEN passages, some holding the person’s statements THEN those come first, each group in order, cut to the limit; none THEN the order stays', () => {
    expect(preferStatements(result, new Set(['a#3', 'a#4']), 3).passages.map((p) => p.paragraph)).toEqual([3, 4, 1]);
    expect(preferStatements(result, new Set(['b#3']), 2).passages.map((p) => p.paragraph)).toEqual([1, 2]);
  });
});

describe('a question about what someone said, through the core', () => {
  const article = parseArticle(
    [
      '---',
      'title: La legge sul porto',
      'lang: it',
      '---',
      '',
      'Il consiglio ha approvato la legge sul porto. Il consigliere Marco Renzi ha accusato la giunta di aver ceduto a pressioni esterne.',
      '',
      'A pochi minuti dal voto, l’assessora Laura Pini ha risposto alle insinuazioni di Renzi: «L’accusa di Marco Renzi è infondata, nessuno ci ha telefonato».',
      '',
      'La legge entra in vigore a gennaio e riguarda i moli e le banchine del porto.',
    ].join('\n'),
    'porto.md',
  );
  const core = createCore([article]);

  it('GIVEN “cosa ha detto Renzi?” where another paragraph names Renzi more often THEN the paragraph of his statement comes first; the same words with a topic are searched as before', () => {
    expect(core.ask('cosa ha detto Renzi?').passages[0]?.paragraph).toBe(1);
    expect(core.ask('What did Renzi say?').passages[0]?.paragraph).toBe(1);
    expect(core.ask('cosa ha detto Laura Pini?').passages[0]?.paragraph).toBe(2);
    expect(core.ask('cosa ha detto Renzi?', { limit: 1 }).passages).toHaveLength(1);
  });

  it('GIVEN an interview and “cosa ha detto X su Y?” THEN of the passages the topic finds, the one holding X’s statement comes first, not the interviewer’s question', () => {
    const interview = parseArticle(
      [
        '---',
        'title: Il sindaco e i cantieri',
        'lang: it',
        '---',
        '',
        'Paolo Neri, sindaco da tre anni, risponde alle nostre domande sui cantieri.',
        '',
        'È pentito di aver aperto tanti cantieri?',
        '',
        '«No, anzi. Abbiamo trovato settanta milioni di euro per la città».',
        '',
        'Quando riaprirà via Roma?',
        '',
        '«Il nostro auspicio è liberare via Roma dal cantiere entro l’anno».',
        '',
        'Sindaco, con il cantiere di via Roma siete riusciti a fare arrabbiare tutti i commercianti di via Roma.',
      ].join('\n'),
      'cantieri.md',
    );
    const neri = createCore([interview]);
    expect(neri.ask('cosa ha detto Neri su via Roma?').passages[0]?.paragraph).toBe(5);
    expect(neri.ask('what did Neri say about via Roma?').passages[0]?.paragraph).toBe(5);
    // however many passages are asked for, the first is the same
    expect(neri.ask('cosa ha detto Neri su via Roma?', { limit: 1 }).passages.map((p) => p.paragraph)).toEqual([5]);
    expect(neri.ask('cosa ha detto Neri su via Roma?', { limit: 2 }).passages.map((p) => p.paragraph)).toEqual(neri.ask('cosa ha detto Neri su via Roma?').passages.slice(0, 2).map((p) => p.paragraph));
    // the same words without the person's statements among the passages: searched as before
    expect(neri.ask('cosa ha detto Rossi su via Roma?').passages.map((p) => p.paragraph)).toEqual(neri.ask('via Roma').passages.map((p) => p.paragraph));
  });
});

describe('an office typed in English', () => {
  const article = parseArticle(
    [
      '---',
      'title: Scossa di terremoto',
      'lang: it',
      '---',
      '',
      'Il presidente della Regione, Marco Neri, ha chiamato il sindaco di Valdora, Aldo Bruni, e il sindaco di Collina, Luca Sala, per sincerarsi di quanto accaduto. Il sindaco di Valdora e il sindaco di Collina sono in contatto con la Regione.',
      '',
      '“Abbiamo avuto una riunione con i dirigenti scolastici: non ci sono problemi” dice il sindaco di Valdora, Aldo Bruni.',
      '',
      '“Le scuole restano chiuse fino a lunedì” ha spiegato il sindaco di Collina, Luca Sala.',
      '',
      'Il ministro della Salute Anna Rossi ha detto che la situazione è sotto controllo.',
    ].join('\n'),
    'scossa.md',
  );
  const core = createCore([article], { lexicons: loadLexicons() });

  it('GIVEN /quote “the mayor of Valdora” THEN the speaker whose Italian office it is (sindaco di Valdora); GIVEN “the mayor” held by two THEN both are offered under the Italian office', () => {
    expect(core.quote('the mayor of Valdora').person).toBe('Aldo Bruni');
    expect(core.quote('the mayor of Collina').person).toBe('Luca Sala');
    const both = core.quote('the mayor');
    expect(both.person).toBeNull();
    expect(both.suggestions).toEqual(['Aldo Bruni', 'Luca Sala']);
    expect(both.office).toBe('sindaco');
    // the Italian look-up is as before
    expect(core.quote('il sindaco di Collina').person).toBe('Luca Sala');
    // the office's other words are read the same way: "the health minister" is the ministro della Salute
    expect(core.quote('the health minister').person).toBe('Anna Rossi');
    expect(core.quote('the minister of health').person).toBe('Anna Rossi');
  });

  it('GIVEN “what did the mayor of Valdora say?” THEN the paragraph of his statement comes first, not the one that only names him', () => {
    expect(core.ask('what did the mayor of Valdora say?').passages[0]?.paragraph).toBe(2);
    expect(core.ask('what did the mayor of Collina say?').passages[0]?.paragraph).toBe(3);
  });
});

describe('an office alone, in a question the search cannot answer on', () => {
  const article = parseArticle(
    [
      '---',
      'title: Caserma sotto sequestro',
      'lang: it',
      '---',
      '',
      'Si svolgeranno venerdì gli interrogatori dei quattro militari arrestati a Valdora per gli abusi commessi nella caserma di via Roma, posta sotto sequestro.',
      '',
      'Il comando generale ha nominato il nuovo comandante della compagnia, il capitano Luca Sala. «La nomina immediata è un segnale di serietà», ha detto il prefetto di Valdora Marco Neri, che ha ricevuto il capitano in prefettura.',
      '',
      'La procura ha aperto un fascicolo sugli abusi contestati e sentirà nelle prossime settimane i colleghi degli arrestati.',
      '',
      '«Si tratta di accuse gravissime», commenta il ministro della Difesa Anna Rossi, che ha chiesto verifiche sui superiori.',
    ].join('\n'),
    'caserma.md',
  );
  const core = createCore([article], { lexicons: loadLexicons() });

  it('GIVEN “what did the prefect say?” and “what did the minister say?” THEN the paragraph of the one person of that office who speaks; an office nobody holds stays unanswered', () => {
    for (const [question, paragraph] of [['what did the prefect say?', 2], ['what did the minister say?', 4]] as const) {
      const result = core.ask(question);
      expect(result.answered, question).toBe(true);
      expect(result.question).toBe(question);
      expect(result.passages[0]?.paragraph, question).toBe(paragraph);
    }
    // (an office nobody in the article holds leaves the search’s answer as it was)
    expect(core.ask('what did the mayor say?').answered).toBe(false);
  });
});

describe('an office and its place, with an office written as a title elsewhere', () => {
  const md = (title: string, ...paragraphs: string[]) => ['---', `title: ${title}`, 'lang: it', '---', '', paragraphs.join('\n\n')].join('\n');
  const bus = parseArticle(
    md(
      'Valdora, il piano dei bus',
      '“Tra la fine di quest’anno e l’inizio del nuovo saremo pronti” per il nuovo piano della mobilità di Valdora. Così il sindaco Mario Rossi a margine di un evento.',
      'I lavori hanno condizionato le corse: “Sappiamo che ci sono disagi, saltano alcune fermate, ci sono un po’ di ritardi, ci scusiamo” ha aggiunto il sindaco.',
      'Il piano sarà presentato in consiglio comunale a gennaio.',
    ),
    'valdora-bus.md',
  );
  const gas = parseArticle(
    md(
      'Collina, autobus a metano',
      '“Il nuovo disegno, inoltre, – ancora il Sindaco – coglie l’esigenza di rispondere alle trasformazioni della città e dei suoi quartieri.”',
      'Prima di Natale entreranno in esercizio cinque nuovi autobus a metano.',
    ),
    'collina-bus.md',
  );
  const core = createCore([bus, gas], { lexicons: loadLexicons() });

  it('GIVEN /quote “il sindaco di Valdora” or “the mayor of Valdora” THEN the mayor quoted in the article that names Valdora, not the office the other article writes as a title', () => {
    expect(core.quote('il sindaco di Valdora').person).toBe('Mario Rossi');
    expect(core.quote('the mayor of Valdora').person).toBe('Mario Rossi');
    expect(core.quote('il Sindaco').person).toBe('Sindaco');
  });

  it('GIVEN “cosa ha detto il sindaco di Valdora sui ritardi?” THEN his statement on the delays comes first, not the one that names Valdora', () => {
    expect(core.ask('cosa ha detto il sindaco di Valdora sui ritardi?').passages[0]).toMatchObject({ article: 'valdora-bus', paragraph: 2 });
    expect(core.ask('what did the mayor of Valdora say about the delays?').passages[0]).toMatchObject({ article: 'valdora-bus', paragraph: 2 });
  });
});

describe('a topic that finds nothing alone', () => {
  it('GIVEN a short lead where X fears something, a long paragraph with X’s words on the flames, and other pieces on flames THEN “cosa ha detto X quando ha visto le fiamme?” puts the long one first (the topic, which answers nothing alone, still orders X’s statements)', () => {
    const piece = (slug: string, title: string, ...paragraphs: string[]) => parseArticle(['---', `title: ${title}`, 'lang: it', '---', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), `${slug}.md`);
    const core = createCore([
      piece(
        'pineta',
        'Rogo nella pineta di Valdora',
        'Il sindaco Aldo Neri teme un nuovo disastro: per il sindaco Neri la riserva va difesa.',
        'Nella notte tra martedì e mercoledì un rogo ha colpito la pineta, spaventando residenti e autorità. Le fiamme sono divampate intorno alle tre, interessando l’area compresa tra il viale della pineta e il laghetto dei cigni, costringendo vigili del fuoco, protezione civile, polizia di stato e locale a intervenire con autobotti ed elicottero. Il sindaco Aldo Neri, presente sul posto con il comandante dei vigili del fuoco e vari consiglieri, ha dichiarato di aver «rivissuto l’incubo di tre anni fa», quando un maxi incendio distrusse gran parte della riserva.',
        'La zona è stata isolata e restano chiuse alcune strade del quartiere.',
      ),
      piece('bosco', 'Incendio nel bosco di Colle Alto', 'Le fiamme hanno raggiunto il bosco di Colle Alto nel pomeriggio. Le fiamme erano alte venti metri.', 'I canadair hanno lavorato fino a sera contro le fiamme, che il vento spingeva verso le case.'),
      piece('campeggio', 'Campeggio evacuato a Riva Bassa', 'Le fiamme si sono avvicinate al campeggio di Riva Bassa e gli ospiti sono stati fatti uscire.', 'Il gestore ha raccontato che le fiamme erano vicinissime alla spiaggia.'),
    ]);
    expect(core.ask('quando ha visto le fiamme').answered).toBe(false);
    expect(core.ask('cosa ha detto il sindaco Neri quando ha visto le fiamme?').passages[0]).toMatchObject({ article: 'pineta', paragraph: 2 });
  });
});

describe('what someone asked, and of whom', () => {
  it('GIVEN “cosa ha chiesto X?” or “cosa chiede X?” THEN it asks X’s statements; “cosa ha chiesto X a Y?” asks X’s statements about Y', () => {
    expect(statementSubject('cosa ha chiesto Neri?')).toBe('Neri');
    expect(statementSubject('cosa chiede il sindaco?')).toBe('il sindaco');
    expect(statementSubject('Cosa ha chiesto Neri a Bianchi?')).toBeUndefined();
    expect(statementTopicSubject('Cosa ha chiesto Neri a Bianchi?')).toBe('Neri');
    expect(statementTopic('Cosa ha chiesto Neri al ministro?')).toBe('al ministro');
  });

  it('GIVEN a lead where X convenes a meeting “per chiedere” something, and a later paragraph where X asks Y “…” THEN “Cosa ha chiesto X a Y?” finds the statement', () => {
    const article = parseArticle(
      [
        '---',
        'title: Maltempo a Valdora',
        'lang: it',
        '---',
        '',
        'Si è conclusa la riunione della giunta regionale, convocata dal presidente Aldo Neri per deliberare lo stato di emergenza e chiedere al governo il riconoscimento della calamità.',
        '',
        'Alla riunione ha partecipato il capo della Protezione civile regionale, Luca Rossi.',
        '',
        'Neri ha avuto anche un colloquio con il capo della Protezione civile nazionale, Mario Bianchi. Neri ha evidenziato a Bianchi “la necessità di procedure assai celeri per le aziende colpite”.',
      ].join('\n'),
      'maltempo.md',
    );
    const core = createCore([article]);
    expect(core.ask('Cosa ha chiesto Neri a Bianchi?').passages[0]?.paragraph).toBe(3);
    expect(core.ask('cosa ha chiesto Neri?').passages[0]?.paragraph).toBe(3);
  });
});

describe('a source the question names: “… secondo X?”, “according to X”', () => {
  it('GIVEN “secondo X” or “according to X” before or after the question THEN X is the name and the rest the topic; the ordinal “nel secondo tempo” names nobody', () => {
    expect(statementTopicSubject('da quanto tempo è chiusa la cava secondo alfieri?')).toBe('alfieri');
    expect(statementTopic('da quanto tempo è chiusa la cava secondo alfieri?')).toBe('da quanto tempo è chiusa la cava ?');
    expect(statementTopicSubject('Secondo Stefano Causa cosa ha fatto il direttore per il museo?')).toBe('Stefano Causa');
    expect(statementTopic('Secondo Stefano Causa cosa ha fatto il direttore per il museo?')).toBe('cosa ha fatto il direttore per il museo?');
    expect(statementTopicSubject('secondo il comandante dei pompieri il rogo è doloso o no')).toBe('il comandante dei pompieri');
    expect(statementTopicSubject('cosa servirebbe secondo pellicini per farsi ascoltare?')).toBe('pellicini');
    expect(statementTopicSubject('According to Fontana, why is drinking water not a worry?')).toBe('Fontana');
    expect(statementTopic('According to Fontana, why is drinking water not a worry?')).toBe('why is drinking water not a worry?');
    expect(statementTopicSubject('who scored for the team according to coach Frumento?')).toBe('coach Frumento');
    expect(statementTopicSubject('quali giocatori sono entrati nel secondo tempo?')).toBeUndefined();
    expect(namesSource('quali giocatori sono entrati nel secondo tempo?')).toBe(false);
    expect(namesSource('secondo lui?')).toBe(false);
  });

  const passage = (paragraph: number, score: number): Passage => ({ article: 'a', paragraph, section: 's', excerpt: '', score }) as Passage;
  it('GIVEN a search’s passages and the source’s statements THEN only the statements scoring at least 0.6 of the best passage are kept', () => {
    const result = { question: 'secondo Rolla cosa manca?', passages: [passage(1, 0.8), passage(2, 0.5), passage(3, 0.4)] } as unknown as AskResult;
    expect([...nearBest(result, new Set(['a#2', 'a#3']))]).toEqual(['a#2']);
    expect([...nearBest(result, new Set(['a#1']))]).toEqual(['a#1']);
  });

  const festa = parseArticle(
    [
      '---',
      'title: Festa di quartiere a San Rocco',
      'lang: it',
      '---',
      '',
      'Nel quartiere di San Rocco la festa di ieri ha riunito trecento residenti. Tra loro Giovanna Rolla, presidente dell’associazione dei residenti del quartiere:',
      '',
      '«Da anni chiediamo un parco giochi e un presidio medico. Sono queste le cose che ci mancano di più».',
      '',
      'La festa è costata 4mila euro, pagati dalla parrocchia e dai commercianti della zona.',
    ].join('\n'),
    'festa.md',
  );
  const core = createCore([festa], { lexicons: loadLexicons() });
  it('GIVEN a paragraph naming X and the topic, then X’s words on it THEN “secondo X …?” and “… according to X?” put X’s words first', () => {
    expect(core.ask('secondo Rolla cosa manca al quartiere?').passages.map((p) => p.paragraph)).toEqual([2, 1, 3]);
    expect(core.ask('what is the neighbourhood missing according to Rolla?').passages[0]?.paragraph).toBe(2);
  });

  it('GIVEN X’s words scoring far below the search’s first passage THEN the first passage stays first', () => {
    expect(core.ask('secondo Rolla quanto è costata la festa?').passages[0]?.paragraph).toBe(3);
  });
});

describe('a source the question names, its statement sharing no other word with the question', () => {
  const strike = parseArticle(
    [
      '---',
      'title: "Sciopero dopo il crollo del cantiere"',
      'lang: it',
      '---',
      '',
      'Migliaia di persone hanno partecipato ieri allo sciopero indetto dopo il crollo del cantiere di via Verdi, dove sono morti tre operai.',
      '',
      'Davanti al cantiere i sindacati hanno deposto due mazzi di rose bianche.',
      '',
      'Aldo Bruni, segretario della Fiom, ha aggiunto: «Con la patente a punti quello che è successo qui non sarebbe successo, perché la ditta era la stessa di un anno fa».',
      '',
      'Assente la Cisl, che ha scelto una manifestazione separata davanti alla prefettura.',
    ].join('\n'),
    'sciopero.md',
  );
  const core = createCore([strike], { lexicons: loadLexicons() });
  it('GIVEN “Secondo X cosa avrebbe evitato la tragedia?” and its English, X’s statement coming closest THEN it answers with X’s statement', () => {
    for (const q of ['Secondo Bruni cosa avrebbe evitato la tragedia?', 'What could have prevented the tragedy, according to Bruni?']) {
      const r = core.ask(q);
      expect(r.answered, q).toBe(true);
      expect(r.passages[0]?.paragraph, q).toBe(3);
    }
  });

  it('GIVEN a fact the statement does not give (“quanto costa”) THEN the question is still declined, the reply saying which fact', () => {
    const r = core.ask('Secondo Bruni quanto costa la patente a punti?');
    expect(r.answered).toBe(false);
    expect(r.unsaid).toBe('money');
  });
});

describe('English verbs of saying', () => {
  it('GIVEN “what did X stress”, “what has X pointed out”, “what did X announce at the meeting” THEN X is whose statements are asked, the meeting the topic', () => {
    expect(statementSubject('what did Parma stress?')).toBe('Parma');
    expect(statementSubject('what has the mayor pointed out')).toBe('the mayor');
    expect(statementSubject('what did the minister announce')).toBe('the minister');
    expect(statementTopicSubject('what did the mayor of Valdora stress at the meeting')).toBe('the mayor of Valdora');
    expect(statementTopic('what did the mayor of Valdora stress at the meeting')).toBe('at the meeting');
    expect(statementSubject('what did the mayor build?')).toBeUndefined();
  });
});
