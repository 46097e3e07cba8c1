import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { artifactMissing, localArtifact } from "@/lib/artifacts";
import { AppError } from "@/lib/errors";
import { getImageRowOrThrow } from "./get-image";

/** The OCI archive of a built image as a web stream (GET …/versions/{v}/oci). */
export async function openImageArchive(options: { name: string; version: string | number }) {
  const image = await getImageRowOrThrow(options);
  if (image.state !== "Succeeded" || !image.archiveDigest) {
    throw new AppError("not_ready", `Image ${image.name}:${image.version} is ${image.state}; its archive exists once the build has succeeded.`, { state: image.state });
  }
  const file = await localArtifact(image.archiveDigest);
  const info = await stat(file).catch(() => null);
  if (!info) throw artifactMissing({ name: image.name, version: image.version, path: file });
  return {
    image,
    sizeBytes: info.size,
    stream: () => Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
  };
}
