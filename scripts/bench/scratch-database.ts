import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { disconnectDb } from "@/lib/db";
import { startDatabase } from "@/lib/db/start-database";
import { setEnv } from "@/lib/env";
import { freePort } from "@/lib/net/free-port";

/**
 * A throwaway embedded Postgres and data directory for a bench that runs the services
 * in-process (no launcher, no ports anyone else uses): migrated, set as this process's
 * DATABASE_URL and DATA_DIR, and removed by `stop`.
 */
export async function startScratchDatabase(): Promise<{ dataDir: string; stop: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), "accel-bench-"));
  const database = await startDatabase({
    dataDir: path.join(root, "pg"),
    port: await freePort(),
    database: "accel",
    stageRoot: path.join(root, "stage"),
    isEphemeral: true,
  });
  const dataDir = path.join(root, "data");
  setEnv({ DATABASE_URL: database.url, DATA_DIR: dataDir });
  return {
    dataDir,
    stop: async () => {
      await disconnectDb();
      await database.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}

