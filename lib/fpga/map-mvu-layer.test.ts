import { describe, expect, it } from "vitest";
import { getDeviceProfile } from "./device-profiles";
import { mapMvuLayer } from "./map-mvu-layer";
import { simulateLatency } from "./simulate-latency";

const S10 = getDeviceProfile({ id: "stratix10-brainwave" });

describe("mapMvuLayer", () => {
  it("runs a grouped conv group by group when that takes fewer tiles than the block-diagonal matrix", () => {
    // 2 groups of 400 × 400: 2 tiles group by group, 2 × 2 = 4 as one 800 × 800 block-diagonal matrix.
    const mapping = mapMvuLayer({
      layer: { opType: "Conv", macs: 2 * 400 * 400 * 6, outputShapes: [[1, 800, 2, 3]], attributes: { group: 2 } },
      profile: S10,
    });
    expect(mapping).toMatchObject({ kind: "tiled", vectors: 6, rows: 400, cols: 400, groups: 2, tilesPerVector: 2 });
    expect(mapping.streamCycles).toBe(20);
    expect(mapping.utilization).toBe(1);
  });

  it("maps a batched MatMul row by row", () => {
    // [1, 12, 64] × [64, 400]: 12 vectors of one 400 × 64 tile → 12 tiles → 2 rounds of 10 cycles.
    const mapping = mapMvuLayer({ layer: { opType: "MatMul", macs: 12 * 64 * 400, outputShapes: [[1, 12, 400]], attributes: {} }, profile: S10 });
    expect(mapping).toMatchObject({ vectors: 12, rows: 400, cols: 64, tilesPerVector: 1, streamCycles: 20 });
  });

  it("falls back to MACs ÷ peak when the shapes cannot be tiled, and to zero without a MAC count", () => {
    const ideal = mapMvuLayer({ layer: { opType: "ConvTranspose", macs: 960_000, outputShapes: [[1, 8, 4, 4]], attributes: {} }, profile: S10 });
    expect(ideal).toMatchObject({ kind: "ideal", streamCycles: 10, utilization: 1 });
    const unknown = mapMvuLayer({ layer: { opType: "Conv", macs: null, outputShapes: [null], attributes: {} }, profile: S10 });
    expect(unknown).toMatchObject({ kind: "unknown", streamCycles: 0, utilization: null });

    const sim = simulateLatency({
      summary: {
        inputs: [{ name: "x", dtype: "float32", shape: [1, 8, 2, 2] }],
        outputs: [{ name: "y", dtype: "float32", shape: [1, 8, 4, 4] }],
        batchSize: 1,
        parameterCount: 10,
        layers: [{ name: "up", opType: "ConvTranspose", inputs: ["x", "w"], outputs: ["y"], outputShapes: [[1, 8, 4, 4]], macs: 960_000, attributes: {}, weightElements: 10 }],
      },
      profile: S10,
    });
    expect(sim.assumptions.join(" ")).toContain("up (ideal)");
  });
});
