import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/core/analysis.js';
import { loadCorpus, parseArticle } from '../../src/core/corpus.js';
import { readQuestion } from '../../src/core/ask.js';
import { createCore } from '../../src/core/brano.js';
import { buildPassageIndex } from '../../src/core/passageIndex.js';
import { readFileSync } from 'node:fs';
import {
  expandContractions,
  ordinalTerms,
  englishCoverage,
  englishKey,
  englishQueryTerms,
  derivedWords,
  LexiconError,
  mergeBilingualLexicons,
  parseBilingualLexicon,
  translateEnglishQuery,
} from '../../src/core/crossLingual.js';
import { loadLexicons, WIKTIONARY_NAMES_FILE } from '../../src/lexicons.js';

const fixtureDir = fileURLToPath(new URL('../fixtures/crosslingual/', import.meta.url));
const lexicon = parseBilingualLexicon(readFileSync(`${fixtureDir}en-it.txt`, 'utf8'), 'en-it.txt');
// The lexicon the shipped corpus is served with: Brano's general layer and corpus/lexicon/llama2-en-it.txt.
const shipped = loadLexicons(fileURLToPath(new URL('../../corpus', import.meta.url))).bilingual;
const general = loadLexicons().bilingual;
const index = buildPassageIndex(loadCorpus(fixtureDir));

/** The index terms Italian text yields, the way the corpus was indexed. */
const itTerms = (italian: string) => analyze(italian, 'it').map((t) => t.term);
const termsOf = (question: string) => englishQueryTerms(question, lexicon).map((t) => t.term);
const topParagraph = (question: string) => {
  const [hit] = index.paragraphIndex.search(englishQueryTerms(question, lexicon), 1);
  return hit ? index.paragraphs[hit.doc]!.paragraph.number : undefined;
};

describe('parseBilingualLexicon', () => {
  it('GIVEN variants on the left THEN every variant maps to the Italian terms', () => {
    const lex = parseBilingualLexicon('harbour, harbor = porto');
    expect([...lex.entries.get(englishKey('harbor'))!.terms.keys()]).toEqual(itTerms('porto'));
    expect([...lex.entries.get(englishKey('harbour'))!.terms.keys()]).toEqual(itTerms('porto'));
  });

  it('GIVEN an English word THEN its inflected forms share one key (English stemming)', () => {
    expect(englishKey('leaked')).toBe(englishKey('leak'));
    expect(englishKey('Companies')).toBe(englishKey('company'));
    expect(englishKey('White House')).toBe(englishKey('white houses'));
  });

  it('GIVEN a weight THEN the entry carries it and a low weight marks a cue', () => {
    const lex = parseBilingualLexicon('when = marzo @0.2\nport = porto');
    const when = lex.entries.get(englishKey('when'))!;
    expect(when.cue).toBe(true);
    expect([...when.terms.values()]).toEqual([0.2]);
    expect(lex.entries.get(englishKey('port'))!.cue).toBe(false);
  });

  it('GIVEN several Italian alternatives THEN they share the weight, inflections of one word counting once', () => {
    const lex = parseBilingualLexicon('offer = offre; offrirà; offrono\nbuild = lavori; cantiere');
    expect(Math.max(...lex.entries.get(englishKey('offer'))!.terms.values())).toBe(1);
    expect(Math.max(...lex.entries.get(englishKey('build'))!.terms.values())).toBeLessThan(1);
  });

  it('GIVEN a malformed line THEN a LexiconError names the source and the line', () => {
    expect(() => parseBilingualLexicon('# c\nport porto', 'x.txt')).toThrow(LexiconError);
    expect(() => parseBilingualLexicon('# c\nport porto', 'x.txt')).toThrow('lexicon: x.txt:2:');
    expect(() => parseBilingualLexicon('port = porto @7', 'x.txt')).toThrow(/weight/);
    expect(() => parseBilingualLexicon('port =', 'x.txt')).toThrow(/no Italian/);
    expect(() => parseBilingualLexicon(' = porto', 'x.txt')).toThrow(/no English/);
  });

  it('GIVEN comments and blank lines THEN they are ignored', () => {
    expect(parseBilingualLexicon('# only a comment\n\n   \n').entries.size).toBe(0);
  });
});

