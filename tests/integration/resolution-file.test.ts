// A resolution and its targets as one XLSX: export → import into another committee reproduces the same targets;
// a bad file lists every row the target form's own rules refuse, and writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { auditSentence } from "@/lib/audit/sentence";
import { describeFileIssues } from "@/lib/imports/file-issues";
import { readSheets, writeXlsxSheets, type OutSheet } from "@/lib/imports/table";
import { exportResolution, importResolution, RESOLUTION_COLUMNS, TARGET_COLUMNS } from "@/lib/targets/resolution-file";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";
import { loadDemo, type Demo } from "./figures-fixtures";

const t = useTestDatabase();
let demo: Demo;
let termId: number;

async function sheetsOf(out: OutSheet[]) {
  return (await readSheets(await writeXlsxSheets(out), "xlsx"))!;
}

const targetFields = (x: Record<string, unknown>) => ({
  category: x.category, position: x.position, kind: x.kind, indicatorId: x.indicatorId, comparator: x.comparator, targetValue: String(x.targetValue),
  baselineValue: String(x.baselineValue), baselineYear: x.baselineYear, deadlineYear: x.deadlineYear, titleVi: x.titleVi, titleEn: x.titleEn,
});

beforeAll(async () => {
  await seedDemo(t.db);
  demo = await loadDemo(t.db);
  termId = (await t.db.term.findFirstOrThrow({ where: { isCurrent: true } })).id;
});

