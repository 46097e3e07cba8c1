import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startDatabase } from "../lib/db/start-database";
import { freePort } from "../lib/net/free-port";

// One real Postgres for the whole run, started the way the launcher starts it; a migrated
// template database that each test file clones (CREATE DATABASE … TEMPLATE), so files
// are isolated and start fast.

export const TEMPLATE_DB = "accel_template";

declare module "vitest" {
  export interface ProvidedContext {
    pgBaseUrl: string;
    pgTemplateDb: string;
    /** PEM key and certificate (127.0.0.1) of the Azure stand-in (tests/azure/stand-in.ts), trusted by every test process. */
    standInTls: { key: string; cert: string };
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
  project.provide("standInTls", await trustedStandInCertificate(root));
  project.provide("pgTemplateDb", TEMPLATE_DB);
  return async () => {
    await database.stop();
    await rm(root, { recursive: true, force: true });
  };
}


/**
 * A self-signed certificate for the local HTTPS stand-ins (the Azure SDKs refuse plain
 * http), trusted by the test processes through NODE_EXTRA_CA_CERTS: Node reads it when a
 * process starts, and the test forks start after this.
 */
async function trustedStandInCertificate(root: string): Promise<{ key: string; cert: string }> {
  const { generate } = await import("selfsigned");
  const pems = await generate([{ name: "commonName", value: "127.0.0.1" }], { notAfterDate: new Date(Date.now() + 2 * 86_400_000), keySize: 2048, extensions: [{ name: "subjectAltName", altNames: [{ type: 7, ip: "127.0.0.1" }, { type: 2, value: "localhost" }] }] });
  const file = path.join(root, "stand-in-ca.pem");
  await writeFile(file, pems.cert);
  process.env.NODE_EXTRA_CA_CERTS = file;
  return { key: pems.private, cert: pems.cert };
}
