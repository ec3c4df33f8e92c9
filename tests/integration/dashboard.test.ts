import { beforeAll, describe, expect, it } from "vitest";
import { computeProgress, type TermSpan } from "@/lib/progress";
import type { Viewer } from "@/lib/auth/session";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";
import { runAction } from "@/lib/auth/action";
import { saveDraftSpec } from "@/lib/figures/mutations";
import { findRollupDrift } from "@/lib/figures/rollup";
import { formInput, loadDemo } from "./figures-fixtures";

const t = useTestDatabase();
let ids: Record<string, number>;
let getDashboard: typeof import("@/lib/dashboard/queries").getDashboard;
let getSubordinates: typeof import("@/lib/dashboard/queries").getSubordinates;
let progressPayload: typeof import("@/lib/api/progress").progressPayload;

const viewer = (scope: string): Viewer => ({
  userId: 1, username: "probe", displayName: "Probe", role: "VIEWER", scopeCommitteeId: ids[scope]!, scopeCommitteeName: scope, locale: "vi", totpEnabled: false,
});

beforeAll(async () => {
  await seedDemo(t.db);
  ids = Object.fromEntries((await t.db.committee.findMany({ select: { id: true, code: true } })).map((r) => [r.code, r.id]));
  // lib/db reads DATABASE_URL on first use: point it at this file's database.
  process.env.DATABASE_URL = t.url;
  ({ getDashboard, getSubordinates } = await import("@/lib/dashboard/queries"));
  ({ progressPayload } = await import("@/lib/api/progress"));
});

/** From scratch: the subtree sum of raw figures (not the stored rollup), per year. */
async function liveSum(committee: string, elements: string[], years: number[]): Promise<Map<number, number>> {
  const rows = await t.sql<{ year: number; total: string }>`
    SELECT f."year", SUM(f."value")::text AS total FROM "Figure" f
    JOIN "CommitteeClosure" cc ON cc."descendantId" = f."committeeId"
    JOIN "DataElement" de ON de."id" = f."dataElementId"
    WHERE cc."ancestorId" = ${ids[committee]} AND de."code" = ANY(${elements}) AND f."year" = ANY(${years})
    GROUP BY f."year"`;
  return new Map(rows.map((r) => [r.year, Number(r.total)]));
}

describe("subordinate units", () => {
  it("read for one target's page give that target the same values and status as for the comparison of all", async () => {
    const dashboard = (await getDashboard(viewer("AP-CQD"), ids["AP-CQD"]!, null, 2026))!;
    const all = (await getSubordinates(viewer("AP-CQD"), ids["AP-CQD"]!, dashboard.term.id, 2026))!;
    expect(all.length).toBeGreaterThan(5);
    for (const target of dashboard.targets.filter((x) => x.indicator)) {
      const one = (await getSubordinates(viewer("AP-CQD"), ids["AP-CQD"]!, dashboard.term.id, 2026, target.id))!;
      expect(one.map((u) => u.name)).toEqual(all.map((u) => u.name));
      expect(one.map((u) => [...u.evaluations.keys()])).toEqual(all.map(() => [target.id]));
      expect(one.map((u) => u.evaluations.get(target.id))).toEqual(all.map((u) => u.evaluations.get(target.id)));
    }
    // Some unit has figures for the admissions target: the comparison is not of empty values.
    const admissions = dashboard.targets.find((x) => x.titleVi.startsWith("Kết nạp 150"))!;
    expect(all.some((u) => (u.evaluations.get(admissions.id)!.progress.actual ?? 0) > 0)).toBe(true);
  });
});

describe("subordinate units listed", () => {
  it("are the units in force directly below, in code order; an ended unit is not among them", async () => {
    const { term } = (await getDashboard(viewer("AP"), ids["AP"]!, null, 2026))!;
    const codes = async () => (await getSubordinates(viewer("AP"), ids["AP-CQD"]!, term.id, 2026, -1))!.map((u) => u.code);
    const below = await t.db.committee.findMany({ where: { parentId: ids["AP-CQD"]! }, orderBy: { code: "asc" }, select: { id: true, code: true } });
    expect(await codes()).toEqual(below.map((c) => c.code));
    // getSubordinates is cached per request (React cache): outside one, each call reads again.
    await t.db.committee.update({ where: { id: below[1]!.id }, data: { validTo: new Date("2026-01-01") } });
    try {
      expect(await codes()).toEqual(below.filter((_, i) => i !== 1).map((c) => c.code));
    } finally {
      await t.db.committee.update({ where: { id: below[1]!.id }, data: { validTo: null } });
    }
  });
});

