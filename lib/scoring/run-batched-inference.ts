import type { InferenceSession } from "onnxruntime-node";
import { runInference } from "./run-inference";
import type { ImageTensor } from "./types";

export type BatchMemberResult = {
  /** This request's slice of the batch's output (a copy, not a view of the whole batch). */
  output: Float32Array;
  /** The one run the request was part of: the whole batch's time, shared by its members. */
  inferenceMs: number;
  /** How many requests that run scored; 1 when it ran alone. */
  batchSize: number;
};

export type Settled<T> = { value: T } | { error: unknown };

type RunBatchedInferenceOptions = {
  session: InferenceSession;
  /** Batch-1 tensors of the same dtype and shape, in the order their results are wanted. */
  tensors: ImageTensor[];
  inputName?: string;
  outputName?: string;
};

/**
 * Runs batch-1 tensors as one batch: concatenated along the first axis, one
 * session.run, the output cut back into one slice per tensor. A batch that onnxruntime
 * refuses (a graph that declares a dynamic batch but reshapes to a fixed one) falls back
 * to one run per tensor, so each request gets its own answer or its own error and never
 * another's. Settles every member; never rejects.
 */
export async function runBatchedInference({ session, tensors, inputName, outputName }: RunBatchedInferenceOptions): Promise<Settled<BatchMemberResult>[]> {
  if (tensors.length > 1) {
    const batched = await runInference({ session, tensor: concatBatch(tensors), inputName, outputName }).catch(() => null);
    if (batched && batched.dims[0] === tensors.length && batched.output.length % tensors.length === 0) {
      const per = batched.output.length / tensors.length;
      // slice, not subarray: a view would carry the whole batch's buffer back to the caller's thread.
      return tensors.map((_, i) => ({ value: { output: batched.output.slice(i * per, (i + 1) * per), inferenceMs: batched.inferenceMs, batchSize: tensors.length } }));
    }
  }
  const settled: Settled<BatchMemberResult>[] = [];
  for (const tensor of tensors) {
    settled.push(
      await runInference({ session, tensor, inputName, outputName }).then(
        ({ output, inferenceMs }) => ({ value: { output, inferenceMs, batchSize: 1 } }),
        (error: unknown) => ({ error }),
      ),
    );
  }
  return settled;
}

/** [1, …rest] tensors stacked into one [n, …rest] tensor of the same dtype. */
function concatBatch(tensors: ImageTensor[]): ImageTensor {
  const [first] = tensors;
  const size = first.data.length;
  const dims = [tensors.length, ...first.dims.slice(1)];
  const stack = <T extends Float32Array | Uint16Array | Uint8Array>(data: T) => {
    for (let i = 0; i < tensors.length; i++) data.set(tensors[i].data, i * size);
    return data;
  };
  switch (first.dtype) {
    case "float32":
      return { dtype: "float32", data: stack(new Float32Array(size * tensors.length)), dims };
    case "float16":
      return { dtype: "float16", data: stack(new Uint16Array(size * tensors.length)), dims };
    case "uint8":
      return { dtype: "uint8", data: stack(new Uint8Array(size * tensors.length)), dims };
  }
}
