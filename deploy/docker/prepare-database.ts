import { ensureEnvAdminToken } from "@/lib/auth/ensure-env-admin-token";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { env, requireDatabaseUrl } from "@/lib/env";
import { isLoopback } from "@/lib/net/is-loopback";

// What the launcher (server/studio.ts) does for `npm start` before it starts web and
// worker, for a cluster where nothing launches them: Kubernetes starts each process on
// its own (deploy/kubernetes), and this runs first as an init container of every web and
// worker pod. Each step is safe to run from many pods at once: migrations take an
// advisory lock (lib/db/apply-migrations.ts) and the admin token is an upsert.

export type PrepareDatabaseResult = { applied: string[]; hasAdmin: boolean | null };

export async function prepareDatabase(options: { log: (line: string) => void }): Promise<PrepareDatabaseResult> {
  const config = env();
  // The launcher's rule, here because no launcher runs on a cluster: a listener beyond
  // loopback lets anyone who reaches the port change everything, unless sign-in is on.
  if ((!isLoopback(config.HOST) || !isLoopback(config.WORKER_HOST)) && config.AUTH_MODE !== "token") {
    throw new Error(`HOST=${config.HOST} (WORKER_HOST=${config.WORKER_HOST}) listens beyond loopback: set AUTH_MODE=token, ACCEL_ADMIN_TOKEN and AUTH_SECRET.`);
  }
  // The launcher keeps a generated key in DATA_DIR; pods have no shared DATA_DIR, and a
  // session signed by one web pod must be read by the others.
  if (config.AUTH_MODE === "token" && !config.AUTH_SECRET) {
    throw new Error("AUTH_MODE=token on several machines needs AUTH_SECRET (at least 32 characters), the same for every web and worker.");
  }
  const { applied, alreadyApplied } = await applyMigrations({ connectionString: requireDatabaseUrl(), log: options.log });
  options.log(applied.length ? `applied ${applied.length} migration(s)` : `database schema is up to date (${alreadyApplied} migrations)`);
  if (config.AUTH_MODE !== "token") return { applied, hasAdmin: null };
  const { hasAdmin } = await ensureEnvAdminToken(config.ACCEL_ADMIN_TOKEN);
  if (!hasAdmin) throw new Error("AUTH_MODE=token needs a first admin credential: set ACCEL_ADMIN_TOKEN (at least 24 characters).");
  options.log("an admin token can sign in");
  return { applied, hasAdmin };
}
