// The committee tree from a file: a generated province loads, every kind of bad row is reported with its row and
// column while nothing is written, a known code's new parent or name goes through restructuring (rollups exact,
// history dated), one audit event in words, and export → import → export gives the same bytes.
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { auditSentence } from "@/lib/audit/sentence";
import { readTreeRecords, type TreeRow } from "@/lib/committees/tree-file/columns";
import { getTreeRows, renderTreeCsv, writeTreeXlsx } from "@/lib/committees/tree-file/export-tree";
import { importTree } from "@/lib/committees/tree-file/import-tree";
import { describeTreeIssues } from "@/lib/committees/tree-file/messages";
import { findRollupDrift } from "@/lib/figures/rollup";
import { bufferOf } from "@/lib/imports/files";
import { readRecords } from "@/lib/imports/records";
import { generateTreeRows } from "../../bench/lib/tree-file";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";
import { loadDemo, type Demo } from "./figures-fixtures";

const t = useTestDatabase();
let demo: Demo;
const now = new Date("2026-06-01T03:00:00Z");
const actor = () => ({ userId: demo.viewers.admin.userId, role: demo.viewers.admin.role, scopeCommitteeId: demo.viewers.admin.scopeCommitteeId });

async function rowsOf(csv: string): Promise<TreeRow[]> {
  const read = readTreeRecords(await readRecords(Readable.from([Buffer.from(csv)]), "csv"));
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.rows;
}
const csvOf = (lines: string[]) => `code;name;name_en;kind;parent_code;valid_from;valid_to\r\n${lines.join("\r\n")}\r\n`;
const count = async () => Number((await t.sql<{ n: string }>`SELECT count(*) AS n FROM "Committee"`)[0]!.n);
const exportCsv = async () => renderTreeCsv((await getTreeRows(t.sql, demo.committees.AP!, demo.committees.AP!))!, "vi");

beforeAll(async () => {
  await seedDemo(t.db);
  demo = await loadDemo(t.db);
});

