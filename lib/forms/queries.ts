// A statistical form's numbers for a committee and year: each row's subtree total this year and last year, read
// from the stored rollup (a committee with units below) or its own figure (a unit with none), never summed per
// request. Authorization by subtree: a committee outside the scope answers null, as if it did not exist.
import { isInScope } from "@/lib/auth/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { reportsIn } from "@/lib/figures/elements";
import type { Sql } from "@/lib/sql";
import { formCoverage } from "./coverage";
import { statForm } from "./forms";
import { buildStatForm, type AnyFormModel, type StatFormModel } from "./model";
import { readGroupsForm } from "./groups-form";
import { readTypesForm } from "./types-form";

export interface StatFormRequest {
  scopeCommitteeId: number;
  committeeId: number;
  formCode: string;
  year: number;
  /** The date printed under the table. */
  issuedOn: Date;
}

/** Any form the installation prints (the route and the CLI): Biểu 5 is counted from the tree, the others read criteria. */
export async function readForm(sql: Sql, request: StatFormRequest): Promise<AnyFormModel | null> {
  const form = statForm(request.formCode);
  if (form?.layout === "groups") return readGroupsForm(sql, { ...request, form });
  return form?.layout === "types" ? readTypesForm(sql, { ...request, form }) : readStatForm(sql, request);
}

/** A form of criteria (Biểu 1, 2); null for another layout. */
export async function readStatForm(sql: Sql, request: StatFormRequest): Promise<StatFormModel | null> {
  const { committeeId, year } = request;
  const form = statForm(request.formCode);
  if (!form || form.layout !== "criteria" || !(await isInScope(sql, request.scopeCommitteeId, committeeId))) return null;
  const [[committee], province, rows, coverage] = await Promise.all([
    sql<{ code: string; name: string; nameEn: string | null; kind: string }>`
      SELECT "code", "name", "nameEn", "kind"::text AS "kind" FROM "Committee" WHERE "id" = ${committeeId}::int`,
    // The place of the date is the province's, even above the viewer's scope: it is the committee's letterhead.
    sql<{ name: string; nameEn: string | null; kind: string }>`
      SELECT c."name", c."nameEn", c."kind"::text AS "kind" FROM "CommitteeClosure" cc JOIN "Committee" c ON c."id" = cc."ancestorId"
      WHERE cc."descendantId" = ${committeeId}::int AND c."kind" = 'PROVINCIAL' ORDER BY cc."depth" LIMIT 1`,
    sql<{ label: string; indent: number; current: string | null; previous: string | null; heading: boolean }>`
      WITH rows AS (
        SELECT e."formOrder" AS "order", e."id" AS "tie", e."formRow" AS "label", e."formIndent" AS "indent", e."id" AS "elementId",
               NULL::"CommitteeKind" AS "countKind", NULL::int AS "countIfId", '{}'::int[] AS "sumOfIds"
        FROM "DataElement" e WHERE e."formCode" = ${form.code} AND e."retiredAt" IS NULL
        UNION ALL
        -- The form's other lines: headings, another form's row (entered once), organizations counted from the tree,
        -- a sum of another form's rows.
        SELECT l."formOrder", 0, l."label", l."indent", l."dataElementId", l."countKind", l."countIfElementId", l."sumOfIds"
        FROM "StatFormLine" l WHERE l."formCode" = ${form.code}
      )
      SELECT r."label", r."indent", r."elementId" IS NULL AND r."countKind" IS NULL AND cardinality(r."sumOfIds") = 0 AS "heading",
        ${lineValue(committeeId, year)}::text AS "current", ${lineValue(committeeId, year - 1)}::text AS "previous"
      FROM rows r ORDER BY r."order", r."tie"`,
    formCoverage(sql, committeeId, year),
  ]);
  if (!committee) return null;
  const number = (v: string | null) => (v === null ? null : Number(v));
  return buildStatForm({
    form, committee, province: province[0] ?? null, year, issuedOn: request.issuedOn,
    rows: rows.map((r) => ({ label: r.label, indent: r.indent, current: number(r.current), previous: number(r.previous), heading: r.heading })),
    coverage,
  });
}

/** A committee's subtree total of an element in a year: its stored rollup, or its own figure when it has none. */
const subtreeValue = (committee: Prisma.Sql, element: Prisma.Sql, year: number) => Prisma.sql`
  COALESCE((SELECT v."value" FROM "Rollup" v WHERE v."committeeId" = ${committee} AND v."dataElementId" = ${element} AND v."year" = ${year}::int),
           (SELECT f."value" FROM "Figure" f WHERE f."committeeId" = ${committee} AND f."dataElementId" = ${element} AND f."year" = ${year}::int))`;

/**
 * The value of a form's line (alias r) for a committee and year: the element's subtree total; the sum of the
 * elements' totals (null when none has one); or the organizations of the kind in force that year in the subtree
 * (those whose own subtree has the countIf element above 0, when given); null for a heading.
 */
function lineValue(committeeId: number, year: number): Prisma.Sql {
  return Prisma.sql`CASE
    WHEN r."elementId" IS NOT NULL THEN ${subtreeValue(Prisma.sql`${committeeId}::int`, Prisma.sql`r."elementId"`, year)}
    WHEN cardinality(r."sumOfIds") > 0 THEN (
      SELECT SUM(${subtreeValue(Prisma.sql`${committeeId}::int`, Prisma.sql`s."id"`, year)}) FROM unnest(r."sumOfIds") AS s("id"))
    WHEN r."countKind" IS NOT NULL THEN (
      SELECT COUNT(*) FROM "CommitteeClosure" cc JOIN "Committee" d ON d."id" = cc."descendantId"
      WHERE cc."ancestorId" = ${committeeId}::int AND d."kind" = r."countKind" AND ${reportsIn(Prisma.raw(`d`), Prisma.sql`${year}::int`)}
        AND (r."countIfId" IS NULL OR ${subtreeValue(Prisma.sql`d."id"`, Prisma.sql`r."countIfId"`, year)} > 0))::numeric
  END`;
}
