import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { SHARED_DATA, uniqueName } from "./helpers";

// TensorFlow.js graph models as their folders (../shared/data/tf/README.md).
const EMOTION_DIR = path.join(SHARED_DATA, "tf", "emotion");
const COCO_SSD_DIR = path.join(SHARED_DATA, "tf", "coco-ssd-mobilenet-v2");
const SSD_CUT_INPUT = "Preprocessor/map/TensorArrayStack/TensorArrayGatherV3";

/** Uploads a model folder through the upload page's "Choose folder" input, as a user picking it would. */
async function uploadFolder(page: Page, dir: string, name: string, task?: "Classification" | "Detection") {
  await page.goto("/models/upload");
  await page.getByTestId("model-folder-input").setInputFiles(dir);
  await expect(page.getByTestId("chosen-file")).toHaveText(`${path.basename(dir)}.zip`);
  await page.getByLabel("Name").fill(name);
  if (task) await page.getByLabel("Task").selectOption({ label: task });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await page.waitForURL(`**/models/${name}/versions/1`);
}

test("a TF.js model folder chosen on the upload page is packed, registered and summarised, with Convert to ONNX prefilled", async ({ page }) => {
  const name = uniqueName("tf-emotion");

  await page.goto("/models/upload");
  await page.getByTestId("model-folder-input").setInputFiles(EMOTION_DIR);
  // Packed in the browser into one .zip; the name comes from the folder.
  await expect(page.getByTestId("chosen-file")).toHaveText("emotion.zip");
  await expect(page.getByTestId("chosen-file-note")).toContainText("packed from the folder emotion (2 files)");
  await expect(page.getByLabel("Name")).toHaveValue("emotion");
  await expect(page.getByLabel("Task")).toHaveValue("");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Upload", exact: true }).click();

  await page.waitForURL(`**/models/${name}/versions/1`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^tensorflow$/ })).toBeVisible(); // Framework

  // The graph summary: its form, inputs and outputs with shapes and types, operators, parameters, MACs.
  const facts = page.getByRole("definition").filter({ hasText: "TensorFlow.js graph model" });
  await expect(facts).toBeVisible();
  await expect(page.getByRole("table", { name: "Inputs" }).getByRole("row", { name: /input_1/ })).toContainText("?×64×64×1");
  await expect(page.getByRole("table", { name: "Inputs" }).getByRole("row", { name: /input_1/ })).toContainText("float32");
  await expect(page.getByRole("table", { name: "Outputs" }).getByRole("row", { name: /Identity/ })).toContainText("1×7");
  const histogram = page.getByTestId("op-histogram");
  await expect(histogram).toContainText("_FusedConv2D");
  await expect(histogram).toContainText("9 nodes");
  await expect(histogram).toContainText("DepthwiseConv2dNative");
  await expect(histogram.locator("[data-unsupported]")).toHaveCount(0);
  await expect(page.getByLabel("Graph facts")).toContainText("205.1 K"); // parameters
  await expect(page.getByTestId("model-macs")).toHaveText("65.8 M");

  // A TensorFlow model converts to ONNX first: no FPGA conversion, deploy or scoring from here.
  await expect(page.getByRole("link", { name: "Convert", exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Deploy" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Score images" })).toHaveCount(0);
  await page.getByRole("link", { name: "Convert to ONNX" }).click();
  await expect(page).toHaveURL(/#convert-onnx$/);

  // The form, prefilled from the summary: a graph without control flow converts whole.
  const form = page.getByRole("form", { name: "Convert to ONNX" });
  await expect(form).toBeVisible();
  const inputs = form.getByRole("group", { name: "Input tensors" });
  const outputs = form.getByRole("group", { name: "Output tensors" });
  await expect(inputs.getByRole("checkbox", { name: "input_1" })).toBeChecked();
  await expect(outputs.getByRole("checkbox", { name: "Identity" })).toBeChecked();
  await expect(form.getByLabel("Shape of input_1")).toHaveValue("");
  await expect(form.getByText("Declared: ?×64×64×1")).toBeVisible();
  await expect(form.getByLabel("Result model name")).toHaveAttribute("placeholder", `${name}-onnx`);
  await expect(page.getByTestId("convert-unsupported-ops")).toHaveCount(0);

  // Without an input tensor the form says what is missing and sends nothing.
  await inputs.getByRole("checkbox", { name: "input_1" }).uncheck();
  await form.getByRole("button", { name: "Convert to ONNX" }).click();
  await expect(form.getByText("Name at least one input tensor")).toBeVisible();
  await expect(page.getByTestId("onnx-conversion")).toHaveCount(0);
  await inputs.getByRole("checkbox", { name: "input_1" }).check();
  await expect(form.getByRole("button", { name: "Convert to ONNX" })).toBeEnabled();
});

