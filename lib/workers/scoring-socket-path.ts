import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Where a worker's scoring host also listens on a Unix-domain socket, for web on the same
 * machine. Loopback TCP runs the whole TCP stack inside each write of a 100–200 KB image
 * (BENCHMARKS.md, issue 11); a Unix socket copies the bytes and nothing more. Named from
 * the worker id (hashed: a socket path may not exceed 107 bytes), so web finds it from
 * the worker's row without another column.
 */
export function scoringSocketPath(workerId: string): string {
  return path.join(tmpdir(), `accel-scoring-${createHash("sha256").update(workerId).digest("hex").slice(0, 16)}.sock`);
}
