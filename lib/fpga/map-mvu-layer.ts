// How one MAC layer lands on the matrix-vector unit. Brainwave multiplies a weight
// matrix, cut into native-dimension × native-dimension tiles, by one vector at a time;
// a tile takes nativeDimension / lanes cycles on one tile engine whatever part of it
// holds real weights, so a dimension that is not a multiple of the native dimension
// wastes the rest of its last tile (Fowers et al., ISCA 2018, as in FPGA.md).
//   Conv:   one vector per output pixel; per group a (Cout/g) × (Cin/g·kH·kW) matrix,
//           where Cin/g·kH·kW = MACs / (N·Cout·Hout·Wout).
//   Gemm / MatMul: one vector per output row; an Nout × K matrix, K = MACs / |Y|.
// A grouped conv runs either group by group, or as one block-diagonal matrix whose
// all-zero tiles are skipped but whose other zeros are multiplied; the mapping with
// fewer tiles wins. Depthwise convs pay for this either way: that loss is what the
// simulation is meant to show.
// Tiles of successive vectors are spread over all tile engines (weights small enough
// to be replicated; an assumption, listed in the simulation's assumptions).
import type { LayerInfo } from "@/lib/onnx";
import type { DeviceProfile } from "./types";

const CONV_OPS = new Set(["Conv", "QLinearConv", "ConvInteger", "FusedConv"]);

export type MvuMapping = {
  /** "tiled": from the layer's shapes; "ideal": shapes unusable, MACs ÷ peak; "unknown": no MAC count. */
  kind: "tiled" | "ideal" | "unknown";
  vectors: number;
  rows: number;
  cols: number;
  groups: number;
  tilesPerVector: number;
  /** Cycles while the layer streams through the tile engines, pipeline fill excluded. */
  streamCycles: number;
  utilization: number | null;
};

export type MapMvuLayerOptions = {
  layer: Pick<LayerInfo, "opType" | "macs" | "outputShapes" | "attributes">;
  profile: DeviceProfile;
};

/** The tiling, stream cycles and utilisation of one MAC layer on a profile's MVU. */
export function mapMvuLayer({ layer, profile }: MapMvuLayerOptions): MvuMapping {
  const { tileEngines, nativeDimension, lanes } = profile.parameters;
  const engines = tileEngines.value;
  const native = nativeDimension.value;
  const peak = engines * native * lanes.value;
  const macs = layer.macs;
  const none = { vectors: 0, rows: 0, cols: 0, groups: 1, tilesPerVector: 0 };
  if (macs === null) return { kind: "unknown", ...none, streamCycles: 0, utilization: null };
  if (macs === 0) return { kind: "tiled", ...none, streamCycles: 0, utilization: null };

  const shape = matrixShape(layer, macs);
  if (!shape) {
    const streamCycles = Math.ceil(macs / peak);
    return { kind: "ideal", ...none, streamCycles, utilization: streamCycles > 0 ? macs / (streamCycles * peak) : null };
  }
  const { vectors, rows, cols, groups } = shape;
  const byGroup = groups * Math.ceil(rows / native) * Math.ceil(cols / native);
  const blockDiagonal = blockDiagonalTiles(groups, rows, cols, native);
  const tilesPerVector = Math.min(byGroup, blockDiagonal);
  const streamCycles = Math.ceil((vectors * tilesPerVector) / engines) * Math.ceil(native / lanes.value);
  const utilization = streamCycles > 0 ? macs / (streamCycles * peak) : null;
  return { kind: "tiled", vectors, rows, cols, groups, tilesPerVector, streamCycles, utilization };
}

type MatrixShape = { vectors: number; rows: number; cols: number; groups: number };

function matrixShape(layer: MapMvuLayerOptions["layer"], macs: number): MatrixShape | null {
  const out = layer.outputShapes[0];
  if (!out || out.length === 0) return null;
  const outputElements = out.reduce((a, b) => a * b, 1);
  if (outputElements === 0) return null;
  // ConvTranspose scatters each input pixel: its shapes alone do not give the matrix.
  if (layer.opType === "ConvTranspose") return null;
  if (CONV_OPS.has(layer.opType)) {
    if (out.length < 3) return null;
    const groupAttr = layer.attributes.group;
    const groups = typeof groupAttr === "number" && groupAttr > 0 ? groupAttr : 1;
    const channels = out[1];
    return { vectors: outputElements / channels, rows: channels / groups, cols: Math.round(macs / outputElements), groups };
  }
  // Gemm and the MatMul family: one vector per output row, the last dim is the matrix's rows.
  const rows = out[out.length - 1];
  return { vectors: outputElements / rows, rows, cols: Math.round(macs / outputElements), groups: 1 };
}

/** Tiles of a block-diagonal matrix of `groups` rows × cols blocks that hold any weight (all-zero tiles skipped). */
function blockDiagonalTiles(groups: number, rows: number, cols: number, native: number): number {
  let tiles = 0;
  for (let top = 0; top < groups * rows; top += native) {
    const first = Math.floor(top / rows);
    const last = Math.floor((Math.min(top + native, groups * rows) - 1) / rows);
    tiles += Math.ceil(((last + 1) * cols) / native) - Math.floor((first * cols) / native);
  }
  return tiles;
}
