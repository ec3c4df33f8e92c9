import { describe, expect, it } from "vitest";
import { computeProgress } from "@/lib/progress";
import { spec, yearValues } from "./helpers";

const term = { startYear: 2025, endYear: 2030 };
// "By 2030, 100% of work records handled online", from 40% in 2024: the path rises 10 points a year.
const online = spec("LEVEL_BY_DEADLINE", 100, "GTE", { baselineValue: 40, baselineYear: 2024 });

describe("LEVEL_BY_DEADLINE", () => {
  it("reads the value against the target (62%/100%) and the path's value for its year (60%)", () => {
    const p = computeProgress({ target: online, term, reviewYear: 2026, values: yearValues({ 2025: 50, 2026: 62 }) });
    expect(p.years.map((y) => y.expected)).toEqual([50, 60]);
    expect(p.years.map((y) => y.met)).toEqual([true, true]);
    expect(p.actual).toBe(62);
    expect(p.plan).toBe(100);
    expect(p.percentOfPlan).toBe(62);
    expect(p.expectedValue).toBe(60);
    expect(p.expectedPercent).toBe(60);
    expect(p.judgedYear).toBe(2026);
    expect(p.status).toBe("ON_TRACK");
  });

  it("80% against 100% by 2030 reads 80%, not 0%, and a value below its baseline is never a negative %", () => {
    const fourGood = spec("LEVEL_BY_DEADLINE", 100, "GTE", { baselineValue: 80, baselineYear: 2025, deadlineYear: 2030 });
    const atBaseline = computeProgress({ target: fourGood, term, reviewYear: 2025, values: yearValues({ 2025: 80 }) });
    expect(atBaseline.percentOfPlan).toBe(80);
    expect(atBaseline.status).toBe("ON_TRACK");
    const below = computeProgress({ target: fourGood, term, reviewYear: 2026, values: yearValues({ 2026: 20 }) });
    expect(below.percentOfPlan).toBe(20);
    expect(below.status).toBe("OFF_TRACK");
    const negative = computeProgress({ target: fourGood, term, reviewYear: 2026, values: yearValues({ 2026: -5 }) });
    expect(negative.percentOfPlan).toBe(0);
  });

  it("in the baseline year a hundredth either side of the baseline is on track: 61,99% and 62,07% against 62%", () => {
    const records = spec("LEVEL_BY_DEADLINE", 100, "GTE", { baselineValue: 62, baselineYear: 2025, deadlineYear: 2030 });
    for (const value of [61.99, 62, 62.07]) {
      const p = computeProgress({ target: records, term, reviewYear: 2025, values: yearValues({ 2025: value }) });
      expect(p.status).toBe("ON_TRACK");
      expect(p.percentOfPlan).toBe(value);
    }
  });

  it("judges the pace on the path so far and on the trend's value at the deadline, with the same bands", () => {
    const at = (value: number) => computeProgress({ target: online, term, reviewYear: 2026, values: yearValues({ 2026: value }) }).status;
    expect(at(60)).toBe("ON_TRACK"); // on the path: the trend (40 in 2024 → 60) reaches 100 in 2030
    expect(at(59)).toBe("ON_TRACK"); // trend ends at 97: 5 points of the 60 to cover
    expect(at(58.9)).toBe("AT_RISK"); // trend ends at 96.7: 5.5 points short
    expect(at(57)).toBe("AT_RISK"); // trend ends at 91: 15 points short
    expect(at(56.9)).toBe("OFF_TRACK");
  });

  it("a forecast that misses the target is never on track: 75% in 2030 against 100%", () => {
    const digital = spec("LEVEL_BY_DEADLINE", 100, "GTE", { baselineValue: 55, baselineYear: 2025, deadlineYear: 2030 });
    // 2026 sits on the path (64), but the trend of 55 → 64 → 61 ends near 70 in 2030.
    const p = computeProgress({ target: digital, term, reviewYear: 2027, values: yearValues({ 2026: 64, 2027: 61 }) });
    expect(p.forecast!.onPaceToMeet).toBe(false);
    expect(p.status).not.toBe("ON_TRACK");
  });

  it("reaching the level is ACHIEVED, going beyond EXCEEDED, falling short at the deadline NOT_ACHIEVED", () => {
    const at = (value: number, reviewYear = 2027) =>
      computeProgress({ target: online, term, reviewYear, values: yearValues({ [reviewYear]: value }) });
    expect(at(100).status).toBe("ACHIEVED");
    expect(at(100).percentOfPlan).toBe(100);
    const beyond = computeProgress({ target: spec("LEVEL_BY_DEADLINE", 90, "GTE", { baselineValue: 40, baselineYear: 2024 }), term, reviewYear: 2027, values: yearValues({ 2027: 95 }) });
    expect(beyond.status).toBe("EXCEEDED");
    expect(beyond.percentOfPlan).toBeCloseTo(105.5556, 4);
    expect(at(99.99, 2030).status).toBe("NOT_ACHIEVED");
    // Shown as "100,00%", it meets "100%": a difference below the displayed precision flips nothing.
    expect(at(99.996, 2030).status).toBe("ACHIEVED");
  });

  it("a deadline before the term end is judged on the deadline year, not later years", () => {
    const by2027 = spec("LEVEL_BY_DEADLINE", 100, "GTE", { baselineValue: 40, baselineYear: 2024, deadlineYear: 2027 });
    const p = computeProgress({ target: by2027, term, reviewYear: 2028, values: yearValues({ 2025: 60, 2026: 80, 2027: 95, 2028: 100 }) });
    expect(p.status).toBe("NOT_ACHIEVED");
    expect(p.actual).toBe(95);
    expect(p.years.map((y) => y.expected)).toEqual([60, 80, 100, 100]);
    expect(p.years.map((y) => y.met)).toEqual([true, true, false, true]);
    expect(p.forecast).toBeNull(); // deadline passed
    const mid = computeProgress({ target: by2027, term, reviewYear: 2026, values: yearValues({ 2025: 60, 2026: 80 }) });
    expect(mid.expectedValue).toBe(80);
    expect(mid.status).toBe("ON_TRACK");
  });

  it("without a stated baseline, the first reported year is the baseline", () => {
    const p = computeProgress({ target: spec("LEVEL_BY_DEADLINE", 100), term, reviewYear: 2027, values: yearValues({ 2025: 50, 2026: 55, 2027: 60 }) });
    // Path 2025: 50 → 2030: 100, so 2027 expects 70: 10 of the 50 points to cover behind.
    expect(p.years.map((y) => y.expected)).toEqual([50, 60, 70]);
    expect(p.percentOfPlan).toBe(60);
    expect(p.expectedValue).toBe(70);
    expect(p.status).toBe("OFF_TRACK");
  });

  it("a target already held at the baseline: met is ACHIEVED, a slip is judged against the target itself", () => {
    const hold = spec("LEVEL_BY_DEADLINE", 100, "GTE", { baselineValue: 100, baselineYear: 2024 });
    const kept = computeProgress({ target: hold, term, reviewYear: 2026, values: yearValues({ 2026: 100 }) });
    expect(kept.percentOfPlan).toBe(100);
    expect(kept.status).toBe("ACHIEVED");
    const slipped = computeProgress({ target: hold, term, reviewYear: 2026, values: yearValues({ 2026: 98 }) });
    expect(slipped.percentOfPlan).toBe(98);
    expect(slipped.status).toBe("AT_RISK"); // the trend of 100 → 98 ends at 94 in 2030
  });

  it("≤ inverts: bring cases down from 20 to at most 5 by 2030", () => {
    const down = spec("LEVEL_BY_DEADLINE", 5, "LTE", { baselineValue: 20, baselineYear: 2024 });
    const p = computeProgress({ target: down, term, reviewYear: 2026, values: yearValues({ 2025: 17, 2026: 15 }) });
    expect(p.years.map((y) => y.expected)).toEqual([17.5, 15]);
    expect(p.years.map((y) => y.met)).toEqual([true, true]);
    expect(p.percentOfPlan).toBeCloseTo(33.3333, 3); // 5 ÷ 15
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

describe("years still being reported", () => {
  const members = spec("LEVEL_BY_DEADLINE", 900, "GTE", { baselineValue: 806, baselineYear: 2025, deadlineYear: 2030, stock: true });
  const complete = { reporting: 17, expected: 17 };

  it("a stock sets a partial year aside: 650 members from 5 of 17 units is not a fall from 806", () => {
    const p = computeProgress({
      target: members, term, reviewYear: 2026,
      values: [{ year: 2025, value: 806, completeness: complete }, { year: 2026, value: 650, completeness: { reporting: 5, expected: 17 } }],
    });
    expect(p.actual).toBe(806);
    expect(p.judgedYear).toBe(2025);
    expect(p.percentOfPlan).toBeCloseTo(89.5556, 4);
    expect(p.status).toBe("ON_TRACK");
    expect(p.years[1]!.met).toBeNull();
    expect(p.provisional).toEqual({ year: 2026, coverage: { reporting: 5, expected: 17 }, setAside: true, value: 650 });
  });

  it("a stock with only a partial year has no verdict yet, and says which year is partial", () => {
    const p = computeProgress({ target: members, term, reviewYear: 2026, values: [{ year: 2026, value: 650, completeness: { reporting: 5, expected: 17 } }] });
    expect(p.status).toBe("NO_DATA");
    expect(p.actual).toBeNull();
    expect(p.provisional?.setAside).toBe(true);
  });

  it("a rate counts the partial year as it stands and is marked provisional with its coverage", () => {
    const rate = spec("LEVEL_BY_DEADLINE", 100, "GTE", { baselineValue: 80, baselineYear: 2025 });
    const p = computeProgress({ target: rate, term, reviewYear: 2026, values: [{ year: 2026, value: 85, completeness: { reporting: 6, expected: 20 } }] });
    expect(p.actual).toBe(85);
    expect(p.provisional).toEqual({ year: 2026, coverage: { reporting: 6, expected: 20 }, setAside: false, value: 85 });
    const whole = computeProgress({ target: rate, term, reviewYear: 2026, values: [{ year: 2026, value: 85, completeness: { reporting: 20, expected: 20 } }] });
    expect(whole.provisional).toBeNull();
  });
});
