"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { findQuota, quotaRoom } from "@/components/computes/quota";
import { schemaProblem } from "@/components/pipeline/schema-problem";
import { computeNameSchema } from "@/lib/computes/schemas";
import { REGIONS, type ComputeDto, type Region } from "@/lib/computes/types";
import { computeListOptions, freeNodeCount, quotaOptions } from "@/lib/queries/computes";

export type ComputeChoiceValue = { kind: "existing"; name: string } | { kind: "new"; name: string; region: Region; agentCount: number };

export type ComputeChoiceState = {
  value: ComputeChoiceValue;
  onChange: (value: ComputeChoiceValue) => void;
  /** A new compute as first offered: in the first region with room, as many nodes as needed. */
  newDefault: Extract<ComputeChoiceValue, { kind: "new" }>;
  /** Why the choice cannot be deployed to, or null. */
  problem: string | null;
  needed: number;
  allowNew: boolean;
};

/**
 * The chosen compute: what the user picked, else the first Succeeded compute with enough
 * free FPGAs, else (when allowed) a new one.
 */
export function useComputeChoice({ needed, allowNew, newName }: { needed: number; allowNew: boolean; newName: string }): ComputeChoiceState {
  const computes = useQuery(computeListOptions());
  const quotas = useQuery(quotaOptions()).data?.items;
  const [picked, setPicked] = useState<ComputeChoiceValue | null>(null);
  const items = computes.data?.items ?? [];
  const fit = items.find((c) => c.state === "Succeeded" && freeNodeCount(c) >= needed);
  const region = REGIONS.find((r) => (quotaRoom(findQuota(quotas, r))?.freeNodes ?? 0) >= needed) ?? "eastus";
  const newDefault = { kind: "new" as const, name: newName, region, agentCount: Math.max(1, needed) };
  const fallback: ComputeChoiceValue = fit ? { kind: "existing", name: fit.name } : allowNew && computes.isSuccess ? newDefault : { kind: "existing", name: "" };
  const value = picked ?? fallback;
  return { value, onChange: setPicked, newDefault, problem: choiceProblem(value, needed, items), needed, allowNew };
}

function choiceProblem(value: ComputeChoiceValue, needed: number, computes: ComputeDto[]): string | null {
  if (value.kind === "new") {
    if (!value.name.trim()) return "Name the new compute.";
    const nameProblem = schemaProblem(computeNameSchema, value.name.trim());
    if (nameProblem) return nameProblem;
    return value.agentCount >= needed ? null : `The new compute needs at least ${needed} node(s).`;
  }
  if (!value.name) return "Choose a compute.";
  const compute = computes.find((c) => c.name === value.name);
  const free = compute ? freeNodeCount(compute) : needed;
  return free >= needed ? null : `${value.name} has ${free} free FPGA(s); this deployment needs ${needed}.`;
}
