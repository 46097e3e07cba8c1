import { spawn, type ChildProcess } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded-postgres";
import { env, setEnv } from "@/lib/env";

// Brings up the three processes of ARCHITECTURE.md and takes them down together:
// embedded Postgres (only without DATABASE_URL), then migrations, then web and worker.

const say = (line: string) => console.log(`[start] ${line}`);

export async function runStudio(options: { root: string; isDev: boolean }) {
  const { root } = options;
  const config = env();
  await mkdir(config.DATA_DIR, { recursive: true });

  let database: EmbeddedDatabase | undefined;
  if (!config.DATABASE_URL) {
    say(`starting embedded Postgres on 127.0.0.1:${config.EMBEDDED_PG_PORT} (data in ${path.join(config.DATA_DIR, "pg")})`);
    database = await startEmbeddedPostgres({
      dataDir: path.join(config.DATA_DIR, "pg"),
      port: config.EMBEDDED_PG_PORT,
      logFile: path.join(config.DATA_DIR, "postgres.log"),
    });
    await database.ensureDatabase("accel");
    setEnv({ DATABASE_URL: database.urlFor("accel") });
  }
  const databaseUrl = env().DATABASE_URL!;
  const { applied } = await applyMigrations({ connectionString: databaseUrl, log: say });
  say(applied.length ? `applied ${applied.length} migration(s)` : "database schema is up to date");

  const childEnv = { ...process.env, DATABASE_URL: databaseUrl };
  const children: ChildProcess[] = [
    spawnChild("web", process.execPath, ["--import", "tsx", "scripts/web-server.ts", ...(options.isDev ? ["--dev"] : [])], { ...childEnv, NODE_ENV: options.isDev ? "development" : "production" }, root),
    spawnChild("worker", process.execPath, ["--import", "tsx", "worker/index.ts"], childEnv, root),
  ];

  if (config.MODEL_MIRROR_DIR) {
    const { requestDefaultPulls } = await import("@/lib/pulls");
    const { queued } = await requestDefaultPulls({ ids: config.DEFAULT_MODELS.split(",").map((s) => s.trim()).filter(Boolean) });
    if (queued.length) say(`pulling default models from ${config.MODEL_MIRROR_DIR}: ${queued.join(", ")}`);
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb();
  }
  say(`studio at http://localhost:${config.PORT} — Ctrl-C stops everything`);

  let isStopping = false;
  const stop = async (reason: string, code: number) => {
    if (isStopping) return;
    isStopping = true;
    say(`${reason}: stopping web and worker…`);
    await Promise.all(children.map((child) => stopChild(child)));
    if (database) {
      say("stopping embedded Postgres…");
      await database.stop();
    }
    say("stopped");
    process.exit(code);
  };
  process.on("SIGINT", () => void stop("SIGINT", 0));
  process.on("SIGTERM", () => void stop("SIGTERM", 0));
  for (const child of children) {
    child.once("exit", (code) => void stop(`${(child as ChildProcess & { label: string }).label} exited with ${code}`, code ?? 1));
  }
  await new Promise(() => {}); // run until a signal or a child exits
}

function spawnChild(label: string, command: string, args: string[], childEnv: NodeJS.ProcessEnv, cwd: string): ChildProcess {
  // A process group of its own: the launcher decides when children stop, so a Ctrl-C
  // that reaches the whole terminal group does not race the orderly shutdown below.
  const child = spawn(command, args, { cwd, env: childEnv, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const prefix = (chunk: Buffer) =>
    chunk.toString().split("\n").filter(Boolean).map((line) => `[${label}] ${line}`).join("\n") + "\n";
  child.stdout?.on("data", (chunk: Buffer) => process.stdout.write(prefix(chunk)));
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  return Object.assign(child, { label });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 25_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
