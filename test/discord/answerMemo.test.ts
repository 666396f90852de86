import { describe, expect, it } from 'vitest';
import { answerOffThread } from '../../commands/ask.js';
import type { AskOptions, AskResult } from '../../src/core/ask.js';
import type { BranoCore } from '../../src/core/brano.js';
import { ANSWER_MEMO_SIZE, memoisedAnswer } from '../../src/discord/answerMemo.js';
import { fixtureCore } from './fakes.js';

/** The fixture core, counting the questions it computes. */
function countingCore(): BranoCore & { computed: string[] } {
  const core = fixtureCore();
  const computed: string[] = [];
  return { ...core, computed, ask: (q: string, o?: AskOptions) => (computed.push(q), core.ask(q, o)) };
}

const Q = 'Chi è Maria Rossi?';

describe('answers a server already got (the answer memo)', () => {
  it('GIVEN the same question asked again, and twice while it is being answered THEN the core answers it once and every reply is the same', async () => {
    const core = countingCore();
    const ctx = { lang: 'it' as const };
    const query = { question: Q, limit: 3, article: undefined, user: '1', guildId: 'g' };
    const [a, b] = await Promise.all([answerOffThread(core, ctx, query, false), answerOffThread(core, ctx, query, false)]);
    const c = await answerOffThread(core, ctx, query, false);
    expect(core.computed).toEqual([Q]);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c)).toBe(JSON.stringify(a));
    // Another limit or another article is another answer.
    await answerOffThread(core, ctx, { ...query, limit: 5 }, false);
    await answerOffThread(core, ctx, { ...query, article: core.articles[0]!.slug }, false);
    expect(core.computed).toEqual([Q, Q, Q]);
  });

  it('GIVEN a question the memo holds THEN the reply is made at once (no later turn), the same as the first one', async () => {
    const core = countingCore();
    const ctx = { lang: 'it' as const };
    const query = { question: Q, limit: 3, article: undefined, user: '1', guildId: 'g' };
    const first = answerOffThread(core, ctx, query, false);
    expect(first).toBeInstanceOf(Promise);
    const again = answerOffThread(core, ctx, query, false);
    expect(again).toBeInstanceOf(Promise);
    const [a] = await Promise.all([first, again]);
    const held = answerOffThread(core, ctx, query, false);
    expect(held).not.toBeInstanceOf(Promise);
    expect(JSON.stringify(held)).toBe(JSON.stringify(a));
    expect(core.computed).toEqual([Q]);
  });

  it('GIVEN one kept answer shown to two askers and in two languages THEN each reply carries its own asker and language, and the same asker gets the same body', async () => {
    const core = countingCore();
    const query = { question: Q, limit: 3, article: undefined, user: '111', guildId: 'g' };
    const it1 = await answerOffThread(core, { lang: 'it' }, query, false);
    const it2 = await answerOffThread(core, { lang: 'it' }, query, false);
    const other = await answerOffThread(core, { lang: 'it' }, { ...query, user: '222' }, false);
    const en = await answerOffThread(core, { lang: 'en' }, query, false);
    expect(core.computed).toEqual([Q]);
    const ids = (r: typeof it1) => (r.body.components ?? []).flatMap((row) => row.components.map((b) => ('custom_id' in b ? b.custom_id : '')));
    const labels = (r: typeof it1) => (r.body.components ?? []).flatMap((row) => row.components.map((b) => ('label' in b ? b.label : '')));
    expect(ids(it1).length).toBeGreaterThan(0);
    expect(JSON.stringify(it2.body)).toBe(JSON.stringify(it1.body));
    // Buttons belong to whoever asked: the other asker's ids differ (and carry the other user).
    expect(ids(other)).not.toEqual(ids(it1));
    expect(labels(en)).not.toEqual(labels(it1));
    // The same passage, its footer in each reader's language.
    expect(en.body.embeds?.[0]?.description).toBe(it1.body.embeds?.[0]?.description);
    expect(en.body.embeds?.[0]?.footer?.text).toMatch(/Result 1 of 3/);
    expect(it1.body.embeds?.[0]?.footer?.text).toMatch(/Risultato 1 di 3/);
  });

  it('GIVEN a reload (a new core) THEN the question is answered again from the new corpus', async () => {
    const before = countingCore();
    const after = countingCore();
    await memoisedAnswer(before, Q, { limit: 3 }, () => before.ask(Q, { limit: 3 }));
    await memoisedAnswer(after, Q, { limit: 3 }, () => after.ask(Q, { limit: 3 }));
    expect(before.computed).toEqual([Q]);
    expect(after.computed).toEqual([Q]);
  });

  it('GIVEN a kept answer THEN no reply can change it (frozen), and the memo keeps the latest answers only', async () => {
    const core = countingCore();
    const kept = await memoisedAnswer(core, Q, { limit: 3 }, () => core.ask(Q, { limit: 3 }));
    expect(kept.passages.length).toBeGreaterThan(0);
    expect(Object.isFrozen(kept) && Object.isFrozen(kept.passages) && Object.isFrozen(kept.passages[0])).toBe(true);
    expect(() => (kept.passages as AskResult['passages'][number][]).push(kept.passages[0]!)).toThrow(TypeError);
    for (let i = 0; i < ANSWER_MEMO_SIZE; i++) await memoisedAnswer(core, `domanda ${i}`, { limit: 3 }, () => ({ ...kept, question: `domanda ${i}` }));
    await memoisedAnswer(core, Q, { limit: 3 }, () => core.ask(Q, { limit: 3 }));
    expect(core.computed).toEqual([Q, Q]);
  });

  it('GIVEN measurement options (own terms, ranking) or a pasted text THEN nothing is shared', async () => {
    const core = countingCore();
    const long = `${Q} ${'parola '.repeat(100)}`;
    for (let i = 0; i < 2; i++) {
      await memoisedAnswer(core, Q, { limit: 3, ranking: {} }, () => core.ask(Q, { limit: 3 }));
      await memoisedAnswer(core, long, { limit: 3 }, () => core.ask(long, { limit: 3 }));
    }
    expect(core.computed).toEqual([Q, long, Q, long]);
  });

  it('GIVEN the answer fails THEN the waiting questions get the failure and the next one is answered anew', async () => {
    const core = countingCore();
    const failing = () => Promise.reject(new Error('worker gone'));
    await expect(Promise.all([memoisedAnswer(core, Q, {}, failing), memoisedAnswer(core, Q, {}, failing)])).rejects.toThrow('worker gone');
    await memoisedAnswer(core, Q, {}, () => core.ask(Q, {}));
    expect(core.computed).toEqual([Q]);
  });
});
