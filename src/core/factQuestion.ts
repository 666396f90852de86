/**
 * Questions asking for a fact of a kind a passage either states in a recognisable form or does not state at all, and
 * the test of whether a passage states it:
 * - money: what something costs, is worth or earned ("Quanto è costata la rotatoria?", "How much did the bodycams
 *   cost?"): a sum of money, or "free";
 * - age: how old someone is ("Quanti anni ha X?", "How old is X?"): "45 anni", "45enne", "(45)", "classe 1978", "classe ’78",
 *   "nato nel 1978";
 * - party: which party someone belongs to ("A quale partito appartiene X?", "Which party does X belong to?"): a
 *   party, a list or a side named as such, or a party's short name in brackets after a name ("X (Pd)");
 * - since: for how long something has been so ("Da quanti anni X è presidente?", "How long has X been closed?"): a
 *   year, a century, a decade, or a number of years, months or days ("dal 2019", "nove anni fa", "trent’anni");
 * - clock: a time of day ("A che ora parte il primo bus?"): "14.30", "alle 11", "dalle ore 9", "mezzanotte",
 *   "all’una di notte" (this kind only orders the passages: see ask.ts);
 * - hours: opening hours ("Quali sono gli orari di apertura?", "What are the opening hours?"): a time of day, as for
 *   clock, but a piece giving none does not give them;
 * - date: the day something happens or happened ("In che data …?", "In che giorno …?", "Entro quale data …?", "On what
 *   date …?"): a day of a month or a month, a weekday, "oggi", "domani", or a date in figures, not a year alone (the
 *   development folders: facts not given declined 154 → 165 of 286, no answerable question lost; SQuAD-it dev's 18
 *   such questions are all answered by a day and a month or a weekday);
 * - score: a match's score ("Qual è stato il punteggio finale?", "What was the final score?"): two numbers joined by a
 *   dash or "a" ("63-66", "3 a 0"), or points ("35 punti");
 * - year: the year something happened ("In che anno è nato X?", "What year …?"): a year in figures (development
 *   folders: facts not given declined 169 → 180 of 286, no answerable question lost; SQuAD-it dev unchanged);
 * - count: how many of something ("Quanti dipendenti ha X?", "How many senators abstained?"): a number in figures or
 *   in words, in a sentence holding some of the question's words; any number is weak evidence, so a passage stating
 *   one does not overrule the other signs of a fact not given (measured: SQuAD-it dev unchanged; Italian news
 *   questions of the development folders outside the repository R@1 390 → 393 of 479, facts not given declined 133
 *   → 139 of 286). What it counts must be what the question counts: when the article's candidate passages never
 *   write the counted word ("soci" of "Quanti soci ha X?"), only a sentence naming it by a general synonym gives the
 *   count (development folders: facts not given declined 138 → 154 of 286, Italian R@1 393 → 392, English 122 →
 *   121 of 185; SQuAD-it dev own-article R@1 0.798 → 0.797, questions machine-translated with a word the article
 *   does not use, "karat" for "carati"). And it is written beside what is counted: where no passage writes a number
 *   (or "diversi", "numerosi" right before it) within five words of the counted word, a form the question was widened
 *   with or a general synonym of it, the count is not given ("Quanti dipendenti ha X?" over a piece saying only that
 *   X's employees went on strike in 2023 for three days; `statesCountOf`; development folders: facts not given
 *   declined 185 → 206 of 286, Italian R@1 392 → 391 of 479, refused 29 → 33; the folders read since: 88 → 98 of
 *   135 and 48 → 52 of 90, Italian 161 → 160 and 123 → 122, English 69 → 68; SQuAD-it dev own-article R@1 0.798 →
 *   0.796, answerable questions declined 1.8 → 1.9 %).
 * A paragraph that states no fact of the kind does not give it, however many of the question's words it holds.
 * News copy often leaves these out, and readers often ask for them.
 */
import { analyze, lifeSpanBirthplace, stem, stemVariants } from './analysis.js';
import { escapeRegExp, wholeWord, wordPattern, type GuardedPattern } from './guardedPattern.js';
import { ITALIAN_MONTHS, ITALIAN_WEEKDAYS } from './calendarWords.js';

// A lower-case letter of an Italian or English word (the question is lower-cased first; no Unicode classes, which V8
// builds afresh each time a pattern is compiled).
const L = '[a-zàèéìòù]';

// A question pattern: any of the phrases (each a pattern of lower-case words), standing as whole words.
const anyPhrase = (phrases: readonly string[]): GuardedPattern => wordPattern(phrases.map((p) => `(?:${p})`).join('|'), 'u');

// Italian and English ways of asking for a sum. "quanto spesso" (how often) is no sum: "spes-" counts only as the
// participle of "spendere" (speso, spesi…).
const MONEY_QUESTION: GuardedPattern = anyPhrase([
  // quanto costa / è costato / costerà / vale / valeva / ha speso / hanno incassato / è stato pagato / ha investito…
  `quanto (?:(?:ci|mi|ti|vi|gli|le) )?(?:(?:è|e|sono|era|erano|sarà|saranno|è stato|è stata|sono stati|sono state) )?(?:cost[aoòi]${L}*|val[eg]${L}*|valeva${L}*)`,
  // (also after a modal: "quanto deve pagare X?", "quanto dovranno spendere?")
  `quanto (?:(?:si|ci|mi|ti|vi|gli|le) )?(?:(?:ha|hanno|aveva|avevano|avrà|avranno|è|sono|deve|devono|doveva|dovevano|dovrà|dovranno|dovrebbe|dovrebbero|può|possono|potrà|potranno) )?(?:speso|spesi|spende|spendono|spenderà|spenderanno|guadagn${L}*|incass${L}*|pagat[oaie]|pag[ah]${L}*|investit[oaie]|investe|investono|stanziat[oaie]|stanzia${L}*)`,
  'quanti (?:soldi|euro|dollari|fondi)',
  'quanto denaro',
  `a quanto ammont${L}+`,
  '(?:qual è|qual e|quale è|qual era|quale era|quanto è|quanto era) (?:il |l |lo )?(?:costo|prezzo|fatturato|valore|stipendio|budget|importo|compenso|ricavo|incasso|investimento|finanziamento|canone|affitto)',
  `how much (?:${L}+ ){0,8}?(?:cost|costs|costed|pay|pays|paid|spend|spends|spent|earn|earns|earned|worth|charge|charges|charged|raise|raised|invest|invests|invested)`,
  'how much money',
  // "How much is a ticket?": a price asked with "to be"
  `how much (?:is|are|was|were|will be) (?:a |an |the |one )?(?:${L}+ ){0,2}?(?:ticket|tickets|fee|fees|fare|fares|entry|admission|room|rooms|rent|subscription|membership|meal|menu|parking)`,
  `what (?:is|was|are|were|will be) the (?:${L}+ )?(?:cost|costs|price|prices|fee|fees|fare|fares|turnover|revenue|salary|budget|value|amount)`,
  `what (?:does|do|did|will) (?:${L}+ ){1,6}cost`,
]);

