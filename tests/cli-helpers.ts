import { spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createWebListener } from "@/lib/serving/web-listener";
import { expectConformance } from "./openapi-conformance";
import { routeFetch } from "./route-paths";

// The `accel` CLI as a user runs it — bin/accel.mjs in a process of its own, stderr not a
// terminal — against this test file's studio: web's listener (lib/serving/web-listener.ts)
// with the route handlers in Next's place, on the test's database. Whatever else a test
// needs (a worker, an Azure stand-in) it starts beside, in this process.

const ROOT = path.resolve(import.meta.dirname, "..");

export type AccelRun = { code: number | null; stdout: string; stderr: string };
export type Studio = { url: string; close: () => Promise<void> };

/** /api/v1 over HTTP on a free port. An answer the OpenAPI document does not allow becomes a 500 naming the difference, so the CLI's test fails on it. */
export async function startStudio(): Promise<Studio> {
  const server = http.createServer(
    createWebListener({
      handleNext: (request, response) => {
        void answer(request).then(
          (answered) => response.writeHead(answered.status, answered.headers).end(answered.body),
          (error: unknown) => response.writeHead(500, { "content-type": "application/problem+json" }).end(JSON.stringify({ status: 500, code: "internal", detail: String(error) })),
        );
      },
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

async function answer(request: http.IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) if (typeof value === "string") headers.set(name, value);
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  const response = await routeFetch(new Request(`http://${request.headers.host}${request.url}`, { method: request.method, headers, body: hasBody ? Buffer.concat(chunks) : undefined }));
  const body = Buffer.from(await response.arrayBuffer());
  const contentType = response.headers.get("content-type");
  const parsed = body.length && contentType?.includes("json") ? JSON.parse(body.toString("utf8")) : body.toString("utf8");
  await expectConformance({ method: request.method ?? "GET", url: request.url ?? "/", status: response.status, contentType, body: parsed });
  return { status: response.status, headers: Object.fromEntries(response.headers), body };
}

/**
 * Starts `accel <args>` against the studio at `url`, with a config folder of its own (no
 * saved login of the machine's user leaks in). `stderr` fills as lines arrive, for a test
 * that acts while a --wait is under way; `done` is the whole run.
 */
export function startAccel(url: string, args: string[], env: Record<string, string> = {}) {
  const run: AccelRun = { code: null, stdout: "", stderr: "" };
  const done = (async () => {
    const config = await mkdtemp(path.join(tmpdir(), "accel-cli-"));
    const child = spawn(process.execPath, [path.join(ROOT, "bin", "accel.mjs"), ...args], { cwd: ROOT, env: { ...process.env, XDG_CONFIG_HOME: config, ACCEL_URL: url, ACCEL_TOKEN: "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk: Buffer) => (run.stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (run.stderr += chunk.toString("utf8")));
    run.code = await new Promise<number | null>((resolve) => child.once("close", resolve));
    return run;
  })();
  return { run, done };
}

/** `accel <args>` to its end. */
export const accel = (url: string, args: string[], env: Record<string, string> = {}) => startAccel(url, args, env).done;
