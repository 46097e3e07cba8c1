import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { ContainerSASPermissions, generateBlobSASQueryParameters, StorageSharedKeyCredential } from "@azure/storage-blob";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import * as scoreRoute from "@/app/api/v1/models/[name]/versions/[version]/score/route";
import * as downloadRoute from "@/app/api/v1/models/[name]/versions/[version]/download/route";
import * as versionRoute from "@/app/api/v1/models/[name]/versions/[version]/route";
import { artifactPath, localArtifact, lockDigest, sweepArtifacts, tmpDir, writeHashedFile } from "@/lib/artifacts";
import { db, disconnectDb } from "@/lib/db";
import { env, setEnv } from "@/lib/env";
import { registerModel } from "@/lib/models/register-model";
import { readCalibrationSet, removeCalibrationUploads, storeCalibrationUploads } from "@/lib/conversions/calibration-folder";
import { sweepSharedCalibrationUploads } from "@/lib/conversions/shared-calibration-uploads";
import { freePort } from "@/lib/net/free-port";
import { initializer, makeTinyModel, node, valueInfo } from "@/lib/onnx/make-tiny-model";
import { startWorker, type StartedWorker } from "@/worker/start-worker";
import { DEV_ACCOUNT, DEV_KEY, startAzurite, type Azurite } from "./azure/azurite";
import { startFlakyProxy, type FlakyProxy } from "./azure/flaky-proxy";
import { call, IMAGES_DIR, modelForm, postModel, SQUEEZENET, uniqueName } from "./helpers";

// The shared artifact store (ARTIFACT_BLOB_*) against Azurite over HTTPS, with real
// uploads through the API, a real worker scoring, and a "second machine": another
// ARTIFACT_DIR (an empty cache) on the same database and container. Azurite is reached
// through a proxy that counts the bytes it sends back, to see how often a blob is read.

const CONTAINER = "artifacts";
let azurite: Azurite;
let counter: FlakyProxy;
let worker: StartedWorker;
let machineA: string;

const connectionString = (port: number, key = DEV_KEY) => `DefaultEndpointsProtocol=https;AccountName=${DEV_ACCOUNT};AccountKey=${key};BlobEndpoint=https://127.0.0.1:${port}/${DEV_ACCOUNT};`;
const useStoreAt = (port: number, key?: string) => setEnv({ ARTIFACT_BLOB_CONNECTION_STRING: connectionString(port, key), ARTIFACT_BLOB_CONTAINER: CONTAINER });

beforeAll(async () => {
  machineA = env().ARTIFACT_DIR;
  azurite = await startAzurite(inject("standInTls"));
  await azurite.service.getContainerClient(CONTAINER).create();
  counter = await startFlakyProxy(azurite.port);
  useStoreAt(counter.port);
  worker = await startWorker({ httpPort: 0, concurrency: 1, log: () => {} });
}, 60_000);
afterEach(() => {
  setEnv({ ARTIFACT_DIR: machineA });
  useStoreAt(counter.port);
});
afterAll(async () => {
  await worker?.stop();
  setEnv({ ARTIFACT_BLOB_CONNECTION_STRING: undefined, ARTIFACT_BLOB_CONTAINER: undefined });
  await Promise.all([counter?.close(), azurite?.stop()]);
  await disconnectDb();
});

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const blobOf = (digest: string) => azurite.service.getContainerClient(CONTAINER).getBlockBlobClient(`sha256/${digest}`);
const blobExists = (digest: string) => blobOf(digest).exists();
const stagingFiles = () => readdir(tmpDir()).catch(() => []);

/** A small valid model of its own bytes (so its own digest): y = x + w, w random. */
function uniqueModel(width = 16): Uint8Array {
  const floats = Array.from({ length: width }, () => Math.random());
  return makeTinyModel({ nodes: [node("Add", ["x", "w"], ["y"])], inputs: [valueInfo("x", [1, width])], outputs: [valueInfo("y", [1, width])], initializers: [initializer("w", [1, width], { floats })] });
}