describe("dashboard data and API payload", () => {
  it("gives for the agencies' committee exactly what the engine computes from the raw figures", async () => {
    const term: TermSpan = { startYear: 2025, endYear: 2030 };
    const years = [2025, 2026, 2027, 2028, 2029, 2030];
    const dashboard = (await getDashboard(viewer("AP-CQD"), ids["AP-CQD"]!, null, 2026))!;
    const payload = progressPayload(dashboard);
    expect(payload.reviewYear).toBe(2026);
    expect(payload.targets.filter((x) => x.category === "TARGET")).toHaveLength(11);

    const admitted = await liveSum("AP-CQD", ["MEMBERS_ADMITTED"], years);
    const expectedAdmissions = computeProgress({
      target: { kind: "TERM_CUMULATIVE", comparator: "GTE", targetValue: 150 }, term, reviewYear: 2026,
      values: years.map((year) => ({ year, value: admitted.get(year) ?? null })),
    });
    const admissions = payload.targets.find((x) => x.title.vi.startsWith("Kết nạp 150"))!;
    expect(admissions.actual).toBe(expectedAdmissions.actual);
    expect(admissions.percentOfPlan).toBe(expectedAdmissions.percentOfPlan);
    expect(admissions.status).toBe(expectedAdmissions.status);

    const assessed = await liveSum("AP-CQD", ["MEMBERS_ASSESSED"], years);
    const goodPlus = await liveSum("AP-CQD", ["MEMBERS_EXCELLENT", "MEMBERS_GOOD"], years);
    const rate = payload.targets.find((x) => x.indicator === "RATE_MEMBERS_GOOD_PLUS")!;
    expect(rate.years.map((y) => y.value)).toEqual([2025, 2026].map((y) => (goodPlus.get(y)! * 100) / assessed.get(y)!));
    expect(rate.years[0]!.value).toBeCloseTo(96.28, 2);

    expect(payload.summary!.sentence.vi).toMatch(/^Đạt và vượt \d+\/11 chỉ tiêu/);
    expect(payload.summary!.achieved + payload.summary!.onTrack + payload.summary!.lagging + payload.summary!.byStatus.NO_DATA).toBe(11);
  });

  it("reproduces the bloc's mid-term review: 547/700 = 78.14%, 6 of 10 achieved", async () => {
    const bloc = (await getDashboard(viewer("AP"), ids["AP-KCQDN"]!, (await t.db.term.findFirstOrThrow({ where: { startYear: 2020 } })).id, 2022))!;
    const payload = progressPayload(bloc);
    const admissions = payload.targets.find((x) => x.indicator === "MEMBERS_ADMITTED")!;
    expect(admissions.actual).toBe(547);
    expect(admissions.percentOfPlan).toBeCloseTo(78.142857, 5);
    expect(payload.summary!.sentence).toEqual({
      vi: "Đạt và vượt 6/10 chỉ tiêu; 3/10 chỉ tiêu đang trong lộ trình thực hiện; 1 chỉ tiêu có nguy cơ không đạt (đạt 66,67%)",
      en: "Achieved or exceeded 6 of 10 targets; 3 of 10 on track; 1 at risk (at 66.67%)",
    });
  });

  it("finds nothing outside the viewer's subtree", async () => {
    expect(await getDashboard(viewer("AP-CQD-01"), ids["AP-CQD"]!, null, null)).toBeNull();
    expect(await getDashboard(viewer("AP-CQD-01"), ids["AP-CQD-02"]!, null, null)).toBeNull();
    expect(await getDashboard(viewer("AP-CQD-01"), ids["AP-CQD-01-1"]!, null, null)).not.toBeNull();
  });
});

