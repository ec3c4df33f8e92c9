// What the set-up import routes (accounts, resolutions) answer the page: every finding in the reader's language
// (row, column, message), a summary sentence, and on success what was made (the accounts' codes, shown once, and
// their file). Server only.
import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { importTranslator } from "./messages";
import type { FileFormat } from "./files";
import { readSheets, type Sheet } from "./table";
export { describeFileIssues, errorSummary } from "./file-issues";

/** The answer the page reads (components/imports/setup-import-panel.tsx). */
export interface SetupImportAnswer {
  dryRun: boolean;
  /** The sentence above the result: ready to apply, applied, or how many errors. */
  summary: string;
  errors: { row: number; column: string; message: string }[];
  /** The button's label when the check passed (a dry run without errors). */
  applyLabel?: string;
  accounts?: { username: string; displayName: string; committeeName: string; code: string }[];
  file?: { name: string; type: string; base64: string };
  link?: { href: string; label: string };
}

export const SETUP_UPLOAD_MB = 5;

/** The uploaded file's sheets, or the message that refuses it. */
export async function readUpload(file: File, locale: Locale, formats: FileFormat[]): Promise<{ sheets: Sheet[] } | { refused: string }> {
  const t = importTranslator(locale);
  if (file.size > SETUP_UPLOAD_MB * 1024 * 1024) return { refused: t("fileImport.tooLarge", { size: SETUP_UPLOAD_MB }) };
  const format: FileFormat = /\.xlsx$/i.test(file.name) ? "xlsx" : "csv";
  if (!formats.includes(format)) return { refused: t("fileImport.xlsxOnly") };
  const sheets = await readSheets(new Uint8Array(await file.arrayBuffer()), format);
  return sheets ? { sheets } : { refused: t("fileImport.unreadable") };
}

