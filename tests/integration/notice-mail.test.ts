// Notices by mail, where SMTP is configured: against a real SMTP server started here (smtp-server, with AUTH), each
// new notice goes once to an account with an address, in the inbox's words, also when two app instances run the
// job at the same moment; a refused mail is given back and sent on a later run; the weekly digest lists each
// account's unread notices once a week. The clock is injected where it matters (the digest's week).
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { runAction } from "@/lib/auth/action";
import { changeOwnEmailSpec, updateAccountSpec } from "@/lib/accounts/mutations";
import { auditSentence } from "@/lib/audit/sentence";
import { openDatabase, type Database } from "@/lib/db-client";
import { returnYearSpec, submitYearSpec } from "@/lib/figures/mutations";
import { messageTranslator } from "@/lib/i18n/translator";
import { MAIL_JOBS, startJobQueue } from "@/lib/jobs/queue";
import { mailNewNotices, mailWeeklyDigest, mondayOf, smtpMailer, type Mailer } from "@/lib/notifications/mail";
import { markNoticeReadSpec } from "@/lib/notifications/mutations";
import { listNotices } from "@/lib/notifications/queries";
import { noticeSentence } from "@/lib/notifications/text";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";
import { CELL_YEAR, formInput, loadDemo, type Demo } from "./figures-fixtures";

const t = useTestDatabase();
let demo: Demo;
const BASE_URL = "https://chitieu.tinhuy.example.vn";
const FROM = "Chỉ tiêu <chitieu@tinhuy.example.vn>";
const CELL = "AP-CQD-01-1";
const YEAR = 2027;

interface Received { from: string; to: string[]; user: unknown; raw: string }
const received: Received[] = [];
let server: SMTPServer;
let send: Mailer;
const instances: Database[] = [];

