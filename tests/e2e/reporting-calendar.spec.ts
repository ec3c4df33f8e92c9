import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

// The demo has no calendar before 2026 (those seasons are over): the administrator sets one, which closes that year's
// entry for every unit that has not submitted; the overdue list and its CSV follow. Each project (they share one
// database) takes a year of the 2020–2025 term that no other browser test writes, since the calendar closes it.
test("an administrator sets a year's calendar; the overdue list and the closed form follow from it", async ({ page }, info) => {
  const year = info.project.name.startsWith("tablet") ? 2021 : 2020;
  await signIn(page, "admin");
  await page.goto(`/admin/calendar?year=${year}`);
  await expect(page.getByRole("heading", { name: `Lịch báo cáo năm ${year}` })).toBeVisible();
  await expect(page.getByText("Chưa có lịch cho năm này.")).toBeVisible();
  await page.getByLabel("Ngày mở").fill(`${year}-12-01`);
  await page.getByLabel("Hạn nhập").fill(`${year + 1}-01-15`);
  await page.getByLabel("Hạn duyệt").fill(`${year + 1}-01-31`);
  await page.getByRole("button", { name: "Lưu lịch" }).click();
  await expect(page.getByRole("cell", { name: `15/01/${year + 1}` })).toBeVisible();
  for (const width of [1280, 820]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: info.outputPath(`calendar-${width}.png`), fullPage: true });
  }

  await page.goto(`/figures/overdue?year=${year}&sort=unit`);
  await expect(page.getByRole("heading", { name: new RegExp(`Đơn vị quá hạn năm ${year}`) })).toBeVisible();
  await expect(page.getByText(/\d+ đơn vị quá hạn/)).toBeVisible();
  for (const width of [1280, 820]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: info.outputPath(`overdue-${width}.png`), fullPage: true });
  }
  const download = await page.request.get(`/api/figures/overdue?year=${year}`);
  expect(download.status()).toBe(200);
  expect(await download.text()).toContain("Số ngày trễ");

});
