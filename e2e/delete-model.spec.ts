import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { SQUEEZENET_PATH, uniqueName } from "./helpers";

test("deleting the only version after confirming removes the model from the list", async ({ page, request }) => {
  const name = uniqueName("doomed");
  const created = await request.post("/api/v1/models", {
    multipart: {
      name,
      file: { name: "squeezenet1.1-caffe2.onnx", mimeType: "application/octet-stream", buffer: await readFile(SQUEEZENET_PATH) },
    },
  });
  expect(created.status()).toBe(201);

  await page.goto(`/models/${name}`);
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: `Delete ${name}:1?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Delete version 1" }).click();

  await page.waitForURL(/\/models$/);
  await expect(page.getByTestId(`model-row-${name}`)).toHaveCount(0);
  expect((await request.get(`/api/v1/models/${name}`)).status()).toBe(404);
});
