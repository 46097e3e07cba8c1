import { beforeAll, describe, expect, it } from "vitest";
import { inspectOnnxFile, type GraphSummary } from "@/lib/onnx";
import { DEVICE_PROFILE_IDS } from "./device-profiles";
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
      const parts = sim.transferInMs + sim.deviceMs + sim.hostMs + sim.transferOutMs + sim.partitionHandoffMs;
      expect(sim.totalMs).toBeCloseTo(parts, 12);
      expect(sim.macs).toBe(summary.macs);
      expect(sim.utilization).toBeGreaterThan(0);
      expect(sim.utilization).toBeLessThanOrEqual(1);
      expect(sim.partitions).toBe(1);
    }
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
