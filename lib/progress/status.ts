// Status rules shared by the quantitative kinds.
import { exceedsTarget } from "./comparator";
import { AT_RISK_MIN_RATIO, ON_TRACK_MIN_RATIO } from "./thresholds";
import type { Comparator, ProgressStatus } from "./types";

/** Only for a value that already meets its target: EXCEEDED when strictly beyond it, ACHIEVED when exactly at it. */
export function statusOnReaching(actual: number, target: number, comparator: Comparator): ProgressStatus {
  return exceedsTarget(actual, target, comparator) ? "EXCEEDED" : "ACHIEVED";
}

/** During the term: how far along the target is against how far along it should be (1 = on the straight path). */
export function classifyPace(progressRatio: number): ProgressStatus {
  if (progressRatio >= ON_TRACK_MIN_RATIO) return "ON_TRACK";
  if (progressRatio >= AT_RISK_MIN_RATIO) return "AT_RISK";
  return "OFF_TRACK";
}
