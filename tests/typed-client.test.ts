import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AccelApiError, createAccelClient, dataOf } from "@/lib/client/api";
import { generateClientSchema } from "@/lib/client/api/generate-schema";
import { disconnectDb } from "@/lib/db";
import { uniqueName } from "./helpers";
import { routeFetch } from "./route-paths";

// The typed client is generated from the OpenAPI document: regenerating it must give the
// committed file (else the contract moved without it), and it must work against the API.

afterAll(() => disconnectDb());

describe("the typed client (lib/client/api)", () => {
  it("is exactly what openapi-typescript makes of the current document", async () => {
    const committed = await readFile(path.resolve(import.meta.dirname, "../lib/client/api/schema.ts"), "utf8");
    expect(committed === (await generateClientSchema()), "lib/client/api/schema.ts is out of date: run `npm run client:generate`").toBe(true);
  });

  it("calls the API with typed requests and answers, and turns a problem into an AccelApiError", async () => {
    const client = createAccelClient({ baseUrl: "http://studio.test", fetch: routeFetch });
    const name = uniqueName("c").slice(0, 16);
    const created = dataOf(await client.POST("/api/v1/computes", { body: { name, agentCount: 1, region: "westus2", vmSize: "Standard_PB6s" } }));
    expect(created.name).toBe(name);
    const listed = dataOf(await client.GET("/api/v1/computes"));
    expect(listed.items.map((c) => c.name)).toContain(name);
    const one = dataOf(await client.GET("/api/v1/computes/{name}", { params: { path: { name } } }));
    expect([one.name, one.state]).toEqual([name, "Creating"]);
    const missing = await client.GET("/api/v1/computes/{name}", { params: { path: { name: "no-such" } } }).then(dataOf).catch((e: unknown) => e);
    expect(() => dataOf({ error: { code: "not_found", detail: "x" }, response: new Response(null, { status: 404 }) })).toThrow(AccelApiError);
    expect(missing).toBeInstanceOf(AccelApiError);
    expect((missing as AccelApiError).code).toBe("not_found");
  });
});
