import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadCorpus, parseArticle } from '../../src/core/corpus.js';
import { buildPeople, nameTokens, wordSimilarity } from '../../src/core/people.js';
import { extractSpeakers, type SpeakerDraft } from '../../src/core/speakers.js';
import { closingOpeners, findQuotations, quotationRuns, quoteSentences } from '../../src/core/quotes.js';
import type { Article, Quote } from '../../src/core/types.js';

const fixtures = loadCorpus(fileURLToPath(new URL('../fixtures/quotes', import.meta.url)));
const seed = loadCorpus(fileURLToPath(new URL('../../corpus', import.meta.url)));
const article = (articles: readonly Article[], slug: string): Article => {
  const a = articles.find((x) => x.slug === slug);
  if (!a) throw new Error(`test: no fixture article ${slug}`);
  return a;
};
const speaker = (drafts: readonly SpeakerDraft[], name: string): SpeakerDraft => {
  const s = drafts.find((d) => d.name === name);
  if (!s) throw new Error(`test: no speaker ${name} among ${drafts.map((d) => d.name).join(', ')}`);
  return s;
};
const has = (quotes: readonly Quote[], paragraph: number, kind: Quote['kind'], text: string) =>
  quotes.some((q) => q.paragraph === paragraph && q.kind === kind && q.text.includes(text));

