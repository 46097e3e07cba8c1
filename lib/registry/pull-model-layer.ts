import { createHash } from "node:crypto";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { extract as createTarExtract } from "tar-stream";
import { writeHashedFile, type StagedArtifact } from "@/lib/artifacts";
import { AppError } from "@/lib/errors";
import { createRegistryClient } from "./registry-client";
import { configuredRegistry } from "./registry-config";
import { parseRegistryReference } from "./registry-reference";

export type PullModelLayerOptions = {
  /** `<host>/<repository>:<tag>@sha256:<hex>`, as the build recorded it. */
  reference: string;
  /** The converted model the image packs: its file is `model/<fileName>` in the layer (plan-layer-entries.ts). */
  model: { digest: string; fileName: string };
  signal?: AbortSignal;
};

// image-spec manifest.md and layer.md; the only layer type write-oci-archive.ts writes.
const MANIFEST_MEDIA_TYPE = "application/vnd.oci.image.manifest.v1+json";
const LAYER_MEDIA_TYPE = "application/vnd.oci.image.layer.v1.tar";
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

type Descriptor = { mediaType: string; digest: string; size: number };

/**
 * Fetches an image's model from its registry into the artifact store: the manifest by
 * its digest (checked against it), then the one layer, streamed through a sha256 of
 * the whole blob and a tar reader that writes `model/<fileName>` to a staging file
 * (itself checked against the model's sha256). The file enters the store only when both
 * digests match; otherwise nothing is left behind.
 */
export async function pullModelLayer(options: PullModelLayerOptions): Promise<{ path: string; layerDigest: string; sizeBytes: number }> {
  const { model, signal } = options;
  const reference = parseRegistryReference(options.reference);
  if (!reference) throw new AppError("validation_failed", `"${options.reference}" is not a registry reference with a digest.`);
  // Credentials only for the registry they were given for; another host is asked without.
  const configured = configuredRegistry();
  const isConfigured = configured?.host === reference.host;
  const client = createRegistryClient({ baseUrl: isConfigured ? configured.baseUrl : `https://${reference.host}`, credentials: isConfigured ? configured.credentials : null });
  const scope = `repository:${reference.repository}:pull`;

  const manifestResponse = await client.request({
    method: "GET",
    path: `/v2/${reference.repository}/manifests/${reference.digest}`,
    scope,
    headers: { accept: MANIFEST_MEDIA_TYPE },
    expect: [200],
    action: `give the manifest ${reference.repository}@${reference.digest}`,
    signal,
  });
  const manifestBytes = Buffer.from(await manifestResponse.arrayBuffer());
  if (manifestBytes.length > MAX_MANIFEST_BYTES || `sha256:${sha256(manifestBytes)}` !== reference.digest) {
    throw new AppError("digest_mismatch", `The registry ${client.host} gave a manifest for ${reference.repository}@${reference.digest} with another digest.`);
  }
  const layers = (JSON.parse(manifestBytes.toString("utf8")) as { layers?: Descriptor[] }).layers ?? [];
  const layer = layers.find((l) => l.mediaType === LAYER_MEDIA_TYPE);
  if (layers.length !== 1 || !layer) throw new AppError("unsupported_model", `${reference.repository}@${reference.digest} is not an FPGA image of this studio: it needs exactly one uncompressed tar layer.`);

  const blob = await client.request({ method: "GET", path: `/v2/${reference.repository}/blobs/${layer.digest}`, scope, expect: [200], action: `give the layer ${layer.digest}`, signal });
  if (!blob.body) throw new AppError("unavailable", `The registry ${client.host} sent the layer ${layer.digest} without a body.`);
  const staged = await extractModel({ source: Readable.fromWeb(blob.body as import("node:stream/web").ReadableStream), layer, model, signal });
  try {
    return { path: await staged.commit(), layerDigest: layer.digest, sizeBytes: staged.sizeBytes };
  } catch (error) {
    await staged.discard();
    throw error;
  }
}

/** Streams the layer once: hashing all of it, and staging the model file found inside. */
async function extractModel(options: { source: Readable; layer: Descriptor; model: { digest: string; fileName: string }; signal?: AbortSignal }): Promise<StagedArtifact> {
  const { source, layer, model, signal } = options;
  const wanted = `model/${model.fileName}`;
  const hash = createHash("sha256");
  let layerBytes = 0;
  const verifier = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      layerBytes += chunk.length;
      callback(layerBytes > layer.size ? new AppError("digest_mismatch", `The layer ${layer.digest} is longer than its ${layer.size} bytes.`) : null, chunk);
    },
  });
  const extract = createTarExtract();
  let staged: StagedArtifact | undefined;
  const reading = (async () => {
    for await (const entry of extract) {
      if (entry.header.name === wanted && entry.header.type === "file" && !staged) {
        staged = await writeHashedFile({ source: Readable.from(entry), expected: { bytes: entry.header.size, sha256: model.digest }, signal });
      } else {
        entry.resume();
      }
    }
  })();
  try {
    await Promise.all([pipeline(source, verifier, extract, { signal }), reading]);
    const digest = `sha256:${hash.digest("hex")}`;
    if (digest !== layer.digest || layerBytes !== layer.size) {
      throw new AppError("digest_mismatch", `The layer came as ${digest} (${layerBytes} bytes), not ${layer.digest} (${layer.size} bytes).`);
    }
    if (!staged) throw new AppError("unsupported_model", `The layer ${layer.digest} holds no ${wanted}.`);
    return staged;
  } catch (error) {
    source.destroy();
    extract.destroy();
    await reading.catch(() => undefined);
    await staged?.discard();
    throw error;
  }
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}
