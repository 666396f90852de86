/**
 * Questions that ask what something costs, is worth or earned ("Quanto è costata la rotatoria?", "How much did the
 * bodycams cost?"), and passages that can answer them: the answer to such a question is a sum of money, or "free",
 * and a paragraph that names neither does not give it, however many of the question's words it holds. News copy
 * often leaves the price out, and readers often ask for it.
 */
import { wordPattern, type GuardedPattern } from './guardedPattern.js';

// A lower-case letter of an Italian or English word (the question is lower-cased first; no Unicode classes, which V8
// builds afresh each time a pattern is compiled).
const L = '[a-zàèéìòù]';

// Italian and English ways of asking for a sum. "quanto spesso" (how often) is no sum: "spes-" counts only as the
// participle of "spendere" (speso, spesi…).
const MONEY_QUESTION: GuardedPattern = wordPattern(
  [
    // quanto costa / è costato / costerà / vale / valeva / ha speso / hanno incassato / è stato pagato / ha investito…
    `quanto (?:(?:è|e|sono|era|erano|sarà|saranno|è stato|è stata|sono stati|sono state) )?(?:cost[aoòi]${L}*|val[eg]${L}*|valeva${L}*)`,
    `quanto (?:(?:ha|hanno|aveva|avevano|avrà|avranno|è|sono) )?(?:speso|spesi|spende|spendono|spenderà|spenderanno|guadagn${L}*|incass${L}*|pagat[oaie]|pag[ah]${L}*|investit[oaie]|investe|investono|stanziat[oaie]|stanzia${L}*)`,
    'quanti (?:soldi|euro|dollari|fondi)',
    'quanto denaro',
    `a quanto ammont${L}+`,
    '(?:qual è|qual e|quale è|qual era|quale era|quanto è|quanto era) (?:il |l |lo )?(?:costo|prezzo|fatturato|valore|stipendio|budget|importo|compenso|ricavo|incasso|investimento|finanziamento|canone|affitto)',
    `how much (?:${L}+ ){0,8}?(?:cost|costs|costed|pay|pays|paid|spend|spends|spent|earn|earns|earned|worth|charge|charges|charged|raise|raised|invest|invests|invested)`,
    'how much money',
    `what (?:is|was|are|were|will be) the (?:${L}+ )?(?:cost|costs|price|prices|fee|fees|fare|fares|turnover|revenue|salary|budget|value|amount)`,
    `what (?:does|do|did|will) (?:${L}+ ){1,6}cost`,
  ]
    .map((p) => `(?:${p})`)
    .join('|'),
  'u',
);

/**
 * Whether a question asks for a sum of money (a price, a cost, a value, what was spent, earned or invested).
 * @param question - the question
 * @returns true for "Quanto costa il biglietto?", "How much was spent on the pitch?", "Qual è il fatturato di X?"
 * @example
 * asksForMoney('Quanto è costata la rotatoria?') // true
 * asksForMoney('Quanto spesso si vota?') // false
 */
export function asksForMoney(question: string): boolean {
  const q = ` ${question.normalize('NFC').toLowerCase().replace(/[’']/g, ' ').replace(/\s+/g, ' ')} `;
  return MONEY_QUESTION.test(q);
}

// A sum of money as a text writes it (a currency sign or word), or a price of nothing ("gratuito", "gratis").
const MONEY_TEXT = /[€$£¥]|(?<![A-Za-zÀ-ÿ0-9])(?:euro|eur|dollar[oi]|sterlin[ae]|lir[ae]|franch[io]|yen|gratuit[oaie]|gratis|gratuitamente)(?![A-Za-zÀ-ÿ])/i;

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