test("the COCO SSD uploads as a detector; its while loop and unsupported ops are flagged, and its published cut is suggested", async ({ page }) => {
  test.setTimeout(120_000);
  const name = uniqueName("tf-ssd");
  await uploadFolder(page, COCO_SSD_DIR, name, "Detection");
  await expect(page.getByRole("definition").filter({ hasText: /^Detection$/ })).toBeVisible(); // Task
  await expect(page.getByTestId("unsupported-ops")).toContainText("TensorArrayGatherV3");
  await expect(page.getByTestId("unsupported-ops")).toContainText("The graph holds a TF1 while loop.");
  const histogram = page.getByTestId("op-histogram");
  await expect(histogram.locator("[data-unsupported]").filter({ hasText: "LoopCond" })).toContainText("unsupported");
  await expect(page.getByRole("table", { name: "Inputs" })).toContainText("image_tensor");

  const form = page.getByRole("form", { name: "Convert to ONNX" });
  await expect(page.getByTestId("convert-unsupported-ops")).toContainText("Enter, Exit");
  await expect(page.getByText("Suggested cut", { exact: true })).toBeVisible();
  const inputs = form.getByRole("group", { name: "Input tensors" });
  await expect(inputs.getByRole("checkbox", { name: SSD_CUT_INPUT })).toBeChecked();
  await expect(inputs.getByRole("checkbox", { name: "image_tensor" })).not.toBeChecked();
  const outputs = form.getByRole("group", { name: "Output tensors" });
  await expect(outputs.getByRole("checkbox", { name: "Postprocessor/Slice" })).toBeChecked();
  await expect(outputs.getByRole("checkbox", { name: "Postprocessor/ExpandDims_1" })).toBeChecked();
  await expect(form.getByLabel(`Shape of ${SSD_CUT_INPUT}`)).toHaveValue("1,300,300,3");

  // A shape that is not a list of whole numbers is refused in place.
  await form.getByLabel(`Shape of ${SSD_CUT_INPUT}`).fill("1,300,abc");
  await expect(form.getByText("Whole numbers separated by commas")).toBeVisible();
});

// The real conversion, followed through its progress to the model it registers.
test("Convert to ONNX runs the conversion, shows its progress and links the ONNX model it registers", async ({ page }) => {
  test.setTimeout(180_000);
  const name = uniqueName("tf-emotion-convert");
  const resultName = `${name}-as-onnx`;
  await uploadFolder(page, EMOTION_DIR, name);

  const form = page.getByRole("form", { name: "Convert to ONNX" });
  await form.getByLabel("Result model name").fill(resultName);
  await form.getByRole("button", { name: "Convert to ONNX" }).click();

  const status = page.getByTestId("onnx-conversion");
  await expect(status).toBeVisible();
  await expect(status.getByRole("progressbar", { name: "Conversion progress" })).toBeVisible();
  await expect(status.getByTestId("state-badge")).toHaveAttribute("data-state", "Succeeded", { timeout: 150_000 });
  await expect(status.getByTestId("onnx-result-link")).toHaveText(`${resultName}:1`);

  // The progress survives a reload: the panel finds this version's latest translation.
  await page.reload();
  await expect(page.getByTestId("onnx-conversion").getByTestId("state-badge")).toHaveAttribute("data-state", "Succeeded");

  await page.getByTestId("onnx-result-link").click();
  await page.waitForURL(`**/models/${resultName}/versions/1`);
  await expect(page.getByRole("definition").filter({ hasText: /^onnx$/ })).toBeVisible(); // Framework
  await expect(page.getByRole("link", { name: `${name}:1` })).toBeVisible(); // "Converted from"
  await expect(page.getByRole("link", { name: "Convert", exact: true })).toBeVisible();
});
