import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import type { TensorInfo } from "@/lib/onnx";
import { getDeviceProfile } from "./device-profiles";
import { pcieTransferMs } from "./pcie-transfer-ms";
import type { SimulatedGraph, SimulatedLayerInput } from "./plan-graph";
import { simulateLatency } from "./simulate-latency";

// Hand-built graphs on the stratix10-brainwave profile: 6 tile engines × native
// dimension 400 × 40 lanes = 96,000 MACs per cycle; one 400 × 400 tile takes 400 / 40 = 10
// cycles on one engine; MVU fill 100 cycles, vector fill 25, vector unit 240 elements per
// cycle, clock 250 MHz (250,000 cycles per ms). Weights: 244 Mbit × 2^20 / 8 × 0.75 =
// 23,986,176 bytes pinned per FPGA; DDR 19.2 GB/s × 0.8 = 15,360,000 bytes per ms.
const S10 = getDeviceProfile({ id: "stratix10-brainwave" });
const CYCLES_PER_MS = 250_000;
const S10_CAPACITY = 23_986_176;
const DDR_BYTES_PER_MS = 15_360_000;

function tensor(name: string, shape: number[]): TensorInfo {
  return { name, dtype: "float32", shape };
}

function layer(opType: string, inputs: string[], output: string, shape: number[], macs = 0, attributes = {}, weightElements = 0): SimulatedLayerInput {
  return { name: `${opType}_${output}`, opType, inputs, outputs: [output], outputShapes: [shape], macs, attributes, weightElements };
}

/** parameterCount is what the layers hold, as in a summarised ONNX file without shared tensors. */
function graph(input: TensorInfo, layers: SimulatedLayerInput[], output: string): SimulatedGraph {
  const last = layers.find((l) => l.outputs.includes(output))!;
  const parameterCount = layers.reduce((sum, l) => sum + l.weightElements, 0);
  return { inputs: [input], outputs: [tensor(output, last.outputShapes[0]!)], batchSize: 1, parameterCount, layers };
}

/** x[1, 4000] → Gemm 5000 × 4000 (20 M weights) → Gemm 2000 × 5000 (10 M): 30 MB at ms-fp8, more than one Stratix 10 pins. */
function twoGemms(): SimulatedGraph {
  const g1 = layer("Gemm", ["x", "w1"], "h", [1, 5000], 20_000_000, {}, 20_000_000);
  const g2 = layer("Gemm", ["h", "w2"], "y", [1, 2000], 10_000_000, {}, 10_000_000);
  return graph(tensor("x", [1, 4000]), [g1, g2], "y");
}

const only = (g: SimulatedGraph) => simulateLatency({ summary: g, profile: S10 }).layers;

