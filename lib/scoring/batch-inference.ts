import type { InferenceSession } from "onnxruntime-node";
import { hasDynamicBatch } from "@/lib/onnx/declared-shape";
import { runBatchedInference, type BatchMemberResult } from "./run-batched-inference";
import type { BatchingOptions, ImageTensor } from "./types";

export type BatchedInferenceResult = BatchMemberResult & {
  /** From this request's tensor being ready to its batch's run starting: the real wait for others (and for the engine). */
  queueMs: number;
};

type Prepared = { tensor: ImageTensor; session: InferenceSession };
type Member = { tensor: ImageTensor; queuedAt: number; resolve: (result: BatchedInferenceResult) => void; reject: (error: unknown) => void };
type OpenBatch = { members: Member[]; session: InferenceSession; signature: string; maxBatchSize: number; timer: { cancel: () => void } };
/** One queue per service and session: requests still decoding, and the batch being filled. */
type Queue = { preparing: number; batch?: OpenBatch; inputName?: string; outputName?: string };

const queues = new Map<string, Queue>();

/**
 * Dynamic batching, in the inference thread (the idea of Triton's dynamic batcher). Each
 * request is decoded and preprocessed on its own (`prepared`); only its ready tensor
 * waits here. The first tensor of a batch starts a timer of maxQueueDelayMs, and the
 * batch runs — one session.run, the output split back — as soon as one of these holds:
 * - maxBatchSize tensors have joined;
 * - the timer fired: a real wait for other requests, never padding;
 * - no other request of the queue is still being prepared in this thread, so none can
 *   join until a new one reaches the thread and decodes. Triton waits out the delay
 *   anyway; here the batch runs, so a lone request pays nothing for batching, at the
 *   cost of missing a request that would have arrived and decoded within the delay.
 * A decode that fails never reaches the batch, so it fails only its own request.
 * `batching.key` names the queue; the caller makes it one per (service, model session).
 */
export async function inferInBatch<P extends Prepared>(options: { prepared: Promise<P>; inputName?: string; outputName?: string; batching: BatchingOptions }): Promise<{ prepared: P; inference: BatchedInferenceResult }> {
  const { batching } = options;
  const key = `${batching.key}|${options.outputName ?? ""}`;
  const queue = queues.get(key) ?? { preparing: 0, inputName: options.inputName, outputName: options.outputName };
  queues.set(key, queue);
  queue.preparing++;
  const prepared = await options.prepared.catch((error: unknown) => {
    queue.preparing--;
    flushIfNoneComing(key, queue); // the batch need not wait for a request that failed
    throw error;
  });
  queue.preparing--;
  const { tensor, session } = prepared;
  const signature = `${tensor.dtype}[${tensor.dims.join(",")}]`;
  const isBatchable = batching.maxBatchSize > 1 && tensor.dims[0] === 1 && hasBatchDimension(session, options.inputName) && (!queue.batch || queue.batch.signature === signature);
  const inference = isBatchable ? join(key, queue, { tensor, session, signature, batching }) : runAlone({ session, tensor, inputName: options.inputName, outputName: options.outputName });
  flushIfNoneComing(key, queue);
  return { prepared, inference: await inference };
}

function join(key: string, queue: Queue, options: { tensor: ImageTensor; session: InferenceSession; signature: string; batching: BatchingOptions }): Promise<BatchedInferenceResult> {
  if (!queue.batch) {
    const opened: OpenBatch = { members: [], session: options.session, signature: options.signature, maxBatchSize: options.batching.maxBatchSize, timer: { cancel: () => undefined } };
    opened.timer = schedule(() => flush(key, queue, opened), options.batching.maxQueueDelayMs);
    queue.batch = opened;
  }
  const batch = queue.batch;
  return new Promise((resolve, reject) => {
    batch.members.push({ tensor: options.tensor, queuedAt: performance.now(), resolve, reject });
    if (batch.members.length >= batch.maxBatchSize) flush(key, queue, batch);
  });
}

/** Runs the open batch at once when every request of the queue has joined it (or failed). */
function flushIfNoneComing(key: string, queue: Queue): void {
  if (queue.preparing > 0) return;
  if (queue.batch) flush(key, queue, queue.batch);
  else forget(key, queue);
}

function flush(key: string, queue: Queue, batch: OpenBatch): void {
  if (queue.batch !== batch) return; // already run (full, or nobody else coming, before its timer fired)
  queue.batch = undefined;
  batch.timer.cancel();
  if (queue.preparing === 0) forget(key, queue);
  const started = performance.now();
  const { members } = batch;
  runBatchedInference({ session: batch.session, tensors: members.map((m) => m.tensor), inputName: queue.inputName, outputName: queue.outputName }).then(
    (settled) =>
      settled.forEach((outcome, i) => {
        if ("value" in outcome) members[i].resolve({ ...outcome.value, queueMs: started - members[i].queuedAt });
        else members[i].reject(outcome.error);
      }),
    (error: unknown) => members.forEach((member) => member.reject(error)),
  );
}

/** Drops an idle queue, so that a service nobody calls holds nothing. */
function forget(key: string, queue: Queue): void {
  if (queues.get(key) === queue) queues.delete(key);
}

async function runAlone(options: { session: InferenceSession; tensor: ImageTensor; inputName?: string; outputName?: string }): Promise<BatchedInferenceResult> {
  const [outcome] = await runBatchedInference({ ...options, tensors: [options.tensor] });
  if ("error" in outcome) throw outcome.error;
  return { ...outcome.value, queueMs: 0 };
}

/** The session's own declaration, checked again here: a fixed first dimension cannot take a batch, whatever the service asked. */
function hasBatchDimension(session: InferenceSession, inputName = session.inputNames[0]): boolean {
  const meta = session.inputMetadata.find((m) => m.name === inputName);
  return Boolean(meta?.isTensor && hasDynamicBatch(meta.shape));
}

/** A timer for maxQueueDelayMs; 0 waits only for the current turn of the event loop. */
function schedule(run: () => void, delayMs: number): { cancel: () => void } {
  if (delayMs <= 0) {
    const immediate = setImmediate(run);
    return { cancel: () => clearImmediate(immediate) };
  }
  const timeout = setTimeout(run, delayMs);
  return { cancel: () => clearTimeout(timeout) };
}
