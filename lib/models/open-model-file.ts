import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { artifactMissing, localArtifact } from "@/lib/artifacts";
import { getModelOrThrow } from "./get-model";

/** The stored file of a model version, as a web stream for a download response. */
export async function openModelFile(options: { name: string; version?: string | number }) {
  const model = await getModelOrThrow(options);
  const file = await localArtifact(model.digest);
  const info = await stat(file).catch(() => null);
  if (!info) throw artifactMissing({ name: model.name, version: model.version, path: file });
  return {
    model,
    sizeBytes: info.size,
    stream: () => Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
  };
}
