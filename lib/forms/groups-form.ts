// Biểu số 4-BTCTW: the members at year end of a committee's subtree by group (ethnic group, religion), each row with
// its women and its share of all members. The rows are the form's criteria (formCode "4"): a row is an element whose
// whole is not on the form, its women the form's element that is a part of it (partOfId), its headings StatFormLines
// ("I. Đảng viên chia theo dân tộc"). Numbers come from the stored rollups (or a unit's own figures), like Biểu 1's.
// The template has no "Cùng kỳ năm trước" column; its "Tỷ lệ (%)" is read as the row's share of all members
// (3 × 100 / Biểu 1's row D).
import { isInScope } from "@/lib/auth/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CommitteeName } from "@/lib/reports/issuer";
import { formHeading } from "./heading";
import type { Sql } from "@/lib/sql";
import { formCoverage } from "./coverage";
import type { StatForm } from "./forms";
import type { FormHeading } from "./layout";
import { percentOf } from "./model";
import { MEMBERS_ELEMENT } from "./types-form";

export interface GroupsFormRow {
  /** The TT column: "I", "II" on a heading, 1, 2, … on the rows under it. */
  number: string;
  label: string;
  heading: boolean;
  /** Columns 3–5: members of the group, of which women, and their share of all members; null where nothing was entered. */
  total: number | null;
  women: number | null;
  percent: number | null;
}

export interface GroupsFormModel extends FormHeading {
  coverage: { submitted: number; expected: number };
  /** Biểu 1's row D over the subtree: what column 5 divides by. */
  members: number | null;
  rows: GroupsFormRow[];
}

interface LineInput { label: string; heading: boolean; total: number | null; women: number | null }

export async function readGroupsForm(sql: Sql, request: { scopeCommitteeId: number; committeeId: number; form: StatForm; year: number; issuedOn: Date }): Promise<GroupsFormModel | null> {
  const { committeeId, year, form } = request;
  if (!(await isInScope(sql, request.scopeCommitteeId, committeeId))) return null;
  const value = (element: Prisma.Sql) => Prisma.sql`COALESCE(
    (SELECT v."value" FROM "Rollup" v WHERE v."committeeId" = ${committeeId}::int AND v."dataElementId" = ${element} AND v."year" = ${year}::int),
    (SELECT f."value" FROM "Figure" f WHERE f."committeeId" = ${committeeId}::int AND f."dataElementId" = ${element} AND f."year" = ${year}::int))::text`;
  const [[committee], province, lines, [members], coverage] = await Promise.all([
    sql<{ code: string; name: string; nameEn: string | null; kind: string }>`
      SELECT "code", "name", "nameEn", "kind"::text AS "kind" FROM "Committee" WHERE "id" = ${committeeId}::int`,
    sql<{ name: string; nameEn: string | null; kind: string }>`
      SELECT c."name", c."nameEn", c."kind"::text AS "kind" FROM "CommitteeClosure" cc JOIN "Committee" c ON c."id" = cc."ancestorId"
      WHERE cc."descendantId" = ${committeeId}::int AND c."kind" = 'PROVINCIAL' ORDER BY cc."depth" LIMIT 1`,
    sql<{ label: string; heading: boolean; total: string | null; women: string | null }>`
      WITH rows AS (
        SELECT e."formOrder" AS "order", e."formRow" AS "label", e."id" AS "elementId",
               (SELECT w."id" FROM "DataElement" w WHERE w."partOfId" = e."id" AND w."formCode" = e."formCode" AND w."retiredAt" IS NULL ORDER BY w."formOrder" LIMIT 1) AS "womenId"
        FROM "DataElement" e
        WHERE e."formCode" = ${form.code} AND e."retiredAt" IS NULL
          AND NOT EXISTS (SELECT 1 FROM "DataElement" p WHERE p."id" = e."partOfId" AND p."formCode" = e."formCode")
        UNION ALL
        SELECT l."formOrder", l."label", NULL, NULL FROM "StatFormLine" l WHERE l."formCode" = ${form.code}
      )
      SELECT r."label", r."elementId" IS NULL AS "heading", ${value(Prisma.sql`r."elementId"`)} AS "total", ${value(Prisma.sql`r."womenId"`)} AS "women"
      FROM rows r ORDER BY r."order"`,
    sql<{ value: string | null }>`
      SELECT ${value(Prisma.sql`(SELECT "id" FROM "DataElement" WHERE "code" = ${MEMBERS_ELEMENT})`)} AS "value"`,
    formCoverage(sql, committeeId, year),
  ]);
  if (!committee) return null;
  const number = (v: string | null) => (v === null ? null : Number(v));
  return buildGroupsForm({
    form, committee, province: province[0] ?? null, year, issuedOn: request.issuedOn, members: number(members!.value),
    lines: lines.map((l) => ({ label: l.label, heading: l.heading, total: number(l.total), women: number(l.women) })),
    coverage,
  });
}

/** Pure: numbers the rows under each heading and computes column 5. */
export function buildGroupsForm(input: {
  form: StatForm; committee: CommitteeName & { code: string }; province: CommitteeName | null; year: number; issuedOn: Date;
  members: number | null; lines: LineInput[]; coverage: { submitted: number; expected: number };
}): GroupsFormModel {
  const { members } = input;
  let n = 0;
  const rows = input.lines.map((line): GroupsFormRow => {
    if (line.heading) {
      n = 0;
      // "I. Đảng viên chia theo dân tộc": the numeral goes to the TT column, as the template prints it.
      const [, numeral, text] = /^([IVXLC]+)\.\s*(.*)$/.exec(line.label) ?? [null, "", line.label];
      return { number: numeral!, label: text!, heading: true, total: null, women: null, percent: null };
    }
    n += 1;
    return { number: String(n), label: line.label, heading: false, total: line.total, women: line.women, percent: percentOf(line.total, members) };
  });
  return { ...formHeading(input), coverage: input.coverage, members, rows };
}

/** The template's table header (two panels side by side, each TT | Tên | Tổng số, Trong đó: nữ | Tỷ lệ). */
export const GROUPS_TEXT = {
  number: "TT",
  name: "Tên dân tộc, tôn giáo",
  members: "Đảng viên chia theo dân tộc, tôn giáo",
  total: "Tổng số",
  women: "Trong đó: nữ",
  percent: "Tỷ lệ (%)",
  numbering: ["1", "2", "3", "4", "5"],
  /** Under the table: what column 5 is a share of. */
  percentNote: (members: string) => `Cột 5 = cột 3 × 100 / tổng số đảng viên trong danh sách cuối kỳ báo cáo (dòng D, Biểu số 1-BTCTW: ${members}).`,
} as const;

/** The two panels of the printed table: the first half of the rows on the left, the rest on the right. */
export function panels<T>(rows: T[]): [T[], T[]] {
  const half = Math.ceil(rows.length / 2);
  return [rows.slice(0, half), rows.slice(half)];
}
