import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { createWebListener } from "@/lib/serving/web-listener";
import { startScoringHost, type ScoringHost } from "@/worker/scoring-host";
import { routeFiles } from "./route-paths";

// In AUTH_MODE=token nothing in /api/v1 answers without a credential. Rather than list
// the routes (and forget the next one), this walks every route file under app/api/v1,
// calls every method it exports with no credential, and expects 401 problem+json; then
// the paths served outside Next (web's fast paths, the worker's model score route).

const API_DIR = path.resolve(import.meta.dirname, "../app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** The URL path of a route file, with each [param] filled in, and the params Next would pass. */
function pathOf(file: string): { url: string; params: Record<string, string | string[]> } {
  const params: Record<string, string | string[]> = {};
  const segments = path.relative(API_DIR, path.dirname(file)).split(path.sep).filter(Boolean).map((segment) => {
    const catchAll = /^\[\.\.\.(\w+)\]$/.exec(segment);
    if (catchAll) return (params[catchAll[1]] = ["anything"]), "anything";
    const param = /^\[(\w+)\]$/.exec(segment);
    if (param) return (params[param[1]] = "x1"), "x1";
    return segment;
  });
  return { url: `/api/v1/${segments.join("/")}`.replace(/\/$/, ""), params };
}

let web: http.Server;
let webUrl: string;
let host: ScoringHost;

beforeAll(async () => {
  setEnv({ AUTH_MODE: "token" });
  web = http.createServer(createWebListener({ handleNext: (_request, response) => void response.writeHead(418).end("next") }));
  await new Promise<void>((resolve) => web.listen(0, "127.0.0.1", resolve));
  webUrl = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
  host = await startScoringHost({ host: "127.0.0.1", port: 0, workerId: "walk", isReady: () => true });
});
afterAll(async () => {
  setEnv({ AUTH_MODE: undefined });
  web.close();
  await host.close();
  await disconnectDb();
});

const expectUnauthenticated = (status: number, contentType: string | null, body: { code?: string }, where: string) => {
  expect(status, where).toBe(401);
  expect(contentType, where).toMatch(/^application\/problem\+json/);
  expect(body.code, where).toBe("unauthenticated");
};

describe("AUTH_MODE=token: every route refuses a request without a credential", () => {
  it("every method of every route file under app/api/v1", async () => {
    const files = await routeFiles(API_DIR);
    expect(files.length).toBeGreaterThan(25);
    let calls = 0;
    for (const file of files) {
      const route = (await import(file)) as Record<string, unknown>;
      const { url, params } = pathOf(file);
      for (const method of METHODS) {
        const handler = route[method] as ((request: Request, context: { params: Promise<unknown> }) => Promise<Response>) | undefined;
        if (!handler) continue;
        const body = method === "GET" || method === "DELETE" ? undefined : "{}";
        const response = await handler(new Request(`http://localhost${url}`, { method, body, headers: body ? { "content-type": "application/json" } : {} }), { params: Promise.resolve(params) });
        expectUnauthenticated(response.status, response.headers.get("content-type"), await response.json(), `${method} ${url} (${path.relative(API_DIR, file)})`);
        expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
        calls++;
      }
    }
    expect(calls).toBeGreaterThan(100);
  });

  it("web's fast paths and the worker's model score route", async () => {
    for (const [base, method, url, contentType] of [
      [webUrl, "POST", "/api/v1/models/m/versions/1/score", "image/jpeg"],
      [webUrl, "POST", "/api/v1/services/s/score", "image/jpeg"],
      [webUrl, "POST", "/api/v1/models", "application/octet-stream"],
      [host.url, "POST", "/v1/models/m/versions/1/score", "image/jpeg"],
    ] as const) {
      const response = await fetch(`${base}${url}`, { method, body: new Uint8Array([1, 2, 3]), headers: { "content-type": contentType } });
      expectUnauthenticated(response.status, response.headers.get("content-type"), await response.json(), `${method} ${base}${url}`);
    }
  });
});
