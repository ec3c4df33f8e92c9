// Pure: the results table and the yearly figures behind it, written with the dashboard's own formatters so a
// number in the report reads exactly as on the target's card ("547/700", "78,14%", "94,8%").
import type { Evaluation } from "@/lib/dashboard/evaluate";
import { formatIndicatorValue, formatThreshold } from "@/lib/dashboard/format";
import { statusText } from "@/lib/dashboard/reading";
import type { TargetDef } from "@/lib/dashboard/types";
import type { Locale } from "@/lib/i18n/locales";
import { formatPercentOfPlan, type TargetProgress, type TermSpan } from "@/lib/progress";
import { revisionNote } from "@/lib/targets/revision-text";
import type { ReportWords } from "./messages";
import type { ResultRow, YearFigure } from "./types";
import { targetTitle } from "@/lib/targets/title";

export interface RowContext {
  locale: Locale;
  words: ReportWords;
  term: TermSpan;
  reviewYear: number;
}

export function titleOf(target: TargetDef, locale: Locale): string {
  return targetTitle(target, locale);
}

export function unitOf(target: TargetDef, locale: Locale): string {
  if (!target.indicator) return "";
  return locale === "en" ? target.indicator.unitEn : target.indicator.unitVi;
}

/** The year the value of a rate or level belongs to (a stock's year still being reported is set aside). */
export function latestYearOf(progress: TargetProgress): number | null {
  return progress.judgedYear ?? [...progress.years].reverse().find((y) => y.value !== null)?.year ?? null;
}

export function planText(target: TargetDef, context: RowContext): string {
  const { locale, words, term } = context;
  if (target.targetValue === null || !target.indicator) return "—";
  const value = formatIndicatorValue(target.targetValue, target.indicator, locale);
  const threshold = formatThreshold(target.targetValue, target.indicator, locale, target.comparator);
  switch (target.kind) {
    case "ANNUAL_RATE":
      return words.t("plan.annual", { threshold });
    case "TERM_CUMULATIVE":
      return target.comparator === "LTE" ? threshold : value;
    case "LEVEL_BY_DEADLINE":
      return words.t("plan.level", { value, deadline: target.deadlineYear ?? term.endYear });
    case "QUALITATIVE":
      return "—";
  }
}

export function resultText(target: TargetDef, progress: TargetProgress, context: RowContext): string {
  const { locale, words } = context;
  if (progress.actual === null || !target.indicator) return "—";
  if (target.kind === "TERM_CUMULATIVE") {
    // "547/700": the unit is in the plan column beside it.
    return `${formatIndicatorValue(progress.actual, target.indicator, locale, false)}/${formatIndicatorValue(progress.plan, target.indicator, locale, false)}`;
  }
  const year = latestYearOf(progress);
  const value = formatIndicatorValue(progress.actual, target.indicator, locale);
  return year === null ? value : words.t("result.latest", { value, year });
}

/** Short remarks for the table's last column: years met, missed years, missing or partial data. */
export function noteCell(target: TargetDef, progress: TargetProgress, context: RowContext): string {
  const { locale, words } = context;
  const value = (v: number | null) => formatIndicatorValue(v, target.indicator, locale);
  const parts: string[] = [];
  // Which version of an amended target the row measures ("… (phiên bản 2, từ năm 2027)").
  const revised = revisionNote(target.revision, locale);
  if (revised) parts.push(revised);
  if (target.kind === "ANNUAL_RATE") {
    const reported = progress.years.filter((y) => y.met !== null);
    const missed = reported.filter((y) => y.met === false);
    if (reported.length > 0) parts.push(words.t("cell.yearsMet", { met: reported.length - missed.length, reported: reported.length }));
    if (missed.length > 0) {
      parts.push(words.t("cell.missed", { years: missed.map((y) => words.t("cell.missedYear", { year: y.year, value: value(y.value) })).join(", ") }));
    }
  }
  parts.push(...dataRemarks(progress, context));
  return parts.map((p, i) => (i === 0 ? p : lowerFirst(p, locale))).join("; ");
}

/** A clause that goes on after a semicolon or colon starts in lower case: "2/3 năm đạt; năm không đạt: …". */
export function lowerFirst(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
}

/** Years without figures and years not every unit has submitted: what a reader must know about the data. */
export function dataRemarks(progress: TargetProgress, context: RowContext): string[] {
  const { words } = context;
  const remarks: string[] = [];
  if (progress.kind === "QUALITATIVE") return remarks;
  const missing = progress.missingYears ?? [];
  if (missing.length > 0) remarks.push(words.t("cell.missing", { years: missing.join(", ") }));
  for (const y of progress.years) {
    const c = y.completeness;
    if (y.value !== null && c && c.expected > 0 && c.reporting < c.expected) {
      remarks.push(words.t("cell.partial", { year: y.year, reporting: c.reporting, expected: c.expected }));
    }
  }
  return remarks;
}

export function resultRow(target: TargetDef, evaluation: Evaluation, context: RowContext): ResultRow {
  const { progress } = evaluation;
  return {
    no: String(target.position),
    target: titleOf(target, context.locale),
    plan: planText(target, context),
    result: resultText(target, progress, context),
    percent: progress.percentOfPlan === null ? "—" : formatPercentOfPlan(progress.percentOfPlan, context.locale),
    // As on the card: "(tạm tính)" when the status rests on a partial year (reports are of a committee's own resolution).
    status: statusText(evaluation, context.locale),
    note: noteCell(target, progress, context),
    statusCode: progress.status,
  };
}

/** Every year of a target up to the review year, unrounded, for the spreadsheet's second sheet. */
export function yearFigures(target: TargetDef, evaluation: Evaluation, context: RowContext): YearFigure[] {
  if (!target.indicator) return [];
  const { words, locale } = context;
  return evaluation.progress.years.map((y) => ({
    no: String(target.position),
    target: titleOf(target, locale),
    unit: unitOf(target, locale),
    year: y.year,
    value: y.value,
    expected: y.expected,
    met: words.t(y.met === null ? "met.unknown" : y.met ? "met.yes" : "met.no"),
    reporting: y.completeness?.reporting ?? null,
    expectedUnits: y.completeness?.expected ?? null,
  }));
}
