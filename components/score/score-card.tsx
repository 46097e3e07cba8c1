import Link from "next/link";
import { DetectionOverlay } from "@/components/detection/detection-overlay";
import { readDetections } from "@/components/detection/types";
import { Alert } from "@/components/ui/alert";
import { CloseIcon, WarningIcon } from "@/components/ui/more-icons";
import { formatBytes } from "@/lib/client/format";
import type { ScoreResult } from "@/lib/client/score-image";
import { formatMs } from "./format-latency";
import { ImagePreview } from "./image-preview";
import { MeasuredBreakdown } from "./measured-breakdown";
import { SimulatedBreakdown } from "./simulated-breakdown";
import { TopKBars } from "./top-k-bars";
import type { ScoreItem } from "./use-score-cards";

type ScoreCardProps = {
  item: ScoreItem;
  highlight: string;
  profileNames: Record<string, string>;
  onRemove: (id: string) => void;
};

const STATUS_TEXT: Record<ScoreItem["status"], string> = { queued: "Queued", scoring: "Scoring…", done: "Scored", failed: "Failed" };
const STATUS_TONE: Record<ScoreItem["status"], string> = {
  queued: "border-neutral-300 bg-neutral-100 text-neutral-700",
  scoring: "border-brand-200 bg-brand-50 text-brand-800",
  done: "border-green-300 bg-green-50 text-green-800",
  failed: "border-red-300 bg-red-50 text-red-800",
};

/** One image: its preview, then its top classes (or, for a detector, its boxes) and latencies once the worker answers. */
export function ScoreCard({ item, highlight, profileNames, onRemove }: ScoreCardProps) {
  const result = item.response?.result;
  const highlighted = result?.simulated.find((s) => s.profile === highlight);
  // A detector's answer is drawn over the image; a classifier's is its top-5 bars.
  const detected = result ? readDetections(result) : null;
  const modelHref = `/models/${encodeURIComponent(item.model.name)}/versions/${item.model.version}`;
  return (
    <article
      aria-label={`Result for ${item.fileName}`}
      aria-busy={item.status === "queued" || item.status === "scoring"}
      data-testid="score-card"
      data-status={item.status}
      className={`rounded-sm border bg-white ${item.status === "failed" ? "border-red-300" : "border-neutral-200"}`}
    >
      <header className="flex items-center gap-3 border-b border-neutral-100 px-3 py-1.5 text-xs text-neutral-600">
        <h3 className="min-w-0 truncate text-sm font-semibold text-neutral-900" title={item.fileName}>
          {item.fileName}
        </h3>
        <span className="whitespace-nowrap tabular-nums">
          {formatBytes(item.fileSize)}
          {result && ` · ${result.input.format.toUpperCase()} ${result.input.width}×${result.input.height}`}
        </span>
        <Link href={modelHref} className="font-mono whitespace-nowrap text-brand-700 hover:underline">
          {item.model.name}:{item.model.version}
        </Link>
        <span className={`inline-flex items-center rounded-sm border px-1.5 leading-5 font-medium ${STATUS_TONE[item.status]}`}>{STATUS_TEXT[item.status]}</span>
        <span className="ml-auto flex items-center gap-3 whitespace-nowrap">
          {result && (
            <>
              <span>
                CPU <span className="font-semibold text-neutral-900 tabular-nums">{formatMs(result.timings.serverMs)}</span>
              </span>
              {highlighted && (
                <span title={`Simulated on ${profileNames[highlighted.profile] ?? highlighted.profile}`}>
                  FPGA <span className="text-neutral-500">sim.</span> <span className="font-semibold text-neutral-900 tabular-nums">{formatMs(highlighted.totalMs)}</span>
                </span>
              )}
            </>
          )}
          <button
            type="button"
            onClick={() => onRemove(item.id)}
            aria-label={`Remove ${item.fileName}`}
            title="Remove"
            className="grid h-6 w-6 place-items-center rounded-sm text-neutral-500 hover:bg-neutral-100 hover:text-neutral-900"
          >
            <CloseIcon size={14} />
          </button>
        </span>
      </header>
      {detected && result && item.response ? (
        <div className="grid grid-cols-1 gap-4 p-3 xl:grid-cols-[minmax(0,36rem)_minmax(0,1fr)]">
          <div className="min-w-0 space-y-2">
            <DetectionOverlay
              src={item.previewUrl}
              fileName={item.fileName}
              image={result.input}
              detections={detected.detections}
              requestedThreshold={detected.settings?.scoreThreshold}
            />
            <PreprocessingNote preprocessing={result.preprocessing} />
          </div>
          <div className="min-w-0 space-y-3 border-neutral-100 xl:border-l xl:pl-4">
            <MeasuredBreakdown timings={result.timings} roundTripMs={item.response.roundTripMs} />
            <SimulatedBreakdown simulated={result.simulated} highlight={highlight} profileNames={profileNames} />
          </div>
        </div>
      ) : (
        <div className="grid grid-cols-[7rem_minmax(0,24rem)_minmax(0,1fr)] gap-4 p-3">
          <ImagePreview src={item.previewUrl} fileName={item.fileName} />
          {item.status === "failed" && item.error ? (
            <div className="col-span-2" data-testid="score-error">
              <Alert tone="error" title={item.error.title}>
                {item.error.detail && <p>{item.error.detail}</p>}
                <p className="mt-0.5 text-xs text-red-800/80">
                  {item.error.status ? `HTTP ${item.error.status} · ` : ""}
                  <span className="font-mono">{item.error.code}</span>
                </p>
              </Alert>
            </div>
          ) : result && item.response ? (
            <>
              <div className="min-w-0 space-y-2">
                <TopKBars top={result.top} />
                <PreprocessingNote preprocessing={result.preprocessing} />
              </div>
              <div className="min-w-0 space-y-3 border-l border-neutral-100 pl-4">
                <MeasuredBreakdown timings={result.timings} roundTripMs={item.response.roundTripMs} />
                <SimulatedBreakdown simulated={result.simulated} highlight={highlight} profileNames={profileNames} />
              </div>
            </>
          ) : (
            <PendingBody isQueued={item.status === "queued"} />
          )}
        </div>
      )}
    </article>
  );
}

