import { readFile } from "node:fs/promises";
import * as prismaSchemaWasm from "@prisma/prisma-schema-wasm";
import type { DatabaseForeignKey, DatabaseIndex, DatabaseSchema, DatabaseTable, ReferentialAction } from "./database-schema";
import type { DmmfDatamodel, DmmfField, DmmfIndex, DmmfModel } from "./dmmf-types";
import { prismaColumnDefault } from "./prisma-column-default";
import { prismaColumnType } from "./prisma-column-type";
import { prismaConstraintName } from "./prisma-constraint-name";
import { SQL_ONLY_OBJECTS } from "./sql-only-objects";

// What `prisma migrate` would create in Postgres for schema.prisma, derived from Prisma's
// own parse of the schema: the DMMF that the Wasm build of the schema engine
// (@prisma/prisma-schema-wasm, a devDependency: the test is its only user) returns. It is
// pinned to 8.1.0-2.59be4fda…, whose .wasm is byte for byte the prisma_schema_build_bg.wasm
// that the prisma 7.10.1 CLI ships (no schema-wasm was published for its engines
// 8.1.0-1.d1b3f377…); bump the two together. The DMMF is the logical model, so the
// physical details it leaves out are derived from Prisma's documented rules, each in its
// own file with its source: column types (prisma-column-type.ts), defaults
// (prisma-column-default.ts), constraint names (prisma-constraint-name.ts). Assumes
// relationMode = "foreignKeys", Prisma's default for Postgres (the DMMF does not say; with
// "prisma" no foreign keys would exist).

// Referential action defaults, from the Prisma docs ("Referential actions › Referential
// action defaults"): onDelete is Restrict when the relation is required and SetNull when it
// is optional; onUpdate is Cascade either way. "Required" counts the scalar fields too: any
// required referencing field makes it required (prisma-engines
// psl/parser-database/src/walkers/relation_field.rs, referential_arity).
const ACTIONS: Record<string, ReferentialAction> = {
  Cascade: "CASCADE", Restrict: "RESTRICT", NoAction: "NO ACTION", SetNull: "SET NULL", SetDefault: "SET DEFAULT",
};

export async function expectedSchemaFromDmmf(options: {
  schemaPath: string;
  /** Postgres schema of models without @@schema: the connection's `?schema=`, else public. */
  defaultSchema?: string;
}): Promise<DatabaseSchema> {
  const defaultSchema = options.defaultSchema ?? "public";
  const datamodel = getDatamodel(options.schemaPath, await readFile(options.schemaPath, "utf8"));
  const models = new Map(datamodel.models.map((m) => [m.name, m]));
  const enums = new Map(datamodel.enums.map((e) => [e.name, e]));
  const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
  const columnOf = (model: DmmfModel, fieldName: string) => {
    const field = model.fields.find((f) => f.name === fieldName);
    if (!field) throw new Error(`schema drift check: ${model.name} has no field ${fieldName}`);
    return field.dbName ?? field.name;
  };

  const tables = datamodel.models.map((model): DatabaseTable => {
    const table = tableOf(model);
    const columns = model.fields.filter((f) => f.kind === "scalar" || f.kind === "enum").map((field) => {
      const name = field.dbName ?? field.name;
      const enumDef = field.kind === "enum" ? enums.get(field.type) : undefined;
      const type = prismaColumnType({ field, enumDbName: enumDef ? (enumDef.dbName ?? enumDef.name) : undefined });
      const expectedDefault = prismaColumnDefault({ field, columnType: type, table, column: name, enumValues: enumDef?.values });
      // Prisma creates list columns without NOT NULL although the client treats them as
      // required (render_nullability in the renderer checks arity Required, and a list is
      // not; github.com/prisma/orm/issues/13880 and /26425, both open), and SERIAL is
      // always NOT NULL, even for an optional autoincrement field (/issues/8663).
      const isAutoincrement = typeof field.default === "object" && !Array.isArray(field.default) && field.default.name === "autoincrement";
      const isNullable = !isAutoincrement && (field.isList || !field.isRequired);
      return { name, type, isNullable, ...expectedDefault };
    });
    const indexes = datamodel.indexes.filter((i) => i.model === model.name).map((index) => toIndex(index, table, (f) => columnOf(model, f)));
    const foreignKeys = model.fields
      .filter((f) => f.kind === "object")
      .flatMap((field) => toForeignKey({ field, model, table, related: models.get(field.type)!, defaultSchema, tableOf, columnOf }));
    const otherObjects = (model.schema ?? defaultSchema) === "public" ? (SQL_ONLY_OBJECTS[table] ?? []) : [];
    return { schema: model.schema ?? defaultSchema, name: table, columns, indexes, foreignKeys, otherObjects };
  });

  return {
    tables,
    enums: datamodel.enums.map((e) => ({
      schema: defaultSchema,
      name: e.dbName ?? e.name,
      values: e.values.map((v) => v.dbName ?? v.name),
    })),
  };
}

