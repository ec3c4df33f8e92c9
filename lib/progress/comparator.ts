// Comparisons that respect the comparator, made at the precision screens show (COMPARISON_DECIMALS): a value
// that reads as its plan meets it, a value that reads a hundredth short is short.
import { roundHalfAwayFromZero } from "./rounding";
import { COMPARISON_DECIMALS, LTE_MAX_PERCENT_OF_PLAN, PERCENT_BOUNDARY } from "./thresholds";
import type { Comparator } from "./types";

const shown = (value: number) => roundHalfAwayFromZero(value, COMPARISON_DECIMALS);

/** GTE: value ≥ threshold; LTE: value ≤ threshold. */
export function meetsTarget(value: number, threshold: number, comparator: Comparator): boolean {
  return comparator === "GTE" ? shown(value) >= shown(threshold) : shown(value) <= shown(threshold);
}

/** Strictly beyond the threshold in the good direction: above for GTE, below for LTE. */
export function exceedsTarget(value: number, threshold: number, comparator: Comparator): boolean {
  return comparator === "GTE" ? shown(value) > shown(threshold) : shown(value) < shown(threshold);
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

/**
 * % of plan as Vietnamese reports read it: the value against the target. GTE: value ÷ target (547/700 →
 * 78.14…, 80/100 → 80), never below 0. LTE ("at most"): target ÷ value, so the % falls as the value rises,
 * capped at LTE_MAX_PERCENT_OF_PLAN (which also covers a value of 0). Null for a target of 0 or below, which
 * has no such reading.
 */
export function percentOfTarget(value: number, target: number, comparator: Comparator): number | null {
  if (target <= 0) return null;
  const met = meetsTarget(value, target, comparator);
  if (comparator === "GTE") return alignPercentWithResult(Math.max(0, percentOf(value, target) ?? 0), met);
  if (value <= 0) return LTE_MAX_PERCENT_OF_PLAN;
  return alignPercentWithResult(Math.min(LTE_MAX_PERCENT_OF_PLAN, percentOf(target, value) ?? LTE_MAX_PERCENT_OF_PLAN), met);
}

/** The largest double below 100 (100 − 2⁻⁴⁶). */
const JUST_BELOW_BOUNDARY = PERCENT_BOUNDARY - (PERCENT_BOUNDARY * Number.EPSILON) / 2;

/**
 * Makes a % of plan agree with the comparison of the values: multiplying by 100 rounds, so a value at its
 * plan can come out as 99.99999999999999%. Met → at least 100; not met → below 100, so the display can never
 * print "100%" for a shortfall.
 */
export function alignPercentWithResult(percent: number, met: boolean): number {
  if (met) return Math.max(percent, PERCENT_BOUNDARY);
  return percent >= PERCENT_BOUNDARY ? JUST_BELOW_BOUNDARY : percent;
}
