// `npm run bench:detect`: TensorFlow's COCO SSD (../shared/data/tf), translated to ONNX in
// this process, measured three ways on the same photos in one run:
//   (a) bare     — onnxruntime's run() alone on a tensor prepared beforehand;
//   (b) detect   — the scoring engine's detection step (decode, stretch to 300×300,
//                  inference, the head's read, threshold and non-maximum suppression);
//   (c) tfjs     — TensorFlow's own runtime (TF.js CPU backend) on the same cut graph,
//                  the reference every translation is checked against.
// Also: how long reading and translating the graph takes, and the simulated FPGA latency
// of the detector at ms-fp9 (computed, not measured).
import { readdir, readFile, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import * as ort from "onnxruntime-node";
import sharp from "sharp";
import { COCO_SSD_BOXES, COCO_SSD_INPUT, COCO_SSD_PREPROCESSING, COCO_SSD_SCORES } from "@/lib/catalog/coco-ssd-preprocessing";
import { simulateLatency } from "@/lib/fpga";
import { readOnnxSummary } from "@/lib/onnx/read-onnx-summary";
import { detectObjects } from "@/lib/scoring/detect-objects";
import { convertTensorflowToOnnx, readTfjsModel, runTensorflowReference } from "@/lib/tensorflow";
import { formatRow, runPool, summarize } from "./bench/stats";

const REQUESTS = Number(process.argv.find((a) => a.startsWith("--requests="))?.split("=")[1] ?? 60);
const TFJS_REQUESTS = Number(process.argv.find((a) => a.startsWith("--tfjs-requests="))?.split("=")[1] ?? 6);
const SHARED = path.resolve("..", "shared", "data");
const PHOTOS = ["winml_dog.jpg", "grace_hopper.jpg", "coral_hot_dog.jpg"];

const dir = path.join(SHARED, "tf", "coco-ssd-mobilenet-v2");
const readStarted = performance.now();
const files = new Map(await Promise.all((await readdir(dir)).map(async (f) => [f, await readFile(path.join(dir, f))] as const)));
const graph = await readTfjsModel({ files });
const translateStarted = performance.now();
const converted = convertTensorflowToOnnx({ graph, inputs: [COCO_SSD_INPUT], outputs: [COCO_SSD_SCORES, COCO_SSD_BOXES] });
const translated = performance.now();
console.log(`bench:detect — COCO SSD MobileNetV2: read ${graph.nodes.length} nodes in ${(translateStarted - readStarted).toFixed(0)} ms, translated to ${(converted.bytes.length / 1e6).toFixed(1)} MB of ONNX in ${(translated - translateStarted).toFixed(0)} ms`);

const onnxPath = path.join(tmpdir(), "bench-detect-coco-ssd.onnx");
await writeFile(onnxPath, converted.bytes);
const digest = createHash("sha256").update(converted.bytes).digest("hex");
const photos = await Promise.all(PHOTOS.map((name) => readFile(path.join(SHARED, "images", name))));
const tensors = await Promise.all(photos.map(async (bytes) => Float32Array.from(await sharp(bytes).rotate().removeAlpha().resize(300, 300, { fit: "fill" }).raw().toBuffer())));

const session = await ort.InferenceSession.create(onnxPath, { intraOpNumThreads: 1 });
const model = { digest, path: onnxPath, preprocessing: COCO_SSD_PREPROCESSING };
const steps = { decodeMs: 0, preprocessMs: 0, inferenceMs: 0, postprocessMs: 0, count: 0 };
const runs = {
  bare: async (i: number) => {
    await session.run({ [COCO_SSD_INPUT]: new ort.Tensor("float32", tensors[i % tensors.length], [1, 300, 300, 3]) });
  },
  detect: async (i: number) => {
    const { timings } = await detectObjects({ image: photos[i % photos.length], model, labelsDir: path.join(SHARED, "labels") });
    for (const step of ["decodeMs", "preprocessMs", "inferenceMs", "postprocessMs"] as const) steps[step] += timings[step];
    steps.count++;
  },
  tfjs: async (i: number) => {
    await runTensorflowReference({ graph, feeds: { [COCO_SSD_INPUT]: { dtype: "float32", shape: [1, 300, 300, 3], data: tensors[i % tensors.length] } }, outputs: [COCO_SSD_SCORES, COCO_SSD_BOXES] });
  },
};
// Warm each path (session creation, the engine's cache, TF.js's kernels) before measuring.
for (const run of Object.values(runs)) await run(0);
const bare = summarize("bare onnxruntime", 1, ...spread(await runPool(REQUESTS, 1, runs.bare)));
console.log(formatRow(bare));
Object.assign(steps, { decodeMs: 0, preprocessMs: 0, inferenceMs: 0, postprocessMs: 0, count: 0 });
console.log(formatRow(summarize("engine detect", 1, ...spread(await runPool(REQUESTS, 1, runs.detect))), bare));
const mean = (ms: number) => (ms / steps.count).toFixed(2);
console.log(`  engine steps, mean: decode ${mean(steps.decodeMs)} + preprocess ${mean(steps.preprocessMs)} + inference ${mean(steps.inferenceMs)} + head and NMS ${mean(steps.postprocessMs)} ms`);
console.log(formatRow(summarize("TF.js (reference)", 1, ...spread(await runPool(TFJS_REQUESTS, 1, runs.tfjs))), bare));

const summary = await readOnnxSummary({ path: onnxPath, batchSize: 1 });
const simulated = simulateLatency({ summary, profile: "arria10-pb6", precision: "ms-fp9", isDetector: true });
console.log(`simulated arria10-pb6 ms-fp9 (computed): ${simulated.totalMs.toFixed(3)} ms = device ${simulated.deviceMs.toFixed(3)} + host ${simulated.hostMs.toFixed(3)} (head and NMS) + transfers ${(simulated.transferInMs + simulated.transferOutMs).toFixed(3)} ms`);
await session.release();

function spread(run: { latencies: number[]; wallMs: number }): [number[], number] {
  return [run.latencies, run.wallMs];
}
