"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ModelVersionSelect, type ModelRef } from "@/components/pipeline/model-version-select";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { schemaProblem } from "@/components/pipeline/schema-problem";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { NameField } from "@/components/ui/name-field";
import { Select } from "@/components/ui/select";
import { publishRequestSchema } from "@/lib/azure/schemas";
import { azureKeys, publishableModelsOptions, requestPublish, workspaceListOptions } from "@/lib/queries/azure";

/**
 * Publish a local model version to a linked workspace, as a version of an Azure model
 * (the local name unless another is given). On a workspace's page the model is chosen; on
 * a model's page the workspace is.
 */
export function PublishForm(fixed: { workspaceId: string; model?: undefined } | { model: ModelRef; workspaceId?: undefined }) {
  const queryClient = useQueryClient();
  const models = useQuery({ ...publishableModelsOptions(), enabled: !fixed.model });
  const workspaces = useQuery({ ...workspaceListOptions(), enabled: !fixed.workspaceId });
  const [chosenModel, setChosenModel] = useState<ModelRef | null>(null);
  const [chosenWorkspace, setChosenWorkspace] = useState("");
  const [azureName, setAzureName] = useState("");
  const [isSubmitted, setIsSubmitted] = useState(false);
  const model = fixed.model ?? chosenModel;
  const workspaceId = fixed.workspaceId ?? (chosenWorkspace || workspaces.data?.items[0]?.id || "");
  const publish = useMutation({
    mutationFn: () => requestPublish({ workspaceId, name: model!.name, version: model!.version, ...(azureName.trim() ? { azureName: azureName.trim() } : {}) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: azureKeys.transfers() }),
  });

  const modelError = isSubmitted && !model ? "Choose the model version to publish." : null;
  const azureNameError = azureName.trim() ? schemaProblem(publishRequestSchema.shape.azureName, azureName.trim()) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (model && workspaceId && !azureNameError) publish.mutate();
  };
  const transfer = publish.data;
  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label="Publish to Azure ML">
      <div className="grid gap-3 sm:grid-cols-2">
        {!fixed.model && (
          <Field id="publish-model" label="Model" error={modelError} hint="The local model version to send.">
            <ModelVersionSelect
              id="publish-model"
              models={models.data?.items ?? []}
              value={chosenModel}
              onChange={setChosenModel}
              isLoading={models.isPending}
              disabled={publish.isPending}
              describedBy={describedBy("publish-model", modelError, true)}
              emptyText="No models in the registry yet"
            />
          </Field>
        )}
        {!fixed.workspaceId && (
          <Field id="publish-workspace" label="Workspace">
            <Select id="publish-workspace" className="w-full max-w-md" value={workspaceId} onChange={(event) => setChosenWorkspace(event.target.value)} disabled={publish.isPending || !workspaces.data}>
              {workspaces.data?.items.map((workspace) => (
                <option key={workspace.id} value={workspace.id}>
                  {workspace.workspaceName} ({workspace.resourceGroup})
                </option>
              ))}
            </Select>
          </Field>
        )}
        <NameField
          id="publish-azure-name"
          label="Azure name"
          value={azureName}
          onChange={setAzureName}
          error={azureNameError}
          placeholder={model?.name ?? ""}
          hint="Optional: the workspace model to add a version to; the local name when blank."
          disabled={publish.isPending}
        />
      </div>
      {models.error ? <ProblemAlert error={models.error} title="The models could not be listed" /> : null}
      {workspaces.error ? <ProblemAlert error={workspaces.error} title="The linked workspaces could not be listed" /> : null}
      {publish.error && <ProblemAlert error={publish.error} title="Not published" />}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" disabled={publish.isPending || !workspaceId}>
          {publish.isPending ? "Publishing…" : "Publish"}
        </Button>
        {transfer && !publish.isPending && (
          <p role="status" className="text-sm text-neutral-700">
            Requested: {transfer.model ? `${transfer.model.name}:${transfer.model.version}` : "the model"} → {transfer.workspace.workspaceName} as {transfer.azureModel.name}.
          </p>
        )}
      </div>
    </form>
  );
}
