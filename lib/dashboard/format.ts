// Pure: how a target's numbers read on cards and tables ("547/700", "96,28%", "806 đảng viên").
import { formatNumber, formatPercent, formatThresholdWords } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { ceilToDecimals, floorToDecimals, type Comparator } from "@/lib/progress";
import type { IndicatorDef } from "./types";

/** A value as entered or summed: counts of people and organizations whole, rates with two decimals. */
export function formatIndicatorValue(value: number | null, indicator: IndicatorDef | null, locale: Locale, withUnit = true): string {
  if (value === null) return "—";
  if (!indicator) return formatNumber(value, locale);
  const unit = locale === "vi" ? indicator.unitVi : indicator.unitEn;
  if (unit === "%") return formatPercent(value, locale, 2);
  const number = formatNumber(value, locale, indicator.whole ? 0 : 2);
  return withUnit ? `${number} ${unit}` : number;
}

/**
 * A level a target asks for (the path's value for a year, a yearly share of the plan): whole people rounded
 * towards the stricter side, so "mức cần đạt 668 đảng viên", never 667,17, and never less than the plan needs.
 */
export function formatRequiredValue(value: number | null, indicator: IndicatorDef | null, locale: Locale, comparator: Comparator, withUnit = true): string {
  if (value === null || !indicator?.whole) return formatIndicatorValue(value, indicator, locale, withUnit);
  const whole = comparator === "GTE" ? ceilToDecimals(value, 0) : floorToDecimals(value, 0);
  return formatIndicatorValue(whole, indicator, locale, withUnit);
}

/** A threshold in the Party's words: ≥ "từ 95% trở lên", ≤ "không quá 1%" ("trên" would mean >). */
export function formatThreshold(value: number | null, indicator: IndicatorDef | null, locale: Locale, comparator: Comparator): string {
  if (value === null) return "—";
  const amount = formatRequiredValue(value, indicator, locale, comparator);
  // "từ 100% trở lên" says nothing "100%" does not.
  if (comparator === "GTE" && value === 100 && indicator?.unitVi === "%") return amount;
  return formatThresholdWords(amount, comparator, locale);
}
