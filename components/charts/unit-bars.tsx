"use client";
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { Locale } from "@/lib/i18n/locales";
import { ChartFrame } from "./chart-frame";
import { CHART_COLORS, CHART_SVG_PROPS, numberTick } from "./theme";

/** Subordinate units' values in the review year as horizontal bars, with the threshold where one applies. */
export function UnitBars({ rows, threshold, locale, label, describedBy }: {
  rows: { name: string; value: number | null }[];
  threshold: number | null;
  locale: Locale;
  label: string;
  /** The id of the table of the same units (the chart's text alternative). */
  describedBy?: string;
}) {
  const tick = numberTick(locale);
  return (
    <ChartFrame label={label} describedBy={describedBy} height={Math.max(160, rows.length * 28 + 40)}>
      <BarChart {...CHART_SVG_PROPS} data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
        <XAxis type="number" tickFormatter={tick} stroke={CHART_COLORS.axis} domain={[0, "auto"]} />
        <YAxis type="category" dataKey="name" width={220} stroke={CHART_COLORS.axis} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(v: unknown) => (typeof v === "number" ? tick(v) : "—")} />
        {threshold !== null && <ReferenceLine x={threshold} stroke={CHART_COLORS.reference} strokeDasharray="6 3" strokeWidth={2} />}
        <Bar dataKey="value" fill={CHART_COLORS.value} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
