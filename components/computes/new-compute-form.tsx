"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { CreateForm } from "@/components/pipeline/create-form";
import { schemaProblem } from "@/components/pipeline/schema-problem";
import { useCreateForm } from "@/components/pipeline/use-create-form";
import { Alert } from "@/components/ui/alert";
import { describedBy, Field, INPUT_CLASSES } from "@/components/ui/field";
import { NameField } from "@/components/ui/name-field";
import { Select } from "@/components/ui/select";
import { computeNameSchema, MAX_AGENT_COUNT } from "@/lib/computes/schemas";
import type { Region } from "@/lib/computes/types";
import { computeKeys, createCompute, PB6_VCPUS, quotaKeys, quotaOptions } from "@/lib/queries/computes";
import { computeHref } from "./compute-links";
import { findQuota, quotaProblem } from "./quota";
import { RegionSelect } from "./region-select";

/** POST /api/v1/computes: Standard_PB6s nodes in a region, checked against its quota before sending. */
export function NewComputeForm() {
  const quotas = useQuery(quotaOptions()).data?.items;
  const [name, setName] = useState("");
  const [region, setRegion] = useState<Region>("eastus");
  const [agentCount, setAgentCount] = useState(1);
  const form = useCreateForm({
    create: () => createCompute({ name: name.trim(), vmSize: "Standard_PB6s", agentCount, region }),
    invalidate: [computeKeys.all, quotaKeys.all],
    hrefOf: (compute) => computeHref(compute.name),
  });
  const nameError = !name.trim() ? (form.isSubmitted ? "Enter a name for the compute." : null) : schemaProblem(computeNameSchema, name.trim());
  const agentsError = !Number.isInteger(agentCount) || agentCount < 1 || agentCount > MAX_AGENT_COUNT ? `Between 1 and ${MAX_AGENT_COUNT} nodes.` : null;
  // The server is the judge (409 quota_exceeded); this only warns before the round trip.
  const overQuota = quotaProblem(findQuota(quotas, region), agentCount);

  return (
    <CreateForm
      title="New compute"
      form={form}
      isValid={Boolean(name.trim() && !nameError && !agentsError)}
      submitLabel="Create compute"
      pendingLabel="Creating…"
      errorTitle="The compute could not be created"
      cancelHref="/compute"
    >
      <NameField id="compute-name" label="Compute name" isRequired value={name} onChange={setName} error={nameError} hint="2–16 lowercase letters, digits and '-', starting with a letter." disabled={form.isBusy} />
      <div className="grid gap-4 md:grid-cols-3">
        <Field id="compute-region" label="Region" hint="Each region has its own quota of PBS-family vCPUs.">
          <RegionSelect id="compute-region" value={region} onChange={setRegion} quotas={quotas} disabled={form.isBusy} describedBy="compute-region-hint" />
        </Field>
        <Field id="compute-vm-size" label="VM size" hint={`${PB6_VCPUS} vCPUs and one Arria 10 FPGA per node.`}>
          <Select id="compute-vm-size" className="w-full" value="Standard_PB6s" disabled aria-describedby="compute-vm-size-hint" onChange={() => undefined}>
            <option value="Standard_PB6s">Standard_PB6s</option>
          </Select>
        </Field>
        <Field id="compute-agents" label="Agent count" error={agentsError} hint={`${agentCount * PB6_VCPUS || 0} vCPUs of quota; one FPGA per node.`}>
          <input
            id="compute-agents"
            type="number"
            min={1}
            max={MAX_AGENT_COUNT}
            className={`${INPUT_CLASSES} tabular-nums`}
            value={Number.isNaN(agentCount) ? "" : agentCount}
            disabled={form.isBusy}
            aria-invalid={Boolean(agentsError)}
            aria-describedby={describedBy("compute-agents", agentsError, true)}
            onChange={(event) => setAgentCount(event.target.valueAsNumber)}
          />
        </Field>
      </div>
      {overQuota && (
        <Alert tone="warning" title="Over the region's quota">
          {overQuota} Choose fewer nodes or another region.
        </Alert>
      )}
    </CreateForm>
  );
}
