// Where and when a figure may be written, the same on every way in (the entry form and its save, the import, and
// any later API): a unit that ended reports up to the year before; before the opening date in force for it and after
// the entry deadline (its extension, else the strictest calendar of its lineage) nothing is entered or submitted; a
// submitted year is read-only, an approved one only after an audited unlock. What each committee enters at all is
// its entry plan (entryPlan in ./elements.ts). Pure, with one test suite (write-rules.test.ts).
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { YearStatus } from "./types";

/**
 * The last year a unit that ended (merged, split, dissolved) in `endYear` may report, or null while it is in force
 * (read the year in SQL, EXTRACT(YEAR FROM "validTo"): a DATE parsed into a Date shifts with the time zone). It reports
 * through the year before it ended, and its successor reports on. The form, the import and the API apply this one rule.
 */
export function lastReportingYear(endYear: number | null): number | null {
  return endYear === null ? null : endYear - 1;
}

/** The reporting calendar in force for one unit and year (dates "YYYY-MM-DD", Vietnam's calendar days). */
export interface DeadlineInForce {
  opensOn: string;
  entryDeadline: string;
  approvalDeadline: string;
  /** The committee whose calendar set the entry deadline: whom a late unit asks for an extension. */
  setById: number;
  setByName: string;
  setByNameEn: string | null;
  /** The unit's own extension of the entry deadline, if any; it replaces the calendar's. */
  extendedUntil: string | null;
}

const vietnamDay = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "Asia/Ho_Chi_Minh" });

/** The calendar day in Vietnam at `now` ("2027-01-15"): deadlines are whole days there. */
export function vietnamDate(now: Date): string {
  return vietnamDay.format(now);
}

/** The last day a unit may enter and submit: its extension, else the strictest calendar of its lineage. */
export function entryDeadlineOf(deadline: DeadlineInForce | null): string | null {
  return deadline ? (deadline.extendedUntil ?? deadline.entryDeadline) : null;
}

/**
 * Whether entry is closed on `today` (a Vietnam date): the deadline day itself is still open. Returns the deadline
 * that closed it, or null while open (or with no calendar). The form, its save and submit, and the import apply
 * this one rule.
 */
export function entryClosedSince(deadline: DeadlineInForce | null, today: string): string | null {
  const last = entryDeadlineOf(deadline);
  return last !== null && today > last ? last : null;
}

/**
 * Whether entry has not opened yet on `today` (a Vietnam date): returns the opening date while before it, else null
 * (also with no calendar). An extension moves the deadline only. The form, its save and submit, and the import apply
 * this one rule.
 */
export function entryOpensOn(deadline: DeadlineInForce | null, today: string): string | null {
  return deadline !== null && today < deadline.opensOn ? deadline.opensOn : null;
}

/** The values of the "entryNotOpen" message (figureErrors): the year, and the day it opens. */
export function entryNotOpenValues(opensOn: string, year: number, locale: Locale): Record<string, string> {
  return { year: String(year), date: formatDate(new Date(`${opensOn}T00:00:00Z`), locale) };
}

/** The values of the "entryClosed" message (figureErrors): since when, and whose administrators to ask. */
export function entryClosedValues(deadline: DeadlineInForce, closed: string, locale: Locale): Record<string, string> {
  return {
    date: formatDate(new Date(`${closed}T00:00:00Z`), locale),
    committee: locale === "en" ? (deadline.setByNameEn ?? deadline.setByName) : deadline.setByName,
  };
}

/** Whether a submission at `submittedAt` met the unit's deadline (extension counted); null without a calendar. */
export function submittedOnTime(deadline: DeadlineInForce | null, submittedAt: Date | null): boolean | null {
  const last = entryDeadlineOf(deadline);
  if (last === null || submittedAt === null) return null;
  return vietnamDate(submittedAt) <= last;
}

/** Whole days from `deadline` to `today` (both "YYYY-MM-DD"); positive once late. */
export function daysLate(deadline: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${deadline}T00:00:00Z`)) / 86_400_000);
}

/** Why a change to a year in `status` is refused (a figureErrors key), or null. `unlock`: the import was asked to
 * unlock approved years, and the importer may. */
export function lockedYearRefusal(status: YearStatus, unlock: { asked: boolean; allowed: boolean } = { asked: false, allowed: false }): "yearSubmitted" | "yearApproved" | "unlockForbidden" | null {
  if (status === "SUBMITTED") return "yearSubmitted";
  if (status !== "APPROVED") return null;
  if (!unlock.asked) return "yearApproved";
  return unlock.allowed ? null : "unlockForbidden";
}
