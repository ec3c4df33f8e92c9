// Which data elements each committee-year's form asks for, for many committee-years at once (exports and
// imports), with the same rule as the entry form (lib/figures/elements.ts): the elements the targets in force
// need, then formElements adds their wholes and sibling levels. One query instead of one per committee-year.
import type { Db } from "@/lib/db-client";
import { formElements, type CatalogElement } from "@/lib/figures/elements";

type Reader = Pick<Db, "$queryRaw">;

export const yearKey = (committeeId: number, year: number) => `${committeeId}:${year}`;

/** committeeId:year → ids of the form's elements (in form order); years outside every term have none. */
export async function formElementsByCommitteeYear(
  db: Reader, catalog: CatalogElement[], committeeIds: number[], years: number[],
): Promise<Map<string, number[]>> {
  const result = new Map<string, number[]>();
  if (committeeIds.length === 0 || years.length === 0) return result;
  const rows = await db.$queryRaw<{ committeeId: number; year: number; ids: number[] }[]>`
    SELECT cc."descendantId" AS "committeeId", y."year", array_agg(DISTINCT it."dataElementId") AS "ids"
    FROM "Target" t
    JOIN "Resolution" r ON r."id" = t."resolutionId"
    JOIN "Term" tm ON tm."id" = r."termId"
    JOIN "IndicatorTerm" it ON it."indicatorId" = t."indicatorId"
    JOIN "CommitteeClosure" cc ON cc."ancestorId" = r."committeeId"
    JOIN unnest(${years}::int[]) AS y ("year") ON y."year" BETWEEN tm."startYear" AND tm."endYear"
    WHERE cc."descendantId" = ANY(${committeeIds}::int[])
    GROUP BY 1, 2`;
  // Committees under the same resolutions ask for the same elements: expand each distinct set once.
  const expanded = new Map<string, number[]>();
  for (const r of rows) {
    const key = [...r.ids].sort((a, b) => a - b).join(",");
    let ids = expanded.get(key);
    if (!ids) {
      ids = formElements(catalog, r.ids).map((e) => e.id);
      expanded.set(key, ids);
    }
    result.set(yearKey(r.committeeId, r.year), ids);
  }
  return result;
}
