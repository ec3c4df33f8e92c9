// Pure: the paragraph a review writes about each target that is missed or at risk — where it stands, how far
// it is from the plan, and the yearly pace the rest of the term needs (the engine's paceSentence).
import type { Evaluation } from "@/lib/dashboard/evaluate";
import { formatIndicatorValue, formatRequiredValue } from "@/lib/dashboard/format";
import type { TargetDef } from "@/lib/dashboard/types";
import { formatNumber } from "@/lib/i18n/format";
import { formatPercentOfPlan, paceSentence, type ProgressStatus, type TargetProgress } from "@/lib/progress";
import { latestYearOf, titleOf, type RowContext } from "./rows";
import type { TargetNote } from "./types";

/** Statuses a review must explain; on-track and achieved targets speak through the table alone. */
export const NOTE_STATUSES: readonly ProgressStatus[] = ["AT_RISK", "OFF_TRACK", "NOT_ACHIEVED"];

export function targetNote(target: TargetDef, evaluation: Evaluation, context: RowContext): TargetNote | null {
  const { progress } = evaluation;
  if (!NOTE_STATUSES.includes(progress.status)) return null;
  const { words, locale } = context;
  const heading = words.t("note.heading", { no: target.position, title: titleOf(target, locale), status: words.status(progress.status) });
  const body = [describe(target, progress, context)];
  const pace = target.indicator ? paceSentence(progress, { unitVi: target.indicator.unitVi, unitEn: target.indicator.unitEn }, locale) : null;
  if (pace) body.push(`${pace}.`);
  return { heading, text: body.filter((s) => s !== "").join(" ") };
}

function describe(target: TargetDef, progress: TargetProgress, context: RowContext): string {
  const { words, locale, reviewYear } = context;
  const indicator = target.indicator;
  const value = (v: number | null) => formatIndicatorValue(v, indicator, locale);
  const { actual, plan, comparator = "GTE" } = progress;
  const year = latestYearOf(progress) ?? reviewYear;

  switch (target.kind) {
    case "TERM_CUMULATIVE": {
      if (actual === null || plan === null) return "";
      const percent = progress.percentOfPlan === null ? "—" : formatPercentOfPlan(progress.percentOfPlan, locale);
      if (comparator === "LTE") return words.t("note.cumulativeLimit", { year: reviewYear, value: value(actual), plan: value(plan) });
      return words.t("note.cumulative", {
        year: reviewYear,
        // "547/700, đạt 78,14%": the ratio without the unit, as reviews write it.
        ratio: `${formatNumber(actual, locale)}/${formatNumber(plan, locale)}`,
        percent,
        expected: progress.expectedValue == null ? "—" : formatRequiredValue(progress.expectedValue, indicator, locale, comparator),
        gap: gapText(Math.max(0, plan - actual), target, context),
      });
    }
    case "ANNUAL_RATE": {
      if (actual === null || plan === null) return "";
      const reported = progress.years.filter((y) => y.met !== null);
      const missed = reported.filter((y) => y.met === false);
      const misses = missed.map((y) =>
        words.t("note.missYear", { year: y.year, value: value(y.value), gap: gapText(Math.abs((y.value ?? 0) - plan), target, context), direction: comparator }),
      );
      return words.t("note.annual", {
        threshold: value(plan),
        met: reported.length - missed.length,
        reported: reported.length,
        percent: progress.percentOfPlan === null ? "—" : formatPercentOfPlan(progress.percentOfPlan, locale),
        misses: misses.length > 0 ? misses.join("; ") : "—",
        year,
        value: value(actual),
      });
    }
    case "LEVEL_BY_DEADLINE": {
      if (actual === null || plan === null) return "";
      const expected = progress.years.find((y) => y.year === year)?.expected ?? null;
      return words.t("note.level", {
        year,
        value: value(actual),
        expected: formatRequiredValue(expected, indicator, locale, comparator),
        target: value(plan),
        deadline: target.deadlineYear ?? context.term.endYear,
        gap: gapText(Math.abs(plan - actual), target, context),
        direction: comparator,
      });
    }
    case "QUALITATIVE": {
      const assessment = target.assessments.filter((a) => a.year <= reviewYear).sort((a, b) => b.year - a.year)[0];
      return assessment ? words.t("note.qualitative", { assessment: assessment.note }) : "";
    }
  }
}

/** A distance in the target's unit; for rates in percentage points, which is what a gap between two % is. */
export function gapText(amount: number, target: TargetDef, context: RowContext): string {
  const { words, locale } = context;
  if (target.indicator?.unitVi === "%") return words.t("note.points", { value: formatNumber(amount, locale, 2) });
  return formatIndicatorValue(amount, target.indicator, locale);
}
