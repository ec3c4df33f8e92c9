// A statistical form's numbers for a committee and year: each row's subtree total this year and last year, read
// from the stored rollup (a committee with units below) or its own figure (a unit with none), never summed per
// request. Authorization by subtree: a committee outside the scope answers null, as if it did not exist.
import { isInScope } from "@/lib/auth/scope";
import { countLeafUnits } from "@/lib/figures/unit-totals";
import type { Sql } from "@/lib/sql";
import { statForm } from "./forms";
import { buildStatForm, type StatFormModel } from "./model";

export interface StatFormRequest {
  scopeCommitteeId: number;
  committeeId: number;
  formCode: string;
  year: number;
  /** The date printed under the table. */
  issuedOn: Date;
}

export async function readStatForm(sql: Sql, request: StatFormRequest): Promise<StatFormModel | null> {
  const { committeeId, year } = request;
  const form = statForm(request.formCode);
  if (!form || !(await isInScope(sql, request.scopeCommitteeId, committeeId))) return null;
  const [[committee], province, rows, [submitted], expected] = await Promise.all([
    sql<{ code: string; name: string; nameEn: string | null; kind: string }>`
      SELECT "code", "name", "nameEn", "kind"::text AS "kind" FROM "Committee" WHERE "id" = ${committeeId}::int`,
    // The place of the date is the province's, even above the viewer's scope: it is the committee's letterhead.
    sql<{ name: string; nameEn: string | null; kind: string }>`
      SELECT c."name", c."nameEn", c."kind"::text AS "kind" FROM "CommitteeClosure" cc JOIN "Committee" c ON c."id" = cc."ancestorId"
      WHERE cc."descendantId" = ${committeeId}::int AND c."kind" = 'PROVINCIAL' ORDER BY cc."depth" LIMIT 1`,
    sql<{ label: string; indent: number; current: string | null; previous: string | null }>`
      SELECT e."formRow" AS "label", e."formIndent" AS "indent",
        (SELECT COALESCE((SELECT r."value" FROM "Rollup" r WHERE r."committeeId" = ${committeeId}::int AND r."dataElementId" = e."id" AND r."year" = ${year}::int),
                         (SELECT f."value" FROM "Figure" f WHERE f."committeeId" = ${committeeId}::int AND f."dataElementId" = e."id" AND f."year" = ${year}::int)))::text AS "current",
        (SELECT COALESCE((SELECT r."value" FROM "Rollup" r WHERE r."committeeId" = ${committeeId}::int AND r."dataElementId" = e."id" AND r."year" = ${year - 1}::int),
                         (SELECT f."value" FROM "Figure" f WHERE f."committeeId" = ${committeeId}::int AND f."dataElementId" = e."id" AND f."year" = ${year - 1}::int)))::text AS "previous"
      FROM "DataElement" e WHERE e."formCode" = ${form.code} AND e."retiredAt" IS NULL ORDER BY e."formOrder", e."id"`,
    // Units with nothing below them (or the committee itself, when it has none) whose year is submitted or approved.
    sql<{ n: number }>`
      SELECT COUNT(*)::int AS "n" FROM "CommitteeClosure" cc JOIN "FigureYear" fy ON fy."committeeId" = cc."descendantId" AND fy."year" = ${year}::int
      WHERE cc."ancestorId" = ${committeeId}::int AND fy."status" <> 'DRAFT'
        AND NOT EXISTS (SELECT 1 FROM "CommitteeClosure" b WHERE b."ancestorId" = cc."descendantId" AND b."depth" > 0)`,
    countLeafUnits(sql, committeeId, year),
  ]);
  if (!committee) return null;
  const number = (v: string | null) => (v === null ? null : Number(v));
  return buildStatForm({
    form, committee, province: province[0] ?? null, year, issuedOn: request.issuedOn,
    rows: rows.map((r) => ({ label: r.label, indent: r.indent, current: number(r.current), previous: number(r.previous) })),
    coverage: { submitted: submitted!.n, expected: expected === 0 ? 1 : expected },
  });
}
