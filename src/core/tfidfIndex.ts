/**
 * An inverted TF-IDF index with BM25 saturation and length normalisation, built to stay fast at hundreds of
 * thousands of documents.
 *
 * Layout: terms get integer ids; all postings live in two flat typed arrays (document ids ascending within each
 * term, and the term's precomputed impact in that document: idf × saturated, length-normalised tf), with
 * `termStart[t] … termStart[t + 1]` delimiting term `t`. Building is two passes over a flat stream of term ids,
 * so no per-term JavaScript arrays are ever allocated.
 *
 * Top-k search is MaxScore (Turtle & Flood 1995): query terms are sorted by their highest possible contribution;
 * once `k` documents are held in a min-heap, the terms whose summed bound cannot beat the k-th score become
 * "non-essential" — they are only probed (by galloping search) for documents found through the essential ones, and
 * a document is dropped as soon as its bound falls under the threshold. A common term therefore no longer forces a
 * scan of its whole posting list. The result is exactly the exhaustive top-k (same scores, ties by document id).
 */

/** Weighting parameters. `k1` saturates term frequency, `b` normalises by document length. */
export interface WeightingOptions {
  /** BM25 k1 (0 = binary tf, large = close to raw tf). Default 1.2. */
  readonly k1?: number;
  /** BM25 b (0 = no length normalisation, 1 = full). Default 0.75. */
  readonly b?: number;
}

/** A query term with its weight (1 for a term the user typed; less for an expansion). */
export interface WeightedTerm {
  readonly term: string;
  readonly weight: number;
}

/** One scored document. */
export interface Hit {
  /** Document id (its position in the array given to `build`). */
  readonly doc: number;
  readonly score: number;
}

// Bounds are sums of floats taken in a different order from the exact score; this slack keeps pruning safe.
const BOUND_SLACK = 1 + 1e-9;

/**
 * A copy of `a` at least `min` long (its length doubled as often as needed), for arrays that grow as they fill.
 * @param a - the array
 * @param min - the least length wanted
 * @returns the longer copy
 */
export function grow(a: Int32Array, min: number): Int32Array<ArrayBuffer> {
  let size = a.length || 16;
  while (size < min) size *= 2;
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/**
 * An index's content as plain typed arrays and its vocabulary, for storing it and reading it back without rebuilding
 * (see {@link TfIdfIndex.toData} and {@link TfIdfIndex.fromData}).
 */
export interface TfIdfIndexData {
  /** The vocabulary, by dense term id. */
  readonly terms: readonly string[];
  /** Its hash table ({@link termLookupTable}), when stored with it: read back, the index looks terms up through it. */
  readonly lookup?: Int32Array;
  /** Term `t`'s postings are `termStart[t] … termStart[t + 1]`. */
  readonly termStart: Int32Array;
  readonly postingDocs: Int32Array;
  readonly postingImpacts: Float32Array;
  readonly maxImpact: Float32Array;
  readonly idfs: Float32Array;
  readonly docLengths: Uint32Array;
  /**
   * Where the postings are read from when they were not read with the rest (an index snapshot read lazily): then
   * `postingDocs` and `postingImpacts` are empty, and each term's postings are read when a query first names it.
   */
  readonly postings?: PostingSource;
}

/**
 * The postings of an index read back without them: each term's are read when a query first names it, so a start-up
 * reads the postings of the questions it answers, not the whole index.
 */
export interface PostingSource {
  /**
   * Reads term `t`'s postings (`termStart[t] … termStart[t + 1]` of the whole index's) into `docs` and `impacts`,
   * which have exactly their length.
   * @returns false when they cannot be read or are damaged (checked against the term's stored checksum)
   */
  read(term: number, docs: Int32Array, impacts: Float32Array): boolean;
  /**
   * The index's whole content built again, for when a term's stored postings turn out to be damaged: the index then
   * takes every posting from it (it must have the same vocabulary and term ranges).
   */
  repair?(): TfIdfIndexData;
}

/**
 * Documents given as term ids, handed over one at a time as often as a build reads them (twice), so that no stream of
 * every document's ids needs to exist (see {@link TfIdfIndex.buildFromDocs}).
 */
export interface IdDocuments {
  /** Each document's number of ids. */
  readonly lengths: Uint32Array;
  /**
   * Hands every document over, in order: `visit(ids, from, to)` with the document's ids in `ids[from … to)`, lent for
   * the call only. Each call must hand over the same ids.
   */
  forEach(visit: (ids: Int32Array, from: number, to: number) => void): void;
}

/** How an index finds a term's id: a Map when built, a stored hash table when read back (see {@link termLookupTable}). */
interface TermIds {
  get(term: string): number | undefined;
  has(term: string): boolean;
  readonly size: number;
}

/**
 * FNV-1a over a term's UTF-16 code units: the hash of the stored term tables.
 * @param term - a term
 * @returns an unsigned 32-bit hash
 */
export function termHash(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * An open-addressing hash table of a vocabulary (linear probing; slots hold term ids, −1 when empty), stored with an
 * index so that reading it back does not insert every term into a Map.
 * @param terms - the vocabulary, by term id
 * @returns the slots (a power of two, at least twice the vocabulary)
 */
export function termLookupTable(terms: readonly string[]): Int32Array {
  let size = 16;
  while (size < 2 * terms.length) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  const mask = size - 1;
  terms.forEach((term, id) => {
    let i = termHash(term) & mask;
    while (slots[i]! >= 0) i = (i + 1) & mask;
    slots[i] = id;
  });
  return slots;
}

// A vocabulary looked up through its stored hash table: a term is found by comparing it with the candidates only.
class HashedTermIds implements TermIds {
  private readonly mask: number;
  constructor(
    private readonly terms: readonly string[],
    private readonly slots: Int32Array,
  ) {
    this.mask = slots.length - 1;
  }
  get size(): number {
    return this.terms.length;
  }
  get(term: string): number | undefined {
    for (let i = termHash(term) & this.mask; ; i = (i + 1) & this.mask) {
      const id = this.slots[i]!;
      if (id < 0) return undefined;
      if (this.terms[id] === term) return id;
    }
  }
  has(term: string): boolean {
    return this.get(term) !== undefined;
  }
}

/**
 * BM25's inverse document frequency (the "+1" form, never negative).
 * @param n - documents in the index
 * @param df - documents holding the term
 * @returns the idf
 */
export function bm25Idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * BM25's score of one term in one document: the one formula Brano ranks with (the index's postings and `ask`'s
 * exact scores of candidates).
 * @param idf - the term's idf ({@link bm25Idf})
 * @param tf - how often the document holds it
 * @param length - the document's length, in terms
 * @param averageLength - the index's average document length
 * @param k1 - saturation of term frequency
 * @param b - normalisation by length
 * @returns the term's contribution (0 when `tf` is 0)
 */
export function bm25(idf: number, tf: number, length: number, averageLength: number, k1: number, b: number): number {
  return tf ? (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / averageLength)) : 0;
}

