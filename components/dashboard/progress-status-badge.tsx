import type { ProgressStatus } from "@/lib/progress";

export type BadgeStatus = ProgressStatus | "NO_PLAN";

// Colour plus a word plus a mark, so the status reads without colour and in black-and-white print.
const STYLES: Record<BadgeStatus, { className: string; mark: string }> = {
  EXCEEDED: { className: "bg-green-800 text-white", mark: "▲" },
  ACHIEVED: { className: "bg-green-100 text-green-900 ring-1 ring-green-700", mark: "✓" },
  ON_TRACK: { className: "bg-blue-100 text-blue-900 ring-1 ring-blue-700", mark: "→" },
  AT_RISK: { className: "bg-amber-100 text-amber-900 ring-1 ring-amber-600", mark: "!" },
  OFF_TRACK: { className: "bg-red-100 text-red-900 ring-1 ring-red-700", mark: "▼" },
  NOT_ACHIEVED: { className: "bg-red-800 text-white", mark: "✗" },
  NO_DATA: { className: "bg-stone-100 text-stone-700 ring-1 ring-stone-400", mark: "–" },
  NO_PLAN: { className: "bg-stone-50 text-stone-600 ring-1 ring-stone-300", mark: "·" },
};

export function StatusBadge({ status, label }: { status: BadgeStatus; label: string }) {
  const style = STYLES[status];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-sm font-semibold ${style.className}`}>
      <span aria-hidden="true">{style.mark}</span>
      {label}
    </span>
  );
}

export const STATUS_CELL: Record<BadgeStatus, string> = {
  EXCEEDED: "bg-green-700 text-white",
  ACHIEVED: "bg-green-100 text-green-950",
  ON_TRACK: "bg-blue-100 text-blue-950",
  AT_RISK: "bg-amber-200 text-amber-950",
  OFF_TRACK: "bg-red-200 text-red-950",
  NOT_ACHIEVED: "bg-red-800 text-white",
  NO_DATA: "bg-stone-100 text-stone-700",
  NO_PLAN: "bg-white text-stone-700",
};
