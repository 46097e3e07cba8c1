import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { artifactBlobContainer, toBlobStoreError } from "@/lib/artifacts";
import { db } from "@/lib/db";

// Calibration images uploaded with a conversion request are kept on the machine that took
// the request; the conversion runs on whichever worker takes its job, perhaps another
// machine. With a shared artifact store (ARTIFACT_BLOB_URL) they also go there, under
// calibration/<conversion id>/<name>, and a worker without them fetches them from it.
// Without one there is one machine, and the local folder is all there is.

const prefix = (conversionId: string) => `calibration/${conversionId}/`;

export async function shareCalibrationUploads(options: { conversionId: string; images: { name: string; bytes: Buffer }[] }): Promise<void> {
  const container = await artifactBlobContainer();
  if (!container) return;
  for (const image of options.images) {
    const name = `${prefix(options.conversionId)}${image.name}`;
    await container.client.getBlockBlobClient(name).uploadData(image.bytes).catch((error: unknown) => {
      throw toBlobStoreError(error, { action: `upload ${name}`, where: container.where });
    });
  }
}

/** Fetches the shared copies into `dir` when this machine has none; false when there are none to fetch. */
export async function fetchCalibrationUploads(options: { conversionId: string; dir: string }): Promise<boolean> {
  const container = await artifactBlobContainer();
  if (!container) return false;
  let count = 0;
  try {
    for await (const blob of container.client.listBlobsFlat({ prefix: prefix(options.conversionId) })) {
      const bytes = await container.client.getBlockBlobClient(blob.name).downloadToBuffer();
      await mkdir(options.dir, { recursive: true });
      await writeFile(path.join(options.dir, path.basename(blob.name)), bytes);
      count++;
    }
  } catch (error) {
    throw toBlobStoreError(error, { action: `read ${prefix(options.conversionId)}`, where: container.where });
  }
  return count > 0;
}

/** Deletes the shared copies (the conversion ended, or its request failed); best effort, the sweep takes what is left. */
export async function removeSharedCalibrationUploads(conversionId: string): Promise<void> {
  const container = await artifactBlobContainer().catch(() => null);
  if (!container) return;
  try {
    for await (const blob of container.client.listBlobsFlat({ prefix: prefix(conversionId) })) await container.client.deleteBlob(blob.name).catch(() => undefined);
  } catch {
    // The store is away: the sweep removes them once it is back.
  }
}

/**
 * Deletes shared calibration images of conversions no longer waiting or running, once
 * older than `minAgeMs`: what a process killed before its clean-up left. The worker's
 * artifact sweep runs it.
 */
export async function sweepSharedCalibrationUploads(options: { minAgeMs?: number } = {}): Promise<string[]> {
  const container = await artifactBlobContainer();
  if (!container) return [];
  const minAgeMs = options.minAgeMs ?? 60 * 60 * 1000;
  const old = new Map<string, string[]>();
  for await (const blob of container.client.listBlobsFlat({ prefix: "calibration/" })) {
    const id = blob.name.split("/")[1];
    if (id && Date.now() - blob.properties.lastModified.getTime() >= minAgeMs) old.set(id, [...(old.get(id) ?? []), blob.name]);
  }
  if (old.size === 0) return [];
  const active = await db.conversion.findMany({ where: { id: { in: [...old.keys()].filter(isUuid) }, state: { in: ["Queued", "Running"] } }, select: { id: true } });
  const keep = new Set(active.map((c) => c.id));
  const removed: string[] = [];
  for (const [id, names] of old) {
    if (keep.has(id)) continue;
    for (const name of names) await container.client.deleteBlob(name).then(() => removed.push(name), () => undefined);
  }
  return removed;
}

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
