// Bytes one element occupies on the PCIe link and in weight memory, per precision.
// ms-fpN is charged its nominal N bits (1 sign + 5 exponent + N−6 mantissa) as if every
// element carried its own exponent. With a shared exponent a block packs tighter (16
// ms-fp8 values: 16 × 3 + 5 bits ≈ 3.3 bits each), but no source gives the wire or
// memory layout, so the nominal width is the conservative charge.
import type { Precision } from "./types";

export const BYTES_PER_ELEMENT: Record<Precision, number> = {
  "ms-fp8": 1,
  "ms-fp9": 9 / 8,
  fp16: 2,
};
