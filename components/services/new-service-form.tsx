"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { describedBy, Field, INPUT_CLASSES } from "@/components/ui/field";
import { schemaProblem } from "@/components/pipeline/schema-problem";
import { computeKeys } from "@/lib/queries/computes";
import { imageKeys } from "@/lib/queries/images";
import { createService, serviceKeys } from "@/lib/queries/services";
import { serviceNameSchema } from "@/lib/services/schemas";
import type { ServiceDto } from "@/lib/services/types";
import { AuthField } from "./auth-field";
import { AutoscaleFields, autoscaleProblem, DEFAULT_AUTOSCALE } from "./autoscale-fields";
import { ComputeChoice } from "./compute-choice";
import { ImageSelect, type ImageRef } from "./image-select";
import { KeysOnce } from "./keys-once";
import { ReplicaFields } from "./replica-fields";
import { saveServiceKeys } from "./service-keys-store";
import { serviceHref } from "./service-links";
import { useComputeChoice } from "./use-compute-choice";

/** POST /api/v1/services: an image onto a compute's free FPGAs; the keys it answers are shown once, here. */
export function NewServiceForm({ initialImage }: { initialImage: ImageRef | null }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [image, setImage] = useState<ImageRef | null>(initialImage);
  const [replicas, setReplicas] = useState(1);
  const [fpgasPerReplica, setFpgasPerReplica] = useState(1);
  const [autoscale, setAutoscale] = useState(DEFAULT_AUTOSCALE);
  const [authEnabled, setAuthEnabled] = useState(true);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const compute = useComputeChoice({ needed: replicas * fpgasPerReplica || 1, allowNew: false, newName: "" });
  const errors = {
    name: !name.trim() ? (isSubmitted ? "Enter a name for the service." : null) : schemaProblem(serviceNameSchema, name.trim()),
    image: isSubmitted && !image ? "Choose a built image." : null,
    compute: isSubmitted ? compute.problem : null,
  };

  const create = useMutation({
    mutationFn: () =>
      createService({
        name: name.trim(),
        image: image!,
        compute: compute.value.name,
        replicas,
        fpgasPerReplica,
        ...(autoscale.enabled ? { autoscale } : {}),
        authEnabled,
      }),
    onSuccess: async (service: ServiceDto) => {
      saveServiceKeys(service.name, service.keys);
      await Promise.all([serviceKeys.all, computeKeys.all, imageKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      if (!service.keys) router.push(serviceHref(service.name));
    },
  });

  if (create.data?.keys) {
    return (
      <div className="max-w-3xl space-y-3 rounded-sm border border-neutral-200 bg-white p-4">
        <h2 className="text-base font-semibold">Deploying {create.data.name}</h2>
        <KeysOnce keys={create.data.keys} />
        <Link href={serviceHref(create.data.name, "test")} className={buttonClasses("primary")}>
          Open service
        </Link>
      </div>
    );
  }

  const isBusy = create.isPending || create.isSuccess;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (!name.trim() || errors.name || !image || compute.problem || autoscaleProblem(autoscale) || !(replicas >= 1 && fpgasPerReplica >= 1)) return;
    create.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label="New service" className="max-w-3xl space-y-4 rounded-sm border border-neutral-200 bg-white p-4">
      <h2 className="text-base font-semibold">New service</h2>
      <Field id="service-name" label="Service name" isRequired error={errors.name}>
        <input id="service-name" className={`${INPUT_CLASSES} max-w-md font-mono`} value={name} disabled={isBusy} autoComplete="off" spellCheck={false} aria-invalid={Boolean(errors.name)} aria-describedby={describedBy("service-name", errors.name, null)} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field id="service-image" label="Image" isRequired error={errors.image}>
        <ImageSelect id="service-image" value={image} onChange={setImage} disabled={isBusy} describedBy={describedBy("service-image", errors.image, null)} />
      </Field>
      <ReplicaFields replicas={replicas} onReplicas={setReplicas} fpgasPerReplica={fpgasPerReplica} onFpgasPerReplica={setFpgasPerReplica} disabled={isBusy} />
      <ComputeChoice choice={compute} disabled={isBusy} error={errors.compute} />
      <AutoscaleFields value={autoscale} onChange={setAutoscale} disabled={isBusy} />
      <AuthField checked={authEnabled} onChange={setAuthEnabled} disabled={isBusy} />
      {create.error && <ProblemAlert error={create.error} title="The service could not be deployed" />}
      <div className="flex items-center gap-2 border-t border-neutral-200 pt-4">
        <Button type="submit" variant="primary" disabled={isBusy}>
          {create.isPending ? "Deploying…" : create.isSuccess ? "Opening…" : "Deploy"}
        </Button>
        <Link href="/services" className={buttonClasses("secondary")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
