import type { Model } from "@/lib/db";

export type AzureSource = { workspaceId: string; subscriptionId: string; resourceGroup: string; workspaceName: string; name: string; version: string; assetId: string; modelUri: string; modelType: string | null; portalUrl: string };

/** shape is null when the file declares none (the ONNX summary's TensorInfo). */
export type TensorInfo = { name: string; dtype: string; shape: (number | string)[] | null };

export type ModelDto = {
  id: string;
  name: string;
  version: number;
  framework: string;
  /** classification (scores return top-k classes) or detection (scores return boxes). */
  task: "classification" | "detection";
  description: string;
  tags: Record<string, string>;
  digest: string;
  sizeBytes: number;
  fileName: string;
  inputs: TensorInfo[];
  outputs: TensorInfo[];
  graph: Record<string, unknown>;
  catalogId: string | null;
  preprocessing: Record<string, unknown> | null;
  parent: { name: string; version: number } | null;
  /** The Azure ML model version this one was imported from (lib/azure). */
  azureSource: AzureSource | null;
  createdAt: string;
  updatedAt: string;
  links: { self: string; download: string };
};

const FRAMEWORK_NAMES: Record<string, string> = { onnx: "onnx", accel_onnx: "accel-onnx", tensorflow: "tensorflow" };

export function toModelDto(model: Model & { parent?: Pick<Model, "name" | "version"> | null }): ModelDto {
  const self = `/api/v1/models/${model.name}/versions/${model.version}`;
  return {
    id: model.id,
    name: model.name,
    version: model.version,
    framework: FRAMEWORK_NAMES[model.framework] ?? model.framework,
    task: model.task,
    description: model.description,
    tags: model.tags as Record<string, string>,
    digest: model.digest,
    sizeBytes: Number(model.sizeBytes),
    fileName: model.fileName,
    inputs: model.inputs as TensorInfo[],
    outputs: model.outputs as TensorInfo[],
    graph: model.graph as Record<string, unknown>,
    catalogId: model.catalogId,
    preprocessing: (model.preprocessing as Record<string, unknown> | null) ?? null,
    parent: model.parent ? { name: model.parent.name, version: model.parent.version } : null,
    azureSource: (model.azureSource as AzureSource | null) ?? null,
    createdAt: model.createdAt.toISOString(),
    updatedAt: model.updatedAt.toISOString(),
    links: { self, download: `${self}/download` },
  };
}
