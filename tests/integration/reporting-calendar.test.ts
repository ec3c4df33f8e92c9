// The reporting calendar: dates set for the installation and stricter for a subtree, extensions for single units,
// and the entry deadline refusing saves, submissions and imported rows on every way in. The clock is injected.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/auth/action";
import { getCompleteness } from "@/lib/figures/completeness";
import type { Viewer } from "@/lib/auth/session";
import { auditSentence } from "@/lib/audit/sentence";
import { deadlineInForce } from "@/lib/calendar/queries";
import { grantExtensionsSpec, revokeExtensionSpec, setCalendarSpec } from "@/lib/calendar/mutations";
import { saveDraftSpec, submitYearSpec } from "@/lib/figures/mutations";
import { importFigures } from "@/lib/imports/import-figures";
import { overdueUnits } from "@/lib/calendar/overdue";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";
import { CELL_YEAR, formInput, loadDemo, type Demo } from "./figures-fixtures";

const t = useTestDatabase();
let demo: Demo;
let agenciesAdmin: Viewer;
const YEAR = 2027;
/** Moments in UTC; Vietnam is 7 hours ahead, so 16:59Z is still the same day there and 17:00Z the next one. */
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  await seedDemo(t.db);
  demo = await loadDemo(t.db);
  const user = await t.db.user.create({
    data: { username: "quantri.cqd", displayName: "Quản trị Đảng bộ Khối", role: "ADMIN", passwordHash: "x", scopeCommitteeId: demo.committees["AP-CQD"]! },
  });
  agenciesAdmin = { ...demo.viewers.admin, userId: user.id, username: user.username, scopeCommitteeId: demo.committees["AP-CQD"]! };
});

const calendar = (committee: string, entryDeadline: string, approvalDeadline = "2028-01-31") =>
  ({ committeeId: demo.committees[committee], year: YEAR, opensOn: "2027-12-01", entryDeadline, approvalDeadline });

describe("the reporting calendar", () => {
  it("is set for the installation at the root and may only be made stricter below, by that subtree's administrator", async () => {
    expect(await runAction(setCalendarSpec, demo.viewers.admin, calendar("AP", "2028-01-15"), t.db)).toMatchObject({ ok: true });
    // An administrator of the agencies' committee cannot reach the installation's calendar…
    expect(await runAction(setCalendarSpec, agenciesAdmin, calendar("AP", "2028-01-10"), t.db)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    // …nor loosen it for their subtree, and an editor may not set one at all.
    const later = await runAction(setCalendarSpec, agenciesAdmin, calendar("AP-CQD", "2028-01-20"), t.db);
    expect(later).toMatchObject({ ok: false, error: { code: "REFUSED", key: "notStricter", values: { date: "15/01/2028" } } });
    expect(await runAction(setCalendarSpec, demo.viewers.editor, calendar("AP-CQD-01", "2028-01-05"), t.db)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const backwards = await runAction(setCalendarSpec, agenciesAdmin, calendar("AP-CQD", "2028-01-10", "2028-01-05"), t.db);
    expect(backwards).toMatchObject({ ok: false, error: { code: "INVALID", fields: { approvalDeadline: "approvalBeforeEntry" } } });
    expect(await t.db.reportingCalendar.count({ where: { committeeId: demo.committees["AP-CQD"] } })).toBe(0);

    expect(await runAction(setCalendarSpec, agenciesAdmin, calendar("AP-CQD", "2028-01-10"), t.db)).toMatchObject({ ok: true });
    const cell = await deadlineInForce(t.sql, demo.committees["AP-CQD-01-1"]!, YEAR);
    expect(cell).toMatchObject({ opensOn: "2027-12-01", entryDeadline: "2028-01-10", approvalDeadline: "2028-01-31", setById: demo.committees["AP-CQD"], extendedUntil: null });
    const elsewhere = await deadlineInForce(t.sql, demo.committees["AP-KCQDN"]!, YEAR);
    expect(elsewhere).toMatchObject({ entryDeadline: "2028-01-15", setById: demo.committees.AP });
    expect(await deadlineInForce(t.sql, demo.committees["AP-CQD-01-1"]!, 2025)).toBeNull();

    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "calendar.set", committeeId: demo.committees["AP-CQD"] } });
    expect(auditSentence({ ...event, before: event.before as never, after: event.after as never }, "vi", { elements: {}, committees: {} }))
      .toBe("Đặt lịch báo cáo năm 2027: mở 01/12/2027, hạn nhập 10/01/2028, hạn duyệt 31/01/2028");
  });
});

