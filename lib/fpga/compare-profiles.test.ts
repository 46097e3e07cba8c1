import { beforeAll, describe, expect, it } from "vitest";
import { inspectOnnxFile, type GraphSummary } from "@/lib/onnx";
import type { SimulatedGraph, SimulatedLayerInput } from "./plan-graph";
import { buildResnet50Graph } from "./resnet50-graph.fixture";
import { simulateLatency } from "./simulate-latency";

// Which profile wins depends on the layer sizes, and that is the point: the Stratix 10
// instance has 3.9× the Arria 10's MACs, but its 400-wide tiles take 10 cycles however
// little of them a layer fills, against 4 cycles for a 128-wide Arria 10 tile.
const MODELS = "/work/shared/data/models";
const real: Record<string, GraphSummary> = {};

beforeAll(async () => {
  real.mobilenet = await inspectOnnxFile({ path: `${MODELS}/mobilenetv2-12-int8.onnx` });
  real.squeezenet = await inspectOnnxFile({ path: `${MODELS}/squeezenet1.1-caffe2.onnx` });
});

const both = (summary: SimulatedGraph, s10Fpgas = 1) => ({
  s10: simulateLatency({ summary, profile: "stratix10-brainwave", fpgas: s10Fpgas }),
  a10: simulateLatency({ summary, profile: "arria10-pb6" }),
});

// One step of a recurrent layer at batch 1: a GRU with 2,816 hidden units multiplies its
// 3 gates' weights (3 · 2816 = 8,448 rows) by [x; h] (2 · 2816 = 5,632 columns).
function rnnStep(): SimulatedGraph {
  const layers: SimulatedLayerInput[] = [
    { name: "gates", opType: "Gemm", inputs: ["xh", "w"], outputs: ["g"], outputShapes: [[1, 8448]], macs: 8448 * 5632, attributes: {}, weightElements: 8448 * 5632 },
    { name: "act", opType: "Sigmoid", inputs: ["g"], outputs: ["y"], outputShapes: [[1, 8448]], macs: 0, attributes: {}, weightElements: 0 },
  ];
  return {
    inputs: [{ name: "xh", dtype: "float32", shape: [1, 5632] }],
    outputs: [{ name: "y", dtype: "float32", shape: [1, 8448] }],
    batchSize: 1,
    parameterCount: 8448 * 5632,
    layers,
  };
}

describe("stratix10-brainwave against arria10-pb6", () => {
  it("Stratix 10 is much faster on large matrix-vector work, Brainwave's home ground", () => {
    // Stratix 10: 22 × 15 = 330 tiles → 55 rounds of 10 cycles + 100 fill = 650 cycles = 2.6 µs,
    // 2 · 47.6 M MACs in 2.6 µs ≈ 36.6 TFLOPS, inside the 35.9–39.5 TFLOPS published for large RNNs.
    // Arria 10: 66 × 44 = 2,904 tiles → 484 rounds of 4 cycles + 100 = 2,036 cycles = 6.8 µs.
    // The published figures are for pinned weights. Charged 1 byte each, the 47.6 MB of
    // weights need two Stratix 10s (24.0 MB usable on each); the Arria 10 keeps one FPGA and
    // streams 42.4 MB from DDR, which costs far more than its compute.
    const { s10, a10 } = both(rnnStep(), 2);
    expect(s10.weightPlacement).toBe("partitioned");
    expect(s10.streamsWeights).toBe(false);
    expect(a10.weightPlacement).toBe("streamed");
    expect(a10.weightStreamMs).toBeGreaterThan(100 * a10.deviceMs);
    expect(s10.layers[0].cycles).toBe(650);
    expect(s10.effectiveTflops).toBeGreaterThan(35.9);
    expect(s10.effectiveTflops).toBeLessThan(39.5);
    expect(a10.deviceMs / s10.deviceMs).toBeGreaterThan(2.5);
    expect(s10.totalMs).toBeLessThan(a10.totalMs);
  });

  it("the same RNN step on one Stratix 10 streams what does not fit and loses the published TFLOPS", () => {
    const s10 = simulateLatency({ summary: rnnStep(), profile: "stratix10-brainwave" });
    expect(s10).toMatchObject({ fpgas: 1, partitions: 1, weightPlacement: "streamed", streamsWeights: true, partitionHandoffMs: 0 });
    expect(s10.streamedWeightBytes).toBe(8448 * 5632 - s10.weightCapacityBytes);
    expect(s10.effectiveTflops).toBeLessThan(1);
  });

  it("ResNet-50: about even on the device; the Stratix 10 streams far fewer weights from DDR", () => {
    const graph = buildResnet50Graph();
    const { s10, a10 } = both(graph);
    expect(s10.macs).toBe(4_089_184_256);
    expect(graph.parameterCount).toBe(25_530_472);
    expect([s10.partitions, a10.partitions]).toEqual([1, 1]);
    expect([s10.weightPlacement, a10.weightPlacement]).toEqual(["streamed", "streamed"]);
    expect(s10.streamedWeightBytes).toBeLessThan(a10.streamedWeightBytes / 10);
    expect(Math.abs(s10.deviceMs / a10.deviceMs - 1)).toBeLessThan(0.1);
    expect(s10.totalMs).toBeLessThan(a10.totalMs);
  });

  it.each(["mobilenet", "squeezenet"])("%s: the Arria 10's smaller tiles win on 16–320-channel layers", (model) => {
    const { s10, a10 } = both(real[model]);
    expect(a10.totalMs).toBeLessThan(s10.totalMs);
    expect(a10.utilization).toBeGreaterThan(s10.utilization);
    // …while the largest layer still runs faster on the Stratix 10.
    const largest = (layers: typeof s10.layers) => layers.reduce((a, b) => (b.macs > a.macs ? b : a));
    expect(largest(s10.layers).ms).toBeLessThan(largest(a10.layers).ms);
  });
});
