import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createCore } from '../../src/core/brano.js';
import { loadCorpus, parseArticle } from '../../src/core/corpus.js';
import { englishConcepts, EXCERPT_MAX } from '../../src/core/ask.js';
import { analyze, stem } from '../../src/core/analysis.js';
import { translateEnglishQuery } from '../../src/core/crossLingual.js';
import { loadLexicons } from '../../src/lexicons.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const core = createCore(loadCorpus(`${root}corpus`), { lexicons: loadLexicons(`${root}corpus`) });

interface Question {
  id: string;
  lang: string;
  q: string;
  gold: number[];
  answer?: string;
}
const questions = readFileSync(`${root}test/fixtures/questions.en.jsonl`, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Question);

// The same normalisation as the evaluation scorer: emphasis marks dropped, spaces collapsed.
const analyzeTerms = (text: string) => analyze(text, 'it').map((t) => t.term);
const norm = (s: string) => s.normalize('NFC').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();

describe('ask with English questions over the Italian article', () => {
  it('GIVEN an English question and no language THEN it is detected and answered from the Italian text', () => {
    const result = core.ask('Which company did Microsoft invest ten billion dollars in?');
    expect(result.lang).toBe('en');
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.paragraph).toBe(4);
    expect(result.passages[0]?.excerpt).toContain('10 miliardi di dollari');
  });

  it('GIVEN lang "en" THEN English analysis is used even for a terse question', () => {
    const result = core.ask('acceptable use policy', { lang: 'en' });
    expect(result.lang).toBe('en');
    expect(result.passages[0]?.paragraph).toBe(8);
  });

  it('GIVEN an Italian question and no language THEN it stays Italian', () => {
    const result = core.ask('Dove ha sede Madrona Ventures?');
    expect(result.lang).toBe('it');
    expect(result.passages[0]?.paragraph).toBe(9);
  });

  it('GIVEN typing slips in content words THEN the question is still answered from the right paragraph', () => {
    const result = core.ask('what does the acceptible use polcy forbid?');
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.paragraph).toBe(8);
    expect(core.ask('who are the partnrs distributing llama 2').passages[0]?.paragraph).toBe(3);
  });

  it.each([
    'How tall is the Eiffel Tower?',
    'Who painted the Mona Lisa?',
    'What is the boiling point of water?',
    'Who is the president of France?',
    // Off-topic questions that share a name or a word with the article.
    'How much does ChatGPT Plus cost?',
    'Who founded Amazon?',
    'When is the next iPhone coming out?',
  ])(
    'GIVEN the off-topic question "%s" THEN Brano abstains',
    (q) => {
      const result = core.ask(q);
      expect(result.lang).toBe('en');
      expect(result.answered).toBe(false);
      expect(result.passages).toEqual([]);
    },
  );

  // Measured on the 351 + 55 questions: R@1 0.943, Answer@1 0.917, 53/55 off-topic declined. Four batches of
  // them, scored the first time they were run, gave R@1 0.87 / 0.83 / 0.80 / 0.85 and Answer@1 0.83 / 0.78 / 0.77
  // / 0.80: the floors sit a little under the measured figures to catch regressions, above what unseen questions
  // reach.
  it('GIVEN the English question set THEN R@1 ≥ 0.92, Answer@1 ≥ 0.9 and nine in ten off-topic questions abstain', () => {
    const onTopic = questions.filter((q) => q.gold.length);
    const offTopic = questions.filter((q) => !q.gold.length);
    expect(onTopic.length).toBeGreaterThanOrEqual(350);
    expect(offTopic.length).toBeGreaterThanOrEqual(55);
    let r1 = 0;
    let a1 = 0;
    for (const q of onTopic) {
      const top = core.ask(q.q).passages[0];
      if (top && q.gold.includes(top.paragraph)) r1++;
      const ex = top ? norm(top.excerpt) : '';
      if (top && ex.length <= EXCERPT_MAX && ex.includes(norm(q.answer ?? ''))) a1++;
    }
    const abstained = offTopic.filter((q) => !core.ask(q.q).answered).length;
    expect(r1 / onTopic.length).toBeGreaterThanOrEqual(0.92);
    expect(a1 / onTopic.length).toBeGreaterThanOrEqual(0.9);
    expect(abstained / offTopic.length).toBeGreaterThanOrEqual(0.9);
  });
});