describe('quotations and quote-aware sentences', () => {
  it('GIVEN typographic, guillemet and straight quotation marks THEN each quotation is found with its inner words', () => {
    const qs = findQuotations('“Uno”, disse. «Due» e "tre".');
    expect(qs.map((q) => q.inner)).toEqual(['Uno', 'Due', 'tre']);
  });

  it('GIVEN straight marks quoting inside a straight quotation (“"… ad "alta frequenza", cioè …"”) THEN the quotation runs to its own closing mark, the inner one kept in its words; marks that close where they stand pair as before', () => {
    const text = '"Il dato relativo ai prodotti ad "alta frequenza d\'acquisto", cioè quelli comprati ogni giorno, è sottostimato - spiega il presidente Aldo Bruni - In ogni caso si tratta di rincari". Poi tace.';
    expect(findQuotations(text).map((q) => q.inner)).toEqual(['Il dato relativo ai prodotti ad "alta frequenza d\'acquisto", cioè quelli comprati ogni giorno, è sottostimato - spiega il presidente Aldo Bruni - In ogni caso si tratta di rincari']);
    expect(findQuotations('Ha detto "basta" e poi "ancora" per due volte.').map((q) => q.inner)).toEqual(['basta', 'ancora']);
    expect(findQuotations('"Sì", ha detto. "No" ha risposto.').map((q) => q.inner)).toEqual(['Sì', 'No']);
    // (several inner ones, the last closing the quotation too: "… questo piccolo e "ardito" festival di "musica attuale".")
    const two = 'Ha parlato la presidente Anna Neri: "È un appuntamento atteso, come il nostro piccolo e "ardito" festival di "musica attuale".';
    expect(findQuotations(two).map((q) => q.inner)).toEqual(['È un appuntamento atteso, come il nostro piccolo e "ardito" festival di "musica attuale']);
    // (not long spans between marks, which are quotations of their own: "la frase "… e poi "Behind the Sofa". … "al centro del rapporto di molte persone con lo spettacolo"")
    const long = 'La frase "Nascondersi dietro il divano è entrata nell’uso e ha dato il nome alla mostra "Behind the Sofa". Un articolo ha messo la paura "al centro del rapporto di molte persone con lo spettacolo", e un voto l’ha detta "lo show più spaventoso".';
    expect(findQuotations(long).some((q) => q.inner.startsWith('Nascondersi') && q.inner.includes('spaventoso'))).toBe(false);
    const bruni = extractSpeakers(parseArticle(`---\ntitle: Prezzi\nlang: it\n---\n\n${text}\n`, 'prezzi')).find((d) => d.name === 'Aldo Bruni');
    expect(bruni?.quotes.map((q) => q.text)).toEqual(['Il dato relativo ai prodotti ad "alta frequenza d\'acquisto", cioè quelli comprati ogni giorno, è sottostimato', 'In ogni caso si tratta di rincari']);
  });

  it('GIVEN typographic marks quoting inside a typographic quotation (“… gli incidenti “sono delle calamità” … morti”) THEN the quotation closes at the mark balancing its own; one left open keeps reading as before', () => {
    const text = '“È pazzesco. Come ha detto il vescovo, gli incidenti “sono delle calamità” da fermare, verso “zero” morti”. Lo ha detto Aldo Bruni.';
    expect(findQuotations(text).map((q) => q.inner)).toEqual(['È pazzesco. Come ha detto il vescovo, gli incidenti “sono delle calamità” da fermare, verso “zero” morti']);
    expect(findQuotations('“Primo” e poi “secondo”.').map((q) => q.inner)).toEqual(['Primo', 'secondo']);
    expect(findQuotations('“Uno “due” tre” e “quattro”.').map((q) => q.inner)).toEqual(['Uno “due” tre', 'quattro']);
    const bruni = extractSpeakers(parseArticle(`---\ntitle: Lavoro\nlang: it\n---\n\n${text}\n`, 'lavoro')).find((d) => d.name === 'Aldo Bruni');
    expect(bruni?.quotes.map((q) => q.text)).toEqual([findQuotations(text)[0]!.inner]);
  });

  it('GIVEN a full stop inside a quotation THEN the sentence does not end there', () => {
    const s = quoteSentences('“Non so. Vedremo”, dice Rossi. Poi tace.');
    expect(s.map((x) => x.text)).toEqual(['“Non so. Vedremo”, dice Rossi.', 'Poi tace.']);
  });

  it('GIVEN a sentence that ends and a new quotation that opens THEN they are two sentences, and the frame blanks the quoted words', () => {
    const s = quoteSentences('“Si può sostenere tutto”, dice. “Anche questo”.');
    expect(s).toHaveLength(2);
    expect(s[0]!.frame).not.toContain('sostenere');
    expect(s[0]!.frame).toContain('dice');
  });

  it('GIVEN a quotation a colon opens and nothing closes (“Il sindaco X: “Serve … qui.”) THEN it runs to the end; without the colon, or with another mark after it, it quotes nothing', () => {
    expect(findQuotations('Il sindaco Aldo Neri: “Serve una spinta maggiore sul Palio. Il paese non è solo somari.').map((q) => q.inner)).toEqual(['Serve una spinta maggiore sul Palio. Il paese non è solo somari.']);
    expect(findQuotations('Il sindaco Aldo Neri dice “Serve una spinta maggiore sul Palio. Il paese non è solo somari.')).toEqual([]);
    expect(findQuotations('Il sindaco Aldo Neri: “Serve una spinta maggiore sul "Palio. Il paese non è solo somari.').map((q) => q.inner)).not.toContain('Serve una spinta maggiore sul "Palio. Il paese non è solo somari.');
  });

  it('GIVEN a guillemet or a curly mark closed with a straight one («… in regola") THEN the straight mark closes it; one before a word, or after another opening, closes nothing', () => {
    expect(findQuotations('«Le nuove tecnologie - ha concluso - sono in regola". Poi basta.').map((q) => q.inner)).toEqual(['Le nuove tecnologie - ha concluso - sono in regola']);
    expect(findQuotations('“Siamo pronti". Dopo.').map((q) => q.inner)).toEqual(['Siamo pronti']);
    expect(findQuotations('«Non è "vero')).toEqual([]);
    expect(findQuotations('«Non è finita "perché" lo dico io»').map((q) => q.inner)).toEqual(['Non è finita "perché" lo dico io']);
  });

  it('GIVEN a quotation left open, an insert after a dash closed by a full stop, then the next quotation (“… – ha affermato X. “…”) THEN the first ends at the dash', () => {
    expect(findQuotations('“Questa infrastruttura è un fiore all’occhiello – ha affermato il sindaco Mario Rossi. “Un chiaro esempio di impegno”.').map((q) => q.inner)).toEqual([
      'Questa infrastruttura è un fiore all’occhiello',
      'Un chiaro esempio di impegno',
    ]);
    // (a dash inside a closed quotation is left alone)
    expect(findQuotations('«Non è finita – dice – ma ci siamo». Poi basta.').map((q) => q.inner)).toEqual(['Non è finita – dice – ma ci siamo']);
  });

  it('GIVEN a closing mark written for the opening one (”Finalmente …”) THEN it opens a quotation; a closing mark after a word still closes one', () => {
    expect(findQuotations('Camisa:”Finalmente una domenica serena”. Poi basta.').map((q) => q.inner)).toEqual(['Finalmente una domenica serena']);
    // Opening marks with no closing mark after them quote nothing, however many there are.
    expect(findQuotations(`${'“'.repeat(5000)} testo ${'« '.repeat(5000)}`)).toEqual([]);
    // Guillemets typed as "<<" and ">>"; the sentence's frame shows them as guillemets.
    expect(findQuotations('Ha detto: <<Le indagini proseguono>>. Poi: <<Basta>>.').map((q) => q.inner)).toEqual(['Le indagini proseguono', 'Basta']);
    // A long straight quotation is kept when a colon opens it and the text ends with it; wrapping text otherwise, it
    // is taken for stray marks.
    const long = 'I ragazzi sono stati straordinari. '.repeat(20).trim();
    expect(findQuotations(`Il tecnico ha detto ai microfoni: "${long}".`).map((q) => q.inner)).toEqual([long]);
    expect(findQuotations(`Il tecnico ha detto "${long}" e poi è andato via.`)).toEqual([]);
    expect(quoteSentences('Ha detto: <<Le indagini proseguono>>.')[0]!.frame).toBe(`Ha detto: «${' '.repeat('<Le indagini proseguono>'.length)}».`);
    expect(findQuotations('“Andiamo”disse lui. Il titolo è ”Vita”, un libro.').map((q) => q.inner)).toEqual(['Andiamo', 'Vita']);
  });

  it('GIVEN an opening mark written for the closing one (“… identità“, ha detto) THEN it closes the quotation, and the next one opens its own', () => {
    const text = '“Avrei scelto una traccia storica, la storia ricostruisce la nostra identità“, ha detto il ministro, ospite in tv. “La maturità va affrontata con entusiasmo”.';
    expect(findQuotations(text).map((q) => q.inner)).toEqual(['Avrei scelto una traccia storica, la storia ricostruisce la nostra identità', 'La maturità va affrontata con entusiasmo']);
    expect(closingOpeners(text)).toHaveLength(text.length);
    // An opening mark before a word still opens: “Vita” and “Sì” are quotations, not closings.
    expect(closingOpeners('Il libro “Vita” e poi:“Sì”.')).toBe('Il libro “Vita” e poi:“Sì”.');
  });

  it("GIVEN two apostrophes for a straight double mark (''…'', \"…'') THEN each is one quotation without the apostrophes, and the frame shows the marks as straight double ones", () => {
    const text = "\"Non c'è memoria in passato'' dice lui. ''Abbiamo criticità'' sottolinea.";
    const quotations = findQuotations(text);
    expect(quotations.map((q) => q.inner)).toEqual(["Non c'è memoria in passato", 'Abbiamo criticità']);
    expect(quoteSentences(text)[1]!.frame).toMatch(/^" +" sottolinea\.$/);
  });

  it('GIVEN a sentence ending in an accented letter (“città.”, “perché.”) THEN it ends there; a capital initial (“J. Smith”) and “sig.” do not end one', () => {
    expect(quoteSentences('I danni sono ingenti in città. Su questo il sindaco tace.').map((x) => x.text)).toEqual(['I danni sono ingenti in città.', 'Su questo il sindaco tace.']);
    expect(quoteSentences('Non so perché. Vedremo domani.')).toHaveLength(2);
    expect(quoteSentences('Lo ha detto J. Smith ieri. Poi il sig. Rossi ha taciuto.').map((x) => x.text)).toEqual(['Lo ha detto J. Smith ieri.', 'Poi il sig. Rossi ha taciuto.']);
  });
});

