import { execFile, execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, open, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactPath, hashFile, tmpDir } from "@/lib/artifacts";
import { db, disconnectDb } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { configuredRegistry, pullModelLayer, pushImage } from "@/lib/registry";
import { startWorker, type StartedWorker } from "@/worker/start-worker";
import { IMAGES_DIR, listArtifactFiles, SQUEEZENET, uniqueName } from "./helpers";
import { api, uploadModel, waitForState } from "./pipeline-helpers";
import { startRegistry, type StartedRegistry } from "./registry/start-registry";
import { startTokenServer, type TokenServer } from "./registry/start-token-server";

// Images pushed to a real OCI registry (Debian's docker-registry, distribution 2.8, with
// htpasswd basic auth), read back by skopeo, and a node that lacks the model file pulling
// it from there before it loads the replica.

const PREFIX = "accel-test";
const dog = readFileSync(path.join(IMAGES_DIR, "winml_dog.jpg"));
let registry: StartedRegistry;
let worker: StartedWorker;
let converted: string;

beforeAll(async () => {
  registry = await startRegistry();
  setEnv({
    REGISTRY_URL: registry.url,
    REGISTRY_USERNAME: registry.username,
    REGISTRY_PASSWORD: registry.password,
    REGISTRY_REPOSITORY_PREFIX: PREFIX,
    COMPUTE_PROVISION_SECONDS: "0",
    FPGA_REFLASH_SECONDS: "0",
    // One retry of a failure that may pass (an unreachable registry), e^1 s later.
    PIPELINE_MAX_ATTEMPTS: "2",
  });
  worker = await startWorker({ httpPort: 0, log: () => undefined });
  const source = await uploadModel({ name: uniqueName("reg"), path: SQUEEZENET });
  converted = `${source.name}-accel`;
  const requested = await api.convert({ model: source.name, version: source.version, inputTensors: source.inputs.map((t) => t.name), outputTensors: source.outputs.map((t) => t.name), resultName: converted });
  const conversion = (await waitForState(() => api.conversion(requested.body.id), ["Succeeded", "Failed"], 150_000)).body;
  expect(conversion.state, JSON.stringify(conversion.log)).toBe("Succeeded");
}, 240_000);

afterAll(async () => {
  await worker?.stop();
  await registry?.dispose();
  await disconnectDb();
});

async function build(name: string) {
  const requested = await api.buildImage({ name, model: converted, version: 1 });
  expect(requested.status, JSON.stringify(requested.body)).toBe(202);
  return (await waitForState(() => api.image(name, requested.body.version), ["Succeeded", "Failed"], 90_000)).body;
}

const messages = (body: { log: { message: string }[] }) => body.log.map((l) => l.message).join("\n");

async function skopeoInspect(reference: string, credentials = `${registry.username}:${registry.password}`) {
  const { stdout } = await promisify(execFile)("skopeo", ["--insecure-policy", "inspect", "--tls-verify=false", "--creds", credentials, `docker://${reference}`]);
  return JSON.parse(stdout) as { Digest: string; Labels: Record<string, string>; Tag?: string };
}

