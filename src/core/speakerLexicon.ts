/**
 * The Italian words speaker attribution relies on: reporting verbs and constructions ("afferma che",
 * "si rifiuta di dire", "è ottimista che"), role nouns that make an apposition a person's role
 * ("un investitore presso …"), nouns of documents that can speak for themselves ("la memo"), pronouns and
 * the small words that may stand between a subject and its verb.
 */
import { foldAccents } from './analysis.js';
import { cased } from './casedPattern.js';

/** A reporting verb or construction. */
export interface ReportingVerb {
  /** Regular expression source matching the form (case-insensitive, Unicode). */
  readonly source: string;
  /** Plural forms never take a singular speaker carried over from earlier sentences. */
  readonly plural: boolean;
  /** Gerunds take the subject of their main clause. */
  readonly gerund: boolean;
  /** Speech verbs put their subject after them ("…, dice Lambert"); for the others a name after is the object ("paragona Meta"). */
  readonly inverts: boolean;
  /** A stance taken rather than words said ("ha criticato", "si unisce alla proposta"): the verb itself is the statement. */
  readonly stance?: boolean;
  /** A verb of saying only next to a quotation ("“…”, ha ripetuto X", "ha ironizzato: “…”") or inserted in one;
   * elsewhere it is no speech ("la rete ha ripetuto gli episodi"). */
  readonly afterQuoteOnly?: boolean;
}

const NON_INVERTING = /^(?:non )?(?:si \(\?:è\|era\) |si congratul|si compliment|si sono |paragon|confront|cit|consider|ricord|specific|rispond|ha rispost|parl|ha parlat|aveva parlat|è |si rifiut|si è rifiut|si aspett|si chied|si domand|prevede|ha previst|fornisc|forniv|fornir|fornì|ha fornit|aveva fornit|rilasci|ha rilasciat)/;

const AP = `['’]`;
// Taking the chance to say something: "ha colto l’occasione per", "coglie l’occasione per" (before a verb of saying or joking).
const TAKING_THE_CHANCE = [`ha colto l${AP} ?occasione per`, `coglie l${AP} ?occasione per`];
// What is launched when a warning or an appeal is made public, with a word between: "l’allarme", "un forte appello".
const APPEAL = `(?:l${AP} ?|(?:un|il) (?:[a-zàèéìòù]+ )?)(?:allarme|appello)`;

/**
 * What may follow "ha parlato" when nothing is said: how long, where, when ("a lungo", "in piedi nel Salone", "dopo la
 * vittoria", "al termine della gara", "nel post-partita"). The verb is then no statement; the person takes the floor
 * (`FLOOR_GIVERS`).
 */
const SPOKE_WITH_NOTHING_SAID = `(?:a lungo|per|in piedi|dopo|prima|durante|al termine|a margine|dal|dalla|dallo|dai|dagli|dalle|dall${AP}|nel|nella|nello|nei|negli|nelle|nell${AP})(?![\\p{L}])`;
// After "ritenere": not "di" and a verb of doing ("ha ritenuto di dare seguito"), which deems something fit to do.
const NOT_DEEMING = `(?!\\s+di\\s+(?!(?:essere|esser|avere|aver|potere|poter|dovere|dover)\\s))`;
// The preposition of a passive's agent, also elided: "dal sindaco", "dall’assessore".
const AGENT = String.raw`(?:(?:da|dal|dalla|dallo|dai|dagli|dalle)\s+|dall['’]\s*)`;
// Before a verb that, reflexive, says nothing ("si conferma", proves itself).
const NOT_REFLEXIVE = `(?<!(?:^|[^\\p{L}])si )`;
const singular = [
  // dire, affermare, sostenere, …: present, imperfect, simple past, present perfect
  'dice', 'diceva', 'disse', 'ha detto', 'aveva detto',
  'afferma', 'affermava', 'affermò', 'ha affermato', 'aveva affermato',
  'sostiene', 'sosteneva', 'sostenne', 'ha sostenuto',
  // (not deeming it fit to do something: "non ha ritenuto di dare seguito" is no opinion stated; "riteneva di essere
  // l’ultimo" is one)
  `ritiene${NOT_DEEMING}`, `riteneva${NOT_DEEMING}`, `ha ritenuto${NOT_DEEMING}`,
  'crede', 'credeva', 'ha creduto',
  'pensa', 'pensava',
  'spiega', 'spiegava', 'spiegò', 'ha spiegato',
  'aggiunge', 'aggiungeva', 'aggiunse', 'ha aggiunto',
  'dichiara', 'dichiarava', 'dichiarò', 'ha dichiarato',
  'sottolinea', 'sottolineava', 'ha sottolineato',
  'racconta', 'raccontava', 'ha raccontato',
  'osserva che', 'ha osservato che', 'nota che', 'ha notato che',
  'commenta', 'ha commentato',
  'precisa', 'ha precisato',
  // (not "premette" alone: also the simple past of "premere", "premette il pulsante")
  'premette che', 'ha premesso', 'aveva premesso',
  'asserisce', 'ha asserito', 'aveva asserito',
  'ammette', 'ha ammesso',
  'avverte', 'ha avvertito',
  'scrive', 'scriveva', 'ha scritto',
  'paragona', 'paragonava', 'ha paragonato',
  'confronta', 'ha confrontato',
  'cita', 'citava', 'ha citato', 'menziona', 'ha menzionato',
  'ricorda', 'ha ricordato',
  'suggerisce', 'ha suggerito',
  'insiste', 'ha insistito',
  // (not reflexive: "il Centro, che si conferma eccellenza internazionale", proves itself so, says nothing)
  `${NOT_REFLEXIVE}conferma`, 'ha confermato', `${NOT_REFLEXIVE}riconferma`, 'ha riconfermato',
  'ribadisce', 'ha ribadito',
  'considera', 'considerava',
  'specifica', 'ha specificato',
  'teme', 'temeva',
  'spera', 'sperava',
  'prevede che', 'ha previsto che',
  'si aspetta', 'si aspettava',
  'si chiede', 'si domanda',
  'ha risposto', 'risponde', 'rispondeva',
  'esprime', 'ha espresso', 'evidenzia', 'ha evidenziato', 'rimarca', 'ha rimarcato', 'rileva', 'ha rilevato',
  'annuncia', 'ha annunciato', 'replica', 'ha replicato', 'obietta', 'ha obiettato',
  // presenting in words, dwelling on a subject: "l’assessore X ha illustrato le iniziative", "si è soffermato sui programmi"
  'illustra', 'illustrava', 'illustrò', 'ha illustrato', 'aveva illustrato',
  'si sofferma', 'si soffermava', 'si soffermò', 'si è soffermat[oa]',
  // speaking out: "Il patron di Rcs si è così espresso: “…”"
  'si esprime', 'si è (?:(?:così|poi|anche|quindi|infine|invece) )?espress[oa]',
  // the simple past of encyclopaedic and historical prose ("Morgan rispose …, affermando: «…»")
  'rispose', 'scrisse', 'ricordò', 'sottolineò', 'commentò', 'precisò', 'replicò', 'annunciò', 'confermò', 'ribadì',
  'raccontò', 'ammise', 'osservò',
  // clarifying, reporting, making known, bearing witness (the verbs of saying `SPEECH_PRESENT` and `SPEECH_PARTICIPLE`
  // read after "come")
  'chiarisce', 'ha chiarito', 'riferisce', 'ha riferito', 'comunica', 'ha comunicato', 'testimonia', 'ha testimoniato',
  // assuring that ("assicura" alone is also "secures", and is read only next to a quotation)
  'assicura che', 'ha assicurato che',
  // thanking in public: "Il presidente X e il suo vice Y hanno ringraziato l’Amministrazione per …"
  'ringrazia', 'ha ringraziato',
  // calling something something: "ha definito il percorso come «virtuoso, seppur faticoso»" (not "ha definito
  // l’accordo", settled it)
  // (the object's words as any run of letters: no Unicode property class, which V8 builds afresh on each compile)
  'definisce (?:[^\\s.,;:!?«»“”"]+ ){1,4}come', 'ha definito (?:[^\\s.,;:!?«»“”"]+ ){1,4}come',
  // (or with the thing called taken up by a pronoun before the verb: "Quello dei prezzi Orsini lo ha definito il
  // problema per eccellenza", "l’ha definita una vergogna")
  `(?:lo|la|li|le) definisce`, `(?:lo|la|li|le) (?:ha|aveva) definit[oaie]`, `l${AP} ?(?:ha|aveva) definit[oa]`,
  // wanting or being keen to say: "X, che ha voluto precisare che …", "ha tenuto a sottolineare", "vuole ricordare"
  // (and taking the chance to: "Paolo X ha colto l’occasione per scherzare: «…»", "coglie l’occasione per ricordare")
  ...['ha (?:voluto|tenuto a)', '(?:vuole|(?:ci )?tiene a)', ...TAKING_THE_CHANCE].map((m) => `${m} (?:precisare|sottolineare|ricordare|ribadire|dire|spiegare|evidenziare|rimarcare|chiarire|aggiungere|rassicurare|ringraziare)`),
  // promising, a thing said: "Borini, che ha promesso di arrivare in doppia cifra “come minimo”"
  'promette di', 'promette che', 'ha promesso di', 'ha promesso che',
  // saying, in the progressive: "“…” stava dichiarando alle telecamere Orlando prima di essere interrotto"
  '(?:sta|stava) (?:dicendo|dichiarando|spiegando|raccontando|commentando|rispondendo)',
  // wondering aloud, in the perfect: "Rossi si è quindi domandato se fosse possibile «…»"
  'si (?:è|era)(?: (?:quindi|poi|anche|allora|infine|invece|però|dunque))? (?:chiest|domandat)[oa]',
  // what an office or a company makes known: "“…”, fa sapere la Prefettura", "ha reso noto il Comune"
  'fa sapere', 'ha fatto sapere', 'aveva fatto sapere', 'rende noto', 'ha reso noto',
  // pointing out: "l’assessore Santi ha fatto presente che il tema è del suo assessorato"
  'fa presente che', 'ha fatto presente che', 'aveva fatto presente che',
  'fa notare che', 'ha fatto notare che', 'aveva fatto notare che',
  // wishing aloud: "Il sindaco X si augura che il responsabile venga presto individuato"
  'si augura che', 'si augura di', `si (?:è|era) augurat[oa] che`,
  'denuncia', 'ha denunciato', 'incalza', 'manda a dire', 'osserva', 'ha osservato',
  'chiede di', 'ha chiesto di',
  // urging and recommending: "il ministro ha esortato ad affrontare gli esami con entusiasmo" (an inserted ", ha
  // esortato," is left to the verbs that insert)
  'esorta a', 'esorta ad', 'ha esortato a', 'ha esortato ad', 'raccomanda', 'ha raccomandato', 'sollecita', 'ha sollecitato',
  // and inviting to do something: "Il sindaco invita a prestare la massima attenzione" (not "invita a cena", "ha
  // invitato a Roma")
  ...['invita', 'ha invitato'].map((v) => `${v} (?:a|ad) [a-zàèéìòù]+(?:are|ere|ire)(?![a-zàèéìòù])`),
  // (or the ones invited, then their words: "ha invitato i cittadini “alla calma, a rimanere nei luoghi aperti”")
  ...['invita', 'ha invitato'].map((v) => `${v} (?:(?:i|gli|le|tutti|tutte) )?[a-zàèéìòù]+(?= [“«"])`),
  // apologising: "Rossi aveva chiesto scusa alla famiglia «per il dolore arrecato»"
  'chiede scusa', 'ha chiesto scusa', 'aveva chiesto scusa', 'si scusa', 'si è scusato', 'si è scusata',
  // what a prosecutor or a lawyer asks the court for, said in the courtroom: "il pm ha chiesto la condanna a 8 anni",
  // "l’avvocato chiede l’assoluzione", "il pm chiede la convalida del fermo"
  ...['chiede', 'ha chiesto', 'aveva chiesto'].map((v) => `${v} (?:la |l${AP} ?|il )(?:condanna|assoluzione|convalida|archiviazione|scarcerazione|custodia cautelare|rinvio a giudizio|proscioglimento|ergastolo|pena di)`),
  // "ha chiesto a Salvini di “non fare polemiche”": the one asked named between
  ...['chiede', 'ha chiesto', 'aveva chiesto'].map((v) => `${v} (?:a|ad|al|alla|allo|ai|agli|alle|all${AP}) ?(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}di`),
  `pone l${AP}accento`, `ha posto l${AP}accento`, 'riconosce', 'ha riconosciuto',
  // regretting in public: "In un comunicato Enav si rammarica per i disagi"
  'si rammarica', `si (?:è|era) rammaricat[oa]`,
  // raising the alarm, launching an appeal: "Legambiente ha lanciato l’allarme: cinque città …"
  `lancia ${APPEAL}`, `ha lanciato ${APPEAL}`,
  `si rifiuta di (?:dire|commentare|rispondere|rivelare|spiegare|specificare|precisare)`,
  `si è rifiutat[oa] di (?:dire|commentare|rispondere|rivelare|spiegare|specificare|precisare)`,
  // "parla di", also with a sentence adverb between ("Prometeia parla tuttavia di “scricchiolii”")
  // (not "X ha parlato a lungo", "ha parlato in piedi nel Salone …", "ha parlato dopo la vittoria", "ha parlato al
  // termine della gara": speaking, with where, how long or when, and nothing said; "X non ha parlato nel post-partita"
  // is a refusal to speak, kept)
  `(?:ha|aveva) parlato(?:(?<=non (?:ha|aveva) parlato)|(?! ${SPOKE_WITH_NOTHING_SAID}))`, `parla (?:(?:tuttavia|invece|anche|inoltre|poi|quindi|dunque|infatti|però|ancora|apertamente|esplicitamente) )?(?:di|del|della|dello|dei|degli|delle|dell${AP}|con)`, `parlava`,
  `è (?:ottimista|pessimista|stupit[oa]|sorpres[oa]|convint[oa]|scettic[oa]|fiducios[oa]|preoccupat[oa]|entusiast[ao]|sicur[oa]) (?:che|di|del|della|dello|dei|degli|delle|dell${AP}|dal|dalla|dallo|dai|dagli|dalle|dall${AP}|per|su|sul|sulla|sullo|sui|sugli|sulle|sull${AP})`,
  `è d${AP}accordo`, `non è d${AP}accordo`,
  // speaking plainly: "Malagò è stato chiaro sulle prospettive dell’Italia", "la sindaca è stata netta" (not the
  // impersonal "è stato chiaro che …")
  `è stat[oa] (?:molto |particolarmente |altrettanto )?(?:chiar[oa]|nett[oa]|categoric[oa]|esplicit[oa])(?! che)`,
  // "si è detto fiducioso", "si è detta “preoccupata per …”": a stance declared (not the impersonal "si è detto che")
  // (also "si è invece detto all’oscuro", "si è poi dichiarato soddisfatto")
  `si (?:è|era) (?:(?:invece|poi|anche|quindi|però|inoltre|subito|già) )?(?:dett|dichiarat)[oa](?! che)`,
  // giving (or withholding) details is a statement about the subject's position: "l’azienda non fornirà ulteriori dettagli"
  `(?:fornisce|forniva|fornirà|fornì|ha fornito|aveva fornito|rilascia|ha rilasciato) (?:altri |ulteriori |maggiori |nuovi )?(?:dettagli|informazioni|particolari|chiarimenti|spiegazioni|commenti)`,
  // and giving the figures: "il vicesindaco X ha fornito i numeri delle attività della polizia locale"
  `(?:fornisce|forniva|fornirà|fornì|ha fornito|aveva fornito) (?:i |gli |alcuni |dei |degli |nuovi |ultimi |primi )?(?:numeri|dati|cifre)`,
  // "ha speso parole d’orgoglio per …: “…”", "spende belle parole per …"
  `spende (?:\\p{Ll}+ )?parole`, `(?:ha|aveva) speso (?:\\p{Ll}+ )?parole`,
  // congratulating and complimenting someone, aloud: "Il Generale X si congratula con il Comando di Vicenza"
  'si congratula con', 'si (?:è|era) congratulat[oa] con', 'si complimenta con', 'si (?:è|era) complimentat[oa] con',
  // "ha rilasciato alcune dichiarazioni ai microfoni della stampa: “…”"
  `(?:rilascia|ha rilasciato|aveva rilasciato) (?:alcune |delle |brevi |poche |queste |le seguenti )?dichiarazioni`,
];
/**
 * Verbs that are not verbs of saying but report a stance the subject took in public (criticising, proposing,
 * joining a proposal): "X ha criticato la giunta", "X si unisce alla proposta di Y". Their object follows them, so
 * a name after one is never its subject.
 */
