import type { IncomingMessage } from "node:http";
import { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { scoreImage } from "@/lib/scoring";
import type { ScoreResponse } from "@/lib/serving/score-response";
import { readBody } from "./read-body";
import { resolveScoringModel } from "./resolve-scoring-model";
import { getModelSummary, parseProfiles, simulateModel } from "./simulate-model";

const querySchema = z.strictObject({
  profiles: z.string().optional(),
  topK: z.coerce.number().int().min(1).max(20).default(5),
});

/** POST /v1/models/{name}/versions/{v}/score on a worker: one image in, top-k and latencies out. */
export async function handleScore(request: IncomingMessage, params: { name: string; version: string }, search: URLSearchParams): Promise<ScoreResponse> {
  const received = performance.now();
  const query = querySchema.parse(Object.fromEntries(search));
  const profiles = parseProfiles(query.profiles ?? null);
  const [model, body] = await Promise.all([resolveScoringModel(params), readBody(request, env().MAX_IMAGE_BYTES)]);
  const receivedMs = performance.now() - received;
  if (body.length === 0) throw new AppError("empty_file", "The request carried no image. Send the image bytes as the body.");
  if (model.outputKind === "detections") {
    throw new AppError("unsupported_model", `${model.name}:${model.version} is a detector; image scoring returns classes.`);
  }
  const outputKind = model.outputKind === "auto" ? await guessOutputKind(model) : model.outputKind;
  const result = await scoreImage({
    input: body,
    model: { digest: model.digest, path: model.path, preprocessing: model.preprocessing, outputKind },
    topK: query.topK,
  });
  const simulateStarted = performance.now();
  const simulated = await Promise.all(profiles.map((profile) => simulateModel({ digest: model.digest, path: model.path, profile })));
  const simulateMs = performance.now() - simulateStarted;
  return {
    model: { name: model.name, version: model.version, digest: model.digest },
    top: result.top,
    input: result.input,
    preprocessing: { code: model.preprocessing.code, isAssumed: model.isPreprocessingAssumed },
    timings: { ...result.timings, receiveMs: round(receivedMs), simulateMs: round(simulateMs), serverMs: round(performance.now() - received) },
    // Computed by the NPU model (lib/fpga), never measured: what the FPGA would take.
    simulated,
  };
}

/** A model of unknown origin: probabilities if its output comes out of a Softmax, else logits. */
async function guessOutputKind(model: { digest: string; path: string }): Promise<"logits" | "probabilities"> {
  const summary = await getModelSummary(model);
  const output = summary.outputs[0]?.name;
  const producer = summary.layers.find((layer) => layer.outputs.includes(output));
  return producer?.opType === "Softmax" ? "probabilities" : "logits";
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;
