// Notifications in the app: workflow steps write their notices in the step's transaction; the job queue's reminders
// and overdue notices are made exactly once, also when two app instances' queue workers run them at the same time.
// The clock is injected everywhere.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { runAction } from "@/lib/auth/action";
import { openDatabase, type Database } from "@/lib/db-client";
import { approveYearSpec, returnYearSpec, submitYearSpec } from "@/lib/figures/mutations";
import { grantExtensionsSpec, setCalendarSpec } from "@/lib/calendar/mutations";
import { markAllNoticesReadSpec, markNoticeReadSpec } from "@/lib/notifications/mutations";
import { listNotices, unreadCount } from "@/lib/notifications/queries";
import { createSeasonReminders } from "@/lib/notifications/reminders";
import { JOB_SCHEMA, JOBS, startJobQueue } from "@/lib/jobs/queue";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";
import { CELL_YEAR, formInput, loadDemo, type Demo } from "./figures-fixtures";

const t = useTestDatabase();
let demo: Demo;
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  await seedDemo(t.db);
  demo = await loadDemo(t.db);
});

const yearVersion = async (code: string, year: number) =>
  (await t.db.figureYear.findUniqueOrThrow({ where: { committeeId_year: { committeeId: demo.committees[code]!, year } } })).version;
const noticesOf = (username: keyof Demo["viewers"]) => listNotices(t.sql, demo.viewers[username]);

describe("workflow notices", () => {
  const cell = "AP-CQD-01-1";
  const YEAR = 2027;

  it("tell the approvers a submission waits, then the unit's editors that it was returned, with the comment", async () => {
    const submitted = await runAction(submitYearSpec, demo.viewers.editor, await formInput(t.db, demo, cell, YEAR, CELL_YEAR), t.db, at("2027-12-20T03:00:00Z"));
    expect(submitted).toMatchObject({ ok: true });
    const waiting = (await noticesOf("approver")).filter((n) => n.kind === "WAITING");
    expect(waiting.map((n) => [n.committeeCode, n.year, n.read])).toEqual([[cell, YEAR, false]]);
    // The submitter is not told of their own step.
    expect(await noticesOf("editor")).toEqual([]);

    const comment = "Số đảng viên được đánh giá chưa khớp biên bản";
    const returned = await runAction(returnYearSpec, demo.viewers.approver,
      { committeeId: demo.committees[cell], year: YEAR, version: await yearVersion(cell, YEAR), comment }, t.db);
    expect(returned).toMatchObject({ ok: true });
    // The submitter and the other clerk of the same committee; not the approver who returned it, nor the administrator.
    for (const editor of ["editor", "editor2"] as const) {
      expect((await noticesOf(editor)).map((n) => [n.kind, n.committeeCode, n.year, n.comment])).toEqual([["RETURNED", cell, YEAR, comment]]);
    }
    expect((await noticesOf("approver")).map((n) => n.kind)).toEqual(["WAITING"]);
    expect(await noticesOf("admin")).toEqual([]);
  });

  it("are marked read by their own account only, one or all", async () => {
    const [notice] = await noticesOf("editor");
    expect(await unreadCount(t.sql, demo.viewers.editor)).toBe(1);
    // Another account's id is not found, and changes nothing.
    expect(await runAction(markNoticeReadSpec, demo.viewers.editor2, { id: String(notice!.id) }, t.db)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await unreadCount(t.sql, demo.viewers.editor)).toBe(1);
    expect(await runAction(markNoticeReadSpec, demo.viewers.editor, { id: String(notice!.id) }, t.db)).toMatchObject({ ok: true });
    expect(await unreadCount(t.sql, demo.viewers.editor)).toBe(0);
    expect(await unreadCount(t.sql, demo.viewers.editor2)).toBe(1);
    expect(await runAction(markAllNoticesReadSpec, demo.viewers.editor2, {}, t.db)).toMatchObject({ ok: true, data: { marked: 1 } });
    expect(await unreadCount(t.sql, demo.viewers.editor2)).toBe(0);
  });

  it("tell the editors of an approval once it is resubmitted and approved", async () => {
    expect(await runAction(submitYearSpec, demo.viewers.editor, await formInput(t.db, demo, cell, YEAR, CELL_YEAR), t.db, at("2027-12-21T03:00:00Z"))).toMatchObject({ ok: true });
    expect(await runAction(approveYearSpec, demo.viewers.approver, { committeeId: demo.committees[cell], year: YEAR, version: await yearVersion(cell, YEAR) }, t.db)).toMatchObject({ ok: true });
    expect((await noticesOf("editor")).map((n) => n.kind)).toEqual(["APPROVED", "RETURNED"]);
    // The second submission is a second event: the approver was told twice, once each.
    expect((await noticesOf("approver")).map((n) => n.kind)).toEqual(["WAITING", "WAITING"]);
  });
});

