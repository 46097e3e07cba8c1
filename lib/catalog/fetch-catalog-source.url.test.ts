import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fetchCatalogSource, getCatalogEntry, type DownloadProgress } from "./index";
import { closedPortUrl, failureOf, makeEntry, MODELS_DIR, PAYLOAD, serveFile, serveStalled, startServer, setUpFetchSandbox } from "./fetch-test-helpers";

const { paths, track } = setUpFetchSandbox();

describe("fetchCatalogSource from URLs", () => {
  it("downloads and verifies the real file from a local server", async () => {
    const entry = getCatalogEntry("squeezenet1.1-caffe2-fp16");
    const data = await readFile(path.join(MODELS_DIR, entry.fileName));
    const server = track(await serveFile(data));
    const progress: DownloadProgress[] = [];
    const result = await fetchCatalogSource({ entry: { ...entry, urls: [server.url] }, destination: paths.destination, onProgress: (p) => progress.push(p) });
    expect(result).toEqual({ source: server.url, sha256: entry.sha256, bytes: entry.bytes });
    expect(progress.at(-1)).toEqual({ bytesDone: entry.bytes, bytesTotal: entry.bytes, source: server.url });
  });

  it("reports a 404 and moves on to the next URL", async () => {
    const notFound = track(await startServer((_req, res) => res.writeHead(404).end("no")));
    const error = await failureOf(fetchCatalogSource({ entry: makeEntry([notFound.url, await closedPortUrl()]), destination: paths.destination }));
    expect(error.code).toBe("source_unreachable");
    expect(error.message).toMatch(/^Could not download test-model: http:\/\/127\.0\.0\.1:\d+\/test-model\.onnx — HTTP 404 Not Found; /);
    expect(error.message).toContain("ECONNREFUSED");
    expect(error.message).toMatch(/\. Set MODEL_MIRROR_DIR to a folder holding test-model\.onnx to install offline\.$/);
    expect(error.details).toEqual({ attempts: [expect.objectContaining({ source: notFound.url }), expect.anything()] });
  });

  it("gives up on a server that stalls mid-body", { timeout: 10_000 }, async () => {
    const server = track(await serveStalled(PAYLOAD));
    const error = await failureOf(fetchCatalogSource({ entry: makeEntry([server.url]), destination: paths.destination, idleTimeoutMs: 300 }));
    expect(error.code).toBe("source_unreachable");
    expect(error.message).toContain("stalled: no data for 300 ms");
    expect(existsSync(paths.destination)).toBe(false);
  });

  it("gives up on a server that never answers", { timeout: 10_000 }, async () => {
    const server = track(await startServer(() => {}));
    const error = await failureOf(fetchCatalogSource({ entry: makeEntry([server.url]), destination: paths.destination, connectTimeoutMs: 300 }));
    expect(error.message).toContain("no response within 300 ms");
  });

  it("fails fast on a closed port", { timeout: 10_000 }, async () => {
    const error = await failureOf(fetchCatalogSource({ entry: makeEntry([await closedPortUrl()]), destination: paths.destination }));
    expect(error.code).toBe("source_unreachable");
    expect(error.details?.attempts).toEqual([expect.objectContaining({ reason: expect.stringContaining("ECONNREFUSED") })]);
  });

  it("rejects a file of the wrong announced size without downloading it", async () => {
    const server = track(await serveFile(randomBytes(10)));
    const error = await failureOf(fetchCatalogSource({ entry: makeEntry([server.url]), destination: paths.destination }));
    expect(error.code).toBe("digest_mismatch");
    expect(error.message).toContain(`server announced 10 bytes, expected ${PAYLOAD.length}`);
  });

  it("accepts a chunked body without a length, and cuts off one that runs long", async () => {
    const encodings: (string | undefined)[] = [];
    const chunked = (data: Buffer) => startServer((req, res) => {
      encodings.push(req.headers["accept-encoding"]);
      res.writeHead(200);
      res.write(data.subarray(0, 1000));
      res.end(data.subarray(1000));
    });
    const good = track(await chunked(PAYLOAD));
    expect((await fetchCatalogSource({ entry: makeEntry([good.url]), destination: paths.destination })).bytes).toBe(PAYLOAD.length);
    await rm(paths.destination);
    const long = track(await chunked(Buffer.concat([PAYLOAD, Buffer.from("extra")])));
    const error = await failureOf(fetchCatalogSource({ entry: makeEntry([long.url]), destination: paths.destination }));
    expect(error.code).toBe("digest_mismatch");
    expect(error.message).toContain(`got more than the expected ${PAYLOAD.length} bytes`);
    // Asked uncompressed, so a declared length is the file's length.
    expect(encodings).toEqual(["identity", "identity"]);
  });

  it("treats a connection dropped mid-body as an unreachable source", async () => {
    const server = track(await startServer((_req, res) => {
      res.writeHead(200, { "content-length": String(PAYLOAD.length) });
      res.write(PAYLOAD.subarray(0, 1000), () => res.destroy());
    }));
    const error = await failureOf(fetchCatalogSource({ entry: makeEntry([server.url]), destination: paths.destination }));
    expect(error.code).toBe("source_unreachable");
    expect(error.message).toContain("other side closed");
    expect(existsSync(paths.destination)).toBe(false);
  });

  it("stops at once when aborted and leaves no file", { timeout: 10_000 }, async () => {
    const server = track(await serveStalled(PAYLOAD));
    const controller = new AbortController();
    const promise = fetchCatalogSource({
      entry: makeEntry([server.url]), destination: paths.destination, signal: controller.signal, onProgress: () => controller.abort(),
    });
    await expect(promise).rejects.toMatchObject({ name: "AbortError" });
    expect(existsSync(paths.destination)).toBe(false);
  });

  it("never overwrites an existing paths.destination", async () => {
    await writeFile(paths.destination, "keep me");
    const server = track(await serveFile(PAYLOAD));
    await expect(fetchCatalogSource({ entry: makeEntry([server.url]), destination: paths.destination })).rejects.toMatchObject({ code: "EEXIST" });
    expect(await readFile(paths.destination, "utf8")).toBe("keep me");
  });
});
