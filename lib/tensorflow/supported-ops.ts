import { OP_TRANSLATORS } from "./to-onnx/op-table";

// The ops the TF → ONNX converter (lib/tensorflow/to-onnx) translates, plus the graph's
// own inputs and constants: one list, so registration flags exactly the ops a conversion
// would refuse. The TF1 while-loop ops of the COCO SSD's preprocessing are not among them:
// a conversion cuts the graph after that loop instead.
export const SUPPORTED_TF_OPS: ReadonlySet<string> = new Set(["Placeholder", "Const", "NoOp", ...Object.keys(OP_TRANSLATORS)]);

/** Ops of the graph outside SUPPORTED_TF_OPS, sorted. */
export function findUnsupportedOps(ops: Iterable<string>): string[] {
  return [...new Set([...ops].filter((op) => !SUPPORTED_TF_OPS.has(op)))].sort();
}

// What a graph's outputs cannot be: constants, placeholders, and ops run for their
// effects (a frozen graph may keep its saver or an init op, which nothing consumes).
export const NOT_OUTPUT_OPS: ReadonlySet<string> = new Set(["Const", "Placeholder", "NoOp", "Assert", "SaveV2", "RestoreV2", "Save", "Restore", "VarHandleOp", "VariableV2", "Print", "PrintV2"]);