// The same set served with Brano's general lexicon layer only (the article's corpus/lexicon/llama2-*.txt left out,
// as a user who drops the article into a corpus folder of their own would serve it). Measured: R@1 0.766,
// Answer@1 0.752, 33 wrong abstentions, 53 of 55 off-topic declined (with the article's lexicon: 0.957 / 0.946 / 0).
describe('ask with English questions over the Italian article, general lexicon layer only', () => {
  const plain = createCore(loadCorpus(`${root}corpus`), { lexicons: loadLexicons() });

  it('GIVEN the English question set THEN R@1 ≥ 0.73, Answer@1 ≥ 0.72 and nine in ten off-topic questions abstain', () => {
    const onTopic = questions.filter((q) => q.gold.length);
    const offTopic = questions.filter((q) => !q.gold.length);
    let r1 = 0;
    let a1 = 0;
    for (const q of onTopic) {
      const top = plain.ask(q.q).passages[0];
      if (top && q.gold.includes(top.paragraph)) r1++;
      const ex = top ? norm(top.excerpt) : '';
      if (top && ex.length <= EXCERPT_MAX && ex.includes(norm(q.answer ?? ''))) a1++;
    }
    const abstained = offTopic.filter((q) => !plain.ask(q.q).answered).length;
    expect(r1 / onTopic.length).toBeGreaterThanOrEqual(0.73);
    expect(a1 / onTopic.length).toBeGreaterThanOrEqual(0.72);
    expect(abstained / offTopic.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('an English question over an Italian text in another tense', () => {
  const lexicons = loadLexicons(`${root}corpus`);

  it('GIVEN "won" THEN its translation is searched in both tenses: the verb\'s stem ("vinse") and its participle\'s ("ha vinto"), as alternatives of one word, at the same weight (an English word says nothing of the Italian tense)', () => {
    const terms = englishConcepts(translateEnglishQuery('Who won the game?', lexicons.bilingual));
    const verb = terms.find((t) => t.term === stem('vinse', 'it'));
    const participle = terms.find((t) => t.term === stem('vinto', 'it'));
    expect(verb?.typed).toBe(true);
    expect(participle?.typed).toBe(false);
    expect(participle?.concept).toBe(verb?.concept);
    expect(participle?.weight).toBeGreaterThan(0);
    expect(participle?.weight).toBeCloseTo(verb?.weight ?? 0, 6);
  });
});

describe('English verbs that name what happened', () => {
  it('GIVEN “How much did industry fall?” over a report where “l’industria diminuisce” THEN “fall” is translated (it is no filler) and the paragraph answers', () => {
    const terms = translateEnglishQuery('How much did industry fall?', loadLexicons().bilingual).words.find((w) => w.text === 'fall');
    expect(terms?.terms).toContain(stem('diminuire', 'it'));
    const report = parseArticle(
      '---\ntitle: Conti trimestrali\nlang: it\n---\n\nIl governo ha presentato ieri il nuovo piano per le scuole e per gli ospedali del Paese.\n\nRiguardo al valore aggiunto, l’agricoltura resta stazionaria, l’industria diminuisce dello 0,7% mentre i servizi crescono dello 0,2%.\n\nLe esportazioni verso la Germania sono tornate ai livelli del 2019.\n',
      'conti.md',
    );
    const result = createCore([report], { lexicons: loadLexicons() }).ask('How much did industry fall?');
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.paragraph).toBe(2);
  });
});

describe('“how long”, a question of time', () => {
  it('GIVEN “How long did the helicopter flight last?” over a report where “il velivolo è rimasto in volo per un’ora e mezza” THEN “how long” asks for a time (a cue, not the word “long”) and the paragraph answers', () => {
    const words = translateEnglishQuery('How long did the helicopter flight last?', loadLexicons().bilingual).words;
    expect(words.find((w) => /how long/iu.test(w.text))?.cue).toBe(true);
    expect(words.some((w) => w.text.toLowerCase() === 'long')).toBe(false);
    const report = parseArticle(
      '---\ntitle: Il sorvolo\nlang: it\n---\n\nIl presidente della Regione ha visitato ieri i paesi colpiti dalla piena e ha incontrato i sindaci della valle.\n\nIl velivolo, partito dall’aeroporto di Valdora, è rimasto in volo per poco meno di un’ora e mezza e ha sorvolato le zone allagate in elicottero.\n\nI danni saranno stimati nei prossimi giorni dai tecnici della Regione.\n',
      'sorvolo.md',
    );
    const result = createCore([report], { lexicons: loadLexicons() }).ask('How long did the helicopter flight last?');
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.paragraph).toBe(2);
  });
});

describe('an English word whose translation the article does not use, but an exact Italian equivalent of it', () => {
  const article = parseArticle(
    `---\ntitle: Treni veloci\nlang: it\n---\n\nIl presidente del consorzio ha aperto la cerimonia davanti ai sindaci della valle.\n\nLa nuova linea collegherà le due città in un’ora, spiega l’amministratore delegato delle Ferrovie Lacustri, Ugo Fabbri.\n\nI lavori sono durati quattro anni e sono costati due miliardi di euro.\n`,
    'treni.md',
  );
  const lexicons = loadLexicons();
  const local = createCore([article], { lexicons });

  it('GIVEN “CEO” over a report that says “l’amministratore delegato” THEN the Italian thesaurus’s equivalent of “ceo” is searched and that paragraph answers, not the one with “presidente”', () => {
    for (const q of ['What did the CEO say?', "Who is the railway company's CEO?"]) {
      const result = local.ask(q);
      expect(result.answered, q).toBe(true);
      expect(result.passages[0]?.paragraph, q).toBe(2);
    }
  });

  it('GIVEN the equivalents THEN they are alternatives of the word, only for a translation the article does not use', () => {
    const deleg = analyzeTerms('amministratore delegato');
    const equivalents = (terms: readonly string[]) => lexicons.thesaurus.lookup(terms).filter((e) => e.equivalent).map((e) => e.terms);
    const present = new Set([...analyzeTerms('presidente'), ...deleg]);
    const vocabulary = { has: (t: string) => present.has(t), similarTerms: () => [] };
    const ceo = (context: Parameters<typeof translateEnglishQuery>[2]) => translateEnglishQuery('What did the CEO say?', lexicons.bilingual, context).words.find((w) => w.text === 'CEO');
    expect(ceo({ vocabulary, equivalents })?.alternatives).toContainEqual(deleg);
    expect(ceo({ vocabulary })?.alternatives).not.toContainEqual(deleg);
    // "ceo" written in the article: nothing added.
    const written = { has: (t: string) => t === 'ceo' || present.has(t), similarTerms: () => [] };
    expect(ceo({ vocabulary: written, equivalents })?.alternatives).not.toContainEqual(deleg);
  });
});

// An English question asked of one Italian article written for the test: the first passage's paragraph, or null.
const firstParagraphOf = (slug: string, title: string, paragraphs: readonly string[], question: string): number | null => {
  const piece = parseArticle(`---\ntitle: "${title}"\nlang: it\n---\n\n${paragraphs.join('\n\n')}\n`, `${slug}.md`);
  const r = createCore([piece], { lexicons: loadLexicons() }).ask(question);
  return r.answered ? (r.passages[0]?.paragraph ?? null) : null;
};

describe('English questions over words Italian writes otherwise (a number’s separators, a place’s adjective)', () => {
  const cases = [
    {
      // "12,000" as Italian writes it, "12.000"
      question: 'What were the 12,000 euros used for?',
      slug: 'valdora-fondi',
      title: 'Raccolta fondi per gli ospedali di Valdora',
      paragraphs: [
        'La raccolta fondi della Fondazione degli ospedali di Valdora ha superato il milione e mezzo di euro.',
        'Tra i numerosi interventi, il presidente ha ricordato che 12.000 euro sono stati usati per una borsa di studio per uno psicologo dell’area pediatrica.',
        'Il resto servirà per nuovi ventilatori e monitor per la terapia intensiva.',
      ],
      answer: 2,
    },
    {
      // a place the article writes only as its adjective, from a short stem: Puglia → pugliese
      question: 'Who said the gang leader is not from Puglia?',
      slug: 'valdora-banda',
      title: 'Valdora, la banda dei furti',
      paragraphs: [
        'Era già nel mirino dei carabinieri la banda ritenuta responsabile della rapina ai danni di due coniugi a Valdora.',
        '“Il fermo di ieri si è reso necessario perché i tre indagati si stavano dando alla fuga”, ha aggiunto il procuratore capo.',
        '“Certamente non è pugliese il capo della banda”, ha chiarito il dirigente della Polizia Mario Neri, smontando la pista dell’italiano.',
      ],
      answer: 3,
    },
  ];
  it.each(cases)('GIVEN “$question” THEN ¶$answer answers', ({ question, slug, title, paragraphs, answer }) => {
    expect(firstParagraphOf(slug, title, paragraphs, question)).toBe(answer);
  });
});

describe('an English loanword the article spells a letter off', () => {
  it('GIVEN “What was the hackathon about?” over a report writing “un hackaton” THEN the word is found as written there and the paragraph answers', () => {
    const report = parseArticle(
      '---\ntitle: Giovani e innovazione\nlang: it\n---\n\nIl sindaco ha premiato ieri gli studenti delle scuole superiori della città.\n\nErano circa 45 i partecipanti che si sono sfidati a Valdora, nella sede dell’ex convento di San Francesco, in un hackaton sulla riqualificazione degli spazi pubblici.\n\nLa giuria ha annunciato i vincitori in serata.\n',
      'hackaton.md',
    );
    const result = createCore([report], { lexicons: loadLexicons() }).ask('What was the hackathon about?');
    expect(result.answered).toBe(true);
    expect(result.passages[0]?.paragraph).toBe(2);
  });
});
