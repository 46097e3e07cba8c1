import { dataOf, type AccelClient } from "@/lib/client/api";

// Steps shared by `accel convert` and `accel deploy`.

export async function convertModel(client: AccelClient, options: { model: string; version?: number; precision: "ms-fp8" | "ms-fp9" | "fp16" | "fp32"; input?: string[]; output?: string[]; name?: string; target?: "onnx" | "accel-onnx"; inputShape?: string[] }) {
  const source = options.version
    ? dataOf(await client.GET("/api/v1/models/{name}/versions/{version}", { params: { path: { name: options.model, version: options.version } } }))
    : dataOf(await client.GET("/api/v1/models/{name}", { params: { path: { name: options.model } } }));
  return dataOf(
    await client.POST("/api/v1/conversions", {
      body: {
        model: source.name,
        version: source.version,
        inputTensors: options.input ?? source.inputs.map((t) => t.name),
        outputTensors: options.output ?? source.outputs.map((t) => t.name),
        precision: options.precision,
        ...(options.name ? { resultName: options.name } : {}),
        ...(options.target ? { target: options.target } : {}),
        ...(options.inputShape?.length ? { inputShapes: inputShapesOf(options.inputShape) } : {}),
      },
    }),
  );
}

/**
 * --input-shape values, `tensor=1,300,300,3` each, as the API's inputShapes. A malformed
 * one is sent as it is typed (NaN dims), so the API's validation_failed names it.
 */
export function inputShapesOf(values: string[]): Record<string, number[]> {
  return Object.fromEntries(values.map((value) => {
    const at = value.lastIndexOf("=");
    return [value.slice(0, at), value.slice(at + 1).split(/[,x×]/).map(Number)];
  }));
}

/**
 * The batching fields of a deployment from --max-batch-size and --max-queue-delay-ms,
 * only those given (the API's defaults, batching off, otherwise). Numbers are sent as
 * typed, so "abc" reaches the API and comes back as its validation_failed.
 */
export function batchingOf(options: { maxBatchSize?: string; maxQueueDelayMs?: string }): { maxBatchSize?: number; maxQueueDelayMs?: number } {
  return {
    ...(options.maxBatchSize !== undefined ? { maxBatchSize: Number(options.maxBatchSize) } : {}),
    ...(options.maxQueueDelayMs !== undefined ? { maxQueueDelayMs: Number(options.maxQueueDelayMs) } : {}),
  };
}
