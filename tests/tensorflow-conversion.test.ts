import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as modelVersionRoute from "@/app/api/v1/models/[name]/versions/[version]/route";
import { db, disconnectDb } from "@/lib/db";
import { startWorker, type StartedWorker } from "@/worker/start-worker";
import { call, modelForm, postModel, SHARED, SQUEEZENET, uniqueName } from "./helpers";
import { api, uploadModel, waitForState } from "./pipeline-helpers";

// POST /api/v1/conversions on a TensorFlow model: the graph is translated to ONNX in the
// worker, checked against TensorFlow's own runtime (TF.js) on the way, and registered as an
// ONNX model linked to its source; requests the translation cannot honour are refused
// before they get a row. tests/tensorflow-convert.test.ts compares the translator with
// TF.js in depth (photos, detections); this file is the API and the job.

const TF_DIR = path.join(SHARED, "tf");
let worker: StartedWorker;

beforeAll(async () => {
  worker = await startWorker({ httpPort: 0, log: () => undefined });
});
afterAll(async () => {
  await worker?.stop();
  await disconnectDb();
});

/** Registers a TF.js model folder the way the studio sends one: zipped. */
async function uploadTfFolder(folder: string, name: string) {
  const dir = path.join(TF_DIR, folder);
  const files = Object.fromEntries(await Promise.all((await readdir(dir)).map(async (f) => [f, await readFile(path.join(dir, f))] as const)));
  const { status, body } = await postModel(await modelForm({ name }, { bytes: zipSync(files), name: `${folder}.zip` }));
  expect(status, JSON.stringify(body)).toBe(201);
  return body as { name: string; version: number; framework: string };
}

const conversionCount = () => db.conversion.count();

