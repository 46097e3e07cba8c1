import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { zipSync } from "fflate";
import { pack as createTarPack } from "tar-stream";
import { afterAll, describe, expect, it } from "vitest";
import * as downloadRoute from "@/app/api/v1/models/[name]/versions/[version]/download/route";
import * as versionRoute from "@/app/api/v1/models/[name]/versions/[version]/route";
import { disconnectDb } from "@/lib/db";
import { archiveModelFolder, encodeGraphDef, getTensorflowType, readTfjsModel } from "@/lib/tensorflow";
import { call, IMAGES_DIR, modelForm, postModel, SHARED, uniqueName } from "./helpers";
import { watchRegistryUnchanged } from "./registry-unchanged";

afterAll(disconnectDb);

const TF_DIR = path.join(SHARED, "tf");

/** A TF.js model folder's files, keyed by their path inside an archive (optionally under a folder). */
async function folderFiles(model: string, under = ""): Promise<Map<string, Buffer>> {
  const dir = path.join(TF_DIR, model);
  const names = await readdir(dir);
  return new Map(await Promise.all(names.map(async (n) => [path.posix.join(under, n), await readFile(path.join(dir, n))] as const)));
}

async function tarGz(files: Map<string, Uint8Array>): Promise<Buffer> {
  const pack = createTarPack();
  for (const [name, data] of files) pack.entry({ name, size: data.length }, Buffer.from(data));
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk as Buffer);
  return gzipSync(Buffer.concat(chunks));
}

const zip = (files: Map<string, Uint8Array>) => zipSync(Object.fromEntries(files));

const upload = async (name: string, bytes: Uint8Array, fileName: string) => postModel(await modelForm({ name }, { bytes, name: fileName }));

describe("POST /api/v1/models with TensorFlow models", () => {
  it("registers the emotion CNN from a .tar.gz of its TF.js folder", async () => {
    const name = uniqueName("tf-emotion");
    const bytes = await tarGz(await folderFiles("emotion"));
    const { status, body } = await upload(name, bytes, "emotion.tar.gz");
    expect(status).toBe(201);
    expect(body).toMatchObject({ name, version: 1, framework: "tensorflow", fileName: "emotion.tar.gz", sizeBytes: bytes.length });
    expect(body.inputs).toEqual([{ name: "input_1", dtype: "float32", shape: ["?", 64, 64, 1] }]);
    expect(body.outputs).toEqual([{ name: "Identity", dtype: "float32", shape: [1, 7] }]);
    expect(body.graph.nodeCount).toBe(45);
    expect(body.graph.opHistogram).toEqual({ Const: 23, Placeholder: 1, _FusedConv2D: 9, DepthwiseConv2dNative: 4, MaxPool: 2, AddV2: 2, Relu: 1, Mean: 1, Softmax: 1, Identity: 1 });
    // float32 weights: 820 516 bytes of shards are 205 129 elements.
    expect(body.graph).toMatchObject({ parameterCount: 205129, parameterBytes: 820516, isMacsComplete: true, tensorflow: { format: "tfjs", unsupportedOps: [], hasControlFlow: false } });
    expect(body.graph.macs).toBeGreaterThan(60e6);
    // The archive is stored as uploaded: the download gives back the same bytes.
    const file = await call(downloadRoute.GET, { params: { name, version: "1" } });
    expect(file.headers.get("content-length")).toBe(String(bytes.length));
  });

  it("registers the uint8-quantised nsfw MobileNetV2 from a .zip holding the folder", async () => {
    const name = uniqueName("tf-nsfw");
    const { status, body } = await upload(name, zip(await folderFiles("nsfw-mobilenet-v2", "mobilenet_v2_mid")), "nsfw.zip");
    expect(status).toBe(201);
    expect(body.framework).toBe("tensorflow");
    expect(body.inputs).toEqual([{ name: "input", dtype: "float32", shape: ["?", 224, 224, 3] }]);
    expect(body.outputs).toEqual([{ name: "Identity", dtype: "float32", shape: [1, 5] }]);
    expect(body.graph.nodeCount).toBe(178);
    expect(body.graph.opHistogram).toMatchObject({ _FusedConv2D: 35, FusedDepthwiseConv2dNative: 17, _FusedMatMul: 1, Const: 108 });
    // One byte per element, every weight quantised to uint8.
    expect(body.graph).toMatchObject({ parameterCount: 4300775, parameterBytes: 4300775, tensorflow: { quantizedWeights: { uint8: 108 }, unsupportedOps: [] } });
    expect(body.graph.macs).toBeGreaterThan(500e6);
  });

  it("registers the COCO SSD detector, flagging its preprocessing while loop", async () => {
    const name = uniqueName("tf-coco");
    // As `accel models register <folder>` sends a folder: archived on the fly.
    const { status, body } = await upload(name, await archiveModelFolder({ dir: path.join(TF_DIR, "coco-ssd-mobilenet-v2") }), "coco-ssd-mobilenet-v2.tar.gz");
    expect(status).toBe(201);
    expect(body.inputs).toEqual([{ name: "image_tensor", dtype: "uint8", shape: ["?", "?", "?", 3] }]);
    // Per-anchor class scores and boxes, shapes inferred through the graph's own shape arithmetic.
    expect(body.outputs).toEqual([
      { name: "Postprocessor/Slice", dtype: "float32", shape: [1, 1917, 90] },
      { name: "Postprocessor/ExpandDims_1", dtype: "float32", shape: [1, 1917, 1, 4] },
    ]);
    expect(body.graph.nodeCount).toBe(641);
    expect(body.graph.opHistogram).toMatchObject({ Conv2D: 55, DepthwiseConv2dNative: 33, FusedBatchNorm: 12, Relu6: 59, Const: 262 });
    expect(body.graph.parameterBytes).toBe(4 * 4194304 + 1257312);
    expect(body.graph.tensorflow.hasControlFlow).toBe(true);
    expect(body.graph.tensorflow.unsupportedOps).toEqual(expect.arrayContaining(["Enter", "Merge", "Switch", "NextIteration", "LoopCond", "Exit"]));
    // Shapes are inferred through the backbone from the loop's 300×300 element shape.
    expect(body.graph.macsByOp.Conv2D).toBeGreaterThan(500e6);
  });

  it("registers a frozen GraphDef .pb (the emotion CNN, frozen) with the same facts as its TF.js form", async () => {
    const graph = readTfjsModel({ files: await folderFiles("emotion") });
    const name = uniqueName("tf-pb");
    const { status, body } = await upload(name, encodeGraphDef({ graph }), "emotion_frozen.pb");
    expect(status).toBe(201);
    expect(body).toMatchObject({ framework: "tensorflow", graph: { nodeCount: 45, parameterCount: 205129, tensorflow: { format: "graphdef" } } });
    expect(body.outputs).toEqual([{ name: "Identity", dtype: "float32", shape: [1, 7] }]);
    const version = await call(versionRoute.GET, { params: { name, version: "1" } });
    expect(version.body.graph.opHistogram._FusedConv2D).toBe(9);
  });
});