/** Immutable inverted index over documents given as term lists. */
export class TfIdfIndex {
  private readonly termIds: TermIds;
  // The vocabulary by id.
  private readonly termList: readonly string[];
  private readonly termStart: Int32Array;
  // The postings: term t's are `postingAt[t] …` for `termStart[t + 1] − termStart[t]` entries. Built, postingAt is
  // termStart; read lazily, the postings of the terms read so far are kept one after the other, in reading order.
  private postingDocs: Int32Array;
  private postingImpacts: Float32Array;
  private postingAt: Int32Array;
  // Postings read lazily: their source, 1 for each term whose postings are not read yet, and how many entries of the
  // posting arrays are used (undefined once every term's postings are at hand).
  private postingSource: PostingSource | undefined;
  private unread: Uint8Array | undefined;
  private postingsUsed = 0;
  private readonly maxImpact: Float32Array;
  private readonly idfs: Float32Array;
  private readonly docLengths: Uint32Array;
  // Scratch buffers, reused across queries (the index is used from one thread).
  private dense: Float64Array | undefined;
  private seen: Uint8Array | undefined;
  private touched: Int32Array | undefined;
  private heapScore = new Float64Array(16);
  private heapDoc = new Int32Array(16);
  // The resolved query (see `resolve`) and per-term MaxScore state, grown as needed.
  private qIds = new Int32Array(16);
  private qWeights = new Float64Array(16);
  private qNegative = false;
  private tBound = new Float64Array(16);
  private tCum = new Float64Array(16);
  private tContribution = new Float64Array(16);
  private tWeight = new Float64Array(16);
  private tPos = new Int32Array(16);
  private tEnd = new Int32Array(16);
  private tOriginal = new Int32Array(16);
  /** Number of documents. */
  readonly size: number;

  private constructor(
    termIds: TermIds,
    termList: readonly string[],
    termStart: Int32Array,
    postingDocs: Int32Array,
    postingImpacts: Float32Array,
    maxImpact: Float32Array,
    idfs: Float32Array,
    docLengths: Uint32Array,
  ) {
    this.termIds = termIds;
    this.termList = termList;
    this.termStart = termStart;
    this.postingDocs = postingDocs;
    this.postingImpacts = postingImpacts;
    this.postingAt = termStart;
    this.maxImpact = maxImpact;
    this.idfs = idfs;
    this.docLengths = docLengths;
    this.size = docLengths.length;
  }

  /**
   * Builds the index.
   * @param docs - each document as the list of its terms (repeats count)
   * @param options - BM25 weighting
   * @returns the index
   * @example
   * const index = TfIdfIndex.build([['llama', 'meta'], ['android', 'google']]);
   * index.search([{ term: 'android', weight: 1 }], 1)[0]?.doc // 1
   */
  static build(docs: readonly (readonly string[])[], options: WeightingOptions = {}): TfIdfIndex {
    const n = docs.length;
    const docLengths = new Uint32Array(n);
    let total = 0;
    for (let d = 0; d < n; d++) total += docLengths[d] = docs[d]!.length;
    // Terms → ids in order of first appearance, as one flat stream.
    const ids = new Map<string, number>();
    const names: string[] = [];
    const stream = new Int32Array(total);
    let at = 0;
    for (const terms of docs) {
      for (const term of terms) {
        let id = ids.get(term);
        if (id === undefined) {
          id = names.length;
          ids.set(term, id);
          names.push(term);
        }
        stream[at++] = id;
      }
    }
    return TfIdfIndex.buildFromIds(stream, docLengths, (id) => names[id]!, options);
  }

