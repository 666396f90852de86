import { describe, expect, it } from 'vitest';
import { findSortedLine } from '../../src/core/sortedLines.js';

describe('findSortedLine', () => {
  const pairs = 'andò and\nnacque nasc\nnato nasc\nvinse vinc';
  const words = 'casa\ncase\ncasella\ncitta\nzucca';

  it('GIVEN "form stem" lines THEN every key gives the rest of its line, from the first line to the last', () => {
    expect(findSortedLine(pairs, 'andò')).toBe('and');
    expect(findSortedLine(pairs, 'nacque')).toBe('nasc');
    expect(findSortedLine(pairs, 'nato')).toBe('nasc');
    expect(findSortedLine(pairs, 'vinse')).toBe('vinc');
  });

  it('GIVEN one word a line (no spaces anywhere) THEN a listed word gives "" and a prefix or a missing word nothing', () => {
    for (const w of ['casa', 'case', 'casella', 'citta', 'zucca']) expect(findSortedLine(words, w)).toBe('');
    expect(findSortedLine(words, 'cas')).toBeUndefined();
    expect(findSortedLine(words, 'casel')).toBeUndefined();
    expect(findSortedLine(words, 'aaa')).toBeUndefined();
    expect(findSortedLine(words, 'zzz')).toBeUndefined();
  });

  it('GIVEN a key that is a line\'s value, not its first field THEN it is not found', () => {
    expect(findSortedLine(pairs, 'nasc')).toBeUndefined();
    expect(findSortedLine('', 'x')).toBeUndefined();
  });
});
