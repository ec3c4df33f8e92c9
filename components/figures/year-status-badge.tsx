import type { YearStatus } from "@/lib/figures/types";

const STYLE: Record<YearStatus, string> = {
  NOT_STARTED: "bg-stone-100 text-stone-700 border-stone-300",
  DRAFT: "bg-amber-50 text-amber-900 border-amber-300",
  SUBMITTED: "bg-blue-50 text-blue-900 border-blue-300",
  APPROVED: "bg-green-50 text-green-900 border-green-400",
};

/** A committee-year's status as a labelled pill; the text carries the meaning, colour only helps. */
export function StatusBadge({ status, label }: { status: YearStatus; label: string }) {
  return <span className={`inline-block whitespace-nowrap rounded-full border px-2.5 py-0.5 text-sm font-medium ${STYLE[status]}`}>{label}</span>;
}
