// Biểu số 3-BTCTW, the members at the period's end by group: its total is Biểu 1's row D (entered once), each
// breakdown adds up to it (occupation, age, year of joining, schooling), in the printed form, on save, on import, and
// in the approvers' checks across forms.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { findRollupDrift } from "@/lib/figures/rollup";
import { findFormIssues } from "@/lib/forms/checks";
import { readStatForm } from "@/lib/forms/queries";
import { renderStatForm } from "@/lib/forms/render";
import { admissionRows } from "../../prisma/seed/admissions-breakdown";
import { seedDemo } from "../../prisma/seed/index";
import { memberRows } from "../../prisma/seed/members-breakdown";
import { pdfPages, squash } from "../unit/reports-files";
import { useTestDatabase } from "./db";
import { formInput, loadDemo, snapshot, type Demo, expectRefusedSaves, importCsv, yearCsv } from "./figures-fixtures";

const t = useTestDatabase();
let demo: Demo;
const ISSUED = new Date("2026-01-15T03:00:00Z");

beforeAll(async () => {
  await seedDemo(t.db);
  demo = await loadDemo(t.db);
});

const form = (code: string, committee: string, year: number) =>
  readStatForm(t.sql, { scopeCommitteeId: demo.committees.AP!, committeeId: demo.committees[committee]!, formCode: code, year, issuedOn: ISSUED });
const strings = (rows: Record<string, number>) => Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, String(v)]));

/** The form's rows as the template prints them (Modules/BaoCaoThongKe/…/3.blade.php), in order. */
const LABELS = [
  "I. Đảng viên trong danh sách có đến cuối kỳ báo cáo", "Trong đó: - Nữ", "- Dự bị", "- Dân tộc thiểu số", "- Người theo tôn giáo",
  "- Đoàn viên Đoàn TNCS Hồ Chí Minh", "- Chủ doanh nghiệp tư nhân", "- Có quan hệ hôn nhân với người nước ngoài",
  "II. Phân tích đội ngũ đảng viên", "1. Nghề nghiệp", "a. Đảng viên đang làm việc và công tác",
  "- Cán bộ, công chức cơ quan Nhà nước tính từ cấp huyện trở lên",
  "- Cán bộ, công chức cơ quan Đảng, Mặt trận Tổ quốc, đoàn thể chính trị - xã hội tính từ cấp huyện trở lên",
  "- Cán bộ, công chức; người hoạt động không chuyên trách ở xã, phường, thị trấn", "- Người hoạt động không chuyên trách thôn, tổ dân phố, bản (ấp, khóm)",
  "- Viên chức trong các đơn vị sự nghiệp công lập", "- Người lao động trong các đơn vị sự nghiệp ngoài công lập",
  "- Lãnh đạo, quản lý và lao động trong các doanh nghiệp, chia ra:", "+ Người lãnh đạo, quản lý doanh nghiệp", "+ Nhân viên, người gián tiếp sản xuất",
  "+ Công nhân, lao động trực tiếp sản xuất", "- Người làm nông, lâm, ngư nghiệp", "- Sỹ quan, chiến sỹ quân đội và công an (lực lượng vũ trang)",
  "- Sinh viên", "- Học sinh", "- Khác (lao động hợp đồng, tự do…)", "b. Đảng viên đã nghỉ hưu và nghỉ công tác",
  "Trong đó: Được miễn công tác và sinh hoạt đảng", "2. Tuổi đời:", "- Từ 18 - 30 tuổi", "- Từ 31 - 35 tuổi", "- Từ 36 - 40 tuổi", "- Từ 41 - 45 tuổi",
  "- Từ 46 - 50 tuổi", "- Từ 51 - 55 tuổi", "- Từ 56 - 60 tuổi", "- Trên 60 tuổi", "- Tuổi bình quân", "3. Thời gian kết nạp vào Đảng",
  "- Trước 19/8/1945", "- Từ 19/8/1945 đến 20/7/1954", "- Từ 21/7/1954 đến 30/4/1975", "- Từ 01/5/1975 đến nay", "4. Trình độ giáo dục phổ thông",
  "- Biết đọc, biết viết chữ quốc ngữ", "- Tiểu học", "- Trung học cơ sở", "- Trung học phổ thông", "5. Trình độ chuyên môn nghiệp vụ",
  "- Công nhân kỹ thuật, nhân viên nghiệp vụ, sơ cấp", "- Trung cấp", "- Cao đẳng", "- Đại học", "- Thạc sỹ", "- Tiến sỹ", "6. Chức danh khoa học",
  "- Phó Giáo sư", "- Giáo sư", "7. Trình độ lý luận chính trị", "- Sơ cấp", "- Trung cấp", "- Cao cấp, cử nhân",
];

