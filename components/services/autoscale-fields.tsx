"use client";

import { INPUT_CLASSES } from "@/components/ui/field";
import { MAX_REPLICAS } from "@/lib/services/schemas";
import type { ServiceDto } from "@/lib/services/types";

export type Autoscale = ServiceDto["autoscale"];
export const DEFAULT_AUTOSCALE: Autoscale = { enabled: false, minReplicas: 1, maxReplicas: 2, targetUtilization: 70 };

/** Why the autoscale settings cannot be sent, or null. */
export function autoscaleProblem(a: Autoscale): string | null {
  if (!a.enabled) return null;
  if (!(a.minReplicas >= 1 && a.maxReplicas >= a.minReplicas)) return "Autoscale needs 1 ≤ minimum ≤ maximum replicas.";
  if (!(a.targetUtilization >= 1 && a.targetUtilization <= 100)) return "The target utilisation is a percentage, 1 to 100.";
  return null;
}

function NumberField({ id, label, value, onChange, min, max, disabled }: { id: string; label: string; value: number; onChange: (v: number) => void; min: number; max: number; disabled?: boolean }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-neutral-700">
        {label}
      </label>
      <input id={id} type="number" min={min} max={max} value={Number.isNaN(value) ? "" : value} disabled={disabled} onChange={(e) => onChange(e.target.valueAsNumber)} className={`${INPUT_CLASSES} tabular-nums`} />
    </div>
  );
}

/** Azure ML's autoscale settings: replicas between a minimum and maximum, aiming at a utilisation. */
export function AutoscaleFields({ value, onChange, disabled }: { value: Autoscale; onChange: (a: Autoscale) => void; disabled?: boolean }) {
  const problem = autoscaleProblem(value);
  return (
    <fieldset className="space-y-2">
      <legend className="sr-only">Autoscale</legend>
      <label className="inline-flex items-center gap-2 text-sm font-medium text-neutral-800">
        <input type="checkbox" checked={value.enabled} disabled={disabled} onChange={(e) => onChange({ ...value, enabled: e.target.checked })} className="accent-brand-600" />
        Autoscale
      </label>
      {value.enabled && (
        <div className="grid max-w-lg grid-cols-3 gap-3">
          <NumberField id="autoscale-min" label="Minimum replicas" value={value.minReplicas} min={1} max={MAX_REPLICAS} disabled={disabled} onChange={(minReplicas) => onChange({ ...value, minReplicas })} />
          <NumberField id="autoscale-max" label="Maximum replicas" value={value.maxReplicas} min={1} max={MAX_REPLICAS} disabled={disabled} onChange={(maxReplicas) => onChange({ ...value, maxReplicas })} />
          <NumberField id="autoscale-target" label="Target utilisation (%)" value={value.targetUtilization} min={1} max={100} disabled={disabled} onChange={(targetUtilization) => onChange({ ...value, targetUtilization })} />
        </div>
      )}
      {problem && <p className="text-xs text-red-700">{problem}</p>}
    </fieldset>
  );
}