  /**
   * Builds the index from documents already turned into term ids: one flat stream of ids, document after document.
   * The same index as `build` over the same terms, without a string lookup per occurrence.
   * @param stream - every document's term ids, in order (any non-negative ids of a dictionary where distinct ids
   *   stand for distinct terms, e.g. a shared dictionary's)
   * @param docLengths - each document's number of ids in the stream
   * @param termOf - the term an id stands for
   * @param options - BM25 weighting
   * @returns the index
   */
  static buildFromIds(stream: Int32Array, docLengths: Uint32Array, termOf: (id: number) => string, options: WeightingOptions = {}): TfIdfIndex {
    let total = 0;
    for (let d = 0; d < docLengths.length; d++) total += docLengths[d]!;
    if (total !== stream.length) throw new RangeError(`TfIdfIndex.buildFromIds: the lengths add up to ${total}, the stream holds ${stream.length}`);
    const docs: IdDocuments = {
      lengths: docLengths,
      forEach(visit) {
        let at = 0;
        for (let d = 0; d < docLengths.length; d++) {
          const end = at + docLengths[d]!;
          visit(stream, at, end);
          at = end;
        }
      },
    };
    return TfIdfIndex.buildFromDocs(docs, termOf, options);
  }

  /**
   * Builds the index from documents handed over one at a time as term ids (see {@link IdDocuments}), read twice: the
   * same index as `buildFromIds` over the stream of them all, without that stream (a corpus's holds millions of ids).
   * @param docs - the documents' lengths, and their ids in order
   * @param termOf - the term an id stands for
   * @param options - BM25 weighting
   * @returns the index
   * @throws RangeError when a document's ids do not match its length, or an id is negative
   */
  static buildFromDocs(docs: IdDocuments, termOf: (id: number) => string, options: WeightingOptions = {}): TfIdfIndex {
    const builder = new TfIdfIndexBuilder(termOf, options);
    const lengths = docs.lengths;
    let d = 0;
    const handed = (from: number, to: number) => {
      if (d >= lengths.length || to - from !== lengths[d]) throw new RangeError(`TfIdfIndex.buildFromDocs: document ${d} does not have the length given for it`);
      d++;
    };
    docs.forEach((ids, from, to) => {
      handed(from, to);
      builder.count(ids, from, to);
    });
    if (d !== lengths.length) throw new RangeError(`TfIdfIndex.buildFromDocs: ${d} documents handed over, ${lengths.length} lengths given`);
    d = 0;
    docs.forEach((ids, from, to) => {
      handed(from, to);
      builder.fill(ids, from, to);
    });
    return builder.finish();
  }

  /**
   * An index made by a {@link TfIdfIndexBuilder}.
   * @internal
   */
  static made(terms: string[], termStart: Int32Array, postingDocs: Int32Array, postingImpacts: Float32Array, maxImpact: Float32Array, idfs: Float32Array, docLengths: Uint32Array): TfIdfIndex {
    return new TfIdfIndex(new HashedTermIds(terms, termLookupTable(terms)), terms, termStart, postingDocs, postingImpacts, maxImpact, idfs, docLengths);
  }

  /**
   * The index's content, for storing (the arrays are the index's own: do not modify them).
   * @returns the vocabulary in id order and the posting arrays
   */
  toData(): TfIdfIndexData {
    if (this.unread) {
      // Every posting, in term order.
      const total = this.termStart[this.termList.length]!;
      const docs = new Int32Array(total);
      const impacts = new Float32Array(total);
      for (let t = 0; t < this.termList.length && this.unread; t++) {
        this.readPostings(t);
        const from = this.termStart[t]!;
        const at = this.postingAt[t]!;
        const to = at + this.termStart[t + 1]! - from;
        docs.set(this.postingDocs.subarray(at, to), from);
        impacts.set(this.postingImpacts.subarray(at, to), from);
      }
      if (this.unread) {
        this.postingDocs = docs;
        this.postingImpacts = impacts;
        this.postingAt = this.termStart;
        this.unread = undefined;
        this.postingSource = undefined;
      }
    }
    return { terms: this.termList, termStart: this.termStart, postingDocs: this.postingDocs, postingImpacts: this.postingImpacts, maxImpact: this.maxImpact, idfs: this.idfs, docLengths: this.docLengths };
  }

