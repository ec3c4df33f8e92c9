import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/auth/action";
import { saveDraftSpec } from "@/lib/figures/mutations";
import { findRollupDrift } from "@/lib/figures/rollup";
import type { SaveRefusal } from "@/lib/figures/types";
import { findFormIssues } from "@/lib/forms/checks";
import { readStatForm } from "@/lib/forms/queries";
import { renderStatForm } from "@/lib/forms/render";
import { admissionRows } from "../../prisma/seed/admissions-breakdown";
import { memberRows } from "../../prisma/seed/members-breakdown";
import { seedDemo } from "../../prisma/seed/index";
import { pdfPages, squash } from "../unit/reports-files";
import { useTestDatabase } from "./db";
import { FORM_2_CODES, FORM_3_CODES, formInput, loadDemo, snapshot, type Demo, expectRefusedSaves, importCsv, yearCsv } from "./figures-fixtures";

const t = useTestDatabase();
let demo: Demo;
const ISSUED = new Date("2026-01-15T03:00:00Z");

beforeAll(async () => {
  await seedDemo(t.db);
  demo = await loadDemo(t.db);
});

const form = (code: string, committee: string, year: number, scope = "AP") =>
  readStatForm(t.sql, { scopeCommitteeId: demo.committees[scope]!, committeeId: demo.committees[committee]!, formCode: code, year, issuedOn: ISSUED });
const form1 = (committee: string, year: number, scope = "AP") => form("1", committee, year, scope);
/** Biểu 2's rows for a unit-year with `admitted` admissions, every breakdown adding up (as the demo builds them). */
const breakdown = (admitted: number): Record<string, string> => Object.fromEntries(Object.entries(admissionRows(admitted, 1)).map(([k, v]) => [k, String(v)]));

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
    MEMBERS_TOTAL: "42", ...breakdown(2) };

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
    // With Biểu 3's rows for its 44 members: the approvers' check below lists nothing else for 2029.
    const carried = { ...adding, MEMBERS_START: "42", MEMBERS_TOTAL: "44", ...Object.fromEntries(Object.entries(memberRows(44, 2, 1)).map(([k, v]) => [k, String(v)])) };
    expect(await runAction(saveDraftSpec, demo.viewers.editor, await formInput(t.db, demo, cell, year + 1, carried), t.db)).toMatchObject({ ok: true });
    expect(await findRollupDrift(t.sql)).toEqual([]);
  });

  it("refuses the same in an imported file, row by row, with the form's rule", async () => {
    const rows = (values: Record<string, string>, y: number) => yearCsv(cell, y, values);
    const read = (text: string) => importCsv(t.db, demo, text);
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
    expect(empty.map((i) => i.message.key)).toEqual(Array(16 + FORM_2_CODES.length + FORM_3_CODES.length).fill("required"));
    expect(await findFormIssues(t.sql, demo.committees["AP-KCQDN"]!, demo.committees["AP-CQD"]!, year)).toBeNull();
  });
});

