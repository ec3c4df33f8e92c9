// Approval up the tree (an installation setting, off by default) and checks against past years (a figure far from
// the unit's figure of the year before asks for an explanation and lands on the approvers' follow-up list).
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/auth/action";
import { setCalendarSpec } from "@/lib/calendar/mutations";
import { auditSentence } from "@/lib/audit/sentence";
import { approveAfterUnits, approveAfterUnitsSpec, blockingUnits } from "@/lib/figures/approval-order";
import { approveYearSpec, saveDraftSpec, submitYearSpec } from "@/lib/figures/mutations";
import { yearChanges } from "@/lib/figures/year-change";
import { reportingRate } from "@/lib/figures/reporting-rate";
import { importFigures } from "@/lib/imports/import-figures";
import { describeIssues } from "@/lib/imports/messages";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";
import { CELL_YEAR, formCodes, formInput, loadDemo, type Demo } from "./figures-fixtures";

const t = useTestDatabase();
let demo: Demo;
const YEAR = 2027;
const committee = "AP-CQD-01";
const cells = ["AP-CQD-01-1", "AP-CQD-01-2", "AP-CQD-01-3"];
const before = new Date("2027-12-20T03:00:00Z");

beforeAll(async () => {
  await seedDemo(t.db);
  demo = await loadDemo(t.db);
  // The installation's 2027 calendar (the demo seeds 2026's only): entry from 1 December 2027 to 15 January 2028.
  const calendar = { committeeId: demo.committees.AP, year: YEAR, opensOn: "2027-12-01", entryDeadline: "2028-01-15", approvalDeadline: "2028-01-31" };
  expect(await runAction(setCalendarSpec, demo.viewers.admin, calendar, t.db)).toMatchObject({ ok: true });
});

const version = async (code: string) =>
  (await t.db.figureYear.findUniqueOrThrow({ where: { committeeId_year: { committeeId: demo.committees[code]!, year: YEAR } } })).version;
const approve = async (code: string) =>
  runAction(approveYearSpec, demo.viewers.approver, { committeeId: demo.committees[code], year: YEAR, version: await version(code) }, t.db);
const submit = async (code: string, typed: Record<string, string>) =>
  runAction(submitYearSpec, demo.viewers.editor, await formInput(t.db, demo, code, YEAR, typed), t.db, before);

describe("approval up the tree", () => {
  it("is off by default, and counts the units below whose year is not approved", async () => {
    expect(await approveAfterUnits(t.sql)).toBe(false);
    // The committee's own form (its cells enter the members) and two of its cells submitted; the third not started.
    const codes = await formCodes(t.db, demo.committees[committee]!, YEAR);
    expect(await submit(committee, Object.fromEntries(codes.map((c) => [c, CELL_YEAR[c] ?? "0"])))).toMatchObject({ ok: true });
    for (const cell of cells.slice(0, 2)) expect(await submit(cell, CELL_YEAR)).toMatchObject({ ok: true });
    const blocking = await blockingUnits(t.sql, [[demo.committees[committee]!, YEAR]]);
    expect(blocking.get(`${demo.committees[committee]}:${YEAR}`)).toEqual({ count: 3, names: expect.any(Array) });
  });

  it("when turned on by the installation's administrator, refuses until every unit below is approved, naming them", async () => {
    // Only an administrator of the root committee changes an installation-wide rule.
    expect(await runAction(approveAfterUnitsSpec, demo.viewers.editor, { on: "true" }, t.db)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await runAction(approveAfterUnitsSpec, demo.viewers.admin, { on: "true" }, t.db)).toMatchObject({ ok: true, data: { on: true } });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "setting.approve_after_units" } });
    expect(auditSentence({ ...event, before: event.before as never, after: event.after as never }, "vi", { elements: {}, committees: {} }))
      .toBe("Bật quy định duyệt theo thứ tự: chỉ duyệt năm của cấp ủy khi các đơn vị trực thuộc đã được duyệt");

    const versionBefore = await version(committee);
    const refused = await approve(committee);
    expect(refused).toMatchObject({ ok: false, error: { code: "REFUSED", key: "unitsNotApproved", values: { count: 3 } } });
    // Nothing changed: still submitted, same version, no approval notice.
    expect(await t.db.figureYear.findUniqueOrThrow({ where: { committeeId_year: { committeeId: demo.committees[committee]!, year: YEAR } } }))
      .toMatchObject({ status: "SUBMITTED", version: versionBefore });
    expect(await t.db.notification.count({ where: { kind: "APPROVED", committeeId: demo.committees[committee] } })).toBe(0);

    expect(await approve(cells[0]!)).toMatchObject({ ok: true });
    expect(await approve(cells[1]!)).toMatchObject({ ok: true });
    // One cell left: named, as the queue shows it.
    const [cellName] = (await t.db.committee.findMany({ where: { code: cells[2] } })).map((c) => c.name);
    expect(await approve(committee)).toMatchObject({ ok: false, error: { key: "unitsNotApproved", values: { count: 1, units: cellName } } });
    expect((await blockingUnits(t.sql, [[demo.committees[committee]!, YEAR]])).get(`${demo.committees[committee]}:${YEAR}`)).toEqual({ count: 1, names: [cellName] });

    expect(await submit(cells[2]!, CELL_YEAR)).toMatchObject({ ok: true });
    expect(await approve(cells[2]!)).toMatchObject({ ok: true });
    expect(await approve(committee)).toMatchObject({ ok: true });
    expect((await blockingUnits(t.sql, [[demo.committees[committee]!, YEAR]])).size).toBe(0);
    // The committee and its three cells, all submitted on 20 December, before the 15 January deadline.
    expect(await reportingRate(t.sql, demo.committees[committee]!, YEAR)).toEqual({ year: YEAR, expected: 4, submitted: 4, onTime: 4, withDeadline: 4 });
  });
});

