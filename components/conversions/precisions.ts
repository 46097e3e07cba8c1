import type { ConversionPrecision } from "@/lib/conversions/types";

// Brainwave's block floating point ("ms-fp", Chung et al., IEEE Micro 2018: a shared
// exponent per block, 2–5 mantissa bits) next to the IEEE formats. ms-fp9 is the studio's
// default: Azure's hardware-accelerated models served at that precision.
export const PRECISIONS: { value: ConversionPrecision; label: string; hint: string }[] = [
  { value: "ms-fp8", label: "ms-fp8", hint: "Block floating point, 2-bit mantissa: the smallest weights, the most accuracy lost." },
  { value: "ms-fp9", label: "ms-fp9 (default)", hint: "Block floating point, 3-bit mantissa: what Azure's FPGA models ran at." },
  { value: "fp16", label: "fp16", hint: "IEEE half precision: twice the weight bytes of ms-fp9's block format." },
  { value: "fp32", label: "fp32", hint: "No quantisation: the weights as they are, for a reference run." },
];

export const DEFAULT_PRECISION: ConversionPrecision = "ms-fp9";
export const DEFAULT_DEVICE_PROFILE = "arria10-pb6";

export const precisionHint = (precision: ConversionPrecision) => PRECISIONS.find((p) => p.value === precision)?.hint;
