import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

// Runs after the desktop and tablet projects (it adds units, and their specs count the tree), each project with its
// own codes, as both share one database.
const header = "code;name;name_en;kind;parent_code;valid_from;valid_to";
const file = (lines: string[]) => ({ name: "cay-to-chuc.csv", mimeType: "text/csv", buffer: Buffer.from(`\ufeff${header}\r\n${lines.join("\r\n")}\r\n`, "utf8") });

test("an administrator loads units from a tree file: every bad row listed and nothing written, then the fixed file", async ({ page }, info) => {
  test.setTimeout(120_000);
  const p = info.project.name.startsWith("tablet") ? "E2E-T" : "E2E-D";
  await signIn(page, "admin");
  await page.goto("/committees");
  await page.getByRole("link", { name: "Nhập cây tổ chức từ tệp" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhập cây tổ chức đảng từ tệp");
  await expect(page.getByText("Chi bộ trực thuộc: dưới Đảng bộ cơ sở")).toBeVisible();

  // The template is the current tree, in the import's own columns.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải cây tổ chức (mẫu) (CSV)" }).click();
  const template = readFileSync((await (await downloading).path())!, "utf8");
  // Its last column, Biểu 5's type of grassroots, may be left out of a file (as the files below do).
  expect(template.startsWith(`\ufeff${header};grassroots_type\r\nAP;Đảng bộ tỉnh An Phú;An Phu Provincial Party Committee;PROVINCIAL;;1997-01-01;;\r\n`)).toBe(true);

  const upload = page.getByLabel("Tệp CSV hoặc Excel");
  await upload.setInputFiles(file([
    `${p}-1;Đảng bộ Khối doanh nghiệp;;UPPER_GRASSROOTS;AP;2025-07-01;`,
    `${p}-2;Đảng bộ Công ty A;;GRASSROOTS;${p}-9;2025-07-01;`,
    `${p}-3;Chi bộ Phân xưởng;;CELL;${p}-4;2025-07-01;`,
    `${p}-4;Đảng bộ Công ty B;;GRASSROOTS;${p}-3;2025-07-01;`,
    `${p}-5;Chi bộ Văn phòng;;CELL;${p}-1;2025-07-01;`,
    `${p}-1;Đảng bộ Khối (trùng);;UPPER_GRASSROOTS;AP;2025-07-01;`,
    `${p}-6;Đảng bộ Công ty C;;GRASSROOTS;${p}-1;2025-09-01;2025-08-01`,
    `${p}-7;;;GRASSROOTS_CELL;${p}-1;2025-07-01;`,
  ]));
  await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
  await expect(page.getByText("Tệp có 8 lỗi: chưa ghi gì. Sửa các dòng dưới đây rồi kiểm tra lại.")).toBeVisible();
  const rows = page.getByRole("row");
  const expected = [
    ["3", "parent_code", `Không có tổ chức cấp trên mã ${p}-9 trong phạm vi của bạn hoặc trong tệp.`],
    ["4", "parent_code", `Vòng lặp: ${p}-3 nằm dưới chính nó qua ${p}-4.`],
    ["5", "parent_code", `Vòng lặp: ${p}-4 nằm dưới chính nó qua ${p}-3.`],
    ["6", "kind", "Loại Chi bộ trực thuộc không thể trực thuộc Đảng bộ cấp trên cơ sở."],
    ["7", "code", `Mã ${p}-1 lặp lại (đã có ở dòng 2).`],
    ["8", "valid_to", "Ngày kết thúc 2025-08-01 trước ngày thành lập 2025-09-01."],
    ["8", "valid_to", "Tổ chức mới không thể có ngày kết thúc: thêm tổ chức trước, sau đó kết thúc bằng sắp xếp tổ chức."],
    ["9", "name", "Ô này không được để trống."],
  ];
  await expect(rows).toHaveCount(expected.length + 1);
  for (const [i, cells] of expected.entries()) await expect(rows.nth(i + 1).getByRole("cell")).toHaveText(cells);
  await page.screenshot({ path: info.outputPath("tree-import-errors.png"), fullPage: true });
  const unchanged = await (await page.request.get("/api/committees/export?format=csv")).text();
  expect(unchanged).not.toContain(`${p}-`);

  // Fixed: a bloc committee, a company's committee under it, and a cell under that.
  await upload.setInputFiles(file([
    `${p}-3;Chi bộ Phân xưởng;Workshop cell;CELL;${p}-2;2025-07-01;`,
    `${p}-2;Đảng bộ Công ty A;Company A committee;GRASSROOTS;${p}-1;2025-07-01;`,
    `${p}-1;Đảng bộ Khối doanh nghiệp;Enterprises bloc committee;UPPER_GRASSROOTS;AP;2025-07-01;`,
  ]));
  await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
  await expect(page.getByText("3 dòng: 3 tổ chức mới, 0 chuyển, 0 đổi tên, 0 sửa loại hoặc loại hình, 0 kết thúc, 0 không đổi.")).toBeVisible();
  await page.getByRole("button", { name: "Nhập 3 thay đổi" }).click();
  await expect(page.getByText("Đã nhập cây tổ chức: 3 tổ chức mới, 0 chuyển, 0 đổi tên, 0 sửa loại hoặc loại hình, 0 kết thúc.")).toBeVisible();
  await page.screenshot({ path: info.outputPath("tree-import-applied.png"), fullPage: true });
  const exported = await (await page.request.get("/api/committees/export?format=csv")).text();
  expect(exported).toContain(`\r\n${p}-1;Đảng bộ Khối doanh nghiệp;Enterprises bloc committee;UPPER_GRASSROOTS;AP;2025-07-01;;\r\n${p}-2;Đảng bộ Công ty A;Company A committee;GRASSROOTS;${p}-1;2025-07-01;;\r\n${p}-3;`);
});