async function register(name: string, file: { path?: string; bytes?: Uint8Array }) {
  const answer = await postModel(await modelForm({ name }, file));
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body as { name: string; version: number; digest: string; sizeBytes: number };
}

/** Switches this process to a machine with an empty cache (same database, same store). */
async function becomeAnotherMachine(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "accel-test-machine-b-"));
  setEnv({ ARTIFACT_DIR: dir });
  return dir;
}

describe("the blob artifact store", () => {
  it("stores a model registered through the API as one committed blob named by its digest, and caches it locally", async () => {
    const bytes = await readFile(SQUEEZENET);
    const model = await register(uniqueName("blob-squeezenet"), { path: SQUEEZENET });
    expect(model.digest).toBe(sha256(bytes));
    const blob = blobOf(model.digest);
    expect((await blob.getProperties()).contentLength).toBe(bytes.length);
    const blocks = await blob.getBlockList("committed");
    expect(blocks.committedBlocks?.length).toBe(Math.ceil(bytes.length / (8 * 1024 * 1024)));
    expect(sha256(await blob.downloadToBuffer())).toBe(model.digest);
    expect(sha256(await readFile(artifactPath(model.digest)))).toBe(model.digest);
    expect(await stagingFiles()).toEqual([]);
  });

  it("lets a second machine with an empty cache score and serve the model, downloading it once and checking its hash", async () => {
    const name = uniqueName("blob-shared");
    const model = await register(name, { path: SQUEEZENET });
    const dir = await becomeAnotherMachine();
    expect(existsSync(artifactPath(model.digest))).toBe(false);
    const before = counter.bytesDown;
    const dog = new Uint8Array(await readFile(path.join(IMAGES_DIR, "winml_dog.jpg")));
    const [scored, downloaded, ...paths] = await Promise.all([
      call(scoreRoute.POST, { method: "POST", url: `/api/v1/models/${name}/versions/1/score`, params: { name, version: "1" }, body: dog, headers: { "content-type": "image/jpeg" } }),
      call(downloadRoute.GET, { params: { name, version: "1" } }),
      localArtifact(model.digest),
      localArtifact(model.digest),
    ]);
    expect(scored.status, JSON.stringify(scored.body)).toBe(200);
    expect(scored.body.top[0].label.toLowerCase()).toBe("golden retriever");
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers.get("content-length")).toBe(String(model.sizeBytes));
    const cached = artifactPath(model.digest);
    expect(cached.startsWith(dir)).toBe(true);
    expect(paths).toEqual([cached, cached]);
    expect(sha256(await readFile(cached))).toBe(model.digest);
    // One download for four concurrent readers: more than the file once, less than twice.
    const read = counter.bytesDown - before;
    expect(read).toBeGreaterThan(model.sizeBytes);
    expect(read).toBeLessThan(2 * model.sizeBytes);
    const again = counter.bytesDown;
    expect(await localArtifact(model.digest)).toBe(cached);
    expect(counter.bytesDown - again, "a cached file is not fetched again").toBe(0);
    expect(await stagingFiles()).toEqual([]);
  });

  it("refuses a blob whose bytes do not hash to its name, caching nothing", async () => {
    const name = uniqueName("blob-corrupt");
    const bytes = uniqueModel();
    const model = await register(name, { bytes });
    const corrupted = Buffer.from(bytes);
    corrupted[corrupted.length - 1] ^= 0xff; // same length: only the hash can tell
    await blobOf(model.digest).uploadData(corrupted);
    await becomeAnotherMachine();
    const answer = await call(downloadRoute.GET, { params: { name, version: "1" } });
    expect(answer.status).toBe(502);
    expect(answer.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(answer.body).toMatchObject({ code: "digest_mismatch" });
    expect(answer.body.detail).toMatch(new RegExp(`sha256/${model.digest} is corrupt`));
    expect(existsSync(artifactPath(model.digest))).toBe(false);
    expect(await stagingFiles()).toEqual([]);
  });

  it("reports artifact_missing when neither this machine's cache nor the store has the file", async () => {
    const name = uniqueName("blob-missing");
    const model = await register(name, { bytes: uniqueModel() });
    await blobOf(model.digest).delete();
    await becomeAnotherMachine();
    const answer = await call(downloadRoute.GET, { params: { name, version: "1" } });
    expect([answer.status, answer.body.code]).toEqual([500, "artifact_missing"]);
    expect(await stagingFiles()).toEqual([]);
  });

  it("answers 503 problem+json when the store refuses connections during an upload, leaving no row, no blob, no file", async () => {
    useStoreAt(await freePort()); // nothing listens there
    await expectRefusedUpload(/could not be reached to upload sha256\/[0-9a-f]{64} \(ECONNREFUSED\)/);
  });

  it("answers 503 problem+json, with the store's reason, when the store refuses to write (a read-only SAS)", async () => {
    const sas = generateBlobSASQueryParameters({ containerName: CONTAINER, permissions: ContainerSASPermissions.parse("rl"), expiresOn: new Date(Date.now() + 3_600_000) }, new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_KEY));
    setEnv({ ARTIFACT_BLOB_CONNECTION_STRING: `BlobEndpoint=https://127.0.0.1:${counter.port}/${DEV_ACCOUNT};SharedAccessSignature=${sas.toString()}` });
    await expectRefusedUpload(/refused to upload sha256\/[0-9a-f]{64} \(403 AuthorizationPermissionMismatch\)/);
  });

  it("answers 503 problem+json when the store does not accept the account key", async () => {
    useStoreAt(counter.port, randomBytes(64).toString("base64"));
    await expectRefusedUpload(/refused to upload sha256\/[0-9a-f]{64}/);
  });

  it("answers 503 problem+json when the connection breaks during the upload of a block, leaving no row, no blob, no file", async () => {
    const flaky: FlakyProxy = await startFlakyProxy(azurite.port);
    try {
      useStoreAt(flaky.port);
      // Every request carrying more than 64 KiB is cut: a HEAD passes, each Put Block breaks.
      flaky.plan = { cuts: 1000, cutRequestsAfter: 64 * 1024 };
      await expectRefusedUpload(/could not be reached to upload sha256\/[0-9a-f]{64}/);
      expect(flaky.cutCount).toBeGreaterThan(0);
    } finally {
      await flaky.close();
    }
  });

  it("leaves no blob when a write fails after its upload, before or after the file is committed", async () => {
    const before = await writeHashedFile({ source: Readable.from([Buffer.from(uniqueModel())]) });
    await before.upload();
    expect(await blobExists(before.digest)).toBe(true);
    await before.discard(); // as registerModel does when its transaction fails before commit
    expect(await blobExists(before.digest)).toBe(false);

    const name = uniqueName("blob-rolled-back");
    const after = await writeHashedFile({ source: Readable.from([Buffer.from(uniqueModel())]) });
    const failing = registerModel({ staged: after, name, onRegistered: async () => Promise.reject(new Error("the row's transaction fails")) });
    await expect(failing).rejects.toThrow("the row's transaction fails");
    expect(await db.model.count({ where: { name } })).toBe(0);
    expect(await blobExists(after.digest)).toBe(false);
    expect(existsSync(artifactPath(after.digest))).toBe(false);
    expect(await stagingFiles()).toEqual([]);
  });

  it("uploads again at commit, under the digest's lock, a blob removed since the upload (a release or a sweep)", async () => {
    const staged = await writeHashedFile({ source: Readable.from([Buffer.from(uniqueModel())]) });
    await staged.upload();
    await blobOf(staged.digest).delete();
    await db.$transaction(async (tx) => {
      await lockDigest(tx, staged.digest);
      await staged.commit();
    });
    expect(sha256(await blobOf(staged.digest).downloadToBuffer())).toBe(staged.digest);
    await blobOf(staged.digest).delete(); // no row refers to it: not this test's to keep
  });

  it("sweeps a blob no row refers to once it is old enough, and keeps referenced ones", async () => {
    const orphan = randomBytes(1000);
    await blobOf(sha256(orphan)).uploadData(orphan);
    const kept = await register(uniqueName("blob-kept"), { bytes: uniqueModel() });
    const young = await sweepArtifacts({ minAgeMs: 60 * 60 * 1000 });
    expect(young.removed.filter((r) => r.includes(sha256(orphan)))).toEqual([]);
    expect(await blobExists(sha256(orphan)), "younger than the minimum age").toBe(true);
    const { removed } = await sweepArtifacts({ minAgeMs: 0 });
    expect(removed).toContainEqual(expect.stringMatching(new RegExp(`/${CONTAINER}/sha256/${sha256(orphan)}$`)));
    expect(await blobExists(sha256(orphan))).toBe(false);
    expect(await blobExists(kept.digest)).toBe(true);
    expect(existsSync(artifactPath(kept.digest))).toBe(true);
  });

  it("deletes the blob with the last model version that refers to it", async () => {
    const bytes = uniqueModel();
    const [first, second] = [uniqueName("blob-release"), uniqueName("blob-release")];
    const model = await register(first, { bytes });
    await register(second, { bytes });
    expect((await call(versionRoute.DELETE, { method: "DELETE", params: { name: first, version: "1" } })).status).toBe(200);
    expect(await blobExists(model.digest), "still used by the other version").toBe(true);
    expect((await call(versionRoute.DELETE, { method: "DELETE", params: { name: second, version: "1" } })).status).toBe(200);
    expect(await blobExists(model.digest)).toBe(false);
    expect(existsSync(artifactPath(model.digest))).toBe(false);
  });

  it("shares calibration images uploaded with a conversion, so a worker on another machine measures on them, and removes them after", async () => {
    const conversionId = crypto.randomUUID();
    const photo = await readFile(path.join(IMAGES_DIR, "winml_dog.jpg"));
    await storeCalibrationUploads({ conversionId, images: [{ name: "dog.jpg", data: photo.toString("base64") }] });
    const shared = azurite.service.getContainerClient(CONTAINER).getBlockBlobClient(`calibration/${conversionId}/dog.jpg`);
    expect(await shared.exists()).toBe(true);
    await becomeAnotherMachine();
    const set = await readCalibrationSet({ conversionId, hasUploads: true });
    expect(set.images.map((i) => i.name)).toEqual(["dog.jpg"]);
    expect(sha256(await readFile(set.images[0].path))).toBe(sha256(photo));
    await removeCalibrationUploads(conversionId);
    expect(await shared.exists()).toBe(false);
    // What a killed process left is swept once old, unless its conversion is still waiting or running.
    await storeCalibrationUploads({ conversionId, images: [{ name: "dog.jpg", data: photo.toString("base64") }] });
    expect(await sweepSharedCalibrationUploads({ minAgeMs: 60_000 })).toEqual([]);
    expect(await sweepSharedCalibrationUploads({ minAgeMs: 0 })).toEqual([`calibration/${conversionId}/dog.jpg`]);
    expect(await shared.exists()).toBe(false);
  });
});

async function expectRefusedUpload(reason: RegExp): Promise<void> {
  const name = uniqueName("blob-down");
  // Larger than one cut request, and of its own digest, so no blob of it exists yet.
  const bytes = uniqueModel(64 * 1024);
  const answer = await postModel(await modelForm({ name }, { bytes }));
  expect(answer.status, JSON.stringify(answer.body)).toBe(503);
  expect(answer.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  expect(answer.body).toMatchObject({ code: "unavailable", status: 503 });
  expect(answer.body.detail).toMatch(reason);
  expect(await db.model.count({ where: { name } })).toBe(0);
  expect(await blobExists(sha256(bytes))).toBe(false);
  expect(existsSync(artifactPath(sha256(bytes)))).toBe(false);
  expect(await stagingFiles()).toEqual([]);
}

