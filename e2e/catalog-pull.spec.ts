import { expect, test } from "@playwright/test";

test("pulling MobileNetV2-int8 from the catalog shows progress, then its model page", async ({ page }) => {
  await page.goto("/models/catalog");
  const cell = page.getByTestId("pull-mobilenetv2-int8");

  // A copy from the local mirror can finish between two polls, so record whether a
  // progress bar ever appeared rather than hoping to catch it on screen.
  await cell.evaluate((element) => {
    const record = window as unknown as { sawProgress?: boolean };
    record.sawProgress = false;
    new MutationObserver(() => {
      if (element.querySelector('[role="progressbar"]')) record.sawProgress = true;
    }).observe(element, { childList: true, subtree: true });
  });

  await cell.getByRole("button", { name: "Pull mobilenetv2-int8" }).click();
  const modelLink = cell.getByRole("link", { name: /^mobilenetv2-int8:\d+$/ });
  await expect(modelLink).toBeVisible({ timeout: 45_000 });
  await expect(cell.getByText("Succeeded")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sawProgress?: boolean }).sawProgress)).toBe(true);

  await modelLink.click();
  await page.waitForURL(/\/models\/mobilenetv2-int8\/versions\/\d+$/);
  await expect(page.getByRole("table", { name: "Inputs" }).getByRole("cell", { name: "input", exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: "Outputs" }).getByRole("cell", { name: "output", exact: true })).toBeVisible();
});
