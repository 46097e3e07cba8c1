import { toTensorInfo } from "./declared-shape";
import type { OnnxModel } from "./model-proto-types";
import type { ModelIo } from "./types";

/**
 * The inputs a caller must feed and the outputs it gets back, as declared. Graph inputs
 * that are also initializers are left out: opsets before IR version 4 list every
 * initializer as an input too (onnx.proto, IR_VERSION_2019_1_22), but nobody feeds them.
 */
export function getModelIo(model: OnnxModel): ModelIo {
  const initializers = new Set([
    ...model.graph.initializer.map((t) => t.name ?? ""),
    ...model.graph.sparse_initializer.map((s) => s.values?.name ?? ""),
  ]);
  return {
    inputs: model.graph.input.filter((v) => !initializers.has(v.name ?? "")).map(toTensorInfo),
    outputs: model.graph.output.map(toTensorInfo),
  };
}
