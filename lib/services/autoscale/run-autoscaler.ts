import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { decideReplicas, isCooledDown, type Decision } from "./decide-replicas";
import { measureServiceLoad } from "./measure-service-load";
import { scaleService } from "./scale-service";

export type AutoscaleOutcome = { service: string; decision: Decision; reached: number | null };

/**
 * One pass of the autoscaler over every Healthy service with autoscaling on: measure its
 * load from the latency rollups, decide, and change the replica count when the cool-down
 * allows. Every worker's heartbeat calls it; a transaction-scoped advisory lock lets one
 * of them run it at a time, and the cool-down (services.autoscaled_at) keeps passes that
 * follow each other from acting twice on the same load. Returns what it decided.
 */
export async function runAutoscaler(options: { now?: number } = {}): Promise<AutoscaleOutcome[] | null> {
  const now = options.now ?? Date.now();
  return db.$transaction(async (tx) => {
    const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtextextended('autoscaler', 0)) AS locked`;
    if (!locked) return null;
    const services = await tx.service.findMany({ where: { autoscaleEnabled: true, state: "Healthy" }, select: { id: true, name: true, replicas: true, autoscaleMin: true, autoscaleMax: true, autoscaleTargetUtilization: true, autoscaledAt: true } });
    const outcomes: AutoscaleOutcome[] = [];
    for (const service of services) {
      const load = await measureServiceLoad({ serviceId: service.id, now });
      const decision = decideReplicas({ load, current: service.replicas, settings: { minReplicas: service.autoscaleMin, maxReplicas: service.autoscaleMax, targetUtilization: service.autoscaleTargetUtilization } });
      const mayAct = isCooledDown({ decision, lastScaledAt: service.autoscaledAt, now, upDelayMs: env().AUTOSCALE_SCALE_UP_DELAY_SECONDS * 1000, downDelayMs: env().AUTOSCALE_SCALE_DOWN_DELAY_SECONDS * 1000 });
      let reached: number | null = null;
      if (decision.desired !== decision.current && mayAct) {
        const reason = `utilisation ${decision.utilization.toFixed(2)} per replica against a target of ${(service.autoscaleTargetUtilization / 100).toFixed(2)} (${decision.ratePerSecond.toFixed(1)} req/s, mean ${decision.meanMs.toFixed(1)} ms, over the last ${Math.round(load.windowMs / 1000)} s)`;
        reached = await scaleService({ serviceId: service.id, desired: decision.desired, reason });
      }
      outcomes.push({ service: service.name, decision, reached });
    }
    return outcomes;
  }, { timeout: 60_000 });
}
