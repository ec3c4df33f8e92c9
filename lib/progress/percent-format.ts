// A % of plan as every screen, sentence and export shows it.
import { formatPercent } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { roundForDisplay } from "./rounding";
import { DISPLAY_PERCENT_DECIMALS } from "./thresholds";

/** roundForDisplay (half away from zero, never across 100), then the locale's format: "78,14%" / "78.14%". */
export function formatPercentOfPlan(percent: number, locale: Locale, decimals = DISPLAY_PERCENT_DECIMALS): string {
  return formatPercent(roundForDisplay(percent, decimals), locale, decimals);
}
