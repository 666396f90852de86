import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answer } from '../../commands/ask.js';
import { decodeFeedback, encodeFeedback, feedbackIdOf, withFeedback } from '../../src/discord/feedback.js';
import { strings } from '../../src/discord/i18n.js';
import { LIMITS } from '../../src/discord/limits.js';
import { openQuestionLog, newAnswerId } from '../../src/store/questionLog.js';
import { botContext, fixtureCore, memoryLogger } from './fakes.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const core = fixtureCore();
const query = { question: 'Chi è Maria Rossi?', limit: 3, article: undefined, user: '390000000000000111', guildId: '390000000000000001' };
const feedbackIds = (components: { components: { custom_id: string }[] }[] | undefined) => (components ?? []).flatMap((r) => r.components.map((c) => c.custom_id)).filter((id) => decodeFeedback(id));

describe('👍/👎 on answers', () => {
  it('GIVEN an answer id THEN the custom_id round-trips and fits; GIVEN anything else THEN it is not a press', () => {
    const id = newAnswerId();
    expect(decodeFeedback(encodeFeedback(true, id))).toEqual({ up: true, answerId: id });
    expect(decodeFeedback(encodeFeedback(false, id))).toEqual({ up: false, answerId: id });
    expect(encodeFeedback(true, id).length).toBeLessThanOrEqual(LIMITS.customId);
    for (const bad of ['fb|x|abc', 'fb|u|', 'fb|u|ABC', 'a2|x|1', `fb|u|${'a'.repeat(30)}`]) expect(decodeFeedback(bad)).toBeUndefined();
    expect(feedbackIdOf({ components: [{ components: [{ customId: 'a2|x' }, { customId: encodeFeedback(false, id) }] }] })).toBe(id);
    expect(feedbackIdOf(undefined)).toBeUndefined();
  });

  it('GIVEN recording on THEN a public answer has the 👍/👎 row and is recorded; a private answer is recorded without the row; GIVEN recording off or no log THEN no row', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'brano-fb-'));
    dirs.push(dataDir);
    const questions = openQuestionLog({ dataDir, retentionDays: 90, enabled: true, logger: memoryLogger() });
    const on = { lang: 'it' as const, bot: { ...botContext({ core }), questions } };
    const pub = answer(core, on, query, false);
    expect(feedbackIds(pub.body.components)).toHaveLength(2);
    const priv = answer(core, on, query, true);
    expect(feedbackIds(priv.body.components)).toHaveLength(0);
    expect(questions.stats(1)).toMatchObject({ asked: 2, declined: 0 });
    questions.close();

    const off = { lang: 'it' as const, bot: { ...botContext({ core }), questions: openQuestionLog({ dataDir, retentionDays: 90, enabled: false, logger: memoryLogger() }) } };
    expect(feedbackIds(answer(core, off, query, false).body.components)).toHaveLength(0);
    expect(feedbackIds(answer(core, { lang: 'it' }, query, false).body.components)).toHaveLength(0);
  });

  it('GIVEN a /quote or /summarize reply THEN a public one gets the 👍/👎 row under a new answer id each time; a private one, or one with recording off, is unchanged', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'brano-fb-'));
    dirs.push(dataDir);
    const t = strings('it');
    const questions = openQuestionLog({ dataDir, retentionDays: 90, enabled: true, logger: memoryLogger() });
    const on = { bot: { ...botContext({ core }), questions } };
    const reply = { body: { embeds: [{ title: 'Maria Rossi' }] }, ephemeral: false };
    const [a, b] = [withFeedback(reply, on, t), withFeedback(reply, on, t)];
    expect(a.body.embeds).toEqual(reply.body.embeds);
    expect(feedbackIds(a.body.components)).toHaveLength(2);
    expect(decodeFeedback(feedbackIds(a.body.components)[0]!)!.answerId).not.toBe(decodeFeedback(feedbackIds(b.body.components)[0]!)!.answerId);
    expect(withFeedback({ ...reply, ephemeral: true }, on, t)).toEqual({ ...reply, ephemeral: true });
    const off = { bot: { ...botContext({ core }), questions: openQuestionLog({ dataDir, retentionDays: 90, enabled: false, logger: memoryLogger() }) } };
    expect(withFeedback(reply, off, t)).toBe(reply);
    expect(withFeedback(reply, { bot: botContext({ core }) }, t)).toBe(reply);
    questions.close();
  });
});