describe("simulateLatency on hand-computed graphs", () => {
  it("runs a 1×1 conv with Cin = Cout = native dimension at 100% utilisation", () => {
    // 2×3 output pixels → 6 vectors, each one 400×400 tile → 6 tiles over 6 engines → 1 round
    // of 10 cycles; 6 · 400 · 400 = 960,000 MACs = 10 cycles · 96,000. Plus 100 fill = 110.
    const conv = layer("Conv", ["x", "w"], "y", [1, 400, 2, 3], 960_000, { group: 1, kernel_shape: [1, 1] });
    const [result] = only(graph(tensor("x", [1, 400, 2, 3]), [conv], "y"));
    expect(result).toMatchObject({ unit: "mvu", placement: "npu", cycles: 110, utilization: 1 });
    expect(result.ms).toBeCloseTo(110 / CYCLES_PER_MS, 12);
  });

  it("halves utilisation when Cout is one more than the native dimension", () => {
    // 401 rows → 2 row tiles per vector → 12 tiles → 2 rounds of 10 cycles = 20 (+100 fill);
    // 6 · 401 · 400 = 962,400 MACs over 20 · 96,000 slots = 50.125%.
    const conv = layer("Conv", ["x", "w"], "y", [1, 401, 2, 3], 962_400, { group: 1 });
    const [result] = only(graph(tensor("x", [1, 400, 2, 3]), [conv], "y"));
    expect(result.cycles).toBe(120);
    expect(result.utilization).toBeCloseTo(0.50125, 10);
  });

  it("wastes almost the whole array on a depthwise 3×3 conv", () => {
    // 32 groups of 1×9: as one block-diagonal 32 × 288 matrix that is a single tile per
    // output pixel (cheaper than 32 tiles group by group); 64 pixels → ceil(64 / 6) = 11
    // rounds · 10 = 110 cycles for 64 · 32 · 9 = 18,432 MACs → 18,432 / (110 · 96,000).
    const conv = layer("Conv", ["x", "w"], "y", [1, 32, 8, 8], 18_432, { group: 32, kernel_shape: [3, 3] });
    const [result] = only(graph(tensor("x", [1, 32, 8, 8]), [conv], "y"));
    expect(result.cycles).toBe(110 + 100);
    expect(result.utilization).toBeCloseTo(18_432 / (110 * 96_000), 12);
    expect(result.utilization).toBeLessThan(0.002);
  });

  it("tiles a Gemm by its output and reduction dimensions", () => {
    // 1000 × 1000 weights: 3 × 3 = 9 tiles for the one input row → 2 rounds on 6 engines = 20.
    const gemm = layer("Gemm", ["x", "w", "b"], "y", [1, 1000], 1_000_000);
    const [result] = only(graph(tensor("x", [1, 1000]), [gemm], "y"));
    expect(result.cycles).toBe(120);
    expect(result.utilization).toBeCloseTo(1_000_000 / (20 * 96_000), 12);
  });

  it("runs a Relu on the vector unit, or free on the chain of the conv before it", () => {
    // 64 · 10 · 10 = 6,400 elements → ceil(6,400 / 240) = 27 cycles + 25 fill.
    const alone = only(graph(tensor("x", [1, 64, 10, 10]), [layer("Relu", ["x"], "y", [1, 64, 10, 10])], "y"));
    expect(alone[0]).toMatchObject({ unit: "vector", placement: "npu", cycles: 52, utilization: null });

    const conv = layer("Conv", ["x", "w"], "c", [1, 64, 10, 10], 64 * 64 * 100, { group: 1 });
    const chained = only(graph(tensor("x", [1, 64, 10, 10]), [conv, layer("Relu", ["c"], "y", [1, 64, 10, 10])], "y"));
    expect(chained[1]).toMatchObject({ unit: "chained", cycles: 0, ms: 0 });
  });

  it("puts a Softmax on the host and pays the PCIe trip to get there", () => {
    const gemm = layer("Gemm", ["x", "w", "b"], "logits", [1, 1000], 1_000_000);
    const softmax = layer("Softmax", ["logits"], "probs", [1, 1000]);
    const sim = simulateLatency({ summary: graph(tensor("x", [1, 1000]), [gemm, softmax], "probs"), profile: S10 });
    // 5 µs dispatch + 1,000 elements at 1e9 elements/s = 0.005 + 0.001 ms.
    expect(sim.layers[1]).toMatchObject({ placement: "host", unit: "host", cycles: 0 });
    expect(sim.layers[1].ms).toBeCloseTo(0.006, 12);
    expect(sim.placementSummary).toEqual({ npuOps: 1, hostOps: 1, foldedOps: 0, hostOpTypes: ["Softmax"] });
    // In: x (1,000 elements); out: the logits, for the host; the probabilities stay there.
    const oneTransfer = pcieTransferMs({ bytes: 1000, profile: S10 });
    expect(sim.transfers).toBe(2);
    expect(sim.transferInMs).toBeCloseTo(oneTransfer, 12);
    expect(sim.transferOutMs).toBeCloseTo(oneTransfer, 12);
    expect(sim.totalMs).toBeCloseTo(2 * oneTransfer + 120 / CYCLES_PER_MS + 0.006, 12);
  });

  it("charges a round trip for a host op in the middle of the graph", () => {
    const a = layer("Gemm", ["x", "w1"], "a", [1, 400], 160_000);
    const s = layer("Softmax", ["a"], "s", [1, 400]);
    const b = layer("Gemm", ["s", "w2"], "b", [1, 400], 160_000);
    const sim = simulateLatency({ summary: graph(tensor("x", [1, 400]), [a, s, b], "b"), profile: S10 });
    expect(sim.transfers).toBe(4);
  });

  it("costs shape bookkeeping and reshapes nothing", () => {
    const conv = layer("Conv", ["x", "w"], "c", [1, 400, 1, 1], 160_000, { group: 1 });
    const shape = layer("Shape", ["c"], "shape", [2]);
    const reshape = layer("Reshape", ["c", "shape"], "flat", [1, 400]);
    const gemm = layer("Gemm", ["flat", "w2"], "y", [1, 400], 160_000);
    const sim = simulateLatency({ summary: graph(tensor("x", [1, 400, 1, 1]), [conv, shape, reshape, gemm], "y"), profile: S10 });
    expect(sim.layers.map((l) => l.unit)).toEqual(["mvu", "folded", "folded", "mvu"]);
    expect(sim.layers[1].ms + sim.layers[2].ms).toBe(0);
    expect(sim.placementSummary.foldedOps).toBe(2);
  });

  it("times a PCIe transfer as fixed latency plus bytes over the usable link", () => {
    // 7.88 GB/s × 0.8 = 6,304,000 bytes per ms; plus 2 µs.
    expect(pcieTransferMs({ bytes: 6_304_000, profile: S10 })).toBeCloseTo(1.002, 12);
    expect(pcieTransferMs({ bytes: 0, profile: S10 })).toBeCloseTo(0.002, 12);
  });

  it("changes only transfer bytes with precision", () => {
    const conv = layer("Conv", ["x", "w"], "y", [1, 400, 2, 3], 960_000, { group: 1 }, 400 * 400);
    const g = graph(tensor("x", [1, 400, 2, 3]), [conv], "y");
    const fp8 = simulateLatency({ summary: g, profile: S10, precision: "ms-fp8" });
    const fp16 = simulateLatency({ summary: g, profile: S10, precision: "fp16" });
    expect(fp16.deviceMs).toBe(fp8.deviceMs);
    expect(fp16.transferInMs).toBeCloseTo(pcieTransferMs({ bytes: 2400 * 2, profile: S10 }), 12);
    expect(fp16.weightBytes).toBe(2 * fp8.weightBytes);
  });

  it("pins a model that fits and says so", () => {
    const conv = layer("Conv", ["x", "w"], "y", [1, 400, 2, 3], 960_000, { group: 1 }, 400 * 400);
    const sim = simulateLatency({ summary: graph(tensor("x", [1, 400, 2, 3]), [conv], "y"), profile: S10 });
    expect(sim).toMatchObject({ fpgas: 1, partitions: 1, weightPlacement: "pinned", streamsWeights: false, weightStreamMs: 0 });
    expect(sim).toMatchObject({ pinnedWeightBytes: 160_000, streamedWeightBytes: 0, weightBytes: 160_000, partitionHandoffMs: 0 });
    expect(sim.layers[0]).toMatchObject({ weightBytes: 160_000, streamedWeightBytes: 0, weightSource: "on-chip", weightStreamMs: 0 });
    expect(sim.assumptions.join(" ")).toContain("pinned in on-chip memory");
    expect(sim.assumptions.join(" ")).not.toContain("stream from the board's DDR");
  });

  it("streams from DDR what one FPGA cannot pin, and charges the fetch beyond compute", () => {
    // g1's 20,000,000 bytes are pinned; g2 gets the remaining 3,986,176 bytes of capacity and
    // streams 6,013,824 bytes: 0.3915 ms of fetch against g2's compute (2000 rows → 5 row
    // tiles × 13 column tiles = 65 tiles → 11 rounds of 10 cycles + 100 fill = 210 cycles).
    const sim = simulateLatency({ summary: twoGemms(), profile: S10 });
    const streamed = 30_000_000 - S10_CAPACITY;
    expect(streamed).toBe(6_013_824);
    expect(sim.weightCapacityBytes).toBe(S10_CAPACITY);
    expect(sim).toMatchObject({ fpgas: 1, partitions: 1, weightPlacement: "streamed", streamsWeights: true, partitionHandoffMs: 0 });
    expect(sim).toMatchObject({ weightBytes: 30_000_000, pinnedWeightBytes: S10_CAPACITY, streamedWeightBytes: streamed });
    expect(sim.layers[0]).toMatchObject({ weightSource: "on-chip", streamedWeightBytes: 0, weightStreamMs: 0 });
    expect(sim.layers[1]).toMatchObject({ weightSource: "ddr", streamedWeightBytes: streamed, cycles: 210 });
    const stall = streamed / DDR_BYTES_PER_MS - 210 / CYCLES_PER_MS;
    expect(sim.layers[1].weightStreamMs).toBeCloseTo(stall, 12);
    expect(sim.weightStreamMs).toBeCloseTo(stall, 12);
    // The stall is its own part of the total, not hidden in the device time.
    expect(sim.deviceMs).toBeCloseTo(sim.layers[0].ms + sim.layers[1].ms, 12);
    expect(sim.totalMs).toBeCloseTo(sim.transferInMs + sim.deviceMs + sim.weightStreamMs + sim.transferOutMs, 12);
    expect(sim.totalMs - (sim.transferInMs + sim.deviceMs + sim.transferOutMs)).toBeGreaterThan(0.39);
    const said = sim.assumptions.join(" ");
    expect(said).toContain("6.0 MB of weights stream from the board's DDR");
    expect(said).toContain("19.2 GB/s × 0.8 = 15.36 GB/s");
    expect(said).toContain("double-buffered");
    expect(said).not.toContain("pinned in on-chip memory between requests");
  });

  it("hides the fetch behind the layer's compute when the compute takes longer", () => {
    const fast = { ...S10, parameters: { ...S10.parameters, ddrBandwidthGBps: { ...S10.parameters.ddrBandwidthGBps, value: 1e6 } } };
    const sim = simulateLatency({ summary: twoGemms(), profile: fast });
    expect(sim.layers[1]).toMatchObject({ weightSource: "ddr", streamedWeightBytes: 6_013_824, weightStreamMs: 0 });
    expect(sim).toMatchObject({ weightPlacement: "streamed", streamsWeights: true, weightStreamMs: 0 });
  });

  it("spreads the weights evenly over the FPGAs a deployment asks for, at a hand-off each", () => {
    // Two shares of 15,000,000 bytes: each fits one Stratix 10.
    const two = simulateLatency({ summary: twoGemms(), profile: S10, fpgas: 2 });
    expect(two).toMatchObject({ fpgas: 2, partitions: 2, weightPlacement: "partitioned", streamsWeights: false, weightStreamMs: 0 });
    expect(two).toMatchObject({ pinnedWeightBytes: 30_000_000, streamedWeightBytes: 0 });
    expect(two.partitionHandoffMs).toBeCloseTo(0.01, 12);
    expect(two.assumptions.join(" ")).toContain("spreads the model over 2 FPGAs");
    const one = simulateLatency({ summary: twoGemms(), profile: S10 });
    expect(two.totalMs).toBeCloseTo(one.totalMs - one.weightStreamMs + 0.01, 12);

    // One 50 MB layer over two FPGAs: 25,000,000 bytes each, 1,013,824 of them streamed on each.
    const big = layer("Gemm", ["x", "w"], "y", [1, 10_000], 50_000_000, {}, 50_000_000);
    const split = simulateLatency({ summary: graph(tensor("x", [1, 5000]), [big], "y"), profile: S10, fpgas: 2 });
    expect(split).toMatchObject({ weightPlacement: "partitioned", streamsWeights: true, streamedWeightBytes: 2 * 1_013_824 });
    expect(split.layers[0]).toMatchObject({ weightSource: "ddr", streamedWeightBytes: 2 * 1_013_824 });
    expect(split.weightStreamMs).toBeGreaterThan(0);
  });

  it("refuses a number of FPGAs that is not a whole number of at least 1", () => {
    for (const fpgas of [0, -1, 1.5, Number.NaN]) {
      expect(() => simulateLatency({ summary: twoGemms(), profile: S10, fpgas })).toThrow(/fpgas/);
    }
  });

  it("is deterministic", () => {
    const conv = layer("Conv", ["x", "w"], "c", [1, 64, 10, 10], 64 * 64 * 100, { group: 1 });
    const g = graph(tensor("x", [1, 64, 10, 10]), [conv, layer("Relu", ["c"], "y", [1, 64, 10, 10])], "y");
    const first = simulateLatency({ summary: g, profile: "arria10-pb6" });
    expect(simulateLatency({ summary: g, profile: "arria10-pb6" })).toEqual(first);
    expect(JSON.stringify(simulateLatency({ summary: g, profile: "arria10-pb6" }))).toBe(JSON.stringify(first));
  });

  it("refuses batches above 1 and unknown profiles", () => {
    const g = { ...graph(tensor("x", [2, 1000]), [layer("Relu", ["x"], "y", [2, 1000])], "y"), batchSize: 2 };
    expect(() => simulateLatency({ summary: g, profile: S10 })).toThrow(/batch size 1/);
    const error = (() => {
      try {
        simulateLatency({ summary: g, profile: "virtex-9" as never });
      } catch (e) {
        return e;
      }
    })();
    expect(isAppError(error) && error.code).toBe("validation_failed");
  });
});
