import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { dropFile, SHARED_DATA, SQUEEZENET_PATH, uniqueName } from "./helpers";

const DOG_PATH = path.join(SHARED_DATA, "images", "winml_dog.jpg");
const HUMMINGBIRD_PATH = path.join(SHARED_DATA, "images", "winml_hummingbird.jpg");
const MS = /\d+(\.\d+)? ms/;

/** Registers the Caffe2 SqueezeNet under a fresh name; its digest gives it the right preprocessing. */
async function uploadSqueezeNet(page: Page, name: string) {
  const response = await page.request.post("/api/v1/models", {
    multipart: {
      name,
      file: { name: "squeezenet1.1-caffe2.onnx", mimeType: "application/octet-stream", buffer: await readFile(SQUEEZENET_PATH) },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
}

test("scoring dropped images shows top-5, measured and simulated latency, per-card errors and the history", async ({ page }, testInfo) => {
  const name = uniqueName("score-squeeze");
  await uploadSqueezeNet(page, name);

  await page.goto("/models");
  const nav = page.getByRole("navigation", { name: "Studio" });
  await nav.getByRole("link", { name: "Score" }).click();
  await expect(page).toHaveURL(/\/score$/);
  await expect(page.getByRole("heading", { level: 1, name: "Score" })).toBeVisible();
  await expect(page.getByRole("link", { name: "How the FPGA is simulated" }).first()).toHaveAttribute("href", "/docs/fpga");

  await page.getByLabel("Model", { exact: true }).selectOption(name);
  await expect(page.getByLabel("Version", { exact: true })).toHaveValue("1");
  const dropZone = page.getByTestId("image-drop-zone");
  await expect(dropZone).toBeEnabled();

  await dropFile(page, dropZone, DOG_PATH);
  const dog = page.getByRole("article", { name: "Result for winml_dog.jpg" });
  await expect(dog).toBeVisible();
  await expect(dog.getByRole("img", { name: "Preview of winml_dog.jpg" })).toBeVisible();
  await expect(dog.getByTestId("top1")).toHaveText(/^golden retriever\s+\d{1,3}\.\d%$/i, { timeout: 30_000 });
  await expect(dog.getByRole("list", { name: "Top 5 classes" }).getByRole("listitem")).toHaveCount(5);
  await expect(dog.getByRole("link", { name: `${name}:1` })).toBeVisible();
  await expect(dog).not.toContainText("Assumed:"); // the catalog recognised the file's preprocessing

  // The measured breakdown, step by step.
  for (const step of ["decode", "preprocess", "inference", "postprocess", "other"]) {
    await expect(dog.getByTestId(`legend-measured-${step}`)).toContainText(MS);
  }
  await expect(dog.getByTestId("legend-measured-inference")).toContainText("Inference");
  await expect(dog.getByRole("img", { name: /^Measured server time/ })).toBeVisible();

  // Simulated, for both profiles, labelled as such.
  const simulated = dog.getByTestId("simulated-breakdown");
  await expect(simulated).toContainText(/simulated/i);
  await expect(simulated).toContainText("not measured");
  for (const profile of ["arria10-pb6", "stratix10-brainwave"]) {
    const row = dog.getByTestId(`simulated-${profile}`);
    await expect(row).toContainText(profile);
    await expect(row).toContainText(MS);
    await expect(row.getByRole("img", { name: new RegExp(`^Simulated on ${profile}: \\d`) })).toBeVisible();
  }
  await expect(page.getByTestId("score-announcer")).toContainText(/winml_dog\.jpg: golden retriever/i);

  // A text file that claims to be a JPEG fails on its own card; the dog stays.
  const fake = testInfo.outputPath("not-an-image.jpg");
  await writeFile(fake, "This is a plain text file, not a JPEG.\n");
  await dropFile(page, dropZone, fake);
  const broken = page.getByRole("article", { name: "Result for not-an-image.jpg" });
  await expect(broken.getByTestId("score-error")).toContainText("Not a decodable image");
  await expect(broken.getByTestId("score-error")).toContainText(/not an image the scorer can decode|could not be decoded/);
  await expect(dog.getByTestId("top1")).toHaveText(/golden retriever/i);

  // The drop zone is a keyboard-reachable button that opens a multi-file picker.
  await expect(dropZone).toBeEnabled();
  await page.bringToFront();
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), dropZone.press("Enter")]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(HUMMINGBIRD_PATH);
  const bird = page.getByRole("article", { name: "Result for winml_hummingbird.jpg" });
  await expect(bird.getByTestId("top1")).toHaveText(/^hummingbird\s+\d{1,3}\.\d%$/i, { timeout: 30_000 });

  // An image pasted anywhere on the page gets a card of its own (browsers call it image.png).
  const kitten = (await readFile(path.join(SHARED_DATA, "images", "winml_kitten_224.png"))).toString("base64");
  await page.evaluate((base64) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], "image.png", { type: "image/png" }));
    document.body.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true }));
  }, kitten);
  const pasted = page.getByRole("article", { name: /^Result for pasted-.*\.png$/ });
  await expect(pasted.getByTestId("top1")).toHaveText(/\d\.\d%$/, { timeout: 30_000 });

  // The history lists every score of the session, the dog included, and charts them.
  const history = page.getByRole("table", { name: "Score history" });
  const dogRow = history.getByRole("row").filter({ hasText: "winml_dog.jpg" });
  await expect(dogRow).toContainText(/golden retriever/i);
  await expect(dogRow).toContainText(`${name}:1`);
  await expect(dogRow.getByRole("cell").filter({ hasText: MS })).toHaveCount(3); // measured + two profiles
  await expect(history.getByRole("row").filter({ hasText: "not-an-image.jpg" })).toContainText("Not a decodable image");
  await expect(page.getByTestId("latency-chart").locator("rect")).toHaveCount(3); // the failure has no bar

  // Removing a card takes it off the page but not out of the history.
  await broken.getByRole("button", { name: "Remove not-an-image.jpg" }).click();
  await expect(broken).toHaveCount(0);
  await expect(history.getByRole("row").filter({ hasText: "not-an-image.jpg" })).toHaveCount(1);
});

test("the FPGA simulator docs render the document and the live device profiles", async ({ page }) => {
  await page.goto("/score");
  await page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "FPGA simulator" }).click();
  await expect(page).toHaveURL(/\/docs\/fpga$/);
  await expect(page.getByRole("heading", { level: 1, name: "The simulated FPGA" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Formulas" })).toBeVisible();

  const table = page.getByRole("table", { name: "Device profile parameters" });
  await expect(table.getByRole("columnheader", { name: "arria10-pb6" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "stratix10-brainwave" })).toBeVisible();
  const macs = table.getByTestId("profile-parameter-macUnits");
  await expect(macs).toContainText("Multiply-accumulate units");
  await expect(macs).toContainText("96,000");
  await expect(macs).toContainText("24,576");
  await expect(macs).toContainText("MACs");
  await expect(table.getByTestId("profile-parameter-clockMhz")).toContainText("MHz");
  await expect(table).toContainText("assumption");
  await expect(table).toContainText("cited");
  expect(await table.locator("tbody tr").count()).toBeGreaterThanOrEqual(17);
});
