"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { BuildImageButton } from "@/components/images/build-image-button";
import { Fact, Facts } from "@/components/pipeline/facts";
import { LiveProgress } from "@/components/pipeline/live-progress";
import { isNotFound, LoadState } from "@/components/pipeline/load-state";
import { LocalTime } from "@/components/pipeline/local-time";
import { LogViewer } from "@/components/pipeline/log-viewer";
import { ResourceHeader } from "@/components/pipeline/resource-header";
import { formatMs } from "@/components/score/format-latency";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import type { ConversionDto } from "@/lib/conversions/types";
import { CONVERSION_ACTIVE_STATES, conversionOptions, isConversionActive } from "@/lib/queries/conversions";
import { CancelConversionButton } from "./cancel-conversion-button";
import { modelVersionHref } from "./conversion-links";
import { ConversionReport } from "./report/conversion-report";
import { TranslationSummary } from "./report/translation-summary";

const SECTION = { href: "/conversions", label: "Conversions" };

/** One conversion, live: state, progress and log while it runs, then its report. */
export function ConversionDetail({ id, initial }: { id: string; initial?: ConversionDto }) {
  const { data: c, error } = useQuery({ ...conversionOptions(id), initialData: initial });
  if (!c || isNotFound(error)) return <LoadState error={error} what="conversion" back={{ href: SECTION.href, label: "Back to conversions" }} />;
  const isActive = isConversionActive(c);
  // A TensorFlow → ONNX translation has no precision or device; its result is scored or converted again, not packed.
  const isTranslation = c.target === "onnx";
  const duration = c.startedAt && c.finishedAt ? Date.parse(c.finishedAt) - Date.parse(c.startedAt) : null;
  const link = (m: { name: string; version: number }) => (
    <Link href={modelVersionHref(m)} className="font-mono text-brand-700 hover:underline">
      {m.name}:{m.version}
    </Link>
  );
  return (
    <div className="space-y-4">
      <ResourceHeader
        section={SECTION}
        title={`Convert ${c.source.name}:${c.source.version}`}
        crumb={c.id.slice(0, 8)}
        state={c.state}
        meta={<span className="font-mono text-xs text-neutral-500">{c.id}</span>}
        actions={
          <>
            {isActive && <CancelConversionButton id={c.id} />}
            {c.state === "Succeeded" && c.resultModel && !isTranslation && <BuildImageButton model={c.resultModel} />}
            {c.state === "Succeeded" && c.resultModel && isTranslation && (
              <Link href={`/conversions?model=${encodeURIComponent(c.resultModel.name)}&version=${c.resultModel.version}`} className={buttonClasses("primary")}>
                Convert for the FPGA
              </Link>
            )}
          </>
        }
      />
      <Facts label="Conversion facts">
        <Fact label="Source model">{link(c.source)}</Fact>
        <Fact label="Result model">{c.resultModel ? link(c.resultModel) : <span className="font-mono">{c.resultName || "—"}</span>}</Fact>
        {isTranslation ? (
          <Fact label="Target">
            <span className="font-mono">onnx</span>
          </Fact>
        ) : (
          <>
            <Fact label="Precision">
              <span className="font-mono">{c.precision}</span>
            </Fact>
            <Fact label="Device profile">
              <span className="font-mono">{c.deviceProfile}</span>
            </Fact>
          </>
        )}
        <Fact label="Created"><LocalTime iso={c.createdAt} /></Fact>
        <Fact label="Duration">{duration !== null ? formatMs(duration) : c.startedAt ? "running" : "not started"}</Fact>
        <Fact label="Input tensors" isWide>
          <span className="font-mono text-xs" title={c.inputTensors.join(", ")}>
            {c.inputTensors.join(", ")}
          </span>
        </Fact>
        <Fact label="Output tensors" isWide>
          <span className="font-mono text-xs" title={c.outputTensors.join(", ")}>
            {c.outputTensors.join(", ")}
          </span>
        </Fact>
      </Facts>
      {(isActive || c.state === "Succeeded") && (
        <LiveProgress state={c.state} progress={c.progress} label="Conversion progress" activeStates={CONVERSION_ACTIVE_STATES} detail={isActive ? c.log?.at(-1)?.message : undefined} />
      )}
      {c.error && (
        <Alert tone="error" title={`Conversion ${c.state === "TimedOut" ? "timed out" : c.state.toLowerCase()}`}>
          <p className="whitespace-pre-line">{c.error}</p>
        </Alert>
      )}
      {c.state === "Succeeded" && c.resultModel && (
        <Alert tone="success" title="Converted">
          {isTranslation
            ? <>Registered as {link(c.resultModel)} (framework onnx). Score it, or convert it for the FPGA.</>
            : <>Registered as {link(c.resultModel)} (framework accel-onnx). Build an image from it to deploy it to FPGA compute.</>}
        </Alert>
      )}
      {c.translation && <TranslationSummary translation={c.translation} />}
      {c.report && <ConversionReport report={c.report} />}
      <Section title="Log" id="conversion-log">
        <LogViewer lines={c.log} label="Conversion log" isLive={isActive} />
      </Section>
    </div>
  );
}
