import Link from "next/link";
import { Legend } from "@/components/ui/legend";
import { StackedBar } from "@/components/ui/stacked-bar";
import { formatBytes } from "@/lib/client/format";
import type { SimulatedLatency } from "@/lib/client/score-image";
import { formatMs } from "./format-latency";
import { simulatedSegments } from "./latency-parts";

type SimulatedBreakdownProps = {
  simulated: SimulatedLatency[];
  highlight: string;
  /** Display names of the profiles, for tooltips. */
  profileNames: Record<string, string>;
};

/**
 * One bar per device profile, on a scale shared by the profiles (not with the measured
 * bar, which is usually ten to a hundred times longer).
 */
export function SimulatedBreakdown({ simulated, highlight, profileNames }: SimulatedBreakdownProps) {
  if (!simulated.length) return <p className="text-xs text-neutral-600">No simulated latency was returned.</p>;
  const scaleMax = Math.max(...simulated.map((s) => s.totalMs));
  // The legend names only the parts some profile spent time in.
  const spent = new Set(simulated.flatMap((s) => simulatedSegments(s).filter((t) => t.value > 0).map((t) => t.key)));
  const legend = simulatedSegments(simulated[0]).filter((s) => spent.has(s.key));
  return (
    <div data-testid="simulated-breakdown">
      <h4 className="mb-1 text-xs font-semibold tracking-wide text-neutral-600 uppercase">
        Simulated <span className="font-normal tracking-normal normal-case">· FPGA NPU model, batch 1, not measured</span>
      </h4>
      <ul className="space-y-1">
        {simulated.map((sim) => {
          const segments = simulatedSegments(sim);
          const isHighlighted = sim.profile === highlight;
          const spoken = segments
            .filter((s) => s.value > 0)
            .map((s) => `${s.label} ${formatMs(s.value)}`)
            .join(", ");
          return (
            <li
              key={sim.profile}
              data-testid={`simulated-${sim.profile}`}
              className={`grid grid-cols-[9.5rem_minmax(0,1fr)_5rem] items-center gap-2 border-l-2 pl-1.5 ${
                isHighlighted ? "border-brand-600" : "border-transparent"
              }`}
            >
              <span className={`truncate font-mono text-xs ${isHighlighted ? "font-semibold text-neutral-900" : "text-neutral-700"}`} title={profileNames[sim.profile]}>
                {sim.profile}
              </span>
              <StackedBar
                segments={segments}
                scaleMax={scaleMax}
                label={`Simulated on ${sim.profile}: ${formatMs(sim.totalMs)} (${spoken})`}
                describe={(s) => `${s.label}: ${formatMs(s.value)}`}
                className={isHighlighted ? "h-3.5" : "h-2.5"}
              />
              <span className={`text-right whitespace-nowrap tabular-nums ${isHighlighted ? "font-semibold text-neutral-900" : "text-neutral-700"}`}>{formatMs(sim.totalMs)}</span>
              <span className="col-span-3 -mt-0.5 truncate text-[11px] text-neutral-500" title={describeSimulation(sim)}>
                {describeSimulation(sim)}
              </span>
            </li>
          );
        })}
      </ul>
      <Legend
        label="Simulated parts"
        className="mt-1"
        items={legend.map((s) => ({ key: `simulated-${s.key}`, label: s.label, color: s.color }))}
      />
      <p className="mt-1.5 text-[11px] leading-snug text-neutral-500">
        Computed from the model&apos;s graph and each profile&apos;s sourced figures, never timed; bars share one scale with each other, not with the measured bar.{" "}
        <Link href="/docs/fpga" className="text-brand-700 hover:underline">
          How the FPGA is simulated
        </Link>
      </p>
    </div>
  );
}

/** One line: the numerics, where the weights live, the parts, how well the MVU was used, and what ran on the host. */
function describeSimulation(sim: SimulatedLatency): string {
  const { hostOps, hostOpTypes } = sim.placement;
  const parts = [
    sim.precision,
    describeWeights(sim),
    `NPU ${formatMs(sim.deviceMs)}`,
    sim.weightStreamMs > 0 ? `DDR stalls ${formatMs(sim.weightStreamMs)}` : null,
    `PCIe ${formatMs(sim.transferInMs + sim.transferOutMs)}`,
    sim.hostMs > 0 ? `host ${formatMs(sim.hostMs)}` : null,
    sim.partitionHandoffMs > 0 ? `hand-offs ${formatMs(sim.partitionHandoffMs)}` : null,
    `MVU util. ${(sim.utilization * 100).toFixed(1)}%`,
    `${sim.effectiveTflops.toFixed(2)} TFLOPS`,
    hostOps ? `${hostOps} host op${hostOps === 1 ? "" : "s"} (${hostOpTypes.join(", ")})` : "no host ops",
  ];
  return parts.filter(Boolean).join(" · ");
}

/** "weights pinned on chip", "19.4 MB of weights stream from DDR each request", or "spread over 5 FPGAs, …". */
function describeWeights(sim: SimulatedLatency): string {
  const where = sim.streamsWeights ? `${formatBytes(sim.streamedWeightBytes)} of weights stream from DDR each request` : "weights pinned on chip";
  return sim.weightPlacement === "partitioned" ? `spread over ${sim.fpgas} FPGAs, ${where}` : where;
}
