import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as modelVersionRoute from "@/app/api/v1/models/[name]/versions/[version]/route";
import { disconnectDb } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { boxIou, selectDetections, type Detection } from "@/lib/detection/select-detections";
import { readTfjsModel, runTensorflowReference } from "@/lib/tensorflow";
import { startWorker, type StartedWorker } from "@/worker/start-worker";
import { call, IMAGES_DIR, SHARED, uniqueName } from "./helpers";
import { api, waitForState } from "./pipeline-helpers";
import { accel, startStudio, type Studio } from "./cli-helpers";
import { floatsOf, invoke, tfClients } from "./serving-helpers";

// Issue 13's "done when": TensorFlow's COCO SSD, registered from its TF.js folder, is
// translated to ONNX, converted on to ms-fp9, built, deployed and scored through its
// service; each photo's detections match what TensorFlow's own runtime finds on the
// original, whole graph (its while-loop preprocessing included, run with TF.js).

const SSD_DIR = path.join(SHARED, "tf", "coco-ssd-mobilenet-v2");
const CUT = "Preprocessor/map/TensorArrayStack/TensorArrayGatherV3";
const SCORES = "Postprocessor/Slice";
const BOXES = "Postprocessor/ExpandDims_1";
// The photos and what ../shared/data/tf/README.md says TF.js finds on them.
const PHOTOS = [
  { file: "winml_dog.jpg", label: "dog" },
  { file: "grace_hopper.jpg", label: "person" },
  { file: "coral_hot_dog.jpg", label: "hot dog" },
];

let worker: StartedWorker;
let studio: Studio;
let folder: Record<string, Buffer>;

beforeAll(async () => {
  setEnv({ COMPUTE_PROVISION_SECONDS: "0.2", FPGA_REFLASH_SECONDS: "0.2" });
  worker = await startWorker({ httpPort: 0, grpcPort: 0, log: () => undefined });
  studio = await startStudio();
  folder = Object.fromEntries(await Promise.all((await readdir(SSD_DIR)).map(async (f) => [f, await readFile(path.join(SSD_DIR, f))] as const)));
});
afterAll(async () => {
  await studio?.close();
  await worker?.stop();
  await disconnectDb();
});

/** What TF.js finds on the original graph, fed the photo's pixels as TensorFlow.js's coco-ssd feeds them. */
async function tensorflowDetections(photo: Buffer): Promise<Detection[]> {
  const { data, info } = await sharp(photo).rotate().removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const graph = await readTfjsModel({ files: new Map(Object.entries(folder)) });
  const out = await runTensorflowReference({ graph, feeds: { image_tensor: { dtype: "uint8", shape: [1, info.height, info.width, 3], data: new Uint8Array(data) } }, outputs: [SCORES, BOXES] });
  const labels = JSON.parse(await readFile(path.join(SHARED, "labels", "coco-labels.json"), "utf8")) as Record<string, string>;
  return selectDetections({ outputs: { scores: out[SCORES].data, boxes: out[BOXES].data, classCount: 90 }, image: { width: info.width, height: info.height }, labels });
}


/**
 * TF Serving (REST and gRPC) and v2 answer a detector with the TF Object Detection API's
 * named tensors: boxes [1, N, 4] normalised ymin, xmin, ymax, xmax; scores; classes; count.
 */
