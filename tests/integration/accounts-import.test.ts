// Accounts from a file, each with a one-time activation code: every error kind listed with its row and column and
// nothing written; all or nothing; the administrator's subtree bounds the file; codes work once and expire.
import { beforeAll, describe, expect, it } from "vitest";
import { activateAccount, hashActivationCode } from "@/lib/accounts/activation";
import { issueActivationCodeSpec } from "@/lib/accounts/mutations";
import { runAction } from "@/lib/auth/action";
import { codesFile, importAccounts } from "@/lib/accounts/import-accounts";
import { auditSentence } from "@/lib/audit/sentence";
import { verifySignIn } from "@/lib/auth/sign-in";
import { describeFileIssues } from "@/lib/imports/file-issues";
import { readSheets, writeXlsxSheets, type Sheet } from "@/lib/imports/table";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";
import { loadDemo, type Demo } from "./figures-fixtures";

const t = useTestDatabase();
let demo: Demo;
const NOW = new Date("2026-03-02T08:00:00Z");
const DAY = 86_400_000;

async function csv(text: string): Promise<Sheet> {
  return (await readSheets(Buffer.from(text, "utf8"), "csv"))![0]!;
}

const options = (actor: Demo["viewers"]["admin"], dryRun = false, source = "tai-khoan.csv") => ({ actor, dryRun, days: 14, now: NOW, source });

beforeAll(async () => {
  await seedDemo(t.db);
  demo = await loadDemo(t.db);
});

