"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { findQuota, quotaProblem } from "@/components/computes/quota";
import { RegionSelect } from "@/components/computes/region-select";
import { Field, INPUT_CLASSES } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { MAX_AGENT_COUNT } from "@/lib/computes/schemas";
import { computeListOptions, freeNodeCount, quotaOptions } from "@/lib/queries/computes";
import type { ComputeChoiceState } from "./use-compute-choice";

const NEW = "__new__"; // compute names never start with "_"

/** A Succeeded compute with enough free FPGAs, or (when allowed) a new one to create in a region. */
export function ComputeChoice({ choice, disabled, error }: { choice: ComputeChoiceState; disabled?: boolean; error?: string | null }) {
  const { value, onChange, needed, allowNew, newDefault } = choice;
  const computes = useQuery(computeListOptions());
  const quotas = useQuery(quotaOptions()).data?.items;
  const ready = (computes.data?.items ?? []).filter((c) => c.state === "Succeeded");
  const fits = ready.filter((c) => freeNodeCount(c) >= needed);
  const full = ready.filter((c) => freeNodeCount(c) < needed);
  const overQuota = value.kind === "new" ? quotaProblem(findQuota(quotas, value.region), value.agentCount) : null;
  const plural = needed === 1 ? "" : "s";
  const hint = computes.isPending ? "Loading computes…" : fits.length ? `Computes with at least ${needed} free FPGA${plural}.` : allowNew ? "No compute has a free FPGA: a new one will be created." : undefined;
  return (
    <div className="space-y-3">
      <Field id="service-compute" label="Compute" isRequired error={error} hint={hint}>
        <Select
          id="service-compute"
          className="w-full max-w-md"
          disabled={disabled || computes.isPending}
          value={value.kind === "new" ? NEW : value.name}
          onChange={(event) => onChange(event.target.value === NEW ? newDefault : { kind: "existing", name: event.target.value })}
        >
          {!allowNew && <option value="">Choose a compute</option>}
          {fits.map((c) => (
            <option key={c.name} value={c.name}>
              {c.name} — {c.region}, {freeNodeCount(c)} of {c.nodes.length} FPGAs free
            </option>
          ))}
          {full.map((c) => (
            <option key={c.name} value={c.name} disabled>
              {c.name} — {c.region}, {freeNodeCount(c)} free (not enough)
            </option>
          ))}
          {allowNew && <option value={NEW}>Create new compute…</option>}
        </Select>
      </Field>
      {!allowNew && computes.isSuccess && fits.length === 0 && (
        <p className="text-xs text-neutral-600">
          No compute has {needed} free FPGA{plural}.{" "}
          <Link href="/compute?new=1" className="text-brand-700 hover:underline">
            Create compute
          </Link>
        </p>
      )}
      {value.kind === "new" && (
        <div className="grid gap-3 rounded-sm border border-neutral-200 bg-neutral-50 p-3 md:grid-cols-3">
          <Field id="new-compute-name" label="New compute name" isRequired hint="2–16 lowercase letters, digits and '-'.">
            <input id="new-compute-name" className={`${INPUT_CLASSES} font-mono`} value={value.name} disabled={disabled} autoComplete="off" spellCheck={false} aria-describedby="new-compute-name-hint" onChange={(e) => onChange({ ...value, name: e.target.value })} />
          </Field>
          <Field id="new-compute-region" label="Region">
            <RegionSelect id="new-compute-region" value={value.region} quotas={quotas} disabled={disabled} onChange={(region) => onChange({ ...value, region })} />
          </Field>
          <Field id="new-compute-agents" label="Agent count" hint={`Standard_PB6s nodes; at least ${needed}.`}>
            <input
              id="new-compute-agents"
              type="number"
              min={Math.max(1, needed)}
              max={MAX_AGENT_COUNT}
              className={`${INPUT_CLASSES} tabular-nums`}
              value={Number.isNaN(value.agentCount) ? "" : value.agentCount}
              disabled={disabled}
              aria-describedby="new-compute-agents-hint"
              onChange={(e) => onChange({ ...value, agentCount: e.target.valueAsNumber })}
            />
          </Field>
          {overQuota && <p className="text-xs text-amber-900 md:col-span-3">{overQuota}</p>}
        </div>
      )}
    </div>
  );
}