describe("numbers a leader can trust", () => {
  it("over every demo committee, term and year, the progress API gives no negative or non-finite %", async () => {
    const terms = await t.db.term.findMany();
    const committees = await t.db.committee.findMany({ select: { id: true } });
    let checked = 0;
    let provisional = 0;
    for (const term of terms) {
      for (const committee of committees) {
        for (let year = term.startYear; year <= term.endYear; year++) {
          const dashboard = await getDashboard(viewer("AP"), committee.id, term.id, year);
          if (!dashboard) continue;
          for (const target of progressPayload(dashboard).targets) {
            for (const percent of [target.percentOfPlan, target.expectedPercent]) {
              if (percent === null) continue;
              expect(Number.isFinite(percent)).toBe(true);
              expect(percent).toBeGreaterThanOrEqual(0);
            }
            checked += 1;
            if (target.provisional) provisional += 1;
          }
        }
      }
    }
    // The demo has years still being reported: they must show up as provisional, not as fact.
    expect(checked).toBeGreaterThan(1000);
    expect(provisional).toBeGreaterThan(0);
  });

  it("the agencies' 2026, 5 of 17 units in: 900 members by 2030 is judged on 2025, with 2026 set aside as provisional", async () => {
    const dashboard = (await getDashboard(viewer("AP"), ids["AP-CQD"]!, null, 2026))!;
    const payload = progressPayload(dashboard);
    const members = payload.targets.find((x) => x.indicator === "MEMBERS_TOTAL")!;
    expect(members.judgedYear).toBe(2025);
    expect(members.provisional).toMatchObject({ year: 2026, setAside: true });
    expect(members.provisional!.coverage.reporting).toBeLessThan(members.provisional!.coverage.expected);
    expect(members.percentOfPlan).toBeGreaterThan(80);
    expect(members.status).not.toBe("OFF_TRACK");
    expect(payload.summary!.sentence.vi).toMatch(/số liệu năm 2026 mới có \d+\/\d+ đơn vị, kết quả là tạm tính$/);
  });

  it("a rate counts only units that entered both parts: members assessed alone does not pull it down", async () => {
    const demo = await loadDemo(t.db);
    const rate2027 = async () => {
      const payload = progressPayload((await getDashboard(viewer("AP"), ids["AP-CQD"]!, null, 2027))!);
      return payload.targets.find((x) => x.indicator === "RATE_MEMBERS_GOOD_PLUS")!.years.find((y) => y.year === 2027)!.value;
    };
    // A clerk of the agencies' committee, entering 2027 for two of its Party cells.
    const editor = { ...demo.viewers.editor, scopeCommitteeId: ids["AP-CQD"]! };
    const cells = await t.sql<{ code: string }>`
      SELECT c."code" FROM "Committee" c JOIN "CommitteeClosure" cc ON cc."descendantId" = c."id" AND cc."ancestorId" = ${editor.scopeCommitteeId}::int
      WHERE c."validTo" IS NULL AND NOT EXISTS (SELECT 1 FROM "CommitteeClosure" b WHERE b."ancestorId" = c."id" AND b."depth" > 0)
        AND NOT EXISTS (SELECT 1 FROM "Figure" f WHERE f."committeeId" = c."id" AND f."year" = 2027)
      ORDER BY c."code" LIMIT 2`;
    expect(cells).toHaveLength(2);
    const save = async (cell: string, typed: Record<string, string>) => {
      const r = await runAction(saveDraftSpec, editor, await formInput(t.db, demo, cell, 2027, typed), t.db);
      expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
    };
    await save(cells[0]!.code, { MEMBERS_ASSESSED: "44", MEMBERS_EXCELLENT: "6", MEMBERS_GOOD: "32" });
    expect(await rate2027()).toBe((38 * 100) / 44); // 86,36%
    // The second cell's 50 members assessed, ratings not typed yet: counted, the rate would read 38/94 = 40,43%.
    await save(cells[1]!.code, { MEMBERS_ASSESSED: "50" });
    expect(await rate2027()).toBe((38 * 100) / 44);
    // Its ratings typed (6 excellent, 34 good): it joins the rate.
    await save(cells[1]!.code, { MEMBERS_EXCELLENT: "6", MEMBERS_GOOD: "34" });
    expect(await rate2027()).toBe((78 * 100) / 94); // 82,98%
    // One part cleared again: out of the rate.
    await save(cells[1]!.code, { MEMBERS_GOOD: "" });
    expect(await rate2027()).toBe((38 * 100) / 44);
    expect(await findRollupDrift(t.sql)).toEqual([]);
  });
});
