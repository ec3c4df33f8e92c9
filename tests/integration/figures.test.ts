import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/auth/action";
import { getCompleteness } from "@/lib/figures/completeness";
import { entryPlan, formNeeds, loadCatalogue } from "@/lib/figures/elements";
import { applyRollupDeltas, findRollupDrift } from "@/lib/figures/rollup";
import { stepYear } from "@/lib/figures/workflow";
import { bindSql } from "@/lib/sql";
import { formElementsByCommitteeYear, yearKey } from "@/lib/imports/form-elements";
import { approveYearSpec, returnYearSpec, saveDraftSpec, submitYearSpec, unlockYearSpec } from "@/lib/figures/mutations";
import type { SaveRefusal } from "@/lib/figures/types";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase, waitForLockWaiters } from "./db";
import { FORM_4 } from "../../prisma/seed/form-4";
import { CELL_YEAR, FORM_1_CODES, FORM_2_CODES, FORM_3_CODES, formCodes, formInput, loadDemo, snapshot, type Demo } from "./figures-fixtures";

const t = useTestDatabase();
let demo: Demo;

beforeAll(async () => {
  await seedDemo(t.db);
  demo = await loadDemo(t.db);
});

const yearRow = (committee: string, year: number) =>
  t.db.figureYear.findUnique({ where: { committeeId_year: { committeeId: demo.committees[committee]!, year } } });

/** What dashboards read: the stored row, or a unit's own figure where nothing is below it. */
async function rollupOf(committee: string, element: string, year: number) {
  const [r] = await t.sql<{ value: string; unitCount: number; submittedCount: number }>`
    SELECT "value"::text AS "value", "unitCount", "submittedCount" FROM "CommitteeRollup"
    WHERE "committeeId" = ${demo.committees[committee]!}::int AND "dataElementId" = ${demo.elements[element]!}::int AND "year" = ${year}::int`;
  return r ? { value: Number(r.value), unitCount: r.unitCount, submittedCount: r.submittedCount } : null;
}

describe("the entry form's elements", () => {
  it("are the same for the form (one committee-year) and for imports and exports (many at once)", async () => {
    const catalogue = await loadCatalogue(t.sql);
    const committees = Object.values(demo.committees);
    const terms = await t.db.term.findMany();
    const years = [...new Set(terms.flatMap((term) => Array.from({ length: term.endYear - term.startYear + 1 }, (_, i) => term.startYear + i)))];
    const many = await formElementsByCommitteeYear(t.sql, catalogue, committees, years);
    let asked = 0;
    let fromUnits = 0;
    for (const committeeId of committees) {
      for (const year of years) {
        const plan = entryPlan(catalogue, await formNeeds(t.sql, committeeId, year));
        const one = { entered: plan.entered.map((e) => e.id), fromUnits: plan.fromUnits.map((e) => e.id) };
        const found = many.get(yearKey(committeeId, year));
        expect(found ? { entered: found.entered, fromUnits: found.fromUnits } : { entered: [], fromUnits: [] }, `committee ${committeeId}, ${year}`).toEqual(one);
        if (one.entered.length > 0) asked++;
        if (one.fromUnits.length > 0) fromUnits++;
      }
    }
    expect(asked).toBeGreaterThan(committees.length * 5);
    // Committees with units below see their members as their units' totals instead of entering them.
    expect(fromUnits).toBeGreaterThan(10);
  });

  it("asks a cell for what its ancestors' targets need, with the wholes and all four classification levels", async () => {
    const codes = await formCodes(t.db, demo.committees["AP-CQD-01-1"]!, 2027);
    // Then Biểu 1-BTCTW in the form's order, its row D being the members at year end the targets need; Biểu 2, 3, 4.
    expect(codes).toEqual([...Object.keys(CELL_YEAR).filter((c) => !FORM_1_CODES.includes(c)), ...FORM_1_CODES, ...FORM_2_CODES, ...FORM_3_CODES, ...FORM_4.map((e) => e.code)]);
  });

  it("refuses a year outside every term", async () => {
    const result = await runAction(saveDraftSpec, demo.viewers.editor, { committeeId: demo.committees["AP-CQD-01-1"], year: 2040, fields: [] }, t.db);
    expect(result).toMatchObject({ ok: false, error: { code: "NOT_FOUND", key: "yearOutsideTerms" } });
  });
});

