import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { CalibrationImage, ExpectedLabels } from "./calibrate-conversion";
import { fetchCalibrationUploads, removeSharedCalibrationUploads, shareCalibrationUploads } from "./shared-calibration-uploads";

// Where a conversion's calibration images come from: the images a user uploaded with the
// request (kept under ARTIFACT_DIR/calibration/<conversion id> until the conversion ends,
// and in the shared artifact store when there is one: shared-calibration-uploads.ts),
// or the configured folder (CALIBRATION_IMAGES_DIR, by default ../shared/data/images),
// whose expected.json, when present, gives the labels a correct model puts first.

const IMAGE_FILE = /\.(jpe?g|png|webp|gif|tiff?|avif)$/i;

export function uploadedCalibrationDir(conversionId: string): string {
  return path.join(env().ARTIFACT_DIR, "calibration", conversionId);
}

/** Decodes and stores uploaded images; refuses an undecodable one before anything is kept. */
export async function storeCalibrationUploads(options: { conversionId: string; images: { name: string; data: string }[] }): Promise<{ name: string; bytes: number }[]> {
  const dir = uploadedCalibrationDir(options.conversionId);
  const decoded = options.images.map((image) => ({ name: image.name, bytes: Buffer.from(image.data, "base64") }));
  for (const image of decoded) {
    await sharp(image.bytes).metadata().catch(() => {
      throw new AppError("invalid_image", `Calibration image "${image.name}" is not an image sharp can decode.`, { image: image.name });
    });
  }
  await mkdir(dir, { recursive: true });
  try {
    for (const image of decoded) await writeFile(path.join(dir, image.name), image.bytes);
    await shareCalibrationUploads({ conversionId: options.conversionId, images: decoded });
  } catch (error) {
    await removeCalibrationUploads(options.conversionId);
    throw error;
  }
  return decoded.map((image) => ({ name: image.name, bytes: image.bytes.length }));
}

export async function removeCalibrationUploads(conversionId: string): Promise<void> {
  await rm(uploadedCalibrationDir(conversionId), { recursive: true, force: true });
  await removeSharedCalibrationUploads(conversionId);
}

/** The images (sorted by name) and expected labels a conversion measures itself on. */
export async function readCalibrationSet(options: { conversionId: string; hasUploads: boolean }): Promise<{ folder: string; images: CalibrationImage[]; expected: ExpectedLabels }> {
  const folder = options.hasUploads ? uploadedCalibrationDir(options.conversionId) : env().CALIBRATION_IMAGES_DIR;
  if (!folder) throw new AppError("validation_failed", "No calibration images: upload some with the request, or set CALIBRATION_IMAGES_DIR.");
  let names = (await readdir(folder).catch(() => [])).filter((name) => IMAGE_FILE.test(name)).sort();
  // Uploaded on another machine of the cluster: fetched from the shared store.
  if (names.length === 0 && options.hasUploads && (await fetchCalibrationUploads({ conversionId: options.conversionId, dir: folder }))) {
    names = (await readdir(folder)).filter((name) => IMAGE_FILE.test(name)).sort();
  }
  if (names.length === 0) throw new AppError("validation_failed", `The calibration folder holds no images.`, { folder: options.hasUploads ? "uploaded" : folder });
  const expected = options.hasUploads ? {} : await readExpected(path.join(folder, "expected.json"));
  return { folder: options.hasUploads ? "uploaded images" : folder, images: names.map((name) => ({ name, path: path.join(folder, name) })), expected };
}

async function readExpected(file: string): Promise<ExpectedLabels> {
  const text = await readFile(file, "utf8").catch(() => null);
  if (!text) return {};
  const parsed = JSON.parse(text) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(parsed).filter(([key, value]) => !key.startsWith("_") && typeof value === "object")) as ExpectedLabels;
}
