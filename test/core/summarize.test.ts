import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, type BranoCore } from '../../src/core/brano.js';
import { loadCorpus, parseArticle } from '../../src/core/corpus.js';
import { SUMMARY_MAX_CHARS, SUMMARY_SIZES } from '../../src/core/summarize.js';
import type { SummaryLength, SummaryResult } from '../../src/core/types.js';
import { loadLexicons } from '../../src/lexicons.js';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');
// Both folders hold the shipped article (with and without its headings): served with its lexicon.
const lexicons = loadLexicons(resolve(FIXTURES, '..', '..', 'corpus'));
const seed: BranoCore = createCore(loadCorpus(resolve(FIXTURES, 'summaries')), { lexicons });
const unsectioned: BranoCore = createCore(loadCorpus(resolve(FIXTURES, 'segmentation')), { lexicons });
const LENGTHS: SummaryLength[] = ['short', 'medium', 'long'];

/** Key facts of the seed as an editor lists them (each: verbatim phrasings), and topics with their paragraphs. */
const SPEC = JSON.parse(readFileSync(resolve(FIXTURES, 'summaries', 'llama2.facts.json'), 'utf8')) as {
  facts: string[][];
  topics: { topic: string; paragraphs: number[] }[];
};

/** How many of the spec's facts a summary states (case-insensitive, spaces normalised). */
function factsCovered(result: SummaryResult): number {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').toLowerCase();
  const text = norm(summary(result).sentences.map((x) => x.text).join(' '));
  return SPEC.facts.filter((alts) => alts.some((a) => text.includes(norm(a)))).length;
}

function summary(result: SummaryResult) {
  if (result.kind !== 'summary') throw new Error(`expected a summary, got ${JSON.stringify(result).slice(0, 200)}`);
  return result;
}

/** Every sentence is one of its paragraph's sentences, verbatim; in document order; the whole fits the cap. */
function expectWellFormed(core: BranoCore, result: SummaryResult) {
  const s = summary(result);
  const article = core.articles.find((a) => a.slug === s.article)!;
  expect(s.sentences.length).toBeGreaterThan(0);
  let last: [number, number] = [0, -1];
  for (const sentence of s.sentences) {
    expect(sentence.article).toBe(article.slug);
    const paragraph = article.paragraphs[sentence.paragraph - 1]!;
    const at = paragraph.sentences.findIndex((x) => x.text === sentence.text);
    expect(at, sentence.text).toBeGreaterThanOrEqual(0);
    expect(paragraph.text).toContain(sentence.text);
    const here: [number, number] = [sentence.paragraph, at];
    expect(here[0] > last[0] || (here[0] === last[0] && here[1] > last[1])).toBe(true);
    last = here;
  }
  expect(s.sentences.reduce((a, x) => a + x.text.length, 0)).toBeLessThanOrEqual(SUMMARY_MAX_CHARS);
  return s;
}

