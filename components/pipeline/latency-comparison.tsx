import { formatMs } from "@/components/score/format-latency";
import { Legend } from "@/components/ui/legend";
import { StackedBar } from "@/components/ui/stacked-bar";
import type { LatencyBreakdown } from "@/lib/conversions/types";
import { breakdownSegments, describeWeightPlacement } from "./latency-segments";

export type LatencyRow = { key: string; label: string; breakdown: LatencyBreakdown };

/**
 * Simulated latency of one image, one stacked bar per row on a shared scale (so source and
 * converted compare at a glance), each with the words on where its weights live.
 */
export function LatencyComparison({ rows, label }: { rows: LatencyRow[]; label: string }) {
  const scaleMax = Math.max(...rows.map((r) => r.breakdown.totalMs), 0);
  const spent = new Set(rows.flatMap((r) => breakdownSegments(r.breakdown).filter((s) => s.value > 0).map((s) => s.key)));
  const legend = rows.length ? breakdownSegments(rows[0].breakdown).filter((s) => spent.has(s.key)) : [];
  return (
    <figure aria-label={label} className="space-y-2" data-testid="latency-comparison">
      <ul className="space-y-2">
        {rows.map(({ key, label: rowLabel, breakdown }) => {
          const segments = breakdownSegments(breakdown);
          const spoken = segments
            .filter((s) => s.value > 0)
            .map((s) => `${s.label} ${formatMs(s.value)}`)
            .join(", ");
          return (
            <li key={key} className="grid grid-cols-[7rem_minmax(0,1fr)_5rem] items-center gap-x-2 gap-y-0.5" data-testid={`latency-${key}`}>
              <span className="truncate text-sm font-medium text-neutral-800">{rowLabel}</span>
              <StackedBar
                segments={segments}
                scaleMax={scaleMax}
                label={`${rowLabel}: ${formatMs(breakdown.totalMs)} simulated (${spoken})`}
                describe={(s) => `${s.label}: ${formatMs(s.value)}`}
                className="h-4"
              />
              <span className="text-right text-sm font-semibold whitespace-nowrap tabular-nums">{formatMs(breakdown.totalMs)}</span>
              <p className="col-span-3 text-xs text-neutral-600">
                {describeWeightPlacement(breakdown)} MVU utilisation {(breakdown.utilization * 100).toFixed(1)}%.
              </p>
            </li>
          );
        })}
      </ul>
      <Legend label="Latency parts" items={legend.map((s) => ({ key: `part-${s.key}`, label: s.label, color: s.color, title: s.title }))} />
      <figcaption className="text-[11px] text-neutral-500">Simulated for one image at batch 1 by the NPU model, never timed; the bars share one scale.</figcaption>
    </figure>
  );
}
