// A notice as words and a place to act on it: the inbox's list and the mails (lib/notifications/mail.ts) say the
// same sentence and link to the same page.
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { Notice } from "./queries";

/** Where a notice is acted on: the year's form, the review queue, the overdue list. */
export function noticeHref(n: Pick<Notice, "kind" | "committeeId" | "year">): string {
  if (n.kind === "WAITING") return `/figures/review?year=${n.year}`;
  if (n.kind === "OVERDUE") return `/figures/overdue?year=${n.year}`;
  return `/figures?committee=${n.committeeId}&year=${n.year}`;
}

/** The notice's sentence, with `t` on the "inbox" messages. */
export function noticeSentence(n: Pick<Notice, "kind" | "committeeName" | "committeeNameEn" | "year" | "dueOn" | "daysLeft">, locale: Locale, t: Translate): string {
  const unit = locale === "en" && n.committeeNameEn ? n.committeeNameEn : n.committeeName;
  const date = n.dueOn ? formatDate(new Date(`${n.dueOn}T00:00:00Z`), locale) : "";
  const days = n.daysLeft === null ? 0 : Math.abs(n.daysLeft);
  return t(`kind.${n.kind}`, { unit, year: n.year, date, days });
}
