/**
 * Patterns whose words match in either case while a capital still means a capital. JavaScript's `i` flag folds case
 * everywhere, Unicode classes included: under it `\p{Lu}` matches any letter, so "followed by a capitalised word"
 * (`(?=\s+\p{Lu})`) becomes "followed by any word", and Node 20 has no way to turn the flag off for part of a
 * pattern. {@link casedPattern} writes each literal letter as both its cases instead (`così` → `[cC][oO][sS][ìÌ]`),
 * so the pattern needs no `i` and its `\p{Lu}` and `\p{Ll}` keep their meaning.
 */

/**
 * A pattern that matches what `new RegExp(source, flags + 'i')` matches, except that `\p{Lu}`, `\p{Ll}` and the other
 * escapes keep their case: every literal letter, in or out of a class, matches either case (a range of letters in a
 * class gets its other case too). The `i` flag, if given, is dropped.
 * @param source - the pattern's source
 * @param flags - its flags (`u` is needed for `\p{…}`)
 * @returns the pattern
 * @throws SyntaxError when the rewritten source is no pattern (as `new RegExp` would for the source)
 * @example
 * casedPattern('^come\\s+(?=\\p{Lu})', 'u').test('Come Ada Neri') // true
 * casedPattern('^come\\s+(?=\\p{Lu})', 'u').test('Come noto') // false
 */
export function casedPattern(source: string, flags: string): RegExp {
  return new RegExp(bothCases(source), flags.replace('i', ''));
}

// The other case of a letter, when it has one of a single character.
function otherCase(c: string): string | undefined {
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  const other = c === lower ? upper : lower;
  return other !== c && other.length === 1 && (other.toLowerCase() === lower || other.toUpperCase() === upper) ? other : undefined;
}

/**
 * The source with each literal letter written as both its cases.
 * @param source - a pattern's source
 * @returns the rewritten source
 */
export function bothCases(source: string): string {
  let out = '';
  let i = 0;
  // Copies an escape starting at `i` (a backslash): `\p{…}`, `\P{…}`, `\u{…}`, `\k<…>` whole, else two characters.
  const escape = () => {
    const next = source[i + 1] ?? '';
    if ((next === 'p' || next === 'P' || next === 'u') && source[i + 2] === '{') {
      const end = source.indexOf('}', i);
      out += source.slice(i, end + 1);
      i = end + 1;
    } else if (next === 'k' && source[i + 2] === '<') {
      const end = source.indexOf('>', i);
      out += source.slice(i, end + 1);
      i = end + 1;
    } else {
      out += source.slice(i, i + 2);
      i += 2;
    }
  };
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      escape();
    } else if (c === '[') {
      // A class: its letters (and ranges of letters) get their other case beside them.
      out += c;
      i++;
      if (source[i] === '^') out += source[i++];
      let extra = '';
      while (i < source.length && source[i] !== ']') {
        if (source[i] === '\\') {
          escape();
          continue;
        }
        const ch = source[i]!;
        if (source[i + 1] === '-' && source[i + 2] !== undefined && source[i + 2] !== ']' && source[i + 2] !== '\\') {
          const to = source[i + 2]!;
          out += `${ch}-${to}`;
          const a = otherCase(ch);
          const b = otherCase(to);
          if (a && b) extra += `${a}-${b}`;
          i += 3;
          continue;
        }
        out += ch;
        const other = otherCase(ch);
        if (other) extra += other;
        i++;
      }
      out += `${extra}]`;
      i++;
    } else if (c === '(' && source[i + 1] === '?') {
      // A group's syntax (and a named group's name) is not text.
      const named = /^\(\?<(?![=!])[^>]*>/.exec(source.slice(i));
      const head = named ? named[0] : source.slice(i, i + (source[i + 2] === '<' ? 4 : 3));
      out += head;
      i += head.length;
    } else {
      const other = otherCase(c);
      out += other ? `[${c}${other}]` : c;
      i++;
    }
  }
  return out;
}

/**
 * {@link casedPattern} of a pattern written with the `i` flag: the same pattern, its capitals meaning capitals.
 * @param re - the pattern
 * @returns the rewritten pattern, with the same flags but `i`
 */
export function cased(re: RegExp): RegExp {
  return casedPattern(re.source, re.flags);
}
