import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clamp, embedLength, escapeMarkdown, fitBody, fitChoices, LIMITS, neutraliseMentions, plainText, safeText, safeTextWithin, violations, wellFormed, withRow } from '../../src/discord/limits.js';
import { emphasise } from '../../src/discord/embeds.js';
import { articleKey, askButtonIds, compactId, decodeAskButton, encodeAskButton, expandId, fitResults, resolveArticleKey, resultsCheck } from '../../src/discord/buttons.js';

describe('escaping', () => {
  it('GIVEN markdown characters anywhere THEN each is backslash-escaped; line-start markers too', () => {
    expect(escapeMarkdown('a *b* _c_ ~~d~~ `e` ||f|| [g](h) \\')).toBe('a \\*b\\* \\_c\\_ \\~\\~d\\~\\~ \\`e\\` \\|\\|f\\|\\| \\[g\\](h) \\\\');
    expect(escapeMarkdown('# title\n> quote\n- item\n12. item\n-# small')).toBe('\\# title\n\\> quote\n\\- item\n12\\. item\n\\-# small');
    expect(escapeMarkdown('open-source 1.5 a > b')).toBe('open-source 1.5 a > b');
  });

  it('GIVEN mentions THEN a zero-width space breaks each one', () => {
    expect(neutraliseMentions('@everyone @here <@1> <@!2> <@&3> <#4> </ask:5>')).toBe('@\u200beveryone @\u200bhere <\u200b@1> <\u200b@!2> <\u200b@&3> <\u200b#4> <\u200b/ask:5>');
    expect(neutraliseMentions('@EVERYONE')).toBe('@\u200bEVERYONE');
  });

  it('GIVEN lone surrogates and NULs THEN they are replaced or dropped; pairs survive', () => {
    expect(wellFormed('a\ud800b\udc00c\0👍')).toBe('a\ufffdb\ufffdc👍');
  });

  it('GIVEN text longer than the limit THEN clamp cuts it with "…", never inside a surrogate pair or after a lone backslash', () => {
    expect(clamp('abcdef', 4)).toBe('abc…');
    expect(clamp('ab👍cd', 4)).toBe('ab…');
    expect(clamp('ab\\*cd', 4)).toBe('ab…');
    expect(clamp('abc', 3)).toBe('abc');
  });

  it('GIVEN long markdown-heavy text THEN safeTextWithin stays within the limit', () => {
    const out = safeTextWithin('*_'.repeat(5000), 1000);
    expect(out.length).toBeLessThanOrEqual(1000);
    expect(out.endsWith('…')).toBe(true);
  });

  it('GIVEN text for a footer THEN plainText keeps it unescaped but neutralises mentions', () => {
    expect(plainText('v1.0 *x* @here', 50)).toBe('v1.0 *x* @\u200bhere');
  });
});

describe('emphasis', () => {
  it('GIVEN a bold sentence and underlined words crossing it THEN marks nest properly', () => {
    const text = 'Uno due tre. Quattro cinque.';
    expect(emphasise(text, [0, 12], [[4, 7]])).toBe('**Uno __due__ tre.** Quattro cinque.');
    expect(emphasise(text, [13, 28], [[8, 20]])).toBe('Uno due __tre. __**__Quattro__ cinque.**');
  });

  it('GIVEN markdown in the verbatim text THEN it is escaped before the marks are added', () => {
    expect(emphasise('a *b* c', [0, 7], [[3, 4]])).toBe('**a \\*__b__\\* c**');
  });

  it('GIVEN spans out of range or a cut inside a surrogate pair THEN no lone surrogate is produced', () => {
    const out = emphasise('ab👍cd', [3, 6], [[-1, 2], [2, 99]]);
    expect(out).toBe(wellFormed(out));
    expect(out.replace(/\*\*/g, '')).toBe('ab👍cd');
  });
});

