import { ProgressBar } from "@/components/ui/progress-bar";
import { formatPercent } from "@/lib/client/format";

type LiveProgressProps = {
  state: string;
  /** 0..1 from the job. */
  progress: number;
  label: string;
  activeStates: readonly string[];
  /** Words beside the percentage, e.g. the last log line. */
  detail?: string;
};

const FAILED = new Set(["Failed", "TimedOut", "Unhealthy"]);
const SUCCEEDED = new Set(["Succeeded", "Healthy"]);

/** A job's progress bar: indeterminate while queued, full and green once it succeeded, red when it failed. */
export function LiveProgress({ state, progress, label, activeStates, detail }: LiveProgressProps) {
  const isQueued = state === "Queued";
  const isActive = activeStates.includes(state);
  const value = SUCCEEDED.has(state) ? 1 : isQueued ? null : progress;
  const tone = SUCCEEDED.has(state) ? "success" : FAILED.has(state) ? "danger" : "brand";
  return (
    <div className="space-y-1">
      <div className="flex items-baseline justify-between gap-2 text-xs text-neutral-600">
        <span className="min-w-0 truncate" title={detail}>
          {detail ?? (isActive ? `${state}…` : state)}
        </span>
        <span className="tabular-nums">{value === null ? "waiting" : formatPercent(value)}</span>
      </div>
      <ProgressBar value={value} label={label} valueText={value === null ? `${state}, not started` : `${state}, ${formatPercent(value)}`} tone={tone} />
    </div>
  );
}
