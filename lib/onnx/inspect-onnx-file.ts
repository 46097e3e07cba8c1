import { runInModelThread } from "@/lib/threads/run-in-model-thread";
import type { GraphSummary } from "./types";

export type InspectOnnxFileOptions = { path: string; batchSize?: number };

/**
 * Decodes and summarises an .onnx file in the model thread pool, so that a 100 MB graph
 * never stalls the web or worker event loop (scoring latency must not wait behind it).
 * Rejects with AppError for unusable files.
 */
export function inspectOnnxFile(options: InspectOnnxFileOptions): Promise<GraphSummary> {
  return runInModelThread("inspectOnnx", { path: options.path, batchSize: options.batchSize ?? 1 });
}