const stance = [
  'critica', 'criticava', 'ha criticato', 'contesta', 'ha contestato', 'propone', 'ha proposto', 'auspica', 'ha auspicato',
  'invoca', 'ha invocato', 'lamenta', 'ha lamentato', 'accusa', 'ha accusato', 'plaude', 'ha plaudito', 'respinge', 'ha respinto',
  // pointing the finger: "la consigliera X, che ha puntato il dito contro la sospensione dei lavori: “…”"
  'punta il dito', 'ha puntato il dito', 'aveva puntato il dito',
  `(?:si unisce|si è unit[oa]|si associa|si è associat[oa]) (?:alla|al|all${AP}|ai|agli|alle) (?:proposta|richiesta|richieste|appello|posizione|critica|critiche|protesta|coro|parole)`,
  `concorda con`, `ha concordato con`,
  // "Pilagatti fa eco alle parole del procuratore": echoing what another said
  `fa eco`, `(?:ha|aveva) fatto eco`,
];
const plural = [
  'dicono', 'dicevano', 'dissero', 'hanno detto', 'affermano', 'affermavano', 'hanno affermato', 'sostengono',
  'sostenevano', 'hanno sostenuto', `ritengono${NOT_DEEMING}`, 'credono', 'pensano', 'spiegano', 'hanno spiegato', 'aggiungono',
  'dichiarano', 'hanno dichiarato', 'sottolineano', 'raccontano', 'temono', 'sperano', 'si aspettano',
  'hanno risposto', 'scrivono', 'hanno scritto', 'avvertono', 'fanno sapere', 'hanno fatto sapere', 'rendono noto', 'hanno reso noto', `si sono (?:dett|dichiarat)[ie](?! che)`,
  // the plurals of the singular verbs above that two speakers share most ("evidenziano Ibba e Campus")
  'hanno aggiunto', 'hanno sottolineato', 'commentano', 'hanno commentato', 'precisano', 'hanno precisato', 'hanno premesso', 'asseriscono', 'hanno asserito', 'ricordano',
  'hanno ricordato', `${NOT_REFLEXIVE}confermano`, 'hanno confermato', 'ribadiscono', 'hanno ribadito', 'evidenziano', 'hanno evidenziato',
  'denunciano', 'hanno denunciato', 'annunciano', 'hanno annunciato', 'replicano', 'hanno replicato', 'obiettano', 'hanno obiettato', 'ammettono',
  'hanno ammesso', 'insistono', 'hanno insistito', 'rimarcano', 'hanno rimarcato', 'chiariscono', 'hanno chiarito',
  'riferiscono', 'hanno riferito', 'comunicano', 'hanno comunicato', 'testimoniano', 'hanno testimoniato', 'osservano', 'rilevano',
  'esprimono', 'hanno espresso',
  'si rammaricano', `si sono rammaricat[ie]`, `lanciano ${APPEAL}`, `hanno lanciato ${APPEAL}`,
  'assicurano che', 'hanno assicurato che', 'ringraziano', 'hanno ringraziato', 'promettono di', 'promettono che', 'hanno promesso di', 'hanno promesso che',
];
/**
 * Verbs of saying only next to a quotation, right after it ("“…”, ha esordito Salvini") or right before it ("ha
 * ironizzato: “…”"): elsewhere they do other things ("ripetere" reruns, "esordire" debuts, "attaccare" has an object).
 * The journalistic verbs of opening, retorting and going on, as inserts read them (speakerSyntax.ts).
 */
const afterQuote = [
  'ripete', 'ha ripetuto', 'esordisce', 'ha esordito', 'ribatte', 'ha ribattuto', 'chiosa', 'ha chiosato', 'puntualizza',
  'ha puntualizzato', 'tuona', 'ha tuonato', 'ironizza', 'ha ironizzato', 'rilancia', 'ha rilanciato', 'attacca',
  // ("… -termina Tronconi- …": "termina" is also "ends", "il corso termina a giugno")
  'termina', 'ha terminato',
  // ("– ha dettagliato il professore X –": giving the details; "“…” introduce il regista X": opening the talk;
  // "«… – sintetizza X, direttore del nuovo ospedale – …»": summing up, also "sums up a text")
  'dettaglia', 'ha dettagliato', 'introduce', 'ha introdotto', 'sintetizza', 'ha sintetizzato', 'riassume', 'ha riassunto',
  // ("«Non penso che tornerò – rivela la studentessa –»": revealing, confiding; "l’analisi rivela un calo" is no
  // statement)
  'rivela', 'ha rivelato', 'confida', 'ha confidato',
  // ("“…”, riflette la sindaca X": thinking aloud; "il lago riflette il cielo" is no statement)
  'riflette', 'ha riflettuto',
  // ("“…”, anticipa X": telling beforehand; "la Regione anticipa i rimborsi" pays them early, no statement)
  'anticipa', 'ha anticipato',
  // ("«…», ha twittato X": posting the words)
  'twitta', 'ha twittato', 'ha postato',
  // ("«…» segnala la farmacista X": pointing out; "il cartello segnala l’uscita" is no statement)
  'segnala', 'ha segnalato',
  // ("«…», ha fatto notare il vescovo X": pointing out; "fa notare la sua assenza" is no statement)
  'fa notare', 'ha fatto notare', 'aveva fatto notare',
  // ("«No parking, no business», sentenziava X": pronouncing; "il giudice sentenzia la condanna" is no statement)
  'sentenzia', 'sentenziava', 'ha sentenziato',
  // calling something by the quoted words: "Edizione che il governatore X definisce “della rinascita”"
  'definisce', 'ha definito',
  'ha attaccato', 'sbotta', 'è sbottato', 'è sbottata', 'ha sbottato', 'interviene', 'è intervenuto', 'è intervenuta', 'rassicura',
  'ha rassicurato', 'ammonisce', 'ha ammonito', 'prosegue', 'ha proseguito', 'conclude', 'ha concluso',
  // confiding, confessing, exclaiming ("confida" is also "trusts": "confida nella giustizia")
  'confida', 'ha confidato', 'confessa', 'ha confessato', 'esclama', 'ha esclamato',
  // assuring ("assicura" is also "secures": "ha assicurato la cattura")
  'assicura', 'ha assicurato',
  // the manner of saying, as interviews report it: "“Beh, spero di arrivare a 200”, sorride"
  'sorride', 'ha sorriso', 'scherza', 'ha scherzato', 'sospira', 'ha sospirato', 'ride', 'ha riso',
  // (taking the chance to: "X ha colto l’occasione per scherzare: «…»")
  ...TAKING_THE_CHANCE.map((m) => `${m} (?:scherzare|ironizzare)`),
  // the feeling it is said with: "“Giorno storico”, esulta il sindaco", "“…”, protesta", "“…”, si sfoga"
  'esulta', 'ha esultato', 'gioisce', 'ha gioito', 'protesta', 'ha protestato', 'polemizza', 'ha polemizzato',
  'si sfoga', 'si è sfogato', 'si è sfogata', 'taglia corto', 'ha tagliato corto', 'rincara', 'ha rincarato',
  // reacting: "“…”, ha reagito Toninelli"; a barb: "“Non mi interessano le passerelle”, punge X"
  'reagisce', 'ha reagito', 'punge', 'ha punto', 'punzecchia', 'ha punzecchiato',
  // asking and urging: "“Maglie sudate a fine gara” aveva chiesto il presidente ai suoi uomini" ("chiede" alone is any
  // request: "chiede il pagamento")
  'chiede', 'ha chiesto', 'esorta', 'ha esortato', 'incalza', 'ha incalzato',
  // going on: "«…», ha continuato l’avvocato X" (next to a quotation only: "continua" alone is any going on);
  // taking the word again: "“…” riprende Tosoni" ("riprende" alone is any resuming: "il campionato riprende")
  'continua', 'ha continuato', 'riprende', 'ha ripreso',
  // answering back: "“…” ha contro replicato Rossi", "controbatte"
  'controreplica', 'ha controreplicato', 'ha contro replicato', 'controbatte', 'ha controbattuto',
  // pronouncing a verdict on something, and closing the talk: "«…» sentenzia Lunghi", "“… – chiude il segretario
  // generale X – …”" ("chiude" alone closes anything: "la pizzeria chiude i battenti")
  'sentenzia', 'ha sentenziato', 'chiude', 'ha chiuso',
  // noting: "“La rassegna – annota il presidente X – rappresenta …”" (not "nota", also a note, "in una nota firmata da
  // …", nor "ha notato", also a thing noticing: "La copertina "…" ha notato il suo contributo")
  'annota', 'ha annotato',
];
const afterQuotePlural = [
  'segnalano', 'hanno segnalato', 'riflettono',
  'ripetono', 'hanno ripetuto', 'ribattono', 'hanno ribattuto', 'attaccano', 'hanno attaccato', 'sorridono', 'scherzano',
  'esultano', 'hanno esultato', 'protestano', 'hanno protestato', 'polemizzano', 'hanno polemizzato', 'concludono',
  'hanno concluso', 'proseguono', 'hanno proseguito', 'continuano', 'hanno continuato', 'incalzano', 'tuonano', 'hanno tuonato', 'ironizzano',
  'hanno ironizzato', 'rilanciano', 'hanno rilanciato', 'assicurano', 'hanno assicurato', 'reagiscono', 'hanno reagito',
  'chiedono', 'hanno chiesto', 'esortano', 'hanno esortato', 'riprendono', 'hanno ripreso', 'pungono', 'punzecchiano',
  'puntualizzano', 'hanno puntualizzato', 'annotano', 'hanno annotato',
];
const gerund = [
  'aspettandosi che', 'sostenendo che', 'affermando che', 'spiegando che', 'aggiungendo che', 'osservando che', 'dicendo', 'dicendosi',
  // and with what is said as an infinitive: "si è astenuto, dichiarando di non aver ricevuto la documentazione"
  'dichiarando di', 'affermando di', 'sostenendo di', 'ammettendo di', 'annunciando di', 'annunciando che', 'assicurando di', 'assicurando che', 'negando di',
  // "Pilagatti fa eco alle parole del procuratore, sottolineando che …", "…, ricordando come …"
  // (also "sottolineando quanto …", "sottolineando nel suo intervento come …", "sottolineando però che …")
  ...['sottolineando', 'evidenziando', 'ricordando', 'precisando', 'ribadendo', 'dichiarando', 'rimarcando', 'denunciando', 'ammettendo', 'rilevando', 'lamentando'].map(
    (g) => `${g} (?:(?:però|anche|inoltre|poi|comunque|tuttavia) )?(?:nel (?:suo|proprio) (?:intervento|discorso|saluto|messaggio) )?(?:che|come|quanto)`,
  ),
  // what is stressed or denounced, as a noun phrase: "Lo afferma X, sottolineando la situazione critica …"
  ...['sottolineando', 'evidenziando', 'rimarcando', 'denunciando', 'lamentando'].map((g) => `${g} (?:il|lo|la|i|gli|le|l${AP})`),
  // what something was called: "ha giustificato l’apertura del fascicolo, definendolo un atto obbligato"
  'definendolo', 'definendola', 'definendoli', 'definendole',
];

