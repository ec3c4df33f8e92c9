import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

// The demo has no calendar for 2025 (its season is over): the administrator sets one, which closes 2025's entry
// for every unit that has not submitted; the overdue list and its CSV follow.
test("an administrator sets a year's calendar; the overdue list and the closed form follow from it", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/calendar?year=2025");
  await expect(page.getByRole("heading", { name: "Lịch báo cáo năm 2025" })).toBeVisible();
  await expect(page.getByText("Chưa có lịch cho năm này.")).toBeVisible();
  await page.getByLabel("Ngày mở").fill("2025-12-01");
  await page.getByLabel("Hạn nhập").fill("2026-01-15");
  await page.getByLabel("Hạn duyệt").fill("2026-01-31");
  await page.getByRole("button", { name: "Lưu lịch" }).click();
  await expect(page.getByRole("cell", { name: "15/01/2026" })).toBeVisible();
  for (const width of [1280, 820]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `/work/notes/shots-32/calendar-${width}.png`, fullPage: true });
  }

  await page.goto("/figures/overdue?year=2025&sort=unit");
  await expect(page.getByRole("heading", { name: /Đơn vị quá hạn năm 2025/ })).toBeVisible();
  await expect(page.getByText(/\d+ đơn vị quá hạn/)).toBeVisible();
  for (const width of [1280, 820]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `/work/notes/shots-32/overdue-${width}.png`, fullPage: true });
  }
  const download = await page.request.get("/api/figures/overdue?year=2025");
  expect(download.status()).toBe(200);
  expect(await download.text()).toContain("Số ngày trễ");

});
