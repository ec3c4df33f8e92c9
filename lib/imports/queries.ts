// Reads behind the template / export download. The subtree read names the caller's scope.
import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { ExportRow } from "./cells";
import { getExportRows } from "./export-rows";

/** The export's rows and the committee's code (for the file name), or null when the committee is not in the scope. */
export async function getFigureExport(
  scopeCommitteeId: number, query: { committeeId: number; from: number; to: number }, locale: Locale,
): Promise<{ rows: ExportRow[]; code: string } | null> {
  const rows = await getExportRows(db, scopeCommitteeId, query, locale);
  if (!rows) return null;
  const { code } = await db.committee.findUniqueOrThrow({ where: { id: query.committeeId }, select: { code: true } });
  return { rows, code };
}