describe('fitting bodies', () => {
  it('GIVEN embeds over 6,000 characters together THEN later parts are shortened to fit', () => {
    const body = fitBody({ embeds: [{ title: 't', description: 'x'.repeat(4096) }, { description: 'y'.repeat(4096), fields: [{ name: 'n', value: 'z'.repeat(1500) }] }] });
    const total = body.embeds!.reduce((n, e) => n + embedLength(e), 0);
    expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(violations({ ...body, allowedMentions: { parse: [] } })).toEqual([]);
  });

  it('GIVEN a body within every limit THEN fitBody keeps its embeds and button rows as they are; GIVEN one part over its limit THEN only that embed or row is a fitted copy', () => {
    const embed = { title: 'Titolo', description: 'x'.repeat(4000), footer: { text: 'piè di pagina' }, fields: [{ name: 'n', value: 'v' }] };
    const row = { type: 1 as const, components: [{ type: 2 as const, style: 2 as const, label: 'Avanti', custom_id: 'a' }] };
    const fitted = fitBody({ embeds: [embed], components: [row] });
    expect(fitted.embeds![0]).toBe(embed);
    expect(fitted.components![0]).toBe(row);
    const longLabel = { type: 1 as const, components: [{ type: 2 as const, style: 2 as const, label: 'L'.repeat(81), custom_id: 'b' }] };
    const emptyField = { title: 'T', fields: [{ name: '', value: 'v' }] };
    const cut = fitBody({ embeds: [emptyField, { title: 'x'.repeat(300) }], components: [row, longLabel] });
    expect(cut.embeds![0]).not.toBe(emptyField);
    expect(cut.embeds![0]!.fields![0]!.name).toBe('\u200b');
    expect(cut.embeds![1]!.title).toHaveLength(LIMITS.embedTitle);
    expect(cut.components![0]).toBe(row);
    expect(cut.components![1]!.components[0]!.label).toHaveLength(LIMITS.buttonLabel);
    expect(longLabel.components[0]!.label).toHaveLength(81);
    expect(violations({ ...cut, allowedMentions: { parse: [] } })).toEqual([]);
  });

  it('GIVEN a body fitBody made THEN fitting it again gives it back; GIVEN a row added with withRow THEN the result counts as fitted only while the row fits beside the others', () => {
    const button = (label: string, id: string) => ({ type: 2 as const, style: 2 as const, label, custom_id: id });
    const fitted = fitBody({ embeds: [{ title: 'T', description: 'd' }], components: [{ type: 1, components: [button('a', 'a')] }] });
    expect(fitBody(fitted)).toBe(fitted);
    const withFeedback = withRow(fitted, { type: 1, components: [button('👍', 'u'), button('👎', 'd')] });
    expect(withFeedback.components).toHaveLength(2);
    expect(fitted.components).toHaveLength(1);
    expect(fitBody(withFeedback)).toBe(withFeedback);
    // A row over the limits, or a sixth row, is fitted as any body is.
    const long = withRow(fitted, { type: 1, components: [button('L'.repeat(81), 'l')] });
    expect(fitBody(long)).not.toBe(long);
    expect(fitBody(long).components![1]!.components[0]!.label).toHaveLength(LIMITS.buttonLabel);
    let many = fitBody({ content: 'x', components: [] });
    for (let i = 0; i < 6; i++) many = withRow(many, { type: 1, components: [button(`b${i}`, `b${i}`)] });
    expect(many.components).toHaveLength(6);
    expect(fitBody(many).components).toHaveLength(LIMITS.actionRows);
    expect(violations({ ...fitBody(many), allowedMentions: { parse: [] } })).toEqual([]);
    // A body not made by fitBody is fitted (copied) each time.
    const plain = { content: 'x' };
    expect(fitBody(plain)).not.toBe(plain);
    expect(fitBody(plain)).toEqual(plain);
  });

  it('GIVEN the same list of choices twice THEN fitChoices gives the same answer without fitting it again; GIVEN an equal new list THEN an equal answer', () => {
    const choices = [{ name: 'n'.repeat(120), value: 'a' }, { name: 'b', value: 'a' }, { name: 'c', value: 'c' }];
    const out = fitChoices(choices);
    expect(out).toEqual([{ name: `${'n'.repeat(99)}…`, value: 'a' }, { name: 'c', value: 'c' }]);
    expect(fitChoices(choices)).toBe(out);
    expect(fitChoices(choices.map((c) => ({ ...c })))).toEqual(out);
  });

  it('GIVEN 40 choices with long and duplicate values THEN 25 unique ones of ≤ 100 characters remain', () => {
    const choices = Array.from({ length: 40 }, (_, i) => ({ name: `n${i}`.repeat(60), value: i % 2 ? `v${i}` : 'same' }));
    choices.push({ name: 'long value', value: 'v'.repeat(101) });
    const out = fitChoices(choices);
    expect(out.length).toBeLessThanOrEqual(25);
    expect(new Set(out.map((c) => c.value)).size).toBe(out.length);
    expect(out.every((c) => c.name.length <= 100 && c.value.length <= 100)).toBe(true);
  });

  it('GIVEN a body without allowedMentions or with a raw ping THEN violations names the problem', () => {
    expect(violations({ content: 'hi' })).toContain('allowedMentions.parse is not []');
    expect(violations({ content: '@everyone', allowedMentions: { parse: [] } })).toContain('raw @everyone/@here in content');
    expect(violations({ content: 'x'.repeat(2001), allowedMentions: { parse: [] } })).toContain('content 2001 > 2000');
  });
});

