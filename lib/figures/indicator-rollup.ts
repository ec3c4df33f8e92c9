// Stored rate rollups: for each rate (an indicator with a denominator), Σ numerator and Σ denominator over the
// units of a committee's subtree that entered every element of the rate for the year, with how many units that
// is and how many of them had submitted. A unit that entered "members assessed" but not yet the ratings stays
// out of the rate instead of pulling it down (DESIGN.md "Rollup": rates are ratios of sums over who reported).
//
// Written beside the element rollups (lib/figures/rollup.ts) by the same writers, in the same transaction and
// always after them, so every writer takes the two tables' row locks in the same order. The same storage rule:
// rows for committees with units below them; a unit with none reads its own contribution through the view
// "CommitteeIndicatorRollup" (the migration 20261206100500_indicator_rollup defines the views used here).
import { Prisma } from "@/lib/generated/prisma/client";
import { pgArray, type Sql } from "@/lib/sql";
import type { CommitteeRollupDelta } from "./rollup";

const hasUnitsBelow = (committee: Prisma.Sql) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "CommitteeClosure" below WHERE below."depth" > 0 AND below."ancestorId" = ${committee})`;

/** Every unit's contribution spread over the committees that store it: the from-scratch rollup. */
const FRESH = Prisma.sql`
  SELECT cc."ancestorId" AS "committeeId", c."indicatorId", c."year", SUM(c."numerator") AS "numerator",
         SUM(c."denominator") AS "denominator", COUNT(*)::int AS "unitCount", (COUNT(*) FILTER (WHERE c."submitted"))::int AS "submittedCount"
  FROM "IndicatorContribution" c
  JOIN "RateIndicator" ri ON ri."id" = c."indicatorId"
  JOIN "CommitteeClosure" cc ON cc."descendantId" = c."committeeId"
  WHERE (ri."summable" OR cc."depth" = 0)
    AND (cc."depth" > 0 OR cc."ancestorId" IN (SELECT "ancestorId" FROM "CommitteeClosure" WHERE "depth" > 0))`;

/** Rebuilds the rows of the given rates (all of them by default) from the figures, in bulk. */
export async function rebuildIndicatorRollups(sql: Sql, indicatorIds: number[] | null = null): Promise<number> {
  const only = indicatorIds === null ? Prisma.sql`TRUE` : Prisma.sql`c."indicatorId" = ANY(${indicatorIds}::int[])`;
  await sql.count`DELETE FROM "IndicatorRollup" c WHERE ${only}`;
  return sql.count`
    INSERT INTO "IndicatorRollup" ("committeeId", "indicatorId", "year", "numerator", "denominator", "unitCount", "submittedCount")
    ${FRESH} AND ${only}
    GROUP BY 1, 2, 3`;
}

/** Rows where the stored rate rollup differs from a from-scratch recomputation (empty when all is well). */
export async function findIndicatorRollupDrift(sql: Sql): Promise<{ committeeId: number; indicatorId: number; year: number }[]> {
  return sql`
    WITH fresh AS (${FRESH} GROUP BY 1, 2, 3)
    SELECT COALESCE(r."committeeId", x."committeeId") AS "committeeId", COALESCE(r."indicatorId", x."indicatorId") AS "indicatorId",
           COALESCE(r."year", x."year") AS "year"
    FROM "IndicatorRollup" r
    FULL JOIN fresh x USING ("committeeId", "indicatorId", "year")
    WHERE r."numerator" IS DISTINCT FROM x."numerator" OR r."denominator" IS DISTINCT FROM x."denominator"
       OR r."unitCount" IS DISTINCT FROM x."unitCount" OR r."submittedCount" IS DISTINCT FROM x."submittedCount"`;
}

/**
 * Applies figure changes (the deltas the element rollups were given: each figure's change of value, presence and
 * submitted state) to the rate rollups. Run after the figures are written, in the same transaction. What each
 * touched unit contributed before is rebuilt from its figures now minus the deltas, so no caller has to read
 * its figures twice.
 */
export async function applyIndicatorFigureDeltas(sql: Sql, all: CommitteeRollupDelta[]): Promise<void> {
  const deltas = all.length < BULK ? all : await onlyRateElements(sql, all);
  if (deltas.length === 0) return;
  const change = Prisma.sql`
    d AS MATERIALIZED (
      SELECT "committeeId", "dataElementId", "year", SUM("value") AS "value", SUM("units") AS "units", SUM("submitted") AS "submitted"
      FROM unnest(${pgArray(deltas.map((x) => x.committeeId))}::int[], ${pgArray(deltas.map((x) => x.dataElementId))}::int[],
                  ${pgArray(deltas.map((x) => x.year))}::int[], ${pgArray(deltas.map((x) => x.value))}::numeric[],
                  ${pgArray(deltas.map((x) => x.units))}::int[], ${pgArray(deltas.map((x) => x.submitted))}::int[])
           AS d ("committeeId", "dataElementId", "year", "value", "units", "submitted")
      GROUP BY 1, 2, 3
    ),
    touched AS (
      SELECT DISTINCT d."committeeId", d."year", it."indicatorId"
      FROM d JOIN "IndicatorTerm" it ON it."dataElementId" = d."dataElementId" JOIN "RateIndicator" ri ON ri."id" = it."indicatorId"
    ),
    -- Each part of each touched rate: now (the figure) and before (the figure minus its delta).
    part AS (
      SELECT t."committeeId", t."year", t."indicatorId", it."role",
             f."id" IS NOT NULL AS "present", COALESCE(f."value", 0) AS "value", COALESCE(f."status" <> 'DRAFT', false) AS "submitted",
             (f."id" IS NOT NULL)::int - COALESCE(d."units", 0) = 1 AS "wasPresent",
             COALESCE(f."value", 0) - COALESCE(d."value", 0) AS "wasValue",
             COALESCE((f."status" <> 'DRAFT')::int, 0) - COALESCE(d."submitted", 0) = 1 AS "wasSubmitted"
      FROM touched t
      JOIN "IndicatorTerm" it ON it."indicatorId" = t."indicatorId"
      LEFT JOIN "Figure" f ON f."committeeId" = t."committeeId" AND f."dataElementId" = it."dataElementId" AND f."year" = t."year"
      LEFT JOIN d ON d."committeeId" = t."committeeId" AND d."dataElementId" = it."dataElementId" AND d."year" = t."year"
    ),
    state AS (
      SELECT "committeeId", "year", "indicatorId",
             bool_and("present") AS "now", bool_and("submitted") AS "nowSubmitted",
             SUM("value") FILTER (WHERE "role" = 'NUMERATOR') AS "nowNumerator", SUM("value") FILTER (WHERE "role" = 'DENOMINATOR') AS "nowDenominator",
             bool_and("wasPresent") AS "was", bool_and("wasSubmitted") AS "wasSubmitted",
             SUM("wasValue") FILTER (WHERE "role" = 'NUMERATOR') AS "wasNumerator", SUM("wasValue") FILTER (WHERE "role" = 'DENOMINATOR') AS "wasDenominator"
      FROM part GROUP BY 1, 2, 3
    ),
    change AS (
      SELECT "committeeId", "indicatorId", "year",
             CASE WHEN "now" THEN COALESCE("nowNumerator", 0) ELSE 0 END - CASE WHEN "was" THEN COALESCE("wasNumerator", 0) ELSE 0 END AS "numerator",
             CASE WHEN "now" THEN COALESCE("nowDenominator", 0) ELSE 0 END - CASE WHEN "was" THEN COALESCE("wasDenominator", 0) ELSE 0 END AS "denominator",
             "now"::int - "was"::int AS "units",
             ("now" AND "nowSubmitted")::int - ("was" AND "wasSubmitted")::int AS "submitted"
      FROM state
    )`;
  await spread(sql, change);
}

/** From this many deltas (an import), those of elements no rate uses are dropped first: one query saves most of the work. */
const BULK = 1_000;

async function onlyRateElements(sql: Sql, deltas: CommitteeRollupDelta[]): Promise<CommitteeRollupDelta[]> {
  const rows = await sql<{ id: number }>`
    SELECT DISTINCT it."dataElementId" AS "id" FROM "IndicatorTerm" it JOIN "RateIndicator" ri ON ri."id" = it."indicatorId"`;
  const used = new Set(rows.map((r) => r.id));
  return deltas.filter((d) => used.has(d.dataElementId));
}

/**
 * Restructuring: a subtree's rate totals (the node's rows, summable rates only) taken off (`sign` −1) or added
 * to (+1) each committee in `at` and every committee above it, as lib/committees/restructure/subtree.ts does
 * for the element totals.
 */
export async function applyIndicatorSubtreeTotals(sql: Sql, nodeId: number, at: { committeeId: number; sign: 1 | -1 }[]): Promise<void> {
  if (at.length === 0) return;
  const change = Prisma.sql`
    change AS (
      SELECT a."committeeId", r."indicatorId", r."year", a."sign" * r."numerator" AS "numerator", a."sign" * r."denominator" AS "denominator",
             a."sign" * r."unitCount" AS "units", a."sign" * r."submittedCount" AS "submitted"
      FROM "CommitteeIndicatorRollup" r
      JOIN "RateIndicator" ri ON ri."id" = r."indicatorId" AND ri."summable"
      CROSS JOIN unnest(${at.map((a) => a.committeeId)}::int[], ${at.map((a) => a.sign)}::int[]) AS a ("committeeId", "sign")
      WHERE r."committeeId" = ${nodeId}::int
    )`;
  await spread(sql, change);
}

/**
 * Adds the `change` rows (committee, rate, year → signed changes) to the committee's own row, where stored, and
 * to every committee above it (for a rate that does not sum over a subtree, the own row only). One upsert in key
 * order, so two writers lock shared rows in the same order. A row that ends with a negative count, more units
 * submitted than reporting, or a value with no unit behind it means the stored rollup had drifted: the call fails
 * and the caller's transaction rolls back rather than store a wrong rate.
 */
async function spread(sql: Sql, change: Prisma.Sql): Promise<void> {
  const written = await sql<{ committeeId: number; indicatorId: number; year: number; unitCount: number; submittedCount: number; empty: boolean }>`
    WITH ${change},
    spread AS (
      SELECT cc."ancestorId" AS "committeeId", c."indicatorId", c."year", SUM(c."numerator") AS "numerator", SUM(c."denominator") AS "denominator",
             SUM(c."units")::int AS "units", SUM(c."submitted")::int AS "submitted"
      FROM change c
      JOIN "RateIndicator" ri ON ri."id" = c."indicatorId"
      JOIN "CommitteeClosure" cc ON cc."descendantId" = c."committeeId"
      WHERE (ri."summable" OR cc."depth" = 0) AND (cc."depth" > 0 OR ${hasUnitsBelow(Prisma.raw(`c."committeeId"`))})
      GROUP BY 1, 2, 3
      HAVING SUM(c."numerator") <> 0 OR SUM(c."denominator") <> 0 OR SUM(c."units") <> 0 OR SUM(c."submitted") <> 0
    )
    INSERT INTO "IndicatorRollup" ("committeeId", "indicatorId", "year", "numerator", "denominator", "unitCount", "submittedCount")
    SELECT * FROM spread ORDER BY 1, 2, 3
    ON CONFLICT ("committeeId", "indicatorId", "year") DO UPDATE SET
      "numerator" = "IndicatorRollup"."numerator" + EXCLUDED."numerator",
      "denominator" = "IndicatorRollup"."denominator" + EXCLUDED."denominator",
      "unitCount" = "IndicatorRollup"."unitCount" + EXCLUDED."unitCount",
      "submittedCount" = "IndicatorRollup"."submittedCount" + EXCLUDED."submittedCount",
      "computedAt" = now()
    RETURNING "committeeId", "indicatorId", "year", "unitCount", "submittedCount",
              ("unitCount" = 0 AND "numerator" = 0 AND "denominator" = 0 AND "submittedCount" = 0) AS "empty"`;
  const broken = written.find((w) => !w.empty && (w.unitCount <= 0 || w.submittedCount < 0 || w.submittedCount > w.unitCount));
  if (broken) throw new Error(`Stored rate rollup out of step for committee ${broken.committeeId}, indicator ${broken.indicatorId}, ${broken.year}: rebuild it`);
  // A row exists only while some unit contributes to it, as in a from-scratch recomputation.
  const empty = written.filter((w) => w.empty);
  if (empty.length === 0) return;
  await sql.count`
    DELETE FROM "IndicatorRollup" r
    USING unnest(${empty.map((w) => w.committeeId)}::int[], ${empty.map((w) => w.indicatorId)}::int[], ${empty.map((w) => w.year)}::int[]) AS k ("c", "i", "y")
    WHERE r."committeeId" = k."c" AND r."indicatorId" = k."i" AND r."year" = k."y" AND r."unitCount" = 0`;
}

/**
 * After restructuring changed whether `committeeIds` have units below them: one that gained its first stores its
 * own contributions from now on, one that lost its last drops its rows (the view reads its figures). As
 * settleLeafRollups does for the element rollups; call it at the same point.
 */
export async function settleLeafIndicatorRollups(sql: Sql, committeeIds: number[]): Promise<void> {
  if (committeeIds.length === 0) return;
  await sql.count`
    DELETE FROM "IndicatorRollup" r
    WHERE r."committeeId" = ANY(${committeeIds}::int[]) AND NOT ${hasUnitsBelow(Prisma.raw(`r."committeeId"`))}`;
  await sql.count`
    INSERT INTO "IndicatorRollup" ("committeeId", "indicatorId", "year", "numerator", "denominator", "unitCount", "submittedCount")
    SELECT c."committeeId", c."indicatorId", c."year", c."numerator", c."denominator", 1, CASE WHEN c."submitted" THEN 1 ELSE 0 END
    FROM "IndicatorContribution" c
    WHERE c."committeeId" = ANY(${committeeIds}::int[]) AND ${hasUnitsBelow(Prisma.raw(`c."committeeId"`))}
      AND NOT EXISTS (SELECT 1 FROM "IndicatorRollup" r WHERE r."committeeId" = c."committeeId")
    ORDER BY 1, 2, 3`;
}
