// An import's messages in the reader's language, from the same message files as the pages (request-free
// translator), for the import route and the CLI.
import { createTranslator } from "next-intl";
import type { ErrorAnswer } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import type { ImportIssue, ImportReport } from "./import-figures";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** What a person reads of one issue: row, column and message. */
export interface IssueLine {
  row: number;
  column: string;
  message: string;
}

export function importTranslator(locale: Locale): Translate {
  return createTranslator({ locale, messages: MESSAGES[locale] }) as unknown as Translate;
}

export function describeIssues(issues: ImportIssue[], locale: Locale): IssueLine[] {
  const t = importTranslator(locale);
  return issues.map((i) => ({ row: i.row, column: i.column ?? "", message: t(`${i.namespace}.${i.key}`, i.params) }));
}

export function describeSummary(report: ImportReport, locale: Locale): string {
  const t = importTranslator(locale);
  return t("imports.summary", { rows: report.rows, created: report.created, updated: report.updated, deleted: report.deleted, unchanged: report.unchanged });
}

/** An expected failure of an import (an AppError's answer) in the reader's language: its key under the figures' own messages, else the shared ones. */
export function describeFailure(answer: ErrorAnswer, locale: Locale): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale] });
  const key = t.has(`figureErrors.${answer.key}` as never) ? `figureErrors.${answer.key}` : `errors.${answer.key}`;
  return (t as unknown as Translate)(key, answer.values);
}
