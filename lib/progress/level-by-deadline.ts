// LEVEL_BY_DEADLINE: "by 2030, 100% of work records handled online". What counts is the level reached: read
// against the target, and judged against a straight path from the baseline to the target at the deadline.
import { meetsTarget, percentOfTarget, targetValueOf } from "./comparator";
import { forecastLevelByDeadline } from "./forecast";
import { buildYearRows, isPartial, missingYearsOf, rowsWithData, type KindInput } from "./kind-input";
import { classifyGap, gapPoints, statusOnReaching, worsePace } from "./status";
import { MIN_TREND_POINTS } from "./thresholds";
import type { TrendPoint } from "./trend";
import type { ProgressStatus, TargetProgress, TargetSpec, TermSpan, YearResult } from "./types";
import { isUsableYear } from "./years";

/** The deadline may fall before the term end ("by 2027" in 2025–2030); without one, the term end. */
export function deadlineOf(target: TargetSpec, term: TermSpan): number {
  return isUsableYear(target.deadlineYear) ? target.deadlineYear : term.endYear;
}

/** Path level in `year`, clamped between baseline and target; the end points are returned exactly as given. */
export function pathLevel(year: number, baseline: TrendPoint, target: number, deadline: number): number {
  if (deadline <= baseline.year) return year >= deadline ? target : baseline.value;
  if (year <= baseline.year) return baseline.value;
  if (year >= deadline) return target;
  return baseline.value + ((target - baseline.value) * (year - baseline.year)) / (deadline - baseline.year);
}

export function computeLevelByDeadline(input: KindInput): TargetProgress {
  const { target: spec, term } = input;
  const { comparator } = spec;
  const target = targetValueOf(spec.targetValue);
  const deadline = deadlineOf(spec, term);
  // Years after the deadline are shown but do not change the verdict: "by 2027" is judged on 2027 or earlier.
  const reported = rowsWithData(buildYearRows(input, () => null)).filter((row) => row.year <= deadline);
  // A stock's partial year would read as a collapse (650 of 17 units' 806 members): it is set aside.
  const setAside = (row: YearResult) => spec.stock === true && isPartial(row.completeness);
  const judged = reported.filter((row) => !setAside(row));
  const explicitBaseline =
    typeof spec.baselineValue === "number" && Number.isFinite(spec.baselineValue) && isUsableYear(spec.baselineYear)
      ? { year: spec.baselineYear, value: spec.baselineValue }
      : null;
  // Without a stated baseline, the first reported year is where the path starts.
  const first = judged[0];
  const baseline = explicitBaseline ?? (first ? { year: first.year, value: first.value } : null);
  const latest = judged.at(-1) ?? null;

  const years = buildYearRows(input, (year) =>
    baseline !== null && target !== null ? pathLevel(year, baseline, target, deadline) : null,
  ).map((row) => (setAside(row) ? { ...row, met: null } : row));
  const actual = latest?.value ?? null;
  const ready = target !== null && baseline !== null && latest !== null;
  // The value is read against the target ("80%/100% đến 2030") and against the path for its own year.
  const expectedValue = ready ? pathLevel(latest.year, baseline, target, deadline) : null;
  const percentOfPlan = ready ? percentOfTarget(latest.value, target, comparator) : null;
  const expectedPercent = ready && expectedValue !== null ? percentOfTarget(expectedValue, target, comparator) : null;

  const trendPoints: TrendPoint[] = judged.map((row) => ({ year: row.year, value: row.value }));
  if (explicitBaseline && (first === undefined || explicitBaseline.year < first.year)) trendPoints.unshift(explicitBaseline);
  const forecast = ready ? forecastLevelByDeadline(input, trendPoints, latest.value, baseline.value, target, deadline) : null;
  // One point is no trend (its forecast holds the level flat), so it does not judge the pace.
  const trend = new Set(trendPoints.map((p) => p.year)).size >= MIN_TREND_POINTS ? forecast : null;

  let status: ProgressStatus;
  if (!ready || expectedValue === null) status = "NO_DATA";
  else if (meetsTarget(latest.value, target, comparator)) status = statusOnReaching(latest.value, target, comparator);
  else if (input.reviewYear >= deadline) status = "NOT_ACHIEVED";
  else {
    const path = classifyGap(gapPoints(latest.value, expectedValue, baseline.value, target, comparator));
    status = trend ? worsePace(path, classifyGap(gapPoints(trend.projectedTermEnd, target, baseline.value, target, comparator))) : path;
  }

  return {
    kind: "LEVEL_BY_DEADLINE",
    status,
    years,
    actual,
    plan: target,
    percentOfPlan,
    expectedPercent,
    expectedValue,
    judgedYear: latest?.year ?? null,
    forecast,
    comparator,
    missingYears: missingYearsOf(years),
  };
}
