import { describe, expect, it, vi } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { decodeAskButton, decodeFollowUp } from '../../src/discord/buttons.js';
import { buildRegistry, handleInteraction } from '../../src/discord/router.js';
import { safeTextWithin, violations } from '../../src/discord/limits.js';
import { unescapeTitle } from '../../commands/ask.js';
import type { Reply } from '../../src/discord/interactions.js';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../src/core/brano.js';
import { loadCorpus } from '../../src/core/corpus.js';
import { FIXTURE_DIR, botContext, discordSchema, fakeInteraction, lastMessage, messages, schemaProblems, type Fake, type FakeOptions } from './fakes.js';
import { loadLexicons } from '../../src/lexicons.js';

const registry = buildRegistry(COMMANDS);
const schema = discordSchema();

async function run(kind: Parameters<typeof fakeInteraction>[0], o: FakeOptions, bot = botContext()): Promise<Fake> {
  const fake = fakeInteraction(kind, o);
  await handleInteraction(fake as never, registry, bot);
  for (const m of messages(fake)) expect(violations(m), JSON.stringify(m).slice(0, 300)).toEqual([]);
  expect(schemaProblems(fake, schema)).toEqual([]);
  return fake;
}

const ask = (question: string, extra: FakeOptions = {}) => run('command', { commandName: 'ask', ...extra, options: { question, ...extra.options } });
const buttonIds = (m: ReturnType<typeof lastMessage>) => (m.components ?? []).flatMap((r) => r.components.map((b) => b.custom_id));

describe('/ask', () => {
  it('GIVEN a question the article answers THEN a public embed shows the passage with the best sentence in bold, ¶ · section · article, and the article title in the footer', async () => {
    const fake = await ask('Quando è cominciata la vendemmia sui colli?');
    expect(fake.calls.map((c) => c.method)).toEqual(['reply']);
    const m = lastMessage(fake);
    expect(m.flags).toBeUndefined();
    expect(m.allowedMentions).toEqual({ parse: [] });
    const embed = m.embeds![0]!;
    expect(embed.description).toMatch(/\*\*[^*]*20 agosto[^*]*\*\*/);
    expect(embed.description).toContain('¶1 · La vendemmia anticipata · vini');
    expect(embed.footer?.text).toContain('Il vino dei colli');
    expect(embed.url).toBeUndefined();
    expect(buttonIds(m).every((id) => id.length <= 100)).toBe(true);
  });

  it('GIVEN matched words THEN they are underlined inside the bold sentence', async () => {
    const m = lastMessage(await ask('vendemmia anticipata caldo'));
    expect(m.embeds![0]!.description).toMatch(/\*\*[^*]*__[^_]+__[^*]*\*\*/);
  });

  it('GIVEN an English locale THEN the labels are English; GIVEN another locale THEN Italian', async () => {
    const en = lastMessage(await ask('Quante bottiglie produce la cantina?', { locale: 'en-GB' }));
    expect(en.components![0]!.components.map((b) => b.label)).toContain('Whole paragraph');
    const de = lastMessage(await ask('Quante bottiglie produce la cantina?', { locale: 'de' }));
    expect(de.components![0]!.components.map((b) => b.label)).toContain('Paragrafo intero');
  });

  it('GIVEN private:true THEN the answer is ephemeral', async () => {
    const m = lastMessage(await ask('Quante bottiglie produce la cantina?', { options: { private: true } }));
    expect(m.flags).toBe(64);
  });

  it('GIVEN a question none of the articles answers THEN an ephemeral "not in the articles"; asked of one article, "not in the article"', async () => {
    const m = lastMessage(await ask('quantum chromodynamics gluon plasma'));
    expect(m.flags).toBe(64);
    expect(m.content).toContain('Gli articoli non rispondono');
    expect(m.components).toBeUndefined();
    const one = lastMessage(await ask('quantum chromodynamics gluon plasma', { options: { article: 'vini' } }));
    expect(one.content).toContain('L’articolo non risponde');
  });

  it('GIVEN a question asking for a sum the article does not give THEN the ephemeral note says the article gives no figure, in the question’s language', async () => {
    const it = lastMessage(await ask('Quanto costa una bottiglia di vino?', { options: { article: 'vini' } }));
    expect(it.flags).toBe(64);
    expect(it.content).toContain('L’articolo non riporta cifre');
    const en = lastMessage(await ask('How much does a bottle cost?', { options: { article: 'vini' }, locale: 'en-US' }));
    expect(en.content).toContain('gives no sum of money');
  });

  it('GIVEN a question asking the article’s title over several articles THEN the note lists every article’s title, in the asker’s language', async () => {
    const titles = botContext().core().articles.map((a) => a.meta.title);
    expect(titles.length).toBeGreaterThan(1);
    const it = lastMessage(await ask("qual è il titolo dell'articolo?"));
    expect(it.content).toContain(`I titoli dei ${titles.length} articoli:`);
    for (const title of titles) expect(it.content).toContain(`- *${safeTextWithin(title, 200)}*`);
    const en = lastMessage(await ask('What is the title of the article?', { locale: 'en-US' }));
    expect(en.content).toContain(`The ${titles.length} articles’ titles:`);
  });

  it('GIVEN a question of stopwords only THEN an ephemeral hint to ask with meaningful words', async () => {
    const m = lastMessage(await ask('di che cosa', { locale: 'en-US' }));
    expect(m.flags).toBe(64);
    expect(m.content).toContain('meaningful words');
  });

  it('GIVEN mentions and markdown in the question THEN the echoed title is escaped and pings nobody', async () => {
    const m = lastMessage(await ask('@everyone **vendemmia** <@&123> _caldo_ `x`'));
    const title = m.embeds![0]!.title!;
    expect(title).not.toMatch(/@everyone/);
    expect(title).toContain('@\u200beveryone');
    expect(title).toContain('<\u200b@&123>');
    expect(title).toContain('\\*\\*vendemmia\\*\\*');
    expect(title).toContain('\\_caldo\\_');
  });

  it('GIVEN an article option THEN only that article is searched; GIVEN an unknown one THEN an ephemeral list of articles', async () => {
    const m = lastMessage(await ask('treno corse pendolari', { options: { article: 'vini' } }));
    expect(m.embeds?.[0]?.description ?? m.content).not.toContain('treni-regionali');
    const bad = lastMessage(await ask('vendemmia', { options: { article: 'nessuno' } }));
    expect(bad.flags).toBe(64);
    expect(bad.content).toContain('vini');
  });

  it('GIVEN a long article slug THEN buttons carry a hashed key and still fit 100 characters', async () => {
    const q = 'Quanti pendolari prendono il treno regionale ogni mattina verso la città e cosa chiede il loro comitato alla regione?';
    const m = lastMessage(await ask(q, { options: { results: 10 } }));
    const all = buttonIds(m);
    for (const id of all) expect(id.length).toBeLessThanOrEqual(100);
    const ids = all.filter((id) => decodeAskButton(id));
    expect(ids.length).toBeGreaterThan(2);
    expect(all.filter((id) => decodeFollowUp(id)?.article.startsWith('~'))).toHaveLength(1);
    for (const id of ids) {
      const state = decodeAskButton(id)!;
      expect(state.results.length).toBeGreaterThan(1);
      expect(state.results.some((r) => r.article.startsWith('~'))).toBe(true);
      expect(state.question).toBeUndefined();
    }
  });
});

