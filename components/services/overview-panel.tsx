import Link from "next/link";
import { computeHref } from "@/components/computes/compute-links";
import { modelVersionHref } from "@/components/conversions/conversion-links";
import { imageHref } from "@/components/images/image-links";
import { Fact, Facts } from "@/components/pipeline/facts";
import { LatencyComparison } from "@/components/pipeline/latency-comparison";
import { LiveProgress } from "@/components/pipeline/live-progress";
import { LocalTime } from "@/components/pipeline/local-time";
import { LogViewer } from "@/components/pipeline/log-viewer";
import { Alert } from "@/components/ui/alert";
import { Section } from "@/components/ui/section";
import { isServiceActive } from "@/lib/queries/services";
import type { ServiceDto } from "@/lib/services/types";
import { LatencyHistory } from "./latency-history";
import { ReplicasTable } from "./replicas-table";

const link = "text-brand-700 hover:underline";

/** What the service runs where, its replicas and autoscale, the latency it should have and has had, and its log. */
export function OverviewPanel({ service: s }: { service: ServiceDto }) {
  const { autoscale } = s;
  return (
    <div className="space-y-4">
      <Facts label="Service facts">
        <Fact label="Image">
          <Link href={imageHref(s.image)} className={`font-mono ${link}`}>
            {s.image.name}:{s.image.version}
          </Link>
        </Fact>
        <Fact label="Model">
          <Link href={modelVersionHref(s.model)} className={`font-mono ${link}`}>
            {s.model.name}:{s.model.version}
          </Link>
        </Fact>
        <Fact label="Compute">
          <Link href={computeHref(s.compute)} className={link}>
            {s.compute}
          </Link>
        </Fact>
        <Fact label="Device profile">
          <span className="font-mono">{s.deviceProfile}</span>
        </Fact>
        <Fact label="Authentication">{s.authEnabled ? "Key required" : "Off"}</Fact>
        <Fact label="Created"><LocalTime iso={s.createdAt} /></Fact>
        <Fact label="Replicas">
          {s.replicas.filter((r) => r.ready).length} ready of {s.desiredReplicas}
        </Fact>
        <Fact label="FPGAs per replica">{s.fpgasPerReplica}</Fact>
        <Fact label="Batching (CPU)">{s.maxBatchSize > 1 ? `Up to ${s.maxBatchSize} requests, waiting at most ${s.maxQueueDelayMs} ms` : "Off: one request per inference"}</Fact>
        <Fact label="Autoscale" isWide>
          {autoscale.enabled ? `${autoscale.minReplicas}–${autoscale.maxReplicas} replicas, target ${autoscale.targetUtilization}% utilisation` : "Off: a fixed number of replicas"}
          {autoscale.enabled && <AutoscaleDecisions log={s.log} />}
        </Fact>
        <Fact label="Updated"><LocalTime iso={s.updatedAt} /></Fact>
      </Facts>
      {isServiceActive(s) && (
        // A service has no progress of its own: the share of replicas ready stands in.
        <LiveProgress
          state={s.state}
          progress={s.desiredReplicas ? s.replicas.filter((r) => r.ready).length / s.desiredReplicas : 0}
          label={s.state === "Deleting" ? "Deletion progress" : "Deployment progress"}
          activeStates={["Transitioning", "Deleting"]}
          detail={s.log?.at(-1)?.message}
        />
      )}
      {s.error && (
        <Alert tone={s.state === "Failed" ? "error" : "warning"} title={s.state === "Failed" ? "The deployment failed" : `The service is ${s.state}`}>
          <p className="whitespace-pre-line">{s.error}</p>
        </Alert>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <Section title="Replicas" id="service-replicas">
          <ReplicasTable replicas={s.replicas} desired={s.desiredReplicas} />
        </Section>
        <Section title={`Latency on ${s.deviceProfile} (simulated)`} id="service-latency">
          {s.simulated ? (
            <LatencyComparison label={`Simulated latency of one image on ${s.deviceProfile}`} rows={[{ key: "service", label: `${s.fpgasPerReplica} FPGA${s.fpgasPerReplica === 1 ? "" : "s"}`, breakdown: s.simulated }]} />
          ) : (
            <p className="text-sm text-neutral-600">Not simulated yet: the figures appear once the deployment has read the model.</p>
          )}
        </Section>
      </div>
      <LatencyHistory name={s.name} deviceProfile={s.deviceProfile} />
      <Section title="Log" id="service-log">
        <LogViewer lines={s.log} label="Service log" isLive={isServiceActive(s)} />
      </Section>
    </div>
  );
}

// The autoscaler writes each decision as a line of the service's log (lib/services/autoscale).
const DECISIONS_SHOWN = 5;

function AutoscaleDecisions({ log }: { log: ServiceDto["log"] }) {
  const decisions = (log ?? []).filter((line) => line.message.startsWith("Autoscale:")).slice(-DECISIONS_SHOWN).reverse();
  if (decisions.length === 0) return <p className="mt-1 text-xs text-neutral-500">No decision yet: it acts on the traffic of the last one to two minutes.</p>;
  return (
    <ul aria-label="Autoscale decisions" className="mt-1 space-y-0.5 text-xs">
      {decisions.map((line) => (
        <li key={line.id}>
          <LocalTime iso={line.at} /> — {line.message.replace(/^Autoscale: /, "")}
        </li>
      ))}
    </ul>
  );
}
