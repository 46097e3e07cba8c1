import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import net from "node:net";
import type { TestProject } from "vitest/node";
import { startDatabase } from "../lib/db/start-database";

// One real Postgres for the whole run, started the way the launcher starts it; a migrated
// template database that each test file clones (CREATE DATABASE … TEMPLATE), so files
// are isolated and start fast.

export const TEMPLATE_DB = "accel_template";

declare module "vitest" {
  export interface ProvidedContext {
    pgBaseUrl: string;
    pgTemplateDb: string;
  }
}

export default async function setup(project: TestProject) {
  const root = await mkdtemp(path.join(tmpdir(), "accel-test-pg-"));
  const database = await startDatabase({
    dataDir: path.join(root, "pg"),
    port: await freePort(),
    database: TEMPLATE_DB,
    stageRoot: path.join(root, "stage"),
    isEphemeral: true,
  });
  project.provide("pgBaseUrl", database.baseUrl!);
  project.provide("pgTemplateDb", TEMPLATE_DB);
  return async () => {
    await database.stop();
    await rm(root, { recursive: true, force: true });
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
