// Last year's stored values that the year's rules read, for the import: the values carried on (Biểu 1: this year's
// A = last year's D) and those of the elements checked against last year (maxYearChangePercent). One query for many
// committee-years (a single save reads all of last year's figures anyway).
import type { Sql } from "@/lib/sql";

/** `committeeId:year` → { elementId: last year's value } of every element some element is carried from, or that
 * is checked against last year. */
export async function readCarriedFrom(sql: Sql, pairs: readonly (readonly [number, number])[]): Promise<Map<string, Record<string, string>>> {
  const result = new Map<string, Record<string, string>>();
  if (pairs.length === 0) return result;
  const rows = await sql<{ committeeId: number; year: number; dataElementId: number; value: string }>`
    SELECT f."committeeId", f."year" + 1 AS "year", f."dataElementId", trim_scale(f."value")::text AS "value"
    FROM "Figure" f
    JOIN unnest(${pairs.map(([c]) => c)}::int[], ${pairs.map(([, y]) => y - 1)}::int[]) AS p(c, y) ON f."committeeId" = p.c AND f."year" = p.y
    WHERE f."dataElementId" IN (SELECT "carriedFromId" FROM "DataElement" WHERE "carriedFromId" IS NOT NULL
                                UNION SELECT "id" FROM "DataElement" WHERE "maxYearChangePercent" IS NOT NULL)`;
  for (const r of rows) {
    const key = `${r.committeeId}:${r.year}`;
    result.set(key, { ...result.get(key), [String(r.dataElementId)]: r.value });
  }
  return result;
}
