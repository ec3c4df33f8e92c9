import { describe, expect, it } from "vitest";
import { chartPoints } from "@/lib/dashboard/chart-data";
import { defaultReviewYear } from "@/lib/dashboard/default-year";
import { evaluateTarget } from "@/lib/dashboard/evaluate";
import { indicatorYears } from "@/lib/dashboard/series";
import type { IndicatorDef, RateRollupRow, RollupRow, TargetDef } from "@/lib/dashboard/types";

const ADMITTED = 7;
const ASSESSED = 2;
const EXCELLENT = 3;
const GOOD = 4;
const row = (dataElementId: number, year: number, value: number, unitCount = 37, submittedCount = 37): RollupRow =>
  ({ committeeId: 1, dataElementId, year, value, unitCount, submittedCount });

const rate = (year: number, numerator: number, denominator: number, unitCount = 37, submittedCount = 37): RateRollupRow =>
  ({ committeeId: 1, indicatorId: 2, year, numerator, denominator, unitCount, submittedCount });

const admissions: IndicatorDef = { id: 1, code: "MEMBERS_ADMITTED", nameVi: "", nameEn: "", unitVi: "đảng viên", unitEn: "members", scale: 1, numerator: [ADMITTED], denominator: [], whole: true };
const goodPlus: IndicatorDef = { id: 2, code: "RATE", nameVi: "", nameEn: "", unitVi: "%", unitEn: "%", scale: 100, numerator: [EXCELLENT, GOOD], denominator: [ASSESSED], whole: false };
const target = (over: Partial<TargetDef>): TargetDef => ({
  id: 1, position: 1, category: "TARGET", kind: "TERM_CUMULATIVE", titleVi: "", titleEn: "", comparator: "GTE", targetValue: 700,
  baselineValue: null, baselineYear: null, deadlineYear: null, indicator: admissions, assessments: [], ...over,
});
const term = { startYear: 2020, endYear: 2025 };
const years = [2020, 2021, 2022, 2023, 2024, 2025];

describe("indicator values from stored rollups", () => {
  it("sums an amount per year and reports completeness against the fullest year", () => {
    const values = indicatorYears(admissions, [row(ADMITTED, 2020, 172), row(ADMITTED, 2021, 181), row(ADMITTED, 2022, 194, 37, 30)], years, []);
    expect(values.map((v) => v.value)).toEqual([172, 181, 194, null, null, null]);
    expect(values[2]!.completeness).toEqual({ reporting: 30, expected: 37 });
  });

  it("reads a rate from its own rollup: (excellent + good) × 100 ÷ assessed over the units that entered every part", () => {
    // 20 units entered members assessed (4,700 in all), but 2 of them (200 members) not yet their ratings: the
    // rate is over the 18 that did, 4,266 of 4,500 = 94,8%, not 4,266 of 4,700 = 90,77%.
    const elements = [row(ASSESSED, 2021, 4700, 20, 18), row(EXCELLENT, 2021, 520, 18, 18), row(GOOD, 2021, 3746, 18, 18)];
    const values = indicatorYears(goodPlus, elements, years, [rate(2021, 4266, 4500, 18, 17)]);
    expect(values[1]!.value).toBe(94.8);
    expect(values[1]!.completeness).toEqual({ reporting: 17, expected: 20 });
    expect(values[0]!.value).toBeNull();
  });

  it("shows no rate for a year whose units entered none complete, or only zero members assessed", () => {
    const values = indicatorYears(goodPlus, [row(ASSESSED, 2021, 4500), row(ASSESSED, 2022, 0)], years, [rate(2022, 0, 0, 1, 1)]);
    expect(values.map((v) => v.value)).toEqual([null, null, null, null, null, null]);
  });

  it("reads only its own rate's rows", () => {
    const values = indicatorYears(goodPlus, [row(ASSESSED, 2021, 4500)], years, [{ ...rate(2021, 10, 100), indicatorId: 99 }]);
    expect(values[1]!.value).toBeNull();
  });

  it("gives 547 of 700 at mid-term = 78.14% and ON_TRACK for the bloc's own resolution", () => {
    const values = indicatorYears(admissions, [row(ADMITTED, 2020, 172), row(ADMITTED, 2021, 181), row(ADMITTED, 2022, 194)], years, []);
    const { progress, planApplies } = evaluateTarget(target({}), values, term, 2022, true);
    expect(planApplies).toBe(true);
    expect(progress.actual).toBe(547);
    expect(progress.percentOfPlan).toBeCloseTo(78.142857, 5);
    expect(progress.status).toBe("ON_TRACK");
  });

  it("does not judge a unit's share of an amount target set for its parent", () => {
    const values = indicatorYears(admissions, [row(ADMITTED, 2020, 12)], years, []);
    const { progress, planApplies } = evaluateTarget(target({}), values, term, 2020, false);
    expect(planApplies).toBe(false);
    expect(progress.status).toBe("NO_DATA");
    expect(progress.actual).toBe(12);
  });
});

describe("chart points", () => {
  it("draws a cumulative target as a running total against a straight plan path, with a dashed forecast", () => {
    const values = indicatorYears(admissions, [row(ADMITTED, 2020, 172), row(ADMITTED, 2021, 181), row(ADMITTED, 2022, 194)], years, []);
    const { progress } = evaluateTarget(target({}), values, term, 2022, true);
    const points = chartPoints(target({}), progress, term, 2022);
    expect(points.map((p) => p.value)).toEqual([172, 353, 547, null, null, null]);
    expect(points.map((p) => Math.round(p.reference!))).toEqual([117, 233, 350, 467, 583, 700]);
    expect(points[2]!.forecast).toBe(547);
    expect(points[5]!.forecast).toBeCloseTo(1094, 6); // 547 over 3 years, same pace for 3 more
    expect(points[1]!.forecast).toBeNull();
  });

  it("draws the path from baseline to target for a by-deadline target", () => {
    const t = target({ kind: "LEVEL_BY_DEADLINE", indicator: goodPlus, targetValue: 100, baselineValue: 62, baselineYear: 2025, deadlineYear: 2030 });
    const values = [2025, 2026, 2027, 2028, 2029, 2030].map((year) => ({ year, value: year === 2025 ? 62 : year === 2026 ? 71 : null }));
    const { progress } = evaluateTarget(t, values, { startYear: 2025, endYear: 2030 }, 2026, true);
    const points = chartPoints(t, progress, { startYear: 2025, endYear: 2030 }, 2026);
    expect(points.map((p) => p.reference)).toEqual([62, 69.6, 77.2, 84.8, 92.4, 100].map((v) => expect.closeTo(v, 10)));
    expect(points.map((p) => p.value)).toEqual([62, 71, null, null, null, null]);
  });
});

describe("default review year", () => {
  it("is the latest complete year, not a half-entered current one", () => {
    const rows = [row(ADMITTED, 2025, 24, 17, 17), row(ADMITTED, 2026, 21, 13, 5)];
    expect(defaultReviewYear(rows, { startYear: 2025, endYear: 2030 }, new Date("2026-11-22"))).toBe(2025);
    expect(defaultReviewYear([row(ADMITTED, 2026, 21, 13, 5)], { startYear: 2025, endYear: 2030 }, new Date("2026-11-22"))).toBe(2026);
    expect(defaultReviewYear([], { startYear: 2025, endYear: 2030 }, new Date("2026-11-22"))).toBe(2026);
  });
});
