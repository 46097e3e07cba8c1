import openapiTS, { astToString } from "openapi-typescript";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";

// The typed client's types, generated from the OpenAPI document by openapi-typescript, so
// that the client cannot drift from the contract: `npm run client:generate` writes them
// to schema.ts, and a test regenerates them and fails on any difference.

const SCHEMA_HEADER = `// Generated from /api/v1/openapi.json by \`npm run client:generate\` (openapi-typescript).
// Do not edit: change the API's zod schemas or lib/openapi, then regenerate.
`;

export async function generateClientSchema(): Promise<string> {
  const ast = await openapiTS(structuredClone(buildOpenApiDocument()) as never);
  return `${SCHEMA_HEADER}\n${astToString(ast)}`;
}
