// The progress of a committee's targets as the API returns it: the same numbers the dashboard shows,
// computed by the same loader and engine, unrounded (clients round for display).
import type { Dashboard } from "@/lib/dashboard/queries";
import { summarizeTargets, summarySentence } from "@/lib/progress";
import { targetTitle } from "@/lib/targets/title";
import type { ReportingRate } from "@/lib/figures/reporting-rate";

export function progressPayload(dashboard: Dashboard, reporting: ReportingRate | null = null) {
  const { committee, term, reviewYear, resolution, ownResolution, targets, evaluations } = dashboard;
  const scored = targets.filter((t) => t.category === "TARGET").map((t) => evaluations.get(t.id)!.progress);
  const summary = summarizeTargets(scored);
  return {
    committee: { id: committee.id, code: committee.code, name: committee.name, nameEn: committee.nameEn },
    term: { id: term.id, name: term.name, startYear: term.startYear, endYear: term.endYear },
    reviewYear,
    /** The review year's reporting rate: units expected, submitted, and submitted on time. */
    reporting,
    resolution: resolution && { id: resolution.id, title: resolution.title, number: resolution.number, committeeId: resolution.committeeId, own: ownResolution },
    summary: ownResolution
      ? {
          total: summary.total, achieved: summary.achieved, onTrack: summary.onTrack, lagging: summary.lagging,
          lowestPercentOfLagging: summary.lowestPercentOfLagging, byStatus: summary.byStatus,
          provisional: summary.provisional, leastCoverage: summary.leastCoverage,
          sentence: { vi: summarySentence(summary, "vi"), en: summarySentence(summary, "en") },
        }
      : null,
    targets: targets.map((t) => {
      const { progress, planApplies } = evaluations.get(t.id)!;
      return {
        id: t.id, position: t.position, category: t.category, kind: t.kind, title: { vi: t.titleVi, en: targetTitle(t, "en") },
        indicator: t.indicator?.code ?? null, comparator: t.comparator, targetValue: t.targetValue, planApplies,
        status: planApplies ? progress.status : null, actual: progress.actual, plan: progress.plan,
        percentOfPlan: planApplies ? progress.percentOfPlan : null, expectedPercent: planApplies ? progress.expectedPercent : null,
        expectedValue: planApplies ? (progress.expectedValue ?? null) : null, judgedYear: progress.judgedYear ?? null,
        // Set when the numbers rest on a year not every unit has submitted (or, for a stock, set that year aside).
        provisional: progress.provisional ?? null,
        years: progress.years, forecast: planApplies ? progress.forecast : null,
      };
    }),
  };
}
