"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { ListState } from "@/components/pipeline/list-state";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { ComputeIcon } from "@/components/ui/icons";
import type { ComputeDto, QuotaDto } from "@/lib/computes/types";
import { computeListOptions, quotaKeys, quotaOptions } from "@/lib/queries/computes";
import { ComputeTable } from "./compute-table";
import { QuotaBars } from "./quota-bars";

const EMPTY = {
  icon: <ComputeIcon size={40} />,
  title: "No FPGA compute yet",
  text: "Provision Standard_PB6s nodes (6 vCPUs and one Arria 10 FPGA each) in a region; services deploy their replicas onto their FPGAs.",
};

/** Quota per region above the computes, both live while provisioning runs. */
export function ComputeList({ initial }: { initial?: { computes: ComputeDto[]; quotas: QuotaDto[] } }) {
  const queryClient = useQueryClient();
  const list = useQuery({ ...computeListOptions(), initialData: initial && { items: initial.computes } });
  const quotas = useQuery({ ...quotaOptions(), initialData: initial && { items: initial.quotas } });
  const items = list.data?.items ?? [];
  // Usage moves when a compute is created, fails or goes: re-read it whenever a row does.
  const signature = items.map((c) => `${c.name}:${c.state}`).join(",");
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: quotaKeys.all });
  }, [signature, queryClient]);
  return (
    <div className="space-y-4">
      <section aria-labelledby="quota-heading" className="space-y-2">
        <h2 id="quota-heading" className="text-sm font-semibold text-neutral-900">
          Quota: Standard PBS Family vCPUs
        </h2>
        {quotas.data && <QuotaBars quotas={quotas.data.items} />}
        {quotas.error && <ProblemAlert error={quotas.error} title="The quotas could not be read" />}
      </section>
      <ListState query={list} isEmpty={!items.length} what="computes" empty={EMPTY}>
        <ComputeTable computes={items} />
      </ListState>
    </div>
  );
}
