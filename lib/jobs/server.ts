// The app server's job queue (started from instrumentation.ts, once per process), on the app's database.
import { applyDueRestructures } from "@/lib/committees/restructure/schedule";
import { todayInVietnam } from "@/lib/committees/restructure/execute";
import { db, sql } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { logUnexpected } from "@/lib/errors";
import { createSeasonReminders } from "@/lib/notifications/reminders";
import { startJobQueue, type JobHandlers } from "./queue";

export const serverJobs: JobHandlers = {
  seasonReminders: (now) => createSeasonReminders(sql, now),
  scheduledRestructures: (now) => applyDueRestructures(db, todayInVietnam(now)),
};

const globalForJobs = globalThis as unknown as { chitieuJobs?: Promise<unknown> };

export function startServerJobs(): void {
  globalForJobs.chitieuJobs ??= startJobQueue({ connectionString: getEnv().DATABASE_URL, handlers: serverJobs, runAtStart: true })
    .catch((error) => logUnexpected("job queue start", error));
}
