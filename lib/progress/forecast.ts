// Forecasts: where a target ends at the pace so far, and what yearly pace the rest of the term needs.
// Only while the term is running and there is data; after the term the result is a fact, not a forecast.
import { meetsTarget } from "./comparator";
import type { KindInput } from "./kind-input";
import { classifyGap, gapPoints } from "./status";
import { projectTrend, type TrendPoint } from "./trend";
import type { Forecast } from "./types";
import { remainingTermYears } from "./years";

/** A yearly rate has no accumulation: the latest year is the best guess for the next, and the need is the threshold. */
export function forecastAnnualRate(input: KindInput, latest: number, threshold: number): Forecast | null {
  if (input.termOver) return null;
  return {
    projectedTermEnd: latest,
    remainingYears: remainingTermYears(input.term, input.reviewYear),
    neededPerYear: threshold,
    onPaceToMeet: meetsTarget(latest, threshold, input.target.comparator),
  };
}

/**
 * Sum so far plus the mean of the reported years for each remaining year. Missing past years stay at 0 (not
 * projected), so the forecast never counts figures nobody entered. neededPerYear is exact (76.5 for 153 over
 * 2 years); sentences round it. For LTE it reads as the allowance a year left in the budget.
 */
export function forecastTermCumulative(
  input: KindInput,
  reported: readonly number[],
  actual: number,
  plan: number,
): Forecast | null {
  if (input.termOver || reported.length === 0) return null;
  const remainingYears = remainingTermYears(input.term, input.reviewYear);
  const mean = reported.reduce((s, v) => s + v, 0) / reported.length;
  const projectedTermEnd = actual + mean * remainingYears;
  return {
    projectedTermEnd,
    remainingYears,
    neededPerYear: remainingYears > 0 ? Math.max(0, plan - actual) / remainingYears : null,
    onPaceToMeet: classifyGap(budgetGap(projectedTermEnd, plan, plan, input.target.comparator)) === "ON_TRACK",
  };
}

/**
 * Points of the plan a cumulative value is behind `expected`: short of it for GTE, over it for an "at most"
 * budget (LTE), whose distance is the budget itself rather than a journey down from a baseline.
 */
export function budgetGap(value: number, expected: number, plan: number, comparator: KindInput["target"]["comparator"]): number {
  return comparator === "GTE" ? gapPoints(value, expected, 0, plan, comparator) : ((value - expected) * 100) / plan;
}

/**
 * Least-squares trend of the reported values (plus the stated baseline when it precedes them) projected to the
 * deadline. neededPerYear is the change a year from the latest value to the target: ≥ 0 for GTE (a rise),
 * ≤ 0 for LTE (a fall); 0 once the target level is reached.
 */
export function forecastLevelByDeadline(
  input: KindInput,
  points: readonly TrendPoint[],
  actual: number,
  baseline: number,
  target: number,
  deadline: number,
): Forecast | null {
  if (input.termOver || input.reviewYear >= deadline) return null;
  const projectedTermEnd = projectTrend(points, deadline);
  if (projectedTermEnd === null) return null;
  const remainingYears = deadline - input.reviewYear;
  const gap = target - actual;
  const neededChange = input.target.comparator === "GTE" ? Math.max(0, gap) : Math.min(0, gap);
  return {
    projectedTermEnd,
    remainingYears,
    neededPerYear: neededChange / remainingYears,
    onPaceToMeet: classifyGap(gapPoints(projectedTermEnd, target, baseline, target, input.target.comparator)) === "ON_TRACK",
  };
}