  /**
   * An index from stored content, as {@link TfIdfIndex.toData} gave it: the same index, searched identically, without
   * rebuilding it. The arrays are used as they are, not copied.
   * @param data - the content
   * @param sameTerms - an index read back from content with the very same `terms` array, whose term lookup is shared
   *   instead of built again (a passage index's paragraph and sentence indexes have one vocabulary)
   * @returns the index
   * @throws RangeError when the arrays do not fit together (lengths, posting ranges, document ids)
   */
  static fromData(data: TfIdfIndexData, sameTerms?: { readonly index: TfIdfIndex; readonly terms: readonly string[] }): TfIdfIndex {
    const { terms, termStart, postingDocs, postingImpacts, maxImpact, idfs, docLengths, postings } = data;
    const v = terms.length;
    const bad = (why: string) => new RangeError(`TfIdfIndex.fromData: ${why}`);
    if (termStart.length !== v + 1 || maxImpact.length !== v || idfs.length !== v) throw bad('the term arrays do not match the vocabulary');
    if (termStart[0] !== 0 || (!postings && termStart[v] !== postingDocs.length) || postingImpacts.length !== postingDocs.length) throw bad('the posting arrays do not match the term ranges');
    // Content read lazily comes from a stored snapshot whose head (these arrays) was checked whole against its
    // checksum, and each term's range is checked again when its postings are read: a start-up visits no term here.
    if (!postings) for (let t = 0; t < v; t++) if (termStart[t + 1]! < termStart[t]!) throw bad('a term range runs backwards');
    const n = docLengths.length;
    // Postings read lazily are checked term by term as they are read.
    if (!postings) for (let p = 0; p < postingDocs.length; p++) if (postingDocs[p]! >>> 0 >= n) throw bad('a posting names a document that does not exist');
    const read = (termIds: TermIds) => {
      const index = new TfIdfIndex(termIds, terms, termStart, postingDocs, postingImpacts, maxImpact, idfs, docLengths);
      if (postings) {
        index.postingSource = postings;
        index.unread = new Uint8Array(v).fill(1);
        index.postingAt = new Int32Array(v + 1);
        // Room for every posting at once: memory is only taken as postings are read into it, and no read moves the
        // postings read before.
        index.postingDocs = new Int32Array(termStart[v]!);
        index.postingImpacts = new Float32Array(termStart[v]!);
      }
      return index;
    };
    if (sameTerms && sameTerms.terms === terms && sameTerms.index.termIds.size === v) return read(sameTerms.index.termIds);
    const { lookup } = data;
    if (lookup) {
      if (lookup.length < 2 * v || lookup.length & (lookup.length - 1)) throw bad('the term table does not fit the vocabulary');
      // Likewise the table, stored with the head: a start-up does not visit its million slots again.
      if (postings) return read(new HashedTermIds(terms, lookup));
      // Every term must sit in the table exactly once, and nothing else: then a look-up finds each term, and
      // compares candidates by their text, so it never answers a wrong id.
      let filled = 0;
      for (let i = 0; i < lookup.length; i++) {
        const id = lookup[i]!;
        if (id >= v) throw bad('the term table names a term that does not exist');
        if (id >= 0) filled++;
      }
      if (filled !== v) throw bad('the term table does not hold the vocabulary');
      return read(new HashedTermIds(terms, lookup));
    }
    const termIds = new Map<string, number>();
    for (let t = 0; t < v; t++) termIds.set(terms[t]!, t);
    if (termIds.size !== v) throw bad('the vocabulary repeats a term');
    return read(termIds);
  }

  /**
   * Inverse document frequency of a term (0 when unknown).
   * @param term - an analysed term
   * @returns its idf
   */
  idf(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.idfs[id]!;
  }

  /**
   * Number of documents that contain a term.
   * @param term - an analysed term
   * @returns its document frequency
   */
  df(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.termStart[id + 1]! - this.termStart[id]!;
  }

  /**
   * A term's id in the index's vocabulary (its position in `toData().terms`).
   * @param term - an analysed term
   * @returns the id, or undefined when no document contains the term
   */
  termIdOf(term: string): number | undefined {
    return this.termIds.get(term);
  }

  /**
   * Whether the index knows a term.
   * @param term - an analysed term
   * @returns true when some document contains it
   */
  has(term: string): boolean {
    return this.termIds.has(term);
  }

  /** Number of distinct terms. */
  get vocabularySize(): number {
    return this.termIds.size;
  }

  /** Number of (term, document) postings. */
  get postingCount(): number {
    return this.termStart[this.termList.length]!;
  }

  /** The documents' lengths added up, in terms. */
  get totalLength(): number {
    let total = 0;
    for (let d = 0; d < this.docLengths.length; d++) total += this.docLengths[d]!;
    return total;
  }

  /**
   * Length of a document in terms.
   * @param doc - document id
   * @returns its length
   */
  docLength(doc: number): number {
    return this.docLengths[doc] ?? 0;
  }

  /**
   * The highest impact a term has in any document: an upper bound used to prune and to judge confidence.
   * @param term - an analysed term
   * @returns the bound (0 when unknown)
   */
  maxTermImpact(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.maxImpact[id]!;
  }

  /**
   * The highest score any document could reach for a query: the sum of each term's weight × its highest impact
   * (positive weights only). Dividing a score by it gives a confidence in [0, 1].
   * @param query - weighted terms
   * @returns the bound (0 when no term is known)
   */
  maxScore(query: readonly WeightedTerm[]): number {
    const n = this.resolve(query);
    let s = 0;
    for (let i = 0; i < n; i++) if (this.qWeights[i]! > 0) s += this.qWeights[i]! * this.maxImpact[this.qIds[i]!]!;
    return s;
  }

