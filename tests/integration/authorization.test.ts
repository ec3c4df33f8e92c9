import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { idField, runAction, type ActionSpec } from "@/lib/auth/action";
import { PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import { readSessionAccountRow } from "@/lib/auth/account";
import type { Viewer } from "@/lib/auth/session";
import { createAccountSpec, setAccountActiveSpec, updateAccountSpec } from "@/lib/accounts/mutations";
import { seedDemo } from "../../prisma/seed/index";
import { allActionSpecs } from "./action-specs";
import { useTestDatabase } from "./db";

const t = useTestDatabase();
/** A live session's id (none of them was signed out). */
const SID = "0b8e2f3a-7c1d-4e5f-9a6b-1c2d3e4f5a6b";
const ROLES = ["ADMIN", "EDITOR", "APPROVER", "VIEWER"] as const;
// The protected actions of the issue; "account.self" (one's own password) is every role's and not scoped.
const ACTIONS = PERMISSIONS.filter((p) => p !== "account.self");
const ALLOWED: Record<(typeof ROLES)[number], Permission[]> = {
  ADMIN: [...ACTIONS],
  EDITOR: ["dashboard.read", "figure.enter", "figure.submit", "report.export", "resolution.manage"],
  APPROVER: ["dashboard.read", "figure.approve", "figure.unlock", "report.export"],
  VIEWER: ["dashboard.read", "report.export"],
};

let ids: Record<string, number>;
let adminId: number;
const viewer = (role: Viewer["role"], scope: string, userId = adminId): Viewer => ({
  userId, username: "probe", displayName: "Probe", role, scopeCommitteeId: ids[scope]!, scopeCommitteeName: scope,
  locale: "vi", totpEnabled: false,
});

beforeAll(async () => {
  await seedDemo(t.db);
  const rows = await t.db.committee.findMany({ select: { id: true, code: true } });
  ids = Object.fromEntries(rows.map((r) => [r.code, r.id]));
  adminId = (await t.db.user.findUniqueOrThrow({ where: { username: "admin" } })).id;
});

/** An action on one committee, guarded like every real action of the app. */
const probe = (permission: Permission): ActionSpec<z.ZodObject<{ committeeId: z.ZodCoercedNumber }>, string> => ({
  permission,
  scope: async (raw) => [idField(raw, "committeeId")],
  schema: z.object({ committeeId: z.coerce.number() }),
  run: async () => "done",
});

describe("authorization", () => {
  const cells = ROLES.length * ACTIONS.length * 2;
  it(`matrix: ${ROLES.length} roles × ${ACTIONS.length} actions × inside/outside scope = ${cells} cells`, async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const role of ROLES) {
      for (const action of ACTIONS) {
        // Scoped to the agencies' committee: its grassroots unit is inside, the bloc is outside.
        for (const [where, committee] of [["inside", "AP-CQD-01"], ["outside", "AP-KCQDN"]] as const) {
          const result = await runAction(probe(action), viewer(role, "AP-CQD"), { committeeId: ids[committee] }, t.db);
          outcomes.push(`${role} ${action} ${where}: ${result.ok ? "allowed" : result.error.code}`);
          const allowed = ALLOWED[role].includes(action);
          expected.push(`${role} ${action} ${where}: ${!allowed ? "FORBIDDEN" : where === "inside" ? "allowed" : "NOT_FOUND"}`);
        }
      }
    }
    expect(outcomes).toHaveLength(cells);
    expect(outcomes).toEqual(expected);
  });

  it("gives the same matrix through the server actions' caller, whose session read answers the scope check", async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const role of ROLES) {
      const account = await t.db.user.create({
        data: { username: `probe.${role.toLowerCase()}`, displayName: "Probe", passwordHash: "-", role, scopeCommitteeId: ids["AP-CQD"]! },
      });
      const caller = async (committeeIds: () => Promise<number[]>) => readSessionAccountRow(t.sql, { uid: account.id, sv: account.sessionVersion, sid: SID }, await committeeIds());
      for (const action of ACTIONS) {
        for (const [where, committee] of [["inside", "AP-CQD-01"], ["outside", "AP-KCQDN"], ["missing", null]] as const) {
          const result = await runAction(probe(action), caller, { committeeId: committee ? ids[committee] : 987654 }, t.db);
          outcomes.push(`${role} ${action} ${where}: ${result.ok ? "allowed" : result.error.code}`);
          const allowed = ALLOWED[role].includes(action);
          expected.push(`${role} ${action} ${where}: ${!allowed ? "FORBIDDEN" : where === "inside" ? "allowed" : "NOT_FOUND"}`);
        }
      }
    }
    expect(outcomes).toEqual(expected);
    // A session ended (the version bumped) or an account disabled since the cookie was issued: signed out.
    const editor = await t.db.user.findUniqueOrThrow({ where: { username: "probe.editor" } });
    const input = { committeeId: ids["AP-CQD-01"] };
    const stale = async (committeeIds: () => Promise<number[]>) => readSessionAccountRow(t.sql, { uid: editor.id, sv: editor.sessionVersion - 1, sid: SID }, await committeeIds());
    expect(await runAction(probe("dashboard.read"), stale, input, t.db)).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    await t.db.user.update({ where: { id: editor.id }, data: { active: false } });
    const disabled = async (committeeIds: () => Promise<number[]>) => readSessionAccountRow(t.sql, { uid: editor.id, sv: editor.sessionVersion, sid: SID }, await committeeIds());
    expect(await runAction(probe("dashboard.read"), disabled, input, t.db)).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    await t.db.user.deleteMany({ where: { username: { startsWith: "probe." } } });
  });

  it("answers an id that does not exist exactly like one of another subtree (not found)", async () => {
    const missing = await runAction(probe("dashboard.read"), viewer("VIEWER", "AP-CQD"), { committeeId: 987654 }, t.db);
    const other = await runAction(probe("dashboard.read"), viewer("VIEWER", "AP-CQD"), { committeeId: ids["AP-KCQDN"] }, t.db);
    expect(missing).toEqual(other);
    expect(missing).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  it("refuses a signed-out caller before anything else, the input's committees not even looked up", async () => {
    let lookups = 0;
    const spec = { ...probe("dashboard.read"), scope: async (raw: unknown) => { lookups++; return [idField(raw, "committeeId")]; } };
    expect(await runAction(spec, null, { committeeId: ids["AP-CQD"] }, t.db)).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    // The server actions' session reader, without a live session token, as getViewerInScope answers then.
    expect(await runAction(spec, async () => null, { committeeId: ids["AP-CQD"] }, t.db)).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(lookups).toBe(0);
    // With one, the committees are looked up once, for the session's read and the scope check both.
    const reader = async (committeeIds: () => Promise<number[]>) => ({ viewer: viewer("VIEWER", "AP"), inScope: new Set(await committeeIds()) });
    expect(await runAction(spec, reader, { committeeId: ids["AP-CQD"] }, t.db)).toMatchObject({ ok: true });
    expect(lookups).toBe(1);
  });

  it("checks the scope before the input: a malformed request outside the scope is still not found", async () => {
    const result = await runAction(createAccountSpec, viewer("ADMIN", "AP-CQD"), { scopeCommitteeId: ids["AP-KCQDN"], username: "!" }, t.db);
    expect(result).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});

describe("account administration within a subtree", () => {
  it("lets an administrator of the agencies' committee create accounts there but not in the bloc", async () => {
    const admin = viewer("ADMIN", "AP-CQD");
    const input = { username: "thu.ky", displayName: "Thư ký", role: "EDITOR", password: "Mat-khau-2026" };
    const inside = await runAction(createAccountSpec, admin, { ...input, scopeCommitteeId: ids["AP-CQD-02"] }, t.db);
    expect(inside).toMatchObject({ ok: true });
    const outside = await runAction(createAccountSpec, admin, { ...input, username: "thu.ky2", scopeCommitteeId: ids["AP-KCQDN"] }, t.db);
    expect(outside).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await t.db.user.count({ where: { username: "thu.ky2" } })).toBe(0);
    // Nor may it move an account of its own subtree out of it.
    const moved = await runAction(updateAccountSpec, admin, {
      id: (inside.ok && inside.data.id) || 0, displayName: "Thư ký", role: "EDITOR", scopeCommitteeId: ids["AP"],
    }, t.db);
    expect(moved).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "account.create" } });
    expect(JSON.stringify(audit.after)).not.toContain("Mat-khau-2026");
  });

  it("rejects a weak password with a message in place and creates nothing", async () => {
    const result = await runAction(createAccountSpec, viewer("ADMIN", "AP"), {
      username: "yeu", displayName: "Yếu", role: "VIEWER", scopeCommitteeId: ids["AP"], password: "12345678",
    }, t.db);
    expect(result).toMatchObject({ ok: false, error: { code: "INVALID", fields: { password: "tooShort" } } });
    expect(await t.db.user.count({ where: { username: "yeu" } })).toBe(0);
  });

  it("never leaves the system without an active administrator, even when two disable each other at once", async () => {
    const root = viewer("ADMIN", "AP");
    const second = await runAction(createAccountSpec, root, {
      username: "admin2", displayName: "Quản trị 2", role: "ADMIN", scopeCommitteeId: ids["AP"], password: "Quan-tri-2026",
    }, t.db);
    if (!second.ok) throw new Error("setup failed");
    const first = await t.db.user.findUniqueOrThrow({ where: { username: "admin" } });
    const results = await Promise.all([
      runAction(setAccountActiveSpec, viewer("ADMIN", "AP", first.id), { id: second.data.id, active: "false" }, t.db),
      runAction(setAccountActiveSpec, viewer("ADMIN", "AP", second.data.id), { id: first.id, active: "false" }, t.db),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { code: "REFUSED", key: "lastAdmin" } });
    expect(await t.db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });
});


