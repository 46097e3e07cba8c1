"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { conversionHref, modelVersionHref } from "@/components/conversions/conversion-links";
import { LiveProgress } from "@/components/pipeline/live-progress";
import { StateBadge } from "@/components/pipeline/state-badge";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { CONVERSION_ACTIVE_STATES, conversionOptions, isConversionActive } from "@/lib/queries/conversions";

/** One TensorFlow → ONNX conversion, polled until it settles: its progress, then the ONNX model it registered or its error. */
export function OnnxConversionStatus({ id }: { id: string }) {
  const { data: c } = useQuery(conversionOptions(id));
  if (!c) return null;
  const isActive = isConversionActive(c);
  return (
    <div className="space-y-2 rounded-sm border border-neutral-200 bg-neutral-50 p-3" data-testid="onnx-conversion" aria-live="polite">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium text-neutral-900">Conversion to ONNX</span>
        <StateBadge state={c.state} />
        <Link href={conversionHref(c.id)} className="font-mono text-xs text-brand-700 hover:underline">
          {c.id.slice(0, 8)}
        </Link>
        <span className="text-xs text-neutral-600">
          from <span className="font-mono">{c.inputTensors.join(", ")}</span> to <span className="font-mono">{c.outputTensors.join(", ")}</span>
        </span>
      </div>
      {(isActive || c.state === "Succeeded") && (
        <LiveProgress state={c.state} progress={c.progress} label="Conversion progress" activeStates={CONVERSION_ACTIVE_STATES} detail={isActive ? c.log?.at(-1)?.message : undefined} />
      )}
      {c.state === "Succeeded" && c.resultModel && (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span>
            Registered as{" "}
            <Link href={modelVersionHref(c.resultModel)} className="font-mono text-brand-700 hover:underline" data-testid="onnx-result-link">
              {c.resultModel.name}:{c.resultModel.version}
            </Link>{" "}
            (framework onnx).
          </span>
          <Link href={`/score?model=${encodeURIComponent(c.resultModel.name)}&version=${c.resultModel.version}`} className={buttonClasses("secondary", "h-7")}>
            Score images
          </Link>
          <Link href={`/conversions?model=${encodeURIComponent(c.resultModel.name)}&version=${c.resultModel.version}`} className={buttonClasses("secondary", "h-7")}>
            Convert for the FPGA
          </Link>
        </div>
      )}
      {c.error && (
        <Alert tone="error" title={`Conversion ${c.state === "TimedOut" ? "timed out" : c.state.toLowerCase()}`}>
          <p className="whitespace-pre-line">{c.error}</p>
        </Alert>
      )}
    </div>
  );
}
