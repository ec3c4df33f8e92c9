// What computeProgress hands each kind's calculator once the input is cleaned, plus row helpers they share.
import { meetsTarget } from "./comparator";
import type { Assessment, Comparator, Completeness, TargetSpec, TermSpan, YearResult, YearValue } from "./types";

export interface KindInput {
  target: TargetSpec;
  term: TermSpan;
  reviewYear: number;
  /** Elapsed term years, oldest first; empty before the term starts. */
  years: readonly number[];
  /** Cleaned values of those years only (see collectYearValues). */
  byYear: ReadonlyMap<number, YearValue>;
  termOver: boolean;
  assessment: Assessment | null;
}

/** One row per elapsed year; `met` compares the year's value with its expectation under the comparator. */
export function buildYearRows(
  input: KindInput,
  expectedOf: (year: number) => number | null,
  comparator: Comparator = input.target.comparator,
): YearResult[] {
  return input.years.map((year) => {
    const entry = input.byYear.get(year);
    const value = entry?.value ?? null;
    const expected = expectedOf(year);
    const met = value === null || expected === null ? null : meetsTarget(value, expected, comparator);
    const row: YearResult = { year, value, expected, met };
    if (entry?.completeness) row.completeness = entry.completeness;
    return row;
  });
}

export function missingYearsOf(rows: readonly YearResult[]): number[] {
  return rows.filter((row) => row.value === null).map((row) => row.year);
}

/** Rows that carry a value, typed so callers need no non-null assertions. */
export function rowsWithData(rows: readonly YearResult[]): (YearResult & { value: number })[] {
  return rows.filter((row): row is YearResult & { value: number } => row.value !== null);
}

/** A year some expected units have not submitted yet; a year without a completeness count is taken as whole. */
export function isPartial(completeness: Completeness | undefined): boolean {
  return completeness !== undefined && completeness.expected > 0 && completeness.reporting < completeness.expected;
}
