import type { ClassifierOutputKind, ClassScore, Labels } from "./types";

export type ToTopKOptions = {
  /** One image's scores, one per class; a [1, 1000, 1, 1] output is read as its 1000 values. */
  output: Float32Array;
  kind: ClassifierOutputKind;
  k?: number;
  labels: Labels;
};

/**
 * The k most likely classes, best first. Logits go through a softmax (shifted by the
 * maximum so exp() cannot overflow); probabilities are taken as the model gives them.
 */
export function toTopK({ output, kind, k = 5, labels }: ToTopKOptions): ClassScore[] {
  return topOf({ probabilities: toProbabilities({ output, kind }), k, labels });
}

/** Every class's probability: a softmax of logits, or the model's own probabilities. */
export function toProbabilities({ output, kind }: Pick<ToTopKOptions, "output" | "kind">): Float32Array | Float64Array {
  return kind === "logits" ? softmax(output) : output;
}

/** The k most likely classes of a probability vector, best first. */
export function topOf({ probabilities, k = 5, labels }: { probabilities: Float32Array | Float64Array; k?: number; labels: Labels }): ClassScore[] {
  const top = selectTop(probabilities, Math.min(k, probabilities.length));
  return top.map((index) => ({
    index,
    label: labels.names[index] ?? `class ${index}`,
    probability: probabilities[index],
  }));
}

function softmax(logits: Float32Array): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) if (logits[i] > max) max = logits[i];
  const out = new Float64Array(logits.length);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    out[i] = Math.exp(logits[i] - max);
    sum += out[i];
  }
  for (let i = 0; i < out.length; i++) out[i] /= sum;
  return out;
}

/** Indices of the k largest values, largest first (ties: lower index first; NaN skipped). */
function selectTop(values: ArrayLike<number>, k: number): number[] {
  const top: number[] = [];
  if (k <= 0) return top;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    if (top.length === k) {
      if (!(v > values[top[k - 1]])) continue;
      top.pop();
    }
    let at = top.length;
    while (at > 0 && v > values[top[at - 1]]) at--;
    top.splice(at, 0, i);
  }
  return top;
}