describe("the scope every action names", () => {
  it("is committees of the caller's subtree, the whole installation or the caller's own account, in every exported spec", async () => {
    const specs = await allActionSpecs();
    expect(specs.length).toBeGreaterThanOrEqual(30);
    const scopes = specs.map(([name, spec]) => `${name}: ${typeof spec.scope === "function" ? "committees" : String(spec.scope)}`);
    expect(scopes.filter((s) => !/: (committees|installation|own-account)$/.test(s))).toEqual([]);
    // The settings shared by the whole tree.
    expect(scopes.filter((s) => s.endsWith(": installation")).map((s) => s.split(": ")[1]).sort()).toEqual([
      "approveAfterUnitsSpec", "createDataElementSpec", "createIndicatorSpec", "createTermSpec", "deleteDataElementSpec", "deleteTermSpec", "requireTotpForAdminsSpec",
      "retireDataElementSpec", "setCurrentTermSpec", "updateTermSpec",
    ]);
  });

  it("refuses to run a spec that names none", async () => {
    const { scope: _, ...unscoped } = probe("dashboard.read");
    const result = await runAction(unscoped as unknown as ActionSpec<z.ZodType, string>, viewer("ADMIN", "AP"), { committeeId: ids["AP"] }, t.db);
    expect(result).toMatchObject({ ok: false, error: { code: "UNEXPECTED" } });
  });

  it("keeps installation-wide settings from an administrator of a subtree, and changes nothing", async () => {
    const installationWide = (await allActionSpecs()).filter(([, spec]) => spec.scope === "installation");
    const before = await Promise.all([t.db.term.findMany({ orderBy: { id: "asc" } }), t.db.dataElement.count(), t.db.indicator.count(), t.db.appSetting.findMany()]);
    const term = await t.db.term.findFirstOrThrow({ where: { isCurrent: false } });
    for (const [name, spec] of installationWide) {
      const result = await runAction(spec, viewer("ADMIN", "AP-CQD"), { id: term.id, required: "true" }, t.db);
      expect(result, name).toMatchObject({ ok: false, error: { code: "FORBIDDEN", key: "installationWide" } });
    }
    expect(await Promise.all([t.db.term.findMany({ orderBy: { id: "asc" } }), t.db.dataElement.count(), t.db.indicator.count(), t.db.appSetting.findMany()]))
      .toEqual(before);
    // The root's administrator may.
    const { setCurrentTermSpec } = await import("@/lib/targets/mutations");
    expect(await runAction(setCurrentTermSpec, viewer("ADMIN", "AP"), { id: term.id }, t.db)).toMatchObject({ ok: true });
  });
});
