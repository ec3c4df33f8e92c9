// Pure: a target's progress at one committee, for one review year.
import { computeProgress, type TargetProgress, type TermSpan, type YearValue } from "@/lib/progress";
import type { TargetDef } from "./types";

export interface Evaluation {
  progress: TargetProgress;
  /** False where the plan belongs to an ancestor's resolution and is not meaningful for this unit. */
  planApplies: boolean;
}

/**
 * A target of the committee's own resolution is measured against its plan. Seen from a subordinate unit,
 * a rate target ("≥95% of members rated well or better") applies as it is, but an amount ("admit 700
 * members") does not: the unit's share of it is shown without a status until the unit has a cascaded plan.
 * Qualitative tasks are assessed for the resolution's committee only.
 */
export function evaluateTarget(target: TargetDef, values: YearValue[], term: TermSpan, reviewYear: number, ownResolution: boolean): Evaluation {
  const planApplies = ownResolution || (target.indicator?.denominator.length ?? 0) > 0;
  // An assessment of a task is the resolution committee's, not its units'.
  const assessment = ownResolution
    ? (target.assessments.filter((a) => a.year <= reviewYear).sort((a, b) => b.year - a.year)[0] ?? null)
    : null;
  const progress = computeProgress({
    target: {
      kind: target.kind,
      comparator: target.comparator,
      targetValue: planApplies ? target.targetValue : null,
      baselineValue: target.baselineValue,
      baselineYear: target.baselineYear,
      deadlineYear: target.deadlineYear,
      // A plain sum (members, organizations) is a stock: a year still being reported would read as a fall.
      stock: target.indicator !== null && target.indicator.denominator.length === 0,
    },
    term,
    reviewYear,
    values,
    assessment,
  });
  return { progress, planApplies };
}
