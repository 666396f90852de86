/**
 * The bench's fake Discord, in a worker thread of its own. Discord checks a bot's requests on its own servers, not on
 * the bot's CPU: running the fake (and its schema check of every body against Discord's OpenAPI description) on the
 * bot's event loop would charge the bot for Discord's work — and charge Brano, whose answers are larger, more than a
 * bot that answers "ok". Here the fake has its own thread, for Brano and for the do-nothing bot alike, and measures
 * interaction → callback as before.
 *
 * Protocol: the worker posts `{ kind: 'ready', restUrl, token, applicationId, guildId }`; the parent connects its bot,
 * posts `{ kind: 'warm-up', seed }` (50 interactions, answered before `{ kind: 'warm' }` comes back), then
 * `{ kind: 'burst', count, seed }` and gets `{ kind: 'figures', figures }` (or `{ kind: 'error', message }`);
 * `{ kind: 'close' }` ends the worker.
 */
import { parentPort } from 'node:worker_threads';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { PROJECT_ROOT } from '../src/config.js';
import { loadCorpus } from '../src/core/corpus.js';
import { DISCORD_OPENAPI_PATH, percentile, startFakeDiscord, type FakeDiscord } from '../test/support/fakeDiscord.js';

/** A burst of interactions through a bot and the fake Discord (the bench's `DiscordBurstFigures`). */
export interface BurstFigures {
  readonly interactions: number;
  /** Interaction dispatched → first callback received, as the fake Discord measures it. */
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** From the first dispatch to the last callback. */
  readonly wallMs: number;
  /** Interactions answered "thinking…" first (a deferral), their answer following in an edit or a follow-up. */
  readonly deferred: number;
  /** Interaction dispatched → the answer the user sees (the callback, or after a deferral the first edit or follow-up). */
  readonly answerP99Ms: number;
  /** Interactions not answered, or answered more than once. */
  readonly unanswered: number;
  readonly answeredMoreThanOnce: number;
  /** Rules Discord enforces that the bot broke (deadline, schema, mentions). */
  readonly violations: number;
  /** Request bodies checked against Discord's schema once the burst was answered (see {@link serve}). */
  readonly bodiesChecked: number;
}

/** Messages the worker posts. */
export type FromFake =
  | { readonly kind: 'ready'; readonly restUrl: string; readonly token: string; readonly applicationId: string; readonly guildId: string }
  | { readonly kind: 'warm' }
  | { readonly kind: 'figures'; readonly figures: BurstFigures }
  | { readonly kind: 'error'; readonly message: string };

/** Messages the worker takes. */
export type ToFake =
  | { readonly kind: 'warm-up'; readonly seed: number; readonly questions?: BurstQuestions }
  | { readonly kind: 'burst'; readonly count: number; readonly seed: number; readonly questions?: BurstQuestions }
  | { readonly kind: 'close' };

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Where a burst's questions come from: `sentences` (the default), the first eight words of one of the article's
 * sentences, drawn with repeats (the shipped article has 48 sentences, so a burst of 300 questions asks about 36
 * different ones); `distinct`, eight words from any word of any sentence, never the same question twice in a run.
 */
export type BurstQuestions = 'sentences' | 'distinct';

/**
 * The mix every burst sends, the same for every bot: /ask with questions made of the shipped article's own words (the
 * first words of its sentences, in a seeded order; see {@link BurstQuestions}), the section autocomplete of
 * /summarize, and /sections.
 * @param fake - the fake Discord (its registered commands type the options)
 * @param seed - the question order
 * @param questions - where the questions come from
 * @param warmUp - the warm-up's interactions (with `distinct`, drawn from the other end of the list)
 * @returns the i-th interaction
 */
function burstPayloads(fake: FakeDiscord, seed: number, questions: BurstQuestions = 'sentences', warmUp = false): (i: number) => Parameters<FakeDiscord['interact']>[0] {
  const sentences = loadCorpus(join(PROJECT_ROOT, 'corpus')).flatMap((a) => a.paragraphs.flatMap((p) => p.sentences.map((s) => s.text.split(/\s+/))));
  let x = seed >>> 0 || 1;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
  let pick: () => string;
  if (questions === 'sentences') {
    const words = sentences.map((w) => w.slice(0, 8).join(' '));
    pick = () => words[next() % words.length]!;
  } else {
    const windows = [...new Set(sentences.flatMap((w) => w.slice(0, Math.max(1, w.length - 3)).map((_, k) => w.slice(k, k + 8).join(' '))))];
    // A seeded shuffle (the generator's high bits), then each window once.
    for (let k = windows.length - 1; k > 0; k--) {
      const j = (next() >>> 8) % (k + 1);
      [windows[k], windows[j]] = [windows[j]!, windows[k]!];
    }
    if (warmUp) windows.reverse();
    let n = 0;
    pick = () => windows[n++ % windows.length]!;
  }
  return (i) => {
    const ctx = { locale: i % 3 === 0 ? ('en-US' as const) : ('it' as const) };
    if (i % 5 < 3) return fake.slashCommand('ask', { question: pick(), results: 3 }, ctx);
    if (i % 5 === 3) return fake.autocomplete('summarize', { section: pick().slice(0, 4) }, 'section', ctx);
    return fake.slashCommand('sections', {}, ctx);
  };
}