describe('englishQueryTerms', () => {
  it('GIVEN a question THEN it returns Italian index terms as analyze(italian) produces them', () => {
    const terms = termsOf('Who won the tender?');
    expect(terms).toEqual(expect.arrayContaining([...itTerms('vinto'), ...itTerms("gara d'appalto")]));
    expect(terms).not.toContain('tender');
  });

  it('GIVEN “won’t”, “can’t” or “didn’t” THEN the contraction is read as “will not”, “can not”, “did not” (“won’t” is no winning)', () => {
    expect(expandContractions("Why won't Napoli sign him? They can’t, they didn't, we're late")).toBe('Why will not Napoli sign him? They can not, they did not, we are late');
    expect(termsOf("Why won't the firm sign the tender?")).not.toEqual(expect.arrayContaining(itTerms('vinto')));
    expect(termsOf('Who won the tender?')).toEqual(expect.arrayContaining(itTerms('vinto')));
  });

  it('GIVEN a multi-word entry THEN the phrase wins over its words', () => {
    const q = translateEnglishQuery('What does the White House have to do with it?', lexicon);
    expect(q.words.map((w) => w.text)).toContain('White House');
    expect(q.terms.map((t) => t.term)).toEqual(expect.arrayContaining(itTerms('Casa Bianca')));
    expect(q.terms.map((t) => t.term)).not.toContain('white');
  });

  it('GIVEN a word the lexicon lacks THEN it is tried as written (names, numbers, loanwords)', () => {
    const q = translateEnglishQuery('Did Webuild bid 900 million for the containers?', lexicon);
    const webuild = q.words.find((w) => w.text === 'Webuild');
    expect(webuild?.via).toBe('as-is');
    expect(q.terms.map((t) => t.term)).toEqual(expect.arrayContaining([...itTerms('Webuild'), '900', ...itTerms('milioni')]));
  });

  it('GIVEN "mom" (or "mum") THEN Brano\'s general layer translates it as "mamma", as news calls a mother by her child, and "madre"', () => {
    const terms = translateEnglishQuery("What did Jacobs' mom say after the race?", general).terms.map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining([...itTerms('mamma'), ...itTerms('madre')]));
  });

  it('GIVEN a word whose general translation the article never uses (“capacity”: capacità) THEN the wordnets’ other translations the article does use are alternatives (“capienza”), at half weight; none the article does not use', () => {
    const vocabulary = (words: string) => {
      const terms = new Set(itTerms(words));
      return { has: (t: string) => terms.has(t), similarTerms: () => [] };
    };
    const read = (words: string) => translateEnglishQuery('What is the capacity of the hotspot?', general, { vocabulary: vocabulary(words) }).words.find((w) => w.text === 'capacity')!;
    const capienza = itTerms('capienza')[0]!;
    const asked = read('hotspot capienza posti migranti');
    expect(asked.alternatives).toContainEqual([capienza]);
    const weight = translateEnglishQuery('What is the capacity of the hotspot?', general, { vocabulary: vocabulary('hotspot capienza posti migranti') }).terms.find((t) => t.term === capienza)!.weight;
    expect(weight).toBeLessThanOrEqual(0.5);
    expect(read('hotspot capacità capienza').alternatives).not.toContainEqual([capienza]);
  });

  it('GIVEN a surname’s particle capitalised inside a name (“Di Maio”, “De Luca”) THEN it is the name’s, not a word (“Di” stems as “die” does)', () => {
    const terms = translateEnglishQuery('Is Di Maio worried about the markets?', general).terms.map((t) => t.term);
    expect(terms).not.toEqual(expect.arrayContaining(itTerms('morire')));
    expect(terms).toEqual(expect.arrayContaining(itTerms('Maio')));
    expect(translateEnglishQuery('Why did the king die?', general).terms.map((t) => t.term)).toEqual(expect.arrayContaining(itTerms('morire')));
  });

  it('GIVEN "decline" THEN Brano\'s general layer reads both its senses, refusing and falling (calo, diminuire, flessione)', () => {
    const terms = translateEnglishQuery('Why did cosmetics sales decline?', general).terms.map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining([...itTerms('rifiutare'), ...itTerms('calo'), ...itTerms('diminuire'), ...itTerms('flessione')]));
  });

  it('GIVEN a lone stopword THEN it cannot reach the entry of a word that stems like it ("at" vs "ate")', () => {
    expect(termsOf('Who is at the port?')).not.toEqual(expect.arrayContaining(itTerms('mangiare')));
    expect(termsOf('What ate the fish?')).toEqual(expect.arrayContaining(itTerms('mangiare')));
  });

  it('GIVEN a hyphenated word the lexicon lacks THEN its known parts stand for it', () => {
    expect(termsOf('Is the harbour-side affected?')).toEqual(expect.arrayContaining(itTerms('porto')));
  });

  it('GIVEN two words that stem alike THEN the form as written keeps its own entry first', () => {
    const lex = parseBilingualLexicon('customer = clienti\ncustomize = personalizzare');
    const weightOf = (q: string, italian: string) => englishQueryTerms(q, lex).find((t) => t.term === itTerms(italian)[0])?.weight ?? 0;
    expect(weightOf('the customer', 'clienti')).toBe(1);
    expect(weightOf('the customer', 'personalizzare')).toBeLessThan(weightOf('the customer', 'clienti'));
    expect(weightOf('customize it', 'personalizzare')).toBe(1);
    expect(weightOf('customize it', 'clienti')).toBeLessThan(1);
  });

  it('GIVEN an unlisted derivation THEN the listed word with the same root stands for it, weaker', () => {
    const lex = parseBilingualLexicon('distribution = distribuzione\nevent = evento');
    const [term] = englishQueryTerms('Who are the distributors?', lex);
    expect(term?.term).toBe(itTerms('distribuzione')[0]);
    expect(term?.weight).toBeLessThan(1);
    expect(englishQueryTerms('Will it eventually work?', lex).map((t) => t.term)).not.toContain(itTerms('evento')[0]);
  });

  it('GIVEN an entry with "-" THEN the word adds no term and does not count against coverage', () => {
    const q = translateEnglishQuery('What exactly do environmentalists fear?', lexicon);
    expect(q.words.find((w) => w.text === 'exactly')?.terms).toEqual([]);
    expect(englishCoverage(q, (t) => index.paragraphIndex.has(t))).toBe(1);
  });

  it('GIVEN a word one typing slip away from a listed word THEN it takes that entry, weaker; short words are left alone', () => {
    const lex = parseBilingualLexicon('requirement = requisito\nthreshold = soglia\nwhether = -\nspend = spesa');
    const [term] = englishQueryTerms('the treshold', lex);
    expect(term?.term).toBe(itTerms('soglia')[0]);
    expect(term?.weight).toBeLessThan(1);
    expect(englishQueryTerms('any thershold?', lex).map((t) => t.term)).toEqual(itTerms('soglia'));
    expect(englishQueryTerms('the requirment', lex).map((t) => t.term)).toEqual(itTerms('requisito'));
    // "speed" is five letters: too short to correct into "spend".
    expect(englishQueryTerms('the speed', lex).map((t) => t.term)).not.toContain(itTerms('spesa')[0]);
    // A filler entry ("whether", "-") never swallows a misspelt topic word ("weather").
    const q = translateEnglishQuery('the weather', lex);
    expect(q.words.find((w) => w.text === 'weather')?.via).toBe('as-is');
  });

  it('GIVEN a word that differs from a listed word in its first letter THEN it is not read as a slip (nuclear ≠ unclear)', () => {
    const lex = parseBilingualLexicon('unclear = chiaro');
    expect(translateEnglishQuery('nuclear power', lex).words.find((w) => w.text === 'nuclear')?.via).toBe('as-is');
  });

  it('GIVEN a word read as a slip THEN it counts only half as evidence of the topic', () => {
    const lex = parseBilingualLexicon('player = attori');
    const q = translateEnglishQuery('the prayer', lex);
    expect(q.words[0]?.guessed).toBe(true);
    expect(englishCoverage(q, (t) => itTerms('attori').includes(t))).toBeCloseTo(0.5);
  });

  it('GIVEN two listed words one slip away in different senses THEN the slip is not guessed', () => {
    const lex = parseBilingualLexicon('costly = costoso\ncostle = altro');
    expect(translateEnglishQuery('is it costlz', lex).words.find((w) => w.text === 'costlz')?.via).toBe('as-is');
  });

  it('GIVEN a listed form that stems like another entry THEN the other entry ranks but does not count as coverage', () => {
    const lex = parseBilingualLexicon('find, found = troveranno\nfounded = fondato');
    const q = translateEnglishQuery('Who founded Acme?', lex);
    const founded = q.words.find((w) => w.text === 'founded')!;
    expect(founded.terms).toEqual(expect.arrayContaining([...itTerms('fondato'), ...itTerms('troveranno')]));
    expect(founded.borrowed).toEqual(itTerms('troveranno'));
    const inIndex = (t: string) => itTerms('troveranno').includes(t);
    expect(englishCoverage({ terms: [], words: [founded] }, inIndex)).toBe(0);
  });

  it('GIVEN a brand typed in lower case THEN its unstemmed form is tried too (PyTorch is indexed whole)', () => {
    expect(termsOf('what is pytorch')).toEqual(expect.arrayContaining(itTerms('PyTorch')));
  });

  it('GIVEN a word with an inner capital (iPhone) THEN it counts as a name', () => {
    const q = translateEnglishQuery('When is the next iPhone out?', parseBilingualLexicon('next = prossimo'));
    expect(q.words.find((w) => w.text === 'iPhone')?.name).toBe(true);
  });

  it('GIVEN an Italian equivalent of several words THEN its words stay together as one alternative', () => {
    const lex = parseBilingualLexicon('training data = dati di addestramento; corpus\ntraining = addestramento');
    const [word] = translateEnglishQuery('the training data', lex).words;
    expect(word?.alternatives).toEqual([itTerms('dati di addestramento'), itTerms('corpus')]);
  });

  it('GIVEN coverage THEN a missing name weighs more than a found one, and known vocabulary more than an unknown word', () => {
    const lex = parseBilingualLexicon('cost = costo\nfounded = fondato');
    const inIndex = (t: string) => [...itTerms('costo'), ...itTerms('ChatGPT'), ...itTerms('Amazon')].includes(t);
    // found: cost 1 + ChatGPT 2; missing: the name Plus 3.
    expect(englishCoverage(translateEnglishQuery('How much does ChatGPT Plus cost?', lex), inIndex)).toBeCloseTo(0.5);
    // found: Amazon 2; missing: "founded", a word the lexicon knows, 1.25.
    expect(englishCoverage(translateEnglishQuery('Who founded Amazon?', lex), inIndex)).toBeCloseTo(2 / 3.25);
    // an unknown word missing counts once.
    expect(englishCoverage(translateEnglishQuery('Who foobarred Amazon?', lex), inIndex)).toBeCloseTo(2 / 3);
  });

  it('GIVEN chat shorthand for amounts (700M, $10B, 10bn) THEN they read as the spelt-out numbers', () => {
    const lex = parseBilingualLexicon('million = milioni\nbillion = miliardi');
    expect(termsOf('700 million users')).toEqual(expect.arrayContaining(['700']));
    expect(englishQueryTerms('a 700M user limit', lex).map((t) => t.term)).toEqual(expect.arrayContaining(['700', ...itTerms('milioni')]));
    expect(englishQueryTerms('put $10B in', lex).map((t) => t.term)).toEqual(expect.arrayContaining(['10', ...itTerms('miliardi')]));
    expect(englishQueryTerms('10bn dollars', lex).map((t) => t.term)).toEqual(expect.arrayContaining(itTerms('miliardi')));
    expect(englishQueryTerms('the M4 chip', lex).map((t) => t.term)).not.toContain(itTerms('milioni')[0]);
    // (a lower-case "m" after a number with no currency is a length: "the 200m freestyle"; with one, "$10m", millions)
    const metres = parseBilingualLexicon('million = milioni\nmetres = metri');
    expect(englishQueryTerms('her last 200m freestyle', metres).map((t) => t.term)).toEqual(expect.arrayContaining(['200', ...itTerms('metri')]));
    expect(englishQueryTerms('her last 200m freestyle', metres).map((t) => t.term)).not.toContain(itTerms('milioni')[0]);
    expect(englishQueryTerms('it cost $10m', metres).map((t) => t.term)).toEqual(expect.arrayContaining(['10', ...itTerms('milioni')]));
  });

  it('GIVEN an empty or stopword-only question THEN there are no terms', () => {
    expect(englishQueryTerms('', lexicon)).toEqual([]);
    expect(englishQueryTerms('What is it about?', lexicon)).toEqual([]);
  });

  it('GIVEN the shipped corpus’s lexicon THEN it knows the article’s phrases, and the general layer alone does not', () => {
    expect(shipped.entries.size).toBeGreaterThan(general.entries.size);
    expect(englishQueryTerms('the training data', shipped).map((t) => t.term)).toEqual(expect.arrayContaining(itTerms('dati di addestramento')));
    expect(englishQueryTerms('eating our lunch', shipped).map((t) => t.term)).toEqual(expect.arrayContaining(itTerms('mangiando il nostro pranzo')));
    // The general layer holds no phrase of the article's (its words are translated one by one at most).
    expect(general.entries.get(englishKey('eating our lunch'))).toBeUndefined();
    expect(shipped.entries.get(englishKey('eating our lunch'))).toBeDefined();
  });

  it('GIVEN two lexicons with the same English key THEN merging keeps both translations, as one file would', () => {
    const merged = mergeBilingualLexicons([parseBilingualLexicon('port = porto'), parseBilingualLexicon('port = scalo\nwhen = marzo @0.2')]);
    expect(englishQueryTerms('port', merged).map((t) => t.term)).toEqual(expect.arrayContaining([...itTerms('porto'), ...itTerms('scalo')]));
    expect(merged.entries.get(englishKey('port'))?.alternatives).toHaveLength(2);
    expect(merged.entries.get(englishKey('when'))?.cue).toBe(true);
  });
});

