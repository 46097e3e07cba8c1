import { Legend } from "@/components/ui/legend";
import { StackedBar } from "@/components/ui/stacked-bar";
import type { ScoreTimings } from "@/lib/client/score-image";
import { formatMs } from "./format-latency";
import { measuredSegments } from "./latency-parts";

/** The worker's measured time for one request as one stacked bar, step by step. */
export function MeasuredBreakdown({ timings, roundTripMs }: { timings: ScoreTimings; roundTripMs: number }) {
  const segments = measuredSegments(timings);
  const spoken = segments.map((s) => `${s.label.toLowerCase()} ${formatMs(s.value)}`).join(", ");
  return (
    <div data-testid="measured-breakdown">
      <div className="mb-1 flex items-baseline justify-between gap-2">
        <h4 className="text-xs font-semibold tracking-wide text-neutral-600 uppercase">
          Measured <span className="font-normal tracking-normal normal-case">· worker CPU</span>
        </h4>
        <p className="text-xs text-neutral-600">
          server <span className="text-sm font-semibold text-neutral-900 tabular-nums">{formatMs(timings.serverMs)}</span>
          <span className="text-neutral-400"> · </span>
          <span title="From sending the image in the browser to the parsed answer: adds the network and the web tier's hop to the worker.">
            round trip <span className="tabular-nums">{formatMs(roundTripMs)}</span>
          </span>
        </p>
      </div>
      <StackedBar
        segments={segments}
        label={`Measured server time ${formatMs(timings.serverMs)}: ${spoken}`}
        describe={(s) => `${s.label}: ${formatMs(s.value)}`}
        className="h-4"
      />
      <Legend
        label="Measured steps"
        className="mt-1.5"
        items={segments.map((s) => ({ key: `measured-${s.key}`, label: s.label, color: s.color, value: formatMs(s.value), title: s.title }))}
      />
    </div>
  );
}