// Asking someone's age; not "da quanti anni" (for how long) nor "quanti anni ha giocato" (how many years did he play).
// The forms of "avere" after "quanti anni" in a question on someone's age.
const AGE_HAVE = '(?:ha|aveva|avrà|hanno|avevano)';

const AGE_QUESTION: GuardedPattern = anyPhrase([
  `(?<!da )quanti anni ${AGE_HAVE}(?! (?:${L}+(?:at|ut|it)[oaie]|trascorso|fatto|preso|messo|speso|vissuto|corso|scritto|detto)(?![a-zàèéìòù]))`,
  `(?:che|quale) età (?:ha|aveva|hanno)`,
  'how old',
  'what age',
  `what is (?:${L}+ ){1,4}s age`,
]);

// The word after "quanti anni ha/aveva": an irregular verb's past participle makes "ha" an auxiliary, and the years
// those of an act ("Quanti anni aveva chiesto l'accusa per X?", "Quanti anni ha preso X?"), not an age; the regular
// participles (-ato, -uto, -ito) are told by AGE_QUESTION itself, the irregular ones by the lemma data (a stem with a
// participle's variants), so a surname after the verb ("Quanti anni ha Russo?") stays an age.
const AGE_VERB_NEXT = new RegExp(` quanti anni ${AGE_HAVE} (\\p{L}+)`, 'u');

function asksYearsOfAnAct(q: string): boolean {
  const next = AGE_VERB_NEXT.exec(q)?.[1];
  return !!next && stemVariants(stem(next, 'it')).length > 0;
}

// (or the group a councillor sits with, "Di che gruppo politico è X?", "Which political group is X in?")
const PARTY_QUESTION: GuardedPattern = anyPhrase([
  '(?:a|di|per) (?:quale|che) partito',
  'in quale partito',
  '(?:a|di|per|in) (?:quale|che) (?:gruppo|schieramento|formazione) politic[oa]',
  '(?:which|what) (?:political )?party',
  '(?:which|what) political group',
]);

// Asking where someone comes from, the person named right after the words that ask it ("Di dove è Lambert?", "Dove è
// nato X?", "Where is X from?", "Where was X born?"; not "Da dove vengono i testi …?"). Written without the `i` flag,
// so that a capital means a capital.
const NAME_RUN = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|de|di|da|del|della|von|van|der))*`;
const ORIGIN_QUESTION = new RegExp(
  [
    String.raw`(?:^|[^\p{L}])(?:[Dd]i dove (?:è|e'|era|sono|erano)|[Dd]a dove (?:viene|vengono|veniva|proviene|provengono|arriva|arrivano)|[Dd]ove (?:è|e'|era) nat[oa]|[Dd]ove sono nat[ie]|[Ii]n (?:quale|che) (?:città|paese|comune) (?:è|e'|era) nat[oa])\s+(?:\p{Ll}+mente\s+)?\p{Lu}`,
    String.raw`(?:^|[^\p{L}])[Ww]here (?:is|are|was|were) ${NAME_RUN}(?:'s?)? (?:originally )?from`,
    String.raw`(?:^|[^\p{L}])[Ww]here (?:was|were) ${NAME_RUN} born`,
  ].join('|'),
  'u',
);

