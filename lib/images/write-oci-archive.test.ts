import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdtemp, open, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { writeOciArchive, type WriteOciArchiveOptions } from "./write-oci-archive";

// The archive is checked by Debian's skopeo and umoci, not by our own reader: a format
// mistake that a hand-written parser shared with the writer would miss, they refuse.

const run = promisify(execFile);
const MODEL = path.resolve(import.meta.dirname, "../../../shared/data/models/squeezenet1.1-caffe2.onnx");
const CREATED_AT = new Date("2026-11-30T12:00:00.000Z");
const RUNTIME = {
  preprocessing: { resize: 256, crop: 224, mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] },
  inputs: [{ name: "data_0", dtype: "float32", shape: [1, 3, 224, 224] }],
  outputs: [{ name: "softmaxout_1", dtype: "float32", shape: [1, 1000] }],
  deviceProfile: "arria10-pb6",
};
const LABELS = { "accel.model.name": "squeezenet", "accel.model.version": "2" };

let root: string;
let labelsJson: string;

beforeAll(async () => {
  for (const tool of ["skopeo", "umoci"]) {
    await run(tool, ["--version"]).catch(() => {
      throw new Error(`${tool} is needed by these tests: apt-get install -y skopeo umoci`);
    });
  }
  root = await mkdtemp(path.join(tmpdir(), "accel-oci-test-"));
  labelsJson = path.join(root, "labels.json");
  await writeFile(labelsJson, JSON.stringify(["tench", "goldfish", "great white shark"]));
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

async function freshDir(): Promise<string> {
  return mkdtemp(path.join(root, "case-"));
}

function optionsFor(outPath: string, overrides: Partial<WriteOciArchiveOptions> = {}): WriteOciArchiveOptions {
  return {
    modelPath: MODEL,
    modelFileName: "model.onnx",
    runtimeManifest: RUNTIME,
    extraFiles: { "labels.json": labelsJson },
    refName: "squeezenet-fpga:7",
    createdAt: CREATED_AT,
    labels: LABELS,
    outPath,
    ...overrides,
  };
}

async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

async function skopeo(...args: string[]): Promise<string> {
  const { stdout } = await run("skopeo", ["--insecure-policy", ...args], { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => expect.unreachable("should have failed"), (error: unknown) => error);
}

describe("writeOciArchive", () => {
  it("writes an archive whose manifest skopeo reads back: one uncompressed layer, digests as returned", async () => {
    const dir = await freshDir();
    const outPath = path.join(dir, "image.tar");
    const archive = await writeOciArchive(optionsFor(outPath));

    const raw = await skopeo("inspect", "--raw", `oci-archive:${outPath}:7`);
    expect(`sha256:${createHash("sha256").update(raw).digest("hex")}`).toBe(archive.manifestDigest);
    const manifest = JSON.parse(raw);
    expect(manifest).toMatchObject({
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: archive.configDigest },
      annotations: { ...LABELS, "org.opencontainers.image.created": CREATED_AT.toISOString() },
    });
    expect(manifest.layers).toEqual([
      { mediaType: "application/vnd.oci.image.layer.v1.tar", digest: archive.layerDigest, size: archive.layerSizeBytes },
    ]);
    expect(archive.mediaType).toBe(manifest.mediaType);
    expect(archive.archiveSizeBytes).toBe((await readFile(outPath)).length);
    // The layer is stored whole: its size is at least the model's.
    expect(archive.layerSizeBytes).toBeGreaterThan((await readFile(MODEL)).length);
    expect(await readdir(dir)).toEqual(["image.tar"]);

    const config = JSON.parse(await skopeo("inspect", "--config", "--raw", `oci-archive:${outPath}:7`));
    expect(config).toMatchObject({ architecture: "amd64", os: "linux", created: CREATED_AT.toISOString() });
    // config.md: diff_ids name the uncompressed layer, which here is the layer itself.
    expect(config.rootfs).toEqual({ type: "layers", diff_ids: [archive.layerDigest] });
  });

  it("is found by its version tag, reports labels and platform, and refuses another tag", async () => {
    const outPath = path.join(await freshDir(), "image.tar");
    const archive = await writeOciArchive(optionsFor(outPath));

    const inspected = JSON.parse(await skopeo("inspect", `oci-archive:${outPath}:7`));
    expect(inspected).toMatchObject({ Digest: archive.manifestDigest, Labels: LABELS, Architecture: "amd64", Os: "linux" });
    expect(inspected.Layers).toEqual([archive.layerDigest]);
    // With no tag, the archive's only image is taken.
    expect(JSON.parse(await skopeo("inspect", `oci-archive:${outPath}`)).Digest).toBe(archive.manifestDigest);
    await expect(skopeo("inspect", `oci-archive:${outPath}:8`)).rejects.toThrow();
  });

  it("copies with skopeo and unpacks with umoci into the model, its runtime manifest and the extras, byte for byte", async () => {
    const dir = await freshDir();
    const outPath = path.join(dir, "image.tar");
    await writeOciArchive(optionsFor(outPath));
    const layout = path.join(dir, "layout");
    const bundle = path.join(dir, "bundle");

    await skopeo("copy", "--quiet", `oci-archive:${outPath}:7`, `oci:${layout}:7`);
    await run("umoci", ["unpack", "--rootless", "--image", `${layout}:7`, bundle]);

    const modelDir = path.join(bundle, "rootfs", "model");
    expect((await readdir(modelDir)).sort()).toEqual(["accel-runtime.json", "labels.json", "model.onnx"]);
    expect(await sha256OfFile(path.join(modelDir, "model.onnx"))).toBe(await sha256OfFile(MODEL));
    expect(JSON.parse(await readFile(path.join(modelDir, "accel-runtime.json"), "utf8"))).toEqual(RUNTIME);
    expect(await readFile(path.join(modelDir, "labels.json"), "utf8")).toBe(await readFile(labelsJson, "utf8"));
    // The image config's labels reach the runtime bundle umoci generates.
    const runtimeSpec = JSON.parse(await readFile(path.join(bundle, "config.json"), "utf8"));
    expect(runtimeSpec.annotations).toMatchObject(LABELS);
  });

  it("gives the same bytes for the same inputs, whatever the order of the labels", async () => {
    const dir = await freshDir();
    const first = await writeOciArchive(optionsFor(path.join(dir, "a.tar")));
    const reversed = Object.fromEntries(Object.entries(LABELS).reverse());
    const second = await writeOciArchive(optionsFor(path.join(dir, "b.tar"), { labels: reversed }));
    expect(second).toEqual(first);
    expect(await sha256OfFile(path.join(dir, "b.tar"))).toBe(await sha256OfFile(path.join(dir, "a.tar")));

    const later = await writeOciArchive(optionsFor(path.join(dir, "c.tar"), { createdAt: new Date(CREATED_AT.getTime() + 1000) }));
    expect(later.manifestDigest).not.toBe(first.manifestDigest);
    expect(later.layerDigest).not.toBe(first.layerDigest); // the tar mtimes moved too
  });

  it("reports progress that rises and ends at 1", async () => {
    const fractions: number[] = [];
    await writeOciArchive(optionsFor(path.join(await freshDir(), "image.tar"), { onProgress: (f) => fractions.push(f) }));
    expect(fractions.length).toBeGreaterThan(10);
    expect(fractions.length).toBeLessThanOrEqual(101);
    expect(fractions.every((f, i) => f > 0 && f <= 1 && (i === 0 || f > fractions[i - 1]))).toBe(true);
    expect(fractions.at(-1)).toBe(1);
  });

  it.each([
    ["writing the layer", 0.2],
    ["writing the archive", 0.7],
  ])("stops when aborted while %s, rejects with the reason and leaves no file", async (_phase, at) => {
    const dir = await freshDir();
    const controller = new AbortController();
    const reason = new Error("build cancelled");
    const onProgress = (fraction: number) => {
      if (fraction >= at) controller.abort(reason);
    };
    const error = await failureOf(writeOciArchive(optionsFor(path.join(dir, "image.tar"), { onProgress, signal: controller.signal })));
    expect(error).toBe(reason);
    expect(await readdir(dir)).toEqual([]);
  });

  it("rejects at once with the reason of a signal aborted beforehand", async () => {
    const dir = await freshDir();
    const error = await failureOf(writeOciArchive(optionsFor(path.join(dir, "image.tar"), { signal: AbortSignal.abort(new Error("too late")) })));
    expect(error).toMatchObject({ message: "too late" });
    expect(await readdir(dir)).toEqual([]);
  });

  it("fails with artifact_missing when the model file is gone, leaving no file", async () => {
    const dir = await freshDir();
    const error = await failureOf(writeOciArchive(optionsFor(path.join(dir, "image.tar"), { modelPath: path.join(dir, "gone.onnx") })));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "artifact_missing", details: { fileName: "model.onnx" } });
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([
    ["a path as the model's name", { modelFileName: "../model.onnx" }, "validation_failed"],
    ["the runtime manifest's name for an extra", { extraFiles: { "accel-runtime.json": MODEL } }, "validation_failed"],
    ["an extra named like the model", { extraFiles: { "model.onnx": MODEL } }, "validation_failed"],
    ["a refName without a version", { refName: "squeezenet-fpga" }, "validation_failed"],
    ["a version that is no OCI tag", { refName: "squeezenet-fpga:v/1" }, "validation_failed"],
    ["an invalid createdAt", { createdAt: new Date(Number.NaN) }, "validation_failed"],
  ])("refuses %s before writing anything", async (_name, overrides, code) => {
    const dir = await freshDir();
    const error = await failureOf(writeOciArchive(optionsFor(path.join(dir, "image.tar"), overrides)));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code });
    expect(await readdir(dir)).toEqual([]);
  });

  it("streams: packing a 256 MiB model leaves the process's buffer memory flat", { timeout: 120_000 }, async () => {
    const dir = await freshDir();
    const bigModel = path.join(dir, "big.onnx");
    const file = await open(bigModel, "w");
    await file.truncate(256 * 1024 * 1024); // sparse: cheap to make, and read back in full
    await file.close();
    const baseline = process.memoryUsage().arrayBuffers;
    let peak = baseline;
    const onProgress = () => {
      peak = Math.max(peak, process.memoryUsage().arrayBuffers);
    };
    const archive = await writeOciArchive(optionsFor(path.join(dir, "image.tar"), { modelPath: bigModel, onProgress }));
    expect(archive.layerSizeBytes).toBeGreaterThan(256 * 1024 * 1024);
    // Reading the model whole would add 256 MiB here. Streaming keeps a few 64 KiB chunks
    // alive, plus spent ones V8 has not collected yet (~35 MiB seen): half the model is ample.
    expect(peak - baseline).toBeLessThan(128 * 1024 * 1024);
  });
});
