import { describe, expect, it } from "vitest";
import { placeWeights } from "./place-weights";

describe("placeWeights", () => {
  it("pins in graph order until the capacity is used up; the layer crossing it is pinned in part", () => {
    expect(placeWeights({ layerBytes: [40, 0, 50, 30], fpgas: 1, capacityBytes: 60 })).toEqual([
      { pinnedBytes: 40, streamedBytes: 0 },
      { pinnedBytes: 0, streamedBytes: 0 },
      { pinnedBytes: 20, streamedBytes: 30 },
      { pinnedBytes: 0, streamedBytes: 30 },
    ]);
  });

  it("cuts the weights into equal shares, one per FPGA, each pinning the start of its own", () => {
    // 120 bytes over 2 FPGAs: shares [0, 60) and [60, 120), each pinning its first 50 bytes.
    // The middle layer, [40, 90), pins 10 on the first FPGA and 30 on the second; it streams [50, 60).
    const placed = placeWeights({ layerBytes: [40, 50, 30], fpgas: 2, capacityBytes: 50 });
    expect(placed).toEqual([
      { pinnedBytes: 40, streamedBytes: 0 },
      { pinnedBytes: 40, streamedBytes: 10 },
      { pinnedBytes: 20, streamedBytes: 10 },
    ]);
    expect(placed.reduce((n, p) => n + p.streamedBytes, 0)).toBe(20);
  });

  it("pins everything when every share fits, and handles a model without weights", () => {
    expect(placeWeights({ layerBytes: [30, 30, 30], fpgas: 3, capacityBytes: 30 }).every((p) => p.streamedBytes === 0)).toBe(true);
    expect(placeWeights({ layerBytes: [0, 0], fpgas: 1, capacityBytes: 10 })).toEqual([
      { pinnedBytes: 0, streamedBytes: 0 },
      { pinnedBytes: 0, streamedBytes: 0 },
    ]);
  });
});
