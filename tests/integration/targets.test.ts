import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/auth/action";
import type { Viewer } from "@/lib/auth/session";
import { cascadeTargetSpec } from "@/lib/targets/cascade-mutations";
import { amendTargetSpec, createTargetSpec, moveTargetSpec, saveResolutionSpec, updateTargetSpec } from "@/lib/targets/mutations";
import { deleteDataElementSpec, retireDataElementSpec } from "@/lib/catalogue/mutations";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";

const t = useTestDatabase();
let ids: Record<string, number>;
let indicators: Record<string, number>;
let terms: Record<string, number>;
let adminId: number;
let getDashboard: typeof import("@/lib/dashboard/queries").getDashboard;
let getCascade: typeof import("@/lib/targets/queries").getCascade;
let getReviewReport: typeof import("@/lib/reports/queries").getReviewReport;

const viewer = (role: Viewer["role"], scope: string): Viewer => ({
  userId: adminId, username: "probe", displayName: "Probe", role, scopeCommitteeId: ids[scope]!, scopeCommitteeName: scope, locale: "vi", totpEnabled: false,
});

beforeAll(async () => {
  await seedDemo(t.db);
  ids = Object.fromEntries((await t.db.committee.findMany({ select: { id: true, code: true } })).map((r) => [r.code, r.id]));
  indicators = Object.fromEntries((await t.db.indicator.findMany()).map((r) => [r.code, r.id]));
  terms = Object.fromEntries((await t.db.term.findMany()).map((r) => [r.name, r.id]));
  adminId = (await t.db.user.findUniqueOrThrow({ where: { username: "admin" } })).id;
  process.env.DATABASE_URL = t.url;
  ({ getDashboard } = await import("@/lib/dashboard/queries"));
  ({ getCascade } = await import("@/lib/targets/queries"));
  ({ getReviewReport } = await import("@/lib/reports/queries"));
});

/** From scratch: a subtree's sum of raw figures of some elements in one year. */
async function liveSum(committee: string, elements: string[], year: number): Promise<number> {
  const rows = await t.sql<{ total: string | null }>`
    SELECT SUM(f."value")::text AS total FROM "Figure" f
    JOIN "CommitteeClosure" cc ON cc."descendantId" = f."committeeId"
    JOIN "DataElement" de ON de."id" = f."dataElementId"
    WHERE cc."ancestorId" = ${ids[committee]} AND de."code" = ANY(${elements}) AND f."year" = ${year}`;
  return Number(rows[0]?.total ?? 0);
}

const form = (resolutionId: number, fields: Record<string, string>) => ({ resolutionId: String(resolutionId), category: "TARGET", comparator: "GTE", locale: "vi", ...fields });

