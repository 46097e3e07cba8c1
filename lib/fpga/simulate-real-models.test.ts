import { beforeAll, describe, expect, it } from "vitest";
import { inspectOnnxFile, type GraphSummary } from "@/lib/onnx";
import { DEVICE_PROFILE_IDS } from "./device-profiles";
import { buildResnet50Graph } from "./resnet50-graph.fixture";
import { simulateLatency } from "./simulate-latency";
import type { SimulatedLayer } from "./types";

const MODELS = "/work/shared/data/models";
const summaries: Record<string, GraphSummary> = {};

beforeAll(async () => {
  summaries.mobilenet = await inspectOnnxFile({ path: `${MODELS}/mobilenetv2-12-int8.onnx` });
  summaries.squeezenet = await inspectOnnxFile({ path: `${MODELS}/squeezenet1.1-caffe2.onnx` });
});

const macWeighted = (layers: SimulatedLayer[]) =>
  layers.reduce((s, l) => s + l.macs * (l.utilization ?? 0), 0) / layers.reduce((s, l) => s + l.macs, 0);

describe("simulateLatency on real models", () => {
  it.each(["mobilenet", "squeezenet"])("%s: finite positive totals that add up, every MAC accounted for", (model) => {
    const summary = summaries[model];
    for (const profile of DEVICE_PROFILE_IDS) {
      const sim = simulateLatency({ summary, profile });
      for (const figure of [sim.totalMs, sim.deviceMs, sim.transferInMs, sim.transferOutMs]) {
        expect(Number.isFinite(figure) && figure > 0).toBe(true);
      }
      const parts = sim.transferInMs + sim.deviceMs + sim.weightStreamMs + sim.hostMs + sim.transferOutMs + sim.partitionHandoffMs;
      expect(sim.totalMs).toBeCloseTo(parts, 12);
      expect(sim.macs).toBe(summary.macs);
      expect(sim.utilization).toBeGreaterThan(0);
      expect(sim.utilization).toBeLessThanOrEqual(1);
      expect(sim).toMatchObject({ fpgas: 1, partitions: 1, weightPlacement: "pinned", streamsWeights: false, weightStreamMs: 0 });
    }
  });

  it("squeezenet on arria10-pb6: its 1.2 MB of ms-fp8 weights are pinned, nothing streams", () => {
    const summary = summaries.squeezenet;
    // The per-layer figures add up to the file's parameters: 26 convs, each reading its own weights and bias.
    expect(summary.layers.reduce((n, l) => n + l.weightElements, 0)).toBe(summary.parameterCount);
    const sim = simulateLatency({ summary, profile: "arria10-pb6", precision: "ms-fp8" });
    expect(sim).toMatchObject({ weightPlacement: "pinned", streamsWeights: false, weightStreamMs: 0, streamedWeightBytes: 0 });
    expect(sim.pinnedWeightBytes).toBe(1_235_496);
    expect(sim.weightBytes).toBe(1_235_496);
    const convs = sim.layers.filter((l) => l.opType === "Conv");
    expect(convs).toHaveLength(26);
    expect(convs.every((l) => l.weightSource === "on-chip")).toBe(true);
    expect(sim.layers.filter((l) => l.opType !== "Conv").every((l) => l.weightSource === null)).toBe(true);
  });

  it("mobilenet at fp16 outgrows one arria10-pb6: the last layers in graph order stream", () => {
    const sim = simulateLatency({ summary: summaries.mobilenet, profile: "arria10-pb6", precision: "fp16" });
    expect(sim).toMatchObject({ fpgas: 1, weightPlacement: "streamed", streamsWeights: true });
    expect(sim.pinnedWeightBytes).toBe(sim.weightCapacityBytes);
    const sources = sim.layers.map((l) => l.weightSource).filter(Boolean);
    expect(sources.lastIndexOf("on-chip")).toBeLessThan(sources.indexOf("ddr"));
  });
});

