// Which of each layer's weights sit in on-chip memory and which stream from the board's
// DDR on every request. One FPGA pins weights layer by layer in graph order until its
// on-chip capacity is used up; the layer that crosses the limit is pinned in part (its
// weight tiles are independent), and everything after it streams.
// A deployment spread over several FPGAs cuts the weights, in graph order, into equal
// shares, one per FPGA, as Brainwave's model parallelism spreads large models (Chung et
// al., IEEE Micro 2018); a share may begin or end inside a layer's matrix. Each FPGA then
// pins the start of its share the same way and streams the rest from its own board's DDR.

export type PlaceWeightsOptions = {
  /** Weight bytes of each layer in graph order; 0 where the FPGA holds none. */
  layerBytes: number[];
  /** FPGAs the weights are spread over (≥ 1). */
  fpgas: number;
  /** Weight bytes one FPGA can pin. */
  capacityBytes: number;
};

export type LayerWeights = { pinnedBytes: number; streamedBytes: number };

export function placeWeights({ layerBytes, fpgas, capacityBytes }: PlaceWeightsOptions): LayerWeights[] {
  const total = layerBytes.reduce((a, b) => a + b, 0);
  // Whole bytes per share, so share boundaries are exact: byte counts here are multiples of
  // 1/8 (ms-fp9 charges 9/8 bytes) and stay exact in floating point. The last share is the smaller.
  const share = Math.ceil(total / fpgas);
  let offset = 0;
  return layerBytes.map((bytes) => {
    const start = offset;
    offset += bytes;
    const pinnedBytes = capacityBytes >= share ? bytes : pinnedBetween(start, offset, share, fpgas, capacityBytes);
    return { pinnedBytes, streamedBytes: bytes - pinnedBytes };
  });
}

/** Bytes of [start, end) lying in the first `capacity` bytes of some FPGA's share. */
function pinnedBetween(start: number, end: number, share: number, fpgas: number, capacity: number): number {
  let pinned = 0;
  const last = Math.min(fpgas - 1, Math.floor(end / share));
  for (let k = Math.min(fpgas - 1, Math.floor(start / share)); k <= last; k++) {
    const base = k * share;
    pinned += Math.max(0, Math.min(end, base + capacity) - Math.max(start, base));
  }
  return pinned;
}