describe("checks against past years", () => {
  const cell = "AP-CQD-02";
  const NEXT = 2028;

  it("ask for an explanation when members at year end move more than 20% from last year, and list it for approvers", async () => {
    const year = (typed: Record<string, string>, notes: Record<string, string> = {}) =>
      formInput(t.db, demo, cell, NEXT, typed, notes);
    const editor = { ...demo.viewers.editor, scopeCommitteeId: demo.committees[cell]! };
    // Last year (2027) the cell had 40 members.
    expect(await runAction(saveDraftSpec, editor, await formInput(t.db, demo, cell, YEAR, { MEMBERS_TOTAL: "40" }), t.db, before)).toMatchObject({ ok: true });
    const at = new Date("2028-12-10T03:00:00Z");
    const warned = await runAction(saveDraftSpec, editor, await year({ MEMBERS_TOTAL: "50" }), t.db, at);
    expect(warned).toMatchObject({ ok: false, error: { code: "INVALID", details: { errors: {}, warnings: { [demo.elements.MEMBERS_TOTAL!]: { key: "yearChange", params: { previous: "40", change: "25.0", max: "20" } } } } } });
    expect(await t.db.figure.count({ where: { committeeId: demo.committees[cell], year: NEXT } })).toBe(0);
    // Within 20% (48 is +20%) saves; so does 50 with an explanation, which the approvers' list shows.
    expect(await runAction(saveDraftSpec, editor, await year({ MEMBERS_TOTAL: "48" }), t.db, at)).toMatchObject({ ok: true });
    expect(await yearChanges(t.sql, demo.committees["AP-CQD"]!, NEXT)).toEqual([]);
    const note = "Tiếp nhận 10 đảng viên từ chi bộ sáp nhập";
    expect(await runAction(saveDraftSpec, editor, await year({ MEMBERS_TOTAL: "50" }, { MEMBERS_TOTAL: note }), t.db, at)).toMatchObject({ ok: true });
    expect((await yearChanges(t.sql, demo.committees["AP-CQD"]!, NEXT)).map((r) => [r.code, r.previous, r.value, r.changePercent, r.maxPercent, r.note]))
      .toEqual([[cell, "40", "50", "25.0", "20", note]]);
    // Another subtree's list does not show it.
    expect(await yearChanges(t.sql, demo.committees["AP-KCQDN"]!, NEXT)).toEqual([]);
  });

  it("in a file import, refuse a row that moves further than allowed until its note column explains it, like the 20% rule", async () => {
    const LATER = NEXT + 1;
    const actor = { userId: demo.viewers.editor.userId, role: demo.viewers.editor.role, scopeCommitteeId: demo.committees[cell]! };
    const row = (value: string, note?: string) =>
      ({ row: 2, committeeCode: cell, elementCode: "MEMBERS_TOTAL", year: String(LATER), value, note, locale: "vi" as const });
    const at = new Date("2029-12-10T03:00:00Z");
    // 2028 has 50 members (above): 62 is +24%, 60 exactly +20%.
    const moved = await importFigures(t.db, [row("62")], { actor, now: at });
    expect(moved).toMatchObject({ applied: false, errors: [{ row: 2, column: "note", namespace: "figureErrors", key: "yearChange", params: { previous: "50", change: "24", max: "20" } }] });
    expect(describeIssues(moved.errors, "vi")[0]!.message).toBe("Cảnh báo: thay đổi 24% so với năm trước (50), vượt mức 20%. Kiểm tra lại số liệu hoặc nhập giải trình để vẫn lưu.");
    expect(await t.db.figure.count({ where: { committeeId: demo.committees[cell], year: LATER } })).toBe(0);
    // A dry run says the same.
    expect((await importFigures(t.db, [row("62")], { actor, now: at, dryRun: true })).errors).toMatchObject([{ column: "note", key: "yearChange" }]);
    expect(await importFigures(t.db, [row("60")], { actor, now: at, dryRun: true })).toMatchObject({ errors: [], created: 1 });

    const note = "Tiếp nhận đảng viên từ doanh nghiệp chuyển về";
    expect(await importFigures(t.db, [row("62", note)], { actor, now: at })).toMatchObject({ applied: true, errors: [], created: 1 });
    expect((await yearChanges(t.sql, demo.committees["AP-CQD"]!, LATER)).map((r) => [r.code, r.previous, r.value, r.changePercent, r.note]))
      .toEqual([[cell, "50", "62", "24.0", note]]);
  });
});
