"use client";

import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { PrecisionSelect } from "@/components/conversions/precision-select";
import { DEFAULT_DEVICE_PROFILE, DEFAULT_PRECISION, precisionHint } from "@/components/conversions/precisions";
import { AuthField } from "@/components/services/auth-field";
import { CapacityPlanPanel } from "@/components/services/capacity-plan-panel";
import { ComputeChoice } from "@/components/services/compute-choice";
import { ReplicaFields } from "@/components/services/replica-fields";
import { useComputeChoice } from "@/components/services/use-compute-choice";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { NameField } from "@/components/ui/name-field";
import type { ConversionPrecision } from "@/lib/conversions/types";
import { serviceListOptions } from "@/lib/queries/services";
import { serviceNameSchema } from "@/lib/services/schemas";
import { schemaProblem } from "../schema-problem";
import type { DeployModel, DeployPlan } from "./run-deployment";

/** A base for the names the flow creates: model names may hold '.' and '_' and start with a digit, which service and compute names may not. */
const nameBase = (text: string, max: number) => text.replace(/[^a-z0-9-]+/g, "-").replace(/^[^a-z]+/, "").slice(0, max).replace(/-+$/, "") || "model";
const suggestServiceName = (model: string) => `${nameBase(model, 28)}-svc`;
const suggestComputeName = (service: string) => `${nameBase(service, 11)}-fpga`;

/** The few choices of a one-go deployment; everything else takes the studio's defaults. */
export function DeployForm({ model, onSubmit, disabled }: { model: DeployModel; onSubmit: (plan: DeployPlan) => void; disabled?: boolean }) {
  const isConverted = model.framework === "accel-onnx";
  const [name, setName] = useState(() => suggestServiceName(model.name));
  const [precision, setPrecision] = useState<ConversionPrecision>(DEFAULT_PRECISION);
  const [replicas, setReplicas] = useState(1);
  const [authEnabled, setAuthEnabled] = useState(true);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const compute = useComputeChoice({ needed: replicas || 1, allowNew: true, newName: suggestComputeName(name) });
  const services = useQuery(serviceListOptions()).data?.items;
  const nameError =
    !name.trim() ? (isSubmitted ? "Enter a name for the service." : null)
    : services?.some((s) => s.name === name.trim()) ? `A service named ${name.trim()} exists; choose another name.`
    : schemaProblem(serviceNameSchema, name.trim());
  const replicasError = Number.isInteger(replicas) && replicas >= 1 ? null : "At least 1 replica.";
  const computeError = isSubmitted ? compute.problem : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (!name.trim() || nameError || replicasError || compute.problem) return;
    onSubmit({
      model: { name: model.name, version: model.version },
      isConverted,
      inputTensors: model.inputs.map((t) => t.name),
      outputTensors: model.outputs.map((t) => t.name),
      precision,
      // Standard_PB6s nodes carry an Arria 10: convert for the profile the compute runs.
      deviceProfile: DEFAULT_DEVICE_PROFILE,
      serviceName: name.trim(),
      compute: compute.value,
      replicas,
      authEnabled,
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Deploy model" className="max-w-3xl space-y-4 rounded-sm border border-neutral-200 bg-white p-4">
      <NameField id="deploy-service-name" label="Service name" isRequired value={name} onChange={setName} error={nameError} hint="The image is built under this name too." disabled={disabled} />
      {isConverted ? (
        <p className="text-sm text-neutral-700">
          {model.name}:{model.version} is already converted (accel-onnx): the conversion step is skipped.
        </p>
      ) : (
        <Field id="deploy-precision" label="Precision" hint={`${precisionHint(precision)} Converted for arria10-pb6, the FPGA of Standard_PB6s nodes.`}>
          <PrecisionSelect id="deploy-precision" className="w-full max-w-md" value={precision} onChange={setPrecision} disabled={disabled} describedBy="deploy-precision-hint" />
        </Field>
      )}
      <ReplicaFields replicas={replicas} onReplicas={setReplicas} disabled={disabled} />
      {/* The planner needs the conversion's FPGA time: an onnx model gets it only once this flow converts it. */}
      {isConverted && <CapacityPlanPanel model={{ name: model.name, version: model.version }} onApply={setReplicas} disabled={disabled} />}
      {replicasError && <p className="text-xs text-red-700">{replicasError}</p>}
      <ComputeChoice choice={compute} disabled={disabled} error={computeError} />
      <AuthField checked={authEnabled} onChange={setAuthEnabled} disabled={disabled} />
      <div className="border-t border-neutral-200 pt-4">
        <Button type="submit" variant="primary" disabled={disabled}>
          Deploy
        </Button>
      </div>
    </form>
  );
}
