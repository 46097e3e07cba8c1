import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";

// Runs before each test file: a fresh database cloned from the migrated template and
// a fresh artifact directory, set in the environment before any app module reads it.

const base = inject("pgBaseUrl");
const template = inject("pgTemplateDb");
const database = `test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;

const admin = new pg.Client({ connectionString: base });
await admin.connect();
try {
  await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
} finally {
  await admin.end();
}

const url = new URL(base);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();
process.env.ARTIFACT_DIR = await mkdtemp(path.join(tmpdir(), "accel-test-artifacts-"));
process.env.DATA_DIR = path.dirname(process.env.ARTIFACT_DIR);
process.env.MODEL_MIRROR_DIR ??= path.resolve(import.meta.dirname, "../../shared/data/models");
