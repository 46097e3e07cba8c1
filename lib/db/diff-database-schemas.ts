import type { DatabaseColumn, DatabaseForeignKey, DatabaseIndex, DatabaseSchema, DatabaseTable } from "./database-schema";

// Every difference between what schema.prisma implies and what the database holds, in
// both directions, one readable line each:
//   <where>: <what schema.prisma says> in schema.prisma, <what the database has> in the database
// Indexes and foreign keys are matched by name first and then by their columns, so a
// renamed one reads as "named X in schema.prisma, Y in the database" rather than as one
// missing plus one extra.

type Named = { schema: string; name: string };

export function diffDatabaseSchemas(options: { expected: DatabaseSchema; actual: DatabaseSchema }): string[] {
  const { expected, actual } = options;
  const out: string[] = [];
  const label = (o: Named) => (o.schema === "public" ? o.name : `${o.schema}.${o.name}`);

  const [enumPairs, extraEnums] = pair(expected.enums, actual.enums, (e) => label(e));
  for (const [e, a] of enumPairs) {
    if (!a) out.push(`enum ${label(e)}: values ${list(e.values)} in schema.prisma, missing from the database`);
    else if (list(e.values) !== list(a.values)) out.push(`enum ${label(e)}: values ${list(e.values)} in schema.prisma, ${list(a.values)} in the database`);
  }
  for (const a of extraEnums) out.push(`enum ${label(a)}: values ${list(a.values)} in the database, not in schema.prisma`);

  const [tablePairs, extraTables] = pair(expected.tables, actual.tables, (t) => label(t));
  for (const [e, a] of tablePairs) {
    if (a) diffTable(e, a, label(e), out);
    else out.push(`${label(e)}: table in schema.prisma, missing from the database`);
  }
  for (const a of extraTables) out.push(`${label(a)}: table in the database (${a.columns.map((c) => c.name).join(", ")}), not in schema.prisma`);
  return out;
}

function diffTable(expected: DatabaseTable, actual: DatabaseTable, table: string, out: string[]) {
  const [columnPairs, extraColumns] = pair(expected.columns, actual.columns, (c) => c.name);
  for (const [e, a] of columnPairs) {
    const where = `${table}.${e.name}`;
    if (!a) {
      out.push(`${where}: column ${describeColumn(e)} in schema.prisma, missing from the database`);
      continue;
    }
    if (e.type !== a.type) out.push(`${where}: type ${e.type} in schema.prisma, ${a.type} in the database`);
    if (e.isNullable !== a.isNullable) out.push(`${where}: ${nullability(e)} in schema.prisma, ${nullability(a)} in the database`);
    if (!e.isDefaultUnchecked && !isSameDefault(e.default, a.default)) {
      out.push(`${where}: default ${e.default ?? "none"} in schema.prisma, ${a.default ?? "none"} in the database`);
    }
  }
  for (const a of extraColumns) out.push(`${table}.${a.name}: column ${describeColumn(a)} in the database, not in schema.prisma`);

  const [indexPairs, extraIndexes] = pairRenamed(expected.indexes, actual.indexes, (i) => `${i.kind === "unique constraint" ? "unique index" : i.kind} ${list(i.columns)}`);
  for (const [e, a] of indexPairs) {
    if (!a) {
      out.push(`${table}: ${describeIndex(e)} in schema.prisma, missing from the database`);
      continue;
    }
    const where = `${table}: ${e.kind} ${e.name}`;
    if (e.name !== a.name) out.push(`${table}: ${e.kind} on ${list(e.columns)} named ${e.name} in schema.prisma, ${a.name} in the database`);
    if (e.kind !== a.kind) out.push(`${where}: ${e.kind} in schema.prisma, ${a.kind} in the database`);
    if (list(e.columns) !== list(a.columns)) out.push(`${where}: columns ${list(e.columns)} in schema.prisma, ${list(a.columns)} in the database`);
    if (e.method !== a.method) out.push(`${where}: using ${e.method} in schema.prisma, ${a.method} in the database`);
    if (e.predicate !== a.predicate) out.push(`${where}: ${e.predicate ? `WHERE ${e.predicate}` : "no WHERE"} in schema.prisma, ${a.predicate ? `WHERE ${a.predicate}` : "no WHERE"} in the database`);
  }
  for (const a of extraIndexes) out.push(`${table}: ${describeIndex(a)} in the database, not in schema.prisma`);

  const [keyPairs, extraKeys] = pairRenamed(expected.foreignKeys, actual.foreignKeys, (k) => `${list(k.columns)} → ${k.referencedSchema}.${k.referencedTable}`);
  for (const [e, a] of keyPairs) {
    if (!a) {
      out.push(`${table}: foreign key ${describeForeignKey(e)} in schema.prisma, missing from the database`);
      continue;
    }
    if (e.name !== a.name) out.push(`${table}: foreign key ${list(e.columns)} named ${e.name} in schema.prisma, ${a.name} in the database`);
    if (describeForeignKey(e) !== describeForeignKey({ ...a, name: e.name })) {
      out.push(`${table}: foreign key ${e.name}: ${describeForeignKey(e, false)} in schema.prisma, ${describeForeignKey(a, false)} in the database`);
    }
  }
  for (const a of extraKeys) out.push(`${table}: foreign key ${describeForeignKey(a)} in the database, not in schema.prisma`);

  // Triggers and checks: schema.prisma cannot declare them, so the expected ones come from
  // sql-only-objects.ts; compared by their full definition, both ways.
  for (const other of expected.otherObjects.filter((o) => !actual.otherObjects.includes(o))) out.push(`${table}: ${other} in sql-only-objects.ts, missing from the database`);
  for (const other of actual.otherObjects.filter((o) => !expected.otherObjects.includes(o))) out.push(`${table}: ${other} in the database, not in schema.prisma`);
}

