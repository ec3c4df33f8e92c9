// Pure: order of the comparison grid's rows: by one target's standing (status severity, then % of plan or
// value), or by unit code.
import type { ProgressStatus, TargetProgress, YearValue } from "@/lib/progress";

const SEVERITY: Record<ProgressStatus, number> = {
  NOT_ACHIEVED: 0, OFF_TRACK: 1, AT_RISK: 2, ON_TRACK: 3, ACHIEVED: 4, EXCEEDED: 5, NO_DATA: 6,
};

interface UnitRow {
  code: string;
  evaluations: Map<number, { progress: TargetProgress; planApplies: boolean; values: YearValue[] }>;
}

/** Ascending puts the units that lag most first. */
export function compareUnits<T extends UnitRow>(units: T[], targetId: number | null, dir: "asc" | "desc", reviewYear: number): T[] {
  const byCode = [...units].sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }));
  if (targetId === null) return byCode;
  const key = (u: T): [number, number] => {
    const e = u.evaluations.get(targetId);
    if (!e) return [SEVERITY.NO_DATA, 0];
    const level = e.progress.percentOfPlan ?? e.values.find((v) => v.year === reviewYear)?.value ?? e.progress.actual ?? 0;
    return [e.planApplies ? SEVERITY[e.progress.status] : SEVERITY.NO_DATA, level];
  };
  const sign = dir === "asc" ? 1 : -1;
  return byCode.sort((a, b) => {
    const [sa, la] = key(a);
    const [sb, lb] = key(b);
    return sign * (sa - sb || la - lb);
  });
}
