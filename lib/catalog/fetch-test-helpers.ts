import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect } from "vitest";
import { AppError } from "@/lib/errors";
import { getCatalogEntry, type CatalogEntry } from "./index";

// Shared by the fetchCatalogSource tests: small stand-in models, local HTTP servers on
// 127.0.0.1 (nothing here may reach the internet), and a fresh temp dir per test.

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

export async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Registers per-test temp dir and server cleanup; read `paths` inside tests. */
export function setUpFetchSandbox() {
  const paths = { workDir: "", destination: "" };
  const servers: TestServer[] = [];
  beforeEach(async () => {
    paths.workDir = await mkdtemp(path.join(os.tmpdir(), "catalog-fetch-"));
    paths.destination = path.join(paths.workDir, "downloaded.onnx");
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
    await rm(paths.workDir, { recursive: true, force: true });
  });
  const track = (server: TestServer) => (servers.push(server), server);
  return { paths, track };
}
