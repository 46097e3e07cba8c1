import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { artifactPath, tmpDir, writeHashedFile, type WriteProgress } from "./index";

// Real files in the per-file ARTIFACT_DIR of tests/setup-file.ts, real streams.

const sha256Of = (data: Buffer) => createHash("sha256").update(data).digest("hex");
const DATA = randomBytes(256 * 1024 + 17);

function chunksOf(data: Buffer, size = 16 * 1024): Buffer[] {
  const chunks: Buffer[] = [];
  for (let at = 0; at < data.length; at += size) chunks.push(data.subarray(at, at + size));
  return chunks;
}

/** Sends `first`, then nothing more, ever (until destroyed). */
function stallingSource(first: Buffer): Readable {
  let isSent = false;
  return new Readable({
    read() {
      if (!isSent) this.push(first);
      isSent = true;
    },
  });
}

async function stagingFiles(): Promise<string[]> {
  return readdir(tmpDir()).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => expect.unreachable("should have failed"), (error: unknown) => error);
}

describe("writeHashedFile", () => {
  it("stages the bytes with the digest and size node's crypto computes", async () => {
    const staged = await writeHashedFile({ source: Readable.from(chunksOf(DATA)), maxBytes: DATA.length });
    expect(staged).toMatchObject({ digest: sha256Of(DATA), sizeBytes: DATA.length });
    expect(path.dirname(staged.tmpPath)).toBe(tmpDir());
    expect((await readFile(staged.tmpPath)).equals(DATA)).toBe(true);
    await staged.discard();
    expect(await stagingFiles()).toEqual([]);
  });

  it("refuses a stream over maxBytes with a 413 and leaves no file", async () => {
    const error = await failureOf(writeHashedFile({ source: Readable.from(chunksOf(DATA)), maxBytes: 100_000 }));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "payload_too_large", status: 413, details: { limitBytes: 100_000 } });
    expect(await stagingFiles()).toEqual([]);
  });

  it.each([
    ["a short file", DATA.subarray(0, 1000), /^Expected sha256 [0-9a-f]{64} \(\d+ bytes\), got sha256 [0-9a-f]{64} \(1000 bytes\)\.$/],
    ["a long file, cut off early", Buffer.concat([DATA, DATA]), /^Got more than the expected \d+ bytes\.$/],
    ["a wrong file of the right size", randomBytes(DATA.length), /^Expected sha256 .*, got sha256 .*/],
  ])("refuses %s against `expected` with digest_mismatch and leaves no file", async (_name, data, message) => {
    const expected = { bytes: DATA.length, sha256: sha256Of(DATA) };
    const error = await failureOf(writeHashedFile({ source: Readable.from(chunksOf(data)), expected }));
    expect(error).toMatchObject({ code: "digest_mismatch", details: { expected } });
    expect((error as AppError).message).toMatch(message);
    expect(await stagingFiles()).toEqual([]);
  });

  it("gives up on a source that stops producing, destroys it and leaves no file", { timeout: 5_000 }, async () => {
    const source = stallingSource(DATA.subarray(0, 1000));
    const error = await failureOf(writeHashedFile({ source, idleTimeoutMs: 150 }));
    expect(error).toMatchObject({ code: "timeout", status: 504 });
    expect((error as AppError).message).toContain("no data for 150 ms");
    expect(source.destroyed).toBe(true);
    expect(await stagingFiles()).toEqual([]);
  });

  it("stops when aborted mid-stream, rejecting with the signal's reason, and leaves no file", { timeout: 5_000 }, async () => {
    const source = stallingSource(DATA.subarray(0, 1000));
    const controller = new AbortController();
    const reason = new Error("user cancelled");
    const error = await failureOf(writeHashedFile({ source, signal: controller.signal, onProgress: () => controller.abort(reason) }));
    expect(error).toBe(reason);
    expect(source.destroyed).toBe(true);
    expect(await stagingFiles()).toEqual([]);
  });

  it("rejects at once with the reason of a signal aborted beforehand", async () => {
    const source = Readable.from(chunksOf(DATA));
    const error = await failureOf(writeHashedFile({ source, signal: AbortSignal.abort(new Error("too late")) }));
    expect(error).toMatchObject({ message: "too late" });
    expect(source.destroyed).toBe(true);
    expect(await stagingFiles()).toEqual([]);
  });

  it("handles an abort that lands while the staging file is being created", async () => {
    // Before the pipeline exists nothing listens for a stream error: vitest would report
    // an unhandled one if the abort destroyed a stream too early.
    const source = new Readable({ read() {} });
    const controller = new AbortController();
    const reason = new Error("cancelled while opening");
    const promise = writeHashedFile({ source, signal: controller.signal });
    queueMicrotask(() => controller.abort(reason));
    expect(await failureOf(promise)).toBe(reason);
    expect(source.destroyed).toBe(true);
    expect(await stagingFiles()).toEqual([]);
  });

  it("passes on a source's own error unchanged and leaves no file", async () => {
    const boom = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
    let reads = 0;
    const source = new Readable({
      read() {
        reads += 1;
        if (reads < 3) this.push(DATA.subarray(0, 4096));
        else this.destroy(boom);
      },
    });
    const error = await failureOf(writeHashedFile({ source }));
    expect(error).toBe(boom);
    expect(await stagingFiles()).toEqual([]);
  });

  it("commits into the content-addressed path", async () => {
    const staged = await writeHashedFile({ source: Readable.from(chunksOf(DATA)), expected: { bytes: DATA.length, sha256: sha256Of(DATA) } });
    const target = await staged.commit();
    expect(target).toBe(artifactPath(sha256Of(DATA)));
    expect((await readFile(target)).equals(DATA)).toBe(true);
    expect(existsSync(staged.tmpPath)).toBe(false);
    await staged.discard(); // after commit: does nothing
    expect(existsSync(target)).toBe(true);
  });

  it("reports progress, throttled, ending at the total", async () => {
    const progress: WriteProgress[] = [];
    const chunks = chunksOf(DATA, 1024);
    const staged = await writeHashedFile({
      source: Readable.from(chunks),
      expected: { bytes: DATA.length, sha256: sha256Of(DATA) },
      onProgress: (p) => progress.push(p),
    });
    expect(progress.length).toBeGreaterThanOrEqual(1);
    expect(progress.length).toBeLessThan(chunks.length);
    progress.forEach((p, i) => {
      if (i > 0) expect(p.bytesDone).toBeGreaterThanOrEqual(progress[i - 1].bytesDone);
    });
    expect(progress.at(-1)).toEqual({ bytesDone: DATA.length, bytesTotal: DATA.length });
    await staged.discard();
  });
});
