// Pure: the audit list as a CSV file people open in a spreadsheet: time, who, unit, what happened. Every text cell
// is formula-escaped (a sentence may quote a note that starts with "="), as in the figures' export.
import type { AuditRow } from "./queries";
import { auditSentence, type AuditNames } from "./sentence";
import { escapeCell } from "@/lib/imports/cells";
import { CSV_BOM, csvLine, SEPARATOR_OF } from "@/lib/imports/csv";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** Rows a download holds at most, newest first; the page says so when there are more. */
export const AUDIT_DOWNLOAD_LIMIT = 10_000;

export function renderAuditCsv(rows: AuditRow[], names: AuditNames, locale: Locale, headers: [string, string, string, string], system: string): string {
  const separator = SEPARATOR_OF[locale];
  const lines = rows.map((row) => csvLine([
    formatDateTime(row.at, locale), row.actor ?? system, row.committeeName ?? "—",
    auditSentence({ ...row, before: row.before, after: row.after }, locale, names),
  ].map(escapeCell), separator));
  return [CSV_BOM, csvLine(headers.map(escapeCell), separator), ...lines].join("");
}
