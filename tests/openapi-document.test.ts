import { readFile } from "node:fs/promises";
import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";
import { call } from "./helpers";
import { routeFiles, templateOf } from "./route-paths";

// The contract: a valid OpenAPI 3.1 document (checked by a maintained validator), served
// by the API itself, naming every operation a route file serves. Answers are checked
// against it in every integration test (openapi-conformance.ts, through `call`).

const HANDLED = /^export const (GET|POST|PUT|PATCH|DELETE) = withApi/gm;
// Served before Next by web's listener (lib/serving/web-listener.ts); its route file refuses nothing else.
const FAST_PATHS = ["post /api/v1/models"];

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const document = buildOpenApiDocument();
    expect(document.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, JSON.stringify("errors" in result ? result.errors : [], null, 1).slice(0, 3000)).toBe(true);
  });

  it("documents every operation of every route file, and nothing else", async () => {
    const document = buildOpenApiDocument();
    const documented = Object.entries(document.paths ?? {}).flatMap(([route, item]) => Object.keys(item as object).map((method) => `${method} ${route}`));
    const served: string[] = [...FAST_PATHS];
    for (const file of await routeFiles()) {
      const route = templateOf(file);
      if (!route) continue; // the catch-all answers 404 for what is not an operation
      for (const [, method] of (await readFile(file, "utf8")).matchAll(HANDLED)) served.push(`${method.toLowerCase()} ${route}`);
    }
    expect(served.length).toBeGreaterThan(35);
    expect([...documented].sort()).toEqual([...new Set(served)].sort());
  });

  it("is served at /api/v1/openapi.json", async () => {
    const served = await call(openapiRoute.GET);
    expect(served.status).toBe(200);
    expect(served.body.info.title).toBe("Accel Studio API");
    expect(Object.keys(served.body.components.schemas)).toEqual(expect.arrayContaining(["Model", "Conversion", "Service", "Problem", "ApiToken"]));
  });
});
