// A tree import's findings in the reader's language (row, column, message), for the route and the CLI.
import type { Locale } from "@/lib/i18n/locales";
import { importTranslator, type IssueLine } from "@/lib/imports/messages";
import type { TreeIssue } from "./columns";

export function describeTreeIssues(issues: TreeIssue[], locale: Locale): IssueLine[] {
  const t = importTranslator(locale);
  return issues.map((i) => ({ row: i.row, column: i.column ?? "", message: t(`${i.namespace}.${i.key}`, i.params) }));
}

/** The counts of a report, as the summary messages take them. */
export function treeCounts(r: { rows: number; created: number; moved: number; renamed: number; corrected: number; ended: number; unchanged: number }) {
  return { rows: r.rows, created: r.created, moved: r.moved, renamed: r.renamed, corrected: r.corrected, ended: r.ended, unchanged: r.unchanged };
}
