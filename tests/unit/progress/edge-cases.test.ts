import { describe, expect, it } from "vitest";
import { computeProgress, elapsedTermYears, isTermOver, remainingTermYears, termLength, type TargetKind } from "@/lib/progress";
import { spec, yearValues } from "./helpers";

const term = { startYear: 2020, endYear: 2025 };
const KINDS: TargetKind[] = ["ANNUAL_RATE", "TERM_CUMULATIVE", "LEVEL_BY_DEADLINE", "QUALITATIVE"];

describe("term and review years", () => {
  it("counts terms inclusively and the review year as elapsed", () => {
    expect(termLength(term)).toBe(6);
    expect(elapsedTermYears(term, 2022)).toEqual([2020, 2021, 2022]);
    expect(elapsedTermYears(term, 2019)).toEqual([]);
    expect(elapsedTermYears(term, 2030)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(remainingTermYears(term, 2023)).toBe(2);
    expect(remainingTermYears(term, 2019)).toBe(6);
    expect(remainingTermYears(term, 2026)).toBe(0);
    expect(isTermOver(term, 2024)).toBe(false);
    expect(isTermOver(term, 2025)).toBe(true);
  });

  it("a term not started is NO_DATA with no years, for every kind", () => {
    for (const kind of KINDS) {
      const p = computeProgress({
        target: spec(kind, 100),
        term,
        reviewYear: 2019,
        values: yearValues({ 2019: 100, 2020: 100 }),
        assessment: { result: "ACHIEVED" },
      });
      expect(p.status, kind).toBe("NO_DATA");
      expect(p.years, kind).toEqual([]);
      expect(p.actual, kind).toBeNull();
      expect(p.percentOfPlan, kind).toBeNull();
      expect(p.forecast, kind).toBeNull();
    }
  });

  it("a review after the term end sees the whole term and no later years", () => {
    const p = computeProgress({ target: spec("TERM_CUMULATIVE", 700), term, reviewYear: 2027, values: yearValues({ 2025: 300, 2026: 500, 2020: 300 }) });
    expect(p.years.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(p.actual).toBe(600);
    expect(p.status).toBe("NOT_ACHIEVED");
    expect(p.expectedPercent).toBe(100);
    expect(p.forecast).toBeNull();
  });

  it("ignores values outside the term, after the review year, negative or fractional years, and non-finite values", () => {
    const values = [
      { year: 2019, value: 1000 },
      { year: -2021, value: 1000 },
      { year: 2021.5, value: 1000 },
      { year: Number.NaN, value: 1000 },
      { year: 2020, value: 100 },
      { year: 2021, value: Number.NaN },
      { year: 2022, value: Number.POSITIVE_INFINITY },
      { year: 2023, value: 1000 }, // after the review year
    ];
    const p = computeProgress({ target: spec("TERM_CUMULATIVE", 700), term, reviewYear: 2022, values });
    expect(p.actual).toBe(100);
    expect(p.years.map((y) => y.value)).toEqual([100, null, null]);
    expect(p.missingYears).toEqual([2021, 2022]);
  });

  it("a duplicated year keeps its last entry", () => {
    const values = [
      { year: 2020, value: 100 },
      { year: 2020, value: 120 },
    ];
    expect(computeProgress({ target: spec("TERM_CUMULATIVE", 700), term, reviewYear: 2021, values }).actual).toBe(120);
  });

  it("passes each year's completeness through", () => {
    const p = computeProgress({
      target: spec("TERM_CUMULATIVE", 700),
      term,
      reviewYear: 2020,
      values: [{ year: 2020, value: 100, completeness: { reporting: 11, expected: 12 } }],
    });
    expect(p.years[0]!.completeness).toEqual({ reporting: 11, expected: 12 });
  });

  it("a one-year term is over in its only year", () => {
    const p = computeProgress({ target: spec("TERM_CUMULATIVE", 10), term: { startYear: 2025, endYear: 2025 }, reviewYear: 2025, values: yearValues({ 2025: 9 }) });
    expect(p.status).toBe("NOT_ACHIEVED");
    expect(p.expectedPercent).toBe(100);
  });

  it("rejects a malformed term or review year instead of guessing", () => {
    expect(() => computeProgress({ target: spec("TERM_CUMULATIVE", 1), term: { startYear: 2025, endYear: 2020 }, reviewYear: 2022, values: [] })).toThrow(RangeError);
    expect(() => computeProgress({ target: spec("TERM_CUMULATIVE", 1), term, reviewYear: 2022.5, values: [] })).toThrow(RangeError);
  });

  it("the comparator is carried so sentences can phrase limits", () => {
    expect(computeProgress({ target: spec("TERM_CUMULATIVE", 10, "LTE"), term, reviewYear: 2022, values: [] }).comparator).toBe("LTE");
  });
});
