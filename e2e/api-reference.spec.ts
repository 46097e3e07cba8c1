import { expect, test } from "@playwright/test";

test("Docs → API reference draws the OpenAPI document the API serves", async ({ page, request }) => {
  const document = await (await request.get("/api/v1/openapi.json")).json();
  expect(document.openapi).toBe("3.1.0");
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { name: "API reference", level: 1 })).toBeVisible();
  const reference = page.getByTestId("api-reference");
  await expect(reference.getByRole("heading", { name: /Accel Studio API/ })).toBeVisible({ timeout: 30_000 });
  await expect(reference.getByText("/api/v1/conversions/{id}/cancel")).toBeVisible();
  await expect(reference.getByText("/api/v1/tokens").first()).toBeVisible();
});
