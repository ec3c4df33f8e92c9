// Comparisons that respect the comparator, on unrounded numbers and without any epsilon: a value a hair
// short of the plan is short of the plan.
import { PERCENT_BOUNDARY } from "./thresholds";
import type { Comparator } from "./types";

/** GTE: value ≥ threshold; LTE: value ≤ threshold. */
export function meetsTarget(value: number, threshold: number, comparator: Comparator): boolean {
  return comparator === "GTE" ? value >= threshold : value <= threshold;
}

/** Strictly beyond the threshold in the good direction: above for GTE, below for LTE. */
export function exceedsTarget(value: number, threshold: number, comparator: Comparator): boolean {
  return comparator === "GTE" ? value > threshold : value < threshold;
}

/**
 * The target value if it is set. Null, 0 and non-finite values mean "target not set": a plan of 0 has no
 * meaningful % and would divide by zero, so such targets report NO_DATA until someone sets the value.
 */
export function targetValueOf(value: number | null | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) && value !== 0 ? value : null;
}

/** part ÷ whole × 100; multiplying first keeps exact cases exact (29 of 100 → 29, not 28.999…). */
export function percentOf(part: number, whole: number): number | null {
  if (whole === 0) return null;
  const percent = (part * 100) / whole;
  return Number.isFinite(percent) ? percent : null;
}

/** The largest double below 100 (100 − 2⁻⁴⁶). */
const JUST_BELOW_BOUNDARY = PERCENT_BOUNDARY - (PERCENT_BOUNDARY * Number.EPSILON) / 2;

/**
 * Makes a % of plan agree with the comparison of the unrounded values: multiplying by 100 rounds, so a value
 * one ulp short of its plan can come out as exactly 100%, and a value at its plan as 99.99999999999999%.
 * Met → at least 100; not met → below 100, so the display can never print "100%" for a shortfall.
 */
export function alignPercentWithResult(percent: number, met: boolean): number {
  if (met) return Math.max(percent, PERCENT_BOUNDARY);
  return percent >= PERCENT_BOUNDARY ? JUST_BELOW_BOUNDARY : percent;
}