beforeAll(async () => {
  await seedDemo(t.db);
  demo = await loadDemo(t.db);
  // The mail server: AUTH required (over the test's loopback without TLS), a mailbox that refuses, every message kept.
  server = new SMTPServer({
    authOptional: false, allowInsecureAuth: true, disabledCommands: ["STARTTLS"], logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === "chitieu" && auth.password === "mat-khau-smtp") callback(null, { user: auth.username });
      else callback(new Error("Invalid username or password"));
    },
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith("tu-choi")) callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        received.push({ from, to: session.envelope.rcptTo.map((r) => r.address), user: session.user, raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  send = smtpMailer(`smtp://chitieu:mat-khau-smtp@127.0.0.1:${port}`, FROM);
  // Two app instances: each its own pool on the one database.
  instances.push(openDatabase(t.url, 2), openDatabase(t.url, 2));
});

afterAll(async () => {
  for (const database of instances) await database.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** RFC 2047 encoded words (B or Q) back to text. */
const decodeWords = (value: string) => value.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=(?:\s+(?==\?UTF-8))?/gi, (_m, encoding: string, text: string) =>
  encoding.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8")
    : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_h, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8"));
/** A received message's subject and (single-part, base64) text. */
function read(message: Received) {
  const [head = "", ...rest] = message.raw.split("\r\n\r\n");
  const unfolded = head.replace(/\r\n[ \t]+/g, " ");
  const header = (name: string) => decodeWords(unfolded.match(new RegExp(`^${name}: (.*)$`, "mi"))?.[1] ?? "");
  return { subject: header("Subject"), from: header("From"), text: Buffer.from(rest.join("\r\n\r\n").replace(/\s+/g, ""), "base64").toString("utf8") };
}
const mailsTo = (address: string) => received.filter((m) => m.to.includes(address)).map(read);
const runTwice = async (run: (database: Database) => Promise<number>) => (await Promise.all(instances.map(run))).reduce((a, b) => a + b, 0);

describe("notices by mail", () => {
  const LAN = "lan.vpty@tinhuy.example.vn";
  const LEADER = "lanhdao.cqd@tinhuy.example.vn";

  it("go once each, in the inbox's words, to the accounts with an address, however many instances run the job", async () => {
    // An administrator gives the clerk an address on her account (checked, kept in lower case); the leader has one too.
    const account = await t.db.user.findUniqueOrThrow({ where: { id: demo.viewers.editor.userId } });
    const fields = { id: account.id, displayName: account.displayName, role: account.role, scopeCommitteeId: account.scopeCommitteeId };
    expect(await runAction(updateAccountSpec, demo.viewers.admin, { ...fields, email: "không phải thư" }, t.db))
      .toMatchObject({ ok: false, error: { code: "INVALID", fields: { email: "emailInvalid" } } });
    expect(await runAction(updateAccountSpec, demo.viewers.admin, { ...fields, email: " Lan.VPTY@TinhUy.example.vn " }, t.db)).toMatchObject({ ok: true });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: account.id } })).email).toBe(LAN);
    await t.db.user.update({ where: { id: demo.viewers.approver.userId }, data: { email: LEADER } });

    // A submission (the leader hears) and its return with a comment (both clerks hear; the second has no address).
    const at = new Date("2027-12-20T03:00:00Z");
    expect(await runAction(submitYearSpec, demo.viewers.editor, await formInput(t.db, demo, CELL, YEAR, CELL_YEAR), t.db, at)).toMatchObject({ ok: true });
    const version = (await t.db.figureYear.findUniqueOrThrow({ where: { committeeId_year: { committeeId: demo.committees[CELL]!, year: YEAR } } })).version;
    const comment = "Đề nghị kèm biên bản họp chi bộ";
    expect(await runAction(returnYearSpec, demo.viewers.approver, { committeeId: demo.committees[CELL], year: YEAR, version, comment }, t.db)).toMatchObject({ ok: true });

    // While another instance holds the notices (its claim not yet committed), a run skips them: it neither waits nor sends.
    const holder = await instances[0]!.pool.connect();
    await holder.query("BEGIN");
    await holder.query(`SELECT "id" FROM "Notification" FOR UPDATE`);
    expect(await mailNewNotices(instances[1]!.sql, send, BASE_URL)).toBe(0);
    await holder.query("ROLLBACK");
    holder.release();
    expect(received).toHaveLength(0);

    expect(await runTwice((d) => mailNewNotices(d.sql, send, BASE_URL))).toBe(2);
    expect(received.map((m) => m.to)).toEqual(expect.arrayContaining([[LAN], [LEADER]]));
    expect(received).toHaveLength(2);
    // Over SMTP with the configured account and sender.
    expect(received.every((m) => m.user === "chitieu" && m.from === "chitieu@tinhuy.example.vn")).toBe(true);

    const t_ = messageTranslator("vi", "inbox");
    const [waiting] = await listNotices(t.sql, demo.viewers.approver);
    const [returned] = await listNotices(t.sql, demo.viewers.editor);
    const [toLeader] = mailsTo(LEADER);
    expect(toLeader!.from).toBe(FROM);
    expect(toLeader!.subject).toBe(`[Chỉ tiêu] ${noticeSentence(waiting!, "vi", t_)}`);
    expect(toLeader!.subject).toMatch(/đã nộp số liệu năm 2027, chờ đồng chí duyệt$/);
    expect(toLeader!.text).toContain(`Xem: ${BASE_URL}/figures/review?year=${YEAR}`);
    const [toLan] = mailsTo(LAN);
    expect(toLan!.subject).toBe(`[Chỉ tiêu] ${noticeSentence(returned!, "vi", t_)}`);
    expect(toLan!.text.split("\n").slice(0, 2)).toEqual([noticeSentence(returned!, "vi", t_), `Ý kiến: ${comment}`]);
    expect(toLan!.text).toContain(`${BASE_URL}/figures?committee=${demo.committees[CELL]}&year=${YEAR}`);

    // Nothing twice; the clerk without an address has hers in the inbox only.
    expect(await runTwice((d) => mailNewNotices(d.sql, send, BASE_URL))).toBe(0);
    expect(received).toHaveLength(2);
    expect(await t.db.notification.count({ where: { mailedAt: null } })).toBe(1);
  });

  it("give a refused mail back, and send it once the address is put right", async () => {
    await t.db.user.update({ where: { id: demo.viewers.editor2.userId }, data: { email: "tu-choi@tinhuy.example.vn" } });
    expect(await mailNewNotices(t.sql, send, BASE_URL)).toBe(0);
    expect(received).toHaveLength(2);
    expect(await t.db.notification.count({ where: { userId: demo.viewers.editor2.userId, mailedAt: null } })).toBe(1);
    await t.db.user.update({ where: { id: demo.viewers.editor2.userId }, data: { email: "hung.vpty@tinhuy.example.vn" } });
    expect(await mailNewNotices(t.sql, send, BASE_URL)).toBe(1);
    expect(mailsTo("hung.vpty@tinhuy.example.vn").map((m) => m.subject)).toEqual([expect.stringMatching(/bị trả lại để sửa$/)]);
  });

  it("sum up each account's unread notices once a week", async () => {
    expect([mondayOf("2027-12-27"), mondayOf("2027-12-29"), mondayOf("2028-01-02")]).toEqual(["2027-12-27", "2027-12-27", "2027-12-27"]);
    // The clerk has read hers: no digest for her.
    const [returned] = await listNotices(t.sql, demo.viewers.editor);
    expect(await runAction(markNoticeReadSpec, demo.viewers.editor, { id: String(returned!.id) }, t.db)).toMatchObject({ ok: true });
    const before = received.length;
    const monday = new Date("2027-12-27T00:00:00Z"); // 07:00 in Vietnam
    expect(await runTwice((d) => mailWeeklyDigest(d.sql, send, BASE_URL, monday))).toBe(2);
    const digests = received.slice(before).map((m) => ({ to: m.to, ...read(m) }));
    expect(digests.map((d) => d.to[0]).sort()).toEqual(["hung.vpty@tinhuy.example.vn", LEADER]);
    const toLeader = digests.find((d) => d.to[0] === LEADER)!;
    expect(toLeader.subject).toBe("[Chỉ tiêu] 1 thông báo chưa đọc trong tuần");
    const [waiting] = await listNotices(t.sql, demo.viewers.approver);
    expect(toLeader.text).toContain(`- ${noticeSentence(waiting!, "vi", messageTranslator("vi", "inbox"))}`);
    expect(toLeader.text).toContain(`${BASE_URL}/inbox?unread=1`);
    // Later the same week: nothing; the next week: again, while unread.
    expect(await mailWeeklyDigest(t.sql, send, BASE_URL, new Date("2027-12-29T03:00:00Z"))).toBe(0);
    expect(await mailWeeklyDigest(t.sql, send, BASE_URL, new Date("2028-01-03T00:00:00Z"))).toBe(2);
  });

  it("stop when an account clears its own address on its account page, and go to the address it sets there", async () => {
    const leader = demo.viewers.approver;
    expect(await runAction(changeOwnEmailSpec, leader, { email: "lanhdao@" }, t.db)).toMatchObject({ ok: false, error: { code: "INVALID", fields: { email: "emailInvalid" } } });
    const mailed = mailsTo(LEADER).length;
    expect(await runAction(changeOwnEmailSpec, leader, { email: "" }, t.db)).toMatchObject({ ok: true });
    // The next week's digest goes to the other unread account only.
    expect(await mailWeeklyDigest(t.sql, send, BASE_URL, new Date("2028-01-10T00:00:00Z"))).toBe(1);
    expect(mailsTo(LEADER)).toHaveLength(mailed);
    const NEW = "pho.bithu@tinhuy.example.vn";
    expect(await runAction(changeOwnEmailSpec, leader, { email: " Pho.BiThu@TinhUy.example.vn" }, t.db)).toMatchObject({ ok: true });
    expect(await mailWeeklyDigest(t.sql, send, BASE_URL, new Date("2028-01-17T00:00:00Z"))).toBe(2);
    expect(mailsTo(NEW).map((m) => m.subject)).toEqual(["[Chỉ tiêu] 1 thông báo chưa đọc trong tuần"]);
    // Each change in words, with both addresses.
    const events = await t.db.auditEvent.findMany({ where: { action: "account.email", actorId: leader.userId }, orderBy: { id: "asc" } });
    expect(events.map((e) => auditSentence({ ...e, before: e.before as never, after: e.after as never }, "vi", { elements: {}, committees: {} }))).toEqual([
      `Đổi địa chỉ nhận thông báo qua thư: ${LEADER} → —`, `Đổi địa chỉ nhận thông báo qua thư: — → ${NEW}`,
    ]);
  });

  it("run on the job queue only where SMTP is configured", async () => {
    const names: string[] = Object.values(MAIL_JOBS).map((j) => j.name).sort();
    const handlers = { seasonReminders: async () => undefined, scheduledRestructures: async () => undefined };
    const noop = async () => 0;
    const withMail = await startJobQueue({ connectionString: t.url, handlers, mailHandlers: { mailNotices: noop, weeklyDigest: noop } });
    expect((await withMail.getSchedules()).map((s) => s.name).filter((n) => names.includes(n)).sort()).toEqual(names);
    await withMail.stop({ graceful: true, wait: true, timeout: 5_000 });
    // Mail turned off: the next start unschedules them.
    const withoutMail = await startJobQueue({ connectionString: t.url, handlers });
    expect((await withoutMail.getSchedules()).map((s) => s.name).filter((n) => names.includes(n))).toEqual([]);
    await withoutMail.stop({ graceful: true, wait: true, timeout: 5_000 });
  });
});