describe("a grassroots unit's resolution, set up by its editor", () => {
  let resolutionId: number;

  it("creates the resolution of the unit and term, audited; another unit's is out of reach, a viewer may not", async () => {
    const editor = viewer("EDITOR", "AP-CQD-01");
    const input = { committeeId: String(ids["AP-CQD-01"]), termId: String(terms["2025–2030"]), title: "Nghị quyết Đại hội Đảng bộ Văn phòng Tỉnh ủy nhiệm kỳ 2025–2030", number: "01-NQ/ĐH", adoptedOn: "2025-05-20" };
    const result = await runAction(saveResolutionSpec, editor, input, t.db);
    expect(result).toMatchObject({ ok: true });
    resolutionId = (result as { data: { id: number } }).data.id;
    const stored = await t.db.resolution.findUniqueOrThrow({ where: { id: resolutionId } });
    expect([stored.number, stored.adoptedOn?.toISOString().slice(0, 10)]).toEqual(["01-NQ/ĐH", "2025-05-20"]);
    expect(await t.db.auditEvent.count({ where: { action: "resolution.create", entityId: String(resolutionId) } })).toBe(1);
    expect(await runAction(saveResolutionSpec, editor, { ...input, committeeId: String(ids["AP-CQD-02"]) }, t.db)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await runAction(saveResolutionSpec, viewer("VIEWER", "AP-CQD-01"), input, t.db)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it("round-trips each kind from the form to the database to the progress engine", async () => {
    const editor = viewer("EDITOR", "AP-CQD-01");
    const created: Record<string, number> = {};
    const cases: [string, Record<string, string>][] = [
      ["ANNUAL_RATE", { kind: "ANNUAL_RATE", indicatorId: String(indicators.RATE_MEMBERS_GOOD_PLUS), targetValue: "95,5" }],
      ["TERM_CUMULATIVE", { kind: "TERM_CUMULATIVE", indicatorId: String(indicators.MEMBERS_ADMITTED), targetValue: "20" }],
      ["LEVEL_BY_DEADLINE", { kind: "LEVEL_BY_DEADLINE", indicatorId: String(indicators.RATE_RECORDS_ONLINE), targetValue: "100", baselineValue: "50", baselineYear: "2024", deadlineYear: "2029" }],
      // No English wording: it is optional.
      ["QUALITATIVE", { kind: "QUALITATIVE", category: "BREAKTHROUGH", titleVi: "Số hóa hồ sơ đảng viên" }],
    ];
    for (const [kind, fields] of cases) {
      const result = await runAction(createTargetSpec, editor, form(resolutionId, fields), t.db);
      expect(result, kind).toMatchObject({ ok: true });
      created[kind] = (result as { data: { id: number } }).data.id;
    }
    const rows = await t.db.target.findMany({ where: { resolutionId }, orderBy: [{ category: "asc" }, { position: "asc" }] });
    expect(rows.map((r) => [r.kind, r.position, r.targetValue === null ? null : Number(r.targetValue), r.deadlineYear])).toEqual([
      ["ANNUAL_RATE", 1, 95.5, null], ["TERM_CUMULATIVE", 2, 20, null], ["LEVEL_BY_DEADLINE", 3, 100, 2029], ["QUALITATIVE", 1, null, null],
    ]);
    // Without a title typed, a target reads as the form's preview.
    expect(rows[0]!.titleVi).toBe("Hằng năm có từ 95,5% đảng viên hoàn thành tốt nhiệm vụ trở lên");
    expect(rows[2]!.titleEn).toBe("By 2029, 100% of work records handled online (2024: 50%)");
    expect(rows[3]!.titleEn).toBe("");

    const dashboard = (await getDashboard(viewer("EDITOR", "AP-CQD-01"), ids["AP-CQD-01"]!, terms["2025–2030"]!, 2025))!;
    expect(dashboard.ownResolution).toBe(true);
    expect(dashboard.targets.map((x) => x.id).sort()).toEqual(Object.values(created).sort());
    const progress = (kind: string) => dashboard.evaluations.get(created[kind]!)!.progress;
    const goodPlus = (await liveSum("AP-CQD-01", ["MEMBERS_EXCELLENT", "MEMBERS_GOOD"], 2025)) * 100 / (await liveSum("AP-CQD-01", ["MEMBERS_ASSESSED"], 2025));
    expect(progress("ANNUAL_RATE")).toMatchObject({ kind: "ANNUAL_RATE", plan: 95.5, actual: goodPlus, status: goodPlus >= 95.5 ? "ACHIEVED" : "AT_RISK" });
    const admitted = await liveSum("AP-CQD-01", ["MEMBERS_ADMITTED"], 2025);
    expect(admitted).toBeGreaterThan(0);
    expect(progress("TERM_CUMULATIVE")).toMatchObject({ plan: 20, actual: admitted, percentOfPlan: (admitted * 100) / 20 });
    const online = (await liveSum("AP-CQD-01", ["RECORDS_ONLINE"], 2025)) * 100 / (await liveSum("AP-CQD-01", ["RECORDS_TOTAL"], 2025));
    expect(progress("LEVEL_BY_DEADLINE")).toMatchObject({ plan: 100, actual: online });
    expect(progress("QUALITATIVE").status).toBe("NO_DATA");
  });

  it("refuses a rate above 100%, a deadline outside the term and a cumulative plan of 0, and stores nothing", async () => {
    const editor = viewer("EDITOR", "AP-CQD-01");
    const before = await t.db.target.count();
    const refusals: [Record<string, string>, string][] = [
      [{ kind: "ANNUAL_RATE", indicatorId: String(indicators.RATE_MEMBERS_GOOD_PLUS), targetValue: "101" }, "targets.rateAbove100"],
      [{ kind: "LEVEL_BY_DEADLINE", indicatorId: String(indicators.RATE_ORGS_4GOOD), targetValue: "100", deadlineYear: "2032" }, "targets.deadlineOutsideTerm"],
      [{ kind: "TERM_CUMULATIVE", indicatorId: String(indicators.MEMBERS_ADMITTED), targetValue: "0" }, "targets.cumulativeZero"],
    ];
    for (const [fields, key] of refusals) {
      expect(await runAction(createTargetSpec, editor, form(resolutionId, fields), t.db)).toMatchObject({ ok: false, error: { code: "INVALID", key } });
    }
    expect(await t.db.target.count()).toBe(before);
    // A ≤ limit is a target like any other.
    expect(await runAction(createTargetSpec, editor, form(resolutionId, { kind: "ANNUAL_RATE", comparator: "LTE", indicatorId: String(indicators.RATE_MEMBERS_NOT_COMPLETED), targetValue: "1" }), t.db)).toMatchObject({ ok: true });
  });

  it("reorders targets and refuses an edit based on a stale version", async () => {
    const editor = viewer("EDITOR", "AP-CQD-01");
    const [first, second] = await t.db.target.findMany({ where: { resolutionId, category: "TARGET" }, orderBy: { position: "asc" }, take: 2 });
    expect(await runAction(moveTargetSpec, editor, { id: String(second!.id), direction: "up" }, t.db)).toMatchObject({ ok: true });
    const moved = await t.db.target.findMany({ where: { resolutionId, category: "TARGET" }, orderBy: { position: "asc" }, take: 2 });
    expect(moved.map((x) => x.id)).toEqual([second!.id, first!.id]);
    const stale = { ...form(resolutionId, { kind: "ANNUAL_RATE", indicatorId: String(indicators.RATE_MEMBERS_GOOD_PLUS), targetValue: "96" }), id: String(first!.id), version: String(first!.version) };
    expect(await runAction(updateTargetSpec, editor, stale, t.db)).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
  });
});

describe("cascading a target down the tree", () => {
  it("splits 700 admissions over the 12 grassroots organizations, sums them, flags a split that does not add up", async () => {
    const admin = viewer("ADMIN", "AP");
    const resolution = await t.db.resolution.findFirstOrThrow({ where: { committeeId: ids["AP-CQD"], termId: terms["2025–2030"] } });
    const created = await runAction(createTargetSpec, admin, form(resolution.id, { kind: "TERM_CUMULATIVE", indicatorId: String(indicators.MEMBERS_ADMITTED), targetValue: "700" }), t.db);
    const parentId = (created as { data: { id: number } }).data.id;
    const units = await t.db.committee.findMany({ where: { parentId: ids["AP-CQD"] }, orderBy: { code: "asc" } });
    expect(units).toHaveLength(12);
    const split = units.map((u, i) => ({ committeeId: String(u.id), value: i < 11 ? "58" : "62" }));
    expect(await runAction(cascadeTargetSpec, admin, { parentTargetId: String(parentId), locale: "vi", shares: split }, t.db)).toMatchObject({ ok: true, data: { created: 12 } });

    const children = await t.db.target.findMany({ where: { parentTargetId: parentId }, include: { resolution: true } });
    expect(children).toHaveLength(12);
    expect(children.every((c) => c.kind === "TERM_CUMULATIVE" && c.indicatorId === indicators.MEMBERS_ADMITTED && c.resolution.termId === terms["2025–2030"])).toBe(true);
    // Units without a resolution of their own got one to hold their share.
    expect(await t.db.resolution.count({ where: { termId: terms["2025–2030"], committeeId: { in: units.map((u) => u.id) } } })).toBe(12);

    const cascade = (await getCascade(admin, parentId))!;
    expect(cascade.balance).toEqual({ sum: "700", difference: "0", balanced: true, units: 12 });
    // Each unit against its own share, from the stored rollups and the engine.
    const office = cascade.shares.find((s) => s.unit.code === "AP-CQD-01")!;
    const admitted = await liveSum("AP-CQD-01", ["MEMBERS_ADMITTED"], cascade.reviewYear);
    expect(office.share).toBe("58");
    expect(office.progress).toMatchObject({ plan: 58, actual: admitted, percentOfPlan: (admitted * 100) / 58 });

    const short = split.map((s, i) => (i === 11 ? { ...s, value: "57" } : s));
    expect(await runAction(cascadeTargetSpec, admin, { parentTargetId: String(parentId), locale: "vi", shares: short }, t.db)).toMatchObject({ ok: true, data: { created: 0 } });
    expect((await getCascade(admin, parentId))!.balance).toEqual({ sum: "695", difference: "-5", balanced: false, units: 12 });
    expect(await t.db.auditEvent.count({ where: { action: "target.cascade" } })).toBe(13);
  });

  it("refuses a share for a unit outside the caller's subtree or not directly below", async () => {
    const parent = await t.db.target.findFirstOrThrow({ where: { resolution: { committeeId: ids["AP-CQD"] }, targetValue: 700 } });
    const editor = viewer("EDITOR", "AP-CQD-01");
    expect(await runAction(cascadeTargetSpec, editor, { parentTargetId: String(parent.id), shares: [{ committeeId: String(ids["AP-CQD-01"]), value: "1" }] }, t.db))
      .toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await runAction(cascadeTargetSpec, viewer("ADMIN", "AP"), { parentTargetId: String(parent.id), shares: [{ committeeId: String(ids["AP-CQD-01-1"]), value: "1" }] }, t.db))
      .toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});

describe("amending a target mid-term", () => {
  it("keeps the adopted version, audits the change, and measures each review year against the version in force", async () => {
    const admin = viewer("ADMIN", "AP");
    const target = await t.db.target.findFirstOrThrow({ where: { resolution: { committeeId: ids["AP-CQD"] }, indicatorId: indicators.CADRES_TRAINED } });
    expect(Number(target.targetValue)).toBe(120);
    const input = {
      ...form(target.resolutionId, { kind: "TERM_CUMULATIVE", indicatorId: String(indicators.CADRES_TRAINED), targetValue: "150", titleVi: "Đào tạo lý luận chính trị cho 150 cán bộ trong nhiệm kỳ", titleEn: "Train 150 cadres in political theory during the term" }),
      id: String(target.id), version: String(target.version), effectiveFrom: "2027", reference: "Nghị quyết số 12-NQ/ĐU ngày 15/01/2027", reason: "Tăng quy mô đào tạo",
    };
    expect(await runAction(amendTargetSpec, admin, { ...input, effectiveFrom: "2025" }, t.db)).toMatchObject({ ok: false, error: { key: "targets.effectiveFromRange" } });
    expect(await runAction(amendTargetSpec, admin, input, t.db)).toMatchObject({ ok: true, data: { revision: 2 } });

    const revisions = await t.db.targetRevision.findMany({ where: { targetId: target.id }, orderBy: { revision: "asc" } });
    expect(revisions.map((r) => [r.revision, r.effectiveFrom, Number(r.targetValue), r.reference])).toEqual([
      [1, 2025, 120, null], [2, 2027, 150, "Nghị quyết số 12-NQ/ĐU ngày 15/01/2027"],
    ]);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "target.amend", entityId: String(target.id) } });
    expect(audit.before).toMatchObject({ targetValue: "120" });
    expect(audit.after).toMatchObject({ targetValue: "150", revision: 2, effectiveFrom: 2027, reason: "Tăng quy mô đào tạo" });

    const planIn = async (year: number) => {
      const d = (await getDashboard(admin, ids["AP-CQD"]!, terms["2025–2030"]!, year))!;
      return [d.targets.find((x) => x.id === target.id)!.targetValue, d.evaluations.get(target.id)!.progress.plan, d.targets.find((x) => x.id === target.id)!.revision?.revision];
    };
    expect(await planIn(2026)).toEqual([120, 120, 1]);
    expect(await planIn(2027)).toEqual([150, 150, 2]);

    const report = (await getReviewReport(admin, { committeeId: ids["AP-CQD"]!, termId: terms["2025–2030"]!, year: 2027, kind: null, locale: "vi", issuedOn: new Date("2027-12-20") }))!;
    const row = report.rows.find((r) => r.target.startsWith("Đào tạo lý luận chính trị cho 150"))!;
    expect(row.plan).toContain("150");
    expect(row.note).toContain("Chỉ tiêu điều chỉnh theo Nghị quyết số 12-NQ/ĐU ngày 15/01/2027 (phiên bản 2, từ năm 2027)");
  });
});

describe("the catalogue", () => {
  it("refuses to delete an element in use, retires it instead; an unused element may be deleted", async () => {
    const admin = viewer("ADMIN", "AP");
    const used = await t.db.dataElement.findUniqueOrThrow({ where: { code: "MEMBERS_ADMITTED" } });
    expect(await runAction(deleteDataElementSpec, admin, { id: String(used.id) }, t.db)).toMatchObject({ ok: false, error: { code: "REFUSED", key: "targets.elementInUse" } });
    expect(await runAction(retireDataElementSpec, admin, { id: String(used.id), retired: "true" }, t.db)).toMatchObject({ ok: true });
    expect((await t.db.dataElement.findUniqueOrThrow({ where: { id: used.id } })).retiredAt).not.toBeNull();
    const unused = await t.db.dataElement.create({ data: { code: "SCRATCH", nameVi: "Thử", nameEn: "Scratch", unitVi: "x", unitEn: "x", valueType: "COUNT", groupCode: "X" } });
    expect(await runAction(deleteDataElementSpec, admin, { id: String(unused.id) }, t.db)).toMatchObject({ ok: true });
    expect(await runAction(deleteDataElementSpec, viewer("EDITOR", "AP"), { id: String(used.id) }, t.db)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });
});
