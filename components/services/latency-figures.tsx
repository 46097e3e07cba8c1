import type { ServiceLatencyDto } from "@/lib/service-history/types";
import { formatErrorRate, formatRate } from "./latency-format";
import { LatencyOverTimeChart } from "./latency-over-time-chart";
import { LatencyWindowSummary } from "./latency-window-summary";
import { RateSparkline } from "./rate-sparkline";

/** A window with traffic: its figures in words, the percentile chart, and the request and error rates. */
export function LatencyFigures({ latency, deviceProfile }: { latency: ServiceLatencyDto; deviceProfile: string }) {
  const at = (start: string) => Date.parse(start);
  return (
    <>
      <LatencyWindowSummary latency={latency} />
      <LatencyOverTimeChart latency={latency} deviceProfile={deviceProfile} />
      <div className="grid gap-4 sm:grid-cols-2">
        <RateSparkline
          label="Request rate"
          total={formatRate(latency.overall.requestsPerSecond)}
          points={latency.points.map((p) => ({ t: at(p.start), value: p.requestsPerSecond }))}
          window={latency.window}
          color="#0078d4"
          format={formatRate}
        />
        <RateSparkline
          label="Error rate"
          total={formatErrorRate(latency.overall.errorRate)}
          points={latency.points.map((p) => ({ t: at(p.start), value: p.errorRate }))}
          window={latency.window}
          color="#a4262c"
          format={formatErrorRate}
        />
      </div>
    </>
  );
}