describe('summarize: whole article', () => {
  it.each(LENGTHS)('GIVEN length %s THEN verbatim sentences in order, within the length’s sentence count and 1,500 characters', (length) => {
    const s = expectWellFormed(seed, seed.summarize({ length }));
    expect(s.sentences.length).toBeGreaterThanOrEqual(SUMMARY_SIZES[length].min);
    expect(s.sentences.length).toBeLessThanOrEqual(SUMMARY_SIZES[length].max);
    expect(s.title).toBe(seed.articles[0]!.meta.title);
  });

  it('GIVEN a round-up of comments (“Surname: …” paragraphs) THEN no first-person sentence is taken without the one naming its speaker', () => {
    const coaches = [
      ['Bortolin', 'È mancato il gol, che non è cosa da poco, però non si può dire che la squadra non ci abbia provato.', 'Abbiamo avuto molte occasioni, più due gol annullati per fuorigioco nel finale di partita.'],
      ['Carnesi', 'In tre giorni la squadra ha fatto più punti che nelle prime dieci giornate del campionato.', 'Abbiamo tenuto la partita sempre sotto controllo, con una prestazione attenta e determinata.'],
      ['Martelli', 'Il risultato è giusto, contro una squadra forte che gioca insieme da anni.', 'Abbiamo sofferto solo nel primo tempo, poi siamo cresciuti e abbiamo meritato il pareggio.'],
    ];
    const text = [
      '---', 'title: I commenti dagli spogliatoi', '---', '',
      'Si è chiusa la dodicesima giornata del campionato di serie B, con tre pareggi e due vittorie in trasferta.', '',
      ...coaches.flatMap(([name, a, b]) => [`${name}: ${a} ${b}`, '']),
    ].join('\n');
    const core = createCore([parseArticle(text, 'spogliatoi.md')]);
    for (const length of LENGTHS) {
      const s = summary(core.summarize({ length }));
      for (const [i, x] of s.sentences.entries()) {
        if (!/^Abbiamo/.test(x.text)) continue;
        expect(s.sentences[i - 1]?.paragraph, `${length}: ${x.text}`).toBe(x.paragraph);
      }
    }
  });

  it('GIVEN an article pasted with its byline (“di Nadia Corsi.”) THEN the summary leaves the byline out and starts with the lead', () => {
    const text = ['---', 'title: Il nuovo ponte', '---', '', 'di Nadia Corsi. Il nuovo ponte sul Lago sarà aperto a maggio, con sei mesi di anticipo sul programma dei lavori.', '', 'I lavori sono costati dodici milioni di euro, due in meno di quanto previsto dal progetto iniziale.', ''].join('\n');
    const s = summary(createCore([parseArticle(text, 'ponte.md')]).summarize({}));
    expect(s.sentences[0]?.text).toBe('Il nuovo ponte sul Lago sarà aperto a maggio, con sei mesi di anticipo sul programma dei lavori.');
    expect(s.sentences.some((x) => /Corsi/.test(x.text))).toBe(false);
  });

  it('GIVEN an article that opens with a bare quotation and then “Lo dice X …” THEN a summary that quotes it names who said it', () => {
    const text = [
      '---',
      'title: Caos nelle stazioni',
      '---',
      '',
      '"Scene inaccettabili nelle stazioni della regione" . Lo dice l’assessore ai Trasporti Aldo Neri commentando le conseguenze dello sciopero di oggi, il terzo in un mese, con "ritardi, treni cancellati e lunghe code di pendolari".',
      '',
      'Nelle ultime settimane l’assessore ha portato avanti un duro confronto con i sindacati dei ferrovieri. Il picco si è raggiunto con la decisione di ridurre lo sciopero generale a sole quattro ore.',
      '',
      'Domani è prevista una seconda giornata di sciopero, indetta dai sindacati di base: lo stop è confermato per ventiquattro ore.',
      '',
    ].join('\n');
    const s = summary(createCore([parseArticle(text, 'stazioni.md')]).summarize({}));
    const quoted = s.sentences.findIndex((x) => x.text.startsWith('"Scene inaccettabili'));
    expect(quoted).toBeGreaterThanOrEqual(0);
    expect(s.sentences[quoted + 1]?.text).toMatch(/^Lo dice l’assessore ai Trasporti Aldo Neri/u);
  });

  it('GIVEN “Quelli di Lumex ammontano a …” after the sentence naming what they are, or “Di questi, 40 milioni …” THEN neither is picked without the sentence it leans on', () => {
    const text = [
      '---',
      'title: I conti del distretto',
      '---',
      '',
      'Ricavi in crescita per le società del distretto che ieri hanno annunciato i conti del trimestre. Quelli di Lumex ammontano a 3,99 miliardi, in crescita organica del 9% con un utile netto di 182 milioni, in crescita del 44% rispetto a un anno fa.',
      '',
      'Ricavi in crescita a 216,9 milioni anche per la multinazionale Vestra (+8,4%) ma con una flessione degli utili a 25 milioni di euro.',
      '',
      'Aumentano anche i ricavi del gruppo Orione dell’11,5% con un utile netto a 63 milioni.',
      '',
      'Salgono anche i risultati di Boreal con ricavi a 1.699,7 milioni di euro (+11,7%) e un utile netto salito del 4,7% a 115 milioni. Di questi, 40 milioni andranno in dividendi agli azionisti.',
      '',
    ].join('\n');
    const s = summary(createCore([parseArticle(text, 'conti.md')]).summarize({ length: 'short' }));
    const texts = s.sentences.map((x) => x.text);
    for (const [leaning, before] of [
      ['Quelli di Lumex', 'Ricavi in crescita per le società'],
      ['Di questi, 40 milioni', 'Salgono anche i risultati di Boreal'],
    ] as const) {
      const at = texts.findIndex((t) => t.startsWith(leaning));
      if (at >= 0) expect(texts[at - 1], leaning).toMatch(new RegExp(`^${before}`, 'u'));
    }
    expect(texts.length).toBeGreaterThan(0);
  });

  it('GIVEN “La più forte è stata avvertita …” after the sentence giving the quakes it is the strongest of THEN it is not picked without that sentence', () => {
    const text = [
      '---',
      'title: Scossa di terremoto a Valdora oggi 3 marzo',
      '---',
      '',
      'Un’altra forte scossa di terremoto si è verificata a Valdora nella mattinata di oggi, 3 marzo, con diverse segnalazioni giunte anche dai comuni vicini.',
      '',
      '## Scossa avvertita a Valdora e nei comuni vicini',
      '',
      'Come reso noto dall’Osservatorio, l’evento sismico, di magnitudo 4.2, ha avuto luogo alle ore 3:35 ad una profondità di 3 km ed è stato preceduto da altre lievi scosse. La più forte è stata avvertita non solo dai residenti della zona ma anche in diverse zone della provincia.',
      '',
      '“Siamo tutti svegli. La scossa è stata forte e ho già predisposto controlli agli edifici scolastici” – ha annunciato il sindaco di Valdora, Aldo Bruni.',
      '',
      'Pochi minuti fa la pubblicazione dell’ordinanza che dispone la sospensione delle attività didattiche per l’intera giornata di oggi.',
      '',
    ].join('\n');
    const texts = summary(createCore([parseArticle(text, 'scossa.md')]).summarize({ length: 'short' })).sentences.map((x) => x.text);
    const at = texts.findIndex((t) => t.startsWith('La più forte'));
    expect(at === -1 || texts[at - 1]!.startsWith('Come reso noto')).toBe(true);
    expect(texts.some((t) => t.startsWith('Come reso noto'))).toBe(true);
  });

  it('GIVEN longer lengths THEN summaries grow', () => {
    const [short, medium, long] = LENGTHS.map((length) => summary(seed.summarize({ length })).sentences.length);
    expect(short).toBeLessThan(medium!);
    expect(medium).toBeLessThan(long!);
  });

  it('GIVEN no length and a news brief of ten sentences THEN the summary is short (at most three of them); asked long, it is longer', () => {
    const sentences = [
      'Un incendio è scoppiato ieri sera in una palazzina di via Roma a Valdora.',
      'Le fiamme sono partite da un magazzino al piano terra.',
      'Dodici famiglie sono state evacuate per precauzione.',
      'I vigili del fuoco hanno lavorato fino all’alba per spegnere il rogo.',
      'Due persone sono state portate in ospedale per accertamenti.',
      'Il Comune ha trovato alloggi temporanei per gli sfollati.',
      'Le cause dell’incendio sono ancora da accertare.',
      'La strada è rimasta chiusa al traffico per tutta la notte.',
      'I tecnici verificheranno oggi la stabilità dell’edificio.',
      'I residenti potranno rientrare solo dopo il sopralluogo.',
    ];
    const text = ['---', 'title: Incendio a Valdora', '---', '', sentences.slice(0, 4).join(' '), '', sentences.slice(4, 7).join(' '), '', sentences.slice(7).join(' '), ''].join('\n');
    const core = createCore([parseArticle(text, 'valdora.md')]);
    const brief = summary(core.summarize());
    expect(brief.sentences.length).toBeGreaterThanOrEqual(SUMMARY_SIZES.short.min);
    expect(brief.sentences.length).toBeLessThanOrEqual(SUMMARY_SIZES.short.max);
    expect(brief.sentences[0]?.text).toBe(sentences[0]);
    expect(summary(core.summarize({ length: 'long' })).sentences.length).toBeGreaterThan(brief.sentences.length);
  });

  it('GIVEN no length THEN the whole article gets the long summary and spreads over most sections', () => {
    const s = summary(seed.summarize());
    expect(s.sentences).toEqual(summary(seed.summarize({ length: 'long' })).sentences);
    const article = seed.articles[0]!;
    const sections = new Set(s.sentences.map((x) => article.paragraphs[x.paragraph - 1]!.sectionId));
    expect(sections.size).toBeGreaterThanOrEqual(Math.ceil(article.sections.length * 0.7));
  });

  it('GIVEN the seed THEN the long summary states what was released, under which terms, and who reacted how', () => {
    const text = summary(seed.summarize()).sentences.map((x) => x.text).join(' ');
    // Facts spread over different sections; none is looked up by the code.
    const facts = [/open source e gratuito/, /Microsoft|AWS|Amazon/, /700 milioni/, /dati di addestramento/, /Android/, /evento più importante/, /Casa Bianca/];
    expect(facts.filter((f) => f.test(text)).length).toBeGreaterThanOrEqual(5);
  });

  it('GIVEN the key facts an editor lists for the seed THEN the long summary states at least 6 of the 15, with or without headings', () => {
    expect(factsCovered(seed.summarize())).toBeGreaterThanOrEqual(6);
    expect(factsCovered(unsectioned.summarize({ article: 'llama2-senza-titoli' }))).toBeGreaterThanOrEqual(6);
  });

  it('GIVEN the character budget THEN the long summary fills most of it and each length states more facts', () => {
    const chars = (length: SummaryLength) => summary(seed.summarize({ length })).sentences.reduce((a, x) => a + x.text.length, 0);
    expect(chars('long')).toBeGreaterThanOrEqual(0.85 * SUMMARY_MAX_CHARS);
    expect(chars('short')).toBeLessThan(chars('medium'));
    const covered = LENGTHS.map((length) => factsCovered(seed.summarize({ length })));
    expect(covered[0]!).toBeLessThanOrEqual(covered[1]!);
    expect(covered[1]!).toBeLessThan(covered[2]!);
  });

  it('GIVEN whole-article summaries THEN no fragment or sentence that leans on the one before stands without that one', () => {
    const leaning = /^(?:Questa volta|Egli|Afferma che|È una tendenza|Ha il supporto|Ora sta|Sosteneva|“[^”]*”\.$)/u;
    for (const core of [seed, unsectioned]) {
      for (const article of core.articles) {
        for (const length of LENGTHS) {
          const s = summary(core.summarize({ article: article.slug, length }));
          s.sentences.forEach((x, i) => {
            if (!leaning.test(x.text) && x.text.length >= 40) return;
            const flat = article.paragraphs.flatMap((p) => p.sentences.map((y) => y.text));
            const before = flat[flat.indexOf(x.text) - 1];
            expect(s.sentences[i - 1]?.text, x.text).toBe(before);
          });
        }
      }
    }
  });

  it.each([
    ['only fragments', 'Piove. Fa freddo.\n\nIl treno è in ritardo. Nessuno sa perché.'],
    ['only sentences that lean on another', 'E poi arrivò la neve sulle montagne del nord.\n\nMa nessuno aveva previsto una nevicata così forte.'],
  ])('GIVEN an article of %s THEN the whole-article summary is still not empty', (_, body) => {
    const core = createCore([parseArticle(`---\ntitle: Prova\nlang: it\n---\n\n${body}\n`, 'prova.md')]);
    for (const length of LENGTHS) expectWellFormed(core, core.summarize({ length }));
  });

  it('GIVEN whole sentences that fill the summary’s room and a short line left ("Guarda il filmato") THEN the line is not added to reach the length', () => {
    const body = [
      'Il consiglio regionale ha approvato il bilancio dopo tre giorni di discussione, con il voto contrario dell’opposizione che chiedeva più fondi per la sanità territoriale e per i piccoli ospedali delle valli interne, come hanno ricordato i consiglieri durante la seduta di ieri.',
      'La giunta ha presentato un piano dei trasporti che prevede nuove linee ferroviarie tra la costa e l’entroterra, autobus elettrici nei capoluoghi e biglietti gratuiti per gli studenti fino ai ventisei anni, come hanno ricordato i consiglieri durante la seduta di ieri.',
      'Le scuole superiori riceveranno laboratori di informatica rinnovati entro settembre, mentre le palestre di quindici istituti saranno ristrutturate con fondi europei destinati all’efficienza energetica, come hanno ricordato i consiglieri durante la seduta di ieri.',
      'Gli agricoltori della pianura hanno protestato davanti al palazzo della Regione contro il prezzo del gasolio agricolo e contro i ritardi nei rimborsi per la grandine caduta durante la scorsa estate, come hanno ricordato i consiglieri durante la seduta di ieri.',
      'Il museo archeologico riaprirà a marzo con una sala dedicata ai reperti romani trovati durante gli scavi della metropolitana, insieme a visite guidate serali e a un percorso tattile per i non vedenti, come hanno ricordato i consiglieri durante la seduta di ieri.',
      'Gli ospedali della provincia assumeranno duecento infermieri con un concorso unico, e le liste d’attesa per gli esami diagnostici verranno pubblicate ogni settimana sul sito dell’azienda sanitaria, come hanno ricordato i consiglieri durante la seduta di ieri.',
      'La nuova discarica non sarà costruita nella valle del fiume dopo il parere negativo dei geologi, che hanno segnalato il rischio di frane e di inquinamento delle falde sotto i terreni coltivati, come hanno ricordato i consiglieri durante la seduta di ieri. Guarda il filmato',
    ].join('\n\n');
    const core = createCore([parseArticle(`---\ntitle: Prova\nlang: it\n---\n\n${body}\n`, 'prova.md')]);
    const s = summary(core.summarize({ length: 'long' }));
    expect(s.sentences.length).toBeGreaterThan(3);
    expect(s.sentences.length).toBeLessThan(SUMMARY_SIZES.long.min);
    expect(s.sentences.map((x) => x.text)).not.toContain('Guarda il filmato');
  });

  it('GIVEN an interview whose answers are quotations of several sentences THEN a summary shows each quotation it takes whole, never half of it', () => {
    const body = [
      'È pentito di aver aperto tanti cantieri insieme in città?',
      '«No, anzi. Sono orgoglioso. Sono riuscito a trovare le risorse per far crescere la città, risorse che altrimenti sarebbero finite altrove».',
      'I lavori più criticati sono quelli in via Roma, bloccati per due mesi. E adesso?',
      '«Il nostro auspicio è liberare via Roma dal cantiere entro l’anno. L’impresa riprenderà dopo il 20 agosto. A settembre comincerà la pavimentazione».',
      'Quale sarà l’obiettivo per la città nei prossimi anni?',
      '«Una città più moderna. Più verde nei quartieri, più parcheggi vicino al centro, più autobus elettrici. Lo avevamo promesso agli elettori».',
    ].join('\n\n');
    const core = createCore([parseArticle(`---\ntitle: Prova\nlang: it\n---\n\n${body}\n`, 'prova.md')]);
    const marks = (text: string, mark: string) => [...text].filter((c) => c === mark).length;
    let quoted = 0;
    for (const length of LENGTHS) {
      for (const x of summary(core.summarize({ length })).sentences) {
        expect(marks(x.text, '«'), x.text).toBe(marks(x.text, '»'));
        if (x.text.includes('«')) quoted++;
      }
    }
    expect(quoted).toBeGreaterThan(0);
  });

  it('GIVEN an interview THEN a whole-article summary is drawn from its answers more than from its questions, and asks nothing but in its lead', () => {
    const body = [
      'Paolo Neri, sindaco da tre anni, racconta la città che cambia tra cantieri e nuovi fondi europei.',
      'È pentito di aver aperto tanti cantieri insieme in città?',
      '«No, anzi. Abbiamo trovato settanta milioni di euro per far crescere la città, risorse che altrimenti sarebbero finite altrove».',
      'I lavori più criticati sono quelli in via Roma, bloccati per due mesi. Quando finiranno?',
      '«Il nostro auspicio è liberare via Roma dal cantiere entro l’anno, la pavimentazione comincerà a settembre».',
      'Quale sarà l’obiettivo per la città nei prossimi anni?',
      '«Una città più moderna, con più verde nei quartieri, più parcheggi vicino al centro e più autobus elettrici».',
    ].join('\n\n');
    const core = createCore([parseArticle(`---\ntitle: Prova\nlang: it\n---\n\n${body}\n`, 'prova.md')]);
    const s = summary(core.summarize({ length: 'medium' }));
    const answers = s.sentences.filter((x) => [3, 5, 7].includes(x.paragraph)).length;
    expect(answers).toBeGreaterThan(s.sentences.filter((x) => [2, 4, 6].includes(x.paragraph)).length);
    expect(s.sentences.filter((x) => x.paragraph > 1 && /\?$/u.test(x.text))).toEqual([]);
  });

  it('GIVEN an interview whose interviewer trails off (“Quindi sei tranquilla...”, “Sentire la canzone su questo palco…”) THEN a short summary takes the answers, not the prompts', () => {
    const body = [
      'Sei un po’ una veterana di questo palco...',
      '“Ho avuto l’onore di calcarlo nel 2017, sia in piazza a Valdora che al teatro di Lerici. È la terza volta che partecipo a questa festa della musica.”',
      'Quindi sei tranquilla...',
      '“In realtà no! Ho un ricordo fantastico dell’edizione 2017, ma è la prima volta che torno a esibirmi dall’uscita del mio ultimo singolo.”',
      'Sentire la canzone su questo palco…',
      '“Sarà un’altra cosa! Avrò il piacere di eseguirla con l’orchestra del teatro diretta dal maestro della banda cittadina.”',
    ].join('\n\n');
    const core = createCore([parseArticle(`---\ntitle: "Carla Neri a Radio Vis: «Il concerto è come una finale»"\nlang: it\n---\n\n${body}\n`, 'prova.md')]);
    const s = summary(core.summarize({ length: 'short' }));
    expect(s.sentences.length).toBeGreaterThan(1);
    expect(s.sentences.filter((x) => [1, 3, 5].includes(x.paragraph))).toEqual([]);
  });

  it('GIVEN an interview whose questions come with the interviewer’s own statements THEN a summary that finds enough in the answers takes nothing from the interviewer’s paragraphs', () => {
    const body = [
      '«Non credo che avremo un attacco speculativo sui titoli di Stato».',
      'Ministro Aldo Bruni, i mercati a fine agosto prenderanno di mira l’Italia, come prevede il sottosegretario?',
      '«Io non vedo il rischio concreto che questo governo sia attaccato, è più una speranza delle opposizioni. Non siamo ricattabili».',
      'Il collega Rossi è andato dal governatore per tranquillizzare l’Europa sulle politiche del governo?',
      '«No, è andato perché è giusto che il ministro degli Affari europei parli con la banca centrale. Le nostre idee mirano a stabilizzare l’economia».',
      'Il premier dice che se lei e Rossi volete durare dovete portare risultati. Dove troverete i soldi per la riforma delle pensioni?',
      '«Non ci sarà bisogno di sforare il deficit. Porteremo avanti una lotta senza quartiere agli sprechi e tagliandoli troveremo le risorse».',
    ].join('\n\n');
    const core = createCore([parseArticle(`---\ntitle: "Bruni: «Non siamo ricattabili»"\nlang: it\n---\n\n${body}\n`, 'prova.md')]);
    // (a long summary asks for more sentences than the answers hold: then questions fill it, as before)
    for (const length of ['short', 'medium'] as const) {
      const s = summary(core.summarize({ length }));
      expect(s.sentences.length, length).toBeGreaterThan(1);
      expect(s.sentences.filter((x) => [2, 4, 6].includes(x.paragraph)), length).toEqual([]);
    }
  });

  it('GIVEN an article whose first sentence opens as a sentence leaning on another would ("Questo mese …", "È stata consegnata …") THEN the summary still starts from it: nothing comes before it', () => {
    for (const lead of ['Questo mese siamo stati a colloquio con il sindaco di Valdora, Aldo Bruni, sul nuovo ospedale.', 'È stata consegnata stamani al sindaco di Valdora, Aldo Bruni, la relazione sul nuovo ospedale.']) {
      const body = [
        lead,
        'Il documento traccia le ipotesi delle aree da adibire a cantiere per la costruzione del nuovo ospedale della città.',
        'Il presidente della Regione ha formalizzato la consegna del documento, mentre l’assessore alla Salute ha illustrato la relazione.',
        'Il nuovo ospedale avrà quattrocento posti letto, un pronto soccorso più grande e un parcheggio da mille posti.',
        'I lavori dovrebbero cominciare entro la fine del prossimo anno, se la gara d’appalto non subirà ritardi.',
        'Le associazioni dei pazienti chiedono da anni una struttura moderna al posto del vecchio ospedale del centro.',
        'Il comitato di quartiere teme invece il traffico dei cantieri nelle strade intorno all’area scelta.',
        'La Regione ha stanziato duecento milioni di euro per l’opera, il resto arriverà dai fondi europei.',
      ].join('\n\n');
      const core = createCore([parseArticle(`---\ntitle: Prova\nlang: it\n---\n\n${body}\n`, 'prova.md')]);
      expect(summary(core.summarize({ length: 'short' })).sentences[0]?.text).toBe(lead);
    }
  });

  it('GIVEN a sentence opening on a connective that leans on the one before (“Tuttavia …”, “Pertanto …”, “Ad esempio …”) THEN it never appears without it, and the lead’s first sentence opens the summary', () => {
    const body = [
      'Milano, 19 mar. – La Latteria Valdora ha chiuso il 2023 con un fatturato in crescita dell’8% a 1,6 miliardi. La variazione deriva dall’inflazione delle materie prime. Tuttavia l’utile netto della Latteria Valdora è salito del 346% toccando i 9,2 milioni, il migliore utile netto della sua storia.',
      'Il margine operativo lordo è cresciuto del 40% a 94 milioni, per effetto del nuovo piano strategico della latteria.',
      'Le vendite sono concentrate in Italia per il 62% dei ricavi; quelle in Europa sono aumentate del 7%. Pertanto l’utile netto dipende dal mercato italiano più che dall’estero.',
      'Il consiglio ha proposto un dividendo di 7 milioni. Ad esempio, nel 2022 il dividendo era stato di 2 milioni, un terzo dell’utile netto.',
    ].join('\n\n');
    const core = createCore([parseArticle(`---\ntitle: "Latteria Valdora, utile netto record"\nlang: it\n---\n\n${body}\n`, 'latteria.md')]);
    for (const length of LENGTHS) {
      const s = summary(core.summarize({ length }));
      expect(s.sentences[0]?.text, length).toMatch(/^Milano, 19 mar\./);
      s.sentences.forEach((x, i) => {
        if (/^(?:Tuttavia|Pertanto|Ad esempio)/u.test(x.text)) expect(s.sentences[i - 1]?.paragraph, `${length}: ${x.text}`).toBe(x.paragraph);
      });
    }
  });

  it('GIVEN a sentence that only says who said the one before (“Così il direttore X, ieri in commissione.”, “Lo ha detto X”) THEN it never appears without it', () => {
    const body = [
      '«Nei prossimi due anni la flotta delle Ferrovie Valdesi non cambierà e i treni resteranno vecchi». Così il nuovo direttore delle Ferrovie Valdesi, Aldo Bruni, ieri nella sua relazione alla commissione regionale. Nei primi dieci mesi dell’anno la puntualità media è scesa al 79 per cento, contro l’84 per cento del 2022. Le cause elencate da Bruni vanno dalla rete al limite della capacità ai lavori sui binari.',
      'La flotta conta 397 treni con un’età media di 20 anni. «Assumeremo duecento macchinisti entro dicembre». Lo ha detto Bruni ai consiglieri. Il piano di assunzioni costerà 12 milioni di euro.',
      'Le corse con meno di 50 passeggeri saranno sostituite da autobus a partire dal 9 dicembre, quando cambierà l’orario.',
    ].join('\n\n');
    const core = createCore([parseArticle(`---\ntitle: "Ferrovie Valdesi, bus al posto dei treni"\nlang: it\n---\n\n${body}\n`, 'treni.md')]);
    for (const length of LENGTHS) {
      const s = summary(core.summarize({ length }));
      s.sentences.forEach((x, i) => {
        if (/^(?:Così|Lo ha detto)/u.test(x.text)) expect(s.sentences[i - 1]?.text, `${length}: ${x.text}`).toMatch(/^«/u);
      });
    }
  });

  it('GIVEN a lead that is only a quotation after a dateline, and a paragraph that opens “Lo ha detto X, …” THEN the summary starts with the quotation and that sentence', () => {
    const body = [
      'L’AQUILA. «Non vogliamo che per via delle attività sotto il Gran Sasso si determini paura, che è il contrario della ricerca. Come allora dobbiamo lavorare gomito a gomito».',
      'Lo ha detto il presidente della Regione, Luciano Neri, nel corso del suo intervento alla cerimonia per i trent’anni del Laboratorio nazionale del Gran Sasso, alla presenza del capo dello Stato.',
      'Il riferimento del governatore era alle polemiche seguite all’esperimento che verrà installato nella struttura, per via dell’uso di materiale radioattivo.',
      'Il laboratorio ospita oggi oltre mille ricercatori da tutto il mondo, impegnati in esperimenti di fisica delle particelle.',
      'Alla cerimonia erano presenti anche i rettori delle università abruzzesi e numerosi sindaci del territorio.',
    ].join('\n\n');
    const core = createCore([parseArticle(`---\ntitle: "Laboratori del Gran Sasso, trent’anni di ricerca"\nlang: it\n---\n\n${body}\n`, 'lab.md')]);
    for (const length of LENGTHS) {
      const texts = summary(core.summarize({ length })).sentences.map((x) => x.text);
      // (the long summary is the whole piece, its dateline first)
      const said = texts.findIndex((t) => t.startsWith('Lo ha detto'));
      expect(said, length).toBeGreaterThan(0);
      expect(said, length).toBeLessThanOrEqual(2);
      expect(texts[said - 1], length).toMatch(/^«Non vogliamo/u);
    }
  });

  it('GIVEN a sentence that only agrees with the one before (“Sulla stessa linea anche X, segretario della Uil.”) THEN it never appears without it', () => {
    const body = [
      '“Negli ultimi dieci anni più di 15 mila persone sono morte nei luoghi di lavoro”, denunciano i sindacati di Valdora',
      'In Italia si muore ancora di lavoro. A denunciarlo sono i sindacati, alla vigilia della giornata per le vittime degli infortuni.',
      '“Non si può morire ancora di lavoro. È una strage terribile”, ha dichiarato la segretaria generale della Cisl di Valdora, Anna Neri. “Abbiamo bisogno di provvedimenti urgenti”.',
      '“Non solo gli infortuni sono in aumento, ma sono in aumento soprattutto le morti”, ha detto il segretario generale della Cgil di Valdora, Aldo Bruni.',
      'Sulla stessa linea anche Carlo Sarti, segretario della Uil di Valdora. “Ieri, in provincia, si è verificato l’ennesimo incidente mortale sul lavoro”.',
    ].join('\n\n');
    const core = createCore([parseArticle(`---\ntitle: "Aumentano le morti sul lavoro, i sindacati: la strage va fermata"\nlang: it\n---\n\n${body}\n`, 'strage.md')]);
    for (const length of LENGTHS) {
      const s = summary(core.summarize({ length }));
      s.sentences.forEach((x, i) => {
        if (/^Sulla stessa linea/u.test(x.text)) expect(s.sentences[i - 1]?.paragraph, `${length}: ${x.text}`).toBe(4);
      });
    }
  });

  it('GIVEN a lead whose second sentence opens with who says it, then a demonstrative (“Secondo l’associazione dei consumatori, questi aumenti equivalgono a 3,9 miliardi”) THEN the summary starts from the lead and that sentence never appears without it', () => {
    const body = [
      'L’Unione Consumatori Valdesi ha lanciato l’allarme sui carburanti in seguito ai continui aumenti dei prezzi della benzina e del gasolio registrati nelle ultime settimane. Secondo l’associazione dei consumatori, questi aumenti equivalgono a un costo aggiuntivo di 3,9 miliardi di euro all’anno per le famiglie.',
      'Il presidente Aldo Bruni ha sottolineato che un pieno di benzina costa circa 5 euro in più rispetto all’inizio dell’anno, mentre per il diesel si spendono 5,5 euro in più.',
      'Bruni chiede al governo di intervenire sulle accise per evitare ulteriori aumenti dei prezzi alla pompa.',
      'Il Ministero dell’Economia ha chiesto alla Guardia di Finanza di controllare i listini già a dicembre; i risultati saranno resi noti la prossima settimana.',
    ].join('\n\n');
    const core = createCore([parseArticle(`---\ntitle: "Carburanti, stangata da 3,9 miliardi"\nlang: it\n---\n\n${body}\n`, 'carburanti.md')]);
    for (const length of LENGTHS) {
      const s = summary(core.summarize({ length }));
      expect(s.sentences[0]?.text, length).toMatch(/^L’Unione Consumatori Valdesi ha lanciato/u);
      s.sentences.forEach((x, i) => {
        if (/^Secondo l’associazione/u.test(x.text)) expect(s.sentences[i - 1]?.text, `${length}: ${x.text}`).toMatch(/^L’Unione/u);
      });
    }
  });

  it('GIVEN a sentence opening with who says it and no comma, then a demonstrative (“Per le associazioni questo elemento dimostra che …”) THEN it never appears without the sentence before it', () => {
    const body = [
      'Il Tribunale amministrativo di Valdora ha respinto il ricorso presentato da quattro associazioni, confermando l’ordinanza della Provincia che autorizza l’abbattimento di due lupi responsabili di predazioni in val Bruna.',
      'La scelta ha scatenato le proteste delle associazioni animaliste, che parlano di “provvedimento crudele e inefficace”. «Fucilare due lupi a caso non risolve il problema», dichiarano le associazioni.',
      'Secondo i verbali dei forestali, gli animali predati erano custoditi in una recinzione non adeguata: erba alta lungo il perimetro, fili elettrificati posizionati in modo errato e assenza di cani da guardiania. Per le associazioni questo elemento dimostra che la responsabilità non è dei lupi, ma delle mancate misure di difesa.',
      'La Provincia, nel suo comunicato ufficiale, rivendica invece la legittimità della decisione. La Giunta sottolinea inoltre che il provvedimento è stato motivato dall’incremento degli episodi predatori.',
    ].join('\n\n');
    const core = createCore([parseArticle(`---\ntitle: "Valdora, il Tar dà via libera all'uccisione di due lupi"\nlang: it\n---\n\n${body}\n`, 'lupi.md')]);
    for (const length of LENGTHS) {
      const s = summary(core.summarize({ length }));
      s.sentences.forEach((x, i) => {
        if (/^Per le associazioni questo elemento/u.test(x.text)) expect(s.sentences[i - 1]?.text, `${length}: ${x.text}`).toMatch(/^Secondo i verbali/u);
      });
    }
  });

  it('GIVEN “Il consigliere ha aggiunto che …” after the sentence naming him THEN it never appears without that sentence', () => {
    const body = [
      'Il consiglio comunale di Valdora ha approvato il rendiconto di bilancio 2020 con i 14 voti a favore della maggioranza.',
      'Per il capogruppo della Sinistra Aldo Bruni il nodo maggiore è rappresentato dagli interventi sull’edilizia scolastica, “realizzati giocoforza”. Il consigliere ha aggiunto che vengono richieste critiche costruttive sul piano delle scuole e sulle palestre.',
      'Critiche anche dal consigliere Carlo Neri, che ha contestato il mancato coraggio nell’utilizzare le risorse comunali.',
    ].join('\n\n');
    const core = createCore([parseArticle(`---\ntitle: "Valdora, consuntivo approvato"\nlang: it\n---\n\n${body}\n`, 'consuntivo.md')]);
    for (const length of LENGTHS) {
      const s = summary(core.summarize({ length }));
      s.sentences.forEach((x, i) => {
        if (/^Il consigliere ha aggiunto/u.test(x.text)) expect(s.sentences[i - 1]?.text, `${length}: ${x.text}`).toMatch(/^Per il capogruppo/u);
      });
    }
  });

  it('GIVEN an English lead whose second sentence reads “According to the association, these increases …” THEN the summary starts from the lead', () => {
    const body = [
      'The Valdese Consumers Union has raised the alarm over fuel after continuous increases in the prices of petrol and diesel recorded in recent weeks. According to the association, these increases amount to an extra cost of 3.9 billion euros a year for families.',
      'Its president Aldo Bruni stressed that a full tank of petrol costs about 5 euros more than at the start of the year, while diesel costs 5.5 euros more.',
      'Bruni asks the government to cut excise duties to prevent further increases in prices at the pump.',
      'The Ministry of Economy asked the Finance Police to check price lists in December; the results will be published next week.',
    ].join('\n\n');
    const core = createCore([parseArticle(`---\ntitle: "Fuel, a 3.9 billion sting"\nlang: en\n---\n\n${body}\n`, 'fuel.md')]);
    for (const length of LENGTHS) {
      const s = summary(core.summarize({ length }));
      expect(s.sentences[0]?.text, length).toMatch(/^The Valdese Consumers Union has raised/u);
    }
  });

  it('GIVEN a sentence that leans on the one before ("Questa volta è …") THEN it never appears without it', () => {
    for (const length of LENGTHS) {
      const s = summary(seed.summarize({ length }));
      s.sentences.forEach((x, i) => {
        if (/^Questa volta/.test(x.text)) expect(s.sentences[i - 1]?.text).toMatch(/Meta ha rilasciato/);
      });
    }
  });

  it('GIVEN an unknown article THEN says so and lists the articles', () => {
    expect(seed.summarize({ article: 'nessuno' })).toEqual({ kind: 'unknown-article', query: 'nessuno', articles: ['llama2'] });
  });
});