describe("saving a draft", () => {
  it("stores Vietnamese numbers, keeps empty fields empty, audits each figure and updates the rollup of every ancestor", async () => {
    const before = await rollupOf("AP-CQD", "RECORDS_TOTAL", 2027);
    const input = await formInput(t.db, demo, "AP-CQD-01-1", 2027, { MEMBERS_TOTAL: "45", RECORDS_TOTAL: "1.250", RECORDS_ONLINE: "" });
    const result = await runAction(saveDraftSpec, demo.viewers.editor, input, t.db);
    expect(result).toMatchObject({ ok: true, data: { changed: 2, status: "DRAFT" } });
    const stored = await t.db.figure.findMany({ where: { committeeId: demo.committees["AP-CQD-01-1"], year: 2027 } });
    expect(stored.map((f) => Number(f.value)).sort((a, b) => a - b)).toEqual([45, 1250]);
    expect(stored.every((f) => f.status === "DRAFT" && f.createdById === demo.viewers.editor.userId)).toBe(true);
    expect(before).toBeNull();
    for (const committee of ["AP-CQD-01-1", "AP-CQD-01", "AP-CQD", "AP"]) {
      expect(await rollupOf(committee, "RECORDS_TOTAL", 2027)).toEqual({ value: 1250, unitCount: 1, submittedCount: 0 });
    }
    const audit = await t.db.auditEvent.findMany({ where: { action: "figure.create", committeeId: demo.committees["AP-CQD-01-1"] } });
    expect(audit).toHaveLength(2);
    expect(audit.map((a) => a.after)).toEqual(expect.arrayContaining([expect.objectContaining({ value: "1250", year: 2027, version: 1 })]));
    expect(await findRollupDrift(t.sql)).toEqual([]);
  });

  it("changes nothing when a save breaks any rule, and says which field and why", async () => {
    const cases: [Record<string, string>, Record<string, string>, string, string][] = [
      [{ MEMBERS_TOTAL: "40", MEMBERS_ASSESSED: "44" }, {}, "MEMBERS_ASSESSED", "partAboveWhole"],
      [{ MEMBERS_ASSESSED: "44", MEMBERS_EXCELLENT: "6", MEMBERS_GOOD: "32", MEMBERS_COMPLETED: "5", MEMBERS_NOT_COMPLETED: "2" }, {}, "MEMBERS_NOT_COMPLETED", "levelsAboveWhole"],
      [{ MEMBERS_EXCELLENT: "7", MEMBERS_GOOD: "32" }, {}, "MEMBERS_EXCELLENT", "levelCap"],
      [{ MEMBERS_ADMITTED: "2,5" }, {}, "MEMBERS_ADMITTED", "notWhole"],
      [{ MEMBERS_ADMITTED: "-1" }, {}, "MEMBERS_ADMITTED", "negative"],
      [{ RECORDS_TOTAL: "12.50" }, {}, "RECORDS_TOTAL", "invalidNumber"],
      [{ RECORDS_TOTAL: "100", RECORDS_ONLINE: "1.100" }, {}, "RECORDS_ONLINE", "partAboveWhole"],
      [{ ORGS_ASSESSED: "1", ORGS_4GOOD: "2" }, {}, "ORGS_4GOOD", "partAboveWhole"],
    ];
    for (const [typed, notes, field, key] of cases) {
      const before = await snapshot(t.db);
      const input = await formInput(t.db, demo, "AP-CQD-01-1", 2027, typed, notes);
      const result = await runAction(saveDraftSpec, demo.viewers.editor, input, t.db);
      expect(!result.ok && result.error.code).toBe("INVALID");
      const refusal = !result.ok ? (result.error.details as SaveRefusal | undefined) : undefined;
      if (!refusal || !("errors" in refusal)) continue;
      const message = refusal.errors[String(demo.elements[field])] ?? refusal.warnings[String(demo.elements[field])];
      expect(message?.key, `${JSON.stringify(typed)}`).toBe(key);
      expect(await snapshot(t.db)).toEqual(before);
    }
    // Submitting with a field left empty is refused too, and leaves the draft as it was.
    const before = await snapshot(t.db);
    const partial = await runAction(submitYearSpec, demo.viewers.editor, await formInput(t.db, demo, "AP-CQD-01-1", 2027, { ...CELL_YEAR, INSPECTIONS: "" }), t.db);
    expect(partial).toMatchObject({ ok: false, error: { code: "INVALID", details: { errors: { [demo.elements.INSPECTIONS!]: { key: "required" } } } } });
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("accepts more than 20% excellent when a note explains it, and keeps the note on the figure", async () => {
    const typed = { MEMBERS_ASSESSED: "44", MEMBERS_EXCELLENT: "7", MEMBERS_GOOD: "32" };
    const input = await formInput(t.db, demo, "AP-CQD-01-1", 2027, typed, { MEMBERS_EXCELLENT: "Thêm 1 đồng chí được Tỉnh ủy khen thưởng" });
    expect(await runAction(saveDraftSpec, demo.viewers.editor, input, t.db)).toMatchObject({ ok: true, data: { changed: 3 } });
    const figure = await t.db.figure.findFirstOrThrow({ where: { committeeId: demo.committees["AP-CQD-01-1"], year: 2027, dataElementId: demo.elements.MEMBERS_EXCELLENT } });
    expect(figure.note).toBe("Thêm 1 đồng chí được Tỉnh ủy khen thưởng");
  });

  it("answers the version now stored of every figure of the year: created, changed, cleared and untouched ones", async () => {
    const cell = demo.committees["AP-CQD-01-1"]!;
    const versions = async () => Object.fromEntries((await t.db.figure.findMany({ where: { committeeId: cell, year: 2029 } })).map((f) => [String(f.dataElementId), f.version]));
    const first = await runAction(saveDraftSpec, demo.viewers.editor, await formInput(t.db, demo, "AP-CQD-01-1", 2029, { MEMBERS_TOTAL: "45", RECORDS_TOTAL: "10", RECORDS_ONLINE: "4" }), t.db);
    expect(first).toMatchObject({ ok: true, data: { changed: 3, status: "DRAFT" } });
    expect(first.ok && first.data.versions).toEqual(await versions());
    // MEMBERS_TOTAL is left out of the request: kept, at version 1.
    const second = await runAction(saveDraftSpec, demo.viewers.editor, await formInput(t.db, demo, "AP-CQD-01-1", 2029, { RECORDS_TOTAL: "12", RECORDS_ONLINE: "" }), t.db);
    const stored = await versions();
    expect(stored).toEqual({ [demo.elements.MEMBERS_TOTAL!]: 1, [demo.elements.RECORDS_TOTAL!]: 2 });
    expect(second.ok && second.data.versions).toEqual(stored);
  });

  it("lets an approver review but not type figures", async () => {
    const input = await formInput(t.db, demo, "AP-CQD-01-1", 2027, { MEMBERS_TOTAL: "46" });
    expect(await runAction(saveDraftSpec, demo.viewers.approver, input, t.db)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await runAction(submitYearSpec, demo.viewers.approver, input, t.db)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it("refuses a unit outside the editor's subtree as not found", async () => {
    const input = await formInput(t.db, demo, "AP-CQD-02", 2027, { MEMBERS_TOTAL: "48" });
    expect(await runAction(saveDraftSpec, demo.viewers.editor, input, t.db)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});

describe("two people editing the same figure", () => {
  it("stores exactly one value and refuses the other save whole, naming the value now stored and who stored it", async () => {
    const first = await formInput(t.db, demo, "AP-CQD-01-2", 2027, { MEMBERS_TOTAL: "40", MEMBERS_ADMITTED: "1" });
    await runAction(saveDraftSpec, demo.viewers.editor, first, t.db);
    // Both read the form now (same versions), then save different values at the same moment.
    const a = await formInput(t.db, demo, "AP-CQD-01-2", 2027, { MEMBERS_TOTAL: "41", MEMBERS_ADMITTED: "1" });
    const b = await formInput(t.db, demo, "AP-CQD-01-2", 2027, { MEMBERS_TOTAL: "42", MEMBERS_ADMITTED: "3" });
    const auditBefore = await t.db.auditEvent.count();
    const results = await Promise.all([
      runAction(saveDraftSpec, demo.viewers.editor, a, t.db),
      runAction(saveDraftSpec, demo.viewers.editor2, b, t.db),
    ]);
    const outcomes = results.map((r) => (r.ok ? "saved" : r.error.code)).sort();
    expect(outcomes).toEqual(["CONFLICT", "saved"]);
    const winner = results.findIndex((r) => r.ok);
    const loser = results[1 - winner]!;
    const stored = await t.db.figure.findMany({ where: { committeeId: demo.committees["AP-CQD-01-2"], year: 2027 } });
    const total = stored.find((f) => f.dataElementId === demo.elements.MEMBERS_TOTAL)!;
    expect(Number(total.value)).toBe(winner === 0 ? 41 : 42);
    expect(total.version).toBe(2);
    // The loser's admissions (3) were not written either: the whole save was refused.
    expect(Number(stored.find((f) => f.dataElementId === demo.elements.MEMBERS_ADMITTED)!.value)).toBe(winner === 0 ? 1 : 3);
    expect(loser).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", details: { conflicts: { [demo.elements.MEMBERS_TOTAL!]: {
        value: winner === 0 ? "41" : "42", version: 2,
        by: winner === 0 ? demo.viewers.editor.displayName : demo.viewers.editor2.displayName,
      } } } },
    });
    expect(await t.db.auditEvent.count()).toBe(auditBefore + (winner === 0 ? 1 : 2));
    expect(await rollupOf("AP-CQD", "MEMBERS_TOTAL", 2027)).toMatchObject({ value: (await rollupOf("AP-CQD-01-1", "MEMBERS_TOTAL", 2027))!.value + Number(total.value) });
    expect(await findRollupDrift(t.sql)).toEqual([]);
  });

  it("treats a figure created by someone else since the form was read as a conflict (unique key)", async () => {
    const stale = await formInput(t.db, demo, "AP-CQD-01-3", 2027, { INSPECTIONS: "2" });
    const fresh = await formInput(t.db, demo, "AP-CQD-01-3", 2027, { INSPECTIONS: "3" });
    const results = await Promise.all([
      runAction(saveDraftSpec, demo.viewers.editor, stale, t.db),
      runAction(saveDraftSpec, demo.viewers.editor2, fresh, t.db),
    ]);
    expect(results.map((r) => (r.ok ? "saved" : r.error.code)).sort()).toEqual(["CONFLICT", "saved"]);
    expect(await t.db.figure.count({ where: { committeeId: demo.committees["AP-CQD-01-3"], year: 2027 } })).toBe(1);
    // Reapplying with the version now shown succeeds: the user chose to overwrite.
    const retry = await formInput(t.db, demo, "AP-CQD-01-3", 2027, { INSPECTIONS: "4" });
    expect(await runAction(saveDraftSpec, demo.viewers.editor, retry, t.db)).toMatchObject({ ok: true, data: { changed: 1 } });
  });
});

describe("two tabs clearing the same figure", () => {
  it("clears it once and answers the other with a conflict, the rollups exact", async () => {
    const unit = "AP-CQD-01-2";
    await runAction(saveDraftSpec, demo.viewers.editor, await formInput(t.db, demo, unit, 2029, { INSPECTIONS: "5" }), t.db);
    expect(await rollupOf("AP", "INSPECTIONS", 2029)).toEqual({ value: 5, unitCount: 1, submittedCount: 0 });
    const clear = await formInput(t.db, demo, unit, 2029, { INSPECTIONS: "" });
    // The year's row held by someone else, so that both saves read the figure before either clears it.
    const holder = new pg.Client({ connectionString: t.url });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query(`SELECT 1 FROM "FigureYear" WHERE "committeeId" = $1 AND "year" = 2029 FOR UPDATE`, [demo.committees[unit]]);
      const saves = Promise.all([runAction(saveDraftSpec, demo.viewers.editor, clear, t.db), runAction(saveDraftSpec, demo.viewers.editor2, clear, t.db)]);
      await waitForLockWaiters(t.sql, 2);
      await holder.query("COMMIT");
      const results = await saves;
      expect(results.map((r) => (r.ok ? "saved" : r.error.code)).sort()).toEqual(["CONFLICT", "saved"]);
    } finally {
      await holder.end();
    }
    expect(await rollupOf("AP", "INSPECTIONS", 2029)).toBeNull();
    expect(await findRollupDrift(t.sql)).toEqual([]);
  });
});

describe("submission, approval, return and unlocking", () => {
  const unit = "AP-CQD-01-1";

  it("submits a complete year, counts it as submitted in every ancestor's rollup, and audits the step", async () => {
    const input = await formInput(t.db, demo, unit, 2027, CELL_YEAR);
    const result = await runAction(submitYearSpec, demo.viewers.editor, input, t.db);
    expect(result).toMatchObject({ ok: true, data: { status: "SUBMITTED" } });
    expect(await yearRow(unit, 2027)).toMatchObject({ status: "SUBMITTED", submittedById: demo.viewers.editor.userId });
    expect(await t.db.figure.count({ where: { committeeId: demo.committees[unit], year: 2027, status: { not: "SUBMITTED" } } })).toBe(0);
    expect(await rollupOf("AP-CQD", "MEMBERS_GOOD", 2027)).toEqual({ value: 32, unitCount: 1, submittedCount: 1 });
    expect(await t.db.auditEvent.count({ where: { action: "figure.submit", entityId: `${demo.committees[unit]}:2027` } })).toBe(1);
    expect(await findRollupDrift(t.sql)).toEqual([]);
  });

  it("refuses an editor's save while the year awaits approval", async () => {
    const input = await formInput(t.db, demo, unit, 2027, { ...CELL_YEAR, INSPECTIONS: "2" });
    expect(await runAction(saveDraftSpec, demo.viewers.editor, input, t.db)).toMatchObject({ ok: false, error: { code: "REFUSED", key: "yearSubmitted" } });
  });

  it("returns the year with a comment the editor sees, and requires that comment", async () => {
    const row = (await yearRow(unit, 2027))!;
    const base = { committeeId: demo.committees[unit], year: 2027, version: row.version };
    expect(await runAction(returnYearSpec, demo.viewers.approver, { ...base, comment: "  " }, t.db))
      .toMatchObject({ ok: false, error: { code: "INVALID", fields: { comment: "commentRequired" } } });
    expect(await runAction(returnYearSpec, demo.viewers.editor, { ...base, comment: "x" }, t.db)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await runAction(returnYearSpec, demo.viewers.approver, { ...base, comment: "Kiểm tra lại số đảng viên xuất sắc" }, t.db)).toMatchObject({ ok: true });
    expect(await yearRow(unit, 2027)).toMatchObject({ status: "DRAFT", returnComment: "Kiểm tra lại số đảng viên xuất sắc" });
    expect(await rollupOf("AP", "MEMBERS_GOOD", 2027)).toMatchObject({ submittedCount: 0 });
    // A step on a version that is no longer current is refused.
    expect(await runAction(approveYearSpec, demo.viewers.approver, base, t.db)).toMatchObject({ ok: false, error: { code: "REFUSED" } });
  });

  it("keeps the submitted counts exact when a save clearing a figure waited for a return to commit", async () => {
    const cell = demo.committees[unit]!;
    await runAction(submitYearSpec, demo.viewers.editor, await formInput(t.db, demo, unit, 2030, CELL_YEAR), t.db);
    const { version } = (await yearRow(unit, 2030))!;
    // The approver's return, held open: the year row is locked, its figures already back to draft.
    const approver = new pg.Client({ connectionString: t.url });
    await approver.connect();
    try {
      await approver.query("BEGIN");
      const sql = bindSql(approver);
      const deltas = await stepYear(sql, "figure.return", { committeeId: cell, year: 2030, actorId: demo.viewers.approver.userId, version, comment: "Xem lại" });
      await applyRollupDeltas(sql, cell, 2030, deltas);
      // Meanwhile the editor clears a figure of the form read before: the save waits for the year's lock.
      const save = runAction(saveDraftSpec, demo.viewers.editor, await formInput(t.db, demo, unit, 2030, { INSPECTIONS: "" }), t.db);
      await waitForLockWaiters(t.sql, 1);
      await approver.query("COMMIT");
      expect(await save).toMatchObject({ ok: true, data: { changed: 1, status: "DRAFT" } });
    } finally {
      await approver.end();
    }
    expect(await rollupOf("AP", "INSPECTIONS", 2030)).toBeNull();
    expect(await rollupOf("AP", "MEMBERS_GOOD", 2030)).toEqual({ value: 32, unitCount: 1, submittedCount: 0 });
    expect(await findRollupDrift(t.sql)).toEqual([]);
  });

  it("locks the year on approval: the editor's save is refused; unlocking needs a reason and is audited", async () => {
    await runAction(submitYearSpec, demo.viewers.editor, await formInput(t.db, demo, unit, 2027, CELL_YEAR), t.db);
    const submitted = (await yearRow(unit, 2027))!;
    expect(submitted.returnComment).toBeNull();
    const base = { committeeId: demo.committees[unit], year: 2027 };
    expect(await runAction(approveYearSpec, demo.viewers.approver, { ...base, version: submitted.version }, t.db)).toMatchObject({ ok: true });
    expect(await t.db.figure.count({ where: { ...base, status: "APPROVED" } })).toBe(Object.keys(CELL_YEAR).length);

    const edit = await formInput(t.db, demo, unit, 2027, { ...CELL_YEAR, INSPECTIONS: "2" });
    const before = await snapshot(t.db);
    expect(await runAction(saveDraftSpec, demo.viewers.editor, edit, t.db)).toMatchObject({ ok: false, error: { code: "REFUSED", key: "yearApproved" } });
    expect(await runAction(submitYearSpec, demo.viewers.editor, edit, t.db)).toMatchObject({ ok: false, error: { code: "REFUSED", key: "yearApproved" } });
    expect(await snapshot(t.db)).toEqual(before);

    const approved = (await yearRow(unit, 2027))!;
    expect(await runAction(unlockYearSpec, demo.viewers.editor, { ...base, version: approved.version, reason: "x" }, t.db))
      .toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await runAction(unlockYearSpec, demo.viewers.approver, { ...base, version: approved.version, reason: "" }, t.db))
      .toMatchObject({ ok: false, error: { code: "INVALID", fields: { reason: "reasonRequired" } } });
    expect(await snapshot(t.db)).toEqual(before);
    expect(await runAction(unlockYearSpec, demo.viewers.approver, { ...base, version: approved.version, reason: "Bổ sung số liệu kiểm tra quý IV" }, t.db))
      .toMatchObject({ ok: true });
    const unlock = await t.db.auditEvent.findFirstOrThrow({ where: { action: "figure.unlock" }, orderBy: { id: "desc" } });
    expect(unlock).toMatchObject({ actorId: demo.viewers.approver.userId, before: { status: "APPROVED" }, after: { status: "DRAFT", comment: "Bổ sung số liệu kiểm tra quý IV" } });
    expect(await runAction(saveDraftSpec, demo.viewers.editor, await formInput(t.db, demo, unit, 2027, { ...CELL_YEAR, INSPECTIONS: "2" }), t.db))
      .toMatchObject({ ok: true, data: { changed: 1 } });
    expect(await findRollupDrift(t.sql)).toEqual([]);
  });
});