describe("unusable TensorFlow uploads leave the database and the artifact store as they were", () => {
  const { expectUnchanged } = watchRegistryUnchanged();

  it("a truncated .pb (422 invalid_model)", async () => {
    const bytes = encodeGraphDef({ graph: readTfjsModel({ files: await folderFiles("emotion") }) });
    const res = await upload(uniqueName("tf-trunc"), bytes.subarray(0, Math.floor(bytes.length / 2)), "frozen.pb");
    expect(res).toMatchObject({ status: 422, body: { code: "invalid_model" } });
    expect(res.body.detail).toMatch(/GraphDef/);
    await expectUnchanged();
  });

  it("a JPEG named .pb (422 invalid_model naming what it is)", async () => {
    const res = await upload(uniqueName("tf-jpeg"), await readFile(path.join(IMAGES_DIR, "winml_dog.jpg")), "model.pb");
    expect(res).toMatchObject({ status: 422, body: { code: "invalid_model" } });
    expect(res.body.detail).toMatch(/JPEG/);
    await expectUnchanged();
  });

  it("a SavedModel, bare or archived (422 unsupported_model: freeze the graph)", async () => {
    const SavedModel = getTensorflowType("SavedModel");
    const saved = SavedModel.encode(SavedModel.fromObject({ savedModelSchemaVersion: 1, metaGraphs: [{ graphDef: { node: [{ name: "x", op: "Placeholder" }] } }] })).finish();
    const bare = await upload(uniqueName("tf-saved"), saved, "saved_model.pb");
    expect(bare).toMatchObject({ status: 422, body: { code: "unsupported_model", form: "saved_model" } });
    expect(bare.body.detail).toMatch(/Freeze the graph/);
    const archived = await upload(uniqueName("tf-saved"), await tarGz(new Map([["m/saved_model.pb", saved], ["m/variables/variables.index", new Uint8Array(8)]])), "m.tar.gz");
    expect(archived).toMatchObject({ status: 422, body: { code: "unsupported_model" } });
    await expectUnchanged();
  });

  it("an archive without model.json, and one missing a weight shard (422 invalid_model)", async () => {
    const noJson = await upload(uniqueName("tf-nojson"), zip(new Map([["readme.txt", Buffer.from("hi")]])), "m.zip");
    expect(noJson).toMatchObject({ status: 422, body: { code: "invalid_model" } });
    const files = await folderFiles("nsfw-mobilenet-v2");
    files.delete("group1-shard2of2");
    const noShard = await upload(uniqueName("tf-noshard"), await tarGz(files), "m.tar.gz");
    expect(noShard).toMatchObject({ status: 422, body: { code: "invalid_model" } });
    expect(noShard.body.detail).toContain("group1-shard2of2");
    await expectUnchanged();
  });
});
