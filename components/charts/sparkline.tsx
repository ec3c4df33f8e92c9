// A small trend line of the term's years, with the threshold or plan level as a thin dashed line.
// Plain server-rendered SVG, not recharts: a dashboard draws one per target card, and rendering a recharts
// chart on the server cost more CPU than the rest of the page (bench/results: pages/s of one app process).
import { CHART_COLORS, chartFigureProps } from "./theme";

const WIDTH = 320;
const HEIGHT = 48;
const PAD = 4;

export function Sparkline({ values, reference, label }: { values: (number | null)[]; reference: number | null; label: string }) {
  const known = values.filter((v): v is number => v !== null);
  const range = [...known, ...(reference !== null ? [reference] : [])];
  const lo = range.length > 0 ? Math.min(...range) : 0;
  const hi = range.length > 0 ? Math.max(...range) : 1;
  const span = hi - lo || Math.abs(hi) || 1;
  // Flat data sits mid-height rather than on an edge.
  const y = (v: number) => (hi === lo ? HEIGHT / 2 : PAD + (1 - (v - lo) / span) * (HEIGHT - 2 * PAD));
  const x = (i: number) => (values.length <= 1 ? WIDTH / 2 : PAD + (i / (values.length - 1)) * (WIDTH - 2 * PAD));
  const points = values.flatMap((v, i) => (v === null ? [] : [`${x(i).toFixed(1)},${y(v).toFixed(1)}`]));
  return (
    <figure {...chartFigureProps(label)} style={{ height: HEIGHT }} className="chart w-full">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" width="100%" height={HEIGHT} aria-hidden="true">
        {reference !== null && (
          <line x1={0} x2={WIDTH} y1={y(reference)} y2={y(reference)} stroke={CHART_COLORS.reference} strokeDasharray="3 3" vectorEffect="non-scaling-stroke" />
        )}
        {points.length > 1 && (
          <polyline points={points.join(" ")} fill="none" stroke={CHART_COLORS.value} strokeWidth={2} vectorEffect="non-scaling-stroke" />
        )}
        {/* Dots as round-capped lines: they stay round however the chart is stretched. Not of zero length: a
            PDF (the printed dashboard) drops those, and a one-year trend would print empty. */}
        {values.map((v, i) => v !== null && (
          <line key={i} x1={x(i)} x2={x(i) + 0.01} y1={y(v)} y2={y(v)} stroke={CHART_COLORS.value} strokeWidth={5} strokeLinecap="round" vectorEffect="non-scaling-stroke" />
        ))}
      </svg>
    </figure>
  );
}
