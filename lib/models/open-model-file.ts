import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { artifactPath } from "@/lib/artifacts";
import { AppError } from "@/lib/errors";
import { getModelOrThrow } from "./get-model";

/** The stored file of a model version, as a web stream for a download response. */
export async function openModelFile(options: { name: string; version?: string | number }) {
  const model = await getModelOrThrow(options);
  const file = artifactPath(model.digest);
  const info = await stat(file).catch(() => null);
  if (!info) {
    // The row exists, so the store lost the file: our fault (500), with the path in the log only.
    console.error(`[models] the file of ${model.name}:${model.version} is missing: ${file}`);
    throw new AppError("artifact_missing", `The stored file of ${model.name}:${model.version} is missing.`, { name: model.name, version: model.version });
  }
  return {
    model,
    sizeBytes: info.size,
    stream: () => Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
  };
}
