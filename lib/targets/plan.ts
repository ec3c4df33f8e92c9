// Pure: how a target's plan reads in a table ("từ 95% trở lên", "700 đảng viên", "không quá 1%").
import { formatNumber, formatThresholdWords } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

export interface PlanInput {
  kind: string;
  comparator: "GTE" | "LTE";
  targetValue: number | null;
  unitVi: string | null;
  unitEn: string | null;
}

export function describePlan(target: PlanInput, locale: Locale): string {
  if (target.kind === "QUALITATIVE" || target.targetValue === null) return "—";
  const unit = (locale === "vi" ? target.unitVi : target.unitEn) ?? "";
  const value = formatNumber(target.targetValue, locale);
  const amount = unit === "%" ? `${value}%` : unit ? `${value} ${unit}` : value;
  // "từ 100% trở lên" says nothing "100%" does not; a cumulative plan is an amount to reach.
  const reachOnly = target.comparator === "GTE" && (target.kind === "TERM_CUMULATIVE" || (unit === "%" && target.targetValue === 100));
  if (reachOnly) return amount;
  return formatThresholdWords(amount, target.comparator, locale);
}
