import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { chooseCommittee, signIn } from "./fixtures";

// The calendar on the form and on the overdue list, with calendars an administrator sets for one cell: its 2028 season
// opening 1 December 2028 (the clerk's form says when entry opens and until when, and offers no save), and its 2027
// season already past its deadline (the form says since when; the agencies' approver finds the cell on the overdue
// list and downloads it as XLSX). The Organization Board's cell enters no figures in any other browser test, and the
// calendars are removed at the end of each test: they run once (desktop).
const UNIT = "Chi bộ Ban Tổ chức Tỉnh ủy";
const YEAR = 2028;

async function setCellCalendar(page: Page, year: number, dates: [string, string, string]) {
  await page.goto(`/admin/calendar?year=${year}`);
  await chooseCommittee(page, "Đảng bộ, chi bộ", UNIT, "ban to chuc", { enter: true });
  await page.getByLabel("Ngày mở").fill(dates[0]);
  await page.getByLabel("Hạn nhập").fill(dates[1]);
  await page.getByLabel("Hạn duyệt").fill(dates[2]);
  await page.getByRole("button", { name: "Lưu lịch" }).click();
  return page.getByRole("row", { name: new RegExp(UNIT) });
}

test("the form says when the season opens and until when entry runs, and stays closed before it opens", async ({ page, browser }, info) => {
  test.skip(info.project.name !== "desktop", "sets a calendar on one shared cell-year: run once");
  await signIn(page, "admin");
  const row = await setCellCalendar(page, YEAR, [`${YEAR}-12-01`, `${YEAR + 1}-01-15`, `${YEAR + 1}-01-31`]);
  await expect(row).toContainText("01/12/2028");

  const clerk = await (await browser.newContext()).newPage();
  await signIn(clerk, "canbo.cqd02");
  await clerk.goto(`/figures?year=${YEAR}`);
  await expect(clerk.getByRole("heading", { level: 1 })).toHaveText(`Nhập số liệu năm ${YEAR}`);
  await expect(clerk.getByRole("status").filter({ hasText: "Chưa đến thời gian" }))
    .toHaveText(`Chưa đến thời gian nhập số liệu năm ${YEAR}: lịch báo cáo mở từ ngày 01/12/${YEAR}. Khi đó mới lưu và nộp được.`);
  await expect(clerk.getByText(`Hạn nhập và nộp số liệu: hết ngày 15/01/${YEAR + 1}.`)).toBeVisible();
  await expect(clerk.getByRole("button", { name: "Lưu nháp" })).toHaveCount(0);
  await expect(clerk.getByRole("button", { name: "Gửi duyệt" })).toHaveCount(0);
  for (const width of [1280, 390]) {
    await clerk.setViewportSize({ width, height: 900 });
    await clerk.screenshot({ path: info.outputPath(`form-not-open-${width}.png`), fullPage: true });
  }

  await row.getByRole("button", { name: "Xóa" }).click();
  await expect(page.getByRole("row", { name: new RegExp(UNIT) })).toHaveCount(0);
});

test("past its deadline the form says since when, and the agencies' approver finds the cell on the overdue list and in its XLSX", async ({ page, browser }, info) => {
  test.skip(info.project.name !== "desktop", "sets a calendar on one shared cell-year: run once");
  const year = 2027;
  await signIn(page, "admin");
  // A season already closed: entry until 30 November 2026, approval until 5 December 2026.
  const row = await setCellCalendar(page, year, ["2026-11-01", "2026-11-30", "2026-12-05"]);
  await expect(row).toContainText("30/11/2026");

  const clerk = await (await browser.newContext()).newPage();
  await signIn(clerk, "canbo.cqd02");
  await clerk.goto(`/figures?year=${year}`);
  await expect(clerk.getByRole("alert").filter({ hasText: "Đã hết hạn" })).toContainText("Đã hết hạn nhập số liệu (hạn cuối 30/11/2026)");
  await expect(clerk.getByRole("button", { name: "Lưu nháp" })).toHaveCount(0);

  const leader = await (await browser.newContext()).newPage();
  await signIn(leader, "lanhdao.cqd");
  await leader.goto(`/figures/overdue?year=${year}&sort=unit`);
  await expect(leader.getByRole("heading", { level: 1 })).toHaveText(`Đơn vị quá hạn năm ${year}: Đảng bộ các cơ quan Đảng tỉnh`);
  const late = leader.getByRole("row", { name: new RegExp(UNIT) });
  await expect(late).toContainText("Chưa nhập");
  await expect(late).toContainText("30/11/2026");
  await expect(late).toContainText(/\d+ ngày/);
  await leader.screenshot({ path: info.outputPath("overdue-agencies-1280.png"), fullPage: true });
  const href = await leader.getByRole("link", { name: "Tải danh sách (XLSX)" }).getAttribute("href");
  const file = await leader.request.get(href!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await file.body()) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet(`Quá hạn ${year}`)!;
  const rows: unknown[][] = [];
  sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  expect(rows[0]).toEqual(["Mã", "Đơn vị", "Trạng thái", "Hạn đã qua", "Số ngày trễ"]);
  expect(rows.find((r) => r[1] === UNIT)).toEqual([expect.any(String), UNIT, "Chưa nhập", "30/11/2026", expect.any(Number)]);

  await row.getByRole("button", { name: "Xóa" }).click();
  await expect(page.getByRole("row", { name: new RegExp(UNIT) })).toHaveCount(0);
});
