import { rm } from "node:fs/promises";
import path from "node:path";
import { hashFile, localArtifact, lockDigest, namedStagingPath, releaseArtifact, toStagedArtifact } from "@/lib/artifacts";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { messageOf, shouldRetry, type JobAttempt } from "@/lib/jobs";
import { resourceLogger } from "@/lib/logs";
import { LABELS_FILE } from "@/lib/scoring";
import { COCO_LABELS_FILE } from "@/lib/scoring/load-coco-labels";
import { runtimeManifest } from "./runtime-manifest";
import { pushImageToRegistry } from "./push-image-to-registry";
import { imageReference } from "./to-image-dto";
import { writeOciArchive } from "./write-oci-archive";
import { logger } from "@/lib/logging";

// This process\'s own log (lib/logging), beside the resource\'s log the studio shows.
const processLog = logger("images");

const PROGRESS_WRITE_INTERVAL_MS = 250;

/**
 * The images-build job: packs the image's one converted model, its runtime manifest and
 * labels into an OCI image archive (write-oci-archive.ts), moves it into the artifact
 * store under its own sha256 and records the manifest digest, in one transaction. Safe to
 * run twice: the same inputs give the same bytes, and a finished image returns at once.
 */
export async function runImageBuild(options: { imageId: string; signal?: AbortSignal; attempt: JobAttempt }) {
  const { imageId: id, attempt } = options;
  const row = await db.image.findUnique({ where: { id }, include: { model: { include: { parent: true, resultOfConversion: true } } } });
  if (!row || row.state === "Succeeded" || row.state === "Failed") return;
  const log = resourceLogger("image", id);
  await db.image.update({ where: { id }, data: { state: "Running", startedAt: row.startedAt ?? new Date(), progress: 0, error: null } });
  await log(attempt.number > 1 ? `Building again (attempt ${attempt.number} of ${attempt.max})` : `Building ${imageReference(row)}`);
  const outPath = namedStagingPath(`image-${id}`);
  const signal = AbortSignal.any([AbortSignal.timeout(env().PIPELINE_STEP_TIMEOUT_SECONDS * 1000), ...(options.signal ? [options.signal] : [])]);
  let lastWrite = 0;
  try {
    const { model } = row;
    await rm(outPath, { force: true });
    const archive = await writeOciArchive({
      modelPath: await localArtifact(model.digest),
      modelFileName: model.fileName,
      runtimeManifest: runtimeManifest({ model, parent: model.parent, conversion: model.resultOfConversion }),
      // A detector names COCO categories; a classifier ImageNet's classes.
      extraFiles: env().LABELS_DIR ? { "labels.json": path.join(env().LABELS_DIR!, model.task === "detection" ? COCO_LABELS_FILE : LABELS_FILE) } : undefined,
      refName: `${row.name}:${row.version}`,
      createdAt: row.createdAt,
      labels: { "accel.model.name": model.name, "accel.model.version": String(model.version), "accel.model.sha256": model.digest },
      outPath,
      signal,
      onProgress: (fraction) => {
        if (Date.now() - lastWrite < PROGRESS_WRITE_INTERVAL_MS) return;
        lastWrite = Date.now();
        void db.image.updateMany({ where: { id, state: "Running" }, data: { progress: 0.95 * fraction } }).catch(() => undefined);
      },
    });
    await log(`Packed layer sha256:${archive.layerDigest.replace(/^sha256:/, "").slice(0, 12)}… (${archive.layerSizeBytes} bytes); manifest ${archive.manifestDigest}`);
    const { digest: archiveDigest, sizeBytes } = await hashFile(outPath);
    // Pushed before the row says Succeeded: a registry that refuses fails the build.
    const registryReference = await pushImageToRegistry({ image: row, archivePath: outPath, signal, log });
    const staged = toStagedArtifact({ tmpPath: outPath, digest: archiveDigest, sizeBytes });
    await staged.upload(); // to the shared blob store, if any: before the transaction, which it would outlast
    const stored = await db.$transaction(async (tx) => {
      await lockDigest(tx, archiveDigest);
      const current = await tx.image.findUnique({ where: { id }, select: { state: true } });
      if (!current || current.state !== "Running") return false; // deleted meanwhile
      await staged.commit();
      await tx.image.update({
        where: { id },
        data: { state: "Succeeded", progress: 1, digest: archive.manifestDigest.replace(/^sha256:/, ""), archiveDigest, sizeBytes: BigInt(sizeBytes), location: imageReference(row), registryReference, finishedAt: new Date() },
      });
      await tx.resourceLog.create({ data: { resourceKind: "image", resourceId: id, message: `Succeeded: ${imageReference(row)}@${archive.manifestDigest} (${sizeBytes} bytes)` } });
      return true;
    });
    if (!stored) await releaseArtifact({ digest: archiveDigest });
  } catch (error) {
    const message = messageOf(error);
    if (options.signal?.aborted || shouldRetry(error, attempt)) {
      await log(`Attempt ${attempt.number} of ${attempt.max} stopped, will retry: ${message}`, "warn");
      throw error;
    }
    if (!isAppError(error)) processLog.error({ err: error, image: id }, `image build ${id} failed`);
    await db.image.updateMany({ where: { id, state: "Running" }, data: { state: "Failed", error: message, finishedAt: new Date() } });
    await log(`Failed: ${message}`, "error");
  } finally {
    await rm(outPath, { force: true });
  }
}
