import { createReadStream } from "node:fs";
import path from "node:path";
import { writeHashedFile } from "@/lib/artifacts";
import { getComputeOrThrow, requestCompute } from "@/lib/computes";
import { getConversionOrThrow, requestConversion } from "@/lib/conversions";
import { getImageOrThrow, requestImageBuild } from "@/lib/images";
import { registerModel } from "@/lib/models";
import { getServiceOrThrow, requestDeployment } from "@/lib/services";

export type BenchService = { label: string; name: string; key: string };
type Variant = { label: string; maxBatchSize: number; maxQueueDelayMs: number };

export const BATCHING_MODEL_FILE = path.resolve("..", "shared", "data", "models", "mobilenetv2-12-int8.onnx");

/**
 * Registers MobileNetV2 (int8; input ["batch_size", 3, 224, 224]), converts it to ms-fp9,
 * builds one image and deploys it once per variant on a compute with a node each — the
 * services the API would call, with this process's worker running their jobs — so that
 * every variant serves the very same converted model and only its batching differs.
 */
export async function deployBatchingServices(variants: Variant[]): Promise<BenchService[]> {
  const model = await registerModel({ staged: await writeHashedFile({ source: createReadStream(BATCHING_MODEL_FILE) }), name: "bench-batching" });
  const conversion = await requestConversion({ model: model.name, version: model.version, inputTensors: model.inputs.map((t) => t.name), outputTensors: model.outputs.map((t) => t.name), precision: "ms-fp9" });
  const converted = (await settle(() => getConversionOrThrow({ id: conversion.id }), "Succeeded")).resultModel!;
  await requestImageBuild({ name: "bench-batching-img", model: converted.name, version: converted.version });
  await settle(() => getImageOrThrow({ name: "bench-batching-img", version: 1 }), "Succeeded");
  await requestCompute({ name: "bench-batching", agentCount: variants.length, region: "eastus" });
  await settle(() => getComputeOrThrow({ name: "bench-batching" }), "Succeeded");
  const deployed: BenchService[] = [];
  for (const [i, { label, maxBatchSize, maxQueueDelayMs }] of variants.entries()) {
    const name = `bench-batching-${i}`;
    const created = await requestDeployment({ name, image: { name: "bench-batching-img", version: 1 }, compute: "bench-batching", authEnabled: true, maxBatchSize, maxQueueDelayMs });
    await settle(() => getServiceOrThrow({ name }), "Healthy");
    deployed.push({ label, name, key: created.keys!.primary! });
  }
  return deployed;
}

/** Polls a resource until it reaches `state`; a terminal failure ends the bench with its log. */
async function settle<T extends { state: string }>(read: () => Promise<T>, state: string): Promise<T> {
  for (;;) {
    const resource = await read();
    if (resource.state === state) return resource;
    if (["Failed", "TimedOut", "Canceled"].includes(resource.state)) throw new Error(`ended ${resource.state}: ${JSON.stringify(resource).slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
