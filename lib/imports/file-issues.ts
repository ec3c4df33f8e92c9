// The findings of a set-up import (accounts, a resolution) in the reader's language. Pure: the routes and the CLI.
import type { Locale } from "@/lib/i18n/locales";
import { importTranslator } from "./messages";
import type { FileIssue } from "./table";

/** A finding's message: its key under fileImport, or a target rule's under errors.targets. */
export function describeFileIssues(issues: FileIssue[], locale: Locale, max = Infinity): { row: number; column: string; message: string }[] {
  const t = importTranslator(locale);
  return issues.slice(0, max).map((i) => ({
    row: i.row, column: i.column,
    message: i.key.startsWith("targets.") ? t(`errors.${i.key}`, i.values) : t(`fileImport.${i.key}`, i.values),
  }));
}

export function errorSummary(count: number, locale: Locale): string {
  return importTranslator(locale)("fileImport.errorsTitle", { count });
}
