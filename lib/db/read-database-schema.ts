import pg from "pg";
import type { DatabaseSchema, DatabaseTable, ReferentialAction } from "./database-schema";

// Reads tables, columns, indexes, constraints and enums straight from pg_catalog, in the
// spelling Postgres itself prints (format_type, pg_get_expr), so that the drift check
// compares against what the server really holds rather than what a migration meant.

const SYSTEM_SCHEMAS = ["pg_catalog", "information_schema"];

// pg_constraint.confdeltype / confupdtype codes (PostgreSQL docs, "pg_constraint").
const ACTIONS: Record<string, ReferentialAction> = { a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };
const CONSTRAINT_KINDS: Record<string, string> = { c: "CHECK constraint", t: "constraint trigger" };

type TableRow = { oid: number; schema: string; name: string };
type ColumnRow = { table_oid: number; name: string; type: string; not_null: boolean; default: string | null; identity: string; generated: string };
type IndexRow = {
  table_oid: number; name: string; is_unique: boolean; is_primary: boolean; constraint_type: string | null;
  method: string; predicate: string | null; columns: string[]; definition: string;
};
type ConstraintRow = {
  table_oid: number; name: string; type: string; definition: string; columns: string[];
  referenced_schema: string | null; referenced_table: string | null; referenced_columns: string[];
  on_delete: string; on_update: string;
};
type TriggerRow = { table_oid: number; name: string; definition: string };
type EnumRow = { schema: string; name: string; values: string[] };

