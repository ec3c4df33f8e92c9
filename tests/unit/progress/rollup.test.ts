import { describe, expect, it } from "vitest";
import { combineCompleteness, completenessRatio, isComplete, ratioOfSums, sumRatioRows, sumUnits } from "@/lib/progress";

describe("rollup helpers", () => {
  it("sums the units that reported and counts them; missing units are not zeros", () => {
    expect(sumUnits([120, null, 140, undefined, 0])).toEqual({ sum: 260, reporting: 3 });
    expect(sumUnits([])).toEqual({ sum: 0, reporting: 0 });
    expect(sumUnits([Number.NaN, 5])).toEqual({ sum: 5, reporting: 1 });
  });

  it("a rate over a subtree is a ratio of sums, never an average of rates", () => {
    // A cell: 50 of 60 members well or better (83.3%); a committee: 400 of 500 (80%).
    const rows = [
      { numerator: 50, denominator: 60 },
      { numerator: 400, denominator: 500 },
    ];
    const rate = ratioOfSums(rows, 100)!;
    expect(rate).toBeCloseTo(80.357142857, 8); // 450 / 560
    expect(rate).not.toBeCloseTo((50 / 60 + 400 / 500) * 50, 2); // 81.67, the wrong way
  });

  it("skips rows missing either part and returns null for a zero denominator", () => {
    expect(ratioOfSums([{ numerator: 29, denominator: 100 }, { numerator: 5, denominator: null }, { numerator: null, denominator: 7 }], 100)).toBe(29);
    expect(ratioOfSums([{ numerator: 0, denominator: 0 }], 100)).toBeNull();
    expect(ratioOfSums([], 100)).toBeNull();
    expect(ratioOfSums([{ numerator: 3, denominator: 4 }])).toBe(0.75);
    expect(sumRatioRows([{ numerator: null, denominator: 3 }])).toEqual({ numerator: null, denominator: null });
  });

  it("completeness adds up over the parts", () => {
    const c = combineCompleteness([
      { reporting: 10, expected: 12 },
      { reporting: 5, expected: 5 },
    ]);
    expect(c).toEqual({ reporting: 15, expected: 17 });
    expect(completenessRatio(c)).toBeCloseTo(15 / 17, 12);
    expect(completenessRatio({ reporting: 0, expected: 0 })).toBeNull();
    expect(combineCompleteness([])).toEqual({ reporting: 0, expected: 0 });
    expect(isComplete(c)).toBe(false);
    expect(isComplete({ reporting: 5, expected: 5 })).toBe(true);
  });
});
