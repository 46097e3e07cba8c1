import { stat } from "node:fs/promises";
import { artifactMissing, localArtifact } from "@/lib/artifacts";
import { modelPreprocessingSchema, P1, type PreprocessingSpec } from "@/lib/catalog";
import { getModelOrThrow } from "@/lib/models";
import type { OutputKind } from "./types";

/** A registered model version as the scoring service needs it. */
export type ResolvedModelVersion = {
  name: string;
  version: number;
  digest: string;
  path: string;
  preprocessing: PreprocessingSpec;
  /** true when the model carries no preprocessing and the default (P1) is assumed */
  isPreprocessingAssumed: boolean;
  /** undefined: the model does not say; the service decides from the graph. */
  outputKind?: OutputKind;
  /** A detector scores to boxes: its row says so, or its recipe's outputs are detections. */
  task: "classification" | "detection";
};

// Model versions are immutable, so a short cache spares a database round trip per
// request; "latest" is looked up each time because a new version can appear.
const TTL_MS = 10_000;
const cache = new Map<string, { model: ResolvedModelVersion; until: number }>();

export async function resolveModelVersion(options: { name: string; version?: string | number }): Promise<ResolvedModelVersion> {
  const isLatest = options.version === undefined || options.version === "latest";
  const key = `${options.name}:${options.version}`;
  const hit = cache.get(key);
  if (!isLatest && hit && hit.until > Date.now()) return hit.model;
  const row = await getModelOrThrow({ name: options.name, version: isLatest ? undefined : options.version });
  const path = await localArtifact(row.digest);
  if (!(await stat(path).then((s) => s.isFile(), () => false))) throw artifactMissing({ name: row.name, version: row.version, path });
  const stored = modelPreprocessingSchema.safeParse(row.preprocessing);
  const model: ResolvedModelVersion = {
    name: row.name,
    version: row.version,
    digest: row.digest,
    path,
    preprocessing: stored.success ? stored.data : P1,
    isPreprocessingAssumed: !stored.success,
    outputKind: stored.success ? stored.data.outputs[0].kind : undefined,
    task: row.task === "detection" || (stored.success && stored.data.outputs.some((o) => o.kind === "detections")) ? "detection" : "classification",
  };
  if (!isLatest) cache.set(key, { model, until: Date.now() + TTL_MS });
  return model;
}
