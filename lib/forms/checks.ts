// The statistical forms checked unit by unit for approvers: each unit below a committee that reports the year
// (or the committee itself when it has none) is run through the entry form's own rules (figureYearSchema) on the
// forms' criteria as stored, required as on submission: a row left empty, an identity that does not add up
// (a figure stored before the forms existed, or an import of part of a form), or a start that no longer equals
// last year's end because last year's end was corrected afterwards. Checks across forms are the same rules: Biểu
// 2's breakdowns of the admissions must each add up to Biểu 1's "1. Kết nạp".
import { loadCatalogue, reportsIn } from "@/lib/figures/elements";
import { normalizeFigure } from "@/lib/figures/number";
import { collectMessages, figureYearSchema } from "@/lib/figures/schema";
import type { FieldMessage } from "@/lib/figures/types";
import { statForm } from "./forms";
import { isInScope } from "@/lib/auth/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Sql } from "@/lib/sql";

export interface FormIssue {
  committeeId: number;
  code: string;
  name: string;
  /** The form's row the message is about ("D - Đảng viên trong danh sách cuối kỳ báo cáo"). */
  row: string;
  /** The form of the row ("2-BTCTW"), and the other form when the check is across forms (Biểu 2's breakdowns of
   * Biểu 1's admissions: "1-BTCTW"); null when the check stays within one form. */
  form: string;
  otherForm: string | null;
  message: FieldMessage;
}

/** Units of the subtree whose forms do not check for the year, in code order; null outside the scope. */
export async function findFormIssues(sql: Sql, scopeCommitteeId: number, committeeId: number, year: number): Promise<FormIssue[] | null> {
  if (!(await isInScope(sql, scopeCommitteeId, committeeId))) return null;
  const catalogue = await loadCatalogue(sql);
  const onForms = catalogue.filter((e) => e.formCode !== null);
  if (onForms.length === 0) return [];
  const ids = onForms.map((e) => e.id);
  // Units that enter the forms' member counts: those with nothing below them that report the year.
  const units = await sql<{ id: number; code: string; name: string }>`
    SELECT c."id", c."code", c."name" FROM "CommitteeClosure" cc JOIN "Committee" c ON c."id" = cc."descendantId"
    WHERE cc."ancestorId" = ${committeeId}::int AND ${reportsIn(Prisma.raw(`c`), Prisma.sql`${year}::int`)}
      AND NOT EXISTS (SELECT 1 FROM "CommitteeClosure" b JOIN "Committee" d ON d."id" = b."descendantId"
                      WHERE b."ancestorId" = c."id" AND b."depth" > 0 AND ${reportsIn(Prisma.raw(`d`), Prisma.sql`${year}::int`)})
    ORDER BY c."code"`;
  if (units.length === 0) return [];
  const figures = await sql<{ committeeId: number; year: number; dataElementId: number; value: string }>`
    SELECT "committeeId", "year", "dataElementId", "value"::text AS "value" FROM "Figure"
    WHERE "committeeId" = ANY(${units.map((u) => u.id)}::int[]) AND "year" IN (${year}::int, ${year - 1}::int) AND "dataElementId" = ANY(${ids}::int[])`;
  const values = new Map<string, Record<string, string>>();
  for (const f of figures) {
    const key = `${f.committeeId}:${f.year}`;
    values.set(key, { ...values.get(key), [String(f.dataElementId)]: normalizeFigure(f.value) });
  }
  const schema = figureYearSchema({ catalogue, shown: ids, locale: "en", submit: true });
  const rowOf = new Map(onForms.map((e) => [String(e.id), e.formRow ?? e.nameVi]));
  const formOf = new Map(onForms.map((e) => [String(e.id), e.formCode!]));
  const number = (code: string | undefined) => (code === undefined ? null : (statForm(code)?.number ?? code));
  const issues: FormIssue[] = [];
  for (const unit of units) {
    const current = values.get(`${unit.id}:${year}`);
    // A unit that has not begun the year is an overdue unit, listed elsewhere; here are the forms begun.
    if (!current) continue;
    const check = schema.safeParse({ values: current, notes: {}, lastYear: values.get(`${unit.id}:${year - 1}`) ?? {} });
    if (check.success) continue;
    const { errors } = collectMessages(check.error);
    for (const [field, message] of Object.entries(errors)) {
      const form = formOf.get(field);
      const other = message.params?.whole === undefined ? undefined : formOf.get(String(message.params.whole));
      issues.push({
        committeeId: unit.id, code: unit.code, name: unit.name, row: rowOf.get(field) ?? field, form: number(form) ?? "",
        otherForm: other !== undefined && other !== form ? number(other) : null, message,
      });
    }
  }
  return issues;
}