// Prisma's schema describer reads any nextval(...) default as autoincrement(); the
// sequence's name is Postgres' choice, so only "takes its value from a sequence" counts.
function isSameDefault(expected: string | null, actual: string | null): boolean {
  const normalize = (d: string | null) => (d && /^nextval\('.*'::regclass\)$/.test(d) ? "nextval(…)" : d);
  return normalize(expected) === normalize(actual);
}

/** Pairs by key; returns each expected item with its match (or undefined) and the unmatched actual items. */
function pair<T>(expected: T[], actual: T[], key: (item: T) => string): [Array<[T, T | undefined]>, T[]] {
  const byKey = new Map(actual.map((a) => [key(a), a]));
  const pairs = expected.map((e): [T, T | undefined] => {
    const a = byKey.get(key(e));
    byKey.delete(key(e));
    return [e, a];
  });
  return [pairs, [...byKey.values()]];
}

/** As pair() by name, then pairs what is left by shape, so that a rename shows as one line. */
function pairRenamed<T extends { name: string }>(expected: T[], actual: T[], shape: (item: T) => string): [Array<[T, T | undefined]>, T[]] {
  const [byName, leftOver] = pair(expected, actual, (i) => i.name);
  const unmatched = byName.filter(([, a]) => !a).map(([e]) => e);
  const [byShape, extra] = pair(unmatched, leftOver, shape);
  const renamed = new Map(byShape.map(([e, a]) => [e, a]));
  return [byName.map(([e, a]) => [e, a ?? renamed.get(e)]), extra];
}

const list = (items: string[]) => `(${items.join(", ")})`;

const nullability = (c: DatabaseColumn) => (c.isNullable ? "nullable" : "NOT NULL");

const describeColumn = (c: DatabaseColumn) => `${c.type}${c.isNullable ? "" : " NOT NULL"}${c.default ? ` DEFAULT ${c.default}` : ""}`;

const describeIndex = (i: DatabaseIndex) => `${i.kind} ${i.name} ${list(i.columns)}${i.method === "btree" ? "" : ` USING ${i.method}`}${i.predicate ? ` WHERE ${i.predicate}` : ""}`;

function describeForeignKey(k: DatabaseForeignKey, withName = true): string {
  const target = `${k.referencedSchema === "public" ? "" : `${k.referencedSchema}.`}${k.referencedTable}${list(k.referencedColumns)}`;
  return `${withName ? `${k.name} ` : ""}${list(k.columns)} → ${target} ON DELETE ${k.onDelete} ON UPDATE ${k.onUpdate}`;
}