describe('summarize: one section', () => {
  it('GIVEN every section, by id, at every length THEN sentences stay inside it and respect the length', () => {
    for (const section of seed.sections()) {
      const available = seed.articles[0]!.paragraphs.slice(section.from - 1, section.to).reduce((a, p) => a + p.sentences.length, 0);
      for (const length of LENGTHS) {
        const s = expectWellFormed(seed, seed.summarize({ section: section.id, length }));
        expect(s.title).toBe(section.title);
        for (const x of s.sentences) {
          expect(x.paragraph).toBeGreaterThanOrEqual(section.from);
          expect(x.paragraph).toBeLessThanOrEqual(section.to);
        }
        expect(s.sentences.length).toBeLessThanOrEqual(SUMMARY_SIZES[length].max);
        expect(s.sentences.length).toBeGreaterThanOrEqual(Math.min(SUMMARY_SIZES[length].min, available));
      }
    }
  });

  it.each([
    ['licenza', 'licenza'],
    ['LIMITI DELL’APERTURA', 'limiti'],
    ['limiti dell apertura', 'limiti'],
    ['strattegia open sorce', 'strategia'],
    ['Lambret', 'Lambert'],
    ['tur', 'Turow'],
    ['the licensing part', 'licenza'],
    ['4', 'limiti'],
    ['sezione 2', 'Partner'],
  ])('GIVEN the loose section name %j THEN summarises the section titled with %j', (query, inTitle) => {
    expect(summary(seed.summarize({ section: query })).title).toContain(inTitle);
  });

  it('GIVEN a heading that lists several subjects THEN even the short summary covers more than one of them', () => {
    const section = seed.findSection('dati, licenza e regole d’uso')[0]!.section;
    const text = summary(seed.summarize({ section: section.id, length: 'short' })).sentences.map((x) => x.text.toLowerCase()).join(' ');
    expect(['dati', 'licenza', 'utilizzo'].filter((w) => text.includes(w)).length).toBeGreaterThanOrEqual(2);
  });

  it('GIVEN findSection on the core THEN ranks the sections of the corpus with their article, all of them for an empty query', () => {
    const best = seed.findSection('licenza', 'llama2')[0]!;
    expect(best.section.article).toBe('llama2');
    expect(best.section.title).toContain('licenza');
    expect(seed.findSection('').map((m) => m.section.id)).toEqual(seed.sections().map((s) => s.id));
    expect(seed.findSection('licenza', 'altro')).toEqual([]);
  });

  it('GIVEN a section nobody wrote THEN answers unknown-section with the list of sections', () => {
    for (const query of ['pizza napoletana', '0', '99']) {
      const result = seed.summarize({ section: query });
      expect(result.kind).toBe('unknown-section');
      if (result.kind !== 'unknown-section') return;
      expect(result.query).toBe(query);
      expect(result.sections.map((s) => s.id)).toEqual(seed.sections().map((s) => s.id));
    }
  });

  it('GIVEN an article without headings THEN summarises its automatic sections, staying inside each', () => {
    const sections = unsectioned.sections('quattro-temi');
    expect(sections.length).toBe(4);
    for (const [i, section] of sections.entries()) {
      const s = expectWellFormed(unsectioned, unsectioned.summarize({ article: 'quattro-temi', section: String(i + 1), length: 'short' }));
      expect(s.title).toBe(section.title);
      for (const x of s.sentences) expect(x.paragraph >= section.from && x.paragraph <= section.to).toBe(true);
    }
  });
});

