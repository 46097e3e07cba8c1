// Matrix products. Gemm: Y[M,N] = A'[M,K]·B'[K,N] with A' = transA ? Aᵀ : A (same for B).
// MatMul follows numpy.matmul (ONNX MatMul doc): 1-D operands are promoted and the
// promoted axis removed again; leading (batch) dims broadcast.
import { broadcastShapes, facts, type RuleContext, type Shape, type ShapeRule } from "./rule-kit";
import type { DataTypeName, InferredDim } from "../types";

export function matmulShape(a: Shape, b: Shape): Shape {
  if (!a || !b || a.length === 0 || b.length === 0) return null;
  const left = a.length === 1 ? [1, a[0]] : a;
  const right = b.length === 1 ? [b[0], 1] : b;
  if (!innerDimsAgree(left[left.length - 1], right[right.length - 2])) return null;
  const batch = broadcastShapes([left.slice(0, -2), right.slice(0, -2)]);
  if (!batch) return null;
  const out = [...batch, left[left.length - 2], right[right.length - 1]];
  if (b.length === 1) out.pop();
  if (a.length === 1) out.splice(out.length - (b.length === 1 ? 1 : 2), 1);
  return out;
}

/** Inconsistent K (both known, different) makes the product undefined, not a guess. */
function innerDimsAgree(k1: InferredDim, k2: InferredDim): boolean {
  return k1 === null || k2 === null || k1 === k2;
}

function transposeLast2(shape: Shape, transpose: boolean): Shape {
  if (!shape || !transpose || shape.length < 2) return shape;
  return [...shape.slice(0, -2), shape[shape.length - 1], shape[shape.length - 2]];
}

const gemm: ShapeRule = (ctx) => {
  const a = transposeLast2(ctx.shape(0), ctx.attrs.int("transA", 0) === 1);
  const b = transposeLast2(ctx.shape(1), ctx.attrs.int("transB", 0) === 1);
  const shape = a && b && a.length === 2 && b.length === 2 && innerDimsAgree(a[1], b[0]) ? [a[0], b[1]] : null;
  return [facts(ctx.dtype(0), shape)];
};

function matmulRule(aIndex: number, bIndex: number, dtypeOf: (ctx: RuleContext) => DataTypeName | null): ShapeRule {
  return (ctx) => {
    // com.microsoft FusedMatMul carries transA/transB; plain MatMul has neither.
    const a = transposeLast2(ctx.shape(aIndex), ctx.attrs.int("transA", 0) === 1);
    const b = transposeLast2(ctx.shape(bIndex), ctx.attrs.int("transB", 0) === 1);
    return [facts(dtypeOf(ctx), matmulShape(a, b))];
  };
}

export const MATMUL_RULES: Record<string, ShapeRule> = {
  Gemm: gemm,
  FusedGemm: gemm,
  MatMul: matmulRule(0, 1, (ctx) => ctx.dtype(0)),
  FusedMatMul: matmulRule(0, 1, (ctx) => ctx.dtype(0)),
  // QLinearMatMul(a, a_scale, a_zp, b, b_scale, b_zp, y_scale, y_zp): y takes y_zp's type.
  QLinearMatMul: matmulRule(0, 3, (ctx) => ctx.dtype(7) ?? ctx.dtype(0)),
  MatMulInteger: matmulRule(0, 1, () => "int32"),
};
