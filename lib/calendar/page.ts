// The calendar page's reads (server only).
import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { sql } from "@/lib/db";
import { getScopedCompleteness } from "@/lib/figures/queries";
import { vietnamDate } from "@/lib/figures/write-rules";
import { overdueUnits, type OverdueSort } from "./overdue";

export interface CalendarRow { id: number; committeeId: number; committee: string; opensOn: Date; entryDeadline: Date; approvalDeadline: Date }
export interface ExtensionRow { id: number; committee: string; code: string; until: Date; reason: string }

/** The calendar page: the year's calendars and extensions within the viewer's subtree. */
export async function getCalendarPage(scopeCommitteeId: number, year: number): Promise<{ calendars: CalendarRow[]; extensions: ExtensionRow[] }> {
  const [calendars, extensions] = await Promise.all([
    sql<CalendarRow>`
      SELECT rc."id", rc."committeeId", c."name" AS "committee", rc."opensOn", rc."entryDeadline", rc."approvalDeadline"
      FROM "ReportingCalendar" rc JOIN "Committee" c ON c."id" = rc."committeeId"
      JOIN "CommitteeClosure" cc ON cc."descendantId" = rc."committeeId" AND cc."ancestorId" = ${scopeCommitteeId}::int
      WHERE rc."year" = ${year}::int ORDER BY c."code"`,
    sql<ExtensionRow>`
      SELECT x."id", c."name" AS "committee", c."code", x."until", x."reason"
      FROM "ReportingExtension" x JOIN "Committee" c ON c."id" = x."committeeId"
      JOIN "CommitteeClosure" cc ON cc."descendantId" = x."committeeId" AND cc."ancestorId" = ${scopeCommitteeId}::int
      WHERE x."year" = ${year}::int ORDER BY c."code"`,
  ]);
  return { calendars, extensions };
}

/** A parent's overdue units for a year (null: the committee is not in the viewer's scope). */
export async function getOverdue(viewer: Viewer, committeeId: number, year: number, sort: OverdueSort, now = new Date()) {
  const completeness = await getScopedCompleteness(viewer, committeeId, year);
  return completeness && overdueUnits(completeness.units, vietnamDate(now), sort);
}
