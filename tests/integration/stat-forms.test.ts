import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/auth/action";
import { saveDraftSpec } from "@/lib/figures/mutations";
import { findRollupDrift } from "@/lib/figures/rollup";
import type { SaveRefusal } from "@/lib/figures/types";
import { findFormIssues } from "@/lib/forms/checks";
import { readStatForm } from "@/lib/forms/queries";
import { renderStatForm } from "@/lib/forms/render";
import { importFigures } from "@/lib/imports/import-figures";
import { readImportFile } from "@/lib/imports/files";
import { seedDemo } from "../../prisma/seed/index";
import { pdfPages, squash } from "../unit/reports-files";
import { useTestDatabase } from "./db";
import { formInput, loadDemo, snapshot, type Demo } from "./figures-fixtures";

const t = useTestDatabase();
let demo: Demo;
const ISSUED = new Date("2026-01-15T03:00:00Z");

beforeAll(async () => {
  await seedDemo(t.db);
  demo = await loadDemo(t.db);
});

const form1 = (committee: string, year: number, scope = "AP") =>
  readStatForm(t.sql, { scopeCommitteeId: demo.committees[scope]!, committeeId: demo.committees[committee]!, formCode: "1", year, issuedOn: ISSUED });

async function openXlsx(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe("Biểu số 1-BTCTW, rolled up over a committee's subtree", () => {
  it("downloads for the agencies' committee in the official layout, with its rows, numbers and the % column", async () => {
    const model = await form1("AP-CQD", 2025);
    const sheet = await openXlsx(await renderStatForm(model!, "xlsx"));
    const text = (address: string) => String(sheet.getCell(address).value ?? "");
    expect([text("A1"), text("A2"), text("D1")]).toEqual(["ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH", "BAN TỔ CHỨC", "Biểu số 1-BTCTW"]);
    expect(text("A4")).toBe("THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN NĂM 2025");
    expect([text("A7"), text("B7"), text("B8"), text("C8"), text("D7")])
      .toEqual(["Tiêu chí", "Thực hiện", "Kỳ này", "Cùng kỳ năm trước", "(%) kỳ này so với cùng kỳ năm trước"]);
    expect(["A9", "B9", "C9", "D9"].map(text)).toEqual(["1", "2", "3", "4 = 2 × 100 / 3"]);
    const rows = Array.from({ length: 17 }, (_, i) => sheet.getRow(10 + i));
    expect(rows.map((r) => String(r.getCell(1).value))).toEqual([
      "A - Tổng số đảng viên cuối kỳ trước chuyển sang", "B - Đảng viên tăng trong kỳ", "1. Kết nạp", "2. Chuyển đến",
      "a. Tỉnh khác chuyển đến", "b. Huyện khác trong tỉnh chuyển đến", "3. Phục hồi đảng tịch", "C - Đảng viên giảm trong kỳ",
      "1. Từ trần", "2. Khai trừ", "3. Xóa tên", "Trong đó: Đảng viên dự bị", "4. Xin ra khỏi Đảng", "5. Chuyển đi",
      "a. Chuyển đi tỉnh khác", "b. Chuyển đi huyện khác trong tỉnh", "D - Đảng viên trong danh sách cuối kỳ báo cáo",
    ]);
    const byLabel = (prefix: string) => rows.find((r) => String(r.getCell(1).value).startsWith(prefix))!;
    const values = (r: ExcelJS.Row) => [r.getCell(2).value, r.getCell(3).value, r.getCell(4).value];
    // The 611 members the committee took over from the former agencies' 2024 end; 806 at the end of 2025 (the press report).
    expect(values(byLabel("A - "))).toEqual([611, 606, 100.83]);
    expect(values(byLabel("1. Kết nạp"))).toEqual([24, 20, 120]);
    expect(values(byLabel("D - "))).toEqual([806, 611, 131.91]);
    expect(byLabel("A - ").getCell(1).font?.bold).toBe(true);
    expect(byLabel("1. Kết nạp").getCell(1).font?.bold).toBeFalsy();
    // The identities hold on the rolled-up form: D = A + B − C.
    const [start, increase, decrease, end] = ["A - ", "B - ", "C - ", "D - "].map((p) => Number(byLabel(p).getCell(2).value));
    expect(start! + increase! - decrease!).toBe(end);
    expect(text("C28")).toBe("An Phú, ngày 15 tháng 01 năm 2026");
    expect([text("A29"), text("C29")]).toEqual(["NGƯỜI LẬP BIỂU", "TRƯỞNG BAN"]);
  });

  it("prints the PDF with the same header, and answers nothing for a committee outside the scope", async () => {
    const [page] = await pdfPages(await renderStatForm((await form1("AP-CQD", 2025))!, "pdf"));
    for (const text of ["ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH", "BAN TỔ CHỨC", "Biểu số 1-BTCTW", "THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN NĂM 2025",
      "D - Đảng viên trong danh sách cuối kỳ báo cáo", "806", "131,91", "NGƯỜI LẬP BIỂU", "TRƯỞNG BAN", "An Phú, ngày 15 tháng 01 năm 2026"]) {
      expect(squash(page!)).toContain(squash(text));
    }
    expect(await form1("AP-CQD", 2025, "AP-KCQDN")).toBeNull();
  });
});

describe("the identities of Biểu 1 in the entry form and the import", () => {
  const cell = "AP-CQD-01-1";
  const year = 2028;
  const adding = { MEMBERS_START: "40", MEMBERS_INCREASE: "3", MEMBERS_ADMITTED: "2", MEMBERS_TRANSFERRED_IN: "1", MEMBERS_IN_OTHER_PROVINCE: "0",
    MEMBERS_IN_OTHER_DISTRICT: "1", MEMBERS_REINSTATED: "0", MEMBERS_DECREASE: "1", MEMBERS_DIED: "1", MEMBERS_EXPELLED: "0", MEMBERS_STRUCK_OFF: "0",
    MEMBERS_STRUCK_OFF_PROBATIONARY: "0", MEMBERS_RESIGNED: "0", MEMBERS_TRANSFERRED_OUT: "0", MEMBERS_OUT_OTHER_PROVINCE: "0", MEMBERS_OUT_OTHER_DISTRICT: "0",
    MEMBERS_TOTAL: "42" };

  it("refuses a save whose end is not start + increases − decreases, or whose rows do not add up, and changes nothing", async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ ...adding, MEMBERS_TOTAL: "43" }, "MEMBERS_TOTAL", "sumMismatch"],
      [{ ...adding, MEMBERS_IN_OTHER_DISTRICT: "2" }, "MEMBERS_TRANSFERRED_IN", "sumMismatch"],
      [{ ...adding, MEMBERS_STRUCK_OFF_PROBATIONARY: "1" }, "MEMBERS_STRUCK_OFF_PROBATIONARY", "partAboveWhole"],
    ];
    for (const [typed, field, key] of cases) {
      const before = await snapshot(t.db);
      const result = await runAction(saveDraftSpec, demo.viewers.editor, await formInput(t.db, demo, cell, year, typed), t.db);
      const refusal = !result.ok ? (result.error.details as SaveRefusal) : null;
      expect(refusal && "errors" in refusal ? refusal.errors[String(demo.elements[field])]?.key : "saved", field).toBe(key);
      expect(await snapshot(t.db)).toEqual(before);
    }
    expect(await runAction(saveDraftSpec, demo.viewers.editor, await formInput(t.db, demo, cell, year, adding), t.db)).toMatchObject({ ok: true });
  });

  it("refuses a start that is not last year's end, and submits a year that carries it over", async () => {
    const next = { ...adding, MEMBERS_START: "41", MEMBERS_TOTAL: "43" };
    const refused = await runAction(saveDraftSpec, demo.viewers.editor, await formInput(t.db, demo, cell, year + 1, next), t.db);
    expect(refused).toMatchObject({ ok: false, error: { details: { errors: { [demo.elements.MEMBERS_START!]: { key: "carriedMismatch", params: { value: "42" } } } } } });
    const carried = { ...adding, MEMBERS_START: "42", MEMBERS_TOTAL: "44" };
    expect(await runAction(saveDraftSpec, demo.viewers.editor, await formInput(t.db, demo, cell, year + 1, carried), t.db)).toMatchObject({ ok: true });
    expect(await findRollupDrift(t.sql)).toEqual([]);
  });

  it("refuses the same in an imported file, row by row, with the form's rule", async () => {
    const rows = (values: Record<string, string>, y: number) =>
      ["committee_code;element_code;year;value", ...Object.entries(values).map(([code, v]) => `${cell};${code};${y};${v}`)].join("\r\n");
    const read = async (text: string) => {
      const file = await readImportFile((async function* () { yield Buffer.from(text, "utf8"); })(), "csv", "vi");
      if (!file.ok) throw new Error(file.key);
      return importFigures(t.db, file.rows, { actor: demo.viewers.editor });
    };
    const before = await snapshot(t.db);
    // 2030 starts from 2029's end (44, saved above).
    const year2030 = { ...adding, MEMBERS_START: "44", MEMBERS_DECREASE: "2", MEMBERS_DIED: "2" };
    const report = await read(rows({ ...year2030, MEMBERS_START: "40", MEMBERS_TOTAL: "44" }, 2030));
    expect(report.applied).toBe(false);
    // A is not last year's D (line 2), and D = 40 + 3 − 2 = 41, not 44 (line 18).
    expect(report.errors.map((e) => [e.row, e.key, e.params])).toEqual([
      [2, "carriedMismatch", { other: "Tổng số đảng viên cuối năm", value: "44" }], [18, "sumMismatch", { sum: "41", value: "44" }],
    ]);
    expect(await snapshot(t.db)).toEqual(before);
    expect((await read(rows({ ...year2030, MEMBERS_TOTAL: "45" }, 2030))).applied).toBe(true);
  });

  it("lists for approvers the units whose forms no longer check, and none on the demo as seeded", async () => {
    const issues = (committee: string, y: number) => findFormIssues(t.sql, demo.committees.AP!, demo.committees[committee]!, y);
    expect(await issues("AP-CQD", 2025)).toEqual([]);
    expect(await issues("AP-KCQDN", 2024)).toEqual([]);
    // 2028's end corrected after 2029's start was entered from it: 2029 no longer starts where 2028 ended.
    const corrected = { ...adding, MEMBERS_DECREASE: "0", MEMBERS_DIED: "0", MEMBERS_TOTAL: "43" };
    expect(await runAction(saveDraftSpec, demo.viewers.editor, await formInput(t.db, demo, cell, year, corrected), t.db)).toMatchObject({ ok: true });
    expect((await issues("AP-CQD", year + 1))!.map((i) => [i.code, i.row, i.message.key, i.message.params])).toEqual([
      [cell, "A - Tổng số đảng viên cuối kỳ trước chuyển sang", "carriedMismatch", { other: demo.elements.MEMBERS_TOTAL, value: "43" }],
    ]);
    // A unit that entered only its members at year end (as before the forms existed) is listed with its empty rows.
    await runAction(saveDraftSpec, demo.viewers.editor, await formInput(t.db, demo, "AP-CQD-01-2", year, { MEMBERS_TOTAL: "30" }), t.db);
    const empty = (await issues("AP-CQD", year))!.filter((i) => i.code === "AP-CQD-01-2");
    expect(empty.map((i) => i.message.key)).toEqual(Array(16).fill("required"));
    expect(await findFormIssues(t.sql, demo.committees["AP-KCQDN"]!, demo.committees["AP-CQD"]!, year)).toBeNull();
  });
});
