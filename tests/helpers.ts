import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { expectConformance } from "./openapi-conformance";
import { pathOfHandler } from "./route-paths";

export const SHARED = path.resolve(import.meta.dirname, "../../shared/data");
export const MODELS_DIR = path.join(SHARED, "models");
export const SQUEEZENET = path.join(MODELS_DIR, "squeezenet1.1-caffe2.onnx");
export const MOBILENET = path.join(MODELS_DIR, "mobilenetv2-12-int8.onnx");
export const IMAGES_DIR = path.join(SHARED, "images");

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any route handler, whatever its params
type RouteHandler = (request: Request, context: { params: Promise<any> }) => Promise<Response>;

/** Calls a route handler exactly as Next does: a web Request and a params promise. */
export async function call(handler: RouteHandler, options: { method?: string; url?: string; params?: Record<string, string>; body?: BodyInit | null; headers?: HeadersInit } = {}) {
  const url = options.url ?? (await pathOfHandler(handler, options.params ?? {})) ?? "/api/v1/test";
  const request = new Request(`http://localhost${url}`, {
    method: options.method ?? "GET",
    body: options.body,
    headers: options.headers,
    // Node's fetch Request needs this for stream bodies.
    ...(options.body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  const body = text && response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text;
  await expectConformance({ method: request.method, url, status: response.status, contentType: response.headers.get("content-type"), body });
  return { status: response.status, headers: response.headers, body };
}

export async function modelForm(fields: Record<string, string>, file?: { path?: string; bytes?: Uint8Array; name?: string; part?: string }) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (file) {
    const bytes = file.bytes ?? (await readFile(file.path!));
    form.append(file.part ?? "file", new Blob([new Uint8Array(bytes)]), file.name ?? path.basename(file.path ?? "model.onnx"));
  }
  return form;
}

/** Every file under the artifact store (stored and staging), to prove nothing was left behind. */
export async function listArtifactFiles(): Promise<string[]> {
  const files = await readdir(env().ARTIFACT_DIR, { recursive: true, withFileTypes: true }).catch(() => []);
  return files.filter((f) => f.isFile()).map((f) => path.join(f.parentPath, f.name)).sort();
}

export function uniqueName(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
}

let webServer: Promise<string> | undefined;

/**
 * Web's own node-level request listener (lib/serving/web-listener.ts) on a free port:
 * what serves the data paths that never reach Next (model uploads, raw scores). Requests
 * it would hand to Next are answered 404 here; tests call those route handlers directly.
 */
export function webBaseUrl(): Promise<string> {
  webServer ??= (async () => {
    const http = await import("node:http");
    const { createWebListener } = await import("@/lib/serving/web-listener");
    const server = http.createServer(createWebListener({ handleNext: (_request, response) => void response.writeHead(404).end() }));
    // As server/web.ts: outlive fetch's pooled connections, so a reused one never races the server's close.
    server.keepAliveTimeout = 65_000;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    server.unref();
    return `http://127.0.0.1:${(server.address() as import("node:net").AddressInfo).port}`;
  })();
  return webServer;
}

/** POST /api/v1/models through web's listener, as the studio and curl send it. */
export async function postModel(body: BodyInit, headers?: HeadersInit) {
  const response = await fetch(`${await webBaseUrl()}/api/v1/models`, {
    method: "POST",
    body,
    headers,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  const text = await response.text();
  const parsed = text && response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text;
  await expectConformance({ method: "POST", url: "/api/v1/models", status: response.status, contentType: response.headers.get("content-type"), body: parsed });
  return { status: response.status, headers: response.headers, body: parsed };
}
