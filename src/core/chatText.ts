/**
 * Reading a question as people type it in a chat, before it is analysed: mentions (`@everyone`, `<@123>`) and chat
 * fillers (`raga`, `scusate`, `tipo`, `lol`, a greeting in front) are dropped, Italian and English chat
 * abbreviations are spelt out (`xke` → perché, `nn` → non, `x` → per, `u` → you), and the accent of the verb
 * "è" and of the common accented function words typed without it is put back (`chi e` → chi è, `perche` →
 * perché). A line that is only a greeting or a thanks is small talk, not a question.
 *
 * Content words need no accent restoration: the index folds accents (`citta` and `città` are one term). Only the
 * function words that decide how a question is read (question words, the copula of "cos'è X", "più") are restored.
 *
 * The tables below are general Italian and English chat usage, the same for every article; each row is tested in
 * `test/core/chatText.test.ts`.
 */
import type { Lang } from './analysis.js';
import { detectLanguage } from './language.js';
import { escapeRegExp, GuardedPattern, wordPattern } from './guardedPattern.js';

/** What a line that is not a question is. */
export type SmallTalk = 'hello' | 'thanks';

/** A chat line read as a question. */
export interface ChatReading {
  /** The question with mentions and fillers dropped and abbreviations spelt out (the original when nothing changed). */
  readonly text: string;
  /** Set when the line is only a greeting or a thanks. */
  readonly smallTalk?: SmallTalk;
  /** The language detected on exactly `text` (absent when a language was given, or `text` changed after detection). */
  readonly lang?: Lang;
}

/** Discord mentions and plain-text mentions: users, roles, channels, `@everyone`, `@here`, `@name`. */
const MENTION = new GuardedPattern('<@[!&]?\\d+>|<#\\d+>|(?<![\\p{L}\\p{N}])@[\\p{L}\\p{N}_.-]+', 'gu', /[<@]/);
/**
 * Discord markdown a question may be typed with: the marks of bold, italics, underline, strikethrough, spoilers and
 * code (`**chi** è`, `` `lambert` ``, `||…||`), and a quote, heading or subtext mark at the start of the line (`> `,
 * `# `, `-# `). The words inside are kept; a lone `*` or `_` inside a word (snake_case, 2*3) is not a mark.
 */
