// Biểu số 4-BTCTW, the members by ethnic group and religion: the agencies' committee's workbook has the template's
// two panels, its rows and numbers equal to a sum written here on its own over the units' stored figures, the ethnic
// groups adding up to Biểu 1's row D; a unit's groups that do not add up to its members, women above their row or a
// religion above the members are refused on save and on import, and listed for approvers when stored anyway.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { findFormIssues } from "@/lib/forms/checks";
import { readForm } from "@/lib/forms/queries";
import { renderStatForm } from "@/lib/forms/render";
import { transaction } from "@/lib/sql";
import { ETHNIC_GROUPS, FORM_4 } from "../../prisma/seed/form-4";
import { seedDemo } from "../../prisma/seed/index";
import { createCatalogue } from "../../prisma/seed/installation";
import { pdfPages, squash } from "../unit/reports-files";
import { useTestDatabase } from "./db";
import { formInput, loadDemo, snapshot, type Demo, expectRefusedSaves, importCsv, yearCsv } from "./figures-fixtures";

const t = useTestDatabase();
let demo: Demo;
const ISSUED = new Date("2026-01-15T03:00:00Z");
const id = (code: string) => demo.committees[code]!;

const form = (code: string, committee: string, year: number) =>
  readForm(t.sql, { scopeCommitteeId: id("AP"), committeeId: id(committee), formCode: code, year, issuedOn: ISSUED });

async function sheetOf(committee: string, year: number) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderStatForm((await form("4", committee, year))!, "xlsx")) as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

/** Each element's sum over the stored figures of the units under the committee (written here on its own). */
async function storedSums(committee: string, year: number): Promise<Map<string, number>> {
  const rows = await t.sql<{ code: string; sum: string }>`
    SELECT e."code", SUM(f."value")::text AS "sum" FROM "CommitteeClosure" cc JOIN "Figure" f ON f."committeeId" = cc."descendantId"
    JOIN "DataElement" e ON e."id" = f."dataElementId"
    WHERE cc."ancestorId" = ${id(committee)}::int AND f."year" = ${year}::int AND (e."formCode" = '4' OR e."code" = 'MEMBERS_TOTAL') GROUP BY 1`;
  return new Map(rows.map((r) => [r.code, Number(r.sum)]));
}

beforeAll(async () => {
  await seedDemo(t.db);
  demo = await loadDemo(t.db);
});

