// Restructuring on the demo data: the 2025 history of the agencies' committee, preview and cancel, merges that
// move accounts and resolutions, splits, dissolutions, and stale previews.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/auth/action";
import { isInScope } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/session";
import { applyRestructure, applyRestructureSpec, previewRestructure, previewRestructureSpec } from "@/lib/committees/restructure/mutations";
import { applyDueRestructures, cancelScheduledRestructureSpec, getPendingRestructures } from "@/lib/committees/restructure/schedule";
import type { RestructureInput } from "@/lib/committees/restructure/schema";
import { saveDraftSpec } from "@/lib/figures/mutations";
import { findRollupDrift } from "@/lib/figures/rollup";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";
import { formInput, loadDemo, type Demo } from "./figures-fixtures";

const t = useTestDatabase();
let demo: Demo;
let admin: Viewer;
let getDashboard: typeof import("@/lib/dashboard/queries").getDashboard;

beforeAll(async () => {
  await seedDemo(t.db);
  demo = await loadDemo(t.db);
  admin = demo.viewers.admin;
  process.env.DATABASE_URL = t.url;
  ({ getDashboard } = await import("@/lib/dashboard/queries"));
});

const id = (code: string) => demo.committees[code]!;

/** A unit's total as dashboards read it (the view: stored rows, or a leaf's own figures). */
async function rollup(code: string, element: string, year: number): Promise<number | null> {
  const [r] = await t.sql<{ value: string }>`
    SELECT r."value"::text AS "value" FROM "CommitteeRollup" r JOIN "Committee" c ON c."id" = r."committeeId"
    WHERE c."code" = ${code} AND r."dataElementId" = ${demo.elements[element]!}::int AND r."year" = ${year}::int`;
  return r ? Number(r.value) : null;
}

async function rawSum(codes: string[], element: string, year: number): Promise<number> {
  const rows = await t.db.figure.findMany({ where: { committeeId: { in: codes.map(id) }, dataElementId: demo.elements[element]!, year } });
  return rows.reduce((s, f) => s + Number(f.value), 0);
}

/** Every rollup row of some committees (through the view), as text, to compare before and after. */
async function rollupRows(codes: string[]): Promise<string[]> {
  const rows = await t.sql<{ line: string }>`
    SELECT concat("committeeId", ':', "dataElementId", ':', "year", '=', trim_scale("value"), '/', "unitCount", '/', "submittedCount") AS "line"
    FROM "CommitteeRollup" WHERE "committeeId" = ANY(${codes.map(id)}::int[]) ORDER BY "committeeId", "dataElementId", "year"`;
  return rows.map((r) => r.line);
}

async function everything() {
  const [committees, links, closure, rollups, users, resolutions, audit] = await Promise.all([
    t.db.committee.findMany({ orderBy: { id: "asc" } }), t.db.committeeLink.findMany({ orderBy: { id: "asc" } }),
    t.db.committeeClosure.count(), rollupRows(Object.keys(demo.committees)), t.db.user.findMany({ orderBy: { id: "asc" } }),
    t.db.resolution.findMany({ orderBy: { id: "asc" } }), t.db.auditEvent.count(),
  ]);
  return { committees, links, closure, rollups, users, resolutions, audit };
}

const today = new Date().toISOString().slice(0, 10);

