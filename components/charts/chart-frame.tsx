"use client";
// Themed wrapper: fixed height, responsive width, and a text alternative for screen readers.
import { ResponsiveContainer } from "recharts";
import { chartFigureProps } from "./theme";

/** `describedBy`: the id of the table with the chart's data, read as its text alternative. */
export function ChartFrame({ label, describedBy, height, children }: { label: string; describedBy?: string; height: number; children: React.ReactElement }) {
  return (
    <figure {...chartFigureProps(label, describedBy)} style={{ height }} className="chart w-full">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height }}>
        {children}
      </ResponsiveContainer>
    </figure>
  );
}
