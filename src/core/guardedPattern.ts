/**
 * Patterns compiled only when a cheap test says they may match. V8 compiles a regular expression on its first use,
 * and every Unicode property class in it (`\p{L}`, `\p{N}`) is built afresh from the Unicode tables: a word-list
 * pattern whose words must stand alone (`(?<![\p{L}\p{N}])…(?![\p{L}\p{N}])`) costs several hundred microseconds
 * to compile, most of a one-shot command's work on a question when there are a few dozen of them. Most lines hold
 * none of a list's words (no filler, no greeting, no chat abbreviation), so the list alone, without the assertions
 * around it, is tried first: it matches wherever the whole pattern does (assertions only ever rule matches out), so
 * when it finds nothing, neither would the whole pattern, which is then never compiled.
 */

/**
 * A text as a pattern that matches it literally ("Tod's (Pd)" → "Tod's \\(Pd\\)").
 * @param text - any text
 * @returns the text with the pattern syntax escaped
 */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** No letter or digit right before. */
export const WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
/** No letter or digit right after. */
export const WORD_AFTER = '(?![\\p{L}\\p{N}])';

/** A pattern tried only after a guard that matches wherever it does. */
export class GuardedPattern {
  private compiled: RegExp | undefined;
  private readonly guard: RegExp;

  /**
   * @param source - the pattern
   * @param flags - its flags
   * @param guard - a pattern that matches every text the whole pattern matches (it must never miss one)
   */
  constructor(
    readonly source: string,
    readonly flags: string,
    guard: RegExp,
  ) {
    this.guard = guard.global || guard.sticky ? new RegExp(guard.source, guard.flags.replace(/[gy]/g, '')) : guard;
  }

  /** The whole pattern, compiled on first use. */
  get regex(): RegExp {
    return (this.compiled ??= new RegExp(this.source, this.flags));
  }

  /**
   * Whether the pattern matches somewhere in a text (from its start, whatever the flags).
   * @param text - the text
   * @returns true on a match
   */
  test(text: string): boolean {
    if (!this.guard.test(text)) return false;
    const re = this.regex;
    re.lastIndex = 0;
    const found = re.test(text);
    re.lastIndex = 0;
    return found;
  }

  /**
   * `text.replace(pattern, replacement)`.
   * @param text - the text
   * @param replacement - as for `String.prototype.replace`
   * @returns the text with the matches replaced (the text itself when there is none)
   */
  replace(text: string, replacement: string | ((match: string, ...groups: string[]) => string)): string {
    if (!this.guard.test(text)) return text;
    return text.replace(this.regex, replacement as (match: string, ...groups: string[]) => string);
  }

  /**
   * `text.matchAll(pattern)` (the pattern must be global).
   * @param text - the text
   * @returns every match, in order
   */
  matchAll(text: string): IterableIterator<RegExpMatchArray> | readonly RegExpMatchArray[] {
    return this.guard.test(text) ? text.matchAll(this.regex) : [];
  }
}

/** No ASCII letter or digit right before: what {@link WORD_BEFORE} rules out includes what this rules out. */
export const ASCII_WORD_BEFORE = '(?<![A-Za-z0-9])';
/** No ASCII letter or digit right after. */
export const ASCII_WORD_AFTER = '(?![A-Za-z0-9])';

/** What stands around the core of a {@link wordPattern}, in the whole pattern and in its guard. */
export interface WordPatternParts {
  /** What comes before the core (default {@link WORD_BEFORE}). */
  readonly before?: string;
  /** What comes after it (default {@link WORD_AFTER}). */
  readonly after?: string;
  /** The guard's assertion before the core (default {@link ASCII_WORD_BEFORE}; `''` when `before` is `''`): it must
   * rule out no text position that `before` allows. */
  readonly guardBefore?: string;
  /** The guard's assertion after the core (default {@link ASCII_WORD_AFTER}): it must rule out no text position that
   * `after` allows right after the core. */
  readonly guardAfter?: string;
}

/**
 * A pattern of the form `before` + `core` + `after`, tried only when its guard, `core` between cheap assertions
 * (ASCII letters and digits only, no Unicode property class: the same flags, not global), matches: a match of the
 * whole pattern holds a match of `core` whose neighbours the guard's assertions allow.
 * @param core - the pattern without what stands around it
 * @param flags - the flags of the whole pattern
 * @param parts - what stands around the core, in the pattern and in its guard
 * @returns the guarded pattern
 * @example
 * wordPattern('(raga|lol)', 'giu').replace('raga chi è?', ' ') // ' chi è?'
 */
export function wordPattern(core: string, flags: string, parts: WordPatternParts = {}): GuardedPattern {
  const before = parts.before ?? WORD_BEFORE;
  const after = parts.after ?? WORD_AFTER;
  const guardBefore = parts.guardBefore ?? (before ? ASCII_WORD_BEFORE : '');
  const guardAfter = parts.guardAfter ?? ASCII_WORD_AFTER;
  return new GuardedPattern(`${before}${core}${after}`, flags, new RegExp(`${guardBefore}${core}${guardAfter}`, flags.replace(/[gy]/g, '')));
}

/**
 * A word as a pattern that finds it standing alone, not inside another word: "Rossi", not inside "Rossini".
 * @param word - the word as written
 * @param flags - the pattern's flags (with "u")
 * @returns the pattern
 */
export function wholeWord(word: string, flags = 'u'): RegExp {
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, flags);
}
