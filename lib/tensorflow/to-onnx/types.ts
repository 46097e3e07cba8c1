import type { DataTypeName } from "@/lib/onnx/types";
import type { TfGraph, TfNode } from "../types";
import type { OnnxBuilder } from "./onnx-builder";

/**
 * A translated TF tensor. `shape` is always the TF shape (NHWC for images; -1 where the
 * batch is left open). When `isNchw`, the ONNX tensor `name` holds it transposed to NCHW:
 * layouts propagate through layout-agnostic ops and are undone only where needed.
 */
export type Value = {
  name: string;
  shape: number[];
  dtype: DataTypeName;
  isNchw: boolean;
  constant?: ConstantValue;
  /** A Const's values (TF layout), so a layout change makes a new initializer rather than a Transpose op. */
  data?: ArrayLike<number>;
};

/** Small integer values known at conversion time (shape arithmetic), kept for folding. */
export type ConstantValue = number[];

export type OnnxAttr = { name: string; type: "INT" | "INTS" | "FLOAT" | "STRING"; i?: number; ints?: number[]; f?: number; s?: Uint8Array };

export type OnnxNodeInput = { op_type: string; input: string[]; output: string[]; name: string; attribute: OnnxAttr[] };

export type OnnxInitializer = { name: string; dims: number[]; data_type: number; raw_data: Uint8Array };

/** What a translator gets: the node, its inputs already translated, and the graph being built. */
export type TranslateContext = {
  node: TfNode;
  inputs: Value[];
  graph: TfGraph;
  builder: OnnxBuilder;
  /** The nodes of the needed subgraph (and "_Output" for a requested output) that read a node: folding decisions. */
  consumersOf: (nodeName: string) => TfNode[];
};
