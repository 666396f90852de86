/**
 * An inverted TF-IDF index with BM25 saturation and length normalisation.
 *
 * Terms get integer ids; each term's postings are two typed arrays (document ids ascending, and the term's
 * precomputed impact in that document: idf × saturated, length-normalised tf). A query is then a weighted sum
 * of impacts, read only from the postings of its own terms.
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

/** Immutable inverted index over documents given as term lists. */
export class TfIdfIndex {
  private readonly termIds: Map<string, number>;
  private readonly postingDocs: Int32Array[];
  private readonly postingImpacts: Float32Array[];
  private readonly maxImpact: Float32Array;
  private readonly idfs: Float32Array;
  private readonly docLengths: Uint32Array;
  private scratch: Float64Array;
  /** Number of documents. */
  readonly size: number;

  private constructor(
    termIds: Map<string, number>,
    postingDocs: Int32Array[],
    postingImpacts: Float32Array[],
    idfs: Float32Array,
    docLengths: Uint32Array,
  ) {
    this.termIds = termIds;
    this.postingDocs = postingDocs;
    this.postingImpacts = postingImpacts;
    this.idfs = idfs;
    this.docLengths = docLengths;
    this.size = docLengths.length;
    this.scratch = new Float64Array(this.size);
    this.maxImpact = new Float32Array(postingImpacts.length);
    postingImpacts.forEach((imp, t) => {
      let m = 0;
      for (let i = 0; i < imp.length; i++) if (imp[i]! > m) m = imp[i]!;
      this.maxImpact[t] = m;
    });
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
    const k1 = options.k1 ?? 1.2;
    const b = options.b ?? 0.75;
    const termIds = new Map<string, number>();
    const counts: number[][] = []; // per term: flat [doc, tf, doc, tf, ...] in doc order
    const docLengths = new Uint32Array(docs.length);
    let totalLength = 0;
    const local = new Map<number, number>();
    docs.forEach((terms, d) => {
      local.clear();
      for (const term of terms) {
        let id = termIds.get(term);
        if (id === undefined) {
          id = termIds.size;
          termIds.set(term, id);
          counts.push([]);
        }
        local.set(id, (local.get(id) ?? 0) + 1);
      }
      docLengths[d] = terms.length;
      totalLength += terms.length;
      for (const [id, tf] of local) counts[id]!.push(d, tf);
    });
    const n = docs.length;
    const avgdl = n ? totalLength / n || 1 : 1;
    const idfs = new Float32Array(counts.length);
    const postingDocs: Int32Array[] = new Array(counts.length);
    const postingImpacts: Float32Array[] = new Array(counts.length);
    counts.forEach((flat, t) => {
      const df = flat.length / 2;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      idfs[t] = idf;
      const ds = new Int32Array(df);
      const imp = new Float32Array(df);
      for (let i = 0; i < df; i++) {
        const d = flat[2 * i]!;
        const tf = flat[2 * i + 1]!;
        const norm = k1 * (1 - b + (b * docLengths[d]!) / avgdl);
        ds[i] = d;
        imp[i] = (idf * (tf * (k1 + 1))) / (tf + norm);
      }
      postingDocs[t] = ds;
      postingImpacts[t] = imp;
    });
    return new TfIdfIndex(termIds, postingDocs, postingImpacts, idfs, docLengths);
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
    return id === undefined ? 0 : this.postingDocs[id]!.length;
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

  /**
   * Length of a document in terms.
   * @param doc - document id
   * @returns its length
   */
  docLength(doc: number): number {
    return this.docLengths[doc] ?? 0;
  }

  /**
   * Scores every document that holds a query term and returns the best `k`, best first (ties by document order).
   * @param query - weighted terms; unknown terms are ignored, repeated terms add up
   * @param k - how many hits at most
   * @returns hits with score > 0
   */
  search(query: readonly WeightedTerm[], k: number): Hit[] {
    const scores = this.scratch;
    const touched: number[] = [];
    for (const { term, weight } of query) {
      const id = this.termIds.get(term);
      if (id === undefined || weight === 0) continue;
      const ds = this.postingDocs[id]!;
      const imp = this.postingImpacts[id]!;
      for (let i = 0; i < ds.length; i++) {
        const d = ds[i]!;
        if (scores[d] === 0) touched.push(d);
        scores[d]! += weight * imp[i]!;
      }
    }
    const hits: Hit[] = [];
    for (const d of touched) {
      hits.push({ doc: d, score: scores[d]! });
      scores[d] = 0;
    }
    hits.sort((x, y) => y.score - x.score || x.doc - y.doc);
    return hits.slice(0, Math.max(0, k));
  }

  /**
   * The score of every document for a query, as a dense array (for fusing evidence across granularities).
   * @param query - weighted terms
   * @returns one score per document
   */
  scoreAll(query: readonly WeightedTerm[]): Float64Array {
    const out = new Float64Array(this.size);
    for (const { term, weight } of query) {
      const id = this.termIds.get(term);
      if (id === undefined || weight === 0) continue;
      const ds = this.postingDocs[id]!;
      const imp = this.postingImpacts[id]!;
      for (let i = 0; i < ds.length; i++) out[ds[i]!]! += weight * imp[i]!;
    }
    return out;
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
}