describe('/ask follow-ups', () => {
  it('GIVEN an answer THEN its Follow up button opens a one-field form, and the form is answered in the context of that answer', async () => {
    const first = lastMessage(await ask('Chi è Maria Rossi?'));
    const followId = buttonIds(first).find((id) => decodeFollowUp(id));
    expect(decodeFollowUp(followId!)).toEqual({ article: 'vini', paragraph: 1, question: 'Chi è Maria Rossi?' });
    const pressed = await run('button', { customId: followId! });
    expect(pressed.calls.map((c) => c.method)).toEqual(['showModal']);
    expect(schemaProblems(pressed, discordSchema())).toEqual([]);
    const form = pressed.calls[0]!.body as { custom_id: string; components: { components: { custom_id: string }[] }[] };
    const field = form.components[0]!.components[0]!.custom_id;
    const submitted = await run('modal', { customId: form.custom_id, options: { [field]: 'e lei cosa ne pensa?' } });
    const m = lastMessage(submitted);
    expect(m.content).toBe('Inteso come: Rossi cosa ne pensa?');
    expect(m.flags).toBeUndefined();
    expect(schemaProblems(submitted, discordSchema())).toEqual([]);
  });

  it('GIVEN a form whose article is gone, or a mangled id THEN a polite private note', async () => {
    for (const customId of ['a2f|nope|1|Chi è Maria Rossi?', 'a2f|vini|zzzz|x', 'a2f|', 'a2f|vini|0|x']) {
      const m = lastMessage(await run('modal', { customId, options: { question: 'e lei?' } }));
      expect(m.flags).toBe(64);
      expect(m.content).toMatch(/non è più valido/);
    }
  });
});

