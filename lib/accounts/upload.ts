// An uploaded accounts file checked (dry run) or applied on the app's pool, answered for the page: the findings, or
// the new accounts with their codes and the file of codes (CSV or XLSX) to hand out. Server only.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { FileFormat } from "@/lib/imports/files";
import { importTranslator } from "@/lib/imports/messages";
import { describeFileIssues, errorSummary, readUpload, type SetupImportAnswer } from "@/lib/imports/setup-answer";
import { activationDaysSchema } from "./activation";
import { codesFile, importAccounts } from "./import-accounts";

export async function uploadAccounts(file: File, options: { viewer: Viewer; locale: Locale; dryRun: boolean; days: unknown; format: FileFormat; now?: Date }): Promise<SetupImportAnswer | { refused: string }> {
  const { viewer, locale, dryRun } = options;
  const t = importTranslator(locale);
  const days = activationDaysSchema.safeParse(options.days);
  if (!days.success) return { refused: t("errors.activationDays") };
  const read = await readUpload(file, locale, ["csv", "xlsx"]);
  if ("refused" in read) return read;
  const now = options.now ?? new Date();
  const report = await importAccounts(db, read.sheets[0]!, { actor: viewer, dryRun, days: days.data, now, source: file.name });
  const count = report.accounts.length;
  const expires = formatDateTime(report.expiresAt, locale);
  if (report.errors.length) return { dryRun, summary: errorSummary(report.errors.length, locale), errors: describeFileIssues(report.errors, locale, 1000) };
  if (dryRun) return { dryRun, summary: t("accountImport.ready", { count, expires }), errors: [], applyLabel: t("accountImport.apply", { count }) };
  const out = await codesFile(report, options.format, locale, now.toISOString().slice(0, 16).replace(/[-:T]/g, ""));
  return {
    dryRun, summary: t("accountImport.created", { count }), errors: [],
    accounts: report.accounts.map((a) => ({ username: a.username, displayName: a.displayName, committeeName: a.committeeName, code: a.code! })),
    file: { name: out.name, type: out.type, base64: out.bytes.toString("base64") },
  };
}