describe('speaker attribution on small Italian fixtures', () => {
  const citazioni = extractSpeakers(article(fixtures, 'citazioni'));
  const soggetti = extractSpeakers(article(fixtures, 'soggetti'));
  const fonti = extractSpeakers(article(fixtures, 'fonti'));

  it('GIVEN a quotation split around "dice Rossi" THEN both halves are Rossi’s direct words, under her full name', () => {
    const rossi = speaker(citazioni, 'Maria Rossi');
    expect(has(rossi.quotes, 2, 'direct', 'I modelli aperti cambiano le regole')).toBe(true);
    expect(has(rossi.quotes, 2, 'direct', 'perché chiunque può studiarli')).toBe(true);
  });

  it('GIVEN a second quotation right after “…”, dice Rossi THEN it continues with the same speaker', () => {
    expect(has(speaker(citazioni, 'Maria Rossi').quotes, 2, 'direct', 'Nessuno lo aveva previsto')).toBe(true);
  });

  it('GIVEN an apposition in a sentence where she does not speak THEN it still becomes her role', () => {
    expect(speaker(citazioni, 'Maria Rossi').role).toBe('una ricercatrice presso l’Università di Bologna');
  });

  it('GIVEN "afferma Paolo Bianchi, un investitore …" after a quotation THEN the name after the verb speaks and the apposition is his role', () => {
    const bianchi = speaker(citazioni, 'Paolo Bianchi');
    expect(bianchi.role).toBe('un investitore presso Alfa Capital a Milano');
    expect(has(bianchi.quotes, 3, 'direct', 'Il codice conta più dei proclami')).toBe(true);
  });

  it('GIVEN "statement, dice Bianchi." THEN the statement before the comma is reported, without the attribution', () => {
    const q = speaker(citazioni, 'Paolo Bianchi').quotes.find((x) => x.paragraph === 4);
    expect(q).toMatchObject({ kind: 'reported', text: 'Le nuove regole entreranno in vigore a gennaio' });
  });

  it('GIVEN a company named in a sentence nobody speaks in THEN it is not a speaker', () => {
    expect(citazioni.map((s) => s.name)).not.toContain('Zeta');
  });

  it('GIVEN "…, cita Zeta come esempio" THEN the name after a non-speech verb is its object, and the sentence is the subject’s', () => {
    expect(citazioni.map((s) => s.name)).not.toContain('Zeta');
    expect(has(speaker(citazioni, 'Paolo Bianchi').quotes, 5, 'reported', 'cita Zeta come esempio da non seguire')).toBe(true);
  });

  it('GIVEN "Non considera…", "Egli ritiene…", "Ma è ottimista…", "Afferma che…" THEN the subject is carried across sentences, paragraphs and sections', () => {
    const verdi = speaker(soggetti, 'Luca Verdi');
    expect(has(verdi.quotes, 1, 'reported', 'il mercato dei chip crescerà ancora')).toBe(true);
    expect(has(verdi.quotes, 1, 'reported', 'Non considera il rallentamento un pericolo reale')).toBe(true);
    expect(has(verdi.quotes, 2, 'reported', 'Egli ritiene che i prezzi scenderanno')).toBe(true);
    expect(has(verdi.quotes, 3, 'reported', 'Ma è ottimista che')).toBe(true);
    expect(has(verdi.quotes, 3, 'reported', 'Afferma che i costi dei server sono già diminuiti')).toBe(true);
  });

  it('GIVEN "Come Giulia Neri, la fondatrice …, Verdi non è d’accordo" THEN Verdi disagrees, Neri, compared with him, shares that stance only, and “Egli ritiene” stays Verdi’s', () => {
    expect(has(speaker(soggetti, 'Luca Verdi').quotes, 2, 'reported', 'Verdi non è d’accordo')).toBe(true);
    expect(has(speaker(soggetti, 'Luca Verdi').quotes, 2, 'reported', 'Egli ritiene che i prezzi scenderanno')).toBe(true);
    const neri = speaker(soggetti, 'Giulia Neri');
    expect(neri.role).toBe('fondatrice di Gamma Labs');
    expect(neri.quotes.map((q) => [q.paragraph, q.kind])).toEqual([[2, 'reported']]);
    expect(has(neri.quotes, 2, 'reported', 'Verdi non è d’accordo con chi prevede una crisi')).toBe(true);
  });

  it('GIVEN a plural verb in a relative clause ("analisti, che temono") THEN it is not given to the person in focus', () => {
    expect(speaker(soggetti, 'Luca Verdi').quotes.some((q) => q.paragraph === 4)).toBe(false);
  });

  it('GIVEN two speakers in one sentence THEN each gets only their own clause', () => {
    const conti = speaker(soggetti, 'Ada Conti');
    const sala = speaker(soggetti, 'Bruno Sala');
    expect(conti.quotes.map((q) => q.text)).toEqual(['Ada Conti afferma che le scorte sono troppo alte']);
    expect(sala.quotes.map((q) => q.text)).toEqual(['Bruno Sala sostiene che gli ordini aumenteranno.']);
  });

  it('GIVEN a document introduced with "un rapporto" and then "Sosteneva che…" and «…», diceva il rapporto di Delta THEN the document is a source speaker', () => {
    const report = speaker(fonti, 'rapporto di Delta');
    expect(report.sort).toBe('document');
    expect(has(report.quotes, 1, 'reported', 'Sosteneva che la domanda di chip sarebbe raddoppiata')).toBe(true);
    expect(has(report.quotes, 2, 'direct', 'La concorrenza non ci preoccupa')).toBe(true);
  });

  it('GIVEN "Secondo Omega, …" and a straight-quoted "…", afferma Omega THEN the company speaks, reported and direct', () => {
    const omega = speaker(fonti, 'Omega');
    expect(omega.sort).toBe('organisation');
    expect(has(omega.quotes, 2, 'reported', 'i nuovi chip saranno pronti a marzo')).toBe(true);
    expect(has(omega.quotes, 3, 'direct', 'Abbiamo investito più di tutti')).toBe(true);
  });

  it('GIVEN "Anna Blu, portavoce di Omega, ha detto che …" THEN the spokeswoman, not the company, says it', () => {
    expect(has(speaker(fonti, 'Anna Blu').quotes, 3, 'reported', 'la produzione inizierà in autunno')).toBe(true);
    expect(speaker(fonti, 'Omega').quotes.some((q) => q.text.includes('autunno'))).toBe(false);
  });

  it('GIVEN "la società non ha fornito altri dettagli" THEN withholding details is reported for the company last quoted, not for its spokeswoman', () => {
    expect(has(speaker(fonti, 'Omega').quotes, 4, 'reported', 'la società non ha fornito altri dettagli')).toBe(true);
    expect(speaker(fonti, 'Anna Blu').quotes.some((q) => q.paragraph === 4)).toBe(false);
  });

  const ruoli = extractSpeakers(article(fixtures, 'ruoli'));

  it('GIVEN "Fermi ha dichiarato: «…»" THEN the quotation is direct and nothing else is reported for that sentence', () => {
    expect(speaker(ruoli, 'Carla Fermi').quotes.filter((q) => q.paragraph === 1)).toEqual([
      { article: 'ruoli', paragraph: 1, text: 'Il piano è pronto', kind: 'direct' },
    ]);
  });

  it('GIVEN a speech verb that opens the sentence ("Ha detto Fermi …: «…»") THEN the name after it speaks, not the one in focus', () => {
    expect(has(speaker(ruoli, 'Carla Fermi').quotes, 6, 'direct', 'Ci rivedremo presto')).toBe(true);
    expect(speaker(ruoli, 'Dario Fo').quotes.some((q) => q.paragraph === 6)).toBe(false);
  });

  it('GIVEN «…» ha spiegato la ministra Elena Gatti (no comma) THEN the title becomes the role and she speaks', () => {
    const gatti = speaker(ruoli, 'Elena Gatti');
    expect(gatti.role).toBe('ministra');
    expect(has(gatti.quotes, 1, 'direct', 'Partiremo a giugno')).toBe(true);
  });

  it('GIVEN "Secondo la portavoce Anna Blu, …" and then "Lei ha detto che …" THEN both statements are hers', () => {
    const blu = speaker(ruoli, 'Anna Blu');
    expect(blu.role).toBe('portavoce');
    expect(has(blu.quotes, 2, 'reported', 'il progetto costerà due milioni')).toBe(true);
    expect(has(blu.quotes, 2, 'reported', 'Lei ha detto che i fondi ci sono già')).toBe(true);
  });

  it('GIVEN scare quotes around a term with nobody speaking THEN they are nobody’s words', () => {
    expect(ruoli.flatMap((s) => s.quotes).some((q) => q.text === 'intelligenza artificiale')).toBe(false);
  });

  it('GIVEN "Il suo vice, Dario Fo, sostiene …" then "Dice anche …" THEN the second speaker keeps the focus, not the first', () => {
    const fo = speaker(ruoli, 'Dario Fo');
    expect(has(fo.quotes, 5, 'reported', 'ci sono spazi')).toBe(true);
    expect(has(fo.quotes, 5, 'reported', 'Dice anche che servono nuovi investimenti')).toBe(true);
    expect(speaker(ruoli, 'Marco Polo').quotes.map((q) => q.text)).toEqual(['Marco Polo, amministratore delegato di Sigma, dice che il mercato è saturo.']);
  });

  const cronaca = extractSpeakers(article(fixtures, 'cronaca'));

  it('GIVEN «…», ha commentato il commissario Thierry Breton THEN the quotation is his and the lowercase title is his role', () => {
    const breton = speaker(cronaca, 'Thierry Breton');
    expect(breton.role).toBe('commissario');
    expect(has(breton.quotes, 2, 'direct', 'È un passo avanti storico')).toBe(true);
  });

  it('GIVEN "Secondo Mario Rossi, professore di …, …" THEN the statement is his, with the apposition as role', () => {
    const rossi = speaker(cronaca, 'Mario Rossi');
    expect(rossi.role).toBe('professore di diritto all’Università di Milano');
    expect(has(rossi.quotes, 3, 'reported', 'la proposta è troppo vaga')).toBe(true);
    expect(has(rossi.quotes, 3, 'direct', 'Mancano definizioni chiare')).toBe(true);
  });

  it('GIVEN "Google, invece, ha detto …" THEN an adverb between commas does not hide the subject', () => {
    expect(has(speaker(cronaca, 'Google').quotes, 4, 'reported', 'ha detto di accogliere con favore il dibattito')).toBe(true);
  });

  it('GIVEN "gli sviluppatori dicono che …" THEN a plural common-noun subject is nobody in the registry', () => {
    expect(cronaca.flatMap((s) => s.quotes).some((q) => q.text.includes('regole più semplici'))).toBe(false);
  });
});

