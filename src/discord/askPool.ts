/**
 * Answering off the gateway's event loop: a small pool of worker threads, each holding its own core of the same
 * corpus folder, answers `/ask` questions while the main thread keeps receiving and acknowledging interactions. A
 * worker's answer is used only when it was computed from the same corpus as the core the interaction took (a
 * fingerprint of the articles and the index); otherwise — the pool still starting, a worker reloading after
 * `/reload` or SIGHUP, a worker that died — the question is answered on the main thread, exactly as without a pool.
 * A worker notices a new core by its fingerprint and reloads the folder itself.
 *
 * A worker posts its answers on a channel of their own, which the main thread also reads synchronously whenever an
 * interaction arrives ({@link AskPool.collect}): in a burst the event loop spends long stretches handling the
 * gateway's frames, and an answer waiting for the next turn of the loop would wait for all of them — the questions
 * waiting on it answered last, after every other interaction of the burst.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { AskOptions, AskResult } from '../core/ask.js';
import type { BranoCore } from '../core/brano.js';
import { contentDigest, paragraphCount } from '../core/lazyArticle.js';
import { PROJECT_ROOT } from '../core/projectRoot.js';
import type { Logger } from './logger.js';

/** Messages a worker posts. */
export type FromAskWorker =
  | { readonly kind: 'ready'; readonly fingerprint: string }
  | { readonly kind: 'answer'; readonly id: number; readonly fingerprint: string; readonly result: AskResult }
  | { readonly kind: 'failed'; readonly id?: number; readonly error: string }
  /** An article whose speakers the worker could not read (left out of its answers' statements; logged once). */
  | { readonly kind: 'fault'; readonly article: string; readonly error: string };

/** Messages a worker takes. */
export type ToAskWorker =
  | { readonly kind: 'ask'; readonly id: number; readonly question: string; readonly options: AskOptions }
  | { readonly kind: 'reload' };

/** What a worker loads: the same folder and snapshot cache as the bot. */
export interface AskWorkerData {
  readonly corpusDir: string;
  /** The snapshot cache folder, or undefined for `--no-cache`. */
  readonly cacheDir: string | undefined;
}

/** A worker's start-up data: what it loads, and the port it posts its answers (and failed questions) on. */
export interface AskWorkerStart extends AskWorkerData {
  readonly answers?: MessagePort;
}

const fingerprints = new WeakMap<BranoCore, string>();

/**
 * What a core answers from, as one string: every article's id, title, paragraph count and file content (the digest
 * the loader recorded, so no article is read for it; an article built by hand is hashed by its paragraphs), the
 * index's vocabulary and the thesaurus's size. Two cores with the same fingerprint give the same answers.
 * @param core - a core
 * @returns a hex digest (computed once per core)
 */
export function coreFingerprint(core: BranoCore): string {
  let fp = fingerprints.get(core);
  if (fp === undefined) {
    const hash = createHash('sha1');
    for (const a of core.articles) {
      hash.update(`\u0000${a.slug}\u0000${a.meta.title}\u0000${paragraphCount(a)}`);
      const digest = contentDigest(a);
      if (digest !== undefined) hash.update(`\u0003${digest}`);
      else for (const p of a.paragraphs) hash.update(`\u0001${p.sectionId}\u0001${p.text}`);
    }
    const index = core.index;
    hash.update(`\u0002${index.paragraphs.length}\u0002${index.paragraphIndex.vocabularySize}\u0002${index.sentenceIndex.vocabularySize}\u0002${index.thesaurus.size}`);
    fp = hash.digest('hex');
    fingerprints.set(core, fp);
  }
  return fp;
}

/** Answers questions in worker threads when they hold the interaction's corpus, else on the calling thread. */
export interface AskPool {
  /**
   * Answers a question from `core`'s corpus.
   * @param core - the core the interaction took
   * @param question - the question
   * @param options - as for `core.ask`
   * @returns what `core.ask(question, options)` returns
   */
  ask(core: BranoCore, question: string, options: AskOptions): Promise<AskResult>;
  /**
   * Takes the answers workers have posted and not yet delivered, now, without waiting for the event loop's next turn
   * (their questions' promises resolve as they would from the loop). Cheap when there are none.
   */
  collect(): void;
  /** How many questions workers answered, and how many the calling thread did (the pool not ready for that core). */
  readonly answered: { readonly worker: number; readonly inline: number };
  /** Resolves when every worker has loaded the corpus once (or stopped). */
  ready(): Promise<void>;
  /** Stops the workers (questions then are answered inline). */
  close(): Promise<void>;
}

interface Slot {
  readonly worker: Worker;
  /** Where the worker's answers arrive. */
  readonly answers: MessagePort;
  /** The corpus the worker serves, once it is ready. */
  fingerprint: string | undefined;
  reloading: boolean;
  alive: boolean;
  /** Questions sent and not yet answered. */
  busy: number;
}

/** Settings for {@link startAskPool}. */
export interface AskPoolSettings extends AskWorkerData {
  /** Worker threads (at least 1). */
  readonly size: number;
  readonly logger: Pick<Logger, 'info' | 'warn' | 'error'>;
}

