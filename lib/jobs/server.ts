// The app server's job queue (started from instrumentation.ts, once per process), on the app's database.
import { applyDueRestructures } from "@/lib/committees/restructure/schedule";
import { todayInVietnam } from "@/lib/committees/restructure/execute";
import { db, sql } from "@/lib/db";
import { getEnv, type Env } from "@/lib/env";
import { logUnexpected } from "@/lib/errors";
import { createSeasonReminders } from "@/lib/notifications/reminders";
import { mailNewNotices, mailWeeklyDigest, smtpMailer } from "@/lib/notifications/mail";
import { startJobQueue, type JobHandlers, type QueueOptions } from "./queue";

export const serverJobs: JobHandlers = {
  seasonReminders: (now) => createSeasonReminders(sql, now),
  scheduledRestructures: (now) => applyDueRestructures(db, todayInVietnam(now)),
};

/** The mail jobs where SMTP is configured (SMTP_URL, MAIL_FROM), else none: mail is off by default. */
export function serverMailJobs(env: Env): QueueOptions["mailHandlers"] {
  if (!env.SMTP_URL || !env.MAIL_FROM) return undefined;
  const send = smtpMailer(env.SMTP_URL, env.MAIL_FROM);
  // The links in mails: the public URL (`npm start` sets NEXTAUTH_URL when it is not given).
  const baseUrl = env.NEXTAUTH_URL ?? "";
  return {
    mailNotices: () => mailNewNotices(sql, send, baseUrl),
    weeklyDigest: (now) => mailWeeklyDigest(sql, send, baseUrl, now),
  };
}

const globalForJobs = globalThis as unknown as { chitieuJobs?: Promise<unknown> };

export function startServerJobs(): void {
  const env = getEnv();
  globalForJobs.chitieuJobs ??= startJobQueue({ connectionString: env.DATABASE_URL, handlers: serverJobs, mailHandlers: serverMailJobs(env), runAtStart: true })
    .catch((error) => logUnexpected("job queue start", error));
}