describe('the shipped corpus’s lexicon', () => {
  it.each(['why', 'when', 'how many', 'how much', 'who'])('GIVEN the question word "%s" THEN it is a weak cue, not a topic word', (w) => {
    const sense = shipped.entries.get(englishKey(w));
    expect(sense?.cue).toBe(true);
    expect(Math.max(...sense!.terms.values())).toBeLessThan(0.5);
  });

  it('GIVEN a name the article uses THEN it is not expanded to other names (Lambert stays Lambert)', () => {
    expect(englishQueryTerms('Lambert', shipped).map((t) => t.term)).toEqual(itTerms('Lambert'));
    expect(englishQueryTerms('Al-Dahle', shipped).map((t) => t.term)).toEqual([...new Set(itTerms('Al-Dahle'))]);
  });
});

describe('English questions on an Italian fixture corpus', () => {
  it.each([
    ['How much will the new breakwater cost?', 1],
    ['When was the sea wall project presented?', 1],
    ['Which consortium won the contract?', 2],
    ['Who leads the firms doing the construction work?', 2],
    ['What are green groups worried about?', 3],
    ['Is marine life at risk from the works?', 3],
    ['Does the White House have a role?', 4],
    ['Who is the harbor working with to grow container traffic?', 4],
  ])('GIVEN "%s" THEN ¶%i ranks first', (question, paragraph) => {
    expect(topParagraph(question)).toBe(paragraph);
  });

  it('GIVEN an off-topic question THEN little of it reaches the index', () => {
    for (const q of ['How tall is the Eiffel Tower?', 'Who painted the Mona Lisa?', 'What is the boiling point of water?']) {
      expect(englishCoverage(translateEnglishQuery(q, lexicon), (t) => index.paragraphIndex.has(t))).toBeLessThan(0.6);
    }
  });

  it('GIVEN an on-topic question THEN all of its topic words reach the index', () => {
    const q = translateEnglishQuery('Did Webuild win the port tender?', lexicon);
    expect(englishCoverage(q, (t) => index.paragraphIndex.has(t))).toBe(1);
  });
});

