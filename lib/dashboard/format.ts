// Pure: how a target's numbers read on cards and tables ("547/700", "96,28%", "806 đảng viên").
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { IndicatorDef } from "./types";

export function formatIndicatorValue(value: number | null, indicator: IndicatorDef | null, locale: Locale, withUnit = true): string {
  if (value === null) return "—";
  if (!indicator) return formatNumber(value, locale);
  const unit = locale === "vi" ? indicator.unitVi : indicator.unitEn;
  if (unit === "%") return formatPercent(value, locale, 2);
  return withUnit ? `${formatNumber(value, locale)} ${unit}` : formatNumber(value, locale);
}
