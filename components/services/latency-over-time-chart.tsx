"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatMs } from "@/components/score/format-latency";
import { profileColor } from "@/components/score/latency-parts";
import { Legend } from "@/components/ui/legend";
import type { ServiceLatencyDto } from "@/lib/service-history/types";
import { formatStepTime, logTicks } from "./latency-format";

type Series = { key: string; label: string; color: string; isDashed?: boolean };

type ChartPoint = { t: number } & Record<string, number | null>;

const MEASURED_SERIES: Series[] = [
  { key: "measuredP50", label: "Measured p50", color: "#0078d4" },
  { key: "measuredP95", label: "Measured p95", color: "#8764b8" },
  { key: "measuredP99", label: "Measured p99", color: "#a4262c" },
];

/**
 * Measured p50/p95/p99 per step with the simulated FPGA p50 and p99 of the same requests
 * beside them, on a log scale: the CPU and the simulated device differ by one to two orders
 * of magnitude and both must stay readable. Steps without requests are gaps, not zeros.
 */
export function LatencyOverTimeChart({ latency, deviceProfile }: { latency: ServiceLatencyDto; deviceProfile: string }) {
  const simulatedColor = profileColor(deviceProfile, 0);
  const series: Series[] = [
    ...MEASURED_SERIES,
    { key: "simulatedP50", label: `Simulated p50 (${deviceProfile})`, color: simulatedColor },
    { key: "simulatedP99", label: `Simulated p99 (${deviceProfile})`, color: simulatedColor, isDashed: true },
  ];
  const data: ChartPoint[] = latency.points.map((p) => ({
    t: Date.parse(p.start),
    measuredP50: p.measuredMs?.p50 ?? null,
    measuredP95: p.measuredMs?.p95 ?? null,
    measuredP99: p.measuredMs?.p99 ?? null,
    simulatedP50: p.simulatedMs?.p50 ?? null,
    simulatedP99: p.simulatedMs?.p99 ?? null,
  }));
  const values = data.flatMap((d) => series.map((s) => d[s.key])).filter((v): v is number => v !== null && v > 0);
  const ticks = values.length ? logTicks(Math.min(...values), Math.max(...values)) : [1, 10];
  const from = Date.parse(latency.from);
  const to = Date.parse(latency.to);

  return (
    <div className="min-w-0" data-testid="latency-over-time-chart">
      <Legend label="Latency chart legend" className="mb-1" items={series.map((s) => ({ key: `latency-${s.key}`, label: s.label, color: s.color, shape: "line" as const }))} />
      <LineChart
        data={data}
        responsive
        style={{ width: "100%", height: 260 }}
        margin={{ top: 8, right: 12, bottom: 4, left: 8 }}
        title="Latency over time"
        desc={`Measured p50, p95 and p99 and simulated p50 and p99 per ${latency.stepSeconds / 60}-minute step, in milliseconds on a log scale. The same figures for the whole window are given as text above the chart.`}
      >
        <CartesianGrid stroke="#edebe9" vertical={false} />
        <XAxis dataKey="t" type="number" scale="time" domain={[from, to]} tickFormatter={(t: number) => formatStepTime(t, latency.window)} tick={{ fontSize: 11, fill: "#605e5c" }} minTickGap={24} />
        <YAxis
          scale="log"
          domain={[ticks[0], ticks[ticks.length - 1]]}
          ticks={ticks}
          allowDataOverflow
          tickFormatter={(ms: number) => `${ms} ms`}
          tick={{ fontSize: 11, fill: "#605e5c" }}
          width={64}
        />
        <Tooltip labelFormatter={(t) => formatStepTime(Number(t), latency.window)} formatter={(value) => formatMs(Number(value))} />
        {series.map((s) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stroke={s.color}
            strokeWidth={s.key === "measuredP50" || s.key === "simulatedP50" ? 2 : 1.25}
            strokeDasharray={s.isDashed ? "4 3" : undefined}
            dot={{ r: 2, fill: s.color, strokeWidth: 0 }}
            activeDot={{ r: 4 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </div>
  );
}
