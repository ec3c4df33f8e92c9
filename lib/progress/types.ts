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
  /**
   * The indicator is a stock (members at year end, organizations): a plain sum over units, not a rate. A year
   * still being reported is then a partial total that would read as a collapse, so a level target sets such a
   * year aside and is judged on its latest complete year.
   */
  stock?: boolean;
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

/** A year not every unit has submitted, which the numbers draw on (or, for a stock, set aside). */
export interface Provisional {
  year: number;
  coverage: Completeness;
  /** A stock's partial year: shown beside the verdict, which stands on the latest complete year. */
  setAside: boolean;
  /** The partial year's own value, for showing it beside the verdict. */
  value: number | null;
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
  /** The projection is within ON_TRACK_MAX_GAP of the target (the same band as the status). */
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
  /** Value the straight path expects for the year `actual` belongs to (the threshold for an annual rate). */
  expectedValue?: number | null;
  /** Year of `actual` for levels and rates (the latest judged year); the review year for sums. */
  judgedYear?: number | null;
  /** Set when a number above comes from a year not every unit has submitted. */
  provisional?: Provisional | null;
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
  /** ON_TRACK ("đang trong lộ trình thực hiện"). */
  onTrack: number;
  /** AT_RISK, OFF_TRACK or NOT_ACHIEVED: the targets a review must explain. */
  lagging: number;
  /** Lowest unrounded % of plan among the lagging targets that have one; null if none has. */
  lowestPercentOfLagging: number | null;
  byStatus: Record<ProgressStatus, number>;
  /** Targets whose numbers draw on a year still being reported, and the least complete such year. */
  provisional: number;
  leastCoverage: (Completeness & { year: number }) | null;
}

/** Units for the pace sentence: "đảng viên" / "members"; decimals shown (0 for counts). */
export interface PaceUnits {
  unitVi: string;
  unitEn: string;
  decimals?: number;
}
