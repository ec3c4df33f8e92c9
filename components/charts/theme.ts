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

/**
 * The accessible frame of every chart, recharts or plain SVG: one image with a name, and (where the page has one)
 * the table of the same data as its text alternative. The SVG inside is hidden from assistive technology and never
 * focusable (an image's content is presentational): recharts' keyboard layer is turned off with `CHART_SVG_PROPS`.
 */
export function chartFigureProps(label: string, describedBy?: string) {
  return { role: "img", "aria-label": label, "aria-describedby": describedBy } as const;
}

/** Props for a recharts chart inside `chartFigureProps`: no role="application", no tab stop. */
export const CHART_SVG_PROPS = { accessibilityLayer: false } as const;
