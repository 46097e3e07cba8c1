import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { artifactPath } from "@/lib/artifacts";
import { fetchCatalogSource, getCatalogEntry, isTransientFailure, type DownloadProgress } from "./index";
import {
  closedPortUrl, failureOf, makeEntry, MODELS_DIR, PAYLOAD, serveFile, serveStatus, setUpFetchSandbox, sha256Of, stagingFiles,
} from "./fetch-test-helpers";

const { paths, track } = setUpFetchSandbox();

describe("fetchCatalogSource from the mirror", () => {
  it("stages the real model identically, with monotonic progress ending at 100%", async () => {
    const entry = getCatalogEntry("mobilenetv2-int8");
    const progress: DownloadProgress[] = [];
    const fetched = await fetchCatalogSource({ entry, mirrorDir: MODELS_DIR, onProgress: (p) => progress.push(p) });

    const mirrorFile = path.join(MODELS_DIR, entry.fileName);
    expect(fetched).toMatchObject({ source: mirrorFile, digest: entry.sha256, sizeBytes: entry.bytes });
    expect((await readFile(fetched.tmpPath)).equals(await readFile(mirrorFile))).toBe(true);
    expect(progress.length).toBeGreaterThanOrEqual(1);
    progress.forEach((p, i) => {
      expect(p).toMatchObject({ bytesTotal: entry.bytes, source: mirrorFile });
      if (i > 0) expect(p.bytesDone).toBeGreaterThanOrEqual(progress[i - 1].bytesDone);
    });
    expect(progress.at(-1)?.bytesDone).toBe(entry.bytes);
    // The caller owns the staged file: commit moves it into the store.
    expect(await fetched.commit()).toBe(artifactPath(entry.sha256));
    expect(await stagingFiles()).toEqual([]);
  });

  it("takes a mirror hit without touching the network", async () => {
    await writeFile(path.join(paths.workDir, "test-model.onnx"), PAYLOAD);
    const server = track(await serveStatus(500));
    const fetched = await fetchCatalogSource({ entry: makeEntry([server.url]), mirrorDir: paths.workDir });
    expect(fetched.source).toBe(path.join(paths.workDir, "test-model.onnx"));
    expect(server.requests()).toBe(0);
  });

  it("falls through a wrong mirror file to a URL that serves the right one", async () => {
    await writeFile(path.join(paths.workDir, "test-model.onnx"), randomBytes(PAYLOAD.length));
    const server = track(await serveFile(PAYLOAD));
    const fetched = await fetchCatalogSource({ entry: makeEntry([server.url]), mirrorDir: paths.workDir });
    expect(fetched.source).toBe(server.url);
    expect(sha256Of(await readFile(fetched.tmpPath))).toBe(sha256Of(PAYLOAD));
    expect(await stagingFiles()).toEqual([path.basename(fetched.tmpPath)]);
  });

  it("fails with a permanent digest_mismatch naming both digests when the only file is wrong", async () => {
    const wrong = randomBytes(1234);
    await writeFile(path.join(paths.workDir, "test-model.onnx"), wrong);
    const entry = makeEntry([track(await serveStatus(404)).url]);
    const error = await failureOf(fetchCatalogSource({ entry, mirrorDir: paths.workDir }));
    expect(error.code).toBe("digest_mismatch");
    expect(error.message).toContain(`Expected sha256 ${entry.sha256} (${entry.bytes} bytes)`);
    expect(error.message).toContain(`got sha256 ${sha256Of(wrong)} (1234 bytes)`);
    expect(error.details).toMatchObject({ isTransient: false, expected: { sha256: entry.sha256, bytes: entry.bytes } });
    expect(error.details?.attempts).toHaveLength(2);
    expect(isTransientFailure(error)).toBe(false);
    expect(await stagingFiles()).toEqual([]);
  });

  it("calls a wrong mirror file plus an unreachable URL transient: the URL may answer later", async () => {
    await writeFile(path.join(paths.workDir, "test-model.onnx"), randomBytes(1234));
    const error = await failureOf(fetchCatalogSource({ entry: makeEntry([await closedPortUrl()]), mirrorDir: paths.workDir }));
    expect(error.code).toBe("source_unreachable");
    expect(error.message).toContain("got sha256");
    expect(error.message).toContain("ECONNREFUSED");
    expect(isTransientFailure(error)).toBe(true);
    expect(await stagingFiles()).toEqual([]);
  });

  it("says so when the mirror lacks the file, and installs a URL-less entry only from a mirror", async () => {
    const entry = { ...getCatalogEntry("squeezenet1.1-caffe2") };
    const missing = await failureOf(fetchCatalogSource({ entry, mirrorDir: paths.workDir }));
    expect(missing.code).toBe("source_not_found");
    expect(missing.status).toBe(502);
    expect(missing.message).toContain("not found in the mirror");
    expect(missing.details).toEqual({
      attempts: [{ source: path.join(paths.workDir, entry.fileName), reason: "not found in the mirror" }],
      isTransient: false,
    });
    const none = await failureOf(fetchCatalogSource({ entry }));
    expect(none.code).toBe("source_not_found");
    expect(none.message).toContain("installs only from a mirror");
    expect(none.message).toContain("Set MODEL_MIRROR_DIR to a folder holding squeezenet1.1-caffe2.onnx to install offline.");
    const ok = await fetchCatalogSource({ entry, mirrorDir: MODELS_DIR });
    expect(ok.digest).toBe(entry.sha256);
  });
});
