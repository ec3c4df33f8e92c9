// Builders shared by the progress tests; not a test file itself.
import type { Comparator, TargetKind, TargetProgress, TargetSpec, YearValue } from "@/lib/progress";

/** { 2020: 120, 2021: null } → YearValue[] */
export function yearValues(map: Record<number, number | null>): YearValue[] {
  return Object.entries(map).map(([year, value]) => ({ year: Number(year), value }));
}

export function spec(kind: TargetKind, targetValue: number | null, comparator: Comparator = "GTE", extra: Partial<TargetSpec> = {}): TargetSpec {
  return { kind, comparator, targetValue, ...extra };
}

/** A finished TargetProgress with only what the summary reads. */
export function fakeProgress(status: TargetProgress["status"], percentOfPlan: number | null): TargetProgress {
  return {
    kind: "TERM_CUMULATIVE",
    status,
    years: [],
    actual: null,
    plan: null,
    percentOfPlan,
    expectedPercent: null,
    forecast: null,
  };
}
