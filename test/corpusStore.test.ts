import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CorpusStore, loadCorpusAsync, onSighup } from '../src/corpusStore.js';
import { createCore } from '../src/core/brano.js';
import { loadCorpus } from '../src/core/corpus.js';
import { synthArticles, synthQueries } from '../scripts/synthCorpus.js';
import { loadLexicons } from '../src/lexicons.js';

const NEW_ARTICLE = `---
title: "Il ritorno del quokka"
lang: it
---

Il quokka è un piccolo marsupiale che vive sull'isola di Rottnest, in Australia occidentale.
`;

function writeCorpus(dir: string, articles: number): void {
  for (const a of synthArticles({ paragraphs: articles * 2, seed: 5, paragraphsPerArticle: 2, minWords: 20, maxWords: 40 })) {
    writeFileSync(join(dir, a.file), a.text);
  }
}

describe('CorpusStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'brano-store-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('GIVEN a corpus of 1,000 articles WHEN it reloads while 200 interactions arrive THEN none is lost and the swap is atomic', async () => {
    writeCorpus(dir, 1000);
    const store = await CorpusStore.open(dir);
    const first = store.core;
    expect(first.articles).toHaveLength(1000);
    writeFileSync(join(dir, 'quokka.md'), NEW_ARTICLE);

    const questions = synthQueries(200, 9);
    const reload = store.reload();
    expect(store.reloading).toBe(true);
    // Interactions arrive spread over the reload; each takes the core current at its start and keeps it.
    const interactions = questions.map(async (question, i) => {
      await sleep(i % 50);
      const core = store.core;
      const generation = store.generation;
      await sleep(1); // the reply is sent later: the swap may happen meanwhile
      return { generation, articles: core.articles.length, result: core.ask(question) };
    });
    const [outcome, ...done] = await Promise.all([reload, ...interactions]);

    expect(outcome).toMatchObject({ ok: true, generation: 2, articles: 1001 });
    expect(done).toHaveLength(200);
    done.forEach(({ generation, articles, result }, i) => {
      expect(result.question).toBe(questions[i]);
      expect(typeof result.answered).toBe('boolean');
      expect(Array.isArray(result.passages)).toBe(true);
      // A core is never half-swapped: generation 1 saw 1,000 articles, generation 2 saw 1,001.
      expect(articles).toBe(generation === 1 ? 1000 : 1001);
    });
    // Interactions were served while the reload ran, not queued behind it.
    expect(done.filter((d) => d.generation === 1).length).toBeGreaterThan(0);
    expect(store.core).not.toBe(first);
    expect(store.core.ask('Dove vive il quokka?').passages[0]?.article).toBe('quokka');
    expect(first.articles).toHaveLength(1000);
  });

  it('GIVEN the default builder WHEN reloading THEN the core is built in steps, each shorter than the whole build; a one-block builder counts whole', async () => {
    writeCorpus(dir, 60);
    const store = await CorpusStore.open(dir);
    const stepped = await store.reload();
    expect(stepped.ok).toBe(true);
    if (stepped.ok) expect(stepped.longestStepMs).toBeLessThan(stepped.buildMs);

    const whole = new CorpusStore(dir, store.core, (articles) => createCore(articles, { lexicons: loadLexicons(dir) }));
    const outcome = await whole.reload();
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.longestStepMs).toBeGreaterThanOrEqual(outcome.buildMs);
  });

  it('GIVEN a broken file WHEN reloading THEN the last good core stays and the error names file and line', async () => {
    writeCorpus(dir, 5);
    const store = await CorpusStore.open(dir);
    const good = store.core;
    writeFileSync(join(dir, 'rotto.md'), '---\ntitle: "Rotto"\nlingua: it\n---\n\nTesto.\n');
    const outcome = await store.reload();
    expect(outcome).toEqual({ ok: false, error: expect.stringMatching(/^corpus: rotto\.md:3: unknown front matter key "lingua"/), generation: 1 });
    expect(store.core).toBe(good);
    expect(store.generation).toBe(1);
    expect(store.lastError).toMatch(/^corpus: rotto\.md:3:/);

    writeFileSync(join(dir, 'rotto.md'), NEW_ARTICLE);
    expect(await store.reload()).toMatchObject({ ok: true, generation: 2, articles: 6 });
    expect(store.lastError).toBeUndefined();
  });

  it('GIVEN reload requests during a reload THEN they share one follow-up reload', async () => {
    writeCorpus(dir, 20);
    const store = await CorpusStore.open(dir);
    const a = store.reload();
    const b = store.reload();
    const c = store.reload();
    expect(b).toBe(c);
    expect((await a).generation).toBe(2);
    expect((await b).generation).toBe(3);
    expect(store.generation).toBe(3);
  });

  it('GIVEN unchanged files WHEN reloading THEN their parsed articles are reused and changed files are parsed again', async () => {
    writeCorpus(dir, 4);
    const store = await CorpusStore.open(dir);
    const before = store.core.articles;
    const changed = before[1]!;
    writeFileSync(join(dir, changed.file), NEW_ARTICLE);
    expect(await store.reload()).toMatchObject({ ok: true, articles: 4 });
    const after = store.core.articles;
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[2]);
    expect(after[1]).not.toBe(changed);
    expect(after[1]!.meta.title).toBe('Il ritorno del quokka');
  });

  it('GIVEN the same folder THEN the async loader reads what loadCorpus reads', async () => {
    writeCorpus(dir, 12);
    expect(await loadCorpusAsync(dir)).toEqual(loadCorpus(dir));
    await expect(loadCorpusAsync(join(dir, 'missing'))).rejects.toThrow(/^corpus: .*missing: cannot read the corpus folder/);
  });

  it('GIVEN onSighup WHEN SIGHUP arrives THEN the store reloads and logs the outcome', async () => {
    writeCorpus(dir, 3);
    const store = await CorpusStore.open(dir);
    const signals = new EventEmitter();
    const lines: string[] = [];
    const log = { info: (m: string) => lines.push(`info ${m}`), error: (m: string) => lines.push(`error ${m}`) };
    const stop = onSighup(store, log, signals);
    signals.emit('SIGHUP');
    await store.reload(); // waits for the follow-up, after the signal's reload
    expect(lines[0]).toMatch(/^info corpus: reloading /);
    expect(lines).toContainEqual(expect.stringMatching(/^info corpus: reloaded 3 articles, 6 paragraphs in \d+ ms \(generation 2\)$/));

    writeFileSync(join(dir, 'zz.md'), 'no front matter\n');
    signals.emit('SIGHUP');
    await store.reload();
    expect(lines).toContainEqual(expect.stringMatching(/^error corpus: zz\.md:1: missing front matter.* still serving generation \d$/));
    stop();
    expect(signals.listenerCount('SIGHUP')).toBe(0);
  });
});
