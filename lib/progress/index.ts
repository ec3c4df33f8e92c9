// Progress engine: pure target math, statuses, forecasts and the summary sentence. No database, no React.
//
// Public API
//   computeProgress({ target, term, reviewYear, values, assessment? }) → TargetProgress
//       status, per-year rows, actual, plan, % of plan (unrounded), expected %, forecast of one target.
//   summarizeTargets(items) → MidTermSummary          counts achieved/remaining, lowest % of the rest
//   summarySentence(summary, locale) → string         "Đạt và vượt 6/10 chỉ tiêu; 4 chỉ tiêu còn lại đạt từ 80% trở lên"
//   paceSentence(progress, { unitVi, unitEn, decimals? }, locale) → string | null
//                                                      "Cần bình quân 77 đảng viên/năm trong 2 năm còn lại"
//   roundForDisplay(percent, decimals = 2) → number   half away from zero, never crosses 100
//   formatPercentOfPlan(percent, locale, decimals = 2) → string   "78,14%" / "78.14%"
//   floorToDecimals / ceilToDecimals / roundHalfAwayFromZero (value, decimals) → number
//   sumUnits(values) → { sum, reporting }              skips missing units
//   sumRatioRows(rows) → { numerator, denominator }    rolls up a group of rows (complete rows only)
//   ratioOfSums(rows, scale = 1) → number | null       Σnum ÷ Σden × scale, never an average of rates
//   combineCompleteness(parts) → Completeness; completenessRatio(c) → number | null; isComplete(c) → boolean
//   Term helpers: termLength, elapsedTermYears, remainingTermYears, isTermStarted, isTermOver
//   Thresholds: ON_TRACK_MIN_RATIO, AT_RISK_MIN_RATIO, LTE_MAX_PERCENT_OF_PLAN, … (see thresholds.ts)
import { formatPercent } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { roundForDisplay } from "./rounding";
import { DISPLAY_PERCENT_DECIMALS } from "./thresholds";

export type * from "./types";
export * from "./thresholds";
export { computeProgress } from "./progress";
export { summarizeTargets, summarySentence, isAchievedStatus } from "./summary";
export { paceSentence } from "./pace-sentence";
export { roundForDisplay, roundHalfAwayFromZero, floorToDecimals, ceilToDecimals } from "./rounding";
export { sumUnits, sumRatioRows, ratioOfSums, combineCompleteness, completenessRatio, isComplete } from "./rollup";
export { termLength, elapsedTermYears, remainingTermYears, isTermStarted, isTermOver } from "./years";
export { meetsTarget, exceedsTarget } from "./comparator";

/** A % of plan as every screen and export shows it: roundForDisplay, then the locale's format. */
export function formatPercentOfPlan(percent: number, locale: Locale, decimals = DISPLAY_PERCENT_DECIMALS): string {
  return formatPercent(roundForDisplay(percent, decimals), locale, decimals);
}
