// A password an administrator set (a new account, a reset) is changed at the first sign-in, before anything else.
import { beforeAll, describe, expect, it } from "vitest";
import { readSessionAccountRow } from "@/lib/auth/account";
import { runAction } from "@/lib/auth/action";
import { verifySignIn } from "@/lib/auth/sign-in";
import { changeOwnPasswordSpec, createAccountSpec, resetPasswordSpec } from "@/lib/accounts/mutations";
import { saveResolutionSpec } from "@/lib/targets/mutations";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";
import { loadDemo, type Demo } from "./figures-fixtures";

const t = useTestDatabase();
let demo: Demo;
const SID = "test-session";

/** The caller a signed-in browser is: the account as the session reads it on each request. */
async function session(username: string) {
  const user = await t.db.user.findUniqueOrThrow({ where: { username } });
  return async (committeeIds: () => Promise<number[]>) => readSessionAccountRow(t.sql, { uid: user.id, sv: user.sessionVersion, sid: SID }, await committeeIds());
}

beforeAll(async () => {
  await seedDemo(t.db);
  demo = await loadDemo(t.db);
});

describe("a password set by an administrator", () => {
  it("must be changed at the first sign-in: until then every other action is refused", async () => {
    const created = await runAction(createAccountSpec, demo.viewers.admin, {
      username: "canbo.moi", displayName: "Phạm Thu Hà", role: "EDITOR", scopeCommitteeId: String(demo.committees["AP-CQD-02"]), password: "Mat-khau-tam-1",
    }, t.db);
    expect(created).toMatchObject({ ok: true });
    expect(await verifySignIn(t.db, { username: "canbo.moi", password: "Mat-khau-tam-1" }, "10.0.0.1")).toMatchObject({ sessionVersion: 1 });
    const caller = await session("canbo.moi");
    expect((await caller(async () => []))?.viewer.mustChangePassword).toBe(true);

    const resolution = { committeeId: String(demo.committees["AP-CQD-02"]), termId: String((await t.db.term.findFirstOrThrow({ where: { isCurrent: true } })).id), title: "Nghị quyết", number: "01", adoptedOn: "2025-05-20" };
    expect(await runAction(saveResolutionSpec, caller, resolution, t.db)).toMatchObject({ ok: false, error: { code: "FORBIDDEN", key: "passwordChangeRequired" } });
    expect(await t.db.resolution.count({ where: { committeeId: demo.committees["AP-CQD-02"] } })).toBe(0);

    const same = await runAction(changeOwnPasswordSpec, caller, { currentPassword: "Mat-khau-tam-1", newPassword: "Mat-khau-tam-1", confirmPassword: "Mat-khau-tam-1" }, t.db);
    expect(same).toMatchObject({ ok: false, error: { key: "samePassword" } });
    expect(await runAction(changeOwnPasswordSpec, caller, { currentPassword: "Mat-khau-tam-1", newPassword: "Mat-khau-rieng-2", confirmPassword: "Mat-khau-rieng-2" }, t.db)).toMatchObject({ ok: true });
    // The old session ended with the change; the next one acts freely.
    expect(await caller(async () => [])).toBeNull();
    await verifySignIn(t.db, { username: "canbo.moi", password: "Mat-khau-rieng-2" }, "10.0.0.1");
    const fresh = await session("canbo.moi");
    expect((await fresh(async () => []))?.viewer.mustChangePassword).toBe(false);
    expect(await runAction(saveResolutionSpec, fresh, resolution, t.db)).toMatchObject({ ok: true });
  });

  it("is asked again after an administrator resets it, never after the account changes its own", async () => {
    const user = await t.db.user.findUniqueOrThrow({ where: { username: "canbo.moi" } });
    expect(await runAction(resetPasswordSpec, demo.viewers.admin, { id: String(user.id), password: "Dat-lai-moi-3" }, t.db)).toMatchObject({ ok: true });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ mustChangePassword: true });
    // The setup's and the demo's administrators typed their own: they are not asked.
    expect(await t.db.user.count({ where: { mustChangePassword: true } })).toBe(1);
  });
});
