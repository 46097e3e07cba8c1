"use client";

import { useQuery } from "@tanstack/react-query";
import { DeleteResourceButton } from "@/components/pipeline/delete-resource-button";
import { Fact, Facts } from "@/components/pipeline/facts";
import { LiveProgress } from "@/components/pipeline/live-progress";
import { isNotFound, LoadState } from "@/components/pipeline/load-state";
import { LocalTime } from "@/components/pipeline/local-time";
import { LogViewer } from "@/components/pipeline/log-viewer";
import { ResourceHeader } from "@/components/pipeline/resource-header";
import { ServiceLinksInline } from "@/components/pipeline/service-link-list";
import { Alert } from "@/components/ui/alert";
import { Section } from "@/components/ui/section";
import type { ComputeDto } from "@/lib/computes/types";
import { COMPUTE_ACTIVE_STATES, computeKeys, computeOptions, deleteCompute, freeNodeCount, isComputeActive, quotaKeys } from "@/lib/queries/computes";
import { NodesTable } from "./nodes-table";

const SECTION = { href: "/compute", label: "Compute" };

/** One compute, live while it provisions, reflashes or goes: its nodes, errors and log. */
export function ComputeDetail({ name, initial }: { name: string; initial?: ComputeDto }) {
  const { data: compute, error } = useQuery({ ...computeOptions(name), initialData: initial });
  if (!compute || isNotFound(error)) return <LoadState error={error} what="compute" back={{ href: SECTION.href, label: "Back to compute" }} />;
  const isChanging = compute.state === "Creating" || compute.state === "Deleting";
  return (
    <div className="space-y-4">
      <ResourceHeader
        section={SECTION}
        title={compute.name}
        state={compute.state}
        actions={
          <DeleteResourceButton
            what={`compute ${compute.name}`}
            description={<p>This releases its {compute.agentCount} node(s) and their quota. A compute that still hosts a service is refused: delete the service first.</p>}
            remove={() => deleteCompute(name)}
            disabled={compute.state === "Deleting"}
            invalidate={[computeKeys.all, quotaKeys.all]}
            redirectTo={SECTION.href}
          />
        }
      />
      <Facts label="Compute facts">
        <Fact label="Region">
          <span className="font-mono">{compute.region}</span>
        </Fact>
        <Fact label="VM size">{compute.vmSize}</Fact>
        <Fact label="Nodes">{compute.agentCount}</Fact>
        <Fact label="vCPUs of quota">{compute.vcpus}</Fact>
        <Fact label="Free FPGAs">{compute.state === "Succeeded" ? `${freeNodeCount(compute)} of ${compute.nodes.length}` : "—"}</Fact>
        <Fact label="Created"><LocalTime iso={compute.createdAt} /></Fact>
        <Fact label="Services" isWide>
          <ServiceLinksInline names={compute.services} emptyText="none" />
        </Fact>
      </Facts>
      {isChanging && (
        <LiveProgress state={compute.state} progress={compute.progress} label={compute.state === "Creating" ? "Provisioning progress" : "Deletion progress"} activeStates={COMPUTE_ACTIVE_STATES} detail={compute.log?.at(-1)?.message} />
      )}
      {compute.errors.length > 0 && (
        <Alert tone="error" title="Provisioning errors">
          <ul className="space-y-0.5">
            {compute.errors.map((e, i) => (
              <li key={`${e.code}-${i}`}>
                <span className="font-mono text-xs">{e.code}</span>: {e.message}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <Section title={`Nodes (${compute.nodes.length})`} id="compute-nodes">
        <NodesTable nodes={compute.nodes} />
      </Section>
      <Section title="Log" id="compute-log">
        <LogViewer lines={compute.log} label="Compute log" isLive={isComputeActive(compute)} />
      </Section>
    </div>
  );
}
