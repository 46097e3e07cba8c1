import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect } from "vitest";
import { tmpDir } from "@/lib/artifacts";
import { AppError } from "@/lib/errors";
import { getCatalogEntry, type CatalogEntry } from "./index";

// Shared by the fetchCatalogSource tests: small stand-in models, local HTTP servers on
// 127.0.0.1 (nothing here may reach the internet), a fresh temp dir per test, and an
// artifact staging folder (the per-file ARTIFACT_DIR of tests/setup-file.ts) emptied after each.

export const MODELS_DIR = path.resolve(import.meta.dirname, "../../../shared/data/models");
export const sha256Of = (data: Buffer) => createHash("sha256").update(data).digest("hex");

// A small stand-in model: random bytes with their real digest, served or mirrored.
export const PAYLOAD = randomBytes(300_000);
export function makeEntry(urls: string[], data: Buffer = PAYLOAD): CatalogEntry {
  return { ...getCatalogEntry("mobilenetv2"), id: "test-model", fileName: "test-model.onnx", bytes: data.length, sha256: sha256Of(data), urls };
}

export type TestServer = { url: string; port: number; close: () => Promise<void> };
export async function startServer(handler: http.RequestListener): Promise<TestServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/test-model.onnx`,
    port,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
// Answers every request with this status and counts the requests.
export async function serveStatus(status: number): Promise<TestServer & { requests: () => number }> {
  let requests = 0;
  const server = await startServer((_req, res) => {
    requests += 1;
    res.writeHead(status).end("nope");
  });
  return { ...server, requests: () => requests };
}
export const serveFile = (data: Buffer) => startServer((_req, res) => {
  res.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(data.length) });
  res.end(data);
});
// Sends headers and a first slice, then nothing more.
export const serveStalled = (data: Buffer) => startServer((_req, res) => {
  res.writeHead(200, { "content-length": String(data.length) });
  res.write(data.subarray(0, 1000));
});
export async function closedPortUrl(): Promise<string> {
  const server = await startServer(() => {});
  await server.close();
  return server.url;
}

/** What the fetcher left in the artifact staging folder. */
export async function stagingFiles(): Promise<string[]> {
  return readdir(tmpDir()).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
}

export async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Registers per-test temp dir and server cleanup; read `paths` inside tests. */
export function setUpFetchSandbox() {
  const paths = { workDir: "" };
  const servers: TestServer[] = [];
  beforeEach(async () => {
    paths.workDir = await mkdtemp(path.join(os.tmpdir(), "catalog-fetch-"));
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
    await rm(paths.workDir, { recursive: true, force: true });
    await rm(tmpDir(), { recursive: true, force: true });
  });
  const track = <T extends TestServer>(server: T): T => (servers.push(server), server);
  return { paths, track };
}
