// The part of Prisma's DMMF datamodel (the JSON that @prisma/prisma-schema-wasm's
// get_dmmf returns) that the drift check reads, as built by prisma-engines
// query-compiler/dmmf/src/ast_builders/datamodel_ast_builder.rs. Worth knowing from that
// file: `Unsupported(...)` and `@ignore` fields and models are left out, views are listed
// as models, relation fields carry no foreign-key `map:` name, and index entries carry no
// WHERE clause.

export type DmmfDefault =
  | { name: string; args: unknown[] }
  | string
  | number
  | boolean
  | unknown[];

export type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt: boolean;
  type: string;
  /** e.g. ["Timestamptz", ["3"]], ["VarChar", ["20"]], ["Uuid", []]. */
  nativeType?: [string, string[]] | null;
  default?: DmmfDefault;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
};

export type DmmfModel = {
  name: string;
  dbName: string | null;
  schema: string | null;
  fields: DmmfField[];
};

export type DmmfIndexField = { name: string; sortOrder?: "asc" | "desc"; length?: number; operatorClass?: string };

export type DmmfIndex = {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  isDefinedOnField: boolean;
  name?: string;
  /** Present only when schema.prisma names the constraint with `map:`. */
  dbName?: string;
  algorithm?: string;
  clustered?: boolean;
  fields: DmmfIndexField[];
};

/** No schema: an enum's @@schema does not reach the DMMF. */
export type DmmfEnum = {
  name: string;
  dbName: string | null;
  values: { name: string; dbName: string | null }[];
};

export type DmmfDatamodel = { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] };
