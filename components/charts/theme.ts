// One theme for every chart: colours that read in print and for colour-blind users (with dashes and shapes
// carrying meaning too), and the locale's number format on axes and in tooltips.
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

export const CHART_COLORS = {
  value: "#1d4ed8",
  reference: "#b91c1c",
  forecast: "#6b7280",
  grid: "#e7e5e4",
  axis: "#57534e",
} as const;

export function numberTick(locale: Locale, decimals = 1) {
  return (value: number) => formatNumber(value, locale, decimals);
}
