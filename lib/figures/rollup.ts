// Stored rollups: each committee's value is the sum over its whole subtree (itself included) of what was
// entered, with how many units contributed and how many of those had submitted. Dashboards read these rows.
import type { Db } from "@/lib/db-client";

type Tx = Pick<Db, "$executeRaw" | "$queryRaw">;

/**
 * Rebuilds every rollup row from the figures, in bulk. Elements aggregated with NONE roll up only the
 * unit's own figure (summing them over a subtree is meaningless).
 */
export async function rebuildRollups(tx: Tx): Promise<number> {
  await tx.$executeRaw`DELETE FROM "Rollup"`;
  return tx.$executeRaw`
    INSERT INTO "Rollup" ("committeeId", "dataElementId", "year", "value", "unitCount", "submittedCount", "computedAt")
    SELECT cc."ancestorId", f."dataElementId", f."year", SUM(f."value"), COUNT(*),
           COUNT(*) FILTER (WHERE f."status" <> 'DRAFT'), now()
    FROM "Figure" f
    JOIN "CommitteeClosure" cc ON cc."descendantId" = f."committeeId"
    JOIN "DataElement" de ON de."id" = f."dataElementId"
    WHERE de."aggregation" = 'SUM' OR cc."depth" = 0
    GROUP BY cc."ancestorId", f."dataElementId", f."year"`;
}

/** Rows where the stored rollup differs from a from-scratch recomputation (empty when all is well). */
export async function findRollupDrift(tx: Tx): Promise<{ committeeId: number; dataElementId: number; year: number }[]> {
  return tx.$queryRaw`
    WITH fresh AS (
      SELECT cc."ancestorId" AS "committeeId", f."dataElementId", f."year", SUM(f."value") AS "value",
             COUNT(*)::int AS "unitCount", (COUNT(*) FILTER (WHERE f."status" <> 'DRAFT'))::int AS "submittedCount"
      FROM "Figure" f
      JOIN "CommitteeClosure" cc ON cc."descendantId" = f."committeeId"
      JOIN "DataElement" de ON de."id" = f."dataElementId"
      WHERE de."aggregation" = 'SUM' OR cc."depth" = 0
      GROUP BY 1, 2, 3
    )
    SELECT COALESCE(r."committeeId", x."committeeId") AS "committeeId",
           COALESCE(r."dataElementId", x."dataElementId") AS "dataElementId",
           COALESCE(r."year", x."year") AS "year"
    FROM "Rollup" r
    FULL JOIN fresh x USING ("committeeId", "dataElementId", "year")
    WHERE r."value" IS DISTINCT FROM x."value" OR r."unitCount" IS DISTINCT FROM x."unitCount"
       OR r."submittedCount" IS DISTINCT FROM x."submittedCount"`;
}
