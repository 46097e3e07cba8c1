// The JSON documents of an OCI image layout, per the OCI image-spec v1.1
// (https://github.com/opencontainers/image-spec/tree/v1.1.0). Section names below refer
// to that repository's files. Every document is built with a fixed key order and sorted
// maps, so that the same inputs always serialise to the same bytes and digests.

/** manifest.md, config.md, image-index.md, layer.md ("Media Types"). */
export const OCI_MEDIA_TYPES = {
  index: "application/vnd.oci.image.index.v1+json",
  manifest: "application/vnd.oci.image.manifest.v1+json",
  config: "application/vnd.oci.image.config.v1+json",
  // The uncompressed layer type: see write-oci-archive.ts for why there is no gzip.
  layerTar: "application/vnd.oci.image.layer.v1.tar",
} as const;

/** image-layout.md "oci-layout file": the only version the spec defines. */
export const OCI_LAYOUT_FILE = { imageLayoutVersion: "1.0.0" } as const;

/** annotations.md "Pre-Defined Annotation Keys". */
export const ANNOTATION_REF_NAME = "org.opencontainers.image.ref.name";
export const ANNOTATION_CREATED = "org.opencontainers.image.created";

// The platform the serving worker runs on (config.md: GOARCH/GOOS values). The layer
// holds only data, but tools that pick an image by platform need one named.
const ARCHITECTURE = "amd64";
const OS = "linux";

/** descriptor.md "Properties": digest is `<algorithm>:<lowercase hex>`, size in bytes. */
export type OciDescriptor = {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  platform?: { architecture: string; os: string };
};

/** A JSON document ready to be stored as a blob. */
export type OciBlob = { bytes: Buffer; descriptor: OciDescriptor };

export function toSha256Digest(hex: string): string {
  return `sha256:${hex}`;
}

/** Serialises a document without whitespace; the caller hashes these exact bytes. */
export function toJsonBytes(document: unknown): Buffer {
  return Buffer.from(JSON.stringify(document), "utf8");
}

/** A copy with keys in code-point order: callers' maps may arrive in any order. */
export function sortKeys(map: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export type BuildImageConfigOptions = { createdAt: Date; labels: Record<string, string>; layerDiffId: string };

/**
 * config.md "Properties": `created` is RFC 3339; `rootfs.diff_ids` are the digests of the
 * *uncompressed* layer tars, which for an uncompressed layer equal the layer digests.
 */
export function buildImageConfig(options: BuildImageConfigOptions) {
  const created = options.createdAt.toISOString();
  return {
    created,
    architecture: ARCHITECTURE,
    os: OS,
    config: { Labels: sortKeys(options.labels) },
    rootfs: { type: "layers", diff_ids: [options.layerDiffId] },
    history: [{ created, created_by: "accel-studio: pack converted model" }],
  };
}

export type BuildImageManifestOptions = { config: OciDescriptor; layer: OciDescriptor; annotations: Record<string, string> };

/** manifest.md "Image Manifest Property Descriptions": schemaVersion MUST be 2. */
export function buildImageManifest(options: BuildImageManifestOptions) {
  return {
    schemaVersion: 2,
    mediaType: OCI_MEDIA_TYPES.manifest,
    config: options.config,
    layers: [options.layer],
    annotations: sortKeys(options.annotations),
  };
}

/**
 * image-index.md and image-layout.md "index.json file". The tag lives in the ref.name
 * annotation of the manifest's descriptor: that is what `oci:dir:TAG` and
 * `oci-archive:file:TAG` references in containers/image (skopeo, podman) match against.
 */
export function buildImageIndex(options: { manifest: OciDescriptor; tag: string }) {
  return {
    schemaVersion: 2,
    mediaType: OCI_MEDIA_TYPES.index,
    manifests: [
      {
        ...options.manifest,
        platform: { architecture: ARCHITECTURE, os: OS },
        annotations: { [ANNOTATION_REF_NAME]: options.tag },
      },
    ],
  };
}
