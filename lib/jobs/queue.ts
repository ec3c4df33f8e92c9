// The server's scheduled work, on pg-boss (a job queue kept in PostgreSQL): every app instance starts a queue on
// the same database; pg-boss's cron makes one job per tick however many instances schedule it, one of them takes
// it, and what the job writes is idempotent besides (a notice's unique key, a restructuring's row lock), so a
// retried or doubled job changes nothing twice. pg-boss creates and migrates its own tables, in the schema
// "pgboss", when a queue first starts on a database (the app's server, a test's database): not a Prisma migration.
import PgBoss from "pg-boss";
import { logUnexpected } from "@/lib/errors";

export const JOB_SCHEMA = "pgboss";

/** The jobs, each with its cron (Vietnam time). */
export const JOBS = {
  /** Deadline reminders and overdue notices (lib/notifications/reminders.ts). */
  seasonReminders: { name: "season-reminders", cron: "*/15 * * * *" },
  /** Restructurings adopted ahead of their date (lib/committees/restructure/schedule.ts). */
  scheduledRestructures: { name: "scheduled-restructures", cron: "*/10 * * * *" },
} as const;
export type JobName = keyof typeof JOBS;

/** The mail jobs, scheduled only where the installation has SMTP (lib/notifications/mail.ts). */
export const MAIL_JOBS = {
  /** Each new notice by mail, within a minute. */
  mailNotices: { name: "mail-notices", cron: "* * * * *" },
  /** Each account's unread notices, Monday 07:00. */
  weeklyDigest: { name: "weekly-digest", cron: "0 7 * * 1" },
} as const;
export type MailJobName = keyof typeof MAIL_JOBS;

type Handler = (now: Date) => Promise<unknown>;
/** What each job does, given the moment it runs. */
export type JobHandlers = Record<JobName, Handler>;

export interface QueueOptions {
  connectionString: string;
  handlers: JobHandlers;
  /** The mail jobs' work, with SMTP; without it they are unscheduled (mail turned off stops them). */
  mailHandlers?: Record<MailJobName, Handler>;
  /** The clock jobs run on; tests set it. */
  clock?: () => Date;
  /** How often an idle worker looks for a job (pg-boss's default: 2 s). */
  pollingIntervalSeconds?: number;
  /** Run each job once at start too (the server: a restructuring due while it was down is applied at once). */
  runAtStart?: boolean;
}

export async function startJobQueue(options: QueueOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: options.connectionString, schema: JOB_SCHEMA, max: 2, application_name: "chitieu-jobs",
    // Finished jobs are kept a week for inspection, then removed by pg-boss's own maintenance.
    deleteAfterDays: 7,
  });
  boss.on("error", (error) => logUnexpected("job queue", error));
  try {
    await setUp(boss, options);
  } catch (error) {
    // Its connections closed before the caller tries again (lib/jobs/server.ts).
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw error;
  }
  return boss;
}

async function setUp(boss: PgBoss, options: QueueOptions): Promise<void> {
  await boss.start();
  const clock = options.clock ?? (() => new Date());
  const jobs: [string, string, Handler][] = [
    ...(Object.entries(JOBS) as [JobName, (typeof JOBS)[JobName]][]).map(([job, { name, cron }]): [string, string, Handler] => [name, cron, options.handlers[job]]),
    ...(options.mailHandlers ? (Object.entries(MAIL_JOBS) as [MailJobName, (typeof MAIL_JOBS)[MailJobName]][])
      .map(([job, { name, cron }]): [string, string, Handler] => [name, cron, options.mailHandlers![job]]) : []),
  ];
  for (const [name, cron, handler] of jobs) {
    if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, expireInSeconds: 600, retryLimit: 2 });
    await boss.schedule(name, cron, {}, { tz: "Asia/Ho_Chi_Minh" });
    await boss.work(name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async () => {
      await handler(clock());
    });
    // One start-up job per minute at most, however many instances start together (the digest waits for Monday).
    if (options.runAtStart && name !== MAIL_JOBS.weeklyDigest.name) await boss.send(name, {}, { singletonKey: "start", singletonSeconds: 60 });
  }
  if (!options.mailHandlers) {
    for (const { name } of Object.values(MAIL_JOBS)) if (await boss.getQueue(name)) await boss.unschedule(name);
  }
}
