// Pure: the years of a term and which one a dashboard opens on.
import type { RollupRow } from "./types";

export function termYears(term: { startYear: number; endYear: number }): number[] {
  return Array.from({ length: term.endYear - term.startYear + 1 }, (_, i) => term.startYear + i);
}

/**
 * The default review year: the latest term year (not after this year) whose figures are complete — every
 * data element reported by as many units as in its fullest year — so a half-entered current year does not
 * show as a collapse. Falls back to the latest year with any figure, then to the term's first year.
 */
export function defaultReviewYear(rows: RollupRow[], term: { startYear: number; endYear: number }, now = new Date()): number {
  const cap = Math.min(term.endYear, now.getFullYear());
  const fullest = new Map<number, number>();
  for (const r of rows) fullest.set(r.dataElementId, Math.max(fullest.get(r.dataElementId) ?? 0, r.unitCount));
  const years = [...new Set(rows.map((r) => r.year))].filter((y) => y <= cap).sort((a, b) => b - a);
  const complete = years.find((y) => rows.every((r) => r.year !== y || r.unitCount >= fullest.get(r.dataElementId)!));
  return complete ?? years[0] ?? Math.max(term.startYear, Math.min(cap, term.endYear));
}