describe("TensorFlow → ONNX conversions", () => {
  it("translates the emotion CNN, checks it against TF.js and registers an ONNX model linked to its source", async () => {
    const name = uniqueName("tf-emotion");
    const source = await uploadTfFolder("emotion", name);
    expect(source.framework).toBe("tensorflow");

    // No target: a TensorFlow model's only one is onnx. Azure-style names with ":0" are accepted.
    const requested = await api.convert({ model: name, version: 1, inputTensors: ["input_1:0"], outputTensors: ["Identity:0"] });
    expect(requested.status, JSON.stringify(requested.body)).toBe(202);
    expect(requested.body).toMatchObject({ target: "onnx", resultName: `${name}-onnx`, report: null, translation: null });
    const done = (await waitForState(() => api.conversion(requested.body.id), ["Succeeded", "Failed"], 120_000)).body;
    expect(done.state, JSON.stringify(done.log)).toBe("Succeeded");
    expect(done.resultModel).toEqual({ name: `${name}-onnx`, version: 1 });
    expect(done.report).toBeNull();

    const translation = done.translation;
    expect(translation.sourceNodes).toBe(45);
    expect(translation.translatedOps).toMatchObject({ _FusedConv2D: 9, DepthwiseConv2dNative: 4, MaxPool: 2, Softmax: 1 });
    expect(translation.inputs).toEqual([{ name: "input_1", dtype: "float32", shape: expect.arrayContaining([64, 64, 1]) }]);
    expect(translation.outputs.map((o: { name: string }) => o.name)).toEqual(["Identity"]);
    expect(translation.reference.samples).toHaveLength(1);
    // Softmax outputs: a wrong translation is off by tenths, a right one by float rounding.
    expect(translation.reference.maxRelativeDiff).toBeLessThanOrEqual(translation.reference.tolerance);
    for (const sample of translation.reference.samples) expect(sample.outputs[0].maxAbsValue).toBeGreaterThan(0);
    expect(done.log.map((l: { message: string }) => l.message).join("\n")).toMatch(/Translated 45 TensorFlow nodes into \d+ ONNX nodes.*Checked against TensorFlow\.js/s);

    const result = await call(modelVersionRoute.GET, { params: { name: `${name}-onnx`, version: "1" } });
    expect(result.body).toMatchObject({ framework: "onnx", parent: { name, version: 1 }, tags: { translatedFrom: "tensorflow" } });
    expect(result.body.inputs[0]).toMatchObject({ name: "input_1", dtype: "float32" });
    expect(result.body.graph.opHistogram.Conv).toBeGreaterThanOrEqual(13);
  });

  it("translates the nsfw MobileNetV2 from its uint8-quantised TF.js weights", async () => {
    const name = uniqueName("tf-nsfw");
    await uploadTfFolder("nsfw-mobilenet-v2", name);
    const requested = await api.convert({ model: name, version: 1, inputTensors: ["input"], outputTensors: ["Identity"], target: "onnx" });
    expect(requested.status, JSON.stringify(requested.body)).toBe(202);
    const done = (await waitForState(() => api.conversion(requested.body.id), ["Succeeded", "Failed"], 120_000)).body;
    expect(done.state, JSON.stringify(done.log)).toBe("Succeeded");
    expect(done.translation.translatedOps).toMatchObject({ _FusedConv2D: 35, FusedDepthwiseConv2dNative: 17, _FusedMatMul: 1 });
    expect(done.translation.outputs).toEqual([{ name: "Identity", dtype: "float32", shape: expect.arrayContaining([5]) }]);
    expect(done.translation.reference.maxRelativeDiff).toBeLessThanOrEqual(done.translation.reference.tolerance);
    const result = await call(modelVersionRoute.GET, { params: { name: `${name}-onnx`, version: "1" } });
    expect(result.body).toMatchObject({ framework: "onnx", parent: { name, version: 1 } });
  });

  it("refuses what it cannot translate before a conversion row exists", async () => {
    const name = uniqueName("tf-ssd");
    await uploadTfFolder("coco-ssd-mobilenet-v2", name);
    const onnx = await uploadModel({ name: uniqueName("onnx"), path: SQUEEZENET });
    const before = await conversionCount();

    // The whole detection graph: its preprocessing is a TF1 while loop.
    const whole = await api.convert({ model: name, version: 1, inputTensors: ["image_tensor"], outputTensors: ["Postprocessor/Slice", "Postprocessor/ExpandDims_1"] });
    expect(whole.status).toBe(422);
    expect(whole.body.code).toBe("unsupported_model");
    expect(whole.body.detail).toMatch(/Enter|Merge|Switch|TensorArray|loop/);

    const unknown = await api.convert({ model: name, version: 1, inputTensors: ["Preprocessor/map/TensorArrayStack/TensorArrayGatherV3"], outputTensors: ["no/such/tensor"] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe("unknown_tensor");
    expect(unknown.body.detail).toContain("no/such/tensor");

    const toAccel = await api.convert({ model: name, version: 1, inputTensors: ["image_tensor"], outputTensors: ["Postprocessor/Slice"], target: "accel-onnx" });
    expect(toAccel.status).toBe(422);
    expect(toAccel.body).toMatchObject({ code: "unsupported_model" });
    expect(toAccel.body.detail).toMatch(/convert it to ONNX first/);

    const onnxToOnnx = await api.convert({ model: onnx.name, version: 1, inputTensors: onnx.inputs.map((t) => t.name), outputTensors: onnx.outputs.map((t) => t.name), target: "onnx" });
    expect(onnxToOnnx.status).toBe(422);
    expect(onnxToOnnx.body.code).toBe("unsupported_model");

    const shapesOnOnnx = await api.convert({ model: onnx.name, version: 1, inputTensors: onnx.inputs.map((t) => t.name), outputTensors: onnx.outputs.map((t) => t.name), inputShapes: { data: [1, 3, 224, 224] } });
    expect(shapesOnOnnx.status).toBe(400);
    expect(shapesOnOnnx.body.code).toBe("validation_failed");

    const badTarget = await api.convert({ model: name, version: 1, inputTensors: ["x"], outputTensors: ["y"], target: "tflite" });
    expect(badTarget.status).toBe(400);

    expect(await conversionCount()).toBe(before);
  });
});