describe('English ordinals written with digits', () => {
  it('GIVEN "19th century" THEN it reaches the Roman numeral Italian writes centuries with, and the number', () => {
    expect(ordinalTerms('19th')).toEqual(['19', 'xix']);
    expect(ordinalTerms('1st')).toEqual(['1', 'i']);
    expect(ordinalTerms('2024th')).toEqual(['2024', 'mmxxiv']);
    const vocabulary = new Set(analyze('La città crebbe alla fine del XIX secolo.', 'it').map((t) => t.term));
    const q = translateEnglishQuery('how did the city grow in the late 19th century', loadLexicons().bilingual);
    const ordinal = q.words.find((w) => w.text === '19th')!;
    expect(ordinal.terms.some((t) => vocabulary.has(t))).toBe(true);
  });

  it('GIVEN a token that is not an ordinal THEN it is left alone', () => {
    expect(ordinalTerms('19')).toBeUndefined();
    expect(ordinalTerms('5g')).toBeUndefined();
    expect(ordinalTerms('0th')).toBeUndefined();
  });
});

describe('the basic colour terms in the general layer (a closed class)', () => {
  it.each([
    ['green', 'verdi'],
    ['red', 'rosso'],
    ['yellow', 'gialla'],
    ['grey', 'grigio'],
    ['gray', 'grigie'],
  ])('GIVEN "%s" THEN it reaches the Italian "%s"', (english, italian) => {
    const q = translateEnglishQuery(`the ${english} ones`, loadLexicons().bilingual);
    const word = q.words.find((w) => w.text === english)!;
    expect(word.via).toBe('lexicon');
    expect(word.terms).toEqual(expect.arrayContaining(analyze(italian, 'it').map((t) => t.term)));
  });
});

