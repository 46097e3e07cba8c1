import type { OpenedService } from "@/lib/services/open-service-on-node";
import { DETECTION_OUTPUTS, DETECTION_SHAPES } from "../detection-tensors";
import { OUTPUT_ALIAS } from "./score-tf-input";

// What GetModelMetadata and GET /v1/models/{name}/metadata describe: TF Serving's
// SignatureDefMap (its apis/get_model_metadata.proto; TensorInfo from TensorFlow's
// meta_graph.proto). "serving_default" is how Azure's clients call: the encoded image in,
// the scores out under output_alias; "tensor" takes a preprocessed DT_FLOAT tensor.

export const PREDICT_METHOD = "tensorflow/serving/predict";

type TensorInfo = { name: string; dtype: string; tensor_shape: { dim: { size: number }[] } };
type GraphTensor = OpenedService["deployment"]["inputs"][number];

export function describeModel(opened: OpenedService) {
  const { inputs, outputs, model } = opened.deployment;
  const input = inputs[0];
  const output = outputs[0];
  if (opened.deployment.task === "detection") {
    // A detector takes encoded images only: its boxes are read back onto the image it decoded.
    const detections = Object.fromEntries(DETECTION_OUTPUTS.map((name) => [name, info(name, "DT_FLOAT", DETECTION_SHAPES[name])]));
    return {
      model_spec: { name: opened.name, version: { value: model.version }, signature_name: "serving_default" },
      signature_def: { serving_default: { inputs: { images: info(input?.name ?? "images", "DT_STRING", [1]) }, outputs: detections, method_name: PREDICT_METHOD } },
    };
  }
  const scores = info(output?.name ?? OUTPUT_ALIAS, "DT_FLOAT", classesOf(output?.shape));
  return {
    model_spec: { name: opened.name, version: { value: model.version }, signature_name: "serving_default" },
    signature_def: {
      serving_default: { inputs: { images: info(input?.name ?? "images", "DT_STRING", [1]) }, outputs: { [OUTPUT_ALIAS]: scores }, method_name: PREDICT_METHOD },
      tensor: { inputs: { [input?.name ?? "input"]: info(input?.name ?? "input", "DT_FLOAT", batchOfOne(input?.shape)) }, outputs: { [output?.name ?? OUTPUT_ALIAS]: scores }, method_name: PREDICT_METHOD },
    },
  };
}

/** Predict answers every class's probability as [1, N], whatever trailing 1s the graph's output has ([1, 1000, 1, 1]). */
function classesOf(shape: GraphTensor["shape"] | undefined): number[] {
  const dims = batchOfOne(shape).slice(1);
  return [1, dims.length > 0 && dims.every((d) => d > 0) ? dims.reduce((a, b) => a * b, 1) : -1];
}

function info(name: string, dtype: string, dims: number[]): TensorInfo {
  return { name, dtype, tensor_shape: { dim: dims.map((size) => ({ size })) } };
}

/** The graph's shape with batch 1; a symbolic dimension is -1, TensorFlow's "unknown". */
function batchOfOne(shape: GraphTensor["shape"] | undefined): number[] {
  return (shape ?? [-1]).map((dim, i) => (i === 0 ? 1 : typeof dim === "number" && dim > 0 ? dim : -1));
}
