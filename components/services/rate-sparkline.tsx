"use client";

import { Area, AreaChart, Tooltip, XAxis, YAxis } from "recharts";
import type { LatencyWindow } from "@/lib/service-history/types";
import { formatStepTime } from "./latency-format";

type RateSparklineProps = {
  label: string;
  /** The window's figure, shown as text beside the label. */
  total: string;
  points: { t: number; value: number | null }[];
  window: LatencyWindow;
  color: string;
  format: (value: number) => string;
};

/** One figure per step as a small filled line (request rate, error rate), its window total in words. */
export function RateSparkline({ label, total, points, window, color, format }: RateSparklineProps) {
  return (
    <figure className="min-w-0">
      <figcaption className="flex items-baseline justify-between gap-2 text-xs text-neutral-700">
        <span>{label}</span>
        <span className="font-medium text-neutral-900 tabular-nums">{total}</span>
      </figcaption>
      <AreaChart data={points} responsive style={{ width: "100%", height: 56 }} margin={{ top: 4, right: 0, bottom: 0, left: 0 }} title={label}>
        <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} hide />
        <YAxis domain={[0, "auto"]} hide />
        <Tooltip labelFormatter={(t) => formatStepTime(Number(t), window)} formatter={(value) => [format(Number(value)), label]} />
        <Area dataKey="value" stroke={color} fill={color} fillOpacity={0.15} strokeWidth={1.5} connectNulls={false} isAnimationActive={false} />
      </AreaChart>
    </figure>
  );
}