describe("Biểu số 3-BTCTW, the members at the period's end by group", () => {
  it("downloads for the agencies' committee: the template's rows, its total = Biểu 1's D, every breakdown adding up, the % column", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderStatForm((await form("3", "AP-CQD", 2025))!, "xlsx")) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const text = (address: string) => String(sheet.getCell(address).value ?? "");
    expect([text("A1"), text("A2"), text("D1"), text("A4")]).toEqual(["ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH", "BAN TỔ CHỨC", "Biểu số 3-BTCTW", "THỐNG KÊ ĐẢNG VIÊN NĂM 2025"]);
    expect([text("A7"), text("B7"), text("B8"), text("C8"), text("D7")]).toEqual(["Tiêu chí", "Thực hiện", "Kỳ này", "Cùng kỳ năm trước", "(%) kỳ này so với cùng kỳ năm trước"]);
    expect(["A9", "B9", "C9", "D9"].map(text)).toEqual(["1", "2", "3", "4 = 2 × 100 / 3"]);
    const rows = Array.from({ length: LABELS.length }, (_, i) => sheet.getRow(10 + i));
    const labels = rows.map((r) => String(r.getCell(1).value));
    expect(labels).toEqual(LABELS);
    expect(text(`C${11 + LABELS.length}`)).toBe("An Phú, ngày 15 tháng 01 năm 2026");
    expect([text(`A${12 + LABELS.length}`), text(`C${12 + LABELS.length}`)]).toEqual(["NGƯỜI LẬP BIỂU", "TRƯỞNG BAN"]);
    const at = (label: string, nth = 0) => rows.filter((_, i) => labels[i] === label)[nth]!;
    const values = (label: string, nth = 0) => { const r = at(label, nth); return [r.getCell(2).value, r.getCell(3).value, r.getCell(4).value]; };
    // The total is Biểu 1's row D, entered once: 806 at the end of 2025, 611 a year before (the press report's numbers).
    const d = (await form("1", "AP-CQD", 2025))!.rows.find((r) => r.label.startsWith("D - "))!;
    expect(values("I. Đảng viên trong danh sách có đến cuối kỳ báo cáo")).toEqual([806, 611, 131.91]);
    expect([d.current, d.previous]).toEqual([806, 611]);
    // A row's numbers are its units' figures summed over the subtree, this year and last, and column 4 = 2 × 100 / 3.
    const summed = async (code: string, year: number) => Number((await t.sql<{ n: string }>`
      SELECT COALESCE(SUM(f."value"), 0)::text AS "n" FROM "Figure" f JOIN "CommitteeClosure" cc ON cc."descendantId" = f."committeeId"
      WHERE cc."ancestorId" = ${demo.committees["AP-CQD"]!}::int AND f."year" = ${year}::int AND f."dataElementId" = ${demo.elements[code]!}::int`)[0]!.n);
    const [young, youngBefore] = [await summed("MEM_AGE_18_30", 2025), await summed("MEM_AGE_18_30", 2024)];
    expect(young).toBeGreaterThan(0);
    expect(values("- Từ 18 - 30 tuổi")).toEqual([young, youngBefore, Math.round((young * 10000) / youngBefore) / 100]);
    // Women, ethnic minorities and believers are Biểu 4's rows added up (entered once, there), this year and last.
    const sumOfAll = async (codes: string[], year: number) => (await Promise.all(codes.map((c) => summed(c, year)))).reduce((a, b) => a + b, 0);
    const ethnic = Object.keys(demo.elements).filter((c) => /^ETHNIC_[A-Z_]+$/.test(c) && !c.endsWith("_WOMEN"));
    const minorities = ethnic.filter((c) => c !== "ETHNIC_KINH" && c !== "ETHNIC_FOREIGN_ORIGIN");
    const religions = Object.keys(demo.elements).filter((c) => c.startsWith("RELIGION_") && !c.endsWith("_WOMEN"));
    expect([ethnic.length, minorities.length, religions.length]).toEqual([56, 54, 7]);
    for (const [label, codes] of [["Trong đó: - Nữ", ethnic.map((c) => `${c}_WOMEN`)], ["- Dân tộc thiểu số", minorities], ["- Người theo tôn giáo", religions]] as const) {
      const [now, before] = [await sumOfAll([...codes], 2025), await sumOfAll([...codes], 2024)];
      expect(now, label).toBeGreaterThan(0);
      expect(values(label), label).toEqual([now, before, Math.round((now * 10000) / before) / 100]);
    }
    // The ethnic groups make up the members (Biểu 4 against Biểu 1's D), so Kinh + minorities + foreign-born = 806.
    expect(await sumOfAll(ethnic, 2025)).toBe(806);
    // Political theory's "- Trung cấp" is the second of that label (the first is the professional level).
    expect(values("- Trung cấp", 1)[0]).toBe(await summed("MEM_THEORY_INTERMEDIATE", 2025));
    expect(values("- Trước 19/8/1945")).toEqual([0, 0, "-"]);
    // Headings and what no unit enters (the average age) print no numbers; sections and a./b. print bold.
    for (const heading of ["II. Phân tích đội ngũ đảng viên", "1. Nghề nghiệp", "- Tuổi bình quân", "7. Trình độ lý luận chính trị"]) expect(values(heading)).toEqual([null, null, null]);
    expect(at("a. Đảng viên đang làm việc và công tác").getCell(1).font?.bold).toBe(true);
    expect(at("- Sinh viên").getCell(1).font?.bold).toBeFalsy();
    // Each breakdown adds up to the total, this year and last; the working members' occupations to "a.".
    const sumOf = (from: string, to: string, skip = (_: string) => false) => [2, 3].map((c) =>
      rows.slice(labels.indexOf(from), labels.indexOf(to) + 1).filter((r) => !skip(String(r.getCell(1).value))).reduce((s, r) => s + Number(r.getCell(c).value ?? 0), 0));
    // Occupation: a. (working) + b. (retired), the rows between them being a.'s own breakdown.
    expect(sumOf("a. Đảng viên đang làm việc và công tác", "b. Đảng viên đã nghỉ hưu và nghỉ công tác", (l) => !/^[ab]\. /.test(l))).toEqual([806, 611]);
    expect(sumOf("- Cán bộ, công chức cơ quan Nhà nước tính từ cấp huyện trở lên", "- Khác (lao động hợp đồng, tự do…)", (l) => l.startsWith("+")))
      .toEqual([values("a. Đảng viên đang làm việc và công tác")[0], values("a. Đảng viên đang làm việc và công tác")[1]]);
    expect(sumOf("- Từ 18 - 30 tuổi", "- Trên 60 tuổi")).toEqual([806, 611]);
    expect(sumOf("- Trước 19/8/1945", "- Từ 01/5/1975 đến nay")).toEqual([806, 611]);
    expect(sumOf("- Biết đọc, biết viết chữ quốc ngữ", "- Trung học phổ thông")).toEqual([806, 611]);

    // The PDF runs over pages: the heading on the first, the rest after it.
    const pages = await pdfPages(await renderStatForm((await form("3", "AP-CQD", 2025))!, "pdf"));
    for (const printed of ["Biểu số 3-BTCTW", "THỐNG KÊ ĐẢNG VIÊN NĂM 2025", "I. Đảng viên trong danh sách có đến cuối kỳ báo cáo", "131,91"]) {
      expect(squash(pages[0]!)).toContain(squash(printed));
    }
    expect(squash(pages.join(""))).toContain(squash("- Từ 01/5/1975 đến nay"));
    // The signatures never stand alone on a page: the table's last row goes over with them.
    for (const printed of ["- Cao cấp, cử nhân", "42", "TRƯỞNG BAN"]) expect(squash(pages.at(-1)!)).toContain(squash(printed));
  });

  const cell = "AP-CQD-01-1";
  const year = 2027;
  // A cell's 2027: Biểu 1 admitting 2 from 2026's end (set below), Biểu 2's rows for them and Biểu 3's for its end.
  const adding: Record<string, string> = {};
  let start = 0;

  beforeAll(async () => {
    const end2026 = await t.db.figure.findFirstOrThrow({ where: { committeeId: demo.committees[cell]!, year: year - 1, dataElementId: demo.elements.MEMBERS_TOTAL! } });
    start = Number(end2026.value);
    Object.assign(adding, {
      MEMBERS_START: String(start), MEMBERS_INCREASE: "2", MEMBERS_ADMITTED: "2", MEMBERS_TRANSFERRED_IN: "0", MEMBERS_IN_OTHER_PROVINCE: "0",
      MEMBERS_IN_OTHER_DISTRICT: "0", MEMBERS_REINSTATED: "0", MEMBERS_DECREASE: "0", MEMBERS_DIED: "0", MEMBERS_EXPELLED: "0", MEMBERS_STRUCK_OFF: "0",
      MEMBERS_STRUCK_OFF_PROBATIONARY: "0", MEMBERS_RESIGNED: "0", MEMBERS_TRANSFERRED_OUT: "0", MEMBERS_OUT_OTHER_PROVINCE: "0", MEMBERS_OUT_OTHER_DISTRICT: "0",
      MEMBERS_TOTAL: String(start + 2), ...strings(admissionRows(2, 1)), ...strings(memberRows(start + 2, 2, 1)),
    });
  });

  it("refuses a save whose breakdowns do not add up to Biểu 1's D, or whose rows do not add up to theirs, and changes nothing", async () => {
    const end = String(start + 2);
    const more = (code: string, by = 1) => ({ [code]: String(Number(adding[code]) + by) });
    await expectRefusedSaves(t, demo, cell, year, [
      // One more in the youngest band: the bands add up to one more than the members at year end (Biểu 1's row D).
      [{ ...adding, ...more("MEM_AGE_18_30") }, "MEM_AGE_OVER_60", "groupMismatch", { sum: String(start + 3), value: end, whole: demo.elements.MEMBERS_TOTAL! }],
      [{ ...adding, ...more("MEM_JOINED_SINCE_1975", -1) }, "MEM_JOINED_SINCE_1975", "groupMismatch", { sum: String(start + 1), whole: demo.elements.MEMBERS_TOTAL! }],
      [{ ...adding, ...more("MEM_EDU_PRIMARY") }, "MEM_EDU_UPPER_SECONDARY", "groupMismatch", { whole: demo.elements.MEMBERS_TOTAL! }],
      // Working + retired is the occupation breakdown: one more retired and it no longer adds up.
      [{ ...adding, ...more("MEM_RETIRED") }, "MEM_RETIRED", "groupMismatch", { sum: String(start + 3), value: end }],
      [{ ...adding, ...more("MEM_OCC_FARMING") }, "MEM_WORKING", "sumMismatch", {}],
      [{ ...adding, ...more("MEM_OCC_ENTERPRISE_WORKER") }, "MEM_OCC_ENTERPRISE", "sumMismatch", {}],
      [{ ...adding, MEM_EXEMPT: String(Number(adding.MEM_RETIRED) + 1) }, "MEM_EXEMPT", "partAboveWhole", {}],
      [{ ...adding, MEM_PROBATIONARY: String(start + 3) }, "MEM_PROBATIONARY", "partAboveWhole", { value: end }],
    ], adding);
    // Stored and rolled up: the committee's Biểu 3 for 2027 prints the cell's end as its total and the cell's bands.
    const printed = (await form("3", cell, year))!.rows;
    expect(printed.find((r) => r.label === "- Từ 18 - 30 tuổi")!.current).toBe(Number(adding.MEM_AGE_18_30));
    expect(printed[0]!.current).toBe(start + 2);
  });

  it("refuses the same in an imported file, on the line of the group's last row, and applies the file once it adds up", async () => {
    const lines = (values: Record<string, string>) => yearCsv(cell, year + 1, values);
    const read = (text: string) => importCsv(t.db, demo, text);
    // 2028 starts from 2027's end and admits 2 again; one member moves from the youngest age band to the next
    // (still adding up), and the file says one fewer joined since 1975 than its members at year end.
    const end = start + 4;
    const next: Record<string, string> = {
      ...adding, MEMBERS_START: String(start + 2), MEMBERS_TOTAL: String(end), ...strings(memberRows(end, 2, 1)),
    };
    const wrong = { ...next, MEM_JOINED_SINCE_1975: String(Number(next.MEM_JOINED_SINCE_1975) - 1) };
    const before = await snapshot(t.db);
    const report = await read(lines(wrong));
    expect(report.applied).toBe(false);
    const line = Object.keys(wrong).indexOf("MEM_JOINED_SINCE_1975") + 2;
    expect(report.errors.map((e) => [e.row, e.key, e.params])).toEqual([[line, "groupMismatch", { sum: String(end - 1), value: String(end), whole: "Tổng số đảng viên cuối năm" }]]);
    expect(await snapshot(t.db)).toEqual(before);
    expect((await read(lines(next))).applied).toBe(true);
    expect(await findRollupDrift(t.sql)).toEqual([]);
  });

  it("lists for approvers, per unit, a Biểu 3 that no longer adds up to Biểu 1's D (across forms) or to its own rows", async () => {
    const issues = async () => (await findFormIssues(t.sql, demo.committees.AP!, demo.committees["AP-CQD"]!, 2025))!
      .map((i) => [i.code, i.form, i.otherForm, i.row, i.message.key, i.message.params]);
    expect(await issues()).toEqual([]);
    // Figures stored before the rule (an older installation's, or written around the application): one cell's age
    // bands add up to one more than its members at year end, and its enterprise rows to one more than theirs.
    const unit = demo.committees["AP-CQD-01-1"]!;
    const end = Number((await t.db.figure.findFirstOrThrow({ where: { committeeId: unit, year: 2025, dataElementId: demo.elements.MEMBERS_TOTAL! } })).value);
    const bump = (code: string, by: number) =>
      t.sql`UPDATE "Figure" SET "value" = "value" + ${by}::int WHERE "committeeId" = ${unit}::int AND "year" = 2025 AND "dataElementId" = ${demo.elements[code]!}::int`;
    await bump("MEM_AGE_36_40", 1);
    await bump("MEM_OCC_ENTERPRISE_STAFF", 1);
    try {
      expect(await issues()).toEqual([
        ["AP-CQD-01-1", "3-BTCTW", null, "- Lãnh đạo, quản lý và lao động trong các doanh nghiệp, chia ra:", "sumMismatch", expect.any(Object)],
        ["AP-CQD-01-1", "3-BTCTW", "1-BTCTW", "- Trên 60 tuổi", "groupMismatch", { sum: String(end + 1), value: String(end), whole: demo.elements.MEMBERS_TOTAL }],
      ]);
    } finally {
      await bump("MEM_AGE_36_40", -1);
      await bump("MEM_OCC_ENTERPRISE_STAFF", -1);
    }
    expect(await issues()).toEqual([]);
  });
});