describe("Biểu số 2-BTCTW, the admissions by group", () => {
  it("downloads for the agencies' committee: its headings, its groups adding up to Biểu 1's admissions, the % column", async () => {
    const sheet = await openXlsx(await renderStatForm((await form("2", "AP-CQD", 2025))!, "xlsx"));
    const text = (address: string) => String(sheet.getCell(address).value ?? "");
    expect([text("A1"), text("A2"), text("D1"), text("A4")])
      .toEqual(["ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH", "BAN TỔ CHỨC", "Biểu số 2-BTCTW", "THỐNG KÊ ĐẢNG VIÊN MỚI KẾT NẠP NĂM 2025"]);
    expect([text("A7"), text("B8"), text("C8"), text("D7")]).toEqual(["Tiêu chí", "Kỳ này", "Cùng kỳ năm trước", "(%) kỳ này so với cùng kỳ năm trước"]);
    const rows = Array.from({ length: 56 }, (_, i) => sheet.getRow(10 + i));
    const labels = rows.map((r) => String(r.getCell(1).value));
    // The form's rows as the template prints them, the headings among them; then the place and date.
    expect([labels[0], labels[1], labels[7], labels[8], labels[15], labels[16], labels[24], labels[25], labels[33], labels[49], labels[50], labels[55]]).toEqual([
      "I. Tổng số đảng viên mới kết nạp", "- Dân tộc thiểu số", "II. Phân tích đảng viên mới kết nạp", "1. Nghề nghiệp",
      "- Lãnh đạo, quản lý và lao động trong các doanh nghiệp, chia ra:", "+ Người lãnh đạo, quản lý doanh nghiệp", "2. Tuổi đời:",
      "- Từ 18 - 30 tuổi", "- Tuổi bình quân", "III. Số tổ chức cơ sở đảng có đến cuối kỳ báo cáo", "1. Đảng bộ cơ sở", "+ Không còn quần chúng",
    ]);
    expect(text("C67")).toBe("An Phú, ngày 15 tháng 01 năm 2026");
    const values = (label: string) => { const r = rows[labels.indexOf(label)]!; return [r.getCell(2).value, r.getCell(3).value, r.getCell(4).value]; };
    // The total is Biểu 1's "1. Kết nạp", entered once: the same 24 (20 the year before).
    const form1Admitted = (await form1("AP-CQD", 2025))!.rows.find((r) => r.label === "1. Kết nạp")!;
    expect(values("I. Tổng số đảng viên mới kết nạp")).toEqual([form1Admitted.current, form1Admitted.previous, 120]);
    expect(values("- Từ 18 - 30 tuổi")).toEqual([17, 16, 106.25]);
    expect(values("- Trung cấp")).toEqual([0, 1, 0]);
    expect(values("- Sinh viên")).toEqual([0, 0, "-"]);
    // Headings, and what no unit enters, print no numbers (not a zero, not a missing comparison).
    for (const heading of ["II. Phân tích đảng viên mới kết nạp", "2. Tuổi đời:", "- Tuổi bình quân", "+ Không còn quần chúng"]) expect(values(heading)).toEqual([null, null, null]);
    expect(rows[labels.indexOf("II. Phân tích đảng viên mới kết nạp")]!.getCell(1).font?.bold).toBe(true);
    expect(rows[labels.indexOf("- Sinh viên")]!.getCell(1).font?.bold).toBeFalsy();
    // Each breakdown adds up to the total, this year and last.
    const sumOf = (from: string, to: string) => [2, 3].map((c) => rows.slice(labels.indexOf(from), labels.indexOf(to) + 1)
      .filter((r) => !String(r.getCell(1).value).startsWith("+")).reduce((s, r) => s + Number(r.getCell(c).value ?? 0), 0));
    expect(sumOf("- Cán bộ, công chức cơ quan Nhà nước tính từ cấp huyện trở lên", "- Khác (lao động hợp đồng, tự do…)")).toEqual([24, 20]);
    expect(sumOf("- Từ 18 - 30 tuổi", "- Trên 60 tuổi")).toEqual([24, 20]);
    expect(sumOf("- Biết đọc, biết viết chữ quốc ngữ", "- Trung học phổ thông")).toEqual([24, 20]);
    // The organizations are counted from the tree: the grassroots committees in force each year, those that admitted.
    const inForce = async (kind: string, year: number, admitting: boolean) => (await t.sql<{ n: number }>`
      SELECT COUNT(*)::int AS "n" FROM "CommitteeClosure" cc JOIN "Committee" c ON c."id" = cc."descendantId"
      WHERE cc."ancestorId" = ${demo.committees["AP-CQD"]!}::int AND c."kind"::text = ${kind} AND c."validFrom" <= make_date(${year}::int, 12, 31)
        AND (c."validTo" IS NULL OR EXTRACT(YEAR FROM c."validTo") > ${year}::int)
        AND (NOT ${admitting}::boolean OR (SELECT SUM(f."value") FROM "Figure" f JOIN "CommitteeClosure" b ON b."descendantId" = f."committeeId"
             WHERE b."ancestorId" = c."id" AND f."year" = ${year}::int AND f."dataElementId" = ${demo.elements.MEMBERS_ADMITTED!}::int) > 0)`)[0]!.n;
    expect(values("1. Đảng bộ cơ sở")).toEqual([3, 4, 75]);
    expect([await inForce("GRASSROOTS", 2025, false), await inForce("GRASSROOTS", 2024, false)]).toEqual([3, 4]);
    const admittingCells = rows.filter((r, i) => labels[i] === "Trong đó: + Có kết nạp đảng viên").at(-1)!;
    expect([admittingCells.getCell(2).value, admittingCells.getCell(3).value])
      .toEqual([await inForce("GRASSROOTS_CELL", 2025, true), await inForce("GRASSROOTS_CELL", 2024, true)]);

    const [page] = await pdfPages(await renderStatForm((await form("2", "AP-CQD", 2025))!, "pdf"));
    for (const printed of ["Biểu số 2-BTCTW", "THỐNG KÊ ĐẢNG VIÊN MỚI KẾT NẠP NĂM 2025", "I. Tổng số đảng viên mới kết nạp", "- Từ 18 - 30 tuổi", "106,25"]) {
      expect(squash(page!)).toContain(squash(printed));
    }
  });

  const cell = "AP-CQD-01-2";
  const year = 2027;
  // Biểu 1 for a cell that admitted 3 (its start set to 2026's end below), and Biểu 2's rows for those 3.
  const biểu1 = { MEMBERS_START: "", MEMBERS_INCREASE: "3", MEMBERS_ADMITTED: "3", MEMBERS_TRANSFERRED_IN: "0", MEMBERS_IN_OTHER_PROVINCE: "0",
    MEMBERS_IN_OTHER_DISTRICT: "0", MEMBERS_REINSTATED: "0", MEMBERS_DECREASE: "0", MEMBERS_DIED: "0", MEMBERS_EXPELLED: "0", MEMBERS_STRUCK_OFF: "0",
    MEMBERS_STRUCK_OFF_PROBATIONARY: "0", MEMBERS_RESIGNED: "0", MEMBERS_TRANSFERRED_OUT: "0", MEMBERS_OUT_OTHER_PROVINCE: "0", MEMBERS_OUT_OTHER_DISTRICT: "0",
    MEMBERS_TOTAL: "" };
  const adding: Record<string, string> = { ...biểu1, ...breakdown(3) };
  let start = 0;

  beforeAll(async () => {
    const end2026 = await t.db.figure.findFirstOrThrow({ where: { committeeId: demo.committees[cell]!, year: year - 1, dataElementId: demo.elements.MEMBERS_TOTAL! } });
    start = Number(end2026.value);
    Object.assign(adding, { MEMBERS_START: String(start), MEMBERS_TOTAL: String(start + 3) });
  });

  it("refuses a save whose age bands, schooling or enterprise rows do not add up, on the group's last row, and changes nothing", async () => {
    const ages = Object.keys(adding).filter((c) => c.startsWith("ADM_AGE_"));
    await expectRefusedSaves(t, demo, cell, year, [
      // One more in the youngest band: the age bands add up to 4, not the 3 admitted (Biểu 1's row).
      [{ ...adding, ADM_AGE_18_30: String(Number(adding.ADM_AGE_18_30) + 1) }, ages.at(-1)!, "groupMismatch", { sum: "4", value: "3", whole: demo.elements.MEMBERS_ADMITTED! }],
      [{ ...adding, ADM_EDU_UPPER_SECONDARY: "0" }, "ADM_EDU_UPPER_SECONDARY", "groupMismatch", { whole: demo.elements.MEMBERS_ADMITTED! }],
      [{ ...adding, ADM_OCC_ENTERPRISE_WORKER: String(Number(adding.ADM_OCC_ENTERPRISE_WORKER) + 1) }, "ADM_OCC_ENTERPRISE", "sumMismatch", {}],
      [{ ...adding, ADM_YOUTH_UNION: "4" }, "ADM_YOUTH_UNION", "partAboveWhole", {}],
    ], adding);
  });

  it("refuses the same in an imported file, on the line of the group's last row, and applies the file once it adds up", async () => {
    const lines = (values: Record<string, string>) => yearCsv(cell, year + 1, values);
    const read = (text: string) => importCsv(t.db, demo, text);
    // 2028 starts from 2027's end and admits 3 again; its schooling rows say 2 upper-secondary where 3 were admitted.
    const next: Record<string, string> = { ...adding, MEMBERS_START: String(start + 3), MEMBERS_TOTAL: String(start + 6) };
    const wrong = { ...next, ADM_EDU_UPPER_SECONDARY: String(Number(next.ADM_EDU_UPPER_SECONDARY) - 1) };
    const before = await snapshot(t.db);
    const report = await read(lines(wrong));
    expect(report.applied).toBe(false);
    const line = Object.keys(wrong).indexOf("ADM_EDU_UPPER_SECONDARY") + 2;
    expect(report.errors.map((e) => [e.row, e.key, e.params])).toEqual([[line, "groupMismatch", { sum: "2", value: "3", whole: "Đảng viên mới được kết nạp" }]]);
    expect(await snapshot(t.db)).toEqual(before);
    expect((await read(lines(next))).applied).toBe(true);
  });

  it("lists for approvers, per unit, a Biểu 2 that no longer adds up to Biểu 1's admissions", async () => {
    const issues = () => findFormIssues(t.sql, demo.committees.AP!, demo.committees["AP-CQD"]!, 2025);
    expect(await issues()).toEqual([]);
    // A figure stored before the rule (an older installation's, or written around the application): the age bands of
    // one cell add up to one more than it admitted.
    const unit = demo.committees["AP-CQD-01-1"]!;
    const young = demo.elements.ADM_AGE_18_30!;
    await t.sql`UPDATE "Figure" SET "value" = "value" + 1 WHERE "committeeId" = ${unit}::int AND "year" = 2025 AND "dataElementId" = ${young}::int`;
    try {
      expect((await issues())!.map((i) => [i.code, i.form, i.otherForm, i.row, i.message.key, i.message.params])).toEqual([
        ["AP-CQD-01-1", "2-BTCTW", "1-BTCTW", "- Trên 60 tuổi", "groupMismatch", { sum: "2", value: "1", whole: demo.elements.MEMBERS_ADMITTED }],
      ]);
    } finally {
      await t.sql`UPDATE "Figure" SET "value" = "value" - 1 WHERE "committeeId" = ${unit}::int AND "year" = 2025 AND "dataElementId" = ${young}::int`;
    }
  });
});
