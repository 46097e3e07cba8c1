// The launcher (`npm start`, through scripts/start.mjs): the three processes of the
// README's "What runs" — Postgres (embedded unless DATABASE_URL is set), web and worker —
// brought up in order, supervised while they run, and stopped in order: web and worker
// first, Postgres last.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startDatabase } from "@/lib/db/start-database";
import { env, setEnv } from "@/lib/env";
import { isLoopback } from "@/lib/net/is-loopback";
import { superviseProcess, type SupervisedProcess } from "./supervise-process";

const say = (line: string) => console.log(`[start] ${line}`);

// Compiled by `npm run build` into dist/server/*.mjs, the launcher starts the compiled
// web and worker beside it; run from source (`npm run dev`), it starts them through tsx.
const here = path.dirname(fileURLToPath(import.meta.url));
const isCompiled = import.meta.url.endsWith(".mjs");

export async function runStudio(options: { root: string; isDev: boolean }) {
  const { root, isDev } = options;
  const config = env();
  // Beyond loopback, anyone who can reach a port could change everything: refuse that without sign-in.
  if ((!isLoopback(config.HOST) || !isLoopback(config.WORKER_HOST)) && config.AUTH_MODE !== "token") {
    throw new Error(`HOST=${config.HOST}${config.WORKER_HOST !== config.HOST ? ` (WORKER_HOST=${config.WORKER_HOST})` : ""} exposes the studio beyond this machine: set AUTH_MODE=token and ACCEL_ADMIN_TOKEN (see "Exposing the studio" in the README).`);
  }
  await mkdir(config.DATA_DIR, { recursive: true });
  const database = await startDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: path.join(config.DATA_DIR, "pg"),
    port: config.EMBEDDED_PG_PORT,
    database: "accel",
    stageRoot: config.EMBEDDED_PG_STAGE_DIR,
    log: say,
  });
  setEnv({ DATABASE_URL: database.url });
  if (config.AUTH_MODE === "token") {
    const { hasAdmin } = await provisionAdminToken(config.ACCEL_ADMIN_TOKEN);
    if (!hasAdmin) {
      await database.stop();
      throw new Error("AUTH_MODE=token needs a first admin credential: set ACCEL_ADMIN_TOKEN (at least 24 characters) and start again.");
    }
    if (!config.AUTH_SECRET) setEnv({ AUTH_SECRET: await readOrCreateSecret(path.join(config.DATA_DIR, "auth-secret")) });
    say(`AUTH_MODE=token: every /api/v1 route and studio page needs a token or a signed-in session`);
  }

  // MALLOC_ARENA_MAX=2 (unless the operator set it): glibc gives each thread that
  // allocates its own malloc arena, so memory a model thread freed after a conversion
  // could not serve onnxruntime's next session; with two shared arenas a ResNet-50
  // conversion grew the worker's peak RSS by 179 MB instead of 203 MB, and it started
  // 88 MB smaller (bench:pipeline, BENCHMARKS.md).
  // WORKER_DRAIN_SECONDS=0: the launcher's one worker has nobody to hand its nodes to and
  // no load balancer to leave, so Ctrl-C stops it at once (Kubernetes keeps the default).
  const childEnv: NodeJS.ProcessEnv = { MALLOC_ARENA_MAX: "2", WORKER_DRAIN_SECONDS: "0", ...process.env, DATABASE_URL: database.url, NODE_ENV: isDev ? "development" : "production" };
  let isStopping = false;
  const children: SupervisedProcess[] = [];
  const stop = async (reason: string, code: number) => {
    if (isStopping) return;
    isStopping = true;
    say(`${reason}: stopping web and worker…`);
    await Promise.all(children.map((child) => child.stop()));
    if (database.isEmbedded) say("stopping embedded Postgres…");
    await database.stop();
    say("stopped");
    process.exit(code);
  };
  const supervise = (name: "web" | "worker", extraArgs: string[] = []) =>
    superviseProcess({
      name,
      command: process.execPath,
      args: [...profileArgs(config.CPU_PROFILE_DIR, name), ...entryArgs(root, name), ...extraArgs],
      // Each JSON log line names its process (lib/logging), so the relay need not.
      env: { ...childEnv, ACCEL_PROCESS: name },
      cwd: root,
      log: say,
      onGiveUp: (reason) => void stop(reason, 1),
    });
  children.push(supervise("web", isDev ? ["--dev"] : []), supervise("worker"));
  process.on("SIGINT", () => void stop("SIGINT", 0));
  process.on("SIGTERM", () => void stop("SIGTERM", 0));

  if (config.MODEL_MIRROR_DIR) {
    // Not fatal: the studio serves without its default models, and says why.
    await requestDefaultModels(config.MODEL_MIRROR_DIR, config.DEFAULT_MODELS).catch((error: Error) => say(`could not queue the default models: ${error.message}`));
  }
  const shown = isLoopback(config.HOST) ? "localhost" : config.HOST;
  say(`studio at http://${shown}:${config.PORT} — Ctrl-C stops everything`);
}

// Every score allocates about a megabyte outside the JS heap (the image, its pixels, the
// tensor), and the scavenges that pressure triggers promote the request's objects. With
// V8's default initial old space (a few MB above the ~27 MB live after start) that set off
// a full mark-compact every ten requests or so: 58 per 560 scores, +30% CPU per request
// against 0 with room to grow (measured with --trace-gc; BENCHMARKS.md). The space is
// reserved, not used: the heap still grows only as it needs to.
const NODE_FLAGS = ["--initial-old-space-size=128"];

function entryArgs(root: string, name: "web" | "worker"): string[] {
  return isCompiled ? [...NODE_FLAGS, path.join(here, `${name}.mjs`)] : [...NODE_FLAGS, "--import", "tsx", path.join(root, "server", `${name}.ts`)];
}

// --cpu-prof is refused in NODE_OPTIONS, so the launcher passes it itself when asked;
// each process writes its profile when it stops (scripts/profile-protocol.ts reads them).
function profileArgs(dir: string | undefined, name: "web" | "worker"): string[] {
  return dir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(dir, name)}`] : [];
}

// The key that signs session cookies, kept beside the data so sessions outlive a restart;
// readable by this user only. AUTH_SECRET overrides it (several web processes, one key).
async function readOrCreateSecret(file: string): Promise<string> {
  const existing = await readFile(file, "utf8").catch(() => "");
  if (existing.trim().length >= 32) return existing.trim();
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

// The launcher opens the database only for these start-up steps, and closes it after each.
async function provisionAdminToken(secret: string | undefined) {
  const { ensureEnvAdminToken } = await import("@/lib/auth/ensure-env-admin-token");
  const { disconnectDb } = await import("@/lib/db");
  try {
    return await ensureEnvAdminToken(secret);
  } finally {
    await disconnectDb();
  }
}

async function requestDefaultModels(mirrorDir: string, ids: string) {
  const { requestDefaultPulls } = await import("@/lib/pulls");
  const { disconnectDb } = await import("@/lib/db");
  try {
    const { queued } = await requestDefaultPulls({ ids: ids.split(",").map((s) => s.trim()).filter(Boolean) });
    if (queued.length) say(`pulling default models from ${mirrorDir}: ${queued.join(", ")}`);
  } finally {
    await disconnectDb();
  }
}
