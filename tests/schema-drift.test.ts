import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { diffDatabaseSchemas } from "@/lib/db/diff-database-schemas";
import { expectedSchemaFromDmmf } from "@/lib/db/expected-schema-from-dmmf";
import { readDatabaseSchema } from "@/lib/db/read-database-schema";
import { requireDatabaseUrl } from "@/lib/env";

// The migrations are hand-written SQL (the schema engine cannot be downloaded here), so
// nothing but this test keeps them equal to prisma/schema.prisma: it compares the
// migrated database, read from pg_catalog, with what Prisma itself says the schema means
// (its DMMF, from the schema engine's Wasm build), in both directions.

const SCHEMA_PATH = path.resolve(import.meta.dirname, "../prisma/schema.prisma");

// graphile-worker owns its schema; _prisma_migrations is Prisma's bookkeeping, not a model.
const readMigratedSchema = (connectionString: string) =>
  readDatabaseSchema({ connectionString, ignoreSchemas: ["graphile_worker"], ignoreTables: ["_prisma_migrations"] });

describe("schema drift", () => {
  it("the migrated database is exactly what schema.prisma declares", async () => {
    const [expected, actual] = await Promise.all([expectedSchemaFromDmmf({ schemaPath: SCHEMA_PATH }), readMigratedSchema(requireDatabaseUrl())]);
    expect(actual.tables.length, "the migrated database has tables to compare").toBeGreaterThan(0);
    expect(diffDatabaseSchemas({ expected, actual }), "differences between schema.prisma and the migrated database").toEqual([]);
  });

  // Proves the check sees what it claims to: a scratch copy of the migrated template
  // database, changed behind schema.prisma's back, must be reported change by change.
  it("reports every kind of change made to the database alone", async () => {
    const base = inject("pgBaseUrl");
    const scratch = `drift_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${scratch}" TEMPLATE "${inject("pgTemplateDb")}"`);
      const url = new URL(base);
      url.pathname = `/${scratch}`;
      const expected = await expectedSchemaFromDmmf({ schemaPath: SCHEMA_PATH });
      const before = diffDatabaseSchemas({ expected, actual: await readMigratedSchema(url.toString()) });
      expect(before, "the migrated template already differs from schema.prisma (see the test above)").toEqual([]);
      const db = new pg.Client({ connectionString: url.toString() });
      await db.connect();
      try {
        await db.query(`
          ALTER TABLE models ALTER COLUMN file_name DROP DEFAULT;
          ALTER TABLE model_pulls ALTER COLUMN catalog_id DROP NOT NULL;
          ALTER TABLE computes ALTER COLUMN vm_size TYPE varchar(40);
          ALTER TABLE workers ADD COLUMN note text;
          DROP INDEX models_digest_idx;
          ALTER INDEX services_name_key RENAME TO services_name_uq;
          CREATE INDEX images_state_idx ON images (state);
          ALTER TABLE images DROP CONSTRAINT images_model_id_fkey,
            ADD CONSTRAINT images_model_id_fkey FOREIGN KEY (model_id) REFERENCES models (id) ON DELETE CASCADE ON UPDATE CASCADE;
          ALTER TABLE services ADD CONSTRAINT services_replicas_check CHECK (replicas >= 0);
          ALTER TYPE "LogLevel" ADD VALUE 'trace';
          DROP TRIGGER compute_nodes_notify_service_view ON compute_nodes;
          CREATE TABLE notes (id integer PRIMARY KEY);`);
      } finally {
        await db.end();
      }
      const after = diffDatabaseSchemas({ expected, actual: await readMigratedSchema(url.toString()) });
      expect(after.sort()).toEqual([
        "compute_nodes: trigger compute_nodes_notify_service_view: CREATE TRIGGER compute_nodes_notify_service_view AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.compute_nodes FOR EACH STATEMENT EXECUTE FUNCTION accel_notify_service_view() in sql-only-objects.ts, missing from the database",
        "computes.vm_size: type text in schema.prisma, character varying(40) in the database",
        "enum LogLevel: values (debug, info, warn, error) in schema.prisma, (debug, info, warn, error, trace) in the database",
        "images: foreign key images_model_id_fkey: (model_id) → models(id) ON DELETE RESTRICT ON UPDATE CASCADE in schema.prisma, (model_id) → models(id) ON DELETE CASCADE ON UPDATE CASCADE in the database",
        "images: index images_state_idx (state) in the database, not in schema.prisma",
        "model_pulls.catalog_id: NOT NULL in schema.prisma, nullable in the database",
        "models.file_name: default 'model.onnx'::text in schema.prisma, none in the database",
        "models: index models_digest_idx (digest) in schema.prisma, missing from the database",
        "notes: table in the database (id), not in schema.prisma",
        "services: CHECK constraint services_replicas_check: CHECK (replicas >= 0) in the database, not in schema.prisma",
        "services: unique index on (name) named services_name_key in schema.prisma, services_name_uq in the database",
        "workers.note: column text in the database, not in schema.prisma",
      ]);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${scratch}"`);
      await admin.end();
    }
  });
});