/**
 * Sends 50 interactions to warm up and waits for quiet.
 * @param fake - the fake Discord the bot is connected to
 * @param payload - the i-th interaction
 * @returns when they are answered
 */
async function warmUp(fake: FakeDiscord, payload: (i: number) => Parameters<FakeDiscord['interact']>[0]): Promise<void> {
  await Promise.all(Array.from({ length: 50 }, (_, i) => fake.interact(payload(i))));
  await fake.waitForIdle();
  fake.checkHeldBodies();
}

/**
 * Sends `count` interactions at once and measures interaction → callback.
 * @param fake - the fake Discord the bot is connected to
 * @param count - interactions sent at once
 * @param payload - the i-th interaction
 * @returns the burst's figures
 */
async function measureBurst(fake: FakeDiscord, count: number, payload: (i: number) => Parameters<FakeDiscord['interact']>[0]): Promise<BurstFigures> {
  const t = performance.now();
  const outcomes = await Promise.all(Array.from({ length: count }, (_, i) => fake.interact(payload(i))));
  const wallMs = performance.now() - t;
  await fake.waitForIdle({ timeoutMs: 60_000 });
  const bodiesChecked = fake.checkHeldBodies();
  const latencies = outcomes.flatMap((o) => (o.callback ? [o.callback.latencyMs] : []));
  if (!latencies.length) latencies.push(0);
  const isDeferral = (type: number) => type === 5 || type === 6;
  const answerLatencies = outcomes.flatMap((o) => {
    if (!o.callback) return [];
    if (!isDeferral(o.callback.type)) return [o.callback.latencyMs];
    const shown = Math.min(...[...o.edits, ...o.followUps].map((w) => w.at));
    return Number.isFinite(shown) ? [o.callback.latencyMs + (shown - o.callback.at)] : [];
  });
  if (!answerLatencies.length) answerLatencies.push(0);
  return {
    interactions: count,
    p50Ms: round1(percentile(latencies, 50)),
    p99Ms: round1(percentile(latencies, 99)),
    maxMs: round1(Math.max(0, ...latencies)),
    wallMs: round1(wallMs),
    deferred: outcomes.filter((o) => o.callback && isDeferral(o.callback.type)).length,
    answerP99Ms: round1(percentile(answerLatencies, 99)),
    unanswered: outcomes.filter((o) => !o.callback).length,
    answeredMoreThanOnce: outcomes.filter((o) => o.callbackAttempts > 1).length,
    violations: fake.violations.length,
    bodiesChecked,
  };
}

async function serve(port: NonNullable<typeof parentPort>): Promise<void> {
  if (!existsSync(DISCORD_OPENAPI_PATH)) throw new Error(`Discord's OpenAPI file is not at ${DISCORD_OPENAPI_PATH} (npm run spec:refresh)`);
  // Discord's 3 s first-callback deadline, unless the bench was told otherwise (`--deadline-ms`, for a busy machine).
  const deadline = Number(process.env['BENCH_DEADLINE_MS'] ?? 3000);
  // Bodies are checked against the schema after each burst, every one of them: Discord checks them on its own
  // servers, and here the checking would share the two cores with the bot it measures and, done on arrival, delay
  // every later callback by it — Brano's answers (embeds and buttons, ≈1.4 ms each to check) far more than the
  // do-nothing bot's "ok".
  const fake = await startFakeDiscord({ checkBodiesLater: true, ...(deadline > 0 ? { callbackDeadlineMs: deadline } : {}) });
  port.on('message', (m: ToFake) => {
    if (m.kind === 'close') {
      void fake.close().finally(() => port.close());
      return;
    }
    if (m.kind === 'warm-up') {
      warmUp(fake, burstPayloads(fake, m.seed, m.questions, true)).then(
        () => port.postMessage({ kind: 'warm' } satisfies FromFake),
        (err: unknown) => port.postMessage({ kind: 'error', message: String(err) } satisfies FromFake),
      );
      return;
    }
    measureBurst(fake, m.count, burstPayloads(fake, m.seed, m.questions)).then(
      (figures) => port.postMessage({ kind: 'figures', figures } satisfies FromFake),
      (err: unknown) => port.postMessage({ kind: 'error', message: String(err) } satisfies FromFake),
    );
  });
  port.postMessage({ kind: 'ready', restUrl: fake.restUrl, token: fake.token, applicationId: fake.world.applicationId, guildId: fake.world.guildId } satisfies FromFake);
}

if (parentPort) {
  const port = parentPort;
  serve(port).catch((err: unknown) => port.postMessage({ kind: 'error', message: String(err) } satisfies FromFake));
}
