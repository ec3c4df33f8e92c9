// How much of a form's year is in: the units with nothing below them (or the committee itself, when it has none)
// whose year is submitted or approved, of those expected to report. A provisional form prints it under its title.
import { countLeafUnits } from "@/lib/figures/unit-totals";
import type { Sql } from "@/lib/sql";

export interface FormCoverage { submitted: number; expected: number }

export async function formCoverage(sql: Sql, committeeId: number, year: number): Promise<FormCoverage> {
  const [[submitted], expected] = await Promise.all([
    sql<{ n: number }>`
      SELECT COUNT(*)::int AS "n" FROM "CommitteeClosure" cc JOIN "FigureYear" fy ON fy."committeeId" = cc."descendantId" AND fy."year" = ${year}::int
      WHERE cc."ancestorId" = ${committeeId}::int AND fy."status" <> 'DRAFT'
        AND NOT EXISTS (SELECT 1 FROM "CommitteeClosure" b WHERE b."ancestorId" = cc."descendantId" AND b."depth" > 0)`,
    countLeafUnits(sql, committeeId, year),
  ]);
  return { submitted: submitted!.n, expected: expected === 0 ? 1 : expected };
}
