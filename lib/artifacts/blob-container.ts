import type { ContainerClient, StoragePipelineOptions } from "@azure/storage-blob";
import { env } from "@/lib/env";

// The shared store of a cluster (ARTIFACT_BLOB_URL): one blob per artifact, named
// sha256/<digest>, in one container. The Azure SDKs are loaded on first use only, so
// that a local-only install (and every model thread) never pays for them.

// A request that fails on the network is retried a few times, quickly: a store that is
// down must become a clear error within seconds, not after the SDK's minutes of back-off.
// A try may take long (an 8 MiB block over a slow link), but not for ever.
const PIPELINE: StoragePipelineOptions = { retryOptions: { maxTries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 2000, tryTimeoutInMs: 120_000 } };

export type ArtifactBlobContainer = { client: ContainerClient; /** For messages: the container's URL, never a secret. */ where: string };

let cached: { key: string; container: Promise<ArtifactBlobContainer> } | undefined;

/** The configured container, or null when the artifact store is ARTIFACT_DIR alone. */
export async function artifactBlobContainer(): Promise<ArtifactBlobContainer | null> {
  const { ARTIFACT_BLOB_URL: url, ARTIFACT_BLOB_CONNECTION_STRING: connectionString, ARTIFACT_BLOB_CONTAINER: containerName } = env();
  if (!url && !connectionString) return null;
  // Keyed by the settings, so that a test switching them (setEnv) gets a new client.
  const key = JSON.stringify([url, connectionString, containerName]);
  if (cached?.key !== key) {
    const container = openContainer({ url, connectionString, containerName });
    cached = { key, container };
    container.catch(() => (cached = cached?.container === container ? undefined : cached));
  }
  return cached.container;
}

async function openContainer(options: { url?: string; connectionString?: string; containerName?: string }): Promise<ArtifactBlobContainer> {
  const { BlobServiceClient, ContainerClient } = await import("@azure/storage-blob");
  if (options.connectionString) {
    const name = options.containerName ?? (options.url ? lastPathSegment(options.url) : undefined);
    if (!name) throw new Error("Invalid environment: ARTIFACT_BLOB_CONNECTION_STRING needs a container: set ARTIFACT_BLOB_CONTAINER, or ARTIFACT_BLOB_URL to the container's URL.");
    const client = BlobServiceClient.fromConnectionString(options.connectionString, PIPELINE).getContainerClient(name);
    return { client, where: withoutQuery(client.url) };
  }
  const url = options.url!;
  if (!lastPathSegment(url)) throw new Error(`Invalid environment: ARTIFACT_BLOB_URL must name a container (https://<account>.blob.core.windows.net/<container>), not ${withoutQuery(url)}.`);
  const { DefaultAzureCredential } = await import("@azure/identity");
  return { client: new ContainerClient(url, new DefaultAzureCredential(), PIPELINE), where: withoutQuery(url) };
}

/** The blob of one artifact: the same content-addressed name on every machine. */
export function artifactBlobName(digest: string): string {
  return `sha256/${digest}`;
}

function lastPathSegment(url: string): string | undefined {
  return new URL(url).pathname.split("/").filter(Boolean).at(-1);
}

function withoutQuery(url: string): string {
  return url.split("?")[0];
}
