import { formatMs } from "@/components/score/format-latency";
import { Section } from "@/components/ui/section";
import { Table, Td, Th } from "@/components/ui/table";
import { formatShape } from "@/lib/client/format";
import type { TranslationReport } from "@/lib/conversions/types";
import { ReportFigure } from "./report-figure";

/** A TensorFlow → ONNX translation: what was translated, and how far ONNX Runtime's outputs are from TensorFlow's on the same inputs. */
export function TranslationSummary({ translation }: { translation: TranslationReport }) {
  const { reference } = translation;
  const isWithin = reference.maxRelativeDiff <= reference.tolerance;
  const mean = (pick: (s: TranslationReport["reference"]["samples"][number]) => number) =>
    reference.samples.length ? reference.samples.reduce((sum, s) => sum + pick(s), 0) / reference.samples.length : null;
  const ops = Object.entries(translation.translatedOps).sort((a, b) => b[1] - a[1]);
  return (
    <Section title="Translation" id="translation">
      <div className="space-y-4">
        <dl aria-label="Translation summary" className="grid grid-cols-2 gap-2 sm:grid-cols-3 xl:grid-cols-5" data-testid="translation-summary">
          <ReportFigure label="Nodes" value={`${translation.sourceNodes} → ${translation.onnxNodes}`} detail="TensorFlow graph → ONNX graph" />
          <ReportFigure label="Max relative |TF − ONNX|" value={reference.maxRelativeDiff.toExponential(2)} detail={`${isWithin ? "within" : "beyond"} the tolerance ${reference.tolerance}`} />
          <ReportFigure label="TensorFlow" value={formatMs(mean((s) => s.tensorflowMs))} detail={`${reference.runtime}, mean of ${reference.samples.length}`} />
          <ReportFigure label="ONNX Runtime" value={formatMs(mean((s) => s.onnxMs))} detail="same inputs" />
          <ReportFigure label="Translation took" value={formatMs(translation.durationMs)} />
        </dl>
        <div className="grid gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <Table label="ONNX inputs and outputs">
            <thead>
              <tr>
                <Th>Tensor</Th>
                <Th>Type</Th>
                <Th>Shape</Th>
              </tr>
            </thead>
            <tbody>
              {[...translation.inputs.map((t) => ({ ...t, kind: "input" })), ...translation.outputs.map((t) => ({ ...t, kind: "output" }))].map((t) => (
                <tr key={`${t.kind}:${t.name}`}>
                  <Td className="font-mono text-xs">
                    {t.name} <span className="text-neutral-500">({t.kind})</span>
                  </Td>
                  <Td>{t.dtype}</Td>
                  <Td className="tabular-nums">{formatShape(t.shape)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <p className="text-xs text-neutral-700">
            <span className="font-medium text-neutral-900">Translated ops: </span>
            {ops.map(([op, count]) => `${op} ×${count}`).join(", ") || "none"}
          </p>
        </div>
      </div>
    </Section>
  );
}
