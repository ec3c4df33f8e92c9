// Pure: an indicator's yearly values for one committee from its stored rollup rows, as ratios of sums
// (never averages of rates), each with the completeness of the data behind it.
import type { Completeness, YearValue } from "@/lib/progress";
import type { IndicatorDef, RollupRow } from "./types";

/**
 * Completeness of a year: units that submitted the indicator's base element (its denominator, else its
 * numerator) over the units that report it in the term's fullest year. The fullest year stands for "units
 * expected" because the stored rollup knows who reported, not who should have; a unit that never reported in
 * the term is therefore not counted as missing.
 */
export function indicatorYears(indicator: IndicatorDef, rows: RollupRow[], years: number[]): YearValue[] {
  const byKey = new Map(rows.map((r) => [`${r.dataElementId}:${r.year}`, r]));
  const sum = (elements: number[], year: number) => {
    let total = 0;
    let found = false;
    for (const e of elements) {
      const row = byKey.get(`${e}:${year}`);
      if (row) {
        total += row.value;
        found = true;
      }
    }
    return found ? total : null;
  };
  const base = indicator.denominator[0] ?? indicator.numerator[0];
  const expected = Math.max(0, ...years.map((y) => byKey.get(`${base}:${y}`)?.unitCount ?? 0));

  return years.map((year) => {
    const numerator = sum(indicator.numerator, year);
    let value: number | null = null;
    if (indicator.denominator.length === 0) {
      value = numerator === null ? null : numerator * indicator.scale;
    } else {
      const denominator = sum(indicator.denominator, year);
      // part × scale ÷ whole keeps exact cases exact (547 × 100 ÷ 700, not 547 ÷ 700 × 100).
      value = numerator === null || !denominator ? null : (numerator * indicator.scale) / denominator;
    }
    const baseRow = base === undefined ? undefined : byKey.get(`${base}:${year}`);
    const completeness: Completeness = { reporting: baseRow?.submittedCount ?? 0, expected };
    return { year, value, completeness };
  });
}
