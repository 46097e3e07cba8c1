import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fetchCatalogSource, getCatalogEntry, type DownloadProgress } from "./index";
import { closedPortUrl, failureOf, makeEntry, MODELS_DIR, PAYLOAD, serveFile, sha256Of, setUpFetchSandbox } from "./fetch-test-helpers";

const { paths, track } = setUpFetchSandbox();

describe("fetchCatalogSource from the mirror", () => {
  it("copies the real model identically, with monotonic progress ending at 100%", async () => {
    const entry = getCatalogEntry("mobilenetv2-int8");
    const progress: DownloadProgress[] = [];
    const result = await fetchCatalogSource({ entry, mirrorDir: MODELS_DIR, destination: paths.destination, onProgress: (p) => progress.push(p) });

    const mirrorFile = path.join(MODELS_DIR, entry.fileName);
    expect(result).toEqual({ source: mirrorFile, sha256: entry.sha256, bytes: entry.bytes });
    expect((await readFile(paths.destination)).equals(await readFile(mirrorFile))).toBe(true);
    expect(progress.length).toBeGreaterThanOrEqual(1);
    progress.forEach((p, i) => {
      expect(p).toMatchObject({ bytesTotal: entry.bytes, source: mirrorFile });
      if (i > 0) expect(p.bytesDone).toBeGreaterThanOrEqual(progress[i - 1].bytesDone);
    });
    expect(progress.at(-1)?.bytesDone).toBe(entry.bytes);
  });

  it("falls through a wrong mirror file to a URL that serves the right one", async () => {
    await writeFile(path.join(paths.workDir, "test-model.onnx"), randomBytes(PAYLOAD.length));
    const server = track(await serveFile(PAYLOAD));
    const result = await fetchCatalogSource({ entry: makeEntry([server.url]), mirrorDir: paths.workDir, destination: paths.destination });
    expect(result.source).toBe(server.url);
    expect(sha256Of(await readFile(paths.destination))).toBe(sha256Of(PAYLOAD));
  });

  it("fails with digest_mismatch naming both digests when the mirror is wrong and no URL answers", async () => {
    const wrong = randomBytes(1234);
    await writeFile(path.join(paths.workDir, "test-model.onnx"), wrong);
    const entry = makeEntry([await closedPortUrl()]);
    const error = await failureOf(fetchCatalogSource({ entry, mirrorDir: paths.workDir, destination: paths.destination }));
    expect(error.code).toBe("digest_mismatch");
    expect(error.message).toContain(`expected sha256 ${entry.sha256} (${entry.bytes} bytes)`);
    expect(error.message).toContain(`got sha256 ${sha256Of(wrong)} (1234 bytes)`);
    expect(error.details?.attempts).toHaveLength(2);
    expect(existsSync(paths.destination)).toBe(false);
  });

  it("says so when the mirror lacks the file, and installs a URL-less entry only from a mirror", async () => {
    const entry = { ...getCatalogEntry("squeezenet1.1-caffe2") };
    const missing = await failureOf(fetchCatalogSource({ entry, mirrorDir: paths.workDir, destination: paths.destination }));
    expect(missing.code).toBe("source_unreachable");
    expect(missing.message).toContain("not found in the mirror");
    const none = await failureOf(fetchCatalogSource({ entry, destination: paths.destination }));
    expect(none.message).toContain("installs only from a mirror");
    expect(none.message).toContain("Set MODEL_MIRROR_DIR to a folder holding squeezenet1.1-caffe2.onnx to install offline.");
    const ok = await fetchCatalogSource({ entry, mirrorDir: MODELS_DIR, destination: paths.destination });
    expect(ok.sha256).toBe(entry.sha256);
  });
});

