import { describe, expect, it } from "vitest";
import { ceilToDecimals, floorToDecimals, formatPercentOfPlan, roundForDisplay, roundHalfAwayFromZero } from "@/lib/progress";

describe("rounding for display", () => {
  it("rounds half away from zero at the decimals people see", () => {
    expect(roundForDisplay(78.142857142857)).toBe(78.14);
    expect(roundForDisplay(117.41194, 1)).toBe(117.4);
    expect(roundHalfAwayFromZero(2.345, 2)).toBe(2.35);
    expect(roundHalfAwayFromZero(-2.345, 2)).toBe(-2.35);
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(roundHalfAwayFromZero(1e-7, 2)).toBe(0);
  });

  it("never lets a value below 100 display as 100, nor one at or above 100 below it", () => {
    expect(roundForDisplay(99.995)).toBe(99.99);
    expect(roundForDisplay(99.9999999)).toBe(99.99);
    expect(roundForDisplay(99.5, 0)).toBe(99);
    expect(roundForDisplay(99.96, 1)).toBe(99.9);
    expect(roundForDisplay(99.994)).toBe(99.99);
    expect(roundForDisplay(100)).toBe(100);
    expect(roundForDisplay(100.004)).toBe(100);
    expect(roundForDisplay(100.5, 0)).toBe(101);
    expect(formatPercentOfPlan(99.995, "vi")).toBe("99,99%");
    expect(formatPercentOfPlan(99.995, "en")).toBe("99.99%");
  });

  it("other boundaries are rounded normally", () => {
    expect(roundForDisplay(49.995)).toBe(50);
    expect(roundForDisplay(600)).toBe(600);
  });

  it("floors and ceils in decimal terms, ignoring binary noise", () => {
    expect(floorToDecimals(80.7)).toBe(80);
    expect(floorToDecimals(78.142857)).toBe(78);
    expect(floorToDecimals(0.1 + 0.2, 1)).toBe(0.3);
    expect(floorToDecimals(-5.5)).toBe(-6);
    expect(ceilToDecimals(76.5)).toBe(77);
    expect(ceilToDecimals(0.1 + 0.2, 1)).toBe(0.3);
    expect(ceilToDecimals(2000.1666, 1)).toBe(2000.2);
    expect(ceilToDecimals(77)).toBe(77);
  });
});
