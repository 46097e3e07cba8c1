import { readFile } from "node:fs/promises";
import { AppError } from "@/lib/errors";
import { readArchive } from "./read-archive";
import { readGraphDef } from "./read-graph-def";
import { readTfjsModel } from "./read-tfjs-model";
import { summarizeTfGraph, type TensorflowSummary } from "./summarize-tf-graph";
import type { TfGraph } from "./types";

/**
 * Reads a TensorFlow model file — a frozen GraphDef .pb, or an archive (.zip, .tar.gz)
 * of a TF.js graph model folder, or of a folder holding one frozen .pb — into memory.
 * CPU-bound: run it in the model thread pool (the upload path does).
 */
export async function readTensorflowGraph(options: { path: string; form: "tf-graphdef" | "tf-archive" }): Promise<TfGraph> {
  const bytes = await readFile(options.path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") throw new AppError("artifact_missing", "The model file is missing.");
    throw error;
  });
  if (options.form === "tf-graphdef") return readGraphDef({ bytes });
  const files = await readArchive({ bytes });
  if (![...files.keys()].some((n) => n.endsWith("model.json"))) {
    const frozen = [...files.keys()].filter((n) => n.endsWith(".pb") && !n.endsWith("saved_model.pb"));
    if (frozen.length === 1) return readGraphDef({ bytes: files.get(frozen[0])! });
  }
  return readTfjsModel({ files });
}

/** The ONNX-shaped summary of a TensorFlow model file (summarize-tf-graph.ts). */
export async function readTensorflowSummary(options: { path: string; form: "tf-graphdef" | "tf-archive"; batchSize?: number }): Promise<TensorflowSummary> {
  return summarizeTfGraph({ graph: await readTensorflowGraph(options), batchSize: options.batchSize });
}
