// Biểu số 5-BTCTW counted from the committee tree: the agencies' committee's workbook has the template's header and
// rows, and counts equal to a count written here on its own over the tree and the stored figures; a type set on the
// edit form or in the tree file moves a unit to its row, audited in words; a type the file does not know is refused.
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/auth/action";
import { auditSentence } from "@/lib/audit/sentence";
import { FORM_5_ROWS } from "@/lib/committees/grassroots-types";
import { readTreeRecords, type TreeRow } from "@/lib/committees/tree-file/columns";
import { getTreeRows, renderTreeCsv } from "@/lib/committees/tree-file/export-tree";
import { importTree } from "@/lib/committees/tree-file/import-tree";
import { describeTreeIssues } from "@/lib/committees/tree-file/messages";
import { addUnitSpec, editUnitSpec } from "@/lib/committees/units";
import { applyRestructure, previewRestructure } from "@/lib/committees/restructure/mutations";
import type { RestructureInput } from "@/lib/committees/restructure/schema";
import { readForm } from "@/lib/forms/queries";
import { renderStatForm } from "@/lib/forms/render";
import { readRecords } from "@/lib/imports/records";
import { seedDemo } from "../../prisma/seed/index";
import { pdfPages, squash } from "../unit/reports-files";
import { useTestDatabase } from "./db";
import { loadDemo, type Demo } from "./figures-fixtures";

const t = useTestDatabase();
let demo: Demo;
const ISSUED = new Date("2026-01-15T03:00:00Z");
const id = (code: string) => demo.committees[code]!;

beforeAll(async () => {
  await seedDemo(t.db);
  demo = await loadDemo(t.db);
});

const form5 = (committee: string, year: number) =>
  readForm(t.sql, { scopeCommitteeId: id("AP"), committeeId: id(committee), formCode: "5", year, issuedOn: ISSUED });

async function sheetOf(committee: string, year: number) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderStatForm((await form5(committee, year))!, "xlsx")) as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

/**
 * The same counts written independently: the grassroots organizations in force at the end of the year under the
 * committee, by type and kind; the cells in force under them; members = the year-end members entered by the units
 * with nothing in force below them, anywhere under the organization.
 */
async function countByType(committee: string, year: number) {
  const end = `${year}-12-31`;
  const rows = await t.sql<{ type: string; kind: string; n: number; partials: number; cells: number; members: string | null }>`
    WITH g AS (
      SELECT c.* FROM "CommitteeClosure" cc JOIN "Committee" c ON c."id" = cc."descendantId"
      WHERE cc."ancestorId" = ${id(committee)}::int AND c."kind" IN ('GRASSROOTS', 'GRASSROOTS_CELL')
        AND c."validFrom" <= ${end}::date AND (c."validTo" IS NULL OR c."validTo" > ${end}::date)
    ), leaf AS (
      SELECT c."id" FROM "Committee" c WHERE c."validFrom" <= ${end}::date AND (c."validTo" IS NULL OR c."validTo" > ${end}::date)
        AND NOT EXISTS (SELECT 1 FROM "Committee" k WHERE k."parentId" = c."id" AND k."validFrom" <= ${end}::date AND (k."validTo" IS NULL OR k."validTo" > ${end}::date))
    )
    SELECT g."grassrootsType"::text AS "type", g."kind"::text AS "kind", COUNT(*)::int AS "n",
      SUM((SELECT COUNT(*) FROM "CommitteeClosure" b JOIN "Committee" d ON d."id" = b."descendantId"
           WHERE b."ancestorId" = g."id" AND d."kind" = 'PARTIAL_GRASSROOTS' AND d."validFrom" <= ${end}::date AND (d."validTo" IS NULL OR d."validTo" > ${end}::date)))::int AS "partials",
      SUM((SELECT COUNT(*) FROM "CommitteeClosure" b JOIN "Committee" d ON d."id" = b."descendantId"
           WHERE b."ancestorId" = g."id" AND d."kind" = 'CELL' AND d."validFrom" <= ${end}::date AND (d."validTo" IS NULL OR d."validTo" > ${end}::date)))::int AS "cells",
      SUM((SELECT SUM(f."value") FROM "CommitteeClosure" b JOIN "Figure" f ON f."committeeId" = b."descendantId" JOIN "DataElement" e ON e."id" = f."dataElementId"
           WHERE b."ancestorId" = g."id" AND e."code" = 'MEMBERS_TOTAL' AND f."year" = ${year}::int AND f."committeeId" IN (SELECT "id" FROM leaf)))::text AS "members"
    FROM g GROUP BY 1, 2`;
  return FORM_5_ROWS.map((row) => {
    const of = rows.filter((r) => r.type !== null && (row.types as readonly string[]).includes(r.type));
    const sum = (f: (r: (typeof rows)[number]) => number) => of.reduce((s, r) => s + f(r), 0);
    const committees = sum((r) => (r.kind === "GRASSROOTS" ? r.n : 0));
    const cellsAtBase = sum((r) => (r.kind === "GRASSROOTS_CELL" ? r.n : 0));
    const entered = of.filter((r) => r.members !== null);
    return [row.label, committees + cellsAtBase, committees, cellsAtBase, sum((r) => r.partials), sum((r) => r.cells), entered.length ? entered.reduce((s, r) => s + Number(r.members), 0) : null];
  });
}