/**
 * Each perfect of the verbs next to a quotation ("ha scherzato", "hanno ripetuto", "è intervenuto") also in the
 * pluperfect ("aveva scherzato", "avevano ripetuto", "era intervenuto"): news tells what was said before in it
 * ("«Eppure servirebbe - aveva scherzato - …»"); the perfects with "avere" also in the conditional, as news reports
 * what someone is said to have said ("Romano, che avrebbe detto alla presidente di …").
 */
const withPluperfect = (list: readonly string[]): string[] =>
  list.map((v) => v.replace(/^ha /, '(?:ha|aveva|avrebbe) ').replace(/^hanno /, '(?:hanno|avevano|avrebbero) ').replace(/^è (?=\p{Ll}+[oa]$)/u, '(?:è|era) '));

/** Every reporting verb and construction Brano recognises. */
export const REPORTING_VERBS: readonly ReportingVerb[] = [
  ...withPluperfect(singular).map((source) => ({ source, plural: false, gerund: false, inverts: !NON_INVERTING.test(source) })),
  ...stance.map((source) => ({ source, plural: false, gerund: false, inverts: false, stance: true })),
  ...withPluperfect(plural).map((source) => ({ source, plural: true, gerund: false, inverts: !NON_INVERTING.test(source) })),
  ...gerund.map((source) => ({ source, plural: false, gerund: true, inverts: false })),
  ...withPluperfect(afterQuote).map((source) => ({ source, plural: false, gerund: false, inverts: true, afterQuoteOnly: true })),
  ...withPluperfect(afterQuotePlural).map((source) => ({ source, plural: true, gerund: false, inverts: true, afterQuoteOnly: true })),
];

/** Single words that are reporting verbs ("Afferma" opening a sentence is not a name). */
export const VERB_WORDS: ReadonlySet<string> = new Set(
  [...singular, ...stance, ...plural, ...gerund, ...afterQuote, ...afterQuotePlural]
    .flatMap((v) => v.split(' '))
    .filter((w) => /^\p{L}+$/u.test(w) && w.length >= 4 && !/^(?:d|s|n)[aeiu]l/.test(w)),
);

/**
 * The infinitives of the reporting verbs written in the present ("spiega" → spiegare, "ribadisce" → ribadire,
 * "sostiene" → sostenere; "dice" → dire), and the same with "lo" ("spiegarlo"): the verb of a cleft, "È il sindaco a
 * spiegare che …". Each present in "-e" gives both "-ere" and "-ire"; the one Italian lacks is never met.
 */
export const SPEECH_INFINITIVES: ReadonlySet<string> = new Set(
  [...singular, ...stance]
    .map((v) => /^(\p{Ll}{4,})(?: (?:che|di|a|ad))?$/u.exec(v)?.[1])
    .filter((w): w is string => !!w && !/(?:va|ò|ì|é)$/u.test(w))
    .flatMap((w) => (w === 'dice' ? ['dire'] : /isce$/.test(w) ? [w.replace(/isce$/, 'ire')] : /a$/.test(w) ? [`${w}re`] : /e$/.test(w) ? [`${w.slice(0, -1)}ere`, `${w.slice(0, -1)}ire`] : []))
    .flatMap((inf) => [inf, `${inf.slice(0, -1)}lo`]),
);

/** Adverbs that may stand between an auxiliary and its participle ("ha quindi espresso", "ha poi aggiunto"). */
const INNER_ADVERBS = '(?:quindi|poi|anche|inoltre|ancora|infine|invece|già|subito|pure|tuttavia|comunque|dunque|più volte|così|appunto|sempre|spesso|infatti|però|altresì|peraltro|nuovamente|ulteriormente|successivamente|anzitutto|innanzitutto|poco dopo|più tardi)';
/** "ha detto" also as "ha poi detto" and "ha, infine, detto". */
function withAdverb(source: string): string {
  return source.replace(AUXILIARY, `$1(?:,?\\s+${INNER_ADVERBS},?)?\\s+`);
}

// Compiling these patterns (thousands of case-insensitive Unicode alternatives) is a noticeable share of a cold
// start: they are built the first time speakers are looked for, which a question never needs.
let reportingVerbRe: RegExp | undefined;
// Each entry's own pattern, anchored, compiled when a look-up first reaches it; and the entry found for each form.
const anchored: (RegExp | undefined)[] = [];
const entryOfForm = new Map<string, ReportingVerb>();

/**
 * One regular expression for every reporting verb, longest alternatives first; group 1 is the verb.
 * Letters around the match must not be letters, so "credibilità" is not "crede". Global and shared: set
 * `lastIndex` to 0 before using it.
 * @returns the expression (built once, on first use)
 */
export function reportingVerbPattern(): RegExp {
  return (reportingVerbRe ??= new RegExp(`(?<![\\p{L}\\p{M}])(${alternatives()})(?![\\p{L}\\p{M}])`, 'giu'));
}

/**
 * The reporting verb that starts at an offset of a text, if one does ("dice" in "… squadra’ dice X").
 * @param text - the text
 * @param at - the offset
 * @returns the match, or null
 */
export function reportingVerbAt(text: string, at: number): RegExpExecArray | null {
  const re = reportingVerbPattern();
  re.lastIndex = at;
  const m = re.exec(text);
  return m?.index === at ? m : null;
}

// The auxiliaries a perfect or pluperfect entry opens with, as the entries write them.
const AUXILIARY = /^(ha|aveva|hanno|avevano|\(\?:ha\|aveva\|avrebbe\)|\(\?:hanno\|avevano\|avrebbero\)) (?=\p{Ll})/u;

/**
 * The verbs as alternatives, longest first; the entries that open with the same auxiliary share it, with its
 * adverbs, once ("ha(?:,? poi,?)? (?:sottolineato|detto|…)"): the same matches as one alternative per entry, in
 * about half the time to compile.
 */
function alternatives(): string {
  const byLength = (a: string, b: string) => b.length - a.length;
  const groups = new Map<string, string[]>();
  const alone: string[] = [];
  for (const v of REPORTING_VERBS) {
    const m = AUXILIARY.exec(v.source);
    if (!m) {
      alone.push(v.source);
      continue;
    }
    let rests = groups.get(m[1]!);
    if (!rests) groups.set(m[1]!, (rests = []));
    rests.push(v.source.slice(m[0].length));
  }
  const grouped = [...groups].map(([aux, rests]) => `${aux}(?:,?\\s+${INNER_ADVERBS},?)?\\s+(?:${rests.sort(byLength).join('|')})`);
  return [...grouped, ...alone.sort(byLength)].join('|');
}

/**
 * Finds which lexicon entry a matched verb came from.
 * @param form - the matched text
 * @returns the entry (plural/gerund flags)
 */
export function verbEntry(form: string): ReportingVerb {
  const lower = form.toLowerCase();
  let entry = entryOfForm.get(lower);
  if (!entry) {
    const k = REPORTING_VERBS.findIndex((v, i) => (anchored[i] ??= new RegExp(`^(?:${withAdverb(v.source)})$`, 'iu')).test(lower));
    entry = REPORTING_VERBS[k] ?? { source: lower, plural: false, gerund: false, inverts: false };
    entryOfForm.set(lower, entry);
  }
  return entry;
}

/**
 * Reported "statements" that say nothing: the subject did not answer, would not comment or did not speak ("Meta non
 * ha risposto a una domanda su …", "non ha risposto a una richiesta di commento", "Rossi non ha parlato nel
 * post-partita"). They stay in the speaker's statements (the
 * article reports them) and are shown labelled as a non-response, never as a quotation.
 */
const NO_RESPONSE_RE =
  /(?<![\p{L}])(?:non\s+(?:ha|hanno|aveva|avevano)\s+(?:risposto|replicato|commentato|parlato)|non\s+(?:ha|hanno)\s+voluto\s+(?:commentare|rispondere|parlare)|(?:si\s+è|si\s+sono)\s+rifiutat[oaie]\s+di\s+(?:commentare|rispondere)|(?:ha|hanno)\s+declinato\s+(?:ogni|qualsiasi)\s+commento|nessun\s+commento\s+da)(?![\p{L}])/iu;

/**
 * Whether a reported statement is a non-response (no answer, no comment) rather than something said.
 * @param text - a reported statement
 * @returns true for "… non ha risposto a una richiesta di commento" and the like
 * @example
 * isNonResponse('Meta non ha risposto a una domanda su quali azioni potrebbe intraprendere') // true
 */
export function isNonResponse(text: string): boolean {
  return NO_RESPONSE_RE.test(text);
}

/** Nouns that make an apposition a person's role ("un ricercatore di …", "vice presidente per …"). */
export const ROLE_NOUNS: readonly string[] = [
  'ricercatore', 'ricercatrice', 'investitore', 'investitrice', 'presidente', 'vicepresidente', 'direttore', 'direttrice',
  'amministratore', 'amministratrice', 'fondatore', 'fondatrice', 'cofondatore', 'cofondatrice', 'co-fondatore',
  'co-fondatrice', 'professore', 'professoressa', 'docente', 'analista', 'portavoce', 'ingegnere', 'ingegnera',
  'scienziato', 'scienziata', 'dirigente', 'responsabile', 'capo', 'economista', 'esperto', 'esperta',
  'consulente', 'giornalista', 'avvocato', 'avvocata', 'avvocatessa', 'ministro', 'ministra', 'senatore', 'senatrice', 'deputato',
  'deputata', 'sviluppatore', 'sviluppatrice', 'programmatore', 'programmatrice', 'imprenditore', 'imprenditrice',
  'manager', 'socio', 'socia', 'studente', 'studentessa', 'autore', 'autrice', 'scrittore', 'scrittrice',
  'ceo', 'cto', 'cfo', 'coo', 'cso', 'vp', 'chief', 'head', 'partner', 'guida', 'leader', 'membro', 'dipendente',
  'ex', 'vice', 'candidato', 'candidata', 'aspirante', 'capa', 'coordinatore', 'coordinatrice', 'sindaco', 'sindaca',
  'ricercatori', 'esperti', 'filosofo',
  'filosofa', 'medico', 'psicologo', 'psicologa', 'storico', 'storica', 'matematico', 'matematica', 'fisico',
  'fisica', 'informatico', 'informatica', 'critico', 'critica', 'regista', 'attore', 'attrice', 'artista',
  'commissario', 'commissaria', 'segretario', 'segretaria', 'governatore', 'governatrice', 'console', 'ambasciatore',
  'ambasciatrice', 'giudice', 'procuratore', 'procuratrice', 'premier', 'allenatore', 'allenatrice', 'mister', 'coach', 'rettore',
  'rettrice', 'primario', 'primaria', 'sottosegretario', 'sottosegretaria', 'assessore', 'assessora', 'consigliere', 'consigliera',
  'capogruppo', 'prefetto', 'questore', 'sovrintendente', 'soprintendente', 'garante', 'papa', 'pontefice', 'vescovo',
  'generale', 'comandante', 'capitano', 'capitana', 'preside', 'parroco', 'arcivescovo', 'cardinale', 'magistrato',
  'magistrata', 'tesoriere', 'tesoriera',
  'delegato', 'delegata', 'notaio', 'ispettore', 'ispettrice', 'difensore', 'legale', 'gip', 'pm',
  // who speaks for a group, a service or a trade, as local news names them ("Paolo Ferrari, esponente del Comitato 4p")
  'esponente', 'rappresentante', 'referente', 'titolare', 'attivista', 'volontario', 'volontaria', 'presidentessa',
  'sacerdote', 'monsignore', 'monsignor', 'infermiere', 'infermiera', 'operaio', 'operaia', 'sindacalista', 'insegnante', 'maestro', 'maestra',
  'dottore', 'dottoressa', 'funzionario', 'funzionaria', 'architetto', 'geologo', 'geologa', 'biologo', 'biologa',
  'archeologo', 'archeologa', 'veterinario', 'veterinaria', 'agricoltore', 'agricoltrice', 'allevatore', 'allevatrice',
  'commerciante', 'ristoratore', 'ristoratrice', 'albergatore', 'albergatrice',
  // the family and the people near a victim, as crime news names those it quotes ("Antonella Leardi, madre del giovane
  // tifoso ucciso, commenta così …")
  'madre', 'padre', 'moglie', 'marito', 'vedova', 'vedovo', 'fratello', 'sorella', 'figlio', 'figlia', 'nonno', 'nonna',
  'zio', 'zia', 'cugino', 'cugina', 'compagno', 'compagna', 'fidanzato', 'fidanzata', 'genitore', 'testimone',
  // ranks of the armed forces and the police, as news names officers ("il Colonnello Loreto Biscardi")
  'colonnello', 'tenente', 'luogotenente', 'maresciallo', 'brigadiere', 'appuntato', 'ammiraglio', 'vicequestore',
  // professions of culture and sport, as interviews call the person they quote ("la cantante afferma: “…”")
  'cantante', 'cantautore', 'cantautrice', 'musicista', 'compositore', 'compositrice', 'direttore d’orchestra',
  'conduttore', 'conduttrice', 'presentatore', 'presentatrice', 'showman', 'comico', 'comica', 'ballerino',
  'ballerina', 'pittore', 'pittrice', 'scultore', 'scultrice', 'poeta', 'poetessa', 'stilista', 'fotografo',
  'fotografa', 'chef', 'cuoco', 'cuoca', 'calciatore', 'calciatrice', 'tecnico', 'pilota', 'atleta', 'tennista',
  'ciclista', 'nuotatore', 'nuotatrice', 'campione', 'campionessa', 'centravanti', 'portiere', 'difensore centrale',
];


