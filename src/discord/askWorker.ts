/**
 * One answering worker of the ask pool (askPool.ts): loads the corpus folder as the bot does (same snapshot cache),
 * posts `ready` with its corpus's fingerprint, then answers `ask` messages; `reload` rereads the folder.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleFault } from '../core/brano.js';
import { CorpusStore } from '../corpusStore.js';
import { faultError } from '../faults.js';
import { coreFingerprint, type AskWorkerStart, type FromAskWorker, type ToAskWorker } from './askPool.js';

async function serve(port: NonNullable<typeof parentPort>, data: AskWorkerStart): Promise<void> {
  // Answers go on their own channel, which the main thread also reads between interactions (see AskPool.collect).
  const answers = data.answers ?? port;
  // A worker is a fresh module world: it installs the Italian lemma table as the main thread did, so that its
  // analysis (and its snapshot key) is the bot's.
  (await import('../lexicons.js')).installItalianData();
  let source;
  if (data.cacheDir !== undefined) {
    const { SnapshotCache, snapshotContext } = await import('../snapshotCache.js');
    source = new SnapshotCache(data.cacheDir, snapshotContext(data.corpusDir));
  }
  // (an article whose speakers cannot be read is told to the main thread, which logs it once for the pool)
  const onFault = (fault: ArticleFault) => port.postMessage({ kind: 'fault', article: fault.article, error: faultError(fault.error) } satisfies FromAskWorker);
  const store = await CorpusStore.open(data.corpusDir, undefined, source, onFault);
  port.on('message', (m: ToAskWorker) => {
    if (m.kind === 'reload') {
      void store.reload().then((outcome) => {
        // A failed reload keeps the last good corpus: its fingerprint says which one this worker holds.
        if (!outcome.ok) port.postMessage({ kind: 'failed', error: outcome.error } satisfies FromAskWorker);
        port.postMessage({ kind: 'ready', fingerprint: coreFingerprint(store.core) } satisfies FromAskWorker);
      });
      return;
    }
    const core = store.core;
    try {
      answers.postMessage({ kind: 'answer', id: m.id, fingerprint: coreFingerprint(core), result: core.ask(m.question, m.options) } satisfies FromAskWorker);
    } catch (err) {
      answers.postMessage({ kind: 'failed', id: m.id, error: String(err) } satisfies FromAskWorker);
    }
  });
  port.postMessage({ kind: 'ready', fingerprint: coreFingerprint(store.core) } satisfies FromAskWorker);
}

if (parentPort) {
  const port = parentPort;
  serve(port, workerData as AskWorkerStart).catch((err: unknown) => port.postMessage({ kind: 'failed', error: String(err) } satisfies FromAskWorker));
}
