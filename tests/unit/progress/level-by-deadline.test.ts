import { describe, expect, it } from "vitest";
import { computeProgress } from "@/lib/progress";
import { spec, yearValues } from "./helpers";

const term = { startYear: 2025, endYear: 2030 };
// "By 2030, 100% of work records handled online", from 40% in 2024.
const online = spec("LEVEL_BY_DEADLINE", 100, "GTE", { baselineValue: 40, baselineYear: 2024 });

describe("LEVEL_BY_DEADLINE", () => {
  it("compares the distance covered with the straight path from baseline to target", () => {
    const p = computeProgress({ target: online, term, reviewYear: 2026, values: yearValues({ 2025: 50, 2026: 62 }) });
    expect(p.years.map((y) => y.expected)).toEqual([50, 60]);
    expect(p.years.map((y) => y.met)).toEqual([true, true]);
    expect(p.actual).toBe(62);
    expect(p.plan).toBe(100);
    expect(p.percentOfPlan).toBeCloseTo(36.6667, 3); // (62 − 40) / (100 − 40)
    expect(p.expectedPercent).toBeCloseTo(33.3333, 3); // 2 of 6 years from 2024 to 2030
    expect(p.status).toBe("ON_TRACK");
  });

  it("lags: AT_RISK at a ratio ≥ 0.80, OFF_TRACK below", () => {
    const at = (value: number) => computeProgress({ target: online, term, reviewYear: 2026, values: yearValues({ 2026: value }) }).status;
    expect(at(59)).toBe("ON_TRACK"); // covered 19/60 vs expected 20/60 → 0.95
    expect(at(58.9)).toBe("AT_RISK");
    expect(at(56)).toBe("AT_RISK"); // 16/20 = 0.80
    expect(at(55.9)).toBe("OFF_TRACK");
  });

  it("reaching the level is ACHIEVED, going beyond EXCEEDED, falling short at the deadline NOT_ACHIEVED", () => {
    const at = (value: number, reviewYear = 2027) =>
      computeProgress({ target: online, term, reviewYear, values: yearValues({ [reviewYear]: value }) });
    expect(at(100).status).toBe("ACHIEVED");
    expect(at(100).percentOfPlan).toBe(100);
    const beyond = computeProgress({ target: spec("LEVEL_BY_DEADLINE", 90, "GTE", { baselineValue: 40, baselineYear: 2024 }), term, reviewYear: 2027, values: yearValues({ 2027: 95 }) });
    expect(beyond.status).toBe("EXCEEDED");
    expect(beyond.percentOfPlan).toBe(110);
    expect(at(99.99, 2030).status).toBe("NOT_ACHIEVED");
  });

  it("a deadline before the term end is judged on the deadline year, not later years", () => {
    const by2027 = spec("LEVEL_BY_DEADLINE", 100, "GTE", { baselineValue: 40, baselineYear: 2024, deadlineYear: 2027 });
    const p = computeProgress({ target: by2027, term, reviewYear: 2028, values: yearValues({ 2025: 60, 2026: 80, 2027: 95, 2028: 100 }) });
    expect(p.status).toBe("NOT_ACHIEVED");
    expect(p.actual).toBe(95);
    expect(p.years.map((y) => y.expected)).toEqual([60, 80, 100, 100]);
    expect(p.years.map((y) => y.met)).toEqual([true, true, false, true]);
    expect(p.forecast).toBeNull(); // deadline passed
    // Before the deadline the same target is on its (steeper) path.
    const mid = computeProgress({ target: by2027, term, reviewYear: 2026, values: yearValues({ 2025: 60, 2026: 80 }) });
    expect(mid.expectedPercent).toBeCloseTo(66.6667, 3);
    expect(mid.status).toBe("ON_TRACK");
  });

  it("without a stated baseline, the first reported year is the baseline", () => {
    const p = computeProgress({ target: spec("LEVEL_BY_DEADLINE", 100), term, reviewYear: 2027, values: yearValues({ 2025: 50, 2026: 55, 2027: 60 }) });
    // Path 2025: 50 → 2030: 100, so 2027 expects 70; covered 10 of 50 = 20% vs 40% expected → ratio 0.5.
    expect(p.years.map((y) => y.expected)).toEqual([50, 60, 70]);
    expect(p.percentOfPlan).toBe(20);
    expect(p.expectedPercent).toBe(40);
    expect(p.status).toBe("OFF_TRACK");
  });

  it("a review in the baseline year expects nothing yet", () => {
    const p = computeProgress({ target: spec("LEVEL_BY_DEADLINE", 100), term, reviewYear: 2025, values: yearValues({ 2025: 50 }) });
    expect(p.expectedPercent).toBe(0);
    expect(p.percentOfPlan).toBe(0);
    expect(p.status).toBe("ON_TRACK");
  });

  it("target equal to baseline: 100% when met, 0% when not", () => {
    const hold = spec("LEVEL_BY_DEADLINE", 100, "GTE", { baselineValue: 100, baselineYear: 2024 });
    const kept = computeProgress({ target: hold, term, reviewYear: 2026, values: yearValues({ 2026: 100 }) });
    expect(kept.percentOfPlan).toBe(100);
    expect(kept.status).toBe("ACHIEVED");
    const slipped = computeProgress({ target: hold, term, reviewYear: 2026, values: yearValues({ 2026: 98 }) });
    expect(slipped.percentOfPlan).toBe(0);
    expect(slipped.status).toBe("OFF_TRACK");
  });

  it("≤ inverts: bring cases down from 20 to at most 5 by 2030", () => {
    const down = spec("LEVEL_BY_DEADLINE", 5, "LTE", { baselineValue: 20, baselineYear: 2024 });
    const p = computeProgress({ target: down, term, reviewYear: 2026, values: yearValues({ 2025: 17, 2026: 15 }) });
    expect(p.years.map((y) => y.expected)).toEqual([17.5, 15]);
    expect(p.years.map((y) => y.met)).toEqual([true, true]);
    expect(p.percentOfPlan).toBeCloseTo(33.3333, 3);
    expect(p.status).toBe("ON_TRACK");
    expect(computeProgress({ target: down, term, reviewYear: 2026, values: yearValues({ 2026: 4 }) }).status).toBe("EXCEEDED");
    expect(computeProgress({ target: down, term, reviewYear: 2026, values: yearValues({ 2026: 5 }) }).status).toBe("ACHIEVED");
    expect(computeProgress({ target: down, term, reviewYear: 2026, values: yearValues({ 2026: 19 }) }).status).toBe("OFF_TRACK");
    expect(computeProgress({ target: down, term, reviewYear: 2030, values: yearValues({ 2030: 6 }) }).status).toBe("NOT_ACHIEVED");
  });

  it("forecasts the least-squares trend to the deadline and the yearly change still needed", () => {
    const p = computeProgress({ target: online, term, reviewYear: 2026, values: yearValues({ 2025: 50, 2026: 60 }) });
    // Baseline 2024: 40 precedes the data and joins the trend: +10 a year → 100 in 2030.
    expect(p.forecast).toEqual({ projectedTermEnd: 100, remainingYears: 4, neededPerYear: 10, onPaceToMeet: true });
    const slow = computeProgress({ target: online, term, reviewYear: 2026, values: yearValues({ 2025: 42, 2026: 44 }) });
    expect(slow.forecast!.projectedTermEnd).toBeCloseTo(52, 10);
    expect(slow.forecast!.neededPerYear).toBe(14);
    expect(slow.forecast!.onPaceToMeet).toBe(false);
  });

  it("a target level of 0 or null is 'target not set'", () => {
    const p = computeProgress({ target: spec("LEVEL_BY_DEADLINE", 0, "LTE", { baselineValue: 20, baselineYear: 2024 }), term, reviewYear: 2026, values: yearValues({ 2026: 3 }) });
    expect(p.status).toBe("NO_DATA");
    expect(p.percentOfPlan).toBeNull();
  });
});
