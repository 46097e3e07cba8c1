import { createReadStream, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeHashedFile } from "@/lib/artifacts";
import { getCatalogEntry } from "@/lib/catalog";
import { disconnectDb } from "@/lib/db";
import { registerModel } from "@/lib/models";
import { toTopK } from "./postprocess";
import { preprocessImage } from "./preprocess-image";
import { runInference } from "./run-inference";
import { scoreModelVersion } from "./score-model-version";
import { getSession } from "./session-cache";
import { loadLabels } from "./load-labels";
import { IMAGES_DIR, LABELS_DIR, readImage, SHARED_DATA, SHARED_MODEL_IDS, sharedModel } from "./test-helpers";

// The photos of expected.json through the scoring service itself: each shared model is
// registered as a user would register it (an upload whose digest the catalog knows, so it
// gets the catalog's preprocessing), then scored by name and version.

type Expected = Record<string, { top1: number; accept: number[]; label: string }>;
const { _note: _ignored, ...expected } = JSON.parse(readFileSync(path.join(IMAGES_DIR, "expected.json"), "utf8")) as Expected & { _note: unknown };
const others = readdirSync(IMAGES_DIR).filter((name) => name !== "expected.json" && !(name in expected));

const registered = new Map<string, { name: string; version: number }>();
beforeAll(async () => {
  for (const id of SHARED_MODEL_IDS) {
    const entry = getCatalogEntry(id);
    const staged = await writeHashedFile({ source: createReadStream(path.join(SHARED_DATA, "models", entry.fileName)) });
    const model = await registerModel({ staged, name: `expected-${id}` });
    registered.set(id, { name: model.name, version: model.version });
  }
});
afterAll(disconnectDb);

describe.each(SHARED_MODEL_IDS)("%s scored through scoreModelVersion", (id) => {
  it.each(Object.entries(expected))("puts the right class first for %s", async (image, { top1, accept }) => {
    const { name, version } = registered.get(id)!;
    const result = await scoreModelVersion({ name, version, image: readImage(image) });
    const [first] = result.top;
    expect([top1, ...accept]).toContain(first.index);
    expect(result.top).toHaveLength(5);
    expect(result.preprocessing.isAssumed).toBe(false);
    expect(result.simulated.map((s) => s.profile).sort()).toEqual(["arria10-pb6", "stratix10-brainwave"]);
  });
});

describe.each(SHARED_MODEL_IDS)("%s with its catalog preprocessing", (id) => {
  const model = sharedModel(id);

  it.each(others)("decodes and scores %s", async (image) => {
    const { tensor, source } = await preprocessImage({ input: readImage(image), spec: model.preprocessing });
    expect(tensor.dims).toEqual([1, 3, 224, 224]);
    expect(tensor.data).toHaveLength(3 * 224 * 224);
    expect(tensor.dtype).toBe(model.preprocessing.dtype);
    expect(source.width * source.height).toBeGreaterThan(0);
    const session = await getSession({ digest: model.digest, modelPath: model.path });
    const { output } = await runInference({ session, tensor });
    expect(output).toHaveLength(1000);
    const all = toTopK({ output, kind: model.outputKind, k: 1000, labels: await loadLabels({ dir: LABELS_DIR }) });
    const sum = all.reduce((total, c) => total + c.probability, 0);
    // float16 probabilities carry ~1e-3 relative rounding each; float32 far less.
    expect(sum).toBeCloseTo(1, model.preprocessing.dtype === "float16" ? 2 : 4);
    expect(all.every((c, i) => i === 0 || c.probability <= all[i - 1].probability)).toBe(true);
  });
});

describe("timings", () => {
  it("accounts for every step: total covers decode and inference; server time covers total", async () => {
    const { name, version } = registered.get("mobilenetv2-int8")!;
    const { timings } = await scoreModelVersion({ name, version, image: readImage("winml_dog.jpg") });
    expect(timings.totalMs).toBeGreaterThanOrEqual(timings.decodeMs + timings.inferenceMs);
    expect(timings.serverMs).toBeGreaterThanOrEqual(timings.totalMs);
  });
});
