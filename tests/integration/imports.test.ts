import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { findRollupDrift } from "@/lib/figures/rollup";
import { importFigures, type ImportOptions } from "@/lib/imports/import-figures";
import { getExportRows } from "@/lib/imports/export-rows";
import { readImportFile, renderCsv, renderXlsx } from "@/lib/imports/files";
import { describeIssues } from "@/lib/imports/messages";
import { seedDemo } from "../../prisma/seed/index";
import { addCells, cellRows } from "../../bench/lib/synthetic";
import { useTestDatabase, waitForLockWaiters } from "./db";
import { loadDemo, snapshot, type Demo } from "./figures-fixtures";

const t = useTestDatabase();
let demo: Demo;

beforeAll(async () => {
  await seedDemo(t.db);
  demo = await loadDemo(t.db);
});

const actor = (who: keyof Demo["viewers"]): ImportOptions["actor"] => demo.viewers[who];

async function* chunks(data: string | Buffer, size = 4096) {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function importText(text: string, options: ImportOptions, format: "csv" | "xlsx" = "csv", file: Buffer | null = null) {
  const read = await readImportFile(chunks(file ?? text), format, "vi");
  if (!read.ok) throw new Error(read.key);
  return importFigures(t.db, read.rows, options);
}

async function exportCsv(committee: string, from: number, to: number) {
  const rows = await getExportRows(t.db, demo.viewers.admin.scopeCommitteeId, { committeeId: demo.committees[committee]!, from, to }, "vi");
  return renderCsv(rows!, "vi");
}

describe("importing a file", () => {
  it("applies 50,000 rows in one transaction, audited once, and the rollup equals a from-scratch recomputation", async () => {
    const codes = await addCells(t.db, "AP-CQD-01", "BIG", 556);
    const rows = cellRows(codes, [2026, 2027, 2028, 2029, 2030]).slice(0, 50_000);
    expect(rows).toHaveLength(50_000);
    const auditBefore = await t.db.auditEvent.count();
    // The app's path: the check's reads on plain pg (the second import below reads through Prisma).
    const report = await importFigures(t.db, rows, { actor: actor("admin"), source: "big.csv" });
    expect(report).toMatchObject({ applied: true, created: 50_000, updated: 0, deleted: 0, errors: [] });
    expect(await t.db.figure.count({ where: { committee: { code: { startsWith: "BIG-" } } } })).toBe(50_000);
    const audit = await t.db.auditEvent.findMany({ where: { id: { gt: BigInt(0) } }, orderBy: { id: "desc" }, take: 1 });
    expect(await t.db.auditEvent.count()).toBe(auditBefore + 1);
    expect(audit[0]).toMatchObject({ action: "figure.import", committeeId: demo.committees["AP-CQD-01"], after: expect.objectContaining({ created: 50_000, source: "big.csv" }) });
    expect(await findRollupDrift(t.sql)).toEqual([]);

    // Importing it again changes nothing: no write, no version bump, no audit event.
    const before = await snapshot(t.db);
    const again = await importFigures(t.db, rows, { actor: actor("admin") });
    expect(again).toMatchObject({ applied: true, created: 0, updated: 0, deleted: 0, unchanged: 50_000 });
    expect(await snapshot(t.db)).toEqual(before);

    // A changed file updates only what changed, and the rollups follow.
    const changed = cellRows(codes, [2026, 2027, 2028, 2029, 2030], 1).slice(0, 50_000);
    const third = await importFigures(t.db, changed, { actor: actor("admin") });
    expect(third.applied).toBe(true);
    expect(third.updated).toBeGreaterThan(0);
    expect(third.updated + third.unchanged).toBe(50_000);
    expect(await findRollupDrift(t.sql)).toEqual([]);
  }, 180_000);

  it("writes nothing when one row among 10,000 is bad, and names that row, its column and why", async () => {
    const codes = await addCells(t.db, "AP-CQD-01", "TEN", 112);
    const rows = cellRows(codes, [2026, 2027, 2028, 2029, 2030]).slice(0, 10_000);
    const bad = rows[6_543]!;
    expect(bad.elementCode).not.toBe("MEMBERS_TOTAL");
    rows[6_543] = { ...bad, value: "12,5" };
    const before = await snapshot(t.db);
    const report = await importFigures(t.db, rows, { actor: actor("admin") });
    expect(report.applied).toBe(false);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ row: bad.row, column: "value", key: "notWhole" });
    expect(describeIssues(report.errors, "vi")[0]).toEqual({ row: bad.row, column: "value", message: "Cần một số nguyên." });
    expect(describeIssues(report.errors, "en")[0]!.message).toMatch(/whole number/);
    expect(await snapshot(t.db)).toEqual(before);
  }, 120_000);

  it("undoes the whole file, its earlier chunks included, when a figure of its last chunk is saved meanwhile", async () => {
    const codes = await addCells(t.db, "AP-CQD-01", "RACE", 278);
    const rows = cellRows(codes, [2026, 2027, 2028, 2029, 2030]).slice(0, 25_000);
    const last = rows.at(-1)!;
    const [committee, element] = await Promise.all([
      t.db.committee.findUniqueOrThrow({ where: { code: last.committeeCode } }),
      t.db.dataElement.findUniqueOrThrow({ where: { code: last.elementCode } }),
    ]);
    const before = await snapshot(t.db);
    // Someone else's save of the file's last figure, not yet committed: the import's third chunk of writes (of
    // three, sent together) waits for it, then finds the figure taken.
    const other = new pg.Client({ connectionString: t.url });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(`INSERT INTO "Figure" ("committeeId", "dataElementId", "year", "value", "status", "createdById", "updatedById", "updatedAt")
        VALUES ($1, $2, $3, 1, 'DRAFT', $4, $4, now())`, [committee.id, element.id, Number(last.year), demo.viewers.editor.userId]);
      const importing = importFigures(t.db, rows, { actor: actor("admin") });
      // Its first two chunks are written by now, in the transaction; the third waits.
      expect(await waitForLockWaiters(t.sql, 1, 100_000)).toBe(1);
      await other.query("COMMIT");
      const report = await importing;
      expect(report).toMatchObject({ applied: false, created: 0, errors: [{ row: 0, column: null, key: "changedDuringImport" }] });
    } finally {
      await other.end();
    }
    expect(await t.db.figure.count({ where: { committee: { code: { startsWith: "RACE-" } } } })).toBe(1);
    await t.db.figure.deleteMany({ where: { committee: { code: { startsWith: "RACE-" } } } });
    expect(await snapshot(t.db)).toEqual(before);
    expect(await findRollupDrift(t.sql)).toEqual([]);
  }, 120_000);

  it("checks each committee-year with the entry form's rules and reports every bad row", async () => {
    const csv = [
      "committee_code;element_code;year;value;note",
      "AP-CQD-01-1;MEMBERS_TOTAL;2027;40;",
      "AP-CQD-01-1;MEMBERS_ASSESSED;2027;44;",
      "AP-CQD-01-1;MEMBERS_EXCELLENT;2027;7;",
      "AP-CQD-01-1;MEMBERS_GOOD;2027;32;",
      "AP-CQD-02;MEMBERS_TOTAL;2027;5;",
      "AP-CQD-01-1;NO_SUCH;2027;5;",
      "AP-CQD-01-1;RECORDS_TOTAL;2040;5;",
      "AP-CQD-01-1;MEMBERS_TOTAL;2027;41;",
      "AP-CQD-01-1;RECORDS_TOTAL;2027;12.50;",
    ].join("\r\n");
    const before = await snapshot(t.db);
    const report = await importText(csv, { actor: actor("editor") });
    expect(report.applied).toBe(false);
    expect(report.errors.map((e) => [e.row, e.column, e.key])).toEqual([
      [3, "value", "partAboveWhole"],
      [4, "note", "levelCap"],
      [6, "committee_code", "unknownCommittee"],
      [7, "element_code", "unknownElement"],
      [8, "year", "yearOutsideTerms"],
      [9, null, "duplicateRow"],
      [10, "value", "invalidNumber"],
    ]);
    const lines = describeIssues(report.errors, "vi");
    expect(lines[0]!.message).toBe("Không được lớn hơn “Tổng số đảng viên cuối năm” (40).");
    expect(lines[2]!.message).toBe("Không có tổ chức mã “AP-CQD-02” trong phạm vi của bạn.");
    expect(await snapshot(t.db)).toEqual(before);
    // A dry run of a valid file reports what would change and writes nothing.
    const valid = "committee_code;element_code;year;value;note\r\nAP-CQD-01-1;MEMBERS_EXCELLENT;2027;7;Chi bộ có nhiều thành tích\r\nAP-CQD-01-1;MEMBERS_GOOD;2027;32;";
    const dry = await importText(valid, { actor: actor("editor"), dryRun: true });
    expect(dry).toMatchObject({ applied: false, dryRun: true, created: 2, errors: [] });
    expect(await snapshot(t.db)).toEqual(before);

    // A file of the parts alone is checked against the stored whole, and one of other elements is not.
    const whole = "committee_code;element_code;year;value\r\nAP-CQD-01-1;MEMBERS_TOTAL;2027;40\r\nAP-CQD-01-1;RECORDS_TOTAL;2027;9\r\n";
    expect((await importText(whole, { actor: actor("editor") })).applied).toBe(true);
    const part = await importText("committee_code;element_code;year;value\r\nAP-CQD-01-1;MEMBERS_ASSESSED;2027;44\r\n", { actor: actor("editor") });
    expect(part.errors.map((e) => [e.row, e.key, e.params])).toEqual([[2, "partAboveWhole", { whole: "Tổng số đảng viên cuối năm", value: "40" }]]);
    expect((await importText("committee_code;element_code;year;value\r\nAP-CQD-01-1;RECORDS_TOTAL;2027;10\r\n", { actor: actor("editor") })).applied).toBe(true);
  });

  it("refuses changes to an approved year row by row unless the importer may unlock and asks to", async () => {
    const cell = demo.committees["AP-CQD-01-2"]!;
    // Not the admissions: the cell's Biểu 1 of 2026 would no longer add up (stat-forms.test.ts).
    const file = "committee_code,element_code,year,value\r\nAP-CQD-01-2,INSPECTIONS,2026,3\r\nAP-CQD-01-2,RECORDS_TOTAL,2026,1200\r\n";
    expect((await importText(file, { actor: actor("editor") })).applied).toBe(true);
    await t.db.figureYear.update({ where: { committeeId_year: { committeeId: cell, year: 2026 } }, data: { status: "APPROVED" } });
    await t.db.figure.updateMany({ where: { committeeId: cell, year: 2026 }, data: { status: "APPROVED" } });
    const { rebuildRollups } = await import("@/lib/figures/rollup");
    await rebuildRollups(t.sql);
    const changed = file.replace(",3\r\n", ",4\r\n");
    // Unchanged rows of a locked year are fine; the changed one is refused.
    const refused = await importText(changed, { actor: actor("editor") });
    expect(refused.errors.map((e) => [e.row, e.key])).toEqual([[2, "yearLocked"]]);
    const forbidden = await importText(changed, { actor: actor("editor"), unlock: true });
    expect(forbidden.errors.map((e) => [e.row, e.key])).toEqual([[2, "unlockForbidden"]]);
    const applied = await importText(changed, { actor: actor("admin"), unlock: true, source: "sua.csv" });
    expect(applied).toMatchObject({ applied: true, updated: 1, unchanged: 1, unlocked: 1 });
    const year = await t.db.figureYear.findUniqueOrThrow({ where: { committeeId_year: { committeeId: cell, year: 2026 } } });
    expect(year.status).toBe("DRAFT");
    const unlock = await t.db.auditEvent.findFirst({ where: { action: "figure.unlock", entityId: `${cell}:2026` } });
    expect(unlock?.after).toMatchObject({ status: "DRAFT", comment: "import: sua.csv" });
    expect(await findRollupDrift(t.sql)).toEqual([]);
  });
});

