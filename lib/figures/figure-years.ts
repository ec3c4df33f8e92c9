// The committee-year workflow row (FigureYear) for figures written in bulk, outside the entry form.
import type { Sql } from "@/lib/sql";

/**
 * Gives every committee-year that has figures a FigureYear row, at the least advanced status of its figures,
 * and brings every figure to its year's status. Run after bulk inserts (seed, imports), before rebuildRollups,
 * because submitted counts depend on the statuses.
 */
export async function syncFigureYears(sql: Sql): Promise<void> {
  await sql.count`
    INSERT INTO "FigureYear" ("committeeId", "year", "status")
    SELECT "committeeId", "year",
           (CASE WHEN bool_or("status" = 'DRAFT') THEN 'DRAFT'
                 WHEN bool_or("status" = 'SUBMITTED') THEN 'SUBMITTED' ELSE 'APPROVED' END)::"FigureStatus"
    FROM "Figure" GROUP BY "committeeId", "year"
    ON CONFLICT ("committeeId", "year") DO NOTHING`;
  await sql.count`
    UPDATE "Figure" f SET "status" = fy."status"
    FROM "FigureYear" fy
    WHERE fy."committeeId" = f."committeeId" AND fy."year" = f."year" AND f."status" <> fy."status"`;
}
