// `prisma generate` without network: Prisma 7's client needs no engine, but the CLI
// looks for the schema-engine binary first and tries to download it. Any executable
// satisfies that look-up (ENVIRONMENT.md), so point it at node itself unless the
// operator has a real engine.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, "generate"], {
  stdio: "inherit",
  env: { PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1", ...process.env },
});
process.exit(result.status ?? 1);
