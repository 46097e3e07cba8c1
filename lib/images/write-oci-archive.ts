import { createHash, randomUUID } from "node:crypto";
import { rename, rm } from "node:fs/promises";
import { AppError, isAppError } from "@/lib/errors";
import {
  ANNOTATION_CREATED,
  OCI_LAYOUT_FILE,
  OCI_MEDIA_TYPES,
  buildImageConfig,
  buildImageIndex,
  buildImageManifest,
  toJsonBytes,
  toSha256Digest,
  type OciBlob,
  type OciDescriptor,
} from "./oci-image-spec";
import { planLayerEntries } from "./plan-layer-entries";
import { trackWriteProgress } from "./track-write-progress";
import { writeDeterministicTar, type TarEntry } from "./write-deterministic-tar";

export type WriteOciArchiveOptions = {
  /** The converted ONNX model file (can be 100+ MB: it is streamed, never read whole). */
  modelPath: string;
  /** File name of the model inside the layer, e.g. "model.onnx". */
  modelFileName: string;
  /** Written as JSON to `accel-runtime.json` in the layer: preprocessing, labels, inputs/outputs, device profile… (opaque here). */
  runtimeManifest: Record<string, unknown>;
  /** Optional extra small files for the layer, e.g. { "labels.json": "/path/to/labels.json" }. */
  extraFiles?: Record<string, string>;
  /** `${name}:${version}`; the version becomes the tag (index.json's org.opencontainers.image.ref.name). */
  refName: string;
  /** Image config `created` and every tar mtime: the same inputs give the same bytes. */
  createdAt: Date;
  /** Put into the manifest's annotations and the config's Labels (e.g. accel.model.name). */
  labels?: Record<string, string>;
  /** Where to write the archive (a tar of the OCI layout). The caller owns the path; it appears only once complete. */
  outPath: string;
  /** Called with 0..1 as bytes are written; the last call is 1. */
  onProgress?: (fraction: number) => void;
  /** Aborting stops the write, removes what was written and rejects with the signal's reason. */
  signal?: AbortSignal;
};

export type OciArchive = {
  /** `sha256:<hex>` of the image manifest: the image's identity, as registries report it. */
  manifestDigest: string;
  configDigest: string;
  layerDigest: string;
  layerSizeBytes: number;
  archiveSizeBytes: number;
  /** The media type of the manifest that `manifestDigest` names. */
  mediaType: string;
};

// image-layout.md "Content": blobs/<alg>/<encoded>, with the two fixed files at the root.
const BLOB_DIR = "blobs/sha256/";

/**
 * Packs one converted model into a tar of an OCI image layout (image-layout.md) holding
 * one image: config, manifest and a single layer with `model/<modelFileName>`,
 * `model/accel-runtime.json` and the extra files.
 *
 * The layer is written first to a temporary file beside `outPath`, hashed on the way,
 * because the manifest must name its digest and size before the archive can hold it;
 * the archive is then streamed from that file. Both passes stream, so memory stays flat
 * whatever the model's size. The archive goes to a second temporary name and is renamed
 * onto `outPath` when complete: on failure or abort both temporary files are removed and
 * `outPath` is untouched.
 *
 * The layer is an uncompressed tar (layer.md permits it): a model is float weights that
 * gzip shrinks by a few percent at best, while gzipping 100 MB costs seconds of CPU per
 * build, and every later copy would pay to decompress it again.
 */
export async function writeOciArchive(options: WriteOciArchiveOptions): Promise<OciArchive> {
  const { outPath, signal, createdAt } = options;
  signal?.throwIfAborted();
  if (Number.isNaN(createdAt.getTime())) throw new AppError("validation_failed", "createdAt is not a valid date.");
  const plan = await planLayerEntries(options);
  const progress = trackWriteProgress({ payloadBytes: plan.payloadBytes, onProgress: options.onProgress });
  const stem = `${outPath}.${randomUUID()}`;
  const layerPath = `${stem}.layer.tmp`;
  const archivePath = `${stem}.tmp`;
  try {
    const layer = await writeDeterministicTar({ entries: plan.entries, mtime: createdAt, outPath: layerPath, signal, onBytes: progress.add });
    const layerDescriptor: OciDescriptor = { mediaType: OCI_MEDIA_TYPES.layerTar, digest: toSha256Digest(layer.sha256), size: layer.sizeBytes };

    const labels = options.labels ?? {};
    const config = toBlob(OCI_MEDIA_TYPES.config, buildImageConfig({ createdAt, labels, layerDiffId: layerDescriptor.digest }));
    const manifest = toBlob(
      OCI_MEDIA_TYPES.manifest,
      buildImageManifest({ config: config.descriptor, layer: layerDescriptor, annotations: { [ANNOTATION_CREATED]: createdAt.toISOString(), ...labels } }),
    );
    const index = buildImageIndex({ manifest: manifest.descriptor, tag: plan.tag });

    const archive = await writeDeterministicTar({
      entries: [
        { name: "blobs/", kind: "directory" },
        { name: BLOB_DIR, kind: "directory" },
        { name: blobPath(layerDescriptor), kind: "file", path: layerPath, sizeBytes: layer.sizeBytes },
        { name: blobPath(config.descriptor), kind: "bytes", bytes: config.bytes },
        { name: blobPath(manifest.descriptor), kind: "bytes", bytes: manifest.bytes },
        { name: "index.json", kind: "bytes", bytes: toJsonBytes(index) },
        { name: "oci-layout", kind: "bytes", bytes: toJsonBytes(OCI_LAYOUT_FILE) },
      ] satisfies TarEntry[],
      mtime: createdAt,
      outPath: archivePath,
      signal,
      onBytes: progress.add,
    });
    signal?.throwIfAborted();
    // Before the rename: a callback that throws must not leave an archive behind.
    progress.finish();
    await rename(archivePath, outPath);
    await rm(layerPath, { force: true });
    return {
      manifestDigest: manifest.descriptor.digest,
      configDigest: config.descriptor.digest,
      layerDigest: layerDescriptor.digest,
      layerSizeBytes: layer.sizeBytes,
      archiveSizeBytes: archive.sizeBytes,
      mediaType: OCI_MEDIA_TYPES.manifest,
    };
  } catch (error) {
    await Promise.all([rm(layerPath, { force: true }), rm(archivePath, { force: true })]);
    if (signal?.aborted) throw signal.reason;
    if (isAppError(error)) throw error;
    throw new AppError("internal", `Could not write the image archive ${outPath}: ${(error as Error).message}`);
  }
}

function toBlob(mediaType: string, document: unknown): OciBlob {
  const bytes = toJsonBytes(document);
  return { bytes, descriptor: { mediaType, digest: toSha256Digest(sha256Hex(bytes)), size: bytes.length } };
}

function sha256Hex(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function blobPath(descriptor: OciDescriptor): string {
  return BLOB_DIR + descriptor.digest.slice("sha256:".length);
}
