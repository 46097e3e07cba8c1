"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ModelVersionSelect, type ModelRef } from "@/components/pipeline/model-version-select";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { describedBy, Field, INPUT_CLASSES } from "@/components/ui/field";
import { schemaProblem } from "@/components/pipeline/schema-problem";
import { imageNameSchema } from "@/lib/images/schemas";
import { createImage, imageKeys, packableModelsOptions } from "@/lib/queries/images";
import { imageHref } from "./image-links";

/** POST /api/v1/images: one converted model into a new version of an image. */
export function NewImageForm({ initialModel }: { initialModel: ModelRef | null }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const models = useQuery(packableModelsOptions());
  const [model, setModel] = useState<ModelRef | null>(initialModel);
  const [name, setName] = useState<string | null>(null);
  const [isSubmitted, setIsSubmitted] = useState(false);
  // The image is named after its model until the user types another name.
  const imageName = name ?? model?.name ?? "";
  const nameError = !imageName.trim() ? (isSubmitted ? "Enter a name for the image." : null) : schemaProblem(imageNameSchema, imageName.trim());
  const modelError = isSubmitted && !model ? "Choose the converted model to pack." : null;

  const create = useMutation({
    mutationFn: () => createImage({ name: imageName.trim(), model: model!.name, version: model!.version }),
    onSuccess: async (image) => {
      await queryClient.invalidateQueries({ queryKey: imageKeys.all });
      router.push(imageHref(image));
    },
  });
  const isBusy = create.isPending || create.isSuccess;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (!model || !imageName.trim() || nameError) return;
    create.mutate();
  };

  return (
    <form onSubmit={submit} noValidate aria-label="New image" className="max-w-3xl space-y-4 rounded-sm border border-neutral-200 bg-white p-4">
      <h2 className="text-base font-semibold">New image</h2>
      <Field id="image-model" label="Converted model" isRequired error={modelError} hint="Models of framework accel-onnx, the result of a conversion. An image packs exactly one.">
        <ModelVersionSelect
          id="image-model"
          models={models.data?.items ?? []}
          value={model}
          onChange={setModel}
          isLoading={models.isPending}
          disabled={isBusy}
          describedBy={describedBy("image-model", modelError, true)}
          emptyText="No converted models yet"
        />
      </Field>
      {models.error && <ProblemAlert error={models.error} title="The models could not be listed" />}
      <Field id="image-name" label="Image name" isRequired error={nameError} hint="Building under an existing name adds a version.">
        <input
          id="image-name"
          className={`${INPUT_CLASSES} max-w-md font-mono`}
          value={imageName}
          disabled={isBusy}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={Boolean(nameError)}
          aria-describedby={describedBy("image-name", nameError, true)}
          onChange={(event) => setName(event.target.value)}
        />
      </Field>
      {create.error && <ProblemAlert error={create.error} title="The build could not be started" />}
      <div className="flex items-center gap-2 border-t border-neutral-200 pt-4">
        <Button type="submit" variant="primary" disabled={isBusy}>
          {create.isPending ? "Starting build…" : create.isSuccess ? "Opening…" : "Build image"}
        </Button>
        <Link href="/images" className={buttonClasses("secondary")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