describe("the committee tree from a file", () => {
  it("lists every bad row with its row, column and message in Vietnamese, and writes nothing", async () => {
    const before = await count();
    const rows = await rowsOf(csvOf([
      "X-1;Chi bộ A;;CELL;NO-SUCH;2024-01-01;",        // 2 unknown parent
      "X-2;Đảng bộ B;;GRASSROOTS;X-3;2024-01-01;",     // 3 cycle with row 4
      "X-3;Đảng bộ C;;GRASSROOTS;X-2;2024-01-01;",     // 4
      "X-4;Chi bộ D;;CELL;AP;2024-01-01;",             // 5 a cell directly under the province
      "X-5;Đảng bộ E;;GRASSROOTS;AP;2024-05-01;2024-01-01", // 6 dates out of order (and a new unit cannot have ended)
      "X-4;Chi bộ F;;GRASSROOTS_CELL;AP;2024-01-01;",  // 7 duplicate code
      "X-6;;;GRASSROOTS_CELL;AP;2024-01-01;",          // 8 missing name
      "X-7;Chi bộ G;;NHÓM;AP;31/02/2024;",              // 9 unknown kind, no such day
    ]));
    const report = await importTree(t.db, rows, { actor: actor(), now });
    const found = describeTreeIssues(report.issues, "vi").map((i) => `${i.row} ${i.column}: ${i.message}`);
    expect(found).toEqual([
      "2 parent_code: Không có tổ chức cấp trên mã NO-SUCH trong phạm vi của bạn hoặc trong tệp.",
      "3 parent_code: Vòng lặp: X-2 nằm dưới chính nó qua X-3.",
      "4 parent_code: Vòng lặp: X-3 nằm dưới chính nó qua X-2.",
      "5 kind: Loại Chi bộ trực thuộc không thể trực thuộc Đảng bộ tỉnh.",
      "6 valid_to: Ngày kết thúc 2024-01-01 trước ngày thành lập 2024-05-01.",
      "6 valid_to: Tổ chức mới không thể có ngày kết thúc: thêm tổ chức trước, sau đó kết thúc bằng sắp xếp tổ chức.",
      "7 code: Mã X-4 lặp lại (đã có ở dòng 5).",
      "8 name: Ô này không được để trống.",
      "9 kind: Loại \"NHÓM\" không có; dùng một trong: CENTRAL, PROVINCIAL, DISTRICT, UPPER_GRASSROOTS, GRASSROOTS, GRASSROOTS_CELL, PARTIAL_GRASSROOTS, CELL.",
      "9 valid_from: Ngày \"31/02/2024\" không hợp lệ: ghi theo dạng 2025-07-01 hoặc 01/07/2025.",
    ]);
    expect(report.applied).toBe(false);
    expect(await count()).toBe(before);
  });

  it("is for those who manage committees, within their own subtree", async () => {
    const editor = demo.viewers.editor;
    await expect(importTree(t.db, [], { actor: { userId: editor.userId, role: editor.role, scopeCommitteeId: editor.scopeCommitteeId }, now }))
      .rejects.toMatchObject({ code: "FORBIDDEN" });
    const agencies = { ...actor(), scopeCommitteeId: demo.committees["AP-CQD"]! };
    const report = await importTree(t.db, await rowsOf(csvOf(["X-8;Chi bộ H;;CELL;AP-KCQDN-01;2024-01-01;", "AP-KCQDN;Khối;;UPPER_GRASSROOTS;AP;2008-06-01;"])), { actor: agencies, now });
    expect(describeTreeIssues(report.issues, "en").map((i) => `${i.row} ${i.column}: ${i.message}`)).toEqual([
      "2 parent_code: No parent with code AP-KCQDN-01 in your scope or in the file.",
      "3 code: Code AP-KCQDN is already used by another organization.",
    ]);
  });

  it("refuses a header with an unknown or missing column, naming it", async () => {
    const read = readTreeRecords(await readRecords(Readable.from([Buffer.from("code;name;kind;parent;valid_from\r\nA;B;CELL;AP;2024-01-01\r\n")]), "csv"));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(describeTreeIssues(read.issues, "en")).toEqual([
      { row: 1, column: "parent", message: "Column not in the template: \"parent\"." },
      { row: 1, column: "parent_code", message: "Column \"parent_code\" is missing." },
    ]);
  });

  it("loads a generated 3,000-unit province in one go, each unit at its place in the tree", async () => {
    const before = await count();
    const rows = await rowsOf(renderTreeCsv(generateTreeRows(3000, "AP", "GEN"), "vi"));
    const dry = await importTree(t.db, rows, { actor: actor(), now, dryRun: true });
    expect(dry).toMatchObject({ issues: [], created: 3000, applied: false });
    expect(await count()).toBe(before);
    const report = await importTree(t.db, rows, { actor: actor(), now, source: "tinh.csv" });
    expect(report).toMatchObject({ issues: [], created: 3000, applied: true });
    expect(await count()).toBe(before + 3000);
    const path = await t.sql<{ code: string; depth: number }>`
      SELECT a."code", cc."depth" FROM "CommitteeClosure" cc JOIN "Committee" a ON a."id" = cc."ancestorId"
      JOIN "Committee" d ON d."id" = cc."descendantId" WHERE d."code" = 'GEN-D02-G004-C3' ORDER BY cc."depth"`;
    expect(path).toEqual([
      { code: "GEN-D02-G004-C3", depth: 0 }, { code: "GEN-D02-G004", depth: 1 }, { code: "GEN-D02", depth: 2 }, { code: "AP", depth: 3 },
    ]);
    const [link] = await t.sql<{ parent: string; from: string }>`
      SELECT p."code" AS "parent", to_char(l."validFrom", 'YYYY-MM-DD') AS "from" FROM "CommitteeLink" l
      JOIN "Committee" c ON c."id" = l."committeeId" JOIN "Committee" p ON p."id" = l."parentId" WHERE c."code" = 'GEN-D02-G004-C3'`;
    expect(link).toEqual({ parent: "GEN-D02-G004", from: "2020-01-01" });
    const events = await t.db.auditEvent.findMany({ where: { action: "committee.import" } });
    expect(events).toHaveLength(1);
    expect(auditSentence({ ...events[0]!, after: events[0]!.after as never, before: null }, "vi", { elements: {}, committees: {} }))
      .toBe("Nhập cây tổ chức từ tệp tinh.csv (áp dụng từ 01/06/2026): 3000 tổ chức mới, 0 chuyển, 0 đổi tên, 0 sửa loại, 0 kết thúc");
    expect(await findRollupDrift(t.sql)).toEqual([]);
  });

  it("moves and renames a known unit from the effective date through restructuring, keeping every total exact", async () => {
    const csv = await exportCsv();
    const cellTotal = async (code: string) => Number((await t.sql<{ v: string }>`
      SELECT COALESCE(SUM(r."value"), 0)::text AS v FROM "CommitteeRollup" r JOIN "Committee" c ON c."id" = r."committeeId"
      WHERE c."code" = ${code} AND r."year" = 2025 AND r."dataElementId" = ${demo.elements.MEMBERS_TOTAL!}::int`)[0]!.v);
    const [moving, from, to] = [await cellTotal("AP-CQD-01-1"), await cellTotal("AP-CQD-01"), await cellTotal("AP-CQD-07")];
    expect(moving).toBeGreaterThan(0);
    const edited = csv
      .replace(/\r\nAP-CQD-01-1;([^;]*);([^;]*);CELL;AP-CQD-01;/, "\r\nAP-CQD-01-1;$1;$2;CELL;AP-CQD-07;")
      .replace(/\r\nAP-CQD-04;Chi bộ Ủy ban Kiểm tra Tỉnh ủy;/, "\r\nAP-CQD-04;Chi bộ Cơ quan Ủy ban Kiểm tra Tỉnh ủy;");
    expect(edited).not.toBe(csv);
    const report = await importTree(t.db, await rowsOf(edited), { actor: actor(), now, effectiveFrom: "2026-05-15", source: "sua.csv" });
    expect(report).toMatchObject({ issues: [], created: 0, moved: 1, renamed: 1, applied: true });
    expect([await cellTotal("AP-CQD-01"), await cellTotal("AP-CQD-07")]).toEqual([from - moving, to + moving]);
    expect(await findRollupDrift(t.sql)).toEqual([]);
    const links = await t.sql<{ parent: string; from: string; to: string | null }>`
      SELECT p."code" AS "parent", to_char(l."validFrom", 'YYYY-MM-DD') AS "from", to_char(l."validTo", 'YYYY-MM-DD') AS "to"
      FROM "CommitteeLink" l JOIN "Committee" c ON c."id" = l."committeeId" JOIN "Committee" p ON p."id" = l."parentId"
      WHERE c."code" = 'AP-CQD-01-1' ORDER BY l."validFrom"`;
    expect(links.at(-2)).toMatchObject({ parent: "AP-CQD-01", to: "2026-05-15" });
    expect(links.at(-1)).toEqual({ parent: "AP-CQD-07", from: "2026-05-15", to: null });
    expect((await t.db.committee.findUniqueOrThrow({ where: { code: "AP-CQD-04" } })).name).toBe("Chi bộ Cơ quan Ủy ban Kiểm tra Tỉnh ủy");
  });

  it("refuses a move under a unit of a kind it may not sit under, through the same rules as the forms", async () => {
    const csv = await exportCsv();
    const edited = csv.replace(/\r\nAP-CQD-01-2;([^;]*);([^;]*);CELL;AP-CQD-01;/, "\r\nAP-CQD-01-2;$1;$2;CELL;AP-CQD-02;");
    const report = await importTree(t.db, await rowsOf(edited), { actor: actor(), now });
    expect(describeTreeIssues(report.issues, "en").map((i) => `${i.column}: ${i.message}`))
      .toEqual(["kind: A unit of kind Cell cannot sit under a grassroots cell."]);
  });

  it("exports, imports unchanged and exports again byte for byte, changing nothing", async () => {
    const first = await exportCsv();
    const events = await t.db.auditEvent.count();
    const report = await importTree(t.db, await rowsOf(first), { actor: actor(), now });
    expect(report).toMatchObject({ issues: [], created: 0, moved: 0, renamed: 0, corrected: 0, ended: 0, applied: true });
    expect(report.unchanged).toBe(report.rows);
    expect(await t.db.auditEvent.count()).toBe(events);
    expect(await exportCsv()).toBe(first);
  });

  it("reads its own XLSX export back as the same rows, which change nothing", async () => {
    const rows = (await getTreeRows(t.sql, demo.committees.AP!, demo.committees.AP!))!;
    const file = await bufferOf((stream) => writeTreeXlsx(rows, "en", stream));
    const read = readTreeRecords(await readRecords(Readable.from([file]), "xlsx"));
    if (!read.ok) throw new Error("unreadable");
    expect(read.rows.map((r) => Object.values(r.cells))).toEqual(rows.map((r) => r.map((c) => c.replace(/^'/, ""))));
    const report = await importTree(t.db, read.rows, { actor: actor(), now });
    expect(report).toMatchObject({ issues: [], created: 0, moved: 0, renamed: 0, unchanged: rows.length, applied: true });
  });
});