  /**
   * The best `k` documents for a query, best first; ties go to the lower document id. Exactly the top of
   * `scoreAll`, computed without scoring every document (MaxScore pruning).
   * @param query - weighted terms; unknown terms are ignored, repeated terms add up
   * @param k - how many hits at most
   * @returns hits with score > 0
   * @example
   * index.search([{ term: 'android', weight: 1 }, { term: 'google', weight: 0.5 }], 10)
   */
  search(query: readonly WeightedTerm[], k: number): Hit[] {
    k = Math.min(Math.floor(k), this.size);
    if (!(k > 0)) return [];
    const n = this.resolve(query);
    if (n === 0) return [];
    if (k > this.heapScore.length) {
      this.heapScore = new Float64Array(k);
      this.heapDoc = new Int32Array(k);
    }
    // Negative weights break the bounds, and when k covers most documents pruning cannot pay: score exhaustively.
    // (Walking every posting whenever the query's postings are fewer than the documents was tried: it saved time over
    // a batch at 30,000 paragraphs but cost one question with a misspelt word 2–3× its time at 100,000.)
    const held = this.qNegative || k * 4 >= this.size ? this.exhaustiveTopK(n, k) : this.maxScoreTopK(n, k);
    return this.drainHeap(held);
  }

  /**
   * The score of every document for a query, as a dense array (for fusing evidence across granularities).
   * @param query - weighted terms
   * @returns one score per document
   */
  scoreAll(query: readonly WeightedTerm[]): Float64Array {
    const out = new Float64Array(this.size);
    const n = this.resolve(query);
    for (let i = 0; i < n; i++) {
      const id = this.qIds[i]!;
      const w = this.qWeights[i]!;
      const at = this.postingAt[id]!;
      const to = at + this.termStart[id + 1]! - this.termStart[id]!;
      for (let p = at; p < to; p++) out[this.postingDocs[p]!]! += w * this.postingImpacts[p]!;
    }
    return out;
  }

  /**
   * The scores of a contiguous range of documents (e.g. the sentences of one paragraph), reading only that slice
   * of each posting list: cost grows with the query and the range, not with the corpus.
   * @param query - weighted terms
   * @param from - first document id
   * @param to - one past the last document id
   * @returns `to - from` scores, identical to the same slice of `scoreAll`
   */
  scoreRange(query: readonly WeightedTerm[], from: number, to: number): Float64Array {
    from = Math.max(0, from);
    to = Math.min(this.size, to);
    const out = new Float64Array(Math.max(0, to - from));
    if (to <= from) return out;
    const n = this.resolve(query);
    for (let i = 0; i < n; i++) {
      const id = this.qIds[i]!;
      const w = this.qWeights[i]!;
      const at = this.postingAt[id]!;
      const end = at + this.termStart[id + 1]! - this.termStart[id]!;
      for (let p = this.seek(at, end, from); p < end; p++) {
        const d = this.postingDocs[p]!;
        if (d >= to) break;
        out[d - from]! += w * this.postingImpacts[p]!;
      }
    }
    return out;
  }

  /**
   * Resolves a query into `qIds`/`qWeights`: repeated terms merged (weights summed), unknown, non-finite and
   * zero-weight terms dropped; the order of first appearance is the scoring order. Sets `qNegative`.
   * @returns how many terms remain
   */
  private resolve(query: readonly WeightedTerm[]): number {
    if (query.length > this.qIds.length) {
      const size = Math.max(query.length, this.qIds.length * 2);
      this.qIds = new Int32Array(size);
      this.qWeights = new Float64Array(size);
    }
    const ids = this.qIds;
    const weights = this.qWeights;
    let n = 0;
    for (const { term, weight } of query) {
      const id = this.termIds.get(term);
      if (id === undefined || !Number.isFinite(weight)) continue;
      if (this.unread?.[id]) this.readPostings(id);
      let at = 0;
      while (at < n && ids[at] !== id) at++;
      if (at < n) weights[at]! += weight;
      else {
        ids[n] = id;
        weights[n++] = weight;
      }
    }
    let keep = 0;
    this.qNegative = false;
    for (let i = 0; i < n; i++) {
      const w = weights[i]!;
      if (w === 0) continue;
      if (w < 0) this.qNegative = true;
      ids[keep] = ids[i]!;
      weights[keep++] = w;
    }
    return keep;
  }

  // Reads a term's postings from the index's source (once); damaged ones make the index take all its postings from a rebuild.
  private readPostings(id: number): void {
    const unread = this.unread;
    const source = this.postingSource;
    if (!unread?.[id] || !source) return;
    const length = this.termStart[id + 1]! - this.termStart[id]!;
    const at = this.postingsUsed;
    if (at + length > this.postingDocs.length) {
      let size = this.postingDocs.length * 2;
      while (size < at + length) size *= 2;
      const docs = new Int32Array(size);
      docs.set(this.postingDocs.subarray(0, at));
      const impacts = new Float32Array(size);
      impacts.set(this.postingImpacts.subarray(0, at));
      this.postingDocs = docs;
      this.postingImpacts = impacts;
    }
    const docs = this.postingDocs.subarray(at, at + length);
    let sound = source.read(id, docs, this.postingImpacts.subarray(at, at + length));
    for (let p = 0; sound && p < length; p++) if (docs[p]! >>> 0 >= this.size) sound = false;
    if (sound) {
      unread[id] = 0;
      this.postingAt[id] = at;
      this.postingsUsed = at + length;
      return;
    }
    const fresh = source.repair?.();
    const same =
      fresh !== undefined &&
      fresh.termStart.length === this.termStart.length &&
      fresh.postingDocs.length === this.termStart[this.termList.length] &&
      fresh.termStart.every((x, i) => x === this.termStart[i]);
    if (!same) throw new Error('TfIdfIndex: stored postings are damaged and could not be built again');
    this.postingDocs = fresh.postingDocs;
    this.postingImpacts = fresh.postingImpacts;
    this.postingAt = this.termStart;
    this.unread = undefined;
    this.postingSource = undefined;
  }

