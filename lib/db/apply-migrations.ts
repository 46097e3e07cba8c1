import { randomUUID } from "node:crypto";
import pg from "pg";
import { Logger, runMigrations as runGraphileMigrations } from "graphile-worker";
import { CREATE_PRISMA_MIGRATIONS_TABLE, readMigrationFiles, type AppliedMigration } from "./migrations";

// Any fixed 64-bit key works; it only has to be the same in every process that migrates,
// so that web, worker and tests starting together apply each migration exactly once.
const MIGRATION_LOCK_KEY = 72_700_416_001;

export type ApplyMigrationsResult = { applied: string[]; alreadyApplied: number };

export async function applyMigrations(options: {
  connectionString: string;
  migrationsDir?: string;
  log?: (line: string) => void;
}): Promise<ApplyMigrationsResult> {
  const log = options.log ?? (() => {});
  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(CREATE_PRISMA_MIGRATIONS_TABLE);
    const files = await readMigrationFiles(options.migrationsDir);
    const { rows } = await client.query<AppliedMigration>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const done = new Map(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => [r.migration_name, r]));
    const applied: string[] = [];
    for (const file of files) {
      const previous = done.get(file.name);
      if (previous) {
        if (previous.checksum !== file.checksum) {
          log(`warning: migration ${file.name} was modified after it was applied`);
        }
        continue;
      }
      await applyOne(client, file, log);
      applied.push(file.name);
    }
    // graphile-worker keeps its own schema and versioning; run it under the same lock.
    await runGraphileMigrations({ connectionString: options.connectionString, logger: quietLogger(log) });
    return { applied, alreadyApplied: files.length - applied.length };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

async function applyOne(
  client: pg.Client,
  file: { name: string; sql: string; checksum: string },
  log: (line: string) => void,
): Promise<void> {
  const id = randomUUID();
  log(`applying migration ${file.name}`);
  // Unlike Prisma we wrap each migration in a transaction: a failure leaves the schema
  // as it was, so the attempt is recorded as rolled back and the next start retries.
  try {
    await client.query("BEGIN");
    await client.query(file.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [id, file.checksum, file.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    const message = error instanceof Error ? error.message : String(error);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES ($1, $2, $3, $4, now(), now(), 0)`,
      [id, file.checksum, file.name, message],
    );
    throw new Error(`Migration ${file.name} failed and was rolled back: ${message}`);
  }
}

function quietLogger(log: (line: string) => void): Logger {
  return new Logger(() => (level, message) => {
    if (level === "error" || level === "warning") log(`graphile-worker ${level}: ${message}`);
  });
}
