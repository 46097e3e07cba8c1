import { dataTypeName } from "./data-types";
import { declaredFacts } from "./declared-shape";
import type { OnnxModel, OnnxNode, OnnxTensor } from "./model-proto-types";
import { readNodeAttributes } from "./node-attributes";
import { RULE_DOMAINS, SHAPE_RULES, type RuleContext } from "./shape-rules";
import { UNKNOWN } from "./shape-rules/rule-kit";
import { readTensorNumbers } from "./tensor-data";
import type { InferredDim, ShapeConflict, ShapeInference, ValueFacts } from "./types";

export type InferShapesOptions = {
  model: OnnxModel;
  batchSize?: number;
  /** Fill what inference cannot know from value_info and graph outputs (default true). */
  useValueInfo?: boolean;
};

/**
 * Static shape and type inference over the (topologically sorted) graph at one batch
 * size. Starts from graph inputs (initializers listed as inputs, as old opsets do, count
 * as initializers), initializers and Constant nodes; an op without a rule makes its
 * outputs unknown and is reported in `unknownOps`, it never throws.
 */
export function inferShapes({ model, batchSize = 1, useValueInfo = true }: InferShapesOptions): ShapeInference {
  const graph = model.graph;
  const tensors = new Map<string, OnnxTensor>(graph.initializer.map((t) => [t.name ?? "", t]));
  const values = new Map<string, ValueFacts>();
  for (const tensor of graph.initializer) {
    values.set(tensor.name ?? "", { dtype: dataTypeName(tensor.data_type), shape: tensor.dims.slice() });
  }
  for (const sparse of graph.sparse_initializer) {
    const name = sparse.values?.name ?? "";
    values.set(name, { dtype: dataTypeName(sparse.values?.data_type), shape: sparse.dims.slice() });
  }
  for (const input of graph.input) {
    if (!values.has(input.name ?? "")) values.set(input.name ?? "", declaredFacts(input, batchSize, true));
  }
  const declared = new Map([...graph.value_info, ...graph.output].map((v) => [v.name ?? "", declaredFacts(v, batchSize, false)]));
  const opsets = new Map(model.opset_import.map((o) => [o.domain === "ai.onnx" ? "" : (o.domain ?? ""), o.version ?? 1]));
  const unknownOps = new Set<string>();
  const conflicts: ShapeConflict[] = [];
  const valueCache = new Map<string, number[] | null>();

  const valueOf = (name: string | undefined): number[] | null => {
    if (!name) return null;
    const known = values.get(name)?.value;
    if (known) return known;
    const tensor = tensors.get(name);
    if (!tensor) return null;
    if (!valueCache.has(name)) valueCache.set(name, readTensorNumbers(tensor));
    return valueCache.get(name)!;
  };

  for (const node of graph.node) {
    const domain = node.domain === "ai.onnx" ? "" : (node.domain ?? "");
    const opType = node.op_type ?? "";
    const rule = RULE_DOMAINS.has(domain) ? SHAPE_RULES[opType] : undefined;
    let outputs: ValueFacts[] = [];
    if (!rule) unknownOps.add(domain ? `${domain}:${opType}` : opType);
    else outputs = runRule(rule, contextFor(node, opsets.get(domain) ?? 1, values, valueOf));
    node.output.forEach((name, i) => {
      if (!name) return;
      const inferred = outputs[i] ?? UNKNOWN;
      const expected = declared.get(name);
      const conflict = expected && findConflict(name, expected, inferred);
      if (conflict) conflicts.push(conflict);
      values.set(name, useValueInfo && expected ? fillGaps(inferred, expected) : inferred);
    });
  }
  return { batchSize, values, unknownOps: [...unknownOps], conflicts };
}

function contextFor(
  node: OnnxNode,
  opset: number,
  values: Map<string, ValueFacts>,
  valueOf: (name: string | undefined) => number[] | null,
): RuleContext {
  const input = (i: number) => (node.input[i] ? values.get(node.input[i]) : undefined);
  return {
    node,
    attrs: readNodeAttributes(node),
    opset,
    input,
    shape: (i) => input(i)?.shape ?? null,
    dtype: (i) => input(i)?.dtype ?? null,
    value: (i) => valueOf(node.input[i]),
    hasInput: (i) => Boolean(node.input[i]),
  };
}

// A rule meeting a malformed node (attribute lists of the wrong length, say) must not
// take the whole summary down; its outputs just become unknown.
function runRule(rule: (ctx: RuleContext) => ValueFacts[], ctx: RuleContext): ValueFacts[] {
  try {
    return rule(ctx);
  } catch {
    return [];
  }
}

function fillGaps(inferred: ValueFacts, declared: ValueFacts): ValueFacts {
  const dtype = inferred.dtype ?? declared.dtype;
  if (!inferred.shape) return { ...inferred, dtype, shape: declared.shape };
  if (!declared.shape || declared.shape.length !== inferred.shape.length) return { ...inferred, dtype };
  return { ...inferred, dtype, shape: inferred.shape.map((d, i) => d ?? declared.shape![i]) };
}

function findConflict(name: string, declared: ValueFacts, inferred: ValueFacts): ShapeConflict | null {
  const [a, b] = [declared.shape, inferred.shape];
  if (!a || !b) return null;
  const differs = (x: InferredDim, y: InferredDim) => x !== null && y !== null && x !== y;
  if (a.length === b.length && !a.some((d, i) => differs(d, b[i]))) return null;
  return { name, declared: a, inferred: b };
}
