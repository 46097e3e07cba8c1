// The code that runs inside the model thread pool (run-in-model-thread.ts): CPU-heavy
// model work — decoding and inspecting graphs now, rewriting and quantising them for
// conversions next. Each export is a task; what it throws comes back as a plain
// object, because an AppError's class and code do not survive the trip between threads.
import { isAppError } from "@/lib/errors";
import { readOnnxSummary } from "@/lib/onnx/read-onnx-summary";

export type ThreadOutcome<T> = { value: T } | { error: { code?: string; message: string; details?: Record<string, unknown> } };

async function settle<T>(work: () => Promise<T>): Promise<ThreadOutcome<T>> {
  try {
    return { value: await work() };
  } catch (error) {
    if (isAppError(error)) return { error: { code: error.code, message: error.message, details: error.details } };
    return { error: { message: error instanceof Error ? error.message : String(error) } };
  }
}

export const modelTasks = {
  inspectOnnx: (options: { path: string; batchSize: number }) => settle(() => readOnnxSummary(options)),
};
export type ModelTasks = typeof modelTasks;

// Piscina calls a module's named exports by the task's `name`.
export const inspectOnnx = modelTasks.inspectOnnx;
