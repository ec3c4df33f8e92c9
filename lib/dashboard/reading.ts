// Pure: a target's standing in words, the same on its card, its page and the comparison grid: the value against
// the plan or target, the attainment, the path's value, and whether the numbers are still provisional.
import type { Locale } from "@/lib/i18n/locales";
import { messageTranslator } from "@/lib/i18n/translator";
import { formatPercentOfPlan } from "@/lib/progress";
import type { Evaluation } from "./evaluate";
import { formatIndicatorValue, formatRequiredValue, formatThreshold } from "./format";
import type { TargetDef } from "./types";

export interface TargetReading {
  /** "547/700 đảng viên", "Năm 2026: 80%/100% (đến 2030)", "Năm 2026: 95,56% (chỉ tiêu từ 95% trở lên)". */
  headline: string;
  /** "Đạt 78,14% kế hoạch"; for a yearly rate with the years met. */
  attainment: string | null;
  /** What the straight path expects: "Lộ trình năm 2026: 84%". */
  path: string | null;
  /** Set while a year behind the numbers is still being reported. */
  provisional: string | null;
  /** The status word, marked "(tạm tính)" when the status itself rests on a partial year. */
  status: string;
}

/** The status word, marked "(tạm tính)" when the status rests on a year not every unit has submitted. */
export function statusText({ progress: p, planApplies }: Evaluation, locale: Locale): string {
  const word = messageTranslator(locale, "status")(planApplies ? p.status : "NO_PLAN");
  return planApplies && p.provisional && !p.provisional.setAside ? messageTranslator(locale, "dashboard")("provisionalStatus", { status: word }) : word;
}

export function readTarget(target: TargetDef, evaluation: Evaluation, locale: Locale, reviewYear: number, termEndYear: number): TargetReading {
  const t = messageTranslator(locale, "dashboard");
  const { progress: p, planApplies } = evaluation;
  const indicator = target.indicator;
  const value = (v: number | null) => formatIndicatorValue(v, indicator, locale);
  const required = (v: number | null) => formatRequiredValue(v, indicator, locale, target.comparator);
  const year = p.judgedYear ?? reviewYear;
  const percent = p.percentOfPlan === null ? null : t("percentOfPlan", { percent: formatPercentOfPlan(p.percentOfPlan, locale) });
  const provisional = p.provisional ?? null;
  const reading: TargetReading = {
    headline: t("latest", { year, value: value(p.actual) }),
    attainment: null,
    path: null,
    provisional: provisional && t(provisional.setAside ? "setAside" : "provisional", { year: provisional.year, ...provisional.coverage, value: value(provisional.value) }),
    status: statusText(evaluation, locale),
  };
  if (!planApplies) return { ...reading, headline: t("contribution", { value: value(p.actual) }) };
  if (p.actual === null) return reading;
  switch (target.kind) {
    case "TERM_CUMULATIVE":
      reading.headline = t("valueVsPlan", { value: formatIndicatorValue(p.actual, indicator, locale, false), plan: value(p.plan) });
      reading.attainment = percent;
      if (p.expectedValue != null && p.status !== "ACHIEVED" && p.status !== "EXCEEDED") reading.path = t("pathByNow", { year: reviewYear, value: required(p.expectedValue) });
      break;
    case "LEVEL_BY_DEADLINE":
      reading.headline = t("levelVsTarget", { year, value: value(p.actual), target: value(p.plan), deadline: target.deadlineYear ?? termEndYear });
      reading.attainment = percent;
      if (p.expectedValue != null) reading.path = t("pathFor", { year, value: required(p.expectedValue) });
      break;
    case "ANNUAL_RATE": {
      reading.headline = t("annualVsThreshold", { year, value: value(p.actual), threshold: formatThreshold(p.plan, indicator, locale, target.comparator) });
      const reported = p.years.filter((y) => y.met !== null);
      const met = reported.filter((y) => y.met === true).length;
      reading.attainment = percent && `${percent} (${t("yearsMet", { met, reported: reported.length })})`;
      break;
    }
  }
  return reading;
}
