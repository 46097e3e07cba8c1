import net from "node:net";
import path from "node:path";
import { startDatabase } from "@/lib/db/start-database";
import { env, setEnv } from "@/lib/env";

/**
 * Runs `work` against the studio's database: DATABASE_URL when set; otherwise the
 * embedded one in DATA_DIR, started for the duration when the studio is not running.
 */
export async function withStudioDatabase<T>(work: () => Promise<T>): Promise<T> {
  const config = env();
  const isRunning = !config.DATABASE_URL && (await isPortOpen(config.EMBEDDED_PG_PORT));
  const database = isRunning
    ? { url: `postgresql://postgres:postgres@127.0.0.1:${config.EMBEDDED_PG_PORT}/accel`, stop: async () => {} }
    : await startDatabase({
        databaseUrl: config.DATABASE_URL,
        dataDir: path.join(config.DATA_DIR, "pg"),
        port: config.EMBEDDED_PG_PORT,
        database: "accel",
        stageRoot: config.EMBEDDED_PG_STAGE_DIR,
      });
  setEnv({ DATABASE_URL: database.url });
  try {
    return await work();
  } finally {
    await database.stop();
  }
}

function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}