const MARKDOWN = new GuardedPattern(
  '\\*\\*|__|~~|\\|\\||`+|(?<![\\p{L}\\p{N}])[*_](?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}?!.])[*_](?![\\p{L}\\p{N}])|^\\s*(?:>>>|>|-#|#{1,3})\\s+',
  'gu',
  /[*_~|`>#]/,
);
/** Emoji, with a guard that holds every emoji's first code unit (checked in test/core/guardedPattern.test.ts). */
export const EMOJI = new GuardedPattern('\\p{Extended_Pictographic}|\\p{Emoji_Modifier}|\\uFE0F', 'gu', /[\u00A9\u00AE\u203C-\u3299\uD800-\uDBFF]|\uFE0F/);

/** Words that only greet. */
const GREETINGS: readonly string[] = [
  'ciao', 'salve', 'buongiorno', 'buon giorno', 'buonasera', 'buona sera', 'buon pomeriggio', 'hey', 'hei', 'ehi', 'ehilà',
  'hi', 'hello', 'hallo', 'yo', 'good morning', 'good afternoon', 'good evening', 'hola',
];
/** Words that only thank. */
const THANKS: readonly string[] = [
  'grazie', 'grazie mille', 'grazie tante', 'mille grazie', 'grz', 'thanks', 'thank you', 'thx', 'ty', 'tnx', 'cheers',
  'thanks a lot', 'thank you so much', 'perfetto', 'ottimo', 'gentilissimo', 'gentilissima',
];
/** Words that may go with a greeting or a thanks without making it a question ("ciao a tutti", "ok grazie brano"). */
const COMPANIONS: readonly string[] = [
  'a', 'tutti', 'tutte', 'raga', 'ragazzi', 'ragazze', 'gente', 'brano', 'bot', 'ok', 'okay', 'ok,', 'va bene', 'allora',
  'there', 'all', 'everyone', 'everybody', 'guys', 'folks', 'so much', 'a lot', 'again', 'anche', 'di nuovo', 'ancora',
  'e', 'and', 'mille', 'tante', 'davvero', 'really', 'molto', 'very', 'much',
];

/**
 * Fillers dropped wherever they stand: chat interjections that never carry what a question is about.
 */
const FILLERS_ANYWHERE: readonly string[] = ['raga', 'ragà', 'regà', 'lol', 'lmao', 'xd', 'pls', 'plz', 'please', 'ahah', 'ahaha', 'haha', 'boh', 'ehm', 'uhm', 'umm', 'uh', 'um'];
/**
 * Fillers dropped at the start of a question (any number of them, with the punctuation after them): greetings,
 * calls for attention, discourse markers.
 */
const FILLERS_LEADING: readonly string[] = [
  ...GREETINGS, 'ragazzi', 'ragazze', 'gente', 'scusate', 'scusa', 'scusami', 'scusatemi', 'senti', 'sentite',
  'ma', 'tipo', 'cmq', 'comunque', 'allora', 'ok', 'okay', 'dai', 'beh', 'mah', 'insomma', 'quindi', 'brano',
  'una domanda', 'domanda', 'domandina', 'nn ho capito', 'non ho capito', 'qualcuno sa', 'qlc sa', 'sapete',
  'guys', 'so', 'well', 'quick question', 'question', 'btw', 'ok so', 'oh', 'wait', 'hmm',
];

/**
 * Chat abbreviations and the words they stand for, Italian (`it`) and English (`en`). A row applies to a
 * whole word only, in questions of its language; `both` rows are unambiguous in either.
 */
const ABBREVIATIONS: readonly { readonly short: readonly string[]; readonly long: string; readonly lang: Lang | 'both' }[] = [
  { short: ['xke', 'xké', 'xkè', 'xche', 'xché', 'xchè', 'xk', 'perke', 'perkè', 'pk'], long: 'perché', lang: 'it' },
  { short: ['x'], long: 'per', lang: 'it' },
  { short: ['nn'], long: 'non', lang: 'it' },
  { short: ['qlc', 'qlcs', 'qcs', 'qls', 'qualcs'], long: 'qualcosa', lang: 'it' },
  { short: ['qlcn', 'qlk1', 'qualcun'], long: 'qualcuno', lang: 'it' },
  { short: ['cmq', 'cmnq'], long: 'comunque', lang: 'it' },
  { short: ['sn'], long: 'sono', lang: 'it' },
  { short: ['cn'], long: 'con', lang: 'it' },
  { short: ['ki'], long: 'chi', lang: 'it' },
  { short: ['ke', 'k'], long: 'che', lang: 'it' },
  { short: ['dv'], long: 'dove', lang: 'it' },
  { short: ['qnd', 'qndo', 'qdo', 'qnt'], long: 'quando', lang: 'it' },
  { short: ['cm'], long: 'come', lang: 'it' },
  { short: ['tt'], long: 'tutto', lang: 'it' },
  { short: ['anke', 'ank'], long: 'anche', lang: 'it' },
  { short: ['xò', 'xo'], long: 'però', lang: 'it' },
  { short: ['qst', 'qsto'], long: 'questo', lang: 'it' },
  // (the demonstrative cut short as speech says it: "sti lupi", "ste bollette"; "sto" and "sta" are also "stare")
  { short: ['sti'], long: 'questi', lang: 'it' },
  { short: ['ste'], long: 'queste', lang: 'it' },
  { short: ['qll', 'qllo'], long: 'quello', lang: 'it' },
  { short: ['mlt'], long: 'molto', lang: 'it' },
  { short: ['sl'], long: 'solo', lang: 'it' },
  { short: ['dp'], long: 'dopo', lang: 'it' },
  { short: ['u'], long: 'you', lang: 'en' },
  { short: ['r'], long: 'are', lang: 'en' },
  { short: ['ur'], long: 'your', lang: 'en' },
  { short: ['y'], long: 'why', lang: 'en' },
  { short: ['whats', 'wats', 'wuts'], long: 'what is', lang: 'en' },
  { short: ['whos'], long: 'who is', lang: 'en' },
  { short: ['wheres'], long: 'where is', lang: 'en' },
  { short: ['hows'], long: 'how is', lang: 'en' },
  { short: ['wat', 'wut', 'wht'], long: 'what', lang: 'en' },
  { short: ['abt', 'bout'], long: 'about', lang: 'en' },
  { short: ['bc', 'bcs', 'cuz', 'coz', 'cos'], long: 'because', lang: 'en' },
  { short: ['ppl'], long: 'people', lang: 'en' },
  { short: ['tho'], long: 'though', lang: 'en' },
  { short: ['doesnt'], long: "doesn't", lang: 'en' },
  { short: ['didnt'], long: "didn't", lang: 'en' },
  { short: ['isnt'], long: "isn't", lang: 'en' },
];

/**
 * Italian function words typed without their accent, and the accented form. The verb "è" is put back only after
 * a question word (`chi e`, `cos e`, `cos'e`, `dove e`, `quando e`, `qual e`, `com e`), where "e" cannot be "and".
 */
const ACCENTS: readonly { readonly plain: string; readonly accented: string }[] = [
  { plain: 'perche', accented: 'perché' },
  { plain: 'poiche', accented: 'poiché' },
  { plain: 'finche', accented: 'finché' },
  { plain: 'affinche', accented: 'affinché' },
  { plain: 'piu', accented: 'più' },
  { plain: 'gia', accented: 'già' },
  { plain: 'puo', accented: 'può' },
  { plain: 'cioe', accented: 'cioè' },
  { plain: 'cosi', accented: 'così' },
  { plain: 'pero', accented: 'però' },
  { plain: 'perche\'', accented: 'perché' },
  { plain: 'e\'', accented: 'è' },
];
/** Question words after which a lone "e" is the verb "è". */
const COPULA_AFTER = wordPattern("(chi|cos|cosa|che cos|che cosa|dove|quando|qual|quale|com|quanto|quanta|di chi|chi non)(?:\\s+|\\s*['’]\\s*)e", 'giu', { after: "(?![\\p{L}\\p{N}'’])" });

const words = (list: readonly string[]) => list.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).sort((a, b) => b.length - a.length).join('|');
const E = '(?![\\p{L}\\p{N}])';
const ANYWHERE_RE = wordPattern(`(?:${words(FILLERS_ANYWHERE)})`, 'giu', { after: `${E}[!?.,;:]*` });
const LEADING_RE = wordPattern(`^\\s*(?:${words(FILLERS_LEADING)})`, 'iu', { before: '', after: `${E}[\\s!?.,;:…-]*` });
const SMALL_TALK_RE = (list: readonly string[]) => new RegExp(`^(?:(?:${words([...list, ...COMPANIONS])})${E}[\\s!?.,;:…]*)+$`, 'iu');
const HELLO_ONLY = SMALL_TALK_RE(GREETINGS);
const THANKS_ONLY = SMALL_TALK_RE(THANKS);
const HAS_GREETING = wordPattern(`(?:${words(GREETINGS)})`, 'iu');
const HAS_THANKS = wordPattern(`(?:${words(THANKS)})`, 'iu');
const ABBREVIATION_RE = {
  it: abbreviationPattern('it'),
  en: abbreviationPattern('en'),
};
const ABBREVIATION_OF = new Map(ABBREVIATIONS.flatMap((a) => a.short.map((s) => [`${a.lang === 'both' ? 'it' : a.lang}:${s}`, a.long] as const)));
const ACCENT_RE = wordPattern(`(${ACCENTS.map((a) => escapeRegExp(a.plain)).join('|')})`, 'giu', { after: "(?![\\p{L}\\p{N}'’])" });
const ACCENT_OF = new Map(ACCENTS.map((a) => [a.plain, a.accented]));

function abbreviationPattern(lang: Lang): GuardedPattern {
  const shorts = ABBREVIATIONS.filter((a) => a.lang === lang || a.lang === 'both').flatMap((a) => a.short);
  // A word of its own: not inside a number ("x86", "4x"), a name ("U2") or an elision.
  return wordPattern(`(${words(shorts)})`, 'giu', { before: "(?<![\\p{L}\\p{N}'’-])", after: "(?![\\p{L}\\p{N}'’-])" });
}

/**
 * Whether a chat line is only a greeting or only a thanks (with "a tutti", "brano", "ok", punctuation, mentions).
 * @param line - what the user typed
 * @returns the kind of small talk, or undefined for anything else
 * @example
 * smallTalkOf('Ciao a tutti!') // 'hello'
 * smallTalkOf('ok grazie mille') // 'thanks'
 * smallTalkOf('ciao, chi è Lambert?') // undefined
 */
export function smallTalkOf(line: string): SmallTalk | undefined {
  const text = EMOJI.replace(MENTION.replace(line.normalize('NFC'), ' '), ' ').trim();
  if (!text) return undefined;
  if (HAS_THANKS.test(text) && THANKS_ONLY.test(HAS_GREETING.replace(text, ' ').trim() || text)) return 'thanks';
  if (HAS_GREETING.test(text) && HELLO_ONLY.test(text)) return 'hello';
  return undefined;
}

/**
 * A name or topic as typed in a chat, without what only the chat adds: mentions (`@everyone`) and Discord markdown's
 * marks (`**Lambert**`). Nothing else is changed.
 * @param text - what the user typed
 * @returns the words, trimmed (the text as typed when nothing would be left)
 * @example
 * plainChatText('@everyone **Lambert**') // 'Lambert'
 */
export function plainChatText(text: string): string {
  const plain = withoutChatMarks(text).replace(/\s+/g, ' ').trim();
  return /[\p{L}\p{N}]/u.test(plain) ? plain : text.trim();
}

// A chat line without its mentions and markdown marks (NFC).
function withoutChatMarks(line: string): string {
  return MARKDOWN.replace(MENTION.replace(line.normalize('NFC'), ' '), '');
}

/**
 * Reads a chat line as a question: mentions and fillers out, abbreviations spelt out, the accents of question words
 * back. A line that is only small talk is returned unchanged with `smallTalk` set.
 * @param line - what the user typed
 * @param lang - the language to read abbreviations in (default: detected once mentions and fillers are gone)
 * @returns the question to analyse
 * @example
 * readChatQuestion('raga chi e lambert', 'it').text // 'chi è lambert'
 * readChatQuestion('@everyone xke meta nn lo dice?', 'it').text // 'perché meta non lo dice?'
 */
export function readChatQuestion(line: string, lang?: Lang): ChatReading {
  const talk = smallTalkOf(line);
  if (talk) return { text: line, smallTalk: talk };
  let text = withoutChatMarks(line);
  text = ANYWHERE_RE.replace(text, ' ');
  for (let i = 0; i < 6; i++) {
    const next = LEADING_RE.replace(text, '');
    if (next === text) break;
    text = next;
  }
  const detectedOn = text;
  const read = lang ?? detectLanguage(text);
  text = ABBREVIATION_RE[read].replace(text, (w) => ABBREVIATION_OF.get(`${read}:${w.toLowerCase()}`) ?? w);
  if (read === 'it') {
    text = ACCENT_RE.replace(text, (w) => ACCENT_OF.get(w.toLowerCase()) ?? w);
    text = COPULA_AFTER.replace(text, (_m, q: string) => (/(?:^|\s)(cos|com)$/i.test(q) ? `${q}'è` : `${q} è`));
  }
  text = text.replace(/\s+/g, ' ').replace(/\s+([?!.,;:])/g, '$1').trim();
  // Nothing left but punctuation: keep the line as typed (the analysis finds it empty).
  if (!/[\p{L}\p{N}]/u.test(text)) return { text: line };
  return !lang && text === detectedOn ? { text, lang: read } : { text };
}
