import { readFile } from "node:fs/promises";
import { AppError } from "@/lib/errors";
import { decodeOnnxModel } from "./decode-onnx-model";
import { summarizeOnnxModel } from "./summarize-graph";
import type { GraphSummary } from "./types";

/**
 * Reads, decodes and summarises an .onnx file, synchronously CPU-bound after the read:
 * run it in the model thread pool (inspectOnnxFile), never on an event loop. The file
 * is read whole because protobuf decoding needs contiguous bytes; weight payloads stay
 * zero-copy views into that buffer, which is dropped when the thread returns.
 */
export async function readOnnxSummary(options: { path: string; batchSize?: number }): Promise<GraphSummary> {
  let bytes: Buffer;
  try {
    bytes = await readFile(options.path);
  } catch (error) {
    // The caller names the model; a path would tell a client about our disk.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new AppError("artifact_missing", "The model file is missing.");
    throw error;
  }
  return summarizeOnnxModel(decodeOnnxModel(bytes), { batchSize: options.batchSize ?? 1 });
}
