// QUALITATIVE: key tasks and breakthroughs. A person's assessment is the progress; there is no % of plan.
import type { KindInput } from "./kind-input";
import { buildYearRows, missingYearsOf } from "./kind-input";
import type { Assessment, ProgressStatus, TargetProgress } from "./types";

/** An assessment dated outside [term start, review year] was not made for this review; it is ignored. */
function assessmentInForce(input: KindInput): Assessment | null {
  const { assessment, term, reviewYear } = input;
  if (!assessment || input.years.length === 0) return null;
  if (assessment.year !== undefined && (assessment.year > reviewYear || assessment.year < term.startYear)) return null;
  return assessment;
}

export function computeQualitative(input: KindInput): TargetProgress {
  const assessment = assessmentInForce(input);
  let status: ProgressStatus = "NO_DATA";
  if (assessment) {
    // "Not achieved" said mid-term is a warning, not a verdict: only the term end makes it final.
    status = assessment.result === "NOT_ACHIEVED" ? (input.termOver ? "NOT_ACHIEVED" : "OFF_TRACK") : assessment.result;
  }
  const years = buildYearRows(input, () => null);
  return {
    kind: "QUALITATIVE",
    status,
    years,
    actual: null,
    plan: null,
    percentOfPlan: null,
    expectedPercent: null,
    forecast: null,
    comparator: input.target.comparator,
    missingYears: missingYearsOf(years),
  };
}
