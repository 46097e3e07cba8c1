import { readFile } from "node:fs/promises";
import { AppError } from "@/lib/errors";
import { decodeOnnxModel } from "./decode-onnx-model";
import { summarizeOnnxModel } from "./summarize-graph";
import type { GraphSummary } from "./types";

export type InspectOnnxFileOptions = { path: string; batchSize?: number };

/** Reads, decodes and summarises an .onnx file. Rejects with AppError for unusable files. */
export async function inspectOnnxFile({ path, batchSize = 1 }: InspectOnnxFileOptions): Promise<GraphSummary> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new AppError("model_not_found", `No model file at ${path}.`);
    }
    throw error;
  }
  return summarizeOnnxModel(decodeOnnxModel(bytes), { batchSize });
}
