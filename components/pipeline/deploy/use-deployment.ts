"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { DEPLOY_STEP_ORDER, type DeployStepKey, type DeployStepStatus } from "./deploy-steps";
import { runDeployment, type DeployPlan } from "./run-deployment";

export type DeploySteps = Record<DeployStepKey, DeployStepStatus>;

function initialSteps(plan: DeployPlan): DeploySteps {
  const skipped = new Set<DeployStepKey>([...(plan.isConverted ? ["convert" as const] : []), ...(plan.compute.kind === "existing" ? ["compute" as const] : [])]);
  return Object.fromEntries(DEPLOY_STEP_ORDER.map((key) => [key, { state: skipped.has(key) ? "skipped" : "pending", ref: null, error: null }])) as DeploySteps;
}

/**
 * Runs a deployment plan in this page, step by step. Leaving the page stops following it
 * (the jobs already started go on; every step links to its resource).
 */
export function useDeployment({ onDeployed }: { onDeployed: (serviceName: string) => void }) {
  const queryClient = useQueryClient();
  const [steps, setSteps] = useState<DeploySteps | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const run = useMutation({
    mutationFn: (plan: DeployPlan) => {
      abort.current?.abort();
      abort.current = new AbortController();
      setSteps(initialSteps(plan));
      const report = (key: DeployStepKey, status: Partial<DeployStepStatus>) =>
        setSteps((current) => (current ? { ...current, [key]: { ...current[key], ...status } } : current));
      return runDeployment({ plan, queryClient, signal: abort.current.signal, report });
    },
    onSuccess: (service) => onDeployed(service.name),
  });

  const reset = () => {
    abort.current?.abort();
    run.reset();
    setSteps(null);
  };
  return { steps, start: run.mutate, isRunning: run.isPending, isDone: run.isSuccess, error: run.error, reset };
}
