import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, foldAccents, GenerationalMemo, isStopword, lifeSpanBirthplace, lifeSpanTerms, paragraphAnalysis, splitSentences, stem, tokenize } from '../../src/core/analysis.js';
import { ask } from '../../src/core/ask.js';
import { parseArticle } from '../../src/core/corpus.js';
import { buildPassageIndex } from '../../src/core/passageIndex.js';

const lowers = (text: string) => tokenize(text).map((t) => t.lower);
const terms = (text: string) => analyze(text, 'it').map((t) => t.term);

describe('tokenize', () => {
  it('GIVEN a hyphenated name with digits (“Covid-19”, “Sars-CoV-2”) THEN it is a term whole and its words are terms too; a single letter, or a lower-case word (“ossigeno-16”), is not', () => {
    expect(analyze('Covid-19', 'it').map((t) => t.term)).toEqual(['covid-19', stem('covid', 'it')]);
    expect(analyze('Sars-CoV-2', 'it').map((t) => t.term)).toEqual(['sars-cov-2', stem('sars', 'it'), stem('cov', 'it')]);
    expect(analyze('F-35', 'it').map((t) => t.term)).toEqual(['f-35']);
    // not a name: "ossigeno-16" stays whole
    expect(analyze('l’ossigeno-16', 'it').map((t) => t.term)).toEqual(['ossigeno-16']);
  });

  it('GIVEN “secondo” after an article or an articulated preposition, or “Po” with no apostrophe THEN it is a term (the ordinal, the river); as “according to”, or “po’” (a little) it stays a stopword', () => {
    const terms = (text: string) => analyze(text, 'it').map((t) => t.term);
    const ordinal = stem('secondo', 'it');
    expect(terms('nel secondo trimestre')).toContain(ordinal);
    expect(terms('il secondo tempo')).toContain(ordinal);
    expect(terms('secondo Rossi il porto chiude')).not.toContain(ordinal);
    expect(terms('secondo i dati il porto chiude')).not.toContain(ordinal);
    // "il Po" is the river, a name; "un po'" and "un po’" are "a little"
    expect(terms('il Po è salito di tre metri')).toContain('po');
    expect(terms("un po' di tempo, un po’ troppo")).not.toContain('po');
    // one space between: "il. Secondo" across a sentence end is no determiner
    expect(terms('ne parla il.  secondo i dati')).not.toContain(ordinal);
  });

  it('GIVEN “secondo” placed by a ranking’s participle (“si è classificato secondo”, “è arrivato secondo.”) THEN it is the ordinal; “arrivato secondo le previsioni” stays “according to”', () => {
    const terms = (text: string) => analyze(text, 'it').map((t) => t.term);
    const ordinal = stem('secondo', 'it');
    expect(terms('Lazza si è classificato secondo: felicissimo')).toContain(ordinal);
    expect(terms('il Napoli si è piazzato secondo in classifica')).toContain(ordinal);
    expect(terms('Rossi è arrivato secondo.')).toContain(ordinal);
    expect(terms('il treno è arrivato secondo le previsioni')).not.toContain(ordinal);
    // before "a", "in", "dietro" ("secondo a …" is no "according to"): "chi è arrivato secondo al Giro?"
    expect(terms('chi è arrivato secondo al Giro?')).toContain(ordinal);
    expect(terms('è arrivato secondo dietro Thomas')).toContain(ordinal);
    expect(terms('il pacco è arrivato secondo gli accordi')).not.toContain(ordinal);
  });

  it('GIVEN Italian elisions with typographic or straight apostrophes THEN the article and the word split', () => {
    expect(lowers('dell’IA')).toEqual(['dell', 'ia']);
    expect(lowers("dell'IA")).toEqual(['dell', 'ia']);
    expect(lowers('c’era una volta')).toEqual(['c', 'era', 'una', 'volta']);
    expect(lowers("l'uso commerciale")).toEqual(['l', 'uso', 'commerciale']);
    expect(lowers('all’improvviso')).toEqual(['all', 'improvviso']);
  });

  it('GIVEN accented letters THEN they stay inside the word', () => {
    expect(lowers('città perché è già')).toEqual(['città', 'perché', 'è', 'già']);
    expect(lowers('succederà')).toEqual(['succederà']);
  });

  it('GIVEN numbers, percentages, hyphenated names and alphanumerics THEN each stays one token', () => {
    expect(lowers('il 40% in più')).toContain('40%');
    expect(lowers('700 milioni')).toEqual(['700', 'milioni']);
    expect(lowers('Ahmad Al-Dahle')).toEqual(['ahmad', 'al-dahle']);
    expect(lowers('trapelato su 4Chan')).toContain('4chan');
    expect(lowers('80.000 volumi')).toContain('80.000');
  });

  it('GIVEN a name followed by a small number THEN a compound token is added (Llama 2 → llama2)', () => {
    const toks = tokenize('Meta ha rilasciato Llama 2.');
    expect(toks.map((t) => t.lower)).toEqual(['meta', 'ha', 'rilasciato', 'llama', '2', 'llama2']);
    const compound = toks.find((t) => t.kind === 'compound')!;
    expect(compound.surface).toBe('Llama 2');
  });

  it('GIVEN any text THEN every token surface equals the text between its offsets', () => {
    const alphabet = fc.constantFrom(
      'a', 'è', 'É', 'l', '’', "'", ' ', '-', '%', '4', '0', '.', ',', 'ç', '“', '”', '\u200B', 'Z', 'ñ', '\n', 'ü',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')), (text) => {
        for (const t of tokenize(text)) {
          expect(t.surface).toBe(text.slice(t.start, t.end));
          expect(t.start).toBeLessThan(t.end);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('GIVEN arbitrary Unicode text THEN analysed terms point inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: 'grapheme' }), (raw) => {
        const text = raw.normalize('NFC');
        for (const t of analyze(text, 'it')) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(t.term.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('analyze', () => {
  it('GIVEN function words THEN they are dropped, content words are stemmed and accent-folded', () => {
    expect(terms('La licenza di Meta per Llama 2')).toEqual(['licenz', 'met', 'llam', '2', 'llama2']);
    expect(terms('creatività')).toEqual([stem('creatività', 'it')]);
    expect(stem('creatività', 'it')).not.toMatch(/à/);
  });

  it('GIVEN singular and plural or verb forms of a short word THEN they share a term', () => {
    expect(stem('anno', 'it')).toBe(stem('anni', 'it'));
    expect(stem('uso', 'it')).toBe(stem('usare', 'it'));
    expect(stem('usato', 'it')).toBe(stem('uso', 'it'));
    expect(stem('rilasciato', 'it')).toBe(stem('rilascio', 'it'));
    expect(stem('colosseo', 'it')).not.toBe(stem('colossi', 'it'));
  });

  it('GIVEN an acronym in capitals that spells a function word THEN it is kept (AI), lower case is not (ai)', () => {
    expect(terms('lo sviluppo dell’AI')).toContain('ai');
    expect(terms('ai ricercatori')).not.toContain('ai');
  });

  it('GIVEN a conversational request around a question THEN only the question’s content words remain', () => {
    expect(terms('Dimmi, vorrei sapere quando è trapelata la memo')).toEqual(terms('quando è trapelata la memo'));
    expect(terms('Mi ricordi chi poteva usarlo nel pezzo?')).toEqual(terms('chi usarlo?'));
  });

  it('GIVEN an ordinal written with its number (“31ª giornata”, “2º posto”, “76esima edizione”, “31st round”) THEN its term is the number, as in “73° Festival”', () => {
    const terms = (s: string, lang: 'it' | 'en' = 'it') => analyze(s, lang).map((t) => t.term);
    expect(terms('la 31ª giornata')).toEqual(['31', ...terms('giornata')]);
    expect(terms('il 2º posto')[0]).toBe('2');
    expect(terms('la 76esima edizione')[0]).toBe('76');
    expect(terms('i 20esimi')[0]).toBe('20');
    expect(analyze('the 31st round', 'en').map((t) => t.term)).toContain('31');
    expect(terms('il 73° Festival')[0]).toBe('73');
    // Other letters after digits stay one name: “5G”, “3D”, “B2B”.
    expect(terms('5G e 3D')).toEqual(['5g', '3d']);
  });

  it('GIVEN a hyphenated name THEN the whole, written closed, and its parts are terms', () => {
    expect(terms('Al-Dahle')).toEqual(['aldahle', 'dahl']);
    expect(terms('Al-Dahle')[0]).toBe(terms('AlDahle')[0]);
  });

  it('GIVEN a word written with a hyphen or closed THEN both spellings share a term', () => {
    expect(terms('vice-presidente')).toContain(terms('vicepresidente')[0]);
    expect(terms('l’e-mail')).toContain(terms('l’email')[0]);
    expect(terms('post-partita')).toContain(terms('postpartita')[0]);
    const english = (text: string) => analyze(text, 'en').map((t) => t.term);
    expect(english('e-mail')).toContain(english('email')[0]);
  });

  it('GIVEN the stopword lists THEN question words are stopwords and digits are not', () => {
    expect(isStopword('quando', 'it')).toBe(true);
    expect(isStopword('perche', 'it')).toBe(true);
    // "fino a" is a preposition, not "fine" (the end, a goal), with which it shares its stem
    expect(isStopword('fino', 'it')).toBe(true);
    expect(isStopword('2', 'it')).toBe(false);
    expect(foldAccents('perché città')).toBe('perche citta');
  });
});

describe('splitSentences', () => {
  it('GIVEN a paragraph with quotations and abbreviations THEN sentences are verbatim substrings in order', () => {
    const p = '“Non so cosa succederà”, dice il dott. Rossi. Poi se ne va! Davvero? Sì.';
    const ss = splitSentences(p);
    expect(ss.length).toBeGreaterThanOrEqual(3);
    let last = 0;
    for (const s of ss) {
      expect(p.slice(s.start, s.end)).toBe(s.text);
      expect(s.start).toBeGreaterThanOrEqual(last);
      last = s.end;
    }
    expect(ss[0]!.text).toContain('dott. Rossi');
  });
});

describe('brand names', () => {
  it('GIVEN words of six letters or more set in capitals (“TOP VOLLEY LATINA – KIOENE PADOVA 2-3”, “BELLUNO –”) THEN they are stemmed as written in lower case; shorter ones (“NASA”, “ISTAT”) stay acronyms', () => {
    expect(terms('TOP VOLLEY LATINA – KIOENE PADOVA')).toEqual([...terms('top volley'), ...terms('Latina Kioene Padova')]);
    expect(terms('BELLUNO')).toEqual(terms('Belluno'));
    expect(terms('NASA ISTAT')).toEqual(['nasa', 'istat']);
  });

  it('GIVEN a word with inner capitals THEN it is kept unstemmed, so OpenAI does not meet open source', () => {
    expect(terms('OpenAI e PyTorch')).toEqual(['openai', 'pytorch']);
    expect(terms('open source')).not.toContain('openai');
  });
});

describe('paragraphAnalysis', () => {
  it('GIVEN a paragraph asked for twice THEN its terms are those analyze gives, analysed once; another language analyses again', () => {
    const paragraph = { text: 'Il governo tedesco ha approvato la legge sull’AI nel 2023.' };
    const first = paragraphAnalysis(paragraph, 'it');
    expect(first).toEqual(analyze(paragraph.text, 'it'));
    expect(paragraphAnalysis(paragraph, 'it')).toBe(first);
    const english = paragraphAnalysis(paragraph, 'en');
    expect(english).toEqual(analyze(paragraph.text, 'en'));
    expect(english).not.toBe(first);
  });
});

describe('GenerationalMemo', () => {
  it('GIVEN more keys than a generation holds THEN a key read again survives, one never read again is forgotten, and no more than two generations are kept', () => {
    const memo = new GenerationalMemo<string, number>(2);
    memo.set('frequent', 1);
    memo.set('rare', 2);
    memo.set('a', 3); // the first generation is now the old one
    expect(memo.get('frequent')).toBe(1); // carried into the young generation
    memo.set('b', 4); // young full ('a', 'frequent'): it becomes the old one, 'rare' is dropped
    expect(memo.get('rare')).toBeUndefined();
    expect(memo.get('frequent')).toBe(1);
    expect(memo.get('a')).toBe(3);
    memo.clear();
    expect(memo.get('frequent')).toBeUndefined();
  });

  it('GIVEN a stream of words far longer than the memo THEN stems are the same as computed fresh', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `parola${String.fromCharCode(97 + (i % 26))}${i % 700}`);
    const first = words.map((w) => stem(w, 'it'));
    expect(words.map((w) => stem(w, 'it'))).toEqual(first);
  });
});

describe('ordinals written in letters', () => {
  it('GIVEN an Italian ordinal in “-esimo” from 11 to 99 THEN it is also its number, as “17ª” is; the first ten, “centesimo” and a word that only ends alike are not', () => {
    const terms = (text: string) => analyze(text, 'it').map((t) => t.term);
    expect(terms('la diciassettesima tappa')).toContain('17');
    expect(terms('il ventunesimo secolo')).toContain('21');
    expect(terms('il trentatreesimo giorno')).toContain('33');
    expect(terms('la ventiseiesima edizione')).toContain('26');
    expect(terms('il ventottesimo anno')).toContain('28');
    for (const word of ['settimo', 'centesimo', 'medesimo', 'millesimo']) expect(terms(word).some((t) => /\d/u.test(t)), word).toBe(false);
    const index = buildPassageIndex([
      parseArticle('---\ntitle: "Tappa"\nlang: it\n---\n\nAlberto Neri ha vinto la diciassettesima tappa del Giro, arrivata a Caorle.\n', 'neri'),
      parseArticle('---\ntitle: "Volata"\nlang: it\n---\n\nCarlo Bruni ha vinto la tappa di ieri in volata davanti al gruppo.\n', 'bruni'),
    ]);
    expect(ask(index, 'chi ha vinto la tappa 17?').passages[0]?.article).toBe('neri');
  });
});

describe('agent nouns written for a woman', () => {
  it('GIVEN “scrittrice”, “direttrici” THEN they stem as “scrittore”, “direttore” do; a word that only ends alike keeps its own stem', () => {
    const stemOf = (w: string) => analyze(w, 'it')[0]!.term;
    expect(stemOf('scrittrice')).toBe(stemOf('scrittore'));
    expect(stemOf('direttrici')).toBe(stemOf('direttore'));
    expect(stemOf('vincitrice')).toBe(stemOf('vincitore'));
    expect(stemOf('matrice')).not.toBe(stemOf('matore'));
  });
});

describe('life spans', () => {
  it('GIVEN an encyclopaedia’s life span after a name THEN the birth date carries the terms of “nato” and “nascita”, the death date those of “morto” and “morte”; a range of bare years carries none', () => {
    const at = (text: string) => lifeSpanTerms(text, 'it').map((t) => `${t.term}@${text.slice(t.start, t.end)}`);
    const born = analyze('nato nascita', 'it').map((t) => t.term);
    const died = [...new Set(analyze('morto morte', 'it').map((t) => t.term))];
    const expected = (birth: string, death: string) => [...born.map((t) => `${t}@${birth}`), ...died.map((t) => `${t}@${death}`)];
    expect(at('Aldo Neri (Lucca, 25 gennaio 1708 – Roma, 4 febbraio 1787) è stato un pittore.')).toEqual(expected('25 gennaio 1708', '4 febbraio 1787'));
    expect(at('Pittore italiano (Cetona 1872 Siena 1958).')).toEqual(expected('1872', '1958'));
    expect(at('Napoli, 20/12/1861 - 28/11/1906. Dal padre apprese l’arte.')).toEqual(expected('20/12/1861', '28/11/1906'));
    expect(at('La facciata (1728-1761) fu rifatta.')).toEqual([]);
    expect(at('Nel 2019 - dice Rossi - i conti tornavano.')).toEqual([]);
    // (and analyze gives them after the text's own terms)
    expect(analyze('Pittore (Lucca 1708 - Roma 1787).', 'it').slice(-born.length - died.length).map((t) => t.term)).toEqual([...born, ...died]);
    // where the person was born
    expect(lifeSpanBirthplace('Pittore italiano (Cetona 1872 Siena 1958).')).toBe(true);
    expect(lifeSpanBirthplace('Napoli, 20/12/1861 - 28/11/1906.')).toBe(true);
    expect(lifeSpanBirthplace('Aldo Neri (25 gennaio 1708 – 4 febbraio 1787).')).toBe(false);
  });

  it('GIVEN a place with its region after a comma (“(Springs, Transvaal, 1923 - Johannesburg 2014)”) or a birth alone (“(n. Nagasaki 1954)”) THEN they are life spans too, the birth alone with no death', () => {
    const at = (text: string) => lifeSpanTerms(text, 'it').map((t) => `${t.term}@${text.slice(t.start, t.end)}`);
    const born = analyze('nato nascita', 'it').map((t) => t.term);
    const died = [...new Set(analyze('morto morte', 'it').map((t) => t.term))];
    expect(at('Scrittrice sudafricana (Springs, Transvaal, 1923 - Johannesburg 2014).')).toEqual([...born.map((t) => `${t}@1923`), ...died.map((t) => `${t}@2014`)]);
    expect(at('Scrittore giapponese (n. Nagasaki 1954).')).toEqual(born.map((t) => `${t}@1954`));
    expect(lifeSpanBirthplace('Scrittrice (Lorain, Ohio, 1931 - New York 2019).')).toBe(true);
    expect(lifeSpanBirthplace('Scrittore giapponese (n. Nagasaki 1954).')).toBe(true);
    expect(lifeSpanBirthplace('Scrittore (n. 1954).')).toBe(false);
  });
});
