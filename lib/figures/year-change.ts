// Checks against past years, for approvers: the figures of a subtree's year that moved further from the unit's
// figure of the year before than their element allows (DataElement.maxYearChangePercent), with the explanation
// the unit gave (the form asks for one, lib/figures/schema.ts). A follow-up list, not a refusal.
import type { Sql } from "@/lib/sql";

export interface YearChange {
  committeeId: number;
  code: string;
  name: string;
  nameEn: string | null;
  elementId: number;
  elementVi: string;
  elementEn: string;
  previous: string;
  value: string;
  /** The change in per cent of last year's figure, signed, to one decimal. */
  changePercent: string;
  maxPercent: string;
  note: string | null;
}

/** The caller has checked that `committeeId` lies in the viewer's scope. */
export async function yearChanges(sql: Sql, committeeId: number, year: number, limit = 200): Promise<YearChange[]> {
  return sql<YearChange>`
    SELECT c."id" AS "committeeId", c."code", c."name", c."nameEn", e."id" AS "elementId", e."nameVi" AS "elementVi", e."nameEn" AS "elementEn",
      trim_scale(p."value")::text AS "previous", trim_scale(f."value")::text AS "value",
      round((f."value" - p."value") * 100 / abs(p."value"), 1)::text AS "changePercent",
      trim_scale(e."maxYearChangePercent")::text AS "maxPercent", f."note"
    FROM "CommitteeClosure" cc
    JOIN "Committee" c ON c."id" = cc."descendantId"
    JOIN "Figure" f ON f."committeeId" = c."id" AND f."year" = ${year}::int
    JOIN "DataElement" e ON e."id" = f."dataElementId" AND e."maxYearChangePercent" IS NOT NULL
    JOIN "Figure" p ON p."committeeId" = c."id" AND p."dataElementId" = f."dataElementId" AND p."year" = ${year - 1}::int AND p."value" <> 0
    WHERE cc."ancestorId" = ${committeeId}::int
      AND abs(f."value" - p."value") * 100 > e."maxYearChangePercent" * abs(p."value")
    ORDER BY c."code", e."sortOrder", e."id"
    LIMIT ${limit}::int`;
}