describe('the people registry', () => {
  const people = buildPeople(fixtures);

  it('GIVEN the same person in two articles THEN there is one entry and each quote names its article', () => {
    const verdi = people.people.filter((p) => p.name === 'Luca Verdi');
    expect(verdi).toHaveLength(1);
    expect(new Set(verdi[0]!.quotes.map((q) => q.article))).toEqual(new Set(['intervista-bis', 'soggetti']));
    expect(verdi[0]!.role).toBe('un analista di Beta Research');
  });

  it('GIVEN a surname, a first name, other case, no accents or a typo THEN the look-up finds the person', () => {
    for (const name of ['Verdi', 'luca', 'LUCA VERDI', 'Verdy', 'Luca Verdi di Beta Research']) expect(people.quote(name).person).toBe('Luca Verdi');
    expect(people.quote('rapporto').person).toBe('rapporto di Delta');
    expect(people.quote('il rapporto di Delta trapelato').person).toBe('rapporto di Delta');
  });

  it('GIVEN a name that is mentioned but says nothing THEN person is null, no quotes, and close speakers are suggested', () => {
    const gamma = people.quote('Gamma Labs');
    expect(gamma).toMatchObject({ person: null, quotes: [] });
    const delta = people.quote('Delta');
    expect(delta.person).toBeNull();
    expect(delta.suggestions).toContain('rapporto di Delta');
  });

  it('GIVEN an office alone ("il ceo", "il sindaco") THEN it is the one speaker whose role it heads; two speakers of that office make it nobody in particular, and are named', () => {
    const seedPeople = buildPeople(seed);
    expect(seedPeople.quote('il ceo').person).toBe('Satya Nadella');
    expect(seedPeople.quote('the CEO').person).toBe('Satya Nadella');
    const council = buildPeople([
      parseArticle(
        '---\ntitle: "Consiglio"\nlang: it\n---\n\nIl sindaco Aldo Bruni ha detto che il bilancio è in ordine.\n\nL’assessore Marco Neri ha detto che le strade saranno rifatte.\n\nL’assessora Anna Rossi ha detto che le scuole apriranno.\n',
        'consiglio',
      ),
    ]);
    expect(council.quote('il sindaco').person).toBe('Aldo Bruni');
    expect(council.quote('sindaca').person).toBe('Aldo Bruni');
    expect(council.quote('l’assessore').person).toBeNull();
    // ... and says who holds it
    expect(council.quote('l’assessore')).toMatchObject({ office: 'assessore', suggestions: ['Marco Neri', 'Anna Rossi'] });
    expect(council.quote('Verdi').office).toBeUndefined();
  });

  it('GIVEN a surname alone in one article and the full name in a later one THEN they are one person, by the full name, whichever article comes first', () => {
    const piece = (slug: string, body: string) => parseArticle(`---\ntitle: "${slug}"\nlang: it\n---\n\n${body}\n`, slug);
    const first = piece('alfa', '“È stata una partita dura, ma abbiamo vinto”, ha detto Bernardi a fine gara.');
    const second = piece('beta', '“Ora mi serve il mio tennis migliore”. Lo ha detto Marco Bernardi dopo la semifinale.');
    for (const order of [[first, second], [second, first]]) {
      const built = buildPeople(order);
      expect(built.people.map((p) => p.name)).toEqual(['Marco Bernardi']);
      expect(built.quote('Bernardi').quotes.map((q) => q.article).sort()).toEqual(['alfa', 'beta']);
    }
  });


  it('GIVEN one office and place held under a first name and under its short form THEN one person; GIVEN two first names alike only in their ending, or an office with no place THEN two', () => {
    const piece = (slug: string, body: string) => parseArticle(`---\ntitle: "${slug}"\nlang: it\n---\n\n${body}\n`, slug);
    const built = buildPeople([
      piece('alfa', '“Restate calmi”. Così il sindaco di Valdora, Luigi Bernasconi, dopo la scossa.'),
      piece('beta', '“Siamo in strada con i volontari”, scrive il sindaco di Valdora, Gigi Bernasconi.'),
    ]);
    expect(built.people.map((p) => [p.name, p.quotes.length])).toEqual([['Luigi Bernasconi', 2]]);
    expect(built.quote('Gigi Bernasconi').quotes.map((q) => q.article)).toEqual(['alfa', 'beta']);
    const two = buildPeople([
      piece('alfa', '“Restate calmi”. Così il sindaco di Valdora, Mario Bernasconi, dopo la scossa.'),
      piece('beta', '“Siamo in strada con i volontari”, scrive il sindaco di Valdora, Dario Bernasconi.'),
      piece('gamma', '“Il bilancio è in ordine”, ha detto l’assessore Luigi Neri.'),
      piece('delta', '“Le strade saranno rifatte”, ha detto l’assessore Gigi Neri.'),
    ]);
    expect(two.people.map((p) => p.name)).toEqual(['Mario Bernasconi', 'Dario Bernasconi', 'Luigi Neri', 'Gigi Neri']);
  });
  it('GIVEN an office with words of its complement (“presidente della provincia”, “coordinatore grandi carnivori”) or two words of a body’s name (“protezione animali”) THEN the one holder or the body; words no holder’s role holds find nobody', () => {
    const piece = (slug: string, body: string) => parseArticle(`---\ntitle: "${slug}"\nlang: it\n---\n\n${body}\n`, slug);
    const built = buildPeople([
      piece('alfa', '«È un segnale importante», ha detto il presidente della Provincia autonoma di Valdora, Aldo Bruni.'),
      piece('beta', '«Si tratta di un documento tecnico», spiega Carlo Neri, coordinatore del settore Grandi carnivori della Provincia.'),
      piece('gamma', '«Bene così», ha detto il presidente della Pro Loco, Paolo Sala.'),
      piece('delta', 'L’Ente Nazionale Protezione Valdora (ENPV) ha detto la sua sul vertice, esprimendo preoccupazione.'),
    ]);
    expect(built.find('presidente della provincia')?.name).toBe('Aldo Bruni');
    expect(built.find('il presidente della pro loco')?.name).toBe('Paolo Sala');
    expect(built.find('coordinatore grandi carnivori')?.name).toBe('Carlo Neri');
    expect(built.find('protezione valdora')?.name).toBe('Ente Nazionale Protezione Valdora');
    expect(built.find('presidente della regione')).toBeNull();
  });

  it('GIVEN kind and article filters THEN only those statements come back', () => {
    const direct = people.quote('Verdi', { kind: 'direct' }).quotes;
    expect(direct.length).toBeGreaterThan(0);
    expect(direct.every((q) => q.kind === 'direct')).toBe(true);
    expect(people.quote('Verdi', { article: 'soggetti' }).quotes.every((q) => q.article === 'soggetti')).toBe(true);
  });

  it('GIVEN name words THEN they are compared without case, accents or articles, and short words must be equal', () => {
    expect(nameTokens('la Memo di Google')).toEqual(['memo', 'google']);
    expect(nameTokens('Al-Dahle')).toEqual(['al', 'dahle']);
    expect(wordSimilarity('lambret', 'lambert')).toBeGreaterThanOrEqual(0.9);
    expect(wordSimilarity('meta', 'memo')).toBe(0);
    expect(wordSimilarity('jon', 'jan')).toBe(0);
    // (a typo is an edit or two; a longer name sharing a given name's first letters is another name)
    expect(wordSimilarity('giorgetti', 'giorgia')).toBe(0);
    expect(wordSimilarity('zuckerbreg', 'zuckerberg')).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the seed article (corpus/llama2.md)', () => {
  const people = buildPeople(seed);
  const quotes = (name: string) => people.quote(name).quotes;

  it('GIVEN the article THEN the speakers are the memo, Meta, Nadella, Al-Dahle, Turow, Lambert and Hassabis (by comparison), with their roles', () => {
    const byName = new Map(people.people.map((p) => [p.name, p]));
    expect([...byName.keys()].sort()).toEqual(['Ahmad Al-Dahle', 'Demis Hassabis', 'Jon Turow', 'Meta', 'Nathan Lambert', 'Satya Nadella', 'memo di Google']);
    expect(byName.get('Demis Hassabis')?.role).toBe('ricercatore di AI');
    expect(byName.get('Ahmad Al-Dahle')?.role).toBe('vice presidente per l’IA generativa di Meta');
    expect(byName.get('Jon Turow')?.role).toBe('un investitore presso Madrona Ventures a Seattle');
    expect(byName.get('Nathan Lambert')?.role).toBe('un ricercatore di intelligenza artificiale presso Hugging Face');
    expect(byName.get('memo di Google')?.kind).toBe('source');
  });

  it('GIVEN Lambert THEN his direct words in ¶11 and his reported statements in ¶10–13 come back, nothing from ¶14 on', () => {
    const q = quotes('Lambert');
    expect(has(q, 11, 'direct', 'Penso che si possa sostenere che Llama 2 sia l’evento più importante')).toBe(true);
    expect(q.find((x) => x.paragraph === 10)?.text).toBe('Llama 2 è il primo modello rilasciato apertamente alla pari con ChatGPT');
    expect(has(q, 10, 'reported', 'Non considera il progetto veramente open source')).toBe(true);
    expect(has(q, 11, 'reported', 'Afferma che i modelli proprietari hanno ancora l’avventaggio oggi')).toBe(true);
    expect(has(q, 12, 'reported', 'il rilascio di Llama 2 lascia alcune domande senza risposta')).toBe(true);
    expect(has(q, 13, 'reported', 'Ma è ottimista che')).toBe(true);
    expect(q.every((x) => x.paragraph >= 10 && x.paragraph <= 13)).toBe(true);
  });

  it('GIVEN the memo THEN its three quotations in ¶1–2 are direct, including the one that continues without a verb', () => {
    const q = quotes('memo di Google');
    expect(has(q, 1, 'direct', 'silenziosamente mangiando il nostro pranzo')).toBe(true);
    expect(has(q, 2, 'direct', 'L’impatto sulla comunità non può essere sottovalutato')).toBe(true);
    expect(has(q, 2, 'direct', 'All’improvviso chiunque può sperimentare')).toBe(true);
  });

  it('GIVEN Al-Dahle THEN "si rifiuta di dire" in ¶5, both quotations of ¶6 (", dice," with no name) and his reported ¶6 statement', () => {
    const q = quotes('Al-Dahle');
    expect(has(q, 5, 'reported', 'si rifiuta di dire quale ruolo')).toBe(true);
    expect(has(q, 6, 'direct', 'Se guardiamo alla storia di Meta')).toBe(true);
    expect(has(q, 6, 'direct', 'Uno dei principali motivi per costruire una comunità')).toBe(true);
    expect(has(q, 6, 'reported', 'il lavoro sulla sviluppo di Llama 3 è già in corso')).toBe(true);
  });

  it('GIVEN Turow THEN his statements in ¶9, ¶15 (after a comparison with Hassabis, and "Egli ritiene") and ¶16 are his', () => {
    const q = quotes('Turow');
    expect(has(q, 9, 'reported', 'potrebbe consentire una nuova ondata di creatività')).toBe(true);
    expect(has(q, 9, 'direct', 'Gli sviluppatori e gli imprenditori sono molto ingegnosi')).toBe(true);
    expect(has(q, 9, 'reported', 'Turow paragona la scelta di Meta')).toBe(true);
    expect(has(q, 15, 'reported', 'Turow non è d’accordo')).toBe(true);
    expect(has(q, 15, 'reported', 'Egli ritiene che i dati')).toBe(true);
    expect(has(q, 16, 'reported', 'Afferma che ciò dovrebbe creare nuove possibilità')).toBe(true);
    expect(has(q, 16, 'direct', 'Stiamo vedendo l’open source migliorare continuamente')).toBe(true);
    expect(has(q, 16, 'direct', 'Non so cosa succederà')).toBe(true);
  });

  it('GIVEN Meta and Nadella THEN "afferma Meta" in ¶2 and Nadella’s "ha parlato con entusiasmo" in ¶4 are reported', () => {
    expect(quotes('Meta').find((q) => q.paragraph === 2)?.text).toMatch(/^La nuova versione è stata creata.*ChatGPT di OpenAI$/);
    expect(has(quotes('Nadella'), 4, 'reported', 'ha parlato con entusiasmo della possibilità')).toBe(true);
  });

  it('GIVEN names that say nothing (PyTorch, WizardLM, Llama 2, Microsoft, Google) THEN person is null with no quotes', () => {
    for (const name of ['PyTorch', 'WizardLM', 'Llama 2', 'Microsoft', 'Google', 'OpenAI']) {
      expect(people.quote(name), name).toMatchObject({ person: null, quotes: [] });
    }
  });

  it('GIVEN every statement THEN its text is verbatim from its paragraph', () => {
    const paragraphs = new Map(seed[0]!.paragraphs.map((p) => [p.number, p.text]));
    for (const p of people.people) for (const q of p.quotes) expect(paragraphs.get(q.paragraph)).toContain(q.text);
  });
});

describe('quotationRuns', () => {
  it('GIVEN a quotation opened in one paragraph and closed in a later one, unmarked or reopened between THEN the paragraphs say where they start and end inside it', () => {
    expect(quotationRuns(['Ha detto: “Primo.', 'Secondo.', 'Terzo”.', 'Altro.'])).toEqual([
      { openStart: false, openEnd: true },
      { openStart: true, openEnd: true },
      { openStart: true, openEnd: false },
      { openStart: false, openEnd: false },
    ]);
    // The English way: each paragraph of the quotation reopens it.
    expect(quotationRuns(['Ha detto: «Primo.', '«Secondo.', '«Terzo».'])).toEqual([
      { openStart: false, openEnd: true },
      { openStart: false, openEnd: true },
      { openStart: false, openEnd: false },
    ]);
  });

  it('GIVEN straight marks THEN a run is read from a paragraph that opens with one; a straight mark left open in the middle of a paragraph runs only into the next paragraph, when that one closes it', () => {
    expect(quotationRuns(['"Ci siamo lasciati alle spalle le complicazioni.', 'Dalle superiori all’università c’è un salto.', 'Siamo orgogliosi di accogliervi", ha detto il rettore.'])).toEqual([
      { openStart: false, openEnd: true },
      { openStart: true, openEnd: true },
      { openStart: true, openEnd: false },
    ]);
    const none = { openStart: false, openEnd: false };
    expect(quotationRuns(['Lo scritto chiede:"Perché il papa non costruisce con i suoi soldi?', 'Poi altro", si legge.'])).toEqual([
      { openStart: false, openEnd: true },
      { openStart: true, openEnd: false },
    ]);
    expect(quotationRuns(['Lo scritto chiede:"Perché il papa non costruisce con i suoi soldi?', 'Poi altro.', 'Altro ancora", si legge.'])).toEqual([none, none, none]);
    // a paragraph whose straight marks pair up runs on to nothing
    expect(quotationRuns(['"Primo", ha detto, "secondo".', 'Altro".'])).toEqual([none, none]);
  });

  it('GIVEN an opening mark never closed, or closed only after more than eight paragraphs THEN nothing runs on', () => {
    const none = { openStart: false, openEnd: false };
    expect(quotationRuns(['Ha detto: “Primo.', 'Secondo.', 'Terzo.'])).toEqual([none, none, none]);
    expect(quotationRuns(['Ha detto: “Primo.', ...Array.from({ length: 9 }, () => 'Poi.'), 'Fine”.']).every((r) => !r.openEnd && !r.openStart)).toBe(true);
    expect(quotationRuns(['“Uno” e “due”.', 'Tre.'])).toEqual([none, none]);
    // A closing mark written as an opening one ("… in rosa“."), and a later paragraph that opens a quotation of its own.
    expect(quotationRuns(['- Dionisi: “Abbiamo perso“.', 'Lecce-Juventus 0-1', '- Baroni: “Abbiamo subito”.'])).toEqual([none, none, none]);
    expect(quotationRuns(['Ha detto: “Primo.', 'Titolo', '- Baroni: “Altro”.'])).toEqual([none, none, none]);
  });
});

