// The rows of a template / export: one per unit × data element × year of a committee's subtree, for the
// elements each unit's form asks for that year plus any other stored figure, with what is stored filled in.
import { z } from "zod";
import { idSchema } from "@/lib/ids";
import type { Db } from "@/lib/db-client";
import { loadCatalogue } from "@/lib/figures/elements";
import { normalizeFigure } from "@/lib/figures/number";
import { yearSchema } from "@/lib/figures/schema";
import type { Locale } from "@/lib/i18n/locales";
import type { ExportRow } from "./cells";
import { formElementsByCommitteeYear, yearKey } from "./form-elements";
import { sqlOf } from "@/lib/sql";

/** At most a term and a half per file: a province's subtree over ten years is already hundreds of thousands of rows. */
export const MAX_EXPORT_YEARS = 10;

export const exportQuerySchema = z.object({
  committee: idSchema,
  from: yearSchema,
  to: yearSchema,
  format: z.enum(["csv", "xlsx"]).default("csv"),
  lang: z.enum(["vi", "en"]).optional(),
}).refine((q) => q.from <= q.to && q.to - q.from < MAX_EXPORT_YEARS, { path: ["to"], message: "yearRange" });
export type ExportQuery = z.output<typeof exportQuerySchema>;

/** The subtree's rows, or null when the committee is not in the caller's scope (or does not exist). */
export async function getExportRows(
  db: Db, scopeCommitteeId: number, query: { committeeId: number; from: number; to: number }, locale: Locale,
): Promise<ExportRow[] | null> {
  const inScope = await db.committeeClosure.findUnique({
    where: { ancestorId_descendantId: { ancestorId: scopeCommitteeId, descendantId: query.committeeId } }, select: { depth: true },
  });
  if (!inScope) return null;
  const sql = sqlOf(db);
  const committees = await sql<{ id: number; code: string; name: string; nameEn: string | null; fromYear: number; toYear: number | null }>`
    SELECT c."id", c."code", c."name", c."nameEn", EXTRACT(YEAR FROM c."validFrom")::int AS "fromYear",
           EXTRACT(YEAR FROM c."validTo")::int AS "toYear"
    FROM "Committee" c JOIN "CommitteeClosure" cc ON cc."descendantId" = c."id" AND cc."ancestorId" = ${query.committeeId}::int
    ORDER BY c."code"`;
  const years: number[] = [];
  for (let y = query.from; y <= query.to; y++) years.push(y);
  const catalogue = await loadCatalogue(sql);
  const ids = committees.map((c) => c.id);
  const [onForm, figures] = await Promise.all([
    formElementsByCommitteeYear(sql, catalogue, ids, years),
    sql<{ committeeId: number; dataElementId: number; year: number; value: string; note: string | null; version: number }>`
      SELECT f."committeeId", f."dataElementId", f."year", f."value"::text AS "value", f."note", f."version"
      FROM "Figure" f JOIN "CommitteeClosure" cc ON cc."descendantId" = f."committeeId" AND cc."ancestorId" = ${query.committeeId}::int
      WHERE f."year" BETWEEN ${query.from}::int AND ${query.to}::int`,
  ]);
  const stored = new Map(figures.map((f) => [`${f.committeeId}:${f.dataElementId}:${f.year}`, f]));
  const storedElements = new Map<string, Set<number>>();
  for (const f of figures) {
    const key = yearKey(f.committeeId, f.year);
    if (!storedElements.has(key)) storedElements.set(key, new Set());
    storedElements.get(key)!.add(f.dataElementId);
  }
  const rows: ExportRow[] = [];
  for (const c of committees) {
    const committeeName = locale === "en" && c.nameEn ? c.nameEn : c.name;
    for (const year of years) {
      const key = yearKey(c.id, year);
      const has = storedElements.get(key);
      const existed = c.fromYear <= year && (c.toYear === null || c.toYear >= year);
      if (!existed && !has) continue;
      const wanted = new Set([...(existed ? (onForm.get(key)?.entered ?? []) : []), ...(has ?? [])]);
      for (const e of catalogue) {
        if (!wanted.has(e.id)) continue;
        const f = stored.get(`${c.id}:${e.id}:${year}`);
        rows.push({
          committeeCode: c.code, committeeName, elementCode: e.code, elementName: locale === "en" ? e.nameEn : e.nameVi,
          unit: locale === "en" ? e.unitEn : e.unitVi, year, value: f ? normalizeFigure(f.value) : null, note: f?.note ?? "",
          version: f?.version ?? 0,
        });
      }
    }
  }
  return rows;
}
