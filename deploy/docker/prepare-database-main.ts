// Entry point of the init container (compiled by the Dockerfile to
// dist/server/prepare-database.mjs): prepares the database, then exits, 0 on success.
import { disconnectDb } from "@/lib/db";
import { logger } from "@/lib/logging";
import { prepareDatabase } from "./prepare-database";

const log = logger("prepare-database");

try {
  await prepareDatabase({ log: (line) => log.info(line) });
  await disconnectDb();
} catch (error) {
  log.fatal(error instanceof Error ? error.message : String(error));
  await disconnectDb().catch(() => {});
  process.exitCode = 1;
}
