// Completeness of a committee-year: which units of the subtree have not started, are drafting, have submitted
// or are approved. Expected to report = every unit of a reporting kind (district, grassroots committee,
// grassroots cell, cell) in force at the end of the year (a unit merged during a year reports through the
// year before; its successor reports the whole year), plus any other unit that has started the year (the
// province entering its own staffing cuts). Kinds, not past figures, decide, so a unit that never reported
// shows up as "not started" instead of being invisible.
import type { CommitteeKind } from "@/lib/generated/prisma/enums";
import type { Sql } from "@/lib/sql";
import { deadlineKey, deadlinesInForce } from "@/lib/calendar/queries";
import { entryDeadlineOf, submittedOnTime } from "./write-rules";
import { standingSubmission } from "./trace";
import type { YearStatus } from "./types";

export const REPORTING_KINDS = ["DISTRICT", "GRASSROOTS", "GRASSROOTS_CELL", "CELL"] as const satisfies readonly CommitteeKind[];

export interface UnitProgress {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  kind: CommitteeKind;
  depth: number;
  status: YearStatus;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  /** The entry deadline in force ("YYYY-MM-DD", extension counted), null without a calendar. */
  deadline: string | null;
  /** The approval deadline in force ("YYYY-MM-DD"), null without a calendar. */
  approvalDeadline: string | null;
  /** Submitted (or approved) on or before that deadline; null when not submitted or without a calendar. */
  onTime: boolean | null;
}

export interface Completeness {
  committeeId: number;
  units: UnitProgress[];
  counts: Record<YearStatus, number>;
  /** Units submitted on or before their deadline (DHIS2's reporting rate on time), and units with a deadline. */
  onTime: number;
  withDeadline: number;
}

/** The caller has checked that `committeeId` lies in the viewer's scope. */
export async function getCompleteness(sql: Sql, committeeId: number, year: number): Promise<Completeness> {
  const rows = await sql<(Omit<UnitProgress, "status" | "deadline" | "approvalDeadline" | "onTime"> & { status: YearStatus | null })>`
    SELECT c."id", c."code", c."name", c."nameEn", c."kind", cc."depth", fy."status", fy."submittedAt", fy."reviewedAt"
    FROM "CommitteeClosure" cc
    JOIN "Committee" c ON c."id" = cc."descendantId"
    LEFT JOIN "FigureYear" fy ON fy."committeeId" = c."id" AND fy."year" = ${year}::int
    WHERE cc."ancestorId" = ${committeeId}::int
      AND (fy."committeeId" IS NOT NULL OR (
        c."kind"::text = ANY(${[...REPORTING_KINDS]}::text[])
        AND c."validFrom" <= make_date(${year}::int, 12, 31)
        AND (c."validTo" IS NULL OR c."validTo" > make_date(${year}::int, 12, 31))))`;
  const deadlines = await deadlinesInForce(sql, rows.map((r) => [r.id, year] as const));
  const units = rows
    .map((r) => {
      const status = r.status ?? "NOT_STARTED";
      const inForce = deadlines.get(deadlineKey(r.id, year)) ?? null;
      return { ...r, status, deadline: entryDeadlineOf(inForce), approvalDeadline: inForce?.approvalDeadline ?? null, onTime: submittedOnTime(inForce, standingSubmission(status, r.submittedAt)) };
    })
    .sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }));
  const counts: Record<YearStatus, number> = { NOT_STARTED: 0, DRAFT: 0, SUBMITTED: 0, APPROVED: 0 };
  for (const u of units) counts[u.status] += 1;
  return { committeeId, units, counts, onTime: units.filter((u) => u.onTime).length, withDeadline: units.filter((u) => u.deadline !== null).length };
}
