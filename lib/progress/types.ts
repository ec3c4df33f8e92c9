// Public types of the progress engine. Plain data only, so pages, exports and the rollup can share them
// without importing any logic.

export type TargetKind = "ANNUAL_RATE" | "TERM_CUMULATIVE" | "LEVEL_BY_DEADLINE" | "QUALITATIVE";

/** GTE: "at least" (admit ≥700 members). LTE: "at most" (≤5 disciplinary cases); inverts every comparison. */
export type Comparator = "GTE" | "LTE";

export type ProgressStatus =
  | "EXCEEDED"
  | "ACHIEVED"
  | "ON_TRACK"
  | "AT_RISK"
  | "OFF_TRACK"
  | "NOT_ACHIEVED"
  | "NO_DATA";

/** What a person records for a qualitative target (task, breakthrough). */
export type AssessmentResult = "ACHIEVED" | "ON_TRACK" | "AT_RISK" | "NOT_ACHIEVED";

/** A term, first and last year inclusive: 2020–2025 is 6 calendar years. */
export interface TermSpan {
  startYear: number;
  endYear: number;
}

export interface TargetSpec {
  kind: TargetKind;
  comparator: Comparator;
  /** Threshold (annual), plan (cumulative) or target level (by deadline). Null or 0 means "target not set". */
  targetValue: number | null;
  baselineValue?: number | null;
  baselineYear?: number | null;
  deadlineYear?: number | null;
}

/** Units of the subtree that submitted this year ÷ units in the subtree. */
export interface Completeness {
  reporting: number;
  expected: number;
}

export interface YearValue {
  year: number;
  value: number | null;
  completeness?: Completeness;
}

export interface Assessment {
  result: AssessmentResult;
  note?: string;
  /** Year the assessment was made; one made after the review year is not yet known at that review. */
  year?: number;
}

export interface YearResult {
  year: number;
  /** The year's own value (not cumulative); null where nothing was entered. */
  value: number | null;
  /** Threshold (annual), straight-path yearly share of the plan (cumulative), path level (by deadline). */
  expected: number | null;
  /** Null when the value or the expectation is unknown: a missing year is neither met nor missed. */
  met: boolean | null;
  /** Passed through from the input so screens can flag a year that not every unit has reported. */
  completeness?: Completeness;
}

export interface Forecast {
  /** Projected value at the term end (at the deadline for LEVEL_BY_DEADLINE). */
  projectedTermEnd: number;
  /** Years after the review year: to the term end, or to the deadline for LEVEL_BY_DEADLINE. */
  remainingYears: number;
  /**
   * Yearly pace the rest needs: amount a year (cumulative; for LTE the allowance a year), change a year
   * (by deadline; negative = a fall) or the threshold (annual). Null when it cannot be computed.
   */
  neededPerYear: number | null;
  onPaceToMeet: boolean;
}

export interface TargetProgress {
  kind: TargetKind;
  status: ProgressStatus;
  /** One per term year up to the review year (inclusive), value null where missing. */
  years: YearResult[];
  /** Cumulative sum, latest value, or latest rate, as fits the kind. */
  actual: number | null;
  plan: number | null;
  /** Unrounded, e.g. 78.142857… for 547/700. Round only for display (roundForDisplay). */
  percentOfPlan: number | null;
  /** Share of the plan expected by now (elapsed share of the term / straight path), in percent. */
  expectedPercent: number | null;
  forecast: Forecast | null;
  /** Copied from the target so sentences can phrase limits ("at most"); absent means GTE. */
  comparator?: Comparator;
  /** Elapsed term years without a value: not-yet-known, neither met nor missed, but worth flagging. */
  missingYears?: number[];
}

export interface ComputeProgressInput {
  target: TargetSpec;
  term: TermSpan;
  reviewYear: number;
  values: YearValue[];
  assessment?: Assessment | null;
}

export interface MidTermSummary {
  total: number;
  /** Targets EXCEEDED or ACHIEVED ("đạt và vượt"). */
  achieved: number;
  remaining: number;
  /** Lowest unrounded % of plan among the remaining targets that have one; null if none has. */
  lowestPercentOfRemaining: number | null;
  /** Remaining targets without a % of plan (no data yet, plan not set, or qualitative). */
  remainingWithoutData: number;
  byStatus: Record<ProgressStatus, number>;
}

/** Units for the pace sentence: "đảng viên" / "members"; decimals shown (0 for counts). */
export interface PaceUnits {
  unitVi: string;
  unitEn: string;
  decimals?: number;
}

export interface UnitSum {
  sum: number;
  /** Units that had a value (the rest were skipped, not counted as 0). */
  reporting: number;
}

export interface RatioRow {
  numerator: number | null;
  denominator: number | null;
}
