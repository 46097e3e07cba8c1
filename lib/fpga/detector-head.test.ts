import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "@/lib/detection/select-detections";
import { makeTinyDetector, TINY_DETECTOR } from "@/lib/detection/make-tiny-detector";
import { decodeOnnxModel } from "@/lib/onnx/decode-onnx-model";
import { summarizeOnnxModel } from "@/lib/onnx/summarize-graph";
import { findDetectorHead, nmsHostElements, nmsHostMs } from "./detector-head";
import { getDeviceProfile } from "./device-profiles";
import { simulateLatency } from "./simulate-latency";

const summary = summarizeOnnxModel(decodeOnnxModel(makeTinyDetector()));
const anchors = TINY_DETECTOR.grid ** 2;

describe("a detector on the simulated NPU", () => {
  it("finds the head: every op after the last convolution, none of the body", () => {
    const head = findDetectorHead(summary);
    const opOf = (name: string) => summary.layers.find((l) => l.name === name)!.opType;
    expect(head.hostLayers.map(opOf).sort()).toEqual(["Add", "Add", "Mul", "Mul", "Reshape", "Reshape", "Sigmoid", "Transpose"].sort());
    expect(head).toMatchObject({ anchors, classes: TINY_DETECTOR.classes });
  });

  it("runs the body on the device and the head plus suppression on the host, counted in hostMs and totalMs", () => {
    for (const profile of ["arria10-pb6", "stratix10-brainwave"] as const) {
      const asClassifier = simulateLatency({ summary, profile });
      const asDetector = simulateLatency({ summary, profile, isDetector: true });
      const placed = (sim: typeof asDetector, op: string) => sim.layers.filter((l) => l.opType === op).map((l) => l.placement);
      expect(placed(asDetector, "Conv")).toEqual(["npu", "npu"]);
      expect(placed(asDetector, "AveragePool")).toEqual(["npu"]);
      expect(placed(asDetector, "Sigmoid")).toEqual(["host"]);
      expect(placed(asClassifier, "Sigmoid")).toEqual(["npu"]);
      const nms = asDetector.layers.find((l) => l.opType === "NonMaxSuppression")!;
      expect(nms).toMatchObject({ placement: "host", unit: "host", macs: 0 });
      expect(nms.ms).toBeCloseTo(nmsHostMs({ elements: nmsHostElements({ anchors, classes: TINY_DETECTOR.classes }), profile: getDeviceProfile({ id: profile }) }), 12);
      const hostSum = asDetector.layers.filter((l) => l.placement === "host").reduce((s, l) => s + l.ms, 0);
      expect(asDetector.hostMs).toBeCloseTo(hostSum, 12);
      expect(asDetector.hostMs).toBeGreaterThan(nms.ms);
      const parts = asDetector.transferInMs + asDetector.deviceMs + asDetector.weightStreamMs + asDetector.hostMs + asDetector.transferOutMs + asDetector.partitionHandoffMs;
      expect(asDetector.totalMs).toBeCloseTo(parts, 12);
      expect(asDetector.totalMs).toBeGreaterThan(asClassifier.totalMs);
      expect(asDetector.placementSummary.hostOpTypes).toContain("NonMaxSuppression");
      expect(asDetector.assumptions.some((a) => a.includes("non-maximum suppression"))).toBe(true);
    }
  });

  it("sizes the suppression estimate on the COCO SSD's 1,917 anchors × 90 classes", () => {
    // One pass over 172,530 scores, a sort of 1,917 rows (11 levels), 20 overlap tests each.
    expect(nmsHostElements({ anchors: 1917, classes: 90 })).toBe(1917 * 90 + 1917 * 11 + 1917 * DEFAULT_DETECTION_OPTIONS.maxDetections);
    expect(nmsHostElements({ anchors: 0, classes: 90 })).toBe(0);
  });
});
