// Multiply-accumulates per layer, the work the FPGA simulator maps onto its MAC arrays.
//   Conv (and QLinearConv, ConvInteger, FusedConv): N·Cout·Hout·Wout·(Cin/group)·kH·kW
//     = |Y| · |W| / Cout, since W is [Cout, Cin/group, kH, kW];
//   ConvTranspose: |X| · |W| / Cin, W being [Cin, Cout/group, kH, kW];
//   Gemm: M·N·K;  MatMul (and QLinearMatMul, MatMulInteger): batch·M·N·K = |Y| · K.
// Every other op counts 0 here: elementwise work is sized from activation bytes instead.
import type { OnnxNode } from "./model-proto-types";
import { readNodeAttributes } from "./node-attributes";
import { product, type Shape } from "./shape-rules/rule-kit";

type Operands = { x: number; w: number };

const CONV_OPS: Record<string, Operands> = {
  Conv: { x: 0, w: 1 },
  FusedConv: { x: 0, w: 1 },
  QLinearConv: { x: 0, w: 3 },
  ConvInteger: { x: 0, w: 1 },
};

const MATMUL_OPS: Record<string, Operands> = {
  MatMul: { x: 0, w: 1 },
  FusedMatMul: { x: 0, w: 1 },
  QLinearMatMul: { x: 0, w: 3 },
  MatMulInteger: { x: 0, w: 1 },
};

const GEMM_OPS = new Set(["Gemm", "FusedGemm"]);

export function isMacOp(opType: string): boolean {
  return opType in CONV_OPS || opType in MATMUL_OPS || GEMM_OPS.has(opType) || opType === "ConvTranspose";
}

/** MACs of one node given the inferred shapes; 0 for non-MAC ops, null when shapes are unknown. */
export function computeLayerMacs(node: OnnxNode, shapeOf: (name: string) => Shape): number | null {
  const opType = node.op_type ?? "";
  if (!isMacOp(opType)) return 0;
  const y = shapeOf(node.output[0] ?? "");
  const attrs = readNodeAttributes(node);
  if (opType in CONV_OPS || opType === "ConvTranspose") {
    const { x, w } = CONV_OPS[opType] ?? { x: 0, w: 1 };
    const weight = shapeOf(node.input[w] ?? "");
    const driver = opType === "ConvTranspose" ? shapeOf(node.input[x] ?? "") : y;
    return multiply(driver && product(driver), weight && product(weight.slice(1)));
  }
  const a = shapeOf(node.input[0] ?? "");
  if (!a || a.length === 0) return null;
  const transA = attrs.int("transA", 0) === 1;
  if (GEMM_OPS.has(opType)) return multiply(y && product(y), transA ? a[0] : a[a.length - 1]);
  const k = a.length === 1 ? a[0] : transA ? a[a.length - 2] : a[a.length - 1];
  return multiply(y && product(y), k);
}

function multiply(a: number | null, b: number | null | undefined): number | null {
  return a === null || b === null || b === undefined ? null : a * b;
}
