// A tree import's findings in the reader's language (row, column, message), for the route and the CLI.
import type { Locale } from "@/lib/i18n/locales";
import { importTranslator, type IssueLine } from "@/lib/imports/messages";
import type { TreeIssue } from "./columns";

export function describeTreeIssues(issues: TreeIssue[], locale: Locale): IssueLine[] {
  const t = importTranslator(locale);
  return issues.map((i) => ({ row: i.row, column: i.column ?? "", message: t(`${i.namespace}.${i.key}`, i.params) }));
}
