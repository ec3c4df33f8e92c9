import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

// Both projects run against the same database: each imports into its own cell, in 2030 (empty in the seed
// and used by no other spec).
const UNIT = {
  desktop: { code: "AP-CQD-01-1", name: "Chi bộ Phòng Tổng hợp" },
  tablet: { code: "AP-CQD-01-2", name: "Chi bộ Phòng Hành chính - Lưu trữ" },
} as const;
const SHOTS = "/tmp/issue6-shots";

const csv = (code: string, assessed: string) => Buffer.from(
  `\ufeffcommittee_code;element_code;year;value;note\r\n${code};MEMBERS_TOTAL;2030;45;\r\n${code};MEMBERS_ASSESSED;2030;${assessed};\r\n${code};RECORDS_TOTAL;2030;1.250;Đã rà soát\r\n`,
  "utf8",
);

test.describe("importing and exporting figures from a file", () => {
  test("staff download the template, see each bad row of an upload, then import a valid file", async ({ page }, info) => {
    test.setTimeout(120_000);
    const unit = UNIT[info.project.name as keyof typeof UNIT];
    await signIn(page, "canbo.vpty");
    await page.goto("/figures");
    await page.getByRole("link", { name: "Nhập, xuất từ tệp Excel/CSV" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhập, xuất số liệu từ tệp");

    // The template of one cell for 2030, as CSV: BOM, `;`, codes and names, one row per data element.
    await page.getByLabel("Tổ chức đảng (gồm cả tổ chức trực thuộc)").selectOption({ label: `\u2003${unit.name}` });
    await page.getByLabel("Từ năm").selectOption("2030");
    await page.getByLabel("Đến năm").selectOption("2030");
    await page.getByLabel("Định dạng").selectOption("csv");
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Tải xuống" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`so-lieu-${unit.code}-2030-2030.csv`);
    const template = readFileSync((await download.path())!, "utf8");
    expect(template.startsWith("\ufeffcommittee_code;committee_name;element_code;element_name;unit;year;value;note;version\r\n")).toBe(true);
    // Each row records the version it was exported at (v0: nothing stored yet), so a stale upload cannot undo newer work.
    expect(template).toContain(`${unit.code};${unit.name};MEMBERS_TOTAL;Tổng số đảng viên cuối năm;đảng viên;2030;;;v0-`);
    // The header and one row per data element a cell enters: 18, the 15 rows Biểu 1-BTCTW added (its rows 1 and D are
    // two of the 18), Biểu 2-BTCTW's 41 (its total is Biểu 1's row 1), Biểu 3-BTCTW's 49 (its total is Biểu 1's D; women, minorities and believers are Biểu 4's sums) and
    // Biểu 4-BTCTW's 126 (63 groups and their women: every row, for the ones this cell has).
    expect(template.trim().split("\r\n")).toHaveLength(34 + 41 + 49 + 126);
    expect(template).toContain(`${unit.code};${unit.name};ADM_AGE_18_30;Kết nạp: từ 18 đến 30 tuổi;đảng viên;2030;;;v0-`);

    // A file with a part above its whole: the check names the row, the column and the rule; nothing is written.
    const file = page.getByLabel("Tệp CSV hoặc Excel");
    await file.setInputFiles({ name: "so-lieu.csv", mimeType: "text/csv", buffer: csv(unit.code, "46") });
    await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
    await expect(page.getByText("Tệp có 1 lỗi; chưa có gì được ghi. Sửa các dòng sau rồi tải lên lại.")).toBeVisible();
    const row = page.getByRole("row").nth(1);
    await expect(row.getByRole("cell").nth(0)).toHaveText("3");
    await expect(row.getByRole("cell").nth(1)).toHaveText("value");
    await expect(row.getByRole("cell").nth(2)).toHaveText("Không được lớn hơn “Tổng số đảng viên cuối năm” (45).");
    await page.setViewportSize({ width: page.viewportSize()!.width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/import-errors-${info.project.name}.png`, fullPage: true });

    // Fixed: the check says what would change, and the import applies it.
    await file.setInputFiles({ name: "so-lieu.csv", mimeType: "text/csv", buffer: csv(unit.code, "44") });
    await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
    await expect(page.getByText("3 dòng: 3 số liệu mới, 0 sửa, 0 xóa, 0 không đổi.")).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/import-checked-${info.project.name}.png`, fullPage: true });
    await page.getByRole("button", { name: "Nhập 3 thay đổi" }).click();
    await expect(page.getByText("Đã nhập xong: 3 số liệu mới, 0 sửa, 0 xóa.")).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/import-applied-${info.project.name}.png`, fullPage: true });

    // The same file again changes nothing.
    await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
    await expect(page.getByText("3 dòng: 0 số liệu mới, 0 sửa, 0 xóa, 3 không đổi.")).toBeVisible();
    await expect(page.getByText("Tệp không thay đổi số liệu nào.")).toBeVisible();

    // The entry form shows the imported figures.
    await page.goto(`/figures?year=2030`);
    await page.getByLabel("Tổ chức đảng", { exact: true }).selectOption({ label: `\u2003${unit.name}` });
    await expect(page.getByLabel("Hồ sơ công việc phát sinh", { exact: true })).toHaveValue("1.250");
  });

  test("a file of more rows than an upload may hold is refused at once, with the limit and what to do instead", async ({ page }, info) => {
    // 8 MB are uploaded and read up to the row past the limit; a busy machine takes a while.
    test.setTimeout(180_000);
    const unit = UNIT[info.project.name as keyof typeof UNIT];
    const rows = Array.from({ length: 250_001 }, (_, i) => `${unit.code};MEMBERS_TOTAL;2030;${i}`);
    await signIn(page, "canbo.vpty");
    await page.goto("/figures/import");
    await page.getByLabel("Tệp CSV hoặc Excel").setInputFiles({
      name: "ca-tinh.csv", mimeType: "text/csv", buffer: Buffer.from(`committee_code;element_code;year;value\r\n${rows.join("\r\n")}`),
    });
    await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
    await expect(page.getByText("Tệp có hơn 250.000 dòng số liệu. Hãy chia thành nhiều tệp", { exact: false })).toBeVisible({ timeout: 120_000 });
    await page.screenshot({ path: `${SHOTS}/import-too-many-rows-${info.project.name}.png`, fullPage: true });
  });

  test("an approver without figure entry cannot open the import page", async ({ page }) => {
    await signIn(page, "lanhdao.cqd");
    const response = await page.goto("/figures/import");
    expect(response?.status()).toBe(404);
  });
});
