import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

/** sha256 hex (or another algorithm's: Azure blobs carry MD5) and size of a file, streamed. */
export async function hashFile(file: string, algorithm = "sha256"): Promise<{ digest: string; sizeBytes: number }> {
  const hash = createHash(algorithm);
  let sizeBytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    sizeBytes += (chunk as Buffer).length;
  }
  return { digest: hash.digest("hex"), sizeBytes };
}