  /** First posting position in [from, end) whose document is ≥ doc (galloping, then binary search). */
  private seek(from: number, end: number, doc: number): number {
    const docs = this.postingDocs;
    if (from >= end || docs[from]! >= doc) return from;
    let lo = from;
    let step = 1;
    let hi = from + 1;
    while (hi < end && docs[hi]! < doc) {
      lo = hi;
      step *= 2;
      hi = lo + step;
    }
    if (hi > end) hi = end;
    // docs[lo] < doc, and docs[hi] >= doc or hi === end
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (docs[mid]! < doc) lo = mid;
      else hi = mid;
    }
    return hi;
  }

  // The heap keeps the k best hits with the worst on top: lower score, or equal score and higher doc id.
  private worse(i: number, j: number): boolean {
    const a = this.heapScore[i]!;
    const b = this.heapScore[j]!;
    return a < b || (a === b && this.heapDoc[i]! > this.heapDoc[j]!);
  }

  private swap(i: number, j: number): void {
    const s = this.heapScore[i]!;
    this.heapScore[i] = this.heapScore[j]!;
    this.heapScore[j] = s;
    const d = this.heapDoc[i]!;
    this.heapDoc[i] = this.heapDoc[j]!;
    this.heapDoc[j] = d;
  }

  private siftDown(i: number, size: number): void {
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) return;
      const r = l + 1;
      const m = r < size && this.worse(r, l) ? r : l;
      if (!this.worse(m, i)) return;
      this.swap(i, m);
      i = m;
    }
  }

  /** Offers a hit to a heap of `size` entries (capacity k); returns the new size. */
  private offer(size: number, k: number, doc: number, score: number): number {
    if (size < k) {
      let i = size;
      this.heapScore[i] = score;
      this.heapDoc[i] = doc;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return size + 1;
    }
    const top = this.heapScore[0]!;
    if (score > top || (score === top && doc < this.heapDoc[0]!)) {
      this.heapScore[0] = score;
      this.heapDoc[0] = doc;
      this.siftDown(0, size);
    }
    return size;
  }

  /** Empties the heap into hits, best first. */
  private drainHeap(size: number): Hit[] {
    const hits: Hit[] = new Array<Hit>(size);
    for (let n = size; n > 0; n--) {
      hits[n - 1] = { doc: this.heapDoc[0]!, score: this.heapScore[0]! };
      this.swap(0, n - 1);
      this.siftDown(0, n - 1);
    }
    return hits;
  }

  /** Accumulates every matching document's score, then keeps the best k. */
  private exhaustiveTopK(n: number, k: number): number {
    const dense = (this.dense ??= new Float64Array(this.size));
    const seen = (this.seen ??= new Uint8Array(this.size));
    const touched = (this.touched ??= new Int32Array(this.size));
    const docs = this.postingDocs;
    const impacts = this.postingImpacts;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const id = this.qIds[i]!;
      const w = this.qWeights[i]!;
      const at = this.postingAt[id]!;
      const to = at + this.termStart[id + 1]! - this.termStart[id]!;
      for (let p = at; p < to; p++) {
        const d = docs[p]!;
        if (seen[d] === 0) {
          seen[d] = 1;
          touched[count++] = d;
        }
        dense[d]! += w * impacts[p]!;
      }
    }
    let size = 0;
    for (let i = 0; i < count; i++) {
      const d = touched[i]!;
      const s = dense[d]!;
      dense[d] = 0;
      seen[d] = 0;
      if (s > 0) size = this.offer(size, k, d, s);
    }
    return size;
  }

  /** Document-at-a-time MaxScore over positive weights. */
  private maxScoreTopK(n: number, k: number): number {
    const docs = this.postingDocs;
    const impacts = this.postingImpacts;
    if (n > this.tBound.length) {
      const size = Math.max(n, this.tBound.length * 2);
      this.tBound = new Float64Array(size);
      this.tCum = new Float64Array(size);
      this.tContribution = new Float64Array(size);
      this.tWeight = new Float64Array(size);
      this.tPos = new Int32Array(size);
      this.tEnd = new Int32Array(size);
      this.tOriginal = new Int32Array(size);
    }
    const bound = this.tBound;
    const cum = this.tCum;
    const contribution = this.tContribution;
    const weight = this.tWeight;
    const pos = this.tPos;
    const end = this.tEnd;
    const original = this.tOriginal;
    // Terms sorted by bound, ascending (insertion sort: queries are short); cum[j] = sum of bounds of terms 0..j.
    for (let i = 0; i < n; i++) {
      const b = this.qWeights[i]! * this.maxImpact[this.qIds[i]!]!;
      let j = i;
      while (j > 0 && bound[j - 1]! > b) {
        bound[j] = bound[j - 1]!;
        original[j] = original[j - 1]!;
        j--;
      }
      bound[j] = b;
      original[j] = i;
    }
    let running = 0;
    for (let j = 0; j < n; j++) {
      const i = original[j]!;
      const id = this.qIds[i]!;
      weight[j] = this.qWeights[i]!;
      pos[j] = this.postingAt[id]!;
      end[j] = pos[j]! + this.termStart[id + 1]! - this.termStart[id]!;
      running += bound[j]!;
      cum[j] = running;
    }

    let size = 0;
    let threshold = -Infinity;
    let firstEssential = 0;
    for (;;) {
      // Next candidate: the smallest current document among essential terms.
      let d = 0x7fffffff;
      for (let j = firstEssential; j < n; j++) {
        if (pos[j]! < end[j]! && docs[pos[j]!]! < d) d = docs[pos[j]!]!;
      }
      if (d === 0x7fffffff) break;
      let s = 0;
      for (let j = firstEssential; j < n; j++) {
        const p = pos[j]!;
        if (p < end[j]! && docs[p]! === d) {
          const c = weight[j]! * impacts[p]!;
          contribution[original[j]!] = c;
          s += c;
          pos[j] = p + 1;
        } else {
          contribution[original[j]!] = 0;
        }
      }
      let alive = true;
      for (let j = firstEssential - 1; j >= 0; j--) {
        if ((s + cum[j]!) * BOUND_SLACK <= threshold) {
          alive = false;
          break;
        }
        const p = this.seek(pos[j]!, end[j]!, d);
        pos[j] = p;
        if (p < end[j]! && docs[p]! === d) {
          const c = weight[j]! * impacts[p]!;
          contribution[original[j]!] = c;
          s += c;
          pos[j] = p + 1;
        } else {
          contribution[original[j]!] = 0;
        }
      }
      if (!alive) continue;
      // The exact score, summed in query order like scoreAll, so ties and values match the exhaustive result.
      let exact = 0;
      for (let i = 0; i < n; i++) exact += contribution[i]!;
      if (!(exact > 0)) continue;
      if (size < k || exact > threshold) {
        size = this.offer(size, k, d, exact);
        if (size === k) {
          threshold = this.heapScore[0]!;
          while (firstEssential < n && cum[firstEssential]! * BOUND_SLACK <= threshold) firstEssential++;
          if (firstEssential === n) break;
        }
      }
    }
    return size;
  }
}

