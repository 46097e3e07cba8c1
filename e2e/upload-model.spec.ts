import { expect, test } from "@playwright/test";
import { dropFile, SQUEEZENET_PATH, uniqueName } from "./helpers";

test("uploading a dropped model shows its inputs, outputs and MACs; uploading again adds version 2", async ({ page }) => {
  const name = uniqueName("squeeze");

  await page.goto("/models/upload");
  await dropFile(page, page.getByTestId("drop-zone"), SQUEEZENET_PATH);
  await expect(page.getByTestId("chosen-file")).toHaveText("squeezenet1.1-caffe2.onnx");
  // The name is pre-filled from the file name.
  await expect(page.getByLabel("Name")).toHaveValue("squeezenet1.1-caffe2");

  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Description").fill("Uploaded by the e2e suite");
  await page.getByLabel("Tags").fill("team=e2e, stage=test");
  await page.getByRole("button", { name: "Upload", exact: true }).click();

  await page.waitForURL(`**/models/${name}/versions/1`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByTestId("model-version")).toHaveText("Version 1 · latest");
  const inputs = page.getByRole("table", { name: "Inputs" });
  await expect(inputs.getByRole("row", { name: /data_0/ })).toContainText("1×3×224×224");
  await expect(page.getByRole("table", { name: "Outputs" })).toContainText("softmaxout_1");
  await expect(page.getByTestId("model-macs")).toHaveText(/^\d+(\.\d)? M$/);
  await expect(page.getByRole("list", { name: "Tags" })).toContainText("team");

  // Same name again, this time through the file picker.
  await page.getByRole("link", { name: "Upload new version" }).click();
  await expect(page.getByLabel("Name")).toHaveValue(name);
  await expect(page.getByText(`${name} exists; this upload registers version 2.`)).toBeVisible();
  await page.getByTestId("model-file-input").setInputFiles(SQUEEZENET_PATH);
  await expect(page.getByLabel("Name")).toHaveValue(name); // a chosen file does not overwrite a typed name
  await page.getByRole("button", { name: "Upload", exact: true }).click();

  await page.waitForURL(`**/models/${name}/versions/2`);
  await expect(page.getByTestId("model-version")).toHaveText("Version 2 · latest");
  await expect(page.getByRole("table", { name: "Versions" }).getByRole("row")).toHaveCount(3); // header + 2

  await page.goto(`/models?name=${name}`);
  const row = page.getByTestId(`model-row-${name}`);
  await expect(row).toBeVisible();
  await expect(row.getByRole("cell").nth(1)).toHaveText("2");
  await expect(row).toContainText("4.7 MB");
});