describe("Biểu số 4-BTCTW, the members by ethnic group and religion", () => {
  it("downloads for the agencies' committee in the template's two panels, its numbers the units' and its groups adding up to Biểu 1's row D", async () => {
    const sheet = await sheetOf("AP-CQD", 2025);
    const text = (address: string) => String(sheet.getCell(address).value ?? "");
    expect([text("A1"), text("A2"), text("H1"), text("A4"), text("A5")]).toEqual([
      "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH", "BAN TỔ CHỨC", "Biểu số 4-BTCTW", "THỐNG KÊ ĐẢNG VIÊN CHIA THEO DÂN TỘC VÀ TRONG CÁC TÔN GIÁO NĂM 2025",
      "(Tổng hợp từ số liệu đã gửi của 8/8 đơn vị)",
    ]);
    // Both panels have the template's header and numbering.
    for (const cols of ["ABCDE", "FGHIJ"]) {
      const [tt, name, total, women, percent] = cols;
      expect([text(`${tt}7`), text(`${name}7`), text(`${total}7`), text(`${total}8`), text(`${women}8`), text(`${percent}7`)])
        .toEqual(["TT", "Tên dân tộc, tôn giáo", "Đảng viên chia theo dân tộc, tôn giáo", "Tổng số", "Trong đó: nữ", "Tỷ lệ (%)"]);
      expect([...cols].map((c) => text(`${c}9`))).toEqual(["1", "2", "3", "4", "5"]);
    }
    // Left: I and the ethnic groups 1–32; right: 33–56, then II and the seven religions.
    expect([text("A10"), text("B10"), text("A11"), text("B11"), text("A42"), text("B42")]).toEqual(["I", "Đảng viên chia theo dân tộc", "1", "Kinh", "32", "Chơ-ro"]);
    expect([text("F10"), text("G10"), text("F33"), text("G33"), text("F34"), text("G34"), text("F35"), text("G35"), text("G41")])
      .toEqual(["33", "Kháng", "56", "Quốc tịch gốc nước ngoài", "II", "Đảng viên chia theo tôn giáo", "1", "Phật giáo", "Đạo khác"]);

    const sums = await storedSums("AP-CQD", 2025);
    const members = sums.get("MEMBERS_TOTAL")!;
    const form1 = await form("1", "AP-CQD", 2025);
    expect(members).toBe(806);
    expect(form1 && "rows" in form1 ? (form1.rows.at(-1) as { current: number }).current : null).toBe(members);
    // Every row: its number, its women and its share, as the units entered them (empty where none has the group).
    const cellsOf = (cols: string, row: number) => [...cols.slice(2)].map((c) => sheet.getCell(`${c}${row}`).value);
    const expected = (code: string) => {
      const total = sums.get(code) ?? null;
      return [total, sums.get(`${code}_WOMEN`) ?? null, total === null ? null : Math.round((total * 10000) / members) / 100];
    };
    const ethnicCells = ETHNIC_GROUPS.map((_, i) => cellsOf(i < 32 ? "ABCDE" : "FGHIJ", i < 32 ? 11 + i : 10 + i - 32));
    expect(ethnicCells).toEqual(ETHNIC_GROUPS.map(([code]) => expected(`ETHNIC_${code}`)));
    expect(cellsOf("FGHIJ", 35)).toEqual(expected("RELIGION_BUDDHISM"));
    expect(cellsOf("ABCDE", 11)).toEqual([sums.get("ETHNIC_KINH"), sums.get("ETHNIC_KINH_WOMEN"), expected("ETHNIC_KINH")[2]]);
    // The ethnic groups are the members, every one of them; the demo has some in four groups or more.
    expect(ethnicCells.reduce((s, [total]) => s + Number(total ?? 0), 0)).toBe(members);
    expect(ethnicCells.filter(([total]) => total !== null).length).toBeGreaterThanOrEqual(4);
    expect(text(`A${10 + 33}`)).toBe("Cột 5 = cột 3 × 100 / tổng số đảng viên trong danh sách cuối kỳ báo cáo (dòng D, Biểu số 1-BTCTW: 806).");
  });

  it("prints the PDF with the same header and rows, and answers nothing for a committee outside the scope", async () => {
    const model = (await form("4", "AP-CQD", 2025))!;
    const [page, ...more] = await pdfPages(await renderStatForm(model, "pdf"));
    expect(more).toEqual([]);
    const flat = squash(page!);
    for (const expected of ["Biểu số 4-BTCTW", "THỐNG KÊ ĐẢNG VIÊN CHIA THEO DÂN TỘC VÀ TRONG CÁC TÔN GIÁO NĂM 2025", "Tên dân tộc, tôn giáo", "Kinh", "Quốc tịch gốc nước ngoài", "Phật giáo", "NGƯỜI LẬP BIỂU", "TRƯỞNG BAN"]) {
      expect(flat).toContain(squash(expected));
    }
    expect(await readForm(t.sql, { scopeCommitteeId: id("AP-KCQDN"), committeeId: id("AP-CQD"), formCode: "4", year: 2025, issuedOn: ISSUED })).toBeNull();
  });
});

