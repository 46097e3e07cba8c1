import sharp from "sharp";
import type { PreprocessingSpec } from "@/lib/catalog";
import { AppError } from "@/lib/errors";
import { planGeometry } from "./plan-geometry";
import { assertAcceptedFormat, toImageError, tooLarge } from "./to-image-error";
import type { ImageSource, ImageTensor } from "./types";
import { writeTensor } from "./write-tensor";

/** 100 megapixels: above any phone camera in common use, and 300 MB as 8-bit RGB. */
export const DEFAULT_MAX_PIXELS = 100_000_000;

export type PreprocessImageOptions = {
  input: Buffer;
  spec: PreprocessingSpec;
  /** Refuse images declaring more pixels than this, before decoding any of them. */
  maxPixels?: number;
};

export type PreprocessImageResult = {
  tensor: ImageTensor;
  source: ImageSource;
  /** decodeMs: header, decode, rotation, resize and crop (libvips does them as one
   *  demand-driven pass, so they cannot be timed apart); preprocessMs: the tensor pass. */
  timings: { decodeMs: number; preprocessMs: number };
};

// Transparent pixels are composited onto white: it is what a person sees when the
// studio (a white page) shows the upload. PIL's convert("RGB"), used by torchvision
// pipelines, instead drops alpha and keeps whatever colour the encoder left under
// transparent pixels, which is arbitrary; the two agree on every opaque pixel, and
// all the RGBA images of ../shared/data/images are fully opaque.
const ALPHA_BACKGROUND = { r: 255, g: 255, b: 255 };

// failOn "error": refuses truncated files ("premature end of JPEG image"), libpng read
// errors and bad chunk checksums, but decodes what libjpeg only warns about (extraneous
// bytes before a marker, corrupt entropy data), as PIL does. "warning" (sharp's default)
// refuses those common camera quirks; "none" would score the grey half of a truncated JPEG.
//
// Kernel "linear": libvips' reduce with a triangle filter widened by the shrink factor is
// the antialiased bilinear of PIL's Image.resize(BILINEAR), which torchvision's Resize
// uses on PIL images. On the 15 photos of ../shared/data/images it lands 0.13–0.41 grey
// levels (mean absolute difference) from PIL 9.4; lanczos3, sharp's default, 1.1–3.7.
// Enlarging (shorter side under `size`) is where they part: libvips places its samples
// a fraction of an input pixel from PIL's (a quarter pixel at 2×), so the two 224×224
// photos there differ by 4.6–11.9 levels; every model keeps its top-1 on them.
const RESIZE = { fit: "fill", kernel: "linear", fastShrinkOnLoad: true } as const;
// animated false: GIF/WebP/TIFF give their first frame or page only.
const DECODE = { failOn: "error", animated: false } as const;

/**
 * Decodes an image in one sharp pipeline — EXIF rotation, alpha flattened, any colour
 * space (grey, CMYK, 16-bit, or an embedded ICC profile such as Display P3) to 8-bit
 * sRGB, resize, centre crop — and writes the tensor `spec` describes. (PIL-based
 * pipelines ignore ICC profiles; converting gives the model the sRGB colours ImageNet
 * photos carry.) Content is sniffed, so a JPEG named .png decodes; animated GIF/WebP
 * give their first frame.
 */
export async function preprocessImage({ input, spec, maxPixels = DEFAULT_MAX_PIXELS }: PreprocessImageOptions): Promise<PreprocessImageResult> {
  if (input.length === 0) throw new AppError("empty_file", "The file is empty: an image cannot have 0 bytes.");
  const started = performance.now();
  // The header is read without sharp's pixel limit so that a refusal can name the
  // image's size; metadata() decodes no pixels. The decoding instance keeps the limit
  // (libvips refuses from the header, before allocating) as a second guard.
  const metadata = await sharp(input, { ...DECODE, limitInputPixels: false })
    .metadata()
    .catch((error: unknown) => {
      throw toImageError(error, maxPixels);
    });
  assertAcceptedFormat(metadata);
  const { width, height } = metadata.autoOrient;
  if (width * height > maxPixels) throw tooLarge(maxPixels, width, height);

  const geometry = planGeometry({ width, height, spec });
  let pipeline = sharp(input, { ...DECODE, limitInputPixels: maxPixels })
    .autoOrient()
    .flatten({ background: ALPHA_BACKGROUND })
    .toColourspace("srgb");
  if (geometry.resize) pipeline = pipeline.resize({ ...geometry.resize, ...RESIZE });
  // extract() after resize() crops the resized image (sharp applies it post-resize).
  if (geometry.crop) pipeline = pipeline.extract(geometry.crop);
  const { data, info } = await pipeline
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
    .catch((error: unknown) => {
      throw toImageError(error, maxPixels);
    });
  const decoded = performance.now();

  if (info.channels !== 3 || info.width !== geometry.width || info.height !== geometry.height) {
    throw new Error(`preprocessImage: sharp gave ${info.width}×${info.height}×${info.channels}, expected ${geometry.width}×${geometry.height}×3`);
  }
  const tensor = writeTensor({ pixels: data, width: info.width, height: info.height, spec });
  return {
    tensor,
    source: {
      format: metadata.format,
      width,
      height,
      ...(metadata.orientation ? { orientation: metadata.orientation } : {}),
      hasAlpha: metadata.hasAlpha,
      channels: metadata.channels,
      space: metadata.space,
    },
    timings: { decodeMs: decoded - started, preprocessMs: performance.now() - decoded },
  };
}
