import { stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logging";
import { artifactBlobContainer, artifactBlobName, type ArtifactBlobContainer } from "./blob-container";
import { artifactPath } from "./paths";
import { placeArtifactFile } from "./place-artifact-file";
import { toBlobStoreError } from "./to-blob-store-error";
import { writeHashedFile } from "./write-hashed-file";

const log = logger("artifacts");

/** A download that receives nothing for this long is given up (the network, not the size). */
const IDLE_TIMEOUT_MS = 60_000;

// One download per cached file in this process: concurrent readers of a digest wait for it.
const downloads = new Map<string, Promise<string>>();

/**
 * The local path of a stored artifact, for readers that need a real file (onnxruntime,
 * the ONNX parser, a streamed download). Without a blob store that is the file in
 * ARTIFACT_DIR. With one, a file missing from this machine's cache is downloaded first:
 * streamed to a staging file, its sha256 checked on the way, then renamed into place,
 * so the cache only ever holds verified files. A digest the store does not have answers
 * the (missing) cache path, so that each caller reports artifact_missing in its own words.
 */
export async function localArtifact(digest: string): Promise<string> {
  const file = artifactPath(digest);
  const container = await artifactBlobContainer();
  if (!container || (await isFile(file))) return file;
  let pending = downloads.get(file);
  if (!pending) {
    // Looked again inside: a download may have ended while this caller was at its stat.
    pending = (async () => ((await isFile(file)) ? file : download({ container, digest })))().finally(() => downloads.delete(file));
    downloads.set(file, pending);
  }
  return pending;
}

async function download(options: { container: ArtifactBlobContainer; digest: string }): Promise<string> {
  const { container, digest } = options;
  const name = artifactBlobName(digest);
  const context = { action: `download ${name}`, where: container.where };
  const response = await container.client
    .getBlobClient(name)
    // maxRetryRequests: a stream that breaks off resumes from where it stopped.
    .download(0, undefined, { maxRetryRequests: 5 })
    .catch((error: { statusCode?: number; code?: string }) => (error.statusCode === 404 && error.code === "BlobNotFound" ? null : Promise.reject(toBlobStoreError(error, context))));
  if (!response) return artifactPath(digest);
  const started = performance.now();
  const staged = await writeHashedFile({
    source: response.readableStreamBody as Readable,
    expected: { bytes: response.contentLength ?? 0, sha256: digest },
    idleTimeoutMs: IDLE_TIMEOUT_MS,
  }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "digest_mismatch") {
      log.error(`the blob ${name} in ${container.where} is corrupt: ${error.message}`);
      throw new AppError("digest_mismatch", `The stored blob ${name} is corrupt (it does not hash to its name): ${error.message}`, { ...error.details, store: container.where });
    }
    throw toBlobStoreError(error, context);
  });
  const target = await placeArtifactFile(staged);
  log.info(`cached ${name} (${staged.sizeBytes} bytes in ${Math.round(performance.now() - started)} ms)`);
  return target;
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
}
