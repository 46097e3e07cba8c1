import { MessageChannel } from "node:worker_threads";
import { localArtifact } from "@/lib/artifacts";
import type { Conversion, Model } from "@/lib/db";
import { simulateLatency, type DeviceProfileId } from "@/lib/fpga";
import { resolveModelVersion, type ResolvedModelVersion } from "@/lib/scoring/resolve-model-version";
import { toClassifierModel } from "@/lib/scoring/score-model-version";
import { runInModelThread } from "@/lib/threads/run-in-model-thread";
import { calibrateConversion } from "./calibrate-conversion";
import { calibrateDetector } from "./calibrate-detector";
import { readCalibrationSet } from "./calibration-folder";
import type { conversionProgress } from "./conversion-progress";
import { PRECISION_FROM_DB } from "./schemas";
import { toLatencyBreakdown } from "./to-latency-breakdown";
import type { ConversionReport } from "./types";

type Log = (message: string, level?: "info" | "warn" | "error") => Promise<void>;

/**
 * The work of a conversion: rewrite the weights (in the model thread pool), measure the
 * result against the source on the calibration images (real inference), and simulate
 * both on the target profile. Returns the staged file, not yet in the store.
 */
export async function convertAndMeasure(options: { row: Conversion; source: Model; log: Log; progress: ReturnType<typeof conversionProgress>; signal: AbortSignal }) {
  const { row, source, log, progress, signal } = options;
  const started = performance.now();
  const precision = PRECISION_FROM_DB[row.precision];
  const profile = row.deviceProfile as DeviceProfileId;
  await log(`Reading the graph of ${source.name}:${source.version} and rewriting its weights to ${precision}`);
  const sourcePath = await localArtifact(source.digest);
  const resolved = await resolveModelVersion({ name: source.name, version: source.version });
  const isDetector = resolved.task === "detection";
  const stopFlag = new Int32Array(new SharedArrayBuffer(4));
  const stop = () => Atomics.store(stopFlag, 0, 1);
  signal.addEventListener("abort", stop, { once: true });
  if (signal.aborted) stop();
  const channel = new MessageChannel();
  channel.port1.on("message", (message: { fraction: number }) => progress.report(0.05 + 0.55 * message.fraction));
  const converted = await runInModelThread(
    "convertOnnx",
    {
      sourcePath,
      precision,
      blockSize: row.blockSize,
      isDetector,
      stagingName: `conversion-${row.id}`,
      progressPort: channel.port2,
      stopFlag,
      metadata: {
        "accel.framework": "accel-onnx",
        "accel.source": `${source.name}:${source.version}`,
        "accel.source_sha256": source.digest,
        "accel.precision": precision,
        "accel.block_size": String(row.blockSize),
        "accel.device_profile": profile,
        "accel.conversion": row.id,
      },
    },
    [channel.port2],
  ).finally(() => {
    channel.port1.close();
    signal.removeEventListener("abort", stop);
  });
  signal.throwIfAborted();
  const { weights, split, summary } = converted;
  await log(`Quantised ${weights.quantizedTensors} weight tensors (${weights.quantizedParameters.toLocaleString("en")} values): max |Δw| ${weights.maxAbsError.toExponential(2)}, rms ${weights.rmsError.toExponential(2)}; kept ${weights.keptTensors} float and ${weights.integerTensors} integer tensors as they were`);
  await log(`Split: ${split.npuOps} ops form the featurizer on the NPU; the head on the host runs ${split.hostOps} ops (${split.hostOpTypes.join(", ") || "none"})`);
  await progress.step(0.6);

  const calibrationSet = await readCalibrationSet({ conversionId: row.id, hasUploads: Array.isArray(row.calibrationImages) && row.calibrationImages.length > 0 });
  const onImage = async (done: number, total: number) => {
    await progress.step(0.6 + (0.3 * done) / total);
  };
  const calibration = isDetector
    ? await calibrateDetector({ source: resolved, converted: { ...resolved, digest: converted.staged.digest, path: converted.staged.tmpPath }, images: calibrationSet.images, folder: calibrationSet.folder, onImage })
    : await calibrateClassifier({ source: resolved, staged: converted.staged, calibrationSet, onImage });
  const agreement = `${(calibration.top1Agreement * 100).toFixed(1)}%`;
  await log(isDetector
    ? `Calibrated on ${calibration.images.length} images: the best detection agrees on ${agreement}, max |Δscore| of a matched or lost detection ${calibration.maxAbsDiff.toFixed(4)}`
    : `Calibrated on ${calibration.images.length} images: top-1 agreement ${agreement}, mean top-5 overlap ${calibration.meanTop5Overlap.toFixed(2)}/5, max |Δp| ${calibration.maxAbsDiff.toFixed(4)}${calibration.expectedTop1.of ? `; expected top-1 kept on ${calibration.expectedTop1.kept} of ${calibration.expectedTop1.of}` : ""}`);

  // The NPU has no fp32: a float model is served at its widest format, fp16.
  const simulated = (p: "ms-fp8" | "ms-fp9" | "fp16") => toLatencyBreakdown(simulateLatency({ summary, profile, precision: p, hostLayers: split.hostLayers, isDetector }));
  const latency = { source: simulated("fp16"), converted: simulated(precision === "fp32" ? "fp16" : precision) };
  await log(`Simulated on ${profile}: ${latency.converted.totalMs.toFixed(3)} ms per image (source at fp16: ${latency.source.totalMs.toFixed(3)} ms); weights ${describePlacement(latency.converted)}`);
  await progress.step(0.95);
  const report: ConversionReport = {
    precision,
    deviceProfile: profile,
    numerics: {
      blockSize: row.blockSize,
      exponentBits: 5,
      mantissaBits: precision === "ms-fp8" ? 2 : precision === "ms-fp9" ? 3 : null,
      rounding: "nearest, ties to even; shared exponent from the block's largest value",
      blockAxis: "the dot-product axis of each output (a row of a Conv or transB Gemm weight, a column of a MatMul weight)",
    },
    weights,
    split,
    calibration,
    latency,
    durationMs: performance.now() - started,
  };
  return { staged: converted.staged, report, summary };
}

async function calibrateClassifier(options: { source: ResolvedModelVersion; staged: { digest: string; tmpPath: string }; calibrationSet: Awaited<ReturnType<typeof readCalibrationSet>>; onImage: (done: number, total: number) => Promise<void> }) {
  const source = await toClassifierModel(options.source);
  const converted = { ...source, digest: options.staged.digest, path: options.staged.tmpPath };
  return calibrateConversion({ source, converted, ...options.calibrationSet, onImage: options.onImage });
}

function describePlacement(l: ConversionReport["latency"]["converted"]): string {
  if (l.weightPlacement === "pinned") return "fit on chip";
  const mb = (l.streamedWeightBytes / 1e6).toFixed(1);
  if (l.weightPlacement === "streamed") return `exceed on-chip memory: ${mb} MB stream from DDR each request (+${l.weightStreamMs.toFixed(3)} ms)`;
  return `spread over ${l.fpgas} FPGAs`;
}