describe("the demo's 2025 reorganization", () => {
  it("restates the agencies' committee's 2020–2024 from the 21 organizations it was formed from", async () => {
    const former = await t.db.committee.findMany({ where: { code: { startsWith: "AP-KCQ-" } }, include: { successor: true, links: true } });
    expect(former).toHaveLength(21);
    expect(new Set(former.map((f) => f.successor?.code)).size).toBe(12);
    expect(former.every((f) => f.validTo?.toISOString().startsWith("2025-02-10") && f.links[0]?.parentId === id("AP"))).toBe(true);
    expect(await t.db.committee.count({ where: { parentId: id("AP-CQD"), validTo: null } })).toBe(12);
    const members = [];
    for (const year of [2020, 2021, 2022, 2023, 2024, 2025]) members.push(await rollup("AP-CQD", "MEMBERS_TOTAL", year));
    expect(members).toEqual([588, 594, 601, 606, 611, 806]);
    // The merged newspaper and radio-television committee carries both predecessors' figures, counted once.
    expect(await rollup("AP-CQD-07", "MEMBERS_TOTAL", 2023)).toBe(await rawSum(["AP-KCQ-11", "AP-KCQ-12"], "MEMBERS_TOTAL", 2023));
    expect(await rollup("AP", "MEMBERS_ADMITTED", 2021)).toBe(await rawSum(Object.keys(demo.committees), "MEMBERS_ADMITTED", 2021));
  });

  it("refuses figures of an ended organization for the year it ended and after", async () => {
    const input = await formInput(t.db, demo, "AP-KCQ-03", 2025, { MEMBERS_TOTAL: "40" });
    expect(await runAction(saveDraftSpec, admin, input, t.db)).toMatchObject({ ok: false, error: { key: "unitEnded", values: { year: 2024 } } });
    expect(await t.db.figure.count({ where: { committeeId: id("AP-KCQ-03"), year: 2025 } })).toBe(0);
  });
});

describe("preview", () => {
  it("lists what a merge would change, then cancelling leaves everything as it was", async () => {
    const before = await everything();
    const result = await runAction(previewRestructureSpec, admin,
      { op: "merge", effectiveFrom: today, sourceIds: [id("AP-CQD-05"), id("AP-CQD-06")], newUnit: { code: "AP-CQD-13", name: "Chi bộ Ban Nội chính và Chính sách", kind: "GRASSROOTS_CELL", parentId: id("AP-CQD") } },
      t.db);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.units.map((u) => [u.unit.code, u.change])).toEqual([["AP-CQD-13", "created"], ["AP-CQD-05", "merged"], ["AP-CQD-06", "merged"]]);
    // The ancestors' totals do not move: the merged units stay under the agencies' committee.
    expect(result.data.totals.map((x) => [x.unit.code, x.changed.length])).toEqual([["AP-CQD", 0], ["AP", 0]]);
    expect(result.data.totals[0]!.rows).toBeGreaterThan(50);
    expect(await everything()).toEqual(before);
  });
});

