import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_ADMIN_TOKEN, TOKEN_STUDIO_URL } from "./token-studio";

// The `accel` CLI against the studio Playwright started with sign-in on: the whole
// workflow from a model file to a scored service, with --wait and --json, as a script
// would run it; and how it fails.

const ROOT = path.resolve(import.meta.dirname, "..");
const SHARED = path.resolve(ROOT, "..", "shared", "data");

type Run = { code: number; stdout: string; stderr: string };

async function accel(args: string[], env: Record<string, string> = {}): Promise<Run> {
  // A config folder of its own, so no saved login of the machine's user leaks in.
  const config = await mkdtemp(path.join(tmpdir(), "accel-cli-"));
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, "bin", "accel.mjs"), ...args], { cwd: ROOT, env: { ...process.env, XDG_CONFIG_HOME: config, ACCEL_URL: TOKEN_STUDIO_URL, ...env }, timeout: 240_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const admin = { ACCEL_TOKEN: E2E_ADMIN_TOKEN };

test("accel runs the workflow in token mode: register, deploy --auth --wait --json, score, keys, tokens", async () => {
  test.setTimeout(300_000);
  const name = `cli-${Date.now().toString(36)}`;
  const registered = await accel(["models", "register", path.join(SHARED, "models", "squeezenet1.1-caffe2.onnx"), "--name", name, "--tag", "source=cli", "--json"], admin);
  expect(registered.code, registered.stderr).toBe(0);
  expect(JSON.parse(registered.stdout)).toMatchObject({ name, version: 1, tags: { source: "cli" } });

  const writer = await accel(["tokens", "create", `${name}-ci`, "--scope", "write", "--json"], admin);
  const token = JSON.parse(writer.stdout) as { secret: string; id: string };
  const deployed = await accel(["deploy", name, "--auth", "--wait", "--json"], { ACCEL_TOKEN: token.secret });
  expect(deployed.code, deployed.stderr).toBe(0);
  const service = JSON.parse(deployed.stdout);
  expect(service).toMatchObject({ state: "Healthy", authEnabled: true });
  expect(service.scoringUri).toMatch(/\/api\/v1\/service\/.+\/score$/);
  expect(service.grpcAddress).toMatch(/:\d+$/);
  expect(service.keys.primary).toMatch(/^[\w-]{43}$/);
  // Progress went to stderr as lines (not a terminal), never into the JSON.
  expect(deployed.stderr).toMatch(/conversion [0-9a-f]{8}: Succeeded 100%/);

  const scored = await accel(["score", service.name, path.join(SHARED, "images", "winml_dog.jpg"), "--key", service.keys.primary, "--json"], { ACCEL_TOKEN: token.secret });
  expect(scored.code, scored.stderr).toBe(0);
  expect(JSON.parse(scored.stdout).top[0].label.toLowerCase()).toBe("golden retriever");
  const human = await accel(["score", service.name, path.join(SHARED, "images", "winml_dog.jpg"), "--key", service.keys.primary], { ACCEL_TOKEN: token.secret });
  expect(human.stdout).toMatch(/1\. golden retriever/i);
  expect(human.stdout).toMatch(/simulated FPGA: arria10-pb6 [\d.]+ ms/);
  const noKey = await accel(["score", service.name, path.join(SHARED, "images", "winml_dog.jpg")], { ACCEL_TOKEN: token.secret });
  expect([noKey.code, noKey.stderr]).toEqual([1, expect.stringMatching(/401 unauthenticated/)]);

  const rotated = await accel(["services", "keys", service.name, "--regenerate", "secondary", "--json"], { ACCEL_TOKEN: token.secret });
  expect(JSON.parse(rotated.stdout).secondary).toMatch(/^[\w-]{43}$/);

  const listed = await accel(["tokens", "list", "--json"], admin);
  expect(JSON.parse(listed.stdout).find((t: { id: string }) => t.id === token.id).lastUsedAt).not.toBeNull();
  expect((await accel(["tokens", "revoke", token.id], admin)).code).toBe(0);
  const revoked = await accel(["services", "list"], { ACCEL_TOKEN: token.secret });
  expect([revoked.code, revoked.stderr]).toEqual([1, expect.stringMatching(/401 token_revoked/)]);
});

test("accel runs each step on its own, with --wait, and cleans up; login remembers the studio", async () => {
  test.setTimeout(300_000);
  const config = await mkdtemp(path.join(tmpdir(), "accel-login-"));
  const login = await accel(["login", "--url", TOKEN_STUDIO_URL, "--token", E2E_ADMIN_TOKEN], { XDG_CONFIG_HOME: config, ACCEL_URL: "" });
  expect(login.code, login.stderr).toBe(0);
  expect(login.stdout).toMatch(/Signed in to .* as admin \(ACCEL_ADMIN_TOKEN\) \(admin\)/);
  const asSaved = (args: string[]) => accel(args, { XDG_CONFIG_HOME: config, ACCEL_URL: "" });

  const name = `step-${Date.now().toString(36)}`;
  expect((await asSaved(["models", "register", path.join(SHARED, "models", "squeezenet1.1-caffe2.onnx"), "--name", name])).code).toBe(0);
  const converted = await asSaved(["convert", name, "--precision", "fp16", "--wait", "--json"]);
  expect(converted.code, converted.stderr).toBe(0);
  const conversion = JSON.parse(converted.stdout);
  expect(conversion).toMatchObject({ state: "Succeeded", precision: "fp16" });
  const image = JSON.parse((await asSaved(["images", "create", `${name}-img`, "--model", conversion.resultModel.name, "--version", "1", "--wait", "--json"])).stdout);
  expect(image.state).toBe("Succeeded");
  const compute = `c${Date.now().toString(36)}`.slice(0, 16);
  const provisioned = JSON.parse((await asSaved(["computes", "create", compute, "--region", "westus2", "--wait", "--json"])).stdout);
  expect(provisioned).toMatchObject({ state: "Succeeded", region: "westus2" });
  const service = JSON.parse((await asSaved(["services", "deploy", `${name}-svc`, "--image", image.name, "--image-version", "1", "--compute", compute, "--wait", "--json"])).stdout);
  expect([service.state, service.authEnabled]).toEqual(["Healthy", false]);
  const scored = await asSaved(["score", service.name, path.join(SHARED, "images", "winml_dog.jpg"), "--json"]);
  expect(JSON.parse(scored.stdout).top[0].label.toLowerCase()).toBe("golden retriever");
  const byModel = await asSaved(["score", name, path.join(SHARED, "images", "winml_dog.jpg"), "--model", "--json"]);
  expect(JSON.parse(byModel.stdout).model).toMatchObject({ name, version: 1 });

  // Clean-up in Azure's order: the service, then its image and compute, then the models.
  expect((await asSaved(["services", "delete", service.name])).code).toBe(0);
  const inUse = await asSaved(["models", "delete", name, "--version", "1"]);
  expect([inUse.code, inUse.stderr]).toEqual([1, expect.stringMatching(/409 in_use/)]);
  await expect.poll(async () => (await asSaved(["images", "delete", image.name, "--version", "1"])).code, { timeout: 30_000 }).toBe(0);
  await expect.poll(async () => (await asSaved(["computes", "delete", compute])).code, { timeout: 30_000 }).toBe(0);
  expect((await asSaved(["models", "delete", conversion.resultModel.name, "--version", "1"])).code).toBe(0);
  expect((await asSaved(["models", "delete", name, "--version", "1"])).code).toBe(0);
});

test("accel fails clearly: no token, a read token on a change, an unreachable studio, misuse", async () => {
  const noToken = await accel(["models", "list"]);
  expect([noToken.code, noToken.stderr]).toEqual([1, expect.stringMatching(/401 unauthenticated/)]);
  const reader = JSON.parse((await accel(["tokens", "create", "cli-reader", "--scope", "read", "--json"], admin)).stdout) as { secret: string };
  const refused = await accel(["computes", "create", "cli-refused"], { ACCEL_TOKEN: reader.secret });
  expect([refused.code, refused.stderr]).toEqual([1, expect.stringMatching(/403 forbidden/)]);
  const unreachable = await accel(["models", "list", "--url", "http://127.0.0.1:9"], admin);
  expect([unreachable.code, unreachable.stderr]).toEqual([1, expect.stringMatching(/Could not reach the studio at http:\/\/127\.0\.0\.1:9/)]);
  const unknownFlag = await accel(["models", "list", "--bogus"], admin);
  expect([unknownFlag.code, unknownFlag.stderr]).toEqual([2, expect.stringMatching(/unknown option '--bogus'[\s\S]*Usage: accel models list/)]);
  const missing = await accel(["score"], admin);
  expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/missing required argument 'target'/)]);
  const help = await accel(["--help"]);
  expect(help.code).toBe(0);
  for (const command of ["login", "models", "convert", "images", "computes", "services", "score", "deploy", "tokens"]) expect(help.stdout).toContain(command);
});
