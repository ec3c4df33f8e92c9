// Progress engine: pure target math, statuses, forecasts and the summary sentence. No database, no React.
//
// Public API
//   computeProgress({ target, term, reviewYear, values, assessment? }) → TargetProgress
//       status, per-year rows, actual, plan, % of plan (unrounded), expected %, forecast of one target.
//   summarizeTargets(items) → MidTermSummary          counts by status, lowest % of the lagging, provisional years
//   summarySentence(summary, locale) → string         "Đạt và vượt 6/10 chỉ tiêu; 3/10 chỉ tiêu đang trong lộ trình
//                                                      thực hiện; 1 chỉ tiêu không đạt (đạt 78,14%)"
//   paceSentence(progress, { unitVi, unitEn, decimals? }, locale) → string | null
//                                                      "Cần bình quân 77 đảng viên/năm trong 2 năm còn lại"
//   roundForDisplay(percent, decimals = 2) → number   half away from zero, never crosses 100
//   formatPercentOfPlan(percent, locale, decimals = 2) → string   "78,14%" / "78.14%"
//   floorToDecimals / ceilToDecimals / roundHalfAwayFromZero (value, decimals) → number
//   Term helpers: termLength, elapsedTermYears, remainingTermYears, isTermStarted, isTermOver
//   Thresholds: ON_TRACK_MAX_GAP, AT_RISK_MAX_GAP, COMPARISON_DECIMALS, … (see thresholds.ts)
export type * from "./types";
export * from "./thresholds";
export { computeProgress } from "./progress";
export { summarizeTargets, summarySentence, isAchievedStatus, LAGGING_STATUSES } from "./summary";
export { paceSentence } from "./pace-sentence";
export { formatPercentOfPlan } from "./percent-format";
export { roundForDisplay, roundHalfAwayFromZero, floorToDecimals, ceilToDecimals } from "./rounding";
export { termLength, elapsedTermYears, remainingTermYears, isTermStarted, isTermOver } from "./years";
export { meetsTarget, exceedsTarget } from "./comparator";
export { isPartial } from "./kind-input";
