import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { zipSync } from "fflate";
import { dropFile, SHARED_DATA, uniqueName } from "./helpers";

// The COCO SSD (../shared/data/tf/README.md): a TF.js graph model whose feed-forward part is
// cut out of its preprocessing while loop, translated to ONNX, then scored as a detector.
const COCO_SSD_DIR = path.join(SHARED_DATA, "tf", "coco-ssd-mobilenet-v2");
const DOG_PATH = path.join(SHARED_DATA, "images", "winml_dog.jpg");
const SSD_CUT = {
  inputTensors: ["Preprocessor/map/TensorArrayStack/TensorArrayGatherV3"],
  outputTensors: ["Postprocessor/Slice", "Postprocessor/ExpandDims_1"],
  inputShapes: { "Preprocessor/map/TensorArrayStack/TensorArrayGatherV3": [1, 300, 300, 3] },
};
const MS = /\d+(\.\d+)? ms/;

/** Registers the COCO SSD as a detector and translates it to ONNX; resolves to the ONNX model's name. */
async function registerOnnxDetector(request: APIRequestContext, name: string): Promise<string> {
  const files: Record<string, Uint8Array> = {};
  for (const file of await readdir(COCO_SSD_DIR)) files[file] = await readFile(path.join(COCO_SSD_DIR, file));
  const upload = await request.post("/api/v1/models", {
    multipart: { name, task: "detection", file: { name: "coco-ssd.zip", mimeType: "application/zip", buffer: Buffer.from(zipSync(files, { level: 0 })) } },
    timeout: 60_000,
  });
  expect(upload.status(), await upload.text()).toBe(201);

  const created = await request.post("/api/v1/conversions", { data: { model: name, version: 1, target: "onnx", ...SSD_CUT } });
  expect(created.status(), await created.text()).toBe(202);
  const { id } = (await created.json()) as { id: string };
  let conversion: { state: string; error: string | null; resultModel: { name: string; version: number } | null } | null = null;
  await expect
    .poll(
      async () => {
        conversion = await (await request.get(`/api/v1/conversions/${id}`)).json();
        return conversion!.state;
      },
      { timeout: 150_000, intervals: [1_000] },
    )
    .toMatch(/^(Succeeded|Failed|Cancelled|TimedOut)$/);
  expect(conversion!.state, conversion!.error ?? "").toBe("Succeeded");
  return conversion!.resultModel!.name;
}

// One translated detector for both tests: the translation checks itself against TF.js,
// which takes tens of seconds for the SSD.
let detector: string;
test.beforeAll(async ({ request }) => {
  test.setTimeout(240_000);
  detector = await registerOnnxDetector(request, uniqueName("ssd"));
});

test("a detector's score draws its boxes; classes toggle and the threshold slider filters them", async ({ page }) => {
  test.setTimeout(120_000);

  await page.goto(`/score?model=${detector}&version=1`);
  await expect(page.getByTestId("model-facts")).toContainText("Detector");
  const dropZone = page.getByTestId("image-drop-zone");
  await expect(dropZone).toBeEnabled();
  await dropFile(page, dropZone, DOG_PATH);

  const card = page.getByRole("article", { name: "Result for winml_dog.jpg" });
  const overlay = card.getByTestId("detection-overlay");
  await expect(overlay).toBeVisible({ timeout: 60_000 });
  // No top-5 bars for a detector: boxes over the image instead, labelled with class and score.
  await expect(card.getByRole("list", { name: /^Top \d+ classes$/ })).toHaveCount(0);
  const dogs = overlay.locator('[data-testid="detection-box"][data-label="dog"]');
  await expect(dogs.first()).toBeVisible();
  await expect(dogs.first()).toHaveAccessibleName(/^dog \d{1,3}\.\d% at x \d+, y \d+, \d+×\d+ px$/);
  await expect(overlay.getByRole("img", { name: /with \d+ detections? drawn$/ })).toBeVisible();
  await expect(page.getByTestId("score-announcer")).toContainText(/winml_dog\.jpg: \d+ detections?, best dog/);

  // The same timings as a classifier's card: measured on the CPU, simulated on the FPGA.
  await expect(card.getByTestId("legend-measured-inference")).toContainText(MS);
  await expect(card.getByTestId("simulated-breakdown")).toContainText(/simulated/i);

  // Hiding a class hides its boxes; showing it brings them back.
  const classes = overlay.getByRole("group", { name: "Classes" });
  const dogToggle = classes.getByRole("checkbox", { name: /dog/ });
  await expect(dogToggle).toBeChecked();
  await dogToggle.uncheck();
  await expect(dogs).toHaveCount(0);
  await dogToggle.check();
  await expect(dogs.first()).toBeVisible();

  // The slider starts at 50% and filters on the client: at 99% the dog (0.98) goes; at 20% more boxes may show, never fewer.
  const slider = overlay.getByRole("slider", { name: "Score threshold" });
  await expect(slider).toHaveValue("0.5");
  await expect(overlay.getByTestId("threshold-value")).toHaveText("50.0%");
  const atHalf = await overlay.getByTestId("detection-box").count();
  await slider.fill("0.99");
  await expect(overlay.getByTestId("threshold-value")).toHaveText("99.0%");
  await expect(dogs).toHaveCount(0);
  await slider.fill("0.2");
  await expect(overlay.getByTestId("threshold-value")).toHaveText("20.0%");
  expect(await overlay.getByTestId("detection-box").count()).toBeGreaterThanOrEqual(atHalf);
  await expect(dogs.first()).toBeVisible();
});

// Enable with the one above: the same detector deployed (convert → image → compute →
// service) and scored from the service's Test tab, which draws the boxes the same way.
test("a deployed detector's Test tab draws its boxes over the image", async ({ page }) => {
  test.setTimeout(420_000);
  const service = `svc-ssd-${Math.random().toString(36).slice(2, 8)}`;
  const compute = `fpga-${Math.random().toString(36).slice(2, 8)}`;

  await page.goto(`/models/${detector}/versions/1`);
  await page.getByRole("link", { name: "Deploy" }).first().click();
  await page.getByRole("textbox", { name: /^Service name/ }).fill(service);
  await page.getByRole("combobox", { name: /^Compute/ }).selectOption({ label: "Create new compute…" });
  await page.getByRole("textbox", { name: /^New compute name/ }).fill(compute);
  await page.getByRole("button", { name: "Deploy", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/services/${service}\\?tab=test$`), { timeout: 300_000 });

  await dropFile(page, page.getByTestId("image-drop-zone"), DOG_PATH);
  const card = page.getByRole("article", { name: "Result for winml_dog.jpg" });
  const overlay = card.getByTestId("detection-overlay");
  await expect(overlay).toBeVisible({ timeout: 60_000 });
  await expect(overlay.locator('[data-testid="detection-box"][data-label="dog"]').first()).toBeVisible();
  // Asked at the slider's floor, so the slider reaches down to 20%.
  await overlay.getByRole("slider", { name: "Score threshold" }).fill("0.2");
  await expect(overlay.getByTestId("threshold-value")).toHaveText("20.0%");
  await expect(card).toContainText("arria10-pb6");

  // The Consume tab names the tensors TF Serving and v2 answer a detector with.
  await page.goto(`/services/${service}?tab=consume`);
  const outputs = page.getByTestId("detector-outputs");
  for (const name of ["detection_boxes", "detection_scores", "detection_classes", "num_detections"]) await expect(outputs).toContainText(name);
  await expect(outputs).toContainText("[1, N, 4]");

  await page.request.delete(`/api/v1/services/${service}`);
});