const bodyOf = (sheet: ExcelJS.Worksheet) =>
  FORM_5_ROWS.map((_, i) => [1, 2, 3, 4, 5, 6, 7].map((c) => sheet.getRow(11 + i).getCell(c).value));

describe("Biểu số 5-BTCTW, counted from the committee tree", () => {
  it("downloads for the agencies' committee in the template's layout, its counts those of the tree", async () => {
    const sheet = await sheetOf("AP-CQD", 2025);
    const text = (address: string) => String(sheet.getCell(address).value ?? "");
    expect([text("A1"), text("A2"), text("F1")]).toEqual(["ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH", "BAN TỔ CHỨC", "Biểu số 5-BTCTW"]);
    expect(text("A4")).toBe("THỐNG KÊ TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN TRONG CÁC LOẠI HÌNH CƠ SỞ NĂM 2025");
    // Every grassroots organization of the demo has a type: no note under the title.
    expect(text("A5")).toBe("");
    expect(["A7", "B7", "E7", "G7", "B8", "C8", "E8", "C9", "D9", "E9", "F9"].map(text)).toEqual([
      "Loại hình tổ chức cơ sở đảng", "Số tổ chức cơ sở đảng", "Tổ chức đảng trực thuộc Đảng bộ cơ sở", "Tổng số đảng viên",
      "Tổng số", "Chia ra", "Chia ra", "Đảng bộ cơ sở", "Chi bộ cơ sở", "Đảng bộ bộ phận", "Chi bộ trực thuộc",
    ]);
    expect(["A", "B", "C", "D", "E", "F", "G"].map((c) => text(`${c}10`))).toEqual(["1", "2 (=3+4)", "3", "4", "5", "6", "7"]);
    const body = bodyOf(sheet);
    expect(body.map((r) => r[0])).toEqual([
      "1. Xã", "2. Phường", "3. Thị trấn", "4. Cơ quan Đảng, MTTQ, đoàn thể CT-XH", "5. Cơ quan Nhà nước", "6. Đơn vị sự nghiệp, gồm:",
      "a) Công lập", "b) Ngoài công lập", "7. Quân đội", "8. Công an", "9. Doanh nghiệp và hợp tác xã", "a) Doanh nghiệp có vốn Nhà nước",
      "- Nhà nước nắm giữ 100% vốn điều lệ", "- Nhà nước nắm giữ từ 50% vốn điều lệ trở lên", "- Nhà nước nắm giữ dưới 50% vốn điều lệ",
      "b) Doanh nghiệp ngoài khu vực Nhà nước", "- Công ty Cổ phần", "- Doanh nghiệp tư nhân", "- Công ty trách nhiệm hữu hạn", "- Công ty hợp danh",
      "- Doanh nghiệp có vốn nước ngoài", "Trong đó: Doanh nghiệp 100% vốn NN", "c) Hợp tác xã", "10. Tổ chức cơ sở đảng ở ngoài nước",
      "11. Loại hình cơ sở khác*", "Cộng (1+….+11)",
    ]);
    expect(body).toEqual(await countByType("AP-CQD", 2025));
    const row = (label: string) => body.find((r) => r[0] === label)!;
    // The 12 organizations of 10 Feb 2025: the Party boards, the Front and the mass organizations (the Office a
    // committee with 3 cells), the press and the school (committees with 5 cells), the People's Council's office.
    expect(row("4. Cơ quan Đảng, MTTQ, đoàn thể CT-XH").slice(1, 6)).toEqual([9, 1, 8, 0, 3]);
    expect(row("a) Công lập").slice(1, 6)).toEqual([2, 2, 0, 0, 5]);
    expect(row("5. Cơ quan Nhà nước").slice(1, 6)).toEqual([1, 0, 1, 0, 0]);
    expect(row("1. Xã").slice(1)).toEqual([0, 0, 0, 0, 0, null]);
    // The total's members are Biểu 1's row D of the committee: 806 at the end of 2025.
    const form1 = await readForm(t.sql, { scopeCommitteeId: id("AP"), committeeId: id("AP-CQD"), formCode: "1", year: 2025, issuedOn: ISSUED });
    const d = (form1 as { rows: { label: string; current: number | null }[] }).rows.find((r) => r.label.startsWith("D - "))!.current;
    expect(row("Cộng (1+….+11)").slice(1)).toEqual([12, 3, 9, 0, 8, d]);
    expect(d).toBe(806);
    expect(String(sheet.getCell(`D${11 + FORM_5_ROWS.length + 1}`).value)).toBe("An Phú, ngày 15 tháng 01 năm 2026");
  });

  it("counts the bloc's enterprises in their rows and prints the same form as a PDF", async () => {
    const body = bodyOf(await sheetOf("AP-KCQDN", 2025));
    expect(body).toEqual(await countByType("AP-KCQDN", 2025));
    const row = (label: string) => body.find((r) => r[0] === label)!;
    expect(row("9. Doanh nghiệp và hợp tác xã").slice(1, 4)).toEqual([5, 3, 2]);
    expect(row("a) Doanh nghiệp có vốn Nhà nước").slice(1, 4)).toEqual([4, 3, 1]);
    expect(row("- Công ty Cổ phần").slice(1, 4)).toEqual([1, 0, 1]);
    expect(row("Cộng (1+….+11)").slice(1, 4)).toEqual([22, 10, 12]);
    const pages = await pdfPages(await renderStatForm((await form5("AP-KCQDN", 2025))!, "pdf"));
    const all = squash(pages.join(" "));
    for (const words of ["Biểu số 5-BTCTW", "Loại hình tổ chức cơ sở đảng", "9. Doanh nghiệp và hợp tác xã", "Cộng (1+….+11)", "TRƯỞNG BAN"]) expect(all).toContain(squash(words));
  });

  it("counts a đảng bộ bộ phận (column 5) with the cells under it still in column 6, from the year it is formed", async () => {
    const before = bodyOf(await sheetOf("AP-CQD", 2026));
    const row = (body: unknown[][]) => body.find((r) => r[0] === "a) Công lập")!;
    expect(row(before).slice(1)).toEqual([2, 2, 0, 0, 5, row(before)[6]]);
    // The political school's committee forms a faculty committee and puts two of its cells under it.
    const added = await runAction(addUnitSpec, demo.viewers.admin, {
      code: "AP-CQD-08-K", name: "Đảng bộ bộ phận Khoa Lý luận", nameEn: "", kind: "PARTIAL_GRASSROOTS", parentId: String(id("AP-CQD-08")), validFrom: "2026-03-01",
    }, t.db);
    expect(added.ok).toBe(true);
    const partial = (await t.db.committee.findUniqueOrThrow({ where: { code: "AP-CQD-08-K" } })).id;
    for (const cell of ["AP-CQD-08-1", "AP-CQD-08-2"]) {
      const op: RestructureInput = { op: "move", effectiveFrom: "2026-03-02", committeeId: id(cell), parentId: partial };
      await applyRestructure(t.db, op, (await previewRestructure(t.db, op, demo.viewers.admin)).versions, demo.viewers.admin);
    }
    // Only under a grassroots committee: not directly under the agencies' committee.
    const misplaced = await runAction(addUnitSpec, demo.viewers.admin, {
      code: "AP-CQD-40", name: "Đảng bộ bộ phận lạc chỗ", nameEn: "", kind: "PARTIAL_GRASSROOTS", parentId: String(id("AP-CQD")), validFrom: "2026-03-01",
    }, t.db);
    expect(misplaced).toMatchObject({ ok: false, error: { key: "restructureKindNotUnder" } });

    const after = bodyOf(await sheetOf("AP-CQD", 2026));
    expect(after).toEqual(await countByType("AP-CQD", 2026));
    // Same organizations, cells and members; one đảng bộ bộ phận more in its row and the total.
    expect(row(after)).toEqual([...row(before).slice(0, 4), 1, ...row(before).slice(5)]);
    expect(after.at(-1)![4]).toBe(1);
    // The year before it was formed is as it was.
    expect(row(bodyOf(await sheetOf("AP-CQD", 2025)))[4]).toBe(0);
  });

  it("moves a unit to another row when the edit form sets its type, audited in words", async () => {
    const unit = await t.db.committee.findUniqueOrThrow({ where: { code: "AP-KCQDN-22" } });
    expect(unit.grassrootsType).toBe("OTHER");
    const fields = { id: String(unit.id), version: String(unit.version), code: unit.code, name: unit.name, nameEn: unit.nameEn ?? "", kind: unit.kind, effectiveFrom: "2026-01-05" };
    expect(await runAction(editUnitSpec, demo.viewers.admin, { ...fields, grassrootsType: "NO_SUCH" }, t.db)).toMatchObject({ ok: false, error: { code: "INVALID" } });
    expect(await runAction(editUnitSpec, demo.viewers.admin, { ...fields, grassrootsType: "NON_PUBLIC_SERVICE" }, t.db)).toMatchObject({ ok: true });
    expect((await t.db.committee.findUniqueOrThrow({ where: { id: unit.id } })).grassrootsType).toBe("NON_PUBLIC_SERVICE");
    const body = bodyOf(await sheetOf("AP-KCQDN", 2025));
    expect(body.find((r) => r[0] === "b) Ngoài công lập")!.slice(1, 4)).toEqual([1, 0, 1]);
    expect(body.find((r) => r[0] === "11. Loại hình cơ sở khác*")!.slice(1, 4)).toEqual([1, 0, 1]);
    const [event] = await t.db.auditEvent.findMany({ where: { action: "committee.update", committeeId: unit.id } });
    expect(auditSentence({ ...event!, after: event!.after as never, before: event!.before as never }, "vi", { elements: {}, committees: {} }))
      .toContain("Loại hình cơ sở khác");
    expect(auditSentence({ ...event!, after: event!.after as never, before: event!.before as never }, "vi", { elements: {}, committees: {} }))
      .toContain("Đơn vị sự nghiệp ngoài công lập");
    // Cleared with "", left alone when the form does not send it.
    const version = (await t.db.committee.findUniqueOrThrow({ where: { id: unit.id } })).version;
    expect(await runAction(editUnitSpec, demo.viewers.admin, { ...fields, version: String(version), grassrootsType: "" }, t.db)).toMatchObject({ ok: true });
    expect((await t.db.committee.findUniqueOrThrow({ where: { id: unit.id } })).grassrootsType).toBeNull();
    const sheet = await sheetOf("AP-KCQDN", 2025);
    expect(String(sheet.getCell("A5").value)).toBe("(1 tổ chức cơ sở đảng chưa xác định loại hình: không tính vào dòng nào)");
    expect(bodyOf(sheet).at(-1)!.slice(1, 4)).toEqual([21, 10, 11]);
  });

  it("sets types from the tree file by code or name, refuses an unknown one, and exports them", async () => {
    const now = new Date("2026-06-01T03:00:00Z");
    const actor = { userId: demo.viewers.admin.userId, role: demo.viewers.admin.role, scopeCommitteeId: id("AP-KCQDN") };
    const exported = renderTreeCsv((await getTreeRows(t.sql, id("AP-KCQDN"), id("AP-KCQDN")))!, "vi");
    const lines = exported.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
    expect(lines[0]).toBe("code;name;name_en;kind;parent_code;valid_from;valid_to;grassroots_type");
    expect(lines.find((l) => l.startsWith("AP-KCQDN-07;"))!.endsWith(";STATE_ENTERPRISE_MAJORITY")).toBe(true);
    const rowsOf = async (csv: string): Promise<TreeRow[]> => {
      const read = readTreeRecords(await readRecords(Readable.from([Buffer.from(csv)]), "csv"));
      if (!read.ok) throw new Error(JSON.stringify(read.issues));
      return read.rows;
    };
    const header = "code;name;name_en;kind;parent_code;valid_from;valid_to;grassroots_type";
    const bad = await importTree(t.db, await rowsOf(`${header}\r\nAP-KCQDN-22;Chi bộ Hội Chữ thập đỏ tỉnh;Red Cross Society;GRASSROOTS_CELL;AP-KCQDN;2010-01-01;;Hội quần chúng\r\n`), { actor, now });
    expect(describeTreeIssues(bad.issues, "vi").map((i) => `${i.row} ${i.column}: ${i.message}`)).toEqual([
      expect.stringMatching(/^2 grassroots_type: Loại hình cơ sở "Hội quần chúng" không có; dùng một trong: COMMUNE, WARD, /),
    ]);
    const report = await importTree(t.db, await rowsOf([
      header,
      // By its name in Vietnamese, and a new grassroots cell with its type by code.
      "AP-KCQDN-22;Chi bộ Hội Chữ thập đỏ tỉnh;Red Cross Society;GRASSROOTS_CELL;AP-KCQDN;2010-01-01;;Loại hình cơ sở khác",
      "AP-KCQDN-23;Chi bộ Công ty TNHH Bao bì An Phú;An Phu Packaging LLC;GRASSROOTS_CELL;AP-KCQDN;2026-03-01;;LIMITED_LIABILITY",
      // An empty cell keeps the stored type.
      "AP-KCQDN-07;Đảng bộ Công ty Cổ phần Cấp nước An Phú;An Phu Water Supply JSC;GRASSROOTS;AP-KCQDN;2010-01-01;;",
    ].join("\r\n") + "\r\n"), { actor, now, source: "loai-hinh.csv" });
    expect(report).toMatchObject({ issues: [], created: 1, corrected: 1, unchanged: 1, applied: true });
    const types = Object.fromEntries((await t.db.committee.findMany({ where: { code: { in: ["AP-KCQDN-22", "AP-KCQDN-23", "AP-KCQDN-07"] } } })).map((c) => [c.code, c.grassrootsType]));
    expect(types).toEqual({ "AP-KCQDN-22": "OTHER", "AP-KCQDN-23": "LIMITED_LIABILITY", "AP-KCQDN-07": "STATE_ENTERPRISE_MAJORITY" });
    const body = bodyOf(await sheetOf("AP-KCQDN", 2026));
    expect(body.find((r) => r[0] === "- Công ty trách nhiệm hữu hạn")!.slice(1, 4)).toEqual([1, 0, 1]);
    expect(body).toEqual(await countByType("AP-KCQDN", 2026));
  });
});