describe("accounts from a file", () => {
  it("lists every bad row with its row, column and message, and writes nothing", async () => {
    const ended = await t.db.committee.findFirstOrThrow({ where: { validTo: { not: null } } });
    const sheet = await csv([
      "username;display_name;role;committee_code;password",
      "canbo.moi1;Nguyễn Văn An;EDITOR;AP-CQD-02;x",
      "canbo.moi1;Trần Văn Bảo;EDITOR;AP-CQD-02;x",
      "ad;Lê Thị Cúc;VIEWER;AP-CQD-03;x",
      "canbo.moi2;Phạm Văn Dũng;THU_KY;AP-CQD-03;x",
      "canbo.moi3;Hoàng Thị Em;EDITOR;XX-99;x",
      "canbo.vpty;Trần Thị Lan;EDITOR;AP-CQD-01;x",
      `canbo.moi4;Đỗ Văn Giang;EDITOR;${ended.code};x`,
      "canbo.moi5;;EDITOR;AP-CQD-02;x",
    ].join("\r\n"));
    const report = await importAccounts(t.db, sheet, options(demo.viewers.admin));
    // The unknown column refuses the file before any row is read.
    expect(describeFileIssues(report.errors, "vi")).toEqual([{ row: 1, column: "password", message: "Cột “password” không có trong mẫu (các cột: username, display_name, role, committee_code, email)." }]);

    const rows = await importAccounts(t.db, await csv(sheet.header.slice(0, 4).join(";") + "\r\n" + sheet.rows.map((r) => r.cells.slice(0, 4).map((c) => c.text).join(";")).join("\r\n")), options(demo.viewers.admin));
    expect(describeFileIssues(rows.errors, "en")).toEqual([
      { row: 3, column: "username", message: "The username canbo.moi1 is already on row 2 of the file." },
      { row: 4, column: "username", message: "A username is 3–64 of a-z, 0-9, dot, underscore, hyphen." },
      { row: 5, column: "role", message: "There is no role “THU_KY” (use ADMIN, EDITOR, APPROVER, VIEWER, or the role's name)." },
      { row: 6, column: "committee_code", message: "There is no unit with code XX-99." },
      { row: 7, column: "username", message: "The username canbo.vpty already exists." },
      { row: 8, column: "committee_code", message: `The unit ${ended.code} has ended.` },
      { row: 9, column: "display_name", message: "Required." },
    ]);
    expect(rows.accounts).toEqual([]);
    expect(await t.db.user.count({ where: { username: { startsWith: "canbo.moi" } } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { action: "account.import" } })).toBe(0);
  });

  it("keeps an administrator of a subtree to it: a unit outside it is refused, and only administrators import", async () => {
    await t.db.user.create({ data: { username: "quantri.cqd", displayName: "Quản trị Đảng ủy Cơ quan", role: "ADMIN", passwordHash: "x", scopeCommitteeId: demo.committees["AP-CQD"]! } });
    const actor = { userId: (await t.db.user.findUniqueOrThrow({ where: { username: "quantri.cqd" } })).id, role: "ADMIN" as const, scopeCommitteeId: demo.committees["AP-CQD"]! };
    const sheet = await csv("username,display_name,role,committee_code\r\nkhoi.moi,Lê Văn Hải,Editor,AP-KCQDN\r\ncqd.moi,Vũ Thị Lan,Cán bộ nhập liệu,AP-CQD-02\r\n");
    const report = await importAccounts(t.db, sheet, { ...options(demo.viewers.admin), actor });
    expect(describeFileIssues(report.errors, "vi")).toEqual([{ row: 2, column: "committee_code", message: "Đơn vị AP-KCQDN không thuộc phạm vi bạn quản trị." }]);
    expect(await t.db.user.count({ where: { username: { in: ["khoi.moi", "cqd.moi"] } } })).toBe(0);
    await expect(importAccounts(t.db, sheet, options(demo.viewers.editor))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("creates every account with a one-time code (dry run first: nothing written), and records one event without the codes", async () => {
    const sheet = (await readSheets(await writeXlsxSheets([{ name: "Tai khoan", header: ["username", "display_name", "role", "committee_code"], rows: [
      ["canbo.cqd02b", "Nguyễn Thị Mai", "EDITOR", "AP-CQD-02"],
      ["lanhdao.cqd03", "Trần Văn Phúc", "Lãnh đạo phê duyệt", "ap-cqd-03"],
      ["xem.khoi", "Lê Thị Quỳnh", "viewer", "AP-KCQDN"],
    ] }]), "xlsx"))![0]!;
    const dry = await importAccounts(t.db, sheet, options(demo.viewers.admin, true, "tai-khoan.xlsx"));
    expect(dry.errors).toEqual([]);
    expect(dry.accounts.map((a) => [a.username, a.role, a.committeeCode, a.code])).toEqual([
      ["canbo.cqd02b", "EDITOR", "AP-CQD-02", null], ["lanhdao.cqd03", "APPROVER", "AP-CQD-03", null], ["xem.khoi", "VIEWER", "AP-KCQDN", null],
    ]);
    expect(await t.db.user.count({ where: { username: "canbo.cqd02b" } })).toBe(0);

    const done = await importAccounts(t.db, sheet, options(demo.viewers.admin, false, "tai-khoan.xlsx"));
    expect(done.accounts).toHaveLength(3);
    expect(done.expiresAt).toEqual(new Date(NOW.getTime() + 14 * DAY));
    const codes = Object.fromEntries(done.accounts.map((a) => [a.username, a.code!]));
    expect(codes["canbo.cqd02b"]).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    const stored = await t.db.activationCode.findMany({ include: { user: { select: { username: true, mustChangePassword: true } } } });
    expect(stored.map((s) => s.user.username).sort()).toEqual(["canbo.cqd02b", "lanhdao.cqd03", "xem.khoi"]);
    // Only the hash is stored.
    expect(stored.find((s) => s.user.username === "xem.khoi")!.codeHash).toBe(hashActivationCode(codes["xem.khoi"]!));
    expect(JSON.stringify(stored)).not.toContain(codes["xem.khoi"]);
    // No password works before activation.
    await expect(verifySignIn(t.db, { username: "xem.khoi", password: "!activation-pending" }, "10.0.0.9")).rejects.toMatchObject({ key: "signIn.invalid" });

    const events = await t.db.auditEvent.findMany({ where: { action: "account.import" } });
    expect(events).toHaveLength(1);
    const facts = { action: "account.import", entityId: events[0]!.entityId, before: null, after: events[0]!.after as Record<string, unknown> };
    expect(auditSentence(facts, "vi", { elements: {}, committees: {} })).toBe(
      "Nhập tệp tai-khoan.xlsx: tạo 3 tài khoản ở 3 đơn vị (1 cán bộ nhập liệu, 1 lãnh đạo phê duyệt, 1 chỉ xem); mã kích hoạt dùng được đến 16/03/2026");
    expect(JSON.stringify(events[0]!.after)).not.toContain(codes["xem.khoi"]);

    // The file to hand out holds each username with its code.
    const file = await codesFile(done, "csv", "vi", "202603020800");
    const text = file.bytes.toString("utf8");
    expect(text).toContain(`xem.khoi;Lê Thị Quỳnh;VIEWER;AP-KCQDN;`);
    expect(text).toContain(codes["xem.khoi"]);
    expect(file.name).toBe("ma-kich-hoat-202603020800.csv");

    // A second import of the same file: every name is now taken, nothing more is made.
    const again = await importAccounts(t.db, sheet, options(demo.viewers.admin, false, "tai-khoan.xlsx"));
    expect(again.errors.map((e) => [e.row, e.column, e.key])).toEqual([[2, "username", "usernameTaken"], [3, "username", "usernameTaken"], [4, "username", "usernameTaken"]]);
    expect(await t.db.user.count({ where: { username: { in: ["canbo.cqd02b", "lanhdao.cqd03", "xem.khoi"] } } })).toBe(3);

    // A code sets the password once; then normal sign-in works and the code is gone.
    const password = "Mat-khau-rieng-2026";
    const fields = { username: "xem.khoi", code: codes["xem.khoi"]!.toLowerCase().replaceAll("-", " "), newPassword: password, confirmPassword: password };
    await activateAccount(t.db, fields, "10.0.0.5", new Date(NOW.getTime() + DAY));
    const signedIn = await verifySignIn(t.db, { username: "xem.khoi", password }, "10.0.0.5");
    expect(await t.db.user.findUniqueOrThrow({ where: { id: signedIn.id } })).toMatchObject({ mustChangePassword: false, role: "VIEWER" });
    await expect(activateAccount(t.db, { ...fields, newPassword: "Mat-khau-khac-2026", confirmPassword: "Mat-khau-khac-2026" }, "10.0.0.5", new Date(NOW.getTime() + DAY)))
      .rejects.toMatchObject({ code: "UNAUTHENTICATED", key: "activationInvalid" });
    await verifySignIn(t.db, { username: "xem.khoi", password }, "10.0.0.5");

    // A code past its days no longer works (the injected clock), and the refusal says nothing of why.
    const late = { username: "lanhdao.cqd03", code: codes["lanhdao.cqd03"]!, newPassword: password, confirmPassword: password };
    await expect(activateAccount(t.db, late, "10.0.0.6", new Date(NOW.getTime() + 14 * DAY + 1000))).rejects.toMatchObject({ key: "activationInvalid" });
    // Another account's code does not open this one.
    await expect(activateAccount(t.db, { ...late, code: codes["canbo.cqd02b"]! }, "10.0.0.6", NOW)).rejects.toMatchObject({ key: "activationInvalid" });
    await expect(verifySignIn(t.db, { username: "lanhdao.cqd03", password }, "10.0.0.6")).rejects.toMatchObject({ key: "signIn.invalid" });
    expect(await t.db.auditEvent.count({ where: { action: "account.activation_failed", entityId: "lanhdao.cqd03" } })).toBe(2);
    expect(await t.db.auditEvent.count({ where: { action: "account.activate" } })).toBe(1);
  });

  it("counts wrong codes like wrong passwords: the account is locked after five, even with the right code", async () => {
    const sheet = await csv("username;display_name;role;committee_code\r\ncanbo.khoa;Bùi Văn Khoa;EDITOR;AP-CQD-02\r\n");
    const [account] = (await importAccounts(t.db, sheet, options(demo.viewers.admin))).accounts;
    const password = "Mat-khau-rieng-2026";
    const attempt = (code: string) => activateAccount(t.db, { username: "canbo.khoa", code, newPassword: password, confirmPassword: password }, "10.0.0.7", NOW);
    for (let i = 0; i < 5; i++) await expect(attempt("AAAA-BBBB-CCCC-DDDD")).rejects.toMatchObject({ key: "activationInvalid" });
    await expect(attempt(account!.code!)).rejects.toMatchObject({ code: "THROTTLED" });
    // The lock is the sign-in's own: signing in is refused alike.
    await expect(verifySignIn(t.db, { username: "canbo.khoa", password }, "10.0.0.8")).rejects.toMatchObject({ code: "THROTTLED" });
    await t.sql`DELETE FROM "SignInThrottle"`;
    await expect(attempt(account!.code!)).resolves.toMatchObject({ username: "canbo.khoa" });
  });

  it("gives an account of the subtree a new code on request (a lost code, a forgotten password); the old password works until it is used", async () => {
    const vpty = await t.db.user.findUniqueOrThrow({ where: { username: "canbo.vpty" } });
    const outside = await t.db.user.findUniqueOrThrow({ where: { username: "canbo.khoi" } });
    const subtreeAdmin = { ...demo.viewers.admin, userId: (await t.db.user.findUniqueOrThrow({ where: { username: "quantri.cqd" } })).id, scopeCommitteeId: demo.committees["AP-CQD"]! };
    expect(await runAction(issueActivationCodeSpec, subtreeAdmin, { id: String(outside.id), days: "7" }, t.db, NOW)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await runAction(issueActivationCodeSpec, subtreeAdmin, { id: String(vpty.id), days: "120" }, t.db, NOW)).toMatchObject({ ok: false, error: { code: "INVALID" } });
    const issued = await runAction(issueActivationCodeSpec, subtreeAdmin, { id: String(vpty.id), days: "7" }, t.db, NOW);
    if (!issued.ok) throw new Error(JSON.stringify(issued.error));
    expect(issued.data.expiresAt).toEqual(new Date(NOW.getTime() + 7 * DAY));
    await expect(verifySignIn(t.db, { username: "canbo.vpty", password: "ChiTieu@2026" }, "10.0.1.1")).resolves.toMatchObject({ id: vpty.id });
    const password = "Mat-khau-moi-2026";
    await activateAccount(t.db, { username: "canbo.vpty", code: issued.data.codes[0]!, newPassword: password, confirmPassword: password }, "10.0.1.1", NOW);
    await expect(verifySignIn(t.db, { username: "canbo.vpty", password }, "10.0.1.1")).resolves.toMatchObject({ id: vpty.id });
    await expect(verifySignIn(t.db, { username: "canbo.vpty", password: "ChiTieu@2026" }, "10.0.1.1")).rejects.toMatchObject({ key: "signIn.invalid" });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "account.issue_code" } });
    expect(auditSentence({ action: event.action, entityId: event.entityId, before: null, after: event.after as Record<string, unknown> }, "en", { elements: {}, committees: {} }))
      .toBe("Issued an activation code to canbo.vpty, valid until 9 Mar 2026");
  });

  it("takes an optional e-mail column: checked row by row, kept in lower case, empty for none", async () => {
    const header = "username;display_name;role;committee_code;email";
    const bad = await importAccounts(t.db, await csv(`${header}\r\nthu.moi1;Ngô Văn Tâm;EDITOR;AP-CQD-02;khong-phai-thu\r\n`), options(demo.viewers.admin));
    expect(describeFileIssues(bad.errors, "vi")).toEqual([{ row: 2, column: "email", message: "Địa chỉ thư điện tử “khong-phai-thu” không hợp lệ." }]);
    expect(await t.db.user.count({ where: { username: "thu.moi1" } })).toBe(0);
    const sheet = await csv(`${header}\r\nthu.moi1;Ngô Văn Tâm;EDITOR;AP-CQD-02; Tam.Ngo@TinhUy.example.vn \r\nthu.moi2;Lý Thị Hoa;VIEWER;AP-CQD-03;\r\n`);
    expect((await importAccounts(t.db, sheet, options(demo.viewers.admin))).errors).toEqual([]);
    const made = await t.db.user.findMany({ where: { username: { in: ["thu.moi1", "thu.moi2"] } }, orderBy: { username: "asc" }, select: { username: true, email: true } });
    expect(made).toEqual([{ username: "thu.moi1", email: "tam.ngo@tinhuy.example.vn" }, { username: "thu.moi2", email: null }]);
  });
});
