import type { PreprocessingSpec } from "@/lib/catalog";
import { toFloat16Bits } from "./float16";
import type { ImageTensor } from "./types";

type WriteTensorOptions = {
  /** 8-bit RGB samples, row-major, interleaved (HWC), as sharp's raw() gives them. */
  pixels: Uint8Array;
  width: number;
  height: number;
  spec: PreprocessingSpec;
};

/**
 * Turns interleaved RGB bytes into the model's input tensor in one pass.
 *
 * A sample has only 256 possible values per channel, so the spec's formula
 * `(raw · scale − mean) / std` is evaluated once per (channel, value) into a lookup
 * table — in float64, then stored in the tensor's dtype (float16 via round-to-nearest-
 * even bits) — and the pass over the image is a table lookup and a store per sample.
 */
export function writeTensor({ pixels, width, height, spec }: WriteTensorOptions): ImageTensor {
  const area = width * height;
  if (pixels.length !== area * 3) {
    throw new Error(`writeTensor: expected ${area * 3} RGB bytes for ${width}×${height}, got ${pixels.length}`);
  }
  const dims = spec.layout === "NCHW" ? [1, 3, height, width] : [1, height, width, 3];
  switch (spec.dtype) {
    case "float32": {
      const data = new Float32Array(area * 3);
      fill(data, pixels, area, spec, buildTable(spec, Float32Array, (v) => v));
      return { dtype: "float32", data, dims };
    }
    case "float16": {
      const data = new Uint16Array(area * 3);
      fill(data, pixels, area, spec, buildTable(spec, Uint16Array, toFloat16Bits));
      return { dtype: "float16", data, dims };
    }
    case "uint8": {
      const data = new Uint8Array(area * 3);
      // Uint8Array stores truncate; round and clamp first so e.g. 127.6 becomes 128.
      fill(data, pixels, area, spec, buildTable(spec, Uint8Array, (v) => Math.min(255, Math.max(0, Math.round(v)))));
      return { dtype: "uint8", data, dims };
    }
  }
}

type Numeric = Float32Array | Uint16Array | Uint8Array;

/**
 * table[t · 256 + raw] is the value for tensor channel t. mean and std are listed as
 * [R, G, B] whatever the channel order (schemas.ts), so BGR's tensor channel 0 takes
 * the blue statistics.
 */
function buildTable<T extends Numeric>(
  spec: PreprocessingSpec,
  Table: { new (length: number): T },
  encode: (value: number) => number,
): T {
  const table = new Table(3 * 256);
  for (let t = 0; t < 3; t++) {
    const colour = sourceChannel(spec, t);
    const mean = spec.mean ? spec.mean[colour] : 0;
    const std = spec.std ? spec.std[colour] : 1;
    for (let raw = 0; raw < 256; raw++) table[t * 256 + raw] = encode((raw * spec.scale - mean) / std);
  }
  return table;
}

/** The RGB index (0 = R) that tensor channel t is read from. */
function sourceChannel(spec: PreprocessingSpec, t: number): number {
  return spec.channelOrder === "RGB" ? t : 2 - t;
}

function fill(out: Numeric, pixels: Uint8Array, area: number, spec: PreprocessingSpec, table: Numeric): void {
  const s0 = sourceChannel(spec, 0);
  const s1 = sourceChannel(spec, 1);
  const s2 = sourceChannel(spec, 2);
  if (spec.layout === "NCHW") {
    const plane1 = area;
    const plane2 = 2 * area;
    for (let i = 0, p = 0; i < area; i++, p += 3) {
      out[i] = table[pixels[p + s0]];
      out[plane1 + i] = table[256 + pixels[p + s1]];
      out[plane2 + i] = table[512 + pixels[p + s2]];
    }
  } else {
    for (let p = 0; p < area * 3; p += 3) {
      out[p] = table[pixels[p + s0]];
      out[p + 1] = table[256 + pixels[p + s1]];
      out[p + 2] = table[512 + pixels[p + s2]];
    }
  }
}
