import { formatMs } from "@/components/score/format-latency";
import { formatInteger } from "@/lib/client/format";
import type { LatencyPercentiles, ServiceLatencyDto } from "@/lib/service-history/types";
import { formatErrorRate, formatRate } from "./latency-format";

const percentiles = (p: LatencyPercentiles | null, keys: (keyof LatencyPercentiles)[]) => (p ? keys.map((key) => `${key} ${formatMs(p[key])}`).join(" · ") : "—");

/** The window's figures in words: what the charts draw, readable without them. */
export function LatencyWindowSummary({ latency }: { latency: ServiceLatencyDto }) {
  const { overall } = latency;
  const items = [
    { label: "Requests", value: `${formatInteger(overall.requests)} (${formatRate(overall.requestsPerSecond)})`, testId: "latency-requests" },
    { label: "Error rate", value: `${formatErrorRate(overall.errorRate)} (${formatInteger(overall.errors)} failed)`, testId: "latency-error-rate" },
    { label: "Measured", value: percentiles(overall.measuredMs, ["p50", "p95", "p99"]), testId: "latency-measured" },
    { label: "Simulated", value: percentiles(overall.simulatedMs, ["p50", "p99"]), testId: "latency-simulated" },
  ];
  return (
    <dl aria-label="Figures for the whole window" className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-2 xl:grid-cols-4">
      {items.map((item) => (
        <div key={item.label} className="min-w-0">
          <dt className="text-xs text-neutral-600">{item.label}</dt>
          <dd className="text-sm text-neutral-900 tabular-nums" data-testid={item.testId}>
            {item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