describe("the identities of Biểu 4 in the entry form, the import and the review", () => {
  const cell = "AP-CQD-01-1";
  const year = 2028;
  const biểu1 = { MEMBERS_START: "40", MEMBERS_INCREASE: "3", MEMBERS_ADMITTED: "2", MEMBERS_TRANSFERRED_IN: "1", MEMBERS_IN_OTHER_PROVINCE: "0",
    MEMBERS_IN_OTHER_DISTRICT: "1", MEMBERS_REINSTATED: "0", MEMBERS_DECREASE: "1", MEMBERS_DIED: "1", MEMBERS_EXPELLED: "0", MEMBERS_STRUCK_OFF: "0",
    MEMBERS_STRUCK_OFF_PROBATIONARY: "0", MEMBERS_RESIGNED: "0", MEMBERS_TRANSFERRED_OUT: "0", MEMBERS_OUT_OTHER_PROVINCE: "0", MEMBERS_OUT_OTHER_DISTRICT: "0",
    MEMBERS_TOTAL: "42" };
  // A cell of 42: 39 Kinh, 3 Khơ-me; 4 Buddhists. Every other row left empty, as a clerk leaves them.
  const adding = { ...biểu1, ETHNIC_KINH: "39", ETHNIC_KINH_WOMEN: "15", ETHNIC_KHMER: "3", ETHNIC_KHMER_WOMEN: "1", RELIGION_BUDDHISM: "4" };

  it("refuses a save whose groups do not add up to the members, women above their row or a religion above the members, and changes nothing", async () => {
    await expectRefusedSaves(t, demo, cell, year, [
      // One Khơ-me fewer: the groups add up to 41, not 42, said beside the last group typed.
      [{ ...adding, ETHNIC_KHMER: "2" }, "ETHNIC_KHMER", "groupMismatch", { sum: "41", value: "42", whole: demo.elements.MEMBERS_TOTAL! }],
      [{ ...adding, ETHNIC_KINH_WOMEN: "40" }, "ETHNIC_KINH_WOMEN", "partAboveWhole", { value: "39" }],
      [{ ...adding, RELIGION_BUDDHISM: "43" }, "RELIGION_BUDDHISM", "partAboveWhole", { value: "42" }],
    ], adding);
  });

  it("refuses the same in an imported file, on the line of the last group typed, and applies the file once it adds up", async () => {
    const next = { ...biểu1, MEMBERS_START: "42", MEMBERS_TOTAL: "44", ETHNIC_KINH: "40", ETHNIC_HOA: "3", RELIGION_CATHOLIC: "2" };
    const lines = (values: Record<string, string>) => yearCsv(cell, year + 1, values);
    const read = (text: string) => importCsv(t.db, demo, text);
    const before = await snapshot(t.db);
    const report = await read(lines(next));
    expect(report.applied).toBe(false);
    const line = Object.keys(next).indexOf("ETHNIC_HOA") + 2;
    expect(report.errors.map((e) => [e.row, e.key, e.params])).toEqual([[line, "groupMismatch", { sum: "43", value: "44", whole: "Tổng số đảng viên cuối năm" }]]);
    expect(await snapshot(t.db)).toEqual(before);
    expect((await read(lines({ ...next, ETHNIC_HOA: "4" }))).applied).toBe(true);
  });

  it("lists for approvers a unit whose stored groups no longer add up to its members, as a check against Biểu 1", async () => {
    const issues = () => findFormIssues(t.sql, id("AP"), id("AP-CQD"), 2025);
    expect(await issues()).toEqual([]);
    const unit = id("AP-CQD-01-1");
    const kinh = demo.elements.ETHNIC_KINH!;
    await t.sql`UPDATE "Figure" SET "value" = "value" + 1 WHERE "committeeId" = ${unit}::int AND "year" = 2025 AND "dataElementId" = ${kinh}::int`;
    try {
      const found = (await issues())!.map((i) => [i.code, i.form, i.otherForm, i.message.key, i.message.params?.whole]);
      expect(found).toEqual([["AP-CQD-01-1", "4-BTCTW", "1-BTCTW", "groupMismatch", demo.elements.MEMBERS_TOTAL]]);
    } finally {
      await t.sql`UPDATE "Figure" SET "value" = "value" - 1 WHERE "committeeId" = ${unit}::int AND "year" = 2025 AND "dataElementId" = ${kinh}::int`;
    }
  });
});

describe("migration 20261209200000_stat_form_4", () => {
  it("gives an installation of the older catalogue the same Biểu 4 as a fresh setup", async () => {
    const state = async () => ({
      elements: await t.sql`SELECT e."code", e."nameVi", e."nameEn", e."unitVi", e."valueType"::text, e."entryLevel"::text, e."groupCode", e."formCode", e."formRow", e."formOrder",
          e."formIndent", e."blankIsZero", p."code" AS "partOf", s."code" AS "sumOf", e."sumSign", e."sumGroup"
        FROM "DataElement" e LEFT JOIN "DataElement" p ON p."id" = e."partOfId" LEFT JOIN "DataElement" s ON s."id" = e."sumOfId" ORDER BY e."code"`,
      // Biểu 4's rows come after every other element, in the form's order.
      order: await t.sql`SELECT "code" FROM "DataElement" WHERE "sortOrder" > (SELECT MAX("sortOrder") FROM "DataElement" WHERE "formCode" IS DISTINCT FROM '4') ORDER BY "sortOrder"`,
      lines: await t.sql`SELECT "formCode", "formOrder", "label", "indent" FROM "StatFormLine" WHERE "formCode" = '4' ORDER BY 2`,
    });
    const fresh = await state();
    expect(fresh.order.length).toBe(FORM_4.length);
    await t.sql`DELETE FROM "StatFormLine" WHERE "formCode" = '4'`;
    await t.sql`DELETE FROM "Figure" WHERE "dataElementId" IN (SELECT "id" FROM "DataElement" WHERE "formCode" = '4')`;
    await t.sql`DELETE FROM "Rollup" WHERE "dataElementId" IN (SELECT "id" FROM "DataElement" WHERE "formCode" = '4')`;
    await t.sql`UPDATE "DataElement" SET "partOfId" = NULL, "sumOfId" = NULL, "sumSign" = NULL, "sumGroup" = NULL WHERE "formCode" = '4'`;
    await t.sql`DELETE FROM "DataElement" WHERE "formCode" = '4'`;
    const sql = readFileSync("prisma/migrations/20261209200000_stat_form_4/migration.sql", "utf8");
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    await client.query(sql.slice(sql.indexOf("-- An installation that has the standard catalogue")));
    await client.end();
    expect(await state()).toEqual(fresh);
    // And a fresh setup on top of it adds nothing.
    expect((await transaction(t.db, (tx) => createCatalogue(tx))).created).toBe(0);
  });
});