export async function readDatabaseSchema(options: {
  connectionString: string;
  /** Schemas owned by something other than schema.prisma, e.g. graphile_worker. */
  ignoreSchemas?: string[];
  /** Tables outside schema.prisma's reach, e.g. Prisma's own `_prisma_migrations`. */
  ignoreTables?: string[];
}): Promise<DatabaseSchema> {
  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  try {
    const skipSchemas = [...SYSTEM_SCHEMAS, ...(options.ignoreSchemas ?? [])];
    const ignoreTables = new Set(options.ignoreTables ?? []);
    const tables = (await client.query<TableRow>(
      `SELECT c.oid::int AS oid, n.nspname AS schema, c.relname AS name
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
          AND n.nspname <> ALL($1::text[]) AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
        ORDER BY 2, 3`,
      [skipSchemas],
    )).rows.filter((t) => !ignoreTables.has(t.name));
    const oids = tables.map((t) => t.oid);

    // One query at a time: a pg.Client does not run queries concurrently.
    const columns = await client.query<ColumnRow>(
      `SELECT a.attrelid::int AS table_oid, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
              a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS default,
              a.attidentity AS identity, a.attgenerated AS generated
         FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE a.attrelid = ANY($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
        ORDER BY a.attrelid, a.attnum`,
      [oids],
    );
    // Key columns only (indnkeyatts), each as its name or, for an expression index,
    // the expression; the options bits are INDOPTION_DESC (1) and INDOPTION_NULLS_FIRST (2).
    const indexes = await client.query<IndexRow>(
      `SELECT i.indrelid::int AS table_oid, ic.relname AS name, i.indisunique AS is_unique, i.indisprimary AS is_primary,
              con.contype::text AS constraint_type, am.amname AS method, pg_get_expr(i.indpred, i.indrelid) AS predicate,
              pg_get_indexdef(i.indexrelid) AS definition,
              ARRAY(
                SELECT coalesce(a.attname::text, pg_get_indexdef(i.indexrelid, k.n, true))
                       || CASE WHEN opc.opcdefault THEN '' ELSE ' ' || opc.opcname::text END
                       || CASE i.indoption[k.n - 1] & 3 WHEN 1 THEN ' DESC NULLS LAST' WHEN 2 THEN ' NULLS FIRST'
                                                         WHEN 3 THEN ' DESC' ELSE '' END
                  FROM generate_series(1, i.indnkeyatts) AS k(n)
                  LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n - 1] AND i.indkey[k.n - 1] <> 0
                  JOIN pg_opclass opc ON opc.oid = i.indclass[k.n - 1]
                 ORDER BY k.n
              )::text[] AS columns
         FROM pg_index i
         JOIN pg_class ic ON ic.oid = i.indexrelid
         JOIN pg_am am ON am.oid = ic.relam
         LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x')
        WHERE i.indrelid = ANY($1::oid[])
        ORDER BY 2`,
      [oids],
    );
    // NOT NULL constraints (contype 'n', PostgreSQL 18+) are column nullability, read above;
    // primary keys and uniques are read as indexes.
    const constraints = await client.query<ConstraintRow>(
      `SELECT con.conrelid::int AS table_oid, con.conname AS name, con.contype::text AS type,
              pg_get_constraintdef(con.oid, true) AS definition,
              ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, n)
                      JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS columns,
              rn.nspname AS referenced_schema, rc.relname AS referenced_table,
              ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, n)
                      JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS referenced_columns,
              con.confdeltype::text AS on_delete, con.confupdtype::text AS on_update
         FROM pg_constraint con
         LEFT JOIN pg_class rc ON rc.oid = con.confrelid
         LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
        WHERE con.conrelid = ANY($1::oid[]) AND con.contype NOT IN ('p', 'u', 'n')
        ORDER BY 2`,
      [oids],
    );
    const triggers = await client.query<TriggerRow>(
      `SELECT tgrelid::int AS table_oid, tgname AS name, pg_get_triggerdef(oid) AS definition
         FROM pg_trigger WHERE tgrelid = ANY($1::oid[]) AND NOT tgisinternal AND tgconstraint = 0 ORDER BY 2`,
      [oids],
    );
    const enums = await client.query<EnumRow>(
      `SELECT n.nspname AS schema, t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname <> ALL($1::text[])
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [skipSchemas],
    );

    const byOid = new Map<number, DatabaseTable>(
      tables.map((t) => [t.oid, { schema: t.schema, name: t.name, columns: [], indexes: [], foreignKeys: [], otherObjects: [] }]),
    );
    for (const c of columns.rows) {
      byOid.get(c.table_oid)!.columns.push({ name: c.name, type: c.type, isNullable: !c.not_null, default: describeDefault(c) });
    }
    for (const i of indexes.rows) {
      const table = byOid.get(i.table_oid)!;
      if (i.constraint_type === "x") {
        table.otherObjects.push(`exclusion constraint ${i.name}: ${i.definition}`);
        continue;
      }
      const kind = i.is_primary ? "primary key" : i.constraint_type === "u" ? "unique constraint" : i.is_unique ? "unique index" : "index";
      table.indexes.push({ name: i.name, kind, columns: i.columns, method: i.method, predicate: i.predicate });
    }
    for (const c of constraints.rows) {
      const table = byOid.get(c.table_oid)!;
      if (c.type !== "f") {
        table.otherObjects.push(`${CONSTRAINT_KINDS[c.type] ?? `constraint (${c.type})`} ${c.name}: ${c.definition}`);
        continue;
      }
      table.foreignKeys.push({
        name: c.name,
        columns: c.columns,
        referencedSchema: c.referenced_schema!,
        referencedTable: c.referenced_table!,
        referencedColumns: c.referenced_columns,
        onDelete: ACTIONS[c.on_delete],
        onUpdate: ACTIONS[c.on_update],
      });
    }
    for (const t of triggers.rows) byOid.get(t.table_oid)!.otherObjects.push(`trigger ${t.name}: ${t.definition}`);

    return { tables: [...byOid.values()], enums: enums.rows };
  } finally {
    await client.end();
  }
}

// An identity column has no pg_attrdef entry, and a generated column's entry is its
// generation expression rather than a default; Prisma creates neither, so both are
// spelled out as what they are instead of passing for "no default".
function describeDefault(column: ColumnRow): string | null {
  if (column.identity === "a") return "GENERATED ALWAYS AS IDENTITY";
  if (column.identity === "d") return "GENERATED BY DEFAULT AS IDENTITY";
  if (column.generated === "s") return `GENERATED ALWAYS AS (${column.default}) STORED`;
  if (column.generated === "v") return `GENERATED ALWAYS AS (${column.default}) VIRTUAL`;
  return column.default;
}
