/**
 * A linear model fitted on lists by the listwise logistic loss: minus the log of the softmax mass on a list's right
 * items, summed over lists, with L2, by Adam steps over standardised inputs. Used by the re-ranker's and the answer
 * sentence's fits. Written here rather than taken from a library: it is a few dozen lines of gradient steps over a
 * few dozen weights, and a machine-learning package would be a large dependency for that.
 */

/** One list: each item's inputs and which items are right. */
export interface ListwiseList {
  readonly x: readonly (readonly number[])[];
  readonly gold: readonly number[];
}

/** What the fit returns: the inputs' means and spreads, and the weights on the standardised inputs. */
export interface ListwiseFit {
  readonly mean: number[];
  readonly scale: number[];
  readonly weights: number[];
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Fits the weights. Lists with no right item, or with every item right, teach nothing.
 * @param dim - the number of inputs
 * @param train - the lists
 * @param options - iterations, L2, the starting weights and inputs held at 0
 * @returns means, spreads and weights, rounded to 6 decimals
 */
export function fitListwise(
  dim: number,
  train: readonly ListwiseList[],
  options: { iterations: number; l2: number; start?: readonly number[]; dropped?: ReadonlySet<number> },
): ListwiseFit {
  const dropped = options.dropped ?? new Set<number>();
  const rows = train.flatMap((l) => l.x);
  const mean = Array.from({ length: dim }, (_, j) => rows.reduce((a, x) => a + x[j]!, 0) / Math.max(1, rows.length));
  const scale = Array.from({ length: dim }, (_, j) => Math.sqrt(rows.reduce((a, x) => a + (x[j]! - mean[j]!) ** 2, 0) / Math.max(1, rows.length)) || 1);
  const z = (x: readonly number[]) => x.map((v, j) => (dropped.has(j) ? 0 : (v - mean[j]!) / scale[j]!));
  const learnable = train.filter((l) => l.gold.length && l.gold.length < l.x.length).map((l) => ({ zs: l.x.map(z), gold: new Set(l.gold) }));
  const total = learnable.length || 1;
  const w = Array.from({ length: dim }, (_, j) => options.start?.[j] ?? 0);
  const m = new Array<number>(dim).fill(0);
  const v = new Array<number>(dim).fill(0);
  for (let it = 1; it <= options.iterations; it++) {
    const g = new Array<number>(dim).fill(0);
    for (const { zs, gold } of learnable) {
      const s = zs.map((x) => x.reduce((a, xi, j) => a + w[j]! * xi, 0));
      const top = Math.max(...s);
      const e = s.map((si) => Math.exp(si - top));
      const sum = e.reduce((a, b) => a + b, 0);
      const right = e.reduce((a, ei, i) => a + (gold.has(i) ? ei : 0), 0);
      zs.forEach((x, i) => {
        // d/ds_i of -log(Σ_gold p): p_i − [i right]·e_i/Σ_right e
        const err = e[i]! / sum - (gold.has(i) ? e[i]! / right : 0);
        for (let j = 0; j < dim; j++) g[j]! += err * x[j]!;
      });
    }
    for (let j = 0; j < dim; j++) {
      if (dropped.has(j)) continue;
      const gj = g[j]! / total + options.l2 * w[j]!;
      m[j] = 0.9 * m[j]! + 0.1 * gj;
      v[j] = 0.999 * v[j]! + 0.001 * gj * gj;
      w[j]! -= (0.01 * (m[j]! / (1 - 0.9 ** it))) / (Math.sqrt(v[j]! / (1 - 0.999 ** it)) + 1e-8);
    }
  }
  return { mean: mean.map(round), scale: scale.map(round), weights: w.map(round) };
}