function getDatamodel(schemaPath: string, schemaText: string): DmmfDatamodel {
  // The Wasm module reports a Rust panic through this global, which Prisma's CLI installs.
  const registry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message: (message: string) => void } };
  registry.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (message) => console.error(`prisma-schema-wasm panic: ${message}`) };
  const dmmf = prismaSchemaWasm.get_dmmf(JSON.stringify({ prismaSchema: [[schemaPath, schemaText]], noColor: true }));
  return (JSON.parse(dmmf) as { datamodel: DmmfDatamodel }).datamodel;
}

const INDEX_KINDS = { id: ["primary key", "primary key"], unique: ["unique index", "unique"], normal: ["index", "index"] } as const;

function toIndex(index: DmmfIndex, table: string, columnOf: (field: string) => string): DatabaseIndex {
  if (index.type === "fulltext") throw new Error(`schema drift check: @@fulltext on ${index.model} does not exist on Postgres`);
  const [kind, nameKind] = INDEX_KINDS[index.type];
  const names = index.fields.map((f) => columnOf(f.name));
  const columns = index.fields.map((f, i) => {
    // Only raw("…") operator classes are spelled as Postgres spells them.
    if (f.operatorClass && !/^[a-z0-9_]+$/.test(f.operatorClass)) {
      throw new Error(`schema drift check: operator class ${f.operatorClass} on ${index.model} has no known Postgres name; write it as raw("…")`);
    }
    return `${names[i]}${f.operatorClass ? ` ${f.operatorClass}` : ""}${f.sortOrder === "desc" ? " DESC" : ""}`;
  });
  return {
    name: index.dbName ?? prismaConstraintName({ kind: nameKind, table, columns: names }),
    kind,
    columns,
    method: (index.algorithm ?? "BTree").toLowerCase(),
    predicate: null,
  };
}

function toForeignKey(options: {
  field: DmmfField;
  model: DmmfModel;
  table: string;
  related: DmmfModel;
  defaultSchema: string;
  tableOf: (model: DmmfModel) => string;
  columnOf: (model: DmmfModel, field: string) => string;
}): DatabaseForeignKey[] {
  const { field, model, related } = options;
  const from = field.relationFromFields ?? [];
  if (from.length === 0) {
    // The back side of a relation owns no key, unless both sides are lists: an implicit
    // many-to-many, whose join table (_<RelationName>) this check does not model.
    const back = related.fields.find((f) => f.relationName === field.relationName && f !== field);
    if (field.isList && back?.isList) throw new Error(`schema drift check: implicit many-to-many ${field.relationName} is not supported`);
    return [];
  }
  const columns = from.map((name) => options.columnOf(model, name));
  const isRequired = field.isRequired || from.some((name) => model.fields.find((f) => f.name === name)?.isRequired);
  return [{
    name: prismaConstraintName({ kind: "foreign key", table: options.table, columns }),
    columns,
    referencedSchema: related.schema ?? options.defaultSchema,
    referencedTable: options.tableOf(related),
    referencedColumns: (field.relationToFields ?? []).map((name) => options.columnOf(related, name)),
    onDelete: ACTIONS[field.relationOnDelete ?? (isRequired ? "Restrict" : "SetNull")],
    onUpdate: ACTIONS[field.relationOnUpdate ?? "Cascade"],
  }];
}