describe("the opening date", () => {
  it("refuses saving, submitting and importing a year before its calendar opens, says so on the form, and opens at midnight in Vietnam", async () => {
    // A cell of the agencies, whose calendar (set above) opens the 2027 season on 1 December 2027.
    const cell = "AP-CQD-02";
    const clerk = { ...demo.viewers.editor, scopeCommitteeId: demo.committees[cell]! };
    const eve = at("2027-11-30T16:59:00Z"); // 23:59 on 30 November in Vietnam
    const refused = { ok: false, error: { code: "REFUSED", key: "entryNotOpen", values: { year: "2027", date: "01/12/2027" } } };
    expect(await runAction(saveDraftSpec, clerk, await formInput(t.db, demo, cell, YEAR, { RECORDS_TOTAL: "1.250" }), t.db, eve)).toMatchObject(refused);
    expect(await runAction(submitYearSpec, clerk, await formInput(t.db, demo, cell, YEAR, CELL_YEAR), t.db, eve)).toMatchObject(refused);
    const row = { row: 2, committeeCode: cell, elementCode: "RECORDS_TOTAL", year: String(YEAR), value: "900", note: undefined, locale: "vi" as const };
    const actor = { userId: clerk.userId, role: clerk.role, scopeCommitteeId: clerk.scopeCommitteeId };
    const early = await importFigures(t.db, [row], { actor, now: eve });
    expect(early).toMatchObject({ applied: false, errors: [{ row: 2, column: "year", namespace: "figureErrors", key: "entryNotOpen", params: { year: "2027", date: "01/12/2027" } }] });
    expect(await t.db.figure.count({ where: { committeeId: demo.committees[cell], year: YEAR } })).toBe(0);
    expect(await t.db.figureYear.count({ where: { committeeId: demo.committees[cell], year: YEAR } })).toBe(0);

    // The form says when it opens, with the deadline, and is not editable (app/figures/page.tsx reads notOpen).
    process.env.DATABASE_URL = t.url;
    const { getEntryForm } = await import("@/lib/figures/queries");
    expect((await getEntryForm(clerk, demo.committees[cell]!, YEAR, "vi", eve)).deadline).toEqual({ last: "10/01/2028", closed: null, notOpen: { year: "2027", date: "01/12/2027" } });
    const opening = at("2027-11-30T17:00:00Z"); // 00:00 on 1 December in Vietnam
    expect((await getEntryForm(clerk, demo.committees[cell]!, YEAR, "vi", opening)).deadline).toEqual({ last: "10/01/2028", closed: null, notOpen: null });
    // The year before has no calendar: never closed nor unopened by one.
    expect((await getEntryForm(clerk, demo.committees[cell]!, 2025, "vi", eve)).deadline).toBeNull();

    expect(await runAction(saveDraftSpec, clerk, await formInput(t.db, demo, cell, YEAR, { RECORDS_TOTAL: "1.250" }), t.db, opening)).toMatchObject({ ok: true, data: { changed: 1 } });
    expect(await importFigures(t.db, [row], { actor, now: opening })).toMatchObject({ applied: true, errors: [] });
    expect((await t.db.figure.findMany({ where: { committeeId: demo.committees[cell], year: YEAR } })).map((f) => f.value.toString())).toEqual(["900"]);
  });
});

