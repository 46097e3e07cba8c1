import { expect, test } from "@playwright/test";
import { E2E_ADMIN_TOKEN, TOKEN_STUDIO_URL, TOKEN_WEB2_URL } from "./token-studio";

// Web keeps nothing in its own memory that another web process needs: a session begun on
// one web process is valid on a second one of the same studio (same database and secret),
// changes made there pass the CSRF check, and the health page lists both processes.
test("a session started on one web process is valid on another", async ({ page }) => {
  await page.goto(`${TOKEN_STUDIO_URL}/sign-in?next=%2Fsettings`);
  await page.getByLabel("API token").fill(E2E_ADMIN_TOKEN);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${TOKEN_STUDIO_URL}/settings`);

  // Cookies belong to the host, not the port: the browser sends the same session to the second process.
  await page.goto(`${TOKEN_WEB2_URL}/settings`);
  await expect(page).toHaveURL(`${TOKEN_WEB2_URL}/settings`);
  await expect(page.getByTestId("signed-in-as")).toContainText("admin (ACCEL_ADMIN_TOKEN)");
  const name = `second-web-${Date.now().toString(36)}`;
  const form = page.getByRole("form", { name: "Create an API token" });
  await form.getByLabel("Name").fill(name);
  await form.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByTestId("token-secret")).toHaveText(/^accel_/);

  // Both web processes registered, whichever one answers.
  const health = await page.request.get(`${TOKEN_STUDIO_URL}/api/v1/health`);
  const web = (await health.json()).checks.web;
  expect(web.live).toBeGreaterThanOrEqual(2);
  expect(web.processes.map((p: { url: string }) => p.url)).toEqual(expect.arrayContaining([expect.stringMatching(/:3101$/), expect.stringMatching(/:3102$/)]));
  await page.goto(`${TOKEN_WEB2_URL}/settings`);
  await expect(page.getByRole("table", { name: "Web processes" })).toContainText(":3102");
});
