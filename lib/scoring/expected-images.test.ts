import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toTopK } from "./postprocess";
import { preprocessImage } from "./preprocess-image";
import { runInference } from "./run-inference";
import { scoreImage, type ScoreTimings } from "./score-image";
import { getSession } from "./session-cache";
import { loadLabels } from "./load-labels";
import { IMAGES_DIR, LABELS_DIR, readImage, SHARED_MODEL_IDS, sharedModel } from "./test-helpers";

type Expected = Record<string, { top1: number; accept: number[]; label: string }>;
const { _note: _ignored, ...expected } = JSON.parse(readFileSync(path.join(IMAGES_DIR, "expected.json"), "utf8")) as Expected & { _note: unknown };
const others = readdirSync(IMAGES_DIR).filter((name) => name !== "expected.json" && !(name in expected));

describe.each(SHARED_MODEL_IDS)("%s with its catalog preprocessing", (id) => {
  const model = sharedModel(id);

  it.each(Object.entries(expected))("puts the right class first for %s", async (image, { top1, accept }) => {
    const result = await scoreImage({ input: readImage(image), model, labelsDir: LABELS_DIR });
    const [first] = result.top;
    console.log(`${id} ${image}: ${first.index} ${first.label} p=${first.probability.toFixed(4)} (expected ${top1})`);
    expect([top1, ...accept]).toContain(first.index);
    expect(result.top).toHaveLength(5);
  });

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
  it("measures winml_dog.jpg on each model (median of 5 warm runs)", async () => {
    const input = readImage("winml_dog.jpg");
    for (const id of SHARED_MODEL_IDS) {
      const model = sharedModel(id);
      await scoreImage({ input, model, labelsDir: LABELS_DIR }); // session creation, caches
      const runs: ScoreTimings[] = [];
      for (let i = 0; i < 5; i++) runs.push((await scoreImage({ input, model, labelsDir: LABELS_DIR })).timings);
      const median = (key: keyof ScoreTimings) => runs.map((r) => r[key]).sort((a, b) => a - b)[2].toFixed(2);
      console.log(
        `winml_dog.jpg ${id}: decode ${median("decodeMs")} ms, preprocess ${median("preprocessMs")} ms, ` +
          `inference ${median("inferenceMs")} ms, postprocess ${median("postprocessMs")} ms, total ${median("totalMs")} ms`,
      );
      for (const r of runs) expect(r.totalMs).toBeGreaterThanOrEqual(r.decodeMs + r.inferenceMs);
    }
  });
});
