import { dereference } from "@readme/openapi-parser";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";

// Every answer an integration test receives through `call` (tests/helpers.ts) is checked
// against the OpenAPI document: its path, method and status must be documented, and its
// body must match the schema documented for them. The contract cannot drift from what
// the handlers really send while the tests pass.

type Operation = { responses: Record<string, { content?: Record<string, { schema: object }> }> };
type Document = { paths: Record<string, Record<string, Operation>> };

let loading: Promise<{ doc: Document; templates: { pattern: RegExp; path: string }[] }> | undefined;
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
const validators = new Map<string, ValidateFunction>();

function load() {
  loading ??= (async () => {
    const doc = (await dereference(structuredClone(buildOpenApiDocument()) as never)) as unknown as Document;
    const templates = Object.keys(doc.paths).map((path) => ({ path, pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}$`) }));
    return { doc, templates };
  })();
  return loading;
}

/** Throws, naming the difference, when an answer is not what the document says. Paths outside the document (a test's made-up URL) are not checked. */
export async function expectConformance(answer: { method: string; url: string; status: number; contentType: string | null; body: unknown }): Promise<void> {
  const { doc, templates } = await load();
  const path = new URL(answer.url, "http://x").pathname;
  const template = templates.find((t) => t.pattern.test(path));
  if (!template) return;
  const operation = doc.paths[template.path][answer.method.toLowerCase()];
  if (!operation) {
    if (answer.status === 405) return; // a method the route refuses, as documented by its absence
    throw new Error(`OpenAPI: ${answer.method} ${template.path} is not documented, yet it answered ${answer.status}.`);
  }
  const response = operation.responses[String(answer.status)] ?? operation.responses.default;
  if (!response) throw new Error(`OpenAPI: ${answer.method} ${template.path} answered ${answer.status}, which is not documented.`);
  const mediaType = (answer.contentType ?? "").split(";")[0].trim();
  if (!response.content) return;
  const content = response.content[mediaType];
  if (!content) throw new Error(`OpenAPI: ${answer.method} ${template.path} ${answer.status} answered ${mediaType || "no content type"}; documented: ${Object.keys(response.content).join(", ")}.`);
  const key = `${answer.method} ${template.path} ${answer.status} ${mediaType}`;
  let validate = validators.get(key);
  if (!validate) validators.set(key, (validate = ajv.compile(content.schema)));
  if (!validate(answer.body)) {
    throw new Error(`OpenAPI: ${key} does not match its schema: ${ajv.errorsText(validate.errors, { separator: "; " })}`);
  }
}
