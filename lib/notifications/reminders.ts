// The reporting season's scheduled notices, made by the job queue (lib/jobs): a unit's editors hear that the entry
// deadline is 7, 3 and 1 days away while its year is not submitted; the parent's approvers hear when it has passed.
// Set-based (one statement per kind over every unit of the open calendars) and idempotent: the event key names the
// unit, the year, the deadline in force and the reminder's step, and (account, event key) is unique, so any number
// of runs, on any number of workers at once, deliver each notice once. An extension moves the deadline and so
// starts its own reminders.
import { Prisma } from "@/lib/generated/prisma/client";
import { REPORTING_KINDS } from "@/lib/figures/completeness";
import { vietnamDate } from "@/lib/figures/write-rules";
import type { Sql } from "@/lib/sql";
import { nearestAccounts } from "./recipients";

/** The days before the deadline a reminder goes out on; a run that missed a day sends the step it is in. */
export const REMINDER_DAYS = [7, 3, 1] as const;
/** Overdue notices stop this many days after the deadline (old years are not announced again and again). */
const OVERDUE_WINDOW_DAYS = 30;

export interface ReminderRun {
  deadline: number;
  overdue: number;
}

/** The units not yet submitted, with their entry deadline in force, for the calendars near `today`. */
function openUnits(today: string): Prisma.Sql {
  return Prisma.sql`
    WITH years AS (
      SELECT DISTINCT "year" FROM "ReportingCalendar"
      WHERE "opensOn" <= ${today}::date + 7 AND "approvalDeadline" >= ${today}::date - ${OVERDUE_WINDOW_DAYS}::int
    ),
    lineage AS (
      SELECT cc."descendantId" AS "c", rc."year", MIN(rc."opensOn") AS "opensOn", MIN(rc."entryDeadline") AS "entryDeadline"
      FROM years y JOIN "ReportingCalendar" rc ON rc."year" = y."year"
      JOIN "CommitteeClosure" cc ON cc."ancestorId" = rc."committeeId"
      GROUP BY cc."descendantId", rc."year"
    )
    SELECT l."c", l."year", l."opensOn", COALESCE(x."until", l."entryDeadline") AS "due"
    FROM lineage l
    JOIN "Committee" k ON k."id" = l."c"
    LEFT JOIN "ReportingExtension" x ON x."committeeId" = l."c" AND x."year" = l."year"
    LEFT JOIN "FigureYear" fy ON fy."committeeId" = l."c" AND fy."year" = l."year"
    WHERE COALESCE(fy."status"::text, 'DRAFT') = 'DRAFT'
      -- Expected to report, as completeness counts them (lib/figures/completeness.ts).
      AND (fy."committeeId" IS NOT NULL OR (
        k."kind"::text = ANY(${[...REPORTING_KINDS]}::text[])
        AND k."validFrom" <= make_date(l."year", 12, 31)
        AND (k."validTo" IS NULL OR k."validTo" > make_date(l."year", 12, 31))))`;
}

export async function createSeasonReminders(sql: Sql, now: Date): Promise<ReminderRun> {
  const today = vietnamDate(now);
  const [first, second, third] = REMINDER_DAYS;
  const deadline = await sql.count`
    WITH open AS (${openUnits(today)}),
    due AS (
      SELECT o.*, (o."due" - ${today}::date) AS "left" FROM open o
      WHERE o."opensOn" <= ${today}::date AND o."due" >= ${today}::date AND o."due" - ${today}::date <= ${first}::int
    )
    INSERT INTO "Notification" ("userId", "eventKey", "kind", "committeeId", "year", "dueOn", "daysLeft")
    SELECT r."id",
      'deadline:' || d."c" || ':' || d."year" || ':' || d."due" || ':' ||
        CASE WHEN d."left" <= ${third}::int THEN ${third}::int WHEN d."left" <= ${second}::int THEN ${second}::int ELSE ${first}::int END,
      'DEADLINE', d."c", d."year", d."due", d."left"
    FROM due d CROSS JOIN LATERAL ${nearestAccounts(Prisma.sql`d."c"`, "EDITOR", 0)} AS r ("id")
    ON CONFLICT ("userId", "eventKey") DO NOTHING`;
  const overdue = await sql.count`
    WITH open AS (${openUnits(today)}),
    late AS (
      SELECT o.* FROM open o WHERE o."due" < ${today}::date AND o."due" >= ${today}::date - ${OVERDUE_WINDOW_DAYS}::int
    )
    INSERT INTO "Notification" ("userId", "eventKey", "kind", "committeeId", "year", "dueOn", "daysLeft")
    SELECT r."id", 'overdue:' || l."c" || ':' || l."year" || ':' || l."due", 'OVERDUE', l."c", l."year", l."due", l."due" - ${today}::date
    FROM late l CROSS JOIN LATERAL ${nearestAccounts(Prisma.sql`l."c"`, "APPROVER", 1)} AS r ("id")
    ON CONFLICT ("userId", "eventKey") DO NOTHING`;
  return { deadline, overdue };
}
