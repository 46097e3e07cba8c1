"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Section } from "@/components/ui/section";
import type { ModelDto } from "@/lib/models/to-model-dto";
import { conversionListOptions } from "@/lib/queries/conversions";
import { readGraph } from "../../read-graph";
import { ConvertToOnnxForm } from "./convert-to-onnx-form";
import { OnnxConversionStatus } from "./onnx-conversion-status";
import { suggestOnnxCut } from "./suggest-onnx-cut";

/**
 * A TensorFlow model's way to the FPGA starts with ONNX: the form that translates it, and
 * the latest such conversion of this version, live (so it survives a reload).
 */
export function ConvertToOnnxPanel({ model }: { model: ModelDto }) {
  const facts = readGraph(model.graph).tensorflow;
  const suggestion = suggestOnnxCut({ inputs: model.inputs, outputs: model.outputs, facts });
  const [startedId, setStartedId] = useState<string | null>(null);
  // Newest first (the API's order); this version's translations only.
  const earlier = useQuery(conversionListOptions({ model: model.name })).data?.items.filter((c) => c.source.version === model.version && c.target === "onnx");
  const shownId = startedId ?? earlier?.[0]?.id ?? null;

  return (
    <Section title="Convert to ONNX" id="convert-onnx">
      <div className="space-y-4">
        <p className="text-sm text-neutral-700">
          The FPGA converter takes ONNX models: translate this TensorFlow graph to ONNX first. The result is a new ONNX model, linked to this one, that
          can be scored and converted for the FPGA.
        </p>
        {shownId && <OnnxConversionStatus id={shownId} />}
        {facts && facts.unsupportedOps.length > 0 && (
          <Alert tone="warning" title="Part of this graph cannot be translated">
            <p>
              The converter has no translation for{" "}
              <span className="font-mono text-xs" data-testid="convert-unsupported-ops">
                {facts.unsupportedOps.join(", ")}
              </span>
              {facts.hasControlFlow ? ", and the graph holds a TF1 while loop" : ""}. Convert the part around them: name the tensor where the
              convertible part starts (an input) and where it ends (the outputs).
            </p>
          </Alert>
        )}
        {suggestion.note && (
          <Alert tone="info" title="Suggested cut">
            {suggestion.note}
          </Alert>
        )}
        <ConvertToOnnxForm model={model} suggestion={suggestion} onCreated={(conversion) => setStartedId(conversion.id)} />
      </div>
    </Section>
  );
}