// The general list of Italian word forms (`useCommonItalianWords`).
let commonItalianWords: { has(word: string): boolean } | undefined;

/**
 * Installs the general list of Italian word forms (Morph-it!'s, folded to lower case without accents): a capitalised
 * word that is none of them is likelier a name ("Foscarini: “…”" against "Sanità: «…»").
 * @param list - the word list (src/lexicons.ts, `loadGeneralWords().italian`), or undefined for none
 */
export function useCommonItalianWords(list: { has(word: string): boolean } | undefined): void {
  commonItalianWords = list;
}

/**
 * Whether a word is known to be no common Italian word: false when it is one, or when no word list is installed.
 * @param word - the word as written
 */
export function notAnItalianWord(word: string): boolean {
  return !!commonItalianWords && !commonItalianWords.has(foldAccents(word.toLowerCase()));
}

/**
 * Whether a word is known to be a common Italian word: false when it is none, or when no word list is installed.
 * @param word - the word as written
 */
export function isCommonItalianWord(word: string): boolean {
  return !!commonItalianWords && commonItalianWords.has(foldAccents(word.toLowerCase()));
}

// The general list of nouns that name a person (`usePersonNouns`), read when first needed.
let personNounSource: (() => Iterable<string>) | undefined;
let personNouns: ReadonlySet<string> | undefined;

/**
 * Installs the general Italian nouns that name a person by trade, office, kinship or condition ("archeologo",
 * "pediatra", "curatore", "vicino"): language data read outside the core (src/lexicons.ts, from MultiWordNet's
 * noun.person synsets) and read when a speaker's apposition is first weighed.
 * @param load - gives the nouns in lower case (called once, when first needed), or undefined for none
 * @example
 * usePersonNouns(() => readFileSync(file, 'utf8').split('\n')); // src/lexicons.ts
 */
export function usePersonNouns(load: (() => Iterable<string>) | undefined): void {
  personNounSource = load;
  personNouns = undefined;
}

/**
 * Whether a word is a noun naming a person: a role noun, or a noun of the installed general list, in the masculine
 * the list gives or in the feminine of a trade's derivation ("archeologa", "infermiera", "curatrice", "professoressa").
 * @param word - the word in lower case
 * @returns true when it names a person
 */
export function isPersonNoun(word: string): boolean {
  personNouns ??= new Set(personNounSource?.() ?? []);
  const has = (w: string) => personNouns!.has(w) || ROLE_NOUN_SET.has(w);
  if (has(word)) return true;
  // (the feminine of the derivations that name a trade: "archeologa", "bibliotecaria", "fornaia", "infermiera" — not
  // any noun in -a, "mostra" is no feminine of "mostro")
  return (
    (/\p{L}{2}(?:log|ari|ai)a$/u.test(word) && has(word.replace(/a$/, 'o'))) ||
    (/\p{L}{3}iera$/u.test(word) && has(word.replace(/a$/, 'e'))) ||
    (/\p{L}{3}trice$/u.test(word) && has(word.replace(/trice$/, 'tore'))) ||
    (/\p{L}{3}essa$/u.test(word) && (has(word.replace(/essa$/, 'e')) || has(word.replace(/essa$/, 'o'))))
  );
}
/** The role nouns as a set (`ROLE_NOUNS`). */
export const ROLE_NOUN_SET: ReadonlySet<string> = new Set(ROLE_NOUNS);
let offices: ReadonlySet<string> | undefined;
/**
 * The offices of one word, as `ROLE_NOUNS` lists them ("sindaco", "questore").
 * @returns the set, made once
 */
export function officeNouns(): ReadonlySet<string> {
  return (offices ??= new Set(ROLE_NOUNS.filter((r) => !r.includes(' '))));
}
/**
 * Offices written in several ways, each with the form it is matched as: a coach is "il mister" in one sentence and
 * "l’allenatore" in the next, a chief executive "l’AD" and "l’amministratore delegato", a director general "il DG"
 * and "il direttore generale", a mayor "il primo cittadino" and "il sindaco", a lawyer "il legale" and "l’avvocato".
 */
export const ROLE_EQUIVALENTS: ReadonlyMap<string, string> = new Map([
  ['mister', 'allenatore'],
  ['coach', 'allenatore'],
  ['ad', 'amministratore'],
  // the chief executive: "l’AD", "il ceo", "l’amministratore delegato" are one office
  ['ceo', 'amministratore'],
  ['dg', 'direttore'],
  ['ds', 'direttore'],
  // a school's head is its "dirigente scolastico" in the law since 2000; news writes both
  ['preside', 'dirigente'],
  // the Pope is "il Papa", "il Pontefice"
  ['pontefice', 'papa'],
  // a lawyer is "l’avvocato", "il legale", "il difensore" of the one they defend
  ['legale', 'avvocato'],
  ['difensore', 'avvocato'],
]);

/**
 * Ranks written cut short with a stop before a name ("il col. Florimondo Forleo"): colonnello, generale, maggiore,
 * tenente, brigadiere (not "cap.", "mar.", "app.", which are also a chapter, March and an app). Their stop ends no
 * sentence (quotes.ts) and they are titles (speakerSyntax.ts).
 */
export const RANK_ABBREVIATIONS: readonly string[] = ['col', 'gen', 'magg', 'ten', 'brig'];

/**
 * Italy's twenty regions, as news names them after "governatore" ("il governatore dell’Emilia-Romagna", "del
 * Veneto"): the president of the region (`usualOffice`), not a central bank's or a foreign state's governor.
 */
export const ITALIAN_REGIONS: readonly string[] = [
  'Abruzzo', 'Basilicata', 'Calabria', 'Campania', 'Emilia-Romagna', 'Emilia Romagna', 'Friuli-Venezia Giulia', 'Friuli Venezia Giulia',
  'Lazio', 'Liguria', 'Lombardia', 'Marche', 'Molise', 'Piemonte', 'Puglia', 'Sardegna', 'Sicilia', 'Toscana',
  'Trentino-Alto Adige', 'Umbria', "Valle d'Aosta", 'Valle d’Aosta', 'Veneto',
];

/**
 * Nouns of saying that, with whose they are, announce the words after a colon: "L’appello del sindaco X: «…»", "La
 * replica di X: «…»", "Duro attacco di X al direttore: “…”". Nouns whose "di" may name what they are about rather
 * than who speaks ("il ricordo di X", "la storia di X") are not here.
 */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'appello', 'saluto', 'augurio', 'impegno', 'esortazione', 'consiglio', 'raccomandazione', 'attacco', 'affondo', 'accusa', 'accuse', 'critica', 'critiche', 'denuncia', 'monito', 'replica',
  'risposta', 'commento', 'sfogo', 'stoccata', 'frecciata', 'presa di posizione', 'parole', 'messaggio', 'invito', 'richiesta', 'annuncio',
  'allarme', 'avvertimento', 'promessa', 'ammissione', 'dichiarazione', 'dichiarazioni', 'auspicio', 'plauso', 'valutazione',
  'soddisfazione', 'preoccupazione', 'ringraziamento', 'analisi', 'giudizio', 'opinione', 'proposta', 'spiegazione',
  'precisazione', 'testimonianza', 'racconto', 'rassicurazione', 'rassicurazioni', 'rammarico', 'amarezza',
  'saluti', 'ringraziamenti', 'complimenti', 'auguri', 'appelli', 'commenti',
  'puntualizzazione', 'osservazione', 'considerazione', 'considerazioni', 'riflessione', 'affermazione', 'chiosa',
  'obiezione', 'smentita', 'ammonimento', 'rimprovero', 'sollecitazione', 'constatazione',
]);

/** Role abbreviations written in capitals ("l’AD di Ferrovie Lacustri"), told apart from words spelled alike ("ad" = "a"). */
export const ROLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['AD', 'CEO', 'CFO', 'CTO', 'COO', 'DG', 'AU', 'DS', 'CT', 'DT']);

/**
 * Constructions that put the speaker after the statement, in the same sentence or the next one
 * (cataphora): the statement is what the paragraph said before them that nobody had said yet.
 * Each row is a regular expression on the sentence (quotations blanked); the speaker is read forward from the
 * end of the match, past adjuncts and the role ("il presidente della Regione, Marta Ferri").
 * `example` is a sentence written to show the construction (tested in test/core/attribution.test.ts).
 */
