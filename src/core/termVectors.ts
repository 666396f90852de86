/**
 * Sparse TF-IDF vectors over small collections (the sentences or paragraphs of one article) and cosine
 * similarity between them: the common ground of topic segmentation and extractive summaries.
 */

/** A sparse vector: term → weight. */
export type SparseVector = ReadonlyMap<string, number>;

/**
 * Inverse document frequencies of a collection, smoothed so a term in every document still weighs a little.
 * @param docs - each document as its list of terms (repeats allowed)
 * @returns term → idf
 */
export function inverseDocumentFrequencies(docs: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log((1 + n) / (1 + d)) + 1);
  return idf;
}

/**
 * The TF-IDF vector of one document: sublinear term frequency (1 + ln tf) times idf.
 * @param terms - the document's terms
 * @param idf - term → idf (terms missing from it are dropped)
 * @returns the vector
 */
export function tfidfVector(terms: readonly string[], idf: ReadonlyMap<string, number>): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const out = new Map<string, number>();
  for (const [t, f] of tf) {
    const w = idf.get(t);
    if (w !== undefined) out.set(t, (1 + Math.log(f)) * w);
  }
  return out;
}

/**
 * Euclidean norm of a vector.
 * @param v - the vector
 * @returns its length
 */
export function norm(v: SparseVector): number {
  let s = 0;
  for (const w of v.values()) s += w * w;
  return Math.sqrt(s);
}

/**
 * Cosine similarity of two sparse vectors.
 * @param a - a vector
 * @param b - another vector
 * @returns a value in [0, 1] for non-negative weights; 0 when either is empty
 */
export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const x = large.get(t);
    if (x !== undefined) dot += w * x;
  }
  if (!dot) return 0;
  return dot / (norm(a) * norm(b));
}