/**
 * Builds an index in two sweeps over its documents, handed over one at a time as term ids: each document is counted
 * (`count`), then every document is handed over again in the same order (`fill`), and the index is finished. No stream
 * of every document's ids needs to exist, and two indexes over the same text (paragraphs and their sentences) are
 * built in the same two sweeps. The index is the one `TfIdfIndex.buildFromIds` builds over the same documents.
 * @example
 * const builder = new TfIdfIndexBuilder((id) => dictionary[id]!);
 * for (const doc of docs) builder.count(doc, 0, doc.length);
 * for (const doc of docs) builder.fill(doc, 0, doc.length);
 * const index = builder.finish();
 */
export class TfIdfIndexBuilder {
  private readonly terms: string[] = [];
  // Given id → dense id (in order of first appearance), −1 when not seen.
  private dense = new Int32Array(1024).fill(-1);
  private df = new Int32Array(1024);
  private lastDoc = new Int32Array(1024).fill(-1);
  private lengths = new Uint32Array(1024);
  private counted = 0;
  private total = 0;
  private longest = 0;
  // The second sweep's state, made when it starts.
  private fillState: { termStart: Int32Array; postingDocs: Int32Array; postingImpacts: Float32Array; cursor: Int32Array; tfCount: Int32Array; unique: Int32Array } | undefined;
  private filled = 0;
  private finished = false;

  /**
   * @param termOf - the term an id stands for
   * @param options - BM25 weighting
   */
  constructor(
    private readonly termOf: (id: number) => string,
    private readonly options: WeightingOptions = {},
  ) {}

