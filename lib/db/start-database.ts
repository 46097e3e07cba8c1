import path from "node:path";
import { applyMigrations } from "./apply-migrations";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { locatePostgresBinaries } from "./locate-postgres-binaries";
import { placePostgresData } from "./place-postgres-data";
import { ensurePostgresUser } from "./postgres-user";

export type StartedDatabase = {
  /** The migrated application database. */
  url: string;
  /** The maintenance database of the embedded cluster (tests clone templates through it). */
  baseUrl?: string;
  isEmbedded: boolean;
  stop: () => Promise<void>;
};

/**
 * The one way every process that owns a database brings it up — the launcher, the CLI,
 * the benches and the test set-up: the operator's `databaseUrl` when given, otherwise an
 * embedded PostgreSQL in `dataDir`; then `database` is created if missing and migrated.
 */
export async function startDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  port: number;
  database: string;
  /** Where root stages binaries and data the `postgres` user cannot reach (EMBEDDED_PG_STAGE_DIR). */
  stageRoot: string;
  log?: (line: string) => void;
  isEphemeral?: boolean;
  /** The PostgreSQL build to run (its native/ folder); the installed platform package by default. */
  nativeDir?: string;
}): Promise<StartedDatabase> {
  const log = options.log ?? (() => {});
  if (options.databaseUrl) {
    await migrate(options.databaseUrl, log);
    return { url: options.databaseUrl, isEmbedded: false, stop: async () => {} };
  }
  const runAs = ensurePostgresUser();
  const binaries = await locatePostgresBinaries({ runAs, stageRoot: options.stageRoot, nativeDir: options.nativeDir });
  if (binaries.isStaged) log(`the ${runAs!.name} user cannot reach node_modules here, so Postgres runs from a copy in ${path.dirname(binaries.binDir)}`);
  const place = await placePostgresData({ dataDir: options.dataDir, runAs, stageRoot: options.stageRoot });
  const where = place.isStaged ? `${place.dataDir}, outside ${path.dirname(options.dataDir)} which the ${runAs!.name} user cannot reach` : place.dataDir;
  log(`starting embedded Postgres on 127.0.0.1:${options.port} (data in ${where})`);
  const server = await startEmbeddedPostgres({
    binaries,
    runAs,
    dataDir: place.dataDir,
    port: options.port,
    logFile: path.join(path.dirname(options.dataDir), "postgres.log"),
    isEphemeral: options.isEphemeral,
  });
  try {
    await server.ensureDatabase(options.database);
    const url = server.urlFor(options.database);
    await migrate(url, log);
    return { url, baseUrl: server.baseUrl, isEmbedded: true, stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

async function migrate(url: string, log: (line: string) => void) {
  const { applied } = await applyMigrations({ connectionString: url, log });
  log(applied.length ? `applied ${applied.length} migration(s)` : "database schema is up to date");
}
