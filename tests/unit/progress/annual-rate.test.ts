import { describe, expect, it } from "vitest";
import { computeProgress } from "@/lib/progress";
import { spec, yearValues } from "./helpers";

const term = { startYear: 2020, endYear: 2025 };
// "Annually ≥95% of members classified 'completed tasks well or better'".
const wellOrBetter = spec("ANNUAL_RATE", 95);

describe("ANNUAL_RATE", () => {
  it("96.1, 94.8, 97.0 against ≥95%: 2021 missed, latest met → AT_RISK", () => {
    const p = computeProgress({ target: wellOrBetter, term, reviewYear: 2022, values: yearValues({ 2020: 96.1, 2021: 94.8, 2022: 97.0 }) });
    expect(p.years).toEqual([
      { year: 2020, value: 96.1, expected: 95, met: true },
      { year: 2021, value: 94.8, expected: 95, met: false },
      { year: 2022, value: 97, expected: 95, met: true },
    ]);
    expect(p.status).toBe("AT_RISK");
    expect(p.actual).toBe(97);
    expect(p.plan).toBe(95);
    expect(p.percentOfPlan).toBeCloseTo(66.6667, 3); // 2 of 3 reported years met
    expect(p.expectedPercent).toBe(100);
  });

  it("the same miss with the term over is NOT_ACHIEVED", () => {
    const p = computeProgress({
      target: wellOrBetter,
      term,
      reviewYear: 2025,
      values: yearValues({ 2020: 96.1, 2021: 94.8, 2022: 97.0, 2023: 96, 2024: 95.5, 2025: 98 }),
    });
    expect(p.status).toBe("NOT_ACHIEVED");
    expect(p.forecast).toBeNull();
  });

  it("the latest year missed during the term is OFF_TRACK", () => {
    const p = computeProgress({ target: wellOrBetter, term, reviewYear: 2022, values: yearValues({ 2020: 96.1, 2021: 97, 2022: 94.99 }) });
    expect(p.status).toBe("OFF_TRACK");
  });

  it("every reported year met is ACHIEVED, never EXCEEDED, even far above the threshold", () => {
    const p = computeProgress({ target: wellOrBetter, term, reviewYear: 2022, values: yearValues({ 2020: 100, 2021: 99, 2022: 95 }) });
    expect(p.status).toBe("ACHIEVED");
    expect(p.percentOfPlan).toBe(100);
  });

  it("a missing year is neither met nor missed, but noted", () => {
    const p = computeProgress({ target: wellOrBetter, term, reviewYear: 2022, values: yearValues({ 2020: 96, 2022: 97 }) });
    expect(p.years[1]).toEqual({ year: 2021, value: null, expected: 95, met: null });
    expect(p.missingYears).toEqual([2021]);
    expect(p.status).toBe("ACHIEVED");
    expect(p.percentOfPlan).toBe(100);
  });

  it("100% of organizations 'well or better': 99.99 is a miss", () => {
    const p = computeProgress({ target: spec("ANNUAL_RATE", 100), term, reviewYear: 2021, values: yearValues({ 2020: 100, 2021: 99.99 }) });
    expect(p.years.map((y) => y.met)).toEqual([true, false]);
    expect(p.status).toBe("OFF_TRACK");
  });

  it("≤ inverts: at most 5% not completing tasks; 6% is a miss", () => {
    const p = computeProgress({ target: spec("ANNUAL_RATE", 5, "LTE"), term, reviewYear: 2022, values: yearValues({ 2020: 4, 2021: 6, 2022: 5 }) });
    expect(p.years.map((y) => y.met)).toEqual([true, false, true]);
    expect(p.status).toBe("AT_RISK");
    expect(p.forecast).toMatchObject({ projectedTermEnd: 5, neededPerYear: 5, onPaceToMeet: true, remainingYears: 3 });
    const over = computeProgress({ target: spec("ANNUAL_RATE", 5, "LTE"), term, reviewYear: 2025, values: yearValues({ 2020: 4, 2021: 6 }) });
    expect(over.status).toBe("NOT_ACHIEVED");
  });

  it("no data is NO_DATA; a threshold of 0 or null is 'target not set'", () => {
    expect(computeProgress({ target: wellOrBetter, term, reviewYear: 2022, values: [] }).status).toBe("NO_DATA");
    for (const threshold of [0, null]) {
      const p = computeProgress({ target: spec("ANNUAL_RATE", threshold), term, reviewYear: 2022, values: yearValues({ 2020: 96 }) });
      expect(p.status).toBe("NO_DATA");
      expect(p.percentOfPlan).toBeNull();
    }
  });
});