export interface CataphoricOpener {
  readonly id: string;
  readonly re: RegExp;
  readonly example: string;
  /** A name before the match is who it is about ("X è intervenuto"); only without one is the person read after it. */
  readonly subjectFirst?: boolean;
  /** The person is named right after the match, or nobody is (the words after a comma are no clause of their own). */
  readonly nameRightAfter?: boolean;
}
const SPEECH_PARTICIPLE = `(?:detto|dichiarato|affermato|sostenuto|spiegato|sottolineato|ribadito|ricordato|rimarcato|evidenziato|scritto|annunciato|precisato|osservato|rilevato|commentato|aggiunto|confermato|riferito|assicurato|chiarito|denunciato|comunicato|segnalato|testimoniato|fatto sapere|reso noto)`;
const SPEECH_PRESENT = `(?:dice|dichiara|afferma|sostiene|spiega|sottolinea|ribadisce|ricorda|rimarca|evidenzia|scrive|annuncia|precisa|osserva|rileva|commenta|aggiunge|conferma|riferisce|assicura|chiarisce|denuncia|comunica|segnala|testimonia|fa sapere|rende noto|dicono|dichiarano|affermano|sostengono|spiegano|sottolineano|ribadiscono|ricordano|scrivono|annunciano|precisano|osservano|rilevano|commentano|aggiungono|confermano|riferiscono|assicurano|comunicano|segnalano|testimoniano|fanno sapere|rendono noto)`;
const SPEECH_INFINITIVE = `(?:dire|dichiarare|affermare|sostenere|spiegare|sottolineare|ribadire|ricordare|rimarcare|evidenziare|scrivere|annunciare|precisare|osservare|rilevare|commentare|aggiungere|confermare|riferire|assicurare|chiarire|denunciare|comunicare|segnalare|far\\s+sapere|rendere\\s+noto)`;
export const CATAPHORIC_OPENERS: readonly CataphoricOpener[] = [
  {
    id: 'lo-ha-detto',
    re: new RegExp(`^(?:[^\\p{L}]*|.*:\\s*)(?:e\\s+)?(?:lo|l['’]|ne|questo|ciò)\\s*(?:(?:ha|aveva|hanno|avevano)\\s+${SPEECH_PARTICIPLE}|${SPEECH_PRESENT}|(?:ha|aveva)\\s+voluto\\s+\\p{L}+)(?![\\p{L}])`, 'iu'),
    example: 'Lo ha detto il presidente della Regione, Marta Ferri, in occasione della giornata dedicata alle associazioni del litorale.',
  },
  {
    // also with its verb ("Così risponde il presidente …", "Così ha commentato X") and as typewritten ("Cosi'", "Cosi")
    id: 'cosi',
    // (and where they said it, before them: "Così in una nota congiunta A, B e C"; "Così ad Agorà Estate su Rai3, il
    // Ministro …, Giuseppe Provenzano": a programme or a place named with its preposition, closed by a comma; or, with
    // no comma, a medium's one word after an elided preposition or with digits: "Così all’ANSA X", "Così a Tgcom24 X")
    re: cased(new RegExp(`^[^\\p{L}]*(?:così|cosi['’]?)(?:\\s+(?:(?:ha|aveva)\\s+(?:${SPEECH_PARTICIPLE}|risposto|replicato)|${SPEECH_PRESENT}|risponde|replica))?(?:\\s+(?:in|con|attraverso|tramite)\\s+(?:una|un)\\s+(?:nota|comunicato|dichiarazione|lettera|messaggio|post)(?:\\s+\\p{Lu}\\p{L}+)?(?:\\s+(?:congiunta|congiunto|stampa|ufficiale))?(?:\\s*,|\\s+(?:del|della|dello|di)(?=\\s))?|\\s+(?:a|ad|al|alla|allo|su|sul|sulla|in|nel|nella|nello|ospite\\s+di|ai\\s+microfoni\\s+di)\\s+\\p{Lu}[^,.;:!?]{0,60},|\\s+(?:all|dall|sull|nell)['’]\\p{Lu}[\\p{L}\\d]*|\\s+(?:a|ad|al|su|sul)\\s+\\p{Lu}\\p{L}*\\d[\\p{L}\\d]*)?(?=\\s+(?:il|la|lo|l['’]|i|gli|le|\\p{Lu})|(?<=\\s(?:del|della|dello|di))\\s+\\p{Ll})`, 'iu')),
    example: 'Così Paolo Serra, presidente delle Associazioni bibliotecarie riunite (Abr), intervenendo oggi alla premiazione del concorso di lettura.',
  },
  {
    // "“…”. Parla, in conferenza stampa, il procuratore X, ricostruendo …", "Parla il sindaco X": a sentence opening
    // on "parla" and who, after where they spoke, names who said the words before (case-sensitive, at the sentence's
    // start: "Parla di un errore il sindaco" says something of its own)
    id: 'parla',
    re: /^[^\p{L}]*Parla(?:\s*,[^,.;:!?]{3,60},|\s+(?:in|a|ad|al|alla|su|sul|sulla|nel|nella|ai\s+microfoni\s+di)\s+[^,.;:!?]{2,40}?)?(?=\s+(?:il|la|lo|l['’]|\p{Lu}))/u,
    example: 'Parla, in conferenza stampa, il procuratore di Valdora Paolo Serra, ricostruendo l’omicidio.',
  },
  {
    // an adverbial set off by commas first, then an office in lower case and the name: "Così, a margine di un evento
    // a Bologna, il sindaco X" (case-sensitive: "Così, nella causa X contro Y, la Corte di giustizia ha dichiarato"
    // is a sentence of its own)
    id: 'cosi-after-adverbial',
    // (the office may name its place first: "Così, con ironia, la sindaca di Arcola, Monica Paganini, commenta …")
    re: /^[^\p{L}]*[Cc]os(?:ì|i['’])\s*,[^,.;:!?]{3,80},(?=\s+(?:il|la|lo|l['’])\s*\p{Ll}+\s+(?:(?:di|del|della|dello|dei|degli|delle)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*,?\s+)?\p{Lu})/u,
    example: 'Così, a margine di un convegno a Valdora, il sindaco Paolo Serra.',
  },
  {
    // the verb first: "Ha esordito così Luigi Corradi, …", "Ha commentato così il sindaco …", "Ha parlato così il
    // vicesindaco …"
    id: 'ha-esordito-cosi',
    re: cased(new RegExp(`^[^\\p{L}]*(?:(?:ha|aveva)\\s+(?:${SPEECH_PARTICIPLE}|esordito|concluso|risposto|replicato|chiosato|parlato)|${SPEECH_PRESENT}|esordisce|conclude|risponde|replica|chiosa|parla)\\s+(?:così|cosi['’])(?=\\s+(?:il|la|lo|l['’]|\\p{Lu}))`, 'iu')),
    example: 'Ha esordito così Paolo Serra, presidente delle Associazioni bibliotecarie riunite, alla premiazione del concorso di lettura.',
  },
  {
    // (also the singular nouns of saying: "Questo il pensiero del sindaco X alla luce dell’interrogazione …")
    id: 'sono-queste-le-parole-di',
    re: cased(/^[^\p{L}]*(?:(?:sono|è|e['’])\s+)?(?:queste|questa|questo|questi|quest['’])\s*(?:le|la|il|i|gli|l['’])?\s*(?:parole|richieste|dichiarazioni|considerazioni|osservazioni|valutazioni|proposte|posizioni|riflessioni|critiche|accuse|parole|messaggio|appello|richiesta|proposta|posizione|auspicio|valutazione|pensiero|commento|racconto|sfogo|monito|giudizio|parere|invito|analisi)(?:\s+\p{Ll}+){0,3}?\s+(?:dell['’]|dall['’]|(?:di|del|della|dello|dei|degli|delle|da|dal|dalla|dallo|dai|dagli|dalle)(?![\p{L}]))/iu),
    example: 'Sono queste le richieste avanzate oggi dal presidente Unione-Frutticoltori Veneti, Sandro Toldo, al tavolo convocato in Regione.',
  },
  {
    // "“Il Mose è in preallarme …”." then "Sono le parole del sindaco di Venezia Luigi Brugnaro …": the same without
    // "queste", the copula opening the sentence
    id: 'sono-le-parole-di',
    // (also the other nouns of saying, and a participle before whose they are: "sono le richieste avanzate dai sindaci
    // X e Y")
    re: cased(/^[^\p{L}]*(?:sono|erano|furono)\s+(?:le\s+)?(?:parole|dichiarazioni|considerazioni|affermazioni|richieste|proposte|osservazioni|valutazioni|critiche|accuse|riflessioni)(?:\s+\p{Ll}+){0,2}?\s+(?:dell['’]|dall['’]|(?:di|del|della|dello|dei|degli|delle|da|dal|dalla|dallo|dai|dagli|dalle)(?![\p{L}]))/iu),
    example: 'Sono le parole del sindaco di Valdora Luigi Bruni, intervenuto alla cerimonia.',
  },
  {
    // "“…”. Parole di coach X.", "“…”, parole e musica del presidente X": the verbless note of whose the words just
    // quoted are (with no article: "Le parole di X hanno …" opens a sentence of its own), also with an adjective and
    // "quelle" taking the noun up ("Parole dure, quelle del consigliere X")
    id: 'parole-di',
    re: /^[^\p{L}]*parole(?:\s+e\s+musica)?(?:\s+(?!(?:di|del|della|dello|dei|degli|delle|dell)(?![\p{L}]))\p{Ll}+)?(?:\s*,?\s*quelle)?\s+(?:dell['’]|(?:di|del|della|dello|dei|degli|delle)(?![\p{L}]))/iu,
    example: 'Parole e musica di Luigi Bruni, allenatore della squadra.',
  },
  {
    // "“…”. Con queste parole il Presidente dello Spoleto X ha aperto la cerimonia": the words just quoted, and who
    // said them
    id: 'con-queste-parole',
    // (or one of them in the singular, with another: "Con questo auspicio e invito, l’arcivescovo …"; as a cleft, and
    // with the participle that says whose they are: "È con queste parole, pronunciate sul palco dalla presidente X,
    // che si è aperta la serata")
    re: /^[^\p{L}]*(?:(?:e|ed)\s+)?(?:(?:è|e['’]|era|fu)\s+)?con\s+(?:(?:queste|tali|simili|le\s+seguenti)\s+(?:parole|dichiarazioni|affermazioni|considerazioni)|(?:questo|quest['’]\s*|tale)\s*(?:auspicio|augurio|appello|invito|messaggio|monito|saluto|annuncio|impegno)(?:\s+(?:e|ed)\s+(?:auspicio|augurio|appello|invito|messaggio|monito|saluto|annuncio|impegno))?)(?:\s*,\s*(?:pronunciat|rivolt|dett|espress|scritt|rilasciat|usat|scelt)[eiao](?:\s+\p{Ll}+){0,3}?\s+(?:dall['’]|(?:da|dal|dalla|dallo|dai|dagli|dalle)(?=\s)))?(?:(?<=['’])|\s*,?(?=\s))/iu,
    example: 'Con queste parole il presidente della cooperativa Ivo Sarti ha aperto la cerimonia di premiazione.',
  },
  {
    // "“Il container … era di proprietà di un ambasciatore”." then "È il racconto del tenente colonnello X sul …": a
    // noun of saying in the singular, the copula opening the sentence
    id: 'e-il-racconto-di',
    // (also an announcement, and the noun's participle before whose it is: "E’ l’annuncio dato dal direttore generale
    // dell’Ausl Bianchi", "È il commento rilasciato dalla sindaca X")
    re: /^[^\p{L}]*(?:è|e['’]|era|fu)\s+(?:stat[oa]\s+)?(?:il|lo|la|l['’])\s*(?:racconto|commento|sfogo|appello|monito|testimonianza|ricordo|pensiero|messaggio|invito|auspicio|analisi|giudizio|parere|grido|j['’]accuse|annuncio|saluto)\s+(?:(?:dell['’]|(?:di|del|della|dello|dei|degli|delle)(?![\p{L}]))|(?:dat[oa]|fatt[oa]|rilasciat[oa]|lanciat[oa]|espress[oa]|affidat[oa])\s+(?:dall['’]|(?:da|dal|dalla|dallo|dai|dagli|dalle)(?![\p{L}])))/iu,
    example: 'È il racconto del tenente colonnello Luigi Bruni sul sequestro avvenuto nel porto.',
  },
  {
    id: 'ad-affermarlo-e',
    re: /^[^\p{L}]*(?:e\s+)?ad?\s+(?:affermarlo|dirlo|sostenerlo|spiegarlo|confermarlo|ricordarlo|sottolinearlo|annunciarlo|comunicarlo|riferirlo|segnalarlo|dichiararlo|rivelarlo|ribadirlo|denunciarlo|assicurarlo|precisarlo|raccontarlo|scriverlo|darne\s+notizia|darne\s+l['’]\s*annuncio|renderlo\s+noto)(?:\s+(?:è\s+stat[oa]|sono\s+stat[ie]|è|sono|era|erano))?(?![\p{L}])/iu,
    // (the copula may be left out, as headlines and agency copy do: "A dirlo l'avvocato X, difensore di …"; the
    // announcing of news: "A darne notizia è l’assessore X", "A renderlo noto è stato il Comune")
    example: 'Ad affermarlo è Rita Valli, presidente dell’Ordine degli architetti.',
  },
  {
    // "A rilasciare queste dichiarazioni è stata X", "A pronunciare queste parole è stato X"
    id: 'a-rilasciare-queste-dichiarazioni-e',
    re: /^[^\p{L}]*(?:e\s+)?ad?\s+(?:rilasciare|fare|pronunciare|scrivere|firmare)\s+(?:queste|tali|le|simili)\s+(?:dichiarazioni|parole|affermazioni|considerazioni|frasi|righe)\s+(?:è|sono|era|erano|è\s+stat[oa]|sono\s+stat[ie])(?![\p{L}])/iu,
    example: 'A rilasciare queste dichiarazioni è stata l’assessora regionale alla cultura Ada Merli, intervenendo all’inaugurazione.',
  },
  {
    // "«Nessun aumento …». A tracciare il quadro è X, presidente …", "A fare il punto è stato X", "A lanciare l’allarme
    // è X", "A commentare la sentenza è X": the cleft of one who sums up, warns or comments, the copula written
    id: 'a-fare-il-punto-e',
    re: /^[^\p{L}]*(?:e\s+)?ad?\s+(?:(?:fare|tracciare|stilare)\s+(?:il|un)\s+(?:punto|quadro|bilancio)|lanciare\s+(?:l['’]\s*|un\s+)?(?:allarme|appello)|commentare(?:\s+(?:il|la|lo|l['’])\s*\p{L}+)?|intervenire|replicare|rispondere)\s+(?:è|sono|era|erano|è\s+stat[oa]|sono\s+stat[ie])(?![\p{L}])/iu,
    example: 'A tracciare il quadro è Ivo Sarti, presidente del Consorzio.',
  },
  {
    // "«…». È Adelio Bozzoli, frastornato, a dare la notizia al figlio": the same cleft with the person first
    id: 'e-x-a-dare-la-notizia',
    re: cased(/^[^\p{L}]*(?:è|e['’]|era|fu)(?:\s+stat[oa])?(?=\s+(?:proprio\s+)?(?:il|la|lo|l['’]\s*|\p{Lu})[^.;:!?]{0,80}?\s+ad?\s+(?:dare\s+la\s+notizia|dirlo|parlare|prendere\s+la\s+parola|rompere\s+il\s+silenzio)(?![\p{L}]))/iu),
    example: 'È Ivo Sarti, direttore della Banca del Lago, a dare la notizia ai soci.',
  },
  {
    id: 'e-quanto-ha-detto',
    // (also an estimate: "E’ quanto stima Coldiretti nel sottolineare …", "È quanto ha stimato l’Istat")
    re: new RegExp(`^[^\\p{L}]*(?:è|e['’])\\s+quanto\\s+(?:(?:ha|aveva|hanno|avevano)\\s+(?:${SPEECH_PARTICIPLE}|stimato|previsto)|${SPEECH_PRESENT}|stima|stimano|prevede|prevedono)(?![\\p{L}])`, 'iu'),
    example: 'È quanto ha detto Ivo Sarti, direttore della Banca del Lago, a un convegno.',
  },
  {
    // the person before the verb: "È quanto Ivo Sarti tiene a sottolineare", "È quello che il sindaco Ivo Sarti ha
    // spiegato" (not a verb with its subject after it: "È quello che Roma vede ogni giorno, dice X"); `through` spans
    // the person and the verb
    id: 'e-quanto-x-dice',
    re: cased(new RegExp(`^[^\\p{L}]*(?:è|e['’])\\s+(?:quanto|quello\\s+che|ciò\\s+che)\\s+(?=(?<through>(?:(?:(?:il|la|lo)\\s+|l['’]\\s*)\\p{Ll}+(?:\\s+\\p{Ll}+){0,3}\\s+)?\\p{Lu}[^.;:!?]{0,80}?\\s(?:${SPEECH_PRESENT}|(?:ha|aveva|hanno|avevano)\\s+${SPEECH_PARTICIPLE}|(?:tiene|tengono|vuole|vogliono|(?:ha|hanno)\\s+(?:tenuto|voluto))\\s+(?:a\\s+)?${SPEECH_INFINITIVE}))(?![\\p{L}])(?!\\s+(?:il|la|lo|l['’]|\\p{Lu})))`, 'iu')),
    example: 'È quanto Ivo Sarti, direttore della Banca del Lago, tiene a sottolineare dopo l’incontro.',
  },
  {
    id: 'ne-e-convinto',
    re: /^[^\p{L}]*(?:e\s+)?ne\s+(?:è|sono|era|erano|si\s+dice|si\s+dicono)\s+(?:(?:pienamente|fermamente|davvero|molto)\s+)?(?:convint|sicur|persuas|cert)[oaie](?![\p{L}])/iu,
    example: 'Ne è convinta Elena Corsi, che si augura di “vedere presto nuovi cantieri”.',
  },
];

/**
 * Attributions without a verb: a marker and the source after it ("secondo Rossi", "Per Vitale, …", "A detta del
 * ministro Rossi, …"); the sentence is the source's statement. Read by one loop in speakers.ts: each match's
 * source is the name (or, where allowed, the document) right after the marker.
 */
export interface SourceMarker {
  readonly id: string;
  /** Global regular expression on the sentence (quotations blanked); the source follows the match. */
  readonly re: RegExp;
  /** Documents may be the source too ("secondo il rapporto …"), not only names. */
  readonly documents: boolean;
  /** The name must be set off by a comma ("Per Vitale, …"), else the marker is a plain preposition ("per Meta è …"). */
  readonly commaAfter: boolean;
  /** A word right before the marker that makes it something else ("il secondo", "del secondo"). */
  readonly notAfter?: RegExp;
  /** The source is the name right before the match, which a relative pronoun takes up ("X, secondo cui …"). */
  readonly antecedent?: boolean;
  /** The match ends with the preposition of an agent ("come dichiarato dal"): the source is the person after it. */
  readonly agent?: boolean;
  /** The source is set off by commas on both sides inside the sentence ("…, per Vitale, è …"): the comma must follow
   * the name right away, and a name of one word must be a person the article names in full. */
  readonly insert?: boolean;
  readonly example: string;
}
export const SOURCE_MARKERS: readonly SourceMarker[] = [
  {
    id: 'secondo',
    re: /(?<![\p{L}\p{M}])[Ss]econdo\s+(?=\p{Lu}|(?:la|il|lo|l['’]|i|gli|le)\s*\p{L})/gu,
    documents: true,
    commaAfter: false,
    notAfter: /^(?:il|lo|la|i|gli|le|un|uno|una|l'|del|dal|nel|al|sul|col)$/,
    example: 'Secondo Marta Ferri il porto resterà aperto.',
  },
  {
    // "I carabinieri, secondo la ricostruzione del pm Ilaria Conti, intervennero …", "secondo la versione della
    // difesa": a noun of an account, then whose it is, a person named in full or with their office
    id: 'secondo-la-ricostruzione-di',
    re: /(?<![\p{L}\p{M}])[Ss]econdo\s+(?:la|le|il|i)\s+(?:ricostruzione|versione|tesi|ipotesi|testimonianza|racconto|stima|stime|analisi|parole|dichiarazioni)\s+(?:dell['’]|(?:di|del|della|dello|dei|degli|delle)(?![\p{L}]))\s*/gu,
    documents: false,
    commaAfter: false,
    agent: true,
    example: 'I carabinieri, secondo la ricostruzione del pm Ilaria Conti, intervennero dopo una chiamata.',
  },
  {
    // "Sulla stessa lunghezza d’onda il presidente della Provincia X.", "Dello stesso avviso anche X, che …": a person
    // who shares the stance just reported, with no verb
    id: 'dello-stesso-avviso',
    re: /^[^\p{L}]*(?:(?:e|ed|ma)\s+)?(?:sulla\s+stessa\s+(?:lunghezza\s+d['’]onda|linea)|dello\s+stesso\s+(?:avviso|parere|tenore)|della\s+stessa\s+(?:opinione|idea))\s+(?:(?:anche|pure|è|e['’]|si\s+dice|si\s+è\s+dett[oa])\s+)*/giu,
    documents: false,
    commaAfter: false,
    agent: true,
    example: 'Sulla stessa lunghezza d’onda il presidente della Provincia Sergio Lodi.',
  },
  {
    id: 'per-x',
    // also with the person's office before the name: "Per il sottosegretario Ugo Fabbri, …", "Per l’assessore
    // all’Istruzione Tiziana Cimaroli “…”", and two after a plural office: "Per i difensori del senatore X, A e B “…”"
    // (also after "Mentre": "Mentre per X “…” sono gli obiettivi"; and after a connective that sets the view against
    // the one before: "D'altra parte, per X, “…”", "Invece per X …", "Anche per X …")
    re: /^[^\p{L}]*(?:(?:[Mm]a|[Ee]d?|[Mm]entre)\s+)?(?:(?:[Dd]['’]\s*altra\s+parte|[Dd]all['’]\s*altra\s+parte|[Ii]nvece|[Aa]nche|[Aa]l\s+contrario|[Pp]er\s+contro)\s*,?\s+)?[Pp]er\s+(?=\p{Lu}|(?:il|la|lo|l['’])\s*\p{Ll}+\s+(?:(?:al|alla|allo|ai|agli|alle|all['’]|del|della|dello|dei|degli|delle|dell['’]|di)\s*)?\p{Lu}|(?:i|gli|le)\s+\p{Ll}+\s+(?:(?:del|della|dello|dei|degli|delle|dell['’]|di)\s*)?(?:\p{Ll}+\s+)?\p{Lu})/gu,
    documents: false,
    commaAfter: true,
    example: 'Per Nicola Vitale, i porti piccoli vanno aiutati.',
  },
  {
    // "La bozza del governo, per Nardella, è “del tutto inefficace”", "L’unico punto positivo, per il sindaco Dario
    // Nardella, è il censimento": a source set off by commas inside the sentence (a name alone only of a person the
    // article names in full: ", per Natale," is a day)
    id: 'per-x-insert',
    re: /,\s*per\s+(?=\p{Lu}|(?:il|la|lo|l['’])\s*\p{Ll}+\s+(?:(?:al|alla|allo|ai|agli|alle|all['’]|del|della|dello|dei|degli|delle|dell['’]|di)\s*)?\p{Lu})/gu,
    documents: false,
    commaAfter: true,
    insert: true,
    example: 'La bozza, per Nicola Vitale, è del tutto inefficace.',
  },
  {
    // "… dal segretario Nicola Zingaretti, secondo cui il voto “rafforza il governo”", "…, a detta della quale …"
    // ("per cui", "per il quale" mostly mean "for which": not a source)
    id: 'secondo-cui',
    re: /,\s*(?:secondo\s+(?:cui|il\s+quale|la\s+quale|i\s+quali|le\s+quali)|a\s+detta\s+(?:del|della|dei|delle)\s+quali?e?)(?![\p{L}\p{M}])/gu,
    documents: false,
    commaAfter: false,
    antecedent: true,
    example: 'Il piano è stato presentato dal sindaco Aldo Bruni, secondo cui i lavori finiranno entro l’estate.',
  },
  {
    // "Dal sindaco X la soddisfazione per …", "Da parte dei consiglieri X e Y il disappunto per …": a sentence that
    // opens with whom a stance comes from, then the stance's noun, without a verb
    id: 'da-x-la-soddisfazione',
    re: /^[^\p{L}]*(?:da\s+parte\s+(?:di|del|della|dello|dei|degli|delle|dell['’])|dal|dalla|dallo|dai|dagli|dalle|dall['’]|da)\s*(?=[^.;:!?“”«»]{1,120}?\s(?:la\s+soddisfazione|il\s+plauso|l['’]apprezzamento|il\s+disappunto|la\s+preoccupazione|il\s+ringraziamento|i\s+ringraziamenti|i\s+complimenti|l['’]appello|la\s+critica|le\s+critiche|la\s+condanna|il\s+sostegno|l['’]auspicio|la\s+soddisfazione)(?![\p{L}]))/giu,
    documents: false,
    commaAfter: false,
    agent: true,
    example: 'Dal sindaco Aldo Bruni la soddisfazione per la realizzazione del nuovo parco.',
  },
  {
    // "Immediata solidarietà al collega da parte del Presidente dell’Ordine, Massimo Buscema": the stance's noun
    // opening the sentence, then whom it comes from after "da parte di"
    id: 'la-soddisfazione-da-parte-di',
    re: /^[^\p{L}]*(?:(?:piena|immediata|massima|totale|grande|profonda|forte|viva|sincera|unanime)\s+)?(?:soddisfazione|solidarietà|plauso|apprezzamento|disappunto|preoccupazione|cordoglio|vicinanza|condanna|sdegno|indignazione)\s[^.;:!?“”«»]{0,80}?da\s+parte\s+(?:dell['’]|(?:di|del|della|dello|dei|degli|delle)(?![\p{L}]))\s*/giu,
    documents: false,
    commaAfter: false,
    agent: true,
    example: 'Immediata solidarietà al collega da parte del presidente dell’Ordine dei medici, Aldo Bruni.',
  },
  {
    // "… da parte di monsignor Sigalini, per il quale “nello sport una persona gioisce della vita”": "per il quale" right
    // before a quotation, on a person named before the comma, is whose words they are
    id: 'per-il-quale-quotation',
    re: /,\s*per\s+(?:il|la|i|le)\s+qual[ei](?=\s*[“«"„])/gu,
    documents: false,
    commaAfter: false,
    antecedent: true,
    example: 'Elogio dello sport da parte del vescovo Aldo Bruni, per il quale “lo sport aiuta a crescere”.',
  },
  {
    // "Una festa fortemente voluta dall’amministrazione, come dichiarato dal neo sindaco Francesco Cagninj, …", "…, come
    // sottolineato dal direttore generale della Regione, Vincenzo Rivera, …": a participle of saying and its agent
    id: 'come-dichiarato-da',
    // (or "secondo quanto", "stando a quanto", "da quanto", "per quanto": "Secondo quanto riferito dal sindaco X, la
    // strada riaprirà lunedì"; two agents as "sia da X che da Y": "come specificato sia dal sindaco X che dal
    // comandante Y, …")
    re: new RegExp(String.raw`(?<![\p{L}\p{M}])(?:come|(?:secondo|stando\s+a|da|per)\s+quanto)\s+(?:(?:è|era)\s+stat[oa]\s+)?(?:anche\s+)?(?:dichiarato|detto|sottolineato|spiegato|ricordato|evidenziato|affermato|annunciato|anticipato|precisato|specificato|chiarito|puntualizzato|riferito|confermato|osservato|rilevato|ribadito|rimarcato|riportato|comunicato|reso\s+noto|fatto\s+sapere)\s+(?:anche\s+|sia\s+)?${AGENT}`, 'giu'),
    documents: false,
    commaAfter: false,
    agent: true,
    example: 'La festa è stata voluta dalla nuova amministrazione, come dichiarato dal neo sindaco Aldo Bruni.',
  },
  {
    // "Critiche sono piovute da Francesco Ninno, rappresentante del Comitato, anche sui bus sostitutivi": words said
    // of something, arriving from their agent
    id: 'critiche-da',
    re: new RegExp(String.raw`(?<![\p{L}\p{M}])(?:critiche|accuse|attacchi|proteste|complimenti|elogi|apprezzamenti|rassicurazioni|appelli)\s+(?:sono|erano|sono\s+già)\s+(?:piovut|arrivat|giunt)[ei]\s+(?:anche\s+)?${AGENT}`, 'giu'),
    documents: false,
    commaAfter: false,
    agent: true,
    example: 'Critiche sono piovute da Aldo Bruni, portavoce del comitato, anche sui bus sostitutivi.',
  },
  {
    // "… una stagione più che soddisfacente, parola di Marco Garbin, direttore della skiarea": what the clause before
    // the comma says is the word of the person after "parola di"
    id: 'parola-di',
    re: /(?<=,\s{0,2})parola\s+(?:(?:di|del|della|dello|dei|degli|delle)\s+|dell['’]\s*)(?=\p{Lu}|(?:\p{Ll}+\s+){1,2}\p{Lu})/gu,
    documents: false,
    commaAfter: false,
    agent: true,
    example: 'Gli impianti chiudono una stagione più che soddisfacente, parola di Aldo Bruni, direttore della skiarea.',
  },
  {
    // "… l’impegno dei produttori a rilasciare acqua, annunciato dall’assessore lombardo alla Montagna, Massimo
    // Sertori": a participle of announcing after a comma, and its agent
    id: 'annunciato-da',
    re: new RegExp(String.raw`(?<=,\s{0,2})(?:annunciat[oaie]|comunicat[oaie]|dichiarat[oaie])\s+(?:anche\s+)?${AGENT}`, 'giu'),
    documents: false,
    commaAfter: false,
    agent: true,
    example: 'Il Comune rinuncia al progetto, annunciato dall’assessore ai Lavori pubblici Aldo Bruni.',
  },
  {
    // "Le problematiche sono state raccontate da Lucia Galletta, presidente dell’ordine …", "La novità è stata
    // annunciata dall’assessore X": a reporting verb in the passive, and its agent (a person named in full or with
    // their office)
    id: 'passive-speech-da',
    re: new RegExp(String.raw`(?<![\p{L}\p{M}])(?:(?:è|sono|era|erano|sarà|saranno)\s+(?:stat[oaie]\s+)?|(?:viene|vengono|verrà|verranno)\s+)(?:(?:poi|anche|quindi|invece|inoltre)\s+)?(?:annunciat|illustrat|spiegat|comunicat|dichiarat|ribadit|sottolineat|precisat|raccontat|espost|evidenziat|confermat|denunciat|smentit)[oaie]\s+(?:anche\s+)?${AGENT}`, 'giu'),
    documents: false,
    commaAfter: false,
    agent: true,
    example: 'La chiusura del cantiere è stata annunciata dall’assessore ai Lavori pubblici Aldo Bruni durante la seduta.',
  },
  {
    id: 'a-detta-di',
    re: /(?<![\p{L}\p{M}])(?:[Aa]\s+detta|[Aa]d\s+avviso|[Aa]\s+giudizio|[Aa]\s+parere|[Ss]tando)\s+(?:di|del|della|dello|a|al|alla|allo)\s+(?=\p{Lu}|(?:ministro|ministra|presidente|sindaco|sindaca|direttore|direttrice)\s+\p{Lu})/gu,
    documents: false,
    commaAfter: false,
    example: 'A detta del ministro Ugo Fabbri, i cantieri chiuderanno entro l’anno.',
  },
];

/**
 * Constructions that give a person named at the start of the sentence the same stance as its subject, by
 * comparison or agreement ("Come Ada Neri, presidente di …, Rossi non è d’accordo con …", "Al pari di Neri, Rossi
 * ritiene che …"): the statement is reported for both. The person is the name right after the match.
 */
export const SHARED_STANCES: readonly CataphoricOpener[] = [
  {
    id: 'come-x',
    re: cased(/^[^\p{L}]*(?:(?:proprio|esattamente|così|e)\s+)?come\s+(?=\p{Lu})/iu),
    example: 'Come Ada Neri, presidente dell’Ordine dei medici, Luca Rossi non è d’accordo con la riforma.',
  },
  {
    id: 'al-pari-di',
    re: cased(/^[^\p{L}]*(?:al\s+pari\s+di|analogamente\s+a|in\s+linea\s+con|d['’]accordo\s+con)\s+(?=\p{Lu})/iu),
    example: 'Al pari di Ada Neri, Luca Rossi ritiene che la riforma vada rinviata.',
  },
];

/**
 * Constructions that bring a person to the floor without a statement of their own ("ha dato la parola a X",
 * "è intervenuta X"): the next unattributed quotation or inserted "– ha detto –" is theirs. The person is read
 * forward from the end of the match.
 */
export const FLOOR_GIVERS: readonly CataphoricOpener[] = [
  {
    id: 'da-la-parola-a',
    re: /(?:dà|dato|data|dando|ha\s+dato|ha\s+passato|passa)\s+la\s+parola\s+(?:all['’]|(?:a|al|alla|allo|ai|agli|alle)(?![\p{L}]))/iu,
    example: 'A fare gli onori di casa il direttore del consorzio, Pietro Lodi, che ha dato la parola alla vicepresidente, Franca Neri.',
  },
  {
    id: 'e-intervenuto',
    // ("Prima di lui aveva parlato il questore X.")
    // (also "X ha parlato al termine della gara.", "X ha parlato a lungo.": speaking with nothing said, `SPOKE_WITH_NOTHING_SAID`)
    re: cased(new RegExp(`(?:è|era)\\s+intervenut[oa](?![\\p{L}])|(?:(?:ha|aveva)\\s+(?:(?:poi|quindi|infine|anche|allora)\\s+)?preso|prende)\\s+(?:(?:poi|quindi|infine|anche|allora)\\s+)?la\\s+parola|(?<!non\\s+)(?:ha|aveva)\\s+parlato(?=\\s+(?:il|la|lo|l['’]|\\p{Lu})|\\s+${SPOKE_WITH_NOTHING_SAID})`, 'iu')),
    example: 'Alla presentazione del piano è intervenuta la sindaca di Valdora Irene Basso.',
    subjectFirst: true,
  },
  {
    // who speaks first, next, last: "Il primo a parlare è X", "A prendere la parola è stato X", "A rompere il ghiaccio
    // è proprio X", "È il turno di X", "È stata la volta di X", "A comunicarlo sono il sindaco X e l'assessora Y" (the first named),
    // "Tocca a X", "La parola passa a X"
    id: 'il-primo-a-parlare-e',
    re: /(?<![\p{L}])a\s+(?:parlare|intervenire|prendere\s+la\s+parola|rompere\s+il\s+ghiaccio|commentare|replicare|rispondere|(?:comunicar|annunciar|illustrar|presentar)lo)\s+(?:(?:per\s+prim[oa]|per\s+ultim[oa]|poi|invece)\s+)?(?:è\s+stat[oa]|sono\s+stat[ie]|è|e['’]|sono|sarà|fu)(?![\p{L}])|(?<![\p{L}])(?:è|e['’]|è\s+stat[oa]|era)\s+(?:poi\s+)?(?:(?:il\s+)?turno|la\s+volta)\s+(?:di|del|della|dello|dell['’])|(?<![\p{L}])tocca\s+(?:poi\s+)?(?:a|al|alla|allo|all['’])(?![\p{L}])|(?<![\p{L}])la\s+parola\s+(?:(?:passa|è\s+passata)\s+|(?:quindi|poi|ora|infine|allora)\s+)(?:a|al|alla|allo|all['’])(?![\p{L}])/iu,
    example: 'Poi è il turno del tecnico Gennaro Di Carlo, che compie una breve analisi della gara.',
  },
  {
    // who speaks next, with no verb: "A dettagliare l'intervento che sarà effettuato, invece, Umberto Musco, …"
    id: 'a-dettagliare-x',
    re: /^[^\p{L}]*A\s+(?:dettagliare|illustrare|spiegare|presentare|raccontare|descrivere|chiudere|aprire|concludere)(?:lo|la|li|le)?(?![\p{L}])[^.;:!?,]{0,80},\s*(?:(?:invece|poi|infine|quindi)\s*,\s*)?(?=(?:il|la|lo|l['’])?\s*\p{Lu})/u,
    example: "A dettagliare l'intervento che sarà effettuato, invece, Paolo Serra, responsabile dei lavori pubblici.",
    nameRightAfter: true,
  },
  {
    // who takes it upon themselves to say it: "A spiegarlo ci pensa X", "a esprimere le ragioni … ci ha pensato X"
    id: 'ci-pensa-x',
    re: /(?<![\p{L}])ad?\s+(?:spiegar|esprimer|risponder|replicar|commentar|chiarir|illustrar|raccontar|ricordar|precisar|rassicurar|parlar|motivar|sottolinear|annunciar|dir|ribadir|denunciar)(?:e|lo|la|li|le|ne)(?![\p{L}])[^.;:!?“”«»"]{0,80}?\s+ci\s+(?:pensa|pensano|ha\s+pensato|hanno\s+pensato|penserà)(?![\p{L}])/iu,
    example: 'Dai banchi dell’opposizione arriva un no perentorio e a esprimere le ragioni ci pensa Claudio Asunis.',
  },
  {
    // who speaks after someone: "A lei ha fatto seguito il sindaco X", "Gli ha fatto eco l’assessora Y"
    id: 'ha-fatto-seguito',
    re: /(?<![\p{L}])(?:ha|hanno|aveva)\s+fatto\s+(?:seguito|eco)(?![\p{L}])/iu,
    example: 'A lei ha fatto seguito il sindaco Mattia Bruni, che ha tradito un pizzico d’emozione.',
    subjectFirst: true,
  },
  {
    // a post, a letter, a note signed by someone: the quotations that follow are what they wrote
    id: 'firmato-da',
    re: /(?<![\p{L}])(?:firmat[oa]|sottoscritt[oa]|a\s+firma)\s+(?:dall['’]|(?:da|dal|dalla|dallo|di|del|della|dello)(?![\p{L}]))/iu,
    example: 'Il Comune ha pubblicato un post sulla propria pagina Facebook, firmato dal sindaco Irene Basso.',
  },
];

/**
 * Words after which a quotation is the title of a programme, publication or work, never a statement ("ospite di
 * “Mattinale”", "intervistato a “Linea diretta”", "il rapporto “Acque e coste 2030”"). Each row is a regular
 * expression on the sentence's words right before the opening mark; `example` shows it (tested).
 */
export interface TitleIntroducer {
  readonly id: string;
  readonly re: RegExp;
  readonly example: string;
  /** the introducer says outright that a title follows, so the title may run longer than a dozen words */
  readonly explicit?: boolean;
}
const ART = `(?:il|lo|la|i|gli|le|l['’])`;
const PREP = `(?:a|al|alla|allo|ai|agli|alle|all['’]|di|del|della|dello|dei|degli|delle|dell['’]|da|dal|dalla|dallo|dai|dagli|dalle|dall['’]|su|sul|sulla|sullo|sui|sugli|sulle|sull['’]|in|nel|nella|nello|nei|negli|nelle|nell['’]|con)`;
export const TITLE_INTRODUCERS: readonly TitleIntroducer[] = [
  {
    id: 'ospite-di',
    re: new RegExp(`(?<![\\p{L}])(?:ospit[ei]|intervistat[oaie]|intervenut[oaie]|collegat[oaie])\\s+${PREP}\\s*$`, 'iu'),
    example: 'ha detto ancora il ministro, ospite di ',
  },
  {
    id: 'intervista-a',
    re: new RegExp(`(?<![\\p{L}])(?:intervista|intervento|editoriale|collegamento|microfoni|diretta|puntata|studi)\\s+${PREP}\\s*$`, 'iu'),
    example: 'in un’intervista al ',
  },
  {
    id: 'titolo-di-opera',
    re: cased(new RegExp(`(?<![\\p{L}])(?:${ART}\\s*|${PREP}\\s*|(?:un|una|uno|un['’])\\s*)(?:programma|trasmissione|rubrica|report|volume|webinar|talk(?:[- ]show)?|podcast|quotidiano|giornale|settimanale|mensile|rivista|testata|libro|romanzo|saggio|film|documentario|serie|mostra|festival|rassegna|convegno|concorso|iniziativa|manifestazione|evento|decreto|progetto|campagna|rapporto|dossier|indagine|ricerca|piano|bando|premio|spettacolo|canzone|brano|singolo|disco|album|opera|poesia|titolo)(?:\\s+\\p{Ll}+){0,2}\\s*$`, 'iu')),
    example: 'presentando il rapporto ',
  },
  {
    // the name of a place after its common noun: "dell’ospedale ‘San Pio’", "l’istituto comprensivo “Marconi”"
    // (not a body's: "dell’Associazione “…”" may name who speaks)
    id: 'nome-di-luogo',
    re: cased(new RegExp(`(?<![\\p{L}])(?:${ART}\\s*|${PREP}\\s*|(?:un|una|uno|un['’])\\s*)(?:ospedale|clinica|policlinico|presidio|scuola|istituto|liceo|asilo|plesso|università|ateneo|stadio|palazzetto|palasport|teatro|cinema|auditorium|palazzo|villa|castello|chiesa|santuario|parco|giardino|piazza|centro|museo|biblioteca|hotel|albergo|rifugio|ristorante|circolo|quartiere|rione|residenza|rsa|struttura|complesso|nave|aeroporto|stazione|galleria|sala)(?:\\s+\\p{Ll}+){0,2}\\s*$`, 'iu')),
    example: 'la primaria del reparto di Emergenza dell’ospedale ',
  },
  {
    // a programme named where the words were said: "Lo ha detto il ministro …, a “Porta a porta” su Rai1",
    // "intervenendo a “Agorà”", "parlando a “Radio anch’io”"
    id: 'a-trasmissione',
    re: /(?:,|(?<![\p{L}])(?:detto|dichiarato|affermato|spiegato|intervenendo|intervenut[oaie]|parlando|rispondendo))\s+(?:a|ad)\s*$/iu,
    example: 'Lo ha detto il ministro, a ',
  },
  {
    id: 'intitolato',
    re: /(?<![\p{L}])(?:intitolat[oaie]|dal\s+titolo|dal\s+nome|chiamat[oaie]|denominat[oaie]|battezzat[oaie])\s*$/iu,
    example: 'un libro intitolato ',
    explicit: true,
  },
  {
    // a talk's or a meeting's theme: "La prolusione è stata tenuta dalla professoressa X sul tema: “…”"
    id: 'sul-tema',
    re: /(?<![\p{L}])(?:sul|dal|del|col|con\s+il|il)\s+tema\s*:?\s*$/iu,
    example: 'la prolusione sul tema: ',
    explicit: true,
  },
];

/**
 * Whether the quotation whose opening mark follows `before` is a title rather than a statement.
 * @param before - the sentence's text before the opening mark (quotations blanked)
 * @param inner - the quoted words
 * @returns true for "ospite di “Mattinale”" and the like: a short quotation opening with a capital after a title introducer
 */
export function isTitleQuotation(before: string, inner: string): boolean {
  const words = inner.trim().split(/\s+/).length;
  // (a title may have a subtitle after a colon: "Le imprese estere in Italia: il ruolo nelle economie regionali")
  return /^\s*[\p{Lu}\d]/u.test(inner) && !/[.!?;]\s/.test(inner) && TITLE_INTRODUCERS.some((row) => (words <= 12 || (row.explicit === true && words <= 30)) && row.re.test(before));
}

// The auxiliaries and modal verbs a subject stands before, by person, tense and verb. Each set below is built from
// these, so the constructions that read a subject before its verb agree on what an auxiliary is; each takes the forms
// its construction needs.
const HAVE_SINGULAR = ['ha', 'aveva'];
const HAVE_PLURAL = ['hanno', 'avevano'];
const HAVE_FIRST_PERSON = ['ho', 'abbiamo'];
const HAVE_CONDITIONAL = ['avrebbe', 'avrebbero'];
// ("s’è": "si è" elided, as "Debora Miranda s’è presentata allo sportello")
const BE_SINGULAR = ['è', 'era', "s'è"];
const BE_OTHER = ['sono', 'erano', 'sarà', 'saranno'];
const STAY = ['sta', 'stava'];
const WANT = ['vorrebbe', 'vorrebbero', 'vuole', 'vogliono'];

/**
 * Auxiliaries after which a role noun with its article is the subject of whatever follows ("la premier ha
 * scherzato …", "il ministro è arrivato …"): the person of that role comes into focus, named before or after.
 */
export const ROLE_SUBJECT_AUXILIARIES: ReadonlySet<string> = new Set([...HAVE_SINGULAR, ...BE_SINGULAR, ...STAY, 'si']);
/** Forms of "avere" as an auxiliary: the noun after "ha lanciato", "ha voluto lanciare" is the verb's object. */
export const HAVE_FORMS: ReadonlySet<string> = new Set([...HAVE_SINGULAR, ...HAVE_PLURAL, ...HAVE_FIRST_PERSON, ...HAVE_CONDITIONAL]);
/** Auxiliaries (and "volere") after which a sentence's subject stands before its verb ("Franco Lucente ha incontrato …",
 * "X, la vedova dell’imprenditore, vorrebbe sfuggire …"). */
export const FOCUS_AUXILIARIES: ReadonlySet<string> = new Set([...HAVE_SINGULAR, ...HAVE_PLURAL, ...BE_SINGULAR, ...BE_OTHER, ...WANT]);
/** Auxiliaries that, after a role noun, make it the subject of their verb ("il mister ha raccontato …"). */
export const ROLE_VERB_AUXILIARIES: ReadonlySet<string> = new Set([...HAVE_SINGULAR, ...HAVE_PLURAL, ...HAVE_CONDITIONAL, ...STAY, 'stanno']);
/** Auxiliaries right after a name before a colon ("… Rossi ha detto: «…»"). */
export const COLON_SUBJECT_AUXILIARIES: ReadonlySet<string> = new Set([...HAVE_SINGULAR, ...HAVE_PLURAL, ...BE_SINGULAR]);

/** Title words written before a name ("il CEO Satya Nadella"), capitalised or not. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'ceo', 'cto', 'cfo', 'coo', 'presidente', 'vicepresidente', 'direttore', 'direttrice', 'fondatore', 'fondatrice',
  'cofondatore', 'professore', 'professoressa', 'prof', 'dott', 'dottor', 'dottoressa', 'ingegner', 'avvocato', 'monsignor', 'monsignore',
  'ministro', 'ministra', 'senatore', 'senatrice', 'sindaco', 'sindaca', 'ricercatore', 'ricercatrice', 'analista',
  'portavoce', 'dirigente', 'amministratore', 'delegato', 'delegata', 'capo', 'signor', 'signora', 'sig', 'dr',
  // offices that formal prose capitalises, before a name or alone ("il Sottosegretario ha sottolineato …")
  // "vice" written apart ("il Vice Sindaco Laura Adduce", "il vice ministro")
  'vice', 'sottosegretario', 'sottosegretaria', 'assessore', 'assessora', 'consigliere', 'consigliera', 'deputato', 'deputata',
  'segretario', 'segretaria', 'commissario', 'commissaria', 'governatore', 'governatrice', 'ambasciatore', 'coordinatore', 'coordinatrice',
  'ambasciatrice', 'prefetto', 'questore', 'procuratore', 'procuratrice', 'rettore', 'rettrice', 'premier',
  // (guarantors and the clergy's and heritage's offices: "il Garante dei detenuti, X", "il Vescovo", "la Soprintendente")
  'garante', 'vescovo', 'arcivescovo', 'cardinale', 'soprintendente', 'sovrintendente', 'provveditore',
  // ranks, capitalised before the officer's name ("Generale Salvatore Luongo", "Colonnello Loreto Biscardi")
  'generale', 'comandante', 'colonnello', 'capitano', 'tenente', 'maresciallo', 'brigadiere', 'ammiraglio', 'vicequestore',
  // titles cut short before a name ("Capitan Michele Lamaro", "il professor Rossi", "il cavalier Bianchi")
  'capitan', 'professor', 'cavalier', 'commendator',
  // a pope's title before his name ("Papa Francesco", "Papa Giovanni XXIII")
  'papa',
]);

/** Nouns of documents and statements that can be quoted as a source ("la memo", "il rapporto"). */
export const DOCUMENT_NOUNS: readonly string[] = [
  'memo', 'memorandum', 'documento', 'rapporto', 'report', 'relazione', 'lettera', 'comunicato', 'nota',
  'email', 'e-mail', 'studio', 'annuncio', 'post', 'messaggio', 'blog', 'materiali', 'documentazione',
  'dichiarazione', 'sondaggio', 'analisi', 'articolo', 'manifesto', 'rapporti', 'documenti',
  // surveys and inquiries that find and say ("sottolinea un’indagine del Codacons"); INQUIRY_NOUNS below
  'indagine', 'rilevazione', 'inchiesta',
];

/**
 * Document nouns that also name an inquiry as an event: no source after a preposition ("Dopo un’indagine di tre
 * giorni, il rapporto …", "nell’inchiesta sulla frana").
 */
export const INQUIRY_NOUNS: ReadonlySet<string> = new Set(['indagine', 'rilevazione', 'inchiesta']);

/** Personal pronouns that pick up the person in focus ("Egli ritiene…"). */
export const PRONOUNS: ReadonlySet<string> = new Set(['egli', 'ella', 'lui', 'lei', 'esso', 'essa', "quest'ultimo", "quest'ultima"]);

/** Words that may stand between a subject and its verb: negation, clitics, adverbs ("Lambert afferma anche"). */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set([
  'non', 'si', 'ne', 'anche', 'inoltre', 'ancora', 'poi', 'però', 'invece', 'tuttavia', 'già', 'mai', 'ora', 'oggi',
  'spesso', 'sempre', 'infatti', 'quindi', 'comunque', 'pure', 'stesso', 'stessa', 'ieri', 'adesso', 'ormai',
  // adverbs of time and order ("Il presidente Porro prima aveva affermato")
  'prima', 'intanto', 'infine', 'allora', 'subito',
  // and the parts of the day, after "ieri" or "oggi" or in one word ("Mario Rossi ieri sera ha spiegato")
  'stamattina', 'stamani', 'stamane', 'stasera', 'stanotte', 'mattina', 'pomeriggio', 'sera', 'notte',
]);

/** Words a sentence may open with before a verb whose subject is carried over ("Ma è ottimista…"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'ma', 'e', 'ed', 'però', 'ora', 'poi', 'inoltre', 'anche', 'infine', 'oggi', 'eppure', 'tuttavia', 'quindi', 'così',
  'non', 'si', 'ne', 'adesso', 'ancora', 'invece', 'comunque', 'intanto', 'dunque', 'pure', 'già', 'mai', 'sempre',
  'infatti', 'allora', 'o', 'oppure', 'né',
]);

/** Auxiliaries and copulas that, opening a sentence, show its subject is carried over ("Sta osservando…"). */
export const OPENING_AUXILIARIES: ReadonlySet<string> = new Set([
  'sta', 'stava', 'è', 'era', 'ha', 'aveva', 'sarà', 'avrà', 'fu', 'ebbe', 'vuole', 'voleva', 'può', 'poteva', 'deve',
  'doveva', 'sembra', 'sembrava', 'continua', 'continuava',
]);

/** Words that end a name when walking back from a verb: articles, prepositions, conjunctions. */
export const ARTICLES: ReadonlySet<string> = new Set(['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', "l'", 'l’', "un'", 'un’']);

/** Words that look like names at the start of a sentence but are not (capitalised function words). */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'come', 'anche', 'ma', 'e', 'ed', 'se', 'non', 'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'una', 'uno', 'questo',
  'questa', 'questi', 'queste', 'quello', 'quella', 'nel', 'nella', 'nei', 'negli', 'nelle', 'del', 'della', 'dei',
  'degli', 'delle', 'al', 'alla', 'ai', 'agli', 'alle', 'dal', 'dalla', 'dai', 'dagli', 'dalle', 'sul', 'sulla',
  'per', 'con', 'tra', 'fra', 'da', 'di', 'in', 'a', 'su', 'secondo', 'mentre', 'quando', 'dove', 'perché', 'sebbene',
  'benché', 'durante', 'dopo', 'prima', 'ora', 'poi', 'oggi', 'ieri', 'così', 'proprio', 'già', 'egli', 'ella',
  'lui', 'lei', 'esso', 'essa', 'essi', 'esse', 'ciò', 'costui', 'costei', 'costoro', 'coloro', 'quelli', 'quelle', 'loro', 'noi', 'voi', 'io', 'tu', 'ci', 'si', 'è', 'era', 'sono', 'ha', 'hanno',
  'otto', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'nove', 'dieci', 'cento', 'mille', 'tutti',
  'tutto', 'ogni', 'alcuni', 'molti', 'pochi', 'nessuno', 'chi', 'cosa', 'che', 'the', 'a', 'an', 'inoltre',
  'tuttavia', 'infatti', 'quindi', 'dunque', 'però', 'eppure', 'infine', 'intanto', 'allora', 'invece', 'stando',
]);

/** Name tokens that mark an organisation rather than a person ("Madrona Ventures", "Hugging Face"). */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'corporation', 'ventures', 'labs', 'lab', 'group', 'gruppo', 'università', 'university', 'institute',
  'istituto', 'foundation', 'fondazione', 'face', 'ai', 'research', 'capital', 'partners', 'spa', 's.p.a.', 'srl',
  'ltd', 'llc', 'casa', 'bianca', 'commissione', 'governo', 'ministero', 'banca', 'bank', 'associazione', 'news',
  'times', 'post', 'journal', 'agency', 'agenzia', 'studios', 'systems', 'technologies', 'software', 'network',
  'company', 'companies', 'movimento', 'partito', 'sindacato', 'ente', 'federazione', 'confederazione', 'organizzazione',
  'consorzio', 'comitato', 'committee', 'scuola', 'cooperativa', 'coop', 'club', 'amministrazione', 'loco',
]);
