import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fetchCatalogSource, getCatalogEntry, isTransientFailure, type DownloadProgress } from "./index";
import {
  closedPortUrl, failureOf, makeEntry, MODELS_DIR, PAYLOAD, serveFile, serveStalled, serveStatus, setUpFetchSandbox, sha256Of, stagingFiles, startServer,
} from "./fetch-test-helpers";

const { track } = setUpFetchSandbox();

describe("fetchCatalogSource from URLs", () => {
  it("downloads and verifies the real file from a local server", async () => {
    const entry = getCatalogEntry("squeezenet1.1-caffe2-fp16");
    const data = await readFile(path.join(MODELS_DIR, entry.fileName));
    const server = track(await serveFile(data));
    const progress: DownloadProgress[] = [];
    const fetched = await fetchCatalogSource({ entry: { ...entry, urls: [server.url] }, onProgress: (p) => progress.push(p) });
    expect(fetched).toMatchObject({ source: server.url, digest: entry.sha256, sizeBytes: entry.bytes });
    expect((await readFile(fetched.tmpPath)).equals(data)).toBe(true);
    expect(progress.at(-1)).toEqual({ bytesDone: entry.bytes, bytesTotal: entry.bytes, source: server.url });
    await fetched.discard();
    expect(await stagingFiles()).toEqual([]);
  });

  it("calls an HTTP 404 permanent: source_not_found, not transient", async () => {
    const notFound = track(await serveStatus(404));
    const gone = track(await serveStatus(410));
    const error = await failureOf(fetchCatalogSource({ entry: makeEntry([notFound.url, gone.url]) }));
    expect(error.code).toBe("source_not_found");
    expect(error.status).toBe(502);
    expect(error.grpcStatus).toBe(5); // NOT_FOUND
    expect(error.message).toMatch(/^Could not download test-model: http:\/\/127\.0\.0\.1:\d+\/test-model\.onnx — HTTP 404 Not Found; .* — HTTP 410 Gone\. /);
    expect(error.details).toEqual({
      attempts: [{ source: notFound.url, reason: "HTTP 404 Not Found" }, { source: gone.url, reason: "HTTP 410 Gone" }],
      isTransient: false,
    });
    expect(isTransientFailure(error)).toBe(false);
  });

  it.each([503, 429])("calls an HTTP %i transient: source_unreachable", async (status) => {
    const server = track(await serveStatus(status));
    const error = await failureOf(fetchCatalogSource({ entry: makeEntry([server.url]) }));
    expect(error.code).toBe("source_unreachable");
    expect(error.details).toMatchObject({ isTransient: true, attempts: [{ source: server.url, reason: expect.stringContaining(`HTTP ${status}`) }] });
    expect(isTransientFailure(error)).toBe(true);
  });

  it("reports a 404 and moves on to the next URL; an unreachable one makes the whole transient", async () => {
    const notFound = track(await serveStatus(404));
    const error = await failureOf(fetchCatalogSource({ entry: makeEntry([notFound.url, await closedPortUrl()]) }));
    expect(error.code).toBe("source_unreachable");
    expect(error.message).toMatch(/^Could not download test-model: http:\/\/127\.0\.0\.1:\d+\/test-model\.onnx — HTTP 404 Not Found; /);
    expect(error.message).toContain("ECONNREFUSED");
    expect(error.message).toMatch(/\. Set MODEL_MIRROR_DIR to a folder holding test-model\.onnx to install offline\.$/);
    expect(error.details).toEqual({ attempts: [expect.objectContaining({ source: notFound.url }), expect.anything()], isTransient: true });
  });

  it("gives up on a server that stalls mid-body, transiently, and leaves no file", { timeout: 10_000 }, async () => {
    const server = track(await serveStalled(PAYLOAD));
    const error = await failureOf(fetchCatalogSource({ entry: makeEntry([server.url]), idleTimeoutMs: 300 }));
    expect(error.code).toBe("source_unreachable");
    expect(error.message).toContain("stalled: no data for 300 ms");
    expect(isTransientFailure(error)).toBe(true);
    expect(await stagingFiles()).toEqual([]);
  });

  it("gives up on a server that never answers", { timeout: 10_000 }, async () => {
    const server = track(await startServer(() => {}));
    const error = await failureOf(fetchCatalogSource({ entry: makeEntry([server.url]), connectTimeoutMs: 300 }));
    expect(error.message).toContain("no response within 300 ms");
    expect(isTransientFailure(error)).toBe(true);
  });

  it("fails fast on a closed port", { timeout: 10_000 }, async () => {
    const error = await failureOf(fetchCatalogSource({ entry: makeEntry([await closedPortUrl()]) }));
    expect(error.code).toBe("source_unreachable");
    expect(error.details?.attempts).toEqual([expect.objectContaining({ reason: expect.stringContaining("ECONNREFUSED") })]);
  });

  it("rejects a file of the wrong announced size without downloading it", async () => {
    const server = track(await serveFile(randomBytes(10)));
    const error = await failureOf(fetchCatalogSource({ entry: makeEntry([server.url]) }));
    expect(error.code).toBe("digest_mismatch");
    expect(error.message).toContain(`server announced 10 bytes, expected ${PAYLOAD.length}`);
    expect(isTransientFailure(error)).toBe(false);
  });

  it("rejects a file of the right size and the wrong content as digest_mismatch, leaving no file", async () => {
    const wrong = randomBytes(PAYLOAD.length);
    const server = track(await serveFile(wrong));
    const error = await failureOf(fetchCatalogSource({ entry: makeEntry([server.url]) }));
    expect(error.code).toBe("digest_mismatch");
    expect(error.message).toContain(`got sha256 ${sha256Of(wrong)} (${PAYLOAD.length} bytes)`);
    expect(error.details).toMatchObject({ isTransient: false });
    expect(await stagingFiles()).toEqual([]);
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
    expect((await fetchCatalogSource({ entry: makeEntry([good.url]) })).sizeBytes).toBe(PAYLOAD.length);
    const long = track(await chunked(Buffer.concat([PAYLOAD, Buffer.from("extra")])));
    const error = await failureOf(fetchCatalogSource({ entry: makeEntry([long.url]) }));
    expect(error.code).toBe("digest_mismatch");
    expect(error.message).toContain(`Got more than the expected ${PAYLOAD.length} bytes`);
    // Asked uncompressed, so a declared length is the file's length.
    expect(encodings).toEqual(["identity", "identity"]);
  });

  it("treats a connection dropped mid-body as an unreachable source", async () => {
    const server = track(await startServer((_req, res) => {
      res.writeHead(200, { "content-length": String(PAYLOAD.length) });
      res.write(PAYLOAD.subarray(0, 1000), () => res.destroy());
    }));
    const error = await failureOf(fetchCatalogSource({ entry: makeEntry([server.url]) }));
    expect(error.code).toBe("source_unreachable");
    expect(error.message).toContain("other side closed");
    expect(await stagingFiles()).toEqual([]);
  });

  it("stops at once when aborted and leaves no file", { timeout: 10_000 }, async () => {
    const server = track(await serveStalled(PAYLOAD));
    const controller = new AbortController();
    const promise = fetchCatalogSource({
      entry: makeEntry([server.url]), signal: controller.signal, onProgress: () => controller.abort(),
    });
    await expect(promise).rejects.toMatchObject({ name: "AbortError" });
    expect(await stagingFiles()).toEqual([]);
  });
});
