import { randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import type http from "node:http";
import path from "node:path";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { ERROR_CODES, type ErrorCode } from "@/lib/errors/codes";
import { forwardScore } from "@/lib/serving/forward-score";
import type { ScoreResponse, ScoreTimings } from "@/lib/serving/score-response";
import { calibrateServiceTime, type ServiceSample } from "./calibrate-service-time";

// How the planner knows a node's host overhead: it asks a node. The calibration images
// (CALIBRATION_IMAGES_DIR, ../shared/data/images by default) are scored one at a time on
// a live worker through the same hop web uses for every score, each timed here from send
// to parsed answer; the host's share is that time less the CPU inference the FPGA replaces
// (./host-overhead-ms.ts). Web never runs a model itself, so this is also the only
// place the measurement can come from. The predicted p99 reads the tail of these samples
// as they are, so more is better: up to 100 (an idle replica's p99 is then the second largest),
// but no longer than ~3 s on the node once 30 are in (the largest of 30 sits near the 97th
// percentile), so a slow model's calibration stays short. A small model takes all 100.
const SAMPLES = 100;
const MIN_SAMPLES = 30;
const BUDGET_MS = 3_000;
const WARMUP = 2;
const MAX_IMAGES = 16;
// A node's overhead drifts with its load and software, not by the minute: one calibration
// serves every plan of the model for a while, and the answer says when it was taken.
const TTL_MS = 10 * 60_000;
const IMAGE_FILE = /\.(jpe?g|png|webp|gif|tiff?|avif)$/i;

export type HostCalibration = { samples: ServiceSample[]; measuredAt: string; images: number };

const calibrations = new Map<string, { until: number; calibration: Promise<HostCalibration> }>();
let imagesLoading: Promise<Uint8Array[]> | undefined;

export type MeasureHostOverheadOptions = {
  model: { name: string; version: number; digest: string };
  /** The caller's API credentials, which the worker checks again (lib/serving/forward-score.ts). */
  credentials?: Record<string, string>;
};

/** Service-time samples of this model on a live node, from memory for TTL_MS after the first call. */
export function measureHostOverhead({ model, credentials }: MeasureHostOverheadOptions): Promise<HostCalibration> {
  const hit = calibrations.get(model.digest);
  if (hit && hit.until > Date.now()) return hit.calibration;
  const calibration = (async () => {
    const images = await readCalibrationImages();
    const samples = await calibrateServiceTime({ images, samples: SAMPLES, minSamples: MIN_SAMPLES, budgetMs: BUDGET_MS, warmup: WARMUP, score: (image) => scoreOnWorker({ model, image, credentials }) });
    return { samples, measuredAt: new Date().toISOString(), images: images.length };
  })();
  const entry = { until: Date.now() + TTL_MS, calibration };
  calibrations.set(model.digest, entry);
  // A failed calibration is forgotten (the next plan tries again), unless a newer one took its place.
  calibration.catch(() => calibrations.get(model.digest) === entry && calibrations.delete(model.digest));
  return calibration;
}

function readCalibrationImages(): Promise<Uint8Array[]> {
  imagesLoading ??= (async () => {
    const folder = env().CALIBRATION_IMAGES_DIR;
    const names = folder ? (await readdir(folder).catch(() => [])).filter((name) => IMAGE_FILE.test(name)).sort().slice(0, MAX_IMAGES) : [];
    if (!folder || names.length === 0) throw new AppError("validation_failed", "The planner measures a node on the calibration images, and there are none: set CALIBRATION_IMAGES_DIR to a folder of images.");
    return Promise.all(names.map((name) => readFile(path.join(folder, name))));
  })();
  imagesLoading.catch(() => (imagesLoading = undefined));
  return imagesLoading;
}

async function scoreOnWorker(options: { model: MeasureHostOverheadOptions["model"]; image: Uint8Array; credentials?: Record<string, string> }): Promise<ScoreTimings> {
  const { model } = options;
  const reply = await forwardScore({
    name: model.name,
    version: String(model.version),
    // One profile: the simulation is cached on the worker, and none of it is timed here anyway.
    search: "?profiles=arria10-pb6",
    body: options.image,
    requestId: randomUUID(),
    headers: options.credentials,
  });
  const body = JSON.parse(await readText(reply)) as Partial<ScoreResponse> & { code?: string; detail?: string };
  if (reply.statusCode === 200 && body.timings) return body.timings;
  // The worker's own problem (a detector it will not score, a credential it refused) is the answer's.
  const code = body.code && body.code in ERROR_CODES ? (body.code as ErrorCode) : "unavailable";
  throw new AppError(code, `Measuring ${model.name}:${model.version} on a node failed: ${body.detail ?? `HTTP ${reply.statusCode}`}`);
}

async function readText(reply: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of reply) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