describe("a resolution file", () => {
  it("exported from one committee and imported into another reproduces the same targets (a dry run first writes nothing)", async () => {
    const source = await t.db.resolution.findUniqueOrThrow({ where: { committeeId_termId: { committeeId: demo.committees["AP-CQD"]!, termId } }, include: { targets: { orderBy: [{ category: "asc" }, { position: "asc" }] } } });
    expect(source.targets.length).toBeGreaterThan(5);
    expect(new Set(source.targets.map((x) => x.kind)).size).toBe(4);
    const exported = (await exportResolution(t.db, demo.viewers.admin.scopeCommitteeId, demo.committees["AP-CQD"]!, termId))!;
    expect(exported.code).toBe("AP-CQD");
    expect(exported.sheets.map((s) => [s.name, s.header])).toEqual([["resolution", RESOLUTION_COLUMNS], ["targets", TARGET_COLUMNS]]);
    const sheets = await sheetsOf(exported.sheets);

    const target = demo.committees["AP-CQD-02"]!;
    const options = { actor: demo.viewers.admin, committeeId: target, termId, locale: "vi" as const, source: "nghi-quyet-AP-CQD-2025-2030.xlsx" };
    const dry = await importResolution(t.db, sheets, { ...options, dryRun: true });
    expect(dry).toMatchObject({ errors: [], targets: source.targets.length, title: source.title, resolutionId: null });
    expect(await t.db.resolution.count({ where: { committeeId: target } })).toBe(0);

    const done = await importResolution(t.db, sheets, { ...options, dryRun: false });
    expect(done.errors).toEqual([]);
    const copy = await t.db.resolution.findUniqueOrThrow({ where: { id: done.resolutionId! }, include: { targets: { orderBy: [{ category: "asc" }, { position: "asc" }] } } });
    expect({ title: copy.title, number: copy.number, adoptedOn: copy.adoptedOn, committeeId: copy.committeeId })
      .toEqual({ title: source.title, number: source.number, adoptedOn: source.adoptedOn, committeeId: target });
    expect(copy.targets.map(targetFields)).toEqual(source.targets.map(targetFields));

    // The copy exports to the very same file content.
    const again = (await exportResolution(t.db, demo.viewers.admin.scopeCommitteeId, target, termId))!;
    expect(again.sheets).toEqual(exported.sheets);

    const events = await t.db.auditEvent.findMany({ where: { action: "resolution.import" } });
    expect(events).toHaveLength(1);
    expect(auditSentence({ action: "resolution.import", entityId: events[0]!.entityId, before: null, after: events[0]!.after as Record<string, unknown> }, "vi", { elements: {}, committees: {} }))
      .toBe(`Nhập tệp nghi-quyet-AP-CQD-2025-2030.xlsx: nghị quyết “${source.title}” với ${source.targets.length} chỉ tiêu`);

    // A resolution with targets is never overwritten by a file.
    const twice = await importResolution(t.db, sheets, { ...options, dryRun: false });
    expect(describeFileIssues(twice.errors, "en")).toEqual([{ row: 0, column: "", message: `This unit's resolution for the term already has ${source.targets.length} targets: a file loads only into a resolution without targets.` }]);
    expect(await t.db.target.count({ where: { resolutionId: copy.id } })).toBe(source.targets.length);
  });

  it("refuses, row by row, what the target form refuses, and writes nothing", async () => {
    const target = demo.committees["AP-CQD-03"]!;
    const rows: (string | number | null)[][] = [
      ["TARGET", 1, "ANNUAL_RATE", "RATE_MEMBERS_GOOD_PLUS", "≥", 95, null, null, null, "Hằng năm từ 95% đảng viên hoàn thành tốt nhiệm vụ trở lên", ""],
      ["TARGET", 2, "ANNUAL_RATE", "RATE_ORGS_GOOD_PLUS", "GTE", 120, null, null, null, "", ""],
      ["TARGET", 3, "TERM_CUMULATIVE", "RATE_MEMBERS_GOOD_PLUS", "GTE", 700, null, null, null, "", ""],
      ["TARGET", 4, "LEVEL_BY_DEADLINE", "RATE_ORGS_DIGITAL", "GTE", "100", "80,5", null, 2035, "", ""],
      ["TARGET", 4, "TERM_CUMULATIVE", "NO_SUCH_INDICATOR", "GTE", 60, null, null, null, "", ""],
      ["TARGET", 6, "YEARLY", "RATE_ORGS_GOOD_PLUS", "GTE", 90, null, null, null, "", ""],
      ["BREAKTHROUGH", 1, "QUALITATIVE", "", "", null, null, null, null, "", "Digital transformation"],
      ["TARGET", 7, "TERM_CUMULATIVE", "", "GTE", "12,5x", null, null, null, "", ""],
    ];
    const sheets = await sheetsOf([
      { name: "resolution", header: [...RESOLUTION_COLUMNS], rows: [["Nghị quyết Đại hội Chi bộ", "01-NQ/CB", "31/02/2025"]] },
      { name: "targets", header: [...TARGET_COLUMNS], rows },
    ]);
    const report = await importResolution(t.db, sheets, { actor: demo.viewers.admin, committeeId: target, termId, locale: "vi", source: "sai.xlsx", dryRun: false });
    expect(describeFileIssues(report.errors, "vi")).toEqual([
      { row: 2, column: "resolution!adopted_on", message: "Ngày không hợp lệ (viết 2025-10-15 hoặc 15/10/2025)." },
      { row: 3, column: "targets!plan", message: "Tỉ lệ không thể vượt quá 100%." },
      { row: 4, column: "targets!plan", message: "Tỉ lệ không thể vượt quá 100%." },
      { row: 4, column: "targets!indicator_code", message: "Chỉ tiêu cộng dồn cần chỉ số là số lượng, không phải tỉ lệ." },
      { row: 5, column: "targets!deadline", message: "Năm hạn phải trong nhiệm kỳ (2025–2030)." },
      { row: 5, column: "targets!baseline_year", message: "Nhập cả giá trị gốc và năm gốc, hoặc bỏ trống cả hai." },
      { row: 6, column: "targets!indicator_code", message: "Không có chỉ số mã NO_SUCH_INDICATOR." },
      { row: 6, column: "targets!number", message: "Số thứ tự 4 của nhóm này đã có ở dòng 5." },
      { row: 7, column: "targets!kind", message: "“YEARLY” không hợp lệ (dùng ANNUAL_RATE, TERM_CUMULATIVE, LEVEL_BY_DEADLINE, QUALITATIVE)." },
      { row: 8, column: "targets!title_vi", message: "Nhập nội dung bằng cả tiếng Việt và tiếng Anh." },
      { row: 9, column: "targets!indicator_code", message: "Chọn chỉ số đo cho chỉ tiêu định lượng." },
      { row: 9, column: "targets!plan", message: "Số không hợp lệ (ví dụ 95 hoặc 12,5)." },
      { row: 0, column: "targets!number", message: "Số thứ tự của nhóm “TARGET” phải chạy liền từ 1: thiếu 5, 6." },
    ]);
    expect(await t.db.resolution.count({ where: { committeeId: target } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { action: "resolution.import", entityId: { not: "" }, committeeId: target } })).toBe(0);

    // An unknown column and a missing sheet are said before any row is read.
    const bad = await sheetsOf([{ name: "resolution", header: [...RESOLUTION_COLUMNS, "committee"], rows: [["NQ", "", ""]] }]);
    const refused = await importResolution(t.db, bad, { actor: demo.viewers.admin, committeeId: target, termId, locale: "en", source: "x.xlsx", dryRun: true });
    expect(describeFileIssues(refused.errors, "en").map((e) => e.message)).toEqual(["The sheet “targets” is missing."]);

    // Another subtree's committee is not found; a viewer may not load.
    await expect(importResolution(t.db, sheets, { actor: demo.viewers.editor, committeeId: demo.committees["AP-KCQDN"]!, termId, locale: "vi", source: "x.xlsx", dryRun: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(importResolution(t.db, sheets, { actor: demo.viewers.approver, committeeId: target, termId, locale: "vi", source: "x.xlsx", dryRun: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
