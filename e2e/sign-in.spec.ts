import { expect, test } from "@playwright/test";
import { E2E_ADMIN_TOKEN, TOKEN_STUDIO_URL } from "./token-studio";

// The studio with AUTH_MODE=token: pages ask to sign in, the API answers 401 without a
// token, a session makes changes (the pages send the CSRF token), a read token cannot,
// and signing out ends it.
test.use({ baseURL: TOKEN_STUDIO_URL });

test("sign in with a token, act within its scope, sign out", async ({ page, request }) => {
  const api = await request.get("/api/v1/models");
  expect(api.status()).toBe(401);
  expect(api.headers()["content-type"]).toMatch(/^application\/problem\+json/);

  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings$/);
  await expect(page.getByRole("heading", { name: "Sign in to Accel Studio" })).toBeVisible();
  await page.getByLabel("API token").fill(`accel_${"Q".repeat(43)}`);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Not signed in" })).toContainText(/not one of this studio's/);

  await page.getByLabel("API token").fill(E2E_ADMIN_TOKEN);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByTestId("signed-in-as")).toContainText("admin (ACCEL_ADMIN_TOKEN)");

  // A change through the page: its requests carry the session and the CSRF token.
  const name = `viewer-${Date.now().toString(36)}`;
  const form = page.getByRole("form", { name: "Create an API token" });
  await form.getByLabel("Name").fill(name);
  await form.getByRole("button", { name: "Create token" }).click();
  const readToken = (await page.getByTestId("token-secret").textContent())!;
  expect(readToken).toMatch(/^accel_/);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/models");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fmodels$/);

  await page.getByLabel("API token").fill(readToken);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/models$/);
  await expect(page.getByTestId("signed-in-as")).toContainText(`${name} (read)`);
  await page.goto("/settings");
  await expect(page.getByRole("alert").filter({ hasText: "could not be listed" })).toContainText(/needs admin/);
});
