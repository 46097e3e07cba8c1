import { Fact } from "@/components/pipeline/facts";
import { Button } from "@/components/ui/button";
import type { CapacityPlanDto } from "@/lib/capacity/types";
import { formatPercent } from "@/lib/client/format";

const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;

/** A plan's answer: what to deploy, what it should do, and what the prediction rests on (measured beside simulated). */
export function CapacityPlanResult({ plan, isStale, onApply, disabled }: { plan: CapacityPlanDto; isStale: boolean; onApply: (replicas: number) => void; disabled?: boolean }) {
  const { host, device } = plan.serviceTime;
  const fits = plan.quota.regions.filter((r) => r.fits).map((r) => r.region);
  const plural = plan.replicas === 1 ? "" : "s";
  return (
    <div className={`space-y-2 ${isStale ? "opacity-60" : ""}`} data-testid="capacity-plan-result">
      {isStale && <p className="text-xs text-amber-900">The targets changed since this plan: plan again.</p>}
      <dl aria-label="Capacity plan" className="grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-4">
        <Fact label="Replicas">{plan.replicas}</Fact>
        <Fact label="FPGAs">{plan.fpgas}</Fact>
        <Fact label="Standard_PB6s nodes">{plan.nodes}</Fact>
        <Fact label="PBS quota">
          <span title={fits.length ? `Free in ${fits.join(", ")}` : "More than any region has free"}>
            {plan.vcpus} vCPUs {fits.length ? "" : "(over every region's free quota)"}
          </span>
        </Fact>
        <Fact label="Utilisation">{formatPercent(plan.predicted.utilization)}</Fact>
        <Fact label="Predicted p50">{ms(plan.predicted.p50Ms)}</Fact>
        <Fact label="Predicted p99">
          {ms(plan.predicted.p99Ms)} <span className="text-neutral-600">(target {ms(plan.target.p99Ms)})</span>
        </Fact>
        <Fact label="Capacity">{plan.predicted.capacityRps.toFixed(1)} req/s</Fact>
      </dl>
      <p className="text-xs text-neutral-600">
        One request: {ms(plan.serviceTime.meanMs)} = host {ms(host.meanMs)} <em>measured</em> on a node (decode {ms(host.decodeMs)}, preprocess {ms(host.preprocessMs)}, transfer {ms(host.transferMs)}, {host.samples} requests) + FPGA {ms(device.totalMs)} <em>simulated</em> on {plan.profile}.{" "}
        <abbr title={plan.queueingModel.description}>{plan.queueingModel.name}</abbr> queue; {plan.assumptions[0]}
      </p>
      <Button onClick={() => onApply(plan.replicas)} disabled={disabled || isStale}>
        Use {plan.replicas} replica{plural}
      </Button>
    </div>
  );
}
