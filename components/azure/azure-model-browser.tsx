"use client";

import { useState } from "react";
import { AzureModelsTable } from "./azure-models-table";
import { AzureVersionsTable } from "./azure-versions-table";

/** The workspace's models, and below them the versions of the one chosen. */
export function AzureModelBrowser({ workspaceId }: { workspaceId: string }) {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <div className="space-y-4">
      <AzureModelsTable workspaceId={workspaceId} selected={selected} onSelect={setSelected} />
      {selected ? (
        <div className="space-y-2" data-testid="azure-versions">
          <h3 className="text-sm font-semibold text-neutral-900">Versions of {selected}</h3>
          <AzureVersionsTable key={selected} workspaceId={workspaceId} name={selected} />
        </div>
      ) : (
        <p className="text-xs text-neutral-600">Choose a model to see its versions and import one into the registry.</p>
      )}
    </div>
  );
}
