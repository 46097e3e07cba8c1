import { AppError } from "@/lib/errors";
import { hasDynamicBatch } from "@/lib/onnx/declared-shape";
import type { TensorInfo } from "@/lib/onnx/types";

/**
 * Refuses dynamic batching (maxBatchSize above 1) for a model whose image input fixes its
 * batch dimension: onnxruntime would refuse every concatenated batch, so the setting
 * could only ever fall back to one image per run. Checked on the converted model's
 * declared input, the one the node runs.
 */
export function assertBatchable(options: { maxBatchSize: number; model: { name: string; version: number; inputs: unknown } }): void {
  if (options.maxBatchSize <= 1) return;
  const { model } = options;
  const input = (model.inputs as TensorInfo[])[0];
  if (!input || hasDynamicBatch(input.shape)) return;
  const shape = `[${input.shape!.join(", ")}]`;
  throw new AppError(
    "unsupported_model",
    `${model.name}:${model.version} takes a fixed batch of ${input.shape![0]} (input "${input.name}" is ${shape}), so it cannot batch requests; deploy it with maxBatchSize 1, or use a model whose first input dimension is dynamic.`,
    { model: `${model.name}:${model.version}`, input: input.name, shape: input.shape },
  );
}
