// Biểu số 5-BTCTW: Party organizations and members by type of grassroots, counted from the committee tree (never
// typed: a typed count drifts from the tree at every merger). For a committee and year, over its subtree as it
// reports that year: the grassroots committees (đảng bộ cơ sở) and grassroots cells (chi bộ cơ sở) of each type,
// the đảng bộ bộ phận and the cells under those committees (of their committee's type), and the members at year end
// (Biểu 1's row D) of those organizations from the stored rollups. The template has no "Cùng kỳ năm trước" column.
import { isInScope } from "@/lib/auth/scope";
import { FORM_5_ROWS, GRASSROOTS_TYPES } from "@/lib/committees/grassroots-types";
import { reportsIn } from "@/lib/figures/elements";
import { Prisma } from "@/lib/generated/prisma/client";
import type { GrassrootsType } from "@/lib/generated/prisma/enums";
import type { CommitteeName } from "@/lib/reports/issuer";
import { formHeading } from "./heading";
import type { Sql } from "@/lib/sql";
import type { StatForm } from "./forms";
import type { FormHeading } from "./layout";

/** The element whose subtree total is the members at year end (Biểu 1's "D - Đảng viên trong danh sách…"). */
export const MEMBERS_ELEMENT = "MEMBERS_TOTAL";

export interface TypesFormRow {
  label: string;
  indent: number;
  bold: boolean;
  italic: boolean;
  /** Columns 2–7: total (= 3 + 4), đảng bộ cơ sở, chi bộ cơ sở, đảng bộ bộ phận, chi bộ trực thuộc (under a
   * đảng bộ bộ phận or not), members (null when no organization of the row has a figure). */
  values: [number, number, number, number, number, number | null];
}

export interface TypesFormModel extends FormHeading {
  rows: TypesFormRow[];
  /** Grassroots organizations of the subtree with no type set: in no row (the note under the title says how many). */
  untyped: number;
}

interface Unit { kind: "GRASSROOTS" | "GRASSROOTS_CELL"; type: GrassrootsType | null; partials: number; cells: number; members: string | null }

export async function readTypesForm(sql: Sql, request: { scopeCommitteeId: number; committeeId: number; form: StatForm; year: number; issuedOn: Date }): Promise<TypesFormModel | null> {
  const { committeeId, year } = request;
  if (!(await isInScope(sql, request.scopeCommitteeId, committeeId))) return null;
  const [[committee], province, units] = await Promise.all([
    sql<{ code: string; name: string; nameEn: string | null; kind: string }>`
      SELECT "code", "name", "nameEn", "kind"::text AS "kind" FROM "Committee" WHERE "id" = ${committeeId}::int`,
    sql<{ name: string; nameEn: string | null; kind: string }>`
      SELECT c."name", c."nameEn", c."kind"::text AS "kind" FROM "CommitteeClosure" cc JOIN "Committee" c ON c."id" = cc."ancestorId"
      WHERE cc."descendantId" = ${committeeId}::int AND c."kind" = 'PROVINCIAL' ORDER BY cc."depth" LIMIT 1`,
    sql<Unit>`
      SELECT g."kind"::text AS "kind", g."grassrootsType"::text AS "type", below."partials", below."cells",
        COALESCE((SELECT v."value" FROM "Rollup" v JOIN "DataElement" e ON e."id" = v."dataElementId" WHERE v."committeeId" = g."id" AND e."code" = ${MEMBERS_ELEMENT} AND v."year" = ${year}::int),
                 (SELECT f."value" FROM "Figure" f JOIN "DataElement" e ON e."id" = f."dataElementId" WHERE f."committeeId" = g."id" AND e."code" = ${MEMBERS_ELEMENT} AND f."year" = ${year}::int))::text AS "members"
      FROM "CommitteeClosure" cc JOIN "Committee" g ON g."id" = cc."descendantId"
      -- The đảng bộ bộ phận and the cells in force below it, in one pass over its subtree.
      CROSS JOIN LATERAL (
        SELECT COUNT(*) FILTER (WHERE d."kind" = 'PARTIAL_GRASSROOTS')::int AS "partials", COUNT(*) FILTER (WHERE d."kind" = 'CELL')::int AS "cells"
        FROM "CommitteeClosure" b JOIN "Committee" d ON d."id" = b."descendantId"
        WHERE b."ancestorId" = g."id" AND b."depth" > 0 AND ${reportsIn(Prisma.raw(`d`), Prisma.sql`${year}::int`)}) below
      WHERE cc."ancestorId" = ${committeeId}::int AND g."kind" IN ('GRASSROOTS', 'GRASSROOTS_CELL') AND ${reportsIn(Prisma.raw(`g`), Prisma.sql`${year}::int`)}`,
  ]);
  if (!committee) return null;
  return buildTypesForm({ form: request.form, committee, province: province[0] ?? null, year, issuedOn: request.issuedOn, units });
}

/** Pure: the form's rows from the grassroots organizations of the subtree. */
export function buildTypesForm(input: {
  form: StatForm; committee: CommitteeName & { code: string }; province: CommitteeName | null; year: number; issuedOn: Date; units: Unit[];
}): TypesFormModel {
  const { units } = input;
  const rows = FORM_5_ROWS.map((row): TypesFormRow => {
    const of = units.filter((u) => u.type !== null && row.types.includes(u.type));
    const committees = of.filter((u) => u.kind === "GRASSROOTS").length;
    const cellsAtBase = of.length - committees;
    const withMembers = of.filter((u) => u.members !== null);
    const members = withMembers.length === 0 ? null : withMembers.reduce((sum, u) => sum + Number(u.members), 0);
    return {
      label: row.label, indent: row.indent, bold: row.bold, italic: row.italic ?? false,
      values: [of.length, committees, cellsAtBase, of.reduce((sum, u) => sum + u.partials, 0), of.reduce((sum, u) => sum + u.cells, 0), members],
    };
  });
  return {
    ...formHeading(input), rows,
    untyped: units.filter((u) => u.type === null || !GRASSROOTS_TYPES.includes(u.type)).length,
  };
}

/** The header of the table as the template has it (three rows) and its column numbers. */
export const TYPES_TEXT = {
  type: "Loại hình tổ chức cơ sở đảng",
  grassroots: "Số tổ chức cơ sở đảng",
  below: "Tổ chức đảng trực thuộc Đảng bộ cơ sở",
  members: "Tổng số đảng viên",
  total: "Tổng số",
  splitInto: "Chia ra",
  columns: ["Đảng bộ cơ sở", "Chi bộ cơ sở", "Đảng bộ bộ phận", "Chi bộ trực thuộc"],
  numbering: ["1", "2 (=3+4)", "3", "4", "5", "6", "7"],
  untyped: (n: number) => `(${n} tổ chức cơ sở đảng chưa xác định loại hình: không tính vào dòng nào)`,
} as const;
