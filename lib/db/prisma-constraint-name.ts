// Prisma's default names for constraints and indexes, for when schema.prisma gives no
// `map:`. The DMMF carries a name only when one is mapped explicitly (and never for
// foreign keys), so the default has to be derived here. Source: prisma-engines,
// psl/psl-core/src/datamodel_connector/constraint_names.rs (ConstraintNames), and the
// docs page "Database mapping › Constraint and index names":
//   primary key  {table}_pkey
//   unique       {table}_{columns}_key
//   index        {table}_{columns}_idx
//   foreign key  {table}_{columns}_fkey
// Names use the database names of the table and columns (@@map / @map applied), and the
// stem is cut to fit Postgres' 63-byte identifier limit before the suffix is appended.

const POSTGRES_MAX_IDENTIFIER_BYTES = 63;

const SUFFIXES = { "primary key": "_pkey", unique: "_key", index: "_idx", "foreign key": "_fkey" } as const;

export function prismaConstraintName(options: {
  kind: keyof typeof SUFFIXES;
  table: string;
  /** Database column names, in key order; ignored for a primary key. */
  columns: string[];
}): string {
  const suffix = SUFFIXES[options.kind];
  const stem = options.kind === "primary key" ? options.table : `${options.table}_${options.columns.join("_")}`;
  const room = POSTGRES_MAX_IDENTIFIER_BYTES - suffix.length;
  // Same test as the engine: cut when the stem reaches (not exceeds) the room left.
  return `${Buffer.byteLength(stem) >= room ? truncateToBytes(stem, room) : stem}${suffix}`;
}

// The engine cuts at the last UTF-8 character boundary at or before the byte limit.
function truncateToBytes(text: string, maxBytes: number): string {
  let out = "";
  for (const char of text) {
    if (Buffer.byteLength(out + char) > maxBytes) break;
    out += char;
  }
  return out;
}