describe("images in an OCI registry", () => {
  const imageName = uniqueName("regimg");

  it("pushes a built image, which skopeo reads from the registry with the digest the studio recorded", async () => {
    const built = await build(imageName);
    expect(built.state, messages(built)).toBe("Succeeded");
    const repository = `${PREFIX}/${imageName}`;
    expect(built.registryReference).toBe(`${registry.host}/${repository}:1@${built.digest}`);
    expect(messages(built)).toContain(`Pushed ${repository}:1@${built.digest} to ${registry.host}`);

    const inspected = await skopeoInspect(`${registry.host}/${repository}:1`);
    expect(inspected.Digest).toBe(built.digest);
    expect(inspected.Labels).toMatchObject({ "accel.model.name": converted, "accel.model.version": "1" });
    // The registry holds what the credentials guard: no credentials, no image.
    await expect(promisify(execFile)("skopeo", ["inspect", "--tls-verify=false", "--no-creds", `docker://${registry.host}/${repository}:1`])).rejects.toThrow(/unauthorized|authentication required/i);

    // Pushed again under another tag, the blobs are found there (HEAD) and not uploaded again.
    const row = await db.image.findFirstOrThrow({ where: { name: imageName, version: 1 } });
    const seen: { digest: string; isPresent: boolean }[] = [];
    const config = configuredRegistry()!;
    const again = await pushImage({ archivePath: artifactPath(row.archiveDigest!), registry: config, repository, tag: "again", onBlob: (blob) => void seen.push(blob) });
    expect(again.digest).toBe(built.digest);
    expect(seen.map((blob) => blob.isPresent)).toEqual([true, true]);
    expect((await skopeoInspect(`${registry.host}/${repository}:again`)).Digest).toBe(built.digest);
  }, 180_000);

  it("has a node without the model file pull it from the registry, then load and score the replica", async () => {
    const model = await db.model.findFirstOrThrow({ where: { name: converted, version: 1 } });
    const file = artifactPath(model.digest);
    await rm(file);
    expect(await stat(file).catch(() => null)).toBeNull();

    const compute = uniqueName("rc").slice(0, 16);
    expect((await api.createCompute({ name: compute, agentCount: 1, region: "westus2" })).status).toBe(202);
    expect((await waitForState(() => api.compute(compute), ["Succeeded", "Failed"])).body.state).toBe("Succeeded");
    const service = `${imageName}-svc`;
    const deployed = await api.deploy({ name: service, image: { name: imageName, version: 1 }, compute, replicas: 1, authEnabled: false });
    expect(deployed.status, JSON.stringify(deployed.body)).toBe(202);
    const healthy = (await waitForState(() => api.service(service), ["Healthy", "Failed"], 90_000)).body;
    expect(healthy.state, messages(healthy)).toBe("Healthy");
    const reference = (await api.image(imageName, 1)).body.registryReference;
    expect(messages(healthy)).toContain(`The model file is not on this node: pulling it from ${reference}`);
    expect(messages(healthy)).toContain(`Pulled ${model.fileName} (${model.sizeBytes} bytes, sha256 verified) from layer sha256:`);

    // The pulled file is the converted model, byte for byte, in its place in the store.
    expect(await hashFile(file)).toEqual({ digest: model.digest, sizeBytes: Number(model.sizeBytes) });
    const scored = await fetch(healthy.scoringUri, { method: "POST", body: dog, headers: { "content-type": "image/jpeg" } });
    const answer = await scored.json();
    expect(scored.status, JSON.stringify(answer)).toBe(200);
    expect(answer.top[0].label.toLowerCase()).toBe("golden retriever");

    expect((await api.deleteService(service)).status).toBe(202);
    await waitForState(() => api.service(service), ["gone"]);
    expect((await api.deleteCompute(compute)).status).toBe(202);
    await waitForState(() => api.compute(compute), ["gone"]);
  }, 180_000);

  it("refuses a layer whose bytes differ from its digest, and leaves nothing in the store", async () => {
    const image = await db.image.findFirstOrThrow({ where: { name: imageName, version: 1 }, include: { model: true } });
    const manifest = JSON.parse(execFileSync("skopeo", ["inspect", "--raw", "--tls-verify=false", "--creds", `${registry.username}:${registry.password}`, `docker://${registry.host}/${PREFIX}/${imageName}:1`], { encoding: "utf8" }));
    const hex = manifest.layers[0].digest.slice("sha256:".length);
    const blob = path.join(registry.dataDir, "docker/registry/v2/blobs/sha256", hex.slice(0, 2), hex, "data");
    // A byte of accel-runtime.json (the layer's second entry, after two 512-byte headers):
    // the tar stays readable and the model file intact, so only the layer's digest can tell.
    const at = 1024 + 2;
    const original = await readByte(blob, at);
    await writeByte(blob, at, original ^ 0x20);
    const { model } = image;
    await rm(artifactPath(model.digest), { force: true });
    try {
      const error = await pullModelLayer({ reference: image.registryReference!, model }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "digest_mismatch", message: expect.stringMatching(new RegExp(`^The layer came as sha256:[0-9a-f]{64} \\(\\d+ bytes\\), not sha256:${hex}`)) });
      expect(await listArtifactFiles()).not.toContainEqual(expect.stringContaining(model.digest.slice(2)));
      expect((await listArtifactFiles()).filter((file) => file.startsWith(tmpDir()))).toEqual([]);
    } finally {
      await writeByte(blob, at, original);
    }
    // Mended, the same pull succeeds (and puts the file back for the builds below).
    expect((await pullModelLayer({ reference: image.registryReference!, model })).path).toBe(artifactPath(model.digest));
  });

  it("fails the build with the registry's reason when it refuses the credentials, and records no success", async () => {
    setEnv({ REGISTRY_PASSWORD: "not-the-password" });
    try {
      const name = uniqueName("regbad");
      const failed = await build(name);
      expect(failed.state).toBe("Failed");
      expect(failed.error).toMatch(new RegExp(`^The registry ${registry.host} refused to .* \\(HTTP 401\\): UNAUTHORIZED: authentication required`));
      expect(messages(failed)).toContain(`Failed: ${failed.error}`);
      // A refusal is not retried: one attempt, no "will retry".
      expect(messages(failed)).not.toMatch(/will retry/);
      const row = await db.image.findFirstOrThrow({ where: { name } });
      expect([row.digest, row.archiveDigest, row.registryReference]).toEqual([null, null, null]);
    } finally {
      setEnv({ REGISTRY_PASSWORD: registry.password });
    }
  }, 120_000);

  it("fails the build clearly, after the job's retries, when the registry is not there", async () => {
    await registry.stop();
    try {
      const name = uniqueName("regdown");
      const failed = await build(name);
      expect(failed.state).toBe("Failed");
      expect(failed.error).toBe(`The registry ${registry.host} could not be reached: ECONNREFUSED`);
      expect(messages(failed)).toContain("Attempt 1 of 2 stopped, will retry: The registry");
      expect(messages(failed)).toContain(`Failed: ${failed.error}`);
      const row = await db.image.findFirstOrThrow({ where: { name } });
      expect([row.digest, row.archiveDigest, row.registryReference]).toEqual([null, null, null]);
    } finally {
      await registry.start();
    }
  }, 120_000);
});

