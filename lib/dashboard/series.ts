// Pure: an indicator's yearly values for one committee from its stored rollup rows, as ratios of sums
// (never averages of rates), each with the completeness of the data behind it.
import type { Completeness, YearValue } from "@/lib/progress";
import type { IndicatorDef, RateRollupRow, RollupRow } from "./types";

/**
 * A plain sum adds its elements' rollups. A rate reads its own rollup (`rates`): Σ numerator × scale ÷
 * Σ denominator over the units that entered every part of it that year, so a unit with the members assessed in
 * but the ratings not yet stays out instead of pulling the rate down.
 *
 * Completeness of a year: units that submitted (for a rate, submitted every part), over the units that report the
 * indicator's base element (its denominator, else its numerator) in the term's fullest year. The fullest year
 * stands for "units expected" because the stored rollup knows who reported, not who should have; a unit that
 * never reported in the term is therefore not counted as missing.
 */
export function indicatorYears(indicator: IndicatorDef, rows: RollupRow[], years: number[], rates: RateRollupRow[]): YearValue[] {
  const byKey = new Map(rows.map((r) => [`${r.dataElementId}:${r.year}`, r]));
  const base = indicator.denominator[0] ?? indicator.numerator[0];
  const expected = Math.max(0, ...years.map((y) => byKey.get(`${base}:${y}`)?.unitCount ?? 0));
  const isRate = indicator.denominator.length > 0;
  const rateOf = new Map(rates.filter((r) => r.indicatorId === indicator.id).map((r) => [r.year, r]));

  return years.map((year): YearValue => {
    if (isRate) {
      const rate = rateOf.get(year);
      // part × scale ÷ whole keeps exact cases exact (547 × 100 ÷ 700, not 547 ÷ 700 × 100).
      const value = rate && rate.denominator > 0 ? (rate.numerator * indicator.scale) / rate.denominator : null;
      return { year, value, completeness: { reporting: rate?.submittedCount ?? 0, expected } };
    }
    let total = 0;
    let found = false;
    for (const e of indicator.numerator) {
      const row = byKey.get(`${e}:${year}`);
      if (row) {
        total += row.value;
        found = true;
      }
    }
    const completeness: Completeness = { reporting: byKey.get(`${base}:${year}`)?.submittedCount ?? 0, expected };
    return { year, value: found ? total * indicator.scale : null, completeness };
  });
}
