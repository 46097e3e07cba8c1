"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { CreateForm } from "@/components/pipeline/create-form";
import { ModelVersionField } from "@/components/pipeline/model-version-field";
import type { ModelRef } from "@/components/pipeline/model-version-select";
import { schemaProblem } from "@/components/pipeline/schema-problem";
import { useCreateForm } from "@/components/pipeline/use-create-form";
import { NameField } from "@/components/ui/name-field";
import { imageNameSchema } from "@/lib/images/schemas";
import { createImage, imageKeys, packableModelsOptions } from "@/lib/queries/images";
import { imageHref } from "./image-links";

/** POST /api/v1/images: one converted model into a new version of an image. */
export function NewImageForm({ initialModel }: { initialModel: ModelRef | null }) {
  const models = useQuery(packableModelsOptions());
  const [model, setModel] = useState<ModelRef | null>(initialModel);
  const [name, setName] = useState<string | null>(null);
  // The image is named after its model until the user types another name.
  const imageName = name ?? model?.name ?? "";
  const form = useCreateForm({
    create: () => createImage({ name: imageName.trim(), model: model!.name, version: model!.version }),
    invalidate: [imageKeys.all],
    hrefOf: imageHref,
  });
  const nameError = !imageName.trim() ? (form.isSubmitted ? "Enter a name for the image." : null) : schemaProblem(imageNameSchema, imageName.trim());
  const modelError = form.isSubmitted && !model ? "Choose the converted model to pack." : null;

  return (
    <CreateForm
      title="New image"
      form={form}
      isValid={Boolean(model && imageName.trim() && !nameError)}
      submitLabel="Build image"
      pendingLabel="Starting build…"
      errorTitle="The build could not be started"
      cancelHref="/images"
    >
      <ModelVersionField
        id="image-model"
        label="Converted model"
        hint="Models of framework accel-onnx, the result of a conversion. An image packs exactly one."
        error={modelError}
        models={models}
        value={model}
        onChange={setModel}
        disabled={form.isBusy}
        emptyText="No converted models yet"
      />
      <NameField id="image-name" label="Image name" isRequired value={imageName} onChange={setName} error={nameError} hint="Building under an existing name adds a version." disabled={form.isBusy} />
    </CreateForm>
  );
}
