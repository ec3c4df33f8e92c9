// Pure: the points a target's chart draws, one per term year. Chart math lives here, tested, so the
// chart components only map data to marks.
import type { TargetProgress, TermSpan } from "@/lib/progress";
import type { TargetDef } from "./types";

export interface ChartPoint {
  year: number;
  /** The year's value (annual, by deadline) or running total (cumulative), up to the review year. */
  value: number | null;
  /** Threshold (annual), straight plan path (cumulative), path from baseline to target (by deadline). */
  reference: number | null;
  /** Dashed projection from the review year to the term end (cumulative and by-deadline targets). */
  forecast: number | null;
}

export function chartPoints(target: TargetDef, progress: TargetProgress, term: TermSpan, reviewYear: number): ChartPoint[] {
  const years = Array.from({ length: term.endYear - term.startYear + 1 }, (_, i) => term.startYear + i);
  const byYear = new Map(progress.years.map((y) => [y.year, y.value]));
  const plan = target.targetValue;

  if (target.kind === "TERM_CUMULATIVE") {
    let running = 0;
    let lastActual: number | null = null;
    const points = years.map((year, i): ChartPoint => {
      const own = byYear.get(year) ?? null;
      if (year <= reviewYear && own !== null) running += own;
      const value = year <= reviewYear && byYear.has(year) ? running : null;
      if (value !== null) lastActual = value;
      return { year, value, reference: plan === null ? null : (plan * (i + 1)) / years.length, forecast: null };
    });
    return withForecast(points, lastActual, progress, reviewYear, term.endYear);
  }

  if (target.kind === "LEVEL_BY_DEADLINE") {
    const baseYear = target.baselineYear ?? term.startYear;
    const deadline = target.deadlineYear ?? term.endYear;
    const base = target.baselineValue;
    const points = years.map((year): ChartPoint => {
      let reference: number | null = null;
      if (base !== null && plan !== null && year >= baseYear) {
        reference = year >= deadline ? plan : base + ((plan - base) * (year - baseYear)) / (deadline - baseYear);
      }
      return { year, value: year <= reviewYear ? (byYear.get(year) ?? null) : null, reference, forecast: null };
    });
    const latest = [...points].reverse().find((p) => p.value !== null)?.value ?? null;
    return withForecast(points, latest, progress, reviewYear, deadline);
  }

  return years.map((year) => ({ year, value: year <= reviewYear ? (byYear.get(year) ?? null) : null, reference: plan, forecast: null }));
}

/** A straight dashed line from the last actual point (review year) to the projected value at `endYear`. */
function withForecast(points: ChartPoint[], from: number | null, progress: TargetProgress, reviewYear: number, endYear: number) {
  const projected = progress.forecast?.projectedTermEnd;
  if (from === null || projected === undefined || endYear <= reviewYear) return points;
  return points.map((p) => {
    if (p.year < reviewYear || p.year > endYear) return p;
    return { ...p, forecast: from + ((projected - from) * (p.year - reviewYear)) / (endYear - reviewYear) };
  });
}