describe('summarize: a topic', () => {
  const fromParagraphs = (topic: string) => summary(seed.summarize({ topic })).sentences.map((x) => x.paragraph);

  it.each([
    ['Microsoft e Amazon', [4]],
    ['WizardLM e le variazioni su Hugging Face', [10]],
    ['la licenza e i 700 milioni di utenti', [8]],
    ['Android e iOS di Apple', [9]],
    ['l’accordo con la Casa Bianca', [13]],
  ])('GIVEN the topic %j THEN at least 80%% of the sentences come from ¶%j', (topic, paragraphs) => {
    const got = fromParagraphs(topic);
    expect(got.length).toBeGreaterThan(0);
    expect(got.filter((p) => paragraphs.includes(p)).length / got.length).toBeGreaterThanOrEqual(0.8);
  });

  it('GIVEN the topics of the seed’s spec, in Italian and in English THEN at least 80% of all their sentences come from the topic’s paragraphs', () => {
    let inside = 0;
    let total = 0;
    for (const t of SPEC.topics) {
      const s = expectWellFormed(seed, seed.summarize({ topic: t.topic }));
      expect(s.title).toBe(t.topic);
      total += s.sentences.length;
      inside += s.sentences.filter((x) => t.paragraphs.includes(x.paragraph)).length;
    }
    expect(inside / total).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    ['the licence', [8]],
    ['training data', [7, 12]],
    ['Microsoft and Amazon', [4]],
    ['the White House agreement', [13]],
  ])('GIVEN the English topic %j THEN it is read through the lexicon and drawn from ¶%j', (topic, paragraphs) => {
    const got = fromParagraphs(topic);
    expect(got.length).toBeGreaterThan(0);
    expect(got.filter((p) => paragraphs.includes(p)).length / got.length).toBeGreaterThanOrEqual(0.8);
  });

  it('GIVEN a topic THEN its summary is well formed and no longer than the length allows', () => {
    for (const length of LENGTHS) {
      const s = expectWellFormed(seed, seed.summarize({ topic: 'i dati di addestramento', length }));
      expect(s.sentences.length).toBeLessThanOrEqual(SUMMARY_SIZES[length].max);
      expect(s.title).toBe('i dati di addestramento');
    }
  });

  it('GIVEN a topic named in one sentence only THEN adds the sentences around it, from the same paragraph', () => {
    const s = summary(seed.summarize({ topic: 'licenza' }));
    expect(s.sentences.length).toBeGreaterThanOrEqual(SUMMARY_SIZES.medium.min);
    expect(new Set(s.sentences.map((x) => x.paragraph))).toEqual(new Set([8]));
  });

  it('GIVEN a topic named in one sentence of each of two articles THEN both sentences are in its summary, the best article’s first, before sentences that do not name it', () => {
    const piece = (slug: string, name: string, amount: string) =>
      parseArticle(
        `---\ntitle: "${name}, i conti del 2023"\nlang: it\n---\n\n${name} ha chiuso il 2023 con ricavi in crescita dell’8% grazie alle vendite all’estero. Il margine operativo lordo è cresciuto del 40% per il nuovo piano industriale. Il consiglio ha proposto un dividendo pari a ${amount} per azione. L’assemblea degli azionisti è convocata per il 29 maggio.\n\nLe vendite in Italia pesano per il 62% dei ricavi, quelle in Europa sono aumentate del 7%.\n`,
        `${slug}.md`,
      );
    const core = createCore([piece('latteria', 'La Latteria Valdora', '12 centesimi'), piece('pastificio', 'Il Pastificio Borgo Alto', '30 centesimi')]);
    const s = summary(core.summarize({ topic: 'dividendo' }));
    const naming = s.sentences.filter((x) => /dividendo/u.test(x.text));
    expect(new Set(naming.map((x) => x.article))).toEqual(new Set(['latteria', 'pastificio']));
    expect(s.sentences.findIndex((x) => x.article !== s.sentences[0]!.article)).toBeGreaterThan(0);
  });

  it('GIVEN an English topic naming a place the articles write in Italian (“the strike in Sicily”) THEN the article on that place leads the summary', () => {
    const piece = (slug: string, title: string, body: string) => parseArticle(`---\ntitle: "${title}"\nlang: it\n---\n\n${body}\n`, `${slug}.md`);
    const core = createCore(
      [
        piece('nazionale', 'Lo sciopero nazionale', 'Le sigle autonome avevano proclamato per oggi uno sciopero nazionale dei treni.\n\nLo sciopero dalle 21 di sabato poteva avere un impatto significativo sulla circolazione.\n\nSi tratta del sesto sciopero per chiedere più sicurezza.'),
        piece('isola', 'Lo sciopero nell’isola', 'Un alto numero di ferrovieri in Sicilia ha aderito allo sciopero proclamato oggi dai sindacati.\n\nSecondo la Cisl siciliana, l’adesione è stata del 70% e in Sicilia molti treni sono stati cancellati.'),
      ],
      { lexicons: loadLexicons() },
    );
    const s = summary(core.summarize({ topic: 'the strike in Sicily' }));
    expect(s.sentences[0]?.article).toBe('isola');
  });

  it('GIVEN a topic the article never mentions THEN answers no-match', () => {
    expect(seed.summarize({ topic: 'la ricetta della pizza margherita' })).toEqual({ kind: 'no-match', topic: 'la ricetta della pizza margherita' });
  });

  it('GIVEN a topic word that only shares its stem with a name of the article THEN answers no-match, while the name itself is found', () => {
    // "meteo" stems as "Meta" does; no name inflects into it
    expect(seed.summarize({ topic: 'meteo' })).toEqual({ kind: 'no-match', topic: 'meteo' });
    expect(summary(seed.summarize({ topic: 'meta' })).sentences.length).toBeGreaterThan(0);
  });
});

