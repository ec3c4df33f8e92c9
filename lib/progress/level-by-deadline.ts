// LEVEL_BY_DEADLINE: "by 2030, 100% of work records handled online". What counts is the level reached, judged
// against a straight path from the baseline to the target at the deadline.
import { alignPercentWithResult, meetsTarget, percentOf, targetValueOf } from "./comparator";
import { forecastLevelByDeadline } from "./forecast";
import { buildYearRows, missingYearsOf, rowsWithData, type KindInput } from "./kind-input";
import { classifyPace, statusOnReaching } from "./status";
import type { TrendPoint } from "./trend";
import type { Comparator, ProgressStatus, TargetProgress, TargetSpec, TermSpan } from "./types";
import { isUsableYear } from "./years";

/** The deadline may fall before the term end ("by 2027" in 2025–2030); without one, the term end. */
export function deadlineOf(target: TargetSpec, term: TermSpan): number {
  return isUsableYear(target.deadlineYear) ? target.deadlineYear : term.endYear;
}

/**
 * Percent (0..100) of the baseline→target distance the straight path expects covered in `year`. Multiplying
 * before dividing keeps exact cases exact (2 of 5 years → 40, not 40.00000000000001).
 */
export function pathPercent(year: number, baselineYear: number, deadline: number): number {
  // A deadline at or before the baseline leaves no time to travel: the target is due at once.
  if (deadline <= baselineYear) return year >= deadline ? 100 : 0;
  return Math.min(100, Math.max(0, ((year - baselineYear) * 100) / (deadline - baselineYear)));
}

/** Path level in `year`, clamped between baseline and target; the end points are returned exactly as given. */
export function pathLevel(year: number, baseline: TrendPoint, target: number, deadline: number): number {
  if (deadline <= baseline.year) return year >= deadline ? target : baseline.value;
  if (year <= baseline.year) return baseline.value;
  if (year >= deadline) return target;
  return baseline.value + ((target - baseline.value) * (year - baseline.year)) / (deadline - baseline.year);
}

/**
 * Distance covered from baseline to target, in %: (actual − baseline) ÷ (target − baseline) × 100. When the
 * baseline already sits at or beyond the target there is no distance to cover: 100 if met, else 0.
 */
export function levelPercentOfPlan(actual: number, baseline: number, target: number, comparator: Comparator): number {
  const hasDistance = comparator === "GTE" ? target > baseline : target < baseline;
  const met = meetsTarget(actual, target, comparator);
  if (!hasDistance) return met ? 100 : 0;
  return alignPercentWithResult(percentOf(actual - baseline, target - baseline) ?? 0, met);
}

/**
 * Distance covered ÷ distance the path expects by `year` (1 = on the path), in one division so a value exactly
 * on a threshold ratio lands on it. Only called while the path expects some distance (0 < path % < 100).
 */
function levelProgressRatio(
  actual: number,
  baseline: TrendPoint,
  target: number,
  deadline: number,
  year: number,
  comparator: Comparator,
): number {
  const hasDistance = comparator === "GTE" ? target > baseline.value : target < baseline.value;
  // No distance to travel and not met (met was handled before): nothing has been covered.
  if (!hasDistance) return 0;
  return ((actual - baseline.value) * (deadline - baseline.year)) / ((target - baseline.value) * (year - baseline.year));
}

export function computeLevelByDeadline(input: KindInput): TargetProgress {
  const { target: spec, term } = input;
  const { comparator } = spec;
  const target = targetValueOf(spec.targetValue);
  const deadline = deadlineOf(spec, term);
  // Years after the deadline are shown but do not change the verdict: "by 2027" is judged on 2027 or earlier.
  const judged = rowsWithData(buildYearRows(input, () => null)).filter((row) => row.year <= deadline);
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
  );
  const actual = latest?.value ?? null;
  const ready = target !== null && baseline !== null && actual !== null;
  const percentOfPlan = ready ? levelPercentOfPlan(actual, baseline.value, target, comparator) : null;
  const evaluationYear = Math.min(input.reviewYear, deadline);
  const expectedPercent =
    target !== null && baseline !== null && input.years.length > 0
      ? pathPercent(evaluationYear, baseline.year, deadline)
      : null;

  let status: ProgressStatus;
  if (!ready || percentOfPlan === null) status = "NO_DATA";
  else if (meetsTarget(actual, target, comparator)) status = statusOnReaching(actual, target, comparator);
  else if (input.reviewYear >= deadline) status = "NOT_ACHIEVED";
  // Nothing expected yet (review in the baseline year): fine unless the level has moved away from the target.
  else if (expectedPercent === null || expectedPercent <= 0) status = percentOfPlan >= 0 ? "ON_TRACK" : "OFF_TRACK";
  else status = classifyPace(levelProgressRatio(actual, baseline, target, deadline, evaluationYear, comparator));

  const trendPoints: TrendPoint[] = judged.map((row) => ({ year: row.year, value: row.value }));
  if (explicitBaseline && (first === undefined || explicitBaseline.year < first.year)) trendPoints.unshift(explicitBaseline);

  return {
    kind: "LEVEL_BY_DEADLINE",
    status,
    years,
    actual,
    plan: target,
    percentOfPlan,
    expectedPercent,
    forecast: ready ? forecastLevelByDeadline(input, trendPoints, actual, target, deadline) : null,
    comparator,
    missingYears: missingYearsOf(years),
  };
}
