import type { ReactNode } from "react";
import { formatBytes, formatCount, formatInteger } from "@/lib/client/format";
import type { GraphFacts } from "../read-graph";
import { OpHistogram } from "./op-histogram";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex gap-2 py-1">
      <dt className="w-24 shrink-0 text-neutral-600">{label}</dt>
      <dd className="min-w-0 text-neutral-900">{children}</dd>
    </div>
  );
}

// A TensorFlow graph has no IR version or opsets; its form and what conversion will refuse say more.
function TensorflowFacts({ facts }: { facts: NonNullable<GraphFacts["tensorflow"]> }) {
  const quantized = Object.entries(facts.quantizedWeights).map(([dtype, count]) => `${count} ${dtype}`);
  return (
    <>
      <Fact label="Format">
        {facts.format === "tfjs" ? "TensorFlow.js graph model" : "Frozen GraphDef"}
        {quantized.length > 0 && <span className="block text-xs text-neutral-500">quantised weights: {quantized.join(", ")}</span>}
      </Fact>
      <Fact label="Unsupported">
        {facts.unsupportedOps.length ? (
          <span className="text-amber-800" data-testid="unsupported-ops">
            {facts.unsupportedOps.join(", ")}
            {facts.hasControlFlow && <span className="block text-xs">The graph holds a TF1 while loop.</span>}
          </span>
        ) : (
          "none"
        )}
      </Fact>
    </>
  );
}

export function GraphSummary({ graph }: { graph: GraphFacts }) {
  const opsets = (graph.opsetImports ?? []).map((o) => `${o.domain || "ai.onnx"} ${o.version}`);
  const producer = graph.producer ? [graph.producer.name, graph.producer.version].filter(Boolean).join(" ") : "";
  return (
    <div className="grid gap-6 lg:grid-cols-[20rem_1fr]">
      <dl className="text-sm" aria-label="Graph facts">
        <Fact label="Producer">{producer || "—"}</Fact>
        {graph.tensorflow ? (
          <TensorflowFacts facts={graph.tensorflow} />
        ) : (
          <>
            <Fact label="IR version">{graph.irVersion ?? "—"}</Fact>
            <Fact label="Opsets">
              {opsets.length ? (
                <ul>
                  {opsets.map((opset) => (
                    <li key={opset}>{opset}</li>
                  ))}
                </ul>
              ) : (
                "—"
              )}
            </Fact>
          </>
        )}
        <Fact label="Nodes">{formatInteger(graph.nodeCount)}</Fact>
        <Fact label="Parameters">
          {formatCount(graph.parameterCount)}
          {graph.parameterBytes !== undefined && <span className="text-neutral-500"> ({formatBytes(graph.parameterBytes)})</span>}
        </Fact>
        <Fact label="MACs">
          <span data-testid="model-macs">{formatCount(graph.macs)}</span>
          {graph.isMacsComplete === false && (
            <span className="block text-xs text-amber-800">
              Lower bound: {graph.unknownShapeOps?.length ? `shapes unknown for ${graph.unknownShapeOps.join(", ")}` : "some shapes are unknown"}.
            </span>
          )}
        </Fact>
        {graph.batchSize !== undefined && <Fact label="Batch size">{graph.batchSize}</Fact>}
      </dl>
      <div>
        <h3 className="mb-2 text-xs font-semibold text-neutral-600">Operators</h3>
        <OpHistogram histogram={graph.opHistogram ?? {}} macsByOp={graph.macsByOp} flagged={graph.tensorflow?.unsupportedOps} />
      </div>
    </div>
  );
}
