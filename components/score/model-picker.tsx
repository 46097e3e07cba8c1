"use client";

import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { Select } from "@/components/ui/select";
import { formatShape } from "@/lib/client/format";
import type { ModelDto } from "@/lib/models/to-model-dto";
import { modelVersionsOptions } from "@/lib/queries/models";

type ModelPickerProps = {
  /** Latest version of each name, sorted by name. */
  models: ModelDto[];
  name: string | null;
  version: number | null;
  onChange: (choice: { name: string; version: number | null }) => void;
  isLoading: boolean;
};

/** A model (latest of each name), then one of its versions; below, what the chosen version takes. */
export function ModelPicker({ models, name, version, onChange, isLoading }: ModelPickerProps) {
  const modelId = useId();
  const versionId = useId();
  const versions = useQuery({ ...modelVersionsOptions(name ?? ""), enabled: Boolean(name) });
  const versionItems = versions.data?.items ?? models.filter((m) => m.name === name);
  const numbers = [...new Set(versionItems.map((m) => m.version))].sort((a, b) => b - a);
  const chosen = versionItems.find((m) => m.version === version);

  return (
    <div className="space-y-1">
      <div className="grid grid-cols-[minmax(0,1fr)_8.5rem] gap-2">
        <div className="min-w-0">
          <label htmlFor={modelId} className="mb-1 block text-xs font-medium text-neutral-700">
            Model
          </label>
          <Select
            id={modelId}
            className="w-full font-mono"
            value={name ?? ""}
            disabled={isLoading || models.length === 0}
            onChange={(event) => onChange({ name: event.target.value, version: null })}
          >
            {isLoading && <option value="">Loading models…</option>}
            {!isLoading && models.length === 0 && <option value="">No models registered</option>}
            {models.map((m) => (
              <option key={m.name} value={m.name}>
                {m.name}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor={versionId} className="mb-1 block text-xs font-medium text-neutral-700">
            Version
          </label>
          <Select
            id={versionId}
            className="w-full"
            value={version ?? ""}
            disabled={!name || numbers.length === 0}
            onChange={(event) => name && onChange({ name, version: Number(event.target.value) })}
          >
            {numbers.map((v, i) => (
              <option key={v} value={v}>
                {v}
                {i === 0 ? " (latest)" : ""}
              </option>
            ))}
          </Select>
        </div>
      </div>
      {chosen && <ModelFacts model={chosen} />}
    </div>
  );
}

function ModelFacts({ model }: { model: ModelDto }) {
  const input = model.inputs[0];
  const code = typeof model.preprocessing?.code === "string" ? model.preprocessing.code : null;
  return (
    <p className="text-xs text-neutral-600" data-testid="model-facts">
      {model.task === "detection" && (
        <>
          <span className="font-medium text-neutral-800">Detector</span>
          <span className="text-neutral-400"> · </span>
        </>
      )}
      {input && (
        <>
          Input <span className="font-mono text-neutral-800">{input.name}</span> {formatShape(input.shape)} {input.dtype}
          <span className="text-neutral-400"> · </span>
        </>
      )}
      {code ? (
        <>
          Preprocessing <span className="font-mono text-neutral-800">{code}</span>
        </>
      ) : (
        <span className="text-amber-800">No recorded preprocessing: scoring assumes one</span>
      )}
    </p>
  );
}
