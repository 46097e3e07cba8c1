import type { Model } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { GraphSummary } from "@/lib/onnx";

// What Azure's converter checked before it started (AccelOnnxConverter took the input and
// output tensor names and refused names the graph did not have), plus the opsets and op
// domains onnxruntime and the simulated NPU know.
const MIN_OPSET = 7;
const MAX_OPSET = 22;
const KNOWN_DOMAINS = new Set(["", "ai.onnx", "ai.onnx.ml", "com.microsoft"]);

export function checkConvertible(options: { model: Model; summary: GraphSummary; inputTensors: string[]; outputTensors: string[] }): void {
  const { model, summary, inputTensors, outputTensors } = options;
  const label = `${model.name}:${model.version}`;
  if (model.framework === "accel_onnx") {
    throw new AppError("unsupported_model", `${label} is already converted (framework "accel-onnx"); convert its source model instead.`, { supported: ["onnx"] });
  }
  const opset = summary.opsetImports.find((o) => o.domain === "" || o.domain === "ai.onnx")?.version;
  if (opset === undefined || opset < MIN_OPSET || opset > MAX_OPSET) {
    throw new AppError("unsupported_model", `${label} uses ONNX opset ${opset ?? "(none)"}; the converter supports opsets ${MIN_OPSET}–${MAX_OPSET}.`, { opset });
  }
  const foreign = summary.layers.filter((l) => !KNOWN_DOMAINS.has(l.domain ?? "")).map((l) => `${l.domain}.${l.opType}`);
  if (foreign.length) {
    throw new AppError("unsupported_model", `${label} uses ops of custom domains the converter does not know: ${[...new Set(foreign)].join(", ")}.`, { ops: [...new Set(foreign)] });
  }
  const graphInputs = summary.inputs.map((t) => t.name);
  const graphOutputs = summary.outputs.map((t) => t.name);
  const produced = new Set(summary.layers.flatMap((l) => l.outputs));
  checkNames({ label, names: inputTensors, allowed: graphInputs, role: "input", isIntermediate: (n) => produced.has(n) });
  checkNames({ label, names: outputTensors, allowed: graphOutputs, role: "output", isIntermediate: (n) => produced.has(n) });
}

function checkNames(options: { label: string; names: string[]; allowed: string[]; role: "input" | "output"; isIntermediate: (name: string) => boolean }) {
  const { label, names, allowed, role } = options;
  const missing = names.filter((name) => !allowed.includes(name));
  if (missing.length === 0) {
    const absent = allowed.filter((name) => !names.includes(name));
    if (role === "input" && absent.length) {
      throw new AppError("unknown_tensor", `Every graph input must be named: ${absent.join(", ")} ${absent.length === 1 ? "is" : "are"} missing from inputTensors.`, { role, expected: allowed });
    }
    return;
  }
  const intermediate = missing.filter(options.isIntermediate);
  const detail = intermediate.length
    ? `${intermediate.join(", ")} ${intermediate.length === 1 ? "is an intermediate tensor" : "are intermediate tensors"} of ${label}; converting part of a graph is not supported, so name the graph's ${role}s`
    : `${label} has no ${role} tensor named ${missing.map((n) => `"${n}"`).join(", ")}`;
  throw new AppError("unknown_tensor", `${detail}: ${allowed.join(", ")}.`, { role, unknown: missing, expected: allowed });
}