// A capitalised word after the question's first character: someone or something named.
const NAMED = /(?<=[\s'’(])\p{Lu}\p{Ll}/u;

// Asking the time of day.
const CLOCK_QUESTION: GuardedPattern = anyPhrase(['a che ora', 'a quale ora', 'what time']);

// Asking opening hours ("Quali sono gli orari di apertura?", "What are the opening hours?"): unlike "a che ora", which
// also stands for "when" in any sense, only a time of day answers.
const HOURS_QUESTION: GuardedPattern = anyPhrase(['a che orari', 'che orari', 'quali sono gli orari', 'orari di apertura', 'orario di apertura', 'opening hours', 'opening times']);

// Asking the day something happens or happened ("In che data …?", "In che giorno …?", "On what date …?"), not a time
// in general ("quando", "in che anno").
const DATE_QUESTION: GuardedPattern = anyPhrase(['(?:in|entro|a|per) (?:che|quale) (?:data|giorno)', '(?:che|quale) giorno', 'che data', 'what date', 'which date', '(?:on )?(?:what|which) day']);

// Asking the year something happened ("In che anno è nato X?", "What year was X founded?").
const YEAR_QUESTION: GuardedPattern = anyPhrase(['in (?:che|quale) anno', 'what year', 'which year']);

// Asking a match's score ("Qual è stato il punteggio finale?", "Con quale risultato è finita la partita?", "What was
// the final score?"); not "il risultato" of anything ("qual è stato il risultato della protesta?").
const SCORE_QUESTION: GuardedPattern = anyPhrase([
  '(?:qual è stato|qual e stato|quale è stato|quale e stato|con (?:quale|che)) (?:il )?punteggio',
  'punteggio finale',
  'risultato finale',
  'con (?:quale|che) risultato (?:è|e|si è|si e) (?:finit[oa]|terminat[oa]|chius[oa])',
  'what was the (?:final )?score',
  'final score',
  '(?:by|with) what score',
]);

// Asking for how long something has been so ("da quanti anni è presidente?", "how long has X been mayor?").
const SINCE_QUESTION: GuardedPattern = anyPhrase(['da quanti anni', 'da quanto tempo', 'how long has', 'how long have', 'since when']);

// Asking how many of something: "Quanti dipendenti ha X?", "Quante persone …", "How many …" (not "da quanti anni",
// "per quanti anni": how long).
const COUNT_QUESTION: GuardedPattern = anyPhrase(['(?<!(?:da|per|in|a) )quant[ie] (?!volte)', 'how many']);

/**
 * The words naming what a count question counts: the run of words after each "quanti"/"quante"/"how many",
 * function words before it skipped, up to the next function word and at most three ("Quanti dipendenti ha X?" →
 * "dipendenti", "Quanti sono gli iscritti?" → "iscritti", "How many scheduled flights a week" → "scheduled flights").
 * The run may take in a verb ("How many students applied"), so a caller reads it as "one of these words".
 * @param question - the question
 * @param isFunctionWord - whether a lower-case word is a function word of the question's language
 * @returns each word as written (lower-cased) with its offset in the question; empty for no count question
 * @example
 * countedWords('Quanti dipendenti ha Tod\'s?', (w) => w === 'ha').map((w) => w.word) // ['dipendenti']
 */
export function countedWords(question: string, isFunctionWord: (word: string) => boolean): { word: string; at: number }[] {
  const lower = question.normalize('NFC').toLowerCase();
  const run: { word: string; at: number }[] = [];
  // (each count asked: "Quanti posti e quanti chilometri?")
  for (const cue of lower.matchAll(/(?<![\p{L}])(?:quant[ie]|how\s+many)(?![\p{L}])/gu)) {
    const WORD = /[\p{L}\p{N}]+/gu;
    WORD.lastIndex = cue.index + cue[0].length;
    let taken = 0;
    for (let m = WORD.exec(lower); m && taken < 3; m = WORD.exec(lower)) {
      // (a verb of being or having between is a function word too: "quanti sono gli iscritti", "how many are
      // there"; and a number word: "quante centinaia di anni" counts years)
      if (isFunctionWord(m[0]) || COUNT_TEXT.test(m[0]) || /^(?:quant[ie]|how|many)$/u.test(m[0])) {
        if (taken) break;
        continue;
      }
      run.push({ word: m[0], at: m.index });
      taken++;
    }
  }
  return run;
}

// Asking a size, a weight or a distance: "Quanto pesava la zebra?", "quanto è grande il capannone", "Qual è
// l'altezza della torre?", "How heavy was the load?", "How far is the nearest bank?" (not "how long", which mostly
// asks a time, nor "quanto spesso", how often).
const MEASURE_QUESTION: GuardedPattern = anyPhrase([
  `quanto (?:(?:è|e|era|erano|sono|sarà|sara|saranno|fosse|fossero|risulta) )?(?:lung|alt|grand|larg|profond|pesant|estes|distant|lontan|ampi)[oaie]`,
  `quanto (?:pes[ao]${L}*|misur${L}*|dist[ao]${L}*)`,
  '(?:che|quale|quali) (?:dimensioni|altezza|lunghezza|larghezza|profondità|profondita|superficie|estensione|peso|distanza)',
  '(?:qual è|qual e|quale è|qual era|quale era) (?:la |il |l )?(?:altezza|lunghezza|larghezza|profondità|profondita|superficie|estensione|peso|distanza)',
  'how (?:heavy|tall|high|big|far|wide|deep|large|thick)',
  'what (?:size|height|length|width|depth|area|weight|distance)',
]);

/** A kind of fact a question asks for that a passage either states in a recognisable form or does not state. */
export type FactKind = 'money' | 'age' | 'party' | 'origin' | 'clock' | 'hours' | 'date' | 'year' | 'score' | 'since' | 'measure' | 'count';

/**
 * The kind of fact a question asks for, when it is one whose statement a passage's words show.
 * @param question - the question
 * @returns 'money' for "Quanto costa il biglietto?" or "How much was spent on the pitch?", 'age' for "Quanti anni ha
 *   X?", 'party' for "A quale partito appartiene X?", 'since' for "Da quanti anni X è presidente?", 'clock' for "A che
 *   ora parte il bus?", 'count' for "Quanti dipendenti ha X?", else undefined
 * @example
 * askedFact('Quanto è costata la rotatoria?') // 'money'
 * askedFact('Quanto spesso si vota?') // undefined
 */
export function askedFact(question: string): FactKind | undefined {
  const q = ` ${question.normalize('NFC').toLowerCase().replace(/[’']/g, ' ').replace(/\s+/g, ' ')} `;
  // (an age is a person's: someone named in the question, "How old is Angelino Alfano?", not "how old is the pottery")
  if (AGE_QUESTION.test(q) && NAMED.test(question.slice(1)) && !asksYearsOfAnAct(q)) return 'age';
  if (PARTY_QUESTION.test(q)) return 'party';
  // (someone's origin: a person named in the question, "Di dove è Lambert?")
  if (ORIGIN_QUESTION.test(question.normalize('NFC'))) return 'origin';
  if (HOURS_QUESTION.test(q)) return 'hours';
  if (DATE_QUESTION.test(q)) return 'date';
  if (YEAR_QUESTION.test(q)) return 'year';
  if (SCORE_QUESTION.test(q)) return 'score';
  if (CLOCK_QUESTION.test(q)) return 'clock';
  if (SINCE_QUESTION.test(q)) return 'since';
  if (MONEY_QUESTION.test(q)) return 'money';
  if (MEASURE_QUESTION.test(q)) return 'measure';
  if (COUNT_QUESTION.test(q)) return 'count';
  return undefined;
}

// A sum of money as a text writes it (a currency sign or word, cents too), or a price of nothing ("gratuito",
// "gratis"); business copy leaves the currency out of large sums ("ricavi per 251,8 milioni", "1,6 mld"): a figure in
// millions or billions counting nothing named after it ("3 milioni di abitanti" counts people).
const MONEY_TEXT =
  /[€$£¥]|(?<![A-Za-zÀ-ÿ0-9])(?:euro|eur|dollar[oi]|sterlin[ae]|lir[ae]|franch[io]|yen|centesim[oi]|gratuit[oaie]|gratis|gratuitamente)(?![A-Za-zÀ-ÿ])|(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?\s*(?:milioni|miliardi|mln|mld)(?![\p{L}])(?!\s+(?:di|d['’])\s*(?!euro|dollari)\p{L})/iu;

/**
 * A person's age as a noun, without its ending: "23enne", "trentenne", "diciottenne", "ventiquattrenne",
 * "quindicenne", "ultraottantenne" (not "perenne", "solenne"); the speakers' analysis names a person by it as by an office.
 */
export const AGE_NOUN_STEM = '(?:\\d{1,3}|(?:un|do|tre|quattor|quin|se)dic|(?:ultra)?(?:dici(?:assett|ott|annov)|(?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant)(?:[ia]?(?:du|tre|quattr|cinqu|sei|sett|nov)|un|ott)?))enn';

/** The tens elided before a vowel, a word only with their apostrophe: "vent’anni", "trent’anni", "quarant’anni". */
export const ELIDED_TENS = 'vent|trent|quarant|cinquant|sessant|settant|ottant|novant';

// An age: "45 anni", "vent’anni" (not "da 45 anni" nor "Da 45 anni", "45 anni fa", "per 45 anni", "lunga almeno 4 anni", "anni di",
// a sentence "pena di 15 anni e 8 mesi"), "45enne", "(45)" after a word, "classe
// 1978", "nato nel 1978" / "nata il 3 maggio 1978".
const AGE_TEXT = new RegExp(String.raw`(?<!(?:da|per|dopo|circa|oltre|ultimi|primi|quasi|in|tra|fra|entro|almeno|ormai|lung[oaie]|durat[oaie])\s)(?<!(?:pena|condanna)\s+(?:di|a)\s)(?<![\p{L}\p{N}])\d{1,3}\s+anni(?![\p{L}])(?!\s+(?:fa|prima|dopo|di|dal|dalla|della|del|e\s+\d+\s+mesi)(?![\p{L}]))|(?<!(?:da|per|dopo|circa|oltre|ultimi|primi|quasi|in|tra|fra|entro|almeno|ormai|lung[oaie]|durat[oaie])\s)(?<![\p{L}])(?:${ELIDED_TENS})['’]anni(?![\p{L}])(?!\s+(?:fa|prima|dopo|di|dal|dalla|della|del)(?![\p{L}]))|(?<![\p{L}\p{N}])${AGE_NOUN_STEM}e(?![\p{L}])|\p{L},?\s+\(\d{2}\)|(?<![\p{L}])classe\s+(?:(?:19|20)\d{2}|['’‘]\d{2})(?![\p{N}])|(?<![\p{L}])nat[oaie]\s+(?:nel|il|a\s+\p{Lu}\p{L}+\s+nel)\s`, 'iu');

// Where someone comes from: "nato a Subiaco", "nacque probabilmente nel 1162 a Delüün Boldog", "nativo di Subiaco",
// "originaria di Bari", "proveniente da Roma", "residente a Itri", "cresciuto a Napoli", "57enne di Itri", or a place
// set off after the name, "Giuseppe Ruggieri, di Itri, …".
const ORIGIN_TEXT = /(?<![\p{L}])(?:(?:nat[oaie]|nacque(?:ro)?|nasce|nascono|cresciut[oaie])(?:\s+[\p{Ll}\d]+){0,3}?\s+(?:a|ad|in|nel|nella|presso)|nativ[oaie]\s+di|originari[oaie]\s+(?:di|del|della|dello|dell['’])|provenient[ei]\s+da|residente\s+(?:a|ad|in)|\d{2}enne\s+di)\s*\p{Lu}|\p{Lu}\p{Ll}+,\s+di\s+\p{Lu}\p{Ll}+[,.]/u;

// The parties with groups in the Italian Parliament elected in 2022, the other national parties news copy names
// most, and the main national parties of the years since 1994 that archives and local copy still name (Alleanza
// Nazionale, the Popolo della Libertà, the Democratici di Sinistra…), as it writes them (names, short names, and the adjectives that stand for their members: "la consigliera dem",
// "il senatore leghista"): a closed class, as the lexicons' lists of countries are. Case counts: "Azione" the party,
// "azione" an action.
const PARTY_NAMES = [
  'P[Dd]',
  'Partito [Dd]emocratico',
  'dem',
  'Lega',
  'leghist[ai]',
  "Fratelli d['’]Italia",
  'FdI',
  'Forza Italia',
  // (its initials, not as a province's code in brackets: "Sesto Fiorentino (FI)")
  '(?<!\\()FI(?!\\))',
  'forzist[ai]',
  'Movimento (?:5|[Cc]inque) [Ss]telle',
  'M5[Ss]',
  'pentastellat[oaie]',
  'grillin[oaie]',
  'Azione',
  'Italia [Vv]iva',
  'Alleanza Verdi e Sinistra',
  'A[Vv][Ss]',
  'Sinistra [Ii]taliana',
  'Europa [Vv]erde',
  'Verdi',
  '\\+ ?Europa',
  'Più Europa',
  'Noi [Mm]oderati',
  'U[Dd][Cc]',
  'S[Vv][Pp]',
  'Rifondazione [Cc]omunista',
  'Alleanza [Nn]azionale',
  'P[Dd][Ll]',
  'Popolo della [Ll]ibert[àa]',
  'Lega Nord',
  'Democratici di [Ss]inistra',
  'Democrazia [Cc]ristiana',
  'Italia dei [Vv]alori',
  'I[Dd][Vv]',
  'Sinistra Ecologia e? ?Libert[àa]',
  'S[Ee][Ll]',
  'Scelta [Cc]ivica',
  'Nuovo Centrodestra',
  'N[Cc][Dd]',
  'Liberi e [Uu]guali',
  'L[Ee][Uu]',
  'Partito [Ss]ocialista',
  'P[Ss][Ii]',
  'Radicali [Ii]taliani',
].join('|');

const PARTY_NAME = new RegExp(`^(?:${PARTY_NAMES})$`, 'u');
/** Whether a word or phrase is one of the parties' names as news copy writes them ("Pd", "Forza Italia", "M5s"). */
export function isPartyName(text: string): boolean {
  return PARTY_NAME.test(text);
}

// A party named as such, a list or a side of a council, or a party's name in brackets after a name ("Rossi (Pd)",
// "(M5s)", "(Fratelli d'Italia)": a capital first; "(ANSA)" and other words all in capitals are not parties).
const PARTY_TEXT = new RegExp(String.raw`(?<![\p{L}])(?:partit[oi]|${PARTY_NAMES}|list[ae] civic[ahe]|lista|liste|centrodestra|centrosinistra|centro-destra|centro-sinistra|coalizione|schieramento|gruppo consiliare|capogruppo|consigliere di (?:maggioranza|opposizione)|consigliera di (?:maggioranza|opposizione))(?![\p{L}])`, 'u');
// A name's bracket that may hold its party (group 1): "Rossi (Pd)", "(Alleanza Sardegna)".
const PARTY_BRACKET = /\p{L}\s+\((\p{Lu}(?![\p{Lu}]+\))[\p{L}+'’ ]{1,24})\)/gu;

/**
 * Whether a text writes a party in a bracket after a name: not a place the text names as one elsewhere ("i sindaci
 * Valentina Cuppi (Marzabotto) e Bruno Pasquini (Monzuno)" beside "i Comuni di Marzabotto e Monzuno": their towns).
 */
function partyInBracket(text: string): boolean {
  for (const m of text.matchAll(PARTY_BRACKET)) {
    const inside = escapeRegExp(m[1]!.trim());
    const place = new RegExp(`(?<![\\p{L}])(?:di|a|da|in|e)\\s+${inside}(?![\\p{L}])`, 'u');
    if (!place.test(text.replace(m[0], ''))) return true;
  }
  return false;
}

// A time since or a length of time: a year, a century, a decade, or a number of years, months or days.
const SINCE_TEXT = /(?<![\p{N}])(?:1\d|20)\d{2}(?![\p{N}])|(?<![\p{L}])(?:secol[oi]|anni\s+(?:venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta|\d{2}))(?![\p{L}])|(?<![\p{L}\p{N}])(?:\d+|un|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|\p{L}+(?:anta|enti|ici))\s+(?:anni|anno|mesi|mese|settimane|giorni|decenni)(?![\p{L}])|(?<![\p{L}])(?:trent|quarant|vent|cinquant|sessant)['’]anni(?![\p{L}])/iu;

// A size, a weight or a distance as a text writes it: a number, then a unit of measure ("700 chilogrammi", "circa 2,7
// km", "un’area di 2mila metri quadrati", "a circa un chilometro", "25 ettari", "40 feet").
// (the short symbols only after figures: "uno ha detto" gives no hectares)
const MEASURE_UNITS = 'metri|metro|chilometri|chilometro|centimetri|centimetro|millimetri|ettari|ettaro|chili|chilo|chilogrammi|chilogrammo|grammi|grammo|tonnellate|tonnellata|quintali|quintale|litri|litro|miglia|miglio|gradi|grado|nanometri|micron|minuti|minuto|metres|metre|meters|meter|kilometres|kilometre|kilometers|kilometer|miles|mile|feet|foot|inches|inch|pounds|pound|tons|ton|tonnes|tonne|kilograms|kilogram|kilos|kilo|acres|acre|yards|yard|litres|litre|liters|liter|gallons|gallon';
const MEASURE_SYMBOLS = 'm|km|cm|mm|nm|mq|m2|m²|m3|m³|mc|kmq|km2|km²|ha|kg|g|ft|lbs|lb|°C|°F|°';
const MEASURE_TEXT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\d[\d.,]*\s*(?:mila|milioni)?\s*(?:${MEASURE_UNITS}|${MEASURE_SYMBOLS})|(?:un|uno|una|mezzo|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|cento|mille)\s+(?:${MEASURE_UNITS}))(?![\p{L}])`,
  'iu',
);
// A time of day: "14.30", "2:30", "alle 11", "dalle ore 9", "le 11.30", "mezzanotte", "8 p.m.", and an hour in words
// ("all’una", "alle tre di notte", "verso le sei del mattino", "alle dieci e mezza"; a number word alone after "alle"
// is often a count, "alle due squadre").
const CLOCK_TEXT = /(?<![\p{L}])(?:all|dall|verso\s+l|sull)['’]\s*una(?![\p{L}])(?!\s+(?:e\s+)?(?:all['’]altr|sola|volta))|(?<![\p{L}])(?:alle|dalle|le|verso\s+le|sulle)\s+(?:due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici)\s+(?:di\s+notte|del\s+mattino|della\s+mattina|di\s+mattina|del\s+pomeriggio|di\s+sera|della\s+sera|e\s+mezza|e\s+mezzo|e\s+un\s+quarto|in\s+punto)(?![\p{L}])|(?<![\p{L}\p{N}.,])(?:[01]?\d|2[0-3])[.:][0-5]\d(?![\p{N}]|[.,]\d|\s*(?:%|€|euro|per\s+cento))|(?<![\p{L}])(?:alle|dalle|delle|le|ore)\s+(?:ore\s+)?(?:[01]?\d|2[0-3])(?![\p{N}])(?!\s*(?:%|euro|anni|mesi|giorni|persone|per\s+cento))|(?<![\p{L}])(?:mezzanotte|mezzogiorno)(?![\p{L}])|(?<![\p{N}])\d{1,2}\s*[ap]\.?\s?m\.?(?![\p{L}])/iu;

// A number, in figures or in words ("tre", "una dozzina", "centinaia", "un migliaio"). (Measured and left out:
// vague quantities too, "tutti", "molti", "alcuni": Italian news questions of the development folders R@1 −3.)
const NUMBER_WORDS =
  'un[oa]?|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta|cento|mille|mila|milion[ei]|miliard[oi]|decin[ae]|centinaia|migliai[ao]|dozzin[ae]|nessun[oa]?|entrambi|entrambe|ambedue|metà|doppio|triplo|coppia|paio|singol[oa]';
const COUNT_TEXT = new RegExp(`\\d|(?<![\\p{L}])(?:${NUMBER_WORDS})(?![\\p{L}])|(?<![\\p{L}])(?:${ELIDED_TENS})['’]\\p{L}`, 'iu');

const NOT_A_COUNT = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:1[89]|20)\\d{2}|\\d{1,2}\\s+(?:${ITALIAN_MONTHS})|(?:[01]?\\d|2[0-3])[.:][0-5]\\d)(?![\\p{L}\\p{N}])`, 'giu');

// A match's score: "63-66", "3 – 1", "tre a zero" in figures ("3 a 0"), or points ("ha chiuso con 35 punti").
const SCORE_TEXT = /(?<![\p{N}.,:/–-])\d{1,3}\s*[-–]\s*\d{1,3}(?![\p{N}]|[.,:]\d)|(?<![\p{L}\p{N}])\d{1,3}\s+a\s+\d{1,3}(?![\p{N}])|(?<![\p{L}\p{N}])\d{1,3}\s+punti(?![\p{L}])/u;

// A year in figures ("nel 1978", "dal 2019").
const YEAR_TEXT = /(?<![\p{N}.,])(?:1\d{3}|20\d{2})(?![\p{N}]|[.,]\d)/u;

// A day: a day of a month or a month ("il 14 febbraio", "1° marzo", "entro fine marzo"), a weekday, a day named from
// today ("domani"), or a date in figures ("14/02", "14.02.2025"; with dots only with its year, "alle 21.10" being a
// time).
const DATE_TEXT = new RegExp(
  `(?<![\\p{L}])(?:${ITALIAN_MONTHS}|${ITALIAN_WEEKDAYS}|oggi|domani|ieri|dopodomani|stasera|stamattina|stamani|stanotte)(?![\\p{L}])|(?<![\\p{N}.,/])(?:[0-2]?\\d|3[01])(?:/(?:0?[1-9]|1[0-2])(?:/(?:\\d{2}|\\d{4}))?|\\.(?:0?[1-9]|1[0-2])\\.(?:\\d{2}|\\d{4}))(?![\\p{N}]|[.,]\\d)`,
  'iu',
);

/**
 * Whether a text states a fact of a kind.
 * @param kind - the kind
 * @param text - a paragraph or sentence
 * @returns true when it does
 * @example
 * statesFact('age', 'Il sindaco Paolo Rossi, 52 anni, ha giurato.') // true
 * statesFact('party', 'ha detto la consigliera Anna Bruni (Pd)') // true
 */
export function statesFact(kind: FactKind, text: string): boolean {
  if (kind === 'money') return holdsMoney(text);
  if (kind === 'clock' || kind === 'hours') return CLOCK_TEXT.test(text);
  if (kind === 'date') return DATE_TEXT.test(text);
  if (kind === 'year') return YEAR_TEXT.test(text);
  if (kind === 'score') return SCORE_TEXT.test(text);
  if (kind === 'since') return SINCE_TEXT.test(text);
  // (a size may be a sum: "how big is the deficit", "quanto è grande il buco di bilancio")
  if (kind === 'measure') return MEASURE_TEXT.test(text) || holdsMoney(text);
  if (kind === 'age') return AGE_TEXT.test(text);
  // (or the place a life span opens with: "(Lucca, 25 gennaio 1708 – Roma, 4 febbraio 1787)")
  if (kind === 'origin') return ORIGIN_TEXT.test(text) || lifeSpanBirthplace(text);
  // (a year or a day of the month is no count: "dal 1978", "il 14 febbraio")
  if (kind === 'count') {
    const plain = text.replace(NOT_A_COUNT, ' ');
    return COUNT_TEXT.test(plain) || [...plain.matchAll(COUNT_TOKEN)].some((m) => isNumberWord(m[0].toLowerCase()));
  }
  return PARTY_TEXT.test(text) || partyInBracket(text);
}

/** How many words apart a count and what it counts may stand: "120 dipendenti", "i dipendenti sono oltre 120". */
export const COUNT_REACH = 5;

// A word or a number in figures ("1.200", "3,5") of a text, for `statesCountOf`.
const COUNT_TOKEN = /[\p{L}\p{N}]+(?:[.,]\d+)*/gu;
// One of those number words, as a whole word.
// (an elided ten stands alone as a token only where its apostrophe split it from the next word: "vent’anni")
const COUNT_WORD = new RegExp(`^(?:${NUMBER_WORDS}|${ELIDED_TENS})$`, 'iu');

// The words that make a number of four figures a year: "nel 1840", "dal 2019", "il 2023", "anno 2024", "maggio 2024",
// "2023-2024".
const YEAR_BEFORE = new RegExp(`(?:(?<![\\p{L}])(?:nel|nell|del|dell|dal|dall|al|all|il|l|fino al|sino al|entro il|anno|anni|${ITALIAN_MONTHS})\\s*['’]?\\s*|[-–/]\\s*)$`, 'iu');

// A count said without a number, right before what it counts: "diversi laghi", "numerosi iscritti".
const VAGUE_COUNT = /^(?:diversi|diverse|numerosi|numerose|molti|molte|tanti|tante|parecchi|parecchie|svariati|svariate|pochi|poche|several|many|few|numerous)$/u;

// The parts Italian number words are made of, elided forms too ("ventuno", "centotto"): "trecento", "duemila",
// "trentacinque", "duecentocinquantamila".
const NUMBER_PART =
  'un|uno|due|tre|tré|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|vent|venti|trent|trenta|quarant|quaranta|cinquant|cinquanta|sessant|sessanta|settant|settanta|ottant|ottanta|novant|novanta|cent|cento|mila|mille';
// Number words made of others, and the approximate ones ("una ventina", "un centinaio").
const COMPOUND_NUMBER = new RegExp(`^(?:(?:${NUMBER_PART})(?:${NUMBER_PART})+|(?:ven|tren|quaran|cinquan|sessan|settan|ottan|novan)tina|centinaio)$`, 'u');
// Ordinals, which count what came before: "il quarto suicidio dall'inizio dell'anno", "il trentanovesimo in Italia"
// ("primo" and "secondo" are left out: "primo cittadino", "secondo il sindaco").
const ORDINAL_NUMBER = new RegExp(
  `^(?:terz|quart|quint|sest|settim|ottav|non|decim|(?:${NUMBER_PART})*(?:undic|dodic|tredic|quattordic|quindic|sedic|diciassett|diciott|diciannov|vent|trent|quarant|cinquant|sessant|settant|ottant|novant|cent|mill)esim|(?:${NUMBER_PART})+(?:un|due|tre|quattr|cinqu|sei|sett|ott|nov)esim)[oaie]$`,
  'u',
);

/** Whether a word (lower case) is a number written in words, compound or ordinal ("tre", "trentacinque", "quarto"). */
const isNumberWord = (word: string): boolean => COUNT_WORD.test(word) || COMPOUND_NUMBER.test(word) || ORDINAL_NUMBER.test(word);

/**
 * Whether a text states a count of what a question counts: a number (in figures or in words, not a year, a day of
 * the month or a time of day) within `COUNT_REACH` words of a word naming it ("Lo stabilimento conta 1.200
 * dipendenti", "gli iscritti sono oltre 300"), or given by a copula to a subject naming it, within `SUBJECT_REACH`
 * words ("gli eventi della sequenza sismica in Italia centrale sono stati più di 52.700").
 * @param text - a sentence
 * @param counts - whether a word (lower case) names what is counted
 * @returns true when it does
 * @example
 * statesCountOf('La Berco ha chiuso il 2023 con 1.500 dipendenti.', (w) => w === 'dipendenti') // true
 * statesCountOf('Nel 2023 la Berco ha assunto dipendenti.', (w) => w === 'dipendenti') // false
 * statesCountOf('Servivano nuovi dipendenti e la Berco ne ha assunti 40.', (w) => w === 'dipendenti') // true
 */
export function statesCountOf(text: string, counts: (word: string) => boolean): boolean {
  // (a year where a date reads it so, "nel 1840", "dal 2019": "sono state ben 1840 le chiamate" is a count)
  const plain = text.replace(NOT_A_COUNT, (m, at: number) => (/^\d{4}$/u.test(m) && !YEAR_BEFORE.test(text.slice(Math.max(0, at - 12), at)) ? m : ' '.repeat(m.length)));
  const numbers: number[] = [];
  const counted: number[] = [];
  const vague: number[] = [];
  let i = 0;
  const words: string[] = [];
  for (const m of plain.matchAll(COUNT_TOKEN)) {
    const w = m[0].toLowerCase();
    words.push(w);
    if (/^\p{N}/u.test(w) || isNumberWord(w)) numbers.push(i);
    else if (counts(w)) counted.push(i);
    else if (VAGUE_COUNT.test(w)) vague.push(i);
    // the partitive "ne" stands for what was named before it: "non sono previste commissioni, ma ne sono state
    // programmate tre"
    else if (w === 'ne' && counted.length) counted.push(i);
    i++;
  }
  return numbers.some((n) => counted.some((c) => Math.abs(n - c) <= COUNT_REACH || countedBySubject(words, c, n))) || vague.some((v) => counted.includes(v + 1));
}

// A copula that gives its subject's count, and the words that may stand between it and the number.
const COUNT_COPULA = /^(?:sono|erano|saranno|furono|risultano|risultavano)$/u;
const COUNT_APPROXIMATION = /^(?:stati|state|più|piu|di|oltre|circa|quasi|meno|almeno|ben|appena|solo|soltanto|già)$/u;
// How many words the subject naming what is counted may run before its copula: "gli eventi della sequenza sismica in
// Italia centrale sono stati più di 52.700".
const SUBJECT_REACH = 12;

/**
 * Whether the number at `n` is the count a copula gives of a subject that holds the counted word at `c`: the counted
 * word, then the subject's other words, then "sono (stati) (più di) N".
 */
function countedBySubject(words: readonly string[], c: number, n: number): boolean {
  let k = n - 1;
  while (k > c && n - k <= 4 && COUNT_APPROXIMATION.test(words[k]!)) k--;
  return k > c && COUNT_COPULA.test(words[k]!) && k - c <= SUBJECT_REACH;
}

// A short sentence that only gives a number with "essere" or a verb of remaining, its subject left unsaid: "Oggi sono
// 71.", "Adesso sono oltre trecento.", "Ne restano 12."
const COUNT_GOES_ON = new RegExp(
  `^(?:\\p{L}+\\s+){0,2}(?:sono|erano|saranno|restano|rimangono|ne restano|ne rimangono)\\s+(?:(?:oltre|circa|quasi|più di|meno di|appena|solo|soltanto|già|ormai)\\s+)?(?:\\d[\\d.,]*|${NUMBER_WORDS})\\s*[.!;]?$`,
  'iu',
);

/**
 * Whether a sentence goes on with the count of what the sentence before it names: "Nel 2021 i cani ospiti erano una
 * cinquantina. Oggi sono 71." — the second sentence counts the dogs.
 * @param text - the sentence
 * @param before - the sentence before it
 * @param counts - whether a word (lower case) names what is counted
 * @returns true when the sentence gives only a number and the one before names what is counted
 * @example
 * continuesCount('Oggi sono 71.', 'Nel 2021 i cani ospiti erano una cinquantina.', (w) => w === 'cani') // true
 */
export function continuesCount(text: string, before: string, counts: (word: string) => boolean): boolean {
  if (!COUNT_GOES_ON.test(text.trim())) return false;
  for (const m of before.matchAll(COUNT_TOKEN)) if (counts(m[0].toLowerCase())) return true;
  return false;
}

/**
 * Whether a text gives the party of someone it names by `surname`: a party word or name close to the surname (within
 * `PARTY_REACH` characters either side, in the same sentence, with no other person named between), or a party's
 * bracket right after the surname or after the names coordinated with it ("i consiglieri Polese e Braia (Iv)"). A
 * party in the same sentence that belongs to someone else is not theirs: "all'Onorevole Devis Dori (Alleanza Verdi e
 * Sinistra) … al Capo di Gabinetto Alberto Rizzo".
 * @param text - a paragraph or sentence
 * @param surname - the name's last word as the question writes it
 * @returns true when the text gives that person's party
 * @example
 * statesPartyOf('gli assessori Fanelli e Galella hanno risposto a Polese e Braia (Iv)', 'Fanelli') // false
 * statesPartyOf('il consigliere di Forza Italia Marco Scajola', 'Scajola') // true
 */
export function statesPartyOf(text: string, surname: string): boolean {
  for (const m of text.matchAll(wholeWord(surname, 'gu'))) {
    const end = m.index + m[0].length;
    // (up to the next sentence's end, and up to another person: a capitalised pair of words)
    // (each party written as one mark first, so that a party's capitalised words are not taken for a person's)
    const after = cutAtOther(text.slice(end, end + PARTY_REACH).replace(PARTY_TEXT_ALL, PARTY_MARK), 'after');
    const before = cutAtOther(text.slice(Math.max(0, m.index - PARTY_REACH), m.index).replace(PARTY_TEXT_ALL, PARTY_MARK), 'before');
    if (before.includes(PARTY_MARK) || after.includes(PARTY_MARK)) return true;
    // "Braia (Iv)", "Polese e Braia (Iv)": the bracket after the name or after the names coordinated with it
    const bracket = /^(?:\s*(?:,|e|ed)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)*\s*\(([^()]{1,40})\)/u.exec(text.slice(end));
    if (bracket && partyInBracket(`${surname} (${bracket[1]})`) && !/^\d/u.test(bracket[1]!)) return true;
  }
  return false;
}

const PARTY_TEXT_ALL = new RegExp(PARTY_TEXT.source, 'gu');
const PARTY_MARK = '\u0000';

// How far from a name its party may stand: "il consigliere di Fratelli d'Italia Marco Rossi", "Marco Rossi, capogruppo
// della Lega in consiglio".
const PARTY_REACH = 60;

// A stretch of text beside a name (its parties marked), cut where a sentence ends or another person is named (two
// capitalised words in a row), `side` saying which end of the stretch touches the name.
function cutAtOther(stretch: string, side: 'before' | 'after'): string {
  const stop = /[.!?;](?:\s|$)|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/gu;
  const hits = [...stretch.matchAll(stop)];
  if (!hits.length) return stretch;
  if (side === 'after') return stretch.slice(0, hits[0]!.index);
  // (a person coordinated with the name shares what stands before both: "di Forza Italia Marco Scajola e Roberta")
  for (let i = hits.length - 1; i >= 0; i--) {
    const rest = stretch.slice(hits[i]!.index + hits[i]![0].length);
    if (!/^\s*(?:,|e|ed)\s+(?:\p{Lu}\p{Ll}+\s*)?$/u.test(rest) || hits[i]![0].startsWith('.')) return rest;
  }
  return stretch;
}

/**
 * Whether a text names a sum of money or says something is free.
 * @param text - a paragraph or sentence
 * @returns true when it does
 * @example
 * holdsMoney('I lavori sono costati 400mila euro.') // true
 * holdsMoney('I lavori sono finiti a maggio.') // false
 */
export function holdsMoney(text: string): boolean {
  return MONEY_TEXT.test(text);
}

// The words with which questions ask for these facts ("quanto costa", "quanti anni", "che partito", "a che ora"),
// in Italian (an English question's words arrive translated): a passage holding only these holds none of what the
// question is about.
const FACT_WORDS =
  'costo costi costare costa costato prezzo prezzi valore valere vale fatturato stipendio budget importo compenso ricavo incasso incassare investimento investire finanziamento canone affitto soldi denaro euro dollari fondi spesa spendere speso pagare pagato guadagnare guadagno anni anno età partito partiti ora ore orario orari apertura tempo';
let factStems: ReadonlySet<string> | undefined;

/**
 * Whether an index term is one of the words questions ask for these facts with (their stems).
 * @param term - an index term
 * @returns true for the stems of "costo", "prezzo", "anni", "partito", "ora"…
 */
export function isFactWord(term: string): boolean {
  factStems ??= new Set(analyze(FACT_WORDS, 'it').map((t) => t.term));
  return factStems.has(term);
}
