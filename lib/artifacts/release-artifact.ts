import { rm } from "node:fs/promises";
import { db, type Prisma } from "@/lib/db";
import { logger } from "@/lib/logging";
import { artifactBlobContainer } from "./blob-container";
import { deleteArtifactBlob } from "./delete-artifact-blob";
import { artifactPath } from "./paths";

const log = logger("artifacts");

/**
 * A store request made while holding a transaction open must end well within Prisma's
 * interactive transaction timeout (5 s by default), or the transaction is lost.
 */
export const IN_TRANSACTION_TIMEOUT_MS = 4000;

/**
 * Serialises "is this digest still used?" against a registration of the same digest,
 * which takes the same lock before moving its file into place and inserting its row.
 */
export async function lockDigest(tx: Prisma.TransactionClient, digest: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${"artifact:" + digest}, 0))`;
}

/** Whether a model or an image row refers to the digest (call under lockDigest). */
export async function isDigestReferenced(tx: Prisma.TransactionClient, digest: string): Promise<boolean> {
  const [models, images] = await Promise.all([
    tx.model.count({ where: { digest } }),
    tx.image.count({ where: { archiveDigest: digest } }),
  ]);
  return models + images > 0;
}

/**
 * Deletes a stored file once no row refers to its digest any more: this machine's copy
 * and, with a blob store, the blob (other machines' cached copies go at their sweep). The
 * row is gone already, so a store that fails now is logged, not thrown: the sweep
 * removes the blob later.
 */
export async function releaseArtifact(options: { digest: string }): Promise<boolean> {
  const { digest } = options;
  const container = await artifactBlobContainer();
  return db.$transaction(async (tx) => {
    await lockDigest(tx, digest);
    if (await isDigestReferenced(tx, digest)) return false;
    await rm(artifactPath(digest), { force: true });
    if (container) {
      await deleteArtifactBlob({ container, digest, signal: AbortSignal.timeout(IN_TRANSACTION_TIMEOUT_MS) }).catch((error: Error) =>
        log.warn(`could not delete the blob of ${digest} (the sweep will): ${error.message}`),
      );
    }
    return true;
  });
}
