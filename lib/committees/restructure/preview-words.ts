// Pure: what a restructuring preview tells a person, in counts and changes they recognise: units and accounts that
// move, and the committees above whose totals change, with the change that matters most and by how much.
import type { RestructureReport, TotalChange } from "./execute";

export interface PreviewCounts {
  units: number;
  /** Accounts whose scope follows the unit to its new place. */
  accounts: number;
  /** Committees above the units involved whose stored totals change. */
  totals: number;
}

export function previewCounts(report: Pick<RestructureReport, "units" | "accounts" | "totals">): PreviewCounts {
  return {
    units: report.units.length,
    accounts: report.accounts.filter((a) => a.to !== null).length,
    totals: report.totals.filter((t) => t.changed.length > 0).length,
  };
}

/** The difference a change makes (after − before; a missing side counts as 0). */
export function totalDelta(change: TotalChange): number {
  return Number(change.after ?? 0) - Number(change.before ?? 0);
}

/** The change to name first: the latest year's, largest in size. */
export function headlineChange(changes: TotalChange[]): TotalChange | null {
  return [...changes].sort((a, b) => b.year - a.year || Math.abs(totalDelta(b)) - Math.abs(totalDelta(a)))[0] ?? null;
}
