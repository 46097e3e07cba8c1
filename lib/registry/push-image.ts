import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { AppError } from "@/lib/errors";
import { readArchiveEntries, type ArchiveEntry } from "./read-archive-entries";
import { createRegistryClient, type RegistryClient } from "./registry-client";
import type { RegistryConfig } from "./registry-config";
import { formatRegistryReference } from "./registry-reference";

export type PushImageOptions = {
  /** A tar of an OCI image layout holding one image (lib/images/write-oci-archive.ts). */
  archivePath: string;
  registry: RegistryConfig;
  repository: string;
  tag: string;
  signal?: AbortSignal;
  /** Told of each blob: uploaded, or already in the repository. */
  onBlob?: (blob: { digest: string; size: number; isPresent: boolean }) => void;
};

type Descriptor = { mediaType: string; digest: string; size: number };

/**
 * Pushes the image of an OCI archive to a registry with the distribution API
 * (distribution-spec spec.md, "Push"): each blob the repository lacks (HEAD → 404) is
 * uploaded with POST /v2/<name>/blobs/uploads/ and one PUT of its bytes to the returned
 * Location with ?digest=, streamed from its place in the archive; then the manifest is
 * PUT under the tag, with its own media type. Blobs first: a registry refuses a manifest
 * whose blobs it does not hold (MANIFEST_BLOB_UNKNOWN).
 */
export async function pushImage(options: PushImageOptions): Promise<{ reference: string; digest: string }> {
  const { archivePath, repository, tag, signal } = options;
  const entries = await readArchiveEntries(archivePath);
  const readJson = async (name: string) => JSON.parse((await readEntry(archivePath, entryOrThrow(entries, name))).toString("utf8"));
  // image-layout.md: index.json lists the manifest; write-oci-archive.ts puts exactly one there.
  const index = (await readJson("index.json")) as { manifests?: Descriptor[] };
  const manifestDescriptor = index.manifests?.[0];
  if (!manifestDescriptor) throw new AppError("internal", `The image archive ${archivePath} lists no manifest.`);
  const manifestBytes = await readEntry(archivePath, entryOrThrow(entries, blobName(manifestDescriptor.digest)));
  const manifest = JSON.parse(manifestBytes.toString("utf8")) as { config: Descriptor; layers: Descriptor[] };

  const client = createRegistryClient({ baseUrl: options.registry.baseUrl, credentials: options.registry.credentials });
  const scope = `repository:${repository}:pull,push`;
  // spec.md "Determining support": GET /v2/ first, as docker and skopeo do. It meets the
  // auth challenge on a request whose refusal has a body: a HEAD's 401 carries no reason.
  const ping = await client.request({ method: "GET", path: "/v2/", scope, expect: [200], action: `accept the credentials for ${repository}`, signal });
  await ping.body?.cancel();
  for (const blob of [manifest.config, ...manifest.layers]) {
    const isPresent = await pushBlob({ client, repository, scope, blob, entry: entryOrThrow(entries, blobName(blob.digest)), archivePath, signal });
    options.onBlob?.({ digest: blob.digest, size: blob.size, isPresent });
  }
  const put = await client.request({
    method: "PUT",
    path: `/v2/${repository}/manifests/${encodeURIComponent(tag)}`,
    scope,
    headers: { "content-type": manifestDescriptor.mediaType },
    body: () => new Uint8Array(manifestBytes),
    expect: [201],
    action: `take the manifest of ${repository}:${tag}`,
    signal,
  });
  await put.body?.cancel();
  // A registry names what it stored by digest (Docker-Content-Digest); a different one would mean it rewrote the manifest.
  const stored = put.headers.get("docker-content-digest");
  if (stored && stored !== manifestDescriptor.digest) {
    throw new AppError("registry_refused", `The registry ${client.host} stored ${repository}:${tag} as ${stored}, not as the pushed ${manifestDescriptor.digest}.`);
  }
  const reference = formatRegistryReference({ host: client.host, repository, tag, digest: manifestDescriptor.digest });
  return { reference, digest: manifestDescriptor.digest };
}

async function pushBlob(options: { client: RegistryClient; repository: string; scope: string; blob: Descriptor; entry: ArchiveEntry; archivePath: string; signal?: AbortSignal }): Promise<boolean> {
  const { client, repository, scope, blob, entry, archivePath, signal } = options;
  if (entry.size !== blob.size) throw new AppError("internal", `The archive holds ${entry.size} bytes for ${blob.digest}, its descriptor says ${blob.size}.`);
  const head = await client.request({ method: "HEAD", path: `/v2/${repository}/blobs/${blob.digest}`, scope, expect: [200, 404], action: `look for blob ${blob.digest}`, signal });
  if (head.status === 200) return true;
  const started = await client.request({ method: "POST", path: `/v2/${repository}/blobs/uploads/`, scope, expect: [202], action: `start a blob upload to ${repository}`, signal });
  await started.body?.cancel();
  const location = started.headers.get("location");
  if (!location) throw new AppError("registry_refused", `The registry ${client.host} started an upload without a Location.`);
  // The Location may be relative and may carry a query of its own (distribution's _state).
  const target = new URL(location, client.baseUrl);
  target.searchParams.set("digest", blob.digest);
  const done = await client.request({
    method: "PUT",
    path: target.toString(),
    scope,
    headers: { "content-type": "application/octet-stream", "content-length": String(blob.size) },
    // The blob's bytes where they lie in the archive: streamed, never read whole.
    body: () => createReadStream(archivePath, { start: entry.offset, end: entry.offset + entry.size - 1, highWaterMark: 1 << 20 }),
    expect: [201],
    action: `take blob ${blob.digest} (${blob.size} bytes)`,
    signal,
  });
  await done.body?.cancel();
  return false;
}

function blobName(digest: string): string {
  return `blobs/${digest.replace(":", "/")}`;
}

function entryOrThrow(entries: Map<string, ArchiveEntry>, name: string): ArchiveEntry {
  const entry = entries.get(name);
  if (!entry) throw new AppError("internal", `The image archive has no ${name}.`);
  return entry;
}

async function readEntry(file: string, entry: ArchiveEntry): Promise<Buffer> {
  const handle = await open(file, "r");
  try {
    const bytes = Buffer.alloc(entry.size);
    await handle.read(bytes, 0, entry.size, entry.offset);
    return bytes;
  } finally {
    await handle.close();
  }
}
