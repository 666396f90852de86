import { describe, expect, it } from 'vitest';
import { GuardedPattern, wordPattern } from '../../src/core/guardedPattern.js';
import { EMOJI } from '../../src/core/chatText.js';

const TEXTS = [
  'raga chi è lambert?',
  'ragazzi, chi è Lambert?',
  'Raga!! lol, cmq chi è?',
  'iRaga e loly non sono parole della lista',
  'ciao',
  '',
  'RAGA 2raga raga2 raga_ ｒａｇａ ragà',
  'ſcusa: lol… ok LOL! haha?',
];

describe('a guarded pattern behaves as its whole pattern', () => {
  const whole = /(?<![\p{L}\p{N}])(?:raga|ragà|lol|haha)(?![\p{L}\p{N}])[!?.,;:]*/giu;
  const guarded = wordPattern('(?:raga|ragà|lol|haha)', 'giu', { after: '(?![\\p{L}\\p{N}])[!?.,;:]*' });

  it('GIVEN texts with, without and with only look-alikes of its words THEN test, replace and matchAll give what the whole pattern gives', () => {
    for (const text of TEXTS) {
      whole.lastIndex = 0;
      expect(guarded.test(text)).toBe(whole.test(text));
      whole.lastIndex = 0;
      expect(guarded.replace(text, ' ')).toBe(text.replace(whole, ' '));
      expect(guarded.replace(text, (w) => w.toUpperCase())).toBe(text.replace(whole, (w) => w.toUpperCase()));
      expect([...guarded.matchAll(text)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(whole)].map((m) => [m.index, m[0]]));
    }
    expect(guarded.source).toBe(whole.source);
  });

  it('GIVEN a text none of its words stand in THEN the whole pattern is never compiled', () => {
    const p = wordPattern('(?:raga|lol)', 'giu');
    expect(p.replace('chi è Lambert?', ' ')).toBe('chi è Lambert?');
    expect(p.test('chi è Lambert?')).toBe(false);
    expect((p as unknown as { compiled?: RegExp }).compiled).toBeUndefined();
    expect(p.test('raga chi è Lambert?')).toBe(true);
    expect((p as unknown as { compiled?: RegExp }).compiled).toBeInstanceOf(RegExp);
  });

  it('GIVEN a global pattern tested twice THEN the second test starts from the text’s start again', () => {
    const p = new GuardedPattern('lol', 'g', /lol/);
    expect(p.test('lol')).toBe(true);
    expect(p.test('lol')).toBe(true);
  });
});

describe('the emoji pattern of chat lines', () => {
  it('GIVEN every Unicode code point THEN the guard holds each one the emoji pattern matches', () => {
    const whole = new RegExp(EMOJI.source, 'u');
    const guard = /[\u00A9\u00AE\u203C-\u3299\uD800-\uDBFF]|\uFE0F/;
    let emoji = 0;
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCodePoint(c);
      if (!whole.test(s)) continue;
      emoji++;
      if (!guard.test(s)) expect.fail(`U+${c.toString(16)} is an emoji the guard misses`);
    }
    expect(emoji).toBeGreaterThan(1000);
    const line = 'ok 👍🏽 grazie ❤️';
    expect(EMOJI.replace(line, ' ')).toBe(line.replace(new RegExp(EMOJI.source, 'gu'), ' '));
    expect(EMOJI.replace(line, ' ').trim().split(/\s+/)).toEqual(['ok', 'grazie']);
  });
});
