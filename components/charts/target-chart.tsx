"use client";
// The target detail chart: yearly bars against the threshold (annual rates), a running total against the
// plan path with a dashed forecast (cumulative), or yearly values against the path to the target (by deadline).
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartPoint } from "@/lib/dashboard/chart-data";
import type { Locale } from "@/lib/i18n/locales";
import { ChartFrame } from "./chart-frame";
import { CHART_COLORS, CHART_SVG_PROPS, numberTick } from "./theme";

export interface TargetChartProps {
  kind: "ANNUAL_RATE" | "TERM_CUMULATIVE" | "LEVEL_BY_DEADLINE";
  points: ChartPoint[];
  threshold: number | null;
  locale: Locale;
  label: string;
  /** The id of the table of the same years (the chart's text alternative). */
  describedBy?: string;
  names: { value: string; reference: string; forecast: string };
  /** The threshold as the report writes it ("95%"), for the line's label. */
  thresholdLabel?: string;
}

export function TargetChart({ kind, points, threshold, locale, label, describedBy, names, thresholdLabel }: TargetChartProps) {
  const tick = numberTick(locale);
  const format = (value: unknown) => (typeof value === "number" ? tick(value) : String(value ?? "—"));
  return (
    <ChartFrame label={label} describedBy={describedBy} height={300}>
      <ComposedChart {...CHART_SVG_PROPS} data={points} margin={{ top: 16, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="year" stroke={CHART_COLORS.axis} />
        <YAxis stroke={CHART_COLORS.axis} tickFormatter={tick} width={64} domain={[0, "auto"]} />
        <Tooltip formatter={format} />
        <Legend />
        {kind === "ANNUAL_RATE" ? (
          <>
            <Bar dataKey="value" name={names.value} fill={CHART_COLORS.value} isAnimationActive={false} />
            {threshold !== null && (
              <ReferenceLine y={threshold} stroke={CHART_COLORS.reference} strokeWidth={2} strokeDasharray="6 3"
                label={{ value: `${names.reference} ${thresholdLabel ?? tick(threshold)}`, position: "insideTopRight", fill: CHART_COLORS.reference }} />
            )}
          </>
        ) : (
          <>
            <Line dataKey="reference" name={names.reference} stroke={CHART_COLORS.reference} strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
            <Line dataKey="value" name={names.value} stroke={CHART_COLORS.value} strokeWidth={3} dot={{ r: 4 }} isAnimationActive={false} />
            <Line dataKey="forecast" name={names.forecast} stroke={CHART_COLORS.forecast} strokeWidth={2} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
          </>
        )}
      </ComposedChart>
    </ChartFrame>
  );
}
