// Plain shapes the dashboard passes between its query, its pure evaluation and its components.
import type { AssessmentResult, Comparator, TargetKind } from "@/lib/progress";
import type { RevisionFields, RevisionInUse } from "@/lib/targets/in-force";

export interface IndicatorDef {
  id: number;
  code: string;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  scale: number;
  numerator: number[];
  /** Empty for a plain sum (admissions); a rate is Σ numerator ÷ Σ denominator × scale. */
  denominator: number[];
  /** Counts people, organizations or records: shown whole, a needed amount rounded up. */
  whole: boolean;
}

export interface TargetDef {
  id: number;
  position: number;
  category: "TARGET" | "KEY_TASK" | "BREAKTHROUGH";
  kind: TargetKind;
  titleVi: string;
  titleEn: string;
  comparator: Comparator;
  targetValue: number | null;
  baselineValue: number | null;
  baselineYear: number | null;
  deadlineYear: number | null;
  indicator: IndicatorDef | null;
  assessments: { year: number; result: AssessmentResult; note: string }[];
  /** The versions of an amended target (none if never amended); see lib/targets/in-force.ts. */
  revisions?: RevisionFields[];
  /** Set once a review year is chosen: the version in force, for targets that have been amended. */
  revision?: RevisionInUse | null;
}

/** One stored rollup row: a committee's subtree sum of one data element in one year. */
export interface RollupRow {
  committeeId: number;
  dataElementId: number;
  year: number;
  value: number;
  unitCount: number;
  submittedCount: number;
}

/**
 * One stored rate rollup row: a committee's Σ numerator and Σ denominator of one rate in one year, over the units
 * of its subtree that entered every element of the rate (lib/figures/indicator-rollup.ts).
 */
export interface RateRollupRow {
  committeeId: number;
  indicatorId: number;
  year: number;
  numerator: number;
  denominator: number;
  unitCount: number;
  submittedCount: number;
}
