// Logistic regression over an answer's cue features, trained by full-batch
// gradient descent from zero weights (deterministic: the same answers in the
// same order give the same weights). Small by design: a few hundred labelled
// answers a topic, a few thousand features, L2-regularised so that no single
// rare phrase decides.
export interface Example {
  features: ReadonlySet<string>;
  label: boolean;
}

export interface TrainOptions {
  /** A feature counts only if this many training answers have it. */
  minCount: number;
  /** L2 strength, per answer. */
  l2: number;
  iterations: number;
  rate: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { minCount: 3, l2: 1, iterations: 300, rate: 1 };

/** One topic's vocabulary: the features seen in at least `minCount` of its answers, in first-seen order. */
export function vocabularyOf(examples: readonly { features: ReadonlySet<string> }[], minCount: number): string[] {
  const count = new Map<string, number>();
  for (const e of examples) for (const f of e.features) count.set(f, (count.get(f) ?? 0) + 1);
  return [...count].filter(([, n]) => n >= minCount).map(([f]) => f);
}

/** The answer's length is a feature too (in hundreds of features): a longer answer says more. */
export const LENGTH_SCALE = 100;

export interface Weights {
  bias: number;
  length: number;
  cues: Map<string, number>;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function train(examples: readonly Example[], vocabulary: readonly string[], options: TrainOptions = TRAIN_DEFAULTS): Weights {
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  // Each answer's feature indices end to end, `start[k]` to `start[k + 1]` for answer k: plain loops over typed
  // arrays, summed in the same order as the answer's features, so the weights come out the same to the bit.
  const start = new Int32Array(examples.length + 1);
  const flat: number[] = [];
  examples.forEach((e, k) => {
    for (const f of e.features) {
      const i = index.get(f);
      if (i !== undefined) flat.push(i);
    }
    start[k + 1] = flat.length;
  });
  const cols = Int32Array.from(flat);
  const lengths = Float64Array.from(examples, (e) => e.features.size / LENGTH_SCALE);
  const y = Float64Array.from(examples, (e) => (e.label ? 1 : 0));
  const n = examples.length;
  const w = new Float64Array(vocabulary.length);
  const g = new Float64Array(vocabulary.length);
  let bias = 0;
  let length = 0;
  for (let it = 0; it < options.iterations; it++) {
    g.fill(0);
    let gBias = 0;
    let gLength = 0;
    for (let k = 0; k < n; k++) {
      const from = start[k]!;
      const to = start[k + 1]!;
      let z = bias + length * lengths[k]!;
      for (let j = from; j < to; j++) z += w[cols[j]!]!;
      const err = sigmoid(z) - y[k]!;
      for (let j = from; j < to; j++) g[cols[j]!]! += err;
      gBias += err;
      gLength += err * lengths[k]!;
    }
    for (let i = 0; i < w.length; i++) w[i]! -= (options.rate * (g[i]! + options.l2 * w[i]!)) / n;
    bias -= (options.rate * gBias) / n;
    length -= (options.rate * (gLength + options.l2 * length)) / n;
  }
  return { bias, length, cues: new Map(vocabulary.map((f, i) => [f, w[i]!])) };
}

/** The probability the weights give an answer, and each cue's part in it. */
export function score(weights: Weights, features: ReadonlySet<string>): { p: number; parts: Array<[string, number]> } {
  let z = weights.bias + (weights.length * features.size) / LENGTH_SCALE;
  const parts: Array<[string, number]> = [];
  for (const f of features) {
    const v = weights.cues.get(f);
    if (v === undefined) continue;
    z += v;
    parts.push([f, v]);
  }
  return { p: sigmoid(z), parts };
}
