// ANNUAL_RATE: "annually ≥95% of members rated well or better". Each year stands on its own against the
// threshold, so the % of plan is the share of reported years that met it, not a distance to a plan.
import { targetValueOf } from "./comparator";
import { forecastAnnualRate } from "./forecast";
import { buildYearRows, missingYearsOf, rowsWithData, type KindInput } from "./kind-input";
import type { ProgressStatus, TargetProgress } from "./types";

export function computeAnnualRate(input: KindInput): TargetProgress {
  const { comparator } = input.target;
  const threshold = targetValueOf(input.target.targetValue);
  const years = buildYearRows(input, () => threshold);
  const reported = rowsWithData(years);
  const latest = reported.at(-1) ?? null;
  const met = reported.filter((row) => row.met === true).length;

  const percentOfPlan = threshold !== null && reported.length > 0 ? (met * 100) / reported.length : null;
  // Every year is expected to meet the threshold, so the whole of the plan is expected at any point.
  const expectedPercent = threshold !== null && years.length > 0 ? 100 : null;

  let status: ProgressStatus;
  if (threshold === null || latest === null) status = "NO_DATA";
  // A yearly threshold is met or not; being above it is not "exceeding the plan".
  else if (met === reported.length) status = "ACHIEVED";
  else if (input.termOver) status = "NOT_ACHIEVED";
  // One missed year already spoils "every year"; whether the latest year recovered decides how bad it looks.
  else status = latest.met ? "AT_RISK" : "OFF_TRACK";

  return {
    kind: "ANNUAL_RATE",
    status,
    years,
    actual: latest?.value ?? null,
    plan: threshold,
    percentOfPlan,
    expectedPercent,
    expectedValue: threshold,
    judgedYear: latest?.year ?? null,
    forecast: threshold !== null && latest !== null ? forecastAnnualRate(input, latest.value, threshold) : null,
    comparator,
    missingYears: missingYearsOf(years),
  };
}
