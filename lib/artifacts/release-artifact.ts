import { rm } from "node:fs/promises";
import { db, type Prisma } from "@/lib/db";
import { artifactPath } from "./paths";

/**
 * Serialises "is this digest still used?" against a registration of the same digest,
 * which takes the same lock before moving its file into place and inserting its row.
 */
export async function lockDigest(tx: Prisma.TransactionClient, digest: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${"artifact:" + digest}, 0))`;
}

/** Deletes a stored file once no row refers to its digest any more. */
export async function releaseArtifact(options: { digest: string }): Promise<boolean> {
  const { digest } = options;
  return db.$transaction(async (tx) => {
    await lockDigest(tx, digest);
    const [models, images] = await Promise.all([
      tx.model.count({ where: { digest } }),
      tx.image.count({ where: { archiveDigest: digest } }),
    ]);
    if (models + images > 0) return false;
    await rm(artifactPath(digest), { force: true });
    return true;
  });
}