/** Which preprocessing the worker applied, and a warning when it had to assume one. */
function PreprocessingNote({ preprocessing }: { preprocessing: ScoreResult["preprocessing"] }) {
  return (
    <>
      <p className="text-xs text-neutral-600">
        Preprocessing <span className="font-mono font-medium text-neutral-800">{preprocessing.code}</span>
        {!preprocessing.isAssumed && <span> · from the model&apos;s registration</span>}
      </p>
      {preprocessing.isAssumed && (
        <p role="note" className="flex gap-1.5 rounded-sm border border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-900" data-testid="preprocessing-assumed">
          <WarningIcon size={14} className="mt-px shrink-0" />
          <span>
            Assumed: this model does not record its preprocessing, so {preprocessing.code} was used. If the labels look wrong, the preprocessing
            probably is.
          </span>
        </p>
      )}
    </>
  );
}

function PendingBody({ isQueued }: { isQueued: boolean }) {
  return (
    <>
      <div className="space-y-2" aria-hidden="true">
        {[0.9, 0.35, 0.2, 0.12, 0.08].map((width, i) => (
          <div key={i} className="grid grid-cols-[7rem_minmax(0,1fr)] items-center gap-2">
            <span className="h-2.5 animate-pulse rounded-sm bg-neutral-200" />
            <span className="h-2 animate-pulse rounded-sm bg-neutral-100">
              <span className="block h-full rounded-sm bg-neutral-200" style={{ width: `${width * 100}%` }} />
            </span>
          </div>
        ))}
      </div>
      <div className="border-l border-neutral-100 pl-4 text-sm text-neutral-600">
        <p>{isQueued ? "Waiting for a free slot: two images are scored at a time." : "Scoring on the worker…"}</p>
        <div className="mt-2 h-4 w-full animate-pulse rounded-[1px] bg-neutral-100" aria-hidden="true" />
        <div className="mt-3 h-2.5 w-2/3 animate-pulse rounded-[1px] bg-neutral-100" aria-hidden="true" />
        <div className="mt-1 h-2.5 w-1/2 animate-pulse rounded-[1px] bg-neutral-100" aria-hidden="true" />
      </div>
    </>
  );
}
