// Which data elements each committee-year's form asks for, for many committee-years at once (exports and
// imports), with the same rule as the entry form (lib/figures/elements.ts): the elements the targets in force
// need, then formElements adds their wholes and sibling levels. One query instead of one per committee-year.
import { formElements, type CatalogueElement } from "@/lib/figures/elements";
import type { Sql } from "@/lib/sql";

export const yearKey = (committeeId: number, year: number) => `${committeeId}:${year}`;

/** committeeId:year → ids of the form's elements (in form order); years outside every term have none. */
export async function formElementsByCommitteeYear(
  read: Sql, catalogue: CatalogueElement[], committeeIds: number[], years: number[],
): Promise<Map<string, number[]>> {
  const result = new Map<string, number[]>();
  if (committeeIds.length === 0 || years.length === 0) return result;
  // Two small reads instead of one join of every committee with every target in force over it (millions of rows
  // at national scale): the resolutions over each committee, then the elements each of those resolutions needs;
  // the union per committee-year is made here.
  const over = await read<{ committeeId: number; resolutionIds: number[] }>`
    SELECT cc."descendantId" AS "committeeId", array_agg(r."id") AS "resolutionIds"
    FROM "CommitteeClosure" cc JOIN "Resolution" r ON r."committeeId" = cc."ancestorId"
    WHERE cc."descendantId" = ANY(${committeeIds}::int[])
    GROUP BY 1`;
  const resolutionIds = [...new Set(over.flatMap((o) => o.resolutionIds))];
  const needs = resolutionIds.length === 0 ? [] : await read<{ id: number; startYear: number; endYear: number; ids: number[] }>`
    SELECT r."id", tm."startYear", tm."endYear", array_agg(DISTINCT it."dataElementId") AS "ids"
    FROM "Resolution" r
    JOIN "Term" tm ON tm."id" = r."termId"
    JOIN "Target" t ON t."resolutionId" = r."id"
    JOIN "IndicatorTerm" it ON it."indicatorId" = t."indicatorId"
    WHERE r."id" = ANY(${resolutionIds}::int[])
    GROUP BY 1, 2, 3`;
  const needOf = new Map(needs.map((n) => [n.id, n]));
  // Committees under the same resolutions ask for the same elements: expand each distinct set once.
  const expanded = new Map<string, number[]>();
  for (const { committeeId, resolutionIds: ids } of over) {
    for (const year of years) {
      const inForce = ids.map((id) => needOf.get(id)).filter((n) => n !== undefined && n.startYear <= year && year <= n.endYear);
      if (inForce.length === 0) continue;
      const key = inForce.map((n) => n!.id).sort((a, b) => a - b).join(",");
      let elements = expanded.get(key);
      if (!elements) {
        elements = formElements(catalogue, [...new Set(inForce.flatMap((n) => n!.ids))]).map((e) => e.id);
        expanded.set(key, elements);
      }
      result.set(yearKey(committeeId, year), elements);
    }
  }
  return result;
}
