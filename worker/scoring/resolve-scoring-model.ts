import { z } from "zod";
import { artifactPath } from "@/lib/artifacts";
import { P1, preprocessingSpecSchema, type PreprocessingSpec } from "@/lib/catalog";
import { getModelOrThrow } from "@/lib/models";

/** "auto": the model carries no output kind; decided from the graph (a final Softmax). */
export type OutputKind = "logits" | "probabilities" | "detections" | "auto";

export type ScoringModel = {
  name: string;
  version: number;
  digest: string;
  path: string;
  preprocessing: PreprocessingSpec;
  /** true when the model carries no preprocessing and the default (P1) is assumed */
  isPreprocessingAssumed: boolean;
  outputKind: OutputKind;
};

const storedSchema = preprocessingSpecSchema.extend({
  outputs: z.array(z.object({ kind: z.enum(["logits", "probabilities", "detections"]) })).optional(),
});

// Model versions are immutable, so a short cache spares a database round trip per
// request; "latest" is looked up each time because a new version can appear.
const TTL_MS = 10_000;
const cache = new Map<string, { model: ScoringModel; until: number }>();

export async function resolveScoringModel(options: { name: string; version?: string }): Promise<ScoringModel> {
  const isLatest = !options.version || options.version === "latest";
  const key = `${options.name}:${options.version}`;
  const hit = cache.get(key);
  if (!isLatest && hit && hit.until > Date.now()) return hit.model;
  const row = await getModelOrThrow({ name: options.name, version: isLatest ? undefined : options.version });
  const stored = storedSchema.safeParse(row.preprocessing);
  const kind = stored.success ? stored.data.outputs?.[0]?.kind : undefined;
  const model: ScoringModel = {
    name: row.name,
    version: row.version,
    digest: row.digest,
    path: artifactPath(row.digest),
    preprocessing: stored.success ? stored.data : P1,
    isPreprocessingAssumed: !stored.success,
    outputKind: kind ?? "auto",
  };
  if (!isLatest) cache.set(key, { model, until: Date.now() + TTL_MS });
  return model;
}
