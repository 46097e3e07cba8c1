import { z } from "zod";
import { npuPrecisionSchema, profileIdSchema } from "./fpga";

// The answer of a score (lib/serving/score-response.ts ScoreResponse), built by the
// worker and relayed by web unchanged:
//   POST /api/v1/models/{name}/versions/{v}/score → 200 scoreSchema
//   POST /api/v1/services/{name}/score            → 200 serviceScoreSchema
// Both also answer through web's raw-body fast path (lib/serving/proxy-score.ts) with the
// same body.

export const classScoreSchema = z.object({
  index: z.int().describe("The class index in the model's output."),
  label: z.string().describe('The class name; "class <index>" when no label file was found.'),
  probability: z.number(),
});

/** Measured on the worker's CPU (ms). */
export const scoreTimingsSchema = z.object({
  decodeMs: z.number().describe("0 when the client sent a tensor."),
  preprocessMs: z.number().describe("0 when the client sent a tensor."),
  queueMs: z.number().describe("Waiting for a batch to form and run (a service with dynamic batching); 0 unbatched."),
  inferenceMs: z.number().describe("The one CPU run this request took part in; when batched, the whole batch's run."),
  postprocessMs: z.number(),
  totalMs: z.number().describe("Wall time of the engine call, including a first call's session creation."),
  batchSize: z.int().describe("Requests that CPU run scored together: 1 unless the service batches (maxBatchSize). The simulated FPGA latency is always one image's: the FPGA design runs batch 1."),
  receiveMs: z.number().describe("Reading the body and looking up the model."),
  simulateMs: z.number().describe("Planning the NPU simulation: only a model's first request pays it (cached)."),
  serverMs: z.number().describe("Receipt of the request to the reply on the worker; ≥ totalMs."),
});

/** Computed by the NPU model (lib/fpga), never measured; one per simulated device profile (ms). */
export const simulatedLatencySchema = z.object({
  profile: profileIdSchema,
  precision: npuPrecisionSchema,
  totalMs: z.number(),
  deviceMs: z.number(),
  hostMs: z.number(),
  transferInMs: z.number(),
  transferOutMs: z.number(),
  partitionHandoffMs: z.number().describe("Hand-offs between the FPGAs a deployment spreads the model over: (fpgas − 1) × partitionHandoffUs."),
  weightStreamMs: z.number().describe("Stalls of the NPU waiting for weights streamed from DDR, over its compute."),
  utilization: z.number().describe("MAC-weighted mean of the MVU layers' utilisation."),
  effectiveTflops: z.number().describe("2 FLOPs per MAC over the device time, weight-stream stalls included: comparable with Brainwave's published TFLOPS when the weights are pinned."),
  fpgas: z.int().describe("FPGAs the deployment spreads the model over (1 by default)."),
  partitions: z.int().describe("The same as fpgas: kept for readers of the earlier field."),
  weightPlacement: z
    .enum(["pinned", "streamed", "partitioned"])
    .describe("pinned: one FPGA holds all weights on chip; streamed: one FPGA, the excess streams from DDR; partitioned: spread over several FPGAs."),
  streamsWeights: z.boolean().describe("True when some weights are fetched from DDR on every request, whatever weightPlacement says."),
  weightBytes: z.number().describe("parameterCount × bytes per element at the simulated precision; not a whole number at ms-fp9."),
  pinnedWeightBytes: z.number(),
  streamedWeightBytes: z.number(),
  placement: z.object({
    npuOps: z.int(),
    hostOps: z.int(),
    foldedOps: z.int(),
    hostOpTypes: z.array(z.string()),
  }),
});

/** One box a detector found (lib/detection/select-detections.ts Detection). */
export const detectionSchema = z.object({
  classId: z.int().describe("The COCO category id (1–90, as in coco-labels.json)."),
  label: z.string().describe('The category name; "class <id>" when no label file was found.'),
  score: z.number().describe("The box's best class score, 0–1."),
  box: z
    .object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() })
    .describe("Left, top, width and height in the original image's pixels (upright, after EXIF rotation)."),
});

/** The detection parameters a detector's score applied (lib/detection/select-detections.ts DetectionOptions). */
export const detectionSettingsSchema = z.object({
  scoreThreshold: z.number().describe("Boxes scoring below this were dropped."),
  iouThreshold: z.number().describe("A box overlapping a better kept one by more than this intersection-over-union was dropped."),
  maxDetections: z.int(),
  isPerClass: z.boolean().describe("Suppression only within a class (true) or across classes (false)."),
});

/** POST /api/v1/models/{name}/versions/{v}/score → 200. */
export const scoreSchema = z.object({
  task: z.enum(["classification", "detection"]).describe("The model's task: a classifier answers `top`, a detector `detections` (with `top` empty)."),
  model: z.object({ name: z.string(), version: z.int(), digest: z.string().describe("sha256 of the model file, lowercase hex.") }),
  top: z.array(classScoreSchema).describe("The most likely classes, best first (topK, 5 by default); empty for a detector."),
  detections: z.array(detectionSchema).optional().describe("Detectors only: the boxes kept after the score threshold and non-maximum suppression, best first."),
  detectionSettings: detectionSettingsSchema.optional().describe("Detectors only: the parameters applied (the request's, the defaults filling the rest)."),
  input: z.object({
    format: z.string().describe('The decoded image format (as sharp names it), or "tensor".'),
    width: z.int(),
    height: z.int(),
  }),
  preprocessing: z.object({
    code: z.enum(["P1", "P2", "P4", "P5", "P6", "caffe2", "ssd-300"]),
    isAssumed: z.boolean().describe("true when the model carries no preprocessing and the default (P1) is assumed."),
  }),
  timings: scoreTimingsSchema,
  simulated: z.array(simulatedLatencySchema).describe("One per device profile asked for (?profiles=, all by default); a service's answer has only its deployment's profile."),
});

/** POST /api/v1/services/{name}/score → 200 (lib/services/score-service.ts ServiceScoreResponse). */
export const serviceScoreSchema = scoreSchema.extend({
  service: z.object({ name: z.string(), node: z.string().describe("The compute node that scored the request.") }),
});