describe('button state in custom_id', () => {
  const results = [
    { article: 'vini', paragraph: 12, sentence: 0, before: 0, after: 2 },
    { article: '~1x2y3z', paragraph: 40, sentence: 11, before: 10, after: 0 },
    { article: 'vini', paragraph: 3, sentence: 2, before: 1, after: 1 },
  ];
  const state = { action: 'x' as const, user: '123456789012345678', index: 2, check: 'k3x9', results, question: 'Chi | ha detto "x"?' };

  it('GIVEN a state THEN it round-trips through the custom_id, results in rank order', () => {
    expect(decodeAskButton(encodeAskButton(state))).toEqual(state);
    expect(expandId(compactId('1234567890123456789'))).toBe('1234567890123456789');
  });

  it('GIVEN a state without its action THEN askButtonIds gives, for every action, exactly the custom_id encodeAskButton gives', () => {
    for (const question of [state.question, '👍'.repeat(200), undefined]) {
      const { action: _, ...carried } = { ...state, question };
      const ids = askButtonIds(carried);
      for (const action of ['p', 'x', 'w', 'c', 'b'] as const) expect(ids(action)).toBe(encodeAskButton({ ...carried, action }));
    }
  });

  it('GIVEN a question that does not fit whole THEN it is left out (never cut) and the results still decode', () => {
    const id = encodeAskButton({ ...state, question: '👍'.repeat(200) });
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodeAskButton(id)).toEqual({ ...state, question: undefined });
  });

  it('GIVEN ten results from ten long-slug articles THEN fitResults keeps the leading ones that fit 100 characters', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ article: articleKey(`articolo-dal-nome-lungo-${i}`), paragraph: 100 + i, sentence: i, before: i % 2, after: 1 }));
    const kept = fitResults('1234567890123456789', many);
    expect(kept.length).toBeGreaterThan(1);
    expect(kept.length).toBeLessThan(10);
    expect(kept).toEqual(many.slice(0, kept.length));
    const id = encodeAskButton({ action: 'p', user: '1234567890123456789', index: kept.length - 1, check: '0000', results: kept, question: 'q' });
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodeAskButton(id)?.results).toEqual(kept);
    expect(fitResults('1', results)).toEqual(results);
  });

  it('GIVEN paragraph texts THEN resultsCheck is 4 base-36 characters that change with any text or order', () => {
    const a = resultsCheck(['uno', 'due']);
    expect(a).toMatch(/^[0-9a-z]{4}$/);
    expect(resultsCheck(['uno', 'due'])).toBe(a);
    expect(resultsCheck(['due', 'uno'])).not.toBe(a);
    expect(resultsCheck(['uno', 'due.'])).not.toBe(a);
  });

  it('GIVEN a long slug THEN a hashed key stands for it and resolves back', () => {
    const slug = 'un-articolo-dal-nome-molto-lungo';
    const key = articleKey(slug);
    expect(key).toMatch(/^~[0-9a-z]+$/);
    expect(resolveArticleKey(key, ['vini', slug])).toBe(slug);
    expect(resolveArticleKey(key, ['vini'])).toBeUndefined();
  });

  it('GIVEN malformed ids THEN decoding refuses them', () => {
    const valid = 'a2|x|1|1|ab12|vini|01.000,03.110|x';
    expect(decodeAskButton(valid)?.results).toEqual([
      { article: 'vini', paragraph: 1, sentence: 0, before: 0, after: 0 },
      { article: 'vini', paragraph: 3, sentence: 1, before: 1, after: 0 },
    ]);
    for (const id of ['', 'a2', 'a1|x|1|0|3|-|vini|1|x', 'a2|x|1|0|ab1|vini|01.000|x', 'a2|q|1|1|ab12|vini|01.000,03.100|x', 'a2|x|1|2|ab12|vini|01.000,03.100|x', 'a2|x|1|0|ab12|VINI|01.000|x', 'a2|x|1|0|ab12|vini|00.000|x', 'a2|x|1|0|ab12|vini|11.000|x', 'a2|x|1|0|ab12|vini,altro|01.000|x', 'a2|x|1|0|ab12|vini|01.0|x', 'a2|x|1|0|ab12|vini|01.010|x', 'a2|x|1|0|ab12|vini||x', `a2|x|1|0|ab12|vini|01.000|${'x'.repeat(100)}`]) {
      expect(decodeAskButton(id), id).toBeUndefined();
    }
  });
});

describe('safeText', () => {
  // Characters the escaping acts on, and plain ones: strings of them hit every rule, alone and together.
  const pieces = fc.constantFrom('a', 'è', ' ', '\t', '\n', '>', '#', '+', '-', '1', '42', '.', '@', '@everyone', '@here', '<', '<@', '/', '\\', '*', '_', '~', '`', '|', '[', ']', '\0', '\uD800', '\uDC00', '😀');
  it('GIVEN any text THEN it is exactly well-formed, markdown-escaped and mention-neutralised text (text with nothing to escape comes back as it is)', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }).map((a) => a.join('')), (text) => {
        expect(safeText(text)).toBe(neutraliseMentions(escapeMarkdown(wellFormed(text))));
      }),
      { numRuns: 3000 },
    );
    expect(safeText('Llama 2 è gratuito per la ricerca')).toBe('Llama 2 è gratuito per la ricerca');
    expect(safeText('1. punto')).toBe('1\\. punto');
  });
});
