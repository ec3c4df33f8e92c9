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
  globalForJobs.chitieuJobs ??= startWithRetries(5);
}

/**
 * Several app processes starting at once on a new database each create pg-boss's schema, and PostgreSQL may end one
 * of them as a deadlock: that process would then run no scheduled work until restarted. A few tries, spaced out.
 */
async function startWithRetries(tries: number): Promise<unknown> {
  const env = getEnv();
  for (let attempt = 1; ; attempt++) {
    try {
      return await startJobQueue({ connectionString: env.DATABASE_URL, handlers: serverJobs, mailHandlers: serverMailJobs(env), runAtStart: true });
    } catch (error) {
      if (attempt >= tries) return logUnexpected("job queue start", error);
      await new Promise((resolve) => setTimeout(resolve, 2_000 * attempt));
    }
  }
}
