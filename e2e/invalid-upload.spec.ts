import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { JPEG_PATH, uniqueName } from "./helpers";

test("a JPEG renamed .onnx is refused with a readable error and registers nothing", async ({ page, request }) => {
  const name = uniqueName("not-a-model");

  await page.goto("/models/upload");
  await page.getByTestId("model-file-input").setInputFiles({
    name: "photo.onnx",
    mimeType: "application/octet-stream",
    buffer: await readFile(JPEG_PATH),
  });
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Upload", exact: true }).click();

  // The server's problem+json title and detail, as the person reads them.
  const alert = page.getByRole("alert").filter({ hasText: "Not a valid model file" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("This is not an ONNX model: the file looks like a JPEG image.");
  await expect(page).toHaveURL(/\/models\/upload$/);

  // Nothing was registered under that name.
  expect((await request.get(`/api/v1/models/${name}`)).status()).toBe(404);
  await page.goto(`/models?name=${name}`);
  await expect(page.getByText("No models match these filters")).toBeVisible();
  await expect(page.getByTestId(`model-row-${name}`)).toHaveCount(0);
});
