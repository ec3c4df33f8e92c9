// Status rules shared by the quantitative kinds: one scale of gaps, the same tolerance for every kind.
import { exceedsTarget } from "./comparator";
import { roundHalfAwayFromZero } from "./rounding";
import { AT_RISK_MAX_GAP, COMPARISON_DECIMALS, ON_TRACK_MAX_GAP } from "./thresholds";
import type { Comparator, ProgressStatus } from "./types";

/** Only for a value that already meets its target: EXCEEDED when strictly beyond it, ACHIEVED when exactly at it. */
export function statusOnReaching(actual: number, target: number, comparator: Comparator): ProgressStatus {
  return exceedsTarget(actual, target, comparator) ? "EXCEEDED" : "ACHIEVED";
}

/**
 * During the term: how far behind (positive) or ahead (negative) a target is, in percentage points of the
 * whole distance it has to cover. Compared at COMPARISON_DECIMALS, so 5,004 points behind is still on track.
 */
export function classifyGap(gapPoints: number): "ON_TRACK" | "AT_RISK" | "OFF_TRACK" {
  const gap = roundHalfAwayFromZero(gapPoints, COMPARISON_DECIMALS);
  if (gap <= ON_TRACK_MAX_GAP) return "ON_TRACK";
  if (gap <= AT_RISK_MAX_GAP) return "AT_RISK";
  return "OFF_TRACK";
}

/**
 * Gap of `value` behind `expected`, in points of the distance from `start` to `goal`; the direction of travel
 * (up for GTE, down for LTE) comes from start → goal. With no distance to travel (start already at or beyond
 * the goal), the goal itself is the scale.
 */
export function gapPoints(value: number, expected: number, start: number, goal: number, comparator: Comparator): number {
  const sign = comparator === "GTE" ? 1 : -1;
  const distance = (goal - start) * sign;
  const scale = distance > 0 ? distance : Math.abs(goal) || 1;
  return (((expected - value) * sign) * 100) / scale;
}

const PACE_ORDER: readonly ProgressStatus[] = ["ON_TRACK", "AT_RISK", "OFF_TRACK"];

/** The worse of two pace statuses: the path so far and the forecast must both be on track for ON_TRACK. */
export function worsePace<S extends "ON_TRACK" | "AT_RISK" | "OFF_TRACK">(a: S, b: S): S {
  return PACE_ORDER.indexOf(a) >= PACE_ORDER.indexOf(b) ? a : b;
}
