// TERM_CUMULATIVE: "admit 700 members in the term". Yearly values add up; progress is the sum against the plan
// and, during the term, against the part of the plan a straight path would have reached by now.
import { meetsTarget, percentOfTarget, targetValueOf } from "./comparator";
import { budgetGap, forecastTermCumulative } from "./forecast";
import { buildYearRows, missingYearsOf, rowsWithData, type KindInput } from "./kind-input";
import { classifyGap, statusOnReaching, worsePace } from "./status";
import type { ProgressStatus, TargetProgress } from "./types";
import { termLength } from "./years";

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

  const percentOfPlan = plan !== null && actual !== null ? percentOfTarget(actual, plan, comparator) : null;
  const expectedPercent = plan !== null && elapsed > 0 ? (elapsed * 100) / T : null;
  const expectedValue = plan !== null && elapsed > 0 ? (plan * elapsed) / T : null;
  const forecast = plan !== null && actual !== null ? forecastTermCumulative(input, reported, actual, plan) : null;

  let status: ProgressStatus;
  if (plan === null || actual === null || expectedValue === null) status = "NO_DATA";
  // An "at most" budget is only kept once the term is over: until then more cases can still come.
  else if (meetsTarget(actual, plan, comparator) && (comparator === "GTE" || input.termOver)) status = statusOnReaching(actual, plan, comparator);
  else if (input.termOver) status = "NOT_ACHIEVED";
  // Already over the whole term's budget: no later year can bring the sum back down.
  else if (comparator === "LTE" && !meetsTarget(actual, plan, comparator)) status = "OFF_TRACK";
  else {
    // Behind the straight path (or, for a budget, over what it allows by now), and where the pace so far ends.
    const path = classifyGap(budgetGap(actual, expectedValue, plan, comparator));
    status = forecast ? worsePace(path, classifyGap(budgetGap(forecast.projectedTermEnd, plan, plan, comparator))) : path;
  }

  return {
    kind: "TERM_CUMULATIVE",
    status,
    years,
    actual,
    plan,
    percentOfPlan,
    expectedPercent,
    expectedValue,
    judgedYear: input.years.at(-1) ?? null,
    forecast,
    comparator,
    missingYears: missingYearsOf(years),
  };
}
