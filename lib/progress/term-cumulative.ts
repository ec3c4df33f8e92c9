// TERM_CUMULATIVE: "admit 700 members in the term". Yearly values add up; progress is the sum against the plan
// and, during the term, against the share of the plan a straight path would have reached by now.
import { alignPercentWithResult, meetsTarget, percentOf, targetValueOf } from "./comparator";
import { forecastTermCumulative } from "./forecast";
import { buildYearRows, missingYearsOf, rowsWithData, type KindInput } from "./kind-input";
import { classifyPace, statusOnReaching } from "./status";
import { LTE_MAX_PERCENT_OF_PLAN } from "./thresholds";
import type { Comparator, ProgressStatus, TargetProgress } from "./types";
import { termLength } from "./years";

/**
 * GTE: actual ÷ plan (547/700 → 78.14…, 60/10 → 600). LTE ("at most N in the term"): plan ÷ actual, so the %
 * falls as the value rises; capped at LTE_MAX_PERCENT_OF_PLAN, which also covers an actual of 0 or less.
 */
export function cumulativePercentOfPlan(actual: number, plan: number, comparator: Comparator): number | null {
  const met = meetsTarget(actual, plan, comparator);
  if (comparator === "GTE") {
    const percent = percentOf(actual, plan);
    return percent === null ? null : alignPercentWithResult(percent, met);
  }
  if (actual <= 0) return LTE_MAX_PERCENT_OF_PLAN;
  const percent = Math.min(LTE_MAX_PERCENT_OF_PLAN, percentOf(plan, actual) ?? LTE_MAX_PERCENT_OF_PLAN);
  return alignPercentWithResult(percent, met);
}

export function computeTermCumulative(input: KindInput): TargetProgress {
  const { comparator } = input.target;
  const set = targetValueOf(input.target.targetValue);
  // A cumulative plan of counts or money below zero has no reading; treat it like an unset plan.
  const plan = set !== null && set > 0 ? set : null;
  const T = termLength(input.term);
  const elapsed = input.years.length;
  // Straight path: the plan spread evenly over the term's years.
  const years = buildYearRows(input, () => (plan === null ? null : plan / T));
  const reported = rowsWithData(years).map((row) => row.value);
  const actual = reported.length > 0 ? reported.reduce((s, v) => s + v, 0) : null;

  const percentOfPlan = plan !== null && actual !== null ? cumulativePercentOfPlan(actual, plan, comparator) : null;
  const expectedPercent = plan !== null && elapsed > 0 ? (elapsed * 100) / T : null;

  let status: ProgressStatus;
  if (plan === null || actual === null) status = "NO_DATA";
  else if (comparator === "GTE") {
    if (actual >= plan) status = statusOnReaching(actual, plan, comparator);
    else if (input.termOver) status = "NOT_ACHIEVED";
    // (actual/plan) ÷ (elapsed/T), computed in one division to keep exact cases exact.
    else status = classifyPace((actual * T) / (plan * elapsed));
  } else {
    // An "at most" budget is only kept once the term is over: until then more cases can still come.
    if (input.termOver) status = meetsTarget(actual, plan, comparator) ? statusOnReaching(actual, plan, comparator) : "NOT_ACHIEVED";
    // Already over the whole term's budget: no later year can bring the sum back down.
    else if (actual > plan) status = "OFF_TRACK";
    else if (actual <= 0) status = "ON_TRACK";
    // Budget the straight path allows by now ÷ budget used: 1 means exactly on the path.
    else status = classifyPace((plan * elapsed) / (T * actual));
  }

  return {
    kind: "TERM_CUMULATIVE",
    status,
    years,
    actual,
    plan,
    percentOfPlan,
    expectedPercent,
    forecast: plan !== null && actual !== null ? forecastTermCumulative(input, reported, actual, plan) : null,
    comparator,
    missingYears: missingYearsOf(years),
  };
}
