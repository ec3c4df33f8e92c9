// What the units below a committee reported: the committee's stored rollup less its own figure. Shown read-only
// on its form for what they enter (LEAF elements), and held against what it types itself (checkCopies in
// schema.ts) by the form and the import alike.
import type { Sql } from "@/lib/sql";

export interface UnitsTotal {
  value: string;
  /** Units below that entered it. */
  units: number;
  /** Of those, units that submitted. */
  submitted: number;
}

/** `committeeId:year` → element id → what the units below reported (committees with none below have no entry). */
export async function readUnitTotals(sql: Sql, pairs: readonly (readonly [number, number])[], elementIds: number[]): Promise<Map<string, Map<number, UnitsTotal>>> {
  const result = new Map<string, Map<number, UnitsTotal>>();
  if (pairs.length === 0 || elementIds.length === 0) return result;
  // Stored rollup rows exist exactly for committees with units below them.
  const rows = await sql<UnitsTotal & { committeeId: number; year: number; dataElementId: number }>`
    SELECT k."c" AS "committeeId", k."y" AS "year", r."dataElementId",
           trim_scale(r."value" - COALESCE(f."value", 0))::text AS "value",
           r."unitCount" - (f."id" IS NOT NULL)::int AS "units",
           r."submittedCount" - COALESCE((f."status" <> 'DRAFT')::int, 0) AS "submitted"
    FROM unnest(${pairs.map(([c]) => c)}::int[], ${pairs.map(([, y]) => y)}::int[]) AS k ("c", "y")
    JOIN "Rollup" r ON r."committeeId" = k."c" AND r."year" = k."y" AND r."dataElementId" = ANY(${elementIds}::int[])
    LEFT JOIN "Figure" f ON f."committeeId" = k."c" AND f."dataElementId" = r."dataElementId" AND f."year" = k."y"`;
  for (const { committeeId, year, dataElementId, ...total } of rows) {
    if (total.units <= 0) continue;
    const key = `${committeeId}:${year}`;
    (result.get(key) ?? result.set(key, new Map()).get(key)!).set(dataElementId, total);
  }
  return result;
}

/** Units with nothing below them in a committee's subtree that are in force at the end of the year: who enters LEAF elements. */
export async function countLeafUnits(sql: Sql, committeeId: number, year: number): Promise<number> {
  const [row] = await sql<{ n: number }>`
    SELECT COUNT(*)::int AS "n"
    FROM "CommitteeClosure" cc JOIN "Committee" c ON c."id" = cc."descendantId"
    WHERE cc."ancestorId" = ${committeeId}::int AND cc."depth" > 0
      AND c."validFrom" <= make_date(${year}::int, 12, 31) AND (c."validTo" IS NULL OR c."validTo" > make_date(${year}::int, 12, 31))
      AND NOT EXISTS (SELECT 1 FROM "CommitteeClosure" b WHERE b."ancestorId" = c."id" AND b."depth" > 0)`;
  return row!.n;
}
