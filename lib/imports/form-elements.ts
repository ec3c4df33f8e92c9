// Which data elements each committee-year's form asks for, for many committee-years at once (exports and
// imports), with the same rule as the entry form (lib/figures/elements.ts): the elements the targets in force
// need, their wholes and sibling levels, then who enters each (entryPlan). One query instead of one per committee-year.
import { entryPlan, reportsIn, type CatalogueElement } from "@/lib/figures/elements";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Sql } from "@/lib/sql";

export const yearKey = (committeeId: number, year: number) => `${committeeId}:${year}`;

/** Ids of what a committee-year enters (in form order) and of what its units enter, shown to it read-only. */
export interface FormIds {
  entered: number[];
  /** Of those, the forms' criteria no target needs (not required to submit). */
  optional: number[];
  fromUnits: number[];
  hasUnitsBelow: boolean;
}

/** committeeId:year → its form's elements; years outside every term have none. */
export async function formElementsByCommitteeYear(
  read: Sql, catalogue: CatalogueElement[], committeeIds: number[], years: number[],
): Promise<Map<string, FormIds>> {
  const result = new Map<string, FormIds>();
  if (committeeIds.length === 0 || years.length === 0) return result;
  // Two small reads instead of one join of every committee with every target in force over it (millions of rows
  // at national scale): the resolutions over each committee, then the elements each of those resolutions needs;
  // the union per committee-year is made here.
  const over = await read<{ committeeId: number; resolutionIds: number[]; own: number[] | null; yearsWithUnitsBelow: number[] }>`
    SELECT cc."descendantId" AS "committeeId", array_agg(r."id") AS "resolutionIds",
           array_agg(r."id") FILTER (WHERE cc."depth" = 0) AS "own",
           ARRAY(SELECT y FROM unnest(${years}::int[]) AS y WHERE EXISTS (
             SELECT 1 FROM "CommitteeClosure" b JOIN "Committee" d ON d."id" = b."descendantId"
             WHERE b."ancestorId" = cc."descendantId" AND b."depth" > 0 AND ${reportsIn(Prisma.raw(`d`), Prisma.raw(`y`))})) AS "yearsWithUnitsBelow"
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
  // Committees under the same resolutions, at the same place in the tree, ask for the same elements: each
  // distinct case is expanded once.
  const expanded = new Map<string, FormIds>();
  for (const { committeeId, resolutionIds: ids, own, yearsWithUnitsBelow } of over) {
    const owned = new Set(own ?? []);
    for (const year of years) {
      const hasUnitsBelow = yearsWithUnitsBelow.includes(year);
      const inForce = ids.map((id) => needOf.get(id)).filter((n) => n !== undefined && n.startYear <= year && year <= n.endYear).map((n) => n!);
      if (inForce.length === 0) continue;
      const key = `${inForce.map((n) => `${n.id}${owned.has(n.id) ? "*" : ""}`).sort().join(",")}|${hasUnitsBelow}`;
      let form = expanded.get(key);
      if (!form) {
        const plan = entryPlan(catalogue, {
          all: [...new Set(inForce.flatMap((n) => n.ids))],
          own: [...new Set(inForce.filter((n) => owned.has(n.id)).flatMap((n) => n.ids))],
          hasUnitsBelow,
        });
        form = { entered: plan.entered.map((e) => e.id), optional: plan.optional, fromUnits: plan.fromUnits.map((e) => e.id), hasUnitsBelow };
        expanded.set(key, form);
      }
      result.set(yearKey(committeeId, year), form);
    }
  }
  return result;
}
