// The tree import and export routes' work on the app's pool: an uploaded file checked (dry run) or applied, with its
// findings in the reader's language; the subtree as a file. Limits as the figure import's (lib/imports/events.ts).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { MAX_ERRORS_SHOWN, MAX_UPLOAD_MB } from "@/lib/imports/events";
import { CellTooLong } from "@/lib/imports/csv";
import { bufferOf, cellTooLong, formatOfName, type FileFormat } from "@/lib/imports/files";
import { importTranslator, type IssueLine } from "@/lib/imports/messages";
import { readRecords, TooManyRecords } from "@/lib/imports/records";
import { sqlOf } from "@/lib/sql";
import { idSchema } from "@/lib/ids";
import { readTreeRecords } from "./columns";
import { getTreeRows, renderTreeCsv, writeTreeXlsx } from "./export-tree";
import { importTree, type TreeImportReport } from "./import-tree";
import { describeTreeIssues } from "./messages";

/** Units an upload may hold (a province has ~3,000; a whole country's tree loads with `npm run import-tree`). */
export const MAX_TREE_ROWS = 100_000;

export type TreeUploadAnswer =
  | { type: "result"; summary: Omit<TreeImportReport, "issues">; errors: IssueLine[]; errorCount: number }
  | { type: "fileError"; message: string };

export const treeUploadSchema = z.object({
  dryRun: z.enum(["0", "1"]).transform((v) => v === "1"),
  effectiveFrom: z.iso.date().optional().or(z.literal("").transform(() => undefined)),
});

export async function importUploadedTree(file: File, choices: z.output<typeof treeUploadSchema>, viewer: Viewer, locale: Locale): Promise<TreeUploadAnswer> {
  const t = importTranslator(locale);
  if (file.size > MAX_UPLOAD_MB * 1024 * 1024) return { type: "fileError", message: t("imports.tooLarge", { size: MAX_UPLOAD_MB }) };
  let records;
  try {
    records = await readRecords(file.stream() as unknown as AsyncIterable<Uint8Array>, formatOfName(file.name), MAX_TREE_ROWS);
  } catch (error) {
    if (error instanceof TooManyRecords) return { type: "fileError", message: t("treeImportErrors.tooManyRows", { max: MAX_TREE_ROWS }) };
    if (error instanceof CellTooLong) {
      const refusal = cellTooLong(error, locale);
      return { type: "fileError", message: t(`treeImportErrors.${refusal.key}`, refusal.params) };
    }
    return { type: "fileError", message: t("treeImportErrors.unreadable") };
  }
  const read = readTreeRecords(records);
  const report: TreeImportReport = read.ok
    ? await importTree(db, read.rows, { actor: viewer, dryRun: choices.dryRun, effectiveFrom: choices.effectiveFrom, source: file.name })
    : { rows: 0, created: 0, moved: 0, renamed: 0, corrected: 0, ended: 0, unchanged: 0, issues: read.issues, dryRun: choices.dryRun, applied: false };
  const { issues, ...summary } = report;
  return { type: "result", summary, errors: describeTreeIssues(issues.slice(0, MAX_ERRORS_SHOWN), locale), errorCount: issues.length };
}

export const treeExportSchema = z.object({ committee: idSchema.optional(), format: z.enum(["csv", "xlsx"]).default("csv") });

/** The subtree of `committeeId` (default: the viewer's scope) as a file, or null outside the viewer's subtree. */
export async function exportTreeFile(viewer: Viewer, committeeId: number | undefined, format: FileFormat, locale: Locale) {
  const rootId = committeeId ?? viewer.scopeCommitteeId;
  const rows = await getTreeRows(sqlOf(db), viewer.scopeCommitteeId, rootId);
  if (!rows) return null;
  const code = rows[0]![0]!;
  if (format === "csv") return { code, body: Buffer.from(renderTreeCsv(rows, locale), "utf8") };
  return { code, body: await bufferOf((stream) => writeTreeXlsx(rows, locale, stream)) };
}
