/**
 * One test per attribution construction of Italian news, each on a short text written for the test: the syntax of
 * the construction (reporting verb, punctuation, name, role and organisation) with invented content and invented
 * names. Who says it, what is quoted or reported, and what is not a statement.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadCorpus, parseArticle } from '../../src/core/corpus.js';
import { buildPeople } from '../../src/core/people.js';
import { FOCUS_RULES, QUOTE_OWNER_EXAMPLES, SUBJECT_RULE_EXAMPLES } from '../../src/core/speakerRules.js';
import { extractSpeakers, type SpeakerDraft } from '../../src/core/speakers.js';
import { findQuotations, quoteSentences } from '../../src/core/quotes.js';
import { CATAPHORIC_OPENERS, FLOOR_GIVERS, isNonResponse, isTitleQuotation, REPORTING_VERBS, reportingVerbPattern, SHARED_STANCES, SOURCE_MARKERS, TITLE_INTRODUCERS, verbEntry } from '../../src/core/speakerLexicon.js';
import type { Article, Quote } from '../../src/core/types.js';
import { readFileSync } from 'node:fs';
import { isPersonNoun } from '../../src/core/speakerLexicon.js';
import { PERSON_NOUNS_FILE } from '../../src/lexicons.js';

/** A news-style article from its paragraphs. */
const article = (slug: string, ...paragraphs: string[]): Article =>
  parseArticle(`---\ntitle: "${slug}"\nlang: it\n---\n\n${paragraphs.join('\n\n')}\n`, `${slug}.md`);
const speakersOf = (...paragraphs: string[]) => extractSpeakers(article('prova', ...paragraphs));
/** The speakers of an article with a title of its own (quotation marks and colons in it kept). */
const speakersUnder = (title: string, ...paragraphs: string[]) => extractSpeakers(parseArticle(`---\ntitle: '${title}'\nlang: it\n---\n\n${paragraphs.join('\n\n')}\n`, 'prova.md'));
const speaker = (drafts: readonly SpeakerDraft[], name: string): SpeakerDraft => {
  const s = drafts.find((d) => d.name === name);
  if (!s) throw new Error(`test: no speaker ${name} among ${drafts.map((d) => d.name).join(', ') || 'nobody'}`);
  return s;
};
const has = (quotes: readonly Quote[], paragraph: number, kind: Quote['kind'], text: string) =>
  quotes.some((q) => q.paragraph === paragraph && q.kind === kind && q.text.includes(text));

describe('the construction tables', () => {
  it('GIVEN each row of the cataphoric and floor-giving tables THEN it matches its example sentence', () => {
    for (const row of [...CATAPHORIC_OPENERS, ...FLOOR_GIVERS]) expect(row.re.test(row.example), row.id).toBe(true);
  });

  it('GIVEN the one pattern of every reporting verb (entries with the same auxiliary sharing it) THEN it finds each perfect and pluperfect entry with its adverbs, whole, and the entry it came from', () => {
    const find = (text: string) => {
      const re = reportingVerbPattern();
      re.lastIndex = 0;
      return [...text.matchAll(re)].map((m) => m[1]);
    };
    expect(find('Il sindaco ha poi detto che va bene.')).toEqual(['ha poi detto']);
    expect(find('I consiglieri hanno, infine, sottolineato il ritardo.')).toEqual(['hanno, infine, sottolineato']);
    expect(find('«Basta», avevano ripetuto gli operai; «dopo», aveva scherzato il sindaco.')).toEqual(['avevano ripetuto', 'aveva scherzato']);
    expect(find('Ha dettato le regole e hanno aggiunto un punto.')).toEqual(['hanno aggiunto']);
    expect(verbEntry('hanno poi evidenziato').plural).toBe(true);
    expect(verbEntry('aveva scherzato').afterQuoteOnly).toBe(true);
    // every entry written without pattern syntax is found as written
    for (const v of REPORTING_VERBS) if (/^[\p{L} ]+$/u.test(v.source)) expect(find(`Ieri ${v.source} ieri.`), v.source).toEqual([v.source]);
  });

  it('GIVEN each verbless source marker’s example (“Secondo X …”, “Per X, …”, “A detta del ministro X, …”, “X, secondo cui …”) THEN its sentence (after “secondo cui”, the relative clause) is that person’s reported statement, and the person alone speaks', () => {
    for (const row of SOURCE_MARKERS) {
      const drafts = speakersOf(row.example);
      expect(drafts.length, row.id).toBe(1);
      row.re.lastIndex = 0;
      const marker = row.antecedent ? row.re.exec(row.example) : null;
      // (exec moves a global pattern's lastIndex, which matchAll would start from: put it back)
      row.re.lastIndex = 0;
      const said = marker ? row.example.slice(marker.index + marker[0].length).trim() : row.example;
      // (a statement that is a quotation and nothing more is that quotation, said directly)
      const quoted = /^[“«"](.*)[”»"]\.?$/u.exec(said);
      expect(drafts[0]!.quotes.map((q) => [q.kind, q.text]), row.id).toEqual([quoted ? ['direct', quoted[1]] : ['reported', said]]);
      expect(row.example, row.id).toContain(drafts[0]!.name);
    }
    // “per cui” is mostly “for which”: no source
    expect(speakersOf('Il premio fu assegnato a Robert Koch, per cui i microbi causano le malattie.')).toEqual([]);
  });

  it('GIVEN a marker word used otherwise (“il secondo”, “per Meta è …” with no comma) THEN nobody is made a source', () => {
    expect(speakersOf('Il secondo Marta Ferri della lista è arrivato tardi. Per Meta è stato un anno difficile.')).toEqual([]);
  });

  it('GIVEN each row of the shared-stance table THEN its example gives the one compared a reported statement', () => {
    for (const row of SHARED_STANCES) {
      expect(row.re.test(row.example), row.id).toBe(true);
      const neri = speakersOf(row.example).find((d) => d.name === 'Ada Neri');
      expect(neri?.quotes.map((q) => q.kind), row.id).toEqual(['reported']);
    }
  });

  it('GIVEN each rule for quotations with no verb of their own (inserted verb, name and colon, continuation, document, an interview’s topic and colon) THEN its example’s quotations are its speaker’s', () => {
    for (const row of QUOTE_OWNER_EXAMPLES) {
      const drafts = row.title ? speakersUnder(row.title, ...row.example) : speakersOf(...row.example);
      const last = row.example.length;
      const direct = drafts.flatMap((d) => d.quotes.filter((q) => q.kind === 'direct' && q.paragraph === last).map((q) => [d.name, q.text]));
      expect(direct.length, row.id).toBeGreaterThan(0);
      expect(direct.filter(([name]) => name !== row.speaker && name !== row.together), row.id).toEqual([]);
      // (a rule that gives the words to two gives them to both)
      if (row.together) expect(direct.some(([name]) => name === row.together), row.id).toBe(true);
    }
  });

  it('GIVEN an interview’s “topic: «…»” whose title does not quote the person in focus THEN the quotation is nobody’s (an encyclopedia’s subject quoted after a historian is not the historian’s)', () => {
    const drafts = speakersOf('Lo storico Ugo Fabbri ha scritto che il monaco era un uomo severo. Sulla sua partenza: «Ho lasciato il convento per sempre».');
    expect(drafts.flatMap((d) => d.quotes.filter((q) => q.kind === 'direct'))).toEqual([]);
  });

  it('GIVEN each rule for a reporting verb’s subject (where the verb stands, then corrections) THEN every statement of its example’s last paragraph is its speaker’s, or nobody’s where the rule refuses a speaker', () => {
    for (const row of SUBJECT_RULE_EXAMPLES) {
      const drafts = speakersOf(...row.example);
      const last = row.example.length;
      const owners = drafts.filter((d) => d.quotes.some((q) => q.paragraph === last)).map((d) => d.name);
      expect(owners, row.id).toEqual(row.speaker === null ? [] : [row.speaker]);
    }
  });

  it('GIVEN each rule bringing someone into focus without a statement (floor given, a role as subject, a document) THEN every statement of its example is that speaker’s', () => {
    for (const row of FOCUS_RULES) {
      const drafts = speakersOf(...row.example);
      expect(drafts.map((d) => d.name), row.id).toEqual([row.speaker]);
      expect(drafts[0]!.quotes.length, row.id).toBeGreaterThan(0);
    }
  });

  it('GIVEN each row of the title table THEN it matches the words before the title in its example', () => {
    for (const row of TITLE_INTRODUCERS) expect(row.re.test(row.example), row.id).toBe(true);
  });
});

describe('an office and the institution it heads before the name', () => {
  it('GIVEN Il presidente del Consiglio Name ha spiegato: “…” THEN the quotation is theirs, with that office, and the scene before the verb is no statement', () => {
    const drafts = speakersOf('In diretta da Villa Lago, il presidente del Consiglio Aldo Bruni ha spiegato: “Ho invitato le opposizioni qui”.');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => [q.kind, q.text])])).toEqual([['Aldo Bruni', 'presidente del Consiglio', [['direct', 'Ho invitato le opposizioni qui']]]]);
  });

  it('GIVEN an office written as an abbreviation with stops or in lower case (“il d.g.”, “l’a.d.”, “l’ad”), or an office of two words with its complement (“L’amministratore delegato di Acme Name”) THEN the person speaks, with that office', () => {
    const roleOf = (text: string) => speakersOf(text).map((d) => [d.name, d.role ?? null, d.quotes.length]);
    expect(roleOf('«Siamo contenti del risultato», ha detto il d.g. Aldo Bruni.')).toEqual([['Aldo Bruni', 'd.g.', 1]]);
    expect(roleOf('«Siamo contenti del risultato», ha detto l’a.d. Aldo Bruni.')).toEqual([['Aldo Bruni', 'a.d.', 1]]);
    expect(roleOf('«Siamo orgogliosi dei conti – spiega l’ad di Acme Aldo Bruni –. La crescita continuerà anche nel 2025»')).toEqual([['Aldo Bruni', 'ad di Acme', 2]]);
    expect(roleOf('«Siamo orgogliosi dei conti - spiega l’a.d.di Acme Aldo Bruni -.La crescita continuerà anche nel 2025»')).toEqual([['Aldo Bruni', 'a.d.di Acme', 2]]);
    expect(roleOf('L’a.d. di Acme Aldo Bruni ha detto che il risultato è buono.')).toEqual([['Aldo Bruni', 'a.d. di Acme', 1]]);
    expect(roleOf('L’amministratore delegato di Acme Aldo Bruni ha detto che il risultato è buono.')).toEqual([['Aldo Bruni', 'amministratore delegato di Acme', 1]]);
    // (a preposition "ad" is no office: "Ad Aldo Bruni è andato il premio")
    expect(roleOf('Ad Aldo Bruni è andato il premio, ha detto il sindaco.').filter(([, role]) => role === 'ad')).toEqual([]);
  });

  it('GIVEN an office with its article elided onto it, or an office and its complement, before the subject’s name (“L’assessore Name ha detto”, “Il ministro dell’Economia Name ha detto”) THEN the office is theirs; governed by a preposition, the owner of a note or a proposal still holds it', () => {
    const roleOf = (text: string) => speakersOf(text).map((d) => [d.name, d.role ?? null]);
    expect(roleOf('L’assessore Aldo Bruni ha detto che le strade saranno rifatte.')).toEqual([['Aldo Bruni', 'assessore']]);
    expect(roleOf('Poi l’avvocato Aldo Bruni ha detto che il ricorso è pronto.')).toEqual([['Aldo Bruni', 'avvocato']]);
    expect(roleOf('Il ministro dell’Economia Aldo Bruni ha detto che i conti sono in ordine.')).toEqual([['Aldo Bruni', 'ministro dell’Economia']]);
    expect(roleOf('L’assessore alla Cultura Aldo Bruni ha detto che il museo riapre.')).toEqual([['Aldo Bruni', 'assessore alla Cultura']]);
    expect(roleOf('La nota dell’assessore Aldo Bruni ha detto che il museo riapre.')).toEqual([['Aldo Bruni', 'assessore']]);
    expect(roleOf('La proposta del ministro dell’Economia Aldo Bruni ha detto che i conti sono in ordine.')).toEqual([['Aldo Bruni', 'ministro dell’Economia']]);
  });

  it('GIVEN a paragraph closed by “Queste le parole di Name …:”, “Ecco le dichiarazioni di Name, office:”, “Così Name in conferenza stampa:” THEN the quotation of the paragraph after is theirs; a surname alone there names nobody', () => {
    const quote = '“Il risultato ci penalizza. La partita l’abbiamo fatta noi”.';
    const said = (intro: string) => speakersOf('La squadra ha perso in casa.', intro, quote).map((d) => [d.name, d.role ?? null, d.quotes.map((q) => [q.paragraph, q.kind])]);
    expect(said('Queste le parole di Aldo Bruni al termine della partita:')).toEqual([['Aldo Bruni', null, [[3, 'direct']]]]);
    expect(said('Ecco le dichiarazioni di Aldo Bruni, allenatore della Vis:')).toEqual([['Aldo Bruni', 'allenatore della Vis', [[3, 'direct']]]]);
    expect(said('Di seguito le parole del tecnico Aldo Bruni:')).toEqual([['Aldo Bruni', 'tecnico', [[3, 'direct']]]]);
    expect(said('Così Aldo Bruni in conferenza stampa:')).toEqual([['Aldo Bruni', null, [[3, 'direct']]]]);
    expect(said('Ecco le parole di Bruni:')).toEqual([]);
  });

  it('GIVEN “Il tecnico Name ha parlato ai microfoni di Dazn nel post partita:” closing its paragraph THEN only the words after it are theirs; GIVEN “… ha spiegato che …:” THEN that clause is a statement too', () => {
    const quote = '“Il risultato ci penalizza. La partita l’abbiamo fatta noi”.';
    const kinds = (intro: string) => speakersOf(intro, quote).map((d) => d.quotes.map((q) => [q.paragraph, q.kind]));
    expect(kinds('Il tecnico Aldo Bruni ha parlato ai microfoni di Radio Vis nel post partita:')).toEqual([[[2, 'direct']]]);
    expect(kinds('Il tecnico Aldo Bruni ha spiegato che la squadra era stanca:')).toEqual([[[1, 'reported'], [2, 'direct']]]);
  });

  it('GIVEN an office in apposition with its article (“l’allenatore della Vis, Name,”, “Il suo vice, Name,”) THEN the office is theirs without the article, a description keeps its own (“Name, un esperto di clima,”); GIVEN “Name, l’avvocato Other Name,” THEN that office is the other person’s', () => {
    const roleOf = (...paragraphs: string[]) => speakersOf(...paragraphs).map((d) => [d.name, d.role ?? null]);
    expect(roleOf('In conferenza stampa, l’allenatore della Vis, Aldo Bruni, ha detto: “Siamo pronti”.')).toEqual([['Aldo Bruni', 'allenatore della Vis']]);
    expect(roleOf('In conferenza stampa, il tecnico della Vis, Aldo Bruni, ha detto: “Siamo pronti”.')).toEqual([['Aldo Bruni', 'tecnico della Vis']]);
    expect(roleOf('Il suo vice, Aldo Bruni, ha detto: “Siamo pronti”.')).toEqual([['Aldo Bruni', 'vice']]);
    expect(roleOf('Aldo Bruni, un esperto di clima, ha detto che le piogge aumenteranno.')).toEqual([['Aldo Bruni', 'un esperto di clima']]);
    expect(roleOf('Il legale di Carlo Neri, l’avvocato Aldo Bruni, ha risposto che la donna ha mentito.', 'Carlo Neri ha detto che non crede alla moglie.')).toEqual([
      ['Aldo Bruni', 'avvocato'],
      ['Carlo Neri', null],
    ]);
  });

  it('GIVEN “Alla cerimonia il presidente del Museo, Name, si è soffermato sui programmi, mentre l’assessore Other ha illustrato le iniziative” THEN both speak, each with their office (an adjunct before the office is no part of it)', () => {
    const drafts = speakersOf('Alla cerimonia inaugurale il presidente del Museo, Aldo Bruni, si è soffermato sui programmi per il rilancio, mentre l’assessore Carla Neri ha illustrato le iniziative in programma.');
    expect(drafts.map((d) => [d.name, d.role ?? null, d.quotes.map((q) => q.kind)])).toEqual([
      ['Aldo Bruni', 'presidente del Museo', ['reported']],
      ['Carla Neri', 'assessore', ['reported']],
    ]);
    expect(speaker(drafts, 'Carla Neri').quotes[0]!.text).toContain('ha illustrato le iniziative in programma');
  });

  it('GIVEN Name ribadisce la sua visione politica: “…” THEN the quotation is the statement, not also the sentence as reported speech; GIVEN Name si dichiarò colpevole e disse al giudice: “…” THEN both', () => {
    const [bruni] = speakersOf('Aldo Bruni ribadisce la sua visione politica: “Rafforzare un ampio fronte progressista”.');
    expect(bruni!.quotes.map((q) => [q.kind, q.text])).toEqual([['direct', 'Rafforzare un ampio fronte progressista']]);
    const [neri] = speakersOf('Anna Neri si dichiarò colpevole e disse al giudice: “Sono qui e accetto la pena”.');
    expect(neri!.quotes.map((q) => q.kind).sort()).toEqual(['direct', 'reported']);
  });

  it('GIVEN L’ex presidente della Regione Name ha dichiarato: “…” THEN theirs, not the institution’s', () => {
    expect(speakersOf('L’ex presidente della Regione Carla Neri ha dichiarato: “Gli errori vanno esaminati”.').map((d) => [d.name, d.role])).toEqual([['Carla Neri', 'presidente della Regione']]);
  });

  it('GIVEN Sulle critiche di Organisation il presidente del Consiglio rileva: “…” THEN the office speaks (the person holding it), not the organisation the sentence is about', () => {
    const drafts = speakersOf('Il presidente del Consiglio Aldo Bruni ha parlato ai giornalisti.', 'Sulle critiche di Confartigiani il presidente del Consiglio rileva: “Nessun pregiudizio nei confronti delle imprese”.');
    expect(drafts.map((d) => d.name)).toEqual(['Aldo Bruni']);
    expect(has(speaker(drafts, 'Aldo Bruni').quotes, 2, 'direct', 'Nessun pregiudizio')).toBe(true);
  });
});

describe('a quotation after a reported statement', () => {
  it('GIVEN Il premier Name ha risposto alle dichiarazioni di Other. “…” in one paragraph THEN the quotation goes on with the premier; GIVEN a reported statement whose speaker is only carried over (“ha spiegato”) THEN the quotation after it is nobody’s', () => {
    const drafts = speakersOf('Il premier Aldo Bruni ha risposto alle dichiarazioni di Marco Riva sulla crisi. “Leggo nella nota pubblicata dal ministro l’invito a non perdere tempo”.');
    expect(has(speaker(drafts, 'Aldo Bruni').quotes, 1, 'direct', 'Leggo nella nota')).toBe(true);
    const carried = speakersOf('Lo storico Aldo Bruni ha scritto un libro sulla riforma.', 'Tutti sono peccatori, ha spiegato. Nel 1521 il riformatore scrisse al suo amico sullo stesso tema: “Siate forti nella fede”.');
    expect(carried.flatMap((d) => d.quotes.filter((q) => q.kind === 'direct').map((q) => q.text))).not.toContain('Siate forti nella fede');
  });
});

describe('the person an encyclopaedia page is about', () => {
  it('GIVEN a page titled with a full name whose relatives share the surname THEN the surname alone is that person (a person, with their statements), not an organisation', () => {
    const drafts = speakersUnder(
      'Aldo Bruni',
      'Aldo Bruni era un inventore e ingegnere. Suo padre, Marco Bruni, era un sacerdote.',
      'Bruni disse che il contatto con la natura lo rendeva più forte.',
    );
    const bruni = speaker(drafts, 'Aldo Bruni');
    expect(bruni.sort).toBe('person');
    expect(has(bruni.quotes, 2, 'reported', 'il contatto con la natura')).toBe(true);
    expect(drafts.some((d) => d.name === 'Bruni')).toBe(false);
  });

  it('GIVEN a full name written with initials, “il finanziere G. B. Ferri”, then “Ferri rispose …” THEN the surname is that person, initials and all', () => {
    const drafts = speakersOf('Il progetto fu sostenuto dal finanziere G. B. Ferri, che investì centomila lire.', 'Nel 1904 Ferri rispose attraverso il suo segretario, affermando che non avrebbe dato altro denaro.');
    const ferri = speaker(drafts, 'G. B. Ferri');
    expect(ferri.sort).toBe('person');
    expect(has(ferri.quotes, 2, 'reported', 'non avrebbe dato altro denaro')).toBe(true);
    expect(ferri.aliases).not.toContain('G.');
    expect(drafts.map((d) => d.name)).not.toContain('B. Ferri');
  });

  it('GIVEN a sentence opening with a pronoun, “Essi hanno sostenuto che …”, “Ciò suggerisce che …” THEN the pronoun is nobody’s name', () => {
    const drafts = speakersOf('I ricorrenti hanno presentato un appello alla Corte. Essi hanno sostenuto che la legge ha violato il trattato. Ciò suggerisce che la legittimità dipende dagli Stati membri.');
    expect(drafts.map((d) => d.name)).not.toContain('Essi');
    expect(drafts.map((d) => d.name)).not.toContain('Ciò');
  });
});

describe('a quotation from a document', () => {
  it('GIVEN “Name ha fatto previsioni in un articolo: “…”” THEN the sentence’s subject wrote it; a named document others wrote, or an organisation that spoke paragraphs before, does not make its words theirs', () => {
    const own = speakersUnder(
      'Aldo Bruni',
      'Aldo Bruni era un inventore.',
      'Il 14 ottobre la banca Morgana rispose attraverso il suo segretario, affermando: “Sarà impossibile fare qualcosa”.',
      'Bruni ha fatto previsioni sul dopoguerra in un articolo stampato: “La scienza porterà la pace”.',
      'Nel 1912 un articolo fu pubblicato su una rivista con la didascalia: “Il mondo si dividerà in due”.',
      'Lo storico Carlo Verdi ha identificato il diritto sancito nella Dichiarazione dei Diritti di “alterare o abolire” un governo.',
    );
    expect(has(speaker(own, 'Aldo Bruni').quotes, 3, 'direct', 'La scienza porterà la pace')).toBe(true);
    const owners = (text: string) => own.filter((d) => d.quotes.some((q) => q.text.includes(text))).map((d) => d.name);
    expect(owners('Il mondo si dividerà')).toEqual([]);
    expect(owners('alterare o abolire')).toEqual([]);
  });

  it('GIVEN “Nella sua lettera egli accludeva la sua “…”” after the person spoke THEN the document is theirs', () => {
    const drafts = speakersOf('Il 31 ottobre Aldo Bruni scrisse al vescovo, protestando per la vendita delle indulgenze. Nella sua lettera egli accludeva una copia della sua “Disputa sul potere delle indulgenze”.');
    expect(has(speaker(drafts, 'Aldo Bruni').quotes, 1, 'direct', 'Disputa sul potere')).toBe(true);
  });
});

describe('a place called by a noun that may name a document', () => {
  it('GIVEN “in uno studio di Vallombra dove la parola chiave era “…”” THEN the recording studio is a place: nobody says the quotation; GIVEN “Lo studio di Acme Ricerca parla di “…”” THEN the study’s owner does', () => {
    expect(speakersOf('Ogni brano è nato in uno studio di Vallombra dove la parola chiave era “suonare, non pensare”.')).toEqual([]);
    expect(speakersOf('Lo studio di Acme Ricerca parla di “una crisi senza precedenti”.').map((d) => d.name)).toEqual(['Acme Ricerca']);
  });
});

describe('a name of one word that speaks in the first person', () => {
  it('GIVEN «… Ho affittato uno studio …» – ha attaccato il Bruno THEN the speaker is a person; an organisation speaking as “we” stays one', () => {
    const [singer] = speakersOf('«Vallombra è un punto di partenza – ha attaccato il Bruno – Ho affittato uno studio per una settimana».');
    expect([singer!.name, singer!.sort]).toEqual(['Bruno', 'person']);
    const [company] = speakersOf('«Abbiamo chiuso un anno di crescita», ha spiegato Acmeo in una nota.');
    expect([company!.name, company!.sort]).toEqual(['Acmeo', 'organisation']);
  });

  it('GIVEN “– ha attaccato il Bruno –” in an article on Brunotti THEN that person is also found as Brunotti; with two names beginning so, neither', () => {
    const [singer] = speakersUnder('Brunotti torna con un nuovo disco', '«Vallombra è un punto di partenza – ha attaccato il Bruno – Ho affittato uno studio per una settimana».');
    expect([singer!.name, singer!.aliases]).toEqual(['Bruno', ['Brunotti']]);
    const [other] = speakersUnder('Brunotti e Brunori tornano con un disco', '«Vallombra è un punto di partenza – ha attaccato il Bruno – Ho affittato uno studio per una settimana».');
    expect(other!.aliases).toEqual([]);
  });
});

describe('the person a title quotes, as the subject of the first verb with none', () => {
  it('GIVEN a title “Name: «…»” and a body opening ““…”, spiega ai nostri microfoni.” THEN the quotation is Name’s; after someone else is in focus, it is theirs', () => {
    const [own] = speakersUnder('Carla Neri: «Il disco è una necessità»', 'I concerti sono tanti: “Sto finendo di scrivere, lo faccio per necessità”, spiega ai nostri microfoni.');
    expect([own!.name, own!.quotes.map((q) => q.text)]).toEqual(['Carla Neri', ['Sto finendo di scrivere, lo faccio per necessità']]);
    const others = speakersUnder('Carla Neri: «Il disco è una necessità»', 'Il produttore Aldo Bruni ha parlato del tour.', '“Sto finendo di mixare il disco”, spiega ai nostri microfoni.');
    expect(has(speaker(others, 'Aldo Bruni').quotes, 2, 'direct', 'Sto finendo di mixare')).toBe(true);
  });
});

describe('a noun of saying after the quotation, in a sentence of its own', () => {
  it('GIVEN «…». È la replica dell’assessore ai Lavori pubblici Name all’interrogazione del consigliere Other … THEN the quotation is the assessore’s, not the consigliere’s', () => {
    const drafts = speakersOf(
      '«Si tratta di un cantiere complicato. Abbiamo completato la progettazione: l’intervento costa 500mila euro». È la replica dell’assessore ai Lavori pubblici Aldo Bruni all’interrogazione del consigliere Marco Riva sul muro crollato.',
    );
    expect(has(speaker(drafts, 'Aldo Bruni').quotes, 1, 'direct', 'Si tratta di un cantiere complicato')).toBe(true);
    expect(drafts.find((d) => d.name === 'Marco Riva')?.quotes.some((q) => q.text.includes('cantiere')) ?? false).toBe(false);
  });
});

describe('a noun of saying after the quotation, in the same sentence', () => {
  it('GIVEN “«…», le parole scelte dal generale Name” and “«…» la puntualizzazione della primaria del reparto dell’ospedale ‘Place’, Name” THEN the quotation is theirs; the name of the place is no statement', () => {
    const chosen = speakersOf('Il comandante generale Aldo Bruni è stato avvisato in serata.', '«Episodi gravissimi e indegni della divisa», le parole scelte dal generale Bruni.');
    expect(speaker(chosen, 'Aldo Bruni').quotes.map((q) => [q.kind, q.text])).toEqual([['direct', 'Episodi gravissimi e indegni della divisa']]);
    const spoken = speakersOf('«Abbiamo fatto il possibile» è stato il commento rilasciato dal sindaco Aldo Bruni.');
    expect(speaker(spoken, 'Aldo Bruni').quotes.map((q) => q.text)).toEqual(['Abbiamo fatto il possibile']);
    const pointed = speakersOf('“Nessuno viene mandato via, tutti vengono visitati” la puntualizzazione della primaria del reparto di Pediatria dell’ospedale ‘San Carlo’, Marta Ferri.');
    const ferri = speaker(pointed, 'Marta Ferri');
    expect(ferri.quotes.map((q) => [q.kind, q.text])).toEqual([['direct', 'Nessuno viene mandato via, tutti vengono visitati']]);
    expect(ferri.role).toBe('primaria del reparto di Pediatria dell’ospedale');
    expect(isTitleQuotation('la primaria del reparto dell’ospedale ', 'San Carlo')).toBe(true);
    // (a body's name in quotation marks may name who speaks: not a place's)
    expect(isTitleQuotation('la pubblicazione dell’Associazione ', 'Giuria informata')).toBe(false);
  });
});

describe('a noun of saying with only its article, in a sentence of its own after the quotation', () => {
  it('GIVEN “«…». La puntualizzazione della primaria del reparto, Name.” and “«…». La replica del sindaco Name.” THEN the quotation is theirs; “La replica del sindaco Name non si è fatta attendere.” goes on and names nobody', () => {
    const pointed = speakersOf('“Nessuno viene mandato via, tutti vengono visitati”. La puntualizzazione della primaria del reparto, Marta Ferri.');
    expect(speaker(pointed, 'Marta Ferri').quotes.map((q) => [q.kind, q.text])).toEqual([['direct', 'Nessuno viene mandato via, tutti vengono visitati']]);
    const replied = speakersOf('«Il cantiere chiuderà entro l’estate». La replica del sindaco Aldo Bruni.');
    expect(speaker(replied, 'Aldo Bruni').quotes.map((q) => q.text)).toEqual(['Il cantiere chiuderà entro l’estate']);
    expect(speakersOf('«Il cantiere chiuderà entro l’estate». La replica del sindaco Aldo Bruni non si è fatta attendere.').flatMap((d) => d.quotes).map((q) => q.text)).not.toContain('Il cantiere chiuderà entro l’estate');
  });
});

describe('a quotation opening a sentence that goes on with a reported statement', () => {
  it('GIVEN “…”, ha commentato Name, aggiungendo che … THEN the quotation is direct and the reported statement starts after it, in the order they are written', () => {
    const drafts = speakersOf('“Il disavanzo della sanità solleva dubbi sulla gestione”, ha commentato Aldo Bruni, aggiungendo che il servizio non è più all’altezza delle attese.');
    const quotes = speaker(drafts, 'Aldo Bruni').quotes;
    expect(quotes.map((q) => [q.kind, q.text])).toEqual([
      ['direct', 'Il disavanzo della sanità solleva dubbi sulla gestione'],
      ['reported', 'ha commentato Aldo Bruni, aggiungendo che il servizio non è più all’altezza delle attese.'],
    ]);
    // (nothing said beside the quotation: no reported statement)
    const only = speakersOf('“Il disavanzo della sanità solleva dubbi sulla gestione”, ha commentato Aldo Bruni.');
    expect(speaker(only, 'Aldo Bruni').quotes.map((q) => q.kind)).toEqual(['direct']);
  });
});

describe('a quotation that opens the paragraph, its speaker named in the next sentence', () => {
  it('GIVEN “Roma – “…”. Il presidente Name commenta i risultati …” THEN the quotation is theirs; GIVEN a quotation that goes on with the previous paragraph’s speaker THEN it stays theirs', () => {
    const drafts = speakersOf('Roma – “Ho sempre detto che non era un voto sul governo”. Il presidente della Regione Aldo Bruni commenta i risultati delle elezioni.');
    expect(has(speaker(drafts, 'Aldo Bruni').quotes, 1, 'direct', 'Ho sempre detto')).toBe(true);
    const two = speakersOf('“Il bilancio è in ordine”, ha detto Marco Riva.', '“I revisori lo hanno confermato”. Il sindaco Aldo Bruni ha ringraziato la giunta per il lavoro.');
    expect(has(speaker(two, 'Marco Riva').quotes, 2, 'direct', 'I revisori')).toBe(true);
    expect(two.find((d) => d.name === 'Aldo Bruni')?.quotes.some((q) => q.text.includes('I revisori')) ?? false).toBe(false);
  });

  it('GIVEN an article opening with a quotation in the first person, then a sentence opening on the person the title quotes with a verb of no saying THEN the quotation is theirs; without the title quoting them, or with a quotation of nobody in particular, it is not', () => {
    const lead = '«Fiducia nel ministro? Massima fiducia, io ho fiducia in tutti i miei assessori». Il sindaco Aldo Bruni confida nelle qualità della sua squadra. Nella maggioranza il cielo è sereno. «Siamo consapevoli che bisogna tagliare gli sprechi», spiega Bruni.';
    expect(has(speaker(speakersUnder('Bruni: «Mi fido della giunta»', lead), 'Aldo Bruni').quotes, 1, 'direct', 'Massima fiducia')).toBe(true);
    const untitled = speakersOf(lead).find((d) => d.name === 'Aldo Bruni');
    expect(untitled?.quotes.some((q) => q.text.includes('Massima fiducia')) ?? false).toBe(false);
    const impersonal = speakersUnder('Bruni: «Mi fido della giunta»', '«Fiducia nella giunta? Massima». Il sindaco Aldo Bruni confida nelle qualità della sua squadra. «Siamo consapevoli che bisogna tagliare gli sprechi», spiega Bruni.');
    expect(impersonal.find((d) => d.name === 'Aldo Bruni')?.quotes.some((q) => q.text.includes('Massima')) ?? false).toBe(false);
  });
});

describe('urging and recommending', () => {
  it('GIVEN Dopo una raccomandazione (“…”), il ministro ha esortato ad … THEN the quotation and the exhortation are the minister’s; GIVEN uno studio ha raccomandato che … THEN the study’s reported statement', () => {
    const drafts = speakersOf('La ministra Anna Neri ha pubblicato un video per gli studenti. Dopo una raccomandazione per la prova scritta (“Non buttatevi subito a scrivere”), la ministra ha esortato ad affrontare gli esami con entusiasmo.');
    const neri = speaker(drafts, 'Anna Neri');
    expect(has(neri.quotes, 1, 'direct', 'Non buttatevi subito a scrivere')).toBe(true);
    expect(has(neri.quotes, 1, 'reported', 'ha esortato ad affrontare gli esami')).toBe(true);
    expect(speakersOf('Nel 1958 uno studio ha raccomandato che la città annetta i quartieri periferici.').map((d) => [d.name, d.quotes[0]?.kind])).toEqual([['studio', 'reported']]);
  });
});

describe('a new person before the colon', () => {
  it('GIVEN a paragraph of X’s quotations, then “anche Name attacca …: “…”” THEN the new quotation is Name’s, not a continuation of X’s', () => {
    const drafts = speakersOf(
      '“Questa maggioranza – continua Verdi – ha reso più poveri milioni di italiani“.',
      'In un video su Facebook anche Sara Gobbi attacca Verdi e la giunta: “Un teatrino che abbiamo sempre considerato inaccettabile“.',
    );
    expect(speaker(drafts, 'Sara Gobbi').quotes.map((q) => [q.paragraph, q.text])).toEqual([[2, 'Un teatrino che abbiamo sempre considerato inaccettabile']]);
    expect(speaker(drafts, 'Verdi').quotes.every((q) => q.paragraph === 1)).toBe(true);
  });

  it('GIVEN “la risposta di X: …”, then “Mentre la segretaria del Partito Name affida a un video la risposta: …” THEN the second quotation is Name’s', () => {
    const drafts = speakersOf('Quasi immediata la risposta del leader della Lega Lacustre, Marco Riva: “Comizio da regime”. Mentre la segretaria del Partito Verde Anna Neri affida a un video la risposta: “Nessuna possibilità di replica”.');
    expect(has(speaker(drafts, 'Anna Neri').quotes, 1, 'direct', 'Nessuna possibilità di replica')).toBe(true);
    expect(has(speaker(drafts, 'Marco Riva').quotes, 1, 'direct', 'Nessuna possibilità')).toBe(false);
  });
});

describe('who takes the floor', () => {
  it('GIVEN Role, Name, è intervenuto a … THEN the paragraphs after it that only quote in the first person are theirs, until one reports someone else', () => {
    const drafts = speakersOf(
      'Il sindaco di Valdora, Aldo Bruni, è intervenuto ieri sera a Radio Lago per un saluto ai cittadini.',
      '«Abbiamo lavorato tanto. Penso che la città lo veda».',
      '«Credo che il nuovo ponte sarà pronto in primavera».',
      'In serata la giunta si è riunita.',
      '«Non ci sono fondi per il teatro».',
    );
    expect(drafts.map((d) => d.name)).toEqual(['Aldo Bruni']);
    expect(drafts[0]!.quotes.map((q) => [q.paragraph, q.text])).toEqual([
      [2, 'Abbiamo lavorato tanto. Penso che la città lo veda'],
      [3, 'Credo che il nuovo ponte sarà pronto in primavera'],
    ]);
  });

  it('GIVEN è intervenuta Role Name THEN the person after the verb takes the floor; GIVEN Name è intervenuto nel corso di “Programma” THEN the name before the verb, not the programme', () => {
    expect(speaker(speakersOf('Alla presentazione del piano è intervenuta la sindaca di Valdora Irene Basso.', '«Abbiamo lavorato tanto, lo rifarei»'), 'Irene Basso').quotes).toHaveLength(1);
    const drafts = speakersOf('La ministra della Cultura, Anna Neri, è intervenuta nel corso di ‘Buongiorno Lago’, su Radio Valdora, per un saluto.', '«Ho visto una città viva».');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.text)])).toEqual([['Anna Neri', ['Ho visto una città viva']]]);
  });

  it('GIVEN an adjunct and a comma, then è intervenuto Role, Name THEN the person after the verb takes the floor, not a subject carried over from before the comma', () => {
    const drafts = speakersOf(
      'Dopo le scosse avvertite a Valdora, è intervenuto sui social il sindaco della cittadina lacustre, Aldo Bruni.',
      '"Questa mattina sono state avvertite delle scosse - ha scritto il primo cittadino di Valdora - Vi chiedo di mantenere la calma e di seguire le indicazioni".',
    );
    expect(speaker(drafts, 'Aldo Bruni').quotes.map((q) => q.text)).toEqual(['Questa mattina sono state avvertite delle scosse', 'Vi chiedo di mantenere la calma e di seguire le indicazioni']);
  });

  it('GIVEN “X non ha parlato, al suo posto è intervenuto Role Y. Queste le sue dichiarazioni: “…”” THEN the words are Y’s, and X only did not speak', () => {
    const drafts = speakersOf('ROSSI non ha parlato nel post-partita, al suo posto è intervenuto l’amministratore delegato Giovanni BIANCHI. Queste le sue dichiarazioni: “Non meritavamo un arbitraggio di questo tipo”.');
    expect(speaker(drafts, 'Giovanni Bianchi').quotes.map((q) => [q.kind, q.text])).toEqual([['direct', 'Non meritavamo un arbitraggio di questo tipo']]);
    expect(speaker(drafts, 'ROSSI').quotes.every((q) => isNonResponse(q.text))).toBe(true);
  });

  it('GIVEN a quotation closed with its opening mark (“… molto“, ha detto X) THEN it is X’s, and so is the next quotation', () => {
    const [valditara] = speakersOf('“Io avrei scelto una traccia storica, dato che la storia mi piace molto“, ha detto il ministro Giuseppe Valditara, ospite a Sky TG24 nel giorno degli esami. “La maturità va affrontata con entusiasmo”.');
    expect(valditara!.name).toBe('Giuseppe Valditara');
    expect(valditara!.quotes.map((q) => q.text)).toEqual(['Io avrei scelto una traccia storica, dato che la storia mi piace molto', 'La maturità va affrontata con entusiasmo']);
  });
});

describe('speakers named after the statement (cataphora)', () => {
  it('GIVEN “…”. Lo ha detto il presidente della Regione, Name Surname, in occasione di … THEN the quotation is theirs, with their role', () => {
    const s = speaker(
      speakersOf(
        '“Desidero ringraziare i volontari che hanno pulito le spiagge dopo la mareggiata”. Lo ha detto il presidente della Regione, Marta Ferri, in occasione della giornata dedicata alle associazioni del litorale.',
      ),
      'Marta Ferri',
    );
    expect(has(s.quotes, 1, 'direct', 'Desidero ringraziare i volontari')).toBe(true);
    expect(s.role).toBe('presidente della Regione');
  });

  it('GIVEN a reported sentence then “Lo ha detto il ministro della Difesa Name Surname” THEN the person is Name Surname, not “Difesa Name Surname”, the sentence before is theirs, and a newspaper’s name in quotation marks is no statement', () => {
    const drafts = speakersOf(
      'Il porto di Valdora resterà aperto anche durante i lavori di dragaggio. Lo ha detto il ministro della Difesa Carlo Benvenuti, in un’intervista al “Corriere del Lago”. “Sarei stupito se qualcuno pensasse il contrario”, ha aggiunto Benvenuti.',
    );
    const s = speaker(drafts, 'Carlo Benvenuti');
    expect(s.role).toBe('ministro della Difesa');
    expect(s.aliases).not.toContain('Difesa');
    expect(has(s.quotes, 1, 'reported', 'Il porto di Valdora resterà aperto')).toBe(true);
    expect(has(s.quotes, 1, 'direct', 'Sarei stupito se qualcuno')).toBe(true);
    expect(drafts.flatMap((d) => d.quotes).some((q) => q.text.includes('Corriere'))).toBe(false);
  });

  it('GIVEN a paragraph opening with a run-in head in capitals (“NERI - “…”, questa la proposta del presidente Name Surname”, “GIOIA IMMENSA – “…”, ha detto X”) THEN the head is no part of what is said and does not hide the speaker', () => {
    const neri = speaker(
      speakersOf('NERI - “La Regione aprirà subito un tavolo con azienda e sindacati”, questa la proposta del presidente della Regione Carla Neri, che ha incontrato i lavoratori.'),
      'Carla Neri',
    );
    expect(has(neri.quotes, 1, 'direct', 'La Regione aprirà subito un tavolo')).toBe(true);
    const galli = speaker(speakersOf('Marco Galli ha vinto i 100 metri.', 'GIOIA IMMENSA – “Era il mio sogno da bambino”, ha detto Galli dopo la gara.'), 'Marco Galli');
    expect(galli.quotes.filter((q) => q.paragraph === 2).map((q) => [q.kind, q.text])).toEqual([['direct', 'Era il mio sogno da bambino']]);
  });

  it('GIVEN a sentence whose named subject, with an office, says nothing, then ““…”, spiega.” THEN the quotation is theirs; once another person is named, or two paragraphs on, it is not', () => {
    const bruni = speaker(
      speakersOf('L’assessore regionale ai Trasporti, Aldo Bruni, ha incontrato ieri le due società.', '“A volte una soppressione si rende necessaria” spiega.'),
      'Aldo Bruni',
    );
    expect(has(bruni.quotes, 2, 'direct', 'A volte una soppressione')).toBe(true);
    const named = speakersOf('Il poeta Aldo Bruni, scrittore, è nato a Valdora. La città era amata da Sara Gobbi, che la descriveva nei suoi romanzi. “Che Valdora non sparisca per sempre”, ha commentato.');
    expect(named.find((d) => d.name === 'Aldo Bruni')?.quotes ?? []).toEqual([]);
    const far = speakersOf('L’assessore regionale ai Trasporti, Aldo Bruni, ha incontrato ieri le due società.', 'I treni in ritardo sono aumentati.', 'Le linee più colpite sono quelle del nord.', '“A volte una soppressione si rende necessaria”, spiega.');
    expect(far.find((d) => d.name === 'Aldo Bruni')?.quotes ?? []).toEqual([]);
  });

  it('GIVEN an interview printed as question paragraphs ending with “?”, one addressing “Lei”, each answered by a paragraph of quotations, under a lead naming one person THEN the answers are theirs, and the questions nobody’s', () => {
    const drafts = speakersOf(
      'Non più controparte ma «partner» delle istituzioni. Aldo Bruni è il nuovo commissario di Confcommercio Valdora da due mesi.',
      'Per la seconda volta un uomo di Milano a Valdora?',
      '«Direi di no. Io sono torinese di origine, ma vivo a Valdora da vent’anni».',
      'Lei è amministratore delegato di una società quotata. Eppure ha accettato anche questo, è una sfida?',
      '«Quando me l’hanno chiesto ho detto subito di sì».',
    );
    const bruni = speaker(drafts, 'Aldo Bruni');
    expect(has(bruni.quotes, 3, 'direct', 'Direi di no')).toBe(true);
    expect(has(bruni.quotes, 5, 'direct', 'ho detto subito di sì')).toBe(true);
    expect(drafts.flatMap((d) => d.quotes).some((q) => q.paragraph === 2 || q.paragraph === 4)).toBe(false);
    // without a question addressing “Lei”, answers that go on after their quotation are no interview's
    const plain = speakersOf('Aldo Bruni è il nuovo commissario.', 'Un uomo di Milano a Valdora?', '«Direi di no», e nessuno replica.', 'È una sfida?', '«Sì, lo è», si legge.');
    expect(plain.find((d) => d.name === 'Aldo Bruni')?.quotes ?? []).toEqual([]);
    // an interview opening on a quotation that names nobody: with “lei” in a question, the answers are the person's the
    // title quotes, with the office a question addresses them by, written in lower case
    const titled = speakersUnder(
      'Bruni: «Non siamo ricattabili»',
      '«Non credo che avremo un attacco».',
      'Ministro Aldo Bruni, i mercati prenderanno di mira l’Italia?',
      '«Io non vedo il rischio concreto».',
      'Il premier Neri dice che se lei e Rossi volete durare dovete portare risultati. Dove troverete i soldi?',
      '«Non ci sarà bisogno di sforare».',
    );
    const minister = speaker(titled, 'Aldo Bruni');
    expect(minister.quotes.map((q) => q.paragraph)).toEqual([1, 3, 5]);
    expect(minister.role).toBe('ministro');
  });

  it('GIVEN an interview whose questions do not say “Lei”, each answered by a paragraph that is one quotation, or by one without quotation marks after three or more paragraphs of questions only THEN the answers are the person’s the lead names, or, with a lead that is a question, the one person named outside the answers', () => {
    const landi = speakersOf(
      'Più manutenzione e meno grandi opere: è chiaro l’assessore ai Lavori pubblici Aldo Bruni quando gli chiediamo quali siano le linee guida.',
      'Partiamo dalla viabilità, cosa può dire della circonvallazione?',
      '"Stiamo parlando di opere strategiche, con un lavoro che va avanti da anni".',
      'Nel centro storico uno degli interventi più attesi è quello del Palazzo Pretorio',
      '"I lavori finiranno nel 2024".',
      'Sono iniziati i lavori della piazza?',
      '"Sì, è partito il cantiere".',
    );
    const bruni = speaker(landi, 'Aldo Bruni');
    expect(bruni.quotes.map((q) => q.paragraph)).toEqual([3, 5, 7]);
    // the office the lead writes before the name is theirs
    expect(bruni.role).toBe('assessore ai Lavori pubblici');
    expect(landi.flatMap((d) => d.quotes).some((q) => [2, 4, 6].includes(q.paragraph))).toBe(false);
    const opening = speakersOf(
      'Leviamoci subito il dente: è pentito di aver aperto tanti cantieri insieme?',
      '«No, anzi. Sono orgoglioso».',
      'I lavori più criticati sono quelli in via Roma. La riapertura era programmata dopo l’estate, invece adesso?',
      '«Il nostro auspicio è liberare via Roma entro l’anno».',
      'In ferie da tre giorni, Paolo Neri si ritaglia un’ora per rispondere alle nostre domande.',
      'Quale sarà l’obiettivo?',
      '«Una città più moderna».',
      'Sindaco, nel frattempo però il cantiere di via Roma ha fatto arrabbiare tutti.',
    );
    expect(speaker(opening, 'Paolo Neri').quotes.map((q) => q.paragraph)).toEqual([2, 4, 7]);
    // the office a question addresses them by is theirs
    expect(speaker(opening, 'Paolo Neri').role).toBe('sindaco');
    // answers printed without quotation marks, after three or more paragraphs of questions only: the lead's person's
    // words, with the office the lead gives them
    const plain = speakersOf(
      'Questo mese siamo stati a colloquio con il primo cittadino di Valdora (Lc), Aldo Bruni.',
      'Da quanto tempo è attivo il Controllo del Vicinato?',
      'Il servizio è stato attivato alla fine del 2017.',
      'Come è strutturato?',
      'Abbiamo suddiviso il territorio in sette zone.',
      'Quali sono i reati più frequenti?',
      'I furti, ma sono pochi.',
    );
    const mayor = speaker(plain, 'Aldo Bruni');
    expect(mayor.quotes.map((q) => [q.paragraph, q.kind])).toEqual([[3, 'direct'], [5, 'direct'], [7, 'direct']]);
    expect(mayor.quotes[1]?.text).toBe('Abbiamo suddiviso il territorio in sette zone.');
    expect(mayor.role).toBe('sindaco di Valdora');
    // two such questions are no interview
    expect(speakersOf('Abbiamo incontrato il sindaco Aldo Bruni.', 'Da quanto tempo è attivo il servizio?', 'Dal 2017.', 'Come è strutturato?', 'In sette zone.').flatMap((d) => d.quotes)).toEqual([]);
    // a lead naming two people leaves the answers to nobody
    const two = speakersOf('Aldo Bruni e Paolo Neri guidano il comitato.', 'Un uomo di Milano a Valdora?', '«Direi di no».', 'È una sfida?', '«Sì, lo è».');
    expect(two.flatMap((d) => d.quotes)).toEqual([]);
  });

  it('GIVEN a quotation paragraph, then “Ha esordito così Name Surname, …” THEN it is theirs; GIVEN an insert whose closing dash stands against the name and the stop (“– aggiunge l’assessora Name Surname-.”) THEN the insert is read', () => {
    const serra = speaker(
      speakersOf('“Grazie di essere qua, è bello presentare qualcosa di importante insieme alle Regioni”.', 'Ha esordito così Paolo Serra, amministratore delegato, alla presentazione del nuovo marchio.'),
      'Paolo Serra',
    );
    expect(has(serra.quotes, 1, 'direct', 'Grazie di essere qua')).toBe(true);
    const neri = speaker(
      speakersOf('“I prestiti stanno tornando ai numeri di prima – aggiunge l’assessora alle Biblioteche Elisa Neri-. Una vivacità non da poco, grazie ai tanti ragazzi che vengono qui”.'),
      'Elisa Neri',
    );
    expect(neri.quotes.map((q) => q.text)).toEqual(['I prestiti stanno tornando ai numeri di prima', 'Una vivacità non da poco, grazie ai tanti ragazzi che vengono qui']);
  });

  it('GIVEN a document noun with an indefinite article as the object of someone’s verb (“ha voluto lanciare un messaggio: “…””, “hanno un rapporto simbiotico”) THEN it is no source of its own', () => {
    const drafts = speakersOf(
      'Mattia Neri è stato dimesso oggi. Il manager è tornato a casa e dalla sua pagina ha voluto lanciare un messaggio: “Io sono stato fortunato, voi restate a casa”.',
      'I linfociti hanno un rapporto simbiotico con la vitamina D. Si ritiene che queste molecole leghino gli antigeni.',
    );
    expect(drafts.map((d) => d.name)).not.toContain('messaggio');
    expect(drafts.map((d) => d.name)).not.toContain('rapporto');
    // a document the sentence is about still is one: “è trapelata una memo”
    expect(speakersOf('Ieri è trapelata una memo interna della giunta. Afferma che i cantieri sono in ritardo di un anno.').map((d) => d.name)).toEqual(['memo']);
  });

  it('GIVEN “ha detto il primo cittadino” (“la prima cittadina”) after the mayor was named THEN it is the mayor', () => {
    const drafts = speakersOf(
      'Prima del Consiglio comunale, il presidente provinciale Sergio Ferrario ha consegnato al sindaco Emanuele Neri un defibrillatore.',
      '«Vi ringraziamo per questo importante dono», ha detto il primo cittadino agli altri esponenti dell’associazione.',
    );
    expect(has(speaker(drafts, 'Emanuele Neri').quotes, 2, 'direct', 'Vi ringraziamo')).toBe(true);
    const basso = speaker(speakersOf('La sindaca Irene Basso ha visitato il cantiere.', '«I lavori finiranno a giugno», ha detto la prima cittadina.'), 'Irene Basso');
    expect(has(basso.quotes, 2, 'direct', 'I lavori finiranno a giugno')).toBe(true);
  });

  it('GIVEN “…” ha confidato agli alunni, “…”, ha assicurato THEN it is a statement of the person in focus; “confida nella giustizia” (trusts), “ha assicurato la cattura” (secured) are none', () => {
    const rossi = speaker(speakersOf('Il sindaco Mario Rossi ha salutato gli studenti. “Mi ricordo ancora la mia classe, è quella là” ha confidato agli alunni indicando le finestre.'), 'Mario Rossi');
    expect(has(rossi.quotes, 1, 'direct', 'Mi ricordo ancora la mia classe')).toBe(true);
    expect(speakersOf('Il sindaco Mario Rossi confida nella giustizia.')).toEqual([]);
    const basso = speaker(speakersOf('La sindaca Irene Basso ha visitato il cantiere.', '«I lavori finiranno a giugno», ha assicurato.'), 'Irene Basso');
    expect(has(basso.quotes, 2, 'direct', 'I lavori finiranno a giugno')).toBe(true);
    expect(speakersOf('La polizia ha assicurato la cattura del ladro.')).toEqual([]);
  });

  it('GIVEN “– ha spiegato il sindaco del Comune di Place Name, Name Surname –” THEN the person after the comma speaks, not the place', () => {
    const drafts = speakersOf('“Siamo qui oggi perché una rete è riuscita a lavorare insieme – ha spiegato il sindaco del Comune di Fiano Romano, Ottorino Neri – Nessun ruolo è stato più decisivo dell’altro”.');
    expect(drafts.map((d) => d.name)).toEqual(['Ottorino Neri']);
    expect(drafts[0]!.quotes.map((q) => q.text)).toEqual(['Siamo qui oggi perché una rete è riuscita a lavorare insieme', 'Nessun ruolo è stato più decisivo dell’altro']);
  });

  it('GIVEN a post “firmato dal sindaco Name Surname”, then a quotation in the first person run over two paragraphs with a quotation nested in it THEN both paragraphs are theirs, whole', () => {
    const s = speaker(
      speakersOf(
        'Il Comune ha pubblicato un post sulla propria pagina Facebook, firmato dal sindaco Irene Basso.',
        '«Oggi, purtroppo, sono stata “ufficialmente” informata dai carabinieri della possibile presenza di un orso.',
        'È stata mia premura recarmi sul posto per raccogliere le testimonianze».',
      ),
      'Irene Basso',
    );
    expect(has(s.quotes, 2, 'direct', 'sono stata “ufficialmente” informata dai carabinieri')).toBe(true);
    expect(has(s.quotes, 3, 'direct', 'È stata mia premura')).toBe(true);
  });

  it('GIVEN an office capitalised by deference after the elided article in an insert (“– dice ancora l’Assessore regionale dei Trasporti –”) THEN it is the person of that office, not an organisation “Assessore”', () => {
    const drafts = speakersOf(
      'L’assessore regionale ai Trasporti, Aldo Bruni, ha detto che le riunioni saranno mensili.',
      '“Certo – dice ancora l’Assessore regionale dei Trasporti – non posso affermare che i problemi da domani spariranno”.',
    );
    expect(drafts.map((d) => d.name)).toEqual(['Aldo Bruni']);
    expect(has(drafts[0]!.quotes, 2, 'direct', 'non posso affermare')).toBe(true);
  });

  it('GIVEN “Name Surname, role Organisation verb” with the apposition left unclosed THEN the person speaks, with that role, not the organisation', () => {
    const drafts = speakersOf('Rino Sarti, segretario regionale Fsm-Cisl ribadisce che “non è stato definito l’ammortizzatore sociale per il 2020”.');
    expect(drafts.map((d) => d.name)).toEqual(['Rino Sarti']);
    expect(drafts[0]!.role).toBe('segretario regionale Fsm-Cisl');
    expect(has(drafts[0]!.quotes, 1, 'direct', 'non è stato definito l’ammortizzatore')).toBe(true);
  });

  it('GIVEN a parenthesis, an age or a relative clause between the name and its speech verb THEN the name speaks; a name that is an object does not', () => {
    const quote = '“Le persone devono capire che è fondamentale restare a casa”.';
    const party = speakersOf(`Mario Sarti (Pd) ha detto: ${quote}`);
    expect(party.map((d) => d.name)).toEqual(['Mario Sarti']);
    expect(has(party[0]!.quotes, 1, 'direct', 'Le persone devono capire')).toBe(true);
    const aged = speakersOf(`Mario Sarti, 45 anni, ha detto: ${quote}`);
    expect(has(speaker(aged, 'Mario Sarti').quotes, 1, 'direct', 'Le persone devono capire')).toBe(true);
    const relative = speakersOf(
      'Mario Sarti è stato dimesso oggi dall’ospedale.',
      `Sarti, che si considera fortunato perché ha potuto essere curato (ora, in piena emergenza, i medici potrebbero non bastare), ha poi concluso: ${quote}`,
    );
    expect(has(speaker(relative, 'Mario Sarti').quotes, 2, 'direct', 'Le persone devono capire')).toBe(true);
    // the name is the object of another verb: the clause's subject is not written
    expect(speakersOf(`Il giudice ha ascoltato Mario Sarti, che era presente, e ha detto: ${quote}`).map((d) => d.name)).not.toContain('Mario Sarti');
  });

  it('GIVEN “…”, esulta il sindaco X THEN it is X’s; a participle’s agent (“ribadito dal sindaco”) gives no office to the name before it', () => {
    const drafts = speakersOf(
      'Primo viaggio di prova della tramvia. “Giorno storico, il tram torna in centro”, esulta il sindaco Dario Neri.',
      'L’obiettivo di Palazzo Vecchio, ribadito dal sindaco, è avere la linea entro agosto.',
      '“Avremo ogni giorno 65mila auto in meno”, ha aggiunto il sindaco.',
    );
    expect(drafts.map((d) => d.name)).toEqual(['Dario Neri']);
    const neri = speaker(drafts, 'Dario Neri');
    expect(has(neri.quotes, 1, 'direct', 'Giorno storico')).toBe(true);
    expect(has(neri.quotes, 3, 'direct', 'Avremo ogni giorno')).toBe(true);
  });

  it('GIVEN “Il sindaco, visibilmente commosso, ha detto: …” after someone of another office spoke THEN it is the person the article names as mayor', () => {
    const drafts = speakersOf(
      'Il sindaco Dario Neri ha aperto la seduta. Poi Mario Bianchi, presidente del club, ha detto: “Siamo orgogliosi”.',
      'Il sindaco, visibilmente commosso, ha detto: “Grazie a tutti per questa giornata”.',
    );
    expect(has(speaker(drafts, 'Dario Neri').quotes, 2, 'direct', 'Grazie a tutti')).toBe(true);
    expect(has(speaker(drafts, 'Mario Bianchi').quotes, 2, 'direct', 'Grazie a tutti')).toBe(false);
  });

  it('GIVEN “Name, uno dei difensori degli imputati ha commentato: …” in double apostrophes (one of those holding an office, the closing comma left out) THEN the name speaks, with that office', () => {
    const drafts = speakersOf('Luca Sarti, uno dei difensori degli imputati ha commentato: ‘‘Prendiamo atto di questa decisione che non ci aspettavamo’’.'.replace(/[‘’]{2}/g, "''"));
    expect(drafts.map((d) => d.name)).toEqual(['Luca Sarti']);
    expect(drafts[0]!.role).toBe('uno dei difensori degli imputati');
    expect(has(drafts[0]!.quotes, 1, 'direct', 'Prendiamo atto di questa decisione')).toBe(true);
    // one of a group that holds no office is no role
    expect(speakersOf('Luca Sarti, uno dei ragazzi del quartiere ha commentato: “Siamo contenti”.').map((d) => d.role ?? null)).not.toContain('uno dei ragazzi del quartiere');
  });

  it('GIVEN “Name: “…”. La difesa: “…”” THEN the second quotation, under a label of its own, is not the first speaker’s; “E ancora: “…”” goes on with them', () => {
    const uva = speaker(speakersOf('Rinvio a giudizio per tutti. Lucia Neri: “Dopo quattro anni ce l’abbiamo fatta”. La difesa: “Affronteremo il processo a testa alta”.'), 'Lucia Neri');
    expect(has(uva.quotes, 1, 'direct', 'Dopo quattro anni')).toBe(true);
    expect(has(uva.quotes, 1, 'direct', 'Affronteremo il processo')).toBe(false);
    const on = speaker(speakersOf('Lucia Neri: “Dopo quattro anni ce l’abbiamo fatta”. E ancora: “Affronteremo il processo a testa alta”.'), 'Lucia Neri');
    expect(has(on.quotes, 1, 'direct', 'Affronteremo il processo')).toBe(true);
  });

  it('GIVEN “…è l’umiltà “, ha detto il DS X” (an opening mark closing, punctuation after it) THEN X said it, with that office', () => {
    const drafts = speakersOf('“La prima dote per emergere è l’umiltà “, ha detto il DS del Pedale Senaghese Augusto Sarti.');
    expect(drafts.map((d) => d.name)).toEqual(['Augusto Sarti']);
    expect(has(drafts[0]!.quotes, 1, 'direct', 'La prima dote per emergere è l’umiltà')).toBe(true);
  });

  it('GIVEN a report’s title with a subtitle (“il report “Le imprese estere in Italia: il ruolo …””) THEN it is no statement; GIVEN an impersonal “Si pensa …”, “Si dice che …” THEN nobody says it', () => {
    const drafts = speakersOf('Nel corso dell’incontro è stato presentato il report “Le imprese estere in Italia: il ruolo nelle economie regionali”. Poi l’amministratore delegato Marco Sarti ha detto: “Investiremo 7 milioni”.');
    expect(speaker(drafts, 'Marco Sarti').quotes.map((q) => q.text)).not.toContain('Le imprese estere in Italia: il ruolo nelle economie regionali');
    const impersonal = speakersOf('“La prima dote è l’umiltà”, ha detto Augusto Sarti.', 'Si pensa al futuro e alla possibilità di diventare professionisti. Si dice che il bagliore si vedesse da lontano.');
    expect(speaker(impersonal, 'Augusto Sarti').quotes.map((q) => q.paragraph)).toEqual([1]);
    // a subject before "si" still speaks: "Il sindaco si dice soddisfatto"
    expect(speakersOf('Il sindaco Mario Bruni si dice soddisfatto dei lavori.').map((d) => d.name)).toEqual(['Mario Bruni']);
  });

  it('GIVEN “L’azienda, dicono ancora gli operai per voce di X di Fiom Cgil, “…”” THEN X, who speaks for the group, said it', () => {
    const drafts = speakersOf('L’azienda, dicono ancora gli operai per voce di Bruno Sarti di Fiom Cgil, “ci ha già fatto sapere di non aver avuto alcun riscontro da parte del Governo”.');
    expect(drafts.map((d) => d.name)).toEqual(['Bruno Sarti']);
    expect(has(drafts[0]!.quotes, 1, 'direct', 'ci ha già fatto sapere')).toBe(true);
  });

  it('GIVEN a post signed by the mayor quoted over paragraphs, then “Alcuni provvedimenti sono stati presi …: «…»” THEN the quotation after the impersonal colon goes on with her', () => {
    const drafts = speakersOf(
      'Il Comune ha pubblicato un post sulla propria pagina Facebook, firmato dal sindaco Maria Luisa Sarti.',
      '«In data odierna sono stata informata dai carabinieri della possibile presenza di un orso.',
      'È stata mia premura recarmi sul posto per raccogliere le testimonianze».',
      'Alcuni provvedimenti sono stati presi per tenere controllata la zona: «Quasi in contemporanea ho appreso dai social il comunicato della Polizia Provinciale. La situazione è sotto controllo».',
    );
    const sarti = speaker(drafts, 'Maria Luisa Sarti');
    expect(has(sarti.quotes, 3, 'direct', 'È stata mia premura')).toBe(true);
    expect(has(sarti.quotes, 4, 'direct', 'Quasi in contemporanea ho appreso')).toBe(true);
  });

  it('GIVEN “Lo si legge sul profilo Facebook del sindaco X: «…»” THEN the quotation is X’s; a noun of saying governed by a preposition (“Sulle critiche di Confindustria …: «…»”) makes nobody a speaker', () => {
    const drafts = speakersOf('Lo si legge sul profilo Facebook del sindaco di Paliano Domenico Sarti: «La sentenza non ci riporta il nostro amato Willy ma almeno giustizia è stata fatta».');
    expect(drafts.map((d) => d.name)).toEqual(['Domenico Sarti']);
    expect(has(drafts[0]!.quotes, 1, 'direct', 'La sentenza non ci riporta')).toBe(true);
    expect(speakersOf('Sulle critiche di Confindustria Mario Rossi sorvola: «Andiamo avanti».').map((d) => d.name)).not.toContain('Confindustria');
  });

  it('GIVEN a cleft (“È stato il ministro Name a spiegare: «…»”, “Era stato lo stesso sindaco a evidenziare …: «… - aveva scherzato - …»”) THEN its subject says the quotation, not the speaker before', () => {
    const named = speakersOf('È stato il ministro Carlo Sarti a spiegare: «Le risorse ci sono e saranno spese entro l’anno».');
    expect(has(speaker(named, 'Carlo Sarti').quotes, 1, 'direct', 'Le risorse ci sono')).toBe(true);
    const mayor = speakersOf(
      'Il sindaco Aldo Neri ha ricevuto il defibrillatore dal presidente Pietro Lodi, che ha detto: «Speriamo di non usarlo mai».',
      'Era stato lo stesso sindaco a evidenziare come il municipio ne fosse sprovvisto: «Eppure servirebbe - aveva scherzato - con tutte le volte che mi fate arrabbiare».',
    );
    expect(has(speaker(mayor, 'Aldo Neri').quotes, 2, 'direct', 'Eppure servirebbe')).toBe(true);
    expect(has(speaker(mayor, 'Pietro Lodi').quotes, 2, 'direct', 'Eppure servirebbe')).toBe(false);
  });

  it('GIVEN “A lei ha fatto seguito il sindaco X, che …. “…” ha confidato …. “…” è stato l’invito del primo cittadino.” THEN both quotations are X’s', () => {
    const drafts = speakersOf(
      'La preside Anna Neri ha aperto la cerimonia.',
      'A lei ha fatto seguito il sindaco Mattia Sarti, che ha tradito un pizzico d’emozione. “Mi ricordo ancora la mia classe, è quella là” ha confidato agli alunni. “Chiedetevi sempre il perché. Siamo curiosi” è stato l’invito del primo cittadino.',
    );
    const sarti = speaker(drafts, 'Mattia Sarti');
    expect(has(sarti.quotes, 2, 'direct', 'Mi ricordo ancora la mia classe')).toBe(true);
    expect(has(sarti.quotes, 2, 'direct', 'Chiedetevi sempre il perché')).toBe(true);
    // a noun of saying after the quotation names its speaker even with no one in focus
    const alone = speakersOf('«Investiremo sulle scuole», questo il commento della ministra Anna Bruni.');
    expect(has(speaker(alone, 'Anna Bruni').quotes, 1, 'direct', 'Investiremo sulle scuole')).toBe(true);
  });

  it('GIVEN a quotation run over three paragraphs closed with “…”, ha detto il rettore. (curly or straight marks), after ““…”, è il saluto del rettore X” THEN every paragraph of it is the rector’s', () => {
    for (const [open, close] of [['“', '”'], ['"', '"']] as const) {
      const drafts = speakersOf(
        '“Oltre lo studio, cercate relazioni”, è il saluto del rettore Flavio Sarti alle matricole.',
        `${open}Ci siamo finalmente lasciati alle spalle le complicazioni dell’attività a distanza.`,
        'Dalle superiori all’università c’è un salto che va gestito, accompagnato.',
        `Approfittate di tutto ciò che vi verrà proposto. Siamo orgogliosi di accogliervi${close}, ha detto il rettore.`,
      );
      const sarti = speaker(drafts, 'Flavio Sarti');
      expect(has(sarti.quotes, 1, 'direct', 'Oltre lo studio'), open).toBe(true);
      expect(has(sarti.quotes, 2, 'direct', 'Ci siamo finalmente lasciati'), open).toBe(true);
      expect(has(sarti.quotes, 3, 'direct', 'Dalle superiori all’università'), open).toBe(true);
      expect(has(sarti.quotes, 4, 'direct', 'Approfittate di tutto'), open).toBe(true);
    }
  });

  it('GIVEN “– si legge in una nota di Coldiretti –” inserted in a quotation THEN the quotation is Coldiretti’s', () => {
    const drafts = speakersOf('“Il problema dei danni da fauna selvatica – si legge in una nota di Coldiretti – è diventato un’emergenza a tutti gli effetti”.');
    expect(drafts.map((d) => d.name)).toEqual(['Coldiretti']);
    expect(has(drafts[0]!.quotes, 1, 'direct', 'Il problema dei danni da fauna selvatica')).toBe(true);
    expect(has(drafts[0]!.quotes, 1, 'direct', 'è diventato un’emergenza')).toBe(true);
  });

  it('GIVEN a surname that opens with its particle, written alone (“– ha continuato Della Valle –”, “ha detto Di Maio”) THEN it is that person, not the last speaker', () => {
    const drafts = speakersOf(
      '“Questa fabbrica è la prova che si può investire”, ha detto Diego Della Valle.',
      '«Lo Stato ha messo a disposizione incentivi», ha commentato Errani.',
      '"Vogliamo dimostrare che qui si può investire – ha continuato Della Valle – sarebbe una prova importante".',
    );
    expect(has(speaker(drafts, 'Diego Della Valle').quotes, 3, 'direct', 'Vogliamo dimostrare')).toBe(true);
    expect(has(speaker(drafts, 'Errani').quotes, 3, 'direct', 'Vogliamo dimostrare')).toBe(false);
    const maio = speakersOf('Il ministro Luigi Di Maio ha visitato il porto.', '«I lavori partiranno a giugno», ha detto Di Maio.');
    expect(has(speaker(maio, 'Luigi Di Maio').quotes, 2, 'direct', 'I lavori partiranno')).toBe(true);
    // the surname is written whole, also by a title that opens on it: no bare "Maio"
    const titled = speakersUnder('Di Maio: «I lavori partiranno a giugno»', 'Il ministro Luigi Di Maio ha visitato il porto.', '«I lavori partiranno a giugno», ha detto Di Maio.');
    expect(speaker(titled, 'Luigi Di Maio').aliases).not.toContain('Maio');
  });

  it('GIVEN “Per l’avvocato Name (role) è “…”” with no comma after the name THEN the lawyer is the source; “Per Meta è …”, “Per il sindaco è stata una giornata difficile” make no one a source', () => {
    const drafts = speakersOf('Per l’avvocato Fabio Sarti (legale della famiglia) è tuttavia “uno scandalo che si arrivi oggi a un rinvio a giudizio”.');
    expect(drafts.map((d) => d.name)).toEqual(['Fabio Sarti']);
    expect(has(drafts[0]!.quotes, 1, 'direct', 'uno scandalo che si arrivi oggi')).toBe(true);
    expect(speakersOf('Per Meta è un passo avanti.')).toEqual([]);
    expect(speakersOf('Per il sindaco è stata una giornata difficile.')).toEqual([]);
  });

  it('GIVEN a match report giving each coach the floor (“Il primo a parlare è X che, …, sottolinea …:”, “Poi è il turno del tecnico Y, che …. Le sue parole:”) THEN the quotation paragraph after each is theirs', () => {
    const drafts = speakersOf(
      'Il primo a parlare è Andrea Sarti che, riconoscendo i meriti degli avversari, sottolinea i punti deboli dei suoi ragazzi:',
      '“Voglio fare i complimenti agli avversari per la vittoria ottenuta oggi”.',
      'Poi è il turno del tecnico Gennaro Bruni, che compie una breve analisi della gara. Le sue parole:',
      '“Devo ringraziare i ragazzi, che hanno giocato con determinazione e voglia”.',
    );
    expect(has(speaker(drafts, 'Andrea Sarti').quotes, 2, 'direct', 'Voglio fare i complimenti')).toBe(true);
    expect(has(speaker(drafts, 'Gennaro Bruni').quotes, 4, 'direct', 'Devo ringraziare i ragazzi')).toBe(true);
    expect(has(speaker(drafts, 'Andrea Sarti').quotes, 4, 'direct', 'Devo ringraziare')).toBe(false);
    // a last sentence that names someone else is no announcement of the floor's words
    const other = speakersOf('Poi è il turno del tecnico Gennaro Bruni, che compie una breve analisi. Ecco il commento di Mario Neri:', '“Devo ringraziare i ragazzi”.');
    expect(other.find((d) => d.name === 'Gennaro Bruni')?.quotes.some((q) => q.text.includes('Devo ringraziare')) ?? false).toBe(false);
  });

  it('GIVEN an office that spoke, never named, with an apposition naming someone else (“Il medico, marito della senatrice X, …”) THEN X is not that office’s person', () => {
    const drafts = speakersOf('Il medico, marito della senatrice Nicoletta Bruni della Lega, si era dichiarato pronto a risarcire il danno.');
    expect(drafts.some((d) => d.quotes.some((q) => q.text.includes('pronto a risarcire')))).toBe(false);
    // the person the office's own apposition names is
    const named = speakersOf('Il medico, Nicoletta Bruni, si era dichiarata pronta a risarcire il danno.');
    expect(has(speaker(named, 'Nicoletta Bruni').quotes, 1, 'reported', 'pronta a risarcire')).toBe(true);
  });

  it('GIVEN “…”, ha dichiarato all’agenzia Ansa Name Surname, role THEN the speaker is the person after the complement, and the surname alone later is them', () => {
    const drafts = speakersOf(
      'L’epicentro è a circa 2,7 chilometri di profondità, “una profondità sempre più interessata da energie maggiori”, ha dichiarato all’agenzia Ansa Francesca Neri, direttrice del dipartimento Vulcani dell’Istituto.',
      '“Il sollevamento del suolo è stimato intorno a 1,5 centimetri”, ha aggiunto Neri.',
    );
    expect(drafts.map((d) => d.name)).toEqual(['Francesca Neri']);
    const neri = speaker(drafts, 'Francesca Neri');
    expect(neri.role).toBe('direttrice del dipartimento Vulcani dell’Istituto');
    expect(has(neri.quotes, 1, 'direct', 'una profondità sempre più interessata')).toBe(true);
    expect(has(neri.quotes, 2, 'direct', 'Il sollevamento del suolo')).toBe(true);
    // said to someone: no subject after the complement
    expect(speakersOf('“Siamo pronti”, ha detto a Mario Rossi.').some((d) => d.name.includes('Rossi'))).toBe(false);
  });

  it('GIVEN a paragraph of quotations nobody says, then a paragraph opening “Così …” or “A rilasciare queste dichiarazioni è stata …” THEN the quotations are theirs, in their own paragraph', () => {
    const conte = speaker(
      speakersOf(
        'Valdora. “Questa è l’eccellenza italiana, abbiamo scoperto grandi tecnologie in queste stanze”.',
        'Così il presidente del Consiglio Marco Galli al termine della visita all’istituto di ricerca di Valdora. Il premier è stato accolto dal direttore.',
      ),
      'Marco Galli',
    );
    expect(conte.quotes.map((q) => [q.paragraph, q.kind, q.text])).toEqual([[1, 'direct', 'Questa è l’eccellenza italiana, abbiamo scoperto grandi tecnologie in queste stanze']]);
    const merli = speaker(
      speakersOf(
        'Valdora – “La collaborazione pubblico-privata che ha consentito di organizzare questa mostra deve essere di stimolo”.',
        'A rilasciare queste dichiarazioni è stata l’assessora regionale alla cultura Ada Merli, intervenendo all’inaugurazione della mostra.',
        '“Questa esposizione dà il senso” – ha detto l’assessora Merli – “di cosa significa finanziare grandi eventi”.',
      ),
      'Ada Merli',
    );
    expect(has(merli.quotes, 1, 'direct', 'La collaborazione pubblico-privata')).toBe(true);
    expect(has(merli.quotes, 3, 'direct', 'di cosa significa finanziare')).toBe(true);
  });

  it('GIVEN a paragraph of quotations someone said, or a paragraph that is not the one right before, THEN a later “Così X” takes none of them', () => {
    const drafts = speakersOf(
      '“Il bilancio è in ordine”, ha detto Aldo Bruni.',
      '“Nessuno lo ha mai messo in dubbio”.',
      'Il consiglio si è chiuso alle 20.',
      'Così la consigliera Sara Gobbi, all’uscita dall’aula.',
    );
    expect(drafts.find((d) => d.name === 'Sara Gobbi')?.quotes ?? []).toEqual([]);
  });

  it('GIVEN a dateline and a sentence that is mostly a quotation, then “Lo ha detto …” THEN the quotation is theirs once, as direct speech, and the dateline does not split the sentence', () => {
    const s = speaker(
      speakersOf(
        'Roma, 27 set. (agenzia) – Sul nuovo ponte di Valdora “i lavori hanno incontrato difficoltà per il terreno e per il maltempo, ma entro ottobre l’opera sarà consegnata per i collaudi”. Lo ha detto il sottosegretario Marco Galli, rispondendo ai giornalisti.',
      ),
      'Marco Galli',
    );
    expect(has(s.quotes, 1, 'direct', 'i lavori hanno incontrato difficoltà')).toBe(true);
    expect(s.quotes.filter((q) => q.text.includes('i lavori hanno incontrato'))).toHaveLength(1);
    expect(s.quotes.some((q) => q.text.startsWith('(agenzia)'))).toBe(false);
  });

  it('GIVEN a sentence of reported speech holding a short quotation, then “Lo ha detto …” THEN both the sentence and the quotation are theirs', () => {
    const s = speaker(
      speakersOf(
        'Il porto di Valdora resterà aperto durante i lavori di dragaggio, che dureranno fino alla fine dell’estate secondo il calendario “concordato”. Lo ha detto il ministro Carlo Benvenuti.',
      ),
      'Carlo Benvenuti',
    );
    expect(has(s.quotes, 1, 'reported', 'Il porto di Valdora resterà aperto')).toBe(true);
    expect(has(s.quotes, 1, 'direct', 'concordato')).toBe(true);
  });

  it('GIVEN “…”. Così Name Surname, presidente delle Associazioni …, intervenendo oggi … THEN the quotation is theirs and the apposition is their role', () => {
    const s = speaker(
      speakersOf(
        '“Le biblioteche di quartiere sono il primo presidio culturale delle nostre città”. Così Paolo Serra, presidente delle Associazioni bibliotecarie riunite (Abr), intervenendo oggi alla premiazione del concorso di lettura, nella sala grande del Comune.',
      ),
      'Paolo Serra',
    );
    expect(has(s.quotes, 1, 'direct', 'Le biblioteche di quartiere')).toBe(true);
    expect(s.role).toMatch(/^presidente delle Associazioni/);
  });

  it('GIVEN “Sono queste le richieste avanzate oggi dal presidente Org-Name, Name Surname, …, convocato dal ministro Other Name” THEN the sentence before is theirs, and the organisation and the others named are not speakers', () => {
    const drafts = speakersOf(
      'Per salvare i frutteti della valle servono fondi subito e procedure più semplici per le aziende colpite dalla grandine. Sono queste le richieste avanzate oggi dal presidente Unione-Frutticoltori Veneti, Sandro Toldo, al tavolo convocato in Regione dal ministro Luisa Marchetti con il commissario per l’emergenza, il prefetto Giorgio Sella, e le associazioni di categoria.',
    );
    expect(has(speaker(drafts, 'Sandro Toldo').quotes, 1, 'reported', 'Per salvare i frutteti della valle')).toBe(true);
    expect(drafts.map((d) => d.name)).toEqual(['Sandro Toldo']);
  });

  it('GIVEN “Words: lo ha rimarcato l’AD di Company Name Surname” THEN the words before the colon are theirs and their role carries the company', () => {
    const s = speaker(
      speakersOf(
        'L’azienda ha chiuso l’anno con un utile record.',
        'Nuovi treni sulla linea costiera entro l’estate: lo ha rimarcato l’AD di Ferrovie Lacustri Bruno Galli in un messaggio ai dipendenti.',
      ),
      'Bruno Galli',
    );
    expect(has(s.quotes, 2, 'reported', 'Nuovi treni sulla linea costiera')).toBe(true);
    expect(s.role).toBe('AD di Ferrovie Lacustri');
  });

  it('GIVEN a sentence then “Ad affermarlo è Name Surname, presidente di …” THEN the sentence before is theirs, with their role', () => {
    const s = speaker(
      speakersOf('Il mercato immobiliare tornerà a crescere entro l’estate. Ad affermarlo è Rita Valli, presidente dell’Ordine degli architetti.'),
      'Rita Valli',
    );
    expect(has(s.quotes, 1, 'reported', 'Il mercato immobiliare tornerà a crescere')).toBe(true);
    expect(s.role).toBe('presidente dell’Ordine degli architetti');
  });

  it('GIVEN “…, annunciato dall’assessore X” THEN what was announced is X’s reported statement', () => {
    const drafts = speakersOf('Il consorzio accoglie con soddisfazione l’impegno dei produttori a rilasciare più acqua, annunciato dall’assessore regionale alla Montagna, Marco Serti.');
    expect(has(speaker(drafts, 'Marco Serti').quotes, 1, 'reported', 'rilasciare più acqua')).toBe(true);
    // (not a noun: "il comunicato della Regione" names no agent)
    expect(speakersOf('Il sindaco ha letto in aula il comunicato della Regione.').map((d) => d.name)).toEqual([]);
  });

  it('GIVEN “X ha passato la parola alla caposala Y: “…”” THEN the quotation is Y’s, not X’s', () => {
    const drafts = speakersOf('Il primario Giovanni Bosi ha passato la parola alla caposala Clara Monti: “L’ecografo è fondamentale per noi: ci permette una diagnosi veloce”.');
    expect(has(speaker(drafts, 'Clara Monti').quotes, 1, 'direct', 'L’ecografo è fondamentale')).toBe(true);
    expect(drafts.some((d) => d.name === 'Giovanni Bosi' && d.quotes.length > 0)).toBe(false);
  });

  it('GIVEN a sentence then “A darne notizia è l’assessore X …” or “A renderlo noto è stato X” THEN the sentence before is theirs', () => {
    const s = speaker(
      speakersOf('I lavori sono alle battute finali: a fine febbraio l’opera sarà terminata. A darne notizia è l’assessore ai Lavori Pubblici Pietro Galli ieri sera in consiglio comunale.'),
      'Pietro Galli',
    );
    expect(has(s.quotes, 1, 'reported', 'a fine febbraio l’opera sarà terminata')).toBe(true);
    expect(has(speaker(speakersOf('La scuola riaprirà lunedì. A renderlo noto è stato il sindaco Ugo Fermi.'), 'Ugo Fermi').quotes, 1, 'reported', 'La scuola riaprirà lunedì')).toBe(true);
  });

  it('GIVEN “…”. È quanto ha detto Name Surname, direttore di … THEN the quotation is theirs', () => {
    const s = speaker(
      speakersOf('“I mutui restano troppo cari per i giovani”. È quanto ha detto Ivo Sarti, direttore della Banca del Lago, a un convegno.'),
      'Ivo Sarti',
    );
    expect(has(s.quotes, 1, 'direct', 'I mutui restano troppo cari')).toBe(true);
    expect(s.role).toBe('direttore della Banca del Lago');
  });

  it('GIVEN a sentence then “Ne è convinta Name Surname, …” THEN the stance before is theirs', () => {
    const s = speaker(
      speakersOf('Il mercato tornerà a crescere entro l’estate. Ne è convinta Rita Valli, presidente dell’Ordine, intervenuta al salone della casa.'),
      'Rita Valli',
    );
    expect(has(s.quotes, 1, 'reported', 'Il mercato tornerà a crescere')).toBe(true);
  });

  it('GIVEN a sentence then “Ne è convinta Name Surname, che si augura di “…” e chiede “…”” THEN the stance before and the fragments quoted after are theirs', () => {
    const s = speaker(
      speakersOf('Il mercato tornerà a crescere entro l’estate. Ne è convinta Elena Corsi, che si augura di “vedere presto nuovi cantieri” e chiede “più coraggio alla giunta”.'),
      'Elena Corsi',
    );
    expect(has(s.quotes, 1, 'reported', 'Il mercato tornerà a crescere')).toBe(true);
    expect(has(s.quotes, 1, 'direct', 'vedere presto nuovi cantieri')).toBe(true);
    expect(has(s.quotes, 1, 'direct', 'più coraggio alla giunta')).toBe(true);
  });

  it('GIVEN “…”, così Name Surname commentando … in one sentence THEN the quotation before “così” is theirs', () => {
    const drafts = speakersOf('“Il quartiere rinasce”, così Luca Moro commentando i dati del Comune.');
    expect(has(speaker(drafts, 'Luca Moro').quotes, 1, 'direct', 'Il quartiere rinasce')).toBe(true);
    expect(drafts.map((d) => d.name)).toEqual(['Luca Moro']);
  });
});

describe('a quotation that runs over several paragraphs', () => {
  it('GIVEN “ha detto: “…” opened in one paragraph and closed two paragraphs later THEN each paragraph’s part is the speaker’s, verbatim, and the next paragraph is not', () => {
    const drafts = speakersOf(
      'Dopo la partita l’allenatore Marco Bellini ha detto: “La squadra ci ha creduto fino all’ultimo, è una vittoria importante.',
      'Avremmo potuto controllare meglio la partita, ma ci siamo innervositi.',
      'Poi abbiamo avuto una grande reazione. Dobbiamo guardare avanti”.',
      'Il prossimo turno si gioca mercoledì sera.',
    );
    const direct = speaker(drafts, 'Marco Bellini').quotes.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => [q.paragraph, q.text])).toEqual([
      [1, 'La squadra ci ha creduto fino all’ultimo, è una vittoria importante.'],
      [2, 'Avremmo potuto controllare meglio la partita, ma ci siamo innervositi.'],
      [3, 'Poi abbiamo avuto una grande reazione. Dobbiamo guardare avanti'],
    ]);
    expect(drafts.flatMap((d) => d.quotes).some((q) => q.paragraph === 4)).toBe(false);
  });

  it('GIVEN an opening mark never closed THEN the paragraphs after it are not taken for quotations', () => {
    const drafts = speakersOf('Il sindaco Aldo Bruni ha detto: “Il bilancio è in ordine.', 'La giunta si riunisce domani.', 'Il consiglio voterà a marzo.');
    expect(drafts.flatMap((d) => d.quotes).filter((q) => q.paragraph > 1)).toEqual([]);
  });
});

describe('paragraphs that open with who speaks (interviews, round-ups of comments)', () => {
  it('GIVEN “Surname: …” in the first person, “- Surname: “…”” after a bullet and “Name Surname (role): …” THEN each paragraph is that person’s words', () => {
    const drafts = speakersOf(
      'Dagli spogliatoi gli allenatori hanno commentato così la giornata.',
      'Bortolin: È mancato il gol, però non si può dire che non ci abbiamo provato fino alla fine.',
      '- Carnesi: “Non è facile parlare di una partita persa, ma abbiamo avuto le nostre occasioni“.',
      'Ugo Sartor (allenatore del Valdora): Ho dei ragazzi fantastici, che mi regalano soddisfazioni incredibili.',
    );
    expect(speaker(drafts, 'Bortolin').quotes.map((q) => [q.paragraph, q.kind, q.text])).toEqual([[2, 'direct', 'È mancato il gol, però non si può dire che non ci abbiamo provato fino alla fine.']]);
    expect(speaker(drafts, 'Carnesi').quotes.map((q) => q.text)).toEqual(['Non è facile parlare di una partita persa, ma abbiamo avuto le nostre occasioni']);
    const sartor = speaker(drafts, 'Ugo Sartor');
    expect(sartor.role).toBe('allenatore del Valdora');
    expect(sartor.quotes.map((q) => q.paragraph)).toEqual([4]);
    expect(buildPeople([article('prova', 'Bortolin: È mancato il gol, ci abbiamo provato.')]).find('Bortolin')?.kind).toBe('person');
  });

  it('GIVEN a transcript’s “NAME SURNAME (GROUP). …” in the first person THEN it is theirs; “PRESIDENTE. …” (an office) names nobody', () => {
    const drafts = speakersOf('PRESIDENTE. La seduta è aperta.', 'CARLO DE AMICIS (MISTO). Signor Presidente, chiediamo una rettifica del processo verbale di ieri.');
    // The name as names are written, the label's capitals lowered.
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => q.text)])).toEqual([['Carlo De Amicis', 'MISTO', ['Signor Presidente, chiediamo una rettifica del processo verbale di ieri.']]]);
  });

  it('GIVEN a round-up’s “SURNAME: “…”” in capitals THEN the speaker is named as names are written; a short label in capitals (an acronym) stays as written', () => {
    const drafts = speakersOf('PASSERINI: “Abbiamo fatto una grande prestazione, sono orgoglioso dei miei ragazzi”.', 'ONU: “Siamo pronti a inviare aiuti”.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([
      ['Passerini', [1]],
      ['ONU', [2]],
    ]);
  });

  it('GIVEN a title that quotes someone (“Amarezza Ferlini, “…””, “Nadia Corsi: «…»”) over quotations in the first person that name nobody THEN they are that person’s; a quotation that names its speaker, or a body that does not open with a quotation, is read as ever', () => {
    const ferlini = speakersUnder(
      'Amarezza Ferlini, “una serata storta, non so spiegarla”',
      '“Eravamo stanchi, voglio dimenticare questa gara il prima possibile. Abbiamo regalato un rigore”.',
      '“Con questi numeri si perde una volta su cento”. Ripartenza? “Non ho paura, la squadra è forte”.',
      'La squadra torna in campo domenica contro il Borgo.',
      '“Il campo era pesante”.',
    );
    // The title's first word is not part of the name; the paragraph after the third-person one is nobody's.
    expect(ferlini.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([['Ferlini', [1, 2, 2]]]);
    const corsi = speakersUnder('Nadia Corsi: «Il bilancio è in ordine»', '«Abbiamo chiuso l’anno in attivo e ridotto il debito».', 'Lo ha spiegato ieri in consiglio Nadia Corsi, assessora al Bilancio.');
    expect(speaker(corsi, 'Nadia Corsi').quotes.map((q) => q.paragraph)).toEqual([1]);
    // A quotation whose paragraph names its speaker is theirs; a body opening with no quotation takes nobody from the title.
    const other = speakersUnder('Tensione in aula, Bardi: «Non ci fermeremo»', '«Abbiamo i numeri per andare avanti». Lo ha detto il capogruppo Elio Rana.');
    expect(other.map((d) => d.name)).toEqual(['Elio Rana']);
    expect(speakersUnder('Bardi: «Non ci fermeremo»', 'In aula il clima è teso.', '«Abbiamo i numeri».')).toEqual([]);
  });

  it('GIVEN an interview whose title quotes “Place – Surname: “…”” and whose body calls them by their office (“il sindaco è …, “…”, sorride. Poi prosegue: “…”) THEN the office is that person, with both quotations', () => {
    const drafts = speakersUnder(
      'Borgolago – Ferlini: “Mesi intensi, il piano urbanistico è la priorità”',
      'È sabato mattina e il sindaco è già in Municipio. Parliamo dei primi cento giorni: “Beh, spero di arrivare a duecento”, sorride. Poi prosegue: “Sono stati mesi intensi, per me è un mondo nuovo”.',
    );
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => q.text)])).toEqual([['Ferlini', 'sindaco', ['Beh, spero di arrivare a duecento', 'Sono stati mesi intensi, per me è un mondo nuovo']]]);
    // A name and a colon opening the title is the whole name ("Nadia Corsi: «…»"); a profession is a role too.
    const singer = speakersUnder('Nadia Corsi: «Il palco è casa mia»', 'In una lunga intervista la cantante afferma: “Non ho mai smesso di studiare”.');
    expect(singer.map((d) => [d.name, d.role])).toEqual([['Nadia Corsi', 'cantante']]);
    // Without the title's quotation the office is never named, and nobody can be looked up.
    expect(speakersOf('È sabato mattina e il sindaco è già in Municipio. Parliamo dei primi cento giorni: “Beh, spero di arrivare a duecento”, sorride.')).toEqual([]);
  });

  it('GIVEN ““…”, sorride Name Surname” and ““…”, scherza” after them THEN both are theirs; “sorride” away from a quotation reports nothing', () => {
    const s = speaker(speakersOf('“Il campo era pesante”, sorride Nadia Corsi. “Ma abbiamo vinto”, scherza.', 'Nadia Corsi sorride ai fotografi.'), 'Nadia Corsi');
    expect(s.quotes.map((q) => [q.paragraph, q.text])).toEqual([
      [1, 'Il campo era pesante'],
      [1, 'Ma abbiamo vinto'],
    ]);
  });

  it('GIVEN an interview of questions and answers (“D: Signora Corsi, …?” / “R: «…»”, “R: …”) THEN the answers are the one person the questions address or the lead says is interviewed; with nobody found, or two, the answers are nobody’s', () => {
    const qa = (...paragraphs: string[]) =>
      speakersOf('Abbiamo incontrato Nadia Corsi, candidata alle elezioni comunali.', ...paragraphs).map((d) => [d.name, d.quotes.map((q) => [q.paragraph, q.text])]);
    expect(qa('D: Signora Corsi, perché si candida?', 'R: «Perché la città merita di più».', 'D: E il primo provvedimento?', 'R: Riapriremo la biblioteca del quartiere.')).toEqual([
      ['Nadia Corsi', [
        [3, 'Perché la città merita di più'],
        [5, 'Riapriremo la biblioteca del quartiere.'],
      ]],
    ]);
    expect(qa('D: Perché si candida?', 'R: «Perché la città merita di più».')).toEqual([]);
    // … or the one the lead says is interviewed
    expect(speakersOf('L’intervista a Nadia Corsi, candidata alle elezioni comunali.', 'D: Perché si candida?', 'R: «Perché la città merita di più».').map((d) => d.name)).toEqual(['Nadia Corsi']);
    expect(qa('D: Signora Corsi, perché si candida?', 'R: «Perché la città merita di più».', 'D: Signor Bardi, e lei?', 'R: «Sono d’accordo».')).toEqual([]);
  });

  it('GIVEN typewritten copy that quotes with single apostrophes and writes accents as apostrophes THEN the quotations are read, an accent’s apostrophe inside them included; apostrophes of elision open nothing', () => {
    const s = speaker(
      speakersOf("'Il 3 marzo entrera' in funzione tutta la linea Borgo-Valle'. Lo annuncia Ugo Fabbri. 'Abbiamo avuto qualche difficolta' - ha detto Fabbri - ma l'opera e' pronta'."),
      'Ugo Fabbri',
    );
    expect(s.quotes.map((q) => [q.kind, q.text])).toEqual([
      ['direct', "Il 3 marzo entrera' in funzione tutta la linea Borgo-Valle"],
      ['direct', "Abbiamo avuto qualche difficolta'"],
      ['direct', "ma l'opera e' pronta"],
    ]);
    expect(speakersOf("L'assessore dell'Urbanistica ha visitato l'area.")).toEqual([]);
    // The verb after the closing apostrophe reads it as a closing mark: "'…', spiega X".
    expect(speakersOf("'Si potra' andare da Borgo a Valle in un'ora', spiega Ugo Fabbri.").map((d) => [d.name, d.quotes.map((q) => q.text)])).toEqual([['Ugo Fabbri', ["Si potra' andare da Borgo a Valle in un'ora"]]]);
  });

  it('GIVEN institutions named with their adjectives and complements (“Banca centrale lacustre”, “Ministero della Salute”, “Ferrovie dello Stato”, “Banca d’Italia”, “Ministero dell’Economia”) THEN the whole name speaks; “secondo la Banca” alone names no institution', () => {
    const names = (...paragraphs: string[]) => speakersOf(...paragraphs).map((d) => [d.name, d.quotes.map((q) => q.text)]);
    expect(names('“Il piano è pronto”, si legge in una nota del Ministero della Salute.')).toEqual([['Ministero della Salute', ['Il piano è pronto']]]);
    expect(names('“Tassi fermi”, ha annunciato la Banca centrale lacustre.')).toEqual([['Banca centrale lacustre', ['Tassi fermi']]]);
    expect(names('“Roma e Milano”, si legge in un comunicato delle Ferrovie dello Stato, “disteranno tre ore”.')).toEqual([['Ferrovie dello Stato', ['Roma e Milano', 'disteranno tre ore']]]);
    expect(names('Secondo la Banca d’Italia, “la crescita rallenta”.')).toEqual([['Banca d’Italia', ['la crescita rallenta']]]);
    expect(names('“I conti tornano”, ha detto il Ministero dell’Economia.')).toEqual([['Ministero dell’Economia', ['I conti tornano']]]);
    expect(names('Secondo la Banca la crescita rallenta.')).toEqual([]);
    // An institution is a source, not a person, and is found by its initials too.
    const people = buildPeople([article('prova', '“Tassi fermi”, ha annunciato la Banca centrale europea.', '“Il treno arriva”, si legge in una nota delle Ferrovie dello Stato.')]);
    expect(people.find('BCE')?.name).toBe('Banca centrale europea');
    expect(people.find('FS')?.name).toBe('Ferrovie dello Stato');
    expect(people.find('Ferrovie dello Stato')?.kind).not.toBe('person');
    // An office in an institution, then the person: the person speaks ("l’amministratore delegato delle Ferrovie dello
    // Stato, Mario Rossi" is no "dello Stato").
    expect(speakersOf('“Il treno arriverà in un’ora”, spiega l’amministratore delegato delle Ferrovie dello Stato, Ugo Fabbri.').map((d) => [d.name, d.role])).toEqual([
      ['Ugo Fabbri', 'amministratore delegato delle Ferrovie dello Stato'],
    ]);
  });

  it('GIVEN court copy: an insert set off by commas (““…, ha dichiarato l’avvocato X, …””), a defence lawyer in apposition who “si è detto ottimista”, then a paragraph that is one quotation THEN each is theirs; an insert by commas that names nobody cuts nothing', () => {
    const drafts = speakersOf(
      'Presenti anche gli avvocati difensori, Ugo Fabbri e Nadia Corsi.',
      '“Il mio assistito ha risposto alle domande, ha dichiarato l’avvocato Fabbri, e ha negato ogni responsabilità”.',
      'L’avvocata Nadia Corsi, difensore dell’altro indagato, si è detta moderatamente ottimista.',
      '“Abbiamo chiarito la posizione del mio assistito e attendiamo fiduciosi il riesame”.',
    );
    expect(speaker(drafts, 'Ugo Fabbri').quotes.map((q) => [q.paragraph, q.text])).toEqual([
      [2, 'Il mio assistito ha risposto alle domande'],
      [2, 'e ha negato ogni responsabilità'],
    ]);
    const corsi = speaker(drafts, 'Nadia Corsi');
    expect(corsi.role).toBe('difensore dell’altro indagato');
    expect(corsi.quotes.map((q) => [q.paragraph, q.kind])).toEqual([
      [3, 'reported'],
      [4, 'direct'],
    ]);
    // "ha detto" with nobody named after it is no insert: the quotation stays whole.
    const whole = speaker(speakersOf('“Abbiamo vinto, ha detto, e ne siamo felici”, spiega Ugo Fabbri.'), 'Ugo Fabbri');
    expect(whole.quotes.map((q) => q.text)).toEqual(['Abbiamo vinto, ha detto, e ne siamo felici']);
  });

  it('GIVEN “- Name Surname (Organisation): “…“” THEN the organisation in brackets is their role', () => {
    const s = speaker(speakersOf('- Ester Valli (Confcommercio): “Chiediamo uno sconto sulla tassa dei rifiuti“.'), 'Ester Valli');
    expect(s.role).toBe('Confcommercio');
    expect(s.quotes.map((q) => q.text)).toEqual(['Chiediamo uno sconto sulla tassa dei rifiuti']);
  });

  it('GIVEN a line label (“Domanda: …”, “Nota: …”), a one-word label without the first person, or “Name, Role, ha dichiarato: “…”” THEN no label speaker is made of it', () => {
    expect(speakersOf('Domanda: abbiamo capito bene le regole del concorso?', 'Nota: il bando scade il 3 marzo.', 'Ancona: il porto resta chiuso per il maltempo.')).toEqual([]);
    const s = speaker(speakersOf('Gemma Neri, ministra del Turismo, ha dichiarato: “Le biblioteche sono una scuola di libertà”.'), 'Gemma Neri');
    expect(s.role).toBe('ministra del Turismo');
  });
});

describe('reporting verbs inserted in a quotation', () => {
  it('GIVEN “… – ha detto Surname – …” THEN both halves are theirs without the inserted words; “Per Surname, …” and “Surname ha, infine, posto l’accento …” are their statements', () => {
    const s = speaker(
      speakersOf(
        'La giunta ha incontrato ieri i rappresentanti dei pescatori guidati da Nicola Vitale.',
        '“Bisogna rifare le banchine prima dell’inverno, con fondi certi e tempi brevi – ha detto Vitale – Serve anche una legge che protegga chi lavora in mare”. Per Vitale, un’attenzione particolare va data ai porti più piccoli, dove mancano perfino le gru. Vitale ha, infine, posto l’accento sul caro gasolio, che pesa sulle famiglie della costa.',
      ),
      'Nicola Vitale',
    );
    const direct = s.quotes.filter((q) => q.kind === 'direct').map((q) => q.text);
    expect(direct).toEqual(['Bisogna rifare le banchine prima dell’inverno, con fondi certi e tempi brevi', 'Serve anche una legge che protegga chi lavora in mare']);
    expect(has(s.quotes, 2, 'reported', 'un’attenzione particolare va data')).toBe(true);
    expect(has(s.quotes, 2, 'reported', 'posto l’accento sul caro gasolio')).toBe(true);
  });

  it('GIVEN “La Medaglia – ha sottolineato il capo dello Stato – …” after the head of state spoke THEN the role stands for them', () => {
    const s = speaker(
      speakersOf(
        '“Il volontariato tiene unito il Paese”. Lo ha detto il presidente della Repubblica, Anna Conti, alla cerimonia di oggi.',
        '“La Medaglia civica – ha sottolineato il capo dello Stato – premia chi ha servito gli altri senza chiedere nulla in cambio”.',
      ),
      'Anna Conti',
    );
    expect(has(s.quotes, 2, 'direct', 'La Medaglia civica')).toBe(true);
    expect(has(s.quotes, 2, 'direct', 'premia chi ha servito gli altri')).toBe(true);
  });

  it('GIVEN “ha dato la parola alla vicepresidente …, Name Surname” then “… - ha detto - …” THEN the quotation is theirs, not the previous speaker’s, and the host is no speaker', () => {
    const drafts = speakersOf(
      'Alla festa per i trent’anni del consorzio il presidente Elio Marini ha aperto i lavori: “Nella cooperazione la fiducia si costruisce ogni giorno”, ha detto Marini.',
      'A fare gli onori di casa il direttore del consorzio, Pietro Lodi, che ha dato la parola alla vicepresidente, Franca Neri. “In questi anni - ha detto - ho visto crescere una comunità intera”.',
    );
    expect(has(speaker(drafts, 'Franca Neri').quotes, 2, 'direct', 'ho visto crescere una comunità')).toBe(true);
    expect(has(speaker(drafts, 'Elio Marini').quotes, 1, 'direct', 'Nella cooperazione')).toBe(true);
    expect(speaker(drafts, 'Elio Marini').quotes.some((q) => q.text.includes('comunità'))).toBe(false);
    expect(drafts.some((d) => d.name === 'Pietro Lodi')).toBe(false);
  });

  it('GIVEN a quotation that opens with " and closes with », with an insert carried over (“- ha aggiunto -”) and a named one (“- ha osservato Surname -”) THEN every part is theirs', () => {
    const s = speaker(
      speakersOf(
        '«Credo che il nuovo ospedale vada aperto entro l’anno». Lo ha detto il presidente della Provincia, Nino Caruso, ai giornalisti. "Se dovesse arrivare il finanziamento europeo - ha aggiunto - saremmo pronti anche prima. Quindi - ha osservato Caruso - basta che il cantiere rispetti i tempi fissati dal contratto».',
      ),
      'Nino Caruso',
    );
    const direct = s.quotes.filter((q) => q.paragraph === 1 && q.kind === 'direct').map((q) => q.text);
    expect(direct[0]).toMatch(/^Credo che il nuovo ospedale/);
    expect(direct[1]).toBe('Se dovesse arrivare il finanziamento europeo');
    expect(direct[2]).toMatch(/^saremmo pronti anche prima\. Quindi$/);
    expect(direct[3]).toMatch(/^basta che il cantiere .* fissati dal contratto$/);
  });

  it('GIVEN an insert that names the speaker with a long office (“– spiega la professoressa Name Surname del dipartimento … dell’Università di … –”) THEN both halves are hers; a long aside that names nobody stays in the quotation', () => {
    const s = speaker(
      speakersOf(
        '“Questi due studi ci permettono di osservare con chiarezza la nascita di un oceano – spiega la professoressa Marta Ferri del dipartimento di Scienze della Terra dell’Università di Siena – I nostri dati mostrano che il mantello risale a impulsi”.',
      ),
      'Marta Ferri',
    );
    expect(s.role).toBe('professoressa');
    expect(s.quotes.map((q) => q.text)).toEqual(['Questi due studi ci permettono di osservare con chiarezza la nascita di un oceano', 'I nostri dati mostrano che il mantello risale a impulsi']);
    const aside = speaker(
      speakersOf(
        'Il sindaco Paolo Serra ha parlato ai cittadini: “La piazza sarà pronta in estate – spiega bene il cartello che da mesi sta all’ingresso del cantiere e che tutti abbiamo letto passando – e nessuno ci fermerà”.',
      ),
      'Paolo Serra',
    );
    expect(aside.quotes.map((q) => q.text)).toEqual([
      'La piazza sarà pronta in estate – spiega bene il cartello che da mesi sta all’ingresso del cantiere e che tutti abbiamo letto passando – e nessuno ci fermerà',
    ]);
  });

  it('GIVEN “La crescita …, spiega l’Ente, è la sintesi …” THEN the whole sentence is the statement; “…, dice Name Surname, sindaco di …” ends at the name', () => {
    const ente = speaker(speakersOf('Il nuovo rapporto è uscito ieri. La crescita nulla del periodo estivo, spiega Statlab, è la sintesi di consumi in aumento e investimenti in calo.'), 'Statlab');
    expect(ente.quotes.map((q) => q.text)).toEqual(['La crescita nulla del periodo estivo, spiega Statlab, è la sintesi di consumi in aumento e investimenti in calo.']);
    const sindaco = speaker(speakersOf('Il bilancio è in ordine, dice Aldo Bruni, sindaco di Valdora.'), 'Aldo Bruni');
    expect(sindaco.quotes.map((q) => q.text)).toEqual(['Il bilancio è in ordine']);
  });

  it('GIVEN ““…”, ha ripetuto poi la sindaca Surname” THEN “ripetere” reports the quotation; “la rete ha ripetuto gli episodi” is no statement', () => {
    const s = speaker(speakersOf('“Il ponte riaprirà a marzo”, ha ripetuto poi la sindaca Irene Galli.'), 'Irene Galli');
    expect(s.quotes.map((q) => [q.kind, q.text])).toEqual([['direct', 'Il ponte riaprirà a marzo']]);
    expect(speakersOf('La rete Televalle ha ripetuto gli episodi della serie ogni domenica.')).toEqual([]);
  });

  it('GIVEN ““…”, ha esordito X”, “X che ha ironizzato: “…””, “Così risponde il presidente X”, typewritten “Cosi’” (an apostrophe for the accent) THEN each quotation is its speaker’s; “Y, e il ministro …, X” gives Y no role', () => {
    const drafts = speakersOf(
      'Scontro in aula tra la vicepresidente, Marta Cerri, e il ministro dei Trasporti, Paolo Lenzi, durante il question time. “Strano un question time così vuoto”, ha esordito Lenzi.',
      'Lo scontro si conclude con Paolo Lenzi che ha ironizzato: “Non volevo turbare il sonno di nessuno”.',
      '"Governare". Cosi\' risponde il presidente del Consiglio Aldo Serra a chi lo interpella all\'uscita.',
      '“Il prima possibile”. Così ha risposto la ministra Elena Dori ai giornalisti.',
    );
    expect(speaker(drafts, 'Paolo Lenzi').quotes.map((q) => [q.paragraph, q.kind, q.text]).filter(([, k]) => k === 'direct')).toEqual([
      [1, 'direct', 'Strano un question time così vuoto'],
      [2, 'direct', 'Non volevo turbare il sonno di nessuno'],
    ]);
    expect(speaker(drafts, 'Aldo Serra').quotes.map((q) => q.text)).toEqual(['Governare']);
    expect(speaker(drafts, 'Elena Dori').quotes.map((q) => q.text)).toEqual(['Il prima possibile']);
    expect(drafts.some((d) => /^Cosi/.test(d.name))).toBe(false);
    expect(drafts.find((d) => d.name === 'Marta Cerri')?.role).toBeUndefined();
    // "esordire" away from a quotation is a debut, not speech; nor is a court case "X contro Y, che ha ritenuto …"
    expect(speakersOf('La squadra ha esordito Paolo Lenzi in serie A domenica scorsa.')).toEqual([]);
    expect(speakersOf('Lo ha reso difficile la sentenza Sparf contro Stati Uniti, che ha ritenuto che il giudice non debba informare i giurati.')).toEqual([]);
    // One word before "che" names the speaker too, unless "di" makes it a complement ("la grazia di Dio che sostiene …")
    const one = speakersOf('Il ministro Paolo Lenzi ha parlato a lungo in aula.', 'Il dibattito si chiude con Lenzi che ha ironizzato: “Non volevo disturbare nessuno”.');
    expect(speaker(one, 'Paolo Lenzi').quotes.some((q) => q.kind === 'direct' && q.text === 'Non volevo disturbare nessuno')).toBe(true);
    expect(speakersOf('La grazia è quella grazia di Dio che sostiene i credenti nel cammino verso la perfezione.')).toEqual([]);
    // "ha chiesto a Lenzi di “…”": the one asked stands between the verb and "di", and is no speaker
    const asked = speakersOf('Marta Cerri ha quindi chiesto a Lenzi di “non fare polemiche”, spiegando che “ci sono commissioni in corso”.');
    expect(asked.map((d) => [d.name, d.quotes.filter((q) => q.kind === 'direct').map((q) => q.text)])).toEqual([['Marta Cerri', ['non fare polemiche', 'ci sono commissioni in corso']]]);
  });

  it('GIVEN a paragraph opening with a quotation after someone else’s, and a later sentence naming its speaker (“Lo ha detto Y”) THEN it is Y’s, not a continuation of the one before', () => {
    const drafts = speakersOf('“I conti sono in ordine”, ha detto l’assessore Paolo Lenzi.', '“Il porto riapre a maggio”. Lo ha detto la presidente dell’Autorità portuale, Irene Sala.');
    expect(speaker(drafts, 'Irene Sala').quotes.map((q) => q.text)).toEqual(['Il porto riapre a maggio']);
    expect(speaker(drafts, 'Paolo Lenzi').quotes.map((q) => q.text)).toEqual(['I conti sono in ordine']);
  });

  it('GIVEN “X parla tuttavia di “…” nel mercato …” THEN a sentence adverb between “parla” and “di” keeps it a reporting verb', () => {
    const s = speaker(speakersOf('Il centro studi Econlab parla tuttavia di “scricchiolii” nel mercato del lavoro.'), 'Econlab');
    expect(has(s.quotes, 1, 'direct', 'scricchiolii')).toBe(true);
    expect(has(s.quotes, 1, 'reported', 'parla tuttavia di')).toBe(true);
  });

  it('GIVEN “… – interviene l’assessore Name Surname – …” and “… – puntualizza – …” THEN the verbs of taking the floor are inserts; “Interviene la polizia” outside a quotation names no speaker', () => {
    const drafts = speakersOf(
      'Sul posto interviene la polizia municipale, che chiude la strada.',
      '"È stato meglio così – interviene l’assessore ai lavori pubblici Carlo Serra – perché la gru avrebbe rovinato il prato. Riapriremo a maggio – puntualizza – senza altri costi".',
    );
    expect(drafts.map((d) => d.name)).toEqual(['Carlo Serra']);
    expect(speaker(drafts, 'Carlo Serra').quotes.map((q) => q.text)).toEqual(['È stato meglio così', 'perché la gru avrebbe rovinato il prato. Riapriremo a maggio', 'senza altri costi']);
  });

  it('GIVEN ““…” queste le parole del vicesindaco Name Surname” (no verb; a deputy’s office) THEN the quotation is theirs, their role the office', () => {
    const s = speaker(speakersOf('“Al momento siamo tranquilli, i lavori riprenderanno presto” queste le parole del vicesindaco Marco Villa.'), 'Marco Villa');
    expect(s.role).toBe('vicesindaco');
    expect(s.quotes.map((q) => [q.kind, q.text])).toEqual([['direct', 'Al momento siamo tranquilli, i lavori riprenderanno presto']]);
  });

  it('GIVEN “– ha dichiarato il sindaco –” and the person of that office named only in the title THEN the quotation is theirs; a role the title does not name stays unnamed', () => {
    const text = '“Ho voluto verificare di persona il cantiere – ha dichiarato il sindaco – per limitare i disagi ai cittadini”.';
    const titled = extractSpeakers(parseArticle(`---\ntitle: "Sopralluogo del sindaco Elena Riva al cantiere"\nlang: it\n---\n\n${text}\n`, 'titolo.md'));
    expect(speaker(titled, 'Elena Riva').quotes.map((q) => q.text)).toEqual(['Ho voluto verificare di persona il cantiere', 'per limitare i disagi ai cittadini']);
    expect(speakersOf(text)).toEqual([]);
  });

  it('GIVEN “Vi abbiamo segnalato … sul tavolo- molto prima del voto- … - manda a dire- …” THEN only the dashes around a reporting verb are an insert', () => {
    const s = speaker(
      speakersOf(
        'Le opposizioni attaccano la giunta. In aula, Sara Gobbi, Verdi: “Vi abbiamo segnalato da mesi sul tavolo- molto prima del voto- i nostri dubbi sul bilancio - manda a dire- avete avuto tutto il tempo di correggere, ma avete preferito ignorarci”.',
      ),
      'Sara Gobbi',
    );
    expect(s.quotes.map((q) => q.text)).toEqual([
      'Vi abbiamo segnalato da mesi sul tavolo- molto prima del voto- i nostri dubbi sul bilancio',
      'avete avuto tutto il tempo di correggere, ma avete preferito ignorarci',
    ]);
  });
});

describe('an office before the person named in apposition', () => {
  it("GIVEN \"…'' dice il capo Dipartimento nazionale della Protezione civile, Name Surname, then more quotations THEN all are theirs, the office their role", () => {
    const drafts = speakersOf(
      "Alluvione in Romagna. \"Non c'è memoria di eventi di questo tipo'' dice il capo Dipartimento nazionale della Protezione civile, Fabrizio Curcio. ''Abbiamo ancora criticità di soccorso'' sottolinea.",
    );
    expect(drafts.map((d) => [d.name, d.role])).toEqual([['Fabrizio Curcio', 'capo Dipartimento nazionale della Protezione civile']]);
    expect(speaker(drafts, 'Fabrizio Curcio').quotes.filter((q) => q.kind === 'direct').map((q) => q.text)).toEqual(["Non c'è memoria di eventi di questo tipo", 'Abbiamo ancora criticità di soccorso']);
  });
});

describe('an organisation named after the elided article', () => {
  it('GIVEN “L’Istat sottolinea …”, “Lo comunica l’Istat”, ““…”, commenta l’Istituto” THEN every statement is the Istat’s, the institute being the Istat again', () => {
    const drafts = speakersOf(
      'Nel mese di ottobre l’indice dei prezzi aumenta dello 0,9% su base annua. Lo comunica l’Istat confermando la stima preliminare. “Ad ottobre l’inflazione risale”, commenta l’Istituto.',
      'L’Istat sottolinea come gli andamenti dei settori siano differenziati.',
    );
    expect(drafts.map((d) => [d.name, d.sort])).toEqual([['Istat', 'organisation']]);
    const istat = speaker(drafts, 'Istat');
    expect(has(istat.quotes, 1, 'reported', 'l’indice dei prezzi aumenta')).toBe(true);
    expect(has(istat.quotes, 1, 'direct', 'Ad ottobre l’inflazione risale')).toBe(true);
    expect(has(istat.quotes, 2, 'reported', 'gli andamenti dei settori siano differenziati')).toBe(true);
  });
});

describe('a name with its role in brackets before a colon', () => {
  it('GIVEN “Name Surname (allenatore Team):”…”” for two coaches THEN each quotation is its coach’s, with the role', () => {
    const drafts = speakersOf(
      'SAMMARGHERITESE-MAGRA AZZURRI 4-1',
      'Marco Camisa (allenatore Sammargheritese):”Finalmente una domenica serena, ci voleva. Abbiamo interpretato bene il match”.',
      'DON BOSCO-GOLFO PARADISO 1-1',
      'Mauro Foppiano (allenatore Golfo Paradiso):”Si ferma a sei gare la striscia di vittorie, ma questo è un ottimo punto”.',
    );
    expect(drafts.map((d) => [d.name, d.role])).toEqual([
      ['Marco Camisa', 'allenatore Sammargheritese'],
      ['Mauro Foppiano', 'allenatore Golfo Paradiso'],
    ]);
    expect(has(speaker(drafts, 'Mauro Foppiano').quotes, 4, 'direct', 'Si ferma a sei gare')).toBe(true);
  });
});

describe('surnames with a particle', () => {
  it('GIVEN a capitalised particle or an elided surname after a given name (“Sal Da Vinci”, “Ignazio La Russa”, “Gigi D’Alessio”) THEN the whole name speaks; at a sentence’s start “Da” stays a preposition', () => {
    const name = (p: string) => speakersOf(p).map((d) => d.name);
    expect(name('Sal Da Vinci ha dichiarato: “La vittoria è di tutti”.')).toEqual(['Sal Da Vinci']);
    expect(name('Ignazio La Russa ha detto: “Bene così”.')).toEqual(['Ignazio La Russa']);
    expect(name('Gigi D’Alessio ha detto: “Grazie a tutti”.')).toEqual(['Gigi D’Alessio']);
    expect(name('Da Palazzo Chigi il premier Giuseppe Conte ha detto: “Andiamo avanti”.')).toEqual(['Giuseppe Conte']);
  });
});

describe('a paragraph that only names who speaks next', () => {
  it('GIVEN “Name Surname, role:” or “Name Surname:” (named before) on a line of its own THEN the paragraph after it, spoken in the first person, is theirs', () => {
    const drafts = speakersOf(
      'Hanno parlato ai microfoni del club il tecnico Massimo Spagnolli e la capitana Melanie Kuenrath.',
      'Massimo Spagnolli, allenatore del Trento:',
      'Sono contento della risposta che ha dato il gruppo in un momento difficile per le assenze.',
      'Melanie Kuenrath:',
      '“Abbiamo fatto la partita fin dal primo minuto. Ci è mancato solo il gol”.',
      'Poi la squadra è rientrata negli spogliatoi.',
    );
    expect(speaker(drafts, 'Massimo Spagnolli').role).toBe('allenatore del Trento');
    expect(has(speaker(drafts, 'Massimo Spagnolli').quotes, 3, 'direct', 'Sono contento della risposta')).toBe(true);
    expect(speaker(drafts, 'Melanie Kuenrath').quotes.map((q) => [q.paragraph, q.kind, q.text])).toEqual([[5, 'direct', 'Abbiamo fatto la partita fin dal primo minuto. Ci è mancato solo il gol']]);
  });

  it('GIVEN a heading that announces someone’s words (“Le parole di Name Surname, role, …”, “Di seguito, le parole della presidente … Name Surname”) THEN the quotation paragraphs after it are theirs (title lines between them too), up to the next paragraph of the article’s own', () => {
    const drafts = speakersOf(
      'Alle 11 inizia la conferenza stampa annuale.',
      'Le parole di Carlo Bartoli, presidente dell’Ordine dei giornalisti, all’inizio della conferenza',
      '“Il Parlamento approvi la riforma della professione. Dopo 61 anni, abbiamo chiesto una riforma seria”.',
      'Di seguito, le parole della presidente del Consiglio Giorgia Meloni',
      '“Non sono un limite per la libertà di stampa. Nel 2024 ho risposto a una domanda al giorno”',
      '“Non ritengo di dovermi difendere da queste previsioni”',
      'La multa per diffamazione solo per casi limite',
      '“Per la diffamazione resta la multa fino a 50 mila euro”',
      'Il governo ha lavorato a lungo sul caso della giornalista arrestata.',
      '“Ieri è stata una bella giornata”',
    );
    expect(speaker(drafts, 'Carlo Bartoli').role).toBe('presidente dell’Ordine dei giornalisti');
    expect(speaker(drafts, 'Carlo Bartoli').quotes.map((q) => q.paragraph)).toEqual([3]);
    // A title line between quotations keeps her speaking; a paragraph of the article's own ends her words.
    expect(speaker(drafts, 'Giorgia Meloni').quotes.map((q) => q.paragraph)).toEqual([5, 6, 8]);
    expect(speakersOf('Le parole di Papa Francesco sono state ricordate da tutti i vescovi della regione.', '“Pace a voi”.')).toEqual([]);
  });

  it('GIVEN “Name, role, clause:” on a line of its own THEN the role is the apposition up to the next comma, not the clause', () => {
    const [bruni] = speakersOf('Aldo Bruni, allenatore del Lerici, ha rilasciato una intervista al Secolo per commentare l’impresa della sua squadra:', '“La nostra salvezza è assolutamente meritata”.');
    expect([bruni!.name, bruni!.role, bruni!.quotes.map((q) => q.text)]).toEqual(['Aldo Bruni', 'allenatore del Lerici', ['La nostra salvezza è assolutamente meritata']]);
  });

  it('GIVEN a name alone on its line with no colon (“Blanco”), named before, THEN the quotation paragraph after it is theirs; a place the article writes alone before the name (“il Festival di Sanremo Blanco e Mahmood”) is not part of it', () => {
    const drafts = speakersOf(
      'Vincono il Festival di Sanremo Blanco e Mahmood con “Brividi”. Il premio della critica va a un altro.',
      'Le dichiarazioni dei vincitori dalla sala stampa di Sanremo.',
      'Blanco',
      '«Quando ero piccolo facevo dannare i miei genitori». Come è nata "Brividi": «Ci siamo incontrati in studio». L’affetto dei fan? «Sono momenti incredibili».',
    );
    expect(drafts.map((d) => [d.name, d.sort])).toEqual([['Blanco', 'person']]);
    // (the song the interviewer's question names, right before its colon, is no answer)
    expect(speaker(drafts, 'Blanco').quotes.map((q) => [q.paragraph, q.kind, q.text])).toEqual([
      [4, 'direct', 'Quando ero piccolo facevo dannare i miei genitori'],
      [4, 'direct', 'Ci siamo incontrati in studio'],
      [4, 'direct', 'Sono momenti incredibili'],
    ]);
    // Named nowhere before, a name alone on its line is no label (a caption, a signature); nor is a place the article
    // writes alone ("a Valdora"), nor a name over words not in the first person.
    expect(speakersOf('La serata è finita tardi.', 'Blanco', '«Sono momenti incredibili».')).toEqual([]);
    expect(speakersOf('Il sindaco ha parlato a Valdora ieri sera.', 'Valdora', '«Abbiamo chiuso le scuole».')).toEqual([]);
    expect(speakersOf('Vince il Festival Blanco con “Brividi”.', 'Blanco', '«Una canzone potente», secondo la critica.').map((d) => d.name)).not.toContain('Blanco');
  });

  it('GIVEN a label of a place, or of a name never introduced, or a paragraph after it not in the first person THEN nobody is made a speaker', () => {
    expect(speakersOf('In Nuova Zelanda si vota.', 'Nuova Zelanda:', 'Il paese ha votato ieri per il nuovo parlamento.')).toEqual([]);
    expect(speakersOf('Mario Rossi:', 'Abbiamo votato ieri per il nuovo parlamento.')).toEqual([]);
  });
});

describe('a role as the subject of a reporting verb', () => {
  it('GIVEN “Il ministro ha detto che …” after the minister was named THEN the statement is theirs; with nobody named in that role, nobody’s', () => {
    const drafts = speakersOf('Il ministro della Difesa, Carlo Benvenuti, ha detto che i danni sono ingenti.', 'Il ministro ha detto che i fondi arriveranno presto dal governo centrale.');
    expect(has(speaker(drafts, 'Carlo Benvenuti').quotes, 2, 'reported', 'i fondi arriveranno presto')).toBe(true);
    expect(speakersOf('Il ministro ha detto che i fondi arriveranno presto dal governo centrale.')).toEqual([]);
  });

  it('GIVEN “il presidente si è detto “fiducioso …”” THEN the quotation is the president’s, once, as direct speech; the impersonal “Si è detto che …” names nobody', () => {
    const drafts = speakersOf(
      'Il sorvolo è stato effettuato dal presidente della Regione, Roberto Cota. “Abbiamo visto - ha dichiarato Cota - gli argini costruiti in un’ora”.',
      'I filmati faranno parte della documentazione per lo stato di calamità. Su questo aspetto il presidente si è detto “fiducioso in un’anticipazione dei fondi per i danni”.',
    );
    const second = speaker(drafts, 'Roberto Cota').quotes.filter((q) => q.paragraph === 2);
    expect(second.map((q) => [q.kind, q.text])).toEqual([['direct', 'fiducioso in un’anticipazione dei fondi per i danni']]);
    expect(speakersOf('Si è detto che il ponte sarebbe stato riaperto entro l’estate.')).toEqual([]);
  });
});

describe('officers and their ranks', () => {
  it('GIVEN “ROMA (ITALPRESS) – “…”. Il Comandante Generale dell’Arma, Generale Name, si congratula con …” then ““…” – ha concluso il Comandante Generale – “…”” after another sentence THEN every quotation is Name’s, the rank no part of the name', () => {
    const drafts = speakersOf(
      'ROMA (ITALPRESS) – “Esprimo il più vivo apprezzamento per il successo dell’operazione”. Il Comandante Generale dell’Arma dei Carabinieri, Generale Paolo Serra, si congratula con il Comando provinciale di Vicenza.',
      'Risultati che dimostrano la fondamentale azione dell’Arma. “Lo Stato” – ha concluso il Comandante Generale – “ha dimostrato che il diritto ha la meglio”.',
    );
    expect(drafts.map((d) => d.name)).toEqual(['Paolo Serra']);
    const quotes = drafts[0]!.quotes;
    expect(has(quotes, 1, 'direct', 'Esprimo il più vivo apprezzamento')).toBe(true);
    expect(has(quotes, 2, 'direct', 'Lo Stato')).toBe(true);
    expect(has(quotes, 2, 'direct', 'ha dimostrato che il diritto')).toBe(true);
    // a rank before a name is a title, as an office is
    expect(speakersOf('Il Colonnello Loreto Biscardi ha detto che le indagini continuano.').map((d) => [d.name, d.role])).toEqual([['Loreto Biscardi', 'Colonnello']]);
  });

  it('GIVEN “Proprio mamma Name ha speso parole d’orgoglio per …: “…”. “… – ha aggiunto – …”” after her son spoke THEN both quotations are hers', () => {
    const drafts = speakersOf(
      '“Era il mio sogno da bambino”, ha detto Marco Lodi dopo la gara. È nato a Roma dalla madre, Anna Sarti.',
      'Proprio mamma Anna ha speso parole d’orgoglio per la medaglia conquistata dal figlio: “La sua vita è stata un grande sacrificio". "Avevo buone sensazioni – ha aggiunto – e lo avevo detto".',
    );
    const sarti = speaker(drafts, 'Anna Sarti');
    expect(has(sarti.quotes, 2, 'direct', 'La sua vita è stata un grande sacrificio')).toBe(true);
    expect(has(sarti.quotes, 2, 'direct', 'Avevo buone sensazioni')).toBe(true);
    expect(speaker(drafts, 'Marco Lodi').quotes.filter((q) => q.paragraph === 2)).toEqual([]);
  });
});

describe('an article that opens with a quotation', () => {
  it('GIVEN a first paragraph of quotations nobody said, then “Il colonnello X, comandante del …, non ci gira intorno. E ribadisce …: …” THEN the quotations and the reported words are X’s; a quotation paragraph later in the article is not given that way', () => {
    const drafts = speakersOf(
      '«Gli incendi? Non esistono roghi che si sviluppino per autocombustione. La colpa è solo dell’uomo».',
      'Il colonnello Piero Sanna, comandante del gruppo forestale di Parma, non ci gira intorno. E ribadisce con la fermezza dell’esperienza quello che nessuno vuole ammettere: c’è molto caldo, non piove da parecchio.',
    );
    expect(drafts.map((d) => d.name)).toEqual(['Piero Sanna']);
    expect(has(drafts[0]!.quotes, 1, 'direct', 'Gli incendi? Non esistono roghi')).toBe(true);
    expect(has(drafts[0]!.quotes, 2, 'reported', 'c’è molto caldo')).toBe(true);
    const later = speakersOf(
      'Il bosco è bruciato per tre giorni.',
      '«La colpa è solo dell’uomo».',
      'Il colonnello Piero Sanna, comandante del gruppo forestale di Parma, è arrivato sul posto.',
    );
    expect(later.flatMap((d) => d.quotes).filter((q) => q.text.includes('La colpa'))).toEqual([]);
  });
});

describe('an article that opens with a quotation, then its speaker says more', () => {
  it('GIVEN a first paragraph «…», then “Il questore X spiega così i recenti servizi …” THEN the quotation is X’s; in a later paragraph it is not given that way', () => {
    const drafts = speakersOf('«Le nostre operazioni hanno una finalità: contrastare l’illegalità nel rione».', 'Il questore Danilo Sanna spiega così i recenti servizi antidroga nel quartiere.');
    expect(has(speaker(drafts, 'Danilo Sanna').quotes, 1, 'direct', 'Le nostre operazioni hanno una finalità')).toBe(true);
    const later = speakersOf('Il quartiere è cambiato.', '«Le nostre operazioni hanno una finalità».', 'Il questore Danilo Sanna spiega così i recenti servizi antidroga.');
    expect(later.flatMap((d) => d.quotes).filter((q) => q.text.includes('Le nostre operazioni'))).toEqual([]);
  });

  it('GIVEN “Name Surname, esponente del Comitato … che si oppone al progetto, ha spiegato che …” THEN it is their reported statement (an office of a group, a service or a trade)', () => {
    const drafts = speakersOf('Paolo Lodi, esponente del Comitato 4p che si oppone al progetto, ha spiegato che la Regione potrebbe impedire l’impianto.');
    expect(drafts.map((d) => d.name)).toEqual(['Paolo Lodi']);
    expect(has(drafts[0]!.quotes, 1, 'reported', 'la Regione potrebbe impedire')).toBe(true);
  });
});

describe('a gerund of saying after a clause of another verb', () => {
  it('GIVEN “…, la vicepresidente della giunta X oppone un netto rifiuto, dicendo che …” THEN it is X’s reported statement; the object of an infinitive before is no speaker', () => {
    const drafts = speakersOf('Di fronte alla richiesta di sospendere per contattare Giampedrone e ottenere le deleghe, la vicepresidente della giunta Anna Viale oppone un netto rifiuto, dicendo che bastano le risposte scritte.');
    expect(drafts.map((d) => d.name)).toEqual(['Anna Viale']);
    expect(has(drafts[0]!.quotes, 1, 'reported', 'bastano le risposte scritte')).toBe(true);
    expect(speakersOf('Per contattare Mario Rossi e la giunta oppone un rifiuto, dicendo che bastano le risposte.')).toEqual([]);
  });

  it('GIVEN “… Lo afferma X, presidente dell’Associazione …, sottolineando la situazione critica …” THEN X’s reported statement holds what the gerund stresses; “ricordando il padre” is no statement', () => {
    const drafts = speakersOf('Il Nord Italia è sofferente. Lo afferma Franco Lodi, presidente dell’Associazione dei consorzi, sottolineando la situazione critica per la mancanza di piogge.');
    expect(has(speaker(drafts, 'Franco Lodi').quotes, 1, 'reported', 'sottolineando la situazione critica')).toBe(true);
    expect(speakersOf('La piazza era piena, ricordando il padre del sindaco.')).toEqual([]);
  });

  it('GIVEN a party or a company named as a source (“Secondo il Partito Democratico …”, “Il 31 luglio, The Walt Disney Company ha annunciato …”) THEN it is an organisation, not a person', () => {
    expect(speakersOf('Secondo il Partito Democratico la minoranza è stata zittita.').map((d) => [d.name, d.sort])).toEqual([['Partito Democratico', 'organisation']]);
    expect(speakersOf('Il 31 luglio, The Walt Disney Company ha annunciato un accordo di fusione.').map((d) => [d.name, d.sort])).toEqual([['Walt Disney Company', 'organisation']]);
  });
});

describe('quotations run on over paragraphs, and the speaker named after them', () => {
  it('GIVEN «… (a paragraph), «… (another, opening it again), «…», – dichiarano gli allenatori X e Y THEN the three paragraphs are both coaches’', () => {
    const drafts = speakersOf(
      'La squadra ha vinto il titolo italiano.',
      '«È stato un fine settimana davvero straordinario, tutti gli atleti hanno dimostrato una grande intelligenza.',
      '«La presenza di quattro equipaggi nelle finali sottolinea la qualità della nostra squadra.',
      '«Questi risultati rappresentano la vittoria di un progetto costruito negli anni», – dichiarano gli allenatori Andrea Lodi e Marco Sanna.',
    );
    for (const name of ['Andrea Lodi', 'Marco Sanna']) {
      const quotes = speaker(drafts, name).quotes;
      expect(has(quotes, 2, 'direct', 'È stato un fine settimana'), name).toBe(true);
      expect(has(quotes, 3, 'direct', 'La presenza di quattro equipaggi'), name).toBe(true);
      expect(has(quotes, 4, 'direct', 'Questi risultati rappresentano'), name).toBe(true);
    }
  });

  it('GIVEN “«…», ha concluso X.” then a paragraph of quotations, then “Così il presidente della Repubblica, Y, nel suo intervento …” THEN that paragraph is Y’s, not X’s; a quotation in the opener’s own sentence leaves the paragraph before to X', () => {
    const drafts = speakersOf(
      '«Vogliamo essere all’altezza di questa sfida», ha concluso il presidente Luciano Neri.',
      '«Da tempo desideravo visitare i Laboratori e sono riconoscente per questo».',
      'Così il presidente della Repubblica, Sergio Lodi, nel suo intervento alla cerimonia.',
    );
    expect(has(speaker(drafts, 'Sergio Lodi').quotes, 2, 'direct', 'Da tempo desideravo')).toBe(true);
    expect(has(speaker(drafts, 'Luciano Neri').quotes, 2, 'direct', 'Da tempo desideravo')).toBe(false);
    const own = speakersOf(
      '«Vogliamo essere all’altezza di questa sfida», ha concluso il presidente Luciano Neri.',
      '«Da tempo desideravo visitare i Laboratori e sono riconoscente per questo».',
      '«Siamo preoccupati» queste le parole del vicepresidente Aldo Ferri.',
    );
    expect(has(speaker(own, 'Luciano Neri').quotes, 2, 'direct', 'Da tempo desideravo')).toBe(true);
  });

  it('GIVEN ““…”. Lo ha detto ad Amelia la presidente della Provincia e sindaca di Amelia Laura Neri” THEN the quotation is Laura Neri’s, not the town’s', () => {
    const drafts = speakersOf('"Con grande piacere oggi inauguriamo la casa della comunità". Lo ha detto ad Amelia la presidente della Provincia e sindaca di Amelia Laura Neri in occasione dell’inaugurazione.');
    expect(drafts.map((d) => d.name)).toEqual(['Laura Neri']);
    expect(has(drafts[0]!.quotes, 1, 'direct', 'Con grande piacere')).toBe(true);
  });
});

describe('a verb that opens the sentence, its complement, then its subject', () => {
  it('GIVEN “Parla di medicina del futuro il governatore del Veneto X, …: “… – afferma – …”” after someone else spoke THEN the quotation is X’s; “Parla di Mario Rossi il sindaco, …” names nobody new', () => {
    const drafts = speakersOf(
      'Il direttore Mario Bassi ha parlato.',
      'Parla di medicina del futuro il governatore del Veneto Luca Sarti, in una regione che vanta oltre 60 robot: “È stata una scelta strategica – afferma – fatta in tempi non sospetti”.',
    );
    expect(has(speaker(drafts, 'Luca Sarti').quotes, 2, 'direct', 'È stata una scelta strategica')).toBe(true);
    expect(has(speaker(drafts, 'Mario Bassi').quotes, 2, 'direct', 'È stata una scelta strategica')).toBe(false);
    expect(speakersOf('Parla di Mario Rossi il sindaco, durante la cerimonia.').map((d) => d.name)).not.toContain('Mario Rossi');
  });
});

describe('a club’s promotion party', () => {
  it('GIVEN “«… − sottolineano il sindaco X e il vicesindaco Y −. …»” (the minus sign as the dash), ““…” secondo Name (Comitato) e Name (CONI)”, “anche il Sindaco di San Benedetto Name, che ha ricordato …” THEN each statement is its speakers’', () => {
    const minus = speakersOf('Il vicesindaco è Carla Pireri.', '«Dopo anni di lavoro apre l’Emporio Solidale − sottolineano il sindaco Alberto Lodi e il vicesindaco Pireri −. Si tratta di un segnale molto forte».');
    for (const name of ['Alberto Lodi', 'Carla Pireri']) expect(has(speaker(minus, name).quotes, 2, 'direct', 'Si tratta di un segnale'), name).toBe(true);
    const brackets = speakersOf('Il club è “una realtà d’esempio per tutto il territorio” secondo Vittorio Sanna (Comitato Marche) e Fabio Neri (CONI Marche).');
    for (const name of ['Vittorio Sanna', 'Fabio Neri']) expect(has(speaker(brackets, name).quotes, 1, 'direct', 'una realtà d’esempio'), name).toBe(true);
    const mayor = speakersOf('Sul palco, anche il Sindaco di San Benedetto Antonio Serra, che ha ricordato il percorso del club dalla Serie C fino alla A.');
    expect(mayor.map((d) => d.name)).toEqual(['Antonio Serra']);
  });
});

describe('the mayor named after his words', () => {
  it('GIVEN “il sindaco di Venezia annuncia: “…””, “… ogni esperienza insegna: “…””, “Sono le parole del sindaco di Venezia X …”, “– aggiunge –”, “il sindaco ha così commentato: “…”” THEN every quotation is X’s; “«…», questa la proposta del presidente Y” in one sentence keeps the paragraph before from Y', () => {
    const drafts = speakersOf(
      'Le proteste hanno avuto un esito, dato che il sindaco di Venezia annuncia preventivamente: “Stanotte alziamo il Mose”.',
      'È stata una giornata di tregenda e ogni esperienza insegna: “Il Mose è in preallarme, stanno arrivando gli operai”.',
      'Sono le parole del sindaco di Venezia Luigi Sarti sulla base delle previsioni meteo.',
      '“Speriamo che si scarichi in mare l’acqua della laguna – aggiunge – per poter alzare il Mose”.',
      'Sul mancato azionamento di oggi, il sindaco ha così commentato: “Bisogna essere più veloci nel poter reagire”.',
    );
    const quotes = speaker(drafts, 'Luigi Sarti').quotes;
    expect(has(quotes, 1, 'direct', 'Stanotte alziamo il Mose')).toBe(true);
    expect(has(quotes, 2, 'direct', 'Il Mose è in preallarme')).toBe(true);
    expect(has(quotes, 4, 'direct', 'Speriamo che si scarichi')).toBe(true);
    expect(has(quotes, 5, 'direct', 'Bisogna essere più veloci')).toBe(true);
    const own = speakersOf(
      'Molti vogliono rientrare in fabbrica, spiegano i manifestanti, "perché il lavoro è dignità".',
      '"La Regione aprirà un tavolo politico", questa la proposta del presidente della Regione Carlo Neri.',
    );
    expect(has(speaker(own, 'Carlo Neri').quotes, 1, 'direct', 'perché il lavoro è dignità')).toBe(false);
  });
});

describe('a paragraph that only names who announced the one before', () => {
  it('GIVEN “(ANSA) - TERNI, 30 DIC - Due nuovi corsi …” then a paragraph “Ad annunciarlo è stato il rettore dell’Ateneo, X, durante …” and later “… ha detto il rettore. Che ha poi sottolineato come …” THEN the first paragraph (without its dateline) and the relative’s sentence are X’s reported statements', () => {
    const drafts = speakersOf(
      '(ANSA) - TERNI, 30 DIC - Due nuovi corsi di laurea per il Polo di Terni: il Senato accademico ne ha proposto l’attivazione.',
      'Ad annunciarlo è stato questo pomeriggio il rettore dell’Ateneo, Mario Sanna, durante una conferenza stampa online.',
      '"Il Polo ternano è strategico" ha detto il rettore. Che ha poi sottolineato come le due attivazioni siano frutto "dell’ascolto del territorio".',
    );
    expect(drafts.map((d) => d.name)).toEqual(['Mario Sanna']);
    const quotes = drafts[0]!.quotes;
    expect(quotes.filter((q) => q.paragraph === 1).map((q) => [q.kind, q.text])).toEqual([['reported', 'Due nuovi corsi di laurea per il Polo di Terni: il Senato accademico ne ha proposto l’attivazione.']]);
    expect(has(quotes, 3, 'reported', 'Che ha poi sottolineato come le due attivazioni')).toBe(true);
    // a paragraph that goes on after the opener's sentence says something of its own: the paragraph before is no one's
    const more = speakersOf('Due nuovi corsi di laurea per il Polo di Terni.', 'Ad annunciarlo è stato il rettore dell’Ateneo, Mario Sanna. I corsi partiranno a ottobre.');
    expect(more.flatMap((d) => d.quotes).filter((q) => q.paragraph === 1)).toEqual([]);
  });
});

describe('a presentation in a square: the president and the coach', () => {
  it('GIVEN ““…”, le parole del presidente X, che specifica, “…”” and “Poi mister Y che torna … e dichiara: “…”” THEN the two quotations are X’s and the last Y’s', () => {
    const drafts = speakersOf(
      '“Ovviamente c’è rammarico per la retrocessione”, le parole del presidente Pasini, che specifica, “vince uno ma siamo qui per fare bene”.',
      'Poi mister Lodi che torna dopo avere allenato le giovanili e dichiara: “Sono contento e felice di essere tornato a casa”.',
    );
    expect(has(speaker(drafts, 'Pasini').quotes, 1, 'direct', 'Ovviamente c’è rammarico')).toBe(true);
    expect(has(speaker(drafts, 'Pasini').quotes, 1, 'direct', 'vince uno ma siamo qui')).toBe(true);
    expect(has(speaker(drafts, 'Lodi').quotes, 2, 'direct', 'Sono contento e felice')).toBe(true);
    // a relative whose antecedent is no name says nothing of the verb after its "e"
    expect(speakersOf('Poi il pubblico che torna allo stadio e dichiara: “Siamo felici”.')).toEqual([]);
  });

  it('GIVEN “…, come sottolineato dal direttore generale della Regione, X, …” THEN the sentence is X’s reported statement; “come previsto dal regolamento” names no one', () => {
    const drafts = speakersOf('A presentare il nuovo bus, il primo completamente elettrico della regione, come sottolineato dal direttore generale della Regione, Vincenzo Sanna, il sindaco e gli assessori.');
    expect(drafts.map((d) => d.name)).toEqual(['Vincenzo Sanna']);
    expect(has(drafts[0]!.quotes, 1, 'reported', 'il primo completamente elettrico')).toBe(true);
    expect(speakersOf('La seduta è stata sospesa, come previsto dal regolamento del Consiglio.')).toEqual([]);
  });
});

describe('the paper spoken to, named with its capitalised article', () => {
  it('GIVEN “… - dice a Il Sole 24 Ore X, direttore generale … - …” or “«…», ha detto a La Stampa Y” THEN the speaker is the person, not the paper', () => {
    const insert = speakersOf('“Il via alla stagione sciistica - dice a Il Sole 24 Ore Bruno Lodi, direttore generale delle Funivie - è previsto il 29 novembre”.');
    expect(insert.map((d) => d.name)).toEqual(['Bruno Lodi']);
    expect(has(insert[0]!.quotes, 1, 'direct', 'è previsto il 29 novembre')).toBe(true);
    expect(speakersOf('«Il porto riaprirà», ha detto a La Stampa Mario Sanna.').map((d) => d.name)).toEqual(['Mario Sanna']);
  });
});

describe('an office with its complement before the person', () => {
  it('GIVEN “Per l’assessore all’Istruzione X “…””, “«…», ha detto l’assessore alla Cultura Y” THEN the quotation is the named person’s, the office with its complement their role', () => {
    const per = speakersOf('Per l’assessore all’Istruzione Tiziana Neri “il Palio è la festa di tutti, che corona un anno di lavoro”.');
    expect(per.map((d) => [d.name, d.role])).toEqual([['Tiziana Neri', 'assessore all’Istruzione']]);
    expect(has(per[0]!.quotes, 1, 'direct', 'il Palio è la festa di tutti')).toBe(true);
    const after = speakersOf('«Il museo riapre a maggio», ha detto l’assessore alla Cultura Mario Sarti.');
    expect(after.map((d) => [d.name, d.role])).toEqual([['Mario Sarti', 'assessore alla Cultura']]);
    // an institution after the preposition, and no person, is no one
    expect(speakersOf('Per il presidente di Ferrovie dello Stato il piano è pronto.')).toEqual([]);
  });

  it('GIVEN “X fa eco alle parole del procuratore Y, sottolineando che …” THEN it is X’s reported statement, not Y’s', () => {
    const drafts = speakersOf('Federico Lodi, segretario del sindacato, ha parlato ieri.', 'Lodi fa eco alle parole del procuratore Nicola Sarti, sottolineando che il sovraffollamento è spesso un diversivo.');
    expect(has(speaker(drafts, 'Federico Lodi').quotes, 2, 'reported', 'il sovraffollamento è spesso un diversivo')).toBe(true);
    expect(drafts.map((d) => d.name)).not.toContain('Nicola Sarti');
  });
});

describe('statements made together', () => {
  const bothSay = (drafts: readonly SpeakerDraft[], kind: Quote['kind'], text: string) =>
    ['Eugenio Giani', 'Monia Monni'].map((n) => has(speaker(drafts, n).quotes, 2, kind, text));

  it('GIVEN “… – hanno detto il presidente Name Surname e l’assessora Name Surname – …” THEN the quotation is both speakers’, with their roles', () => {
    const drafts = speakersOf(
      'La Protezione civile regionale ha inviato una squadra in Romagna.',
      '“Per ora – hanno detto il presidente Eugenio Giani e l’assessora all’ambiente Monia Monni – abbiamo inviato una decina di tecnici. Ma confidiamo di inviare altri aiuti”.',
    );
    expect(bothSay(drafts, 'direct', 'abbiamo inviato una decina di tecnici')).toEqual([true, true]);
    expect(speaker(drafts, 'Monia Monni').role).toBe('assessora all’ambiente');
  });

  it('GIVEN ““…”, hanno detto Name Surname e Name Surname” and “Name Surname e Name Surname hanno spiegato che …” THEN the statement is both speakers’, and “hanno detto:” adds no reported statement', () => {
    expect(bothSay(speakersOf('Il vertice si è chiuso ieri.', '“Serve un piano nazionale contro le alluvioni”, hanno detto il presidente Eugenio Giani e l’assessora Monia Monni.'), 'direct', 'Serve un piano nazionale')).toEqual([true, true]);
    expect(bothSay(speakersOf('Il vertice si è chiuso ieri.', 'Il presidente Eugenio Giani e l’assessora Monia Monni hanno spiegato che la situazione resta drammatica.'), 'reported', 'la situazione resta drammatica')).toEqual([true, true]);
    const colon = speakersOf('Il vertice si è chiuso ieri.', 'A Firenze il presidente Eugenio Giani e l’assessora Monia Monni hanno detto: “Serve un piano nazionale contro le alluvioni”.');
    expect(bothSay(colon, 'direct', 'Serve un piano nazionale')).toEqual([true, true]);
    expect(speaker(colon, 'Monia Monni').quotes.filter((q) => q.kind === 'reported')).toEqual([]);
  });

  it('GIVEN a statement then “Lo hanno detto il segretario Name Surname e la presidente Name Surname” THEN the statement is both speakers’, with their roles; “Lo ha detto X, con Y” is X’s alone', () => {
    const drafts = speakersOf('Il vertice si è chiuso ieri.', 'Il contratto sarà firmato entro l’estate e porterà aumenti per tutti. Lo hanno detto il segretario Mario Bianchi e la presidente Anna Neri, al termine dell’incontro.');
    for (const name of ['Mario Bianchi', 'Anna Neri']) expect(has(speaker(drafts, name).quotes, 2, 'reported', 'Il contratto sarà firmato entro l’estate')).toBe(true);
    expect(speaker(drafts, 'Anna Neri').role).toBe('presidente');
    expect(speakersOf('“Il contratto sarà firmato entro l’estate”. Lo ha detto Mario Bianchi, con Anna Neri.').map((d) => d.name)).toEqual(['Mario Bianchi']);
  });

  it('GIVEN “Secondo Name Surname e Name Surname, …” THEN the sentence is both speakers’; “Secondo X la Toscana e l’Umbria …” is X’s alone', () => {
    const drafts = speakersOf('Il vertice si è chiuso ieri.', 'Secondo Eugenio Giani e Monia Monni, la situazione resta drammatica.');
    for (const name of ['Eugenio Giani', 'Monia Monni']) expect(has(speaker(drafts, name).quotes, 2, 'reported', 'la situazione resta drammatica')).toBe(true);
    expect(speakersOf('Il vertice si è chiuso ieri.', 'Secondo Eugenio Giani la Toscana e l’Umbria sono pronte ad aiutare.').map((d) => d.name)).toEqual(['Eugenio Giani']);
  });

  it('GIVEN a plural verb whose subject is a group (“I sindacati e le imprese hanno detto …”) THEN nobody is made a speaker', () => {
    expect(speakersOf('Il contratto è stato firmato.', 'I sindacati e le imprese hanno detto che il contratto è una buona notizia per tutti.')).toEqual([]);
  });

  it('GIVEN two speakers after their plural office (“«…», affermano i consiglieri X e Y, «…»”), then “aggiungono”, “evidenziano Y e X”, “concludono i due consiglieri” THEN every quotation is both speakers’, and nothing outside the quotations is a statement', () => {
    const drafts = speakersOf(
      '«La vicenda sta diventando grottesca», affermano i consiglieri Marta Lodi e Piero Sanna, «Il consiglio è stato convocato e poi revocato».',
      'Ugualmente, aggiungono, «il presidente è in attesa di un parere. Bastava ascoltare le opposizioni», evidenziano Sanna e Lodi, «che chiedevano il rinvio».',
      '«Tutto questo era evitabile», concludono i due consiglieri, «con il buon senso».',
    );
    for (const name of ['Marta Lodi', 'Piero Sanna']) {
      const quotes = speaker(drafts, name).quotes;
      expect(has(quotes, 1, 'direct', 'La vicenda sta diventando grottesca'), name).toBe(true);
      expect(has(quotes, 1, 'direct', 'Il consiglio è stato convocato'), name).toBe(true);
      expect(has(quotes, 2, 'direct', 'il presidente è in attesa'), name).toBe(true);
      expect(has(quotes, 2, 'direct', 'che chiedevano il rinvio'), name).toBe(true);
      expect(has(quotes, 3, 'direct', 'Tutto questo era evitabile'), name).toBe(true);
      expect(has(quotes, 3, 'direct', 'con il buon senso'), name).toBe(true);
      expect(quotes.filter((q) => q.kind === 'reported'), name).toEqual([]);
    }
    expect(drafts.map((d) => d.name).sort()).toEqual(['Marta Lodi', 'Piero Sanna']);
    // a plural office before one name is no lead-in to it; “i due” with nobody who spoke together names no one
    expect(speakersOf('«La vicenda è grottesca», dicono i consiglieri Marta Lodi.')).toEqual([]);
    const one = speakersOf('Il sindaco Aldo Neri ha detto che la scuola apre lunedì.', '«Tutto era evitabile», concludono i due consiglieri.');
    expect(one.flatMap((d) => d.quotes).filter((q) => q.text.includes('Tutto era evitabile'))).toEqual([]);
  });

  it('GIVEN a list of three names before a plural verb (“In una lettera a Nature, Mann, Bradley e Hughes hanno sottolineato che …”) THEN each of the three said it, and what stands before the list is no one', () => {
    const drafts = speakersOf('In una lettera del 2006 alla rivista Scienza, Luca Mori, Anna Pace e Ugo Sala hanno sottolineato che il loro studio era prudente.');
    expect(drafts.map((d) => d.name).sort()).toEqual(['Anna Pace', 'Luca Mori', 'Ugo Sala']);
    for (const d of drafts) expect(has(d.quotes, 1, 'reported', 'il loro studio era prudente'), d.name).toBe(true);
  });
});

describe('role nouns standing for the person named before', () => {
  it('GIVEN ““…”, ha aggiunto il ministro.” after “Lo ha detto il ministro dell’Ambiente, Name Surname” THEN the minister is Name Surname, and a programme’s name in quotation marks is no statement', () => {
    const s = speaker(
      speakersOf(
        '“Quello che abbiamo promesso sui parchi lo faremo entro la legislatura”. Lo ha detto il ministro dell’Ambiente, Ugo Fabbri, ospite di “Mattinale” su Radio Lago. “Non ho mai visto una squadra così unita”, ha aggiunto il ministro.',
      ),
      'Ugo Fabbri',
    );
    expect(has(s.quotes, 1, 'direct', 'Quello che abbiamo promesso sui parchi')).toBe(true);
    expect(has(s.quotes, 1, 'direct', 'Non ho mai visto una squadra')).toBe(true);
    expect(s.quotes.some((q) => q.text === 'Mattinale')).toBe(false);
  });

  it('GIVEN “Lo ha detto il ministro …, Name Surname, a “Programme” su Channel” after a list’s bullet THEN the programme’s name is no statement, and the statement is given without the bullet', () => {
    const s = speaker(
      speakersOf('- Il bilancio sarà approvato entro l’estate. Lo ha detto l’assessora al Bilancio, Nadia Corsi, a “Prima pagina” su Radio Lago. “Non ci saranno nuove tasse”, ha aggiunto Corsi.'),
      'Nadia Corsi',
    );
    expect(s.quotes.map((q) => [q.kind, q.text])).toEqual([
      ['reported', 'Il bilancio sarà approvato entro l’estate.'],
      ['direct', 'Non ci saranno nuove tasse'],
    ]);
  });

  it('GIVEN the AD quoted, then “come ha evidenziato l’AD: “…”” and “ha spiegato in un post … l’AD Name Surname” THEN the AD is Name Surname', () => {
    const s = speaker(
      speakersOf(
        '“Il piano è ambizioso ma realistico”, ha detto l’AD di Ferrovie Lacustri Laura Pini.',
        'A dimostrarlo sono i conti, come ha evidenziato l’AD: “Entro dicembre avremo raddoppiato la rete”. “Durante l’incontro con i sindaci abbiamo preso impegni precisi”, ha spiegato in un post sul sito aziendale l’AD Laura Pini.',
      ),
      'Laura Pini',
    );
    expect(has(s.quotes, 2, 'direct', 'Entro dicembre avremo raddoppiato')).toBe(true);
    expect(has(s.quotes, 2, 'direct', 'Durante l’incontro con i sindaci')).toBe(true);
  });

  it('GIVEN ““…”, ha sottolineato la sindaca.” after “ha detto Surname” THEN the mayor is Surname', () => {
    const s = speaker(
      speakersOf(
        'Alla presentazione del piano è intervenuta la sindaca di Valdora Irene Basso.',
        '“Le nuove piste ciclabili saranno pronte a giugno”, ha detto Basso. “Siamo a un passo da una città più pulita”, ha sottolineato la sindaca.',
      ),
      'Irene Basso',
    );
    expect(has(s.quotes, 2, 'direct', 'Siamo a un passo da una città')).toBe(true);
  });

  it('GIVEN ““…”, ha aggiunto durante la visita … accompagnata dal presidente dell’Ente Name Surname” THEN the speaker stays the one before: a name after a preposition is not the subject', () => {
    const drafts = speakersOf(
      '“Sono venuta a ringraziare chi lavora qui ogni giorno”, ha detto la premier Giulia Orsini arrivando in redazione.',
      '“Il servizio pubblico è un bene di tutti”, ha aggiunto durante la visita alle sale di montaggio, accompagnata dal presidente dell’Ente Mario Ruggeri.',
    );
    expect(has(speaker(drafts, 'Giulia Orsini').quotes, 2, 'direct', 'Il servizio pubblico è un bene')).toBe(true);
    expect(drafts.find((d) => d.name === 'Mario Ruggeri')?.quotes ?? []).toEqual([]);
  });
});

describe('subjects written before the verb or the colon', () => {
  it('GIVEN “Name Surname, Ministra del Turismo, ha dichiarato: “…”” THEN the name before the apposition speaks, and an event’s title in quotation marks is no statement', () => {
    const drafts = speakersOf(
      'Al teatro comunale la mostra “Cento anni di scena” ha aperto le celebrazioni.',
      'Gemma Mele, Ministra del Turismo, ha dichiarato: “Il teatro di provincia è stato una scuola di libertà”.',
    );
    const s = speaker(drafts, 'Gemma Mele');
    expect(has(s.quotes, 2, 'direct', 'Il teatro di provincia')).toBe(true);
    expect(s.role).toBe('Ministra del Turismo');
    expect(drafts.flatMap((d) => d.quotes).some((q) => q.text.includes('Cento anni'))).toBe(false);
  });

  it('GIVEN “avverte il leader di Org, Name Surname, che al congresso chiede di …” THEN the relative clause is theirs too', () => {
    const s = speaker(
      speakersOf(
        'Gli artigiani chiedono meno tasse sul lavoro.',
        '“Crescere senza lasciare indietro nessuno”, avverte il leader di Confartigiani, Dario Costa, che al congresso di categoria chiede di investire nella formazione dei giovani.',
      ),
      'Dario Costa',
    );
    expect(s.role).toBe('leader di Confartigiani');
    expect(has(s.quotes, 2, 'direct', 'Crescere senza lasciare indietro')).toBe(true);
    expect(has(s.quotes, 2, 'reported', 'chiede di investire nella formazione')).toBe(true);
  });

  it('GIVEN “Surname ha quindi espresso "…"” THEN an adverb between auxiliary and participle keeps the verb', () => {
    const s = speaker(
      speakersOf('Durante la visita al centro di ricerca, Bellini ha quindi espresso "gratitudine e stima per chi cura i malati rari".'),
      'Bellini',
    );
    expect(has(s.quotes, 1, 'direct', 'gratitudine e stima')).toBe(true);
  });

  it('GIVEN “Dello stesso tono, Name Surname, Party: “…”” and “Per Name Surname, Party, la soluzione è drastica: “…”” THEN a full name before the colon or after “Per” speaks, and the parties do not', () => {
    const drafts = speakersOf(
      'Dello stesso tono, Marco Riva, Ps: “Troppe cose non tornano in questo bilancio”. Per Lucia Ferrante, Pdcs, la soluzione è drastica: “Ritiriamo la delibera e ricominciamo da capo”.',
    );
    expect(has(speaker(drafts, 'Marco Riva').quotes, 1, 'direct', 'Troppe cose non tornano')).toBe(true);
    const ferrante = speaker(drafts, 'Lucia Ferrante');
    expect(has(ferrante.quotes, 1, 'direct', 'Ritiriamo la delibera')).toBe(true);
    expect(has(ferrante.quotes, 1, 'reported', 'la soluzione è drastica')).toBe(true);
    expect(drafts.some((d) => d.name === 'Ps' || d.name === 'Pdcs')).toBe(false);
  });

  it('GIVEN two speakers in one sentence, the second after its quotation THEN each quotation goes to its own speaker', () => {
    const drafts = speakersOf(
      'Il ministro degli Esteri Tomas Varga ha parlato ai giornalisti.',
      'Varga ha detto: “Questa non è una vendetta, è la legge” e “Spero davvero che la vicenda si chiuda presto”, mentre il suo portavoce Imre Bodo ha scritto: “Il ministro Varga ha detto la verità”.',
    );
    const minister = speaker(drafts, 'Tomas Varga');
    const spokesman = speaker(drafts, 'Imre Bodo');
    expect(has(minister.quotes, 2, 'direct', 'Questa non è una vendetta')).toBe(true);
    expect(has(minister.quotes, 2, 'direct', 'Spero davvero')).toBe(true);
    expect(has(spokesman.quotes, 2, 'direct', 'Il ministro Varga ha detto')).toBe(true);
    expect(spokesman.quotes.some((q) => q.text.includes('Spero'))).toBe(false);
  });
});

describe('stances and quotations written without their opening mark', () => {
  it('GIVEN “Name Surname, Party, si associa alla richiesta di Other:Words …- aggiunge- …”” THEN the words after the colon are their quotation without the insert, and joining the request is their reported stance', () => {
    const drafts = speakersOf(
      'Lucia Ferrante, Pdcs, chiede di ritirare la delibera. Dario Costa, Verdi, si associa alla richiesta di Ferrante:Sono richieste che facciamo da mesi- aggiunge- nessuno può più rimandare la riforma dei trasporti”.',
    );
    const costa = speaker(drafts, 'Dario Costa');
    expect(costa.quotes.filter((q) => q.kind === 'direct').map((q) => q.text)).toEqual(['Sono richieste che facciamo da mesi', 'nessuno può più rimandare la riforma dei trasporti']);
    expect(has(costa.quotes, 1, 'reported', 'si associa alla richiesta di Ferrante')).toBe(true);
    expect(drafts.some((d) => d.name === 'Verdi' || d.name === 'Pdcs')).toBe(false);
    expect(speaker(drafts, 'Lucia Ferrante').quotes.some((q) => q.text.includes('Sono richieste'))).toBe(false);
  });

  it('GIVEN “…, parola di X, direttore …” THEN the clause is X’s reported statement; “la parola di X” as an object is none; an honorific after the office’s comma (“il parroco, don X”) is no part of the office', () => {
    const word = speakersOf('Gli impianti chiudono una stagione più che soddisfacente, parola di Aldo Bruni, direttore della skiarea.');
    expect(has(speaker(word, 'Aldo Bruni').quotes, 1, 'reported', 'una stagione più che soddisfacente')).toBe(true);
    expect(speakersOf('Il sindaco ha mantenuto la parola di Aldo Bruni sul cantiere.').map((d) => d.name)).not.toContain('Aldo Bruni');
    const priest = speaker(speakersOf('Ha parlato il parroco, don Mario Neri, che ha detto che la festa tornerà l’anno prossimo.'), 'Mario Neri');
    expect(priest.role).toBe('parroco');
  });

  it('GIVEN X’s words, then “«… – commenta però il comitato – …»” or “– si chiede una manifestante –” THEN those words are nobody’s the article names, not X’s; “– commenta il presidente –” or a name still speaks', () => {
    const opening = 'La notizia è stata data dalla presidente dell’istituto Anna Riva. «Il salasso ci è stato comunicato con una mail» ha detto Riva.';
    for (const group of ['però il comitato', 'la famiglia', 'i residenti della zona', 'una manifestante']) {
      const drafts = speakersOf(opening, `«A maggior ragione oggi – commenta ${group} – pagare un euro in più è un problema».`);
      expect(speaker(drafts, 'Anna Riva').quotes.some((q) => q.text.includes('pagare un euro')), group).toBe(false);
    }
    const named = speakersOf(opening, '«A maggior ragione oggi – commenta Marco Neri – pagare un euro in più è un problema».');
    expect(has(speaker(named, 'Marco Neri').quotes, 2, 'direct', 'pagare un euro in più')).toBe(true);
    const office = speakersOf(opening, '«A maggior ragione oggi – commenta la presidente – pagare un euro in più è un problema».');
    expect(has(speaker(office, 'Anna Riva').quotes, 2, 'direct', 'pagare un euro in più')).toBe(true);
    // (one person the article speaks of, after the definite article, is the one in focus)
    const student = speakersOf('Lo studente Marco Riva ha preso cento alla maturità.', 'L’esame che cambia? «Nessuno spavento – chiarisce il ragazzo – la prendo come una sfida».');
    expect(has(speaker(student, 'Marco Riva').quotes, 2, 'direct', 'Nessuno spavento')).toBe(true);
  });

  it('GIVEN “«…» sentenzia X.” and ““… – chiude il segretario generale X – …”” THEN the words are X’s; “la pizzeria chiude i battenti” reports nothing', () => {
    const verdict = speakersOf('«Tutti parlano dei giovani, ma nessuno parla con i giovani» sentenzia Fabio Riva.');
    expect(has(speaker(verdict, 'Fabio Riva').quotes, 1, 'direct', 'Tutti parlano dei giovani')).toBe(true);
    const closing = speakersOf('La presidente Anna Neri ha aperto l’incontro.', '“Per la Camera di Commercio – chiude il segretario generale Marco Riva – è un’ottima notizia”.');
    expect(has(speaker(closing, 'Marco Riva').quotes, 2, 'direct', 'è un’ottima notizia')).toBe(true);
    const shop = speakersOf('La storica pizzeria di Marco Riva chiude i battenti dopo 24 anni.');
    expect(shop.flatMap((d) => d.quotes)).toEqual([]);
  });

  it('GIVEN “Il titolare X chiude.” then “Questioni familiari, le ragioni dell’addio: “…” racconta.” THEN the words are X’s (a sentence’s capitalised first word is no speaker); a shop’s name in quotation marks (“alla guida di “Pizzikko””) is no quotation, a word said after a colon is', () => {
    const owner = speakersOf('Il titolare Marco Riva chiude la pizzeria dopo 24 anni.', 'Questioni familiari ed economiche, le ragioni dell’addio: “Tanti cambiamenti nel nostro settore” racconta.');
    expect(has(speaker(owner, 'Marco Riva').quotes, 2, 'direct', 'Tanti cambiamenti nel nostro settore')).toBe(true);
    expect(owner.map((d) => d.name)).not.toContain('Questioni');
    const shop = speakersOf('Il titolare Marco Riva ripercorre i suoi anni alla guida di “Pizzikko”: “Ho visto generazioni di clienti”.');
    expect(has(speaker(shop, 'Marco Riva').quotes, 1, 'direct', 'Ho visto generazioni di clienti')).toBe(true);
    expect(shop.some((d) => d.quotes.some((q) => q.text === 'Pizzikko'))).toBe(false);
    const said = speakersOf('Il sindaco Marco Riva ha risposto al cronista: “Resign”.');
    expect(has(speaker(said, 'Marco Riva').quotes, 1, 'direct', 'Resign')).toBe(true);
  });

  it('GIVEN “Lo ha reso noto il Garante dei detenuti, X.” (the office capitalised by deference) THEN the sentence before is X’s reported statement and X holds the office', () => {
    const drafts = speakersOf('Un detenuto si è tolto la vita nel carcere di Valdora. Lo ha reso noto il Garante delle persone private della libertà personale, Marco Riva.');
    const guarantor = speaker(drafts, 'Marco Riva');
    expect(has(guarantor.quotes, 1, 'reported', 'Un detenuto si è tolto la vita')).toBe(true);
    expect(guarantor.role).toBe('Garante delle persone private della libertà personale');
    expect(drafts.map((d) => d.name)).not.toContain('Garante');
  });

  it('GIVEN “– spiega a ilGiornaleLocale.it il geologo X –”, “– spiega il segretario del Sab, Sindacato Autonomo Balneari della Confcommercio, X –” and “«…». A tracciare il quadro è X, presidente …” THEN each quotation is X’s (a website’s name ends no sentence; a body spelt out after its initials is no person; the cleft of one who sums up)', () => {
    const site = speakersOf('«Bisogna lavorare insieme – spiega a ilGiornaleLocale.it il geologo Marco Riva – e rispettare le regole».');
    expect(has(speaker(site, 'Marco Riva').quotes, 1, 'direct', 'Bisogna lavorare insieme')).toBe(true);
    const body = speakersOf('«Il mare ha portato legname – spiega il segretario regionale del Sab, Sindacato Autonomo Balneari della Confcommercio, Paolo Neri – ma non ci sono danni».');
    expect(body.map((d) => d.name)).not.toContain('Sindacato Autonomo Balneari');
    expect(has(speaker(body, 'Paolo Neri').quotes, 1, 'direct', 'Il mare ha portato legname')).toBe(true);
    const cleft = speakersOf('«Nessun aumento sulle spiagge quest’anno». A tracciare il quadro è Luca Bruni, presidente regionale dei balneari.');
    expect(has(speaker(cleft, 'Luca Bruni').quotes, 1, 'direct', 'Nessun aumento sulle spiagge')).toBe(true);
    const warning = speakersOf('«Servono risorse per la costa». A lanciare l’allarme è stata Anna Riva, sindaca di Valdora.');
    expect(has(speaker(warning, 'Anna Riva').quotes, 1, 'direct', 'Servono risorse per la costa')).toBe(true);
  });

  it('GIVEN “il vescovo della diocesi di Valdora – Monte Alto – Borgo Nuovo, monsignor X,” THEN the places joined by dashes are the office’s complement and X holds the office; a person set off by dashes after an office is still read (“il sindaco di Valdora – Marco Riva – ha detto”)', () => {
    const chained = speakersOf(
      'Il messaggio del vescovo della diocesi di Valdora – Monte Alto – Borgo Nuovo, monsignor Paolo Riva, è arrivato alla vigilia.',
      '«Siamo una sola comunità – ha detto il vescovo – e lo resteremo».',
    );
    expect(chained.map((d) => d.name)).not.toContain('Monte Alto');
    expect(has(speaker(chained, 'Paolo Riva').quotes, 2, 'direct', 'Siamo una sola comunità')).toBe(true);
    const apposed = speakersOf('«Siamo soddisfatti» ha detto il sindaco di Valdora – Marco Neri – durante la seduta.');
    expect(has(speaker(apposed, 'Marco Neri').quotes, 1, 'direct', 'Siamo soddisfatti')).toBe(true);
  });

  it('GIVEN “”…”, ha detto a Tele7 X, sindaco …” and “«…». Così all’ANSA X, sindaco …” THEN the words are X’s (a medium’s name with digits is no part of a person’s; a medium named after an elided preposition needs no comma)', () => {
    const tv = speakersOf('“L’abbiamo sentita bene, la gente è scesa in strada”, ha detto a Tele7 Marco Riva, sindaco di Valdora.');
    expect(has(speaker(tv, 'Marco Riva').quotes, 1, 'direct', 'L’abbiamo sentita bene')).toBe(true);
    expect(tv.map((d) => d.name)).not.toContain('Tele7 Marco Riva');
    const agency = speakersOf('Una scossa è stata avvertita in serata.', '“La botta si è sentita forte, ma non ci sono danni”.', 'Così all’ANSA Paolo Neri, sindaco di Valdora, a pochi chilometri dall’epicentro.');
    expect(has(speaker(agency, 'Paolo Neri').quotes, 2, 'direct', 'La botta si è sentita forte')).toBe(true);
  });

  it('GIVEN three prosecutors named with their offices, then “Il procuratore nazionale antimafia ha riferito che “…”” THEN the words are the one’s named with that office, adjectives included', () => {
    const drafts = speakersOf(
      'In conferenza stampa il procuratore nazionale antimafia Marco Riva, il procuratore di Valdora Paolo Neri e il procuratore aggiunto Luca Bruni.',
      'Il procuratore nazionale antimafia ha riferito ai cronisti che “alla fine dell’operazione gli arresti saranno oltre quaranta”.',
    );
    expect(has(speaker(drafts, 'Marco Riva').quotes, 2, 'direct', 'gli arresti saranno oltre quaranta')).toBe(true);
    expect(drafts.filter((d) => d.name !== 'Marco Riva').flatMap((d) => d.quotes).some((q) => q.text.includes('quaranta'))).toBe(false);
  });

  it('GIVEN “X, delegato del Sindaco di Valdora per le Politiche Sportive: “…”” and an office with commas of its own before the colon THEN the words are X’s', () => {
    const long = speakersOf('Marco Riva, delegato del Sindaco di Valdora Capitale per le Politiche Sportive: “La corsa è un successo e continuiamo a dimostrarlo”.');
    expect(has(speaker(long, 'Marco Riva').quotes, 1, 'direct', 'La corsa è un successo')).toBe(true);
    const listed = speakersOf('Paolo Neri, presidente Commissione Cultura, Sport, Politiche giovanili e Comunicazione di Valdora: “Il successo nasce da un lavoro serrato”.');
    expect(has(speaker(listed, 'Paolo Neri').quotes, 1, 'direct', 'Il successo nasce da un lavoro serrato')).toBe(true);
  });

  it('GIVEN “come spiega il segretario della Federazione Italiana Medici di Famiglia X “…”” THEN the person is X, not the body’s last words', () => {
    const drafts = speakersOf('Una carenza che, come spiega il segretario pisano della Federazione Italiana Medici di Famiglia Marco Riva, “è destinata a peggiorare”.');
    expect(has(speaker(drafts, 'Marco Riva').quotes, 1, 'direct', 'è destinata a peggiorare')).toBe(true);
    expect(speaker(drafts, 'Marco Riva').role).toBe('segretario pisano della Federazione Italiana Medici di Famiglia');
    expect(drafts.map((d) => d.name)).not.toContain('Italiana Medici');
  });

  it('GIVEN “la supercampionessa valdostana, X” then ““…”, ha spiegato la supercampionessa” THEN the words are X’s (an office with “super-” is the office)', () => {
    const drafts = speakersOf('Alla corsa ha scelto di partecipare anche la supercampionessa valdostana, Anna Riva.', '“Mi piace l’idea di servire una causa”, ha spiegato la supercampionessa. Domenica ci sarà anche lei.');
    expect(has(speaker(drafts, 'Anna Riva').quotes, 2, 'direct', 'Mi piace l’idea di servire una causa')).toBe(true);
  });

  it('GIVEN X’s words, then a paragraph opening on a dateline alone, “VALDORA. «…»” THEN the quotation goes on with X', () => {
    const drafts = speakersOf('Il colonnello dei carabinieri Marco Riva: «Abbiamo ripreso tutto con le telecamere»', 'VALDORA. «La piazza era un emporio a cielo aperto. I clienti non prendevano accordi al telefono: andavano lì e compravano».');
    expect(has(speaker(drafts, 'Marco Riva').quotes, 2, 'direct', 'La piazza era un emporio a cielo aperto')).toBe(true);
  });

  it('GIVEN “«…». Lo ha detto, parlando all’emittente tv Canale 9, il comandante …, X, riferendosi …” THEN the words are X’s (a gerund’s clause between commas after the verb is set aside)', () => {
    const drafts = speakersOf('«Affrontiamo un fronte molto vasto e il vento non aiuta». Lo ha detto, parlando all’emittente tv Canale 9, il comandante dei vigili del fuoco di Valdora, Piero Gallo, riferendosi al rogo sulla collina.');
    expect(has(speaker(drafts, 'Piero Gallo').quotes, 1, 'direct', 'Affrontiamo un fronte molto vasto')).toBe(true);
    expect(speaker(drafts, 'Piero Gallo').role).toBe('comandante dei vigili del fuoco di Valdora');
  });

  it('GIVEN a heading that says whose words follow (“## LA REPLICA DI NERI (FIN)”, “## Il commento del presidente Neri”, “## Parla Neri”) over a quotation nobody is said to have said THEN the quotation is that person’s, not the last speaker’s', () => {
    for (const heading of ['## LA REPLICA DI NERI (FIN)', '## Il commento del presidente Neri', '## Parla Neri']) {
      const drafts = speakersOf('Il presidente del comitato, Marco Riva, ha detto: “La trovo una sentenza vergognosa”.', heading, '“Ognuno può esprimere le proprie opinioni. Noi siamo sereni, ma dispiaciuti”.');
      const neri = drafts.find((d) => d.name.split(/\s+/u).includes('Neri'));
      expect(neri && has(neri.quotes, 2, 'direct', 'Ognuno può esprimere le proprie opinioni'), heading).toBe(true);
      expect(speaker(drafts, 'Marco Riva').quotes.some((q) => q.paragraph === 2), heading).toBe(false);
    }
  });

  it('GIVEN “il consigliere X (Lista Alfa)”, then ““…” - tuona il consigliere di Lista Alfa -” and later “il consigliere Y non ci sta: “…”” THEN the first words are X’s (of those named with the office, the one whose bracket holds what the office is of), the later ones Y’s', () => {
    const drafts = speakersOf(
      'I capigruppo rientrano nella sala con gli sguardi cupi, in particolare quello del consigliere Marco Gallo (Valdora Unita) e della consigliera Anna Pini (Verdi).',
      '“Ci siamo trovati di fronte a un atto di prepotenza della maggioranza - tuona il consigliere di Valdora Unita - Abbandono la seduta”.',
      'Ma il consigliere Paolo Ferri non ci sta: “Nella riunione di oggi non si è deciso nulla”.',
    );
    expect(has(speaker(drafts, 'Marco Gallo').quotes, 2, 'direct', 'Ci siamo trovati di fronte a un atto di prepotenza')).toBe(true);
    expect(speaker(drafts, 'Paolo Ferri').quotes.some((q) => q.paragraph === 2)).toBe(false);
    expect(has(speaker(drafts, 'Paolo Ferri').quotes, 3, 'direct', 'Nella riunione di oggi')).toBe(true);
  });

  it('GIVEN “Tra i presenti anche X, primo avversario della squadra con Y: “…”” and “X si è astenuto …, dichiarando di non aver ricevuto …” THEN both are X’s (an apposition naming a person before the colon; a gerund of saying with its infinitive)', () => {
    const colon = speakersOf('Tra i presenti anche Paolo Ferri, primo avversario della squadra con Valdora: “Mi sento motivato e felice di giocare in un campionato così competitivo”.');
    expect(has(speaker(colon, 'Paolo Ferri').quotes, 1, 'direct', 'Mi sento motivato e felice')).toBe(true);
    // (an apposition with a verb is a clause, not who speaks: "Piazza Dante, rifatta dal Comune:")
    expect(speakersOf('Tra le novità anche Piazza Dante, rifatta dal costruttore con i fondi europei: “un gioiello”.').map((d) => d.name)).not.toContain('Piazza Dante');
    const gerund = speakersOf('Il consigliere Luca Berti si è astenuto durante il voto sul bilancio, dichiarando di non aver ricevuto i documenti in tempo.');
    expect(has(speaker(gerund, 'Luca Berti').quotes, 1, 'reported', 'dichiarando di non aver ricevuto')).toBe(true);
  });

  it('GIVEN “la 25enne bergamasca X” then “«… – rivela la 25enne –. …»” THEN the words are X’s (a person named by their age is named as by an office; “rivela” beside a quotation reports it)', () => {
    const drafts = speakersOf(
      'La protesta della 25enne bergamasca Sara Colombo contro i prezzi delle stanze continua da giorni.',
      '«Non credo che tornerò a dormire sotto il portico – rivela la 25enne –. Ora tocca ad altri».',
    );
    expect(has(speaker(drafts, 'Sara Colombo').quotes, 2, 'direct', 'Non credo che tornerò a dormire sotto il portico')).toBe(true);
    const trentenne = speakersOf('Il trentenne Marco Sala ha aperto il locale a giugno.', '«Il quartiere ci ha accolto bene», confida il trentenne.');
    expect(has(speaker(trentenne, 'Marco Sala').quotes, 2, 'direct', 'Il quartiere ci ha accolto bene')).toBe(true);
    // (words that merely end like an age are no person: "solenne", "perenne")
    expect(speakersOf('«La cerimonia sarà breve», ha detto il perenne.').map((d) => d.name)).not.toContain('perenne');
  });

  it('GIVEN “Per il soprintendente X, poi, il ritrovamento “…””, and “– ha raccontato la dottoressa –” in an article naming “la dottoressa X” THEN each is the person’s (the offices and professions of heritage, medicine and animal care)', () => {
    const heritage = speakersOf('Per il soprintendente Marco Riva, poi, il ritrovamento “dimostra l’efficacia della tutela”.');
    expect(has(speaker(heritage, 'Marco Riva').quotes, 1, 'direct', 'dimostra l’efficacia della tutela')).toBe(true);
    const vet = speakersOf(
      'Il cane è stato affidato alle cure della dottoressa Lucia Sereni, che gestisce il canile.',
      '“Quando è arrivato era in precarie condizioni – ha raccontato la dottoressa – lo abbiamo reidratato”.',
    );
    expect(has(speaker(vet, 'Lucia Sereni').quotes, 2, 'direct', 'Quando è arrivato era in precarie condizioni')).toBe(true);
  });

  it('GIVEN “… al posto di X. Quest’ultimo, nella sua relazione ha evidenziato …” THEN the statement is X’s (the last person named in full), whose surname alone then names them rather than another person of that surname who says nothing; “il ruolo di presidente prima dell’uscente X” gives X no office', () => {
    const drafts = speakersOf(
      'L’assemblea ha confermato Paolo Riva e ha eletto Marco Neri, dopo un triennio di assenza, al ruolo di presidente prima dell’uscente Luca Neri. Quest’ultimo, nella sua relazione ha evidenziato come il mandato sia stato difficile.',
      '«Sono orgoglioso del lavoro fatto – ha detto Neri – e lascio un consorzio in salute».',
    );
    const luca = speaker(drafts, 'Luca Neri');
    expect(has(luca.quotes, 1, 'reported', 'Quest’ultimo, nella sua relazione ha evidenziato')).toBe(true);
    expect(has(luca.quotes, 2, 'direct', 'Sono orgoglioso del lavoro fatto')).toBe(true);
    expect(luca.role ?? '').not.toContain('prima');
    expect(drafts.map((d) => d.name)).not.toContain('Neri');
    expect(drafts.map((d) => d.name)).not.toContain('Marco Neri');
    // (a pronoun subject with an adjunct set off by commas: “Lui, dopo la visita, ha detto …”)
    const pronoun = speakersOf('Il sindaco Aldo Bruni ha visitato il cantiere. Lui, dopo la visita, ha detto che i lavori finiranno a maggio.');
    expect(has(speaker(pronoun, 'Aldo Bruni').quotes, 1, 'reported', 'i lavori finiranno a maggio')).toBe(true);
  });

  it('GIVEN someone’s quotation, then a sentence naming nobody and a quotation (“La richiesta alle famiglie è stata di 100 euro. «C’è chi ha donato di più»”) THEN the quotation goes on with them; a sentence naming someone else, or two sentences, leave it to nobody', () => {
    const words = '«Abbiamo pensato a lungo a come trovare i fondi - spiega il parroco -. Poi abbiamo fatto appello alla generosità».';
    const opening = 'Il parroco, don Marco Riva, ha chiesto aiuto ai fedeli per il campanile.';
    const bridged = speakersOf(opening, words, 'La richiesta alle famiglie è stata di 100 euro al mese. «C’è chi ha donato di più e chi di meno».');
    expect(has(speaker(bridged, 'Marco Riva').quotes, 3, 'direct', 'C’è chi ha donato di più')).toBe(true);
    const inParagraph = speakersOf(opening, `${words} Il campanile è alto 54 metri. «Ora i lavori possono partire».`);
    expect(has(speaker(inParagraph, 'Marco Riva').quotes, 2, 'direct', 'Ora i lavori possono partire')).toBe(true);
    const other = speakersOf(opening, words, 'La richiesta di Paolo Neri alle famiglie è stata di 100 euro. «C’è chi ha donato di più e chi di meno».');
    expect(speaker(other, 'Marco Riva').quotes.some((q) => q.text.includes('C’è chi ha donato'))).toBe(false);
    const two = speakersOf(opening, words, 'La richiesta alle famiglie è stata di 100 euro. Il campanile è alto 54 metri. «C’è chi ha donato di più e chi di meno».');
    expect(speaker(two, 'Marco Riva').quotes.some((q) => q.text.includes('C’è chi ha donato'))).toBe(false);
  });

  it('GIVEN a paragraph that opens a quotation with no mark and closes it (“Sono soddisfatto – ha detto X – di aver …”.”, “Una batosta …»: così il presidente …, X, …”) THEN the words are a direct quotation of X', () => {
    const inserted = speakersOf(
      'L’assemblea ha eletto il nuovo consiglio. Il presidente uscente Marco Riva ha presentato la relazione.',
      'Sono molto soddisfatto – ha detto Riva – di aver guidato il consorzio in anni difficili. I risultati – ha sottolineato il presidente - sono di tutta la filiera”.',
    );
    const riva = speaker(inserted, 'Marco Riva');
    expect(has(riva.quotes, 2, 'direct', 'Sono molto soddisfatto')).toBe(true);
    expect(has(riva.quotes, 2, 'direct', 'sono di tutta la filiera')).toBe(true);
    const cosi = speakersOf('Una batosta, a pochi giorni dalla raccolta: i danni della grandine si sentiranno a lungo»: così il presidente di Agri Lario, Paolo Neri, che ieri ha visitato le aziende colpite.');
    expect(has(speaker(cosi, 'Paolo Neri').quotes, 1, 'direct', 'Una batosta, a pochi giorni dalla raccolta')).toBe(true);
    // (a paragraph whose first mark opens a quotation, or whose quotation a colon opens, is read as before)
    const colon = speakersOf('Dario Costa, Verdi, si associa alla richiesta:Sono richieste che facciamo da mesi”.');
    expect(speaker(colon, 'Dario Costa').quotes.some((q) => q.kind === 'direct' && q.text.startsWith('Dario Costa'))).toBe(false);
  });

  it('GIVEN “Name Surname, che ha criticato la giunta …” and “Il capogruppo Name Surname ha criticato …” THEN criticising is a reported stance, and the name after the verb is its object, not a speaker', () => {
    const drafts = speakersOf(
      '“Le scuole riapriranno a settembre”, ha affermato l’assessore Nora Villa, che ha criticato i sindacati per lo sciopero di ieri. Il capogruppo Marco Riva ha criticato Nora Villa per i ritardi nei cantieri delle palestre.',
    );
    expect(has(speaker(drafts, 'Nora Villa').quotes, 1, 'reported', 'ha criticato i sindacati per lo sciopero')).toBe(true);
    expect(has(speaker(drafts, 'Marco Riva').quotes, 1, 'reported', 'ha criticato Nora Villa per i ritardi')).toBe(true);
    expect(speaker(drafts, 'Nora Villa').quotes.some((q) => q.text.includes('ritardi nei cantieri'))).toBe(false);
  });
});

describe('a speech verb before its subject and a colon', () => {
  it('GIVEN “Nel pomeriggio replica il capogruppo Name Surname: “…”” and “Replica il capogruppo dei Party, Name Surname: “…”” THEN each quotation is the named person’s, not the one in focus', () => {
    const drafts = speakersOf(
      'La giunta difende il bilancio, ha detto l’assessora Nora Villa. Nel pomeriggio replica il capogruppo Marco Riva: “Questi conti non stanno in piedi”.',
      'Replica il capogruppo dei Verdi, Paolo Neri: “Il disavanzo è raddoppiato in un anno”.',
    );
    expect(has(speaker(drafts, 'Marco Riva').quotes, 1, 'direct', 'Questi conti non stanno in piedi')).toBe(true);
    const neri = speaker(drafts, 'Paolo Neri');
    expect(has(neri.quotes, 2, 'direct', 'Il disavanzo è raddoppiato')).toBe(true);
    expect(neri.role).toBe('capogruppo dei Verdi');
    expect(speaker(drafts, 'Nora Villa').quotes.some((q) => q.kind === 'direct')).toBe(false);
  });
});

describe('a role speaking before the person is named', () => {
  it('GIVEN “la sindaca ha sorriso …. Per i conti, ha ammesso, …” and later “Lo ha detto la sindaca Name Surname” THEN the earlier statement is that person’s, and no speaker is called by the role alone', () => {
    const drafts = speakersOf(
      'Arrivata al mercato coperto per l’inaugurazione, la sindaca ha sorriso ai commercianti. Con questi costi, ha ammesso, sarà difficile tenere aperti tutti i banchi.',
      '“Il mercato è il cuore del quartiere”. Lo ha detto la sindaca Irene Basso, davanti ai commercianti.',
    );
    const basso = speaker(drafts, 'Irene Basso');
    expect(has(basso.quotes, 1, 'reported', 'sarà difficile tenere aperti tutti i banchi')).toBe(true);
    expect(has(basso.quotes, 2, 'direct', 'Il mercato è il cuore del quartiere')).toBe(true);
    expect(drafts.map((d) => d.name)).toEqual(['Irene Basso']);
  });

  it('GIVEN a role that speaks and is never named THEN nobody is made up for it', () => {
    expect(speakersOf('Il prefetto è arrivato in ritardo. Con questo traffico, ha ammesso, nessuno arriva in orario.')).toEqual([]);
  });
});

describe('a stance shared by comparison or agreement', () => {
  it('GIVEN “Come Name Surname, presidente di …, Other non è d’accordo con …” and “Al pari di Name, Other ritiene che …” THEN the one compared shares the stance, reported, and the subject keeps the focus', () => {
    const drafts = speakersOf(
      'Come Ada Neri, presidente dell’Ordine dei medici, Luca Rossi non è d’accordo con la riforma degli ambulatori. Egli ritiene che i tempi siano troppo stretti.',
      'Al pari di Sara Gobbi, Rossi ritiene che i fondi vadano spesi prima per le guardie mediche.',
    );
    const neri = speaker(drafts, 'Ada Neri');
    expect(neri.role).toBe('presidente dell’Ordine dei medici');
    expect(neri.quotes.map((q) => [q.paragraph, q.kind])).toEqual([[1, 'reported']]);
    expect(has(neri.quotes, 1, 'reported', 'non è d’accordo con la riforma')).toBe(true);
    expect(has(speaker(drafts, 'Sara Gobbi').quotes, 2, 'reported', 'i fondi vadano spesi prima')).toBe(true);
    const rossi = speaker(drafts, 'Luca Rossi');
    expect(has(rossi.quotes, 1, 'reported', 'non è d’accordo con la riforma')).toBe(true);
    expect(has(rossi.quotes, 1, 'reported', 'i tempi siano troppo stretti')).toBe(true);
    expect(has(rossi.quotes, 2, 'reported', 'i fondi vadano spesi prima')).toBe(true);
  });

  it('GIVEN “Come Demis Hassabis, …, Turow non è d’accordo” on the shipped article THEN every form of Hassabis’s name finds his shared stance, and “Egli ritiene” stays Turow’s', () => {
    const people = buildPeople(loadCorpus(fileURLToPath(new URL('../../corpus', import.meta.url))));
    for (const name of ['Hassabis', 'demis', 'Demis Hassabis']) {
      const out = people.quote(name);
      expect(out.person, name).toBe('Demis Hassabis');
      expect(out.quotes.map((q) => [q.paragraph, q.kind]), name).toEqual([[15, 'reported']]);
      expect(out.quotes[0]?.text, name).toContain('non è d’accordo con l’affermazione fatta dal memo di Google');
    }
    expect(people.quote('Turow').quotes.some((q) => q.paragraph === 15 && q.text.startsWith('Egli ritiene'))).toBe(true);
  });
});

describe('titles in quotation marks', () => {
  it('GIVEN “…”, ha detto X, intervistato a “Programme”, and “presentando il rapporto “Title”” THEN the titles are no statements, the quotation is', () => {
    const drafts = speakersOf(
      '“Le dighe vanno controllate ogni anno”, ha detto l’ingegnere Alba Greco, intervistata a “Linea diretta” su Radio Valle. Greco ha parlato presentando il rapporto “Acque e coste 2030” della Regione.',
    );
    const greco = speaker(drafts, 'Alba Greco');
    expect(has(greco.quotes, 1, 'direct', 'Le dighe vanno controllate')).toBe(true);
    const all = drafts.flatMap((d) => d.quotes).map((q) => q.text);
    expect(all.filter((t) => t === 'Linea diretta' || t === 'Acque e coste 2030')).toEqual([]);
  });

  it('GIVEN a song named after “brano”, “singolo”, “disco” (“ha cantato il brano “Due vite””) THEN it is no statement', () => {
    expect(isTitleQuotation('Alla fine ha cantato il brano ', 'Due vite')).toBe(true);
    expect(isTitleQuotation('Poi è uscito il singolo ', 'Hymn for the Weekend')).toBe(true);
    const drafts = speakersOf('“Cantare è la mia vita”, ha detto Aldo Bruni, che ha poi presentato il singolo “Notte chiara”.');
    expect(speaker(drafts, 'Aldo Bruni').quotes.map((q) => q.text)).toEqual(['Cantare è la mia vita']);
  });
});

describe('the pieces of a quotation around an insert', () => {
  it('GIVEN “… – ha spiegato il ministro Sala -. Abbiamo …” THEN the words after the insert start with their first word, not the insert’s stop; an ellipsis that opens words stays', () => {
    const drafts = speakersOf('«È la grande questione del personale – ha spiegato il ministro Ugo Sala -. Abbiamo messo 17.400 borse di specializzazione».', '«...e poi basta con le attese», ha aggiunto Ugo Sala.');
    const sala = speaker(drafts, 'Ugo Sala');
    expect(sala.quotes.map((q) => q.text)).toEqual(['È la grande questione del personale', 'Abbiamo messo 17.400 borse di specializzazione', '...e poi basta con le attese']);
  });
});

describe('offices written as titles, and clauses between the subject and the verb', () => {
  it('GIVEN “il Sottosegretario ha sottolineato …” after the article named him THEN it is that person; “il Presidente annuncia …” with nobody named THEN the office is the name', () => {
    const named = speakersOf('Accuse respinte dal sottosegretario Alessio Butti.', 'Il Sottosegretario ha sottolineato la trasparenza con cui il governo ha operato. «Abbiamo lavorato per garantire la sicurezza», ha aggiunto.');
    const butti = speaker(named, 'Alessio Butti');
    expect(has(butti.quotes, 2, 'reported', 'Il Sottosegretario ha sottolineato')).toBe(true);
    expect(has(butti.quotes, 2, 'direct', 'Abbiamo lavorato')).toBe(true);
    expect(named.map((d) => d.name)).not.toContain('Sottosegretario');
    const office = speakersOf('Il presidente e i deputati sono eletti a scrutinio segreto.', 'Se c’è un dissenso udibile, il Presidente annuncia che si voterà con le console elettroniche.');
    const presidente = speaker(office, 'Presidente');
    expect(presidente.role).toBeUndefined();
    expect(has(presidente.quotes, 2, 'reported', 'il Presidente annuncia')).toBe(true);
  });

  it('GIVEN “Per il sottosegretario X, con delega …, “…”” THEN the quotation is X’s, not the last speaker’s', () => {
    const drafts = speakersOf('“Una legge attesa”, afferma la senatrice Licia Ronzulli.', 'Per il sottosegretario Alessio Butti, con delega all’Innovazione, “l’Italia è il primo Paese con un quadro allineato”.');
    expect(has(speaker(drafts, 'Alessio Butti').quotes, 2, 'direct', 'l’Italia è il primo Paese')).toBe(true);
    expect(speaker(drafts, 'Licia Ronzulli').quotes.some((q) => q.paragraph === 2)).toBe(false);
  });

  it('GIVEN an adjunct of time or place between commas (“X, allenatore del Lerici, dopo la vittoria sul Valdora per 3-1, ha rilasciato alcune dichiarazioni: “…””, “X, nel 1765, afferma che …”) THEN X is the subject past it', () => {
    const [bruni] = speakersOf('Aldo Bruni, allenatore del Lerici, dopo la vittoria sul Valdora per 3-1, ha rilasciato alcune dichiarazioni ai microfoni della stampa: "I ragazzi sono stati straordinari".');
    expect([bruni!.name, bruni!.role, bruni!.quotes.map((q) => q.text)]).toEqual(['Aldo Bruni', 'allenatore del Lerici', ['I ragazzi sono stati straordinari']]);
    const two = speakersOf('Ada Neri, nel 1765, afferma che Rossi ha frainteso il passo, mentre Carlo Bini ha sottolineato nel 1867 che si riferisce a un uomo stanco.');
    expect(two.map((d) => [d.name, d.quotes.map((q) => q.text)])).toEqual([
      ['Ada Neri', ['Ada Neri, nel 1765, afferma che Rossi ha frainteso il passo']],
      ['Carlo Bini', ['Carlo Bini ha sottolineato nel 1867 che si riferisce a un uomo stanco.']],
    ]);
  });

  it('GIVEN a participle’s phrase between commas (“L’attore X, premiato con il Mastroianni, ha detto: “…””) THEN X is the subject; a role between commas stays the role (“X, avvocato di Y, ha detto”)', () => {
    const [actor] = speakersOf('L’attore Aldo Bruni, premiato con il Mastroianni, ha detto: "È un grande onore".');
    expect([actor!.name, actor!.quotes.map((q) => q.text)]).toEqual(['Aldo Bruni', ['È un grande onore']]);
    const [lawyer] = speakersOf('Aldo Bruni, avvocato di Carlo Neri, ha detto: "È un grande onore".');
    expect([lawyer!.name, lawyer!.role]).toEqual(['Aldo Bruni', 'avvocato di Carlo Neri']);
    // A focusing adverb before the role is no part of it, nor is its article.
    const [director] = speakersOf('Proprio il regista, Aldo Bruni, ha dichiarato: “Il film è incentrato sulla guerra”.');
    expect([director!.name, director!.role]).toEqual(['Aldo Bruni', 'regista']);
  });

  it('GIVEN “X, come risulta dal resoconto, ha ricordato che …” THEN X is the subject past the clause', () => {
    const drafts = speakersOf('Il sottosegretario Alessio Butti, come risulta dal resoconto, ha ricordato in replica che il testo è solo un punto di avvio.');
    expect(has(speaker(drafts, 'Alessio Butti').quotes, 1, 'reported', 'ha ricordato in replica')).toBe(true);
  });
});

describe('local offices as sources', () => {
  it('GIVEN “La Procura di Milano ha spiegato …”, ““…”, fa sapere la Prefettura di Ravenna”, “Il Comune di Lugo ha reso noto …” THEN each office is the source, with its place', () => {
    const drafts = speakersOf(
      'La Procura di Milano ha spiegato che le indagini proseguono.',
      '“Le scuole resteranno chiuse fino a lunedì”, fa sapere la Prefettura di Ravenna.',
      'Il Comune di Lugo ha reso noto che il ponte riaprirà a maggio.',
    );
    expect(has(speaker(drafts, 'Procura di Milano').quotes, 1, 'reported', 'le indagini proseguono')).toBe(true);
    expect(has(speaker(drafts, 'Prefettura di Ravenna').quotes, 2, 'direct', 'Le scuole resteranno chiuse')).toBe(true);
    expect(has(speaker(drafts, 'Comune di Lugo').quotes, 3, 'reported', 'il ponte riaprirà')).toBe(true);
  });

  it('GIVEN an institution after an elided article or preposition, with its adjectives (“ha detto l’Agenzia spaziale europea”, “L’appello dell’Onu: «…»”) THEN it is the source; “l’Agenzia” alone is none', () => {
    const drafts = speakersOf('«Nessun rischio per la stazione», ha detto l’Agenzia spaziale europea.', 'L’appello dell’Onu: «Fermate la guerra adesso».', 'La replica dell’Agenzia Spaziale Europea: «Nessun rischio per gli astronauti».');
    expect(has(speaker(drafts, 'Agenzia spaziale europea').quotes, 1, 'direct', 'Nessun rischio per la stazione')).toBe(true);
    expect(has(speaker(drafts, 'Onu').quotes, 2, 'direct', 'Fermate la guerra')).toBe(true);
    expect(drafts.map((d) => d.name)).not.toContain('Spaziale Europea');
    expect(speakersOf('«Nessun rischio per la stazione», ha detto l’Agenzia.')).toEqual([]);
  });

  it('GIVEN an office governed by a preposition (“il professore presso l’Università di Oxford ha sostenuto …”) THEN it is no subject', () => {
    const drafts = speakersOf('Il professore di storia presso l’Università di Oxford ha sostenuto che la tesi è debole.');
    expect(drafts.map((d) => d.name)).not.toContain('Università di Oxford');
  });
});

describe('a title that quotes the coach, over a post-match interview', () => {
  it('GIVEN “Il mister gialloblù: “…”” and questions in prose before each answer (“… È d’accordo? “…””) THEN the answers are the title’s coach’s, the questions nobody’s', () => {
    const drafts = speakersUnder(
      'Tudor: “Fatto qualcosa di straordinario”',
      'Il mister gialloblù: "Vittoria eroica dopo quello che abbiamo passato in settimana"',
      'Mister, che vittoria dopo una settimana difficile. È d’accordo? “Penso sia una vittoria eroica, sono orgoglioso dei ragazzi”.',
    );
    const tudor = speaker(drafts, 'Tudor');
    expect(has(tudor.quotes, 1, 'direct', 'Vittoria eroica')).toBe(true);
    expect(has(tudor.quotes, 2, 'direct', 'Penso sia una vittoria eroica')).toBe(true);
    expect(tudor.quotes.some((q) => q.text.includes('d’accordo'))).toBe(false);
  });

  it('GIVEN a quotation in the first person in the imperfect (“meritavamo la vittoria”) after the coach is named THEN it is the coach’s', () => {
    const drafts = speakersUnder(
      'Lazio, Bruni: “Meritavamo la vittoria”',
      'L’allenatore della Lazio, Aldo Bruni, ha parlato a fine partita. Inevitabile parlare di rimpianti. "La Roma non ha creato molto e forse meritavamo la vittoria".',
    );
    expect(has(speaker(drafts, 'Aldo Bruni').quotes, 1, 'direct', 'forse meritavamo la vittoria')).toBe(true);
  });
});

describe('a quotation that repeats the title’s, after someone else spoke', () => {
  it('GIVEN a title quoting X and a body where Y speaks first THEN a later sentence naming X before a quotation that repeats the title’s words is X’s', () => {
    const drafts = speakersUnder(
      'Venezia, la regista Ada Neri: "La marea sta cambiando"',
      'L’attore Aldo Bruni, premiato con il Mastroianni, ha detto: "È un grande onore". Nel suo discorso sul palco Ada Neri ha invitato altre registe a esprimersi perché "le storie femminili devono essere sostenute, ma la marea sta cambiando".',
    );
    expect(speaker(drafts, 'Ada Neri').quotes.map((q) => q.text)).toEqual(['le storie femminili devono essere sostenute, ma la marea sta cambiando']);
    expect(speaker(drafts, 'Aldo Bruni').quotes.map((q) => q.text)).toEqual(['È un grande onore']);
  });
});

describe('an interview written without labels', () => {
  it('GIVEN questions addressing one person as “lei” THEN the sentences opening with a quotation are their answers; a quotation with a speaker of its own stays theirs; two people addressed make no interviewee', () => {
    const drafts = speakersOf(
      'Bruno Neri, lei guida la cooperativa da cinquant’anni. Come è andata nel 2024? "Bene, ma la pioggia di ottobre ha fatto danni". Facciamo finta che sia già gennaio. "Va bene, le vendite sono cresciute".',
      'E il sindaco? "La cooperativa è un orgoglio", ha detto il sindaco Aldo Rossi.',
    );
    expect(speaker(drafts, 'Bruno Neri').quotes.map((q) => q.text)).toEqual(['Bene, ma la pioggia di ottobre ha fatto danni', 'Va bene, le vendite sono cresciute']);
    expect(speaker(drafts, 'Aldo Rossi').quotes.map((q) => q.text)).toEqual(['La cooperativa è un orgoglio']);
    const two = speakersOf('Bruno Neri, lei guida la cooperativa. Carla Bini, lei la presiede. Come è andata? "Bene".');
    expect(two).toEqual([]);
  });
});

describe('deeming it fit to do something', () => {
  it('GIVEN “al quale Name non ha ritenuto di dare seguito” THEN Name says nothing; GIVEN “Name ritiene che …”, “Name riteneva di essere …” THEN that is their view', () => {
    expect(speakersOf('Un provvedimento richiesto dal direttore sanitario, al quale Aldo Bruni non ha ritenuto di dare seguito.')).toEqual([]);
    expect(speakersOf('Il sindaco Aldo Bruni ritiene che la strada sia pericolosa.').map((d) => [d.name, d.quotes.map((q) => q.kind)])).toEqual([['Aldo Bruni', ['reported']]]);
    expect(speakersOf('Il sindaco Aldo Bruni riteneva di essere l’ultimo a saperlo.').map((d) => [d.name, d.quotes.map((q) => q.kind)])).toEqual([['Aldo Bruni', ['reported']]]);
  });
});

describe('a name printed in capitals', () => {
  it('GIVEN “– afferma il senatore ALDO Bruni” or “ALDO BRUNI” THEN the person is written Aldo Bruni and found by either form; initials stay as they are (“ESPN Deportes”)', () => {
    const [senator] = speakersOf('“Il direttore era il dottor Neri” – afferma il senatore ALDO Bruni.');
    expect([senator!.name, senator!.role]).toEqual(['Aldo Bruni', 'senatore']);
    expect(senator!.aliases).toContain('ALDO Bruni');
    const people = buildPeople([article('caps', '“Il direttore era il dottor Neri” – afferma il senatore ALDO BRUNI.')]);
    for (const query of ['Aldo Bruni', 'ALDO BRUNI', 'bruni']) expect(people.quote(query).person, query).toBe('Aldo Bruni');
  });
});

describe('an interview whose interviewer trails off', () => {
  it('GIVEN a title “Name a Radio Vis: «…»” over prompts that trail off (“Quindi sei tranquillo...”) or ask, each answered by a paragraph in quotation marks THEN the answers are Name’s; the programme after “a” is nobody', () => {
    const drafts = speakersUnder(
      'Carla Neri a Radio Vis: «Il concerto è come una finale»',
      'Sei un po’ una veterana di questo palco...',
      '“Ho avuto l’onore di calcarlo nel 2017. È la terza volta che partecipo.”',
      'Quindi sei tranquilla...',
      '“In realtà no! Io ho un ricordo fantastico di quella sera.”',
      'Senti pressione?',
      '“Dipende da cosa vuoi nella vita. Io scrivo canzoni.”',
    );
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([['Carla Neri', [2, 4, 6]]]);
    // (with no name before "a", the name after it is who speaks: "Intervista a Name: «…»")
    const interviewed = speakersUnder('Intervista a Aldo Bruni: «Il disco è una necessità»', '«Il disco è una necessità, lo faccio per me».');
    expect(interviewed.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([['Aldo Bruni', [1]]]);
  });
});

describe('people who are only mentioned', () => {
  it('GIVEN a name that only appears in the piece THEN /quote answers nobody, with where it is mentioned, for every form of the name', () => {
    const people = buildPeople([
      article(
        'premio',
        'Il premio fotografico è stato consegnato alla presenza di Bruno Ferraris, direttore del museo.',
        'A fare gli onori di casa Bruno Ferraris, che ha dato la parola alla curatrice, Elsa Monti. “La fotografia racconta quello che le parole non sanno dire”, ha detto Monti.',
      ),
    ]);
    for (const name of ['Bruno Ferraris', 'Ferraris', 'bruno']) {
      const out = people.quote(name);
      expect(out, name).toMatchObject({ person: null, quotes: [] });
      expect(out.mentions, name).toEqual([
        { article: 'premio', paragraph: 1 },
        { article: 'premio', paragraph: 2 },
      ]);
    }
  });

});

describe('statements that say nothing', () => {
  it('GIVEN “Meta non ha risposto a una domanda su …” on the shipped article THEN it stays Meta’s reported statement and is recognised as a non-response, not as something said', () => {
    const people = buildPeople(loadCorpus(fileURLToPath(new URL('../../corpus', import.meta.url))));
    const noAnswer = people.quote('Meta').quotes.filter((q) => isNonResponse(q.text));
    expect(noAnswer.map((q) => [q.paragraph, q.kind])).toEqual([[8, 'reported']]);
    expect(isNonResponse('Meta non ha risposto a una domanda su quali azioni potrebbe intraprendere')).toBe(true);
    expect(isNonResponse('L’assessore si è rifiutato di commentare le dimissioni')).toBe(true);
    expect(isNonResponse('BALLARDINI non ha parlato nel post-partita, al suo posto è intervenuto l’amministratore delegato')).toBe(true);
    expect(isNonResponse('Il tecnico non ha voluto parlare dell’arbitro')).toBe(true);
    expect(isNonResponse('Il tecnico ha parlato dopo la partita')).toBe(false);
    expect(isNonResponse('“Sarei sorpreso se non ci fosse accordo”, ha aggiunto il sindaco.')).toBe(false);
  });
});

describe('sports and council copy: the floor, clefts, surnames alone and doubled single marks', () => {
  it('GIVEN “«…» – chiarisce X – …” and “X si è quindi domandato se …«…»” THEN the quotations are X’s (verbs of clarifying and wondering)', () => {
    const drafts = speakersOf(
      'Nell’udienza l’istanza sarà portata dall’avvocato Raffaele Dotti. “In questo caso non si tratta di cambiare la norma – chiarisce Dotti – ma di allargarne l’interpretazione”.',
      'Dotti si è quindi domandato se fosse possibile «avere un presidente che firma per altri».',
    );
    const quotes = speaker(drafts, 'Raffaele Dotti').quotes;
    expect(has(quotes, 1, 'direct', 'In questo caso non si tratta di cambiare la norma')).toBe(true);
    expect(has(quotes, 1, 'direct', 'ma di allargarne l’interpretazione')).toBe(true);
    expect(has(quotes, 2, 'direct', 'avere un presidente che firma per altri')).toBe(true);
  });

  it('GIVEN quotations marked with two typographic single marks (‘’…’’) THEN they are quotations, and the verb after them has its subject', () => {
    const drafts = speakersOf('Bocciata la proposta della minoranza.', '‘’Per tanto così non andrebbero neppure votate’’ ha detto Mauro Vela, capogruppo di Uniti per Valdora. ‘’Che senso ha nominarle se poi non le si convoca?’’ ha aggiunto Vela.');
    const quotes = speaker(drafts, 'Mauro Vela').quotes;
    expect(has(quotes, 2, 'direct', 'Per tanto così non andrebbero neppure votate')).toBe(true);
    expect(has(quotes, 2, 'direct', 'Che senso ha nominarle se poi non le si convoca?')).toBe(true);
  });

  it('GIVEN “Il mister ha raccontato di avere scelto la Juventus «…»” THEN the club is no speaker (the name after the role’s verb is its object)', () => {
    const drafts = speakersOf('Sul palco sono saliti Aldo Bruni e Carlo Neri.', 'Il mister ha raccontato di avere scelto la Juventus “perché il progetto mi è subito piaciuto”.');
    expect(drafts.map((d) => d.name)).not.toContain('Juventus');
    expect(drafts.every((d) => !d.role?.includes('raccontato'))).toBe(true);
  });

  it('GIVEN a surname alone as the subject of the sentence before “«… – ha detto – …»” THEN the quotation is that person’s, not the last speaker’s', () => {
    const drafts = speakersOf(
      'Si fa più forte la tensione tra Aldo Bruni e Sara Gobbi, consiglieri di opposizione.',
      '«Mi scuso per questa leggerezza», ha detto Gobbi.',
      'Bruni ha preso la palla al balzo e ha deciso di attaccare. «Le scuse si accettano sempre – ha detto parlando subito dopo la consigliera – ma la vicenda resta».',
    );
    expect(has(speaker(drafts, 'Aldo Bruni').quotes, 3, 'direct', 'Le scuse si accettano sempre')).toBe(true);
    expect(speaker(drafts, 'Sara Gobbi').quotes.map((q) => q.paragraph)).toEqual([2]);
  });

  it('GIVEN a surname alone that only a place shares with a full name (“Varsavia era la città …”) THEN it brings nobody into focus', () => {
    const drafts = speakersOf('La squadra del Polonia Varsavia ha vinto il campionato.', 'Varsavia era la città amata dallo scrittore. Che questa città non sparisca per sempre, ha commentato.');
    expect(drafts.map((d) => d.name)).not.toContain('Polonia Varsavia');
  });

  it('GIVEN “A parlare è stato X. «…»”, “A rompere il ghiaccio è proprio X, …. «…»” and “A prendere la parola è X: «…»” THEN who takes the floor says the quotation after', () => {
    const drafts = speakersOf(
      'Presentati i nuovi acquisti Marco Lodi e Luca Sarti, con il sindaco Mario Ferri.',
      'A parlare è stato il sindaco Mario Ferri. «Sono contento di essere qui».',
      'A rompere il ghiaccio è proprio Lodi, già vicino alla squadra in estate. «È vero, ero vicino a questa maglia».',
      'A prendere la parola per ultimo è Luca Sarti: «Darò tutto per questi colori».',
    );
    expect(has(speaker(drafts, 'Mario Ferri').quotes, 2, 'direct', 'Sono contento di essere qui')).toBe(true);
    expect(has(speaker(drafts, 'Marco Lodi').quotes, 3, 'direct', 'È vero, ero vicino a questa maglia')).toBe(true);
    expect(has(speaker(drafts, 'Luca Sarti').quotes, 4, 'direct', 'Darò tutto per questi colori')).toBe(true);
  });

  it('GIVEN “A seguire è X a parlare: «…»” and “Infine Y chiude la conferenza stampa: «…»” THEN each quotation is its own speaker’s, not the one before’s', () => {
    const drafts = speakersOf('Il direttore ha presentato gli attaccanti Marco Lodi e Luca Sarti.', 'A seguire è Lodi a parlare: «Mi esprimo meglio da esterno». Infine Sarti chiude la conferenza stampa: «Sono felice di ritrovare il mister».');
    expect(speaker(drafts, 'Marco Lodi').quotes.map((q) => q.text)).toEqual(['Mi esprimo meglio da esterno']);
    expect(speaker(drafts, 'Luca Sarti').quotes.map((q) => q.text)).toEqual(['Sono felice di ritrovare il mister']);
  });

  it('GIVEN “«…». È X, frastornato, a dare la notizia al figlio” THEN the quotation before is X’s', () => {
    const drafts = speakersOf('La telefonata avviene fuori dal tribunale. «Giacomo, hanno confermato la condanna. Non ho le forze per mettermi in auto». È Adelio Rota, frastornato, a dare la notizia al figlio Giacomo.');
    expect(has(speaker(drafts, 'Adelio Rota').quotes, 1, 'direct', 'Giacomo, hanno confermato la condanna')).toBe(true);
  });
});

describe('tenses and nouns of saying of agency and encyclopaedic prose', () => {
  it('GIVEN “X aveva specificato che …” and “X rispose …, affermando: «…»” THEN the pluperfect and the simple past report as the present perfect does', () => {
    const drafts = speakersOf(
      'Il costo del servizio è alto. Alcune settimane fa, il consigliere comunale al bilancio, Aldo Pini, aveva specificato che il prezzo aveva subito un leggero rincaro.',
      'Il 14 ottobre, Bruno Sala rispose infine attraverso il suo segretario, affermando: “Sarà impossibile per me fare qualsiasi cosa in materia”, dopo che Carlo Neri aveva scritto a Sala.',
    );
    expect(has(speaker(drafts, 'Aldo Pini').quotes, 1, 'reported', 'aveva specificato che il prezzo')).toBe(true);
    expect(has(speaker(drafts, 'Bruno Sala').quotes, 2, 'direct', 'Sarà impossibile per me')).toBe(true);
    expect(drafts.find((d) => d.name === 'Carlo Neri')?.quotes.some((q) => q.text.includes('Sarà impossibile')) ?? false).toBe(false);
  });

  it('GIVEN “Per l’assessore alla Salute, Name “…”” (the office, its complement, a comma, then the person) THEN the quotation is theirs, with that office', () => {
    const drafts = speakersOf('Alla cerimonia c’erano molti amministratori.', 'Per l’assessore alla Salute, Marco Russi “il completamento delle opere resta uno dei principali obiettivi”.');
    const russi = speaker(drafts, 'Marco Russi');
    expect(russi.role).toBe('assessore alla Salute');
    expect(has(russi.quotes, 2, 'direct', 'il completamento delle opere')).toBe(true);
  });

  it('GIVEN a paragraph of quotations, then “È il racconto del tenente colonnello X sul …, meglio noto come “…”” THEN the quotations before are X’s, the nickname quoted after is not', () => {
    const drafts = speakersOf(
      '“Il container era di proprietà di un ambasciatore. Lo abbiamo aperto comunque su indicazione del procuratore”.',
      'È il racconto del tenente colonnello Lorenzo Masi sul sequestro nel porto, destinato al boss Franco Cali, meglio noto come “il biondo”.',
    );
    const masi = speaker(drafts, 'Lorenzo Masi').quotes;
    expect(has(masi, 1, 'direct', 'Il container era di proprietà di un ambasciatore')).toBe(true);
    expect(masi.some((q) => q.text.includes('il biondo'))).toBe(false);
  });

  it('GIVEN “X ha giustificato …, definendolo un atto obbligato” THEN what X called it is X’s reported statement', () => {
    const drafts = speakersOf('La procura ha aperto un’indagine.', 'Stefano Sali ha giustificato l’apertura del fascicolo, definendolo un atto obbligato.');
    expect(has(speaker(drafts, 'Stefano Sali').quotes, 2, 'reported', 'definendolo un atto obbligato')).toBe(true);
  });
});

describe('subjects and openers of council, court and club copy', () => {
  it('GIVEN “Name di Organisation ha spiegato che …” THEN the person speaks (the organisation is whom they speak for); GIVEN “La proposta di Name dice …” THEN nobody does', () => {
    expect(speaker(speakersOf('Ai ristoratori non piace l’idea.', 'Sandro Gelli di Confesercenti ha spiegato che i ristoratori hanno diritto agli stessi orari.'), 'Sandro Gelli').quotes.map((q) => q.paragraph)).toEqual([2]);
    expect(speaker(speakersOf('Ai ristoratori non piace l’idea.', 'Anna Neri della Cgil dice che i turni vanno rivisti.'), 'Anna Neri').quotes.map((q) => q.paragraph)).toEqual([2]);
    expect(speakersOf('Ai ristoratori non piace l’idea.', 'La proposta di Mario Rossi dice che i ristoratori hanno diritto agli orari.')).toEqual([]);
  });

  it('GIVEN ““…”, ha reagito X”, “X, che avrebbe detto alla presidente di …” and “hanno assicurato che” THEN each is a statement of its subject', () => {
    const drafts = speakersOf(
      'In mattinata era scoppiato il caos per le presunte parole pronunciate da Andrea Romeo, che avrebbe detto alla presidente della commissione di non poter presiedere.',
      '“Non vedo come possa accettare una persona che ha detto questo”, ha reagito il ministro Danilo Toni.',
      'Il direttore Enrico Casali ha assicurato che il festival farà riscoprire luoghi nascosti.',
    );
    expect(has(speaker(drafts, 'Andrea Romeo').quotes, 1, 'reported', 'avrebbe detto alla presidente')).toBe(true);
    expect(has(speaker(drafts, 'Danilo Toni').quotes, 2, 'direct', 'Non vedo come possa accettare')).toBe(true);
    expect(has(speaker(drafts, 'Enrico Casali').quotes, 3, 'reported', 'farà riscoprire luoghi nascosti')).toBe(true);
  });

  it('GIVEN ““…”. Con queste parole il presidente X ha aperto la cerimonia” THEN the quotation is X’s; GIVEN then “Il Presidente biancorosso ha stilato il bilancio: “…”” THEN that office’s, so X’s too', () => {
    const drafts = speakersOf(
      'SPOLETO – “Nel calcio la scaramanzia conta e siamo voluti ripartire dalla piazza”. Con queste parole il presidente dello Spoleto Vittorio Monti ha aperto la cerimonia di presentazione.',
      'Il Presidente biancorosso ha stilato il bilancio del primo anno di attività: “Siamo andati oltre le aspettative”.',
    );
    const monti = speaker(drafts, 'Vittorio Monti').quotes;
    expect(has(monti, 1, 'direct', 'Nel calcio la scaramanzia conta')).toBe(true);
    expect(has(monti, 2, 'direct', 'Siamo andati oltre le aspettative')).toBe(true);
  });
});

describe('offices before names at a ceremony', () => {
  it('GIVEN “Il Ministro Name: “…”” after another speaker THEN the quotation is the minister’s, with that office', () => {
    const drafts = speakersOf(
      'Il presidente Aldo Bruni ha partecipato con il Ministro Carlo Sala all’inaugurazione.',
      '“Lo sviluppo dello scalo è il segno di un sistema che funziona” ha dichiarato il presidente Aldo Bruni.',
      'Il Ministro Carlo Sala: “Un esempio concreto di efficienza, innovazione e visione”.',
    );
    const sala = speaker(drafts, 'Carlo Sala');
    expect(sala.quotes.map((q) => q.paragraph)).toEqual([3]);
    expect(speaker(drafts, 'Aldo Bruni').quotes.map((q) => q.paragraph)).toEqual([2]);
  });

  it('GIVEN “Saluti istituzionali del Presidente Aeroporti di Roma Name: “…”” THEN the person after the organisation and its place speaks, with the office and organisation as role', () => {
    const drafts = speakersOf('L’inaugurazione si è svolta ieri.', 'Saluti istituzionali del Presidente Aeroporti di Roma Vincenzo Neri: “La presenza del ministro è il segno della vicinanza delle autorità”.');
    const neri = speaker(drafts, 'Vincenzo Neri');
    expect(neri.role).toBe('Presidente Aeroporti di Roma');
    expect(has(neri.quotes, 2, 'direct', 'La presenza del ministro')).toBe(true);
  });

  it('GIVEN “Il primo ad essere soddisfatto è stato sicuramente il direttore generale dell’Azienda …, Name.” then “… – ha sostenuto – …” THEN the quotation is that person’s, not the speaker before', () => {
    const drafts = speakersOf(
      'Taglio del nastro per il nuovo acceleratore. “Sembrava un sogno – ha detto il presidente della Onlus, Plinio Vani – oggi è realtà”.',
      'Il primo ad essere soddisfatto è stato sicuramente il direttore generale dell’Azienda sanitaria della Valtellina, Giuseppina Panzi. “Oggi il nostro ospedale fa un salto di qualità – ha sostenuto – innanzitutto in termini di offerta”.',
    );
    expect(speaker(drafts, 'Giuseppina Panzi').quotes.map((q) => q.paragraph)).toEqual([2, 2]);
    expect(speaker(drafts, 'Plinio Vani').quotes.every((q) => q.paragraph === 1)).toBe(true);
  });
});

describe('court and sports copy: verbless openers, the family, the coach introduced with a colon', () => {
  it('GIVEN ““…”. A dirlo l’avvocato X, difensore di …” (no copula) and ““… – afferma il Vice Sindaco X – …”” THEN each quotation is its speaker’s, the office no part of the name', () => {
    const drafts = speakersOf(
      'Pena ridotta per Daniele Sarti.',
      '"La nostra è una soddisfazione parziale, faremo ricorso in Cassazione". A dirlo l\'avvocato Tommaso Poli, difensore di Sarti.',
      '“È ufficiale! Per la prima volta la città è arrivo di tappa – afferma il Vice Sindaco Laura Addis – Sarà un bel momento di sport.”',
    );
    expect(has(speaker(drafts, 'Tommaso Poli').quotes, 2, 'direct', 'La nostra è una soddisfazione parziale')).toBe(true);
    const addis = speaker(drafts, 'Laura Addis');
    expect(addis.role).toBe('Vice Sindaco');
    expect(has(addis.quotes, 3, 'direct', 'Sarà un bel momento di sport')).toBe(true);
  });

  it('GIVEN ““…”. X, madre del giovane tifoso ucciso, commenta così la sentenza” THEN X speaks, with that apposition as role', () => {
    const drafts = speakersOf('Pena ridotta per Daniele Sarti.', '"Era quello che abbiamo sempre temuto. Ora non mi rimane che aspettare". Antonella Leoni, madre del giovane tifoso ucciso, commenta così all\'Adnkronos la sentenza di appello.');
    const lei = speaker(drafts, 'Antonella Leoni');
    expect(lei.role).toBe('madre del giovane tifoso ucciso');
    expect(lei.quotes.map((q) => q.paragraph)).toContain(2);
  });

  it('GIVEN one coach’s words (“– esordisce il tecnico veneziano –”), then a paragraph “Amareggiato, dall’altra, il tecnico di Milano X:” and a paragraph of quotation in the first person THEN that quotation is X’s, and the first coach’s words are not', () => {
    const drafts = speakersOf(
      'Felice e commosso coach Vitti al termine della gara vinta contro Milano.',
      '“Il mio commento -esordisce il tecnico veneziano- parte dal fatto che sabato ho avuto problemi importanti”.',
      'Amareggiato, dall’altra, il tecnico di Milano Sergio Scarpi:',
      '“Partita equilibrata, ma bisogna dare merito a Varese. Noi ci abbiamo provato, ma i dettagli ci hanno fatto perdere”.',
    );
    const scarpi = speaker(drafts, 'Sergio Scarpi');
    // (the first coach's words, said by "il tecnico veneziano", are not the coach of Milano's)
    expect(scarpi.quotes.map((q) => q.paragraph)).toEqual([4]);
  });
});

describe('echoes, thanks after a list of names, and saying in the progressive', () => {
  it('GIVEN one speaker, then “Gli fa eco il collega di Confesercenti, X: “… – ha detto – …”” THEN the second quotation is X’s, not the first speaker’s', () => {
    const drafts = speakersOf(
      '“È stato un weekend importantissimo – ha detto il presidente di Confcommercio, Andrea Baldi – dopo giorni difficili”.',
      'Gli fa eco il collega di Confesercenti, Mimmo Alesi: “È andata davvero benissimo – ha detto – e anche il mercato ne ha risentito”.',
    );
    expect(speaker(drafts, 'Andrea Baldi').quotes.every((q) => q.paragraph === 1)).toBe(true);
    expect(has(speaker(drafts, 'Mimmo Alesi').quotes, 2, 'direct', 'È andata davvero benissimo')).toBe(true);
  });

  it('GIVEN “Dopo i riconoscimenti a Leda Masi e Mirella Oli, il presidente della croce rossa Piero Bruni ha voluto ringraziare il comune: “…”” THEN the quotation is the subject’s, not one of the names thanked', () => {
    const drafts = speakersOf('L’ambulanza è stata donata dal comune.', 'Dopo i riconoscimenti rivolti a Leda Masi e Mirella Oli, il presidente della croce rossa Piero Bruni ha voluto ringraziare il comune: “Si tratta della terza ambulanza che ci viene donata”.');
    expect(has(speaker(drafts, 'Piero Bruni').quotes, 2, 'direct', 'Si tratta della terza ambulanza')).toBe(true);
    expect(drafts.map((d) => d.name)).not.toContain('Leda Masi');
  });

  it('GIVEN ““…” stava dichiarando alle telecamere X prima di essere interrotto” THEN the quotation is X’s', () => {
    const drafts = speakersOf('Scontro in aula tra il presidente Marco Bucci e Andrea Orsi.', '“Non si può far passare l’idea che l’opposizione conosca il piano” stava dichiarando alle telecamere Orsi prima di essere interrotto.');
    expect(has(speaker(drafts, 'Andrea Orsi').quotes, 2, 'direct', 'Non si può far passare l’idea')).toBe(true);
  });
});

describe('thanks in public and adverbs inside a perfect', () => {
  it('GIVEN “Il presidente della società X ha ringraziato l’Amministrazione per …” THEN thanking in public is X’s reported statement', () => {
    const drafts = speakersOf('Inaugurato il nuovo campo di calcio.', 'Il presidente della società sportiva Andrea Lodi ha ringraziato l’Amministrazione comunale per gli investimenti effettuati.');
    expect(has(speaker(drafts, 'Andrea Lodi').quotes, 2, 'reported', 'ha ringraziato l’Amministrazione')).toBe(true);
  });

  it('GIVEN “l’assessore X aveva appunto rimarcato con forza il fatto che …” THEN the adverb between auxiliary and participle leaves the verb of saying whole', () => {
    const drafts = speakersOf('Riunione sui nuovi orari dei treni.', 'In un recente incontro, l’assessore Barbara Bona aveva appunto rimarcato con forza il fatto che la valle non sarebbe stata penalizzata.');
    expect(has(speaker(drafts, 'Barbara Bona').quotes, 2, 'reported', 'aveva appunto rimarcato')).toBe(true);
  });
});

describe('a quotation nobody says, in a sentence naming one person with an office', () => {
  it('GIVEN “La speranza dell’assessora X è che “…”” THEN the quotation is X’s; GIVEN a hymn’s title in capitals (“Veni Creator Spiritus”) and a short nickname THEN nobody’s', () => {
    expect(has(speaker(speakersOf('Il film si gira in città.', 'La speranza dell’assessora Micol Lanza è che “i cittadini siano accoglienti e si godano questo spettacolo”.'), 'Micol Lanza').quotes, 2, 'direct', 'i cittadini siano accoglienti')).toBe(true);
    expect(speakersOf('Il coro cantò a lungo.', 'Poi intonò Veni Creator Spiritus, con le parole “vieni, o Spirito creatore, visita le nostre menti”.')).toEqual([]);
    expect(speakersOf('Il processo è finito.', 'Il carico era destinato al boss Franco Cali, meglio noto come “il biondo”.')).toEqual([]);
  });
});

describe('offices with a quoted title or a relative clause, and a surname taking the floor', () => {
  it('GIVEN “– ha detto la dirigente dell’istituto ‘Marconi’, di cui la scuola fa parte, X –” THEN the quotation is X’s, not the school’s', () => {
    const drafts = speakersOf("La scuola porta ora il nome di Samuel.", "''Questa e' una giornata importante - ha detto la dirigente scolastica dell'istituto comprensivo 'Marconi', di cui la scuola fa parte, Gabriella Neri - perche' questa morte ha colpito tutti''.");
    const neri = speaker(drafts, 'Gabriella Neri');
    expect(has(neri.quotes, 2, 'direct', 'Questa e')).toBe(true);
    expect(neri.role).toBe("dirigente scolastica dell'istituto comprensivo 'Marconi'");
    expect(drafts.map((d) => d.name).some((n) => /Marconi/.test(n))).toBe(false);
  });

  it('GIVEN “Ha preso la parola anche X che non ha nascosto … ma ha evidenziato che “…”” THEN the quotation is X’s when the article names X in full, and nobody’s when it does not', () => {
    const said = 'Ha preso la parola anche Dara che non ha nascosto i ritardi dell’opera ma ha evidenziato l’importanza che “ora questa è finita e abbiamo intenzione di coprirla”.';
    const drafts = speakersOf('Presenti il sindaco Enrico Volpi e il vicesindaco Andrea Dara.', said);
    expect(has(speaker(drafts, 'Andrea Dara').quotes, 2, 'direct', 'ora questa è finita')).toBe(true);
    expect(speakersOf('Presenti il sindaco Enrico Volpi.', said.replace('Dara', 'Bruno')).map((d) => d.name)).not.toContain('Bruno');
  });

  it('GIVEN “X, procuratore militare a Verona, ha giustificato …, definendolo un atto obbligato” THEN what X called it is X’s, with the office in apposition as the role', () => {
    const drafts = speakersOf('La procura ha aperto un’indagine.', 'Stefano Sali, procuratore militare a Verona, ha giustificato l’apertura del fascicolo, definendolo un atto obbligato.');
    const sali = speaker(drafts, 'Stefano Sali');
    expect(has(sali.quotes, 2, 'reported', 'definendolo un atto obbligato')).toBe(true);
    expect(sali.role).toBe('procuratore militare a Verona');
  });

  it('GIVEN “Anche X, la vedova dell’imprenditore vorrebbe sfuggire ai giornalisti. «…» commenta la donna.” THEN the quotation is X’s, not the last speaker’s', () => {
    const drafts = speakersOf(
      '«Sì, sei libero. Stai tranquillo», ha detto l’avvocato Luca Neri al suo assistito.',
      'Anche Irene Bassi, la vedova dell’imprenditore di Marcheno vorrebbe sfuggire ai giornalisti. Non riesce. «Cercavamo giustizia e siamo felici» commenta la donna.',
    );
    expect(has(speaker(drafts, 'Irene Bassi').quotes, 2, 'direct', 'Cercavamo giustizia')).toBe(true);
    expect(speaker(drafts, 'Luca Neri').quotes.every((q) => q.paragraph === 1)).toBe(true);
  });

  it('GIVEN ““… – ha affermato nel suo intervento il Sindaco del Comune di Fiumicino X. “…”” THEN both quotations are X’s, not the previous speaker’s', () => {
    const drafts = speakersOf(
      '“Un giorno importante”, ha detto il presidente di Aeroporti di Roma, Carlo Neri.',
      '“Questa grande infrastruttura è un fiore all’occhiello del nostro Paese – ha affermato nel suo intervento il Sindaco del Comune di Fiumicino Mario Bacci. “Un chiaro esempio dell’impegno nello sviluppo di questa struttura”.',
    );
    const bacci = speaker(drafts, 'Mario Bacci');
    expect(has(bacci.quotes, 2, 'direct', 'Questa grande infrastruttura')).toBe(true);
    expect(has(bacci.quotes, 2, 'direct', 'Un chiaro esempio')).toBe(true);
    expect(speaker(drafts, 'Carlo Neri').quotes.every((q) => q.paragraph === 1)).toBe(true);
  });

  it('GIVEN “…2024″ ha sottolineato il presidente X” (a double prime for the closing mark) after another speaker’s paragraph THEN the quotation is X’s', () => {
    const drafts = speakersOf(
      '“La famiglia porta un’eccellenza” ha detto il presidente della Fondazione Carisap Angelo Gatti “C’è un’unione di intenti che non vedevo da tempo”',
      '“Tutti questi attori sono necessari affinchè Ascoli diventi Capitale della Cultura 2024″ ha sottolineato il presidente del Bim Tronto Luigi Conti”',
    );
    expect(has(speaker(drafts, 'Luigi Conti').quotes, 2, 'direct', 'Tutti questi attori')).toBe(true);
    expect(speaker(drafts, 'Angelo Gatti').quotes.every((q) => q.paragraph === 1)).toBe(true);
  });

  it('GIVEN “L’azienda, per voce di X, responsabile relazioni industriali, ha definito il percorso come «…»” THEN X speaks for the company; “ha definito l’accordo” says nothing', () => {
    const drafts = speakersOf('L’accordo è stato firmato a giugno.', 'L’azienda, per voce di Giuseppe Giaco, responsabile relazioni industriali, ha definito il percorso come «virtuoso, seppur faticoso».');
    const giaco = speaker(drafts, 'Giuseppe Giaco');
    expect(has(giaco.quotes, 2, 'direct', 'virtuoso, seppur faticoso')).toBe(true);
    expect(giaco.role).toBe('responsabile relazioni industriali');
    expect(speakersOf('L’accordo è stato firmato a giugno.', 'Il sindaco Mario Rossi ha definito l’accordo con la regione.')).toEqual([]);
  });

  it('GIVEN an elided surname alone inside a sentence (“– commenta D’Ambrosio –”) THEN it is the surname of the person named before; at a sentence’s start “D’” stays a preposition', () => {
    const drafts = speakersOf(
      'Ieri è stato presentato il programma dalla consigliera provinciale Sara D’Ambrosio.',
      '"Scopo di questo Festival – commenta D’Ambrosio – è il far conoscere i musei del territorio".',
    );
    expect(has(speaker(drafts, 'Sara D’Ambrosio').quotes, 2, 'direct', 'far conoscere i musei')).toBe(true);
    expect(speakersOf('D’Ambrosio e D’Alema non sono citati.', 'Il museo è aperto.')).toEqual([]);
  });

  it('GIVEN “Per Name Surname presidente di … che organizza … “…”” (a full name running on to the quotation, no comma) THEN the quotation is theirs and nothing else is; a one-word name so placed is no source', () => {
    const drafts = speakersOf('Domenica si corre la maratona.', 'Per Alessio Schiavo presidente di Amatori Podistica Terni che organizza la manifestazione “la Maratona è frutto di grandissimo lavoro”.');
    const schiavo = speaker(drafts, 'Alessio Schiavo');
    expect(schiavo.quotes.map((q) => [q.kind, q.text])).toEqual([['direct', 'la Maratona è frutto di grandissimo lavoro']]);
    expect(speakersOf('Domenica si corre la maratona.', 'Per Terni “è un giorno di festa”.')).toEqual([]);
  });

  it('GIVEN “Per il rettore dell’Università di Sassari X e per il Presidente della Fondazione …, Y de Z, «…»” THEN both say the quotation, each with their office', () => {
    const drafts = speakersOf(
      'Martedì saranno premiati 14 studenti.',
      'Per il rettore dell’Università di Sassari Attilio Mastino e per il Presidente della Fondazione Intesa San Paolo Onlus, Pietro de Sarlo, «Le borse di studio costituiscono uno strumento importante».',
    );
    const mastino = speaker(drafts, 'Attilio Mastino');
    const desarlo = speaker(drafts, 'Pietro de Sarlo');
    expect(has(mastino.quotes, 2, 'direct', 'Le borse di studio')).toBe(true);
    expect(has(desarlo.quotes, 2, 'direct', 'Le borse di studio')).toBe(true);
    expect(mastino.role).toBe('rettore dell’Università di Sassari');
    expect(desarlo.role).toBe('Presidente della Fondazione Intesa San Paolo Onlus');
  });

  it('GIVEN “Per i difensori del senatore X, A e B “…”” THEN the two defence lawyers said it, not the senator; the plural office before the senator alone names no source', () => {
    const drafts = speakersOf('Il processo riprende.', 'Per i difensori del senatore Antonio d’Alì, Biagio Bosco e Stefano Pellegrino “la linea dell’accusa ha ripercorso fatti già approfonditi”.');
    expect(drafts.map((d) => d.name).sort()).toEqual(['Biagio Bosco', 'Stefano Pellegrino']);
    expect(has(speaker(drafts, 'Stefano Pellegrino').quotes, 2, 'direct', 'la linea dell’accusa')).toBe(true);
    expect(speakersOf('Il processo riprende.', 'Per i difensori del senatore Antonio d’Alì “la linea dell’accusa ha ripercorso fatti già approfonditi”.')).toEqual([]);
  });

  it('GIVEN “X, direttore editoriale di “Avvocati”, ha ricordato che …” (a title closing the apposition) THEN X reported it, with that office', () => {
    const drafts = speakersOf('Il convegno si è tenuto alla Camera.', 'Dopo i saluti di Dori, Giandiego Monteleone, direttore editoriale di “Avvocati”, ha ricordato che il tema della mancanza di personale è comune a molti fori.');
    const monteleone = speaker(drafts, 'Giandiego Monteleone');
    expect(has(monteleone.quotes, 2, 'reported', 'ha ricordato che il tema')).toBe(true);
    expect(monteleone.role).toBe('direttore editoriale');
  });

  it('GIVEN “«…», ha commentato l’assessore regionale alla Sanità, X” (an adjective between the office and its complement) THEN X said it, with the whole office', () => {
    const drafts = speakersOf('Il reparto ha nuovi macchinari.', '«È un bel giorno per tutti», ha commentato l’assessore regionale alla Sanità, Filippo Saltamartini.');
    const saltamartini = speaker(drafts, 'Filippo Saltamartini');
    expect(has(saltamartini.quotes, 2, 'direct', 'È un bel giorno')).toBe(true);
    expect(saltamartini.role).toBe('assessore regionale alla Sanità');
  });

  it('GIVEN a quotation, then “Ha parlato così il vicesindaco e assessore al Commercio della città di Cuneo X, …” THEN the quotation is X’s, with the office', () => {
    const drafts = speakersOf('“Il tema delle chiusure lo conosciamo bene ma non ci spaventa”.', 'Ha parlato così il vicesindaco e assessore al Commercio della città di Cuneo Luca Serale, nel corso del Consiglio comunale di marzo.');
    const serale = speaker(drafts, 'Luca Serale');
    expect(has(serale.quotes, 1, 'direct', 'Il tema delle chiusure')).toBe(true);
    expect(serale.role).toBe('assessore al Commercio della città di Cuneo');
  });

  it('GIVEN an office whose body is written as initials then more capitalised words, or two coordinated bodies, before a full name THEN the person is the given name and surname, the rest the office', () => {
    const initials = speakersOf('Lo spiega la presidente di CNA Alto Adige Ovest Marta Ferrandi: «Il saldo è quasi pari».');
    const ferrandi = speaker(initials, 'Marta Ferrandi');
    expect(has(ferrandi.quotes, 1, 'direct', 'Il saldo è quasi pari')).toBe(true);
    expect(ferrandi.role).toBe('presidente di CNA Alto Adige Ovest');
    const bodies = speakersOf(
      'Il presidente di FinCamera e della Camera di Commercio del Basso Molise Carlo Pennacchio commenta i dati del rapporto.',
      '“Le imprese tengono” – ha dichiarato Pennacchio.',
    );
    expect(bodies.map((d) => d.name)).toContain('Carlo Pennacchio');
    expect(bodies.map((d) => d.name)).not.toContain('Basso Molise Carlo Pennacchio');
    expect(has(speaker(bodies, 'Carlo Pennacchio').quotes, 2, 'direct', 'Le imprese tengono')).toBe(true);
  });

  it('GIVEN “Parole positive anche da parte di X, assessore …, che ha aggiunto: “…”” and “Breve intervento di Y, direttore …, che ha tenuto a ringraziare …” THEN X and Y speak; “la moglie di Z, attrice, che ha detto …” is not Z', () => {
    const drafts = speakersOf(
      'Parole positive anche da parte di Maurizio Parma, assessore provinciale alla cultura, che ha aggiunto: “Sarà un festival a tutto campo”.',
      'Breve intervento di Gianni Azzali, direttore artistico del festival, che ha tenuto a ringraziare il ministero e in particolare “la triennalità del contributo”.',
    );
    expect(has(speaker(drafts, 'Maurizio Parma').quotes, 1, 'direct', 'Sarà un festival')).toBe(true);
    expect(has(speaker(drafts, 'Gianni Azzali').quotes, 2, 'direct', 'la triennalità del contributo')).toBe(true);
    expect(speakersOf('Alla serata era presente la moglie di Carlo Verdi, attrice, che ha detto di essere felice.').map((d) => d.name)).not.toContain('Carlo Verdi');
  });

  it('GIVEN ““…”. Lo aveva precisato a Fanpage.it il presidente del Wwf Lombardia X” THEN the quotation is X’s', () => {
    const drafts = speakersOf('Un orso è stato avvistato.', '"In qualsiasi caso l\'orso non attacca se non si sente in pericolo". Lo aveva precisato a Fanpage.it il presidente del Wwf Lombardia Gianni Del Pero.');
    expect(has(speaker(drafts, 'Gianni Del Pero').quotes, 2, 'direct', 'In qualsiasi caso')).toBe(true);
  });

  it('GIVEN “«… - spiegano A, B e C, organizzatori dell’evento e genitori … - …»” then “apprezzato anche dal primario, D: «… - spiega - …»” THEN the first is the three’s, the second D’s', () => {
    const drafts = speakersOf(
      '"Un piccolo contributo - spiegano Loris Serafieri, Maria Stella Zurli e Beatrice Brunacci, organizzatori dell\'evento e genitori dei bimbi - abbiamo messo insieme le energie".',
      'Un contributo apprezzato anche dal primario del reparto, Marco Martini: "E\' una grande festa per noi - spiega - Natale è arrivato in anticipo".',
    );
    for (const name of ['Loris Serafieri', 'Maria Stella Zurli', 'Beatrice Brunacci']) expect(has(speaker(drafts, name).quotes, 1, 'direct', 'Un piccolo contributo')).toBe(true);
    expect(has(speaker(drafts, 'Marco Martini').quotes, 2, 'direct', 'una grande festa')).toBe(true);
    expect(speaker(drafts, 'Loris Serafieri').quotes.every((q) => q.paragraph === 1)).toBe(true);
  });

  it('GIVEN ““…”, scrive il comunicato firmato dal sindaco di Caiolo, X” THEN the signer said it; an unsigned “scrive il comunicato” is the document’s', () => {
    const drafts = speakersOf('Un orso è stato avvistato.', '"Si comunica che è stato segnalato il passaggio di un orso", scrive il comunicato firmato dal sindaco di Caiolo, Primavera Farina.');
    expect(has(speaker(drafts, 'Primavera Farina').quotes, 2, 'direct', 'Si comunica')).toBe(true);
    expect(speaker(drafts, 'Primavera Farina').role).toBe('sindaco di Caiolo');
    expect(speakersOf('Un orso è stato avvistato.', '"Si comunica che è stato segnalato il passaggio di un orso", scrive il comunicato del Comune.').map((d) => d.name)).not.toContain('Primavera Farina');
  });

  it('GIVEN an insert opening with a clitic pronoun (“– gli fa eco X, Presidente di … –”) after another speaker’s paragraph THEN the quotation is X’s', () => {
    const drafts = speakersOf(
      '"Le piogge non devono trarre in inganno", afferma Francesco Vincenzi, presidente di ANBI.',
      '"Non solo - gli fa eco Sandro Folli, Presidente di ANBI Lombardia - senza l\'irrigazione nelle campagne sarebbero compromessi gli equilibri ambientali".',
    );
    expect(has(speaker(drafts, 'Sandro Folli').quotes, 2, 'direct', 'senza l')).toBe(true);
    expect(speaker(drafts, 'Francesco Vincenzi').quotes.every((q) => q.paragraph === 1)).toBe(true);
  });

  it('GIVEN “A comunicarlo sono il Sindaco X e l’Assessora Y.” then a quotation with “– affermano –” THEN X and Y, given the floor together, said it', () => {
    const drafts = speakersOf(
      'Da giovedì sarà attiva la linea 12.',
      'A comunicarlo sono il Sindaco Cosimo Cannito e l’Assessora al Trasporto Pubblico Maria Anna Salvemini.',
      '«Si compie un ulteriore progresso in materia di trasporto pubblico – affermano – a beneficio degli studenti».',
    );
    expect(has(speaker(drafts, 'Cosimo Cannito').quotes, 3, 'direct', 'Si compie un ulteriore progresso')).toBe(true);
    // (the plural insert: both given the floor say it, cut out of their words)
    const salvemini = drafts.find((d) => d.name.endsWith('Salvemini'));
    expect(salvemini && has(salvemini.quotes, 3, 'direct', 'Si compie un ulteriore progresso')).toBe(true);
    expect(speaker(drafts, 'Cosimo Cannito').quotes.some((q) => q.text.includes('affermano'))).toBe(false);
  });

  it('GIVEN a plural insert naming nobody (“«… – continuano – …»”) after two speakers THEN it is cut out of the quoted words, and the words are both speakers’', () => {
    const drafts = speakersOf('"Un percorso ambizioso", così il Festival viene definito da Ave Marchi e Pietro Luigi Biagioni. "Grazie a questa iniziativa il museo non è più visto come un luogo vecchio - continuano - ma come una struttura viva e vitale".');
    const quotes = speaker(drafts, 'Ave Marchi').quotes.map((q) => q.text);
    expect(quotes).toContain('ma come una struttura viva e vitale');
    expect(quotes.some((q) => q.includes('continuano'))).toBe(false);
    // (both go on: they spoke together)
    expect(speaker(drafts, 'Pietro Luigi Biagioni').quotes.map((q) => q.text)).toContain('ma come una struttura viva e vitale');
  });

  it('GIVEN “A dettagliare l’intervento, invece, X, responsabile …” then a quotation THEN it is X’s, also with the office capitalised after the name (“X, Responsabile Provveditorato …”: the office, no false speaker)', () => {
    const drafts = speakersOf('La cerimonia si è svolta stamattina.', 'A dettagliare l’intervento che sarà effettuato, invece, Umberto Musco, responsabile del Provveditorato Opere Pubbliche.', '“I lavori riguarderanno soprattutto l’impiantistica”.');
    expect(has(speaker(drafts, 'Umberto Musco').quotes, 3, 'direct', 'I lavori riguarderanno')).toBe(true);
    const capitalised = speakersOf('La cerimonia si è svolta stamattina.', 'A dettagliare l’intervento che sarà effettuato, invece, Umberto Musco, Responsabile Provveditorato Opere Pubbliche Campania.', '“I lavori riguarderanno soprattutto l’impiantistica”.');
    expect(capitalised.map((d) => d.name).filter((n) => n.startsWith('Responsabile'))).toEqual([]);
    expect(has(speaker(capitalised, 'Umberto Musco').quotes, 3, 'direct', 'I lavori riguarderanno')).toBe(true);
    expect(speaker(capitalised, 'Umberto Musco').role).toBe('Responsabile Provveditorato Opere Pubbliche Campania');
  });

  it('GIVEN “Ha preso poi la parola un emozionatissimo X: “…”” THEN the quotation is X’s', () => {
    const drafts = speakersOf('Il campo è stato inaugurato.', 'Ha preso poi la parola un emozionatissimo Nicolino Cilli: "È un sogno che si avvera".');
    expect(has(speaker(drafts, 'Nicolino Cilli').quotes, 2, 'direct', 'È un sogno')).toBe(true);
  });

  it('GIVEN ““…” aveva chiesto il presidente X ai suoi uomini” THEN the request is X’s; “chiede il pagamento” away from a quotation says nothing', () => {
    const drafts = speakersOf('La squadra è promossa.', '“Maglie sudate a fine gara nel rispetto di un progetto” aveva chiesto il presidente Fico ai suoi uomini, che lo hanno accontentato.');
    expect(has(speaker(drafts, 'Fico').quotes, 2, 'direct', 'Maglie sudate')).toBe(true);
    expect(speakersOf('La squadra è promossa.', 'Il presidente Mario Fico chiede il pagamento delle quote entro maggio.')).toEqual([]);
  });

  it('GIVEN “«…», così il Festival viene definito da A e B” THEN A and B said it, not the festival', () => {
    const drafts = speakersOf('Il festival torna a luglio.', '"Un percorso ambizioso", così il Festival viene definito da Ave Marchi e Pietro Luigi Biagioni, orgogliosi del lavoro.');
    expect(drafts.map((d) => d.name).sort()).toEqual(['Ave Marchi', 'Pietro Luigi Biagioni']);
    expect(has(speaker(drafts, 'Pietro Luigi Biagioni').quotes, 2, 'direct', 'Un percorso ambizioso')).toBe(true);
  });

  it('GIVEN “«…». Lo scrive su Facebook Name Surname, sindaco di …” THEN the person is named without where it was written', () => {
    const drafts = speakersOf('«La nostra comunità è sconvolta per la tragedia». Lo scrive su Facebook Francesco Turco, sindaco di Torricella.');
    expect(drafts.map((d) => d.name)).toEqual(['Francesco Turco']);
    expect(speakersOf('Il giornale ha scritto su Mario Rossi un lungo articolo.')).toEqual([]);
  });

  it('GIVEN “La maggioranza per bocca di Surname ha detto che «…»” THEN the spokesperson said it', () => {
    const drafts = speakersOf('Andrea Zamboni ha la delega alla sanità.', 'La maggioranza intanto per bocca di Zamboni ha detto che «sono cariche che riteniamo debbano uscire solo dal Pd».');
    expect(has(speaker(drafts, 'Andrea Zamboni').quotes, 2, 'direct', 'sono cariche')).toBe(true);
  });

  it('GIVEN “«…» – riporta il segretario comunale Name Surname – «…»” THEN the insert reports their words; “ha riportato ferite” reports nothing', () => {
    const drafts = speakersOf('"Non ci sono pericoli strutturali - riporta il segretario comunale Andrea Meo - ovviamente la situazione verrà monitorata".');
    expect(has(speaker(drafts, 'Andrea Meo').quotes, 1, 'direct', 'Non ci sono pericoli')).toBe(true);
    expect(speakersOf('Il conducente Mario Rossi ha riportato ferite gravi nell’incidente.')).toEqual([]);
  });

  it('GIVEN “X, che ha promesso di arrivare in doppia cifra “come minimo”” THEN the promise is X’s', () => {
    const drafts = speakersOf('La squadra ha presentato Fabio Borri.', 'Gli applausi non sono mancati per nessuno, soprattutto Borri che ha promesso di arrivare in doppia cifra “come minimo”.');
    expect(has(speaker(drafts, 'Fabio Borri').quotes, 2, 'direct', 'come minimo')).toBe(true);
  });

  it('GIVEN “il capogruppo di FdI Carlo Riva Vercelli: “…”” THEN the person is the three words after the party’s initials', () => {
    const drafts = speakersOf('Scontro in consiglio regionale.', 'Ad alzare i toni anche il capogruppo di FdI Carlo Riva Vercelli: “Vergognatevi, avete la faccia tosta”.');
    expect(has(speaker(drafts, 'Carlo Riva Vercelli').quotes, 2, 'direct', 'Vergognatevi')).toBe(true);
  });

  it('GIVEN “«…»., ha continuato l’avvocato X” and ““…” ha contro replicato X” THEN each quotation is its speaker’s, not the one before', () => {
    const drafts = speakersOf(
      'Gli avvocati Domenico Marri e Vincenzo Galli erano in aula.',
      '«C’è stata una rigorosissima attività istruttoria», ha detto l’avvocato Marri. «Per noi è una sentenza che fa giustizia»., ha continuato l’avvocato Galli.',
    );
    expect(has(speaker(drafts, 'Vincenzo Galli').quotes, 2, 'direct', 'Per noi è una sentenza')).toBe(true);
    expect(has(speaker(drafts, 'Domenico Marri').quotes, 2, 'direct', 'Per noi è una sentenza')).toBe(false);
    const replied = speakersOf('Scontro tra Domenico Rossi e l’assessore Federico Ribaldi.', '“So che lei è arrabbiato - ha replicato l’assessore Ribaldi - perché gli do i dati”.', '“Certo, lei è bravissimo a dare i numeri” ha contro replicato Rossi.');
    expect(has(speaker(replied, 'Domenico Rossi').quotes, 3, 'direct', 'Certo, lei è bravissimo')).toBe(true);
  });

  it('GIVEN ““…” riprende X” THEN the quotation is X’s; “riprende” away from a quotation is no speech', () => {
    const drafts = speakersOf('Il sindaco Mario Bellini presenta la stagione teatrale.', '“Ironia e divertimento ci accompagneranno per tutto l’inverno” riprende Bellini, che aprirà la stagione il 21 novembre.');
    expect(has(speaker(drafts, 'Mario Bellini').quotes, 2, 'direct', 'Ironia e divertimento')).toBe(true);
    expect(speakersOf('Il campionato riprende Domenica Rossi a gennaio dopo la pausa.')).toEqual([]);
  });

  it('GIVEN a full name written only inside someone’s quotation and the surname alone speaking later THEN the surname is that full name', () => {
    const drafts = speakersOf(
      'L’assessora Anna Neri ha presentato il cartellone: “Al mio fianco come sempre Stefano Vitali, direttore artistico della prosa”.',
      '“Non ci facciamo schiacciare da realtà più grandi” aggiunge Vitali.',
    );
    expect(has(speaker(drafts, 'Stefano Vitali').quotes, 2, 'direct', 'Non ci facciamo schiacciare')).toBe(true);
    expect(drafts.some((d) => d.name === 'Vitali')).toBe(false);
    // (after a party's name: "del Capogruppo di Forza Italia Marco Melli")
    const party = speakersOf(
      '“Ho raccolto la richiesta del Capogruppo di Forza Italia Marco Melli per una convocazione urgente”. Lo fa sapere il consigliere regionale Roberto Bassi.',
      'Bassi e Melli poi aggiungono: “il problema vero è che a farne le spese sono i pendolari”.',
    );
    expect(has(speaker(party, 'Marco Melli').quotes, 2, 'direct', 'il problema vero')).toBe(true);
    // (a full name outside quotations comes first: "Vitali" is Luca Vitali here)
    const outside = speakersOf('Luca Vitali ha aperto la serata: “Ringrazio Stefano Vitali per il lavoro”.', '“La stagione sarà lunga” aggiunge Vitali.');
    expect(has(speaker(outside, 'Luca Vitali').quotes, 2, 'direct', 'La stagione sarà lunga')).toBe(true);
  });

  it('GIVEN “X, direttore sportivo, che ha voluto precisare che …” THEN what X wanted to make clear is X’s', () => {
    const drafts = speakersOf('Il Como ha un nuovo allenatore.', 'In conferenza è intervenuto anche Giovanni Dolfi, direttore sportivo, che ha voluto precisare che l’esonero non è avvenuto in diretta.');
    const dolfi = speaker(drafts, 'Giovanni Dolfi');
    expect(has(dolfi.quotes, 2, 'reported', 'ha voluto precisare')).toBe(true);
    expect(dolfi.role).toBe('direttore sportivo');
    expect(has(speaker(speakersOf('Il Como ha un nuovo allenatore.', 'Il presidente Aldo Bruni ha tenuto a sottolineare che la squadra è unita.'), 'Aldo Bruni').quotes, 2, 'reported', 'tenuto a sottolineare')).toBe(true);
  });

  it('GIVEN “… per X, nuovo allenatore del Como.” then ““… – spiega il mister – …”” THEN the coach’s words are X’s; “il primo cittadino” is the mayor the article names', () => {
    const coach = speakersOf('Presentazione ufficiale questa mattina per Gianluca Ferri, nuovo allenatore del Como.', '“Serve massima concretezza – spiega il mister – abbiamo una missione da compiere”.');
    expect(has(speaker(coach, 'Gianluca Ferri').quotes, 2, 'direct', 'Serve massima concretezza')).toBe(true);
    const mayor = speakersOf('All’inaugurazione c’era il sindaco Enrico Volti.', '“Siamo felici della nuova struttura” ha dichiarato il primo cittadino.');
    expect(has(speaker(mayor, 'Enrico Volti').quotes, 2, 'direct', 'Siamo felici')).toBe(true);
  });

  it('GIVEN ““…”. Così, a margine di un evento a Bologna, il sindaco X sui …” THEN the quotations are X’s; “Così, nella causa X contro Y, la Corte …” names nobody', () => {
    const drafts = speakersOf('Il cantiere della torre.', '"Tra la fine di quest\'anno e l\'inizio del nuovo saremo pronti" per il piano, "stiamo facendo le ultime riunioni". Così, a margine di un evento a Bologna, il sindaco Matteo Lepri sui futuri assetti del trasporto pubblico.');
    expect(has(speaker(drafts, 'Matteo Lepri').quotes, 2, 'direct', 'stiamo facendo le ultime riunioni')).toBe(true);
    expect(speakersOf('La Corte decide.', 'Così, nella causa Schmid contro Austria, la Corte di giustizia ha stabilito che la protesta era lecita.').map((d) => d.name)).not.toContain('Schmid');
  });

  it('GIVEN “Prima di lui aveva parlato il questore X. “… – ha spiegato –. …”” THEN the quotation is X’s', () => {
    const drafts = speakersOf('Inaugurata la questura.', 'Prima di lui aveva parlato il “padrone di casa”, il questore Vincenzo Dagnano – prossimo al ritiro – colui che ha portato a termine l’opera. “Ringrazio i colleghi che mi hanno preceduto – ha spiegato –. Oggi abbiamo ambienti adatti e sicuri”.');
    expect(has(speaker(drafts, 'Vincenzo Dagnano').quotes, 2, 'direct', 'Oggi abbiamo ambienti adatti')).toBe(true);
  });

  it('GIVEN words not quoted with an insert “Cuneo - ha ricordato la sindaca X, ospita 11 corsi” THEN the sentence is X’s reported statement', () => {
    const drafts = speakersOf('Cerimonia oggi al teatro.', 'Cuneo - ha ricordato la sindaca di Cuneo, Patrizia Manna, ospita 11 corsi di laurea e una scuola di specializzazione.');
    expect(has(speaker(drafts, 'Patrizia Manna').quotes, 2, 'reported', 'ospita 11 corsi di laurea')).toBe(true);
  });

  it('GIVEN a paragraph that opens a quotation and never closes it (“"Ringrazio - dice X - tutti …”) THEN it is X’s quotation', () => {
    const drafts = speakersOf('Volontari al lavoro sul fiume.', '"Ringrazio - dice il presidente regionale di Legambiente, Giuseppe Di Mauro - tutti i volontari intervenuti. Tutte le informazioni sono sul sito del progetto.');
    expect(has(speaker(drafts, 'Giuseppe Di Mauro').quotes, 2, 'direct', 'tutti i volontari intervenuti')).toBe(true);
  });

  it('GIVEN “X dal canto suo ha esordito: “…””, “L’assessore X ha riconfermato “…”” and “Scrivono X (FP Cgil) e Y (NurSind): “…”” THEN each quotation is its speakers’', () => {
    const sansa = speakersOf('Il candidato Ferruccio Sanna ha presentato la lista.', 'Sanna dal canto suo ha esordito: “Dall’altra parte è stato candidato l’amico del padrone”.');
    expect(has(speaker(sansa, 'Ferruccio Sanna').quotes, 2, 'direct', 'Dall’altra parte')).toBe(true);
    const razza = speakersOf('Il nuovo ospedale è aperto.', 'L’assessore Ruggero Rizza ha riconfermato “il finanziamento di 120 milioni di euro per il nuovo ospedale”.');
    expect(has(speaker(razza, 'Ruggero Rizza').quotes, 2, 'direct', 'il finanziamento di 120 milioni')).toBe(true);
    const unions = speakersOf('I sindacati attaccano la direzione.', 'Scrivono Luciano Perni (FP Cgil) e Giuseppe Somma (NurSind): "I dati che risultano sono assolutamente allarmanti".');
    for (const name of ['Luciano Perni', 'Giuseppe Somma']) expect(has(speaker(unions, name).quotes, 2, 'direct', 'I dati che risultano'), name).toBe(true);
  });

  it('GIVEN “La parola quindi a X, direttrice amministrativa: "… – dice – …"” THEN the quotation is X’s', () => {
    const drafts = speakersOf('Il festival è stato presentato a Roma.', 'La parola quindi a Paola Mecchi, direttrice amministrativa: "Il Festival – dice – non è solo eccellenza artistica ma un motore che produce reddito".');
    expect(has(speaker(drafts, 'Paola Mecchi').quotes, 2, 'direct', 'Il Festival')).toBe(true);
  });

  it('GIVEN “– ha detto il rettore Luigi Dei –” THEN the capitalised particle closing the name is the surname', () => {
    const drafts = speakersOf('Le matricole sono state accolte in Palazzo Vecchio.', '“Avete già iniziato i corsi - ha detto il rettore Luigi Dei -. State partendo per un bel viaggio”.');
    expect(has(speaker(drafts, 'Luigi Dei').quotes, 2, 'direct', 'Avete già iniziato')).toBe(true);
    expect(speakersOf('La sede è nel palazzo di Siena dei Piccolomini.', 'Il restauro, ha detto il sindaco, è finito.').map((d) => d.name)).not.toContain('Siena dei');
  });
  it('GIVEN a sentence that opens with an office, a full name and a verb in the present (“Il vicepresidente X lancia …”) THEN “«…», spiega” after it is X’s', () => {
    const drafts = speakersOf('Il vicepresidente Sergio Balbi lancia l’allarme sul lago.', '«Sono mesi che il lago ha livelli bassi», spiega, «e le pozze si gelano».');
    const balbi = speaker(drafts, 'Sergio Balbi');
    expect(has(balbi.quotes, 2, 'direct', 'Sono mesi')).toBe(true);
    expect(has(balbi.quotes, 2, 'direct', 'le pozze si gelano')).toBe(true);
    // (the word after the name must be able to be a verb: "Il presidente X e l’assessore Y …" names two people)
    expect(speakersOf('Il presidente Sergio Balbi e l’assessore Ada Ferri visitano il cantiere.', '«Sono mesi che aspettiamo», spiega.').map((d) => d.name)).toEqual([]);
  });

  it('GIVEN an object pronoun before the verb (“Il motivo lo spiega X: «…»”, “La ragione la spiega X: «…»”) THEN the quotation is X’s; “la conferma”, “la replica” stay nouns', () => {
    const lo = speakersOf('Le multe sono in calo.', 'Il motivo lo spiega Dario Ventre: «Ci siamo concentrati sulle violazioni che mettono a rischio i pedoni».');
    expect(has(speaker(lo, 'Dario Ventre').quotes, 2, 'direct', 'Ci siamo concentrati')).toBe(true);
    const la = speakersOf('Le multe sono in calo.', 'La ragione la spiega Marta Solimene: «Ci siamo concentrati sulle soste in doppia fila».');
    expect(has(speaker(la, 'Marta Solimene').quotes, 2, 'direct', 'Ci siamo concentrati')).toBe(true);
    const noun = speakersOf('Il cantiere chiude.', 'La conferma del geometra Aldo Zeni è arrivata ieri in serata.');
    expect(noun.map((d) => d.name)).toEqual([]);
  });

  it('GIVEN “il vicesindaco X” and later “«…» ha spiegato il vicesindaco” after X spoke under his name alone THEN the office stays X’s role', () => {
    const drafts = speakersOf(
      'In commissione il vicesindaco Ventre ha fornito i numeri del trimestre.',
      'Il motivo lo spiega Dario Ventre: «Ci siamo concentrati sulle violazioni che mettono a rischio i pedoni».',
      '«Le multe vengono pagate solo dal 52% dei multati» ha spiegato il vicesindaco.',
    );
    const ventre = speaker(drafts, 'Dario Ventre');
    expect(ventre.role).toBe('vicesindaco');
    expect(has(ventre.quotes, 3, 'direct', 'Le multe vengono pagate')).toBe(true);
    // giving the figures is a statement of the subject's
    expect(has(ventre.quotes, 1, 'reported', 'ha fornito i numeri del trimestre')).toBe(true);
    expect(speakersOf('La centralina fornisce dati ogni ora sulla qualità dell’aria.').map((d) => d.name)).toEqual([]);
  });

  it('GIVEN a quotation inside a sentence closed by “, sono le parole del segretario X” THEN the quotation is X’s', () => {
    const drafts = speakersOf('I sindacati annunciano che il presidio continuerà “fino a quando non ci sarà un piano industriale serio”, sono le parole del segretario nazionale Ugo Vessi.');
    expect(has(speaker(drafts, 'Ugo Vessi').quotes, 1, 'direct', 'fino a quando non ci sarà')).toBe(true);
  });
  it('GIVEN a look-up by a full name that ends the name a speaker was found under, or that the found name ends THEN it finds them; an organisation in a source’s name does not', () => {
    const people = buildPeople([
      article('presidio', 'Il presidio continua. “Serve una soluzione industriale duratura”, sono le parole del segretario nazionale Fim Cisl Ugo Vessi.'),
      article('bus', 'Il servizio parte lunedì. «Abbiamo ascoltato gli studenti», ha detto l’assessora Anna Salvemini.'),
      article('rapporto', 'Un rapporto di Banca Lario sostiene che i prezzi saliranno.'),
    ]);
    expect(people.quote('Ugo Vessi').person).toBe('Fim Cisl Ugo Vessi');
    expect(people.quote('Maria Anna Salvemini').person).toBe('Anna Salvemini');
    expect(people.quote('Banca Lario').person).toBeNull();
    expect(people.quote('Luca Salvemini').person).toBeNull();
  });
  it('GIVEN an adverb of formal news copy between the auxiliary and the verb (“ha, altresì, lamentato”, “ha peraltro sottolineato”) THEN the verb is read and its subject speaks', () => {
    const drafts = speakersOf('Seduta dedicata alle interrogazioni.', 'Il consigliere Bruno Caffaro ha, altresì, lamentato la scarsa attenzione della giunta: “Ho ricevuto risposta solo al 40 per cento delle mie interrogazioni”.', 'La consigliera Ada Ferri ha peraltro sottolineato che i fondi mancano.');
    expect(has(speaker(drafts, 'Bruno Caffaro').quotes, 2, 'direct', 'Ho ricevuto risposta')).toBe(true);
    expect(has(speaker(drafts, 'Ada Ferri').quotes, 3, 'reported', 'i fondi mancano')).toBe(true);
  });
  it('GIVEN a quotation left open, then “, ha commentato X.” and a new quotation (“… giacenze, ha commentato X. Il vero problema, aggiunge, “…”) THEN the first ends at the comma and both are X’s, not the speaker before', () => {
    const drafts = speakersOf(
      '«La vendemmia è scarsa», ha detto l’enologo Rino Casati.',
      'Il calo non preoccupa, “visto il livello delle giacenze, che ha superato i 49 milioni di ettolitri, ha commentato il commissario di Ismea, Lino Prati. Il vero problema, aggiunge, “è la domanda interna che rallenta”.',
    );
    const prati = speaker(drafts, 'Lino Prati');
    expect(prati.quotes.filter((q) => q.kind === 'direct').map((q) => q.text)).toEqual(['visto il livello delle giacenze, che ha superato i 49 milioni di ettolitri', 'è la domanda interna che rallenta']);
    expect(speaker(drafts, 'Rino Casati').quotes.every((q) => q.paragraph === 1)).toBe(true);
  });
  it('GIVEN the floor given to X, then a paragraph quoting in the first person with an insert naming Y (“«Vorrei ricordare – ha commentato l’assessore Y – come …»”) THEN the paragraph is Y’s, not X’s', () => {
    const drafts = speakersOf(
      'Il primario del reparto, Mario Giusti, ha passato la parola alla caposala Lia Morbidelli.',
      '«Con il nuovo ecografo possiamo fare diagnosi più veloci».',
      '«Vorrei ricordare – ha commentato l’assessore regionale alla Sanità, Aldo Ferrante – come la Regione abbia investito 27 milioni in tecnologie».',
    );
    expect(has(speaker(drafts, 'Lia Morbidelli').quotes, 2, 'direct', 'Con il nuovo ecografo')).toBe(true);
    expect(has(speaker(drafts, 'Aldo Ferrante').quotes, 3, 'direct', 'come la Regione abbia investito')).toBe(true);
    expect(speaker(drafts, 'Lia Morbidelli').quotes.every((q) => q.paragraph === 2)).toBe(true);
  });
  it('GIVEN a sentence where nobody speaks naming one person in full with their office, then a quotation in the first person (“… fa ben sperare il presidente locale di Federalberghi X. “… Abbiamo poche camere …”) THEN it is X’s; a quotation not in the first person, or after a sentence naming two people, is nobody’s', () => {
    const drafts = speakersOf('Nel dianese il fine settimana fa ben sperare il presidente locale di Federalberghi Aldo Pilotti. “La Pasqua cade avanti e ci sono più richieste. Abbiamo poche camere libere”.');
    const pilotti = speaker(drafts, 'Aldo Pilotti');
    expect(has(pilotti.quotes, 1, 'direct', 'Abbiamo poche camere libere')).toBe(true);
    expect(pilotti.role).toBe('presidente locale di Federalberghi');
    expect(speakersOf('Si è spento il professor Dario Ventre. «Era un grande uomo e un maestro per tutti gli allievi».')).toEqual([]);
    expect(speakersOf('Il sindaco Aldo Pilotti ha incontrato l’assessora Lia Morbidelli. «Abbiamo parlato a lungo del cantiere della scuola».')).toEqual([]);
  });
  it('GIVEN “A guidare la prima squadra sarà X: “…”” and “A svolgere la funzione di direttore è Y: “…”” THEN each quotation is theirs; “A fare la differenza è stata la difesa: “…”” names nobody', () => {
    const drafts = speakersOf('A guidare la prima squadra sarà Sara Gobbi: “Ho accettato con entusiasmo questa sfida”.', 'A svolgere la funzione di direttore generale è Nario Cardelli: “Fin da subito il progetto mi ha convinto”.');
    expect(has(speaker(drafts, 'Sara Gobbi').quotes, 1, 'direct', 'Ho accettato')).toBe(true);
    expect(has(speaker(drafts, 'Nario Cardelli').quotes, 2, 'direct', 'Fin da subito')).toBe(true);
    expect(speakersOf('A fare la differenza è stata la difesa: “Siamo stati bravi a chiudere ogni spazio”.')).toEqual([]);
  });

  it('GIVEN an office that speaks (““…” ha concluso il dirigente”) and one person the article names with it paragraphs before THEN the words are that person’s', () => {
    const drafts = speakersOf(
      'L’assessora ha poi passato la parola al sindaco Ezio Donati, all’assessore regionale ed ex sindaco Marco Galli, con cui era stato avviato il progetto, al dirigente scolastico Davide Marini, che dopo i saluti ha suonato la prima campanella.',
      'Nei loro interventi tutti hanno sottolineato la soddisfazione per l’opera.',
      'Durante la cerimonia Donati, Galli e Marini hanno issato le bandiere.',
      '“Che sia una scuola bella e con anima” ha concluso il dirigente, parafrasando una canzone.',
    );
    expect(has(speaker(drafts, 'Davide Marini').quotes, 4, 'direct', 'Che sia una scuola bella')).toBe(true);
  });

  it('GIVEN “ha preso la parola sottolineando nel suo intervento quanto …”, “secondo la ricostruzione del pm X, …” and “… -termina X- …” THEN each is X’s statement', () => {
    const russi = speakersOf('La studentessa Desiree Rossetti ha preso la parola sottolineando nel suo intervento quanto i ragazzi abbiano recuperato uno spazio di incontro.');
    expect(has(speaker(russi, 'Desiree Rossetti').quotes, 1, 'reported', 'quanto i ragazzi abbiano recuperato')).toBe(true);
    const pm = speakersOf('I carabinieri, secondo la ricostruzione del pm Ilaria Conti, intervennero nell’abitazione dopo una chiamata.');
    expect(has(speaker(pm, 'Ilaria Conti').quotes, 1, 'reported', 'intervennero nell’abitazione')).toBe(true);
    const coach = speakersOf('Il tecnico è Stefano Tronchi.', '“Obiettivi dichiarati non ce ne sono -termina Tronchi- e ce li costruiremo sul campo”.');
    expect(has(speaker(coach, 'Stefano Tronchi').quotes, 2, 'direct', 'ce li costruiremo')).toBe(true);
    expect(speakersOf('Il corso di nuoto termina a giugno con una festa per le famiglie.')).toEqual([]);
  });
  it('GIVEN “Sulla stessa lunghezza d’onda il presidente X.” and “Dello stesso avviso anche X, che …” after someone’s statement THEN X shares it, as a reported statement of theirs', () => {
    const drafts = speakersOf('«Lo spazio serve a tutto il territorio», ha detto il sindaco Ezio Donati. Sulla stessa lunghezza d’onda il presidente della Provincia Sergio Lodi.', 'Il piano è utile, dice Donati. Dello stesso avviso anche Anna Neri, che guida il comitato.');
    expect(has(speaker(drafts, 'Sergio Lodi').quotes, 1, 'reported', 'Sulla stessa lunghezza')).toBe(true);
    expect(has(speaker(drafts, 'Anna Neri').quotes, 2, 'reported', 'Dello stesso avviso')).toBe(true);
    expect(speaker(drafts, 'Ezio Donati').quotes.every((q) => !q.text.includes('lunghezza'))).toBe(true);
  });
  it('GIVEN a paragraph closed by “X e Y hanno spiegato:” and paragraphs after it in the first person with no quotation marks THEN those paragraphs are both speakers’ words, and the announcing sentence is no statement', () => {
    const drafts = speakersOf(
      'La grandinata ha colpito le colline.',
      'Il presidente della Regione Aldo Cirelli e l’assessore all’Agricoltura Marco Prota hanno spiegato:',
      'Ci arrivano segnalazioni di chicchi grandi come palline da tennis',
      'Ci siamo mobilitati subito: stasera andrò nelle località colpite.',
      'In serata la Regione ha pubblicato un aggiornamento.',
    );
    for (const name of ['Aldo Cirelli', 'Marco Prota']) {
      const quotes = speaker(drafts, name).quotes;
      expect(has(quotes, 3, 'direct', 'chicchi grandi'), name).toBe(true);
      expect(has(quotes, 4, 'direct', 'Ci siamo mobilitati'), name).toBe(true);
      expect(quotes.some((q) => q.paragraph === 2 || q.paragraph === 5), name).toBe(false);
    }
  });
  it('GIVEN “… mobilitati dal consigliere regionale Pd X. Il quale commenta: «…»” THEN the relative opening the sentence is X, named without the party’s initials', () => {
    const drafts = speakersOf('Rinviata la protesta dei sindaci, mobilitati dal consigliere regionale Pd Matteo Pilotti. Il quale commenta duramente la notizia del rinvio: «È solo l’ennesima prova dell’incapacità della Regione».');
    const pilotti = speaker(drafts, 'Matteo Pilotti');
    expect(has(pilotti.quotes, 1, 'direct', 'È solo l’ennesima prova')).toBe(true);
    expect(drafts.map((d) => d.name)).not.toContain('Pd Matteo Pilotti');
  });

  it('GIVEN a sentence naming one person with their office where nobody speaks, then “«…» – racconta – «…»” in the next paragraph and “«…» – spiega – «…»” two paragraphs on THEN all are that person’s, not the earlier speaker’s', () => {
    const drafts = speakersOf(
      '“Siamo felici – spiegava Guido Saviotti, presidente della Pro Loco – di proporre il programma della festa”.',
      'Grande soddisfazione da parte del primo cittadino, Paolo Cuglia.',
      '“Certamente – racconta – è stato complicato. È andata bene”. Il sindaco rivendica anche l’organizzazione degli eventi.',
      '“La scelta – spiega – di distribuire la festa in tanti punti della città è stata vincente”.',
    );
    const cuglia = speaker(drafts, 'Paolo Cuglia');
    expect(has(cuglia.quotes, 3, 'direct', 'Certamente')).toBe(true);
    expect(has(cuglia.quotes, 4, 'direct', 'La scelta')).toBe(true);
    expect(speaker(drafts, 'Guido Saviotti').quotes.every((q) => q.paragraph === 1)).toBe(true);
  });

  it('GIVEN “Di ben altro umore lo sconfitto X: “…”” in the first person THEN X speaks; “Lettera aperta a X: «…»” is addressed to X', () => {
    expect(has(speaker(speakersOf('Di ben altro umore, ovviamente, lo sconfitto Joao Sosa: “Sono molto arrabbiato per questa finale”.'), 'Joao Sosa').quotes, 1, 'direct', 'Sono molto arrabbiato')).toBe(true);
    expect(speakersOf('Lettera aperta a Mario Rossetti: «Caro sindaco, siamo stanchi di aspettare».')).toEqual([]);
  });
  it('GIVEN a short complement between a name and its verb (“X nella replica ha confermato …”, “Il presidente X nel chiudere i lavori ha assicurato che …”) and “X si è invece detto all’oscuro” THEN each is X’s statement; “il Figlio a lui nel quale aveva creduto” names no speaker', () => {
    const drafts = speakersOf(
      'Luca Casetti nella replica ha confermato l’esistenza di un progetto all’ufficio tecnico.',
      'Il presidente del Consiglio regionale Cicalo nel chiudere i lavori ha assicurato che solleciterà la giunta.',
      'Il consigliere Giuseppe Megalli ha presentato l’interrogazione. Sulla realizzazione di un asilo nido Megalli si è invece detto all’oscuro.',
    );
    expect(has(speaker(drafts, 'Luca Casetti').quotes, 1, 'reported', 'ha confermato l’esistenza')).toBe(true);
    expect(has(speaker(drafts, 'Cicalo').quotes, 2, 'reported', 'solleciterà la giunta')).toBe(true);
    expect(has(speaker(drafts, 'Giuseppe Megalli').quotes, 3, 'reported', 'all’oscuro')).toBe(true);
    expect(speakersOf('Egli ha ringraziato Dio per aver rivelato il suo Figlio a lui nel quale aveva creduto.').map((d) => d.name)).not.toContain('Figlio');
    const after = speakersOf('Carlo Verdoni, padre di una vittima, alla lettura della sentenza ha commentato: "Giustizia è fatta".');
    expect(has(speaker(after, 'Carlo Verdoni').quotes, 1, 'direct', 'Giustizia è fatta')).toBe(true);
  });
  it('GIVEN a sentence whose subject is carried over (“Ha poi illustrato l’investimento, di cui 400mila dal sottosegretario X.”) THEN the person it names does not take the focus: “Ha spiegato che …” after it is still the earlier speaker’s', () => {
    const drafts = speakersOf('Il sindaco Aldo Ferrini ha citato il presidente della Repubblica: “Nella scuola si produce il futuro”. Ha poi illustrato l’investimento di un milione, di cui 400mila dal sottosegretario Mauro Piazzi. Ha spiegato che la scuola ora è moderna e sicura.');
    expect(has(speaker(drafts, 'Aldo Ferrini').quotes, 1, 'reported', 'la scuola ora è moderna')).toBe(true);
    expect(drafts.map((d) => d.name)).not.toContain('Mauro Piazzi');
  });
  it('GIVEN “X, presidente di Y, è scettica su questi dati e chiede …” THEN the stance is X’s reported statement', () => {
    const drafts = speakersOf('Mara Quaglia, presidente di Federalberghi, è scettica su questi dati e chiede al Comune dove li abbia presi.');
    expect(has(speaker(drafts, 'Mara Quaglia').quotes, 1, 'reported', 'è scettica su questi dati')).toBe(true);
  });
  it('GIVEN a quotation closed with an apostrophe before a verb of saying (“… questa squadra’ dice X: …”) THEN it ends there and is X’s, not the speaker before’s', () => {
    const drafts = speakersOf(
      '«Brava la squadra», ha detto il sindaco Mimmo Consoli.',
      '“Da 5 anni ho l’onore di presiedere questa squadra’ dice Massimo Oggiani: neanche lui si dilunga molto. “Da quest’anno abbiamo ripreso il gruppo delle bambine” aggiunge infine il patron.',
    );
    const oggiani = speaker(drafts, 'Massimo Oggiani');
    expect(has(oggiani.quotes, 2, 'direct', 'Da 5 anni ho l’onore di presiedere questa squadra')).toBe(true);
    expect(oggiani.quotes.some((q) => q.kind === 'direct' && q.text.includes('dice Massimo'))).toBe(false);
    expect(speaker(drafts, 'Mimmo Consoli').quotes.every((q) => q.paragraph === 1)).toBe(true);
  });
  it('GIVEN ““…” – hanno detto A (M5s), B (Pd), C (Avs) e D (Lega) – “…”” THEN the statement is each of the four’s, their parties’ brackets aside; “…”, dicono i capigruppo” and “Secondo i consiglieri di opposizione “…”” next go on with all four', () => {
    const drafts = speakersOf(
      'I capigruppo di minoranza hanno protestato davanti al municipio. "Abbiamo scelto di farci sentire - hanno detto Marta Ferri (M5s), Luca Bassi (Pd), Anna Rota (Avs) e Piero Galli (Lega) - perché il sindaco non risponde da mesi".',
      '"L’assenza del sindaco è l’ennesima prova del suo disinteresse", dicono i capigruppo.',
      'Secondo i consiglieri di opposizione si sta "svilendo il consiglio comunale".',
    );
    for (const name of ['Marta Ferri', 'Luca Bassi', 'Anna Rota', 'Piero Galli']) {
      const quotes = speaker(drafts, name).quotes;
      expect(has(quotes, 1, 'direct', 'Abbiamo scelto di farci sentire'), name).toBe(true);
      expect(has(quotes, 2, 'direct', 'L’assenza del sindaco'), name).toBe(true);
      expect(quotes.some((q) => q.paragraph === 3), name).toBe(true);
    }
  });
  it('GIVEN “Le opposizioni, per bocca della vicepresidente della commissione, A e di B (Misto) hanno ribadito …” THEN it is A’s and B’s reported statement, not the group’s', () => {
    const drafts = speakersOf('Le opposizioni, per bocca della vicepresidente della commissione Bilancio, Carla Neri e di Guido Sala (Gruppo Misto) ancora una volta hanno ribadito il rischio di un nuovo debito.');
    expect(has(speaker(drafts, 'Carla Neri').quotes, 1, 'reported', 'hanno ribadito il rischio')).toBe(true);
    expect(has(speaker(drafts, 'Guido Sala').quotes, 1, 'reported', 'hanno ribadito il rischio')).toBe(true);
    const one = speakersOf('La minoranza, per bocca di Carla Neri, ha ribadito il rischio di un nuovo debito.');
    expect(has(speaker(one, 'Carla Neri').quotes, 1, 'reported', 'ha ribadito il rischio')).toBe(true);
  });
  it('GIVEN “Il difensore, avvocatessa X di Y, trova l’errore: “…”, rileva.” THEN the quotation is X’s (“avvocatessa” is an office as “avvocata” is)', () => {
    const drafts = speakersOf('Il difensore d’ufficio, avvocatessa Giulia Ferraro di Schio, trova l’errore nel verbale: “Qui manca la firma del proprietario”, rileva.');
    expect(has(speaker(drafts, 'Giulia Ferraro').quotes, 1, 'direct', 'Qui manca la firma')).toBe(true);
    // (with someone named before: the verb alone after the quotation is still the sentence's subject's, not theirs)
    const after = speakersOf('Visto che la riforma firmata dall’ex ministro Neri richiede subito una querela, senza di essa è impossibile procedere.', 'Il difensore d’ufficio, avvocatessa Giulia Ferraro di Schio, trova l’errore nel verbale: “Qui manca la firma del proprietario”, rileva.');
    expect(has(speaker(after, 'Giulia Ferraro').quotes, 2, 'direct', 'Qui manca la firma')).toBe(true);
    expect(after.find((d) => d.name === 'Neri')?.quotes ?? []).toEqual([]);
  });
  it('GIVEN a paragraph of quotation nobody says, then “Questo il pensiero del sindaco X alla luce di …” THEN the quotation is X’s', () => {
    const drafts = speakersOf('“Il reparto ha da dodici anni un primario che ha vinto un regolare concorso”.', 'Questo il pensiero del sindaco di Valdora Marco Sereni alla luce dell’interrogazione presentata ieri.');
    expect(has(speaker(drafts, 'Marco Sereni').quotes, 1, 'direct', 'Il reparto ha da dodici anni')).toBe(true);
  });
  it('GIVEN “Il pm X chiede la convalida del fermo”, “l’avvocato Y ha chiesto l’assoluzione” THEN what they ask the court for is their reported statement; “Il Comune ha chiesto il rinvio della seduta” names nobody who speaks', () => {
    const drafts = speakersOf('Il pm Carla Ruggeri chiede la convalida del fermo e insiste per la custodia in carcere. L’avvocato Paolo Serra ha chiesto l’assoluzione del suo assistito.');
    expect(has(speaker(drafts, 'Carla Ruggeri').quotes, 1, 'reported', 'chiede la convalida del fermo')).toBe(true);
    expect(has(speaker(drafts, 'Paolo Serra').quotes, 1, 'reported', 'ha chiesto l’assoluzione')).toBe(true);
    expect(speakersOf('Il Comune di Valdora ha chiesto il rinvio della seduta.')).toEqual([]);
  });
  it('GIVEN vox-pop prose (“Anna G. esterna la sua sorpresa: «…»”, then “Paola Neri, ieri mattina, s’è presentata allo sportello: … «Non è possibile - osserva -. …»”) THEN a given name with a surname’s initial speaks, and a full name opening a sentence comes into focus: the bare insert is hers, not the speaker before’s', () => {
    const drafts = speakersOf(
      'Anna G. esterna la sua sorpresa: «Mi è arrivata una bolletta di 162 euro. Ho chiesto chiarimenti».',
      'Paola Neri, ieri mattina, s’è presentata allo sportello per chiedere spiegazioni: il suo conguaglio è di 797 euro. «Non è possibile - osserva -. Vivo da sola».',
    );
    expect(has(speaker(drafts, 'Anna G.').quotes, 1, 'direct', 'Mi è arrivata una bolletta')).toBe(true);
    expect(has(speaker(drafts, 'Paola Neri').quotes, 2, 'direct', 'Non è possibile')).toBe(true);
    expect(speaker(drafts, 'Anna G.').quotes.some((q) => q.paragraph === 2)).toBe(false);
  });
  it('GIVEN ““…”, sono le richieste avanzate dai sindaci A (X) e B (Y)” and “Rossi aveva chiesto scusa alla famiglia «per il dolore arrecato»” THEN the requests are both mayors’, the apology Rossi’s', () => {
    const drafts = speakersOf('“Più sicurezza per i cittadini”, sono le richieste avanzate dai sindaci Carla Neri (Valdora) e Paolo Sala (Monte).', 'Nell’udienza precedente Marco Rossi aveva chiesto scusa alla famiglia «per il dolore arrecato».');
    expect(has(speaker(drafts, 'Carla Neri').quotes, 1, 'direct', 'Più sicurezza')).toBe(true);
    expect(has(speaker(drafts, 'Paolo Sala').quotes, 1, 'direct', 'Più sicurezza')).toBe(true);
    expect(has(speaker(drafts, 'Marco Rossi').quotes, 2, 'direct', 'per il dolore arrecato')).toBe(true);
  });
  it('GIVEN ““… -spiegano i quattro rappresentanti degli studenti: A, B, C e D- …”” and “Per finire riportiamo le dichiarazioni del Ministro X: “…”” THEN the first of the list after the colon speaks with the others, and the speech noun as the fifth word still names the speaker', () => {
    const drafts = speakersOf(
      '“Inizialmente la direzione è stata titubante -spiegano i quattro rappresentanti degli studenti: Luca Neri, Anna De Santis, Marco Sala e Elisa Conti- ma poi ci ha aiutato”.',
      'Per finire riportiamo le dichiarazioni del Ministro Ferraresi: “Perseveranza e buona fede sono gli elementi essenziali per raggiungere un obiettivo”.',
    );
    for (const name of ['Luca Neri', 'Anna De Santis', 'Marco Sala', 'Elisa Conti']) expect(has(speaker(drafts, name).quotes, 1, 'direct', 'Inizialmente la direzione'), name).toBe(true);
    expect(has(speaker(drafts, 'Ferraresi').quotes, 2, 'direct', 'Perseveranza e buona fede')).toBe(true);
  });
  it('GIVEN “secondo il capogruppo del Partito democratico X: “…””, “… da parte di monsignor Y, per il quale “…”” and “L’assessore Z, presente all’incontro, ha fatto presente che …” THEN each speaks (the organisation’s name runs on with its adjective; “per il quale” before a quotation; the adjective’s apposition)', () => {
    const drafts = speakersOf(
      'Operazione trasparente secondo il capogruppo del Partito democratico Carlo Fossi: “Si è svolto tutto alla luce del sole”.',
      'Elogio dello sport da parte di monsignor Bertoldi, per il quale “nello sport una persona gioisce della vita”.',
      'L’assessore Marco Santini, presente all’incontro, ha fatto presente che il tema è oggetto del suo assessorato.',
    );
    expect(speaker(drafts, 'Carlo Fossi').role).toBe('capogruppo del Partito democratico');
    expect(has(speaker(drafts, 'Carlo Fossi').quotes, 1, 'direct', 'Si è svolto tutto')).toBe(true);
    const bertoldi = speaker(drafts, 'Bertoldi').quotes;
    expect(has(bertoldi, 2, 'direct', 'nello sport una persona')).toBe(true);
    expect(bertoldi.filter((q) => q.paragraph === 2).map((q) => q.kind)).toEqual(['direct']);
    expect(has(speaker(drafts, 'Marco Santini').quotes, 3, 'reported', 'ha fatto presente che')).toBe(true);
  });
  it('GIVEN “Intervenuto il commissario X ai microfoni della stampa, ha voluto concentrare il suo discorso …: “…”” THEN the participle’s subject says the quotation', () => {
    const drafts = speakersOf('Il presidente Carlo Neri ha aperto la cerimonia.', 'Intervenuto il commissario Scudieri ai microfoni della stampa, ha voluto concentrare il suo discorso sui primari: “Quattro primari su cinque sono calabresi”.');
    expect(has(speaker(drafts, 'Scudieri').quotes, 2, 'direct', 'Quattro primari su cinque')).toBe(true);
    expect((drafts.find((d) => d.name === 'Carlo Neri')?.quotes ?? []).some((q) => q.paragraph === 2)).toBe(false);
  });
  it('GIVEN an interview whose voices are headings (“## MENCARELLI 1”, “## BERTI 1”) over paragraphs in the first person, the names in the title THEN each paragraph is its heading’s person’s; a heading that names nobody in the article, or a topic, is no voice', () => {
    const drafts = speakersUnder(
      'Marcelli e Bertoni: le voci della vittoria',
      'La squadra ha vinto la coppa davanti al suo pubblico.',
      '## MARCELLI 1',
      'Siamo entrati in campo carichi di tensione, ma siamo stati bravi a ricompattarci.',
      '## BERTONI 1',
      'Sono felicissima per questa vittoria e sono contenta per tutto il gruppo.',
      '## Il programma',
      'Sono previste due partite in casa a dicembre.',
    );
    expect(has(speaker(drafts, 'Marcelli').quotes, 2, 'direct', 'Siamo entrati in campo')).toBe(true);
    expect(has(speaker(drafts, 'Bertoni').quotes, 3, 'direct', 'Sono felicissima')).toBe(true);
    expect(drafts.flatMap((d) => d.quotes).some((q) => q.paragraph === 4)).toBe(false);
    expect(speakersUnder('La coppa', 'La squadra ha vinto.', '## ROSSI 1', 'Sono felice per la vittoria.')).toEqual([]);
  });
  it('GIVEN ““…”, il commento degli assessori A e B” and a long insert naming its speaker right after the verb (“- ha spiegato il sindaco X, reduce da una nottata … insieme all’assessore Y e alla protezione civile -”) THEN the quotation is both assessors’, and X’s (not Y’s)', () => {
    const drafts = speakersOf(
      '“Ringraziamo la Direzione Generale per aver dato seguito alla nostra richiesta”, il commento degli assessori Anna Maria Rossetti e Pia Conti',
      '"Mancano ancora alcuni particolari - ha spiegato il sindaco Matteo Ferrando, reduce da una nottata senza sonno per vigilare sull\'allerta meteo insieme all\'assessore Mattia Bellini e alla protezione civile - ma il più è fatto".',
    );
    for (const name of ['Anna Maria Rossetti', 'Pia Conti']) expect(has(speaker(drafts, name).quotes, 1, 'direct', 'Ringraziamo la Direzione'), name).toBe(true);
    expect(has(speaker(drafts, 'Matteo Ferrando').quotes, 2, 'direct', 'Mancano ancora alcuni particolari')).toBe(true);
    expect(drafts.map((d) => d.name)).not.toContain('Mattia Bellini');
  });
  it('GIVEN “Il primo banco colpito è stato quello di X, che ha raccontato: “…”” and “Da parte dei consiglieri A e B il disappunto per …” THEN the relative on the person after “di” speaks, and a stance that comes from two people is both theirs; “Dal 2019 la soddisfazione …” names nobody', () => {
    const drafts = speakersOf(
      'Il primo banco colpito è stato quello di Giovanni Paladini, che ha raccontato: “Dopo aver spento l’incendio ho controllato la cassa”.',
      'Da parte dei consiglieri Marco Braida e Luca Cifarini il disappunto per la mancanza in Aula degli altri assessori.',
    );
    expect(has(speaker(drafts, 'Giovanni Paladini').quotes, 1, 'direct', 'Dopo aver spento')).toBe(true);
    for (const name of ['Marco Braida', 'Luca Cifarini']) expect(has(speaker(drafts, name).quotes, 2, 'reported', 'il disappunto'), name).toBe(true);
    expect(speakersOf('Dal 2019 la soddisfazione dei cittadini è cresciuta.')).toEqual([]);
    expect(speakersOf('L’impegno di Mister Tod’s, che ha sollecitato i colleghi a investire.').map((d) => d.name)).not.toContain('Mister Tod’s');
  });
  it('GIVEN “Al sit-in era presente anche la consigliera X, che ha puntato il dito contro la sospensione dei lavori: “…”” THEN pointing the finger is a stance, and the quotation after the colon is X’s', () => {
    const drafts = speakersOf('Al sit-in era presente anche la consigliera comunale Federica Pecchia, che ha puntato il dito contro la sospensione dei lavori del consiglio: “La maggioranza ha deciso di sospendere i lavori fino alle elezioni”.');
    const quotes = speaker(drafts, 'Federica Pecchia').quotes;
    expect(has(quotes, 1, 'direct', 'La maggioranza ha deciso')).toBe(true);
    expect(has(quotes, 1, 'reported', 'puntato il dito')).toBe(true);
  });
  it('GIVEN ““…”, sottolinea il direttore Marketing e Comunicazione del gruppo Esselunga Roberto Selva.” THEN the office’s department is no name: Roberto Selva speaks, with the whole office', () => {
    const drafts = speakersOf('"C\'è il pienone, speriamo che non sia solo per oggi", sottolinea il direttore Marketing e Comunicazione del gruppo Esselunga Roberto Sella.');
    expect(speaker(drafts, 'Roberto Sella').role).toBe('direttore Marketing e Comunicazione del gruppo Esselunga');
    expect(has(speaker(drafts, 'Roberto Sella').quotes, 1, 'direct', 'pienone')).toBe(true);
    expect(drafts.map((d) => d.name)).not.toContain('Marketing');
  });
  it('GIVEN a cleft with no quotation (“È Name Surname (Party), con un’interrogazione …, a sollecitare …”, “È Name Surname a spiegare che …”) THEN the sentence is their reported statement; “È un problema a …” names nobody', () => {
    const drafts = speakersOf(
      'È Mario Neri (Misto), con un’interrogazione a risposta immediata in Assemblea legislativa, a sollecitare il governo regionale a presentare una nuova richiesta.',
      'È Luca Bassi a spiegare che la richiesta è arrivata tardi.',
    );
    expect(has(speaker(drafts, 'Mario Neri').quotes, 1, 'reported', 'a sollecitare il governo')).toBe(true);
    expect(has(speaker(drafts, 'Luca Bassi').quotes, 2, 'reported', 'la richiesta è arrivata tardi')).toBe(true);
    expect(speakersOf('È un problema a sollecitare la spesa, non la Giunta.')).toEqual([]);
  });
  it('GIVEN “L’ex-Presidente della Provincia autonoma di Trento Name Surname”, ““…” continua il Consigliere provinciale” and “Name de Surname” THEN the former office is an office, the place is no part of the name, the office capitalised by deference is the person in focus, and the particle in lower case is part of the name', () => {
    const drafts = speakersOf(
      'L’ex-Presidente della Provincia autonoma di Trento Ugo Bianchi torna a prendere parte al dibattito.',
      '“La riapertura dei punti nascita è un tema fondamentale” sostiene infatti Bianchi.',
      '“Mi domando se la Giunta abbia già provveduto” continua il Consigliere provinciale.',
      'Il presidente della Regione Michele de Pascali ha detto: «Serve un piano».',
    );
    const bianchi = speaker(drafts, 'Ugo Bianchi');
    expect(has(bianchi.quotes, 2, 'direct', 'La riapertura')).toBe(true);
    expect(has(bianchi.quotes, 3, 'direct', 'Mi domando')).toBe(true);
    expect(has(speaker(drafts, 'Michele de Pascali').quotes, 4, 'direct', 'Serve un piano')).toBe(true);
    expect(drafts.map((d) => d.name)).not.toContain('Consigliere');
  });
  it('GIVEN “A Name ha poi replicato il consigliere Surname, “…””, the full name written with other spaces in the title (“Gianluca” / “Gian Luca”) THEN the quotation is the subject’s after the verb, not the fronted complement’s, and the surname is the body’s full name', () => {
    const drafts = speakersUnder(
      'Interrogazione di Gianmarco Sassoli e risposta di Pietro Manzi',
      'È Gian Marco Sassoli a sollecitare il governo regionale a presentare una nuova richiesta.',
      'La risposta è arrivata dal sottosegretario Pietro Manzi, riferendo che “l’assessore ha chiesto un incontro”.',
      'A Manzi ha poi replicato il consigliere Sassoli, “la decisione spetta alla Regione”.',
    );
    const sassoli = speaker(drafts, 'Gian Marco Sassoli');
    expect(has(sassoli.quotes, 3, 'direct', 'la decisione spetta')).toBe(true);
    expect(has(speaker(drafts, 'Pietro Manzi').quotes, 3, 'direct', 'la decisione spetta')).toBe(false);
    expect(drafts.map((d) => d.name)).not.toContain('Sassoli');
  });
  it('GIVEN “Il ministro Surname ha invece difeso l’impianto della manovra, sostenendo che …” THEN the gerund of saying is the office holder’s, named by surname; “… il ministro X difende la manovra e ribadisce che …” is X’s', () => {
    const drafts = speakersOf(
      'Oggi il ministro dell’Economia Carlo Brunetti difende la manovra e ribadisce che il governo è «nel giusto».',
      'Il ministro Brunetti ha invece difeso l’impianto della manovra, sostenendo che l’esecutivo ha «aiutato il ceto medio».',
    );
    const quotes = speaker(drafts, 'Carlo Brunetti').quotes;
    expect(has(quotes, 1, 'direct', 'nel giusto')).toBe(true);
    expect(has(quotes, 2, 'direct', 'aiutato il ceto medio')).toBe(true);
  });
  it('GIVEN a person in focus with no office, then ““…” – ha affermato l’assessore – “…”” THEN the quotation is the one assessor the article names; “ribatte la consigliera” is not “il consigliere X”', () => {
    const drafts = speakersOf(
      'L’evento è avvenuto in presenza del sindaco Mauro Marchetti e dell’assessore Rosa Silvani.',
      'Daniela Pastori racconta: “Abbiamo lavorato tutta l’estate”.',
      '“Dobbiamo prendere consapevolezza – ha affermato l’assessore – Due giovani donne portano avanti un principio”.',
    );
    expect(has(speaker(drafts, 'Rosa Silvani').quotes, 3, 'direct', 'Dobbiamo prendere')).toBe(true);
    expect(has(speaker(drafts, 'Daniela Pastori').quotes, 3, 'direct', 'Dobbiamo prendere')).toBe(false);
    const other = speakersOf(
      '«I genitori hanno acquistato degli abbonamenti – tuona Luciana Bartolini – e il problema è arrivato tardi».',
      'Bartolini replica anche al consigliere Stefano Gaeta, il quale ha affermato che il Comune deve garantire il trasporto. «Non ha senso parlare di scuole di pertinenza – ribatte la consigliera del gruppo misto – le famiglie scelgono le scuole».',
    );
    expect(has(speaker(other, 'Luciana Bartolini').quotes, 2, 'direct', 'Non ha senso')).toBe(true);
  });
  it('GIVEN “Quello dei prezzi X lo ha definito il problema …, e lo ha denunciato recentemente anche Y”, “A e B, presenti all’incontro, hanno sottolineato …” and “il sindaco X dopo il summit in Regione aveva annunciato che …” THEN each is their reported statement, Y’s from the comma before the verb', () => {
    const drafts = speakersOf(
      'Quello dei prezzi dell’energia Emanuele Orsetti lo ha definito il problema per eccellenza delle aziende, e lo ha denunciato recentemente anche Mario Draghetti.',
      'Il presidente regionale Antonio Mieli e la delegata nazionale Rosa Gentili, presenti all’incontro di presentazione del Bando, hanno sottolineato l’importanza del risultato.',
      'Il 23 gennaio il sindaco Giuseppe Nannini dopo il summit in Regione aveva annunciato che il punto nascite aprirà di nuovo.',
    );
    expect(has(speaker(drafts, 'Emanuele Orsetti').quotes, 1, 'reported', 'lo ha definito il problema')).toBe(true);
    const draghetti = speaker(drafts, 'Mario Draghetti').quotes.filter((q) => q.paragraph === 1);
    expect(draghetti.map((q) => q.text)).toEqual(['e lo ha denunciato recentemente anche Mario Draghetti.']);
    for (const name of ['Antonio Mieli', 'Rosa Gentili']) expect(has(speaker(drafts, name).quotes, 2, 'reported', 'hanno sottolineato'), name).toBe(true);
    expect(has(speaker(drafts, 'Giuseppe Nannini').quotes, 3, 'reported', 'aveva annunciato')).toBe(true);
  });
  it('GIVEN “Complimenti sono arrivati dal vice prefetto A e dal rappresentante della provincia B che hanno sottolineato “…”” THEN both say it, and the first word of the sentence is no speaker', () => {
    for (const text of [
      'Complimenti sono poi arrivati anche dal vice prefetto Bruno Tognoli e dal rappresentante della provincia Franco Romualdo che hanno sottolineato “l’alto valore sociale dell’iniziativa”.',
      'Complimenti sono arrivati dal sindaco Bruno Tognoli e dall’assessore Franco Romualdo, che hanno sottolineato il valore dell’iniziativa.',
    ]) {
      const drafts = speakersOf(text);
      for (const name of ['Bruno Tognoli', 'Franco Romualdo']) expect(has(speaker(drafts, name).quotes, 1, 'reported', 'Complimenti sono'), `${name}: ${text}`).toBe(true);
      expect(drafts.map((d) => d.name)).not.toContain('Complimenti');
    }
  });

  it('GIVEN “Spiega X Y Presidente di Z: “…””, “A fargli eco è X: “…””, “Entusiasta anche X: “…””, “X prima aveva affermato: “…””, “Capitan X Y” and a surname that is also a verb (“Florio Noto”) THEN the quotation is X Y’s, the capitalised office, the title and the verb left out of the name', () => {
    const office = speakersOf('Spiega Franco Gualtieri Presidente di Arti&Mestieri: “L’età media è alta ma ci divertiamo con queste persone”.', 'Sottolinea Ada Ferrando Presidente regionale dell’associazione: “Sono tanti anni che vengo qui”.');
    expect(has(speaker(office, 'Franco Gualtieri').quotes, 1, 'direct', 'L’età media')).toBe(true);
    expect(has(speaker(office, 'Ada Ferrando').quotes, 2, 'direct', 'Sono tanti anni')).toBe(true);
    expect(office.map((d) => d.name)).not.toContain('Franco Gualtieri Presidente');
    // a surname that is an office's word stays a name: no complement after it
    expect(speakersOf('Giuseppe Giudice ha spiegato che il bilancio è in ordine.').map((d) => d.name)).toContain('Giuseppe Giudice');
    const echo = speakersOf('Dopo la partita parlano Capitan Marco Ferlini e il tecnico Luca Sandri.', '“Abbiamo sofferto in mischia”, dice Sandri. A fargli eco è Ferlini: “Abbiamo fatto errori nei momenti importanti”.', 'A replicare è stato il sindaco Paolo Nanni, che ha detto che il bilancio è in ordine.');
    expect(has(speaker(echo, 'Marco Ferlini').quotes, 2, 'direct', 'Abbiamo fatto errori')).toBe(true);
    expect(has(speaker(echo, 'Paolo Nanni').quotes, 3, 'reported', 'A replicare')).toBe(true);
    expect(has(speaker(echo, 'Luca Sandri').quotes, 2, 'direct', 'Abbiamo fatto errori')).toBe(false);
    // a verbless opening and "anche" before a name the article gives; an adverb of time between subject and verb
    const focused = speakersOf('Il presidente Pietro Porro ha presentato Gianluca Festa e Gianfranco Matteoli.', 'Entusiasta anche Matteoli: «Per me tornare qui è una cosa bellissima».', 'Il presidente Porro prima aveva affermato: «Festa ci aiuterà a trovare le soluzioni».');
    expect(has(speaker(focused, 'Gianfranco Matteoli').quotes, 2, 'direct', 'tornare qui')).toBe(true);
    expect(has(speaker(focused, 'Pietro Porro').quotes, 3, 'direct', 'Festa ci aiuterà')).toBe(true);
    const verb = speakersOf('Dello stesso tenore le dichiarazioni di Florio Noto, uno degli imputati: “Dicono che ho tirato qualcosa, ma io non fumo”.');
    expect(has(speaker(verb, 'Florio Noto').quotes, 1, 'direct', 'Dicono che ho tirato')).toBe(true);
  });
});

describe('speakers named after adjuncts, in a plural office’s apposition, or by an insert or a note with no verb', () => {
  it('GIVEN “«…» scrivono in una nota congiunta A, B e C, i tre sindaci” then “«…» aggiungono i tre sindaci” THEN both quotations are each of the three’s', () => {
    const drafts = speakersOf('“Una decisione sofferta ma inevitabile” scrivono in una nota congiunta Paola Neri, Mauro Ghedi e Gino Mela, i tre sindaci della vallata.', '“Una scelta che guarda anche alle famiglie” aggiungono i tre sindaci.');
    for (const name of ['Paola Neri', 'Mauro Ghedi', 'Gino Mela']) {
      expect(has(speaker(drafts, name).quotes, 1, 'direct', 'Una decisione sofferta'), name).toBe(true);
      expect(has(speaker(drafts, name).quotes, 2, 'direct', 'Una scelta'), name).toBe(true);
    }
    // a plural verb past adjuncts with one name after it names no speaker of its own
    const one = speakersOf('Il sindaco Aldo Neri ha aperto la seduta.', '“Il bilancio è in ordine” scrivono in una nota Paola Neri.');
    expect(one.some((d) => d.name === 'Paola Neri' && d.quotes.length)).toBe(false);
  });

  it('GIVEN “«…» hanno precisato i difensori del giovane, gli avvocati A e B” THEN the quotation is A’s and B’s', () => {
    const drafts = speakersOf('“Confermiamo che si è avvalso della facoltà di non rispondere” hanno precisato i difensori del giovane, gli avvocati Marco Vigna e Andrea Fresco, che lo avevano incontrato in carcere.');
    for (const name of ['Marco Vigna', 'Andrea Fresco']) expect(has(speaker(drafts, name).quotes, 1, 'direct', 'Confermiamo'), name).toBe(true);
  });

  it('GIVEN a quotation with “– è il commento del presidente X –” or “– X di Y –” inside, or followed by “Parole e musica di X.” or “, parole di X” THEN it is X’s, and the insert is no part of it', () => {
    const noun = speakersOf('“Dopo tanti sacrifici è bello rivedere la squadra in serie A – è il commento del presidente federale Franco Bassi – Auguro alla società ogni bene”.');
    expect(has(speaker(noun, 'Franco Bassi').quotes, 1, 'direct', 'Auguro alla società')).toBe(true);
    expect(speaker(noun, 'Franco Bassi').quotes.some((q) => q.text.includes('commento'))).toBe(false);
    const name = speakersOf('“Siamo molto contenti di esserci avvicinati al Volley Pesaro – Giorgio Fani di myCicero – perché è un’eccellenza marchigiana”.');
    expect(has(speaker(name, 'Giorgio Fani').quotes, 1, 'direct', 'Siamo molto contenti')).toBe(true);
    // an insert naming places or a firm is no speaker
    expect(speakersOf('“Siamo molto contenti – Roma e Milano – perché è un’eccellenza”.', '“Siamo contenti – Banca Intesa – perché è un’eccellenza”.').filter((d) => d.quotes.length)).toEqual([]);
    for (const text of ['“Vogliamo suonare la stessa bella musica”. Parole e musica di coach Matteo Berti.', '“Vogliamo suonare la stessa musica”, parole di Matteo Berti.']) {
      expect(has(speaker(speakersOf(text), 'Matteo Berti').quotes, 1, 'direct', 'Vogliamo suonare'), text).toBe(true);
    }
  });

  it('GIVEN “Poi la benedizione di mons. X “…” ha detto.” after another person spoke THEN the quotation is X’s; GIVEN “… è stata annunciata dall’assessore X” or “… sono state raccontate da X, presidente …” THEN the sentence is X’s reported statement', () => {
    const blessing = speakersOf('Il sindaco Aldo Neri ha parlato ai cittadini.', 'Poi la benedizione di mons. Ronca e mons. Piero Sanna “Che la piazza sia il nuovo salotto della città” ha detto.');
    expect(has(speaker(blessing, 'Piero Sanna').quotes, 2, 'direct', 'Che la piazza')).toBe(true);
    expect(has(speaker(blessing, 'Aldo Neri').quotes, 2, 'direct', 'Che la piazza')).toBe(false);
    const passive = speakersOf('La chiusura del cantiere è stata annunciata dall’assessore Mario Bassi durante la seduta.', 'Le problematiche di Gorizia sono state raccontate da Lucia Gallo, presidente dell’ordine degli avvocati.');
    expect(has(speaker(passive, 'Mario Bassi').quotes, 1, 'reported', 'La chiusura del cantiere')).toBe(true);
    expect(has(speaker(passive, 'Lucia Gallo').quotes, 2, 'reported', 'Le problematiche')).toBe(true);
    // a rule or a document as the agent speaks for nobody
    expect(speakersOf('La norma è stata confermata dal regolamento del Comune.').filter((d) => d.quotes.length)).toEqual([]);
  });

  it('GIVEN “Esprimono soddisfazione i legali di X, A e B, dopo …” then “I legali infine sottolineano una coincidenza: “…”” THEN both sentences are A’s and B’s, not X’s', () => {
    const drafts = speakersOf('Il sindaco Aldo Neri ha aperto la seduta.', 'Esprimono soddisfazione i legali di Nino De Rosa, Dario Lena e Antonio Mauri, dopo la decisione della Cassazione.', 'I legali infine sottolineano una coincidenza: “Proprio oggi era stato notificato il decreto”.');
    for (const name of ['Dario Lena', 'Antonio Mauri']) {
      expect(has(speaker(drafts, name).quotes, 2, 'reported', 'Esprimono soddisfazione'), name).toBe(true);
      expect(has(speaker(drafts, name).quotes, 3, 'direct', 'Proprio oggi'), name).toBe(true);
    }
    expect(drafts.some((d) => d.name === 'Nino De Rosa' && d.quotes.length)).toBe(false);
    // with no group that spoke together, a plural office names nobody
    const alone = speakersOf('Il sindaco Aldo Neri ha detto che la seduta è aperta.', 'I legali infine sottolineano una coincidenza: “Proprio oggi era stato notificato il decreto”.');
    expect(has(speaker(alone, 'Aldo Neri').quotes, 1, 'reported', 'la seduta è aperta')).toBe(true);
    expect(alone.some((d) => d.quotes.some((q) => q.paragraph === 2))).toBe(false);
  });

  it('GIVEN “Il sindaco X invita a prestare la massima attenzione” THEN the sentence is X’s; GIVEN “invita a cena”, “ha invitato a Roma” THEN nobody speaks', () => {
    expect(has(speaker(speakersOf('Il sindaco Antonio Mosti invita a prestare la massima attenzione.'), 'Antonio Mosti').quotes, 1, 'reported', 'invita a prestare')).toBe(true);
    for (const text of ['Il sindaco Antonio Mosti invita a cena i ministri.', 'Il sindaco Antonio Mosti ha invitato a Roma i ministri.']) expect(speakersOf(text).filter((d) => d.quotes.length), text).toEqual([]);
  });

  it('GIVEN “X, originario di Y ha raccontato: “…”” (the apposition’s comma left out) and “Il presidente X ha menzionato …” THEN X speaks, and the place is no part of the name', () => {
    const origin = speakersOf('Paolo Vela, originario di Costigliole ha raccontato un po’ di sé: “Per chi dipinge, esporre è un momento importante”.');
    expect(has(speaker(origin, 'Paolo Vela').quotes, 1, 'direct', 'Per chi dipinge')).toBe(true);
    expect(origin.map((d) => d.name)).not.toContain('Costigliole');
    const mention = speakersOf('Il presidente della federazione Cesare Lupo ha menzionato le tre associazioni di pallavolo del territorio.');
    expect(has(speaker(mention, 'Cesare Lupo').quotes, 1, 'reported', 'ha menzionato')).toBe(true);
  });

  it('GIVEN “Il Presidente del CONI X: “…”” after another “Presidente” spoke, “È giunto un commento dal deputato X: “…””, ““…” è la prima analisi a caldo di X, coach …” THEN each quotation is X’s', () => {
    const office = speakersOf('Il Presidente della Repubblica Sergio Marra ha parlato: “Spero che il mio successore ne veda altri”.', 'Il Presidente del CONI Giovanni Malvezzi: “Oggi celebriamo una bella storia d’amore”.');
    expect(has(speaker(office, 'Giovanni Malvezzi').quotes, 2, 'direct', 'Oggi celebriamo')).toBe(true);
    expect(has(speaker(office, 'Sergio Marra').quotes, 2, 'direct', 'Oggi celebriamo')).toBe(false);
    const from = speakersOf('È giunto anche un commento dal deputato regionale Giorgio Assi: “L’approvazione è il punto d’arrivo di un percorso”.');
    expect(has(speaker(from, 'Giorgio Assi').quotes, 1, 'direct', 'L’approvazione')).toBe(true);
    const analysis = speakersOf('“Siamo felici della vittoria” è la prima analisi a caldo di Massimo Bruni, coach dei campioni d’Italia.');
    expect(has(speaker(analysis, 'Massimo Bruni').quotes, 1, 'direct', 'Siamo felici')).toBe(true);
  });

  it('GIVEN “– dichiarano sorpresi e felici A, B e C –”, “– ha dettagliato il professore X –” inside a quotation and “X nel ringraziare Y ha precisato: “…”” THEN the quotations are the named speakers’, not Y’s', () => {
    const manner = speakersOf('“I nostri collaboratori ci hanno stupito – dichiarano sorpresi e felici Riccardo Baldi, Piero Dini e Nicola Quarta, che gestiscono l’azienda – ma volevamo festeggiare comunque”.');
    for (const name of ['Riccardo Baldi', 'Piero Dini', 'Nicola Quarta']) expect(has(speaker(manner, name).quotes, 1, 'direct', 'ci hanno stupito'), name).toBe(true);
    const detail = speakersOf('“I lavori potrebbero proseguire per tre anni – ha dettagliato il professore Umberto Villa, direttore del dipartimento – e poi apriremo”.');
    expect(has(speaker(detail, 'Umberto Villa').quotes, 1, 'direct', 'I lavori potrebbero')).toBe(true);
    const thanking = speakersOf('Il presidente Alberto Ciro ha parlato dell’ospedale.', 'Il commissario Livio Tranchi nel ringraziare Ciro ha precisato: “Ho accolto questo incarico con spirito di sacrificio”.');
    expect(has(speaker(thanking, 'Livio Tranchi').quotes, 2, 'direct', 'Ho accolto')).toBe(true);
    expect(has(speaker(thanking, 'Alberto Ciro').quotes, 2, 'direct', 'Ho accolto')).toBe(false);
  });

  it('GIVEN ““…” introduce il regista X”, “che il governatore X definisce “…”” and “X, a margine della presentazione … (a long adjunct), ha poi aggiunto che …” THEN X speaks; GIVEN “ha definito l’accordo” with no quotation THEN nobody does', () => {
    const opening = speakersOf('“Più le rievocazioni sono accurate e più avranno futuro” introduce il regista della Cavalcata Adolfo Leone.');
    expect(has(speaker(opening, 'Adolfo Leone').quotes, 1, 'direct', 'Più le rievocazioni')).toBe(true);
    const calling = speakersOf('Edizione che il governatore del Veneto Luca Zara definisce “della rinascita”, dopo lo stop. “Sono 1362 anni di storia – aggiunge il governatore – e di un popolo”.');
    expect(has(speaker(calling, 'Luca Zara').quotes, 1, 'direct', 'Sono 1362 anni')).toBe(true);
    expect(speakersOf('Il sindaco Mario Rossi ha definito l’accordo in una notte.').filter((d) => d.quotes.length)).toEqual([]);
    const margin = speakersOf('Il candidato Bruno Valenti ha presentato la lista.', 'Valenti, a margine della presentazione della lista dei candidati democratici per le prossime elezioni amministrative, ha poi aggiunto che il presidente Nicola Zanetti “è simbolo di esperienza e serietà”.');
    expect(has(speaker(margin, 'Bruno Valenti').quotes, 2, 'direct', 'simbolo di esperienza')).toBe(true);
    expect(margin.some((d) => d.name === 'Nicola Zanetti' && d.quotes.length)).toBe(false);
  });

  it('GIVEN a statement made together (“«…», affermano i consiglieri A e B.”, “…, lo ricordano i consiglieri A e B.”) then a quotation that only goes on THEN it is A’s and B’s; after one of them speaks alone, only theirs', () => {
    const together = speakersOf('“La manifestazione è antica”, affermano i consiglieri Marco Marini e Jessica Marchi.', '“Ed è un vanto per tutti”.');
    for (const name of ['Marco Marini', 'Jessica Marchi']) expect(has(speaker(together, name).quotes, 2, 'direct', 'un vanto'), name).toBe(true);
    const reported = speakersOf('La Regione da tempo supporta la Cavalcata, lo ricordano i consiglieri Marco Marini e Jessica Marchi. “Questa manifestazione è la più antica d’Italia”.');
    expect(has(speaker(reported, 'Jessica Marchi').quotes, 1, 'direct', 'la più antica')).toBe(true);
    const alone = speakersOf('“La manifestazione è antica”, affermano i consiglieri Marco Marini e Jessica Marchi.', '“Ci saranno nuovi fondi”, ha detto Marini.', '“E arriveranno presto”.');
    expect(has(speaker(alone, 'Marco Marini').quotes, 3, 'direct', 'arriveranno presto')).toBe(true);
    expect(has(speaker(alone, 'Jessica Marchi').quotes, 3, 'direct', 'arriveranno presto')).toBe(false);
  });
});


describe('appositions that describe the person speaking', () => {
  it('GIVEN “Name, <a noun naming a person by trade, kinship or condition> …, ha confermato che …” THEN Name speaks, the apposition their office, in the feminine too', () => {
    const trade = speakersOf('Lucia Ferri, archeologa della Soprintendenza, ha confermato che si tratta di una tomba romana.');
    expect(has(speaker(trade, 'Lucia Ferri').quotes, 1, 'reported', 'si tratta di una tomba')).toBe(true);
    expect(speaker(trade, 'Lucia Ferri').role).toBe('archeologa della Soprintendenza');
    const near = speakersOf('Paolo Neri, vicino di casa della famiglia, ha raccontato che la notte era tranquilla.');
    expect(speaker(near, 'Paolo Neri').role).toBe('vicino di casa della famiglia');
    const adjective = speakersOf('Anna Colli, nota pediatra, ha spiegato che i bambini stanno bene.');
    expect(speaker(adjective, 'Anna Colli').role).toBe('nota pediatra');
    const curator = speakersOf('Marta Sala, curatrice della mostra, ha detto che le opere arrivano da Parigi.');
    expect(speaker(curator, 'Marta Sala').role).toBe('curatrice della mostra');
  });

  it('GIVEN “Name, <a short phrase in lower case that is no office>, ha detto che …” opening the sentence THEN Name speaks, with no office; GIVEN a verb in the phrase or a name governed by a preposition THEN not', () => {
    const moved = speakersOf('Paolo Neri, visibilmente commosso, ha detto che la festa continuerà.');
    expect(has(speaker(moved, 'Paolo Neri').quotes, 1, 'reported', 'la festa continuerà')).toBe(true);
    expect(speaker(moved, 'Paolo Neri').role).toBeUndefined();
    expect(speakersOf('Con Paolo Neri, la squadra, ha detto addio al campionato.').filter((d) => d.quotes.length)).toEqual([]);
    expect(speakersOf('Paolo Neri, che era commosso, e la squadra hanno detto addio.').some((d) => d.name === 'Paolo Neri' && d.role)).toBe(false);
  });

  it('GIVEN the shipped list of nouns naming a person THEN it names its source, version and licence, holds trades and kinship, not things nor participles, and its feminines are read', () => {
    const head = readFileSync(PERSON_NOUNS_FILE, 'utf8').slice(0, 2000);
    expect(head).toMatch(/MultiWordNet/);
    expect(head).toMatch(/Creative Commons Attribution 3\.0/);
    expect(head).toMatch(/omw-data at commit [0-9a-f]{40}/);
    for (const w of ['archeologo', 'pediatra', 'curatore', 'nipote', 'idraulico', 'archeologa', 'bibliotecaria', 'giardiniera', 'curatrice', 'professoressa']) expect(isPersonNoun(w), w).toBe(true);
    for (const w of ['terremoto', 'fucile', 'accusato', 'invitato', 'tomba', 'mostra', 'casa']) expect(isPersonNoun(w), w).toBe(false);
  });

  it('GIVEN “Secondo Name, <an office> <a verb> …” THEN the words after the comma are what Name holds, not Name’s office', () => {
    const source = speakersOf('Secondo Biraghi, il medico era presente in città ogni anno.');
    expect(has(speaker(source, 'Biraghi').quotes, 1, 'reported', 'il medico era presente')).toBe(true);
    expect(speaker(source, 'Biraghi').role).toBeUndefined();
    expect(speaker(speakersOf('“La città era sicura”, dice Biraghi, medico di Lione.'), 'Biraghi').role).toBe('medico di Lione');
  });
});

describe('the writer’s questions in an interview', () => {
  it('GIVEN “Abbiamo chiesto a X …” then a quotation with “-risponde-” inside, a paragraph after THEN the answer is X’s, the insert cut out; GIVEN someone else asking THEN not', () => {
    const asked = speakersOf('Abbiamo chiesto ad Aldo Bruni qualche considerazione sulla nuova edizione.', '“Che cosa ci aspettiamo? -risponde- Ci aspettiamo un’edizione in linea con le precedenti.”');
    const bruni = speaker(asked, 'Aldo Bruni');
    expect(has(bruni.quotes, 2, 'direct', 'Ci aspettiamo un’edizione')).toBe(true);
    expect(bruni.quotes.some((q) => q.text.includes('risponde'))).toBe(false);
    const other = speakersOf('Il sindaco Luca Neri ha chiesto al ministro Aldo Bruni di intervenire.', '“Che cosa ci aspettiamo? -risponde- Un intervento rapido.”');
    expect(other.some((d) => d.name === 'Aldo Bruni' && d.quotes.length)).toBe(false);
  });

  it('GIVEN someone’s words, then the writer’s question naming nobody and a quotation answering it in the same paragraph THEN the answer goes on with them; GIVEN no words of theirs right before THEN not', () => {
    const going = speakersOf('“Sarà un’edizione ricca”, ha detto Aldo Bruni.', 'Significa che potremo seguire il festival alla radio? “Assolutamente sì, ci sarà un programma.”');
    expect(has(speaker(going, 'Aldo Bruni').quotes, 2, 'direct', 'Assolutamente sì')).toBe(true);
    const cold = speakersOf('Aldo Bruni presiede il festival da dieci anni.', 'Il programma è pronto.', 'Significa che potremo seguirlo alla radio? “Assolutamente sì, ci sarà un programma.”');
    expect(cold.some((d) => d.name === 'Aldo Bruni' && has(d.quotes, 3, 'direct', 'Assolutamente sì'))).toBe(false);
  });
});

describe('names and quotations of agency and festival copy', () => {
  it('GIVEN a one-word name listed beside a longer name it opens (“Trenitalia, Trenord, Trenitalia Tper”) THEN they are two, and the one-word name speaks as itself', () => {
    const listed = speakersOf('Lo sciopero coinvolge Ferrovia, Trenord, Ferrovia Tper e Italo.', 'Come comunica Ferrovia, sono garantiti i servizi essenziali.');
    expect(listed.some((d) => d.name === 'Ferrovia' && has(d.quotes, 2, 'reported', 'sono garantiti'))).toBe(true);
    expect(listed.some((d) => d.name === 'Ferrovia Tper')).toBe(false);
    // a first name alone, never listed beside the full name, is still that person
    const person = speakersOf('Il sindaco Aldo Bruni ha inaugurato la piazza.', '“È un giorno di festa”, ha detto Aldo.');
    expect(has(speaker(person, 'Aldo Bruni').quotes, 2, 'direct', 'giorno di festa')).toBe(true);
  });

  it('GIVEN a straight-quoted statement longer than 600 characters with a reporting verb inserted between dashes THEN it is a quotation, the insert cut; GIVEN a long span between straight marks with none THEN it is no quotation', () => {
    const long = 'La festa del cinema è patrimonio della città e non deve cambiare lo spirito che la anima da anni. '.repeat(7).trim();
    const said = speakersOf(`Aldo Bruni ha espresso soddisfazione. "Abbiamo lavorato perché tutti avessero libertà - spiega Bruni - ${long}".`);
    const bruni = speaker(said, 'Aldo Bruni');
    expect(has(bruni.quotes, 1, 'direct', 'Abbiamo lavorato perché')).toBe(true);
    expect(has(bruni.quotes, 1, 'direct', 'La festa del cinema è patrimonio')).toBe(true);
    expect(bruni.quotes.some((q) => q.kind === 'direct' && q.text.includes('spiega Bruni'))).toBe(false);
    const stray = speakersOf(`Aldo Bruni ha espresso soddisfazione. Il pannello misura 24" di lato. ${long} Lo schermo è da 32".`);
    expect(stray.some((d) => d.quotes.some((q) => q.kind === 'direct'))).toBe(false);
  });
});

describe('startup and school copy', () => {
  it('GIVEN ““…”, ci racconta X” or “mi dice X” (a clitic of the one spoken to before the verb) THEN X speaks the quotation', () => {
    const told = speakersOf('“Gli Stati Uniti ci hanno dato molto”, ci racconta Paolo Neri, 27 anni di Roma, co-fondatore di una startup.');
    expect(has(speaker(told, 'Paolo Neri').quotes, 1, 'direct', 'Gli Stati Uniti')).toBe(true);
    const me = speakersOf('“Il bilancio è in ordine”, mi dice Aldo Bruni.');
    expect(has(speaker(me, 'Aldo Bruni').quotes, 1, 'direct', 'bilancio')).toBe(true);
  });

  it('GIVEN “Name, ad di Sace, ha detto” or “Name, dg dell’Asl, …” (an office’s abbreviation in lower case) THEN it is Name’s office; GIVEN “Name, ad esempio, …” THEN no office', () => {
    expect(speaker(speakersOf('Anna Rota, ad di Sace, ha detto che le startup crescono.'), 'Anna Rota').role).toBe('ad di Sace');
    expect(speaker(speakersOf('Marco Bruni, dg dell’Asl, ha detto che i conti tornano.'), 'Marco Bruni').role).toBe('dg dell’Asl');
    expect(speaker(speakersOf('Marco Bruni, ad esempio, ha detto che i conti tornano.'), 'Marco Bruni').role).toBeUndefined();
    expect(speaker(speakersOf('«Simbolico essere qui - ci ricorda il console generale Luca Neri -. L’Italia è piena di talento».'), 'Luca Neri').role).toBe('console generale');
  });

  it('GIVEN a title “Word, “…”” whose word the body writes as a common word (“Maturità” / “La maturità si svolgerà”) THEN nobody is that word, and an interview’s answers go to the person the lead names', () => {
    const drafts = speakersUnder(
      'Maturità, “I presidenti? Già tutti nominati”',
      '«La maturità si svolgerà nella più assoluta tranquillità»: ne è sicuro Aldo Bruni, presidente dell’associazione dei presidi.',
      'Come si svolgerà l’esame?',
      '«La commissione è composta da sei docenti più il presidente».',
      'Quindi nessuno potrà assistere?',
      '«Non servono testimoni, come in molti ancora pensano».',
    );
    expect(drafts.some((d) => d.name === 'Maturità')).toBe(false);
    expect(has(speaker(drafts, 'Aldo Bruni').quotes, 3, 'direct', 'sei docenti')).toBe(true);
    expect(has(speaker(drafts, 'Aldo Bruni').quotes, 5, 'direct', 'Non servono testimoni')).toBe(true);
    // a name the body writes as a name still speaks the title's words
    expect(speakersUnder('Bruni, “Nessun rinvio”', 'Aldo Bruni ha parlato ai giornalisti.', '«Nessun rinvio», ha ripetuto Bruni.').some((d) => d.name === 'Aldo Bruni')).toBe(true);
  });
});

describe('hospital openings', () => {
  it('GIVEN “– afferma il primo cittadino ingauno –” THEN the mayor named with his office speaks, whoever was named last', () => {
    const drafts = speakersOf('Il presidente Carlo Neri, il sindaco Aldo Bruni ed il prefetto Anna Sala hanno tagliato il nastro.', '“Diventa operativo un plesso ospedaliero – afferma il primo cittadino ingauno – Dobbiamo procedere insieme”.');
    expect(has(speaker(drafts, 'Aldo Bruni').quotes, 2, 'direct', 'Dobbiamo procedere')).toBe(true);
    expect(drafts.some((d) => d.name === 'Anna Sala' && d.quotes.length)).toBe(false);
  });

  it('GIVEN “Office, Name, il sindaco di casa Other Name ed il prefetto … hanno tagliato il nastro” THEN the words after Name are no office of theirs, the office before it is', () => {
    const drafts = speakersOf('Il presidente della Provincia, Marco Neri, il sindaco di casa Aldo Bruni ed il prefetto Anna Sala hanno tagliato il nastro. “Siamo felici”, ha detto Neri.');
    expect(speaker(drafts, 'Marco Neri').role).toBe('presidente della Provincia');
    // an office's relative clause keeps its verb
    expect(speaker(speakersOf('Mario Parri, un esperto che era stato presidente del gruppo di lavoro, ha detto che i dati sono giusti.'), 'Mario Parri').role).toMatch(/^un esperto che era stato presidente/);
  });

  it('GIVEN ““…”. È l’annuncio dato dal direttore generale Bianchi” THEN the quotation is his', () => {
    const drafts = speakersOf('“A settembre verrà inaugurata anche la nuova risonanza”. E’ l’annuncio dato dal direttore generale dell’Ausl Bianchi relativo ad un altro intervento.');
    expect(has(speaker(drafts, 'Bianchi').quotes, 1, 'direct', 'nuova risonanza')).toBe(true);
    expect(speaker(drafts, 'Bianchi').role).toBe('direttore generale dell’Ausl');
  });
});

describe('agency copy on the harvest', () => {
  it('GIVEN “La vendemmia - sottolinea la Coldiretti - …”, “…, ha detto il Codacons.”, “secondo la FCC, …” (an organisation with its article) THEN it speaks; GIVEN “scrisse il Grande Catechismo, un manuale” or “secondo la Corte di giustizia” THEN the name is no speaker of its own', () => {
    expect(has(speaker(speakersOf('La vendemmia - sottolinea la Coldiretti - si è già conclusa per le uve bianche.'), 'Coldiretti').quotes, 1, 'reported', 'si è già conclusa')).toBe(true);
    expect(has(speaker(speakersOf('“Serve un piano”, ha detto il Codacons.'), 'Codacons').quotes, 1, 'direct', 'Serve un piano')).toBe(true);
    expect(has(speaker(speakersOf('All’epoca, secondo la FCC, la rete eliminava ogni concorrenza.'), 'FCC').quotes, 1, 'reported', 'eliminava')).toBe(true);
    expect(speakersOf('Nel 1529 scrisse il Grande Catechismo, un manuale per pastori.').some((d) => d.name === 'Grande Catechismo')).toBe(false);
    expect(speakersOf('La Corte Suprema ha deciso. Secondo la Corte di giustizia, il diritto europeo prevale.').some((d) => d.name === 'Corte Suprema' && has(d.quotes, 1, 'reported', 'diritto europeo'))).toBe(false);
  });

  it('GIVEN “E’ quanto afferma la Coldiretti nel commentare …” opening a paragraph with more sentences after it, or “È quanto stima X” THEN what the paragraph before said is theirs', () => {
    const drafts = speakersOf('Con il maltempo è allarme per la vendemmia, con una produzione al minimo storico.', 'E’ quanto afferma la Coldiretti nel commentare gli effetti del maltempo. La vendemmia - sottolinea la Coldiretti - si è già conclusa.');
    expect(has(speaker(drafts, 'Coldiretti').quotes, 1, 'reported', 'minimo storico')).toBe(true);
    const estimate = speakersOf('La produzione è prevista in aumento del 5%. E’ quanto stima Coldiretti nel sottolineare che l’Italia potrebbe conquistare il primato.');
    expect(has(speaker(estimate, 'Coldiretti').quotes, 1, 'reported', 'in aumento del 5%')).toBe(true);
  });
});

describe('the Pope', () => {
  it('GIVEN “Papa Francesco”, “Papa Leone X” THEN the name is the Pope’s and Papa his office; GIVEN “È il saluto di Papa Francesco” after a quotation, then “il pontefice ha detto ancora: “…”” THEN both are his', () => {
    const drafts = speakersOf('"Fratelli e sorelle buongiorno". E’ il saluto di Papa Francesco, seguito da un lungo applauso. Ai fedeli il pontefice ha detto ancora: "Pregate per me, sono un peccatore".');
    const pope = speaker(drafts, 'Francesco');
    expect(pope.role).toBe('Papa');
    expect(has(pope.quotes, 1, 'direct', 'Fratelli e sorelle')).toBe(true);
    expect(has(pope.quotes, 1, 'direct', 'Pregate per me')).toBe(true);
    expect(speaker(speakersOf('Papa Leone X rispose lentamente, “con grande cura”.'), 'Leone X').role).toBe('Papa');
    // a surname Papa stays a surname
    expect(speakersOf('“Il bilancio è in ordine”, ha detto il sindaco Antonio Papa.').some((d) => d.name === 'Antonio Papa')).toBe(true);
  });
});

describe('consumer associations and fires', () => {
  it('GIVEN “È indispensabile – concludono A e B – arrivare …” or “Il governo – prosegue X – deve …” (a verb of going on or closing in an insert between dashes, no quotation marks) THEN the sentence is their statement; GIVEN “Il corso – termina a giugno – costa poco” THEN nobody speaks', () => {
    const joint = speakersOf('E’ indispensabile – concludono Adoc e Federconsumatori – arrivare a panieri diversificati per fasce di reddito.');
    expect(has(speaker(joint, 'Adoc').quotes, 1, 'reported', 'panieri diversificati')).toBe(true);
    expect(has(speaker(joint, 'Federconsumatori').quotes, 1, 'reported', 'panieri diversificati')).toBe(true);
    expect(has(speaker(speakersOf('Il governo – prosegue Mario Rossi – deve intervenire subito sui prezzi.'), 'Mario Rossi').quotes, 1, 'reported', 'deve intervenire')).toBe(true);
    expect(has(speaker(speakersOf('Il governo – conclude il presidente Mario Rossi – deve intervenire subito sui prezzi.'), 'Mario Rossi').quotes, 1, 'reported', 'deve intervenire')).toBe(true);
    expect(speakersOf('Il corso – termina a giugno – costa poco a Mario Rossi.').some((d) => d.quotes.length > 0)).toBe(false);
    expect(speakersOf('La stagione di Mario Rossi conclude il campionato – e la sua carriera.').some((d) => d.quotes.length > 0)).toBe(false);
  });

  it('GIVEN “– proseguono le 2 associazioni –” inside a quotation of two who speak together THEN the insert is cut from their words', () => {
    const drafts = speakersOf('“L’Istat non tiene conto dei prezzi dell’ortofrutta – affermano Adoc e Federconsumatori – L’inflazione in calo al 2% inoltre – proseguono le 2 associazioni – si scontra con le speculazioni di dicembre”.');
    const adoc = speaker(drafts, 'Adoc');
    expect(has(adoc.quotes, 1, 'direct', 'si scontra con le speculazioni')).toBe(true);
    expect(adoc.quotes.some((q) => q.text.includes('proseguono'))).toBe(false);
    expect(has(speaker(drafts, 'Federconsumatori').quotes, 1, 'direct', 'si scontra con le speculazioni')).toBe(true);
  });

  it('GIVEN a quotation nobody said, then “Le parole del sindaco, X, sono parole di dolore” THEN the quotation is X’s; GIVEN “La replica del sindaco X non si è fatta attendere” THEN it is not', () => {
    const drafts = speakersOf('“I canadair sarebbero dovuti arrivare prima. Non so se avremmo potuto salvare la pineta”. Le parole del sindaco, Aldo Bruni, sono parole di dolore e rabbia.');
    expect(speaker(drafts, 'Aldo Bruni').role).toBe('sindaco');
    expect(has(speaker(drafts, 'Aldo Bruni').quotes, 1, 'direct', 'canadair')).toBe(true);
    const declared = speakersOf('“I canadair sono arrivati tardi”. Le dichiarazioni del presidente della Regione Aldo Bruni hanno suscitato polemiche.');
    expect(has(speaker(declared, 'Aldo Bruni').quotes, 1, 'direct', 'canadair')).toBe(true);
    const reply = speakersOf('“I canadair sono arrivati tardi”. La replica del sindaco Aldo Bruni non si è fatta attendere.');
    expect(reply.some((d) => has(d.quotes, 1, 'direct', 'canadair'))).toBe(false);
  });
});

describe('bodies run into names', () => {
  it('GIVEN “il presidente Federalberghi Bernabò Bocca” where the article writes “da Federalberghi” alone THEN the person is Bernabò Bocca, presidente Federalberghi, and “Bocca” is him; the body alone keeps its own words', () => {
    const drafts = speakersOf('Il quadro è tracciato da Federalberghi. Commenta il presidente Federalberghi Aldo Bruni: “Il turismo va bene”.', '“Le presenze sono in aumento”, ha aggiunto Bruni.');
    const bruni = speaker(drafts, 'Aldo Bruni');
    expect(bruni.role).toBe('presidente Federalberghi');
    expect(has(bruni.quotes, 1, 'direct', 'Il turismo va bene')).toBe(true);
    expect(has(bruni.quotes, 2, 'direct', 'Le presenze')).toBe(true);
    expect(drafts.some((d) => d.name.includes('Federalberghi Aldo'))).toBe(false);
    const body = speakersOf('Secondo Coldiretti il raccolto è in calo. Commenta il presidente Coldiretti Aldo Bruni: “Il vino va bene”.');
    expect(has(speaker(body, 'Coldiretti').quotes, 1, 'reported', 'raccolto è in calo')).toBe(true);
    expect(speaker(body, 'Aldo Bruni').quotes.some((q) => q.text.includes('raccolto'))).toBe(false);
    // a name of three words the article never parts keeps them
    expect(speaker(speakersOf('Commenta la presidente Maria Anna Rossi: “Il turismo va bene”.'), 'Maria Anna Rossi').role).toBe('presidente');
  });

  it('GIVEN “del ministro dell’Istruzione, Università e Ricerca Stefania Neri” THEN “Ricerca” is the complement’s, and “Neri” is Stefania Neri; GIVEN “i ministri Rossi, Bianchi e Anna Maria Verdi” THEN the three-word name stays whole', () => {
    const drafts = speakersOf('Alla presenza del ministro dell’Istruzione, Università e Ricerca Stefania Neri è stato inaugurato l’anno accademico. “Oggi il mio ruolo è diverso”, ha detto la professoressa Neri.');
    expect(has(speaker(drafts, 'Stefania Neri').quotes, 1, 'direct', 'il mio ruolo')).toBe(true);
    expect(drafts.some((d) => d.name.startsWith('Ricerca'))).toBe(false);
    const listed = speakersOf('C’erano i ministri Rossi, Bianchi e Anna Maria Verdi. “Va bene”, ha detto Verdi.');
    expect(has(speaker(listed, 'Anna Maria Verdi').quotes, 1, 'direct', 'Va bene')).toBe(true);
  });
});

describe('health desks', () => {
  it('GIVEN ““…”, spiega all’Adnkronos Salute il virologo …, Fabrizio Pregliasco” THEN the desk’s name is no speaker and the quotation is the virologist’s', () => {
    const drafts = speakersOf('“Si tratta del patogeno più fastidioso”, spiega all’Adnkronos Salute il virologo dell’Università di Milano, Aldo Bruni.');
    expect(drafts.some((d) => d.name === 'Salute')).toBe(false);
    expect(has(speaker(drafts, 'Aldo Bruni').quotes, 1, 'direct', 'patogeno')).toBe(true);
    // a complement without a second name is read as before
    expect(has(speaker(speakersOf('“Si tratta del patogeno”, ha detto all’agenzia Ansa Francesca Bianco.'), 'Francesca Bianco').quotes, 1, 'direct', 'patogeno')).toBe(true);
  });
});

describe('environmental reports', () => {
  it('GIVEN “Nel 2019, ricorda X, sono stati …” or “I dati – ricorda X – sono chiari” (a verb that elsewhere takes an object, in an insert) THEN the sentence is X’s; GIVEN “la città ricorda X, il sindaco scomparso” or “Oggi, ricorda X, il sindaco scomparso” THEN nobody speaks', () => {
    expect(has(speaker(speakersOf('Nel 2019, ricorda Aldo Bruni, sono stati 26 i centri urbani fuorilegge.'), 'Aldo Bruni').quotes, 1, 'reported', '26 i centri')).toBe(true);
    expect(has(speaker(speakersOf('I dati – ricorda Aldo Bruni – sono chiari su tutto il territorio.'), 'Aldo Bruni').quotes, 1, 'reported', 'sono chiari')).toBe(true);
    expect(speakersOf('Oggi la città ricorda Aldo Bruni, il sindaco scomparso, con una cerimonia.').some((d) => d.quotes.length > 0)).toBe(false);
    expect(speakersOf('Oggi, ricorda Aldo Bruni, il sindaco scomparso.').some((d) => d.quotes.length > 0)).toBe(false);
  });

  it('GIVEN “X ha lanciato l’allarme: …” or “lancia un appello” THEN it is X’s statement', () => {
    expect(has(speaker(speakersOf('Legambiente ha lanciato l’allarme: cinque città italiane hanno sforato i limiti di Pm10.'), 'Legambiente').quotes, 1, 'reported', 'cinque città')).toBe(true);
    expect(has(speaker(speakersOf('Il sindaco Aldo Bruni lancia un appello ai cittadini: restate a casa durante l’allerta.'), 'Aldo Bruni').quotes, 1, 'reported', 'restate a casa')).toBe(true);
  });
});

describe('airports on strike days', () => {
  it('GIVEN “L’Enac mette a disposizione un elenco … e chiarisce che “…”” (an organisation after its elided article opening the clause) THEN the coordinated verb of saying is its; GIVEN “In un comunicato Enav si rammarica per i disagi” THEN Enav speaks', () => {
    const drafts = speakersOf('L’Enac mette a disposizione un elenco dei collegamenti con le isole e chiarisce che “dovrà essere comunque assicurato l’arrivo di tutti i voli”.');
    expect(has(speaker(drafts, 'Enac').quotes, 1, 'direct', 'assicurato l’arrivo')).toBe(true);
    expect(has(speaker(speakersOf('In un comunicato Enav si rammarica per i disagi causati dagli scioperi di oggi.'), 'Enav').quotes, 1, 'reported', 'disagi')).toBe(true);
    // an elided preposition, not an article, opens no clause of a speaker
    expect(speakersOf('Dell’Enac si parla molto e si dice che i voli saranno garantiti.').some((d) => d.name === 'Enac' && d.quotes.length > 0)).toBe(false);
  });
});

describe('numbered interviews', () => {
  it('GIVEN “Intervista all’autore X” whose numbered questions (“1. … ?”) are answered in plain paragraphs THEN each answer is X’s, one with a word in quotation marks (“per i più “agèes””) too', () => {
    const drafts = speakersUnder(
      'Intervista all’autrice Anna Neri',
      '1. Che cos’è per Lei scrivere, quali emozioni prova?',
      'Scrivere per me è un sottile piacere per essere riuscita nell’intento.',
      '2. Quanto della sua vita reale è presente in questo libro?',
      'Nello scritto c’è molta realtà, ispirata a una storia vissuta.',
      '3. Ebook o cartaceo?',
      'Darei la precedenza al cartaceo, conservando per i più “agèes” il piacere del contatto con il libro.',
    );
    const neri = speaker(drafts, 'Anna Neri');
    expect(has(neri.quotes, 2, 'direct', 'sottile piacere')).toBe(true);
    expect(has(neri.quotes, 4, 'direct', 'molta realtà')).toBe(true);
    expect(has(neri.quotes, 6, 'direct', 'precedenza al cartaceo')).toBe(true);
  });
});

describe('a verb that introduces a quotation after an adjunct', () => {
  it('GIVEN “Lo Chef, senza nascondere la commozione, ha commentato: «…»” THEN the quotation is the chef’s and no statement is made of the adjunct; GIVEN “Il sindaco, visibilmente commosso, ha detto: «…»” THEN the mayor’s', () => {
    const chef = speakersOf('Lo chef Aldo Bruni conquista la terza stella. Lo Chef, senza nascondere la commozione per il riconoscimento, ha commentato: «Il progetto non si ferma qui».');
    const bruni = speaker(chef, 'Aldo Bruni');
    expect(has(bruni.quotes, 1, 'direct', 'non si ferma')).toBe(true);
    expect(bruni.quotes.some((q) => q.kind === 'reported' && q.text.includes('commozione'))).toBe(false);
    expect(chef.some((d) => d.name === 'Chef')).toBe(false);
    const mayor = speakersOf('Il sindaco Aldo Bruni è arrivato. Il sindaco, visibilmente commosso, ha detto: «Grazie a tutti».');
    expect(has(speaker(mayor, 'Aldo Bruni').quotes, 1, 'direct', 'Grazie')).toBe(true);
    const adjunct = speakersOf('Aldo Bruni è arrivato. Poi, davanti a tutti, ha detto: «Grazie a tutti».');
    expect(speaker(adjunct, 'Aldo Bruni').quotes.some((q) => q.kind === 'reported' && q.text.startsWith('Poi'))).toBe(false);
  });
});

describe('wild boars and farmers', () => {
  it('GIVEN quotations in typographic single marks (‘I cinghiali …’, ha commentato X, ‘servono …’) THEN they are X’s words, and the apostrophe of “l’agricoltura” quotes nothing', () => {
    const drafts = speakersOf('‘I cinghiali rappresentano un problema per la sicurezza e per l’agricoltura’, ha commentato Aldo Bruni, assessore regionale, ‘servono un approccio non ideologico’.');
    const bruni = speaker(drafts, 'Aldo Bruni');
    expect(has(bruni.quotes, 1, 'direct', 'I cinghiali rappresentano')).toBe(true);
    expect(has(bruni.quotes, 1, 'direct', 'servono un approccio')).toBe(true);
    expect(findQuotations('L’assessore dell’ente ha parlato all’assemblea.')).toEqual([]);
  });

  it('GIVEN “X chiede “alla Giunta di …”” (a verb of asking, its quotation right after it) THEN the quotation is X’s; GIVEN “che egli definisce “il suo segreto”” THEN calling names nobody who speaks', () => {
    expect(has(speaker(speakersOf('Per queste ragioni, Confagricoltura chiede “alla Giunta regionale di censire gli ungulati”.'), 'Confagricoltura').quotes, 1, 'direct', 'alla Giunta')).toBe(true);
    expect(speakersOf('Aldo Bruni incontra un uomo misterioso, che egli definisce “il suo segreto”.').some((d) => d.quotes.some((q) => q.text.includes('segreto')))).toBe(false);
  });

  it('GIVEN “come riferito da “Il Messaggero”, sono stati lo chef X e Y” (the agent a paper’s title in quotation marks) THEN X says nothing', () => {
    for (const paper of ['“Il Messaggero”', '‘Il Messaggero’']) {
      const drafts = speakersOf(`A perdere la vita, come riferito da ${paper}, sono stati lo chef Aldo Bruni, che lavorava in un ristorante di Zagarolo, e Anna Neri.`);
      expect(drafts.some((d) => d.quotes.length > 0)).toBe(false);
    }
  });
});

describe('council transcripts', () => {
  it('GIVEN a line labelled with an office and a surname (“CONSIGLIERE TROIANO: …”, “Presidente Bruni: …”) THEN the surname is the speaker, named in full where the article does so, and the office is theirs', () => {
    const drafts = speakersOf('Il consigliere Alfonso Troiano ha chiesto la parola.', 'CONSIGLIERE TROIANO: Io vorrei ringraziare a nome mio tutti i colleghi consiglieri.');
    expect(has(speaker(drafts, 'Alfonso Troiano').quotes, 2, 'direct', 'ringraziare')).toBe(true);
    expect(speaker(drafts, 'Alfonso Troiano').role).toBe('consigliere');
    expect(drafts.some((d) => d.name.startsWith('Consigliere'))).toBe(false);
    expect(has(speaker(speakersOf('Presidente Aldo Bruni: io dichiaro aperta la seduta.'), 'Aldo Bruni').quotes, 1, 'direct', 'aperta la seduta')).toBe(true);
  });
});

describe('election night live blogs', () => {
  it('GIVEN a live blog’s line “18.02 – X: «…»” THEN the quotation is X’s; GIVEN “«…». È stato il commento che … per X. A dirlo è …” THEN the sentence naming what the words were is no statement of theirs', () => {
    const drafts = speakersOf('Vince Cirio staccando Aldo Bruni di 13 punti.', '18.02 – Bruni: «Ultima battaglia, non ho più molto da dire»', '«Mi son sentito di combattere questa battaglia e l’ho persa». È stato il commento che potrebbe rappresentare l’addio alla politica per Aldo Bruni. A dirlo è lo stesso governatore uscente in conferenza stampa.');
    const bruni = speaker(drafts, 'Aldo Bruni');
    expect(has(bruni.quotes, 2, 'direct', 'Ultima battaglia')).toBe(true);
    expect(bruni.quotes.some((q) => q.text.startsWith('È stato il commento'))).toBe(false);
    // a time alone, no dash, opens no label
    expect(speakersOf('18.02 Bruni ha parlato ai giornalisti.').some((d) => d.quotes.some((q) => q.kind === 'direct'))).toBe(false);
  });
});

describe('organisations taken up after an inserted verb', () => {
  it('GIVEN an organisation that spoke, then “Nel 2019, ricorda l’associazione, …” or “Le vendite, spiega la società, …” THEN the sentence is the organisation’s; with no organisation before THEN nobody’s', () => {
    const drafts = speakersOf('Legambiente ha lanciato l’allarme: cinque città hanno sforato i limiti. Nel 2019, ricorda l’associazione, sono stati 26 i centri urbani fuorilegge.');
    expect(has(speaker(drafts, 'Legambiente').quotes, 1, 'reported', '26 i centri')).toBe(true);
    expect(has(speaker(speakersOf('Acme ha detto che i conti tornano. Le vendite, spiega la società, sono in crescita del 5%.'), 'Acme').quotes, 1, 'reported', 'in crescita')).toBe(true);
    expect(speakersOf('Nel 2019, ricorda l’associazione, sono stati 26 i centri urbani fuorilegge.').some((d) => d.quotes.length > 0)).toBe(false);
  });
});

describe('theatre seasons', () => {
  it('GIVEN “il direttore artistico X ha detto …” or “il neodirettore artistico X ha illustrato …” (an adjective of the office, a new office’s prefix) THEN the office is X’s', () => {
    expect(speaker(speakersOf('Il direttore artistico Paola Neri ha detto che il programma è pronto.'), 'Paola Neri').role).toBe('direttore artistico');
    expect(speaker(speakersOf('Alla presenza del sindaco Aldo Bruni, il neodirettore artistico Paola Neri ha illustrato il programma.'), 'Paola Neri').role).toBe('neodirettore artistico');
    expect(speaker(speakersOf('Il neosindaco Aldo Bruni ha detto che la giunta è pronta.'), 'Aldo Bruni').role).toBe('neosindaco');
  });
});

describe('landings and prefects', () => {
  it('GIVEN “… e dello stesso parere è il prefetto X, il quale sottolinea che … “…”” THEN the relative’s antecedent says it; GIVEN “Il Prefetto di Agrigento, X, …” THEN the office is written without its article', () => {
    const drafts = speakersOf('"Stiamo tenendo bene" dice il questore Anna Neri e dello stesso parere è il prefetto Aldo Bruni, il quale sottolinea che la situazione migliorerà "quando avremo il nuovo hotspot". Poi la riunione è finita.');
    expect(has(speaker(drafts, 'Aldo Bruni').quotes, 1, 'direct', 'nuovo hotspot')).toBe(true);
    expect(speaker(drafts, 'Anna Neri').quotes.some((q) => q.text.includes('hotspot'))).toBe(false);
    expect(speaker(speakersOf('Il Prefetto di Agrigento, Aldo Bruni, non ci sta. Denuncia la situazione e dice basta agli sbarchi.'), 'Aldo Bruni').role).toBe('Prefetto di Agrigento');
  });
});

describe('a quotation after a statement whose subject is carried', () => {
  it('GIVEN “Il prefetto X non ci sta. Denuncia la situazione e dice basta agli sbarchi. “…”” THEN the quotation goes on with X; GIVEN the quotation after a sentence of nobody’s words THEN it stays nobody’s', () => {
    const drafts = speakersOf('Il prefetto Aldo Bruni non ci sta. Denuncia la situazione e dice basta agli sbarchi. “Obiettivamente la situazione è poco umanitaria”.');
    expect(has(speaker(drafts, 'Aldo Bruni').quotes, 1, 'direct', 'poco umanitaria')).toBe(true);
    const plain = speakersOf('Il prefetto Aldo Bruni è arrivato al porto. Il mare era mosso. “Obiettivamente la situazione è poco umanitaria”.');
    expect(plain.some((d) => d.quotes.some((q) => q.text.includes('umanitaria')))).toBe(false);
  });
});

describe('where the words were said', () => {
  it('GIVEN “X ha dichiarato: “…”, spiega X, intervenendo al convegno di Y” THEN only the quotation is X’s; GIVEN something said outside it THEN that is reported too', () => {
    const drafts = speakersOf('Il direttore dell’Agenzia, Mario Rossi, ha dichiarato: “I prezzi sono alti”, spiega Rossi, intervenendo al convegno della Camera di commercio.');
    const rossi = speaker(drafts, 'Mario Rossi');
    expect(has(rossi.quotes, 1, 'direct', 'I prezzi sono alti')).toBe(true);
    expect(rossi.quotes.some((q) => q.kind === 'reported')).toBe(false);
    const said = speakersOf('Il direttore dell’Agenzia, Mario Rossi, ha dichiarato: “I prezzi sono alti”, spiega Rossi, aggiungendo che le tariffe scenderanno in autunno.');
    expect(speaker(said, 'Mario Rossi').quotes.some((q) => q.kind === 'reported' && q.text.includes('tariffe scenderanno'))).toBe(true);
  });
});

describe('“così” and “è quanto” with the person before the verb', () => {
  it('GIVEN “È quanto X tiene a sottolineare …” or “È quello che il sindaco X ha spiegato” THEN the sentence before is X’s statement, and the opener is none; GIVEN “È quello che Roma vede ogni giorno, dice X” THEN the sentence before is not', () => {
    const tiene = speakersOf('Inaccettabile che la crescita crei lavoro precario. È quello che Mario Neri tiene a sottolineare dopo l’incontro col governo.');
    expect(speaker(tiene, 'Mario Neri').quotes.map((q) => q.text)).toEqual(['Inaccettabile che la crescita crei lavoro precario.']);
    const spiegato = speakersOf('Il cantiere riaprirà a maggio. È quanto il sindaco Mario Neri ha spiegato ieri.');
    expect(speaker(spiegato, 'Mario Neri').quotes.map((q) => q.text)).toEqual(['Il cantiere riaprirà a maggio.']);
    const after = speakersOf('Il lavoro è precario. È quello che Roma vede ogni giorno, dice Mario Neri.');
    expect(speaker(after, 'Mario Neri').quotes.some((q) => q.text.startsWith('Il lavoro'))).toBe(false);
  });
  it('GIVEN “Così l’assessore X prosegue i suoi viaggi …” THEN the sentence before is not X’s; GIVEN “Così X in conferenza stampa.” THEN it is', () => {
    const travels = speakersOf('Il governo è fermo. Così l’assessore alle Infrastrutture Mario Neri prosegue i suoi viaggi sui treni.');
    expect(travels.some((d) => d.quotes.some((q) => q.text.startsWith('Il governo')))).toBe(false);
    const press = speakersOf('Il governo è fermo. Così l’assessore alle Infrastrutture Mario Neri in conferenza stampa.');
    expect(has(speaker(press, 'Mario Neri').quotes, 1, 'reported', 'Il governo è fermo')).toBe(true);
  });
});

describe('an office and its body after the holder was named', () => {
  it('GIVEN “il segretario generale della Cgil, X” then ““…”, ha aggiunto il segretario Cgil” THEN the quotation is X’s, and nobody is called “Cgil”; GIVEN “il segretario Rossi” THEN Rossi is a person', () => {
    const drafts = speakersOf('Lo ha detto il segretario generale della Cgil, Mario Neri. “Siamo di fronte a un governo che ha fatto delle promesse”, ha aggiunto il segretario Cgil.');
    expect(has(speaker(drafts, 'Mario Neri').quotes, 1, 'direct', 'Siamo di fronte')).toBe(true);
    expect(drafts.map((d) => d.name)).not.toContain('Cgil');
    const other = speakersOf('Lo ha detto il segretario generale della Cgil, Mario Neri. “Siamo di fronte a un governo”, ha aggiunto il segretario Rossi.');
    expect(has(speaker(other, 'Rossi').quotes, 1, 'direct', 'Siamo di fronte')).toBe(true);
  });
  it('GIVEN “(LaPresse) Inaccettabile che … . È quello che X tiene a sottolineare …” THEN X’s statement leaves out the agency; GIVEN “È quanto X tiene a sottolineare” as a paragraph of its own THEN the paragraph before is X’s', () => {
    const drafts = speakersOf('(LaPresse) Inaccettabile che la crescita crei lavoro precario. È quello che Mario Neri tiene a sottolineare dopo l’incontro.');
    expect(speaker(drafts, 'Mario Neri').quotes.map((q) => q.text)).toEqual(['Inaccettabile che la crescita crei lavoro precario.']);
    const own = speakersOf('Inaccettabile che la crescita crei lavoro precario.', 'È quanto Mario Neri tiene a sottolineare dopo l’incontro.');
    expect(has(speaker(own, 'Mario Neri').quotes, 1, 'reported', 'Inaccettabile che')).toBe(true);
  });
});

describe('speaking plainly, and a contrast', () => {
  it('GIVEN ““…”. X è stato chiaro sulle prospettive …” or “X è stata netta: “…”” THEN the quotation is X’s; GIVEN the impersonal “È stato chiaro che X …” THEN X says nothing', () => {
    expect(has(speaker(speakersOf('"Dobbiamo vincerne almeno diciotto". Mario Neri è stato chiaro sulle prospettive della squadra.'), 'Mario Neri').quotes, 1, 'direct', 'vincerne almeno')).toBe(true);
    expect(has(speaker(speakersOf('La sindaca Anna Bruni è stata netta: “Non ci saranno rinvii”.'), 'Anna Bruni').quotes, 1, 'direct', 'Non ci saranno rinvii')).toBe(true);
    expect(speakersOf('È stato chiaro che il sindaco Mario Neri non sarebbe venuto alla cerimonia.').flatMap((d) => d.quotes)).toEqual([]);
  });
  it('GIVEN “Mentre per X “…” sono gli obiettivi” THEN the quotation is X’s', () => {
    expect(has(speaker(speakersOf('Le gare sono una sfida. Mentre per Mario Neri "organizzare i Giochi al meglio" sono gli obiettivi.'), 'Mario Neri').quotes, 1, 'direct', 'organizzare i Giochi')).toBe(true);
  });
});

describe('a relative after an office in apposition', () => {
  it('GIVEN “le parole di X, presidente e amministratore delegato del gruppo, secondo cui …” THEN what follows is X’s; GIVEN an apposition that is no office THEN it is nobody’s', () => {
    const drafts = speakersOf('Il titolo sale. Hanno favorito il titolo anche le parole di Aldo Bruni, presidente e amministratore delegato del gruppo, secondo cui i conti miglioreranno nel secondo semestre.');
    expect(has(speaker(drafts, 'Aldo Bruni').quotes, 1, 'reported', 'i conti miglioreranno')).toBe(true);
    expect(speakersOf('Il titolo sale. Hanno favorito il titolo le parole di Aldo Bruni, da sempre scettico, secondo cui i conti miglioreranno.').flatMap((d) => d.quotes)).toEqual([]);
  });
});

describe('“Così in una nota” and the people named together', () => {
  it('GIVEN ““…”. Così in una nota A, B e C per Cgil, Cisl e Uil” or “Così A e B.” THEN the quotation is each one’s; GIVEN “Così in una nota congiunta i segretari generali di Cgil, Cisl e Uil, rispettivamente A, B e C.” THEN it is each of the three’s', () => {
    const three = speakersOf('“Le morti sul lavoro sono tutte inaccettabili”. Così in una nota Aldo Bruni, Anna Neri e Carlo Sarti per Cgil, Cisl e Uil Alto Tevere.');
    for (const name of ['Aldo Bruni', 'Anna Neri', 'Carlo Sarti']) expect(has(speaker(three, name).quotes, 1, 'direct', 'tutte inaccettabili'), name).toBe(true);
    expect(three.map((d) => d.name)).not.toContain('nota');
    const two = speakersOf('“Le morti sul lavoro sono tutte inaccettabili”. Così Aldo Bruni e Anna Neri.');
    for (const name of ['Aldo Bruni', 'Anna Neri']) expect(has(speaker(two, name).quotes, 1, 'direct', 'tutte inaccettabili'), name).toBe(true);
    const respectively = speakersOf('“Le morti sul lavoro sono tutte inaccettabili”. Così in una nota congiunta i segretari generali di Cgil, Cisl e Uil di Valdora, rispettivamente Aldo Bruni, Anna Neri e Carlo Sarti.');
    for (const name of ['Aldo Bruni', 'Anna Neri', 'Carlo Sarti']) expect(has(speaker(respectively, name).quotes, 1, 'direct', 'tutte inaccettabili'), name).toBe(true);
    expect(respectively.map((d) => d.name)).not.toContain('Cisl');
  });
});

describe('an organisation and the place of its branch', () => {
  it('GIVEN “La Cgil di Valdora ha detto che …” THEN “Cgil di Valdora” said it; GIVEN “La sorella di Rossi ha detto …” or “Il sindaco di Valdora ha detto …” THEN nobody called “Rossi” or “Valdora” speaks', () => {
    expect(has(speaker(speakersOf('La Cgil di Valdora ha detto che la vittima era giovane.'), 'Cgil di Valdora').quotes, 1, 'reported', 'la vittima era giovane')).toBe(true);
    expect(speakersOf('La sorella di Rossi ha detto che la vittima era giovane.').map((d) => d.name)).toEqual([]);
    expect(speakersOf('Il sindaco di Valdora ha detto che la vittima era giovane.').map((d) => d.name)).not.toContain('Valdora');
  });
});

describe('a surname opening the sentence before a colon', () => {
  it('GIVEN “X Y …” then “Y invece apprezza e accetta: “…”” THEN the quotation is X Y’s; GIVEN a surname the article never names in full THEN nobody speaks', () => {
    const drafts = speakersOf('Aldo Bruni era stato escluso dal dibattito.', 'Bruni invece apprezza e accetta: “Ci sono! Non mi sottraggo certo oggi”.');
    expect(has(speaker(drafts, 'Aldo Bruni').quotes, 2, 'direct', 'Ci sono!')).toBe(true);
    expect(speakersOf('Bruni invece apprezza e accetta: “Ci sono! Non mi sottraggo certo oggi”.').map((d) => d.name)).toEqual([]);
  });
});

describe('a longer adjunct after a full name opening the sentence', () => {
  it('GIVEN “X Y nel suo primo discorso di fine anno in questo secondo mandato al Quirinale ha toccato …” then “– ha ricordato –” THEN the quotation is X Y’s; GIVEN another full name in the adjunct THEN it is not read past', () => {
    const drafts = speakersOf('Aldo Bruni nel suo primo discorso di fine anno in questo secondo mandato al Quirinale ha toccato i temi che interessano gli italiani. “Dal Covid, purtroppo non ancora sconfitto – ha ricordato – abbiamo tratto insegnamenti da non dimenticare”.');
    expect(has(speaker(drafts, 'Aldo Bruni').quotes, 1, 'direct', 'abbiamo tratto insegnamenti')).toBe(true);
    const other = speakersOf('Aldo Bruni nel suo incontro di ieri con Anna Neri al Quirinale ha toccato i temi del lavoro. “Dal Covid, purtroppo non ancora sconfitto – ha ricordato – abbiamo tratto insegnamenti”.');
    expect(other.some((d) => d.name === 'Aldo Bruni' && d.quotes.length > 0)).toBe(false);
  });
});

describe('an office abbreviated before the name', () => {
  it('GIVEN “ha dichiarato il CT X Y”, “il DG X Y”, “il dg Y” or “il ct X Y” THEN the person is X Y (or Y), the abbreviation their office, not part of the name', () => {
    expect(speaker(speakersOf('“Siamo pronti” ha dichiarato il CT Aldo Bruni.'), 'Aldo Bruni').role).toBe('CT');
    expect(speaker(speakersOf('“Siamo pronti” ha dichiarato il ct Aldo Bruni.'), 'Aldo Bruni').role).toBe('ct');
    expect(speaker(speakersOf('“La direzione sarà ferma” ha dichiarato il DG Anna Neri.'), 'Anna Neri').role).toBe('DG');
    expect(speaker(speakersOf('“La direzione sarà ferma” ha dichiarato il dg Neri.'), 'Neri').role).toBe('dg');
    expect(speakersOf('“Siamo pronti” ha dichiarato il CT Aldo Bruni.').map((d) => d.name)).toEqual(['Aldo Bruni']);
  });
});

describe('two offices joined by “e” before the name', () => {
  it('GIVEN “A renderlo noto è stato il direttore sanitario Asp e presidente dell’Ordine dei medici X Y” THEN X Y said it, not “Asp”; GIVEN “il sindaco Rossi e presidente della Provincia” THEN Rossi did', () => {
    const drafts = speakersOf('Il direttore è stato aggredito. A renderlo noto è stato il direttore sanitario Asp e presidente dell’Ordine dei medici Aldo Bruni.');
    expect(has(speaker(drafts, 'Aldo Bruni').quotes, 1, 'reported', 'Il direttore è stato aggredito')).toBe(true);
    expect(drafts.map((d) => d.name)).not.toContain('Asp');
    expect(has(speaker(speakersOf('Il direttore è stato aggredito. Lo ha detto il sindaco Rossi e presidente della Provincia.'), 'Rossi').quotes, 1, 'reported', 'Il direttore è stato aggredito')).toBe(true);
  });
});

describe('a courtesy title after the office', () => {
  it('GIVEN “– ha dichiarato il Direttore Generale ff, dottor X Y –” THEN X Y’s office is “Direttore Generale ff”', () => {
    expect(speaker(speakersOf('“A nome della Asl Valdora 4 – ha dichiarato il Direttore Generale ff, dottor Aldo Bruni – esprimo la mia solidarietà al medico aggredito”.'), 'Aldo Bruni').role).toBe('Direttore Generale ff');
  });
});

describe('a stance and whom it comes from', () => {
  it('GIVEN “Immediata solidarietà al collega da parte del presidente dell’Ordine, X Y.” or “Soddisfazione per … da parte del sindaco X Y.” THEN the sentence is X Y’s; GIVEN “La condanna da parte della Corte è arrivata ieri.” THEN nobody speaks', () => {
    expect(has(speaker(speakersOf('Immediata solidarietà al collega da parte del presidente dell’Ordine dei medici, Aldo Bruni. Ma ecco i fatti.'), 'Aldo Bruni').quotes, 1, 'reported', 'Immediata solidarietà')).toBe(true);
    expect(has(speaker(speakersOf('Soddisfazione per il risultato da parte del sindaco Aldo Bruni.'), 'Aldo Bruni').quotes, 1, 'reported', 'Soddisfazione')).toBe(true);
    expect(speakersOf('La condanna da parte della Corte è arrivata ieri.').map((d) => d.name)).toEqual([]);
  });
});

describe('speaking with nothing said', () => {
  it('GIVEN “Il presidente X ha parlato a lungo.” or “Ha parlato in piedi nel Salone …, il Presidente X, per sedici minuti.” THEN no statement; GIVEN “X ha parlato dei lavori del ponte.” THEN it is one; GIVEN “X ha parlato a lungo. “…”, ha aggiunto.” THEN the quotation is still X’s', () => {
    expect(speakersOf('Il presidente Aldo Neri ha parlato a lungo.').flatMap((d) => d.quotes)).toEqual([]);
    expect(speakersOf('Ha parlato in piedi nel Salone della Musica, il Presidente della Repubblica Aldo Neri, per sedici minuti.').flatMap((d) => d.quotes)).toEqual([]);
    expect(has(speaker(speakersOf('Il presidente Aldo Neri ha parlato dei lavori del ponte.'), 'Aldo Neri').quotes, 1, 'reported', 'lavori del ponte')).toBe(true);
    expect(has(speaker(speakersOf('Il presidente Aldo Neri ha parlato a lungo. “Siamo pronti”, ha aggiunto.'), 'Aldo Neri').quotes, 1, 'direct', 'Siamo pronti')).toBe(true);
  });
});

describe('a survey or an inquiry that says', () => {
  it('GIVEN ““…”, sottolinea un’indagine di Consumatori Uniti.” after another speaker THEN the inquiry of that body said it, not the one before; GIVEN “Dopo un’indagine di tre giorni, il rapporto di Sala concludeva …” THEN no inquiry speaks, then or later', () => {
    const survey = speakersOf('Il presidente Aldo Neri ha parlato a lungo: “Siamo preoccupati”.', '“Il gasolio costa 2,3 euro al litro a Ischia”, sottolinea un’indagine di Consumatori Uniti.');
    expect(has(speaker(survey, 'Aldo Neri').quotes, 2, 'direct', 'Il gasolio costa')).toBe(false);
    expect(survey.find((d) => d.sort === 'document' && d.quotes.some((q) => q.text.includes('Il gasolio costa')))?.name).toBe('indagine di Consumatori Uniti');
    const after = speakersOf('Aldo Neri lavorava tutti i giorni.', 'Il professore Bruno Sala, un noto ingegnere, è stato chiamato per analizzare i reperti. Dopo un’indagine di tre giorni, il rapporto di Sala concludeva che non c’era alcun pericolo.', 'Per l’esercizio fisico, Neri camminava ogni giorno. Ha corso ogni sera, dicendo che lo calmava.');
    expect(after.map((d) => d.name)).not.toContain('indagine');
  });
});

describe('an institution named with its lower-case adjectives', () => {
  it('GIVEN “Ieri la Protezione civile ha spiegato che …”, “la Guardia costiera”, “l’Agenzia spaziale europea” THEN the institution said it; GIVEN “Il capo della Protezione civile ha detto …” THEN the institution did not', () => {
    for (const [text, name] of [
      ['Ieri la Protezione civile ha spiegato che le scuole di Valdora resteranno chiuse.', 'Protezione civile'],
      ['La Guardia costiera ha spiegato che il mare resterà agitato fino a domani.', 'Guardia costiera'],
      ['Ieri l’Agenzia spaziale europea ha spiegato che il lancio è rinviato a marzo.', 'Agenzia spaziale europea'],
      ['La Protezione civile raccomanda ai sindaci di Valdora di attivare i centri operativi.', 'Protezione civile'],
    ] as const) {
      expect(speakersOf(text).map((d) => d.name), text).toEqual([name]);
    }
    expect(speakersOf('Il capo della Protezione civile ha detto che le scuole resteranno chiuse.').map((d) => d.name)).not.toContain('Protezione civile');
  });
});

describe('a noun of what someone does before their name and a colon', () => {
  it('GIVEN “Il virologo Aldo Neri: “…””, “L’immunologa Anna Bruni: “…””, “Campagna vaccinale, l’infettivologo Carlo Sarti: “…”” THEN each says the quotation, that noun their description; GIVEN “Secondo il catalogo Aldo Neri: “…”” THEN nobody does', () => {
    for (const [text, name, role] of [
      ['Il virologo Aldo Neri: “Servono criteri oggettivi per distribuire i vaccini”.', 'Aldo Neri', 'virologo'],
      ['L’immunologa Anna Bruni: “Era ora, finalmente una decisione giusta”.', 'Anna Bruni', 'immunologa'],
      ['Campagna vaccinale, l’infettivologo Carlo Sarti: “Il lavoro precedente è stato confuso”.', 'Carlo Sarti', 'infettivologo'],
    ] as const) {
      const drafts = speakersOf(text);
      expect(has(speaker(drafts, name).quotes, 1, 'direct', text.split('“')[1]!.split(' ')[0]!), text).toBe(true);
      expect(speaker(drafts, name).role, text).toBe(role);
    }
    expect(speakersOf('Secondo il catalogo Aldo Neri: “Servono criteri oggettivi”.').map((d) => d.name)).toEqual([]);
  });

  it('GIVEN “Il virologo Pregliasco: “…”” with the surname alone THEN Pregliasco says it, a virologist; GIVEN a surname that is also an Italian word (“Il virologo Rossi:”) THEN nobody is read from it', () => {
    const drafts = speakersOf('Il virologo Pregliasco: “Servono criteri oggettivi per distribuire i vaccini”.');
    expect(has(speaker(drafts, 'Pregliasco').quotes, 1, 'direct', 'Servono criteri')).toBe(true);
    expect(speaker(drafts, 'Pregliasco').role).toBe('virologo');
    expect(speakersOf('Il virologo Rossi: “Servono criteri oggettivi per distribuire i vaccini”.').map((d) => d.name)).toEqual([]);
  });
});

describe('a surname alone before a colon, inside a paragraph', () => {
  it('GIVEN “Monza-Genoa. Sonzogni: “…”. Vavassori: “…”.” (a round-up of comments) THEN each surname says its own quotation; GIVEN “Il campo era pesante. Sanità: “…”.” THEN a word of Italian is no speaker', () => {
    const drafts = speakersOf('Il campo era pesante. Sonzogni: “Partita giocata a buoni ritmi, ho visto una buona squadra”. Vavassori: “Oggi abbiamo ottenuto un punto importante”.');
    expect(has(speaker(drafts, 'Sonzogni').quotes, 1, 'direct', 'Partita giocata')).toBe(true);
    expect(has(speaker(drafts, 'Sonzogni').quotes, 1, 'direct', 'Oggi abbiamo')).toBe(false);
    expect(has(speaker(drafts, 'Vavassori').quotes, 1, 'direct', 'Oggi abbiamo')).toBe(true);
    expect(speakersOf('Il campo era pesante. Sanità: “Partita giocata a buoni ritmi, ho visto una buona squadra”.').map((d) => d.name)).toEqual([]);
  });
});

describe('a relative after a name and an office that ends with its body’s name', () => {
  it('GIVEN “l’intervento di Aldo Neri, presidente dell’Unione Consumatori Valdesi, che in merito ha affermato: “…”” THEN Aldo Neri said it, not “Consumatori Valdesi”; GIVEN “Anna Bruni, presidente della Regione Lazio, che al riguardo ha detto: “…”” THEN Anna Bruni did', () => {
    const neri = speakersOf('A partire da questo dato è arrivato l’intervento di Aldo Neri, presidente dell’Unione Consumatori Valdesi, che in merito ha affermato: “L’inflazione stabile è solo un’illusione ottica”.');
    expect(has(speaker(neri, 'Aldo Neri').quotes, 1, 'direct', 'illusione ottica')).toBe(true);
    expect(neri.map((d) => d.name)).not.toContain('Consumatori Valdesi');
    const bruni = speakersOf('Ha parlato Anna Bruni, presidente della Regione Lazio, che al riguardo ha detto: “Siamo pronti a intervenire”.');
    expect(has(speaker(bruni, 'Anna Bruni').quotes, 1, 'direct', 'Siamo pronti')).toBe(true);
  });
});

describe('a club’s press notes: a full name and a full stop before the quotation', () => {
  it('GIVEN “Aldo Neri, attaccante. «…»” or “Carlo Sarti. «…»” opening a paragraph THEN the quotation is that person’s (the role kept); GIVEN “Aldo Neri, sindaco. Ho visto tutto.” (no quotation) THEN nobody speaks', () => {
    const striker = speakersOf('Aldo Neri, attaccante. «È stata una gara bella giocata. Abbiamo avuto tante occasioni».');
    expect(has(speaker(striker, 'Aldo Neri').quotes, 1, 'direct', 'Abbiamo avuto tante occasioni')).toBe(true);
    expect(speaker(striker, 'Aldo Neri').role).toBe('attaccante');
    expect(has(speaker(speakersOf('Carlo Sarti. «Loro sono partiti forte. Abbiamo creato tanto».'), 'Carlo Sarti').quotes, 1, 'direct', 'Abbiamo creato tanto')).toBe(true);
    expect(speakersOf('Aldo Neri, sindaco. Ho visto tutto.').flatMap((d) => d.quotes)).toEqual([]);
  });
});

describe('an underscore typed for a dash around an insert', () => {
  it('GIVEN ““… a Palazzo Rossi_ ha sottolineato il sindaco Aldo Neri_ solo in questo modo …”” THEN the insert names the speaker and is cut out of his words', () => {
    const neri = speaker(speakersOf('“Questo fino a che non sarà avvenuto l’ampliamento del museo a Palazzo Rossi_ ha sottolineato il sindaco Aldo Neri_ solo in questo modo potremo esporre le opere dei depositi”.'), 'Aldo Neri');
    expect(neri.quotes.map((q) => q.text)).toEqual(['Questo fino a che non sarà avvenuto l’ampliamento del museo a Palazzo Rossi', 'solo in questo modo potremo esporre le opere dei depositi']);
  });
});

describe('an insert a full stop closes inside a quotation that goes on', () => {
  it('GIVEN “«Investire di più è la chiave per crescere – sottolinea Aldo Neri di Alfa Venture. Se l’Italia frena, l’Europa accelera».” THEN Aldo Neri says both parts, the insert cut out', () => {
    const neri = speaker(speakersOf('«Investire di più e con maggiore determinazione è la chiave per crescere – sottolinea Aldo Neri di Alfa Venture. Se l’Italia frena con un miliardo raccolto, l’Europa accelera».'), 'Aldo Neri');
    expect(neri.quotes.map((q) => q.text)).toEqual(['Investire di più e con maggiore determinazione è la chiave per crescere', 'Se l’Italia frena con un miliardo raccolto, l’Europa accelera']);
  });
});

describe('a verb of saying with nothing after it, before the quotation', () => {
  it('GIVEN “Aldo Neri, Ceo di Alfa, …” and then “Nel suo intervento a Progress il Ceo di Alfa ha poi aggiunto. «…»” THEN the quotation is his and the announcing sentence is no statement of its own', () => {
    const neri = speaker(speakersOf('Aldo Neri, Ceo di Alfa, è stato ospite di Progress.', 'Nel suo intervento a Progress il Ceo di Alfa ha poi aggiunto. «L’Italia ragiona ancora molto a silos, è un Paese diviso».'), 'Aldo Neri');
    expect(has(neri.quotes, 2, 'direct', 'ragiona ancora molto a silos')).toBe(true);
    expect(neri.quotes.filter((q) => q.kind === 'reported').map((q) => q.text)).toEqual([]);
  });
});

describe('speaking with only when it happened', () => {
  it('GIVEN “Aldo Neri ha parlato dopo la vittoria contro il Valdora.” THEN it is no statement; GIVEN “Aldo Neri ha parlato al termine della gara. «…»” or “… ha parlato a lungo. «…»” THEN he takes the floor and the quotation after is his; GIVEN “ha parlato della vittoria” THEN it is a statement', () => {
    expect(speakersOf('Aldo Neri, allenatore del Lerici, ha parlato dopo la vittoria contro il Valdora.').flatMap((d) => d.quotes)).toEqual([]);
    for (const text of ['Aldo Neri ha parlato al termine della gara. «Siamo contenti del risultato».', 'Aldo Neri ha parlato a lungo. «Siamo contenti del risultato».']) {
      expect(has(speaker(speakersOf(text), 'Aldo Neri').quotes, 1, 'direct', 'Siamo contenti'), text).toBe(true);
    }
    expect(has(speaker(speakersOf('Aldo Neri ha parlato della vittoria contro il Valdora.'), 'Aldo Neri').quotes, 1, 'reported', 'della vittoria')).toBe(true);
  });
});

describe('the office of a relative’s antecedent, in apposition before it', () => {
  it('GIVEN “Hanno intervistato il comandante provinciale dei carabinieri di Valdora, Aldo Neri, il quale ha dichiarato che …” THEN Aldo Neri said it, that office his; GIVEN “Hanno parlato con Carlo Sarti, Aldo Neri, il quale …” THEN no office', () => {
    const neri = speaker(speakersOf('Hanno intervistato il comandante provinciale dei carabinieri di Valdora, Aldo Neri, il quale ha dichiarato che il giovane non ha agito d’impeto.'), 'Aldo Neri');
    expect(neri.role).toBe('comandante provinciale dei carabinieri di Valdora');
    expect(has(neri.quotes, 1, 'reported', 'non ha agito d’impeto')).toBe(true);
    expect(speaker(speakersOf('Hanno parlato con Carlo Sarti, Aldo Neri, il quale ha dichiarato che il giovane non ha agito d’impeto.'), 'Aldo Neri').role).toBeUndefined();
  });
});

describe('a paragraph announcing the words of an office, after its holder took the floor', () => {
  it('GIVEN “Aldo Neri è intervenuto in conferenza stampa.” then “Ecco alcune parole del tecnico:” and a paragraph of quotation THEN the quotation is Aldo Neri’s; GIVEN the person in focus holds another office (“il presidente Aldo Neri”) THEN the coach’s words are not his', () => {
    const coach = speakersOf('Aldo Neri è intervenuto in conferenza stampa al termine del match.', 'Ecco alcune parole del tecnico:', '«Non mi sembra che la squadra sia arretrata tanto. Dobbiamo fare più gol».');
    expect(has(speaker(coach, 'Aldo Neri').quotes, 3, 'direct', 'Non mi sembra')).toBe(true);
    const president = speakersOf('Il presidente Aldo Neri è intervenuto in conferenza stampa al termine del match.', 'Ecco alcune parole del tecnico:', '«Non mi sembra che la squadra sia arretrata tanto. Dobbiamo fare più gol».');
    expect(president.find((d) => d.name === 'Aldo Neri')?.quotes.some((q) => q.text.includes('Non mi sembra')) ?? false).toBe(false);
  });
});

describe('an office, then a courtesy title and the name in apposition', () => {
  it('GIVEN “La Direttrice, dottoressa Anna Bruni, ha illustrato …” or “… che la direttrice, professoressa Anna Bruni, ha illustrato …” THEN Anna Bruni said it and the office is hers (not a person “Direttrice”, not the title)', () => {
    for (const text of ['La Direttrice, dottoressa Anna Bruni, ha illustrato le opere esposte.', 'Hanno suscitato interesse i manifesti che la direttrice, professoressa Anna Bruni, ha illustrato al pubblico.', 'La direttrice del museo, prof. Anna Bruni, ha spiegato che i lavori sono finiti.']) {
      const drafts = speakersOf(text);
      expect(drafts.map((d) => d.name), text).toEqual(['Anna Bruni']);
      expect(speaker(drafts, 'Anna Bruni').role?.toLowerCase(), text).toMatch(/^direttrice/u);
    }
  });
});

describe('where they said it, between the opener and who said it', () => {
  it('GIVEN ““…”. Così ad Agorà Estate su Rai3, il Ministro per il Sud, Aldo Neri.” or ““…”. Lo afferma incontrando i giornalisti a Valdora il ministro della Cultura Anna Bruni.” THEN the quotation is theirs', () => {
    const neri = speakersOf('“C’è stata un’emergenza, ma si tratta di numeri che abbiamo già gestito in altri anni”. Così ad Agorà Estate su Rai3, il Ministro per il Sud, Aldo Neri.');
    expect(has(speaker(neri, 'Aldo Neri').quotes, 1, 'direct', 'numeri che abbiamo già gestito')).toBe(true);
    const bruni = speakersOf('«Non ho bisogno di rispondere. Stiamo mettendo in sicurezza gli edifici». Lo afferma incontrando i giornalisti a Valdora il ministro della Cultura Anna Bruni, in merito al rischio sismico.');
    expect(has(speaker(bruni, 'Anna Bruni').quotes, 1, 'direct', 'in sicurezza gli edifici')).toBe(true);
  });
});

describe('who is given the floor before a colon, then a verb alone after the quotation', () => {
  it('GIVEN “… spiega la Cisl.” then “È intervenuto ancora una volta il ministro dei Trasporti, Marco Riva: “…”, ha ribadito.” THEN the quotation is Riva’s, not the Cisl’s', () => {
    const drafts = speakersOf(
      'La vertenza “riguarda il rinnovo del contratto nazionale”, spiega la Cisl.',
      'Sullo sciopero è intervenuto ancora una volta il ministro dei Trasporti, Marco Riva: “Se non si rispettano le fasce di garanzia, interverrò”, ha ribadito.',
      'Replica il capogruppo dei Verdi, Paolo Neri: «Il diritto di sciopero non si tocca», ha aggiunto.',
    );
    expect(has(speaker(drafts, 'Marco Riva').quotes, 2, 'direct', 'le fasce di garanzia')).toBe(true);
    expect(speaker(drafts, 'Cisl').quotes.some((q) => q.paragraph === 2)).toBe(false);
    const neri = speaker(drafts, 'Paolo Neri');
    expect(has(neri.quotes, 3, 'direct', 'non si tocca')).toBe(true);
    // (what stands before the colon only introduces the quotation)
    expect(neri.quotes.filter((q) => q.kind === 'reported')).toEqual([]);
  });
});

describe('a gerund after the office that speaks', () => {
  it('GIVEN ““…”, ha sottolineato il ministro, innescando la replica del leader della Cgil, Mario Landi.” THEN the quotation is the minister’s, and Landi says nothing', () => {
    const drafts = speakersOf(
      'Il ministro dei Trasporti, Marco Riva, ha parlato dello sciopero di venerdì.',
      '“Il diritto allo sciopero è sacrosanto”, ha sottolineato il ministro, innescando a stretto giro la replica del leader della Cgil, Mario Landi.',
    );
    expect(has(speaker(drafts, 'Marco Riva').quotes, 2, 'direct', 'sacrosanto')).toBe(true);
    expect(drafts.some((d) => d.name === 'Mario Landi' && d.quotes.length)).toBe(false);
  });
});

describe('a full name, then an office whose body is capitalised', () => {
  it('GIVEN “Aldo Ferri, segretario Filt Cgil Umbria, afferma che …” THEN Aldo Ferri says it, the office his', () => {
    const ferri = speaker(speakersOf('Aldo Ferri, segretario Filt Cgil Umbria, afferma che dalle 9 di oggi tutti i treni sono stati soppressi.'), 'Aldo Ferri');
    expect(ferri.role).toBe('segretario Filt Cgil Umbria');
    expect(has(ferri.quotes, 1, 'reported', 'tutti i treni sono stati soppressi')).toBe(true);
  });
});

describe('a cleft that takes up the words before', () => {
  it('GIVEN “«…». A dirlo è Aldo Ferri, segretario della Cisl.” THEN the quotation is his, and the cleft is no statement of his', () => {
    const ferri = speaker(speakersOf('«L’adesione allo sciopero di ieri è stata molto alta». A dirlo è Aldo Ferri, segretario della Cisl.'), 'Aldo Ferri');
    expect(has(ferri.quotes, 1, 'direct', 'molto alta')).toBe(true);
    expect(ferri.quotes.filter((q) => q.kind === 'reported')).toEqual([]);
  });
});

describe('what “parlare” names before the colon', () => {
  it('GIVEN “Il ds Aldo Neri ha parlato anche del mancato arrivo di Marco Riva: “…”” THEN the quotation is his and the topic before the colon no statement; “ha parlato di fare presto …: “…”” still says something', () => {
    const neri = speaker(speakersOf('Il direttore sportivo della Vis Aldo Neri ha parlato anche del mancato arrivo di Marco Riva: "È un ottimo ragazzo ma non ci sono state le condizioni".'), 'Aldo Neri');
    expect(has(neri.quotes, 1, 'direct', 'ottimo ragazzo')).toBe(true);
    expect(neri.quotes.filter((q) => q.kind === 'reported')).toEqual([]);
    const bruni = speaker(speakersOf('Il sindaco Aldo Bruni ha parlato di fare presto e di investire nelle scuole con i fondi europei: "Investiremo".'), 'Aldo Bruni');
    expect(has(bruni.quotes, 1, 'reported', 'di investire nelle scuole')).toBe(true);
  });
});

describe('two people named before the colon', () => {
  it('GIVEN “…, ma gli avvocati Aldo Neri e Sara Gobbi, difensori degli imputati: «…»” THEN the quotation is each one’s; “La Cgil Umbria e la Cisl Marche: “…”” names no two people', () => {
    const drafts = speakersOf('I giudici hanno confermato la condanna, ma gli avvocati Aldo Neri e Sara Gobbi, difensori degli imputati: «La sentenza ci ha attaccato per aver fatto il nostro lavoro».');
    for (const name of ['Aldo Neri', 'Sara Gobbi']) expect(has(speaker(drafts, name).quotes, 1, 'direct', 'ci ha attaccato'), name).toBe(true);
    expect(speakersOf('Marta Neri e Luca Bassi: “Siamo felici di essere qui”.').filter((d) => d.quotes.length).map((d) => d.name)).toEqual(['Marta Neri', 'Luca Bassi']);
    expect(speakersOf('La Cgil Umbria e la Cisl Marche: “Siamo pronti allo sciopero”.').filter((d) => d.sort === 'person' && d.quotes.length)).toEqual([]);
  });
});

describe('a verb set off by commas, the clause going on after it', () => {
  it('GIVEN “Alla luce dei risultati, ha detto il ceo Aldo Neri, il gruppo ha confermato le stime.” THEN the whole sentence is his statement; “…, ha detto il sindaco Aldo Neri, il presidente della giunta …” keeps the office an apposition', () => {
    const neri = speaker(speakersOf('Alla luce dei risultati sopra le attese, ha detto il ceo Aldo Neri, il gruppo ha confermato le stime per il 2025.'), 'Aldo Neri');
    expect(has(neri.quotes, 1, 'reported', 'il gruppo ha confermato le stime')).toBe(true);
    const bruni = speaker(speakersOf('Con questi conti, ha detto il sindaco Aldo Bruni, il presidente della giunta ha confermato tutto.'), 'Aldo Bruni');
    expect(bruni.quotes.map((q) => q.text)).toEqual(['Con questi conti']);
  });

  it('GIVEN “Il sindaco Aldo Bruni riassume il piano: “…”” or “«… – sintetizza Sara Gobbi, direttrice dell’ospedale – …»” THEN summing up is saying; “Il documento sintetizza le proposte” names nobody', () => {
    expect(has(speaker(speakersOf('Il sindaco Aldo Bruni riassume il piano: “Più scuole e meno cemento”.'), 'Aldo Bruni').quotes, 1, 'direct', 'Più scuole')).toBe(true);
    expect(has(speaker(speakersOf('«Le sale operatorie – sintetizza Sara Gobbi, direttrice del nuovo ospedale – riapriranno martedì».'), 'Sara Gobbi').quotes, 1, 'direct', 'riapriranno martedì')).toBe(true);
    expect(speakersOf('Il documento sintetizza le proposte della giunta.').filter((d) => d.quotes.length)).toEqual([]);
  });
});

describe('an office named alone, another person in focus', () => {
  it('GIVEN “Il rettore Aldo Bruni ha guidato il corteo”, two ministers named, then “Nel suo intervento il ministro ha ricordato …” THEN the words are not the rector’s; “il vicepremier Aldo Bruni … ha aggiunto il ministro delle Infrastrutture” with no other minister named stays his', () => {
    const drafts = speakersOf(
      'Inaugurato stamani l’anno accademico, alla presenza del ministro della Ricerca Anna Neri e del ministro della Cultura Sara Gobbi.',
      'Il rettore Aldo Bruni ha guidato il corteo dei docenti.',
      'Nel suo intervento il ministro ha ricordato i forti legami con la città e i suoi atenei.',
    );
    expect(drafts.find((d) => d.name === 'Aldo Bruni')?.quotes ?? []).toEqual([]);
    const one = speakersOf('"Il ponte si farà". Lo ha dichiarato il vicepremier Aldo Bruni a un convegno. "Ci sarà una norma in manovra", ha aggiunto il ministro delle Infrastrutture.');
    expect(has(speaker(one, 'Aldo Bruni').quotes, 1, 'direct', 'Ci sarà una norma in manovra')).toBe(true);
  });

  it('GIVEN “– ha evidenziato il Magnifico Rettore –” after “Il Magnifico Rettore, Prof. Aldo Bruni, ha inaugurato …” THEN the honorific and the office are his office, not a person named “Magnifico Rettore”', () => {
    const drafts = speakersOf(
      'Il Magnifico Rettore, Prof. Aldo Bruni, ha inaugurato questa mattina l’anno accademico.',
      'La cerimonia si è svolta nell’Aula Magna, trasmessa in streaming sul canale dell’Ateneo.',
      '"In un biennio così straordinario - ha evidenziato il Magnifico Rettore - quattro sono stati i valori che hanno guidato l’azione di governo".',
    );
    expect(drafts.map((d) => d.name)).toEqual(['Aldo Bruni']);
    expect(has(speaker(drafts, 'Aldo Bruni').quotes, 3, 'direct', 'quattro sono stati i valori')).toBe(true);
  });

  it('GIVEN “il ministro dell’Istruzione, Università e Ricerca Anna Neri” (the office’s complement a list after a comma) THEN the person is Anna Neri, her office the whole phrase, and no “Università”', () => {
    for (const office of ['ministro dell’Istruzione, Università e Ricerca', 'ministro dell’Istruzione, dell’Università e della Ricerca']) {
      const drafts = speakersOf(`Alla cerimonia era presente il ${office} Anna Neri.`, '“Oggi il mio ruolo è diverso” – ha detto il ministro –.');
      expect(drafts.map((d) => [d.name, d.role])).toEqual([['Anna Neri', office]]);
    }
  });
});

describe('a view set against the one before', () => {
  it('GIVEN “Per Ivana Neri, …, “…”.” then “D’altra parte, per Giulio Bruni, segretario Cisl, “…”” or “Invece per …” THEN the second quotation is Bruni’s, not Neri’s', () => {
    for (const connective of ['D’altra parte, per', 'Invece per', 'Anche per']) {
      const drafts = speakersOf(`Per Ivana Neri, segretaria confederale Uil, siamo di fronte "a un motore in affanno", in particolare sui temi del lavoro. ${connective} Giulio Bruni, segretario confederale Cisl, "iniziano a farsi sentire gli effetti dell'inflazione".`);
      expect(has(speaker(drafts, 'Giulio Bruni').quotes, 1, 'direct', 'iniziano a farsi sentire'), connective).toBe(true);
      expect(has(speaker(drafts, 'Ivana Neri').quotes, 1, 'direct', 'iniziano a farsi sentire'), connective).toBe(false);
    }
  });
});

describe('“Così X, office, commenta …” after a quotation', () => {
  it('GIVEN ““…”. Così il direttore generale dell’Azienda Ospedaliera di Varzi, Anna Berti, rispetto alle polemiche.” THEN the quotation is hers, not the institution’s: its name runs on past the capitalised word after the elided preposition', () => {
    for (const opener of ['Così il direttore generale', 'Lo ha detto il direttore generale']) {
      const drafts = speakersOf(`“Abbiamo retto all’urto grazie al personale”. ${opener} dell’Azienda Ospedaliera di Varzi, Anna Berti, rispetto alle polemiche dei giorni scorsi.`);
      expect(drafts.map((d) => d.name), opener).toEqual(['Anna Berti']);
      expect(speaker(drafts, 'Anna Berti').role).toBe('direttore generale dell’Azienda Ospedaliera di Varzi');
      expect(speaker(drafts, 'Anna Berti').quotes.map((q) => [q.kind, q.text])).toEqual([['direct', 'Abbiamo retto all’urto grazie al personale']]);
    }
  });

  it('GIVEN ““…”. Così Serena Neri, segretaria della Cgil, commenta i dati.” THEN the quotation is hers and the sentence that names her is no statement of its own', () => {
    const drafts = speakersOf('"La notizia è che il mercato del lavoro è ancora instabile". Così Serena Neri, segretaria confederale della Cgil, commenta i dati provvisori sugli occupati.');
    expect(speaker(drafts, 'Serena Neri').quotes.map((q) => [q.kind, q.text])).toEqual([['direct', 'La notizia è che il mercato del lavoro è ancora instabile']]);
  });
});

describe('the office given where the person says nothing', () => {
  it('GIVEN “… hanno portato il segretario generale della Uil Aldo Bruni a chiedere …” then ““…” – ha detto Bruni –” THEN Aldo Bruni speaks with that office; “…, ma gli avvocati Aldo Bruni …” after another office gives none', () => {
    const drafts = speakersOf(
      'Numeri che hanno portato il segretario generale della Uil Aldo Bruni a chiedere al ministro del Lavoro Giuliano Neri di aprire subito una discussione. “La scomparsa della mobilità ha messo in difficoltà migliaia di persone – ha detto Bruni –. Serve un percorso nuovo”.',
    );
    expect(speaker(drafts, 'Aldo Bruni').role).toBe('segretario generale della Uil');
    // (named alone in that sentence, the person comes into focus with the office of two nouns whole)
    const alone = speakersOf('Numeri che hanno portato il segretario generale della Uil Aldo Bruni a chiedere una discussione. “La scomparsa della mobilità ha messo in difficoltà migliaia di persone – ha detto Bruni –. Serve un percorso nuovo”.');
    expect(speaker(alone, 'Aldo Bruni').role).toBe('segretario generale della Uil');
    const seam = speakersOf('Il processo riguarda la morte del vicebrigadiere, ma gli avvocati Aldo Bruni e Sara Gobbi non ci stanno. “La sentenza è già scritta”, ha detto Bruni.');
    expect(speaker(seam, 'Aldo Bruni').role ?? '').not.toMatch(/vicebrigadiere/u);
    // (nor a label in capitals, nor a word of another name)
    const standings = speakersOf('CLASSIFICA GENERALE 1 - Aldo Bruni (Squadra Blu) 2 - Carlo Neri (Squadra Rossa)', 'Maglia Rosa, leader della Classifica Generale, sponsorizzata da Enel - Aldo Bruni (Squadra Blu)', 'Il vincitore Aldo Bruni ha dichiarato: "Roma è una città spettacolare".');
    expect(speaker(standings, 'Aldo Bruni').role ?? '').not.toMatch(/generale/iu);
  });
});

describe('a title capitalised before a full name', () => {
  it('GIVEN “il vincitore e nuova Maglia Rosa Jonas Valder ha detto” in a piece that writes “Jonas Valder” alone THEN the speaker is Jonas Valder; “Vittorio Bruni Sala” written later as “Bruni Sala” keeps his first name', () => {
    const drafts = speakersOf('Jonas Valder (Squadra Blu) ha vinto la ventesima tappa. Jonas Valder è la nuova Maglia Rosa.', 'Pochi secondi dopo il traguardo, il vincitore e nuova Maglia Rosa Jonas Valder ha detto: "È una sensazione incredibile".');
    expect(drafts.map((d) => d.name)).toEqual(['Jonas Valder']);
    const named = speakersOf('Vittorio Bruni Sala, presidente di Legambiente, ha detto che serve un piano nazionale.', 'Bruni Sala ha poi aggiunto che le città vanno ascoltate.');
    expect(named.map((d) => d.name)).toContain('Vittorio Bruni Sala');
  });
});

describe('a prosecutor and the lawyers', () => {
  it('GIVEN ““…”. Parla, in conferenza stampa, il procuratore X, ricostruendo …” THEN the quotation and the inserts after it are his', () => {
    const drafts = speakersOf('“Ci sono ancora diversi aspetti su cui dobbiamo lavorare”. Parla, in conferenza stampa, il procuratore di Valdora Paolo Serra, ricostruendo l’omicidio.', '“Stiamo facendo indagini per ricostruire la vicenda – spiega – Ci vorrà tempo per le perizie”.');
    expect(has(speaker(drafts, 'Paolo Serra').quotes, 1, 'direct', 'Ci sono ancora diversi aspetti')).toBe(true);
    expect(has(speaker(drafts, 'Paolo Serra').quotes, 2, 'direct', 'Stiamo facendo indagini')).toBe(true);
  });

  it('GIVEN “l’avvocato dell’imputato, X” then ““…”, così il legale ha motivato …” THEN the quotation is the lawyer’s, and the sentence naming him before it no statement of his', () => {
    const drafts = speakersOf('Partecipano all’interrogatorio il procuratore capo Nicola Neri, il sostituto Elisa Sala e l’avvocato dell’imputato, Mariano Bruni. "Il mio assistito ora è più sereno", così il legale ha motivato la decisione di parlare.');
    expect(speaker(drafts, 'Mariano Bruni').quotes.map((q) => [q.kind, q.text])).toEqual([['direct', 'Il mio assistito ora è più sereno']]);
  });
});

describe('bodies and offices written without their marks', () => {
  it('GIVEN “L’Ente Nazionale Protezione Valdora (ENPV) ha detto la sua” THEN the body speaks under its whole name, head noun included, and is no person; “ENPV” in another piece is the same body', () => {
    const drafts = speakersOf('L’Ente Nazionale Protezione Valdora (ENPV) ha detto la sua sul vertice, esprimendo preoccupazione per questi nuovi poteri.');
    expect(drafts.map((d) => [d.name, d.sort])).toEqual([['Ente Nazionale Protezione Valdora', 'organisation']]);
    const alpini = speakersOf('L’Associazione Nazionale Sentieri ha detto la sua sul vertice, esprimendo preoccupazione.');
    expect(alpini.map((d) => d.name)).toEqual(['Associazione Nazionale Sentieri']);
    const piece = (slug: string, body: string) => parseArticle(`---\ntitle: "${slug}"\nlang: it\n---\n\n${body}\n`, slug);
    const built = buildPeople([
      piece('alfa', '«La scelta non risolve il problema», dichiarano ENPV e WWF.'),
      piece('beta', 'L’Ente Nazionale Protezione Valdora (ENPV) ha detto la sua sul vertice, esprimendo preoccupazione.'),
    ]);
    expect(built.quote('ENPV').person).toBe('Ente Nazionale Protezione Valdora');
    expect(built.quote('ENPV').quotes.map((q) => q.article)).toEqual(['alfa', 'beta']);
  });

  it('GIVEN “«…», spiega Aldo Bruni coordinatore del settore Grandi carnivori della Provincia.” THEN the office after the name, its comma left out, is his', () => {
    const drafts = speakersOf('«Si tratta di un documento tecnico», spiega Aldo Bruni coordinatore del settore Grandi carnivori della Provincia.', '«Serve un piano», ha detto Carla Neri presidente della Pro Loco e sindaca di Ala.', '«Bene così», ha detto Paolo Sala ieri sera.');
    expect(speaker(drafts, 'Aldo Bruni').role).toBe('coordinatore del settore Grandi carnivori della Provincia');
    expect(speaker(drafts, 'Carla Neri').role).toBe('presidente della Pro Loco');
    expect(speaker(drafts, 'Paolo Sala').role).toBeUndefined();
  });

  it('GIVEN a number inside a name (“il segretario del Movimento 5 Stelle Aldo Sala”, “il Valdora 2 Host Committee”) THEN the name runs over it: the party is the office’s, the committee no person', () => {
    const drafts = speakersOf('“Il rinvio non è stato spiegato”. Lo ha detto il segretario del Movimento 5 Stelle Aldo Sala.');
    expect(drafts.map((d) => [d.name, d.role])).toEqual([['Aldo Sala', 'segretario del Movimento 5 Stelle']]);
    const committee = speakersOf('Il Valdora 2 Host Committee ha detto che la città è pronta ad accogliere la finale.');
    expect(committee.map((d) => [d.name, d.sort])).toEqual([['Valdora 2 Host Committee', 'organisation']]);
  });

  it('GIVEN “il capogruppo Pd Bruni” and “il consigliere Forza Italia Aldo Sala” THEN the party is no part of the name but of the office', () => {
    const drafts = speakersOf('Positivo anche il giudizio del capogruppo Pd Bruni che ha ricordato le azioni promosse “per fronteggiare le nuove marginalità”.', '«Bene così», ha detto il consigliere Forza Italia Aldo Sala.');
    expect(speaker(drafts, 'Bruni').role).toBe('capogruppo Pd');
    expect(speaker(drafts, 'Aldo Sala').role).toBe('consigliere Forza Italia');
  });
});

describe('an office as subject before an adjunct, and an objection', () => {
  it('GIVEN “Il sindaco nel corso dell’incontro ha spiegato che …” or “Il legale comunque, nel suo intervento in aula ha chiarito che …” THEN the office named before is the subject; “La sua proposta al sindaco … ha spiegato” stays nobody’s', () => {
    const mayor = speakersOf('Alla riunione c’era il sindaco Aldo Bruni.', 'Il sindaco nel corso dell’incontro ha spiegato che la piazza sarà rifatta.');
    expect(has(speaker(mayor, 'Aldo Bruni').quotes, 2, 'reported', 'nel corso dell’incontro')).toBe(true);
    const lawyer = speakersOf('Lo ha detto l’avvocato Carlo Neri. Il legale comunque, nel suo intervento in aula ha chiarito pure che la rinuncia ai testimoni potrà avvenire dopo.');
    expect(has(speaker(lawyer, 'Carlo Neri').quotes, 1, 'reported', 'ha chiarito pure che')).toBe(true);
    const object = speakersOf('Alla riunione c’era il sindaco Aldo Bruni.', 'La sua proposta al sindaco nel corso dell’incontro ha spiegato che la piazza sarà rifatta.');
    expect(object.flatMap((d) => d.quotes.filter((q) => q.paragraph === 2))).toEqual([]);
  });

  it('GIVEN “«… – obietta -. …»” after the lawyer is named THEN the quotation is his', () => {
    const drafts = speakersOf('A raccontarlo è l’avvocato Carlo Neri.', 'Da qui il rinvio, al quale l’avvocato tenta di opporsi: «Giudice ma la teste è in stato interessante – obietta -. Il procedimento non è a rischio di prescrizione».');
    expect(has(speaker(drafts, 'Carlo Neri').quotes, 2, 'direct', 'Giudice ma la teste')).toBe(true);
  });

  it('GIVEN “Strage di Valdora, parla l’avvocato del 17enne” then an unnamed lawyer’s words THEN the place is nobody, and the words no one’s', () => {
    const drafts = speakersOf('Strage di Valdora Alta, parla l’avvocato del 17enne.', '"Oggi è previsto l’interrogatorio - ha esordito il legale - Il ragazzo spiegherà quanto accaduto".');
    expect(drafts.map((d) => d.name)).toEqual([]);
  });
});

describe('a round-up of players and coaches', () => {
  it('GIVEN “Name (Team)- «…»” and “Name – «…»” THEN each label speaks its quotation; a dateline before a dash (“VALDORA – «…» – commenta coach Bruni –”, “Valdora (Italia) – «…»”) does not, and “coach” is the office', () => {
    const drafts = speakersOf('Aldo Bruni (Top Volley Valdora)- « Dobbiamo allenarci su alcuni fondamentali ».', 'Carla Neri – «Abbiamo tirato fuori il carattere».', 'VALDORA – «Sono molto contento di aver perso – commenta coach Sala a fine gara – perché la scelta è mia».');
    expect(speaker(drafts, 'Aldo Bruni').role).toBe('Top Volley Valdora');
    expect(has(speaker(drafts, 'Aldo Bruni').quotes, 1, 'direct', 'Dobbiamo allenarci')).toBe(true);
    expect(has(speaker(drafts, 'Carla Neri').quotes, 2, 'direct', 'Abbiamo tirato fuori')).toBe(true);
    expect(has(speaker(drafts, 'Sala').quotes, 3, 'direct', 'Sono molto contento')).toBe(true);
    expect(speaker(drafts, 'Sala').role).toBe('coach');
    expect(drafts.map((d) => d.name)).not.toContain('Valdora');
    // (nor a place with its bracket: "Melbourne (Australia) – «…»")
    const dateline = speakersOf('Il sindaco Paolo Sala ha aperto la cerimonia.', 'Valdora (Italia) – «È un giorno storico per lo sport».');
    expect(dateline.map((d) => d.name)).not.toContain('Valdora');
  });
});

describe('regional politics: datelines, joint notes and lists of names with their brackets', () => {
  it('GIVEN an article opening “Reggio Valdora  – “…”. Lo scrivono, in una nota congiunta, i consiglieri di opposizione A (capogruppo di X), B (capogruppo del Misto), C (Cdl) e D (Misto)” THEN the dateline is nobody and the four say it, no one with the office in the bracket before their name', () => {
    const drafts = speakersOf(
      'Reggio Valdora  – “È grazie alla minoranza se oggi è stato possibile approvare la legge sulla polizia locale”. Lo scrivono, in una nota congiunta, i consiglieri regionali di opposizione Aldo Bruni (capogruppo di Forza Valdora), Carla Neri (capogruppo del Misto), Paolo Sala (Cdl) e Marta Ferri (Misto), con riferimento ai lavori del Consiglio.',
    );
    expect(drafts.map((d) => d.name).sort()).toEqual(['Aldo Bruni', 'Carla Neri', 'Marta Ferri', 'Paolo Sala']);
    for (const d of drafts) expect(has(d.quotes, 1, 'direct', 'È grazie alla minoranza'), d.name).toBe(true);
    expect(drafts.map((d) => d.role ?? '')).not.toContain('capogruppo di Forza Valdora');
    // (with a province's bracket too: "Reggio Valdora (RV) – “…”")
    expect(speakersOf('Reggio Valdora (RV) – “La legge è approvata”. Lo scrivono i consiglieri Aldo Bruni e Carla Neri.').map((d) => d.name)).toEqual(['Aldo Bruni', 'Carla Neri']);
  });

  it('GIVEN “"…" Così i capigruppo dell’opposizione A (Pd), B (Iv), C (M5s) e D (Polo progressista).” THEN all four say it', () => {
    const drafts = speakersOf('"Saremo davanti al Consiglio regionale per chiedere di riaprire la Regione." Così i capigruppo dell’opposizione in Consiglio regionale Aldo Bruni (Pd), Carla Neri (Iv), Paolo Sala (M5s) e Marta Ferri (Polo progressista).');
    expect(drafts.map((d) => d.name)).toEqual(['Aldo Bruni', 'Carla Neri', 'Paolo Sala', 'Marta Ferri']);
    for (const d of drafts) expect(d.quotes.map((q) => q.text), d.name).toEqual(['Saremo davanti al Consiglio regionale per chiedere di riaprire la Regione.']);
  });

  it('GIVEN “… del capogruppo leghista, che in una nota ha evidenziato che …” THEN the note is no speaker: a preposition governs it', () => {
    const drafts = speakersOf('Lo ha detto il segretario regionale dell’Udc, Aldo Bruni, rispondendo alle dichiarazioni del capogruppo leghista in Consiglio regionale che in una nota ha evidenziato che la Lega è il primo partito della coalizione.');
    expect(drafts.map((d) => d.name)).not.toContain('nota');
    expect(drafts.filter((d) => d.sort === 'document').map((d) => d.name)).toEqual([]);
  });
});

describe('business news: an appeal launched, and a clause of consequence', () => {
  it('GIVEN ““…”. Il governatore della Regione, Name, ha lanciato un forte appello, ieri, a Valdora.” THEN the quotation is the appeal, his', () => {
    const drafts = speakersOf('“Andare all’estero non è sempre la scelta migliore per i giovani”. Il governatore della Regione, Aldo Bruni, ha lanciato un forte appello, ieri, a Valdora.');
    expect(speaker(drafts, 'Aldo Bruni').quotes.map((q) => [q.kind, q.text])).toEqual([['direct', 'Andare all’estero non è sempre la scelta migliore per i giovani']]);
  });

  it('GIVEN “A confermarlo è l’amministratore delegato Name … Una decisione strategica, tanto che ha sottolineato: “…”.” THEN the words after the colon are hers (“tanto che” opens no relative)', () => {
    const drafts = speakersOf('A confermarlo è l’amministratore delegato Carla Neri, che ha dichiarato che il gruppo sta valutando una nuova linea. Una decisione strategica, tanto che ha sottolineato: “Sarebbe un autogol non farlo”.');
    expect(has(speaker(drafts, 'Carla Neri').quotes, 1, 'direct', 'Sarebbe un autogol non farlo')).toBe(true);
  });
});

describe('where the words were written, before the subject', () => {
  it('GIVEN ““… – ha spiegato sulla pagina Facebook del Comune il sindaco Name – …”” and “…”, ha scritto sul profilo Instagram il sindaco Name THEN the mayor says it, not the page', () => {
    const page = speakersOf('“Chiudere la scuola non è stata una decisione semplice – ha spiegato sulla pagina Facebook del Comune il sindaco Aldo Bruni – però i ragazzi non potevano stare in aula al freddo”.');
    expect(page.map((d) => [d.name, d.role])).toEqual([['Aldo Bruni', 'sindaco']]);
    expect(page[0]!.quotes.map((q) => q.text)).toEqual(['Chiudere la scuola non è stata una decisione semplice', 'però i ragazzi non potevano stare in aula al freddo']);
    const profile = speakersOf('“La scuola riapre lunedì”, ha scritto sul profilo Instagram il sindaco Aldo Bruni.');
    expect(profile.map((d) => d.name)).toEqual(['Aldo Bruni']);
  });
});

describe('a full name and its office with no comma before the verb', () => {
  it('GIVEN “Aldo Bruni coordinatore del settore Grandi carnivori della Provincia ha detto che …” THEN he says it, the office his; “La proposta di X sindaca di Ala dice …” names no speaker', () => {
    const drafts = speakersOf('Aldo Bruni coordinatore del settore Grandi carnivori della Provincia ha detto che si tratta di un documento tecnico.');
    expect(speaker(drafts, 'Aldo Bruni').role).toBe('coordinatore del settore Grandi carnivori della Provincia');
    expect(has(speaker(drafts, 'Aldo Bruni').quotes, 1, 'reported', 'documento tecnico')).toBe(true);
    expect(speakersOf('La proposta di Anna Neri sindaca di Ala dice che la festa si farà.')).toEqual([]);
  });
});

describe('an academic ceremony: a long quotation after an insert, a theme, an account by name', () => {
  it('GIVEN “L’evento, spiega l’Ateneo, "…" (a straight-quoted statement of over 600 characters).” THEN the quoted words are the body’s, as with a colon before them', () => {
    const long = 'si è aperto con la proiezione di cinque video, che hanno sintetizzato i numeri, le attività, le sfide e i protagonisti dell’Università: dalla pronta reazione dell’Accademia alla pandemia sino all’emergenza climatica, dalle attività di ricerca scientifica ai risultati ottenuti nei ranking nazionali. Seguendo una consolidata tradizione, è stato poi il Coro dell’Ateneo, diretto da Aldo Bruni, a fare da sfondo all’ingresso del corteo, costituito dal Rettore e dai rappresentanti dei dodici Dipartimenti guidati dai rispettivi direttori e concluso dal Pro Rettore Vicario Carlo Neri, con l’esecuzione dell’Inno dell’Università, dell’Inno nazionale e dell’Inno europeo';
    expect(long.length).toBeGreaterThan(600);
    const drafts = speakersOf(`L’evento, spiega l'Ateneo, "${long}".`);
    expect(speaker(drafts, 'Ateneo').quotes.map((q) => [q.kind, q.text])).toEqual([['direct', long]]);
  });

  it('GIVEN “La prolusione è stata tenuta dalla professoressa Name, direttore del Dipartimento, sul tema: “… (fourteen words, with a subtitle)”.” THEN the theme is a title, nobody’s words', () => {
    expect(speakersOf('La prolusione è stata tenuta dalla professoressa Carla Neri, direttore del Dipartimento di Fisica, sul tema: “Le infrastrutture di ricerca internazionali: luoghi per l’eccellenza e la competitività della ricerca universitaria”.')).toEqual([]);
  });

  it('GIVEN “Il rettore Name ha consegnato una targa al professor X, «…» ha detto Name, ricordando …” THEN only the quotation is his: what the article tells of him by name is no statement of his', () => {
    const drafts = speakersOf('Il rettore Mario Neri ha quindi consegnato una targa di riconoscimento al professor Attilio Verdi, «autentico benemerito dell’Università» ha detto Neri, ricordando le due donazioni fatte all’Ateneo.');
    expect(speaker(drafts, 'Mario Neri').quotes.map((q) => [q.kind, q.text])).toEqual([['direct', 'autentico benemerito dell’Università']]);
    const own = speakersOf('Il governo deve intervenire subito per la città, «non c’è più tempo» ha detto Mario Neri.');
    expect(speaker(own, 'Mario Neri').quotes.map((q) => q.kind)).toEqual(['reported', 'direct']);
  });
});

describe('city buses: an understood verb, a gerund in a relative, a straight quotation over two paragraphs', () => {
  it('GIVEN ““Il nuovo disegno, inoltre, – ancora il Sindaco – coglie …”” then ““…” ha concluso il Sindaco” after the assessore Name spoke THEN both are the mayor’s, not the assessore’s; “– ancora una volta –” names nobody', () => {
    const drafts = speakersOf(
      '“Il nuovo disegno, inoltre, – ancora il Sindaco – coglie l’esigenza di rispondere alle trasformazioni della città.”',
      '“Pur in un quadro di razionalizzazione – ha spiegato l’assessore alla Mobilità Aldo Neri – si è salvaguardata l’offerta”.',
      '“Complessivamente si realizzerà una diminuzione di percorrenza” ha concluso il Sindaco.',
    );
    expect(speaker(drafts, 'Sindaco').quotes.map((q) => [q.paragraph, q.text])).toEqual([
      [1, 'Il nuovo disegno, inoltre'],
      [1, 'coglie l’esigenza di rispondere alle trasformazioni della città.'],
      [3, 'Complessivamente si realizzerà una diminuzione di percorrenza'],
    ]);
    expect(speaker(drafts, 'Aldo Neri').quotes.map((q) => q.paragraph)).toEqual([2, 2]);
    const named = speakersOf('“Il nuovo disegno, inoltre, – così l’assessore alla Mobilità Aldo Neri – coglie l’esigenza della città.”');
    expect(named.map((d) => [d.name, d.role])).toEqual([['Aldo Neri', 'assessore alla Mobilità']]);
    expect(speakersOf('“Il nuovo disegno, inoltre, – ancora una volta – coglie l’esigenza della città.”')).toEqual([]);
  });

  it('GIVEN “… sulle parole del viceministro alle Infrastrutture Name, che commentando l’esposto sulla Garisenda ha parlato di …, il sindaco ha replicato: “…”” THEN the relative’s verb is the vice-minister’s (named without his office’s complement), the quotation the mayor’s', () => {
    const drafts = speakersOf(
      'Il sindaco Mario Rossi ha parlato a margine di un evento.',
      'Ai cronisti che gli hanno chiesto un commento sulle parole del viceministro alle Infrastrutture Carlo Bianchi, che commentando l’esposto sulla Garisenda presentato da Fratelli d’Italia ha parlato di un possibile danno erariale, il sindaco ha replicato: “Sento molti chiacchieroni che parlano, noi andiamo avanti”.',
    );
    expect(speaker(drafts, 'Mario Rossi').quotes.filter((q) => q.paragraph === 2).map((q) => [q.kind, q.text])).toEqual([['direct', 'Sento molti chiacchieroni che parlano, noi andiamo avanti']]);
    expect(speaker(drafts, 'Carlo Bianchi').aliases).not.toContain('Infrastrutture Carlo Bianchi');
    expect(has(speaker(drafts, 'Carlo Bianchi').quotes, 2, 'reported', 'possibile danno erariale')).toBe(true);
  });

  it('GIVEN a paragraph whose straight-quoted words open after a colon and close in the next paragraph (`: "Sappiamo … ci scusiamo.` then `Ovviamente … efficiente".`) THEN the next paragraph is the same speaker’s quotation; a paragraph left open with nothing closing right after reads no quotation on', () => {
    const drafts = speakersOf(
      'I lavori hanno condizionato le corse dei bus: "Sappiamo che ci sono disagi in questo periodo - ha aggiunto il sindaco Mario Rossi - saltano alcune fermate, ci scusiamo.',
      'Ovviamente è tutto dovuto al fatto che sono state cambiate più di 600 linee di autobus. Direi che in gennaio avremo finalmente un nuovo sistema".',
    );
    expect(speaker(drafts, 'Mario Rossi').quotes.map((q) => [q.paragraph, q.kind])).toEqual([[1, 'direct'], [1, 'direct'], [2, 'direct']]);
    expect(speaker(drafts, 'Mario Rossi').quotes[2]!.text).toBe('Ovviamente è tutto dovuto al fatto che sono state cambiate più di 600 linee di autobus. Direi che in gennaio avremo finalmente un nuovo sistema');
    const unclosed = speakersOf(
      'Il sindaco Mario Rossi ha detto: "Sappiamo che ci sono disagi in questo periodo e ci scusiamo.',
      'Il nuovo sistema partirà a gennaio con nuove linee di autobus.',
      'Le fermate saranno spostate, ha detto il "comitato".',
    );
    expect(speaker(unclosed, 'Mario Rossi').quotes.some((q) => q.paragraph === 2)).toBe(false);
  });
});

describe('a basketball round-up: labels with an office, a surname and a dash', () => {
  it('GIVEN “Coach De Raffaele: …” in the first person THEN the speaker is De Raffaele, a coach (the office is no part of the name, and the particle is no alias)', () => {
    const drafts = speakersOf('Coach Aldo Bruni: Sicuramente 104 punti subiti in casa sono tantissimi e abbiamo mollato.', 'Coach De Santis: È stata una vittoria importante, abbiamo giocato con intelligenza.');
    expect(drafts.map((d) => [d.name, d.role])).toEqual([['Aldo Bruni', 'coach'], ['De Santis', 'coach']]);
    expect(speaker(drafts, 'De Santis').aliases).not.toContain('De');
  });

  it('GIVEN “Surname – Abbiamo giocato …, e ho detto alla squadra che … (da sito.it)” and “Surname – “Faccio i complimenti …”” after the first paragraph THEN each is that coach’s words, without the credited source; a place and a dash before words not in the first person are no label', () => {
    const drafts = speakersOf(
      'Le parole dei due coach al termine della gara.',
      'Bruni – Abbiamo giocato le ultime azioni difensive con i miei sul parquet, e ho detto alla squadra che è importante. Neri? Pensava di aver perso una lente a contatto. (da valdorabasket.it)',
      'Lotesoriere – “Faccio i complimenti agli avversari che hanno vinto questa partita con merito.”',
      'Valdora – Il palazzetto resterà chiuso per lavori fino a gennaio.',
    );
    expect(drafts.map((d) => d.name)).toEqual(['Bruni', 'Lotesoriere']);
    expect(speaker(drafts, 'Bruni').quotes.map((q) => [q.paragraph, q.kind, q.text])).toEqual([
      [2, 'direct', 'Abbiamo giocato le ultime azioni difensive con i miei sul parquet, e ho detto alla squadra che è importante. Neri? Pensava di aver perso una lente a contatto.'],
    ]);
    expect(speaker(drafts, 'Lotesoriere').quotes.map((q) => q.paragraph)).toEqual([3]);
  });
});

describe('a local election: mixed marks, a candidate’s office, the time of day before the verb', () => {
  it('GIVEN ““«Erano dieci anni che non ci mettevo piede – ha detto – e questo mi emoziona”.”” (a guillemet closed with ”) after the mayor spoke THEN both parts are his', () => {
    const drafts = speakersOf('Il sindaco Mario Rossi ha spiegato il programma della lista.', '«Erano dieci anni che non ci mettevo piede – ha detto – e questo mi produce una certa emozione”.');
    expect(speaker(drafts, 'Mario Rossi').quotes.filter((q) => q.paragraph === 2).map((q) => [q.kind, q.text])).toEqual([
      ['direct', 'Erano dieci anni che non ci mettevo piede'],
      ['direct', 'e questo mi produce una certa emozione'],
    ]);
  });

  it('GIVEN the same guillemet closed with two apostrophes (“… emozione’’.”, read as ”) THEN the quotation pairs as well', () => {
    const drafts = speakersOf('Il sindaco Mario Rossi ha spiegato il programma della lista.', '«Erano dieci anni che non ci mettevo piede – ha detto – e questo mi produce una certa emozione’’.');
    expect(speaker(drafts, 'Mario Rossi').quotes.filter((q) => q.paragraph === 2).map((q) => q.text)).toEqual(['Erano dieci anni che non ci mettevo piede', 'e questo mi produce una certa emozione']);
  });

  it('GIVEN “– ha dichiarato il candidato sindaco Name –” THEN the office is “candidato sindaco”, not “sindaco”', () => {
    const drafts = speakersOf('“Abbiamo costruito una squadra forte e completa – ha dichiarato il candidato sindaco Francesco Neri – e siamo pronti per il futuro del paese”.');
    expect(drafts.map((d) => [d.name, d.role])).toEqual([['Francesco Neri', 'candidato sindaco']]);
  });

  it('GIVEN “Name Surname ieri sera ha spiegato …” THEN the part of the day between the subject and the verb does not hide the subject', () => {
    const drafts = speakersOf('Mario Rossi ieri sera ha spiegato il programma della lista ai cittadini.', 'Anna Neri stamattina ha detto che la lista è pronta.');
    expect(drafts.map((d) => d.name)).toEqual(['Mario Rossi', 'Anna Neri']);
  });
});

describe('a body speaking through its people, after “da”', () => {
  it('GIVEN “«…», fanno sapere dalla Questura di Valdora.” and “«…», commentano dal Comune.” THEN the body speaks; “ha detto dal palco Name” is still the person’s', () => {
    const drafts = speakersOf('«Le indagini sono ancora in corso», fanno sapere dalla Questura di Valdora.', '«Siamo soddisfatti del risultato», commentano dal Comune.', '«Il concerto è stato bellissimo», ha detto dal palco Mario Rossi.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([
      ['Questura di Valdora', [1]],
      ['Comune', [2]],
      ['Mario Rossi', [3]],
    ]);
  });
});

describe('“secondo quanto riferito da” and its like', () => {
  it('GIVEN “Secondo quanto riferito dal sindaco Name, la strada riaprirà lunedì.” and “Stando a quanto reso noto dal presidente Name, …” THEN each sentence is that person’s reported statement', () => {
    const drafts = speakersOf('Secondo quanto riferito dal sindaco Mario Rossi, la strada riaprirà lunedì.', 'Stando a quanto reso noto dal presidente Anna Neri, i lavori finiranno a maggio.');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => [q.paragraph, q.kind])])).toEqual([
      ['Mario Rossi', 'sindaco', [[1, 'reported']]],
      ['Anna Neri', 'presidente', [[2, 'reported']]],
    ]);
  });
});

describe('a fire brigade’s commander: a long office before a colon, an insert without a verb, a courtesy title', () => {
  it('GIVEN “Il comandante provinciale dei vigili del fuoco di Valdora: "…"” then “… – il punto del comandante provinciale dei vigili del fuoco di Valdora, l’ingegner Name – …” THEN both are his, his office without the title; “– ha detto X –” after “Il punto del problema” is still X’s', () => {
    const drafts = speakersOf(
      'Cinque incendi in poche ore. Il comandante provinciale dei vigili del fuoco di Valdora: "Ho richiamato al lavoro anche personale che era in turno libero".',
      'Sei incendi in meno di nove ore.',
      '“Oggi è una giornata piuttosto impegnativa per noi – il punto del comandante provinciale dei vigili del fuoco di Valdora, l’ingegner Paolo Bruni – siamo intervenuti per domare diversi incendi”.',
    );
    expect(drafts.map((d) => [d.name, d.role])).toEqual([['Paolo Bruni', 'comandante provinciale dei vigili del fuoco di Valdora']]);
    expect(speaker(drafts, 'Paolo Bruni').quotes.map((q) => [q.paragraph, q.text])).toEqual([
      [1, 'Ho richiamato al lavoro anche personale che era in turno libero'],
      [3, 'Oggi è una giornata piuttosto impegnativa per noi'],
      [3, 'siamo intervenuti per domare diversi incendi'],
    ]);
    expect(speakersOf('“Il punto del problema – ha detto Mario Rossi – è la strada che manca da anni al quartiere”.').map((d) => d.name)).toEqual(['Mario Rossi']);
    const verb = speakersOf('“Abbiamo chiuso la strada”, ha detto il direttore generale dell’ospedale, il dottor Mario Neri.');
    expect(verb.map((d) => [d.name, d.role])).toEqual([['Mario Neri', 'direttore generale dell’ospedale']]);
  });
});

describe('the source named after what they said, going on in a quotation; “Cosi” typed without its accent', () => {
  it('GIVEN “Countdown per l’apertura dell’ospedale. A confermarlo è il direttore generale dell’Asl Name. «…»” THEN the sentence before is his reported statement and the quotation right after his', () => {
    for (const opener of ['A confermarlo è il direttore generale dell’Asl Gennaro Bruni.', 'A confermarlo, il direttore generale dell’Asl Gennaro Bruni.']) {
      const drafts = speakersOf(`Countdown per l’apertura dell’ospedale di comunità. ${opener} «Stiamo ancora lavorando per migliorare l’accoglienza dei pazienti».`);
      expect(speaker(drafts, 'Gennaro Bruni').quotes.map((q) => [q.kind, q.text]), opener).toEqual([
        ['reported', 'Countdown per l’apertura dell’ospedale di comunità.'],
        ['direct', 'Stiamo ancora lavorando per migliorare l’accoglienza dei pazienti'],
      ]);
    }
  });

  it('GIVEN ““…”. Cosi gli assessori regionali alla Sanità, Name, e all’Agricoltura, Name, al termine della riunione.” THEN both say the quotation, as after “Così”', () => {
    const drafts = speakersOf('"Venerdì prossimo andrà in approvazione la nomina del nuovo commissario". Cosi gli assessori regionali alla Sanità, Luigi Bruni, e all’Agricoltura, Marco Neri, al termine della riunione.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.kind)])).toEqual([
      ['Luigi Bruni', ['direct']],
      ['Marco Neri', ['direct']],
    ]);
  });
});

describe('labour disputes: a region’s governor, a barb, a joint position, words called by someone unnamed', () => {
  it('GIVEN “il presidente della Regione Name” then “A prendere la parola è il governatore dell’Emilia-Romagna: “…”” THEN the words are the president’s; a central bank’s governor is not', () => {
    const lead = 'Al presidio sono passati il presidente della Regione Mario Neri e l’assessore al Lavoro Aldo Bruni.';
    const drafts = speakersOf(lead, 'A prendere la parola è il governatore dell’Emilia-Romagna: “Chiediamo quattro cose all’azienda”.');
    expect(speaker(drafts, 'Mario Neri').quotes.map((q) => [q.paragraph, q.text])).toEqual([[2, 'Chiediamo quattro cose all’azienda']]);
    const office = speakersOf('Alla presentazione c’erano il sindaco Mario Rossi e l’assessore Luca Bianchi.', 'A prendere la parola è il sindaco: «Siamo contenti di questo risultato».');
    expect(speaker(office, 'Mario Rossi').quotes.map((q) => q.paragraph)).toEqual([2]);
    const bank = speakersOf(lead, 'A prendere la parola è il governatore della Banca d’Italia: “Chiediamo quattro cose all’azienda”.');
    expect(bank.some((d) => d.name === 'Mario Neri' && d.quotes.some((q) => q.paragraph === 2))).toBe(false);
  });

  it('GIVEN ““…“, punge Name.” THEN the quotation is theirs', () => {
    const drafts = speakersOf('Poi alcune parole chiare alla politica: “Non mi interessano le passerelle o gli slogan“, punge Mario Neri.');
    expect(speaker(drafts, 'Mario Neri').quotes.map((q) => q.text)).toEqual(['Non mi interessano le passerelle o gli slogan']);
  });

  it('GIVEN someone’s quotation, then ““…”, la replica di Name.” or ““…”, la presa di posizione congiunta di Fim e Fiom” in the same paragraph THEN the noun of saying names whose the second quotation is', () => {
    const first = 'Il sottosegretario Anna Rossi ha dichiarato di non poterlo accettare: "Faremo rispettare gli accordi".';
    const drafts = speakersOf(`${first} "Il governo deve intervenire subito", la replica di Mario Neri.`);
    expect(drafts.map((d) => [d.name, d.quotes.filter((q) => q.kind === 'direct').map((q) => q.text)])).toEqual([
      ['Anna Rossi', ['Faremo rispettare gli accordi']],
      ['Mario Neri', ['Il governo deve intervenire subito']],
    ]);
    const joint = speakersOf(`${first} "Il governo deve intervenire subito", la presa di posizione congiunta di Fim e Fiom.`);
    expect(joint.filter((d) => d.quotes.some((q) => q.text === 'Il governo deve intervenire subito')).map((d) => d.name)).toEqual(['Fim', 'Fiom']);
  });

  it('GIVEN “Il piano, definito dai sindacalisti di "dismissione", "predatorio", è stato illustrato … dal sottosegretario Name che ha dichiarato: "…"” THEN the words the unionists called it by are nobody’s statement', () => {
    const drafts = speakersOf('Il piano, definito dai sindacalisti di "dismissione", "predatorio", è stato illustrato al tavolo dal sottosegretario Anna Rossi che ha poi dichiarato di non poterlo accettare: "Faremo rispettare gli accordi".');
    expect(speaker(drafts, 'Anna Rossi').quotes.filter((q) => q.kind === 'direct').map((q) => q.text)).toEqual(['Faremo rispettare gli accordi']);
  });
});

describe('a typographic quotation closed with the one straight mark before the next quotation opens', () => {
  it('GIVEN ““Chiediamo … Bologna". Poi: “Non mi interessano …“, punge X.” THEN the first quotation ends at the straight mark and the second is one of its own', () => {
    const text = 'Il presidente: “Chiediamo certezze sullo stabilimento di Bologna". Poi alcune parole: “Non mi interessano le passerelle“, punge Mario Neri.';
    expect(findQuotations(text).map((q) => q.inner)).toEqual(['Chiediamo certezze sullo stabilimento di Bologna', 'Non mi interessano le passerelle']);
    // (a straight mark inside, opening a word of its own, is no closing one)
    expect(findQuotations('Ha detto: “Il progetto "Alfa" va avanti“. Poi: “Altro“, ha aggiunto.').map((q) => q.inner)).toEqual(['Il progetto "Alfa" va avanti', 'Altro']);
  });
});

describe('tennis and cycling: who a title quotes past a place, a winner named after her quotation, a coach in a possessive, someone addressed', () => {
  it('GIVEN a title “Rossi dopo il trionfo a Wimbledon: “…”” or “Giro d’Italia, l’abruzzese Rossi vince a Cogne: “…”” THEN the title quotes Rossi, not the place a preposition governs', () => {
    const won = speakersUnder('Rossi dopo il trionfo a Wimbledon: "Emozione è una parola piccola"', 'Ai microfoni il numero uno azzurro ha provato a spiegare le emozioni: "Emozione è una parola piccola in questo momento. Sono contento".', 'Rossi ha anche voluto ringraziare tutti gli italiani per il supporto ricevuto: "Siete voi che mi date la forza".');
    expect(won.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([['Rossi', [1, 2]]]);
    const stage = speakersUnder('Giro d’Italia, l’abruzzese Neri vince a Cogne: "Oggi mi sentivo me stesso"', 'Fuga vincente dell’abruzzese Luca Neri, che ha vinto la tappa da Rivarolo a Cogne.', '“Oggi è la vittoria più bella, mi sentivo me stesso. Sono contento”.');
    expect(stage.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([['Luca Neri', [2]]]);
  });

  it('GIVEN a title quoting Rossi and, after her words, ““…”. Così la Bianchi durante la premiazione.” THEN that paragraph is Bianchi’s', () => {
    const drafts = speakersUnder(
      'Rossi dopo la finale persa con Bianchi: "I 15 giorni più belli della mia vita"',
      '"Qui ho vissuto 15 giorni intensi". Anna Rossi non perde il sorriso dopo la finale persa contro Eva Bianchi. "È molto complicato giocare contro di lei - ha detto l’azzurra - ma sono orgogliosa di me".',
      '"Adoro questo posto e non vedo l’ora di tornarci. Ho sentito tanto i miei tifosi". Così la Bianchi durante la cerimonia di premiazione.',
    );
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([
      ['Anna Rossi', [1, 1, 1]],
      ['Eva Bianchi', [2]],
    ]);
  });

  it('GIVEN “Rossi ha fatto una rivelazione sul futuro del suo allenatore Name Surname: “…”” THEN the coach in the possessive is not the one speaking', () => {
    const drafts = speakersOf('Luca Rossi ha vinto il torneo.', 'Infine, in conferenza stampa, Rossi ha fatto una rivelazione sul futuro del suo allenatore Mario Neri: "Dipende se vuole dire la verità o no".');
    expect(drafts.some((d) => d.name === 'Mario Neri')).toBe(false);
  });

  it('GIVEN “Tornerai Matteo, e di nuovo, più forte di prima.” in a piece on Matteo Rossi THEN “Tornerai Matteo” is nobody and “Matteo” is Matteo Rossi', () => {
    const drafts = speakersOf('Matteo Rossi si presenta in conferenza stampa: "Non posso ancora crederci".', 'Poi Matteo ha aggiunto: "Non voglio pensarci, ora voglio concentrarmi sul torneo". Tornerai Matteo, e di nuovo, più forte di prima.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([['Matteo Rossi', [1, 2]]]);
  });
});

describe('tourism and research: a verdict and whose it is, a verbless opening before a full name, a title cut short, a name and office after a quotation', () => {
  it('GIVEN “Valutazione non dissimile quella di Name, Office: “…”” and “Soddisfatto, a chiusura di stagione, anche Name, da novembre Presidente di X: “…”” THEN each quotation is that person’s', () => {
    const verdict = speakersOf('Valutazione non dissimile quella di Dario Neri, amministratore delegato delle Funivie: “Abbiamo vissuto un dicembre sottotono”.');
    expect(verdict.map((d) => [d.name, d.role, d.quotes.length])).toEqual([['Dario Neri', 'amministratore delegato delle Funivie', 1]]);
    const pleased = speakersOf('Soddisfatto, a chiusura di stagione, anche Giorgio Bruni, da novembre Presidente di Monte Ski: “Chiudiamo con il 12% di presenze in meno”.');
    expect(pleased.map((d) => [d.name, d.quotes.length])).toEqual([['Giorgio Bruni', 1]]);
  });

  it('GIVEN ““La VTA” spiega il prof. D’Amelio “è …”” after “La ricerca è di Laura Serra e di Marcello D’Amelio.” THEN the words are Marcello D’Amelio’s: a capital after “prof.” opens no sentence', () => {
    const drafts = speakersOf('La ricerca è di Laura Serra e di Marcello D’Amelio.', '“La VTA” spiega il prof. D’Amelio “è rappresentata da un’area molto piccola”.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.text)])).toEqual([['Marcello D’Amelio', ['La VTA', 'è rappresentata da un’area molto piccola']]]);
  });

  it('GIVEN a paragraph “«… per il nostro settore». Name Surname, office, tiene fra le mani i dati …” THEN the quotation in the first person is theirs; in the third person it is not', () => {
    const drafts = speakersOf('«A novembre abbiamo perso il 50 per cento, cosa inusuale per il nostro settore». Aldo Neri, presidente degli albergatori, tiene fra le mani i dati delle presenze.');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => q.paragraph)])).toEqual([['Aldo Neri', 'presidente degli albergatori', [1]]]);
    expect(speakersOf('«La situazione è terribile». Aldo Neri, presidente degli albergatori, tiene fra le mani i dati delle presenze.').some((d) => d.quotes.length)).toBe(false);
  });
});

describe('a rank cut short with a stop', () => {
  it('GIVEN “Lo ha detto in conferenza stampa il col. Name Surname, comandante …” THEN the sentence before is theirs (“col.” ends no sentence, and is their rank)', () => {
    const drafts = speakersOf('I carabinieri tenevano la banda sotto controllo da settimane.', 'Lo ha detto in conferenza stampa il col. Mario Neri, comandante provinciale dei carabinieri di Valdora.');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => [q.paragraph, q.kind])])).toEqual([['Mario Neri', 'comandante provinciale dei carabinieri di Valdora', [[1, 'reported']]]]);
    expect(quoteSentences('Lo ha detto il col. Mario Neri. Siamo andati col treno.').map((s) => s.text)).toEqual(['Lo ha detto il col. Mario Neri.', 'Siamo andati col treno.']);
  });
});

describe('three union secretaries after their shared office', () => {
  it('GIVEN “I segretari sindacali A, B e C puntualizzano: "…"” THEN each of the three says it (“segretari” is the plural of “segretario”; “puntualizzano” reports)', () => {
    const drafts = speakersOf('I segretari sindacali Aldo Neri, Mario Rossi e Luca Bianchi puntualizzano: "Siamo consapevoli dei disagi per gli utenti".');
    expect(drafts.map((d) => d.name).sort()).toEqual(['Aldo Neri', 'Luca Bianchi', 'Mario Rossi']);
    expect(drafts.every((d) => d.quotes.length === 1 && d.quotes[0]!.text === 'Siamo consapevoli dei disagi per gli utenti')).toBe(true);
  });
});

describe('an office of an organisation written with a capital inside it, then a surname', () => {
  it('GIVEN “"Si tratta di un grande risultato - commenta il presidente di AdB Rossi - per la nostra società"” THEN Rossi, presidente di AdB, says it (not a person “AdB Rossi”)', () => {
    const drafts = speakersOf('L’aeroporto ha raggiunto 10 milioni di passeggeri.', '"Si tratta di un grande risultato - commenta il presidente di AdB Rossi - per la nostra società".');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.length])).toEqual([['Rossi', 'presidente di AdB', 2]]);
  });
});

describe('a source set off by commas inside the sentence', () => {
  it('GIVEN “La bozza del governo, per Neri, è “del tutto inefficace”” after the article named Aldo Neri THEN the sentence is his; a day (“per Natale”), a name not named in full, and “per X, mentre …” (to whom a place goes) are no source', () => {
    const drafts = speakersOf('Lo ha annunciato il sindaco Aldo Neri.', 'La prima bozza della legge preparata dal governo, per Neri, è "del tutto inefficace".', 'L’unico punto positivo, per il sindaco Aldo Neri, è il censimento.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => [q.paragraph, q.kind])])).toEqual([['Aldo Neri', [[2, 'reported'], [2, 'direct'], [3, 'reported']]]]);
    expect(speakersOf('I negozi, per Natale, resteranno aperti.', 'Il ponte, per Valdora, è una necessità.')).toEqual([]);
    expect(speakersOf('Secondo posto, staccato di un minuto, per Mario Rossi, mentre il terzo posto è andato a Luca Bianchi.')).toEqual([]);
  });
});

describe('an institution after an elided preposition', () => {
  it('GIVEN “Lo dice l’ultimo rapporto dell’Ufficio Studi di Valdora” THEN nobody named “Studi” says it; “dell’Istituto Galilei” names no person “Galilei”', () => {
    expect(speakersOf('I prezzi sono saliti dello 0,2%. Lo dice l’ultimo rapporto dell’Ufficio Studi di Valdora.').map((d) => d.name)).toEqual([]);
    const drafts = speakersOf('“La competenza non è nostra”, ha spiegato Maria Neri, presidente Anp Lazio. “Il dirigente scolastico – ha aggiunto la preside dell’Istituto Galilei di Roma – avvisa subito il Comune”.');
    expect(drafts.map((d) => d.name)).toEqual(['Maria Neri']);
  });
});

describe('two holders of one office, told apart by its complement', () => {
  it('GIVEN “il capo della Protezione civile regionale, A” and “il capo della Protezione civile nazionale, B”, then ““…” – ha detto il capo della Protezione civile nazionale – “…”” after another person spoke THEN the quotation is B’s', () => {
    const drafts = speakersOf(
      'Si è conclusa la riunione della giunta, convocata dal presidente Aldo Neri per deliberare lo stato di emergenza.',
      'Alla riunione ha partecipato anche il capo della Protezione civile regionale, Luca Rossi, che ha relazionato sul maltempo.',
      'Il presidente della Regione ha avuto un colloquio con il capo della Protezione civile nazionale, Mario Bianchi. Neri ha evidenziato al dirigente dello Stato “la necessità di procedure celeri”.',
      'Inoltre, Ansa.it riporta le dichiarazioni di Bianchi rese ai giornalisti. “Sappiamo che la tregua potrebbe durare oggi – ha detto il capo della Protezione civile nazionale – ci attendiamo da giovedì un peggioramento”.',
    );
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([['Aldo Neri', [3]], ['Mario Bianchi', [4, 4]]]);
  });
});

describe('a quotation, then a name and office with no verb, at an event whose title is quoted', () => {
  it('GIVEN ““… lavoriamo per ridurlo”. Name Surname, ministro dell’Ambiente al forum Valdora Energy “Energia: …”.” THEN the quotation is theirs, and their office stops before the event (“al forum …”) and its title', () => {
    const drafts = speakersOf('"Le condizioni per mantenere il prezzo attuale ci sono, lavoriamo per ridurlo". Aldo Neri, ministro dell’Ambiente al forum Valdora Energy "Energia: le politiche per ridurre i costi".');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => q.text)])).toEqual([['Aldo Neri', 'ministro dell’Ambiente', ['Le condizioni per mantenere il prezzo attuale ci sono, lavoriamo per ridurlo']]]);
  });
});

describe('the one it fell to to speak, then a topic line and a question between their words', () => {
  it('GIVEN “È toccato anche al presidente Name Surname affrontare il tema …”, “Sul mercato:”, a quotation, “Che giocatori compreremo?”, a quotation THEN both quotations are theirs', () => {
    const drafts = speakersOf(
      'È toccato anche al presidente Aldo Neri affrontare il tema, lo ha fatto davanti a numerose telecamere: ecco il video delle sue dichiarazioni.',
      'Sul mercato:',
      '“Se qualcuno pagherà qualche clausola saremo lieti di sostituire i nostri calciatori”.',
      'Che giocatori compreremo?',
      '“L’erba del vicino è sempre più verde, ma noi non ci rendiamo conto che la nostra rosa è valida”.',
    );
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([['Aldo Neri', [3, 5]]]);
    // (a task that fell to an organisation, or no infinitive after the name, gives nobody the floor)
    expect(speakersOf('È toccato al Comune di Valdora pagare i lavori.', '“Saremo lieti di sostituire i nostri calciatori”.')).toEqual([]);
  });
});

describe('an office, then the paper it spoke to', () => {
  it('GIVEN “la sindaca Name Surname” then ““…” - spiega la sindaca a La Voce di Valdora - “…”” THEN the quotation is hers (no person “Voce”)', () => {
    const drafts = speakersOf('In prima linea c’è la sindaca Maria Neri, che da lunedì non si è fermata.', '"Purtroppo vi sono tanti fronti aperti. - spiega la sindaca a La Voce di Valdora - Abbiamo delle priorità assolute."');
    expect(drafts.map((d) => [d.name, d.quotes.length])).toEqual([['Maria Neri', 2]]);
  });
});

describe('a question put to someone, quoted', () => {
  it('GIVEN “un’interrogazione di Name Surname” then “Surname chiede alla Giunta “se sia già …”” THEN the question is theirs; “chiede il pagamento” alone says nothing', () => {
    const drafts = speakersOf('La richiesta è contenuta in un’interrogazione di Andrea Neri, sottoscritta da altri colleghi.', 'Neri chiede alla Giunta “se sia già in possesso di una prima ricognizione dei danni”.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => [q.paragraph, q.kind])])).toEqual([['Andrea Neri', [[2, 'direct']]]]);
    expect(speakersOf('La richiesta è contenuta in un’interrogazione di Andrea Neri.', 'Neri chiede alla Giunta il pagamento dei danni.').flatMap((d) => d.quotes.filter((q) => q.paragraph === 2))).toEqual([]);
  });
});

describe('a noun of saying and whose it is, then their words', () => {
  it('GIVEN “Non è tardato ad arrivare il commento del patron Name Surname.” then ““…”, ha detto in un’intervista” THEN the quotation is theirs; after “dopo le parole di X” it is not', () => {
    const drafts = speakersOf('Non è tardato ad arrivare il commento del patron Aldo Neri. "Il mio Valdora in B? Mai avuto dubbi", ha detto in un’intervista al giornale.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.text)])).toEqual([['Aldo Neri', ['Il mio Valdora in B? Mai avuto dubbi']]]);
    expect(speakersOf('Dopo le parole del patron Aldo Neri la squadra si è radunata. "Il mio Valdora in B? Mai avuto dubbi", ha detto in un’intervista al giornale.')).toEqual([]);
  });
});

describe('an institution named in a long clause before the colon', () => {
  it('GIVEN “Il sindaco di Valdora, Name Surname, si è già mosso con la Regione Toscana per chiedere che …: «… – racconta – …»” THEN the quotation is theirs (“Regione Toscana” is no second person)', () => {
    const drafts = speakersOf('Il sindaco di Valdora, Aldo Neri, si è già mosso con la Regione Toscana per chiedere che al progetto venga data valutazione negativa: «Nella nostra regione – racconta – ci sono tanti progetti».');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.length])).toEqual([['Aldo Neri', 'sindaco di Valdora', 2]]);
  });
});

describe('an office of a union named with “Scuola”', () => {
  it('GIVEN “Il Segretario generale Uil Scuola all’evento: “…”” then “Lo afferma il Segretario generale della Uil Scuola Rua, Name Surname durante …” THEN the quotation is theirs (no person “Uil Scuola”, “Scuola Rua”)', () => {
    const drafts = speakersOf('Il Segretario generale Uil Scuola all’evento di Bruxelles: "Allineare gli stipendi alla media europea".', 'Lo afferma il Segretario generale della Uil Scuola Rua, Giuseppe Neri durante la conferenza internazionale.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([['Giuseppe Neri', [1]]]);
  });
});

describe('a full name and the club they speak for heading their answers', () => {
  it('GIVEN “Name Surname della Valdora:”, the question put to them, their quoted answer, another question and answer THEN both answers are theirs, the questions are not', () => {
    const drafts = speakersOf(
      'Di seguito tutti gli interventi relativi alle trattative di calciomercato:',
      'Aldo Neri della Valdora:',
      'Si aspetta il finale della partita per il nuovo attaccante?',
      '"Ci sono due considerazioni da fare, la prima è che non siamo in emergenza".',
      'Rossi può essere la sorpresa?',
      '"Non nascondo che ci sia questa ipotesi ma è remota".',
      'Mario Bianchi dell’Arsenale:',
      '"Il mercato è chiuso per noi".',
    );
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([['Aldo Neri', [4, 6]], ['Mario Bianchi', [8]]]);
  });
});

describe('a noun of saying and a surname alone in an insert', () => {
  it('GIVEN “… presieduto da Name Surname.” then ““È un grande giorno - le parole di Surname - per noi”” THEN the quotation is theirs; a surname nobody is named in full by names nobody', () => {
    const drafts = speakersOf('Il Vicenza è passato al gruppo presieduto da Renzo Neri. Euforico per la promozione proprio il patron. "È un grande giorno - le parole di Neri - per noi e per il territorio".');
    expect(drafts.map((d) => [d.name, d.quotes.length])).toEqual([['Renzo Neri', 2]]);
    expect(speakersOf('"È un grande giorno - le parole di Neri - per noi e per il territorio".')).toEqual([]);
  });
});

describe('a title that names who speaks with no quotation marks, a press conference', () => {
  it('GIVEN “Nerozzi: in questi giorni priorità ad alcuni aspetti, ho visto applicazione” over a heading line and quotations naming nobody THEN they are Nerozzi’s; “Conferenza Nerozzi: …” names Nerozzi; a title whose words the body does not say names nobody', () => {
    const body = ['Prime impressioni del gruppo in questa settimana', '“Sei giorni dove abbiamo dato priorità ad alcuni aspetti. Ho visto applicazione e partecipazione in tutti”.', 'Sulla partita di domani', '“Domani vorrei vedere personalità dalla mia squadra”.'];
    const said = (title: string) => speakersUnder(title, ...body).map((d) => [d.name, d.quotes.map((q) => q.paragraph)]);
    expect(said('Nerozzi: in questi giorni priorità ad alcuni aspetti, ho visto applicazione e partecipazione')).toEqual([['Nerozzi', [2, 4]]]);
    expect(said('Conferenza Nerozzi: priorità ad alcuni aspetti, ho visto applicazione e partecipazione')).toEqual([['Nerozzi', [2, 4]]]);
    expect(said('Nerozzi: la città si prepara alla festa del patrono con tre giorni di concerti')).toEqual([]);
  });
});

describe('a sentence opening with an adjective before a full name', () => {
  it('GIVEN “Raggiante Mario Neri, quinta E: “Sono soddisfatto – dice – …”” THEN Mario Neri says it (not “Raggiante Mario Neri”)', () => {
    const drafts = speakersOf('Le prove sono finite. Raggiante Mario Neri, quinta E: "Sono soddisfatto e felice - dice - ho scelto il tema sulla mafia".');
    expect(drafts.map((d) => [d.name, d.quotes.length])).toEqual([['Mario Neri', 2]]);
  });
});

describe('a prompt trailing off before a labelled speaker’s answer', () => {
  it('GIVEN “Name Surname del Valdora:”, “Rossi intanto ha risolto il contratto col Chelsea…”, then a quotation THEN the quotation is theirs', () => {
    const drafts = speakersOf('Di seguito gli interventi:', 'Giovanni Neri del Valdora:', 'Rossi intanto ha risolto il contratto nelle scorse ore col Chelsea…', '"Raheem è un calciatore molto forte che però non gioca da molto tempo".');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([['Giovanni Neri', [4]]]);
  });
});

describe('a cleft coordinated with the clause before it, and whom someone meets', () => {
  it('GIVEN “Il bilancio è pesante ed è lo stesso Neri a presentarlo: “…”” THEN the quotation is Neri’s; a person met (“col prefetto X: “…””) does not say the subject’s words', () => {
    const drafts = speakersOf(
      'È successo ancora nell’allevamento di Aldo Neri.',
      'Il bilancio degli attacchi è pesante ed è lo stesso Neri a presentarlo: “Hanno ucciso 22 pecore e una capra”. L’allevatore ha chiesto un incontro col prefetto Mario Bianchi: “Vediamo se me lo concede”.',
    );
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.text)])).toEqual([['Aldo Neri', ['Hanno ucciso 22 pecore e una capra']]]);
  });
});

describe('an apposition not closed before the verb', () => {
  it('GIVEN “Lo zoologo Name Surname, originario di Tolentino e trasferitosi a Pescasseroli commenta: “…”” THEN the quotation is theirs, not the place’s; a single capitalised word before the comma names nobody', () => {
    const drafts = speakersOf('Lo zoologo Aldo Neri, originario di Tolentino e trasferitosi a Pescasseroli commenta: “Sono anni che mi batto per questo metodo”.');
    expect(drafts.map((d) => [d.name, d.quotes.length])).toEqual([['Aldo Neri', 1]]);
    expect(speakersOf('Come con i linfociti B, ciascun tipo di T riconosce un antigene diverso.')).toEqual([]);
  });
});

describe('an interview whose lead names several people', () => {
  it('GIVEN a lead naming an animal, a village and the one person who speaks in it, then questions each answered by a whole quotation THEN the answers are that person’s', () => {
    const drafts = speakersOf(
      'Settembre è iniziato con la morte dell’orsa Amarena, come accaduto a gennaio a suo figlio Juan Carrito, mentre era a San Benedetto dei Marsi. Lo zoologo Aldo Neri commenta: “Sono anni che mi batto per il foraggiamento”.',
      'Qual è?',
      '“Nei periodi di scarsità di cibo è necessario agire con il foraggiamento supplementare in natura”.',
      'In questo periodo il cibo scarseggia?',
      '“Purtroppo la scarsità di cibo naturale si è presentata anche quest’anno”.',
    );
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([['Aldo Neri', [1, 3, 5]]]);
  });
});

describe('the owner of a manner of speaking before a colon', () => {
  it('GIVEN someone’s quotation, then “Spazio anche all’ironia caustica di Name Surname: “non credo …”” THEN the second quotation is theirs, not the first speaker’s going on', () => {
    const drafts = speakersOf('Si accoda anche Aldo Neri, direttore della distribuzione: “Abbiamo difeso questo film per aspettare la sala”.', 'Spazio anche all’ironia caustica di Mario Bianchi: “non credo che la gente non abbia voglia di tornare al cinema”.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([['Aldo Neri', [1]], ['Mario Bianchi', [2]]]);
  });
});

describe('a quotation closed by a colon, then whom it presents', () => {
  it('GIVEN “Borgo Valdora (agenzia) - "Qui manca un metro d’acqua. Prima arrivava fin qua": il ristoratore Name Surname è preoccupato …” THEN the quotation is theirs; a place after the colon is no one', () => {
    const drafts = speakersOf('Borgo Valdora (agenzia) - "Qui manca un metro e sessanta d’acqua. Prima l’acqua arrivava fin qua": il ristoratore Aldo Neri è preoccupato, come tutti, per il livello del lago.');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.length])).toEqual([['Aldo Neri', 'ristoratore', 1]]);
    expect(speakersOf('"Qui manca un metro e sessanta d’acqua. Prima l’acqua arrivava fin qua": a Valdora il lago è sceso ancora.')).toEqual([]);
  });
});

describe('a title label over a body that names who said its first quotation', () => {
  it('GIVEN the title “Lega: acqua bene comune, la bolletta non può avere un costo eccessivo” over ““L’acqua è un bene comune …”” and “Lo ha dichiarato il consigliere leghista Name Surname, …” THEN the quotation is theirs, not the title’s label', () => {
    const drafts = speakersUnder(
      'Lega: acqua bene comune per tutti, bolletta non può avere costo eccessivo',
      '“L’acqua è un bene comune per tutti e la bolletta non può avere un costo eccessivo. Sono sempre più numerose le famiglie che non riescono a pagare”.',
      'Lo ha dichiarato il consigliere leghista Aldo Neri, che oggi ha depositato un’interrogazione in Regione.',
    );
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([['Aldo Neri', [1]]]);
  });
});

describe('an office in apposition right before a quotation', () => {
  it('GIVEN “Ma, spiega Name Surname, pescatore con la giusta licenza per poterlo pescare “non hanno un grande prezzo”.” THEN the office stops at the quotation mark', () => {
    const drafts = speakersOf('Il granchio blu può sì essere venduto. Ma, spiega Aldo Neri, pescatore con la giusta licenza per poterlo pescare “non hanno un grande prezzo”.');
    expect(drafts.map((d) => [d.name, d.role])).toEqual([['Aldo Neri', 'pescatore con la giusta licenza per poterlo pescare']]);
  });
});

describe('a coordinator’s office capitalised by deference', () => {
  it('GIVEN ““…”, spiega il Coordinatore della Fim Cisl Name Surname.” THEN the speaker is the person, with the office', () => {
    const drafts = speakersOf('“Questo cantiere si conferma un punto di riferimento per il gruppo”, spiega il Coordinatore della Fim Cisl Aldo Neri.');
    expect(drafts.map((d) => [d.name, d.role])).toEqual([['Aldo Neri', 'Coordinatore della Fim Cisl']]);
  });
});

describe('an office never named beside the one person its first sentence names', () => {
  it('GIVEN “La città ha ospitato Name Surname al cinema, ma il regista ha abbandonato la sala”, their words, then “Il regista ha poi spiegato: “…”” THEN the office’s words are theirs; a sentence naming two people leaves them to nobody', () => {
    const body = (guests: string) => [
      `La città ha ospitato ${guests} al cinema Lux, ma il regista ha abbandonato la sala dopo dieci minuti.`,
      'Neri ha concluso l’incontro spiegando: “Non voglio sentire nessuna interpretazione del film”. Il regista ha, poi, spiegato: “Non mi sono infastidito, è stato un dibattito irrituale”.',
      'E ha aggiunto: “Il pubblico è molto caloroso”.',
    ];
    const drafts = speakersOf(...body('Aldo Neri'));
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => q.paragraph)])).toEqual([['Aldo Neri', 'regista', [2, 2, 3]]]);
    expect(speakersOf(...body('Aldo Neri e Mario Bianchi')).map((d) => [d.name, d.quotes.length])).toEqual([['Aldo Neri', 1]]);
  });
});

describe('a focusing adverb between the reporting verb and its subject', () => {
  it('GIVEN “…, l’ha detto perfino Surname.” then “«…» - ha detto - «…»” THEN both are theirs; “lo ha detto proprio il sindaco X” too', () => {
    const drafts = speakersOf(
      'Il resto del mondo pensa alla piena come a uno spettacolo, e invece a vederla dal vivo non ha niente di avvincente, l’ha detto perfino Bertoldi.',
      '«Visitare direttamente i luoghi - ha detto - dà l’immagine di un disastro». Già perché l’acqua crea disagi ai residenti.',
    );
    const quotes = speaker(drafts, 'Bertoldi').quotes;
    expect(has(quotes, 1, 'reported', 'non ha niente di avvincente')).toBe(true);
    expect(has(quotes, 2, 'direct', 'Visitare direttamente')).toBe(true);
    const other = speakersOf('Il ponte riaprirà entro marzo, lo ha detto proprio il sindaco Aldo Neri.');
    expect(has(speaker(other, 'Aldo Neri').quotes, 1, 'reported', 'Il ponte riaprirà')).toBe(true);
  });
});

describe('an interview under a dateline paragraph', () => {
  const interview = (lead: string) => speakersOf(
    'BORGO TERME (Livorno)',
    lead,
    'Come avete fatto?',
    '"Il guinzaglio del cane, lungo una decina di metri, è stato provvidenziale"',
    'Come era la situazione?',
    '"L’ondata di acqua fangosa ha allagato i piani bassi delle abitazioni"',
  );
  it('GIVEN a first paragraph that is only a place in capitals with its province, then questions each answered by a quotation THEN the place answers nothing; the one person the next paragraph names answers', () => {
    const two = interview('"Li abbiamo salvati con questo guinzaglio". Marta Serra e Luca Fonti sono riusciti a strappare dalla piena un uomo.');
    expect(two.map((d) => d.name)).not.toContain('Borgo Terme');
    expect(two.flatMap((d) => d.quotes).filter((q) => q.paragraph === 4 || q.paragraph === 6)).toEqual([]);
    const one = interview('"Li abbiamo salvati con questo guinzaglio". Marta Serra è riuscita a strappare dalla piena un uomo.');
    expect(one.map((d) => d.name)).not.toContain('Borgo Terme');
    for (const paragraph of [4, 6]) expect(speaker(one, 'Marta Serra').quotes.some((q) => q.paragraph === paragraph && q.kind === 'direct'), `¶${paragraph}`).toBe(true);
  });
});

describe('a gerund of saying after a relative clause whose verb takes a quotation', () => {
  it('GIVEN “Il fiume si è alzato, facendo scattare quello che l’assessore X ha definito “…”, sottolineando però che …” THEN the gerund reports X; “La società si è rifiutata di cedere, affermando che …” the society', () => {
    const drafts = speakersOf('Dopo ore di pioggia il fiume si è alzato, facendo scattare quello che l’assessore regionale alla Protezione civile Aldo Neri ha definito “un livello di attenzione”, sottolineando però che questa volta non è “una bomba d’acqua”.');
    expect(has(speaker(drafts, 'Aldo Neri').quotes, 1, 'direct', 'una bomba d’acqua')).toBe(true);
    const refused = speakersOf('La Neri Management Company si è ripetutamente rifiutata di cedere, affermando che “le spese non devono essere soggette a vincoli irrealistici”.');
    expect(has(speaker(refused, 'Neri Management Company').quotes, 1, 'direct', 'le spese non devono')).toBe(true);
  });
});

describe('subjects set off by commas and offices followed by their verb', () => {
  it('GIVEN “A e B, difensori di C, chiedono alla Corte di «…»” THEN both say it, and C nothing', () => {
    const drafts = speakersOf('Paolo Carpi e Claudio Sala, difensori di Massimo Neri, chiedono alla Corte d’assise di «sapere dove sono e come sono conservati» i reperti.');
    for (const name of ['Paolo Carpi', 'Claudio Sala']) expect(has(speaker(drafts, name).quotes, 1, 'direct', 'sapere dove sono'), name).toBe(true);
    expect(drafts.some((d) => d.name === 'Massimo Neri' && d.quotes.length)).toBe(false);
  });
  it('GIVEN “«…», ha commentato, a caldo, X dopo la sentenza” after a body named before THEN X says it', () => {
    const drafts = speakersOf('Gli imputati erano accusati dalla Procura di Cassino di omicidio.', '“È uscita la verità”, ha commentato, a caldo, Marco Moretti dopo la lettura della sentenza.');
    expect(has(speaker(drafts, 'Marco Moretti').quotes, 2, 'direct', 'È uscita la verità')).toBe(true);
    expect(drafts.some((d) => d.name !== 'Marco Moretti' && d.quotes.some((q) => q.paragraph === 2))).toBe(false);
  });
  it('GIVEN “il cantante cita X, “genio assoluto”” THEN X, whom the singer cites, says nothing', () => {
    const drafts = speakersOf('Tra i punti di riferimento, il cantante cita Anna Moretti, "genio assoluto", arrivando a imitarla.');
    expect(drafts.some((d) => d.name === 'Anna Moretti' && d.quotes.length)).toBe(false);
  });
});

describe('an office with its province in brackets before the name', () => {
  it('GIVEN “Il sindaco di Senigallia (Ancona) X ha dichiarato …” THEN the office reads without a bracket left open', () => {
    const drafts = speakersOf('Il sindaco di Borgonuovo (Ancona) Aldo Neri ha dichiarato il cessato allarme sul territorio comunale.');
    expect(drafts.map((d) => [d.name, d.role])).toEqual([['Aldo Neri', 'sindaco di Borgonuovo']]);
  });
});

describe('people listed after the bodies they lead', () => {
  it('GIVEN “«…» – dicono i segretari di Fiom, Fsm e Ulm, A, B e C – «…»” THEN the three say it, and no body', () => {
    const drafts = speakersOf('“Chiediamo subito un tavolo a Roma – dicono all’ANSA i segretari di Fiom, Fsm e Ulm, Roberto Forni, Giuseppe Masi e Renato Tocci – i lavoratori stanno pagando a caro prezzo questa situazione”.');
    for (const name of ['Roberto Forni', 'Giuseppe Masi', 'Renato Tocci']) expect(has(speaker(drafts, name).quotes, 1, 'direct', 'Chiediamo subito'), name).toBe(true);
    expect(drafts.map((d) => d.name).filter((n) => /^(?:Fiom|Fsm|Ulm)$/u.test(n))).toEqual([]);
  });
});

describe('“come” and a verb of saying with the clitic of the one told', () => {
  it('GIVEN “Un risultato che premia il comune, come ci ha spiegato il sindaco di Rimini X.” THEN the clause is X’s', () => {
    const drafts = speakersOf('Un risultato che premia gli sforzi compiuti dal comune, come ci ha spiegato il sindaco di Rimini Aldo Neri.');
    expect(has(speaker(drafts, 'Aldo Neri').quotes, 1, 'reported', 'Un risultato che premia')).toBe(true);
  });
});

describe('an adverb opening the sentence', () => {
  it('GIVEN “Successivamente ha preso la parola il capitano X: “…”” THEN X speaks, not “Successivamente”; “Clemente Neri ha detto che …” is Clemente Neri’s', () => {
    const drafts = speakersOf('Successivamente ha preso la parola il capitano di giornata Marco Calderini: “In questo momento siamo fragili. Al primo errore veniamo puniti.“');
    expect(drafts.map((d) => d.name)).toEqual(['Marco Calderini']);
    expect(speakersOf('Clemente Neri ha detto che la squadra è fragile.').map((d) => d.name)).toEqual(['Clemente Neri']);
  });
});

describe('a verb of calling with its complement before the subject, an office and a surname', () => {
  it('GIVEN two mayors named together, then “«…». La definisce la battaglia della sua vita il sindaco di Colleferro Surname. «…»” THEN that sentence and the quotation after it are that mayor’s alone', () => {
    const drafts = speakersOf(
      'Una notizia che ha suscitato reazioni di diversi sindaci, tra questi Piero Sanna e Domenico Alfieri che si dicono pronti a tutto.',
      '«La Raggi può scrivere a chi vuole. Non passerà alcun camion». La definisce la battaglia della sua vita il sindaco di Colleferro Sanna. «Ho estremo rispetto del prefetto, ma qui non passeranno camion».',
    );
    const sanna = speaker(drafts, 'Piero Sanna');
    expect(sanna.role).toBe('sindaco di Colleferro');
    expect(has(sanna.quotes, 2, 'direct', 'Ho estremo rispetto')).toBe(true);
    expect(has(speaker(drafts, 'Domenico Alfieri').quotes, 2, 'direct', 'Ho estremo rispetto')).toBe(false);
  });
});

describe('an answer in the sentence where others asked', () => {
  it('GIVEN a prosecutor in focus, then “Quando i carabinieri lo hanno avvicinato, gli hanno chiesto: “…” e vedendosi braccato, ha risposto: “…”” THEN neither quotation is the prosecutor’s; “Poi ha risposto: “…”” alone still is', () => {
    const asked = speakersOf('Lo ha detto il procuratore Aldo Bruni in conferenza stampa: «Un lavoro di squadra».', 'Quando i carabinieri lo hanno avvicinato, gli hanno chiesto: “Lei è il signor Rossi?” e vedendosi braccato, ha risposto: “No, sono Matteo Neri”.');
    expect(asked.flatMap((d) => d.quotes).filter((q) => q.paragraph === 2)).toEqual([]);
    const alone = speakersOf('Lo ha detto il procuratore Aldo Bruni in conferenza stampa: «Un lavoro di squadra».', 'Poi ha risposto: “No, non ci sono altri indagati”.');
    expect(has(speaker(alone, 'Aldo Bruni').quotes, 2, 'direct', 'non ci sono altri')).toBe(true);
  });
});

describe('a body named after the elided article, with its adjectives', () => {
  it('GIVEN “L’Amministrazione Comunale ricorda … che …” THEN the statement is “Amministrazione Comunale”’s, not “Comunale”’s; “L’Assessore Aldo Neri ricorda che …” is still Aldo Neri’s', () => {
    const drafts = speakersOf('L’Amministrazione Comunale ricorda a tutti i produttori della zona che la partecipazione al nuovo mercato è aperta a tutti.');
    expect(drafts.map((d) => d.name)).toEqual(['Amministrazione Comunale']);
    const office = speakersOf('L’Assessore Aldo Neri ricorda a tutti i produttori che la partecipazione al mercato è aperta.');
    expect(office.map((d) => [d.name, d.role])).toEqual([['Aldo Neri', 'Assessore']]);
  });
});

describe('a noun of saying in the plural, inside a quotation', () => {
  it('GIVEN “"Era la mia prima gara - sono state le parole di Surname, atleta della squadra - e …"” THEN both halves are that person’s', () => {
    const drafts = speakersOf(
      'La corsa cittadina è stata vinta da Marco Bellandi, che ha chiuso in due ore e undici minuti.',
      '"Era la mia prima gara su questa distanza - sono state le parole di Bellandi, atleta della squadra di casa - e non sapevo cosa aspettarmi".',
    );
    const quotes = speaker(drafts, 'Marco Bellandi').quotes;
    expect(has(quotes, 2, 'direct', 'Era la mia prima gara')).toBe(true);
    expect(has(quotes, 2, 'direct', 'non sapevo cosa aspettarmi')).toBe(true);
  });
});

describe('a person named by their age written in words', () => {
  it('GIVEN another speaker, then “La ventiquattrenne keniana X ha vinto la gara.” and “"…", ha dichiarato.” THEN the quotation is the winner’s, with the age and the description as office', () => {
    const drafts = speakersOf(
      'Aldo Neri ha vinto la gara maschile. «Sono felice», ha detto Neri.',
      'La ventiquattrenne keniana Ruth Chebet Kirui ha vinto la gara femminile.',
      '"Sono molto contenta, ho migliorato il mio primato", ha dichiarato.',
    );
    const winner = speaker(drafts, 'Ruth Chebet Kirui');
    expect(winner.role).toBe('ventiquattrenne keniana');
    expect(has(winner.quotes, 3, 'direct', 'Sono molto contenta')).toBe(true);
    expect(has(speaker(drafts, 'Aldo Neri').quotes, 3, 'direct', 'Sono molto contenta')).toBe(false);
  });
});

describe('a new holder of an office named by it', () => {
  it('GIVEN the new director X and a journalist Y who is a director too, then “"…" -afferma da parte sua la neodirettrice-” THEN the words are X’s', () => {
    const drafts = speakersOf(
      'La nuova direttrice Anna Bianchi ne ha parlato con Pietro Neri, direttore del periodico.',
      '"Bianchi -spiega Neri- è riconosciuta come studiosa".',
      '"Per formazione -afferma da parte sua la neodirettrice- mi sono sempre interessata al barocco".',
    );
    expect(has(speaker(drafts, 'Anna Bianchi').quotes, 3, 'direct', 'mi sono sempre interessata')).toBe(true);
    expect(has(speaker(drafts, 'Pietro Neri').quotes, 3, 'direct', 'mi sono sempre interessata')).toBe(false);
  });
});

describe('an office with its complement in lower case, inserted in an unquoted sentence', () => {
  it('GIVEN “Ieri però, ha precisato la segretaria del sindacato per la grande distribuzione X (…), …” THEN the sentence is X’s, with the whole office', () => {
    const drafts = speakersOf('Ieri però, ha precisato la segretaria del sindacato per la grande distribuzione Grazia Colli (Filcams Lombardia), molti supermercati sono rimasti aperti.');
    expect(drafts.map((d) => [d.name, d.role])).toEqual([['Grazia Colli', 'segretaria del sindacato per la grande distribuzione']]);
    expect(has(drafts[0]!.quotes, 1, 'reported', 'molti supermercati sono rimasti aperti')).toBe(true);
  });
});

describe('three people named together, each with their office after them', () => {
  it('GIVEN “"…" hanno dichiarato A, segretario X, B, presidente Y, e C, presidente Z.” THEN all three say it, each with their office', () => {
    const drafts = speakersOf('“Le adesioni allo sciopero sono state molto alte” hanno dichiarato Pierino Loddo, segretario Anaao, Guido Serra, presidente Cimo, e Antonio Fadda, presidente Nursing Up.');
    expect(drafts.map((d) => [d.name, d.role])).toEqual([
      ['Pierino Loddo', 'segretario Anaao'],
      ['Guido Serra', 'presidente Cimo'],
      ['Antonio Fadda', 'presidente Nursing Up'],
    ]);
  });
});

describe('a quotation, then a person given the floor with a colon, in one sentence', () => {
  it('GIVEN a mayor who spoke, then “«Molto contento» dei fondi anche il primo cittadino di X Surname: «…long…»” THEN both quotations are the second mayor’s, whose office reads “sindaco di X”', () => {
    const drafts = speakersOf(
      '«Ci siamo confrontati con i dirigenti - ha detto la sindaca di Fonni Daniela Porcu -. I finanziamenti sono benvenuti».',
      '«Molto contento» dei finanziamenti anche il primo cittadino di Ollolai Michele Sanna: «Al mio paese la Regione darà anche un mezzo spazzaneve che non avevamo e che stavamo aspettando da anni».',
    );
    const mayor = speaker(drafts, 'Michele Sanna');
    expect(mayor.role).toBe('sindaco di Ollolai');
    expect(has(mayor.quotes, 2, 'direct', 'Molto contento')).toBe(true);
    expect(has(mayor.quotes, 2, 'direct', 'mezzo spazzaneve')).toBe(true);
    expect(speaker(drafts, 'Daniela Porcu').quotes.filter((q) => q.paragraph === 2)).toEqual([]);
  });
});

describe('a person with their office and a lower-case complement, as a sentence’s subject', () => {
  it('GIVEN “Il capo della protezione civile, X, calma le acque.” then a quotation in the first person THEN it is X’s; one not in the first person is nobody’s', () => {
    const drafts = speakersOf('Il capo della protezione civile, Angelo Ferri, calma le acque. “Dal punto di vista scientifico, i tecnici ci dicono che ci dobbiamo aspettare una fase di quiete”.');
    const ferri = speaker(drafts, 'Angelo Ferri');
    expect(ferri.role).toBe('capo della protezione civile');
    expect(has(ferri.quotes, 1, 'direct', 'i tecnici ci dicono')).toBe(true);
    expect(speakersOf('Il capo della protezione civile, Angelo Ferri, calma le acque. “Un evento isolato”.').flatMap((d) => d.quotes)).toEqual([]);
  });
});

describe('a given name that is also a preposition', () => {
  it('GIVEN “"… - osserva Nella Sanna, segretaria regionale Filcams Cgil - …"” THEN Nella Sanna speaks, with her office, not the union', () => {
    const drafts = speakersOf('"In Sardegna sono duecentomila - osserva Nella Sanna, segretaria regionale Filcams Cgil - e chiedono rispetto".');
    expect(drafts.map((d) => [d.name, d.role])).toEqual([['Nella Sanna', 'segretaria regionale Filcams Cgil']]);
    // (in lower case it is the preposition: no one is named)
    expect(speakersOf('"Siamo qui - osserva nella piazza il corteo - per chiedere rispetto".').map((d) => d.name)).not.toContain('Sanna');
  });
});

describe('an archbishop named later as the bishop', () => {
  it('GIVEN the archbishop X and the mayor Y who spoke, then “«…» ha aggiunto il vescovo.” THEN the words are the archbishop’s', () => {
    const drafts = speakersOf('L’arcivescovo di Trento, Lauro Bassi, ha inaugurato l’oratorio con il sindaco Aldo Neri.', '«Una festa per tutti» ha detto il sindaco Aldo Neri.', '«Sarà la casa di tutti» ha aggiunto il vescovo.');
    expect(has(speaker(drafts, 'Lauro Bassi').quotes, 3, 'direct', 'Sarà la casa di tutti')).toBe(true);
    expect(has(speaker(drafts, 'Aldo Neri').quotes, 3, 'direct', 'Sarà la casa di tutti')).toBe(false);
  });
});

describe('a quotation taken up by a noun of saying in the singular, and offices set before the next name', () => {
  it('GIVEN ““…”. Con questo auspicio e invito, fatto proprio anche dal parroco don X, l’arcivescovo di Trento, Y, ha benedetto …” THEN the quotation is Y’s, the archbishop; X is the parish priest, not the archbishop', () => {
    const drafts = speakersOf(
      '“L’augurio che vi rivolgo è che questo oratorio diventi la casa di tutti”. Con questo auspicio e invito, fatto proprio anche dal parroco don Augusto Neri, l’arcivescovo di Trento, Lauro Bassi, ha benedetto il nuovo oratorio.',
      'Lo stesso don Augusto ha detto che si è commosso per la festa.',
    );
    const bassi = speaker(drafts, 'Lauro Bassi');
    expect(bassi.role).toBe('arcivescovo di Trento');
    expect(has(bassi.quotes, 1, 'direct', 'L’augurio che vi rivolgo')).toBe(true);
    expect(speaker(drafts, 'Augusto Neri').role).toBe('parroco');
  });
});

describe('a complement opening the sentence before its verb, the subject unsaid', () => {
  it('GIVEN a bishop named as the subject, then “Nel suo saluto ha sottolineato che …” THEN it is the bishop’s; “A questo punto si chiede …” is nobody’s', () => {
    const drafts = speakersOf('Il vescovo Aldo Bruni ha fatto ieri il suo ingresso nella diocesi.', 'Nel suo saluto ha sottolineato che la comunità è unita.');
    expect(has(speaker(drafts, 'Aldo Bruni').quotes, 2, 'reported', 'la comunità è unita')).toBe(true);
    const impersonal = speakersOf('Il vescovo Aldo Bruni ha fatto ieri il suo ingresso nella diocesi.', 'A questo punto si chiede l’intervento del ministro.');
    expect(impersonal.flatMap((d) => d.quotes).filter((q) => q.paragraph === 2)).toEqual([]);
  });

  it('GIVEN “Il sindaco Surname nell’accogliere il nuovo vescovo si è detta "…" ed ha sottolineato "…"” THEN both quotations are the mayor’s', () => {
    const drafts = speakersOf('Ad accoglierlo c’era il sindaco, Roberta Tanzi.', 'Il sindaco Tanzi nell’accogliere il nuovo vescovo si è detta "emozionata" ed ha sottolineato "come l’esperienza di accoglienza sarà preziosa".');
    const tanzi = speaker(drafts, 'Roberta Tanzi');
    expect(has(tanzi.quotes, 2, 'direct', 'emozionata')).toBe(true);
    expect(has(tanzi.quotes, 2, 'direct', 'esperienza di accoglienza')).toBe(true);
  });
});

describe('an insert that the closing quotation mark ends', () => {
  it('GIVEN ““… - hanno lanciato un appello il presidente della Sicilia X e quello di Agrigento Y”.” THEN the words before the dash are both presidents’, the second with the first one’s office of his own province', () => {
    const drafts = speakersOf('"Il governo nazionale faccia la sua parte e invii una nave cisterna della marina militare - hanno lanciato un appello il presidente della Sicilia Alfio Russo e quello di Agrigento Angelo Pisani".');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => q.text)])).toEqual([
      ['Alfio Russo', 'presidente della Sicilia', ['Il governo nazionale faccia la sua parte e invii una nave cisterna della marina militare']],
      ['Angelo Pisani', 'presidente di Agrigento', ['Il governo nazionale faccia la sua parte e invii una nave cisterna della marina militare']],
    ]);
    // (one speaker the same way)
    const one = speakersOf('"Il governo faccia la sua parte, e lo faccia presto - ha detto il presidente della Sicilia Alfio Russo".');
    expect(one.map((d) => [d.name, d.quotes.map((q) => q.text)])).toEqual([['Alfio Russo', ['Il governo faccia la sua parte, e lo faccia presto']]]);
  });
});

describe('the one the writer talked to, before a colon closing the paragraph', () => {
  it('GIVEN “A margine dell’evento abbiamo parlato con X, direttore del dipartimento:” then a paragraph of quotation THEN it is X’s; “abbiamo parlato con il sindaco:” alone names nobody', () => {
    const drafts = speakersOf('A margine dell’evento abbiamo parlato con Emilio Sarti, direttore del dipartimento di ingegneria:', '“Il nostro è l’ente di ricerca più antico del paese. Siamo impegnati sempre sul fronte della ricerca”.');
    const sarti = speaker(drafts, 'Emilio Sarti');
    expect(sarti.role).toBe('direttore del dipartimento di ingegneria');
    expect(has(sarti.quotes, 2, 'direct', 'Siamo impegnati sempre')).toBe(true);
    expect(speakersOf('A margine dell’evento abbiamo parlato con il sindaco:', '“Siamo impegnati sempre sul fronte della ricerca”.').flatMap((d) => d.quotes)).toEqual([]);
  });
});

describe('inviting the ones named to what a quotation says', () => {
  it('GIVEN “Il sindaco …, X, ha invitato i cittadini "alla calma, …"” THEN the quoted words are X’s; “ha invitato i cittadini alla festa” is no statement', () => {
    const drafts = speakersOf('Il sindaco del comune, Luigi Manzi, ha invitato i cittadini "alla calma, a rimanere nei luoghi aperti".');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => [q.kind, q.text])])).toEqual([['Luigi Manzi', [['direct', 'alla calma, a rimanere nei luoghi aperti']]]]);
    expect(speakersOf('Il sindaco Luigi Manzi ha invitato i cittadini alla festa di sabato in piazza.')).toEqual([]);
  });
});

describe('an office in apposition cut by a relative clause’s comma', () => {
  it('GIVEN “X, il direttore del Museo di Capodimonte che, con la riforma, …” THEN X’s office ends before “che”', () => {
    const drafts = speakersOf('In sala c’era Sylvain Berger, il direttore del Museo di Capodimonte che, con la riforma, ha una sola guida.', '«Tante iniziative non si sarebbero potute fare senza di loro» dice Berger.');
    expect(speaker(drafts, 'Sylvain Berger').role).toBe('direttore del Museo di Capodimonte');
  });
});

describe('a quotation run over two paragraphs, closed with its speaker after the previous one spoke', () => {
  it('GIVEN “«…», spiega il sindaco A.” then “«La nostra finalità … ” then “… a bordo», avverte il questore B” THEN the run is B’s', () => {
    const drafts = speakersOf(
      '«Abbiamo da tempo collaudato una modalità di accoglienza che funziona», spiega il sindaco Mario Bassi.',
      '«La nostra finalità, adesso, è quella di far scendere a terra i passeggeri e poi di cercare chi ha organizzato il viaggio.',
      'L’obiettivo è individuare i responsabili che sono a bordo», avverte il questore Carlo Lenti.',
    );
    expect(has(speaker(drafts, 'Carlo Lenti').quotes, 2, 'direct', 'La nostra finalità')).toBe(true);
    expect(speaker(drafts, 'Mario Bassi').quotes.map((q) => q.paragraph)).toEqual([1]);
    // (a paragraph that only goes on, its quotation closed in it, stays with the speaker before)
    const closed = speakersOf(
      '«Abbiamo da tempo collaudato una modalità di accoglienza che funziona», spiega il sindaco Mario Bassi.',
      '«La nostra finalità, adesso, è quella di far scendere a terra i passeggeri».',
      '«L’obiettivo è individuare i responsabili», avverte il questore Carlo Lenti.',
    );
    expect(speaker(closed, 'Mario Bassi').quotes.map((q) => q.paragraph)).toEqual([1, 2]);
  });
});

describe('an office with two complements, then the person set off by commas', () => {
  it('GIVEN “Secondo l’assessore alle Politiche Sociali del Comune di Salerno, Paola de Rosa, “…”” THEN the words are hers, with the whole office', () => {
    const drafts = speakersOf('Secondo l’assessore alle Politiche Sociali del Comune di Salerno, Paola de Rosa, “sono tanti i minori arrivati soli”.');
    const rosa = speaker(drafts, 'Paola de Rosa');
    expect(rosa.role).toBe('assessore alle Politiche Sociali del Comune di Salerno');
    expect(has(rosa.quotes, 1, 'direct', 'sono tanti i minori')).toBe(true);
    // (and with no comma, the person the last words of the last complement's run)
    const run = speakersOf('«Il museo riapre a maggio», ha detto il direttore del Museo del Novecento di Milano Marco Fabbri.');
    expect(run.map((d) => [d.name, d.role])).toEqual([['Marco Fabbri', 'direttore del Museo del Novecento di Milano']]);
  });
});

describe('a noun of saying naming the speaker of the quotation opening the paragraph', () => {
  it('GIVEN someone’s words, then “«…». Le parole del sindaco X.” THEN the second quotation is X’s; “La replica del sindaco X non si è fatta attendere.” leaves it with the one before', () => {
    const first = '«Ci aspettano scelte importanti», ha commentato Piero Bucci, presidente della Pro Loco.';
    const named = speakersOf(first, '“Vi ringrazio per quello che fate. Siete un punto di riferimento per tutti noi”. Le parole del sindaco Andrea Pelli.');
    expect(named.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([
      ['Piero Bucci', [1]],
      ['Andrea Pelli', [2]],
    ]);
    const goesOn = speakersOf(first, '“Vi ringrazio per quello che fate”. La replica del sindaco Andrea Pelli non si è fatta attendere.');
    expect(speaker(goesOn, 'Piero Bucci').quotes.map((q) => q.paragraph)).toEqual([1, 2]);
  });
});

describe('noting, inserted in a quotation', () => {
  it('GIVEN ““La rassegna – annota il presidente della Camera di Commercio, X – rappresenta …”” THEN the words are X’s', () => {
    const drafts = speakersOf('“La rassegna – annota il presidente della Camera di Commercio, Gian Paolo Costa – rappresenta il palcoscenico ideale per il vino”.');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.length])).toEqual([['Gian Paolo Costa', 'presidente della Camera di Commercio', 1]]);
  });
});

describe('a full name opening a sentence as its subject, then a quotation in the first person', () => {
  it('GIVEN “Anche Dario Pensa del rifugio X vede …” then “«Noi qui siamo fortunati …»” THEN the quotation is Dario Pensa’s (a surname that is a verb’s form included); a sentence naming two people gives it to neither', () => {
    const drafts = speakersOf('Anche Dario Pensa del rifugio Pialleral vede nelle previsioni meteo un forte disincentivo alle uscite. «Noi qui siamo fortunati perché si arriva con il fuoristrada».');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => [q.kind, q.text.slice(0, 20)])])).toEqual([['Dario Pensa', [['direct', 'Noi qui siamo fortun']]]]);
    const two = speakersOf('Anche Dario Rossi ha incontrato Marco Bianchi al rifugio. «Noi qui siamo fortunati perché si arriva con il fuoristrada».');
    expect(two.flatMap((d) => d.quotes)).toEqual([]);
  });
});

describe('the floor given by “è stata la volta di X”, and speaking out', () => {
  it('GIVEN “È stata la volta di X. Il patron di Y si è così espresso: “…”” THEN the quotation is X’s; “si è espresso a favore” is a stance reported', () => {
    const drafts = speakersOf('A quel punto è stata la volta di Urbano Cairati. Il patron del gruppo editoriale si è così espresso: “Mi fa piacere che da parte del governo ci sia stata la sensibilità di capire quanto la corsa possa fare”.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.kind)])).toEqual([['Urbano Cairati', ['direct']]]);
    const stance = speakersOf('Il consigliere Marco Neri si è espresso a favore della proposta di variante.');
    expect(stance.map((d) => [d.name, d.quotes.map((q) => q.kind)])).toEqual([['Marco Neri', ['reported']]]);
  });
});

describe('whose words a noun of saying gives, with the quotation right after the name', () => {
  it('GIVEN “Importanti anche le parole di X “…”” after someone else spoke THEN the quotation is X’s; “Per la presidente Y “…”” is Y’s', () => {
    const drafts = speakersOf('“Il nostro teatro è la fabbrica del futuro” ha affermato il sindaco Marco Fiori, ricordando Nazzareno Cappi.', 'Importanti anche le parole di Cappi “in quegli anni è successa una cosa incredibile”.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([
      ['Marco Fiori', [1]],
      ['Nazzareno Cappi', [2]],
    ]);
    const per = speakersOf('«Riapriamo il teatro dopo un periodo sofferto», ha detto la sindaca Anna Bruni.', 'Per la presidente Tesei “questo teatro rappresenta una vera eccellenza per la nostra regione”.');
    expect(per.map((d) => [d.name, d.role, d.quotes.map((q) => q.paragraph)])).toEqual([
      ['Anna Bruni', 'sindaca', [1]],
      ['Tesei', 'presidente', [2]],
    ]);
  });
});

describe('a place a preposition governs before the subject set off by commas', () => {
  it('GIVEN “da Pordenone, il presidente locale X, spiega: «…»” THEN the place is no speaker', () => {
    const drafts = speakersOf('Altra città, stessa situazione: da Pordenone, il presidente locale Gianni Zanella, spiega preoccupato: «Anche da noi qualche collega ha annunciato una sospensione».');
    expect(drafts.map((d) => d.name)).not.toContain('Pordenone');
    expect(drafts.flatMap((d) => [d.name, d.role ?? '']).join(' ')).not.toMatch(/Pordenone/u);
  });
});

describe('“è il pensiero di X” inserted in a quotation', () => {
  it('GIVEN ““…”, rincara la dose Giorgio Bassi.” then ““Sicuramente - è il pensiero di Giovanna Neri - ha cambiato …”” THEN the second quotation is Giovanna Neri’s', () => {
    const drafts = speakersOf('“Forse servirebbe qualche cestino in più”, rincara la dose Giorgio Bassi.', '“Sicuramente - è il pensiero di Giovanna Neri - ha cambiato il volto della città, ho delle perplessità sul tratto”.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([
      ['Giorgio Bassi', [1]],
      ['Giovanna Neri', [2]],
    ]);
  });
});

describe('an office that is the complement of the noun before it', () => {
  it('GIVEN “Nel pomeriggio il portavoce del sindaco Mario Rossi calma le acque. «Non abbiamo …»” THEN Mario Rossi speaks as the mayor’s spokesman, not as the mayor', () => {
    const drafts = speakersOf('Nel pomeriggio il portavoce del sindaco Mario Rossi calma le acque. «Non abbiamo ricevuto nessuna denuncia dai residenti».');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.length])).toEqual([['Mario Rossi', 'portavoce del sindaco', 1]]);
  });
});

describe('an office in apposition closed by a relative with a verb of saying', () => {
  it('GIVEN “come spiega X, presidente di Federalberghi Trieste che afferma: «…»” THEN the office ends before “che afferma”; “presidente dell’associazione che gestisce la struttura” keeps its relative', () => {
    const drafts = speakersOf('Uno su quattro, come spiega Guido Lanza, presidente di Federalberghi Trieste che afferma: «Non si fanno preventivi per i primi mesi del 2023».');
    expect(speaker(drafts, 'Guido Lanza').role).toBe('presidente di Federalberghi Trieste');
    const kept = speakersOf('Alla festa c’era Marco Folli, presidente dell’associazione che gestisce la struttura, che ha detto: «Oggi inauguriamo un sogno».');
    expect(speaker(kept, 'Marco Folli').role).toBe('presidente dell’associazione che gestisce la struttura');
  });
});

describe('an organisation’s name with a dash inside it, in an office’s complement', () => {
  it('GIVEN “Lo conferma il presidente di Confcommercio – Imprese per l’Italia della provincia di Cuneo, Luca Chiaro: “…”” THEN Luca Chiaro speaks with that office; “il sindaco di Roma – Mario Rossi – ha detto” still names Mario Rossi', () => {
    const drafts = speakersOf('Lo conferma il presidente di Confcommercio – Imprese per l’Italia della provincia di Cuneo, Luca Chiaro: “Noi attendiamo dei segnali concreti dalla politica”.');
    expect(drafts.map((d) => [d.name, d.role])).toEqual([['Luca Chiaro', 'presidente di Confcommercio – Imprese per l’Italia della provincia di Cuneo']]);
    const set = speakersOf('«La strada sarà riaperta domani», ha detto il sindaco di Roma – Mario Rossi – durante la conferenza.');
    expect(set.map((d) => [d.name, d.role])).toEqual([['Mario Rossi', 'sindaco di Roma']]);
  });
});

describe('a relative clause holding a date with a degree sign', () => {
  it('GIVEN “X, che subentrerà nella carica di rettore dal 1° ottobre dopo le elezioni, ha voluto ricordare che …” THEN X reports it', () => {
    const drafts = speakersOf('Remo Morandi Pellegrini, che subentrerà nella carica di rettore dal 1° ottobre dopo le recenti elezioni, ha voluto ricordare che si è chiusa la partita con la Provincia.');
    expect(drafts.map((d) => [d.name.split(' ').pop(), d.quotes.map((q) => q.kind)])).toEqual([['Pellegrini', ['reported']]]);
  });
});

describe('an office with its article set off after a full name, its closing comma left out', () => {
  it('GIVEN “Simone X, il responsabile regionale delle Marche della Lega Coop Pesca ha ricordato che …” THEN Simone X speaks with that office, not “Coop Pesca”; with no full name before the comma the person after the office speaks', () => {
    const drafts = speakersOf('Il lavoro dei pescatori verrà bloccato. Simone Cecchini, il responsabile regionale delle Marche della Lega Coop Pesca ha infatti ricordato che ad oggi i pescatori hanno ricevuto le indennità del 2018.');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => q.kind)])).toEqual([['Simone Cecchini', 'responsabile regionale delle Marche della Lega Coop Pesca', ['reported']]]);
    const after = speakersOf('Intanto, il presidente della Regione Mario Bassi ha detto che la stagione va bene.');
    expect(after.map((d) => [d.name, d.role])).toEqual([['Mario Bassi', 'presidente della Regione']]);
  });
});

describe('a noun of saying with the words that qualify it, inside a quotation', () => {
  it('GIVEN “«… - le poche ma significative parole di X, presidente di Y, pronunciate all’apertura - …»” THEN the quoted words are X’s, the insert cut out', () => {
    const drafts = speakersOf('«Siamo una grande associazione, che segue gli associati - le poche ma significative parole di Luca Mambelli, presidente di CNA Valdora, pronunciate all’apertura della fiera - ma che si proietta nel futuro».');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => q.text)])).toEqual([['Luca Mambelli', 'presidente di CNA Valdora', ['Siamo una grande associazione, che segue gli associati', 'ma che si proietta nel futuro']]]);
  });
});

describe('a body’s name in quotation marks after the noun an office’s preposition governs', () => {
  it('GIVEN “X, presidente dell’associazione “Amici del cuore”, ha detto: “…”” and “Y, direttore della Uosd "Obiettivi di salute" ha sottolineato che "…"” THEN X and Y speak, and the body’s name is nobody’s words', () => {
    const drafts = speakersOf('Mario Bassi, presidente dell’associazione “Amici del cuore”, ha detto: “La raccolta va bene”.');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => q.text)])).toEqual([['Mario Bassi', 'presidente', ['La raccolta va bene']]]);
    const unclosed = speakersOf('Il direttore sanitario Mauro Bruni ha sottolineato che: "i numeri confermano il trend".', 'Massimo Fabbri, direttore della Uosd "Obiettivi di salute e screening" ha sottolineato che "a livello nazionale il gap si attesta al 28%".');
    expect(unclosed.map((d) => [d.name, d.quotes.map((q) => [q.paragraph, q.text])])).toEqual([
      ['Mauro Bruni', [[1, 'i numeri confermano il trend']]],
      ['Massimo Fabbri', [[2, 'a livello nazionale il gap si attesta al 28%']]],
    ]);
    // (words said right after someone's office and a preposition are still theirs when a colon brings them in)
    const said = speakersOf('Il sindaco Paolo Neri ha detto del progetto: “Serve a tutti”.');
    expect(said.map((d) => [d.name, d.quotes.map((q) => q.text)])).toEqual([['Paolo Neri', ['Serve a tutti']]]);
  });
});

describe('a plural insert after a sentence naming a document', () => {
  it('GIVEN “I sindaci X e Y indirizzano una lettera alla Asl.” then “«… – scrivono i due amministratori – …»” THEN the letter says nothing (its words are nobody’s the article names); two people who wrote it together still go on', () => {
    const drafts = speakersOf('I sindaci di Valdora e Borgo Alto, Mauro Dell’Isola e Mario Lucchi, indirizzano una lettera alla Asl per chiedere un incontro.', '«Nel comune di Valdora – scrivono i due amministratori – hanno operato sino ad ora 9 medici di medicina generale».');
    expect(drafts.flatMap((d) => d.quotes)).toEqual([]);
    const together = speakersOf('Il sindaco Mario Bassi e l’assessore Paolo Neri hanno scritto una lettera alla Asl.', '«Nel comune di Valdora – scrivono i due – hanno operato 9 medici».');
    expect(together.map((d) => [d.name, d.quotes.filter((q) => q.paragraph === 2).length]).sort()).toEqual([
      ['Mario Bassi', 2],
      ['Paolo Neri', 2],
    ]);
  });
});

describe('a place before the comma, then an office naming its holder', () => {
  it('GIVEN “Reggio Emilia, il sindaco Luca Vecchi ha detto …” and “Porto San Giorgio, il presidente della cooperativa Mario Rossi ha spiegato …” THEN the office’s holder speaks, not the place; “Irene Zubani, la vedova dell’imprenditore di Marcheno …” is still Irene Zubani', () => {
    const mayor = speakersOf('Reggio Emilia, il sindaco Luca Vecchi ha detto che la stagione va bene.');
    expect(mayor.map((d) => [d.name, d.role])).toEqual([['Luca Vecchi', 'sindaco']]);
    const president = speakersOf('Porto San Giorgio, il presidente della cooperativa Mario Rossi ha spiegato che la stagione va bene.');
    expect(president.map((d) => [d.name, d.role])).toEqual([['Mario Rossi', 'presidente della cooperativa']]);
    const widow = speakersOf('Irene Zubani, la vedova dell’imprenditore di Marcheno vorrebbe sfuggire ai giornalisti e ha detto che non parla.');
    expect(widow.map((d) => d.name)).toEqual(['Irene Zubani']);
    // (and an office of a body named before the person: the person, not the place)
    const region = speakersOf('Reggio Emilia, il presidente della Regione Stefano Bonelli ha detto che la stagione va bene.');
    expect(region.map((d) => [d.name, d.role])).toEqual([['Stefano Bonelli', 'presidente della Regione']]);
  });
});

describe('a second agent joined to the first by “e da”', () => {
  it('GIVEN “come sottolineato dal direttore del museo X e dal sindaco di Y Z partirà …” THEN both report it', () => {
    const drafts = speakersOf('Presto, come sottolineato dal direttore del Polo Museale Luca Pinna e dal sindaco di Valdora Alberto Serra partirà il progetto di catalogazione dei reperti.');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => q.kind)])).toEqual([
      ['Luca Pinna', 'direttore del Polo Museale', ['reported']],
      ['Alberto Serra', 'sindaco di Valdora', ['reported']],
    ]);
  });
});

describe('a body named with a complement whose preposition is elided onto it', () => {
  it('GIVEN “Il Parco Archeologico dell’Appia Antica spiega che “…”” and “La Soprintendenza dell’Umbria spiega …” THEN the body says it, not a fragment of its name', () => {
    const park = speakersOf('Il Parco Archeologico dell’Alta Valdora spiega che “l’area è di interesse archeologico”.');
    expect(park.map((d) => [d.name, d.sort])).toEqual([['Parco Archeologico dell’Alta Valdora', 'organisation']]);
    const office = speakersOf('La Soprintendenza dell’Umbria spiega che “la sala resta chiusa”.');
    expect(office.map((d) => d.name)).toEqual(['Soprintendenza dell’Umbria']);
  });
});

describe('an opener with a plural verb, then adjuncts, then the people who said it', () => {
  it('GIVEN ““…”: lo affermano in una nota congiunta i deputati A, B e C” THEN all three say it', () => {
    const drafts = speakersOf('"Il governo ignora i problemi dei pendolari": lo affermano in una nota congiunta i deputati dem Anna Bassi, Andrea Cossu e Irene Mazza.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.text)])).toEqual([
      ['Anna Bassi', ['Il governo ignora i problemi dei pendolari']],
      ['Andrea Cossu', ['Il governo ignora i problemi dei pendolari']],
      ['Irene Mazza', ['Il governo ignora i problemi dei pendolari']],
    ]);
  });
});

describe('an office set off after a name with no comma, its body’s name going on with lower-case adjectives', () => {
  it('GIVEN “Analizzando i saldi, X rappresentante della Fismo nazionale e provinciale parla di «…»” THEN X speaks, after the opening gerund’s clause', () => {
    const drafts = speakersOf('Analizzando l’andamento dei saldi, Lina Nardi rappresentante della Fismo nazionale e provinciale parla di «una occasione non sufficiente per le aziende».');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => q.kind)])).toEqual([['Lina Nardi', 'rappresentante della Fismo', ['reported', 'direct']]]);
  });
});

describe('“così” with a document and its owner', () => {
  it('GIVEN “«…», così in un post Facebook del consigliere comunale X” and “così in una nota del sindaco Y” THEN X and Y say it, not “Facebook”', () => {
    const post = speakersOf('«Il negozio chiude per sempre», così in un post Facebook del consigliere comunale Roberto Cerri.');
    expect(post.map((d) => [d.name, d.role, d.quotes.map((q) => q.text)])).toEqual([['Roberto Cerri', 'consigliere comunale', ['Il negozio chiude per sempre']]]);
    const note = speakersOf('«Il mercato riapre», così in una nota del sindaco Mario Bianchi.');
    expect(note.map((d) => d.name)).toEqual(['Mario Bianchi']);
    // (an office over a body whose name follows its adjectives, then a region: the person at the end)
    const long = speakersOf('«Ha chiuso i battenti», così in un post del Consigliere comunale nella Lista civica Ali a Valdora e Consigliere regionale Liguria nella Lista civica Sansa Roberto Cerri.');
    expect(long.map((d) => d.name)).toEqual(['Roberto Cerri']);
  });
});

describe('a speaker the article leaves unnamed, and a street’s name', () => {
  it('GIVEN “«…», dice X. «…», dice un gioielliere di via Dante.” THEN the second quotation is nobody’s the article names, and “via Dante”, “corso Vittorio Emanuele” name no one', () => {
    const drafts = speakersOf('«Il mercato è deregolato», dice Mario Montalti. «Dopo 28 anni sono costretto a chiudere perché non ce la faccio più a rientrare delle spese», dice un gioielliere di via Dante.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.text)])).toEqual([['Mario Montalti', ['Il mercato è deregolato']]]);
    const trade = speakersOf('«Il mercato è deregolato», dice Mario Montalti. «Sono costretto a chiudere», dice un commerciante di Valdora.');
    expect(trade.map((d) => [d.name, d.quotes.length])).toEqual([['Mario Montalti', 1]]);
    const street = speakersOf('«Sono costretto a chiudere», dice un barista di corso Vittorio Emanuele.', '«Sono costretta a chiudere», dice una commessa di piazza Garibaldi.');
    expect(street.map((d) => d.name)).toEqual([]);
  });
});

describe('an office capitalised by deference after the elided article, and a title inside a name’s run', () => {
  it('GIVEN “… presieduta dall’Arcivescovo di Valdora Monsignore Corrado Lorenzi.” then “Lorenzi ha citato …” and ““…” ha detto l’Arcivescovo di Valdora.” THEN all is Corrado Lorenzi’s', () => {
    const drafts = speakersOf(
      'La messa è stata presieduta dall’Arcivescovo di Valdora Monsignore Corrado Lorenzi.',
      'Nell’omelia, Lorenzi ha citato l’amore per la città.',
      '“Valdora ha bisogno di essere amata” ha detto l’Arcivescovo di Valdora.',
    );
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([['Corrado Lorenzi', [2, 3]]]);
  });
});

describe('a verbless source, a colon, then the quotation', () => {
  it('GIVEN “Per il sindaco Rasini: “…”” THEN the mayor says it', () => {
    const drafts = speakersOf('Per il sindaco Rasini: “Una giornata incredibile, c’erano più di diecimila persone”.');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => q.text)])).toEqual([['Rasini', 'sindaco', ['Una giornata incredibile, c’erano più di diecimila persone']]]);
  });

  it('GIVEN “Per il rettore, X, una grande gioia: “…”” THEN X speaks as rector (“una grande gioia” is no office)', () => {
    const drafts = speakersOf('Per il rettore, Silvio Quaranta, una grande gioia: “Ci voleva proprio”.');
    expect(drafts.map((d) => [d.name, d.role])).toEqual([['Silvio Quaranta', 'rettore']]);
  });
});

describe('a given name that is a future tense written without its accent', () => {
  it('GIVEN “Sara X, assessore allo Sport: «…»” opening the article THEN Sara X speaks (“sara” is no “sarà”)', () => {
    const drafts = speakersOf('Sara Mazzoni, assessore allo Sport: «Avremo maggior cooperazione».');
    expect(drafts.map((d) => [d.name, d.role])).toEqual([['Sara Mazzoni', 'assessore allo Sport']]);
  });
});

describe('calling for something, and an office over a club with the name then an adjunct', () => {
  it('GIVEN “X, responsabile nazionale Alpi, invoca invece un monitoraggio …” THEN X reports it', () => {
    const drafts = speakersOf('Vanda Bonetti, responsabile nazionale Alpi, invoca invece un monitoraggio europeo coordinato.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.kind)])).toEqual([['Vanda Bonetti', ['reported']]]);
  });

  it('GIVEN ““…”. Lo dice all’AGI il presidente altoatesino del Club Alpino Italiano, X in merito alle escursioni” THEN X says it, not “Alpino Italiano”', () => {
    const drafts = speakersOf('"Non andrei sui ghiacciai". Lo dice all\'AGI il presidente altoatesino del Club Alpino Italiano, Carlo Alberto Zanetti in merito ad escursioni sui ghiacciai.');
    expect(drafts.map((d) => [d.name, d.role])).toEqual([['Carlo Alberto Zanetti', 'presidente altoatesino del Club Alpino Italiano']]);
  });
});

describe('the occasion said after an office, and bodies and places that read as names', () => {
  it('GIVEN “– ha raccontato X, funzionaria della Soprintendenza durante la presentazione dei risultati –” and “Ha esordito così Y, Direttore Generale Trenitalia alla presentazione del nuovo brand.” THEN each office ends before the occasion (“Assessore al benessere”, “direttore del Soccorso alpino” keep theirs)', () => {
    const drafts = speakersOf('«Prima abbiamo iniziato con la pulizia generale - ha raccontato Maura Vargas, funzionaria di zona della Soprintendenza durante la presentazione dei risultati degli scavi - e subito sono venuti alla luce i massi»');
    expect(drafts.map((d) => [d.name, d.role])).toEqual([['Maura Vargas', 'funzionaria di zona della Soprintendenza']]);
    const brand = speakersOf('Ha esordito così Luigi Corsi, Amministratore Delegato e Direttore Generale Trenitalia alla presentazione del nuovo brand Regionale. “Io penso che questa sia la forza del gruppo”.');
    expect(brand.map((d) => [d.name, d.role])).toEqual([['Luigi Corsi', 'Amministratore Delegato e Direttore Generale Trenitalia']]);
    const alpine = speakersOf('«Poca neve non vuol dire poco pericolo», ha detto Paolo Conte, direttore del Soccorso alpino Valdostano.');
    expect(alpine.map((d) => d.role)).toEqual(['direttore del Soccorso alpino Valdostano']);
  });

  it('GIVEN “Lo annunciano Amministrazione Comunale e Pro Loco.” and “Secondo San Damiano (…)” THEN bodies and a place speak, no person', () => {
    const drafts = speakersOf('La Sagra Paesana tornerà dal 2 al 6 settembre. Lo annunciano Amministrazione Comunale e Pro Loco.', 'Primo Borgo Alto, secondo posto per San Damiano. Secondo San Damiano, la corsa è stata bellissima.');
    expect(drafts.filter((d) => d.sort === 'person').map((d) => d.name)).toEqual([]);
  });
});

describe('an office capitalised by deference after a preposition elided onto it', () => {
  it('GIVEN “Soddisfazione arriva anche dall’Assessore X: “…”” THEN X speaks as “Assessore”', () => {
    const drafts = speakersOf('Soddisfazione arriva anche dall’Assessore Mattia Zanoli: “Il mercato nasce come aiuto rivolto agli agricoltori”.');
    expect(drafts.map((d) => [d.name, d.role])).toEqual([['Mattia Zanoli', 'Assessore']]);
  });
});

describe('verbs of saying next to a quotation, a relative on the owner of a place, and “così” over an office with its place', () => {
  it('GIVEN ““…”, riflette la sindaca di X Y” and “«…» segnalano A, B e C” THEN they say it', () => {
    const mayor = speakersOf('“Novanta milioni sono una cifra importante”, riflette la sindaca di Riva Carla Santoni.');
    expect(mayor.map((d) => [d.name, d.role])).toEqual([['Carla Santoni', 'sindaca di Riva']]);
    const three = speakersOf('Alla farmacia sono disperati: «Nella banca dati vengono segnati in grigio i prodotti mancanti» segnalano Cristina Ghisi, Michele Scudi e Stefania Carola Ghiotti.');
    expect(three.map((d) => d.name)).toEqual(['Cristina Ghisi', 'Michele Scudi', 'Stefania Carola Ghiotti']);
  });

  it('GIVEN “Una giornata speciale al bar di X Y che racconta: «…»” THEN X Y says it (“la grazia di Dio che sostiene …” names no one)', () => {
    const drafts = speakersOf('Il figlio della titolare, Ivan Pisani, ha saputo per primo della vincita.', 'Una giornata speciale al bar tabacchi di Albertina Murru che racconta: «Quando è arrivata la comunicazione io ero fuori».');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([['Albertina Murru', [2]]]);
  });

  it('GIVEN «…». then “Così, con ironia, la sindaca di Arcola, X, commenta la vincita.” THEN the quotation is X’s, not the one who spoke before', () => {
    const drafts = speakersOf('«È tutto un via vai», dice Riccardo Rocca, che gestisce la tabaccheria.', '«Intanto faccio una verifica in maggioranza, non si sa mai». Così, con ironia, la sindaca di Arcola, Monica Pagnini, commenta la vincita.');
    expect(speaker(drafts, 'Monica Pagnini').quotes.map((q) => q.text)).toContain('Intanto faccio una verifica in maggioranza, non si sa mai');
    expect(speaker(drafts, 'Riccardo Rocca').quotes.map((q) => q.paragraph)).toEqual([1]);
  });
});

describe('a full name set off by a comma after the verb, and a label with the office first', () => {
  it('GIVEN ““Un disastro, sono avvilito”, sbotta, X.” after someone else spoke THEN X says it', () => {
    const drafts = speakersOf('«La situazione è grave», ha detto il prefetto Marco Neri.', '“Un disastro, sono avvilito e disperato”, sbotta, Alfio Cosenza.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.text)])).toEqual([
      ['Marco Neri', ['La situazione è grave']],
      ['Alfio Cosenza', ['Un disastro, sono avvilito e disperato']],
    ]);
  });

  it('GIVEN “Chef Alfio X” or “Chef: Anna Y” alone on a line, then “Ha detto: “…”” THEN each chef says their own words', () => {
    const drafts = speakersOf('La guida presenta i nuovi ristoranti stellati.', 'Chef Alfio Ghetti', 'Ha detto: “La Stella Michelin rappresenta la conferma di un lavoro”.', 'Il piatto: Vermicelli alla Amatriciana', 'Chef: Anna Bassini', 'Ha detto: “Non aver più fatto parte della famiglia ci ha dato stimoli”.');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => q.paragraph)])).toEqual([
      ['Alfio Ghetti', 'Chef', [3]],
      ['Anna Bassini', 'Chef', [6]],
    ]);
  });
});

describe('a body right after an office, no preposition between', () => {
  it('GIVEN “La vicepresidente ANPI Anna X evidenzia …: “…”” opening a paragraph THEN Anna X says it, as “vicepresidente ANPI” (it stopped the reading of the article before)', () => {
    const drafts = speakersOf('Il numero resta alto.', 'La vicepresidente ANPI Susanna Magrini evidenzia l’effetto della norma: “Più persone camminano, più si sta attenti”.');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => q.paragraph)])).toEqual([['Susanna Magrini', 'vicepresidente ANPI', [2]]]);
  });
});

describe('council reports: who speaks after an object, a bracket, a floor taken, a mood “per X”', () => {
  it('GIVEN “… condivisa da X Y (Lista), che ha ricordato come … il Pnrr: «…»” THEN X Y says it, not the acronym before the colon', () => {
    const drafts = speakersOf('Preoccupazione condivisa da Santo Cascini (Progetto in Comune), che ha ricordato come alcuni partiti avessero osteggiato il Pnrr: «È un’incoerenza politica».');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.kind)])).toEqual([['Santo Cascini', ['reported', 'direct']]]);
  });

  it('GIVEN “la sindaca X ha introdotto la questione Tari dicendo che “…”” THEN the sindaca says it, not the object written against the gerund', () => {
    const drafts = speakersOf('In consiglio la sindaca Ulivani ha introdotto la questione Tari dicendo fra l’altro che "si conferma per l’anno 2024 la medesima aliquota".');
    expect(drafts.map((d) => [d.name, d.role])).toEqual([['Ulivani', 'sindaca']]);
    expect(speaker(drafts, 'Ulivani').quotes.map((q) => q.text)).toContain('si conferma per l’anno 2024 la medesima aliquota');
  });

  it('GIVEN ““…”. Parole dure, quelle del consigliere X Y.” THEN the quotation is X Y’s', () => {
    const drafts = speakersOf('Non sono mancate le polemiche sul bilancio.', '“Siamo delusi. Questo bilancio non ha prospettive”. Parole dure, quelle del consigliere pentastellato Vincenzo Saleri.');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => q.paragraph)])).toEqual([['Vincenzo Saleri', 'consigliere pentastellato', [2]]]);
  });

  it('GIVEN “… a esprimere le ragioni ci pensa X Y.” then a paragraph of quotation THEN X Y says it', () => {
    const drafts = speakersOf('Dai banchi dell’opposizione arriva un no perentorio e a esprimere le ragioni ci pensa Claudio Asunis.', '"Noi pensavamo che magari diminuisse qualcosa, invece che confermare".');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([['Claudio Asunis', [2]]]);
  });

  it('GIVEN “E X Y del Pd ha colto l’occasione per scherzare: «…»” after another sentence THEN X Y says it', () => {
    const drafts = speakersOf('Il sindaco ha ringraziato il centrosinistra. E Paolo Pedroni del Pd ha colto l’occasione per scherzare: «A questo punto vi manca solo il capoluogo».');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.text)])).toEqual([['Paolo Pedroni', ['A questo punto vi manca solo il capoluogo']]]);
  });

  it('GIVEN “Dopo le parole del dirigente X, l’assessore Y si è rivolto agli studenti: “…”” THEN the words are not the dirigente’s, said before', () => {
    const drafts = speakersOf('Dopo le parole del dirigente scolastico Roberto Vespi, l’assessore Tombi si è rivolto agli studenti delle prime classi: “L’esperienza scolastica va vissuta appieno”.');
    expect(drafts.filter((d) => d.name === 'Roberto Vespi').flatMap((d) => d.quotes)).toEqual([]);
  });

  it('GIVEN “Ha poi preso la parola il presidente X Y.” then ““…”, ha detto.” THEN X Y says it', () => {
    const drafts = speakersOf('Alla conferenza erano presenti i dirigenti.', 'Ha poi preso la parola il presidente Luca Giovanni. “Stiamo costruendo una squadra che permette di sognare”, ha detto.');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => q.paragraph)])).toEqual([['Luca Giovanni', 'presidente', [2]]]);
  });

  it('GIVEN a line “Umore alto anche per X Y:” or “Problemi anche per X Y, titolare della macelleria:” THEN the paragraph after it is theirs, quoted or not', () => {
    const quoted = speakersOf('Il derby è finito.', 'Umore alto anche per Giorgio Lievo :', '"I tanti infortuni ci hanno condizionato. Stiamo recuperando".');
    expect(quoted.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([['Giorgio Lievo', [3]]]);
    const plain = speakersOf('I commercianti protestano.', 'Problemi anche per Silvio La Ciappa, titolare della macelleria:', 'Adesso nemmeno i camion possono fermarsi. In sostanza possiamo anche chiudere');
    expect(plain.map((d) => [d.name, d.role, d.quotes.map((q) => q.paragraph)])).toEqual([['Silvio La Ciappa', 'titolare della macelleria', [3]]]);
  });

  it('GIVEN “X ha chiesto …, sottolineando come …” with the surname alone, of a person named in full before THEN that person says it', () => {
    const drafts = speakersOf('I commercianti hanno contattato il consigliere comunale Marco Pignati.', 'Pignati ha chiesto la convocazione della Commissione comunale, sottolineando come la pista ciclabile sia uno strumento utile.');
    expect(speaker(drafts, 'Marco Pignati').quotes.map((q) => [q.paragraph, q.kind])).toEqual([[2, 'reported']]);
  });
});

describe('words joined to those before by “quelle di”', () => {
  it('GIVEN “Alle parole di X si aggiungono quelle del segretario Y Z: “…”, sostiene.” then “– aggiunge –” THEN Y Z says both, not X who spoke before', () => {
    const drafts = speakersOf('"I poliziotti sono chiusi nelle sezioni - precisa Antonio Canni - e il personale è esausto".', 'Alle parole di Canni si aggiungono quelle del segretario generale del Sappe, Donato Capeci: "Quanto accaduto nel carcere evidenzia le tensioni", sostiene.', '"Chiediamo - aggiunge - urgenti provvedimenti".');
    expect(drafts.map((d) => [d.name, [...new Set(d.quotes.map((q) => q.paragraph))]])).toEqual([
      ['Antonio Canni', [1]],
      ['Donato Capeci', [2, 3]],
    ]);
  });
});

describe('fire and volleyball reports: “E’” for “È”, a shared office with its own “e”, “a nome di”, a cleft on the words just quoted', () => {
  it('GIVEN “E’ X, che …, a raccontare cos’è successo.” then a quotation THEN X speaks, and “E’” (the verb) is no part of the name', () => {
    const drafts = speakersOf('Un incendio ha distrutto un appartamento.', "E' Carla, che in quell'appartamento viveva con il marito, a raccontare cos'è successo quella notte.", '«Un grosso incendio ha bruciato tutto - spiega - non ho più nulla».');
    expect(drafts.map((d) => [d.name, [...new Set(d.quotes.map((q) => q.paragraph))]])).toEqual([['Carla', [2, 3]]]);
  });

  it('GIVEN “Gli avvocati A B e C D, difensori del Comune e degli altri Comuni ricorrenti, hanno dichiarato: “…”” THEN both lawyers say it', () => {
    const drafts = speakersOf('Gli avvocati Rosanna Mazzoni e Gaetano Girardi, difensori del Comune di Sapri e degli altri Comuni ricorrenti, hanno dichiarato: “È una decisione di grande valore per il territorio”.');
    expect(drafts.map((d) => d.name).sort()).toEqual(['Gaetano Girardi', 'Rosanna Mazzoni']);
    expect(drafts.every((d) => d.quotes.some((q) => q.text.startsWith('È una decisione')))).toBe(true);
  });

  it('GIVEN “la presidente A B e il vicepresidente C D, a nome di tutto il Direttivo esprimono …” THEN the two speak, not the body they speak for', () => {
    const drafts = speakersOf('«Non pensavamo di ottenere un risultato così importante»: la presidente Katia Valli e il vicepresidente Luca Salvini, a nome di tutto il Direttivo esprimono la loro soddisfazione.');
    expect(drafts.map((d) => d.name).sort()).toEqual(['Katia Valli', 'Luca Salvini']);
  });

  it('GIVEN “…, come specificato sia dal sindaco A B che dal comandante dei Vigili del Fuoco C D, non ci sono …” THEN both report it', () => {
    const drafts = speakersOf('Al momento, come specificato sia dal sindaco Paolo Calzini che dal comandante dei Vigili del Fuoco Piero Fazio, non ci sono elementi che possano far sorgere preoccupazioni.');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => q.kind)])).toEqual([
      ['Paolo Calzini', 'sindaco', ['reported']],
      ['Piero Fazio', 'comandante dei Vigili del Fuoco', ['reported']],
    ]);
  });

  it('GIVEN “… Y”. X Y (Idt): “…”” inside a paragraph THEN X Y says the quotation after the colon, the party’s bracket left out', () => {
    const drafts = speakersOf('“Sono perplesso – ha dichiarato il capogruppo Innocenzo Ramponi – non è un argomento facile”. Roberto Saltuzzo (Idt): “Qualcuno ha tacciato questa mozione come una volgare azione”.');
    expect(drafts.map((d) => d.name)).toEqual(['Innocenzo Ramponi', 'Roberto Saltuzzo']);
    expect(speaker(drafts, 'Roberto Saltuzzo').quotes.map((q) => q.text)).toEqual(['Qualcuno ha tacciato questa mozione come una volgare azione']);
    expect(speaker(drafts, 'Innocenzo Ramponi').quotes.every((q) => !q.text.includes('tacciato'))).toBe(true);
  });

  it('GIVEN “La conferma della chiusura “rappresenta un tradimento” è il commento di X Y, consigliere regionale.” THEN the quotation is X Y’s', () => {
    const drafts = speakersOf('La conferma della chiusura dei punti nascita "rappresenta un ulteriore tradimento delle promesse fatte" è il commento di Alessio Arcangeli, consigliere regionale di FdI.');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => [q.kind, q.text])])).toEqual([['Alessio Arcangeli', 'consigliere regionale di FdI', [['direct', 'rappresenta un ulteriore tradimento delle promesse fatte']]]]);
  });

  it('GIVEN “È generalmente concordato …, e spesso si crede …, che …” after someone spoke THEN the impersonal belief is nobody’s', () => {
    const drafts = speakersOf('Brunetti osserva che "i disobbedienti possono trovare necessario impiegare una coercizione limitata".', "L'indagato può dover decidere se parlare con la polizia. È generalmente concordato all'interno della comunità legale, e spesso si crede all'interno della comunità attivista, che parlare con gli investigatori non può servire a scopi utili.");
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([['Brunetti', [1]]]);
  });

  it('GIVEN a first paragraph opening on a dateline “Fiesco (Cremona) – …” THEN the place says nothing, and the quotations after it are their speakers’', () => {
    const drafts = speakersOf('Borgoleone (Cremona) – Oltre alla ruota, lo scuolabus che porta i bambini ha anche l’autista di scorta. "Abbiamo avuto problemi con il nostro scuolabus – esordisce il consigliere Sergio Bondi – perché è vecchio". "Ci ha dato la sua disponibilità - commenta il sindaco Nicola Favale -. Il consigliere potrà garantire questa copertura".');
    expect(drafts.map((d) => d.name)).toEqual(['Sergio Bondi', 'Nicola Favale']);
    expect(speaker(drafts, 'Nicola Favale').quotes.map((q) => q.text)).toEqual(['Ci ha dato la sua disponibilità', 'Il consigliere potrà garantire questa copertura']);
  });

  it('GIVEN “Presente anche X Y, la giovane autista che prenderà il posto di Z: «…»” THEN X Y says it, a “giovane autista”', () => {
    const drafts = speakersOf('Alla festa c’erano tutti i colleghi di Dario Azzi.', 'Presente anche Sara Sandri, la giovane autista che prenderà il posto di Azzi: «Un passaggio di testimone pieno di responsabilità».');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => q.paragraph)])).toEqual([['Sara Sandri', 'giovane autista', [2]]]);
  });

  it('GIVEN “Per l’assessore alla Sanità dell’Emilia-Romagna, X Y, si tratta di “…”” THEN X Y says it, with the whole office', () => {
    const drafts = speakersOf("Per l'assessore alla Sanità dell'Emilia-Romagna, Raffaele Donati, si tratta di \"un passo significativo per il policlinico\".");
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => q.text)])).toEqual([['Raffaele Donati', "assessore alla Sanità dell'Emilia-Romagna", ['un passo significativo per il policlinico']]]);
  });

  it('GIVEN a quotation then “È con queste parole, pronunciate sul palco dalla presidente X Y, che si è aperta la serata.” THEN the quotation is X Y’s', () => {
    const drafts = speakersOf('“Abbiate pazienza, presto potrete tornare al palazzetto. Vogliamo portare dei sorrisi”.', 'È con queste parole, pronunciate sul palco dalla presidente Elena Curzi, che si è aperta la presentazione ufficiale della squadra.');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => q.paragraph)])).toEqual([['Elena Curzi', 'presidente', [1]]]);
  });
});

describe('turtle, landslide and canteen reports: an interview addressing its subject by surname, “ha premesso”, an insert’s speaker going on, “si conferma”', () => {
  it('GIVEN an interview whose questions address the lead’s person by surname, “Bellini, …? “…””, THEN the answers are theirs', () => {
    const drafts = speakersOf(
      'A Mario Bellini il premio “Onda Blu” per la difesa del mare.',
      'Mario Bellini, classe 1950, giornalista, presiede la Fondazione Delfini.',
      'Bellini, in trent’anni la fondazione ha fatto passi da gigante? “Siamo nati a Rimini nel 1990 e pian piano siamo cresciuti”.',
      'Quanti esemplari avete curato? “In questi anni ne abbiamo curati 500”.',
    );
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([['Mario Bellini', [3, 4]]]);
  });

  it('GIVEN “«…» - ha premesso il sindaco X Y - «…»” THEN the mayor says it', () => {
    const drafts = speakersOf('«Abbiamo ricevuto la petizione - ha premesso il sindaco Luca Verdi - adesso aspettiamo l’esito della gara».');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => q.text)])).toEqual([['Luca Verdi', 'sindaco', ['Abbiamo ricevuto la petizione', 'adesso aspettiamo l’esito della gara']]]);
  });

  it('GIVEN “…, spiegano, …: “… – racconta X Y – …”. Un territorio fragile “…”.” THEN the quotation after goes on with X Y, not with who spoke before', () => {
    const drafts = speakersOf(
      'Al sopralluogo anche il consigliere Marco Neri e il presidente del municipio Paolo Bassi che hanno spiegato come l’obiettivo sia mettere la frana in sicurezza.',
      'Non solo isolati, spiegano, ma la via è lunga: “Ci vogliono 40 minuti in più – racconta Gino Rosati – per scendere a valle”. Un territorio fragile “con un dissesto importante, e chi ne paga le conseguenze sono i cittadini”.',
    );
    expect(speaker(drafts, 'Gino Rosati').quotes.map((q) => q.text)).toContain('con un dissesto importante, e chi ne paga le conseguenze sono i cittadini');
    expect(drafts.filter((d) => d.name !== 'Gino Rosati').every((d) => d.quotes.every((q) => !q.text.includes('dissesto')))).toBe(true);
  });

  it('GIVEN two councillors, then “… il versante di Costa Venturina, un’opera …. Per i due consiglieri, “…”” THEN the place (“versante di”) names nobody and the quotation is both councillors’', () => {
    const drafts = speakersOf(
      'I consiglieri Tommaso Fiorini (Lega) e Priamo Boschi (FdI) hanno depositato un’interrogazione alla Giunta.',
      '“Non si tratta di un problema nuovo – spiegano Fiorini e Boschi –. Le frazioni vivono nell’angoscia”.',
      'Al centro dell’interrogazione c’è il consolidamento del versante di Costa Venturina, un’opera da oltre un milione di euro. Per i due consiglieri, “i cittadini non possono più sentirsi rispondere solo con promesse”.',
    );
    expect(drafts.map((d) => [d.name, [...new Set(d.quotes.map((q) => q.paragraph))]])).toEqual([
      ['Tommaso Fiorini', [2, 3]],
      ['Priamo Boschi', [2, 3]],
    ]);
  });

  it('GIVEN “il sindaco del comune di Bari Antonio Decari ha detto …”, “del comune di Vetto, Anna Ruffo,” THEN a run longer than the place goes on with the person', () => {
    const drafts = speakersOf('Il sindaco del comune di Bari Antonio Decari ha detto che la strada riapre.', 'La sindaca del comune di Vetto, Anna Ruffo, ha spiegato che la strada è chiusa.');
    expect(drafts.map((d) => [d.name, d.role])).toEqual([
      ['Antonio Decari', 'sindaco del comune di Bari'],
      ['Anna Ruffo', 'sindaca del comune di Vetto'],
    ]);
  });

  it('GIVEN “– ha asserito il sindaco X Y –” THEN the mayor says it', () => {
    const drafts = speakersOf('«Occorre impegnarsi - ha asserito il sindaco Pasquale Chiesa - per creare impianti pubblici».');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.text)])).toEqual([['Pasquale Chiesa', ['Occorre impegnarsi', 'per creare impianti pubblici']]]);
  });

  it('GIVEN “X, che si conferma eccellenza internazionale” THEN nobody speaks: reflexive, the verb says nothing; “X conferma che …” still reports', () => {
    expect(speakersOf('Il nuovo centro promosso dalla Fondazione Mare Vivo, che si conferma eccellenza internazionale, apre domani.')).toEqual([]);
    expect(speakersOf('Il sindaco Mario Rossetti conferma che la strada resterà chiusa.').map((d) => d.name)).toEqual(['Mario Rossetti']);
  });
});

describe('scooter, summer-camp and cemetery reports: an interview under a dateline alone, a bracket’s inserted verb, “si augura”, a list’s name', () => {
  it('GIVEN a dateline alone (“VERONA”), a lead naming a victim and “X, comandante …: … Cosa serve?”, then answers each a paragraph THEN the answers are the one with the office', () => {
    const drafts = speakersOf(
      'VERONA',
      'Samuele Bregoli aveva solo 15 anni: è l’ultimo morto in monopattino. Luigi Altieri, comandante della polizia locale di Verona: da tempo è attesa una stretta su questi mezzi. Cosa serve?',
      '"Prima di tutto targa e assicurazione. Se ne è parlato in tante occasioni".',
      'Il ministero doveva relazionare sull’assicurazione. A che punto siamo?',
      '"Di questa relazione si è persa traccia. Attendiamo le novità".',
    );
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([['Luigi Altieri', [3, 5]]]);
  });

  it('GIVEN “… trascorso «tutti insieme» («come un unico corpo», ha fatto notare il vescovo X), condotto da …” THEN the bishop says only what the bracket holds', () => {
    const drafts = speakersOf('Canti e balli hanno contraddistinto il pomeriggio trascorso «tutti insieme appassionatamente» («come un unico corpo», ha fatto notare il vescovo Enrico Solari), condotto da Alessandro Romagnoli.');
    expect(drafts.map((d) => [d.name, d.role, d.quotes.map((q) => [q.kind, q.text])])).toEqual([['Enrico Solari', 'vescovo', [['direct', 'come un unico corpo']]]]);
  });

  it('GIVEN “Il primo cittadino X si augura che …:” closing a paragraph, then a paragraph in the first person THEN it is the mayor’s', () => {
    const drafts = speakersOf('Il primo cittadino Giorgio Abbondanti si augura che il responsabile venga presto individuato:', 'Le immagini del nostro concittadino travolto ci colpiscono e sconcertano. Non c’è più tempo da perdere su questo fronte.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.paragraph)])).toEqual([['Giorgio Abbondanti', [2]]]);
  });

  it('GIVEN “critiche da parte di X, … candidato con la lista Silvia Sales sindaca: “…”” THEN the list’s name is nobody who speaks', () => {
    const drafts = speakersOf('La decisione ha suscitato critiche da parte di Filippo Bruzzi, consigliere comunale uscente e candidato con la lista Silvia Sales sindaca: “Il Comune ha scelto di esternalizzare la gestione”.');
    expect(drafts.some((d) => d.name.includes('Sales'))).toBe(false);
  });
});

describe('parking and summer-camp reports: a verbless sentence closing on a name before the colon, “sentenziava”, “come anticipato dall’assessore …”', () => {
  it('GIVEN someone in focus, then “Soddisfatto il direttore di X Y Z: «…», spiega.” THEN the director says it, not the one in focus', () => {
    const drafts = speakersOf('L’assessore Paolo Gambi ha spiegato la novità della sosta.', 'Soddisfatto il direttore di Confcommercio Luca Dal Pozzo: «La richiesta veniva in primis per piazza Piloni, che spesso rimane occupata», spiega.');
    expect(speaker(drafts, 'Luca Dal Pozzo').quotes.map((q) => q.paragraph)).toEqual([2]);
    expect(speaker(drafts, 'Paolo Gambi').quotes.map((q) => q.paragraph)).toEqual([1]);
  });

  it('GIVEN “È quanto afferma X Y Direttore Centrale Protezione Aziendale …” then “dice ancora Y” THEN the name stops before the office capitalised out of deference, and the surname is the same person', () => {
    const drafts = speakersOf('“Queste azioni producono poca attenzione mediatica”. È quanto afferma Franco Fiorillo Direttore Centrale Protezione Aziendale delle Ferrovie.', '“Nessuno si sente veramente vittima”, dice ancora Fiorillo.');
    expect(drafts.map((d) => [d.name, [...new Set(d.quotes.map((q) => q.paragraph))]])).toEqual([['Franco Fiorillo', [1, 2]]]);
  });

  it('GIVEN “«…», sentenziava X annunciando …” THEN X says it', () => {
    const drafts = speakersOf('«No parking, no business», sentenziava Pippo Costa annunciando la chiusura del negozio.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.text)])).toEqual([['Pippo Costa', ['No parking, no business']]]);
  });

  it('GIVEN “Come anticipato dall’assessore … X Y (Lega), il servizio …” (the elided “dall’”) THEN the councillor reports it', () => {
    const drafts = speakersOf('Come anticipato dall’assessore comunale alle Politiche dell’Istruzione Francesca Corsi (Lega), il servizio sarà gestito da cooperative esterne.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.kind)])).toEqual([['Francesca Corsi', ['reported']]]);
  });
});

describe('commuter and supermarket reports: “rispettivamente” after two names, “Critiche sono piovute da X”, “ha twittato”', () => {
  it('GIVEN ““…” – denunciano A B e C D, rispettivamente vice segretaria e segretario della UILTuCS Valle d’Aosta” THEN both say it, with no office of the two given to one', () => {
    const drafts = speakersOf('“Le risposte di Carrefour sono state evasive” – denunciano Laura Martelli e Raffaele Stasi, rispettivamente vice segretaria e segretario della UILTuCS Valle d’Aosta.');
    expect(drafts.map((d) => [d.name, d.role ?? ''])).toEqual([
      ['Laura Martelli', ''],
      ['Raffaele Stasi', ''],
    ]);
  });

  it('GIVEN someone in focus, then “Critiche sono piovute da X, …” and “«…», ha reso noto, «…»” THEN the critic reports it and says the quotation after', () => {
    const drafts = speakersOf('Il sindaco Gianfranco Lavezzi ha aperto la serata.', 'Critiche sono piovute da Francesco Nanni, che del Comitato è il rappresentante ufficiale, anche sui bus sostitutivi.', '“In media sono stati utilizzati da 4-5 persone”, ha reso noto, “uno spreco per mezzi così grandi”.');
    expect(speaker(drafts, 'Francesco Nanni').quotes.map((q) => [q.paragraph, q.kind])).toEqual([
      [2, 'reported'],
      [3, 'direct'],
      [3, 'direct'],
    ]);
    expect(drafts.map((d) => d.name)).toEqual(['Francesco Nanni']);
  });

  it('GIVEN “«…», ha twittato X a @giornale” THEN X says it', () => {
    const drafts = speakersOf('«Test non probante oggi, spero ci riprovino a ottobre», ha twittato Riccardo Corsini a @ilcittadino.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.text)])).toEqual([['Riccardo Corsini', ['Test non probante oggi, spero ci riprovino a ottobre']]]);
  });
});

describe('night-life, mosquito and emergency-room reports: a party’s seat before the name, an adjunct after “A comunicarlo”, a statement announced and never closed', () => {
  it('GIVEN ““…”. Così commenta la vicecapogruppo Pd in Regione A B” THEN A B says it, the party and its seat her office', () => {
    const drafts = speakersOf('“Il personale è allo stremo e servono assunzioni”. Così commenta la vicecapogruppo Pd in Regione Carla Menotti che ha presentato un’interrogazione.');
    expect(drafts.map((d) => [d.name, d.role ?? '', d.quotes.map((q) => q.kind)])).toEqual([['Carla Menotti', 'vicecapogruppo Pd in Regione', ['direct']]]);
  });

  it('GIVEN “A comunicarlo, attraverso il proprio profilo Facebook, il sindaco X.” THEN X reports the paragraph before, not the social network', () => {
    const drafts = speakersOf('Disinfestazione straordinaria questa sera in tutto il territorio comunale.', 'A comunicarlo, attraverso il proprio profilo Facebook, il primo cittadino Osvaldo Ranieri.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => [q.paragraph, q.kind])])).toEqual([['Osvaldo Ranieri', [[1, 'reported']]]]);
  });

  it('GIVEN “Di seguito, il comunicato del sindaco X:” then a statement that opens its mark and runs to the end unclosed THEN every paragraph of it is X’s', () => {
    const drafts = speakersOf(
      'Disinfestazione questa sera, annuncia il primo cittadino Osvaldo Ranieri.',
      'Di seguito, il comunicato del sindaco Ranieri:',
      '“Cari concittadini, ieri ho inviato una nota ufficiale all’Asl.',
      'Ci siamo mossi subito, con la serietà che la situazione richiede.',
      'Questa sera sarà effettuata una disinfestazione su tutto il territorio.',
    );
    expect(speaker(drafts, 'Osvaldo Ranieri').quotes.filter((q) => q.kind === 'direct').map((q) => q.paragraph)).toEqual([3, 4, 5]);
  });

  it('GIVEN a quotation opened and never closed after a paragraph that does not announce it THEN the paragraphs after it stay the writer’s', () => {
    const drafts = speakersOf(
      'Le presenze sono stabili rispetto all’anno scorso.',
      '“Stiamo vivendo un’estate che non finisce mai – dichiara il sindaco Ugo Fantin -. La città lavora anche a novembre.',
      'Piena sintonia è stata espressa dall’assessore al turismo.',
    );
    expect(speaker(drafts, 'Ugo Fantin').quotes.map((q) => q.paragraph)).not.toContain(3);
  });

  it('GIVEN “L’assessore X rispondendo a Y ha spiegato che …” THEN X reports it, not the one answered', () => {
    const drafts = speakersOf('L’assessore di competenza Bruno Zanella rispondendo a Mario Ferrini ha spiegato che la provincia non verserà più alcun indennizzo.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => q.kind)])).toEqual([['Bruno Zanella', ['reported']]]);
  });

  it('GIVEN “…, lo ha detto in conferenza stampa il premier X” THEN X reports it', () => {
    const drafts = speakersOf('I sindaci potranno chiudere piazze e vie dopo le 21, lo ha detto in conferenza stampa il premier Giulio Ferrante.');
    expect(drafts.map((d) => [d.name, d.role ?? '', d.quotes.map((q) => q.kind)])).toEqual([['Giulio Ferrante', 'premier', ['reported']]]);
  });

  it('GIVEN a weekly’s article named by one word, “in un articolo di X “…”” with X never named in full THEN X is no speaker', () => {
    const drafts = speakersOf('Lo scienziato descrisse i segnali in un articolo settimanale di Harper del 9 febbraio 1901 “Parlare con i pianeti”, dove disse di aver udito “segnali controllati in modo intelligente”.');
    expect(drafts.map((d) => d.name)).not.toContain('Harper');
  });
});

describe('school, wind-farm and workplace reports: a common word opening a sentence, an office with no article after a name, an adverb before a participle', () => {
  it('GIVEN “Situazione critica anche per i bidelli: …” with “Situazione” nowhere else THEN nobody speaks', () => {
    const drafts = speakersOf('Situazione critica anche per i bidelli e i collaboratori scolastici: mancano circa duecento persone.');
    expect(drafts.map((d) => d.name)).toEqual([]);
  });

  it('GIVEN a heading “## LA REPLICA DI X” and a quotation under it THEN X, a word that is also a common one, keeps the words', () => {
    const drafts = extractSpeakers(parseArticle(`---\ntitle: 'La sentenza'\nlang: it\n---\n\nLa federazione ha perso il ricorso.\n\n## LA REPLICA DI BARELLI\n\n"Noi siamo molto sereni, ma dispiaciuti per una vicenda che nasce da una denuncia".\n`, 'prova.md'));
    expect(drafts.map((d) => d.name)).toContain('Barelli');
  });

  it('GIVEN “Il giorno dopo, X Y, segretario generale Cgil Roma aveva lanciato un appello: “…”” THEN X Y says it, the union in the office', () => {
    const drafts = speakersOf('Martedì dopo la tragedia del cantiere, Aldo Ferretti, segretario generale Cgil Roma aveva lanciato un appello: “Il mondo del lavoro risponderà”.');
    expect(drafts.map((d) => [d.name, d.role ?? ''])).toEqual([['Aldo Ferretti', 'segretario generale Cgil Roma']]);
    expect(speaker(drafts, 'Aldo Ferretti').quotes.filter((q) => q.kind === 'direct').map((q) => q.text)).toEqual(['Il mondo del lavoro risponderà']);
  });

  it('GIVEN “Il sindaco di P, X Y, appena rientrato da Roma, ha dichiarato …” THEN X Y reports it', () => {
    const drafts = speakersOf('Il sindaco di Valdora, Aldo Bruni, appena rientrato da Roma, ha dichiarato di sentirsi “ottimista” sullo stop all’opera.');
    expect(drafts.map((d) => [d.name, d.role ?? ''])).toEqual([['Aldo Bruni', 'sindaco di Valdora']]);
  });
});

describe('tourism and island reports: “anticipa” after a quotation, an office capitalised with its body after a full name, a verbless sentence bringing someone into focus', () => {
  it('GIVEN ““…”, anticipa X, turista francese.” THEN X says it; “la Regione anticipa i rimborsi” says nothing', () => {
    const drafts = speakersOf('Quando torna l’alta stagione, però, “per chi ha già prenotato rischia di essere complicato”, anticipa Dominique Gilbert, turista francese.', 'La Regione anticipa i rimborsi agli allevatori colpiti.');
    expect(drafts.map((d) => [d.name, d.quotes.map((q) => [q.paragraph, q.kind])])).toEqual([['Dominique Gilbert', [[1, 'reported'], [1, 'direct']]]]);
  });

  it('GIVEN “…, mentre X Y, Presidente ANCI, ha auspicato …” THEN X Y reports it, with the office', () => {
    const drafts = speakersOf('Il sindaco di Valdora ha chiesto più traghetti, mentre Aldo Ferretti, Presidente ANCI, ha auspicato una proposta nazionale.');
    expect(speaker(drafts, 'Aldo Ferretti').role).toBe('Presidente ANCI');
    expect(drafts.map((d) => d.name)).not.toContain('ANCI');
  });

  it('GIVEN a statement of X, then “Soddisfatto anche Y, sindaco di P.” and ““… – dice – …”” THEN the words are Y’s', () => {
    const drafts = speakersOf('«Siamo pronti a partire», ha detto il sindaco di Procida Carlo Neri.', 'Soddisfatto anche Aldo Bruni, sindaco di Valdora. “Finalmente si comincia – dice – e la applicheremo appena potremo”.');
    expect(speaker(drafts, 'Aldo Bruni').quotes.map((q) => q.paragraph)).toEqual([2, 2]);
    expect(speaker(drafts, 'Carlo Neri').quotes.map((q) => q.paragraph)).toEqual([1]);
  });
});