describe('summarize: sentences that stand on their own', () => {
  const piece = (slug: string, title: string, body: string) => createCore([parseArticle(`---\ntitle: "${title}"\nlang: it\n---\n\n${body}\n`, `${slug}.md`)], { lexicons: loadLexicons() });
  const texts = (core: BranoCore, slug: string) => summary(core.summarize({ article: slug, length: 'short' })).sentences.map((s) => s.text);

  it('GIVEN sentences that end on a colon, open a quotation the next sentences go on with, or close one the sentences before opened THEN none is picked; the lead’s main sentence, and the one after it going on with “E …”, are', () => {
    const core = piece(
      'fabbrica',
      'La Valfer annuncia 400 esuberi',
      [
        'Si temevano cattive notizie dall’incontro al ministero delle Imprese.',
        'E la doccia fredda è arrivata: la Valfer, l’azienda di elettrodomestici di Valdora passata a un gruppo turco lo scorso aprile, ha dichiarato 400 esuberi su 1.200 occupati e la chiusura dello stabilimento di Riva Alta.',
        'Ridimensionamento poi del sito di Monte Alto, chiusura della ricerca e sviluppo e tagli in tutti gli uffici italiani del gruppo.',
        'A prendere la parola è il presidente della Regione: “Chiediamo quattro cose all’azienda. La prima è sgomberare il campo dalla chiusura. Infine chiediamo certezze sullo stabilimento di Riva Alta". Poi alcune parole alla politica.',
        'A Riva Alta i lavoratori, già in presidio davanti alla fabbrica da due giorni, si riuniranno nelle prossime ore in assemblea per decidere il da farsi:',
      ].join('\n\n'),
    );
    const picked = texts(core, 'fabbrica');
    expect(picked.some((t) => t.startsWith('E la doccia fredda è arrivata'))).toBe(true);
    expect(picked.filter((t) => /:\s*$/u.test(t) || t.startsWith('A prendere la parola') || t.startsWith('Infine chiediamo'))).toEqual([]);
  });

  it('GIVEN a quotation run over two paragraphs (opened in one, closed with its speaker in the next) THEN none of its sentences is picked, whatever words of the title they hold; the paragraphs around it are', () => {
    const core = piece(
      'lauree',
      'Cerimonia di laurea in piazza a Valdora, oltre 400 laureati',
      [
        'Si è tenuta in piazza Fiera a Valdora la cerimonia di laurea dell’università, con oltre 400 laureati e le loro famiglie.',
        '"La laurea è un traguardo prezioso e la cerimonia in piazza lo rende di tutti: voi laureati siete un pezzo della storia dell’università. Questo è un momento difficile per il mondo.',
        'Però avete imparato a superare le difficoltà della laurea. L’auspicio è che i laureati di oggi sappiano essere migliori di noi. Scommetto su ciascuno di voi", ha detto il rettore Paolo Neri.',
        'Alla cerimonia di laurea è intervenuta anche la sindaca di Valdora, Anna Bruni, che ha consegnato ai laureati una pergamena ricordo.',
        'In rappresentanza dei laureati ha preso la parola Marco Rossi, laureato in Informatica.',
        'La cerimonia si è chiusa con il tradizionale lancio del tocco in piazza.',
      ].join('\n\n'),
    );
    const picked = summary(core.summarize({ article: 'lauree', length: 'short' })).sentences;
    expect(picked.length).toBeGreaterThanOrEqual(2);
    expect(picked[0]?.paragraph).toBe(1);
    expect(picked.filter((s) => s.paragraph === 2 || s.paragraph === 3)).toEqual([]);
  });

  it('GIVEN an article that is all one joint statement quoted over its paragraphs, no sentence of it whole THEN the summary is its opening sentences, in order, with the one naming who says it, not nothing', () => {
    const core = piece(
      'nota',
      'Treni, il governo ignora i pendolari',
      [
        '"Il governo si ostina a ignorare i problemi dei pendolari di Valdora, che da mesi fronteggiano i disagi di un sistema ferroviario nel caos.',
        'Secondo il ministero, che oggi ha risposto alla nostra interrogazione, i disagi sono inconvenienti dovuti ai cantieri": lo affermano in una nota congiunta i deputati Anna Bassi, Andrea Cossu e Irene Mazza.',
        '"Non si può continuare a nascondere la testa sotto la sabbia.',
        'Ogni giorno - proseguono - ci sono cittadini che rimangono al binario senza informazioni su treni soppressi o in ritardo".',
      ].join('\n\n'),
    );
    const picked = summary(core.summarize({ article: 'nota' })).sentences;
    expect(picked.map((s) => s.paragraph).slice(0, 2)).toEqual([1, 2]);
    expect(picked[1]?.text).toContain('lo affermano in una nota congiunta i deputati Anna Bassi, Andrea Cossu e Irene Mazza.');
  });

  it('GIVEN a lead paragraph whose only sentence of forty characters or more leans on it THEN its short first sentence of five words or more opens the summary', () => {
    const core = piece(
      'riviera',
      'Turismo, l’estate in Riviera fatica a partire',
      [
        'L’estate in Riviera fatica a partire. “La stagione sta facendo fatica a decollare - confida Aldo Neri, presidente degli albergatori - siamo lontani dai picchi del post pandemia”.',
        'Dopo una primavera fortunata, tra Pasqua e il 25 aprile, gli albergatori hanno gioito per i ponti lunghi, ma maggio non è stato all’altezza delle aspettative per le presenze.',
        'Meglio giugno, quasi da tutto esaurito grazie alle ottime condizioni meteo, meglio dello scorso anno quando la pioggia non aveva concesso tregua agli operatori.',
        'Per luglio e agosto è ancora presto per un bilancio, ma per ora i numeri si attestano ai livelli dell’anno scorso, con un netto rallentamento rispetto al post pandemia.',
        'La Riviera rimane comunque una meta ambita da italiani, soprattutto piemontesi e lombardi, e da stranieri di Germania, Svizzera e Francia.',
      ].join('\n\n'),
    );
    expect(texts(core, 'riviera')[0]).toBe('L’estate in Riviera fatica a partire.');
  });
  it('GIVEN a lead that opens on a scene with no word of the title, no name and no figure THEN the summary opens on the lead’s sentence that tells the title’s news', () => {
    const body = [
      'Un boato, la polvere che si alza, le urla. Pochi istanti che potevano trasformarsi in una tragedia: una parte del controsoffitto è crollata questa mattina all’interno dell’istituto Mazzini, in via Diana.',
      'Erano da poco passate le 8, l’orario d’ingresso degli insegnanti, quando una porzione del tetto è venuta giù travolgendo il vano scale. Per fortuna nessuno è rimasto ferito.',
      'I vigili del fuoco, arrivati con tre squadre, hanno evacuato immediatamente la scuola utilizzando una scala secondaria.',
      'Alcuni ragazzi, rimasti leggermente intossicati dalle polveri, sono stati medicati sul posto dal 118.',
      'Le cause del crollo sono ancora in corso di accertamento. I genitori chiedono verifiche in tutti gli edifici scolastici del quartiere.',
    ];
    expect(texts(piece('crollo', 'Crolla il controsoffitto in una scuola, strage sfiorata', body.join('\n\n')), 'crollo')[0]).toMatch(/^Pochi istanti/u);
    // (a first sentence with a name stays the lede)
    const named = [`Un boato a Borgonuovo, la polvere che si alza, le urla. ${body[0]!.split('. ')[1]}`, ...body.slice(1)];
    expect(texts(piece('crollo', 'Crolla il controsoffitto in una scuola, strage sfiorata', named.join('\n\n')), 'crollo')[0]).toMatch(/^Un boato a Borgonuovo/u);
  });
  it('GIVEN a lead whose news stands in a sentence opening “Così come …” (just as) THEN that sentence opens the summary, not the one after it that leans on it', () => {
    const body = [
      'Chiusi ancora prima di “cominciare”. Così come era successo già questa estate, con i rifugi che avevano chiuso in anticipo per il caro energia, dalle valli arriva la notizia che il 15% dei rifugi di montagna rinuncia alla stagione invernale. Il motivo è uno: il caro bollette, con importi fino a cinque volte superiori a quelli degli anni precedenti.',
      'A Cortina non apriranno venti gestori, uno su quattro. In Val di Fassa i gestori sono preoccupati per la neve artificiale.',
      'Nelle località di lago la stessa musica, con i gestori penalizzati dai costi dell’estate.',
      'La soluzione, secondo l’associazione dei gestori, sono le comunità energetiche previste dalla nuova legge.',
    ];
    expect(texts(piece('rifugi', 'Bollette alle stelle, il 15% dei rifugi di montagna non apre in inverno', body.join('\n\n')), 'rifugi')[0]).toMatch(/^Così come era successo/u);
  });
  it('GIVEN a lead paragraph whose second sentence says more of the article’s words than its first THEN the first, the lede, opens the summary; a lede opening on someone’s words gives way to the sentence telling what happened', () => {
    const body = [
      'Una frana di vaste proporzioni ha colpito sabato la località Prati, a Valdora, mettendo in allerta l’intera comunità. Il fronte della frana, che si estende per circa cento metri, ha interessato terreni privati e la mulattiera comunale verso Roncaglia, rendendo necessarie misure urgenti.',
      'Tra le prime precauzioni adottate, l’evacuazione di un’abitazione vicina alla frana, oggi disabitata. La mulattiera è stata chiusa al transito, anche per i pedoni.',
      'Secondo il sindaco di Valdora, Aldo Neri, se la frana dovesse progredire potrebbe raggiungere il torrente, con conseguenze imprevedibili.',
      'Il Comune ha incaricato un geologo, che ha confermato la gravità della situazione della mulattiera e dei terreni.',
    ];
    expect(texts(piece('frana', 'Valdora, frana in località Prati', body.join('\n\n')), 'frana')[0]).toBe('Una frana di vaste proporzioni ha colpito sabato la località Prati, a Valdora, mettendo in allerta l’intera comunità.');
    const quoted = ['VALDORA – «Ho sbagliato, chiedo scusa, non volevo far del male a nessuno». Il giovane arrestato venerdì per la rapina alla tabaccheria di Valdora ha parlato davanti al giudice.', ...body.slice(1)];
    expect(texts(piece('rapina', 'Valdora, rapina in tabaccheria', quoted.join('\n\n')), 'rapina')[0]).toBe('Il giovane arrestato venerdì per la rapina alla tabaccheria di Valdora ha parlato davanti al giudice.');
  });
});
