import { AppError, isAppError } from "@/lib/errors";

// Formats the engine accepts. sharp reports AVIF as "heif" (its libheif build decodes
// AVIF only). SVG and the rest are refused on purpose: a vector document or a
// scientific format is not a photo, and each extra decoder is attack surface.
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp", "gif", "tiff", "heif"]);
const ACCEPTED_FORMATS_TEXT = "JPEG, PNG, WebP, GIF, TIFF or AVIF";

/** Refuses formats outside the list above, and HEIC (HEVC-coded HEIF), which sharp's build cannot decode. */
export function assertAcceptedFormat({ format, compression }: { format: string; compression?: string }): void {
  if (format === "heif" && compression === "hevc") {
    throw new AppError("invalid_image", `HEIC photos cannot be decoded here; export the photo as JPEG (accepted: ${ACCEPTED_FORMATS_TEXT}).`);
  }
  if (!ACCEPTED_FORMATS.has(format)) {
    throw new AppError("invalid_image", `This ${format.toUpperCase()} file is not a photo format the scorer takes (${ACCEPTED_FORMATS_TEXT}).`);
  }
}

/**
 * Maps a sharp/libvips failure to the error a person sees. libvips reports a damaged
 * file through its decoder's message ("VipsJpeg: premature end of JPEG image",
 * "vipspng: libpng read error"); sharp's own checks use fixed English texts
 * ("Input buffer contains unsupported image format", "Input image exceeds pixel limit").
 */
export function toImageError(error: unknown, maxPixels: number): AppError {
  if (isAppError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/exceeds pixel limit/i.test(message)) return tooLarge(maxPixels);
  if (/unsupported image format/i.test(message)) {
    return new AppError("invalid_image", `This file is not an image the scorer can decode (${ACCEPTED_FORMATS_TEXT}).`);
  }
  return new AppError("invalid_image", `The image could not be decoded; the file may be damaged or truncated (${firstLine(message)}).`);
}

export function tooLarge(maxPixels: number, width?: number, height?: number): AppError {
  const limit = megapixels(maxPixels);
  if (!width || !height) {
    return new AppError("image_too_large", `The image has more than ${limit}, the most the scorer accepts.`, { maxPixels });
  }
  return new AppError(
    "image_too_large",
    `The image is ${width}×${height} pixels (${megapixels(width * height)}); the scorer accepts at most ${limit}.`,
    { maxPixels, width, height },
  );
}

function megapixels(pixels: number): string {
  return `${Number((pixels / 1e6).toPrecision(3))} megapixels`;
}

function firstLine(text: string): string {
  return text.split("\n")[0].trim();
}
