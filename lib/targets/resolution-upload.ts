// An uploaded resolution file checked (dry run) or applied on the app's pool, answered for the page; the export as
// XLSX bytes. Server only.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { importTranslator } from "@/lib/imports/messages";
import { describeFileIssues, errorSummary, readUpload, type SetupImportAnswer } from "@/lib/imports/setup-answer";
import { writeXlsxSheets } from "@/lib/imports/table";
import { exportResolution, importResolution } from "./resolution-file";

export async function uploadResolution(file: File, options: { viewer: Viewer; locale: Locale; committeeId: number; termId: number; dryRun: boolean }): Promise<SetupImportAnswer | { refused: string }> {
  const { viewer, locale, dryRun } = options;
  const t = importTranslator(locale);
  const read = await readUpload(file, locale, ["xlsx"]);
  if ("refused" in read) return read;
  const report = await importResolution(db, read.sheets, { actor: viewer, committeeId: options.committeeId, termId: options.termId, dryRun, locale, source: file.name });
  if (report.errors.length) return { dryRun, summary: errorSummary(report.errors.length, locale), errors: describeFileIssues(report.errors, locale, 1000) };
  const values = { title: report.title, count: report.targets };
  if (dryRun) return { dryRun, summary: t("resolutionFile.ready", values), errors: [], applyLabel: t("resolutionFile.apply", values) };
  return { dryRun, summary: t("resolutionFile.applied", values), errors: [], link: { href: `/resolutions/${report.resolutionId}`, label: t("resolutionFile.open") } };
}

/** The XLSX of a committee's resolution and its file name, or null outside the viewer's subtree or without one. */
export async function getResolutionFile(viewer: Viewer, committeeId: number, termId: number) {
  const out = await exportResolution(db, viewer.scopeCommitteeId, committeeId, termId);
  return out && { name: `nghi-quyet-${out.code}-${out.term}.xlsx`, bytes: await writeXlsxSheets(out.sheets) };
}
