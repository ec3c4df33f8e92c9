// Pure: a parent's overdue units for a year, from its completeness: not started or drafting after their entry
// deadline (extension counted), or submitted and not approved after the approval deadline; with days late, sorted,
// and as a formula-safe CSV or XLSX.
import { z } from "zod";
import type { UnitProgress } from "@/lib/figures/completeness";
import { daysLate } from "@/lib/figures/write-rules";
import { writeCsv, writeXlsxSheets, type OutSheet } from "@/lib/imports/table";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

export interface OverdueUnit {
  unit: UnitProgress;
  /** The deadline missed ("YYYY-MM-DD"): entry for a unit not submitted, approval for one awaiting approval. */
  missed: string;
  daysLate: number;
}

export const OVERDUE_SORTS = ["late", "unit", "status"] as const;
export const overdueSortSchema = z.enum(OVERDUE_SORTS).catch("late");
export type OverdueSort = (typeof OVERDUE_SORTS)[number];

const STATUS_ORDER = { NOT_STARTED: 0, DRAFT: 1, SUBMITTED: 2, APPROVED: 3 } as const;

export function overdueUnits(units: UnitProgress[], today: string, sort: OverdueSort = "late"): OverdueUnit[] {
  const late: OverdueUnit[] = [];
  for (const unit of units) {
    const missed = unit.status === "SUBMITTED" ? unit.approvalDeadline : unit.status === "APPROVED" ? null : unit.deadline;
    if (missed !== null && today > missed) late.push({ unit, missed, daysLate: daysLate(missed, today) });
  }
  const byCode = (a: OverdueUnit, b: OverdueUnit) => a.unit.code.localeCompare(b.unit.code, "en", { numeric: true });
  const order: Record<OverdueSort, (a: OverdueUnit, b: OverdueUnit) => number> = {
    late: (a, b) => b.daysLate - a.daysLate || byCode(a, b),
    unit: byCode,
    status: (a, b) => STATUS_ORDER[a.unit.status] - STATUS_ORDER[b.unit.status] || b.daysLate - a.daysLate || byCode(a, b),
  };
  return late.sort(order[sort]);
}

/** The list as one sheet: code, unit, status, the deadline missed, days late (a number). Names escaped on writing. */
export function overdueSheet(rows: OverdueUnit[], locale: Locale, headers: string[], status: (s: UnitProgress["status"]) => string, name = "Sheet1"): OutSheet {
  return {
    name, header: headers,
    rows: rows.map((r) => [
      r.unit.code, locale === "en" && r.unit.nameEn ? r.unit.nameEn : r.unit.name, status(r.unit.status),
      formatDate(new Date(`${r.missed}T00:00:00Z`), locale), r.daysLate,
    ]),
  };
}

export function renderOverdueCsv(rows: OverdueUnit[], locale: Locale, headers: string[], status: (s: UnitProgress["status"]) => string): string {
  return writeCsv(overdueSheet(rows, locale, headers, status), locale).toString("utf8");
}

export function renderOverdueXlsx(rows: OverdueUnit[], locale: Locale, headers: string[], status: (s: UnitProgress["status"]) => string, name: string): Promise<Buffer> {
  return writeXlsxSheets([overdueSheet(rows, locale, headers, status, name)]);
}