describe('the aligned wordnets’ English → Italian list (the last dictionary)', () => {
  const file = fileURLToPath(new URL('../../src/lexicon/multiwordnet/en-it.txt', import.meta.url));
  const wordnet = general.fallback;
  const word = (question: string, text: string, lex = general) => translateEnglishQuery(question, lex).words.find((w) => w.text === text);

  it('GIVEN the shipped file THEN it parses, names both sources and their licences, and holds tens of thousands of English words', () => {
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/MultiWordNet/);
    expect(text).toMatch(/Creative Commons Attribution 3\.0/);
    expect(text).toMatch(/WordNet 3\.0 Copyright 2006 by Princeton University/);
    expect(wordnet).toBeDefined();
    const lines = text.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines.length).toBeGreaterThan(30_000);
    // Sorted by the English word, as the in-place search needs, and each line parses.
    const heads = lines.map((l) => l.slice(0, l.indexOf(' ')));
    expect(heads.every((h, i) => i === 0 || heads[i - 1]! < h)).toBe(true);
    for (const l of lines.filter((_, i) => i % 97 === 0)) expect(parseBilingualLexicon(l).entries.size, l).toBeGreaterThan(0);
    expect(wordnet!('decree')?.terms.has(itTerms('decreto')[0]!)).toBe(true);
    expect(wordnet!('zzzz')).toBeUndefined();
  });

  it('GIVEN a word only the wordnets know ("decree", "injured") THEN its translations, not a near spelling of another word ("degree")', () => {
    const decree = word('what does the decree change?', 'decree');
    expect(decree?.via).toBe('lexicon');
    expect(decree?.guessed).toBeUndefined();
    expect(decree?.terms).toEqual(expect.arrayContaining(itTerms('decreto')));
    expect(decree?.terms).not.toEqual(expect.arrayContaining(itTerms('laurea')));
    expect(word('how many people were injured?', 'injured')?.terms).toEqual(expect.arrayContaining(itTerms('ferito')));
    // Without the list the same word was a guess.
    const { fallback: _unused, ...without } = general;
    expect(word('what does the decree change?', 'decree', without)?.terms ?? []).not.toEqual(expect.arrayContaining(itTerms('decreto')));
  });

  it('GIVEN a verb in the past ("picked", "rang") THEN it is read as the verb, not as the emoji’s noun ("pick" = piccone) nor as another word that stems alike ("range")', () => {
    const picked = word('who picked the winners?', 'picked');
    expect(picked?.alternatives).toContainEqual(itTerms('raccogliere'));
    expect(picked?.terms).not.toContain(itTerms('piccone')[0]);
    const rang = word('who rang the bell?', 'rang');
    expect(rang?.alternatives).toContainEqual(itTerms('suonare'));
    expect(rang?.terms).not.toContain(itTerms('gamma')[0]);
    // An emoji's name of a word English uses mostly as a noun stays.
    expect(word('how many fish were caught?', 'fish')?.terms).toContain(itTerms('pesce')[0]);
  });

  it('GIVEN a word Brano’s own layers translate THEN the list adds nothing to it', () => {
    const { fallback: _unused, ...without } = general;
    for (const [q, w] of [['who released the model?', 'released'], ['what is the licence?', 'licence'], ['when did the war end?', 'war']] as const) {
      expect(word(q, w)?.alternatives, w).toEqual(word(q, w, without)?.alternatives);
    }
  });

  it('GIVEN an English plural whose singular the list translates ("drivers") over an article writing an Italian look-alike ("diversi") THEN it is read as the listed word, the look-alike only one more alternative', () => {
    const piece = parseArticle('---\ntitle: "Controlli stradali"\nlang: it\n---\n\nDiversi conducenti sono stati multati durante i controlli della polizia locale.\n', 'controlli.md');
    const read = readQuestion(createCore([piece], { lexicons: loadLexicons() }).index, 'how many drivers were fined?');
    const drivers = read.english?.words.find((w) => w.text === 'drivers');
    expect(drivers?.alternatives).toContainEqual(itTerms('autista'));
    expect(drivers?.alternatives).toContainEqual(itTerms('conducente'));
  });

  it('GIVEN "deputy mayor" or "vice-president" over an article that writes the office joined to "vice" (vicesindaco) THEN the pair is one word of the question found by the joined form only; where the article does not write it joined, the words stay as they were', () => {
    const article = (words: string[]) => ({ vocabulary: { has: (t: string) => words.some((w) => itTerms(w).includes(t)), similarTerms: () => [] } });
    const joined = translateEnglishQuery('who is the deputy mayor?', general, article(['vicesindaca', 'sindaco']));
    const pair = joined.words.find((w) => w.text === 'deputy mayor');
    expect(pair?.alternatives).toEqual([itTerms('vicesindaco')]);
    expect(joined.words.some((w) => w.text === 'mayor')).toBe(false);
    expect(translateEnglishQuery('who is the vice-president?', general, article(['vicepresidente'])).words[0]?.alternatives).toContainEqual(itTerms('vicepresidente'));
    const apart = translateEnglishQuery('who is the deputy mayor?', general, article(['sindaco']));
    expect(apart.words.map((w) => w.text)).toEqual(['deputy', 'mayor']);
    expect(apart.words[1]?.alternatives).toContainEqual(itTerms('sindaco'));
  });

  it('GIVEN "goal" THEN each of its ordinary senses is an alternative: the aim, the finish and the score (gol, rete)', () => {
    const goal = translateEnglishQuery('who scored the winning goal?', general).words.find((w) => w.text === 'goal');
    for (const word of ['obiettivo', 'traguardo', 'gol', 'rete']) expect(goal?.alternatives).toContainEqual(itTerms(word));
  });

  it('GIVEN a phrase of a preposition and a noun ("in front") whose translations the article never uses THEN the noun is read alone, with its wider senses; an idiom of other words ("a lot") and a phrase the article uses keep the phrase', () => {
    const article = (words: string[]) => ({ vocabulary: { has: (t: string) => words.some((w) => itTerms(w).includes(t)), similarTerms: () => [] } });
    const front = (words: string[]) => translateEnglishQuery('what is in front of the cemetery?', general, article(words)).words.map((w) => ({ text: w.text, terms: w.terms }));
    const apart = front(['fronte', 'cimitero']);
    expect(apart.find((w) => w.text === 'front')?.terms).toEqual(expect.arrayContaining(itTerms('fronte')));
    expect(apart.some((w) => w.text === 'in front')).toBe(false);
    // where the article writes one of the phrase's translations, the phrase stands
    expect(front(['davanti', 'cimitero']).find((w) => w.text === 'in front')?.terms).toEqual(expect.arrayContaining(itTerms('davanti')));
    expect(translateEnglishQuery('did it cost a lot?', general, article(['costo', 'lotto'])).words.some((w) => w.text === 'lot')).toBe(false);
  });

  it('GIVEN a word the article writes whole, an acronym typed in lower case ("ceo" for "CEO") THEN it is matched as written, not translated by the list', () => {
    const terms = new Set(['ceo', 'microsoft']);
    const vocabulary = { has: (t: string) => terms.has(t), similarTerms: () => [] };
    const ceo = translateEnglishQuery('who is the ceo of microsoft', general, { vocabulary }).words.find((w) => w.text === 'ceo');
    expect(ceo?.terms).toContain('ceo');
    expect(ceo?.terms).not.toEqual(expect.arrayContaining(itTerms('presidente')));
    // Where the article does not write it, the list translates it.
    const elsewhere = translateEnglishQuery('who is the ceo of microsoft', general, { vocabulary: { has: () => false, similarTerms: () => [] } }).words.find((w) => w.text === 'ceo');
    expect(elsewhere?.terms).toEqual(expect.arrayContaining(itTerms('presidente')));
  });

  it('GIVEN an English word the dictionary translates and the article also writes as it is (a loanword: "match", "manager") THEN the word as written is one more alternative of the same concept; where the article does not write it, only the translations', () => {
    const article = (words: string[]) => ({ vocabulary: { has: (t: string) => words.some((w) => itTerms(w).includes(t)), similarTerms: () => [] } });
    const match = (words: string[]) => translateEnglishQuery('which match opened the round?', general, article(words)).words.find((w) => w.text === 'match');
    const written = match(['match', 'giornata']);
    expect(written?.terms).toEqual(expect.arrayContaining(itTerms('match')));
    expect(written?.terms).toEqual(expect.arrayContaining(itTerms('partita')));
    expect(written?.alternatives).toContainEqual(itTerms('match'));
    expect(match(['partita'])?.terms).not.toEqual(expect.arrayContaining(itTerms('match')));
    // Written only inside a name ("Face" of "Hugging Face"), the word is that name's.
    const named = { vocabulary: { ...article(['match', 'partita']).vocabulary, writtenAsName: () => true } };
    expect(translateEnglishQuery('which match opened the round?', general, named).words.find((w) => w.text === 'match')?.terms).not.toEqual(expect.arrayContaining(itTerms('match')));
    // A question word, whatever the article writes, stays a cue ("how many": numbers), not a word to match.
    const cue = translateEnglishQuery('how many goals?', general, article(['many', 'how'])).words.find((w) => w.cue);
    expect(cue?.terms ?? []).not.toContain('many');
  });

  it('GIVEN an acronym in capitals the article writes the Italian way ("GDP": "Pil") THEN the list translates it and it stays a name; written in the article ("NATO"), it is matched as written', () => {
    const vocabulary = (words: string[]) => ({ has: (t: string) => words.includes(t), similarTerms: () => [] });
    const gdp = translateEnglishQuery('How much did GDP grow?', general, { vocabulary: vocabulary(['pil']) }).words.find((w) => w.text === 'GDP');
    expect(gdp?.terms).toEqual(expect.arrayContaining(itTerms('pil')));
    expect(gdp?.name).toBe(true);
    const nato = translateEnglishQuery('When did NATO meet?', general, { vocabulary: vocabulary(['nato']) }).words.find((w) => w.text === 'NATO');
    expect(nato?.terms).toEqual(['nato']);
  });

  it('GIVEN a name the article writes in Italian ("Jupiter": Giove) THEN Wiktionary’s proper nouns translate it and it stays a name; a capitalised adjective alone ("Iberian") takes the wordnets’ entry; a word of a longer name ("George Bush") does not', () => {
    const vocabulary = (words: string[]) => ({ has: (t: string) => words.includes(t), similarTerms: () => [] });
    const jupiter = translateEnglishQuery('How old is Jupiter?', general, { vocabulary: vocabulary(itTerms('Giove')) }).words.find((w) => w.text === 'Jupiter');
    expect(jupiter?.terms).toEqual(expect.arrayContaining(itTerms('Giove')));
    expect(jupiter?.name).toBe(true);
    // Without the names list it is only itself.
    const { names: _unused, ...without } = general;
    expect(translateEnglishQuery('How old is Jupiter?', without, { vocabulary: vocabulary(itTerms('Giove')) }).words.find((w) => w.text === 'Jupiter')?.terms).toEqual(['jupiter']);
    const iberian = translateEnglishQuery('Where does the Iberian lynx live?', general, { vocabulary: vocabulary([...itTerms('iberica'), ...itTerms('lince')]) }).words.find((w) => w.text === 'Iberian');
    expect(iberian?.terms).toEqual(expect.arrayContaining(itTerms('iberico')));
    const bush = translateEnglishQuery('What did George Bush say?', general, { vocabulary: vocabulary(itTerms('cespuglio')) }).words.find((w) => w.text === 'Bush');
    expect(bush?.terms ?? []).not.toEqual(expect.arrayContaining(itTerms('cespuglio')));
  });

  it('GIVEN a capitalised run the article does not write (“the Budget Committee”) THEN each word takes the translations the article uses and is no name; “Which article of the Constitution” keeps “article”; a word found only through another that stems alike (“proposal”, “propose”) takes its own wordnet entry first; “Christmas” is Natale', () => {
    const vocabulary = (words: string[]) => ({ has: (t: string) => words.includes(t), similarTerms: () => [] });
    const words = translateEnglishQuery('When does the debate in the Budget Committee start?', general, { vocabulary: vocabulary([...itTerms('commissione'), ...itTerms('bilancio')]) }).words;
    const committee = words.find((w) => w.text === 'Committee');
    expect(committee?.terms).toEqual(expect.arrayContaining(itTerms('commissione')));
    expect(committee?.name).toBe(false);
    const article = translateEnglishQuery('Which article of the Constitution is cited?', general, { vocabulary: vocabulary([...itTerms('articolo'), ...itTerms('Costituzione')]) }).words.find((w) => w.text === 'article');
    expect(article?.terms).toEqual(expect.arrayContaining(itTerms('articolo')));
    // (a word found only through another that stems alike takes the wordnets' entry for itself first: "proposal" is
    // proposta, "propose" proporre)
    const proposal = translateEnglishQuery('What is the proposal?', general).words.find((w) => w.text === 'proposal');
    expect(proposal?.alternatives[0]).toEqual(itTerms('proposta'));
    expect(proposal?.borrowed ?? []).toEqual(expect.arrayContaining(itTerms('proporre')));
    // (a noun English writes capitalised has its Italian name in the names list: Christmas = Natale)
    const christmas = translateEnglishQuery('Is the shelter open on Christmas Day?', general, { vocabulary: vocabulary([...itTerms('Natale'), ...itTerms('giorno')]) }).words.find((w) => w.text === 'Christmas');
    expect(christmas?.terms).toEqual(expect.arrayContaining(itTerms('Natale')));
    // (a court's "hearing" is udienza: "I heard", "hear" stay words of hearsay, the noun is a topic)
    const hearing = translateEnglishQuery('Why did the judge postpone the hearing?', general).words.find((w) => w.text === 'hearing');
    expect(hearing?.terms).toEqual(expect.arrayContaining(itTerms('udienza')));
  });

  it('GIVEN the shipped Wiktionary names THEN they parse, are sorted as written, name their licence, and hold no given names', () => {
    const text = readFileSync(WIKTIONARY_NAMES_FILE, 'utf8');
    expect(text).toMatch(/Creative Commons Attribution-ShareAlike 3\.0/);
    const lines = text.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines.length).toBeGreaterThan(500);
    const heads = lines.map((l) => l.slice(0, l.indexOf(' ')));
    expect(heads.every((h, i) => i === 0 || heads[i - 1]! < h)).toBe(true);
    for (const l of lines) expect(parseBilingualLexicon(l).entries.size, l).toBeGreaterThan(0);
    // "John" is no "Giovanni": people's given names are left out.
    expect(heads).not.toContain('John');
    expect(general.names?.('Beijing')?.terms.has(itTerms('Pechino')[0]!)).toBe(true);
  });

  it('GIVEN an Italian title quoted in an English question (“the director of La vita davanti a sé”) THEN its article is left out, its words kept as written; “La” before a word the article does not write is read as before', () => {
    const vocabulary = (words: string[]) => ({ has: (t: string) => words.includes(t), similarTerms: () => [] });
    const words = translateEnglishQuery('Who is the director of La vita davanti a sé?', general, { vocabulary: vocabulary([...itTerms('vita'), ...itTerms('davanti')]) }).words.map((w) => w.text);
    expect(words).not.toContain('La');
    expect(words).toEqual(expect.arrayContaining(['vita', 'davanti']));
    const before = translateEnglishQuery('Who is the director of La vita davanti a sé?', general, { vocabulary: vocabulary([]) }).words.map((w) => w.text);
    expect(before).toContain('La');
  });

  it('GIVEN a place typed in lower case whose Italian name the article writes (“in venice”: Venezia) THEN it is read as that name, as “Venice” is', () => {
    const vocabulary = (words: string[]) => ({ has: (t: string) => words.includes(t), similarTerms: () => [] });
    const venice = translateEnglishQuery('what was the strike turnout among bus workers in venice', general, { vocabulary: vocabulary([...itTerms('Venezia'), ...itTerms('sciopero')]) }).words.find((w) => w.text === 'venice');
    expect(venice?.terms).toEqual(expect.arrayContaining(itTerms('Venezia')));
    expect(venice?.name).toBe(true);
  });

  it('GIVEN a place whose Italian name the article writes, and a word made from it too ("Milan": Milano, the article also "milanese") THEN the name is its Italian name, not the word made from it', () => {
    const vocabulary = (words: string[]) => ({ has: (t: string) => words.includes(t), similarTerms: () => [] });
    const milan = translateEnglishQuery('How many screens did the Odeon in Milan have?', general, { vocabulary: vocabulary([...itTerms('Milano'), ...itTerms('milanese'), ...itTerms('Odeon')]) }).words.find((w) => w.text === 'Milan');
    expect(milan?.terms).toEqual(expect.arrayContaining(itTerms('Milano')));
    expect(milan?.terms).not.toEqual(expect.arrayContaining(itTerms('milanese')));
  });

  it('GIVEN a translation the article does not use but whose adjective it does ("energy": energia, the article "energetici") THEN the adjective is an alternative; not when the article uses the noun', () => {
    const vocabulary = (words: string[]) => ({ has: (t: string) => words.includes(t), similarTerms: () => [] });
    const adjective = translateEnglishQuery('What happened to energy prices?', general, { vocabulary: vocabulary([...itTerms('energetici'), ...itTerms('prezzi')]) }).words.find((w) => w.text === 'energy');
    expect(adjective?.terms).toEqual(expect.arrayContaining(itTerms('energetici')));
    const noun = translateEnglishQuery('What happened to energy prices?', general, { vocabulary: vocabulary([...itTerms('energia'), ...itTerms('energetici')]) }).words.find((w) => w.text === 'energy');
    expect(noun?.terms).not.toEqual(expect.arrayContaining(itTerms('energetici')));
  });

  it('GIVEN a verb translated to a participle the article only uses as its noun ("closed": chiuso, the article "chiusura") THEN the noun is an alternative', () => {
    const vocabulary = (words: string[]) => ({ has: (t: string) => words.includes(t), similarTerms: () => [] });
    const closed = translateEnglishQuery('What was closed last week?', general, { vocabulary: vocabulary([...itTerms('chiusura'), ...itTerms('settimana')]) }).words.find((w) => w.text === 'closed');
    expect(closed?.terms).toEqual(expect.arrayContaining(itTerms('chiusura')));
    const used = translateEnglishQuery('What was closed last week?', general, { vocabulary: vocabulary([...itTerms('chiuso'), ...itTerms('chiusura')]) }).words.find((w) => w.text === 'closed');
    expect(used?.terms).not.toEqual(expect.arrayContaining(itTerms('chiusura')));
  });

  it('GIVEN a participle the article only uses as its noun in -ura or -ione ("chiuso": chiusura, "discusso": discussione) THEN the noun is a derived word; a word the article lacks in every form gives none', () => {
    const vocabulary = (words: string[]) => ({ has: (t: string) => words.includes(t) });
    expect(derivedWords(itTerms('discusso'), vocabulary(itTerms('discussione'))).map((d) => d.term)).toEqual(itTerms('discussione'));
    expect(derivedWords(itTerms('chiuso'), vocabulary(itTerms('chiusura'))).map((d) => d.term)).toEqual(itTerms('chiusura'));
    expect(derivedWords(itTerms('discusso'), vocabulary(itTerms('porto')))).toEqual([]);
  });

  it('GIVEN a verb the article only uses as its noun in -ente or -enza, with its mobile diphthong plain ("presiede": presidente, "dirige": dirigente, "parte": partenza) THEN the noun is a derived word', () => {
    const vocabulary = (words: string[]) => ({ has: (t: string) => words.includes(t) });
    expect(derivedWords(itTerms('presiede'), vocabulary(itTerms('presidente'))).map((d) => d.term)).toEqual(itTerms('presidente'));
    expect(derivedWords(itTerms('dirige'), vocabulary(itTerms('dirigente'))).map((d) => d.term)).toEqual(itTerms('dirigente'));
    expect(derivedWords(itTerms('parte'), vocabulary(itTerms('partenza')), 4).map((d) => d.term)).toEqual(itTerms('partenza'));
    expect(derivedWords(itTerms('presiede'), vocabulary(itTerms('presepe')))).toEqual([]);
  });

  it('GIVEN a participle the article only uses as its noun in -atura, -azione, -amento, -atore or -ore ("asfaltate": asfaltature, "gestisce": gestore) THEN the noun is a derived word; back from the noun to a shorter stem only when asked ("gestione": gestisce)', () => {
    const vocabulary = (words: string[]) => ({ has: (t: string) => words.includes(t) });
    expect(derivedWords(itTerms('asfaltate'), vocabulary(itTerms('asfaltature'))).map((d) => d.term)).toEqual(itTerms('asfaltature'));
    expect(derivedWords(itTerms('gestione'), vocabulary(itTerms('gestisce')))).toEqual([]);
    expect(derivedWords(itTerms('gestione'), vocabulary(itTerms('gestisce')), 4, true).map((d) => d.term)).toEqual(itTerms('gestisce'));
    expect(derivedWords(itTerms('gestisce'), vocabulary(itTerms('gestore')), 4).map((d) => d.term)).toEqual(itTerms('gestore'));
  });

  it('GIVEN a place the article names only by its adjective ("Modena": the article "Nel Modenese", "Bologna": "bolognese") THEN the adjective is an alternative, and the word stays a name', () => {
    const vocabulary = (words: string[]) => ({ has: (t: string) => words.includes(t), similarTerms: () => [] });
    const modena = translateEnglishQuery('What was closed in the Modena area?', general, { vocabulary: vocabulary([...itTerms('Modenese'), ...itTerms('chiuso')]) }).words.find((w) => w.text === 'Modena');
    expect(modena?.terms).toEqual(expect.arrayContaining(itTerms('Modenese')));
    expect(modena?.name).toBe(true);
    expect(derivedWords(itTerms('Bologna'), { has: (t: string) => itTerms('bolognese').includes(t) }).map((d) => d.term)).toEqual(itTerms('bolognese'));
  });

  it('GIVEN an acronym the article writes as it is ("RAM": the dictionary says montone) or a name in the English plural ("iPhones": the article writes "iPhone") THEN the written form is an alternative', () => {
    const vocabulary = (words: string[]) => ({ has: (t: string) => words.includes(t), similarTerms: () => [] });
    const ram = translateEnglishQuery('How much RAM does the phone have?', general, { vocabulary: vocabulary([...itTerms('RAM'), ...itTerms('telefono')]) }).words.find((w) => w.text === 'RAM');
    expect(ram?.terms).toEqual(expect.arrayContaining(itTerms('RAM')));
    const iphones = translateEnglishQuery('How big are the new iPhones?', general, { vocabulary: vocabulary(itTerms('iPhone')) }).words.find((w) => w.text === 'iPhones');
    expect(iphones?.terms).toEqual(expect.arrayContaining(itTerms('iPhone')));
    expect(iphones?.name).toBe(true);
  });

  it('GIVEN "May" as a month (capitalised inside the question, or next to a day or a year) THEN it is maggio; as the verb ("May I …", "it may") it is not', () => {
    const month = itTerms('maggio');
    const termsOf = (q: string) => translateEnglishQuery(q, general).terms.map((t) => t.term);
    for (const q of ['What closed in Urbino on May 1st?', 'What happened on 1 may 2024?', 'What changed since May?', 'may 5 what happened']) expect(termsOf(q), q).toEqual(expect.arrayContaining(month));
    for (const q of ['May I ask who won the match?', 'Which rules may change next year?']) expect(termsOf(q), q).not.toEqual(expect.arrayContaining(month));
  });

  it('GIVEN an English stopword THEN the list holds no entry for it', () => {
    for (const w of ['can', 'will', 'may', 'still', 'over']) expect(wordnet!(w), w).toBeUndefined();
  });
});

describe('the wordnets’ list read in place', () => {
  it('GIVEN a missing file or a spoilt line THEN the word is simply not found, and nothing throws', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { wordnetBilingual } = await import('../../src/lexicons.js');
    const dir = mkdtempSync(join(tmpdir(), 'brano-wn-'));
    expect(wordnetBilingual(join(dir, 'missing.txt'))('decree')).toBeUndefined();
    const file = join(dir, 'en-it.txt');
    writeFileSync(file, '# header\nabbey = abbazia\ndecree no equals sign here\nzebra = zebra\n');
    const look = wordnetBilingual(file);
    expect(look('abbey')?.terms.size).toBeGreaterThan(0);
    expect(look('decree')).toBeUndefined();
    expect(look('zebra')?.terms.size).toBeGreaterThan(0);
  });
});
