import { openServiceOnNode } from "@/lib/services/open-service-on-node";
import { DETECTION_OUTPUTS, DETECTION_SHAPES } from "../detection-tensors";
import { assertVersion } from "./assert-version";
import type { V2ModelMetadata, V2TensorMetadata } from "./types";

// Model metadata and readiness of a service as a v2 "model" (PROTOCOLS.md): on a node
// every protocol addresses a service by its name. Both check the key, as infer does.

// The converted model is ONNX run by onnxruntime: Triton's platform name for that.
const PLATFORM = "onnxruntime_onnx";

type ServiceCall = { name: string; version?: string; authorization?: string; workerId: string };

export async function readV2ModelMetadata(options: ServiceCall): Promise<V2ModelMetadata> {
  const opened = await openServiceOnNode(options);
  const served = String(opened.deployment.model.version);
  assertVersion({ name: opened.name, requested: options.version, served });
  const { inputs, outputs } = opened.deployment;
  if (opened.deployment.task === "detection") {
    // A detector takes an encoded image (its boxes are read back onto it) and answers the detection tensors.
    return {
      name: opened.name,
      versions: [served],
      platform: PLATFORM,
      inputs: [{ name: inputs[0]?.name ?? "image", datatype: "BYTES", shape: [1] }],
      outputs: DETECTION_OUTPUTS.map((name) => ({ name, datatype: "FP32", shape: DETECTION_SHAPES[name] })),
    };
  }
  return {
    name: opened.name,
    versions: [served],
    platform: PLATFORM,
    // A float input is offered as FP32 in the model's shape (Triton's image clients read
    // exactly this); BYTES [1] with an encoded image is accepted under any input name too.
    inputs: inputs.map((t): V2TensorMetadata => (/^float(32|16)$/.test(t.dtype) ? { name: t.name, datatype: "FP32", shape: toShape(t.shape) } : { name: t.name, datatype: "BYTES", shape: [1] })),
    // Every class's softmax, batch first: [1, N] whatever trailing 1s the graph keeps.
    outputs: outputs.map((t) => ({ name: t.name, datatype: "FP32", shape: [1, classCount(t.shape)] })),
  };
}

export async function readV2ModelReady(options: ServiceCall): Promise<{ name: string; ready: boolean }> {
  const opened = await openServiceOnNode(options);
  assertVersion({ name: opened.name, requested: options.version, served: String(opened.deployment.model.version) });
  return { name: opened.name, ready: opened.unavailableReason === null };
}

/** v2 writes a variable dimension as -1. */
function toShape(shape: (number | string)[] | null): number[] {
  return (shape ?? [-1]).map((d, i) => (typeof d === "number" && d > 0 ? d : i === 0 ? 1 : -1));
}

function classCount(shape: (number | string)[] | null): number {
  const rest = (shape ?? []).slice(1);
  return rest.length && rest.every((d) => typeof d === "number" && d > 0) ? (rest as number[]).reduce((a, b) => a * b, 1) : -1;
}
