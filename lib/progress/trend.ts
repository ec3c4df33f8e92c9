// Least-squares line through yearly points, used to project a level to its deadline. Least squares rather
// than first→latest so one odd year (a merger, a late entry) does not swing the whole projection.
import { MIN_TREND_POINTS } from "./thresholds";

export interface TrendPoint {
  year: number;
  value: number;
}

/** Fitted value of the trend at `year`; with fewer than MIN_TREND_POINTS distinct years, the mean level. */
export function projectTrend(points: readonly TrendPoint[], year: number): number | null {
  if (points.length === 0) return null;
  const n = points.length;
  const meanYear = points.reduce((s, p) => s + p.year, 0) / n;
  const meanValue = points.reduce((s, p) => s + p.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.year - meanYear) ** 2;
    sxy += (p.year - meanYear) * (p.value - meanValue);
  }
  const distinctYears = new Set(points.map((p) => p.year)).size;
  const slope = distinctYears >= MIN_TREND_POINTS && sxx > 0 ? sxy / sxx : 0;
  const projected = meanValue + slope * (year - meanYear);
  return Number.isFinite(projected) ? projected : null;
}
