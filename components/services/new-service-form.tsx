"use client";

import Link from "next/link";
import { useState } from "react";
import { CreateForm } from "@/components/pipeline/create-form";
import { schemaProblem } from "@/components/pipeline/schema-problem";
import { useCreateForm } from "@/components/pipeline/use-create-form";
import { buttonClasses } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { NameField } from "@/components/ui/name-field";
import { computeKeys } from "@/lib/queries/computes";
import { imageKeys } from "@/lib/queries/images";
import { createService, serviceKeys } from "@/lib/queries/services";
import { serviceNameSchema } from "@/lib/services/schemas";
import { AuthField } from "./auth-field";
import { AutoscaleFields, autoscaleProblem, DEFAULT_AUTOSCALE } from "./autoscale-fields";
import { BatchingFields, batchingProblem, DEFAULT_BATCHING } from "./batching-fields";
import { CapacityPlanPanel } from "./capacity-plan-panel";
import { ComputeChoice } from "./compute-choice";
import { ImageSelect, type ImageRef } from "./image-select";
import { KeysOnce } from "./keys-once";
import { ReplicaFields } from "./replica-fields";
import { saveServiceKeys } from "./service-keys-store";
import { serviceHref } from "./service-links";
import { useComputeChoice } from "./use-compute-choice";
import { useImageModel } from "./use-image-model";

/** POST /api/v1/services: an image onto a compute's free FPGAs; the keys it answers are shown once, here. */
export function NewServiceForm({ initialImage }: { initialImage: ImageRef | null }) {
  const [name, setName] = useState("");
  const [image, setImage] = useState<ImageRef | null>(initialImage);
  const [replicas, setReplicas] = useState(1);
  const [fpgasPerReplica, setFpgasPerReplica] = useState(1);
  const [autoscale, setAutoscale] = useState(DEFAULT_AUTOSCALE);
  const [authEnabled, setAuthEnabled] = useState(true);
  const [batching, setBatching] = useState(DEFAULT_BATCHING);
  const imageModel = useImageModel(image);
  const compute = useComputeChoice({ needed: replicas * fpgasPerReplica || 1, allowNew: false, newName: "" });
  const form = useCreateForm({
    create: () =>
      createService({
        name: name.trim(),
        image: image!,
        compute: compute.value.name,
        replicas,
        fpgasPerReplica,
        ...(autoscale.enabled ? { autoscale } : {}),
        authEnabled,
        ...batching,
      }),
    onCreated: (service) => saveServiceKeys(service.name, service.keys),
    invalidate: [serviceKeys.all, computeKeys.all, imageKeys.all],
    // With keys, the form gives way to them (shown only this once) and the user opens the service.
    hrefOf: (service) => (service.keys ? null : serviceHref(service.name)),
  });
  const errors = {
    name: !name.trim() ? (form.isSubmitted ? "Enter a name for the service." : null) : schemaProblem(serviceNameSchema, name.trim()),
    image: form.isSubmitted && !image ? "Choose a built image." : null,
    compute: form.isSubmitted ? compute.problem : null,
  };

  const created = form.mutation.data;
  if (created?.keys) {
    return (
      <div className="max-w-3xl space-y-3 rounded-sm border border-neutral-200 bg-white p-4">
        <h2 className="text-base font-semibold">Deploying {created.name}</h2>
        <KeysOnce keys={created.keys} />
        <Link href={serviceHref(created.name, "test")} className={buttonClasses("primary")}>
          Open service
        </Link>
      </div>
    );
  }

  const isValid = Boolean(name.trim() && !errors.name && image && !compute.problem && !autoscaleProblem(autoscale) && !batchingProblem(batching) && replicas >= 1 && fpgasPerReplica >= 1);
  return (
    <CreateForm title="New service" form={form} isValid={isValid} submitLabel="Deploy" pendingLabel="Deploying…" errorTitle="The service could not be deployed" cancelHref="/services">
      <NameField id="service-name" label="Service name" isRequired value={name} onChange={setName} error={errors.name} disabled={form.isBusy} />
      <Field id="service-image" label="Image" isRequired error={errors.image}>
        <ImageSelect id="service-image" value={image} onChange={setImage} disabled={form.isBusy} describedBy={describedBy("service-image", errors.image, null)} />
      </Field>
      <ReplicaFields replicas={replicas} onReplicas={setReplicas} fpgasPerReplica={fpgasPerReplica} onFpgasPerReplica={setFpgasPerReplica} disabled={form.isBusy} />
      <CapacityPlanPanel model={imageModel} fpgasPerReplica={fpgasPerReplica} onApply={setReplicas} disabled={form.isBusy} />
      <ComputeChoice choice={compute} disabled={form.isBusy} error={errors.compute} />
      <AutoscaleFields value={autoscale} onChange={setAutoscale} disabled={form.isBusy} />
      <BatchingFields value={batching} onChange={setBatching} disabled={form.isBusy} />
      <AuthField checked={authEnabled} onChange={setAuthEnabled} disabled={form.isBusy} />
    </CreateForm>
  );
}