describe("merge", () => {
  it("keeps the agencies' committee's totals and dashboard, and moves an account to the successor's subtree", async () => {
    const user = await t.db.user.create({ data: { username: "canbo.hnd", displayName: "Hội Nông dân", role: "EDITOR", passwordHash: "x", scopeCommitteeId: id("AP-CQD-11") } });
    const agencies = await rollupRows(["AP-CQD", "AP"]);
    const dashboardBefore = (await getDashboard({ ...admin }, id("AP-CQD"), null, 2025))!;
    const merged11 = await rawSum(["AP-CQD-11", "AP-KCQ-20"], "MEMBERS_TOTAL", 2025);
    const op: RestructureInput = { op: "merge", effectiveFrom: today, sourceIds: [id("AP-CQD-11")], intoId: id("AP-CQD-10"), reassignResolutions: false };
    const preview = await previewRestructure(t.db, op, admin);
    expect(preview.accounts).toEqual([expect.objectContaining({ username: "canbo.hnd", to: expect.objectContaining({ code: "AP-CQD-10" }) })]);
    const own10 = (await rollup("AP-CQD-10", "MEMBERS_TOTAL", 2025))!;
    // Only the successor's rows change: the agencies' committee and the province keep the unit, so are not touched.
    expect(preview.rollupRows).toBe(await t.db.rollup.count({ where: { committeeId: id("AP-CQD-11"), dataElement: { aggregation: "SUM" } } }));

    const result = await runAction(applyRestructureSpec, admin, { operation: op, versions: preview.versions }, t.db);
    expect(result.ok).toBe(true);
    expect(await rollupRows(["AP-CQD", "AP"])).toEqual(agencies);
    expect(await findRollupDrift(t.sql)).toEqual([]);
    // The successor now carries the merged unit's history (its own and its predecessor's), counted once.
    expect(await rollup("AP-CQD-10", "MEMBERS_TOTAL", 2025)).toBe(own10 + merged11);
    const dashboardAfter = (await getDashboard({ ...admin }, id("AP-CQD"), null, 2025))!;
    expect([...dashboardAfter.evaluations.values()].map((e) => e.values)).toEqual([...dashboardBefore.evaluations.values()].map((e) => e.values));

    const moved = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(moved).toMatchObject({ scopeCommitteeId: id("AP-CQD-10"), sessionVersion: user.sessionVersion + 1 });
    expect(await t.db.auditEvent.count({ where: { action: "account.scopeFollowsSuccessor", entityId: String(user.id) } })).toBe(1);
    // Exactly the successor's subtree: itself, the unit merged into it and both units' predecessors.
    const visible = (await t.db.committeeClosure.findMany({ where: { ancestorId: moved.scopeCommitteeId }, include: { descendant: true } })).map((r) => r.descendant.code).sort();
    expect(visible).toEqual(["AP-CQD-10", "AP-CQD-11", "AP-KCQ-16", "AP-KCQ-17", "AP-KCQ-18", "AP-KCQ-19", "AP-KCQ-20"]);
    expect(await isInScope(t.sql, moved.scopeCommitteeId, id("AP-CQD-12"))).toBe(false);
    // The merged unit's link to its parent ends on the date; it takes no more figures for this year.
    const link = await t.db.committeeLink.findFirstOrThrow({ where: { committeeId: id("AP-CQD-11") } });
    expect(link.validTo?.toISOString().slice(0, 10)).toBe(today);
    expect(await t.db.auditEvent.count({ where: { action: "restructure.merge" } })).toBe(1);
  });

  it("refuses a stale preview and changes nothing", async () => {
    const op: RestructureInput = { op: "move", effectiveFrom: today, committeeId: id("AP-CQD-12"), parentId: id("AP-KCQDN") };
    const preview = await previewRestructure(t.db, op, admin);
    await t.db.committee.update({ where: { id: id("AP-CQD-12") }, data: { version: { increment: 1 } } });
    const before = await everything();
    await expect(applyRestructure(t.db, op, preview.versions, admin)).rejects.toMatchObject({ key: "restructureChanged" });
    expect(await everything()).toEqual(before);
  });

  it("moves a resolution's targets to a new successor when asked, and keeps the bloc's totals when moving between committees", async () => {
    const term = await t.db.term.findFirstOrThrow({ where: { startYear: 2025 } });
    const resolution = await t.db.resolution.create({ data: { committeeId: id("AP-CQD-12"), termId: term.id, title: "Nghị quyết Đại hội Chi bộ Tỉnh đoàn" } });
    const op: RestructureInput = {
      op: "merge", effectiveFrom: today, sourceIds: [id("AP-CQD-12"), id("AP-CQD-09")], reassignResolutions: true,
      newUnit: { code: "AP-CQD-14", name: "Chi bộ hợp nhất", kind: "GRASSROOTS_CELL", parentId: id("AP-CQD") },
    };
    const preview = await previewRestructure(t.db, op, admin);
    await applyRestructure(t.db, op, preview.versions, admin);
    const successor = await t.db.committee.findUniqueOrThrow({ where: { code: "AP-CQD-14" } });
    expect(await t.db.resolution.findUniqueOrThrow({ where: { id: resolution.id } })).toMatchObject({ committeeId: successor.id });
    const members = await t.db.rollup.findMany({ where: { committeeId: successor.id, dataElement: { code: "MEMBERS_TOTAL" } }, orderBy: { year: "asc" } });
    // A unit formed today shows a full trend made of its predecessors' figures.
    expect(members.map((r) => r.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(Number(members[3]!.value)).toBe(await rawSum(["AP-KCQ-14", "AP-KCQ-15", "AP-KCQ-21"], "MEMBERS_TOTAL", 2023));

    // Moving a unit to another upper committee takes its totals from one and adds them to the other.
    const blocBefore = (await rollup("AP-KCQDN", "MEMBERS_TOTAL", 2025))!;
    const agenciesBefore = (await rollup("AP-CQD", "MEMBERS_TOTAL", 2025))!;
    const unit = (await rollup("AP-CQD-14", "MEMBERS_TOTAL", 2025))!;
    const move: RestructureInput = { op: "move", effectiveFrom: today, committeeId: successor.id, parentId: id("AP-KCQDN") };
    const movePreview = await previewRestructure(t.db, move, admin);
    expect(movePreview.totals.find((x) => x.unit.code === "AP-KCQDN")!.changed).toContainEqual(
      expect.objectContaining({ element: "MEMBERS_TOTAL", year: 2025, before: String(blocBefore), after: String(blocBefore + unit) }));
    await applyRestructure(t.db, move, movePreview.versions, admin);
    expect(await rollup("AP-KCQDN", "MEMBERS_TOTAL", 2025)).toBe(blocBefore + unit);
    expect(await rollup("AP-CQD", "MEMBERS_TOTAL", 2025)).toBe(agenciesBefore - unit);
    expect(await findRollupDrift(t.sql)).toEqual([]);
  });
});

describe("split, rename, dissolve", () => {
  it("splits a committee: its cells and history go to the successor, the other new unit starts empty", async () => {
    const total2023 = (await rollup("AP-CQD-08", "MEMBERS_TOTAL", 2023))!;
    const op: RestructureInput = {
      op: "split", effectiveFrom: today, committeeId: id("AP-CQD-08"), successorIndex: 0,
      newUnits: [
        { code: "AP-CQD-08A", name: "Đảng bộ Trường Chính trị tỉnh (mới)", kind: "GRASSROOTS" },
        { code: "AP-CQD-08B", name: "Chi bộ Trung tâm Bồi dưỡng", kind: "GRASSROOTS_CELL" },
      ],
    };
    const agencies = await rollupRows(["AP-CQD", "AP"]);
    const preview = await previewRestructure(t.db, op, admin);
    await applyRestructure(t.db, op, preview.versions, admin);
    const a = await t.db.committee.findUniqueOrThrow({ where: { code: "AP-CQD-08A" }, include: { children: { where: { validTo: null } } } });
    expect(a.children.map((c) => c.code).sort()).toEqual(["AP-CQD-08-1", "AP-CQD-08-2"]);
    expect(await rollup("AP-CQD-08A", "MEMBERS_TOTAL", 2023)).toBe(total2023);
    expect(await rollup("AP-CQD-08B", "MEMBERS_TOTAL", 2023)).toBeNull();
    expect(await rollupRows(["AP-CQD", "AP"])).toEqual(agencies);
  });

  it("keeps a cell's own figures in its totals when a unit is formed under it, and the units merged into that one", async () => {
    const own = await rawSum(["AP-CQD-01-1"], "MEMBERS_TOTAL", 2025);
    const merged = await rawSum(["AP-CQD-01-2", "AP-CQD-01-3"], "MEMBERS_TOTAL", 2025);
    expect(own).toBeGreaterThan(0);
    expect(merged).toBeGreaterThan(0);
    const above = await rollupRows(["AP-CQD-01", "AP-CQD", "AP"]);
    // The cell grows into a grassroots committee (a kind correction), so a cell may be formed under it.
    await t.db.committee.update({ where: { id: id("AP-CQD-01-1") }, data: { kind: "GRASSROOTS" } });
    const op: RestructureInput = {
      op: "merge", effectiveFrom: today, sourceIds: [id("AP-CQD-01-2"), id("AP-CQD-01-3")], reassignResolutions: false,
      newUnit: { code: "AP-CQD-01-1-A", name: "Chi bộ hợp nhất", kind: "CELL", parentId: id("AP-CQD-01-1") },
    };
    await applyRestructure(t.db, op, (await previewRestructure(t.db, op, admin)).versions, admin);
    expect(await rollup("AP-CQD-01-1", "MEMBERS_TOTAL", 2025)).toBe(own + merged);
    expect(await rollupRows(["AP-CQD-01", "AP-CQD", "AP"])).toEqual(above);
    expect(await findRollupDrift(t.sql)).toEqual([]);
  });

  it("renames with an audited date, and dissolves only a unit without units in force, keeping its figures in its parent", async () => {
    const rename: RestructureInput = { op: "rename", effectiveFrom: today, committeeId: id("AP-CQD-04"), name: "Chi bộ Cơ quan Ủy ban Kiểm tra Tỉnh ủy" };
    await applyRestructure(t.db, rename, (await previewRestructure(t.db, rename, admin)).versions, admin);
    expect((await t.db.committee.findUniqueOrThrow({ where: { id: id("AP-CQD-04") } })).name).toBe("Chi bộ Cơ quan Ủy ban Kiểm tra Tỉnh ủy");
    expect(await t.db.auditEvent.findFirst({ where: { action: "committee.rename", entityId: String(id("AP-CQD-04")) } })).toMatchObject({ after: expect.objectContaining({ effectiveFrom: today }) });

    await expect(previewRestructure(t.db, { op: "dissolve", effectiveFrom: today, committeeId: id("AP-CQD-01") }, admin)).rejects.toMatchObject({ key: "restructureHasUnits" });
    const agencies = await rollupRows(["AP-CQD", "AP"]);
    const dissolve: RestructureInput = { op: "dissolve", effectiveFrom: today, committeeId: id("AP-CQD-03") };
    await applyRestructure(t.db, dissolve, (await previewRestructure(t.db, dissolve, admin)).versions, admin);
    expect(await rollupRows(["AP-CQD", "AP"])).toEqual(agencies);
    expect(await t.db.committee.findUniqueOrThrow({ where: { id: id("AP-CQD-03") } })).toMatchObject({ parentId: id("AP-CQD"), successorId: null });
    expect(await findRollupDrift(t.sql)).toEqual([]);
  });

  it("refuses an operation dated before the unit's last change, or on the administrator's own scope", async () => {
    await expect(previewRestructure(t.db, { op: "move", effectiveFrom: "2024-01-01", committeeId: id("AP-CQD-02"), parentId: id("AP-KCQDN") }, admin)).rejects.toMatchObject({ key: "restructureBeforeStart" });
    await expect(previewRestructure(t.db, { op: "move", effectiveFrom: today, committeeId: id("AP"), parentId: id("AP-KCQDN") }, admin)).rejects.toMatchObject({ key: "restructureOwnScope" });
    await expect(previewRestructure(t.db, { op: "move", effectiveFrom: today, committeeId: id("AP-CQD"), parentId: id("AP-CQD-01") }, admin)).rejects.toMatchObject({ key: "restructureCycle" });
  });
});

describe("a restructuring adopted ahead of its date", () => {
  const name = async (code: string) => (await t.db.committee.findUniqueOrThrow({ where: { id: id(code) } })).name;

  it("is scheduled, listed as pending and changes nothing until its day, then applies on it, once", async () => {
    const rename: RestructureInput = { op: "rename", effectiveFrom: "2099-07-01", committeeId: id("AP-CQD-10"), name: "Chi bộ Ban Nội chính và Kinh tế Tỉnh ủy" };
    const before = await name("AP-CQD-10");
    const preview = await previewRestructure(t.db, rename, admin);
    expect(preview).toMatchObject({ scheduled: true, units: [{ change: "renamed", toName: "Chi bộ Ban Nội chính và Kinh tế Tỉnh ủy" }] });
    const scheduled = await applyRestructure(t.db, rename, preview.versions, admin);
    expect(scheduled).toMatchObject({ scheduled: true, scheduledId: expect.any(Number) });
    expect(await name("AP-CQD-10")).toBe(before);
    const pending = await getPendingRestructures(t.sql, admin.scopeCommitteeId);
    expect(pending.map((p) => [p.operation.op, p.effectiveFrom, p.names[String(id("AP-CQD-10"))]])).toEqual([["rename", "2099-07-01", before]]);
    // Not yet due: nothing happens.
    expect(await applyDueRestructures(t.db, "2099-06-30")).toEqual([]);
    expect(await name("AP-CQD-10")).toBe(before);
    // Its day: applied as the admin who scheduled it, audited, and not listed any more; a second look applies nothing.
    expect(await Promise.all([applyDueRestructures(t.db, "2099-07-01"), applyDueRestructures(t.db, "2099-07-01")]).then((r) => r.flat())).toEqual([scheduled.scheduledId]);
    expect(await name("AP-CQD-10")).toBe("Chi bộ Ban Nội chính và Kinh tế Tỉnh ủy");
    expect(await t.db.auditEvent.findFirst({ where: { action: "restructure.rename" }, orderBy: { id: "desc" } })).toMatchObject({
      actorId: admin.userId, after: expect.objectContaining({ scheduledId: scheduled.scheduledId }),
    });
    expect(await getPendingRestructures(t.sql, admin.scopeCommitteeId)).toEqual([]);
    expect(await findRollupDrift(t.sql)).toEqual([]);
  });

  it("can be cancelled until then, by an administrator of the units it names only, and then never applies", async () => {
    const dissolve: RestructureInput = { op: "dissolve", effectiveFrom: "2099-09-02", committeeId: id("AP-CQD-02") };
    const { scheduledId } = await applyRestructure(t.db, dissolve, (await previewRestructure(t.db, dissolve, admin)).versions, admin);
    const outsider = { ...admin, scopeCommitteeId: id("AP-KCQDN") };
    expect(await runAction(cancelScheduledRestructureSpec, outsider, { id: scheduledId }, t.db)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await runAction(cancelScheduledRestructureSpec, admin, { id: scheduledId }, t.db)).toEqual({ ok: true, data: { id: scheduledId } });
    expect(await runAction(cancelScheduledRestructureSpec, admin, { id: scheduledId }, t.db)).toMatchObject({ ok: false, error: { code: "CONFLICT", key: "scheduledNotPending" } });
    expect(await t.db.auditEvent.count({ where: { action: { in: ["restructure.schedule", "restructure.cancel"] }, entityId: String(scheduledId) } })).toBe(2);
    expect(await applyDueRestructures(t.db, "2099-12-31")).toEqual([]);
    expect(await t.db.committee.findUniqueOrThrow({ where: { id: id("AP-CQD-02") } })).toMatchObject({ validTo: null });
  });

  it("is refused when scheduled if it could not be made, and marked failed with the reason if it no longer can on its day", async () => {
    await expect(applyRestructure(t.db, { op: "dissolve", effectiveFrom: "2099-01-01", committeeId: id("AP-CQD-01") }, {}, admin)).rejects.toMatchObject({ key: "restructureHasUnits" });
    const rename: RestructureInput = { op: "rename", effectiveFrom: "2099-10-01", committeeId: id("AP-CQD-04"), name: "Chi bộ mới" };
    const { scheduledId } = await applyRestructure(t.db, rename, (await previewRestructure(t.db, rename, admin)).versions, admin);
    // Meanwhile the unit is dissolved today.
    const dissolve: RestructureInput = { op: "dissolve", effectiveFrom: today, committeeId: id("AP-CQD-04") };
    await applyRestructure(t.db, dissolve, (await previewRestructure(t.db, dissolve, admin)).versions, admin);
    expect(await applyDueRestructures(t.db, "2099-10-01")).toEqual([]);
    expect(await t.db.scheduledRestructure.findUniqueOrThrow({ where: { id: scheduledId } })).toMatchObject({ status: "FAILED", failure: "restructureUnitEnded" });
    expect(await t.db.auditEvent.count({ where: { action: "restructure.schedule_failed", entityId: String(scheduledId) } })).toBe(1);
  });
});
