import { expect, test } from "@playwright/test";

const SECTIONS = ["Models", "Conversions", "Images", "Compute", "Services", "Score", "Settings"];

test("the navigation lists every section and marks the one shown", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/models$/);
  await expect(page.getByRole("link", { name: "Accel Studio" })).toBeVisible();

  const nav = page.getByRole("navigation", { name: "Studio" });
  for (const label of SECTIONS) await expect(nav.getByRole("link", { name: label })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Models" })).toHaveAttribute("aria-current", "page");

  await nav.getByRole("link", { name: "Conversions" }).click();
  await expect(page).toHaveURL(/\/conversions$/);
  await expect(nav.getByRole("link", { name: "Conversions" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Models" })).not.toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { name: "Conversions", level: 1 })).toBeVisible();

  // The health lights poll /api/v1/health; the launcher started a database and a worker.
  await expect(page.getByTestId("health-indicator")).toContainText("DB up");
  await expect(page.getByTestId("health-indicator")).toContainText("Worker up");

  await nav.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Database" })).toBeVisible();
  await expect(page.getByText("PostgreSQL version")).toBeVisible();
});

test("a model that does not exist shows a 404 page", async ({ page }) => {
  const response = await page.goto("/models/no-such-model-anywhere");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Model not found" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Studio" })).toBeVisible();
});