  /**
   * First sweep: counts the next document.
   * @param ids - holds the document's term ids (any non-negative ids where distinct ids stand for distinct terms)
   * @param from - where they start in `ids`
   * @param to - where they end
   * @throws RangeError when an id is negative, or the second sweep has begun
   */
  count(ids: ArrayLike<number>, from: number, to: number): void {
    if (this.fillState || this.finished) throw new RangeError('TfIdfIndexBuilder: a document counted after the second sweep began');
    const d = this.counted++;
    if (d >= this.lengths.length) this.lengths = growUnsigned(this.lengths, d + 1);
    const length = to - from;
    this.lengths[d] = length;
    this.total += length;
    if (length > this.longest) this.longest = length;
    let dense = this.dense;
    let df = this.df;
    let lastDoc = this.lastDoc;
    const terms = this.terms;
    for (let at = from; at < to; at++) {
      const given = ids[at]!;
      if (!(given >= 0)) throw new RangeError(`TfIdfIndexBuilder: a negative term id (${given})`);
      if (given >= dense.length) {
        const old = dense.length;
        dense = this.dense = grow(dense, given + 1);
        dense.fill(-1, old);
      }
      let id = dense[given]!;
      if (id < 0) {
        id = terms.length;
        dense[given] = id;
        terms.push(this.termOf(given));
        if (id >= df.length) {
          df = this.df = grow(df, id + 1);
          const old = lastDoc.length;
          lastDoc = this.lastDoc = grow(lastDoc, id + 1);
          lastDoc.fill(-1, old);
        }
      }
      if (lastDoc[id] !== d) {
        lastDoc[id] = d;
        df[id]!++;
      }
    }
  }

  /**
   * Second sweep: the next document again, exactly as it was counted.
   * @param ids - holds the document's term ids
   * @param from - where they start in `ids`
   * @param to - where they end
   * @throws RangeError when the document is not the one counted at its place
   */
  fill(ids: ArrayLike<number>, from: number, to: number): void {
    const state = (this.fillState ??= this.startFilling());
    const d = this.filled++;
    if (d >= this.counted || to - from !== this.lengths[d]) throw new RangeError(`TfIdfIndexBuilder: document ${d} is not the one counted`);
    const { postingDocs, postingImpacts, cursor, tfCount, unique } = state;
    const dense = this.dense;
    let u = 0;
    for (let at = from; at < to; at++) {
      const id = dense[ids[at]!]!;
      if (!(id >= 0)) throw new RangeError(`TfIdfIndexBuilder: document ${d} holds ids it did not hold when counted`);
      if (tfCount[id]!++ === 0) unique[u++] = id;
    }
    for (let i = 0; i < u; i++) {
      const id = unique[i]!;
      const p = cursor[id]!++;
      if (p >= state.termStart[id + 1]!) throw new RangeError(`TfIdfIndexBuilder: document ${d} holds ids it did not hold when counted`);
      postingDocs[p] = d;
      postingImpacts[p] = tfCount[id]!;
      tfCount[id] = 0;
    }
  }

  private startFilling() {
    if (this.finished) throw new RangeError('TfIdfIndexBuilder: already finished');
    const vocabulary = this.terms.length;
    const termStart = new Int32Array(vocabulary + 1);
    for (let t = 0; t < vocabulary; t++) termStart[t + 1] = termStart[t]! + this.df[t]!;
    const postings = termStart[vocabulary]!;
    // Only the dense ids are needed from here on.
    this.df = new Int32Array(0);
    this.lastDoc = new Int32Array(0);
    return {
      termStart,
      postingDocs: new Int32Array(postings),
      postingImpacts: new Float32Array(postings),
      cursor: termStart.slice(0, vocabulary),
      tfCount: new Int32Array(vocabulary),
      unique: new Int32Array(this.longest),
    };
  }

  /**
   * Weights the postings and makes the index; the builder is spent.
   * @returns the index
   * @throws RangeError when the second sweep did not hand over every document counted
   */
  finish(): TfIdfIndex {
    const state = (this.fillState ??= this.startFilling());
    if (this.filled !== this.counted) throw new RangeError(`TfIdfIndexBuilder: ${this.filled} documents filled, ${this.counted} counted`);
    const { termStart, postingDocs, postingImpacts, cursor } = state;
    const vocabulary = this.terms.length;
    for (let t = 0; t < vocabulary; t++) if (cursor[t] !== termStart[t + 1]) throw new RangeError('TfIdfIndexBuilder: the documents held other ids the second time');
    const k1 = this.options.k1 ?? 1.2;
    const b = this.options.b ?? 0.75;
    const n = this.counted;
    const docLengths = this.lengths.slice(0, n);
    const avgdl = n ? this.total / n || 1 : 1;
    const idfs = new Float32Array(vocabulary);
    const maxImpact = new Float32Array(vocabulary);
    for (let t = 0; t < vocabulary; t++) {
      const from = termStart[t]!;
      const to = termStart[t + 1]!;
      const idf = bm25Idf(n, to - from);
      idfs[t] = idf;
      let max = 0;
      for (let p = from; p < to; p++) {
        const tf = postingImpacts[p]!;
        postingImpacts[p] = bm25(idf, tf, docLengths[postingDocs[p]!]!, avgdl, k1, b);
        if (postingImpacts[p]! > max) max = postingImpacts[p]!;
      }
      maxImpact[t] = max;
    }
    this.finished = true;
    this.fillState = undefined;
    this.dense = new Int32Array(0);
    this.lengths = new Uint32Array(0);
    return TfIdfIndex.made(this.terms, termStart, postingDocs, postingImpacts, maxImpact, idfs, docLengths);
  }
}

function growUnsigned(a: Uint32Array, min: number): Uint32Array<ArrayBuffer> {
  let size = a.length || 16;
  while (size < min) size *= 2;
  const b = new Uint32Array(size);
  b.set(a);
  return b;
}
