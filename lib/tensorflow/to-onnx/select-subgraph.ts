import { AppError } from "@/lib/errors";
import { sourceNode } from "../refusals";
import type { TfGraph, TfNode } from "../types";

const CONTROL_FLOW = /^(Enter|Exit|Merge|Switch|NextIteration|LoopCond|TensorArray\w*|While|StatelessWhile|If|StatelessIf)$/;

/**
 * The nodes between the inputs and the outputs, in an order where every node follows
 * the nodes it reads (control dependencies are dropped: a frozen inference graph only
 * uses them for asserts). Refuses ops no translator handles, naming them.
 */
export function selectSubgraph(options: { graph: TfGraph; inputNodes: Set<string>; outputNodes: string[]; isTranslated: (op: string) => boolean }): TfNode[] {
  const { graph, inputNodes, outputNodes, isTranslated } = options;
  const byName = new Map(graph.nodes.map((n) => [n.name, n]));
  const order: TfNode[] = [];
  const state = new Map<string, "open" | "done">();
  // Iterative depth-first walk: detection graphs are deep enough to overflow recursion.
  for (const root of outputNodes) {
    const stack: { name: string; next: number }[] = [{ name: root, next: 0 }];
    while (stack.length) {
      const top = stack[stack.length - 1];
      const node = byName.get(top.name)!;
      if (top.next === 0) {
        if (state.get(top.name) === "done") { stack.pop(); continue; }
        state.set(top.name, "open");
      }
      const reads = inputNodes.has(top.name) ? [] : node.input.filter((i) => !i.startsWith("^")).map(sourceNode);
      const child = reads[top.next++];
      if (child === undefined) {
        state.set(top.name, "done");
        order.push(node);
        stack.pop();
      } else if (!state.has(child)) stack.push({ name: child, next: 0 });
      // An "open" child is a back edge: a while loop's NextIteration, refused below.
    }
  }
  const needed = order.filter((n) => !inputNodes.has(n.name) && n.op !== "Const");
  const unfed = needed.filter((n) => n.op === "Placeholder").map((n) => n.name);
  if (unfed.length) {
    throw new AppError("validation_failed", `The outputs depend on ${unfed.map((u) => `"${u}"`).join(", ")}, which the inputs do not include: name every input the outputs need.`, { missingInputs: unfed });
  }
  const flow = needed.filter((n) => CONTROL_FLOW.test(n.op));
  if (flow.length) throw refuseControlFlow(order, flow);
  const missing = [...new Set(needed.filter((n) => !isTranslated(n.op)).map((n) => n.op))].sort();
  if (missing.length) {
    throw new AppError("unsupported_model", `The converter cannot translate these TensorFlow ops on the way from the inputs to the outputs: ${missing.join(", ")}.`, { ops: missing });
  }
  return order;
}

/**
 * Control flow (a TF1 while loop, as a detection graph's per-image preprocessing) has no
 * static translation. The tensors where it hands over to feed-forward nodes are where
 * the graph can be cut: name them.
 */
function refuseControlFlow(order: TfNode[], flow: TfNode[]): AppError {
  const isFlow = (n: TfNode) => CONTROL_FLOW.test(n.op);
  const flowNames = new Set(order.filter(isFlow).map((n) => n.name));
  // Nodes that feed control flow are inside or before the loop; a cut goes where a loop's
  // result is read by a node that feeds no control flow any more.
  const feedsFlow = new Set<string>();
  for (const node of [...order].reverse()) {
    if (!isFlow(node) && !feedsFlow.has(node.name)) continue;
    for (const input of node.input) feedsFlow.add(sourceNode(input));
  }
  const cuts = new Set<string>();
  for (const node of order) {
    if (isFlow(node) || feedsFlow.has(node.name)) continue;
    for (const input of node.input) if (flowNames.has(sourceNode(input))) cuts.add(sourceNode(input));
  }
  const ops = [...new Set(flow.map((n) => n.op))].sort();
  const hint = cuts.size ? ` Cut the graph after the loop: use ${[...cuts].map((c) => `"${c}"`).join(" or ")} as the input (its shape in inputShapes if the graph does not fix it).` : " Cut the graph after the loop, using the first tensor past it as the input.";
  return new AppError("unsupported_model", `The graph computes the outputs through control flow (${ops.join(", ")}), which cannot be converted to a static ONNX graph.${hint}`, { ops, cutAt: [...cuts] });
}
