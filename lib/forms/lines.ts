// A form's lines that are not its criteria (StatFormLine): the entry form shows its headings above the rows they
// head, so "- Từ 18 - 30 tuổi" reads under "2. Tuổi đời:" as on the printed form, and says where a line printed
// from another form is entered.
import type { Sql } from "@/lib/sql";
import { statForm } from "./forms";

export interface FormLine {
  formCode: string;
  formOrder: number;
  label: string;
  indent: number;
  /** The row of another form this line prints (Biểu 2's total is Biểu 1's "1. Kết nạp"), as that form words it. */
  sameAs: { formCode: string; row: string } | null;
  /** The form whose rows this line adds up (Biểu 3's women are Biểu 4's), entered there. */
  sumFrom: string | null;
}

export async function loadFormLines(sql: Sql): Promise<FormLine[]> {
  const rows = await sql<{ formCode: string; formOrder: number; label: string; indent: number; sameAsForm: string | null; sameAsRow: string | null; sumFrom: string | null }>`
    SELECT l."formCode", l."formOrder", l."label", l."indent", e."formCode" AS "sameAsForm", e."formRow" AS "sameAsRow",
      (SELECT t."formCode" FROM "DataElement" t WHERE t."id" = l."sumOfIds"[1]) AS "sumFrom"
    FROM "StatFormLine" l LEFT JOIN "DataElement" e ON e."id" = l."dataElementId"
    ORDER BY l."formCode", l."formOrder"`;
  return rows.map(({ sameAsForm, sameAsRow, ...l }) => ({ ...l, sameAs: sameAsForm && sameAsRow ? { formCode: sameAsForm, row: sameAsRow } : null }));
}

/**
 * The headings to show above each row of a form, given the rows shown in form order: the form's section headings
 * (indent 0) and the rows it prints from another form, between the row before and this one. Lines without a value
 * below a section (the average age, the organizations counted) are the printed form's only.
 */
export function headingsBefore(rows: { id: number; formCode: string | null; formOrder: number | null }[], lines: FormLine[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const lastOrder = new Map<string, number>();
  for (const row of rows) {
    if (row.formCode === null || row.formOrder === null) continue;
    const after = lastOrder.get(row.formCode) ?? -Infinity;
    const headings = lines
      .filter((l) => l.formCode === row.formCode && l.formOrder > after && l.formOrder < row.formOrder! && (l.indent === 0 || l.sameAs || l.sumFrom))
      .map((l) => (l.sameAs ? `${l.label} (= “${l.sameAs.row}”, Biểu số ${statForm(l.sameAs.formCode)?.number ?? l.sameAs.formCode})`
        : l.sumFrom ? `${l.label} (= cộng các dòng của Biểu số ${statForm(l.sumFrom)?.number ?? l.sumFrom}, nhập ở đó)` : l.label));
    if (headings.length > 0) out.set(row.id, headings);
    lastOrder.set(row.formCode, row.formOrder);
  }
  return out;
}