describe("export and round trip", () => {
  it("exports a subtree with stored values, escapes formulas, and re-imports to no change, byte for byte", async () => {
    const cell = demo.committees["AP-CQD-01-1"]!;
    const note = "=HYPERLINK(\"http://x\") — đã rà soát, Quảng Trị; \"ổn\"\nhai dòng";
    const first = await importText(`committee_code;element_code;year;value;note\r\nAP-CQD-01-1;RECORDS_TOTAL;2028;1.234;${JSON.stringify(note).replaceAll("\\n", "\n").replaceAll('\\"', '""')}\r\n`,
      { actor: actor("editor") });
    expect(first).toMatchObject({ applied: true, created: 1 });
    const stored = await t.db.figure.findFirstOrThrow({ where: { committeeId: cell, year: 2028, dataElement: { code: "RECORDS_TOTAL" } } });
    expect(stored.value.toString()).toBe("1234");
    expect(stored.note).toBe(note);

    const csv = await exportCsv("AP-CQD-01", 2028, 2028);
    expect(csv.startsWith("\ufeffcommittee_code;committee_name;element_code")).toBe(true);
    expect(csv).toContain("\r\n");
    expect(csv).toContain("AP-CQD-01-1;Chi bộ");
    expect(csv).toContain(";1234;\"'=HYPERLINK(\"\"http://x\"\") — đã rà soát, Quảng Trị; \"\"ổn\"\"\nhai dòng\";v1-");
    expect(csv.split("\r\n").some((line) => /;[=+\-@]/.test(line))).toBe(false);

    const before = await snapshot(t.db);
    const report = await importText(csv, { actor: actor("editor") });
    expect(report).toMatchObject({ applied: true, created: 0, updated: 0, deleted: 0, errors: [] });
    expect(report.unchanged).toBe(report.rows);
    expect(await snapshot(t.db)).toEqual(before);
    expect(await exportCsv("AP-CQD-01", 2028, 2028)).toBe(csv);

    const rows = await getExportRows(t.db, demo.viewers.editor.scopeCommitteeId, { committeeId: cell, from: 2028, to: 2028 }, "vi");
    const xlsx = await renderXlsx(rows!, "vi");
    const viaXlsx = await importText("", { actor: actor("editor") }, "xlsx", xlsx);
    expect(viaXlsx).toMatchObject({ applied: true, created: 0, updated: 0, deleted: 0, errors: [] });
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("finds nothing outside the caller's subtree", async () => {
    const rows = await getExportRows(t.db, demo.viewers.editor.scopeCommitteeId, { committeeId: demo.committees["AP-CQD-02"]!, from: 2026, to: 2026 }, "vi");
    expect(rows).toBeNull();
  });
});

describe("a file exported earlier", () => {
  const hand = (lines: string[]) => `committee_code;element_code;year;value\r\n${lines.join("\r\n")}\r\n`;
  const stored = async (element: string, year: number) =>
    (await t.db.figure.findFirst({ where: { committeeId: demo.committees["AP-CQD-01-1"], year, dataElement: { code: element } } }))?.value.toString() ?? null;

  it("does not undo newer work: a figure changed or entered after the export is a conflict, written only when overwrite is chosen", async () => {
    expect(await importText(hand(["AP-CQD-01-1;RECORDS_TOTAL;2029;100"]), { actor: actor("editor") })).toMatchObject({ applied: true, created: 1 });
    const exported = await exportCsv("AP-CQD-01-1", 2029, 2029);
    // Newer work by someone else after the download: a new total, and a figure entered where the file has none.
    await importText(hand(["AP-CQD-01-1;RECORDS_TOTAL;2029;150", "AP-CQD-01-1;RECORDS_ONLINE;2029;50"]), { actor: actor("editor2") });
    const edited = exported.replace(/(;RECORDS_TOTAL;[^;]*;[^;]*;2029;)100;/, "$1120;");
    expect(edited).not.toBe(exported);

    const before = await snapshot(t.db);
    const refused = await importText(edited, { actor: actor("editor") });
    expect(refused.applied).toBe(false);
    expect(refused.errors.map((e) => e.key).sort()).toEqual(["changedSinceExport", "changedSinceExport"]);
    const [message] = describeIssues(refused.errors.filter((e) => e.params?.stored === "150"), "vi");
    expect(message!.message).toMatch(/^Số liệu này đã được .+ thay đổi lúc .*\d{2}\/\d{2}\/\d{4} sau khi tệp được tải về \(đang lưu: 150\)/);
    expect(await snapshot(t.db)).toEqual(before);

    const overwritten = await importText(edited, { actor: actor("editor"), overwrite: true });
    expect(overwritten).toMatchObject({ applied: true, overwritten: 2, updated: 1, deleted: 1 });
    expect(await stored("RECORDS_TOTAL", 2029)).toBe("120");
    expect(await stored("RECORDS_ONLINE", 2029)).toBeNull();
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "figure.import" }, orderBy: { id: "desc" } });
    expect((audit.after as { overwritten?: number[] }).overwritten).toHaveLength(2);
  });

  it("a hand-made file's empty cell keeps the stored figure unless deletions are asked for", async () => {
    const kept = await importText(hand(["AP-CQD-01-1;RECORDS_TOTAL;2029;"]), { actor: actor("editor") });
    expect(kept).toMatchObject({ applied: true, deleted: 0, keptEmpty: 1 });
    expect(await stored("RECORDS_TOTAL", 2029)).toBe("120");
    const deleted = await importText(hand(["AP-CQD-01-1;RECORDS_TOTAL;2029;"]), { actor: actor("editor"), deleteEmpty: true });
    expect(deleted).toMatchObject({ applied: true, deleted: 1 });
    expect(await stored("RECORDS_TOTAL", 2029)).toBeNull();
  });

  it("refuses a version moved onto another row, and a row for a unit that has ended, with the form's message", async () => {
    const exported = await exportCsv("AP-CQD-01-1", 2028, 2028);
    const lines = exported.split("\r\n");
    const token = (line: string) => line.slice(line.lastIndexOf(";") + 1);
    const [header, first, second] = [lines[0]!, lines[1]!, lines[2]!];
    const swapped = [header, `${first.slice(0, first.lastIndexOf(";") + 1)}${token(second)}`].join("\r\n");
    expect((await importText(swapped, { actor: actor("editor") })).errors).toMatchObject([{ row: 2, column: "version", key: "versionInvalid" }]);

    const ended = await importText(hand(["AP-KCQ-05;INSPECTIONS;2026;1000"]), { actor: actor("admin") });
    expect(ended.errors).toMatchObject([{ row: 2, column: "year", key: "unitEnded", params: { year: 2024 } }]);
    expect(describeIssues(ended.errors, "vi")[0]!.message).toContain("chỉ nhập được số liệu đến năm 2024");
  });
});
