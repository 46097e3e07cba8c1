import { describe, expect, it } from "vitest";
import { loadLabels } from "./load-labels";
import { toTopK } from "./postprocess";
import { LABELS_DIR } from "./test-helpers";

const noLabels = { names: [], source: null };

describe("toTopK", () => {
  it("applies a numerically stable softmax to logits", () => {
    // exp(1000) overflows a double; shifted by the maximum it does not.
    const top = toTopK({ output: Float32Array.of(1000, 999, 998), kind: "logits", k: 3, labels: noLabels });
    const e = [1, Math.exp(-1), Math.exp(-2)];
    const sum = e[0] + e[1] + e[2];
    expect(top.map((c) => c.index)).toEqual([0, 1, 2]);
    top.forEach((c, i) => expect(c.probability).toBeCloseTo(e[i] / sum, 12));
  });

  it("takes probabilities as given and orders them, lower index first on ties", () => {
    const top = toTopK({ output: Float32Array.of(0.1, 0.3, 0.05, 0.3, 0.25), kind: "probabilities", k: 3, labels: noLabels });
    expect(top.map((c) => [c.index, c.label])).toEqual([[1, "class 1"], [3, "class 3"], [4, "class 4"]]);
    expect(top[0].probability).toBeCloseTo(0.3, 6);
  });

  it("returns every class when k exceeds their number", () => {
    expect(toTopK({ output: Float32Array.of(0.2, 0.8), kind: "probabilities", k: 5, labels: noLabels })).toHaveLength(2);
  });
});

describe("loadLabels", () => {
  it("reads the 1000 ImageNet names, cached", async () => {
    const labels = await loadLabels({ dir: LABELS_DIR });
    expect(labels.names).toHaveLength(1000);
    expect(labels.names[207]).toBe("Golden Retriever");
    expect(await loadLabels({ dir: LABELS_DIR })).toBe(labels);
  });

  it("finds ../shared/data/labels by default from the project root", async () => {
    expect((await loadLabels()).names[934]).toBe("hot dog");
  });

  it("falls back to class numbers when the file is missing", async () => {
    const labels = await loadLabels({ dir: "/nonexistent/labels" });
    expect(labels).toEqual({ names: [], source: null });
    const [top] = toTopK({ output: Float32Array.of(0, 5), kind: "logits", labels });
    expect(top.label).toBe("class 1");
  });
});
