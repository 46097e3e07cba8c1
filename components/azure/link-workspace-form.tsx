"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { schemaProblem } from "@/components/pipeline/schema-problem";
import { Button } from "@/components/ui/button";
import { NameField } from "@/components/ui/name-field";
import { linkWorkspaceSchema, type LinkWorkspaceInput } from "@/lib/azure/schemas";
import { azureKeys, linkWorkspace } from "@/lib/queries/azure";

type Values = Record<keyof LinkWorkspaceInput, string>;

const EMPTY: Values = { subscriptionId: "", resourceGroup: "", workspaceName: "", tenantId: "", authorityHost: "" };
const FIELDS = linkWorkspaceSchema.shape;
const MISSING: Partial<Values> = {
  subscriptionId: "Enter the subscription's ID (a GUID).",
  resourceGroup: "Enter the workspace's resource group.",
  workspaceName: "Enter the workspace's name.",
};

/** The body the API takes: trimmed, with the optional fields left out when blank. */
function toBody(values: Values): LinkWorkspaceInput {
  const tenantId = values.tenantId.trim();
  const authorityHost = values.authorityHost.trim();
  return {
    subscriptionId: values.subscriptionId.trim(),
    resourceGroup: values.resourceGroup.trim(),
    workspaceName: values.workspaceName.trim(),
    ...(tenantId ? { tenantId } : {}),
    ...(authorityHost ? { authorityHost } : {}),
  };
}

/**
 * Settings → Azure ML: subscription, resource group and workspace, checked as the API's own
 * schema checks them; the server then asks Azure, and its refusal (no credential, sign-in
 * failed, forbidden, no such workspace, unreachable) is shown in its own words.
 */
export function LinkWorkspaceForm() {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(EMPTY);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const link = useMutation({
    mutationFn: () => linkWorkspace(toBody(values)),
    onSuccess: async () => {
      setValues(EMPTY);
      setIsSubmitted(false);
      await queryClient.invalidateQueries({ queryKey: azureKeys.workspaces() });
    },
  });
  const set = (key: keyof Values) => (value: string) => setValues((current) => ({ ...current, [key]: value }));

  // A required field is blamed when blank only once the form was sent; a filled one at once.
  const problem = (key: keyof Values) => {
    const value = values[key].trim();
    if (!value) return isSubmitted ? (MISSING[key] ?? null) : null;
    return schemaProblem(FIELDS[key], value);
  };
  const errors = {
    subscriptionId: problem("subscriptionId"),
    resourceGroup: problem("resourceGroup"),
    workspaceName: problem("workspaceName"),
    tenantId: problem("tenantId"),
    authorityHost: problem("authorityHost"),
  };
  const isValid = linkWorkspaceSchema.safeParse(toBody(values)).success;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (isValid) link.mutate();
  };
  const disabled = link.isPending;
  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label="Link an Azure ML workspace">
      <div className="grid gap-3 sm:grid-cols-3">
        <NameField id="azure-subscription" label="Subscription ID" isRequired value={values.subscriptionId} onChange={set("subscriptionId")} error={errors.subscriptionId} placeholder="00000000-0000-0000-0000-000000000000" disabled={disabled} />
        <NameField id="azure-resource-group" label="Resource group" isRequired value={values.resourceGroup} onChange={set("resourceGroup")} error={errors.resourceGroup} disabled={disabled} />
        <NameField id="azure-workspace-name" label="Workspace name" isRequired value={values.workspaceName} onChange={set("workspaceName")} error={errors.workspaceName} disabled={disabled} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <NameField id="azure-tenant" label="Tenant ID" value={values.tenantId} onChange={set("tenantId")} error={errors.tenantId} hint="Optional: the Microsoft Entra tenant to sign in to, when the identity belongs to several." disabled={disabled} />
        <NameField id="azure-authority" label="Authority host" value={values.authorityHost} onChange={set("authorityHost")} error={errors.authorityHost} hint="Optional: where tokens come from outside Azure's public cloud, e.g. https://login.microsoftonline.us." disabled={disabled} />
      </div>
      <p className="text-xs text-neutral-600">
        The studio signs in as this machine&apos;s identity (environment, managed identity or <code className="font-mono">az login</code>) and stores no secret. It links the
        workspace once it can read it and list its models.
      </p>
      {link.error && <ProblemAlert error={link.error} title="The workspace could not be linked" />}
      <Button type="submit" variant="primary" disabled={disabled}>
        {link.isPending ? "Linking…" : "Link workspace"}
      </Button>
    </form>
  );
}
