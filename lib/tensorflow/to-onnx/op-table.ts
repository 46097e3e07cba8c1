import { translateConv } from "./translate-conv";
import { ELEMENTWISE_OPS, translateElementwise } from "./translate-elementwise";
import { translateBatchNorm, translateMatMul, translatePool, translateReduce, translateSoftmax } from "./translate-misc-ops";
import { translateCast, translateExpandDims, translateIdentity, translateReshape, translateShape, translateSqueeze, translateTile, translateTranspose } from "./translate-reshape-ops";
import { translateConcat, translatePack, translateSlice, translateSplit, translateStridedSlice, translateUnpack } from "./translate-slice-ops";
import type { TranslateContext, Value } from "./types";

export type ClaimingContext = TranslateContext & { claim: (node: TranslateContext["node"], values: Value[]) => void };

/** Every TF op the converter translates (Const and the graph's inputs are handled before). */
export const OP_TRANSLATORS: Record<string, (context: ClaimingContext) => Value[]> = {
  ...Object.fromEntries(ELEMENTWISE_OPS.map((op) => [op, translateElementwise])),
  Conv2D: translateConv,
  _FusedConv2D: translateConv,
  DepthwiseConv2dNative: translateConv,
  FusedDepthwiseConv2dNative: translateConv,
  MatMul: translateMatMul,
  _FusedMatMul: translateMatMul,
  MaxPool: translatePool,
  AvgPool: translatePool,
  Mean: translateReduce,
  Sum: translateReduce,
  Max: translateReduce,
  Min: translateReduce,
  Prod: translateReduce,
  Softmax: translateSoftmax,
  LogSoftmax: translateSoftmax,
  FusedBatchNorm: translateBatchNorm,
  FusedBatchNormV3: translateBatchNorm,
  Identity: translateIdentity,
  StopGradient: translateIdentity,
  Snapshot: translateIdentity,
  Shape: translateShape,
  Reshape: translateReshape,
  Squeeze: translateSqueeze,
  ExpandDims: translateExpandDims,
  Transpose: translateTranspose,
  Tile: translateTile,
  Cast: translateCast,
  StridedSlice: translateStridedSlice,
  Slice: translateSlice,
  ConcatV2: translateConcat,
  Pack: translatePack,
  Unpack: translateUnpack,
  Split: translateSplit,
  SplitV: translateSplit,
};
