import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/auth/action";
import { hashPassword } from "@/lib/auth/password";
import { verifySignIn } from "@/lib/auth/sign-in";
import { AppError } from "@/lib/errors";
import { MAX_FAILURES_PER_ACCOUNT } from "@/lib/auth/throttle";
import { hashRecoveryCode, newTotpSecret } from "@/lib/auth/totp";
import { changeOwnPasswordSpec } from "@/lib/accounts/mutations";
import * as OTPAuth from "otpauth";
import { useTestDatabase } from "./db";

const t = useTestDatabase();
let scopeCommitteeId: number;

async function attempt(username: string, password: string, ip = "10.0.0.1", totp?: string) {
  try {
    return await verifySignIn(t.db, { username, password, totp }, ip);
  } catch (error) {
    if (error instanceof AppError) return error.key;
    throw error;
  }
}

async function createUser(username: string, password: string, extra: Record<string, unknown> = {}) {
  return t.db.user.create({
    data: { username, displayName: username, role: "EDITOR", scopeCommitteeId, passwordHash: await hashPassword(password), ...extra },
  });
}

beforeAll(async () => {
  scopeCommitteeId = (await t.db.committee.create({ data: { code: "C", name: "Chi bộ", kind: "CELL", validFrom: new Date("2020-01-01") } })).id;
  await createUser("lan", "Dung-mat-khau-1");
});

describe("sign-in", () => {
  it("accepts the right password, records the sign-in and never stores the password", async () => {
    expect(await attempt("lan", "Dung-mat-khau-1")).toMatchObject({ sessionVersion: 1 });
    const events = await t.db.auditEvent.findMany({ where: { action: { startsWith: "auth." } } });
    expect(events.map((e) => e.action)).toContain("auth.sign_in");
    expect(JSON.stringify(events, (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain("Dung-mat-khau-1");
  });

  it("gives the same answer for an unknown account, a wrong password and a disabled account", async () => {
    await createUser("khoa", "Dung-mat-khau-1", { active: false });
    expect(await attempt("khong.co", "Dung-mat-khau-1", "10.0.0.2")).toBe("signIn.invalid");
    expect(await attempt("lan", "sai-mat-khau-9", "10.0.0.2")).toBe("signIn.invalid");
    expect(await attempt("khoa", "Dung-mat-khau-1", "10.0.0.2")).toBe("signIn.invalid");
    expect(await t.db.auditEvent.count({ where: { action: "auth.sign_in_failed" } })).toBe(3);
  });

  it(`locks an account after ${MAX_FAILURES_PER_ACCOUNT} failures, even for the right password and from another address`, async () => {
    await createUser("minh", "Dung-mat-khau-1");
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) expect(await attempt("minh", `sai-${i}-abcdef`, `10.1.0.${i}`)).toBe("signIn.invalid");
    expect(await attempt("minh", "Dung-mat-khau-1", "10.9.9.9")).toBe("signIn.throttled");
    expect(await t.db.auditEvent.count({ where: { action: "auth.sign_in_throttled", entityId: "minh" } })).toBe(1);
    // Other accounts from other addresses are not affected.
    expect(await attempt("lan", "Dung-mat-khau-1", "10.2.0.1")).toMatchObject({ sessionVersion: 1 });
  });

  it("counts concurrent failures exactly (one atomic statement per failure)", async () => {
    await createUser("tuan", "Dung-mat-khau-1");
    await Promise.all(Array.from({ length: 4 }, (_, i) => attempt("tuan", `sai-${i}-abcdef`, "10.3.0.1")));
    const row = await t.db.signInThrottle.findUniqueOrThrow({ where: { key: "user:tuan" } });
    expect(row.failures).toBe(4);
    expect(row.lockedUntil).toBeNull();
  });

  it("asks for the second factor, accepts a current code, and lets a recovery code work once", async () => {
    const secret = newTotpSecret();
    await createUser("hoa", "Dung-mat-khau-1", { totpEnabled: true, totpSecret: secret, recoveryCodeHashes: [hashRecoveryCode("abcd-efgh")] });
    expect(await attempt("hoa", "Dung-mat-khau-1", "10.4.0.1")).toBe("signIn.totpRequired");
    expect(await attempt("hoa", "Dung-mat-khau-1", "10.4.0.1", "000000")).toBe("signIn.totpInvalid");
    const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 }).generate();
    expect(await attempt("hoa", "Dung-mat-khau-1", "10.4.0.1", code)).toMatchObject({ sessionVersion: 1 });
    expect(await attempt("hoa", "Dung-mat-khau-1", "10.4.0.1", "ABCD-EFGH")).toMatchObject({ sessionVersion: 1 });
    expect(await attempt("hoa", "Dung-mat-khau-1", "10.4.0.1", "abcd-efgh")).toBe("signIn.totpInvalid");
  });

  it("ends every session when the password changes (the session version moves on)", async () => {
    const user = await createUser("phuong", "Dung-mat-khau-1");
    const me = { userId: user.id, username: "phuong", displayName: "Phương", role: "EDITOR" as const, scopeCommitteeId, scopeCommitteeName: "C", locale: "vi", totpEnabled: false };
    const wrong = await runAction(changeOwnPasswordSpec, me, { currentPassword: "sai", newPassword: "Moi-mat-khau-2", confirmPassword: "Moi-mat-khau-2" }, t.db);
    expect(wrong).toMatchObject({ ok: false, error: { key: "wrongPassword" } });
    const mismatch = await runAction(changeOwnPasswordSpec, me, { currentPassword: "Dung-mat-khau-1", newPassword: "Moi-mat-khau-2", confirmPassword: "Moi-mat-khau-3" }, t.db);
    expect(mismatch).toMatchObject({ ok: false, error: { fields: { confirmPassword: "passwordMismatch" } } });
    const changed = await runAction(changeOwnPasswordSpec, me, { currentPassword: "Dung-mat-khau-1", newPassword: "Moi-mat-khau-2", confirmPassword: "Moi-mat-khau-2" }, t.db);
    expect(changed).toMatchObject({ ok: true });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(2);
    expect(await attempt("phuong", "Dung-mat-khau-1", "10.5.0.1")).toBe("signIn.invalid");
    expect(await attempt("phuong", "Moi-mat-khau-2", "10.5.0.1")).toMatchObject({ sessionVersion: 2 });
  });
});
