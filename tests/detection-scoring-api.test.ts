import { Readable } from "node:stream";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as scoreRoute from "@/app/api/v1/models/[name]/versions/[version]/score/route";
import * as versionRoute from "@/app/api/v1/models/[name]/versions/[version]/route";
import { writeHashedFile } from "@/lib/artifacts";
import { modelPreprocessingSchema, SSD_300 } from "@/lib/catalog";
import { DEFAULT_DETECTION_OPTIONS, type Detection, type DetectionOptions } from "@/lib/detection/select-detections";
import { makeTinyDetector, TINY_DETECTOR } from "@/lib/detection/make-tiny-detector";
import { registerModel } from "@/lib/models";
import type { ScoreResponse } from "@/lib/serving/score-response";
import { startWorker, type StartedWorker } from "@/worker/start-worker";
import { call, MOBILENET, modelForm, postModel, uniqueName } from "./helpers";

// A real (tiny) SSD-shaped detector scored through web's score route, the worker's scoring
// host, onnxruntime in the inference thread and the NPU model — nothing mocked. The model
// (lib/detection/make-tiny-detector.ts) sees a 10 × 10 grid of cells: red cells score as
// person, green ones as bicycle, and a box grows with its cell's brightness; so every
// expectation below follows from the picture drawn, not from a recorded answer.
let worker: StartedWorker;
const names = { detector: uniqueName("tiny-ssd"), classifier: uniqueName("mobilenet") };

beforeAll(async () => {
  worker = await startWorker({ httpPort: 0, concurrency: 1, log: () => {} });
  // As the conversion of the COCO SSD registers it: the ssd-300 recipe with detections outputs.
  const preprocessing = modelPreprocessingSchema.parse({
    ...SSD_300,
    labels: "coco-91",
    outputs: [
      { name: TINY_DETECTOR.scores, dtype: "float32", shape: [1, 100, TINY_DETECTOR.classes], kind: "detections" },
      { name: TINY_DETECTOR.boxes, dtype: "float32", shape: [1, 100, 1, 4], kind: "detections" },
    ],
  });
  await registerModel({ staged: await writeHashedFile({ source: Readable.from([Buffer.from(makeTinyDetector())]) }), name: names.detector, preprocessing });
  expect((await postModel(await modelForm({ name: names.classifier }, { path: MOBILENET }))).status).toBe(201);
});
afterAll(async () => {
  await worker.stop();
});

type Blob = { row: number; col: number; rgb: [number, number, number] };

/** A black PNG of width × height with each blob filling one grid cell (the model's 30-pixel cell, scaled). */
async function picture(blobs: Blob[], width = 300, height = 300): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  const [cw, ch] = [width / TINY_DETECTOR.grid, height / TINY_DETECTOR.grid];
  for (const { row, col, rgb } of blobs) {
    for (let y = row * ch; y < (row + 1) * ch; y++) for (let x = col * cw; x < (col + 1) * cw; x++) pixels.set(rgb, (y * width + x) * 3);
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).png().toBuffer();
}

const RED: Blob["rgb"] = [255, 0, 0];
const GREEN: Blob["rgb"] = [0, 255, 0];

const score = (name: string, body: Buffer, query = "") =>
  call(scoreRoute.POST, {
    method: "POST",
    url: `/api/v1/models/${name}/versions/1/score${query}`,
    params: { name, version: "1" },
    body: new Uint8Array(body),
    headers: { "content-type": "image/png" },
  });

const detect = async (blobs: Blob[], query = "", size?: [number, number]) => {
  const res = await score(names.detector, await picture(blobs, ...(size ?? [])), query);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as ScoreResponse & { detections: Detection[]; detectionSettings: DetectionOptions };
};
const centre = (d: Detection) => ({ x: d.box.x + d.box.width / 2, y: d.box.y + d.box.height / 2 });

