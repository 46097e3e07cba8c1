// The code that runs inside the model thread pool (run-in-model-thread.ts): CPU-heavy
// model work — decoding and inspecting graphs, receiving uploads, and next rewriting and
// quantising graphs for conversions. What a task throws comes back as a plain object,
// because an AppError's class and code do not survive the trip between threads.
import type { MessagePort } from "node:worker_threads";
import { checkTensorflowConversion } from "@/lib/conversions/check-tensorflow-conversion";
import { convertOnnxFile, type ConvertOnnxFileOptions } from "@/lib/conversions/convert-onnx-file";
import { translateTensorflowFile, type TranslateTensorflowFileOptions } from "@/lib/conversions/translate-tensorflow-file";
import { ingestModelUpload } from "@/lib/models/ingest-model-upload";
import { readOnnxSummary } from "@/lib/onnx/read-onnx-summary";
import { settleTask, type ThreadOutcome } from "./thread-tasks";

const modelTasks = {
  inspectOnnx: (options: { path: string; batchSize: number }) => readOnnxSummary(options),
  ingestModelUpload: (options: { port: MessagePort; contentType: string; maxBytes: number }) => ingestModelUpload(options),
  convertOnnx: (options: ConvertOnnxFileOptions) => convertOnnxFile(options),
  checkTensorflowConversion: (options: Parameters<typeof checkTensorflowConversion>[0]) => checkTensorflowConversion(options),
  translateTensorflow: (options: TranslateTensorflowFileOptions) => translateTensorflowFile(options),
};
export type ModelTasks = typeof modelTasks;
export type ModelTaskName = keyof ModelTasks;

/** The pool's one entry point (piscina calls it by name): runs `task` and settles it into a plain outcome. */
export function runModelTask(request: { task: ModelTaskName; options: unknown }): Promise<ThreadOutcome<unknown>> {
  return settleTask(modelTasks, request);
}