async function expectDetectionTensors(options: { service: { name: string; scoringUri: string; grpcAddress: string }; key: string }) {
  const { service, key } = options;
  const dog = await readFile(path.join(IMAGES_DIR, "winml_dog.jpg"));
  const origin = new URL(service.scoringUri).origin;
  const post = async (url: string, body: object) => {
    const response = await fetch(url, { method: "POST", body: JSON.stringify(body), headers: { authorization: `Bearer ${key}`, "content-type": "application/json" } });
    return { status: response.status, body: await response.json() };
  };
  const dogBox = [126 / 1080, 197 / 1080, (126 + 879) / 1080, (197 + 516) / 1080]; // TF.js's box, normalised

  const row = await post(`${origin}/v1/models/${service.name}:predict`, { instances: [{ b64: dog.toString("base64") }] });
  expect(row.status, JSON.stringify(row.body)).toBe(200);
  const predicted = row.body.predictions[0];
  expect(Object.keys(predicted).sort()).toEqual(["detection_boxes", "detection_classes", "detection_scores", "num_detections"]);
  expect(predicted.num_detections).toBe(predicted.detection_scores.length);
  expect(predicted.detection_classes[0]).toBe(18); // COCO's dog
  predicted.detection_boxes[0].forEach((v: number, i: number) => expect(Math.abs(v - dogBox[i])).toBeLessThan(0.03));

  const v2 = await post(`${origin}/v2/models/${service.name}/infer`, { inputs: [{ name: "image", shape: [1], datatype: "BYTES", data: [dog.toString("base64")] }], outputs: [{ name: "detection_classes" }, { name: "detection_scores" }] });
  expect(v2.status, JSON.stringify(v2.body)).toBe(200);
  expect(v2.body.outputs.map((o: { name: string }) => o.name)).toEqual(["detection_classes", "detection_scores"]);
  expect(v2.body.outputs[0]).toMatchObject({ datatype: "FP32", shape: [1, predicted.num_detections] });
  expect(v2.body.outputs[0].data[0]).toBe(18);
  const unknown = await post(`${origin}/v2/models/${service.name}/infer`, { inputs: [{ name: "image", shape: [1], datatype: "BYTES", data: [dog.toString("base64")] }], outputs: [{ name: "probabilities" }] });
  expect(unknown.status).toBe(400);

  const clients = tfClients(service.grpcAddress);
  try {
    type Tensor = { tensor_shape: { dim: { size: number }[] }; tensor_content: Buffer; float_val: number[] };
    const grpcAnswer = await invoke<{ outputs: Record<string, Tensor> }>(clients.prediction.Predict, clients.prediction, { model_spec: { name: service.name }, inputs: { images: { dtype: "DT_STRING", tensor_shape: { dim: [{ size: 1 }] }, string_val: [dog] } } }, { authorization: `Bearer ${key}` });
    expect(grpcAnswer.error).toBeNull();
    const boxes = grpcAnswer.response.outputs.detection_boxes;
    expect(boxes.tensor_shape.dim.map((d) => Number(d.size))).toEqual([1, predicted.num_detections, 4]);
    expect(floatsOf(boxes).slice(0, 4)).toEqual(predicted.detection_boxes[0].map((v: number) => expect.closeTo(v, 5)));
    expect(floatsOf(grpcAnswer.response.outputs.detection_classes)[0]).toBe(18);
  } finally {
    clients.prediction.close();
    clients.models.close();
  }
}