// Migration 20261209100000_stat_form_3 gives an installation of the catalogue before Biểu 3 exactly the Biểu 3 a
// fresh setup creates from prisma/seed/catalogue-form-3.ts: the same rows, rules and places, and the same lines.
describe("the migration to Biểu 3", () => {
  const state = async () => ({
    elements: await t.sql`SELECT e."code", e."nameVi", e."nameEn", e."unitVi", e."valueType"::text, e."entryLevel"::text, e."groupCode", e."sortOrder", e."formCode", e."formRow", e."formOrder", e."formIndent",
        p."code" AS "partOf", s."code" AS "sumOf", e."sumSign", e."sumGroup" FROM "DataElement" e LEFT JOIN "DataElement" p ON p."id" = e."partOfId" LEFT JOIN "DataElement" s ON s."id" = e."sumOfId"
        WHERE e."formCode" = '3' ORDER BY e."code"`,
    lines: await t.sql<{ label: string; sumOf: string[] }>`SELECT l."formCode", l."formOrder", l."label", l."indent", d."code" AS "element", l."countKind"::text, c."code" AS "countIf",
          ARRAY(SELECT x."code" FROM unnest(l."sumOfIds") WITH ORDINALITY AS u("id", "n") JOIN "DataElement" x ON x."id" = u."id" ORDER BY u."n") AS "sumOf"
        FROM "StatFormLine" l LEFT JOIN "DataElement" d ON d."id" = l."dataElementId" LEFT JOIN "DataElement" c ON c."id" = l."countIfElementId" WHERE l."formCode" = '3' ORDER BY 1, 2`,
  });

  it("gives an installation of the old catalogue the same Biểu 3 as a fresh setup, and keeps every figure", async () => {
    const fresh = await state();
    expect([fresh.elements.length, fresh.lines.length]).toEqual([49, 13]);
    // The three lines Biểu 4 adds up, in its order: 56 ethnic groups' women, 54 minorities (all but Kinh and the
    // foreign-born), 7 religions.
    expect(fresh.lines.filter((l) => l.sumOf.length > 0).map((l) => [l.label, l.sumOf.length, l.sumOf[0]]))
      .toEqual([["Trong đó: - Nữ", 56, "ETHNIC_KINH_WOMEN"], ["- Dân tộc thiểu số", 54, "ETHNIC_TAY"], ["- Người theo tôn giáo", 7, "RELIGION_BUDDHISM"]]);
    const figuresBefore = await t.sql<{ n: number }>`SELECT COUNT(*)::int AS "n" FROM "Figure" f JOIN "DataElement" e ON e."id" = f."dataElementId" WHERE e."formCode" IS DISTINCT FROM '3'`;
    // Back to the catalogue before Biểu 3 (its figures go with its rows), then the migration's statements.
    await t.sql`DELETE FROM "StatFormLine" WHERE "formCode" = '3'`;
    await t.sql`DELETE FROM "Rollup" WHERE "dataElementId" IN (SELECT "id" FROM "DataElement" WHERE "formCode" = '3')`;
    await t.sql`DELETE FROM "Figure" WHERE "dataElementId" IN (SELECT "id" FROM "DataElement" WHERE "formCode" = '3')`;
    await t.sql`UPDATE "DataElement" SET "partOfId" = NULL, "sumOfId" = NULL, "sumSign" = NULL, "sumGroup" = NULL WHERE "formCode" = '3'`;
    await t.sql`DELETE FROM "DataElement" WHERE "formCode" = '3'`;
    // Biểu 3's rows, then the lines it adds up from Biểu 4's (a later migration).
    const sql = ["20261209100000_stat_form_3", "20261209300000_form_3_from_form_4"].map((m) => readFileSync(`prisma/migrations/${m}/migration.sql`, "utf8")).join("\n");
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    await client.query(sql);
    // Run twice: an installation that has the rows already is left as it is.
    await client.query(sql);
    await client.end();
    expect(await state()).toEqual(fresh);
    const figuresAfter = await t.sql<{ n: number }>`SELECT COUNT(*)::int AS "n" FROM "Figure" f JOIN "DataElement" e ON e."id" = f."dataElementId" WHERE e."formCode" IS DISTINCT FROM '3'`;
    expect(figuresAfter).toEqual(figuresBefore);
  });
});
