import { stat } from "node:fs/promises";
import { localArtifact } from "@/lib/artifacts";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { pullModelLayer } from "./pull-model-layer";

export type EnsureLocalModelOptions = {
  model: { digest: string; fileName: string };
  /** Where the image was pushed (images.registry_reference); null when it never was. */
  registryReference: string | null;
  signal?: AbortSignal;
  /** The resource's log: told when a pull starts and ends. */
  log?: (message: string) => Promise<unknown>;
};

/**
 * What a node does before it loads a replica: a model file already in the local store
 * (or in the shared blob store, which localArtifact fetches from) is used as it is; one
 * missing is pulled from the registry the image was pushed to, as
 * Azure's FPGA nodes pulled their image from the workspace's registry. Without a registry
 * reference nothing changes: loading then reports the missing file as before.
 */
export async function ensureLocalModel(options: EnsureLocalModelOptions): Promise<"present" | "pulled" | "absent"> {
  const { model, registryReference } = options;
  const isPresent = await stat(await localArtifact(model.digest)).then((s) => s.isFile(), () => false);
  if (isPresent) return "present";
  if (!registryReference) return "absent";
  await options.log?.(`The model file is not on this node: pulling it from ${registryReference}`);
  // A registry that stops sending must not hold the deployment for ever: the pipeline's
  // step limit bounds the pull, and running into it may pass (the job tries again).
  const seconds = env().PIPELINE_STEP_TIMEOUT_SECONDS;
  const limit = AbortSignal.timeout(seconds * 1000);
  const signal = options.signal ? AbortSignal.any([options.signal, limit]) : limit;
  const pulled = await pullModelLayer({ reference: registryReference, model, signal }).catch((error: unknown) => {
    if (limit.aborted && !options.signal?.aborted) throw new AppError("unavailable", `Pulling the model from ${registryReference} took longer than ${seconds} s.`);
    throw error;
  });
  await options.log?.(`Pulled ${model.fileName} (${pulled.sizeBytes} bytes, sha256 verified) from layer ${pulled.layerDigest}`);
  return "pulled";
}
