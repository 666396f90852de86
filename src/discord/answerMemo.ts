/**
 * Answers a Discord server already got: readers of one article ask the same things (the same question typed by
 * several people, a question asked again after a button), and each answer costs the first stage, the re-scoring and
 * the excerpt again. The memo keeps the latest answers per core — a `/reload` builds a new core, so an answer never
 * outlives its corpus — and lets questions asked while the same one is being answered wait for that answer instead
 * of being answered again. It holds the core's results only: the reply (language, buttons, recording) is made per
 * interaction as before.
 */
import type { AskOptions, AskResult } from '../core/ask.js';
import type { BranoCore } from '../core/brano.js';

/** Answers kept per core (the least recently asked go first). */
export const ANSWER_MEMO_SIZE = 512;

/** A question longer than this is answered without the memo (a pasted text is not asked twice). */
const MAX_MEMO_QUESTION = 500;

interface CoreMemo {
  readonly done: Map<string, AskResult>;
  readonly pending: Map<string, Promise<AskResult>>;
}

const memos = new WeakMap<BranoCore, CoreMemo>();

/**
 * The memo's key of a question and its options, or undefined when the answer must not be shared: options that
 * change how it is computed (terms, ranking, lexicon — measurement settings), or a question too long to recur.
 * @param question - the question as the core gets it
 * @param options - the ask options
 * @returns the key, or undefined
 */
function keyOf(question: string, options: AskOptions): string | undefined {
  if (options.terms || options.ranking || options.bilingual || question.length > MAX_MEMO_QUESTION) return undefined;
  return `${options.limit ?? ''}\u0000${options.article ?? ''}\u0000${options.lang ?? ''}\u0000${question}`;
}

// Results are shared by every reply made from them: frozen, so no reply can change another's.
function freeze(result: AskResult): AskResult {
  for (const list of [result.passages, result.closest ?? [], result.info ?? []]) {
    for (const item of list) Object.freeze(item);
    Object.freeze(list);
  }
  return Object.freeze(result);
}

/**
 * The answer the core's memo holds for a question, if it holds one (counted as asked again, so it stays longer), without
 * waiting a turn: a reply made from it can go out in the same turn as its interaction arrived.
 * @param core - the core the interaction took
 * @param question - the question
 * @param options - the ask options
 * @returns the answer given before, frozen, or undefined
 */
export function knownAnswer(core: BranoCore, question: string, options: AskOptions): AskResult | undefined {
  const key = keyOf(question, options);
  const memo = key === undefined ? undefined : memos.get(core);
  const known = memo?.done.get(key!);
  if (known) {
    // Most recently asked last: the first key is the one to drop.
    memo!.done.delete(key!);
    memo!.done.set(key!, known);
  }
  return known;
}

/**
 * `core.ask(question, options)`, through the core's memo: an answer given before (or being given now) to the
 * same question with the same options is returned again; otherwise `compute` answers and the memo keeps the result.
 * @param core - the core the interaction took (the memo is per core)
 * @param question - the question
 * @param options - the ask options
 * @param compute - answers the question (on this thread or in a worker)
 * @returns the answer, frozen
 */
export function memoisedAnswer(core: BranoCore, question: string, options: AskOptions, compute: () => AskResult | Promise<AskResult>): Promise<AskResult> {
  const key = keyOf(question, options);
  if (key === undefined) return Promise.resolve(compute());
  const known = knownAnswer(core, question, options);
  if (known) return Promise.resolve(known);
  let memo = memos.get(core);
  if (!memo) memos.set(core, (memo = { done: new Map(), pending: new Map() }));
  const waiting = memo.pending.get(key);
  if (waiting) return waiting;
  const { done, pending } = memo;
  const answering = Promise.resolve()
    .then(compute)
    .then((result) => {
      done.set(key, freeze(result));
      if (done.size > ANSWER_MEMO_SIZE) done.delete(done.keys().next().value!);
      return result;
    })
    .finally(() => pending.delete(key));
  pending.set(key, answering);
  return answering;
}
