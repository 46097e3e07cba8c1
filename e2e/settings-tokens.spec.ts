import { expect, test } from "@playwright/test";

test("Settings makes an API token, shows its secret once, revokes it, and the audit log shows both", async ({ page, request }) => {
  const name = `e2e-${Date.now().toString(36)}`;
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Create an API token" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Scope").selectOption("write");
  await form.getByRole("button", { name: "Create token" }).click();

  const secret = (await page.getByTestId("token-secret").textContent())!;
  expect(secret).toMatch(/^accel_[\w-]{43}$/);
  const row = page.getByRole("table", { name: "API tokens" }).getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("write");
  await expect(row).toContainText("active");
  await expect(row).toContainText(secret.slice(0, 10));
  // The list never carries the secret itself.
  const listed = await (await request.get("/api/v1/tokens")).text();
  expect(listed).not.toContain(secret);

  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(row).toContainText("revoked");
  const audit = page.getByRole("table", { name: "Audit log" });
  await page.reload();
  await expect(audit.getByText("POST /api/v1/tokens").first()).toBeVisible();
  await expect(audit.getByText(/DELETE \/api\/v1\/tokens\//).first()).toBeVisible();
});
