import { expect, test } from "@playwright/test";
import { AZURE_E2E } from "./azure-e2e";

// The done-when in the browser: a workspace served by the local stand-ins holds
// SqueezeNet; the studio links it (after saying what is wrong with a bad link), imports
// the version, converts it to ms-fp9 and publishes the result back, and the workspace then
// holds the new version with the conversion's figures (read from the stand-in).

type StandInModels = { models: Record<string, { version: string; properties: { modelUri: string; tags: Record<string, string>; properties: Record<string, string> } }[]> };

test("linking a workspace, importing SqueezeNet, converting it to ms-fp9 and publishing it back", async ({ page, request }) => {
  test.setTimeout(240_000);
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Link an Azure ML workspace" });
  await form.getByLabel("Subscription ID").fill(AZURE_E2E.subscriptionId);
  await form.getByLabel("Resource group").fill(AZURE_E2E.resourceGroup);
  await form.getByLabel("Workspace name").fill("no-such-ws");
  await form.getByLabel("Tenant ID").fill(AZURE_E2E.tenantId);
  await form.getByLabel("Authority host").fill(`https://127.0.0.1:${AZURE_E2E.standInPort}`);
  await form.getByRole("button", { name: "Link workspace" }).click();
  await expect(form.getByRole("alert")).toContainText(/no such workspace[\s\S]*no-such-ws/i);

  await form.getByLabel("Workspace name").fill(AZURE_E2E.workspace);
  await form.getByRole("button", { name: "Link workspace" }).click();
  const linked = page.getByTestId(`azure-workspace-${AZURE_E2E.workspace}`);
  await expect(linked).toContainText("westus2");
  await linked.getByRole("link", { name: AZURE_E2E.workspace }).click();
  await expect(page).toHaveURL(/\/azure\/[0-9a-f-]{36}$/);

  // Browse and import.
  await page.getByTestId("azure-model-squeezenet").getByRole("button", { name: "squeezenet", exact: true }).click();
  const version = page.getByTestId("azure-version-squeezenet-1");
  await expect(version).toContainText("custom_model");
  await version.getByRole("button", { name: "Import", exact: true }).click();
  const transfers = page.getByRole("table", { name: "Transfers" });
  const imported = transfers.locator('tr[data-kind="import"]').first();
  await expect(imported.getByTestId("state-badge")).toHaveText("Succeeded", { timeout: 60_000 });

  await page.goto("/models/squeezenet/versions/1");
  const provenance = page.getByRole("region", { name: "Imported from Azure ML" });
  await expect(provenance).toContainText(AZURE_E2E.workspace);
  await expect(provenance.getByRole("link", { name: /Azure ML studio/i }).first()).toHaveAttribute("href", /^https:\/\/ml\.azure\.com\/model\/squeezenet:1\/details\?wsid=/);

  // Convert to ms-fp9 (the form's default precision).
  await page.goto("/conversions?model=squeezenet&version=1");
  await expect(page.getByLabel("Precision")).toHaveValue("ms-fp9");
  // The form is ready once it has read the model: its tensors are filled in from the graph.
  await expect(page.getByRole("checkbox", { name: "data_0" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "softmaxout_1" })).toBeChecked();
  await page.getByRole("button", { name: "Convert", exact: true }).click();
  await expect(page).toHaveURL(/\/conversions\/[0-9a-f-]{36}/);
  await expect(page.getByTestId("state-badge").first()).toHaveText("Succeeded", { timeout: 120_000 });

  // Publish the converted model from its page.
  await page.goto("/models/squeezenet-accel/versions/1");
  const publish = page.getByRole("form", { name: "Publish to Azure ML" });
  await publish.getByRole("button", { name: "Publish", exact: true }).click();
  const publication = page.getByRole("table", { name: "Publications" }).locator('tr[data-kind="publish"]').first();
  await expect(publication.getByTestId("state-badge")).toHaveText("Succeeded", { timeout: 60_000 });
  await expect(publication.getByRole("link", { name: /squeezenet-accel:1|Azure ML studio/i }).first()).toHaveAttribute("href", /ml\.azure\.com\/model\/squeezenet-accel:1\/details/);

  // The workspace holds the new version, with the conversion's figures.
  const held = (await (await request.get(`http://127.0.0.1:${AZURE_E2E.inspectPort}/`)).json()) as StandInModels;
  const [published] = held.models["squeezenet-accel"];
  expect(published.version).toBe("1");
  expect(published.properties.modelUri).toMatch(/datastores\/workspaceblobstore\/paths\/LocalUpload\/[0-9a-f]{64}\/squeezenet-accel\.onnx$/);
  expect(published.properties.properties).toMatchObject({ "accel.precision": "ms-fp9", "accel.deviceProfile": "arria10-pb6", "accel.top1Agreement": expect.stringMatching(/^[01](\.\d+)?$/), "accel.simulatedLatencyMs": expect.stringMatching(/^\d+\.\d{3}$/) });
});
