// Stored rollups: each committee's value is the sum over its whole subtree (itself included) of what was
// entered, with how many units contributed and how many of those had submitted.
//
// Rows are stored for committees with subordinate units only (`hasUnitsBelow`): a unit with nothing under it
// in the reporting tree would store a copy of its own figures. Readers read the view "CommitteeRollup", which adds
// those units' figures (one unit each); restructuring keeps the rule when a unit gains its first subordinate or
// loses its last (`settleLeafRollups`).
import { Prisma } from "@/lib/generated/prisma/client";
import { pgArray, type Sql } from "@/lib/sql";
import { fromScaled, toScaled } from "./number";
import { applyIndicatorFigureDeltas, findIndicatorRollupDrift, rebuildIndicatorRollups, settleLeafIndicatorRollups } from "./indicator-rollup";

/** `committee` (a column or a value) has a unit below it in the reporting tree, so its rollup rows are stored. */
const hasUnitsBelow = (committee: Prisma.Sql) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "CommitteeClosure" below WHERE below."ancestorId" = ${committee} AND below."depth" > 0)`;
// An ancestor above a unit (depth > 0) has a unit below it by definition; only the unit itself can be a leaf. Written
// so, the test runs once per unit, not once per ancestor row (hundreds of thousands of probes in a large import).
const ANCESTOR_STORED_ALL = Prisma.sql`(cc."depth" > 0 OR cc."ancestorId" IN (SELECT "ancestorId" FROM "CommitteeClosure" WHERE "depth" > 0))`;

/**
 * Rebuilds every rollup row (and every rate's, lib/figures/indicator-rollup.ts) from the figures, in bulk.
 * Elements aggregated with NONE roll up only the unit's own figure (summing them over a subtree is meaningless).
 * Returns the element rollup rows written.
 */
export async function rebuildRollups(sql: Sql): Promise<number> {
  await sql.count`DELETE FROM "Rollup"`;
  const written = await sql.count`
    INSERT INTO "Rollup" ("committeeId", "dataElementId", "year", "value", "unitCount", "submittedCount", "computedAt")
    SELECT cc."ancestorId", f."dataElementId", f."year", SUM(f."value"), COUNT(*),
           COUNT(*) FILTER (WHERE f."status" <> 'DRAFT'), now()
    FROM "Figure" f
    JOIN "CommitteeClosure" cc ON cc."descendantId" = f."committeeId"
    JOIN "DataElement" de ON de."id" = f."dataElementId"
    WHERE (de."aggregation" = 'SUM' OR cc."depth" = 0) AND ${ANCESTOR_STORED_ALL}
    GROUP BY cc."ancestorId", f."dataElementId", f."year"`;
  await rebuildIndicatorRollups(sql);
  return written;
}

export type RollupDrift = { committeeId: number; year: number } & ({ dataElementId: number } | { indicatorId: number });

/**
 * Rows where the stored rollup, of an element or of a rate, differs from a from-scratch recomputation (empty when
 * all is well); a stored row of a unit with nothing below it is one of them (the view would count that unit twice).
 */
export async function findRollupDrift(sql: Sql): Promise<RollupDrift[]> {
  const elements = await sql<{ committeeId: number; dataElementId: number; year: number }>`
    WITH fresh AS (
      SELECT cc."ancestorId" AS "committeeId", f."dataElementId", f."year", SUM(f."value") AS "value",
             COUNT(*)::int AS "unitCount", (COUNT(*) FILTER (WHERE f."status" <> 'DRAFT'))::int AS "submittedCount"
      FROM "Figure" f
      JOIN "CommitteeClosure" cc ON cc."descendantId" = f."committeeId"
      JOIN "DataElement" de ON de."id" = f."dataElementId"
      WHERE (de."aggregation" = 'SUM' OR cc."depth" = 0) AND ${ANCESTOR_STORED_ALL}
      GROUP BY 1, 2, 3
    )
    SELECT COALESCE(r."committeeId", x."committeeId") AS "committeeId",
           COALESCE(r."dataElementId", x."dataElementId") AS "dataElementId",
           COALESCE(r."year", x."year") AS "year"
    FROM "Rollup" r
    FULL JOIN fresh x USING ("committeeId", "dataElementId", "year")
    WHERE r."value" IS DISTINCT FROM x."value" OR r."unitCount" IS DISTINCT FROM x."unitCount"
       OR r."submittedCount" IS DISTINCT FROM x."submittedCount"`;
  return [...elements, ...(await findIndicatorRollupDrift(sql))];
}

/** The change one save makes to one data element of one committee-year. */
export interface RollupDelta {
  dataElementId: number;
  /** Signed decimal string: new value − old value. */
  value: string;
  /** +1 a figure appeared, −1 one was removed. */
  units: number;
  /** +1 a figure became submitted or approved (or appeared so), −1 it went back to draft (or was removed so). */
  submitted: number;
}

/**
 * Applies a save's changes to the stored rollup of the unit and every ancestor, inside the save's transaction,
 * so totals are exact the moment the save commits and a user always sees their own figure in them.
 *
 * Why immediate and not deferred: DESIGN.md measured the cap of this (updating every ancestor's row in each save)
 * far above a province's year-end deadline of a few saves per second, so the hot rows near the root are far from that cap. At national scale (330k units converging on
 * one root) the alternative is insert-only delta rows per ancestor, summed on read and compacted in the
 * background: exact, no hot rows, at the cost of a slightly slower read.
 *
 * One INSERT … ON CONFLICT DO UPDATE, its rows sorted by (committeeId, dataElementId, year), so two saves
 * lock shared ancestor rows in the same order and cannot deadlock. PostgreSQL checks the proposed row against
 * the CHECK constraints before it sees the conflict, so the proposed row carries the delta clamped at zero and
 * the update adds the signed delta from the CTE; a row that had to be created from a negative delta means the
 * stored rollup had drifted, and the save fails rather than store a wrong total.
 */
export async function applyRollupDeltas(sql: Sql, committeeId: number, year: number, deltas: RollupDelta[]): Promise<void> {
  const merged = new Map<number, { value: bigint; units: number; submitted: number }>();
  for (const d of deltas) {
    const m = merged.get(d.dataElementId) ?? { value: 0n, units: 0, submitted: 0 };
    merged.set(d.dataElementId, { value: m.value + toScaled(d.value), units: m.units + d.units, submitted: m.submitted + d.submitted });
  }
  const rows = [...merged].filter(([, m]) => m.value !== 0n || m.units !== 0 || m.submitted !== 0).sort((a, b) => a[0] - b[0]);
  if (rows.length === 0) return;
  const ids = rows.map(([id]) => id);
  const values = rows.map(([, m]) => fromScaled(m.value));
  const units = rows.map(([, m]) => m.units);
  const submitted = rows.map(([, m]) => m.submitted);
  const written = await sql<{ unitCount: number; inserted: boolean; dataElementId: number }>`
    WITH d ("dataElementId", "value", "units", "submitted") AS (
      SELECT * FROM unnest(${ids}::int[], ${values}::numeric[], ${units}::int[], ${submitted}::int[])
    )
    INSERT INTO "Rollup" ("committeeId", "dataElementId", "year", "value", "unitCount", "submittedCount", "computedAt")
    SELECT cc."ancestorId", d."dataElementId", ${year}::int, GREATEST(d."value", 0), GREATEST(d."units", 0),
           LEAST(GREATEST(d."submitted", 0), GREATEST(d."units", 0)), now()
    FROM d
    JOIN "DataElement" de ON de."id" = d."dataElementId"
    JOIN "CommitteeClosure" cc ON cc."descendantId" = ${committeeId}::int
    WHERE (de."aggregation" = 'SUM' OR cc."depth" = 0) AND (cc."depth" > 0 OR ${hasUnitsBelow(Prisma.sql`${committeeId}::int`)})
    ORDER BY cc."ancestorId", d."dataElementId"
    ON CONFLICT ("committeeId", "dataElementId", "year") DO UPDATE SET
      "value" = "Rollup"."value" + (SELECT d."value" FROM d WHERE d."dataElementId" = EXCLUDED."dataElementId"),
      "unitCount" = "Rollup"."unitCount" + (SELECT d."units" FROM d WHERE d."dataElementId" = EXCLUDED."dataElementId"),
      "submittedCount" = "Rollup"."submittedCount" + (SELECT d."submitted" FROM d WHERE d."dataElementId" = EXCLUDED."dataElementId"),
      "computedAt" = now()
    RETURNING "dataElementId", "unitCount", (xmax = 0) AS "inserted"`;
  const created = written.filter((w) => w.inserted);
  for (const w of created) {
    const m = merged.get(w.dataElementId)!;
    if (m.value < 0n || m.units < 0 || m.submitted < 0 || m.submitted > m.units) {
      throw new Error(`Stored rollup out of step for committee ${committeeId}, element ${w.dataElementId}, ${year}: rebuild it`);
    }
  }
  // A rollup row exists only while some figure contributes to it, as in a from-scratch recomputation.
  if (written.some((w) => w.unitCount === 0)) {
    await sql.count`
      DELETE FROM "Rollup"
      WHERE "year" = ${year}::int AND "unitCount" = 0 AND "dataElementId" = ANY(${ids}::int[])
        AND "committeeId" IN (SELECT "ancestorId" FROM "CommitteeClosure" WHERE "descendantId" = ${committeeId}::int)`;
  }
  // The rates' rollups after the elements': every writer locks the two tables' rows in that order.
  await applyIndicatorFigureDeltas(sql, deltas.map((d) => ({ ...d, committeeId, year })));
}


/** A change to one committee's own figures for one data element and year (imports, restructuring). */
export interface CommitteeRollupDelta extends RollupDelta {
  committeeId: number;
  year: number;
}

/**
 * Applies many committees' changes in one go: each delta is added to the committee's row and every ancestor's
 * (for NONE-aggregated elements, the committee's own row only), summed per rollup row first, so the cost grows
 * with the rows touched, not with the size of the tree. Used by imports (the change of each figure) and by
 * restructuring (a moved subtree's totals taken off its old ancestors and added to its new ones).
 *
 * The table is locked against other writers (SHARE ROW EXCLUSIVE, as restructuring does) from before the deltas
 * are spread over the closure to the end of the caller's transaction: single saves wait rather than deadlock with
 * it, and dashboards read on. Saves would wait on the shared ancestor rows (the root's at least) anyway; locking
 * those rows one by one in key order instead took as long as the merge itself at national scale.
 * A row that would have to be created from a negative delta, or end with a negative count, means the stored
 * rollup had drifted: the call fails and the caller's transaction rolls back rather than store a wrong total.
 * Returns the number of rollup rows changed.
 */
export async function applyRollupDeltasBulk(sql: Sql, deltas: CommitteeRollupDelta[]): Promise<number> {
  const live = deltas.filter((d) => toScaled(d.value) !== 0n || d.units !== 0 || d.submitted !== 0);
  if (live.length === 0) return 0;
  const committees = live.map((d) => d.committeeId);
  const elements = live.map((d) => d.dataElementId);
  const years = live.map((d) => d.year);
  const values = live.map((d) => d.value);
  const units = live.map((d) => d.units);
  const submitted = live.map((d) => d.submitted);
  // Locked before the deltas are spread: which ancestors a delta reaches and which units are leaves come from the
  // closure, and a restructuring that commits between reading it and the merge (it takes this lock too) would have the
  // merge apply them to the old tree (a unit that just gained its first subordinate would miss its own change; one
  // that just lost its last would get a stored row beside its figures, counted twice).
  // The statements go out in two batches, not one by one (the connection is pipelined; PostgreSQL runs them in
  // order, and any failure fails the transaction): the lock, the table and its rows, then statistics and the merge.
  const locked = sql.count`LOCK TABLE "Rollup" IN SHARE ROW EXCLUSIVE MODE`;
  const cleared = sql.count`DROP TABLE IF EXISTS pg_temp."rollup_delta"`;
  // CREATE TABLE AS reports the rows it wrote.
  const created = sql.count`
    CREATE TEMP TABLE "rollup_delta" ON COMMIT DROP AS
    WITH d AS (
      SELECT * FROM unnest(${pgArray(committees)}::int[], ${pgArray(elements)}::int[], ${pgArray(years)}::int[], ${pgArray(values)}::numeric[],
                           ${pgArray(units)}::int[], ${pgArray(submitted)}::int[])
             AS d ("committeeId", "dataElementId", "year", "value", "units", "submitted")
    ),
    -- SUM elements summed per parent first (a grassroots unit's cells are one row), then spread over the parent's
    -- lineage: several times fewer rows to spread than one per figure.
    up AS (
      SELECT p."ancestorId" AS "committeeId", d."dataElementId", d."year", SUM(d."value") AS "value", SUM(d."units") AS "units", SUM(d."submitted") AS "submitted"
      FROM d
      JOIN "DataElement" de ON de."id" = d."dataElementId" AND de."aggregation" = 'SUM'
      JOIN "CommitteeClosure" p ON p."descendantId" = d."committeeId" AND p."depth" = 1
      GROUP BY 1, 2, 3
    ),
    x AS (
      -- A changed unit's own row, where stored (it has units below it), each unit tested once.
      SELECT d.* FROM d
      WHERE d."committeeId" IN (SELECT u."committeeId" FROM (SELECT DISTINCT "committeeId" FROM d) u WHERE ${hasUnitsBelow(Prisma.raw(`u."committeeId"`))})
      UNION ALL
      SELECT cc."ancestorId", up."dataElementId", up."year", up."value", up."units", up."submitted"
      FROM up JOIN "CommitteeClosure" cc ON cc."descendantId" = up."committeeId"
    )
    SELECT x."committeeId", x."dataElementId", x."year", SUM(x."value") AS "value", SUM(x."units")::int AS "units", SUM(x."submitted")::int AS "submitted"
    FROM x
    GROUP BY 1, 2, 3
    HAVING SUM(x."value") <> 0 OR SUM(x."units") <> 0 OR SUM(x."submitted") <> 0
    -- In key order, so the merge walks the Rollup index and heap forward (neighbouring units' rows share pages)
    -- instead of at random.
    ORDER BY 1, 2, 3`;
  const [, , rows] = await Promise.all([locked, cleared, created]);
  // A temporary table has no statistics: without them the planner joins a large batch against the whole
  // Rollup table by sequential scans (tens of millions of rows at national scale) instead of the key.
  const analyzed = sql.count`ANALYZE pg_temp."rollup_delta"`;
  // One pass: add to existing rows (removing those left with no contributing unit, as a from-scratch
  // recomputation has none), create the missing ones. A missing row may only be created by an addition; one
  // that would start negative, or a row left with no unit but a value, is skipped here and caught by the count
  // below; a row that would go negative breaks the table's CHECK constraints.
  const merging = sql.count`
    MERGE INTO "Rollup" r
    USING "rollup_delta" d
    ON r."committeeId" = d."committeeId" AND r."dataElementId" = d."dataElementId" AND r."year" = d."year"
    WHEN MATCHED AND r."unitCount" + d."units" = 0 AND r."value" + d."value" = 0 AND r."submittedCount" + d."submitted" = 0 THEN DELETE
    WHEN MATCHED AND r."unitCount" + d."units" > 0 THEN UPDATE SET "value" = r."value" + d."value", "unitCount" = r."unitCount" + d."units",
      "submittedCount" = r."submittedCount" + d."submitted", "computedAt" = now()
    WHEN NOT MATCHED AND d."value" >= 0 AND d."units" > 0 AND d."submitted" BETWEEN 0 AND d."units" THEN
      INSERT ("committeeId", "dataElementId", "year", "value", "unitCount", "submittedCount", "computedAt")
      VALUES (d."committeeId", d."dataElementId", d."year", d."value", d."units", d."submitted", now())`;
  const [, merged] = await Promise.all([analyzed, merging, sql.count`DROP TABLE "rollup_delta"`]);
  if (merged !== rows) throw new Error("Stored rollup out of step with the figures: rebuild it");
  return merged;
}

/**
 * Figure changes of many committees (imports): the element rollups, then the rates' (in that order, as every
 * writer). Returns the element rollup rows changed. Restructuring moves totals, not figures: it calls
 * applyRollupDeltasBulk and applyIndicatorSubtreeTotals instead.
 */
export async function applyFigureDeltasBulk(sql: Sql, deltas: CommitteeRollupDelta[]): Promise<number> {
  const merged = await applyRollupDeltasBulk(sql, deltas);
  await applyIndicatorFigureDeltas(sql, deltas);
  return merged;
}

/**
 * Keeps rollup rows stored for committees with subordinate units only, after restructuring changed whether
 * `committeeIds` have any: one that gained its first keeps its own figures as its rows from now on (deltas from
 * the units moved under it are added after this), one that lost its last drops its rows (now equal to its
 * figures, which the view reads). Call after the closure changed, before adding deltas to a new parent.
 */
export async function settleLeafRollups(sql: Sql, committeeIds: number[]): Promise<void> {
  if (committeeIds.length === 0) return;
  await sql.count`
    DELETE FROM "Rollup" r
    WHERE r."committeeId" = ANY(${committeeIds}::int[]) AND NOT ${hasUnitsBelow(Prisma.raw(`r."committeeId"`))}`;
  // A committee with units below it and no stored row at all was a leaf until now (one that was not has a row for
  // each of its own figures already).
  await sql.count`
    INSERT INTO "Rollup" ("committeeId", "dataElementId", "year", "value", "unitCount", "submittedCount", "computedAt")
    SELECT f."committeeId", f."dataElementId", f."year", f."value", 1, CASE WHEN f."status" <> 'DRAFT' THEN 1 ELSE 0 END, now()
    FROM "Figure" f
    WHERE f."committeeId" = ANY(${committeeIds}::int[]) AND ${hasUnitsBelow(Prisma.raw(`f."committeeId"`))}
      AND NOT EXISTS (SELECT 1 FROM "Rollup" r WHERE r."committeeId" = f."committeeId")
    ORDER BY 1, 2, 3`;
  await settleLeafIndicatorRollups(sql, committeeIds);
}
