import { AppError } from "@/lib/errors";
import type { PreprocessingSpec } from "@/lib/catalog";

export type Geometry = {
  /** Size to resample the upright image to, or null to keep it as decoded. */
  resize: { width: number; height: number } | null;
  /** Region of the resized image to keep, or null to keep all of it. */
  crop: { left: number; top: number; width: number; height: number } | null;
  width: number;
  height: number;
};

/**
 * The resize and centre-crop of a spec for an upright image of width × height, with
 * torchvision's arithmetic so tensors match the published reference pipelines:
 * Resize(size) sets the shorter side to `size` and the longer to int(size · long / short)
 * (truncation, torchvision.transforms.functional._compute_resized_output_size), and
 * CenterCrop puts the crop at int(round((side − crop) / 2)) — Python's round, which
 * rounds halves to even.
 */
export function planGeometry({ width, height, spec }: { width: number; height: number; spec: PreprocessingSpec }): Geometry {
  const resize = resizeTarget(width, height, spec.resize);
  const resized = resize ?? { width, height };
  if (!spec.crop) return { resize, crop: null, ...resized };
  const { width: cropWidth, height: cropHeight } = spec.crop;
  if (cropWidth > resized.width || cropHeight > resized.height) {
    throw new AppError(
      "invalid_image",
      `The image is ${width}×${height} pixels, smaller than the ${cropWidth}×${cropHeight} this model needs.`,
    );
  }
  const crop = {
    left: roundHalfEven((resized.width - cropWidth) / 2),
    top: roundHalfEven((resized.height - cropHeight) / 2),
    width: cropWidth,
    height: cropHeight,
  };
  return { resize, crop, width: cropWidth, height: cropHeight };
}

function resizeTarget(width: number, height: number, resize: PreprocessingSpec["resize"]) {
  switch (resize.mode) {
    case "none":
      return null;
    case "exact":
      return { width: resize.width, height: resize.height };
    case "shorter-side": {
      const short = Math.min(width, height);
      const long = Math.trunc((resize.size * Math.max(width, height)) / short);
      return width <= height ? { width: resize.size, height: long } : { width: long, height: resize.size };
    }
  }
}

function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const fraction = value - floor;
  if (fraction !== 0.5) return Math.round(value);
  return floor % 2 === 0 ? floor : floor + 1;
}
