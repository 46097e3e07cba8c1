import type { Image } from "@/lib/db";
import { configuredRegistry, pushImage, repositoryName } from "@/lib/registry";

/**
 * The build's last step before it records success: when a registry is configured
 * (REGISTRY_URL), push the built archive to `<prefix>/<image name>:<version>`, telling the
 * image's log what goes where. Returns the pushed reference, or null without a registry.
 * A refusal or an unreachable registry throws (lib/registry/registry-error.ts), so the
 * build fails, after the job's retries when the failure may pass.
 */
export async function pushImageToRegistry(options: {
  image: Pick<Image, "name" | "version">;
  archivePath: string;
  signal?: AbortSignal;
  log: (message: string) => Promise<unknown>;
}): Promise<string | null> {
  const { image, log } = options;
  const registry = configuredRegistry();
  if (!registry) return null;
  const repository = repositoryName({ imageName: image.name, prefix: registry.repositoryPrefix });
  const tag = String(image.version);
  await log(`Pushing to ${registry.host}/${repository}:${tag}`);
  const blobs: string[] = [];
  const pushed = await pushImage({
    archivePath: options.archivePath,
    registry,
    repository,
    tag,
    signal: options.signal,
    onBlob: (blob) => void blobs.push(`${blob.digest.slice(0, 19)}… ${blob.isPresent ? "already there" : `uploaded (${blob.size} bytes)`}`),
  });
  await log(`Pushed ${repository}:${tag}@${pushed.digest} to ${registry.host} (blobs: ${blobs.join(", ")})`);
  return pushed.reference;
}