describe("the audit trail", () => {
  it("has one row per changed figure, with before and after, and one per workflow step", async () => {
    const unit = "AP-CQD-01-3";
    const since = (await t.db.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    const typed = { ...CELL_YEAR, INSPECTIONS: "4" }; // INSPECTIONS is stored as 4 already: unchanged
    const first = await runAction(submitYearSpec, demo.viewers.editor, await formInput(t.db, demo, unit, 2027, typed), t.db);
    expect(first).toMatchObject({ ok: true, data: { changed: Object.keys(CELL_YEAR).length - 1 } });
    const row = (await yearRow(unit, 2027))!;
    await runAction(returnYearSpec, demo.viewers.approver, { committeeId: demo.committees[unit], year: 2027, version: row.version, comment: "Sửa số hồ sơ" }, t.db);
    const second = await runAction(saveDraftSpec, demo.viewers.editor, await formInput(t.db, demo, unit, 2027, { ...typed, RECORDS_ONLINE: "1.000", CADRES_TRAINED: "" }), t.db);
    expect(second).toMatchObject({ ok: true, data: { changed: 2 } });

    const events = await t.db.auditEvent.findMany({ where: { id: { gt: since } }, orderBy: { id: "asc" } });
    const created = events.filter((e) => e.action === "figure.create");
    expect(created).toHaveLength(Object.keys(CELL_YEAR).length - 1);
    expect(events.map((e) => e.action).filter((a) => !a.startsWith("figure.create"))).toEqual(["figure.submit", "figure.return", "figure.update", "figure.delete"]);
    const update = events.find((e) => e.action === "figure.update")!;
    expect(update).toMatchObject({ entityType: "Figure", entityId: `${demo.committees[unit]}:${demo.elements.RECORDS_ONLINE}:2027`,
      before: { value: "1100", version: 1 }, after: { value: "1000", version: 2 }, actorId: demo.viewers.editor.userId });
    const removed = events.find((e) => e.action === "figure.delete")!;
    expect(removed).toMatchObject({ before: { value: "2" }, after: null });
    // Every figure of the year has exactly as many audit rows as it has had changes (create = version 1).
    const figures = await t.db.figure.findMany({ where: { committeeId: demo.committees[unit], year: 2027 } });
    for (const f of figures) {
      const rows = await t.db.auditEvent.count({ where: { entityType: "Figure", entityId: `${f.committeeId}:${f.dataElementId}:2027` } });
      expect(rows).toBe(f.version);
    }
    expect(await findRollupDrift(t.sql)).toEqual([]);
  });
});

describe("completeness", () => {
  it("lists every reporting unit of the subtree with its status and counts them", async () => {
    const agencies = await getCompleteness(t.sql, demo.committees["AP-CQD"]!, 2026);
    // 12 grassroots organizations and 8 cells; the agencies' committee itself does not report.
    expect(agencies.units).toHaveLength(20);
    expect(agencies.counts).toEqual({ NOT_STARTED: 0, DRAFT: 11, SUBMITTED: 7, APPROVED: 2 });
    const office = await getCompleteness(t.sql, demo.committees["AP-CQD-01"]!, 2028);
    expect(office.units.map((u) => [u.code, u.status])).toEqual([
      ["AP-CQD-01", "NOT_STARTED"], ["AP-CQD-01-1", "NOT_STARTED"], ["AP-CQD-01-2", "NOT_STARTED"], ["AP-CQD-01-3", "NOT_STARTED"],
    ]);
    await runAction(saveDraftSpec, demo.viewers.editor, await formInput(t.db, demo, "AP-CQD-01-2", 2028, { MEMBERS_TOTAL: "40" }), t.db);
    expect((await getCompleteness(t.sql, demo.committees["AP-CQD-01"]!, 2028)).counts).toEqual({ NOT_STARTED: 3, DRAFT: 1, SUBMITTED: 0, APPROVED: 0 });
  });

  it("leaves out units that did not exist in the year", async () => {
    // The agencies' committee was formed on 10 Feb 2025: none of its 12 units existed in 2024; the 21 organizations
    // it was formed from reported that year (their history counts under it), and none of them reports in 2025.
    const units2024 = (await getCompleteness(t.sql, demo.committees["AP-CQD"]!, 2024)).units;
    expect(units2024).toHaveLength(21);
    expect(units2024.every((u) => u.code.startsWith("AP-KCQ-") && u.status === "APPROVED")).toBe(true);
    expect((await getCompleteness(t.sql, demo.committees["AP-CQD"]!, 2025)).units.filter((u) => u.code.startsWith("AP-KCQ-"))).toEqual([]);
  });
});