describe("a registry that sends Bearer challenges (auth: token)", () => {
  const robot = { username: "robot", password: randomPassword() };
  let dir: string;
  let tokens: TokenServer;
  let tokenRegistry: StartedRegistry;
  let pushed: { name: string; reference: string };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "accel-token-"));
    tokens = await startTokenServer({ dir, ...robot });
    tokenRegistry = await startRegistry({ ...robot, tokenAuth: tokens });
  });
  afterAll(async () => {
    setEnv({ REGISTRY_URL: registry.url, REGISTRY_USERNAME: registry.username, REGISTRY_PASSWORD: registry.password, REGISTRY_TOKEN: undefined });
    await tokenRegistry?.dispose();
    await tokens?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("pushes with a token fetched from the challenge's realm with the basic credentials", async () => {
    setEnv({ REGISTRY_URL: tokenRegistry.url, REGISTRY_USERNAME: robot.username, REGISTRY_PASSWORD: robot.password });
    const name = uniqueName("regtok");
    const built = await build(name);
    expect(built.state, messages(built)).toBe("Succeeded");
    const repository = `${PREFIX}/${name}`;
    expect(built.registryReference).toBe(`${tokenRegistry.host}/${repository}:1@${built.digest}`);
    expect(tokens.requests).toContainEqual({ user: robot.username, scope: `repository:${repository}:pull,push` });
    // skopeo goes through the same realm with the same credentials.
    expect((await skopeoInspect(`${tokenRegistry.host}/${repository}:1`, `${robot.username}:${robot.password}`)).Digest).toBe(built.digest);
    pushed = { name, reference: built.registryReference };
  }, 120_000);

  it("pulls the model layer with REGISTRY_TOKEN, sent as it is without asking the realm", async () => {
    const repository = `${PREFIX}/${pushed.name}`;
    setEnv({ REGISTRY_URL: tokenRegistry.url, REGISTRY_USERNAME: undefined, REGISTRY_PASSWORD: undefined, REGISTRY_TOKEN: tokens.issue(`repository:${repository}:pull`) });
    const model = await db.model.findFirstOrThrow({ where: { name: converted, version: 1 } });
    await rm(artifactPath(model.digest));
    const asked = tokens.requests.length;
    const pulled = await pullModelLayer({ reference: pushed.reference, model });
    expect(pulled.path).toBe(artifactPath(model.digest));
    expect(await hashFile(pulled.path)).toEqual({ digest: model.digest, sizeBytes: Number(model.sizeBytes) });
    expect(tokens.requests.length).toBe(asked);
  });

  it("fails the build with the token service's reason when it refuses the credentials", async () => {
    setEnv({ REGISTRY_URL: tokenRegistry.url, REGISTRY_USERNAME: robot.username, REGISTRY_PASSWORD: "not-the-password", REGISTRY_TOKEN: undefined });
    const failed = await build(uniqueName("regtokbad"));
    expect(failed.state).toBe("Failed");
    expect(failed.error).toMatch(/^The registry 127\.0\.0\.1:\d+ refused to issue a token for repository:\S+:pull,push \(HTTP 401\): UNAUTHORIZED: the token service refused these credentials$/);
  }, 120_000);
});

function randomPassword(): string {
  return Math.random().toString(36).slice(2, 14);
}

async function readByte(file: string, at: number): Promise<number> {
  const handle = await open(file, "r");
  try {
    const byte = Buffer.alloc(1);
    await handle.read(byte, 0, 1, at);
    return byte[0];
  } finally {
    await handle.close();
  }
}

async function writeByte(file: string, at: number, value: number): Promise<void> {
  const handle = await open(file, "r+");
  try {
    await handle.write(Buffer.from([value]), 0, 1, at);
  } finally {
    await handle.close();
  }
}