describe("season reminders on the job queue", () => {
  const YEAR = 2028;
  const instances: { boss: PgBoss; database: Database }[] = [];
  // The installation's calendars for 2028 and 2029 (the demo seeds 2026's only): open 1 December, entry until 15 January.
  beforeAll(async () => {
    for (const year of [YEAR, YEAR + 1]) {
      const dates = { opensOn: `${year}-12-01`, entryDeadline: `${year + 1}-01-15`, approvalDeadline: `${year + 1}-01-31` };
      expect(await runAction(setCalendarSpec, demo.viewers.admin, { committeeId: demo.committees.AP, year, ...dates }, t.db)).toMatchObject({ ok: true });
    }
  });
  afterAll(async () => {
    for (const { boss, database } of instances) {
      await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
      await database.close();
    }
  });

  const remindersOf = async (code: string) => (await t.db.notification.findMany({
    where: { committeeId: demo.committees[code], year: YEAR }, include: { user: true }, orderBy: [{ kind: "asc" }, { userId: "asc" }, { id: "asc" }],
  })).map((n) => [n.kind, n.user.username, n.daysLeft]);

  it("are made exactly once when two app instances' workers run them at the same moment", async () => {
    // The installation's calendar closes entry on 15 January 2029; one unit has submitted already.
    expect(await runAction(submitYearSpec, demo.viewers.editor, await formInput(t.db, demo, "AP-CQD-01-3", YEAR, CELL_YEAR), t.db, at("2029-01-05T03:00:00Z"))).toMatchObject({ ok: true });
    const clock = () => at("2029-01-12T02:00:00Z");
    let arrived = 0;
    const ran: { instance: string; made: number }[] = [];
    const bothHere = new Promise<void>((resolve, reject) => {
      const check = setInterval(() => { if (arrived >= 2) { clearInterval(check); resolve(); } }, 10);
      setTimeout(() => { clearInterval(check); reject(new Error("the second worker never took a job: no race")); }, 30_000);
    });
    for (const instance of ["A", "B"]) {
      // Each instance has its own pool and its own queue, as two app processes on one database would.
      const database = openDatabase(t.url, 2);
      const boss = await startJobQueue({
        connectionString: t.url, clock, pollingIntervalSeconds: 0.5,
        handlers: {
          seasonReminders: async (now) => {
            arrived += 1;
            await bothHere; // both workers hold a job before either writes: the race the unique key must win
            const made = await createSeasonReminders(database.sql, now);
            ran.push({ instance, made: made.deadline + made.overdue });
          },
          scheduledRestructures: async () => undefined,
        },
      });
      instances.push({ boss, database });
    }
    await instances[0]!.boss.send(JOBS.seasonReminders.name, {});
    await instances[0]!.boss.send(JOBS.seasonReminders.name, {});
    for (let i = 0; i < 300 && ran.length < 2; i++) await new Promise((r) => setTimeout(r, 100));
    expect(ran.map((r) => r.instance).sort()).toEqual(["A", "B"]);

    const total = await t.db.notification.count({ where: { kind: "DEADLINE" } });
    expect(total).toBeGreaterThan(0);
    // Between them the two made every reminder once: what one inserted, the other's insert skipped.
    expect(ran[0]!.made + ran[1]!.made).toBe(total);
    // The unit's two clerks, 3 days before; the unit that submitted hears nothing.
    expect(await remindersOf("AP-CQD-01-1")).toEqual([["DEADLINE", "canbo.vpty", 3], ["DEADLINE", "canbo.vpty2", 3]]);
    expect(await remindersOf("AP-CQD-01-3")).toEqual([["WAITING", "lanhdao.cqd", null]]);
    // A later run the same day finds nothing new; pg-boss made its own tables in its schema.
    expect(await createSeasonReminders(t.sql, clock())).toEqual({ deadline: 0, overdue: 0 });
    expect((await t.sql<{ n: number }>`SELECT count(*)::int AS "n" FROM information_schema.tables WHERE table_schema = ${JOB_SCHEMA}`)[0]!.n).toBeGreaterThan(0);
  });

  it("send the 1-day reminder, then tell the parent's approvers once the deadline has passed; an extension starts over", async () => {
    expect((await createSeasonReminders(t.sql, at("2029-01-14T02:00:00Z"))).deadline).toBeGreaterThan(0);
    expect(await remindersOf("AP-CQD-01-1")).toEqual([
      ["DEADLINE", "canbo.vpty", 3], ["DEADLINE", "canbo.vpty", 1], ["DEADLINE", "canbo.vpty2", 3], ["DEADLINE", "canbo.vpty2", 1]]);
    // The 16th in Vietnam: one day late. Twice: once.
    const late = at("2029-01-16T02:00:00Z");
    expect((await createSeasonReminders(t.sql, late)).overdue).toBeGreaterThan(0);
    expect(await createSeasonReminders(t.sql, late)).toEqual({ deadline: 0, overdue: 0 });
    const overdue = (await remindersOf("AP-CQD-01-1")).filter(([kind]) => kind === "OVERDUE");
    // The cell's parent (AP-CQD-01) has no approvers: the nearest above it does.
    expect(overdue).toEqual([["OVERDUE", "lanhdao.cqd", -1]]);

    const admin = demo.viewers.admin;
    expect(await runAction(grantExtensionsSpec, admin, { committeeIds: String(demo.committees["AP-CQD-01-1"]), year: String(YEAR), until: "2029-01-20", reason: "Kiện toàn cấp ủy" }, t.db)).toMatchObject({ ok: true });
    await createSeasonReminders(t.sql, at("2029-01-18T02:00:00Z"));
    expect((await remindersOf("AP-CQD-01-1")).filter(([kind, user]) => kind === "DEADLINE" && user === "canbo.vpty")).toEqual([
      ["DEADLINE", "canbo.vpty", 3], ["DEADLINE", "canbo.vpty", 1], ["DEADLINE", "canbo.vpty", 2]]);
  });

  it("leave a calendar set by a subtree to that subtree", async () => {
    // A stricter calendar of the agencies (10 January) puts their units 3 days from it while the rest are 8 away.
    expect(await runAction(setCalendarSpec, demo.viewers.admin, { committeeId: demo.committees["AP-CQD"], year: 2029, opensOn: "2029-12-01", entryDeadline: "2030-01-10", approvalDeadline: "2030-01-31" }, t.db)).toMatchObject({ ok: true });
    await createSeasonReminders(t.sql, at("2030-01-07T02:00:00Z"));
    const units = await t.db.notification.findMany({ where: { kind: "DEADLINE", year: 2029 }, include: { committee: true } });
    expect(units.length).toBeGreaterThan(0);
    expect(units.every((n) => n.committee.code.startsWith("AP-CQD"))).toBe(true);
  });
});
