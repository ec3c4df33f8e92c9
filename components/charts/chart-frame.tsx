"use client";
// Themed wrapper: fixed height, responsive width, and a text alternative for screen readers.
import { ResponsiveContainer } from "recharts";

export function ChartFrame({ label, height, children }: { label: string; height: number; children: React.ReactElement }) {
  return (
    <figure role="img" aria-label={label} style={{ height }} className="w-full">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height }}>
        {children}
      </ResponsiveContainer>
    </figure>
  );
}