describe("simulateLatency on the ResNet-50 fixture, one Arria 10 per node", () => {
  const graph = buildResnet50Graph();
  // 53 Mbit × 2^20 / 8 × 0.75 = 5,210,112 bytes pin; the other 20.3 MB of ms-fp8 weights stream.
  const one = simulateLatency({ summary: graph, profile: "arria10-pb6", precision: "ms-fp8" });
  const five = simulateLatency({ summary: graph, profile: "arria10-pb6", precision: "ms-fp8", fpgas: 5 });

  it("keeps one FPGA by default and streams from DDR what its on-chip memory cannot hold", () => {
    expect(graph.layers.reduce((n, l) => n + l.weightElements, 0)).toBe(graph.parameterCount);
    expect(one).toMatchObject({ fpgas: 1, partitions: 1, partitionHandoffMs: 0, weightPlacement: "streamed", streamsWeights: true });
    expect(one.weightBytes).toBe(25_530_472);
    expect(one.pinnedWeightBytes).toBe(5_210_112);
    expect(one.streamedWeightBytes).toBe(one.weightBytes - one.pinnedWeightBytes);
    expect(one.weightStreamMs).toBeGreaterThan(0);
    // Pinned in graph order: every streaming layer comes after every pinned one.
    const sources = one.layers.map((l) => l.weightSource).filter(Boolean);
    expect(sources.lastIndexOf("on-chip")).toBeLessThan(sources.indexOf("ddr"));
    expect(one.weightStreamMs).toBeCloseTo(one.layers.reduce((n, l) => n + l.weightStreamMs, 0), 12);
  });

  it("counts the streaming in the total: DDR fetches cost more here than the NPU's compute", () => {
    const withoutStream = one.transferInMs + one.deviceMs + one.hostMs + one.transferOutMs;
    expect(one.totalMs).toBeCloseTo(withoutStream + one.weightStreamMs, 12);
    expect(one.totalMs - withoutStream).toBeGreaterThan(one.deviceMs);
    // The fetch overlaps compute: the stall is less than fetching the streamed bytes alone (15.36 GB/s).
    expect(one.weightStreamMs).toBeLessThan(one.streamedWeightBytes / 15_360_000);
  });

  it("spread over 5 FPGAs on request: pinned on each, four hand-offs", () => {
    // 25,530,472 / 5 → shares of 5,106,095 bytes, under the 5,210,112 each FPGA pins.
    expect(five).toMatchObject({ fpgas: 5, partitions: 5, weightPlacement: "partitioned", streamsWeights: false });
    expect(five).toMatchObject({ weightStreamMs: 0, streamedWeightBytes: 0, pinnedWeightBytes: 25_530_472 });
    expect(five.partitionHandoffMs).toBeCloseTo(4 * 0.01, 12);
    expect(five.deviceMs).toBe(one.deviceMs);
    expect(five.totalMs).toBeLessThan(one.totalMs);
  });

  it("mobilenet: depthwise convs use the MAC array worse than pointwise ones", () => {
    for (const profile of DEVICE_PROFILE_IDS) {
      const sim = simulateLatency({ summary: summaries.mobilenet, profile });
      const info = new Map(summaries.mobilenet.layers.map((l) => [l.name, l]));
      const convs = sim.layers.filter((l) => l.opType === "QLinearConv");
      const depthwise = convs.filter((l) => Number(info.get(l.name)!.attributes.group ?? 1) > 1);
      const pointwise = convs.filter((l) => {
        const a = info.get(l.name)!.attributes;
        return Number(a.group ?? 1) === 1 && String(a.kernel_shape) === "1,1";
      });
      expect(depthwise.length).toBe(17);
      expect(pointwise.length).toBe(34);
      expect(Math.max(...depthwise.map((l) => l.utilization!))).toBeLessThan(Math.min(...pointwise.map((l) => l.utilization!)));
      expect(macWeighted(depthwise)).toBeLessThan(macWeighted(pointwise) / 10);
    }
  });
});