describe("scoring a detector", () => {
  it("answers boxes with labels and scores, the defaults it applied, measured timings and the simulated NPU with NMS on the host", async () => {
    const body = await detect([{ row: 3, col: 5, rgb: RED }]);
    expect(body.task).toBe("detection");
    expect(body.top).toEqual([]);
    expect(body.detectionSettings).toEqual(DEFAULT_DETECTION_OPTIONS);
    expect(body.preprocessing).toEqual({ code: "ssd-300", isAssumed: false });
    expect(body.detections).toHaveLength(1);
    const [person] = body.detections;
    expect(person).toMatchObject({ classId: 1, label: "person" });
    expect(person.score).toBeGreaterThan(0.99);
    // Centred on the red cell (x 150–180, y 90–120), and larger than it (a bright cell's box spreads).
    expect(centre(person).x).toBeCloseTo(165, 0);
    expect(centre(person).y).toBeCloseTo(105, 0);
    expect(person.box.width).toBeGreaterThan(30);
    for (const key of ["decodeMs", "preprocessMs", "inferenceMs", "postprocessMs", "totalMs", "serverMs"] as const) expect(body.timings[key]).toBeGreaterThan(0);
    expect(body.timings.batchSize).toBe(1);
    expect(body.simulated.map((s) => s.profile).sort()).toEqual(["arria10-pb6", "stratix10-brainwave"]);
    for (const s of body.simulated) {
      expect(s.placement.hostOpTypes).toEqual(expect.arrayContaining(["NonMaxSuppression", "Sigmoid"]));
      expect(s.hostMs).toBeGreaterThan(0);
      expect(s.totalMs).toBeGreaterThan(s.hostMs);
    }
  });

  it("moves the box when the object moves, and finds nothing in an empty picture", async () => {
    const [before] = (await detect([{ row: 3, col: 5, rgb: RED }])).detections;
    // Away from the edges, where a box is clipped to the image and its centre shifts.
    const [after] = (await detect([{ row: 5, col: 3, rgb: RED }])).detections;
    expect(centre(after).x - centre(before).x).toBeCloseTo(-60, 0);
    expect(centre(after).y - centre(before).y).toBeCloseTo(60, 0);
    expect((await detect([])).detections).toEqual([]);
  });

  it("gives boxes in the original image's pixels, whatever its size (the model saw it stretched to 300 × 300)", async () => {
    const [person] = (await detect([{ row: 5, col: 3, rgb: RED }], "", [600, 450])).detections;
    expect(person.label).toBe("person");
    // The cell x 180–240, y 225–270 of the 600 × 450 original.
    expect(centre(person).x).toBeCloseTo(210, 0);
    expect(centre(person).y).toBeCloseTo(247.5, 0);
  });

  it("gives boxes in the upright image's pixels when the file is EXIF-rotated", async () => {
    // Drawn upright (200 wide, 300 tall), stored turned a quarter left with orientation 6 ("rotate 90° clockwise to show").
    const upright = await picture([{ row: 3, col: 5, rgb: RED }], 200, 300);
    const stored = await sharp(upright).rotate(270).jpeg({ quality: 100 }).withMetadata({ orientation: 6 }).toBuffer();
    expect(await sharp(stored).metadata()).toMatchObject({ width: 300, height: 200, orientation: 6 });
    const res = await score(names.detector, stored);
    expect(res.status).toBe(200);
    expect(res.body.input).toMatchObject({ width: 200, height: 300 });
    const [person] = res.body.detections as Detection[];
    expect(person.label).toBe("person");
    // The cell x 100–120, y 90–120 of the upright picture.
    expect(centre(person).x).toBeCloseTo(110, 0);
    expect(centre(person).y).toBeCloseTo(105, 0);
  });

  it("honours the score threshold", async () => {
    // A dim red cell scores about sigmoid(40 × 130/255 − 20) ≈ 0.6: past 0.5, not past 0.7.
    const blobs: Blob[] = [{ row: 3, col: 3, rgb: RED }, { row: 6, col: 6, rgb: [130, 0, 0] }];
    const loose = await detect(blobs);
    expect(loose.detections).toHaveLength(2);
    expect(loose.detections[1].score).toBeLessThan(0.7);
    const strict = await detect(blobs, "?scoreThreshold=0.7");
    expect(strict.detections).toHaveLength(1);
    expect(strict.detectionSettings.scoreThreshold).toBe(0.7);
    expect(centre(strict.detections[0]).x).toBeCloseTo(105, 0);
  });

  it("suppresses an overlapping weaker box, unless the IoU threshold allows the overlap", async () => {
    const blobs: Blob[] = [{ row: 4, col: 4, rgb: RED }, { row: 4, col: 5, rgb: [200, 0, 0] }];
    const suppressed = await detect(blobs);
    expect(suppressed.detections).toHaveLength(1);
    expect(centre(suppressed.detections[0]).x).toBeCloseTo(135, 0); // the brighter, better-scoring cell
    const kept = await detect(blobs, "?iouThreshold=0.9");
    expect(kept.detections).toHaveLength(2);
    expect(kept.detectionSettings).toEqual({ ...DEFAULT_DETECTION_OPTIONS, iouThreshold: 0.9 });
  });

  it("suppresses across classes by default, only within a class with perClass=true", async () => {
    const blobs: Blob[] = [{ row: 2, col: 2, rgb: RED }, { row: 2, col: 3, rgb: GREEN }];
    expect((await detect(blobs)).detections).toHaveLength(1);
    const perClass = await detect(blobs, "?perClass=true");
    expect(perClass.detections.map((d) => d.label).sort()).toEqual(["bicycle", "person"]);
    expect(perClass.detectionSettings.isPerClass).toBe(true);
  });

  it("keeps at most maxDetections boxes", async () => {
    const blobs: Blob[] = [{ row: 0, col: 0, rgb: RED }, { row: 5, col: 5, rgb: RED }, { row: 9, col: 0, rgb: GREEN }];
    expect((await detect(blobs)).detections).toHaveLength(3);
    expect((await detect(blobs, "?maxDetections=2&scoreThreshold=0.2&iouThreshold=0.4&perClass=false")).detections).toHaveLength(2);
  });

  it.each([
    ["scoreThreshold=1.5"],
    ["scoreThreshold=abc"],
    ["scoreThreshold="],
    ["iouThreshold=-0.1"],
    ["maxDetections=0"],
    ["maxDetections=2.5"],
    ["maxDetections=100000"],
    ["perClass=yes"],
  ])("refuses ?%s as problem+json, and the next request still succeeds", async (query) => {
    const res = await score(names.detector, await picture([{ row: 3, col: 3, rgb: RED }]), `?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.body.code).toBe("validation_failed");
    expect((await detect([{ row: 3, col: 3, rgb: RED }])).detections).toHaveLength(1);
  });

  it("says a classifier's task too, and a classifier ignores detection parameters", async () => {
    const png = await picture([{ row: 3, col: 3, rgb: RED }]);
    const res = await score(names.classifier, png, "?scoreThreshold=0.9");
    expect(res.status).toBe(200);
    expect(res.body.task).toBe("classification");
    expect(res.body.top).toHaveLength(5);
    expect(res.body.detections).toBeUndefined();
  });
});

describe("a model's task", () => {
  const version = (name: string) => call(versionRoute.GET, { url: `/api/v1/models/${name}/versions/1`, params: { name, version: "1" } });

  it("is recorded from the upload's task field, classification by default, and shown in the model", async () => {
    const [detector, plain] = [uniqueName("det-upload"), uniqueName("cls-upload")];
    const bytes = makeTinyDetector();
    const uploaded = await postModel(await modelForm({ name: detector, task: "detection" }, { bytes, name: "tiny-ssd.onnx" }));
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.task).toBe("detection");
    expect((await version(detector)).body.task).toBe("detection");
    expect((await postModel(await modelForm({ name: plain }, { bytes, name: "tiny-ssd.onnx" }))).body.task).toBe("classification");
    expect((await version(names.detector)).body.task).toBe("detection"); // registered with a detections recipe, no task given
  });

  it("cannot be classification for a model whose recipe gives detections; nothing is registered", async () => {
    const name = uniqueName("det-as-cls");
    const preprocessing = modelPreprocessingSchema.parse({ ...SSD_300, labels: "coco-91", outputs: [{ name: TINY_DETECTOR.scores, dtype: "float32", shape: [1, 100, 5], kind: "detections" }] });
    const staged = await writeHashedFile({ source: Readable.from([Buffer.from(makeTinyDetector())]) });
    await expect(registerModel({ staged, name, preprocessing, task: "classification" })).rejects.toMatchObject({ code: "validation_failed" });
    expect((await version(name)).status).toBe(404);
  });

  it("refuses an unknown task", async () => {
    const res = await postModel(await modelForm({ name: uniqueName("bad-task"), task: "segmentation" }, { bytes: makeTinyDetector(), name: "tiny-ssd.onnx" }));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe("validation_failed");
    expect(res.body.detail).toMatch(/task/);
  });
});
