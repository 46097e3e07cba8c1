import type { DmmfEnum, DmmfField } from "./dmmf-types";

// The column default Prisma Migrate creates for a field, spelled as pg_get_expr() prints
// it back. Two steps, each from its source:
// 1. What Prisma writes: render_default in prisma-engines
//    schema-engine/connectors/sql-schema-connector/src/sql_renderer/postgres_renderer.rs —
//    now() → CURRENT_TIMESTAMP, strings/enums/JSON as quoted literals (enum values by their
//    @map name), lists as ARRAY[…]::<type>[], dbgenerated("x") verbatim, autoincrement() as
//    a SERIAL column; uuid(), cuid(), nanoid(), ulid() and @updatedAt are filled in by the
//    client and give no database default at all.
// 2. How Postgres prints it back: get_const_expr in PostgreSQL src/backend/utils/adt/ruleutils.c —
//    a quoted literal carries its type (`'x'::text`), a non-negative int4 or a float-looking
//    numeric prints bare, a negative one is quoted and cast (`'-1'::integer`), and the
//    implicit cast to the column's type is not shown (so `0` on a bigint column). Each form
//    here was checked against the PostgreSQL 18 that the tests run.
// Defaults this file cannot predict (DateTime and Bytes literals, non-empty lists) throw,
// so that the check says so instead of passing silently.

export type ExpectedDefault = { default: string | null; isDefaultUnchecked?: boolean };

export function prismaColumnDefault(options: {
  field: DmmfField;
  /** The column type as prisma-column-type.ts renders it. */
  columnType: string;
  table: string;
  column: string;
  enumValues?: DmmfEnum["values"];
}): ExpectedDefault {
  const { field, columnType, table, column } = options;
  const value = field.default;
  const unsupported = () => new Error(`schema drift check: cannot predict the database default of ${table}.${column} (${JSON.stringify(value)}); extend prisma-column-default.ts`);
  if (value === undefined || field.isUpdatedAt) return { default: null };

  if (typeof value === "object" && !Array.isArray(value)) {
    switch (value.name) {
      // The sequence name is Postgres' choice for SERIAL; only "has a sequence" is compared.
      case "autoincrement": return { default: `nextval('${table}_${column}_seq'::regclass)` };
      case "now": return { default: "CURRENT_TIMESTAMP" };
      case "dbgenerated":
        return typeof value.args[0] === "string" ? { default: value.args[0] } : { default: null, isDefaultUnchecked: true };
      case "uuid": case "cuid": case "nanoid": case "ulid": return { default: null };
      default: throw unsupported();
    }
  }
  // The type a constant is printed with is format_type() without its modifier (a cast
  // to the modifier, when there is one, is printed separately); character(n) is the one
  // whose bare name differs (bpchar).
  const bareType = columnType.replace(/\(\d+(,\d+)?\)/, "");
  if (Array.isArray(value)) {
    if (value.length > 0) throw unsupported();
    return { default: bareType === columnType ? `ARRAY[]::${columnType}` : `(ARRAY[]::${bareType})::${columnType}` };
  }
  const literalType = bareType.replace(/^character$/, "bpchar");
  if (field.kind === "enum") {
    const enumValue = options.enumValues?.find((v) => v.name === value);
    if (!enumValue) throw unsupported();
    return { default: `${quoteLiteral(enumValue.dbName ?? enumValue.name)}::${literalType}` };
  }
  switch (field.type) {
    case "Boolean": return { default: String(value) };
    case "String": case "Json": return { default: `${quoteLiteral(String(value))}::${literalType}` };
    case "Int": case "BigInt": case "Float": case "Decimal": return { default: numericLiteral(String(value)) };
    default: throw unsupported();
  }
}

// Postgres types a bare integer literal as int4, or int8 / numeric when it does not fit
// (make_const in src/backend/parser/parse_node.c), and prints it back per get_const_expr.
function numericLiteral(text: string): string {
  if (/^-?\d+$/.test(text)) {
    const n = BigInt(text);
    if (n >= -(2n ** 31n) && n < 2n ** 31n) return n < 0n ? `'${text}'::integer` : text;
    return n >= -(2n ** 63n) && n < 2n ** 63n ? `'${text}'::bigint` : `'${text}'::numeric`;
  }
  return /^\d/.test(text) ? text : `'${text}'::numeric`;
}

// With standard_conforming_strings on (the default since PostgreSQL 9.1) only the quote doubles.
function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
