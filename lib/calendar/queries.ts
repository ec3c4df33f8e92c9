// Reads of the reporting calendar: the dates in force for units (the earliest of each date among the calendars of
// the unit's lineage, for the year, and the unit's own extension), and the calendar page's lists.
import type { Sql } from "@/lib/sql";
import type { DeadlineInForce } from "@/lib/figures/write-rules";

export const deadlineKey = (committeeId: number, year: number) => `${committeeId}:${year}`;

/** The calendar in force for each committee-year (absent: no calendar covers it). */
export async function deadlinesInForce(sql: Sql, pairs: readonly (readonly [number, number])[]): Promise<Map<string, DeadlineInForce>> {
  if (pairs.length === 0) return new Map();
  const rows = await sql<DeadlineInForce & { committeeId: number; year: number }>`
    WITH k AS (SELECT DISTINCT * FROM unnest(${pairs.map(([c]) => c)}::int[], ${pairs.map(([, y]) => y)}::int[]) AS k ("c", "y")),
    lineage AS (
      SELECT k."c", k."y", rc."opensOn", rc."entryDeadline", rc."approvalDeadline", rc."committeeId" AS "setBy", cc."depth"
      FROM k JOIN "CommitteeClosure" cc ON cc."descendantId" = k."c"
      JOIN "ReportingCalendar" rc ON rc."committeeId" = cc."ancestorId" AND rc."year" = k."y"
    )
    SELECT DISTINCT ON (l."c", l."y") l."c" AS "committeeId", l."y" AS "year",
      to_char(MIN(l."opensOn") OVER w, 'YYYY-MM-DD') AS "opensOn",
      to_char(MIN(l."entryDeadline") OVER w, 'YYYY-MM-DD') AS "entryDeadline",
      to_char(MIN(l."approvalDeadline") OVER w, 'YYYY-MM-DD') AS "approvalDeadline",
      l."setBy" AS "setById", s."name" AS "setByName", s."nameEn" AS "setByNameEn",
      to_char(x."until", 'YYYY-MM-DD') AS "extendedUntil"
    FROM lineage l
    JOIN "Committee" s ON s."id" = l."setBy"
    LEFT JOIN "ReportingExtension" x ON x."committeeId" = l."c" AND x."year" = l."y"
    WINDOW w AS (PARTITION BY l."c", l."y")
    -- The strictest entry deadline's committee; among equal ones the nearest, whose administrators are closest.
    ORDER BY l."c", l."y", l."entryDeadline", l."depth"`;
  return new Map(rows.map(({ committeeId, year, ...d }) => [deadlineKey(committeeId, year), d]));
}

export async function deadlineInForce(sql: Sql, committeeId: number, year: number): Promise<DeadlineInForce | null> {
  return (await deadlinesInForce(sql, [[committeeId, year]])).get(deadlineKey(committeeId, year)) ?? null;
}

