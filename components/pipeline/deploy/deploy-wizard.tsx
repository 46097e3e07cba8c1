"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { DeployModel } from "./run-deployment";
import { DeployForm } from "./deploy-form";
import { DeployStepCard } from "./deploy-step-card";
import { DEPLOY_STEP_ORDER } from "./deploy-steps";
import { useDeployment } from "./use-deployment";

const SKIP_REASONS = {
  convert: "The model is already converted (accel-onnx).",
  image: "",
  compute: "Deploying to an existing compute with a free FPGA.",
  service: "",
};

/** The form, then the steps live until the service is Healthy; it ends on the service's Test tab. */
export function DeployWizard({ model }: { model: DeployModel }) {
  const router = useRouter();
  const deployment = useDeployment({ onDeployed: (name) => router.push(`/services/${encodeURIComponent(name)}?tab=test`) });
  const { steps } = deployment;
  if (!steps) return <DeployForm model={model} onSubmit={deployment.start} />;
  return (
    <section aria-labelledby="deploy-steps-heading" className="max-w-3xl space-y-3 rounded-sm border border-neutral-200 bg-white p-4">
      <h2 id="deploy-steps-heading" className="text-base font-semibold">
        Deploying {model.name}:{model.version}
      </h2>
      <ol aria-label="Deployment steps" className="pt-1">
        {DEPLOY_STEP_ORDER.map((key, index) => (
          <DeployStepCard key={key} stepKey={key} index={index} status={steps[key]} skipReason={SKIP_REASONS[key]} />
        ))}
      </ol>
      <div aria-live="polite">
        {deployment.isRunning && <p className="text-xs text-neutral-600">Keep this page open to follow the steps; each job runs on the server either way.</p>}
        {deployment.isDone && <Alert tone="success" title="Deployed">The service is Healthy. Opening its Test tab…</Alert>}
      </div>
      {deployment.error !== null && (
        <div className="flex items-center gap-2 border-t border-neutral-200 pt-3">
          <Button onClick={deployment.reset}>Back to the form</Button>
          <p className="text-xs text-neutral-600">What was created so far stays; open it from its step.</p>
        </div>
      )}
    </section>
  );
}
