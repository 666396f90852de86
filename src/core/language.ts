/**
 * Telling Italian from English, for questions as short as three words.
 *
 * Evidence, strongest first: function words (articles, prepositions, auxiliaries, question words) that belong to
 * one language only; accented vowels and elisions (`dell’`, `c’è`), which are Italian; English contractions
 * (`’s`, `n’t`); then the shape of the remaining words (Italian words end in a vowel and use `-zione`, `-mente`,
 * `gli`; English words end in consonants and use `th`, `w`, `k`, `-ing`, `-tion`). Capitalised words after the
 * first are treated as names and count for neither side, so "Llama 2", "Turow" or "Hugging Face" do not sway
 * the result. Ties go to Italian, the language of the articles.
 */
import type { Lang } from './analysis.js';

// Function words that are common in one language and rare or absent in the other. Words written the same in
// both ("a", "in", "come", "no", "me", "per") are left out on purpose.
const IT_WORDS = new Set([
  'il', 'lo', 'la', 'gli', 'le', 'un', 'uno', 'una', 'di', 'del', 'dello', 'della', 'dei', 'degli', 'delle',
  'da', 'dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'nel',
  'nello', 'nella', 'nei', 'negli', 'nelle', 'sul', 'sullo', 'sulla', 'sui', 'sugli', 'sulle', 'con', 'su', 'tra',
  'fra', 'e', 'ed', 'o', 'ma', 'che', 'chi', 'cosa', 'cos', 'quale', 'quali', 'qual', 'quanto', 'quanti',
  'quanta', 'quante', 'quando', 'dove', 'perché', 'perche', 'è', 'sono', 'erano', 'sarà', 'saranno',
  'ha', 'hanno', 'aveva', 'avevano', 'avrà', 'essere', 'stato', 'stata', 'stati', 'non', 'anche', 'più', 'piu',
  'già', 'ancora', 'molto', 'questo', 'questa', 'questi', 'queste', 'quello', 'quella', 'quelli', 'suo', 'sua',
  'suoi', 'sue', 'loro', 'si', 'ci', 'ne', 'del', 'secondo', 'cioè', 'però', 'quindi', 'perciò', 'ogni', 'tutti',
  'tutte', 'dopo', 'prima', 'senza', 'verso', 'sempre', 'mai', 'può', 'possono', 'deve', 'fa', 'fanno', 'dice',
  'dicono', 'ecco', 'oppure', 'nessuno', 'qualcuno', 'qualcosa', 'vuole', 'vogliono', 'viene', 'vengono', 'sta',
  'stanno', 'l', 'dell', 'nell', 'sull', 'dall', 'un', 'c', 'd', 'quest', 'quell', 'com', 'anni', 'cui',
]);
const EN_WORDS = new Set([
  'the', 'of', 'and', 'to', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'what', 'which', 'who',
  'whom', 'whose', 'when', 'where', 'why', 'how', 'did', 'does', 'do', "don't", 'will', 'would', 'can', 'could',
  'should', 'shall', 'may', 'might', 'must', 'has', 'have', 'had', 'an', 'on', 'at', 'by', 'with', 'from', 'for',
  'that', 'this', 'these', 'those', 'it', 'its', 'they', 'their', 'them', 'he', 'his', 'she', 'her', 'we', 'our',
  'you', 'your', 'not', 'about', 'many', 'much', 'any', 'some', 'there', 'than', 'then', 'into', 'out', 'up',
  'over', 'after', 'before', 'because', 'while', 'also', 'only', 'just', 'very', 'more', 'most', 'other', 'such',
  'or', 'if', 'get', 'got', 'say', 'says', 'said', 'think', 'according', 'between', 'against', 'without',
  'all', 'both', 'each', 'few', 'own', 'same', 'too', 'yet', 'why', 'whether', 'yes', 'kind', 'way', 'like',
  'make', 'made', 'give', 'gave', 'take', 'took', 'offer', 'want', 'new', 'first', 'still', 'why', 'what’s',
]);

