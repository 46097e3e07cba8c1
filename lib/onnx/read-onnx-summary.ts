import { createReadStream } from "node:fs";
import { AppError } from "@/lib/errors";
import { decodeOnnxModel } from "./decode-onnx-model";
import { createOnnxSlimmer } from "./slim-onnx-stream";
import { summarizeOnnxModel } from "./summarize-graph";
import type { GraphSummary } from "./types";

/**
 * Reads an .onnx file as a stream, keeping only its graph (slim-onnx-stream.ts), then
 * decodes and summarises that: memory stays at the graph's size, not the file's. CPU-bound
 * for large graphs: run it in the model thread pool (inspectOnnxFile), not on an event loop.
 */
export async function readOnnxSummary(options: { path: string; batchSize?: number }): Promise<GraphSummary> {
  const slimmer = createOnnxSlimmer();
  try {
    for await (const chunk of createReadStream(options.path, { highWaterMark: 1 << 20 })) slimmer.write(chunk as Buffer);
  } catch (error) {
    // The caller names the model; a path would tell a client about our disk.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new AppError("artifact_missing", "The model file is missing.");
    throw error;
  }
  return summarizeSlimModel({ slim: slimmer.finish(), batchSize: options.batchSize });
}

/** The summary of a model from its slim form (createOnnxSlimmer().finish()). */
export function summarizeSlimModel(options: { slim: Uint8Array; batchSize?: number }): GraphSummary {
  return summarizeOnnxModel(decodeOnnxModel(options.slim), { batchSize: options.batchSize ?? 1 });
}
