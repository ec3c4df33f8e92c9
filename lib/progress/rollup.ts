// Subtree arithmetic for rolled-up figures. Rates are always ratios of sums: averaging the units' rates would
// give a cell of 5 members the weight of a committee of 500.
import type { Completeness, RatioRow, UnitSum } from "./types";

function isPresent(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** Sum of the units' values; missing units are skipped, not counted as 0, and reported in `reporting`. */
export function sumUnits(values: readonly (number | null | undefined)[]): UnitSum {
  let sum = 0;
  let reporting = 0;
  for (const value of values) {
    if (!isPresent(value)) continue;
    sum += value;
    reporting += 1;
  }
  return { sum, reporting };
}

/**
 * Numerator and denominator summed over the rows that have both: a unit that entered members rated well but
 * not members assessed would otherwise inflate the rate. Null parts when no row is complete. Rolling up a
 * group's rows with this and then taking ratioOfSums over the groups equals ratioOfSums over all rows.
 */
export function sumRatioRows(rows: readonly RatioRow[]): RatioRow {
  let numerator = 0;
  let denominator = 0;
  let complete = 0;
  for (const row of rows) {
    if (!isPresent(row.numerator) || !isPresent(row.denominator)) continue;
    numerator += row.numerator;
    denominator += row.denominator;
    complete += 1;
  }
  return complete === 0 ? { numerator: null, denominator: null } : { numerator, denominator };
}

/** Σ numerator ÷ Σ denominator × scale (100 for %) over complete rows; null when Σ denominator is 0. */
export function ratioOfSums(rows: readonly RatioRow[], scale = 1): number | null {
  const { numerator, denominator } = sumRatioRows(rows);
  if (numerator === null || denominator === null || denominator === 0) return null;
  // Scale before dividing so exact cases stay exact (29 of 100 → 29, not 28.999…).
  const ratio = (numerator * scale) / denominator;
  return Number.isFinite(ratio) ? ratio : null;
}

/** Completeness of a parent: units reporting and units expected both add up over the parts. */
export function combineCompleteness(parts: readonly Completeness[]): Completeness {
  let reporting = 0;
  let expected = 0;
  for (const part of parts) {
    reporting += part.reporting;
    expected += part.expected;
  }
  return { reporting, expected };
}

/** Share (0..1) of the subtree's units that reported; null for a subtree that expects no units. */
export function completenessRatio(completeness: Completeness): number | null {
  return completeness.expected === 0 ? null : completeness.reporting / completeness.expected;
}

/** True once every expected unit has reported; a subtree that expects none is trivially complete. */
export function isComplete(completeness: Completeness): boolean {
  return completeness.reporting >= completeness.expected;
}