/**
 * Starts the workers; each loads the corpus in the background (questions are answered inline until one is ready).
 * @param settings - corpus folder, snapshot cache, pool size, logger
 * @returns the pool
 */
export function startAskPool(settings: AskPoolSettings): AskPool {
  const script = join(PROJECT_ROOT, 'dist', 'src', 'discord', 'askWorker.js');
  const pending = new Map<number, { core: BranoCore; question: string; options: AskOptions; slot: Slot; resolve: (r: AskResult) => void }>();
  const answered = { worker: 0, inline: 0 };
  let nextId = 1;
  let closed = false;
  const inline = (core: BranoCore, question: string, options: AskOptions) => {
    answered.inline++;
    return core.ask(question, options);
  };
  const slots: Slot[] = [];
  const receivers = new Map<Slot, (m: FromAskWorker) => void>();
  // The articles whose speakers a worker could not read, told once for the whole pool.
  const faultsTold = new Set<string>();
  const started: Promise<void>[] = [];
  for (let n = 0; n < Math.max(1, settings.size); n++) {
    const channel = new MessageChannel();
    const data: AskWorkerStart = { corpusDir: settings.corpusDir, cacheDir: settings.cacheDir, answers: channel.port2 };
    const slot: Slot = { worker: new Worker(script, { workerData: data, transferList: [channel.port2] }), answers: channel.port1, fingerprint: undefined, reloading: true, alive: true, busy: 0 };
    let loaded = () => {};
    started.push(new Promise<void>((resolve) => (loaded = resolve)));
    const onMessage = (m: FromAskWorker) => {
      if (m.kind === 'fault') {
        if (!faultsTold.has(m.article)) settings.logger.warn('could not read who speaks in an article; its quotations are left out of /quote and /people', { article: m.article, error: m.error });
        faultsTold.add(m.article);
        return;
      }
      if (m.kind === 'ready') {
        slot.fingerprint = m.fingerprint;
        slot.reloading = false;
        loaded();
        return;
      }
      const job = m.id === undefined ? undefined : pending.get(m.id);
      if (m.kind === 'failed' && !job) {
        settings.logger.error('an answering worker could not load the corpus; questions are answered on the main thread', { error: m.error });
        if (slot.fingerprint === undefined) {
          // It never held a corpus: stop it (logged here, once).
          slot.alive = false;
          loaded();
          void slot.worker.terminate();
        }
      }
      if (!job || m.id === undefined) return;
      pending.delete(m.id);
      slot.busy--;
      // An answer from another corpus (the folder changed while the worker read it) is answered again here.
      if (m.kind === 'answer' && m.fingerprint === coreFingerprint(job.core)) {
        answered.worker++;
        job.resolve(m.result);
      } else job.resolve(inline(job.core, job.question, job.options));
    };
    // A worker never keeps the process alive on its own.
    slot.worker.unref();
    slot.worker.on('message', onMessage);
    slot.answers.on('message', onMessage);
    receivers.set(slot, onMessage);
    const lost = (err?: unknown) => {
      if (!slot.alive) return;
      slot.alive = false;
      loaded();
      if (!closed) settings.logger.error('an answering worker stopped; questions are answered on the main thread', { err });
      for (const [id, job] of pending) {
        if (job.slot !== slot) continue;
        pending.delete(id);
        job.resolve(inline(job.core, job.question, job.options));
      }
    };
    slot.worker.on('error', lost);
    slot.worker.on('exit', () => lost());
    slots.push(slot);
  }
  return {
    answered,
    ask(core, question, options) {
      if (closed) return Promise.resolve(inline(core, question, options));
      const fp = coreFingerprint(core);
      let best: Slot | undefined;
      for (const s of slots) {
        if (!s.alive) continue;
        if (s.fingerprint !== fp) {
          // The bot took a new core (a reload): the worker reloads the folder too, and answers again once it holds it.
          if (!s.reloading && s.fingerprint !== undefined) {
            s.reloading = true;
            s.worker.postMessage({ kind: 'reload' } satisfies ToAskWorker);
          }
          continue;
        }
        if (!best || s.busy < best.busy) best = s;
      }
      if (!best) return Promise.resolve(inline(core, question, options));
      const id = nextId++;
      const slot = best;
      slot.busy++;
      return new Promise<AskResult>((resolve) => {
        pending.set(id, { core, question, options, slot, resolve });
        slot.worker.postMessage({ kind: 'ask', id, question, options } satisfies ToAskWorker);
      });
    },
    collect() {
      if (closed) return;
      for (const slot of slots) {
        if (slot.busy === 0) continue;
        const receive = receivers.get(slot)!;
        for (let m = receiveMessageOnPort(slot.answers); m !== undefined; m = receiveMessageOnPort(slot.answers)) receive(m.message as FromAskWorker);
      }
    },
    async ready() {
      await Promise.all(started);
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
      for (const s of slots) s.answers.close();
    },
  };
}