describe("TensorFlow's COCO SSD from folder to service", () => {
  it("registers, translates, converts to ms-fp9, deploys and finds the dog, the person and the hot dog as TensorFlow does", async () => {
    const base = uniqueName("coco-ssd");
    // As the README has it: the CLI registers the folder and translates the graph, cut after its preprocessing loop.
    const registered = await accel(studio.url, ["models", "register", SSD_DIR, "--name", base, "--json"]);
    expect(registered.code, registered.stderr).toBe(0);
    expect(JSON.parse(registered.stdout)).toMatchObject({ framework: "tensorflow", graph: { tensorflow: { hasControlFlow: true } } });
    const translating = await accel(studio.url, ["convert", base, "--input", CUT, "--output", SCORES, BOXES, "--wait", "--json"]);
    expect(translating.code, translating.stderr).toBe(0);
    const translated = JSON.parse(translating.stdout);
    expect(translated).toMatchObject({ state: "Succeeded", target: "onnx", resultModel: { name: `${base}-onnx`, version: 1 } });
    expect(translated.translation.reference.maxRelativeDiff).toBeLessThanOrEqual(translated.translation.reference.tolerance);
    const onnx = await call(modelVersionRoute.GET, { params: { name: `${base}-onnx`, version: "1" } });
    expect(onnx.body).toMatchObject({ framework: "onnx", task: "detection", parent: { name: base, version: 1 }, preprocessing: { code: "ssd-300", labels: "coco-91" } });

    // ONNX → ms-fp9, calibrated on detections.
    const converting = await api.convert({ model: `${base}-onnx`, version: 1, inputTensors: [CUT], outputTensors: [SCORES, BOXES], precision: "ms-fp9" });
    expect(converting.status, JSON.stringify(converting.body)).toBe(202);
    const converted = (await waitForState(() => api.conversion(converting.body.id), ["Succeeded", "Failed"], 180_000)).body;
    expect(converted.state, JSON.stringify(converted.log)).toBe("Succeeded");
    const accelName = `${base}-onnx-accel`;
    expect(converted.resultModel).toEqual({ name: accelName, version: 1 });
    expect(converted.report.calibration.images.length).toBeGreaterThan(0);
    const accelModel = await call(modelVersionRoute.GET, { params: { name: accelName, version: "1" } });
    expect(accelModel.body).toMatchObject({ framework: "accel-onnx", task: "detection" });

    const image = await api.buildImage({ name: `${base}-img`, model: accelName, version: 1 });
    expect(image.status, JSON.stringify(image.body)).toBe(202);
    expect((await waitForState(() => api.image(`${base}-img`, 1), ["Succeeded", "Failed"], 120_000)).body.state).toBe("Succeeded");
    const computeName = uniqueName("fpga").slice(0, 16);
    expect((await api.createCompute({ name: computeName, agentCount: 1, region: "westus2" })).status).toBe(202);
    expect((await waitForState(() => api.compute(computeName), ["Succeeded", "Failed"])).body.state).toBe("Succeeded");
    const deployed = await api.deploy({ name: `${base}-svc`, image: { name: `${base}-img`, version: 1 }, compute: computeName, replicas: 1, authEnabled: true });
    expect(deployed.status, JSON.stringify(deployed.body)).toBe(202);
    const healthy = (await waitForState(() => api.service(`${base}-svc`), ["Healthy", "Failed"])).body;
    expect(healthy.state, JSON.stringify(healthy.log)).toBe("Healthy");

    for (const photo of PHOTOS) {
      const bytes = await readFile(path.join(IMAGES_DIR, photo.file));
      const response = await fetch(healthy.scoringUri, { method: "POST", body: bytes, headers: { authorization: `Bearer ${deployed.body.keys.primary}`, "content-type": "image/jpeg" } });
      const answer = await response.json();
      expect(response.status, JSON.stringify(answer)).toBe(200);
      expect(answer).toMatchObject({ task: "detection", top: [], model: { name: accelName } });
      expect(answer.simulated[0]).toMatchObject({ precision: "ms-fp9" });
      expect(answer.simulated[0].hostMs).toBeGreaterThan(0); // the head's decoding and NMS run on the host

      const ours: Detection[] = answer.detections;
      const theirs = await tensorflowDetections(bytes);
      expect(theirs[0]?.label, `TF.js on ${photo.file}`).toBe(photo.label);
      expect(ours[0]?.label, `${photo.file}: ${JSON.stringify(ours)}`).toBe(photo.label);
      // Same object: the product resizes with sharp where the graph's loop resized with
      // TensorFlow's bilinear kernel, and serves ms-fp9 weights, so boxes and scores move a little.
      expect(boxIou(ours[0].box, theirs[0].box), `${photo.file}: ours ${JSON.stringify(ours[0])}, TF.js ${JSON.stringify(theirs[0])}`).toBeGreaterThan(0.85);
      expect(Math.abs(ours[0].score - theirs[0].score)).toBeLessThan(0.05);
      console.log(`${photo.file}: ours ${ours[0].label} ${ours[0].score.toFixed(3)} ${JSON.stringify(ours[0].box)}; TF.js ${theirs[0].label} ${theirs[0].score.toFixed(3)} ${JSON.stringify(theirs[0].box)}; IoU ${boxIou(ours[0].box, theirs[0].box).toFixed(3)}`);
    }

    await expectDetectionTensors({ service: healthy, key: deployed.body.keys.primary });
    const scored = await accel(studio.url, ["score", `${base}-svc`, path.join(IMAGES_DIR, "winml_dog.jpg"), "--key", deployed.body.keys.primary]);
    expect(scored.code, scored.stderr).toBe(0);
    expect(scored.stdout).toMatch(/1\. dog +\d+\.\d% +at x \d+, y \d+, \d+×\d+/);

    expect((await api.deleteService(`${base}-svc`)).status).toBe(202);
    await waitForState(() => api.service(`${base}-svc`), ["gone"]);
    expect((await api.deleteCompute(computeName)).status).toBe(202);
    await waitForState(() => api.compute(computeName), ["gone"]);
  }, 420_000);
});