describe('/ask on a large corpus', () => {
  it('GIVEN more paragraphs than a quick search covers THEN it defers first, then edits in the answer', async () => {
    const core = botContext().core();
    const big = Object.create(core, { index: { value: { ...core.index, paragraphs: { length: 50_000 } } } }) as typeof core;
    const fake = await run('command', { commandName: 'ask', options: { question: 'vendemmia' } }, botContext({ core: big }));
    expect(fake.calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
    expect(lastMessage(fake).embeds![0]!.description).toContain('¶');
  });
});

describe('answers that would miss Discord\'s 3-second deadline', () => {
  // Brano's production setting, not the test default scaled for a busy machine.
  const onTime = () => botContext({ deferAfterMs: 1500 });
  // A core of its own, whose answer memo is empty: every question takes work.
  const freshCore = () => createCore(loadCorpus(FIXTURE_DIR), { lexicons: loadLexicons(FIXTURE_DIR) });
  const askLate = (question: string, extra: FakeOptions, bot = botContext({ core: freshCore(), deferAfterMs: 1500 })) =>
    run('command', { commandName: 'ask', ...extra, options: { question, ...extra.options } }, bot);
  it('GIVEN an /ask that reaches Brano already 2 s old (a burst on a busy machine) and needs a search THEN it defers at once, then edits in the same answer it gives in time', async () => {
    const inTime = lastMessage(await ask('Quando è cominciata la vendemmia sui colli?'));
    const fake = await askLate('Quando è cominciata la vendemmia sui colli?', { createdAgoMs: 2000 });
    expect(fake.calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
    expect(fake.calls[0]!.body).toEqual({});
    const late = lastMessage(fake);
    expect(late.embeds).toEqual(inTime.embeds);
    expect(late.components).toEqual(inTime.components);
  });

  it('GIVEN a late /ask the server has answered before, and a late /sections THEN each is the reply itself, at once, as in time (no deferral, no second request)', async () => {
    const bot = botContext({ core: freshCore(), deferAfterMs: 1500 });
    const inTime = lastMessage(await askLate('Quante bottiglie produce la cantina Colle Alto?', {}, bot));
    const fake = await askLate('Quante bottiglie produce la cantina Colle Alto?', { createdAgoMs: 2000 }, bot);
    expect(fake.calls.map((c) => c.method)).toEqual(['reply']);
    expect(lastMessage(fake).embeds).toEqual(inTime.embeds);
    expect(lastMessage(fake).components).toEqual(inTime.components);
    const list = await run('command', { commandName: 'sections', createdAgoMs: 2000 }, bot);
    expect(list.calls.map((c) => c.method)).toEqual(['reply']);
    expect(lastMessage(list).embeds![0]!.description).toContain('`¶1–2` La vendemmia anticipata');
  });

  it('GIVEN a private /ask that arrives late THEN the deferral is private too, so the answer stays private', async () => {
    const fake = await askLate('vendemmia', { createdAgoMs: 2500, options: { private: true } });
    expect(fake.calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
    expect(fake.calls[0]!.body).toEqual({ flags: 64 });
  });

  it('GIVEN a command still working when the deadline draws near THEN "thinking…" goes out first and the answer follows when ready; a quick one is a plain reply', async () => {
    let release: (reply: Reply) => void = () => undefined;
    const gate = new Promise<Reply>((resolve) => (release = resolve));
    const slow = { kind: 'slash' as const, name: 'slow', data: { name: 'slow', description: 'slow' }, execute: () => gate };
    const quick = { kind: 'slash' as const, name: 'quick', data: { name: 'quick', description: 'quick' }, execute: (): Reply => ({ body: { content: 'subito' }, ephemeral: false }) };
    const own = buildRegistry([slow, quick]);
    const bot = botContext({ deferAfterMs: 30 });
    const fake = fakeInteraction('command', { commandName: 'slow' });
    const handled = handleInteraction(fake as never, own, bot);
    await vi.waitFor(() => expect(fake.calls.map((c) => c.method)).toEqual(['deferReply']));
    release({ body: { content: 'pronto' }, ephemeral: false });
    await handled;
    expect(fake.calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
    expect(lastMessage(fake).content).toBe('pronto');
    const fast = fakeInteraction('command', { commandName: 'quick' });
    await handleInteraction(fast as never, own, botContext());
    expect(fast.calls.map((c) => c.method)).toEqual(['reply']);
  });

  it('GIVEN a follow-up form submitted late THEN it is deferred and answered in context', async () => {
    const first = lastMessage(await ask('Chi è Maria Rossi?'));
    const followId = buttonIds(first).find((id) => decodeFollowUp(id))!;
    const form = (await run('button', { customId: followId })).calls[0]!.body as { custom_id: string; components: { components: { custom_id: string }[] }[] };
    const field = form.components[0]!.components[0]!.custom_id;
    const submitted = await run('modal', { customId: form.custom_id, createdAgoMs: 2000, options: { [field]: 'e lei cosa ne pensa?' } }, onTime());
    expect(submitted.calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
    expect(lastMessage(submitted).content).toBe('Inteso come: Rossi cosa ne pensa?');
  });

  it('GIVEN a late command whose work fails THEN the public "thinking…" is removed, the error note goes privately and the failure is logged once', async () => {
    const bot = onTime();
    const broken = { ...bot, core: () => ({ ...bot.core(), ask: () => { throw new Error('boom'); } }) as never };
    const fake = await run('command', { commandName: 'ask', createdAgoMs: 2000, options: { question: 'vendemmia' } }, broken);
    expect(fake.calls.map((c) => c.method)).toEqual(['deferReply', 'deleteReply', 'followUp']);
    expect(lastMessage(fake).flags).toBe(64);
    expect(lastMessage(fake).content).toMatch(/`[0-9a-f]{8}`/);
    expect(bot.logger.records.filter((r) => r.level === 'error')).toHaveLength(1);
  });
});

describe('/ask buttons', () => {
  const asker = '300000000000000001';
  async function firstAnswer(question = 'vendemmia caldo uva raccolta') {
    const m = lastMessage(await ask(question, { user: asker, options: { results: 3 } }));
    const ids = buttonIds(m);
    const by = (action: string) => ids.find((id) => decodeAskButton(id)?.action === action)!;
    return { m, by };
  }

  it('GIVEN the asker presses Next THEN the same message is updated with result 2', async () => {
    const { by } = await firstAnswer();
    const fake = await run('button', { customId: by('x'), user: asker });
    expect(fake.calls.map((c) => c.method)).toEqual(['update']);
    const m = lastMessage(fake);
    expect(m.embeds![0]!.footer?.text).toMatch(/Risultato 2 di [23]/);
    expect(decodeAskButton(buttonIds(m)[0]!)!.index).toBe(1);
  });

  it('GIVEN someone else presses a button on a public answer THEN they get an ephemeral copy and the original is untouched', async () => {
    const { by } = await firstAnswer();
    const fake = await run('button', { customId: by('w'), user: '300000000000000999' });
    expect(fake.calls.map((c) => c.method)).toEqual(['reply']);
    const m = lastMessage(fake);
    expect(m.flags).toBe(64);
    expect(decodeAskButton(buttonIds(m)[0]!)!.user).toBe('300000000000000999');
  });

  it('GIVEN a question too long to travel in the custom_id THEN Next and Previous still show exactly the ranked results, titled as the answer was', async () => {
    const question = 'Perché la vendemmia sui colli è cominciata prima del solito e che cosa hanno dovuto fare i viticoltori con i braccianti e le ore calde?';
    const ranked = botContext().core().ask(question, { limit: 5 }).passages;
    expect(ranked.length).toBeGreaterThan(2);
    let m = lastMessage(await ask(question, { user: asker, options: { results: 5 } }));
    const title = m.embeds![0]!.title!;
    const next = (msg: typeof m) => buttonIds(msg).find((id) => decodeAskButton(id)?.action === 'x')!;
    expect(decodeAskButton(next(m))!.question).toBeUndefined();
    const seen = [m.embeds![0]!.description!];
    for (let i = 1; i < ranked.length; i++) {
      m = lastMessage(await run('button', { customId: next(m), user: asker, messageTitles: [title] }));
      expect(m.embeds![0]!.title).toBe(title);
      seen.push(m.embeds![0]!.description!);
    }
    ranked.forEach((p, i) => expect(seen[i], `result ${i + 1}`).toContain(`¶${p.paragraph} · ${p.sectionTitle} · ${p.article}`));
    const back = buttonIds(m).find((id) => decodeAskButton(id)?.action === 'p')!;
    const previous = lastMessage(await run('button', { customId: back, user: asker, messageTitles: [title] }));
    expect(previous.embeds![0]!.description).toBe(seen[ranked.length - 2]);
  });

  it('GIVEN a question Brano escaped into a title THEN unescapeTitle gives its words back', () => {
    for (const q of ['@everyone **vendemmia** <@&123> _caldo_ `x` ~~y~~ | # > - [a](b)', 'Chi ha detto “basta”? 50% \\ slash', 'perché l’uva è maturata?']) {
      expect(unescapeTitle(safeTextWithin(q, 256))).toBe(q);
    }
  });

  it('GIVEN a long question and the answer’s message THEN a press marks the matched words like the answer did', async () => {
    const question = 'Perché la vendemmia sui colli è cominciata prima del solito e che cosa hanno dovuto fare i viticoltori con i braccianti e le ore calde?';
    const m = lastMessage(await ask(question, { user: asker, options: { results: 3 } }));
    const next = buttonIds(m).find((id) => decodeAskButton(id)?.action === 'x')!;
    const second = lastMessage(await run('button', { customId: next, user: asker, messageTitles: [m.embeds![0]!.title!] }));
    const prev = buttonIds(second).find((id) => decodeAskButton(id)?.action === 'p')!;
    const first = lastMessage(await run('button', { customId: prev, user: asker, messageTitles: [second.embeds![0]!.title!] }));
    expect(first.embeds![0]!.description).toBe(m.embeds![0]!.description);
    expect(first.embeds![0]!.description).toContain('__');
  });

  it('GIVEN a reload that changed a result’s paragraph THEN the old buttons expire politely; GIVEN one that did not THEN they work', async () => {
    const { by } = await firstAnswer();
    const dir = mkdtempSync(join(tmpdir(), 'brano-buttons-'));
    try {
      cpSync(FIXTURE_DIR, dir, { recursive: true });
      const same = botContext({ core: createCore(loadCorpus(dir), { lexicons: loadLexicons(dir) }) });
      expect(lastMessage(await run('button', { customId: by('w'), user: asker }, same)).flags).toBeUndefined();
      const file = join(dir, 'vini.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('due settimane prima del solito', 'tre settimane prima del solito'));
      const changed = botContext({ core: createCore(loadCorpus(dir), { lexicons: loadLexicons(dir) }) });
      const m = lastMessage(await run('button', { customId: by('w'), user: asker }, changed));
      expect(m.flags).toBe(64);
      expect(m.content).toMatch(/non è più valido/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('GIVEN a short question THEN a press rebuilds the excerpt exactly as the answer showed it, matched words included', async () => {
    const question = 'vendemmia caldo uva raccolta';
    const m = lastMessage(await ask(question, { user: asker, options: { results: 3 } }));
    const next = buttonIds(m).find((id) => decodeAskButton(id)?.action === 'x')!;
    const second = lastMessage(await run('button', { customId: next, user: asker }));
    const prev = buttonIds(second).find((id) => decodeAskButton(id)?.action === 'p')!;
    const first = lastMessage(await run('button', { customId: prev, user: asker }));
    expect(first.embeds![0]!.description).toBe(m.embeds![0]!.description);
    expect(first.embeds![0]!.title).toBe(m.embeds![0]!.title);
    expect(first.embeds![0]!.description).toContain('__');
  });

  it('GIVEN Whole paragraph THEN the full paragraph is shown with a Back button; GIVEN neighbours THEN ¶N−1..N+1', async () => {
    const { by } = await firstAnswer();
    const carried = decodeAskButton(by('w'))!;
    const state = carried.results[carried.index]!;
    const whole = lastMessage(await run('button', { customId: by('w'), user: asker }));
    expect(whole.embeds![0]!.description).toContain(`**¶${state.paragraph}**`);
    expect(buttonIds(whole).some((id) => decodeAskButton(id)?.action === 'b')).toBe(true);
    const near = lastMessage(await run('button', { customId: by('c'), user: asker }));
    const shown = [...near.embeds![0]!.description!.matchAll(/\*\*¶(\d+)\*\*/g)].map((x) => Number(x[1]));
    expect(shown).toContain(state.paragraph);
    expect(shown.every((n) => Math.abs(n - state.paragraph) <= 1)).toBe(true);
    expect(shown.length).toBeGreaterThan(1);
  });

  it('GIVEN a malformed, foreign or out-of-range custom_id THEN a polite ephemeral note', async () => {
    // a1: the format that carried the question; a2 ids pointing past the results, at an article, ¶ or sentence that is not there.
    const check = decodeAskButton((await firstAnswer()).by('w'))!.check;
    for (const customId of ['garbage', 'zz|1|2', 'a1|x|zz|0|3|-|vini|1|vendemmia', `a2|x|abc|1|${check}|vini|01.000,02.000|vendemmia`, `a2|p|abc|0|${check}|vini|01.000|vendemmia`, `a2|w|abc|0|${check}|nope|01.000|vendemmia`, `a2|w|abc|0|${check}|vini|0z.000|vendemmia`, `a2|w|abc|0|${check}|vini|01.900|vendemmia`, `a2|w|abc|0|${check}|vini|01.00z|vendemmia`, 'a9|x|abc|0|3|-|vini|1|q']) {
      const m = lastMessage(await run('button', { customId, user: asker }));
      expect(m.flags, customId).toBe(64);
      expect(m.content, customId).toMatch(/non è più valido|no longer works/);
    }
  });
});

describe('/quote', () => {
  it('GIVEN a quoted person THEN their quotes as blockquotes with ¶ and kind', async () => {
    const m = lastMessage(await run('command', { commandName: 'quote', options: { person: 'rossi' } }));
    expect(m.embeds![0]!.title).toBe('Maria Rossi');
    expect(m.embeds![0]!.description).toMatch(/^\*direttrice della cantina Colle Alto/);
    expect(m.embeds![0]!.description).toMatch(/> .+\n> — ¶\d+/);
  });

  it('GIVEN kind=direct THEN only direct quotes', async () => {
    const m = lastMessage(await run('command', { commandName: 'quote', options: { person: 'Maria Rossi', kind: 'direct' } }));
    expect(m.embeds![0]!.description).not.toContain('riportata');
    expect(m.embeds![0]!.description).toContain('> “Non avevamo mai raccolto così presto”');
  });

  it('GIVEN nobody by that name THEN an ephemeral note listing who speaks, with the name escaped', async () => {
    const m = lastMessage(await run('command', { commandName: 'quote', options: { person: '@here *Zorro*' } }));
    expect(m.flags).toBe(64);
    expect(m.content).toContain('@\u200bhere \\*Zorro\\*');
    expect(m.content).toContain('Maria Rossi');
  });

  it('GIVEN an office several speakers hold THEN an ephemeral note naming them', async () => {
    const bot = botContext();
    const core = bot.core();
    const spy = Object.assign(Object.create(core) as typeof core, {
      quote: (name: string) => ({ query: name, person: null, quotes: [], suggestions: ['Maria Rossi', 'Anna *Neri*'], office: 'enologa' }),
    });
    const m = lastMessage(await run('command', { commandName: 'quote', options: { person: 'l’enologa' } }, botContext({ core: spy })));
    expect(m.flags).toBe(64);
    expect(m.content).toBe('Più persone che parlano hanno il ruolo di enologa: Maria Rossi, Anna \\*Neri\\*. Scrivi il nome.');
  });
});

describe('option lengths', () => {
  it('GIVEN values longer than the registered max_length THEN the core receives them cut to it, never splitting an emoji', async () => {
    const bot = botContext();
    const seen: string[] = [];
    const core = bot.core();
    const spy = Object.assign(Object.create(core) as typeof core, {
      quote: (name: string) => (seen.push(name), core.quote(name)),
      summarize: (o: { topic?: string }) => (seen.push(o.topic ?? ''), core.summarize(o)),
    });
    await run('command', { commandName: 'quote', options: { person: '👍'.repeat(3000) } }, botContext({ core: spy }));
    await run('command', { commandName: 'summarize', options: { topic: 'x'.repeat(6000) } }, botContext({ core: spy }));
    expect(seen.map((s) => s.length)).toEqual([100, 200]);
    expect(seen[0]).toBe('👍'.repeat(50));
  });
});

describe('/summarize', () => {
  it('GIVEN a section THEN it defers, then edits in verbatim sentences with their ¶', async () => {
    const fake = await run('command', { commandName: 'summarize', options: { section: 'le-cantine-e-il-mercato' } });
    expect(fake.calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
    const d = lastMessage(fake).embeds![0]!.description!;
    expect(d).toMatch(/\*\(¶3 · vini\)\*/);
    expect(d.indexOf('(¶3')).toBeLessThan(d.indexOf('(¶4'));
    expect(d).toContain('300.000 bottiglie');
  });

  it('GIVEN an unknown section THEN the public "thinking" is removed and the list of sections comes privately', async () => {
    const fake = await run('command', { commandName: 'summarize', options: { section: 'nessuna sezione così' } });
    expect(fake.calls.map((c) => c.method)).toEqual(['deferReply', 'deleteReply', 'followUp']);
    const m = lastMessage(fake);
    expect(m.flags).toBe(64);
    expect(m.content).toMatch(/¶\d+–\d+ .+ \(`[a-z-]+`\)/);
  });

  it('GIVEN private:true THEN the deferral itself is ephemeral', async () => {
    const fake = await run('command', { commandName: 'summarize', options: { private: true } });
    expect(fake.calls[0]!.body).toEqual({ flags: 64 });
    expect(fake.calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
  });
});

describe('/sections, /about, /help', () => {
  it('GIVEN two articles THEN /sections lists both with ¶ ranges and ids', async () => {
    const d = lastMessage(await run('command', { commandName: 'sections' })).embeds![0]!.description!;
    expect(d).toContain('`¶1–2` La vendemmia anticipata · `la-vendemmia-anticipata`');
    expect(d).toContain('(`treni-regionali-e-pendolari-della-valle`)');
  });

  it('GIVEN /sections asked again, in another language, and after a reload that added a section THEN the same list, the other language’s, and the new corpus’s', async () => {
    const first = lastMessage(await run('command', { commandName: 'sections' }));
    expect(lastMessage(await run('command', { commandName: 'sections' }))).toEqual(first);
    const english = lastMessage(await run('command', { commandName: 'sections', locale: 'en-US' }));
    expect(english.embeds![0]!.footer!.text).toMatch(/^Sections: \d+$/);
    expect(first.embeds![0]!.footer!.text).toMatch(/^Sezioni: \d+$/);
    const dir = mkdtempSync(join(tmpdir(), 'brano-sections-'));
    try {
      cpSync(FIXTURE_DIR, dir, { recursive: true });
      const file = join(dir, 'vini.md');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n\n## Le esportazioni\n\nLe esportazioni di vino sono cresciute del dieci per cento.\n`);
      const reloaded = createCore(loadCorpus(dir), { lexicons: loadLexicons(dir) });
      const after = lastMessage(await run('command', { commandName: 'sections' }, botContext({ core: reloaded })));
      expect(after.embeds![0]!.description).toContain('Le esportazioni');
      expect(first.embeds![0]!.description).not.toContain('Le esportazioni');
      const choices = await run('autocomplete', { commandName: 'summarize', focused: 'section', options: { section: 'espor' } }, botContext({ core: reloaded }));
      expect((choices.calls[0]!.body as { value: string }[]).map((c) => c.value)).toEqual(['le-esportazioni']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('GIVEN /about THEN counts, sources and the version', async () => {
    const e = lastMessage(await run('command', { commandName: 'about', locale: 'en-US' })).embeds![0]!;
    expect(e.description).toContain('Articles: 2');
    expect(e.footer?.text).toBe('Brano 9.9.9-test');
    expect(JSON.stringify(e.fields)).toContain('@\u200beveryone');
  });

  it('GIVEN /help THEN an ephemeral guide in the locale', async () => {
    const m = lastMessage(await run('command', { commandName: 'help', locale: 'en-US' }));
    expect(m.flags).toBe(64);
    expect(m.embeds![0]!.description).toContain('/ask question');
  });
});

describe('/reload', () => {
  const ManageGuild = 1n << 5n;
  it('GIVEN a member without Manage Server THEN it refuses and does not reload', async () => {
    let calls = 0;
    const bot = botContext({ reload: async () => (calls++, { ok: true, articles: 2 }) });
    const m = lastMessage(await run('command', { commandName: 'reload', permissions: 0n }, bot));
    expect(calls).toBe(0);
    expect(m.content).toContain('gestire il server');
  });

  it('GIVEN a manager THEN it defers privately, reloads and reports the count; a failure is reported with its message', async () => {
    const ok = await run('command', { commandName: 'reload', permissions: ManageGuild }, botContext({ reload: async () => ({ ok: true, articles: 7 }) }));
    expect(ok.calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
    expect(ok.calls[0]!.body).toEqual({ flags: 64 });
    expect(lastMessage(ok).content).toContain('7 articoli');
    const bad = await run('command', { commandName: 'reload', permissions: ManageGuild }, botContext({ reload: async () => ({ ok: false, error: 'corpus: x.md:3: duplicate section "A"' }) }));
    expect(lastMessage(bad).content).toContain('duplicate section');
  });
});

describe('autocomplete', () => {
  it('GIVEN a partial name THEN matching people; GIVEN an empty section THEN all sections; choices within limits', async () => {
    const p = await run('autocomplete', { commandName: 'quote', focused: 'person', options: { person: 'bian' } });
    expect(p.calls[0]!.body).toEqual([{ name: 'Giulio Bianchi — presidente del consorzio', value: 'Giulio Bianchi' }]);
    const s = await run('autocomplete', { commandName: 'summarize', focused: 'section', options: { section: '' } });
    expect((s.calls[0]!.body as unknown[]).length).toBe(5);
    const a = await run('autocomplete', { commandName: 'ask', focused: 'article', options: { article: 'TRENI' } });
    const [only, ...rest] = a.calls[0]!.body as { name: string; value: string }[];
    expect(rest).toEqual([]);
    expect(only!.value).toBe('treni-regionali-e-pendolari-della-valle');
    expect(only!.name.length).toBeLessThanOrEqual(100);
    expect(only!.name).toMatch(/^Treni regionali: .+…$/);
  });

  it('GIVEN the same text typed again, then more of it THEN the same choices, then the narrower ones; a title is found by the start of one of its words or by a piece of one', async () => {
    const typed = async (section: string) => (await run('autocomplete', { commandName: 'summarize', focused: 'section', options: { section } })).calls[0]!.body as { value: string }[];
    const le = await typed('le');
    expect(await typed('LE')).toEqual(le);
    expect(le.map((c) => c.value)).toEqual(expect.arrayContaining(['le-cantine-e-il-mercato']));
    const narrower = await typed('le cant');
    expect(narrower.map((c) => c.value)).toEqual(['le-cantine-e-il-mercato']);
    expect((await typed('vendemmia')).map((c) => c.value)).toEqual(['la-vendemmia-anticipata']);
    expect((await typed('emmia')).map((c) => c.value)).toEqual(['la-vendemmia-anticipata']);
    expect(await typed('zzz')).toEqual([]);
  });

  it('GIVEN sections filtered by the article option THEN only that article’s sections', async () => {
    const s = await run('autocomplete', { commandName: 'summarize', focused: 'section', options: { section: '', article: 'vini' } });
    expect((s.calls[0]!.body as { value: string }[]).map((c) => c.value)).toEqual(['la-vendemmia-anticipata', 'le-cantine-e-il-mercato', 'il-futuro-dei-vitigni']);
  });
});

describe('the message command "Search the article"', () => {
  it('GIVEN a message with text THEN a private answer; GIVEN an empty one THEN a private note', async () => {
    const m = lastMessage(await run('message', { commandName: 'Search the article', targetContent: 'la vendemmia è cominciata prima del solito?' }));
    expect(m.flags).toBe(64);
    expect(m.embeds![0]!.description).toContain('¶1');
    const empty = lastMessage(await run('message', { commandName: 'Search the article', targetContent: '   ' }));
    expect(empty.content).toMatch(/non contiene testo/);
  });
});

describe('the router', () => {
  it('GIVEN a user within the cooldown THEN a friendly ephemeral note; buttons are not limited', async () => {
    let t = 0;
    const bot = botContext({ cooldownSeconds: 5, now: () => t });
    await run('command', { commandName: 'ask', options: { question: 'vendemmia' } }, bot);
    t = 2000;
    const second = lastMessage(await run('command', { commandName: 'ask', options: { question: 'vendemmia' } }, bot));
    expect(second.flags).toBe(64);
    expect(second.content).toContain('3 secondi');
    t = 5000;
    const third = lastMessage(await run('command', { commandName: 'ask', options: { question: 'vendemmia' } }, bot));
    expect(third.flags).toBeUndefined();
  });

  it('GIVEN a handler that throws THEN an ephemeral error with an id, and the same id in the log', async () => {
    const bot = botContext();
    const broken = { ...bot, core: () => ({ ...bot.core(), ask: () => { throw new Error('boom'); } }) as never };
    const m = lastMessage(await run('command', { commandName: 'ask', options: { question: 'vendemmia' } }, broken));
    expect(m.flags).toBe(64);
    const id = /`([0-9a-f]{8})`/.exec(m.content!)![1];
    const logged = bot.logger.records.find((r) => r.level === 'error')!;
    expect(logged.fields?.['errorId']).toBe(id);
  });

  it('GIVEN the error reply itself fails THEN nothing escapes and the failure is logged', async () => {
    const bot = botContext();
    const fake = fakeInteraction('command', { commandName: 'ask', options: { question: 'vendemmia' }, failOn: 'reply' });
    await expect(handleInteraction(fake as never, registry, bot)).resolves.toBeUndefined();
    expect(bot.logger.records.map((r) => r.level)).toEqual(['error', 'warn']);
  });

  it('GIVEN Discord refuses the answer with "Unknown interaction" (10062: it came too late) THEN no error message is tried (its token is gone) and one warning is logged', async () => {
    const bot = botContext();
    const fake = fakeInteraction('command', { commandName: 'ask', options: { question: 'vendemmia' } });
    let tries = 0;
    fake['reply'] = async () => {
      tries++;
      throw Object.assign(new Error('Unknown interaction'), { code: 10062, status: 404 });
    };
    await expect(handleInteraction(fake as never, registry, bot)).resolves.toBeUndefined();
    expect(tries).toBe(1);
    expect(bot.logger.records.map((r) => [r.level, r.msg])).toEqual([['warn', 'interaction expired before it was answered']]);
  });

  it('GIVEN an interaction kind Brano registers nothing for THEN an ephemeral note rather than a timeout', async () => {
    const m = lastMessage(await run('other', {}));
    expect(m.flags).toBe(64);
  });

  it('GIVEN an unknown command THEN an ephemeral note', async () => {
    const m = lastMessage(await run('command', { commandName: 'nope' }));
    expect(m.flags).toBe(64);
  });
});
