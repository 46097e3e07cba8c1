import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { isProcessAlive } from "../lib/process/is-process-alive";
import { SHARED_DATA, SQUEEZENET_PATH, uniqueName } from "./helpers";

// The studio survives its worker: a hung worker shows as down in the header, a killed one
// is restarted by the launcher while web keeps answering (503 with Retry-After meanwhile),
// and scoring works again within 30 s.

const DOG = path.join(SHARED_DATA, "images", "winml_dog.jpg");

async function livePid(request: APIRequestContext): Promise<number | undefined> {
  const health = await (await request.get("/api/v1/health")).json();
  return health.checks.workers.nodes?.find((n: { isLive: boolean; isScoring: boolean }) => n.isLive && n.isScoring)?.pid;
}

test("a hung worker shows as down; killed, it is restarted and scoring comes back within 30 s", async ({ page, request }) => {
  test.setTimeout(120_000);
  const name = uniqueName("survive");
  const registered = await request.post("/api/v1/models", {
    multipart: { name, file: { name: "squeezenet1.1-caffe2.onnx", mimeType: "application/octet-stream", buffer: await readFile(SQUEEZENET_PATH) } },
  });
  expect(registered.status(), await registered.text()).toBe(201);
  const image = await readFile(DOG);
  const score = () => request.post(`/api/v1/models/${name}/versions/1/score`, { data: image, headers: { "content-type": "image/jpeg" } });
  expect((await score()).status()).toBe(200);

  const pid = (await livePid(request))!;
  expect(pid).toBeGreaterThan(0);
  await page.goto("/models");
  const badge = page.getByTestId("health-indicator");
  await expect(badge).toContainText("Worker up");

  // Hung: its heartbeat is still fresh, but it answers nothing, and health says so.
  process.kill(pid, "SIGSTOP");
  try {
    await expect(badge).toContainText("Worker down", { timeout: 20_000 });
  } finally {
    process.kill(pid, "SIGKILL");
  }
  await expect.poll(() => isProcessAlive(pid), { timeout: 10_000 }).toBe(false);

  // Before the launcher's restart (it waits a second first), web answers for the worker.
  const meanwhile = await score();
  expect(meanwhile.status()).toBe(503);
  expect(meanwhile.headers()["content-type"]).toBe("application/problem+json");
  expect(meanwhile.headers()["retry-after"]).toBe("5");
  expect((await meanwhile.json()).code).toBe("unavailable");
  // Web itself never went away.
  expect((await request.get("/api/v1/models")).status()).toBe(200);

  await expect.poll(async () => (await score()).status(), { timeout: 30_000, intervals: [250] }).toBe(200);
  const restarted = await livePid(request);
  expect(restarted).toBeDefined();
  expect(restarted).not.toBe(pid);
  await expect(badge).toContainText("Worker up", { timeout: 15_000 });
});
