// The code that runs inside the inference thread (run-in-inference-thread.ts): a model's
// onnxruntime session and everything around one run of it. onnxruntime-node's
// session.run() is synchronous on the calling thread (its own intra-op threads join in,
// but the caller waits), so on the event loop it stopped every other request — receiving
// gRPC frames, parsing JSON, answering health checks — for the whole inference. Here it
// stops only this thread; sharp's decodes still run on libuv's pool meanwhile.
import { classifyImage, type ClassifierModel, type ClassifyImageResult } from "@/lib/scoring/classify-image";
import { detectObjects, type DetectObjectsResult, type DetectorModel } from "@/lib/scoring/detect-objects";
import type { DetectionOptions } from "@/lib/detection/select-detections";
import type { ClientTensor } from "@/lib/scoring/client-tensor";
import { register } from "prom-client";
import { getSession } from "@/lib/scoring/session-cache";
import type { BatchingOptions } from "@/lib/scoring/types";
import { settleTask, type ThreadOutcome } from "./thread-tasks";

// A service's batching queues live here too (lib/scoring/batch-inference.ts), beside the
// sessions their batches run on.
export type ClassifyTaskOptions = { image?: Uint8Array; tensor?: ClientTensor; model: ClassifierModel; topK?: number; labelsDir?: string; batching?: BatchingOptions };
export type DetectTaskOptions = { image?: Uint8Array; model: DetectorModel; settings?: Partial<DetectionOptions>; labelsDir?: string };

// A Uint8Array after the structured clone, viewed as the Buffer sharp takes, without a copy.
const toBuffer = (image?: Uint8Array) => image && Buffer.from(image.buffer, image.byteOffset, image.byteLength);

const inferenceTasks = {
  classify: (options: ClassifyTaskOptions): Promise<ClassifyImageResult> =>
    classifyImage({ ...options, image: toBuffer(options.image) }),
  /** A detector's boxes (lib/scoring/detect-objects.ts), run here for the same reason as classify. */
  detect: (options: DetectTaskOptions): Promise<DetectObjectsResult> => detectObjects({ ...options, image: toBuffer(options.image) }),
  /** Loads a model's session ahead of its first request (a deployment warming its node). */
  warm: async (options: { digest: string; modelPath: string }) => void (await getSession(options)),
  /** This thread's metrics (its session cache), for the process's /metrics to merge. */
  metrics: async (_options: Record<string, never>) => register.getMetricsAsJSON(),
};
export type InferenceTasks = typeof inferenceTasks;
export type InferenceTaskName = keyof InferenceTasks;

/** The pool's one entry point: runs `task` and settles it into a plain outcome. */
export function runInferenceTask(request: { task: InferenceTaskName; options: unknown }): Promise<ThreadOutcome<unknown>> {
  return settleTask(inferenceTasks, request);
}
