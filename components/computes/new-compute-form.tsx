"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { describedBy, Field, INPUT_CLASSES } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { schemaProblem } from "@/components/pipeline/schema-problem";
import { computeNameSchema, MAX_AGENT_COUNT } from "@/lib/computes/schemas";
import type { Region } from "@/lib/computes/types";
import { computeKeys, createCompute, PB6_VCPUS, quotaKeys, quotaOptions } from "@/lib/queries/computes";
import { computeHref } from "./compute-table";
import { findQuota, quotaProblem } from "./quota";
import { RegionSelect } from "./region-select";

/** POST /api/v1/computes: Standard_PB6s nodes in a region, checked against its quota before sending. */
export function NewComputeForm() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const quotas = useQuery(quotaOptions()).data?.items;
  const [name, setName] = useState("");
  const [region, setRegion] = useState<Region>("eastus");
  const [agentCount, setAgentCount] = useState(1);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const nameError = !name.trim() ? (isSubmitted ? "Enter a name for the compute." : null) : schemaProblem(computeNameSchema, name.trim());
  const agentsError = !Number.isInteger(agentCount) || agentCount < 1 || agentCount > MAX_AGENT_COUNT ? `Between 1 and ${MAX_AGENT_COUNT} nodes.` : null;
  // The server is the judge (409 quota_exceeded); this only warns before the round trip.
  const overQuota = quotaProblem(findQuota(quotas, region), agentCount);

  const create = useMutation({
    mutationFn: () => createCompute({ name: name.trim(), vmSize: "Standard_PB6s", agentCount, region }),
    onSuccess: async (compute) => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: computeKeys.all }), queryClient.invalidateQueries({ queryKey: quotaKeys.all })]);
      router.push(computeHref(compute.name));
    },
  });
  const isBusy = create.isPending || create.isSuccess;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (!name.trim() || nameError || agentsError) return;
    create.mutate();
  };

  return (
    <form onSubmit={submit} noValidate aria-label="New compute" className="max-w-3xl space-y-4 rounded-sm border border-neutral-200 bg-white p-4">
      <h2 className="text-base font-semibold">New compute</h2>
      <Field id="compute-name" label="Compute name" isRequired error={nameError} hint="2–16 lowercase letters, digits and '-', starting with a letter.">
        <input
          id="compute-name"
          className={`${INPUT_CLASSES} max-w-md font-mono`}
          value={name}
          disabled={isBusy}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={Boolean(nameError)}
          aria-describedby={describedBy("compute-name", nameError, true)}
          onChange={(event) => setName(event.target.value)}
        />
      </Field>
      <div className="grid gap-4 md:grid-cols-3">
        <Field id="compute-region" label="Region" hint="Each region has its own quota of PBS-family vCPUs.">
          <RegionSelect id="compute-region" value={region} onChange={setRegion} quotas={quotas} disabled={isBusy} describedBy="compute-region-hint" />
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
            disabled={isBusy}
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
      {create.error && <ProblemAlert error={create.error} title="The compute could not be created" />}
      <div className="flex items-center gap-2 border-t border-neutral-200 pt-4">
        <Button type="submit" variant="primary" disabled={isBusy}>
          {create.isPending ? "Creating…" : create.isSuccess ? "Opening…" : "Create compute"}
        </Button>
        <Link href="/compute" className={buttonClasses("secondary")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
