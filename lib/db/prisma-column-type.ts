import type { DmmfField } from "./dmmf-types";

// The Postgres column type Prisma Migrate creates for a field, spelled as format_type()
// prints it. Sources, prisma-engines:
// - scalar type → native type when no @db.* is given: SCALAR_TYPE_DEFAULTS in
//   psl/psl-core/src/builtin_connectors/postgres_datamodel_connector.rs
//   (Decimal → Decimal(65,30), DateTime → Timestamp(3), Json → JsonB, …);
// - native type → DDL: render_column_type_postgres in
//   schema-engine/connectors/sql-schema-connector/src/sql_renderer/postgres_renderer.rs
//   (arguments rendered only when given; `[]` appended for lists);
// - DDL → what format_type() prints: PostgreSQL docs, "Data Types" (CHAR means char(1),
//   BIT means bit(1), TIMESTAMPTZ(3) is `timestamp(3) with time zone`, …).

const SCALAR_DEFAULTS: Record<string, [string, string[]]> = {
  Int: ["Integer", []],
  BigInt: ["BigInt", []],
  Float: ["DoublePrecision", []],
  Decimal: ["Decimal", ["65", "30"]],
  Boolean: ["Boolean", []],
  String: ["Text", []],
  DateTime: ["Timestamp", ["3"]],
  Bytes: ["ByteA", []],
  Json: ["JsonB", []],
};

const withArgs = (base: string, args: string[], suffix = "") => (args.length ? `${base}(${args.join(",")})${suffix}` : `${base}${suffix}`);

const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Text: () => "text",
  Char: ([length = "1"]) => `character(${length})`,
  VarChar: (args) => withArgs("character varying", args),
  Bit: ([length = "1"]) => `bit(${length})`,
  VarBit: (args) => withArgs("bit varying", args),
  Uuid: () => "uuid",
  Xml: () => "xml",
  Inet: () => "inet",
  Citext: () => "citext",
  Boolean: () => "boolean",
  SmallInt: () => "smallint",
  Integer: () => "integer",
  BigInt: () => "bigint",
  Oid: () => "oid",
  DoublePrecision: () => "double precision",
  Real: () => "real",
  Decimal: (args) => withArgs("numeric", args),
  Money: () => "money",
  Date: () => "date",
  Timestamp: (args) => withArgs("timestamp", args, " without time zone"),
  Timestamptz: (args) => withArgs("timestamp", args, " with time zone"),
  Time: (args) => withArgs("time", args, " without time zone"),
  Timetz: (args) => withArgs("time", args, " with time zone"),
  Json: () => "json",
  JsonB: () => "jsonb",
  ByteA: () => "bytea",
};

export function prismaColumnType(options: {
  field: DmmfField;
  /** Database name of the field's enum (@@map applied), for enum fields. */
  enumDbName?: string;
}): string {
  const { field } = options;
  const list = field.isList ? "[]" : "";
  if (field.kind === "enum") return `${quoteIdentifier(options.enumDbName ?? field.type)}${list}`;
  const [name, args] = field.nativeType ?? SCALAR_DEFAULTS[field.type] ?? [];
  const render = name ? NATIVE_TYPES[name] : undefined;
  if (!render) throw new Error(`schema drift check: no Postgres type known for ${field.name} (${field.type}, @db.${name ?? "?"}); extend prisma-column-type.ts`);
  return `${render(args ?? [])}${list}`;
}

// format_type() quotes a type name the way quote_ident() does: anything but a plain
// lower-case identifier gets double quotes (so "ModelFramework", but colors). Reserved
// words would be quoted too; Prisma enum names that are SQL keywords are not handled.
function quoteIdentifier(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}
