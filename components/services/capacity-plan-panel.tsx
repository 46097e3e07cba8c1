"use client";

import { useQuery } from "@tanstack/react-query";
import { useState, type KeyboardEvent } from "react";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { schemaProblem } from "@/components/pipeline/schema-problem";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASSES } from "@/components/ui/field";
import { planQuerySchema } from "@/lib/capacity/schemas";
import { planOptions, type PlanRequest } from "@/lib/queries/plan";
import { CapacityPlanResult } from "./capacity-plan-result";

type CapacityPlanPanelProps = {
  /** The converted model the deployment runs; null until one is chosen. */
  model: { name: string; version: number } | null;
  fpgasPerReplica?: number;
  /** Puts the plan's replica count into the form. */
  onApply: (replicas: number) => void;
  disabled?: boolean;
};

const NOT_ASKED: PlanRequest = { model: "", version: 1, rps: 1, p99Ms: 1, fpgasPerReplica: 1 };

/**
 * GET /api/v1/plan from the deploy form: a target rate and p99 in, the replicas (FPGAs,
 * nodes, quota) that meet them out, with a button that puts the count in the form. Asked
 * on demand, not per keystroke: the first plan of a model measures a node for a second.
 * It sits inside the deploy form, so Enter here plans instead of deploying.
 */
export function CapacityPlanPanel({ model, fpgasPerReplica = 1, onApply, disabled }: CapacityPlanPanelProps) {
  const [rps, setRps] = useState(20);
  const [p99Ms, setP99Ms] = useState(100);
  const [asked, setAsked] = useState<PlanRequest | null>(null);
  const plan = useQuery({ ...planOptions(asked ?? NOT_ASKED), enabled: asked !== null });
  const errors = { rps: schemaProblem(planQuerySchema.shape.rps, rps), p99Ms: schemaProblem(planQuerySchema.shape.p99Ms, p99Ms) };
  const question: PlanRequest | null = model ? { model: model.name, version: model.version, rps, p99Ms, fpgasPerReplica } : null;
  const canPlan = Boolean(question && !errors.rps && !errors.p99Ms && !disabled);
  const isStale = Boolean(asked && question && JSON.stringify(asked) !== JSON.stringify(question));
  const ask = () => canPlan && setAsked(question);
  const planOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    ask();
  };

  return (
    <section aria-labelledby="capacity-plan-heading" className="max-w-3xl space-y-3 rounded-sm border border-neutral-200 bg-neutral-50 p-3">
      <div>
        <h3 id="capacity-plan-heading" className="text-sm font-semibold text-neutral-900">
          Capacity plan
        </h3>
        <p className="text-xs text-neutral-600">The replicas that carry a request rate within a p99 target: a node&apos;s measured host time plus the FPGA&apos;s simulated time, queued as M/G/c.</p>
      </div>
      {!model ? (
        <p className="text-sm text-neutral-700">Choose a built image to plan for the model it packs.</p>
      ) : (
        <div className="flex flex-wrap items-start gap-3">
          <div className="w-36">
            <Field id="plan-rps" label="Target req/s" error={errors.rps}>
              <input id="plan-rps" type="number" min={0} step="any" className={`${INPUT_CLASSES} tabular-nums`} value={Number.isNaN(rps) ? "" : rps} disabled={disabled} aria-invalid={Boolean(errors.rps)} onKeyDown={planOnEnter} onChange={(e) => setRps(e.target.valueAsNumber)} />
            </Field>
          </div>
          <div className="w-36">
            <Field id="plan-p99" label="Target p99 (ms)" error={errors.p99Ms}>
              <input id="plan-p99" type="number" min={0} step="any" className={`${INPUT_CLASSES} tabular-nums`} value={Number.isNaN(p99Ms) ? "" : p99Ms} disabled={disabled} aria-invalid={Boolean(errors.p99Ms)} onKeyDown={planOnEnter} onChange={(e) => setP99Ms(e.target.valueAsNumber)} />
            </Field>
          </div>
          <Button className="mt-6" onClick={ask} disabled={!canPlan || plan.isFetching}>
            {plan.isFetching ? "Planning…" : "Plan"}
          </Button>
        </div>
      )}
      <div aria-live="polite">
        {asked && plan.isError && <ProblemAlert error={plan.error} title="No plan for this target" />}
        {asked && plan.data && <CapacityPlanResult plan={plan.data} isStale={isStale} onApply={onApply} disabled={disabled} />}
      </div>
    </section>
  );
}