describe("the entry deadline", () => {
  const agencies = () => (t.db.committee.findUniqueOrThrow({ where: { code: "AP-CQD" } }));
  const typed = { MEMBERS_TOTAL: "45", RECORDS_TOTAL: "1.250" };

  it("lets a unit save through its last day in Vietnam, then refuses saving and submitting with the date and whom to ask", async () => {
    const onTheDay = await runAction(saveDraftSpec, demo.viewers.editor, await formInput(t.db, demo, "AP-CQD-01-1", YEAR, typed), t.db, at("2028-01-10T16:59:00Z"));
    expect(onTheDay).toMatchObject({ ok: true, data: { changed: 2 } });
    const before = await t.db.figure.findMany({ where: { committeeId: demo.committees["AP-CQD-01-1"], year: YEAR }, orderBy: { id: "asc" } });
    const late = at("2028-01-10T17:00:00Z");
    const refused = { ok: false, error: { code: "REFUSED", key: "entryClosed", values: { date: "10/01/2028", committee: (await agencies()).name } } };
    expect(await runAction(saveDraftSpec, demo.viewers.editor, await formInput(t.db, demo, "AP-CQD-01-1", YEAR, { MEMBERS_TOTAL: "46" }), t.db, late)).toMatchObject(refused);
    expect(await runAction(submitYearSpec, demo.viewers.editor, await formInput(t.db, demo, "AP-CQD-01-1", YEAR, CELL_YEAR), t.db, late)).toMatchObject(refused);
    expect(await t.db.figure.findMany({ where: { committeeId: demo.committees["AP-CQD-01-1"], year: YEAR }, orderBy: { id: "asc" } })).toEqual(before);
    expect((await t.db.figureYear.findUniqueOrThrow({ where: { committeeId_year: { committeeId: demo.committees["AP-CQD-01-1"]!, year: YEAR } } })).status).toBe("DRAFT");
  });

  it("reopens exactly the units given an extension, until its date, and refuses the others' imported rows with the same message", async () => {
    const ids = [demo.committees["AP-CQD-01-1"], demo.committees["AP-CQD-01-3"]].join(",");
    const granted = await runAction(grantExtensionsSpec, agenciesAdmin, { committeeIds: ids, year: String(YEAR), until: "2028-01-20", reason: "Chi bộ đang kiện toàn cấp ủy" }, t.db);
    expect(granted).toMatchObject({ ok: true, data: { granted: 2 } });
    expect(await runAction(grantExtensionsSpec, agenciesAdmin, { committeeIds: String(demo.committees["AP-KCQDN"]), year: String(YEAR), until: "2028-01-20", reason: "x" }, t.db))
      .toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    const sooner = await runAction(grantExtensionsSpec, agenciesAdmin, { committeeIds: String(demo.committees["AP-CQD-01-2"]), year: String(YEAR), until: "2028-01-08", reason: "x" }, t.db);
    expect(sooner).toMatchObject({ ok: false, error: { key: "extensionNotLater", values: { date: "10/01/2028" } } });

    const later = at("2028-01-12T03:00:00Z");
    const submitted = await runAction(submitYearSpec, demo.viewers.editor, await formInput(t.db, demo, "AP-CQD-01-1", YEAR, CELL_YEAR), t.db, later);
    expect(submitted).toMatchObject({ ok: true, data: { status: "SUBMITTED" } });
    const sibling = await runAction(saveDraftSpec, demo.viewers.editor, await formInput(t.db, demo, "AP-CQD-01-2", YEAR, typed), t.db, later);
    expect(sibling).toMatchObject({ ok: false, error: { key: "entryClosed", values: { date: "10/01/2028" } } });

    const row = (n: number, committeeCode: string, elementCode: string, value: string) =>
      ({ row: n, committeeCode, elementCode, year: String(YEAR), value, note: undefined, locale: "vi" as const });
    const editor = { userId: demo.viewers.editor.userId, role: demo.viewers.editor.role, scopeCommitteeId: demo.viewers.editor.scopeCommitteeId };
    const report = await importFigures(t.db, [row(2, "AP-CQD-01-3", "RECORDS_TOTAL", "900"), row(3, "AP-CQD-01-2", "RECORDS_TOTAL", "800")], { actor: editor, now: later });
    expect(report.applied).toBe(false);
    expect(report.errors).toEqual([{ row: 3, column: "year", namespace: "figureErrors", key: "entryClosed", params: { date: "10/01/2028", committee: (await agencies()).name } }]);
    expect(await t.db.figure.count({ where: { committeeId: { in: [demo.committees["AP-CQD-01-2"]!, demo.committees["AP-CQD-01-3"]!] }, year: YEAR } })).toBe(0);
    // The extended unit alone goes through; after its extension it is closed too.
    expect((await importFigures(t.db, [row(2, "AP-CQD-01-3", "RECORDS_TOTAL", "900")], { actor: editor, now: later })).applied).toBe(true);
    const closedAgain = await importFigures(t.db, [row(2, "AP-CQD-01-3", "RECORDS_TOTAL", "901")], { actor: editor, now: at("2028-01-20T17:00:00Z") });
    expect(closedAgain.errors).toMatchObject([{ row: 2, key: "entryClosed", params: { date: "20/01/2028" } }]);

    const extension = await t.db.reportingExtension.findFirstOrThrow({ where: { committeeId: demo.committees["AP-CQD-01-3"] } });
    expect(await runAction(revokeExtensionSpec, agenciesAdmin, { id: extension.id }, t.db)).toMatchObject({ ok: true });
    expect((await importFigures(t.db, [row(2, "AP-CQD-01-3", "RECORDS_TOTAL", "902")], { actor: editor, now: later })).errors).toMatchObject([{ key: "entryClosed" }]);
    const events = await t.db.auditEvent.findMany({ where: { action: { in: ["extension.grant", "extension.revoke"] } }, orderBy: { id: "asc" } });
    expect(events.map((e) => auditSentence({ ...e, before: e.before as never, after: e.after as never }, "vi", { elements: {}, committees: {} }))).toEqual([
      "Gia hạn nhập số liệu năm 2027 đến 20/01/2028: Chi bộ đang kiện toàn cấp ủy",
      "Gia hạn nhập số liệu năm 2027 đến 20/01/2028: Chi bộ đang kiện toàn cấp ủy",
      "Thu hồi gia hạn năm 2027 (đến 20/01/2028)",
    ]);
  });

  it("counts a unit's submission on time against its own deadline, extension counted", async () => {
    const units = async () => Object.fromEntries((await getCompleteness(t.sql, demo.committees["AP-CQD-01"]!, YEAR)).units.map((u) => [u.code, u]));
    const before = await getCompleteness(t.sql, demo.committees["AP-CQD-01"]!, YEAR);
    expect(before).toMatchObject({ onTime: 1, counts: { SUBMITTED: 1 } });
    expect(before.withDeadline).toBe(before.units.length);
    expect((await units())["AP-CQD-01-1"]).toMatchObject({ status: "SUBMITTED", deadline: "2028-01-20", onTime: true });
    expect((await units())["AP-CQD-01-2"]).toMatchObject({ deadline: "2028-01-10", onTime: null });
    // Without its extension the same submission (12 January) was two days after the unit's deadline.
    const extension = await t.db.reportingExtension.findFirstOrThrow({ where: { committeeId: demo.committees["AP-CQD-01-1"] } });
    expect(await runAction(revokeExtensionSpec, agenciesAdmin, { id: extension.id }, t.db)).toMatchObject({ ok: true });
    expect((await units())["AP-CQD-01-1"]).toMatchObject({ status: "SUBMITTED", deadline: "2028-01-10", onTime: false });
    expect((await getCompleteness(t.sql, demo.committees["AP-CQD-01"]!, YEAR)).onTime).toBe(0);
  });

  it("lists a parent's overdue units with days late: not started after the entry deadline, awaiting approval after the approval deadline", async () => {
    const overdue = async (today: string) => overdueUnits((await getCompleteness(t.sql, demo.committees["AP-CQD-01"]!, YEAR)).units, today)
      .map((o) => [o.unit.code, o.unit.status, o.missed, o.daysLate]);
    expect(await overdue("2028-01-10")).toEqual([]);
    const cells = (await getCompleteness(t.sql, demo.committees["AP-CQD-01"]!, YEAR)).units.filter((u) => u.status !== "SUBMITTED" && u.status !== "APPROVED");
    expect(cells.length).toBeGreaterThan(1);
    expect(await overdue("2028-01-12")).toEqual(cells.map((u) => [u.code, u.status, "2028-01-10", 2]).sort((a, b) => String(a[0]).localeCompare(String(b[0]), "en", { numeric: true })));
    expect(await overdue("2028-02-02")).toContainEqual(["AP-CQD-01-1", "SUBMITTED", "2028-01-31", 2]);
  });
});
