import { CONSTANT_RULES } from "./constant-rules";
import { CONV_POOL_RULES } from "./conv-pool-rules";
import { ELEMENTWISE_RULES } from "./elementwise-rules";
import { LAYOUT_RULES } from "./layout-rules";
import { MATMUL_RULES } from "./matmul-rules";
import { REDUCE_RULES } from "./reduce-rules";
import { RESIZE_PAD_RULES } from "./resize-pad-rules";
import type { ShapeRule } from "./rule-kit";

export type { RuleContext, ShapeRule } from "./rule-kit";

/** Shape rules by op type, for the default ONNX domain and com.microsoft (where the ORT ops live). */
export const SHAPE_RULES: Record<string, ShapeRule> = {
  ...ELEMENTWISE_RULES,
  ...CONV_POOL_RULES,
  ...MATMUL_RULES,
  ...LAYOUT_RULES,
  ...RESIZE_PAD_RULES,
  ...CONSTANT_RULES,
  ...REDUCE_RULES,
};

/** Domains whose ops SHAPE_RULES describes: "" and "ai.onnx" are the standard set. */
export const RULE_DOMAINS = new Set(["", "ai.onnx", "com.microsoft"]);
