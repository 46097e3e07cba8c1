import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { classifyImage, type ClassifyImageResult } from "./classify-image";
import { preprocessImage } from "./preprocess-image";
import { runBatchedInference } from "./run-batched-inference";
import { getSession } from "./session-cache";
import { LABELS_DIR, readImage, sharedModel } from "./test-helpers";

// Dynamic batching on real inference: MobileNetV2 (int8) declares its input
// ["batch_size", 3, 224, 224], so its batch is dynamic; SqueezeNet 1.1 declares
// [1, 3, 224, 224], a fixed batch of one.

const mobilenet = sharedModel("mobilenetv2-int8");
const squeezenet = sharedModel("squeezenet1.1-caffe2");
const NAMES = ["winml_dog.jpg", "winml_cat.jpg", "grace_hopper.jpg", "coral_parrot.jpg", "coral_owl.jpg", "winml_fish.png", "coral_sunflower.png", "winml_kitten.png"];
const images = NAMES.map(readImage);
const batching = (maxBatchSize: number, maxQueueDelayMs: number) => ({ key: `test-${randomUUID()}`, maxBatchSize, maxQueueDelayMs });

/** Same classes in the same order, and every class's probability within float tolerance. */
function expectSameAnswer(batched: ClassifyImageResult, alone: ClassifyImageResult) {
  expect(batched.top.map((t) => t.index)).toEqual(alone.top.map((t) => t.index));
  expect(batched.probabilities.length).toBe(alone.probabilities.length);
  let worst = 0;
  for (let i = 0; i < alone.probabilities.length; i++) worst = Math.max(worst, Math.abs(batched.probabilities[i] - alone.probabilities[i]));
  expect(worst).toBeLessThan(1e-5);
}

describe("dynamic batching", () => {
  it("scores a batch exactly as each image alone, and a full batch runs once", async () => {
    const alone: ClassifyImageResult[] = [];
    for (const image of images) alone.push(await classifyImage({ image, model: mobilenet, labelsDir: LABELS_DIR }));
    // Client tensors skip the decode, so all eight reach the queue together: the batch
    // runs because it is full (maxBatchSize 8), not because its 100 ms timer fired.
    const tensors = await Promise.all(images.map(async (input) => (await preprocessImage({ input, spec: mobilenet.preprocessing })).tensor));
    const settings = batching(8, 100);
    const batched = await Promise.all(tensors.map((t) => classifyImage({ tensor: { data: t.data as Float32Array, dims: t.dims }, model: mobilenet, labelsDir: LABELS_DIR, batching: settings })));
    expect(batched.map((r) => r.timings.batchSize)).toEqual(Array(8).fill(8));
    // One run: every member reports the same inference time.
    expect(new Set(batched.map((r) => r.timings.inferenceMs)).size).toBe(1);
    batched.forEach((result, i) => expectSameAnswer(result, alone[i]));
  });

  it("forms batches from concurrent images, each decoded on its own", async () => {
    const alone = await Promise.all(images.map((image) => classifyImage({ image, model: mobilenet, labelsDir: LABELS_DIR })));
    const settings = batching(4, 100);
    const batched = await Promise.all(images.map((image) => classifyImage({ image, model: mobilenet, labelsDir: LABELS_DIR, batching: settings })));
    const sizes = batched.map((r) => r.timings.batchSize);
    expect(Math.max(...sizes)).toBeGreaterThan(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(4);
    batched.forEach((result, i) => {
      expect(result.timings.decodeMs).toBeGreaterThan(0);
      expectSameAnswer(result, alone[i]);
    });
  });

  it("fails only the request whose image is bad; the others batch without it", async () => {
    const dog = readImage("winml_dog.jpg");
    const truncated = dog.subarray(0, dog.length >> 1);
    const inputs = [images[0], truncated, images[1], images[2]];
    const settings = batching(4, 100);
    const outcomes = await Promise.allSettled(inputs.map((image) => classifyImage({ image, model: mobilenet, labelsDir: LABELS_DIR, batching: settings })));
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled", "fulfilled"]);
    const error = (outcomes[1] as PromiseRejectedResult).reason;
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("invalid_image");
    const scored = outcomes.filter((o) => o.status === "fulfilled").map((o) => o.value);
    expect(Math.max(...scored.map((r) => r.timings.batchSize))).toBeGreaterThan(1);
    expect(scored.map((r) => r.top[0].label)).toEqual(await Promise.all([images[0], images[1], images[2]].map(async (image) => (await classifyImage({ image, model: mobilenet, labelsDir: LABELS_DIR })).top[0].label)));
  });

  it("runs a fixed-batch model one image at a time, even when asked to batch", async () => {
    const settings = batching(4, 20);
    const results = await Promise.all(images.slice(0, 4).map((image) => classifyImage({ image, model: squeezenet, labelsDir: LABELS_DIR, batching: settings })));
    expect(results.map((r) => r.timings.batchSize)).toEqual([1, 1, 1, 1]);
    expect(results[0].top[0].label.toLowerCase()).toBe("golden retriever");
  });

  it("falls back to one run per tensor when onnxruntime refuses the concatenated batch", async () => {
    const session = await getSession({ digest: squeezenet.digest, modelPath: squeezenet.path });
    const tensors = await Promise.all(images.slice(0, 2).map(async (input) => (await preprocessImage({ input, spec: squeezenet.preprocessing })).tensor));
    const settled = await runBatchedInference({ session, tensors });
    expect(settled.map((s) => ("value" in s ? s.value.batchSize : "error"))).toEqual([1, 1]);
  });

  it("does not hold a lone request for the queue delay: nobody else is on the way", async () => {
    const { timings } = await classifyImage({ image: images[0], model: mobilenet, labelsDir: LABELS_DIR, batching: batching(8, 100) });
    expect(timings.batchSize).toBe(1);
    // Had it waited for the timer, it would have queued for the whole 100 ms.
    expect(timings.queueMs).toBeLessThan(100);
  });

  it("keeps batch 1 when the request carries no batching", async () => {
    const { timings } = await classifyImage({ image: images[0], model: mobilenet, labelsDir: LABELS_DIR });
    expect([timings.batchSize, timings.queueMs]).toEqual([1, 0]);
  });
});
