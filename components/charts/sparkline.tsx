"use client";
import { Line, LineChart, ReferenceLine, YAxis } from "recharts";
import { ChartFrame } from "./chart-frame";
import { CHART_COLORS } from "./theme";

/** A small trend line of the term's years, with the threshold or plan level as a thin line. */
export function Sparkline({ values, reference, label }: { values: (number | null)[]; reference: number | null; label: string }) {
  const data = values.map((value, i) => ({ i, value }));
  return (
    <ChartFrame label={label} height={48}>
      <LineChart data={data} margin={{ top: 4, right: 4, bottom: 4, left: 4 }}>
        <YAxis hide domain={["auto", "auto"]} />
        {reference !== null && <ReferenceLine y={reference} stroke={CHART_COLORS.reference} strokeDasharray="3 3" ifOverflow="extendDomain" />}
        <Line type="monotone" dataKey="value" stroke={CHART_COLORS.value} strokeWidth={2} dot={{ r: 2 }} connectNulls isAnimationActive={false} />
      </LineChart>
    </ChartFrame>
  );
}