// Frequent content words of questions about news and technology, for keyword questions with no function word
// ("Llama 2 license?"). Cognates spelled alike in both languages are left out.
const EN_CONTENT = new Set([
  'license', 'licence', 'release', 'released', 'training', 'trained', 'policy', 'use', 'used', 'free', 'model',
  'models', 'company', 'companies', 'people', 'developer', 'developers', 'researcher', 'researchers', 'agreement',
  'security', 'acceptable', 'leak', 'leaked', 'version', 'new', 'first', 'second', 'cost', 'costs', 'price',
  'money', 'strategy', 'rules', 'rule', 'future', 'sources', 'details', 'limits',
  'house', 'white', 'giant', 'giants', 'law', 'laws', 'users', 'user', 'monthly', 'year', 'week', 'month',
  'event', 'transparency', 'competition', 'investor', 'investment', 'language', 'large',
  'small', 'closed', 'cheap', 'cheaper', 'code', 'violence', 'abuse', 'tool', 'tools',
  'surprise', 'surprises', 'power', 'computing', 'talent', 'lunch', 'anonymous',
  'role', 'job', 'opinion', 'view', 'status', 'comparison', 'partners', 'deal', 'leak', 'startups',
  'investment', 'boss', 'ceo', 'launch', 'launched', 'risk', 'risks', 'threat', 'worth', 'billion',
  'million', 'dollars', 'released', 'trained', 'plan', 'plans', 'news', 'update', 'updates', 'quality', 'benchmark',
  'benchmarks', 'weights', 'invincible', 'untouchable', 'partnership', 'leaked',
]);
const IT_CONTENT = new Set([
  'licenza', 'rilascio', 'rilasciato', 'addestramento', 'politica', 'uso', 'gratuito', 'gratis', 'modello',
  'modelli', 'azienda', 'aziende', 'persone', 'sviluppatori', 'ricercatori', 'accordo', 'sicurezza', 'versione',
  'nuovo', 'nuova', 'primo', 'costo', 'prezzo', 'soldi', 'strategia', 'regole', 'futuro', 'fonti', 'dettagli',
  'limiti', 'utenti', 'mensili', 'anno', 'settimana', 'mese', 'evento', 'trasparenza', 'concorrenza',
  'investitore', 'linguaggio', 'grandi', 'piccole', 'aperto', 'chiuso', 'economico', 'codice', 'violenza',
  'strumento', 'sorprese', 'potenza', 'calcolo', 'talento', 'dati', 'pranzo', 'anonima',
]);

// Word shapes. Each match is weak evidence; several agree on a question without function words.
const IT_SHAPES = [/zion[ei]$/, /mente$/, /[aeiou]$/, /gli/, /gn[aeiou]/, /cch|zz|cqu/, /(are|ere|ire|ato|ata|ati|ito|uto)$/];
const EN_SHAPES = [/th/, /w/, /k/, /y/, /sh/, /(ing|ed|ly|ness|ment|ful|less|ous|tion|sion|ies|able|ible)$/, /[bcdfghjklmnpqrstvwxz]$/];

/** Per-language evidence gathered from a text. */
export interface LanguageEvidence {
  /** Score for Italian. */
  readonly it: number;
  /** Score for English. */
  readonly en: number;
}

/**
 * Weighs the evidence for Italian and for English in a text.
 * @param text - any text, a question or a sentence
 * @returns the two scores (higher = more likely)
 */
export function languageEvidence(text: string): LanguageEvidence {
  const src = text.normalize('NFC').replace(/[‘’ʼ`´]/g, "'");
  let it = 0;
  let en = 0;
  // Elisions before a vowel (l'IA, dell'azienda, c'è, un'alternativa) are Italian; 's and n't are English. Both need an
  // apostrophe (without one, the patterns are not even compiled).
  if (src.includes("'")) {
    it += 2 * (src.match(/\b(?:l|dell|all|nell|sull|dall|un|c|d|quest|quell|com|po)'(?=\p{L})/giu)?.length ?? 0);
    en += 2 * (src.match(/\p{L}'(?:s|t|re|ve|ll|d|m)\b/giu)?.length ?? 0);
  }
  // Hyphenated names stay whole ("Al-Dahle" is not the Italian "al").
  const words = [...src.matchAll(/[\p{L}]+(?:'[\p{L}]+)?(?:-[\p{L}]+)*/gu)];
  for (const m of words) {
    const raw = m[0];
    const w = raw.toLowerCase();
    // An acronym in capitals (AI, IA, CEO, AWS) is a name, even when its letters spell a function word.
    if (/^\p{Lu}{2,}$/u.test(raw)) continue;
    if (IT_WORDS.has(w)) it += 2;
    if (EN_WORDS.has(w)) en += 2;
    if (IT_WORDS.has(w) || EN_WORDS.has(w)) continue;
    if (EN_CONTENT.has(w) !== IT_CONTENT.has(w)) {
      if (EN_CONTENT.has(w)) en += 1.5;
      else it += 1.5;
      continue;
    }
    if (/[àèéìòù]/.test(w)) {
      it += 2;
      continue;
    }
    // A capitalised word that is no common word is most likely a name; names belong to both languages.
    if (/^\p{Lu}/u.test(raw)) continue;
    if (w.length < 3) continue;
    const itShape = IT_SHAPES.filter((re) => re.test(w)).length;
    const enShape = EN_SHAPES.filter((re) => re.test(w)).length;
    it += 0.5 * Math.min(itShape, 2);
    en += 0.5 * Math.min(enShape, 2);
  }
  return { it, en };
}

/**
 * Detects whether a text is Italian or English.
 * @param text - a question (three words are enough) or a sentence
 * @returns `'en'` when the evidence for English is stronger, otherwise `'it'` (the articles' language)
 * @example
 * detectLanguage('Who leads Google AI?') // 'en'
 * detectLanguage('Chi guida l’AI di Google?') // 'it'
 */
export function detectLanguage(text: string): Lang {
  const { it, en } = languageEvidence(text);
  return en > it ? 'en' : 'it';
}
