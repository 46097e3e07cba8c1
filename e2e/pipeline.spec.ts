import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { dropFile, SHARED_DATA, SQUEEZENET_PATH, uniqueName } from "./helpers";

// The whole accelerated-model workflow in the browser: a model page's Deploy flow chains
// convert → image → compute → service, ends on the Test tab where a dropped image is
// scored through the service with its key, and everything is deleted in Azure's order.

const DOG_PATH = path.join(SHARED_DATA, "images", "winml_dog.jpg");

async function uploadSqueezeNet(page: Page, name: string) {
  const response = await page.request.post("/api/v1/models", {
    multipart: { name, file: { name: "squeezenet1.1-caffe2.onnx", mimeType: "application/octet-stream", buffer: await readFile(SQUEEZENET_PATH) } },
  });
  expect(response.status(), await response.text()).toBe(201);
}

async function confirmDelete(page: Page, what: string) {
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: `Delete ${what}` }).click();
}

test("deploying SqueezeNet from its model page, scoring a dropped image with the key, and cleaning up in order", async ({ page }) => {
  test.setTimeout(300_000);
  const model = uniqueName("flow");
  const service = `svc-${model.slice(-5)}${Math.random().toString(36).slice(2, 6)}`;
  const compute = `fpga-${Math.random().toString(36).slice(2, 8)}`;
  await uploadSqueezeNet(page, model);

  await page.goto(`/models/${model}/versions/1`);
  await page.getByRole("link", { name: "Deploy" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/models/${model}/versions/1/deploy$`));
  await page.getByRole("textbox", { name: /^Service name/ }).fill(service);
  await expect(page.getByLabel("Precision")).toHaveValue("ms-fp9");
  await page.getByRole("combobox", { name: /^Compute/ }).selectOption({ label: "Create new compute…" });
  await page.getByRole("textbox", { name: /^New compute name/ }).fill(compute);
  await page.getByRole("button", { name: "Deploy", exact: true }).click();

  // The stepper runs each step with its progress, then lands on the service's Test tab.
  await expect(page.getByRole("progressbar").first()).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/services/${service}\\?tab=test$`), { timeout: 180_000 });
  await expect(page.getByTestId("state-badge").first()).toHaveText("Healthy");
  await expect(page.getByLabel("Service key")).not.toHaveValue("");

  await dropFile(page, page.getByTestId("image-drop-zone"), DOG_PATH);
  const card = page.getByRole("article", { name: "Result for winml_dog.jpg" });
  await expect(card).toBeVisible();
  await expect(card).toContainText(/golden retriever/i);
  await expect(card).toContainText("arria10-pb6");

  // A wrong key is refused: the card shows the 401.
  await page.getByLabel("Service key").fill("not-the-key");
  await dropFile(page, page.getByTestId("image-drop-zone"), DOG_PATH);
  await expect(page.getByRole("article", { name: "Result for winml_dog.jpg" }).first()).toContainText(/key|401|unauthenticated/i);

  await page.getByRole("tab", { name: "Consume" }).click();
  const consume = page.getByRole("tabpanel", { name: "Consume" });
  await expect(consume.getByText(new RegExp(`/api/v1/service/${service}/score`)).first()).toBeVisible();
  await expect(consume.getByText(/authorization: Bearer/).first()).toBeVisible();

  // The Overview's latency history shows those scores once the node has flushed them (every
  // 10 s) and the studio has asked again (every 15 s for the last hour).
  await page.getByRole("tab", { name: "Overview" }).click();
  const history = page.getByRole("region", { name: "Latency over time" });
  await expect(history.getByTestId("latency-requests")).toHaveText(/^[1-9]\d* \(/, { timeout: 45_000 });
  await expect(history.getByTestId("latency-measured")).toContainText(/p50 \d/);
  await expect(history.locator(".recharts-line-dot").first()).toBeVisible();

  // The compute page: its node, the worker hosting it, and the replica on its FPGA.
  await page.goto(`/compute/${compute}`);
  const node = page.getByTestId(`node-row-${compute}-node-0`);
  await expect(node).toContainText(service);
  await expect(node).toContainText("#0 ready");
  await expect(node).toContainText("live");
  await page.goto(`/services/${service}`);

  // Clean-up in Azure's order: service → compute → image → models.
  await confirmDelete(page, `service ${service}`);
  await expect.poll(async () => (await page.request.get(`/api/v1/services/${service}`)).status(), { timeout: 30_000 }).toBe(404);

  await page.goto(`/compute/${compute}`);
  await confirmDelete(page, `compute ${compute}`);
  await expect.poll(async () => (await page.request.get(`/api/v1/computes/${compute}`)).status(), { timeout: 30_000 }).toBe(404);

  await page.goto(`/images/${service}/versions/1`);
  await confirmDelete(page, `image ${service}:1`);
  await expect.poll(async () => (await page.request.get(`/api/v1/images/${service}/versions/1`)).status()).toBe(404);

  for (const name of [`${model}-accel`, model]) {
    const response = await page.request.delete(`/api/v1/models/${name}/versions/1`);
    expect(response.status(), await response.text()).toBe(200);
  }
  const conversions = await (await page.request.get(`/api/v1/conversions?model=${model}`)).json();
  expect(conversions.items).toEqual([]);
});
