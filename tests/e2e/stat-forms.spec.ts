import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { signIn } from "./fixtures";

// Read only: the demo's approved 2025 of the agencies' committee, the same for both projects.
test.describe("statistical forms", () => {
  test("the agencies' leader downloads Biểu 1 of 2025 from the review page; another subtree's form is not found", async ({ page, browser }) => {
    test.slow();
    // The bloc's id, as the administrator sees it (the leader's API lists only the agencies' subtree).
    const admin = await (await browser.newContext()).newPage();
    await signIn(admin, "admin");
    const all = (await (await admin.request.get("/api/v1/committees?depth=1")).json()).data as { id: number; code: string }[];
    const blocId = all.find((c) => c.code === "AP-KCQDN")!.id;
    await signIn(page, "lanhdao.cqd");
    const committees = (await (await page.request.get("/api/v1/committees")).json()).data as { id: number; code: string }[];
    const agencies = committees.find((c) => c.code === "AP-CQD")!.id;
    await page.goto(`/figures/review?committee=${agencies}&year=2025`);
    const panel = page.getByRole("region", { name: "Biểu thống kê của Ban Tổ chức Trung ương, năm 2025" });
    await expect(panel).toContainText("Biểu của mọi đơn vị đã nhập đều khớp.");
    const downloading = page.waitForEvent("download");
    await panel.getByRole("link", { name: "XLSX" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("bieu-1-btctw-ap-cqd-2025.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect([sheet.getCell("A1").value, sheet.getCell("D1").value, sheet.getCell("A4").value])
      .toEqual(["ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH", "Biểu số 1-BTCTW", "THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN NĂM 2025"]);
    expect([sheet.getCell("A26").value, sheet.getCell("B26").value, sheet.getCell("C26").value, sheet.getCell("D26").value])
      .toEqual(["D - Đảng viên trong danh sách cuối kỳ báo cáo", 806, 611, 131.91]);

    const pdf = await page.request.get(`/api/forms?form=1&committee=${agencies}&year=2025&format=pdf`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    // The bloc is outside the leader's subtree: not found, as if it did not exist.
    const bloc = await page.request.get(`/api/forms?form=1&committee=${blocId}&year=2025&format=xlsx`);
    expect(bloc.status()).toBe(404);
    // The administrator may: the whole province is theirs.
    expect((await admin.request.get(`/api/forms?form=1&committee=${blocId}&year=2025&format=xlsx`)).status()).toBe(200);
  });
});
