// One shape for both sides of the drift check: what the migrated database holds
// (read-database-schema.ts) and what Prisma would have created from schema.prisma
// (expected-schema-from-dmmf.ts). Every value is spelled the way Postgres itself prints
// it (format_type, pg_get_expr), so the two sides compare as plain strings and a
// difference reads like something `psql \d` would show.

export type ReferentialAction = "NO ACTION" | "RESTRICT" | "CASCADE" | "SET NULL" | "SET DEFAULT";

export type DatabaseColumn = {
  name: string;
  /** format_type(): `text`, `timestamp(3) with time zone`, `"ModelFramework"`, `text[]`. */
  type: string;
  isNullable: boolean;
  /** pg_get_expr() of the default, or null when there is none. */
  default: string | null;
  /** `@default(dbgenerated())` without an expression: Prisma leaves the default to the database. */
  isDefaultUnchecked?: boolean;
};

export type DatabaseIndex = {
  name: string;
  kind: "primary key" | "unique index" | "unique constraint" | "index";
  /** Column names in key order, with ` DESC`, a non-default operator class or NULLS order appended. */
  columns: string[];
  /** Access method: btree, hash, gin, gist, spgist, brin. */
  method: string;
  /** WHERE clause of a partial index. */
  predicate: string | null;
};

export type DatabaseForeignKey = {
  name: string;
  columns: string[];
  referencedSchema: string;
  referencedTable: string;
  referencedColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
};

export type DatabaseTable = {
  schema: string;
  name: string;
  columns: DatabaseColumn[];
  indexes: DatabaseIndex[];
  foreignKeys: DatabaseForeignKey[];
  /** Objects Prisma never creates (CHECK and exclusion constraints, triggers), described in one line each. */
  otherObjects: string[];
};

export type DatabaseEnum = { schema: string; name: string; values: string[] };

export type DatabaseSchema = { tables: DatabaseTable[]; enums: DatabaseEnum[] };
