import path from "node:path";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import net from "node:net";
import { env, setEnv } from "@/lib/env";

/**
 * Runs `work` against the studio's database: DATABASE_URL when set; otherwise the
 * embedded one in DATA_DIR (started for the duration when the studio is not running).
 */
export async function withStudioDatabase<T>(work: () => Promise<T>): Promise<T> {
  const config = env();
  if (config.DATABASE_URL) return work();
  const port = config.EMBEDDED_PG_PORT;
  const isRunning = await isPortOpen(port);
  const database = isRunning
    ? undefined
    : await startEmbeddedPostgres({ dataDir: path.join(config.DATA_DIR, "pg"), port, logFile: path.join(config.DATA_DIR, "postgres.log") });
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/accel`;
  await database?.ensureDatabase("accel");
  setEnv({ DATABASE_URL: url });
  await applyMigrations({ connectionString: url });
  try {
    return await work();
  } finally {
    await database?.stop();
  }
}

function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}
